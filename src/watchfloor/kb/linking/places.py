"""Places in names and sites: a place a body's name holds ("the UN mission in
Afghanistan") and named buildings or markets ("the Imam Zaman mosque") become place
mentions. The last passes of `Linker.link`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from watchfloor.kb.actors import normalize
from watchfloor.kb.gazetteer import haversine_km
from watchfloor.kb.linking.base import LinkerBase
from watchfloor.kb.linking.lexicon import (
    COMPASS_POINTS,
    LOCAL_FEATURE_WORDS,
    LOCAL_UNIT_WORDS,
    MACRO_REGION_WORDS,
    SITE_NOUNS,
)
from watchfloor.kb.linking.state import _State
from watchfloor.kb.linking.tokens import _sentences_back
from watchfloor.records import Place, PlaceMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_SITE_WINDOW_SENTENCES = 3
# A namesake farther than this from the town a phrase puts a village "near" is another place.
_NEAR_KM = 60.0
# a province's districts lie within this of its middle
_PROVINCE_KM = 120.0


class PlacesMixin(LinkerBase):
    """Place mentions read off names and sites."""

    if TYPE_CHECKING:
        # MetonymyMixin's: the countries a sentence names as states or countries
        def _sentence_countries(self, state: _State, ent: Span) -> set[str]: ...

    def _places_in_names(self, state: _State) -> None:
        """ "The UN mission in Afghanistan": a body's name that says where it works names that
        place too, as a reader (and the annotation guide) sees it."""
        doc = state.doc
        taken = {(pm.start, pm.end) for pm in state.place_mentions}
        for m in list(state.actor_mentions):
            if m.rule not in ("name", "alias"):
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or len(span) < 3:
                continue
            prep = next((t for t in span[1:-1] if t.lower_ == "in"), None)
            if prep is None:
                continue
            where = doc[prep.i + 1 : span.end]
            if (where.start_char, where.end_char) in taken or not where.text[:1].isupper():
                continue
            place = self.gazetteer.resolve(
                where.text, focus_countries=state.focus_counts or state.focus
            )
            if place is None or normalize(place.name) != normalize(where.text):
                continue
            state.place_mentions.append(
                PlaceMention(where.start_char, where.end_char, where.text, place.id, "in-name", 0.8)
            )

    def _named_sites(self, state: _State) -> None:
        """ "The Imam Zaman mosque", "the Gul Bahar market": a named building or market the
        gazetteer cannot know stands in the town the story has just named, as an analyst
        places it; it takes that town's coordinates (the nearest city named before it, in the
        same sentence or earlier)."""
        doc = state.doc
        taken = [(pm.start, pm.end) for pm in state.place_mentions]
        for tok in state.spelled(SITE_NOUNS):
            start = tok.i
            while (
                start > 0
                and doc[start - 1].text[:1].isupper()
                and doc[start - 1].is_alpha
                and not doc[start - 1].is_stop
            ):
                start -= 1
            end = tok.i + 1
            if tok.text[:1].isupper():
                # s22: "the Jamia Masjid Noorani": a capitalised site word inside the name
                while (
                    end < len(doc)
                    and doc[end].text[:1].isupper()
                    and doc[end].is_alpha
                    and not doc[end].is_stop
                    and doc[end].ent_type_ not in ("GPE", "LOC", "NORP", "DATE")
                ):
                    end += 1
            if start == tok.i and end == tok.i + 1:
                continue
            name = doc[start:end]
            if any(s < name.end_char and name.start_char < e for s, e in taken):
                continue
            if tok.i - start == 1 and (doc[start].ent_type_ in ("NORP", "DATE", "GPE")):
                continue  # "a Shia mosque", "Friday mosque", "Kabul mosque": no name
            # s22: "the District Headquarters Hospital in Hangu": the town its own phrase names
            town = self._site_town(state, name)
            # only a town the story has just named: a few sentences back at most
            earliest = doc[_sentences_back(tok, _SITE_WINDOW_SENTENCES)].idx
            for pm in sorted(state.place_mentions, key=lambda m: m.start, reverse=True):
                if town is not None:
                    break
                if pm.start >= name.start_char or pm.place_id is None:
                    continue
                if pm.start < earliest:
                    break
                place = self.gazetteer.get(pm.place_id)
                if place is not None and place.kind == "city":
                    town = pm
                    break
            if town is None:
                continue
            state.place_mentions.append(
                PlaceMention(name.start_char, name.end_char, name.text, town.place_id, "site", 0.6)
            )

    def _site_town(self, state: _State, name: Span) -> PlaceMention | None:
        """The town right after a named site's "in" ("the X Hospital in Hangu"), if any."""
        doc = state.doc
        if name.end + 1 >= len(doc) or doc[name.end].lower_ != "in":
            return None
        after = doc[name.end + 1].idx
        for pm in state.place_mentions:
            if pm.start == after and pm.place_id:
                place = self.gazetteer.get(pm.place_id)
                if place is not None and place.kind == "city":
                    return pm
        return None

    def _local_places(self, state: _State) -> None:
        """A village, neighbourhood, valley or river the gazetteer lacks ("near the village of
        Sipah", "in the Absar neighbourhood", "the Shakai valley", "along the Kurram river")
        lies in or by the town the story has just named; it takes that town's position, as an
        analyst would place it, rather than none or a namesake's far away. "Nasirabad, near
        Turbat" is the one by Turbat, whatever larger Nasirabad the gazetteer prefers."""
        doc = state.doc
        self._split_coordinated_places(state)
        spans: list[Span] = []
        for pm in state.place_mentions:
            span = doc.char_span(pm.start, pm.end, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        taken = {(pm.start, pm.end) for pm in state.place_mentions}
        local_names: set[str] = set()
        for tok in state.tokens:
            if tok.lower_ not in LOCAL_FEATURE_WORDS or tok.dep_ in ("compound", "amod"):
                continue
            start = tok.i
            while start > 0 and _place_word(doc[start - 1]):
                start -= 1
            # "the Shakai valley", "residents of Margha village", not "an Afghan village"
            if start < tok.i and (
                doc[start - 1].lower_ == "the"
                or doc[start - 1].lower_ in _LOCAL_PREPS
                and tok.tag_ == "NN"
                and not any(t.ent_type_ == "NORP" for t in doc[start : tok.i])
                and not self.kb.country_of_demonym(doc[start : tok.i].text)
            ):
                local_names.add(normalize(doc[start : tok.i].text))
        local_names.update(_coordinated_locals(doc, state.tokens))
        for tok in state.tokens:
            # "at the Ghazgai crossing", "the Sarwan checkpoint": a crossing or post the
            # gazetteer lacks is as local as a village
            if tok.lower_ in _SITE_FEATURE_WORDS and tok.i > 0 and _place_word(doc[tok.i - 1]):
                start = tok.i
                while start > 0 and _place_word(doc[start - 1]):
                    start -= 1
                if not any(t.ent_type_ in ("NORP", "PERSON") for t in doc[start : tok.i]):
                    local_names.add(normalize(doc[start : tok.i].text))
            # "in Chamkani district of Paktia": a district the tagger missed or took for a
            # people, which its phrase puts in a province the gazetteer knows (a real demonym
            # is dropped below with the KB's names)
            if (
                tok.lower_ in _UNIT_WORDS
                and tok.tag_ == "NN"
                and tok.i > 0
                and _place_word(doc[tok.i - 1])
            ):
                start = tok.i
                while start > 0 and _place_word(doc[start - 1]):
                    start -= 1
                name = doc[start : tok.i]
                if self._container(state, name):
                    local_names.add(normalize(name.text))
            # "in Zarobi in Ostra district", "Zarobi, a village in Ostra": a name its own phrase
            # puts inside a place the gazetteer knows
            if tok.lower_ in _LOCAL_PREPS and tok.i + 1 < len(doc) and _place_word(doc[tok.i + 1]):
                end = tok.i + 1
                while end < len(doc) and _place_word(doc[end]):
                    end += 1
                # the tagger often reads an unknown village as a person or a body: the
                # container phrase, not the entity type, decides
                if not any(t.ent_type_ == "NORP" for t in doc[tok.i + 1 : end]) and (
                    _apposition(doc, end) or self._container(state, doc[tok.i + 1 : end])
                ):
                    local_names.add(normalize(doc[tok.i + 1 : end].text))
        named_spans: list[Span] = []  # names the unit noun introduces, whole
        for tok in state.tokens:
            # "the village of Sipah", "the town of Khar": the name the unit noun introduces;
            # "the villages of Ab-e-Gum and Pir Ghaib": each of the names a plural one lists
            unit = doc[tok.i - 1] if tok.i > 0 else None
            plural = (
                unit is not None
                and unit.tag_ == "NNS"
                and unit.lemma_.lower() in LOCAL_UNIT_WORDS
                and unit.lower_ != unit.lemma_.lower()
            )
            if (
                tok.lower_ == "of"
                and unit is not None
                and (unit.lower_ in LOCAL_UNIT_WORDS or plural)
                and tok.i + 1 < len(doc)
                and _place_word(doc[tok.i + 1])
            ):
                k = tok.i + 1
                while k < len(doc) and _place_word(doc[k]):
                    end = _name_end(doc, k)
                    local_names.add(normalize(doc[k:end].text))
                    named_spans.append(doc[k:end])
                    if not plural or end >= len(doc) or doc[end].lower_ not in ("and", ","):
                        break
                    k = end + 1
                    if k < len(doc) and doc[k].lower_ == "and":
                        k += 1
            # "passed through Karwat, east of the port": a name placed by its bearing from a
            # place the reader knows
            if tok.lower_ in _LOCAL_PREPS and tok.i + 1 < len(doc) and _place_word(doc[tok.i + 1]):
                end = tok.i + 1
                while end < len(doc) and _place_word(doc[end]):
                    end += 1
                if (
                    end + 2 < len(doc)
                    and doc[end].text == ","
                    and doc[end + 1].lower_ in _BEARINGS
                    and doc[end + 2].lower_ == "of"
                    and not any(t.ent_type_ in ("NORP", "PERSON") for t in doc[tok.i + 1 : end])
                ):
                    local_names.add(normalize(doc[tok.i + 1 : end].text))
        local_names = {n for n in local_names if not self._names_people_or_body(n)}
        for named in named_spans:
            # "the village of Dasht-e Rewat" where the tagger took "Dasht" alone: the whole
            # name the unit noun introduces, not the known place its first word spells
            if normalize(named.text) not in local_names:
                continue
            inner = [
                pm
                for pm in state.place_mentions
                if named.start_char <= pm.start
                and pm.end <= named.end_char
                and (pm.start, pm.end) != _chars(named)
            ]
            # the tagger's piece of it read as a body ("Qala-e" an organisation) is no actor
            pieces = [
                m
                for m in state.actor_mentions
                if m.rule == "provisional"
                and named.start_char <= m.start
                and m.end <= named.end_char
                and (m.start, m.end) != _chars(named)
            ]
            for m in pieces:
                state.actor_mentions.remove(m)
            if not inner and not pieces:
                continue
            for pm in inner:
                state.place_mentions.remove(pm)
                taken.discard((pm.start, pm.end))
            spans = [sp for sp in spans if not (named.start <= sp.start and sp.end <= named.end)]
            spans.append(named)
        # every mention of a local place's name, wherever the tagger put it ("Elders in Sipah")
        for m in list(state.actor_mentions):
            if m.rule == "provisional" and normalize(m.text) in local_names:
                state.actor_mentions.remove(m)
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is not None:
                    spans.append(span)
        covered = {i for m in state.actor_mentions for i in range(m.start, m.end)}
        for tok in state.tokens:
            if not _place_word(tok) or tok.idx in covered or tok.ent_type_ in ("DATE", "TIME"):
                continue
            if tok.i > 0 and _place_word(doc[tok.i - 1]):
                continue
            end = _name_end(doc, tok.i)
            name = doc[tok.i : end]
            if normalize(name.text) in local_names and not any(
                sp.start <= tok.i < sp.end for sp in spans
            ):
                spans.append(name)
        focus = state.focus_counts or state.focus
        placed: dict[str, tuple[str, str]] = {}  # a local name placed once keeps that place
        for span in sorted(spans, key=lambda sp: sp.start):
            key = normalize(_bare(span.text))
            if len(span) > 1 and span[-1].lower_ in LOCAL_FEATURE_WORDS:
                # "Zarghun village" tagged whole: the name the feature word follows
                key = normalize(_bare(span[:-1].text)) if span[-1].tag_ == "NN" else key
            linked = next(
                (p for p in state.place_mentions if (p.start, p.end) == _chars(span)), None
            )
            # "clashes in Zarobi": a name the tagger took for a place, in a locative phrase; the
            # weakest cue, so only the town the story is set in places it
            weak = (
                key not in local_names
                and linked is not None
                and linked.place_id is None
                and span.start > 0
                and doc[span.start - 1].lower_ in _LOCATIVE_PREPS
            )
            local = key in local_names or weak
            place = (
                self.gazetteer.get(linked.place_id)
                if linked is not None and linked.place_id
                else None
            )
            if place is not None and place.kind == "country" or _macro_region(span):
                continue
            near = self._near_town(state, span)
            how = "near"
            if near is None:
                container = self._container(state, span)
                inside = (
                    self.gazetteer.get(container.place_id)
                    if container and container.place_id
                    else None
                )
                # a known town keeps its own position unless the phrase puts it in another
                # country (a namesake abroad): a district's middle is no truer than the town
                if place is None or (
                    place.kind == "city" and inside is not None and inside.country != place.country
                ):
                    near, how = container, "container"
            if key in placed and (place is None or self._placed_abroad(place, placed[key][0])):
                pid, rule = placed[key]
            else:
                anchor = near
                if anchor is None:
                    anchor, how = self._story_town(state, span, setting=weak), "story"
                if anchor is None:
                    continue
                found_pid = self._local_place_id(span, place, anchor, near, local, focus)
                if found_pid is None:
                    continue
                # the anchor's own position is only roughly the local place's: say so, and how
                rule = "local" if found_pid != anchor.place_id else f"approx-{how}"
                placed[key] = (found_pid, rule)
                pid = found_pid
            if linked is not None:
                state.place_mentions.remove(linked)
            elif _chars(span) in taken:
                continue
            taken.add(_chars(span))
            state.place_mentions.append(
                PlaceMention(span.start_char, span.end_char, span.text, pid, rule, 0.5)
            )

    def _split_coordinated_places(self, state: _State) -> None:
        """ "Ab-e-Gum and Pir Ghaib" tagged as one unknown place: each of the coordinated
        names is a place of its own, resolved on its own."""
        doc = state.doc
        focus = state.focus_counts or state.focus
        for pm in list(state.place_mentions):
            if pm.place_id is not None:
                continue
            span = doc.char_span(pm.start, pm.end, alignment_mode="expand")
            if span is None or not any(t.lower_ == "and" for t in span):
                continue
            parts: list[Span] = []
            k = span.start
            while k < span.end:
                if not _place_word(doc[k]) and not (k == span.start and doc[k].text[:1].isupper()):
                    break
                end = min(_name_end(doc, k), span.end)
                parts.append(doc[k:end])
                if end >= span.end or doc[end].lower_ not in ("and", ","):
                    break
                k = end + 1
                if k < span.end and doc[k].lower_ == "and":
                    k += 1
            if len(parts) < 2 or parts[-1].end != span.end:
                continue
            state.place_mentions.remove(pm)
            for part in parts:
                place = self.gazetteer.resolve(part.text, focus_countries=focus)
                state.place_mentions.append(
                    PlaceMention(
                        part.start_char,
                        part.end_char,
                        part.text,
                        place.id if place is not None else None,
                        "split",
                        pm.score,
                    )
                )

    def _local_place_id(
        self,
        span: Span,
        place: Place | None,
        anchor: PlaceMention,
        near: PlaceMention | None,
        local: bool,
        focus: dict[str, float] | list[str],
    ) -> str | None:
        """Where a local place ``span`` lies: the namesake by the town, else the town's own
        place; None when the name stays as linked."""
        doc = span.doc
        feature = doc[span.end].lower_ if span.end < len(doc) else ""
        if feature and doc[span.end].dep_ == "compound":
            feature = ""  # "the Hairatan river port" is the town's port, not a river
        town = self.gazetteer.get(anchor.place_id) if anchor.place_id else None
        if town is None or town.lat is None or town.lon is None:
            return None
        if place is not None:
            if near is None and not (feature in ("river", "stream") and place.kind != "site"):
                return None  # a known place; only "near Y" or "river" can say it is another
            if near is not None and _within(place, town, _NEAR_KM):
                return None
            if town.kind == "admin1" and place.country == town.country:
                return None  # a province is too wide to say a namesake inside it is wrong
            closer = [
                p
                for p in self.gazetteer.lookup(span.text)
                if p.kind != "country" and _within(p, town, _NEAR_KM)
            ]
            return closer[0].id if closer else anchor.place_id
        if local or near is not None:
            unit = feature if feature in ("district", "province") else None
            found = self.gazetteer.resolve(_bare(span.text), focus_countries=focus, unit=unit)
            # "Keshem district of Badakhshan": anywhere in the province the phrase names
            radius = _PROVINCE_KM if town.kind == "admin1" else _NEAR_KM
            if found is not None and _within(found, town, radius):
                return found.id
            return anchor.place_id
        return None

    def _placed_abroad(self, place: Place, placed_id: str) -> bool:
        """True when the gazetteer's pick for a bare name lies in another country than the
        local place the article's own phrase put that name in before ("the Dara district of
        Panjshir ... gunfire from the direction of Dara": not Dar'a in Syria)."""
        first = self.gazetteer.get(placed_id)
        return first is not None and bool(first.country) and first.country != place.country

    def _names_people_or_body(self, name: str) -> bool:
        """True for a demonym or a name the knowledge base gives an actor ("the Afghan
        village", "the Taliban area"): not a local place's name."""
        return bool(self.kb.country_of_demonym(name) or self.kb.lookup(name))

    def _near_town(self, state: _State, span: Span) -> PlaceMention | None:
        """The town "X, near Y" or "X near Y" names, when the gazetteer knows it."""
        doc = state.doc
        k = span.end
        if k < len(doc) and doc[k].text == ",":
            k += 1
        if k >= len(doc) or doc[k].lower_ != "near":
            return None
        after = doc[k + 1].idx if k + 1 < len(doc) else -1
        return next(
            (
                pm
                for pm in state.place_mentions
                if pm.start == after and pm.place_id and _town_like(self.gazetteer.get(pm.place_id))
            ),
            None,
        )

    def _container(self, state: _State, span: Span) -> PlaceMention | None:
        """The known place the words after ``span`` put it in: "X in Y district", "X, a
        village in Y", "X area of Y", "X, east of Y", "X, Y district". The first such place
        is the most local one the text gives ("in X in Y district of Z province": Y). Also a
        province or district that owns a district before it ("Panjshir's Dara district")."""
        doc = state.doc
        owner = self._owning_unit(state, span)
        if owner is not None:
            return owner
        k = span.end
        if (
            k < len(doc)
            and doc[k].lower_ in LOCAL_FEATURE_WORDS | _SITE_FEATURE_WORDS | _UNIT_WORDS
        ):
            # "Zarobi village in ...", "the Sarwan area of ...", and a district the gazetteer
            # lacks: "Sayedabad district of Wardak province" lies in Wardak, not the dateline
            k += 1
        comma = k < len(doc) and doc[k].text == ","
        if comma:
            k += 1
            # "X, a village in Y", "X, a remote border town of Y"
            j = k
            if j < len(doc) and doc[j].lower_ in ("a", "an", "the"):
                j += 1
                while j < len(doc) and j - k <= 3 and doc[j].lower_ not in _CONTAINER_NOUNS:
                    j += 1
                if j < len(doc) and doc[j].lower_ in _CONTAINER_NOUNS:
                    k = j + 1
            # "X, east of Y"; but "X, North Waziristan" names a unit whose name starts with a
            # bearing, placed like any other after a bare comma
            if k < len(doc) and doc[k].lower_ in _BEARINGS and self._place_at(state, k) is None:
                k += 1
                if k < len(doc) and doc[k].lower_ != "of":
                    return None
        if k >= len(doc):
            return None
        if doc[k].lower_ in _CONTAINER_PREPS:
            k += 1
        elif not comma:
            return None
        else:
            # "Hassu Khel, North Waziristan": only a district or province after a bare comma,
            # not a list of towns
            found = self._place_at(state, k)
            place = self.gazetteer.get(found.place_id) if found and found.place_id else None
            return found if place is not None and place.kind in ("admin1", "admin2") else None
        if k < len(doc) and doc[k].lower_ == "the":
            k += 1
        found = self._place_at(state, k)
        place = self.gazetteer.get(found.place_id) if found and found.place_id else None
        if place is None or place.kind not in ("city", "admin2", "admin1", "site"):
            return None
        return found

    def _owning_unit(self, state: _State, span: Span) -> PlaceMention | None:
        """ "Helmand's Sangin district": the province before the possessive, when a unit word
        follows the name (a country's possessive is too wide to place anything). s21: a city's
        too: "Kabul's Shahr-e-Naw district" is a quarter of the city, at its position."""
        doc = state.doc
        if span.end >= len(doc) or doc[span.end].lower_ not in _UNIT_WORDS or span.start < 2:
            return None
        if doc[span.start - 1].text not in ("'s", "\u2019s"):
            return None
        end = doc[span.start - 2].idx + len(doc[span.start - 2].text)
        found = next((pm for pm in state.place_mentions if pm.end == end and pm.place_id), None)
        place = self.gazetteer.get(found.place_id) if found and found.place_id else None
        return found if place is not None and place.kind in ("admin1", "admin2", "city") else None

    @staticmethod
    def _place_at(state: _State, k: int) -> PlaceMention | None:
        if k >= len(state.doc):
            return None
        at = state.doc[k].idx
        return next((pm for pm in state.place_mentions if pm.start == at and pm.place_id), None)

    def _dateline_place(self, state: _State) -> None:
        """ "PUL-E-ALAM, Afghanistan —": the town a story was filed from, which the tagger
        misses when the capitals hide a hyphenated or unfamiliar name; the country after the
        comma picks between namesakes."""
        end = state.dateline_end
        if not end:
            return
        doc = state.doc
        start = 0
        while start < end and doc[start].is_space:
            start += 1
        stop = start
        while stop < end and doc[stop].text not in (",", "("):
            stop += 1
        if stop == start:
            return
        span = doc[start:stop]
        first, last = span.start_char, span.end_char
        if any(m.start < last and first < m.end for m in state.actor_mentions):
            return
        parts = [m for m in state.place_mentions if m.start < last and first < m.end]
        if any(m.start <= first and m.end >= last for m in parts):
            return  # the whole name is linked already
        near = None
        if stop < end and doc[stop].text == ",":
            after = doc[stop + 1 : end].text.strip()
            country = next((a for a in self.kb.lookup(after) if a.kind == "country"), None)
            near = country.id if country is not None else None
        place = self.gazetteer.resolve(
            span.text, focus_countries=state.focus_counts or state.focus, near=near
        )
        if place is None or near is not None and place.country != near:
            return
        for m in parts:
            # "PUL" of "PUL-E-ALAM": a piece of the name the tagger read as a place of its own
            state.place_mentions.remove(m)
        state.place_mentions.append(PlaceMention(first, last, span.text, place.id, "gazetteer"))

    def _story_town(
        self, state: _State, span: Span, *, setting: bool = False
    ) -> PlaceMention | None:
        """The town or district the story named last before ``span``, a few sentences back at
        most (the dateline's town counts); with ``setting``, the town the story is set in
        (its dateline's, else the first it names)."""
        earliest = state.doc[_sentences_back(span[0], _SITE_WINDOW_SENTENCES)].idx
        text = state.text
        # a crossing lies on a border, seldom by the capital a story is filed from; a name
        # the story once calls a crossing stays one when it later stands alone ("at Torkham")
        crossing = _is_crossing(state, span)
        # "Uzbekistan will open a market in Termez": a town in another country than the one
        # the sentence is about is no anchor, however near in the text
        countries = self._sentence_countries(state, span)

        def anchorable(pm: PlaceMention) -> bool:
            if pm.start >= span.start_char or not pm.place_id or pm.rule in _LOCAL_RULES:
                return False
            # "the Peshawar-bound train", "a Kabul-based group": not where the story is
            if text[pm.end : pm.end + 1] == "-":
                return False
            if countries:
                town = self.gazetteer.get(pm.place_id)
                if town is None or town.country not in countries:
                    return False
            return not (crossing and self.kb.country_of_capital(pm.text))

        best = None
        for pm in [] if setting else state.place_mentions:
            if not anchorable(pm) or pm.place_id is None:
                continue
            in_dateline = state.dateline_end > 0 and pm.end <= state.doc[state.dateline_end - 1].idx
            if pm.start < earliest and not in_dateline:
                continue
            if _town_like(self.gazetteer.get(pm.place_id)) and (
                best is None or pm.start > best.start
            ):
                best = pm
        if best is None:
            # nothing nearby: the first town the story named, where it is set
            towns = [
                pm
                for pm in state.place_mentions
                if anchorable(pm) and pm.place_id and _town_like(self.gazetteer.get(pm.place_id))
            ]
            if state.dateline_end > 0:
                # a story filed from a capital is set in the first town its body names
                # ("KABUL — ... in the Barmal district ... Margha village")
                dash = state.doc[state.dateline_end].idx
                towns = [pm for pm in towns if pm.start > dash] or towns
            best = min(towns, key=lambda pm: pm.start, default=None)
        return best


def _is_crossing(state: _State, span: Span) -> bool:
    """True when some mention of the name in the document is followed by "crossing" or
    "border" ("through the Torkham crossing ... families at Torkham")."""
    key = normalize(_bare(span.text))
    size = len(span) - (span[0].lower_ == "the")
    lowers = state.lowers
    for i, low in enumerate(lowers):
        if low not in _CROSSING_WORDS or i < size:
            continue
        if normalize(span.doc[i - size : i].text) == key:
            return True
    return False


_CROSSING_WORDS = frozenset(["crossing", "border"])
_LOCAL_PREPS = frozenset(["of", "in", "near", "from", "at", "through", "outside"])
# the rules this pass records: a town it placed is no anchor for the next local name
_LOCAL_RULES = frozenset(["local", "approx-near", "approx-container", "approx-story"])
# words after a name that make it a crossing or post the gazetteer may lack
_SITE_FEATURE_WORDS = frozenset(["crossing", "border", "checkpoint", "checkpost", "tehsil"])
# "X, a village in Y": the nouns an apposition places a name by
_CONTAINER_NOUNS = frozenset(
    ["village", "hamlet", "town", "area", "locality", "neighbourhood", "neighborhood"]
    + ["district", "tehsil", "suburb", "outskirts", "region", "crossing", "settlement"]
)
_CONTAINER_PREPS = frozenset(["in", "of", "near", "outside"])
# the admin units a name the gazetteer lacks is called by ("X district of Y province")
_UNIT_WORDS = frozenset(["district", "county", "subdistrict"])
_APPOSITION_NOUNS = frozenset(["village", "hamlet", "town", "locality", "settlement"])
_LOCATIVE_PREPS = frozenset(["in", "at", "near", "outside", "around"])
_BEARINGS = COMPASS_POINTS | frozenset(["north-east", "north-west", "south-east", "south-west"])


def _coordinated_locals(doc: Doc, tokens) -> set[str]:
    """ "in Shal and Mano villages", "the Kampani and Qargha areas of western Kabul": names a
    plural feature word makes local places, each of the coordinated ones."""
    names: set[str] = set()
    for tok in tokens:
        # the tagger sometimes reads "Mano villages" as a verb: the plural form decides
        # s21: and admin units: "Kunar's Dangam and Chawkay districts", where the tagger took
        # the second for a person
        lemma = tok.lemma_.lower()
        if tok.tag_ not in ("NNS", "VBZ") or lemma not in LOCAL_FEATURE_WORDS | _UNIT_WORDS:
            continue
        if tok.lower_ == tok.lemma_.lower():
            continue
        found: list[str] = []
        k = tok.i
        joined = False
        while True:
            end = k
            while k > 0 and _place_word(doc[k - 1]):
                k -= 1
            if k == end:
                break
            found.append(normalize(doc[k:end].text))
            if k > 0 and doc[k - 1].lower_ in ("and", ","):
                joined = joined or doc[k - 1].lower_ == "and"
                k -= 1
                continue
            break
        if (
            joined
            and len(found) > 1
            and k > 0
            and (
                doc[k - 1].lower_ == "the"
                or doc[k - 1].lower_ in _LOCAL_PREPS
                or doc[k - 1].text in ("'s", "\u2019s")  # "Kunar's Dangam and Chawkay ..."
            )
            # the tagger reads a pair of unknown villages as people: the feature word decides
            and not any(t.ent_type_ == "NORP" for t in doc[k : tok.i])
        ):
            names.update(found)
    return names


# Linking vowels of Persian and Arabic compound names: "Ab-e-Gum", "Dasht-e Rewat",
# "Mazar-i-Sharif", "Dera-ye Nur".
_LINK_VOWELS = frozenset(["e", "i", "ye", "yi", "ul", "al", "ud", "ad", "o"])


def _name_end(doc: Doc, k: int) -> int:
    """The end of the place name that starts at ``doc[k]``: its capitalised words, joined
    across a hyphenated linking vowel ("Ab-e-Gum", "Dasht-e Rewat")."""
    end = k
    while end < len(doc):
        if _place_word(doc[end]) or end == k:
            end += 1
            continue
        if (
            doc[end].text == "-"
            and not doc[end - 1].whitespace_
            and end + 1 < len(doc)
            and doc[end + 1].lower_ in _LINK_VOWELS
        ):
            j = end + 2
            if j < len(doc) and doc[j].text == "-" and not doc[end + 1].whitespace_:
                j += 1
            if j < len(doc) and _place_word(doc[j]):
                end = j
                continue
        break
    return end


def _place_word(tok: Token) -> bool:
    """A capitalised word of a place's name ("Sipah", "Dera", "Ismail")."""
    return tok.is_alpha and tok.text[:1].isupper() and not tok.is_sent_start and not tok.is_stop


def _apposition(doc: Doc, k: int) -> bool:
    """Whether ``doc[k:]`` reads ", the village where ...", ", a small town ...": the name
    before it is a local place's even when no container follows."""
    if k + 2 >= len(doc) or doc[k].text != "," or doc[k + 1].lower_ not in ("a", "an", "the"):
        return False
    return any(t.lower_ in _APPOSITION_NOUNS for t in doc[k + 2 : k + 5])


def _bare(text: str) -> str:
    return text[4:] if text.lower().startswith("the ") else text


def _macro_region(span: Span) -> bool:
    """ "Central Asia", "Europe": a continent or world region, wider than any town."""
    words = normalize(span.text).split()
    return any(w in MACRO_REGION_WORDS for w in words) or any(
        " ".join(words[i : i + 2]) in MACRO_REGION_WORDS for i in range(len(words) - 1)
    )


def _chars(span: Span) -> tuple[int, int]:
    return span.start_char, span.end_char


def _town_like(place: Place | None) -> bool:
    return place is not None and place.kind in ("city", "admin2", "site")


def _within(place: Place, town: Place, km: float) -> bool:
    if None in (place.lat, place.lon, town.lat, town.lon):
        return False
    return haversine_km(place.lat, place.lon, town.lat, town.lon) <= km  # type: ignore[arg-type]
