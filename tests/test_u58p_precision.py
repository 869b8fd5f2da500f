"""Fifty-eighth session (u58p, issue #11): the false errors left on last session's blind sets and u57h's near-misses
(eval/blind/round57p and round57q, released: not blind), each a class with constructed cases both ways and the real
line as a regression.

- an input's format hint is no slot: 「（格式：09xxxxxxxx）」, "(e.g. 09XX-XXX-XXX)", 「例如 xxx@xxx.com」, 「請輸入手機號碼
  （09xxxxxxxx）」 in a validation message, a paragraph, an HTML, JSX or Vue page (`placeholder_instruction.format_hints`);
  the real slots (客服電話：02-XXXX-XXXX, XXX公司, XX市XX區, xx年xx月xx日, [Email]) stay errors;
- a preposition that ends an address is no hole: 「contact us at privacy@bugbear.in .」 (JSX set the link's text and the
  full stop apart), x.to ., /about . (`placeholder_gaps._EN_PREPOSITION`); "trust in . We" stays one;
- `${email}` in a JSX text node is a template variable left as written (`load.jsx.expressions._DOLLAR_SLOT`); `${price}`,
  a template literal in an expression or an attribute stay quiet;
- a module's object named for its Japanese edition (`privacy_ja = {`) holds Japanese kanji, no Traditional characters
  (`script_mixed.editions._JAPANESE_OBJECT`);
- u57h's near-misses ('Draft - do not share your password', 'This sample policy of ours…', 'This example page shows…',
  「模板：请根据实际情况修改您的个人资料」) stay quiet (`placeholder_drafting.self_described`);
- 「危害通信」, the Taiwan government's consent wording, is no mainland word (`cn-tw.exclude.tsv`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import written_severities
from policylens.check import CheckOptions, check_file

ROOT = Path(__file__).resolve().parents[1]


_findings = written_severities  # (tests/check_helpers.py: one copy for u58p and u58f)


# one hint or slot a paragraph, from line 3 (a title, a blank line)
_HINTS = [
    "手機號碼請輸入有效的台灣手機號碼（格式：09xxxxxxxx）。",
    "手機號碼格式：09xxxxxxxx。",
    "電話請依格式填寫，例如 09XX-XXX-XXX。",
    "手機號碼請依格式輸入（例如：09xx-xxx-xxx）。",
    "請輸入手機號碼（10位，格式如：09xxxxxxxx）。",
    "請輸入手機號碼（0912xxxxxx）。",
    "Please enter your phone number (format: 09xxxxxxxx).",
    "Enter your phone number (e.g. 09XX-XXX-XXX).",
    "Enter your email (e.g. xxx@xxx.com).",
    "请输入您的邮箱（xxx@xxx.com）。",
    "Phone number format: +86 1XX XXXX XXXX.",
    "請輸入正確的電子郵件，例如 xxx@xxx.com。",
    "身分證字號（例如：A123456789）。",
    "日期格式：xxxx年xx月xx日。",
]
_SLOTS = [
    "客服電話：02-XXXX-XXXX",
    "本公司名稱：XXX公司",
    "地址：XX市XX區",
    "本政策自xx年xx月xx日起生效。",
    "聯絡信箱：xxx@xxx.com",
    "Contact: [Email]",
    "客服電話：0800-XXX-XXX（週一至週五 9:00-18:00）",
    "Call us on (852) XXXX XXXX.",
    "Enter the code we sent to +1 (XXX) XXX-XXXX.",
    "聯絡電話：0912xxxxxx",
]


_EN_HEAD = "# Privacy Policy\n\nLast updated: 1 January 2025"


def _paragraphs(title: str, lines: list[str]) -> str:
    return title + "\n\n" + "\n\n".join(lines) + "\n"


def _both_sides(folder: Path, head: str, quiet: list[str], reported: list[str]) -> None:
    """`head`, then each of `quiet` and `reported` a paragraph: no placeholder error on the first, one on each other."""
    errors = {
        line
        for line, rule, severity, _ in _findings(folder, "policy.md", _paragraphs(head, quiet + reported))
        if severity == "error" and rule.startswith("placeholder")
    }
    first = head.count("\n") + 3
    quiet_lines = {first + 2 * k for k in range(len(quiet))}
    reported_lines = {first + 2 * (len(quiet) + k) for k in range(len(reported))}
    assert not errors & quiet_lines, sorted(errors & quiet_lines)
    assert reported_lines <= errors, sorted(reported_lines - errors)


def test_a_format_hint_is_no_slot_and_the_slots_stay_errors(tmp_path: Path) -> None:
    _both_sides(tmp_path, "# 隱私權政策", _HINTS, _SLOTS)


_HTML = """<html><body><h1>隱私權政策</h1>
<p>請輸入有效的台灣手機號碼（格式：09xxxxxxxx）</p>
<p>Phone (format: 09XX-XXX-XXX)</p>
<p>請輸入手機號碼：<input type="tel" placeholder="09xxxxxxxx"></p>
<p>客服電話：02-XXXX-XXXX</p>
<p>本公司名稱：XXX公司</p>
</body></html>
"""
_JSX = """export default function Privacy() {
  const validate = (v) => {
    if (!/^09\\d{8}$/.test(v)) return '請輸入有效的台灣手機號碼（格式：09xxxxxxxx）';
    if (!v.includes('@')) return 'Please enter a valid email (e.g. xxx@xxx.com)';
    return '';
  };
  return (
    <div>
      <h1>隱私權政策</h1>
      <p>本政策說明我們如何蒐集您的個人資料。</p>
      <input placeholder="09XX-XXX-XXX" />
      <p>手機號碼請依格式輸入（例如：09xx-xxx-xxx）。</p>
      <p>聯絡電話：02-XXXX-XXXX</p>
    </div>
  );
}
"""
_VUE = """<template>
  <div>
    <h1>隱私權政策</h1>
    <p>本政策說明我們如何蒐集您的個人資料。</p>
    <input v-model="phone" placeholder="例如：09xxxxxxxx" />
    <span class="hint">Format: 09xxxxxxxx</span>
    <p>地址：XX市XX區</p>
  </div>
