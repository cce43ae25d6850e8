"""`evaluate.gold.known_as`: a gold `?:Name` counts as the curated actor that goes by that name.

The comparison is the knowledge base's own `normalize`, so the evaluator and the linker agree on
what "the same name" means (case, a leading article, possessives, accents, dashes)."""

from watchfloor.evaluate.gold import known_as


def test_name_and_alias_match_with_the_linkers_normalisation() -> None:
    assert known_as("taliban", "Taliban")
    assert known_as("taliban", "the Islamic Emirate")
    assert known_as("taliban", "Islamic Emirate's")
    assert known_as("zabihullah-mujahid", "ZABIULLAH MUJAHID")
    assert known_as("zabihullah-mujahid", "Zabíhullah Mujahid")


def test_other_names_and_unknown_ids_do_not_match() -> None:
    assert not known_as("taliban", "Tehreek-e-Taliban Pakistan")
    assert not known_as("zabihullah-mujahid", "Mujahid")
    assert not known_as("no-such-actor", "Taliban")
