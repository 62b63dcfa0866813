"""The steering-committee pack's remembered settings per project: sections, paper, cover fields.

No saved row means the defaults; the first change writes one. The logo is the PM's own PNG
or JPEG, kept in the workspace so the pack prints the same on any machine.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TypedDict, Unpack, cast

from babel.numbers import get_decimal_symbol
from sqlalchemy.orm import Session

from cpm_desktop.domain import PaperSize
from cpm_desktop.errors import ValidationError
from cpm_desktop.models import PackSetting, Project
from cpm_desktop.reports.pdf.pack.sections import SECTIONS
from cpm_desktop.services import audit
from cpm_desktop.services.portfolio.projects import set_open_book
from cpm_desktop.services.records.status_reports import (
    REPORT_FIELDS,
    ReportFields,
    save_status_report,
)
from cpm_desktop.services.steering_pack.sections import saved_sections, stored_sections
from cpm_desktop.services.validate import clean_optional_date, clean_text, get_or_raise
from cpm_desktop.texts import N_, _, current_locale

GANTT_DETAILS = ("summary", "full")
DEFAULT_CONFIDENTIALITY = "Confidential"
MAX_LOGO_BYTES = 2 * 1024 * 1024
# Magic numbers: what the file really is, whatever its name says.
_PNG = b"\x89PNG\r\n\x1a\n"
_JPEG = b"\xff\xd8\xff"


@dataclass(frozen=True, slots=True)
class PackSettings:
    """How a project's pack is printed: the chosen sections and the cover's fields."""

    sections: tuple[str, ...]  # chosen sections, in SECTIONS order (default: all)
    paper: PaperSize
    gantt_detail: str  # "summary" | "full"
    confidentiality: str  # e.g. "Confidential"
    meeting_date: dt.date | None  # the steering committee's date
    logo: bytes | None  # PNG/JPEG chosen by the PM, stored in the workspace
    logo_name: str


class PackFields(TypedDict, total=False):
    """The settings `save_pack_settings` may change; any subset may be given."""

    sections: Iterable[str]
    paper: str
    gantt_detail: str
    confidentiality: str
    meeting_date: dt.date | None
    logo: bytes | None  # None removes the logo
    logo_name: str


def pack_settings(
    session: Session, project_id: int, *, default_paper: PaperSize | str = PaperSize.A4
) -> PackSettings:
    """The project's saved settings, or the defaults (`default_paper` e.g. for a US locale)."""
    project = get_or_raise(session, Project, project_id, N_("project"))
    row = session.get(PackSetting, project.id)
    if row is None:
        return PackSettings(
            SECTIONS, clean_paper(default_paper), "summary", DEFAULT_CONFIDENTIALITY, None, None, ""
        )
    return _plain(row)


def save_pack_settings(
    session: Session, project_id: int, **fields: Unpack[PackFields]
) -> PackSettings:
    """Change the settings given; validated and audited, one row per project."""
    project = get_or_raise(session, Project, project_id, N_("project"))
    unknown = sorted(fields.keys() - PackFields.__annotations__.keys())
    if unknown:
        raise ValidationError(f"Unknown pack setting(s): {', '.join(unknown)}.")
    clean = _clean(fields)
    row = session.get(PackSetting, project.id)
    if row is None:
        row = PackSetting(
            project_id=project.id,
            sections=stored_sections(SECTIONS),
            paper=PaperSize.A4,
            gantt_detail="summary",
            confidentiality=DEFAULT_CONFIDENTIALITY,
            meeting_date=None,
            logo=None,
            logo_name="",
        )
        session.add(row)
        session.flush()
        audit.record_created(session, row)
    if "logo" in clean and clean["logo"] is None:
        clean["logo_name"] = ""  # no logo, no name
    for name, new in clean.items():
        old = getattr(row, name)
        old_shown, new_shown = old, new
        if name == "logo":  # the trail names the image, it does not copy megabytes into text
            old_shown = _logo_text(old, row.logo_name)
            new_shown = _logo_text(new, str(clean.get("logo_name", row.logo_name)))
        audit.record_field(session, row, name, old_shown, new_shown)
        setattr(row, name, new)
    session.flush()
    return _plain(row)


