"""Icons, the style sheet and other files the app ships (installed as cpm_desktop.resources)."""

from pathlib import Path

RESOURCES_DIR = Path(__file__).resolve().parent


def resource_path(*parts: str) -> Path:
    """Return the path of a shipped resource file, e.g. resource_path('icons', 'open.svg')."""
    return RESOURCES_DIR.joinpath(*parts)
