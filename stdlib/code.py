"""Interactive interpreters: the read-eval-print loop of `python` and `-m asyncio`."""

import sys
from codeop import CommandCompiler, compile_command

__all__ = ["InteractiveInterpreter", "InteractiveConsole", "interact", "compile_command"]


def _format(exc):
    import _thread
    return _thread._format_exception(exc)


class InteractiveInterpreter:
    def __init__(self, locals=None):
        if locals is None:
            locals = {"__name__": "__console__", "__doc__": None}
        self.locals = locals
        self.compile = CommandCompiler()

    def runsource(self, source, filename="<input>", symbol="single"):
        """Compile and run `source`; True when more input is needed."""
        try:
            code = self.compile(source, filename, symbol)
        except (OverflowError, SyntaxError, ValueError) as e:
            self.showsyntaxerror(filename, e)
            return False
        if code is None:
            return True
        self.runcode(code)
        return False

    def runcode(self, code):
        try:
            exec(code, self.locals)
        except SystemExit:
            raise
        except BaseException as e:
            self.showtraceback(e)

    def showsyntaxerror(self, filename=None, exc=None):
        """Show the error without a traceback: where it is, the line, a caret."""
        if exc is None:
            exc = sys.exc_info()[1]
        if not isinstance(exc, SyntaxError):
            self.write(_format(exc))
            return
        fname = exc.filename if filename is None else filename
        if _editor_active() and getattr(self, 'buffer', None):
            # On a terminal: the input with the error's span underlined (ariadne).
            import _aspic_repl
            text = _aspic_repl.render_syntax_error("\n".join(self.buffer) + "\n",
                                                   fname or self.filename)
            if text:
                self.write(text if text.endswith("\n") else text + "\n")
                return
        lines = []
        if exc.lineno is not None:
            lines.append('  File "%s", line %s\n' % (fname or '<string>', exc.lineno))
        text = exc.text
        if text is not None:
            stripped = text.rstrip('\n').lstrip(' \t\f')
            lines.append('    %s\n' % stripped)
            if exc.offset is not None:
                col = max(exc.offset - 1 - (len(text.rstrip('\n')) - len(stripped)), 0)
                width = 1
                if exc.end_offset is not None and exc.end_lineno == exc.lineno and exc.end_offset > exc.offset:
                    width = exc.end_offset - exc.offset
                lines.append('    %s%s\n' % (' ' * col, '^' * width))
        lines.append('%s: %s\n' % (type(exc).__name__, exc.msg))
        self.write(''.join(lines))

    def showtraceback(self, exc=None):
        if exc is None:
            exc = sys.exc_info()[1]
        self.write(_format(exc))

    def write(self, data):
        sys.stderr.write(data)


class InteractiveConsole(InteractiveInterpreter):
    def __init__(self, locals=None, filename="<console>"):
        InteractiveInterpreter.__init__(self, locals)
        self.filename = filename
        self.resetbuffer()

    def resetbuffer(self):
        self.buffer = []

    def interact(self, banner=None, exitmsg=None):
        try:
            sys.ps1
        except AttributeError:
            sys.ps1 = ">>> "
        try:
            sys.ps2
        except AttributeError:
            sys.ps2 = "... "
        cprt = 'Type "help", "copyright", "credits" or "license" for more information.'
        if banner is None:
            self.write("Python %s on %s\n%s\n(%s)\n" %
                       (sys.version, sys.platform, cprt, self.__class__.__name__))
        elif banner:
            self.write("%s\n" % str(banner))
        more = False
        while True:
            try:
                prompt = sys.ps2 if more else sys.ps1
                try:
                    line = self.raw_input(prompt)
                except EOFError:
                    self.write("\n")
                    break
                else:
                    more = self.push(line)
            except KeyboardInterrupt:
                self.write("\nKeyboardInterrupt\n")
                self.resetbuffer()
                more = False
        if exitmsg is None:
            self.write('now exiting %s...\n' % self.__class__.__name__)
        elif exitmsg != '':
            self.write('%s\n' % exitmsg)

    def push(self, line):
        if not line.strip():
            # A line of only (pre-filled) indentation ends a block, like an empty one.
            line = ''
        if self.buffer and line.strip() and _editor_active():
            # The editor pre-filled the indentation: a dedent keyword goes back a level.
            word = line.lstrip().split(':')[0].split(' ')[0]
            indent = line[:len(line) - len(line.lstrip())]
            if word in _DEDENT_WORDS and indent == getattr(self, '_indent', '') and len(indent) >= 4:
                line = line[4:]
        self.buffer.append(line)
        source = "\n".join(self.buffer)
        more = self.runsource(source, self.filename)
        if not more:
            self.resetbuffer()
            self._indent = ''
        else:
            stripped = line.rstrip()
            indent = line[:len(line) - len(line.lstrip())]
            if not stripped:
                indent = ''
            elif stripped.endswith(':'):
                indent += '    '
            self._indent = indent
        return more

    def raw_input(self, prompt=""):
        if _editor_active():
            import _aspic_repl
            return _aspic_repl.readline(prompt, getattr(self, '_indent', ''), self._names())
        return input(prompt)

    def _names(self):
        """What Tab can complete: keywords, builtins, names in scope, module attributes."""
        import builtins
        names = list(_KEYWORDS)
        names.extend(dir(builtins))
        for k, v in list(self.locals.items()):
            names.append(k)
            if type(v).__name__ == 'module':
                names.extend(k + '.' + a for a in dir(v) if not a.startswith('__'))
        return names


_DEDENT_WORDS = ('else', 'elif', 'except', 'except*', 'finally', 'case')
_KEYWORDS = ('False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break',
             'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for',
             'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or',
             'pass', 'raise', 'return', 'try', 'while', 'with', 'yield', 'match', 'case')


def _editor_active():
    """On a terminal, lines come from aspic's line editor."""
    try:
        import _aspic_repl
    except ImportError:
        return False
    return _aspic_repl.interactive()


def interact(banner=None, readfunc=None, local=None, exitmsg=None):
    console = InteractiveConsole(local)
    if readfunc is not None:
        console.raw_input = readfunc
    console.interact(banner, exitmsg)
