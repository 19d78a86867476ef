print("tab:\t|", "newline:\\n", "quote:\"", 'single:\'', "backslash:\\")
print("\x41\x42\x43", "\u00e9\u00e8", "\U0001F600" == "😀", "\101\102", "\0".__len__() if False else len("\0"))
print(r"raw\t\n", R"RAW\x", "no\
continuation")
print("""triple "quotes" inside""", '''and 'single' too''')
print("multi" "part" 'string', "concat" + "enated")
print(len("\n"), len(r"\n"), "\\" == r"\ "[0], repr("\a\b\f\v"))
long_string = ("this is a long string "
               "split across lines")
print(long_string)
