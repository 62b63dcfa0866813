"""The last run of each recent structure, and which tasks an edit changed since.

An edit hands the engine the tasks it did not re-read as the same TaskSpec objects and new
objects for the changed ones (the engine never changes a TaskSpec; a caller that changes one
hands a new object). So the tasks changed since the last run are those at positions where the
objects differ, found by identity, without reading a field of the 10,000 others.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from itertools import compress
from operator import is_, is_not

from cpm_desktop.scheduling.incremental import ranks
from cpm_desktop.scheduling.model import LinkSpec, TaskSpec
from cpm_desktop.scheduling.network import Network, Structure
from cpm_desktop.scheduling.run import Run


@dataclass(slots=True)
class LastRun:
    """A structure's last run, and the tasks and links it was given."""

    run: Run
    # Copies of the caller's lists: a caller may replace an item of its list in place.
    tasks: list[TaskSpec]
    links: list[LinkSpec]
    # Each node's place in the topological order, found on the first incremental run.
    rank: list[int] = field(default_factory=list)

    def changed(self, tasks: list[TaskSpec]) -> list[int]:
        """Positions of the tasks that are not the objects this run was given."""
        return list(compress(range(len(tasks)), map(is_not, tasks, self.tasks)))

    def ranks(self) -> list[int]:
        """Each node's place in the network's topological order (found once)."""
        if not self.rank:
            self.rank = ranks(self.run)
        return self.rank


class LastRuns:
    """The last run of each of the few structures scheduled last (thread-safe)."""

    def __init__(self, kept: int) -> None:
        self._kept = kept
        self._runs: list[LastRun] = []
        self._lock = threading.Lock()

    def same_objects(
        self, tasks: list[TaskSpec], links: list[LinkSpec], most: int
    ) -> tuple[LastRun, list[int]] | None:
        """The last run whose links are these objects and whose tasks differ at no more than
        `most` positions, each keeping its id and parent, and those positions: the structure
        is known without reading every task and link."""
        with self._lock:
            runs = list(self._runs)
        for last in runs:
            if len(tasks) != len(last.tasks) or len(links) != len(last.links):
                continue
            if not all(map(is_, links, last.links)):
                continue
            changed = last.changed(tasks)
            if len(changed) > most:
                continue
            old = last.tasks
            if all(
                tasks[i].id == old[i].id and tasks[i].parent_id == old[i].parent_id for i in changed
            ):
                return last, changed
        return None

    def of_structure(self, structure: Structure) -> LastRun | None:
        """The last run of this structure, if kept."""
        with self._lock:
            runs = list(self._runs)
        for last in runs:
            if last.run.net.structure is structure:
                return last
        return next((last for last in runs if last.run.net.structure == structure), None)

    def keep(self, run: Run, tasks: list[TaskSpec], links: list[LinkSpec], net: Network) -> None:
        """Remember `run` as the last of its structure (`net`'s)."""
        structure = net.structure
        with self._lock:
            same = [last for last in self._runs if last.run.net.structure is structure]
            others = [last for last in self._runs if last.run.net.structure is not structure]
            kept = LastRun(run, list(tasks), list(links), same[0].rank if same else [])
            self._runs = [kept, *others][: self._kept]
