"""Compiling what a user types at an interactive prompt, one line at a time.

compile_command() and CommandCompiler return a code object when the input is a whole
statement, None when it needs more lines, and raise SyntaxError when it is wrong.
"""

__all__ = ["compile_command", "Compile", "CommandCompiler"]

PyCF_DONT_IMPLY_DEDENT = 0x200
PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000


def _maybe_compile(compiler, source, filename, symbol):
    # Blank lines and comments only: nothing to run.
    for line in source.split("\n"):
        line = line.strip()
        if line and line[0] != '#':
            break
    else:
        if symbol != "eval":
            source = "pass"
    try:
        return compiler(source, filename, symbol)
    except SyntaxError as e:
        if e.args and e.args[0] == "incomplete input":
            return None
        raise


def compile_command(source, filename="<input>", symbol="single"):
    return _maybe_compile(Compile(), source, filename, symbol)


class Compile:
    """compile() with the flags an interactive prompt needs (plus any added later)."""

    def __init__(self):
        self.flags = PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT

    def __call__(self, source, filename, symbol, **kwargs):
        return compile(source, filename, symbol, self.flags, True)


class CommandCompiler:
    def __init__(self):
        self.compiler = Compile()

    def __call__(self, source, filename="<input>", symbol="single"):
        return _maybe_compile(self.compiler, source, filename, symbol)
