# bytes and bytearray: construction, methods, slicing, mutation.
b = b"Hello, bytes!"
print(b, len(b), b[0], b[-1], b[1:5], b[::-1], b[::3], list(b[:4]))
print(bytes(5), bytes([65, 66, 67]), bytes(range(5)), bytes("é", "utf-8"), bytes(b"copy"), bytes())
print(b.upper(), b.lower(), b.title(), b.swapcase(), b.capitalize())
print(b.find(b"l"), b.rfind(b"l"), b.index(b"b"), b.count(b"e"), b.find(108), b.startswith(b"He"), b.endswith((b"!", b"?")))
print(b.split(b", "), b.split(), b"a,b,,c".split(b","), b" x  y ".split(), b.partition(b","), b.rpartition(b"t"))
print(b.replace(b"l", b"L"), b.strip(b"H!"), b"  pad  ".strip(), b"xxabcxx".lstrip(b"x"), b"xxabcxx".rstrip(b"x"))
print(b"-".join([b"a", b"b", b"c"]), b"".join([bytearray(b"x"), b"y"]), b.hex(), b.hex(":"), bytes.fromhex("de ad be ef"))
print(b"abc".isalpha(), b"123".isdigit(), b"ab1".isalnum(), b" \t".isspace(), b"ABC".isupper(), b"abc".islower())
print(b"abc".center(9, b"*"), b"abc".ljust(6, b"."), b"abc".rjust(6), b"42".zfill(5))
print(b + b"++", b * 2, b"ab" < b"ac", b"ab" == bytearray(b"ab"), b"b" in b, 101 in b, 300 in [b])
print(b.decode(), b"caf\xc3\xa9".decode("utf-8"), repr(b"\x00\x7f\x80\xff'\""), repr(b"\t\n\r\\"))
ba = bytearray(b"mutable")
ba[0] = ord("M")
ba.append(33)
ba.extend(b"??")
ba += b"..."
print(ba, len(ba), ba.pop(), ba.pop(0), ba)
ba.insert(0, 60)
ba.remove(ord("?"))
print(ba, ba.index(b"t"), ba.count(b"."))
ba[1:3] = b"XYZW"
print(ba)
del ba[::2]
print(ba)
ba.reverse()
print(ba, bytes(ba), ba.upper(), ba.decode())
ba.clear()
print(ba, bytearray(3), bytearray([1, 2, 3]), bytearray("ü", "utf-8"))
print(b"%s-%d" % (b"x", 7))
print(b"a\nb\r\nc".splitlines(), b"a\tb".expandtabs(4), b"abc".translate(None, b"b"), bytes.maketrans(b"ab", b"xy"))
print(sorted(b"hello"), max(b"hello"), sum(b"\x01\x02"), bytes(reversed(b"abc")), b"".join(bytes([c]) for c in b"xyz"))
print(hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"], b"abc".removeprefix(b"a"), b"abc".removesuffix(b"c"))
for bad in [lambda: bytes([256]), lambda: b"a" + "b", lambda: bytearray(b"a").__setitem__(0, 300), lambda: b"abc".index(b"z"), lambda: b"x"[5], lambda: bytes("x")]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
