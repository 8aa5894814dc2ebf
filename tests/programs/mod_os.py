import os
import os.path
import posixpath
import sys
import io

def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

def err(f, *a):
    try:
        f(*a)
        print("no error")
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename == a[0])

print(os.name, repr(os.sep), repr(os.linesep), os.pathsep, os.curdir, os.pardir)
print(os.path is posixpath, sys.modules["os.path"] is posixpath)
print(os.fspath("abc"))
class PL:
    def __fspath__(self): return "from_fspath"
print(os.fspath(PL()), os.path.join(PL(), "x"))
show(os.fspath, 3)

j = os.path.join
print(j("a", "b", "c"), j("a/", "b"), j("a", "/abs", "c"), j("", "x"), j("a", ""))
for p in ["a/b/c.txt", "/a/b/", "c.txt", "/", "", "a.b/c", ".bashrc", "a/.b.c", "x..y", "//a//b"]:
    print(repr(p), os.path.split(p), os.path.splitext(p), repr(os.path.basename(p)), repr(os.path.dirname(p)))
for p in ["a/./b/../c", "/../a", "../../a/b", "a//b/", ".", "", "//x/y", "///x", "a/b/../..", "/a/b/.."]:
    print(repr(p), repr(os.path.normpath(p)))
print(os.path.isabs("/x"), os.path.isabs("x"), os.path.isabs(""))
print(os.path.relpath("/a/b/c", "/a"), os.path.relpath("/a", "/a/b/c"), os.path.relpath("/a/b", "/a/b"), os.path.relpath("/x/y", "/a/b"))
print(os.path.commonprefix(["abcd", "abxy", "ab"]), os.path.commonpath(["/a/b/c", "/a/b/d", "/a/bb"]))
home = os.environ.get("HOME")
os.environ["HOME"] = "/home/tester"
print(os.path.expanduser("~"), os.path.expanduser("~/x/y"), os.path.expanduser("x/~"), os.path.expanduser("~other/x"))
if home is not None:
    os.environ["HOME"] = home
cwd = os.getcwd()
print(os.path.abspath("rel/../x") == os.path.join(cwd, "x"), os.path.isabs(cwd))

os.environ["WEFT_TEST_VAR"] = "value1"
print(os.environ["WEFT_TEST_VAR"], os.getenv("WEFT_TEST_VAR"), "WEFT_TEST_VAR" in os.environ)
print(os.getenv("WEFT_NO_SUCH_VAR"), os.getenv("WEFT_NO_SUCH_VAR", "dflt"), os.environ.get("WEFT_NO_SUCH_VAR", 5))
del os.environ["WEFT_TEST_VAR"]
print(os.getenv("WEFT_TEST_VAR"), "WEFT_TEST_VAR" in os.environ)
show(lambda: os.environ["WEFT_NO_SUCH_VAR"])
print(isinstance(os.getpid(), int), os.cpu_count() >= 1)
r = os.urandom(16)
print(type(r).__name__, len(r), len(os.urandom(0)))

base = "/tmp/weft_mod_os_test"
def rmtree(top):
    for root, dirs, files in os.walk(top, topdown=False):
        for f in files:
            os.remove(os.path.join(root, f))
        for d in dirs:
            os.rmdir(os.path.join(root, d))
    os.rmdir(top)
if os.path.exists(base):
    rmtree(base)
os.mkdir(base)
os.chdir(base)
print(os.getcwd() == base, os.listdir("."), os.listdir())
os.makedirs("a/b/c")
os.makedirs("a/b/c", exist_ok=True)
err(os.makedirs, "a/b/c")
err(os.mkdir, "a")
err(os.mkdir, "nope/x")
with io.open("a/f1.txt", "w") as f:
    f.write("12345")
with io.open("a/b/f2.txt", "w") as f:
    f.write("")
print(os.path.exists("a"), os.path.isdir("a"), os.path.isfile("a"), os.path.isfile("a/f1.txt"), os.path.exists("zz"))
print(os.path.getsize("a/f1.txt"), os.path.getsize("a/b/f2.txt"), os.stat("a/f1.txt").st_size)
print(isinstance(os.path.getmtime("a/f1.txt"), float))
err(os.path.getsize, "missing")
print(sorted(os.listdir("a")))
for root, dirs, files in os.walk("a"):
    print(root, sorted(dirs), sorted(files))
os.rename("a/f1.txt", "a/g1.txt")
print(sorted(os.listdir("a")))
err(os.rename, "a/nothere", "a/x")
err(os.remove, "a/nothere")
err(os.unlink, "a/b")
err(os.rmdir, "a")
err(os.rmdir, "a/g1.txt")
err(os.listdir, "nothere")
err(os.listdir, "a/g1.txt")
err(os.chdir, "nothere")
os.chdir(cwd)
rmtree(base)
print(os.path.exists(base))
print(os.strerror(2))
