# if/elif/else, while/for with break, continue and else.
def classify(n):
    if n < 0:
        return "neg"
    elif n == 0:
        return "zero"
    else:
        return "pos"

def loops(items, limit):
    total = 0
    i = 0
    while i < limit:
        i += 1
        if i % 2:
            continue
        if i > 7:
            break
        total += i
    else:
        total = -1
    for x in items:
        if x is None:
            continue
        if not x:
            break
        total += x
    else:
        total += 100
    while True:
        if total > 10 and limit or not items:
            break
        total += 1
    return total
