# UTF-16 and UTF-32 codecs (with and without BOM), round trips and errors.
for text in ["a", "é", "€uro", "😀", "mixed é😀x"]:
    for enc in ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"]:
        b = text.encode(enc)
        print(enc, len(b), b, b.decode(enc) == text)
print(len("😀".encode("utf-16-le")), "😀".encode("utf-16") [2:] == "😀".encode("utf-16-le"))
print("abc".encode("utf-16"), "abc".encode("utf-32"))
print(b"\xff\xfea\x00b\x00".decode("utf-16"), b"\x00a\x00b".decode("utf-16-be"))
try:
    b"a\x00b".decode("utf-16-le")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
print(b"a\x00b".decode("utf-16-le", "replace"), b"a\x00b".decode("utf-16-le", "ignore"))
