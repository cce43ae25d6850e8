"""PLOVER event coder: LinkedDoc → EventRecords.

Per sentence: find trigger candidates with the lexicon (`triggers.py`), merge candidates that
describe the same happening ("stormed ... killing four"), let embedding verbs absorb their
complements ("demanded that X release ..." is one REQUEST), recode statements of intent
("will support" → AGREE, "threatened to attack" → THREATEN), then fill in the arguments from the
dependency parse and the linker's mentions: actor, recipient, place, date, casualties,
factuality and the reporting source.

The code is split by stage: this module keeps `EventExtractor.__init__`, the version (`VERSION`,
`version`, `_RULES_VERSION`), `_matcher_for` and `extract` (the per-sentence loop and the order
of the document-level passes); the stages themselves live in `watchfloor.extract.eventing` (see
its docstring for the map). Every name this module defined before the split (word lists,
`_Group`, helpers such as `_inherit_context`) is re-exported here.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from watchfloor.extract.factuality import cues_version
from watchfloor.extract.recipients import RecipientCues, load_cues
from watchfloor.extract.trigger_model import (
    MODEL_PATH,
    TriggerModel,
    default_model,
    model_path,
    predicates,
)
from watchfloor.extract.triggers import Lexicon, TriggerMatcher, load_lexicon
from watchfloor.records import EventRecord

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from watchfloor.kb.linked import LinkedDoc

# Every name events.py defined before the split into `watchfloor.extract.eventing` stays
# importable from here (tests import private helpers such as `_inherit_context`).
from watchfloor.extract.eventing.anaphors import _BODY_WORDS as _BODY_WORDS
from watchfloor.extract.eventing.anaphors import _FORCE_WORDS as _FORCE_WORDS
from watchfloor.extract.eventing.anaphors import _IRREGULAR_PLURALS as _IRREGULAR_PLURALS
from watchfloor.extract.eventing.anaphors import _described_body as _described_body
from watchfloor.extract.eventing.anaphors import _resolve_anaphors as _resolve_anaphors
from watchfloor.extract.eventing.anaphors import _side_force as _side_force
from watchfloor.extract.eventing.anaphors import _three_parties as _three_parties
from watchfloor.extract.eventing.anaphors import _unnamed_group as _unnamed_group
from watchfloor.extract.eventing.arguments import _ANY_PARTY as _ANY_PARTY
from watchfloor.extract.eventing.arguments import _ARMED_GROUP_WORDS as _ARMED_GROUP_WORDS
from watchfloor.extract.eventing.arguments import _CAUSE_PREPS as _CAUSE_PREPS
from watchfloor.extract.eventing.arguments import _HANDING_VERBS as _HANDING_VERBS
from watchfloor.extract.eventing.arguments import _LETTING_VERBS as _LETTING_VERBS
from watchfloor.extract.eventing.arguments import _NAMING_VERBS as _NAMING_VERBS
from watchfloor.extract.eventing.arguments import _NOTING_VERBS as _NOTING_VERBS
from watchfloor.extract.eventing.arguments import _RECIPIENT_PREPS as _RECIPIENT_PREPS
from watchfloor.extract.eventing.arguments import _beneficiaries as _beneficiaries
from watchfloor.extract.eventing.arguments import _cause_authors as _cause_authors
from watchfloor.extract.eventing.arguments import _conjoined_owners as _conjoined_owners
from watchfloor.extract.eventing.arguments import _gerund_doer as _gerund_doer
from watchfloor.extract.eventing.arguments import _named_as as _named_as
from watchfloor.extract.eventing.arguments import _quoted as _quoted
from watchfloor.extract.eventing.arguments import _raised_subject as _raised_subject
from watchfloor.extract.eventing.arguments import _speaker_of_coordinated as _speaker_of_coordinated
from watchfloor.extract.eventing.arguments import _summing_compound as _summing_compound
from watchfloor.extract.eventing.arguments import _summing_noun as _summing_noun
from watchfloor.extract.eventing.base import _Group as _Group
from watchfloor.extract.eventing.candidates import _ACCUSING_VERBS as _ACCUSING_VERBS
from watchfloor.extract.eventing.candidates import _ANOTHER_WORDS as _ANOTHER_WORDS
from watchfloor.extract.eventing.candidates import _BODY_NOUNS as _BODY_NOUNS
from watchfloor.extract.eventing.candidates import _CAPABILITY_WORDS as _CAPABILITY_WORDS
from watchfloor.extract.eventing.candidates import _CAPACITY_VERBS as _CAPACITY_VERBS
from watchfloor.extract.eventing.candidates import _CASUALTY_NOUNS as _CASUALTY_NOUNS
from watchfloor.extract.eventing.candidates import _CLAUSE_SETTING_PREPS as _CLAUSE_SETTING_PREPS
from watchfloor.extract.eventing.candidates import _CUSTODY_VERBS as _CUSTODY_VERBS
from watchfloor.extract.eventing.candidates import _DESCRIBED_TYPES as _DESCRIBED_TYPES
from watchfloor.extract.eventing.candidates import (
    _DESCRIPTIVE_PARTICIPLES as _DESCRIPTIVE_PARTICIPLES,
)
from watchfloor.extract.eventing.candidates import _FOLLOWUP_ENTRY as _FOLLOWUP_ENTRY
from watchfloor.extract.eventing.candidates import _FREEING_VERBS as _FREEING_VERBS
from watchfloor.extract.eventing.candidates import _FRESH_PREPS as _FRESH_PREPS
from watchfloor.extract.eventing.candidates import _INMATES as _INMATES
from watchfloor.extract.eventing.candidates import _JAILS as _JAILS
from watchfloor.extract.eventing.candidates import _OCCURRENCE_VERBS as _OCCURRENCE_VERBS
from watchfloor.extract.eventing.candidates import _OPERATION_NOUNS as _OPERATION_NOUNS
from watchfloor.extract.eventing.candidates import _PURPOSE_MOTION_VERBS as _PURPOSE_MOTION_VERBS
from watchfloor.extract.eventing.candidates import _RAIDERS as _RAIDERS
from watchfloor.extract.eventing.candidates import _SETTING_NOUNS as _SETTING_NOUNS
from watchfloor.extract.eventing.candidates import _SINCE_PREPS as _SINCE_PREPS
from watchfloor.extract.eventing.candidates import _SPAN_NOUNS as _SPAN_NOUNS
from watchfloor.extract.eventing.candidates import _VENUE_PREPS as _VENUE_PREPS
from watchfloor.extract.eventing.candidates import _WHEN_WHERE as _WHEN_WHERE
from watchfloor.extract.eventing.candidates import _body_purpose as _body_purpose
from watchfloor.extract.eventing.candidates import _casualty_followup as _casualty_followup
from watchfloor.extract.eventing.candidates import _charged_gerund as _charged_gerund
from watchfloor.extract.eventing.candidates import (
    _clause_dates_or_places as _clause_dates_or_places,
)
from watchfloor.extract.eventing.candidates import _describes_victims as _describes_victims
from watchfloor.extract.eventing.candidates import _freed_by_raiders as _freed_by_raiders
from watchfloor.extract.eventing.candidates import _fresh_nominal as _fresh_nominal
from watchfloor.extract.eventing.candidates import (
    _is_attributive_participle as _is_attributive_participle,
)
from watchfloor.extract.eventing.candidates import _is_casualty_nominal as _is_casualty_nominal
from watchfloor.extract.eventing.candidates import _is_date_name as _is_date_name
from watchfloor.extract.eventing.candidates import _is_failed_act as _is_failed_act
from watchfloor.extract.eventing.candidates import _is_habitual_relative as _is_habitual_relative
from watchfloor.extract.eventing.candidates import (
    _is_word_part_or_capability as _is_word_part_or_capability,
)
from watchfloor.extract.eventing.candidates import (
    _jailbreaks_as_assaults as _jailbreaks_as_assaults,
)
from watchfloor.extract.eventing.candidates import _paragraph_pieces as _paragraph_pieces
from watchfloor.extract.eventing.candidates import _questioned_in_custody as _questioned_in_custody
from watchfloor.extract.eventing.charges import _AUTHORSHIP_WORDS as _AUTHORSHIP_WORDS
from watchfloor.extract.eventing.charges import _CHARGED_ACTS as _CHARGED_ACTS
from watchfloor.extract.eventing.charges import _CHARGING_WORDS as _CHARGING_WORDS
from watchfloor.extract.eventing.charges import _PAYING_VERBS as _PAYING_VERBS
from watchfloor.extract.eventing.charges import _SPONSORING_VERBS as _SPONSORING_VERBS
from watchfloor.extract.eventing.charges import _TOLD_FACTUALITY as _TOLD_FACTUALITY
from watchfloor.extract.eventing.charges import _authorship_charges as _authorship_charges
from watchfloor.extract.eventing.charges import _charge_parties as _charge_parties
from watchfloor.extract.eventing.charges import _charged_act as _charged_act
from watchfloor.extract.eventing.charges import _charged_perpetrators as _charged_perpetrators
from watchfloor.extract.eventing.charges import _names_author as _names_author
from watchfloor.extract.eventing.context import _ANNOUNCING as _ANNOUNCING
from watchfloor.extract.eventing.context import _EVENT_GATHERINGS as _EVENT_GATHERINGS
from watchfloor.extract.eventing.context import _FORCE_TYPES as _FORCE_TYPES
from watchfloor.extract.eventing.context import _FRESH_REACTION_TYPES as _FRESH_REACTION_TYPES
from watchfloor.extract.eventing.context import _MATERIAL_TYPES as _MATERIAL_TYPES
from watchfloor.extract.eventing.context import _PARTY_SECTORS as _PARTY_SECTORS
from watchfloor.extract.eventing.context import _PLACED_TYPES as _PLACED_TYPES
from watchfloor.extract.eventing.context import _UNCONTESTED_TYPES as _UNCONTESTED_TYPES
from watchfloor.extract.eventing.context import _inherit_context as _inherit_context
from watchfloor.extract.eventing.context import _named_hedges as _named_hedges
from watchfloor.extract.eventing.context import _one_sides_account as _one_sides_account
from watchfloor.extract.eventing.context import _party_to as _party_to
from watchfloor.extract.eventing.context import _state_party as _state_party
from watchfloor.extract.eventing.context import _time_settings as _time_settings
from watchfloor.extract.eventing.dating import _BOUND_WORDS as _BOUND_WORDS
from watchfloor.extract.eventing.dating import _FUTURE_GOVERNORS as _FUTURE_GOVERNORS
from watchfloor.extract.eventing.dating import _MAKEUP_PARTICIPLES as _MAKEUP_PARTICIPLES
from watchfloor.extract.eventing.dating import _NESTED_CLAUSE_DEPS as _NESTED_CLAUSE_DEPS
from watchfloor.extract.eventing.dating import _NIGHT_PREPS as _NIGHT_PREPS
from watchfloor.extract.eventing.dating import _SCHEDULE_WORDS as _SCHEDULE_WORDS
from watchfloor.extract.eventing.dating import _SCHEDULING as _SCHEDULING
from watchfloor.extract.eventing.dating import _claimed_attack_phrase as _claimed_attack_phrase
from watchfloor.extract.eventing.dating import _denial_over as _denial_over
from watchfloor.extract.eventing.dating import _future_form as _future_form
from watchfloor.extract.eventing.dating import _overnight as _overnight
from watchfloor.extract.eventing.dating import _past_perfect as _past_perfect
from watchfloor.extract.eventing.dating import _report_days as _report_days
from watchfloor.extract.eventing.dating import _same_period as _same_period
from watchfloor.extract.eventing.dating import _scheduled as _scheduled
from watchfloor.extract.eventing.grouping import _ANNOUNCED_ACTS as _ANNOUNCED_ACTS
from watchfloor.extract.eventing.grouping import _CHARGE_NOTE as _CHARGE_NOTE
from watchfloor.extract.eventing.grouping import _DEMO_WORDS as _DEMO_WORDS
from watchfloor.extract.eventing.grouping import _HABITUAL_ADVERBS as _HABITUAL_ADVERBS
from watchfloor.extract.eventing.grouping import _HEAVY_INSTRUMENT_MODES as _HEAVY_INSTRUMENT_MODES
from watchfloor.extract.eventing.grouping import _KILLING_VERBS as _KILLING_VERBS
from watchfloor.extract.eventing.grouping import _MODE_SPLIT_TYPES as _MODE_SPLIT_TYPES
from watchfloor.extract.eventing.grouping import _MODEL_CONF as _MODEL_CONF
from watchfloor.extract.eventing.grouping import _NULL_MODE as _NULL_MODE
from watchfloor.extract.eventing.grouping import _OTHER_CLAUSE_DEPS as _OTHER_CLAUSE_DEPS
from watchfloor.extract.eventing.grouping import _OWN_PHRASE_MODE_TYPES as _OWN_PHRASE_MODE_TYPES
from watchfloor.extract.eventing.grouping import _POLICY_MODES as _POLICY_MODES
from watchfloor.extract.eventing.grouping import _SELF_OFFERED_ACTS as _SELF_OFFERED_ACTS
from watchfloor.extract.eventing.grouping import _TARGET_ROLES as _TARGET_ROLES
from watchfloor.extract.eventing.grouping import _THING_DEMAND_VERBS as _THING_DEMAND_VERBS
from watchfloor.extract.eventing.grouping import _THREATENED_ACT as _THREATENED_ACT
from watchfloor.extract.eventing.grouping import _TOLD_ACTS as _TOLD_ACTS
from watchfloor.extract.eventing.grouping import GroupingMixin
from watchfloor.extract.eventing.grouping import (
    _coordinated_speech_acts as _coordinated_speech_acts,
)
from watchfloor.extract.eventing.grouping import _demonstration as _demonstration
from watchfloor.extract.eventing.grouping import (
    _is_contrasted_alternative as _is_contrasted_alternative,
)
from watchfloor.extract.eventing.grouping import _own_phrase_words as _own_phrase_words
from watchfloor.extract.eventing.grouping import _owned_charge as _owned_charge
from watchfloor.extract.eventing.grouping import _targeted_victim as _targeted_victim
from watchfloor.extract.eventing.grouping import (
    _words_outside_relatives as _words_outside_relatives,
)
from watchfloor.extract.eventing.incidents import _inherit_story_weapon as _inherit_story_weapon
from watchfloor.extract.eventing.incidents import _inherit_weapon as _inherit_weapon
from watchfloor.extract.eventing.incidents import _link_incidents as _link_incidents
from watchfloor.extract.eventing.intent import _ANY_MODALS as _ANY_MODALS
from watchfloor.extract.eventing.intent import _DECISION_VERBS as _DECISION_VERBS
from watchfloor.extract.eventing.intent import _LASTING_STATE_VERBS as _LASTING_STATE_VERBS
from watchfloor.extract.eventing.intent import _SEQUENCE_MARKS as _SEQUENCE_MARKS
from watchfloor.extract.eventing.intent import _SPEAKER_SIDE as _SPEAKER_SIDE
from watchfloor.extract.eventing.intent import _STATE_VERBS as _STATE_VERBS
from watchfloor.extract.eventing.intent import _TERMS_NOUNS as _TERMS_NOUNS
from watchfloor.extract.eventing.intent import _announced_by as _announced_by
from watchfloor.extract.eventing.intent import _announced_copy as _announced_copy
from watchfloor.extract.eventing.intent import _announced_decision as _announced_decision
from watchfloor.extract.eventing.intent import _announced_measure as _announced_measure
from watchfloor.extract.eventing.intent import _awaited_condition as _awaited_condition
from watchfloor.extract.eventing.intent import _complement_region as _complement_region
from watchfloor.extract.eventing.intent import _connected as _connected
from watchfloor.extract.eventing.intent import _failed_to_agree as _failed_to_agree
from watchfloor.extract.eventing.intent import _general_appeal as _general_appeal
from watchfloor.extract.eventing.intent import _is_forecast as _is_forecast
from watchfloor.extract.eventing.intent import _other_party_pronoun as _other_party_pronoun
from watchfloor.extract.eventing.intent import _own_clause as _own_clause
from watchfloor.extract.eventing.intent import _participle_reports as _participle_reports
from watchfloor.extract.eventing.intent import _planned_not_pledged as _planned_not_pledged
from watchfloor.extract.eventing.intent import _reported_acl as _reported_acl
from watchfloor.extract.eventing.intent import _risk_clause as _risk_clause
from watchfloor.extract.eventing.intent import _self_offered as _self_offered
from watchfloor.extract.eventing.intent import _third_party_doing as _third_party_doing
from watchfloor.extract.eventing.intent import _threat_mode as _threat_mode
from watchfloor.extract.eventing.intent import _told_past as _told_past
from watchfloor.extract.eventing.intent import _warned_of_danger as _warned_of_danger
from watchfloor.extract.eventing.intent import _xcomp_chain as _xcomp_chain
from watchfloor.extract.eventing.mutual import _mediators as _mediators
from watchfloor.extract.eventing.mutual import _mutual_rows as _mutual_rows
from watchfloor.extract.eventing.mutual import _own_side_toll as _own_side_toll
from watchfloor.extract.eventing.mutual import _told_other_way as _told_other_way
from watchfloor.extract.eventing.mutual import _two_sides as _two_sides
from watchfloor.extract.eventing.parties import _affiliated as _affiliated
from watchfloor.extract.eventing.parties import _as_state as _as_state
from watchfloor.extract.eventing.parties import _counted_people as _counted_people
from watchfloor.extract.eventing.parties import _country_of as _country_of
from watchfloor.extract.eventing.parties import _event_sentence as _event_sentence
from watchfloor.extract.eventing.parties import _first_mention as _first_mention
from watchfloor.extract.eventing.parties import _government as _government
from watchfloor.extract.eventing.parties import _is_identified as _is_identified
from watchfloor.extract.eventing.parties import _non_state as _non_state
from watchfloor.extract.eventing.parties import _party_holding as _party_holding
from watchfloor.extract.eventing.parties import _plain as _plain
from watchfloor.extract.eventing.parties import _previous_sentence as _previous_sentence
from watchfloor.extract.eventing.parties import _previous_speaker as _previous_speaker
from watchfloor.extract.eventing.parties import _same_party as _same_party
from watchfloor.extract.eventing.parties import _sentences_apart as _sentences_apart
from watchfloor.extract.eventing.parties import _trigger_head as _trigger_head
from watchfloor.extract.eventing.phrases import _AGENT_NOUNS as _AGENT_NOUNS
from watchfloor.extract.eventing.phrases import _AUTHORING_VERBS as _AUTHORING_VERBS
from watchfloor.extract.eventing.phrases import _CARRYING_VERBS as _CARRYING_VERBS
from watchfloor.extract.eventing.phrases import _ENT_ACTOR_LABELS as _ENT_ACTOR_LABELS
from watchfloor.extract.eventing.phrases import _PLURAL_PRONOUNS as _PLURAL_PRONOUNS
from watchfloor.extract.eventing.phrases import _SPONSOR_VERBS as _SPONSOR_VERBS
from watchfloor.extract.eventing.phrases import _anaphor_kind as _anaphor_kind
from watchfloor.extract.eventing.phrases import _conjoined_modifiers as _conjoined_modifiers
from watchfloor.extract.eventing.phrases import _is_actorish as _is_actorish
from watchfloor.extract.eventing.phrases import _mention_in_phrase as _mention_in_phrase
from watchfloor.extract.eventing.phrases import _named_members as _named_members
from watchfloor.extract.eventing.phrases import _np_text as _np_text
from watchfloor.extract.eventing.phrases import _party_slot as _party_slot
from watchfloor.extract.eventing.phrases import _ref_for as _ref_for
from watchfloor.extract.eventing.places import _ATTACHED_PLACE_SCORE as _ATTACHED_PLACE_SCORE
from watchfloor.extract.eventing.places import _ATTRIBUTING_PARTICIPLES as _ATTRIBUTING_PARTICIPLES
from watchfloor.extract.eventing.places import _ENTRY_VERBS as _ENTRY_VERBS
from watchfloor.extract.eventing.places import _KIND_PENALTY as _KIND_PENALTY
from watchfloor.extract.eventing.places import _LOCATIVE_PREPS as _LOCATIVE_PREPS
from watchfloor.extract.eventing.places import _LOOSE_PLACE as _LOOSE_PLACE
from watchfloor.extract.eventing.places import _PATH_ENDS as _PATH_ENDS
from watchfloor.extract.eventing.places import _PLACE_ANAPHORS as _PLACE_ANAPHORS
from watchfloor.extract.eventing.places import _PLACE_PREPS as _PLACE_PREPS
from watchfloor.extract.eventing.places import _SETTING_PREPS as _SETTING_PREPS
from watchfloor.extract.eventing.places import _THERE_KINDS as _THERE_KINDS
from watchfloor.extract.eventing.places import _TITLE_NOUNS as _TITLE_NOUNS
from watchfloor.extract.eventing.places import _WITHIN_PROVINCE_KM as _WITHIN_PROVINCE_KM
from watchfloor.extract.eventing.places import _clause_setting as _clause_setting
from watchfloor.extract.eventing.places import _described_elsewhere as _described_elsewhere
from watchfloor.extract.eventing.places import _finest_within as _finest_within
from watchfloor.extract.eventing.places import _meeting_place as _meeting_place
from watchfloor.extract.eventing.places import _place_anaphor as _place_anaphor
from watchfloor.extract.eventing.places import _points_here as _points_here
from watchfloor.extract.eventing.places import _speakers_own_place as _speakers_own_place
from watchfloor.extract.eventing.recipient_rules import _BORDER_ACTS as _BORDER_ACTS
from watchfloor.extract.eventing.recipient_rules import _BORDER_MEASURES as _BORDER_MEASURES
from watchfloor.extract.eventing.recipient_rules import _BOTH_SIDES as _BOTH_SIDES
from watchfloor.extract.eventing.recipient_rules import _CONTROL_DEPS as _CONTROL_DEPS
from watchfloor.extract.eventing.recipient_rules import _CUSTODY_MODES as _CUSTODY_MODES
from watchfloor.extract.eventing.recipient_rules import _DEMONSTRATIVES as _DEMONSTRATIVES
from watchfloor.extract.eventing.recipient_rules import _NO_AUTHOR_REPORTS as _NO_AUTHOR_REPORTS
from watchfloor.extract.eventing.recipient_rules import _OPPOSING_SECTORS as _OPPOSING_SECTORS
from watchfloor.extract.eventing.recipient_rules import _PUBLISHING_VERBS as _PUBLISHING_VERBS
from watchfloor.extract.eventing.recipient_rules import (
    _SAME_INCIDENT_SENTENCES as _SAME_INCIDENT_SENTENCES,
)
from watchfloor.extract.eventing.recipient_rules import _answered_party as _answered_party
from watchfloor.extract.eventing.recipient_rules import _bare_plural as _bare_plural
from watchfloor.extract.eventing.recipient_rules import _beneficiary_state as _beneficiary_state
from watchfloor.extract.eventing.recipient_rules import _border_fight as _border_fight
from watchfloor.extract.eventing.recipient_rules import _carry_actors as _carry_actors
from watchfloor.extract.eventing.recipient_rules import _claimant as _claimant
from watchfloor.extract.eventing.recipient_rules import _claims_told_attack as _claims_told_attack
from watchfloor.extract.eventing.recipient_rules import _controlling_event as _controlling_event
from watchfloor.extract.eventing.recipient_rules import _coordinated_target as _coordinated_target
from watchfloor.extract.eventing.recipient_rules import _counterpart as _counterpart
from watchfloor.extract.eventing.recipient_rules import _denies_clause as _denies_clause
from watchfloor.extract.eventing.recipient_rules import _first_victims as _first_victims
from watchfloor.extract.eventing.recipient_rules import _later_teller as _later_teller
from watchfloor.extract.eventing.recipient_rules import _named_author as _named_author
from watchfloor.extract.eventing.recipient_rules import _named_crossing as _named_crossing
from watchfloor.extract.eventing.recipient_rules import _other_state_named as _other_state_named
from watchfloor.extract.eventing.recipient_rules import _points_back as _points_back
from watchfloor.extract.eventing.recipient_rules import _quoted_label as _quoted_label
from watchfloor.extract.eventing.recipient_rules import _report_author as _report_author
from watchfloor.extract.eventing.recipient_rules import _reporting_force as _reporting_force
from watchfloor.extract.eventing.recipient_rules import _responsibility as _responsibility
from watchfloor.extract.eventing.recipient_rules import _state_force as _state_force
from watchfloor.extract.eventing.recipient_rules import _victims_group as _victims_group
from watchfloor.extract.eventing.recipients import RecipientsMixin
from watchfloor.extract.eventing.records import _ATTRIBUTION_VERBS as _ATTRIBUTION_VERBS
from watchfloor.extract.eventing.records import _BACKGROUND_MARKERS as _BACKGROUND_MARKERS
from watchfloor.extract.eventing.records import _CHARGE_VERBS as _CHARGE_VERBS
from watchfloor.extract.eventing.records import _CLAUSE_TARGET_TYPES as _CLAUSE_TARGET_TYPES
from watchfloor.extract.eventing.records import _EARLIER_EVENT_PREPS as _EARLIER_EVENT_PREPS
from watchfloor.extract.eventing.records import _MUTUAL_AGREEMENTS as _MUTUAL_AGREEMENTS
from watchfloor.extract.eventing.records import _OWN_POSSESSIVES as _OWN_POSSESSIVES
from watchfloor.extract.eventing.records import _SIDE_REPORT_PENALTY as _SIDE_REPORT_PENALTY
from watchfloor.extract.eventing.records import _SYMMETRIC as _SYMMETRIC
from watchfloor.extract.eventing.records import _UNDATED_FACTUALITY as _UNDATED_FACTUALITY
from watchfloor.extract.eventing.records import _WHERE_PREPS as _WHERE_PREPS
from watchfloor.extract.eventing.records import RecordsMixin
from watchfloor.extract.eventing.records import _anchor as _anchor
from watchfloor.extract.eventing.records import _bare_count as _bare_count
from watchfloor.extract.eventing.records import _clause_party_heads as _clause_party_heads
from watchfloor.extract.eventing.records import _count_assault_groups as _count_assault_groups
from watchfloor.extract.eventing.records import _depth_below as _depth_below
from watchfloor.extract.eventing.records import _further_recipients as _further_recipients
from watchfloor.extract.eventing.records import _group_region as _group_region
from watchfloor.extract.eventing.records import _last_assault_count as _last_assault_count
from watchfloor.extract.eventing.records import _place_named as _place_named
from watchfloor.extract.eventing.records import _reproached_blamer as _reproached_blamer
from watchfloor.extract.eventing.records import _side_report_depth as _side_report_depth
from watchfloor.extract.eventing.records import _subordination as _subordination
from watchfloor.extract.eventing.records import _trigger_tokens as _trigger_tokens
from watchfloor.extract.eventing.shared import _AUTHORSHIP_VERBS as _AUTHORSHIP_VERBS
from watchfloor.extract.eventing.shared import _BACKGROUND_FACTUALITY as _BACKGROUND_FACTUALITY
from watchfloor.extract.eventing.shared import _CARRY_RECIPIENT as _CARRY_RECIPIENT
from watchfloor.extract.eventing.shared import _CASUALTY_VERBS as _CASUALTY_VERBS
from watchfloor.extract.eventing.shared import _CLAUSE_DEPS as _CLAUSE_DEPS
from watchfloor.extract.eventing.shared import _DEFINITE_DETS as _DEFINITE_DETS
from watchfloor.extract.eventing.shared import _FORCE_SECTORS as _FORCE_SECTORS
from watchfloor.extract.eventing.shared import _FUTURE_MODALS as _FUTURE_MODALS
from watchfloor.extract.eventing.shared import _GENERAL_APPEAL_SECTORS as _GENERAL_APPEAL_SECTORS
from watchfloor.extract.eventing.shared import _GENERAL_APPEAL_WORDS as _GENERAL_APPEAL_WORDS
from watchfloor.extract.eventing.shared import _INSTRUMENT_MODES as _INSTRUMENT_MODES
from watchfloor.extract.eventing.shared import _MEETING_NOUNS as _MEETING_NOUNS
from watchfloor.extract.eventing.shared import _MESSAGE_NOUNS as _MESSAGE_NOUNS
from watchfloor.extract.eventing.shared import _NON_STATE_SECTORS as _NON_STATE_SECTORS
from watchfloor.extract.eventing.shared import _PACT_NOUNS as _PACT_NOUNS
from watchfloor.extract.eventing.shared import _PLACE_NOUNS as _PLACE_NOUNS
from watchfloor.extract.eventing.shared import _POSSESSIVES as _POSSESSIVES
from watchfloor.extract.eventing.shared import _PRONOUNS as _PRONOUNS
from watchfloor.extract.eventing.shared import _PURSUIT_VERBS as _PURSUIT_VERBS
from watchfloor.extract.eventing.shared import _QUANTITY_NOUNS as _QUANTITY_NOUNS
from watchfloor.extract.eventing.shared import _SPEECH_TYPES as _SPEECH_TYPES
from watchfloor.extract.eventing.shared import _STAGING_VERBS as _STAGING_VERBS
from watchfloor.extract.eventing.shared import _STATE_SECTORS as _STATE_SECTORS
from watchfloor.extract.eventing.shared import _SUFFERED_VERBS as _SUFFERED_VERBS
from watchfloor.extract.eventing.shared import _THREAT_TYPES as _THREAT_TYPES
from watchfloor.extract.eventing.shared import _UNREAL as _UNREAL
from watchfloor.extract.eventing.shared import _VERBAL_TYPES as _VERBAL_TYPES
from watchfloor.extract.eventing.shared import _conjuncts as _conjuncts
from watchfloor.extract.eventing.shared import _dateline_end as _dateline_end
from watchfloor.extract.eventing.shared import _depth as _depth
from watchfloor.extract.eventing.shared import _in_dateline as _in_dateline
from watchfloor.extract.eventing.shared import _last_dateline_end as _last_dateline_end
from watchfloor.extract.eventing.shared import _Mention as _Mention
from watchfloor.extract.eventing.shared import _own_doer as _own_doer
from watchfloor.extract.eventing.shared import _prep_objects as _prep_objects
from watchfloor.extract.eventing.shared import _prospective_condition as _prospective_condition
from watchfloor.extract.eventing.shared import _sentence_entities as _sentence_entities
from watchfloor.extract.eventing.shared import _sentence_words as _sentence_words
from watchfloor.extract.eventing.shared import _sentence_words_of as _sentence_words_of
from watchfloor.extract.eventing.shared import _subtree_words as _subtree_words
from watchfloor.extract.eventing.shared import _token_index as _token_index

_RULES_VERSION = "14"


# The model looks at the first few clause heads of a silent sentence (main clause first).
_MODEL_PREDICATES = 3


class _LazyVersion:
    """`EventExtractor.VERSION`, worked out on first reading (for each trigger model file), so
    that importing the module loads no model."""

    def __get__(self, obj: object, owner: type[EventExtractor]) -> str:
        return _class_version(model_path())


@cache
def _class_version(path: Path) -> str:
    return EventExtractor._version()


# Every stage mixin; each also inherits the lower stages it calls (see
# `watchfloor.extract.eventing`). No two mixins define the same name.
class EventExtractor(GroupingMixin, RecordsMixin, RecipientsMixin):
    """Codes every event a sentence reports into PLOVER `EventRecord`s."""

    NAME = "watchfloor.events"
    RULES_VERSION = _RULES_VERSION

    def __init__(
        self,
        *,
        lexicon_path: str | Path | None = None,
        trigger_model: TriggerModel | str | Path | None = MODEL_PATH,
    ) -> None:
        self.lexicon: Lexicon = load_lexicon(lexicon_path)
        # None switches the statistical fallback off (rules only).
        if isinstance(trigger_model, (str, Path)):
            # The default path stands for the packaged model or `$WATCHFLOOR_TRIGGER_MODEL`.
            trigger_model = (
                default_model()
                if Path(trigger_model) == MODEL_PATH
                else TriggerModel.load(trigger_model)
            )
        self.trigger_model: TriggerModel | None = trigger_model
        self.recipient_cues: RecipientCues = load_cues()
        self._matcher: TriggerMatcher | None = None
        self._vocab: object | None = None
        # Verbs that report or demand: what sits in their complement is said, not done.
        self._speech_verbs = self.lexicon.reporting_verbs | frozenset(
            lemma_
            for entries in self.lexicon.entries.values()
            for e in entries
            if e.absorbs and e.type == "REQUEST"
            for lemma_ in e.lemmas
        )

    @classmethod
    def _version(cls) -> str:
        lex = load_lexicon()
        return _version_string(lex.version, load_cues().version, _model_version())

    # VERSION is a class attribute in the pipeline's contract; computed from the packaged files
    # (rules, lexicon, cue files and trigger model) when first read.
    VERSION = _LazyVersion()

    @property
    def version(self) -> str:
        tm = self.trigger_model.version if self.trigger_model is not None else None
        return _version_string(self.lexicon.version, self.recipient_cues.version, tm)

    def _matcher_for(self, vocab: object) -> TriggerMatcher:
        if self._matcher is None or self._vocab is not vocab:
            self._matcher = TriggerMatcher(self.lexicon, vocab)
            self._vocab = vocab
        return self._matcher

    def extract(self, linked: LinkedDoc) -> list[EventRecord]:
        doc = linked.doc
        matcher = self._matcher_for(doc.vocab)
        extractor = f"{self.NAME}@{self.version}"
        tok_actor = _token_index(
            doc, [m for m in linked.actor_mentions if not _in_dateline(doc, m)]
        )
        tok_place = _token_index(doc, linked.place_mentions)
        mention_tokens = set(tok_actor)
        events: list[EventRecord] = []
        seen_types: set[str] = set()
        planned: list[tuple[Span, list[_Group]]] = []
        unknown: list[tuple[int, Token]] = []  # (sentence number, predicate) for the model
        last_assault: int | None = None  # sentence number of the latest ASSAULT
        for sent in (piece for s in doc.sents for piece in _paragraph_pieces(s)):
            raw = matcher.candidates(sent, mention_tokens)
            raw_tokens = {r.token.i for r in raw}
            cands = [
                c
                for c in raw
                if not _is_casualty_nominal(c.token)
                and not _is_attributive_participle(c.token)
                and not _is_date_name(c.token)
                and not _is_failed_act(c.token)
                and not _is_word_part_or_capability(c.token)
                and not (c.type in _DESCRIBED_TYPES and _is_habitual_relative(c.token))
                and not (c.type == "ASSAULT" and _describes_victims(c.token, self.lexicon))
                and not (c.type == "ACCUSE" and _body_purpose(c.token))
                and not (c.type == "ACCUSE" and _questioned_in_custody(c.token))
                and not (c.type in seen_types and self._is_repeat_mention(c, tok_actor, raw_tokens))
            ]
            cands = _jailbreaks_as_assaults(cands)
            for c in cands:
                # read only for a noun after "after/since…" (`_is_backreference`)
                c.fresh = c.token.dep_ == "pobj" and _fresh_nominal(c)
            if not cands and last_assault is not None and len(planned) - last_assault <= 4:
                follow = _casualty_followup(sent)
                if follow is not None:
                    cands = [follow]
            groups = self._groups(sent, cands)
            if any(g.type == "ASSAULT" for g in groups):
                last_assault = len(planned)
            if not raw and self.trigger_model is not None:
                # Only sentences the lexicon says nothing about: where it fired, its decision
                # (including "this is a back-reference") stands.
                preds = predicates(sent, self.lexicon)[:_MODEL_PREDICATES]
                unknown.extend((len(planned), t) for t in preds if t.i not in mention_tokens)
            elif (
                groups
                and self.trigger_model is not None
                and self.trigger_model.second_threshold is not None
            ):
                # Second events (off unless the model sets `second_threshold`): a coordinated
                # or adverbial predicate the lexicon left untyped beside its event ("stormed
                # the post and seized weapons") may report another act.
                second = self.trigger_model.second_predicates(
                    sent,
                    self.lexicon,
                    raw_tokens | mention_tokens,
                    [c.token for g in groups for c in g.members],
                )[:_MODEL_PREDICATES]
                if second:
                    self._type_unknown([(sent, groups)], [(0, t) for t in second], second=True)
            planned.append((sent, groups))
            seen_types |= {g.type for g in groups}
        if unknown:
            self._type_unknown(planned, unknown)
        if self.trigger_model is not None and self.trigger_model.rank_weight:
            self._rank_competing(planned)
        for sent, groups in planned:
            for group in groups:
                events.extend(self._records(linked, sent, group, tok_actor, tok_place, extractor))
        _resolve_anaphors(events, linked, self.lexicon)
        self._implicit_recipients(events, linked, matcher)
        _charge_parties(events)
        for e in events:
            if (
                e.type == "AGREE"
                and getattr(e, "_mutual", None)
                and e.actor is None
                and e.recipient is None
                and e.factuality not in _UNREAL
            ):
                # "a ceasefire agreed in Doha", "before a truce was agreed": the article's two
                # countries other than a mediator, each binding itself to the other
                sides = _two_sides(linked, _mediators(e, linked, self.recipient_cues))
                if sides is not None:
                    e.actor, e.recipient = sides
                    e.notes.append("parties: a truce between the article's two countries")
        events = _mutual_rows(events, linked)
        _inherit_context(events, linked, self._dateline_place(linked, tok_place))
        events = _authorship_charges(events, linked)
        events.extend(_charged_perpetrators(events, linked))
        _link_incidents(events)
        _inherit_weapon(events)
        for event in events:
            # working state that holds spaCy objects: records leave this stage as plain data
            # (they are pickled to Dask workers' callers and compared across runs)
            event.__dict__.pop("_objects", None)
            event.__dict__.pop("_anaphor", None)
            event.__dict__.pop("_mutual", None)
        return events


def _model_version() -> str | None:
    return _model_version_at(model_path())


@cache
def _model_version_at(path: Path) -> str | None:
    """The version of the trigger model `default_model()` loads from `path` (each file once)."""
    model = default_model(path)
    return model.version if model is not None else None


def _version_string(lexicon: str, recipients: str, model: str | None) -> str:
    tm = f"+tm{model}" if model else ""
    return f"{_RULES_VERSION}+lex{lexicon}+fact{cues_version()}+rcp{recipients}{tm}"
