import re

pats = ['(?<=a+)b', 'a{4294967296}', 'a{1,4294967296}', 'a(?i)b', '(?<=(a)\\1)', '(?(2)a|b)(a)',
        '(?(3)a)', '(?P<1a>x)', '(?P<a>x)(?P<a>y)', 'a**', '*a', '+', '?', 'a{3,2}', '[b-a]',
        '\\q', '(?<x)', '(?P=zz)', '(a', 'a)', '[a', '(?', '\\x4', '(?#abc', '(?i-i:a)',
        '(?-a:x)', '(?z)', '(a)\\2', '\\400', 'a\n(b', '(?<=a|bc)', '(?(1a)x)', '(?(0)x)', '(?i',
        '(?(1)a|b|c)', '[\\d-z]', '\\', 'x{,3}y{2,}', '(?a)(?u)', '(?P)', '(?Px)',
        '(?<=a(?:b|cd))', '(?P<a', '(?P<>a)', '(?P=)', '(?P=a', '^*', '$+', '\\b?', '(?:)*',
        'a{1}{2}', 'a*?+', '(?P<a>b)(?P=a', '(a)(?P=1)', '[\\w-z]', '[a-\\d]', '\\u12', '\\U0011ffff',
        '[\\q]', '[\\400]', '(?x)[', '(?-', '(?i-', '(?i-z:a)', '(?-i', '(?--i)', '(?L)a', '(?t:a)',
        '(?im-s', '(?i:a', 'abc\n(?-x', '(?(a)b)', '(?()b)', '(?P<a>a)(?(a)b|c)', '(?<=\\b)a',
        '[]', '[^]', '(?<!a{1,2})', '((a)|b)(?<=\\2)', '(?i', '\\8', 'a{2,1}?', '(|a)|*',
        'x(?#)y', '(?#)', '(?', ')(']
for p in pats:
    try:
        r = re.compile(p)
        print(repr(p), 'ok', r.groups)
    except re.error as e:
        print(repr(p), type(e).__name__, e, '|', e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
    except Exception as e:
        print(repr(p), type(e).__name__, e)
for p in [b'\\q', b'[\xff-\x01]', b'\\u0041']:
    try:
        re.compile(p)
        print(p, 'ok')
    except re.error as e:
        print(p, 'error', e, e.pos)
e = re.error('custom')
print(e, e.msg, e.pos, e.pattern, e.lineno)
e = re.error('bad', 'ab\ncd', 4)
print(e, e.lineno, e.colno)
print(issubclass(re.error, Exception), re.error.__name__)
for args in [(None, 'a'), (1, 'a')]:
    try:
        re.compile(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print('ValueError', e)
