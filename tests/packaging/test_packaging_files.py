"""The packaging files agree with cxworkshop/appinfo.py, are valid, and the icons are current.

Fast: nothing is built here (tests/packaging/test_bundle.py, marked slow, builds the bundle).
The Debian validators and the MIME database are used when installed, and skipped otherwise.
"""

from __future__ import annotations

import configparser
import plistlib
import shutil
import sqlite3
import struct
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from cxworkshop import appinfo

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
ICONS = PACKAGING / "icons"
DESKTOP = LINUX / f"{appinfo.DESKTOP_ID}.desktop"
METAINFO = LINUX / f"{appinfo.DESKTOP_ID}.metainfo.xml"
MIME_XML = LINUX / f"{appinfo.DESKTOP_ID}.xml"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"

sys.path.insert(0, str(PACKAGING))
import make_icons  # noqa: E402


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_names_the_app_its_icon_and_file_type() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == appinfo.APP_NAME
    assert entry["Exec"] == f"{appinfo.EXECUTABLE} %f"
    assert entry["Icon"] == appinfo.DESKTOP_ID
    assert appinfo.MIME_TYPE in entry["MimeType"].split(";")
    # Qt's xcb windows carry WM_CLASS "<argv0 basename>", "<application name>".
    assert entry["StartupWMClass"] == appinfo.EXECUTABLE
    assert entry["Terminal"] == "false"


def test_metainfo_matches_the_app() -> None:
    component = ET.parse(METAINFO).getroot()
    assert component.get("type") == "desktop-application"
    assert component.findtext("id") == appinfo.DESKTOP_ID
    assert component.findtext("name") == appinfo.APP_NAME
    assert component.findtext("launchable") == f"{appinfo.DESKTOP_ID}.desktop"
    assert component.findtext("provides/mediatype") == appinfo.MIME_TYPE
    assert component.findtext("provides/binary") == appinfo.EXECUTABLE
    versions = [release.get("version") for release in component.iter("release")]
    assert appinfo.VERSION in versions, "add a <release> for the new VERSION to the metainfo"


def test_mime_type_declares_the_extension_the_magic_and_the_icon() -> None:
    mime_type = ET.parse(MIME_XML).getroot().find(f"{MIME_NS}mime-type")
    assert mime_type is not None and mime_type.get("type") == appinfo.MIME_TYPE
    globs = [glob.get("pattern") for glob in mime_type.iter(f"{MIME_NS}glob")]
    assert globs == [f"*{appinfo.FILE_EXTENSION}"]
    icon = mime_type.find(f"{MIME_NS}icon")
    assert icon is not None and icon.get("name") == appinfo.DESKTOP_ID
    application_id = [int(match.get("value"), 16) for match in mime_type.iter(f"{MIME_NS}match")
                      if match.get("type") == "big32"]
    assert application_id == [appinfo.APPLICATION_ID]


def test_macos_info_plist_declares_the_document_type() -> None:
    with open(PACKAGING / "macos" / "Info.plist", "rb") as handle:
        plist = plistlib.load(handle)
    (exported,) = plist["UTExportedTypeDeclarations"]
    tags = exported["UTTypeTagSpecification"]
    assert tags["public.filename-extension"] == [appinfo.FILE_EXTENSION.lstrip(".")]
    assert tags["public.mime-type"] == [appinfo.MIME_TYPE]
    (document,) = plist["CFBundleDocumentTypes"]
    assert document["LSItemContentTypes"] == [exported["UTTypeIdentifier"]]
    assert document["CFBundleTypeRole"] == "Editor"


def test_windows_installer_registers_the_extension() -> None:
    script = (PACKAGING / "windows" / "cxworkshop.iss").read_text(encoding="utf-8")
    assert f'#define Extension "{appinfo.FILE_EXTENSION}"' in script
    assert f'#define MimeType "{appinfo.MIME_TYPE}"' in script
    assert "ChangesAssociations=yes" in script
    assert r'shell\open\command' in script


def test_icons_are_made_from_the_current_svg() -> None:
    assert make_icons.check() == []


@pytest.mark.parametrize("size", make_icons.PNG_SIZES)
def test_png_icons_have_their_size(size: int) -> None:
    head = (ICONS / make_icons.png_name(size)).read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", head[16:24]) == (size, size)


def test_ico_holds_16_to_256_pixels() -> None:
    data = (ICONS / "cxworkshop.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = {data[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 24, 32, 48, 256} <= sizes


def test_icns_is_well_formed() -> None:
    data = (ICONS / "cxworkshop.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    assert b"ic10" in data  # the 1024 px (512@2x) image


def test_install_script_is_valid_shell() -> None:
    subprocess.run(["sh", "-n", str(LINUX / "install.sh")], check=True)


def _validator(name: str) -> str:
    path = shutil.which(name)
    if not path:
        pytest.skip(f"{name} is not installed (Debian: desktop-file-utils / appstream)")
    return path


def test_desktop_file_validates() -> None:
    result = subprocess.run([_validator("desktop-file-validate"), str(DESKTOP)],
                            capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_metainfo_validates() -> None:
    result = subprocess.run([_validator("appstreamcli"), "validate", "--no-net", str(METAINFO)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mime_database_recognises_a_workshop_by_content(tmp_path: Path, demo_file: Path) -> None:
    update = _validator("update-mime-database")
    system = Path("/usr/share/mime/packages/freedesktop.org.xml")
    if not system.exists():
        pytest.skip("no freedesktop.org.xml (shared-mime-info)")
    packages = tmp_path / "xdg" / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copyfile(system, packages / system.name)
    shutil.copyfile(MIME_XML, packages / MIME_XML.name)
    subprocess.run([update, str(packages.parent)], check=True, capture_output=True)
    renamed = tmp_path / "attachment.bin"
    renamed.write_bytes(demo_file.read_bytes())
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE t (x)")
    probe = textwrap.dedent(f"""
        from PySide6.QtCore import QMimeDatabase
        db = QMimeDatabase()
        for path in ({str(demo_file)!r}, {str(renamed)!r}, {str(other)!r}):
            print(db.mimeTypeForFile(path).name())
    """)
    env = {"XDG_DATA_DIRS": str(tmp_path / "xdg"), "QT_QPA_PLATFORM": "offscreen",
           "PATH": "/usr/bin:/bin"}
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            env=env, check=True, timeout=60)
    by_name, by_content, plain_sqlite = result.stdout.split()
    assert by_name == appinfo.MIME_TYPE
    assert by_content == appinfo.MIME_TYPE
    assert plain_sqlite != appinfo.MIME_TYPE
