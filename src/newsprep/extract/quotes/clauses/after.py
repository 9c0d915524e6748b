"""Attribution clauses after a quotation: the speech cue right after its closing mark and its speaker phrase (``says
X``, ``X said``, ``according to X``, ``as X put it``, a passive's agent); the clause before an opening mark is
``before``'s. Reads the masked paragraph text, as ``cues`` does; the phrases themselves are found there
(``phrase_before``, ``phrase_after``, ``sentence_subject``)."""

from __future__ import annotations

import re

from newsprep.extract.quotes.clauses.shapes import (
    affiliated_name,
    quoted_as_saying,
    unlisted_speech_verb,
)
from newsprep.extract.quotes.grammar import (
    AFTER_QUOTE_CUES,
    AGE,
    BE_FORMS,
    DOCUMENT_VERBS,
    MAX_DESCRIBED_NAME_WORDS,
    NOT_ROLE_WORDS,
    PHRASAL_CUES,
    POSSESSIVE_END,
    PREPOSITIONS,
    PRONOUNS,
    RELATIVES,
    ROLE_LINKS,
    SKIPPABLE,
    SPEECH_CUES,
    TIME_WORDS,
    Attribution,
    Phrase,
    Token,
    capitalised,
    phrase_after,
    phrase_before,
    phrase_tokens,
)
from newsprep.extract.quotes.organisations import DOCUMENT_NOUNS
from newsprep.extract.quotes.spans import MASK
from newsprep.text import ABBREVIATIONS

SHORT_CLAUSE_WORDS = 6
"""After a complete quotation, an attribution clause of this many words or fewer (``Trump said on Friday.``)."""

_CONTRAST_OPENERS = frozenset({"but", "while", "whereas", "although", "though", "yet"})
"""Conjunctions that open a clause of its own after a quotation."""


def _another_speakers_clause(words: list[Token]) -> bool:
    """``..., but Israeli officials said``: a clause a contrast opens with a subject of its own is another speaker's,
    its cue not the quotation's attribution; after ``but she`` the sentence's speaker goes on (``said it was “a
    mistake”, but she denied ...``)."""
    return len(words) > 1 and words[0][2].lower() in _CONTRAST_OPENERS and words[1][2].lower() not in PRONOUNS


_LEAD_AFTER = re.compile(r"\s*(?:,\s*)?(?:[―—–-]{1,2}\s*)?")
_STOP = re.compile(r"[.!?:;](?=\s|$|" + MASK + r")|(?<=[a-z])\.(?=[A-Z][a-z])|" + MASK)
"""A clause ends at a stop before a space, the text's end or a quotation, or at a full stop a scrape glued to the next
sentence (``he said.The``)."""


def clause_end(text: str, start: int, stop: int) -> int:
    """End of the clause at ``start``: the first full stop, colon or quotation (abbreviations skipped)."""
    for match in _STOP.finditer(text, start, stop):
        if match.group() == ".":
            word = re.search(r"([\w.]+)$", text[max(start, match.start() - 12) : match.start()])
            token = word.group(1) if word else ""
            if token.lower() in ABBREVIATIONS or re.fullmatch(r"(?:[A-Z]\.?)+", token):
                continue
        return match.start()
    return stop


