"""Report authors, session 19: "rejected the reports" answers whoever the article said reported
it ("local television stations reported ..."), even a party the knowledge base does not know,
and "X said in a report" makes X the report's author; a report only described ("in one case
described in the report") names no author."""

from __future__ import annotations

from tests.unit._events_util import analyzed_rows as _rows


def _recipient_text(analyze, text: str) -> list[str | None]:
    return [
        (e.recipient.text if e.recipient is not None else None)
        for e in _rows(analyze, text, "REJECT")
    ]


def test_rejected_reports_answer_who_reported_them(analyze):
    text = (
        "Pakistani radio stations reported on Monday that the two envoys had met secretly in "
        "Doha. Afghanistan's foreign ministry dismissed the reports as untrue."
    )
    assert _recipient_text(analyze, text) == ["Pakistani radio stations"]


def test_said_in_a_report_names_the_author(analyze):
    text = (
        "Sahar Watch, a Kabul-based monitoring group, said in a report on Tuesday that Taliban "
        "police had detained 40 men in Herat. Zabihullah Mujahid rejected the report."
    )
    assert _recipient_text(analyze, text) == ["Sahar Watch"]


def test_a_report_only_described_names_no_author(analyze):
    text = (
        "In one incident described in the report, a shopkeeper was beaten in Herat. "
        "Zabihullah Mujahid rejected the report."
    )
    assert "incident" not in " ".join(t or "" for t in _recipient_text(analyze, text))


def test_a_dash_inside_the_sentence_is_no_dateline(analyze):
    # Review fix: only a dateline's dash ("KABUL, Afghanistan —") hides the subject before it;
    # an aside set off by dashes does not.
    text = (
        "Sahar Watch — which has tracked detentions since 2021 — said in a report on Tuesday "
        "that Taliban police had detained 40 men in Herat. Zabihullah Mujahid rejected the "
        "report."
    )
    assert _recipient_text(analyze, text) == ["Sahar Watch"]
