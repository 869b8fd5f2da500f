"""The line-end differential's sample takes in eval files added after its list was chosen (`tests/sweep_samples.py`)."""

from __future__ import annotations

from sweep_samples import STRIDE, added_since, fingerprints, set_of


def test_a_set_is_a_first_folder_or_two_under_blind() -> None:
    assert set_of("dev11/easnote-md/privacy-policy.md") == "dev11"
    assert set_of("blind/round49d/results.txt") == "blind/round49d"
    assert set_of("blind/README.md") == "blind"
    assert set_of("final53.md") == "final53.md"


def test_only_new_or_changed_sets_are_sampled_from_their_first_file() -> None:
    old = [f"old/{n:04}.md" for n in range(300)] + [f"kept/{n:04}.md" for n in range(300)]
    recorded = fingerprints(old)
    assert added_since(old, recorded) == []
    new = [f"new/{n:04}.md" for n in range(2 * STRIDE + 1)]
    assert added_since(old + new, recorded) == [new[0], new[STRIDE], new[2 * STRIDE]]
    grown = [*old, "old/9999.md"]  # a file added to a set: the set is sampled again, whole
    assert added_since(grown, recorded) == sorted(name for name in grown if name.startswith("old/"))[::STRIDE]
    renamed = [name.replace("kept/0000", "kept/x") for name in old]  # as many files, another name
    assert added_since(renamed, recorded)[0] == "kept/0001.md"