</template>
<script>
export default {
  methods: {
    check() {
      this.errors.phone = '請輸入有效的台灣手機號碼（格式：09xxxxxxxx）';
      this.errors.mail = '請輸入正確的電子郵件，例如 xxx@xxx.com';
    }
  }
}
</script>
"""


@pytest.mark.parametrize(
    ("name", "text", "slots"),
    [("page.html", _HTML, {5, 6}), ("Page.jsx", _JSX, {13}), ("Page.vue", _VUE, {7})],
)
def test_format_hints_in_every_wrapper(tmp_path: Path, name: str, text: str, slots: set[int]) -> None:
    errors = {line for line, rule, severity, _ in _findings(tmp_path, name, text) if severity == "error"}
    assert errors == slots


def test_the_real_phone_format_hint_of_round57q() -> None:
    """eval/blind/round57q taichung-tw-vue:283 「請輸入有效的台灣手機號碼（格式：09xxxxxxxx）」, a JS validation message;
    and :131 「其他有危害通信或違反法令之情事者」, the government's own consent wording: no finding on either."""
    path = ROOT / "eval/blind/round57q/dev/taichung-tw-vue/Register.vue"
    report = check_file(str(path), CheckOptions(no_config=True))
    assert [(f.line, f.rule) for f in report.findings if f.severity != "info"] == []


_GAPS_QUIET = [
    "To exercise any of these rights, please contact us at privacy@bugbear.in . We will respond within 30 days.",
    "Please write to our officer at dpo@example.to , or call us.",
    "Read more at https://bugbear.dev/about . It explains our work.",
    "You may withdraw your opt-in . We will stop.",
]
_GAPS_HOLES = [
    "Any product and/or service of , It means a lot to us.",
    "Thank you for your use and trust in . We will protect your data.",
]


def test_a_preposition_ending_an_address_is_no_hole(tmp_path: Path) -> None:
    _both_sides(tmp_path, _EN_HEAD, _GAPS_QUIET, _GAPS_HOLES)


def test_the_mailto_lines_of_round57p_bugbear() -> None:
    """eval/blind/round57p bugbear-en-tsx L52/L90: `{' '}`, then an anchor whose text (the address, ending in .in) is on
    the next line and the full stop after `</a>`: no empty slot."""
    path = ROOT / "eval/blind/round57p/holdout/bugbear-en-tsx/page.tsx"
    report = check_file(str(path), CheckOptions(no_config=True))
    assert [f for f in report.findings if f.severity == "error"] == []


