"""Right-to-left text in the PDFs (issue 16.7): Arabic shaped into its joined presentation forms
and both Arabic and Hebrew laid out in visual order, line by line, as every PDF viewer draws
text left to right.

Text extractors (pypdf, like Poppler's pdftotext) turn the right-to-left runs they find back
into reading order: a line drawn in visual order reads back as typed, while one drawn in
logical order (the old bug) reads back reversed ("םלוע םולש"), and unshaped Arabic reads back
as isolated letters (U+0600 block) instead of presentation forms (U+FE70 block)."""

from __future__ import annotations

import subprocess
import unicodedata
from pathlib import Path

from pypdf import PdfReader
from sqlmodel import Session

from cxworkshop.export import write_pdf, write_per_owner
from cxworkshop.export.fonts import REGULAR
from cxworkshop.export.glyphs import Printable
from cxworkshop.export.text import Wrapper
from cxworkshop.model import (
    ActionItem,
    Card,
    JourneyMap,
    Lane,
    Meeting,
    Participant,
    Stage,
    Workshop,
)
from cxworkshop.store import create_workshop
from tests.unit.test_export_owner_files import TODAY

ARABIC = "مرحبا بالعالم"  # "hello world"
# What a reader sees, left to right: the last word first, each letter in its joined form
# (ﻢ final meem … ﺏ initial beh), so the PDF must hold these presentation forms in this order.
ARABIC_SHOWN = "\ufee2\ufedf\ufe8e\ufecc\ufedf\ufe8e\ufe91 \ufe8e\ufe92\ufea3\ufeae\ufee3"
HEBREW = "שלום עולם"
HEBREW_SHOWN = "םלוע םולש"
ARABIC_SHAPED = ARABIC_SHOWN[::-1]  # the joined forms in reading order, as extractors give them
MIXED = "Caffè مرحبا 24"
LONG_ARABIC = " ".join(["أولا", "ثانيا", "ثالثا", "رابعا", "خامسا", "سادسا", "سابعا", "ثامنا"])


def rtl_workshop(path: Path) -> Path:
    def fill(session: Session) -> None:
        session.add(Workshop(id=1, title="RTL", client="", place="", facilitator="",
                             language="en"))
        meeting = Meeting(number=1, held_on=TODAY, title="Kick-off")
        journey = JourneyMap(name="Current state")
        owner = Participant(name="Dana", role="", department="", email="")
        session.add_all([meeting, journey, owner])
        session.flush()
        stage = Stage(map_id=journey.id, position=0, name="Discovery")
        lane = Lane(map_id=journey.id, position=0, name="Notes", kind="custom")
        session.add_all([stage, lane])
        session.flush()
        cards = [Card(stage_id=stage.id, lane_id=lane.id, position=index, kind="note", text=text,
                      meeting_id=meeting.id) for index, text in enumerate([ARABIC, HEBREW, MIXED])]
        session.add_all(cards)
        session.flush()
        session.add(ActionItem(title=ARABIC, detail=HEBREW + "\n" + MIXED, owner_id=owner.id,
                               due_on=TODAY, priority="medium", status="open",
                               card_id=cards[1].id, stage_id=stage.id,
                               opened_in_id=meeting.id))

    return create_workshop(path, populate=fill)


