import unittest


def parse_point(text):
    x, y = text.split(",")
    return int(x), int(y)


class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        if not self.items:
            raise IndexError("pop from empty stack")
        return self.items.pop()


class TestParse(unittest.TestCase):
    def test_basic(self):
        self.assertEqual(parse_point("1,2"), (1, 2))

    def test_negative(self):
        self.assertEqual(parse_point("-3,4"), (-3, 4))

    def test_bad_input(self):
        with self.assertRaises(ValueError):
            parse_point("a,b")
        self.assertRaises(ValueError, parse_point, "1,2,3")

    def test_types(self):
        x, y = parse_point("5,6")
        self.assertIsInstance(x, int)
        self.assertTrue(x < y)
        self.assertFalse(x > y)
        self.assertIn(5, (x, y))
        self.assertAlmostEqual(0.1 + 0.2, 0.3)


class TestStack(unittest.TestCase):
    def setUp(self):
        self.stack = Stack()
        self.stack.push(1)

    def tearDown(self):
        print("tearDown with", self.stack.items)

    def test_push_pop(self):
        self.stack.push(2)
        self.assertEqual(self.stack.pop(), 2)
        self.assertEqual(self.stack.items, [1])

    def test_empty(self):
        self.stack.pop()
        with self.assertRaises(IndexError) as cm:
            self.stack.pop()
        self.assertEqual(str(cm.exception), "pop from empty stack")

    @unittest.skip("demonstrating skips")
    def test_skipped(self):
        self.fail("never runs")

    @unittest.skipIf(1 + 1 == 2, "math works")
    def test_skip_if(self):
        self.fail("never runs")

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertEqual(1, 2)


if __name__ == "__main__":
    unittest.main()
