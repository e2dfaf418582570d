"""Smoke-test a built bundle: run the frozen executable as a user would and check its outputs.

    python packaging/smoke.py [BUNDLE]      (default: packaging/dist/cxworkshop)

Headless (QT_QPA_PLATFORM=offscreen), in a scratch folder, with a private data folder:

- `--version` prints "CX Workshop VERSION";
- `demo x.cxw` writes a workshop (SQLite header, application id "CXWS"), `check x.cxw` exits 0
  and reports "Integrity: ok";
- `export x.cxw --pdf x.pdf` writes a PDF (starts with %PDF, ends with %%EOF, over 10 KB);
- `screenshot x.cxw x.png --size 1280x720` writes a 1280x720 PNG (read from its IHDR);
- `check` on a file that is not a workshop exits 3 with one `cxworkshop: error:` line;
- no command prints a traceback; Linux: the bundle's install.sh installs and uninstalls into a
  scratch HOME, and the installed .desktop file still validates.

`export` and `screenshot` are skipped, saying so, only while their source modules
(cxworkshop/export/command.py, cxworkshop/ui/screenshot.py) do not exist yet.
Exits 0 when every check passed.
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BUNDLE = ROOT / "packaging" / "dist" / "cxworkshop"
APP_ID = "app.cxworkshop.CXWorkshop"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


class SmokeFailure(Exception):
    pass


def expected_version() -> str:
    text = (ROOT / "cxworkshop" / "appinfo.py").read_text(encoding="utf-8")
    match = re.search(r'^VERSION = "([^"]+)"', text, re.MULTILINE)
    if not match:
        raise SmokeFailure("cannot read VERSION from cxworkshop/appinfo.py")
    return match.group(1)


def executable(bundle: Path) -> Path:
    for candidate in (bundle / "cxworkshop", bundle / "cxworkshop.exe",
                      bundle / "Contents" / "MacOS" / "cxworkshop"):
        if candidate.is_file():
            return candidate
    raise SmokeFailure(f"no cxworkshop executable in {bundle} (run python packaging/build.py)")


def png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    if head[:8] != PNG_SIGNATURE or head[12:16] != b"IHDR":
        raise SmokeFailure(f"{path.name} is not a PNG")
    width, height = struct.unpack(">II", head[16:24])
    return width, height


class Smoke:
    def __init__(self, exe: Path, scratch: Path) -> None:
        self.exe = exe
        self.scratch = scratch
        runtime = scratch / "runtime"
        runtime.mkdir(mode=0o700)
        self.env = {key: value for key, value in os.environ.items()
                    if not key.startswith(("PYTHON", "QT_", "CXWORKSHOP_"))}
        self.env.update({
            "QT_QPA_PLATFORM": "offscreen",
            "CXWORKSHOP_LANG": "en",
            "CXWORKSHOP_DATA_DIR": str(scratch / "data"),
            "XDG_RUNTIME_DIR": str(runtime),
            "XDG_CONFIG_HOME": str(scratch / "config"),
            "HOME": str(scratch / "home"),
        })
        (scratch / "home").mkdir()
        self.passed: list[str] = []
        self.skipped: list[str] = []

    def run(self, *args: str, expect: int = 0, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        started = time.monotonic()
        result = subprocess.run([str(self.exe), *args], cwd=self.scratch, env=self.env,
                                capture_output=True, text=True, timeout=timeout, check=False)
        seconds = time.monotonic() - started
        shown = " ".join(["cxworkshop", *args])
        print(f"  $ {shown}  -> exit {result.returncode} in {seconds:.1f} s", flush=True)
        for stream in (result.stdout, result.stderr):
            for line in stream.strip().splitlines()[:12]:
                print(f"    | {line}")
        if "Traceback" in result.stdout + result.stderr:
            raise SmokeFailure(f"`{shown}` printed a traceback")
        if result.returncode != expect:
            raise SmokeFailure(f"`{shown}` exited {result.returncode}, expected {expect}")
        return result

    def step(self, name: str, check: Callable[[], None]) -> None:
        print(f"- {name}", flush=True)
        check()
        self.passed.append(name)

    def skip(self, name: str, reason: str) -> None:
        print(f"- {name}: SKIPPED, {reason}", flush=True)
        self.skipped.append(name)

    # the checks -------------------------------------------------------------------------

    def version(self) -> None:
        out = self.run("--version").stdout.strip()
        wanted = f"CX Workshop {expected_version()}"
        if not out.startswith(wanted):
            raise SmokeFailure(f"--version printed {out!r}, expected it to start with {wanted!r}")

    def demo_and_check(self) -> None:
        workshop = self.scratch / "x.cxw"
        self.run("demo", str(workshop))
        header = workshop.read_bytes()[:100]
        if header[:16] != b"SQLite format 3\x00" or header[68:72] != b"CXWS":
            raise SmokeFailure("the demo is not a CX Workshop file (SQLite header, application id)")
        report = self.run("check", str(workshop)).stdout
        if "Integrity: ok" not in report:
            raise SmokeFailure("check did not report 'Integrity: ok'")

    def export_pdf(self) -> None:
        pdf = self.scratch / "x.pdf"
        self.run("export", str(self.scratch / "x.cxw"), "--pdf", str(pdf))
        data = pdf.read_bytes() if pdf.exists() else b""
        if not data.startswith(b"%PDF-"):
            raise SmokeFailure("export --pdf did not write a PDF")
        if b"%%EOF" not in data[-1024:]:
            raise SmokeFailure("the PDF is truncated (no %%EOF)")
        if len(data) <= 10 * 1024:
            raise SmokeFailure(f"the PDF is only {len(data)} bytes")
        print(f"    PDF: {len(data) / 1024:.0f} KB")

    def screenshot(self) -> None:
        png = self.scratch / "x.png"
        self.run("screenshot", str(self.scratch / "x.cxw"), str(png), "--size", "1280x720")
        if not png.exists():
            raise SmokeFailure("screenshot wrote no file")
        size = png_size(png)
        if size != (1280, 720):
            raise SmokeFailure(f"the screenshot is {size[0]}x{size[1]}, expected 1280x720")
        print(f"    PNG: {size[0]}x{size[1]}, {png.stat().st_size / 1024:.0f} KB")

    def refuses_garbage(self) -> None:
        garbage = self.scratch / "not-a-workshop.cxw"
        garbage.write_bytes(b"%PDF-1.4 this is not a workshop\n" * 8)
        before = garbage.read_bytes()
        result = self.run("check", str(garbage), expect=3)
        lines = result.stderr.strip().splitlines()
        if len(lines) != 1 or not lines[0].startswith("cxworkshop: error:"):
            raise SmokeFailure(f"expected one 'cxworkshop: error:' line, got {lines!r}")
        if garbage.read_bytes() != before:
            raise SmokeFailure("check modified a file it refused")

    def speaks_italian(self) -> None:
        """The Qt-free catalogue (.mo) is in the bundle: plural forms and argparse in Italian."""
        italian = dict(self.env, CXWORKSHOP_LANG="it")
        result = subprocess.run([str(self.exe), "demo", str(self.scratch / "it.cxw"), "--actions", "1"],
                                cwd=self.scratch, env=italian, capture_output=True, text=True,
                                timeout=120, check=False)
        if result.returncode != 0 or ", 1 azione, " not in result.stdout:
            raise SmokeFailure(f"demo in Italian printed {result.stdout + result.stderr!r}, "
                               "expected '1 azione' (is cxworkshop/i18n/locale/**/*.mo bundled?)")
        result = subprocess.run([str(self.exe), "new"], cwd=self.scratch, env=italian,
                                capture_output=True, text=True, timeout=120, check=False)
        if "errore: mancano questi argomenti obbligatori" not in result.stderr:
            raise SmokeFailure(f"argparse's error is not Italian: {result.stderr!r}")

    def linux_install(self) -> None:
        bundle = self.exe.parent
        home = self.scratch / "install-home"
        home.mkdir()
        env = dict(self.env, HOME=str(home), XDG_DATA_HOME=str(home / ".local" / "share"))
        env.pop("XDG_CONFIG_HOME", None)
        for args in ([], ["--uninstall"]):
            result = subprocess.run(["sh", str(bundle / "install.sh"), *args], env=env,
                                    capture_output=True, text=True, timeout=300, check=False)
            print(f"  $ install.sh {' '.join(args)}  -> exit {result.returncode}")
            for line in (result.stdout + result.stderr).strip().splitlines():
                print(f"    | {line}")
            if result.returncode != 0:
                raise SmokeFailure(f"install.sh {' '.join(args)} failed")
            share = home / ".local" / "share"
            desktop = share / "applications" / f"{APP_ID}.desktop"
            installed = [desktop, share / "mime" / "packages" / f"{APP_ID}.xml",
                         share / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png",
                         home / ".local" / "bin" / "cxworkshop"]
            if not args:
                missing = [str(path) for path in installed if not path.exists()]
                if missing:
                    raise SmokeFailure(f"install.sh did not install {missing}")
                exec_line = next(line for line in desktop.read_text().splitlines()
                                 if line.startswith("Exec="))
                print(f"    {exec_line}")
                if str(home / ".local" / "lib" / "cxworkshop" / "cxworkshop") not in exec_line:
                    raise SmokeFailure("the installed .desktop file does not run the installed copy")
                version = subprocess.run([str(home / ".local" / "bin" / "cxworkshop"), "--version"],
                                         env=env, capture_output=True, text=True, check=False)
                if version.returncode != 0:
                    raise SmokeFailure("the installed ~/.local/bin/cxworkshop does not run")
                validator = shutil.which("desktop-file-validate")
                if validator:
                    check = subprocess.run([validator, str(desktop)], capture_output=True, text=True)
                    if check.returncode != 0:
                        raise SmokeFailure(f"installed .desktop file: {check.stdout}{check.stderr}")
            elif any(path.exists() for path in installed):
                raise SmokeFailure("install.sh --uninstall left files behind")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    bundle = Path(argv[0]).resolve() if argv else DEFAULT_BUNDLE
    try:
        exe = executable(bundle)
    except SmokeFailure as exc:
        print(f"smoke: FAILED: {exc}", file=sys.stderr)
        return 1
    print(f"smoke: {exe}")
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="cxw-smoke-") as folder:
        smoke = Smoke(exe, Path(folder))
        try:
            smoke.step("--version", smoke.version)
            smoke.step("demo, then check", smoke.demo_and_check)
            if (ROOT / "cxworkshop" / "export" / "command.py").exists():
                smoke.step("export --pdf", smoke.export_pdf)
            else:
                smoke.skip("export --pdf", "cxworkshop/export/command.py does not exist yet")
            if (ROOT / "cxworkshop" / "ui" / "screenshot.py").exists():
                smoke.step("screenshot --size 1280x720", smoke.screenshot)
            else:
                smoke.skip("screenshot", "cxworkshop/ui/screenshot.py does not exist yet")
            smoke.step("a file that is not a workshop is refused", smoke.refuses_garbage)
            smoke.step("messages in Italian (the gettext catalogue is bundled)", smoke.speaks_italian)
            if sys.platform.startswith("linux") and (exe.parent / "install.sh").exists():
                smoke.step("install.sh and --uninstall (scratch HOME)", smoke.linux_install)
        except (SmokeFailure, subprocess.TimeoutExpired, OSError) as exc:
            print(f"smoke: FAILED: {exc}", file=sys.stderr)
            return 1
    seconds = time.monotonic() - started
    print(f"smoke: the checks took {seconds:.0f} s")
    # Alone on the last line, in the form CI reads as a test count.
    print(f"smoke: {len(smoke.passed)} passed, 0 failed"
          + (f", {len(smoke.skipped)} skipped" if smoke.skipped else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
