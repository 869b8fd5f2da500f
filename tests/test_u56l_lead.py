"""Lead's fixes of the fifty-sixth session, from m56p's blind sets (eval/blind/round56p): a Japanese edition's string
on a line of its own in a script module read as text, and a server-side tag as a link's target."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import rule_excerpts

# kurashiki-tri-ts's shape: a TS module of ja/en/zhTW objects, one key a line (read as text: each line a paragraph)
_TRADITIONAL = """export const termsSections = [
  {{
    heading: {{
{line}
      en: "Article 4 (Damages)",
      zhTW: "第四條（損害賠償）",
    }},
    body: [
      {{
        zhTW: "若房客因故意或過失損壞設備、備品或過度弄髒，經營者可能請求收取回復原狀所需之費用。",
      }},
    ],
  }},
];
"""
# a Simplified module's twin
_SIMPLIFIED = """export const termsSections = [
  {{
    heading: {{
{line}
      en: "Article 2 (Terms of use)",
      zhCN: "第二条（使用条款）",
    }},
    body: [
      {{
        zhCN: "我们为您提供文件传输服务，您应当遵守相关法律法规，不得利用本服务传输违法内容。",
      }},
    ],
  }},
];
"""


@pytest.mark.parametrize(
    "line",
    [
        '      ja: "第4条（損害賠償）",',  # no kana: only its key tells
        '      "ja": "第7条（準拠法・管轄）",',
        "      'ja-JP': '第5条（免責事項）',",
        '      jp: "第4条（損害賠償）", en: "Article 4",',
    ],
)
def test_a_japanese_string_on_its_own_line_is_not_simplified(tmp_path: Path, line: str) -> None:
    assert rule_excerpts(tmp_path, _TRADITIONAL.format(line=line), "script-mixed", "legal.ts") == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('      zh: "第4条（損害賠償）",', ["条"]),  # a Chinese edition's string: its Simplified 条 is the defect
        ('      note: "第4条（損害賠償）",', ["条"]),
        ('      ja: "規約", zh: "第4条（損害賠償）",', ["条"]),  # the key names only its own string
        ('      // ja: see below\n      title: "第4条（損害賠償）",', ["条"]),
    ],
)
def test_a_simplified_character_beside_a_japanese_key_is_reported(tmp_path: Path, line: str, expected: list[str]) -> None:
    assert rule_excerpts(tmp_path, _TRADITIONAL.format(line=line), "script-mixed", "legal.ts") == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('      ja: "利用規約",', []),  # 規, 約: Japanese kanji, no Traditional characters in a Simplified module
        ('      ja: "個人情報の取扱い",', []),
        ('      zhTW: "使用條款",', []),  # keyed by its own Traditional locale: right in its edition
        ('      title: "使用條款",', ["條"]),
    ],
)
def test_simplified_module_with_a_japanese_line(tmp_path: Path, line: str, expected: list[str]) -> None:
    assert rule_excerpts(tmp_path, _SIMPLIFIED.format(line=line), "script-mixed", "legal.ts") == expected


# buybuyla-tw-jsp's shape: a JSP page's sidebar links built by server-side tags, beside the policy
_PAGE = """<%@ page contentType="text/html; charset=UTF-8" %>
<html><head><title>隱私權政策</title></head><body>
<ul>
  <li><a href="{target}"><span>訂單管理</span></a></li>
</ul>
<h1>隱私權政策</h1>
<p>最後更新：2024年1月1日</p>
<p>本公司蒐集您的姓名及電子郵件，用於會員服務與訂單通知。</p>
</body></html>
"""


@pytest.mark.parametrize(
    "target",
    [
        "<c:url value='/member/seller_Ui' />",  # JSTL: the server writes the URL
        "<c:url value='/' />",
        "<spring:url value='/privacy' htmlEscape='true' />",
        "<c:url value='???' />",  # an unfinished nav link's code, not text a writer left in the policy
        "<%= request.getContextPath() %>/privacy",  # not a whole tag: an ordinary relative target after it
        "<%= privacyUrl %>",
        "<?php echo $privacy_url; ?>",
        "<?= $contact ?>",
        "mailto:<%= contactEmail %>",
    ],
)
def test_a_server_side_tag_as_a_link_target_is_no_slot(tmp_path: Path, target: str) -> None:
    assert rule_excerpts(tmp_path, _PAGE.format(target=target), "placeholder-link-target", "privacy.jsp") == []


@pytest.mark.parametrize(
    "target",
    [
        "<c:url value='mailto:your@email.com' />",  # the URL the tag writes is still the template's
        "<c:url value='https://example.com/privacy' />",
        "<your-url>",  # a slot's angle brackets: no prefix:name
        "<隱私政策連結>",
        "mailto:<your email>",
    ],
)
def test_a_template_target_in_or_like_a_tag_is_still_reported(tmp_path: Path, target: str) -> None:
    assert rule_excerpts(tmp_path, _PAGE.format(target=target), "placeholder-link-target", "privacy.jsp") == [target]
