"""Speakers and documents: who issued a statement or a report ("the report", "a UN
report"), who speaks a quotation (its "we"), and statement adjuncts ("in a statement, the
ISPR said"). Used by the anaphora and pronoun stages to find the voice of a clause.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from watchfloor.kb.linking.lexicon import (
    ATTRIBUTION_VERBS,
    DOCUMENT_DETERMINERS,
    DOCUMENT_NEUTRAL,
    FINDING_VERBS,
    PUBLISH_VERBS,
    REPEAT_WORDS,
    REPORT_ANAPHORS,
    REPORT_CONTENT,
    SOURCE_ANAPHORS,
    SPEECH_VERBS,
    SPOKES_NOUNS,
)
from watchfloor.kb.linking.mentions import MentionsMixin
from watchfloor.kb.linking.state import _State
from watchfloor.kb.linking.tokens import _sentences_back, _shared_subject, _within_quotes

if TYPE_CHECKING:
    from spacy.tokens import Token


class SpeakersMixin(MentionsMixin):
    """Who says, writes or publishes what."""

    def _is_speaker(self, root: Token | None) -> bool:
        if root is None:
            return False
        if root.dep_ == "appos":
            root = root.head  # "Inter-Services Public Relations (ISPR) said"
        head = root.head
        if root.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in SPEECH_VERBS:
            return True
        if root.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
            return True
        if (
            root.dep_ == "pobj"
            and head.lower_ in ("by", "from")
            and head.head.lemma_ in SOURCE_ANAPHORS
        ):
            return True
        return root.dep_ == "poss" and head.lemma_ in SOURCE_ANAPHORS

    def _statement_source(self, state: _State, tok: Token) -> str | None:
        verb = tok.head.lemma_.lower()
        is_document = tok.lemma_.lower() in REPORT_ANAPHORS
        if tok.dep_ not in ("nsubj", "nsubjpass") or (
            verb not in SPEECH_VERBS and not (is_document and verb in FINDING_VERBS)
        ):
            return None
        # "CRSS published a report ... The study found": one document, named two ways
        kinds = set(REPORT_ANAPHORS) if is_document else {tok.lemma_.lower()}
        own = self._publisher_of(state, tok)
        if own:
            return own  # "The report, prepared by the monitoring team, says"
        if any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and not any(
            c.dep_ in ("amod", "compound", "poss") for c in tok.children
        ):
            # "ISPR said in a statement ... 'the statement said'": the same statement, linked
            # to its source already
            for t in reversed(state.doc[_sentences_back(tok, 1) : tok.i]):
                if t.lemma_.lower() != tok.lemma_.lower():
                    continue
                said = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "in" else None
                if said is None or said.lemma_.lower() not in SPEECH_VERBS:
                    break
                subj = next((c for c in said.children if c.dep_ == "nsubj"), None)
                m = self._mention_at(state, subj) if subj is not None else None
                if m is not None and m.actor_id:
                    return m.actor_id
                break
        if is_document and tok.lemma_.lower() == "report":
            lead = self._lead_reporter(state, tok)
            if lead:
                return lead
        for m in self._before(state, tok):
            root = self._mention_root(state, m)
            if root is None:
                continue
            if root.dep_ == "appos":
                root = root.head
            head = root.head
            if root.dep_ == "pobj" and head.lower_ in ("by", "from", "of"):
                # "a joint statement released by Uzbekistan's ministry", "the report of X"
                issued = head.head
                if issued.lemma_ in kinds or issued.head.lemma_ in kinds:
                    return m.actor_id
            if root.dep_ in ("poss", "compound") and head.lemma_ in kinds:
                return m.actor_id  # "the ministry's statement", "a UN monitoring team report"
            if (
                root.dep_ == "nsubj"
                and head.lemma_.lower() in PUBLISH_VERBS
                # one document ("issued travel documents" publishes none)
                and any(
                    c.dep_ == "dobj" and c.lemma_ in kinds and c.tag_ == "NN" for c in head.children
                )
            ):
                return m.actor_id  # "CRSS published a report", "the ISPR issued a statement"
        if tok.lemma_ not in SOURCE_ANAPHORS:
            return None  # a report is only its publisher's when the text says who that is
        for m in self._before(state, tok, sents_back=1):
            if self._is_speaker(self._mention_root(state, m)):
                return m.actor_id
        return None

    def _lead_reporter(self, state: _State, tok: Token) -> str | None:
        """ "The UN mission in Afghanistan said on Tuesday that it had documented 152 killings
        ... the report said": a story led by one body's findings is about that body's report,
        so "the report" with no other author is that body's. Only a body (not a state, a person
        or a government) speaking as the subject of the first sentence counts."""
        doc = state.doc
        first = doc[min(state.dateline_end, len(doc) - 1)].sent
        if tok.i < first.end:
            return None
        found: set[str] = set()
        for m in state.actor_mentions:
            if m.start < first.start_char or m.start >= first.end_char or not m.actor_id:
                continue
            actor = self.kb.get(m.actor_id)
            if actor is None or actor.kind != "organization" or self.kb.is_government(actor):
                continue
            if actor.country and self.kb.sub_actor(actor.country, "military") == actor.id:
                continue
            root = self._mention_root(state, m)
            if root is not None and root.dep_ == "appos":
                root = root.head
            if (
                root is not None
                and root.dep_ == "nsubj"
                and root.head.lemma_.lower() in SPEECH_VERBS | FINDING_VERBS
            ):
                found.add(actor.id)
        return found.pop() if len(found) == 1 else None

    def _publisher_of(self, state: _State, tok: Token) -> str | None:
        """Who a document noun names as its author: "X's report", "a UN team report", "the
        report prepared by X", or the subject of a publishing verb whose object it is ("the
        monitoring team publishes a report")."""

        def body_at(target: Token) -> str | None:
            m = self._mention_at(state, target)
            if m is not None and m.actor_id and not self._is_person(m.actor_id):
                return m.actor_id
            return None

        for child in tok.children:
            target = child
            if child.dep_ == "acl" and child.tag_ == "VBN":
                agent = next((g for g in child.children if g.lower_ == "by"), None)
                if agent is None and child.lemma_.lower() in ATTRIBUTION_VERBS:
                    # "a statement attributed to X": X is its claimed issuer
                    agent = next((g for g in child.children if g.lower_ == "to"), None)
                target = (
                    next((g for g in agent.children if g.dep_ == "pobj"), child) if agent else child
                )
            elif child.dep_ == "prep" and child.lower_ == "by":
                # "a report by UN sanctions monitors"
                target = next((g for g in child.children if g.dep_ == "pobj"), child)
            elif child.dep_ not in ("poss", "compound"):
                continue
            if (author := body_at(target)) is not None:
                return author
        verb = tok.head
        if tok.dep_ != "dobj" or verb.lemma_.lower() not in PUBLISH_VERBS:
            return None
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return body_at(subj) if subj is not None else None

    def _un_report_author(self, state: _State) -> None:
        """ "a UN report" when the article names exactly one body of the UN family (UNAMA, the
        UN monitoring team ...): that body wrote it, not the organisation as a whole."""
        doc = state.doc
        members: set[str] = set()
        for m in state.actor_mentions:
            actor = self.kb.get(m.actor_id or "")
            if actor is not None and actor.kind != "person" and actor.parent:
                parent = self.kb.get(actor.parent)
                if parent is not None and parent.sector == "IGO" and not parent.parent:
                    members.add(actor.id)
        if len(members) != 1:
            return
        author = members.pop()
        body = self.kb.get(author)
        parent_id = body.parent if body is not None else None
        for idx, m in enumerate(state.actor_mentions):
            if m.actor_id != parent_id:
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or span.end >= len(doc):
                continue
            noun = doc[span.end]
            # only a report: "UN surveys" of opium or returns are the agencies' of that trade
            if noun.lemma_.lower() == "report" and span.root.head.i == noun.i:
                state.actor_mentions[idx] = replace(m, actor_id=author, rule="coref")

    def _link_documents(self, state: _State) -> None:
        """Once a report's author or a statement's issuer is known, "the report", "the
        findings" and "the statement" stand for them wherever they occur ("The Taliban rejected
        the findings", "The statement made no mention of ...")."""
        doc = state.doc
        # a report's author and a statement's issuer are kept apart: "the statement" after
        # "the UN report" is not the UN's
        authors: dict[str, str | None] = {"report": None, "statement": None}
        for tok in state.tokens:
            low = tok.lemma_.lower()
            if low in SOURCE_ANAPHORS:
                kind = "statement"
            elif low in REPORT_ANAPHORS or low in REPORT_CONTENT:
                kind = "report"
            else:
                continue
            document = low in REPORT_ANAPHORS or low in SOURCE_ANAPHORS
            m = self._mention_at(state, tok)
            if m is not None:
                if m.rule == "role" and document:
                    authors[kind] = m.actor_id
                continue
            if document and tok.tag_ == "NN":
                own = self._publisher_of(state, tok) or self._adjunct_issuer(state, tok)
                if own:
                    if authors[kind] is None or kind == "statement" or low == "report":
                        # "one member state's assessment" quoted by the report is not the
                        # report: only another report changes whose "the report" is
                        authors[kind] = own
                    continue
            author = authors[kind]
            det = [c for c in tok.children if c.dep_ == "det"]
            again = [
                c for c in tok.children if c.dep_ in ("amod", "det") and c.lower_ in REPEAT_WORDS
            ]
            owned = any(
                c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("from", "by", "of"))
                for c in tok.children
            )
            if author is not None and again and det and det[0].i < tok.i and not owned:
                # "A second statement", "another statement": one more from the same issuer
                state.add_actor(doc[det[0].i : tok.i + 1], author, "role", 0.5)
                continue
            # "the latest report", "this report", "these reports": the same document or series
            mods = [
                c
                for c in tok.children
                if c.dep_ in ("amod", "compound", "nmod", "poss")
                and c.lower_ not in DOCUMENT_NEUTRAL
            ]
            if author is None or mods or not det or det[0].lower_ not in DOCUMENT_DETERMINERS:
                continue
            if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
                continue  # "the findings of an inquiry": someone else's
            state.add_actor(doc[det[0].i : tok.i + 1], author, "role", 0.5)

    def _adjunct_issuer(self, state: _State, tok: Token) -> str | None:
        """ "The BLA claimed the attack in a statement": whoever acts in a statement issued
        it, whatever the verb (only remembered for later "A second statement", not linked)."""
        if tok.dep_ != "pobj" or tok.head.lower_ != "in":
            return None
        verb = tok.head.head
        if verb.dep_ == "dobj":
            verb = verb.head  # the parser often hangs "in a statement" on "the attack"
        if verb.pos_ != "VERB":
            return None
        subj = _shared_subject(verb, next((c for c in verb.children if c.dep_ == "nsubj"), None))
        m = self._mention_at(state, subj) if subj is not None else None
        return m.actor_id if m is not None else None

    def _quote_speaker(self, state: _State, tok: Token) -> str | None:
        """Who speaks a quotation holding ``tok``: the subject of the speech verb outside the
        quotation marks of its sentence ('"We went in good faith," Khan said'), else of the
        sentence before in the same paragraph that closed the same speaker's quote."""
        doc = tok.doc
        text = state.text
        para = text.rfind("\n", 0, tok.idx) + 1
        # a sentence the parser ran on past a paragraph break ends there: the next paragraph's
        # speaker is not the quotation's
        para_end = text.find("\n", tok.idx)
        if para_end < 0:
            para_end = len(text)

        if not _within_quotes(text, tok.idx):
            return None
        sent = tok.sent
        sents = [sent]
        if sent.start > 0 and doc[sent.start - 1].sent.start_char >= para:
            sents.append(doc[sent.start - 1].sent)
        for s in sents:
            # the verb closing the quotation first, then one introducing it ('said: "We ..."')
            verbs = sorted(s, key=lambda t: (s is sent and t.i < tok.i, t.i))
            for t in verbs:
                if t.idx >= para_end:
                    continue
                if (
                    t.lemma_.lower() not in SPEECH_VERBS
                    or t.pos_ != "VERB"
                    or _within_quotes(text, t.idx)
                ):
                    continue  # '"They said we had to go," she said': the verb outside
                for subj in (c for c in t.children if c.dep_ == "nsubj"):
                    m = self._mention_at(state, subj)
                    if m is not None and m.actor_id:
                        return m.actor_id
        return None

    def _link_first_person(self, state: _State) -> None:
        """ "we", "us", "our" in a quotation: its speaker, and a spokesperson's "we" is the
        state they speak for ('"We went to Riyadh in good faith," the spokesperson said')."""
        doc = state.doc
        for tok in state.spelled(frozenset({"we", "us", "our"})):
            end = tok.i + 1
            if state.covered(tok.i, end):
                continue
            speaker = self._quote_speaker(state, tok)
            actor = self.kb.get(speaker or "")
            if actor is None or actor.provisional:
                continue  # a known speaker only: a villager's "we" is hers and her family's
            target: str = actor.id
            if actor.kind == "person":
                titles = " ".join(t.title for t in self.kb.titles if t.actor_id == actor.id)
                if any(w in titles for w in SPOKES_NOUNS) and actor.country:
                    target = self.kb.government_of(actor.country) or actor.country
                elif (
                    "minister" in titles
                    and actor.country
                    and tok.lower_ == "we"
                    and tok.dep_ == "nsubj"
                    and tok.head.tag_ in ("VBD", "VBN")
                ):
                    # what a minister's "we" did is his government's act ('"We asked for one
                    # thing," the defence minister said', '"We have shared the evidence"'); his
                    # vows and hopes ('"We will find them"') stay his own
                    target = self.kb.government_of(actor.country) or actor.country
            state.add_actor(doc[tok.i : end], target, "coref", 0.6)

    def _link_statement_adjuncts(self, state: _State) -> None:
        """ "In a statement, the ISPR said", "the ministry said in the statement": the
        statement is the speaker's."""
        doc = state.doc
        for tok in state.spelled(SOURCE_ANAPHORS):
            if tok.dep_ != "pobj" or tok.head.lower_ != "in":
                continue
            verb = tok.head.head
            if verb.lemma_.lower() not in SPEECH_VERBS:
                continue
            det = tok.i - 1 if tok.i > 0 and doc[tok.i - 1].lower_ in ("a", "the", "its") else tok.i
            if state.covered(det, tok.i + 1):
                continue
            subj = _shared_subject(
                verb, next((c for c in verb.children if c.dep_ == "nsubj"), None)
            )
            m = self._mention_at(state, subj) if subj is not None else None
            if m is not None and m.actor_id:
                state.add_actor(doc[det : tok.i + 1], m.actor_id, "role", 0.6)
