"""The contact block: the lines around "Tel.:" and "Fax:" and the name above them."""

import re

from .builder import Builder
from .detect import HEADING
from .items import Contact

_PHONE = re.compile(r"^(?:tel|phone|phones|telephone|тел|телефон|телефоны)\.?\s*[:.]", re.I)
_FAX = re.compile(r"^(?:fax|факс)\.?\s*[:.]", re.I)
_EMAIL_LINE = re.compile(r"^(?:e-?mail|эл\. почта|e-mail|почта)\s*:", re.I)
_CONTACT_NAME = re.compile(
    r"organi[sz]ation|mission|office|организаци|мисси|представительств|бюро", re.I
)


def take_contacts(builder: Builder, indices: list[int]) -> set[int]:
    """Contact blocks among the lines `indices`, as items; the lines they took."""
    taken = set()
    blocks = builder.blocks(indices)
    for n, block in enumerate(blocks):
        if not any(_PHONE.match(builder.texts[i]) or _FAX.match(builder.texts[i]) for i in block):
            continue
        contact = builder.add(Contact())
        name_line = _name_line(builder, blocks[n - 1] if n else None)
        if name_line is not None:
            contact.name = builder.texts[name_line]
            builder.own(contact, name_line, "contact name")
            taken.add(name_line)
        _read_block(builder, contact, block)
        taken.update(block)
    return taken


def _name_line(builder: Builder, previous: list[int] | None) -> int | None:
    """The line naming the office: a heading alone just above the block."""
    if (
        previous
        and len(previous) == 1
        and builder.cls(previous[0]) == HEADING
        and _CONTACT_NAME.search(builder.lines[previous[0]].text)
    ):
        return previous[0]
    return None


def _read_block(builder: Builder, contact: Contact, block: list[int]):
    address, phones, fax = [], [], []
    for i in block:
        text = builder.texts[i]
        if _PHONE.match(text):
            phones.append(_PHONE.sub("", text).strip())
            builder.own(contact, i, "contact phones")
        elif _FAX.match(text):
            fax.append(_FAX.sub("", text).strip())
            builder.own(contact, i, "contact fax")
        elif _EMAIL_LINE.match(text):
            builder.own(contact, i, "contact e-mail")
        else:
            address.append(text)
            builder.own(contact, i, "contact address")
    contact.address = "\n".join(address)
    contact.phones = "; ".join(phones)
    contact.fax = "; ".join(fax)
