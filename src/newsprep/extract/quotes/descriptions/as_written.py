"""Speakers the text describes but does not name (``a senior administration official said``, ``the clip says``,
``the former strategist told reporters``): the description as written, published when the resolver finds no name.

The contract (``quotes.speaker`` with ``speaker_kind`` 'description'): the attribution's subject trimmed to its noun
phrase (no verb, adverb or clause after it: ``the mayor also told`` -> ``the mayor``), its words as written but for the
opening word, put in lower case when it is a determiner, a quantifier or a common word (a sentence's capital is not
part of the description: ``The clip`` -> ``the clip``; ``Republican leaders`` stays). The determiner is kept: ``a
spokesman`` and ``the spokesman`` say different things. A phrase is a description only when its head noun is one that
speaks (a person, a group, an organisation, a document or a recording); pronouns (``they``, ``someone``) never are.
"""

from __future__ import annotations

import re

from newsprep.extract.entities.places import names_a_people
from newsprep.extract.quotes.grammar import (
    AGE,
    ALL_CUES,
    DEFINITE_ROLES,
    DETERMINERS,
    NOUN_LINKS,
    PRONOUNS,
    ROLE_NOUNS,
    head_noun_end,
)
from newsprep.extract.quotes.organisations import (
    DOCUMENT_NOUNS,
    ORG_NOUNS,
    OWNED_VOICES,
    SPOKESPEOPLE,
    is_organisation_noun,
)
from newsprep.text import singular_forms
from newsprep.text import word_set as vocabulary

DESCRIPTION_MAX_WORDS = 10
"""A longer subject is a clause the reader took whole, not a description."""
PEOPLE_NOUNS = vocabulary(
    "official source expert resident witness friend family relative neighbor neighbour victim patient man woman "
    "person voter critic supporter observer aide adviser advisor strategist announcer narrator host anchor "
    "questioner caller reader viewer listener user customer worker employee staffer officer investigator detective "
    "trooper deputy firefighter soldier veteran organizer organiser protester protestor activist member participant "
    "student parent mother father wife husband son daughter brother sister uncle aunt cousin grandmother "
    "grandfather grandson granddaughter child nurse engineer farmer owner insider diplomat negotiator defender "
    "mediator regulator inspector auditor administrator coordinator volunteer survivor passenger driver pilot "
    "tenant landlord shopkeeper vendor buyer seller investor trader banker donor fan player athlete coach referee "
    "judge juror jury panel police prosecutors faculty clergy commentator pundit blogger reporter journalist "
    "correspondent columnist editor producer presenter moderator panelist panellist speaker lady gentleman girl boy "
    "teen teenager youth kid children adult demonstrator marcher picketer striker deckhand farmhand stagehand "
    "teammate classmate roommate shipmate crewmate passerby militant rebel insurgent guerrilla combatant"
)
"""Nouns for people (and bodies of people) who speak, beyond the roles the resolver reads (``ROLE_NOUNS``)."""
RECORDING_NOUNS = vocabulary("recording footage audio tape voicemail narration caption sign banner placard")
"""Things that say words on their own: ``the recording says``."""
_SPEAKING_SUFFIX = re.compile(
    r"(?:ist|ian|man|woman|person|eer|ee|worker|holder|keeper|goer|owner|maker|fighter|writer|leader|dweller|seeker)$"
)
"""Agent nouns by their ending: ``the economist``, ``a physician``, ``one councilwoman``, ``the appointee``, and
compounds of a speaking noun (``a dockworker``, ``shareholders``, ``a shopkeeper``, ``moviegoers``)."""
_AGENT_ENDING = re.compile(r"(?:er|or)$")
AGENT_MIN_LETTERS = 6
_NOT_AGENTS = vocabulary(
    "center centre number matter order power border winter summer quarter chapter corner water weather computer "
    "error sector factor motor major minor indicator reactor behavior behaviour monitor mirror harbor harbour "
    "river manner"
)
"""Nouns in -er/-or that are things, not agents (``the dispute centers``); a letter and a banner speak."""
_LEAD_IN = re.compile(
    r"(?:^|[,;:.!?”\"—]\s*)(?P<lead>(?:the|a|an|one|another|two|three|several)\s+[^,;:.!?“”\"—]{1,60}?)\s*$",
    re.IGNORECASE,
)
"""The start of a description in the clause before the phrase the reader took: a determiner or a number, then words
up to that phrase (``a woman holding``, ``a coach from``), no punctuation between."""
ADVERBS_BEFORE_VERB = vocabulary(
    "also later then now again still previously once further repeatedly reportedly too first already recently just "
    "even often soon"
)
"""``the mayor also told reporters``: an adverb the subject reader kept before the verb is no part of who spoke. Each
ends a subject's noun phrase but ``first``, an adverb only as the phrase's last word (``the first lady`` keeps it)."""
_ADVERB_BEFORE_VERB = rf"(?:{'|'.join(sorted(ADVERBS_BEFORE_VERB))})"
TRAILING_ADVERB = re.compile(rf"\s+{_ADVERB_BEFORE_VERB}$", re.IGNORECASE)
_NEXT_WORD = r"\s+([\w’'\-]+)"
_WORD_AFTER = re.compile(_NEXT_WORD)
_WORD_AFTER_ADVERBS = re.compile(rf"(?:\s+{_ADVERB_BEFORE_VERB}\b)*{_NEXT_WORD}", re.IGNORECASE)


