"""wagtail-localize's submit and update views, with the portal's creator.

The views are wagtail-localize's own; only the step that creates translations is
replaced (see `translation_sync`). They are mounted at wagtail-localize's URLs ahead of
its own (`wagtail_hooks.py`), so every link in its admin screens leads here.
"""

from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.models import Page
from wagtail_localize.tasks import background
from wagtail_localize.views.submit_translations import (
    SubmitPageTranslationView,
    SubmitSnippetTranslationView,
)
from wagtail_localize.views.update_translations import UpdateTranslationsView

from .translation_sync import KeepExistingTranslationsCreator


def _tell_editor(request, creator):
    """Say which referred objects were created in another language from the source
    text: they still need a translator."""
    for obj, locales in creator.created_related:
        languages = ", ".join(locale.get_display_name() for locale in locales)
        messages.info(
            request,
            _(
                "“{object}” ({kind}) had no {languages} version: one was created from "
                "the original text. Translate it in Snippets."
            ).format(object=obj, kind=obj._meta.verbose_name, languages=languages),
        )


def translate_page_subtree(page_id, locales, components, user):
    """wagtail-localize's subtree translation, with the portal's creator."""
    page = Page.objects.get(id=page_id)
    creator = KeepExistingTranslationsCreator(user, locales)
    with transaction.atomic():
        for descendant in page.get_descendants():
            creator.create_translations(descendant)
        if components is not None:
            components.save(creator, sources_and_translations=creator.mappings)


class _SubmitWithPortalCreator:
    @transaction.atomic
    def form_valid(self, form):
        locales = form.cleaned_data["locales"]
        creator = KeepExistingTranslationsCreator(self.request.user, locales)
        creator.create_translations(self.object)
        self.components.save(creator, sources_and_translations=creator.mappings)

        if isinstance(self.object, Page) and form.cleaned_data.get("include_subtree"):
            background.enqueue(
                translate_page_subtree,
                [self.object.id, locales, self.components, self.request.user],
                {},
            )

        translated = self.object.get_translation(locales[0]) if len(locales) == 1 else None
        if translated is not None:
            names = locales[0].get_display_name()
        else:
            names = ngettext("{} locale", "{} locales", len(locales)).format(len(locales))
        messages.success(self.request, self.get_success_message(names))
        _tell_editor(self.request, creator)
        return redirect(self.get_success_url() or self.get_default_success_url(translated))


class PortalSubmitPageTranslationView(_SubmitWithPortalCreator, SubmitPageTranslationView):
    pass


class PortalSubmitSnippetTranslationView(_SubmitWithPortalCreator, SubmitSnippetTranslationView):
    pass


class PortalUpdateTranslationsView(UpdateTranslationsView):
    """ "Sync translated pages": snippets the page has come to refer to since it was
    last synced are created where missing (wagtail-localize would keep the old ones)."""

    def form_valid(self, form):
        with transaction.atomic():
            locales = [
                translation.target_locale
                for translation in self.object.translations.filter(enabled=True).select_related(
                    "target_locale"
                )
            ]
            creator = KeepExistingTranslationsCreator(self.request.user, locales)
            creator.create_missing_related(self.object.get_source_instance())
            response = super().form_valid(form)
        _tell_editor(self.request, creator)
        return response
