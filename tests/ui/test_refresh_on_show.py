"""RefreshOnShow: an edit reads a shown page again at once, a hidden page once it shows."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from cpm_desktop.ui.refresh_on_show import RefreshOnShow


def test_a_shown_page_reads_at_once_a_hidden_one_when_it_shows(qtbot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    reads: list[int] = []
    catch_up = RefreshOnShow(page, lambda: reads.append(1))
    catch_up.request()
    catch_up.request()
    assert reads == []  # hidden: the edits wait
    page.show()
    qtbot.waitExposed(page)
    assert reads == [1]  # once, however many edits came
    catch_up.request()
    assert reads == [1, 1]  # shown: at once
    page.hide()
    catch_up.request()
    catch_up.done()  # the page read its data another way
    page.show()
    assert reads == [1, 1]
