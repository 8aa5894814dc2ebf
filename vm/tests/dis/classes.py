# Classes: super(), __class__ cells, class variables, private names,
# keyword arguments, decorators, and nested classes.
class Base:
    kind = "base"

    def hello(self):
        return "base"

class Child(Base, metaclass=type):
    """A child."""
    kind = "child"
    __secret = 1

    def hello(self):
        return super().hello() + self.__secret

    @staticmethod
    def make():
        return __class__

    class Inner:
        def name(self):
            return Child.kind

def outer():
    value = 1
    class Local:
        value = 2
        def get(self):
            return value
    return Local