_WHITESPACE_TSX = """export default function Privacy() {
  return (
    <main>
      <h1>隱私權政策</h1>
      <p>
        如有任何問題，請來信至{' '}
        <a href="mailto:privacy@example-shop.tw">
          privacy@bugbear.in
        </a>
        。
      </p>
      <p>
        聯絡信箱：{' '}
        <a href="mailto:dpo@bugbear.at">
          dpo@bugbear.at
        </a>
      </p>
      <p>
        Write to us at{' '}
        <a href="https://bugbear.to/about">
          bugbear.to/about
        </a>
        , or by post.
      </p>
      <p>
        Contact us by{' '}
        <span>
        </span>
        .
      </p>
    </main>
  );
}
"""


def test_a_jsx_space_then_an_anchor_on_its_own_lines_is_no_slot(tmp_path: Path) -> None:
    """`{' '}`, then an anchor whose text (an address ending in .in, .at, .to/about) is on the next line and the mark
    after `</a>`: no finding; an empty element before the full stop ("Contact us by {' '}<span></span>.") still is."""
    errors = [(line, rule) for line, rule, severity, _ in _findings(tmp_path, "Privacy.tsx", _WHITESPACE_TSX) if severity == "error"]
    assert errors == [(26, "placeholder-empty")]


_TEMPLATE_JSX = """export default function Privacy() {
  const base = 'https://example.org';
  const url = `${base}/privacy`;
  return (
    <div className={`page ${dark ? 'dark' : ''}`}>
      <h1>Privacy Policy</h1>
      <p>We collect your name and email address to run the service.</p>
      <p>Contact our data protection officer at ${email} for any question.</p>
      <p>联系邮箱：${email}</p>
      <p>Questions? Write to ${siteConfig.contactEmail} or call us.</p>
      <p>Premium costs ${price} per month, or ${plan.amount} a year; {count} items.</p>
      <a href={`${url}#top`}>Back to top</a>
      <p className={`x ${name}`}>{`Last updated ${updated}`}</p>
    </div>
  );
}
"""


def test_a_template_variable_in_jsx_text_is_a_slot_and_code_stays_quiet(tmp_path: Path) -> None:
    found = {(line, excerpt) for line, rule, severity, excerpt in _findings(tmp_path, "Privacy.jsx", _TEMPLATE_JSX) if severity == "error"}
    assert found == {(8, "${email}"), (9, "${email}"), (10, "${siteConfig.contactEmail}")}


_EDITIONS_TS = """export const privacy_zh = {
  "privacy.title": "隐私政策",
  "privacy.intro": "我们重视您的隐私，本政策说明我们如何收集和使用您的个人信息。",
};
export const privacy_ja = {
  "privacy.badge": "法的情報",
  "privacy.title": "プライバシーポリシー",
  "privacy.lastUpdated": "最終更新日: 2026年1月17日",
  "privacy.intro":
    "当社はお客様のプライバシーを尊重し、個人情報を適切に取り扱います。",
};
export const privacy_more = {
  "privacy.note": "我们会定期更新隐私政策並通知您。",
};
"""


def test_kanji_in_an_object_named_for_japanese_are_no_traditional_characters(tmp_path: Path) -> None:
    found = [(line, excerpt) for line, rule, _, excerpt in _findings(tmp_path, "legal.ts", _EDITIONS_TS) if rule == "script-mixed"]
    assert found and all(line >= 12 for line, _ in found), found  # the Simplified object's 並 still reported


_NEAR_MISSES = [
    "Draft - do not share your password with anyone.",
    "This sample policy of ours is updated yearly.",
    "This example page shows how your data is used.",
    "This example text explains the export format.",
    "模板：请根据实际情况修改您的个人资料",
    "模板：请根据实际情况修改你的头像。",
]
_DRAFTS = [
    "Draft — do not share.",
    "Draft - do not publish.",
    "This is a sample privacy policy for demonstration purposes.",
    "This sample Privacy Policy describes how we handle data.",
    "This placeholder page explains how we use cookies.",
    "模板内容：请根据贵公司实际情况修改。",
    "範本，請依實際情況修改。",
]


def test_the_near_misses_stay_quiet_and_the_drafting_notes_are_reported(tmp_path: Path) -> None:
    _both_sides(tmp_path, _EN_HEAD, _NEAR_MISSES, _DRAFTS)


def test_harming_communications_is_taiwan_wording_and_tongxin_alone_is_still_reported(tmp_path: Path) -> None:
    text = "# 隱私權政策\n\n其他有危害通信或違反法令之情事者，本府得終止其使用。\n\n我們透過通信軟體與您聯繫。\n"
    found = [(line, excerpt) for line, rule, _, excerpt in _findings(tmp_path, "policy.md", text) if rule == "regional-vocabulary"]
    assert [line for line, _ in found] == [5]
