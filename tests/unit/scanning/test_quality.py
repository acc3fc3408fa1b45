"""The labelled corpus meets the quality bar (recall, decoys, attribute)."""

from __future__ import annotations

from benchmarks.scan_quality import DEFAULT_CORPUS, evaluate


def test_the_corpus_meets_the_quality_targets() -> None:
    report = evaluate(DEFAULT_CORPUS)
    assert report.documents >= 40
    label_problems = [p for p in report.problems if "not in document" in p]
    assert label_problems == []
    assert report.recall >= 0.95, report.problems
    assert report.validated_recall == 1.0, report.problems
    assert report.decoy_rate <= 0.10, report.problems
    assert report.attribute_accuracy >= 0.85, report.problems
