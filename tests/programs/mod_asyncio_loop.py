# Event loop API: call_soon/call_later/call_at ordering, handles, futures
# with callbacks, run_until_complete, exception handler, ensure_future.
import asyncio

loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed(), loop.get_debug())
events = []

def cb(tag, *extra):
    events.append((tag,) + extra)

loop.call_soon(cb, "soon1")
loop.call_soon(cb, "soon2", 42)
base = loop.time() + 0.05
loop.call_at(base + 0.02, cb, "at+0.02")
loop.call_at(base, cb, "at+0")
h = loop.call_at(base + 0.01, cb, "cancelled")
h.cancel()
print(h.cancelled(), type(h).__name__)

async def waiter():
    done = loop.create_future()
    loop.call_at(base + 0.03, done.set_result, None)
    await done
    return "waited"

print(loop.run_until_complete(waiter()))
print(events)

# futures outside tasks
fut = loop.create_future()
fut.add_done_callback(lambda f: events.append(("fut cb", f.result())))
loop.call_later(0.001, fut.set_result, "fut value")
events.clear()
print(loop.run_until_complete(fut), events)

# run_until_complete with a future that fails
bad = loop.create_future()
loop.call_soon(bad.set_exception, ValueError("bad future"))
try:
    loop.run_until_complete(bad)
except ValueError as e:
    print("run_until_complete raised", e)

# remove_done_callback
f = loop.create_future()
def cb2(fut):
    events.append("cb2")
f.add_done_callback(cb2)
f.add_done_callback(cb2)
print(f.remove_done_callback(cb2), f.remove_done_callback(cb2))

# exceptions in callbacks go to the exception handler
seen = []
loop.set_exception_handler(lambda lp, ctx: seen.append((ctx["message"][:22], type(ctx["exception"]).__name__)))
def broken():
    raise RuntimeError("callback failed")
loop.call_soon(broken)
loop.run_until_complete(asyncio.sleep(0.001))
print(seen, loop.get_exception_handler() is not None)
loop.set_exception_handler(None)

# ensure_future: coroutine -> task, future -> same future, awaitable -> task
async def c():
    return "coro"
t = asyncio.ensure_future(c(), loop=loop)
print(type(t).__name__, loop.run_until_complete(t))
fut = loop.create_future()
print(asyncio.ensure_future(fut, loop=loop) is fut)
fut.cancel()

class Awaitable:
    def __await__(self):
        yield
        return "custom awaitable"
t = asyncio.ensure_future(Awaitable(), loop=loop)
print(loop.run_until_complete(t))
try:
    asyncio.ensure_future(42, loop=loop)
except TypeError as e:
    print(type(e).__name__, e)

# Task creation errors
try:
    loop.create_task(42)
except TypeError as e:
    print(type(e).__name__, str(e)[:30])

# isfuture
print(asyncio.isfuture(fut), asyncio.isfuture(t), asyncio.isfuture(42))

# a running loop cannot run again, and run_until_complete inside fails
async def inner_run():
    s = asyncio.sleep(0)
    try:
        loop.run_until_complete(s)
    except RuntimeError as e:
        s.close()
        return str(e)
coro = inner_run()
print(loop.run_until_complete(coro))

loop.close()
print(loop.is_closed())
try:
    loop.call_soon(cb, "x")
except RuntimeError as e:
    print(type(e).__name__, e)
s = asyncio.sleep(0)
try:
    loop.run_until_complete(s)
except RuntimeError as e:
    print(type(e).__name__, e)
s.close()
