"""The words of attribution: the speech-cue verbs in every form, the naming verbs, the function words the attribution
grammar (``cues``) steps over or stops at, and the phrases that introduce a term rather than someone's words
(``so-called``, ``what officials call``)."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from newsprep.extract.quotes.spans import MASK
from newsprep.text import MONTHS, NAME_PARTICLES, ORG_HEADS, WEEKDAYS, alternatives, s_form, without_periods
from newsprep.text import word_set as vocabulary
from newsprep.text.tokens import LATIN_WORDS

_VERBS = (
    "add admit acknowledge agree announce argue ask assert boast caution complain concede conclude "
    "confirm contend continue declare emphasize emphasise explain insist maintain observe predict "
    "recall recount reiterate reply report respond say scoff shout sing suggest testify tweet urge warn "
    "whisper wonder write yell deny quip describe exhort implore lament blast slam accuse praise mock dismiss "
    "assure laugh muse sigh exclaim murmur mutter plead gush marvel grumble interject concur condemn denounce liken "
    "depict portray characterize characterise"
)
_NOUN_LIKE_VERBS = (
    "charge claim comment counter demand joke mention note pledge post promise remark repeat state stress vow "
    "text email message offer retort reason underscore underline highlight"
)
"""Verbs that are also common nouns ("Editor's note", "the United States"): only their -ed forms are cues, and the -ing
forms of ``_NOUN_LIKE_PARTICIPLES``."""
_NOUN_LIKE_PARTICIPLES = vocabulary("noting mentioning stating stressing remarking commenting")
"""``A clerk recalled Pell mentioning that “...”``, ``noting that the board “...”``: these -ing forms are verbs of
saying, whatever their bare forms are as nouns (the nouns in -ing, a posting, an offering, are not among them). Before a
quotation only: right after one (``rated it “half true,” noting a gap``) they have no subject of their own."""
_IRREGULAR = {
    "say": ("said", "says", "saying"),
    "tell": ("told", "tells", "telling"),
    "write": ("wrote", "writes", "writing", "written"),
    "sing": ("sang", "sings", "singing"),
    "testify": ("testified", "testifies", "testifying"),
    "reply": ("replied", "replies", "replying"),
    "deny": ("denied", "denies", "denying"),
    "quip": ("quipped", "quips", "quipping"),
    "admit": ("admitted", "admits", "admitting"),
}
_NAMING_VERBS = {"call": "called", "dub": "dubbed", "label": "labeled", "term": "termed", "brand": "branded"}
NAMED_PAST = (*_NAMING_VERBS.values(), "labelled")
"""The naming verbs in the past (``labeled`` in both spellings): what every reader of a name given takes
(``WHAT_THEY_CALLED``, ``CALLED_BY_AGENT``, ``clauses.naming.NAMED_BY``); ``NAMING_CUES`` the US spelling only."""
NAMES_PRESENT = tuple(s_form(verb) for verb in _NAMING_VERBS)
"""The naming verbs in the present (``calls``, ``dubs``): ``NAMED_BY`` takes them all, ``WHAT_THEY_CALLED`` two."""


def _inflections(verb: str) -> tuple[str, ...]:
    if verb in _IRREGULAR:
        return (verb, *_IRREGULAR[verb])
    past = verb[:-1] + "ied" if _CONSONANT_Y_END.search(verb) else (verb[:-1] if verb.endswith("e") else verb) + "ed"
    progressive = (verb[:-1] if verb.endswith("e") else verb) + "ing"
    return (verb, s_form(verb), past, progressive)


_CONSONANT_Y_END = re.compile(r"[^aeiou]y$")
"""``decry`` -> ``decries``, ``decried`` (``portray`` keeps its y: ``portrays``, ``portrayed``)."""


SPEECH_CUES = frozenset(
    {form for verb in (*_VERBS.split(), *_IRREGULAR) for form in _inflections(verb)}
    | {(verb[:-1] if verb.endswith("e") else verb) + "ed" for verb in _NOUN_LIKE_VERBS.split()}
    | _NOUN_LIKE_PARTICIPLES
) - {"continuing", "describing", "reporting", "report", "writing", "written", "tweet", "tweets"}
NAMING_CUES = frozenset(
    {*_NAMING_VERBS, *_NAMING_VERBS.values(), *NAMES_PRESENT, *(v + "ing" for v in _NAMING_VERBS)} | {"dubbing"}
) - {"dubing"}
"""The naming verbs in every form; the participle (``issued a statement calling the spill “...”``) goes to the
subject of its sentence, as a speech verb's does."""
ALL_CUES = SPEECH_CUES | NAMING_CUES
_AFTER_QUOTE_ONLY = vocabulary(
    "shared shares revealed reveals confessed confesses confided confides enthused enthuses smiled smiles groaned "
    "groans screamed screams sobbed sobs began begins captioned penned pens swore swears alleged alleges objected "
    "objects protested protests mourned mourns speculated speculates theorized theorised elaborated elaborates "
    "clarified clarifies recited recites echoed echoes affirmed affirms teased teases taunted taunts hailed hails "
    "reminded reminds reassured reassures chuckled chuckles giggled giggles snapped snaps cheered cheers gasped "
    "gasps cried cries offered offers concluded concludes deadpanned deadpans begged begs interrupted interrupts "
    "grinned grins beamed beams bristled bristles sniffed sniffs growled growls marvelled reckoned reckons guessed "
    "remembered remembers"
)
"""Verbs that are speech cues only right after a quotation (``“...,” she shared.``), never read as one before it."""
_AFTER_QUOTE_VERBS = (
    "answer brag boast gloat fume rage rant vent gripe grumble moan whine snipe snarl bark roar thunder huff sneer "
    "proclaim disclose divulge reflect reminisce ponder venture posit opine surmise hint question challenge press "
    "summarize summarise underscore relay rebut counter advise"
)
"""More verbs of speaking or of how it was said, cues only right after a quotation (``“...,” Ostrowski bragged.``):
before one they are often verbs of something else (``she questioned the witness``)."""
AFTER_QUOTE_CUES = (
    SPEECH_CUES
    | {s_form(verb) for verb in _NOUN_LIKE_VERBS.split()}
    | _AFTER_QUOTE_ONLY
    | {form for verb in _AFTER_QUOTE_VERBS.split() for form in _inflections(verb)[1:3]}
    | vocabulary("bragged rebutted")
) - _NOUN_LIKE_PARTICIPLES  # "“half true,” noting a gap": after a quotation, no cue of its own subject
"""Cues right after a quotation (``“...,” Okerlund notes.``): there the present tense of a verb that is also a noun
is the verb (``notes``, ``states``, ``jokes``); elsewhere it may be the noun (``Editor's notes``)."""
DOCUMENT_VERBS = frozenset({"read", "reads"})
"""``“...,” the statement read.``: a cue after a document, not elsewhere (``she read the report``)."""
PHRASAL_CUES = {"pointed": "out", "points": "out", "went": "on", "goes": "on", "chimed": "in", "shot": "back"} | {
    "fired": "back",
    "hit": "back",
    "pushed": "back",
    "summed": "up",
    "weighed": "in",
    "piped": "up",
    "spoke": "up",
}
"""Speech cues of two words (``“...,” the harbor master pointed out.``): the verb and its particle."""


