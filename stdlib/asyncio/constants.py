"""Constants shared by the event loop and its transports."""

# After this many write() calls on a lost connection, log a warning.
LOG_THRESHOLD_FOR_CONNLOST_WRITES = 5

# Seconds to wait before retrying accept() when out of resources.
ACCEPT_RETRY_DELAY = 1

# Number of stack entries kept in debug tracebacks.
DEBUG_STACK_DEPTH = 10
