# Small converters: RPN calculator, infix-to-postfix (shunting yard), roman numerals, run-length codes.
def rpn(expr):
    st = []
    ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b, "^": lambda a, b: a ** b}
    for tok in expr.split():
        if tok in ops:
            if len(st) < 2:
                raise ValueError(f"stack underflow at {tok!r}")
            b, a = st.pop(), st.pop()
            st.append(ops[tok](a, b))
        else:
            st.append(float(tok) if "." in tok else int(tok))
    if len(st) != 1:
        raise ValueError(f"leftover stack {st}")
    return st[0]
for e in ["3 4 +", "5 1 2 + 4 * + 3 -", "2 3 ^ 2 /", "1.5 2 *", "1 +", "1 2"]:
    try:
        print(e, "=>", rpn(e))
    except ValueError as err:
        print(e, "error:", err)
PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "^": 3}
def to_postfix(expr):
    out, st = [], []
    for tok in expr.replace("(", " ( ").replace(")", " ) ").split():
        if tok in PREC:
            while st and st[-1] in PREC and (PREC[st[-1]] > PREC[tok] or (PREC[st[-1]] == PREC[tok] and tok != "^")):
                out.append(st.pop())
            st.append(tok)
        elif tok == "(":
            st.append(tok)
        elif tok == ")":
            while st[-1] != "(":
                out.append(st.pop())
            st.pop()
        else:
            out.append(tok)
    while st:
        out.append(st.pop())
    return " ".join(out)
for e in ["3 + 4 * 2 / ( 1 - 5 ) ^ 2 ^ 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "10 - 4 - 3"]:
    pf = to_postfix(e)
    print(e, "|", pf, "|", rpn(pf))
ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
def to_roman(n):
    out = []
    for v, s in ROMAN:
        while n >= v:
            out.append(s)
            n -= v
    return "".join(out)
def from_roman(s):
    vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = vals[a]
        total += -v if b != " " and vals[b] > v else v
    return total
for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    print(n, r, from_roman(r))
print(all(from_roman(to_roman(n)) == n for n in range(1, 400)))
def bin_gray(n):
    return n ^ (n >> 1)
print([format(bin_gray(i), "04b") for i in range(16)])
def luhn(num):
    ds = [int(d) for d in str(num)][::-1]
    return sum(d if i % 2 == 0 else (d * 2 - 9 if d * 2 > 9 else d * 2) for i, d in enumerate(ds)) % 10 == 0
print([luhn(n) for n in [79927398713, 79927398710, 4539578763621486, 1234567812345678]])
def zeller(y, m, d):
    if m < 3:
        m += 12; y -= 1
    k, j = y % 100, y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return ["Sat", "Sun", "Mon", "Tue", "Wed", "Thu", "Fri"][h]
print([zeller(*d) for d in [(2000, 1, 1), (1969, 7, 20), (2024, 2, 29), (1900, 1, 1)]])
