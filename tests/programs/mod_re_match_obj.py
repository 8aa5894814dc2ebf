import re

m = re.compile(r'(?P<k>\w+)=(?P<v>\w*)').search('x key=val y', 1)
print(m)
print(m.string, m.re, m.pos, m.endpos, m.lastindex, m.lastgroup, m.regs)
print(m[0], m[1], m['v'], m.group('k', 2, 0), m.start('v'), m.end('k'), m.span('v'))
print(bool(m), type(m).__name__, type(m) is re.Match, isinstance(m, re.Match))
m = re.match('a', 'abc', )
print(m.pos, m.endpos, re.compile('b').search('abc', 1, 100).endpos, re.compile('b').search('abc', -4).pos)
print(re.match('(a)(b)?', 'ac').regs, re.match('x*', 'y'))
print(re.match(r'.*', 'x' * 60))
print(re.match(r'.*', 'a\'b"c'), re.match(b'.+', b'q\x00\xff'))
m = re.match(r'(\w)(\w)?(\w)?', 'ab')
print(m.groups(), m.groups(''), m.group(3), m.start(3), m.end(3), m.span(3))
print(m.lastindex, m.expand(r'[\1|\2|\3]'))
import copy
print(copy.copy(m) is m, copy.deepcopy(m) is m)
m = re.fullmatch(r'(?P<a>x)|(?P<b>y)', 'y')
print(m.lastgroup, m.groupdict(), m.groupdict('?'))
m = re.search(r'(a(b(c)))', 'xabc')
print(m.lastindex, m.lastgroup, [m.span(i) for i in range(4)])
for bad in [4, '4', None]:
    try:
        m.start(bad)
    except IndexError as e:
        print('IndexError', e)
