"""The demo's content as data files (content/*.yaml), and what their values mean.

Written for the demo, fictional but plausible; the loader (loader.py and parts/)
turns them into pages and snippets. Nothing here touches the database.
"""

import datetime
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml
from django.conf import settings

CONTENT = Path(__file__).resolve().parent / "content"
# The mission's archive (2012–2019) as the old website left it; brought in through
# the legacy importer, as an editor would with `portal import_legacy --publish`.
LEGACY_CORPUS = Path(__file__).resolve().parent / "legacy_corpus"
LANGUAGES = ("en", "ru", "tg")
BLOCK_KINDS = ("paragraph", "heading", "quote", "key_figure", "image")


@cache
def content(name: str):
    """The data of content/<name>.yaml (read once)."""
    text = (CONTENT / f"{name}.yaml").read_text(encoding="utf-8")
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def article_translations(code: str) -> dict:
    """slug -> the article's title, lead, body... in language `code`."""
    return content(f"articles.{code}")


def block_kind(block: dict) -> str:
    """What a body block is: the one of BLOCK_KINDS among its keys."""
    kinds = [kind for kind in BLOCK_KINDS if kind in block]
    if len(kinds) != 1:
        raise ValueError(f"A body block is one of {', '.join(BLOCK_KINDS)}: {block!r}")
    return kinds[0]


def resolve_date(value, today: datetime.date) -> datetime.date | None:
    """An ISO date, or "+N" / "-N" days from `today`."""
    if not value:
        return None
    if isinstance(value, datetime.date):  # an unquoted date in the YAML
        return value
    if value[0] in "+-":
        return today + datetime.timedelta(days=int(value))
    return datetime.date.fromisoformat(value)


def resolve_datetime(value: str, today: datetime.date) -> datetime.datetime:
    """ "YYYY-MM-DD HH:MM" or "+N HH:MM", in the mission's time zone."""
    day, time = value.split(" ")
    date = resolve_date(day, today)
    hour, minute = (int(part) for part in time.split(":"))
    return datetime.datetime(
        date.year, date.month, date.day, hour, minute, tzinfo=ZoneInfo(settings.TIME_ZONE)
    )
