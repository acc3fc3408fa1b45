"""The passage model: its arithmetic, its file, and how the scanner uses it."""

from __future__ import annotations

import json
import math
import random
import shutil
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.core.attributes import DisclosureAttribute
from workbench.core.categories import Category
from workbench.core.errors import ValidationError
from workbench.extraction import extract
from workbench.paths import negative_list_dir
from workbench.scanning import Scanner, load_negative_list
from workbench.scanning.facts import clauses
from workbench.scanning.passages import (
    MIN_UNIT_CHARS,
    MODEL_FILE,
    PassageModel,
    load_passage_model,
    ngrams,
    unit_spans,
)
from workbench.scanning.sentences import sentences


def _model(weights: dict[str, tuple[tuple[int, float], ...]], *, intercept: float = -2.0,
           idf: dict[str, float] | None = None, proactive: float = 0.0) -> PassageModel:
    return PassageModel(categories=(Category.INTERNAL_AFFAIRS,),
                        idf=idf or dict.fromkeys(weights, 1.0),
                        weights=weights, intercepts=(intercept,), proactive=(proactive,),
                        threshold_proactive=0.7, threshold_withheld=0.5,
                        trained_on="hand-made")


def _reference(model: PassageModel, clause: str, publish: bool) -> list[float]:
    """The model's definition, one n-gram at a time."""
    sums = [0.0] * len(model.categories)
    norm2 = 0.0
    for gram in ngrams(clause):
        idf = model.idf.get(gram)
        if idf is None:
            continue
        norm2 += idf * idf
        for k, w in model.weights.get(gram, ()):
            sums[k] += w * idf
    scale = 1 / math.sqrt(norm2) if norm2 else 0.0
    return [1 / (1 + math.exp(-(s * scale + b + (p if publish else 0.0))))
            for s, b, p in zip(sums, model.intercepts, model.proactive, strict=True)]


def test_a_clause_is_read_by_its_one_two_and_three_character_grams() -> None:
    assert ngrams("脾气急") == ["脾", "气", "急", "脾气", "气急", "脾气急"]
    assert ngrams("") == []


def test_the_probability_is_the_logistic_of_the_normalised_tf_idf_sum() -> None:
    # "急躁急": 急 twice (idf 2), 躁 once (idf 1), 急躁 and the rest unknown: the positions'
    # idf² sum to 2·4 + 1 = 9, the weighted ones to 3·(2 + 2) = 12.
    model = _model({"急": ((0, 3.0),)}, idf={"急": 2.0, "躁": 1.0})
    assert model.probabilities("急躁急", False) == [pytest.approx(1 / (1 + math.exp(-2.0)))]


def test_a_clause_of_unknown_grams_scores_the_intercept_alone() -> None:
    model = _model({"急": ((0, 3.0),)})
    assert model.probabilities("天气晴好", False) == [pytest.approx(1 / (1 + math.exp(2.0)))]
    assert model.probabilities("", False) == [pytest.approx(1 / (1 + math.exp(2.0)))]


def test_the_model_reads_whether_the_rules_would_publish_the_paper() -> None:
    model = _model({"急": ((0, 3.0),)}, proactive=-1.5)
    assert model.probabilities("天气晴好", True) == [pytest.approx(1 / (1 + math.exp(3.5)))]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text("急躁考察沟通不够的，。\n𠀀ab", min_size=1, max_size=30), min_size=1,
                max_size=6),
       st.booleans())
def test_scoring_a_whole_text_at_once_equals_scoring_each_clause_alone(
        pieces: list[str], publish: bool) -> None:
    model = _model({"急躁": ((0, 2.5),), "考察": ((0, 1.25),), "不": ((0, -0.5),),
                    "沟通不": ((0, 0.75),)},
                   idf={"急躁": 3.0, "考察": 2.0, "不": 1.5, "沟通不": 2.5, "的": 1.0,
                        "急": 1.2, "躁": 1.7, "𠀀": 2.0})
    text = "".join(pieces)
    starts, ends = [], []
    at = 0
    for piece in pieces:
        starts.append(at)
        ends.append(at + len(piece))
        at += len(piece)
    values = model.values(text, np.array(starts), np.array(ends), publish)
    for j, piece in enumerate(pieces):
        expected = _reference(model, piece, publish)
        assert [1 / (1 + math.exp(-v)) for v in values[j]] == pytest.approx(expected)


