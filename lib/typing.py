"""Type hints at run time: the names scripts import from typing. Annotations are not checked;
generic aliases (List[int], Optional[str], ...) are objects with CPython's repr."""

import collections.abc as _abc

__all__ = ["Any", "Callable", "ClassVar", "Final", "Generic", "Literal", "Optional", "Protocol",
           "Tuple", "Type", "TypeVar", "Union", "List", "Dict", "Set", "FrozenSet", "Iterable",
           "Iterator", "Generator", "Mapping", "MutableMapping", "Sequence", "MutableSequence",
           "NamedTuple", "TypedDict", "cast", "overload", "no_type_check", "get_type_hints",
           "TYPE_CHECKING", "NoReturn", "Annotated", "DefaultDict", "Deque", "Counter",
           "OrderedDict", "AnyStr", "Text", "Awaitable", "Coroutine", "AsyncIterator",
           "Hashable", "Sized", "Collection", "Container", "Reversible", "SupportsInt",
           "SupportsFloat", "runtime_checkable", "final", "get_origin", "get_args", "Self",
           "Never", "LiteralString", "TypeAlias", "ParamSpec", "Concatenate", "TypeGuard"]

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if obj is ...:
        return "..."
    if obj is None or obj is type(None):
        return "None"
    return repr(obj)


class _Final:
    pass


class _SpecialForm(_Final):
    def __init__(self, name, doc=""):
        self._name = name
        self.__doc__ = doc

    def __repr__(self):
        return "typing." + self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._name == "Optional":
            return _GenericAlias(Union, (params[0], type(None)), name="Optional")
        if self._name == "Union":
            flat = []
            for p in params:
                p = type(None) if p is None else p
                if isinstance(p, _GenericAlias) and p.__origin__ is Union:
                    flat.extend(p.__args__)
                elif p not in flat:
                    flat.append(p)
            if len(flat) == 1:
                return flat[0]
            return _GenericAlias(Union, tuple(flat), name="Union")
        return _GenericAlias(self, params, name=self._name)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __reduce__(self):
        return self._name


class _GenericAlias(_Final):
    def __init__(self, origin, args, name=None):
        self.__origin__ = origin
        self.__args__ = args
        self._name = name

    def __repr__(self):
        if self._name == "Optional" or (self.__origin__ is Union and len(self.__args__) == 2 and type(None) in self.__args__):
            other = [a for a in self.__args__ if a is not type(None)][0]
            return f"typing.Optional[{_type_repr(other)}]"
        name = self._name or getattr(self.__origin__, "__name__", repr(self.__origin__))
        args = ", ".join(_type_repr(a) if not isinstance(a, (tuple, list)) else "[" + ", ".join(map(_type_repr, a)) + "]"
                         for a in self.__args__)
        if not self.__args__:
            args = "()"
        return f"typing.{name}[{args}]"

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(self.__origin__, params, name=self._name)

    def __call__(self, *args, **kwargs):
        origin = self.__origin__
        if isinstance(origin, type):
            return origin(*args, **kwargs)
        raise TypeError(f"Type {self._name} cannot be instantiated")

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __mro_entries__(self, bases):
        return (self.__origin__,) if isinstance(self.__origin__, type) else ()


class _SpecialGenericAlias(_Final):
    """List, Dict, ... : unsubscripted aliases of builtin classes."""

    def __init__(self, origin, name, nparams=-1):
        self.__origin__ = origin
        self._name = name
        self._nparams = nparams

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(self.__origin__, params, name=self._name)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)

    def __mro_entries__(self, bases):
        return (self.__origin__,)


Any = _SpecialForm("Any")
NoReturn = _SpecialForm("NoReturn")
Never = _SpecialForm("Never")
Self = _SpecialForm("Self")
LiteralString = _SpecialForm("LiteralString")
TypeAlias = _SpecialForm("TypeAlias")
ClassVar = _SpecialForm("ClassVar")
ClassVar._is_classvar = True
Final = _SpecialForm("Final")
Union = _SpecialForm("Union")
Optional = _SpecialForm("Optional")
Literal = _SpecialForm("Literal")
Annotated = _SpecialForm("Annotated")
Concatenate = _SpecialForm("Concatenate")
TypeGuard = _SpecialForm("TypeGuard")

