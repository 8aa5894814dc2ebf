# aiter()/anext() builtins, yield from a coroutine, async generator attributes.
async def ag():
    yield 1
    yield 2
class It:
    def __init__(self): self.n = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.n += 1
        if self.n > 2: raise StopAsyncIteration
        return self.n
def run(c):
    try:
        while True: c.send(None)
    except StopIteration as e: return e.value
async def main():
    g = ag()
    print(await anext(g), await anext(g), await anext(g, "dflt"))
    try:
        await anext(g)
    except StopAsyncIteration:
        print("SAI")
    i = aiter(It())
    print(await anext(i), await anext(i), await anext(i, None))
    for bad in [1, [1]]:
        try:
            aiter(bad)
        except TypeError as e:
            print(e)
        try:
            anext(bad)
        except TypeError as e:
            print(e)
    print(aiter(g) is g, type(anext(g, 0)).__name__)
    def gen():
        yield from ag2()
    async def ag2(): pass
    c = ag2()
    try:
        def gen2():
            yield from c
        list(gen2())
    except TypeError as e:
        print(e)
    c.close()
    print(g.ag_running, g.ag_code.co_name)
run(main())
