import unittest

class Asserts(unittest.TestCase):
    def test_equal_fail(self):
        self.assertEqual([1, 2], [1, 3])
    def test_true(self):
        self.assertTrue(0, "zero is falsy")
    def test_in(self):
        self.assertIn(3, [1, 2])
    def test_is_none(self):
        self.assertIsNone(5)
    def test_raises_wrong(self):
        with self.assertRaises(KeyError):
            raise ValueError("nope")
    def test_raises_none(self):
        with self.assertRaises(KeyError):
            pass
    def test_almost(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertAlmostEqual(1.0, 1.1)
    def test_ok(self):
        self.assertGreater(2, 1)
        self.assertLessEqual(1, 1)
        self.assertIsInstance("s", str)
        self.assertNotIn(1, [])
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
        with self.assertRaisesRegex(ValueError, "invalid literal"):
            int("x")
        self.assertRaises(ZeroDivisionError, lambda: 1 / 0)
    def test_error(self):
        {}["missing"]
    @unittest.expectedFailure
    def test_expected(self):
        self.assertEqual(1, 2)
    def test_subtest(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertNotEqual(i, 1)
    def test_dict_diff(self):
        self.assertEqual({"a": 1}, {"a": 2})
    def test_str_diff(self):
        self.assertEqual("hello", "help")
    def test_multi_line(self):
        self.assertMultiLineEqual("a\nb\n", "a\nc\n")

class Recorder(unittest.TestResult):
    def startTest(self, test):
        super().startTest(test)
        print("start", test.id())

    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        print("  subtest", subtest, "failed" if err else "passed")

    def addSuccess(self, test):
        print("  success", test)


if __name__ == "__main__":
    import sys
    suite = unittest.TestLoader().loadTestsFromTestCase(Asserts)
    result = unittest.TextTestRunner(verbosity=2).run(suite)  # the report goes to stderr
    print(result.wasSuccessful(), len(result.failures), len(result.errors), result.testsRun,
          len(result.expectedFailures), len(result.skipped))
    for kind, entries in (("ERROR", result.errors), ("FAIL", result.failures)):
        for test, tb in entries:
            lines = tb.splitlines()
            start = next(i for i, l in enumerate(lines) if not l.startswith(" ") and not l.startswith("Traceback"))
            print(kind, test.id(), "|", lines[0], "|", lines[start], "| frames:", sum(l.startswith("  File") for l in lines))
    recorder = Recorder()
    unittest.TestLoader().loadTestsFromTestCase(Asserts).run(recorder)
    print(recorder.testsRun, len(recorder.failures), recorder)
