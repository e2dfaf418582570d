"""The laptop's IPv4 addresses a room can serve on, without Qt's network module (the bundle
leaves QtNetwork out) and without asking the network anything: the kernel's own list."""

from __future__ import annotations

import socket
import struct
import sys

LOOPBACK = "127.0.0.1"
_SIOCGIFADDR = 0x8915  # Linux: the IPv4 address of one interface


def addresses() -> list[tuple[str, str]]:
    """(interface name or "", address) of every non-loopback IPv4 address, loopback excluded."""
    found: list[tuple[str, str]] = []
    if sys.platform.startswith("linux"):
        import fcntl

        probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        try:
            for _index, name in socket.if_nameindex():
                try:
                    packed = fcntl.ioctl(probe.fileno(), _SIOCGIFADDR, struct.pack("256s", name[:15].encode()))
                except OSError:  # no IPv4 address on this interface, or it is down
                    continue
                found.append((name, socket.inet_ntoa(packed[20:24])))
        finally:
            probe.close()
    else:
        # Windows and macOS list every local address under the machine's own name, from the
        # local configuration (no DNS query for the machine's own name).
        try:
            infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)
        except OSError:
            infos = []
        for info in infos:
            found.append(("", str(info[4][0])))
    seen: set[str] = set()
    unique = []
    for name, address in found:
        if address.startswith("127.") or address in seen:
            continue
        seen.add(address)
        unique.append((name, address))
    return unique
