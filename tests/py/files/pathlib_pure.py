# pathlib: pure path manipulation.
import os
from pathlib import Path, PurePath, PurePosixPath, PosixPath


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)


print(repr(PurePath('a/b')), repr(Path('a', 'b/c')), repr(PurePosixPath('x')), repr(PosixPath('/y')))
for args in [('/a//b/./c/',), ('//a',), ('///a',), ('',), (), ('a', '/b', 'c'), ('a', '..', 'b'), ('.',), ('./a',)]:
    p = Path(*args)
    print(args, str(p), repr(p), p.parts, repr(p.name), p.root, p.anchor, p.drive, p.is_absolute())
for s in ['a/b/c.tar.gz', 'a/.bashrc', 'a/b.', 'a/..', '/', 'x.py', 'd/.hidden.txt', 'noext']:
    p = PurePosixPath(s)
    print(s, repr(p.name), repr(p.stem), repr(p.suffix), p.suffixes, p.parent, list(p.parents))
p = Path('a/b/c.tar.gz')
print(p.parents[0], p.parents[-1], p.parents[1:], len(p.parents), p.parents)
t(lambda: p.parents[3])
print(p.with_name('x.py'), p.with_suffix('.zip'), p.with_suffix(''), p.with_stem('zz'))
print(p / 'd', 'z' / p, p / '/abs', p.joinpath('e', 'f'), p / Path('g'), Path('/') / 'etc')
t(lambda: p.with_suffix('x'))
t(lambda: p.with_suffix('.'))
t(lambda: p.with_suffix('/x'))
t(lambda: p.with_name(''))
t(lambda: p.with_name('a/b'))
t(lambda: Path('/').with_name('x'))
t(lambda: Path('').with_suffix('.x'))
print(Path('/a/b/c').relative_to('/a'), Path('/a/b').relative_to('/a/b'), Path('a/b').relative_to(Path('a')))
t(lambda: Path('a').relative_to('b'))
t(lambda: Path('/a').relative_to('a'))
print(Path('/a/b').is_relative_to('/a'), Path('/a/b').is_relative_to('/c'))
print(Path('a') == PurePosixPath('a'), Path('a') == Path('a/'), Path('a') == 'a', Path('a') != Path('b'))
print(Path('a') < Path('b'), Path('a/b') > Path('a'), Path('a') <= Path('a'), hash(Path('a/b')) == hash(PurePath('a//b')))
print(sorted([Path('b'), Path('a/c'), Path('a'), Path('/z')]), {Path('a'): 1}[PurePosixPath('a')])
t(lambda: Path('a') < 'b')
t(lambda: Path(3))
t(lambda: Path('a') / 3)
t(lambda: 3 / Path('a'))
print(os.fspath(Path('q/r')), str(Path('q')), bytes(Path('q')), Path('q').as_posix(), Path('/q').as_uri())
t(lambda: Path('q').as_uri())
print(isinstance(Path('a'), os.PathLike), isinstance(PurePath('a'), PurePosixPath), type(Path('a')).__name__)
print(Path('a/b.py').match('*.py'), Path('a/b.py').match('a/*.py'), Path('a/b.py').match('/*.py'), Path('/a/b.py').match('/a/*.py'))
print(Path('a/b.py').match('b/*.py'), Path('b.PY').match('*.py'))
print(Path(Path('a'), 'b'), Path('a').joinpath(Path('/b')), Path(os.sep))
