"""`diff` on the classes the twenty-third session's blind set showed (t23b, `eval/blind/pairs23`: real version pairs,
annotated before any run, then scored once on frozen main 205f37e8; the texts below are invented, not copied).

1. *A React page localised in place* (eval/blind/pairs23/pairs/thousandsmore-tsx/new.tsx): a `"use client"` component
   whose policy sits in `{lang === "en" ? (<>…</>) : (<>…</>)}` and whose title is `{lang === "en" ? "…" : "隐私政策"}`
   was read as empty, so every Chinese paragraph was shown deleted and the real edits (a dropped negative
   commitment, 包括但不限于 → 包括) were hidden (`load.jsx`).
2. *Heading numbers restyled* (eval/blind/pairs23/pairs/hourstag-redesign): 「<h2>1. 我們收集哪些資料?</h2>」 →
   「<h2><span class="n">01</span>我們收集哪些資料?</h2>」 flagged eight sections renamed; a zero-padded number set apart
   only by markup is a number, not part of the name (`diff.align._title_key`).
"""

from __future__ import annotations

from helpers import parse_string
from policylens.diff import diff_documents


def _report(old: str, new: str, suffix: str = ".html"):  # type: ignore[no-untyped-def]
    return diff_documents(parse_string(old, suffix), parse_string(new, suffix))


def _changes(old: str, new: str, suffix: str = ".html") -> list[tuple[str | None, str | None]]:
    return [(c.old_text, c.new_text) for s in _report(old, new, suffix).sections for c in s.changes]


TSX_PLAIN = """import Link from "next/link";

export default function PrivacyPage() {
  return (
    <main className="px-6 py-8">
      <Link href="/">返回首页</Link>
      <h1 className="text-2xl">隐私政策</h1>
      <p>本政策说明青禾题库如何处理您的个人信息。</p>
      <h2>一、信息收集</h2>
      <p>我们收集您的邮箱和订单记录。我们不收集任何生物识别信息。</p>
      <h2>二、信息存储</h2>
      <p>我们采取安全措施（包括但不限于加密存储）保护您的信息。</p>
    </main>
  );
}
"""

TSX_SWITCHED = """"use client";
import Link from "next/link";
import { useLang } from "@/lib/lang";

export default function PrivacyPage() {
  const lang = useLang();
  const count = items.length < 3 ? 1 : 2;
  return (
    <main className="px-6 py-8">
      <Link href="/">{lang === "en" ? "Back to Home" : "返回首页"}</Link>
      <h1 className="text-2xl">{lang === "en" ? "Privacy Policy" : "隐私政策"}</h1>
      {lang === "en" ? (
        <>
          <p>This policy explains how Qinghe handles your personal information.</p>
        </>
      ) : (
        <>
          <p>本政策说明青禾题库如何处理您的个人信息。</p>
          <h2>一、信息收集</h2>
          <p>我们收集您的邮箱和订单记录。</p>
          <h2>二、信息存储</h2>
          <p>我们采取安全措施（包括加密存储）保护您的信息。</p>
        </>
      )}
      {lang === "中文" && <p title={lang === "en" ? "x" : "提示"}>{t("privacy.footer")}</p>}
    </main>
  );
}
"""


def test_a_react_page_localised_in_place_is_read_and_its_edits_shown() -> None:
    """Class 1 (eval/blind/pairs23/pairs/thousandsmore-tsx/new.tsx): the JSX inside a language conditional is the page."""
    doc = parse_string(TSX_SWITCHED, ".tsx")
    assert doc.metadata.title == "隐私政策"  # the Chinese literal of the title's conditional, not "Privacy Policy"
    text = "\n".join(p.text for s in doc.sections for p in s.paragraphs)
    assert "我们收集您的邮箱和订单记录。" in text and "This policy explains" in text  # both branches are the page
    for code in ("useLang", "Back to Home", "privacy.footer", "中文", "提示", "<>", "items.length"):
        assert code not in text, code
    changes = _changes(TSX_PLAIN, TSX_SWITCHED, ".tsx")
    olds = [o for o, _ in changes if o]
    assert any("我们不收集任何生物识别信息" in o for o in olds)  # the negation dropped shows
    assert any(o and n and "但不限于" in o and "但不限于" not in n for o, n in changes)  # an edit, not a deletion
    assert not any(o and n is None and "我们采取安全措施" in o for o, n in changes)  # no false deletion


NUMBERED = """<html><body><h1>青禾隐私政策</h1>
<h2>{a}信息收集</h2><p>我们收集您的邮箱。</p>
<h2>{b}信息共享</h2><p>我们不会出售您的信息。</p>
</body></html>"""


def test_a_heading_number_restyled_is_no_rename() -> None:
    """Class 2 (eval/blind/pairs23/pairs/hourstag-redesign): 「1. 信息收集」 → 「<span>01</span>信息收集」 is no rename."""
    old = NUMBERED.format(a="1. ", b="2. ")
    new = NUMBERED.format(a='<span class="n">01</span>', b='<span class="n">02</span>')
    report = _report(old, new)
    assert not any(s.renamed for s in report.sections)
    assert _changes(old, new) == []
    renamed = NUMBERED.format(a='<span class="n">01</span>', b='<span class="n">02</span>').replace("信息共享", "信息出售")
    assert any(s.renamed for s in _report(old, renamed).sections)  # a new name after the number still shows
