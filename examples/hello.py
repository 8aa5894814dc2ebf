# A small first program for Weft: functions, a loop, a list, a dict and f-strings.


def greet(name):
    return f"Hello, {name}!"


def square(n):
    return n * n


def word_lengths(words):
    lengths = {}
    for word in words:
        lengths[word] = len(word)
    return lengths


def main():
    print(greet("Weft"))

    squares = []
    for i in range(1, 6):
        squares.append(square(i))
    print(f"squares: {squares}")

    total = 0
    for s in squares:
        total += s
    print(f"sum of squares: {total}")

    lengths = word_lengths(["free", "threaded", "python"])
    for word in lengths:
        print(f"{word} has {lengths[word]} letters")

    n = 10
    while n > 0:
        if n % 3 == 0:
            print(f"{n} is a multiple of 3")
        n -= 1
    print("done")


main()
