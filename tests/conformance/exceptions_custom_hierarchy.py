class GameError(Exception):
    """Base for game errors."""
    code = 100
    def __init__(self, message, *, entity=None):
        super().__init__(message)
        self.entity = entity
    def __str__(self):
        base = super().__str__()
        return f"[{self.code}] {base}" + (f" ({self.entity})" if self.entity else "")
class MoveError(GameError):
    code = 200
class BlockedError(MoveError):
    code = 201
class OutOfBounds(MoveError, IndexError):
    code = 202
def move(pos, d):
    x = pos + d
    if x == 3:
        raise BlockedError("wall at 3", entity="player")
    if not 0 <= x < 6:
        raise OutOfBounds(f"{x} is off the board")
    return x
pos = 0
for d in [1, 1, 1, 2, 5, -9]:
    try:
        pos = move(pos, d)
    except BlockedError as e:
        print("blocked:", e, e.code, isinstance(e, MoveError))
    except IndexError as e:
        print("index:", e, type(e).__mro__[1].__name__, e.args)
    except GameError as e:
        print("game:", e)
    else:
        print("moved to", pos)
print(GameError.__doc__, BlockedError.__doc__, MoveError.code, OutOfBounds.__bases__)
try:
    raise OutOfBounds("x")
except (KeyError, MoveError) as e:
    print("tuple catch", repr(e))
errors = []
for exc in [BlockedError("a"), OutOfBounds("b"), GameError("c", entity="e")]:
    try:
        raise exc
    except Exception as e:
        errors.append((type(e).__name__, str(e)))
print(errors)
class WithState(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)
        self.a, self.b = a, b
    def __reduce__(self):
        return (WithState, (self.a, self.b))
e = WithState(1, 2)
print(e.args, str(e), repr(e))
def chain():
    try:
        move(2, 1)
    except MoveError as e:
        raise GameError("move failed") from e
try:
    chain()
except GameError as e:
    print(e, "<-", e.__cause__, type(e.__cause__).__name__)
class NoArgs(Exception):
    def __init__(self):
        pass
print(repr(NoArgs()), str(NoArgs()), NoArgs().args)
