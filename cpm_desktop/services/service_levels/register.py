"""Use cases for service levels: add, edit and delete an SLA, record or clear the value of a
period, paste many values at once. Each is validated and audited; a refusal writes nothing."""

from __future__ import annotations

import datetime as dt
import math
from typing import TypedDict, Unpack

from sqlalchemy.orm import Session

from cpm_desktop.domain.service_levels import (
    SlaDirection,
    SlaPeriod,
    number_text,
    period_label,
    period_start,
)
from cpm_desktop.errors import InterchangeError, ValidationError
from cpm_desktop.interchange.sla_values import MAX_ABS_VALUE, MAX_NOTE, read_sla_values
from cpm_desktop.models import Project, ServiceLevel, ServiceLevelMeasure
from cpm_desktop.reports.locale_format import report_format
from cpm_desktop.services import audit
from cpm_desktop.services.numbering import next_number
from cpm_desktop.services.service_levels.views import ServiceLevelRow, service_level_row
from cpm_desktop.services.validate import (
    clean_date,
    clean_enum,
    clean_name,
    clean_text,
    get_or_raise,
)
from cpm_desktop.texts import N_, _, current_locale, ngettext

TEXT_LIMIT = 4_000
UNIT_LIMIT = 40  # the column's width
MOST_SLAS = 99  # SLA-01 … SLA-99
ERRORS_SAID = 3  # a refused paste names its first few lines; the dialog shows them all
# How often an SLA is measured, as a refusal says it ("3 monthly values").
PERIOD_WORDS = {
    SlaPeriod.WEEKLY: N_("weekly"),
    SlaPeriod.MONTHLY: N_("monthly"),
    SlaPeriod.QUARTERLY: N_("quarterly"),
}


class ServiceLevelDetails(TypedDict, total=False):
    """The fields of an SLA besides its name; any subset may be given."""

    target: float
    unit: str
    direction: SlaDirection | str
    period: SlaPeriod | str
    tolerance: float
    description: str


class ServiceLevelFields(ServiceLevelDetails, total=False):
    """Every editable field of an SLA, for `edit_service_level`."""

    name: str


def add_service_level(
    session: Session, project_id: int, name: str, **details: Unpack[ServiceLevelDetails]
) -> ServiceLevelRow:
    """Add an SLA with the project's next reference (SLA-01 …); measured monthly, at least
    its target, with no tolerance, unless told otherwise."""
    project = get_or_raise(session, Project, project_id, N_("project"))
    number = next_number(session, ServiceLevel.number, ServiceLevel.project_id, project.id)
    if number > MOST_SLAS:
        raise ValidationError(
            _("A project keeps at most {count} service levels.").format(count=MOST_SLAS)
        )
    if "target" not in details:
        raise ValidationError(_("A service level needs a target."))
    sla = ServiceLevel(
        project_id=project.id,
        number=number,
        name="",
        target=0.0,
        unit="",
        direction=SlaDirection.AT_LEAST,
        period=SlaPeriod.MONTHLY,
        tolerance=0.0,
        description="",
    )
    fields = ServiceLevelFields(name=name)
    fields.update(details)
    _apply(sla, fields)
    session.add(sla)
    session.flush()
    audit.record_created(session, _subject(session, sla))
    return service_level_row(session, sla.id)


def edit_service_level(
    session: Session, service_level_id: int, **fields: Unpack[ServiceLevelFields]
) -> ServiceLevelRow:
    """Change the fields given, each audited. The period is fixed once a value is recorded:
    the recorded values are of periods of that length."""
    sla = _sla(session, service_level_id)
    said = _subject(session, sla)
    _known(fields)
    before = {name: getattr(sla, name) for name in fields}
    _apply(sla, fields)
    if sla.period != before.get("period", sla.period) and sla.measures:
        count = len(sla.measures)
        raise ValidationError(
            ngettext(
                "{reference} has {count} {period} values recorded; clear them before measuring "
                "it {new_period}.",
                "{reference} has {count} {period} values recorded; clear them before measuring "
                "it {new_period}.",
                count,
            ).format(
                reference=sla.reference,
                count=count,
                period=_(PERIOD_WORDS[SlaPeriod(before["period"])]),
                new_period=_(PERIOD_WORDS[sla.period]),
            )
        )
    for name, old in before.items():
        audit.record_field(session, said, name, old, getattr(sla, name))
    session.flush()
    return service_level_row(session, sla.id)


def delete_service_level(session: Session, service_level_id: int) -> None:
    """Delete an SLA and its recorded values; audited."""
    sla = _sla(session, service_level_id)
    audit.record_deleted(session, _subject(session, sla))
    session.delete(sla)
    session.flush()


def record_value(
    session: Session, service_level_id: int, day: dt.date, value: float, note: str = ""
) -> ServiceLevelRow:
    """Record the value measured over the period `day` falls in (replacing one recorded for
    it), with a note; audited as a change of that period's value."""
    sla = _sla(session, service_level_id)
    _record(session, sla, period_start(sla.period, clean_date(day, N_("period"))), value, note)
    session.flush()
    return service_level_row(session, sla.id)


