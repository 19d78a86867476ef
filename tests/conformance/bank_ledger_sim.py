from collections import defaultdict
from dataclasses import dataclass, field
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount:.2f} (balance {account.balance:.2f})")
        self.account, self.amount = account, amount
@dataclass
class Account:
    owner: str
    balance: float = 0.0
    history: list = field(default_factory=list)
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"invalid amount {amount!r}")
        self.balance += amount
        self.history.append(("dep", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("wd", amount))
class Bank:
    def __init__(self):
        self.accounts = {}
        self.failures = defaultdict(int)
    def open(self, owner, initial=0.0):
        acct = self.accounts[owner] = Account(owner)
        if initial:
            acct.deposit(initial)
        return acct
    def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        try:
            a.withdraw(amount)
        except InsufficientFunds as e:
            self.failures[src] += 1
            print("failed:", e)
            return False
        else:
            b.deposit(amount)
            return True
        finally:
            print(f"transfer {src}->{dst} {amount:.2f}")
bank = Bank()
for name, amt in [("ann", 100), ("bob", 50.5), ("cy", 0)]:
    bank.open(name, amt)
ops = [("ann", "bob", 30), ("bob", "cy", 100), ("cy", "ann", 5), ("bob", "cy", 80.5), ("ann", "cy", 70)]
results = [bank.transfer(*op) for op in ops]
print(results)
for acct in bank.accounts.values():
    print(acct.owner, f"{acct.balance:.2f}", acct.history)
print(dict(bank.failures), sum(a.balance for a in bank.accounts.values()))
try:
    bank.accounts["ann"].deposit(-5)
except ValueError as e:
    print("ValueError:", e)
try:
    bank.transfer("ann", "zed", 1)
except KeyError as e:
    print("KeyError:", e)
print(bank.accounts["cy"])
