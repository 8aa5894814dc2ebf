# A Brainfuck interpreter with bracket matching, run on classic programs.
def run(code, inp=""):
    code = [c for c in code if c in "+-<>[].,"]
    jump, stack = {}, []
    for i, c in enumerate(code):
        if c == "[":
            stack.append(i)
        elif c == "]":
            if not stack:
                raise SyntaxError(f"unmatched ] at {i}")
            j = stack.pop()
            jump[i], jump[j] = j, i
    if stack:
        raise SyntaxError(f"unmatched [ at {stack[-1]}")
    tape, ptr, pc, out, inp_i, steps = [0] * 300, 0, 0, [], 0, 0
    while pc < len(code):
        c = code[pc]
        steps += 1
        if c == "+": tape[ptr] = (tape[ptr] + 1) % 256
        elif c == "-": tape[ptr] = (tape[ptr] - 1) % 256
        elif c == ">": ptr += 1
        elif c == "<": ptr -= 1
        elif c == ".": out.append(chr(tape[ptr]))
        elif c == ",":
            tape[ptr] = ord(inp[inp_i]) if inp_i < len(inp) else 0
            inp_i += 1
        elif c == "[" and tape[ptr] == 0: pc = jump[pc]
        elif c == "]" and tape[ptr] != 0: pc = jump[pc]
        pc += 1
    return "".join(out), steps
hello = "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++."
print(run(hello))
print(run(",[.,]", "echo!"))
print(run(",>,<[->+<]>.", "\x05\x07")[0] == chr(12))
add = "++>+++++[<+>-]++++++++[<++++++>-]<."
print(run(add))
rev = ">,[>,]<[.<]"
print(run(rev, "stressed"))
for bad in ["[[]", "[]]"]:
    try:
        run(bad)
    except SyntaxError as e:
        print("SyntaxError", e)
