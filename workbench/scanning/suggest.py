"""The suggested disclosure attribute of a whole document, from its hits (a suggestion only)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import regex

from workbench.core.attributes import DisclosureAttribute
from workbench.core.categories import CATEGORY_NAME_ZH, Category
from workbench.scanning.model import Hit, Suggestion
from workbench.scanning.publication import Publication, sentence_share
from workbench.scanning.sentences import head_lines

if TYPE_CHECKING:
    from workbench.scanning.loader import NegativeList

#: Article 14 grounds (and ongoing investigations): one confident hit withholds the document.
WITHHOLD_CATEGORIES = frozenset({
    Category.STATE_SECRET, Category.LAW_PROHIBITED, Category.NATIONAL_SECURITY,
    Category.PUBLIC_SAFETY, Category.ECONOMIC_SECURITY, Category.SOCIAL_STABILITY,
    Category.INVESTIGATION,
})
#: Article 15 grounds: third parties' data, usually masked so the rest can be published.
REDACT_CATEGORIES = frozenset({
    Category.PERSONAL_PRIVACY, Category.TRADE_SECRET, Category.INTELLECTUAL_PROPERTY,
})
#: Article 16 grounds: may be withheld; the reviewer decides.
DISCRETIONARY_CATEGORIES = frozenset({Category.PROCESS_INFO, Category.INTERNAL_AFFAIRS})
#: The article-16 ground that makes a paper one kept back (不予公开) rather than one released
#: on request: a draft, minutes, a request for instructions or a consultation letter is a stage
#: of a decision, not the decision (条例第十六条第二款), and it is the decision that is
#: published or released. The blind corpora's writers file such papers under 不予公开 with
#: the article as their reason: of the papers the rules read as process information in
#: holdouts 5-17, 22 are labelled 不予公开, 1 依申请公开 and 2 published. The internal-affairs
#: papers there (a logistics self-check, a scoring sheet) are split 8 to 7 between 不予公开
#: and 依申请公开, and keep ``on_request``.
WITHHELD_DISCRETIONARY = frozenset({Category.PROCESS_INFO})

WITHHOLD_SCORE = 0.7
#: One article-14 passage alone, found at a rule's bare score (no context word, no paper of
#: its kind), is read as a passage to mask (区分处理, 条例第三十七条), not as a reason to withhold
#: the whole paper: 已被依法刑事拘留 in a traffic bulletin, a unit code in a recruits' list.
#: A classification mark always withholds.
LONE_WITHHOLD_SCORE = 0.75
#: Who reported a case (an informant's name or identity) or who a case is against (a
#: suspect's name) is masked where it appears, like a third party's personal data (区分处理):
#: the paper around it, a recovery bulletin or a petition reply, is not itself a case file.
#: So is a person's HIV status, which a relief list or a follow-up report may give, and a
#: child's adoption, which a year's summary or an asset check may tell in passing.
MASKED_SUBTYPES = frozenset({"informant", "whistleblower", "suspect", "hiv_person", "adoption"})
#: The concrete-fact clauses of a paper already not to be published (``facts``): they show
#: the reviewer the passages behind the decision and never make it alone (they only tell a
#: lone passage the paper keeps returning to from a stray one).
FACT_SUBTYPE = "paper_fact"
#: The clauses the learned passage model marks (``passages``): shown, never deciding.
PASSAGE_SUBTYPE = "passage"
#: Fact clauses of a lone passage's own category that make it the paper's subject.
CORROBORATING_FACTS = 2
#: The addressee of a reply letter (a petitioner, an applicant): the letter settles that
#: person's own matter and is released to them on request, not published.
ADDRESSEE_RULE = "personal_privacy.addressee"
DISCRETIONARY_SCORE = 0.6
#: One discretionary hit alone must be at least this confident to move a document away from
#: proactive; weaker ones count only when two or more different ones agree.
DISCRETIONARY_ALONE = 0.7
#: Third-party technology written out in figures is the document's core content (withheld
#: rather than redacted) when it covers at least this share of the text, when the title names
#: it, or when its owner declared it confidential (see ``_third_party_core``).
CORE_SHARE = 0.2
_THIRD_PARTY = frozenset({Category.TRADE_SECRET, Category.INTELLECTUAL_PROPERTY})
_TECH_SUBTYPES = frozenset({"technology", "technical_secret", "patent"})
#: Business information written out in figures (a bidder's unit prices and cost build-up, a
#: company's customers and sales): as concrete as a formula when it is the paper's subject.
_CONCRETE_SUBTYPES = _TECH_SUBTYPES | {"cost_price", "customer_list"}
#: A title naming the secret: its technology, or a bid evaluation's price analysis (评标报告).
_TITLE_SUBTYPES = _CONCRETE_SUBTYPES | {"bid_details"}
_TITLE_LINES = 2
#: A paper written to be published (``Publication``: a 公告, a bulletin, a drill plan) keeps
#: its article-14 passages as passages to mask (区分处理, 条例第三十七条), and its article-16
#: ones as passages for the reviewer to confirm, while they and the paper's fact clauses touch
#: less than this share of its sentences; past it, what masking leaves is not worth
#: publishing and the paper is what it keeps back.
MASKABLE_SHARE = 0.4


def suggest(hits: Sequence[Hit], negative_list: NegativeList | None = None, *,
            text_complete: bool = True, text: str | None = None) -> Suggestion:
    """Apply the brief's rules to the hits.

    - a confident hit of an article-14 category (a classification mark, an ongoing
      investigation, ...) -> ``withheld``;
    - otherwise a confident process hit -> ``withheld`` (``WITHHELD_DISCRETIONARY``), a
      confident internal-affairs hit -> ``on_request``;
    - trade secrets or unpublished technology that are the document's core content (see
      ``CORE_SHARE``; needs ``text``) -> ``withheld``, unless the paper is an expert review
      of an application (it goes back to the applicant, below); passages of them in an
      otherwise public document -> redaction;
    - a reply letter on the addressee's own case, whose only article-14 hits are the case's
      progress -> ``on_request`` with redaction;
    - one weak article-14 passage alone (below ``LONE_WITHHOLD_SCORE``) is masked, unless
      ``CORROBORATING_FACTS`` fact clauses of its category show it is the paper's subject;
    - one weak discretionary hit (below ``DISCRETIONARY_ALONE``) does not count alone;
    - in a paper written to be published (``negative_list.publication``; needs ``text``),
      article-14 passages other than a classification mark are masked, and discretionary
      ones left to the reviewer, while they touch less than ``MASKABLE_SHARE`` of its
      sentences;
    - a paper whose title says it is prepared for a request or signed by the parties
      (依申请提供, 人民调解协议书; needs ``text``) -> ``on_request`` with redaction;
    - experts' opinions on applications (专家评审意见; needs ``text``) holding data to mask
      -> ``on_request`` with redaction;
    - a reply letter to a named private person (``ADDRESSEE_RULE``) -> ``on_request`` with
      redaction;
    - otherwise ``proactive``; ``needs_redaction`` when personal data, trade secrets or
      third-party IP were found (区分处理).
    - Text that was not read completely (scanned pages, unmapped glyphs) is never suggested
      ``proactive``: it becomes ``on_request`` with ``manual_review`` set, because a person must
      read the original before it can be published.
    """

    def ground(category: Category) -> str:
        spec = negative_list.spec(category) if negative_list is not None else None
        return spec.legal_ground.cite() if spec else ""

    facts = [h for h in hits if h.subtype == FACT_SUBTYPE]
    hits = [h for h in hits if h.subtype not in (FACT_SUBTYPE, PASSAGE_SUBTYPE)]
    needs_redaction = any(h.category in REDACT_CATEGORIES or h.subtype in MASKED_SUBTYPES
                          for h in hits)
    if text is not None:
        # A drafter's comment that says it goes before publication (【批注：…，正式稿发布前删除
        # 此段】) is cut out, not the paper held back: what it holds decides nothing else.
        cut = _comments_cut_before_publication(text)
        kept = [h for h in hits if not any(s <= h.start and h.end <= e for s, e in cut)]
        if len(kept) < len(hits):
            hits, needs_redaction = kept, True
    withhold = _withholding(hits)
    publication = negative_list.publication if negative_list is not None else None
    # A paper written to be published: its article-14 passages are masked.
    set_aside: tuple[str, list[Hit]] | None = None  # (the paper's kind, its passages)
    kind = _published_kind(withhold, facts, text, publication, discretionary=False)
    if kind is not None:
        set_aside = (kind, withhold)
        withhold = []
        needs_redaction = True
    masked = lone_passage(withhold)  # the one weak article-14 passage, masked instead
    if masked is not None:
        alike = [f for f in facts if f.category == masked.category]
        if len(alike) >= CORROBORATING_FACTS:
            # The paper keeps returning to the passage's subject: it is what the paper is
            # about (a case referral, a risk report), not a stray sentence to mask.
            return Suggestion(
                DisclosureAttribute.WITHHELD, needs_redaction=False,
                reason=f"{CATEGORY_NAME_ZH[masked.category]}：“{masked.text}”，"
                       f"文中另有{len(alike)}处同类具体事实",
                legal_ground=masked.legal_ground or ground(masked.category),
                manual_review=not text_complete)
        withhold = []
        needs_redaction = True
    core = _third_party_core(hits, text) if text is not None else None
    if core and not withhold and _review_of_applicants(text) is not None \
            and _title_word(text, _MATERIAL_TITLES) is None:
        # An expert review goes back to the applicant whose secrets it holds; one whose title
        # says it carries the applicant's own technical material (含企业提交技术资料摘要) is
        # that material.
        core = None
    if core and not withhold:
        return Suggestion(
            DisclosureAttribute.WITHHELD, needs_redaction=False,
            reason=f"{core}，属于第三方商业秘密或未公开技术，区分处理后无实质内容可公开",
            legal_ground=_grounds(hits, _THIRD_PARTY, ground), manual_review=not text_complete)
    addressed = [h for h in hits if h.rule == ADDRESSEE_RULE and h.score >= DISCRETIONARY_SCORE]
    if withhold and addressed and all(h.category is Category.INVESTIGATION for h in withhold):
        # A reply telling a complainant how their own complaint's case stands (案件正在调查,
        # 初步拟对涉事旅行社处罚款): the letter goes to that person; the case keeps it from
        # the public, not from them.
        return Suggestion(
            DisclosureAttribute.ON_REQUEST, needs_redaction=True,
            reason=f"答复特定当事人（“{addressed[0].text}”）其所反映事项的办理进展"
                   f"（“{withhold[0].text}”），依申请向当事人提供，不主动公开",
            legal_ground=ground(Category.INVESTIGATION), manual_review=not text_complete)
    if withhold:
        top = max(withhold, key=lambda h: h.score)
        return Suggestion(
            DisclosureAttribute.WITHHELD, needs_redaction=False,
            reason=f"{CATEGORY_NAME_ZH[top.category]}：“{top.text}”（{len(withhold)}处）",
            legal_ground=ground(top.category), manual_review=not text_complete)
    discretionary = [h for h in hits
                     if h.category in DISCRETIONARY_CATEGORIES and h.score >= DISCRETIONARY_SCORE]
    if discretionary and max(h.score for h in discretionary) < DISCRETIONARY_ALONE \
            and len({h.text for h in discretionary}) < 2:
        discretionary = []  # one weak hint does not move a document away from proactive
    # Its article-16 passages are published with it once the reviewer has read them (the
    # article permits withholding, it does not require it).
    to_review: tuple[str, list[Hit]] | None = None
    kind = _published_kind(discretionary, facts, text, publication, discretionary=True)
    if kind is not None:
        to_review = (kind, discretionary)
        discretionary = []
    if discretionary:
        top = max(discretionary, key=lambda h: h.score)
        # A process paper is withheld whatever else it holds: a cadre's inspection material
        # also scores the votes (internal affairs), and both tell it is not yet a decision.
        stage = [h for h in discretionary
                 if h.category in WITHHELD_DISCRETIONARY and h.score >= DISCRETIONARY_ALONE]
        if stage:
            top = max(stage, key=lambda h: h.score)
        if top.category in WITHHELD_DISCRETIONARY:
            return Suggestion(
                DisclosureAttribute.WITHHELD, needs_redaction=False,
                reason=f"{CATEGORY_NAME_ZH[top.category]}：“{top.text}”，可以不予公开，"
                       "形成正式决定后按决定公开",
                legal_ground=ground(top.category), manual_review=not text_complete)
        return Suggestion(
            DisclosureAttribute.ON_REQUEST, needs_redaction=needs_redaction,
            reason=f"{CATEGORY_NAME_ZH[top.category]}：“{top.text}”，可以不予主动公开",
            legal_ground=ground(top.category), manual_review=not text_complete)
    party_paper = _released_to_parties(text) if text is not None else None
    if party_paper is not None:
        return Suggestion(
            DisclosureAttribute.ON_REQUEST, needs_redaction=True,
            reason=f"标题含“{party_paper}”：向申请人或当事人提供的文书，不主动公开；"
                   "对外提供前须区分处理",
            legal_ground=ground(Category.PERSONAL_PRIVACY), manual_review=not text_complete)
    review = _review_of_applicants(text) if text is not None and needs_redaction else None
    if review is not None:
        return Suggestion(
            DisclosureAttribute.ON_REQUEST, needs_redaction=True,
            reason=f"标题含“{review}”：对申报单位或项目的专家评审意见，依申请向申报单位提供；"
                   "对外提供前须区分处理",
            legal_ground=_grounds(hits, REDACT_CATEGORIES, ground),
            manual_review=not text_complete)
    if addressed:
        return Suggestion(
            DisclosureAttribute.ON_REQUEST, needs_redaction=True,
            reason=f"答复特定当事人（“{addressed[0].text}”）的文书，依申请向当事人提供；"
                   "对外公开须遮盖其身份信息",
            legal_ground=addressed[0].legal_ground or ground(Category.PERSONAL_PRIVACY),
            manual_review=not text_complete)
    if not text_complete:
        return Suggestion(
            DisclosureAttribute.ON_REQUEST, needs_redaction=needs_redaction,
            reason="文本提取不完整（扫描页或无法识别的字符），须人工通读原件后再定公开属性",
            legal_ground=None, manual_review=True)
    if needs_redaction:
        kinds = sorted({CATEGORY_NAME_ZH[h.category] for h in hits
                        if h.category in REDACT_CATEGORIES})
        grounds = _grounds(hits, REDACT_CATEGORIES, ground)
        for subtype, name in (("informant", "举报人身份"), ("whistleblower", "举报人身份"),
                              ("suspect", "涉案人员姓名")):
            people = [h for h in hits if h.subtype == subtype]
            if people and name not in kinds:
                kinds.append(name)
            if people:
                cite = people[0].legal_ground or ground(people[0].category)
                grounds = "；".join(g for g in dict.fromkeys((grounds, cite)) if g)
        if masked is not None:
            kinds.insert(0, f"一处{CATEGORY_NAME_ZH[masked.category]}（“{masked.text}”，请复核）")
            grounds = "；".join(g for g in (masked.legal_ground or ground(masked.category), grounds)
                               if g)
        if set_aside is not None:
            kinds.insert(0, _passages_note(set_aside))
            grounds = "；".join(g for g in (_grounds(set_aside[1], WITHHOLD_CATEGORIES, ground),
                                            grounds) if g)
        also = f"；另有{_passages_note(to_review)}，随文公开前须逐条确认" if to_review else ""
        return Suggestion(
            DisclosureAttribute.PROACTIVE, needs_redaction=True,
            reason=f"{_kind_note(set_aside or to_review)}含{'、'.join(kinds)}，"
                   f"遮盖后可主动公开（区分处理）{also}",
            legal_ground=grounds or None)
    if to_review is not None:
        return Suggestion(
            DisclosureAttribute.PROACTIVE, needs_redaction=False,
            reason=f"{_kind_note(to_review)}所含{_passages_note(to_review)}随文公开前须逐条确认")
    if hits:
        return Suggestion(DisclosureAttribute.PROACTIVE, needs_redaction=False,
                          reason="仅有低置信度提示，逐条确认后可主动公开")
    return Suggestion(DisclosureAttribute.PROACTIVE, needs_redaction=False,
                      reason="未发现负面清单事项，负面清单以外的信息原则上公开")


def _kind_note(found: tuple[str, list[Hit]] | None) -> str:
    return f"本件属“{found[0]}”类面向社会公开的文书，" if found else ""


def _passages_note(found: tuple[str, list[Hit]]) -> str:
    passages = found[1]
    names = "、".join(dict.fromkeys(CATEGORY_NAME_ZH[h.category] for h in passages))
    return f"{len({h.text for h in passages})}处{names}（如“{passages[0].text}”，请复核）"


def _published_kind(passages: Sequence[Hit], facts: Sequence[Hit], text: str | None,
                    publication: Publication | None, *, discretionary: bool) -> str | None:
    """The kind of a paper written to be published whose ``passages`` are to be masked rather
    than keep it back, or None (see ``MASKABLE_SHARE``). A classification mark always
    withholds."""
    if not passages or text is None or publication is None or any(
            h.category is Category.STATE_SECRET for h in passages):
        return None
    kind = publication.published_kind(text, discretionary=discretionary)
    if kind is None:
        return None
    spans = [(h.start, h.end) for h in (*passages, *facts)]
    return kind if sentence_share(text, spans) < MASKABLE_SHARE else None


#: Title words of a paper made for one applicant or the parties to a matter: a version
#: prepared for a request (…（依申请提供）), an agreement two parties signed (人民调解协议书).
_PARTY_PAPER_TITLES = ("依申请提供", "（依申请公开）", "(依申请公开)", "调解协议书")
_PARTY_PAPER_LINES = 3


#: A bracketed drafting comment or revision note that speaks of the paper going out (【批注（人力
#: 资源部）：…，正式稿发布前删除此段】, 【批注：案例发布前请与当事人家属确认。】): the paper is
#: meant to be published, and the comment goes before it is.
_CUT_COMMENT = regex.compile(
    r"【(?:批注|注|修订|编者按|编辑注|起草说明)[^】\n]{0,300}?"
    r"(?:(?:发布|公开|印发|定稿|正式稿|正式文本)[^】\n]{0,6}?(?:前|时)[^】\n]{0,6}?删除"
    r"|(?:发布|公开|印发)前)[^】\n]{0,40}】")


def _comments_cut_before_publication(text: str) -> list[tuple[int, int]]:
    """Spans of the comments in ``text`` that speak of the paper's release (``_CUT_COMMENT``)."""
    return [m.span() for m in _CUT_COMMENT.finditer(text)]


