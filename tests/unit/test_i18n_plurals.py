"""Counted sentences in both languages (issue 16): "1 scheda"/"2 schede", "1 card"/"2 cards",
never "1 schede", "1 cards" or "action(s)"; sentences that need no gender; the first of the
month as "1°"; argparse's own messages in Italian when the command line speaks Italian.

The workshops are tiny and built through SQLModel, the sentences read back from the real
exports (PDF text through pypdf, the e-mail draft) and the real command line.
"""

from __future__ import annotations

import email
import re
from datetime import UTC, date, datetime, timedelta
from email import policy
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlmodel import Session

from cxworkshop.cli import main
from cxworkshop.export import load, write_eml, write_pdf, write_per_owner
from cxworkshop.export.dates import long_date
from cxworkshop.i18n import ntr, tr, translations
from cxworkshop.i18n.arguments import ERROR_TEMPLATES, translate_error
from cxworkshop.model import (
    ActionItem,
    Card,
    JourneyMap,
    Lane,
    Meeting,
    Participant,
    Stage,
    StatusChange,
    Workshop,
)
from cxworkshop.store import create_workshop

catalogue = pytest.importorskip("cxworkshop.i18n.catalogue", reason="Babel reads the .po")

TODAY = date(2026, 12, 1)  # the first of the month: "1° dicembre", never "al 1 dicembre"


# -- the rules themselves ------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "expected"), [
    ("it", {0: "0 schede", 1: "1 scheda", 2: "2 schede", 5: "5 schede"}),
    ("en", {0: "0 cards", 1: "1 card", 2: "2 cards", 5: "5 cards"}),
])
def test_plural_rules_at_0_1_2_5(lang: str, expected: dict[int, str]) -> None:
    for n, sentence in expected.items():
        assert ntr("{n} card", "{n} cards", n, lang) == sentence


def test_the_italian_header_is_two_forms_n_not_1() -> None:
    assert catalogue.load("it").plural_forms == "nplurals=2; plural=(n != 1);"
    plural = translations("it").plural  # type: ignore[attr-defined]
    assert [plural(n) for n in (0, 1, 2, 5, 1000000)] == [1, 0, 1, 1, 1]


def test_params_and_n_are_both_filled() -> None:
    assert ntr("{open} open of {total}", "{open} open of {total}", 1, "it", open=1, total=3) \
        == "1 aperta su 3"
    assert ntr("{open} open of {total}", "{open} open of {total}", 2, "it", open=2, total=3) \
        == "2 aperte su 3"


def test_every_plural_has_both_italian_forms_and_nothing_is_untranslated_or_fuzzy() -> None:
    messages = [m for m in catalogue.load("it") if m.id]
    plurals = [m for m in messages if isinstance(m.id, tuple)]
    assert len(plurals) >= 20
    for message in plurals:
        assert isinstance(message.string, tuple) and len(message.string) == 2, message.id
        assert all(form.strip() for form in message.string), message.id
    assert not [m.id for m in messages if m.fuzzy]
    assert not [m.id for m in messages if not all(
        m.string if isinstance(m.string, tuple) else (m.string,))]


def test_no_message_writes_a_plural_in_parentheses() -> None:
    for message in catalogue.load("it"):
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        assert not any("(s)" in text for text in ids), ids


def test_the_first_of_the_month_is_an_ordinal_in_italian() -> None:
    assert long_date(date(2026, 12, 1), "it") == "1° dicembre 2026"
    assert long_date(date(2026, 12, 8), "it") == "8 dicembre 2026"
    assert long_date(date(2026, 12, 1), "en") == "1 December 2026"


# -- tiny workshops, read back from the exports ---------------------------------------------

