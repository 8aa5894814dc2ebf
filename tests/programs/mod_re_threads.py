import re
import threading

pat = re.compile(r'(?P<w>[a-z]+)(?P<d>\d+)(?=;)')
text = ';'.join('word%d' % i for i in range(300)) + ';'
expected = pat.findall(text)
results = []
errors = []

def worker(n):
    try:
        for _ in range(5):
            got = pat.findall(text)
            if got != expected:
                errors.append(n)
            m = pat.search(text, 10 * n)
            results.append(m.group('d') if m else None)
            s = re.sub(r'(\d)', r'<\1>', 'a%db' % n)
            if s != 'a<%d>b' % n and n < 10:
                errors.append(('sub', n))
    except Exception as e:
        errors.append(repr(e))

threads = [threading.Thread(target=worker, args=(i,)) for i in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(expected), expected[:3], expected[-1])
print(errors, len(results), sorted(set(results), key=int)[:4])
