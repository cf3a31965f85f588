"""The address of the person making a request, for every limit that counts per client.

Placeholder: this returns REMOTE_ADDR, which behind the documented nginx is the proxy.
The trusted-proxy version (the right-most untrusted hop of X-Forwarded-For, issue 11
fault 4) replaces this function; everything that counts per client (login throttling
through AXES_CLIENT_IP_CALLABLE, the rate limits) calls it, so the fix lands in one place.
"""


def client_ip(request) -> str:
    """The client's IP address as seen by this server."""
    return request.META.get("REMOTE_ADDR", "")
