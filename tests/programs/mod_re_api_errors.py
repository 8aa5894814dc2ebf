import re
tests = [
    lambda: re.sub('a', lambda m: 1, 'a'),
    lambda: re.sub(b'a', lambda m: 1, b'a'),
    lambda: re.sub('a', 1, 'a'),
    lambda: re.sub('a', b'x', 'a'),
    lambda: re.sub(b'a', 'x', b'a'),
    lambda: re.sub('a', lambda m: None, 'abc'),
    lambda: re.match('a', 'a').group(True),
    lambda: re.compile('a').match('a', 'x'),
    lambda: re.findall('a', 5),
    lambda: re.split('a', 'bab', 'x'),
    lambda: re.compile('(a)').match('a').expand(5),
    lambda: re.compile('a').search('a', pos=None),
    lambda: re.Pattern[str],
    lambda: re.Match[bytes],
    lambda: re.escape(5),
]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
print(re.sub('a', lambda m: '', 'aba'), re.sub('(a)', r'\1', 'xax'), re.sub('a', '', 'aaa'))
print(re.split('a', 'bab', -1), re.sub('a', 'x', 'aaa', -2), re.subn('a', 'x', 'aaa', -1))
print(re.split('b', 'abc', True), re.sub('a', 'x', 'aaa', False))
