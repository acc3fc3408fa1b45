"""The scanning engine: one automaton for all terms, validated recognisers, context, scoring."""

from __future__ import annotations

import bisect
import functools
import logging
import operator
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date

import ahocorasick_rs
import numpy as np
import regex

from workbench.core.attributes import DisclosureAttribute
from workbench.core.categories import Category
from workbench.core.progress import NullProgress, ProgressSink, check_cancelled
from workbench.extraction.model import ExtractedText
from workbench.heap import collector_paused
from workbench.scanning.accused import ALLEGATION_WORDS, names_accused
from workbench.scanning.beside import Deferred
from workbench.scanning.contacts import find_addresses, find_emails
from workbench.scanning.facts import (
    best_topics,
    fact_clauses,
    fact_topics,
    is_concrete,
    runs,
)
from workbench.scanning.found import Found
from workbench.scanning.health import condition_words, find_conditions, in_example_list
from workbench.scanning.loader import NegativeList
from workbench.scanning.marks import find_marks
from workbench.scanning.model import Hit, Rule, ScanResult, make_hit
from workbench.scanning.names import (
    SUSPECT_WORDS,
    contact_owner,
    in_book_title,
    is_name_token,
    name_before_condition,
    name_before_id_label,
    name_in_row,
    name_owning_bracket,
    name_owning_number,
    names_after_triggers,
    names_before_contact,
    names_behind_masks,
    names_by_home,
    names_in_name_column,
    names_in_profiles,
    names_in_salutation,
    names_of_informants,
    names_of_suspects,
    plausible_name,
    stands_as_name,
)
from workbench.scanning.normalize import NormalizedText, normalize_term, normalize_terms
from workbench.scanning.numbers import IDENTIFIER_LABELS, PRIVATE_PHONE_LABELS, find_numbers
from workbench.scanning.overlap import covered
from workbench.scanning.params import find_parameters
from workbench.scanning.passages import ClauseReading
from workbench.scanning.prefilter import pattern_anchors, pattern_prefixes
from workbench.scanning.sentences import head_lines, sentence_start, sentences_holding
from workbench.scanning.suggest import suggest
from workbench.scanning.tables import enterprise_figure_rows
from workbench.scanning.validators import UNIONPAY_PREFIXES

log = logging.getLogger("workbench.scanning")

#: Hits scoring below this are not reported (they would train reviewers to click "dismiss").
MIN_SCORE = 0.5
_BIRTH_YEAR = re.compile(r"((?:19|20)[0-9]{2})年")
_WS = re.compile(r"\s+")
_NUMBER_RECOGNIZERS = ("resident_id", "mobile", "landline", "bank_card")
_TITLE_PENALTY = 0.3  # a term inside 《…》 names another document, it is not this one's content
_IDENTIFIER_PENALTY = 0.5
_ROW_KEYS = ("resident_id", "mobile", "bank_card")  # numbers that put a name in the same row
_COUNT_AFTER = re.compile(r"[0-9]+件")  # 属于行政执法案卷0件: a statistics line, not a file
_COUNT_PENALTY = 0.4
_ENUM_PENALTY = 0.4
#: Words that introduce or close a list of category names (a rule text defining the categories:
#: 是否涉及商业秘密、个人隐私; 讨论记录、过程稿、磋商信函、请示报告等过程性信息).
_ENUM_BEFORE = ("是否", "属于", "包括", "例如", "诸如", "不属于", "或者")
_ENUM_AFTER = re.compile(r"等[^\n。；，,]{0,8}?(?:信息|秘密|隐私|事项)")
_CLAUSE_END = re.compile(r"[。；;!?！？\n]")
_EXTEND_MAX = 240
#: Words that make an address a household's (column headings of a relief table).
_ADDRESS_HEADINGS = ("家庭住址", "住址", "家庭地址", "居住地址", "现住址", "户籍地址")
_ROW_HEADINGS = ("姓名", "户主", "序号", "身份证", "联系电话")
_LONG_NUMBER = re.compile(r"[0-9]{6}")
_CHARS_PER_TRY = 200
#: A pattern with a branch that starts with a class (\p{Han}{2,14}?…, [0-9]{1,6}…) gives
#: ``finditer`` no first character to skip to: it runs its first loop at every position, and
#: a try at an anchored position costs only as much as some ten characters of that scan.
_BARE_SCAN_FACTOR = 20
#: A private person written with 某 (吴某, 张某某), not a place or a body (某市, 某单位).
_SOMEONE = regex.compile(r"\p{Han}某某?(?![某市县区省镇乡村单位公司企业部门地街局厂])")
#: The verb of one person's diagnosis right before a condition.
_DIAGNOSED = regex.compile(r"(?:诊断为|确诊为|诊断结果为|鉴定为)$")
#: The privacy rule whose hits the ``hiv_person`` rule files again under the law.
_HIV_STATUS_RULE = "personal_privacy.hiv_status"
_ALSO_UNDER_NOTE = "; the person's HIV status, which the law forbids disclosing"
#: The words that give one person's medical check-up result right before a condition.
_CHECKUP_RESULT = regex.compile(
    r"体检(?:复检|复查)?(?:结论|结果)?(?:为|显示|发现|提示|查出)(?:其为|其)?$")
#: What follows a condition in a rule about a kind of people, not a person (…阳性的, …者).
_GENERIC_AFTER = ("的", "者", "等")
_HEADING_REACH = 3000  # characters: a table of households rarely runs longer under one heading


class _Words:
    """A word list asked which of its words (first in list order) a short text holds.

    ``first_in(text)`` is ``next((w for w in words if w in text), None)``; one C-level search
    of the alternation of all words answers the common "none" first.
    """

    __slots__ = ("_any", "words")

    def __init__(self, words: tuple[str, ...]) -> None:
        self.words = words
        self._any = re.compile("|".join(re.escape(w) for w in words))

    def first_in(self, text: str) -> str | None:
        if self._any.search(text) is None:
            return None
        return next((w for w in self.words if w in text), None)


@dataclass(frozen=True, slots=True)
class _Entry:
    """What one automaton pattern stands for."""

    kind: str  # "term", "except" or "trigger"
    rule: int  # index into Scanner.rules (-1 for category-wide or list-wide exceptions)
    category: Category | None = None


@dataclass(slots=True)
class _Candidate:
    rule: Rule
    start: int  # original text
    end: int
    score: float
    evidence: str


