import pkg.circ_b
a_value = "A"
def use_b():
    return pkg.circ_b.b_value
