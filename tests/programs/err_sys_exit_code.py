# sys.exit(n) from inside nested functions and finally blocks; finally still runs.
import sys
def inner():
    try:
        print("in inner")
        sys.exit(7)
    finally:
        print("finally in inner")
try:
    inner()
finally:
    print("outer finally")
print("unreachable")
