# A tasklet bound to a method of a script class runs it as a frame of the loop (nesting_level 0,
# restorable); 'from stackless import *' gets the names the module's __getattr__ provides (PEP 562).
import stackless
class W:
    def run(self, a, b=2):
        print("method", a, b, stackless.current.nesting_level)
        stackless.schedule()
        print("resumed")
w = W()
t = stackless.tasklet(w.run)(1, b=3)
stackless.schedule()
print(t.restorable, t.nesting_level)
stackless.run()
from stackless import *
print(current is getcurrent(), runcount)
