# json: round trips, formatting options, unicode, errors.
import json
data = {"name": "Zoë", "tags": ["a", "b"], "n": 3, "pi": 3.14159, "ok": True, "none": None, "nested": {"x": [1, {"y": []}]}}
s = json.dumps(data); print(s); print(json.loads(s) == data)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, separators=(",", ":"), ensure_ascii=False))
print(json.dumps([1, 2.0, 1e20, -0.5, 10**20, "q\"uote", "tab\t", "\u2603"]))
print(json.loads('[1, 2.5, "x", true, false, null, {"a": {}}]'), json.loads('"\\u00e9\\n"'), json.loads(" 42 "))
for bad in ['{"a": 1,}', "[1, 2", "{'a': 1}", "", "nul", '{"a" 1}']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(type(e).__name__, e)
try: json.dumps({1, 2})
except TypeError as e: print(e)
print(json.dumps({1: "int key", True: "bool"}), json.dumps("é"), json.dumps(float("inf")) if False else "")
class Pt:
    def __init__(self): self.x, self.y = 1, 2
print(json.dumps(Pt(), default=lambda o: o.__dict__), json.dumps([], indent=4), json.dumps({}, indent=4))
