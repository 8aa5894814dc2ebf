"""iscoroutine / iscoroutinefunction."""

__all__ = ("iscoroutinefunction", "iscoroutine")

_CO_COROUTINE = 0x100


async def _coro():
    pass


_c = _coro()
_CoroutineType = type(_c)
_c.close()
del _c


def iscoroutinefunction(func):
    """Return True if func is a decorated coroutine function."""
    while hasattr(func, "func") and hasattr(func, "args"):  # functools.partial
        func = func.func
    func = getattr(func, "__func__", func)
    code = getattr(func, "__code__", None)
    return code is not None and bool(code.co_flags & _CO_COROUTINE) or \
        getattr(func, "_is_coroutine", None) is _is_coroutine


_is_coroutine = object()


def iscoroutine(obj):
    """Return True if obj is a coroutine object."""
    return type(obj) is _CoroutineType or (
        hasattr(obj, "send") and hasattr(obj, "throw") and hasattr(obj, "close")
        and hasattr(obj, "__await__"))
