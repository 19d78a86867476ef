class A:
    def __init__(self, x):
        self.x = x
    def m(self):
        return self.x
try:
    A()
except TypeError as e:
    print("TypeError:", e)
try:
    A(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    A(1).missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    A.m()
except TypeError as e:
    print("TypeError:", e)
class B:
    pass
try:
    B(1)
except TypeError as e:
    print("TypeError:", e)
class C:
    def __init__(self):
        return 5
try:
    C()
except TypeError as e:
    print("TypeError:", e)
try:
    A(1) < A(2)
except TypeError as e:
    print("TypeError:", e)
try:
    A(1) + A(2)
except TypeError as e:
    print("TypeError:", e)
try:
    len(A(1))
except TypeError as e:
    print("TypeError:", e)
try:
    A(1)[0]
except TypeError as e:
    print("TypeError:", e)
try:
    A(1)()
except TypeError as e:
    print("TypeError:", e)
try:
    for _ in A(1):
        pass
except TypeError as e:
    print("TypeError:", e)
class Eq:
    def __eq__(self, o):
        return True
try:
    hash(Eq())
except TypeError as e:
    print("TypeError:", e)
print(Eq() == 1, Eq() != 1, A(1) == A(1))
