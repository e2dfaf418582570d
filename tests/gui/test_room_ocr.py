"""Legibility, measured: a real OCR engine reads the stage slides as the back of the room sees
them (1280x720, halved) and must find the stage's card words.

Each stage slide of the Italian demo and of a denser workshop made here (9 stages, up to three
cards a cell, texts of 8-14 words) is rendered at 1280x720, scaled to half size and read by
tesseract (ita+eng). For every stage, the share of its card words of four letters or more that
the OCR output contains must be at least 80%, and 90% on average. README ("In the room")
keeps the figures this measures.
"""

from __future__ import annotations

import os
import random
import re
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from cxworkshop.document import WorkshopDocument, new_demo, new_workshop
from cxworkshop.model import CardKind, LaneKind
from cxworkshop.model.records import Lane, Stage
from cxworkshop.ui.presentation.content import read_deck
from cxworkshop.ui.presentation.deck import build_deck
from cxworkshop.ui.presentation.footer import FooterState
from cxworkshop.ui.presentation.frame import SlideFrame, SlideKind
from cxworkshop.ui.presentation.palette import LIGHT
from cxworkshop.ui.presentation.render import slide_image

pytestmark = pytest.mark.skipif(
    shutil.which("tesseract") is None,
    reason="the tesseract OCR engine is not installed (apt: tesseract-ocr tesseract-ocr-ita "
           "tesseract-ocr-eng)")

WORD = re.compile(r"[^\W\d_]{4,}")
AVERAGE, WORST = 0.90, 0.80

POOL = ["cliente", "ufficio", "contratto", "consegna", "tecnico", "fattura", "sportello",
        "telefono", "preventivo", "attesa", "reclamo", "rinnovo", "abbonamento", "capsule",
        "macchina", "qualità", "servizio", "risposta", "appuntamento", "magazzino", "ordine",
        "pagamento", "bonifico", "scadenza", "promemoria", "referente", "commerciale",
        "assistenza", "garanzia", "sostituzione", "modulo", "portale", "registrazione",
        "password", "notifica", "messaggio", "sconto", "listino", "prezzo", "volantino",
        "fornitore", "trasporto", "ritardo", "manutenzione", "filtro", "acqua", "bicchieri",
        "zucchero", "cortesia", "competenza", "fiducia", "dubbio", "sollievo", "fastidio",
        "chiarezza", "promessa", "impegno", "settimana", "mattina", "pomeriggio", "giorni",
        "sempre", "spesso", "raramente", "nessuno", "tutti", "collega", "responsabile",
        "direttore", "segreteria", "chiede", "riceve", "aspetta", "chiama", "scrive", "legge",
        "firma", "paga", "confronta", "decide", "rinuncia", "prova", "cerca", "trova",
        "dimentica", "ricorda", "segnala", "conferma", "annulla", "sposta", "perché", "più",
        "già", "città"]
KIND_OF_LANE = {
    LaneKind.CUSTOMER_ACTIONS: CardKind.CUSTOMER_ACTION, LaneKind.TOUCHPOINTS: CardKind.TOUCHPOINT,
    LaneKind.THOUGHTS: CardKind.QUOTE, LaneKind.EMOTIONS: CardKind.EMOTION,
    LaneKind.PAIN_POINTS: CardKind.PAIN_POINT,
    LaneKind.MOMENTS_OF_TRUTH: CardKind.MOMENT_OF_TRUTH,
    LaneKind.OPPORTUNITIES: CardKind.OPPORTUNITY, LaneKind.BACKSTAGE: CardKind.BACKSTAGE,
}


def words(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text)]


def dense_workshop(path: Path, seed: int = 12) -> Path:
    """9 stages, 1-3 cards in every cell, 8-14 words a card: a workshop the slides never saw."""
    rng = random.Random(seed)
    new_workshop(path, template="sme", lang="it", title="Officina ricambi: ordini dei clienti")
    document = WorkshopDocument.open(path)
    map_id = document.first_map().id
    while len(document.rows(Stage, map_id=map_id)) < 9:
        document.add_stage(map_id, f"Fase {rng.choice(POOL)}")
    cards = []
    for stage in document.rows(Stage, map_id=map_id):
        for lane in document.rows(Lane, map_id=map_id):
            kind = KIND_OF_LANE.get(LaneKind(lane.kind), CardKind.NOTE)
            for _ in range(1 if kind == CardKind.EMOTION else rng.randint(1, 3)):
                text = " ".join(rng.choice(POOL) for _ in range(rng.randint(8, 14)))
                cards.append({"stage_id": stage.id, "lane_id": lane.id, "kind": kind.value,
                              "text": text.capitalize(),
                              "emotion": rng.randint(-2, 2) if kind == CardKind.EMOTION else None})
    document.add_cards(cards)
    document.close()
    return path


def _read(png: Path) -> set[str]:
    env = dict(os.environ, OMP_THREAD_LIMIT="1")  # one thread per process; we run several
    result = subprocess.run(
        ["tesseract", str(png), "-", "-l", "ita+eng", "--psm", "3",
         "-c", "tessedit_do_invert=0"], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    return set(words(result.stdout))


def stage_shares(path: Path, folder: Path) -> dict[str, float]:
    """Stage name -> share of its card words (4+ letters) found by the OCR on its slides."""
    document = WorkshopDocument.open(path, read_only=True)
    content = read_deck(document, document.first_map().id)
    document.close()
    jobs: list[tuple[int, Path]] = []
    for index, slide in enumerate(build_deck(content, SlideFrame(1280, 720))):
        if slide.key.kind != SlideKind.STAGE:
            continue
        image = slide_image(slide, LIGHT, FooterState(slide.title, f"{index + 1}"))
        half = image.scaled(640, 360, Qt.AspectRatioMode.IgnoreAspectRatio,
                            Qt.TransformationMode.SmoothTransformation)
        png = folder / f"{path.stem}-{index:02d}.png"
        assert half.save(str(png))
        jobs.append((slide.key.stage_id, png))
    with ThreadPoolExecutor(max(2, os.cpu_count() or 2)) as pool:
        read = list(pool.map(_read, [png for _, png in jobs]))
    seen: dict[int, set[str]] = {}
    for (stage_id, _), found in zip(jobs, read, strict=True):
        seen.setdefault(stage_id, set()).update(found)
    shares = {}
    for stage in content.stages:
        wanted = [w for band in stage.bands for card in band.cards for w in words(card.text)]
        assert wanted, stage.name
        shares[stage.name] = sum(w in seen.get(stage.id, set()) for w in wanted) / len(wanted)
    return shares


def _check(shares: dict[str, float]) -> None:
    average = sum(shares.values()) / len(shares)
    worst = min(shares.values())
    report = ", ".join(f"{name} {share:.0%}" for name, share in shares.items())
    print(f"OCR: average {average:.1%}, worst {worst:.1%} ({report})")
    assert average >= AVERAGE and worst >= WORST, report


def test_the_room_reads_every_stage_of_the_italian_demo(qapp, tmp_path: Path):
    demo = new_demo(tmp_path / "demo.cxw", lang="it")
    shares = stage_shares(demo, tmp_path)
    assert len(shares) == 7
    _check(shares)


def test_the_room_reads_a_denser_workshop_it_has_not_seen(qapp, tmp_path: Path):
    shares = stage_shares(dense_workshop(tmp_path / "dense.cxw"), tmp_path)
    assert len(shares) == 9
    _check(shares)
