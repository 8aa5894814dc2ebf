# unittest: default (dots) output, fixtures order, errors in setUp/tearDown, class fixtures, cleanups.
import io
import os
import unittest

log = []


class Fixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("setUpClass")

    @classmethod
    def tearDownClass(cls):
        log.append("tearDownClass")

    def setUp(self):
        log.append("setUp " + self._testMethodName)
        self.addCleanup(log.append, "cleanup " + self._testMethodName)

    def tearDown(self):
        log.append("tearDown " + self._testMethodName)

    def test_a(self):
        log.append("a")

    def test_b(self):
        log.append("b")
        self.fail("explicit failure")

    def test_c(self):
        self.skipTest("not today")

    @unittest.expectedFailure
    def test_d(self):
        pass


class BrokenSetUp(unittest.TestCase):
    def setUp(self):
        raise RuntimeError("setup broke")

    def test_never(self):
        log.append("never")


class Helpers(unittest.TestCase):
    def check(self, value):
        self.assertTrue(value > 0, f"{value} must be positive")

    def test_helper(self):
        self.check(1)
        self.check(-1)

    def test_nested_error(self):
        def inner():
            return {}["missing"]
        inner()

    def test_chained(self):
        try:
            int("x")
        except ValueError as exc:
            raise KeyError("wrapped") from exc

    def test_msg(self):
        self.assertEqual(3, 4, "numbers differ")

    def test_binop(self):
        total = 10
        count = 0
        self.assertEqual(total / count, 0)

    def test_long_msg(self):
        self.longMessage = False
        self.assertEqual(3, 4, "only this")


def run(*classes, verbosity=1):
    loader = unittest.TestLoader()
    suite = unittest.TestSuite(loader.loadTestsFromTestCase(c) for c in classes)
    buf = io.StringIO()
    result = unittest.TextTestRunner(stream=buf, verbosity=verbosity).run(suite)
    here = os.path.dirname(os.path.abspath(__file__)) + "/"
    for line in buf.getvalue().replace(here, "").splitlines():
        if line.startswith("Ran "):
            line = line.split(" in ")[0]
        print(line)
    return result


r = run(Fixtures, BrokenSetUp, Helpers)
print(r)
print(r.testsRun, len(r.failures), len(r.errors), len(r.skipped), len(r.expectedFailures), len(r.unexpectedSuccesses), r.wasSuccessful())
print(log)
print([t.id() for t, _ in r.errors])
print([str(t) for t, _ in r.failures])
print(r.skipped[0][0].id(), r.skipped[0][1])
r2 = run(Fixtures, verbosity=0)
print(r2.wasSuccessful())
