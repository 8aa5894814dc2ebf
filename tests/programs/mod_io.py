import io

def show(f, *a):
    try:
        print(repr(f(*a)))
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
    except Exception as e:
        print(type(e).__name__, e)

s = io.StringIO()
print(s.write("hello\n"), s.write("world\nlast"))
print("printed", 1, 2, sep="-", file=s)
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.readline()), repr(s.read(3)), repr(s.readline()), repr(s.readline(2)))
print(repr(s.read()), repr(s.read()), repr(s.readline()))
s.seek(0)
print(s.readlines())
s.seek(0)
print([line for line in s])
s.seek(2)
s.write("XY")
print(repr(s.getvalue()))
s.seek(0, 2)
print(s.tell())
s.seek(0)
print(s.truncate(5), repr(s.getvalue()))
show(s.seek, -1)
show(s.write, b"x")
with io.StringIO("a\nb\nc") as f:
    print(list(f), f.closed)
print(f.closed)
show(f.read)
show(f.getvalue)
print(repr(io.StringIO("init").read()), repr(io.StringIO().getvalue()))
s = io.StringIO("abc")
s.write("Z")
print(repr(s.getvalue()))
s = io.StringIO()
s.writelines(["a", "b", "c"])
print(repr(s.getvalue()), s.readable(), s.writable(), s.seekable())

b = io.BytesIO(b"one\ntwo\nthree")
print(b.readline(), b.read(2), b.read(), b.read())
b.seek(0)
print(b.readlines())
b = io.BytesIO()
print(b.write(b"abc"), b.write(bytearray(b"def")))
b.seek(1)
b.write(b"XY")
print(b.getvalue(), b.tell())
b.seek(10)
b.write(b"!")
print(b.getvalue())
show(b.write, "str")
with io.BytesIO(b"x\ny") as bb:
    print([l for l in bb])
print(bb.closed)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))

# whole-file streams
import os
d = "/tmp/weft_mod_io_test"
if os.path.exists(d):
    for n in os.listdir(d):
        os.remove(os.path.join(d, n))
    os.rmdir(d)
os.mkdir(d)
p = os.path.join(d, "f.txt")
with io.open(p, "w") as f:
    print(f.write("line1\n"), f.writable(), f.readable())
    f.write("line2\r\nline3\rline4")
    print("via print", file=f)
with io.open(p) as f:
    print(repr(f.read()))
with io.open(p) as f:
    print(repr(f.readline()), repr(f.readline()))
    print(list(f))
with io.open(p, "a") as f:
    f.write("appended\n")
with io.open(p, "rb") as f:
    print(f.read())
with io.open(p, "wb") as f:
    f.write(b"\x00\x01bin")
with io.open(p, "rb") as f:
    print(f.read(2), f.read())
with io.open(p, "r") as f:
    show(f.write, "x")
f = io.open(p, "w")
f.close()
show(f.write, "x")
show(io.open, os.path.join(d, "missing.txt"))
show(io.open, p, "q")
try:
    io.open(p, "x")
except FileExistsError as e:
    print("FileExistsError", e.errno, e.strerror)
show(io.open, d)
os.remove(p)
os.rmdir(d)
print(os.path.exists(d))
