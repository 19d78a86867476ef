"""functools, written in eddy."""

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__", "__annotations__")
WRAPPER_UPDATES = ("__dict__",)


def reduce(function, iterable, *initial):
    it = iter(iterable)
    if initial:
        value = initial[0]
    else:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    for element in it:
        value = function(value, element)
    return value


class partial:
    def __init__(self, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if type(func) is partial and type(self) is partial:
            # partial(partial(f, a), b) is partial(f, a, b), as in CPython
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, *args, **keywords):
        merged = dict(self.keywords)
        merged.update(keywords)
        return self.func(*self.args, *args, **merged)

    def __repr__(self):
        parts = [repr(self.func)] + [repr(a) for a in self.args]
        parts += [f"{k}={v!r}" for k, v in self.keywords.items()]
        return "functools.partial(" + ", ".join(parts) + ")"


class partialmethod:
    """A partial for methods: binds like the function it wraps, then applies the arguments."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        parts = [repr(self.func)] + [repr(a) for a in self.args]
        parts += [f"{k}={v!r}" for k, v in self.keywords.items()]
        return f"{type(self).__module__}.{type(self).__qualname__}(" + ", ".join(parts) + ")"

    def _make_unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            return self.func(cls_or_self, *self.args, *args, **{**self.keywords, **keywords})
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        get = getattr(self.func, "__get__", None)
        result = None
        if get is not None:
            new_func = get(obj, cls)
            if new_func is not self.func:
                result = partial(new_func, *self.args, **self.keywords)
                try:
                    result.__self__ = new_func.__self__
                except AttributeError:
                    pass
        if result is None:
            result = self._make_unbound_method().__get__(obj, cls)
        return result


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            continue
        setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    def decorator(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorator


def cmp_to_key(mycmp):
    class K:
        __slots__ = ("obj",)

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None
    return K


class _CacheInfo(tuple):
    """CacheInfo(hits, misses, maxsize, currsize), as a named tuple."""
    __slots__ = ()

    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

    hits = property(lambda self: self[0])
    misses = property(lambda self: self[1])
    maxsize = property(lambda self: self[2])
    currsize = property(lambda self: self[3])

    def __repr__(self):
        return "CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)" % self


_CacheInfo.__name__ = _CacheInfo.__qualname__ = "CacheInfo"


def lru_cache(maxsize=128, typed=False):
    """Memoizes a function, evicting the least recently used result beyond maxsize."""
    if isinstance(maxsize, int) and maxsize < 0:
        maxsize = 0

    def decorating(user_function):
        cache = {}
        stats = [0, 0]

        def make_key(args, kwds):
            key = args
            if kwds:
                key += (_kwd_mark,) + tuple(kwds.items())
            if typed:
                key += tuple(type(v) for v in args) + tuple(type(v) for v in kwds.values())
            elif len(key) == 1 and type(key[0]) in (int, str):
                return key[0]
            return key

        def wrapper(*args, **kwds):
            key = make_key(args, kwds)
            if key in cache:
                stats[0] += 1
                result = cache.pop(key)
                cache[key] = result  # most recently used last
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            if maxsize is None or maxsize > 0:
                if maxsize is not None and len(cache) >= maxsize:
                    del cache[next(iter(cache))]
                cache[key] = result
            return result

        def cache_info():
            return _CacheInfo(stats[0], stats[1], maxsize, len(cache))

        def cache_clear():
            cache.clear()
            stats[0] = stats[1] = 0

        wrapper.cache_info = cache_info
        wrapper.cache_clear = cache_clear
        wrapper.cache_parameters = lambda: {"maxsize": maxsize, "typed": typed}
        return update_wrapper(wrapper, user_function)

    if callable(maxsize) and not isinstance(maxsize, int):
        func, maxsize = maxsize, 128
        return decorating(func)
    return decorating


_kwd_mark = object()


def cache(user_function):
    return lru_cache(maxsize=None)(user_function)


def total_ordering(cls):
    """Fills in the missing rich comparisons from __eq__ and one of __lt__/__le__/__gt__/__ge__."""
    def lt_from_gt(self, other):
        r = type(self).__gt__(self, other)
        return r if r is NotImplemented else (not r and self != other)

    def le_from_lt(self, other):
        r = type(self).__lt__(self, other)
        return r if r is NotImplemented else (r or self == other)

    def gt_from_lt(self, other):
        r = type(self).__lt__(self, other)
        return r if r is NotImplemented else (not r and self != other)

    def ge_from_lt(self, other):
        r = type(self).__lt__(self, other)
        return r if r is NotImplemented else not r

    def ge_from_le(self, other):
        r = type(self).__le__(self, other)
        return r if r is NotImplemented else (not r or self == other)

    def lt_from_le(self, other):
        r = type(self).__le__(self, other)
        return r if r is NotImplemented else (r and self != other)

    def gt_from_le(self, other):
        r = type(self).__le__(self, other)
        return r if r is NotImplemented else not r

    def le_from_gt(self, other):
        r = type(self).__gt__(self, other)
        return r if r is NotImplemented else (not r or self == other)

    def ge_from_gt(self, other):
        r = type(self).__gt__(self, other)
        return r if r is NotImplemented else (r or self == other)

    def gt_from_ge(self, other):
        r = type(self).__ge__(self, other)
        return r if r is NotImplemented else (r and self != other)

    def lt_from_ge(self, other):
        r = type(self).__ge__(self, other)
        return r if r is NotImplemented else not r

    def le_from_ge(self, other):
        r = type(self).__ge__(self, other)
        return r if r is NotImplemented else (not r or self == other)

    convert = {
        "__lt__": [("__gt__", gt_from_lt), ("__le__", le_from_lt), ("__ge__", ge_from_lt)],
        "__le__": [("__ge__", ge_from_le), ("__lt__", lt_from_le), ("__gt__", gt_from_le)],
        "__gt__": [("__lt__", lt_from_gt), ("__ge__", ge_from_gt), ("__le__", le_from_gt)],
        "__ge__": [("__le__", le_from_ge), ("__gt__", gt_from_ge), ("__lt__", lt_from_ge)],
    }
    roots = {op for op in convert if op in cls.__dict__}
    if not roots:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    root = max(roots)
    for opname, opfunc in convert[root]:
        if opname not in roots:
            opfunc.__name__ = opname
            setattr(cls, opname, opfunc)
    return cls


def singledispatch(func):
    """Dispatches on the type of the first argument (registered with .register)."""
    registry = {object: func}

    def dispatch(cls):
        for klass in cls.__mro__:
            if klass in registry:
                return registry[klass]
        return func

    def register(cls, method=None):
        if method is None:
            if isinstance(cls, type):
                return lambda f: register(cls, f)
            annotations = getattr(cls, "__annotations__", {})
            if not annotations:
                raise TypeError(f"Invalid first argument to `register()`: {cls!r}")
            method = cls
            cls = next(iter(annotations.values()))
        registry[cls] = method
        return method

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f"{getattr(func, '__name__', 'singledispatch function')} requires at "
                            "least 1 positional argument")
        return dispatch(args[0].__class__)(*args, **kw)

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    update_wrapper(wrapper, func)
    return wrapper


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        self.attrname = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname or self.func.__name__
        cache = instance.__dict__
        if name in cache:
            return cache[name]
        val = self.func(instance)
        cache[name] = val
        return val
