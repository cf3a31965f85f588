"""Settings shared by every environment.

Every environment variable is declared once, here, with its type and default.
"""

from datetime import timedelta
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit

import environ

PROJECT_DIR = Path(__file__).resolve().parent.parent  # the `portal` package
BASE_DIR = PROJECT_DIR.parent  # the repository checkout

env = environ.Env(
    DEBUG=(bool, False),
    SECRET_KEY=(str, ""),
    SECRET_KEY_FALLBACKS=(list, []),
    ALLOWED_HOSTS=(list, ["127.0.0.1", "localhost"]),
    DATABASE_URL=(str, f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
    REDIS_URL=(str, ""),
    RATELIMIT_REDIS_URL=(str, ""),
    TRUSTED_PROXIES=(list, ["127.0.0.1", "::1"]),
    EMAIL_URL=(str, "consolemail://"),
    DEFAULT_FROM_EMAIL=(str, "Mission Portal <noreply@mission.example.org>"),
    SITE_URL=(str, "http://127.0.0.1:8000"),
    PORTAL_PAGE_CACHE_SECONDS=(int, 600),
    MIRROR_ROOT=(str, ""),
    MEDIA_ROOT=(str, str(BASE_DIR / "media")),
    CACHE_DIR=(str, str(BASE_DIR / "cache")),
    STATIC_ROOT=(str, str(BASE_DIR / "static")),
    FORWARDED_ALLOW_IPS=(list, ["127.0.0.1", "::1"]),
    # HSTS (production settings only): two years; subdomains and preloading are the
    # operator's choice, since both bind every host under the domain (opt-in).
    SECURE_HSTS_SECONDS=(int, 63072000),
    SECURE_HSTS_INCLUDE_SUBDOMAINS=(bool, False),
    SECURE_HSTS_PRELOAD=(bool, False),
    PORTAL_REQUIRE_2FA=(bool, False),
    PORTAL_LOGIN_FAILURE_LIMIT=(int, 5),
    PORTAL_LOGIN_LOCKOUT_MINUTES=(int, 30),
    PORTAL_ADMIN_IDLE_MINUTES=(int, 30),
    PORTAL_SESSION_HOURS=(int, 12),
)

DEBUG = env("DEBUG")
SECRET_KEY = env("SECRET_KEY")
# Old keys still accepted for signatures (sessions, confirmation links) while a new
# SECRET_KEY takes over: comma-separated, newest first.
SECRET_KEY_FALLBACKS = env("SECRET_KEY_FALLBACKS")
ALLOWED_HOSTS = env("ALLOWED_HOSTS")
# Absolute base for links in feeds, sitemaps and e-mails.
WAGTAILADMIN_BASE_URL = env("SITE_URL")

INSTALLED_APPS = [
    # The portal's own apps, one per domain.
    "portal.core",
    "portal.home",
    "portal.taxonomy",
    "portal.figures",
    "portal.news",
    "portal.events",
    "portal.newsletters",
    "portal.mailing",
    "portal.worker",
    "portal.projects",
    "portal.multimedia",
    "portal.contact",
    "portal.help",
    "portal.sitesearch",
    "portal.seo",
    "portal.legacy",
    "portal.caching",
    "portal.mirror",
    "portal.translations",
    "portal.accounts",
    "portal.cspreports",
    # Two-factor login (TOTP and backup codes) and login throttling.
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
    # Wagtail
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    # Django
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    # TRACE refused, OPTIONS answered without a body, before anything else runs.
    "portal.core.middleware.HttpMethodsMiddleware",
    # The anonymous page cache next: a hit skips every other middleware and the view,
    # and what it stores carries the headers all of them added (it answers 304 itself).
    "portal.caching.middleware.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # ETag/304 for every page.
    "django.middleware.http.ConditionalGetMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Editors' sessions: idle ones end, then the second factor is asked for (after
    # django-otp has read which device, if any, verified this session).
    "portal.accounts.middleware.AdminIdleTimeoutMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "portal.accounts.middleware.TwoFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "portal.core.middleware.SecurityHeadersMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last: turns a login refused for too many failures into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "portal.wsgi.application"

# SQLite serves the web server and the background worker at once (`make demo`):
# WAL lets readers go on while one writes; write transactions take the lock when
# they begin (IMMEDIATE) and so wait their turn (busy timeout) instead of failing
# with "database is locked" when a read inside them has to become a write.
SQLITE_OPTIONS = {
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,  # seconds a connection waits for the write lock
    "init_command": (
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA temp_store=MEMORY"
    ),
}


def database_config(url: str) -> dict:
    """Django's DATABASES entry for a URL; SQLite gets the options above."""
    config = env.db_url_config(url)
    if config["ENGINE"] == "django.db.backends.sqlite3":
        config["OPTIONS"] = {**SQLITE_OPTIONS, **config.get("OPTIONS", {})}
    return config


DATABASES = {"default": database_config(env("DATABASE_URL"))}
DATABASES["default"].setdefault("CONN_MAX_AGE", 60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"


def next_redis_database(url: str) -> str:
    """The same Redis server's next database: redis://host:6379/0 gives
    redis://host:6379/1 (no number means 0; unix sockets carry it as ?db=N)."""
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query))
    path = parts.path
    if parts.scheme == "unix" or "db" in query:
        query["db"] = str(int(query.get("db", 0)) + 1)
    else:
        path = f"/{int(path.strip('/') or 0) + 1}"
    # Not urlunsplit: it drops the "//" of unix:///path.
    return f"{parts.scheme}://{parts.netloc}{path}" + (f"?{urlencode(query)}" if query else "")


# Two caches: "default" holds pages and derived values, "ratelimit" the counters of
# the rate limits (RATELIMIT_USE_CACHE below), so that no flood of page entries can
# evict a counter and reopen a form. With Redis the counters live in the database
# after REDIS_URL's (or at RATELIMIT_REDIS_URL, e.g. a Redis server of their own).
FILE_CACHE = "django.core.cache.backends.filebased.FileBasedCache"
if env("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": env("REDIS_URL"),
            "KEY_PREFIX": "portal",
        },
        "ratelimit": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": env("RATELIMIT_REDIS_URL") or next_redis_database(env("REDIS_URL")),
            "KEY_PREFIX": "portal",
        },
    }
