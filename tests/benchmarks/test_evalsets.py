"""The annotated evaluation sets: built from the shared corpus at run time, every span where the annotator put it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.corpus_lee import SOURCE_RELEASE, cache_dir
from benchmarks.evalsets import (
    ANNOTATIONS_DIR,
    ATTRIBUTION_CLASSES,
    CONSTRUCTION_SETS,
    GROUND_TRUTH,
    POLNEAR_RAW,
    AnnotationError,
    AnnotationMismatch,
    build_evalset,
    evalset_names,
    gold_for,
    load_annotations,
    read_bodies,
    span_hash,
)

BODY = "The mayor said “We will fix it” on Monday. Fares rose 12% last year, “slowly,” she said."


def _document(**extra: object) -> dict[str, object]:
    return {"id": "x", "stem": "doc-x", "headline": "Made-up headline", **extra}


def test_gold_reads_spans_from_the_body_and_joins_split_quotes() -> None:
    first, second = (BODY.index("We will"), BODY.index(" on Monday") - 1), (BODY.index("slowly"), BODY.index(",”"))
    split = [BODY[first[0] : first[1]], BODY[second[0] : second[1]]]
    stat = (BODY.index("12%"), BODY.index("12%") + 3)
    document = _document(
        quotes=[{"spans": [first, second], "hash": span_hash(" ".join(split)), "speaker": "Ana Ruiz"}],
        statistics=[
            {"span": stat, "hash": span_hash("12%"), "value": 12, "unit": "percent", "measures": "rise in fares"}
        ],
    )
    gold = gold_for(document, BODY)
    assert gold["quotes"][0]["text"] == "We will fix it slowly"
    assert gold["quotes"][0]["parts"] == ["We will fix it", "slowly"]
    assert gold["quotes"][0]["speaker_scorable"] is True
    assert gold["statistics"] == [{"text": "12%", "value": 12, "unit": "percent", "measures": "rise in fares"}]
    assert gold["title"] == "Made-up headline"


def test_gold_entities_are_read_from_the_body_at_their_span_with_their_label() -> None:
    body = "Ana Ruiz of the Tarvell Water Board spoke in Lindqvist. Ruiz said the board would meet."
    spans = [(0, 8, "PERSON"), (16, 35, "ORG"), (45, 54, "GPE")]
    entities = [{"span": [s, e], "hash": span_hash(body[s:e]), "label": label} for s, e, label in spans]
    gold = gold_for(_document(entities=entities), body)
    assert gold["entities"] == [
        {"text": "Ana Ruiz", "label": "PERSON"},
        {"text": "Tarvell Water Board", "label": "ORG"},
        {"text": "Lindqvist", "label": "GPE"},
    ]
    assert "quotes" not in gold and "statistics" not in gold  # the scorer scores only the keys a gold file has


@pytest.mark.parametrize(
    "entity", [{"span": [0, 8], "hash": "00000000", "label": "PERSON"}, {"span": [0, 3], "label": "PER"}]
)
def test_an_entity_with_a_wrong_hash_or_label_is_refused(entity: dict[str, object]) -> None:
    body = "Ana Ruiz spoke."
    if "hash" not in entity:
        entity = {**entity, "hash": span_hash(body[0:3])}
    with pytest.raises((AnnotationMismatch, AnnotationError)):
        gold_for(_document(entities=[entity]), body)


def test_gold_carries_the_attribution_labels_and_leaves_them_out_when_not_annotated() -> None:
    quoted = (BODY.index("We will"), BODY.index(" on Monday") - 1)
    labelled = {"attribution": "cue", "speaker_mention": "The mayor", "shared_surname": True}
    plain = {"spans": [quoted], "hash": span_hash(BODY[quoted[0] : quoted[1]]), "speaker": None}
    gold = gold_for(_document(quotes=[{**plain, **labelled}, plain]), BODY)
    first, second = gold["quotes"]
    assert {key: first[key] for key in labelled} == labelled
    assert first["speaker_scorable"] is False and first["speaker"] is None
    assert not set(labelled) & set(second)


def test_an_attribution_outside_the_classes_is_refused() -> None:
    quoted = (BODY.index("slowly"), BODY.index(",”"))
    quote = {"spans": [quoted], "hash": span_hash("slowly"), "speaker": "Ana Ruiz", "attribution": "pronon"}
    with pytest.raises(AnnotationError, match="doc-x quote 0: attribution 'pronon'"):
        gold_for(_document(quotes=[quote]), BODY)


@pytest.mark.parametrize("span", [(5, 9), (80, 200), (9, 5)])
def test_a_shifted_or_impossible_span_is_refused(span: tuple[int, int]) -> None:
    document = _document(statistics=[{"span": span, "hash": span_hash("12%"), "value": 12, "unit": "percent"}])
    with pytest.raises(AnnotationMismatch, match="doc-x statistic 0"):
        gold_for(document, BODY)


def test_refuses_to_write_inside_the_repository() -> None:
    with pytest.raises(SystemExit, match="inside the repository"):
        build_evalset("any", ANNOTATIONS_DIR / "out")


def test_a_polnear_body_is_the_raw_file_text_as_it_is(tmp_path: Path) -> None:
    """A ``"corpus": "polnear-dev"`` set's id is a raw file's stem and its body the file's whole text, headline line
    and trailing newline included, so offsets are into the file as published."""
    text = "Made-up title line.\n\nTurnout rose 12% in the county.\n"
    (tmp_path / "made-up-story.txt").write_text(text, encoding="utf-8")
    bodies = read_bodies("polnear-dev", ["made-up-story"], polnear_raw=tmp_path)
    assert bodies == {"made-up-story": text}
    stat = (text.index("12%"), text.index("12%") + 3)
    document = _document(statistics=[{"span": stat, "hash": span_hash("12%"), "value": 12, "unit": "percent"}])
    assert gold_for(document, bodies["made-up-story"])["statistics"][0]["text"] == "12%"


def test_an_unknown_corpus_is_refused() -> None:
    with pytest.raises(SystemExit, match="unknown corpus 'polnear-test'"):
        read_bodies("polnear-test", ["x"])


ANNOTATION_SETS = evalset_names()


def test_the_sets_are_the_annotated_files_of_both_corpora() -> None:
    assert {"aeb-statistics", "polnear-statistics-dev", "polnear-statistics-dev2", "polnear-statistics-heldout"} <= set(
        ANNOTATION_SETS
    )
    assert "polnear-identities" not in ANNOTATION_SETS  # labels of another kind, not an evaluation set


@pytest.mark.parametrize("name", ANNOTATION_SETS)
def test_every_committed_set_builds_against_the_shared_corpus(name: str, tmp_path: Path) -> None:
    for corpus in (GROUND_TRUTH, POLNEAR_RAW):
        if not corpus.exists():
            pytest.fail(f"a shared corpus is missing: expected {corpus} (../shared beside the clone, as in CI)")
    if load_annotations(name)["corpus"] == "lee" and not (cache_dir() / SOURCE_RELEASE).exists():
        pytest.skip("the Lee release is not cached here (fetching it is not a test's business)")
    raw_dir, gold_dir = build_evalset(name, tmp_path)
    raw_files, gold_files = sorted(raw_dir.iterdir()), sorted(gold_dir.iterdir())
    assert [p.stem for p in raw_files] == [p.stem for p in gold_files] and raw_files
    for gold_file in gold_files:
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        raw = (raw_dir / f"{gold_file.stem}.txt").read_text(encoding="utf-8")
        for quote in gold.get("quotes", []):
            assert all(part in raw for part in quote.get("parts", [quote["text"]]))
            # an unscorable quote is one whose text names nobody, and that is what attribution "none" says
            if "attribution" in quote:
                assert quote["attribution"] in ATTRIBUTION_CLASSES
                assert (quote["attribution"] == "none") == (quote["speaker"] is None) == (not quote["speaker_scorable"])
        for stat in gold.get("statistics", []):
            assert stat["text"] in raw


def _ids(name: str) -> set[str]:
    annotations = json.loads((ANNOTATIONS_DIR / f"{name}.json").read_text(encoding="utf-8"))
    return {document["id"] for document in annotations["documents"]}


def test_the_speaker_dev_set_shares_no_article_with_the_held_out_and_statistics_sets() -> None:
    """Rules are tuned on aeb-quotes-dev: none of its articles may be in the held-out aeb-quotes (or the statistics
    sets, another helper's)."""

    dev = _ids("aeb-quotes-dev")
    assert len(dev) >= 20
    for other in ("aeb-quotes", "aeb-statistics", "aeb-statistics-dev"):
        assert not dev & _ids(other), other


def test_the_second_speaker_dev_set_shares_no_article_with_the_quote_sets_and_the_held_out_statistics() -> None:
    """aeb-quotes-dev2 (round 7) was annotated blind to be unseen news for the speaker rules: none of its articles may
    be in the held-out aeb-quotes, in the first dev set (used up), in the held-out aeb-statistics, or in
    aeb-statistics-dev3 (which shares no article with any set)."""

    dev2 = _ids("aeb-quotes-dev2")
    assert len(dev2) >= 10
    for other in ("aeb-quotes", "aeb-quotes-dev", "aeb-statistics", "aeb-statistics-dev3"):
        assert not dev2 & _ids(other), other


LATER_QUOTE_SETS = ("aeb-quotes-dev3",)
"""Quote sets annotated after aeb-statistics-dev3 was first scored: they may share its articles (quotes only)."""


def test_the_third_speaker_dev_set_shares_no_article_with_the_quote_sets_and_the_held_out_sets() -> None:
    """aeb-quotes-dev3 (round 10) was annotated before newsprep ran on it, to give a first score on unseen text: none
    of its articles may be in another quote set or in a held-out set (aeb-quotes, aeb-statistics)."""

    dev3 = _ids("aeb-quotes-dev3")
    assert len(dev3) >= 20
    for other in ("aeb-quotes", "aeb-quotes-dev", "aeb-quotes-dev2", "aeb-statistics"):
        assert not dev3 & _ids(other), other


def test_the_statistics_sets_share_no_article_and_the_third_dev_set_none_with_any_set() -> None:
    """Each statistics set was annotated on articles no other statistics set holds (the held-out aeb-statistics stays
    unseen by the dev sets, and the two PolNeAR halves of round 6 share none); aeb-statistics-dev3 (round 5) shares
    no article with any set annotated before its first score, so that score is an estimate on unseen text (the
    later quote set aeb-quotes-dev3 labels quotes on seven of its articles).
    (aeb-statistics-dev2 and aeb-quotes-dev share one article.)"""

    statistics_sets = [name for name in ANNOTATION_SETS if "-statistics" in name]
    assert "aeb-statistics-dev3" in statistics_sets
    for n, name in enumerate(statistics_sets):
        for other in statistics_sets[n + 1 :]:
            assert not _ids(name) & _ids(other), (name, other)
    assert len(_ids("aeb-statistics-dev3")) >= 12
    for other in ANNOTATION_SETS:
        if other not in ("aeb-statistics-dev3", *LATER_QUOTE_SETS):
            assert not _ids("aeb-statistics-dev3") & _ids(other), other


def test_the_polnear_statistics_sets_share_no_article() -> None:
    """Round 6 split 23 annotated PolNeAR dev articles before scoring: rules are tuned on polnear-statistics-dev and
    the held-out half stays unseen, so no article may be in both (nor in any aeb set: the ids differ by corpus).
    Round 7's polnear-statistics-dev2 holds 13 more articles, none in either half; round 9's polnear-statistics-dev3
    15 more, in none of the three."""

    dev, dev2, dev3, held = (_ids(f"polnear-statistics-{name}") for name in ("dev", "dev2", "dev3", "heldout"))
    assert len(dev) >= 10 and len(dev2) >= 12 and len(dev3) >= 12 and len(held) >= 10
    assert not dev & held and not dev2 & held and not dev2 & dev
    assert not dev3 & (dev | dev2 | held)
    for other in ANNOTATION_SETS:
        if not other.startswith("polnear-statistics") and other not in CONSTRUCTION_SETS:
            assert not (dev | dev2 | dev3 | held) & _ids(other), other


def test_the_round_9_dev_set_shares_no_article_with_any_evaluation_set() -> None:
    """polnear-statistics-dev3 was annotated blind to give a first score on unseen text: none of its articles may be in
    any other evaluation set (quotes or statistics, either corpus)."""

    dev3 = _ids("polnear-statistics-dev3")
    for other in ANNOTATION_SETS:
        if other != "polnear-statistics-dev3" and other not in CONSTRUCTION_SETS:
            assert not dev3 & _ids(other), other


def test_the_round_10_dev_set_shares_no_article_with_a_statistics_set_or_a_held_out_set() -> None:
    """aeb-statistics-dev4 (round 10) was annotated on aeb articles in no statistics set; it may share articles with
    the quote dev sets (they label quotes, not numbers) but none with the held-out aeb-quotes."""
    dev4 = _ids("aeb-statistics-dev4")
    assert len(dev4) >= 20
    for other in ANNOTATION_SETS:
        if ("-statistics" in other and other != "aeb-statistics-dev4") or other == "aeb-quotes":
            assert not dev4 & _ids(other), other


def test_the_round_11_dev_set_shares_no_article_with_the_other_polnear_statistics_sets() -> None:
    """polnear-statistics-dev4 (round 11) was annotated on PolNeAR dev articles in no statistics set, so its first score
    is an estimate on unseen text; it may share articles with polnear-identities (entities, not numbers)."""
    dev4 = _ids("polnear-statistics-dev4")
    assert len(dev4) >= 15
    for other in ANNOTATION_SETS:
        if "-statistics" in other and other != "polnear-statistics-dev4":
            assert not dev4 & _ids(other), other


def test_the_round_12_dev_set_shares_no_article_with_the_other_polnear_statistics_sets() -> None:
    """polnear-statistics-dev5 (round 12) holds the last PolNeAR dev articles in no statistics set, so its first score
    is an estimate on unseen text; with it every PolNeAR dev article is in exactly one statistics set."""
    dev5 = _ids("polnear-statistics-dev5")
    assert len(dev5) >= 15
    polnear_sets = [name for name in ANNOTATION_SETS if name.startswith("polnear-statistics")]
    for other in polnear_sets:
        if other != "polnear-statistics-dev5":
            assert not dev5 & _ids(other), other
    assert sum(len(_ids(name)) for name in polnear_sets) == len(set().union(*(_ids(n) for n in polnear_sets)))


def test_the_detection_round_5_dev_set_shares_no_article_with_any_evaluation_set() -> None:
    """aeb-statistics-dev5 (detection round 5) was annotated on aeb articles in no annotation file at all, so its first
    score is a figure of detection on text no rule was written on."""
    dev5 = _ids("aeb-statistics-dev5")
    assert len(dev5) >= 8
    for other in ANNOTATION_SETS:
        if other != "aeb-statistics-dev5":
            assert not dev5 & _ids(other), other
