n = 200000
squares = [i * i for i in range(n)]
print(len(squares), squares[-1], sum(squares) % 1000003)
lookup = {i: str(i) for i in range(n)}
print(len(lookup), lookup[12345], sum(len(v) for v in lookup.values()))
uniq = set(i % 1000 for i in range(n))
print(len(uniq), min(uniq), max(uniq))
text = "x" * 100000
print(len(text + text), text.count("x"), len(text.replace("x", "yy")))
nested = [[j for j in range(i % 10)] for i in range(10000)]
print(sum(len(l) for l in nested), max(map(len, nested)))
chunks = [squares[i:i + 1000] for i in range(0, n, 1000)]
print(len(chunks), len(chunks[-1]), chunks[3][0])
