# random.seed with str, int and float seeds draws CPython's numbers.
import random
for seed in ["hello", "", "ünï", "a" * 300, 42, 3.5]:
    random.seed(seed)
    print(repr(seed)[:20], random.random(), random.randint(1, 100), random.choice("abcdef"))
r = random.Random("game-level-7"); print([r.randrange(10) for _ in range(8)])
try: random.seed([1])
except TypeError as e: print(e)
