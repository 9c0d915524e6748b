"""decode_raw: encodings, line endings, HTML extraction and the reasons a file is refused."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsprep.clean import clean_article
from newsprep.ingest import DecodedText, Reject, decode_raw
from tests.stages.builders import PROPERTY, hostile_text

LIMIT = 100_000


def decoded(data: bytes, source_path: str = "story.txt", max_bytes: int = LIMIT) -> DecodedText:
    result = decode_raw(data, source_path=source_path, max_bytes=max_bytes)
    assert isinstance(result, DecodedText), result
    return result


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        (b"Headline\n\nBody.\n", "Headline\n\nBody.\n", "utf-8"),
        (codecs.BOM_UTF8 + b"Headline\n\nBody.", "Headline\n\nBody.", "utf-8-sig"),
        (b"Headline\r\n\r\nBody.\r\n", "Headline\n\nBody.\n", "utf-8"),
        (b"Headline\r\rBody.\r", "Headline\n\nBody.\n", "utf-8"),
        (b"Mixed\r\nends\rhere\n", "Mixed\nends\nhere\n", "utf-8"),
        ('“Curly” and "straight" and ‘single’ — kept'.encode(), '“Curly” and "straight" and ‘single’ — kept', "utf-8"),
        # No compatibility normalisation: ligatures, circled digits and NBSP stay as written.
        ("ﬁnal ① café\u00a0x".encode(), "ﬁnal ① café\u00a0x", "utf-8"),
    ],
)
def test_utf8_text_is_kept_as_written(data: bytes, text: str, encoding: str) -> None:
    result = decoded(data)
    assert (result.text, result.encoding, result.is_html, result.warnings) == (text, encoding, False, ())


@pytest.mark.parametrize(
    "text",
    [
        "Sidewalk café permits — “a win,” said René’s sister.\n\nThe council voted Tuesday.",
        "Naïve résumé\r\n\r\nCrème brûlée at the Café Amélie, “twice.”",
    ],
)
def test_cp1252_bytes_are_detected_and_reported(text: str) -> None:
    result = decoded(text.encode("cp1252"))
    assert result.encoding == "cp1252"
    assert result.text == text.replace("\r\n", "\n")
    assert len(result.warnings) == 1 and "cp1252" in result.warnings[0]


@pytest.mark.parametrize(
    ("data", "max_bytes", "reason"),
    [
        (b"", LIMIT, "empty"),
        (b"   \n\t\r\n  ", LIMIT, "whitespace_only"),
        (codecs.BOM_UTF8 + b"\n\n", LIMIT, "whitespace_only"),
        (b"Headline\x00\x00body", LIMIT, "binary"),
        (b"\x89PNG\r\n\x1a\n" + b"x" * 40, LIMIT, "binary"),
        (b"%PDF-1.7\n" + b"x" * 40, LIMIT, "binary"),
        (bytes([1, 2, 3, 4, 5, 6, 7, 8]) * 10, LIMIT, "binary"),
        (b"\x81\x8d\x8f\x90\x9d\xfe\xff" * 20, LIMIT, "undecodable"),
        (b"a" * 101, 100, "too_large"),
        (b"<html><body><nav><a href='/'>Home</a></nav></body></html>", LIMIT, "no_article_text"),
    ],
)
def test_unusable_files_are_rejected_with_a_reason(data: bytes, max_bytes: int, reason: str) -> None:
    result = decode_raw(data, source_path="raw/odd-file.txt", max_bytes=max_bytes)
    assert isinstance(result, Reject)
    assert (result.reason, result.stage, result.source_path) == (reason, "ingest", "raw/odd-file.txt")
    assert "raw/odd-file.txt" in result.detail and result.detail.endswith(".")


def test_size_limit_is_inclusive() -> None:
    assert isinstance(decode_raw(b"a" * 100, source_path="a.txt", max_bytes=100), DecodedText)


PAGE = """<!DOCTYPE html>
<html><head><title>Storm knocks out power | The Ledger</title></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Storm knocks out power across Portville</h1>
<figure><img src="a.jpg" alt=""><figcaption>Crews repair lines in Portville on Tuesday.
<span class="credit">Jane Roe/AP</span></figcaption></figure>
<p>PORTVILLE, Maine — A storm cut power to thousands of homes on Tuesday, the utility said.</p>
<p>“It sounded like a train,” said Mary Lee, who lives near the harbor.</p>
<h2>Repairs could take days</h2>
<p>The utility said most customers should have power back by Friday.</p>
<figure><img src="b.jpg" alt=""><figcaption>A fallen tree blocks Harbor Road. <small>Courtesy of Sam Poe</small>
</figcaption></figure>
<p>Sam Poe contributed reporting from Augusta.</p>
</article><footer><p>© The Ledger</p></footer></body></html>
"""

TEXT_VERSION = """Storm knocks out power across Portville

