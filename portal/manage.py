"""The `portal` console script: Django's manage.py for Mission Portal."""

import os
import sys

from django.core.management import execute_from_command_line


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
