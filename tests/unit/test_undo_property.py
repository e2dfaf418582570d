"""Undo all restores the starting file exactly; redo all restores the end exactly."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cxworkshop.document import WorkshopDocument
from tests.unit.random_edits import apply_edits, dump


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(min_value=0, max_value=2**32), count=st.integers(min_value=1, max_value=30))
def test_undo_all_then_redo_all(demo_template: Path, seed: int, count: int) -> None:
    folder = Path(tempfile.mkdtemp())
    try:
        path = folder / "w.cxw"
        shutil.copyfile(demo_template, path)
        start = dump(path)
        doc = WorkshopDocument.open(path)
        try:
            apply_edits(doc, seed, count)
            end = dump(path)
            stack = doc.undo_stack
            while stack.canUndo():
                stack.undo()
            assert dump(path) == start
            while stack.canRedo():
                stack.redo()
            assert dump(path) == end
        finally:
            doc.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
