"""Errors reach the user as a message, never as a traceback."""

from __future__ import annotations

import datetime as dt
import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from cpm_desktop.errors import CpmError
from cpm_desktop.paths import log_dir

log = logging.getLogger(__name__)


def show_error(parent: QWidget | None, title: str, exc: BaseException) -> None:
    """Tell the user what went wrong: their mistake plainly, a bug with where it is logged."""
    if isinstance(exc, CpmError):
        QMessageBox.warning(parent, title, str(exc))
        return
    where = write_crash_log(type(exc), exc, exc.__traceback__)
    QMessageBox.critical(
        parent,
        title,
        QCoreApplication.translate(
            "Errors",
            "Something unexpected went wrong. Your workspace is safe: every change made "
            "before this was already saved.\n\nDetails were written to:\n{where}",
        ).format(where=where),
    )


def write_crash_log(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    """Append a traceback to today's crash log and return the log's path."""
    text = "".join(traceback.format_exception(kind, exc, tb))
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"crash-{dt.date.today().isoformat()}.log"
        with open(path, "a", encoding="utf-8") as handle:
            handle.write(f"--- {dt.datetime.now().isoformat(timespec='seconds')}\n{text}\n")
    except OSError:
        print(text, file=sys.stderr)
        return QCoreApplication.translate("Errors", "the terminal (the log folder is not writable)")
    return str(path)


def install_excepthook() -> None:
    """Route uncaught exceptions in Qt slots to a message box and the crash log."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        show_error(None, "CPM Desktop", exc.with_traceback(tb))

    sys.excepthook = hook
