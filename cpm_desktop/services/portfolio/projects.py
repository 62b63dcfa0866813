"""Use cases for projects: create one, change its frame."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import TypedDict, Unpack

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cpm_desktop.domain import Cadence, ContractType, ProjectStatus, Rag, Stage
from cpm_desktop.errors import DuplicateError, ValidationError
from cpm_desktop.models import Calendar, Client, Contact, Project
from cpm_desktop.services import audit
from cpm_desktop.services.plan.calendars import copy_calendar, default_calendar
from cpm_desktop.services.plan.schedule import reschedule
from cpm_desktop.services.validate import (
    clean_currency,
    clean_date,
    clean_enum,
    clean_flag,
    clean_money,
    clean_name,
    clean_optional_date,
    clean_text,
    get_or_raise,
)
from cpm_desktop.texts import N_, _

CODE_PATTERN = re.compile(r"[A-Z0-9][A-Z0-9._-]{0,19}")


@dataclass(frozen=True, slots=True)
class ProjectRecord:
    """A project's frame as a use case left it."""

    id: int
    client_id: int
    calendar_id: int  # the project's own working calendar
    code: str
    name: str
    start_date: dt.date
    status_date: dt.date | None
    currency: str


def clean_code(code: object) -> str:
    """Project codes: 1–20 of A–Z, 0–9, '.', '_', '-', starting with a letter or digit."""
    if not isinstance(code, str):
        raise ValidationError(_("The project code must be text."))
    text = code.strip().upper()
    if not CODE_PATTERN.fullmatch(text):
        raise ValidationError(
            _(
                "Project code {code!r} is not valid: use 1–20 letters, digits, '.', '_' or '-'."
            ).format(code=code)
        )
    return text


@dataclass(frozen=True, slots=True)
class NewProject:
    """What a project is created with: a client, a code, a name and a start; the rest may wait.

    The values are checked by `create_project`, not here: a form or a file hands over what the
    user typed, and a refusal names the field.
    """

    client_id: int
    code: str  # made upper case; unique in the workspace
    name: str
    start_date: dt.date
    status_date: dt.date | None = None
    manager: str = ""
    sponsor_id: int | None = None  # a contact of the client
    currency: str | None = None  # ISO 4217; None: the client's default currency
    budget: Decimal | int | str = 0
    contract_value: Decimal | int | str = 0
    status: ProjectStatus = ProjectStatus.ACTIVE
    rag: Rag | None = None  # None: not rated; the KPIs give the overall status
    description: str = ""
    open_book: bool = False  # True: the client may see cost figures (never the margin)
    objective: str = ""
    contract_type: ContractType = ContractType.FIXED_PRICE
    cadence: Cadence = Cadence.WEEKLY
    stage: Stage = Stage.INITIATION
    calendar_id: int | None = None  # a shared calendar; None: its own copy of the default


def create_project(session: Session, new: NewProject) -> ProjectRecord:
    """Create a project for a client, with its own copy of the default calendar."""
    client = get_or_raise(session, Client, new.client_id, N_("client"))
    code = clean_code(new.code)
    if session.scalar(select(Project.id).where(func.upper(Project.code) == code)) is not None:
        raise DuplicateError(
            _("Project code {code} is already used; codes are unique.").format(code=code)
        )
    start_date = clean_date(new.start_date, N_("start date"))
    status_date = clean_optional_date(new.status_date, N_("status date"))
    if status_date is not None and status_date < start_date:
        raise ValidationError(_("The status date cannot be before the project start."))
    currency = client.currency if new.currency is None else clean_currency(new.currency)
    sponsor = None
    if new.sponsor_id is not None:
        sponsor = get_or_raise(session, Contact, new.sponsor_id, N_("contact"))
        if sponsor.client_id != client.id:
            raise ValidationError(
                _("{name} is not a contact of {client}.").format(
                    name=sponsor.name, client=client.name
                )
            )
    project = Project(
        client=client,
        code=code,
        name=clean_name(new.name, N_("project name")),
        start_date=start_date,
        status_date=status_date,
        manager=clean_text(new.manager, N_("project manager"), 200),
        sponsor=sponsor,
        currency=currency,
        budget=clean_money(new.budget, N_("budget")),
        contract_value=clean_money(new.contract_value, N_("contract value")),
        status=clean_enum(ProjectStatus, new.status, N_("project status")),
        rag=None if new.rag is None else clean_enum(Rag, new.rag, N_("RAG status")),
        description=clean_text(new.description, N_("description")),
        open_book=clean_flag(new.open_book, N_("open-book setting")),
        objective=clean_text(new.objective, N_("objective"), 4_000),
        contract_type=clean_enum(ContractType, new.contract_type, N_("contract type")),
        cadence=clean_enum(Cadence, new.cadence, N_("reporting cadence")),
        stage=clean_enum(Stage, new.stage, N_("stage")),
        calendar_id=_calendar_for(session, code, new.calendar_id),
    )
    session.add(project)
    session.flush()
    audit.record_created(session, replace(audit.subject(project), label=f"{code} {project.name}"))
    return project_record(project)


