x = 1
y = x + 2 * 3 - -4
z = (x ** 2) // y % 7
x += 1
print(x, y, z)