def word_after(text: str, end: int, *, past_adverbs: bool = False) -> str:
    """The word right after ``end``, in lower case ('' when none). With ``past_adverbs``, the word after the adverbs
    before a verb (``“...,” it later wrote`` reads ``wrote``); without, the very next one (``Okonkwo later said``
    reads ``later``: the opener rule takes a capitalised word for a name only right before its speech verb; reading
    past the adverb there changed rows on the 200-article corpus)."""
    found = (_WORD_AFTER_ADVERBS if past_adverbs else _WORD_AFTER).match(text, end)
    return found.group(1).lower() if found is not None else ""


_AFTER_THE_HEAD = vocabulary("familiar close aware present knowledgeable")
"""``a person familiar with the talks``: adjectives that open a phrase after the head noun, as a participle does
(``a woman holding a toddler``, ``an official briefed on the plan``)."""
SUFFIX_MIN_LETTERS = 6
"""Shorter words with those endings are seldom agents (``list``, ``twist``)."""
_QUANTIFIERS = vocabulary("other each every few most all no this that these those both either neither")
_COMMON_OPENERS = vocabulary(
    "former senior top local federal longtime current previous retired unnamed anonymous several various many some "
    "one two three four five six seven eight nine ten dozens hundreds"
)
_NOT_DESCRIPTIONS = vocabulary(
    "someone somebody anyone anybody everyone everybody no-one nobody others other another one some many few "
    "all both each either neither none this that these those"
)
"""Indefinite and demonstrative pronouns: ``others said`` names nobody."""
_STOP_WORDS = vocabulary(
    "and or but who whom whose which that has have had is are was were will would could should can may might must did "
    "does do not never when while as after before because if spoke gave took made went came stood sat met"
) | (ADVERBS_BEFORE_VERB - {"first"})
"""Words that end a subject's noun phrase: a conjunction, a relative, an auxiliary, an adverb before the verb, a verb
in the past that no noun spells (``the head of the federation spoke, saying``)."""
_PREPOSITIONS = NOUN_LINKS | {"in", "representing"}
_WORD = re.compile(r"[\w’'\-.]+|[,;:()—–]")


DEMONYM_ADJECTIVES = {
    **{"swede": "swedish", "spaniard": "spanish", "briton": "british", "brit": "british", "dane": "danish"},
    **{"finn": "finnish", "pole": "polish", "scot": "scottish", "turk": "turkish", "aussie": "australian"},
    **{word: word for word in ("kiwi", "swiss", "thai", "greek")},
}
"""A person by nationality written with a noun of its own, and the adjective an article writes before the name of the
person it later calls by that noun (``Swedish goalkeeper Jonas Lindqvist`` ... ``the Swede said``); a noun that is its
own adjective (``the Swiss``) stands for itself."""
PERSON_DEMONYMS = frozenset(DEMONYM_ADJECTIVES)
"""The nouns ``names_a_people`` (the adjectives: ``Australian``, ``Norwegian``) does not hold: ``the Swede``."""


def nationality_adjective(written: str) -> str:
    """``the Swede`` -> ``swedish``, ``the 31-year-old Australian`` -> ``australian``: the word beside a name."""
    word = written.split()[-1].lower() if written.split() else ""
    return DEMONYM_ADJECTIVES.get(word, word)


_NATIONALITY_LEAD = re.compile(r"\bthe\s+(?:\d+-year-old\s+)?$", re.IGNORECASE)
_NATIONALITY_LEAD_CHARS = 24
"""How far before the phrase ``the`` and an age are looked for (``the 104-year-old ``: 17 characters)."""


