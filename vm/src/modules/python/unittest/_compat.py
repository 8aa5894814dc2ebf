"""What unittest needs from contextlib, warnings and pprint, for as long as
Weft does not ship those modules (the real ones are used when present)."""

import sys


class _GeneratorContextManager:
    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)

    def __enter__(self):
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, tb):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            return exc is not value
        except BaseException as exc:
            if exc is value:
                exc.__traceback__ = tb
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    helper.__name__ = getattr(func, '__name__', 'helper')
    helper.__doc__ = getattr(func, '__doc__', None)
    return helper


try:
    import warnings
except ImportError:
    class _WarningMessage:
        def __init__(self, message, category, filename, lineno):
            self.message = message
            self.category = category
            self.filename = filename
            self.lineno = lineno

    class _Warnings:
        """Minimal `warnings`: warn() records into catch_warnings(record=True)."""

        def __init__(self):
            self._records = None

        def warn(self, message, category=None, stacklevel=1, source=None):
            if isinstance(message, Warning):
                category = message.__class__
            else:
                if category is None:
                    category = UserWarning
                message = category(message)
            if self._records is not None:
                self._records.append(_WarningMessage(message, category, '?', 0))
            else:
                sys.stderr.write(f"{category.__name__}: {message}\n")

        def simplefilter(self, action, category=Warning, lineno=0, append=False):
            pass

        def filterwarnings(self, *args, **kwargs):
            pass

        def catch_warnings(self, record=False):
            return _CatchWarnings(self, record)

    class _CatchWarnings:
        def __init__(self, module, record):
            self._module = module
            self._record = record

        def __enter__(self):
            self._saved = self._module._records
            if self._record:
                self._module._records = []
                return self._module._records
            return None

        def __exit__(self, *exc_info):
            self._module._records = self._saved

    warnings = _Warnings()


def _safe_key(x):
    return (str(type(x)), repr(x))


def _pformat_simple(obj):
    # pprint.pformat for objects whose repr fits on one line: dicts and sets
    # are shown sorted.
    if isinstance(obj, dict) and type(obj).__repr__ is dict.__repr__:
        try:
            items = sorted(obj.items())
        except TypeError:
            items = sorted(obj.items(), key=lambda kv: _safe_key(kv[0]))
        return '{' + ', '.join(f'{_pformat_simple(k)}: {_pformat_simple(v)}' for k, v in items) + '}'
    if isinstance(obj, list) and type(obj).__repr__ is list.__repr__:
        return '[' + ', '.join(_pformat_simple(x) for x in obj) + ']'
    if isinstance(obj, tuple) and type(obj).__repr__ is tuple.__repr__:
        if len(obj) == 1:
            return '(' + _pformat_simple(obj[0]) + ',)'
        return '(' + ', '.join(_pformat_simple(x) for x in obj) + ')'
    return repr(obj)


def pformat(obj):
    try:
        import pprint
        return pprint.pformat(obj)
    except ImportError:
        return _pformat_simple(obj)


def ndiff(a, b):
    import difflib
    return difflib.ndiff(a, b)


def re_compile(pattern):
    import re
    return re.compile(pattern)
