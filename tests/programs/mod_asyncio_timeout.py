# asyncio.timeout / timeout_at (3.11), plus wait_for interplay.
import asyncio

async def main():
    # the block finishes in time
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0)
    print("in time:", cm.expired(), repr(cm))

    # the block is cancelled and TimeoutError raised at the async with
    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(5)
            print("not reached")
    except TimeoutError as e:
        print("timed out:", type(e).__name__, cm.expired(), type(e.__cause__).__name__)

    # None means no deadline; reschedule sets one later
    try:
        async with asyncio.timeout(None) as cm:
            print("when:", cm.when())
            cm.reschedule(asyncio.get_running_loop().time() + 0.01)
            await asyncio.sleep(5)
    except TimeoutError:
        print("rescheduled deadline hit")

    # a deadline in the past fires at the next loop iteration
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            await asyncio.sleep(0)
            print("body ran until the first await")
            await asyncio.sleep(5)
    except TimeoutError:
        print("past deadline")

    # exceptions other than the timeout pass through
    try:
        async with asyncio.timeout(1):
            raise KeyError("inner")
    except KeyError as e:
        print("KeyError", e)

    # reschedule after exit is an error
    try:
        cm.reschedule(None)
    except RuntimeError as e:
        print(type(e).__name__, e)

    # nested timeouts: the inner one fires first
    try:
        async with asyncio.timeout(1):
            try:
                async with asyncio.timeout(0.01):
                    await asyncio.sleep(5)
            except TimeoutError:
                print("inner timeout")
            await asyncio.sleep(0)
        print("outer completed")
    except TimeoutError:
        print("outer timeout?!")

    # timeout outside a task
    t = asyncio.timeout(1)
    print(repr(t))

asyncio.run(main())
