# format() and format specs for ints and floats.
ints = [0, 7, -7, 42, 255, 1234567, -1234567]
specs = ["d", "5d", "<6d", "^7d", ">+8d", "08d", "x", "X", "#x", "o", "#o", "b", "#010b", ",", "_", "+,", " d", "=+10d", "*^11d", "c" ]
for s in specs:
    row = []
    for i in ints:
        if s == "c" and not (0 < i < 0x110000):
            continue
        row.append(format(i, s))
    print(s.ljust(6), "|".join(row))
floats = [0.0, 1.0, -1.5, 3.14159265, 1234567.891, 1e-5, 6.02e23, -0.0, 0.5, 2.5]
fspecs = ["f", ".2f", "10.3f", "<10.1f", "+.1f", "e", ".3e", "E", "g", ".3g", "G", "%", ".1%", ",.2f", "_.3f", "012.4f", "", ".0f", "#.0f", "n"]
for s in fspecs:
    print(s.ljust(6), "|".join(format(f, s) for f in floats))
for v in [float("inf"), float("-inf"), float("nan")]:
    print(format(v, "f"), format(v, ">8"), format(v, "e"), format(v, "+g"), format(v, "%"))
print(format(123, ""), format(1.0, ""), format(True, "d"), format(True, ""), format(12, "f"), format(3, ".2%"))
print(format(1e100, ".3g"), format(1e-100, "g"), format(123456789, "g"), format(0.000012345, ".2g"))
print(format(12345.6789, ">20,.2f"), format(-12345.6789, "^20.1e"), format(9.999, ".2f"), format(0.125, ".2f"))
print(format(2**64, ","), format(-2**64, "x"), format(2**100, "e"))
