"""The workbook's English keys as the reader sees them: sheet tabs, column headers, choices.

A table's name ("Risks"), its columns' headers and the labels of a choice column ("4 - High",
"Under assessment") stay English in the content and in the hidden state sheet: they are what
the services and the read-back match on. Only the cells the reader sees say them in the
language being spoken, through these three functions; the read-back, calling them under each
`speaking(locale)`, finds what any language's workbook shows.
"""

from __future__ import annotations

from cpm_desktop.texts import _, pgettext


def sheet_tab(name: str) -> str:
    """The tab of the sheet `name` ("Risks" → "Risiken"); an unknown name as it is.

    Tabs have their own context: "Schedule" and "Feedback" are also words of the domain (a
    change's category, an action's source) that a tab says otherwise ("Terminplan").
    """
    tabs = {
        "Summary": pgettext("sheet", "Summary"),
        "Schedule": pgettext("sheet", "Schedule"),
        "Milestones": pgettext("sheet", "Milestones"),
        "Risks": pgettext("sheet", "Risks"),
        "Changes": pgettext("sheet", "Changes"),
        "Deliverables": pgettext("sheet", "Deliverables"),
        "Actions": pgettext("sheet", "Actions"),
        "Billing": pgettext("sheet", "Billing"),
        "Feedback": pgettext("sheet", "Feedback"),
        "Decisions": pgettext("sheet", "Decisions"),
        "Team": pgettext("sheet", "Team"),
        "Workload": pgettext("sheet", "Workload"),
        "Costs": pgettext("sheet", "Costs"),
    }
    return tabs.get(name, name)


def column_title(header: str) -> str:
    """A column's header as printed: its translation (`_(header)`), except for the headers
    that are also an invoice's status and there name a date ("Due" → "Fällig am")."""
    dated = {
        "Due": pgettext("column", "Due"),
        "Invoiced": pgettext("column", "Invoiced"),
        "Paid": pgettext("column", "Paid"),
    }
    return dated.get(header) or _(header)


def choice_text(label: str) -> str:
    """A choice label as a cell and its dropdown show it: `_(label)` ("Open" → "Offen")."""
    return _(label)
