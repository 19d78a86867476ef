print("pkg init")
VERSION = "1.0"
from .helpers import double
