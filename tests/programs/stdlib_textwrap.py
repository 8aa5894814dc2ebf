# textwrap: wrap, fill, shorten, dedent, indent.
import textwrap
text = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.wrap(text, 30))
print(textwrap.fill(text, width=25, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten("Hello  world, this is a long sentence", width=20))
print(textwrap.shorten("short", width=20), textwrap.shorten("a b c d e f g", 9, placeholder="..."))
block = """
    def f():
        return 1
"""
print(repr(textwrap.dedent(block)))
print(textwrap.indent("a\nb\n\nc", "> "))
print(textwrap.indent("a\n\nb", "+ ", predicate=lambda l: True))
w = textwrap.TextWrapper(width=12, break_long_words=True)
print(w.wrap("supercalifragilistic word"))