def _title_word(text: str, words: tuple[str, ...]) -> str | None:
    """The first of ``words`` that the title lines of ``text`` hold (blanks removed), or None."""
    title = "".join(head_lines(text, _PARTY_PAPER_LINES).split())
    return next((w for w in words if w in title), None)


def _released_to_parties(text: str) -> str | None:
    """The title words that make ``text`` a paper for an applicant or the parties, or None."""
    return _title_word(text, _PARTY_PAPER_TITLES)


#: Title words of experts' opinions on applications (专精特新认定专家评审意见, 项目评审意见汇总):
#: written for the deciding office about applicants' own undisclosed plans and figures. Of the
#: fifteen such papers in the labelled corpora, writers released ten on request.
_REVIEW_TITLES = ("评审意见", "评审组意见", "专家组意见", "评审专家意见")
_MATERIAL_TITLES = ("技术资料", "技术摘要", "技术方案", "申报材料")


def _review_of_applicants(text: str) -> str | None:
    """The title words that make ``text`` experts' opinions on applications, or None."""
    return _title_word(text, _REVIEW_TITLES)


def _withholding(hits: Sequence[Hit]) -> list[Hit]:
    """The confident article-14 hits (an informant's identity is masked, not withheld)."""
    return [h for h in hits if h.category in WITHHOLD_CATEGORIES and h.score >= WITHHOLD_SCORE
            and h.subtype not in MASKED_SUBTYPES]


