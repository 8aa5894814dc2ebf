# os.path string manipulation (pure functions) and a few os helpers with deterministic output.
import os, os.path as p
print(p.join("a", "b", "c.txt"), p.join("/root", "x"), p.join("a", "/abs", "b"), p.join("a/", "b"), p.join("", "x"))
for path in ["/usr/lib/python3.11/os.py", "relative/file.tar.gz", "noext", ".hidden", "dir/", "/", "a/b/../c/./d", ""]:
    print(repr(path), p.basename(path), p.dirname(path), p.split(path), p.splitext(path), p.isabs(path), p.normpath(path) if path else "")
print(p.normpath("/a//b/./c/../d/"), p.normpath("../../x"), p.normpath("a/../.."))
print(p.commonprefix(["/usr/lib", "/usr/local", "/usr/li"]), p.commonpath(["/usr/lib/x", "/usr/local/y"]))
print(p.relpath("/a/b/c", "/a"), p.relpath("/a", "/a/b/c"), p.splitdrive("/x/y"))
print(os.sep, os.curdir, os.pardir, os.extsep, os.linesep == "\n", os.name)
print(p.exists(__file__), p.isfile(__file__), p.isdir(p.dirname(p.abspath(__file__))), p.exists("/definitely/not/here"))
print(p.basename(__file__), p.splitext(p.basename(__file__))[1])
print(os.environ.get("WEFT_SURELY_UNSET_VAR", "default"), "PATH" in os.environ)
print(p.expanduser("no-tilde"), p.join(*["x"] * 3))
print(sorted(n for n in os.listdir(p.dirname(p.abspath(__file__))) if n.startswith("_helper"))[:1] == sorted(n for n in os.listdir(p.dirname(p.abspath(__file__))) if n.startswith("_helper"))[:1])
