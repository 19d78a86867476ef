import sys
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(50)
def count(n):
    return n if n == 0 else count(n - 1)
try:
    count(100)
except RecursionError:
    print("limit 50 hit")
print(count(10))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
