"""The third holdout corpus (tests/fixtures/holdout3, written blind by someone else).

First blind run: must-find 65.0 % (65/100), validated 97 % (landline 1/2), decoys 1.3 %,
attribute 90.2 %, needs_redaction 95.1 %. Its misses were grouped into general weaknesses
(minors in incident reports, petitioners in reply letters, private landline labels, village
groups and courtyard rows in addresses, raw discussion records, internal procedures, bank
rescue terms, supplier costs, protection gaps, brewing incidents, single statistics
respondents) and fixed with general rules. The corpus is NOT blind any more: this is a
regression check; only a fourth blind corpus can measure unseen drafts again.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.scan_quality import ROOT, evaluate

HOLDOUT3 = ROOT / "tests" / "fixtures" / "holdout3"


@pytest.mark.skipif(not Path(HOLDOUT3).is_dir(), reason="no third holdout corpus here")
def test_the_third_holdout_corpus_meets_the_quality_targets() -> None:
    report = evaluate(HOLDOUT3)
    assert report.documents >= 61
    assert [p for p in report.problems if "not in document" in p] == []
    assert report.recall >= 0.95, report.problems
    assert report.validated_recall == 1.0, report.problems
    assert report.decoy_rate <= 0.10, report.problems
    assert report.attribute_accuracy >= 0.85, report.problems
    assert report.redaction_accuracy >= 0.90, report.problems
