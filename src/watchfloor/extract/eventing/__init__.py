"""The event coder's stages, one module each; `watchfloor.extract.events.EventExtractor`
puts them together.

`EventExtractor` (in `extract/events.py`) keeps `__init__`, the version, `_matcher_for` and
`extract` (the per-sentence loop and the order of the document-level passes); every other
method lives in a mixin here and the module-level helpers live with the stage that uses them.
The mixins form a stack, each inheriting the lower stages it calls; modules only import
downwards and none imports events.py:

* `base` — `ExtractorBase`, the attributes `EventExtractor.__init__` sets, and `_Group`
* `shared` — sentence and token helpers several stages use (per-document caches included)
* `parties` — helpers over actor references: governments, states, affiliation, speakers
* `phrases` — noun phrases → actor references (`_ref_for`, `_mention_in_phrase`)
* `candidates` — trigger filters applied before grouping, repeat mentions, back-references
* `grouping` — `_groups` (merging, absorbing, intent recoding), modes, model typing
* `intent` — the forecast, announcement and complement tests `_groups` uses
* `arguments` — actor and recipient arguments of one event (`_arguments`, `_refs`)
* `places` — an event's place, the dateline place, meeting places
* `dating` — an event's date: stated dates, spans, overnight, same period
* `records` — `_records` (one group → EventRecords), mutual acts, contexts, reporting source
* `context` — factuality, place and date carried over between events (`_inherit_context`),
  one side's account (`_one_sides_account`, `_party_to`)
* `mutual` — one row per side of a joint act (`_mutual_rows`), a truce's two sides
* `recipient_rules` — the tests `_implicit_recipients` applies (authors, counterparts, ...)
* `recipients` — recipients and actors left implicit (`_implicit_recipients`,
  `_earlier_event_actor`)
* `anaphors` — anaphoric actors resolved across events (`_resolve_anaphors`)
* `charges` — charges and their authors (`_charge_parties`, `_authorship_charges`,
  `_charged_perpetrators`)
* `incidents` — incident links and weapons carried between events
"""
