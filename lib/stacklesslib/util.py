"""stacklesslib.util: waiting with deadlines, and timeouts for whole blocks of code."""
import _stackless
import stackless
from stackless import atomic

__all__ = ["atomic", "WaitTimeoutError", "channel_wait", "timeout", "call_async"]

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


class _WorkerPool:
    """Daemon worker threads taking jobs from a queue; each job's outcome is sent on its channel
    (from the worker's thread: the waiting tasklet becomes runnable in its own thread)."""

    def __init__(self, size):
        import threading
        from collections import deque
        self._jobs = deque()
        self._cond = threading.Condition(threading.Lock())
        self._idle = 0
        self._threads = []
        self._size = size
        self._threading = threading

    def submit(self, job):
        with self._cond:
            self._jobs.append(job)
            if self._idle == 0 and len(self._threads) < self._size:
                t = self._threading.Thread(target=self._work, name="call_async-%d" % (len(self._threads) + 1),
                                           daemon=True)
                self._threads.append(t)
                t.start()
            self._cond.notify()

    def _work(self):
        while True:
            with self._cond:
                self._idle += 1
                while not self._jobs:
                    self._cond.wait()
                self._idle -= 1
                fn, args, kwargs, chan = self._jobs.popleft()
            try:
                outcome = (True, fn(*args, **kwargs))
            except BaseException as e:
                outcome = (False, e)
            chan.send(outcome)


_pool = None


def call_async(fn, *args, **kwargs):
    """Runs fn(*args, **kwargs) on a worker thread (a pool of up to 4, started on demand) while the
    calling tasklet waits on a channel: the other tasklets of its thread keep running. Returns
    fn's result, or raises what it raised."""
    global _pool
    if _pool is None:
        _pool = _WorkerPool(4)
    chan = stackless.channel()
    _pool.submit((fn, args, kwargs, chan))
    ok, value = chan.receive()
    if ok:
        return value
    raise value
