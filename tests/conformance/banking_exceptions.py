# Custom exception hierarchy with context: error codes, chaining across layers, cleanup with finally.
class AppError(Exception):
    code = 1
    def __init__(self, msg, **ctx):
        super().__init__(msg); self.ctx = ctx
    def __str__(self): return f"[E{self.code}] {self.args[0]}" + (f" {self.ctx}" if self.ctx else "")
class ValidationError(AppError): code = 10
class NotFound(AppError): code = 44
class StorageError(AppError): code = 50
DB = {"ann": 100}
def storage_get(user):
    try:
        return DB[user]
    except KeyError as e:
        raise NotFound("no such user", user=user) from e
def withdraw(user, amount):
    if amount <= 0: raise ValidationError("amount must be positive", amount=amount)
    bal = storage_get(user)
    if bal < amount: raise ValidationError("insufficient funds", balance=bal)
    DB[user] = bal - amount
    return DB[user]
for args in [("ann", 30), ("ann", -5), ("bob", 1), ("ann", 500)]:
    try:
        print("ok", withdraw(*args))
    except AppError as e:
        print(type(e).__name__, e.code, str(e), type(e.__cause__).__name__ if e.__cause__ else None)
    finally:
        print("audit", args)
print(issubclass(NotFound, AppError), [c.__name__ for c in ValidationError.__mro__[:3]], DB)
