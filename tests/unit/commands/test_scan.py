"""``workbench scan``: the JSON contract, folders, unreadable files and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from workbench.cli import main

KEYS = {"file", "sha256", "status", "error", "text_complete", "warnings",
        "negative_list_version", "suggested_attribute", "needs_redaction", "hits"}
HIT_KEYS = {"category", "subtype", "rule", "text", "start", "end", "score", "legal_ground",
            "location"}


def _lines(capsys: pytest.CaptureFixture[str]) -> list[dict]:
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_jsonl_follows_the_contract(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text("秘密★1年\n关于某事项的通知\n联系人身份证号11010519491231002X\n",
                   encoding="utf-8")
    assert main(["scan", str(doc), "--format", "jsonl"]) == 0
    (record,) = _lines(capsys)
    assert set(record) >= KEYS
    assert record["status"] == "ok" and record["error"] is None
    assert record["text_complete"] is True and record["warnings"] == []
    assert record["suggested_attribute"] == "withheld"
    assert len(record["sha256"]) == 64
    for hit in record["hits"]:
        assert set(hit) >= HIT_KEYS
        assert hit["location"]["part"] == "text"
    # The passage model may mark the title line too; the rules' hits are exactly these.
    assert {(h["category"], h["subtype"]) for h in record["hits"]
            if h["subtype"] != "passage"} == {
        ("state_secret", "classification_mark"), ("personal_privacy", "id_card")}


def test_folders_are_recursed_and_bad_files_give_exit_1(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "ok.txt").write_text("关于做好防汛工作的通知", encoding="utf-8")
    (tmp_path / "sub" / "broken.docx").write_bytes(b"not a zip at all")
    (tmp_path / "sub" / "picture.png").write_bytes(b"\x89PNG")  # not a document: skipped
    (tmp_path / ".hidden.txt").write_text("秘密★1年", encoding="utf-8")
    assert main(["scan", str(tmp_path), "--format", "jsonl"]) == 1
    records = {Path(r["file"]).name: r for r in _lines(capsys)}
    assert set(records) == {"ok.txt", "broken.docx"}
    assert records["ok.txt"]["suggested_attribute"] == "proactive"
    broken = records["broken.docx"]
    assert broken["status"] == "error" and broken["error"] and "\n" not in broken["error"]
    assert broken["hits"] == [] and set(broken) >= KEYS


def test_a_missing_file_is_reported_not_raised(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scan", str(tmp_path / "nope.txt"), "--format", "jsonl"]) == 1
    (record,) = _lines(capsys)
    assert record["status"] == "error" and "no such file" in record["error"]


def test_text_format_is_a_readable_summary(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text("区政府常务会议纪要\n患者李明，手机13812345678。", encoding="utf-8")
    assert main(["scan", str(doc)]) == 0
    out = capsys.readouterr().out
    assert "withheld 不予公开" in out and "13812345678" in out and "会议纪要" in out


def test_a_bad_negative_list_is_a_usage_error(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "state_secret.toml").write_text('id = "state_secret"\nname_zh = 1\n',
                                                encoding="utf-8")
    doc = tmp_path / "a.txt"
    doc.write_text("x", encoding="utf-8")
    assert main(["scan", str(doc), "--negative-list", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "state_secret.toml:" in err and "Traceback" not in err


def test_an_overlay_changes_the_version(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    overlay = tmp_path / "dept.toml"
    overlay.write_text('name = "某局"\n[[terms]]\ncategory = "internal_affairs"\n'
                       'terms = ["星火项目评分表"]\n', encoding="utf-8")
    doc = tmp_path / "a.txt"
    doc.write_text("附件：星火项目评分表", encoding="utf-8")
    assert main(["scan", str(doc), "--format", "jsonl"]) == 0
    plain = _lines(capsys)[0]
    assert main(["scan", str(doc), "--format", "jsonl", "--overlay", str(overlay)]) == 0
    with_overlay = _lines(capsys)[0]
    assert plain["negative_list_version"] != with_overlay["negative_list_version"]
    assert [h["text"] for h in with_overlay["hits"]] == ["星火项目评分表"]


def test_no_paths_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scan"]) == 2
