import re

print(re.match(r'(?>a+)b', 'aaab'), re.match(r'(?>a+)ab', 'aaab'), re.match(r'(?>a|ab)c', 'abc'))
print(re.match(r'(?>(a+))(b)', 'aab').groups(), re.match(r'(?>x*)x', 'xxx'))
print(re.match(r'(?>a*?)b', 'aab'), re.match(r'(?>(ab|a)c)', 'ac').group(1))
print(re.findall(r'(?>\d+)\.', '12. 3 45.'), re.search(r'"(?>[^"\\]+|\\.)*"', 'x "a\\"b" y').group())
print(re.match(r'(?:(?>a)|b)+c', 'abac'), re.match(r'(?>(?:a|b)+)c', 'ababc'))
print(re.match(r'(a)(?>(?=b)|x)?', 'ab').span())
print(re.match(r'(\w++)\1', 'abab'), re.match(r'(?>(\w+))\1', 'aa'))
print(re.match(r'.*+x', 'abcx'), re.match(r'[^x]*+x', 'abcx').group())
print(re.match(r'(?:a|b)*+c', 'ababc').span(), re.match(r'(?:a|ab)*+b', 'abab'))
print(re.match(r'(?:ab)?+a', 'aba').span(), re.match(r'(?:a{2}){1,2}+a', 'aaaaa').span())
print(re.match(r'(?>a(?=b))b', 'ab'), re.match(r'(?!(?>a+)b)a+', 'aac'))
# backtracking that used to be deep: long subjects stay fast and never overflow
print(len(re.match(r'(?:a|b)*c', 'ab' * 20000 + 'c').group()))
print(re.match(r'(a|b)*?c', 'ab' * 5000 + 'c').span(1))
print(re.search(r'(\w+\s?)+$', 'word ' * 2000).end())
print(len(re.findall(r'(?:x(?=y)|y)', 'xy' * 3000)))
print(re.fullmatch(r'((a)|(b))*', 'ab' * 10000).lastindex)
