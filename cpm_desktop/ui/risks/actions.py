"""The Risks tab's actions: a new entry, the full form, closing, reopening, converting."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction

from cpm_desktop.ui.icons import icon


@dataclass(frozen=True, slots=True)
class RiskActions:
    """Every action of the Risks tab; the tab connects and enables them."""

    new: QAction
    edit: QAction
    close: QAction
    reopen: QAction
    convert: QAction
    make_action: QAction  # the mitigation, an action of the action log

    def for_menu(self) -> tuple[QAction, ...]:
        """The actions in menu order."""
        return (self.new, self.edit, self.close, self.reopen, self.convert, self.make_action)


def build_risk_actions(parent: QObject) -> RiskActions:
    """Create the Risks tab's actions with their icons and tips."""
    new = QAction(icon("new"), QCoreApplication.translate("RiskActions", "&New Risk…"), parent)
    new.setStatusTip(
        QCoreApplication.translate("RiskActions", "Add a risk or opportunity to the register")
    )
    edit = QAction(
        icon("details"), QCoreApplication.translate("RiskActions", "&Edit Risk…"), parent
    )
    edit.setStatusTip(
        QCoreApplication.translate(
            "RiskActions",
            "Edit every field of the selected entry: response, impacts, dates, linked tasks",
        )
    )
    convert = QAction(QCoreApplication.translate("RiskActions", "Convert to &Issue…"), parent)
    convert.setStatusTip(
        QCoreApplication.translate("RiskActions", "The risk happened: close it and raise an issue")
    )
    make_action = QAction(
        icon("done"),
        QCoreApplication.translate("RiskActions", "Make &Action from Mitigation…"),
        parent,
    )
    make_action.setStatusTip(
        QCoreApplication.translate(
            "RiskActions", "Log the selected entry's mitigation as an action, linked to it"
        )
    )
    return RiskActions(
        new=new,
        edit=edit,
        close=QAction(QCoreApplication.translate("RiskActions", "&Close Risk…"), parent),
        reopen=QAction(QCoreApplication.translate("RiskActions", "&Reopen Risk"), parent),
        convert=convert,
        make_action=make_action,
    )
