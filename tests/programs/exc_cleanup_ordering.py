# Ordering of cleanup actions: nested finally blocks, with statements and generators' finally during exceptions.
log = []
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        log.append(f"enter {self.name}")
        return self
    def __exit__(self, et, ev, tb):
        log.append(f"exit {self.name} ({et.__name__ if et else 'ok'})")
        return False
def gen():
    try:
        log.append("gen start")
        yield 1
        yield 2
    finally:
        log.append("gen finally")
def work(fail):
    g = gen()
    try:
        with CM("outer"):
            try:
                with CM("inner"):
                    log.append(f"got {next(g)}")
                    if fail:
                        raise RuntimeError("fail inside")
            finally:
                log.append("inner finally")
                g.close()
    except RuntimeError as e:
        log.append(f"caught {e}")
    finally:
        log.append("outer finally")
    return log[:]
print(work(False))
log.clear()
print(work(True))
log.clear()
def returns_through_layers():
    try:
        with CM("a"):
            try:
                return "value"
            finally:
                log.append("finally 1")
    finally:
        log.append("finally 2")
print(returns_through_layers(), log)
log.clear()
def loop_with_cleanup():
    for i in range(3):
        with CM(f"loop{i}"):
            try:
                if i == 1:
                    continue
                log.append(f"body {i}")
            finally:
                log.append(f"finally {i}")
    return log[:]
print(loop_with_cleanup())
log.clear()
def exception_in_exit():
    class Bad(CM):
        def __exit__(self, *a):
            super().__exit__(*a)
            raise ValueError("exit failed")
    try:
        with CM("good"):
            with Bad("bad"):
                raise KeyError("original")
    except ValueError as e:
        log.append(f"got {e!r} context {e.__context__!r}")
    return log[:]
print(exception_in_exit())
