"""Fixed cost round 22 (issue 19): the statistics stage's helpers made cheaper answer as the code they replace.

Each rewritten helper is checked, table-driven on invented text, against the behaviour it replaces (kept here as it
was written on 07a079a): these guards pass on both codes. The tests of what is new (the hedged-unit gate, the
unions built once, the boundary tested once, the measure check kept per phrase) fail on 07a079a; their imports sit
inside the tests so the guards still run there.
"""

from __future__ import annotations

import ast
import re
from collections import Counter
from pathlib import Path

import pytest

from newsprep.extract.statistics.detection.conventions import writes_decimal_comma
from newsprep.extract.statistics.detection.hedged_units import _HEDGED_UNIT, hedged_units
from newsprep.extract.statistics.detection.quantity_starts import _AFTER_A, STARTS, quantity_starts
from newsprep.extract.statistics.measures import clause as measure_clause
from newsprep.extract.statistics.measures.clause import COPULAS, cut_at_aside, one_prepositional_phrase
from newsprep.extract.statistics.measures.phrase_checks import is_a_measure
from newsprep.extract.statistics.measures.word_classes import PHRASE_ENDS, RELATIVES, bare_word
from newsprep.extract.statistics.numbers.currencies import CODES
from newsprep.extract.statistics.words.lexicon import OPINION_VERBS
from newsprep.text import alternatives
from newsprep.text.words import TEEN_WORDS, TENS_WORDS, UNIT_WORDS

STATISTICS = Path(measure_clause.__file__).parents[1]
"""The statistics package's source folder: the code under test, whichever checkout is on the path."""

# --- the quantity scan's words: one boundary test for all the words after the symbols ------------------------------

_OLD_WORD_STARTS = (
    r"(?:US|U\.S\.|CA|AU|NZ|HK|C|A|S|R)\$|\b(?:Rs|"
    + "|".join(c.upper() for c in CODES)
    + r")\b|\b(?-i:N)(?=[0-9])|\b(?-i:Dhs?)(?=\s?[0-9])"
    + rf"|\b(?:between|half|twice|{alternatives(UNIT_WORDS + TEEN_WORDS + TENS_WORDS)})\b|\ba\b{_AFTER_A}"
    + r"|\ban\b(?=[\s-]+eighths?\b)"
)
_OLD_STARTS = re.compile(rf"(?<![0-9])[0-9]|[$€£¥₹]|(?<![a-z])(?=[a-z])(?:{_OLD_WORD_STARTS})", re.IGNORECASE)
"""``quantity_starts.STARTS`` as 07a079a wrote it: each word alternative opened on its own ``\\b``."""
_OLD_LOWER_WORD_STARTS = re.compile(rf"(?<![a-z])(?:{_OLD_WORD_STARTS.lower()})")


def _old_quantity_starts(text: str) -> list[int]:
    """``quantity_starts`` as 07a079a wrote it (its lower-cased scan reads a lower-case 'n5' or 'dh40' as a start,
    which ``STARTS`` does not: so it is compared with itself, not with ``STARTS``)."""
    lowered = text.lower()
    if len(lowered) != len(text) or "ı" in text or "ſ" in text:
        return [m.start() for m in _OLD_STARTS.finditer(text)]
    found = [m.span() for m in _OLD_LOWER_WORD_STARTS.finditer(lowered)]
    for m in re.finditer(r"[0-9$€£¥₹][0-9]*", lowered):
        found.append((m.start(), m.start() + 1))
        if m.end() > m.start() + 1 and not lowered[m.start()].isdigit():
            found.append((m.start() + 1, m.start() + 2))
    starts, taken_to = [], 0
    for start, end in sorted(found):
        if start >= taken_to:
            starts.append(start)
            taken_to = end
    return starts


SCAN_TEXTS = [
    "Between 5 and 6 owls, US$40, C$7 or Rs. 90; twenty-one of them, a half of the rest.",
    "$$5, ₹12 and 1,000.5 — then A$3 and U.S.$9 in 2024.",
    "a dozen eggs, an eighth of a mile, a third, an owl, a-half, a - quarter",
    "5million, 7half, _twelve, éfive, Ünine and N5 N 5 n5 Dh 40 Dhs40 dh40",  # a boundary after a digit or letter
    "USD 5 and usd 6 and UsD 7, EUR3, eur 4, rs 5 RS6, sek9",
    "Fifteen, SIXTY, Twice, HALF, Between — nineteen-ninety; Eleven.",
    "ſix owls and the ınn, İstanbul had 3 owls",
    "",
    "a",
    "twice a day; half the herd; between them",
    "ninety\nnine\tten\u00a0eleven\u2009twelve",
]


