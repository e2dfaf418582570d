"""Build the installable CX Workshop for the platform this runs on.

    python packaging/build.py [--clean] [--archive] [--installer]

1. Checks that the committed icons match resources/cxworkshop.svg (make_icons.py --check).
2. Runs PyInstaller on packaging/cxworkshop.spec: a one-folder bundle in packaging/dist/.
3. Linux: adds the desktop integration to the bundle (share/: the .desktop file, AppStream
   metainfo, the shared-MIME type for .cxw, hicolor icons) and install.sh, which installs
   all of it for the user (~/.local) or, as root with --system, under /opt and /usr/local.
4. Reports the bundle's size and what dominates it (also in packaging/dist/size-report.txt).
5. --archive: packaging/dist/cxworkshop-VERSION-linux-x86_64.tar.gz (zip on Windows and
   macOS). --installer (Windows, needs Inno Setup's iscc on PATH): the setup .exe.

Needs the project installed in the running interpreter (`pip install -e ".[packaging]"`).
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DIST = HERE / "dist"
WORK = HERE / "build"
SPEC = HERE / "cxworkshop.spec"
LINUX_DIR = HERE / "linux"
ICONS = HERE / "icons"

sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import make_icons  # noqa: E402

from cxworkshop import appinfo  # noqa: E402

HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)

# How the size report groups files, first match wins (paths relative to the bundle).
GROUPS: list[tuple[str, str]] = [
    ("ICU (Unicode tables Qt Core needs)", r"(^|/)libicu"),
    ("Qt libraries (Core, Gui, Widgets, Svg, DBus, XCB, Wayland)", r"(^|/)(lib)?Qt6|\.framework/"),
    ("Qt plugins (platforms, image formats, ...)", r"/plugins/"),
    ("Qt translations (it, en)", r"PySide6/Qt/translations/"),
    ("PySide6 and shiboken6 bindings", r"(PySide6|shiboken6)/"),
    ("Python runtime (libpython, extension modules, stdlib)",
     r"(^|/)(libpython|python3\.\d+/|base_library\.zip|python3\d*\.dll|_internal/Python$)"),
    ("the executables (bootloader + all Python code, compressed)", r"^[^/]+$"),
    ("SQLAlchemy (compiled)", r"sqlalchemy/"),
    ("pydantic-core (SQLModel)", r"pydantic_core/"),
    ("Pillow (reportlab needs PIL.Image)", r"(PIL|pillow\.libs)/"),
    ("cxworkshop data (fonts, translations)", r"cxworkshop/"),
    ("reportlab data", r"reportlab/"),
    ("system libraries (X11/xcb, glib, fontconfig, freetype, sqlite, libstdc++...)",
     r"_internal/lib[^/]*\.so"),
]


def say(message: str) -> None:
    print(f"build: {message}", flush=True)


def check_icons(make: bool) -> None:
    problems = make_icons.check()
    if problems and make:
        say("regenerating the icons from resources/cxworkshop.svg")
        make_icons.write_icons()
        problems = make_icons.check()
    if problems:
        raise SystemExit("build: " + "; ".join(problems) + " (or pass --make-icons)")


def run_pyinstaller(clean: bool) -> float:
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
               "--distpath", str(DIST), "--workpath", str(WORK), str(SPEC)]
    if clean:
        command.insert(3, "--clean")
    say(" ".join(command))
    started = time.monotonic()
    subprocess.run(command, check=True, cwd=ROOT)
    return time.monotonic() - started


def bundle_dir() -> Path:
    if sys.platform == "darwin":
        return DIST / f"{appinfo.APP_NAME}.app"
    return DIST / appinfo.EXECUTABLE


def add_linux_integration(bundle: Path) -> None:
    """share/ with the freedesktop files, and install.sh, inside the bundle."""
    share = bundle / "share"
    if share.exists():
        shutil.rmtree(share)
    app_id = appinfo.DESKTOP_ID
    copies = {
        LINUX_DIR / f"{app_id}.desktop": share / "applications" / f"{app_id}.desktop",
        LINUX_DIR / f"{app_id}.metainfo.xml": share / "metainfo" / f"{app_id}.metainfo.xml",
        LINUX_DIR / f"{app_id}.xml": share / "mime" / "packages" / f"{app_id}.xml",
        ICONS / "cxworkshop.svg": share / "icons" / "hicolor" / "scalable" / "apps" / f"{app_id}.svg",
    }
    for size in HICOLOR_SIZES:
        copies[ICONS / make_icons.png_name(size)] = (
            share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{app_id}.png")
    for source, target in copies.items():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    installer = bundle / "install.sh"
    shutil.copyfile(LINUX_DIR / "install.sh", installer)
    installer.chmod(0o755)


def unresolved_libraries(bundle: Path) -> dict[str, set[str]]:
    """Libraries the bundle's binaries need that neither the bundle nor this machine has.

    PyInstaller bundles what it finds on the build machine; what it cannot find, the user's
    system must provide. For Qt's xcb and wayland plugins, install libxcb-icccm4,
    libxcb-keysyms1 and libwayland-cursor0 on the build machine so they are bundled.
    """
    internal = bundle / "_internal"
    env = dict(os.environ, LD_LIBRARY_PATH=f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}")
    missing: dict[str, set[str]] = defaultdict(set)
    for file in internal.rglob("*.so*"):
        if file.is_symlink() or not file.is_file():
            continue
        output = subprocess.run(["ldd", str(file)], capture_output=True, text=True, env=env,
                                check=False).stdout
        for line in output.splitlines():
            if "not found" in line:
                missing[line.split()[0]].add(file.relative_to(bundle).as_posix())
    return missing


def du(path: Path) -> str:
    try:
        return subprocess.run(["du", "-sh", str(path)], capture_output=True, text=True,
                              check=True).stdout.split()[0]
    except (OSError, subprocess.CalledProcessError):
        return f"{tree_size(path) / 2**20:.0f}M"


def tree_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def size_report(bundle: Path) -> str:
    files = [f for f in bundle.rglob("*") if f.is_file() and not f.is_symlink()]
    total = sum(f.stat().st_size for f in files)
    groups: dict[str, int] = defaultdict(int)
    for file in files:
        relative = file.relative_to(bundle).as_posix()
        name = next((label for label, pattern in GROUPS if re.search(pattern, relative)), "other")
        groups[name] += file.stat().st_size
    largest = sorted(files, key=lambda f: f.stat().st_size, reverse=True)[:12]
    mib = 2**20
    lines = [f"{bundle.relative_to(ROOT)}: {du(bundle)} on disk (du -sh), "
             f"{total / mib:.1f} MiB in {len(files)} files", "", "by part:"]
    lines += [f"  {size / mib:7.1f} MiB  {size / total:5.1%}  {label}"
              for label, size in sorted(groups.items(), key=lambda item: -item[1])]
    lines += ["", "largest files:"]
    lines += [f"  {f.stat().st_size / mib:7.1f} MiB  {f.relative_to(bundle).as_posix()}"
              for f in largest]
    return "\n".join(lines)


def archive(bundle: Path) -> Path:
    system = {"linux": "linux", "darwin": "macos", "win32": "windows"}.get(sys.platform, sys.platform)
    stem = f"{appinfo.EXECUTABLE}-{appinfo.VERSION}-{system}-{platform.machine().lower()}"
    if sys.platform.startswith("linux"):
        target = DIST / f"{stem}.tar.gz"
        with tarfile.open(target, "w:gz", compresslevel=6) as tar:
            tar.add(bundle, arcname=f"{appinfo.EXECUTABLE}-{appinfo.VERSION}")
        return target
    return Path(shutil.make_archive(str(DIST / stem), "zip", bundle.parent, bundle.name))


def windows_installer() -> Path:
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    if not iscc:
        raise SystemExit("build: Inno Setup's iscc is not on PATH (https://jrsoftware.org/isinfo.php)")
    script = HERE / "windows" / "cxworkshop.iss"
    subprocess.run([iscc, f"/DAppVersion={appinfo.VERSION}", str(script)], check=True)
    return DIST / f"CXWorkshop-{appinfo.VERSION}-setup.exe"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument("--archive", action="store_true", help="also pack the bundle (tar.gz/zip)")
    parser.add_argument("--installer", action="store_true", help="Windows: run Inno Setup too")
    parser.add_argument("--make-icons", action="store_true",
                        help="regenerate the icons if the SVG changed (needs Pillow)")
    args = parser.parse_args(argv)

    check_icons(args.make_icons)
    seconds = run_pyinstaller(args.clean)
    bundle = bundle_dir()
    if sys.platform.startswith("linux"):
        add_linux_integration(bundle)
        for library, users in sorted(unresolved_libraries(bundle).items()):
            say(f"warning: {library} is not in the bundle (not on this machine): the user's "
                f"system must provide it for {', '.join(sorted(users)[:3])}")
    say(f"PyInstaller took {seconds:.0f} s; the bundle is {bundle.relative_to(ROOT)}")
    report = size_report(bundle)
    (DIST / "size-report.txt").write_text(report + "\n", encoding="utf-8")
    print(report, flush=True)
    if args.archive:
        target = archive(bundle)
        say(f"archive {target.relative_to(ROOT)}: {target.stat().st_size / 2**20:.1f} MiB")
    if args.installer:
        if os.name != "nt":
            raise SystemExit("build: --installer is for Windows (Inno Setup)")
        say(f"installer {windows_installer()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
