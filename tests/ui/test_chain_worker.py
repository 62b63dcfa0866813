"""The driving chain is worked out off the GUI thread, and only the latest answer counts."""

from __future__ import annotations

from pathlib import Path

from cpm_desktop.demo import DEMO_PROJECT_CODE
from cpm_desktop.services.plan.start_drivers import driving_chain
from cpm_desktop.services.plan.timeline import timeline
from cpm_desktop.services.portfolio.views import find_project_id
from cpm_desktop.ui.timeline.chain_worker import ChainWorker
from tests.templates import open_copy_of


def test_only_the_latest_request_is_answered(qtbot, tmp_path: Path, demo_template: Path) -> None:
    """Two quick requests: the first is dropped, the second matches the service's answer."""
    with open_copy_of(demo_template, tmp_path / "demo.cpm") as ws:
        project_id = ws.run(find_project_id, DEMO_PROJECT_CODE)
        names = {t.name: t.id for t in ws.run(timeline, project_id).tasks}
        first, second = names["Go-live"], names["Shipping, loading and carrier labels"]
        worker = ChainWorker()
        found: list[tuple[int, set[int], set[int]]] = []
        worker.sig_found.connect(lambda *answer: found.append(answer))
        worker.request(ws, project_id, first)
        worker.request(ws, project_id, second)
        worker.wait()
        qtbot.waitUntil(lambda: bool(found))
        qtbot.wait(50)  # room for a stale answer to arrive, if one were let through
        assert found == [(second, *ws.run(driving_chain, project_id, second))]
        worker.request(ws, project_id, first)
        worker.cancel()
        worker.wait()
        qtbot.wait(50)
        assert len(found) == 1
