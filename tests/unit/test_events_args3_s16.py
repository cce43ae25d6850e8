"""Event arguments, session 16 (third round): a fronted setting the parser hangs on a distance
phrase ("Some 200 km to the west, in the city of Termez, ... signed") is the act's place; a venue
hung on the parties of a brokered deal ("brokered a ceasefire between the two neighbours in Doha")
or on the participle of the talks ("talks mediated by Qatar in Doha") is where it was agreed; a
statement cited as issued somewhere ("said in a statement issued in New York") places the
speaker's own words; an act told before or until another one does not take that one's place; and
two mediators offering the same talks give one CONSULT row (guide §8); a named passenger train
hit ("the Jaffar Express") is an attack on its passengers (guide §1.3)."""

from __future__ import annotations


def _rows(analyze, text: str, etype: str) -> list:
    return [e for e in analyze(text).events if e.type == etype]


def _place(row) -> str | None:
    return row.place.name if row.place is not None else None


def test_fronted_setting_on_a_distance_phrase_is_the_place(analyze):
    rows = _rows(
        analyze,
        "Some 200 km to the west, in the Uzbek border city of Termez, a Taliban delegation led "
        "by Deputy Prime Minister Abdul Ghani Baradar signed 14 agreements with Uzbek companies "
        "on Tuesday.",
        "AGREE",
    )
    assert rows and all(_place(r) == "Termez" for r in rows)


def test_distance_phrase_without_a_setting_gives_no_place(analyze):
    rows = _rows(
        analyze,
        "Some 200 km to the west, a Taliban delegation led by Deputy Prime Minister Abdul Ghani "
        "Baradar signed 14 agreements with Uzbek companies on Tuesday.",
        "AGREE",
    )
    assert rows and all(r.place is None for r in rows)


def test_venue_hung_on_the_parties_of_a_brokered_deal(analyze):
    rows = _rows(
        analyze,
        "Qatar and Turkey, which brokered a ceasefire between the two neighbours in Doha last "
        "October, offered on Wednesday to mediate.",
        "AGREE",
    )
    brokered = [r for r in rows if r.trigger == "brokered"]
    assert brokered and all(_place(r) == "Doha" for r in brokered)


def test_parties_of_a_brokered_deal_without_a_venue(analyze):
    rows = _rows(
        analyze,
        "Qatar and Turkey, which brokered a ceasefire between the two neighbours last October, "
        "offered on Wednesday to mediate.",
        "AGREE",
    )
    brokered = [r for r in rows if r.trigger == "brokered"]
    assert brokered and all(r.place is None for r in brokered)


_FIGHT = (
    "In October 2025, days of fighting along the border killed dozens of soldiers and fighters "
    "before the two sides agreed to a ceasefire in talks mediated by Qatar and Turkey"
)


def test_talks_described_by_a_participle_keep_their_venue(analyze):
    rows = _rows(analyze, _FIGHT + " in Doha.", "AGREE")
    assert rows and all(_place(r) == "Doha" for r in rows)


def test_act_before_another_does_not_take_its_place(analyze):
    rows = _rows(analyze, _FIGHT + " in Doha.", "ASSAULT")
    assert rows and all(r.place is None for r in rows)


def test_act_with_its_own_place_keeps_it_beside_a_later_act(analyze):
    rows = _rows(
        analyze,
        "Fighting near Chaman killed dozens of soldiers before the two sides agreed to a "
        "ceasefire in Doha.",
        "ASSAULT",
    )
    assert rows and all(_place(r) == "Chaman" for r in rows)


def test_statement_issued_somewhere_places_the_speakers_words(analyze):
    rows = _rows(
        analyze,
        'UN Secretary-General Antonio Guterres "strongly condemns" the attack, his spokesperson '
        "said in a statement issued in New York.",
        "ACCUSE",
    )
    assert rows and "New York" in (_place(rows[0]) or "")


def test_cited_report_issued_somewhere_does_not_place_the_words(analyze):
    rows = _rows(
        analyze,
        'UN Secretary-General Antonio Guterres "strongly condemns" the attack, his spokesperson '
        "said, citing a report issued in New York.",
        "ACCUSE",
    )
    assert rows and rows[0].place is None


_WAR = "Pakistan and Afghanistan fought at the border. "


# s21 r2: guide §18 rule 11 (session 20) overrides these s16 expectations: "ready to host
# talks" and "offered to mediate" are the offers alone, with no CONSULT row.
def test_two_mediators_offering_talks_give_one_consult_row(analyze):
    rows = _rows(
        analyze,
        _WAR + "Qatar's foreign ministry said it was ready to host talks, while Turkey offered to "
        "mediate.",
        "CONSULT",
    )
    assert not rows


def test_one_mediator_keeps_its_consult_row(analyze):
    rows = _rows(
        analyze, _WAR + "Qatar's foreign ministry said it was ready to host talks.", "CONSULT"
    )
    assert not rows


def _victims(row) -> str:
    ref = row.recipient
    return f"{ref.name or ''} {ref.text or ''}".lower() if ref is not None else ""


def test_named_passenger_train_hit_is_an_attack_on_its_passengers(analyze):
    rows = _rows(
        analyze, "Gunmen opened fire on the Jaffar Express near Mastung on Sunday.", "ASSAULT"
    )
    assert rows and "passengers" in _victims(rows[0])


def test_named_office_hit_is_not_a_passenger_train(analyze):
    rows = _rows(
        analyze, "Gunmen opened fire on the Express Tribune office in Karachi on Sunday.", "ASSAULT"
    )
    assert rows and "passengers" not in _victims(rows[0])
