import pkg.circ_a
b_value = "B"
