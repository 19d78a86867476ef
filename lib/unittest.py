"""unittest, written in eddy: the usual subset of CPython's unittest.

TestCase (setUp/tearDown, setUpClass/tearDownClass, the common assert* methods, assertRaises as a
context manager), skip/skipIf/skipUnless/expectedFailure, TestSuite, TestLoader, TextTestRunner
and TestResult, and main(), which runs the TestCases of __main__, reports on stderr in CPython's
format and exits 0 when everything passed.
"""
import sys
import time


class SkipTest(Exception):
    pass


class TestResult:
    """What a run found: failures and errors as (test, text) pairs, skips, counts."""

    def __init__(self):
        self.failures = []
        self.errors = []
        self.skipped = []
        self.expected_failures = []
        self.unexpected_successes = []
        self.testsRun = 0
        self.shouldStop = False

    @property
    def expectedFailures(self):
        return [(t, "") for t in self.expected_failures]

    @property
    def unexpectedSuccesses(self):
        return list(self.unexpected_successes)

    def wasSuccessful(self):
        return not self.failures and not self.errors and not self.unexpected_successes

    def __repr__(self):
        return "<unittest.TestResult run=%d errors=%d failures=%d>" % (
            self.testsRun, len(self.errors), len(self.failures))


_Outcome = TestResult


class _AssertRaisesContext:
    def __init__(self, expected, test_case, regex=None):
        self.expected = expected
        self.test_case = test_case
        self.regex = regex
        self.exception = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        name = getattr(self.expected, "__name__", str(self.expected))
        if exc_type is None:
            raise self.test_case.failureException(f"{name} not raised")
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc_value.with_traceback(None)  # as CPython: no frame cycle
        if self.regex is not None and self.regex not in str(exc_value):
            raise self.test_case.failureException(f'"{self.regex}" does not match "{exc_value}"')
        return True


def _safe_repr(obj):
    return repr(obj)


