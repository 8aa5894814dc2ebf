import re

print(re.match(b'abc', b'abcdef'), re.findall(rb'\d+', b'a12b345'))
print(re.sub(rb'(\w+)', rb'<\1>', b'hi there'), re.split(rb',\s*', b'a, b,c'))
print(re.match(rb'\w+', b'caf\xe9'), re.match(b'[\xe0-\xff]+', b'\xe9\xe8'))
print(re.match(b'ABC', b'abc', re.I), re.match(b'\xe9', b'\xc9', re.I))
print(re.compile(b'a+b'), re.compile(rb'\d', re.I))
m = re.search(rb'(?P<n>\d+)', b'x42y')
print(m, m.group('n'), m.groupdict(), m.span())
print(re.findall(rb'(a)(b)?', b'ab a'))
print(re.match(rb'\s+', b' \t\n\x0b\x0c\r\x1c'), re.match(rb'\x41\101', b'AA'))
print(re.search(b'x', bytearray(b'abx')), re.search(b'(b)', bytearray(b'abx')).group(1))
print(re.escape(b'a.b c'), re.sub(b'a', lambda m: b'[' + m.group() + b']', b'banana'))
print(re.subn(b'a', b'\\n', b'aa'), re.fullmatch(rb'\xff', b'\xff'))
for pat, s in [('a', b'a'), (b'a', 'a')]:
    try:
        re.match(pat, s)
    except TypeError as e:
        print('TypeError', e)
for bad in [1, None, ['a']]:
    try:
        re.match('a', bad)
    except TypeError as e:
        print('TypeError', e)
try:
    re.compile(rb'\u0041')
except re.error as e:
    print('error', e)
