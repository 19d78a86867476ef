names = ["bob", "Alice", "carol", "Dave", "eve", "alice"]
print(sorted(names), sorted(names, key=str.lower), sorted(names, key=lambda s: (len(s), s)))
print(min(names), max(names), "alice" == "Alice", "alice".lower() == "Alice".lower())
print("abc" < "abcd", "abd" > "abc", "" < "a", "Z" < "a", "10" < "2", "a" * 3 == "aaa")
print(["b", "a"] < ["b", "b"], ("a", 2) < ("a", 10), "hello" in ["hello", "world"])
