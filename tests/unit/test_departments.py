"""Department profiles: the shipped ones load; every kind of mistake names file and key."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.core.errors import ValidationError
from workbench.departments import (
    active_profile,
    active_profile_id,
    available_profiles,
    load_profile,
    load_profile_file,
)
from workbench.scanning.loader import load_negative_list, load_overlay


def test_the_shipped_profiles_load_and_their_overlays_apply() -> None:
    assert {"default", "example-finance"} <= set(available_profiles())
    default = load_profile("default")
    assert default.db_url is None and default.signoff_chain == ("审核",)
    finance = load_profile("example-finance")
    assert finance.signoff_chain == ("初审", "复审", "终审")
    assert finance.re_review_months == 6
    assert finance.negative_list_overlay is not None
    baseline = load_negative_list()
    with_overlay = load_negative_list(overlays=load_overlay(finance.negative_list_overlay))
    assert with_overlay.version != baseline.version


def test_active_profile_follows_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    assert active_profile_id() == "default"
    assert active_profile_id("example-finance") == "example-finance"
    monkeypatch.setenv("WORKBENCH_DEPARTMENT", "example-finance")
    assert active_profile().id == "example-finance"


def _write(tmp_path: Path, body: str, name: str = "dept.toml") -> Path:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return path


GOOD = 'id = "dept"\ndisplay_name = "某局"\n'


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        ('display_name = "某局"\n', "'id' is required"),
        ('id = "dept"\n', "'display_name' is required"),
        ('id = "Dept X"\ndisplay_name = "某局"\n', "lowercase"),
        ('id = "other"\ndisplay_name = "某局"\n', "must match"),
        (GOOD + "colour = 1\n", "unknown key(s) colour"),
        (GOOD + "[signoff]\nchain = []\n", "1 to 5 step names"),
        (GOOD + '[signoff]\nchain = ["初审", "初审"]\n', "names a step twice"),
        (GOOD + "[review]\nre_review_months = 0\n", "between 1 and 60"),
        (GOOD + "[review]\nre_review_months = true\n", "must be int"),
        (GOOD + '[review]\nstep_deadline_days = "5"\n', "must be int"),
        (GOOD + '[database]\nurl = "mysql://x"\n', "postgresql:// URL"),
        (GOOD + '[negative_list]\noverlay = "missing.toml"\n', "does not exist"),
        (GOOD + '[publishing]\nattribute_stamp = "watermark"\n', "footer, header or none"),
        ("id = \n", "not valid TOML"),
    ],
)
def test_mistakes_are_reported_with_the_file_and_key(tmp_path: Path, body: str,
                                                     fragment: str) -> None:
    path = _write(tmp_path, body)
    with pytest.raises(ValidationError) as info:
        load_profile_file(path)
    assert fragment in info.value.message
    assert str(path) in info.value.message


def test_a_binary_profile_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "dept.toml"
    path.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(ValidationError, match="not UTF-8"):
        load_profile_file(path)


def test_an_unknown_profile_lists_the_available_ones() -> None:
    with pytest.raises(ValidationError, match=r"available: .*default"):
        load_profile("nonexistent")
