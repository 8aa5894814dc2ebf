# try/except/else/finally, named handlers, re-raise, raise from, and
# return/break/continue through finally blocks.
def handle(f):
    try:
        r = f()
    except (ValueError, TypeError) as e:
        print("caught", e)
        raise RuntimeError("wrapped") from e
    except KeyError:
        raise
    except Exception:
        return None
    else:
        return r
    finally:
        print("done")

def loop(items):
    for x in items:
        try:
            if x:
                break
            continue
        finally:
            print(x)
    try:
        return len(items)
    finally:
        if items:
            return -1
