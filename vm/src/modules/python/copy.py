"""Generic (shallow and deep) copying operations.

copy(x) returns a shallow copy of x; deepcopy(x) returns a deep copy.
Classes can customise copying with __copy__(self) and __deepcopy__(self, memo),
or with __reduce_ex__/__reduce__, __getstate__/__setstate__ and __getnewargs__.
"""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error  # backward compatibility


def _function():
    pass


class _Probe:
    def method(self):
        pass


_FunctionType = type(_function)
_MethodType = type(_Probe().method)
_BuiltinFunctionType = type(len)
_NoneType = type(None)

_atomic_types = {_NoneType, int, float, bool, str, bytes, type, range, slice,
                 _FunctionType, _BuiltinFunctionType, type(Ellipsis),
                 type(NotImplemented), property, frozenset}
try:
    _atomic_types.add(complex)
except NameError:
    pass
try:
    _atomic_types.add(type(_function.__code__))
except AttributeError:
    pass

del _function, _Probe


def _user_defined(cls, name):
    """Return the attribute `name` if some class other than object defines it."""
    for klass in cls.__mro__:
        if klass is object:
            return None
        if name in klass.__dict__:
            return getattr(cls, name)
    return None


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get("__slots__")
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                stripped = klass.__name__.lstrip("_")
                if stripped:
                    name = "_%s%s" % (stripped, name)
            names.append(name)
    return names


def _default_state(x, cls):
    """The state object.__reduce_ex__ would report: __dict__ and/or slot values."""
    getstate = _user_defined(cls, "__getstate__")
    if getstate is not None:
        return x.__getstate__()
    try:
        state = x.__dict__
    except AttributeError:
        state = None
    if state is not None and not state:
        state = None
    slotnames = _slot_names(cls)
    if slotnames:
        slotstate = {}
        for name in slotnames:
            try:
                slotstate[name] = getattr(x, name)
            except AttributeError:
                pass
        if slotstate:
            return (state, slotstate)
    return state


def _cannot_copy(cls):
    module = getattr(cls, "__module__", "builtins")
    name = cls.__qualname__ if module in (None, "builtins") else "%s.%s" % (module, cls.__qualname__)
    return TypeError("cannot pickle '%s' object" % (name,))


def _reduce(x, cls):
    """Return a reduce tuple (callable, args, state, listitems, dictitems)."""
    reductor = _user_defined(cls, "__reduce_ex__")
    if reductor is not None:
        rv = x.__reduce_ex__(4)
    else:
        reductor = _user_defined(cls, "__reduce__")
        if reductor is not None and not isinstance(x, BaseException):
            rv = x.__reduce__()
        elif isinstance(x, BaseException):
            state = getattr(x, "__dict__", None) or None
            return cls, x.args, state, None, None
        else:
            if cls.__module__ == "builtins" and cls is not object and not hasattr(x, "__dict__") \
                    and not isinstance(x, (list, dict, set, tuple, bytearray)):
                raise _cannot_copy(cls)
            getnewargs = _user_defined(cls, "__getnewargs__")
            args = tuple(x.__getnewargs__()) if getnewargs is not None else ()
            listitems = iter(x) if isinstance(x, list) else None
            dictitems = iter(x.items()) if isinstance(x, dict) else None
            if isinstance(x, (set, tuple, bytearray)) and not args:
                args = (tuple(x),) if not isinstance(x, bytearray) else (bytes(x),)
            return _NewObj(cls), args, _default_state(x, cls), listitems, dictitems
    if isinstance(rv, str):
        return None
    rv = tuple(rv) + (None,) * (5 - len(rv))
    return rv[:5]


class _NewObj:
    """Callable equivalent of copyreg.__newobj__ for one class."""

    def __init__(self, cls):
        self.cls = cls

    def __call__(self, *args):
        try:
            return self.cls.__new__(self.cls, *args)
        except TypeError as exc:
            # builtin types that cannot be created this way are not copyable
            if "is not safe" in str(exc):
                raise _cannot_copy(self.cls) from None
            raise


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, deep=False):
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__") and _user_defined(type(y), "__setstate__") is not None:
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state:
                y.__dict__.update(state)
            if slotstate:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y


# ---------------------------------------------------------------- shallow copy

_copy_dispatch = {
    _MethodType: lambda x: x,
    list: list.copy,
    dict: dict.copy,
    set: set.copy,
    bytearray: bytearray.copy,
}


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _atomic_types or cls is tuple:
        return x
    copier = _copy_dispatch.get(cls)
    if copier is not None:
        return copier(x)
    if isinstance(x, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls)
    if rv is None:
        return x
    return _reconstruct(x, None, *rv)


# ---------------------------------------------------------------- deep copy

def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y

    cls = type(x)
    if cls in _atomic_types:
        return x
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif isinstance(x, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls)
            if rv is None:
                y = x
            else:
                y = _reconstruct(x, memo, *rv, deep=True)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    for item in x:
        y.append(deepcopy(item, memo))
    return y


def _deepcopy_tuple(x, memo):
    y = [deepcopy(item, memo) for item in x]
    # A cycle through a mutable element may already have copied this tuple.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_set(x, memo):
    y = set()
    memo[id(x)] = y
    for item in x:
        y.add(deepcopy(item, memo))
    return y


def _deepcopy_bytearray(x, memo):
    return bytearray(x)


def _deepcopy_method(x, memo):
    # Like CPython's method.__reduce__: look the name up on a copy of self.
    return getattr(deepcopy(x.__self__, memo), x.__func__.__name__)


_deepcopy_dispatch = {
    list: _deepcopy_list,
    tuple: _deepcopy_tuple,
    dict: _deepcopy_dict,
    set: _deepcopy_set,
    bytearray: _deepcopy_bytearray,
    _MethodType: _deepcopy_method,
}


def _keep_alive(x, memo):
    """Keep a reference to x in the memo so its id() cannot be reused while
    the memo is alive."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]
