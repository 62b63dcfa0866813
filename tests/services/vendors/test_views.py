"""The vendor view: which covered work runs late, and the late tasks as risks to the plan."""

from __future__ import annotations

import datetime as dt

from cpm_desktop.services.deliverables.register import add_deliverable
from cpm_desktop.services.plan import tasks
from cpm_desktop.services.plan.baselines import save_baseline
from cpm_desktop.services.portfolio.projects import set_status_date
from cpm_desktop.services.vendors import orders, vendors
from cpm_desktop.services.vendors.views import vendor_orders, vendor_risks
from cpm_desktop.workspace import Workspace
from tests.services.support import MONDAY, ProjectIds

STATUS = dt.date(2026, 9, 25)


def test_covered_work_after_its_baseline_or_overdue_is_late_and_open_tasks_are_risks(
    workspace: Workspace, project: ProjectIds, chain: dict[str, int]
) -> None:
    """A → B → C, one day each: A done on time; B finished a week late (history); C, not
    started at the status date, will finish late (a risk); an overdue deliverable is late."""
    with workspace.transaction() as s:
        save_baseline(s, project.project_id, 0)
        tasks.edit_task(s, chain["A"], actual_start=MONDAY, actual_finish=MONDAY)
        tasks.edit_task(s, chain["B"], actual_start=MONDAY, actual_finish=dt.date(2026, 9, 15))
        set_status_date(s, project.project_id, STATUS)
        vendor = vendors.add_vendor(s, "Elbe Integration")
        order = orders.add_order(s, project.project_id, vendor.id, "SUB-01", value=100)
        late = add_deliverable(s, project.project_id, "Interface spec", due_on=MONDAY)
        on_time = add_deliverable(s, project.project_id, "Test report", due_on=STATUS)
        for task in ("C", "A", "B"):
            orders.cover(s, order.id, task_id=chain[task])
        for deliverable in (late, on_time):
            orders.cover(s, order.id, deliverable_id=deliverable.id)
        [row] = vendor_orders(s, project.project_id)
        risks = vendor_risks(s, project.project_id)
    items = {item.name: item for item in row.items}
    assert [item.name for item in row.items] == ["A", "B", "C", "Interface spec", "Test report"]
    assert not items["A"].late
    assert (items["B"].status, items["B"].late) == ("Done", True)
    assert items["B"].late_reason.startswith("finished 15 Sep 2026, 7 days after")
    assert items["C"].late
    assert items["C"].late_reason.startswith("finishes")
    assert items["Interface spec"].late_reason == "overdue since 7 Sep 2026"
    assert not items["Test report"].late
    assert [item.name for item in row.late_items] == ["B", "C", "Interface spec"]
    assert [r.text for r in risks] == ["Vendor: Elbe Integration late on task 3 C"]
