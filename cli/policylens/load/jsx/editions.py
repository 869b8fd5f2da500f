"""A page that writes its text in both Chinese scripts, twice: the Chinese edition of a language switch
(`_chinese_edition`) and twin literals of one text in Simplified and Traditional (`_script_twins`), one of them read."""

from __future__ import annotations

from functools import lru_cache

from policylens.load.jsx.scanning import _blank_substitutions
from policylens.load.jsx_locale import tests_locale


def _chinese_edition(text: str, start: int, close: int, branches: list[tuple[int, int, bool, str]]) -> tuple[int, int, bool, str] | None:
    """Of a language switch's two text branches read as one (a heading's, or an English one numbered 「一、」), the Chinese
    edition: the one branch whose text is at least a third Han characters, the other's less (by Han characters against
    Latin letters); None when there is no such pair.  `{isZh ? "一、 隱私權保護政策的適用範圍" : "一、Scope of application
    of privacy protection policy"}`: the longest kept the English title of every section of a Chinese page, so no rule
    for a section's heading saw its Chinese name (u43j, eval/profiles43c guanai-tw)."""
    if len(branches) != 2 or any(element for _, _, element, _ in branches) or not tests_locale(text, start, close):
        return None
    from policylens.script import han_share

    chinese = [b for b in branches if han_share(b[3]) * 3 >= 1]
    return chinese[0] if len(chinese) == 1 else None


def _script_twins(branches: list[tuple[int, int, bool, str]]) -> bool:
    """Are a condition's two inline branches one text in the two Chinese scripts (`{isHK ? "私隱政策" : "私隐政策"}`): one
    mostly Traditional-only characters, the other mostly Simplified-only, and the same string once its characters are
    folded across the scripts and its blanks removed, or nearly (a ratio of at least 0.9: a word the other edition says
    its own way)?  Not a short label beside a sentence (review r43: `{loading ? "加载中" : "我們會將…"}` is no pair of
    editions, and its sentence is the text to read)."""
    if len(branches) != 2:
        return False
    from policylens.script import count_script, fold_characters

    (t0, s0), (t1, s1) = (count_script(b[3]) for b in branches)
    if not ((t0 > s0 and s1 > t1) or (s0 > t0 and t1 > s1)):
        return False
    a, b = ("".join(fold_characters(branch[3]).split()) for branch in branches)
    if a == b:
        return True
    from difflib import SequenceMatcher

    matcher = SequenceMatcher(None, a, b, autojunk=False)
    return matcher.real_quick_ratio() >= _TWIN_RATIO and matcher.quick_ratio() >= _TWIN_RATIO and matcher.ratio() >= _TWIN_RATIO


_TWIN_RATIO = 0.9


@lru_cache(maxsize=2)
def _page_scripts(text: str) -> tuple[int, int]:
    """`count_script` of a whole page (one count for all its conditions)."""
    from policylens.script import count_script

    return count_script(text)


def _page_twin(text: str, start: int, close: int, branches: list[tuple[int, int, bool, str]]) -> tuple[int, int, bool, str]:
    """Of two script twins (`_script_twins`), the one in the script of the page outside the condition `text[start:close +
    1]` (Traditional-only against Simplified-only characters); the first when neither script leads by twice the other."""
    from policylens.script import count_script

    page_t, page_s = _page_scripts(text)
    here_t, here_s = count_script(text[start : close + 1])
    rest_t, rest_s = page_t - here_t, page_s - here_s
    if rest_t <= 2 * rest_s and rest_s <= 2 * rest_t:
        # neither script leads: a page whose text is all in such conditions (a trilingual page, `{isEn ? … : isSc ? '资料使用'
        # : '資料使用'}` throughout, eval/blind/round43 sandbox-hk-tsx), whose balance tips one way or the other by the
        # condition left out; the first branch, as everywhere on it, so that the page is read in one edition
        return branches[0]
    for branch in branches:
        t, s = count_script(branch[3])
        if (t > s) == (rest_t > rest_s):
            return branch
    return branches[0]


def _restore_literal(
    text: str, out: list[str], i: int, j: int, literals: list[tuple[int, int]] | None = None, computed: list[int] | None = None
) -> None:
    """A text literal `text[i:j + 1]` (its quotes at i and j) read: its characters restored, a template literal's `${…}`
    blank (where each stands added to `computed`, if given: the page prints a value there); its body's span added to
    `literals` when it holds an escape."""
    out[i + 1 : j] = text[i + 1 : j]
    if literals is not None and text.find("\\", i + 1, j) != -1:
        literals.append((i + 1, j))
    if text[i] == "`":
        _blank_substitutions(text, out, i + 1, j, computed)
