"""Who is asking: the reader's address, for every rate limit (RATELIMIT_IP_META_KEY).

Behind nginx, REMOTE_ADDR is the proxy's address, so keying limits on it puts every
reader in one bucket. X-Forwarded-For is read only when the request comes from a
trusted proxy, and then from the right: each trusted proxy appends the address it
saw, so the right-most hop that is not one of ours is the client. Anything to its
left was written by the client and may be invented.

Hand-written: django-ipware picks the left-most public address by default (which a
client can forge) and would be a dependency for these few lines.
"""

import ipaddress
from functools import cache

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

# The address used when none can be read (e.g. a Unix socket with no header): one
# shared bucket, never a free pass.
UNKNOWN = "0.0.0.0"

Network = ipaddress.IPv4Network | ipaddress.IPv6Network
Address = ipaddress.IPv4Address | ipaddress.IPv6Address


def parse_trusted_proxies(value: str | list[str]) -> list[Network]:
    """Addresses or networks ("127.0.0.1,::1,10.0.0.0/8"); "*" is refused, since it
    would let anyone choose the address their requests are counted under."""
    items = value.split(",") if isinstance(value, str) else value
    networks = []
    for item in (item.strip() for item in items):
        if not item:
            continue
        try:
            networks.append(ipaddress.ip_network(item, strict=False))
        except ValueError:
            raise ImproperlyConfigured(
                f"TRUSTED_PROXIES: {item!r} is not an address or network "
                "(list the proxies' addresses; a wildcard is not accepted)."
            ) from None
    return networks


@cache
def _trusted_networks(value: tuple[str, ...]) -> list[Network]:
    return parse_trusted_proxies(list(value))


def _address(text: str) -> Address | None:
    try:
        address = ipaddress.ip_address(text.strip())
    except ValueError:
        return None
    # An IPv4 client seen through an IPv6 socket counts as itself.
    mapped = getattr(address, "ipv4_mapped", None)
    return mapped or address


def client_ip(request) -> str:
    """The client's address: REMOTE_ADDR, unless it is a trusted proxy; then the
    right-most hop of X-Forwarded-For that is not a trusted proxy."""
    trusted = _trusted_networks(tuple(settings.TRUSTED_PROXIES))

    def is_trusted(address: Address) -> bool:
        return any(address in network for network in trusted)

    remote_text = request.META.get("REMOTE_ADDR", "") or ""
    remote = _address(remote_text)
    # An empty REMOTE_ADDR is a Unix socket: only local processes (the proxy) connect.
    if remote is not None and not is_trusted(remote):
        return str(remote)
    nearest = str(remote) if remote is not None else UNKNOWN
    hops = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
    for hop in reversed(hops):
        address = _address(hop)
        if address is None:
            # Garbage where a proxy should have written an address: stop at the last
            # address we can vouch for rather than believe anything further left.
            return nearest
        if not is_trusted(address):
            return str(address)
        nearest = str(address)
    return nearest
