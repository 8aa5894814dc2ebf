# match: literal, value, singleton, capture, wildcard, as, or-patterns, guards.
def classify(x):
    match x:
        case 0 | 1:
            return "small"
        case "a" | "b" as letter:
            return letter
        case None:
            return "none"
        case Color.RED:
            return "red"
        case n if n > 100:
            return n
        case _:
            return "other"
