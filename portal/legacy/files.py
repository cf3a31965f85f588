"""Which files an import reads: the .txt, .html and .htm files under the paths given,
and nothing outside them.

A folder's files are found recursively. A symbolic link to a file is read only when
the file it points to is inside the folder given (for a file named on the command
line, inside its own folder: a shell glob must not reach out either); links to
folders are not followed; a file reached twice (through a link, or by naming it
twice) is read once. Each file left out is reported with its reason.
"""

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

TEXT_SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES
FOLDER_LINK = "a symbolic link to a folder (links to folders are not followed)"

Skipped = Callable[[Path, str], None]


def iter_files(paths: Iterable, skipped: Skipped | None = None) -> Iterator[tuple[Path, str]]:
    """(path, name) of each file to import under `paths` (files or folders); the name
    identifies the file across re-imports: its path relative to the folder given.
    `skipped(path, reason)` is told of each file left out."""
    report = skipped or _ignore
    seen: dict[Path, str] = {}  # real path → name it was read under
    for raw in paths:
        root = Path(raw)
        if root.is_dir():
            folder, found = root, _folder_files(root, report)
        else:
            folder, found = root.absolute().parent, [(root, root.name)]
        inside = folder.resolve()
        for path, name in found:
            real = path.resolve()
            if not real.is_relative_to(inside):
                report(path, f"a symbolic link to a file outside {folder}")
            elif real in seen:
                report(path, f"the same file as {seen[real]}")
            else:
                seen[real] = name
                yield path, name


def _folder_files(root: Path, report: Skipped) -> list[tuple[Path, str]]:
    found = []
    for folder, folders, files in os.walk(root):  # links to folders are not entered
        here = Path(folder)
        for name in sorted(folders):
            if (here / name).is_symlink():
                report(here / name, FOLDER_LINK)
        found += [
            here / name
            for name in files
            if Path(name).suffix.lower() in SUFFIXES and (here / name).is_file()
        ]
    return [(path, path.relative_to(root).as_posix()) for path in sorted(found)]


def _ignore(path: Path, reason: str):
    pass
