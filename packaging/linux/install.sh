#!/bin/sh
# Install CX Workshop from this unpacked folder, with its menu entry, icon and the .cxw
# file type, so that a double-clicked workshop opens in CX Workshop.
#
#   ./install.sh               for you only: ~/.local/lib/cxworkshop, ~/.local/bin/cxworkshop,
#                              ~/.local/share/{applications,icons,mime,metainfo}
#   sudo ./install.sh --system for everyone: /opt/cxworkshop, /usr/local/bin/cxworkshop,
#                              /usr/local/share/...
#   ./install.sh --uninstall   (with --system too, if it was installed that way)
#
# Your workshops and backups (~/.local/share/cxworkshop) are never touched.
set -eu

APP_ID=app.cxworkshop.CXWorkshop
MIME=application/x-cxworkshop
HERE=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)

system=no
action=install
for arg in "$@"; do
    case "$arg" in
        --system) system=yes ;;
        --uninstall) action=uninstall ;;
        -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "install.sh: unknown option $arg (see --help)" >&2; exit 2 ;;
    esac
done

if [ "$system" = yes ]; then
    APP_DIR=/opt/cxworkshop
    BIN_DIR=/usr/local/bin
    SHARE=/usr/local/share
else
    APP_DIR=${HOME}/.local/lib/cxworkshop
    BIN_DIR=${HOME}/.local/bin
    SHARE=${XDG_DATA_HOME:-${HOME}/.local/share}
fi

refresh() {
    # Each cache is optional: desktops rescan without them, only more slowly.
    if command -v update-mime-database >/dev/null 2>&1; then
        update-mime-database "$SHARE/mime" >/dev/null 2>&1 || true
    fi
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$SHARE/applications" 2>/dev/null || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$SHARE/icons/hicolor/index.theme" ]; then
        gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" 2>/dev/null || true
    fi
}

remove_files() {
    rm -f "$BIN_DIR/cxworkshop" \
          "$SHARE/applications/$APP_ID.desktop" \
          "$SHARE/metainfo/$APP_ID.metainfo.xml" \
          "$SHARE/mime/packages/$APP_ID.xml"
    for icon in "$SHARE"/icons/hicolor/*/apps/"$APP_ID".png "$SHARE/icons/hicolor/scalable/apps/$APP_ID.svg"; do
        rm -f "$icon"
    done
}

if [ "$action" = uninstall ]; then
    remove_files
    case "$APP_DIR" in */cxworkshop) rm -rf "$APP_DIR" ;; esac
    refresh
    echo "CX Workshop removed (your workshops and backups are still where they were)."
    exit 0
fi

[ -x "$HERE/cxworkshop" ] || { echo "install.sh: run me from the unpacked CX Workshop folder" >&2; exit 1; }

if [ "$HERE" != "$APP_DIR" ]; then
    case "$APP_DIR" in */cxworkshop) rm -rf "$APP_DIR" ;; esac
    mkdir -p "$APP_DIR"
    cp -R "$HERE/." "$APP_DIR/"
fi
mkdir -p "$BIN_DIR" "$SHARE/applications" "$SHARE/metainfo" "$SHARE/mime/packages"
ln -sf "$APP_DIR/cxworkshop" "$BIN_DIR/cxworkshop"

# The menu entry runs the installed executable by its full path: ~/.local/bin is not on
# every desktop session's PATH.
sed -e "s|^Exec=cxworkshop |Exec=\"$APP_DIR/cxworkshop\" |" \
    -e "s|^TryExec=cxworkshop\$|TryExec=$APP_DIR/cxworkshop|" \
    "$HERE/share/applications/$APP_ID.desktop" > "$SHARE/applications/$APP_ID.desktop"
cp "$HERE/share/metainfo/$APP_ID.metainfo.xml" "$SHARE/metainfo/"
cp "$HERE/share/mime/packages/$APP_ID.xml" "$SHARE/mime/packages/"
(cd "$HERE/share" && find icons -type f) | while read -r icon; do
    mkdir -p "$SHARE/$(dirname "$icon")"
    cp "$HERE/share/$icon" "$SHARE/$icon"
done
refresh

# Make CX Workshop the default for .cxw files for this user (a per-user install only:
# a system install leaves each user's choice alone).
if [ "$system" = no ] && command -v xdg-mime >/dev/null 2>&1; then
    xdg-mime default "$APP_ID.desktop" "$MIME" 2>/dev/null || true
fi

echo "CX Workshop $("$APP_DIR/cxworkshop" --version 2>/dev/null | sed 's/^CX Workshop //') installed in $APP_DIR"
echo "Start it from your applications menu, by double-clicking a .cxw file, or with: $BIN_DIR/cxworkshop"
