import re

m = re.match(r'(\d+)-(\d+)-(\d+)', '2024-01-15 rest')
print(m.group(), m.group(1), m.group(2, 3), m.groups(), m.span(), m.span(3))
print(m.start(1), m.end(1), m.start(), m.end())
m = re.match(r'(?P<year>\d{4})-(?P<month>\d\d)', '2024-05')
print(m.group('year'), m['month'], m.groupdict(), m.lastgroup, m.lastindex)
print(re.compile(r'(?P<a>x)(?P<b>y)?').groupindex == {'a': 1, 'b': 2})
m = re.match(r'(a)(b)?', 'a')
print(m.groups(), m.groups('-'), m.group(2), m.span(2), m.start(2), m.groupdict())
m = re.match(r'(?P<x>a)(?P<y>b)?', 'a')
print(m.groupdict(), m.groupdict(0))
# nested groups and lastindex
print(re.match(r'((a)b)', 'ab').lastindex, re.match(r'(a)(b)', 'ab').lastindex)
print(re.match(r'(a)|(b)', 'b').lastindex, re.match(r'a', 'a').lastindex)
m = re.match(r'((?P<inner>a)b)', 'ab')
print(m.lastgroup, m.lastindex, m.regs)
# non-capturing
m = re.match(r'(?:ab)+(c)', 'ababc')
print(m.groups(), m.group(0))
# groups in repeats keep the last iteration
print(re.match(r'(\w)+', 'abc').group(1))
print(re.match(r'(?:(a)|b)*', 'ab').groups())
print(re.match(r'(a|b)*', 'abba').span(1))
print(re.match(r'(a*)*', 'aaa').groups(), re.match(r'(a*)+', 'b').groups())
print(re.match(r'(a)(?:x(b))?', 'a').groups())
# index errors
for g in (5, -1, 'nope', 1.5):
    try:
        m.group(g)
    except IndexError as e:
        print('IndexError', e)
print(re.compile('(a)(b)(c)').groups, re.compile('a').groups)
