"""Starting boards for a new workshop: SME customer journey, service blueprint, employee
journey, future state, empty.

Plain data plus one function that writes it through the edit operations, so a template
obeys exactly the same rules as an edit made in the window. No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from cxworkshop.model import LaneKind, MapKind

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

# The employee (internal customer) journey: the same method, the colleague as the customer.
EMPLOYEE_STAGES = [
    ("Attrazione e selezione", "Attraction and recruiting"),
    ("Ingresso in azienda", "Onboarding"),
    ("Formazione", "Training"),
    ("Lavoro quotidiano", "Everyday work"),
    ("Crescita e valutazione", "Growth and review"),
    ("Uscita", "Leaving"),
]

EMPLOYEE_LANES = [
    (LaneKind.CUSTOMER_ACTIONS, "Azioni del collaboratore", "Employee actions"),
    (LaneKind.TOUCHPOINTS, "Strumenti e canali interni", "Tools and internal channels"),
    (LaneKind.THOUGHTS, "Pensieri", "Thoughts"),
    (LaneKind.EMOTIONS, "Emozioni", "Emotions"),
    (LaneKind.PAIN_POINTS, "Punti critici", "Pain points"),
    (LaneKind.MOMENTS_OF_TRUTH, "Momenti che contano", "Moments that matter"),
    (LaneKind.OPPORTUNITIES, "Opportunità", "Opportunities"),
    (LaneKind.SUPPORT_PROCESSES, "Processi HR e di supporto", "HR and support processes"),
]

# The future state: how the journey should go, what the company must do to make it so.
FUTURE_LANES = [
    (LaneKind.CUSTOMER_ACTIONS, "Cosa farà il cliente", "What the customer will do"),
    (LaneKind.TOUCHPOINTS, "Touchpoint e canali", "Touchpoints and channels"),
    (LaneKind.EMOTIONS, "Emozioni attese", "Expected emotions"),
    (LaneKind.MOMENTS_OF_TRUTH, "Momenti della verità", "Moments of truth"),
    (LaneKind.OPPORTUNITIES, "Cambiamenti rispetto a oggi", "Changes from today"),
    (LaneKind.BACKSTAGE, "Processi interni necessari", "Internal processes needed"),
    (LaneKind.CUSTOM, "Come lo misuriamo", "How we measure it"),
]

MAP_NAME = ("Situazione attuale", "Current state")


@dataclass(frozen=True)
class Template:
    """A starting board: (Italian, English) label, stages and lanes, and the map it makes."""

    label: tuple[str, str]
    stages: list[tuple[str, str]]
    lanes: list[tuple[LaneKind, str, str]]
    map_name: tuple[str, str] = MAP_NAME
    kind: MapKind = MapKind.CURRENT


TEMPLATES: dict[str, Template] = {
    "sme": Template(("Percorso cliente PMI", "SME customer journey"), JOURNEY_STAGES, JOURNEY_LANES),
    "blueprint": Template(("Schema del servizio (service blueprint)", "Service blueprint"),
                          JOURNEY_STAGES[:6], BLUEPRINT_LANES),
    "employee": Template(("Percorso del collaboratore", "Employee journey"), EMPLOYEE_STAGES, EMPLOYEE_LANES,
                         ("Percorso del collaboratore", "Employee journey")),
    "future": Template(("Situazione futura", "Future state"), JOURNEY_STAGES, FUTURE_LANES,
                       ("Situazione futura", "Future state"), MapKind.FUTURE),
    "empty": Template(("Vuoto", "Empty"), [("Fase 1", "Stage 1")], [(LaneKind.CUSTOM, "Note", "Notes")]),
}



def template_names() -> list[str]:
    return list(TEMPLATES)


def populate_template(session: Session, name: str = "sme", lang: str = "it", title: str = "",
                      client: str = "", facilitator: str = "", place: str = "") -> int:
    """Write the workshop row and the template's board; return the journey map's id."""
    # Imported here, not at the top: every verb builds the argument parser, which lists the
    # template names, and `screenshot` or `export` must not pay for the ORM.
    from cxworkshop.model import Workshop

    default_title = "Workshop customer journey" if lang == "en" else "Workshop sul percorso del cliente"
    session.add(Workshop(id=1, title=title or default_title, client=client, place=place,
                         facilitator=facilitator, language=lang))
    session.flush()
    return populate_map(session, name, lang)


def populate_map(session: Session, name: str = "sme", lang: str = "it") -> int:
    """Add the template's journey map (stages and lanes, of the template's kind) to the workshop."""
    from cxworkshop.editing import operations as ops

    template = TEMPLATES[name]
    pick = 0 if lang == "it" else 1
    map_id = ops.add_map(session, template.map_name[pick], template.kind.value)
    for names in template.stages:
        ops.add_stage(session, map_id, names[pick])
    for kind, it, en in template.lanes:
        ops.add_lane(session, map_id, it if lang == "it" else en, kind.value)
    return map_id
