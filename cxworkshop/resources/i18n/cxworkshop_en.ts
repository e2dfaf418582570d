<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../ui/about.py" line="+17" />
            <source>About CX Workshop</source>
            <translation>About CX Workshop</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Version %1</source>
            <translation>Version %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Customer-journey workshops with the people in the room: stages, touchpoints, emotions, pain points, moments of truth and opportunities on one board, and an action plan in which every item has an owner, a due date and a priority. Offline; every change is saved as you make it.</source>
            <translation>Customer-journey workshops with the people in the room: stages, touchpoints, emotions, pain points, moments of truth and opportunities on one board, and an action plan in which every item has an owner, a due date and a priority. Offline; every change is saved as you make it.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Settings: %1</source>
            <translation>Settings: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Backups: %1</source>
            <translation>Backups: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Built with Qt %1 and PySide6 %2.</source>
            <translation>Built with Qt %1 and PySide6 %2.</translation>
        </message>
    </context>
    <context>
        <name>ActionPlanDock</name>
        <message>
            <location filename="../../ui/plan/action_plan.py" line="+147" />
            <location line="+23" />
            <source>Action plan</source>
            <translation>Action plan</translation>
        </message>
        <message>
            <location line="+31" />
            <location line="+190" />
            <source>New action</source>
            <translation>New action</translation>
        </message>
        <message>
            <location line="-185" />
            <source>Overdue only</source>
            <translation>Overdue only</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Filter by owner</source>
            <translation>Filter by owner</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Filter by status</source>
            <translation>Filter by status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Filter by stage</source>
            <translation>Filter by stage</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Show:</source>
            <translation>Show:</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Every owner</source>
            <translation>Every owner</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Every status</source>
            <translation>Every status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open or in progress</source>
            <translation>Open or in progress</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Every stage</source>
            <translation>Every stage</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No stage</source>
            <translation>No stage</translation>
        </message>
        <message numerus="yes">
            <location line="+81" />
            <source>%n action(s)</source>
            <translation>
                <numerusform>%n action</numerusform>
                <numerusform>%n actions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n shown</source>
            <translation>
                <numerusform>%n shown</numerusform>
                <numerusform>%n shown</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n without an owner</source>
            <translation>
                <numerusform>%n without an owner</numerusform>
                <numerusform>%n without an owner</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n overdue</source>
            <translation>
                <numerusform>%n overdue</numerusform>
                <numerusform>%n overdue</numerusform>
            </translation>
        </message>
        <message>
            <location line="+76" />
            <source>Remove actions</source>
            <translation>Remove actions</translation>
        </message>
    </context>
    <context>
        <name>ActionStatus</name>
        <message>
            <location filename="../../ui/plan/texts.py" line="25" />
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../../ui/plan/texts.py" line="26" />
            <source>Dropped</source>
            <translation>Dropped</translation>
        </message>
        <message>
            <location filename="../../ui/plan/texts.py" line="24" />
            <source>In progress</source>
            <translation>In progress</translation>
        </message>
        <message>
            <location filename="../../ui/plan/texts.py" line="23" />
            <source>Open</source>
            <translation>Open</translation>
        </message>
    </context>
    <context>
        <name>ActionsModel</name>
        <message>
            <location filename="../../ui/plan/action_model.py" line="+193" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Priority</source>
            <translation>Priority</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Card</source>
            <translation>Card</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Impact</source>
            <translation>Impact</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Effort</source>
            <translation>Effort</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Detail</source>
            <translation>Detail</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Nobody owns this action yet: choose an owner.</source>
            <translation>Nobody owns this action yet: choose an owner.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>%1 — overdue</source>
            <translation>%1 — overdue</translation>
        </message>
    </context>
    <context>
        <name>Agenda</name>
        <message>
            <location filename="../../ui/plan/agenda.py" line="63" />
            <source>%1: the file could not be written (%2); any previous version was left unchanged.</source>
            <translation>%1: the file could not be written (%2); any previous version was left unchanged.</translation>
        </message>
        <message>
            <location filename="../../ui/plan/agenda.py" line="60" />
            <source>Agenda not written</source>
            <translation>Agenda not written</translation>
        </message>
        <message>
            <location filename="../../ui/plan/agenda.py" line="67" />
            <source>Agenda written: %1</source>
            <translation>Agenda written: %1</translation>
        </message>
        <message>
            <location filename="../../ui/plan/agenda.py" line="32" />
            <source>PDF documents (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/plan/agenda.py" line="31" />
            <source>Save the agenda</source>
            <translation>Save the agenda</translation>
        </message>
    </context>
    <context>
        <name>BoardActions</name>
        <message>
            <location filename="../../board/actions.py" line="190" />
            <source>New stage</source>
            <translation>New stage</translation>
        </message>
    </context>
    <context>
        <name>BoardCounts</name>
        <message numerus="yes">
            <location filename="../../board/counts.py" line="+19" />
            <source>%n actions, one without an owner</source>
            <translation>
                <numerusform>%n action, one without an owner</numerusform>
                <numerusform>%n actions, one without an owner</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n actions, owner %1</source>
            <translation>
                <numerusform>%n action, owner %1</numerusform>
                <numerusform>%n actions, owner %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n dots</source>
            <translation>
                <numerusform>%n dot</numerusform>
                <numerusform>%n dots</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%1, %n cards</source>
            <translation>
                <numerusform>%1, %n card</numerusform>
                <numerusform>%1, %n cards</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BoardDescribe</name>
        <message>
            <location filename="../../board/describe.py" line="87" />
            <source>%1 cards selected</source>
            <translation>%1 cards selected</translation>
        </message>
        <message>
            <location filename="../../board/describe.py" line="97" />
            <source>%1, card %2 of %3: %4</source>
            <translation>%1, card %2 of %3: %4</translation>
        </message>
        <message>
            <location filename="../../board/describe.py" line="58" />
            <source>(empty)</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <location filename="../../board/describe.py" line="71" />
            <source>(locked)</source>
            <translation>(locked)</translation>
        </message>
        <message>
            <location filename="../../board/describe.py" line="76" />
            <source>Lane: %1</source>
            <translation>Lane: %1</translation>
        </message>
        <message>
            <location filename="../../board/describe.py" line="92" />
            <source>No cell selected</source>
            <translation>No cell selected</translation>
        </message>
        <message>
            <location filename="../../board/describe.py" line="70" />
            <source>Stage %1 of %2: %3</source>
            <translation>Stage %1 of %2: %3</translation>
        </message>
        <message>
            <location filename="../../board/describe.py" line="93" />
            <source>Stage %1, lane %2</source>
            <translation>Stage %1, lane %2</translation>
        </message>
        <message>
            <location filename="../../board/describe.py" line="42" />
            <source>channel %1</source>
            <translation>channel %1</translation>
        </message>
        <message>
            <location filename="../../board/describe.py" line="46" />
            <source>emotion %1</source>
            <translation>emotion %1</translation>
        </message>
        <message>
            <location filename="../../board/describe.py" line="44" />
            <source>channel owner %1</source>
            <translation>channel owner %1</translation>
        </message>
    </context>
    <context>
        <name>BoardPoster</name>
        <message>
            <location filename="../../ui/poster.py" line="228" />
            <source>Legend</source>
            <translation>Legend</translation>
        </message>
        <message>
            <location filename="../../ui/poster.py" line="211" />
            <source>part %1 of %2</source>
            <translation>part %1 of %2</translation>
        </message>
    </context>
    <context>
        <name>BoardScene</name>
        <message>
            <location filename="../../board/mirror.py" line="+509" />
            <source>This workshop is open read-only.</source>
            <translation>This workshop is open read-only.</translation>
        </message>
        <message>
            <location line="-437" />
            <source>Stages and lanes are locked; unlock them to change the structure.</source>
            <translation>Stages and lanes are locked; unlock them to change the structure.</translation>
        </message>
        <message>
            <location filename="../../board/interactions.py" line="+103" />
            <source>New stage</source>
            <translation>New stage</translation>
        </message>
    </context>
    <context>
        <name>BoardView</name>
        <message>
            <location filename="../../board/view.py" line="+80" />
            <source>Journey board</source>
            <translation>Journey board</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Voting: click a card to give it a dot. </source>
            <translation>Voting: click a card to give it a dot. </translation>
        </message>
        <message>
            <location line="+106" />
            <source>Cards too small to read: press Ctrl+0 again to fit the stages' width</source>
            <translation>Cards too small to read: press Ctrl+0 again to fit the stages' width</translation>
        </message>
    </context>
    <context>
        <name>CardDrag</name>
        <message>
            <location filename="../../board/card_drag.py" line="+52" />
            <source>1 card</source>
            <translation>1 card</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 cards</source>
            <translation>%1 cards</translation>
        </message>
    </context>
    <context>
        <name>CardKind</name>
        <message>
            <location filename="../../board/labels.py" line="24" />
            <source>Backstage process</source>
            <translation>Backstage process</translation>
        </message>
        <message>
            <location filename="../../board/labels.py" line="17" />
            <source>Customer action</source>
            <translation>Customer action</translation>
        </message>
        <message>
            <location filename="../../board/labels.py" line="25" />
            <source>Customer quote</source>
            <translation>Customer quote</translation>
        </message>
        <message>
            <location filename="../../board/labels.py" line="20" />
            <source>Emotion</source>
            <translation>Emotion</translation>
        </message>
        <message>
            <location filename="../../board/labels.py" line="22" />
            <source>Moment of truth</source>
            <translation>Moment of truth</translation>
        </message>
        <message>
            <location filename="../../board/labels.py" line="26" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../board/labels.py" line="23" />
            <source>Opportunity</source>
            <translation>Opportunity</translation>
        </message>
        <message>
            <location filename="../../board/labels.py" line="21" />
            <source>Pain point</source>
            <translation>Pain point</translation>
        </message>
        <message>
            <location filename="../../board/labels.py" line="19" />
            <source>Thought</source>
            <translation>Thought</translation>
        </message>
        <message>
            <location filename="../../board/labels.py" line="18" />
            <source>Touchpoint</source>
            <translation>Touchpoint</translation>
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
            <translation>Event</translation>
        </message>
        <message>
            <location filename="../../board/labels.py" line="41" />
            <source>In person</source>
            <translation>In person</translation>
        </message>
        <message>
            <location filename="../../board/labels.py" line="49" />
            <source>Letter</source>
            <translation>Letter</translation>
        </message>
        <message>
            <location filename="../../board/labels.py" line="52" />
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <location filename="../../board/labels.py" line="51" />
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <location filename="../../board/labels.py" line="42" />
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../board/labels.py" line="46" />
            <source>Social media</source>
            <translation>Social media</translation>
        </message>
        <message>
            <location filename="../../board/labels.py" line="44" />
            <source>Website</source>
            <translation>Website</translation>
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
            <translation>A channel the cards do not name (e.g. Google reviews) — Enter adds</translation>
        </message>
        <message>
            <location filename="../../ui/channel_register.py" line="396" />
            <source>Add a channel</source>
            <translation>Add a channel</translation>
        </message>
        <message>
            <location filename="../../ui/channel_register.py" line="208" />
            <source>Added by hand: no card names this channel.</source>
            <translation>Added by hand: no card names this channel.</translation>
        </message>
        <message>
            <location filename="../../ui/channel_register.py" line="178" />
            <source>Cards</source>
            <translation>Cards</translation>
        </message>
        <message>
            <location filename="../../ui/channel_register.py" line="178" />
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <location filename="../../ui/channel_register.py" line="561" />
            <source>Channel re&amp;gister</source>
            <translation>Channel re&amp;gister</translation>
        </message>
        <message>
            <location filename="../../ui/channel_register.py" line="376" />
            <source>Channel register</source>
            <translation>Channel register</translation>
        </message>
        <message>
            <location filename="../../ui/channel_register.py" line="80" />
            <source>Channels without an owner</source>
            <translation>Channels without an owner</translation>
        </message>
        <message>
            <location filename="../../ui/channel_register.py" line="178" />
            <source>Competences</source>
            <translation>Competences</translation>
        </message>
        <message>
            <location filename="../../ui/channel_register.py" line="178" />
            <source>Deputy</source>
            <translation>Deputy</translation>
        </message>
        <message>
            <location filename="../../ui/channel_register.py" line="314" />
            <source>Double-click a gap to go to its channel, card or action.</source>
            <translation>Double-click a gap to go to its channel, card or action.</translation>
        </message>
        <message>
            <location filename="../../ui/channel_register.py" line="313" />
            <source>Gaps</source>
            <translation>Gaps</translation>
        </message>
        <message>
            <location filename="../../ui/channel_register.py" line="85" />
            <source>Hand-offs between departments inside one stage</source>
            <translation>Hand-offs between departments inside one stage</translation>
        </message>
        <message>
            <location filename="../../ui/channel_register.py" line="84" />
            <source>Moments of truth without an owner</source>
            <translation>Moments of truth without an owner</translation>
        </message>
        <message>
            <location filename="../../ui/channel_register.py" line="329" />
            <source>No gaps: every channel, pain point and moment of truth has someone in charge.</source>
            <translation>No gaps: every channel, pain point and moment of truth has someone in charge.</translation>
        </message>
        <message>
            <location filename="../../ui/channel_register.py" line="196" />
            <source>No owner</source>
            <translation>No owner</translation>
        </message>
        <message>
            <location filename="../../ui/channel_register.py" line="210" />
            <source>Nobody answers for this channel yet: pick an owner.</source>
            <translation>Nobody answers for this channel yet: pick an owner.</translation>
        </message>
        <message>
            <location filename="../../ui/channel_register.py" line="546" />
            <source>Open a workshop to see its channel register.</source>
            <translation>Open a workshop to see its channel register.</translation>
        </message>
        <message>
            <location filename="../../ui/channel_register.py" line="83" />
            <source>Open actions without a due date</source>
            <translation>Open actions without a due date</translation>
        </message>
        <message>
            <location filename="../../ui/channel_register.py" line="178" />
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <location filename="../../ui/channel_register.py" line="82" />
            <source>Pain points without an action</source>
            <translation>Pain points without an action</translation>
        </message>
        <message>
            <location filename="../../ui/channel_register.py" line="179" />
            <source>Procedure</source>
            <translation>Procedure</translation>
        </message>
        <message>
            <location filename="../../ui/channel_register.py" line="398" />
            <source>Remove channel</source>
            <translation>Remove channel</translation>
        </message>
        <message>
            <location filename="../../ui/channel_register.py" line="399" />
            <source>Remove the selected channel added by hand (or one no card uses any more)</source>
            <translation>Remove the selected channel added by hand (or one no card uses any more)</translation>
        </message>
        <message>
            <location filename="../../ui/channel_register.py" line="179" />
            <source>Response time</source>
            <translation>Response time</translation>
        </message>
        <message>
            <location filename="../../ui/channel_register.py" line="179" />
            <source>Scope</source>
            <translation>Scope</translation>
        </message>
        <message>
            <location filename="../../ui/channel_register.py" line="81" />
            <source>Touchpoints whose channel has no procedure</source>
            <translation>Touchpoints whose channel has no procedure</translation>
        </message>
        <message>
            <location filename="../../ui/channel_register.py" line="267" />
            <source>Who answers, within how long, who escalates and to whom</source>
            <translation>Who answers, within how long, who escalates and to whom</translation>
        </message>
        <message>
            <location filename="../../ui/channel_register.py" line="563" />
            <source>Who owns each channel, and the gaps in the plan</source>
            <translation>Who owns each channel, and the gaps in the plan</translation>
        </message>
        <message>
            <location filename="../../ui/channel_register.py" line="160" />
            <source>— nobody —</source>
            <translation>— nobody —</translation>
        </message>
    </context>
    <context>
        <name>ClientModel</name>
        <message>
            <location filename="../../ui/portfolio_models.py" line="+212" />
            <source>Client</source>
            <translation>Client</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Workshops</source>
            <translation>Workshops</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Without an owner</source>
            <translation>Without an owner</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Last meeting</source>
            <translation>Last meeting</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next follow-up</source>
            <translation>Next follow-up</translation>
        </message>
        <message>
            <location line="+21" />
            <source>(no client)</source>
            <translation>(no client)</translation>
        </message>
    </context>
    <context>
        <name>DateInput</name>
        <message>
            <location filename="../../ui/plan/date_input.py" line="+50" />
            <source>Pick from the calendar (Alt+Down)</source>
            <translation>Pick from the calendar (Alt+Down)</translation>
        </message>
        <message>
            <location line="+26" />
            <source>A date is needed here: type it as %1, for example %2.</source>
            <translation>A date is needed here: type it as %1, for example %2.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>dd/mm/yyyy</source>
            <translation>dd/mm/yyyy</translation>
        </message>
        <message>
            <location line="+2" />
            <source>mm/dd/yyyy</source>
            <translation>mm/dd/yyyy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>yyyy-mm-dd</source>
            <translation>yyyy-mm-dd</translation>
        </message>
        <message>
            <location line="+7" />
            <source>There is no day “%1”: check the day, month and year.</source>
            <translation>There is no day “%1”: check the day, month and year.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>“%1” is not a date: type it as %2, for example %3.</source>
            <translation>“%1” is not a date: type it as %2, for example %3.</translation>
        </message>
    </context>
    <context>
        <name>Emotion</name>
        <message>
            <location filename="../../board/labels.py" line="55" />
            <source>Negative</source>
            <translation>Negative</translation>
        </message>
        <message>
            <location filename="../../board/labels.py" line="55" />
            <source>Neutral</source>
            <translation>Neutral</translation>
        </message>
        <message>
            <location filename="../../board/labels.py" line="55" />
            <source>Positive</source>
            <translation>Positive</translation>
        </message>
        <message>
            <location filename="../../board/labels.py" line="55" />
            <source>Very negative</source>
            <translation>Very negative</translation>
        </message>
        <message>
            <location filename="../../board/labels.py" line="56" />
            <source>Very positive</source>
            <translation>Very positive</translation>
        </message>
    </context>
    <context>
        <name>Evidence</name>
        <message>
            <location filename="../../board/evidence_mark.py" line="35" />
            <source>Analytics</source>
            <translation>Analytics</translation>
        </message>
        <message>
            <location filename="../../board/evidence_mark.py" line="28" />
            <source>Assumed, to verify</source>
            <translation>Assumed, to verify</translation>
        </message>
        <message>
            <location filename="../../board/evidence_mark.py" line="32" />
            <source>Complaint log</source>
            <translation>Complaint log</translation>
        </message>
        <message>
            <location filename="../../board/evidence_mark.py" line="31" />
            <source>Interview</source>
            <translation>Interview</translation>
        </message>
        <message>
            <location filename="../../board/evidence_mark.py" line="27" />
            <source>Observed</source>
            <translation>Observed</translation>
        </message>
        <message>
            <location filename="../../board/evidence_mark.py" line="36" />
            <source>Other source</source>
            <translation>Other source</translation>
        </message>
        <message>
            <location filename="../../board/evidence_mark.py" line="34" />
            <source>Review</source>
            <translation>Review</translation>
        </message>
        <message>
            <location filename="../../board/evidence_mark.py" line="33" />
            <source>Survey</source>
            <translation>Survey</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../ui/export_dialog.py" line="242" />
            <source>(untitled action)</source>
            <translation>(untitled action)</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="176" />
            <source>Action plan (CSV)</source>
            <translation>Action plan (CSV)</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="178" />
            <source>Action plan (Excel)</source>
            <translation>Action plan (Excel)</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="280" />
            <source>Browse…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="177" />
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="246" />
            <source>Choose an owner…</source>
            <translation>Choose an owner…</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="405" />
            <source>Choose at least one thing to export.</source>
            <translation>Choose at least one thing to export.</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="281" />
            <source>Choose where to write: %1</source>
            <translation>Choose where to write: %1</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="345" />
            <source>Create the e-mails</source>
            <translation>Create the e-mails</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="180" />
            <source>E-mail drafts per owner (folder)</source>
            <translation>E-mail drafts per owner (folder)</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="340" />
            <source>Each owner gets an e-mail draft with their actions and a PDF of them attached. The drafts open in your mail client: check them, then send.</source>
            <translation>Each owner gets an e-mail draft with their actions and a PDF of them attached. The drafts open in your mail client: check them, then send.</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="235" />
            <source>Every open action needs an owner before exporting. Add the participants first (Plan &gt; Show &gt; Participants).</source>
            <translation>Every open action needs an owner before exporting. Add the participants first (Plan &gt; Show &gt; Participants).</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="238" />
            <source>Every open action needs an owner before exporting. Choose one for each: it is saved at once and can be undone.</source>
            <translation>Every open action needs an owner before exporting. Choose one for each: it is saved at once and can be undone.</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="231" />
            <source>Every open action needs an owner before exporting. This workshop is open read-only: assign the owners where it can be edited.</source>
            <translation>Every open action needs an owner before exporting. This workshop is open read-only: assign the owners where it can be edited.</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="179" />
            <source>Excel (*.xlsx)</source>
            <translation>Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="348" />
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="174" />
            <source>Full report (PDF)</source>
            <translation>Full report (PDF)</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="403" />
            <source>Give every open action an owner to continue.</source>
            <translation>Give every open action an owner to continue.</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="175" />
            <source>One PDF per owner (folder)</source>
            <translation>One PDF per owner (folder)</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="245" />
            <source>Owner of %1</source>
            <translation>Owner of %1</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="174" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="339" />
            <source>Send outcomes</source>
            <translation>Send outcomes</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="349" />
            <source>What to export</source>
            <translation>What to export</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="278" />
            <source>Where to write: %1</source>
            <translation>Where to write: %1</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="427" />
            <source>Writing one PDF per owner…</source>
            <translation>Writing one PDF per owner…</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="420" />
            <source>Writing the CSV action plan…</source>
            <translation>Writing the CSV action plan…</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="421" />
            <source>Writing the Excel action plan…</source>
            <translation>Writing the Excel action plan…</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="428" />
            <source>Writing the e-mail drafts…</source>
            <translation>Writing the e-mail drafts…</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="434" />
            <source>Writing the full report…</source>
            <translation>Writing the full report…</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="176" />
            <source>actions</source>
            <translation>actions</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="180" />
            <source>emails</source>
            <translation>emails</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="175" />
            <source>owners</source>
            <translation>owners</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="229" />
            <source>%1 open actions without an owner</source>
            <translation>%1 open actions without an owner</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="228" />
            <source>One open action without an owner</source>
            <translation>One open action without an owner</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="183" />
            <source>Board poster (PNG)</source>
            <translation>Board poster (PNG)</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="181" />
            <source>Calendar reminders per owner, .ics (folder)</source>
            <translation>Calendar reminders per owner, .ics (folder)</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="184" />
            <source>PNG image (*.png)</source>
            <translation>PNG image (*.png)</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="424" />
            <source>Writing the calendar reminders…</source>
            <translation>Writing the calendar reminders…</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="183" />
            <source>poster</source>
            <translation>poster</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="182" />
            <source>reminders</source>
            <translation>reminders</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="357" />
            <source>&amp;Paper of the full report:</source>
            <translation>&amp;Paper of the full report:</translation>
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
            <translation>Paper of the full report</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="146" />
            <source>US Letter</source>
            <translation>US Letter</translation>
        </message>
    </context>
    <context>
        <name>ExportRun</name>
        <message>
            <location filename="../../ui/export_run.py" line="202" />
            <source>Already written:</source>
            <translation>Already written:</translation>
        </message>
        <message>
            <location filename="../../ui/export_run.py" line="104" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/export_run.py" line="194" />
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <location filename="../../ui/export_run.py" line="107" />
            <source>Exporting</source>
            <translation>Exporting</translation>
        </message>
        <message>
            <location filename="../../ui/export_run.py" line="218" />
            <source>Open folder</source>
            <translation>Open folder</translation>
        </message>
        <message>
            <location filename="../../ui/export_run.py" line="104" />
            <source>Preparing the export…</source>
            <translation>Preparing the export…</translation>
        </message>
        <message>
            <location filename="../../ui/export_run.py" line="199" />
            <source>The export was not completed</source>
            <translation>The export was not completed</translation>
        </message>
        <message>
            <location filename="../../ui/export_run.py" line="212" />
            <source>… and %1 more</source>
            <translation>… and %1 more</translation>
        </message>
        <message>
            <location filename="../../ui/export_run.py" line="208" />
            <source>Files written: %1</source>
            <translation>Files written: %1</translation>
        </message>
        <message>
            <location filename="../../ui/export_run.py" line="147" />
            <source>Some open actions have no owner: %1</source>
            <translation>Some open actions have no owner: %1</translation>
        </message>
        <message>
            <location filename="../../ui/export_run.py" line="215" />
            <source>Folder: %1</source>
            <translation>Folder: %1</translation>
        </message>
    </context>
    <context>
        <name>FileNotices</name>
        <message>
            <location filename="../../ui/file_notices.py" line="49" />
            <source>Backup not made</source>
            <translation>Backup not made</translation>
        </message>
        <message>
            <location filename="../../ui/file_notices.py" line="34" />
            <source>Editing stopped</source>
            <translation>Editing stopped</translation>
        </message>
        <message>
            <location filename="../../ui/file_notices.py" line="37" />
            <source>Save a copy…</source>
            <translation>Save a copy…</translation>
        </message>
        <message>
            <location filename="../../ui/file_notices.py" line="35" />
            <source>The workshop file was changed by another program</source>
            <translation>The workshop file was changed by another program</translation>
        </message>
    </context>
    <context>
        <name>FollowUpDialog</name>
        <message>
            <location filename="../../ui/plan/follow_up.py" line="+56" />
            <location line="+183" />
            <source>Follow-up meeting</source>
            <translation>Follow-up meeting</translation>
        </message>
        <message>
            <location line="-170" />
            <source>Follow-up meeting %1</source>
            <translation>Follow-up meeting %1</translation>
        </message>
        <message>
            <location line="-5" />
            <location line="+7" />
            <source>Held on</source>
            <translation>Held on</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Previous meeting</source>
            <translation>Previous meeting</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New status</source>
            <translation>New status</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New due date</source>
            <translation>New due date</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Open actions to review</source>
            <translation>Open actions to review</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Review every open action: what moved, the new due date, a note. Each answer is kept in the action's history with this meeting.</source>
            <translation>Review every open action: what moved, the new due date, a note. Each answer is kept in the action's history with this meeting.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No action is open: the meeting will be recorded with no review.</source>
            <translation>No action is open: the meeting will be recorded with no review.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Record the meeting</source>
            <translation>Record the meeting</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Enter &amp;measurements…</source>
            <translation>Enter &amp;measurements…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Print agenda…</source>
            <translation>Print agenda…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Agenda: what this meeting goes through</source>
            <translation>Agenda: what this meeting goes through</translation>
        </message>
        <message>
            <location line="+33" />
            <source>%1 — overdue</source>
            <translation>%1 — overdue</translation>
        </message>
        <message>
            <location line="+6" />
            <source>New status of %1</source>
            <translation>New status of %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>New due date of %1</source>
            <translation>New due date of %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>What happened?</source>
            <translation>What happened?</translation>
        </message>
        <message>
            <location line="+85" />
            <source>Measurements to record with this meeting: %1.</source>
            <translation>Measurements to record with this meeting: %1.</translation>
        </message>
    </context>
    <context>
        <name>GapsPanel</name>
        <message numerus="yes">
            <location filename="../../ui/channel_register.py" line="+328" />
            <source>%n gap(s): advice, not errors.</source>
            <translation>
                <numerusform>%n gap: advice, not errors.</numerusform>
                <numerusform>%n gaps: advice, not errors.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InspectorWidget</name>
        <message>
            <location filename="../../ui/inspector.py" line="+62" />
            <source>Select a card, a stage or a lane to see its details here.</source>
            <translation>Select a card, a stage or a lane to see its details here.</translation>
        </message>
        <message>
            <location line="+19" />
            <location line="+4" />
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>(not marked)</source>
            <translation>(not marked)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>(source not given)</source>
            <translation>(source not given)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Default</source>
            <translation>Default</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+7" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location line="-7" />
            <location line="+8" />
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <location line="-7" />
            <location line="+8" />
            <source>Emotion</source>
            <translation>Emotion</translation>
        </message>
        <message>
            <location line="-8" />
            <location line="+9" />
            <source>Evidence</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <location line="-8" />
            <location line="+10" />
            <source>Colour</source>
            <translation>Colour</translation>
        </message>
        <message>
            <location line="-10" />
            <location line="+9" />
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <location line="-8" />
            <location line="+10" />
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+13" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location line="-11" />
            <location line="+12" />
            <source>Lane kind</source>
            <translation>Lane kind</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+70" />
            <source>Width</source>
            <translation>Width</translation>
        </message>
        <message>
            <location line="-33" />
            <source>Inspector</source>
            <translation>Inspector</translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>%n cards</source>
            <translation>
                <numerusform>%n cards</numerusform>
                <numerusform>%n cards</numerusform>
            </translation>
        </message>
        <message>
            <location line="+21" />
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Lane</source>
            <translation>Lane</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Minimum height</source>
            <translation>Minimum height</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Edit cards</source>
            <translation>Edit cards</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Card colour</source>
            <translation>Card colour</translation>
        </message>
    </context>
    <context>
        <name>JoinCodeWindow</name>
        <message>
            <location filename="../../ui/room_projector.py" line="+38" />
            <source>Join the room</source>
            <translation>Join the room</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Scan the code with your phone's camera to join</source>
            <translation>Scan the code with your phone's camera to join</translation>
        </message>
    </context>
    <context>
        <name>LaneKind</name>
        <message>
            <location filename="../../board/labels.py" line="36" />
            <source>Backstage processes</source>
            <translation>Backstage processes</translation>
        </message>
        <message>
            <location filename="../../board/labels.py" line="38" />
            <source>Custom</source>
            <translation>Custom</translation>
        </message>
        <message>
            <location filename="../../board/labels.py" line="29" />
            <source>Customer actions</source>
            <translation>Customer actions</translation>
        </message>
        <message>
            <location filename="../../board/labels.py" line="32" />
            <source>Emotions</source>
            <translation>Emotions</translation>
        </message>
        <message>
            <location filename="../../board/labels.py" line="34" />
            <source>Moments of truth</source>
            <translation>Moments of truth</translation>
        </message>
        <message>
            <location filename="../../board/labels.py" line="35" />
            <source>Opportunities</source>
            <translation>Opportunities</translation>
        </message>
        <message>
            <location filename="../../board/labels.py" line="33" />
            <source>Pain points</source>
            <translation>Pain points</translation>
        </message>
        <message>
            <location filename="../../board/labels.py" line="37" />
            <source>Support processes</source>
            <translation>Support processes</translation>
        </message>
        <message>
            <location filename="../../board/labels.py" line="31" />
            <source>Thoughts</source>
            <translation>Thoughts</translation>
        </message>
        <message>
            <location filename="../../board/labels.py" line="30" />
            <source>Touchpoints and channels</source>
            <translation>Touchpoints and channels</translation>
        </message>
    </context>
    <context>
        <name>LockIndicator</name>
        <message>
            <location filename="../../ui/status_notices.py" line="+56" />
            <source>Stages and lanes locked</source>
            <translation>Stages and lanes locked</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The facilitator lock is on: click (or Ctrl+Shift+L) to unlock</source>
            <translation>The facilitator lock is on: click (or Ctrl+Shift+L) to unlock</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="+133" />
            <source>&lt;opened&gt;</source>
            <translation>&lt;opened&gt;</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Palette</source>
            <translation>Palette</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Inspector</source>
            <translation>Inspector</translation>
        </message>
        <message>
            <location line="+2" />
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="62" />
            <source>&amp;New workshop…</source>
            <translation>&amp;New workshop…</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="64" />
            <source>&amp;Open…</source>
            <translation>&amp;Open…</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="65" />
            <source>Open the &amp;demo workshop</source>
            <translation>Open the &amp;demo workshop</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="68" />
            <source>Save a &amp;copy as…</source>
            <translation>Save a &amp;copy as…</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="72" />
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="73" />
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="74" />
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="75" />
            <source>Cu&amp;t</source>
            <translation>Cu&amp;t</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="76" />
            <source>&amp;Copy</source>
            <translation>&amp;Copy</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="77" />
            <source>&amp;Paste</source>
            <translation>&amp;Paste</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="79" />
            <source>&amp;Delete</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="80" />
            <source>&amp;Edit text</source>
            <translation>&amp;Edit text</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="81" />
            <source>Select &amp;all cards</source>
            <translation>Select &amp;all cards</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="84" />
            <source>&amp;History</source>
            <translation>&amp;History</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="86" />
            <source>Zoom &amp;in</source>
            <translation>Zoom &amp;in</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="89" />
            <source>Zoom &amp;out</source>
            <translation>Zoom &amp;out</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="91" />
            <source>&amp;Fit the board</source>
            <translation>&amp;Fit the board</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="93" />
            <source>&amp;Actual size</source>
            <translation>&amp;Actual size</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="96" />
            <source>F&amp;ull screen</source>
            <translation>F&amp;ull screen</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="101" />
            <source>Add &amp;stage</source>
            <translation>Add &amp;stage</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="103" />
            <source>Add &amp;note</source>
            <translation>Add &amp;note</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="106" />
            <source>&amp;Rename stage or lane</source>
            <translation>&amp;Rename stage or lane</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="107" />
            <source>Delete s&amp;tage (with its cards)</source>
            <translation>Delete s&amp;tage (with its cards)</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="111" />
            <source>Add &amp;persona…</source>
            <translation>Add &amp;persona…</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="112" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Keyboard shortcuts</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="114" />
            <source>&amp;About CX Workshop</source>
            <translation>&amp;About CX Workshop</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="133" />
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="135" />
            <source>Open &amp;recent</source>
            <translation>Open &amp;recent</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="142" />
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="152" />
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="164" />
            <source>&amp;Board</source>
            <translation>&amp;Board</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="173" />
            <source>Add &amp;lane</source>
            <translation>Add &amp;lane</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="180" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="188" />
            <source>Board</source>
            <translation>Board</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="+110" />
            <source>&amp;Undo %1</source>
            <translation>&amp;Undo %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Redo %1</source>
            <translation>&amp;Redo %1</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Not saved</source>
            <translation>Not saved</translation>
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
                <numerusform>Stage “%1” deleted, with %n card.</numerusform>
                <numerusform>Stage “%1” deleted, with %n cards.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stage “%1” deleted.</source>
            <translation>Stage “%1” deleted.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Lane “%1” deleted, with %n card(s).</source>
            <translation>
                <numerusform>Lane “%1” deleted, with %n card.</numerusform>
                <numerusform>Lane “%1” deleted, with %n cards.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lane “%1” deleted.</source>
            <translation>Lane “%1” deleted.</translation>
        </message>
        <message>
            <location line="+81" />
            <source>read-only</source>
            <translation>read-only</translation>
        </message>
        <message>
            <location line="+3" />
            <source>saved %1</source>
            <translation>saved %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>New workshop</source>
            <translation>New workshop</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The workshop cannot be created</source>
            <translation>The workshop cannot be created</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Open workshop</source>
            <translation>Open workshop</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The demo cannot be created</source>
            <translation>The demo cannot be created</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Save a copy</source>
            <translation>Save a copy</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The copy was not saved</source>
            <translation>The copy was not saved</translation>
        </message>
        <message>
            <location line="+44" />
            <source>Room layout: Ctrl+Shift+R brings the docks back.</source>
            <translation>Room layout: Ctrl+Shift+R brings the docks back.</translation>
        </message>
        <message>
            <location line="+75" />
            <location line="+11" />
            <source>Export cancelled</source>
            <translation>Export cancelled</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="69" />
            <source>&amp;Export…</source>
            <translation>&amp;Export…</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="94" />
            <source>&amp;Presentation</source>
            <translation>&amp;Presentation</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="82" />
            <source>Pre&amp;ferences…</source>
            <translation>Pre&amp;ferences…</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="95" />
            <source>Present the board full screen for the room (F5)</source>
            <translation>Present the board full screen for the room (F5)</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="108" />
            <source>&amp;Delete lane (with its cards)</source>
            <translation>&amp;Delete lane (with its cards)</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="98" />
            <source>&amp;Room layout</source>
            <translation>&amp;Room layout</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="63" />
            <source>&amp;Welcome screen</source>
            <translation>&amp;Welcome screen</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="71" />
            <source>C&amp;lose workshop</source>
            <translation>C&amp;lose workshop</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="78" />
            <source>Dup&amp;licate</source>
            <translation>Dup&amp;licate</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="159" />
            <source>I&amp;nspector</source>
            <translation>I&amp;nspector</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="109" />
            <source>Loc&amp;k stages and lanes</source>
            <translation>Loc&amp;k stages and lanes</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="158" />
            <source>Pa&amp;lette</source>
            <translation>Pa&amp;lette</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="70" />
            <source>Send ou&amp;tcomes…</source>
            <translation>Send ou&amp;tcomes…</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="67" />
            <source>&amp;Portfolio…</source>
            <translation>&amp;Portfolio…</translation>
        </message>
    </context>
    <context>
        <name>MapTabs</name>
        <message>
            <location filename="../../ui/map_tabs.py" line="106" />
            <source>%1 (%2): Ctrl+PgDown / Ctrl+PgUp switch maps</source>
            <translation>%1 (%2): Ctrl+PgDown / Ctrl+PgUp switch maps</translation>
        </message>
        <message>
            <location filename="../../ui/map_tabs.py" line="147" />
            <source>&amp;Compare with the other state</source>
            <translation>&amp;Compare with the other state</translation>
        </message>
        <message>
            <location filename="../../ui/map_tabs.py" line="72" />
            <source>&amp;Kind:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <location filename="../../ui/map_tabs.py" line="71" />
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <location filename="../../ui/map_tabs.py" line="67" />
            <source>Current state</source>
            <translation>Current state</translation>
        </message>
        <message>
            <location filename="../../ui/map_tabs.py" line="143" />
            <source>Delete m&amp;ap…</source>
            <translation>Delete m&amp;ap…</translation>
        </message>
        <message>
            <location filename="../../ui/map_tabs.py" line="307" />
            <source>Delete map</source>
            <translation>Delete map</translation>
        </message>
        <message>
            <location filename="../../ui/map_tabs.py" line="308" />
            <source>Delete the map “%1” with all its stages, lanes and cards? Undo brings it back.</source>
            <translation>Delete the map “%1” with all its stages, lanes and cards? Undo brings it back.</translation>
        </message>
        <message>
            <location filename="../../ui/map_tabs.py" line="144" />
            <source>Duplicate as &amp;future state</source>
            <translation>Duplicate as &amp;future state</translation>
        </message>
        <message>
            <location filename="../../ui/map_tabs.py" line="68" />
            <source>Future state</source>
            <translation>Future state</translation>
        </message>
        <message>
            <location filename="../../ui/map_tabs.py" line="88" />
            <source>Journey maps</source>
            <translation>Journey maps</translation>
        </message>
        <message>
            <location filename="../../ui/map_tabs.py" line="69" />
            <source>Kind of map</source>
            <translation>Kind of map</translation>
        </message>
        <message>
            <location filename="../../ui/map_tabs.py" line="141" />
            <source>Move map l&amp;eft</source>
            <translation>Move map l&amp;eft</translation>
        </message>
        <message>
            <location filename="../../ui/map_tabs.py" line="142" />
            <source>Move map ri&amp;ght</source>
            <translation>Move map ri&amp;ght</translation>
        </message>
        <message>
            <location filename="../../ui/map_tabs.py" line="65" />
            <source>Name of the map</source>
            <translation>Name of the map</translation>
        </message>
        <message>
            <location filename="../../ui/map_tabs.py" line="301" />
            <source>Name of the map:</source>
            <translation>Name of the map:</translation>
        </message>
        <message>
            <location filename="../../ui/map_tabs.py" line="139" />
            <source>Ne&amp;w map…</source>
            <translation>Ne&amp;w map…</translation>
        </message>
        <message>
            <location filename="../../ui/map_tabs.py" line="145" />
            <source>Ne&amp;xt map</source>
            <translation>Ne&amp;xt map</translation>
        </message>
        <message>
            <location filename="../../ui/map_tabs.py" line="62" />
            <source>New journey map</source>
            <translation>New journey map</translation>
        </message>
        <message>
            <location filename="../../ui/map_tabs.py" line="295" />
            <source>New map</source>
            <translation>New map</translation>
        </message>
        <message>
            <location filename="../../ui/map_tabs.py" line="146" />
            <source>Pre&amp;vious map</source>
            <translation>Pre&amp;vious map</translation>
        </message>
        <message>
            <location filename="../../ui/map_tabs.py" line="140" />
            <source>Rena&amp;me map…</source>
            <translation>Rena&amp;me map…</translation>
        </message>
        <message>
            <location filename="../../ui/map_tabs.py" line="348" />
            <source>Rename map</source>
            <translation>Rename map</translation>
        </message>
        <message>
            <location filename="../../ui/map_tabs.py" line="149" />
            <source>Show the other map's emotion curve (current or future state) dashed on this board</source>
            <translation>Show the other map's emotion curve (current or future state) dashed on this board</translation>
        </message>
        <message>
            <location filename="../../ui/map_tabs.py" line="49" />
            <source>current</source>
            <translation>current</translation>
        </message>
        <message>
            <location filename="../../ui/map_tabs.py" line="49" />
            <source>future</source>
            <translation>future</translation>
        </message>
    </context>
    <context>
        <name>MeasurementsDialog</name>
        <message>
            <location filename="../../ui/results/entry.py" line="+25" />
            <source>Enter measurements</source>
            <translation>Enter measurements</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Measure</source>
            <translation>Measure</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Latest</source>
            <translation>Latest</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New value</source>
            <translation>New value</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>New value of %1</source>
            <translation>New value of %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Type the values measured since the previous meeting; leave a field empty when there is nothing new. They are recorded with this meeting.</source>
            <translation>Type the values measured since the previous meeting; leave a field empty when there is nothing new. They are recorded with this meeting.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No measure yet: add them in Plan &gt; Results.</source>
            <translation>No measure yet: add them in Plan &gt; Results.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>“%1” is not a number: type it as 45, 4.5 or -12.</source>
            <translation>“%1” is not a number: type it as 45, 4.5 or -12.</translation>
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
            <translation>Check that the disk or network folder is connected and that you may read the file, then try again.</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="56" />
            <source>Choose a file that ends in .cxw and was saved by CX Workshop. Nothing was changed.</source>
            <translation>Choose a file that ends in .cxw and was saved by CX Workshop. Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="61" />
            <source>For your safety it was not opened: what was added could alter your data.</source>
            <translation>For your safety it was not opened: what was added could alter your data.</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="79" />
            <source>Free some space on the disk, then try again. Nothing was lost.</source>
            <translation>Free some space on the disk, then try again. Nothing was lost.</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="53" />
            <source>It may have been moved, renamed or deleted, or it is on a disk or network folder that is not connected now.</source>
            <translation>It may have been moved, renamed or deleted, or it is on a disk or network folder that is not connected now.</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="86" />
            <source>Nothing was changed.</source>
            <translation>Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="70" />
            <source>Only one window at a time can edit a workshop. You can open it read-only to look at it and present it, or open a copy to edit separately.</source>
            <translation>Only one window at a time can edit a workshop. You can open it read-only to look at it and present it, or open a copy to edit separately.</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="125" />
            <source>Open a copy</source>
            <translation>Open a copy</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="124" />
            <source>Open read-only</source>
            <translation>Open read-only</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="118" />
            <source>Open the latest backup</source>
            <translation>Open the latest backup</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="110" />
            <source>Opening the workshop</source>
            <translation>Opening the workshop</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="167" />
            <source>Save a copy</source>
            <translation>Save a copy</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="128" />
            <source>Save a copy…</source>
            <translation>Save a copy…</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="227" />
            <source>The copy could not be made</source>
            <translation>The copy could not be made</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="44" />
            <source>The disk is full</source>
            <translation>The disk is full</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="43" />
            <source>The file cannot be read</source>
            <translation>The file cannot be read</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="59" />
            <source>The file was not opened, so nothing in it was changed.</source>
            <translation>The file was not opened, so nothing in it was changed.</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="42" />
            <source>The workshop cannot be edited here</source>
            <translation>The workshop cannot be edited here</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="36" />
            <source>The workshop cannot be found</source>
            <translation>The workshop cannot be found</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="47" />
            <source>The workshop cannot be opened</source>
            <translation>The workshop cannot be opened</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="38" />
            <source>The workshop file is damaged</source>
            <translation>The workshop file is damaged</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="40" />
            <source>The workshop file was changed by another program</source>
            <translation>The workshop file was changed by another program</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="41" />
            <source>The workshop is already open</source>
            <translation>The workshop is already open</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="63" />
            <source>There is no backup of this workshop on this computer; if you have a copy (for example in an email), open that.</source>
            <translation>There is no backup of this workshop on this computer; if you have a copy (for example in an email), open that.</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="37" />
            <source>This is not a workshop file</source>
            <translation>This is not a workshop file</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="39" />
            <source>This workshop was made by a newer CX Workshop</source>
            <translation>This workshop was made by a newer CX Workshop</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="68" />
            <source>Update CX Workshop on this computer to open it. The file was not changed.</source>
            <translation>Update CX Workshop on this computer to open it. The file was not changed.</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="65" />
            <source>You can open a copy of the latest backup, made %1, and carry on from there.</source>
            <translation>You can open a copy of the latest backup, made %1, and carry on from there.</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="73" />
            <source>You can open it read-only, or save a copy in a folder you can write to and edit the copy.</source>
            <translation>You can open it read-only, or save a copy in a folder you can write to and edit the copy.</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="209" />
            <source>backup %1</source>
            <translation>backup %1</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="166" />
            <source>copy</source>
            <translation>copy</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="45" />
            <source>An interrupted write belongs to another copy of this workshop</source>
            <translation>An interrupted write belongs to another copy of this workshop</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="81" />
            <source>Applying it would mix the two copies, so neither the file nor the journal was touched. "Open as it is" keeps the journal under a new name next to the file.</source>
            <translation>Applying it would mix the two copies, so neither the file nor the journal was touched. "Open as it is" keeps the journal under a new name next to the file.</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="120" />
            <source>Open as it is</source>
            <translation>Open as it is</translation>
        </message>
        <message>
            <location filename="../../ui/open_errors.py" line="85" />
            <source>The latest backup was made %1.</source>
            <translation>The latest backup was made %1.</translation>
        </message>
    </context>
    <context>
        <name>PaletteWidget</name>
        <message>
            <location filename="../../board/palette.py" line="+96" />
            <source>Card kinds: drag one onto the board</source>
            <translation>Card kinds: drag one onto the board</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Drag onto the board, or press Enter to add to the current cell</source>
            <translation>Drag onto the board, or press Enter to add to the current cell</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Channel of new touchpoints</source>
            <translation>Channel of new touchpoints</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Emotion</source>
            <translation>Emotion</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsDock</name>
        <message>
            <location filename="../../ui/plan/participants.py" line="+173" />
            <location line="+16" />
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Name, role, department, email — Enter adds</source>
            <translation>Name, role, department, email — Enter adds</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add a participant</source>
            <translation>Add a participant</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add a whole department that can own actions</source>
            <translation>Add a whole department that can own actions</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove the selected participant; their actions become unowned</source>
            <translation>Remove the selected participant; their actions become unowned</translation>
        </message>
        <message numerus="yes">
            <location line="+46" />
            <source>%n action(s) now have no owner: give them one in the action plan.</source>
            <translation>
                <numerusform>%n action now have no owner: give them one in the action plan.</numerusform>
                <numerusform>%n actions now have no owner: give them one in the action plan.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ParticipantsModel</name>
        <message>
            <location line="-134" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Is a department</source>
            <translation>Is a department</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Facilitator</source>
            <translation>Facilitator</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <location line="+15" />
            <source>A department: it can own actions as a whole</source>
            <translation>A department: it can own actions as a whole</translation>
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
            <translation>Add persona</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Short description</source>
            <translation>Short description</translation>
        </message>
        <message>
            <location filename="../../board/grid_items.py" line="+467" />
            <location filename="../../ui/persona_dialog.py" line="+1" />
            <source>Goals</source>
            <translation>Goals</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../ui/persona_dialog.py" line="+1" />
            <source>Frustrations</source>
            <translation>Frustrations</translation>
        </message>
        <message>
            <location filename="../../ui/persona_dialog.py" line="+4" />
            <source>Delete persona</source>
            <translation>Delete persona</translation>
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
            <translation>Double-click here to add a persona</translation>
        </message>
    </context>
    <context>
        <name>Plan</name>
        <message>
            <location filename="../../ui/plan/action_model.py" line="174" />
            <source>%1 (department)</source>
            <translation>%1 (department)</translation>
        </message>
        <message>
            <location filename="../../ui/plan/texts.py" line="49" />
            <source>No owner</source>
            <translation>No owner</translation>
        </message>
        <message>
            <location filename="../../ui/plan/action_model.py" line="170" />
            <source>— No owner —</source>
            <translation>— No owner —</translation>
        </message>
        <message>
            <location filename="../../ui/plan/action_model.py" line="179" />
            <source>— No stage —</source>
            <translation>— No stage —</translation>
        </message>
    </context>
    <context>
        <name>PlanEdits</name>
        <message>
            <location filename="../../ui/plan/edits.py" line="+36" />
            <source>This workshop is open read-only.</source>
            <translation>This workshop is open read-only.</translation>
        </message>
        <message>
            <location line="+53" />
            <source>Workshop</source>
            <translation>Workshop</translation>
        </message>
        <message>
            <location line="+8" />
            <source>That card no longer exists.</source>
            <translation>That card no longer exists.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Action on card %1</source>
            <translation>Action on card %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Add action</source>
            <translation>Add action</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Add actions</source>
            <translation>Add actions</translation>
        </message>
    </context>
    <context>
        <name>PlanUi</name>
        <message>
            <location filename="../../ui/plan/__init__.py" line="171" />
            <source>&amp;New action</source>
            <translation>&amp;New action</translation>
        </message>
        <message>
            <location filename="../../ui/plan/__init__.py" line="172" />
            <source>Start &amp;follow-up meeting…</source>
            <translation>Start &amp;follow-up meeting…</translation>
        </message>
        <message>
            <location filename="../../ui/plan/__init__.py" line="174" />
            <source>Start &amp;voting round…</source>
            <translation>Start &amp;voting round…</translation>
        </message>
        <message>
            <location filename="../../ui/plan/__init__.py" line="177" />
            <source>&amp;Timer</source>
            <translation>&amp;Timer</translation>
        </message>
        <message>
            <location filename="../../ui/plan/__init__.py" line="179" />
            <source>Show the &amp;action plan</source>
            <translation>Show the &amp;action plan</translation>
        </message>
        <message>
            <location filename="../../ui/plan/__init__.py" line="181" />
            <source>Value/effort &amp;matrix</source>
            <translation>Value/effort &amp;matrix</translation>
        </message>
        <message>
            <location filename="../../ui/plan/__init__.py" line="182" />
            <source>Roa&amp;dmap</source>
            <translation>Roa&amp;dmap</translation>
        </message>
        <message>
            <location filename="../../ui/plan/__init__.py" line="183" />
            <source>Prepare the a&amp;genda…</source>
            <translation>Prepare the a&amp;genda…</translation>
        </message>
        <message>
            <location filename="../../ui/plan/__init__.py" line="188" />
            <source>&amp;Plan</source>
            <translation>&amp;Plan</translation>
        </message>
        <message>
            <location filename="../../ui/plan/__init__.py" line="195" />
            <source>Show</source>
            <translation>Show</translation>
        </message>
        <message>
            <location filename="../../ui/plan/__init__.py" line="265" />
            <source>Create an &amp;action from this card</source>
            <translation>Create an &amp;action from this card</translation>
        </message>
    </context>
    <context>
        <name>PortfolioModel</name>
        <message>
            <location filename="../../ui/portfolio_models.py" line="-149" />
            <source>Client</source>
            <translation>Client</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Workshop</source>
            <translation>Workshop</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Last meeting</source>
            <translation>Last meeting</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next follow-up</source>
            <translation>Next follow-up</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Without an owner</source>
            <translation>Without an owner</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Progress</source>
            <translation>Progress</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Since the previous meeting: actions done and started, and actions opened in the latest meeting</source>
            <translation>Since the previous meeting: actions done and started, and actions opened in the latest meeting</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Last change</source>
            <translation>Last change</translation>
        </message>
    </context>
    <context>
        <name>PortfolioWindow</name>
        <message>
            <location filename="../../ui/portfolio_view.py" line="+128" />
            <source>Portfolio</source>
            <translation>Portfolio</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Workshops of the portfolio</source>
            <translation>Workshops of the portfolio</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Workshops</source>
            <translation>Workshops</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By client</source>
            <translation>By client</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cannot be read</source>
            <translation>Cannot be read</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Add folder…</source>
            <translation>Add folder…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Forget folders</source>
            <translation>Forget folders</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Client</source>
            <translation>Client</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Overdue only</source>
            <translation>Overdue only</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open workshop</source>
            <translation>Open workshop</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export report…</source>
            <translation>Export report…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Client:</source>
            <translation>Client:</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Folders: %1</source>
            <translation>Folders: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No folder chosen yet: add the folders where you keep your workshops. Recent workshops are always included.</source>
            <translation>No folder chosen yet: add the folders where you keep your workshops. Recent workshops are always included.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Add a folder of workshops</source>
            <translation>Add a folder of workshops</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Looking for workshops…</source>
            <translation>Looking for workshops…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Reading %1 of %2 changed workshops…</source>
            <translation>Reading %1 of %2 changed workshops…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The portfolio index could not be updated (%1); your workshop files were not changed.</source>
            <translation>The portfolio index could not be updated (%1); your workshop files were not changed.</translation>
        </message>
        <message numerus="yes">
            <location line="+19" />
            <source>%n workshops shown of %1;</source>
            <translation>
                <numerusform>%n workshop shown of %1;</numerusform>
                <numerusform>%n workshops shown of %1;</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n cannot be read.</source>
            <translation>
                <numerusform>%n cannot be read.</numerusform>
                <numerusform>%n cannot be read.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n files read now.</source>
            <translation>
                <numerusform>%n file read now.</numerusform>
                <numerusform>%n files read now.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cannot be read (%1)</source>
            <translation>Cannot be read (%1)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>All clients</source>
            <translation>All clients</translation>
        </message>
        <message>
            <location line="+2" />
            <source>(no client)</source>
            <translation>(no client)</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Export the portfolio report</source>
            <translation>Export the portfolio report</translation>
        </message>
        <message>
            <location line="+2" />
            <source>PDF report (*.pdf);;Excel workbook (*.xlsx);;CSV table (*.csv)</source>
            <translation>PDF report (*.pdf);;Excel workbook (*.xlsx);;CSV table (*.csv)</translation>
        </message>
        <message>
            <location line="+22" />
            <source>The report could not be written (%1).</source>
            <translation>The report could not be written (%1).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Report written: %1</source>
            <translation>Report written: %1</translation>
        </message>
    </context>
    <context>
        <name>Preferences</name>
        <message>
            <location filename="../../ui/preferences.py" line="194" />
            <source>Empty board</source>
            <translation>Empty board</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="187" />
            <source>Projector, dim room (dark, white type)</source>
            <translation>Projector, dim room (dark, white type)</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="186" />
            <source>Projector, lit room (white, black type)</source>
            <translation>Projector, lit room (white, black type)</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="193" />
            <source>SME customer journey</source>
            <translation>SME customer journey</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="188" />
            <source>Same colours as the board</source>
            <translation>Same colours as the board</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="193" />
            <source>Service blueprint</source>
            <translation>Service blueprint</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="194" />
            <source>Employee journey</source>
            <translation>Employee journey</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="194" />
            <source>Future state</source>
            <translation>Future state</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../ui/preferences.py" line="+206" />
            <source>Preferences</source>
            <translation>Preferences</translation>
        </message>
        <message>
            <location line="+4" />
            <source>As the system (%1)</source>
            <translation>As the system (%1)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Facilitator's name</source>
            <translation>Facilitator's name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. Giulia Bianchi</source>
            <translation>e.g. Giulia Bianchi</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Facilitator's email</source>
            <translation>Facilitator's email</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. giulia@example.it</source>
            <translation>e.g. giulia@example.it</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Default template</source>
            <translation>Default template</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Default (the application's data folder)</source>
            <translation>Default (the application's data folder)</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+133" />
            <source>Backup folder</source>
            <translation>Backup folder</translation>
        </message>
        <message>
            <location line="-147" />
            <location line="+15" />
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <location line="-18" />
            <location line="+134" />
            <source>Logo for the report</source>
            <translation>Logo for the report</translation>
        </message>
        <message>
            <location line="-133" />
            <source>None (a PNG or JPEG file)</source>
            <translation>None (a PNG or JPEG file)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose the logo for the report</source>
            <translation>Choose the logo for the report</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Choose the backup folder</source>
            <translation>Choose the backup folder</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Backups to keep per workshop</source>
            <translation>Backups to keep per workshop</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Presentation colours</source>
            <translation>Presentation colours</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The screen the window is on</source>
            <translation>The screen the window is on</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Presentation screen</source>
            <translation>Presentation screen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Language:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facilitator's &amp;name:</source>
            <translation>Facilitator's &amp;name:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facilitator's &amp;email:</source>
            <translation>Facilitator's &amp;email:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Report l&amp;ogo:</source>
            <translation>Report l&amp;ogo:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Default &amp;template:</source>
            <translation>Default &amp;template:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Backup folder:</source>
            <translation>&amp;Backup folder:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Backups to &amp;keep:</source>
            <translation>Backups to &amp;keep:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Presentation &amp;colours:</source>
            <translation>Presentation &amp;colours:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Presentation &amp;screen:</source>
            <translation>Presentation &amp;screen:</translation>
        </message>
        <message>
            <location line="+14" />
            <source>A new language applies when CX Workshop is next started.</source>
            <translation>A new language applies when CX Workshop is next started.</translation>
        </message>
        <message>
            <location line="+72" />
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Images (*.png *.jpg *.jpeg)</translation>
        </message>
    </context>
    <context>
        <name>Presentation</name>
        <message>
            <location filename="../../ui/presentation/compare_slide.py" line="199" />
            <source>No cards in this stage yet</source>
            <translation>No cards in this stage yet</translation>
        </message>
        <message>
            <location filename="../../ui/presentation/overview_slide.py" line="26" />
            <source>%1 cards</source>
            <translation>%1 cards</translation>
        </message>
        <message>
            <location filename="../../ui/presentation/overview_slide.py" line="26" />
            <source>1 card</source>
            <translation>1 card</translation>
        </message>
        <message>
            <location filename="../../ui/presentation/plan_slide.py" line="68" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../ui/presentation/plan_slide.py" line="60" />
            <source>Action plan</source>
            <translation>Action plan</translation>
        </message>
        <message>
            <location filename="../../ui/presentation/plan_slide.py" line="68" />
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <location filename="../../ui/presentation/overview_slide.py" line="55" />
            <source>Most voted</source>
            <translation>Most voted</translation>
        </message>
        <message>
            <location filename="../../ui/presentation/plan_slide.py" line="83" />
            <source>No actions yet</source>
            <translation>No actions yet</translation>
        </message>
        <message>
            <location filename="../../ui/presentation/votes_slide.py" line="58" />
            <source>No votes yet</source>
            <translation>No votes yet</translation>
        </message>
        <message>
            <location filename="../../ui/presentation/plan_slide.py" line="68" />
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <location filename="../../ui/presentation/votes_slide.py" line="37" />
            <source>Voting results</source>
            <translation>Voting results</translation>
        </message>
        <message>
            <location filename="../../ui/presentation/compare_slide.py" line="63" />
            <source>%1 — Today | Tomorrow</source>
            <translation>%1 — Today | Tomorrow</translation>
        </message>
        <message>
            <location filename="../../ui/presentation/compare_slide.py" line="197" />
            <source>No matching stage on this map</source>
            <translation>No matching stage on this map</translation>
        </message>
        <message>
            <location filename="../../ui/presentation/compare_slide.py" line="183" />
            <source>Today: %1</source>
            <translation>Today: %1</translation>
        </message>
        <message>
            <location filename="../../ui/presentation/compare_slide.py" line="184" />
            <source>Tomorrow: %1</source>
            <translation>Tomorrow: %1</translation>
        </message>
    </context>
    <context>
        <name>PresentationWindow</name>
        <message>
            <location filename="../../ui/presentation/window.py" line="+101" />
            <location line="+390" />
            <source>Presentation</source>
            <translation>Presentation</translation>
        </message>
        <message>
            <location line="-108" />
            <source>Paused %1</source>
            <translation>Paused %1</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Votes: %1</source>
            <translation>Votes: %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Votes: %1 · voting</source>
            <translation>Votes: %1 · voting</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Overview</source>
            <translation>Overview</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Locked</source>
            <translation>Locked</translation>
        </message>
        <message>
            <location line="+3" />
            <source>← → slides · 1-9 stage · O overview · V votes · P plan · T timer · L lock · Esc</source>
            <translation>← → slides · 1-9 stage · O overview · V votes · P plan · T timer · L lock · Esc</translation>
        </message>
        <message>
            <location line="+2" />
            <source>← → slides · 1-9 stage · O overview · C today|tomorrow · V votes · P plan · T timer · L lock · Esc</source>
            <translation>← → slides · 1-9 stage · O overview · C today|tomorrow · V votes · P plan · T timer · L lock · Esc</translation>
        </message>
        <message>
            <location line="-50" />
            <source>Time %1</source>
            <translation>Time %1</translation>
        </message>
        <message>
            <location line="-6" />
            <source>Time is up</source>
            <translation>Time is up</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Stage %1 of %2</source>
            <translation>Stage %1 of %2</translation>
        </message>
    </context>
    <context>
        <name>Priority</name>
        <message>
            <location filename="../../ui/plan/texts.py" line="31" />
            <source>High</source>
            <translation>High</translation>
        </message>
        <message>
            <location filename="../../ui/plan/texts.py" line="29" />
            <source>Low</source>
            <translation>Low</translation>
        </message>
        <message>
            <location filename="../../ui/plan/texts.py" line="30" />
            <source>Medium</source>
            <translation>Medium</translation>
        </message>
        <message>
            <location filename="../../ui/plan/texts.py" line="32" />
            <source>Urgent</source>
            <translation>Urgent</translation>
        </message>
    </context>
    <context>
        <name>PriorityDock</name>
        <message>
            <location filename="../../ui/plan/matrix.py" line="+671" />
            <source>Matrix and roadmap</source>
            <translation>Matrix and roadmap</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Value/effort matrix</source>
            <translation>Value/effort matrix</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Roadmap</source>
            <translation>Roadmap</translation>
        </message>
    </context>
    <context>
        <name>ProcessGapsView</name>
        <message>
            <location filename="../../ui/process_view.py" line="+31" />
            <source>&amp;Journey vs internal processes</source>
            <translation>&amp;Journey vs internal processes</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Flag touchpoints with no internal process behind them in their stage, and processes that support no touchpoint</source>
            <translation>Flag touchpoints with no internal process behind them in their stage, and processes that support no touchpoint</translation>
        </message>
        <message>
            <location line="+36" />
            <source>No internal process behind this touchpoint in its stage</source>
            <translation>No internal process behind this touchpoint in its stage</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This internal process supports no touchpoint in its stage</source>
            <translation>This internal process supports no touchpoint in its stage</translation>
        </message>
        <message numerus="yes">
            <location line="+12" />
            <source>%n touchpoint(s) with no internal process</source>
            <translation>
                <numerusform>%n touchpoint with no internal process</numerusform>
                <numerusform>%n touchpoints with no internal process</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n internal process(es) supporting no touchpoint</source>
            <translation>
                <numerusform>%n internal process supporting no touchpoint</numerusform>
                <numerusform>%n internal processes supporting no touchpoint</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Journey vs internal processes: %1; %2.</source>
            <translation>Journey vs internal processes: %1; %2.</translation>
        </message>
    </context>
    <context>
        <name>ProgressDock</name>
        <message>
            <location filename="../../ui/plan/progress_panel.py" line="+181" />
            <source>Progress</source>
            <translation>Progress</translation>
        </message>
    </context>
    <context>
        <name>ProgressPanel</name>
        <message>
            <location line="-105" />
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Progress per owner</source>
            <translation>Progress per owner</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Overall: %1, %2, %3 of %4 (%5% done)</source>
            <translation>Overall: %1, %2, %3 of %4 (%5% done)</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n actions</source>
            <translation>
                <numerusform>%n action</numerusform>
                <numerusform>%n actions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n overdue</source>
            <translation>
                <numerusform>%n overdue</numerusform>
                <numerusform>%n overdue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n open</source>
            <translation>
                <numerusform>%n open</numerusform>
                <numerusform>%n open</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n done</source>
            <translation>
                <numerusform>%n done</numerusform>
                <numerusform>%n done</numerusform>
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
            <translation>Note</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Changes since the previous meeting</source>
            <translation>Changes since the previous meeting</translation>
        </message>
        <message>
            <location line="+71" />
            <source>Changes since the previous meeting appear after the first follow-up meeting.</source>
            <translation>Changes since the previous meeting appear after the first follow-up meeting.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Since meeting %1 (%2): %3 done, %4 started, %5 dropped, %6 rescheduled, %7 new.</source>
            <translation>Since meeting %1 (%2): %3 done, %4 started, %5 dropped, %6 rescheduled, %7 new.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1, due %2</source>
            <translation>%1, due %2</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <location filename="../../ui/qt_catalogue.py" line="+17" />
            <source>&amp;Look in:</source>
            <translation>&amp;Look in:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Files of &amp;type:</source>
            <translation>Files of &amp;type:</translation>
        </message>
    </context>
    <context>
        <name>RecentFiles</name>
        <message>
            <location filename="../../ui/recent_files.py" line="94" />
            <source>%1 (not found)</source>
            <translation>%1 (not found)</translation>
        </message>
        <message>
            <location filename="../../ui/recent_files.py" line="117" />
            <source>%1 (not found)
%2</source>
            <translation>%1 (not found)
%2</translation>
        </message>
        <message>
            <location filename="../../ui/recent_files.py" line="105" />
            <source>Clear the list</source>
            <translation>Clear the list</translation>
        </message>
        <message>
            <location filename="../../ui/recent_files.py" line="100" />
            <source>No recent workshops</source>
            <translation>No recent workshops</translation>
        </message>
        <message>
            <location filename="../../ui/recent_files.py" line="124" />
            <source>No recent workshops yet</source>
            <translation>No recent workshops yet</translation>
        </message>
        <message>
            <location filename="../../ui/recent_files.py" line="104" />
            <source>Remove the missing ones</source>
            <translation>Remove the missing ones</translation>
        </message>
        <message>
            <location filename="../../ui/recent_files.py" line="121" />
            <source>This file was moved or deleted: %1</source>
            <translation>This file was moved or deleted: %1</translation>
        </message>
    </context>
    <context>
        <name>ResultsDock</name>
        <message>
            <location filename="../../ui/results/__init__.py" line="+29" />
            <source>Results</source>
            <translation>Results</translation>
        </message>
    </context>
    <context>
        <name>ResultsPanel</name>
        <message>
            <location filename="../../ui/results/panel.py" line="+153" />
            <source>Add measure</source>
            <translation>Add measure</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete measure</source>
            <translation>Delete measure</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Kind of the new measure</source>
            <translation>Kind of the new measure</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Measure</source>
            <translation>Measure</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Stage or touchpoint</source>
            <translation>Stage or touchpoint</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Baseline</source>
            <translation>Baseline</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Latest</source>
            <translation>Latest</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Measures</source>
            <translation>Measures</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Date of the measurement</source>
            <translation>Date of the measurement</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+10" />
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <location line="-8" />
            <source>Value of the measurement</source>
            <translation>Value of the measurement</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add measurement</source>
            <translation>Add measurement</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete measurement</source>
            <translation>Delete measurement</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Meeting</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Measurements</source>
            <translation>Measurements</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Actions meant to move this measure</source>
            <translation>Actions meant to move this measure</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Actions meant to move the selected measure:</source>
            <translation>Actions meant to move the selected measure:</translation>
        </message>
        <message>
            <location line="+96" />
            <location line="+22" />
            <source>Stage: %1</source>
            <translation>Stage: %1</translation>
        </message>
        <message>
            <location line="-17" />
            <location line="+15" />
            <source>Touchpoint: %1</source>
            <translation>Touchpoint: %1</translation>
        </message>
        <message>
            <location line="-11" />
            <location line="+22" />
            <location line="+1" />
            <source>No owner</source>
            <translation>No owner</translation>
        </message>
        <message>
            <location line="-21" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No meeting</source>
            <translation>No meeting</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Add a measure to follow its trend.</source>
            <translation>Add a measure to follow its trend.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 (%2): baseline %3, target %4</source>
            <translation>%1 (%2): baseline %3, target %4</translation>
        </message>
        <message>
            <location line="+13" />
            <source> (done)</source>
            <translation> (done)</translation>
        </message>
        <message>
            <location line="+55" />
            <source>“%1” is not a number: type it as 45, 4.5 or -12.</source>
            <translation>“%1” is not a number: type it as 45, 4.5 or -12.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>units</source>
            <translation>units</translation>
        </message>
        <message>
            <location line="+60" />
            <source>Type the value measured first.</source>
            <translation>Type the value measured first.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Select the measurement to delete first.</source>
            <translation>Select the measurement to delete first.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>A measurement needs its date.</source>
            <translation>A measurement needs its date.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>A measurement needs its value; to remove it, delete it.</source>
            <translation>A measurement needs its value; to remove it, delete it.</translation>
        </message>
    </context>
    <context>
        <name>ResultsUi</name>
        <message>
            <location filename="../../ui/results/__init__.py" line="+17" />
            <source>Res&amp;ults…</source>
            <translation>Res&amp;ults…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Measures per stage or touchpoint: baseline, measurements, target</source>
            <translation>Measures per stage or touchpoint: baseline, measurements, target</translation>
        </message>
    </context>
    <context>
        <name>RoadmapView</name>
        <message>
            <location filename="../../ui/plan/matrix.py" line="-80" />
            <source>Roadmap</source>
            <translation>Roadmap</translation>
        </message>
        <message>
            <location line="+45" />
            <source>⚠ overdue</source>
            <translation>⚠ overdue</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No open action has a due date.</source>
            <translation>No open action has a due date.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Without a due date: %1</source>
            <translation>Without a due date: %1</translation>
        </message>
    </context>
    <context>
        <name>RoomBridge</name>
        <message>
            <location filename="../../room/bridge.py" line="+171" />
            <source>This map has no emotions lane.</source>
            <translation>This map has no emotions lane.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Room: %n ratings, average %1</source>
            <translation>
                <numerusform>Room: %n rating, average %1</numerusform>
                <numerusform>Room: %n ratings, average %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RoomPanel</name>
        <message>
            <location filename="../../ui/room_dock.py" line="+81" />
            <source>Network interface</source>
            <translation>Network interface</translation>
        </message>
        <message>
            <location line="+3" />
            <source>any free port</source>
            <translation>any free port</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+10" />
            <source>Port</source>
            <translation>Port</translation>
        </message>
        <message>
            <location line="-9" />
            <source>Allow anonymous participants</source>
            <translation>Allow anonymous participants</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open the room</source>
            <translation>Open the room</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Participants join from their phones on this network: nothing leaves the room. Loopback is reachable from this laptop only.</source>
            <translation>Participants join from their phones on this network: nothing leaves the room. Loopback is reachable from this laptop only.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Serve on</source>
            <translation>Serve on</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Join link</source>
            <translation>Join link</translation>
        </message>
        <message>
            <location line="+3" />
            <source>QR code of the join link</source>
            <translation>QR code of the join link</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show the code on the projector</source>
            <translation>Show the code on the projector</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Stage for silent writing</source>
            <translation>Stage for silent writing</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Lane for silent writing</source>
            <translation>Lane for silent writing</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Silent writing</source>
            <translation>Silent writing</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Dot voting</source>
            <translation>Dot voting</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+36" />
            <source>Emotion per stage</source>
            <translation>Emotion per stage</translation>
        </message>
        <message>
            <location line="-34" />
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Activity</source>
            <translation>Activity</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lane</source>
            <translation>Lane</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+7" />
            <source>Inbox</source>
            <translation>Inbox</translation>
        </message>
        <message>
            <location line="-6" />
            <source>Reveal all</source>
            <translation>Reveal all</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reveal selected</source>
            <translation>Reveal selected</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Discard selected</source>
            <translation>Discard selected</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Hidden from the projector and the file until you reveal it.</source>
            <translation>Hidden from the projector and the file until you reveal it.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Set the stage's emotion</source>
            <translation>Set the stage's emotion</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An emotion card in the selected stage with the ratings' average</source>
            <translation>An emotion card in the selected stage with the ratings' average</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Emotion per stage (-2 … +2)</source>
            <translation>Emotion per stage (-2 … +2)</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+3" />
            <source>Devices</source>
            <translation>Devices</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Remove device</source>
            <translation>Remove device</translation>
        </message>
        <message>
            <location line="+6" />
            <source>End the room</source>
            <translation>End the room</translation>
        </message>
        <message>
            <location line="+25" />
            <source>This laptop only (%1)</source>
            <translation>This laptop only (%1)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 (network %2)</source>
            <translation>%1 (network %2)</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Room</source>
            <translation>Room</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The room could not start on %1: %2</source>
            <translation>The room could not start on %1: %2</translation>
        </message>
        <message>
            <location line="+53" />
            <source>Participants choose</source>
            <translation>Participants choose</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Start a voting round first (Plan &gt; Start voting round…): the phones vote in the laptop's open round, with its dots and kinds of card.</source>
            <translation>Start a voting round first (Plan &gt; Start voting round…): the phones vote in the laptop's open round, with its dots and kinds of card.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>No activity: the phones wait.</source>
            <translation>No activity: the phones wait.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open: silent writing</source>
            <translation>Open: silent writing</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open: dot voting</source>
            <translation>Open: dot voting</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open: emotion per stage</source>
            <translation>Open: emotion per stage</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Done: %1 of %2</source>
            <translation>Done: %1 of %2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>anonymous</source>
            <translation>anonymous</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Dot on: %1</source>
            <translation>Dot on: %1</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Revealed: %1, %2.</source>
            <translation>Revealed: %1, %2.</translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n cards</source>
            <translation>
                <numerusform>%n card</numerusform>
                <numerusform>%n cards</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n dots</source>
            <translation>
                <numerusform>%n dot</numerusform>
                <numerusform>%n dots</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not written: %1</source>
            <translation>Not written: %1</translation>
        </message>
        <message>
            <location line="+26" />
            <source>No ratings yet for %1.</source>
            <translation>No ratings yet for %1.</translation>
        </message>
    </context>
    <context>
        <name>RoomUi</name>
        <message>
            <location line="+9" />
            <source>Room</source>
            <translation>Room</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Room (phones)…</source>
            <translation>&amp;Room (phones)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Let participants write, vote and rate from their phones</source>
            <translation>Let participants write, vote and rate from their phones</translation>
        </message>
    </context>
    <context>
        <name>SendOutcomes</name>
        <message>
            <location filename="../../ui/send_outcomes.py" line="62" />
            <source>Writing the e-mail drafts…</source>
            <translation>Writing the e-mail drafts…</translation>
        </message>
        <message>
            <location filename="../../ui/send_outcomes.py" line="39" />
            <source>e-mails</source>
            <translation>e-mails</translation>
        </message>
    </context>
    <context>
        <name>SessionGuard</name>
        <message>
            <location filename="../../ui/session_guard.py" line="79" />
            <source>CX Workshop was not closed properly; your workshop has been reopened as it was (every change had been saved).</source>
            <translation>CX Workshop was not closed properly; your workshop has been reopened as it was (every change had been saved).</translation>
        </message>
        <message>
            <location filename="../../ui/session_guard.py" line="78" />
            <source>Workshop reopened</source>
            <translation>Workshop reopened</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="+94" />
            <location line="+7" />
            <source>Keyboard shortcuts</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Search, e.g. zoom</source>
            <translation>Search, e.g. zoom</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search the shortcuts</source>
            <translation>Search the shortcuts</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Command</source>
            <translation>Command</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Keys</source>
            <translation>Keys</translation>
        </message>
        <message>
            <location line="+6" />
            <source>On the board</source>
            <translation>On the board</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Presentation</source>
            <translation>Presentation</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsHelp</name>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="32" />
            <source>Add a note in the current cell</source>
            <translation>Add a note in the current cell</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="30" />
            <source>Alt+Arrows</source>
            <translation>Alt+Arrows</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="29" />
            <source>Arrows</source>
            <translation>Arrows</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="57" />
            <source>Ctrl+Plus, Ctrl+Minus</source>
            <translation>Ctrl+Plus, Ctrl+Minus</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="34" />
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="34" />
            <source>Delete the selected cards</source>
            <translation>Delete the selected cards</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="33" />
            <source>Edit the selected card (Shift+Enter: new line; Esc: done)</source>
            <translation>Edit the selected card (Shift+Enter: new line; Esc: done)</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="33" />
            <source>Enter, F2</source>
            <translation>Enter, F2</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="44" />
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="47" />
            <source>Home, End</source>
            <translation>Home, End</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="57" />
            <source>Larger, smaller</source>
            <translation>Larger, smaller</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="44" />
            <source>Leave the presentation</source>
            <translation>Leave the presentation</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="56" />
            <source>Lock or unlock stages and lanes (facilitator lock)</source>
            <translation>Lock or unlock stages and lanes (facilitator lock)</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="29" />
            <source>Move between cells and cards</source>
            <translation>Move between cells and cards</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="36" />
            <source>Move the board</source>
            <translation>Move the board</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="30" />
            <source>Move the selected cards to the next cell</source>
            <translation>Move the selected cards to the next cell</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="36" />
            <source>Space+drag, middle button drag</source>
            <translation>Space+drag, middle button drag</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="35" />
            <source>Wheel</source>
            <translation>Wheel</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="35" />
            <source>Zoom at the pointer</source>
            <translation>Zoom at the pointer</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="31" />
            <source>Alt+Arrows on a header</source>
            <translation>Alt+Arrows on a header</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="31" />
            <source>Move the selected stage (Left/Right) or lane (Up/Down)</source>
            <translation>Move the selected stage (Left/Right) or lane (Up/Down)</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="52" />
            <source>Action plan, or back</source>
            <translation>Action plan, or back</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="50" />
            <source>Back to the current stage</source>
            <translation>Back to the current stage</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="47" />
            <source>First slide, last slide</source>
            <translation>First slide, last slide</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="46" />
            <source>Left, Up, Page Up, Backspace</source>
            <translation>Left, Up, Page Up, Backspace</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="45" />
            <source>Next slide</source>
            <translation>Next slide</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="49" />
            <source>Overview of every stage, or back</source>
            <translation>Overview of every stage, or back</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="46" />
            <source>Previous slide</source>
            <translation>Previous slide</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="45" />
            <source>Right, Down, Page Down, Space</source>
            <translation>Right, Down, Page Down, Space</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="48" />
            <source>Stage N (two digits quickly for 10 and more)</source>
            <translation>Stage N (two digits quickly for 10 and more)</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="55" />
            <source>Start or pause the timer</source>
            <translation>Start or pause the timer</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="43" />
            <source>Start the presentation (it resumes at the slide last shown)</source>
            <translation>Start the presentation (it resumes at the slide last shown)</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="51" />
            <source>Voting results, or back</source>
            <translation>Voting results, or back</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="50" />
            <source>Z, Enter</source>
            <translation>Z, Enter</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="53" />
            <source>Today | tomorrow: the stage on the current and the future map side by side, or back</source>
            <translation>Today | tomorrow: the stage on the current and the future map side by side, or back</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="37" />
            <source>Ctrl+PgDown, Ctrl+PgUp</source>
            <translation>Ctrl+PgDown, Ctrl+PgUp</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_help.py" line="37" />
            <source>Next, previous journey map (the tabs over the board)</source>
            <translation>Next, previous journey map (the tabs over the board)</translation>
        </message>
    </context>
    <context>
        <name>SlideCanvas</name>
        <message>
            <location filename="../../ui/presentation/window.py" line="-346" />
            <source>Presentation slide</source>
            <translation>Presentation slide</translation>
        </message>
    </context>
    <context>
        <name>StartRoundDialog</name>
        <message>
            <location filename="../../ui/plan/voting.py" line="+55" />
            <source>Start a voting round</source>
            <translation>Start a voting round</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Vote %1</source>
            <translation>Vote %1</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+11" />
            <source>Dots per participant</source>
            <translation>Dots per participant</translation>
        </message>
        <message>
            <location line="-10" />
            <source>Cards that can receive dots</source>
            <translation>Cards that can receive dots</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Start</source>
            <translation>Start</translation>
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
            <translation>Time left</translation>
        </message>
        <message>
            <location line="+10" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Timebox length in minutes</source>
            <translation>Timebox length in minutes</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+137" />
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <location line="-135" />
            <source>+1 min</source>
            <translation>+1 min</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add a minute</source>
            <translation>Add a minute</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reset</source>
            <translation>Reset</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sound at the end</source>
            <translation>Sound at the end</translation>
        </message>
        <message>
            <location line="+124" />
            <source>Time is up</source>
            <translation>Time is up</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Running</source>
            <translation>Running</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Paused</source>
            <translation>Paused</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ready</source>
            <translation>Ready</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
    </context>
    <context>
        <name>TrendChart</name>
        <message>
            <location filename="../../ui/results/trend.py" line="+53" />
            <source>Trend of the measure</source>
            <translation>Trend of the measure</translation>
        </message>
        <message>
            <location line="+14" />
            <source>No measure selected.</source>
            <translation>No measure selected.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Baseline %1, latest %2, target %3; measurements: %4.</source>
            <translation>Baseline %1, latest %2, target %3; measurements: %4.</translation>
        </message>
        <message>
            <location line="+49" />
            <source>No values yet: enter a baseline, a target or a measurement.</source>
            <translation>No values yet: enter a baseline, a target or a measurement.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Baseline %1</source>
            <translation>Baseline %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Target %1</source>
            <translation>Target %1</translation>
        </message>
    </context>
    <context>
        <name>UndoNotice</name>
        <message>
            <location filename="../../ui/status_notices.py" line="+16" />
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Undo the deletion</source>
            <translation>Undo the deletion</translation>
        </message>
    </context>
    <context>
        <name>ValueMatrix</name>
        <message>
            <location filename="../../ui/plan/matrix.py" line="-562" />
            <source>Quick wins</source>
            <translation>Quick wins</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Big bets</source>
            <translation>Big bets</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fill-ins</source>
            <translation>Fill-ins</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Money pits</source>
            <translation>Money pits</translation>
        </message>
        <message>
            <location line="+77" />
            <source>Value/effort matrix</source>
            <translation>Value/effort matrix</translation>
        </message>
        <message>
            <location line="+108" />
            <source>+%1 more</source>
            <translation>+%1 more</translation>
        </message>
        <message>
            <location line="+77" />
            <source>Effort →</source>
            <translation>Effort →</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Impact →</source>
            <translation>Impact →</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Not yet rated (%1)</source>
            <translation>Not yet rated (%1)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Drag an action to another cell, or select it (click, Tab) and move it with the arrow keys.</source>
            <translation>Drag an action to another cell, or select it (click, Tab) and move it with the arrow keys.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>impact %1, effort %2</source>
            <translation>impact %1, effort %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>not yet rated</source>
            <translation>not yet rated</translation>
        </message>
        <message>
            <location line="+63" />
            <source>Owner: %1</source>
            <translation>Owner: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Impact %1, effort %2</source>
            <translation>Impact %1, effort %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Card: %1</source>
            <translation>Card: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Dots on its card: %1</source>
            <translation>Dots on its card: %1</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The board is locked (Board &gt; Lock stages and lanes): unlock it to move actions on the matrix.</source>
            <translation>The board is locked (Board &gt; Lock stages and lanes): unlock it to move actions on the matrix.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1: impact %2, effort %3</source>
            <translation>%1: impact %2, effort %3</translation>
        </message>
    </context>
    <context>
        <name>VotingDock</name>
        <message>
            <location filename="../../ui/plan/voting.py" line="+373" />
            <source>Dot voting</source>
            <translation>Dot voting</translation>
        </message>
    </context>
    <context>
        <name>VotingPanel</name>
        <message>
            <location line="-340" />
            <source>Voting round</source>
            <translation>Voting round</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start round…</source>
            <translation>Start round…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Close round</source>
            <translation>Close round</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Who is voting</source>
            <translation>Who is voting</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Next voter</source>
            <translation>Next voter</translation>
        </message>
        <message>
            <location line="+10" />
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Card</source>
            <translation>Card</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Dots</source>
            <translation>Dots</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Ranking</source>
            <translation>Ranking</translation>
        </message>
        <message>
            <location line="+7" />
            <source>How many of the top cards</source>
            <translation>How many of the top cards</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Make actions from the top cards</source>
            <translation>Make actions from the top cards</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Set priorities from ranking</source>
            <translation>Set priorities from ranking</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Actions linked to voted cards get a priority by quarter of the ranking: urgent, high, medium, low</source>
            <translation>Actions linked to voted cards get a priority by quarter of the ranking: urgent, high, medium, low</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Voting now:</source>
            <translation>Voting now:</translation>
        </message>
        <message>
            <location line="+88" />
            <location line="+39" />
            <source>open</source>
            <translation>open</translation>
        </message>
        <message>
            <location line="-39" />
            <location line="+39" />
            <source>closed</source>
            <translation>closed</translation>
        </message>
        <message>
            <location line="-38" />
            <source>Vote %1</source>
            <translation>Vote %1</translation>
        </message>
        <message>
            <location line="+32" />
            <source>No voting round yet. Start one to let the room choose what matters most.</source>
            <translation>No voting round yet. Start one to let the room choose what matters most.</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n dots each · votable: %1 · %2</source>
            <translation>
                <numerusform>%n dot each · votable: %1 · %2</numerusform>
                <numerusform>%n dots each · votable: %1 · %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+15" />
            <source>%1: %n of %2 dots left</source>
            <translation>
                <numerusform>%1: %n of %2 dots left</numerusform>
                <numerusform>%1: %n of %2 dots left</numerusform>
            </translation>
        </message>
        <message>
            <location line="-12" />
            <source>every card</source>
            <translation>every card</translation>
        </message>
        <message>
            <location line="+69" />
            <source>Start voting round</source>
            <translation>Start voting round</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Start a voting round first.</source>
            <translation>Start a voting round first.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose who is voting first.</source>
            <translation>Choose who is voting first.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 has no dots left.</source>
            <translation>%1 has no dots left.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>The priorities already follow the ranking.</source>
            <translation>The priorities already follow the ranking.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n action(s) got a priority from the ranking.</source>
            <translation>
                <numerusform>%n action got a priority from the ranking.</numerusform>
                <numerusform>%n actions got a priority from the ranking.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+18" />
            <source>The top cards already have actions.</source>
            <translation>The top cards already have actions.</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n new action(s): give each an owner and a due date.</source>
            <translation>
                <numerusform>%n new action: give each an owner and a due date.</numerusform>
                <numerusform>%n new actions: give each an owner and a due date.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <location filename="../../ui/welcome.py" line="+47" />
            <source>Map the customer journey with the people in the room. Every change is saved as you make it.</source>
            <translation>Map the customer journey with the people in the room. Every change is saved as you make it.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Templates</source>
            <translation>Templates</translation>
        </message>
        <message>
            <location line="+2" />
            <source>SME customer journey</source>
            <translation>SME customer journey</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Seven stages from discovery to renewal; lanes for actions, touchpoints, thoughts, emotions, pain points, moments of truth, opportunities.</source>
            <translation>Seven stages from discovery to renewal; lanes for actions, touchpoints, thoughts, emotions, pain points, moments of truth, opportunities.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Service blueprint</source>
            <translation>Service blueprint</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Customer actions, frontstage, backstage and support processes.</source>
            <translation>Customer actions, frontstage, backstage and support processes.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Employee journey</source>
            <translation>Employee journey</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The colleague as the internal customer: from recruiting to leaving, with HR and support processes.</source>
            <translation>The colleague as the internal customer: from recruiting to leaving, with HR and support processes.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Future state</source>
            <translation>Future state</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How the journey should go: expected emotions, changes from today, the internal processes needed and how to measure it.</source>
            <translation>How the journey should go: expected emotions, changes from today, the internal processes needed and how to measure it.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Empty board</source>
            <translation>Empty board</translation>
        </message>
        <message>
            <location line="+0" />
            <source>One stage and one lane: build your own.</source>
            <translation>One stage and one lane: build your own.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Language of stage and lane names</source>
            <translation>Language of stage and lane names</translation>
        </message>
        <message>
            <location line="+2" />
            <source>e.g. Customer journey: office coffee subscription</source>
            <translation>e.g. Customer journey: office coffee subscription</translation>
        </message>
        <message>
            <location line="+2" />
            <source>e.g. Caffè Aurora Srl</source>
            <translation>e.g. Caffè Aurora Srl</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Create workshop…</source>
            <translation>Create workshop…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>New workshop</source>
            <translation>New workshop</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Client</source>
            <translation>Client</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+26" />
            <source>Recent workshops</source>
            <translation>Recent workshops</translation>
        </message>
        <message>
            <location line="-24" />
            <source>Open a workshop…</source>
            <translation>Open a workshop…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Portfolio of all workshops…</source>
            <translation>Portfolio of all workshops…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Open the demo workshop</source>
            <translation>Open the demo workshop</translation>
        </message>
        <message>
            <location line="+8" />
            <source>A complete example workshop to explore or show a client; your own files are not touched</source>
            <translation>A complete example workshop to explore or show a client; your own files are not touched</translation>
        </message>
        <message>
            <location line="+3" />
            <source>New to CX Workshop? Start with the demo: a filled-in journey with actions, owners and a voting round.</source>
            <translation>New to CX Workshop? Start with the demo: a filled-in journey with actions, owners and a voting round.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Version %1</source>
            <translation>Version %1</translation>
        </message>
    </context>
    <context>
        <name>WorkshopDocument</name>
        <message>
            <location filename="../../document/workshop_document.py" line="428" />
            <source>Add action</source>
            <translation>Add action</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="372" />
            <source>Add card</source>
            <translation>Add card</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="291" />
            <source>Add journey map</source>
            <translation>Add journey map</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="341" />
            <source>Add lane</source>
            <translation>Add lane</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="414" />
            <source>Add meeting</source>
            <translation>Add meeting</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="400" />
            <source>Add participant</source>
            <translation>Add participant</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="358" />
            <source>Add persona</source>
            <translation>Add persona</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="318" />
            <source>Add stage</source>
            <translation>Add stage</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="445" />
            <source>Change action status</source>
            <translation>Change action status</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="460" />
            <source>Close voting round</source>
            <translation>Close voting round</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="394" />
            <source>Delete cards</source>
            <translation>Delete cards</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="354" />
            <source>Delete lane</source>
            <translation>Delete lane</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="367" />
            <source>Delete persona</source>
            <translation>Delete persona</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="336" />
            <source>Delete stage</source>
            <translation>Delete stage</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="433" />
            <source>Edit action</source>
            <translation>Edit action</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="384" />
            <source>Edit card</source>
            <translation>Edit card</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="379" />
            <source>Edit card text</source>
            <translation>Edit card text</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="346" />
            <source>Edit lane</source>
            <translation>Edit lane</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="419" />
            <source>Edit meeting</source>
            <translation>Edit meeting</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="405" />
            <source>Edit participant</source>
            <translation>Edit participant</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="363" />
            <source>Edit persona</source>
            <translation>Edit persona</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="287" />
            <source>Edit workshop details</source>
            <translation>Edit workshop details</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="391" />
            <source>Move cards</source>
            <translation>Move cards</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="350" />
            <source>Move lane</source>
            <translation>Move lane</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="332" />
            <source>Move stage</source>
            <translation>Move stage</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="375" />
            <source>Paste cards</source>
            <translation>Paste cards</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="464" />
            <source>Place dot</source>
            <translation>Place dot</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="451" />
            <source>Remove action</source>
            <translation>Remove action</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="468" />
            <source>Remove dot</source>
            <translation>Remove dot</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="424" />
            <source>Remove meeting</source>
            <translation>Remove meeting</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="410" />
            <source>Remove participant</source>
            <translation>Remove participant</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="294" />
            <source>Rename journey map</source>
            <translation>Rename journey map</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="323" />
            <source>Rename stage</source>
            <translation>Rename stage</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="328" />
            <source>Resize stage</source>
            <translation>Resize stage</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="455" />
            <source>Start voting round</source>
            <translation>Start voting round</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="139" />
            <source>This workshop is open read-only.</source>
            <translation>This workshop is open read-only.</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="482" />
            <source>Add actions</source>
            <translation>Add actions</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="474" />
            <source>Follow-up meeting</source>
            <translation>Follow-up meeting</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="478" />
            <source>Set priorities from the vote</source>
            <translation>Set priorities from the vote</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="310" />
            <source>Delete journey map</source>
            <translation>Delete journey map</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="303" />
            <source>Duplicate as future state</source>
            <translation>Duplicate as future state</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="388" />
            <source>Mark evidence</source>
            <translation>Mark evidence</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="439" />
            <source>Move action on the matrix</source>
            <translation>Move action on the matrix</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="307" />
            <source>Move journey map</source>
            <translation>Move journey map</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="300" />
            <source>New journey map</source>
            <translation>New journey map</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="489" />
            <source>Add channel</source>
            <translation>Add channel</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="512" />
            <source>Add measure</source>
            <translation>Add measure</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="533" />
            <source>Add measurement</source>
            <translation>Add measurement</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="528" />
            <source>Delete measure</source>
            <translation>Delete measure</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="544" />
            <source>Delete measurement</source>
            <translation>Delete measurement</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="495" />
            <source>Edit channel register</source>
            <translation>Edit channel register</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="523" />
            <source>Edit measure</source>
            <translation>Edit measure</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="540" />
            <source>Edit measurement</source>
            <translation>Edit measurement</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="547" />
            <source>Link action to measure</source>
            <translation>Link action to measure</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="499" />
            <source>Remove channel</source>
            <translation>Remove channel</translation>
        </message>
        <message>
            <location filename="../../document/workshop_document.py" line="550" />
            <source>Unlink action from measure</source>
            <translation>Unlink action from measure</translation>
        </message>
    </context>
</TS>
