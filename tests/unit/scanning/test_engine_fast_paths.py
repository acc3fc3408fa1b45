"""Helpers of the faster scan: each gives what the plainer code it replaced gave."""

from __future__ import annotations

import gc
from dataclasses import fields

import pytest

from workbench.core.categories import Category
from workbench.scanning import Scanner, load_negative_list
from workbench.scanning.engine import _Words
from workbench.scanning.model import Hit, make_hit


def test_make_hit_is_the_same_record_as_the_dataclass() -> None:
    args = {"category": Category.INTERNAL_AFFAIRS, "subtype": None, "rule": "r", "text": "t",
            "start": 1, "end": 2, "score": 0.5, "legal_ground": "g", "explanation": "e",
            "negative_list_version": "v"}
    made = make_hit(*args.values())
    built = Hit(**args)
    assert made == built and hash(made) == hash(built)
    assert list(vars(made)) == [f.name for f in fields(Hit)]
    with pytest.raises(AttributeError):
        made.score = 1.0  # type: ignore[misc]  # still frozen


@pytest.mark.parametrize("text", ["", "联系电话", "家庭电话0731", "宅电：123", "私人电话个人电话",
                                  "x家里电话y"])
def test_words_first_in_is_the_first_listed_word_present(text: str) -> None:
    words = ("家庭电话", "宅电", "个人电话", "私人电话", "家里电话")
    assert _Words(words).first_in(text) == next((w for w in words if w in text), None)


def test_scan_pauses_the_collector_and_restores_it() -> None:
    scanner = Scanner(load_negative_list())
    seen: list[bool] = []

    class Probe:
        def update(self, done: int, total: int, message: str = "") -> None:
            seen.append(gc.isenabled())

        def cancelled(self) -> bool:
            return False

    assert gc.isenabled()
    scanner.scan_text("身份证号110105199003071234", Probe())  # type: ignore[arg-type]
    assert seen and not any(seen)
    assert gc.isenabled()
    gc.disable()
    try:
        scanner.scan_text("秘密★1年")
        assert not gc.isenabled()  # a collector that was off stays off
    finally:
        gc.enable()


def test_the_collector_comes_back_when_a_scan_fails() -> None:
    scanner = Scanner(load_negative_list())

    class Failing:
        def update(self, done: int, total: int, message: str = "") -> None:
            if done == 2:
                raise RuntimeError("stop")

        def cancelled(self) -> bool:
            return False

    with pytest.raises(RuntimeError):
        scanner.scan_text("身份证号110105199003071234", Failing())  # type: ignore[arg-type]
    assert gc.isenabled()


def _name_in_row_reference(text: str, number_start: int, kind: str) -> object:
    """name_in_row as it was: split the segment, then find each cell again."""
    import regex

    from workbench.scanning.found import Found
    from workbench.scanning.names import is_name_token

    line_start = text.rfind("\n", 0, number_start) + 1
    segment = text[line_start:number_start]
    if len(segment) > 80:
        return None
    cells: list[tuple[int, str]] = []
    pos = line_start
    for token in regex.split(r"[\s,，、|;；:：()（）\[\]【】/]+", segment):
        idx = text.find(token, pos, number_start) if token else -1
        if idx >= 0:
            cells.append((idx, token))
            pos = idx + len(token)
    for i, (idx, token) in enumerate(cells):
        end = idx + len(token)
        if len(token) == 1 and i + 1 < len(cells) and len(cells[i + 1][1]) == 1 \
                and cells[i + 1][0] - end <= 3:
            token = token + cells[i + 1][1]
            end = cells[i + 1][0] + 1
        if is_name_token(token):
            return Found("person_name", idx, end, 0.05,
                         f"name in the same row as a {kind.replace('_', ' ')} number")
    return None


def test_name_in_row_finds_the_cells_the_split_found() -> None:
    import random

    from workbench.scanning.names import name_in_row

    rng = random.Random(11)
    pieces = ["王", "芳", "王建国", "李", "某", "低保户", "身份证号", "住址", "江南区", " ", "  ",
              "\t", "，", "、", "|", "（", "）", "[", "】", "/", "\n", "1", "男", "68岁", "\x1c",
              "\u2028", "\u3000", "\xa0"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))) + "110105"
        at = len(text) - 6
        assert name_in_row(text, at, "resident_id") == _name_in_row_reference(text, at,
                                                                              "resident_id")


