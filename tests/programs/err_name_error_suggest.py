# NameError for a misspelled name (CPython adds a suggestion in the traceback line).
values = [1, 2, 3]
print(sum(values))
print(sum(valeus))
