records = [("bob", 25, "NY"), ("alice", 30, "LA"), ("carol", 25, "SF"), ("dave", 30, "NY"), ("eve", 22, "LA")]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: (r[2], -r[1])))
print(sorted(records, key=lambda r: r[1], reverse=True))
by_city = sorted(records, key=lambda r: r[2])
print(sorted(by_city, key=lambda r: r[1]))
import operator
print(sorted(records, key=operator.itemgetter(2, 0)))
words = "The quick Brown fox Jumps over the lazy Dog".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w.lower())))
nums = [3, -1, 4, -1, 5, -9, 2, 6]
nums.sort(key=abs)
print(nums)
nums.sort(reverse=True)
print(nums)
print(sorted("hello"), sorted({3: "a", 1: "b"}), sorted({5, 1, 3}), sorted((2, 1)))
class Card:
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit
    def __lt__(self, other):
        return self.rank < other.rank
    def __repr__(self):
        return f"{self.rank}{self.suit}"
cards = [Card(5, "h"), Card(2, "s"), Card(5, "d"), Card(2, "c"), Card(9, "h")]
print(sorted(cards), max(cards), min(cards))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    [3, None].sort()
except TypeError as e:
    print("TypeError:", e)
from functools import cmp_to_key
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([5, 2, 8], key=cmp_to_key(lambda a, b: cmp(b, a))))
print(sorted([[2, 1], [1, 2], [1, 1, 1], [2]]))
print(sorted([(1, "b"), (1, "a"), (0, "z")]))
print(sorted([1.5, 1, True, 0.5, False]))
data = list(range(20))
import random
random.seed(3)
random.shuffle(data)
print(data, sorted(data) == list(range(20)))
l = [5, 3, 1]
print(l.sort(), l)
print(list(reversed(sorted(records)))[0])
