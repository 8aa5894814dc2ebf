# Practical text processing: CSV-like parsing by hand, column alignment, slugify, templating, word wrap.
raw = """name,age,city
  Alice , 30 ,New York
Bob,25,  San Francisco
"Carol, Jr.",41,Boston
,,
Dave,not-a-number,Austin"""
def parse_line(line):
    fields, cur, quoted = [], "", False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif ch == "," and not quoted:
            fields.append(cur.strip()); cur = ""
        else:
            cur += ch
    fields.append(cur.strip())
    return fields
lines = raw.splitlines()
header = parse_line(lines[0])
records = []
for ln in lines[1:]:
    f = parse_line(ln)
    if not any(f):
        continue
    rec = dict(zip(header, f))
    try:
        rec["age"] = int(rec["age"])
    except ValueError:
        rec["age"] = None
    records.append(rec)
for r in records:
    print(r)
widths = {h: max(len(h), *(len(str(r[h])) for r in records)) for h in header}
print(" | ".join(h.upper().ljust(widths[h]) for h in header))
for r in records:
    print(" | ".join(str(r[h]).ljust(widths[h]) for h in header))
def slugify(s):
    out = []
    for ch in s.lower():
        if ch.isalnum():
            out.append(ch)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")
print([slugify(s) for s in ["Hello, World!", "  Multiple   Spaces ", "Ünïcödé Tëxt", "--dashes--", "a_b.c"]])
tmpl = "Dear {name},\nYour order #{order:05d} totals ${total:,.2f}.\n"
print(tmpl.format(name="Ann", order=42, total=1234.5), end="")
def count_syllables(w):
    w = w.lower()
    groups, prev = 0, False
    for ch in w:
        v = ch in "aeiouy"
        if v and not prev:
            groups += 1
        prev = v
    return max(1, groups - (w.endswith("e") and groups > 1))
print({w: count_syllables(w) for w in "python programming language simple queue rhythm".split()})
text = "the rain in spain falls mainly on the plain"
print(text.title(), text.count("ain"), [i for i in range(len(text)) if text.startswith("ain", i)])
print(" ".join(w[::-1] for w in text.split()), " ".join(reversed(text.split())), text.replace("ain", "AIN", 2))
acronym = "".join(w[0] for w in "portable network graphics".split()).upper()
print(acronym, "snake_case_name".split("_"), "".join(p.capitalize() for p in "snake_case_name".split("_")))
camel = "someCamelCaseString"
print("".join("_" + c.lower() if c.isupper() else c for c in camel))
print("%-10s|%10s|" % ("left", "right"), "abc".center(11, "*"), "x".join("123"), "a-b-c".rsplit("-", 1))
