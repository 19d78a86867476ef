# Loading and validating a JSON configuration: defaults, nested merge, type checks, re-dump.
import json
DEFAULTS = {"window": {"width": 800, "height": 600, "fullscreen": False}, "volume": 0.8, "keys": {"up": "w", "down": "s"}}
user = json.loads('{"window": {"width": 1280, "fullscreen": true}, "volume": 1.5, "keys": {"up": "k"}, "extra": [1, 2]}')
def merge(base, over):
    out = dict(base)
    for k, v in over.items():
        out[k] = merge(base[k], v) if isinstance(v, dict) and isinstance(base.get(k), dict) else v
    return out
cfg = merge(DEFAULTS, user)
problems = []
if not 0 <= cfg["volume"] <= 1: problems.append(f"volume {cfg['volume']} out of range"); cfg["volume"] = min(1.0, max(0.0, cfg["volume"]))
for k in cfg:
    if k not in DEFAULTS: problems.append(f"unknown key {k!r}")
print(problems)
print(json.dumps(cfg, indent=2, sort_keys=True))
print(json.dumps(cfg["keys"]), cfg["window"]["height"], json.loads(json.dumps(cfg)) == cfg)
