"""The full report as a document to send: paper sizes, metadata, outline, fonts, big cards,
owners on continuation pages, the executive summary, moments of truth, the consultant's logo."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections import Counter
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from pypdf.generic import IndirectObject

from cxworkshop.cli import main
from cxworkshop.export import load, write_pdf
from cxworkshop.export.data import ActionInfo, CardInfo, WorkshopData
from cxworkshop.export.options import ReportOptions, logo_problem
from cxworkshop.export.pdf_summary import top_actions
from cxworkshop.model.enums import CardKind
from tests.unit.test_export_data import TODAY, make_workshop

A4, A3, LETTER = (595, 842), (842, 1191), (612, 792)


def _sizes(path: Path) -> list[tuple[int, int]]:
    return [(round(float(page.mediabox.width)), round(float(page.mediabox.height)))
            for page in PdfReader(path).pages]


def _text(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def _squash(text: str) -> str:
    return "".join(text.split())


def _outline(path: Path) -> list[tuple[int, str, int]]:
    """(level, title, page number) of every bookmark, in order."""
    reader = PdfReader(path)
    found: list[tuple[int, str, int]] = []

    def walk(items: list, level: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                found.append((level, item.title, reader.get_destination_page_number(item) + 1))

    walk(reader.outline, 0)
    return found


def _set_card(data: WorkshopData, card: CardInfo, **changes: object) -> CardInfo:
    """Change a (frozen) card of the snapshot everywhere it appears."""
    new = replace(card, **changes)
    for journey in data.maps:
        journey.cards = [new if item.id == card.id else item for item in journey.cards]
    for action in data.actions:
        if action.card is not None and action.card.id == card.id:
            action.card = new
    return new


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, WorkshopData]:
    folder = tmp_path_factory.mktemp("report")
    data = load(make_workshop(folder / "w.cxw", cards=90, actions=20), today=TODAY)
    # Two moments of truth, one voted and linked to an action.
    cards = data.maps[0].cards
    first = _set_card(data, cards[1], kind=CardKind.MOMENT_OF_TRUTH, text="Prima bolletta chiara",
                      votes=4, emotion=-1)
    _set_card(data, cards[2], kind=CardKind.MOMENT_OF_TRUTH, text="Il tecnico arriva puntuale",
              votes=1)
    data.actions[0].card = first
    out = folder / "w.pdf"
    write_pdf(data, out)
    return out, data


def test_every_page_is_a4_by_default(report) -> None:
    out, _ = report
    sizes = _sizes(out)
    assert all(size in (A4, A4[::-1]) for size in sizes), sizes
    assert sizes[0] == A4 and sizes[1] == A4  # cover and summary in portrait
    assert A4[::-1] in sizes  # the maps, on landscape pages of the same paper


@pytest.mark.parametrize(("paper", "size"), [("a3", A3), ("letter", LETTER)])
def test_a3_and_letter_options(tmp_path: Path, paper: str, size: tuple[int, int]) -> None:
    source = make_workshop(tmp_path / "w.cxw", cards=40, actions=6)
    out = tmp_path / "w.pdf"
    write_pdf(source, out, today=TODAY, options=ReportOptions(paper=paper))
    sizes = _sizes(out)
    assert all(page in (size, size[::-1]) for page in sizes), sizes
    assert sizes[0] == size and size[::-1] in sizes  # portrait text, landscape maps


def test_page_size_from_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    source = make_workshop(tmp_path / "w.cxw", cards=30, actions=5)
    out = tmp_path / "letter.pdf"
    assert main(["export", str(source), "--pdf", str(out), "--page-size", "letter"]) == 0
    assert _sizes(out)[0] == LETTER
    assert main(["export", str(source), "--pdf", str(out), "--page-size", "b5"]) == 2
    assert "b5" in capsys.readouterr().err


def test_metadata_is_real(report) -> None:
    out, data = report
    reader = PdfReader(out)
    info = reader.metadata
    stamp = str(info["/CreationDate"])[2:10]
    assert stamp in (date.today().strftime("%Y%m%d"), datetime.utcnow().strftime("%Y%m%d"))
    assert str(info["/ModDate"])[2:10] == stamp
    assert info["/Title"] == "Percorso abbonati"
    assert "Caffè Aurora S.r.l." in info["/Subject"] and "(unspecified)" not in info["/Subject"]
    assert info["/Author"] == "Elena Conti"
    assert "Bergamo" in info["/Keywords"]
    assert reader.trailer["/Root"]["/Lang"] == "it-IT"


def test_english_report_says_its_language(tmp_path: Path) -> None:
    source = make_workshop(tmp_path / "en.cxw", lang="en", cards=20, actions=4)
    out = tmp_path / "en.pdf"
    write_pdf(source, out, today=TODAY)
    assert PdfReader(out).trailer["/Root"]["/Lang"] == "en-GB"


def test_outline_has_sections_owners_and_maps(report) -> None:
    out, data = report
    outline = _outline(out)
    titles = [title for _level, title, _page in outline]
    for section in ["Sintesi", "Mappe del percorso", "Criticità per numero di voti",
                    "Momenti della verità", "Piano d'azione",
                    "Avanzamento dall'incontro precedente"]:
        assert any(title.startswith(section) for title in titles), (section, titles)
    owners = [(level, title) for level, title, _page in outline if level == 1]
    for owner in data.owners():
        assert (1, owner.name) in owners
    # The maps sit beneath their section; every bookmark points at a real page in order.
    maps_at = titles.index("Mappe del percorso")
    assert outline[maps_at + 1][0] == 1 and outline[maps_at + 1][1] == data.maps[0].name
    pages = [page for _level, _title, page in outline]
    assert pages == sorted(pages) and pages[0] >= 2
    plan_page = next(page for _l, title, page in outline if title == "Piano d'azione")
    assert "Piano d'azione" in _text(out)[plan_page - 1]


def test_only_embedded_fonts(report) -> None:
    out, _ = report
    for page in PdfReader(out).pages:
        fonts = page["/Resources"].get("/Font", {})
        for font in fonts.values():
            font = font.get_object() if isinstance(font, IndirectObject) else font
            assert "Helvetica" not in str(font["/BaseFont"])
    if shutil.which("pdffonts") is None:
        pytest.skip("poppler-utils (pdffonts) is not installed")
    listing = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True,
                             check=True).stdout.splitlines()[2:]
    assert listing and all(line.split()[-5] == "yes" for line in listing), listing


def test_a_pasted_long_note_stays_a_few_pages(tmp_path: Path) -> None:
    source = make_workshop(tmp_path / "w.cxw", cards=40, actions=8)
    data = load(source, today=TODAY)
    write_pdf(data, tmp_path / "short.pdf")
    usual = len(PdfReader(tmp_path / "short.pdf").pages)
    note = " ".join(f"riga{n:05d}" for n in range(2000))[:20_000]  # 20,000 characters
    pain = next(card for card in data.maps[0].cards if card.kind == CardKind.PAIN_POINT)
    pain = _set_card(data, pain, text=note, votes=9)
    linked = next(action for action in data.actions if action.owner is not None)
    linked.card = pain
    out = tmp_path / "long.pdf"
    write_pdf(data, out)
    pages = _text(out)
    # The note adds its appendix (about 4 pages of text), not 115 pages of repeated table rows.
    assert len(pages) <= usual + 6, (usual, len(pages))
    words = Counter(re.findall(r"riga\d{5}", "\n".join(pages)))
    # Every word of the note is printed; beyond what a table or the map shows, exactly once
    # (the appendix), in order.
    assert all(words[f"riga{n:05d}"] >= 1 for n in range(2000))
    assert all(words[f"riga{n:05d}"] == 1 for n in range(60, 2000))
    start = next(i for i, page in enumerate(pages) if "Schede abbreviate" in page)
    appendix = re.findall(r"riga\d{5}", "\n".join(pages[start:]))
    assert appendix[-1940:] == [f"riga{n:05d}" for n in range(60, 2000)]
    ranking = next(page for page in pages if "Criticità per numero di voti" in page)
    assert "→ *" in ranking


def test_continuation_pages_of_the_plan_name_the_owner(tmp_path: Path) -> None:
    source = make_workshop(tmp_path / "w.cxw", cards=30, actions=160)
    out = tmp_path / "plan.pdf"
    data = load(source, today=TODAY)
    write_pdf(data, out)
    pages = _text(out)
    start = next(i for i, page in enumerate(pages) if "Piano d'azione" in page)
    end = next(i for i, page in enumerate(pages) if "Avanzamento dall'incontro" in page)
    names = [owner.name for owner in data.owners()]
    continued = [page for page in pages[start + 1:end + 1]
                 if any(f"{name} (segue)" in page for name in names)]
    assert continued, "no plan page repeats its owner"
    for page in pages[start + 1:end]:
        assert any(name in page for name in names)
        assert "Priorità" in page  # the column header is repeated as well


def test_executive_summary_follows_the_cover(report) -> None:
    out, data = report
    summary = _text(out)[1]
    assert "Sintesi" in summary
    ctx_actions = top_actions_of(data)
    assert len(ctx_actions) == 5
    squashed = _squash(summary)
    for action in ctx_actions:
        assert _squash(action.title) in squashed
        assert _squash(action.owner.name) in squashed
    assert "Prima bolletta chiara" in summary  # the most voted moment of truth
    for stage in data.maps[0].stages[:3]:
        assert stage.name in summary
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-f", "2", "-l", "2", "-layout", str(out), "-"],
                              capture_output=True, text=True, check=True).stdout
        # In reading order each action comes with its owner on the same line.
        for action in ctx_actions:
            line = next(line for line in text.splitlines() if action.title[:20] in line)
            assert action.owner.name in line


def top_actions_of(data: WorkshopData) -> list[ActionInfo]:
    from cxworkshop.export.context import ExportContext

    return top_actions(ExportContext.of(data))


def test_top_actions_are_open_urgent_and_impactful_first(report) -> None:
    _, data = report
    chosen = top_actions_of(data)
    assert all(action.is_open for action in chosen)
    ranks = {"urgent": 0, "high": 1, "medium": 2, "low": 3}
    order = [ranks[action.priority] for action in chosen]
    assert order == sorted(order)


def test_moments_of_truth_table(report) -> None:
    out, data = report
    pages = _text(out)
    page = next(page for page in pages[2:] if "Momenti della verità" in page
                and "Azioni collegate" in page)
    assert "Prima bolletta chiara" in page and "Il tecnico arriva puntuale" in page
    assert page.index("Prima bolletta chiara") < page.index("Il tecnico arriva puntuale")
    assert _squash(data.actions[0].title)[:30] in _squash(page)


def _images(page) -> list[str]:
    objects = page["/Resources"].get("/XObject", {})
    return [name for name, ref in objects.items() if ref.get_object()["/Subtype"] == "/Image"]


def test_logo_and_consultant_on_cover_and_footer(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    Image.new("RGB", (120, 40), (29, 78, 137)).save(logo)
    source = make_workshop(tmp_path / "w.cxw", cards=20, actions=4)
    out = tmp_path / "logo.pdf"
    options = ReportOptions(logo=logo, consultant_name="Studio Ferri",
                            consultant_email="studio@example.it")
    write_pdf(source, out, today=TODAY, options=options)
    reader = PdfReader(out)
    assert _images(reader.pages[0]) and _images(reader.pages[1])
    pages = _text(out)
    assert "Studio Ferri" in pages[0] and "studio@example.it" in pages[0]
    assert "studio@example.it" in pages[1]
    assert reader.metadata["/Author"] == "Studio Ferri"
    plain = tmp_path / "plain.pdf"
    write_pdf(source, plain, today=TODAY)
    assert not _images(PdfReader(plain).pages[0])  # no logo, no empty box


def test_logo_is_checked(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    text = tmp_path / "logo.png"
    text.write_text("not a picture")
    assert "PNG" in logo_problem(text, "en")
    assert "non esiste" in logo_problem(tmp_path / "none.png", "it")
    good = tmp_path / "ok.jpg"
    Image.new("RGB", (10, 10)).save(good)
    assert logo_problem(good) is None
    source = make_workshop(tmp_path / "w.cxw", cards=10, actions=2)
    out = tmp_path / "x.pdf"
    assert main(["export", str(source), "--pdf", str(out), "--logo", str(text)]) == 3
    assert "logo" in capsys.readouterr().err and not out.exists()
    assert main(["export", str(source), "--pdf", str(out), "--logo", str(good)]) == 0
    assert _images(PdfReader(out).pages[0])


def test_owner_pdfs_and_drafts_take_the_paper_and_the_logo(tmp_path: Path) -> None:
    """The PDFs that go to the client's staff look like the report: same paper, same logo."""
    import email
    from email import policy

    logo = tmp_path / "logo.png"
    Image.new("RGB", (120, 40), (29, 78, 137)).save(logo)
    source = make_workshop(tmp_path / "w.cxw", cards=10, actions=3)
    args = ["--page-size", "letter", "--logo", str(logo)]
    assert main(["export", str(source), "--per-owner", str(tmp_path / "owners"), "--eml",
                 str(tmp_path / "mail"), *args]) == 0
    owners = sorted((tmp_path / "owners").glob("*.pdf"))
    assert owners
    for pdf in owners:
        page = PdfReader(pdf).pages[0]
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (612, 792)
        assert _images(page), pdf.name  # the logo in the footer
    draft = email.message_from_bytes(sorted((tmp_path / "mail").glob("*.eml"))[0].read_bytes(),
                                     policy=policy.default)
    [attached] = [part for part in draft.iter_attachments()
                  if part.get_content_type() == "application/pdf"]
    out = tmp_path / "attached.pdf"
    out.write_bytes(attached.get_content())
    assert round(float(PdfReader(out).pages[0].mediabox.width)) == 612


