"""Abstract protocol classes: the callbacks a transport calls."""

__all__ = (
    'BaseProtocol', 'Protocol', 'DatagramProtocol',
    'SubprocessProtocol', 'BufferedProtocol',
)


class BaseProtocol:
    """Callbacks shared by every protocol: connection_made/lost and
    the flow control pair pause_writing/resume_writing."""

    __slots__ = ()

    def connection_made(self, transport):
        """Called when a connection is made."""

    def connection_lost(self, exc):
        """Called when the connection is lost or closed (exc is None on a
        regular EOF or close)."""

    def pause_writing(self):
        """Called when the transport's write buffer goes over the high
        water mark."""

    def resume_writing(self):
        """Called when the transport's write buffer drains to the low
        water mark."""


class Protocol(BaseProtocol):
    """Interface for stream protocols."""

    __slots__ = ()

    def data_received(self, data):
        """Called with the bytes received."""

    def eof_received(self):
        """Called when the other end sent EOF: a false result closes the
        transport."""


class BufferedProtocol(BaseProtocol):
    """Stream protocol that receives into its own buffer."""

    __slots__ = ()

    def get_buffer(self, sizehint):
        """Return a writable buffer for incoming data."""

    def buffer_updated(self, nbytes):
        """Called when nbytes were written into the buffer."""

    def eof_received(self):
        """Called when the other end sent EOF."""


class DatagramProtocol(BaseProtocol):
    """Interface for datagram protocols."""

    __slots__ = ()

    def datagram_received(self, data, addr):
        """Called when a datagram is received."""

    def error_received(self, exc):
        """Called when a send or receive operation raises an OSError."""


class SubprocessProtocol(BaseProtocol):
    """Interface for protocols of subprocess pipes."""

    __slots__ = ()

    def pipe_data_received(self, fd, data):
        """Called when the subprocess writes to its stdout or stderr."""

    def pipe_connection_lost(self, fd, exc):
        """Called when a file descriptor of the subprocess is closed."""

    def process_exited(self):
        """Called when the subprocess has exited."""


def _feed_data_to_buffered_proto(proto, data):
    data_len = len(data)
    while data_len:
        buf = proto.get_buffer(data_len)
        buf_len = len(buf)
        if not buf_len:
            raise RuntimeError('get_buffer() returned an empty buffer')

        if buf_len >= data_len:
            buf[:data_len] = data
            proto.buffer_updated(data_len)
            return
        else:
            buf[:buf_len] = data[:buf_len]
            proto.buffer_updated(buf_len)
            data = data[buf_len:]
            data_len = len(data)
