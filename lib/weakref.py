"""Weak references (CPython's weakref module, written in eddy over the native _weakref).

ref, proxy, getweakrefcount and getweakrefs are native. WeakMethod, WeakValueDictionary,
WeakKeyDictionary, WeakSet and finalize are built on them here. Proxies forward attribute
access and calls; other operators on a proxy are not forwarded.
"""

from _weakref import ref, proxy, getweakrefcount, getweakrefs, ReferenceType, ProxyType

CallableProxyType = ProxyType
ProxyTypes = (ProxyType,)

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary",
           "ReferenceType", "ProxyType", "CallableProxyType", "ProxyTypes",
           "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize"]


class WeakMethod:
    """A weak reference to a bound method: dies with the method's object or function."""

    def __init__(self, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None
        self._alive = True
        self._callback = callback

        def _cb(arg, self_ref=ref(self)):
            me = self_ref()
            if me is not None and me._alive:
                me._alive = False
                if me._callback is not None:
                    me._callback(me)

        self._obj_ref = ref(obj, _cb)
        self._func_ref = ref(func, _cb)
        self._meth_type = type(meth)

    def __call__(self):
        obj = self._obj_ref()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return func.__get__(obj) if hasattr(func, "__get__") else self._meth_type(func, obj)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return self._obj_ref == other._obj_ref and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        return hash((self._obj_ref, self._func_ref))


class WeakValueDictionary:
    """A mapping whose values are held weakly: an entry goes when its value dies."""

    def __init__(self, other=(), **kw):
        self.data = {}

        def remove(wr, selfref=ref(self)):
            me = selfref()
            if me is not None:
                key = me._keys.get(id(wr))
                if key is not None:
                    key = key[0]
                    del me._keys[id(wr)]
                    if me.data.get(key) is wr:
                        del me.data[key]

        self._remove = remove
        self._keys = {}
        self.update(other, **kw)

    def _store(self, key, value):
        old = self.data.get(key)
        if old is not None:
            self._keys.pop(id(old), None)
        wr = ref(value, self._remove)
        self._keys[id(wr)] = (key, wr)
        self.data[key] = wr

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        self._store(key, value)

    def __delitem__(self, key):
        wr = self.data.pop(key)
        self._keys.pop(id(wr), None)

    def __contains__(self, key):
        wr = self.data.get(key)
        return wr is not None and wr() is not None

    def __len__(self):
        return sum(1 for wr in list(self.data.values()) if wr() is not None)

    def __iter__(self):
        for k, wr in list(self.data.items()):
            if wr() is not None:
                yield k

    def __repr__(self):
        return "<WeakValueDictionary at %#x>" % id(self)

    def get(self, key, default=None):
        wr = self.data.get(key)
        if wr is None:
            return default
        o = wr()
        return default if o is None else o

    def keys(self):
        return list(iter(self))

    def values(self):
        return [o for o in (wr() for wr in list(self.data.values())) if o is not None]

    def items(self):
        out = []
        for k, wr in list(self.data.items()):
            o = wr()
            if o is not None:
                out.append((k, o))
        return out

    def pop(self, key, *default):
        try:
            o = self.data.pop(key)()
        except KeyError:
            if default:
                return default[0]
            raise
        if o is None:
            if default:
                return default[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        o = self.get(key)
        if o is None:
            self._store(key, default)
            return default
        return o

    def update(self, other=(), **kw):
        if hasattr(other, "items"):
            other = other.items()
        for k, v in other:
            self._store(k, v)
        for k, v in kw.items():
            self._store(k, v)

    def clear(self):
        self.data.clear()
        self._keys.clear()

    def copy(self):
        return WeakValueDictionary(self.items())


class WeakKeyDictionary:
    """A mapping whose keys are held weakly: an entry goes when its key dies."""

    def __init__(self, dict=None):
        self.data = {}

        def remove(k, selfref=ref(self)):
            me = selfref()
            if me is not None:
                try:
                    del me.data[k]
                except KeyError:
                    pass

        self._remove = remove
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __len__(self):
        return sum(1 for wr in list(self.data) if wr() is not None)

    def __iter__(self):
        for wr in list(self.data):
            o = wr()
            if o is not None:
                yield o

    def __repr__(self):
        return "<WeakKeyDictionary at %#x>" % id(self)

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def keys(self):
        return list(iter(self))

    def values(self):
        return [v for wr, v in list(self.data.items()) if wr() is not None]

    def items(self):
        out = []
        for wr, v in list(self.data.items()):
            o = wr()
            if o is not None:
                out.append((o, v))
        return out

    def pop(self, key, *default):
        return self.data.pop(ref(key), *default)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, **kw):
        if dict is not None:
            if hasattr(dict, "items"):
                dict = dict.items()
            for k, v in dict:
                self[k] = v
        for k, v in kw.items():
            self[k] = v

    def clear(self):
        self.data.clear()

    def copy(self):
        return WeakKeyDictionary(self.items())


class WeakSet:
    """A set whose elements are held weakly."""

    def __init__(self, data=None):
        self.data = set()

        def remove(item, selfref=ref(self)):
            me = selfref()
            if me is not None:
                me.data.discard(item)

        self._remove = remove
        if data is not None:
            self.update(data)

    def __iter__(self):
        for wr in list(self.data):
            o = wr()
            if o is not None:
                yield o

    def __len__(self):
        return sum(1 for wr in list(self.data) if wr() is not None)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return "<WeakSet at %#x>" % id(self)

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def pop(self):
        while True:
            wr = self.data.pop()
            o = wr()
            if o is not None:
                return o

    def clear(self):
        self.data.clear()

    def update(self, other):
        for item in other:
            self.add(item)

    def copy(self):
        return WeakSet(self)


class finalize:
    """finalize(obj, func, *args, **kwargs): calls func(*args, **kwargs) once, when obj dies
    (or when the finalizer is called, or at exit if atexit is true)."""

    _registry = {}
    _index = 0

    def __init__(self, obj, func, *args, **kwargs):
        finalize._index += 1
        self._key = finalize._index
        finalize._registry[self._key] = (func, args, kwargs)
        self.atexit = True
        key = self._key
        self._ref = ref(obj, lambda wr, key=key: finalize._fire(key))

    @staticmethod
    def _fire(key):
        info = finalize._registry.pop(key, None)
        if info is not None:
            func, args, kwargs = info
            return func(*args, **kwargs)

    def __call__(self, _=None):
        return finalize._fire(self._key)

    def detach(self):
        info = finalize._registry.pop(self._key, None)
        obj = self._ref()
        if info is not None and obj is not None:
            return (obj, info[0], info[1], info[2])
        return None

    def peek(self):
        info = finalize._registry.get(self._key)
        obj = self._ref()
        if info is not None and obj is not None:
            return (obj, info[0], info[1], info[2])
        return None

    @property
    def alive(self):
        return self._key in finalize._registry

    def __repr__(self):
        obj = self._ref()
        if obj is None:
            return "<finalize object at %#x; dead>" % id(self)
        return "<finalize object at %#x; for %r at %#x>" % (id(self), type(obj).__name__, id(obj))
