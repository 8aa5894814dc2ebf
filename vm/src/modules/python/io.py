"""io: in-memory streams (StringIO, BytesIO) and a minimal whole-file open()."""

import _os

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


class IOBase:
    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    _closed_msg = 'I/O operation on closed file.'

    def _check_closed(self):
        if self.closed:
            raise ValueError(self._closed_msg)

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def isatty(self):
        self._check_closed()
        return False

    def flush(self):
        self._check_closed()

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)


class _MemoryIO(IOBase):
    """Shared logic of StringIO and BytesIO over an immutable buffer."""

    _empty = ''
    _nl = '\n'
    _neg_seek = 'negative seek value %d'
    _bad_whence = 'invalid whence (%d, should be 0, 1 or 2)'
    _neg_size = 'negative size value %d'

    def __init__(self, initial):
        self._buf = initial
        self._tail = []      # chunks appended at the end, not yet joined
        self._pos = 0
        self._len = len(initial)
        self.closed = False

    def _value(self):
        if self._tail:
            self._tail.insert(0, self._buf)
            self._buf = self._empty.join(self._tail)
            self._tail = []
        return self._buf

    def getvalue(self):
        self._check_closed()
        return self._value()

    def read(self, size=-1):
        self._check_closed()
        buf = self._value()
        if size is None or size < 0:
            end = len(buf)
        else:
            end = min(len(buf), self._pos + size)
        if self._pos >= end:
            return self._empty
        r = buf[self._pos:end]
        self._pos = end
        return r

    def readline(self, size=-1):
        self._check_closed()
        buf = self._value()
        if self._pos >= len(buf):
            return self._empty
        i = buf.find(self._nl, self._pos)
        end = len(buf) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        r = buf[self._pos:end]
        self._pos = end
        return r

    def write(self, s):
        self._check_closed()
        self._check_type(s)
        n = len(s)
        if not n:
            return 0
        pos = self._pos
        if pos == self._len:
            self._tail.append(s)
            self._len += n
        else:
            buf = self._value()
            if pos > len(buf):
                buf = buf + self._pad(pos - len(buf)) + s
            else:
                buf = buf[:pos] + s + buf[pos + n:]
            self._buf = buf
            self._len = len(buf)
        self._pos = pos + n
        return n

    def tell(self):
        self._check_closed()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_closed()
        if not isinstance(pos, int):
            raise TypeError('an integer is required')
        if whence == 0:
            if pos < 0:
                raise ValueError(self._neg_seek % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, self._len + pos)
        else:
            raise ValueError(self._bad_whence % whence)
        return self._pos

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError(self._neg_size % size)
        self._buf = self._value()[:size]
        self._len = len(self._buf)
        return size

    def close(self):
        self.closed = True


class StringIO(_MemoryIO):
    _empty = ''
    _nl = '\n'
    _closed_msg = 'I/O operation on closed file'
    _neg_seek = 'Negative seek position %d'
    _bad_whence = 'Invalid whence (%d, should be 0, 1 or 2)'
    _neg_size = 'Negative size value %d'

    def __init__(self, initial_value='', newline='\n'):
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not '
                            + type(initial_value).__name__)
        _MemoryIO.__init__(self, initial_value)

    def _check_type(self, s):
        if not isinstance(s, str):
            raise TypeError('string argument expected, got %r'
                            % type(s).__name__)

    def _pad(self, n):
        return '\0' * n

    def __repr__(self):
        return '<_io.StringIO object>'


class BytesIO(_MemoryIO):
    _empty = b''
    _nl = b'\n'

    def __init__(self, initial_bytes=b''):
        if initial_bytes is None:
            initial_bytes = b''
        _MemoryIO.__init__(self, bytes(initial_bytes))

    def _check_type(self, s):
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError("a bytes-like object is required, not '%s'"
                            % type(s).__name__)

    def write(self, s):
        self._check_type(s)
        return _MemoryIO.write(self, bytes(s))

    def _pad(self, n):
        return b'\0' * n

    def getbuffer(self):
        return self.getvalue()

    def read1(self, size=-1):
        return self.read(size)

    def __repr__(self):
        return '<_io.BytesIO object>'


