# Private name mangling (__name inside classes).
class Account:
    __count = 0
    def __init__(self, owner):
        self.__owner = owner
        Account.__count += 1
    def __secret(self): return "s-" + self.__owner
    def reveal(self): return self.__secret()
    @classmethod
    def count(cls): return cls.__count
    def __repr__(self): return f"Account({self.__owner!r})"
a = Account("ann"); b = Account("bob")
print(a.reveal(), Account.count(), a, sorted(k for k in vars(a)))
print(hasattr(a, "__owner"), a._Account__owner, '_Account__secret' in Account.__dict__)
try: a.__secret()
except AttributeError as e: print(e)
class Sub(Account):
    def peek(self):
        try: return self.__owner
        except AttributeError as e: return str(e)
print(Sub("c").peek())
class _Private:
    def __m(self, __arg=1): return __arg
    def call(self): return self.__m(__arg=5) if False else self.__m()
print(_Private().call(), [n for n in dir(_Private) if 'm' in n and n.startswith('_P')])
class __All:
    def __x(self): return 1
print([n for n in vars(__All) if 'x' in n])
class Outer:
    def f(self):
        class Inner:
            def g(self): return self.__v
        i = Inner(); i._Inner__v = 9
        def h(): return self.__w
        self.__w = 3
        return i.g(), h()
print(Outer().f())
class G:
    def m(self):
        global __gl
        __gl = 4
        return [__gl for __i in range(2)]
print(G().m(), _G__gl)