class TestCase:
    failureException = AssertionError

    def __init__(self, methodName="runTest"):
        self._testMethodName = methodName

    def setUp(self):
        pass

    def tearDown(self):
        pass

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def id(self):
        return f"{type(self).__module__}.{type(self).__qualname__}.{self._testMethodName}"

    def __str__(self):
        return f"{self._testMethodName} ({type(self).__module__}.{type(self).__qualname__}.{self._testMethodName})"

    def skipTest(self, reason):
        raise SkipTest(reason)

    def fail(self, msg=None):
        raise self.failureException(msg)

    def _fail(self, standard, msg):
        raise self.failureException(standard if msg is None else f"{standard} : {msg}")

    def assertEqual(self, first, second, msg=None):
        if not first == second:
            self._fail(f"{_safe_repr(first)} != {_safe_repr(second)}", msg)

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            self._fail(f"{_safe_repr(first)} == {_safe_repr(second)}", msg)

    def assertTrue(self, expr, msg=None):
        if not expr:
            self._fail(f"{_safe_repr(expr)} is not true", msg)

    def assertFalse(self, expr, msg=None):
        if expr:
            self._fail(f"{_safe_repr(expr)} is not false", msg)

    def assertIs(self, first, second, msg=None):
        if first is not second:
            self._fail(f"{_safe_repr(first)} is not {_safe_repr(second)}", msg)

    def assertIsNot(self, first, second, msg=None):
        if first is second:
            self._fail(f"unexpectedly identical: {_safe_repr(first)}", msg)

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self._fail(f"{_safe_repr(obj)} is not None", msg)

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self._fail("unexpectedly None", msg)

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self._fail(f"{_safe_repr(member)} not found in {_safe_repr(container)}", msg)

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self._fail(f"{_safe_repr(member)} unexpectedly found in {_safe_repr(container)}", msg)

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self._fail(f"{_safe_repr(obj)} is not an instance of {cls!r}", msg)

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self._fail(f"{_safe_repr(obj)} is an instance of {cls!r}", msg)

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self._fail(f"{_safe_repr(a)} not greater than {_safe_repr(b)}", msg)

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            self._fail(f"{_safe_repr(a)} not greater than or equal to {_safe_repr(b)}", msg)

    def assertLess(self, a, b, msg=None):
        if not a < b:
            self._fail(f"{_safe_repr(a)} not less than {_safe_repr(b)}", msg)

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            self._fail(f"{_safe_repr(a)} not less than or equal to {_safe_repr(b)}", msg)

    def assertAlmostEqual(self, first, second, places=7, msg=None):
        if first == second:
            return
        diff = abs(first - second)
        if round(diff, places) != 0:
            self._fail(f"{_safe_repr(first)} != {_safe_repr(second)} within {places} places ({diff} difference)", msg)

    def assertNotAlmostEqual(self, first, second, places=7, msg=None):
        if first == second or round(abs(first - second), places) == 0:
            self._fail(f"{_safe_repr(first)} == {_safe_repr(second)} within {places} places", msg)

    def assertCountEqual(self, first, second, msg=None):
        a, b = list(first), list(second)
        for x in a:
            if x in b:
                b.remove(x)
            else:
                self._fail(f"Element counts were not equal: {_safe_repr(x)}", msg)
        if b:
            self._fail(f"Element counts were not equal: {_safe_repr(b[0])}", msg)

    def assertRaises(self, expected, *args, **kwargs):
        context = _AssertRaisesContext(expected, self)
        if not args:
            return context
        func, args = args[0], args[1:]
        with context:
            func(*args, **kwargs)

    def assertRaisesRegex(self, expected, regex, *args, **kwargs):
        context = _AssertRaisesContext(expected, self, regex)
        if not args:
            return context
        func, args = args[0], args[1:]
        with context:
            func(*args, **kwargs)

    def run(self, result):
        method = getattr(self, self._testMethodName)
        result.testsRun += 1
        if getattr(type(self), "__unittest_skip__", False) or getattr(method, "__unittest_skip__", False):
            reason = getattr(method, "__unittest_skip_why__", None) or getattr(type(self), "__unittest_skip_why__", "")
            result.skipped.append((self, reason))
            return "skipped " + repr(reason)
        expecting_failure = getattr(method, "__unittest_expecting_failure__", False)
        try:
            self.setUp()
        except SkipTest as e:
            result.skipped.append((self, str(e)))
            return "skipped " + repr(str(e))
        except Exception as e:
            result.errors.append((self, f"{type(e).__name__}: {e}"))
            return "ERROR"
        status = "ok"
        try:
            method()
            if expecting_failure:
                result.unexpected_successes.append(self)
                status = "unexpected success"
        except SkipTest as e:
            result.skipped.append((self, str(e)))
            status = "skipped " + repr(str(e))
        except AssertionError as e:
            if expecting_failure:
                result.expected_failures.append(self)
                status = "expected failure"
            else:
                result.failures.append((self, f"AssertionError: {e}"))
                status = "FAIL"
        except Exception as e:
            if expecting_failure:
                result.expected_failures.append(self)
                status = "expected failure"
            else:
                result.errors.append((self, f"{type(e).__name__}: {e}"))
                status = "ERROR"
        try:
            self.tearDown()
        except Exception as e:
            result.errors.append((self, f"{type(e).__name__}: {e}"))
            status = "ERROR"
        return status


def skip(reason):
    def decorator(test_item):
        test_item.__unittest_skip__ = True
        test_item.__unittest_skip_why__ = reason
        return test_item
    return decorator


def skipIf(condition, reason):
    if condition:
        return skip(reason)
    return lambda item: item


def skipUnless(condition, reason):
    if not condition:
        return skip(reason)
    return lambda item: item


def expectedFailure(test_item):
    test_item.__unittest_expecting_failure__ = True
    return test_item


def _test_names(cls):
    return sorted(name for name in dir(cls) if name.startswith("test") and callable(getattr(cls, name)))


