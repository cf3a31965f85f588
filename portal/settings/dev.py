from .base import *  # noqa: F403
from .base import env

DEBUG = env.bool("DEBUG", default=True)
SECRET_KEY = env("SECRET_KEY") or "dev-only-insecure-key-change-me"
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])

# Readers see the site's own 404 page in `make demo`; staff keep Django's debug page
# (see portal.core.middleware.ReaderNotFoundMiddleware).
# The developers' tools (tools/): `portal load_demo`, `portal bench`, `bench_corpus` and
# `bench_probe`. Never in production settings.
INSTALLED_APPS = [*INSTALLED_APPS, "tools.demo", "tools.bench"]  # noqa: F405

MIDDLEWARE = [*MIDDLEWARE, "portal.core.middleware.ReaderNotFoundMiddleware"]  # noqa: F405

# `make demo`'s admin logs in with its password alone; anyone who enrolls a second
# factor (Account → Two-factor login) is still asked for it (README, "Editors' accounts").
PORTAL_2FA_ENFORCED = False
