# Past the recursion limit: RecursionError, which a script can catch; never a crash.
import sys
sys.setrecursionlimit(5000)

def forever(n):
    return forever(n + 1)

for attempt in range(3):
    try:
        forever(0)
    except RecursionError as e:
        print(attempt, type(e).__name__, e)
print("still running")
