"""A minimal asyncio: an event loop with a ready deque and a timer heap
(no I/O selectors), futures, tasks, sleep, gather, wait_for, wait,
as_completed, shield, queues and locks, after CPython's pure-Python asyncio."""

from .exceptions import *
from .coroutines import *
from .events import *
from .base_events import *
from .futures import *
from .locks import *
from .queues import *
from .runners import *
from .tasks import *
from .waiting import *
from .timeouts import *
from .threads import *

__all__ = (exceptions.__all__ + coroutines.__all__ + events.__all__ +
           base_events.__all__ + waiting.__all__ +
           futures.__all__ + locks.__all__ + queues.__all__ +
           runners.__all__ + tasks.__all__ + timeouts.__all__ +
           threads.__all__)
