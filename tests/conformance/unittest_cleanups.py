"""unittest cleanups: addCleanup, enterContext, addClassCleanup, and cleanups after a failed setUp."""
import unittest, io, sys
log = []
class T(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(log.append, "class cleanup")
    def setUp(self):
        self.addCleanup(log.append, "cleanup 1")
        self.addCleanup(lambda: log.append("cleanup 2"))
    def test_a(self):
        log.append("a")
    def test_b_fails_in_cleanup(self):
        def bad():
            raise ValueError("cleanup failed")
        self.addCleanup(bad)
        log.append("b")
    def test_c_ctx(self):
        class CM:
            def __enter__(self): log.append("enter"); return 5
            def __exit__(self, *a): log.append(("exit", a))
        log.append(self.enterContext(CM()))
class U(unittest.TestCase):
    def setUp(self):
        self.addCleanup(log.append, "ran though setUp failed")
        raise KeyError("setup")
    def test_x(self):
        log.append("never")
stream = io.StringIO()
suite = unittest.TestSuite()
for c in (T, U):
    suite.addTests(unittest.defaultTestLoader.loadTestsFromTestCase(c))
r = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
print(log)
print(r.testsRun, len(r.errors), len(r.failures), r.wasSuccessful())
for t, text in r.errors:
    print(t, text.strip().splitlines()[-1])
try:
    T("test_a").enterContext(5)
except TypeError as e:
    print(e)
