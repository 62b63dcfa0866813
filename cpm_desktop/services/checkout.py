"""Check-out for offline work: a project taken from a team server to a laptop's file, worked
on there as on any file, and checked in again (`cpm-desktop checkout`, `checkin`, `release`).

While a project is checked out the server keeps it read-only (its versions' trigger refuses
any write but the check-in's); the PMO may release a check-out left behind, after which the
laptop's copy is refused at check-in and kept as it is. Each step is audited on the server.
"""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpm_desktop.errors import ValidationError
from cpm_desktop.models import Checkout, Project
from cpm_desktop.services import audit
from cpm_desktop.services.portfolio.views import find_project_id
from cpm_desktop.texts import _
from cpm_desktop.workspace import Workspace, open_workspace, server_versions
from cpm_desktop.workspace.checkin import Differences, differences, project_rows, write_back
from cpm_desktop.workspace.transfer import copy_to_file


@dataclass(frozen=True, slots=True)
class CheckoutRecord:
    """A project checked out: which, by whom, since when."""

    project_id: int
    code: str
    holder: str
    since: dt.datetime
    server: str | None = None  # a laptop's copy: the team server it came from, where known


def check_out(session: Session, project_code: str, holder: str) -> CheckoutRecord:
    """Mark the project checked out by `holder` (read-only on the server from the commit);
    refuse one already checked out, naming by whom."""
    project = _project(session, project_code)
    held = session.get(Checkout, project.id)
    if held is not None:
        raise ValidationError(
            _("{code} is already checked out by {who} since {since} UTC.").format(
                code=project.code, who=held.holder, since=f"{held.since:%Y-%m-%d %H:%M}"
            )
        )
    since = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    session.add(
        Checkout(project_id=project.id, holder=holder, since=since, token=secrets.token_hex(16))
    )
    audit.record(session, _subject(project), "check out", new=holder)
    session.flush()
    return CheckoutRecord(project.id, project.code, holder, since)


def release(session: Session, project_code: str) -> CheckoutRecord:
    """End a check-out without its check-in (the PMO's, for one left behind): the project is
    writable on the server again, and the laptop's copy will be refused."""
    project = _project(session, project_code)
    held = session.get(Checkout, project.id)
    if held is None:
        raise ValidationError(_("{code} is not checked out.").format(code=project.code))
    record = CheckoutRecord(project.id, project.code, held.holder, held.since)
    session.delete(held)
    audit.record(session, _subject(project), "release", old=held.holder)
    session.flush()
    return record


def check_out_to_file(server: Workspace, project_code: str, path: Path) -> CheckoutRecord:
    """Check the project out for the server's login user and write the laptop's file at
    `path`; when the file cannot be written, release the check-out again (no file, no
    check-out) and re-raise."""
    holder = server.engine.url.username or ""
    record = server.run(check_out, project_code, holder)
    try:
        copy_to_file(server, path)
        with open_workspace(path, backup=False) as laptop:
            laptop.run(_came_from, server.address)
    except BaseException:
        server.run(release, project_code)
        raise
    return record


def _came_from(laptop: Session, address: str) -> None:
    """Note in the laptop's copy the team server its check-in goes back to."""
    for held in laptop.scalars(select(Checkout)):
        held.server = address


def checkout_of(session: Session, project_id: int) -> CheckoutRecord | None:
    """Who has the project checked out, and since when; None when nobody has."""
    held = session.get(Checkout, project_id)
    project = session.get(Project, project_id) if held is not None else None
    if held is None or project is None:
        return None
    return CheckoutRecord(project.id, project.code, held.holder, held.since, held.server)


def laptop_checkout(laptop: Session) -> CheckoutRecord | None:
    """The project a laptop's file holds checked out from a team server; None for any other
    file. (A server holds one row per project out: ask it `checkout_of`.)"""
    held = laptop.scalars(select(Checkout)).all()
    return checkout_of(laptop, held[0].project_id) if len(held) == 1 else None


@dataclass(frozen=True, slots=True)
class CheckIn:
    """What a check-in found (and wrote, unless it was a preview)."""

    code: str
    found: Differences
    written: bool


def _laptop_checkout(laptop: Session) -> Checkout:
    """The check-out a laptop's file holds (the one project it took offline); refuse a file
    that is not a checked-out copy."""
    held = laptop.scalars(select(Checkout)).all()
    if len(held) != 1:
        raise ValidationError(
            _("This workspace file is not a project checked out from a team server.")
        )
    return held[0]


def check_in(laptop: Session, server: Session, *, apply: bool) -> CheckIn:
    """Compare the laptop's copy of its checked-out project with the server's; with `apply`,
    write the differences back in the server's transaction, end the check-out on both and
    audit it. Refuse, changing nothing, when the server no longer holds this check-out."""
    held = _laptop_checkout(laptop)
    project = server.get(Project, held.project_id)
    there = server.get(Checkout, held.project_id, with_for_update=True)
    if project is None or there is None or there.token != held.token:
        raise ValidationError(
            _(
                "The team server no longer holds this check-out (the PMO released it, or it "
                "was checked in already): nothing was written, and this file is kept as it is."
            )
        )
    ours = project_rows(laptop.connection(), held.project_id)
    theirs = project_rows(server.connection(), held.project_id)
    found = differences(ours, theirs)
    if apply:
        server_versions.checking_in(server.connection(), held.token)
        write_back(server.connection(), ours, theirs)
        server.delete(there)
        audit.record(server, _subject(project), "check in", old=held.holder)
        server.flush()
        laptop.delete(held)
        laptop.flush()
    return CheckIn(project.code, found, apply)


def check_in_between(laptop: Workspace, server: Workspace, *, apply: bool) -> CheckIn:
    """`check_in` in one transaction on each side: the server's committed first, so a
    check-in the server refuses or loses leaves the laptop's file as it was."""
    with laptop.transaction() as on_laptop, server.transaction() as on_server:
        return check_in(on_laptop, on_server, apply=apply)


def _project(session: Session, code: str) -> Project:
    project_id = find_project_id(session, code)
    project = session.get(Project, project_id) if project_id is not None else None
    if project is None:
        raise ValidationError(_("No project with code {code} on the server.").format(code=code))
    return project


def _subject(project: Project) -> audit.Subject:
    return audit.Subject("project", project.id, project.id, project.code)