PRONOUNS = frozenset({"he", "she", "they", "i", "we", "it", "you"})
DETERMINERS = vocabulary("the a an his her their its our my your one another some several many two three four both")
CONNECTORS = NAME_PARTICLES - vocabulary("ben du el") | vocabulary("of for the")
"""Lower-case words that join the capitalised words of one speaker's name ("Ursula von der Leyen", "Bank of
America"): the particles, less three the rule never had (issue 16 owns the speakers), and the linking words."""
OPENERS = vocabulary(
    "but and so yet or in on at when after before then still also while as if though although because "
    "meanwhile however instead earlier later now asked speaking during in even"
) | vocabulary(
    "conversely similarly likewise separately additionally moreover furthermore nonetheless nevertheless "
    "finally eventually ultimately initially subsequently lastly"
)
"""Words opening a sentence before its subject; the sentence adverbs among them (``Conversely, Pell ...``) are no
name, although a capitalised -ly word may be one (``Kelly said``)."""
PREPOSITIONS = vocabulary(
    "in on at during after before while when following since from with for by over amid despite throughout across"
)
"""Words opening an adverbial (``In a talk in Washington, ...``), never a speaker's appositive."""
TIME_WORDS = WEEKDAYS | MONTHS | vocabulary("today yesterday tonight")
SKIPPABLE = (
    vocabulary(
        "has have had would will could did does do was is also later then once again previously recently "
        "repeatedly reportedly still often never further already simply just may might can should must first "
        "last later earlier today yesterday tonight"
    )
    | TIME_WORDS
)
STOP_FORWARD = vocabulary("in on at during after before while when who which that to about as from with via")
FUNCTION_WORDS = vocabulary(
    "the a an and or but nor that which who whom to of in on at by for with from as than this these those it"
)
NOT_ROLE_WORDS = STOP_FORWARD | FUNCTION_WORDS | SKIPPABLE | DETERMINERS | PRONOUNS | ALL_CUES
RELATIVES = vocabulary("which that who whom whose where when while as if because after before since")
"""Words opening a clause that is not an attribution (``“Cities for People,” which the mayor praised``)."""
ROLE_LINKS = vocabulary("and of at for the")
"""Lower-case words inside a role description before a name (``senior author and Harwell Lab marine biologist``)."""
NOUN_LINKS = vocabulary("of for at to with from on")
"""Prepositions that tie a role noun to what it is of or where it is held (``the founder of Orchard Lane``, ``an
oceanographer at the Scripps Institution``, ``a spokesman for the club``): each reader of a role adds its own few."""


