# bytes()/bytearray() constructors, bytearray mutators, bytes % args and
# the slot wrappers called directly.


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


class HasBytes:
    def __bytes__(self):
        return b"from __bytes__"


class Idx:
    def __index__(self):
        return 3


def gen():
    yield 104
    yield 105


print(bytes(), bytes(3), bytes([1, 2, 255]), bytes((65, 66)), bytes(gen()), bytes(b"copy"), bytes(bytearray(b"ba")))
print(bytes("é", "utf-8"), bytes("abc", "ascii"), bytes("é", encoding="latin-1"), bytes("é€", "ascii", "replace"), bytes(source=b"kw"))
print(bytes(HasBytes()), bytes(Idx()), bytes([True, False]), bytes(iter(b"it")), bytes({7: "a"}))
print(bytearray(), bytearray(2), bytearray([1, 2]), bytearray(b"xy"), bytearray("é", "utf-8"), bytearray(gen()), bytearray(bytearray(b"z")))
show("bytes(-1)", lambda: bytes(-1))
show("bytes(str)", lambda: bytes("a"))
show("bytes(float)", lambda: bytes(1.5))
show("bytes([256])", lambda: bytes([256]))
show("bytes([-1])", lambda: bytes([-1]))
show("bytes(['a'])", lambda: bytes(["a"]))
show("bytes(b, enc)", lambda: bytes(b"a", "utf-8"))
show("bytes(enc only)", lambda: bytes(encoding="utf-8"))
show("bytes(errors only)", lambda: bytes(errors="strict"))
show("bytes(s, enc int)", lambda: bytes("a", 1))
show("bytes(s, bad enc)", lambda: bytes("a", "nope"))
show("bytes encode err", lambda: bytes("é", "ascii"))
show("bytes bad kw", lambda: bytes(x=1))
show("bytearray(float)", lambda: bytearray(1.5))
show("bytearray([256])", lambda: bytearray([256]))
show("bytearray(str)", lambda: bytearray("a"))
show("bytearray(5, enc)", lambda: bytearray(5, "utf-8"))
show("bytearray(None)", lambda: bytearray(None))
ba = bytearray(b"abc")
ba.append(100)
ba.append(Idx())
ba.extend(b"ef")
ba.extend([1, 2])
ba.extend(bytearray(b"!"))
ba.extend(x for x in range(65, 67))
print("mutated", ba, len(ba))
print("pop", ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.insert(0, 90)
ba.insert(100, 89)
ba.insert(-100, 88)
ba.insert(-1, 87)
print("insert", ba)
ba.remove(90)
print("remove", ba)
ba.reverse()
print("reverse", ba)
c = ba.copy()
c.append(0)
print("copy", ba, c, c is ba, type(c).__name__)
ba.clear()
print("clear", ba, len(ba))
d = bytearray(b"0123456789")
d.__setitem__(0, 65)
d.__setitem__(-1, 66)
d.__delitem__(1)
print("item slots", d, d.__getitem__(0), d.__getitem__(-1), d.__len__(), d.__contains__(b"56"), d.__contains__(54))
print("iadd imul", d.__iadd__(b"+"), d.__imul__(2), d)
show("append 256", lambda: bytearray().append(256))
show("append str", lambda: bytearray().append("a"))
show("append none", lambda: bytearray().append())
show("extend int", lambda: bytearray().extend(5))
show("extend str", lambda: bytearray().extend("ab"))
show("extend bad item", lambda: bytearray().extend([1, 300]))
show("pop empty", lambda: bytearray().pop())
show("pop range", lambda: bytearray(b"a").pop(5))
show("pop str", lambda: bytearray(b"a").pop("x"))
show("insert one arg", lambda: bytearray().insert(1))
show("insert bad value", lambda: bytearray().insert(0, 300))
show("remove missing", lambda: bytearray(b"a").remove(5))
show("remove bytes", lambda: bytearray(b"a").remove(b"a"))
show("setitem range", lambda: bytearray(b"a").__setitem__(5, 1))
show("setitem value", lambda: bytearray(b"a").__setitem__(0, 256))
show("setitem str", lambda: bytearray(b"a").__setitem__(0, "a"))
show("delitem range", lambda: bytearray(b"a").__delitem__(5))
show("delitem str", lambda: bytearray(b"a").__delitem__("x"))
show("hash bytearray", lambda: hash(bytearray()))
print("slots", bytes.__len__(b"abc"), bytes.__getitem__(b"abc", 1), bytes.__add__(b"a", bytearray(b"b")), bytes.__mul__(b"ab", 2), bytes.__rmul__(b"x", 3), bytes.__mod__(b"%d", 3))
print("cmp slots", bytes.__eq__(b"a", b"a"), bytes.__eq__(b"a", bytearray(b"a")), bytes.__eq__(b"a", "a"), bytes.__lt__(b"a", b"b"), bytearray.__ge__(bytearray(b"b"), b"a"), bytes.__ne__(b"a", b"b"))
print("misc slots", bytes.__hash__(b"ab") == hash(b"ab"), bytes.__bytes__(b"x"), list(bytes.__iter__(b"ab")), bytes.__repr__(b"a'"), bytearray.__repr__(bytearray(b"q")), bytes.__contains__(b"abc", 98))
show("add str", lambda: bytes.__add__(b"a", "b"))
show("contains str", lambda: bytes.__contains__(b"a", "a"))
show("contains 256", lambda: bytes.__contains__(b"a", 256))
show("getitem range", lambda: bytes.__getitem__(b"a", 5))
show("getitem ba range", lambda: bytearray.__getitem__(bytearray(b"a"), 5))
show("getitem str", lambda: bytes.__getitem__(b"a", "x"))


class MyBytes(bytes):
    def tag(self):
        return b"<" + bytes(self) + b">"


class MyArray(bytearray):
    pass


class InitArray(bytearray):
    def __init__(self, a, b):
        super().__init__(a + b)


mb = MyBytes(b"sub")
print("subclass", mb, type(mb).__name__, mb.tag(), mb.upper(), type(mb.upper()).__name__, len(mb), mb == b"sub", isinstance(mb, bytes), MyBytes([65]))
ma = MyArray(b"arr")
ma.append(33)
print("subclass ba", bytes(ma), type(ma).__name__, len(ma), bytes(InitArray(b"x", b"y")), type(MyBytes.fromhex("41")).__name__, type(MyArray.fromhex("41")).__name__)
