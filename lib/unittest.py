"""unittest, written in eddy: the usual subset of CPython's unittest.

TestCase (setUp/tearDown, setUpClass/tearDownClass, the common assert* methods, assertRaises as a
context manager), skip/skipIf/skipUnless/expectedFailure, TestSuite, TestLoader, TextTestRunner
and TestResult, and main(), which runs the TestCases of __main__, reports on stderr in CPython's
format and exits 0 when everything passed.
"""
import sys
import time
import traceback

__unittest = True  # frames of this module are left out of failure tracebacks, as CPython does


class SkipTest(Exception):
    pass


class TestResult:
    """What a run found: failures and errors as (test, formatted traceback) pairs, skips, counts.

    The runner calls startTest / addSuccess / addFailure / addError / addSkip /
    addExpectedFailure / addUnexpectedSuccess / addSubTest / stopTest, as CPython's does, so a
    subclass can watch a run."""

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failures = []
        self.errors = []
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.testsRun = 0
        self.shouldStop = False

    def startTest(self, test):
        self.testsRun += 1

    def stopTest(self, test):
        pass

    def startTestRun(self):
        pass

    def stopTestRun(self):
        pass

    def addSuccess(self, test):
        pass

    def addError(self, test, err):
        self.errors.append((test, self._exc_info_to_string(err, test)))

    def addFailure(self, test, err):
        self.failures.append((test, self._exc_info_to_string(err, test)))

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if issubclass(err[0], test.failureException):
                self.failures.append((subtest, self._exc_info_to_string(err, test)))
            else:
                self.errors.append((subtest, self._exc_info_to_string(err, test)))

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        return not self.failures and not self.errors and not self.unexpectedSuccesses

    def stop(self):
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        """The traceback of err, without the frames of unittest itself."""
        exctype, value, tb = err
        while tb is not None and "__unittest" in tb.tb_frame.f_globals:
            tb = tb.tb_next
        limit = None
        if exctype is test.failureException:
            # cut the assert* method frames at the end
            limit, level = 0, tb
            while level is not None and "__unittest" not in level.tb_frame.f_globals:
                limit += 1
                level = level.tb_next
        return "".join(traceback.format_exception(exctype, value, tb, limit=limit))

    def __repr__(self):
        cls = type(self)
        return "<%s.%s run=%d errors=%d failures=%d>" % (
            cls.__module__, cls.__qualname__, self.testsRun, len(self.errors), len(self.failures))


class TextTestResult(TestResult):
    """A TestResult that reports as it goes: dots, or one line per test with verbosity 2."""

    separator1 = "=" * 70
    separator2 = "-" * 70

    def __init__(self, stream, descriptions=True, verbosity=1):
        super().__init__(stream, descriptions, verbosity)
        self.stream = stream
        self.showAll = verbosity > 1
        self.dots = verbosity == 1
        self._newline = True

    def getDescription(self, test):
        return str(test)

    def startTest(self, test):
        super().startTest(test)
        if self.showAll:
            self.stream.write(self.getDescription(test) + " ... ")
            self._newline = False

    def _write_status(self, test, status):
        is_subtest = isinstance(test, _SubTest)
        if is_subtest or self._newline:
            if not self._newline:
                self.stream.write("\n")
            if is_subtest:
                self.stream.write("  ")
            self.stream.write(self.getDescription(test) + " ... ")
        self.stream.write(status + "\n")
        self._newline = True

    def _report(self, test, status, dot):
        if self.showAll:
            self._write_status(test, status)
        elif self.dots:
            self.stream.write(dot)

    def addSubTest(self, test, subtest, err):
        if err is not None:
            failed = issubclass(err[0], test.failureException)
            self._report(subtest, "FAIL" if failed else "ERROR", "F" if failed else "E")
        super().addSubTest(test, subtest, err)

    def addSuccess(self, test):
        super().addSuccess(test)
        self._report(test, "ok", ".")

    def addError(self, test, err):
        super().addError(test, err)
        self._report(test, "ERROR", "E")

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._report(test, "FAIL", "F")

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._report(test, f"skipped {reason!r}", "s")

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._report(test, "expected failure", "x")

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._report(test, "unexpected success", "u")

    def printErrors(self):
        if self.dots or self.showAll:
            self.stream.write("\n")
        self.printErrorList("ERROR", self.errors)
        self.printErrorList("FAIL", self.failures)
        unexpected = getattr(self, "unexpectedSuccesses", ())
        if unexpected:
            self.stream.write(self.separator1 + "\n")
            for test in unexpected:
                self.stream.write(f"UNEXPECTED SUCCESS: {self.getDescription(test)}\n")

    def printErrorList(self, flavour, errors):
        for test, err in errors:
            self.stream.write(self.separator1 + "\n")
            self.stream.write(f"{flavour}: {self.getDescription(test)}\n")
            self.stream.write(self.separator2 + "\n")
            self.stream.write(f"{err}\n")


_Outcome = TestResult


