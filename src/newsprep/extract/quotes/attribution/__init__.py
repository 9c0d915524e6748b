"""Where a quote's speaker is found, and how (``quotes.attribution``): the rules, tried in order, over the
clauses, the sentences and the paragraphs around a quote.

- ``rules``: ``speaker_of``, the rules in order: the clause next to the quote, then the places news puts it.
- ``found``: the quote candidate, the speaker found and the step from an attribution to it.
- ``reporting_organisations``: the organisation whose report holds a cue whose subject names nobody.
- ``earlier_sentences``: attributions before the quote's sentence and colon introductions.
- ``after_quote``: a line signed under a quote paragraph, a next sentence pointing back at the quote.
- ``described_before``: a role as the subject of the sentence before.
- ``described_subjects``: a description as the subject of a quote's sentence, for a quote no rule found a speaker for.
- ``partial_speakers``: the speaker of a phrase quoted in narration.
- ``narration``: the narration around a quote with no attribution of its own.
- ``subject_shift``: a new person taking the paragraph over between a speaker and a later he/she.
"""

from newsprep.extract.quotes.attribution.described_subjects import described_subject
from newsprep.extract.quotes.attribution.found import Candidate
from newsprep.extract.quotes.attribution.rules import speaker_of

__all__ = ["Candidate", "described_subject", "speaker_of"]
