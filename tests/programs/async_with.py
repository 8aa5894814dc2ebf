# async with: enter/exit order, suppression, return/break/continue through it,
# multiple items, and the protocol errors.

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Tick:
    def __await__(self):
        yield "loop"

log = []

class ACM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        await Tick()
        log.append(f"enter {self.name}")
        return self.name.upper()
    async def __aexit__(self, typ, val, tb):
        await Tick()
        log.append(f"exit {self.name} {typ.__name__ if typ else None}")
        return self.suppress

async def basic():
    async with ACM("a") as v:
        log.append(f"body {v}")
    async with ACM("b", suppress=True):
        raise ValueError("suppressed")
    try:
        async with ACM("c"):
            raise KeyError("escapes")
    except KeyError as e:
        log.append(f"caught {e}")
    async with ACM("d") as x, ACM("e") as y:
        log.append(f"multi {x} {y}")
    return "basic done"

print(run(basic()))
print("\n".join(log))
log.clear()

async def flow():
    for i in range(3):
        async with ACM(f"loop{i}"):
            if i == 0:
                continue
            if i == 1:
                break
    async with ACM("ret"):
        return "returned"

print(run(flow()))
print("\n".join(log))
log.clear()

async def nested_return():
    async with ACM("outer"):
        try:
            async with ACM("inner"):
                return "from inner"
        finally:
            log.append("finally")

print(run(nested_return()))
print("\n".join(log))
log.clear()

# protocol errors
class NoAexit:
    async def __aenter__(self):
        return 1

class SyncOnly:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass

class BadAenter:
    def __aenter__(self):
        return 1
    async def __aexit__(self, *a):
        pass

class BadAexit:
    async def __aenter__(self):
        return 1
    def __aexit__(self, *a):
        return 2

async def use(cm):
    async with cm:
        pass

for cm in [1, NoAexit(), SyncOnly(), BadAenter(), BadAexit()]:
    try:
        run(use(cm))
    except TypeError as e:
        print(type(e).__name__, e)

# the exception passed to __aexit__
class Inspect:
    async def __aenter__(self):
        return self
    async def __aexit__(self, typ, val, tb):
        print("aexit got", typ.__name__, repr(val), tb is not None)
        return True

async def inspect_exc():
    async with Inspect():
        1 / 0
    return "after"

print(run(inspect_exc()))

# syntax errors
for src in [
    "def f():\n    async with x:\n        pass\n",
    "async with x:\n    pass\n",
    "def f():\n    async for x in y:\n        pass\n",
    "async for x in y:\n    pass\n",
    "await x\n",
    "def f():\n    await x\n",
    "class C:\n    await x\n",
    "async def f():\n    lambda: await x\n",
    "async def f():\n    yield from x\n",
    "async def f():\n    yield 1\n    return 2\n",
    "def f():\n    return [await x for x in y]\n",
    "def f():\n    return [x async for x in y]\n",
    "[x async for x in y]\n",
    "async def f():\n    return [x async for x in y]\n",
    "def f():\n    return (x async for x in y)\n",
    "async def f():\n    yield\n    return\n",
]:
    try:
        compile(src, "s", "exec")
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__, e)
