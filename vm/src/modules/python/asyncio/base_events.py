"""The event loop: a ready deque and a timer heap (no I/O selectors);
other threads reach it through call_soon_threadsafe and run_in_executor."""

__all__ = ("AbstractEventLoop", "BaseEventLoop", "SelectorEventLoop")

import heapq
import threading
import time as _time
import _thread
from collections import deque

from .events import Handle, TimerHandle, _get_running_loop, _set_running_loop


class AbstractEventLoop:
    """Abstract event loop."""


class BaseEventLoop(AbstractEventLoop):
    def __init__(self):
        self._closed = False
        self._stopping = False
        self._ready = deque()
        self._scheduled = []
        self._timer_seq = 0
        self._thread_id = None
        self._clock_resolution = 1e-06
        self._exception_handler = None
        self._debug = False
        self._asyncgens = []
        # Callbacks from other threads (call_soon_threadsafe), and how many
        # executor jobs may still deliver one.
        self._threadsafe = []
        self._threadsafe_lock = threading.Lock()
        self._wakeup = threading.Event()
        self._external = 0
        self._default_executor = None

    def __repr__(self):
        return "<{} running={} closed={} debug={}>".format(
            self.__class__.__name__, self.is_running(), self.is_closed(), self.get_debug())

    # ---- futures and tasks

    def create_future(self):
        from .futures import Future
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        from .tasks import Task
        return Task(coro, loop=self, name=name)

    # ---- running

    def _check_closed(self):
        if self._closed:
            raise RuntimeError("Event loop is closed")

    def _check_running(self):
        if self.is_running():
            raise RuntimeError("This event loop is already running")
        if _get_running_loop() is not None:
            raise RuntimeError(
                "Cannot run the event loop while another loop is running")

    def run_forever(self):
        self._check_closed()
        self._check_running()
        self._thread_id = _thread.get_ident()
        old = _get_running_loop()
        _set_running_loop(self)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._thread_id = None
            _set_running_loop(old)

    def run_until_complete(self, future):
        self._check_closed()
        self._check_running()
        from . import futures, tasks
        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError("Event loop stopped before Future completed.")
        return future.result()

    def stop(self):
        self._stopping = True

    def is_running(self):
        return self._thread_id is not None

    def is_closed(self):
        return self._closed

    def close(self):
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    def time(self):
        return _time.monotonic()

    async def shutdown_asyncgens(self):
        pass

    async def shutdown_default_executor(self):
        executor = self._default_executor
        self._default_executor = None
        if executor is not None:
            executor.shutdown(wait=True)

    def set_default_executor(self, executor):
        self._default_executor = executor

    def run_in_executor(self, executor, func, *args):
        """Run func(*args) in a thread pool; returns an asyncio Future."""
        self._check_closed()
        if executor is None:
            executor = self._default_executor
            if executor is None:
                from concurrent.futures import ThreadPoolExecutor
                executor = ThreadPoolExecutor(thread_name_prefix="asyncio")
                self._default_executor = executor
        fut = self.create_future()
        with self._threadsafe_lock:
            self._external += 1

        def deliver(cf):
            def settle():
                with self._threadsafe_lock:
                    self._external -= 1
                if fut.cancelled():
                    return
                exc = cf.exception()
                if exc is not None:
                    fut.set_exception(exc)
                else:
                    fut.set_result(cf.result())
            self.call_soon_threadsafe(settle)

        executor.submit(func, *args).add_done_callback(deliver)
        return fut

    def call_soon_threadsafe(self, callback, *args, context=None):
        self._check_closed()
        handle = Handle(callback, args, self, context)
        with self._threadsafe_lock:
            self._threadsafe.append(handle)
        self._wakeup.set()
        return handle

    # ---- scheduling

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        handle = Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError("delay must not be None")
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        timer = TimerHandle(when, callback, args, self, context)
        self._timer_seq += 1
        heapq.heappush(self._scheduled, (when, self._timer_seq, timer))
        timer._scheduled = True
        return timer

    def _timer_handle_cancelled(self, handle):
        pass

    def _take_threadsafe(self):
        if self._threadsafe:
            with self._threadsafe_lock:
                handles, self._threadsafe = self._threadsafe, []
            self._ready.extend(handles)

    def _run_once(self):
        self._take_threadsafe()
        sched = self._scheduled
        while sched and sched[0][2]._cancelled:
            heapq.heappop(sched)[2]._scheduled = False
        timeout = None
        if self._ready or self._stopping:
            timeout = 0
        elif sched:
            timeout = min(max(0, sched[0][0] - self.time()), 86400)
        if self._external or (timeout is None and threading.active_count() > 1):
            # Another thread may call back (executor jobs, threadsafe calls):
            # wait for it, or for the next timer.
            if timeout is None or timeout > 0:
                self._wakeup.wait(timeout)
            self._wakeup.clear()
            self._take_threadsafe()
        elif timeout:
            _time.sleep(timeout)
        elif timeout is None and not self._ready:
            # Nothing can ever become ready (CPython would block forever).
            raise RuntimeError("Event loop is idle: nothing is scheduled")
        end_time = self.time() + self._clock_resolution
        while sched:
            when, _, handle = sched[0]
            if when >= end_time:
                break
            heapq.heappop(sched)
            handle._scheduled = False
            self._ready.append(handle)
        ntodo = len(self._ready)
        for _ in range(ntodo):
            handle = self._ready.popleft()
            if handle._cancelled:
                continue
            handle._run()

    # ---- errors

    def set_exception_handler(self, handler):
        self._exception_handler = handler

    def get_exception_handler(self):
        return self._exception_handler

    def default_exception_handler(self, context):
        import sys
        message = context.get("message") or "Unhandled exception in event loop"
        exc = context.get("exception")
        lines = [message]
        for key in sorted(context):
            if key in {"message", "exception"}:
                continue
            lines.append("{}: {!r}".format(key, context[key]))
        if exc is not None:
            lines.append("{}: {}".format(type(exc).__name__, exc))
        sys.stderr.write("\n".join(lines) + "\n")

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            self.default_exception_handler(context)
        else:
            self._exception_handler(self, context)


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            return
    fut.get_loop().stop()


SelectorEventLoop = BaseEventLoop
