import re

print(re.match('straße', 'STRASSE', re.I), re.match('ü', 'Ü', re.I), re.match('Ω', 'ω', re.I))
print(re.findall('é+', 'ÉéÉ', re.I), re.findall('[à-ä]', 'ÀáÂ', re.I))
print(re.match('k', '\u212a', re.I), re.match('s', 'ſ', re.I), re.match('µ', 'μ', re.I))
print(re.match('k', '\u212a', re.I | re.A), re.match('é', 'É', re.I | re.A))
print(re.findall(r'\w+', 'Привет мир 你好 123'), re.findall(r'\d+', '١٢٣ 456 ۴'))
print(re.findall(r'\W+', 'a—b…c'), re.findall(r'\s+', 'a\u2003b\u3000c'))
print(re.search('😀+', 'xx😀😀y').span(), re.findall('.', 'a😀b'))
s = 'naïve café'
m = re.search(r'caf(é)', s)
print(m.span(), m.span(1), m.group(1), s[m.start():m.end()])
print(re.sub('é', 'e', 'café résumé'), re.split(r'\s', 'ça va très bien'))
print(re.match('[^a]', 'é'), re.match('[α-ω]+', 'αβγ').group())
print(re.fullmatch(r'\w+', 'ß'), re.match('(?i)ß', 'SS'))
print(re.escape('ça.va'), re.findall(r'\bé', 'é é'))
print(re.match(r'İ', 'i', re.I), re.match(r'i', 'I', re.I))
