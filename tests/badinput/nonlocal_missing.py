def f():
    nonlocal z
