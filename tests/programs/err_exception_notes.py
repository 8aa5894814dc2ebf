# An uncaught exception with add_note(): the notes are printed after the message.
def load(path):
    try:
        raise FileNotFoundError(2, "No such file or directory", path)
    except FileNotFoundError as e:
        e.add_note(f"while loading configuration from {path}")
        e.add_note("hint: run setup first")
        raise
print("loading")
load("settings.ini")
