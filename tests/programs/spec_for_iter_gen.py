# for-loops over generators (FOR_ITER_GEN resumes the generator frame
# inline): return values, exceptions through the loop, break and later
# resumption, re-entrancy errors, nested generators, tracebacks.
import sys


def count(n):
    for i in range(n):
        yield i
    return "done"


def boom(n):
    for i in range(n):
        if i == 3:
            raise ValueError("boom at 3")
        yield i


def selfish():
    g = yield
    for x in g:
        yield x


def outer(n):
    for x in count(n):
        for y in count(x):
            yield x * 10 + y


def handled():
    try:
        yield 1
        yield 2
    finally:
        print("finally in handled")


def main():
    for rnd in range(3):
        total = 0
        for i in count(50):
            total += i
        print("sum", total)

        out = []
        try:
            for i in boom(10):
                out.append(i)
        except ValueError as e:
            print("caught", e, out)

        g = count(10)
        for i in g:
            if i == 4:
                break
        print("after break", next(g), list(g))

        print("nested", sum(outer(12)), list(outer(3)))

        s = selfish()
        next(s)
        try:
            s.send(s)
        except ValueError as e:
            print("reentrant:", e)

        h = handled()
        for v in h:
            print("handled yields", v)
            break
        h.close()
        print("loop left")

    def deep(k):
        if k == 0:
            yield "bottom"
            return
        for v in deep(k - 1):
            yield v

    print(list(deep(50)))
    for v in boom(5):
        pass


try:
    main()
except ValueError as e:
    print("uncaught in main:", e)
