print("using exit()")
exit(7)
