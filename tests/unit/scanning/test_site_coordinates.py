"""Coordinates read to the second: a hazardous site's in a register of such sites, an
unpublished buried relic's; a project's site published for comment is no secret."""

from __future__ import annotations

from tests.helpers.scanning import SCANNER
from tests.helpers.scanning import suggest as _suggest
from workbench.core.attributes import DisclosureAttribute


def _coordinates(text: str) -> list[tuple[str, str]]:
    return [(h.rule, h.text) for h in SCANNER.scan_text(text) if "coordinates" in h.rule]


def test_a_hazardous_site_in_a_register_of_such_sites() -> None:
    text = ("临江县重大危险源企业底数清单\n"
            "序号\t单位\t危险物质\t坐标\n"
            "1\t江口燃气储配站\t液化石油气\t东经119°31′08″，北纬26°02′41″\n")
    assert ("public_safety.hazard_site_coordinates", "东经119°31′08″") in _coordinates(text)


def test_an_unpublished_buried_site() -> None:
    text = ("关于渡头村地下文物埋藏区安全巡查情况的报告\n"
            "该墓葬群中心坐标东经119°28′12″、北纬26°05′46″，系今年调查新发现，尚未对外公布。\n"
            "今年以来周边发现盗挖痕迹2处。\n")
    rules = {rule for rule, _ in _coordinates(text)}
    assert "state_secret.relic_site_coordinates" in rules


def test_a_project_site_published_for_comment() -> None:
    text = ("临江县污水处理厂扩建项目环境影响评价批前公示\n"
            "项目位于江口镇渡头村，中心坐标东经119°31′08″、北纬26°02′41″。\n"
            "公众可在公示期内提出意见。\n")
    assert _coordinates(text) == []
    s = _suggest(text)
    assert s is not None and s.attribute is DisclosureAttribute.PROACTIVE
