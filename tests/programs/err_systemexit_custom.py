# Raising SystemExit with an int code from a nested function, with output flushed first.
def main(argv):
    print("args:", argv)
    if len(argv) < 3:
        print("usage error")
        raise SystemExit(42)
main(["prog"])
