# Builtin exception hierarchy checks
pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (KeyError, LookupError), (IndexError, LookupError), (LookupError, Exception),
    (UnboundLocalError, NameError), (ModuleNotFoundError, ImportError),
    (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
    (FileNotFoundError, OSError), (StopIteration, Exception),
    (GeneratorExit, Exception), (GeneratorExit, BaseException),
    (KeyboardInterrupt, Exception), (SystemExit, Exception), (SystemExit, BaseException),
    (Exception, BaseException), (TypeError, ValueError), (UnicodeDecodeError, ValueError),
    (IndentationError, SyntaxError), (TabError, IndentationError), (AssertionError, Exception),
    (StopAsyncIteration, Exception), (bool, Exception),
]
for sub, sup in pairs:
    print(sub.__name__, sup.__name__, issubclass(sub, sup))
print([c.__name__ for c in ZeroDivisionError.__mro__])
print([c.__name__ for c in KeyError.__mro__])
print(BaseException.__bases__, Exception.__bases__)
