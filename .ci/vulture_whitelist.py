"""Names vulture takes for dead code at 60 % confidence that are in use.

`make lint` runs vulture at 60 % confidence with this file. At 60 % vulture also reports
methods, attributes and variables that a library, the file format or the tests use where it
cannot see; this file marks those as used:

    .venv/bin/vulture cpm_desktop .ci/vulture_whitelist.py --min-confidence 60

Vulture matches names, not their owners: `_.columnCount` marks every `columnCount` used. Add a
name only with the reason it is not dead; delete what is really unused instead.
"""

from __future__ import annotations


class _Names:
    """Any attribute may be read: vulture only has to see the name."""

    def __getattr__(self, name: str) -> str:
        return name


_ = _Names()

__all__ = [  # the groups below, so vulture sees them used too
    "ALEMBIC",
    "CATALOGUE_MARKS",
    "ENUM_MEMBERS",
    "FILE_FORMATS",
    "PYTHON_HOOKS",
    "QT_OVERRIDES",
    "READ_MODEL_FIELDS",
    "SQLALCHEMY",
    "USE_CASES_WITHOUT_A_SCREEN",
    "TEST_HOOKS",
]

# Python calls these: a package's module-level __getattr__ loads its names on first use (PEP 562).
PYTHON_HOOKS = (_.__getattr__,)

# Qt calls these overrides of its classes (item models, proxies, views, undo commands, the
# icon engine of ui/icons.py).
QT_OVERRIDES = (
    _.availableSizes,
    _.clone,
    _.columnCount,
    _.filterAcceptsRow,
    _.lessThan,
    _.mouseDoubleClickEvent,
    _.mouseMoveEvent,
    _.scaledPixmap,
    _.scrollContentsBy,
    _.wheelEvent,
    _.undo,
)

# SQLAlchemy reads these: type decorators, the declarative base, event listeners, the other
# side of a relationship, columns only ever set through the constructor.
SQLALCHEMY = (
    _.process_bind_param,
    _.process_result_value,
    _.impl,
    _.cache_ok,
    _.type_annotation_map,
    _.isolation_level,
    _._set_pragmas,
    _._begin,
    _._keep_on_commit,  # the plan memory keeps what a committed transaction remembered
    _._drop_on_rollback,
    _.change_request,
    _.user,
    _.entity_label,
    _.old_value,
    _.new_value,
    _.recorded_at,  # StageGate: when the gate was recorded, filled by its column default
)

# Alembic reads these in every migration script.
ALEMBIC = (_.down_revision, _.branch_labels, _.depends_on, _.downgrade)

# openpyxl writes these into the workbook; reportlab reads these when it draws.
FILE_FORMATS = (
    _.creator,
    _.lastModifiedBy,
    _.keywords,
    _.modified,
    _.paperSize,
    _.fitToWidth,
    _.fitToHeight,
    _.fitToPage,
    _.print_title_rows,
    _.print_title_cols,
    _.print_area,
    _.freeze_panes,
    _.summaryBelow,
    _.outline_level,
    _.hidden,
    _.sheet_state,
    _.showGridLines,
    _.quotePrefix,
    _.images,
    _.write_worksheet,
    _.afterFlowable,
    _.drawDirectly,  # reportlab's renderer calls it on a DirectDraw (reports/pdf/gantt/texts.py)
    _.defaultGraphicsFontName,
    _.initialFontName,
    _.initialFontSize,
    _.valueSteps,
    _.labelTextFormat,
    _.fillColor,
    _.strokeColor,
    _.strokeWidth,
    _.visibleGrid,
    _.gridStrokeColor,
    _.gridStrokeWidth,
    _.columnMaximum,
    _.deltax,
    _.colorNamePairs,
    _.hAlign,
)

# Members of the domain's enumerations that the code never names: they are stored by value
# and come back from the workspace, files and cells.
ENUM_MEMBERS = (
    _.MONTHLY,  # Cadence: chosen in the dialogs and `--cadence`, by value
    _.SCHEDULE,
    _.QUALITY,
    _.RESOURCE,
    _.LOW,
    _.HIGH,
    _.FF,
    _.PROPOSED,
    _.ON_HOLD,
    _.CALL,
    _.EMAIL,
    _.SURVEY,
    _.SITE_VISIT,
    _.MONITORING,
    _.ACCEPT,
    _.TIMELINE,
    _.OVERVIEW,
)

# Fields of read models that the tests check and no screen shows yet.
READ_MODEL_FIELDS = (
    _.remaining_cost,  # a task's and a project's cost still to come (services/team/costs.py)
    _.start_variance,
    _.duration_variance,
    _.cost_variance,
    _.link_count,
)

# Use cases kept for the screens that will call them, tested meanwhile: clearing a baseline,
# the task variances against any baseline, a project's risk RAG thresholds (their only writer);
# the calendar use cases one at a time (the editor applies them together: edit_project_calendar).
USE_CASES_WITHOUT_A_SCREEN = (
    _.clear_baseline,
    _.task_variances,
    _.set_rag_thresholds,
    _.project_calendar,
    _.create_calendar,
    _.rename_calendar,
    _.set_exceptions,
    _.set_project_calendar,
    _.project_opportunities,  # spotted on one project; the screens show the client's
    # Hours booked per person and task over a project (services/timesheets): the API the
    # resources and workload read models are to share.
    _.booked_hours,
)

# Called by the tests only: they set the Gantt's today, a lessons panel's scope, read the
# Timeline's data, a change set's structure, a file's schema revision and the formula guard.
TEST_HOOKS = (
    _.set_today,
    _.set_scope,
    _.current_timeline,
    _.structural,
    _.schema_revision,
    _.looks_like_formula,
)

# Tuples of N_()-marked texts: read by the catalogue tools (pybabel extract, tests/texts), not by
# code; each is translated where its text is written.
CATALOGUE_MARKS = (
    _.BREAKDOWN_NAMES,
    _.AUDIENCE_NOTES,
    _.SCHEDULING_TEXTS,
    _.LABELS,
    _.RISK_LEVELS,
    _.KPI_NAMES,
)
