# A missing indented block after a def.
print("start")
def broken():
return 1