def head_noun_end(words: Sequence[str], links: Collection[str]) -> int:
    """Where a noun phrase's head noun ends: the index of the first word after the first that is in ``links`` (the
    head is the word before it: ``secretary of state``, ``an oceanographer at the ...``), else ``len(words)``."""
    return next((i for i, word in enumerate(words) if i > 0 and word.lower() in links), len(words))


_NAMING_TAIL = re.compile(
    r"(?:so-called|self-(?:declared|described|styled|proclaimed|appointed)|dubbed|termed|labell?ed|branded|"
    r"nicknamed|known\s+as|billed\s+as|titled|entitled|diagnosed\s+with|"
    r"(?:the|a|this|that)\s+(?:[a-z]+\s+)?(?:term|word|phrase|label|slogan|moniker|name|title|nickname|hashtag|"
    r"saying|motto|mantra|proverb|adage|catchphrase|tagline|idiom|expression)(?:\s+(?:that|which)\s+goes)?|"
    r"(?:is|are|was|were|be|been|being)\s+called|"
    r"what\s+(?P<agent>(?:[\w’'\-]+\s+){0,3}?)(?:calls?|called|describes?\s+as|refers?\s+to\s+as))"
    r"(?:\s+(?:it|them|him|her|this|that|the|a|an|his|its|their))*\s*$",
    re.IGNORECASE,
)
_AGENT_PRONOUNS = vocabulary("he she it i we")
_AGENT_TAIL = vocabulary("has have had once long often also later now then since first previously repeatedly")
"""Words between the one who names and the naming verb (``what Velde has long called``)."""


def _names_an_agent(words: str) -> bool:
    """``what he called``, ``what the Harbor Council calls``: the head of the phrase is a pronoun for one speaker or a
    capitalised name, so the quoted words are that speaker's, not a term (``what officials call``, ``what some have
    called``, ``what Western analysts call``: a group, whatever adjective comes before it)."""
    heads = [w for w in words.split() if w.lower() not in _AGENT_TAIL]
    return bool(heads) and (heads[-1].lower() in _AGENT_PRONOUNS or heads[-1][:1].isupper())


def names_a_term(left_context: str) -> bool:
    """True when the words before a quotation introduce a term or a name rather than someone's words."""
    match = _NAMING_TAIL.search(left_context[-80:])
    return match is not None and not _names_an_agent(match.group("agent") or "")


