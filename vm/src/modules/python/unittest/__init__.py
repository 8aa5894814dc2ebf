"""Python unit testing framework: CPython 3.11's unittest, adapted to Weft
(no async test cases, mock, signals or argparse; see _compat.py)."""

__all__ = ['TestResult', 'TestCase', 'TestSuite',
           'TextTestRunner', 'TestLoader', 'FunctionTestCase', 'main',
           'defaultTestLoader', 'SkipTest', 'skip', 'skipIf', 'skipUnless',
           'expectedFailure', 'TextTestResult', 'installHandler',
           'registerResult', 'removeResult', 'removeHandler',
           'addModuleCleanup', 'doModuleCleanups', 'enterModuleContext',
           'getTestCaseNames', 'makeSuite', 'findTestCases']

from unittest.result import TestResult
from unittest.case import (addModuleCleanup, doModuleCleanups, enterModuleContext, TestCase, FunctionTestCase, SkipTest, skip,
                           skipIf, skipUnless, expectedFailure)
from unittest.suite import BaseTestSuite, TestSuite
from unittest.loader import (TestLoader, defaultTestLoader, makeSuite, getTestCaseNames,
                             findTestCases)
from unittest.main import TestProgram, main
from unittest.runner import TextTestRunner, TextTestResult


def installHandler():
    pass


def registerResult(result):
    pass


def removeResult(result):
    return True


def removeHandler(method=None):
    return method
