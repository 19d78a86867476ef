print(["a", 'b"c', "d'e", "f\ng", "\\"], ("x",), {"k": ["v", ("w",)]})
print([[], [[]], [[], []]], {(): set()}, [{}], [frozenset()], [range(3)], [None, True, 1.0])
print({1: {2: {3: {}}}}, [[1, [2, [3, [4]]]]], ((((1,),),),))
print([1.5, -0.0, 1e300, float("inf")], {"nan": float("nan")}, [2 ** 70])
print(str(["é", "日本"]), repr("日本"), ["\t", "\x00"], [b for b in ["é"]])
nested = {"list": [1, 2], "tuple": (3, 4), "set": {5}, "dict": {"six": 6}, "str": "seven"}
print(nested)
print(list(nested.items())[:2], list(nested.keys()))
