"""Settings of a process that delivers newsletters to the loopback SMTP server
(tools/testing/smtp.py): the database task backend, a file database
($MAILING_TEST_DB) and SMTP on $MAILING_TEST_SMTP_PORT. Used by the worker test
(portal/mailing/tests/test_worker.py) and the sending benchmark (tools/bench/mail.py)."""

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
MAILING_BATCH_SIZE = 5
