import unittest


class TestMixed(unittest.TestCase):
    def test_passes(self):
        print("passing test ran")
        self.assertEqual(sorted([3, 1, 2]), [1, 2, 3])

    def test_fails(self):
        print("failing test ran")
        self.assertEqual({"a": 1}, {"a": 2})

    def test_errors(self):
        print("erroring test ran")
        {}["missing"]


unittest.main()
