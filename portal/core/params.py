"""Query parameters: which ones a page understands, and which values it refused.

Each page type declares the query parameters it reads: `BasePage.query_params`
(a listing: its filters' names and `page`), or `@understands(...)` on a view that is
not a page (search). What a page does not declare it ignores, and so does the page
cache: `?utm_source=...` or any other stray parameter is served the page cached
without it (`canonical_query`), instead of each spelling becoming an entry of its own.

A value the page cannot use (a thematic area that does not exist, a year out of
range, a page number that is not one) is *refused*: left out of the listing, never
used in a cache key, and the answer is not stored. Refused filters are named to the
reader in a notice; a refused page number is not (the listing shows its first page,
or its last, as it always did).
"""

from functools import wraps

from django.http import QueryDict
from django.utils.http import urlencode

RESPONSE_ATTRIBUTE = "understood_params"

# At most this long: longer values are refused before anything looks them up.
MAX_VALUE_LENGTH = 255


def understands(*params):
    """Declare the query parameters a view (not a page) reads; `@understands()`:
    none. The page cache keys the view's answers on these alone."""

    def decorate(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            return declare(view(request, *args, **kwargs), params)

        wrapped.understood_params = tuple(params)
        return wrapped

    return decorate


def declare(response, params):
    """Record on `response` which query parameters produced it (None: undeclared)."""
    if params is not None:
        setattr(response, RESPONSE_ATTRIBUTE, tuple(params))
    return response


def declared(response) -> tuple[str, ...] | None:
    """The query parameters `response` depends on, or None when its view did not say."""
    return getattr(response, RESPONSE_ATTRIBUTE, None)


def understood_by_view(request) -> tuple[str, ...] | None:
    """The parameters the view that `request` resolved to declares (views only)."""
    match = getattr(request, "resolver_match", None)
    return getattr(match.func, "understood_params", None) if match else None


def canonical_query(query: QueryDict, params) -> str:
    """`query` reduced to `params`, in a fixed order (names sorted, each name's values
    in the order given), urlencoded; "" when none is given."""
    pairs = [(name, query.getlist(name)) for name in sorted(set(params)) if name in query]
    return urlencode(pairs, doseq=True)


def single_value(query: QueryDict, name: str) -> str | None:
    """The one value of `name` in `query`: None when absent or empty; refused (raises
    ValueError) when given more than once or longer than any real value."""
    values = [value for value in query.getlist(name) if value != ""]
    if not values:
        return None
    if len(values) > 1 or len(values[0]) > MAX_VALUE_LENGTH:
        raise ValueError(name)
    return values[0]


def refuse(request, param: str, notify: bool = True) -> None:
    """Record that the value of `param` was refused: the answer is not cached, and
    when `notify` the reader is told that this part of the address was left out."""
    refused = request.__dict__.setdefault("_portal_refused_params", {})
    refused[param] = refused.get(param, False) or notify


def has_refusals(request) -> bool:
    return bool(getattr(request, "_portal_refused_params", None))


def refused_filters(request) -> list[str]:
    """Names of the refused parameters the reader should be told about."""
    refused = getattr(request, "_portal_refused_params", {}) if request is not None else {}
    return [param for param, notify in refused.items() if notify]
