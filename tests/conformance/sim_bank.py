def make_account(owner, balance=0):
    history = []
    def deposit(amount):
        nonlocal balance
        if amount <= 0:
            raise ValueError("deposit must be positive")
        balance += amount
        history.append(("deposit", amount))
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise ValueError(f"insufficient funds: {balance} < {amount}")
        balance -= amount
        history.append(("withdraw", amount))
        return balance
    def report():
        return {"owner": owner, "balance": balance, "ops": len(history)}
    return {"deposit": deposit, "withdraw": withdraw, "report": report}
acct = make_account("ann", 100)
print(acct["deposit"](50), acct["withdraw"](30))
for amt in [500, -5]:
    try:
        if amt > 0:
            acct["withdraw"](amt)
        else:
            acct["deposit"](amt)
    except ValueError as e:
        print("error:", e)
print(acct["report"]())
ledger = [("ann", 10), ("bob", -3), ("ann", 5), ("cid", 7), ("bob", 4)]
totals = {}
for name, amount in ledger:
    totals[name] = totals.get(name, 0) + amount
print(sorted(totals.items(), key=lambda kv: (-kv[1], kv[0])))
