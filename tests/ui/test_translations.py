"""The window in the PM's language: every area of ui/ with a translation file has each of its
user-visible texts marked for translation, translated in German and French, and in step with
the code.

An area is a package of cpm_desktop/ui/ ("timeline") or "main" for the modules directly in it;
each has its `resources/translations/<language>/<area>.ts`.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

import cpm_desktop

UI = Path(cpm_desktop.__file__).parent / "ui"
TRANSLATIONS = Path(cpm_desktop.__file__).parent.parent / "resources" / "translations"
LANGUAGES = ("de", "fr")
PLACEHOLDER = re.compile(r"%(?:n|\d+)|\{[^{}]*\}")
MARKUP = re.compile(r"<[^>]*>|&\w+;")
WORD = re.compile(r"[^\W\d_]{2,}")
# Qt calls whose first argument is text a user reads.
TEXT_CALLS = {
    "setText", "setToolTip", "setStatusTip", "setWindowTitle", "setPlaceholderText",
    "setTitle", "setWhatsThis", "setAccessibleName", "setAccessibleDescription", "addRow",
    "addTab", "setTabText", "setInformativeText", "showMessage", "setLabelText",
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMenu",
    "QToolButton", "addAction", "addMenu", "edit", "named",
}  # fmt: skip


def areas() -> list[str]:
    """The areas with a German translation file."""
    return sorted(path.stem for path in (TRANSLATIONS / "de").glob("*.ts"))


def sources(area: str) -> list[Path]:
    """The modules of `area`."""
    if area == "main":
        return sorted(UI.glob("*.py"))
    return sorted((UI / area).rglob("*.py"))


def lupdate() -> str:
    """pyside6-lupdate of the Python the tests run in."""
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    if not tool.exists():
        pytest.skip("pyside6-lupdate (PySide6's tools) is not beside this Python")
    return str(tool)


def test_each_area_is_translated_into_every_language() -> None:
    """Every package of ui/ and its top-level modules ("main") have a German and a French
    file: a new package is translated before it lands."""
    packages = {p.parent.name for p in UI.glob("*/__init__.py")}
    assert set(areas()) == packages | {"main"}
    for language in LANGUAGES:
        assert sorted(p.stem for p in (TRANSLATIONS / language).glob("*.ts")) == areas()


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_entry_is_unfinished_or_vanished(language: str) -> None:
    """Every text has a finished translation keeping its placeholders (%n, %1, {name})."""
    problems: list[str] = []
    for ts in sorted((TRANSLATIONS / language).glob("*.ts")):
        for message in ElementTree.parse(ts).getroot().iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")] or [
                translation.text or ""
            ]
            kind = translation.get("type")
            wanted = set(PLACEHOLDER.findall(source)) - {"%n"}
            if kind in ("unfinished", "vanished", "obsolete") or not all(forms):
                problems.append(f"{ts.name}: {source!r} is {kind or 'empty'}")
            elif any(set(PLACEHOLDER.findall(form)) - {"%n"} != wanted for form in forms):
                problems.append(f"{ts.name}: {source!r} lost a placeholder in {forms!r}")
    assert not problems, "\n".join(problems[:40])


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_text_in_two_areas_is_translated_alike(language: str) -> None:
    """The same text in the same context may stand in several areas' files (a menu's title,
    "Edit {reference}"); the compiled catalogue keeps only one, so all must agree."""
    seen: dict[tuple[str, str], tuple[str, str]] = {}
    different: list[str] = []
    for ts in sorted((TRANSLATIONS / language).glob("*.ts")):
        for context in ElementTree.parse(ts).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                text = translated(message)
                key = (name, message.findtext("source") or "")
                first = seen.setdefault(key, (ts.stem, text))
                if first[1] != text:
                    different.append(f"{key}: {first[0]} {first[1]!r} ≠ {ts.stem} {text!r}")
    assert not different, "\n".join(different[:40])


def translated(message: ElementTree.Element) -> str:
    """A .ts message's translation, its plural forms joined."""
    translation = message.find("translation")
    if translation is None:
        return ""
    forms = [form.text or "" for form in translation.iter("numerusform")]
    return "|".join(forms) if forms else translation.text or ""


def test_the_files_are_in_step_with_the_code(tmp_path: Path) -> None:
    """Re-reading the code adds no text to and removes none from any translation file."""
    tool = lupdate()
    stale: list[str] = []
    for area in areas():
        copies = []
        for language in LANGUAGES:
            copy = tmp_path / f"{area}_{language}.ts"
            shutil.copyfile(TRANSLATIONS / language / f"{area}.ts", copy)
            copies.append(str(copy))
        inputs = [str(p) for p in sources(area)] if area == "main" else [str(UI / area)]
        subprocess.run(
            [tool, "-extensions", "py", *inputs, "-silent", "-ts", *copies],
            check=True,
            timeout=120,
        )
        for copy in copies:
            root = ElementTree.parse(copy).getroot()
            for message in root.iter("message"):
                translation = message.find("translation")
                kind = translation.get("type") if translation is not None else None
                if kind in ("unfinished", "vanished"):
                    stale.append(f"{Path(copy).name}: {message.findtext('source')!r}")
    assert not stale, (
        "run pyside6-lupdate on these areas and translate (resources/translations/README.md):\n"
        + "\n".join(stale[:40])
    )


@pytest.mark.parametrize("area", areas())
def test_every_visible_text_of_a_translated_area_is_marked(area: str) -> None:
    """A literal text handed to a Qt label, button, action, title or tip goes through
    QCoreApplication.translate or self.tr, so the translation files can hold it."""
    found: list[str] = []
    for path in sources(area):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
            first = node.args[0]
            if name in TEXT_CALLS and _is_text(first):
                found.append(f"{path.relative_to(UI)}:{node.lineno}")
    assert not found, "unmarked texts: " + ", ".join(found[:40])


def test_the_window_speaks_german(qapp, tmp_path: Path) -> None:
    """With the German translator installed, the menus of the window read German."""
    tool = Path(lupdate()).with_name("pyside6-lrelease")
    files = [str(p) for p in sorted((TRANSLATIONS / "de").glob("*.ts"))]
    qm = tmp_path / "cpm_desktop_de.qm"
    subprocess.run([str(tool), "-silent", *files, "-qm", str(qm)], check=True, timeout=120)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("Menu", "&File") == "&Datei"
    finally:
        QCoreApplication.removeTranslator(translator)


def _is_text(node: ast.expr) -> bool:
    """A literal or f-string with a word in it, outside its markup: a text nobody marked.
    ("{code}  ·  {name}" or "<b>{text}</b>" hold only data and markup.)"""
    if isinstance(node, ast.JoinedStr):
        parts = [v.value if isinstance(v, ast.Constant) else "{}" for v in node.values]
        text = "".join(str(part) for part in parts)
    elif isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    else:
        return False
    return WORD.search(MARKUP.sub(" ", text)) is not None
