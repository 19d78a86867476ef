def make():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    def total():
        return sum(items)
    return add, total
add, total = make()
add(3); add(4)
print(total())
def shadowing():
    len = lambda x: -1
    return len([1, 2, 3])
print(shadowing(), len([1, 2, 3]))
def builtin_override():
    result = []
    for print_ in range(2):
        result.append(print_)
    return result
print(builtin_override())
max = lambda *a: "shadowed max"
print(max(1, 2))
del max
print(max(1, 2))
