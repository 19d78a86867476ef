import random
random.seed(42)
print([random.random() for _ in range(3)])
print([random.randint(1, 6) for _ in range(10)], random.randrange(100), random.randrange(10, 20, 3))
print(random.getrandbits(8), random.getrandbits(40), random.getrandbits(100))
deck = list(range(10))
random.shuffle(deck)
print(deck, random.choice("abcdef"), random.sample(range(100), 5), random.sample("abcdefgh", 3))
print(round(random.uniform(1, 2), 12), random.choices("abc", k=4), random.choices("xy", weights=[1, 3], k=5))
random.seed(0)
a = [random.random() for _ in range(2)]
random.seed(0)
print(a == [random.random() for _ in range(2)], a)
r = random.Random(2 ** 70 + 12345)
print(r.random(), r.randint(0, 10 ** 20), random.Random(-7).random() == random.Random(7).random())
try:
    random.randrange(0)
except ValueError as e:
    print("ValueError:", e)
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
big = random.Random(1)
print(sum(big.randint(1, 100) for _ in range(2000)))
