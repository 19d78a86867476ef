print("before import")
import helpers.broken
print("never")
