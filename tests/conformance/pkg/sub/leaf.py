from .. import helpers
from ..helpers import public
def quad(x):
    return helpers.double(helpers.double(x))
value = public * 10
