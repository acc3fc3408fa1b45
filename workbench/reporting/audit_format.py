"""The audit export's columns, summary and cell encoding, shared by the writers and the verifier.

How an inspector recomputes the chain from an export (CSV or XLSX; the PDF prints the same
values) — each row's ``hash`` is::

    SHA-256( UTF-8( JSON object of the eleven fields
                    seq, occurred_at, actor_id, actor_name, role, action, outcome,
                    document_id, document_sha256, payload, prev_hash ) )

with the JSON written with keys sorted, no spaces (separators ``,`` and ``:``), non-ASCII
characters as themselves (not ``\\uXXXX``), ``seq``/``actor_id``/``document_id`` as numbers,
an empty cell as ``null``, and ``payload`` as a JSON *string* holding the payload text exactly as
exported (itself canonical JSON). In Python::

    json.dumps(fields, sort_keys=True, ensure_ascii=False, separators=(",", ":"))

(``workbench.core.audit_chain.event_hash``). The first event's ``prev_hash`` is 64 zeros; each
later event's ``prev_hash`` is the previous event's ``hash``; the chain's head hash printed in
the summary is the last event's ``hash``. A filtered export (one document, a date range) holds
only some events: each row's own hash can be recomputed, but links only between rows whose
sequence numbers are consecutive.
"""

from __future__ import annotations

from dataclasses import dataclass

from workbench.core.audit_chain import ChainedEvent
from workbench.core.errors import ValidationError
from workbench.reporting.labels import check_sha256, format_datetime, local_time
from workbench.reporting.records import AuditRow, AuditTrail

FORMAT_ID = "workbench-audit/1"
#: XLSX sheet names: the events, and the summary with the verification instructions.
ROWS_SHEET = "审计记录"
INFO_SHEET = "导出信息"

#: Column order of every export; the names are the hashed field names (plus ``hash``).
FIELDS = ("seq", "occurred_at", "actor_id", "actor_name", "role", "action", "outcome",
          "document_id", "document_sha256", "payload", "prev_hash", "hash")
INT_FIELDS = frozenset({"seq", "actor_id", "document_id"})
#: Fields stored as NULL when absent: exported as an empty cell.
NULLABLE = frozenset({"actor_id", "role", "document_id", "document_sha256"})

FIELD_LABELS_ZH = {
    "seq": "序号", "occurred_at": "时间(UTC)", "actor_id": "用户编号", "actor_name": "操作人",
    "role": "角色", "action": "操作", "outcome": "结果", "document_id": "文档编号",
    "document_sha256": "文档SHA-256", "payload": "内容(JSON)", "prev_hash": "前一事件哈希",
    "hash": "本事件哈希",
}

#: Summary keys, in order, with their Chinese labels (``标签 (key)`` in the files).
SUMMARY_LABELS = {
    "format": "格式",
    "exported_at": "导出时间",
    "department": "单位",
    "exported_by": "导出人",
    "filter": "筛选条件",
    "rows": "本文件事件数",
    "head_seq": "全链事件数",
    "head_hash": "链头哈希",
    "chain_verified": "导出时全链校验",
}

VERIFIED_ZH = {True: "通过", False: "未通过"}
WHOLE_TRAIL_ZH = "全部（完整链）"
HOW_TO_VERIFY_ZH = (
    "核验方法：每行 hash = SHA-256(UTF-8 编码的 JSON 对象)，对象含 seq、occurred_at、actor_id、"
    "actor_name、role、action、outcome、document_id、document_sha256、payload、prev_hash 共 11 个"
    "字段，键按字母排序、无空格、中文原样输出，空单元格为 null，payload 作为字符串。第一条事件的 "
    "prev_hash 为 64 个 0，其后每条的 prev_hash 等于上一条的 hash，最后一条的 hash 即链头哈希。"
    "按文档或日期筛选的导出只含部分事件，只能逐行核验并核对相邻序号之间的链接。"
)


def summary_key_label(key: str) -> str:
    return f"{SUMMARY_LABELS[key]} ({key})"


def parse_summary_label(text: str) -> str | None:
    """``链头哈希 (head_hash)`` -> ``head_hash``; None for anything else."""
    text = text.strip()
    if text.endswith(")") and " (" in text:
        key = text[text.rindex(" (") + 2:-1]
        if key in SUMMARY_LABELS:
            return key
    return None


@dataclass(frozen=True)
class Summary:
    """The facts printed above the rows, as text."""

    items: tuple[tuple[str, str], ...]  # (key, value) in SUMMARY_LABELS order

    def get(self, key: str) -> str:
        return dict(self.items).get(key, "")


def summary(trail: AuditTrail) -> Summary:
    exported = local_time(trail.exported_at)
    values = {
        "format": FORMAT_ID,
        "exported_at": exported.isoformat(timespec="seconds"),
        "department": trail.department,
        "exported_by": trail.exported_by,
        "filter": trail.filter_description or WHOLE_TRAIL_ZH,
        "rows": str(len(trail.rows)),
        "head_seq": str(trail.head_seq),
        "head_hash": trail.head_hash,
        "chain_verified": VERIFIED_ZH[bool(trail.chain_verified)],
    }
    return Summary(tuple((key, values[key]) for key in SUMMARY_LABELS))


def exported_at_text(trail: AuditTrail) -> str:
    return format_datetime(local_time(trail.exported_at))


def cell_text(row: AuditRow, name: str) -> str:
    """One field as exported text: integers in decimal, NULL as an empty cell."""
    value = getattr(row, name)
    return "" if value is None else str(value)


def validate(trail: AuditTrail) -> None:
    """Refuse a trail whose export could not be verified (wrong types, order or digests)."""
    if not isinstance(trail, AuditTrail):
        raise ValidationError("An AuditTrail is needed.", code="export_record")
    check_sha256(trail.head_hash, "head_hash")
    previous = 0
    for row in trail.rows:
        if not isinstance(row, AuditRow):
            raise ValidationError("Audit rows must be AuditRow records.", code="export_record")
        if not isinstance(row.seq, int) or row.seq <= previous:
            raise ValidationError("Audit rows must be in increasing sequence order.",
                                  code="export_audit_order", seq=row.seq)
        previous = row.seq
        check_sha256(row.hash, f"hash of event {row.seq}")
        check_sha256(row.prev_hash, f"prev_hash of event {row.seq}")
        check_sha256(row.document_sha256, f"document_sha256 of event {row.seq}", optional=True)
        for name in ("role", "document_sha256"):
            if getattr(row, name) == "":
                # An empty cell means NULL in the export; an empty string would not verify.
                raise ValidationError(f"Event {row.seq} has an empty {name} instead of NULL.",
                                      code="export_audit_empty", seq=row.seq)


def _int_or_none(text: str, name: str, line: int) -> int | None:
    if text == "" and name in NULLABLE:
        return None
    try:
        return int(text)
    except ValueError:
        raise ValidationError(f"Line {line}: {name} {text!r} is not a number.",
                              code="audit_file_malformed", line=line) from None


def row_from_cells(cells: dict[str, str], line: int) -> tuple[ChainedEvent, str]:
    """Rebuild the hashed event and its stated hash from one exported row's text."""
    values: dict[str, object] = {}
    for name in FIELDS[:-1]:
        text = cells.get(name, "")
        if name in INT_FIELDS:
            values[name] = _int_or_none(text, name, line)
        elif name in NULLABLE and text == "":
            values[name] = None
        else:
            values[name] = text
    return ChainedEvent(**values), cells.get("hash", "")  # type: ignore[arg-type]
