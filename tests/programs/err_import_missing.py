# Importing a module that does not exist.
import os
print("os imported:", os.sep)
import definitely_not_a_real_module_xyz