def test_unvoted_moments_of_truth_do_not_bury_the_table(tmp_path: Path) -> None:
    source = make_workshop(tmp_path / "w.cxw", cards=120, actions=4)
    data = load(source, today=TODAY)
    for card in list(data.maps[0].cards[:80]):
        _set_card(data, card, kind=CardKind.MOMENT_OF_TRUTH, votes=0)
    voted = _set_card(data, data.maps[0].cards[90], kind=CardKind.MOMENT_OF_TRUTH, votes=3,
                      text="Il momento più votato")
    out = tmp_path / "mot.pdf"
    write_pdf(data, out)
    whole = "\n".join(_text(out))
    assert "altri 51 momenti della verità senza voti" in whole
    start = whole.index("Azioni collegate")
    assert whole.index(voted.text, start) > start  # the voted one is listed, first


def test_owner_pdfs_share_the_language_dates_and_fonts(tmp_path: Path) -> None:
    from cxworkshop.export import write_per_owner

    source = make_workshop(tmp_path / "w.cxw", cards=20, actions=5)
    result = write_per_owner(source, tmp_path / "owners", today=TODAY)
    for path in result.files:
        reader = PdfReader(path)
        assert reader.trailer["/Root"]["/Lang"] == "it-IT"
        assert not str(reader.metadata["/CreationDate"]).startswith("D:2000")
        for page in reader.pages:
            for font in page["/Resources"].get("/Font", {}).values():
                assert "Helvetica" not in str(font.get_object()["/BaseFont"])