else:
    # Without Redis, files in CACHE_DIR: shared by every process on the machine, so a
    # page the worker publishes (a scheduled one) or any gunicorn worker's publish
    # starts a new cache generation that the server's other processes see at once.
    # (Local memory would keep serving the old page in every other process until it
    # expired.) Each alias has a folder of its own.
    CACHES = {
        "default": {
            "BACKEND": FILE_CACHE,
            "LOCATION": str(Path(env("CACHE_DIR")) / "pages"),
            "OPTIONS": {"MAX_ENTRIES": 5000},
        },
        "ratelimit": {
            "BACKEND": FILE_CACHE,
            "LOCATION": str(Path(env("CACHE_DIR")) / "ratelimit"),
            "OPTIONS": {"MAX_ENTRIES": 10000},
        },
    }
RATELIMIT_USE_CACHE = "ratelimit"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Editors' accounts (portal.accounts, docs/editors.md).
# django-axes checks every login first: failures are counted per user name and client
# address together (so nobody can lock an editor out from elsewhere), logged, and
# refused for a while after PORTAL_LOGIN_FAILURE_LIMIT of them; `portal axes_reset`
# lifts every lockout at once.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env("PORTAL_LOGIN_FAILURE_LIMIT")
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_COOLOFF_TIME = timedelta(minutes=env("PORTAL_LOGIN_LOCKOUT_MINUTES")) or None
AXES_RESET_ON_SUCCESS = True
AXES_ENABLE_ACCESS_FAILURE_LOG = True
# Failures are still logged with the user name and address (the lockout parameters);
# verbose mode would also print a banner at every process start.
AXES_VERBOSE = False
AXES_CLIENT_IP_CALLABLE = "portal.core.network.client_ip"
AXES_LOCKOUT_CALLABLE = "portal.accounts.lockout.locked_out_response"
AXES_USERNAME_FORM_FIELD = "username"
# The log of failures names the user name and address tried (axes masks them by default):
# what whoever investigates an attack needs. Passwords are never logged.
AXES_SENSITIVE_PARAMETERS = []

# Two-factor login: required of superusers, Moderators and Newsletter managers
# (portal.accounts.policy), and of everyone when PORTAL_REQUIRE_2FA is true. Whoever
# has enrolled is asked for a code in any case. The development settings turn the
# requirement off, so that `make demo`'s admin can log in without an authenticator app.
PORTAL_2FA_ENFORCED = True
PORTAL_REQUIRE_2FA = env("PORTAL_REQUIRE_2FA")
# A code can be used once; wrong codes slow the next attempts down (django-otp).
OTP_TOTP_THROTTLE_FACTOR = 1
OTP_STATIC_THROTTLE_FACTOR = 1

