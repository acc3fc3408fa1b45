"""Load and validate the negative list (baseline TOML files plus department overlays)."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import regex

from workbench.core.categories import CATEGORY_NAME_ZH, Category, Withholding
from workbench.core.errors import ValidationError
from workbench.scanning.model import CategorySpec, LegalGround, Rule
from workbench.scanning.overlay import Overlay, OverlayException, OverlayTerm
from workbench.scanning.passages import MODEL_FILE, PassageModel, load_passage_model
from workbench.scanning.publication import Publication
from workbench.scanning.recognizer_names import RECOGNIZER_NAMES
from workbench.scanning.tomlfile import TomlFile, parse_toml

_RULE_ID = re.compile(r"^[a-z0-9_]+$")
_RULE_KEYS = {
    "id", "subtype", "score", "explain", "terms", "pattern", "recognizer", "context_plus",
    "context_minus", "document_minus", "document_plus", "boost", "penalty", "window",
    "requires_context", "exceptions", "extend", "ground", "max_age",
}
_FILE_KEYS = {"id", "name_zh", "withholding", "description", "legal_ground", "rules",
              "exceptions"}
_GROUND_KEYS = {"article", "law", "revision", "also"}
#: ``extend = "clause"``: the hit covers the rest of the clause after the cue word (the
#: quantities after 配方, the parameters after 工艺参数), which is what must be redacted.
_EXTENDS = {"clause"}
#: Named word sets that say what kind of paper a draft is (安保方案, 风险处置方案 …), shared by
#: the rules that read a fact by the paper it sits in: ``document_plus = ["@security_plan"]``.
PAPER_KINDS_FILE = "_paper_kinds.toml"


@dataclass(frozen=True)
class NegativeList:
    """The baseline categories plus the overlays applied on top, and their version."""

    categories: tuple[CategorySpec, ...]
    overlays: tuple[Overlay, ...]
    version: str  # content hash of baseline + overlays, recorded on every hit
    baseline_version: str
    #: Which papers are written to be published (``_paper_kinds.toml``), if the list says.
    publication: Publication | None = None
    #: The learned classifier of sensitive clauses (``_passages.json``), if the list has one.
    passages: PassageModel | None = None

    def spec(self, category: Category) -> CategorySpec | None:
        for spec in self.categories:
            if spec.category is category:
                return spec
        return None

    @property
    def rules(self) -> tuple[Rule, ...]:
        """Baseline rules followed by the overlays' terms (as rules)."""
        out = [rule for spec in self.categories for rule in spec.rules]
        for overlay in self.overlays:
            out.extend(_overlay_rules(overlay))
        return tuple(out)

    def exceptions(self) -> list[tuple[str, Category | None]]:
        """Every suppressing phrase with the category it applies to (None: all categories)."""
        out: list[tuple[str, Category | None]] = []
        for spec in self.categories:
            out.extend((p, spec.category) for p in spec.exceptions)
        for overlay in self.overlays:
            for exc in overlay.exceptions:
                out.extend((p, exc.category) for p in exc.phrases)
        return out

    def description(self) -> str:
        """One line naming the baseline and overlays, stored next to the version."""
        names = "、".join(o.name for o in self.overlays)
        return f"baseline {self.baseline_version}" + (f" + {names}" if names else "")

    def snapshot(self) -> dict[str, Any]:
        """What the version stands for, to keep with it (the overlays' full content)."""
        return {"version": self.version, "baseline_version": self.baseline_version,
                "categories": [s.category.value for s in self.categories],
                "overlays": [json.loads(o.canonical()) for o in self.overlays]}

    def with_overlays(self, *overlays: Overlay) -> NegativeList:
        """The same baseline with more overlays on top (services pass department terms here)."""
        all_overlays = (*self.overlays, *overlays)
        return replace(self, overlays=all_overlays,
                       version=_version(self.baseline_version, all_overlays))


