# Errors raised by argument binding, with exact messages, for functions, methods, lambdas and builtins.
def f(a, b, /, c, *, d, e=5):
    pass
class K:
    def m(self, x):
        pass
    @classmethod
    def cm(cls, y):
        pass
    @staticmethod
    def sm(z):
        pass
calls = [
    lambda: f(1),
    lambda: f(1, 2),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, 3, 4, d=1),
    lambda: f(1, 2, c=3, d=4, z=0),
    lambda: f(a=1, b=2, c=3, d=4),
    lambda: f(1, 2, 3, d=4, d2=5),
    lambda: K().m(),
    lambda: K().m(1, 2),
    lambda: K.m(1),
    lambda: K.cm(),
    lambda: K.sm(),
    lambda: K().sm(1, 2),
    lambda: (lambda: 0)(1),
    lambda: (lambda x, *, y: 0)(1, 2),
    lambda: (lambda **kw: 0)(1),
    lambda: f(*[1, 2], **{"c": 3, "d": 4, "b": 9}),
    lambda: f(**{1: 2}),
    lambda: f(**[1]),
    lambda: abs(),
    lambda: abs(1, 2),
    lambda: divmod(1),
    lambda: isinstance(1),
    lambda: "x".split(1, 2, 3),
    lambda: [].append(),
    lambda: {}.get(),
    lambda: dict(1, 2),
    lambda: range(),
    lambda: zip(1),
    lambda: sorted([3, 1], 1),
    lambda: max(),
]
for c in calls:
    try:
        c()
        print("no error")
    except TypeError as e:
        print(e)
