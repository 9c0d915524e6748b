"""The words of attribution: the speech-cue verbs in every form, the naming verbs, and the phrases that introduce a
term rather than someone's words (``so-called``, ``what officials call``)."""

from __future__ import annotations

import re

from newsprep.text.tokens import LATIN_WORDS

_VERBS = (
    "add admit acknowledge agree announce argue ask assert boast caution complain concede conclude "
    "confirm contend continue declare emphasize emphasise explain insist maintain observe predict "
    "recall recount reiterate reply report respond say scoff shout sing suggest testify tweet urge warn "
    "whisper wonder write yell deny quip describe exhort implore lament blast slam accuse praise mock dismiss "
    "assure laugh muse sigh"
)
_NOUN_LIKE_VERBS = (
    "charge claim comment counter demand joke mention note pledge post promise remark repeat state stress vow"
)
"""Verbs that are also common nouns ("Editor's note", "the United States"): only their -ed forms are cues."""
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


def _inflections(verb: str) -> tuple[str, ...]:
    if verb in _IRREGULAR:
        return (verb, *_IRREGULAR[verb])
    stem = verb[:-1] if verb.endswith("e") else verb
    third = verb + "es" if verb.endswith(("s", "sh", "ch", "x")) else verb + "s"
    return (verb, third, stem + "ed", stem + "ing")


SPEECH_CUES = frozenset(
    {form for verb in (*_VERBS.split(), *_IRREGULAR) for form in _inflections(verb)}
    | {(verb[:-1] if verb.endswith("e") else verb) + "ed" for verb in _NOUN_LIKE_VERBS.split()}
) - {"continuing", "describing", "reporting", "report", "writing", "written", "tweet", "tweets"}
NAMING_CUES = frozenset({*_NAMING_VERBS, *_NAMING_VERBS.values(), *(v + "s" for v in _NAMING_VERBS)})
ALL_CUES = SPEECH_CUES | NAMING_CUES


_NAMING_TAIL = re.compile(
    r"(?:so-called|dubbed|termed|labell?ed|branded|nicknamed|known\s+as|billed\s+as|titled|entitled|"
    r"(?:the|a|this|that)\s+(?:term|word|phrase|label|slogan|moniker|name|title|nickname|hashtag)|"
    r"(?:is|are|was|were|be|been|being)\s+called|"
    r"what\s+(?:[\w’'\-]+\s+){0,3}(?:calls?|called|describes?\s+as|refers?\s+to\s+as))"
    r"(?:\s+(?:it|them|him|her|this|that|the|a|an|his|its|their))*\s*$",
    re.IGNORECASE,
)


def names_a_term(left_context: str) -> bool:
    """True when the words before a quotation introduce a term or a name rather than someone's words."""
    return _NAMING_TAIL.search(left_context[-80:]) is not None


def has_speech_cue(text: str) -> bool:
    return any(m.group().lower() in SPEECH_CUES for m in LATIN_WORDS.finditer(text)) or "according to" in text