def test_every_n_gram_of_a_large_vocabulary_is_found() -> None:
    # Thousands of grams in one hash table: colliding slots must still find each one.
    rng = random.Random(5)
    alphabet = [chr(c) for c in range(0x4E00, 0x4E00 + 300)]
    grams = {"".join(rng.choice(alphabet) for _ in range(rng.choice((1, 2, 3))))
             for _ in range(6000)}
    model = PassageModel((Category.INTERNAL_AFFAIRS, Category.TRADE_SECRET),
                         {g: rng.uniform(1, 5) for g in grams},
                         {g: ((rng.randrange(2), rng.uniform(-2, 2)),) for g in grams},
                         (-1.0, 0.5), (0.0, 0.0), 1.0, 0.5, "random")
    for gram in sorted(grams)[:400]:
        clause = gram + "甲乙" + gram[::-1]
        assert model.probabilities(clause, False) == pytest.approx(
            _reference(model, clause, False))


def _units_one_by_one(text: str) -> list[tuple[int, int]]:
    return [(s + a, s + b) for s, e in sentences(text) for a, b in clauses(text[s:e])
            if b - a >= MIN_UNIT_CHARS]


def test_clauses_shorter_than_four_characters_are_not_read_alone() -> None:
    text = "考察情况\n主要不足：性格急躁，另外，与班子沟通不够。会议同意。"
    starts, ends = unit_spans(text)
    assert [text[s:e] for s, e in zip(starts, ends, strict=True)] == [
        "主要不足", "性格急躁", "与班子沟通不够"]


@settings(max_examples=500, deadline=None)
@given(st.text("甲乙丙丁，,：:。；;！!？?\n \t\u3000a", max_size=80))
def test_the_clauses_read_at_once_are_the_sentences_clauses(text: str) -> None:
    starts, ends = unit_spans(text)
    assert list(zip(starts.tolist(), ends.tolist(), strict=True)) == _units_one_by_one(text)


def test_the_file_round_trips(tmp_path: Path) -> None:
    model = _model({"急躁": ((0, 2.5),), "考察": ((0, 1.25),)},
                   idf={"急躁": 3.0, "考察": 2.0, "的": 1.0}, proactive=0.75)
    path = tmp_path / MODEL_FILE
    path.write_text(model.to_json(), encoding="utf-8")
    loaded = load_passage_model(path, path.read_bytes())
    assert loaded.categories == model.categories
    for clause in ("考察中反映其脾气急躁", "的的的", "无关内容"):
        for publish in (False, True):
            assert loaded.probabilities(clause, publish) == pytest.approx(
                model.probabilities(clause, publish))


_GOOD = ('{"format": 2, "trained_on": "", "categories": ["state_secret"], "intercepts": [0],'
         ' "proactive": [0], "threshold_proactive": 0.7, "threshold_withheld": 0.5,'
         ' "vocabulary": ["a"], "idf": [1], "weights": [[0, 0, 1.0]]}')


@pytest.mark.parametrize(("raw", "reason"), [
    (b"{not json", "Expecting"),
    (b'{"format": 1}', "format 1, this version reads 2"),
    ('{"format": 2, "categories": ["无此类别"]}'.encode(), "无此类别"),
    (_GOOD.replace("[[0, 0, 1.0]]", "[[0, 3, 1.0]]").encode(), "category index 3"),
    (_GOOD.replace('"proactive": [0]', '"proactive": []').encode(), "one intercept"),
    (_GOOD.replace('["a"]', '["abcd"]').encode(), "1 to 3 characters"),
    (_GOOD.replace('["a"]', json.dumps([chr(c) for c in range(0x4E00, 0x4E00 + 65536)]))
     .encode(), "distinct characters"),
    (b"\xff\xfe", "utf-8"),
])
def test_a_bad_model_file_is_a_clear_error_naming_the_file(tmp_path: Path, raw: bytes,
                                                           reason: str) -> None:
    with pytest.raises(ValidationError) as caught:
        load_passage_model(tmp_path / MODEL_FILE, raw)
    assert MODEL_FILE in str(caught.value)
    assert reason in str(caught.value)


