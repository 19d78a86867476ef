import pkg
print(pkg.VERSION, pkg.double(21))
import pkg.helpers as h
print(h.double(2), h.__name__)
from pkg.sub.leaf import quad, value
print(quad(3), value)
from pkg import helpers, double as dbl
print(helpers is h, dbl(5))
import pkg.sub.leaf
print(pkg.sub.leaf.value)
import sys
print("pkg.helpers" in sys.modules, type(sys.modules["pkg"]).__name__)
import pkg.circ_a
print(pkg.circ_a.use_b(), pkg.circ_b.b_value)
from pkg.star import *
print(exported)
try:
    hidden
except NameError as e:
    print("NameError", e)
try:
    import no_such_module
except ImportError as e:
    print(type(e).__name__, e)
try:
    from pkg import no_such_name
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
import time
print(type(time.time()).__name__, time.monotonic() > 0)
