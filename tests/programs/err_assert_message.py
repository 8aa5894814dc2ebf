# assert with a computed message.
def check(xs):
    total = sum(xs)
    assert total < 10, f"total too large: {total} from {xs}"
    return total
print(check([1, 2]))
check([5, 6])
