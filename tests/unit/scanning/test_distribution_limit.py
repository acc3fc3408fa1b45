"""A distribution limit keeps the paper itself inside (本简报…不对外); the records an office says
it keeps unpublished (台账…不对外公布) are not the paper under review."""

from __future__ import annotations

import pytest

from tests.helpers.scanning import SCANNER


def _limits(text: str) -> list[str]:
    return [h.text for h in SCANNER.scan_text(text) if h.subtype == "internal_marker"]


@pytest.mark.parametrize("text", [
    "本简报发至局领导、各科室，不对外。",
    "内部刊物，不得外传。",
])
def test_the_paper_s_own_distribution_limit(text: str) -> None:
    assert _limits(text)


@pytest.mark.parametrize("text", [
    "由村医每月上门探访一次，相关台账由乡镇统一管理，不对外公布。",
    "受种者信息录入系统后不对外提供。",
    "文化站周一不对外开放。",
])
def test_records_and_facilities_kept_from_the_public_are_not_the_paper(text: str) -> None:
    assert _limits(text) == []
