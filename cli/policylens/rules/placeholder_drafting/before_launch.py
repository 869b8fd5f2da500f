"""The drafter told to consult a lawyer or a professional, or to put in the real facts, before the text goes live (u56f,
issue #11 §1; the class of the blind check set m56p's misses, eval/blind/round55q chainless-bil-md's review-before-
submission note): "Please confirm with a qualified professional before launch that this policy satisfies that
requirement", 「請於上線前洽詢專業人士，確認此做法是否符合相關規定」, "Unconfirmed fields must be completed with real operator
information before launch, not invented", 「尚未確認之項目請勿自行創造內容，須於上線前由經營者補齊正確資訊」.

Two forms in each language, each a request said before a release of the text (launch, publication, going live; 上线,
正式发布, 公开 — not 发布 alone, a user's post, nor 上架, a seller's listing):

- consult or confirm with a lawyer, counsel or a (qualified) professional before the release, as a request ("please",
  an imperative, 请/請): not "If you are unsure, please consult a qualified professional" (no release), not 「上线前我们会咨询
  专业人士」 (what the company does: no request);
- fill in, complete or replace with the real, actual or correct information before the release, as a duty (须/需/应/请;
  must, should, needs to be): not the reader's own (您/你/用户/会员/商家/卖家 in the sentence; "your" in English):
  「您须于上线前补充真实信息」, "Your profile must be completed with accurate information before release".

Cases: tests/test_u56f_before_launch.py.
"""

from __future__ import annotations

from collections.abc import Iterator

from policylens.lazyre import lazy
from policylens.patterns import SentenceBreaks
from policylens.rules.context import Context, TextUnit, prose_spans

_RELEASE_ZH = r"(?:正式)?(?:上线|上線)前|正式(?:发布|發布|公开|公開|推出)前|(?:公开|公開)(?:发布|發布)前"
_EXPERT_ZH = r"(?:专业人士|專業人士|专业律师|專業律師|律师|律師|法务|法務|法律顾问|法律顧問)"
_CONSULT_ZH = lazy(
    rf"(?:请|請)[ \t\u3000]*+(?:于|於|在)?[ \t\u3000]*+(?:{_RELEASE_ZH})[ \t\u3000，,]*+(?:先)?"
    rf"(?:洽询|洽詢|咨询|諮詢|询问|詢問|请教|請教|联系|聯繫|聯絡)[ \t\u3000]*+{_EXPERT_ZH}"
)
_FILL_ZH = lazy(
    rf"(?:须|須|需|应|應|请|請|务必|務必)[ \t\u3000]*+(?:于|於|在)?[ \t\u3000]*+(?:{_RELEASE_ZH})[ \t\u3000，,]*+"
    r"(?:由[^，,。；;\n]{1,8}?)?(?:补齐|補齊|补充|補充|补上|補上|填写|填寫|填入|替换|替換|更新|确认|確認)(?:为|為|成)?"
    r"(?:正确|正確|真实|真實|实际|實際)"
)
# the text's release, not another's: "before publication of your content", "before release of any funds"
_RELEASE_EN = r"(?:launch|publishing|publication|going\s+live|release)(?![A-Za-z])(?!\s+(?:of|your|any)(?![A-Za-z]))"
_EXPERT_EN = (
    r"(?:(?:a|an|your|the)\s+)(?:qualified\s+|licensed\s+)?(?:professional|lawyer|attorney|solicitor|counsel"
    r"|legal\s+(?:counsel|adviser|advisor|professional|team))s?"
)
_CONSULT_EN = lazy(
    rf"(?i:(?<![A-Za-z])(?:confirm|check|verify)\s+with\s+{_EXPERT_EN}\s+before\s+{_RELEASE_EN}"
    rf"|(?<![A-Za-z])consult\s+(?:with\s+)?{_EXPERT_EN}\s+before\s+{_RELEASE_EN}"
    rf"|(?<![A-Za-z])before\s+{_RELEASE_EN}\s*,\s*(?:please\s+)?(?:(?:confirm|check|verify)\s+with|consult(?:\s+with)?)\s+{_EXPERT_EN})"
)
_FILL_EN = lazy(
    r"(?i:(?<![A-Za-z])(?:must|should|needs?\s+to|has\s+to|have\s+to)\s+be\s+(?:completed|filled(?:\s+in)?|replaced|updated)\s+"
    r"with\s+(?:the\s+)?(?:(?:operator|company|business)(?:'s)?\s+)?(?:real|actual|correct|accurate|verified)\s+"
    r"(?:(?:operator|company|business)\s+)?(?:information|details|data|values|facts)"
    rf"(?![A-Za-z])[^.!?\n]{{0,30}}?\bbefore\s+{_RELEASE_EN})"
)
_NEEDS = lazy("[前Bb]")
_READER_ZH = lazy(r"您|你|用户|用戶|会员|會員|商家|卖家|賣家|买家|買家")
_READER_EN = lazy(r"(?i)\byour?\b")


def before_launch_spans(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    """(unit, start, end) of a request to the drafter to consult a lawyer or put in the real facts before release.

    Each unit's sentences are found once, and each sentence is read once for the reader and its opening marks: a
    paragraph of thousands of requests is one sentence (review u56rv: a pass over it per request was quadratic)."""
    for pattern in (_CONSULT_ZH, _CONSULT_EN, _FILL_ZH, _FILL_EN):
        # the reader in the sentence: a step of the reader's own (「您须于上线前补充真实信息」), or advice to the reader, a merchant
        # (「请在正式上线前咨询律师，以确保您的店铺政策合规」, u56v)
        reader = _READER_EN if pattern is _FILL_EN else _READER_ZH if pattern is _FILL_ZH or pattern is _CONSULT_ZH else None
        breaks: SentenceBreaks | None = None
        readers: dict[tuple[int, int], bool] = {}
        leads: dict[int, int] = {}
        for unit, start, end in prose_spans(ctx, (pattern,), _NEEDS):
            text = unit.text
            if breaks is None or breaks.text is not text:
                breaks, readers, leads = SentenceBreaks(text), {}, {}
            a, b = breaks.bounds(start, end)
            if reader is not None:
                if (a, b) not in readers:
                    readers[a, b] = reader.search(text, a, b) is not None
                if readers[a, b]:
                    continue  # 您须于上线前补充真实信息, "Your profile must be completed…": the reader's own
            if a not in leads:
                at = a
                while text[at] in " \t\u3000*>-":
                    at += 1  # stops at the request's first letter at the latest
                leads[a] = at
            yield unit, min(leads[a], start), b
