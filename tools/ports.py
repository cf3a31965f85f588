"""Free TCP ports on loopback, chosen by the operating system (never fixed numbers)."""

import socket


def free_port() -> int:
    """A port nothing listens on right now; the caller binds it soon after."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
