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

# (impact, effort) of each action above, 1-5: the demo's value/effort matrix has every quadrant
# (quick wins 0, 2, 3; big bets 1, 4, 6; fill-ins 5, 7; money pit 8).
RATINGS = [(5, 1), (4, 3), (4, 2), (3, 1), (3, 4), (2, 1), (4, 5), (2, 2), (2, 4)]

# The future state the room designed (issue 18): per stage of templates.FUTURE_LANES, cells of
# (Italian, English, extra) as in CELLS. The expected emotions are better than today's; two
# stages are left with a gap between journey and internal processes, as a real first draft is:
# "use" has a touchpoint with no process behind it, "renewal" a process with no touchpoint.
FUTURE_CELLS: dict[tuple[int, LaneKind], list[tuple[str, str, int | Channel | None]]] = {
    (0, A): [("Trova i prezzi e il calcolatore sul sito", "Finds prices and the calculator on the website", None)],
    (0, T): [("Sito con prezzi e calcolatore", "Website with prices and calculator", Channel.WEBSITE)],
    (0, E): [("Fiducioso: sa quanto spende", "Confident: knows what it costs", 1)],
    (0, OP): [("Prezzi pubblici per fascia di ufficio", "Public prices by office size", None)],
    (0, B): [("Listino aggiornato dal marketing ogni trimestre", "Price list updated by marketing every quarter", None)],
    (1, A): [("Prenota la prova e riceve la chiamata in giornata", "Books a trial and is called the same day", None)],
    (1, T): [("Richiamata entro 24 ore", "Call-back within 24 hours", Channel.PHONE)],
    (1, E): [("Sorpreso dalla rapidità", "Surprised by the speed", 1)],
    (1, M): [("La prima telefonata arriva in giornata", "The first call comes the same day", None)],
    (1, B): [("Contatti assegnati in automatico al commerciale di zona",
              "Leads assigned automatically to the area sales rep", None)],
    (2, A): [("Firma online un contratto di una pagina", "Signs a one-page contract online", None)],
    (2, T): [("Firma digitale via email", "Digital signature by email", Channel.EMAIL)],
    (2, E): [("Tranquillo: sa cosa firma", "At ease: knows what they sign", 2)],
    (2, OP): [("Contratto in una pagina", "One-page contract", None)],
    (2, B): [("Ordine inserito una volta sola nel gestionale", "Order keyed in once in the ERP", None)],
    (3, A): [("Riceve su WhatsApp l'orario del tecnico", "Gets the technician's time on WhatsApp", None)],
    (3, T): [("Messaggio WhatsApp di conferma", "WhatsApp confirmation message", Channel.WHATSAPP)],
    (3, E): [("Entusiasta del primo caffè", "Delighted by the first coffee", 2)],
    (3, B): [("Agenda condivisa dei tecnici", "Shared technician schedule", None)],
    (4, A): [("Le capsule arrivano prima di finire", "Capsules arrive before they run out", None)],
    (4, T): [("Riordino automatico nell'app", "Automatic reorder in the app", Channel.APP)],
    (4, E): [("Sereno: non ci pensa più", "Relaxed: no longer thinks about it", 2)],
    (4, OP): [("Consumi letti dalla macchina", "Usage read from the machine", None)],
    (5, A): [("Apre un ticket e vede chi se ne occupa", "Opens a ticket and sees who handles it", None)],
    (5, T): [("Ticket con responsabile visibile", "Ticket with a visible owner", Channel.CHAT)],
    (5, E): [("Rassicurato", "Reassured", 1)],
    (5, M): [("Guasto risolto entro 48 ore", "Fault fixed within 48 hours", None)],
    (5, B): [("Ogni reclamo ha un responsabile e una scadenza", "Every complaint has an owner and a deadline", None)],
    (6, A): [("Rinnova dopo il riepilogo annuale", "Renews after the yearly summary", None)],
    (6, E): [("Convinto di rinnovare", "Convinced to renew", 1)],
    (6, OP): [("Avviso di rinnovo 60 giorni prima", "Renewal notice 60 days ahead", None)],
    (6, B): [("Riepilogo annuale preparato dall'amministrazione", "Yearly summary prepared by administration", None)],
}

# Evidence on the current map (issue 18): (stage, lane, index in the cell) -> (evidence, source).
# The complaint-related pain points were seen in the complaint log; two beliefs are still assumed.
EVIDENCE: dict[tuple[int, LaneKind, int], tuple[str, str | None]] = {
    (5, P, 0): ("observed", "complaint_log"),
    (5, P, 1): ("observed", "interview"),
    (1, P, 0): ("observed", "survey"),
    (4, P, 0): ("observed", "review"),
    (0, P, 0): ("assumed", None),
    (6, P, 0): ("assumed", None),
    (2, P, 0): ("assumed", None),
}

