"""The mirror's search: a Pagefind index per language, built over the baked HTML."""

import logging
import shutil
import subprocess
from pathlib import Path

try:
    from pagefind_bin import get_executable
except ImportError:  # pagefind-bin is optional: `pagefind` on the PATH does as well
    get_executable = None

logger = logging.getLogger(__name__)


def pagefind_binary() -> str | None:
    """The `pagefind` executable from the pagefind-bin package, or on the PATH."""
    if get_executable is not None:
        try:
            return str(get_executable())
        except FileNotFoundError:
            pass
    return shutil.which("pagefind")


def build_search_index(root: Path, languages) -> list[str]:
    """Index each language folder on its own (root/<lang>/pagefind/), all at once;
    the languages indexed. Only pages marked data-pagefind-body (content pages, not
    filtered or later listing pages) are indexed."""
    binary = pagefind_binary()
    if binary is None:
        logger.warning("pagefind is not installed: the mirror has no search index")
        return []
    running = []
    try:
        for language in languages:
            site = Path(root) / language
            if not site.is_dir():
                continue
            # A new folder, never files shared (hard-linked) with the mirror being served.
            shutil.rmtree(site / "pagefind", ignore_errors=True)
            command = [
                binary,
                "--site",
                str(site),
                "--output-subdir",
                "pagefind",
                "--keep-index-url",
                "--force-language",
                language,
                "--silent",
            ]
            running.append((language, command, subprocess.Popen(command)))
        for _language, command, process in running:
            if process.wait() != 0:
                raise subprocess.CalledProcessError(process.returncode, command)
    finally:
        for _language, _command, process in running:
            if process.poll() is None:
                process.kill()
                process.wait()
    return [language for language, _command, _process in running]
