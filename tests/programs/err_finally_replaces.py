# An exception raised in a finally block replaces (and chains) the original one.
def cleanup():
    raise OSError("cleanup failed")
def work():
    try:
        print("working")
        raise ValueError("work failed")
    finally:
        cleanup()
work()
