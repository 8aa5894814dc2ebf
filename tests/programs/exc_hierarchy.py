# Custom exception hierarchies, except ordering, tuples of types, bare raise, exception attributes.
class AppError(Exception):
    """Base."""
class DBError(AppError):
    def __init__(self, table, msg="db failure"):
        super().__init__(msg)
        self.table = table
class NotFound(DBError):
    pass
class Conflict(DBError):
    pass
def risky(kind):
    if kind == "nf":
        raise NotFound("users", "no such user")
    if kind == "conflict":
        raise Conflict("orders")
    if kind == "app":
        raise AppError("generic", 42)
    if kind == "key":
        raise KeyError(kind)
    return "ok"
for k in ["nf", "conflict", "app", "key", "none"]:
    try:
        r = risky(k)
    except NotFound as e:
        print("NotFound", e, e.table, e.args)
    except DBError as e:
        print("DBError", type(e).__name__, e, e.table)
    except (AppError, KeyError) as e:
        print("tuple", type(e).__name__, e, e.args)
    else:
        print("else", r)
print([c.__name__ for c in NotFound.__mro__])
print(issubclass(NotFound, AppError), issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(BrokenPipeError, OSError), issubclass(FileNotFoundError, OSError), issubclass(StopIteration, Exception), issubclass(KeyboardInterrupt, Exception))
print(issubclass(GeneratorExit, BaseException), issubclass(UnicodeDecodeError, ValueError), issubclass(RecursionError, RuntimeError), issubclass(NotImplementedError, RuntimeError))
print(issubclass(ModuleNotFoundError, ImportError), issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError), issubclass(OverflowError, ArithmeticError))
def reraise():
    try:
        raise ValueError("first")
    except ValueError:
        print("logging and re-raising")
        raise
try:
    reraise()
except ValueError as e:
    print("caught again", e)
e = ValueError("a", 1, [2])
print(e.args, str(e), repr(e), str(ValueError()), repr(ValueError()), str(ValueError("only")), repr(KeyError("k")), str(KeyError("k")), str(KeyError()))
print(str(Exception("a", "b")), repr(Exception("a", "b")), str(IndexError(5)), repr(OSError(2, "nf")))
class WithStr(Exception):
    def __str__(self):
        return "custom str"
print(str(WithStr()), repr(WithStr(1)), WithStr(1).args)
class NoInitCall(Exception):
    def __init__(self, a, b):
        self.a, self.b = a, b
x = NoInitCall(1, 2)
print(x.args, str(x), x.a)
try:
    raise NotFound
except TypeError as e:
    print("TypeError", e)
try:
    raise 42
except TypeError as e:
    print("TypeError", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError", e)
class Silent(Exception):
    pass
try:
    raise Silent
except Silent as s:
    print("instance created", type(s).__name__, s.args)
e1 = KeyError("x")
e1.note = "custom attribute"
try:
    raise e1
except KeyError as caught:
    print(caught is e1, caught.note)
def catch_all(fn):
    try:
        fn()
    except BaseException as e:
        return type(e).__name__
print(catch_all(lambda: exit()), catch_all(lambda: [].pop()), catch_all(lambda: {}.x), catch_all(lambda: int("q")), catch_all(lambda: undefined_name))
print(catch_all(lambda: (_ for _ in ()).throw(GeneratorExit)), catch_all(lambda: 1 << -1), catch_all(lambda: "a" * -1 + 1))
e = Exception("note test")
e.add_note("first note")
e.add_note("second")
print(e.__notes__)
