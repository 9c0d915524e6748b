"""Outlet profiles: the six outlets' fixtures clean to their gold, body lines that only look like furniture stay, a
user's profile from a folder cleans a new shape, and a bad profile is refused with its file and field named."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from pydantic import ValidationError

from newsprep.clean import ProfileError, builtin_profiles, clean_article, load_profiles
from newsprep.clean.caption_markers import text_key
from newsprep.clean.profiles import read_folder
from newsprep.config import PipelineSettings

OUTLETS = Path(__file__).resolve().parents[2] / "fixtures" / "outlets"


def _fixtures() -> list[Path]:
    return sorted((OUTLETS / "raw").glob("*.txt"))


@pytest.mark.parametrize("raw", _fixtures(), ids=lambda p: p.stem)
def test_outlet_fixture_cleans_to_its_gold(raw: Path) -> None:
    gold = json.loads((OUTLETS / "gold" / f"{raw.stem}.json").read_text(encoding="utf-8"))
    result = clean_article(raw.read_text(encoding="utf-8"))
    assert result.outlet == raw.stem.split("-")[0]  # the name is the test's check, never the cleaner's input
    assert result.title == gold["title"]
    assert result.dateline == gold["dateline"]
    assert [p.text for p in result.paragraphs] == gold["clean_paragraphs"]
    assert [(c.text, c.credit) for c in result.captions] == [(c["text"], c["credit"]) for c in gold["captions"]]
    assert [p.text for p in result.paragraphs if p.kind == "heading"] == gold["headings"]
    assert list(result.contributors) == gold["contributors"]
    kept = {text_key(p.text) for p in result.paragraphs}
    assert not [line for line in gold["boilerplate"] if text_key(line) in kept]


def test_every_outlet_has_a_builtin_profile_and_two_fixtures() -> None:
    names = {p.name for p in builtin_profiles()}
    assert names >= {"npr", "ap", "reuters", "guardian", "bbc", "nyt", "cnn"}
    for name in names - {"npr"}:
        assert len([raw for raw in _fixtures() if raw.stem.startswith(f"{name}-")]) >= 2, name


def test_a_page_with_no_outlet_marks_gets_no_outlet_and_no_furniture_removed() -> None:
    text = "Headline\n\nBy Jane Roe\n\nShare\n\nAdvertisement\n\nThe council met on Tuesday.\n\nRelated topics"
    result = clean_article(text)
    assert result.outlet is None
    assert [p.text for p in result.paragraphs] == [
        "By Jane Roe",
        "Share",
        "Advertisement",
        "The council met on Tuesday.",
        "Related topics",
    ]


def test_npr_is_a_profile_its_caption_buttons_come_from() -> None:
    text = (
        "Headline\n\nA protester waves a flag.\n\nJane Roe/NPR\n\nhide caption\n\ntoggle caption\n\nJane Roe/NPR\n\n"
        "A protester waves a flag.\n\nJane Roe/NPR\n\nThe march began at noon."
    )
    result = clean_article(text)
    assert result.outlet == "npr"
    assert [(c.text, c.credit) for c in result.captions] == [("A protester waves a flag.", "Jane Roe/NPR")]
    without_npr = tuple(p for p in builtin_profiles() if p.name != "npr")
    assert "hide caption" in clean_article(text, without_npr).clean_text


# ---- body lines that only look like furniture stay ---------------------------------------------------------------

_AP_HEAD = "A headline\n\nBy JANE ROE\n\nUpdated 4:18 PM EST, December 1, 2026\n\n"
_AP_OPENING = "PINECREST, Nev. (AP) — The reservoir fell to 18% of its capacity, officials said on Tuesday.\n\n"
_FILLER = "".join(f"Paragraph {n} of the story goes on about the reservoir and the town.\n\n" for n in range(14))
_REUTERS_HEAD = "A headline\n\nBy Jane Roe\n\nDec 4 (Reuters) - Vindrup sold green bonds on Friday, bankers said.\n\n"
_CNN_HEAD = "A headline\n\nBy Jane Roe, CNN\n\n(CNN) — A hiker was found alive on Wednesday, the sheriff said.\n\n"
_NYT_HEAD = "A headline\n\nSupported by\n\nSKIP ADVERTISEMENT\n\nShare full article\n\nBy Jane Roe\n\n"
_GUARDIAN_TAIL = "\n\nExplore more on these topics\nLibraries\nnews\n\nShare\n\nReuse this content"


@pytest.mark.parametrize(
    ("page", "body_line"),
    [
        (_AP_HEAD + _AP_OPENING + "{line}\n\nThe end.", "Share prices of Calder Valley Water Co. fell 3% on Tuesday."),
        (_AP_HEAD + _AP_OPENING + "{line}\n\nThe end.", "By the end of the day, 35 buses were running."),
        (_AP_HEAD + _AP_OPENING + "{line}\n\nThe end.", "Updated figures show attendance fell to 71%."),
        (_AP_HEAD + _AP_OPENING + _FILLER + "{line}\n\nThe end.", "Share"),  # a one-word paragraph, mid-story
        (_AP_HEAD + _AP_OPENING + _FILLER + "{line}\n\nThe end.", "X"),  # a share-menu word, away from the menu
        (_REUTERS_HEAD + "{line}\n\nThe end.", "Copyright disputes over turbine designs had weighed on the company."),
        (_REUTERS_HEAD + "{line}\n\nThe end.", "Related deals are expected before the year ends."),
        (_REUTERS_HEAD + "{line}\n\nThe end.", "Shares in Minera Quillagua fell 6.1% in Santiago."),
        (_CNN_HEAD + "They searched the canyon floor.\n\n{line}\n\nThen a drone pilot saw a glint.", "Nothing."),
        (_CNN_HEAD + "{line}\n\nThe end.", "Share the trip plan with someone, rescuers say."),
        (_CNN_HEAD + "He rested.\n\n{line}\n\nHe walked on.", "Related article"),  # a sentence follows, no headline
        (_NYT_HEAD + "The store closed.\n\n{line}\n\nMargins, he said.", "Why?"),
        (_NYT_HEAD + "{line}\n\nThe end.", "Supported by a $250,000 grant, the co-op bought shelving."),
        (
            _NYT_HEAD + "The city voted.\n\n{line}\n\nThe end.",
            "“Advertisement?” the mayor asked when a reporter used it.",
        ),
        ("A headline\n\nThe council met.\n\n{line}" + _GUARDIAN_TAIL, "By March 2027, six more branches will close."),
        (
            "A headline\n\nThe council met.\n\n{line}" + _GUARDIAN_TAIL,
            "Everything related to the tram has taken years.",
        ),
    ],
)
def test_a_body_line_that_only_looks_like_furniture_stays(page: str, body_line: str) -> None:
    result = clean_article(page.format(line=body_line))
    assert result.outlet is not None
    assert body_line in [p.text for p in result.paragraphs]


def test_the_same_words_in_their_furniture_place_go() -> None:
    page = _AP_HEAD + "Share\nCopy\nLink copied\nEmail\nX\n\n" + _AP_OPENING + "The end."
    assert [p.text for p in clean_article(page).paragraphs] == [_AP_OPENING.strip(), "The end."]


def test_a_block_without_its_end_line_takes_nothing() -> None:
    page = "A headline\n\nskip past newsletter promotion\n\nThe council met.\n\nIt voted." + _GUARDIAN_TAIL
    assert "skip past newsletter promotion" in [p.text for p in clean_article(page).paragraphs]


# ---- a user's own profile -----------------------------------------------------------------------------------------

_GAZETTE = r"""
name = "harbour-gazette"
description = "The Harbour Gazette, an invented paper: a shape no built-in profile knows"
marks = ['^— The Harbour Gazette —$']
tail_lines = 4