# The channel ownership register (issue 17): channel (or a channel added by hand, named (it, en)),
# owner and deputy (indexes in PARTICIPANTS, None: nobody yet), then (it, en) of competences,
# procedure, scope and response time. Social media and the renewal letter are deliberately
# left without an owner: the gap checks find them.
REGISTER: list[tuple[Channel | tuple[str, str], int | None, int | None, tuple[str, str], tuple[str, str],
                     tuple[str, str], tuple[str, str]]] = [
    (Channel.WEBSITE, 5, 1,
     ("Contenuti, prezzi pubblicati, modulo di contatto", "Content, published prices, contact form"),
     ("Ogni richiesta dal modulo va a Vendite entro un'ora lavorativa; i testi si rivedono ogni mese.",
      "Every contact-form request goes to Sales within one working hour; texts are reviewed monthly."),
     ("Sito, area clienti", "Website, customer area"), ("1 ora lavorativa", "1 working hour")),
    (Channel.SOCIAL, None, None, ("", ""), ("", ""),
     ("LinkedIn e Facebook, gestiti a turno", "LinkedIn and Facebook, handled by whoever is free"), ("", "")),
    (Channel.PHONE, 3, 7,
     ("Guasti, richiami commerciali, domande sulle fatture", "Breakdowns, sales call-backs, invoice questions"),
     ("Risponde il customer care; un guasto apre un ticket con il tecnico; se non risolto in 48 ore "
      "passa al titolare.", "Customer care answers; a breakdown opens a ticket with the technician; "
      "unsolved after 48 hours, it goes to the owner."),
     ("Numero verde e linea commerciale", "Free phone line and sales line"), ("3 squilli", "3 rings")),
    (Channel.EMAIL, 4, 3,
     ("Contratti via PEC, benvenuto, reclami scritti", "Contracts by certified email, welcome, written complaints"),
     ("Ogni email di reclamo ha risposta entro 24 ore da Sara; la copia va al customer care; oltre 3 giorni "
      "senza soluzione si scala al titolare.", "Every complaint email is answered within 24 hours by Sara; "
      "a copy goes to customer care; after 3 days without a fix it is escalated to the owner."),
     ("Caselle info@ e PEC", "info@ and certified-email boxes"), ("24 ore", "24 hours")),
    (Channel.IN_PERSON, 6, 2,
     ("Consegne, installazioni, interventi, visite di rinnovo", "Deliveries, installations, repairs, renewal visits"),
     ("Appuntamento confermato il giorno prima; al termine il tecnico registra l'intervento nel gestionale.",
      "Appointment confirmed the day before; afterwards the technician logs the visit in the ERP."),
     ("Uffici dei clienti in provincia", "Customers' offices in the province"), ("48 ore", "48 hours")),
    (Channel.APP, 1, 5,
     ("Riordini, stato delle consegne", "Reorders, delivery status"),
     ("Gli ordini dall'app arrivano al magazzino in tempo reale; un errore dell'app va al fornitore entro "
      "un giorno.", "App orders reach the warehouse in real time; an app fault goes to the supplier "
      "within one day."),
     ("App iOS e Android", "iOS and Android app"), ("Stesso giorno", "Same day")),
    (Channel.CHAT, 7, 3,
     ("Domande rapide, primo contatto per i guasti", "Quick questions, first contact for breakdowns"),
     ("Risposta in chat in orario d'ufficio; fuori orario un messaggio indica il numero verde.",
      "Chat answered in office hours; outside them a message points to the free phone line."),
     ("Chat del sito", "Website chat"), ("5 minuti", "5 minutes")),
    (Channel.WHATSAPP, 6, 3,
     ("Conferme di consegna e orari dei tecnici (mappa futura)",
      "Delivery confirmations and technicians' times (future map)"),
     ("Il giorno prima di ogni intervento parte un messaggio con l'orario; una risposta del cliente va "
      "al coordinatore tecnici entro un'ora.", "The day before each visit a message gives the time; a "
      "customer's reply goes to the technician coordinator within one hour."),
     ("Numero aziendale WhatsApp Business", "The company's WhatsApp Business number"), ("1 ora", "1 hour")),
    (Channel.LETTER, None, None, ("", ""), ("", ""), ("", ""), ("", "")),
    (("Recensioni Google", "Google reviews"), 5, 1,
     ("Risposte pubbliche alle recensioni", "Public replies to reviews"),
     ("Ogni recensione sotto le 4 stelle ha una risposta entro 2 giorni e una telefonata del customer care.",
      "Every review under 4 stars gets a reply within 2 days and a call from customer care."),
     ("Scheda Google dell'azienda", "The company's Google profile"), ("2 giorni", "2 days")),
]

# The results tracker (issue 17): four measures, each with a baseline, a target, three dated
# values (days from the kick-off: at the interviews before it, two weeks later, at the kick-off)
# and the actions (indexes in ACTIONS) meant to move it.
# name (it, en), kind, unit (it, en; empty: the kind's own), where: a stage index or
# (stage index, touchpoint index), owner index in PARTICIPANTS, baseline, target, values, actions
MEASURE_DAYS = (-28, -14, 0)
MEASURES: list[tuple[tuple[str, str], str, tuple[str, str], int | tuple[int, int], int, float, float,
                     tuple[float, float, float], tuple[int, ...]]] = [
    (("NPS assistenza", "Service NPS"), "nps", ("", ""), 5, 1, 12, 35, (14, 19, 26), (0, 1)),
    (("Reclami al numero verde", "Complaints on the free phone line"), "complaints", ("", ""),
     (5, 0), 3, 38, 15, (36, 29, 24), (0,)),
    (("Tempo di richiamata dei contatti", "Lead call-back time"), "response_time", ("", ""),
     (1, 1), 2, 120, 24, (96, 60, 30), (2, 8)),
    (("Abbandono al rinnovo", "Churn at renewal"), "churn", ("", ""), 6, 1, 18, 10,
     (17.5, 16, 14.5), (7,)),
]
