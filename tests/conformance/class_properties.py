class Temperature:
    def __init__(self, celsius=0.0):
        self._c = celsius
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = 0.0
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(t.celsius, type(Temperature.celsius).__name__)
class Account:
    interest = 0.02
    accounts = 0
    def __init__(self, balance):
        self.balance = balance
        Account.accounts += 1
    @classmethod
    def from_cents(cls, cents):
        return cls(cents / 100)
    @staticmethod
    def validate(amount):
        return amount >= 0
    def __repr__(self):
        return f"Account({self.balance})"
a = Account.from_cents(12345)
print(a, Account.accounts, Account.validate(-1), a.validate(5), Account.from_cents.__name__)
class Savings(Account):
    interest = 0.05
print(Savings.from_cents(100), type(Savings.from_cents(1)).__name__, Savings.interest, Account.interest)
