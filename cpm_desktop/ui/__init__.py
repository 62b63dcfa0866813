"""The Qt user interface. Only this package and app.py import PySide6."""

import sys

import PySide6  # noqa: F401  (loads shiboken's support modules, one of which is changed below)

# PySide's optional "features" (snake_case names, true properties) read the source of every
# module imported after PySide to see whether it mentions PySide: about a third of the time
# it takes to import the window's modules. This application selects no feature, so no module
# needs the check; each is left to Qt's default behaviour, as it is without the features.
_features = sys.modules.get("shibokensupport.feature")
if _features is not None and hasattr(_features, "_mod_uses_pyside"):
    setattr(_features, "_mod_uses_pyside", lambda _module: False)  # noqa: B010
