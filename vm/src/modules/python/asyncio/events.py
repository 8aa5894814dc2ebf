"""Handles and the current/running loop registry (the loop itself is in
base_events.py)."""

__all__ = ("Handle", "TimerHandle", "get_event_loop", "set_event_loop",
           "new_event_loop", "get_running_loop", "_get_running_loop",
           "_set_running_loop")

import _thread


class Handle:
    """Object returned by callback registration methods."""

    __slots__ = ("_callback", "_args", "_cancelled", "_loop", "__weakref__")

    def __init__(self, callback, args, loop, context=None):
        self._loop = loop
        self._callback = callback
        self._args = args
        self._cancelled = False

    def __repr__(self):
        info = [self.__class__.__name__]
        if self._cancelled:
            info.append("cancelled")
        if self._callback is not None:
            info.append(getattr(self._callback, "__qualname__", repr(self._callback)) + "()")
        return "<{}>".format(" ".join(info))

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                "message": "Exception in callback {!r}".format(self._callback),
                "exception": exc,
                "handle": self,
            })


class TimerHandle(Handle):
    """Object returned by timed callback registration methods."""

    __slots__ = ("_scheduled", "_when")

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._scheduled = False

    def __lt__(self, other):
        return self._when < other._when

    def __le__(self, other):
        return self._when <= other._when

    def __gt__(self, other):
        return self._when > other._when

    def __ge__(self, other):
        return self._when >= other._when

    def __eq__(self, other):
        if isinstance(other, TimerHandle):
            return (self._when == other._when and self._callback == other._callback
                    and self._args == other._args and self._cancelled == other._cancelled)
        return NotImplemented

    __hash__ = object.__hash__

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()

    def when(self):
        return self._when


class _State:
    running = {}
    loop = None
    loop_set = False


def _get_running_loop():
    return _State.running.get(_thread.get_ident())


def _set_running_loop(loop):
    if loop is None:
        _State.running.pop(_thread.get_ident(), None)
    else:
        _State.running[_thread.get_ident()] = loop


def get_running_loop():
    """Return the running event loop; raise RuntimeError if there is none."""
    loop = _get_running_loop()
    if loop is None:
        raise RuntimeError("no running event loop")
    return loop


def get_event_loop():
    """The running loop, else the current thread's set loop (created on demand)."""
    loop = _get_running_loop()
    if loop is not None:
        return loop
    if _State.loop is None and not _State.loop_set:
        _State.loop = new_event_loop()
    if _State.loop is None:
        raise RuntimeError("There is no current event loop in thread %r."
                           % "MainThread")
    return _State.loop


def set_event_loop(loop):
    _State.loop_set = True
    _State.loop = loop


def new_event_loop():
    from .base_events import BaseEventLoop
    return BaseEventLoop()
