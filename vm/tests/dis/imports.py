# import forms, module annotations.
import os
import os.path as osp
import a.b.c
from . import sibling as sib
from ..pkg.mod import x, y as z
from math import *
count: int = 0
names: "list[str]"
print(os, osp, a, sib, x, z, count, __annotations__)
