"""Where the app keeps its files by default."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from cpm_desktop import APP_NAME

DATA_DIR_VARIABLE = "CPM_DESKTOP_DATA_DIR"


def data_dir() -> Path:
    """Return the user data folder (overridable with CPM_DESKTOP_DATA_DIR, e.g. for tests)."""
    override = os.environ.get(DATA_DIR_VARIABLE)
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_workspace_path() -> Path:
    """Return the workspace opened when no --db is given."""
    return data_dir() / "workspace.cpm"


def documents_dir() -> Path:
    """Return the user's documents folder, where files offered for saving go by default."""
    return Path(platformdirs.user_documents_dir())


def log_dir() -> Path:
    """Return the folder for crash logs."""
    return data_dir() / "logs"
