class Animal:
    kingdom = "animalia"
    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound
    def speak(self):
        return f"{self.name} says {self.sound}"
    def rename(self, new):
        old, self.name = self.name, new
        return old
class Dog(Animal):
    def __init__(self, name):
        super().__init__(name, "woof")
        self.tricks = []
    def add_trick(self, trick):
        self.tricks.append(trick)
        return self
    def speak(self):
        return super().speak() + "!"
class Puppy(Dog):
    def speak(self):
        return "small " + super().speak()
a = Animal("generic")
d = Dog("rex").add_trick("sit").add_trick("roll")
p = Puppy("bit")
for x in (a, d, p):
    print(x.speak(), x.kingdom, type(x).__name__)
print(d.tricks, d.rename("max"), d.name, Dog.kingdom, Puppy.__mro__)
print(isinstance(p, Animal), isinstance(a, Dog), issubclass(Puppy, Animal), issubclass(Animal, Dog))
Animal.kingdom = "changed"
print(p.kingdom, a.kingdom)
p.kingdom = "own"
print(p.kingdom, Puppy.kingdom, "kingdom" in p.__dict__)
method = d.speak
print(method(), Dog.speak(d), method.__self__ is d, method.__func__ is Dog.speak)
print(sorted(k for k in d.__dict__), Dog.__name__, Dog.__qualname__, Dog.__module__)
