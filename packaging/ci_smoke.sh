#!/usr/bin/env bash
# CI step for issue 8: from this checkout, build the Linux bundle with PyInstaller and run the
# built binary headless (packaging/smoke.py). Meant to run inside .ci/run's virtual environment
# after `pip install -e ".[test]"`; about a minute and a half on 2 cores.
#
# Also: the committed icons must match resources/cxworkshop.svg, and the .desktop and
# AppStream files must pass desktop-file-validate and appstreamcli validate (installed from
# Debian when missing and possible; skipped with a message when they cannot be had).
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
export PIP_DISABLE_PIP_VERSION_CHECK=1
APP_ID=app.cxworkshop.CXWorkshop

apt_install() {
    # Best effort: root with apt-get only; never fail the step for a missing tool.
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        if [ -z "${_APT_UPDATED:-}" ]; then
            DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null 2>&1 || true
            _APT_UPDATED=1
        fi
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" \
            >/dev/null 2>&1 || echo "packaging: could not apt-get install $*"
    fi
}

echo "== packaging: PyInstaller (the [packaging] extra)"
python -m pip install --quiet -e ".[packaging]"
python -m PyInstaller --version

echo "== packaging: icons made from resources/cxworkshop.svg"
python packaging/make_icons.py --check

echo "== packaging: desktop-file-validate and appstreamcli validate"
missing=()
command -v desktop-file-validate >/dev/null 2>&1 || missing+=(desktop-file-utils)
command -v appstreamcli >/dev/null 2>&1 || missing+=(appstream)
command -v update-mime-database >/dev/null 2>&1 || missing+=(shared-mime-info)
if [ "${#missing[@]}" -gt 0 ]; then apt_install "${missing[@]}"; fi
if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate "packaging/linux/$APP_ID.desktop"
    echo "desktop-file-validate: ok"
else
    echo "desktop-file-validate: not available, skipped"
fi
if command -v appstreamcli >/dev/null 2>&1; then
    appstreamcli validate --no-net "packaging/linux/$APP_ID.metainfo.xml"
else
    echo "appstreamcli: not available, skipped"
fi

echo "== packaging: build the Linux bundle"
# Qt's xcb and wayland plugins link these; present on the build machine, they are bundled.
libs=()
for pair in libxcb-icccm.so.4:libxcb-icccm4 libxcb-keysyms.so.1:libxcb-keysyms1 \
            libwayland-cursor.so.0:libwayland-cursor0; do
    ldconfig -p 2>/dev/null | grep -q "${pair%%:*}" || libs+=("${pair##*:}")
done
# Debian's own python3 ships its shared library, which PyInstaller bundles, separately.
if python -c 'import sys; raise SystemExit(sys.base_prefix != "/usr")'; then
    version=$(python -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
    ldconfig -p 2>/dev/null | grep -q "libpython$version.so" || libs+=("libpython$version")
fi
if [ "${#libs[@]}" -gt 0 ]; then apt_install "${libs[@]}"; fi
started=$(date +%s)
python packaging/build.py --clean
echo "packaging: build took $(( $(date +%s) - started )) s"

if command -v appstreamcli >/dev/null 2>&1; then
    # The installed layout as a whole: metainfo, its .desktop file and icons together.
    tree=$(mktemp -d)
    mkdir -p "$tree/usr" && cp -R packaging/dist/cxworkshop/share "$tree/usr/"
    appstreamcli validate-tree --no-net "$tree"
    rm -rf "$tree"
fi

echo "== packaging: smoke-test the built binary"
python packaging/smoke.py packaging/dist/cxworkshop
