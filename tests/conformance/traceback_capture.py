# Capturing errors for logs: traceback.format_exception_only, exception chains as text, repr of errors.
import traceback
def risky(n):
    if n == 0: raise ZeroDivisionError("no zero")
    if n == 1: raise KeyError("missing")
    if n == 2: raise ValueError(f"bad value {n}")
    return 10 / n
log = []
for n in range(4):
    try:
        log.append(("ok", risky(n)))
    except Exception as e:
        log.append(("err", "".join(traceback.format_exception_only(type(e), e)).strip()))
print(log)
try:
    try: risky(0)
    except ZeroDivisionError as e: raise RuntimeError("wrapped") from e
except RuntimeError as e:
    lines = traceback.format_exception(type(e), e, e.__traceback__)
    print(lines[-1].strip(), any("direct cause" in l for l in lines), lines[0].strip())
print(repr(ValueError("a", 1)), str(KeyError("k")), repr(StopIteration()))
