"""Listings filtered through plain query-string links (?kind=story&theme=...).

No JavaScript and no form: every option is a link that keeps the other filters, so
filtered listings can be bookmarked, shared, crawled and baked into a static mirror.
"""

from dataclasses import dataclass

import django_filters
from django.core.exceptions import ValidationError
from django.http import QueryDict

from .generations import remember
from .params import refuse, single_value


@dataclass
class FacetOption:
    value: str
    label: str
    url: str
    active: bool
    short: str = ""  # the label without its count, for the chip of an active filter


@dataclass
class Facet:
    param: str
    title: str
    options: list[FacetOption]
    clear_url: str


@dataclass(frozen=True)
class Chip:
    """An active filter, shown as a link that removes it."""

    label: str
    url: str


class FacetedFilterSet(django_filters.FilterSet):
    """A FilterSet that also offers its options as links (`facets()`).

    Only values the listing knows are used (`is_known`): any other is refused before
    it reaches a query or a cache key, the reader is told (`portal.core.params`), and
    the listing is shown without that filter.
    """

    PARAMS: tuple[str, ...] = ()
    # Filters that join a many-valued relation and so can repeat rows; None: any may.
    # SELECT DISTINCT over whole pages is costly on long listings, so only when needed.
    MANY_VALUED: tuple[str, ...] | None = None

    def __init__(self, data=None, *args, locale=None, cache_scope=None, **kwargs):
        super().__init__(data, *args, **kwargs)
        self.locale = locale
        self.unfiltered = kwargs.get("queryset")
        # Facet data of the unfiltered listing is kept per cache generation (until
        # the next publish) under this name, when given: it costs a scan of the listing.
        self.cache_scope = cache_scope
        self._remembered = {}
        self.refused: list[str] = []
        if self.is_bound:
            self.data = self._known_only(self.data)

    def _known_only(self, data) -> QueryDict:
        """`data` reduced to this listing's parameters with values it knows; the others
        are refused (a misspelt kind, a year that is not one, a crafted value)."""
        if not isinstance(data, QueryDict):  # a plain dict (tests, the mirror)
            query = QueryDict(mutable=True)
            for key, value in data.items():
                query.setlist(key, value if isinstance(value, list) else [value])
            data = query
        accepted = QueryDict(mutable=True)
        for param in self.PARAMS:
            try:
                value = single_value(data, param)
            except ValueError:  # given twice, or far too long
                value, known = None, False
            else:
                known = value is None or self.is_known(param, value)
            if value is not None and known:
                accepted[param] = value
            elif not known:
                self.refused.append(param)
                if self.request is not None:
                    refuse(self.request, param)
        return accepted

    def is_known(self, param: str, value: str) -> bool:
        """Whether the listing can filter by `value` for `param`; subclasses name the
        values they offer. By default: what the filter's form field accepts."""
        try:
            self.filters[param].field.clean(value)
        except ValidationError:
            return False
        return True

    @property
    def qs(self):
        # Unknown values were refused already; this guards against one a field rejects.
        if not self.is_valid():
            return self.queryset
        if self.MANY_VALUED is not None and not set(self.active) & set(self.MANY_VALUED):
            return super().qs
        return super().qs.distinct()

    def remember(self, name, compute):
        """`compute()`, kept until the next publish when the listing has a cache scope
        (and for the life of this filter set in any case: checking a value and listing
        the options need the same data)."""
        if name not in self._remembered:
            if self.cache_scope:
                language = self.locale.language_code if self.locale else ""
                key = f"portal:facets:{self.cache_scope}:{language}:{name}"
                self._remembered[name] = remember(key, compute)
            else:
                self._remembered[name] = compute()
        return self._remembered[name]

    @property
    def active(self) -> dict[str, str]:
        if not self.is_bound:
            return {}
        cleaned = self.form.cleaned_data if self.is_valid() else {}
        return {p: str(self.data[p]) for p in self.PARAMS if cleaned.get(p) not in (None, "")}

    def url_with(self, param: str, value: str | None) -> str:
        """The current query string with `param` set to `value` (or removed)."""
        query = QueryDict(mutable=True)
        for key, current in self.active.items():
            if key != param:
                query[key] = current
        if value is not None:
            query[param] = value
        encoded = query.urlencode()
        return f"?{encoded}" if encoded else "?"

    def facet(self, param, title, pairs) -> Facet:
        selected = self.active.get(param)
        options = [
            FacetOption(value, label, self.url_with(param, value), value == selected)
            for value, label in pairs
        ]
        return Facet(param, title, options, self.url_with(param, None))

    def localized_names(self, model, slugs) -> list[tuple[str, str]]:
        """(slug, name) of translatable taxonomy entries, named in the reader's
        language when translated, else in whichever language exists; sorted by name."""
        names = {}
        for entry in model.objects.filter(slug__in=slugs):
            if entry.slug not in names or (self.locale and entry.locale_id == self.locale.pk):
                names[entry.slug] = entry.name
        return sorted(names.items(), key=lambda pair: pair[1].lower())

    def chips(self, facets) -> list[Chip]:
        """One chip per active filter, in the order of `facets`, named as its option
        is (the raw value when the option is not offered); each links to the listing
        without that filter."""
        chips = []
        for facet in facets:
            value = self.active.get(facet.param)
            if value is None:
                continue
            option = next((o for o in facet.options if o.value == value), None)
            label = (option.short or option.label) if option else value
            chips.append(Chip(label, self.url_with(facet.param, None)))
        return chips
