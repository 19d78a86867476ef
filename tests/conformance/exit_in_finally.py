import sys
try:
    print("body")
    sys.exit(5)
finally:
    print("finally still runs")
