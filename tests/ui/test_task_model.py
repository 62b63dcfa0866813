"""The task table's model announces a changed row's cells, and only the columns that changed."""

from __future__ import annotations

import dataclasses
import datetime as dt

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QModelIndex, Qt

from cpm_desktop.services.plan.timeline import TimelineTask
from cpm_desktop.ui.timeline.task_model import COLUMNS, FINISH, SLACK, START, TaskTreeModel
from tests.ui.gantt_data import task

ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.EditRole,
    Qt.ItemDataRole.FontRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.DecorationRole,
    Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.ToolTipRole,
)
DAY = dt.date(2026, 3, 2)


def a_task(**values: object) -> TimelineTask:
    """A critical work task of a one-row plan, with `values` changed."""
    made = task(7, "Design", DAY, DAY + dt.timedelta(days=4), duration=5, critical=True)
    return dataclasses.replace(made, **values)


def cells(model: TaskTreeModel) -> list[tuple[object, ...]]:
    """What each column of the one row shows, in every role, and whether it takes typing."""
    row = []
    for column in range(len(COLUMNS)):
        index = model.index(0, column, QModelIndex())
        row.append((*(model.data(index, role) for role in ROLES), model.flags(index)))
    return row


def announced(model: TaskTreeModel, task: TimelineTask) -> set[int]:
    """The columns the model announces when the row becomes `task`."""
    columns: set[int] = set()

    def note(first: QModelIndex, last: QModelIndex, *_: object) -> None:
        assert first.row() == last.row() == 0
        columns.update(range(first.column(), last.column() + 1))

    model.dataChanged.connect(note)
    model.set_tasks([task], same_outline=True)
    model.dataChanged.disconnect(note)
    return columns


def test_a_move_announces_the_date_and_slack_columns_only(qapp) -> None:
    """Dates moved and slack changed (a move on the critical path): Start, Finish, Slack."""
    model = TaskTreeModel()
    model.set_tasks([a_task()])
    moved = a_task(start=DAY + dt.timedelta(days=7), finish=DAY + dt.timedelta(days=11))
    assert announced(model, moved) == {START, FINISH}
    assert announced(model, dataclasses.replace(moved, total_slack=3)) == {SLACK}
    off_the_path = dataclasses.replace(moved, total_slack=3, is_critical=False)
    assert announced(model, off_the_path) == {SLACK}  # its colour
    assert announced(model, dataclasses.replace(moved, name="Build")) == set(range(len(COLUMNS)))


changes = st.fixed_dictionaries(
    {},
    optional={
        "name": st.sampled_from(["Design", "Build", "x"]),
        "wbs": st.sampled_from(["1", "2"]),
        "duration": st.integers(0, 9),
        "start": st.dates(DAY, DAY + dt.timedelta(days=30)),
        "finish": st.dates(DAY, DAY + dt.timedelta(days=30)) | st.none(),
        "percent_complete": st.integers(0, 100),
        "is_summary": st.booleans(),
        "is_milestone": st.booleans(),
        "owner": st.sampled_from(["", "Ada"]),
        "predecessors": st.sampled_from(["", "2FS+1d"]),
        "total_slack": st.integers(-3, 9) | st.none(),
        "is_critical": st.booleans(),
        "constraint": st.sampled_from(["ASAP", "SNET"]),
        "constraint_date": st.none() | st.just(DAY),
        "finish_variance": st.integers(-3, 3) | st.none(),
        "actual_start": st.none() | st.just(DAY),
    },
)


@given(before=changes, after=changes)
def test_every_cell_that_shows_something_else_is_announced(
    qapp, before: dict[str, object], after: dict[str, object]
) -> None:
    """Whatever values change between two versions of a row, each column whose text, look,
    tip or editability differs is among those announced: nothing stale stays on screen."""
    model = TaskTreeModel()
    model.set_tasks([a_task(**before)])
    shown = cells(model)
    columns = announced(model, a_task(**after))
    now = cells(model)
    differing = {column for column in range(len(COLUMNS)) if shown[column] != now[column]}
    assert differing <= columns
