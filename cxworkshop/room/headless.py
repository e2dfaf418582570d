"""`cxworkshop room FILE.cxw [--bind ADDR] [--port N]`: a room with no window.

For tests and for a second laptop: it opens the workshop (the one writer), serves the room,
prints the join URL and its QR code, and then takes the facilitator's commands on standard
input, one a line: `write [STAGE LANE]` (numbers from 1, as on the board; none: people choose),
`vote`, `rate`, `pause`, `reveal`, `status`, `end`. End of input or Ctrl+C ends the room; what
is still in the inbox then was never revealed and is not written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from cxworkshop.i18n import ntr, tr


def run_room(file: Path, bind: str, port: int, allow_anonymous: bool, lang: str,
             commands: TextIO = sys.stdin, out: TextIO = sys.stdout) -> int:
    """Serve until `end`; 0, or 1 when the address cannot be used (the message on stderr)."""
    from PySide6.QtCore import QCoreApplication

    from cxworkshop.document import EditRejected, WorkshopDocument
    from cxworkshop.room.bridge import RoomBridge
    from cxworkshop.room.protocol import Activity
    from cxworkshop.room.qr import qr_text
    from cxworkshop.room.server import RoomServerError

    app = QCoreApplication.instance() or QCoreApplication([])
    document = WorkshopDocument.open(file)
    bridge = RoomBridge(document, bind, port, allow_anonymous)
    try:
        url = bridge.open()
    except RoomServerError as exc:
        document.close()
        print(tr("cxworkshop: error: the room could not start on {address}: {detail}", lang,
                 address=bind, detail=exc), file=sys.stderr)
        return 1
    print(tr("Room open: {url}", lang, url=url), file=out)
    print(qr_text(url), file=out)
    print(tr("Commands: write [STAGE LANE], vote, rate, pause, reveal, status, end", lang), file=out, flush=True)
    try:
        for line in commands:
            app.processEvents()
            words = line.split()
            if not words:
                continue
            verb = words[0].lower()
            if verb == "end":
                break
            if verb == "write":
                board = bridge.room.board
                try:
                    stage = board.stages[int(words[1]) - 1].id if len(words) > 2 else None
                    lane = board.lanes[int(words[2]) - 1].id if len(words) > 2 else None
                except (ValueError, IndexError):
                    print(tr("No such stage or lane.", lang), file=out, flush=True)
                    continue
                bridge.open_activity(Activity.WRITING, stage, lane)
            elif verb == "vote":
                bridge.open_activity(Activity.VOTING)
                if bridge.room.board.round_id is None:
                    print(tr("No voting round is open in this workshop: start one in the window first.", lang),
                          file=out)
            elif verb == "rate":
                bridge.open_activity(Activity.EMOTION)
            elif verb == "pause":
                bridge.open_activity(Activity.IDLE)
            elif verb == "reveal":
                outcome = bridge.reveal(None)
                print(tr("Revealed: {cards}, {dots}.", lang,
                         cards=ntr("{n} card", "{n} cards", len(outcome.cards), lang),
                         dots=ntr("{n} dot", "{n} dots", outcome.dots, lang)), file=out)
                for reason in outcome.refused:
                    print(tr("Not written: {reason}", lang, reason=reason), file=out)
            elif verb != "status":
                print(tr("Unknown command {word!r}.", lang, word=verb), file=out, flush=True)
                continue
            ready, total = bridge.room.ready_count()
            print(tr("Activity: {activity}; devices: {devices}; done: {ready}; waiting in the inbox: {pending}",
                     lang, activity=bridge.room.activity.value, devices=total, ready=ready,
                     pending=len(bridge.room.pending())), file=out, flush=True)
    except KeyboardInterrupt:
        pass
    except EditRejected as exc:
        print(tr("Not written: {reason}", lang, reason=exc), file=out)
    finally:
        left = len(bridge.room.pending())
        bridge.close()
        document.close()
    print(ntr("Room closed; {n} contribution was not revealed and was not written.",
              "Room closed; {n} contributions were not revealed and were not written.", left, lang),
          file=out, flush=True)
    return 0
