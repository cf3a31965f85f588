"""Bytes of a saved page → text: UTF-8, a declared charset, or Windows-1251."""

import re

from .errors import LegacyFileError

_CP1251_OK = re.compile(r"[\s\x20-\x7eА-яЁё«»–—“”„’‘…№•·]")


def decode(data: bytes, declared: str | None = None) -> str:
    """UTF-8 (with or without BOM), then a declared charset, then Windows-1251 when
    the result plausibly is Russian text; anything else is refused."""
    if b"\x00" in data:
        raise LegacyFileError("binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        text = data.decode("cp1251")
    except UnicodeDecodeError:
        raise LegacyFileError("cannot decode the file as UTF-8 or Windows-1251") from None
    plausible = sum(1 for ch in text if _CP1251_OK.match(ch))
    if plausible < 0.97 * len(text):
        raise LegacyFileError("cannot decode the file as UTF-8 or Windows-1251")
    return text
