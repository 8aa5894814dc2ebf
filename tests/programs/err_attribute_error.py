# AttributeError on an instance.
class Account:
    def __init__(self):
        self.balance = 0
a = Account()
print(a.balance)
a.deposit(5)