Enlarge this image

Crews repair lines in Portville on Tuesday.

Jane Roe/AP

PORTVILLE, Maine — A storm cut power to thousands of homes on Tuesday, the utility said.

“It sounded like a train,” said Mary Lee, who lives near the harbor.

Repairs could take days

The utility said most customers should have power back by Friday.

Enlarge this image

A fallen tree blocks Harbor Road.

Courtesy of Sam Poe

Sam Poe contributed reporting from Augusta.
"""


@pytest.mark.parametrize("source_path", ["page.html", "page.htm", "page.txt"])
def test_html_gives_the_same_article_as_the_scraped_text(source_path: str) -> None:
    result = decoded(PAGE.encode(), source_path=source_path)
    assert result.is_html
    assert "<" not in result.text and "The Ledger" not in result.text
    assert clean_article(result.text) == clean_article(TEXT_VERSION)


def test_html_figcaption_becomes_a_caption_with_its_credit() -> None:
    article = clean_article(decoded(PAGE.encode(), source_path="page.html").text)
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Crews repair lines in Portville on Tuesday.", "Jane Roe/AP"),
        ("A fallen tree blocks Harbor Road.", "Courtesy of Sam Poe"),
    ]
    assert article.dateline == "PORTVILLE, Maine"
    assert article.contributors == ("Sam Poe",)


def test_html_in_cp1252_is_decoded_then_extracted() -> None:
    page = PAGE.replace("Mary Lee", "René Lée")
    result = decoded(page.encode("cp1252"), source_path="page.html")
    assert result.encoding == "cp1252" and result.is_html
    assert "“It sounded like a train,” said René Lée" in result.text


def test_plain_text_mentioning_tags_is_not_html() -> None:
    text = "Headline\n\nThe <p> tag and a < b comparison are just words here."
    assert decoded(text.encode()).is_html is False


_ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "latin-1", "cp1252")
_RAW_BYTES = st.one_of(
    st.binary(max_size=2000),
    st.builds(lambda text, enc: text.encode(enc, errors="replace"), hostile_text(), st.sampled_from(_ENCODINGS)),
)


@PROPERTY
@given(_RAW_BYTES, st.sampled_from([10, 1000, 50_000_000]))
@example(b"\xef\xbb\xbf\xef\xbb\xbf", 10)  # found by this test: a second BOM was kept as text
def test_any_bytes_give_text_or_a_reject_naming_the_file(data: bytes, max_bytes: int) -> None:
    result = decode_raw(data, source_path="in [x] é.txt", max_bytes=max_bytes)
    assert result == decode_raw(data, source_path="in [x] é.txt", max_bytes=max_bytes)
    if isinstance(result, Reject):
        assert result.reason and "in [x] é.txt" in result.detail
    else:
        assert isinstance(result, DecodedText)
        assert result.text.strip() and "\r" not in result.text and not result.text.startswith("\ufeff")
        assert len(data) <= max_bytes


_PLAIN = st.text(
    alphabet=st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters="<\ufeff")
    | st.sampled_from("\n\r\t"),
    min_size=1,
    max_size=300,
).filter(str.strip)


@settings(max_examples=200)
@given(_PLAIN)
def test_utf8_text_round_trips_except_line_endings(text: str) -> None:
    result = decoded(text.encode("utf-8"))
    assert result.text == text.replace("\r\n", "\n").replace("\r", "\n")
    assert result.encoding == "utf-8"