def clear_value(session: Session, service_level_id: int, day: dt.date) -> ServiceLevelRow:
    """Remove the value recorded for the period `day` falls in; audited."""
    sla = _sla(session, service_level_id)
    start = period_start(sla.period, clean_date(day, N_("period")))
    measure = _measure(sla, start)
    if measure is None:
        raise ValidationError(
            _("{reference} has no value for {period}.").format(
                reference=sla.reference, period=period_label(sla.period, start)
            )
        )
    audit.record_field(session, _subject(session, sla), _field(start), measure.value, None)
    sla.measures.remove(measure)
    session.flush()
    return service_level_row(session, sla.id)


def paste_values(session: Session, service_level_id: int, text: str) -> ServiceLevelRow:
    """Record every value of pasted lines (`interchange.sla_values`), replacing those of the
    same periods; any line that cannot be read refuses the whole paste."""
    sla = _sla(session, service_level_id)
    if not isinstance(text, str):
        raise ValidationError(_("The pasted values must be text."))
    try:
        pasted = read_sla_values(text, sla.period, sla.unit)
    except InterchangeError as exc:
        raise ValidationError(str(exc)) from None
    if not pasted.ok:
        more = len(pasted.errors) + pasted.more_errors - ERRORS_SAID
        said = " ".join(pasted.errors[:ERRORS_SAID])
        refusal = (
            ngettext(
                "Nothing recorded: {errors} (and {count} more lines)",
                "Nothing recorded: {errors} (and {count} more lines)",
                more,
            )
            if more > 0
            else _("Nothing recorded: {errors}")
        )
        raise ValidationError(refusal.format(errors=said, count=more))
    for value in pasted.values:
        _record(session, sla, value.period_start, value.value, value.note)
    session.flush()
    return service_level_row(session, sla.id)


# -- helpers ----------------------------------------------------------------------------------


def _sla(session: Session, service_level_id: int) -> ServiceLevel:
    return get_or_raise(session, ServiceLevel, service_level_id, N_("service level"))


def _subject(session: Session, sla: ServiceLevel) -> audit.Subject:
    """The SLA as the audit trail names it: 'NHL-WMS SLA-01 WMS availability'."""
    code = session.get_one(Project, sla.project_id).code
    return audit.Subject(
        "service_level", sla.id, sla.project_id, f"{code} {sla.reference} {sla.name}"
    )


def _field(start: dt.date) -> str:
    """The audited field of one period's value: 'value 2026-11-02'."""
    return f"value {start.isoformat()}"


def _measure(sla: ServiceLevel, start: dt.date) -> ServiceLevelMeasure | None:
    return next((m for m in sla.measures if m.period_start == start), None)


def _record(session: Session, sla: ServiceLevel, start: dt.date, value: object, note: str) -> None:
    figure = _figure(value, N_("measured value"))
    text = clean_text(note, N_("note"), MAX_NOTE)
    measure = _measure(sla, start)
    said = _subject(session, sla)
    if measure is None:
        sla.measures.append(ServiceLevelMeasure(period_start=start, value=figure, note=text))
        audit.record_field(session, said, _field(start), None, number_text(figure))
        return
    audit.record_field(
        session, said, _field(start), number_text(measure.value), number_text(figure)
    )
    audit.record_field(session, said, f"note {start.isoformat()}", measure.note, text)
    measure.value, measure.note = figure, text


def _known(fields: ServiceLevelFields) -> None:
    unknown = sorted(fields.keys() - ServiceLevelFields.__annotations__.keys())
    if unknown:
        raise ValidationError(f"Unknown service level fields: {', '.join(unknown)}.")


def _apply(sla: ServiceLevel, fields: ServiceLevelFields) -> None:
    _known(fields)
    if "name" in fields:
        sla.name = clean_name(fields["name"], N_("service level name"))
    if "target" in fields:
        sla.target = _figure(fields["target"], N_("target"))
    if "unit" in fields:
        sla.unit = clean_name(fields["unit"], N_("unit"), UNIT_LIMIT) if fields["unit"] else ""
    if "direction" in fields:
        sla.direction = clean_enum(SlaDirection, fields["direction"], N_("direction"))
    if "period" in fields:
        sla.period = clean_enum(SlaPeriod, fields["period"], N_("measurement period"))
    if "tolerance" in fields:
        tolerance = _figure(fields["tolerance"], N_("tolerance"))
        if tolerance < 0:
            raise ValidationError(
                _("The tolerance cannot be negative: it is how far a miss is amber.")
            )
        sla.tolerance = tolerance
    if "description" in fields:
        sla.description = clean_text(fields["description"], N_("description"), TEXT_LIMIT)


def _figure(value: object, what: str) -> float:
    """A finite number no larger than any measured service level; `what` is N_()-marked."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError(_("The {what} must be a number.").format(what=_(what)))
    # A huge whole number would overflow float(); it is out of range either way.
    figure = float(value) if abs(value) <= MAX_ABS_VALUE else math.inf
    if not math.isfinite(figure) or abs(figure) > MAX_ABS_VALUE:
        raise ValidationError(
            _("The {what} must be a number within ±{maximum}.").format(
                what=_(what), maximum=report_format(current_locale()).number(MAX_ABS_VALUE)
            )
        )
    return figure
