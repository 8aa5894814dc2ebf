import re

# literals, dot, escapes
print(re.match('abc', 'abcdef'))
print(re.match('abc', 'xabc'))
print(re.search('abc', 'xxabcxx'))
print(re.fullmatch('abc', 'abc'), re.fullmatch('abc', 'abcd'))
print(re.search('a.c', 'a\nc abc'), re.search('a.c', 'a\nc', re.S))
print(re.search(r'\t\n', 'x\t\ny').span())
print(re.search(r'\x41\u00e9\U0001F600', 'zAé😀').span())
print(re.search(r'\101\0\07', 'A\x00\x07').span())
print(re.search(r'\.\*\+\?', 'a.*+?b').group())
print(re.search(r'\a\f\v\\', '\a\f\v\\').span())
print(re.match('', 'abc'), re.search('', ''))
print(re.match(r'a\-b\ c', 'a-b c'))
print(re.search('{', 'a{b'), re.search('a{', 'a{'), re.search('a{,', 'a{,'), re.search('x{1,2', 'x{1,2'))
print(re.search('}', 'a}'), re.search(']', 'a]'))
# alternation
print(re.match('cat|dog|bird', 'dogs'))
print(re.findall('a|ab|abc', 'abcab'))
print(re.match('(?:a|b|)c', 'c'))
print(re.search('x|', 'abc'))
# pos / endpos
p = re.compile('o')
print(p.search('hello world', 5), p.search('hello world', 5, 7), p.search('hello', 0, 4))
print(p.match('hello', 4), p.match('hello', 10), p.search('hello', -5))
print(p.findall('foo boo', 2), p.findall('foo boo', 0, 3))
print(re.compile('^h').search('hh', 1), re.compile('o$').search('foox', 0, 3))
print(re.compile('').findall('abc', 1, 2))
