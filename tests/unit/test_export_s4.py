"""The STIX mapping's knowledge-base links and the actor attributes the exports add."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from watchfloor.errors import UserError
from watchfloor.export._common import actor_attributes
from watchfloor.export._stix import DATA_PATH, load_mapping
from watchfloor.kb.actors import KnowledgeBase


def test_bundled_mapping_links_groups_to_countries_in_stix_terms():
    links = load_mapping(DATA_PATH).country_links
    assert links["based_in"]["intrusion-set"] == "originates-from"
    assert links["based_in"]["threat-actor"] == links["based_in"]["identity"] == "located-at"
    assert links["opposes"]["threat-actor"] == "targets"
    assert links["opposes"]["identity"] == "related-to"


def _mapping_file(tmp_path: Path, **links: dict[str, str]) -> Path:
    """The bundled mapping with its knowledge-base links replaced by `links`."""
    raw = yaml.safe_load(DATA_PATH.read_text(encoding="utf-8"))
    del raw["based_in"], raw["opposes"]
    path = tmp_path / "stix.yaml"
    path.write_text(yaml.safe_dump({**raw, **links}), encoding="utf-8")
    return path


def test_mapping_without_links_falls_back_to_the_defaults(tmp_path):
    links = load_mapping(_mapping_file(tmp_path)).country_links
    assert links["opposes"]["intrusion-set"] == "targets"
    assert links["based_in"]["intrusion-set"] == "originates-from"


def test_mapping_rejects_a_malformed_relationship_type(tmp_path):
    with pytest.raises(UserError, match="opposes"):
        load_mapping(_mapping_file(tmp_path, opposes={"threat-actor": "Wages War"}))
    with pytest.raises(UserError, match="based_in"):
        load_mapping(_mapping_file(tmp_path, based_in={"campaign": "located-at"}))


def test_actor_attributes_are_lists_even_when_the_kb_has_none():
    kb = KnowledgeBase.load()
    assert actor_attributes(kb, "prov:nobody") == {"based_in": [], "aims": [], "opposes": []}
    ttp = actor_attributes(kb, "ttp")
    assert ttp["opposes"] == ["PAK"] and "jihadist-national" in ttp["aims"]
