"""The portfolio report (issue 20): PDF, XLSX and CSV with every client, overdue actions by client and
owner, next follow-ups in date order, and the files that cannot be read; Italian and English."""

from __future__ import annotations

import ast
import csv
import io
from datetime import timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

import cxworkshop
from cxworkshop.portfolio import Portfolio, PortfolioIndex
from cxworkshop.portfolio.report_pdf import write_pdf
from cxworkshop.portfolio.report_tables import write_csv, write_xlsx
from tests.unit.portfolio_files import TODAY, make


@pytest.fixture
def portfolio(tmp_path: Path, demo_template: Path) -> Portfolio:
    root = tmp_path / "clients"
    make(demo_template, root / "a.cxw", "Caffè Aurora", "Kick-off", overdue=2, unowned=1)
    make(demo_template, root / "b.cxw", "Banca Verde", "Onboarding", planned_in=3)
    make(demo_template, root / "c.cxw", "Zeta Ottica", "Rinnovi", overdue=1)
    (root / "broken.cxw").write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)
    with PortfolioIndex() as index:
        index.refresh([root], today=TODAY)
        return index.portfolio([root], today=TODAY)


def test_portfolio_holds_the_overdue_actions_by_client_then_owner(portfolio: Portfolio) -> None:
    assert [(o.client, o.action.due_on) for o in portfolio.overdue] == [
        ("Caffè Aurora", TODAY - timedelta(days=7))] * 2 + [("Zeta Ottica", TODAY - timedelta(days=7))]
    owners = [o.action.owner for o in portfolio.overdue[:2]]
    assert owners == sorted(owners, key=str.casefold) and all(owners)
    assert [e.path.name for e in portfolio.problems] == ["broken.cxw"]


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.mark.parametrize(("lang", "words"), [
    ("en", ["Portfolio", "Clients", "Overdue actions by client and owner", "Next follow-ups in date order",
            "Files that cannot be read", "Page 1 of"]),
    ("it", ["Portafoglio", "Clienti", "Azioni scadute per cliente e responsabile",
            "Prossimi follow-up in ordine di data", "File che non si possono leggere", "Pagina 1 di"]),
])
def test_pdf_report(portfolio: Portfolio, tmp_path: Path, lang: str, words: list[str]) -> None:
    target = write_pdf(portfolio, tmp_path / "portfolio.pdf", lang)
    text = " ".join(_pdf_text(target).split())
    for word in [*words, "Caffè Aurora", "Banca Verde", "Zeta Ottica", "broken.cxw"]:
        assert word in text, word
    # Next follow-ups in date order: the planned meeting in 3 days comes before the due dates.
    section = text[text.index(words[3]):]
    assert section.index("Banca Verde") < section.index("Caffè Aurora")


def test_xlsx_report(portfolio: Portfolio, tmp_path: Path) -> None:
    book = load_workbook(write_xlsx(portfolio, tmp_path / "portfolio.xlsx", "it"))
    assert book.sheetnames == ["Workshop", "Clienti", "Azioni scadute", "Prossimi follow-up"]
    rows = list(book["Workshop"].iter_rows(values_only=True))
    assert rows[0][:6] == ("Cliente", "Workshop", "Ultimo incontro", "Prossimo follow-up", "Azioni aperte",
                           "Azioni scadute")
    by_client = {row[0]: row for row in rows[1:]}
    assert by_client["Caffè Aurora"][5] == 2 and by_client["Caffè Aurora"][7] == 1
    broken = by_client[None]  # no client: the file could not be read, and says why
    assert broken[1] == "broken" and "danneggiato" in broken[11]
    overdue = list(book["Azioni scadute"].iter_rows(values_only=True))[1:]
    assert [row[0] for row in overdue] == ["Caffè Aurora", "Caffè Aurora", "Zeta Ottica"]
    assert all(row[4] == 7 for row in overdue)  # days late


def test_csv_report(portfolio: Portfolio, tmp_path: Path) -> None:
    raw = write_csv(portfolio, tmp_path / "portfolio.csv", "en").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads it as UTF-8
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][0] == "Client" and len(rows) == 5
    assert [row[0] for row in rows[1:4]] == ["Banca Verde", "Caffè Aurora", "Zeta Ottica"]
    assert rows[4][10].endswith("broken.cxw") and rows[4][11]


def test_every_portfolio_sentence_has_an_italian_translation() -> None:
    found: set[str] = set()
    for path in (Path(cxworkshop.__file__).parent / "portfolio").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            if name in ("tr", "words", "WorkshopFileError", "head"):
                position = {"tr": 0, "words": 0, "WorkshopFileError": 2}.get(name)
                arguments = node.args if position is None else node.args[position:position + 1]
                found |= {a.value for a in arguments if isinstance(a, ast.Constant) and isinstance(a.value, str)}
    assert len(found) > 40
    catalogue = pytest.importorskip("cxworkshop.i18n.catalogue", reason="Babel reads the .po")
    italian = {m.id if isinstance(m.id, str) else m.id[0] for m in catalogue.load("it")}
    missing = sorted(s for s in found if s not in italian)
    assert not missing, missing