List = _SpecialGenericAlias(list, "List")
Dict = _SpecialGenericAlias(dict, "Dict")
Set = _SpecialGenericAlias(set, "Set")
FrozenSet = _SpecialGenericAlias(frozenset, "FrozenSet")
Tuple = _SpecialGenericAlias(tuple, "Tuple")
Type = _SpecialGenericAlias(type, "Type")
Callable = _SpecialGenericAlias(_abc.Callable, "Callable")
Iterable = _SpecialGenericAlias(_abc.Iterable, "Iterable")
Iterator = _SpecialGenericAlias(_abc.Iterator, "Iterator")
Generator = _SpecialGenericAlias(_abc.Generator, "Generator")
Mapping = _SpecialGenericAlias(_abc.Mapping, "Mapping")
MutableMapping = _SpecialGenericAlias(_abc.MutableMapping, "MutableMapping")
Sequence = _SpecialGenericAlias(_abc.Sequence, "Sequence")
MutableSequence = _SpecialGenericAlias(_abc.MutableSequence, "MutableSequence")
AbstractSet = _SpecialGenericAlias(_abc.Set, "AbstractSet")
MutableSet = _SpecialGenericAlias(_abc.MutableSet, "MutableSet")
Hashable = _SpecialGenericAlias(_abc.Hashable, "Hashable")
Sized = _SpecialGenericAlias(_abc.Sized, "Sized")
Collection = _SpecialGenericAlias(_abc.Collection, "Collection")
Container = _SpecialGenericAlias(_abc.Container, "Container")
Reversible = _SpecialGenericAlias(_abc.Reversible, "Reversible")
Awaitable = _SpecialGenericAlias(_abc.Awaitable, "Awaitable")
Coroutine = _SpecialGenericAlias(_abc.Coroutine, "Coroutine")
AsyncIterator = _SpecialGenericAlias(_abc.AsyncIterator, "AsyncIterator")
Text = str


def _lazy(module, name):
    class _Lazy(_SpecialGenericAlias):
        def __init__(self):
            self._name = name
            self._nparams = -1

        @property
        def __origin__(self):
            return getattr(__import__(module), name)
    return _Lazy()


DefaultDict = _lazy("collections", "defaultdict")
Deque = _lazy("collections", "deque")
Counter = _lazy("collections", "Counter")
OrderedDict = _lazy("collections", "OrderedDict")
ChainMap = _lazy("collections", "ChainMap")


class TypeVar(_Final):
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]


class ParamSpec(TypeVar):
    pass


AnyStr = TypeVar("AnyStr", bytes if "bytes" in dir(__builtins__) else str, str)


class Generic:
    """Base class for generic classes: Generic[T] subscripts to the class itself."""
    __slots__ = ()

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls is Generic or cls is Protocol:
            return _GenericBase(cls, params)
        return _GenericAlias(cls, params, name=cls.__name__)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(**kwargs)


class _GenericBase(_GenericAlias):
    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __repr__(self):
        return f"typing.{self.__origin__.__name__}[{', '.join(map(_type_repr, self.__args__))}]"


class Protocol(Generic):
    __slots__ = ()


def runtime_checkable(cls):
    return cls


def final(f):
    return f


def cast(typ, val):
    return val


def overload(func):
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError("You should not call an overloaded function. A series of "
                                  "@typing.overload-decorated functions outside a stub module "
                                  "should always be followed by an implementation that is not "
                                  "@typing.overload-ed.")
    return _overload_dummy


def no_type_check(arg):
    return arg


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            hints.update(base.__dict__.get("__annotations__", {}))
        return hints
    return dict(getattr(obj, "__annotations__", {}))


def get_origin(tp):
    return getattr(tp, "__origin__", None)


def get_args(tp):
    return getattr(tp, "__args__", ())


def NamedTuple(typename, fields=None, /, **kwargs):
    import collections
    if fields is None:
        fields = kwargs.items()
    names = [n for n, _ in fields]
    cls = collections.namedtuple(typename, names)
    cls.__annotations__ = dict(fields)
    return cls


def _namedtuple_mro_entries(bases):
    return (_NamedTupleBase,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


class _NamedTupleMeta(type):
    def __new__(mcls, typename, bases, ns):
        import collections
        if typename == "_NamedTupleBase":
            return super().__new__(mcls, typename, bases, ns)
        annotations = ns.get("__annotations__", {})
        names = list(annotations)
        defaults = [ns[n] for n in names if n in ns]
        nt = collections.namedtuple(typename, names, defaults=defaults)
        nt.__annotations__ = dict(annotations)
        for key, value in ns.items():
            if key not in names and key not in ("__annotations__", "__module__", "__qualname__", "__doc__"):
                setattr(nt, key, value)
        nt.__module__ = ns.get("__module__", nt.__module__)
        return nt


class _NamedTupleBase(metaclass=_NamedTupleMeta):
    pass


class _TypedDictMeta(type):
    def __new__(mcls, name, bases, ns, total=True):
        return dict

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    return dict
