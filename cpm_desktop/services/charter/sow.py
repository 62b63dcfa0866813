"""Use cases for the versions of the statement of work: issued, signed by whom and when, and
whether the signed form came back. Each is validated and audited; a refusal writes nothing."""

from __future__ import annotations

import datetime as dt
from typing import TypedDict, Unpack

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpm_desktop.errors import ValidationError
from cpm_desktop.models import Project, SowVersion
from cpm_desktop.services import audit
from cpm_desktop.services.charter import rows
from cpm_desktop.services.charter.views import SowVersionRow, version_row
from cpm_desktop.services.validate import (
    clean_flag,
    clean_name,
    clean_optional_date,
    clean_text,
    fold,
    get_or_raise,
)
from cpm_desktop.texts import N_, _

VERSION_LIMIT = 40
NOTE_LIMIT = 4_000


class SowDetails(TypedDict, total=False):
    """A version's dates, signature and note; any subset may be given."""

    issued_on: dt.date | None
    signed_on: dt.date | None
    signed_by: str
    form_received: bool  # the signed form is filed
    note: str


class SowFields(SowDetails, total=False):
    """Every editable field of a SOW version, for `edit_sow_version`."""

    version: str


def add_sow_version(
    session: Session, project_id: int, version: str, **details: Unpack[SowDetails]
) -> SowVersionRow:
    """Record a version of the statement of work ('1.0', '1.1' …)."""
    project = get_or_raise(session, Project, project_id, N_("project"))
    row = SowVersion(
        project_id=project.id,
        version="",
        issued_on=None,
        signed_on=None,
        signed_by="",
        form_received=False,
        note="",
    )
    fields = SowFields(version=version)
    fields.update(details)
    for name, value in _cleaned(fields).items():
        setattr(row, name, value)
    _check(session, row)
    session.add(row)
    session.flush()
    audit.record_created(session, rows.subject(row))
    return version_row(row)


def edit_sow_version(
    session: Session, version_id: int, **fields: Unpack[SowFields]
) -> SowVersionRow:
    """Change the fields given, each audited."""
    row = get_or_raise(session, SowVersion, version_id, N_("SOW version"))
    rows.set_fields(session, row, _cleaned(fields))
    _check(session, row)
    session.flush()
    return version_row(row)


def delete_sow_version(session: Session, version_id: int) -> None:
    """Remove a version from the record; audited."""
    row = get_or_raise(session, SowVersion, version_id, N_("SOW version"))
    audit.record_deleted(session, rows.subject(row))
    session.delete(row)
    session.flush()


def _check(session: Session, row: SowVersion) -> None:
    """One entry per version; a signature names who signed, on or after the issue date."""
    with session.no_autoflush:
        others = session.scalars(
            select(SowVersion.version).where(
                SowVersion.project_id == row.project_id, SowVersion.id != (row.id or 0)
            )
        )
        if any(fold(other) == fold(row.version) for other in others):
            raise ValidationError(
                _("SOW version {version} is already recorded.").format(version=row.version)
            )
    if row.signed_on is not None and not row.signed_by:
        raise ValidationError(_("Say who signed SOW {version}.").format(version=row.version))
    if row.signed_by and row.signed_on is None:
        raise ValidationError(
            _("Give the date SOW {version} was signed.").format(version=row.version)
        )
    if row.form_received and row.signed_on is None:
        raise ValidationError(
            _("SOW {version} is not signed: no signed form can be received.").format(
                version=row.version
            )
        )
    if row.issued_on and row.signed_on and row.signed_on < row.issued_on:
        raise ValidationError(
            _("SOW {version} cannot be signed ({signed}) before it was issued ({issued}).").format(
                version=row.version,
                signed=row.signed_on.isoformat(),
                issued=row.issued_on.isoformat(),
            )
        )


def _cleaned(fields: SowFields) -> dict[str, object]:
    cleaned: dict[str, object] = {}
    for name, value in fields.items():
        if name == "version":
            cleaned[name] = clean_name(value, N_("SOW version"), VERSION_LIMIT)
        elif name in ("issued_on", "signed_on"):
            what = N_("issue date") if name == "issued_on" else N_("signature date")
            cleaned[name] = clean_optional_date(value, what)
        elif name == "signed_by":
            cleaned[name] = " ".join(clean_text(value, N_("signed by"), 200).split())
        elif name == "form_received":
            cleaned[name] = clean_flag(value, N_("signed-form-received flag"))
        elif name == "note":
            cleaned[name] = clean_text(value, N_("note"), NOTE_LIMIT)
        else:
            raise ValidationError(f"A SOW version has no field {name!r}.")
    return cleaned
