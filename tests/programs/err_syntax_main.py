# A SyntaxError in the main file: nothing runs.
print("never printed")
def f(:
    pass
