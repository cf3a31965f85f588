"""Building the messages: subscription e-mails and the newsletter itself.

Every message has an HTML and a plain-text alternative, is written in the
reader's language and links with absolute URLs under WAGTAILADMIN_BASE_URL.
The HTML's stylesheet (mailing/email/email.css) is inlined into style attributes
by css-inline, since many mail programs ignore <style>.
"""

from functools import cache
from urllib.parse import urljoin

import css_inline
from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import Locale, Site

from portal.core.models import MissionSettings


def absolute(url: str) -> str:
    return urljoin(settings.WAGTAILADMIN_BASE_URL.rstrip("/") + "/", url or "")


def mailing_url(name: str, language: str, **kwargs) -> str:
    with translation.override(language):
        return absolute(reverse(f"mailing:{name}", kwargs=kwargs))


def _mission_settings():
    """The default site's settings (mails have no request), or None."""
    site = Site.objects.filter(is_default_site=True).first()
    return MissionSettings.for_site(site) if site is not None else None


def _mission_name() -> str:
    """In the active language."""
    mission = _mission_settings()
    return (mission.name if mission else "") or settings.WAGTAIL_SITE_NAME


def logo_url() -> str:
    """Absolute URL of the logo, a PNG (mail programs do not show SVG)."""
    try:
        url = static("img/email-logo.png")
    except ValueError:  # no manifest of hashed names yet (collectstatic not run)
        url = settings.STATIC_URL + "img/email-logo.png"
    return absolute(url)


@cache
def _inliner() -> css_inline.CSSInliner:
    css = render_to_string("mailing/email/email.css")
    # Media queries stay in a <style> for the programs that read it; nothing remote.
    return css_inline.CSSInliner(extra_css=css, keep_at_rules=True, load_remote_stylesheets=False)


def inline_css(html: str) -> str:
    return _inliner().inline(html)


def _message(subject, template, context, to, headers=None) -> EmailMultiAlternatives:
    if "mission_name" not in context:
        context = {"mission_name": _mission_name(), **context}
    text = render_to_string(f"mailing/email/{template}.txt", context)
    html = inline_css(render_to_string(f"mailing/email/{template}.html", context))
    message = EmailMultiAlternatives(
        subject=" ".join(str(subject).split()),  # never a line break in a header
        body=text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[to],
        headers=headers or {},
    )
    message.attach_alternative(html, "text/html")
    return message


def confirmation_message(subscriber) -> EmailMultiAlternatives:
    with translation.override(subscriber.language):
        url = mailing_url("confirm", subscriber.language, key=subscriber.confirmation_key())
        return _message(
            _("Please confirm your newsletter subscription"),
            "confirm",
            {"confirm_url": url, "subscriber": subscriber},
            subscriber.email,
        )


def already_subscribed_message(subscriber) -> EmailMultiAlternatives:
    """Sent instead of a confirmation when a confirmed address is entered again:
    the person at the address learns it; the person at the form does not."""
    with translation.override(subscriber.language):
        url = mailing_url("preferences", subscriber.language, token=subscriber.token)
        return _message(
            _("You are already subscribed to our newsletter"),
            "already_subscribed",
            {"preferences_url": url, "subscriber": subscriber},
            subscriber.email,
        )


def issue_in_language(issue, language: str):
    """The issue's live translation in `language`, else in English, else the issue."""
    for code in (language, settings.LANGUAGE_CODE):
        locale = Locale.objects.filter(language_code=code).first()
        if locale is None:
            continue
        if issue.locale_id == locale.pk and issue.live:
            return issue
        translated = issue.get_translation_or_none(locale)
        if translated is not None and translated.live:
            return translated.specific
    return issue


class IssueRenderer:
    """Renders one send's issue; the per-language content is resolved once and
    reused for every subscriber of that language."""

    def __init__(self, issue):
        self.issue = issue
        self._content = {}

    def content(self, language: str) -> dict:
        if language not in self._content:
            page = issue_in_language(self.issue, language)
            # The content's language, not the subscriber's, drives the wording.
            code = page.locale.language_code
            toc = [
                item.__class__(item.title, item.summary, absolute(item.url) if item.url else None)
                for item in page.resolved_toc()
            ]
            sections = [
                section.__class__(
                    section.heading,
                    [
                        item.__class__(
                            item.title, item.summary, absolute(item.url) if item.url else None
                        )
                        for item in section.items
                    ],
                )
                for section in page.resolved_sections()
            ]
            with translation.override(code):
                mission = _mission_settings()
                mission_name = (mission.name if mission else "") or settings.WAGTAIL_SITE_NAME
                postal_address = mission.postal_address if mission else ""
                home = page.get_ancestors().filter(depth=2).first()  # the language's home
            self._content[language] = {
                "mission_name": mission_name,
                "postal_address": postal_address,
                "logo_url": logo_url(),
                "home_url": absolute((home.get_url() if home else "") or "/"),
                "issue": page,
                "language": code,
                "issue_url": absolute(page.get_url() or ""),
                "toc": toc,
                "extra_sections": sections,
                "pdf_url": absolute(page.pdf.url) if page.pdf_id else "",
            }
        return self._content[language]

    def message(self, delivery, to: str, subscriber=None) -> EmailMultiAlternatives:
        language = subscriber.language if subscriber else self.issue.locale.language_code
        content = self.content(language)
        code = content["language"]
        if subscriber is not None:
            unsubscribe_url = mailing_url("unsubscribe", code, token=subscriber.token)
            preferences_url = mailing_url("preferences", code, token=subscriber.token)
        else:  # a test send: the links show where they will be, without a subscriber
            unsubscribe_url = mailing_url("unsubscribe", code, token="test")
            preferences_url = mailing_url("preferences", code, token="test")
        headers = {
            "Message-ID": delivery.message_id,
            "List-Unsubscribe": f"<{unsubscribe_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        }
        with translation.override(code):
            subject = content["issue"].title
            if delivery.send.is_test:
                subject = _("[Test] %(subject)s") % {"subject": subject}
            return _message(
                subject,
                "newsletter",
                {
                    **content,
                    "unsubscribe_url": unsubscribe_url,
                    "preferences_url": preferences_url,
                    "is_test": delivery.send.is_test,
                },
                to,
                headers,
            )
