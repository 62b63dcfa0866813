"""The one font family of every PDF report: DejaVu Sans from resources/fonts, embedded.

reportlab's built-in Helvetica is never embedded and has no €/ł in its standard encoding, so
every text on a page, paragraph or canvas-drawn, uses these names.
"""

from __future__ import annotations

import io
import threading
from importlib.resources import files

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "CpmSans"
BOLD = "CpmSans-Bold"
OBLIQUE = "CpmSans-Oblique"
FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    OBLIQUE: "DejaVuSans-Oblique.ttf",
}

_lock = threading.Lock()


def register_fonts() -> str:
    """Register the family with reportlab once (later calls do nothing); return REGULAR."""
    with _lock:
        if REGULAR in pdfmetrics.getRegisteredFontNames():
            return REGULAR
        folder = files("cpm_desktop.resources").joinpath("fonts")
        for name, filename in FILES.items():
            # Bytes rather than a path: works from a zipped install as well as a folder.
            data = folder.joinpath(filename).read_bytes()
            pdfmetrics.registerFont(TTFont(name, io.BytesIO(data)))
        # <b> and <i> in paragraph markup pick the family's faces; no bold-oblique is
        # shipped, so bold italic falls back to bold.
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, OBLIQUE)
        addMapping(REGULAR, 1, 1, BOLD)
        return REGULAR
