# KeyError with a tuple key and a missing key in a nested dict access.
grid = {(0, 0): "origin", (1, 0): "east"}
print(grid[0, 0], grid[1, 0])
print(grid[2, 5])