_EVALUATIVE_VERBS = "criticize criticise deride ridicule lambaste decry rebuke chide scold berate applaud commend tout"
EVALUATIVE_CUES = frozenset(form for verb in _EVALUATIVE_VERBS.split() for form in _inflections(verb)) | {"rated"}
"""``Pell criticized the levy as a “cash grab”``: verbs of judging aloud make a short span in their sentence someone's
words (its subject's), but they are no attribution cue: in the passive (``the plan was derided as “...”``,
``was ridiculed for its forecast that Velde would stay “...”``) the one named is not who spoke. A fact-checker's
verdict is one (``FactLine rated the claim “mostly false”``): ``rated`` only, as ``rate`` and ``rates`` are as often
nouns (``the jobless rate``)."""
BE_FORMS = vocabulary("am is are was were be been being")
"""The forms of ``be`` before a participle: a passive (``was derided``) or a progressive (``is saying``)."""
_PROGRESSIVE_VERBS = "claim comment counter demand joke mention note pledge promise remark state stress vow retort"
_PROGRESSIVE_CUE = re.compile(
    r"\b(?:"
    + "|".join(sorted(BE_FORMS))
    + r")\s+(?:[a-z]+ly\s+)?(?:"
    + "|".join(sorted((verb[:-1] if verb.endswith("e") else verb) + "ing" for verb in _PROGRESSIVE_VERBS.split()))
    + r")\b",
    re.IGNORECASE,
)
"""``Velde is promising “boats every hour”``: a verb that is also a noun is a cue in its progressive form (after
``is``, ``was``, ``been``); the bare -ing word may be an adjective (``a promising “rookie”``). Not the ones that are
trade as often as speech (``is offering “free” delivery``, ``is charging``, ``is posting``), nor ``repeating`` (``have
been repeating their call for “restraint”``: the term of a call, not the words)."""


def _passive(words: list[str], i: int) -> bool:
    """``was (widely) derided``: the word before, past -ly adverbs, is a form of ``be``."""
    before = [w for w in words[max(0, i - 3) : i] if not w.endswith("ly")]
    return bool(before) and before[-1] in BE_FORMS


def has_speech_cue(text: str) -> bool:
    """A speech verb in ``text`` (``said``, ``according to``, ``criticized``, ``is claiming``); a cue word closing a
    hyphenated compound is an adjective, no verb (``the self-declared``, ``a much-touted``, ``long-promised``)."""
    words = [m.group().lower() for m in LATIN_WORDS.finditer(text) if text[m.start() - 1 : m.start()] != "-"]
    return (
        any(w in SPEECH_CUES for w in words)
        or "according to" in text
        or any(w in EVALUATIVE_CUES and not _passive(words, i) for i, w in enumerate(words))
        or _PROGRESSIVE_CUE.search(text) is not None
    )


