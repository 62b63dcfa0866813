"""A save that fails (a full disk) reaches the user as one message; nothing is half-saved."""

from __future__ import annotations

from cpm_desktop.services.portfolio import clients
from cpm_desktop.services.portfolio.views import portfolio
from cpm_desktop.ui.main_window import MainWindow
from cpm_desktop.ui.undo import REFUSED, edit
from tests.disk_full import file_size_limit


def test_a_full_disk_during_an_edit_is_a_message_and_nothing_changes(
    window: MainWindow, messages: list[str]
) -> None:
    """The edit is refused with a message, leaves no undo step and no row; the next one saves."""
    workspace = window.workspace
    names = [c.name for c in workspace.run(portfolio)]
    steps = window.editor.group.activeStack().count()
    with file_size_limit(1):  # no file may grow: every write of the edit fails
        assert (
            window.editor.run(1, edit("Add a client", clients.create_client, "Globex")) is REFUSED
        )
    assert messages
    assert messages[-1].startswith("Cannot save to ")
    assert "This change was not saved" in messages[-1]
    assert [c.name for c in workspace.run(portfolio)] == names
    assert window.editor.group.activeStack().count() == steps
    assert (
        window.editor.run(1, edit("Add a client", clients.create_client, "Globex")) is not REFUSED
    )
    assert "Globex" in [c.name for c in workspace.run(portfolio)]
