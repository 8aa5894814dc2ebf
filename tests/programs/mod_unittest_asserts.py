# unittest: assertion methods and their failure messages, assertRaises forms, subTest.
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def check(label, f, *args, **kwargs):
    try:
        f(*args, **kwargs)
        print(label, "passed")
    except AssertionError as e:
        print(label, "->", repr(str(e)))


check("equal", t.assertEqual, 1, 1)
check("equal", t.assertEqual, 1, 2)
check("equal msg", t.assertEqual, "a", "b", "custom")
check("notequal", t.assertNotEqual, [1], [1])
check("true", t.assertTrue, [])
check("false", t.assertFalse, "x")
check("is", t.assertIs, [], [])
check("isnot", t.assertIsNot, None, None)
check("isnone", t.assertIsNone, 0)
check("isnotnone", t.assertIsNotNone, None)
check("in", t.assertIn, "z", "abc")
check("notin", t.assertNotIn, 2, {1: 0, 2: 0})
check("isinstance", t.assertIsInstance, "s", (int, float))
check("notisinstance", t.assertNotIsInstance, 1, int)
check("almost", t.assertAlmostEqual, 1.0, 1.00000001)
check("almost", t.assertAlmostEqual, 1.0, 1.01, places=3)
check("almost delta", t.assertAlmostEqual, 10, 12, delta=1)
check("notalmost", t.assertNotAlmostEqual, 1.0, 1.0)
check("greater", t.assertGreater, 1, 1)
check("greaterequal", t.assertGreaterEqual, 0, 1)
check("less", t.assertLess, 2, 1)
check("lessequal", t.assertLessEqual, 2, 1)
check("countequal", t.assertCountEqual, [1, 2, 2], [2, 1, 2])
check("countequal", t.assertCountEqual, "aab", "abb")
check("listequal", t.assertListEqual, [1, 2], [1, 2, 3])
check("tupleequal", t.assertTupleEqual, (1, 2), (1, 3))
check("setequal", t.assertSetEqual, {1, 2}, {2, 3})
check("dictequal", t.assertDictEqual, {"a": 1, "b": 2}, {"a": 1, "b": 3})
check("seq", t.assertSequenceEqual, "abc", "abd")
check("multiline", t.assertMultiLineEqual, "one\ntwo\n", "one\nthree\n")
check("listtype", t.assertListEqual, (1,), [1])
check("fail", t.fail, "boom")
check("fail default", t.fail)
check("raises ok", t.assertRaises, ValueError, int, "x")
check("raises none", t.assertRaises, ValueError, int, "5")
try:
    t.assertRaises(ValueError, lambda: 1 / 0)
except ZeroDivisionError as e:
    print("passthrough", type(e).__name__, e)

with t.assertRaises(KeyError) as cm:
    {}["k"]
print(type(cm.exception).__name__, cm.exception.args, cm.expected.__name__)
try:
    with t.assertRaises(TypeError):
        pass
except AssertionError as e:
    print(repr(str(e)))
try:
    with t.assertRaises((TypeError, KeyError), msg="extra"):
        pass
except AssertionError as e:
    print(repr(str(e)))
try:
    t.assertRaises(1, int)
except TypeError as e:
    print(type(e).__name__, e)
check("lambda raises", t.assertRaises, IndexError, lambda: [][0])
print(T.failureException.__name__, t.longMessage, t.maxDiff, T.__name__)
print(str(t), repr(t), t.id(), t.shortDescription(), t.countTestCases())


class WithDoc(unittest.TestCase):
    def test_documented(self):
        """First line of doc.

        More text."""


w = WithDoc("test_documented")
print(w.shortDescription(), str(w), w == WithDoc("test_documented"))
try:
    WithDoc("test_missing")
except ValueError as e:
    print(type(e).__name__, e)


class Sub(unittest.TestCase):
    def test_sub(self):
        for i in range(4):
            with self.subTest(i=i, parity=i % 2):
                self.assertEqual(i % 2, 0)


result = unittest.TestResult()
Sub("test_sub").run(result)
print(result.testsRun, len(result.failures), [str(f[0]) for f in result.failures], result.wasSuccessful())
