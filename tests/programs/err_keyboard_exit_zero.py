# SystemExit(0) and SystemExit(None) exit with status 0; nothing on stderr.
import sys
print("exiting cleanly")
raise SystemExit(0)
