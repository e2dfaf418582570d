"""Starting boards for a new workshop: SME customer journey, service blueprint, empty.

Plain data plus one function that writes it through the edit operations, so a template
obeys exactly the same rules as an edit made in the window. No Qt here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cxworkshop.model import LaneKind

if TYPE_CHECKING:
    from sqlmodel import Session

# (Italian, English) pairs.
JOURNEY_STAGES = [
    ("Scoperta", "Discovery"),
    ("Valutazione", "Consideration"),
    ("Acquisto", "Purchase"),
    ("Attivazione", "Onboarding"),
    ("Utilizzo", "Use"),
    ("Assistenza", "Support"),
    ("Rinnovo o disdetta", "Renewal or cancellation"),
]

JOURNEY_LANES = [
    (LaneKind.CUSTOMER_ACTIONS, "Azioni del cliente", "Customer actions"),
    (LaneKind.TOUCHPOINTS, "Touchpoint e canali", "Touchpoints and channels"),
    (LaneKind.THOUGHTS, "Pensieri", "Thoughts"),
    (LaneKind.EMOTIONS, "Emozioni", "Emotions"),
    (LaneKind.PAIN_POINTS, "Punti critici", "Pain points"),
    (LaneKind.MOMENTS_OF_TRUTH, "Momenti della verità", "Moments of truth"),
    (LaneKind.OPPORTUNITIES, "Opportunità", "Opportunities"),
    (LaneKind.BACKSTAGE, "Processi interni", "Backstage processes"),
]

BLUEPRINT_LANES = [
    (LaneKind.CUSTOMER_ACTIONS, "Azioni del cliente", "Customer actions"),
    (LaneKind.TOUCHPOINTS, "Contatti in prima linea", "Frontstage interactions"),
    (LaneKind.BACKSTAGE, "Retroscena", "Backstage actions"),
    (LaneKind.SUPPORT_PROCESSES, "Processi di supporto", "Support processes"),
    (LaneKind.PAIN_POINTS, "Punti critici", "Pain points"),
    (LaneKind.OPPORTUNITIES, "Opportunità", "Opportunities"),
]

TEMPLATES: dict[str, dict] = {
    "sme": {"label": ("Percorso cliente PMI", "SME customer journey"),
            "stages": JOURNEY_STAGES, "lanes": JOURNEY_LANES},
    "blueprint": {"label": ("Schema del servizio (service blueprint)", "Service blueprint"),
                  "stages": JOURNEY_STAGES[:6], "lanes": BLUEPRINT_LANES},
    "empty": {"label": ("Vuoto", "Empty"),
              "stages": [("Fase 1", "Stage 1")],
              "lanes": [(LaneKind.CUSTOM, "Note", "Notes")]},
}

MAP_NAME = ("Situazione attuale", "Current state")


def template_names() -> list[str]:
    return list(TEMPLATES)


def populate_template(session: Session, name: str = "sme", lang: str = "it", title: str = "",
                      client: str = "", facilitator: str = "", place: str = "") -> int:
    """Write the workshop row and the template's board; return the journey map's id."""
    # Imported here, not at the top: every verb builds the argument parser, which lists the
    # template names, and `screenshot` or `export` must not pay for the ORM.
    from cxworkshop.editing import operations as ops
    from cxworkshop.model import Workshop

    template = TEMPLATES[name]
    pick = 0 if lang == "it" else 1
    default_title = "Workshop customer journey" if lang == "en" else "Workshop sul percorso del cliente"
    session.add(Workshop(id=1, title=title or default_title, client=client, place=place,
                         facilitator=facilitator, language=lang))
    session.flush()
    map_id = ops.add_map(session, MAP_NAME[pick])
    for names in template["stages"]:
        ops.add_stage(session, map_id, names[pick])
    for kind, it, en in template["lanes"]:
        ops.add_lane(session, map_id, it if lang == "it" else en, kind.value)
    return map_id
