"""stacklesslib.locks: threading's locking primitives for tasklets.

Each one keeps its state in plain attributes changed only inside `with atomic():` (no
involuntary switch can cut a check-then-act in two), and parks waiters on channels. Waking a
waiter sends on its channel with preference 1: the waker goes on, the woken tasklet runs when
its turn comes and re-checks. Every blocking call takes `timeout` (seconds; None or a negative
number: no deadline) and returns False when it runs out, as threading does.
"""
import _stackless
import stackless
import time
from collections import deque
from stackless import atomic

__all__ = ["lock_channel_wait", "Semaphore", "BoundedSemaphore", "Lock", "RLock", "Condition",
           "Event", "Barrier", "BrokenBarrierError", "wait_for_condition"]

_TIMED_OUT = object()


def _deadline(timeout):
    if timeout is None or timeout < 0:
        return None
    return time.monotonic() + timeout


def _remaining(deadline):
    return None if deadline is None else deadline - time.monotonic()


def _waiter_channel():
    chan = stackless.channel()
    chan.preference = 1  # a send wakes the receiver without switching to it
    return chan


def lock_channel_wait(chan, timeout=None):
    """Waits for a value on chan: True when one came, False when `timeout` seconds passed first."""
    if timeout is None or timeout < 0:
        chan.receive()
        return True
    return _stackless.receive_timeout(chan, timeout, _TIMED_OUT) is not _TIMED_OUT


class _LockMixin:
    def __enter__(self):
        self.acquire()
        return self

    def __exit__(self, *exc):
        self.release()
        return False


class Semaphore(_LockMixin):
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._value = value
        self._chan = _waiter_channel()

    def acquire(self, blocking=True, timeout=None):
        if timeout is not None and not blocking and timeout >= 0:
            raise ValueError("can't specify timeout for non-blocking acquire")
        with atomic():
            if self._value:  # uncontended: no waiting, no clock
                self._value -= 1
                return True
            if not blocking:
                return False
            deadline = _deadline(timeout)
            while not self._value:
                left = _remaining(deadline)
                if left is not None and left <= 0:
                    return False
                if not lock_channel_wait(self._chan, left) and not self._value:
                    return False
            self._value -= 1
            return True

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with atomic():
            self._value += n
            self._wake(n)

    def _wake(self, n):
        chan = self._chan
        while n and chan.balance < 0:
            chan.send(None)
            n -= 1

    def __repr__(self):
        return "<%s value=%d waiting=%d>" % (type(self).__name__, self._value, max(0, -self._chan.balance))


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        super().__init__(value)
        self._initial_value = value

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with atomic():
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._wake(n)


class Lock(Semaphore):
    def __init__(self):
        super().__init__(1)

    def locked(self):
        return self._value == 0

    def release(self):
        with atomic():
            if self._value:
                raise RuntimeError("release unlocked lock")
            self._value = 1
            if self._chan.balance < 0:
                self._chan.send(None)

    def __repr__(self):
        return "<%s %s>" % (type(self).__name__, "locked" if self.locked() else "unlocked")


class RLock(_LockMixin):
    def __init__(self):
        self._lock = Lock()
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=None):
        me = stackless.getcurrent()
        with atomic():
            if self._owner is me:
                self._count += 1
                return True
            if not self._lock.acquire(blocking, timeout):
                return False
            self._owner, self._count = me, 1
            return True

    def release(self):
        with atomic():
            if self._owner is not stackless.getcurrent():
                raise RuntimeError("cannot release un-acquired lock")
            self._count -= 1
            if not self._count:
                self._owner = None
                self._lock.release()

    # Condition's interface: release whatever the recursion depth, then restore it.
    def _is_owned(self):
        return self._owner is stackless.getcurrent()

    def _release_save(self):
        saved = self._count
        self._count = 1
        self.release()
        return saved

    def _acquire_restore(self, saved):
        self.acquire()
        self._count = saved


class Condition(_LockMixin):
    def __init__(self, lock=None):
        self._lock = RLock() if lock is None else lock
        self.acquire = self._lock.acquire
        self.release = self._lock.release
        self._waiters = deque()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc):
        return self._lock.__exit__(*exc)

    def _is_owned(self):
        if hasattr(self._lock, "_is_owned"):
            return self._lock._is_owned()
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def _release_save(self):
        if hasattr(self._lock, "_release_save"):
            return self._lock._release_save()
        self._lock.release()

    def _acquire_restore(self, saved):
        if hasattr(self._lock, "_acquire_restore"):
            self._lock._acquire_restore(saved)
        else:
            self._lock.acquire()

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        chan = _waiter_channel()
        with atomic():  # release the lock and start waiting in one step
            self._waiters.append(chan)
            saved = self._release_save()
            got = False
            try:
                got = lock_channel_wait(chan, timeout)
            finally:
                if not got:
                    try:
                        self._waiters.remove(chan)
                    except ValueError:
                        pass
                self._acquire_restore(saved)
        return got

    def wait_for(self, predicate, timeout=None):
        return wait_for_condition(self, predicate, timeout)

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        with atomic():
            while n > 0 and self._waiters:
                chan = self._waiters.popleft()
                if chan.balance < 0:
                    chan.send(None)
                    n -= 1

    def notify_all(self):
        self.notify(len(self._waiters))

    notifyAll = notify_all


def wait_for_condition(cond, predicate, timeout=None):
    """Waits on cond until predicate() is true or `timeout` passes; the last predicate value."""
    deadline = _deadline(timeout)
    result = predicate()
    while not result:
        left = _remaining(deadline)
        if left is not None and left <= 0:
            break
        cond.wait(left)
        result = predicate()
    return result


class Event:
    def __init__(self):
        self._flag = False
        self._chan = _waiter_channel()

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        with atomic():
            self._flag = True
            while self._chan.balance < 0:
                self._chan.send(None)

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        with atomic():
            if not self._flag:
                lock_channel_wait(self._chan, timeout)
            return self._flag


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """parties tasklets meet: wait() blocks until that many wait, then all go on (one runs
    `action` first); wait() returns a distinct index 0..parties-1. A timeout or abort() breaks
    the barrier (BrokenBarrierError for every waiter); reset() restores it."""

    _FILLING, _DRAINING, _RESETTING, _BROKEN = 0, 1, -1, -2

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = self._FILLING
        self._count = 0

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            while self._state in (self._DRAINING, self._RESETTING):
                self._cond.wait()
            if self._state == self._BROKEN:
                raise BrokenBarrierError
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    try:
                        if self._action:
                            self._action()
                        self._state = self._DRAINING
                        self._cond.notify_all()
                    except BaseException:
                        self._break()
                        raise
                else:
                    if not self._cond.wait_for(lambda: self._state != self._FILLING, timeout):
                        self._break()
                        raise BrokenBarrierError
                    if self._state < 0:
                        raise BrokenBarrierError
                return index
            finally:
                self._count -= 1
                if self._count == 0 and self._state in (self._DRAINING, self._RESETTING):
                    self._state = self._FILLING
                    self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._state in (self._FILLING, self._BROKEN):
                    self._state = self._RESETTING
            else:
                self._state = self._FILLING
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def _break(self):
        self._state = self._BROKEN
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count if self._state == self._FILLING else 0

    @property
    def broken(self):
        return self._state == self._BROKEN
