def patterns(x):
    match x:
        case [a, *rest]:
            return a, rest
        case {"k": v, **kw}:
            return v, kw
        case Point(1, y=2) | Point(2, y=1):
            return "p"
        case _:
            return None

async def coro(aw, it, cm):
    r = await aw
    async for x in it:
        r += x
    async with cm as c:
        pass
    return [y async for y in it]

async def agen():
    yield 1