def _tiny(n: int, lang: str, *, progress: bool = False, unowned: int = 0):
    """n emotion cards in one stage; Chiara Neri owns n open actions, all overdue.

    With `progress`, meeting 2 also records n actions done, n started and n new, so the
    progress sentence counts n of each (and 2n overdue: the started ones and Chiara's)."""

    def fill(session: Session) -> None:
        session.add(Workshop(id=1, title="Prova", client="Cliente", facilitator="Anna Rossi",
                             language=lang))
        first = Meeting(number=1, held_on=TODAY - timedelta(days=14), title="Avvio")
        second = Meeting(number=2, held_on=TODAY, title="Verifica")
        journey = JourneyMap(name="Mappa")
        chiara = Participant(name="Chiara Neri", email="chiara@example.it")
        marco = Participant(name="Marco Bruni", email="marco@example.it")
        session.add_all([first, second, journey, chiara, marco])
        session.flush()
        stage = Stage(map_id=journey.id, position=0, name="Scoperta")
        lane = Lane(map_id=journey.id, position=0, name="Emozioni", kind="emotions")
        session.add_all([stage, lane])
        session.flush()
        session.add_all([Card(stage_id=stage.id, lane_id=lane.id, position=i, kind="emotion",
                              text=f"emozione {i}", emotion=-1, meeting_id=first.id)
                         for i in range(n)])

        def action(title: str, owner: Participant | None, due: int, status: str = "open",
                   opened: Meeting = first, step: str | None = None) -> None:
            item = ActionItem(title=title, owner_id=owner.id if owner else None, status=status,
                              due_on=TODAY + timedelta(days=due), priority="medium",
                              stage_id=stage.id, opened_in_id=opened.id,
                              closed_in_id=second.id if status == "done" else None)
            session.add(item)
            session.flush()
            if step:
                session.add(StatusChange(action_id=item.id, meeting_id=second.id,
                                         old_status="open", new_status=step,
                                         changed_at=datetime(2026, 12, 1, 10, tzinfo=UTC)))

        for i in range(n):
            action(f"Richiamare il fornitore {i}", chiara, -3)
        for i in range(unowned):
            action(f"Senza nessuno {i}", None, 5)
        if progress:
            for i in range(n):
                action(f"Chiusa {i}", marco, -5, "done", step="done")
                action(f"Avviata {i}", marco, -2, "in_progress", step="in_progress")
                action(f"Nuova {i}", marco, 10, opened=second)

    return fill


def _pdf_text(path: Path) -> str:
    # Wrapping breaks lines anywhere; compare without whitespace.
    return "".join("".join(page.extract_text() or "" for page in PdfReader(path).pages).split())


def _has(text: str, sentence: str) -> bool:
    return "".join(sentence.split()) in text


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[int, str], str]:
    folder = tmp_path_factory.mktemp("plurals")
    texts = {}
    for n in (1, 2):
        for lang in ("it", "en"):
            source = create_workshop(folder / f"w{n}{lang}.cxw", populate=_tiny(n, lang))
            write_pdf(load(source, today=TODAY), folder / f"w{n}{lang}.pdf")
            texts[(n, lang)] = _pdf_text(folder / f"w{n}{lang}.pdf")
    return texts


@pytest.mark.parametrize(("n", "lang", "wanted", "unwanted"), [
    (1, "it", ["1 aperta su 1", "1 in ritardo", "In data 1° dicembre 2026: 1 azione, 1 aperta",
               "1 scheda", "Facilitazione"],
     ["1 aperte", "1 azioni", "1 schede", "al 1 dicembre", "Facilitatore"]),
    (2, "it", ["2 aperte su 2", "In data 1° dicembre 2026: 2 azioni, 2 aperte, 2 in ritardo",
               "2 schede"], ["2 aperta", "2 azione", "2 scheda"]),
    (1, "en", ["1 open of 1", "On 1 December 2026: 1 action, 1 open, 1 overdue", "1 card"],
     ["1 actions", "1 cards"]),
    (2, "en", ["2 open of 2", "On 1 December 2026: 2 actions, 2 open, 2 overdue", "2 cards"],
     ["2 action,", "action(s)"]),
])
def test_the_report_counts_in_good_grammar(reports, n: int, lang: str, wanted: list[str],
                                           unwanted: list[str]) -> None:
    text = reports[(n, lang)]
    for sentence in wanted:
        assert _has(text, sentence), sentence
    for sentence in unwanted:
        assert not _has(text, sentence), sentence


@pytest.mark.parametrize(("n", "lang", "wanted"), [
    (1, "it", "1 azione completata, 1 avviata, 1 nuova; 2 sono in ritardo"),
    (2, "it", "2 azioni completate, 2 avviate, 2 nuove; 4 sono in ritardo"),
    (1, "en", "1 action completed, 1 started, 1 new; 2 are overdue"),
    (2, "en", "2 actions completed, 2 started, 2 new; 4 are overdue"),
])
def test_the_progress_sentence(tmp_path: Path, n: int, lang: str, wanted: str) -> None:
    source = create_workshop(tmp_path / "p.cxw", populate=_tiny(n, lang, progress=True))
    write_pdf(load(source, today=TODAY), tmp_path / "p.pdf")
    assert _has(_pdf_text(tmp_path / "p.pdf"), wanted)


def test_the_owner_pdf_counts_in_good_grammar(tmp_path: Path) -> None:
    source = create_workshop(tmp_path / "o.cxw", populate=_tiny(1, "it"))
    result = write_per_owner(load(source, today=TODAY), tmp_path / "owners")
    chiara = next(path for path in result.files if path.name.startswith("Chiara"))
    text = _pdf_text(chiara)
    assert _has(text, "1 aperta su 1, 1 in ritardo") and not _has(text, "1 aperte")


