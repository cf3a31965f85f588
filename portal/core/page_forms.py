"""The editors' page form: vocabularies in the page's own language.

Thematic areas, places, partners (and any other translatable model a page links to)
exist once per language. Offered all together, an editor of a Russian article picks
from English, Russian and Tajik entries mixed in one list. `PortalPageForm` offers
only the entries of the page's language — as checkboxes for many-to-many relations —
and keeps any entry already linked in another language listed and ticked, marked with
its language, so that saving the form never drops a link silently. (Snippet choosers
need nothing: Wagtail 8 opens them on the page's language, with a language filter.)

It also applies the pages' rules of what is "required before publishing": a page
model's `publication_errors()` is checked when the page is published, submitted for
moderation or approved, not when a draft is saved.
"""

from django import forms
from django.db.models import Q
from django.utils.html import strip_tags
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.widgets import BaseChooser
from wagtail.models import TranslatableMixin


def has_text(html: str) -> bool:
    """Rich text with something in it (an emptied editor still leaves "<p></p>")."""
    return bool(strip_tags(html or "").strip())


def _is_translatable(model) -> bool:
    return model is not None and issubclass(model, TranslatableMixin)


def _pks(value) -> set:
    """Primary keys in a field's initial value: an object or key, or a list of them."""
    if value is None or value == "":
        return set()
    # A list, a queryset or modelcluster's FakeQuerySet for many-to-many relations.
    values = [value] if isinstance(value, str | int) or hasattr(value, "pk") else value
    return {getattr(item, "pk", item) for item in values}


class PortalPageForm(WagtailAdminPageForm):
    """Base form of the portal's pages (set as the models' `base_form_class`)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.page_locale = self._page_locale()
        if self.page_locale is not None:
            for name, field in self.fields.items():
                self._scope_to_locale(name, field)

    def _page_locale(self):
        instance = self.instance
        if getattr(instance, "locale_id", None):
            return instance.locale
        parent = self.parent_page
        return parent.locale if parent is not None and parent.locale_id else None

    def _scope_to_locale(self, name, field):
        if not isinstance(field, forms.ModelChoiceField):
            return
        model = field.queryset.model
        if not _is_translatable(model):
            return
        if isinstance(field.widget, BaseChooser):
            # Choosers (snippets: dateline place, event place...) already open on the
            # page's language: Wagtail 8 passes the editor's content locale to them.
            return
        selected = _pks(self.initial.get(name))
        field.queryset = field.queryset.filter(
            Q(locale=self.page_locale) | Q(pk__in=selected)
        ).select_related("locale")
        field.label_from_instance = self._label_with_foreign_language
        if isinstance(field, forms.ModelMultipleChoiceField) and not isinstance(
            field.widget, forms.CheckboxSelectMultiple
        ):
            field.widget = forms.CheckboxSelectMultiple(attrs=field.widget.attrs)
            field.widget.choices = field.choices

    def _label_with_foreign_language(self, obj) -> str:
        label = str(obj)
        if obj.locale_id != self.page_locale.pk:
            code = obj.locale.language_code
            label = _("%(name)s (%(language)s)") % {
                "name": label,
                "language": get_language_info(code)["name_translated"],
            }
        return label

    # --- required before publishing ---------------------------------------------------

    def _post_clean(self):
        super()._post_clean()  # the instance now holds the submitted values
        # Saving a draft defers required fields (Wagtail sets is_deferred_validation);
        # publishing, submitting for moderation and approving do not.
        if getattr(self, "is_deferred_validation", False):
            return
        check = getattr(self.instance, "publication_errors", None)
        if check is None:
            return
        for field, message in check().items():
            if field in self.fields and field not in self.errors:
                self.add_error(field, message)
