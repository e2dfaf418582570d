"""The demo workshop's story: Caffè Aurora, an SME in Bergamo selling office coffee by subscription.

Each cell lists (Italian, English, extra) where extra is the channel of a touchpoint or the
score of an emotion. Stages follow cxworkshop.templates.JOURNEY_STAGES (0 discovery ... 6 renewal).
"""

from __future__ import annotations

from cxworkshop.model import Channel, LaneKind

A, T, TH, E = LaneKind.CUSTOMER_ACTIONS, LaneKind.TOUCHPOINTS, LaneKind.THOUGHTS, LaneKind.EMOTIONS
P, M, OP, B = LaneKind.PAIN_POINTS, LaneKind.MOMENTS_OF_TRUTH, LaneKind.OPPORTUNITIES, LaneKind.BACKSTAGE

CELLS: dict[tuple[int, LaneKind], list[tuple[str, str, int | Channel | None]]] = {
    (0, A): [("Cerca «caffè in ufficio» su Google", "Searches 'office coffee' on Google", None),
             ("Chiede consiglio a un collega", "Asks a colleague for advice", None)],
    (0, T): [("Sito web e annunci", "Website and ads", Channel.WEBSITE),
             ("Passaparola su LinkedIn", "Word of mouth on LinkedIn", Channel.SOCIAL)],
    (0, TH): [("«Quanto costa davvero al mese?»", "'What does it really cost per month?'", None)],
    (0, E): [("Curioso ma diffidente", "Curious but wary", 0)],
    (0, P): [("Prezzi non visibili sul sito", "Prices not shown on the website", None)],
    (0, OP): [("Calcolatore del costo per dipendente", "Cost-per-employee calculator", None)],
    (0, B): [("Campagne gestite da un'agenzia esterna", "Campaigns run by an outside agency", None)],
    (1, A): [("Richiede una prova gratuita", "Requests a free trial", None)],
    (1, T): [("Modulo di contatto", "Contact form", Channel.WEBSITE),
             ("Telefonata del commerciale", "Call from a sales rep", Channel.PHONE)],
    (1, TH): [("«Mi richiameranno davvero?»", "'Will they really call me back?'", None)],
    (1, E): [("Attesa snervante", "Nerve-racking wait", -1)],
    (1, P): [("Il commerciale richiama dopo 5 giorni", "Sales calls back after 5 days", None),
             ("Nessuno sa di chi è il contatto", "Nobody knows whose lead it is", None)],
    (1, M): [("Prima telefonata: competenza e cortesia", "First call: competence and courtesy", None)],
    (1, OP): [("Richiamata entro 24 ore garantita", "Guaranteed call-back within 24 hours", None)],
    (1, B): [("Contatti assegnati a mano dal titolare", "Leads assigned by hand by the owner", None)],
    (2, A): [("Firma il contratto annuale", "Signs the yearly contract", None)],
    (2, T): [("Contratto via PEC", "Contract by certified email", Channel.EMAIL)],
    (2, TH): [("«Troppe clausole, cosa sto firmando?»", "'Too many clauses: what am I signing?'", None)],
    (2, E): [("Sollevato di aver deciso", "Relieved to have decided", 1)],
    (2, P): [("Contratto di 9 pagine poco chiaro", "Unclear 9-page contract", None)],
    (2, M): [("La firma: promessa di consegna in 48 ore", "Signing: delivery promised in 48 hours", None)],
    (2, OP): [("Contratto in una pagina, firma digitale", "One-page contract, digital signature", None)],
    (2, B): [("Pratica inserita due volte nel gestionale", "Order keyed in twice in the ERP", None)],
    (3, A): [("Riceve la macchina e le capsule", "Receives the machine and capsules", None)],
    (3, T): [("Consegna del tecnico", "Technician delivery", Channel.IN_PERSON),
             ("Email di benvenuto", "Welcome email", Channel.EMAIL)],
    (3, TH): [("«Chi chiamo se non funziona?»", "'Whom do I call if it breaks?'", None)],
    (3, E): [("Entusiasmo del primo caffè", "Excitement of the first coffee", 2)],
    (3, P): [("Appuntamento di consegna non confermato", "Delivery appointment not confirmed", None)],
    (3, M): [("Il primo caffè in ufficio", "The first coffee in the office", None)],
    (3, OP): [("Messaggio WhatsApp con l'orario del tecnico", "WhatsApp message with the technician's time", None)],
    (3, B): [("Nessuno gestisce l'agenda dei tecnici", "Nobody manages the technicians' schedule", None)],
    (4, A): [("Riordina le capsule", "Reorders capsules", None)],
    (4, T): [("Area clienti online", "Online customer area", Channel.WEBSITE),
             ("App per i riordini", "Reorder app", Channel.APP)],
    (4, TH): [("«Comodo quando funziona»", "'Handy when it works'", None)],
    (4, E): [("Soddisfatto della routine", "Happy with the routine", 1)],
    (4, P): [("Capsule finite prima della consegna", "Capsules run out before delivery", None)],
    (4, OP): [("Riordino automatico in base ai consumi", "Automatic reorder based on usage", None)],
    (4, B): [("Magazzino aggiornato a fine giornata", "Stock updated at end of day", None)],
    (5, A): [("Segnala la macchina guasta", "Reports the broken machine", None)],
    (5, T): [("Numero verde", "Free phone line", Channel.PHONE),
             ("Chat sul sito", "Website chat", Channel.CHAT)],
    (5, TH): [("«Devo spiegare tutto da capo a ogni chiamata»", "'I explain everything again on every call'", None)],
    (5, E): [("Frustrato dall'attesa", "Frustrated by the wait", -2)],
    (5, P): [("Reclamo senza responsabile: nessuno sa di chi è", "Complaint with no owner: nobody knows whose job it is", None),
             ("Nessuno gestisce gli appuntamenti del tecnico", "Nobody manages the technician's appointments", None)],
    (5, M): [("Il tecnico risolve al primo intervento", "The technician fixes it on the first visit", None)],
    (5, OP): [("Ticket con responsabile e tempi visibili", "Tickets with an owner and visible timing", None)],
    (5, B): [("Reclami annotati su un foglio Excel condiviso", "Complaints noted in a shared Excel sheet", None)],
    (6, A): [("Riceve l'avviso di rinnovo", "Receives the renewal notice", None)],
    (6, T): [("Lettera di rinnovo", "Renewal letter", Channel.LETTER),
             ("Visita del commerciale", "Sales visit", Channel.IN_PERSON)],
    (6, TH): [("«Ci conviene ancora?»", "'Is it still worth it?'", None)],
    (6, E): [("Indeciso", "Undecided", -1)],
    (6, P): [("Rinnovo tacito percepito come trappola", "Silent renewal feels like a trap", None)],
    (6, M): [("Il confronto con l'offerta della concorrenza", "Comparison with a competitor's offer", None)],
    (6, OP): [("Riepilogo annuale di consumi e risparmi", "Yearly summary of usage and savings", None)],
    (6, B): [("Elenco rinnovi estratto a mano ogni mese", "Renewal list pulled by hand every month", None)],
}