def is_nationality_description(text: str, start: int, written: str) -> bool:
    """``the 31-year-old Swede``, ``the Australian``: one person described by nationality (sports and profile copy
    writes it for the person the story is about), no one's name, though NER tags the word NORP or ORG. ``written``
    is the phrase at ``start``; the phrase reader may have left ``the`` and the age before it."""
    words = written.split()
    lead = " ".join(words[:-1]) + " " if len(words) > 1 else ""
    before = text[max(0, start - _NATIONALITY_LEAD_CHARS) : start] + lead
    word = words[-1] if words else ""
    if not word[:1].isupper() or _NATIONALITY_LEAD.search(before) is None:
        return False
    # "the Australian", "the Israeli", "the Frenchman": one person; "the British", "the Chinese": a people
    return word.lower() in PERSON_DEMONYMS or (names_a_people(word) and word.endswith(("an", "i")))


def description_as_written(written: str) -> str | None:
    """The description ``written`` at an attribution, trimmed to its noun phrase; None when it is no description (a
    pronoun, a clause, a head that does not speak)."""
    words = _noun_phrase(_WORD.findall(written))
    if not words or len(words) > DESCRIPTION_MAX_WORDS:
        return None
    if len(words) == 1 and words[0].lower() in _NOT_DESCRIPTIONS | PRONOUNS:
        return None
    first = words[0].lower()
    if first in DETERMINERS | _QUANTIFIERS | _COMMON_OPENERS or speaks(first):
        words = [first, *words[1:]]
    head = _head(words)
    if len(words) == 2 and first == "the" and head.istitle() and is_organisation_noun(head.lower()):
        return " ".join(words)  # "the Government said", no government named: as "the government said" is
    return " ".join(words) if head[:1].islower() and speaks(head) else None


def common_noun_read_as_name(name: str, written: str) -> str | None:
    """``Officials said``, ``Witnesses told``: a lone capitalised noun for people, written alone, that the resolver
    took for a name (it is no entity), in lower case. An organisation noun is left as a name (``the harbor group
    Alliance``: an organisation may be named by one such word), and so is a noun only by its ending (``Christian``)."""
    lowered = name.lower()
    if " " in name or written.strip() != name or not name[:1].isupper() or name.isupper():
        return None
    return lowered if any(form in _PEOPLE_WORDS for form in singular_forms(lowered)) else None


_PEOPLE_WORDS = PEOPLE_NOUNS | ROLE_NOUNS | DEFINITE_ROLES | SPOKESPEOPLE


def is_indefinite_pronoun(name: str) -> bool:
    """``Others reported ...``, ``Some said ...``: an indefinite pronoun the resolver took for a name because it opens
    a sentence; it names nobody, as ``others said`` does (round 35)."""
    return " " not in name and name.lower() in _NOT_DESCRIPTIONS


def speaks(noun: str) -> bool:
    """A noun for someone or something that can be quoted: a person, a group, an organisation, a document; or an
    agent noun by its ending (``-ist``, ``-man``, a compound ``-worker``; ``-er``/``-or`` but the things so named)."""
    return any(
        form in _SPEAKING_NOUNS
        or (len(form) >= SUFFIX_MIN_LETTERS and _SPEAKING_SUFFIX.search(form))
        or (len(form) >= AGENT_MIN_LETTERS and _AGENT_ENDING.search(form) and form not in _NOT_AGENTS)
        for form in singular_forms(noun)
    )


def with_lead_in(text: str, start: int, written: str) -> str | None:
    """``a woman holding a sleeping toddler said``: the subject reader took the noun phrase before the verb; the
    description opens earlier in its clause, with a speaking noun and a participle or a preposition after it. The
    whole phrase from that determiner, when it is a description and the reader's was only its tail; else None."""
    if written.lower() in PRONOUNS | _NOT_DESCRIPTIONS:
        return None
    lead = _LEAD_IN.search(text, max(0, start - 80), start)
    last = lead.group("lead").split()[-1].lower() if lead is not None else ""
    if lead is None or not (last in _PREPOSITIONS or _opens_a_modifier(last)):
        return None  # "the mayor and the governor said": two speakers, not one description
    if last == "quoted":
        return None  # "the radio quoted one witness as saying": the one quoted, the verb's object
    whole = f"{lead.group('lead')} {written}"
    described = description_as_written(whole)
    return whole if described is not None and len(described.split()) > 1 else None


