"""What the consultant chooses for a report beyond the workshop itself: paper, logo, contact.

The window fills these from Preferences and the export dialog, the command line from
`--page-size` and `--logo`; the export never reads settings itself (it imports no Qt).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.utils import ImageReader

from cxworkshop.export.pdf_style import DEFAULT_PAPER, PAPERS
from cxworkshop.i18n import tr

PAPER_CHOICES = tuple(PAPERS)  # ("a4", "a3", "letter")
LOGO_MAX_BYTES = 10 * 1024 * 1024  # a logo is a small picture, not a photo archive
_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")


@dataclass(frozen=True)
class ReportOptions:
    paper: str = DEFAULT_PAPER
    logo: Path | None = None
    # Empty: the workshop's facilitator (and the e-mail of the participant marked facilitator).
    consultant_name: str = ""
    consultant_email: str = ""


def logo_problem(path: Path | str, lang: str | None = None) -> str | None:
    """Why `path` cannot be the report's logo (a translated sentence), or None if it can."""
    path = Path(path)
    if not path.is_file():
        return tr("{name}: the logo file does not exist.", lang, name=path.name)
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        return tr("{name}: the logo cannot be read ({detail}).", lang, name=path.name,
                  detail=exc.strerror or str(exc))
    if size > LOGO_MAX_BYTES or not head.startswith(_SIGNATURES):
        return tr("{name}: the logo must be a PNG or JPEG picture of at most 10 MB.", lang,
                  name=path.name)
    try:
        width, height = ImageReader(str(path)).getSize()
    except Exception:  # noqa: BLE001 (Pillow raises many kinds on a damaged picture)
        return tr("{name}: the logo picture is damaged and cannot be drawn.", lang,
                  name=path.name)
    if width < 1 or height < 1:
        return tr("{name}: the logo picture is damaged and cannot be drawn.", lang,
                  name=path.name)
    return None
