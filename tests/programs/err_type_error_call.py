# TypeError from a bad call deep in a helper.
def area(w, h):
    return w * h
def report(shapes):
    for s in shapes:
        print(area(*s))
report([(2, 3), (4, 5), (1, 2, 3)])
