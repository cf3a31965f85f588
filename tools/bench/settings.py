"""The benchmark's settings for the tools' own commands (load_demo, bench_corpus,
bench_probe): the production settings plus the tools' apps. The servers it measures
(`portal serve`, the bake) run with the production settings alone."""

from portal.settings.production import *  # noqa: F403

INSTALLED_APPS = [*INSTALLED_APPS, "tools.demo", "tools.bench"]  # noqa: F405
