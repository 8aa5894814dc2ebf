from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perim(self): ...
    @property
    @abstractmethod
    def name(self): ...
class Sq(Shape):
    def area(self): return 4
try: Shape()
except TypeError as e: print(type(e).__name__, e)
try: Sq()
except TypeError as e: print(type(e).__name__, e)
class Sq2(Sq):
    def perim(self): return 8
    name = "sq"
s = Sq2(); print(s.area(), s.perim(), s.name, isinstance(s, Shape), issubclass(Sq2, Shape))
print(Shape.__abstractmethods__ == frozenset({'area','perim','name'}), Sq2.__abstractmethods__)
class Foo: pass
Shape.register(Foo)
print(isinstance(Foo(), Shape), issubclass(Foo, Shape), issubclass(int, Shape))
class Sized2(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if any("__len__" in B.__dict__ for B in C.__mro__): return True
        return NotImplemented
print(issubclass(list, Sized2), isinstance("x", Sized2), isinstance(1, Sized2))
print(type(Shape), type(ABC))