@pytest.mark.parametrize("text", SCAN_TEXTS)
def test_quantity_starts_are_those_of_the_former_pattern(text: str) -> None:
    assert quantity_starts(text) == _old_quantity_starts(text)
    assert [m.span() for m in STARTS.finditer(text)] == [m.span() for m in _OLD_STARTS.finditer(text)]


def test_word_starts_test_the_boundary_once() -> None:
    from newsprep.extract.statistics.detection.quantity_starts import _WORD_STARTS

    assert _WORD_STARTS.count(r"|\b") == 1  # 07a079a: six alternatives each opened on '\b', each tested at each word


# --- hedged single units: the scan skipped where the lower-cased text holds no 'a mile', 'an acre' -----------------


def _old_hedged_units(text: str, lowered: str) -> list[tuple[int, int, str]]:
    if " a " not in lowered:
        return []
    return [(m.start("amount"), m.end("amount"), m.group("unit").lower()) for m in _HEDGED_UNIT.finditer(text)]


HEDGED_TEXTS = [
    "The storm dropped up to a foot of rain on the hills.",
    "It fell ABOUT A MILE off the coast, more than An Acre of it.",
    "At Least a Tonne was lost and nearly a gallon spilled.",
    "a foot in the door, a mile from the truth",  # no hedge before it
    "about a foot-long fish and over a mile’s walk",  # a hyphen or an apostrophe after the unit
    "It rose to about a mıle",  # a dotless i, which IGNORECASE reads as 'i' and lower() keeps
    "It rose to about A MİLE",  # a dotted capital I, which lower() turns into two characters
    "It ran for about a \u212ailometre.",  # the Kelvin sign, which lower() turns into 'k'
    "It ran nearly a\u00a0kilometer, under a\tton",  # other blanks between the article and the unit
    "almost an hectare and around an inch",
    "There is no unit at all here, a word or two.",
    "",
]


@pytest.mark.parametrize("text", HEDGED_TEXTS)
def test_hedged_units_are_those_of_the_former_scan(text: str) -> None:
    found = [
        (hit.start, hit.end, text[hit.start : hit.end].split()[-1].lower()) for hit in hedged_units(text, text.lower())
    ]
    assert found == _old_hedged_units(text, text.lower())


@pytest.mark.parametrize(
    ("text", "may_hold"),
    [
        ("The storm dropped up to a foot of rain.", True),
        ("The storm dropped a lot of rain.", False),  # no unit after an 'a'
        ("Ten miles of road and a foot", True),  # an amount without a hedge: the pattern decides
        ("It rose to about a mıle", True),  # a letter lower() keeps: the pattern decides
        ("It rose to about A MİLE", True),  # a text lower() lengthens: the pattern decides
        ("a milestone and a tonnage", False),  # a unit's name inside a longer word
    ],
)
def test_hedged_unit_gate(text: str, may_hold: bool) -> None:
    from newsprep.extract.statistics.detection.hedged_units import may_hold_hedged_unit

    assert may_hold_hedged_unit(text, text.lower()) is may_hold


# --- the decimal comma's stop words: counted by membership, not by a Counter of the words -------------------------


def _old_writes_decimal_comma(text: str) -> bool:
    from newsprep.extract.statistics.detection import conventions as c
    from newsprep.text import language

    comma_numbers = len(c._COMMA_DECIMAL_NUMBER.findall(text))
    point_numbers = len(c._POINT_DECIMAL_NUMBER.findall(text))
    if comma_numbers != point_numbers:
        return comma_numbers > point_numbers
    counts = Counter(language._WORD.findall(text[: c._STOP_WORD_SAMPLE].lower()))  # the word pattern both share
    english = sum(n for word, n in counts.items() if word in c._ENGLISH_ONLY)
    other = sum(n for word, n in counts.items() if word in c._DECIMAL_COMMA_ONLY)
    return other > english


@pytest.mark.parametrize(
    "text",
    [
        "Der Preis ist nicht hoch, und die Stadt wird auch zahlen mit dem Geld von der Bank.",
        "The price is not high and the town was paying for that with the money it has.",
        "Le prix est de 12,5 euros et la ville paie avec les fonds de la banque.",
        "Ein Preis von 1.250,5 Euro; the total was 3,400.5 and 7,100.2 dollars in the end.",
        "die die die the the the der",  # a tie
        "",
        "12 345 678",
        "DER UND DIE, THE AND OF" * 300,  # longer than the sample the stop words are counted in
    ],
)
def test_decimal_comma_as_before(text: str) -> None:
    assert writes_decimal_comma(text) is _old_writes_decimal_comma(text)


# --- a measure's aside: a verb of saying kept as the loop goes, not read again at each word ------------------------


