# f-strings: conversions, format specs, nested specs, and `=`.
name = "weft"
width = 10
value = 3.14159
print(f"hello {name}!")
print(f"{name!r} {name!s} {name!a}")
print(f"{value:.2f} {value:{width}.{width // 5}f} [{name:>{width}}]")
print(f"{value=} {name = !r} {value=:.1f}")
print(f"{{literal}} {'nested'} {f'{name}'}")
