"""`export FORMAT`: one sub-command per format, so `export FORMAT --help` describes that file.

Each format's parser says what the file is for, who reads it, what it holds and which options
apply. The options of another format are still accepted, hidden, so that `export` refuses them
with one line naming the format they belong to (`export.py`), as it always has.
"""

from __future__ import annotations

import argparse
import textwrap
from collections.abc import Sequence
from pathlib import Path

from cpm_desktop.cli.arguments import Commands, project_option, workspace_option
from cpm_desktop.cli.commands import export
from cpm_desktop.domain import Audience, PaperSize

FORMATS = ("xlsx", "pdf", "mspdi", "change-form", "acceptance")
PAPERS = [paper.value for paper in PaperSize]
AUDIENCES = [audience.value for audience in Audience]
AUDIENCE = (
    "Audience: client (the default) leaves out the supplier's economics — margin, cost, the "
    "estimate at completion, the internal budget — unless the project is open-book (then cost "
    "figures stay, the margin never), and every risk, decision and note marked internal. "
    "internal keeps everything and prints 'Internal — not for the client' in the footer."
)
WIDTH = 78  # of a description's lines: a terminal's 80 columns less a margin


def _text(*paragraphs: str) -> str:
    """Paragraphs filled to WIDTH, a blank line between them (argparse keeps them as given)."""
    return "\n\n".join(textwrap.fill(paragraph, WIDTH) for paragraph in paragraphs)


XLSX = _text(
    "The client workbook: one project as an Excel workbook (.xlsx) for the client's team, "
    "to open in Excel or LibreOffice. The app's File > Export writes the same file.",
    "Sheets: Summary (the one-page dashboard: overall RAG, finish against the baseline, "
    "budget and earned value, the KPIs with their RAG, open risks by RAG and the heat map, "
    "changes by status, the next milestones), Schedule (every task in outline order with a "
    "week-by-week Gantt), Milestones, Risks, Changes, Deliverables, Actions, Billing, "
    "Feedback and Decisions.",
    "The client may edit the Risks and Changes sheets, give a verdict on a submitted "
    "deliverable and update an action's status and comments, and send the file back: "
    "`cpm-desktop import-edits` shows and applies their edits. The export writes nothing to "
    "the workspace.",
    AUDIENCE,
)

PDF = _text(
    "The steering-committee pack: one project's status report as a PDF for the client's "
    "sponsor and steering committee, to read on paper or on screen. The app's File > Export "
    "writes it too.",
    "Sections, each on its own pages: cover, executive summary (RAGs, commentary, KPI "
    "table) and, on its last page, what changed since the last report, milestones, schedule "
    "(the Gantt), budget and earned value, billing schedule, risks and issues, change "
    "requests, client satisfaction, decisions and next steps. The "
    "sections, the cover's details and the paper are the project's pack settings, chosen in "
    "the app.",
    "--paper prints on A4 or US Letter instead of the paper saved with the pack settings. "
    "The export writes nothing to the workspace.",
    AUDIENCE,
)

MSPDI = _text(
    "MS Project XML (MSPDI): the project's plan for another planner, to open in MS Project "
    "2010 or later, ProjectLibre or any tool built on MPXJ; for planners, not for the "
    "client.",
    "It holds the tasks in their outline with durations, constraints, costs and progress "
    "(percent complete, actual dates), the links with their lags, the calendar with its holidays, "
    "and baseline 0. Risks, change requests and the other records stay in the workspace. "
    "The same plan always gives the same bytes; the export writes nothing to the workspace.",
)

CHANGE_FORM = _text(
    "The sign-off form of one change request: a one-page PDF for the client to decide on "
    "and sign, printed or e-mailed where there is no network.",
    "It shows the request (description, reason, scope impact), its impact (schedule and "
    "effort days, cost, the price to the client), the project's finish, budget and contract "
    "value without and with the change, boxes for the decision and signature blocks for the "
    "client and the project manager. --change names the request; --paper prints on A4 (the "
    "default) or US Letter. The export writes nothing to the workspace: record the signed "
    "decision in the change log.",
    AUDIENCE,
)

ACCEPTANCE = _text(
    "The acceptance certificate of one deliverable: a one-page PDF for the client to sign, "
    "printed or e-mailed.",
    "It shows the deliverable (name, description, milestone and due date), its acceptance "
    "criteria as a checklist with the met ones ticked, its submissions and the client's "
    "verdicts with a rejection's reasons, and signature blocks for the client and the "
    "project manager; the client's is filled in with who accepted and when once accepted. "
    "--deliverable names it; --paper prints on A4 (the default) or US Letter. It holds no "
    "cost and no internal record. The export writes nothing to the workspace.",
)


