people = [{"name": "ann", "age": 31, "team": "red"}, {"name": "bob", "age": 25, "team": "blue"},
          {"name": "cid", "age": 31, "team": "blue"}, {"name": "dee", "age": 22, "team": "red"}]
print([p["name"] for p in sorted(people, key=lambda p: p["age"])])
print([p["name"] for p in sorted(people, key=lambda p: (p["team"], -p["age"]))])
by_team = {}
for p in people:
    by_team.setdefault(p["team"], []).append(p["name"])
print(by_team, {t: len(n) for t, n in by_team.items()})
oldest = max(people, key=lambda p: (p["age"], p["name"]))
print(oldest["name"], min(people, key=lambda p: p["age"])["name"])
ages = list(map(lambda p: p["age"], people))
print(ages, sum(ages) / len(ages), sorted(set(ages), reverse=True))
