"""From the phrase at an attribution to a canonical speaker: ``SpeakerResolver`` and its parts.

- ``resolver``: ``SpeakerResolver``, the phrase at an attribution to a canonical name.
- ``article_lookups``: what the resolver's parts share (one article's text, mentions and full names).
- ``antecedents``: the people before a position a he/she or a description refers to (``PeopleBefore``).
- ``described``: speakers written as a description, resolved to a person or an organisation (``DescribedSpeakers``).
- ``named_in_passage``: who a stretch of text names, and a name set off after a description
  (``PeopleNamedInPassage``).
- ``phrases``: what an attribution phrase's own words tell (a title with no name, a role held for someone).
- ``salience``: the one person a stretch of text is about.
- ``reported_voices``: unnamed people who report speech in narration.
- ``entity_ids``: which entity a speaker's canonical name is.
"""

from newsprep.extract.quotes.speakers.resolver import SpeakerResolver
from newsprep.extract.quotes.speakers.salience import window_start

__all__ = ["SpeakerResolver", "window_start"]
