import json
doc = {"name": "eddy", "version": [0, 1], "pi": 3.14159, "ok": True, "none": None,
       "nested": {"b": 2, "a": [1, {"x": "y"}]}, "text": 'quote " backslash \\ tab\t', "uni": "café 日本 😀",
       "empty": {}, "list": [], 5: "int key", 1.5: "float key", False: "bool key"}
print(json.dumps(doc))
print(json.dumps(doc, sort_keys=False, indent=2))
print(json.dumps({"b": 1, "a": [1, 2]}, sort_keys=True, indent="\t"))
print(json.dumps([1, 2], separators=(",", ":")), json.dumps("é", ensure_ascii=False), json.dumps((1, "two")))
print(json.dumps(float("nan")), json.dumps(-float("inf")), json.dumps(1e100), json.dumps(10 ** 30), json.dumps("\x01\x7f"))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(json.dumps(Point(1, 2), default=lambda p: {"x": p.x, "y": p.y}))
try:
    json.dumps(Point(1, 2))
except TypeError as e:
    print("TypeError:", e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError:", e)
text = '{"a": [1, 2.5, -3e2, true, false, null], "s": "line\\nbreak \\u00e9 \\ud83d\\ude00", "o": {}}'
value = json.loads(text)
print(value, value["s"])
print(json.loads("  42 "), json.loads('"x"'), json.loads("[]"), json.loads("-0.5"), json.loads("NaN") != json.loads("NaN"))
print(json.loads(json.dumps(doc, sort_keys=True)) == json.loads(json.dumps(doc)))
for bad in ["", "[1, 2", '{"a" 1}', "{a: 1}", "[1,]", '"unterminated', "1 2", "tru", '{"a": 1,}']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, isinstance(e, ValueError))