# The words of speakers (``speakers``): organisations, descriptions and phrases that name nobody.
SPEAKER_ORG_HEADS = (
    without_periods(ORG_HEADS)
    - vocabulary(
        "airlines airways alliance authority board capital club co coalition college corporation enterprises "
        "federation holdings industries institution laboratories labs league llc ltd media motors organisation "
        "organization partners pharma pharmaceuticals press school semiconductor semiconductors societies society "
        "studios systems technologies technology trust union ventures"
    )
) | vocabulary("administration campaign center centre congress house journal kremlin office pentagon senate service")
"""Words that make a speaker phrase an organisation wherever they stand in it: the organisation heads, less the 41
company and association words this rule has never had (issue 16 owns the speakers), and the government bodies and
offices that speak ("the Pentagon said", "the White House said")."""
NOT_SPEAKERS = vocabulary("i we you they it me us his her its their our my your this that these those there here")
"""Phrases that name nobody: the other pronouns, possessives (``His repeated claims``), demonstratives."""
OWN_WORDS = re.compile(
    r"(?:his|her) (?:response|reply|answer|message|words|advice|verdict|reaction|explanation|comment|retort|warning|"
    r"caption|post|reason|note)"
    r"(?: (?:for|to|on|about) [a-z]+(?: [a-z]+){0,2})?"
    r"(?: (?:was|is|were|are|came|read|reads)(?: [a-z]+){0,3})?"
)
"""``His response:``, ``Her message was simple:``: a possessive and a noun for what was said (and a short predicate),
introducing the quote; ``Her caption read:``, ``Her reason for striking came down to one thing:`` (round 42)."""
CLAIM_OF = re.compile(
    r"(?P<owner>[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3})[’']s\s+(?:[a-z]+\s+){0,2}?"
    r"(?:claim|assertion|statement|remark|comment|warning|prediction|promise|pledge|charge|accusation|insistence|"
    r"argument|contention|suggestion|complaint|boast|vow)s?\s+that\s[^" + MASK + r"]*$"
)
"""``tested Dana Pell’s claim that the dam had “hundreds of cracks”``: words quoted in the clause of a named
owner's claim (statement, warning, ...) are the owner's, whoever the sentence's subject is."""
ORDER_FROM = re.compile(
    r"\b(?:order|directive|instruction|command|demand|call|plea|appeal|pledge|promise|vow|warning|threat)s?\s+"
    r"(?:from|by)\s+(?:the\s+)?(?P<owner>[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3})\s+to\s+(?:[a-z]+\s+){0,2}$"
)
"""``directives from Velde to “spare no one”``, ``a pledge by the Harbor Council to “fix every pier”``: words quoted as
what a named owner ordered, asked or promised are the owner's, whoever the sentence's subject is."""
_OWNER = r"(?P<owner>[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3})"
WHAT_THEY_CALLED = re.compile(
    r"(?!(?:He|She|They|It|We|I)\s)" + _OWNER + r"(?:,[^,;" + MASK + r"]{1,60},)?\s+(?:[a-z]+ly\s+)?"
    r"[a-z]+(?:ed|ing|s)\s+what\s+"
    r"(?P<pronoun>he|she)\s+(?:" + alternatives(NAMED_PAST) + r"|calls|terms|described\s+as)\s[^" + MASK + r"]*$"
)
"""``with Velde denouncing what he called a bid to cause “the ruin of the port”``, ``Pell, the captain, mocked what
she described as “...”``: the he/she of ``what he called`` is the named subject of the verb before it (an aside
between them allowed), and the words quoted after it are theirs (``He rejected what he called``: the pronoun rules')."""
IN_WORDS_OF = (
    re.compile(r"\bin\s+" + _OWNER + r"[’']s?\s+(?:own\s+)?words\b[^" + MASK + r"]*$"),
    re.compile(r"\bin\s+the\s+words\s+of\s+(?:the\s+)?(?:[a-z][\w\-]*\s+){0,3}?" + _OWNER + r"[^" + MASK + r"]*$"),
)
"""``The levy is, in Velde’s words, “a tax on the poor.”``, ``in the words of the Harbor Council, “...”``: the words
quoted after them are the owner's, whoever the sentence's subject is."""
CALLED_BY_AGENT = re.compile(
    r"\b(?:hailed|described|praised|welcomed|condemned|denounced|dismissed|characteri[sz]ed|critici[sz]ed|slammed|"
    r"lauded|derided|" + alternatives(NAMED_PAST) + r")\s+(?:[a-z]+\s+){0,2}?by\s+"
    r"(?:[\w.’'\-]+\s+){0,6}?" + _OWNER + r"\s+as\s+(?:an?\s+|the\s+)?$"
)
"""``was hailed by envoy Tomas Velde as “a turning point”``, ``welcomed on Friday by the Harbor Council as “...”``: the
words a named agent called something in the passive are the agent's, whoever the sentence's subject is (the agent is
the last capitalised words before ``as``, after any title: ``by regional envoy Tomas Velde``)."""
CAST_AS = re.compile(r"\b[a-z]+(?:s|ed|ing)\s+(?:(?:[A-Z][\w.’'\-]*\s+){1,4}|(?:him|her|them)\s+)as\s+(?:an?\s+)?$")
"""``Velde has spent the spring attacking Pell as a “harbor pirate”``, ``still sees Arno Vos as a “true leader”``: a
verb, the person it casts (a name or him/her/them) and ``as``: the short span is the words of the sentence's subject,
whatever the verb (no person: ``took Pell on to serve as a “night curator”`` stays a term)."""

