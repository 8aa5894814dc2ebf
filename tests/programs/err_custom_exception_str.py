# An uncaught custom exception with a custom __str__ and extra args.
class ValidationError(ValueError):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem
    def __str__(self):
        return f"{self.field}: {self.problem}"
def validate(rec):
    if rec.get("age", 0) < 0:
        raise ValidationError("age", "must be non-negative")
    return True
print(validate({"age": 3}))
validate({"age": -1})
