import os
from pathlib import Path

import pytest


def samples_dir() -> Path:
    """The old site's saved pages: $LEGACY_SAMPLES_DIR, else ../shared/legacy-samples
    next to the repository (absent on a user's clone)."""
    if os.environ.get("LEGACY_SAMPLES_DIR"):
        return Path(os.environ["LEGACY_SAMPLES_DIR"])
    return Path(__file__).resolve().parents[4] / "shared" / "legacy-samples"


@pytest.fixture
def samples() -> Path:
    folder = samples_dir()
    if not (folder / "home-2020.txt").exists():
        pytest.skip(
            f"legacy samples not found in {folder} (set LEGACY_SAMPLES_DIR to run these tests)"
        )
    return folder
