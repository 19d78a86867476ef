def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)

g = averager()
next(g)
for v in [10, 20, 30]:
    print(g.send(v))
try:
    g.send(None)
except StopIteration as e:
    print("done", e.value)

def echo():
    received = []
    try:
        while True:
            try:
                x = yield len(received)
                received.append(x)
            except ValueError as e:
                print("recovered from", e)
    finally:
        print("echo closed with", received)

e = echo()
print(next(e), e.send("a"), e.throw(ValueError("bad")), e.send("b"))
e.close()
print(e.gi_frame is None)

def counter(n):
    i = 0
    while i < n:
        cmd = yield i
        if cmd == "reset":
            i = 0
        else:
            i += 1
c = counter(5)
print([next(c), next(c), c.send("reset"), next(c), next(c)])

g2 = (x * x for x in range(4))
print(next(g2), list(g2), list(g2))
try:
    averager().send(5)
except TypeError as e:
    print("TypeError:", e)

def gen_return():
    yield 1
    return "ret"
def delegator():
    r = yield from gen_return()
    print("delegate got", r)
    yield r
print(list(delegator()))

def running():
    yield gen.gi_running
gen = running()
print(next(gen), gen.gi_running)

def infinite():
    n = 0
    while True:
        yield n
        n += 1
import itertools
print(list(itertools.islice(infinite(), 3, 8)), next(x for x in infinite() if x > 10))

def catch_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g3 = catch_exit(); next(g3)
try:
    g3.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def stop_inside():
    yield 1
    raise StopIteration("inner")
try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

