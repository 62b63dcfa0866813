"""The installer files say what the issue asks: icons, spec, .desktop, metainfo, MIME, .iss."""

from __future__ import annotations

import ast
import configparser
import re
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from cpm_desktop.workspace.file import APPLICATION_ID

ROOT = Path(__file__).resolve().parents[1]
INSTALLERS = ROOT / "installers"
ICONS = ROOT / "resources" / "app-icon"
SPEC = INSTALLERS / "cpm-desktop.spec"
LINUX = INSTALLERS / "linux"
DESKTOP = LINUX / "cpm-desktop.desktop"
METAINFO = LINUX / "io.github.cpmdesktop.CpmDesktop.metainfo.xml"
MIME = LINUX / "cpm-desktop-mime.xml"
ISS = INSTALLERS / "windows" / "cpm-desktop.iss"
MIME_TYPE = "application/x-cpm-desktop-workspace"


def _spec_list(name: str) -> list[str]:
    """The string list assigned to `name` at the top level of the spec."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            return [ast.literal_eval(element) for element in node.value.elts]  # type: ignore[attr-defined]
    raise AssertionError(f"{name} is not assigned in {SPEC.name}")


def _qt_modules_the_app_imports() -> set[str]:
    """Every PySide6.X module imported anywhere in the package."""
    found: set[str] = set()
    for path in (ROOT / "cpm_desktop").rglob("*.py"):
        found |= set(re.findall(r"(?:from|import) (PySide6\.\w+)", path.read_text("utf-8")))
    return found


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_app_icon_pngs_have_their_size(size: int) -> None:
    """Each committed PNG of the app icon is a square of its named size."""
    data = (ICONS / f"cpm-desktop-{size}.png").read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", data[16:24]) == (size, size)


def test_ico_holds_the_windows_sizes() -> None:
    """The .ico is an icon directory with 16 to 256 px entries (256 is stored as 0)."""
    data = (ICONS / "cpm-desktop.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    widths = {data[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= widths


def test_icns_has_its_magic_and_length() -> None:
    """The .icns starts with 'icns' and its stated length is the file's."""
    data = (ICONS / "cpm-desktop.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)


def test_spec_ships_resources_fonts_and_migrations() -> None:
    """The spec's datas carry icons, fonts, the app icon and Alembic's files to their places."""
    text = SPEC.read_text(encoding="utf-8")
    for dest in (
        '"cpm_desktop/resources/icons"',
        '"cpm_desktop/resources/fonts"',
        '"cpm_desktop/resources/app-icon"',
        '"cpm_desktop/migrations"',
        '"cpm_desktop/migrations/versions"',
    ):
        assert dest in text
    assert 'MIGRATIONS / "env.py"' in text
    assert "COLLECT(" in text
    assert (ROOT / "cpm_desktop" / "__main__.py").read_text().count("main()") == 1


def test_spec_excludes_unused_qt_but_nothing_the_app_imports() -> None:
    """Heavy Qt modules are excluded; every PySide6 module the app imports is kept."""
    excludes = set(_spec_list("QT_EXCLUDES")) | set(_spec_list("OTHER_EXCLUDES"))
    used = _qt_modules_the_app_imports()
    assert {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets"} <= used
    assert used & excludes == set()
    for heavy in ("PySide6.QtWebEngineCore", "PySide6.QtQml", "PySide6.QtQuick", "tkinter"):
        assert heavy in excludes


def test_spec_macos_bundle_declares_the_cpm_document_type() -> None:
    """The macOS BUNDLE names the .icns, the bundle id and .cpm as an owned document type."""
    text = SPEC.read_text(encoding="utf-8")
    assert "BUNDLE(" in text
    assert "CFBundleDocumentTypes" in text
    assert "UTExportedTypeDeclarations" in text
    assert '"CFBundleTypeExtensions": ["cpm"]' in text
    assert '"public.filename-extension": ["cpm"]' in text
    assert 'BUNDLE_ID = "io.github.cpmdesktop.CpmDesktop"' in text
    assert "cpm-desktop.icns" in text


def test_desktop_entry_opens_cpm_files() -> None:
    """The .desktop file starts cpm-desktop with the file and claims the workspace type."""
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "cpm-desktop %f"
    assert entry["Icon"] == "cpm-desktop"
    assert MIME_TYPE in entry["MimeType"].split(";")
    assert {"Office", "ProjectManagement"} <= set(entry["Categories"].split(";"))


def test_metainfo_names_the_app_and_its_launcher() -> None:
    """AppStream metainfo: id, name, summary, launchable, binary, screenshot, OARS rating."""
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component"
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == METAINFO.name.removesuffix(".metainfo.xml")
    assert root.findtext("name") == "CPM Desktop"
    assert root.findtext("summary")
    assert root.find("description/p") is not None
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("provides/binary") == "cpm-desktop"
    image = root.findtext("screenshots/screenshot/image") or ""
    assert image.endswith("docs/main-window.png")
    assert (ROOT / "docs" / "main-window.png").is_file()
    assert root.find("content_rating") is not None


def test_mime_type_matches_the_extension_and_our_application_id() -> None:
    """shared-mime-info: *.cpm, an SQLite header, and PRAGMA application_id at offset 68."""
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    root = ET.parse(MIME).getroot()
    mime = root.find("m:mime-type", ns)
    assert mime is not None
    assert mime.get("type") == MIME_TYPE
    assert mime.find("m:glob", ns).get("pattern") == "*.cpm"  # type: ignore[union-attr]
    outer = mime.find("m:magic/m:match", ns)
    assert outer is not None
    assert outer.get("value", "").startswith("SQLite format 3")
    inner = outer.find("m:match", ns)
    assert inner is not None
    assert inner.get("offset") == "68"
    assert int(inner.get("value", ""), 16) == APPLICATION_ID


def test_inno_setup_script_installs_per_user_with_the_association() -> None:
    """The .iss needs no admin rights, packs dist/cpm-desktop and opens .cpm with "%1"."""
    text = ISS.read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in text
    assert r"DefaultDirName={localappdata}\Programs\{#AppName}" in text
    assert r'Source: "..\..\dist\cpm-desktop\*"' in text
    assert "recursesubdirs" in text
    assert r'Subkey: "Software\Classes\.cpm"' in text
    assert '""{app}\\{#AppExe}"" ""%1"""' in text
    assert "{group}" in text
    assert "{uninstallexe}" in text
    assert "desktopicon" in text
    assert "ChangesAssociations=yes" in text
    assert re.search(r"AppId=\{\{[0-9A-F]{8}-([0-9A-F]{4}-){3}[0-9A-F]{12}\}", text)


def test_dist_check_script_runs_each_check() -> None:
    """make dist-check runs demo, check, both exports and a screenshot from a clean env."""
    text = (INSTALLERS / "dist_check.sh").read_text(encoding="utf-8")
    assert "env -i" in text
    for needle in ("demo demo.cpm", "check --db", "export xlsx", "export pdf", "--screenshot"):
        assert needle in text
    assert "dist-check:" in (ROOT / "Makefile").read_text(encoding="utf-8")


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils absent")
def test_desktop_file_validates() -> None:
    """desktop-file-validate accepts the .desktop file."""
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream absent")
def test_metainfo_validates() -> None:
    """appstreamcli accepts the metainfo (offline: URLs are not fetched)."""
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(not shutil.which("update-mime-database"), reason="shared-mime-info absent")
def test_mime_database_accepts_the_type(tmp_path: Path) -> None:
    """update-mime-database compiles the MIME file into a type of its own."""
    (tmp_path / "packages").mkdir()
    shutil.copy(MIME, tmp_path / "packages")
    result = subprocess.run(
        ["update-mime-database", str(tmp_path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "application" / "x-cpm-desktop-workspace.xml").is_file()
