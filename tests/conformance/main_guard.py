import sys
def main(argv):
    print("main called with", len(argv), "args")
    return 0
if __name__ == "__main__":
    print(__name__)
    status = main(sys.argv)
    print("status", status)
print(type(__name__).__name__, __name__ != "", "__file__" in dir())