def attribution_after(
    text: str, start: int, stop: int, *, complete: bool = False, handed_on: bool = False
) -> Attribution | None:
    """An attribution opening the text right after a closing mark: ``says X`` / ``X says`` / ``— X``.

    After a ``complete`` quotation (one ending in a full stop) only a short clause (``Trump said.``) counts:
    a longer one is the next sentence, about something else. After a quotation ``handed_on`` by a comma, a subject
    and any verb in the past are its attribution (``“...,” he rejoined``).
    """
    lead = _LEAD_AFTER.match(text, start, stop)
    pos = lead.end() if lead else start
    dash = lead is not None and any(ch in "―—–-" for ch in lead.group())
    end = clause_end(text, pos, stop)
    words = phrase_tokens(text, pos, end)
    if not words or _another_speakers_clause(words):
        return None  # "called the talks a “failure”, but officials said ...": a clause of its own, another speaker's
    if words[0][2].lower() == "according" and len(words) > 2 and words[1][2].lower() == "to":
        phrase = phrase_after(text, words[2][0], end)
        return Attribution("according to", phrase, end) if phrase else None
    if _reads_document(words):  # "“...,” read a statement from the ministry.": the document speaks
        phrase = phrase_after(text, words[1][0], end)
        return Attribution(words[0][2], phrase, end) if phrase else None
    if _cue_after_quote(words, 0):
        if words[0][2].lower() in _TOLD:
            return None  # "..., told the Ledger.": the one told listens; the speaker is not in this clause
        phrase = phrase_after(text, words[1 if words[0][2].lower() in PHRASAL_CUES else 0][1], end)
        return Attribution(words[0][2], phrase, end) if phrase else None
    quoted = quoted_as_saying(text, words)
    if quoted is not None:  # "“...,” the Lanark Wire quoted Orin Valcourt as saying": Valcourt
        return Attribution("saying", quoted, end)
    if len(words) > 3 and words[0][2].lower() == "as" and [w[2].lower() for w in words[-2:]] == ["put", "it"]:
        phrase = phrase_before(text, words[1][0], words[-2][0])  # "..., as a Treasury planning note put it."
        return Attribution("put it", phrase, end) if phrase else None
    for i, (w_start, _, word) in enumerate(words[:40]):
        if i > 0 and word.lower() in _AFTER_WORDS and words[i - 1][2].lower() in NOUN_MARKERS:
            continue  # "Obiora, who was not involved in the recall, said": a noun, not the cue
        if i > 0 and word.lower() in _AFTER_WORDS and _in_relative_aside(words, i):
            continue  # "Ruiz, a baker who posted photos of the ash, said": the aside's own verb, not the cue
        if i > 0 and word.lower() in _AFTER_WORDS and _cue_after_quote(words, i):
            if complete and i + 1 < len(words) and words[i + 1][2].lower() in _SAID_NOTHING:
                return None  # "“I am sorry.” He said nothing.": a sentence of its own, not the quote's attribution
            interposed = _interposed_subject(text, words[:i], pos)
            if interposed is not None and (not complete or _short_clause(phrase_tokens(text, w_start, end))):
                return Attribution(word, interposed, end)  # "Falk, speaking by phone from Ashford, said"
            agent = passive_agent(text, words[i][1], end) if word.lower() in PASSIVE_CUES else None
            if agent is None and _passive(words, i):
                break  # "“...” without the pay they were promised.", "“Leave,” they were told.": told, not telling
            reported = _REPORTED_SAYING.search(text, pos, w_start) if word.lower() == "saying" else None
            # "“...,” Pell is quoted as saying": the subject before the passive is the speaker
            phrase = agent or phrase_before(text, pos, w_start if reported is None else reported.start())
            appositive = phrase is not None and phrase.description is not None  # "Brenner’s lawyer, Irene Falk,"
            lead_words = [
                tok for tok in words if tok[0] < (phrase.start if phrase else 0) and not (appositive and tok[2] == ",")
            ]
            tail = phrase_tokens(text, w_start, end)
            if (
                phrase is not None
                and (len(lead_words) <= 5 or _role_description(lead_words))
                # "the 54-year-old Pell said": an age before the name is a word of the phrase's lead
                and all(
                    (tok[2][:1].isalpha() or AGE.fullmatch(tok[2])) and tok[2].lower() not in RELATIVES
                    for tok in lead_words
                )
                and (not complete or (_short_clause(tail) and (end == stop or text[end] in ".!?")))
            ):
                return Attribution(word, phrase, end)
            break
        if i >= 8 and "," not in {tok[2] for tok in words[:i]} and not affiliated_name(words[: i + 1]):
            break
    unlisted = unlisted_speech_verb(words) if handed_on and not complete else None
    if unlisted is not None:
        # "“Then why raise it,” he rejoined.", "“...,” Benz bellowed": a quotation its comma hands on to a subject and
        # a verb in the past, a verb of saying the cue list does not hold
        phrase = phrase_before(text, pos, words[unlisted][0])
        if phrase is not None:
            return Attribution(words[unlisted][2], phrase, end)
    if dash and capitalised(words[0][2]):
        phrase = phrase_after(text, pos, end)
        return Attribution(None, phrase, end) if phrase else None
    return None


def _in_relative_aside(words: list[Token], i: int) -> bool:
    """``words[i]`` is the verb of a relative clause inside an aside: ``who``, ``which`` or ``whose`` since the comma
    that opened the aside, and a comma closing it after the verb (``Ruiz, a baker who posted photos of the ash,
    said``); the subject's cue comes after that comma."""
    opened = max((k for k in range(i) if words[k][2] == ","), default=None)
    if opened is None or not any(tok[2].lower() in _ASIDE_RELATIVES for tok in words[opened + 1 : i]):
        return False
    return any(tok[2] == "," for tok in words[i + 1 :])


_ASIDE_RELATIVES = frozenset({"who", "which", "whose"})


def _reads_document(words: list[Token]) -> bool:
    """``read a statement from X``, ``reads the letter``: the verb, a determiner and a document noun."""
    return (
        len(words) > 2
        and words[0][2].lower() in DOCUMENT_VERBS
        and words[1][2].lower() in NOUN_MARKERS
        and words[2][2].lower() in DOCUMENT_NOUNS
    )


_SAID_NOTHING = frozenset({"nothing", "little", "yes", "no", "so", "otherwise", "goodbye", "grace"})
"""What a cue says when it reports no words (``He said nothing.``, ``She said so.``)."""
INTERPOSED_NAME_WORDS = 4


