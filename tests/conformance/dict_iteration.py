scores = {"ann": 91, "bob": 78, "cid": 85}
for name in scores:
    print(name, scores[name])
for name, score in scores.items():
    print(f"{name:>5}: {score}")
print(list(scores.values()), sum(scores.values()), max(scores.values()))
print({k: v for k, v in scores.items() if v > 80})
print(sorted(scores.items(), key=lambda kv: kv[1]))
scores["bob"] = 99
scores["dan"] = 60
del scores["ann"]
print(list(scores.items()))
keys = scores.keys()
scores["eve"] = 70
print(len(keys), list(keys), "eve" in keys)
print(dict(sorted(scores.items())), dict(reversed(list(scores.items()))))
