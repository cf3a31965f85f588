"""Settings for a real `portal db_worker` subprocess in the tests: the database
task backend, a file database and the loopback SMTP server given by environment."""

import os

from portal.settings.base import database_config
from portal.settings.test import *  # noqa: F403

DATABASES = {"default": database_config(f"sqlite:///{os.environ['MAILING_TEST_DB']}")}
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "127.0.0.1"
EMAIL_PORT = int(os.environ.get("MAILING_TEST_SMTP_PORT", "25"))
EMAIL_USE_TLS = EMAIL_USE_SSL = False
EMAIL_HOST_USER = EMAIL_HOST_PASSWORD = ""
ROOT_URLCONF = "portal.mailing.tests.urls"
MAILING_BATCH_SIZE = 5
