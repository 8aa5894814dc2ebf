# unittest.main(): exit status via SystemExit, exit=False, argv options, defaultTest.
import io
import os
import sys
import unittest


class Math(unittest.TestCase):
    def test_add(self):
        self.assertEqual(1 + 1, 2)

    def test_div(self):
        with self.assertRaises(ZeroDivisionError):
            1 // 0


class Broken(unittest.TestCase):
    def test_bad(self):
        self.assertFalse(True, "it was true")


here = os.path.dirname(os.path.abspath(__file__)) + "/"


def show(buf):
    for line in buf.getvalue().replace(here, "").splitlines():
        if line.startswith("Ran "):
            line = line.split(" in ")[0]
        print(line)


for argv, default in ((["prog"], "Math"), (["prog", "-v"], "Math"), (["prog"], None), (["prog", "-q", "Broken"], None),
                      (["prog", "Math.test_div"], None)):
    buf = io.StringIO()
    try:
        unittest.main(module="__main__", argv=argv, defaultTest=default,
                      testRunner=unittest.TextTestRunner(stream=buf, verbosity=1))
    except SystemExit as e:
        show(buf)
        print("SystemExit", e.code, argv, default)

buf = io.StringIO()
prog = unittest.main(argv=["prog"], exit=False, testRunner=unittest.TextTestRunner(stream=buf, verbosity=2))
show(buf)
print(type(prog).__name__, prog.result.testsRun, prog.result.wasSuccessful(), [str(t) for t, _ in prog.result.failures])
