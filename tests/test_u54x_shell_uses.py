"""u54x (eval/structure54x educationos-tsx, held out; fixed after its one blind run): a local shell component whose title
is an edition of a keyed constant picked by its own prop, 「function LegalShell({ kind, children }) { const meta =
META[kind]; return (<article><h1>{meta.title}</h1>{children}</article>) }」, used once per key: each edition is read at
its use, so the second page's title no longer stands over the first page's sections.  Texts invented."""

from __future__ import annotations

from pathlib import Path

from helpers import parse_file, parse_path

_ROOT = Path(__file__).resolve().parent.parent


def _page(second: str = "privacy") -> str:
    return f"""import React from 'react';

const META = {{
  terms: {{ title: '用户服务协议', subtitle: '使用本平台前，请仔细阅读本协议全部条款。' }},
  privacy: {{ title: '隐私政策', subtitle: '我们重视您的个人信息保护，请了解我们如何收集与使用数据。' }},
}};

function LegalShell({{ kind, children }}: {{ kind: string; children: React.ReactNode }}) {{
  const meta = META[kind];
  return (
    <article>
      <h1>{{meta.title}}</h1>
      <p>{{meta.subtitle}}</p>
      <div>{{children}}</div>
    </article>
  );
}}

export const TermsPage = () => (
  <LegalShell kind="terms">
    <h2>一、服务内容</h2>
    <p>本平台向学校和教师提供教学相关的数字化服务，具体以实际开通为准。</p>
  </LegalShell>
);

export const PrivacyPage = () => (
  <LegalShell kind="{second}">
    <h2>一、我们收集的信息</h2>
    <p>我们会收集您的手机号、姓名和所属学校，用于创建和管理您的账号。</p>
  </LegalShell>
);
"""


def _outline(doc):  # type: ignore[no-untyped-def]
    return [(s.line, s.level, s.title) for s in doc.sections if s.title]


def test_each_edition_of_the_shell_is_read_at_its_use(tmp_path: Path) -> None:
    doc = parse_file(tmp_path, "Legal.tsx", _page())
    assert doc.metadata.title == "用户服务协议"
    outline = _outline(doc)
    titles = [t for _, _, t in outline]
    assert titles.index("一、服务内容") < titles.index("隐私政策") < titles.index("一、我们收集的信息")


def test_a_key_used_by_no_use_leaves_both_editions_at_the_shell(tmp_path: Path) -> None:
    doc = parse_file(tmp_path, "Legal.tsx", _page(second="terms"))
    titles = [t for _, _, t in _outline(doc)]
    assert titles.index("隐私政策") < titles.index("一、服务内容")  # (as before: the uses tell no page apart)


def test_educationos_pages_each_under_their_own_title() -> None:
    doc = parse_path(_ROOT / "eval/structure54x/holdout/educationos-tsx/LegalPages.tsx")
    titles = [t for _, _, t in _outline(doc)]
    assert titles.index("九、联系我们") < titles.index("隐私政策") < titles.index("一、我们收集的信息")
