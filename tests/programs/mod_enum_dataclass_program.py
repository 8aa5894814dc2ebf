# A small order-processing program using enum, dataclasses and typing together.
from dataclasses import dataclass, field, asdict
from enum import Enum, IntEnum, Flag, auto
from typing import List, Dict, Optional, NamedTuple


class Status(Enum):
    NEW = "new"
    PAID = "paid"
    SHIPPED = "shipped"
    CANCELLED = "cancelled"

    def can_move_to(self, other: "Status") -> bool:
        return other in _TRANSITIONS[self]


_TRANSITIONS = {
    Status.NEW: {Status.PAID, Status.CANCELLED},
    Status.PAID: {Status.SHIPPED, Status.CANCELLED},
    Status.SHIPPED: set(),
    Status.CANCELLED: set(),
}


class Priority(IntEnum):
    LOW = 1
    NORMAL = 2
    HIGH = 3


class Tag(Flag):
    GIFT = auto()
    FRAGILE = auto()
    EXPRESS = auto()


class Money(NamedTuple):
    cents: int
    currency: str = "EUR"

    def __str__(self):
        return f"{self.cents // 100}.{self.cents % 100:02d} {self.currency}"


@dataclass(order=True)
class Line:
    sku: str
    qty: int
    price: Money

    @property
    def total(self) -> Money:
        return Money(self.qty * self.price.cents, self.price.currency)


@dataclass
class Order:
    id: int
    lines: List[Line] = field(default_factory=list)
    status: Status = Status.NEW
    priority: Priority = Priority.NORMAL
    tags: Tag = Tag(0)
    note: Optional[str] = None
    history: List[Status] = field(default_factory=list, repr=False)

    def move(self, new: Status) -> None:
        if not self.status.can_move_to(new):
            raise ValueError(f"cannot move order {self.id} from {self.status.name} to {new.name}")
        self.history.append(self.status)
        self.status = new

    def total(self) -> Money:
        return Money(sum(l.total.cents for l in self.lines))


orders = [
    Order(1, [Line("A", 2, Money(250)), Line("B", 1, Money(1999))], tags=Tag.GIFT | Tag.FRAGILE),
    Order(2, [Line("C", 5, Money(100))], priority=Priority.HIGH, tags=Tag.EXPRESS),
    Order(3, note="empty"),
]
orders[0].move(Status.PAID)
orders[0].move(Status.SHIPPED)
orders[1].move(Status.CANCELLED)
for o in orders:
    print(o.id, o.status, o.priority.name, o.tags, str(o.total()), [s.value for s in o.history])
try:
    orders[1].move(Status.PAID)
except ValueError as e:
    print(type(e).__name__, e)
by_status: Dict[Status, List[int]] = {}
for o in orders:
    by_status.setdefault(o.status, []).append(o.id)
print(by_status)
print(sorted(orders, key=lambda o: (-o.priority, o.id))[0].id, max(o.priority for o in orders))
print(sorted(orders[0].lines), orders[0].lines[0] < orders[0].lines[1])
print(asdict(orders[1]))
print(Tag.FRAGILE in orders[0].tags, [t.name for t in orders[0].tags], repr(orders[2].tags))
print(repr(orders[2]))