def test_a_good_model_file_loads(tmp_path: Path) -> None:
    model = load_passage_model(tmp_path / MODEL_FILE, _GOOD.encode())
    assert model.weights == {"a": ((0, 1.0),)}


def _list_with_model(tmp_path: Path, model: PassageModel) -> Path:
    copy = tmp_path / "list"
    shutil.copytree(negative_list_dir(), copy)
    (copy / MODEL_FILE).write_text(model.to_json(), encoding="utf-8")
    return copy


CADRE_REPORT = (
    "关于拟任人选的考察情况汇报\n"
    "该同志工作认真，完成了年度各项任务。\n"
    "主要不足：个别同志反映其脾气急躁，与班子成员沟通不够。\n"
)


def test_the_scanner_marks_the_clauses_the_model_reads_as_a_category(tmp_path: Path) -> None:
    model = _model({"急躁": ((0, 6.0),)}, intercept=-1.0,
                   idf={"急躁": 2.0, "不足": 1.0, "沟通": 1.0})
    negative_list = load_negative_list(_list_with_model(tmp_path, model))
    result = Scanner(negative_list).scan_text(CADRE_REPORT)
    marked = [h for h in result if h.rule == "internal_affairs.passage_model"]
    assert [h.text for h in marked] == ["个别同志反映其脾气急躁"]
    assert marked[0].category is Category.INTERNAL_AFFAIRS
    assert marked[0].subtype == "passage"
    assert "p=" in marked[0].explanation and marked[0].legal_ground
    assert not any(h.subtype == "passage" for h in Scanner(negative_list, passages=False)
                   .scan_text(CADRE_REPORT))


def test_passages_never_decide_the_attribute(tmp_path: Path) -> None:
    model = _model({"急躁": ((0, 6.0),)}, intercept=-1.0, idf={"急躁": 2.0})
    extracted = extract("社区植树活动简报\n本月社区组织居民参加义务植树。\n"
                        "活动中有居民反映组织者脾气急躁，沟通不够。\n".encode(), "news.txt")
    negative_list = load_negative_list(_list_with_model(tmp_path, model))
    with_model = Scanner(negative_list).scan(extracted)
    without = Scanner(negative_list, passages=False).scan(extracted)
    assert any(h.subtype == "passage" for h in with_model.hits)
    assert with_model.suggestion == without.suggestion
    assert without.suggestion.attribute is DisclosureAttribute.PROACTIVE


def test_a_threshold_of_one_keeps_the_model_out_of_papers_the_rules_publish(
        tmp_path: Path) -> None:
    model = replace(_model({"急躁": ((0, 30.0),)}, idf={"急躁": 2.0}), threshold_proactive=1.0)
    negative_list = load_negative_list(_list_with_model(tmp_path, model))
    news = "社区植树活动简报\n本月社区组织居民参加义务植树。\n活动中有居民反映组织者脾气急躁。\n"
    assert not any(h.subtype == "passage" for h in Scanner(negative_list).scan_text(news))
    assert any(h.subtype == "passage" for h in Scanner(negative_list).scan_text(CADRE_REPORT))


def test_a_category_without_its_passage_rule_gets_no_passages(tmp_path: Path) -> None:
    model = _model({"急躁": ((0, 6.0),)}, intercept=-1.0, idf={"急躁": 2.0})
    folder = _list_with_model(tmp_path, model)
    path = folder / "internal_affairs.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text[:text.index("# A clause the learned passage model")], encoding="utf-8")
    hits = Scanner(load_negative_list(folder)).scan_text(CADRE_REPORT)
    assert not any(h.subtype == "passage" for h in hits)


