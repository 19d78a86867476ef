import json
from collections import OrderedDict


class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y


class VecEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Vec):
            return {"__vec__": [o.x, o.y]}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


def as_vec(d):
    if "__vec__" in d:
        return Vec(*d["__vec__"])
    return d


text = json.dumps({"pos": Vec(1, 2), "tags": {"b", "a"}, "n": [Vec(3, 4)]}, cls=VecEncoder)
print(text)
back = json.loads(text, object_hook=as_vec)
print(type(back["pos"]).__name__, back["pos"].x, back["n"][0].y, back["tags"])
print(json.dumps(Vec(5, 6), default=lambda o: o.__dict__, sort_keys=True))
try:
    json.dumps({"v": Vec(0, 0)})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps(object(), cls=VecEncoder)
except TypeError as e:
    print("TypeError:", e)
print(json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=list))
print(json.loads('{"z": 1, "y": 2}', object_pairs_hook=OrderedDict))
print(json.loads("[1.5, 2, 3e2]", parse_float=lambda s: "F" + s, parse_int=lambda s: int(s) * 10))
print(json.loads("[NaN, Infinity]", parse_constant=lambda c: c.lower()))
print(json.loads(b'{"bytes": true}'), json.loads(bytearray(b"[null]")))
enc = json.JSONEncoder(indent=2, sort_keys=True)
print(enc.encode({"b": [1, {"c": None}], "a": "x"}))
print(json.JSONEncoder(separators=(",", ":")).encode([1, {"k": "v"}]))
print("".join(json.JSONEncoder().iterencode({"it": [1, 2]})))
dec = json.JSONDecoder()
print(dec.decode(' {"a": [1, 2]} '), dec.raw_decode('[1, 2] trailing'))
try:
    json.loads('{"a": 1,}')
except json.JSONDecodeError as e:
    print(type(e).__module__, type(e).__name__, e.msg, e.pos, e.lineno, e.colno)
try:
    json.loads('"ctl\x01"')
except ValueError as e:
    print(e)
print(json.loads('"ctl\x01"', strict=False) == "ctl\x01")
d = {}
d["self"] = d
try:
    json.dumps(d)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps([1, 2], check_circular=False), json.dumps("é", ensure_ascii=False), json.dumps("é"))
print(issubclass(json.JSONDecodeError, ValueError), json.decoder.JSONDecodeError is json.JSONDecodeError)
