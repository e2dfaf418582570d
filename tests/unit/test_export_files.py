"""CSV, XLSX and .eml outputs, atomic writes, and the `export` verb's exit codes."""

from __future__ import annotations

import csv
import email
import io
from datetime import date
from email import policy
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from cxworkshop.export import atomic, load, write_csv, write_eml, write_pdf, write_xlsx
from cxworkshop.export.command import run_export
from cxworkshop.export.filenames import unique_stems
from tests.unit.test_export_data import HOSTILE, TODAY, make_workshop


@pytest.fixture(scope="module")
def workshop(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_workshop(tmp_path_factory.mktemp("w") / "w.cxw", cards=40, actions=12,
                         hostile=True)


def test_csv_reads_back_for_italian_excel(workshop: Path, tmp_path: Path) -> None:
    out = tmp_path / "plan.csv"
    write_csv(workshop, out, today=TODAY)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows[0][:5] == ["Responsabile", "Ruolo", "Reparto", "Email", "Azione"]
    assert len(rows) == 13
    titles = {row[4] for row in rows[1:]}
    assert set(HOSTILE) <= titles
    due = rows[1][rows[0].index("Scadenza")]
    assert date(int(due[6:]), int(due[3:5]), int(due[:2]))  # dd/mm/yyyy


def test_csv_neutralises_formulas(tmp_path: Path) -> None:
    from cxworkshop.export.tables import _csv_text

    assert _csv_text("=SUM(A1)", "text", "it") == "'=SUM(A1)"
    assert _csv_text("R&D < 5%", "text", "it") == "R&D < 5%"


def test_xlsx_has_types_widths_and_filter(workshop: Path, tmp_path: Path) -> None:
    out = tmp_path / "plan.xlsx"
    write_xlsx(workshop, out, today=TODAY)
    sheet = load_workbook(out).active
    header = [cell.value for cell in sheet[1]]
    assert header[0] == "Responsabile" and sheet.auto_filter.ref.startswith("A1:")
    assert sheet.freeze_panes == "B2"
    assert sheet.column_dimensions["E"].width >= 30
    due = sheet.cell(row=2, column=header.index("Scadenza") + 1)
    assert due.is_date and due.number_format == "DD/MM/YYYY"
    assert isinstance(sheet.cell(row=2, column=header.index("ID") + 1).value, int)
    titles = {sheet.cell(row=row, column=5).value for row in range(2, sheet.max_row + 1)}
    assert set(HOSTILE) <= titles


def test_eml_drafts_parse_and_carry_the_pdf(workshop: Path, tmp_path: Path) -> None:
    data = load(workshop, today=TODAY)
    result = write_eml(data, tmp_path / "mail")
    assert len(result.files) == len(data.owners())
    giulia = email.message_from_bytes((tmp_path / "mail" / "Giulia Bianchi.eml").read_bytes(),
                                      policy=policy.default)
    assert giulia["X-Unsent"] == "1"
    assert "giulia.bianchi@example.it" in giulia["To"]
    assert "Percorso abbonati" in giulia["Subject"]
    body = giulia.get_body(("plain",)).get_content()
    assert body.startswith("Buongiorno Giulia Bianchi,")
    attachment = next(giulia.iter_attachments())
    assert attachment.get_content_type() == "application/pdf"
    pdf = PdfReader(io.BytesIO(attachment.get_content()))
    assert "Azioni di Giulia Bianchi" in pdf.pages[0].extract_text()
    nobody = email.message_from_bytes((tmp_path / "mail" / "Francesca Nicolò.eml").read_bytes(),
                                      policy=policy.default)
    assert nobody["To"] is None  # no address known: the draft opens with an empty To


def test_atomic_write_keeps_the_previous_file_on_failure(workshop: Path, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "report.pdf"
    out.write_bytes(b"previous report")

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("cxworkshop.export.api.render_report", broken)
    with pytest.raises(OSError):
        write_pdf(workshop, out)
    assert out.read_bytes() == b"previous report"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["report.pdf"]


def test_atomic_write_interrupted_midway(tmp_path: Path) -> None:
    out = tmp_path / "x.bin"
    out.write_bytes(b"old")

    def half(stream) -> None:
        stream.write(b"new but incomplete")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        atomic.atomic_write(out, half)
    assert out.read_bytes() == b"old" and len(list(tmp_path.iterdir())) == 1


def test_cancel_from_progress_leaves_previous_file(workshop: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    out.write_bytes(b"before")

    class Cancelled(Exception):
        pass

    def progress(done: int, total: int) -> None:
        if done > 2:
            raise Cancelled

    with pytest.raises(Cancelled):
        write_pdf(workshop, out, progress=progress)
    assert out.read_bytes() == b"before"


def test_unique_file_names() -> None:
    assert unique_stems(["Anna", "anna", "a/b:c", "CON", ""]) == [
        "Anna", "anna (2)", "a-b-c", "owner CON", "owner"]


def test_run_export_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = make_workshop(tmp_path / "good.cxw", cards=20, actions=6)
    code = run_export(good, tmp_path / "g.pdf", tmp_path / "owners", tmp_path / "g.csv",
                      tmp_path / "g.xlsx", tmp_path / "mail", None)
    assert code == 0 and (tmp_path / "g.pdf").exists() and (tmp_path / "g.xlsx").exists()
    capsys.readouterr()  # the warning that no facilitator e-mail signs the drafts

    bad = tmp_path / "bad.cxw"
    bad.write_bytes(b"not a workshop at all" * 10)
    assert run_export(bad, tmp_path / "b.pdf", None, None, None, None, None) == 3
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("cxworkshop: error: ")

    unowned = make_workshop(tmp_path / "unowned.cxw", cards=10, actions=3, unowned=2)
    assert run_export(unowned, tmp_path / "u.pdf", None, None, None, None, None) == 4
    err = capsys.readouterr().err.strip().splitlines()
    assert err[0].startswith("cxworkshop: error: 2 ") and len(err) == 3
    assert not (tmp_path / "u.pdf").exists()
