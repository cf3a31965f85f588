"""The account of a page being read: which item owns each line, and which lines are
chrome. Segmentation, the archive reader and the contact block all write into it;
`dispositions()` turns it into the line-by-line account the report prints."""

from .detect import BLANK, CHROME
from .items import Disposition, Item
from .text import Line


class Builder:
    def __init__(self, lines: list[Line], classes: list[tuple[str, str]]):
        self.lines = lines
        # Whitespace collapsed, as HTML would show it.
        self.texts = [" ".join(line.text.split()) for line in lines]
        self.classes = classes
        self.items: list[Item] = []
        self.owner: dict[int, tuple[Item, str]] = {}  # line index → (item, role)
        self.chrome: dict[int, str] = {
            i: reason for i, (cls, reason) in enumerate(classes) if cls == CHROME
        }

    def cls(self, index: int) -> str:
        return self.classes[index][0]

    def reason(self, index: int) -> str:
        return self.classes[index][1]

    def add(self, item: Item) -> Item:
        self.items.append(item)
        return item

    def own(self, item: Item, index: int, role: str):
        self.owner[index] = (item, role)
        item.lines.append(self.lines[index])

    def hand_over(self, source: Item, target: Item, role_of):
        """Give `source`'s lines to `target` (role_of(old role) → new role) and forget
        `source`."""
        for index, (owner, role) in list(self.owner.items()):
            if owner is source:
                self.owner[index] = (target, role_of(role))
                target.lines.append(self.lines[index])
        self.items.remove(source)

    def blocks(self, indices) -> list[list[int]]:
        """Runs of consecutive content lines (chrome and blank lines split them)."""
        blocks, current = [], []
        for i in indices:
            if self.cls(i) in (BLANK, CHROME):
                if current:
                    blocks.append(current)
                    current = []
            else:
                current.append(i)
        if current:
            blocks.append(current)
        return blocks

    def in_reading_order(self) -> list[Item]:
        """Items by their first line (the contact block is found first but comes last)."""
        self.items.sort(key=lambda item: min((line.no for line in item.lines), default=0))
        return self.items

    def dispositions(self) -> list[Disposition]:
        number = {id(item): n for n, item in enumerate(self.items)}
        out = []
        for i, line in enumerate(self.lines):
            if i in self.owner:
                item, role = self.owner[i]
                out.append(Disposition(line, "item", number[id(item)], role))
            elif i in self.chrome:
                out.append(Disposition(line, "chrome", None, self.chrome[i]))
            elif self.cls(i) == BLANK:
                out.append(Disposition(line, "skip", None, "blank line"))
            else:  # never expected; the nothing-lost test would catch it
                out.append(Disposition(line, "skip", None, "not recognized"))
        return out
