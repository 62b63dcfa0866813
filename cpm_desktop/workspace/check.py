"""Health report of a workspace file: SQLite integrity, foreign keys, schema revision, counts."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, inspect, select, table, text

from cpm_desktop.workspace import migrate
from cpm_desktop.workspace.file import open_workspace


@dataclass(frozen=True, slots=True)
class CheckReport:
    """What `check` found; `ok` is true when nothing is wrong."""

    path: Path
    integrity: list[str]
    foreign_key_problems: list[str]
    revision: str | None
    head_revision: str
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """True when integrity is 'ok', no foreign key is broken and the schema is current."""
        return (
            self.integrity == ["ok"]
            and not self.foreign_key_problems
            and self.revision == self.head_revision
        )

    def lines(self) -> list[str]:
        """Render the report as the lines `cpm-desktop check` prints."""
        out = [
            f"workspace:    {self.path}",
            f"integrity:    {'; '.join(self.integrity)}",
            "foreign keys: "
            + ("ok" if not self.foreign_key_problems else "; ".join(self.foreign_key_problems)),
            f"schema:       revision {self.revision}"
            + (
                " (current)"
                if self.revision == self.head_revision
                else f" (this app expects {self.head_revision})"
            ),
            "rows:",
        ]
        width = max((len(name) for name in self.counts), default=0)
        out += [f"  {name:<{width}}  {count:>7}" for name, count in self.counts.items()]
        out.append("result:       " + ("OK" if self.ok else "PROBLEMS FOUND"))
        return out


def check_workspace(path: Path) -> CheckReport:
    """Report on the health of `path` without changing it (no backup, no upgrade)."""
    with (
        open_workspace(path, backup=False, upgrade=False) as workspace,
        workspace.engine.connect() as conn,
    ):
        integrity = [row[0] for row in conn.execute(text("PRAGMA integrity_check"))]
        problems = [
            f"{row[0]} row {row[1]} → {row[2]}"
            for row in conn.execute(text("PRAGMA foreign_key_check"))
        ]
        names = sorted(n for n in inspect(conn).get_table_names() if n != "alembic_version")
        counts = {
            name: conn.execute(select(func.count()).select_from(table(name))).scalar_one()
            for name in names
        }
        return CheckReport(
            path=workspace.path,
            integrity=integrity,
            foreign_key_problems=problems,
            revision=migrate.current_revision(conn),
            head_revision=migrate.head_revision(),
            counts=counts,
        )
