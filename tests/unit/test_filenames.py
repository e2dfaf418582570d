"""Per-owner file names: never two owners in one file, whatever their names."""

from __future__ import annotations

from cxworkshop.export.filenames import unique_stems


def test_a_numbered_name_is_never_given_twice() -> None:
    stems = unique_stems(["Anna", "Anna", "Anna (2)"])
    assert stems == ["Anna", "Anna (3)", "Anna (2)"]
    assert len({s.casefold() for s in stems}) == 3


def test_names_differing_only_in_case_share_no_file() -> None:
    stems = unique_stems(["Anna", "anna", "Bob", "ANNA"])
    assert len({s.casefold() for s in stems}) == 4
