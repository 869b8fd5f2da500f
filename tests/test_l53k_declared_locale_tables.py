"""A module's locale tables declared as constants are its editions (fifty-third session, lead; eval/blind/round53q
growhub-hk-ts, found blind on the session's final code).

A Hong Kong site's `i18n.ts` declares `const zhHK: Dict = {…}`, `const en: Dict = {…}` and `const ja: Dict = {…}`.
Tables keyed inside an object (`ja: {`, `"zh-TW": {`) were already each judged by their own tag
(`load.catalogue.locale_tables`, `rules.script_mixed` `_each_table`); a table declared as a constant was not one, so the
whole module was held to the zh-HK table's script and the Japanese table's 会社概要 and 連携 were 5 false `script-mixed`
errors.  Now `const TAG = {`, `export const TAG: Type = {` (and `let`/`var`) open a table too.  A Chinese table's own
Simplified character is still an error.  Over the 653 JS/TS/JSX/TSX files of `eval/` and `corpora/`, only growhub's
findings moved.
"""

from __future__ import annotations

from pathlib import Path

from check_helpers import written_findings
from policylens.check import CheckOptions, check_file

GROWHUB = Path(__file__).resolve().parent.parent / "eval" / "blind" / "round53q" / "dev" / "growhub-hk-ts" / "i18n.ts"

_MODULE = """export const locales = ['en', 'zh-hk', 'ja'] as const;

DECL_ZH {
  nav: {
    home: '主頁',
    privacy: '私隱政策',
  },
  privacy: {
    intro: '我們重視你的私隱，只會收集提供服務所需的個人資料。ZH_EXTRA',
  },
};

DECL_EN {
  nav: { home: 'Home', privacy: 'Privacy Policy' },
};

DECL_JA {
  nav: {
    home: 'ホーム',
    company: '会社概要',
  },
  ai: { items: ['LLM連携', 'RAG'] },
};
"""

_DECLARATIONS = (
    ("const zhHK: Dict = ", "const en: Dict = ", "const ja: Dict = "),
    ("export const zh_hk = ", "export const en = ", "export const ja = "),
    ("let zhHK = ", "let en = ", "var ja = "),
)


def _module(zh: str, en: str, ja: str, extra: str = "") -> str:
    return _MODULE.replace("DECL_ZH", zh).replace("DECL_EN", en).replace("DECL_JA", ja).replace("ZH_EXTRA", extra)


def test_a_japanese_table_declared_as_a_constant_is_not_held_to_the_chinese_script(tmp_path: Path) -> None:
    for k, (zh, en, ja) in enumerate(_DECLARATIONS):
        findings = written_findings(tmp_path, f"i18n{k}.ts", _module(zh, en, ja))
        assert not [f for f in findings if f[1] == "script-mixed"], (zh, findings)


def test_a_chinese_tables_own_simplified_character_is_still_an_error(tmp_path: Path) -> None:
    for k, (zh, en, ja) in enumerate(_DECLARATIONS):
        findings = written_findings(tmp_path, f"mixed{k}.ts", _module(zh, en, ja, "如有疑问请联系我们。"))
        mixed = [f for f in findings if f[1] == "script-mixed"]
        assert mixed and all(f[0] == 9 for f in mixed), (zh, mixed)


def test_growhub_has_no_false_script_error() -> None:
    """Regression: eval/blind/round53q growhub-hk-ts (5 false errors on its Japanese table)."""
    report = check_file(str(GROWHUB), CheckOptions(no_config=True))
    assert report.error is None and not [f for f in report.findings if f.rule == "script-mixed"]
