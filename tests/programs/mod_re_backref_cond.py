import re

print(re.search(r'(\w)\1', 'abccd').group())
print(re.findall(r'\b(\w+) \1\b', 'the the cat sat sat on'))
print(re.match(r'(?P<q>["\']).*?(?P=q)', '"hi" there').group())
print(re.match(r'(a)|\1', 'x'), re.match(r'(?:(a)|b)\1', 'b'))
print(re.match(r'(a*)b\1', 'aabaa').group(), re.match(r'(a*)b\1', 'aaba'))
print(re.match(r'(?i)(a)\1', 'aA'), re.match(r'(a)\1', 'aA'))
print(re.match(r'(x)?(?(1)y|z)', 'xy'), re.match(r'(x)?(?(1)y|z)', 'z'), re.match(r'(x)?(?(1)y|z)', 'xz'))
print(re.match(r'(?P<open><)?\w+(?(open)>)', '<tag>'), re.match(r'(?P<open><)?\w+(?(open)>)', 'tag'))
print(re.fullmatch(r'(?P<open><)?\w+(?(open)>)', '<tag'))
print(re.match(r'(a)?b(?(1)c)', 'b'), re.match(r'(a)?b(?(1)c)', 'abc'))
print(re.findall(r'(\d)(?(1)\d|x)', '12 3x'))
print(re.match(r'(\w+)(?:\s+\1)+', 'go go go stop').group())
print(re.match(r'(?:(a)|(b))(?(2)c|d)', 'bc').groups(), re.match(r'(?:(a)|(b))(?(2)c|d)', 'ad').groups())
for p in [r'\10', r'(a)\10', r'\8', r'(a)\1\011', r'\0', r'\07', r'\377']:
    try:
        print(re.match(p, 'a\x08a\ta\x00\x07\xff'))
    except re.error as e:
        print('error', e)
print(re.match(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10', 'abcdefghijj').span())
