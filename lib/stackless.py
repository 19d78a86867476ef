"""stackless: tasklets, channels and the cooperative scheduler (Stackless Python's API).

The machinery is native (_stackless: tasklets/ and channels/ in the source tree); this module adds
what Stackless defines at module level: the `current`, `main`, `runcount` and `threads`
properties, and the `atomic` context manager.
"""
from _stackless import (
    tasklet, channel, bomb, TaskletExit, getcurrent, getmain, getruncount, getcurrentid,
    schedule, schedule_remove, run, switch_trap, set_schedule_callback, get_schedule_callback,
    set_channel_callback, get_channel_callback, set_error_handler, get_thread_info,
    enable_softswitch, atomic, _test_nostacklesscall, getdebug, getuncollectables,
)
import _stackless

__all__ = [
    "tasklet", "channel", "bomb", "TaskletExit", "getcurrent", "getmain", "getruncount",
    "getcurrentid", "schedule", "schedule_remove", "run", "switch_trap", "set_schedule_callback",
    "get_schedule_callback", "set_channel_callback", "get_channel_callback", "set_error_handler",
    "get_thread_info", "enable_softswitch", "atomic", "current", "main", "runcount", "threads",
    "getdebug", "debug", "getuncollectables", "uncollectables", "getthreads",
    "stackless",  # (as in Stackless: the module names itself, so `from stackless import *` binds it)
]


def getthreads():
    """The identifiers of the threads that run script code, the main thread first."""
    return _stackless._threads()


def __getattr__(name):
    if name == "current":
        return getcurrent()
    if name == "main":
        return getmain()
    if name == "runcount":
        return getruncount()
    if name == "threads":
        return _stackless._threads()
    if name == "stackless":
        import stackless
        return stackless
    if name == "debug":
        return getdebug()
    if name == "uncollectables":
        return getuncollectables()
    raise AttributeError(f"module 'stackless' has no attribute '{name}'")
