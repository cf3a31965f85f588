"""Walks the content of the languages other than the default one (Russian, Tajik) and
reports text left in Latin script (see `detect`).

What is read is derived from the models, not listed by hand:

- every page of the language (the published version of a live page, the latest draft
  of a page never published), and its child objects (newsletter table-of-contents
  entries, gallery images...);
- every translatable model that is not a page's child (snippets: places,
  organizations, thematic areas, key figures, newsletter series...);
- per-language fields of site settings, named `<field>_<language>` (`address_ru`).

Text is every editable CharField and TextField without choices (slugs, URLs and
e-mail fields excluded), rich text paragraph by paragraph, and StreamField text
blocks (character, text and rich text blocks, inside structs and lists too).
"""

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db import models
from django.utils.text import capfirst
from modelcluster.fields import ParentalKey
from modelcluster.models import get_all_child_relations
from wagtail import blocks
from wagtail.contrib.settings.registry import registry
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Comment, Page
from wagtail.models.i18n import get_translatable_models

from .detect import html_paragraphs, latin_runs

# Lower-case brand names readers meet in Latin script inside Russian and Tajik text.
# Projects add theirs with the TRANSLATION_REPORT_ALLOWED_WORDS setting.
KNOWN_BRANDS = frozenset({"imo", "iPhone", "iOS", "eSIM", "mBank"})
NOT_TEXT = (models.SlugField, models.URLField, models.EmailField, models.FilePathField)
SEPARATOR = " › "


@dataclass
class Finding:
    """A stretch of Latin-script text in one field of one object."""

    language: str  # language code of the content: "ru", "tg"
    obj: Any  # what an editor opens to fix it: a page, a snippet, site settings
    field: str  # for people: "Body › Paragraph 2"
    path: str  # for programs: "body.1.value"
    excerpt: str
    rule: str
    edit_url: str | None = None  # filled in by the report for its user

    @property
    def kind(self) -> str:
        return str(capfirst(self.obj._meta.verbose_name))

    @property
    def title(self) -> str:
        return str(getattr(self.obj, "title", None) or self.obj)

    @property
    def is_page(self) -> bool:
        return isinstance(self.obj, Page)

    @property
    def live(self) -> bool:
        return getattr(self.obj, "live", True)


def checked_languages() -> list[str]:
    """Every content language except the default one, in settings order."""
    default = settings.LANGUAGE_CODE.split("-")[0]
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code != default]


def allowed_words() -> frozenset[str]:
    return KNOWN_BRANDS | frozenset(getattr(settings, "TRANSLATION_REPORT_ALLOWED_WORDS", ()))


def text_fields(model) -> list[models.Field]:
    """The fields of `model` that hold text readers see."""
    found = []
    for field in model._meta.concrete_fields:
        if isinstance(field, StreamField) or (
            isinstance(field, (models.CharField, models.TextField))
            and not isinstance(field, NOT_TEXT)
            and field.editable
            and not field.choices
        ):
            found.append(field)
    return found


def _label(thing) -> str:
    return str(capfirst(thing))


def _block_texts(block, raw, label: str, path: str) -> Iterator[tuple[str, str, str]]:
    """(path, label, text) of each text in a block's raw (JSON) value."""
    if raw in (None, ""):
        return
    if isinstance(block, blocks.RichTextBlock):
        if isinstance(raw, str):
            yield from _rich_text(raw, label, path)
    elif isinstance(block, (blocks.CharBlock, blocks.TextBlock)):
        if isinstance(raw, str):
            yield path, label, raw
    elif isinstance(block, blocks.StructBlock):
        if isinstance(raw, dict):
            for name, child in block.child_blocks.items():
                child_label = f"{label}{SEPARATOR}{_label(child.label)}"
                yield from _block_texts(child, raw.get(name), child_label, f"{path}.{name}")
    elif isinstance(block, blocks.ListBlock):
        for n, item in enumerate(raw if isinstance(raw, list) else [], 1):
            if isinstance(item, dict) and item.get("type") == "item" and "value" in item:
                item = item["value"]
            yield from _block_texts(block.child_block, item, f"{label} {n}", f"{path}.{n - 1}")
    elif isinstance(block, blocks.StreamBlock):
        yield from _stream_texts(block, raw, label, path)


