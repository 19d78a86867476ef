# super() reaching the builtin container protocol from list/dict subclasses.
class LoggingDict(dict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)
    def __getitem__(self, k):
        return super().__getitem__(k) * 10
    def __delitem__(self, k):
        print("del", k); super().__delitem__(k)
    def __contains__(self, k): return super().__contains__(k) or k == "magic"
    def __len__(self): return super().__len__() + 100
d = LoggingDict(); d["a"] = 1; d["b"] = 2; print(d["a"], "a" in d, "magic" in d, len(d)); del d["a"]; print(dict(d))
class MyList(list):
    def __getitem__(self, i): return ("item", super().__getitem__(i))
    def __iter__(self): return iter([x * 2 for x in super().__iter__()])
m = MyList([1, 2]); print(m[0], list(m), [1, 2].__len__(), hasattr([], "__iter__"), hasattr(5, "__iter__"), "x".__contains__("x"), {1: 2}.__getitem__(1))
class Stack(list):
    def push(self, x): self.append(x)
    def __setitem__(self, i, v): super().__setitem__(i, v * 100)
s = Stack([1, 2, 3]); s[0] = 5; s.push(4); print(s, len(s), s[-1])
