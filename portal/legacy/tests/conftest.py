import os
from pathlib import Path

import pytest

# Where the team's workspace keeps the samples; a clone elsewhere (CI) still finds them.
WORKSPACE_SAMPLES = Path("/work/shared/legacy-samples")


def samples_dir() -> Path:
    """The old site's saved pages: $LEGACY_SAMPLES_DIR, else ../shared/legacy-samples
    next to the repository, else the workspace's copy (absent on a user's clone)."""
    if os.environ.get("LEGACY_SAMPLES_DIR"):
        return Path(os.environ["LEGACY_SAMPLES_DIR"])
    beside_repo = Path(__file__).resolve().parents[4] / "shared" / "legacy-samples"
    return beside_repo if beside_repo.exists() else WORKSPACE_SAMPLES


@pytest.fixture
def samples() -> Path:
    folder = samples_dir()
    if not (folder / "home-2020.txt").exists():
        pytest.skip(
            f"legacy samples not found in {folder} (set LEGACY_SAMPLES_DIR to run these tests)"
        )
    return folder
