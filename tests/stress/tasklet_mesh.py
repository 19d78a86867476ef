# eddy-test: max-rss-mb 400
# 100,000 tasklets in a random mesh of channels, with random kills: every message is delivered
# at most once, every completed send was received, and nothing leaks (the tracked object count
# returns to where it started).
import gc
import random
import stackless

random.seed(2024)
N = 100_000
NCH = 2_000
gc.collect()
start = len(gc.get_objects())

channels = [stackless.channel() for _ in range(NCH)]
for i, ch in enumerate(channels):
    ch.preference = (-1, 0, 1)[i % 3]
received = {}
completed = set()
killed_in_finally = [0]


def sender(msg, ch):
    try:
        if msg % 7 == 0:
            stackless.schedule()
        ch.send(msg)
        completed.add(msg)
    except TaskletExit:
        killed_in_finally[0] += 1
        raise


def receiver(ch):
    msg = ch.receive()
    received[msg] = received.get(msg, 0) + 1


tasklets = []
for i in range(N // 2):
    ch = channels[random.randrange(NCH)]
    tasklets.append(stackless.tasklet(sender)(i, ch))
    tasklets.append(stackless.tasklet(receiver)(channels[random.randrange(NCH)]))
random.shuffle(tasklets)

# Run in slices, killing random tasklets (runnable, blocked or not yet started) in between.
kills = 0
for round_ in range(20):
    for _ in range(300):
        t = tasklets[random.randrange(len(tasklets))]
        if t.alive:
            t.kill()
            kills += 1
    for _ in range(5):
        stackless.schedule()
stackless.run()
# What is left is blocked (its partners were killed or sat on other channels): kill it.
left = [t for t in tasklets if t.alive]
for t in left:
    t.kill()
print("killed", kills > 500, "left blocked", len(left) > 0)
print("at most once", all(n == 1 for n in received.values()))
print("completed were received", completed <= set(received))
print("received were sent", set(received) <= set(range(N // 2)))
print("balances zero", all(ch.balance == 0 for ch in channels))
print("alive", sum(t.alive for t in tasklets), "runcount", stackless.getruncount())
print("killed sends ran their handler", killed_in_finally[0] > 0)
del tasklets, left, t, channels, ch
received.clear()
completed.clear()
gc.collect()
end = len(gc.get_objects())
print("no leaks", end - start <= 10, end - start if end - start > 10 else "")
