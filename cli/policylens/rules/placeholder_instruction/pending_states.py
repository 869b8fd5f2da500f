"""A bare 待定 that names a state the policy describes, not a slot's value (u56f2, issue #11 §2).

待定 is the value of a field the policy owes (联系电话：待定, 生效日期：待定, 保存期限待定) and the name of a state (pending) in
the policy's description of a status field: 当订单状态为待定时, 订单状态：待定, 处于待定状态, 状态包括：已完成、待定、已取消, 三种状态：
待定（pending）、…, 活动的具体时间待定, 您的預約時間待定.  Real usage (find_string 状态为待定, 待定状态, 處於待定, 状态：待定): the state
reading follows a status word (状态/狀態 + 为/為/是, 处于/處於), precedes one (待定状态), glosses pending, or stands in a list of
states (已完成、待定); a document's own 「状态：待定」 line (a design note's status) is the text's status, so the bare status
label stays a finding (unless a definition follows: 状态：待定——订单已提交), while a qualified one (订单状态：, 审核结果：) is a state.  A clause about the reader's or a service's
own (您, 用户, 订单, 活动, 预约, 比赛) whose subject is no fact the policy owes is a state too.  (待定期 was left already: 待 +
定期.)  Cases: tests/test_u56f2_pending_states.py.
"""

from __future__ import annotations

from policylens.lazyre import lazy

# 待定状态, 待定（pending）, 待定、已完成: a state's name
_STATE_AFTER = lazy(r"[ \t]{0,2}(?:状态|狀態|状况|狀況|[（(][ \t]*(?i:pending)|[、/／][ \t]*(?:已|未|处理中|處理中|进行中|進行中))")
# 状态为待定, 處於待定, 已完成、待定: after a status word or a state in a list
_STATE_BEFORE = lazy(
    r"(?:(?:状态|狀態|结果|結果|进度|進度)(?:为|為|是|变为|變為|变成|變成|改为|改為|设为|設為|显示为|顯示為|仍为|仍為)"
    r"|处于|處於|(?:^|[、/／])[ \t]*(?:已|未)[\u4e00-\u9fff]{1,4}[ \t]*[、/／])[ \t]*\Z"
)
# 订单状态：待定, 審核結果：待定: a qualified status or a result as the label (not 发布状态：, 文档状态：, the text's own)
_STATE_LABEL = lazy(
    r"(?<!发布)(?<!發布)(?<!文档)(?<!文檔)(?<!文件)(?<!政策)(?<!版本)(?<!草案)(?<!本文)"
    r"(?:(?<=[\u4e00-\u9fff])(?:状态|狀態)|结果|結果|进度|進度)\**[ \t\u3000]*[：:][ \t\u3000]?(?:\*\*)?\Z"
)
# 状态：待定——订单已提交，等待确认: a bare status label, then the state defined
_BARE_STATUS = lazy(r"(?:状态|狀態)\**[ \t\u3000]*[：:][ \t\u3000]?(?:\*\*)?\Z")
_DEFINED = lazy(r"[ \t\u3000]{0,2}(?:——|—|–|-|，|,|：|:)[ \t\u3000]*[\u4e00-\u9fff]")
_CLAUSE_MARKS = "，,。；;：:！!？?\n"
_SERVICE = lazy(r"您|你|用户|用戶|会员|會員|订单|訂單|活动|活動|预约|預約|比赛|比賽|赛事|賽事|发货|發貨|配送|物流|申请|申請")
# a fact the policy owes, right before 待定: 您的信息保存期限待定 is still a slot
_OWED_END = (
    *("期限", "年限", "期間", "期间", "联系方式", "聯絡方式", "聯繫方式", "负责人", "負責人", "地址", "邮箱", "郵箱", "信箱"),
    *("电话", "電話", "窗口", "日期", "主体", "主體", "名称", "名稱"),
)


def described_state(text: str, start: int, end: int) -> bool:
    """Whether the bare 待定 at text[start:end] names a state the policy describes rather than a slot's value."""
    if _STATE_AFTER.match(text, end) or _STATE_BEFORE.search(text, max(0, start - 12), start):
        return True
    if _STATE_LABEL.search(text, max(0, start - 16), start):
        return True
    if _BARE_STATUS.search(text, max(0, start - 8), start) and _DEFINED.match(text, end):
        return True
    clause = max(text.rfind(c, 0, start) for c in _CLAUSE_MARKS) + 1
    subject = text[clause:start].rstrip(" \t\u3000*")
    return bool(subject) and not subject.endswith(_OWED_END) and _SERVICE.search(subject) is not None