COMPARED_TO = re.compile(
    r"\bcompar(?:ed|es|ing)\s+(?:(?:[A-Z][\w.’'\-]*\s+){1,4}|(?:him|her|them)\s+)(?:to|with)\s[^;:]*$"
)
"""``Ambler compared Velde to a goalkeeper who keeps “arguing every whistle” so that “referees look away”``: comparing a
person aloud, as ``likened`` does, makes the short spans after it in its sentence the subject's words (not
``sales rose compared to “...”``: no person compared)."""


def run_in(words: list[str]) -> bool:
    """``SENATORS QUESTIONED HIM``, ``HARBORTOWN, Maine, May 4 (Wire)`` before a dash: a heading or a dateline (a place
    in capitals, then capitalised words, numbers and punctuation), not a subject."""
    head = words[0]
    rest = words[1:]
    return (
        head.isupper()
        and sum(c.isalpha() for c in head) > 1
        and all(w[:1].isupper() or not w[:1].isalpha() for w in rest)
    )


AGE = re.compile(r"\d+-year-old")
"""``the 45-year-old said``: a person described by age, the one named last."""
ROLE_TITLES = {
    "senator": vocabulary("sen sens"),
    "congressman": vocabulary("rep representative"),
    "congresswoman": vocabulary("rep representative"),
    "governor": vocabulary("gov"),
    "president": vocabulary("president"),
    "mayor": vocabulary("mayor"),
    "minister": vocabulary("minister"),
    "secretary": vocabulary("secretary"),
    "spokesman": vocabulary("spokesman spokesperson"),
    "spokeswoman": vocabulary("spokeswoman spokesperson"),
}
ROLE_NOUNS = frozenset(ROLE_TITLES) | vocabulary(
    "nominee candidate lawmaker businessman businesswoman chairman chairwoman chief executive official justice "
    "judge prosecutor ambassador leader premier chancellor legislator head chair chairperson"
)
"""Heads of a person's description (``the Vermont senator said``): the person named before with the role."""
DEFINITE_ROLES = vocabulary(
    "director author novelist writer actor actress singer coach professor researcher scientist physician doctor "
    "teacher economist analyst founder co-founder owner ceo manager attorney lawyer sheriff commissioner "
    "superintendent principal pastor historian artist chairwoman chairperson treasurer councilman councilwoman envoy "
    "colonel lieutenant sergeant captain admiral commander detective inspector"
)
"""Roles a person is named with (``Coach Delia Marsh``, ``Anselm Kuyper, the festival’s director,``): ``the coach
said`` is that person; ``a coach said`` may be another one, so only after ``the``."""
ROLE_ABBREVIATIONS = {
    "colonel": vocabulary("col"),
    "lieutenant": vocabulary("lt"),
    "sergeant": vocabulary("sgt"),
    "captain": vocabulary("capt cpt"),
    "admiral": vocabulary("adm"),
    "commander": vocabulary("cmdr"),
    "detective": vocabulary("det"),
    "inspector": vocabulary("insp"),
    "professor": vocabulary("prof"),
    "superintendent": vocabulary("supt"),
}
"""A rank or title as written before a name (``Lt. Col. Marcus Okwu``, ``Prof. Ines Alda``), compared without its
period: ``the colonel said`` is the person named with ``Col.``, as ``the senator said`` is the one named with
``Sen.``."""


_JOINED_PARTICLE = re.compile(r"(?:al|el|bin|ibn|abu|d)[-’'][A-Z]")


def opens_name(word: str) -> bool:
    """A word that can be (part of) a name: capitalised, or a surname opening with a particle joined to it
    (``al-Amin``, ``el-Sayed``, ``d’Arcy``)."""
    return word[:1].isupper() or _JOINED_PARTICLE.match(word) is not None
