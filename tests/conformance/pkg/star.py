__all__ = ["exported"]
exported = "yes"
hidden = "no"