def _read_hashed(path: Path, digest: hashlib._Hash) -> bytes:
    """The bytes of a list file, fed (with its name) into the list version's digest."""
    raw = path.read_bytes()
    digest.update(path.name.encode() + b"\0" + raw + b"\0")
    return raw


def load_negative_list(baseline_dir: Path | str | None = None,
                       overlays: Iterable[Overlay | Path | str] = ()) -> NegativeList:
    """Load the baseline list and apply overlays (files, folders or ``Overlay`` values).

    Raises:
        ValidationError: a file is malformed; the message names the file and line.
    """
    if baseline_dir is None:
        from workbench.paths import negative_list_dir

        baseline_dir = negative_list_dir()
    base = Path(baseline_dir)
    if not base.is_dir():
        raise ValidationError(f"{base}: negative-list folder not found", code="negative_list")
    files = sorted(p for p in base.glob("*.toml") if not p.name.startswith(("_", ".")))
    if not files:
        raise ValidationError(f"{base}: no negative-list files (*.toml) in this folder",
                              code="negative_list")
    digest = hashlib.sha256()
    paper_kinds: dict[str, tuple[str, ...]] = {}
    publication = None
    kinds_path = base / PAPER_KINDS_FILE
    if kinds_path.is_file():
        raw = _read_hashed(kinds_path, digest)
        kinds_doc = parse_toml(kinds_path, raw)
        paper_kinds = _parse_paper_kinds(kinds_doc)
        publication = _parse_publication(kinds_doc, paper_kinds)
    passages = None
    model_path = base / MODEL_FILE
    if model_path.is_file():
        passages = load_passage_model(model_path, _read_hashed(model_path, digest))
    specs: list[CategorySpec] = []
    seen: dict[Category, str] = {}
    for path in files:
        raw = _read_hashed(path, digest)
        spec = _parse_category(parse_toml(path, raw), paper_kinds)
        if spec.category in seen:
            raise ValidationError(f"{path.name}: category '{spec.category}' is already defined "
                                  f"in {seen[spec.category]}", code="negative_list")
        seen[spec.category] = path.name
        specs.append(spec)
    _check_unique_rule_ids(specs)
    baseline_version = digest.hexdigest()[:16]
    loaded = tuple(o for item in overlays for o in _as_overlays(item))
    return NegativeList(tuple(specs), loaded, _version(baseline_version, loaded),
                        baseline_version, publication, passages)


def load_overlay(path: Path | str) -> list[Overlay]:
    """Overlays from one TOML file or every ``*.toml`` file in a folder."""
    p = Path(path)
    if p.is_dir():
        return [_parse_overlay(parse_toml(f, f.read_bytes()))
                for f in sorted(p.glob("*.toml")) if not f.name.startswith(("_", "."))]
    if not p.is_file():
        raise ValidationError(f"{p}: overlay file not found", code="negative_list")
    return [_parse_overlay(parse_toml(p, p.read_bytes()))]


def _as_overlays(item: Overlay | Path | str) -> list[Overlay]:
    return [item] if isinstance(item, Overlay) else load_overlay(item)


def _version(baseline_version: str, overlays: Sequence[Overlay]) -> str:
    if not overlays:
        return baseline_version
    digest = hashlib.sha256(baseline_version.encode())
    for overlay in overlays:
        digest.update(b"\0" + overlay.canonical().encode())
    return digest.hexdigest()[:16]


def _check_unique_rule_ids(specs: Sequence[CategorySpec]) -> None:
    seen: dict[str, str] = {}
    for spec in specs:
        for rule in spec.rules:
            if rule.id in seen:
                raise ValidationError(f"{rule.source}: rule id '{rule.id}' is already used at "
                                      f"{seen[rule.id]}", code="negative_list")
            seen[rule.id] = rule.source


