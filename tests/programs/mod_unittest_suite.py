# unittest: TestSuite/TestLoader APIs, skip decorators at class level, skipIf/skipUnless, failfast, FunctionTestCase.
import io
import os
import unittest


class Alpha(unittest.TestCase):
    def test_two(self):
        pass

    def test_one(self):
        self.assertEqual(sum([1, 2]), 3)

    def helper(self):
        pass


@unittest.skip("whole class")
class Skipped(unittest.TestCase):
    def test_x(self):
        raise AssertionError("should not run")


class Conditional(unittest.TestCase):
    @unittest.skipIf(True, "if true")
    def test_if(self):
        pass

    @unittest.skipUnless(False, "unless false")
    def test_unless(self):
        pass

    @unittest.skipIf(False, "never")
    def test_runs(self):
        pass

    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass


class Failing(unittest.TestCase):
    def test_1(self):
        self.assertIn(1, [])

    def test_2(self):
        self.assertIsNone(5)

    def test_3(self):
        pass


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Alpha), loader.testMethodPrefix)
suite = loader.loadTestsFromTestCase(Alpha)
print(suite.countTestCases(), [t.id() for t in suite], type(suite).__name__)
suite2 = unittest.TestSuite()
suite2.addTest(Alpha("test_two"))
suite2.addTests([Conditional("test_if"), Conditional("test_runs")])
print(suite2.countTestCases(), [str(t) for t in suite2])


def output(result_buf):
    here = os.path.dirname(os.path.abspath(__file__)) + "/"
    for line in result_buf.getvalue().replace(here, "").splitlines():
        if line.startswith("Ran "):
            line = line.split(" in ")[0]
        print(line)


for classes, kw in (([Alpha, Skipped, Conditional], {}),
                    ([Failing], {"failfast": True}),
                    ([Failing, Conditional], {"verbosity": 2})):
    buf = io.StringIO()
    s = unittest.TestSuite([loader.loadTestsFromTestCase(c) for c in classes])
    res = unittest.TextTestRunner(stream=buf, **kw).run(s)
    output(buf)
    print("=>", res.testsRun, res.wasSuccessful(), len(res.skipped), len(res.unexpectedSuccesses))

calls = []
ft = unittest.FunctionTestCase(lambda: calls.append("ran"), setUp=lambda: calls.append("setup"),
                               description="a function test")
res = unittest.TestResult()
ft.run(res)
print(calls, res.testsRun, res.wasSuccessful(), ft.shortDescription())
mod_suite = loader.loadTestsFromModule(__import__("__main__"))
print(mod_suite.countTestCases())
named = loader.loadTestsFromName("Alpha.test_one", __import__("__main__"))
print(named.countTestCases() if hasattr(named, "countTestCases") else named)
