import sys
try:
    import helpers.broken
except ZeroDivisionError as e:
    print("import failed:", e)
print("helpers.broken" in sys.modules)
try:
    import helpers.bad_syntax
except SyntaxError as e:
    print("SyntaxError in import:", e.msg, e.lineno)