# name, role (it, en), department (it, en), email, is_department, is_facilitator
PARTICIPANTS = [
    ("Giulia Ferri", ("Consulente CX, facilitatrice", "CX consultant, facilitator"), ("Consulenza", "Consulting"),
     "giulia.ferri@example.it", False, True),
    ("Marco Rinaldi", ("Titolare", "Owner"), ("Direzione", "Management"), "marco.rinaldi@caffeaurora.example.it",
     False, False),
    ("Laura Bianchi", ("Responsabile vendite", "Sales manager"), ("Vendite", "Sales"),
     "laura.bianchi@caffeaurora.example.it", False, False),
    ("Paolo Conti", ("Operatore customer care", "Customer care agent"), ("Customer care", "Customer care"),
     "paolo.conti@caffeaurora.example.it", False, False),
    ("Sara Gallo", ("Back office e amministrazione", "Back office and admin"), ("Amministrazione", "Administration"),
     "sara.gallo@caffeaurora.example.it", False, False),
    ("Davide Moretti", ("Comunicazione e marketing", "Communication and marketing"), ("Comunicazione", "Communication"),
     "davide.moretti@caffeaurora.example.it", False, False),
    ("Elena Ricci", ("Coordinatrice tecnici", "Technician coordinator"), ("Assistenza tecnica", "Field service"),
     "", False, False),
    ("Customer care", ("Reparto", "Department"), ("Customer care", "Customer care"),
     "assistenza@caffeaurora.example.it", True, False),
]

# title (it, en), owner index in PARTICIPANTS, days until due, priority, (stage, pain point index) or None
ACTIONS = [
    (("Nominare un responsabile per ogni reclamo", "Name an owner for every complaint"), 3, 7, "urgent", (5, 0)),
    (("Creare l'agenda condivisa dei tecnici", "Create a shared technician schedule"), 6, 14, "high", (5, 1)),
    (("Richiamare ogni contatto entro 24 ore", "Call every lead back within 24 hours"), 2, 10, "high", (1, 0)),
    (("Pubblicare i prezzi sul sito", "Publish prices on the website"), 5, 21, "medium", (0, 0)),
    (("Contratto in una pagina con firma digitale", "One-page contract with digital signature"), 4, 30, "medium", (2, 0)),
    (("Confermare la consegna via WhatsApp", "Confirm delivery by WhatsApp"), 7, 14, "high", (3, 0)),
    (("Riordino automatico delle capsule", "Automatic capsule reordering"), 1, 45, "medium", (4, 0)),
    (("Avviso di rinnovo trasparente 60 giorni prima", "Transparent renewal notice 60 days ahead"), 5, 30, "low", (6, 0)),
    (("Assegnare i contatti in automatico", "Assign leads automatically"), 1, 21, "medium", (1, 1)),
]
