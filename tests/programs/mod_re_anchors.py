import re

s = 'first line\nsecond line\nthird'
print(re.findall(r'^\w+', s), re.findall(r'^\w+', s, re.M))
print(re.findall(r'\w+$', s), re.findall(r'\w+$', s, re.M))
print(re.search('a$', 'a\n'), re.search('a$', 'a\n\n'), re.search('a\\Z', 'a\n'))
print(re.search(r'\Aab', 'ab'), re.search(r'\Ab', 'ab'), re.search(r'\Ab', 'a\nb', re.M))
print(re.findall('$', 'a\nb\n'), re.findall('$', 'a\nb\n', re.M))
print(re.findall('^', 'a\nb\n', re.M))
print(re.findall(r'\bfoo\b', 'foo foobar barfoo foo.'))
print(re.findall(r'\Bo\B', 'foo boo oo'))
print(re.search(r'\b', ''), re.search(r'\B', ''), re.search(r'\B', 'a'))
print(re.findall(r'\b\w', 'héllo wörld'), re.findall(r'\b\w', 'héllo wörld', re.A))
print(re.sub(r'\b', '|', 'ab cd'))
print(re.split('^', 'a\nb\nc', flags=re.M))
print(re.search(r'(?m)^b$', 'a\nb\nc').span())
