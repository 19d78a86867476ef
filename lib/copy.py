"""Shallow and deep copies: copy() and deepcopy() with __copy__/__deepcopy__ and a memo."""


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, complex if "complex" in dir(__builtins__) else int, str,
           type, range, type(len), type(lambda: 0), type(Ellipsis), type(NotImplemented))


def copy(x):
    cls = type(x)
    if isinstance(x, _atomic) and cls in _atomic:
        return x
    hook = getattr(cls, "__copy__", None)
    if hook is not None:
        return hook(x)
    if cls is list:
        return list(x)
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    if cls in (tuple, frozenset):
        return x
    if isinstance(x, list):
        y = cls.__new__(cls)
        y.extend(x)
        _copy_state(x, y)
        return y
    if isinstance(x, dict):
        y = cls.__new__(cls)
        y.update(x)
        _copy_state(x, y)
        return y
    if isinstance(x, (tuple, str, int, frozenset)):
        return x
    if isinstance(x, BaseException):
        y = cls.__new__(cls)
        y.args = x.args
        _copy_state(x, y)
        return y
    y = cls.__new__(cls)
    _copy_state(x, y)
    return y


def _copy_state(x, y, deep=None):
    slots = []
    for klass in type(x).__mro__:
        names = klass.__dict__.get("__slots__", ()) if hasattr(klass, "__dict__") else ()
        if isinstance(names, str):
            names = (names,)
        slots.extend(names)
    try:
        state = x.__dict__
    except AttributeError:
        state = None
    if state:
        for k, v in state.items():
            object.__setattr__(y, k, deep(v) if deep else v)
    for name in slots:
        if name in ("__dict__", "__weakref__"):
            continue
        if hasattr(x, name):
            v = getattr(x, name)
            object.__setattr__(y, name, deep(v) if deep else v)


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic:
        return x
    hook = getattr(x, "__deepcopy__", None) if not isinstance(x, type) else None
    if hook is not None:
        y = hook(memo)
    elif cls is list:
        y = []
        memo[d] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        if d in memo:
            return memo[d]
        y = x if all(a is b for a, b in zip(items, x)) else tuple(items)
    elif cls is set:
        y = set()
        memo[d] = y
        for item in x:
            y.add(deepcopy(item, memo))
    elif cls is frozenset:
        y = frozenset(deepcopy(item, memo) for item in x)
    else:
        y = _deepcopy_instance(x, cls, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_instance(x, cls, memo):
    if isinstance(x, list):
        y = cls.__new__(cls)
        memo[id(x)] = y
        y.extend(deepcopy(item, memo) for item in x)
    elif isinstance(x, dict):
        y = cls.__new__(cls)
        memo[id(x)] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif isinstance(x, (str, int, frozenset)):
        return x
    elif isinstance(x, tuple):
        return cls.__new__(cls, tuple(deepcopy(item, memo) for item in x))
    elif isinstance(x, BaseException):
        y = cls.__new__(cls)
        memo[id(x)] = y
        y.args = deepcopy(x.args, memo)
    else:
        y = cls.__new__(cls)
        memo[id(x)] = y
    _copy_state(x, y, lambda v: deepcopy(v, memo))
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def replace(obj, /, **changes):
    hook = getattr(type(obj), "__replace__", None)
    if hook is None:
        raise TypeError(f"replace() does not support {type(obj).__name__} objects")
    return hook(obj, **changes)