def _interposed_subject(text: str, lead: list[Token], pos: int) -> Phrase | None:
    """``Falk, speaking by phone from her home, said``: a name, then a participle phrase between commas before the
    cue; the name is the subject."""
    comma = next((i for i, tok in enumerate(lead) if tok[2] == ","), None)
    if comma is None or not 0 < comma <= INTERPOSED_NAME_WORDS or len(lead) < comma + 3 or lead[-1][2] != ",":
        return None
    name, participle = lead[:comma], lead[comma + 1][2]
    if (
        not all(capitalised(tok[2]) for tok in name)
        or not participle.endswith(("ing", "ed"))
        or participle[:1].isupper()
    ):
        return None
    return phrase_before(text, pos, lead[comma][0])


def _cue_after_quote(words: list[Token], i: int) -> bool:
    """Whether ``words[i]`` is a speech cue in a clause right after a quotation: a cue verb, the present tense of a
    verb that is also a noun (``Okerlund notes``), or a two-word cue (``pointed out``)."""
    word = words[i][2].lower()
    if word in PHRASAL_CUES:
        return i + 1 < len(words) and words[i + 1][2].lower() == PHRASAL_CUES[word]
    if word in SPEECH_CUES or i == 0:
        return word in AFTER_QUOTE_CUES
    before = words[i - 1][2]
    if word in DOCUMENT_VERBS:
        return before.lower() in DOCUMENT_NOUNS or before.lower() == "it"  # "the statement read", "it read"
    # "Okerlund notes", "she states": right after a name or a pronoun; not "one of the states suing ..."; with no
    # object after it ("Kiel shares the recipe": a verb of its own sentence)
    after = words[i + 1][2].lower() if i + 1 < len(words) else ""
    intransitive = not after[:1].isalnum() or after.endswith("ly") or after in _CLAUSE_GOES_ON
    return word in AFTER_QUOTE_CUES and (capitalised(before) or before.lower() in PRONOUNS) and intransitive


_AFTER_WORDS = AFTER_QUOTE_CUES | PHRASAL_CUES.keys() | DOCUMENT_VERBS
NOUN_MARKERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that"})
"""Words before a cue word that make it a noun (``in the recall``, ``his reply``)."""
_TOLD = frozenset({"told", "tells"})
_CLAUSE_GOES_ON = PREPOSITIONS | TIME_WORDS | SKIPPABLE | frozenset({"to", "of", "about", "again", "that"})
"""Words that may follow a cue right after a quote (``she shared in an interview``, ``Kiel notes today``)."""


PASSIVE_CUES = frozenset({"told", "said", "written", "stated", "announced", "tweeted", "posted", "declared"})
"""Cues whose agent after ``by`` is the speaker (``he was told by Irene Falk``); not ``asked by`` (the one who
asked) nor ``quoted by`` (the one who published)."""
_BY = re.compile(r"\s+by\s+")
_REPORTED_SAYING = re.compile(
    r"\s+(?:is|was|were|are|has\s+been|had\s+been|have\s+been)\s+(?:quoted|heard|recorded|overheard|filmed)"
    r"(?:\s+as)?\s+$",
    re.IGNORECASE,
)
"""``is quoted as``, ``was heard`` before ``saying``: a passive whose subject said the words."""


def _role_description(tokens: list[Token]) -> bool:
    """``senior author and Harwell Lab marine biologist`` before ``Tomas Vire said``: role words only (a possessive
    among them: ``the agency’s chief scientist, former professor``)."""
    return len(tokens) <= MAX_DESCRIBED_NAME_WORDS and all(
        POSSESSIVE_END.sub("", tok[2]).isalpha()
        and not tok[2].lower().endswith("ly")
        and (tok[2].lower() in ROLE_LINKS or tok[2].lower() not in NOT_ROLE_WORDS)
        for tok in tokens
    )


def _passive(words: list[Token], i: int) -> bool:
    """``were promised``, ``was told``: a past participle after a form of ``be`` (not ``was saying``)."""
    return i > 0 and words[i - 1][2].lower() in BE_FORMS and not words[i][2].lower().endswith("ing")


def passive_agent(text: str, cue_end: int, stop: int) -> Phrase | None:
    """The speaker after a passive cue: ``was told by Irene Falk`` -> ``Irene Falk``."""
    by = _BY.match(text, cue_end, stop)
    return phrase_after(text, by.end(), stop) if by else None


def _short_clause(tail: list[Token]) -> bool:
    """``Trump said.``, ``Trump said on Friday.``, ``Trump said, looking at the crowd.``, ``Lund said in the
    county’s weekly newsletter to residents.`` (a cue and where it was said): only the attribution."""
    return (
        len(tail) <= SHORT_CLAUSE_WORDS
        or (len(tail) > 1 and tail[1][2] == ",")
        or (
            len(tail) <= 2 * SHORT_CLAUSE_WORDS
            and tail[1][2].lower() in PREPOSITIONS | {"to", "via"}
            and all(tok[2][:1].isalnum() and tok[2].lower() not in _CLAUSE_WORDS for tok in tail[2:])
        )
    )


_CLAUSE_WORDS = frozenset({"that", "and", "but", "because", "if", "whether", "who", "which"})
"""Words opening a clause of its own: ``said in March that ...`` reports something else."""
