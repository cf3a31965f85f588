from dataclasses import dataclass
from urllib.parse import urlencode

from django.shortcuts import render
from django.utils.translation import get_language
from django.views.decorators.http import require_safe

from portal.core.models import page_of
from portal.core.params import refuse, single_value, understands

from . import query as search_query
from . import text
from .query import candidate_ids, excerpt, kind_counts, kind_labels
from .query import search as search_entries

RESULTS_PER_PAGE = 10


@dataclass
class Result:
    entry: object
    url: str
    title: str
    excerpt: str
    kind_label: str


def _kind_asked(request, labels) -> str:
    """The kind results are narrowed to: one search knows, else "" (refused)."""
    try:
        kind = single_value(request.GET, "kind")
    except ValueError:
        kind = ""
    if kind is None:
        return ""
    if kind not in labels:
        refuse(request, "kind")
        return ""
    return kind


@require_safe
@understands("q", "kind", "page")
def search(request):
    language = get_language()
    query = text.clean_query(request.GET.get("q"))
    labels = kind_labels()
    kind = _kind_asked(request, labels)

    context = {"search_query": query, "kind": kind, "page_obj": None, "results": [], "kinds": []}
    if query:
        ids = candidate_ids(query, language)
        kinds = kind_counts(query, language, ids)
        # The per-kind counts already hold the number of results: no second COUNT.
        total = sum(item.count for item in kinds if not kind or item.kind == kind)
        context["more_than"] = len(ids) >= search_query.MAX_CANDIDATES
        context["max_candidates"] = search_query.MAX_CANDIDATES
        page_obj = page_of(
            request,
            search_entries(query, language, kind=kind or None, ids=ids),
            RESULTS_PER_PAGE,
            count=total,
        )
        context["page_obj"] = page_obj
        context["results"] = [
            Result(
                entry=entry,
                url=entry.page.get_url(request),
                title=text.highlight(entry.title, query, language),
                excerpt=excerpt(entry, query, language),
                kind_label=labels.get(entry.kind, entry.kind),
            )
            for entry in page_obj.object_list
        ]
        context["kinds"] = kinds
        context["all_kinds_url"] = "?" + urlencode({"q": query})
        for item in context["kinds"]:
            item.url = "?" + urlencode({"q": query, "kind": item.kind})
        params = {"q": query, **({"kind": kind} if kind else {})}
        context["base_query"] = "?" + urlencode(params) + "&"
    return render(request, "sitesearch/search.html", context)
