"""A minor's profile is judged by age on the day of the scan, not by a fixed birth year."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.scanning import Scanner, load_negative_list

TEXT = "经查，学生王某某（男，{year}年3月出生，家住城关镇某路）与同学发生打架事件，派出所已出警。"


@pytest.fixture(scope="module")
def negative_list():
    return load_negative_list()


@pytest.mark.parametrize(("today", "year", "minor"), [
    (date(2026, 11, 22), 2011, True),
    (date(2026, 11, 22), 2009, True),
    (date(2026, 11, 22), 2008, True),   # may still be 17 before the birthday
    (date(2026, 11, 22), 2007, False),  # 19 this year: an adult
    (date(2040, 6, 1), 2011, False),    # the same report scanned years later
    (date(2040, 6, 1), 2026, True),
    (date(2026, 11, 22), 2031, False),  # a birth year in the future is a typo, not a child
])
def test_the_minor_rule_follows_the_scan_date(negative_list, today: date, year: int,
                                              minor: bool) -> None:
    scanner = Scanner(negative_list, today=today)
    hits = scanner.scan_text(TEXT.format(year=year))
    found = any(h.rule == "law_prohibited.minor_profile" for h in hits)
    assert found is minor


def test_max_age_is_validated_with_file_and_line(tmp_path) -> None:
    import shutil

    from workbench.core.errors import ValidationError
    from workbench.paths import negative_list_dir

    baseline = tmp_path / "list"
    shutil.copytree(negative_list_dir(), baseline)
    target = baseline / "law_prohibited.toml"
    target.write_text(target.read_text(encoding="utf-8").replace("max_age = 17",
                                                                 "max_age = true"),
                      encoding="utf-8")
    with pytest.raises(ValidationError, match=r"law_prohibited\.toml:\d+.*max_age"):
        load_negative_list(baseline)
