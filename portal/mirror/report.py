"""What a bake tells its caller: what it wrote, how long each step took, or why it
stopped."""

import time
from contextlib import contextmanager
from dataclasses import dataclass, field


class BakeError(Exception):
    """The site answered something the mirror cannot carry (a server error)."""


@dataclass
class BakeReport:
    pages: int = 0
    files: int = 0
    seconds: float = 0.0
    missing: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # URLs with no file inside the mirror
    languages_indexed: list[str] = field(default_factory=list)
    jobs: int = 1
    phases: dict[str, float] = field(default_factory=dict)  # seconds spent in each step

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.seconds if self.seconds else 0.0


class Phases:
    """Wall-clock seconds per step of a bake; "swap" (the staging folder: copying
    the old mirror in, swapping, removing the old one) is what the others leave."""

    def __init__(self):
        self.seconds: dict[str, float] = {}

    @contextmanager
    def __call__(self, name: str):
        started = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - started

    def phases(self) -> dict[str, float]:
        phases = dict(self.seconds)
        if "swap" in phases:  # it encloses the steps inside the staging folder
            inner = ("setup", "crawl", "rewrite", "search", "manifest")
            phases["swap"] -= sum(phases.get(name, 0.0) for name in inner)
        return phases
