"""Entities: the NER spans fixed by news rules, resolved to one entity per person, organisation or place within the
article, with every mention. Pure.

- ``stage``: ``resolve_entities``, the stage, and ``entity_id``.
- ``rules``: the rule fixes on the model's spans (edges, titles); ``labels``: the label vote and the name key;
  ``added`` and ``credits``: spans the model misses (datelines, contributors, honorifics, defined acronyms; photo
  credits by their own grammar).
- ``resolution``: which mentions name the same entity within the article.
- ``lexicon``: the closed word lists the rules read; ``places``: the gazetteer (countryinfo's countries, capitals,
  provinces and demonyms, and the project's own exceptions).
"""

from newsprep.extract.entities.labels import NAME_LABELS
from newsprep.extract.entities.stage import entity_id, resolve_entities

__all__ = ["NAME_LABELS", "entity_id", "resolve_entities"]