class _SubTest:
    """One subTest() block of a test, as reported: the test's name plus the parameters."""

    def __init__(self, test_case, message, params):
        self.test_case = test_case
        self._message = message
        self.params = params
        self.failureException = test_case.failureException

    def _subDescription(self):
        parts = []
        if self._message is not None:
            parts.append(f"[{self._message}]")
        if self.params:
            parts.append("(" + ", ".join(f"{k}={v!r}" for k, v in self.params.items()) + ")")
        return " ".join(parts) or "(<subtest>)"

    def id(self):
        return f"{self.test_case.id()} {self._subDescription()}"

    def __str__(self):
        return f"{self.test_case} {self._subDescription()}"


class _SubTestContext:
    def __init__(self, test_case, result, message, params):
        self.test_case, self.result = test_case, result
        self.subtest = _SubTest(test_case, message, params)

    def __enter__(self):
        return None

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            self.result.addSubTest(self.test_case, self.subtest, None)
            return False
        if issubclass(exc_type, (SkipTest, KeyboardInterrupt)):
            return False
        self.result.addSubTest(self.test_case, self.subtest, (exc_type, exc_value, tb))
        self.test_case._subtest_failed = True
        return True


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
        self._cleanups = []

    _class_cleanups = []

    def addCleanup(self, function, /, *args, **kwargs):
        """function(*args, **kwargs) runs after tearDown (or a failed setUp), last added first."""
        self._cleanups.append((function, args, kwargs))

    def enterContext(self, cm):
        """Enters the context manager cm and adds its __exit__ as a cleanup; returns __enter__'s result."""
        return _enter_context(cm, self.addCleanup)

    def doCleanups(self):
        """Runs the cleanups; an error in one is the test's error. True when none failed."""
        result = getattr(self, "_result", None)
        ok = True
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            try:
                function(*args, **kwargs)
            except Exception:
                ok = False
                if result is not None:
                    result.addError(self, sys.exc_info())
                else:
                    raise
        return ok

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        """function(*args, **kwargs) runs after tearDownClass (or a failed setUpClass)."""
        if "_class_cleanups" not in cls.__dict__:
            cls._class_cleanups = []
        cls._class_cleanups.append((function, args, kwargs))

    @classmethod
    def enterClassContext(cls, cm):
        return _enter_context(cm, cls.addClassCleanup)

    @classmethod
    def doClassCleanups(cls):
        cls.tearDown_exceptions = []
        cleanups = cls.__dict__.get("_class_cleanups", [])
        while cleanups:
            function, args, kwargs = cleanups.pop()
            try:
                function(*args, **kwargs)
            except Exception:
                cls.tearDown_exceptions.append(sys.exc_info())

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
        if type(first) is type(second):
            typed = {list: self.assertListEqual, tuple: self.assertTupleEqual,
                     dict: self.assertDictEqual, set: self.assertSetEqual,
                     frozenset: self.assertSetEqual, str: self.assertMultiLineEqual}.get(type(first))
            if typed is not None:
                return typed(first, second, msg)
        if not first == second:
            self._fail(f"{_safe_repr(first)} != {_safe_repr(second)}", msg)

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        """CPython's message, first lines: which element differs or which sequence is longer.
        (CPython then appends an ndiff of the two; eddy has no difflib yet.)"""
        if seq1 == seq2:
            return
        name = (seq_type or type(seq1)).__name__.capitalize() + "s"
        standard = f"{name} differ: {_safe_repr(seq1)} != {_safe_repr(seq2)}"
        len1, len2 = len(seq1), len(seq2)
        for i in range(min(len1, len2)):
            if seq1[i] != seq2[i]:
                standard += f"\n\nFirst differing element {i}:\n{_safe_repr(seq1[i])}\n{_safe_repr(seq2[i])}\n"
                break
        else:
            if len1 > len2:
                standard += (f"\n\nFirst {name[:-1].lower()} contains {len1 - len2} additional elements.\n"
                             f"First extra element {len2}:\n{_safe_repr(seq1[len2])}\n")
            elif len2 > len1:
                standard += (f"\n\nSecond {name[:-1].lower()} contains {len2 - len1} additional elements.\n"
                             f"First extra element {len1}:\n{_safe_repr(seq2[len1])}\n")
        self._fail(standard, msg)

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def assertDictEqual(self, d1, d2, msg=None):
        if d1 != d2:
            self._fail(f"{_safe_repr(d1)} != {_safe_repr(d2)}", msg)

    def assertSetEqual(self, set1, set2, msg=None):
        only1, only2 = set1 - set2, set2 - set1
        if not only1 and not only2:
            return
        lines = []
        if only1:
            lines.append("Items in the first set but not the second:")
            lines += [repr(x) for x in only1]
        if only2:
            lines.append("Items in the second set but not the first:")
            lines += [repr(x) for x in only2]
        self._fail("\n".join(lines), msg)

    def assertMultiLineEqual(self, first, second, msg=None):
        if not isinstance(first, str):
            self._fail(f"First argument is not a string", msg)
        if not isinstance(second, str):
            self._fail(f"Second argument is not a string", msg)
        if first != second:
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

    def subTest(self, msg=None, **params):
        result = getattr(self, "_result", None)
        if result is None:
            return _NullContext()
        return _SubTestContext(self, result, msg, params)

    def defaultTestResult(self):
        return TestResult()

    def countTestCases(self):
        return 1

    def __call__(self, result=None):
        return self.run(result)

    def run(self, result=None):
        if result is None:
            result = self.defaultTestResult()
        result.startTest(self)
        try:
            self._run(result)
        finally:
            self._result = None
            result.stopTest(self)
        return result

    def _run(self, result):
        method = getattr(self, self._testMethodName)
        if getattr(type(self), "__unittest_skip__", False) or getattr(method, "__unittest_skip__", False):
            reason = getattr(method, "__unittest_skip_why__", None) or getattr(type(self), "__unittest_skip_why__", "")
            result.addSkip(self, reason)
            return
        expecting_failure = getattr(method, "__unittest_expecting_failure__", False)
        self._result = result
        self._subtest_failed = False
        passed = False
        if self._run_part(result, self.setUp):
            passed = self._call_test(method, result, expecting_failure)
            passed = self._run_part(result, self.tearDown) and passed
        passed = self.doCleanups() and passed
        if passed and not self._subtest_failed:
            if expecting_failure:
                result.addUnexpectedSuccess(self)
            else:
                result.addSuccess(self)

    def _run_part(self, result, part):
        """setUp or tearDown: True when it returned normally (else reported to result)."""
        try:
            part()
            return True
        except SkipTest as e:
            result.addSkip(self, str(e))
        except Exception:
            result.addError(self, sys.exc_info())
        return False

    def _call_test(self, method, result, expecting_failure):
        """Runs the test method; True when it returned normally."""
        try:
            method()
            return True
        except SkipTest as e:
            result.addSkip(self, str(e))
        except Exception as e:
            info = sys.exc_info()
            if expecting_failure:
                result.addExpectedFailure(self, info)
            elif isinstance(e, self.failureException):
                result.addFailure(self, info)
            else:
                result.addError(self, info)
        return False


