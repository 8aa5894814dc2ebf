# Unicode strings: code points, encodings, case mapping, escapes.
words = ["naïve", "café", "Ωmega", "日本語", "emoji😀", "ǆungla", "straße", "İstanbul", "ΣΑΣ"]
for w in words:
    print(w, len(w), w.upper(), w.lower(), w.casefold(), [hex(ord(c)) for c in w[:3]])
for w in words:
    b = w.encode("utf-8")
    print(len(b), b, b.decode("utf-8") == w)
print("abc".encode("ascii"))
print("naïve".encode("ascii", "ignore"), "naïve".encode("ascii", "replace"), "naïve".encode("ascii", "backslashreplace"), "naïve".encode("ascii", "xmlcharrefreplace"))
print(b"caf\xe9".decode("latin-1"), b"caf\xe9".decode("utf-8", "replace"), b"caf\xe9".decode("utf-8", "ignore"), b"caf\xe9".decode("utf-8", "backslashreplace"))
try:
    "naïve".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
try:
    b"\xff\xfe\xfa".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
print("\u00e9" == "é", "\N{GREEK SMALL LETTER ALPHA}", "\x41\101\u0041\U00000041")
print(repr("é"), ascii("é"), ascii("日本"), repr("\u2028"), repr("😀"), ascii("😀"))
print(sorted(["b", "a", "B", "é", "e", "Z"]), "é" > "z", max("abc€"))
print("ß".upper(), "ﬃ".upper(), "ΣΑΣ".lower(), "ǅ".upper(), "ǅ".lower(), "ǅ".title())
print("1²३".isdigit(), "٣".isdecimal(), "Ⅻ".isnumeric(), "ⅻ".isalpha(), "日".isalpha(), "\u3000".isspace())
print(str(b"bytes"), str(b"caf\xc3\xa9", "utf-8"), str(bytearray(b"x"), "ascii"))
print("€".encode(), len("€".encode()), "😀".encode())
print(chr(0x10FFFF).encode("utf-8"), ord(chr(0x10FFFF)))
print("a\u0301" == "á", len("a\u0301"), "\t".isprintable(), " ".isprintable(), "\u00a0".isspace())
