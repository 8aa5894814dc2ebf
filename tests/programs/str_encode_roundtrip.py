# Encoding round trips across utf-8/latin-1/ascii, error handlers, bytes <-> hex, str(bytes) forms.
samples = ["plain", "café", "naïve résumé", "Ωmega", "日本", "tab\tnl\n", "emoji 😀", "\x00\x7f\x80\xff"]
for s in samples:
    u8 = s.encode("utf-8")
    print(repr(s), len(s), len(u8), u8.hex(" ") if len(u8) < 12 else u8.hex()[:24], u8.decode("utf-8") == s)
    for enc in ["latin-1", "ascii"]:
        try:
            b = s.encode(enc)
            print("  ", enc, b, b.decode(enc) == s)
        except UnicodeEncodeError as e:
            print("  ", enc, "UnicodeEncodeError", e)
        for handler in ["replace", "ignore", "backslashreplace", "xmlcharrefreplace"]:
            b = s.encode(enc, handler)
            print("    ", handler, b)
bad = b"ok \xe2\x82 \xff\xfe end \xc3"
for h in ["replace", "ignore", "backslashreplace"]:
    print(h, repr(bad.decode("utf-8", h)))
try:
    bad.decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
print(bytes.fromhex("48 65 6c 6c 6f").decode(), "Hello".encode().hex(), bytes(range(65, 70)).decode("ascii"), str(b"x"), repr(bytearray(b"\x00a")))
print("abc".encode("UTF8"), "é".encode("Latin1"), "x".encode("us-ascii"), b"\xe9".decode("iso-8859-1"))
try:
    "x".encode("nope")
except LookupError as e:
    print("LookupError", e)
try:
    "x".encode("utf-8", "bogus-handler")
    "é".encode("ascii", "bogus-handler")
except LookupError as e:
    print("LookupError", e)
