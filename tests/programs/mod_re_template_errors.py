import re

p = re.compile(r'(?P<word>\w+) (\d+)')
for t in [r'\3', r'\g<3>', r'\g<nope>', r'\g<1', r'\g<>', r'\g', r'\gx', r'\g<-1>', r'\g<1x>',
          r'\q', '\\', r'\400', r'\9', r'a\g<word>b', r'\g<2>\1', r'\0', r'\00', r'\000x', r'\12',
          r'\g<0>', r'\g<word', r'\g< 1>', r'\d', r'\_', r'\11']:
    try:
        print(repr(t), repr(p.sub(t, 'ab 12')))
    except re.error as e:
        print(repr(t), 'error', e)
    except IndexError as e:
        print(repr(t), 'IndexError', e)
m = p.match('ab 12')
for t in [r'\2-\1', r'\g<word>!', r'\5']:
    try:
        print(m.expand(t))
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
try:
    re.sub(b'a', r'\x', b'a')
except (TypeError, re.error) as e:
    print(type(e).__name__, e)
try:
    re.sub(b'a', rb'\q', b'a')
except re.error as e:
    print('error', e)
