# An exception in a thread is reported by threading's excepthook; the main thread continues.
import threading
def work():
    raise ValueError("worker failed")
t = threading.Thread(target=work, name="worker-1")
t.start()
t.join()
print("main continues")
raise SystemExit(3)
