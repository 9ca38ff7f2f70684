# Importing standard library modules in various forms
import math, sys as system
from os import path
from collections import namedtuple as nt, OrderedDict
import os.path
print(math.pi > 3, system is __import__('sys'), path is os.path, nt.__name__, OrderedDict.__name__)
print(math.__name__, os.path.join('a', 'b'), type(math).__name__)
m = __import__('math')
print(m.sqrt(16))
import importlib
j = importlib.import_module('json')
print(j.dumps([1]))