def clean_sections(value: object) -> tuple[str, ...]:
    """Known section names, at least one, returned in SECTIONS order."""
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise ValidationError(_("The pack's sections must be a list of section names."))
    chosen = [str(name).strip().lower() for name in value]
    unknown = [name for name in chosen if name not in SECTIONS]
    if unknown:
        raise ValidationError(
            _("Unknown pack section {name!r}: use {sections}.").format(
                name=unknown[0], sections=", ".join(SECTIONS)
            )
        )
    if not chosen:
        raise ValidationError(_("Choose at least one section for the pack."))
    return tuple(name for name in SECTIONS if name in chosen)


def clean_paper(value: object) -> PaperSize:
    """'a4' or 'letter' (any case)."""
    text = value.strip().lower() if isinstance(value, str) else ""
    if text not in tuple(PaperSize):
        raise ValidationError(
            _("Unknown paper size {value!r}: use A4 or Letter.").format(value=value)
        )
    return PaperSize(text)


def clean_logo(value: object) -> bytes | None:
    """A PNG or JPEG image of at most 2 MB (None: no logo)."""
    if value is None:
        return None
    if not isinstance(value, bytes | bytearray):
        raise ValidationError(_("The logo must be the contents of an image file."))
    data = bytes(value)
    if len(data) > MAX_LOGO_BYTES:
        size = len(data) / (1024 * 1024)
        raise ValidationError(
            _("The logo is {size} MB; choose an image of at most 2 MB.").format(
                size=f"{size:.1f}".replace(".", get_decimal_symbol(current_locale()))
            )
        )
    if not (data.startswith(_PNG) or data.startswith(_JPEG)):
        raise ValidationError(_("The logo must be a PNG or JPEG image."))
    return data


def _clean(fields: PackFields) -> dict[str, object]:
    # Everything is checked before the first write, so a refusal leaves the workspace as it was.
    clean: dict[str, object] = {}
    if "sections" in fields:
        clean["sections"] = stored_sections(clean_sections(fields["sections"]))
    if "paper" in fields:
        clean["paper"] = clean_paper(fields["paper"])
    if "gantt_detail" in fields:
        detail = fields["gantt_detail"]
        text = detail.strip().lower() if isinstance(detail, str) else ""
        if text not in GANTT_DETAILS:
            raise ValidationError(
                _("Unknown Gantt detail {detail!r}: use summary or full.").format(detail=detail)
            )
        clean["gantt_detail"] = text
    if "confidentiality" in fields:
        label = clean_text(fields["confidentiality"], N_("confidentiality label"), 200)
        clean["confidentiality"] = " ".join(label.split())  # one line on the cover
    if "meeting_date" in fields:
        clean["meeting_date"] = clean_optional_date(fields["meeting_date"], N_("meeting date"))
    if "logo" in fields:
        clean["logo"] = clean_logo(fields["logo"])
    if "logo_name" in fields:
        clean["logo_name"] = " ".join(clean_text(fields["logo_name"], N_("logo name"), 200).split())
    return clean


def _plain(row: PackSetting) -> PackSettings:
    return PackSettings(
        saved_sections(row.sections),
        PaperSize(row.paper),
        row.gantt_detail,
        row.confidentiality,
        row.meeting_date,
        row.logo,
        row.logo_name,
    )


def _logo_text(data: object, name: str) -> str | None:
    if not isinstance(data, bytes):
        return None
    return f"{name or 'logo'} ({max(1, round(len(data) / 1024))} kB)"


def save_pack_inputs(
    session: Session,
    project_id: int,
    *,
    settings: PackFields,
    report: dict[str, str],
    open_book: bool | None = None,
) -> PackSettings:
    """Save the export dialog's settings, status report and open-book setting together.

    One edit, one undo step; `open_book` None keeps the project's setting.
    """
    unknown = sorted(report.keys() - REPORT_FIELDS)
    if unknown:
        raise ValidationError(f"Unknown status report field(s): {', '.join(unknown)}.")
    saved = save_pack_settings(session, project_id, **settings)
    save_status_report(session, project_id, **cast(ReportFields, report))  # keys checked above
    if open_book is not None:
        set_open_book(session, project_id, open_book)
    return saved