def _test_classes(module):
    classes = []
    for value in list(vars(module).values()):
        if isinstance(value, type) and issubclass(value, TestCase) and value is not TestCase:
            classes.append(value)
    return classes


class TestSuite:
    """An ordered collection of tests (TestCase instances or other suites)."""

    def __init__(self, tests=()):
        self._tests = []
        self.addTests(tests)

    def addTest(self, test):
        self._tests.append(test)

    def addTests(self, tests):
        for t in tests:
            self.addTest(t)

    def countTestCases(self):
        return sum(t.countTestCases() if isinstance(t, TestSuite) else 1 for t in self._tests)

    def __iter__(self):
        return iter(self._tests)

    def _flat(self):
        for t in self._tests:
            if isinstance(t, TestSuite):
                yield from t._flat()
            else:
                yield t

    def run(self, result, report=None):
        current_class = None
        for test in self._flat():
            if type(test) is not current_class:
                if current_class is not None:
                    current_class.tearDownClass()
                current_class = type(test)
                current_class.setUpClass()
            status = test.run(result)
            if report is not None:
                report(test, status)
        if current_class is not None:
            current_class.tearDownClass()
        return result

    def __call__(self, result):
        return self.run(result)


class TestLoader:
    testMethodPrefix = "test"

    def getTestCaseNames(self, testCaseClass):
        return _test_names(testCaseClass)

    def loadTestsFromTestCase(self, testCaseClass):
        return TestSuite(testCaseClass(name) for name in self.getTestCaseNames(testCaseClass))

    def loadTestsFromModule(self, module):
        return TestSuite(self.loadTestsFromTestCase(cls) for cls in _test_classes(module))


defaultTestLoader = TestLoader()


class TextTestRunner:
    """Runs a suite, reporting on `stream` (stderr by default) in CPython's format."""

    def __init__(self, stream=None, verbosity=1):
        self.stream = stream
        self.verbosity = verbosity

    def run(self, test):
        return _run_and_report(test, self.stream if self.stream is not None else sys.stderr,
                               self.verbosity)


def _run_and_report(suite, out, verbosity):
    result = TestResult()
    started = time.perf_counter()

    def report(test, status):
        if verbosity > 1:
            out.write(f"{test} ... {status}\n")
        else:
            short = {"ok": ".", "FAIL": "F", "ERROR": "E", "expected failure": "x",
                     "unexpected success": "u"}.get(status, "s")
            out.write(short)

    suite.run(result, report)
    if verbosity <= 1:
        out.write("\n")
    for kind, entries in (("ERROR", result.errors), ("FAIL", result.failures)):
        for test, text in entries:
            out.write("=" * 70 + "\n")
            out.write(f"{kind}: {test}\n")
            out.write("-" * 70 + "\n")
            out.write(text + "\n\n")
    out.write("-" * 70 + "\n")
    elapsed = time.perf_counter() - started
    out.write(f"Ran {result.testsRun} test{'' if result.testsRun == 1 else 's'} in {elapsed:.3f}s\n\n")
    details = []
    if result.failures:
        details.append(f"failures={len(result.failures)}")
    if result.errors:
        details.append(f"errors={len(result.errors)}")
    if result.skipped:
        details.append(f"skipped={len(result.skipped)}")
    if result.expected_failures:
        details.append(f"expected failures={len(result.expected_failures)}")
    if result.unexpected_successes:
        details.append(f"unexpected successes={len(result.unexpected_successes)}")
    verdict = "OK" if result.wasSuccessful() else "FAILED"
    out.write(verdict + (f" ({', '.join(details)})" if details else "") + "\n")
    return result


def main(module="__main__", verbosity=1, exit=True):
    if isinstance(module, str):
        module = sys.modules[module]
    if "-v" in sys.argv[1:]:
        verbosity = 2
    result = _run_and_report(defaultTestLoader.loadTestsFromModule(module), sys.stderr, verbosity)
    if exit:
        sys.exit(0 if result.wasSuccessful() else 1)
    return result
