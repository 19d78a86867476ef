# A ledger simulation: dataclasses, enums, decimal-free money in cents, sorting, grouping, errors.
from dataclasses import dataclass, field
from enum import Enum
from collections import defaultdict
class Kind(Enum):
    DEPOSIT = "dep"
    WITHDRAW = "wd"
    TRANSFER = "xfer"
class InsufficientFunds(Exception):
    def __init__(self, account, needed):
        super().__init__(f"{account} needs {needed / 100:.2f} more")
        self.account, self.needed = account, needed
@dataclass
class Txn:
    kind: Kind
    amount: int
    src: str = ""
    dst: str = ""
@dataclass
class Bank:
    balances: dict = field(default_factory=dict)
    log: list = field(default_factory=list)
    def apply(self, t: Txn):
        if t.kind is Kind.DEPOSIT:
            self.balances[t.dst] = self.balances.get(t.dst, 0) + t.amount
        elif t.kind is Kind.WITHDRAW:
            have = self.balances.get(t.src, 0)
            if have < t.amount: raise InsufficientFunds(t.src, t.amount - have)
            self.balances[t.src] = have - t.amount
        else:
            self.apply(Txn(Kind.WITHDRAW, t.amount, src=t.src))
            self.apply(Txn(Kind.DEPOSIT, t.amount, dst=t.dst))
        self.log.append(t)
bank = Bank()
txns = [Txn(Kind.DEPOSIT, 10000, dst="ann"), Txn(Kind.DEPOSIT, 2550, dst="bob"), Txn(Kind.TRANSFER, 3000, "ann", "bob"),
        Txn(Kind.WITHDRAW, 9999, src="bob"), Txn(Kind.TRANSFER, 500, "bob", "cat"), Txn(Kind.WITHDRAW, 100, src="cat")]
for t in txns:
    try:
        bank.apply(t)
    except InsufficientFunds as e:
        print("rejected:", e, e.needed)
print({k: f"{v / 100:.2f}" for k, v in sorted(bank.balances.items())})
by_kind = defaultdict(int)
for t in bank.log: by_kind[t.kind.name] += t.amount
print(dict(by_kind), len(bank.log), bank.log[0])
print(sorted(bank.balances, key=bank.balances.get, reverse=True), sum(bank.balances.values()))
print([t.kind.value for t in bank.log], Kind("xfer"), Kind.DEPOSIT in Kind)
