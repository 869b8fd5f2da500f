"""The lead's classes of the twenty-ninth session (each test names its class)."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_hostile28 import _texts
from test_placeholder_classes import _excerpts


@pytest.mark.parametrize(
    ("line", "slots"),
    [
        ("请访问 https://<YOUR_DOMAIN>/privacy 查看。", ["<YOUR_DOMAIN>"]),
        ("联系邮箱：privacy@<YOUR_DOMAIN>", ["<YOUR_DOMAIN>"]),
        ("Contact <COMPANY_NAME> at <SUPPORT_EMAIL>.", ["COMPANY_NAME", "SUPPORT_EMAIL"]),  # the constants, once each
        # the other side: a constant outside any slot, or beside one, is still reported once
        ("Contact COMPANY_NAME at <YOUR_DOMAIN>.", ["COMPANY_NAME", "<YOUR_DOMAIN>"]),
        ("請寄信至 YOUR_EMAIL。", ["YOUR_EMAIL"]),
        ("See https://YOUR_DOMAIN/privacy for details.", ["YOUR_DOMAIN"]),
    ],
)
def test_a_constant_inside_a_reported_slot_is_one_finding(tmp_path: Path, line: str, slots: list[str]) -> None:
    """Class: a template constant written inside a slot's marks (<YOUR_DOMAIN>) was reported twice, by the slot's form
    and by the constants' pass (twenty-eighth session's leftover): one defect, one finding, the slot's."""
    assert _excerpts(tmp_path, "# Privacy\n\n" + line + "\n") == slots


@pytest.mark.parametrize(
    "line",
    [
        "Logs are kept in C:\\\\Users\\\\<YOUR_NAME>\\\\AppData\\\\Local\\\\App.",
        "Logs are kept in /home/YOUR_USER/.config/app on your computer.",
        "缓存位于 C:\\\\Users\\\\YOUR_NAME\\\\AppData 中，不会上传。",
    ],
)
def test_a_constant_naming_a_folder_on_the_readers_machine_is_no_placeholder(tmp_path: Path, line: str) -> None:
    """Class: the constants' pass took a segment of a file path (the reader's own user folder) that the slot forms
    already leave alone (twenty-eighth session's leftover, found beside the one above)."""
    assert _excerpts(tmp_path, "# Privacy\n\n" + line + "\n") == []


_REACT_PAGE = (
    "export default function Privacy({{ open }}: {{ open: boolean }}) {{\n  return (\n    <div>\n"
    "      <h1>隱私權政策</h1>\n      <p>我們保存五年。</p>\n      {}\n    </div>\n  );\n}}\n"
)


@pytest.mark.parametrize(
    "element",
    [
        "<p style={{ display: 'none' }}>【請填寫公司名稱】內部備註，發布前刪除。</p>",
        '<div style={{color: "red", display: "none"}}><p>舊版條款，已刪除。</p></div>',
        "<p style = {{visibility: 'hidden'}}>隱藏的條款。</p>",
        "<p style={{\n        display: `none`,\n      }}>隱藏的條款。</p>",
    ],
)
def test_a_react_style_object_that_hides_its_element_is_announced(element: str) -> None:
    """Class: a React page's `style={{ display: 'none' }}` was blanked with the other expressions, so the HTML reader
    never saw that the element is hidden (twenty-eighth session's leftover): its text is now read and announced as an
    HTML page's `style="display:none"` is (`tests/test_hostile28.py`), with the element's own line."""
    texts, warnings = _texts(_REACT_PAGE.format(element), ".tsx")
    hides = [w for w in warnings if "hides" in w]
    assert len(hides) == 1 and hides[0].startswith("line 6: text the page hides"), warnings
    assert "我們保存五年。" in texts


@pytest.mark.parametrize(
    "element",
    [
        "<p style={{ display: open ? 'block' : 'none' }}>有時顯示的條款。</p>",  # computed: shown at times
        "<p style={{ display: 'block', color: 'gray' }}>顯示的條款。</p>",
        "<p style={hiddenStyle}>以變數設定樣式的條款。</p>",  # a variable: not known here
        "<p data-style={{ display: 'none' }}>不是樣式的屬性的條款。</p>",
        '<p className="none">顯示的條款。</p>',
    ],
)
def test_a_react_element_shown_or_shown_at_times_is_not_announced(element: str) -> None:
    texts, warnings = _texts(_REACT_PAGE.format(element), ".tsx")
    assert not [w for w in warnings if "hides" in w], warnings
    assert any("條款" in t for t in texts), texts
