import random
from collections import deque
random.seed(2024)
class Customer:
    def __init__(self, cid, arrival, service):
        self.cid, self.arrival, self.service = cid, arrival, service
        self.start = self.end = None
class Teller:
    def __init__(self, name):
        self.name, self.busy_until, self.served = name, 0, []
def simulate(n_customers, n_tellers):
    customers = []
    t = 0
    for i in range(n_customers):
        t += random.randint(0, 4)
        customers.append(Customer(i, t, random.randint(2, 9)))
    tellers = [Teller(f"T{i}") for i in range(n_tellers)]
    waiting = deque()
    pending = deque(customers)
    clock = 0
    while pending or waiting or any(tl.busy_until > clock for tl in tellers):
        while pending and pending[0].arrival <= clock:
            waiting.append(pending.popleft())
        for tl in tellers:
            if tl.busy_until <= clock and waiting:
                c = waiting.popleft()
                c.start, c.end = clock, clock + c.service
                tl.busy_until = c.end
                tl.served.append(c.cid)
        clock += 1
    waits = [c.start - c.arrival for c in customers]
    return clock, sum(waits) / len(waits), max(waits), [(tl.name, len(tl.served)) for tl in tellers]
for tellers in (1, 2, 3):
    end, avg, worst, load = simulate(40, tellers)
    print(tellers, end, f"{avg:.2f}", worst, load)
