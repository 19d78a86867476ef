# unittest: assertions, subTest-free loops, assertRaises context, skip decorators, results summary on stdout.
import unittest, io, sys
class T(unittest.TestCase):
    def setUp(self): self.data = [3, 1, 2]
    def test_sort(self): self.assertEqual(sorted(self.data), [1, 2, 3])
    def test_truth(self):
        self.assertTrue(self.data); self.assertFalse([]); self.assertIsNone(None); self.assertIsNotNone(0)
        self.assertIn(1, self.data); self.assertNotIn(9, self.data); self.assertIs(self, self); self.assertIsInstance(1, int)
    def test_numbers(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3); self.assertGreater(2, 1); self.assertLessEqual(1, 1); self.assertNotEqual(1, 2)
    def test_raises(self):
        with self.assertRaises(ZeroDivisionError): 1 / 0
        with self.assertRaisesRegex(ValueError, "invalid literal"): int("x")
        self.assertRaises(KeyError, {}.__getitem__, "k")
    def test_fail(self): self.assertEqual([1, 2], [1, 3])
    def test_error(self): raise RuntimeError("boom")
    @unittest.skip("not today")
    def test_skipped(self): pass
    @unittest.expectedFailure
    def test_expected(self): self.assertEqual(1, 2)
suite = unittest.TestLoader().loadTestsFromTestCase(T)
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=0).run(suite)
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped), len(result.expectedFailures), result.wasSuccessful())
print(sorted(t.id().split(".")[-1] for t, _ in result.failures + result.errors))
