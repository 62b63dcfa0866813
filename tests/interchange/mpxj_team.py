"""MPXJ's reading of a file's team: resources with their rate table A, assignments with work,
cost and actual work (day by day), and each task's type, work and cost.

Runs in the MPXJ venv of `mpxj_schedule.mpxj_python` (a Java runtime and PyPI once); the
script below is passed to that Python, so nothing of MPXJ is imported here.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

SCRIPT = r"""
import json, sys
import mpxj, jpype, jpype.imports
jpype.startJVM(
    "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory",
    "-Dlog4j2.simplelogLevel=OFF", "-Dlog4j2.statusLoggerLevel=OFF", convertStrings=True)
from org.mpxj.reader import UniversalProjectReader
from org.mpxj import TimeUnit

def hours(d):
    return None if d is None else float(d.convertUnits(TimeUnit.HOURS, props).getDuration())

def num(v):
    return None if v is None else float(v.doubleValue())

project = UniversalProjectReader().read(sys.argv[1])
props = project.getProjectProperties()
out = {"resources": [], "assignments": [], "tasks": []}
for r in project.getResources():
    if r.getName() is None:
        continue
    table = r.getCostRateTable(0) or []
    out["resources"].append({
        "name": str(r.getName()), "type": str(r.getType()), "max_units": num(r.getMaxUnits()),
        "group": None if r.getGroup() is None else str(r.getGroup()),
        "calendar": None if r.getCalendar() is None else str(r.getCalendar().getName()),
        "rates": [{"start": str(e.getStartDate()),
                   "standard_rate": None if e.getStandardRate() is None
                   else float(e.getStandardRate().getAmount()),
                   "cost_per_use": num(e.getCostPerUse())} for e in table],
    })
for a in project.getResourceAssignments():
    resource = a.getResource()
    raw = a.getRawTimephasedActualRegularWork() or []
    out["assignments"].append({
        "task": str(a.getTask().getName()),
        "resource": None if resource is None else str(resource.getName()),
        "units": num(a.getUnits()), "work_hours": hours(a.getWork()), "cost": num(a.getCost()),
        "actual_work_hours": hours(a.getActualWork()),
        "actual": [[str(t.getStart()), hours(t.getTotalAmount())] for t in raw],
    })
for t in project.getTasks():
    if t.getUniqueID() is None or int(t.getUniqueID()) == 0:
        continue
    out["tasks"].append({
        "name": str(t.getName()), "type": str(t.getType()),
        "effort_driven": bool(t.getEffortDriven()), "work_hours": hours(t.getWork()),
        "cost": num(t.getCost()), "fixed_cost": num(t.getFixedCost()),
        "priority": None if t.getPriority() is None else int(t.getPriority().getValue()),
    })
print(json.dumps(out))
"""


def read_team(python: Path, path: Path) -> dict[str, Any]:
    """What MPXJ reads of the file's team (see the module), as plain JSON values."""
    done = subprocess.run(
        [str(python), "-c", SCRIPT, str(path)], capture_output=True, text=True, timeout=300
    )
    if done.returncode != 0:
        raise RuntimeError(f"MPXJ could not read {path.name}:\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout)
    return result
