"""Loading the negative list: all twelve categories, versions, overlays, file:line errors."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from workbench.core.categories import Category
from workbench.core.errors import ValidationError
from workbench.paths import negative_list_dir
from workbench.scanning import (
    Overlay,
    OverlayException,
    OverlayTerm,
    Scanner,
    load_negative_list,
    load_overlay,
)


def test_the_baseline_covers_every_category_with_grounds_and_rules() -> None:
    nl = load_negative_list()
    assert {s.category for s in nl.categories} == set(Category)
    for spec in nl.categories:
        cite = spec.legal_ground.cite()
        assert "《中华人民共和国政府信息公开条例》（2019年修订）第十" in cite
        assert spec.description.strip() and spec.name_zh
        assert len(spec.rules) >= 2 or spec.category is Category.PROCESS_INFO
        assert sum(len(r.terms) for r in spec.rules) + sum(
            1 for r in spec.rules if r.pattern or r.recognizer) >= 8
    assert len(nl.version) == 16 and nl.version == nl.baseline_version


def test_the_version_is_a_content_hash(tmp_path: Path) -> None:
    copy = tmp_path / "list"
    shutil.copytree(negative_list_dir(), copy)
    assert load_negative_list(copy).version == load_negative_list().version
    path = copy / "process_info.toml"
    path.write_text(path.read_text(encoding="utf-8") + "\n# reviewed\n", encoding="utf-8")
    assert load_negative_list(copy).version != load_negative_list().version


def _bad_list(tmp_path: Path, name: str, old: str, new: str) -> Path:
    copy = tmp_path / "list"
    shutil.copytree(negative_list_dir(), copy)
    path = copy / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return copy


def _line_of(path: Path, fragment: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if fragment in line)


@pytest.mark.parametrize(
    ("file", "old", "new", "line_fragment", "message"),
    [
        ("trade_secret.toml", 'score = 0.55\nexplain = "企业报价',
         'score = 1.5\nexplain = "企业报价', "score = 1.5", "'score' must be a number"),
        ("trade_secret.toml", 'id = "bid_details"', 'id = "Bid Details"', "Bid Details",
         "may use only"),
        ("process_info.toml", "pattern = '关于", "pattern = '(关于", "pattern = '(关于",
         "invalid pattern"),
        ("personal_privacy.toml", 'recognizer = "email"', 'recognizer = "emial"', "emial",
         "unknown recognizer"),
        ("internal_affairs.toml", "window = 16", "windw = 16", "windw", "unknown key 'windw'"),
        ("national_security.toml", 'withholding = "mandatory"', 'withholding = "maybe"',
         "withholding", "mandatory' or 'discretionary"),
        ("economic_security.toml", '"@risk_paper"', '"@risk_papers"', "@risk_papers",
         "unknown paper kind '@risk_papers'"),
        ("_paper_kinds.toml", "stockpile = [", "Stock-pile = [", "Stock-pile",
         "kind name 'Stock-pile'"),
        ("_paper_kinds.toml", 'embargo = [\n', 'embargo = ["",\n', 'embargo = [""',
         "kind 'embargo' needs a list of non-empty words"),
        ("_paper_kinds.toml", "withheld_subjects = [", "withheld_subject = [",
         "withheld_subject = [", "unknown key 'withheld_subject'"),
        ("_paper_kinds.toml", '"@office_logistics", "@personnel_meeting"]',
         '"@office_logistic", "@personnel_meeting"]', "@office_logistic",
         "unknown paper kind '@office_logistic'"),
    ],
)
def test_a_bad_rule_is_reported_with_file_and_line(tmp_path: Path, file: str, old: str,
                                                   new: str, line_fragment: str,
                                                   message: str) -> None:
    folder = _bad_list(tmp_path, file, old, new)
    with pytest.raises(ValidationError) as info:
        load_negative_list(folder)
    line = _line_of(folder / file, line_fragment)
    assert info.value.message.startswith(f"{file}:{line}: ")
    assert message in info.value.message


def test_a_paper_kind_is_expanded_into_the_rules_that_name_it() -> None:
    rules = {r.id: r for r in load_negative_list().rules}
    risk = rules["economic_security.risk_paper_figures"].document_plus
    assert "挤兑" in risk and "内部掌握" in risk  # @risk_paper and @confidential_paper
    assert not any(w.startswith("@") for r in rules.values()
                   for w in (*r.document_plus, *r.document_minus, *r.context_plus,
                             *r.context_minus))


def test_the_paper_kinds_are_part_of_the_version(tmp_path: Path) -> None:
    copy = tmp_path / "list"
    shutil.copytree(negative_list_dir(), copy)
    path = copy / "_paper_kinds.toml"
    path.write_text(path.read_text(encoding="utf-8").replace('"挤兑", ', "", 1),
                    encoding="utf-8")
    assert load_negative_list(copy).version != load_negative_list().version


def test_a_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    folder = _bad_list(tmp_path, "state_secret.toml", 'name_zh = "国家秘密"', 'name_zh = "国家秘密')
    with pytest.raises(ValidationError, match=r"state_secret.toml: TOML syntax error: .*line 2"):
        load_negative_list(folder)


def test_a_missing_folder_is_a_validation_error(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="not found"):
        load_negative_list(tmp_path / "nope")


OVERLAY = """
name = "某区发改局补充清单"

