"""stacklesslib: locks, timeouts and helpers for tasklets, after CCP's stacklesslib.

- stacklesslib.locks: Lock, RLock, Semaphore, BoundedSemaphore, Condition, Event, Barrier
  (threading's semantics, for tasklets), lock_channel_wait(chan, timeout).
- stacklesslib.util: channel_wait(chan, timeout), timeout(seconds), atomic.

Every primitive is a few lines of script over channels and `stackless.atomic`: a critical
section runs atomic (no involuntary switch in it), and waiting is blocking on a channel, with
_stackless.receive_timeout for deadlines. See docs/stackless.md.
"""
