print("helpers loaded", __name__)
def double(x):
    return x * 2
_private = 1
public = 2