[[terms]]
category = "economic_security"
terms = ["星火计划二期收储范围"]
score = 0.9
note = "未公布的收储范围"

[[exceptions]]
category = "personal_privacy"
phrases = ["本局专线0771-6000000"]
"""


def test_an_overlay_file_adds_terms_and_exceptions_and_changes_the_version(
        tmp_path: Path) -> None:
    path = tmp_path / "dept.toml"
    path.write_text(OVERLAY, encoding="utf-8")
    base = load_negative_list()
    nl = load_negative_list(overlays=[path])
    assert nl.version != base.version and nl.baseline_version == base.version
    hits = Scanner(nl).scan_text("关于星火计划二期收储范围的说明。户主电话本局专线0771-6000000。")
    # The rules' hits: the overlay's term, and no landline (the overlay's exception). The
    # passage model's opinion of the clauses of this paper is another matter (test_passages).
    rules_hits = [h for h in hits if h.subtype != "passage"]
    assert [(h.category, h.text) for h in rules_hits] == [
        ("economic_security", "星火计划二期收储范围")]
    assert all(h.negative_list_version == nl.version for h in hits)


def test_programmatic_overlay_equals_the_same_file(tmp_path: Path) -> None:
    path = tmp_path / "dept.toml"
    path.write_text(OVERLAY, encoding="utf-8")
    from_file = load_overlay(path)[0]
    built = Overlay(
        name="某区发改局补充清单",
        terms=(OverlayTerm(Category.ECONOMIC_SECURITY, ("星火计划二期收储范围",), score=0.9,
                           note="未公布的收储范围"),),
        exceptions=(OverlayException(("本局专线0771-6000000",), Category.PERSONAL_PRIVACY),),
    )
    assert built == from_file
    base = load_negative_list()
    assert base.with_overlays(built).version == load_negative_list(overlays=[path]).version


def test_a_bad_overlay_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "dept.toml"
    path.write_text(OVERLAY.replace('category = "economic_security"', 'category = "economy"'),
                    encoding="utf-8")
    with pytest.raises(ValidationError, match=r"dept.toml:5: unknown category 'economy'"):
        load_overlay(path)


def test_the_publication_table_is_read_with_its_kinds_expanded() -> None:
    publication = load_negative_list().publication
    assert publication is not None
    assert "公告" in publication.title and "通报" in publication.title
    assert "内部资料" in publication.restricted and "讨论稿" in publication.restricted
    assert "储备库" in publication.withheld_subjects  # @stockpile
    assert "严格保密" not in publication.restricted  # handling words, not a self-restriction