def test_the_model_file_is_part_of_the_list_version(tmp_path: Path) -> None:
    folder = _list_with_model(tmp_path, _model({"急躁": ((0, 6.0),)}))
    before = load_negative_list(folder).version
    (folder / MODEL_FILE).write_text(_model({"急躁": ((0, 5.0),)}).to_json(), encoding="utf-8")
    assert load_negative_list(folder).version != before


def test_the_shipped_model_loads_and_covers_the_categories_outside_privacy() -> None:
    model = load_negative_list().passages
    assert model is not None
    assert Category.PERSONAL_PRIVACY not in model.categories
    assert set(model.categories) == set(Category) - {Category.PERSONAL_PRIVACY}
    assert 0 < model.threshold_withheld <= model.threshold_proactive <= 1


def test_each_kind_of_paper_has_its_threshold() -> None:
    model = replace(_model({}), threshold_on_request=0.6)
    assert model.threshold_for(DisclosureAttribute.PROACTIVE) == 0.7
    assert model.threshold_for(DisclosureAttribute.ON_REQUEST) == 0.6
    assert model.threshold_for(DisclosureAttribute.WITHHELD) == 0.5
    assert _model({}).threshold_for(DisclosureAttribute.ON_REQUEST) == 0.5  # as withheld


def test_the_newer_thresholds_round_trip_and_default_when_absent(tmp_path: Path) -> None:
    model = replace(_model({"急躁": ((0, 2.5),)}), threshold_on_request=0.65, threshold_also=0.2)
    path = tmp_path / MODEL_FILE
    path.write_text(model.to_json(), encoding="utf-8")
    loaded = load_passage_model(path, path.read_bytes())
    assert (loaded.threshold_on_request, loaded.threshold_also) == (0.65, 0.2)
    older = load_passage_model(path, _GOOD.encode())
    assert (older.threshold_on_request, older.threshold_also) == (None, 1.0)


def _two_grounds(also: float) -> PassageModel:
    """急躁 reads clearly as internal affairs and faintly as a trade secret; 沟通 faintly as
    either."""
    return PassageModel(categories=(Category.INTERNAL_AFFAIRS, Category.TRADE_SECRET),
                        idf={"急躁": 2.0, "沟通": 2.0},
                        weights={"急躁": ((0, 6.0), (1, 1.15)), "沟通": ((1, 1.15),)},
                        intercepts=(-1.0, -2.0), proactive=(0.0, 0.0),
                        threshold_proactive=1.0, threshold_withheld=0.5, trained_on="hand-made",
                        threshold_also=also)


@pytest.mark.parametrize(("also", "expected"), [
    (1.0, [("个别同志反映其脾气急躁", Category.INTERNAL_AFFAIRS)]),
    # the flagged clause also shows its fainter ground; the clause nothing flagged stays clear
    (0.2, [("个别同志反映其脾气急躁", Category.INTERNAL_AFFAIRS),
           ("个别同志反映其脾气急躁", Category.TRADE_SECRET)]),
])
def test_a_flagged_clause_also_shows_its_other_grounds(
        tmp_path: Path, also: float, expected: list[tuple[str, Category]]) -> None:
    negative_list = load_negative_list(_list_with_model(tmp_path, _two_grounds(also)))
    assert Scanner(negative_list, passages=False).scan(extract(
        CADRE_REPORT.encode(), "report.txt")).suggestion.attribute is not (
        DisclosureAttribute.PROACTIVE)
    marked = [(h.text, h.category) for h in Scanner(negative_list).scan_text(CADRE_REPORT)
              if h.subtype == "passage"]
    assert sorted(marked) == sorted(expected)


def test_a_span_is_held_whole_only_by_one_hit_that_covers_it() -> None:
    from workbench.scanning.engine import _held_whole

    hits = [Scanner(load_negative_list(), passages=False).scan_text(t)[0] for t in (
        "联系电话13812345678", )]
    (h,) = hits
    starts = np.array([h.start, h.start + 1, h.start - 1, h.end])
    ends = np.array([h.end, h.end - 1, h.end, h.end + 3])
    assert _held_whole(hits, starts, ends).tolist() == [True, True, False, False]
    assert not _held_whole([], starts, ends).any()