def test_plausible_name_from_the_cached_head_equals_reading_the_whole_text() -> None:
    import random

    from workbench.scanning.names import _plausible_name, plausible_name

    rng = random.Random(13)
    chars = "王李欧阳司马建国明天满意度应当陈述芳某市村都很的了，。 \n0"
    for _ in range(5000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 14)))
        for pos in range(len(text) + 1):
            assert plausible_name(text, pos) == _plausible_name(text, pos), (text, pos)


def _resolve_reference(cands: list) -> list:
    """_resolve_overlaps as it was: one global sort, one pass."""
    cands.sort(key=lambda c: (c.rule.category, c.rule.subtype or "", c.start, -c.end))
    out: list = []
    for c in cands:
        prev = out[-1] if out else None
        if prev is not None and prev.rule.category is c.rule.category \
                and prev.rule.subtype == c.rule.subtype and c.start < prev.end:
            if prev.rule.extend or c.rule.extend:
                prev.end = max(prev.end, c.end)
                if c.score > prev.score:
                    prev.score, prev.evidence = c.score, c.evidence
                continue
            if (c.score, c.end - c.start) > (prev.score, prev.end - prev.start):
                out[-1] = c
            continue
        out.append(c)
    out.sort(key=lambda c: (c.start, c.end, c.rule.category))
    return out


def test_grouped_overlap_resolution_equals_the_global_pass() -> None:
    import copy
    import random

    from workbench.scanning.engine import _Candidate, _resolve_overlaps
    from workbench.scanning.model import Rule

    rules = [Rule(id=f"r{k}", category=cat, subtype=sub, score=0.6, explain="", extend=ext)
             for k, (cat, sub, ext) in enumerate([
                 (Category.INTERNAL_AFFAIRS, None, None), (Category.INTERNAL_AFFAIRS, "", None),
                 (Category.INTERNAL_AFFAIRS, "a", None), (Category.PERSONAL_PRIVACY, None, None),
                 (Category.PERSONAL_PRIVACY, "health", "clause"),
                 (Category.PERSONAL_PRIVACY, "health", None)])]
    rng = random.Random(17)
    for _ in range(500):
        cands = []
        for k in range(rng.randint(0, 40)):
            start = rng.randint(0, 60)
            cands.append(_Candidate(rng.choice(rules), start, start + rng.randint(1, 8),
                                    rng.choice([0.5, 0.6, 0.7]), f"e{k}"))
        expected = _resolve_reference(copy.deepcopy(cands))
        got = _resolve_overlaps(copy.deepcopy(cands))
        assert [(c.rule.id, c.start, c.end, c.score, c.evidence) for c in got] == \
            [(c.rule.id, c.start, c.end, c.score, c.evidence) for c in expected]


def test_offset_map_starts_is_start_of_each() -> None:
    from workbench.scanning.normalize import NormalizedText

    n = NormalizedText.of("秘 密\n\n身份证  号 ，㎡\u200b… 完")
    for mapping in (n.compact_map, n.folded_map):
        offsets = list(range(len(n.compact)))
        assert mapping.starts(offsets) == [mapping.start(i) for i in offsets]


def test_party_by_the_last_marker_equals_comparing_each_kinds_last_position() -> None:
    import random

    from workbench.scanning.contacts import _COMPANY_MARKERS, _PERSON_MARKERS, _party

    def reference(text: str, start: int) -> str | None:
        window = text[max(0, start - 120):start]
        company = max((window.rfind(w) for w in _COMPANY_MARKERS), default=-1)
        person = max((window.rfind(w) for w in _PERSON_MARKERS), default=-1)
        if company < 0 and person < 0:
            return None
        return "company" if company > person else "person"

    rng = random.Random(29)
    pieces = [*_COMPANY_MARKERS, *_PERSON_MARKERS, "有限", "公司", "男", "，", "住址", "路", "\n"]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))
        for start in range(0, len(text) + 1, 3):
            assert _party(text, start) == reference(text, start)
