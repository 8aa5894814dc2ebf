# An inventory/order system: classes, validation errors, reservations, reports with formatting.
class OutOfStock(Exception):
    def __init__(self, sku, wanted, available):
        super().__init__(f"{sku}: wanted {wanted}, only {available} available")
        self.sku, self.wanted, self.available = sku, wanted, available
class UnknownItem(KeyError):
    pass
class Item:
    def __init__(self, sku, name, price, qty):
        self.sku, self.name, self.price, self.qty = sku, name, price, qty
        self.reserved = 0
    @property
    def available(self):
        return self.qty - self.reserved
    def __repr__(self):
        return f"Item({self.sku!r}, qty={self.qty}, reserved={self.reserved})"
class Inventory:
    def __init__(self):
        self.items = {}
        self.history = []
    def add(self, *items):
        for it in items:
            self.items[it.sku] = it
    def get(self, sku):
        try:
            return self.items[sku]
        except KeyError:
            raise UnknownItem(sku) from None
    def reserve(self, order):
        done = []
        try:
            for sku, n in order.items():
                it = self.get(sku)
                if n > it.available:
                    raise OutOfStock(sku, n, it.available)
                it.reserved += n
                done.append((it, n))
        except (OutOfStock, UnknownItem):
            for it, n in done:
                it.reserved -= n
            raise
        self.history.append(("reserve", dict(order)))
        return sum(self.get(s).price * n for s, n in order.items())
    def commit(self, order):
        for sku, n in order.items():
            it = self.get(sku)
            it.reserved -= n
            it.qty -= n
        self.history.append(("commit", dict(order)))
    def report(self):
        lines = [f"{'SKU':<6}{'Name':<12}{'Price':>8}{'Qty':>5}{'Avail':>6}"]
        for it in sorted(self.items.values(), key=lambda i: i.sku):
            lines.append(f"{it.sku:<6}{it.name:<12}{it.price:>8.2f}{it.qty:>5}{it.available:>6}")
        lines.append(f"{'value':<18}{sum(i.price * i.qty for i in self.items.values()):>8.2f}")
        return "\n".join(lines)
inv = Inventory()
inv.add(Item("A1", "bolt", 0.25, 100), Item("B2", "nut", 0.1, 250), Item("C3", "gear", 12.5, 4), Item("D4", "motor", 99.99, 1))
print(inv.report())
orders = [{"A1": 10, "B2": 20}, {"C3": 5}, {"A1": 1, "Z9": 1}, {"D4": 1, "C3": 4}, {"D4": 1}]
for o in orders:
    try:
        total = inv.reserve(o)
        print("reserved", o, f"total={total:.2f}")
        inv.commit(o)
    except OutOfStock as e:
        print("OutOfStock:", e, e.sku)
    except UnknownItem as e:
        print("UnknownItem:", e, repr(e), isinstance(e, KeyError))
print(inv.report())
print([h[0] for h in inv.history], sorted(inv.items.values(), key=lambda i: i.available)[:2])
