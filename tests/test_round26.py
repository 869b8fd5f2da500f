"""Classes the twenty-sixth blind round missed on its first run (issue #11 §1, u26r): one test per class, both ways.
Every text below is invented; the round's documents (eval/blind/round26, read since its first run) showed the classes,
in `eval/blind/round26/holdout/recruitai-hk-tsx/page.tsx`, `mui-agreement-tsx/Agreement.tsx`,
`anomalops-tw-md/privacy-policy.md`, `mrl-tw-md/PRIVACY_POLICY.md` and `webcrawler-md/PRIVACY.md`.

1. The markup of a React page is its top-level elements, each one where the code holds an operand (`return (<…>`, a
   second branch's `return (`, a helper component's `return (<section>`, `const note = <p>`), capitalised components
   (`<Container>`, `<Typography>`) too (`load.jsx.blanking._roots`): a page whose helper components follow its default export was
   refused ('malformed HTML: unterminated tag'), a page made only of MUI components lost every paragraph before its
   first lower-case tag, and the code between two branches was read as text; not a comparison `a <= b`, a type
   argument `useState<string>` nor a tag in a string.
2. A bracketed step at publication, not only before it: 「生效日期：（發布時填入）」, 「（正式发布时填写）」
   (`drafting_notes` `prestep`); not 「发布时间」, a step told to the user about their post, nor an aside with no edit.
3. A dated status line under the title: 「2026-09-29 · 狀態：草案，發布前要確認…」 (`placeholder_drafting.status_lines._DATED_LEAD`);
   not a dated status deep in the text (a changelog row, a post's state), nor a final status.
4. Notes to whoever publishes the template (`configurer_notes`): replace the square brackets with your details
   (`_BRACKETS`), a part not published with the policy (`_UNPUBLISHED`), the text's address to fill in a store console
   (`_CONSOLE_URL`); not a form's prompt to the user, a sentence about brackets with no edit, nor the reader's own store.
"""

from __future__ import annotations

from pathlib import Path

from policylens.load.jsx import blank_jsx
from policylens.load.server_code import CODE
from test_placeholder_classes import _placeholders

HEAD = "# 隐私政策\n\n本政策适用于我们提供的全部服务，请您仔细阅读。\n\n"
HEAD_TW = "# 隱私權政策\n\n本政策適用於我們提供的全部服務，請您仔細閱讀。\n\n"


def _errors(tmp_path: Path, text: str, suffix: str = "md") -> list[str]:
    """The excerpts of every placeholder finding at error level in `text`."""
    return [f.excerpt for f in _placeholders(tmp_path, text, suffix) if f.severity == "error"]


def _kept(source: str) -> str:
    """The text `blank_jsx` keeps of `source` (blanked code dropped, blank lines removed)."""
    kept = blank_jsx(source).replace(CODE, "")
    return "\n".join(line.strip() for line in kept.splitlines() if line.strip())


# --- 1. the top-level elements of a React page ------------------------------------------------------------------------

HELPERS_AFTER = """'use client';
import Link from 'next/link';

export default function Privacy() {
  return (
    <main>
      <h1>私隱政策</h1>
      <Section title="一、收集的資料">
        <p>如有查詢，請電郵至 [電郵地址]。</p>
      </Section>
    </main>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="space-y-4 [&_ul]:list-disc">
      <h2>{title}</h2>
      <div>{children}</div>
    </section>
  );
}
"""


def test_helper_components_after_the_export_are_read_not_refused(tmp_path: Path) -> None:
    assert _errors(tmp_path, HELPERS_AFTER, "tsx") == ["[電郵地址]"]
    kept = _kept(HELPERS_AFTER)
    assert "function Section" not in kept and "React.ReactNode" not in kept and "<section" in kept


MUI_ONLY = """import React from 'react';
import { Container, Typography } from '@mui/material';

const Agreement: React.FC = () => {
  return (
    <Container maxWidth="md" sx={{ py: 4 }}>
      <Typography variant="body1" paragraph>
        欢迎使用[产品名称]。本服务由[公司名称]提供。
      </Typography>
      <Typography variant="body1" component="div">
        (1) 违反宪法的；<br />
        (2) 危害国家安全的。
      </Typography>
      <Typography variant="body1" paragraph>
        邮箱：[联系邮箱]
      </Typography>
    </Container>
  );
};

export default Agreement;
"""


def test_a_page_of_capitalised_components_keeps_its_text_before_the_first_lower_case_tag(tmp_path: Path) -> None:
    assert _errors(tmp_path, MUI_ONLY, "tsx") == ["[产品名称]", "[公司名称]", "[联系邮箱]"]
    assert "import" not in _kept(MUI_ONLY) and "const Agreement" not in _kept(MUI_ONLY)