class Scanner:
    """Scans texts against one negative list. Build once, reuse for many documents."""

    def __init__(self, negative_list: NegativeList, *, min_score: float = MIN_SCORE,
                 today: date | None = None, passages: bool = True) -> None:
        self.negative_list = negative_list
        self._today = today  # None: the day of each scan (rules with max_age depend on it)
        self.version = negative_list.version
        self.description = negative_list.description()
        self.min_score = min_score
        self.rules: tuple[Rule, ...] = negative_list.rules
        self._ground = {s.category: s.legal_ground.cite() for s in negative_list.categories}
        self._patterns = [(i, regex.compile(r.pattern)) for i, r in enumerate(self.rules)
                          if r.pattern]
        self._build_prefilter()
        self._recognizer_rules = {r.recognizer: i for i, r in enumerate(self.rules)
                                  if r.recognizer and r.recognizer not in _PER_CATEGORY}
        self._name_rule_ids = frozenset(r.id for r in self.rules
                                        if r.recognizer in _NAME_RECOGNIZERS)
        # The learned passage model marks clauses in the categories whose rules admit it
        # (``passages=False``: the rules alone, which is what the model is trained beside).
        self._passages = negative_list.passages if passages else None
        self._passage_rules = {r.category: i for i, r in enumerate(self.rules)
                               if r.recognizer == "passage_model"} if self._passages else {}
        # One per category: its subject words, read only in a paper already not to be published.
        # Ties between categories go to the one DESIGN.md lists first (the stricter ground).
        self._fact_rules = sorted((i for i, r in enumerate(self.rules)
                                   if r.recognizer == "paper_fact"),
                                  key=lambda i: list(Category).index(self.rules[i].category))
        self._ctx = [(tuple(normalize_term(w) for w in r.context_plus),
                      tuple(normalize_term(w) for w in r.context_minus)) for r in self.rules]
        self._doc_minus = [(i, tuple(normalize_term(w) for w in r.document_minus))
                           for i, r in enumerate(self.rules) if r.document_minus]
        self._doc_plus = [(i, tuple(normalize_term(w) for w in r.document_plus))
                          for i, r in enumerate(self.rules) if r.document_plus]
        # Per document word, the rules that list it and where: a scan reads the few words its
        # text holds instead of every rule's list.
        self._doc_minus_index = _word_index(self._doc_minus)
        self._doc_plus_index = _word_index(self._doc_plus)
        self._doc_hits: dict[int, str] = {}  # per scan: rule -> document_minus word present
        self._doc_plus_hits: dict[int, str] = {}  # per scan: rule -> document_plus word present
        self._present: set[str] = set()  # per scan: which of the document words occur
        self._anchor_found: list[tuple[int, int]] = []  # per scan: see _pattern_starts
        # The legal ground and the explanation's head of each rule's hits, built once.
        self._hit_strings: dict[int, tuple[str, str]] = {}
        for r in self.rules:
            ground = self._ground.get(r.category, "")
            if r.ground:
                ground = f"{ground}；{r.ground}" if ground else r.ground
            self._hit_strings[id(r)] = (f"{r.explain or r.id}: ", ground)
        # A person's HIV status is private, and the 艾滋病防治条例 forbids disclosing it besides:
        # each such hit is shown under the law too, whichever way it was written.
        hiv_person = self._recognizer_rules.get("hiv_person")
        hiv_status = next((r for r in self.rules if r.id == _HIV_STATUS_RULE), None)
        self._also_under = ({id(hiv_status): self.rules[hiv_person]}
                            if hiv_person is not None and hiv_status is not None else {})
        self._build_automaton()

    def _build_prefilter(self) -> None:
        """Anchor words of the patterns that start with one of several literals.

        ``regex`` scans fast for a pattern that starts with one fixed string, slowly for one
        that starts with an alternation or a class: those are tried only where one of their
        possible first words occurs (see ``prefilter``).

        A branch that also needs a rarer word a bounded distance after its start (拟…传唤) is
        anchored on that word instead: its starts are the positions in reach before one of
        the word's occurrences where one of its first words stands (``pattern_anchors``).
        """
        word_ids: dict[str, int] = {}

        def ids(words: frozenset[str]) -> tuple[int, ...]:
            return tuple(word_ids.setdefault(w, len(word_ids)) for w in sorted(words))

        #: per anchored slot, per branch: (prefix word ids, prefixes as a tuple or None,
        #: inner word ids or None, lo, hi)
        self._anchor_plans: dict[int, list[tuple[tuple[int, ...], tuple[str, ...] | None,
                                                 tuple[int, ...] | None, int, int]]] = {}
        self._bare_slots: set[int] = set()  # see _BARE_SCAN_FACTOR
        for slot, (i, compiled) in enumerate(self._patterns):
            if compiled.flags & regex.IGNORECASE and compiled.flags & regex.FULLCASE:
                continue  # full case folding: one character may match two (ß, ss)
            pattern = self.rules[i].pattern or ""
            branches = pattern_anchors(pattern)
            if branches is None:
                continue
            if all(b.inner is None for b in branches):
                # Prefixes only: as before, anchored when there are several to choose from.
                prefixes = pattern_prefixes(pattern)
                if prefixes is None or len(prefixes) < 2:
                    continue
                self._anchor_plans[slot] = [(ids(prefixes), None, None, 0, 0)]
                continue
            plans = []
            if any(b.prefixes is None for b in branches):
                self._bare_slots.add(slot)
            for b in branches:
                if b.inner is None:
                    plans.append((ids(b.prefixes or frozenset()), None, None, 0, 0))
                else:
                    plans.append(((), tuple(sorted(b.prefixes)) if b.prefixes else None,
                                  ids(b.inner), b.lo, b.hi))
            self._anchor_plans[slot] = plans
        self._anchor_words = list(word_ids)
        #: Per anchored slot, every anchor word id its plans read: a slot none of whose words
        #: occur has no start at all, which one set test tells (a short draft holds few of the
        #: thousands of anchor words, and walking every plan cost milliseconds a scan).
        self._anchor_slot_words = {
            slot: frozenset(a for prefix_ids, _, inner_ids, _, _ in plans
                            for a in (*prefix_ids, *(inner_ids or ())))
            for slot, plans in self._anchor_plans.items()}
        # The anchor words are found by the term automaton's pass over the compact text
        # (see _build_automaton), mapped back to the folded text the patterns run on: every
        # occurrence in the folded text is one in the compact text too (the compact text may
        # add some across a dropped line break: more positions tried, never fewer). Words
        # holding whitespace cannot be found there: they get a pass of their own.
        self._spaced_anchor_ids = [aid for aid, w in enumerate(self._anchor_words)
                                   if _WS.search(w)]
        self._spaced_anchors = (ahocorasick_rs.AhoCorasick(
            [self._anchor_words[aid] for aid in self._spaced_anchor_ids],
            matchkind=ahocorasick_rs.MATCHKIND_STANDARD) if self._spaced_anchor_ids else None)

    def _pattern_starts(self, norm: NormalizedText, found: list[tuple[int, int]],
                        most: int) -> dict[int, list[int] | None]:
        """Per anchored pattern slot: sorted positions of ``norm.folded`` where a match may
        start (None: more than ``most`` tries, or ``_BARE_SCAN_FACTOR`` times as many for a
        pattern that cannot skip to a first character: it is better run over the whole text).
        ``found``: (anchor word id, start in ``norm.compact``) from the term automaton."""
        if not self._anchor_plans:
            return {}
        folded = norm.folded
        # Occurrences per anchor word, in compact coordinates until a slot needs them (only
        # the words that occur: a list per anchor word cost more than the rest for a short draft).
        compact_at: dict[int, list[int]] = {}
        for aid, start in found:
            compact_at.setdefault(aid, []).append(start)
        folded_at: dict[int, list[int]] = {}
        to_folded = norm.compact_map.starts

        def occurrences(aid: int) -> list[int]:
            at = folded_at.get(aid)
            if at is None:
                at = folded_at[aid] = to_folded(compact_at.get(aid, []))
            return at

        seen = {aid for aid, _ in found}
        if self._spaced_anchors is not None:
            ids = self._spaced_anchor_ids
            for k, start, _ in self._spaced_anchors.find_matches_as_indexes(
                    folded, overlapping=True):
                occurrences(ids[k]).append(start)
                seen.add(ids[k])
        out: dict[int, list[int] | None] = {}
        slot_words = self._anchor_slot_words
        for slot, plans in self._anchor_plans.items():
            if slot_words[slot].isdisjoint(seen):
                out[slot] = []  # none of its anchor words occurs: it cannot match
                continue
            starts: set[int] = set()
            limit = most * _BARE_SCAN_FACTOR if slot in self._bare_slots else most
            if sum(len(compact_at.get(a, ())) for plan in plans for a in plan[0]) > limit:
                out[slot] = None  # more first words than the whole-text scan is worth
                continue
            for prefix_ids, prefixes, inner_ids, lo, hi in plans:
                if inner_ids is None:
                    for wid in prefix_ids:
                        if wid in seen:
                            starts.update(occurrences(wid))
                    continue
                # Every match of this branch has an inner word starting lo..hi after it.
                inner = sorted({q for wid in inner_ids if wid in seen for q in occurrences(wid)})
                reached = -1  # windows [q - hi, q - lo] rise with q: each position once
                for q in inner:
                    first = max(q - hi, reached + 1, 0)
                    last = q - lo
                    if prefixes is None:
                        starts.update(range(first, last + 1))
                    else:
                        starts.update(p for p in range(first, last + 1)
                                      if folded.startswith(prefixes, p))
                    if last > reached:
                        reached = last
                    if len(starts) > limit:
                        break
                if len(starts) > limit:
                    break
            out[slot] = sorted(starts) if len(starts) <= limit else None
        return out

    def _build_automaton(self) -> None:
        raw: list[str] = []
        meta: list[_Entry] = []
        for i, rule in enumerate(self.rules):
            entry = _Entry("term", i, rule.category)
            raw.extend(rule.terms)
            meta.extend([entry] * len(rule.terms))
            if rule.exceptions:
                entry = _Entry("except", i, rule.category)
                raw.extend(rule.exceptions)
                meta.extend([entry] * len(rule.exceptions))
            if rule.recognizer == "person_name":
                entry = _Entry("trigger", i, rule.category)
                raw.extend(rule.context_plus)
                meta.extend([entry] * len(rule.context_plus))
        for phrase, category in self.negative_list.exceptions():
            raw.append(phrase)
            meta.append(_Entry("except", -1, category))
        index: dict[str, int] = {}
        patterns: list[str] = []
        entries: list[list[_Entry]] = []

        def pattern_id(key: str) -> int:
            """The automaton pattern of ``key``, added when new (a word shared by a term, a
            document word and an anchor is looked for once)."""
            pid = index.get(key)
            if pid is None:
                pid = index[key] = len(patterns)
                patterns.append(key)
                entries.append([])
            return pid

        for key, entry in zip(normalize_terms(raw), meta, strict=True):
            if key:
                entries[pattern_id(key)].append(entry)
        self._entries = entries
        self._pattern_count = len(patterns)
        # Words whose presence anywhere in the document matters (document_minus/plus, the
        # words of a reply letter …): found by the same automaton pass instead of one
        # ``word in text`` scan of the whole text each. A word that is also a term shares its
        # pattern; the others come after the terms and carry no entries.
        self._doc_pids: dict[int, list[str]] = {}
        words = self._document_words()
        # Matched in their folded form, as the terms are (密级：秘密 as written in a rule).
        for word, key in zip(words, normalize_terms(words), strict=True):
            if key:  # "" is in every text: see _scan_text
                self._doc_pids.setdefault(pattern_id(key), []).append(word)
        # The subject words of the paper_fact rules, per automaton pattern: (rule, word).
        word_pid = {word: pid for pid, ws in self._doc_pids.items() for word in ws}
        self._fact_pids: dict[int, list[tuple[int, str]]] = {}
        for i in self._fact_rules:
            for word in self.rules[i].context_plus:
                pid = word_pid.get(word)
                if pid is not None:
                    self._fact_pids.setdefault(pid, []).append((i, word))
        # The patterns' anchor words (see _build_prefilter), found in the same pass.
        self._anchor_pids: dict[int, int] = {}
        spaced = set(self._spaced_anchor_ids)
        for aid, word in enumerate(self._anchor_words):
            if aid not in spaced:
                self._anchor_pids[pattern_id(word)] = aid
        self._automaton = ahocorasick_rs.AhoCorasick(
            patterns or ["\0"], matchkind=ahocorasick_rs.MATCHKIND_STANDARD)

    def _document_words(self) -> list[str]:
        """Every word the scan asks ``word in compact`` of, for the whole document."""
        words: list[str] = []
        for _, ws in (*self._doc_minus, *self._doc_plus):
            words.extend(ws)
        for i in (*self._recognizer_rules.values(), *self._fact_rules):
            words.extend(self._ctx[i][0])  # "the document mentions such numbers"
        words.extend(_REPLY_LETTER_WORDS)
        words.extend(_YOU_LETTER_WORDS)
        words.extend(_THEIR_PARTIES)
        return list(dict.fromkeys(words))

    @property
    def snapshot(self) -> dict[str, object]:
        """What the version stands for (stored once per version by the services)."""
        return self.negative_list.snapshot()

    @property
    def term_count(self) -> int:
        return self._pattern_count

    def scan(self, extracted: ExtractedText, progress: ProgressSink | None = None) -> ScanResult:
        """Scan one extracted document: hits with locations, and a suggested attribute."""
        sink = progress or NullProgress()
        hits = self.scan_text(extracted.text, sink, location_at=extracted.location_at)
        warnings = tuple(w.message for w in extracted.warnings)
        suggestion = suggest(hits, self.negative_list, text_complete=extracted.text_complete,
                             text=extracted.text)
        return ScanResult(hits=tuple(hits), suggestion=suggestion,
                          negative_list_version=self.version,
                          text_complete=extracted.text_complete, warnings=warnings)

    def scan_text(self, text: str, progress: ProgressSink | None = None, *,
                  location_at: Callable[[int], object] | None = None) -> list[Hit]:
        """Hits in a plain string, sorted by position (no locations unless ``location_at``)."""
        # A scan makes and drops some hundred thousand small objects (matches, candidates,
        # hits); the cyclic collector would walk the heap many times over them for nothing.
        with collector_paused():
            return self._scan_text(text, progress, location_at)

    def _scan_text(self, text: str, progress: ProgressSink | None,
                   location_at: Callable[[int], object] | None) -> list[Hit]:
        sink = progress or NullProgress()
        sink.update(0, 4, "normalising")
        norm = NormalizedText.of(text)
        # The automata and the model's arrays let go of the interpreter lock: in a long text
        # they run on other cores while this thread does the Python work that needs none of
        # their results yet.
        begin = len(norm.folded) >= _BESIDE_CHARS
        beside = _Beside(
            Deferred(functools.partial(self._automaton.find_matches_as_indexes, norm.compact,
                                       overlapping=True), begin=begin),
            Deferred(functools.partial(condition_words, norm.folded),
                     begin=begin and "medical_condition" in self._recognizer_rules),
            Deferred(functools.partial(self._passages.read, norm.folded), begin=begin)
            if self._passages is not None and self._passage_rules else None)
        try:
            return self._scan_normalized(norm, sink, location_at, beside)
        finally:
            beside.drop()

    def _scan_normalized(self, norm: NormalizedText, sink: ProgressSink,
                         location_at: Callable[[int], object] | None,
                         beside: _Beside) -> list[Hit]:
        check_cancelled(sink)
        sink.update(1, 4, "matching terms")
        candidates: list[_Candidate] = []
        suppressors: list[tuple[int, int, _Entry]] = []
        triggers: list[tuple[int, str]] = []
        compact = norm.compact
        numbers = self._found_in_folded(norm.folded)
        matches = beside.terms.get()
        doc_pids = self._doc_pids
        # "" is in every text, as ``"" in compact`` says.
        present = self._present = {word for pid in {m[0] for m in matches} if pid in doc_pids
                                   for word in doc_pids[pid]}
        present.add("")
        # Whole-document signals (a notice asking for comments publishes its draft on purpose).
        self._doc_hits = _first_present(self._doc_minus_index, present)
        self._doc_plus_hits = _first_present(self._doc_plus_index, present)
        anchor_pids = self._anchor_pids
        self._anchor_found = [(anchor_pids[pid], s) for pid, s, _ in matches
                              if pid in anchor_pids]
        count = self._pattern_count
        all_entries = self._entries
        for pid, s, e in matches:
            if pid >= count:
                continue
            for entry in all_entries[pid]:
                if entry.kind == "term":
                    self._term_candidate(norm, entry.rule, s, e, candidates)
                elif entry.kind == "except":
                    o0, o1 = norm.compact_span(s, e)
                    suppressors.append((o0, o1, entry))
                else:
                    triggers.append((e, compact[s:e]))
        check_cancelled(sink)
        sink.update(2, 4, "recognising numbers, marks and names")
        self._patterns_pass(norm, candidates)
        self._recognizers_pass(norm, triggers, candidates, numbers, beside.conditions)
        check_cancelled(sink)
        sink.update(3, 4, "scoring")
        hits = self._finish(norm, candidates, suppressors, location_at)
        categories = fact_topics(hits) if self._fact_pids else None
        if categories and len(categories) == 1:
            # Only a lone passage's category: unless the paper tells closed cases on purpose.
            categories = self._unless_published_kind(norm.folded, categories)
        if categories:
            hits = self._with_paper_facts(norm, matches, hits, categories, location_at)
        if beside.reading is not None:
            check_cancelled(sink)
            hits = self._with_passages(norm, hits, location_at, beside.reading)
        sink.update(4, 4, "done")
        return hits

    # ------------------------------------------------------------------ candidates

    def _context(self, window: str, rule_index: int) -> tuple[list[str], list[str]]:
        plus, minus = self._ctx[rule_index]
        return [w for w in plus if w in window], [w for w in minus if w in window]

    def _score(self, rule_index: int, base: float, window: str, evidence: str,
               context: tuple[list[str], list[str]] | None = None) -> tuple[float, str] | None:
        """``context``: ``self._context(window, rule_index)`` when the caller has it already."""
        rule = self.rules[rule_index]
        plus, minus = context if context is not None else self._context(window, rule_index)
        if not plus and rule_index in self._doc_plus_hits:
            word = self._doc_plus_hits[rule_index]
            plus = [word]
            evidence += f", the document says {word}"
        elif plus:
            evidence += f", next to {plus[0]}"
        if rule.requires_context and not plus:
            return None
        score = base
        if plus:
            score += rule.boost * (1.5 if len(plus) > 1 else 1.0)
        if minus and plus and rule.reads_person_line:
            # A sentence about one person (本人体检发现甲状腺结节, 该同志…) tells of that
            # person, whatever policy words (按规定申报) the sentences around it hold.
            sentence = _same_sentence(window)
            if any(w in sentence for w in _ONE_PERSON):
                minus = [w for w in minus if w in sentence]
        if minus:
            score -= rule.penalty
            evidence += f", but near {minus[0]}"
        elif rule_index in self._doc_hits:
            score -= rule.penalty
            evidence += f", but the document says {self._doc_hits[rule_index]}"
        return min(score, 1.0), evidence

    def _term_candidate(self, norm: NormalizedText, i: int, s: int, e: int,
                        out: list[_Candidate]) -> None:
        rule = self.rules[i]
        compact = norm.compact
        w = rule.window
        window = compact[max(0, s - w):s] + "\0" + compact[e:e + w]
        evidence = f"listed term “{compact[s:e]}”"
        o0, o1 = norm.compact_span(s, e)
        if rule.reads_person_line:
            window, evidence = _person_line(norm.original, o0, window, evidence)
        scored = self._score(i, rule.score, window, evidence)
        if scored is None:
            return
        score, evidence = scored
        if in_book_title(compact, s, e):
            score -= _TITLE_PENALTY
            evidence += ", inside 《》 (a cited title)"
        if _COUNT_AFTER.match(compact, e, e + 8):
            score -= _COUNT_PENALTY
            evidence += ", followed by a count (a statistics line)"
        out.append(_Candidate(rule, o0, o1, score, evidence))

    def _patterns_pass(self, norm: NormalizedText, out: list[_Candidate]) -> None:
        folded = norm.folded
        # Trying a pattern at a position costs about as much as scanning 200 characters.
        most = len(folded) // _CHARS_PER_TRY
        starts = self._pattern_starts(norm, self._anchor_found, most)
        for slot, (i, pattern) in enumerate(self._patterns):
            rule = self.rules[i]
            if rule.requires_context and not self._ctx[i][0] and i not in self._doc_plus_hits:
                continue  # only the paper's kind can make it a hit, and this paper is not one
            at = starts.get(slot)
            matches = (pattern.finditer(folded) if at is None
                       else _matches_at(pattern, folded, at))
            for m in matches:
                if m.end() == m.start():
                    continue
                if rule.max_age is not None and not self._young_enough(m.group(), rule.max_age):
                    continue
                w = rule.window
                window = _WS.sub("", folded[max(0, m.start() - w):m.start()]) + "\0" + \
                    _WS.sub("", folded[m.end():m.end() + w])
                evidence = "pattern match"
                if rule.reads_person_line:
                    window, evidence = _person_line(folded, m.start(), window, evidence)
                scored = self._score(i, rule.score, window, evidence)
                if scored is None:
                    continue
                o0, o1 = norm.folded_span(m.start(), m.end())
                out.append(_Candidate(rule, o0, o1, scored[0], scored[1]))

    def _young_enough(self, matched: str, max_age: int) -> bool:
        """Whether a person born in the years in ``matched`` may be ``max_age`` or younger today.

        Without the birthday, someone born ``max_age + 1`` calendar years ago may still be
        ``max_age``: they count (a missed minor is a leak, a false alarm one dismissal).
        """
        today = self._today or date.today()
        years = [int(y) for y in _BIRTH_YEAR.findall(matched)]
        return all(0 <= today.year - y <= max_age + 1 for y in years)

    def _found_in_folded(self, folded: str) -> list[Found]:
        """What the recognisers that read only the folded text find: numbers, e-mail
        addresses, classification marks."""
        rr = self._recognizer_rules
        found: list[Found] = []
        if any(r in rr for r in _NUMBER_RECOGNIZERS):
            found += find_numbers(folded)
        if "email" in rr:
            found += find_emails(folded)
        if "classification_mark" in rr:
            found += find_marks(folded)
        return found

    def _recognizers_pass(self, norm: NormalizedText, triggers: list[tuple[int, str]],
                          out: list[_Candidate], found_folded: list[Found],
                          conditions: Deferred[list[tuple[int, int, int]]]) -> None:
        """``found_folded``: ``_found_in_folded``; ``conditions``: ``condition_words``."""
        folded, compact = norm.folded, norm.compact
        rr = self._recognizer_rules
        params_rule = rr.get("technical_parameters")
        if params_rule is not None:
            # Only around the rule's cue words (配方, 工艺参数 …): the context decides anyway.
            for lo, hi in _windows_around(folded, self._ctx[params_rule][0], 400, 600):
                found_folded += find_parameters(folded, lo, hi)
        doc_context: dict[int, bool] = {}
        personal: list[Found] = []
        # Private mailboxes and landlines: like a personal number, they name their row.
        row_naming: list[Found] = []
        # Landlines and e-mail last: whether one is private depends on the personal numbers
        # of its row.
        found_folded.sort(key=lambda f: f.recognizer in ("landline", "email"))
        personal_starts: list[int] | None = None  # once every ID, mobile and card is scored
        personal_ends: list[int] | None = None
        for f in found_folded:
            i = rr.get(f.recognizer)
            if i is None:
                continue
            rule = self.rules[i]
            w = rule.window
            lo, hi = max(0, f.start - w), f.end + w
            if f.recognizer in ("landline", "email"):
                # A contact line is read on its own: the signature below it (…人民政府) or
                # the office line above it says nothing about whose number this is.
                lo = max(lo, folded.rfind("\n", 0, f.start) + 1)
                nl = folded.find("\n", f.end)
                hi = min(hi, nl) if nl >= 0 else hi
                # Nor does the sentence after it (…投诉（固话0729-…）。市热线办已约谈…).
                stop = folded.find("。", f.end, hi)
                hi = stop if stop >= 0 else hi
            before = _WS.sub("", folded[lo:f.start])
            if f.recognizer == "technical_parameters":
                # The cue (配方：…, 技术要点：…) is usually inside the clause it introduces.
                before = _WS.sub("", folded[lo:f.end])
            window = before + "\0" + _WS.sub("", folded[f.end:hi])
            context: tuple[list[str], list[str]] | None = self._context(window, i)
            plus = context[0]  # type: ignore[index]
            adjust = f.adjust
            evidence = f.evidence
            if f.recognizer == "email" and personal:
                # 邝某（手机177…，邮箱…）: the mailbox sits with a personal number, so it is the
                # same person's, whatever contact words (联系人) open the line.
                if personal_ends is None:
                    personal_ends = sorted(p.end for p in personal)
                k = bisect.bisect_left(personal_ends, f.start - _EMAIL_WITH_NUMBER)
                if k < len(personal_ends) and personal_ends[k] <= f.start:
                    adjust += 0.25
                    evidence += ", next to a personal number"
            private, named = "", False
            if f.recognizer == "landline" or (
                    f.recognizer == "bank_card"
                    and not folded[f.start:f.end].startswith(UNIONPAY_PREFIXES)):
                # Offices print their own numbers, and an office's account may pass Luhn: a
                # landline, or a card of another scheme than UnionPay (4367…, 9558…), counts
                # as private when it sits in a row with a person's name (a relief table), a
                # personal ID, mobile or card number, or a private party's label (户主：…,
                # 户名：林某某, 投诉人…).
                if personal_starts is None:
                    personal_starts = sorted(p.start for p in personal)
                private, named = _private_row(folded, f.start, personal_starts)
                if private:
                    adjust += 0.25
                    evidence += private
            if private and f.recognizer == "bank_card" and context is not None \
                    and context[1] == ["户名："]:
                context = (context[0], [])  # 户名 is the holder's name, not an office's
            if f.recognizer == "landline":
                if private and "\t" in folded[lo:hi]:
                    # A table row of a private person: the words of the other cells (a
                    # grievance about 交通事故处理, a 街道办 contact) are not about the
                    # number; only its own cell is.
                    c0 = folded.rfind("\t", lo, f.start) + 1 or lo
                    c1 = folded.find("\t", f.end, hi)
                    window = (_WS.sub("", folded[c0:f.start]) + "\0"
                              + _WS.sub("", folded[f.end:hi if c1 < 0 else c1]))
                    context = self._context(window, i)
                owner = contact_owner(folded, f.start)
                if owner is not None:
                    # 何某某(联系电话0736-…): the bracket gives the named person's own number,
                    # whatever office (局, 大队) handles the matter later in the sentence, so
                    # the words around the bracket are not read.
                    adjust += 0.35
                    evidence += f", in brackets after the name {owner}"
                    window = ""
                    context = None
                label = _PRIVATE_PHONE_LABELS.first_in(before[-12:])
                if not label and folded.startswith("(", f.end):
                    # 0984-…（房东家座机）: the label in the bracket right after the number
                    label = _PRIVATE_PHONE_LABELS.first_in(
                        folded[f.end:folded.find(")", f.end, f.end + 12) + 1])
                if label:
                    # 家庭电话0731-…: the label says whose number it is, whatever office words
                    # (处理, 局, 中心) stand elsewhere on the line.
                    adjust += 0.35
                elif (work := _WORKPLACE_LINE.search(before[-16:])) is not None:
                    # 其提供的工作单位座机…, 某某原单位人事处联系电话…: the line of a person's
                    # employer, given to reach or check up on that person; it tells where a
                    # private person works, whatever office (人事处) answers it.
                    label = work.group()
                    adjust += 0.2
                if label:
                    evidence += f", labelled {label}"
                    context = ((context or self._context(window, i))[0], [])
            if f.recognizer in _NUMBER_RECOGNIZERS and f.recognizer != "resident_id":
                # A valid check digit, region and birth date outweigh a label: an ID number
                # is flagged even after 编号 (it costs a click, a miss costs a citizen's ID).
                label = _IDENTIFIER_LABELS.first_in(before[-10:])
                if label:
                    adjust -= _IDENTIFIER_PENALTY
                    evidence += f", labelled {label}"
                if (not plus and f.recognizer == "bank_card") or f.needs_context:
                    # Weak numbers count a context word anywhere in the document as evidence.
                    if i not in doc_context:
                        doc_context[i] = any(word in self._present for word in self._ctx[i][0])
                    if doc_context[i]:
                        adjust += 0.15
                        evidence += ", the document mentions such numbers"
                    elif f.needs_context and not plus:
                        continue
            scored = self._score(i, rule.score + adjust, window, evidence, context)
            if scored is None:
                continue
            o0, o1 = norm.folded_span(f.start, f.end)
            out.append(_Candidate(rule, o0, o1, scored[0], scored[1]))
            if f.recognizer in _ROW_KEYS and scored[0] >= self.min_score:
                personal.append(f)
            elif f.recognizer == "email" and scored[0] >= self.min_score:
                row_naming.append(f)
            elif f.recognizer == "landline" and named and scored[0] >= self.min_score:
                # A citizen's landline in a table of petitioners (诉求人 田某某 0849…): the
                # name that made the number private is as private as the number.
                row_naming.append(f)
        name_rule = rr.get("person_name")
        if name_rule is not None:
            nr = self.rules[name_rule]
            base, base_note = nr.score, ""
            juvenile_rule = rr.get("juvenile_name")
            juvenile = juvenile_rule is not None and any(
                w in self._present for w in self.rules[juvenile_rule].document_plus)
            first_name = len(out)
            if name_rule in self._doc_hits:
                # A notice that publishes names on purpose (拟聘用人员公示): its names are not
                # private, though the ID numbers a careless draft leaves next to them still are.
                base -= nr.penalty
                base_note = f", but the document says {self._doc_hits[name_rule]}"
            for f in names_after_triggers(compact, triggers):
                o0, o1 = norm.compact_span(f.start, f.end)
                out.append(_Candidate(nr, o0, o1, base + f.adjust, f.evidence + base_note))
            for p in (*personal, *row_naming):
                f = (name_owning_bracket(folded, p.start, p.recognizer)
                     or name_owning_number(folded, p.start, p.recognizer)
                     or name_in_row(folded, p.start, p.recognizer)
                     or (name_before_id_label(folded, p.start)
                         if p.recognizer == "resident_id" else None))
                if f is not None:
                    o0, o1 = norm.folded_span(f.start, f.end)
                    out.append(_Candidate(nr, o0, o1, base + f.adjust, f.evidence + base_note))
            for lo, hi in _windows_around(folded, ("岁", "出生") if juvenile else ("岁", "日出生"),
                                          80, 1):
                for f in names_in_profiles(folded, lo, hi, births=juvenile):
                    o0, o1 = norm.folded_span(f.start, f.end)
                    out.append(_Candidate(nr, o0, o1, base + f.adjust, f.evidence + base_note))
            home_rule = rr.get("address")
            for f in names_by_home(folded):
                o0, o1 = norm.folded_span(f.start, f.end)
                if f.recognizer == "person_name":
                    out.append(_Candidate(nr, o0, o1, base + f.adjust, f.evidence + base_note))
                elif home_rule is not None:  # the house number the name was written after
                    hr = self.rules[home_rule]
                    out.append(_Candidate(hr, o0, o1, hr.score + f.adjust, f.evidence))
            if "某(" in folded:
                for f in names_behind_masks(folded):
                    o0, o1 = norm.folded_span(f.start, f.end)
                    out.append(_Candidate(nr, o0, o1, base + f.adjust, f.evidence + base_note))
            if "姓名" in compact:
                for f in names_in_name_column(folded):
                    o0, o1 = norm.folded_span(f.start, f.end)
                    out.append(_Candidate(nr, o0, o1, base + f.adjust, f.evidence + base_note))
            for lo, hi in _windows_around(folded, ("电话", "手机", "联系方式"), 12, 30):
                for f in names_before_contact(folded, lo, hi):
                    o0, o1 = norm.folded_span(f.start, f.end)
                    out.append(_Candidate(nr, o0, o1, base + f.adjust, f.evidence + base_note))
            if juvenile:
                # A paper on minors in the criminal process: the people it names are the
                # minors (and the family that identifies them), whom the law itself protects
                # besides their privacy; each name is shown under both.
                jr = self.rules[juvenile_rule]  # type: ignore[index]
                out.extend(_Candidate(jr, c.start, c.end, jr.score + c.score - base, c.evidence)
                           for c in out[first_name:] if c.rule is nr)
            if any(w in self._present for w in _REPLY_LETTER_WORDS):
                addressee_rule = rr.get("addressee")
                ar = self.rules[addressee_rule] if addressee_rule is not None else nr
                for f in names_in_salutation(folded):
                    o0, o1 = norm.folded_span(f.start, f.end)
                    out.append(_Candidate(ar, o0, o1, ar.score + f.adjust, f.evidence))
        informant_rule = rr.get("informant_name")
        if informant_rule is not None and ("实名" in compact or "举报" in compact):
            ir = self.rules[informant_rule]
            informants: set[tuple[int, int]] = set()
            for f in names_of_informants(compact):
                o0, o1 = norm.compact_span(f.start, f.end)
                out.append(_Candidate(ir, o0, o1, ir.score + f.adjust, f.evidence))
                informants.add((o0, o1))
            # An informant is a private person too: the name is shown under both grounds, as
            # the writers of the labelled corpora file it either way (one privacy hit each).
            self._drop_names(out, informants, name_rule)
            if name_rule is not None:
                nr = self.rules[name_rule]
                out.extend(_Candidate(nr, o0, o1, nr.score, "name of a private informant")
                           for o0, o1 in informants)
        suspect_rule = rr.get("suspect_name")
        if suspect_rule is not None and any(w in compact for w in (*SUSPECT_WORDS,
                                                                   *ALLEGATION_WORDS)):
            self._suspects_pass(norm, suspect_rule, name_rule, out)
        health_rule = rr.get("medical_condition")
        if health_rule is not None:
            self._conditions_pass(norm, health_rule, personal, out, conditions.get())
        address_rule = rr.get("address")
        if address_rule is not None:
            rule = self.rules[address_rule]
            rows = sorted(norm.folded_span(p.start, p.end) for p in personal)
            headings: list[int] | None = None
            for f in find_addresses(compact):
                w = rule.window
                window = compact[max(0, f.start - w):f.start] + "\0" + compact[f.end:f.end + w]
                o0, o1 = norm.compact_span(f.start, f.end)
                o0 = _trim_cell(norm.original, o0, o1)
                adjust, evidence = f.adjust, f.evidence
                if headings is None:
                    headings = _heading_lines(norm.original)
                household = _household_row(norm.original, o0, o1, rows, headings)
                if household:
                    adjust += 0.3
                    evidence += household
                scored = self._score(address_rule, rule.score + adjust, window, evidence)
                if scored is None:
                    continue
                out.append(_Candidate(rule, o0, o1, scored[0], scored[1]))
        self._names_again(norm.original, out)

    def _names_again(self, text: str, out: list[_Candidate]) -> None:
        """Every other place a name found as a private person's (or a minor's, a suspect's,
        an informant's) stands in the paper: masking it once leaves it readable elsewhere
        (郭某某家住…, 经评估，韩某某存在…)."""
        kinds = {id(self.rules[i]) for r, i in self._recognizer_rules.items()
                 if r in _NAME_RECOGNIZERS}
        first: dict[tuple[str, int], _Candidate] = {}
        for c in out:
            if id(c.rule) not in kinds or c.score < self.min_score:
                continue
            name = text[c.start:c.end]
            if len(name) < 2 or "某" in name or "\n" in name:
                continue
            key = (name, id(c.rule))
            if key not in first or c.score > first[key].score:
                first[key] = c
        if not first:
            return
        # Where a hit of the same ground already stands (the name itself under another rule,
        # a clause that opens with it), the name adds nothing and would displace it.
        taken = {(c.rule.category, c.rule.subtype): bytearray(len(text) + 1)
                 for c in first.values()}
        for c in out:
            if c.score >= self.min_score:
                marks = taken.get((c.rule.category, c.rule.subtype))
                if marks is not None:
                    marks[c.start:c.end] = b"\1" * (c.end - c.start)
        for (name, _), c in first.items():
            marks = taken[(c.rule.category, c.rule.subtype)]
            at = text.find(name)
            while at >= 0:
                end = at + len(name)
                if not any(marks[at:end]) and stands_as_name(text, at, end):
                    out.append(_Candidate(c.rule, at, end, c.score,
                                          "the same name as a hit elsewhere in this paper"))
                at = text.find(name, end)

    def _suspects_pass(self, norm: NormalizedText, i: int, name_rule: int | None,
                       out: list[_Candidate]) -> None:
        """Names of the people an open case is against, read under the case (a suspect's
        name is not a private person's to mask as such: it is the case's)."""
        rule = self.rules[i]
        seen: set[tuple[int, int]] = set()
        confident: set[tuple[int, int]] = set()
        compact = norm.compact
        found = names_of_suspects(compact) if any(w in compact for w in SUSPECT_WORDS) else []
        if any(w in compact for w in ALLEGATION_WORDS):
            found += names_accused(compact)
        for f in found:
            o0, o1 = norm.compact_span(f.start, f.end)
            if (o0, o1) in seen:
                continue
            seen.add((o0, o1))
            scored = self._score(i, rule.score + f.adjust, "", f.evidence)
            if scored is not None:
                out.append(_Candidate(rule, o0, o1, scored[0], scored[1]))
                if scored[0] >= rule.score:
                    confident.add((o0, o1))
        # The same name found as a private person's: one hit, under the case (unless the
        # paper tells a closed case, where the name stays a person's to mask).
        self._drop_names(out, confident, name_rule)

    def _drop_names(self, out: list[_Candidate], spans: set[tuple[int, int]],
                    name_rule: int | None) -> None:
        """Remove the private-person name candidates at ``spans`` (read under a case)."""
        if not spans or name_rule is None:
            return
        names = self.rules[name_rule]
        out[:] = [c for c in out if c.rule is not names or (c.start, c.end) not in spans]

    def _conditions_pass(self, norm: NormalizedText, i: int, personal: list[Found],
                         out: list[_Candidate], words: list[tuple[int, int, int]]) -> None:
        """Medical conditions (``health``) that sit on an identifiable person: a context word
        (本人, 其子, 患者, 申请人 …), a line that starts with a name, or a row with a name
        cell, a personal number or a private party's label; policy words lower them."""
        folded = norm.folded
        rule = self.rules[i]
        name_rule = self._recognizer_rules.get("person_name")
        w = rule.window
        starts: list[int] | None = None
        reader: _PersonReader | None = None
        named: list[str] | None = None
        for f in find_conditions(folded, words):
            if in_example_list(folded, f.start):
                continue
            window = _WS.sub("", folded[max(0, f.start - w):f.start]) + "\0" + \
                _WS.sub("", folded[f.end:f.end + w])
            window, evidence = _person_line(folded, f.start, window, f.evidence)
            if starts is None:
                starts = sorted(p.start for p in personal)
            adjust = f.adjust
            private, _ = _private_row(folded, f.start, starts)
            if private:
                window += "\0姓名"
                evidence += private
            elif _SOMEONE.search(folded, max(0, f.start - w), f.start):
                window += "\0姓名"
                evidence += ", after a person written as 某"
                if _DIAGNOSED.search(folded, max(0, f.start - 8), f.start):
                    # 科员蔺某…（经医院诊断为重度抑郁症）: one person's diagnosis, whatever rule
                    # (按规定) the sentence goes on to apply
                    adjust += _ANCHOR_BOOST
                    evidence += ", diagnosed"
            if reader is None:
                reader = _PersonReader(folded, self._present)
            anchor = reader.anchor(f.start)
            told_of = name_before_condition(folded, f.start)
            if told_of is not None and not anchor:
                anchor = f", said of {folded[told_of.start:told_of.end]}"
            if not anchor and name_rule is not None:
                # 郭某某家住…，既往有矽肺病史: the sentence names a person this paper already
                # shows as a private one, by a context word or a number elsewhere.
                if named is None:
                    named = _private_names(norm.original, out, self.rules[name_rule],
                                           self.min_score)
                anchor = _named_in_sentence(norm, f.start, named)
            if not anchor and _CHECKUP_RESULT.search(folded, max(0, f.start - 12), f.start) \
                    and not folded.startswith(_GENERIC_AFTER, f.end):
                # 体检复检结论为乙肝表面抗原阳性, 因体检发现慢性肾功能不全三期: one candidate's
                # result, which the rule it is judged by (体检通用标准, 按规定) does not make
                # general; a rule's own wording goes on 的… (体检发现…的，不得…)
                anchor = ", a person's check-up result"
            if anchor:
                # One singled-out person (病例2，女，67岁; 您本人; a row of a list of patients)
                # outweighs the policy words an office writes around her (按规定, 医保, 疫情).
                window += "\0姓名"
                evidence += anchor
                context = self._context(window, i)
                if context[1] or i in self._doc_hits:
                    adjust += _ANCHOR_BOOST
            else:
                context = None
            scored = self._score(i, rule.score + adjust, window, evidence, context)
            if scored is None:
                continue
            score, evidence = scored
            if in_book_title(folded, f.start, f.end):
                score -= _TITLE_PENALTY
                evidence += ", inside 《》 (a cited title)"
            o0, o1 = norm.folded_span(f.start, f.end)
            out.append(_Candidate(rule, o0, o1, score, evidence))
            if told_of is not None and name_rule is not None and score >= self.min_score:
                nr = self.rules[name_rule]
                o0, o1 = norm.folded_span(told_of.start, told_of.end)
                out.append(_Candidate(nr, o0, o1, nr.score + told_of.adjust, told_of.evidence))
                if named is not None and nr.score + told_of.adjust >= self.min_score:
                    named.append(norm.original[o0:o1])  # she may be named again further on

    # ------------------------------------------------------------------ finishing

    def _finish(self, norm: NormalizedText, candidates: list[_Candidate],
                suppressors: list[tuple[int, int, _Entry]],
                location_at: Callable[[int], object] | None) -> list[Hit]:
        index = _suppressor_index(suppressors, self.rules)
        _damp_enumerations(norm.original, candidates)
        kept: list[_Candidate] = []
        min_score = self.min_score
        # Per rule, the exception groups that can suppress its hits (the rule's own, its
        # category's, the list-wide ones), looked up once per rule instead of per hit.
        groups_of: dict[int, list[tuple[list[int], list[int]]]] = {}
        for c in candidates:
            if c.score < min_score or c.end <= c.start:
                continue
            if index:
                rule = c.rule
                groups = groups_of.get(id(rule))
                if groups is None:
                    groups = groups_of[id(rule)] = [
                        g for key in (("rule", id(rule)), rule.category, None)
                        if (g := index.get(key)) is not None]
                if groups and _suppressed_by(c.start, c.end, groups):
                    continue
            kept.append(c)
            other = self._also_under.get(id(c.rule))
            if other is not None:
                kept.append(_Candidate(other, c.start, c.end, c.score,
                                       c.evidence + _ALSO_UNDER_NOTE))
        text = norm.original
        for c in kept:
            if c.rule.extend == "clause":
                c.end = _clause_end(text, c.end)
        kept = _resolve_overlaps(kept)
        hits = []
        strings = self._hit_strings
        version = self.version
        for c in kept:
            rule = c.rule
            head, ground = strings[id(rule)]
            hits.append(make_hit(
                rule.category, rule.subtype, rule.id, text[c.start:c.end], c.start, c.end,
                round(max(0.0, min(1.0, c.score)), 2), ground, head + c.evidence, version,
                location_at(c.start) if location_at else None))  # type: ignore[arg-type]
        return hits

    def _covering(self, hits: list[Hit]) -> dict[Category, list[tuple[int, int]]]:
        """Per category, the spans of ``hits`` that cover a clause so that a clause read
        there adds nothing. A name does not: 梁某某因涉嫌盗窃…被作出附条件不起诉决定 tells more
        than who."""
        by_category: dict[Category, list[tuple[int, int]]] = {}
        names = self._name_rule_ids
        for h in hits:
            if h.rule not in names:
                by_category.setdefault(h.category, []).append((h.start, h.end))
        return by_category

    def _unless_published_kind(self, folded: str, categories: frozenset[Category]
                               ) -> frozenset[Category] | None:
        """``categories`` (a lone passage's), or None when the title names a kind of paper
        published on purpose about that subject (典型案例的通报: closed cases told as a
        warning), by the words that rule out the category's facts."""
        title = head_lines(folded, 2)
        for i in self._fact_rules:
            if self.rules[i].category in categories and any(w in title for w in self._ctx[i][1]):
                return None
        return categories

    def _with_paper_facts(self, norm: NormalizedText, matches: list[tuple[int, int, int]],
                          hits: list[Hit], categories: frozenset[Category],
                          location_at: Callable[[int], object] | None) -> list[Hit]:
        """``hits`` plus the concrete-fact clauses of a paper not to be published (see
        ``facts``), under the category of ``categories`` whose subject words their sentence
        uses most. The subject words come from the term automaton's pass (``matches``,
        compact coordinates)."""
        hits = self._with_enterprise_rows(norm, hits, categories, location_at)
        fact_pids = self._fact_pids
        rules = self.rules
        found = sorted((s, i, w) for pid, s, _ in matches if pid in fact_pids
                       for i, w in fact_pids[pid] if rules[i].category in categories)
        if not found:
            return hits
        at = norm.compact_map.starts([s for s, _, _ in found])
        folded, text = norm.folded, norm.original
        order = {i: k for k, i in enumerate(self._fact_rules)}
        marked = {c: _sorted_spans(spans) for c, spans in self._covering(hits).items()}
        added: list[Hit] = []
        strings = self._hit_strings
        k = 0
        for s, e in sentences_holding(folded, at):
            while k < len(at) and at[k] < s:
                k += 1
            words: dict[int, list[str]] = {}
            j = k
            while j < len(at) and at[j] < e:
                _, i, w = found[j]
                if w not in words.setdefault(i, []):
                    words[i].append(w)
                j += 1
            if not words:
                continue
            sentence = folded[s:e]
            topics = [(i, words[i], self._ctx[i][1]) for i in sorted(words, key=order.__getitem__)]
            best = best_topics(sentence, topics)
            # Two subject words of one topic make a sentence about it specific enough.
            if not best or (len(best[0][1]) < 2 and not is_concrete(sentence)):
                continue
            for index, used in best:
                rule = self.rules[index]
                spans = marked.get(rule.category)
                head, ground = strings[id(rule)]
                evidence = f"{head}a concrete fact about {'、'.join(used[:3])}"
                fresh = fact_clauses(sentence, words[index])
                if spans is not None and _overlaps(spans, *norm.folded_span(s, e), _LONGEST_HIT):
                    fresh = [(c0, c1) for c0, c1 in fresh  # the clauses not marked yet
                             if not _overlaps(spans, *norm.folded_span(s + c0, s + c1),
                                              _LONGEST_HIT)]
                for r0, r1 in runs(sentence, fresh):
                    o0, o1 = norm.folded_span(s + r0, s + r1)
                    added.append(make_hit(
                        rule.category, rule.subtype, rule.id, text[o0:o1], o0, o1, rule.score,
                        ground, evidence, self.version,
                        location_at(o0) if location_at else None))  # type: ignore[arg-type]
        return sorted([*hits, *added], key=lambda h: (h.start, h.end)) if added else hits

    def _with_enterprise_rows(self, norm: NormalizedText, hits: list[Hit],
                              categories: frozenset[Category],
                              location_at: Callable[[int], object] | None) -> list[Hit]:
        """``hits`` plus the table rows of a paper not to be published that give one
        enterprise's own figures (its quotes, sales, stock or tax): a trade secret, or the
        figures of a statistical respondent (统计法第三十九条) in a statistics paper."""
        folded = norm.folded
        if "\t" not in folded:
            return hits
        category = (Category.LAW_PROHIBITED if any(w in folded for w in _STATISTICS_PAPER)
                    else Category.TRADE_SECRET)
        index = next((i for i in self._fact_rules if self.rules[i].category is category), None)
        if index is None or category not in categories:
            return hits
        rule = self.rules[index]
        head, ground = self._hit_strings[id(rule)]
        spans = _sorted_spans([(h.start, h.end) for h in hits])
        added: list[Hit] = []
        for r0, r1 in enterprise_figure_rows(folded):
            o0, o1 = norm.folded_span(r0, r1)
            if _overlaps(spans, o0, o1, _LONGEST_HIT):
                continue
            added.append(make_hit(
                rule.category, rule.subtype, rule.id, norm.original[o0:o1], o0, o1, rule.score,
                ground, f"{head}one enterprise's own figures in a table row", self.version,
                location_at(o0) if location_at else None))  # type: ignore[arg-type]
        return sorted([*hits, *added], key=lambda h: (h.start, h.end)) if added else hits

    def _with_passages(self, norm: NormalizedText, hits: list[Hit],
                       location_at: Callable[[int], object] | None,
                       reading: Deferred[ClauseReading]) -> list[Hit]:
        """``hits`` plus the clauses the passage model marks (see ``passages``), each in a
        category no hit of that category already covers there. Like the fact clauses they
        show passages and never decide the attribute."""
        model = self._passages
        assert model is not None
        attribute = suggest(hits, self.negative_list, text=norm.original).attribute
        publish = attribute is DisclosureAttribute.PROACTIVE
        threshold = model.threshold_for(attribute)
        also = 1.0 if publish else model.threshold_also
        lowest = min(threshold, also)
        if lowest >= 1.0:  # the model is kept out of such papers
            return hits
        read = reading.get()
        clauses, cats, probabilities = model.marks(read, publish, lowest)
        rule_at = [self._passage_rules.get(c, -1) for c in model.categories]
        keep = np.asarray(rule_at, dtype=np.int64)[cats] >= 0
        clauses, cats, probabilities = clauses[keep], cats[keep], probabilities[keep]
        starts = norm.folded_map.starts_array(read.starts[clauses])
        ends = norm.folded_map.ends_array(read.ends[clauses])
        if also < threshold:
            # Below the threshold, only a clause already flagged: one the model marks in
            # another category, or one a hit holds whole.
            main = probabilities >= threshold
            flagged = np.zeros(len(read.starts), dtype=bool)
            flagged[clauses[main]] = True
            keep = main | flagged[clauses] | _held_whole(hits, starts, ends)
            clauses, cats, probabilities = clauses[keep], cats[keep], probabilities[keep]
            starts, ends = starts[keep], ends[keep]
        by_category = self._covering(hits)
        # A clause a hit of its category already covers adds nothing.
        fresh = np.ones(len(cats), dtype=bool)
        for k in np.unique(cats).tolist():
            spans = by_category.get(model.categories[k])
            if spans is not None:
                at = np.flatnonzero(cats == k)
                fresh[at] = ~covered(*_sorted_spans(spans), starts[at], ends[at], _LONGEST_HIT)
        text = norm.original
        added: list[Hit] = []
        for o0, o1, k, p in zip(starts[fresh].tolist(), ends[fresh].tolist(),
                                cats[fresh].tolist(), probabilities[fresh].tolist(), strict=True):
            rule = self.rules[rule_at[k]]
            head, ground = self._hit_strings[id(rule)]
            added.append(make_hit(
                rule.category, rule.subtype, rule.id, text[o0:o1], o0, o1, rule.score,
                ground, f"{head}reads like the labelled {rule.category.value} passages "
                f"(p={p:.2f})", self.version,
                location_at(o0) if location_at else None))  # type: ignore[arg-type]
        return sorted([*hits, *added], key=lambda h: (h.start, h.end)) if added else hits


