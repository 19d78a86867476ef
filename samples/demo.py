# eddy demo: the Python 3 subset that eddy runs today, on its stackless dispatcher, with tasklets.
import sys
import time

print(sys.version.split("(")[1].rstrip(")"), "- a Stackless-style Python 3 VM")
print()

# -- Values: arbitrary-precision ints, floats, text by code point ------------------------------
print("2 ** 200 =", 2 ** 200)
def factorial(n):
    return 1 if n < 2 else n * factorial(n - 1)
print("factorial(30) =", factorial(30))
print("0.1 + 0.2 =", 0.1 + 0.2, "| round(2.675, 2) =", round(2.675, 2))
word = "naïve café"
print(f"{word!r} has {len(word)} code points; upper: {word.upper()}; reversed: {word[::-1]}")
print()

# -- Data structures and comprehensions --------------------------------------------------------
inventory = {"ships": 12, "stations": 3, "drones": 140}
inventory["drones"] -= 40
print("inventory:", inventory)
print("sorted by count:", sorted(inventory.items(), key=lambda kv: kv[1]))
squares = {n: n * n for n in range(1, 6)}
evens = [n for n in range(20) if n % 2 == 0]
print("squares:", squares, "| evens:", evens, "| unique letters:", sorted(set("mississippi")))
first, *middle, last = range(6)
print(f"unpacking: first={first} middle={middle} last={last}")
print()

# -- Functions, closures, keyword arguments ----------------------------------------------------
def make_counter(start=0, *, step=1):
    count = start
    def tick():
        nonlocal count
        count += step
        return count
    return tick

tick = make_counter(10, step=5)
print("counter:", tick(), tick(), tick())

def describe(*args, **kwargs):
    return f"{len(args)} positional, keywords {sorted(kwargs)}"
print("describe:", describe(1, 2, 3, fleet="red", size=4))
print()

# -- Exceptions, with CPython's messages --------------------------------------------------------
for bad in ("int('forty-two')", "[1, 2, 3][10]", "{'a': 1}['b']", "1 / 0"):
    try:
        eval_table = {"int('forty-two')": lambda: int("forty-two"),
                      "[1, 2, 3][10]": lambda: [1, 2, 3][10],
                      "{'a': 1}['b']": lambda: {"a": 1}["b"],
                      "1 / 0": lambda: 1 / 0}
        eval_table[bad]()
    except Exception as e:
        print(f"{bad:>18} -> {type(e).__name__}: {e}")
print()

# -- The stackless dispatcher: script recursion lives on the heap ------------------------------
sys.setrecursionlimit(300_000)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
start = time.perf_counter()
print("recursed", depth(200_000), "frames deep without touching the C stack",
      f"({(time.perf_counter() - start) * 1000:.0f} ms)")

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
start = time.perf_counter()
result = fib(25)
print(f"fib(25) = {result} in {(time.perf_counter() - start) * 1000:.0f} ms")
print()

# -- Tasklets and channels: Stackless Python's `stackless` module ------------------------------
import stackless

radio = stackless.channel()


def ship(name, reports):
    for i in range(reports):
        radio.send(f"{name}: report {i + 1}")
        stackless.schedule()  # let the others talk
    radio.send(f"{name}: out")


def control_tower(expected_outs):
    outs = 0
    while outs < expected_outs:
        message = radio.receive()
        print("  tower <-", message)
        outs += message.endswith("out")


for name, reports in (("Raven", 2), ("Heron", 1)):
    stackless.tasklet(ship)(name, reports)
stackless.tasklet(control_tower)(2)
stackless.run()

fleet_channel = stackless.channel()
for i in range(100_000):
    stackless.tasklet(fleet_channel.receive)()
start = time.perf_counter()
stackless.run()  # every tasklet starts and blocks on the channel
print(f"100,000 tasklets blocked on one channel ({fleet_channel.balance}) in "
      f"{(time.perf_counter() - start) * 1000:.0f} ms")
fleet_channel.send_sequence(range(100_000))  # wake them all, one value each
stackless.run()
print("balance after sending to all of them:", fleet_channel.balance)
