# dict.fromkeys is a class method: subclasses get instances of themselves.
print(dict.fromkeys("ab"), dict.fromkeys([1, 2], 0), {}.fromkeys("x"))
from collections import OrderedDict, Counter, defaultdict
class D(dict): pass
print(type(D.fromkeys("a")).__name__, D.fromkeys("ab", 1), OrderedDict.fromkeys("ba"))
try: Counter.fromkeys("a")
except NotImplementedError as e: print(e)