def set_status_date(
    session: Session, project_id: int, status_date: dt.date | None
) -> ProjectRecord:
    """Move the project's status date ('as of' date for progress); reschedules."""
    project = get_or_raise(session, Project, project_id, N_("project"))
    status_date = clean_optional_date(status_date, N_("status date"))
    if status_date is not None and status_date < project.start_date:
        raise ValidationError(_("The status date cannot be before the project start."))
    audit.record_field(session, project, "status_date", project.status_date, status_date)
    project.status_date = status_date
    reschedule(session, project)
    return project_record(project)


def _calendar_for(session: Session, code: str, calendar_id: int | None) -> int:
    """The calendar a new project works by: the shared one named, or a copy of the default."""
    if calendar_id is not None:
        return get_or_raise(session, Calendar, calendar_id, N_("calendar")).id
    return copy_calendar(session, default_calendar(session).id, f"{code} calendar").id


class ProjectChanges(TypedDict, total=False):
    """The fields of a project `update_project` may change; any subset may be given."""

    code: str  # a rename: every screen and file shows the new code from then on
    name: str
    manager: str
    sponsor_id: int | None  # a contact of the project's client
    currency: str
    budget: Decimal | int | str
    contract_value: Decimal | int | str
    description: str
    objective: str
    contract_type: ContractType | str
    cadence: Cadence | str
    start_date: dt.date
    status_date: dt.date | None  # moved last: the plan reschedules as of it


def update_project(
    session: Session, project_id: int, **changes: Unpack[ProjectChanges]
) -> ProjectRecord:
    """Change the fields given, each audited, in the caller's one transaction: a refusal of
    any of them (raised before or after the others are set) leaves the project as it was."""
    project = get_or_raise(session, Project, project_id, N_("project"))
    cleaned: dict[str, object] = {}
    if "code" in changes:
        code = clean_code(changes["code"])
        taken = session.scalar(
            select(Project.id).where(func.upper(Project.code) == code, Project.id != project.id)
        )
        if taken is not None:
            raise DuplicateError(
                _("Project code {code} is already used; codes are unique.").format(code=code)
            )
        cleaned["code"] = code
    if "name" in changes:
        cleaned["name"] = clean_name(changes["name"], N_("project name"))
    if "manager" in changes:
        cleaned["manager"] = clean_text(changes["manager"], N_("project manager"), 200)
    for money in ("budget", "contract_value"):
        if money in changes:
            what = N_("budget") if money == "budget" else N_("contract value")
            cleaned[money] = clean_money(changes[money], what)
    if "description" in changes:
        cleaned["description"] = clean_text(changes["description"], N_("description"))
    if "objective" in changes:
        cleaned["objective"] = clean_text(changes["objective"], N_("objective"), 4_000)
    if "currency" in changes:
        cleaned["currency"] = clean_currency(changes["currency"])
    if "contract_type" in changes:
        cleaned["contract_type"] = clean_enum(
            ContractType, changes["contract_type"], N_("contract type")
        )
    if "cadence" in changes:
        cleaned["cadence"] = clean_enum(Cadence, changes["cadence"], N_("reporting cadence"))
    if "sponsor_id" in changes:
        cleaned["sponsor_id"] = _sponsor_of(session, project, changes["sponsor_id"])
    if "start_date" in changes:
        start = clean_date(changes["start_date"], N_("start date"))
        status_date = changes.get("status_date", project.status_date)
        if status_date is not None and status_date < start:
            raise ValidationError(_("The status date cannot be before the project start."))
        cleaned["start_date"] = start
    audit.set_fields(session, project, cleaned)
    session.flush()
    if "status_date" in changes:
        return set_status_date(session, project.id, changes["status_date"])
    if "start_date" in cleaned:
        reschedule(session, project)
    return project_record(project)


def _sponsor_of(session: Session, project: Project, contact_id: int | None) -> int | None:
    """The sponsor's contact id, checked to be a contact of the project's client."""
    if contact_id is None:
        return None
    sponsor = get_or_raise(session, Contact, contact_id, N_("contact"))
    if sponsor.client_id != project.client_id:
        raise ValidationError(
            _("{name} is not a contact of {client}.").format(
                name=sponsor.name, client=project.client.name
            )
        )
    return sponsor.id


def set_open_book(session: Session, project_id: int, open_book: bool) -> ProjectRecord:
    """Say whether the contract is open-book: client exports then show cost, never the margin."""
    project = get_or_raise(session, Project, project_id, N_("project"))
    audit.set_fields(
        session, project, {"open_book": clean_flag(open_book, N_("open-book setting"))}
    )
    session.flush()
    return project_record(project)


def project_record(project: Project) -> ProjectRecord:
    """The frame of a project row, for the use cases that change it."""
    return ProjectRecord(
        id=project.id,
        client_id=project.client_id,
        calendar_id=project.calendar_id,
        code=project.code,
        name=project.name,
        start_date=project.start_date,
        status_date=project.status_date,
        currency=project.currency,
    )
