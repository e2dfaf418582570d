<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../ui/about.py" line="+17" />
            <source>About CX Workshop</source>
            <translation>Informazioni su CX Workshop</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Version %1</source>
            <translation>Versione %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Customer-journey workshops with the people in the room: stages, touchpoints, emotions, pain points, moments of truth and opportunities on one board, and an action plan in which every item has an owner, a due date and a priority. Offline; every change is saved as you make it.</source>
            <translation>Workshop sul percorso del cliente con le persone in sala: fasi, punti di contatto, emozioni, punti critici, momenti della verità e opportunità su un'unica mappa, e un piano d'azione in cui ogni voce ha un responsabile, una scadenza e una priorità. Senza connessione; ogni modifica viene salvata mentre la fai.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Settings: %1</source>
            <translation>Impostazioni: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Backups: %1</source>
            <translation>Backup: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Built with Qt %1 and PySide6 %2.</source>
            <translation>Realizzato con Qt %1 e PySide6 %2.</translation>
        </message>
    </context>
    <context>
        <name>ActionPlanDock</name>
        <message>
            <location filename="../../ui/plan/action_plan.py" line="+147" />
            <location line="+23" />
            <source>Action plan</source>
            <translation>Piano d'azione</translation>
        </message>
        <message>
            <location line="+31" />
            <location line="+190" />
            <source>New action</source>
            <translation>Nuova azione</translation>
        </message>
        <message>
            <location line="-185" />
            <source>Overdue only</source>
            <translation>Solo scadute</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Search</source>
            <translation>Cerca</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Filter by owner</source>
            <translation>Filtra per responsabile</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Filter by status</source>
            <translation>Filtra per stato</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Filter by stage</source>
            <translation>Filtra per fase</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Show:</source>
            <translation>Mostra:</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Every owner</source>
            <translation>Tutti i responsabili</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Every status</source>
            <translation>Tutti gli stati</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open or in progress</source>
            <translation>Aperte o in corso</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Every stage</source>
            <translation>Tutte le fasi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No stage</source>
            <translation>Nessuna fase</translation>
        </message>
        <message numerus="yes">
            <location line="+81" />
            <source>%n action(s)</source>
            <translation>
                <numerusform>%n azione</numerusform>
                <numerusform>%n azioni</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n shown</source>
            <translation>
                <numerusform>%n mostrata</numerusform>
                <numerusform>%n mostrate</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n without an owner</source>
            <translation>
                <numerusform>%n senza responsabile</numerusform>
                <numerusform>%n senza responsabile</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n overdue</source>
            <translation>
                <numerusform>%n scaduta</numerusform>
                <numerusform>%n scadute</numerusform>
            </translation>
        </message>
        <message>
            <location line="+76" />
            <source>Remove actions</source>
            <translation>Rimuovi azioni</translation>
        </message>
    </context>
    <context>
        <name>ActionStatus</name>
        <message>
            <location filename="../../ui/plan/texts.py" line="25" />
            <source>Done</source>
            <translation>Completata</translation>
        </message>
        <message>
            <location filename="../../ui/plan/texts.py" line="26" />
            <source>Dropped</source>
            <translation>Abbandonata</translation>
        </message>
        <message>
            <location filename="../../ui/plan/texts.py" line="24" />
            <source>In progress</source>
            <translation>In corso</translation>
        </message>
        <message>
            <location filename="../../ui/plan/texts.py" line="23" />
            <source>Open</source>
            <translation>Aperta</translation>
        </message>
    </context>
    <context>
        <name>ActionsModel</name>
        <message>
            <location filename="../../ui/plan/action_model.py" line="+193" />
            <source>Action</source>
            <translation>Azione</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Owner</source>
            <translation>Responsabile</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Due</source>
            <translation>Scadenza</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Priority</source>
            <translation>Priorità</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Stato</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Stage</source>
            <translation>Fase</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Card</source>
            <translation>Scheda</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Impact</source>
            <translation>Impatto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Effort</source>
            <translation>Impegno</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Detail</source>
            <translation>Dettaglio</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Nobody owns this action yet: choose an owner.</source>
            <translation>Questa azione non ha ancora un responsabile: sceglilo.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>%1 — overdue</source>
            <translation>%1 — scaduta</translation>
        </message>
    </context>
    <context>
        <name>Agenda</name>
        <message>
            <location filename="../../ui/plan/agenda.py" line="63" />
            <source>%1: the file could not be written (%2); any previous version was left unchanged.</source>
            <translation>%1: il file non si è potuto scrivere (%2); l'eventuale versione precedente non è stata modificata.</translation>
        </message>
        <message>
            <location filename="../../ui/plan/agenda.py" line="60" />
            <source>Agenda not written</source>
            <translation>Ordine del giorno non scritto</translation>
        </message>
        <message>
            <location filename="../../ui/plan/agenda.py" line="67" />
            <source>Agenda written: %1</source>
            <translation>Ordine del giorno scritto: %1</translation>
        </message>
        <message>
            <location filename="../../ui/plan/agenda.py" line="32" />
            <source>PDF documents (*.pdf)</source>
            <translation>Documenti PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/plan/agenda.py" line="31" />
            <source>Save the agenda</source>
            <translation>Salva l'ordine del giorno</translation>
        </message>
    </context>
    <context>
        <name>BoardActions</name>
        <message>
            <location filename="../../board/actions.py" line="190" />
            <source>New stage</source>
            <translation>Nuova fase</translation>
        </message>
    </context>
    <context>
        <name>BoardCounts</name>
        <message numerus="yes">
            <location filename="../../board/counts.py" line="+19" />
            <source>%n actions, one without an owner</source>
            <translation>
                <numerusform>%n azione, una senza responsabile</numerusform>
                <numerusform>%n azioni, una senza responsabile</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n actions, owner %1</source>
            <translation>
                <numerusform>%n azione, responsabile %1</numerusform>
                <numerusform>%n azioni, responsabile %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n dots</source>
            <translation>
                <numerusform>%n bollino</numerusform>
                <numerusform>%n bollini</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%1, %n cards</source>
            <translation>
                <numerusform>%1, %n scheda</numerusform>
                <numerusform>%1, %n schede</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BoardDescribe</name>
        <message>
            <location filename="../../board/describe.py" line="87" />
            <source>%1 cards selected</source>
            <translation>%1 schede selezionate</translation>
        </message>
        <message>
            <location filename="../../board/describe.py" line="97" />
            <source>%1, card %2 of %3: %4</source>
            <translation>%1, scheda %2 di %3: %4</translation>
        </message>
        <message>
            <location filename="../../board/describe.py" line="58" />
            <source>(empty)</source>
            <translation>(vuota)</translation>
        </message>
        <message>
            <location filename="../../board/describe.py" line="71" />
            <source>(locked)</source>
            <translation>(bloccata)</translation>
        </message>
        <message>
            <location filename="../../board/describe.py" line="76" />
            <source>Lane: %1</source>
            <translation>Corsia: %1</translation>
        </message>
        <message>
            <location filename="../../board/describe.py" line="92" />
            <source>No cell selected</source>
            <translation>Nessuna cella selezionata</translation>
        </message>
        <message>
            <location filename="../../board/describe.py" line="70" />
            <source>Stage %1 of %2: %3</source>
            <translation>Fase %1 di %2: %3</translation>
        </message>
        <message>
            <location filename="../../board/describe.py" line="93" />
            <source>Stage %1, lane %2</source>
            <translation>Fase %1, corsia %2</translation>
        </message>
        <message>
            <location filename="../../board/describe.py" line="42" />
            <source>channel %1</source>
            <translation>canale %1</translation>
        </message>
        <message>
            <location filename="../../board/describe.py" line="46" />
            <source>emotion %1</source>
            <translation>emozione %1</translation>
        </message>
        <message>
            <location filename="../../board/describe.py" line="44" />
            <source>channel owner %1</source>
            <translation>responsabile del canale %1</translation>
        </message>
    </context>
    <context>
        <name>BoardPoster</name>
        <message>
            <location filename="../../ui/poster.py" line="228" />
            <source>Legend</source>
            <translation>Legenda</translation>
        </message>
        <message>
            <location filename="../../ui/poster.py" line="211" />
            <source>part %1 of %2</source>
            <translation>parte %1 di %2</translation>
        </message>
    </context>
    <context>
        <name>BoardScene</name>
        <message>
            <location filename="../../board/mirror.py" line="+509" />
            <source>This workshop is open read-only.</source>
            <translation>Questo workshop è aperto in sola lettura.</translation>
        </message>
        <message>
            <location line="-437" />
            <source>Stages and lanes are locked; unlock them to change the structure.</source>
            <translation>Fasi e corsie sono bloccate: sbloccale per cambiare la struttura.</translation>
        </message>
        <message>
            <location filename="../../board/interactions.py" line="+103" />
            <source>New stage</source>
            <translation>Nuova fase</translation>
        </message>
    </context>
    <context>
        <name>BoardView</name>
        <message>
            <location filename="../../board/view.py" line="+80" />
            <source>Journey board</source>
            <translation>Mappa del percorso</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Voting: click a card to give it a dot. </source>
            <translation>Votazione: fai clic su una scheda per darle un punto. </translation>
        </message>
        <message>
            <location line="+106" />
            <source>Cards too small to read: press Ctrl+0 again to fit the stages' width</source>
            <translation>Schede troppo piccole da leggere: premi di nuovo Ctrl+0 per adattare la larghezza delle fasi</translation>
        </message>
    </context>
    <context>
        <name>CardDrag</name>
        <message>
            <location filename="../../board/card_drag.py" line="+52" />
            <source>1 card</source>
            <translation>1 scheda</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 cards</source>
            <translation>%1 schede</translation>
        </message>
    </context>
    <context>
        <name>CardKind</name>
        <message>
            <location filename="../../board/labels.py" line="24" />
            <source>Backstage process</source>
            <translation>Processo di back office</translation>
        </message>
        <message>
            <location filename="../../board/labels.py" line="17" />
            <source>Customer action</source>
            <translation>Azione del cliente</translation>
        </message>
        <message>
            <location filename="../../board/labels.py" line="25" />
            <source>Customer quote</source>
            <translation>Citazione del cliente</translation>
        </message>
        <message>
            <location filename="../../board/labels.py" line="20" />
            <source>Emotion</source>
            <translation>Emozione</translation>
        </message>
        <message>
            <location filename="../../board/labels.py" line="22" />
            <source>Moment of truth</source>
            <translation>Momento della verità</translation>
        </message>
        <message>
            <location filename="../../board/labels.py" line="26" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location filename="../../board/labels.py" line="23" />
            <source>Opportunity</source>
            <translation>Opportunità</translation>
        </message>
        <message>
            <location filename="../../board/labels.py" line="21" />
            <source>Pain point</source>
            <translation>Punto critico</translation>
        </message>
        <message>
            <location filename="../../board/labels.py" line="19" />
            <source>Thought</source>
            <translation>Pensiero</translation>
        </message>
        <message>
            <location filename="../../board/labels.py" line="18" />
            <source>Touchpoint</source>
            <translation>Punto di contatto</translation>
        </message>
    </context>
    <context>
        <name>Channel</name>
        <message>
            <location filename="../../board/labels.py" line="45" />
            <source>App</source>
            <translation>App</translation>
        </message>
        <message>
            <location filename="../../board/labels.py" line="47" />
            <source>Chat</source>
            <translation>Chat</translation>
        </message>
        <message>
            <location filename="../../board/labels.py" line="43" />
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <location filename="../../board/labels.py" line="50" />
            <source>Event</source>
            <translation>Evento</translation>
        </message>
        <message>
            <location filename="../../board/labels.py" line="41" />
            <source>In person</source>
            <translation>Di persona</translation>
        </message>
        <message>
            <location filename="../../board/labels.py" line="49" />
            <source>Letter</source>
            <translation>Lettera</translation>
        </message>
        <message>
            <location filename="../../board/labels.py" line="52" />
            <source>Other</source>
            <translation>Altro</translation>
        </message>
        <message>
            <location filename="../../board/labels.py" line="51" />
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <location filename="../../board/labels.py" line="42" />
            <source>Phone</source>
            <translation>Telefono</translation>
        </message>
        <message>
            <location filename="../../board/labels.py" line="46" />
            <source>Social media</source>
            <translation>Social media</translation>
        </message>
        <message>
            <location filename="../../board/labels.py" line="44" />
            <source>Website</source>
            <translation>Sito web</translation>
        </message>
        <message>
            <location filename="../../board/labels.py" line="48" />
            <source>WhatsApp</source>
            <translation>WhatsApp</translation>
        </message>
    </context>
    <context>
        <name>ChannelRegister</name>
        <message>
            <location filename="../../ui/channel_register.py" line="395" />
            <source>A channel the cards do not name (e.g. Google reviews) — Enter adds</source>
            <translation>Un canale che le schede non nominano (es. recensioni Google) — Invio aggiunge</translation>
        </message>
        <message>
            <location filename="../../ui/channel_register.py" line="396" />
            <source>Add a channel</source>
            <translation>Aggiungi un canale</translation>
        </message>
        <message>
            <location filename="../../ui/channel_register.py" line="208" />
            <source>Added by hand: no card names this channel.</source>
            <translation>Aggiunto a mano: nessuna scheda nomina questo canale.</translation>
        </message>
        <message>
            <location filename="../../ui/channel_register.py" line="178" />
            <source>Cards</source>
            <translation>Schede</translation>
        </message>
        <message>
            <location filename="../../ui/channel_register.py" line="178" />
            <source>Channel</source>
            <translation>Canale</translation>
        </message>
        <message>
            <location filename="../../ui/channel_register.py" line="561" />
            <source>Channel re&amp;gister</source>
            <translation>Re&amp;gistro dei canali</translation>
        </message>
        <message>
            <location filename="../../ui/channel_register.py" line="376" />
            <source>Channel register</source>
            <translation>Registro dei canali</translation>
        </message>
        <message>
            <location filename="../../ui/channel_register.py" line="80" />
            <source>Channels without an owner</source>
            <translation>Canali senza responsabile</translation>
        </message>
        <message>
            <location filename="../../ui/channel_register.py" line="178" />
            <source>Competences</source>
            <translation>Competenze</translation>
        </message>
        <message>
            <location filename="../../ui/channel_register.py" line="178" />
            <source>Deputy</source>
            <translation>Sostituto</translation>
        </message>
        <message>
            <location filename="../../ui/channel_register.py" line="314" />
            <source>Double-click a gap to go to its channel, card or action.</source>
            <translation>Doppio clic su una lacuna per andare al suo canale, alla scheda o all'azione.</translation>
        </message>
        <message>
            <location filename="../../ui/channel_register.py" line="313" />
            <source>Gaps</source>
            <translation>Lacune</translation>
        </message>
        <message>
            <location filename="../../ui/channel_register.py" line="85" />
            <source>Hand-offs between departments inside one stage</source>
            <translation>Passaggi tra reparti dentro una stessa fase</translation>
        </message>
        <message>
            <location filename="../../ui/channel_register.py" line="84" />
            <source>Moments of truth without an owner</source>
            <translation>Momenti della verità senza responsabile</translation>
        </message>
        <message>
            <location filename="../../ui/channel_register.py" line="329" />
            <source>No gaps: every channel, pain point and moment of truth has someone in charge.</source>
            <translation>Nessuna lacuna: ogni canale, criticità e momento della verità ha qualcuno che se ne occupa.</translation>
        </message>
        <message>
            <location filename="../../ui/channel_register.py" line="196" />
            <source>No owner</source>
            <translation>Nessun responsabile</translation>
        </message>
        <message>
            <location filename="../../ui/channel_register.py" line="210" />
            <source>Nobody answers for this channel yet: pick an owner.</source>
            <translation>Nessuno risponde ancora di questo canale: scegli un responsabile.</translation>
        </message>
        <message>
            <location filename="../../ui/channel_register.py" line="546" />
            <source>Open a workshop to see its channel register.</source>
            <translation>Apri un workshop per vederne il registro dei canali.</translation>
        </message>
        <message>
            <location filename="../../ui/channel_register.py" line="83" />
            <source>Open actions without a due date</source>
            <translation>Azioni aperte senza scadenza</translation>
        </message>
        <message>
            <location filename="../../ui/channel_register.py" line="178" />
            <source>Owner</source>
            <translation>Responsabile</translation>
        </message>
        <message>
            <location filename="../../ui/channel_register.py" line="82" />
            <source>Pain points without an action</source>
            <translation>Criticità senza azione</translation>
        </message>
        <message>
            <location filename="../../ui/channel_register.py" line="179" />
            <source>Procedure</source>
            <translation>Procedura</translation>
        </message>
        <message>
            <location filename="../../ui/channel_register.py" line="398" />
            <source>Remove channel</source>
            <translation>Rimuovi canale</translation>
        </message>
        <message>
            <location filename="../../ui/channel_register.py" line="399" />
            <source>Remove the selected channel added by hand (or one no card uses any more)</source>
            <translation>Rimuovi il canale selezionato aggiunto a mano (o uno che nessuna scheda usa più)</translation>
        </message>
        <message>
            <location filename="../../ui/channel_register.py" line="179" />
            <source>Response time</source>
            <translation>Tempo di risposta</translation>
        </message>
        <message>
            <location filename="../../ui/channel_register.py" line="179" />
            <source>Scope</source>
            <translation>Ambito</translation>
        </message>
        <message>
            <location filename="../../ui/channel_register.py" line="81" />
            <source>Touchpoints whose channel has no procedure</source>
            <translation>Punti di contatto il cui canale non ha una procedura</translation>
        </message>
        <message>
            <location filename="../../ui/channel_register.py" line="267" />
            <source>Who answers, within how long, who escalates and to whom</source>
            <translation>Chi risponde, entro quanto tempo, chi scala il problema e a chi</translation>
        </message>
        <message>
            <location filename="../../ui/channel_register.py" line="563" />
            <source>Who owns each channel, and the gaps in the plan</source>
            <translation>Chi è responsabile di ogni canale, e le lacune del piano</translation>
        </message>
        <message>
            <location filename="../../ui/channel_register.py" line="160" />
            <source>— nobody —</source>
            <translation>— nessuno —</translation>
        </message>
    </context>
    <context>
        <name>ClientModel</name>
        <message>
            <location filename="../../ui/portfolio_models.py" line="+212" />
            <source>Client</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Workshops</source>
            <translation>Workshop</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Open</source>
            <translation>Aperte</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Overdue</source>
            <translation>Scadute</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Done</source>
            <translation>Completate</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Without an owner</source>
            <translation>Senza responsabile</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Last meeting</source>
            <translation>Ultimo incontro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next follow-up</source>
            <translation>Prossimo follow-up</translation>
        </message>
        <message>
            <location line="+21" />
            <source>(no client)</source>
            <translation>(senza cliente)</translation>
        </message>
    </context>
    <context>
        <name>DateInput</name>
        <message>
            <location filename="../../ui/plan/date_input.py" line="+50" />
            <source>Pick from the calendar (Alt+Down)</source>
            <translation>Scegli dal calendario (Alt+Giù)</translation>
        </message>
        <message>
            <location line="+26" />
            <source>A date is needed here: type it as %1, for example %2.</source>
            <translation>Qui serve una data: scrivila come %1, per esempio %2.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>dd/mm/yyyy</source>
            <translation>gg/mm/aaaa</translation>
        </message>
        <message>
            <location line="+2" />
            <source>mm/dd/yyyy</source>
            <translation>mm/gg/aaaa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>yyyy-mm-dd</source>
            <translation>aaaa-mm-gg</translation>
        </message>
        <message>
            <location line="+7" />
            <source>There is no day “%1”: check the day, month and year.</source>
            <translation>Il giorno “%1” non esiste: controlla giorno, mese e anno.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>“%1” is not a date: type it as %2, for example %3.</source>
            <translation>“%1” non è una data: scrivila come %2, per esempio %3.</translation>
        </message>
    </context>
    <context>
        <name>Emotion</name>
        <message>
            <location filename="../../board/labels.py" line="55" />
            <source>Negative</source>
            <translation>Negativa</translation>
        </message>
        <message>
            <location filename="../../board/labels.py" line="55" />
            <source>Neutral</source>
            <translation>Neutra</translation>
        </message>
        <message>
            <location filename="../../board/labels.py" line="55" />
            <source>Positive</source>
            <translation>Positiva</translation>
        </message>
        <message>
            <location filename="../../board/labels.py" line="55" />
            <source>Very negative</source>
            <translation>Molto negativa</translation>
        </message>
        <message>
            <location filename="../../board/labels.py" line="56" />
            <source>Very positive</source>
            <translation>Molto positiva</translation>
        </message>
    </context>
    <context>
        <name>Evidence</name>
        <message>
            <location filename="../../board/evidence_mark.py" line="35" />
            <source>Analytics</source>
            <translation>Dati di analisi</translation>
        </message>
        <message>
            <location filename="../../board/evidence_mark.py" line="28" />
            <source>Assumed, to verify</source>
            <translation>Ipotesi da verificare</translation>
        </message>
        <message>
            <location filename="../../board/evidence_mark.py" line="32" />
            <source>Complaint log</source>
            <translation>Registro dei reclami</translation>
        </message>
        <message>
            <location filename="../../board/evidence_mark.py" line="31" />
            <source>Interview</source>
            <translation>Intervista</translation>
        </message>
        <message>
            <location filename="../../board/evidence_mark.py" line="27" />
            <source>Observed</source>
            <translation>Osservata</translation>
        </message>
        <message>
            <location filename="../../board/evidence_mark.py" line="36" />
            <source>Other source</source>
            <translation>Altra fonte</translation>
        </message>
        <message>
            <location filename="../../board/evidence_mark.py" line="34" />
            <source>Review</source>
            <translation>Recensione</translation>
        </message>
        <message>
            <location filename="../../board/evidence_mark.py" line="33" />
            <source>Survey</source>
            <translation>Questionario</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../ui/export_dialog.py" line="229" />
            <source>%1 open actions without an owner</source>
            <translation>%1 azioni aperte senza responsabile</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="242" />
            <source>(untitled action)</source>
            <translation>(azione senza titolo)</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="176" />
            <source>Action plan (CSV)</source>
            <translation>Piano d'azione (CSV)</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="178" />
            <source>Action plan (Excel)</source>
            <translation>Piano d'azione (Excel)</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="280" />
            <source>Browse…</source>
            <translation>Sfoglia…</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="177" />
            <source>CSV (*.csv)</source>
            <translation>File CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="246" />
            <source>Choose an owner…</source>
            <translation>Scegli un responsabile…</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="405" />
            <source>Choose at least one thing to export.</source>
            <translation>Scegli almeno un elemento da esportare.</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="281" />
            <source>Choose where to write: %1</source>
            <translation>Scegli dove salvare: %1</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="345" />
            <source>Create the e-mails</source>
            <translation>Crea le e-mail</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="180" />
            <source>E-mail drafts per owner (folder)</source>
            <translation>Bozze e-mail per responsabile (cartella)</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="340" />
            <source>Each owner gets an e-mail draft with their actions and a PDF of them attached. The drafts open in your mail client: check them, then send.</source>
            <translation>Ogni responsabile riceve una bozza di e-mail con le sue azioni e il relativo PDF allegato. Le bozze si aprono nel tuo programma di posta: controllale, poi inviale.</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="235" />
            <source>Every open action needs an owner before exporting. Add the participants first (Plan &gt; Show &gt; Participants).</source>
            <translation>Prima di esportare, ogni azione aperta deve avere un responsabile. Aggiungi prima i partecipanti (Piano &gt; Mostra &gt; Partecipanti).</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="238" />
            <source>Every open action needs an owner before exporting. Choose one for each: it is saved at once and can be undone.</source>
            <translation>Prima di esportare, ogni azione aperta deve avere un responsabile. Scegline uno per ciascuna: viene salvato subito e si può annullare.</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="231" />
            <source>Every open action needs an owner before exporting. This workshop is open read-only: assign the owners where it can be edited.</source>
            <translation>Prima di esportare, ogni azione aperta deve avere un responsabile. Questo workshop è aperto in sola lettura: assegna i responsabili dove si può modificare.</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="179" />
            <source>Excel (*.xlsx)</source>
            <translation>Cartella di Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="348" />
            <source>Export</source>
            <translation>Esporta</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="174" />
            <source>Full report (PDF)</source>
            <translation>Report completo (PDF)</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="403" />
            <source>Give every open action an owner to continue.</source>
            <translation>Assegna un responsabile a ogni azione aperta per continuare.</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="175" />
            <source>One PDF per owner (folder)</source>
            <translation>Un PDF per responsabile (cartella)</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="228" />
            <source>One open action without an owner</source>
            <translation>Un'azione aperta senza responsabile</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="245" />
            <source>Owner of %1</source>
            <translation>Responsabile di %1</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="174" />
            <source>PDF (*.pdf)</source>
            <translation>Documento PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="339" />
            <source>Send outcomes</source>
            <translation>Invia i risultati</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="349" />
            <source>What to export</source>
            <translation>Cosa esportare</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="278" />
            <source>Where to write: %1</source>
            <translation>Dove salvare: %1</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="427" />
            <source>Writing one PDF per owner…</source>
            <translation>Scrittura di un PDF per responsabile…</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="420" />
            <source>Writing the CSV action plan…</source>
            <translation>Scrittura del piano d'azione CSV…</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="421" />
            <source>Writing the Excel action plan…</source>
            <translation>Scrittura del piano d'azione Excel…</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="428" />
            <source>Writing the e-mail drafts…</source>
            <translation>Scrittura delle bozze e-mail…</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="434" />
            <source>Writing the full report…</source>
            <translation>Scrittura del report completo…</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="176" />
            <source>actions</source>
            <translation>azioni</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="180" />
            <source>emails</source>
            <translation>email</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="175" />
            <source>owners</source>
            <translation>responsabili</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="357" />
            <source>&amp;Paper of the full report:</source>
            <translation>&amp;Formato del rapporto completo:</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="146" />
            <source>A3</source>
            <translation>A3</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="146" />
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="331" />
            <source>Paper of the full report</source>
            <translation>Formato della carta del rapporto completo</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="146" />
            <source>US Letter</source>
            <translation>Lettera USA</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="183" />
            <source>Board poster (PNG)</source>
            <translation>Poster della mappa (PNG)</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="181" />
            <source>Calendar reminders per owner, .ics (folder)</source>
            <translation>Promemoria di calendario per responsabile, .ics (cartella)</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="184" />
            <source>PNG image (*.png)</source>
            <translation>Immagine PNG (*.png)</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="424" />
            <source>Writing the calendar reminders…</source>
            <translation>Scrittura dei promemoria di calendario…</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="183" />
            <source>poster</source>
            <translation>poster</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="182" />
            <source>reminders</source>
            <translation>promemoria</translation>
        </message>
    </context>
    <context>
        <name>ExportRun</name>
        <message>
            <location filename="../../ui/export_run.py" line="202" />
            <source>Already written:</source>
            <translation>Già scritti:</translation>
        </message>
        <message>
            <location filename="../../ui/export_run.py" line="104" />
            <source>Cancel</source>
            <translation>Annulla</translation>
        </message>
        <message>
            <location filename="../../ui/export_run.py" line="194" />
            <source>Export</source>
            <translation>Esportazione</translation>
        </message>
        <message>
            <location filename="../../ui/export_run.py" line="107" />
            <source>Exporting</source>
            <translation>Esportazione in corso</translation>
        </message>
        <message>
            <location filename="../../ui/export_run.py" line="208" />
            <source>Files written: %1</source>
            <translation>File scritti: %1</translation>
        </message>
        <message>
            <location filename="../../ui/export_run.py" line="218" />
            <source>Open folder</source>
            <translation>Apri la cartella</translation>
        </message>
        <message>
            <location filename="../../ui/export_run.py" line="104" />
            <source>Preparing the export…</source>
            <translation>Preparazione dell'esportazione…</translation>
        </message>
        <message>
            <location filename="../../ui/export_run.py" line="147" />
            <source>Some open actions have no owner: %1</source>
            <translation>Alcune azioni aperte non hanno un responsabile: %1</translation>
        </message>
        <message>
            <location filename="../../ui/export_run.py" line="199" />
            <source>The export was not completed</source>
            <translation>L'esportazione non è stata completata</translation>
        </message>
        <message>
            <location filename="../../ui/export_run.py" line="212" />
            <source>… and %1 more</source>
            <translation>… e altri %1</translation>
        </message>
        <message>
            <location filename="../../ui/export_run.py" line="215" />
            <source>Folder: %1</source>
            <translation>Cartella: %1</translation>
        </message>
    </context>
    <context>
        <name>FileNotices</name>
        <message>
            <location filename="../../ui/file_notices.py" line="49" />
            <source>Backup not made</source>
            <translation>Copia di sicurezza non fatta</translation>
        </message>
        <message>
            <location filename="../../ui/file_notices.py" line="34" />
            <source>Editing stopped</source>
            <translation>Modifica interrotta</translation>
        </message>
        <message>
            <location filename="../../ui/file_notices.py" line="37" />
            <source>Save a copy…</source>
            <translation>Salva una copia…</translation>
        </message>
        <message>
            <location filename="../../ui/file_notices.py" line="35" />
            <source>The workshop file was changed by another program</source>
            <translation>Il file del workshop è stato modificato da un altro programma</translation>
        </message>
    </context>
    <context>
        <name>FollowUpDialog</name>
        <message>
            <location filename="../../ui/plan/follow_up.py" line="+56" />
            <location line="+183" />
            <source>Follow-up meeting</source>
            <translation>Incontro di verifica</translation>
        </message>
        <message>
            <location line="-170" />
            <source>Follow-up meeting %1</source>
            <translation>Incontro di verifica %1</translation>
        </message>
        <message>
            <location line="-5" />
            <location line="+7" />
            <source>Held on</source>
            <translation>Data</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title</source>
            <translation>Titolo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Previous meeting</source>
            <translation>Incontro precedente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Action</source>
            <translation>Azione</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Owner</source>
            <translation>Responsabile</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Due</source>
            <translation>Scadenza</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New status</source>
            <translation>Nuovo stato</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New due date</source>
            <translation>Nuova scadenza</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Open actions to review</source>
            <translation>Azioni aperte da verificare</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Review every open action: what moved, the new due date, a note. Each answer is kept in the action's history with this meeting.</source>
            <translation>Verifica ogni azione aperta: cosa è andato avanti, la nuova scadenza, una nota. Ogni risposta resta nella storia dell'azione insieme a questo incontro.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No action is open: the meeting will be recorded with no review.</source>
            <translation>Nessuna azione è aperta: l'incontro verrà registrato senza verifica.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Record the meeting</source>
            <translation>Registra l'incontro</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Enter &amp;measurements…</source>
            <translation>Inserisci le &amp;rilevazioni…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Print agenda…</source>
            <translation>Stampa l'ordine del giorno…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Agenda</source>
            <translation>Ordine del giorno</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Agenda: what this meeting goes through</source>
            <translation>Ordine del giorno: che cosa esamina questo incontro</translation>
        </message>
        <message>
            <location line="+33" />
            <source>%1 — overdue</source>
            <translation>%1 — scaduta</translation>
        </message>
        <message>
            <location line="+6" />
            <source>New status of %1</source>
            <translation>Nuovo stato di %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>New due date of %1</source>
            <translation>Nuova scadenza di %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>What happened?</source>
            <translation>Che cosa è successo?</translation>
        </message>
        <message>
            <location line="+85" />
            <source>Measurements to record with this meeting: %1.</source>
            <translation>Rilevazioni da registrare con questo incontro: %1.</translation>
        </message>
    </context>
    <context>
        <name>GapsPanel</name>
        <message numerus="yes">
            <location filename="../../ui/channel_register.py" line="+328" />
            <source>%n gap(s): advice, not errors.</source>
            <translation>
                <numerusform>%n lacuna: un consiglio, non un errore.</numerusform>
                <numerusform>%n lacune: consigli, non errori.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InspectorWidget</name>
        <message>
            <location filename="../../ui/inspector.py" line="+62" />
            <source>Select a card, a stage or a lane to see its details here.</source>
            <translation>Seleziona una scheda, una fase o una corsia per vederne qui i dettagli.</translation>
        </message>
        <message>
            <location line="+19" />
            <location line="+4" />
            <source>(none)</source>
            <translation>(nessuno)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>(not marked)</source>
            <translation>(non indicata)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>(source not given)</source>
            <translation>(fonte non indicata)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose…</source>
            <translation>Scegli…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Default</source>
            <translation>Predefinito</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+7" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location line="-7" />
            <location line="+8" />
            <source>Channel</source>
            <translation>Canale</translation>
        </message>
        <message>
            <location line="-7" />
            <location line="+8" />
            <source>Emotion</source>
            <translation>Emozione</translation>
        </message>
        <message>
            <location line="-8" />
            <location line="+9" />
            <source>Evidence</source>
            <translation>Evidenza</translation>
        </message>
        <message>
            <location line="-8" />
            <location line="+10" />
            <source>Colour</source>
            <translation>Colore</translation>
        </message>
        <message>
            <location line="-10" />
            <location line="+9" />
            <source>Source</source>
            <translation>Fonte</translation>
        </message>
        <message>
            <location line="-8" />
            <location line="+10" />
            <source>Text</source>
            <translation>Testo</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+13" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location line="-11" />
            <location line="+12" />
            <source>Lane kind</source>
            <translation>Tipo di corsia</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Size</source>
            <translation>Dimensione</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+70" />
            <source>Width</source>
            <translation>Larghezza</translation>
        </message>
        <message>
            <location line="-33" />
            <source>Inspector</source>
            <translation>Proprietà</translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>%n cards</source>
            <translation>
                <numerusform>%n scheda</numerusform>
                <numerusform>%n schede</numerusform>
            </translation>
        </message>
        <message>
            <location line="+21" />
            <source>Stage</source>
            <translation>Fase</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Lane</source>
            <translation>Corsia</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Minimum height</source>
            <translation>Altezza minima</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Edit cards</source>
            <translation>Modifica schede</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Card colour</source>
            <translation>Colore della scheda</translation>
        </message>
    </context>
    <context>
        <name>JoinCodeWindow</name>
        <message>
            <location filename="../../ui/room_projector.py" line="+38" />
            <source>Join the room</source>
            <translation>Entra nella stanza</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Scan the code with your phone's camera to join</source>
            <translation>Inquadra il codice con la fotocamera del telefono per entrare</translation>
        </message>
    </context>
    <context>
        <name>LaneKind</name>
        <message>
            <location filename="../../board/labels.py" line="36" />
            <source>Backstage processes</source>
            <translation>Processi di back office</translation>
        </message>
        <message>
            <location filename="../../board/labels.py" line="38" />
            <source>Custom</source>
            <translation>Personalizzata</translation>
        </message>
        <message>
            <location filename="../../board/labels.py" line="29" />
            <source>Customer actions</source>
            <translation>Azioni del cliente</translation>
        </message>
        <message>
            <location filename="../../board/labels.py" line="32" />
            <source>Emotions</source>
            <translation>Emozioni</translation>
        </message>
        <message>
            <location filename="../../board/labels.py" line="34" />
            <source>Moments of truth</source>
            <translation>Momenti della verità</translation>
        </message>
        <message>
            <location filename="../../board/labels.py" line="35" />
            <source>Opportunities</source>
            <translation>Opportunità</translation>
        </message>
        <message>
            <location filename="../../board/labels.py" line="33" />
            <source>Pain points</source>
            <translation>Punti critici</translation>
        </message>
        <message>
            <location filename="../../board/labels.py" line="37" />
            <source>Support processes</source>
            <translation>Processi di supporto</translation>
        </message>
        <message>
            <location filename="../../board/labels.py" line="31" />
            <source>Thoughts</source>
            <translation>Pensieri</translation>
        </message>
        <message>
            <location filename="../../board/labels.py" line="30" />
            <source>Touchpoints and channels</source>
            <translation>Punti di contatto e canali</translation>
        </message>
    </context>
    <context>
        <name>LockIndicator</name>
        <message>
            <location filename="../../ui/status_notices.py" line="+56" />
            <source>Stages and lanes locked</source>
            <translation>Fasi e corsie bloccate</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The facilitator lock is on: click (or Ctrl+Shift+L) to unlock</source>
            <translation>Il blocco di facilitazione è attivo: fate clic (o Ctrl+Maiusc+L) per sbloccare</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="+133" />
            <source>&lt;opened&gt;</source>
            <translation>&lt;aperto&gt;</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Palette</source>
            <translation>Tavolozza</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Inspector</source>
            <translation>Proprietà</translation>
        </message>
        <message>
            <location line="+2" />
            <source>History</source>
            <translation>Cronologia</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="62" />
            <source>&amp;New workshop…</source>
            <translation>&amp;Nuovo workshop…</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="64" />
            <source>&amp;Open…</source>
            <translation>&amp;Apri…</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="65" />
            <source>Open the &amp;demo workshop</source>
            <translation>Apri il workshop &amp;dimostrativo</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="68" />
            <source>Save a &amp;copy as…</source>
            <translation>Salva una &amp;copia come…</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="72" />
            <source>&amp;Quit</source>
            <translation>E&amp;sci</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="73" />
            <source>&amp;Undo</source>
            <translation>&amp;Annulla</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="74" />
            <source>&amp;Redo</source>
            <translation>&amp;Ripeti</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="75" />
            <source>Cu&amp;t</source>
            <translation>&amp;Taglia</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="76" />
            <source>&amp;Copy</source>
            <translation>&amp;Copia</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="77" />
            <source>&amp;Paste</source>
            <translation>&amp;Incolla</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="79" />
            <source>&amp;Delete</source>
            <translation>&amp;Elimina</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="80" />
            <source>&amp;Edit text</source>
            <translation>&amp;Modifica il testo</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="81" />
            <source>Select &amp;all cards</source>
            <translation>Seleziona tutte &amp;le schede</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="84" />
            <source>&amp;History</source>
            <translation>Cro&amp;nologia</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="86" />
            <source>Zoom &amp;in</source>
            <translation>&amp;Ingrandisci</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="89" />
            <source>Zoom &amp;out</source>
            <translation>&amp;Riduci</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="91" />
            <source>&amp;Fit the board</source>
            <translation>&amp;Adatta la mappa</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="93" />
            <source>&amp;Actual size</source>
            <translation>Dime&amp;nsioni reali</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="96" />
            <source>F&amp;ull screen</source>
            <translation>&amp;Schermo intero</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="101" />
            <source>Add &amp;stage</source>
            <translation>Aggiungi &amp;fase</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="103" />
            <source>Add &amp;note</source>
            <translation>Aggiungi &amp;nota</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="106" />
            <source>&amp;Rename stage or lane</source>
            <translation>&amp;Rinomina fase o corsia</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="107" />
            <source>Delete s&amp;tage (with its cards)</source>
            <translation>Elimina f&amp;ase (con le sue schede)</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="111" />
            <source>Add &amp;persona…</source>
            <translation>Aggiungi &amp;persona…</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="112" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Scorciatoie da tastiera</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="114" />
            <source>&amp;About CX Workshop</source>
            <translation>&amp;Informazioni su CX Workshop</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="133" />
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="135" />
            <source>Open &amp;recent</source>
            <translation>Apri &amp;recenti</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="142" />
            <source>&amp;Edit</source>
            <translation>M&amp;odifica</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="152" />
            <source>&amp;View</source>
            <translation>&amp;Visualizza</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="164" />
            <source>&amp;Board</source>
            <translation>&amp;Mappa</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="173" />
            <source>Add &amp;lane</source>
            <translation>Aggiungi &amp;corsia</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="180" />
            <source>&amp;Help</source>
            <translation>&amp;Aiuto</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="188" />
            <source>Board</source>
            <translation>Mappa</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="+110" />
            <source>&amp;Undo %1</source>
            <translation>&amp;Annulla %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Redo %1</source>
            <translation>&amp;Ripeti %1</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Not saved</source>
            <translation>Non salvato</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Zoom %1%</source>
            <translation>Zoom %1%</translation>
        </message>
        <message numerus="yes">
            <location line="+70" />
            <source>Stage “%1” deleted, with %n card(s).</source>
            <translation>
                <numerusform>Fase “%1” eliminata, con %n scheda.</numerusform>
                <numerusform>Fase “%1” eliminata, con %n schede.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stage “%1” deleted.</source>
            <translation>Fase “%1” eliminata.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Lane “%1” deleted, with %n card(s).</source>
            <translation>
                <numerusform>Corsia “%1” eliminata, con %n scheda.</numerusform>
                <numerusform>Corsia “%1” eliminata, con %n schede.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lane “%1” deleted.</source>
            <translation>Corsia “%1” eliminata.</translation>
        </message>
        <message>
            <location line="+81" />
            <source>read-only</source>
            <translation>sola lettura</translation>
        </message>
        <message>
            <location line="+3" />
            <source>saved %1</source>
            <translation>salvato alle %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>New workshop</source>
            <translation>Nuovo workshop</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The workshop cannot be created</source>
            <translation>Impossibile creare il workshop</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Open workshop</source>
            <translation>Apri workshop</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The demo cannot be created</source>
            <translation>Impossibile creare il workshop dimostrativo</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Save a copy</source>
            <translation>Salva una copia</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The copy was not saved</source>
            <translation>La copia non è stata salvata</translation>
        </message>
        <message>
            <location line="+44" />
            <source>Room layout: Ctrl+Shift+R brings the docks back.</source>
            <translation>Vista per la sala: Ctrl+Maiusc+R riporta i pannelli.</translation>
        </message>
        <message>
            <location line="+75" />
            <location line="+11" />
            <source>Export cancelled</source>
            <translation>Esportazione annullata</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="69" />
            <source>&amp;Export…</source>
            <translation>&amp;Esporta…</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="94" />
            <source>&amp;Presentation</source>
            <translation>&amp;Presentazione</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="82" />
            <source>Pre&amp;ferences…</source>
            <translation>Pre&amp;ferenze…</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="95" />
            <source>Present the board full screen for the room (F5)</source>
            <translation>Proietta la mappa a schermo intero per la sala (F5)</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="108" />
            <source>&amp;Delete lane (with its cards)</source>
            <translation>&amp;Elimina corsia (con le sue schede)</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="98" />
            <source>&amp;Room layout</source>
            <translation>&amp;Vista per la sala</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="63" />
            <source>&amp;Welcome screen</source>
            <translation>Schermata di &amp;benvenuto</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="71" />
            <source>C&amp;lose workshop</source>
            <translation>C&amp;hiudi il workshop</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="78" />
            <source>Dup&amp;licate</source>
            <translation>D&amp;uplica</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="159" />
            <source>I&amp;nspector</source>
            <translation>Pr&amp;oprietà</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="109" />
            <source>Loc&amp;k stages and lanes</source>
            <translation>&amp;Blocca fasi e corsie</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="158" />
            <source>Pa&amp;lette</source>
            <translation>&amp;Tavolozza</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="70" />
            <source>Send ou&amp;tcomes…</source>
            <translation>&amp;Invia i risultati…</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="67" />
            <source>&amp;Portfolio…</source>
            <translation>&amp;Portafoglio…</translation>
        </message>
    </context>
    <context>
        <name>MapTabs</name>
        <message>
            <location filename="../../ui/map_tabs.py" line="106" />
            <source>%1 (%2): Ctrl+PgDown / Ctrl+PgUp switch maps</source>
            <translation>%1 (%2): Ctrl+PagGiù / Ctrl+PagSu per cambiare mappa</translation>
        </message>
        <message>
            <location filename="../../ui/map_tabs.py" line="147" />
            <source>&amp;Compare with the other state</source>
            <translation>&amp;Confronta con l'altra situazione</translation>
        </message>
        <message>
            <location filename="../../ui/map_tabs.py" line="72" />
            <source>&amp;Kind:</source>
            <translation>&amp;Tipo:</translation>
        </message>
        <message>
            <location filename="../../ui/map_tabs.py" line="71" />
            <source>&amp;Name:</source>
            <translation>&amp;Nome:</translation>
        </message>
        <message>
            <location filename="../../ui/map_tabs.py" line="67" />
            <source>Current state</source>
            <translation>Situazione attuale</translation>
        </message>
        <message>
            <location filename="../../ui/map_tabs.py" line="143" />
            <source>Delete m&amp;ap…</source>
            <translation>E&amp;limina mappa…</translation>
        </message>
        <message>
            <location filename="../../ui/map_tabs.py" line="307" />
            <source>Delete map</source>
            <translation>Elimina mappa</translation>
        </message>
        <message>
            <location filename="../../ui/map_tabs.py" line="308" />
            <source>Delete the map “%1” with all its stages, lanes and cards? Undo brings it back.</source>
            <translation>Eliminare la mappa «%1» con tutte le sue fasi, corsie e schede? Annulla la riporta indietro.</translation>
        </message>
        <message>
            <location filename="../../ui/map_tabs.py" line="144" />
            <source>Duplicate as &amp;future state</source>
            <translation>Duplica come &amp;situazione futura</translation>
        </message>
        <message>
            <location filename="../../ui/map_tabs.py" line="68" />
            <source>Future state</source>
            <translation>Situazione futura</translation>
        </message>
        <message>
            <location filename="../../ui/map_tabs.py" line="88" />
            <source>Journey maps</source>
            <translation>Mappe del percorso</translation>
        </message>
        <message>
            <location filename="../../ui/map_tabs.py" line="69" />
            <source>Kind of map</source>
            <translation>Tipo di mappa</translation>
        </message>
        <message>
            <location filename="../../ui/map_tabs.py" line="141" />
            <source>Move map l&amp;eft</source>
            <translation>Sp&amp;osta mappa a sinistra</translation>
        </message>
        <message>
            <location filename="../../ui/map_tabs.py" line="142" />
            <source>Move map ri&amp;ght</source>
            <translation>Sposta mappa a &amp;destra</translation>
        </message>
        <message>
            <location filename="../../ui/map_tabs.py" line="65" />
            <source>Name of the map</source>
            <translation>Nome della mappa</translation>
        </message>
        <message>
            <location filename="../../ui/map_tabs.py" line="301" />
            <source>Name of the map:</source>
            <translation>Nome della mappa:</translation>
        </message>
        <message>
            <location filename="../../ui/map_tabs.py" line="139" />
            <source>Ne&amp;w map…</source>
            <translation>Nuova &amp;mappa…</translation>
        </message>
        <message>
            <location filename="../../ui/map_tabs.py" line="145" />
            <source>Ne&amp;xt map</source>
            <translation>Mappa s&amp;uccessiva</translation>
        </message>
        <message>
            <location filename="../../ui/map_tabs.py" line="62" />
            <source>New journey map</source>
            <translation>Nuova mappa del percorso</translation>
        </message>
        <message>
            <location filename="../../ui/map_tabs.py" line="295" />
            <source>New map</source>
            <translation>Nuova mappa</translation>
        </message>
        <message>
            <location filename="../../ui/map_tabs.py" line="146" />
            <source>Pre&amp;vious map</source>
            <translation>Mappa preceden&amp;te</translation>
        </message>
        <message>
            <location filename="../../ui/map_tabs.py" line="140" />
            <source>Rena&amp;me map…</source>
            <translation>R&amp;inomina mappa…</translation>
        </message>
        <message>
            <location filename="../../ui/map_tabs.py" line="348" />
            <source>Rename map</source>
            <translation>Rinomina mappa</translation>
        </message>
        <message>
            <location filename="../../ui/map_tabs.py" line="149" />
            <source>Show the other map's emotion curve (current or future state) dashed on this board</source>
            <translation>Mostra tratteggiata su questa mappa la curva delle emozioni dell'altra (situazione attuale o futura)</translation>
        </message>
        <message>
            <location filename="../../ui/map_tabs.py" line="49" />
            <source>current</source>
            <translation>attuale</translation>
        </message>
        <message>
            <location filename="../../ui/map_tabs.py" line="49" />
            <source>future</source>
            <translation>futura</translation>
        </message>
    </context>
    <context>
        <name>MeasurementsDialog</name>
        <message>
            <location filename="../../ui/results/entry.py" line="+25" />
            <source>Enter measurements</source>
            <translation>Inserisci le rilevazioni</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Measure</source>
            <translation>Misura</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Latest</source>
            <translation>Ultimo valore</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Target</source>
            <translation>Obiettivo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New value</source>
            <translation>Nuovo valore</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>New value of %1</source>
            <translation>Nuovo valore di %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Type the values measured since the previous meeting; leave a field empty when there is nothing new. They are recorded with this meeting.</source>
            <translation>Scrivi i valori misurati dall'incontro precedente; lascia vuoto un campo se non c'è nulla di nuovo. Sono registrati con questo incontro.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No measure yet: add them in Plan &gt; Results.</source>
            <translation>Ancora nessuna misura: aggiungile da Piano &gt; Risultati.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>“%1” is not a number: type it as 45, 4.5 or -12.</source>
            <translation>«%1» non è un numero: scrivilo come 45, 4,5 o -12.</translation>
        </message>
    </context>
    <context>
        <name>OpenErrors</name>
        <message>
            <location filename="../../ui/open_errors.py" line="168" />
            <source>CX Workshop (*.cxw)</source>
            <translation>CX Workshop (*.cxw)</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="76" />
            <source>Check that the disk or network folder is connected and that you may read the file, then try again.</source>
            <translation>Controlla che il disco o la cartella di rete siano collegati e che tu abbia il permesso di leggere il file, poi riprova.</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="56" />
            <source>Choose a file that ends in .cxw and was saved by CX Workshop. Nothing was changed.</source>
            <translation>Scegli un file che termina in .cxw salvato da CX Workshop. Non è stato modificato nulla.</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="61" />
            <source>For your safety it was not opened: what was added could alter your data.</source>
            <translation>Per sicurezza non è stato aperto: ciò che è stato aggiunto potrebbe alterare i tuoi dati.</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="79" />
            <source>Free some space on the disk, then try again. Nothing was lost.</source>
            <translation>Libera un po' di spazio sul disco, poi riprova. Non è andato perso nulla.</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="53" />
            <source>It may have been moved, renamed or deleted, or it is on a disk or network folder that is not connected now.</source>
            <translation>Potrebbe essere stato spostato, rinominato o eliminato, oppure si trova su un disco o una cartella di rete non collegati in questo momento.</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="86" />
            <source>Nothing was changed.</source>
            <translation>Non è stato modificato nulla.</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="70" />
            <source>Only one window at a time can edit a workshop. You can open it read-only to look at it and present it, or open a copy to edit separately.</source>
            <translation>Un workshop può essere modificato da una sola finestra alla volta. Puoi aprirlo in sola lettura per consultarlo e presentarlo, oppure aprirne una copia da modificare a parte.</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="125" />
            <source>Open a copy</source>
            <translation>Apri una copia</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="124" />
            <source>Open read-only</source>
            <translation>Apri in sola lettura</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="118" />
            <source>Open the latest backup</source>
            <translation>Apri l'ultimo backup</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="110" />
            <source>Opening the workshop</source>
            <translation>Apertura del workshop</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="167" />
            <source>Save a copy</source>
            <translation>Salva una copia</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="128" />
            <source>Save a copy…</source>
            <translation>Salva una copia…</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="227" />
            <source>The copy could not be made</source>
            <translation>Impossibile creare la copia</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="44" />
            <source>The disk is full</source>
            <translation>Il disco è pieno</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="43" />
            <source>The file cannot be read</source>
            <translation>Impossibile leggere il file</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="59" />
            <source>The file was not opened, so nothing in it was changed.</source>
            <translation>Il file non è stato aperto, quindi non è stato modificato nulla.</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="42" />
            <source>The workshop cannot be edited here</source>
            <translation>Il workshop non si può modificare in questa posizione</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="36" />
            <source>The workshop cannot be found</source>
            <translation>Il workshop non è stato trovato</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="47" />
            <source>The workshop cannot be opened</source>
            <translation>Impossibile aprire il workshop</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="38" />
            <source>The workshop file is damaged</source>
            <translation>Il file del workshop è danneggiato</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="40" />
            <source>The workshop file was changed by another program</source>
            <translation>Il file del workshop è stato modificato da un altro programma</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="41" />
            <source>The workshop is already open</source>
            <translation>Il workshop è già aperto</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="63" />
            <source>There is no backup of this workshop on this computer; if you have a copy (for example in an email), open that.</source>
            <translation>Su questo computer non c'è un backup di questo workshop; se ne hai una copia (per esempio in un'email), apri quella.</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="37" />
            <source>This is not a workshop file</source>
            <translation>Questo non è un file di workshop</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="39" />
            <source>This workshop was made by a newer CX Workshop</source>
            <translation>Questo workshop è stato creato con un CX Workshop più recente</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="68" />
            <source>Update CX Workshop on this computer to open it. The file was not changed.</source>
            <translation>Aggiorna CX Workshop su questo computer per aprirlo. Il file non è stato modificato.</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="65" />
            <source>You can open a copy of the latest backup, made %1, and carry on from there.</source>
            <translation>Puoi aprire una copia dell'ultimo backup, del %1, e riprendere da lì.</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="73" />
            <source>You can open it read-only, or save a copy in a folder you can write to and edit the copy.</source>
            <translation>Puoi aprirlo in sola lettura, oppure salvarne una copia in una cartella in cui puoi scrivere e modificare la copia.</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="209" />
            <source>backup %1</source>
            <translation>backup %1</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="166" />
            <source>copy</source>
            <translation>copia</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="45" />
            <source>An interrupted write belongs to another copy of this workshop</source>
            <translation>Una scrittura interrotta appartiene a un'altra copia di questo workshop</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="81" />
            <source>Applying it would mix the two copies, so neither the file nor the journal was touched. "Open as it is" keeps the journal under a new name next to the file.</source>
            <translation>Applicarla mescolerebbe le due copie, quindi né il file né il giornale sono stati toccati. «Apri così com'è» conserva il giornale con un nuovo nome accanto al file.</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="120" />
            <source>Open as it is</source>
            <translation>Apri così com'è</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="85" />
            <source>The latest backup was made %1.</source>
            <translation>L'ultima copia di sicurezza è stata fatta %1.</translation>
        </message>
    </context>
    <context>
        <name>PaletteWidget</name>
        <message>
            <location filename="../../board/palette.py" line="+96" />
            <source>Card kinds: drag one onto the board</source>
            <translation>Tipi di scheda: trascinane uno sulla mappa</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Stage</source>
            <translation>Fase</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Drag onto the board, or press Enter to add to the current cell</source>
            <translation>Trascina sulla mappa, o premi Invio per aggiungere alla cella corrente</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Channel of new touchpoints</source>
            <translation>Canale dei nuovi punti di contatto</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Channel</source>
            <translation>Canale</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Emotion</source>
            <translation>Emozione</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsDock</name>
        <message>
            <location filename="../../ui/plan/participants.py" line="+173" />
            <location line="+16" />
            <source>Participants</source>
            <translation>Partecipanti</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Name, role, department, email — Enter adds</source>
            <translation>Nome, ruolo, reparto, email — Invio aggiunge</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add a participant</source>
            <translation>Aggiungi un partecipante</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Department</source>
            <translation>Reparto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add a whole department that can own actions</source>
            <translation>Aggiungi un intero reparto che può essere responsabile di azioni</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove</source>
            <translation>Rimuovi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove the selected participant; their actions become unowned</source>
            <translation>Rimuovi il partecipante selezionato; le sue azioni restano senza responsabile</translation>
        </message>
        <message numerus="yes">
            <location line="+46" />
            <source>%n action(s) now have no owner: give them one in the action plan.</source>
            <translation>
                <numerusform>%n azione ora non ha un responsabile: assegnalo nel piano d'azione.</numerusform>
                <numerusform>%n azioni ora non hanno un responsabile: assegnalo nel piano d'azione.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ParticipantsModel</name>
        <message>
            <location line="-134" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Role</source>
            <translation>Ruolo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Department</source>
            <translation>Reparto</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Is a department</source>
            <translation>È un reparto</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Facilitator</source>
            <translation>Facilitazione</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Actions</source>
            <translation>Azioni</translation>
        </message>
        <message>
            <location line="+15" />
            <source>A department: it can own actions as a whole</source>
            <translation>Un reparto: può essere responsabile di azioni nel suo insieme</translation>
        </message>
    </context>
    <context>
        <name>PersonaDialog</name>
        <message>
            <location filename="../../ui/persona_dialog.py" line="+22" />
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add persona</source>
            <translation>Aggiungi persona</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Short description</source>
            <translation>Breve descrizione</translation>
        </message>
        <message>
            <location filename="../../board/grid_items.py" line="+467" />
            <location filename="../../ui/persona_dialog.py" line="+1" />
            <source>Goals</source>
            <translation>Obiettivi</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../ui/persona_dialog.py" line="+1" />
            <source>Frustrations</source>
            <translation>Frustrazioni</translation>
        </message>
        <message>
            <location filename="../../ui/persona_dialog.py" line="+4" />
            <source>Delete persona</source>
            <translation>Elimina persona</translation>
        </message>
    </context>
    <context>
        <name>PersonaStripItem</name>
        <message>
            <location filename="../../board/grid_items.py" line="-38" />
            <source>Personas</source>
            <translation>Personas</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Double-click here to add a persona</source>
            <translation>Fai doppio clic qui per aggiungere una persona</translation>
        </message>
    </context>
    <context>
        <name>Plan</name>
        <message>
            <location filename="../../ui/plan/action_model.py" line="174" />
            <source>%1 (department)</source>
            <translation>%1 (reparto)</translation>
        </message>
        <message>
            <location filename="../../ui/plan/texts.py" line="49" />
            <source>No owner</source>
            <translation>Nessun responsabile</translation>
        </message>
        <message>
            <location filename="../../ui/plan/action_model.py" line="170" />
            <source>— No owner —</source>
            <translation>— Nessun responsabile —</translation>
        </message>
        <message>
            <location filename="../../ui/plan/action_model.py" line="179" />
            <source>— No stage —</source>
            <translation>— Nessuna fase —</translation>
        </message>
    </context>
    <context>
        <name>PlanEdits</name>
        <message>
            <location filename="../../ui/plan/edits.py" line="+36" />
            <source>This workshop is open read-only.</source>
            <translation>Questo workshop è aperto in sola lettura.</translation>
        </message>
        <message>
            <location line="+53" />
            <source>Workshop</source>
            <translation>Workshop</translation>
        </message>
        <message>
            <location line="+8" />
            <source>That card no longer exists.</source>
            <translation>Quella scheda non esiste più.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Action on card %1</source>
            <translation>Azione sulla scheda %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Add action</source>
            <translation>Aggiungi azione</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Add actions</source>
            <translation>Aggiungi azioni</translation>
        </message>
    </context>
    <context>
        <name>PlanUi</name>
        <message>
            <location filename="../../ui/plan/__init__.py" line="171" />
            <source>&amp;New action</source>
            <translation>&amp;Nuova azione</translation>
        </message>
        <message>
            <location filename="../../ui/plan/__init__.py" line="172" />
            <source>Start &amp;follow-up meeting…</source>
            <translation>Avvia un &amp;incontro di verifica…</translation>
        </message>
        <message>
            <location filename="../../ui/plan/__init__.py" line="174" />
            <source>Start &amp;voting round…</source>
            <translation>Avvia una &amp;votazione…</translation>
        </message>
        <message>
            <location filename="../../ui/plan/__init__.py" line="177" />
            <source>&amp;Timer</source>
            <translation>&amp;Timer</translation>
        </message>
        <message>
            <location filename="../../ui/plan/__init__.py" line="179" />
            <source>Show the &amp;action plan</source>
            <translation>Mostra il &amp;piano d'azione</translation>
        </message>
        <message>
            <location filename="../../ui/plan/__init__.py" line="181" />
            <source>Value/effort &amp;matrix</source>
            <translation>&amp;Matrice valore/impegno</translation>
        </message>
        <message>
            <location filename="../../ui/plan/__init__.py" line="182" />
            <source>Roa&amp;dmap</source>
            <translation>Tabella di ma&amp;rcia</translation>
        </message>
        <message>
            <location filename="../../ui/plan/__init__.py" line="183" />
            <source>Prepare the a&amp;genda…</source>
            <translation>Prepara l'or&amp;dine del giorno…</translation>
        </message>
        <message>
            <location filename="../../ui/plan/__init__.py" line="188" />
            <source>&amp;Plan</source>
            <translation>&amp;Piano</translation>
        </message>
        <message>
            <location filename="../../ui/plan/__init__.py" line="195" />
            <source>Show</source>
            <translation>Mostra</translation>
        </message>
        <message>
            <location filename="../../ui/plan/__init__.py" line="265" />
            <source>Create an &amp;action from this card</source>
            <translation>Crea un'&amp;azione da questa scheda</translation>
        </message>
    </context>
    <context>
        <name>PortfolioModel</name>
        <message>
            <location filename="../../ui/portfolio_models.py" line="-149" />
            <source>Client</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Workshop</source>
            <translation>Workshop</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Last meeting</source>
            <translation>Ultimo incontro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next follow-up</source>
            <translation>Prossimo follow-up</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Open</source>
            <translation>Aperte</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Overdue</source>
            <translation>Scadute</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Done</source>
            <translation>Completate</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Without an owner</source>
            <translation>Senza responsabile</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Progress</source>
            <translation>Avanzamento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Since the previous meeting: actions done and started, and actions opened in the latest meeting</source>
            <translation>Dall'incontro precedente: azioni completate e avviate, e azioni aperte nell'ultimo incontro</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Last change</source>
            <translation>Ultima modifica</translation>
        </message>
    </context>
    <context>
        <name>PortfolioWindow</name>
        <message>
            <location filename="../../ui/portfolio_view.py" line="+128" />
            <source>Portfolio</source>
            <translation>Portafoglio</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Workshops of the portfolio</source>
            <translation>Workshop del portafoglio</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Workshops</source>
            <translation>Workshop</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By client</source>
            <translation>Per cliente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cannot be read</source>
            <translation>Non leggibili</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Add folder…</source>
            <translation>Aggiungi cartella…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Forget folders</source>
            <translation>Dimentica le cartelle</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Refresh</source>
            <translation>Aggiorna</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Client</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Overdue only</source>
            <translation>Solo con azioni scadute</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open workshop</source>
            <translation>Apri il workshop</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export report…</source>
            <translation>Esporta il resoconto…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Client:</source>
            <translation>Cliente:</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Folders: %1</source>
            <translation>Cartelle: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No folder chosen yet: add the folders where you keep your workshops. Recent workshops are always included.</source>
            <translation>Nessuna cartella scelta: aggiungete le cartelle in cui tenete i vostri workshop. I workshop recenti sono sempre inclusi.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Add a folder of workshops</source>
            <translation>Aggiungi una cartella di workshop</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Looking for workshops…</source>
            <translation>Ricerca dei workshop…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Reading %1 of %2 changed workshops…</source>
            <translation>Lettura di %1 su %2 workshop modificati…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The portfolio index could not be updated (%1); your workshop files were not changed.</source>
            <translation>L'indice del portafoglio non si è potuto aggiornare (%1); i file dei vostri workshop non sono stati modificati.</translation>
        </message>
        <message numerus="yes">
            <location line="+19" />
            <source>%n workshops shown of %1;</source>
            <translation>
                <numerusform>%n workshop mostrato su %1;</numerusform>
                <numerusform>%n workshop mostrati su %1;</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n cannot be read.</source>
            <translation>
                <numerusform>%n non si può leggere.</numerusform>
                <numerusform>%n non si possono leggere.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n files read now.</source>
            <translation>
                <numerusform>%n file letto ora.</numerusform>
                <numerusform>%n file letti ora.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cannot be read (%1)</source>
            <translation>Non leggibili (%1)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>All clients</source>
            <translation>Tutti i clienti</translation>
        </message>
        <message>
            <location line="+2" />
            <source>(no client)</source>
            <translation>(senza cliente)</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Export the portfolio report</source>
            <translation>Esporta il resoconto del portafoglio</translation>
        </message>
        <message>
            <location line="+2" />
            <source>PDF report (*.pdf);;Excel workbook (*.xlsx);;CSV table (*.csv)</source>
            <translation>Resoconto PDF (*.pdf);;Cartella di lavoro Excel (*.xlsx);;Tabella CSV (*.csv)</translation>
        </message>
        <message>
            <location line="+22" />
            <source>The report could not be written (%1).</source>
            <translation>Il resoconto non si è potuto scrivere (%1).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Report written: %1</source>
            <translation>Resoconto scritto: %1</translation>
        </message>
    </context>
    <context>
        <name>Preferences</name>
        <message>
            <location filename="../../ui/preferences.py" line="194" />
            <source>Empty board</source>
            <translation>Mappa vuota</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="187" />
            <source>Projector, dim room (dark, white type)</source>
            <translation>Proiettore, sala in penombra (scuro, testo bianco)</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="186" />
            <source>Projector, lit room (white, black type)</source>
            <translation>Proiettore, sala illuminata (bianco, testo nero)</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="193" />
            <source>SME customer journey</source>
            <translation>Percorso del cliente PMI</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="188" />
            <source>Same colours as the board</source>
            <translation>Gli stessi colori della mappa</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="193" />
            <source>Service blueprint</source>
            <translation>Schema del servizio (service blueprint)</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="194" />
            <source>Employee journey</source>
            <translation>Percorso del collaboratore</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="194" />
            <source>Future state</source>
            <translation>Situazione futura</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../ui/preferences.py" line="+206" />
            <source>Preferences</source>
            <translation>Preferenze</translation>
        </message>
        <message>
            <location line="+4" />
            <source>As the system (%1)</source>
            <translation>Come il sistema (%1)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Language</source>
            <translation>Lingua</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Facilitator's name</source>
            <translation>Nome di chi facilita</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. Giulia Bianchi</source>
            <translation>es. Giulia Bianchi</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Facilitator's email</source>
            <translation>Email di chi facilita</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. giulia@example.it</source>
            <translation>es. giulia@esempio.it</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Default template</source>
            <translation>Modello predefinito</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Default (the application's data folder)</source>
            <translation>Predefinita (la cartella dei dati dell'applicazione)</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+133" />
            <source>Backup folder</source>
            <translation>Cartella dei backup</translation>
        </message>
        <message>
            <location line="-147" />
            <location line="+15" />
            <source>Choose…</source>
            <translation>Scegli…</translation>
        </message>
        <message>
            <location line="-18" />
            <location line="+134" />
            <source>Logo for the report</source>
            <translation>Logo per il rapporto</translation>
        </message>
        <message>
            <location line="-133" />
            <source>None (a PNG or JPEG file)</source>
            <translation>Nessuno (un file PNG o JPEG)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose the logo for the report</source>
            <translation>Scegli il logo per il rapporto</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Choose the backup folder</source>
            <translation>Scegli la cartella dei backup</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Backups to keep per workshop</source>
            <translation>Backup da conservare per ogni workshop</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Presentation colours</source>
            <translation>Colori della presentazione</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The screen the window is on</source>
            <translation>Lo schermo della finestra</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Presentation screen</source>
            <translation>Schermo della presentazione</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Language:</source>
            <translation>&amp;Lingua:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facilitator's &amp;name:</source>
            <translation>&amp;Nome di chi facilita:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facilitator's &amp;email:</source>
            <translation>&amp;Email di chi facilita:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Report l&amp;ogo:</source>
            <translation>L&amp;ogo del rapporto:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Default &amp;template:</source>
            <translation>&amp;Modello predefinito:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Backup folder:</source>
            <translation>Cartella dei &amp;backup:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Backups to &amp;keep:</source>
            <translation>Backup da &amp;conservare:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Presentation &amp;colours:</source>
            <translation>C&amp;olori della presentazione:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Presentation &amp;screen:</source>
            <translation>&amp;Schermo della presentazione:</translation>
        </message>
        <message>
            <location line="+14" />
            <source>A new language applies when CX Workshop is next started.</source>
            <translation>La nuova lingua si applica al prossimo avvio di CX Workshop.</translation>
        </message>
        <message>
            <location line="+72" />
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Immagini (*.png *.jpg *.jpeg)</translation>
        </message>
    </context>
    <context>
        <name>Presentation</name>
        <message>
            <location filename="../../ui/presentation/overview_slide.py" line="26" />
            <source>%1 cards</source>
            <translation>%1 schede</translation>
        </message>
        <message>
            <location filename="../../ui/presentation/overview_slide.py" line="26" />
            <source>1 card</source>
            <translation>1 scheda</translation>
        </message>
        <message>
            <location filename="../../ui/presentation/plan_slide.py" line="68" />
            <source>Action</source>
            <translation>Azione</translation>
        </message>
        <message>
            <location filename="../../ui/presentation/plan_slide.py" line="60" />
            <source>Action plan</source>
            <translation>Piano d'azione</translation>
        </message>
        <message>
            <location filename="../../ui/presentation/plan_slide.py" line="68" />
            <source>Due</source>
            <translation>Scadenza</translation>
        </message>
        <message>
            <location filename="../../ui/presentation/overview_slide.py" line="55" />
            <source>Most voted</source>
            <translation>Le più votate</translation>
        </message>
        <message>
            <location filename="../../ui/presentation/plan_slide.py" line="83" />
            <source>No actions yet</source>
            <translation>Ancora nessuna azione</translation>
        </message>
        <message>
            <location filename="../../ui/presentation/compare_slide.py" line="199" />
            <source>No cards in this stage yet</source>
            <translation>Ancora nessuna scheda in questa fase</translation>
        </message>
        <message>
            <location filename="../../ui/presentation/votes_slide.py" line="58" />
            <source>No votes yet</source>
            <translation>Ancora nessun voto</translation>
        </message>
        <message>
            <location filename="../../ui/presentation/plan_slide.py" line="68" />
            <source>Owner</source>
            <translation>Responsabile</translation>
        </message>
        <message>
            <location filename="../../ui/presentation/votes_slide.py" line="37" />
            <source>Voting results</source>
            <translation>Risultati della votazione</translation>
        </message>
        <message>
            <location filename="../../ui/presentation/compare_slide.py" line="63" />
            <source>%1 — Today | Tomorrow</source>
            <translation>%1 — Oggi | Domani</translation>
        </message>
        <message>
            <location filename="../../ui/presentation/compare_slide.py" line="197" />
            <source>No matching stage on this map</source>
            <translation>Nessuna fase corrispondente su questa mappa</translation>
        </message>
        <message>
            <location filename="../../ui/presentation/compare_slide.py" line="183" />
            <source>Today: %1</source>
            <translation>Oggi: %1</translation>
        </message>
        <message>
            <location filename="../../ui/presentation/compare_slide.py" line="184" />
            <source>Tomorrow: %1</source>
            <translation>Domani: %1</translation>
        </message>
    </context>
    <context>
        <name>PresentationWindow</name>
        <message>
            <location filename="../../ui/presentation/window.py" line="+101" />
            <location line="+390" />
            <source>Presentation</source>
            <translation>Presentazione</translation>
        </message>
        <message>
            <location line="-108" />
            <source>Paused %1</source>
            <translation>In pausa %1</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Votes: %1</source>
            <translation>Voti: %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Votes: %1 · voting</source>
            <translation>Voti: %1 · votazione in corso</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Overview</source>
            <translation>Panoramica</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Locked</source>
            <translation>Bloccato</translation>
        </message>
        <message>
            <location line="+3" />
            <source>← → slides · 1-9 stage · O overview · V votes · P plan · T timer · L lock · Esc</source>
            <translation>← → diapositive · 1-9 fase · O panoramica · V voti · P piano · T timer · L blocco · Esc</translation>
        </message>
        <message>
            <location line="+2" />
            <source>← → slides · 1-9 stage · O overview · C today|tomorrow · V votes · P plan · T timer · L lock · Esc</source>
            <translation>← → diapositive · 1-9 fase · O panoramica · C oggi|domani · V voti · P piano · T timer · L blocco · Esc</translation>
        </message>
        <message>
            <location line="-50" />
            <source>Time %1</source>
            <translation>Tempo %1</translation>
        </message>
        <message>
            <location line="-6" />
            <source>Time is up</source>
            <translation>Tempo scaduto</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Stage %1 of %2</source>
            <translation>Fase %1 di %2</translation>
        </message>
    </context>
    <context>
        <name>Priority</name>
        <message>
            <location filename="../../ui/plan/texts.py" line="31" />
            <source>High</source>
            <translation>Alta</translation>
        </message>
        <message>
            <location filename="../../ui/plan/texts.py" line="29" />
            <source>Low</source>
            <translation>Bassa</translation>
        </message>
        <message>
            <location filename="../../ui/plan/texts.py" line="30" />
            <source>Medium</source>
            <translation>Media</translation>
        </message>
        <message>
            <location filename="../../ui/plan/texts.py" line="32" />
            <source>Urgent</source>
            <translation>Urgente</translation>
        </message>
    </context>
    <context>
        <name>PriorityDock</name>
        <message>
            <location filename="../../ui/plan/matrix.py" line="+671" />
            <source>Matrix and roadmap</source>
            <translation>Matrice e tabella di marcia</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Value/effort matrix</source>
            <translation>Matrice valore/impegno</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Roadmap</source>
            <translation>Tabella di marcia</translation>
        </message>
    </context>
    <context>
        <name>ProcessGapsView</name>
        <message>
            <location filename="../../ui/process_view.py" line="+31" />
            <source>&amp;Journey vs internal processes</source>
            <translation>Percorso e processi int&amp;erni</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Flag touchpoints with no internal process behind them in their stage, and processes that support no touchpoint</source>
            <translation>Segnala i punti di contatto senza un processo interno nella loro fase e i processi che non servono alcun punto di contatto</translation>
        </message>
        <message>
            <location line="+36" />
            <source>No internal process behind this touchpoint in its stage</source>
            <translation>Nessun processo interno dietro questo punto di contatto nella sua fase</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This internal process supports no touchpoint in its stage</source>
            <translation>Questo processo interno non serve alcun punto di contatto nella sua fase</translation>
        </message>
        <message numerus="yes">
            <location line="+12" />
            <source>%n touchpoint(s) with no internal process</source>
            <translation>
                <numerusform>%n punto di contatto senza un processo interno</numerusform>
                <numerusform>%n punti di contatto senza un processo interno</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n internal process(es) supporting no touchpoint</source>
            <translation>
                <numerusform>%n processo interno che non serve alcun punto di contatto</numerusform>
                <numerusform>%n processi interni che non servono alcun punto di contatto</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Journey vs internal processes: %1; %2.</source>
            <translation>Percorso e processi interni: %1; %2.</translation>
        </message>
    </context>
    <context>
        <name>ProgressDock</name>
        <message>
            <location filename="../../ui/plan/progress_panel.py" line="+181" />
            <source>Progress</source>
            <translation>Avanzamento</translation>
        </message>
    </context>
    <context>
        <name>ProgressPanel</name>
        <message>
            <location line="-105" />
            <source>Owner</source>
            <translation>Responsabile</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Done</source>
            <translation>Completate</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Open</source>
            <translation>Aperte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overdue</source>
            <translation>Scadute</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Total</source>
            <translation>Totale</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Progress per owner</source>
            <translation>Avanzamento per responsabile</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Action</source>
            <translation>Azione</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Change</source>
            <translation>Cambiamento</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Overall: %1, %2, %3 of %4 (%5% done)</source>
            <translation>In totale: %1, %2, %3 su %4 (%5% completate)</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n actions</source>
            <translation>
                <numerusform>%n azione</numerusform>
                <numerusform>%n azioni</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n overdue</source>
            <translation>
                <numerusform>%n scaduta</numerusform>
                <numerusform>%n scadute</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n open</source>
            <translation>
                <numerusform>%n aperta</numerusform>
                <numerusform>%n aperte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n done</source>
            <translation>
                <numerusform>%n completata</numerusform>
                <numerusform>%n completate</numerusform>
            </translation>
        </message>
        <message>
            <location line="+47" />
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <location line="-89" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Changes since the previous meeting</source>
            <translation>Cambiamenti dall'incontro precedente</translation>
        </message>
        <message>
            <location line="+71" />
            <source>Changes since the previous meeting appear after the first follow-up meeting.</source>
            <translation>I cambiamenti dall'incontro precedente compaiono dopo il primo incontro di verifica.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Since meeting %1 (%2): %3 done, %4 started, %5 dropped, %6 rescheduled, %7 new.</source>
            <translation>Dall'incontro %1 (%2): %3 completate, %4 avviate, %5 abbandonate, %6 ripianificate, %7 nuove.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1, due %2</source>
            <translation>%1, scadenza %2</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <location filename="../../ui/qt_catalogue.py" line="+17" />
            <source>&amp;Look in:</source>
            <translation>&amp;Cerca in:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Files of &amp;type:</source>
            <translation>File di &amp;tipo:</translation>
        </message>
    </context>
    <context>
        <name>RecentFiles</name>
        <message>
            <location filename="../../ui/recent_files.py" line="94" />
            <source>%1 (not found)</source>
            <translation>%1 (non trovato)</translation>
        </message>
        <message>
            <location filename="../../ui/recent_files.py" line="117" />
            <source>%1 (not found)
%2</source>
            <translation>%1 (non trovato)
%2</translation>
        </message>
        <message>
            <location filename="../../ui/recent_files.py" line="105" />
            <source>Clear the list</source>
            <translation>Svuota l'elenco</translation>
        </message>
        <message>
            <location filename="../../ui/recent_files.py" line="100" />
            <source>No recent workshops</source>
            <translation>Nessun workshop recente</translation>
        </message>
        <message>
            <location filename="../../ui/recent_files.py" line="124" />
            <source>No recent workshops yet</source>
            <translation>Ancora nessun workshop recente</translation>
        </message>
        <message>
            <location filename="../../ui/recent_files.py" line="104" />
            <source>Remove the missing ones</source>
            <translation>Rimuovi quelli mancanti</translation>
        </message>
        <message>
            <location filename="../../ui/recent_files.py" line="121" />
            <source>This file was moved or deleted: %1</source>
            <translation>Questo file è stato spostato o eliminato: %1</translation>
        </message>
    </context>
    <context>
        <name>ResultsDock</name>
        <message>
            <location filename="../../ui/results/__init__.py" line="+29" />
            <source>Results</source>
            <translation>Risultati</translation>
        </message>
    </context>
    <context>
        <name>ResultsPanel</name>
        <message>
            <location filename="../../ui/results/panel.py" line="+153" />
            <source>Add measure</source>
            <translation>Aggiungi misura</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete measure</source>
            <translation>Elimina misura</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Kind of the new measure</source>
            <translation>Tipo della nuova misura</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Measure</source>
            <translation>Misura</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Unit</source>
            <translation>Unità</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Stage or touchpoint</source>
            <translation>Fase o punto di contatto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Owner</source>
            <translation>Responsabile</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Baseline</source>
            <translation>Partenza</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Latest</source>
            <translation>Ultimo valore</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Target</source>
            <translation>Obiettivo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Measures</source>
            <translation>Misure</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Date of the measurement</source>
            <translation>Data della rilevazione</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+10" />
            <source>Value</source>
            <translation>Valore</translation>
        </message>
        <message>
            <location line="-8" />
            <source>Value of the measurement</source>
            <translation>Valore della rilevazione</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add measurement</source>
            <translation>Aggiungi rilevazione</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete measurement</source>
            <translation>Elimina rilevazione</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Meeting</source>
            <translation>Incontro</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Measurements</source>
            <translation>Rilevazioni</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Actions meant to move this measure</source>
            <translation>Azioni pensate per muovere questa misura</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Actions meant to move the selected measure:</source>
            <translation>Azioni pensate per muovere la misura selezionata:</translation>
        </message>
        <message>
            <location line="+96" />
            <location line="+22" />
            <source>Stage: %1</source>
            <translation>Fase: %1</translation>
        </message>
        <message>
            <location line="-17" />
            <location line="+15" />
            <source>Touchpoint: %1</source>
            <translation>Punto di contatto: %1</translation>
        </message>
        <message>
            <location line="-11" />
            <location line="+22" />
            <location line="+1" />
            <source>No owner</source>
            <translation>Nessun responsabile</translation>
        </message>
        <message>
            <location line="-21" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No meeting</source>
            <translation>Nessun incontro</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Add a measure to follow its trend.</source>
            <translation>Aggiungi una misura per seguirne l'andamento.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 (%2): baseline %3, target %4</source>
            <translation>%1 (%2): partenza %3, obiettivo %4</translation>
        </message>
        <message>
            <location line="+13" />
            <source> (done)</source>
            <translation> (fatta)</translation>
        </message>
        <message>
            <location line="+55" />
            <source>“%1” is not a number: type it as 45, 4.5 or -12.</source>
            <translation>«%1» non è un numero: scrivilo come 45, 4,5 o -12.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>units</source>
            <translation>unità</translation>
        </message>
        <message>
            <location line="+60" />
            <source>Type the value measured first.</source>
            <translation>Scrivi prima il valore misurato.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Select the measurement to delete first.</source>
            <translation>Seleziona prima la rilevazione da eliminare.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>A measurement needs its date.</source>
            <translation>Una rilevazione richiede la sua data.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>A measurement needs its value; to remove it, delete it.</source>
            <translation>Una rilevazione richiede il suo valore; per toglierla, eliminala.</translation>
        </message>
    </context>
    <context>
        <name>ResultsUi</name>
        <message>
            <location filename="../../ui/results/__init__.py" line="+17" />
            <source>Res&amp;ults…</source>
            <translation>Risu&amp;ltati…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Measures per stage or touchpoint: baseline, measurements, target</source>
            <translation>Misure per fase o punto di contatto: partenza, rilevazioni, obiettivo</translation>
        </message>
    </context>
    <context>
        <name>RoadmapView</name>
        <message>
            <location filename="../../ui/plan/matrix.py" line="-80" />
            <source>Roadmap</source>
            <translation>Tabella di marcia</translation>
        </message>
        <message>
            <location line="+45" />
            <source>⚠ overdue</source>
            <translation>⚠ in ritardo</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No open action has a due date.</source>
            <translation>Nessuna azione aperta ha una scadenza.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Without a due date: %1</source>
            <translation>Senza scadenza: %1</translation>
        </message>
    </context>
    <context>
        <name>RoomBridge</name>
        <message>
            <location filename="../../room/bridge.py" line="+171" />
            <source>This map has no emotions lane.</source>
            <translation>Questa mappa non ha una corsia delle emozioni.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Room: %n ratings, average %1</source>
            <translation>
                <numerusform>Stanza: %n valutazione, media %1</numerusform>
                <numerusform>Stanza: %n valutazioni, media %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RoomPanel</name>
        <message>
            <location filename="../../ui/room_dock.py" line="+81" />
            <source>Network interface</source>
            <translation>Interfaccia di rete</translation>
        </message>
        <message>
            <location line="+3" />
            <source>any free port</source>
            <translation>qualsiasi porta libera</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+10" />
            <source>Port</source>
            <translation>Porta</translation>
        </message>
        <message>
            <location line="-9" />
            <source>Allow anonymous participants</source>
            <translation>Consenti partecipanti anonimi</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open the room</source>
            <translation>Apri la stanza</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Participants join from their phones on this network: nothing leaves the room. Loopback is reachable from this laptop only.</source>
            <translation>I partecipanti entrano dal proprio telefono su questa rete: nulla esce dalla stanza. Loopback è raggiungibile solo da questo portatile.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Serve on</source>
            <translation>Servi su</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Join link</source>
            <translation>Link per entrare</translation>
        </message>
        <message>
            <location line="+3" />
            <source>QR code of the join link</source>
            <translation>Codice QR del link per entrare</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show the code on the projector</source>
            <translation>Mostra il codice al proiettore</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Stage for silent writing</source>
            <translation>Fase per la scrittura silenziosa</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Lane for silent writing</source>
            <translation>Corsia per la scrittura silenziosa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Silent writing</source>
            <translation>Scrittura silenziosa</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Dot voting</source>
            <translation>Votazione a bollini</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+36" />
            <source>Emotion per stage</source>
            <translation>Emozione per fase</translation>
        </message>
        <message>
            <location line="-34" />
            <source>Pause</source>
            <translation>Pausa</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Activity</source>
            <translation>Attività</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Stage</source>
            <translation>Fase</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lane</source>
            <translation>Corsia</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+7" />
            <source>Inbox</source>
            <translation>Casella</translation>
        </message>
        <message>
            <location line="-6" />
            <source>Reveal all</source>
            <translation>Mostra tutto</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reveal selected</source>
            <translation>Mostra i selezionati</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Discard selected</source>
            <translation>Scarta i selezionati</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Hidden from the projector and the file until you reveal it.</source>
            <translation>Nascosto al proiettore e al file finché non lo mostri.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Set the stage's emotion</source>
            <translation>Imposta l'emozione della fase</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An emotion card in the selected stage with the ratings' average</source>
            <translation>Una scheda emozione nella fase selezionata con la media delle valutazioni</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Emotion per stage (-2 … +2)</source>
            <translation>Emozione per fase (-2 … +2)</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+3" />
            <source>Devices</source>
            <translation>Dispositivi</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Remove device</source>
            <translation>Rimuovi dispositivo</translation>
        </message>
        <message>
            <location line="+6" />
            <source>End the room</source>
            <translation>Chiudi la stanza</translation>
        </message>
        <message>
            <location line="+25" />
            <source>This laptop only (%1)</source>
            <translation>Solo questo portatile (%1)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 (network %2)</source>
            <translation>%1 (rete %2)</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Room</source>
            <translation>Stanza</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The room could not start on %1: %2</source>
            <translation>La stanza non si è potuta aprire su %1: %2</translation>
        </message>
        <message>
            <location line="+53" />
            <source>Participants choose</source>
            <translation>Scelgono i partecipanti</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Start a voting round first (Plan &gt; Start voting round…): the phones vote in the laptop's open round, with its dots and kinds of card.</source>
            <translation>Avvia prima una votazione (Piano &gt; Avvia votazione…): i telefoni votano nella votazione aperta sul portatile, con i suoi punti e i suoi tipi di scheda.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>No activity: the phones wait.</source>
            <translation>Nessuna attività: i telefoni attendono.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open: silent writing</source>
            <translation>Aperta: scrittura silenziosa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open: dot voting</source>
            <translation>Aperta: votazione a punti</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open: emotion per stage</source>
            <translation>Aperta: emozione per fase</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Done: %1 of %2</source>
            <translation>Hanno finito: %1 su %2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>anonymous</source>
            <translation>anonimo</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Dot on: %1</source>
            <translation>Bollino su: %1</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Revealed: %1, %2.</source>
            <translation>Ora visibili: %1, %2.</translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n cards</source>
            <translation>
                <numerusform>%n scheda</numerusform>
                <numerusform>%n schede</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n dots</source>
            <translation>
                <numerusform>%n bollino</numerusform>
                <numerusform>%n bollini</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not written: %1</source>
            <translation>Non scritto: %1</translation>
        </message>
        <message>
            <location line="+26" />
            <source>No ratings yet for %1.</source>
            <translation>Ancora nessuna valutazione per %1.</translation>
        </message>
    </context>
    <context>
        <name>RoomUi</name>
        <message>
            <location line="+9" />
            <source>Room</source>
            <translation>Stanza</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Room (phones)…</source>
            <translation>&amp;Stanza (telefoni)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Let participants write, vote and rate from their phones</source>
            <translation>I partecipanti scrivono, votano e valutano dal proprio telefono</translation>
        </message>
    </context>
    <context>
        <name>SendOutcomes</name>
        <message>
            <location filename="../../ui/send_outcomes.py" line="62" />
            <source>Writing the e-mail drafts…</source>
            <translation>Scrittura delle bozze e-mail…</translation>
        </message>
        <message>
            <location filename="../../ui/send_outcomes.py" line="39" />
            <source>e-mails</source>
            <translation>e-mail</translation>
        </message>
    </context>
    <context>
        <name>SessionGuard</name>
        <message>
            <location filename="../../ui/session_guard.py" line="79" />
            <source>CX Workshop was not closed properly; your workshop has been reopened as it was (every change had been saved).</source>
            <translation>CX Workshop non è stato chiuso correttamente; il tuo workshop è stato riaperto così com'era (ogni modifica era già stata salvata).</translation>
        </message>
        <message>
            <location filename="../../ui/session_guard.py" line="78" />
            <source>Workshop reopened</source>
            <translation>Workshop riaperto</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="+94" />
            <location line="+7" />
            <source>Keyboard shortcuts</source>
            <translation>Scorciatoie da tastiera</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Search, e.g. zoom</source>
            <translation>Cerca, es. zoom</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search the shortcuts</source>
            <translation>Cerca tra le scorciatoie</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Command</source>
            <translation>Comando</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Keys</source>
            <translation>Tasti</translation>
        </message>
        <message>
            <location line="+6" />
            <source>On the board</source>
            <translation>Sulla mappa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Presentation</source>
            <translation>Presentazione</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsHelp</name>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="32" />
            <source>Add a note in the current cell</source>
            <translation>Aggiungi una nota nella cella corrente</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="30" />
            <source>Alt+Arrows</source>
            <translation>Alt+Frecce</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="29" />
            <source>Arrows</source>
            <translation>Frecce</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="57" />
            <source>Ctrl+Plus, Ctrl+Minus</source>
            <translation>Ctrl+Più, Ctrl+Meno</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="34" />
            <source>Delete</source>
            <translation>Canc</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="34" />
            <source>Delete the selected cards</source>
            <translation>Elimina le schede selezionate</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="33" />
            <source>Edit the selected card (Shift+Enter: new line; Esc: done)</source>
            <translation>Modifica la scheda selezionata (Maiusc+Invio: a capo; Esc: fine)</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="33" />
            <source>Enter, F2</source>
            <translation>Invio, F2</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="44" />
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="47" />
            <source>Home, End</source>
            <translation>Inizio, Fine</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="57" />
            <source>Larger, smaller</source>
            <translation>Più grande, più piccolo</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="44" />
            <source>Leave the presentation</source>
            <translation>Esci dalla presentazione</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="56" />
            <source>Lock or unlock stages and lanes (facilitator lock)</source>
            <translation>Blocca o sblocca fasi e corsie (blocco di facilitazione)</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="29" />
            <source>Move between cells and cards</source>
            <translation>Spostati tra celle e schede</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="36" />
            <source>Move the board</source>
            <translation>Sposta la mappa</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="30" />
            <source>Move the selected cards to the next cell</source>
            <translation>Sposta le schede selezionate nella cella accanto</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="36" />
            <source>Space+drag, middle button drag</source>
            <translation>Spazio+trascina, trascina con il tasto centrale</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="35" />
            <source>Wheel</source>
            <translation>Rotella</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="35" />
            <source>Zoom at the pointer</source>
            <translation>Zoom nel punto del puntatore</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="31" />
            <source>Alt+Arrows on a header</source>
            <translation>Alt+Frecce su un'intestazione</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="31" />
            <source>Move the selected stage (Left/Right) or lane (Up/Down)</source>
            <translation>Sposta la fase selezionata (Sinistra/Destra) o la corsia (Su/Giù)</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="52" />
            <source>Action plan, or back</source>
            <translation>Piano d'azione, o indietro</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="50" />
            <source>Back to the current stage</source>
            <translation>Torna alla fase corrente</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="47" />
            <source>First slide, last slide</source>
            <translation>Prima diapositiva, ultima diapositiva</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="46" />
            <source>Left, Up, Page Up, Backspace</source>
            <translation>Sinistra, Su, Pag su, Backspace</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="45" />
            <source>Next slide</source>
            <translation>Diapositiva successiva</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="49" />
            <source>Overview of every stage, or back</source>
            <translation>Panoramica di tutte le fasi, o indietro</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="46" />
            <source>Previous slide</source>
            <translation>Diapositiva precedente</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="45" />
            <source>Right, Down, Page Down, Space</source>
            <translation>Destra, Giù, Pag giù, Spazio</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="48" />
            <source>Stage N (two digits quickly for 10 and more)</source>
            <translation>Fase N (due cifre in rapida successione da 10 in su)</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="55" />
            <source>Start or pause the timer</source>
            <translation>Avvia o metti in pausa il timer</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="43" />
            <source>Start the presentation (it resumes at the slide last shown)</source>
            <translation>Avvia la presentazione (riprende dall'ultima diapositiva mostrata)</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="51" />
            <source>Voting results, or back</source>
            <translation>Risultati della votazione, o indietro</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="50" />
            <source>Z, Enter</source>
            <translation>Z, Invio</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="53" />
            <source>Today | tomorrow: the stage on the current and the future map side by side, or back</source>
            <translation>Oggi | domani: la fase sulla mappa attuale e su quella futura, affiancate, o ritorno</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="37" />
            <source>Ctrl+PgDown, Ctrl+PgUp</source>
            <translation>Ctrl+PagGiù, Ctrl+PagSu</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="37" />
            <source>Next, previous journey map (the tabs over the board)</source>
            <translation>Mappa successiva, precedente (le schede sopra la mappa)</translation>
        </message>
    </context>
    <context>
        <name>SlideCanvas</name>
        <message>
            <location filename="../../ui/presentation/window.py" line="-346" />
            <source>Presentation slide</source>
            <translation>Diapositiva della presentazione</translation>
        </message>
    </context>
    <context>
        <name>StartRoundDialog</name>
        <message>
            <location filename="../../ui/plan/voting.py" line="+55" />
            <source>Start a voting round</source>
            <translation>Avvia una votazione</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Vote %1</source>
            <translation>Votazione %1</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+11" />
            <source>Dots per participant</source>
            <translation>Bollini per partecipante</translation>
        </message>
        <message>
            <location line="-10" />
            <source>Cards that can receive dots</source>
            <translation>Schede che possono ricevere bollini</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Title</source>
            <translation>Titolo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Start</source>
            <translation>Avvia</translation>
        </message>
    </context>
    <context>
        <name>TimerDock</name>
        <message>
            <location filename="../../ui/plan/timer.py" line="+248" />
            <source>Timer</source>
            <translation>Timer</translation>
        </message>
    </context>
    <context>
        <name>TimerWidget</name>
        <message>
            <location line="-165" />
            <source>Time left</source>
            <translation>Tempo rimasto</translation>
        </message>
        <message>
            <location line="+10" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Timebox length in minutes</source>
            <translation>Durata del timebox in minuti</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+137" />
            <source>Start</source>
            <translation>Avvia</translation>
        </message>
        <message>
            <location line="-135" />
            <source>+1 min</source>
            <translation>+1 min</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add a minute</source>
            <translation>Aggiungi un minuto</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reset</source>
            <translation>Azzera</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sound at the end</source>
            <translation>Suono alla fine</translation>
        </message>
        <message>
            <location line="+124" />
            <source>Time is up</source>
            <translation>Tempo scaduto</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Running</source>
            <translation>In corso</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Paused</source>
            <translation>In pausa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ready</source>
            <translation>Pronto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pause</source>
            <translation>Pausa</translation>
        </message>
    </context>
    <context>
        <name>TrendChart</name>
        <message>
            <location filename="../../ui/results/trend.py" line="+53" />
            <source>Trend of the measure</source>
            <translation>Andamento della misura</translation>
        </message>
        <message>
            <location line="+14" />
            <source>No measure selected.</source>
            <translation>Nessuna misura selezionata.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Baseline %1, latest %2, target %3; measurements: %4.</source>
            <translation>Partenza %1, ultimo valore %2, obiettivo %3; rilevazioni: %4.</translation>
        </message>
        <message>
            <location line="+49" />
            <source>No values yet: enter a baseline, a target or a measurement.</source>
            <translation>Ancora nessun valore: inserisci una partenza, un obiettivo o una rilevazione.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Baseline %1</source>
            <translation>Partenza %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Target %1</source>
            <translation>Obiettivo %1</translation>
        </message>
    </context>
    <context>
        <name>UndoNotice</name>
        <message>
            <location filename="../../ui/status_notices.py" line="+16" />
            <source>Undo</source>
            <translation>Annulla</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Undo the deletion</source>
            <translation>Annulla l'eliminazione</translation>
        </message>
    </context>
    <context>
        <name>ValueMatrix</name>
        <message>
            <location filename="../../ui/plan/matrix.py" line="-562" />
            <source>Quick wins</source>
            <translation>Vittorie rapide</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Big bets</source>
            <translation>Grandi scommesse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fill-ins</source>
            <translation>Riempitivi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Money pits</source>
            <translation>Pozzi senza fondo</translation>
        </message>
        <message>
            <location line="+77" />
            <source>Value/effort matrix</source>
            <translation>Matrice valore/impegno</translation>
        </message>
        <message>
            <location line="+108" />
            <source>+%1 more</source>
            <translation>+%1 altre</translation>
        </message>
        <message>
            <location line="+77" />
            <source>Effort →</source>
            <translation>Impegno →</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Impact →</source>
            <translation>Impatto →</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Not yet rated (%1)</source>
            <translation>Da valutare (%1)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Drag an action to another cell, or select it (click, Tab) and move it with the arrow keys.</source>
            <translation>Trascinate un'azione in un'altra casella, oppure selezionatela (clic, Tab) e spostatela con le frecce.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>impact %1, effort %2</source>
            <translation>impatto %1, impegno %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>not yet rated</source>
            <translation>da valutare</translation>
        </message>
        <message>
            <location line="+63" />
            <source>Owner: %1</source>
            <translation>Responsabile: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Impact %1, effort %2</source>
            <translation>Impatto %1, impegno %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Card: %1</source>
            <translation>Scheda: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Dots on its card: %1</source>
            <translation>Punti sulla sua scheda: %1</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The board is locked (Board &gt; Lock stages and lanes): unlock it to move actions on the matrix.</source>
            <translation>La mappa è bloccata (Mappa &gt; Blocca fasi e corsie): sbloccatela per spostare le azioni sulla matrice.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1: impact %2, effort %3</source>
            <translation>%1: impatto %2, impegno %3</translation>
        </message>
    </context>
    <context>
        <name>VotingDock</name>
        <message>
            <location filename="../../ui/plan/voting.py" line="+373" />
            <source>Dot voting</source>
            <translation>Votazione a bollini</translation>
        </message>
    </context>
    <context>
        <name>VotingPanel</name>
        <message>
            <location line="-340" />
            <source>Voting round</source>
            <translation>Votazione</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start round…</source>
            <translation>Avvia votazione…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Close round</source>
            <translation>Chiudi votazione</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Who is voting</source>
            <translation>Chi sta votando</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Next voter</source>
            <translation>Prossimo votante</translation>
        </message>
        <message>
            <location line="+10" />
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Card</source>
            <translation>Scheda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Dots</source>
            <translation>Bollini</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Ranking</source>
            <translation>Classifica</translation>
        </message>
        <message>
            <location line="+7" />
            <source>How many of the top cards</source>
            <translation>Quante schede in cima alla classifica</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Make actions from the top cards</source>
            <translation>Crea azioni dalle prime schede</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Set priorities from ranking</source>
            <translation>Imposta le priorità dalla classifica</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Actions linked to voted cards get a priority by quarter of the ranking: urgent, high, medium, low</source>
            <translation>Le azioni collegate alle schede votate ricevono una priorità secondo il quarto di classifica: urgente, alta, media, bassa</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Voting now:</source>
            <translation>Ora vota:</translation>
        </message>
        <message>
            <location line="+88" />
            <location line="+39" />
            <source>open</source>
            <translation>aperta</translation>
        </message>
        <message>
            <location line="-39" />
            <location line="+39" />
            <source>closed</source>
            <translation>chiusa</translation>
        </message>
        <message>
            <location line="-38" />
            <source>Vote %1</source>
            <translation>Votazione %1</translation>
        </message>
        <message>
            <location line="+32" />
            <source>No voting round yet. Start one to let the room choose what matters most.</source>
            <translation>Ancora nessuna votazione. Avviane una per far scegliere alla sala che cosa conta di più.</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n dots each · votable: %1 · %2</source>
            <translation>
                <numerusform>%n bollino a testa · votabili: %1 · %2</numerusform>
                <numerusform>%n bollini a testa · votabili: %1 · %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+15" />
            <source>%1: %n of %2 dots left</source>
            <translation>
                <numerusform>%1: resta %n bollino su %2</numerusform>
                <numerusform>%1: restano %n bollini su %2</numerusform>
            </translation>
        </message>
        <message>
            <location line="-12" />
            <source>every card</source>
            <translation>tutte le schede</translation>
        </message>
        <message>
            <location line="+69" />
            <source>Start voting round</source>
            <translation>Avvia la votazione</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Start a voting round first.</source>
            <translation>Prima avvia una votazione.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose who is voting first.</source>
            <translation>Prima scegli chi sta votando.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 has no dots left.</source>
            <translation>%1 non ha più bollini.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>The priorities already follow the ranking.</source>
            <translation>Le priorità seguono già la classifica.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n action(s) got a priority from the ranking.</source>
            <translation>
                <numerusform>%n azione ha ricevuto una priorità dalla classifica.</numerusform>
                <numerusform>%n azioni hanno ricevuto una priorità dalla classifica.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+18" />
            <source>The top cards already have actions.</source>
            <translation>Le prime schede hanno già delle azioni.</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n new action(s): give each an owner and a due date.</source>
            <translation>
                <numerusform>%n nuova azione: assegnale un responsabile e una scadenza.</numerusform>
                <numerusform>%n nuove azioni: assegna a ciascuna un responsabile e una scadenza.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <location filename="../../ui/welcome.py" line="+47" />
            <source>Map the customer journey with the people in the room. Every change is saved as you make it.</source>
            <translation>Mappa il percorso del cliente con le persone in sala. Ogni modifica viene salvata mentre la fai.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Templates</source>
            <translation>Modelli</translation>
        </message>
        <message>
            <location line="+2" />
            <source>SME customer journey</source>
            <translation>Percorso del cliente PMI</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Seven stages from discovery to renewal; lanes for actions, touchpoints, thoughts, emotions, pain points, moments of truth, opportunities.</source>
            <translation>Sette fasi dalla scoperta al rinnovo; corsie per azioni, punti di contatto, pensieri, emozioni, punti critici, momenti della verità, opportunità.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Service blueprint</source>
            <translation>Schema del servizio (service blueprint)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Customer actions, frontstage, backstage and support processes.</source>
            <translation>Azioni del cliente, front office, back office e processi di supporto.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Employee journey</source>
            <translation>Percorso del collaboratore</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The colleague as the internal customer: from recruiting to leaving, with HR and support processes.</source>
            <translation>Il collaboratore come cliente interno: dalla selezione all'uscita, con i processi HR e di supporto.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Future state</source>
            <translation>Situazione futura</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How the journey should go: expected emotions, changes from today, the internal processes needed and how to measure it.</source>
            <translation>Come dovrà andare il percorso: emozioni attese, cambiamenti rispetto a oggi, processi interni necessari e come misurarlo.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Empty board</source>
            <translation>Mappa vuota</translation>
        </message>
        <message>
            <location line="+0" />
            <source>One stage and one lane: build your own.</source>
            <translation>Una fase e una corsia: costruisci la tua mappa.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Language of stage and lane names</source>
            <translation>Lingua dei nomi di fasi e corsie</translation>
        </message>
        <message>
            <location line="+2" />
            <source>e.g. Customer journey: office coffee subscription</source>
            <translation>es. Percorso del cliente: abbonamento caffè in ufficio</translation>
        </message>
        <message>
            <location line="+2" />
            <source>e.g. Caffè Aurora Srl</source>
            <translation>es. Caffè Aurora Srl</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Create workshop…</source>
            <translation>Crea il workshop…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>New workshop</source>
            <translation>Nuovo workshop</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Language</source>
            <translation>Lingua</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title</source>
            <translation>Titolo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Client</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Open</source>
            <translation>Apri</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+26" />
            <source>Recent workshops</source>
            <translation>Workshop recenti</translation>
        </message>
        <message>
            <location line="-24" />
            <source>Open a workshop…</source>
            <translation>Apri un workshop…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Portfolio of all workshops…</source>
            <translation>Portafoglio di tutti i workshop…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Open the demo workshop</source>
            <translation>Apri il workshop dimostrativo</translation>
        </message>
        <message>
            <location line="+8" />
            <source>A complete example workshop to explore or show a client; your own files are not touched</source>
            <translation>Un workshop d'esempio completo da esplorare o mostrare a un cliente; i tuoi file non vengono toccati</translation>
        </message>
        <message>
            <location line="+3" />
            <source>New to CX Workshop? Start with the demo: a filled-in journey with actions, owners and a voting round.</source>
            <translation>Prima volta con CX Workshop? Parti dalla demo: un percorso già compilato, con azioni, responsabili e una votazione.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Version %1</source>
            <translation>Versione %1</translation>
        </message>
    </context>
    <context>
        <name>WorkshopDocument</name>
        <message>
            <location filename="../../document/workshop_document.py" line="428" />
            <source>Add action</source>
            <translation>Aggiungi azione</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="372" />
            <source>Add card</source>
            <translation>Aggiungi scheda</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="291" />
            <source>Add journey map</source>
            <translation>Aggiungi mappa del percorso</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="341" />
            <source>Add lane</source>
            <translation>Aggiungi corsia</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="414" />
            <source>Add meeting</source>
            <translation>Aggiungi incontro</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="400" />
            <source>Add participant</source>
            <translation>Aggiungi partecipante</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="358" />
            <source>Add persona</source>
            <translation>Aggiungi persona</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="318" />
            <source>Add stage</source>
            <translation>Aggiungi fase</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="445" />
            <source>Change action status</source>
            <translation>Cambia lo stato dell'azione</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="460" />
            <source>Close voting round</source>
            <translation>Chiudi la votazione</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="394" />
            <source>Delete cards</source>
            <translation>Elimina schede</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="354" />
            <source>Delete lane</source>
            <translation>Elimina corsia</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="367" />
            <source>Delete persona</source>
            <translation>Elimina persona</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="336" />
            <source>Delete stage</source>
            <translation>Elimina fase</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="433" />
            <source>Edit action</source>
            <translation>Modifica azione</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="384" />
            <source>Edit card</source>
            <translation>Modifica scheda</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="379" />
            <source>Edit card text</source>
            <translation>Modifica il testo della scheda</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="346" />
            <source>Edit lane</source>
            <translation>Modifica corsia</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="419" />
            <source>Edit meeting</source>
            <translation>Modifica incontro</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="405" />
            <source>Edit participant</source>
            <translation>Modifica partecipante</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="363" />
            <source>Edit persona</source>
            <translation>Modifica persona</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="287" />
            <source>Edit workshop details</source>
            <translation>Modifica i dati del workshop</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="391" />
            <source>Move cards</source>
            <translation>Sposta schede</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="350" />
            <source>Move lane</source>
            <translation>Sposta corsia</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="332" />
            <source>Move stage</source>
            <translation>Sposta fase</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="375" />
            <source>Paste cards</source>
            <translation>Incolla schede</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="464" />
            <source>Place dot</source>
            <translation>Metti un bollino</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="451" />
            <source>Remove action</source>
            <translation>Rimuovi azione</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="468" />
            <source>Remove dot</source>
            <translation>Togli il bollino</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="424" />
            <source>Remove meeting</source>
            <translation>Rimuovi incontro</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="410" />
            <source>Remove participant</source>
            <translation>Rimuovi partecipante</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="294" />
            <source>Rename journey map</source>
            <translation>Rinomina la mappa del percorso</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="323" />
            <source>Rename stage</source>
            <translation>Rinomina fase</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="328" />
            <source>Resize stage</source>
            <translation>Ridimensiona fase</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="455" />
            <source>Start voting round</source>
            <translation>Avvia la votazione</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="139" />
            <source>This workshop is open read-only.</source>
            <translation>Questo workshop è aperto in sola lettura.</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="482" />
            <source>Add actions</source>
            <translation>Aggiungi azioni</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="474" />
            <source>Follow-up meeting</source>
            <translation>Incontro di verifica</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="478" />
            <source>Set priorities from the vote</source>
            <translation>Imposta le priorità dalla votazione</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="439" />
            <source>Move action on the matrix</source>
            <translation>Sposta un'azione sulla matrice</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="310" />
            <source>Delete journey map</source>
            <translation>Elimina mappa del percorso</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="303" />
            <source>Duplicate as future state</source>
            <translation>Duplica come situazione futura</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="307" />
            <source>Move journey map</source>
            <translation>Sposta mappa del percorso</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="300" />
            <source>New journey map</source>
            <translation>Nuova mappa del percorso</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="388" />
            <source>Mark evidence</source>
            <translation>Segna l'evidenza</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="489" />
            <source>Add channel</source>
            <translation>Aggiungi canale</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="495" />
            <source>Edit channel register</source>
            <translation>Modifica registro dei canali</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="499" />
            <source>Remove channel</source>
            <translation>Rimuovi canale</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="512" />
            <source>Add measure</source>
            <translation>Aggiungi misura</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="533" />
            <source>Add measurement</source>
            <translation>Aggiungi rilevazione</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="528" />
            <source>Delete measure</source>
            <translation>Elimina misura</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="544" />
            <source>Delete measurement</source>
            <translation>Elimina rilevazione</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="523" />
            <source>Edit measure</source>
            <translation>Modifica misura</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="540" />
            <source>Edit measurement</source>
            <translation>Modifica rilevazione</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="547" />
            <source>Link action to measure</source>
            <translation>Collega azione alla misura</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="550" />
            <source>Unlink action from measure</source>
            <translation>Scollega azione dalla misura</translation>
        </message>
    </context>
</TS>