def _parse_paper_kinds(doc: TomlFile) -> dict[str, tuple[str, ...]]:
    """The named word sets of ``_paper_kinds.toml`` (``[kinds]``: name = [words])."""
    _no_unknown_keys(doc, doc.data, {"kinds", "publication"}, None)
    table = doc.data.get("kinds")
    if not isinstance(table, dict) or not table:
        raise doc.error("needs a table [kinds] of named word lists", key="kinds")
    out: dict[str, tuple[str, ...]] = {}
    for name in table:
        if not _RULE_ID.match(name):
            raise doc.error(f"kind name '{name}' may use only a-z, 0-9 and _", key=name,
                            table="kinds")
        words = doc.strings(table, name, table="kinds")
        if not words or any(not w.strip() for w in words):
            raise doc.error(f"kind '{name}' needs a list of non-empty words", key=name,
                            table="kinds")
        out[name] = words
    return out


def _parse_publication(doc: TomlFile, paper_kinds: dict[str, tuple[str, ...]]
                       ) -> Publication | None:
    """The ``[publication]`` table of ``_paper_kinds.toml``, if it has one."""
    table = doc.data.get("publication")
    if table is None:
        return None
    if not isinstance(table, dict):
        raise doc.error("'publication' must be a table ([publication])", key="publication")
    keys = ("title", "restricted", "withheld_subjects", "discretionary_subjects")
    _no_unknown_keys(doc, table, set(keys), None, table="publication")
    lists = {k: _word_list(doc, table, k, None, paper_kinds, table="publication") for k in keys}
    if not lists["title"]:
        raise doc.error("'title' needs at least one word", key="title", table="publication")
    return Publication(**lists)


def _word_list(doc: TomlFile, data: dict[str, Any], key: str, index: int | None,
               paper_kinds: dict[str, tuple[str, ...]], table: str | None = None
               ) -> tuple[str, ...]:
    """A rule's (or ``table``'s) word list with every ``@kind`` replaced by that kind's words."""
    where: dict[str, Any] = {"rule": index} if table is None else {"table": table}
    words = doc.strings(data, key, **where)
    if not any(w.startswith("@") for w in words):
        return words
    out: list[str] = []
    for word in words:
        if not word.startswith("@"):
            out.append(word)
            continue
        if word[1:] not in paper_kinds:
            raise doc.error(f"unknown paper kind '{word}' (defined in {PAPER_KINDS_FILE}: "
                            f"{', '.join('@' + k for k in sorted(paper_kinds)) or 'none'})",
                            key=key, **where)
        out.extend(w for w in paper_kinds[word[1:]] if w not in out)
    return tuple(out)


def _parse_category(doc: TomlFile, paper_kinds: dict[str, tuple[str, ...]] | None = None,
                    ) -> CategorySpec:
    data = doc.data
    _no_unknown_keys(doc, data, _FILE_KEYS, None)
    cat_id = doc.string(data, "id")
    try:
        category = Category(cat_id)
    except ValueError:
        raise doc.error(f"unknown category id '{cat_id}' (one of: "
                        f"{', '.join(c.value for c in Category)})", key="id") from None
    if doc.path.stem != category.value:
        raise doc.error(f"file of category '{category}' must be named {category}.toml", key="id")
    withholding_text = doc.string(data, "withholding")
    try:
        withholding = Withholding(withholding_text)
    except ValueError:
        raise doc.error("withholding must be 'mandatory' or 'discretionary'",
                        key="withholding") from None
    ground_data = data.get("legal_ground")
    if not isinstance(ground_data, dict):
        raise doc.error("missing table [legal_ground] with article, law and revision",
                        key="legal_ground")
    _no_unknown_keys(doc, ground_data, _GROUND_KEYS, None, table="legal_ground")
    ground = LegalGround(
        article=doc.string(ground_data, "article", table="legal_ground"),
        law=doc.string(ground_data, "law", table="legal_ground"),
        revision=doc.string(ground_data, "revision", table="legal_ground"),
        also=doc.strings(ground_data, "also", table="legal_ground"),
    )
    rules_data = data.get("rules")
    if not isinstance(rules_data, list) or not rules_data:
        raise doc.error("a category needs at least one [[rules]] entry", key="rules")
    rules = tuple(_parse_rule(doc, category, i, r, paper_kinds or {})
                  for i, r in enumerate(rules_data))
    return CategorySpec(
        category=category,
        name_zh=doc.string(data, "name_zh") or CATEGORY_NAME_ZH[category],
        legal_ground=ground,
        withholding=withholding,
        description=doc.string(data, "description"),
        rules=rules,
        exceptions=doc.strings(data, "exceptions"),
        source=doc.path.name,
    )


