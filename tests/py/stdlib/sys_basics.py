# sys module: argv, path[0], version_info, recursion limit, maxsize
import sys, os
print(len(sys.argv), sys.argv[0].endswith('sys_basics.py'))
print(os.path.abspath(sys.path[0]) == os.path.dirname(os.path.abspath(__file__)))
print(sys.version_info >= (3, 11), sys.version_info[0], isinstance(sys.version, str))
print(sys.getrecursionlimit() == 1000, sys.maxsize == 2 ** 63 - 1, sys.byteorder in ('little', 'big'))
print(type(sys.modules).__name__, 'sys' in sys.modules, sys.stdout is not None, callable(sys.exit))
print(sys.float_info.max, sys.float_info.epsilon, sys.int_info.bits_per_digit in (15, 30))
