"""Identity of an imported item across runs: a stable source key per item, and a
fingerprint of its content so that an unchanged item is not written again."""

import hashlib
import json
import unicodedata

from .items import CONTACT, FIGURE, Article, Contact, Figure, Item, Page


def _normalize(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text or "").casefold().split())


def _identity(item: Item) -> tuple[str, str]:
    """(family, name) of an item within its file. Article kinds share one family so
    that a better guess of the kind on a later import still updates the same page."""
    if isinstance(item, Figure):
        return FIGURE, item.label
    if isinstance(item, Contact):
        return CONTACT, ""
    family = "article" if isinstance(item, Article) else item.kind
    return family, item.title or (item.lines[0].text if item.lines else "")


def source_keys(page: Page) -> list[str]:
    """A stable key per item: the file's name, the kind of thing and its title (or
    label, or first line), numbered when a file repeats one."""
    seen: dict[str, int] = {}
    keys = []
    for item in page.items:
        family, name = _identity(item)
        base = f"{_normalize(page.file)}\x1f{family}\x1f{_normalize(name)}"
        seen[base] = seen.get(base, 0) + 1
        if seen[base] > 1:
            base += f"\x1f{seen[base]}"
        keys.append(hashlib.sha1(base.encode()).hexdigest())
    return keys


def fingerprint(item: Item, page: Page) -> str:
    """What was imported, without where it stood in the file."""
    record = {k: v for k, v in item.record(page.file, page.locale).items() if k != "source"}
    return hashlib.sha1(json.dumps(record, sort_keys=True, default=str).encode()).hexdigest()
