# ValueError from unpacking the wrong number of values in a loop.
pairs = [("a", 1), ("b", 2), ("c", 3, "extra")]
for name, value in pairs:
    print(name, value)