[[caption]]
line = 'PICTURED: (?P<text>.+?) \[Photo: (?P<credit>[^\]]+)\]'

[[dateline]]
pattern = '(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)*) \| '

[contributors]
clauses = ['Reported by (?P<names>.+?)\.?']

[[furniture]]
line = 'Sponsored content'

[[furniture]]
line = 'Read next:'
then = 2

[[furniture]]
line = '— The Harbour Gazette —'
zone = "tail"
"""

_GAZETTE_PAGE = """Harbour wall to be rebuilt after storm

Sponsored content

PICTURED: Waves break over the old harbour wall on Sunday. [Photo: Ines Marlow/Gazette]

Porthleven | The harbour wall will be rebuilt next spring, the town council said on Monday.

Sponsored content

The work will cost £2.1m, most of it from a coastal fund.

Read next:
Ferry timetable changes
Lifeboat crew honoured

Reported by Tomas Penrose and Ada Quill.

— The Harbour Gazette —
"""


def test_a_profile_from_a_users_folder_cleans_a_new_shape(tmp_path: Path) -> None:
    (tmp_path / "gazette.toml").write_text(_GAZETTE, encoding="utf-8")
    before = clean_article(_GAZETTE_PAGE)
    assert before.outlet is None and not before.captions  # no built-in profile knows this shape
    result = clean_article(_GAZETTE_PAGE, load_profiles(tmp_path))
    assert result.outlet == "harbour-gazette"
    assert [(c.text, c.credit) for c in result.captions] == [
        ("Waves break over the old harbour wall on Sunday.", "Ines Marlow/Gazette")
    ]
    assert [p.text for p in result.paragraphs] == [
        "Porthleven | The harbour wall will be rebuilt next spring, the town council said on Monday.",
        "The work will cost £2.1m, most of it from a coastal fund.",
        "Reported by Tomas Penrose and Ada Quill.",
    ]
    assert result.dateline == "Porthleven"
    assert result.contributors == ("Tomas Penrose", "Ada Quill")
    assert [p.kind for p in result.paragraphs][-1] == "contributor"
    assert PipelineSettings(profiles_dir=tmp_path).profiles_dir == tmp_path


def test_the_readme_example_profile_loads_and_cleans_the_gazette(tmp_path: Path) -> None:
    readme = (Path(__file__).resolve().parents[3] / "README.md").read_text(encoding="utf-8")
    example = readme.split("```toml\n", 1)[1].split("```", 1)[0]
    (tmp_path / "harbour-gazette.toml").write_text(example, encoding="utf-8")
    result = clean_article(_GAZETTE_PAGE, load_profiles(tmp_path))
    assert result.outlet == "harbour-gazette"
    assert len(result.paragraphs) == 3 and len(result.captions) == 1


def test_a_users_profile_of_a_builtin_name_replaces_it(tmp_path: Path) -> None:
    (tmp_path / "cnn.toml").write_text('name = "cnn"\nmarks = ["^Nothing matches this$"]\n', encoding="utf-8")
    raw = OUTLETS / "raw" / "cnn-missing-hiker.txt"
    assert clean_article(raw.read_text(encoding="utf-8"), load_profiles(tmp_path)).outlet is None


# ---- a bad profile is refused at start, naming its file and field ---------------------------------------------------


@pytest.mark.parametrize(
    ("toml", "field"),
    [
        ('marks = ["x"]\n', "name:"),
        ('name = "Big Paper"\nmarks = ["x"]\n', "name:"),
        ('name = "p"\nmarks = []\n', "marks:"),
        ('name = "p"\nmarks = ["(unclosed"]\n', "marks[0]: bad regular expression"),
        ('name = "p"\nmarks = ["x"]\ncolour = "red"\n', "colour: unknown field"),
        ('name = "p"\nmarks = ["x"]\n[[furniture]]\nline = "Ad"\nzone = "middle"\n', "furniture[0].zone:"),
        ('name = "p"\nmarks = ["x"]\n[[furniture]]\nzone = "head"\n', "furniture[0].line: missing"),
        ('name = "p"\nmarks = ["x"]\n[[furniture]]\nline = "Ad"\nthen = 1\ngroup = true\n', "furniture[0].group:"),
        ('name = "p"\nmarks = ["x"]\n[[furniture]]\nline = "Ad"\nthen = -1\n', "furniture[0].then:"),
        ('name = "p"\nmarks = ["x"]\n[[caption]]\nline = "(.+) Photo: (.+)"\n', "caption[0].line: the pattern needs"),
        ('name = "p"\nmarks = ["x"]\n[[caption]]\nline = "(?P<text>.+)"\nwhere = 1\n', "caption[0].where: unknown"),
        ('name = "p"\nmarks = ["x"]\n[contributors]\nclauses = ["By (.+)"]\n', "contributors.clauses[0]:"),
        ('name = "p"\nmarks = ["x"]\n[buttons]\nhide = "hide"\n', "buttons.hide:"),
        ('name = "p"\nmarks = ["x"\n', "not a UTF-8 TOML file"),
    ],
)
def test_a_bad_profile_is_refused_with_its_file_and_field(tmp_path: Path, toml: str, field: str) -> None:
    (tmp_path / "paper.toml").write_text(toml, encoding="utf-8")
    with pytest.raises(ProfileError) as refused:
        read_folder(tmp_path)
    message = str(refused.value)
    assert "\n" not in message
    assert message.startswith(f"outlet profile {tmp_path / 'paper.toml'}: {field}")
    with pytest.raises(ValidationError, match=r"paper\.toml"):
        PipelineSettings(profiles_dir=tmp_path)


def test_two_profiles_of_one_name_in_a_folder_are_refused(tmp_path: Path) -> None:
    for stem in ("a", "b"):
        (tmp_path / f"{stem}.toml").write_text('name = "same"\nmarks = ["x"]\n', encoding="utf-8")
    with pytest.raises(ProfileError, match=r"b\.toml: name: 'same' is also the name in .*a\.toml"):
        read_folder(tmp_path)


def test_hostile_long_lines_clean_quickly_with_every_profile_matched() -> None:
    marks = ["PARIS (AP) — x.", "Image caption, y", "Explore more on these topics", "(CNN) — a.", "SKIP ADVERTISEMENT"]
    hostile = [
        "SHE'S BEEN QUESTIONED BY OTHER SURGEONS " * 80,
        "A " * 4000,
        "By " + "Aa and " * 1000,
        "Ab. " * 2000,
        "Tom " * 3000,
        "Reporting by " + "Ab Cd in Ef, " * 500,
        "Associated Press writer " + "Ab Cd in Ef Gh, " * 400 + "contributed",
    ]
    started = time.perf_counter()
    result = clean_article("Title\n\n" + "\n\n".join(marks + hostile + ["Dec 4 (Reuters) - a", "hide caption"]))
    assert time.perf_counter() - started < 3.0
    assert set(result.outlet.split("+")) >= {"ap", "bbc", "guardian", "cnn", "nyt", "npr"}  # type: ignore[union-attr]


# ---- the run: the outlet column, and the profiles in the pipeline key ---------------------------------------------


def test_the_documents_table_names_the_outlet_a_users_profile_matched(tmp_path: Path) -> None:
    from newsprep.ingest import RawFile
    from newsprep.run.batch import process_batch
    from newsprep.tables import conform

    (tmp_path / "gazette.toml").write_text(_GAZETTE, encoding="utf-8")
    raws = [
        RawFile("gazette.txt", _GAZETTE_PAGE.encode()),
        RawFile("plain.txt", b"Headline\n\nThe council met on Tuesday and voted to close the library.\n"),
        RawFile("cnn.txt", (OUTLETS / "raw" / "cnn-missing-hiker.txt").read_bytes()),
    ]
    frames = process_batch(raws, PipelineSettings(profiles_dir=tmp_path), workers=1)
    documents = conform("documents", frames["documents"]).sort("source_path")
    assert documents.select("source_path", "outlet").rows() == [
        ("cnn.txt", "cnn"),
        ("gazette.txt", "harbour-gazette"),
        ("plain.txt", None),
    ]


def test_editing_a_users_profile_changes_the_pipeline_key(tmp_path: Path) -> None:
    from newsprep.run.plan import pipeline_key

    folders = [tmp_path / "one", tmp_path / "two"]
    for folder, tail in zip(folders, ("tail", "any"), strict=True):
        folder.mkdir()
        (folder / "gazette.toml").write_text(_GAZETTE.replace('zone = "tail"', f'zone = "{tail}"'), encoding="utf-8")
    keys = {pipeline_key(PipelineSettings(profiles_dir=folder)) for folder in folders}
    assert len(keys) == 2
    assert pipeline_key(PipelineSettings()) not in keys
