"""The page editor's small additions: panels that follow the article's kind, and
readable checkbox lists for thematic areas, partners and places."""

from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks


@hooks.register("insert_editor_js")
def article_kind_panels():
    return format_html('<script src="{}" defer></script>', static("js/admin-article-kind.js"))


@hooks.register("insert_global_admin_css")
def checkbox_lists():
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin-editor.css"))
