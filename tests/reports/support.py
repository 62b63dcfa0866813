"""Helpers shared by the PDF tests: a sample form, page text, fonts and qpdf's verdict."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from cpm_desktop.reports.pdf.change_form import ChangeFormContent

A4_POINTS = (595, 842)
LETTER_POINTS = (612, 792)
BASE14 = ("Helvetica", "Times", "Courier", "Symbol", "ZapfDingbats")


def sample_content(**changes: Any) -> ChangeFormContent:
    """A billable, pending request of a EUR project, with `changes` applied."""
    fields: dict[str, Any] = {
        "client": "Acme Logistics",
        "project_code": "ACME-01",
        "project_name": "Warehouse roll-out",
        "currency": "EUR",
        "manager": "Laura Becker",
        "reference": "CR-003",
        "title": "Second carrier label format",
        "description": "DB Schenker requires SSCC labels with its own routing barcode.",
        "reason": "A new carrier contract from January.",
        "requested_by": "Miriam Albers",
        "raised_on": dt.date(2026, 9, 24),
        "category": "Scope",
        "priority": "Medium",
        "status": "Under assessment",
        "schedule_days": 3,
        "cost_impact": Decimal("6200.00"),
        "effort_days": 8,
        "scope_impact": "One more label layout and carrier mapping.",
        "billable": True,
        "change_order_value": Decimal("12500.00"),
        "affected_tasks": ("4.4.3 Carrier interfaces",),
        "generated_on": dt.date(2026, 11, 20),
        "finish_without": dt.date(2027, 5, 18),
        "finish_with": dt.date(2027, 5, 21),
        "budget_without": Decimal("480000.00"),
        "budget_with": Decimal("486200.00"),
        "contract_without": Decimal("560000.00"),
        "contract_with": Decimal("572500.00"),
    }
    fields.update(changes)
    return ChangeFormContent(**fields)


def page_count(path: Path) -> int:
    """Pages of the PDF at `path`."""
    return len(PdfReader(path).pages)


def page_text(path: Path) -> str:
    """The first page's text with every run of white space as one space."""
    return " ".join(PdfReader(path).pages[0].extract_text().split())


def page_size(path: Path) -> tuple[int, int]:
    """The first page's width and height in whole points."""
    box = PdfReader(path).pages[0].mediabox
    return round(float(box.width)), round(float(box.height))


def fonts_not_embedded(path: Path) -> list[str]:
    """Names of the fonts the PDF uses without embedding a font program for them."""
    missing = []
    for page in PdfReader(path).pages:
        fonts = page["/Resources"].get_object().get("/Font")
        for font in (fonts.get_object() if fonts else DictionaryObject()).values():
            font = font.get_object()
            name = str(font.get("/BaseFont", "?"))
            if font.get("/Subtype") == "/Type0":  # a composite font: look at its descendant
                font = font["/DescendantFonts"][0].get_object()
            descriptor = font.get("/FontDescriptor")
            programs = ("/FontFile", "/FontFile2", "/FontFile3")
            if descriptor is None or not any(p in descriptor.get_object() for p in programs):
                missing.append(name)
    return missing


def pdffonts_rows(path: Path) -> list[list[str]]:
    """The font table `pdffonts` prints (name ... emb sub uni ...), or skip without poppler."""
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts (Debian: poppler-utils) is not installed")
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    return [line.split() for line in out.splitlines()[2:] if line.strip()]


def qpdf_check(path: Path) -> subprocess.CompletedProcess[str]:
    """qpdf's structural check of the file, or skip where qpdf is not installed."""
    if shutil.which("qpdf") is None:
        pytest.skip("qpdf (Debian: qpdf) is not installed")
    return subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def soffice_pdf(book: Path, folder: Path) -> subprocess.CompletedProcess[str]:
    """Convert `book` to a PDF in `folder` with LibreOffice, as a client would open it.

    Its own profile and HOME in `folder`: a LibreOffice already running does not interfere.
    """
    assert SOFFICE is not None
    profile = folder / "profile"
    return subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(book),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, "HOME": str(folder)},
    )
