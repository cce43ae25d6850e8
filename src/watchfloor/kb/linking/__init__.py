"""The linker's stages, one module each; `watchfloor.kb.linker.Linker` puts them together.

`Linker` (in `kb/linker.py`) keeps `__init__`, `link` (the order of the passes) and
`_link_actor_like` (the rule cascade for one tagged name); every other method lives in a mixin
here. The mixins form a stack, each inheriting the lower stages it calls:

* `lexicon` — word lists and the `kb/data/linker_nouns.yaml` lexicon (no linker code)
* `tokens` — token tests shared by several stages (plain functions)
* `state` — `_State`, the per-document working set
* `base` — `LinkerBase`, the attributes `Linker.__init__` sets
* `mentions` — lookups over the mentions linked so far
* `countries` — focus countries and the country of a phrase, speaker or sentence
* `provisional` — actors the knowledge base lacks, fuzzy matches, former office holders
* `bodies` — roles, offices and bodies: organs, branches, spokespersons, staff, administrators
* `speakers` — statement and report sources, quotation speakers
* `anaphors` — role anaphors and body anaphors ("the envoy", "the mission", "the militants")
* `generic` — generic nouns ("police", "officials", "gunmen")
* `names` — sub-actors, titles, names the tagger missed, surnames, apposed roles
* `metonymy` — place names acting as states, demonyms
* `pronouns` — pronouns and their antecedents
* `places` — places in names and named sites
"""