def _parse_rule(doc: TomlFile, category: Category, index: int, data: Any,
                paper_kinds: dict[str, tuple[str, ...]]) -> Rule:
    if not isinstance(data, dict):
        raise doc.error("each [[rules]] entry must be a table", rule=index)
    _no_unknown_keys(doc, data, _RULE_KEYS, index)
    local_id = doc.string(data, "id", rule=index)
    if not _RULE_ID.match(local_id):
        raise doc.error(f"rule id '{local_id}' may use only a-z, 0-9 and _", rule=index, key="id")
    kinds = [k for k in ("terms", "pattern", "recognizer") if k in data]
    if len(kinds) != 1:
        raise doc.error("a rule needs exactly one of: terms, pattern, recognizer", rule=index,
                        key=kinds[1] if len(kinds) > 1 else "id")
    terms = doc.strings(data, "terms", rule=index)
    if "terms" in data and not terms:
        raise doc.error("terms must not be empty", rule=index, key="terms")
    if any(not t.strip() for t in terms):
        raise doc.error("terms must not contain empty strings", rule=index, key="terms")
    pattern = data.get("pattern")
    if pattern is not None:
        pattern = doc.string(data, "pattern", rule=index)
        try:
            regex.compile(pattern)
        except regex.error as exc:
            raise doc.error(f"invalid pattern: {exc}", rule=index, key="pattern") from None
    recognizer = data.get("recognizer")
    if recognizer is not None:
        recognizer = doc.string(data, "recognizer", rule=index)
        if recognizer not in RECOGNIZER_NAMES:
            raise doc.error(f"unknown recognizer '{recognizer}' (one of: "
                            f"{', '.join(sorted(RECOGNIZER_NAMES))})", rule=index,
                            key="recognizer")
    score = doc.number(data, "score", rule=index, low=0.0, high=1.0)
    window = data.get("window", 24)
    if not isinstance(window, int) or isinstance(window, bool) or not 1 <= window <= 400:
        raise doc.error("window must be a whole number of characters from 1 to 400",
                        rule=index, key="window")
    requires_context = data.get("requires_context", False)
    if not isinstance(requires_context, bool):
        raise doc.error("requires_context must be true or false", rule=index,
                        key="requires_context")
    subtype = data.get("subtype")
    if subtype is not None:
        subtype = doc.string(data, "subtype", rule=index)
    extend = data.get("extend")
    if extend is not None and extend not in _EXTENDS:
        raise doc.error(f"extend must be one of: {', '.join(sorted(_EXTENDS))}", rule=index,
                        key="extend")
    ground = data.get("ground")
    if ground is not None:
        ground = doc.string(data, "ground", rule=index)
    max_age = data.get("max_age")
    if max_age is not None and (not isinstance(max_age, int) or isinstance(max_age, bool)
                                or not 1 <= max_age <= 120):
        raise doc.error("max_age must be a whole number of years from 1 to 120", rule=index,
                        key="max_age")
    return Rule(
        id=f"{category.value}.{local_id}",
        category=category,
        subtype=subtype,
        score=score,
        explain=str(data.get("explain") or ""),
        terms=terms,
        pattern=pattern,
        recognizer=recognizer,
        context_plus=_word_list(doc, data, "context_plus", index, paper_kinds),
        context_minus=_word_list(doc, data, "context_minus", index, paper_kinds),
        document_minus=_word_list(doc, data, "document_minus", index, paper_kinds),
        document_plus=_word_list(doc, data, "document_plus", index, paper_kinds),
        boost=doc.number(data, "boost", rule=index, low=0.0, high=1.0, default=0.2),
        penalty=doc.number(data, "penalty", rule=index, low=0.0, high=1.0, default=0.35),
        window=window,
        requires_context=requires_context,
        exceptions=doc.strings(data, "exceptions", rule=index),
        extend=extend,
        ground=ground,
        max_age=max_age,
        source=f"{doc.path.name}:{doc.line_of(rule=index)}",
    )


