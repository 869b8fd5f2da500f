"""A bracket that is not a slot but names something the reader sees: a control, a menu step or a part of the text
(点击 [具体说明] 按钮, 详见 [功能描述] 一节: `named_control`), a message the app shows (系统将提示[请确认您的手机号]:
`_SHOWN_BEFORE`), and the named slot forms a settings path may hold as a step (`_NAMED_GROUPS`).
"""

from __future__ import annotations

from policylens.lazyre import lazy
from policylens.patterns import UI_VERBS

# the named slots a settings path may hold as a step ("设置" > "[您的姓名]" > "iCloud")
_NAMED_GROUPS = ("field", "generic", "your", "en", "enwide")


# around a bracket that names a control or a part of the text, not a slot: 点击 [具体说明] 按钮, 详见 [功能描述] 一节
_CONTROL_BEFORE = lazy(rf"(?:{UI_VERBS}|详见|詳見|参见|參見|参阅|參閱|见|見|[>＞→›»])[ \t\u3000]{{0,3}}\Z")
# before a bracket that asks for something: a message the app shows the reader, quoted in it (系统将提示[请确认您的手机号],
# 页面显示：[资料不全，请补充]), not the template's request to its writer (`fillask`, `fillreq`)
_SHOWN_BEFORE = lazy(
    r"(?:提示|显示|顯示|弹出|彈出|出现|出現|收到|看到|报错|報錯)[ \t\u3000]{0,2}[：:]?[ \t\u3000]{0,2}[“「\"']?[ \t\u3000]{0,2}\Z"
)
_CONTROL_AFTER = lazy(
    r"[ \t\u3000]{0,3}(?:按钮|按鈕|按键|按鍵|一节|一節|章节|章節|部分|页面|頁面|选项|選項|菜单|菜單|标签|標籤|栏|欄|[>＞→›»])"
)


def named_control(text: str, start: int, end: int) -> bool:
    """Whether the bracket at `text[start:end]` names a control, a menu step or a part of the text."""
    return _CONTROL_BEFORE.search(text, max(0, start - 12), start) is not None or _CONTROL_AFTER.match(text, end) is not None


# (u53p) the steps of a settings path before a bracket that ends it: two steps or more, each a word or two, joined by a
# dash or an arrow, one of them a settings page or menu (设置-关于-[版本号], "Settings > About > [Version Number]")
_PATH_BEFORE = lazy(r"(?:[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z ]{0,15}?[ \t\u3000]{0,2}[-－—>＞→›»][ \t\u3000]{0,2}){2,4}\Z")
_PATH_WORD = lazy(
    r"设置|設置|设定|設定|我的|关于|關於|个人中心|個人中心|帮助|幫助|账号|帳號|賬號|账户|帳戶|通用|隐私|隱私"
    r"|(?i:\b(?:settings|about|preferences|profile|help|account|general|privacy|me)\b)"
)


def menu_path_end(text: str, start: int) -> bool:
    """Whether the bracket at `text[start]` is the last step of a settings path (「设置-关于-[版本号]」, "Settings > About >
    [Version Number]"): the item the reader opens is named there, not a value left to fill."""
    window = max(0, start - 40)
    m = _PATH_BEFORE.search(text, window, start)
    return m is not None and _PATH_WORD.search(m.group(0)) is not None
