# abc: register(), __subclasshook__, abstract class/static methods and properties.
from abc import ABC, ABCMeta, abstractmethod, abstractproperty, abstractclassmethod, abstractstaticmethod, get_cache_token


class Drawable(ABC):
    @abstractmethod
    def draw(self):
        """Draw it."""

    def render(self):
        return "<" + self.draw() + ">"


class Circle(Drawable):
    def draw(self):
        return "circle"


print(Circle().render(), isinstance(Circle(), Drawable))


@Drawable.register
class Blob:
    def draw(self):
        return "blob"


print(isinstance(Blob(), Drawable), issubclass(Blob, Drawable), Blob.__name__)
print(Drawable.register(Circle) is Circle)
try:
    Drawable.register(3)
except TypeError as e:
    print(type(e).__name__, e)


class Walker(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Walker:
            return hasattr(C, "walk")
        return NotImplemented


class Dog:
    def walk(self):
        return "woof"


class Fish:
    pass


print(issubclass(Dog, Walker), issubclass(Fish, Walker), isinstance(Dog(), Walker), isinstance(Fish(), Walker))


class Base(ABC):
    @classmethod
    @abstractmethod
    def make(cls): ...

    @staticmethod
    @abstractmethod
    def helper(): ...

    @property
    @abstractmethod
    def size(self): ...


for name in sorted(Base.__abstractmethods__):
    print("abstract:", name)


class Impl(Base):
    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return 42

    @property
    def size(self):
        return 7


i = Impl.make()
print(i.size, Impl.helper(), Impl.__abstractmethods__ == frozenset())


class Old(ABC):
    @abstractproperty
    def p(self): ...

    @abstractclassmethod
    def c(cls): ...

    @abstractstaticmethod
    def s(): ...


print(sorted(Old.__abstractmethods__))
try:
    Old()
except TypeError as e:
    print(type(e).__name__, e)


class Mixin:
    def hello(self):
        return "hi"


class Both(Mixin, Drawable):
    def draw(self):
        return "both"


print(Both().hello(), Both().render(), [c.__name__ for c in Both.__mro__])
print(type(get_cache_token()).__name__)
print(isinstance(Drawable, ABCMeta), type(Drawable).__name__)

# ABCs with __init__ and super()
class Account(ABC):
    def __init__(self, owner):
        self.owner = owner

    @abstractmethod
    def kind(self): ...

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self.kind()})"


class Savings(Account):
    def __init__(self, owner, rate):
        super().__init__(owner)
        self.rate = rate

    def kind(self):
        return "savings"


print(Savings("ann", 0.1), Savings("bo", 2).rate)
try:
    Account("x")
except TypeError as e:
    print(e)
