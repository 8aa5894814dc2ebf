import re

print(re.I, re.M, re.S, re.X, re.A, re.U, re.L, re.IGNORECASE, re.NOFLAG)
print(repr(re.I | re.M), int(re.I | re.S), re.VERBOSE == 64, re.ASCII | 0)
print(re.match('abc', 'ABC', re.I), re.match('abc', 'ABC', re.IGNORECASE))
print(re.findall('^x', 'x\nx', re.M | re.I))
print(re.match('(?i)abc', 'AbC'), re.match('(?i:a)b', 'Ab'), re.match('(?i:a)b', 'AB'))
print(re.match('a(?-i:b)c', 'AbC', re.I), re.match('a(?-i:b)c', 'ABC', re.I))
print(re.search('(?s).+', 'a\nb').group(), re.search('(?s:.)x', '\nx'))
print(re.search('(?m)^b', 'a\nb').span(), re.search('(?m:^b)', 'a\nb'))
print(re.match(r'''(?x)
    (\d+)   # digits
    \s*     # space
    ([a-z]+) # word
''', '12  ab').groups())
print(re.match(r'a b # c', 'ab', re.X), re.match(r'a\ b', 'a b', re.X), re.match(r'a[ ]b', 'a b', re.X))
print(re.match(r'(?x: a b ) c', 'ab c'))
print(re.match(r'(?x)a{2} b', 'aab'))
print(re.compile('(?i)a').flags, re.compile('a').flags, re.compile(b'a').flags, re.compile('a', re.A).flags)
print(re.compile('(?ims)a').flags, re.compile('(?x)a').flags, re.compile('(?a)a').flags)
print(re.compile('(?s)a', re.M), re.compile('a', re.A | re.I))
print(re.compile(b'x', re.L), re.compile('x', re.U))
print(re.match(r'\w', 'é', re.U), re.match(r'\w', 'é', re.A), re.match(r'(?u)\w', 'é'))
for f in [re.L, re.A | re.U]:
    try:
        re.compile('a', f)
    except ValueError as e:
        print('ValueError', e)
for p in [b'a', rb'(?u)a']:
    try:
        print(re.compile(p, re.U))
    except (ValueError, re.error) as e:
        print(type(e).__name__, e)
try:
    re.compile(b'a', re.A | re.L)
except ValueError as e:
    print('ValueError', e)
