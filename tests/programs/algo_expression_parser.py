# A tokenizer + recursive-descent parser + evaluator for arithmetic with variables and functions.
import math
class Token:
    def __init__(self, kind, value):
        self.kind, self.value = kind, value
    def __repr__(self):
        return f"{self.kind}:{self.value}"
def tokenize(src):
    toks, i = [], 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            toks.append(Token("num", float(src[i:j]) if "." in src[i:j] else int(src[i:j])))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            toks.append(Token("name", src[i:j]))
            i = j
        elif src.startswith("**", i):
            toks.append(Token("op", "**")); i += 2
        elif c in "+-*/%(),=":
            toks.append(Token("op", c)); i += 1
        else:
            raise SyntaxError(f"unexpected character {c!r} at {i}")
    toks.append(Token("eof", None))
    return toks
class Parser:
    def __init__(self, toks):
        self.toks, self.pos = toks, 0
    def peek(self):
        return self.toks[self.pos]
    def next(self):
        t = self.toks[self.pos]; self.pos += 1; return t
    def expect(self, v):
        t = self.next()
        if t.value != v:
            raise SyntaxError(f"expected {v!r}, got {t.value!r}")
    def statement(self):
        if self.peek().kind == "name" and self.toks[self.pos + 1].value == "=":
            name = self.next().value
            self.next()
            return ("assign", name, self.expr())
        return self.expr()
    def expr(self):
        node = self.term()
        while self.peek().value in ("+", "-"):
            node = (self.next().value, node, self.term())
        return node
    def term(self):
        node = self.unary()
        while self.peek().value in ("*", "/", "%"):
            node = (self.next().value, node, self.unary())
        return node
    def unary(self):
        if self.peek().value == "-":
            self.next()
            return ("neg", self.unary())
        return self.power()
    def power(self):
        base = self.atom()
        if self.peek().value == "**":
            self.next()
            return ("**", base, self.unary())
        return base
    def atom(self):
        t = self.next()
        if t.kind == "num":
            return ("num", t.value)
        if t.kind == "name":
            if self.peek().value == "(":
                self.next()
                args = []
                if self.peek().value != ")":
                    args.append(self.expr())
                    while self.peek().value == ",":
                        self.next()
                        args.append(self.expr())
                self.expect(")")
                return ("call", t.value, args)
            return ("var", t.value)
        if t.value == "(":
            e = self.expr()
            self.expect(")")
            return e
        raise SyntaxError(f"unexpected {t.value!r}")
FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs, "hyp": math.hypot}
def evaluate(node, env):
    op = node[0]
    if op == "num": return node[1]
    if op == "var":
        if node[1] not in env:
            raise NameError(f"undefined variable {node[1]}")
        return env[node[1]]
    if op == "neg": return -evaluate(node[1], env)
    if op == "assign":
        env[node[1]] = evaluate(node[2], env)
        return env[node[1]]
    if op == "call": return FUNCS[node[1]](*[evaluate(a, env) for a in node[2]])
    a, b = evaluate(node[1], env), evaluate(node[2], env)
    return {"+": a + b, "-": a - b, "*": a * b, "/": a / b if b else float("nan"), "%": a % b if b else 0, "**": a ** b}[op] if op != "/" or b else (_ for _ in ()).throw(ZeroDivisionError("division by zero"))
env = {}
programs = ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "x = 10", "y = x * 2 + 1", "x * y - 5 % 3",
            "sqrt(16) + max(1, 7, 3)", "hyp(3, 4) * -1", "1.5 * 4", "10 / 4", "z + 1", "(1 + 2", "3 $ 4", "8 / 0", "abs(-7) + min(x, y)"]
for p in programs:
    try:
        ast = Parser(tokenize(p)).statement()
        print(f"{p!r:28} => {evaluate(ast, env)!r}")
    except (SyntaxError, NameError, ZeroDivisionError) as e:
        print(f"{p!r:28} !! {type(e).__name__}: {e}")
print(sorted(env.items()))
print(tokenize("a1 = 2**x"))
print(Parser(tokenize("1 + f(2, 3) * -x")).expr())