def _translate_newlines(s):
    if '\r' in s:
        s = s.replace('\r\n', '\n').replace('\r', '\n')
    return s


class FileIO(IOBase):
    """A whole-file stream: reads load the file at open, writes are
    buffered and written out by flush()/close()."""

    def __init__(self, file, mode='r', encoding=None, newline=None):
        import os
        file = os.fspath(file)
        if not isinstance(file, str):
            raise TypeError('expected str, bytes or os.PathLike object, not '
                            + type(file).__name__)
        self.name = file
        self.mode = mode
        self.encoding = None if 'b' in mode else (encoding or 'UTF-8')
        self.closed = True
        self._binary = 'b' in mode
        self._newline = newline
        kinds = [c for c in mode if c in 'rwax']
        if len(kinds) != 1 or any(c not in 'rwaxbt+' for c in mode) \
                or ('b' in mode and 't' in mode):
            raise ValueError('invalid mode: %r' % mode)
        kind = kinds[0]
        self._kind = kind
        self._plus = '+' in mode
        empty = b'' if self._binary else ''
        self._pending = []
        if kind == 'r':
            data = _os.read_file(file, self._binary)
            if not self._binary and newline is None:
                data = _translate_newlines(data)
            self._mem = BytesIO(data) if self._binary else StringIO(data)
        else:
            if kind == 'x' and _os.exists(file):
                raise FileExistsError(17, 'File exists', file)
            if kind == 'a':
                _os.write_file(file, empty, True)
            else:
                _os.write_file(file, empty, False)
            self._mem = None
        self.closed = False

    def readable(self):
        self._check_closed()
        return self._kind == 'r' or self._plus

    def writable(self):
        self._check_closed()
        return self._kind != 'r' or self._plus

    def _check_readable(self):
        self._check_closed()
        if self._mem is None:
            raise UnsupportedOperation('not readable')

    def read(self, size=-1):
        self._check_readable()
        return self._mem.read(size)

    def readline(self, size=-1):
        self._check_readable()
        return self._mem.readline(size)

    def write(self, s):
        self._check_closed()
        if self._kind == 'r':
            raise UnsupportedOperation('not writable')
        if self._binary:
            if not isinstance(s, (bytes, bytearray)):
                raise TypeError("a bytes-like object is required, not '%s'"
                                % type(s).__name__)
            s = bytes(s)
        elif not isinstance(s, str):
            raise TypeError('write() argument must be str, not '
                            + type(s).__name__)
        self._pending.append(s)
        return len(s)

    def flush(self):
        self._check_closed()
        if self._pending:
            data = (b'' if self._binary else '').join(self._pending)
            self._pending = []
            _os.write_file(self.name, data, True)

    def tell(self):
        self._check_readable()
        return self._mem.tell()

    def seek(self, pos, whence=0):
        self._check_readable()
        return self._mem.seek(pos, whence)

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def close(self):
        if not self.closed:
            try:
                self.flush()
            finally:
                self.closed = True

    def __repr__(self):
        if self._binary:
            return '<_io.BufferedReader name=%r>' % self.name
        return '<_io.TextIOWrapper name=%r mode=%r encoding=%r>' % (
            self.name, self.mode, self.encoding)


TextIOWrapper = FileIO
BufferedReader = FileIO
BufferedWriter = FileIO


def open(file, mode='r', buffering=-1, encoding=None, errors=None,
         newline=None, closefd=True, opener=None):
    if not isinstance(mode, str):
        raise TypeError('open() argument \'mode\' must be str, not '
                        + type(mode).__name__)
    if 'b' in mode and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    return FileIO(file, mode, encoding, newline)