@pytest.mark.parametrize(("extra", "lang", "wanted"), [
    (1, "it", "- e un'altra nell'allegato."), (2, "it", "- e altre 2 nell'allegato."),
    (1, "en", "- and 1 more in the attachment."), (2, "en", "- and 2 more in the attachment."),
])
def test_the_email_lists_the_rest_in_good_grammar(tmp_path: Path, extra: int, lang: str,
                                                  wanted: str) -> None:
    from cxworkshop.export.mail import MAX_LISTED

    source = create_workshop(tmp_path / "m.cxw", populate=_tiny(MAX_LISTED + extra, lang))
    result = write_eml(load(source, today=TODAY), tmp_path / "mail")
    draft = next(path for path in result.files if path.name.startswith("Chiara"))
    message = email.message_from_bytes(draft.read_bytes(), policy=policy.default)
    body = message.get_body(preferencelist=("plain",)).get_content()  # type: ignore[union-attr]
    assert wanted in body
    assert "si è fatto carico" not in body and "facilitatore" not in body


# -- the command line -----------------------------------------------------------------------

@pytest.mark.parametrize(("n", "lang", "wanted"), [
    (1, "it", "1 azione aperta non ha un responsabile"),
    (2, "it", "2 azioni aperte non hanno un responsabile"),
    (1, "en", "1 open action has no owner; give it an owner"),
    (2, "en", "2 open actions have no owner"),
])
def test_the_export_refusal_counts(tmp_path: Path, capsys, monkeypatch, n: int, lang: str,
                                   wanted: str) -> None:
    monkeypatch.setenv("CXWORKSHOP_LANG", lang)
    source = create_workshop(tmp_path / "u.cxw", populate=_tiny(1, lang, unowned=n))
    assert main(["export", str(source), "--pdf", str(tmp_path / "u.pdf")]) == 4
    assert wanted in capsys.readouterr().err


def test_demo_and_check_count_in_italian(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("CXWORKSHOP_LANG", "it")
    path = tmp_path / "d.cxw"
    assert main(["demo", str(path), "--cards", "1", "--actions", "1"]) == 0
    # The demo may add cards of its own (a future-state map); the action count is exact.
    assert re.search(r": (1 scheda|([02-9]|\d\d+) schede), 1 azione, \d+ partecipanti$",
                     capsys.readouterr().out.strip())
    assert main(["check", str(path)]) == 0
    assert "Azioni: 1 (1 aperta, 0 completate, 0 senza responsabile)" in capsys.readouterr().out


@pytest.mark.parametrize(("argv", "italian", "english"), [
    (["new"], "errore: mancano questi argomenti obbligatori: file",
     "error: the following arguments are required: file"),
    (["new", "x.cxw", "--template", "zz"], "errore: argomento --template: scelta non valida: 'zz'",
     "error: argument --template: invalid choice: 'zz'"),
    (["check", "a.cxw", "b.cxw"], "argomenti non riconosciuti: b.cxw",
     "unrecognized arguments: b.cxw"),
    (["demo", "x.cxw", "--cards"], "argomento --cards: serve un valore",
     "argument --cards: expected one argument"),
    (["screenshot", "a.cxw", "b.png", "--size", "3"],
     "argomento --size: la dimensione deve avere la forma 1920x1080, non '3'",
     "argument --size: size must look like 1920x1080, not '3'"),
    (["export", "a.cxw"], "export richiede almeno una tra --pdf", "export needs at least one of --pdf"),
])
def test_argparse_errors_follow_the_language(capsys, monkeypatch, argv: list[str], italian: str,
                                             english: str) -> None:
    monkeypatch.setenv("CXWORKSHOP_LANG", "it")
    assert main(argv) == 2
    assert italian in capsys.readouterr().err
    monkeypatch.setenv("CXWORKSHOP_LANG", "en")
    assert main(argv) == 2
    assert english in capsys.readouterr().err


def test_help_is_italian(capsys, monkeypatch) -> None:
    monkeypatch.setenv("CXWORKSHOP_LANG", "it")
    with pytest.raises(SystemExit):
        main(["demo", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("uso: cxworkshop demo") and "opzioni:" in out
    assert "mostra questo aiuto ed esce" in out and "sostituisce un file esistente" in out
    assert "usage:" not in out and "show this help" not in out


def test_every_argparse_template_is_translated_and_recognised() -> None:
    for template in ERROR_TEMPLATES:
        italian = tr(template, "it")
        assert italian != template, template
        sample = template.replace("%(message)s", "expected one argument")
        for field in ("%(argument_name)s", "%(value)r", "%(choices)s", "%(type)s", "%(option)s",
                      "%(matches)s", "%(parser_name)r", "%(filename)s", "%(error)s", "%s", "%r"):
            sample = sample.replace(field, "VALORE")
        translated = translate_error(sample, "it")
        assert translated != sample and ("VALORE" in translated or "%" not in template), template
        assert "%" not in translated, translated
    assert translate_error("something of our own", "it") == "something of our own"
