"""Department negative-list terms as a spreadsheet (.xlsx) or CSV (UTF-8 with BOM), both ways.

Database-free: the services validate each row's meaning; this module only reads cells. The
columns are found by their header (Chinese or English), so a column moved in Excel still reads.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from workbench.core.errors import ValidationError

FORMATS = ("xlsx", "csv")
#: The header written on export; the first four columns are read back on import.
HEADER = ("类别", "类型", "词条", "备注", "类别名称")
_ALIASES = {
    "category": ("类别", "category", "分类"),
    "kind": ("类型", "kind", "种类"),
    "value": ("词条", "value", "term", "内容"),
    "note": ("备注", "note", "说明"),
}
MAX_ROWS = 20_000


@dataclass(frozen=True)
class TermRow:
    """One data row as read: its 1-based row number in the file, and the four cells."""

    row: int
    category: str
    kind: str
    value: str
    note: str


def file_format(path: str | Path) -> str:
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise ValidationError(f"{Path(path).name}: use an .xlsx or .csv file.",
                              code="terms_format_unsupported")
    return suffix


def write_terms(target: Path, fmt: str, rows: Iterable[Sequence[str]]) -> None:
    """Write the header and ``rows`` (category, kind, value, note, category name)."""
    if fmt == "csv":
        buffer = io.StringIO(newline="")
        writer = csv.writer(buffer, lineterminator="\r\n")  # Excel's own line ending
        writer.writerow(HEADER)
        writer.writerows(rows)
        # The BOM makes Excel on Windows read the file as UTF-8 rather than GBK.
        target.write_bytes(b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8"))
        return
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = "本单位补充清单"
    sheet.append(HEADER)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(list(row))
    for column, width in zip("ABCDE", (22, 12, 40, 40, 20), strict=True):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "A2"
    book.save(target)


def read_terms(path: str | Path) -> list[TermRow]:
    """The data rows of a terms file; blank rows are skipped.

    Raises:
        ValidationError: terms_format_unsupported, terms_file_unreadable (not a spreadsheet or
            CSV, or not UTF-8/GB18030), terms_header_missing (no 类别/类型/词条 header).
    """
    source = Path(path)
    fmt = file_format(source)
    try:
        raw = _csv_rows(source) if fmt == "csv" else _xlsx_rows(source)
    except ValidationError:
        raise
    except Exception as exc:  # any parser failure means the file is not what it claims
        raise ValidationError(f"{source.name} cannot be read as {fmt.upper()}: {exc}",
                              code="terms_file_unreadable") from exc
    if not raw:
        raise ValidationError(f"{source.name} is empty.", code="terms_header_missing")
    columns = _columns(raw[0], source.name)
    out: list[TermRow] = []
    for number, cells in enumerate(raw[1:], start=2):
        values = {key: _cell(cells, index) for key, index in columns.items()}
        if not any(values.values()):
            continue
        out.append(TermRow(number, values["category"], values["kind"], values["value"],
                           values.get("note", "")))
        if len(out) > MAX_ROWS:
            raise ValidationError(f"{source.name} has more than {MAX_ROWS} rows.",
                                  code="terms_file_unreadable")
    return out


def _cell(cells: Sequence[object], index: int) -> str:
    value = cells[index] if index < len(cells) else None
    return "" if value is None else str(value).strip()


def _columns(header: Sequence[object], name: str) -> dict[str, int]:
    labels = [str(c or "").strip().lstrip("\ufeff").lower() for c in header]
    found: dict[str, int] = {}
    for key, aliases in _ALIASES.items():
        for index, label in enumerate(labels):
            if label in aliases:
                found[key] = index
                break
    missing = [k for k in ("category", "kind", "value") if k not in found]
    if missing:
        raise ValidationError(f"{name}: the first row must name the columns 类别, 类型 and 词条 "
                              f"(missing: {', '.join(missing)}).", code="terms_header_missing")
    return found


def _csv_rows(path: Path) -> list[list[str]]:
    data = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):  # Excel saves "CSV" as GBK on Chinese Windows
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise ValidationError(f"{path.name} is neither UTF-8 nor GB18030 text.",
                              code="terms_file_unreadable")
    return list(csv.reader(io.StringIO(text, newline="")))


def _xlsx_rows(path: Path) -> list[list[object]]:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = book.worksheets[0]
        return [list(row) for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()
