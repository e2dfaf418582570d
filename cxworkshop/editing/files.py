"""Making workshop files for the window and the command line: from a template, the demo, the bundled demo.

The window may not touch the store directly (layer contract), so these few file-level
entry points live here, next to WorkshopDocument.
"""

from __future__ import annotations

from pathlib import Path

from cxworkshop.store import create_workshop
from cxworkshop.store.datadir import user_data_dir
from cxworkshop.store.errors import WorkshopFileError


def new_workshop(path: Path | str, template: str = "sme", lang: str = "it", title: str = "",
                 client: str = "", facilitator: str = "", place: str = "") -> Path:
    from cxworkshop.templates import populate_template

    return create_workshop(path, lambda session: populate_template(
        session, template, lang, title=title, client=client, facilitator=facilitator, place=place))


def new_demo(path: Path | str, lang: str = "it", cards: int | None = None,
             actions: int | None = None, overwrite: bool = False) -> Path:
    from cxworkshop.demo import populate_demo

    return create_workshop(path, lambda session: populate_demo(session, lang, cards, actions),
                           overwrite=overwrite)


def bundled_demo_path(lang: str = "it") -> Path:
    """The demo opened when CX Workshop starts without a file: made once in the user's data folder."""
    path = user_data_dir() / f"demo-{lang}.cxw"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        new_demo(path, lang)
    return path


__all__ = ["WorkshopFileError", "bundled_demo_path", "new_demo", "new_workshop"]