def role_held_for(text: str, start: int, written: str) -> str | None:
    """``a lawyer for the broadcaster said``: the reader took the organisation after a person's role and its
    preposition; the whole description (the lawyer speaks, not the broadcaster; a spokesperson would speak for it),
    else None. A name the reader took (``Lanark Capital``) is left to the resolver's rules for names."""
    whole = with_lead_in(text, start, written) if written[:1].islower() else None
    if whole is None:
        return None
    head = _head(_noun_phrase(_WORD.findall(whole))).lower()
    agent = len(head) >= SUFFIX_MIN_LETTERS and _SPEAKING_SUFFIX.search(head) is not None  # "a fighter from the group"
    return whole if (head in _PEOPLE_WORDS or agent) and head not in SPOKESPEOPLE | ORG_NOUNS else None


_SPEAKING_NOUNS = (
    PEOPLE_NOUNS
    | RECORDING_NOUNS
    | ROLE_NOUNS
    | DEFINITE_ROLES
    | SPOKESPEOPLE
    | DOCUMENT_NOUNS
    | OWNED_VOICES
    | ORG_NOUNS
    | vocabulary("leadership government administration")
)


def _noun_phrase(words: list[str]) -> list[str]:
    """The words up to the first that ends a noun phrase (a stop word, a speech cue, punctuation, a participle or an
    adjective opening a phrase after a speaking noun)."""
    kept: list[str] = []
    for word in words:
        lowered = word.lower()
        if not word[:1].isalnum() or lowered in _STOP_WORDS or (kept and lowered in ALL_CUES):
            break
        if kept and speaks(kept[-1].lower()) and _opens_a_modifier(lowered):
            break
        if kept and lowered in _OBJECT_OPENERS and _ends_a_noun(kept[-1].lower()):
            break  # "the analysts the paper consulted": a relative clause without its "that" after the head
        kept.append(word)
    return kept


_OBJECT_OPENERS = vocabulary("the a an this these that those his her its their our")


def _ends_a_noun(word: str) -> bool:
    """A word a noun phrase can end with before a relative clause opens: no preposition, determiner or quantifier
    (``of the``, ``all the``, ``both the``)."""
    return word not in _PREPOSITIONS | DETERMINERS | _QUANTIFIERS | _COMMON_OPENERS | _STOP_WORDS and word.isalpha()


def verb_before_its_object(word: str, after: str | None) -> bool:
    """``the council's website carries the following notice:``: a lower-case word in -s that names no speaker, right
    before a determiner (``after``), is the clause's verb (a plural head noun would be followed by its verb or a
    relative, not by ``the``)."""
    return (
        len(word) > 3
        and word.isalpha()
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is"))
        and after is not None
        and after.lower() in _OBJECT_OPENERS
        and not speaks(word)
    )


def _opens_a_modifier(word: str) -> bool:
    """A participle (``holding``, ``injured``) or an adjective that follows its noun (``familiar``)."""
    return word in _AFTER_THE_HEAD or (len(word) > 4 and word.endswith(("ing", "ed")) and not speaks(word))


def _head(words: list[str]) -> str:
    """The phrase's head noun: its last word, or the last before a preposition (``the secretary of state``), or after
    ``of`` when what comes before is a number (``one of the protesters``); an age (``the 45-year-old``) is its own."""
    at = head_noun_end(words, _PREPOSITIONS)
    head = words[at - 1]
    if at < len(words) and words[at].lower() == "of" and head.lower() in _COMMON_OPENERS | _QUANTIFIERS:
        head = words[-1]
    if AGE.fullmatch(head):
        return "person"
    return head.strip(".")


_INTRODUCED_AS = (
    r"\b(?:[Aa]n?|[Oo]ne)\s+(?:[a-z][\w\-]*\s+)?{head}\s*,?\s+"
    r"(?:known\s+(?:only\s+)?as|named|called|identified\s+(?:only\s+)?as)\s+"
    r"((?:[A-Z][\w’'\-]*\s+){{0,2}}[A-Z][\w’'\-]*)"
)
"""``a man known as Nick``, ``a young woman named Aroha Tane``, ``a driver identified as Lev Orlov``: a person the text
introduces by a description and the name it gives them."""


def name_introduced_with(text: str, head: str, before: int) -> str | None:
    """The name the last ``a <head> known as / named / called <Name>`` before ``before`` gives (``the man said`` after
    ``a man known as Nick``: Nick), else None."""
    found = list(re.finditer(_INTRODUCED_AS.format(head=re.escape(head)), text[:before]))
    return found[-1].group(1) if found else None
