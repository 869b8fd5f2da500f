"""Words of one sense in a translator's hand, read as one by the cross-script rewording gate (`diff.content`).

Two editions of one text translated apart (zh-Hans / zh-Hant) write one sense in other words: 用来 / 用于, 并非 / 不是,
您 / 你.  `same_sense(key)` writes each such word one way on the cross-script key before the gate compares the two keys
(`content.close_in_meaning`), and writes the modality letter of a word that says no modality (响应, 得到, 会员) as 丨,
so that it is no meaning word.  Only the gate reads this: a paragraph that differs by these words alone is shown
reworded (≃, counted apart), never hidden.
"""

from __future__ import annotations

from policylens import lazyre

# words of one sense in a translator's hand, read as one before the gate (用来 / 用于)
# (可以 / 可: one modality, 「您可以通过…」 / 「您可透過…」, eval/pairs51d it-xscript)
# (u51d2: 此前 / 先前 "previously", 「撤回此前给予的同意」 / 「撤回先前給予之同意」; 征得 / 取得 "obtain" (consent),
# 「征得您的同意」 / 「取得您的同意」; 不论 / 无论 "whether", 「不论在 Safari 还是 Chrome」 / 「無論在 Safari 或 Chrome」)
# (u61e, cross-script editions translated apart: 并非 / 不是 "is not", read as one negation as `content` reads them,
# 「…并非专门面向儿童的应用」 / 「…不是专门面向…」, eval/blind/pairs11 velaris; 一切 / 所有 "all", 「保留一切权利」 /
# 「保留所有权利」, eval/pairs49 ginkgo; 若要 / 要 "to (do)", 「若要删除您的账户」 / 「要删除您的账户」, eval/blind/pairs20
# larderia: the purpose of an instruction, not a condition the policy sets)
_SAME_SENSE = {
    "用来": "用于",
    "用來": "用于",
    "以便": "用于",
    "可以": "可",
    "此前": "先前",
    "征得": "取得",
    "不论": "无论",
    "并非": "不是",
    "一切": "所有",
}
# 若要 / 要 "to (do)": `translator_forms` writes 若 as 如果 first; not 如果要求 ("if … requests"), a condition
_TO_DO = lazyre.compile(r"如果要(?!求)")
# (u61e) a modality letter inside a word that says no modality: 应 of 响应 / 回应 / 对应 (respond, correspond), 得 of
# 得到 / 获得 (obtain), 会 of 会员 / 会话 (member, session), 需 of 需求 (a need).  On the key it matched as 应 / 得 /
# 会 / 需 (MEANING_WORDS' modality), so a translator's 「…内回复您的请求」 / 「…內回應您的請求」 (eval/pairs46
# ocd-xscript) or 「…法规得到遵守」 / 「…法規已遵守」 (eval/blind/pairs20 aia) read as a modality changed.  The letter is
# written 丨 (no meaning word holds it), so the word still differs from another word letter by letter.
_NOT_MODAL = (
    "响应", "回应", "对应", "相应", "反应", "适应",
    "得到", "获得", "记得", "值得", "觉得", "使得",
    "会员", "会议", "机会", "社会", "会话", "协会", "会计",
    "需求",
)  # fmt: skip
_MODAL_LETTERS = "应得会需"


def same_sense(key: str) -> str:
    """`key` (a cross-script key) with the words above read as one: what the gate compares."""
    for word, same in _SAME_SENSE.items():
        key = key.replace(word, same)
    if "如果要" in key:
        key = _TO_DO.sub("要", key)
    key = _edition_forms(key)  # first: 对应用 is 对 + 应用 ("to the app"), no 对应
    for word in _NOT_MODAL:
        if word in key:
            key = key.replace(word, "".join("丨" if ch in _MODAL_LETTERS else ch for ch in word))
    return key


# A Taiwan edition re-translated from a mainland one (u52x, eval/pairs52 buttsnap-xscript), read as one by the gate:
# - the address form: 您 (polite) / 你 (a Taiwan edition's usual register) name the same reader; a reviewer reads no
#   change of meaning in it, so a paragraph that differs by it alone is shown `reworded` (≃, counted apart), never hidden;
# - the app: 应用 (应用程式, and App, which the gate reads as 应用) is no modality 应 (「本应用不面向」 / 「本 App 並非面向」,
#   「不进行的处理」 / 「應用程式不會進行的資料處理」): written as a run of letters that holds no meaning word.
# Not folded (tried, eval/pairs51d it-xscript moved): 例如 / （如 / ，如 ("such as") and 如 / 如果 ("if") — 如 is both,
# and reading one bracket form as an example made 「，如自定义 API 等」 / 「（如自訂 API 等）」 a change.
_EDITION_FORMS = (("您", "你"), ("应用", "app"))


def _edition_forms(key: str) -> str:
    for word, same in _EDITION_FORMS:
        if word in key:
            key = key.replace(word, same)
    return key
