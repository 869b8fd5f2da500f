"""regional-vocabulary: mainland wording in a Taiwan text, or Taiwan wording in a mainland text."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from policylens import lexicon
from policylens.model import Finding
from policylens.rules.base import Context, Rule, WordTable, register
from policylens.script import read_dictionary


@cache
def mainland_to_taiwan() -> dict[str, tuple[str, ...]]:
    """OpenCC TWPhrases minus reviewed exclusions, plus the curated table (Traditional keys)."""
    excluded = lexicon.keys("regional/cn-tw.exclude.tsv")
    table = {
        k: vs for k, vs in read_dictionary("TWPhrases.txt").items() if k not in vs and k not in excluded and len(k) >= 2 and not k.isascii()
    }
    table.update(lexicon.mapping("regional/cn-tw.tsv"))
    return table


@cache
def taiwan_to_mainland() -> dict[str, tuple[str, ...]]:
    """The curated Taiwan → mainland table (Simplified keys), for zh-CN documents."""
    return lexicon.mapping("regional/tw-cn.tsv")


@cache
def _protected() -> frozenset[str]:
    """Excluded entries: normal words that contain a table key (數據機, 大數據) or whole ambiguous keys."""
    return lexicon.keys("regional/cn-tw.exclude.tsv")


@cache
def _table(region: str) -> WordTable:
    """The table keys, plus for Taiwan the protected words: 大數據 then wins over 數據 and is skipped."""
    table = mainland_to_taiwan() if region == "tw" else taiwan_to_mainland()
    return WordTable(set(table) | (_protected() if region == "tw" else set()))


def _already_regional(text: str, start: int, end: int, forms: tuple[str, ...]) -> bool:
    """The match sits inside the suggested word itself: 算法 in 演算法."""
    for form in forms:
        lo = max(0, start - len(form))
        at = text.find(form, lo, end + len(form))
        while at != -1 and at <= start:
            if at + len(form) >= end:
                return True
            at = text.find(form, at + 1, end + len(form))
    return False


@register
class RegionalVocabulary(Rule):
    """Flags mainland wording in a zh-TW text (數據 → 資料), or Taiwan wording in a zh-CN text.

    ## What it does
    For a Taiwan edition (region `tw`, from configuration or detected), reports
    mainland terms with the Taiwan form as the suggestion: 數據 → 資料, 質量 → 品質,
    賬戶 → 帳戶, 激活 → 啟用, 郵箱 → 電子郵件信箱, 軟件 → 軟體.  For a mainland
    edition (region `cn`) it reports the reverse (软体 → 软件, 网路 → 网络).  The table
    for Taiwan is OpenCC's TWPhrases plus `data/lexicons/regional/cn-tw.tsv`, minus the
    entries in `cn-tw.exclude.tsv` that are normal in Taiwan legal text (用戶, 程序,
    文件, 保存…); the table for the mainland is the hand-made `tw-cn.tsv`.
    Hong Kong editions are not checked yet.

    ## Why is this bad?
    Readers in Taipei notice mainland wording at once.  It shows that the text was
    converted from the zh-CN edition, and some terms mean something else (質量 is
    "mass" in Taiwan).

    ## Example
        我們可能會使用網路資料來分析數據，並計算已激活裝置的數量。

    Use instead:
        我們可能會使用網路資料來分析資料，並計算已啟用裝置的數量。
    """

    id = "regional-vocabulary"
    severity = "warning"
    groups = ("script",)
    messages = {
        "en": "{term} is {where} wording; use {alternatives}",
        "zh-Hant": "{term} 是{where}用語，建議改為 {alternatives}",
        "zh-Hans": "{term} 是{where}用语，建议改为 {alternatives}",
    }
    _WHERE = {
        "en": {"tw": "mainland", "cn": "Taiwan"},
        "zh-Hant": {"tw": "中國大陸", "cn": "臺灣"},
        "zh-Hans": {"tw": "中国大陆", "cn": "台湾"},
    }

    def check(self, ctx: Context) -> Iterator[Finding]:
        region = ctx.region
        if region not in ("tw", "cn"):
            return
        table = mainland_to_taiwan() if region == "tw" else taiwan_to_mainland()
        where = self._WHERE.get(ctx.lang, self._WHERE["en"])[region]
        for unit, start, end, term in _table(region).hits(ctx):
            if term not in table or _already_regional(unit.text, start, end, table[term]):
                continue  # a protected word (大數據) that contains a key, or already the regional form
            alternatives = " / ".join(table[term])
            yield self.finding(ctx, unit, start, end, suggestion=table[term][0], term=term, where=where, alternatives=alternatives)