def extracted(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_printable_shapes_and_orders_each_line() -> None:
    printable = Printable()
    assert printable(ARABIC) == ARABIC_SHOWN
    assert all(unicodedata.name(char).startswith("ARABIC LETTER") and 0xFE70 <= ord(char) <= 0xFEFF
               for char in ARABIC_SHOWN if char != " ")
    assert printable(HEBREW) == HEBREW_SHOWN
    # A line that starts in Latin stays left to right; only the Arabic run (and the number
    # after it, UAX #9 rule W2) turns around.
    assert printable(MIXED) == "Caffè 24 \ufe8e\ufe92\ufea3\ufeae\ufee3"
    assert printable(f"{HEBREW}\n{ARABIC}") == f"{HEBREW_SHOWN}\n{ARABIC_SHOWN}"
    assert printable("Perché è già così") == "Perché è già così"
    assert printable.report.count == 0  # DejaVu Sans has every form: nothing replaced


def test_the_map_wraps_right_to_left_lines_from_their_first_word() -> None:
    printable = Printable()
    wrapper = Wrapper(REGULAR, 9)
    lines = wrapper.wrap(printable(LONG_ARABIC), 60)
    assert len(lines) > 2
    first, last = LONG_ARABIC.split()[0], LONG_ARABIC.split()[-1]
    # The first words (read first, at the right) head the first line; the last end the last.
    assert lines[0].endswith(printable(first)) and lines[-1].startswith(printable(last))


def test_table_cells_wrap_right_to_left_lines_from_their_first_word() -> None:
    from reportlab.lib.enums import TA_RIGHT

    from cxworkshop.export.pdf_style import styles
    from cxworkshop.export.rtl_paragraph import PrintedParagraph

    printable = Printable()
    paragraph = PrintedParagraph(printable(LONG_ARABIC), styles().cell)
    paragraph.wrap(60, 1000)
    lines = ["".join(frag.text for frag in line.words) for line in paragraph.blPara.lines]
    words = LONG_ARABIC.split()
    assert len(lines) > 2 and paragraph.style.alignment == TA_RIGHT
    assert lines[0].endswith(printable(words[0])) and lines[-1] == printable(words[-1])
    latin = PrintedParagraph("R&D < 5% " * 20, styles().cell)  # other text: as before
    latin.wrap(60, 1000)
    assert latin.style.alignment != TA_RIGHT and "R&D < 5%" in latin.getPlainText()


def test_owner_pdf_prints_shaped_visual_text(tmp_path: Path) -> None:
    path = rtl_workshop(tmp_path / "w.cxw")
    result = write_per_owner(path, tmp_path / "owners", today=TODAY)
    text = extracted(tmp_path / "owners" / "Dana.pdf")
    assert ARABIC_SHAPED in text and HEBREW in text
    assert "Caffè 24 " + ARABIC_SHAPED.split()[0] in text
    assert ARABIC[::-1] not in text and HEBREW_SHOWN not in text  # drawn in logical order
    assert not any(0x0621 <= ord(char) <= 0x064A for char in text)  # unshaped letters
    assert result.glyphs.count == 0


def test_full_report_prints_shaped_visual_text(tmp_path: Path) -> None:
    path = rtl_workshop(tmp_path / "w.cxw")
    write_pdf(path, tmp_path / "report.pdf", today=TODAY)
    text = extracted(tmp_path / "report.pdf")
    # The map's cards and the plan's action title (a Latin sentence around a Hebrew quote,
    # like "Card: “…”", extracts in an order of the extractor's own, so it is not checked).
    assert ARABIC_SHAPED in text and HEBREW in text
    assert not any(0x0621 <= ord(char) <= 0x064A for char in text)


def test_running_text_wraps_right_to_left_from_its_first_word(tmp_path: Path) -> None:
    """A persona's long Arabic goals: the first words come first, not the sentence's end."""
    from cxworkshop.document import WorkshopDocument

    path = rtl_workshop(tmp_path / "w.cxw")
    words = (LONG_ARABIC + " ") * 6
    doc = WorkshopDocument.open(path)
    try:
        journey = doc.first_map()
        assert journey is not None
        doc.add_persona(journey.id, "Layla", goals=words.strip())
    finally:
        doc.close()
    write_pdf(path, tmp_path / "report.pdf", today=TODAY)
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "report.pdf"), "-"], check=True,
                          capture_output=True, text=True).stdout
    printable = Printable()
    first, last = (printable(word)[::-1] for word in (LONG_ARABIC.split()[0], LONG_ARABIC.split()[-1]))
    goals = text[text.index("Layla"):text.index("Pain points by votes")]
    lines = [line.strip(" \u202b\u202c") for line in goals.splitlines()
             if any(0xFE70 <= ord(c) <= 0xFEFC for c in line)]
    # Poppler gives each line in reading order: the first line starts the sentence and the
    # last one ends it (reportlab's own wrap printed the sentence's end first).
    assert len(lines) >= 2 and lines[0].startswith(first) and lines[-1].endswith(last), lines


def test_owner_pdf_header_and_metadata_name_a_right_to_left_owner_once(tmp_path: Path) -> None:
    """The running header was shaped twice (the title already printable, then again by the
    header), which put the owner's two Arabic words back in typed order; the PDF's Title and
    Author must stay plain Unicode in reading order, since viewers apply bidi themselves."""
    import sqlite3

    path = rtl_workshop(tmp_path / "w.cxw")
    name = "ليلى حسن"
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE participant SET name = ?", (name,))
    write_per_owner(path, tmp_path / "owners", today=TODAY)
    pdf = tmp_path / "owners" / f"{name}.pdf"
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    lines = [line.split("   ")[0].replace("\u202b", "").replace("\u202c", "").strip()
             for line in text.splitlines() if "Actions for" in line]
    header, title = lines[0], lines[1]  # header (the date is cut off), then the page's title
    assert title.startswith("Actions for ")
    assert header.endswith(title), lines  # the header holds the same words in the same order
    assert PdfReader(pdf).metadata.title == f"Actions for {name}"


def test_full_report_metadata_keeps_right_to_left_text_in_reading_order(tmp_path: Path) -> None:
    import sqlite3

    path = rtl_workshop(tmp_path / "w.cxw")
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE workshop SET title = ?, client = ?", (ARABIC, HEBREW))
    write_pdf(path, tmp_path / "report.pdf", today=TODAY)
    meta = PdfReader(tmp_path / "report.pdf").metadata
    assert meta.title == ARABIC
    assert meta.subject.startswith(f"Customer journey workshop · {HEBREW} · ")
