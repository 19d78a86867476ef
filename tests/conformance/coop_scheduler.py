# A cooperative scheduler built from generators (round robin, sleeping, message passing).
from collections import deque
class Scheduler:
    def __init__(self):
        self.ready = deque()
        self.clock = 0
        self.sleeping = []
        self.mailboxes = {}
        self.log = []
    def spawn(self, name, gen):
        self.ready.append((name, gen, None))
        self.mailboxes.setdefault(name, deque())
    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                self.sleeping.sort(key=lambda s: (s[0], s[1]))
                wake, name, gen = self.sleeping.pop(0)
                self.clock = wake
                self.ready.append((name, gen, None))
                continue
            name, gen, value = self.ready.popleft()
            try:
                op = gen.send(value)
            except StopIteration as e:
                self.log.append(f"{self.clock}: {name} done -> {e.value}")
                continue
            kind = op[0]
            if kind == "sleep":
                self.sleeping.append((self.clock + op[1], name, gen))
            elif kind == "send":
                self.mailboxes[op[1]].append((name, op[2]))
                self.ready.append((name, gen, True))
            elif kind == "recv":
                box = self.mailboxes[name]
                if box:
                    self.ready.append((name, gen, box.popleft()))
                else:
                    self.ready.append((name, gen, None))
            else:
                self.ready.append((name, gen, None))
def worker(n, steps):
    total = 0
    for i in range(steps):
        total += i * n
        yield ("sleep", n)
    return total
def ping():
    for i in range(3):
        yield ("send", "pong", i)
        msg = None
        while msg is None:
            msg = yield ("recv",)
    return "ping finished"
def pong():
    got = []
    while len(got) < 3:
        msg = yield ("recv",)
        if msg is not None:
            got.append(msg[1])
            yield ("send", "ping", msg[1] * 10)
    return got
s = Scheduler()
s.spawn("w1", worker(1, 3)); s.spawn("w2", worker(2, 2)); s.spawn("ping", ping()); s.spawn("pong", pong())
s.run()
print("\n".join(s.log)); print("clock", s.clock)
