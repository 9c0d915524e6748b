"""Quotes: every quotation in an article's body, with its speaker where the text says who spoke. Pure.

- ``stage``: ``extract_quotes``, the stage: the candidate spans, joined when split, and their speakers.
- ``quotations``: which quoted spans are quotations (not terms, titles or scare quotes), direct or partial;
  ``transcripts``: paragraph bounds and transcript turns (``VOSS: ...``).
- ``marks``: which quote marks open and close, and the quoted spans they enclose (never fails on odd marks).
- ``words``: the speech-cue and naming verbs, the function words of the grammar, the phrases introducing terms.
- ``mentioned``: quoted words nobody is quoted as saying: thoughts, self-talk, a lone answer word mentioned.
- ``cues``: the attribution grammar (the speaker phrase before a speech verb); ``subjects``: the phrase after one
  and a sentence's subject; ``clauses``: the attribution clause next to a quotation (its cue, and where the speaker
  phrase stands); ``clause_shapes``: the clauses of shapes those readers miss (a verb no list holds, a long subject).
- ``attribution``: where a quote's speaker is found, and how (``quotes.attribution``); ``found``: the quote
  candidate, the speaker found and the step from an attribution to it; ``earlier_sentences``: attributions before
  the quote's sentence and colon introductions; ``described_before``: a role as the subject of the sentence before;
  ``partial_speakers``: the speaker of a phrase quoted in narration.
- ``speakers``: from the phrase at an attribution to a canonical name (``article_lookups``: what its parts share;
  ``speaker_phrases``: what the phrase's own words tell, a title with no name, a role held for someone);
  ``antecedents``: the people before a position a he/she or a description refers to; ``fullnames``: a surname or
  part of a name completed to the full name; ``people``: where a name begins and ends, and names NER misread;
  ``person_genders``: the gender of a person or a description; ``titles``: the titles, roles and epithets before a
  name; ``openers``: a sentence's capitalised first word that is no name;
  ``referents``: the people a he/she may refer to beyond NER's person mentions;
  ``organisations``: documents, organisation nouns and spokespeople; ``organisation_nouns``: which organisation
  ``the agency said`` means (a table of named steps); ``organisation_kinds``: the kinds of organisation noun;
  ``organisation_names``: an organisation's name as an attribution writes it; ``public_bodies``: bodies named by no
  noun of their kind (``the Pentagon``).
- ``descriptions``: a speaker the text describes but does not name, as written (``a senior official``);
  ``described_subjects``: such a subject for a quote no rule found a speaker for; ``published``: the row's speaker,
  ``speaker_kind``, entity and attribution.
"""

from newsprep.extract.quotes.stage import extract_quotes

__all__ = ["extract_quotes"]
