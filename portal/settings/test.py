from .base import *  # noqa: F403
from .base import database_config, env

# The developers' tools (tools/) and their tests; never in production settings.
INSTALLED_APPS = [*INSTALLED_APPS, "tools.demo", "tools.bench"]  # noqa: F405
SECRET_KEY = "test-only-key"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "ratelimit": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "rl"},
}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"
# Tests run on SQLite unless TEST_DATABASE_URL points at PostgreSQL (see Makefile).
if env.str("TEST_DATABASE_URL", default=""):
    DATABASES = {"default": database_config(env.str("TEST_DATABASE_URL"))}
WHITENOISE_AUTOREFRESH = True
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "loggers": {"django_tasks": {"level": "WARNING"}},
}
# Factories create live pages without publish signals; tests that want the page
# cache switch it on themselves.
PORTAL_PAGE_CACHE_SECONDS = 0
# Tests log superusers in with force_login; the two-factor tests require it themselves.
PORTAL_2FA_ENFORCED = False