def lone_passage(withhold: Sequence[Hit]) -> Hit | None:
    """The one weak article-14 passage of a paper (see ``LONE_WITHHOLD_SCORE``), if that is
    all ``withhold`` (``_withholding``'s hits) holds."""
    if len({h.text for h in withhold}) == 1 and all(
            h.score < LONE_WITHHOLD_SCORE and h.category != Category.STATE_SECRET
            for h in withhold):
        return withhold[0]
    return None


def masked_passage(hits: Sequence[Hit]) -> Hit | None:
    """The lone article-14 passage the suggestion would mask rather than withhold for."""
    return lone_passage(_withholding([h for h in hits if h.subtype != FACT_SUBTYPE]))


def _grounds(hits: Sequence[Hit], categories: frozenset[Category],
             ground: Callable[[Category], str]) -> str | None:
    """The legal grounds of the categories found, strongest category first, no repeats."""
    ordered = sorted((h for h in hits if h.category in categories), key=lambda h: -h.score)
    out: list[str] = []
    for h in ordered:
        cite = h.legal_ground or ground(h.category)
        if cite and cite not in out:
            out.append(cite)
    return "；".join(out) or None


def _third_party_core(hits: Sequence[Hit], text: str) -> str | None:
    """Why third-party secrets are the document's core content, or None.

    Only a document that carries the secret itself counts: technology or business passages
    with figures (a formula's quantities, process parameters, an unpublished application's
    data, a bidder's unit prices and cost build-up, customers with their sales). A
    recommendation that only mentions that a company's 工艺参数 exist is redacted, not withheld.
    Then any of: the title names the technology, the owner declared it confidential, or the
    passages cover ``CORE_SHARE`` of the text.
    """
    secret = [h for h in hits if h.category in _THIRD_PARTY and h.score >= WITHHOLD_SCORE]
    concrete = [h for h in secret
                if h.subtype in _CONCRETE_SUBTYPES and any(ch.isdigit() for ch in h.text)]
    if not concrete:
        return None
    title_end = 0
    for _ in range(_TITLE_LINES):
        nxt = text.find("\n", title_end + 1)
        title_end = len(text) if nxt < 0 else nxt
    # The title's own words count whatever their score (评标报告 alone is a weak hint, but a
    # paper titled so whose body carries a bidder's costs is that evaluation).
    in_title = [h for h in hits if h.category in _THIRD_PARTY and h.start < title_end
                and h.subtype in _TITLE_SUBTYPES]
    if in_title:
        return f"标题即载明“{in_title[0].text[:12]}”且正文载有具体技术或经营信息"
    if any(h.subtype == "declared" for h in secret):
        return "权利人已声明保密且文中载有具体技术或经营信息"
    body = sum(1 for ch in text if not ch.isspace()) or 1
    share = _covered(concrete) / body
    if share >= CORE_SHARE:
        return f"具体技术或经营信息约占全文{share:.0%}"
    return None


def _covered(hits: Sequence[Hit]) -> int:
    spans = sorted((h.start, h.end) for h in hits)
    total, cur_s, cur_e = 0, -1, -1
    for s, e in spans:
        if s > cur_e:
            total += max(0, cur_e - cur_s)
            cur_s, cur_e = s, e
        else:
            cur_e = max(cur_e, e)
    return total + max(0, cur_e - cur_s)
