# str behaviour that goes through the operator protocols (repeat with a
# non-int, string indexing errors, str % on subclasses).


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


key = "x"
show("mul str", lambda: "a" * "b")
show("mul float", lambda: "a" * 2.0)
show("rmul float", lambda: 2.0 * "a")
show("getitem str", lambda: "abc"[key])
fkey = 1.0
show("getitem float", lambda: "abc"[fkey])
nkey = None
show("getitem none", lambda: "abc"[nkey])
show("index big", lambda: "abc"[2 ** 70])


class Idx:
    def __index__(self):
        return 1


show("getitem __index__", lambda: "abc"[Idx()])
show("mul __index__", lambda: "ab" * Idx())
show("slice __index__", lambda: "abcdef"[Idx():4])


class Ci(str):
    def __eq__(self, other):
        return isinstance(other, str) and self.lower() == other.lower()

    def __hash__(self):
        return hash(self.lower())


print("user hash", hash(Ci("Hello")) == hash("hello"), Ci("x").__hash__() == hash("x"))


class Key:
    def __getitem__(self, k):
        return k


K = Key()
print("slice method", "abcdef".__getitem__(K[1::2]), str.__getitem__("abc", K[::-1]))
