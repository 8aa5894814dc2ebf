# `f(*x)` with a non-iterable names the callee, unlike `[*x]`.
def f(*a):
    return a
class C:
    def m(self, *a):
        pass
for call in [lambda: f(*5), lambda: C().m(*None), lambda: print(*1.5), lambda: f(1, *2), lambda: [*3], lambda: (*4,), lambda: {*5}]:
    try:
        call()
    except TypeError as e:
        print(e)
