# pathlib: file system operations.
import os
from pathlib import Path

base = Path('/tmp/aspic_files_test_pathlib_fs')


def rm(p):
    if p.is_dir() and not p.is_symlink():
        for c in p.iterdir():
            rm(c)
        p.rmdir()
    else:
        p.unlink()


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)


def rel(ps):
    return sorted(str(q.relative_to(base)) for q in ps)


if base.exists():
    rm(base)
base.mkdir()
print(base.exists(), base.is_dir(), base.is_file())
(base / 'x' / 'y').mkdir(parents=True)
(base / 'x' / 'y').mkdir(parents=True, exist_ok=True)
t(lambda: (base / 'x').mkdir())
t(lambda: (base / 'q' / 'r').mkdir())
print((base / 'x' / 'f.txt').write_text('hi\n'), (base / 'x' / 'y' / 'g.txt').write_bytes(b'bin'))
(base / 'x' / 'y' / 'h.py').touch()
(base / 'x' / 'y' / 'h.py').touch()
t(lambda: (base / 'x' / 'y' / 'h.py').touch(exist_ok=False))
(base / '.hidden').write_text('h')
t(lambda: (base / 'x').write_text(b'x'))
print(rel(base.glob('*')))
print(rel(base.glob('*/*.txt')))
print(rel(base.glob('x/y/*')))
print(rel(base.glob('x/?.txt')))
print(rel(base.glob('x/[fg].*')))
print(rel(base.rglob('*.txt')))
print(rel(base.rglob('*')))
print(rel(base.glob('**')))
print(rel(base.glob('**/*.py')))
print(rel(base.glob('x/')))
print(rel(base.glob('nope/*')))
t(lambda: list(base.glob('')))
t(lambda: list(base.glob('/abs')))
print(sorted(q.name for q in (base / 'x').iterdir()))
t(lambda: list((base / 'nope').iterdir()))
f = base / 'x' / 'f.txt'
print(f.read_text(), f.read_bytes(), f.is_file(), f.is_dir(), f.exists(), f.stat().st_size, f.lstat().st_size)
with f.open() as fh:
    print(fh.read())
with f.open('a') as fh:
    fh.write('more\n')
print(repr(f.read_text()))
with f.open('rb') as fh:
    print(fh.read(2))
print((base / 'w.txt').write_text('a\nb\n', newline='\r\n'), (base / 'w.txt').read_bytes())
print((base / 'e.txt').write_text('é', encoding='latin-1'), (base / 'e.txt').read_bytes(), (base / 'e.txt').read_text(encoding='latin-1'))
t(lambda: (base / 'nope').read_text())
t(lambda: (base / 'nope').stat())
print((base / 'nope').exists(), (base / 'nope').is_file(), (base / 'nope').is_dir(), (base / 'nope').is_symlink())
t(lambda: (base / 'nope').unlink())
(base / 'nope').unlink(missing_ok=True)
r = f.rename(base / 'ff.txt')
print(repr(r.relative_to(base)), f.exists(), r.exists())
r2 = r.replace(base / 'x' / 'f.txt')
print(r2.relative_to(base), r2.read_text() == 'hi\nmore\n')
t(lambda: (base / 'x').rmdir())
(base / 'lnk').symlink_to(base / 'x' / 'f.txt')
print((base / 'lnk').is_symlink(), (base / 'lnk').is_file(), (base / 'lnk').readlink() == base / 'x' / 'f.txt')
print((base / 'lnk').resolve() == base / 'x' / 'f.txt', (base / 'x' / '..' / 'x').resolve() == base / 'x')
print(Path('.').resolve() == Path.cwd(), Path('a').absolute() == Path.cwd() / 'a', Path('/a').absolute())
print(Path('~').expanduser() == Path.home(), Path('~/q').expanduser() == Path.home() / 'q', Path.home() == Path(os.path.expanduser('~')))
print(Path.cwd() == Path(os.getcwd()), base.samefile(str(base)))
(base / 'x' / 'f.txt').chmod(0o600)
print(oct((base / 'x' / 'f.txt').stat().st_mode & 0o777))
old = os.getcwd()
os.chdir(base)
print(sorted(str(p) for p in Path('.').glob('x/*')), sorted(str(p) for p in Path().iterdir()))
print(open(Path('x/f.txt')).read(2), os.path.getsize(Path('x/f.txt')))
os.chdir(old)

rm(base)
print(base.exists())
