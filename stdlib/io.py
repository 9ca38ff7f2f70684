"""The io module: file objects for open(), StringIO and BytesIO (see _aspic_io)."""

from _aspic_io import (
    SEEK_SET, SEEK_CUR, SEEK_END, DEFAULT_BUFFER_SIZE, UnsupportedOperation,
    IOBase, RawIOBase, BufferedIOBase, TextIOBase, FileIO, BufferedReader, BufferedWriter,
    BufferedRandom, BufferedRWPair, TextIOWrapper, StringIO, BytesIO, open, open_code,
    text_encoding,
)

BlockingIOError = BlockingIOError

import builtins as _builtins
open = _builtins.open

__all__ = ['BlockingIOError', 'open', 'open_code', 'IOBase', 'RawIOBase', 'FileIO', 'BytesIO',
           'StringIO', 'BufferedIOBase', 'BufferedReader', 'BufferedWriter', 'BufferedRWPair',
           'BufferedRandom', 'TextIOBase', 'TextIOWrapper', 'UnsupportedOperation', 'SEEK_SET',
           'SEEK_CUR', 'SEEK_END', 'DEFAULT_BUFFER_SIZE', 'text_encoding']
