"""clean_article: captions found by structure, paragraph kinds, dateline, contributors, and its invariants."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsprep.clean.article import clean_article, contributor_names, is_heading
from newsprep.clean.caption_markers import split_marker_lines, text_key
from newsprep.clean.profiles import builtin_profiles
from newsprep.ingest import DecodedText, decode_raw
from newsprep.model import CleanArticle
from tests.stages.builders import PROPERTY, hostile_text

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"

CAP = "Firefighters stand near a burned barn outside Dover on Monday."
CRED = "Jane Roe/AP"
LEAD = "DOVER, Del. — A fire destroyed a barn on Monday, officials said."
TAIL = "Nobody was hurt, the fire chief said."


def article(*blocks: str) -> str:
    return "\n\n".join(["Barn fire in Dover", LEAD, *blocks, TAIL])


# (layout, expected caption occurrences)
LAYOUTS = [
    (f"{CAP}\n\nhide caption\n\ntoggle caption\n\n{CRED}", 1),
    (f"{CAP}\n\n{CRED}\n\n\nhide caption\n\ntoggle caption\n\n{CRED}\n\n{CAP}\n\n{CRED}", 2),
    (f"{CAP}\n\n{CRED}\n\nhide caption\n\n{CAP}\n\ntoggle caption\n\n{CRED}\n\n{CAP}\n\n{CRED}", 3),
    (f"{CAP} {CRED}\n\nhide caption\n\ntoggle caption\n\n{CAP} {CRED}", 2),
    (f"{CAP} {CRED}\n\nhide caption\n\ntoggle caption\n\n{CRED}\n\n{CAP} {CRED}", 2),
    (f"Enlarge this image\n\ntoggle caption\n\n{CRED}\n\n{CAP}\n\n{CRED}", 1),
    (f"Enlarge this image\n\n{CAP}\n\n{CRED}", 1),
    (f"Enlarge this image\n\n{CAP} {CRED}", 1),
    (f"{CAP} hide caption\n\ntoggle caption\n\n{CRED}", 1),
    # missing and extra blank lines, stray spaces and tabs
    (f"\t{CAP}  \n{CRED}\n \n\t\n\nhide caption\t\n  toggle caption\n{CRED} \n{CAP}\n\n\n\n\t{CRED}", 2),
]


@pytest.mark.parametrize(("layout", "occurrences"), LAYOUTS)
def test_caption_layouts_give_one_caption_and_clean_paragraphs(layout: str, occurrences: int) -> None:
    result = clean_article(article(layout))
    assert [(c.text, c.credit, c.occurrences) for c in result.captions] == [(CAP, CRED, occurrences)]
    assert [p.text for p in result.paragraphs] == [LEAD, TAIL]
    assert result.title == "Barn fire in Dover"


@pytest.mark.parametrize(
    "credit",
    [
        "Jane Roe/AP",
        "Kim Bo/AFP via Getty Images",
        "Sam Lee for NPR",
        "Courtesy of Ana Ruiz",
        "NASA",
        "Getty Images",
        "Thomas Peter/Pool Photo via AP",
        "iStockphoto",
    ],
)
@pytest.mark.parametrize("shape", ["twice", "once", "enlarge", "glued"])
def test_credit_styles(credit: str, shape: str) -> None:
    layout = {
        "twice": f"{CAP}\n\n{credit}\n\nhide caption\n\ntoggle caption\n\n{credit}\n\n{CAP}\n\n{credit}",
        "once": f"{CAP}\n\nhide caption\n\ntoggle caption\n\n{credit}",
        "enlarge": f"Enlarge this image\n\n{CAP}\n\n{credit}",
        "glued": f"{CAP} {credit}\n\nhide caption\n\ntoggle caption\n\n{credit}\n\n{CAP} {credit}",
    }[shape]
    result = clean_article(article(layout))
    assert [(c.text, c.credit) for c in result.captions] == [(CAP, credit)]
    assert [p.text for p in result.paragraphs] == [LEAD, TAIL]


def test_heading_before_a_photo_and_two_photos_in_a_row_stay_apart() -> None:
    other, other_credit = "A tractor sits in a field near the barn.", "Sam Lee for NPR"
    text = article(
        "What investigators know",
        f"{CAP}\n\n{CRED}\n\nhide caption\n\ntoggle caption\n\n{CRED}\n\n{CAP}\n\n{CRED}",
        f"Enlarge this image\n\n{other}\n\n{other_credit}",
        "Investigators are looking at the wiring.",
    )
    result = clean_article(text)
    assert [(c.text, c.credit) for c in result.captions] == [(CAP, CRED), (other, other_credit)]
    assert [(p.kind, p.text) for p in result.paragraphs] == [
        ("body", LEAD),
        ("heading", "What investigators know"),
        ("body", "Investigators are looking at the wiring."),
        ("body", TAIL),
    ]


def test_text_that_repeats_far_from_markers_is_not_a_caption() -> None:
    text = article("___", f"{CAP}\n\nhide caption\n\ntoggle caption\n\n{CRED}", "___", "___")
    result = clean_article(text)
    assert [(c.text, c.credit) for c in result.captions] == [(CAP, CRED)]
    assert [p.text for p in result.paragraphs] == [LEAD, "___", "___", "___", TAIL]


def test_a_line_the_article_repeats_around_a_photo_is_not_taken_for_its_caption() -> None:
    # An embedded tweet's signature printed after each tweet, one of them just before a photo: it stands on both
    # sides of the buttons too, and is longer than the caption, but its copies are further from them.
    tweet = "— The Fenwick County Council of Elders (@FenwickCouncil) October 9, 2018"
    block = f"{CAP}\n\n{CRED}\n\n\nhide caption\n\ntoggle caption\n\n{CRED}\n\n{CAP}\n\n{CRED}"
    text = article("Observe a minute of silence.", tweet, block, "The council adjourned at noon.", tweet)
    result = clean_article(text)
    assert [(c.text, c.credit, c.occurrences) for c in result.captions] == [(CAP, CRED, 2)]
    assert CAP not in result.clean_text and result.clean_text.count(tweet) == 2


@pytest.mark.parametrize(
    ("first_paragraph", "dateline"),
    [
        ("TAIPEI, Taiwan — Rapprochement or retrenchment?", "TAIPEI, Taiwan"),
        ("PORT ALDER — Riders will pay more.", "PORT ALDER"),
        ("LAKE CORBIN, Minn. — For most of the last century, the town grew grain.", "LAKE CORBIN, Minn."),
        ("ST. JOSEPH, Mich. (AP) — Health officials said.", "ST. JOSEPH, Mich."),
        ("WASHINGTON (Reuters) - Scientists said.", "WASHINGTON"),
        ("BERLIN -- The agency said.", "BERLIN"),
        ("DUBAI, United Arab Emirates — The airline said.", "DUBAI, United Arab Emirates"),
        ("U.S. officials — and their allies — disagree.", None),
        ("The mayor spoke on Tuesday — briefly.", None),
        ("RENATA OKAFOR, HOST: Ranchers are selling cattle.", None),
    ],
)
def test_dateline(first_paragraph: str, dateline: str | None) -> None:
    result = clean_article(f"Headline\n\n{first_paragraph}\n\nMore text follows here.")
    assert result.dateline == dateline
    assert result.paragraphs[0].text == first_paragraph


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Aowen Cao contributed research from Beijing.", ("Aowen Cao",)),
        ("Jill Amato contributed reporting from Harrisburg.", ("Jill Amato",)),
        ("Ana Ruiz and Sam Lee contributed reporting.", ("Ana Ruiz", "Sam Lee")),
        (
            "Owen Castillo, Beth Navarro and Sam Whitaker contributed reporting from Frankfort and Lexington.",
            ("Owen Castillo", "Beth Navarro", "Sam Whitaker"),
        ),
        ("NPR's Jane Doe contributed to this report.", ("Jane Doe",)),
        ("Ana Ruiz contributed reporting from Lima. Sam Lee contributed research.", ("Ana Ruiz", "Sam Lee")),
        ("The company said it contributed research funds to the university.", ()),
        ("Everyone who contributed reporting was thanked.", ()),
    ],
)
def test_contributor_names(text: str, names: tuple[str, ...]) -> None:
    assert contributor_names(text) == names


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("This is a step toward communication", True),
        ("Neither China nor the U.S. is backing down on key issues", True),
        ("Here’s why this trip matters.", False),
        ("What comes next?", False),
        ("(SOUNDBITE OF MUSIC)", False),
        ("RENATA OKAFOR, HOST:", False),
        ("“A quote without its closing mark", False),
        ("14 Dana Kessler 2190 0 2 5 9", False),
        ("lowercase start is a fragment", False),
        ("A very long line that goes on and on without any punctuation because it is a body paragraph really", False),
    ],
)
def test_is_heading(text: str, heading: bool) -> None:
    assert is_heading(text) is heading


def test_headings_only_between_body_paragraphs() -> None:
    result = clean_article("Title\n\nFirst line no dot\n\nBody one.\n\nA sub-heading\n\nBody two.\n\nLast line no dot")
    assert [p.kind for p in result.paragraphs] == ["body", "body", "heading", "body", "body"]


def test_radio_transcript_turns_stay_body_paragraphs() -> None:
    turns = [
        "RENATA OKAFOR, HOST: Ranchers are selling cattle they can no longer feed.",
        "(SOUNDBITE OF AUCTIONEER CHANTING)",
        "DYLAN MARSH, BYLINE: The barn is busier than ever.",
        "WES HARLAN: These are good cows.",
        "(SOUNDBITE OF MUSIC)",
        "MARSH: For NPR News, I’m Dylan Marsh.",
    ]
    result = clean_article("Ranchers sell off herds\n\n" + "\n\n".join(turns))
    assert [(p.kind, p.text) for p in result.paragraphs] == [("body", t) for t in turns]
    assert result.dateline is None and result.captions == ()


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t\n", "only a title"])
def test_degenerate_input(text: str) -> None:
    result = clean_article(text)
    assert result.paragraphs == () and result.clean_text == "" and result.captions == ()
    assert result.title == text.strip()


# ---- golden fixtures -------------------------------------------------------------------------------------


def _fixture_pairs() -> list[tuple[Path, Path]]:
    pairs = []
    for gold in sorted((FIXTURES / "gold").glob("*.json")):
        raws = sorted((FIXTURES / "raw").glob(f"{gold.stem}.*"))
        if raws:
            pairs.append((raws[0], gold))
    return pairs


@pytest.mark.parametrize(("raw", "gold"), _fixture_pairs(), ids=lambda p: p.stem)
def test_golden_fixture(raw: Path, gold: Path) -> None:
    expected = json.loads(gold.read_text(encoding="utf-8"))
    decoded = decode_raw(raw.read_bytes(), source_path=raw.name, max_bytes=5_000_000)
    assert isinstance(decoded, DecodedText)
    result = clean_article(decoded.text)
    assert result.title == expected["title"]
    assert result.dateline == expected["dateline"]
    assert [p.text for p in result.paragraphs] == expected["clean_paragraphs"]
    assert [(c.text, c.credit) for c in result.captions] == [(c["text"], c["credit"]) for c in expected["captions"]]
    assert [p.text for p in result.paragraphs if p.kind == "heading"] == expected["headings"]
    assert list(result.contributors) == expected["contributors"]
    lowered = result.clean_text.casefold()
    assert not any(m in lowered for m in ("hide caption", "toggle caption", "enlarge this image"))


def test_fixture_set_covers_the_variants() -> None:
    stems = {raw.stem for raw, _ in _fixture_pairs()}
    assert len(stems) >= 12
    raws = {p.suffix for p in (FIXTURES / "raw").iterdir()}
    assert ".html" in raws


# ---- properties ------------------------------------------------------------------------------------------

_PIECES = st.sampled_from(
    [
        "hide caption",
        "toggle caption",
        "Enlarge this image",
        CAP,
        CRED,
        f"{CAP} {CRED}",
        "NASA",
        "Courtesy of Ana Ruiz",
        LEAD,
        TAIL,
        "A sub-heading",
        "Ana Ruiz and Sam Lee contributed reporting from Lima.",
        "WES HARLAN: These are good cows.",
        "",
        " \t",
        "\r\n",
    ]
)
_ARTICLES = st.lists(_PIECES | st.text(max_size=40), max_size=25).map("\n".join)
_ANY_TEXT = st.text(max_size=400) | _ARTICLES


def _check_offsets(result: CleanArticle) -> None:
    assert result.clean_text == "\n\n".join(p.text for p in result.paragraphs)
    for idx, para in enumerate(result.paragraphs):
        assert para.idx == idx
        assert result.clean_text[para.char_start : para.char_end] == para.text


@PROPERTY
@given(st.one_of(_ANY_TEXT, hostile_text()))
def test_never_raises_and_offsets_slice_clean_text(text: str) -> None:
    result = clean_article(text)
    assert result == clean_article(text)
    _check_offsets(result)
    assert [c.idx for c in result.captions] == list(range(len(result.captions)))
    assert all(c.occurrences >= 1 and c.text for c in result.captions)


@settings(max_examples=200)
@given(_ANY_TEXT)
def test_cleaning_is_idempotent(text: str) -> None:
    first = clean_article(text)
    second = clean_article(first.title + "\n\n" + first.clean_text)
    assert second.title == first.title
    assert second.paragraphs == first.paragraphs
    assert (second.dateline, second.contributors, second.captions) == (first.dateline, first.contributors, ())


@settings(max_examples=200)
@given(_ARTICLES)
def test_every_non_artifact_line_is_accounted_for(text: str) -> None:
    result = clean_article(text)
    kept = {text_key(p.text) for p in result.paragraphs}
    kept |= {text_key(c.text) for c in result.captions}
    kept |= {text_key(c.credit) for c in result.captions if c.credit}
    kept |= {text_key(f"{c.text} {c.credit}") for c in result.captions if c.credit}
    lines = text.splitlines()
    first = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
    npr_buttons = next(p.buttons for p in builtin_profiles() if p.name == "npr")
    for line in split_marker_lines(lines[first + 1 :], npr_buttons):
        if not line.marker:
            assert line.key in kept, line
