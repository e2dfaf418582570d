"""The plain column spec and the records match the SQLModel tables; viewing never imports the ORM."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import fields

from sqlmodel import SQLModel

import cxworkshop.model.tables  # noqa: F401
from cxworkshop.model.columns import CLASS_NAMES, COLUMNS, INDEXES
from cxworkshop.model.records import RECORDS


def test_column_spec_matches_the_tables() -> None:
    tables = {table.name: table for table in SQLModel.metadata.sorted_tables}
    assert list(COLUMNS) == list(tables), "same tables, in dependency order"
    for name, table in tables.items():
        assert [column for column, _ in COLUMNS[name]] == [c.name for c in table.columns], name
    assert {index.name for table in tables.values() for index in table.indexes} == INDEXES


def test_records_carry_the_fields_and_names_of_the_tables() -> None:
    import cxworkshop.model as model

    for table, record in RECORDS.items():
        orm = getattr(model, CLASS_NAMES[table])
        assert record.__name__ == orm.__name__
        assert [f.name for f in fields(record)] == list(orm.model_fields)


def test_showing_a_workshop_imports_no_orm(demo_template) -> None:
    script = (
        "import sys\n"
        "from cxworkshop.document import WorkshopDocument\n"
        "from cxworkshop.model.records import Card, Stage\n"
        f"doc = WorkshopDocument.open({str(demo_template)!r}, read_only=True)\n"
        "assert len(doc.rows(Card)) == 95 and doc.rows(Stage)[0].position == 0\n"
        "assert doc.workshop().language == 'it'\n"
        "print(sorted(m for m in ('sqlalchemy', 'sqlmodel', 'pydantic') if m in sys.modules))\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_document_layer_uses_no_widgets() -> None:
    # import-linter cannot forbid a sub-package of PySide6, so this rule is checked here.
    from pathlib import Path

    import cxworkshop.document

    folder = Path(cxworkshop.document.__file__).parent
    offenders = [p.name for p in folder.glob("*.py") if "QtWidgets" in p.read_text(encoding="utf-8")]
    assert not offenders


def test_new_and_demo_load_no_qt(tmp_path) -> None:
    # The edit operations live in the Qt-free cxworkshop.editing: making a file needs no Qt.
    script = (
        "import sys\n"
        "from cxworkshop.cli import main\n"
        f"assert main(['new', {str(tmp_path / 'n.cxw')!r}]) == 0\n"
        f"assert main(['demo', {str(tmp_path / 'd.cxw')!r}]) == 0\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"