def test_the_demo_report_uses_only_embedded_fonts(tmp_path: Path, demo_file: Path) -> None:
    """Every section of every helper (tables, charts, maps) keeps to the embedded fonts."""
    out = tmp_path / "demo.pdf"
    write_pdf(demo_file, out)
    for page in PdfReader(out).pages:
        for font in page["/Resources"].get("/Font", {}).values():
            assert "Helvetica" not in str(font.get_object()["/BaseFont"])


def test_moments_of_truth_name_their_map_when_there_are_several(tmp_path: Path,
                                                                demo_file: Path) -> None:
    """The demo has a current and a future map: a stage name alone does not say which one,
    so the moments-of-truth table names the map, as the rankings and the plan do."""
    out = tmp_path / "demo.pdf"
    write_pdf(demo_file, out, today=TODAY)
    whole = "\n".join(_text(out))
    table = whole[whole.index("Azioni collegate"):]
    table = table[:table.index(next(p for p in ("Percorso del cliente e processi interni",
                                                "Piano d'azione") if p in table))]
    for name in load(demo_file, today=TODAY).map_names.values():
        assert _squash(f"({name})") in _squash(table), table


def test_every_section_of_the_demo_report_is_in_the_outline(tmp_path: Path,
                                                            demo_file: Path) -> None:
    """The current-vs-future page was the one section heading without a bookmark."""
    out = tmp_path / "demo.pdf"
    write_pdf(demo_file, out, today=TODAY)
    top = {title for level, title, _ in _outline(out) if level == 0}
    assert any(title.startswith("Attuale e futuro a confronto") for title in top), top


def test_the_running_header_uses_the_room_the_date_leaves(tmp_path: Path, demo_file: Path) -> None:
    """Portrait pages cut the header at half the width ("… abbonament…") though the date on
    the right takes a fifth of it."""
    out = tmp_path / "demo.pdf"
    write_pdf(demo_file, out, today=TODAY)
    data = load(demo_file, today=TODAY)
    for page in (2, 6):  # portrait pages
        header = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-layout",
                                 str(out), "-"], check=True, capture_output=True,
                                text=True).stdout.strip().splitlines()[0]
        assert f"{data.client} · {data.display_title}  " in header, header
