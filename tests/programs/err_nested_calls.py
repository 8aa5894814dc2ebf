# An uncaught KeyError raised three calls deep, after some output.
def lookup(table, key):
    return table[key]
def resolve(name):
    env = {"a": 1, "b": 2}
    return lookup(env, name) * 10
def main():
    for n in ["a", "b", "zz"]:
        print(n, resolve(n))
main()
