import re

p = re.compile(r'(?P<name>[a-z]+)(\d+)?', re.I)
print(p, p.pattern, p.flags, p.groups, sorted(p.groupindex.items()), type(p).__name__)
print(p.match('Abc12'), p.fullmatch('abc'), p.fullmatch('abc!'), p.search('12 xy'))
print(p.match('xx abc', 3), p.fullmatch('abc12', 0, 3), p.search('abc', endpos=2))
print(p.findall('ab1 cd ef22'), p.split('ab1,cd'), p.sub('-', 'ab1 cd'), p.subn('-', 'a b'))
print([m.group() for m in p.finditer('ab1 cd', 1)])
print(re.compile('a') == re.compile('a'), re.compile('a') == re.compile('a', re.I), re.compile('a') == 'a')
print(hash(re.compile('abc')) == hash(re.compile('abc')))
print(re.compile(r'\d+'), re.compile("it's"), re.compile('a"b\'c'), re.compile('\n\\n'))
print(re.compile('x' * 250))
print(re.compile(b'(?i)x'), re.compile('(?x)a  b'), re.compile('(?s)(?m).'), re.compile('a', re.A | re.S))
print(re.compile(re.compile('a')) is re.compile(re.compile('a')), type(p) is re.Pattern)
import copy
print(copy.copy(p) is p, copy.deepcopy(p) is p)
print(re.compile('a', re.DEBUG & 0), re.compile('a', 0).flags)
for bad in [(3,), ('a', 'b')]:
    try:
        p.match(*bad)
    except TypeError as e:
        print('TypeError')
