import os
from pathlib import Path

import pytest

REPOSITORY = Path(__file__).resolve().parents[3]


def samples_dir() -> Path:
    """The old site's saved pages: $LEGACY_SAMPLES_DIR, else ../shared/legacy-samples
    next to the repository (where the team's workspace keeps them)."""
    if os.environ.get("LEGACY_SAMPLES_DIR"):
        return Path(os.environ["LEGACY_SAMPLES_DIR"])
    return REPOSITORY.parent / "shared" / "legacy-samples"


@pytest.fixture
def samples() -> Path:
    folder = samples_dir()
    if not (folder / "home-2020.txt").exists():
        pytest.skip(
            f"legacy samples not found in {folder} (set LEGACY_SAMPLES_DIR to run these tests)"
        )
    return folder
