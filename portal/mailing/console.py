"""The e-mail backend of `make demo` (EMAIL_URL=consolemail://): each message is
printed readably between two banners, so that a confirmation link stands out in a
terminal shared with the web server and the worker. The plain-text part is printed
as written (no MIME encoding to break a link), the other parts are only named."""

from django.core.mail.backends.console import EmailBackend as DjangoConsoleBackend

BANNER = "=" * 72


class EmailBackend(DjangoConsoleBackend):
    def write_message(self, message):
        alternatives = [mimetype for _content, mimetype in getattr(message, "alternatives", [])]
        attachments = [
            getattr(attachment, "filename", None) or attachment[0]
            for attachment in message.attachments
        ]
        lines = [
            "",
            BANNER,
            f"E-MAIL to {', '.join(message.to + message.cc + message.bcc)}",
            f"Subject: {message.subject}",
            f"From: {message.from_email}",
            BANNER,
            message.body.strip(),
        ]
        if alternatives or attachments:
            lines.append("")
            lines += [f"(also sent as {mimetype})" for mimetype in alternatives]
            lines += [f"(attachment: {name})" for name in attachments]
        lines += [BANNER, "", ""]
        self.stream.write("\n".join(lines))
