from django import forms
from django.utils.translation import gettext_lazy as _


class ContactForm(forms.Form):
    name = forms.CharField(
        label=_("Your name"), max_length=200, widget=forms.TextInput(attrs={"autocomplete": "name"})
    )
    email = forms.EmailField(
        label=_("Your e-mail address"), widget=forms.EmailInput(attrs={"autocomplete": "email"})
    )
    subject = forms.CharField(label=_("Subject"), max_length=200)
    message = forms.CharField(
        label=_("Message"), max_length=5000, widget=forms.Textarea(attrs={"rows": 8})
    )
    # Honeypot: hidden from people by CSS, filled in by bots that fill every field.
    website = forms.CharField(
        label=_("Leave this empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    HONEYPOT = "website"

    def clean_subject(self):
        # A line break in a subject would be a header-injection attempt in the e-mail.
        return " ".join(self.cleaned_data["subject"].split())

    @property
    def is_spam(self) -> bool:
        return bool(self.data.get(self.HONEYPOT, "").strip())

    def visible_reader_fields(self):
        return [f for f in self if f.name != self.HONEYPOT]
