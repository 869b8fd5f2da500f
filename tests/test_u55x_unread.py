"""u55x: text left unread on real pages, each class from a form constructed here, the real document kept as a regression.

Class 1: the component tags of a JSX page are read within a budget of work linear in the page
(`load/jsx_data/props.py` `_tag_budget`), no longer the first 200 only; where the budget stops the reading, a warning
says from which line.  Every text below is invented."""

from __future__ import annotations

import re
from pathlib import Path

from helpers import paragraph_texts, parse_file, parse_path

_ROOT = Path(__file__).resolve().parent.parent


def _policy_pages(n: int) -> str:
    lines = ["import { PolicyPage } from './PolicyPage';", ""]
    for k in range(n):
        lines.append(
            f"const S_{k} = [{{ title: '第{k}条 信息收集', content: '我们收集您的手机号码用于账号注册（第{k}项）。"
            f"我们不会向第三方出售您的个人信息（第{k}项）。' }}];"
        )
    lines.append("export default function Page() {\n  return (\n    <div>")
    lines += [f"      <PolicyPage sections={{S_{k}}} />" for k in range(n)]
    lines.append("    </div>\n  );\n}\n")
    return "\n".join(lines)


def test_page_of_800_component_tags_read_in_full(tmp_path: Path) -> None:
    doc = parse_file(tmp_path, "policy.tsx", _policy_pages(800))
    text = "\n".join(paragraph_texts(doc))
    assert text.count("用于账号注册") == 800  # base55: 200 (the first 200 tags), without a word
    assert "（第799项）" in text
    assert not doc.warnings


def test_react_native_page_of_many_text_tags_reads_its_sections(tmp_path: Path) -> None:
    rows = "\n".join(f"      <Text style={{styles.p}}>第{k}段：我们依法保护您的个人信息安全。</Text>" for k in range(300))
    page = f"""import {{ Text, ScrollView }} from 'react-native';
import {{ PolicyPage }} from './PolicyPage';
const SECTIONS = [
  {{ title: '信息共享', content: '我们不会向任何第三方出售您的个人信息，除非获得您的明确同意。' }},
  {{ title: '联系我们', content: '如您对本政策有任何疑问，请通过客服邮箱与我们联系。' }},
];
export default function Privacy() {{
  return (
    <ScrollView>
{rows}
      <PolicyPage sections={{SECTIONS}} />
    </ScrollView>
  );
}}
"""
    doc = parse_file(tmp_path, "Privacy.tsx", page)
    text = "\n".join(paragraph_texts(doc))
    assert text.count("我们依法保护您的个人信息安全") == 300
    assert "除非获得您的明确同意" in text and "请通过客服邮箱与我们联系" in text  # base55: neither, no warning
    assert not doc.warnings


def test_spent_budget_is_said(tmp_path: Path) -> None:
    # tags left open (no `>`): each scans its attributes' window, the budget is spent, and the page says so
    page = (
        "const S = [{ title: '信息收集', content: '我们收集您的手机号码用于账号注册。我们不会出售您的个人信息。' }];\n"
        "export default function P() { return (<div>\n" + "<Box x={y} " * 3000 + "\n<PolicyPage sections={S} />\n</div>);}\n"
    )
    doc = parse_file(tmp_path, "p.tsx", page)
    assert any("were not all looked at" in w and "budget of work" in w for w in doc.warnings)


def test_sliver_regression() -> None:
    # eval/structure30 sliver-tsx: 459 component tags; every run of Chinese in its code is read
    path = _ROOT / "eval/structure30/dev/sliver-tsx/index.tsx"
    doc = parse_path(path)
    text = "".join([s.title or "" for s in doc.sections] + paragraph_texts(doc))
    source = path.read_text(encoding="utf-8")
    assert len(re.findall(r"<[A-Z]", source)) > 400
    assert all(run in text for run in re.findall(r"[\u4e00-\u9fff][\u4e00-\u9fff，、]{3,}", source))