BRANCHES = """export default function P({ lang }: { lang: string }) {
  const ok = count <= limit;
  const [open, setOpen] = useState<boolean>(false);
  const label = "<b>不是标签</b>";
  if (lang === 'zh') {
    return (
      <div><h1>隐私政策</h1><p>我们收集您的邮箱。</p></div>
    );
  }
  // English version
  const note = <p>Note kept.</p>;
  return (
    <div><h1>Privacy Policy</h1><p>We collect your e-mail.</p></div>
  );
}
"""


def test_the_code_between_two_branches_is_code_and_comparisons_are_no_elements() -> None:
    kept = _kept(BRANCHES)
    assert kept.splitlines() == [
        "<div><h1>隐私政策</h1><p>我们收集您的邮箱。</p></div>",
        "<p>Note kept.</p>",
        "<div><h1>Privacy Policy</h1><p>We collect your e-mail.</p></div>",
    ]


def test_a_component_file_without_an_operand_element_keeps_the_markup_from_its_first_tag() -> None:
    assert _kept("<div>\n  <p>隐私政策正文</p>\n</div>\n") == "<div>\n<p>隐私政策正文</p>\n</div>"


# --- 2. a bracketed step at publication -------------------------------------------------------------------------------


def test_a_bracketed_step_at_publication_is_a_slot(tmp_path: Path) -> None:
    body = "生效日期：（發布時填入）\n\n生效日期：（正式發布時填入）\n\n聯絡信箱：（上線時填寫）\n"
    assert _errors(tmp_path, HEAD_TW + body) == ["（發布時填入）", "（正式發布時填入）", "（上線時填寫）"]


def test_publication_times_and_the_users_posts_are_no_step(tmp_path: Path) -> None:
    body = (
        "动态内容（发布时间、发布地点）会显示在您的主页。\n\n"
        "您的帖子（您发布时填写的文字、图片）仅对好友可见。\n\n"
        "商品信息（发布时填写的商品图片）由卖家负责。\n\n"
        "版本说明（发布时通知）：我们会通过站内信告知。\n"
    )
    assert _errors(tmp_path, HEAD + body) == []


# --- 3. a dated status line -------------------------------------------------------------------------------------------


def test_a_dated_status_under_the_title_is_a_draft_note(tmp_path: Path) -> None:
    body = "2026-09-29 · 狀態：草案，發布前要確認第 6 節各項\n\nv0.3 · 状态：待法务审核\n"
    assert _errors(tmp_path, HEAD_TW + body) == ["2026-09-29 · 狀態：草案，發布前要確認第 6 節各項", "v0.3 · 状态：待法务审核"]


def test_a_dated_status_deep_in_the_text_or_a_final_one_is_no_draft_note(tmp_path: Path) -> None:
    filler = "".join(f"第{i}条 我们依法处理您的个人信息。\n\n" for i in range(14))
    body = filler + "2024-05-01 · 状态：待审核\n\n"
    assert _errors(tmp_path, HEAD + body) == []
    assert _errors(tmp_path, HEAD + "2024-05-01 · 状态：正式版（替代草案）\n") == []


# --- 4. notes to whoever publishes the template -----------------------------------------------------------------------


def test_notes_to_the_publisher_are_slots(tmp_path: Path) -> None:
    body = (
        "> 上架時把本文發布為公開頁面。方括號處替換成你自己的資訊。\n\n"
        "将【】内的内容改为实际信息。\n\n"
        "Replace the bracketed parts with your own details.\n\n"
        "## 附：上線前待辦（不隨政策發布）\n\n"
        "發布到 GitHub Pages 並在 Play Console 填寫網址。\n\n"
        "请在 App Store Connect 中填入本页链接。\n"
    )
    assert _errors(tmp_path, HEAD_TW + body) == [
        "方括號處替換成你自己的資訊",
        "【】内的内容改为实际信息",
        "Replace the bracketed parts with your own details.",
        "不隨政策發布",
        "發布到 GitHub Pages 並在 Play Console 填寫網址",
        "请在 App Store Connect 中填入本页链接",
    ]


def test_forms_brackets_in_prose_and_the_readers_store_are_no_notes(tmp_path: Path) -> None:
    body = (
        "请在方括号内填写您的姓名与联系电话。\n\n"
        "方括号中的内容为可选项，您可以不填。\n\n"
        "Text in square brackets is optional.\n\n"
        "本节内容随政策一同发布并生效。\n\n"
        "您可以在开发者后台填写您的应用网址，以便我们审核。\n\n"
        "开发者应在开发者后台填写应用的隐私政策链接。\n\n"
        "我们会在 Google Play 商店页面提供本政策的链接。\n"
    )
    assert _errors(tmp_path, HEAD + body) == []
