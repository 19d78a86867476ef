import sys
print(sys.argv[0].endswith("argv_and_path.py"), len(sys.argv))
print(isinstance(sys.path, list), len(sys.path) >= 2)
