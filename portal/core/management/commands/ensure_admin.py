"""Create the demo's superuser once and tell the person at the terminal how to log in."""

import os
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

USERNAME = "admin"
# The demo admin's address (test sendings of the newsletter go there); DEMO_ADMIN_EMAIL
# chooses another.
EMAIL = "admin@example.org"


def password_file():
    return settings.BASE_DIR / ".demo-admin-password"


class Command(BaseCommand):
    help = "Create the superuser 'admin' if missing and print how to log in."

    def handle(self, *args, **options):
        User = get_user_model()
        port = os.environ.get("PORT", "8000")
        path = password_file()
        email = os.environ.get("DEMO_ADMIN_EMAIL") or EMAIL
        user = User.objects.filter(username=USERNAME).first()
        if user is not None and not user.email:
            user.email = email
            user.save(update_fields=["email"])
        if user is None:
            password = os.environ.get("DEMO_ADMIN_PASSWORD") or secrets.token_urlsafe(12)
            try:
                # The same rules as every password (AUTH_PASSWORD_VALIDATORS).
                validate_password(password, User(username=USERNAME, email=email))
            except ValidationError as error:
                raise CommandError(
                    "DEMO_ADMIN_PASSWORD is refused: " + " ".join(error.messages)
                ) from error
            User.objects.create_superuser(USERNAME, email=email, password=password)
            # Written before anyone else can read it: created with mode 600.
            path.unlink(missing_ok=True)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w") as handle:
                handle.write(password + "\n")
        elif path.exists():
            password = path.read_text().strip()
        else:
            self.stdout.write(
                f"The user '{USERNAME}' exists and its password was set before. "
                f"To set a new one: portal changepassword {USERNAME}"
            )
            return
        self.stdout.write(
            f"Log in at http://127.0.0.1:{port}/admin/ as {USERNAME} with password {password}"
        )
        if settings.PORTAL_2FA_ENFORCED:
            self.stdout.write(
                "The admin then asks you to set up two-factor login: have an authenticator "
                "app ready (see docs/editors.md)."
            )
        else:
            self.stdout.write(
                "These settings do not require two-factor login; production requires it of "
                "superusers. To try it: Account → More actions → Two-factor login."
            )