def _old_cut_at_aside(words: list[str]) -> list[str]:
    opinion = frozenset(OPINION_VERBS)
    for i, w in enumerate(words[1:], start=1):
        if i >= 2 and bare_word(w) in COPULAS and bare_word(words[i - 1]) in RELATIVES:
            participle = words[i + 1 : i + 2]
            if participle and bare_word(participle[0]).endswith("ed"):
                return [participle[0], *words[: i - 1]]
            return words[: i - 1]
        reported = any(bare_word(v) in opinion for v in words[1:i])
        if bare_word(w) in PHRASE_ENDS or (i >= 2 and bare_word(w) in COPULAS and not reported):
            return words[:i]
    return one_prepositional_phrase(words)


@pytest.mark.parametrize(
    "phrase",
    [
        "voters say Ruiz is honest",
        "voters think the mayor was right",
        "the gain that was expected by traders",
        "the gain that was large",
        "safety systems including braking",
        "miles per charge depending on the driving",
        "people killed in Europe in the 14th century",
        "the plan is popular",
        "residents who said the road is unsafe",
        "said",
        "",
        "staff believe , that costs are rising",
        "Voters SAY Ruiz IS honest",
    ],
)
def test_cut_at_aside_as_before(phrase: str) -> None:
    words = phrase.split()
    assert cut_at_aside(words) == _old_cut_at_aside(words)


# --- is a phrase a measure: kept per phrase and unit -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "unit"),
    [
        (None, "count"),
        ("", "percent"),
        ("budget", "percent"),
        ("of", "count"),
        ("milligrams a day", "milligrams"),
        ("from 5,425 to 5,641", "count"),
        ("cars", "cars"),
        ("below", "percent"),
        ("share of voters", "percent"),
    ],
)
def test_is_a_measure_answers_alike_asked_again(phrase: str | None, unit: str) -> None:
    first = is_a_measure(phrase, unit)
    assert is_a_measure(phrase, unit) is first
    assert getattr(is_a_measure, "__wrapped__", is_a_measure)(phrase, unit) is first


def test_is_a_measure_reads_a_phrase_once() -> None:
    is_a_measure("turnout among the invented voters", "percent")
    hits = is_a_measure.cache_info().hits  # type: ignore[attr-defined]
    is_a_measure("turnout among the invented voters", "percent")
    assert is_a_measure.cache_info().hits == hits + 1  # type: ignore[attr-defined]


# --- word-class unions built once, at import ------------------------------------------------------------------------


def _unions_built_in_functions(source: str) -> list[str]:
    """Each ``A | B`` of upper-case names (or their ``.keys()``, or a set literal) inside a function's body."""

    def is_constant(node: ast.expr) -> bool:
        if isinstance(node, ast.Name):
            return node.id.lstrip("_").isupper()
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "keys":
            return is_constant(node.func.value)
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
            return is_constant(node.left) and is_constant(node.right)
        return isinstance(node, ast.Set)

    found = []
    for function in ast.walk(ast.parse(source)):
        if isinstance(function, ast.FunctionDef):
            for node in ast.walk(function):
                union = isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr) and is_constant(node)
                if union and not (isinstance(node.left, ast.Set) and isinstance(node.right, ast.Set)):
                    found.append(f"{function.name}: {ast.unparse(node)}")
    return found


def test_no_rule_builds_a_union_of_word_classes_per_call() -> None:
    built = {
        str(path.relative_to(STATISTICS)): _unions_built_in_functions(path.read_text(encoding="utf-8"))
        for path in STATISTICS.rglob("*.py")
    }
    assert {name: unions for name, unions in built.items() if unions} == {}


def test_union_finder_finds_a_union() -> None:
    source = "def rule(w):\n    return w in FUNCTION | PREPOSITIONS or w in _OWN | {'to'} or w in A.keys() | B.keys()\n"
    assert len(_unions_built_in_functions(source)) == 3
    assert _unions_built_in_functions("X = A | B\ndef rule(w, x):\n    return w | x\n") == []


def test_shared_unions_are_their_classes() -> None:
    from newsprep.extract.statistics.measures import word_class_unions as unions
    from newsprep.extract.statistics.measures import word_classes as classes

    assert unions.FUNCTION_OR_PREPOSITION == classes.FUNCTION | classes.PREPOSITIONS
    assert unions.FUNCTION_OR_AUXILIARY == classes.FUNCTION | classes.AUXILIARIES
    assert unions.FUNCTION_AUXILIARY_OR_PREPOSITION == classes.FUNCTION | classes.AUXILIARIES | classes.PREPOSITIONS
    assert unions.AUXILIARY_OR_MODAL == classes.AUXILIARIES | classes.MODALS
    assert unions.AUXILIARY_OR_RELATIVE == classes.AUXILIARIES | classes.RELATIVES
    assert unions.NUMBER_WORD_OR_DETERMINER == classes.NUMBER_WORDS | classes.DETERMINERS
    assert {*classes.CHANGE_NOUNS, *classes.UP_DOWN} == unions.CHANGE_OR_DIRECTION_WORD