def _enter_context(cm, add_cleanup):
    cls = type(cm)
    try:
        enter = cls.__enter__
        exit = cls.__exit__
    except AttributeError:
        raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                        f"not support the context manager protocol") from None
    result = enter(cm)
    add_cleanup(exit, cm, None, None, None)
    return result


class _ErrorHolder:
    """Stands for a class-level step (tearDownClass) in a result's error list."""
    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __str__(self):
        return self.description

    def countTestCases(self):
        return 0


def _tear_down_class(cls, result):
    try:
        cls.tearDownClass()
    finally:
        cls.doClassCleanups()
        name = f"tearDownClass ({cls.__module__}.{cls.__qualname__})"
        for info in cls.tearDown_exceptions:
            result.addError(_ErrorHolder(name), info)


class _NullContext:
    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return False


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

    def run(self, result):
        current_class = None
        for test in self._flat():
            if result.shouldStop:
                break
            if type(test) is not current_class:
                if current_class is not None:
                    _tear_down_class(current_class, result)
                current_class = type(test)
                current_class.setUpClass()
            test.run(result)
        if current_class is not None:
            _tear_down_class(current_class, result)
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

    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False, buffer=False,
                 resultclass=None, warnings=None, *, tb_locals=False):
        self.stream = stream if stream is not None else sys.stderr
        self.descriptions = descriptions
        self.verbosity = verbosity
        if resultclass is not None:
            self.resultclass = resultclass

    def _makeResult(self):
        return self.resultclass(self.stream, self.descriptions, self.verbosity)

    def run(self, test):
        result = self._makeResult()
        started = time.perf_counter()
        result.startTestRun()
        try:
            test(result)
        finally:
            result.stopTestRun()
        elapsed = time.perf_counter() - started
        result.printErrors()
        out = self.stream
        out.write(result.separator2 + "\n")
        run = result.testsRun
        out.write(f"Ran {run} test{'' if run == 1 else 's'} in {elapsed:.3f}s\n\n")
        details = []
        if result.failures:
            details.append(f"failures={len(result.failures)}")
        if result.errors:
            details.append(f"errors={len(result.errors)}")
        if result.skipped:
            details.append(f"skipped={len(result.skipped)}")
        if result.expectedFailures:
            details.append(f"expected failures={len(result.expectedFailures)}")
        if result.unexpectedSuccesses:
            details.append(f"unexpected successes={len(result.unexpectedSuccesses)}")
        verdict = "OK" if result.wasSuccessful() else "FAILED"
        out.write(verdict + (f" ({', '.join(details)})" if details else "") + "\n")
        return result


def main(module="__main__", verbosity=1, exit=True):
    if isinstance(module, str):
        module = sys.modules[module]
    if "-v" in sys.argv[1:]:
        verbosity = 2
    result = TextTestRunner(verbosity=verbosity).run(defaultTestLoader.loadTestsFromModule(module))
    if exit:
        sys.exit(0 if result.wasSuccessful() else 1)
    return result
