# subclasses of array.array and struct.Struct
import array
import struct

class A(array.array):
    def append(self, v):
        super().append(v * 10)
    def total(self):
        return sum(self)

a = A('i', [1, 2])
a.append(3)
a.label = 'lbl'
print(type(a).__name__, a, len(a), a[0], a.total(), a.label, isinstance(a, array.array), list(a))
print(a + array.array('i', [9]), type(a + array.array('i', [9])).__name__, type(a[:1]).__name__, a == array.array('i', [1, 2, 30]))

class Tagged(array.array):
    def __new__(cls, tag, *args):
        obj = super().__new__(cls, *args)
        obj.tag = tag
        return obj
t = Tagged('x', 'd', [0.5])
print(t, t.tag, t.typecode, t.itemsize, repr(Tagged('y', 'u', 'hi')), Tagged('z', 'b'))

class S(struct.Struct):
    def __init__(self, fmt):
        super().__init__(fmt)
        self.note = 'n:' + self.format
s = S('<hh')
print(type(s).__name__, s.size, s.pack(1, 2), s.unpack(b'\x01\x00\x02\x00'), s.note, isinstance(s, struct.Struct))
