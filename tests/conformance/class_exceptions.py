class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"missing {key!r}")
        self.key = key
class Invalid(AppError):
    def __str__(self):
        return f"invalid: {self.args[0]}"
def lookup(d, k):
    if k not in d:
        raise NotFound(k)
    if d[k] is None:
        raise Invalid(k)
    return d[k]
data = {"a": 1, "b": None}
for k in ["a", "b", "c"]:
    try:
        print(lookup(data, k))
    except NotFound as e:
        print("NotFound:", e, e.key, e.args, repr(e))
    except AppError as e:
        print(type(e).__name__ + ":", e, e.args)
class Wrapped(RuntimeError):
    pass
try:
    try:
        lookup(data, "z")
    except AppError as inner:
        raise Wrapped("outer") from inner
except Wrapped as w:
    print(w, "<-", type(w.__cause__).__name__, w.__cause__)
print(issubclass(NotFound, Exception), isinstance(Invalid("x"), AppError), NotFound.__mro__[1:3])
e = AppError("a", 2)
print(e.args, str(e), repr(e))
class WithAttrs(Exception):
    def __init__(self, msg, code=500):
        self.code = code
        super().__init__(msg)
try:
    raise WithAttrs("server", code=503)
except WithAttrs as err:
    print(err, err.code, err.args)
