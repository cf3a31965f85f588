from django import forms
from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from portal.taxonomy.models import ThematicArea


def topic_choices():
    """Thematic areas named in the current language (English where not translated)."""
    language = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    names = {}
    for code in (settings.LANGUAGE_CODE, language):
        locale = Locale.objects.filter(language_code=code).first()
        if locale is not None:
            for slug, name in ThematicArea.objects.filter(locale=locale).values_list(
                "slug", "name"
            ):
                names[slug] = name
    return sorted(names.items(), key=lambda item: item[1].lower())


class PreferencesForm(forms.Form):
    language = forms.ChoiceField(
        label=_("Language of the newsletter"), choices=settings.LANGUAGES, initial="en"
    )
    topics = forms.MultipleChoiceField(
        label=_("Thematic areas (optional)"),
        help_text=_("Tell us what interests you most."),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topics"].choices = topic_choices()
        if not self.fields["topics"].choices:
            del self.fields["topics"]


class SubscribeForm(PreferencesForm):
    email = forms.EmailField(
        label=_("Your e-mail address"), widget=forms.EmailInput(attrs={"autocomplete": "email"})
    )
    # Honeypot: hidden from people by CSS, filled in by bots that fill every field.
    website = forms.CharField(
        label=_("Leave this empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    field_order = ["email", "language", "topics"]
    HONEYPOT = "website"

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "subscribe-%s")  # unique beside other forms on a page
        super().__init__(*args, **kwargs)
        language = (get_language() or "en").split("-")[0]
        if language in dict(settings.LANGUAGES):
            self.fields["language"].initial = language

    @property
    def is_spam(self) -> bool:
        return bool(self.data.get(self.HONEYPOT, "").strip())

    def visible_reader_fields(self):
        return [f for f in self.visible_fields() if f.name != self.HONEYPOT]
