#!/usr/bin/env bash
# Run CX Workshop from this source checkout on a fresh machine, in a virtual environment of its
# own (.venv beside this checkout), installing first whatever the machine lacks:
#
#   bash packaging/from-source.sh app [FILE.cxw]   install, then start the window (the demo without a file)
#   bash packaging/from-source.sh test [ARGS...]   install the test extras, run the whole test suite
#   bash packaging/from-source.sh env              install the test extras only (what .ci/run uses)
#
# Why a script and not two pip commands: a fresh Debian 12 has no `python`, refuses `pip install`
# outside a virtual environment (PEP 668), has no `venv` module (python3-venv) and none of the
# system libraries Qt loads (EGL/GL, fontconfig, xkbcommon, D-Bus). On Debian and Ubuntu the
# missing packages are installed with apt-get (as root, or through sudo); elsewhere the script
# says what is missing and stops.
set -euo pipefail
cd "$(dirname "$0")/.."
export PIP_DISABLE_PIP_VERSION_CHECK=1
mode="${1:-app}"
[ $# -gt 0 ] && shift
VENV="${CXWORKSHOP_VENV:-.venv}"
PYTHON="${PYTHON:-python3}"

# Qt's own libraries for the offscreen platform (tests, screenshots, exports) and a font.
QT_DEBS="libegl1 libgl1 libopengl0 libfontconfig1 libfreetype6 libxkbcommon0 libdbus-1-3 libglib2.0-0 fonts-dejavu-core"
# The window on X11 (the xcb platform plugin).
XCB_DEBS="libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-render-util0 libxcb-image0 libx11-xcb1 libxcb-xkb1 libxcb-randr0"
# The tests: OCR reads the projector slides as the back of the room would; PyInstaller needs
# objdump; the phones' page is tested in a real browser (Selenium drives Debian's Chromium);
# munpack (mpack) unpacks the e-mail drafts as an old MIME client would; Poppler (pdftotext,
# pdffonts) reads the PDFs back as a reader would.
TEST_DEBS="tesseract-ocr tesseract-ocr-ita tesseract-ocr-eng binutils chromium chromium-driver mpack poppler-utils"

say() { echo "cxworkshop setup: $*" >&2; }

missing_debs() {
    local package
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || echo "$package"
    done
}

install_debs() {
    command -v dpkg-query >/dev/null 2>&1 || { say "not a Debian system: make sure Qt's libraries ($*) are installed"; return 0; }
    local missing
    missing="$(missing_debs "$@" | tr '\n' ' ')"
    [ -z "${missing// /}" ] && return 0
    local sudo=""
    if [ "$(id -u)" != 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo="sudo"
        else
            say "these system packages are missing; install them as root, then run this again:"
            say "  apt-get install $missing"
            exit 1
        fi
    fi
    say "installing system packages: $missing"
    # shellcheck disable=SC2086
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    # shellcheck disable=SC2086
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

ensure_python() {
    command -v "$PYTHON" >/dev/null 2>&1 || { install_debs python3; }
    "$PYTHON" -c 'import sys; raise SystemExit(sys.version_info < (3, 11))' \
        || { say "CX Workshop needs Python 3.11 or newer ($("$PYTHON" --version 2>&1) found)"; exit 1; }
    # Debian splits ensurepip (which venv needs) into python3-venv.
    if ! "$PYTHON" -c 'import ensurepip' >/dev/null 2>&1; then
        install_debs python3-venv
    fi
}

ensure_venv() {
    local extras="$1"
    if [ ! -x "$VENV/bin/python" ]; then
        say "creating the virtual environment $VENV"
        "$PYTHON" -m venv "$VENV"
    fi
    say "installing CX Workshop${extras:+ with [$extras]} into $VENV"
    "$VENV/bin/python" -m pip install --quiet -e ".${extras:+[$extras]}"
}

case "$mode" in
    app)
        ensure_python
        # shellcheck disable=SC2086
        install_debs $QT_DEBS $XCB_DEBS
        ensure_venv ""
        exec "$VENV/bin/cxworkshop" "$@"
        ;;
    env | test)
        ensure_python
        # shellcheck disable=SC2086
        install_debs $QT_DEBS $TEST_DEBS
        ensure_venv "test"
        if [ "$mode" = test ]; then
            exec "$VENV/bin/python" -m pytest "$@"
        fi
        ;;
    *)
        say "usage: bash packaging/from-source.sh app [FILE.cxw] | test [PYTEST ARGS] | env"
        exit 2
        ;;
esac
