import unittest, io, os, sys
class T(unittest.TestCase):
    @classmethod
    def setUpClass(cls): print("setUpClass")
    def setUp(self): self.x = 1
    def test_ok(self): self.assertEqual(self.x, 1)
    def test_fail(self):
        self.assertEqual(1, 2)
    def test_err(self):
        raise ValueError("boom")
    @unittest.skip("because")
    def test_skip(self): pass
    @unittest.expectedFailure
    def test_xf(self): self.assertTrue(False)
    def test_raises(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            1 // 0
        self.assertIn("division", str(cm.exception))
        self.assertRaises(KeyError, {}.__getitem__, 1)
    def test_str(self):
        self.assertEqual("abc", "abd")
    def test_list(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])
    def test_dict(self):
        self.assertEqual({'a': 1}, {'a': 2})
    def test_msgs(self):
        for f in (lambda: self.assertTrue(0), lambda: self.assertIsNone(1), lambda: self.assertIn(1, [2]), lambda: self.assertAlmostEqual(1.0, 1.1), lambda: self.assertGreater(1, 2), lambda: self.assertIsInstance(1, str), lambda: self.assertCountEqual([1, 2], [2, 3]), lambda: self.assertNotEqual(1, 1), lambda: self.assertIs(1, None), lambda: self.assertLessEqual(3, 2)):
            try: f()
            except AssertionError as e: print(repr(str(e)))
    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)
buf = io.StringIO()
prog = unittest.main(exit=False, testRunner=unittest.TextTestRunner(stream=buf, verbosity=2))
here = os.path.dirname(os.path.abspath(__file__)) + "/"
for line in buf.getvalue().replace(here, "").splitlines():
    if line.startswith("Ran "): line = line.split(" in ")[0]
    print(line)
print(prog.result.wasSuccessful(), len(prog.result.failures), len(prog.result.errors))
