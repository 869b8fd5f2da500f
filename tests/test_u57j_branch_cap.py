"""u57j task 4: `MAX_FINDINGS` holds for a file's findings in total, those the placeholder rules find in a React page's
unread condition branches (`check._branch_document`) included; said once on stderr, as for the page's own."""

from __future__ import annotations

from pathlib import Path

import pytest

_LINES = "\n".join(
    f"      <p>{{ready ? '第{n}條：我們會依法保護您的個人資料，並於必要範圍內處理。' : '第{n}條：[請填寫第{n}條內容]'}}</p>"
    for n in range(1, 7)
)
_PAGE = f"""export default function Privacy({{ ready }}: {{ ready?: boolean }}) {{
  return (
    <main>
      <h1>隱私權政策</h1>
      <p>本網站由【公司名稱】經營。</p>
      <p>聯絡信箱：【客服信箱】</p>
{_LINES}
    </main>
  );
}}
"""


def _report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cap: int | None) -> list[tuple[int, str]]:
    from policylens import check as check_module

    if cap is not None:
        monkeypatch.setattr(check_module, "MAX_FINDINGS", cap)
    path = tmp_path / "privacy.tsx"
    path.write_text(_PAGE, encoding="utf-8")
    report = check_module.check_file(str(path), check_module.CheckOptions(no_config=True))
    return [(f.line, f.rule) for f in report.findings]


def test_branch_findings_count_against_the_cap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    everything = _report(tmp_path, monkeypatch, None)
    branch_lines = {line for line, _ in everything if line >= 7}
    assert len(branch_lines) == 6 and len(everything) >= 8  # (the page's two slots, a slot in each unread branch)
    assert "findings; only the first" not in capsys.readouterr().err
    capped = _report(tmp_path, monkeypatch, 4)
    assert len(capped) == 4  # base57: 8, the branches' six past the cap
    assert capsys.readouterr().err.count("over 4 findings; only the first 4 are reported") == 1
    assert capped == everything[:4]  # (the page's own first, then the branches' in their order)


def test_a_cap_reached_by_the_page_alone_reads_no_branch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    capped = _report(tmp_path, monkeypatch, 1)
    assert len(capped) == 1 and capped[0][0] < 7
    assert capsys.readouterr().err.count("over 1 findings; only the first 1 are reported") == 1