def _stream_texts(stream_block, raw_items, label: str, path: str):
    for n, item in enumerate(raw_items or [], 1):
        if not isinstance(item, dict):
            continue
        block = stream_block.child_blocks.get(item.get("type"))
        if block is not None:
            item_label = f"{label}{SEPARATOR}{_label(block.label)} {n}"
            yield from _block_texts(block, item.get("value"), item_label, f"{path}.{n - 1}")


def _rich_text(html: str, label: str, path: str):
    for text in html_paragraphs(html):
        yield path, label, text


def field_texts(obj, fields, label_prefix="", path_prefix=""):
    """(path, label, text) of every text in `fields` of `obj`."""
    for field in fields:
        label = label_prefix + _label(field.verbose_name)
        path = path_prefix + field.name
        value = getattr(obj, field.name, None)
        if isinstance(field, StreamField):
            raw = getattr(value, "raw_data", None)
            yield from _stream_texts(field.stream_block, list(raw or []), label, path)
        elif isinstance(field, RichTextField):
            yield from _rich_text(value or "", label, path)
        elif value and isinstance(value, str):
            # Text columns whose Python value is not text (a list of choice slugs)
            # hold codes, not words readers see.
            yield path, label, value


def object_texts(obj) -> Iterator[tuple[str, str, str]]:
    """(path, label, text) of every text of `obj` and of its child objects."""
    yield from field_texts(obj, text_fields(type(obj)))
    for relation in get_all_child_relations(type(obj)):
        child_model = relation.related_model
        if issubclass(child_model, Comment):  # editors' notes, not content
            continue
        fields = text_fields(child_model)
        if not fields:
            continue
        accessor = relation.get_accessor_name()
        name = _label(child_model._meta.verbose_name)
        for n, child in enumerate(getattr(obj, accessor).all(), 1):
            yield from field_texts(child, fields, f"{name} {n}{SEPARATOR}", f"{accessor}.{n - 1}.")


def _as_readers_or_editors_see(page):
    """A live page as published; a page never published as its latest draft."""
    if not page.live and page.latest_revision_id:
        return page.get_latest_revision_as_object()
    return page


def standalone_translatable_models() -> list:
    """Translatable models that are neither pages nor a page's child objects."""
    return [
        model
        for model in get_translatable_models(include_subclasses=True)
        if not issubclass(model, Page)
        and not any(isinstance(f, ParentalKey) for f in model._meta.concrete_fields)
    ]


def objects_in(language: str) -> Iterator[Any]:
    """Pages and translatable objects of `language`."""
    pages = (
        Page.objects.filter(locale__language_code=language, depth__gt=1).order_by("path").specific()
    )
    for page in pages.iterator(chunk_size=200):
        yield _as_readers_or_editors_see(page)
    for model in standalone_translatable_models():
        yield from model._default_manager.filter(locale__language_code=language).order_by("pk")


def settings_texts(language: str) -> Iterator[tuple[Any, str, str, str]]:
    """(settings object, path, label, text) of settings fields named `<field>_<language>`."""
    for model in registry:
        fields = [f for f in text_fields(model) if f.name.endswith(f"_{language}")]
        if not fields:
            continue
        for obj in model._default_manager.all():
            for path, label, text in field_texts(obj, fields):
                yield obj, path, label, text


def find_latin_text(languages=None, **detector_options) -> Iterator[Finding]:
    """Every stretch of Latin-script text beyond names and acronyms in the content of
    `languages` (default: every language but the default one)."""
    detector_options.setdefault("allowed", allowed_words())
    for language in languages or checked_languages():
        for obj in objects_in(language):
            for path, label, text in object_texts(obj):
                for run in latin_runs(text, **detector_options):
                    yield Finding(language, obj, label, path, run.excerpt, run.rule)
        for obj, path, label, text in settings_texts(language):
            for run in latin_runs(text, **detector_options):
                yield Finding(language, obj, label, path, run.excerpt, run.rule)
