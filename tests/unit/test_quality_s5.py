"""Behaviour-neutral mends of session 5: each shared helper gives what the copies it replaced
gave (commitment kinds worked out once, one-pass listing pages, one whitespace folder, the
event/claim column mixin, one YAML reader for the commitment data files)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from watchfloor.analyze.commitment_ledger import _may_dispute, one_line
from watchfloor.analyze.commitments import (
    CommitmentCueError,
    CommitmentRulesError,
    LaterClaim,
    apply_later_evidence,
    commitment_kinds,
    load_cues,
    load_status_rules,
)
from watchfloor.api.app import _list_route
from watchfloor.store import models as m
from watchfloor.store.queries import Filters

TRUCE = "an immediate truce on the frontier"
EXPEL = "to expel the foreign fighters sheltering in the valley"

# New sentences, several kinds of pledge, some saying it is not kept and some not.
CLAIM_TEXTS = [
    "the militia has breached the truce twice since Friday",
    "Kabul has taken no action to expel the fighters it promised to remove",
    "the government reneged on its pledge to disarm the tribal lashkars",
    "the truce is holding, the governor said",
    "fighters continue to operate from the other side of the frontier",
    "the ministry welcomed the talks",
]


def _claims(precomputed: bool) -> list[LaterClaim]:
    rules = load_status_rules()
    return [
        LaterClaim(
            id=f"cl_{i}",
            date=f"2026-03-{10 + i:02d}",
            speakers=frozenset({"accuser"}),
            content=text,
            kinds=frozenset(commitment_kinds(text, rules)) if precomputed else None,
        )
        for i, text in enumerate(CLAIM_TEXTS)
    ]


@pytest.mark.parametrize("content", [TRUCE, EXPEL])
def test_claim_kinds_worked_out_beforehand_give_the_same_history(content: str) -> None:
    history = [{"status": "made", "date": "2026-03-01", "evidence": ["cm_x"]}]

    def run(precomputed: bool) -> list[dict[str, Any]]:
        return apply_later_evidence(
            history,
            actor="pledger",
            beneficiary="neighbour",
            content=content,
            events=[],
            claims=_claims(precomputed),
        )

    lazily, beforehand = run(False), run(True)
    assert lazily == beforehand
    assert [step["status"] for step in beforehand] == ["made", "disputed"]


@pytest.mark.parametrize("text", CLAIM_TEXTS)
def test_may_dispute_with_known_kinds_agrees_with_working_them_out(text: str) -> None:
    rules = load_status_rules()
    kinds = frozenset(commitment_kinds(text, rules))
    assert _may_dispute(text, rules, kinds) == _may_dispute(text, rules)


def test_one_line_folds_every_run_of_white_space() -> None:
    assert one_line("  Officials said\n\tthe  road\u00a0was closed. ") == (
        "Officials said the road was closed."
    )
    assert one_line(None) == ""
    assert one_line("") == ""


def _sorted_listing(calls: list[Filters]) -> Any:
    rows: list[dict[str, Any]] = [
        {"id": f"r{i}", "n": n} for i, n in enumerate([3, 9, 1, 9, 4, 7, 2])
    ]

    def list_fn(_session: Any, f: Filters) -> list[dict[str, Any]]:
        calls.append(f)
        ordered = sorted(rows, key=lambda r: (-r["n"], r["id"]))
        return ordered[f.offset : f.offset + f.limit]

    return list_fn


@pytest.mark.parametrize(("limit", "offset"), [(3, 0), (2, 3), (5, 6), (4, 50)])
def test_a_listing_without_a_count_is_read_once_and_paged_as_before(
    limit: int, offset: int
) -> None:
    calls: list[Filters] = []
    list_fn = _sorted_listing(calls)
    f = Filters(limit=limit, offset=offset)
    page = _list_route(list_fn, None)(None, f)
    assert len(calls) == 1
    expected = _sorted_listing([])(None, f)
    assert page == {"items": expected, "total": 7, "limit": limit, "offset": offset}


def test_a_listing_with_a_count_asks_the_count() -> None:
    calls: list[Filters] = []
    page = _list_route(_sorted_listing(calls), lambda _s, _f: 42)(None, Filters(limit=2))
    assert page["total"] == 42 and len(page["items"]) == 2 and len(calls) == 1


@pytest.mark.parametrize("model", [m.Event, m.Claim])
def test_event_and_claim_keep_their_leading_span_columns(model: Any) -> None:
    table = model.__table__
    assert list(table.columns.keys())[:7] == [
        "id",
        "doc_id",
        "sentence",
        "sentence_start",
        "sentence_end",
        "start",
        "end",
    ]
    (fk,) = table.c.doc_id.foreign_keys
    assert fk.target_fullname == "documents.id" and fk.ondelete == "CASCADE"
    assert table.c.doc_id.index and table.c.id.primary_key
    assert table.c.extractor.name == "extractor"  # the table's own columns follow


def test_unreadable_commitment_files_name_the_file_and_what_it_holds(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.yaml"
    with pytest.raises(CommitmentCueError, match="nowhere.yaml: cannot read commitment cues"):
        load_cues(missing)
    broken = tmp_path / "broken.yaml"
    broken.write_text("kinds: [unclosed\n", encoding="utf-8")
    with pytest.raises(CommitmentRulesError, match="broken.yaml: cannot read commitment rules"):
        load_status_rules(broken)


def test_kinds_given_with_a_claim_are_not_worked_out_again() -> None:
    breach = LaterClaim(
        id="cl_b",
        date="2026-03-20",
        speakers=frozenset({"accuser"}),
        content="the militia has breached the truce twice since Friday",
        kinds=frozenset(),  # as if its content named no kind of pledge
    )
    history = [{"status": "made", "date": "2026-03-01", "evidence": ["cm_x"]}]
    out = apply_later_evidence(
        history, actor="pledger", beneficiary="neighbour", content=TRUCE, events=[], claims=[breach]
    )
    assert out == history