def add_export(commands: Commands) -> None:
    """Add `export` and its formats to the command line's sub-commands."""
    command = commands.add_parser(
        "export",
        help="write a project to another format, or a change request's sign-off form",
        description="Write a project as a file for someone else: the client, the steering "
        "committee or another planner. `cpm-desktop export FORMAT --help` describes each.",
    )
    formats = command.add_subparsers(
        title="formats",
        dest="format",
        metavar="FORMAT",
        required=True,
        help="which file to write",
    )
    _xlsx(formats)
    _pdf(formats)
    _mspdi(formats)
    _change_form(formats)
    _acceptance(formats)


def format_first(argv: Sequence[str]) -> list[str]:
    """Move `export`'s FORMAT before its options: `export --db F xlsx …` → `export xlsx --db F …`.

    FORMAT was once a positional that could stand anywhere among export's options; as a
    sub-command it must come first. Every option of export takes a value, so a format word
    right after an option is that option's value (a project coded PDF), not the format.
    """
    args = list(argv)
    if "export" not in args:
        return args
    at = args.index("export") + 1
    rest = args[at:]
    if not rest or rest[0] in FORMATS:
        return args
    for i, word in enumerate(rest):
        after_option = i > 0 and rest[i - 1].startswith("-") and "=" not in rest[i - 1]
        if word in FORMATS and not after_option:
            return [*args[:at], word, *rest[:i], *rest[i + 1 :]]
    return args


def _xlsx(formats: Commands) -> None:
    command = _format(formats, "xlsx", "the client workbook for the client's team (Excel)", XLSX)
    _output(command, "the workbook to write, ending in .xlsx")
    _audience(command)
    _language(command)
    _refused(command, "--change", "--paper")


def _pdf(formats: Commands) -> None:
    command = _format(formats, "pdf", "the steering-committee pack (PDF)", PDF)
    _output(command, "the PDF to write, ending in .pdf")
    command.add_argument(
        "--paper",
        choices=PAPERS,
        help="paper size (default: the one saved with the project's pack settings)",
    )
    _audience(command)
    _language(command)
    _refused(command, "--change")


def _mspdi(formats: Commands) -> None:
    command = _format(formats, "mspdi", "the plan as MS Project XML, for other planners", MSPDI)
    _output(command, "the XML file to write (.xml)")
    _refused(command, "--change", "--paper", "--audience", "--lang")


def _change_form(formats: Commands) -> None:
    command = _format(
        formats, "change-form", "one change request's client sign-off form (PDF)", CHANGE_FORM
    )
    _output(command, "the PDF to write")
    command.add_argument(
        "--change", metavar="REF", help="the change request to print, e.g. CR-003 (required)"
    )
    command.add_argument("--paper", choices=PAPERS, help="paper size (default: a4)")
    _audience(command)
    _language(command)


def _acceptance(formats: Commands) -> None:
    command = _format(
        formats, "acceptance", "one deliverable's acceptance certificate (PDF)", ACCEPTANCE
    )
    _output(command, "the PDF to write")
    command.add_argument(
        "--deliverable", metavar="REF", help="the deliverable to certify, e.g. D-001 (required)"
    )
    command.add_argument("--paper", choices=PAPERS, help="paper size (default: a4)")
    _language(command)


def _format(
    formats: Commands,
    name: str,
    summary: str,
    description: str,
) -> argparse.ArgumentParser:
    """A format's parser with the options every export takes: the workspace and the project."""
    command = formats.add_parser(
        name,
        help=summary,
        description=description,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    workspace_option(command)
    project_option(command)
    command.set_defaults(handler=export.run)
    return command


def _output(command: argparse.ArgumentParser, what: str) -> None:
    command.add_argument("-o", "--output", type=Path, required=True, metavar="OUT", help=what)


def _audience(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--audience",
        choices=AUDIENCES,
        help="who reads the file: client (default: no margin, cost or internal records) "
        "or internal",
    )


def _language(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--lang",
        metavar="LANG",
        help="the language and formats to write it in: en, de, fr, or a locale such as de_CH "
        "(default: the client's)",
    )


def _refused(command: argparse.ArgumentParser, *options: str) -> None:
    """Accept, unlisted, options of other formats: `export.run` says where they belong."""
    choices_of = {"--paper": PAPERS, "--audience": AUDIENCES}
    for option in options:
        choices = choices_of.get(option)
        command.add_argument(option, choices=choices, help=argparse.SUPPRESS)
