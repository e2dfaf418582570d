"""Every sentence the phone page shows, in English and Italian (the workshop's language).

The page is plain JavaScript with no build step, so it receives its texts from the server as
JSON (`texts()`) and the server's refusals come translated (`say()`). Keyed by the English text,
like cxworkshop.i18n; tests/unit/test_room_protocol.py fails on a missing Italian entry.
"""

from __future__ import annotations

# The page's own labels: key -> English.
PAGE = {
    "join_title": "Join the room",
    "pick_name": "Who are you?",
    "anonymous": "Anonymous",
    "join": "Join",
    "waiting": "Wait for the facilitator to open an activity.",
    "writing": "Silent writing",
    "voting": "Dot voting",
    "emotion": "How does each stage feel?",
    "stage": "Stage",
    "lane": "Lane",
    "your_card": "Your card",
    "send": "Send",
    "sent": "Your cards",
    "waiting_reveal": "waiting for the reveal",
    "on_board": "on the board",
    "dots_left": "Dots left: {n}",
    "add_dot": "Add a dot",
    "remove_dot": "Remove a dot",
    "no_vote_anonymous": "Anonymous participants cannot vote: dots belong to a person.",
    "ready": "I'm done",
    "not_ready": "I'm not done yet",
    "ready_count": "Done: {ready} of {total}",
    "offline": "Connection lost: reconnecting… Your text is kept.",
    "online": "Connected",
    "removed": "The facilitator removed this device from the room.",
    "ended": "The room is closed. Thank you!",
    "you_are": "You are {name}",
    "very_bad": "Very bad",
    "bad": "Bad",
    "neutral": "Neutral",
    "good": "Good",
    "very_good": "Very good",
    "characters_left": "{n} characters left",
}

ITALIAN = {
    "Join the room": "Entra nella stanza",
    "Who are you?": "Chi sei?",
    "Anonymous": "Anonimo",
    "Join": "Entra",
    "Wait for the facilitator to open an activity.": "Attendi che il facilitatore apra un'attività.",
    "Silent writing": "Scrittura silenziosa",
    "Dot voting": "Votazione a bollini",
    "How does each stage feel?": "Come ti senti in ogni fase?",
    "Stage": "Fase",
    "Lane": "Corsia",
    "Your card": "La tua scheda",
    "Send": "Invia",
    "Your cards": "Le tue schede",
    "waiting for the reveal": "in attesa di essere mostrata",
    "on the board": "sulla mappa",
    "Dots left: {n}": "Bollini rimasti: {n}",
    "Add a dot": "Aggiungi un bollino",
    "Remove a dot": "Togli un bollino",
    "Anonymous participants cannot vote: dots belong to a person.":
        "Chi partecipa in forma anonima non può votare: i bollini appartengono a una persona.",
    "I'm done": "Ho finito",
    "I'm not done yet": "Non ho ancora finito",
    "Done: {ready} of {total}": "Hanno finito: {ready} su {total}",
    "Connection lost: reconnecting… Your text is kept.":
        "Connessione persa: riconnessione in corso… Il tuo testo è conservato.",
    "Connected": "Connesso",
    "The facilitator removed this device from the room.":
        "Il facilitatore ha rimosso questo dispositivo dalla stanza.",
    "The room is closed. Thank you!": "La stanza è chiusa. Grazie!",
    "You are {name}": "Sei {name}",
    "Very bad": "Molto male",
    "Bad": "Male",
    "Neutral": "Neutro",
    "Good": "Bene",
    "Very good": "Molto bene",
    "{n} characters left": "{n} caratteri rimasti",
    # The server's refusals (cxworkshop.room.state, cxworkshop.room.server).
    "This link is not valid. Scan the code on the screen again.":
        "Questo link non è valido. Inquadra di nuovo il codice sullo schermo.",
    "Pick your name from the list.": "Scegli il tuo nome dall'elenco.",
    "The room is full.": "La stanza è piena.",
    "Your session has expired. Join again.": "La sessione è scaduta. Entra di nuovo.",
    "Too many requests: wait a moment.": "Troppe richieste: attendi un momento.",
    "Write something first.": "Scrivi prima qualcosa.",
    "This card is too long.": "Questa scheda è troppo lunga.",
    "This text contains a character that cannot be saved.":
        "Questo testo contiene un carattere che non si può salvare.",
    "Writing is closed.": "La scrittura è chiusa.",
    "Choose a stage and a lane.": "Scegli una fase e una corsia.",
    "Too many cards waiting: ask the facilitator to reveal them.":
        "Troppe schede in attesa: chiedi al facilitatore di mostrarle.",
    "Voting is closed.": "La votazione è chiusa.",
    "This card is not part of the vote.": "Questa scheda non fa parte della votazione.",
    "No dots left.": "Non hai più bollini.",
    "You have no dot on this card.": "Non hai bollini su questa scheda.",
    "Rating is closed.": "La valutazione è chiusa.",
    "This stage does not exist.": "Questa fase non esiste.",
    "A rating goes from -2 to +2.": "La valutazione va da -2 a +2.",
    "The request is not valid.": "La richiesta non è valida.",
    "The request is too large.": "La richiesta è troppo grande.",
}


def say(text: str, lang: str) -> str:
    return ITALIAN.get(text, text) if lang == "it" else text


def texts(lang: str) -> dict[str, str]:
    return {key: say(english, lang) for key, english in PAGE.items()}
