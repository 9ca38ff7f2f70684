# os and os.path basics without environment-dependent output
import os
print(isinstance(os.getcwd(), str), os.path.isabs(os.getcwd()), isinstance(os.getpid(), int))
print(os.path.join('a', 'b', 'c.txt'), os.path.join('/root', 'x'), os.path.join('a', '/abs'), os.path.join('a', ''))
print(os.path.basename('/x/y/file.tar.gz'), os.path.dirname('/x/y/file.tar.gz'), os.path.splitext('file.tar.gz'), os.path.splitext('noext'), os.path.split('/a/b'))
print(os.path.exists(__file__), os.path.exists('/definitely/not/here'), os.path.isfile(__file__), os.path.isdir(os.path.dirname(os.path.abspath(__file__))))
print(os.path.normpath('a//b/../c/./d'), os.sep, os.path.basename('dir/'), os.path.join(*['p', 'q']))
from collections.abc import Mapping
print(isinstance(os.environ, Mapping), 'PATH' in os.environ or True, os.environ.get('SURELY_NOT_SET_VAR_XYZ', 'unset'))
print(os.path.basename(__file__), os.path.abspath('.') == os.getcwd())
print(sorted(n for n in os.listdir('.') if n.startswith('os_basics')))
try:
    open('/definitely/not/here.txt')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror)
