"""The mirror's folder on disk: writing its files, and baking into a staging folder
that is swapped in whole, so that readers never see a half-baked mirror."""

import ctypes
import fcntl
import os
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path

from .manifest import MANIFEST
from .paths import UnsafePath, confined
from .report import BakeError


class MirrorFolder:
    """The files of one mirror, named relative to its root ('/'-separated); no name
    reaches outside the root (UnsafePath)."""

    def __init__(self, root: Path):
        self.root = Path(root)
        self._resolved = self.root.resolve()

    def path(self, relative: str) -> Path:
        path = self.root / confined(relative)
        if not path.resolve().is_relative_to(self._resolved):  # through a symbolic link
            raise UnsafePath(f"outside the mirror: {relative!r}")
        return path

    def write(self, relative: str, data: bytes):
        # Always a new file: files of an incremental bake are hard links shared
        # with the mirror being served, which must not change under readers.
        target = self.path(relative)
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(f".{target.name}.part")
        temporary.write_bytes(data)
        os.replace(temporary, target)

    def read_text(self, relative: str) -> str:
        return self.path(relative).read_text("utf-8")

    def holds(self, relative: str, data: bytes) -> bool:
        """Whether the folder holds this file with these bytes."""
        try:
            return self.path(relative).read_bytes() == data
        except OSError:
            return False

    def remove(self, relative: str):
        self.path(relative).unlink(missing_ok=True)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two directories in one step (Linux renameat2 RENAME_EXCHANGE)."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    return renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0


def swap_into_place(staging: Path, output: Path):
    if not output.exists():
        os.rename(staging, output)
        return
    if _exchange(staging, output):
        shutil.rmtree(staging)
        return
    # Elsewhere: two renames, the output is missing only between them.
    old = Path(tempfile.mkdtemp(prefix=f".{output.name}.old-", dir=output.parent))
    os.rename(output, old / "site")
    os.rename(staging, output)
    shutil.rmtree(old)


def _check_replaceable(output: Path):
    if not output.exists():
        return
    if output.is_dir() and ((output / MANIFEST).is_file() or not any(output.iterdir())):
        return
    raise BakeError(
        f"{output} is not a mirror (it has no {MANIFEST}) and is not an empty folder: "
        "a bake would replace it"
    )


@contextmanager
def staging_folder(output: Path, copy_existing: bool):
    """A folder next to the output to bake into; swapped in only if the bake succeeds.
    The output must be a mirror, an empty folder or nothing yet: whatever else it
    holds would be lost in the swap (`portal bake .`, a mistyped MIRROR_ROOT)."""
    output.parent.mkdir(parents=True, exist_ok=True)
    with open(output.parent / f".{output.name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # one bake at a time per output
        _check_replaceable(output)
        for stale in output.parent.glob(f".{output.name}.baking-*"):
            shutil.rmtree(stale)  # left by a bake that was killed; we hold the lock
        staging = Path(tempfile.mkdtemp(prefix=f".{output.name}.baking-", dir=output.parent))
        try:
            if copy_existing:
                # Hard links: cheap, and the files we rewrite get new inodes.
                shutil.copytree(output, staging, copy_function=os.link, dirs_exist_ok=True)
            yield staging
            staging.chmod(0o755)
            swap_into_place(staging, output)
        finally:
            if staging.exists():
                shutil.rmtree(staging)