def _word_index(lists: list[tuple[int, tuple[str, ...]]]) -> dict[str, list[tuple[int, int]]]:
    """Per word of the rules' word ``lists``: (rule, the word's place in the rule's list)."""
    index: dict[str, list[tuple[int, int]]] = {}
    for i, words in lists:
        for k, word in enumerate(words):
            index.setdefault(word, []).append((i, k))
    return index


def _first_present(index: dict[str, list[tuple[int, int]]], present: set[str]) -> dict[int, str]:
    """Per rule with a word of its list in ``present``: the first such word in its list."""
    first: dict[int, tuple[int, str]] = {}
    for word in present:
        for i, k in index.get(word, ()):
            if i not in first or k < first[i][0]:
                first[i] = (k, word)
    return {i: first[i][1] for i in sorted(first)}


def _held_whole(hits: list[Hit], starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Per span ``starts[i]..ends[i]``: whether one of ``hits`` holds it whole."""
    if not hits or not len(starts):
        return np.zeros(len(starts), dtype=bool)
    spans = np.array([(h.start, h.end) for h in hits], dtype=np.int64)
    spans = spans[np.argsort(spans[:, 0], kind="stable")]
    hit_starts = spans[:, 0]
    reach = np.maximum.accumulate(spans[:, 1])  # the furthest end of a hit starting so far
    last = np.searchsorted(hit_starts, starts, side="right") - 1
    return (last >= 0) & (reach[np.maximum(last, 0)] >= ends)


@dataclass(frozen=True, slots=True)
class _Beside:
    """A scan's work that may run on other cores (``Deferred``): the term automaton's
    matches, the condition words (``condition_words``), the passage model's reading."""

    terms: Deferred[list[tuple[int, int, int]]]
    conditions: Deferred[list[tuple[int, int, int]]]
    reading: Deferred[ClauseReading] | None

    def drop(self) -> None:
        for job in (self.terms, self.conditions, self.reading):
            if job is not None:
                job.drop()


#: Recognisers with one rule per category (the category's reading of a paper or a clause).
_PER_CATEGORY = frozenset({"paper_fact", "passage_model"})

#: Words of a paper on statistical returns: its enterprise rows are the respondents' data.
_STATISTICS_PAPER = ("联网直报", "统计调查", "统计数据质量", "统计执法", "统计造假", "统计法")

#: From this length on, the passage model reads a text on another core while the rules run
#: (about 90 printed pages; below it the model's part is a few milliseconds).
_BESIDE_CHARS = 100_000

#: How far before a span a hit that overlaps it may start (a clause, a table row).
_LONGEST_HIT = 400


def _matches_at(pattern: regex.Pattern[str], text: str,
                starts: list[int]) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(text)`` when every match starts at one of ``starts`` (sorted): the
    leftmost match at or after the end of the previous one, tried only at those positions."""
    last = 0
    for p in starts:
        if p < last:
            continue
        m = pattern.match(text, p)
        if m is not None:
            yield m
            last = m.end()


_LINE_LEAD = regex.compile(r"[ \t\u3000]*(?:[0-9一二三四五六七八九十]{1,3}"
                           r"(?:[.．、)）]|(?=[ \t\u3000]))[ \t\u3000]*)?"
                           r"(\p{Han}{2,4})(?=[ \t\u3000,，(（:：])")


def _person_line(text: str, pos: int, window: str, evidence: str) -> tuple[str, str]:
    """Health data in a list of persons: a line or list item that starts with a person's name
    (2. 罗某某  精神残疾一级…; 一、赵某某，女，…) puts the diagnosis on that person. The name
    counts as the context word 姓名 (the word list is read only for such candidates)."""
    line_start = text.rfind("\n", 0, pos) + 1
    m = _LINE_LEAD.match(text, line_start, pos)
    if m is None:
        return window, evidence
    token = m.group(1)
    span = plausible_name(text, m.start(1))
    if not is_name_token(token) or span is None or span[1] != m.end(1):
        return window, evidence
    return window + "\0姓名", evidence + f", on the line of the person {token}"


#: The label of the official who handles a matter (承办人：某某，联系电话0590-…): the name and
#: the landline on that line are the office's, printed so the citizen can reach it.
_OFFICE_HANDLER = re.compile(r"(?:承办人|经办人|办理人|承办单位|经办单位|责任人|联系人)[:：]?$")
#: What ends a sentence in a compact context window (line breaks are gone there).
_SENTENCE_ENDS = re.compile(r"[。！？!?]")
#: Words that point at one person, not a group (本人, 该同志, 其母).
_ONE_PERSON = ("本人", "该同志", "该生", "该职工", "该员工", "该患者", "您", "其子", "其女",
               "其妻", "其夫", "其父", "其母", "其兄", "其弟", "其姐", "其妹", "之子", "之女")


def _same_sentence(window: str) -> str:
    """The part of a context window (before + "\\0" + after) in the sentence of its match."""
    before, _, after = window.partition("\0")
    starts = [m.end() for m in _SENTENCE_ENDS.finditer(before)]
    end = _SENTENCE_ENDS.search(after)
    return before[starts[-1] if starts else 0:] + "\0" + (after[:end.start()] if end else after)


#: Labels that make a landline a person's own number (您的家庭电话0731-…).
_PRIVATE_PHONE_LABELS = _Words(PRIVATE_PHONE_LABELS)
#: The label of a person's workplace line (工作单位座机, 原单位…电话): no office calls its own
#: number so.
_WORKPLACE_LINE = re.compile(r"(?:原单位|工作单位|所在单位|其单位)[^，。；：,;:]{0,5}"
                             r"(?:座机|电话|固话)(?:号码)?[:：]?$")
_IDENTIFIER_LABELS = _Words(IDENTIFIER_LABELS)
#: Words of a reply to a petitioner or applicant (信访事项处理意见书, 答复意见书, 告知书): only
#: there is a name alone on a line with a colon an addressee (信访工作条例第三十六条).
_REPLY_LETTER_WORDS = ("信访", "处理意见书", "答复意见书", "复查意见书", "答复书", "告知书", "来信",
                       "您反映", "您于", "你反映", "你于")

#: Labels of a private party that a contact line starts from (户主：…，联系电话：…).
_PRIVATE_PARTIES = _Words(("户主", "投诉人", "举报人", "申请人", "来电人", "来访人", "信访人",
                           "来信人", "当事人", "被征收人", "监护人", "家属", "市民", "居民", "村民",
                           "患者", "救助对象", "受助人", "诉求人", "反映人", "求助人"))
_ROW_BACK = 160
#: A party told where to turn (当事人…可向执法单位提出书面更正申请，联系电话…): the number is
#: that office's.
_TURNS_TO_AN_OFFICE = re.compile(r"(?:可|可以|请|应)(?:向|与|拨打|致电|到)")
#: Names that hold a party's label without being one (盐珂市民族中学: 市 + 民族; 居民委员会).
_NOT_PARTIES = re.compile(r"市民(?=族|营|政)|居民委员会|村民委员会")


#: Recognisers whose finds are people's names.
_NAME_RECOGNIZERS = frozenset({"person_name", "juvenile_name", "suspect_name", "informant_name",
                               "addressee"})


def _private_names(text: str, out: list[_Candidate], name_rule: Rule,
                   min_score: float) -> list[str]:
    """The full names shown so far as private persons' (``name_rule`` hits at ``min_score``)."""
    return sorted({text[c.start:c.end] for c in out
                   if c.rule is name_rule and c.score >= min_score and c.end - c.start >= 2
                   and "某" not in text[c.start:c.end]}, key=len, reverse=True)


def _named_in_sentence(norm: NormalizedText, pos: int, names: list[str]) -> str:
    """", said of <name>" when the sentence before ``pos`` (folded) holds one of ``names``."""
    if not names:
        return ""
    o0, o1 = norm.folded_span(sentence_start(norm.folded, pos, _SENTENCE_BACK), pos)
    sentence = norm.original[o0:o1]
    for name in names:
        if name in sentence:
            return f", said of {name} (named in this paper as a private person)"
    return ""


#: How far before an e-mail address a personal number (its end: a grouped card runs to 23
#: characters) makes it the same person's.
_EMAIL_WITH_NUMBER = 24


def _private_row(text: str, start: int, personal: list[int]) -> tuple[str, bool]:
    """Why the line of a number at ``start`` belongs to a private person ("" if nothing says
    so): a name cell, a personal ID/mobile/card number (``personal``: their sorted starts),
    or a private party's label; and whether it was the name cell."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    # In prose a personal number shares the sentence, not just the line: a reply letter gives
    # the office's number and then, one sentence on, the citizen's own mobile (本机关经办人
    # 电话：…。你提供的联系电话…). A party's label may open the entry a sentence earlier.
    sentence_start = max(line_start, text.rfind("。", line_start, start) + 1)
    stop = text.find("。", start, line_end)
    sentence_end = line_end if stop < 0 else stop
    row = name_in_row(text, start, "landline")
    if row is not None and not _OFFICE_HANDLER.search(text, line_start, row.start):
        return f", same row as the name {text[row.start:row.end]}", True
    k = bisect.bisect_left(personal, sentence_start)
    if k < len(personal) and personal[k] < sentence_end:
        return ", in a row with a personal ID, mobile or card number", False
    head = _NOT_PARTIES.sub("", text[max(line_start, start - _ROW_BACK):start])
    party = _PRIVATE_PARTIES.first_in(head)
    if party and _TURNS_TO_AN_OFFICE.search(head, head.rfind(party)):
        party = None  # 当事人认为…的，可向执法单位提出…，联系电话：… is the office's line
    if party:
        return f", in the contact line of a {party}", False
    return "", False


def _suppressor_index(suppressors: list[tuple[int, int, _Entry]], rules: tuple[Rule, ...]
                      ) -> dict[object, tuple[list[int], list[int]]]:
    """Exception spans by what they suppress: one rule (key: the rule object's id), one
    category, or everything (key None); each as sorted starts and the matching ends."""
    groups: dict[object, list[tuple[int, int]]] = {}
    for s, e, entry in suppressors:
        key: object = ("rule", id(rules[entry.rule])) if entry.rule >= 0 else entry.category
        groups.setdefault(key, []).append((s, e))
    return {key: _sorted_spans(spans) for key, spans in groups.items()}


def _sorted_spans(spans: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Spans as sorted starts and the matching ends (what ``_overlaps`` reads)."""
    spans.sort()
    return [s for s, _ in spans], [e for _, e in spans]


def _overlaps(spans: tuple[list[int], list[int]], start: int, end: int, reach: int) -> bool:
    """Whether one of ``spans`` (see ``_sorted_spans``), none longer than ``reach``, overlaps
    ``start..end``."""
    starts, ends = spans
    k = bisect.bisect_left(starts, start - reach)
    n = len(starts)
    while k < n and starts[k] < end:
        if ends[k] > start:
            return True
        k += 1
    return False


def _suppressed_by(start: int, end: int, groups: list[tuple[list[int], list[int]]]) -> bool:
    """Whether an exception span of ``groups`` (see ``_suppressor_index``) overlaps the hit."""
    # Exceptions are short phrases: only those starting a little before the hit can overlap.
    return any(_overlaps(spans, start, end, 64) for spans in groups)


def _resolve_overlaps(cands: list[_Candidate]) -> list[_Candidate]:
    """Within one category and subtype keep the best of overlapping hits; else keep both (a
    name inside a diagnosis clause is redacted as a name and as health data).

    Grouped by (category, subtype or "") and each group sorted by position: the same order
    as one sort of all candidates by (category, subtype or "", start, -end), and a hit is
    only ever compared with the one kept before it in its own group.
    """
    groups: dict[tuple[Category, str], list[_Candidate]] = {}
    for c in cands:
        key = (c.rule.category, c.rule.subtype or "")
        group = groups.get(key)
        if group is None:
            groups[key] = [c]
        else:
            group.append(c)
    out: list[_Candidate] = []
    for key in sorted(groups):
        group = groups[key]
        # By start, then longest first (two stable sorts: ties keep their order).
        group.sort(key=_END, reverse=True)
        group.sort(key=_START)
        kept: list[_Candidate] = []
        for c in group:
            if kept:
                prev = kept[-1]
                if c.start < prev.end and prev.rule.subtype == c.rule.subtype \
                        and prev.rule.category is c.rule.category:
                    if prev.rule.extend or c.rule.extend:
                        # Clauses run on from several cue words (客户名单…, 核心技术参数…).
                        prev.end = max(prev.end, c.end)
                        if c.score > prev.score:
                            prev.score, prev.evidence = c.score, c.evidence
                        continue
                    if (c.score, c.end - c.start) > (prev.score, prev.end - prev.start):
                        kept[-1] = c
                    continue
            kept.append(c)
        out.extend(kept)
    out.sort(key=_POSITION_CATEGORY)
    return out


_START = operator.attrgetter("start")
_END = operator.attrgetter("end")
_POSITION_CATEGORY = operator.attrgetter("start", "end", "rule.category")


def _clause_end(text: str, end: int) -> int:
    """Where the clause carrying a cue word ends (a heading's cue runs on over the next line)."""
    limit = min(len(text), end + _EXTEND_MAX)
    m = _CLAUSE_END.search(text, end, limit)
    if m is None:
        return limit
    if m.group() == "\n" and not text[end:m.start()].strip(" \t:：)）】"):
        # "二、关键工艺参数" on its own line: the parameters are the paragraph below it.
        nxt = text.find("\n", m.end(), limit)
        return nxt if nxt >= 0 else limit
    return m.start()


def _damp_enumerations(text: str, cands: list[_Candidate]) -> None:
    """Lower term hits that are items of a list of category names in a definition.

    ``是否涉及商业秘密、个人隐私`` and ``讨论记录、过程稿、磋商信函、请示报告等过程性信息``
    talk about kinds of information; they are not such information. An item counts when it touches a
    "、" (it is one of a list) and the list is introduced by 是否/属于/包括… or closed by
    等…信息/秘密/隐私/事项.
    """
    if "、" not in text:
        return
    for c in cands:
        if not c.rule.terms:
            continue
        left = c.start >= 1 and text[c.start - 1] == "、"
        right = c.end < len(text) and text[c.end] == "、"
        if not (left or right):
            continue
        # The whole list: back and forth over 、-separated items within the line.
        lo = c.start
        while lo > 0 and text[lo - 1] not in "\n。；;：:，,":
            lo -= 1
        hi = c.end
        while hi < len(text) and text[hi] not in "\n。；;：:，,":
            hi += 1
        before = text[lo:c.start]
        after = text[c.end:hi]
        if any(w in before for w in _ENUM_BEFORE) or _ENUM_AFTER.search(after):
            c.score -= _ENUM_PENALTY
            c.evidence += ", one item of a list of kinds of information (a definition)"


def _windows_around(text: str, words: tuple[str, ...], before: int,
                    after: int) -> list[tuple[int, int]]:
    """Merged spans of ``text`` around every occurrence of any of ``words``."""
    spans: list[tuple[int, int]] = []
    for w in words:
        i = text.find(w)
        while i >= 0:
            spans.append((max(0, i - before), min(len(text), i + len(w) + after)))
            i = text.find(w, i + len(w) + after)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for lo, hi in spans:
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
        else:
            merged.append((lo, hi))
    return merged


def _trim_cell(text: str, start: int, end: int) -> int:
    """Start an address after the last table-cell gap before its house number (the walk back
    over Chinese characters must not take the name in the cell before: 蒙某某  江南区五一路3号)."""
    first_digit = next((i for i in range(start, end) if text[i].isdigit()), end)
    gap = max(text.rfind(" ", start, first_digit), text.rfind("\t", start, first_digit),
              text.rfind("\u3000", start, first_digit))
    return gap + 1 if gap >= start else start


def _heading_lines(text: str) -> list[int]:
    """Ends of the lines that head a table of households (序号 户主姓名 … 家庭住址)."""
    out: set[int] = set()
    for word in _ADDRESS_HEADINGS:
        i = text.find(word)
        while i >= 0:
            start = text.rfind("\n", 0, i) + 1
            end = text.find("\n", i)
            end = len(text) if end < 0 else end
            line = text[start:end]
            # A heading names columns; a line carrying an ID or phone number is a data row
            # (申请人：…，身份证号码…，现住址…), and it heads nothing below it.
            if any(h in line for h in _ROW_HEADINGS) and not _LONG_NUMBER.search(line):
                out.add(end)
            i = text.find(word, end)
    return sorted(out)


def _household_row(text: str, start: int, end: int, personal: list[tuple[int, int]],
                   headings: list[int]) -> str:
    """Why an address belongs to a household: in a row with a personal number or under a
    家庭住址 column heading ("" if neither)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    k = bisect.bisect_left(personal, (line_start, -1))
    if k < len(personal) and personal[k][1] <= line_end:
        return ", in a row with a personal ID, phone or card number"
    # A heading line shortly above (a table of households): 序号 户主姓名 身份证号码 … 家庭住址.
    k = bisect.bisect_right(headings, line_start) - 1
    if k >= 0 and line_start - headings[k] <= _HEADING_REACH:
        return ", in a table column headed 住址"
    return ""


#: How much a singled-out person lifts a medical condition (see ``_PersonReader``).
_ANCHOR_BOOST = 0.2
_SENTENCE_BACK = 150
_SENTENCE_END = re.compile(r"[。！？!?\n]")
#: Persons an office singles out, read back to the start of the sentence: a numbered case
#: (病例2, 病例编号05, 第3例确诊病例), "this" person (该病例, 该生, 该职工), a masked injured
#: person (伤者黄某), a profile (女，67岁), a party of a petition.
_ANCHOR = regex.compile(
    r"病例\s*(?:编号)?\s*[:：]?\s*(?:[0-9]{1,3}|[一二三四五六七八九十]{1,3})(?![0-9例名人起])"
    r"|第(?:[0-9]{1,3}|[一二三四五六七八九十]{1,3})例(?:确诊|疑似|无症状|输入|本土|死亡)?"
    r"(?:病例|患者|感染者)"
    r"|(?:该|此|这名|这位)(?:病例|患者|病人|感染者|学生|生|职工|员工|同志|伤者|伤员|儿童|幼儿|"
    r"同学|工人|村民|居民|老人|男子|女子|死者|户|密接|密切接触者|人员|名人员|患儿|孩子|"
    r"未成年人|对象|救助对象|申请人)"
    r"|\p{Han}{2,4}[（(]\s*(?:[男女][，,、]\s*)?[0-9]{1,3}周?岁[)）]"
    r"|(?:患者|病人|伤者|伤员|受伤学生|受伤职工|受伤人员|受伤者|死者|感染者|密切接触者|"
    r"受害人|受害学生)\p{Han}{1,2}某"
    r"|(?<![0-9])[男女][，,、\s]{1,3}[0-9]{1,3}岁(?![以及至到])"
    r"|(?:信访人|来信人|来访人|来电人|投诉人|举报人|申请人|诉求人|反映人|求助人|当事人)")
#: A line that opens with a labelled person (1.救助对象：岳某某，…; 患者：王某，…).
_NAME_OPENS_LINE = regex.compile(
    r"[ \t\u3000]*(?:[0-9一二三四五六七八九十]{1,3}[.．、)）][ \t\u3000]*)?(\p{Han}{2,4}?)[，,]")
_LABELLED_PERSON = regex.compile(
    r"[ \t\u3000]*(?:[0-9一二三四五六七八九十]{1,3}[.．、)）][ \t\u3000]*)?"
    r"(?P<label>救助对象|受助人|受助对象|申请人|患者|病人|低保对象|特困人员|资助对象|受伤人员|伤者|"
    r"感染者|病例|死者|当事人|户主|姓名)[:：][ \t\u3000]*"
    r"(?P<name>\p{Han}{1,3}?某{1,2}|\p{Han}{2,4}?)"
    r"(?=[，,（(、\s])")
#: 您 / 你 in a reply to a petitioner is that person (not 你市, 你局, nor 请您, 如您 in a leaflet).
_YOU = regex.compile(r"(?<!请|如|若|果|当|让|帮|为|助|祝|敬)[您你]"
                     r"(?![市县区省局委厅办单位公司镇乡村所院校们部集团中心协会站队"
                     r"可应需要如若关注注意])")
_YOU_OWN = regex.compile(r"(?<!请|如|若|果|当|让|帮|为|助|祝|敬)[您你]"
                         r"(?:本人|的?(?:父亲|母亲|孩子|子女|丈夫|妻子|儿子|女儿|配偶|爱人|家人)|患有|身患|罹患|所患|系)")
_YOU_LETTER_WORDS = (*_REPLY_LETTER_WORDS, "答复", "回复", "经核实", "经查", "您好", "你好",
                     "诉求", "您反映", "你反映", "来电")
#: 其 after a petitioner or applicant was named in the document (其母患…, 其本人因…).
_THEIR = regex.compile(r"其(?:本人|父亲|母亲|父|母|子|女|妻|夫|丈夫|妻子|儿子|女儿|孩子|配偶|家属|"
                       r"患|身患|罹患|因|于|系|所患)")
_THEIR_PARTIES = ("信访人", "来信人", "来访人", "来电人", "投诉人", "举报人", "申请人", "诉求人",
                  "反映人", "求助人", "当事人")
#: Column headings of a list of persons with their illness (序号 姓名 性别 年龄 病种 金额).
_PERSON_COLUMNS = ("姓名", "性别", "年龄", "出生")
_HEALTH_COLUMNS = ("病种", "诊断", "病情", "疾病", "病名", "伤情", "病因", "所患", "患病", "病史",
                   "cd4", "感染途径", "残疾", "救助原因", "致贫原因", "致困原因", "困难原因",
                   "受伤部位", "伤残")
_HEALTH_COLUMN_WORD = re.compile("|".join(re.escape(w) for w in _HEALTH_COLUMNS))
_AGGREGATE_COLUMNS = ("人数", "例数", "人次", "率", "构成", "合计", "小计", "总计", "占比")
_SEX_AGE_CELLS = regex.compile(r"(?:^|\t|[ \u3000]{2,}|[|｜])\s*[男女]\s*(?:\t|[ \u3000]{2,}|[|｜])"
                               r"\s*[0-9]{1,3}岁?(?=\s*(?:\t|[ \u3000]{2,}|[|｜]))")
_TABLE_GAP = re.compile(r"\t|[ \u3000]{2,}|[|｜]")


def _logical_line_start(text: str, pos: int) -> int:
    """Start of the line holding ``pos``, past the breaks a PDF put inside a number (身份证号
    238201195907⏎124029，残疾类别…): the record goes on where the number does."""
    start = text.rfind("\n", 0, pos) + 1
    while start >= 2 and text[start - 2].isdigit() and text[start:start + 1].isdigit():
        start = text.rfind("\n", 0, start - 1) + 1
    return start


class _PersonReader:
    """Whether a medical condition is said of one singled-out person, read from the sentence
    before it, the document's kind (a reply letter) and the table it sits in."""

    def __init__(self, text: str, present: set[str]) -> None:
        """``present``: the document words (``Scanner._document_words``) the text contains."""
        self.text = text
        self.you = any(word in present for word in _YOU_LETTER_WORDS)
        self.their = any(word in present for word in _THEIR_PARTIES)
        self.headers: list[int] | None = None

    def anchor(self, pos: int) -> str:
        text = self.text
        lo = max(0, pos - _SENTENCE_BACK)
        start = lo
        for m in _SENTENCE_END.finditer(text, lo, pos):
            start = m.end()
        m = _ANCHOR.search(text, start, pos)
        if m is not None:
            return f", said of the person {m.group(0)}"
        # A numbered list of persons writes one person per line (1.救助对象：岳某某，…。住院
        # 病种：…): the label at the head of the line names whom the whole line is about.
        line_start = _logical_line_start(text, pos)
        m = _LABELLED_PERSON.match(text, line_start, pos)
        if m is not None:
            return f", in the line of {m.group('label')} {m.group('name')}"
        # Or the name alone opens the line, as a record (某某某，红旗社区，认定病种…；).
        m = _NAME_OPENS_LINE.match(text, line_start, pos)
        if m is not None and is_name_token(m.group(1)) \
                and plausible_name(text, m.start(1)) == (m.start(1), m.end(1)):
            return f", in the line of {m.group(1)}"
        m = _YOU_OWN.search(text, start, pos)
        if m is None and self.you:
            m = _YOU.search(text, start, pos)
        if m is not None:
            return f", in a reply addressed to {m.group(0)}"
        if self.their:
            m = _THEIR.search(text, start, pos)
            if m is not None:
                return f", said of {m.group(0)} (the petitioner or applicant)"
        return self._table_row(pos)

    def _table_row(self, pos: int) -> str:
        text = self.text
        line_start = text.rfind("\n", 0, pos) + 1
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        line = text[line_start:line_end]
        if not _TABLE_GAP.search(line) or any(w in line for w in _AGGREGATE_COLUMNS[3:]):
            return ""
        m = _SEX_AGE_CELLS.search(line)
        if m is not None:
            return f", in a row with the sex and age cells {m.group(0).strip()}"
        if self.headers is None:
            self.headers = self._header_lines()
        k = bisect.bisect_right(self.headers, line_start) - 1
        if k >= 0 and line_start - self.headers[k] <= _HEADING_REACH:
            return ", in a row of a list of persons (姓名 / 病种 columns)"
        return ""

    def _header_lines(self) -> list[int]:
        """Ends of the lines that head a list of persons with a health column.

        Only lines holding a health column word can: they are found with one search of the
        words' alternation (no word holds a line break), then read whole.
        """
        out: list[int] = []
        pos = 0
        text = self.text
        while True:
            m = _HEALTH_COLUMN_WORD.search(text, pos)
            if m is None:
                break
            start = text.rfind("\n", 0, m.start()) + 1
            end = text.find("\n", m.end())
            end = len(text) if end < 0 else end
            line = text[start:end]
            if (len(line) <= 200 and any(w in line for w in _PERSON_COLUMNS)
                    and any(w in line for w in _HEALTH_COLUMNS)
                    and not any(w in line for w in _AGGREGATE_COLUMNS)
                    and not _LONG_NUMBER.search(line)):
                out.append(end)
            pos = end + 1
        return out
