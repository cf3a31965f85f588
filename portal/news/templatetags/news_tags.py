from django import template

from portal.core.json_ld import json_ld_script

register = template.Library()


@register.filter
def river_base_query(article_filter):
    """The current filters as a query string prefix that a page number can follow."""
    query = article_filter.url_with("page", None)
    return query if query == "?" else f"{query}&"


@register.filter
def facet_clear(article_filter, param):
    return article_filter.url_with(param, None)


@register.simple_tag(takes_context=True)
def article_json_ld(context, article):
    """schema.org NewsArticle for search engines, escaped as Django's json_script does."""
    return json_ld_script(article.json_ld(context["request"]))
