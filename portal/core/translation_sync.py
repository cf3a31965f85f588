"""Translating a page never changes an existing translation of another object.

wagtail-localize, when a page is submitted for translation, also submits every
translatable snippet the page refers to and writes it into the target language from
the current translation memory, falling back to the source text. A Russian place
that a translator had already named "Душанбе" came back as "Dushanbe", on every
Russian page that shows it. Its `TranslationCreator` has no option to leave existing
translations alone, so the portal submits pages through its own creator:

- snippets the page refers to (`references.translatable_references`) that already
  exist in the target language are used as they are, never rewritten;
- missing ones are created through wagtail-localize (so they appear in its editor,
  flagged as translations to do) from the source text.
"""

from collections.abc import Iterable

from wagtail.models import Locale, Page
from wagtail_localize.operations import TranslationCreator

from .references import translatable_references


def missing_locales(obj, locales: Iterable[Locale]) -> list[Locale]:
    """The locales among `locales` in which `obj` has no version yet."""
    existing = set(
        type(obj)
        .objects.filter(translation_key=obj.translation_key)
        .values_list("locale_id", flat=True)
    )
    return [locale for locale in locales if locale.pk not in existing]


class KeepExistingTranslationsCreator(TranslationCreator):
    """wagtail-localize's creator, except that related objects are only created in
    the languages where they are missing, and existing ones are never written."""

    def __init__(self, user, target_locales):
        super().__init__(user, target_locales)
        self.created_related = []  # (object, [locales]) for the editor's message

    def create_translations(self, instance, include_related_objects=True):
        if isinstance(instance, Page):
            instance = instance.specific
        if include_related_objects:
            self.create_missing_related(instance)
        super().create_translations(instance, include_related_objects=False)

    def create_missing_related(self, instance):
        for related in translatable_references(instance):
            locales = missing_locales(related, self.target_locales)
            if not locales:
                continue
            creator = TranslationCreator(self.user, locales)
            creator.create_translations(related, include_related_objects=False)
            for source, translations in creator.mappings.items():
                self.mappings[source].extend(translations)
            self.created_related.append((related, locales))
