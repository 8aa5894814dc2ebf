import re

for pat in ['a*', 'a+', 'a?', 'a{2}', 'a{2,}', 'a{,2}', 'a{1,3}', 'a*?', 'a+?', 'a??',
            'a{2,}?', 'a{1,3}?', 'a{0}', 'a{0,0}']:
    print(pat, re.match(pat, 'aaaa'))
print(re.match('<.*>', '<a><b>').group(), re.match('<.*?>', '<a><b>').group())
print(re.findall(r'\d{2,3}', '1 12 123 1234 12345'))
print(re.match(r'(ab)*c', 'ababc').span(), re.match(r'(ab)+?c', 'ababc').span())
print(re.match(r'(?:a|bc){2,3}', 'abcbca').span())
print(re.match(r'(?:a|bc){2,3}?', 'abcbca').span())
print(re.match(r'(?:x?)*y', 'xxy').span(), re.match(r'(?:x*)*y', 'y').span())
print(re.match(r'(a?)+?b', 'aab').groups())
print(re.match(r'(?:()|a)*b', 'aab'))
print(re.match(r'(a|ab)(c|bcd)(d*)', 'abcd').groups())
print(re.match(r'.*foo', 'xfooyfoo').span(), re.match(r'.*?foo', 'xfooyfoo').span())
print(re.match(r'(\w+)\s+\1', 'hello hello world').group(1))
print(re.fullmatch(r'a{3}', 'aaa'), re.fullmatch(r'a{3}', 'aaaa'))
print(re.match(r'x{1000}', 'x' * 1000).end(), re.match(r'(?:xy){500,}', 'xy' * 600).end())
print(re.match('a{3,}b', 'a' * 10000 + 'b').end())
print(len(re.findall(r'\w+', 'word ' * 2000)))
# possessive quantifiers (3.11)
print(re.match(r'a*+a', 'aaa'), re.match(r'a++b', 'aab'), re.match(r'a?+a', 'a'))
print(re.match(r'(?:ab)*+ab', 'ababab'), re.match(r'(?:ab)*+c', 'ababc'))
print(re.match(r'a{1,2}+a', 'aa'), re.match(r'a{1,2}+a', 'aaa'))
