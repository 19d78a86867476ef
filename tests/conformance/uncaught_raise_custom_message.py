print("start")
raise ValueError("bad value: 42")
