"""``workbench scan`` as a separate process on a folder of mixed files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from workbench.paths import resources_dir

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"


def test_scan_a_mixed_folder_from_the_command_line(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("sample.docx", "sample.pdf", "sample.txt"):
        src = resources_dir() / "selftest" / name
        if src.exists():
            (folder / name).write_bytes(src.read_bytes())
    (folder / "007.txt").write_bytes((CORPUS / "007_classified_plan.txt").read_bytes())
    (folder / "damaged.pdf").write_bytes(b"%PDF-1.7 truncated")
    proc = subprocess.run(
        [sys.executable, "-m", "workbench", "scan", str(folder), "--format", "jsonl"],
        capture_output=True, text=True, encoding="utf-8", check=False)
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    records = {Path(r["file"]).name: r for r in map(json.loads, proc.stdout.splitlines())}
    assert records["damaged.pdf"]["status"] == "error"
    assert records["007.txt"]["suggested_attribute"] == "withheld"
    for name, record in records.items():
        if name != "damaged.pdf":
            assert record["status"] == "ok", record
            assert record["negative_list_version"] == records["007.txt"]["negative_list_version"]