def _no_unknown_keys(doc: TomlFile, data: dict[str, Any], allowed: set[str],
                     rule: int | None, table: str | None = None) -> None:
    for key in data:
        if key not in allowed:
            raise doc.error(f"unknown key '{key}' (allowed: {', '.join(sorted(allowed))})",
                            rule=rule, key=key, table=table)


_OVERLAY_KEYS = {"name", "terms", "exceptions"}
_OVERLAY_TERM_KEYS = {"category", "terms", "subtype", "score", "context_plus", "context_minus",
                      "note"}
_OVERLAY_EXC_KEYS = {"category", "phrases", "note"}


def _parse_overlay(doc: TomlFile) -> Overlay:
    data = doc.data
    _no_unknown_keys(doc, data, _OVERLAY_KEYS, None)
    name = doc.string(data, "name")
    terms: list[OverlayTerm] = []
    for i, entry in enumerate(doc.tables(data, "terms")):
        _no_unknown_keys(doc, entry, _OVERLAY_TERM_KEYS, i, table="terms")
        items = doc.strings(entry, "terms", rule=i, array="terms")
        if not items:
            raise doc.error("terms must list at least one term", rule=i, key="terms",
                            array="terms")
        terms.append(OverlayTerm(
            category=_overlay_category(doc, entry, i, "terms", required=True),
            terms=items,
            subtype=entry.get("subtype"),
            score=doc.number(entry, "score", rule=i, low=0.0, high=1.0, default=0.8,
                             array="terms"),
            context_plus=doc.strings(entry, "context_plus", rule=i, array="terms"),
            context_minus=doc.strings(entry, "context_minus", rule=i, array="terms"),
            note=str(entry.get("note", "")),
        ))
    exceptions: list[OverlayException] = []
    for i, entry in enumerate(doc.tables(data, "exceptions")):
        _no_unknown_keys(doc, entry, _OVERLAY_EXC_KEYS, i, table="exceptions")
        phrases = doc.strings(entry, "phrases", rule=i, array="exceptions")
        if not phrases:
            raise doc.error("phrases must list at least one phrase", rule=i, key="phrases",
                            array="exceptions")
        exceptions.append(OverlayException(
            phrases=phrases,
            category=_overlay_category(doc, entry, i, "exceptions", required=False),
            note=str(entry.get("note", "")),
        ))
    return Overlay(name=name, terms=tuple(terms), exceptions=tuple(exceptions),
                   source=str(doc.path))


def _overlay_category(doc: TomlFile, entry: dict[str, Any], index: int, array: str, *,
                      required: bool) -> Category | None:
    value = entry.get("category")
    if value is None and not required:
        return None
    try:
        return Category(value)
    except ValueError:
        raise doc.error(f"unknown category '{value}'", rule=index, key="category",
                        array=array) from None


def _overlay_rules(overlay: Overlay) -> list[Rule]:
    slug = hashlib.sha256(overlay.name.encode()).hexdigest()[:6]
    return [
        Rule(
            id=f"{term.category.value}.overlay_{slug}_{i}",
            category=term.category,
            subtype=term.subtype,
            score=term.score,
            explain=f"部门补充清单（{overlay.name}）" + (f"：{term.note}" if term.note else ""),
            terms=term.terms,
            context_plus=term.context_plus,
            context_minus=term.context_minus,
            source=overlay.source,
        )
        for i, term in enumerate(overlay.terms)
    ]
