import random
random.seed(5)
for trial in range(200):
    d = {random.randint(0, 300): i for i in range(random.randint(0, 30))}
    e = {random.randint(0, 300): i for i in range(random.randint(0, 30))}
    s = set(random.sample(range(300), random.randint(0, 30)))
    l = random.sample(range(300), random.randint(0, 30))
    print(d.keys() | e.keys(), d.keys() & e.keys(), d.keys() - e.keys(), d.keys() ^ e.keys())
    print(d.keys() | s, s | d.keys(), d.keys() & s, s & d.keys(), d.keys() - s, s - d.keys(), d.keys() ^ s, s ^ d.keys())
    print(d.keys() | l, d.keys() & l, d.keys() - l, d.keys() ^ l)
    print(d.items() & e.items(), d.items() - {(1, 2)})
