print("ok")
Ã
