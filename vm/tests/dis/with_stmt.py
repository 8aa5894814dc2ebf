# with: one and several managers, targets, return and break inside.
def read(path):
    with open(path) as f, open(path + ".bak", "w") as (out):
        return f.read()

def scan(lock, items):
    for x in items:
        with lock:
            if x:
                break
    with lock:
        pass