# An editor's session ends after this long without a request to the admin, even with
# "Remember me" (which keeps a session at most SESSION_COOKIE_AGE).
PORTAL_ADMIN_IDLE_SECONDS = env("PORTAL_ADMIN_IDLE_MINUTES") * 60
SESSION_COOKIE_AGE = env("PORTAL_SESSION_HOURS") * 3600

# Internationalisation: English is the default; Russian and Tajik (Cyrillic) follow.
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("ru", "Русский"), ("tg", "Тоҷикӣ")]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [PROJECT_DIR / "locale"]
TIME_ZONE = "Asia/Dushanbe"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = env("STATIC_ROOT")
STATICFILES_DIRS = [PROJECT_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env("MEDIA_ROOT")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}


def email_config(url: str) -> dict:
    """Django's EMAIL_* settings for a URL; mails printed to the console (the demo)
    get a banner around each, so that they stand out in the terminal."""
    config = env.email_url_config(url)
    if config["EMAIL_BACKEND"] == "django.core.mail.backends.console.EmailBackend":
        config["EMAIL_BACKEND"] = "portal.mailing.console.EmailBackend"
    return config


vars().update(email_config(env("EMAIL_URL")))
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Background work (newsletter sending, search indexing) through Django's Tasks framework.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# Wagtail
WAGTAIL_SITE_NAME = "Mission Portal"
OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME  # the name authenticator apps show
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"bmp": "webp", "png": "png", "jpeg": "webp", "webp": "webp"}
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAILDOCS_EXTENSIONS = ["pdf", "doc", "docx", "odt", "xls", "xlsx", "csv", "txt", "mp4", "webm"]
# Responsive embeds add inline styles, which the Content-Security-Policy forbids.
WAGTAILEMBEDS_RESPONSIVE_HTML = False
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}

# Anonymous readers' pages are cached (portal.caching) this long; 0 turns it off.
PORTAL_PAGE_CACHE_SECONDS = env("PORTAL_PAGE_CACHE_SECONDS")

# Folder of the static mirror (`portal bake`); when set, publishing rebakes it in the background.
MIRROR_ROOT = env("MIRROR_ROOT")

# Rate limits use the "ratelimit" cache (above) and count per client address
# (portal.core.network.client_ip): X-Forwarded-For is believed only from these proxies
# (addresses or networks; the same default as gunicorn's FORWARDED_ALLOW_IPS).
RATELIMIT_VIEW = "portal.core.views.rate_limited"
RATELIMIT_IP_META_KEY = "portal.core.network.client_ip"
TRUSTED_PROXIES = env("TRUSTED_PROXIES")

# Content-Security-Policy: no inline scripts or styles anywhere on the public site.
PORTAL_CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "frame-src https://www.youtube-nocookie.com https://player.vimeo.com; "
    "form-action 'self'; frame-ancestors 'self'; base-uri 'self'; object-src 'none'; "
    # Browsers report violations to portal.cspreports: the Reporting API's endpoint
    # (Reporting-Endpoints and the older Report-To header, added with the policy) and
    # report-uri for browsers without it.
    "report-uri /csp-reports/; report-to csp"
)
PORTAL_CSP_REPORT_URL = WAGTAILADMIN_BASE_URL.rstrip("/") + "/csp-reports/"

# Proxies whose X-Forwarded-* headers are believed (`portal serve` passes them to
# gunicorn's --forwarded-allow-ips); never "*".
FORWARDED_ALLOW_IPS = env("FORWARDED_ALLOW_IPS")

# Security headers (every response: portal.core.security_headers; production adds HSTS).
# Wagtail's live preview shows the page in a same-origin iframe inside the admin,
# so SAMEORIGIN (not DENY) is deliberate.
X_FRAME_OPTIONS = "SAMEORIGIN"
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True

# Documents are always served through Wagtail's document view, which checks the
# collection's privacy and sends them as downloads (Content-Disposition: attachment)
# with `Content-Security-Policy: default-src 'none'` and nosniff; never by a link to
# /media/documents/ (nginx refuses that folder, see docs/deployment.md).
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = []

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
    "loggers": {"django.request": {"level": "ERROR"}},
}
