# string: constants, capwords, Template, Formatter.
import string
from string import Template
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), string.punctuation, len(string.printable))
print(string.capwords("hello   wide world"), string.capwords("a-b-c", "-"))
t = Template("$who likes ${what}, costs $$5")
print(t.substitute(who="tim", what="kung pao"), t.substitute({"who": "a", "what": "b"}))
print(Template("$a and $b").safe_substitute(a=1))
try: Template("$a").substitute()
except KeyError as e: print("KeyError", e)
try: Template("cost: $ 5").substitute()
except ValueError as e: print(e)
print(t.get_identifiers(), Template("x $1").is_valid())
f = string.Formatter()
print(f.format("{0} + {1} = {total:>5}", 1, 2, total=3), f.format("{} {}", "a", "b"), f.format("{x!r}", x="q"))
print(list(f.parse("a{b}c{d:>3}")))
