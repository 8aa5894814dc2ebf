# A tiny stack-based VM and an assembler for it: loops, calls, and a factorial/fibonacci program.
class VMError(Exception):
    pass
def assemble(src):
    labels, code = {}, []
    lines = [l.split(";")[0].strip() for l in src.strip().splitlines()]
    for l in lines:
        if not l:
            continue
        if l.endswith(":"):
            labels[l[:-1]] = len(code)
        else:
            parts = l.split()
            code.append((parts[0].upper(), parts[1] if len(parts) > 1 else None))
    out = []
    for op, arg in code:
        if arg is not None:
            arg = labels[arg] if arg in labels else int(arg) if arg.lstrip("-").isdigit() else arg
        out.append((op, arg))
    return out
def run(code, trace=False):
    stack, calls, env, pc, out, steps = [], [], {}, 0, [], 0
    while pc < len(code):
        op, arg = code[pc]
        pc += 1
        steps += 1
        if steps > 10000:
            raise VMError("step limit")
        if op == "PUSH": stack.append(arg)
        elif op == "POP": stack.pop()
        elif op == "DUP": stack.append(stack[-1])
        elif op == "SWAP": stack[-1], stack[-2] = stack[-2], stack[-1]
        elif op in ("ADD", "SUB", "MUL", "DIV", "MOD", "LT", "EQ"):
            b, a = stack.pop(), stack.pop()
            if op == "DIV" and b == 0:
                raise VMError(f"division by zero at {pc - 1}")
            stack.append({"ADD": a + b, "SUB": a - b, "MUL": a * b, "DIV": a // b if b else 0, "MOD": a % b if b else 0, "LT": int(a < b), "EQ": int(a == b)}[op])
        elif op == "STORE": env[arg] = stack.pop()
        elif op == "LOAD":
            if arg not in env:
                raise VMError(f"unknown variable {arg}")
            stack.append(env[arg])
        elif op == "JMP": pc = arg
        elif op == "JZ":
            if stack.pop() == 0: pc = arg
        elif op == "CALL":
            calls.append(pc); pc = arg
        elif op == "RET": pc = calls.pop()
        elif op == "PRINT": out.append(stack.pop())
        elif op == "HALT": break
        else: raise VMError(f"bad op {op}")
        if trace:
            print(f"  {pc:3} {op:5} {str(arg):6} {stack}")
    return out, steps
fact = """
    push 1
    store acc
    push 10
    store n
loop:
    load n
    jz done
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
done:
    load acc
    print
    halt
"""
print(run(assemble(fact)))
fib = """
    push 0
    store a
    push 1
    store b
    push 0
    store i
top:
    load i
    push 15
    lt
    jz end
    load a
    print
    call step
    load i
    push 1
    add
    store i
    jmp top
step:            ; (a, b) = (b, a + b)
    load b
    load a
    load b
    add
    store b
    store a
    ret
end:
    halt
"""
print(run(assemble(fib)))
print(run(assemble("push 2\npush 3\nadd\ndup\nmul\nprint"), trace=True))
for bad in ["push 1\npush 0\ndiv", "load q", "bogus", "top:\njmp top"]:
    try:
        run(assemble(bad))
    except VMError as e:
        print("VMError", e)
print(assemble("a:\npush -5\njz a"))
