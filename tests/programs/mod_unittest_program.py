# unittest on a small class: a realistic test module run through unittest.main(exit=False).
import io
import os
import unittest


class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, name, qty=1):
        if qty <= 0:
            raise ValueError(f"quantity must be positive, got {qty}")
        self.items[name] = self.items.get(name, 0) + qty

    def remove(self, name, qty=1):
        if self.items.get(name, 0) < qty:
            raise KeyError(name)
        self.items[name] -= qty
        if not self.items[name]:
            del self.items[name]

    def total(self):
        return sum(self.items.values())


class InventoryTest(unittest.TestCase):
    def setUp(self):
        self.inv = Inventory()
        self.inv.add("apple", 3)

    def test_add(self):
        self.inv.add("pear")
        self.assertEqual(self.inv.items, {"apple": 3, "pear": 1})
        self.assertEqual(self.inv.total(), 4)

    def test_add_invalid(self):
        with self.assertRaises(ValueError) as cm:
            self.inv.add("x", 0)
        self.assertEqual(str(cm.exception), "quantity must be positive, got 0")

    def test_remove(self):
        self.inv.remove("apple", 3)
        self.assertNotIn("apple", self.inv.items)
        self.assertRaises(KeyError, self.inv.remove, "apple")

    def test_total_is_wrong(self):
        self.assertEqual(self.inv.total(), 4, "deliberately wrong")

    def test_items_order(self):
        for n in "cba":
            self.inv.add(n)
        self.assertListEqual(sorted(self.inv.items), ["a", "apple", "b", "c"])

    @unittest.skipUnless(hasattr(Inventory, "clear"), "no clear()")
    def test_clear(self):
        self.inv.clear()

    def test_many(self):
        for qty in (1, 2, -1, 3):
            with self.subTest(qty=qty):
                self.inv.add("bulk", qty)
        self.assertGreaterEqual(self.inv.total(), 9)


buf = io.StringIO()
prog = unittest.main(exit=False, testRunner=unittest.TextTestRunner(stream=buf))
here = os.path.dirname(os.path.abspath(__file__)) + "/"
for line in buf.getvalue().replace(here, "").splitlines():
    print(line.split(" in ")[0] if line.startswith("Ran ") else line)
r = prog.result
print(r.testsRun, len(r.failures), len(r.errors), len(r.skipped))
