"""Negative list service: categories, version, term files (xlsx/csv), versions and their diff."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.unit.services.conftest import Team, events
from workbench.core.categories import Category
from workbench.core.errors import PermissionDeniedError, ValidationError
from workbench.services import documents, scans
from workbench.services import negative_list as nl
from workbench.services.workspace import Workspace


def test_categories_and_current_version(ws: Workspace, team: Team) -> None:
    categories = nl.list_categories(ws, team.rev)
    assert [c.category for c in categories] == [c.value for c in Category]
    privacy = next(c for c in categories if c.category == "personal_privacy")
    assert privacy.name_zh == "个人隐私" and privacy.withholding == "mandatory"
    assert "第十五条" in privacy.legal_ground and privacy.rule_count > 0
    before = nl.current_version(ws, team.rev)
    internal = next(c for c in categories if c.category == "internal_affairs")
    nl.add_department_term(ws, team.admin, category="internal_affairs", kind="term",
                           value="青松计划")
    after = nl.current_version(ws, team.rev)
    assert after != before
    grown = next(c for c in nl.list_categories(ws, team.rev)
                 if c.category == "internal_affairs")
    assert grown.term_count == internal.term_count + 1


def test_versions_recorded_on_change_and_diffed(ws: Workspace, team: Team) -> None:
    first = nl.current_version(ws, team.rev)
    nl.add_department_term(ws, team.admin, category="internal_affairs", kind="term",
                           value="青松计划")
    nl.add_department_term(ws, team.admin, category="*", kind="exception",
                           value="本单位办公电话")
    last = nl.current_version(ws, team.rev)
    versions = nl.list_versions(ws, team.rev)
    assert {first, last} <= {v.version for v in versions}
    assert [v.version for v in versions if v.is_current] == [last]
    assert all(v.complete for v in versions)

    diff = nl.diff_versions(ws, team.rev, first, last)
    assert diff.complete
    by_cat = {c.category: c for c in diff.categories}
    assert by_cat["internal_affairs"].terms.added == ("青松计划",)
    assert by_cat["*"].exceptions.added == ("本单位办公电话",)
    back = nl.diff_versions(ws, team.rev, last, first)
    assert {c.category: c for c in back.categories}["internal_affairs"].terms.removed == (
        "青松计划",)
    with pytest.raises(Exception) as missing:
        nl.diff_versions(ws, team.rev, first, "nope")
    assert getattr(missing.value, "code", "") == "no_version"


def test_adding_a_term_the_baseline_has_shows_as_changed(ws: Workspace, team: Team) -> None:
    first = nl.current_version(ws, team.rev)
    nl.add_department_term(ws, team.admin, category="personal_privacy", kind="term",
                           value="血液透析")
    diff = nl.diff_versions(ws, team.rev, first, nl.current_version(ws, team.rev))
    (changed,) = diff.categories
    (entry,) = changed.terms.changed
    assert entry[0] == "血液透析" and "overlay:" not in entry[1] and "overlay:" in entry[2]


def test_scan_stores_a_snapshot_that_diffs(ws: Workspace, team: Team) -> None:
    text = "联系人手机13912345678。".encode()
    result = documents.import_document(ws, team.rev, text, "a.txt")
    summary = scans.scan_document(ws, team.rev, result.document_id, result.change.version)
    assert summary.negative_list_version in {v.version for v in nl.list_versions(ws, team.rev)}
    diff = nl.diff_versions(ws, team.rev, summary.negative_list_version,
                            summary.negative_list_version)
    assert diff.categories == () and diff.complete


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_export_then_import_round_trip(ws: Workspace, team: Team, tmp_path: Path,
                                       fmt: str) -> None:
    nl.add_department_term(ws, team.admin, category="internal_affairs", kind="term",
                           value="青松计划", note="内部代号")
    nl.add_department_term(ws, team.admin, category="*", kind="exception", value="12345")
    target = tmp_path / f"terms.{fmt}"
    exported = nl.export_terms(ws, team.rev, target, fmt)
    assert exported.rows == 2 and events(ws)[-1][1] == "negative_list.export"
    if fmt == "csv":
        raw = target.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf") and "青松计划".encode() in raw
    else:
        sheet = openpyxl.load_workbook(target).active
        assert sheet["C2"].value == "青松计划"

    # the same file again changes nothing; a new row is added; replace drops what is missing
    again = nl.import_terms(ws, team.admin, target)
    assert (again.added, again.unchanged, again.removed) == (0, 2, 0)
    _write(tmp_path / f"more.{fmt}", [("个人隐私", "词条", "张三丰", ""),
                                       ("internal_affairs", "term", "青松计划", "")])
    more = nl.import_terms(ws, team.admin, tmp_path / f"more.{fmt}", replace=True)
    assert (more.added, more.unchanged, more.removed) == (1, 1, 1)
    values = {(t.category, t.value) for t in nl.list_department_terms(ws, team.rev)}
    assert values == {("personal_privacy", "张三丰"), ("internal_affairs", "青松计划")}
    assert more.version == nl.current_version(ws, team.rev)
    assert events(ws)[-1][1:3] == ("negative_list.import", "ok")


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_a_bad_row_rejects_the_whole_file(ws: Workspace, team: Team, tmp_path: Path,
                                          fmt: str) -> None:
    path = tmp_path / f"bad.{fmt}"
    _write(path, [("internal_affairs", "term", "好词", ""),
                  ("", "", "", ""),
                  ("no_such_category", "term", "坏词", "")])
    with pytest.raises(ValidationError) as refused:
        nl.import_terms(ws, team.admin, path)
    assert refused.value.code == "terms_row_invalid"
    assert refused.value.params["row"] == 4 and refused.value.params["reason"] == \
        "category_unknown"
    assert nl.list_department_terms(ws, team.rev) == ()  # all or nothing
    assert events(ws)[-1][1:3] == ("negative_list.import", "refused")


def test_import_refusals(ws: Workspace, team: Team, tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    _write(path, [("internal_affairs", "term", "词", "")])
    with pytest.raises(PermissionDeniedError):
        nl.import_terms(ws, team.rev, path)
    assert events(ws)[-1][1:3] == ("negative_list.import", "refused")
    headerless = tmp_path / "h.csv"
    headerless.write_text("a,b,c\n", encoding="utf-8")
    with pytest.raises(ValidationError) as no_header:
        nl.import_terms(ws, team.admin, headerless)
    assert no_header.value.code == "terms_header_missing"
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"not a workbook")
    with pytest.raises(ValidationError) as unreadable:
        nl.import_terms(ws, team.admin, junk)
    assert unreadable.value.code == "terms_file_unreadable"
    with pytest.raises(ValidationError) as wrong:
        nl.import_terms(ws, team.admin, tmp_path / "t.txt")
    assert wrong.value.code == "terms_format_unsupported"


def test_gbk_csv_from_excel_is_read(ws: Workspace, team: Team, tmp_path: Path) -> None:
    path = tmp_path / "gbk.csv"
    path.write_bytes("类别,类型,词条,备注\r\n内部事务信息,词条,青松计划,\r\n".encode("gb18030"))
    assert nl.import_terms(ws, team.admin, path).added == 1


def _write(path: Path, rows: list[tuple[str, str, str, str]]) -> None:
    header = ("类别", "类型", "词条", "备注")
    if path.suffix == ".csv":
        lines = [",".join(header), *(",".join(r) for r in rows)]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
        return
    book = openpyxl.Workbook()
    book.active.append(header)
    for row in rows:
        book.active.append([c or None for c in row])
    book.save(path)
