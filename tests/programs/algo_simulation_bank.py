# A seeded bank simulation: accounts, transfers with validation, an audit log, and summary reports.
import random
from collections import defaultdict
class InsufficientFunds(Exception):
    def __init__(self, acct, need, have):
        super().__init__(f"{acct}: need {need}, have {have}")
        self.acct = acct
class Account:
    _next = 1000
    def __init__(self, owner, balance=0):
        Account._next += 1
        self.id = Account._next
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amt):
        if amt <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amt
        self.history.append(("dep", amt))
    def withdraw(self, amt):
        if amt > self.balance:
            raise InsufficientFunds(self.id, amt, self.balance)
        self.balance -= amt
        self.history.append(("wd", amt))
    def __repr__(self):
        return f"<{self.id} {self.owner} {self.balance}>"
class Bank:
    def __init__(self):
        self.accounts = {}
        self.log = []
        self.failures = defaultdict(int)
    def open(self, owner, initial):
        a = Account(owner, initial)
        self.accounts[a.id] = a
        return a
    def transfer(self, src, dst, amt):
        try:
            self.accounts[src].withdraw(amt)
        except InsufficientFunds as e:
            self.failures[type(e).__name__] += 1
            self.log.append(("FAIL", src, dst, amt))
            return False
        self.accounts[dst].deposit(amt)
        self.log.append(("OK", src, dst, amt))
        return True
    def total(self):
        return sum(a.balance for a in self.accounts.values())
rng = random.Random(2024)
bank = Bank()
names = ["ann", "bob", "cy", "di", "ed"]
for n in names:
    bank.open(n, rng.randrange(100, 1000, 50))
ids = sorted(bank.accounts)
start_total = bank.total()
print(list(bank.accounts.values()), start_total)
for step in range(60):
    s, d = rng.sample(ids, 2)
    amt = rng.randint(1, 400)
    ok = bank.transfer(s, d, amt)
    if step < 10:
        print(step, s, d, amt, ok)
print(bank.total() == start_total, dict(bank.failures), sum(1 for e in bank.log if e[0] == "OK"))
for a in sorted(bank.accounts.values(), key=lambda a: -a.balance):
    deps = sum(x for k, x in a.history if k == "dep")
    wds = sum(x for k, x in a.history if k == "wd")
    print(f"{a.owner:>4} {a.balance:6d} in={deps:5d} out={wds:5d} ops={len(a.history)}")
try:
    bank.accounts[ids[0]].deposit(-5)
except ValueError as e:
    print("ValueError", e)
try:
    bank.accounts[ids[0]].withdraw(10 ** 6)
except InsufficientFunds as e:
    print("InsufficientFunds", e, e.acct == ids[0])
