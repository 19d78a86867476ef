"""stacklesslib.util: waiting with deadlines, and timeouts for whole blocks of code."""
import _stackless
import stackless
from stackless import atomic

__all__ = ["atomic", "WaitTimeoutError", "channel_wait", "timeout"]

_TIMED_OUT = object()


class WaitTimeoutError(RuntimeError):
    """A wait (channel_wait) ran out of time."""


def channel_wait(chan, timeout=None):
    """chan.receive(), but raises WaitTimeoutError if nothing arrives within `timeout` seconds
    (None: wait for ever)."""
    if timeout is None:
        return chan.receive()
    value = _stackless.receive_timeout(chan, max(timeout, 0), _TIMED_OUT)
    if value is _TIMED_OUT:
        raise WaitTimeoutError("no value within %r seconds" % (timeout,))
    return value


class timeout:
    """with timeout(seconds): ... raises TimeoutError in the tasklet running the block if it is
    still inside it when `seconds` have passed (wherever it is then: running, runnable or
    blocked). A timer tasklet throws it with throw(pending=True)."""

    def __init__(self, seconds):
        self.seconds = seconds
        self._timer = None
        self.error = None

    def _expire(self, target):
        import time
        time.sleep(self.seconds)
        if self._timer is stackless.getcurrent() and target.alive:
            self._timer = None
            self.error = TimeoutError("timed out after %r seconds" % (self.seconds,))
            target.throw(self.error, pending=True)

    def __enter__(self):
        self._timer = stackless.tasklet(self._expire)(stackless.getcurrent())
        return self

    def __exit__(self, exc_type, exc, tb):
        timer, self._timer = self._timer, None
        if timer is not None and timer.alive:
            timer.kill()
        return False
