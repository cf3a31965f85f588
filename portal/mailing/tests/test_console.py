"""`make demo` prints mails to the terminal it shares with the web server and the
worker: each stands out between banners, readable, its links whole."""

import io

from django.core.mail import EmailMultiAlternatives

from portal.mailing.console import BANNER, EmailBackend
from portal.settings.base import email_config

LINK = "http://127.0.0.1:8000/ru/newsletter/confirm/" + "a" * 90 + "/"


def test_console_mail_stands_out_and_keeps_its_link_whole():
    message = EmailMultiAlternatives(
        "Подтвердите подписку",
        f"Здравствуйте!\n\nЧтобы подтвердить, откройте ссылку:\n\n{LINK}\n",
        "Mission Portal <noreply@mission.example.org>",
        ["reader@example.org"],
    )
    message.attach_alternative(f'<p><a href="{LINK}">Подтвердить</a></p>', "text/html")
    stream = io.StringIO()
    assert EmailBackend(stream=stream).send_messages([message]) == 1
    lines = stream.getvalue().splitlines()
    assert lines.count(BANNER) == 3
    assert "E-MAIL to reader@example.org" in lines
    assert "Subject: Подтвердите подписку" in lines
    assert LINK in lines  # on a line of its own, not folded or encoded
    assert "Здравствуйте!" in lines
    assert "(also sent as text/html)" in lines
    assert "Content-Transfer-Encoding" not in stream.getvalue()


def test_consolemail_url_uses_the_banner_backend_and_smtp_is_untouched():
    assert email_config("consolemail://")["EMAIL_BACKEND"] == "portal.mailing.console.EmailBackend"
    smtp = email_config("smtp+tls://user:pw@smtp.example.org:587")
    assert smtp["EMAIL_BACKEND"] == "django.core.mail.backends.smtp.EmailBackend"
