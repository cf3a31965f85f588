"""Synthetic pages in the old site's shapes, for measuring the importer's speed.

python -m tools.bench.legacy_pages DIR [COUNT]
time portal import_legacy DIR --dry-run --format jsonl > /dev/null
"""

import random
import sys
from pathlib import Path

PLACES = ["Dushanbe", "Khujand", "Kulob", "Bokhtar", "Khorog", "Tursunzoda", "Vahdat"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
WORDS = [
    "migrants",
    "partners",
    "training",
    "centre",
    "families",
    "border",
    "health",
    "remittances",
    "officials",
    "community",
    "project",
    "support",
    "advice",
]


def _sentence(rng, n=14):
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def _story(rng, n):
    place, month = rng.choice(PLACES), rng.choice(MONTHS)
    title = (
        f"Story {n}: {rng.choice(WORDS).capitalize()} {rng.choice(WORDS).capitalize()} in {place}"
    )
    dateline = f"{place}, {rng.randint(1, 28)} {month} {rng.randint(2005, 2021)}."
    body = "\n\n".join(_sentence(rng, 22) for _ in range(rng.randint(1, 3)))
    return f"{title}\n\n{dateline} {_sentence(rng, 25)}\n\n{body}"


def page(rng, n) -> str:
    shape = n % 3
    if shape == 0:  # news river
        return "\n\n".join(_story(rng, n * 10 + k) for k in range(rng.randint(3, 6)))
    if shape == 1:  # home page with teasers
        teasers = "\n\nRead More\n\n".join(
            _story(rng, n * 10 + k) for k in range(rng.randint(3, 6))
        )
        return f"International Organization for Migration\n\n{teasers}\n\nRead More\n\nMission office\n\n734000, 1 Main Street, Dushanbe\nTel.: (+992 00) 000 0000\nFax.: (+992 00) 000 0001"
    return "IOM Tajikistan Newsletter\n\n" + "\n\n".join(
        _story(rng, n * 10 + k) for k in range(rng.randint(4, 7))
    )


def main(folder, count=5000):
    rng = random.Random(1)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        (folder / f"page-{n:05d}.txt").write_text(page(rng, n))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 5000)
