"""The locale an export is written in: the one asked for, else the project's client's."""

from __future__ import annotations

from sqlalchemy.orm import Session

from cpm_desktop.models import Client, Project
from cpm_desktop.services.validate import clean_locale, get_or_raise
from cpm_desktop.texts import N_


def export_locale(session: Session, project_id: int, asked: str | None = None) -> str:
    """`asked` ("de", "fr_CH") as one of domain.locales.LOCALES when given, else the locale of
    the client of `project_id`. Raises ValidationError for a language we do not write."""
    if asked is not None:
        return clean_locale(asked)
    project = get_or_raise(session, Project, project_id, N_("project"))
    client = get_or_raise(session, Client, project.client_id, N_("client"))
    return client.locale
