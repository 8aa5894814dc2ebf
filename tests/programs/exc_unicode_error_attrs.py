# UnicodeEncodeError/UnicodeDecodeError attributes: encoding, object, start, end, reason.
try:
    "naïve ☃".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason, e.args)
try:
    b"ok \xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, len(e.args))
e = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(str(e), e.start, isinstance(e, ValueError), isinstance(e, UnicodeError))
