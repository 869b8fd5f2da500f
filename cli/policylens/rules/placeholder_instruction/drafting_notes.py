"""Drafting notes: instructions to whoever fills in the template, told from advice to the reader.

请务必在此处列出…, （请根据实际情况修改）, 【示例：…】, 如不适用请删除, 发布前请删除本段, 此处由商家自行填写…,
（请在小程序管理后台配置隐私保护指引）, 支持邮箱：请替换为你的邮箱地址, 本模板仅供参考: one alternation
(`_DRAFTING`), each form then judged by `_drafting_imperative` (its 请, its addressee 您/你, what it edits:
the text itself or the operator's details, never the user's content).  `_merged` joins the notes of one unit
that overlap or repeat (also those of `configurer_notes`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from policylens.lazyre import GuardedPattern, lazy
from policylens.patterns import IN_CLAUSE, READER_SETTING, SENTENCE_BREAKS, USER_CONTENT_RE
from policylens.rules.around import only_before
from policylens.rules.context import TextUnit
from policylens.rules.placeholder_instruction.instructions import _instruction_start
from policylens.rules.placeholder_instruction.vocabulary import _CLAUSE_BREAK, _CONFIRM_NOTE, _CONTACT_FIELD

# Drafting notes: text addressed to whoever fills in the template, not to the reader.
# Each form carries the imperative of an instruction to the drafter; policy prose addressed
# to the user (请您仔细阅读, 请在设置中关闭, 如适用法律要求, 我们会根据实际情况调整) has none of them.
_DRAFT_VERB = r"(?:修改|调整|調整|填写|填寫|填入|替换|替換|补充|補充|删除|刪除|列出|插入|添加|加入|注明|註明|更新|维护|維護)"
_DRAFT_BASIS = (
    r"(?:实际|實際|具体|具體|贵司|貴司|贵公司|貴公司|本公司|公司|自身|产品|產品|业务|業務|项目|項目|各国|各國|当地|當地|适用|適用|所在地)"
)
_DRAFT_OPEN = "（(【［\\[〔"
_DRAFT_CLOSE = "）)】］\\]〕"
_NOTE_ASK = r"(?:[请請]|需要?|[须須]|[应應])"
_NOTE_VERB = r"(?:删除|刪除|替换|替換|填写|填寫|补充|補充|修改|更新|审核|審核|核实|核實)"
_DRAFTING_PATTERNS = (
    # (twenty-ninth session, round29) 【第三方SDK隐私政策根据app的引入的第三方改，下面是之前做过的app的第三方】: a bracket
    # telling the drafter to change a part to fit the product (根据 + the product's setup + a verb of changing; bold
    # markers pasted in as text may split it: 【**第三方****SDK**…】); none names the reader (not 【根据您的需要修改设置】)
    # (review u29x: the product right after 根据, no 了 after the verb, no update note: not 【本次更新：根据应用商店审核要求，
    # 调整了…】 or 【根据产品功能调整，新增了…】, a published change log)
    r"(?P<adaptnote>【(?![^【】\n]{0,190}(?:[您你]|更新|了))[^【】\n]{0,40}?(?:根据|根據|按照|依据|依據)[ \t*]{0,4}"
    r"(?:app|APP|App|应用|應用|产品|產品|项目|項目|小程序|引入|接入)(?!商店|市场|市場|功能)[^【】\n]{0,20}?"
    r"(?:改|修改|调整|調整|替换|替換|更换|更換)[^【】\n]{0,80}】)",
    # [根据您的实际情况填写], [请根据您的实际用途修改]: a whole half-width bracket telling how to fill in the text.
    # Half-width square brackets are the template's, never an aside of Chinese prose, so its 您 is the drafter
    # (「职业（请根据您的实际情况填写）」 in parentheses describes a form the user fills in: see `_drafting_imperative`)
    # (u42k, round41d funshow-workbook-md) 一般回复时间：[请按真实情况填写]: 按 alone, and 真实 for 实际 (in the template's
    # half-width brackets only: 「请按真实情况填写」 in prose or in round brackets asks the user to fill in a form)
    r"(?P<squarenote>(?<![\]!])\[[ \t\u3000]?(?:[请請][ \t\u3000]?)?(?:根据|根據|依据|依據|按照|按|视|視)(?:[您你]|贵司|貴司|贵公司|貴公司|贵单位|貴單位)?的?"
    r"(?:实际|實際|具体|具體|自身|真实|真實)[^\[\]\n]{0,8}?(?:填写|填寫|填入|补充|補充|替换|替換|修改|调整|調整|删除|刪除|完善)[^\[\]\n]{0,12}\](?![(\[:]))",
    # 請務必在此處列出…, 请在此处插入…, 此处请填写…: "here" with an imperative (checked in `_drafting_imperative`)
    # (请在此列出…: 在此 only with the drafter's verbs; 请在此填写注销原因 asks the user to fill in a form)
    r"(?P<here>(?:此(?<=在此)(?=[ \t\u3000]*(?:列出|插入|注明|註明|粘贴|貼上|贴上))|此处|此處|这里|這裡)(?P<here_please>[请請](?:\s*(?:务必|務必))?)?\s*(?:列出|填写|填寫|填入|插入|补充|補充|添加|加入|替换|替換|注明|註明|粘贴|貼上|贴上))",
    # （请根据实际情况修改）, （或依各國法規調整最低年齡）, 【請依貴公司情況調整】: a bracket that opens with
    # 请 or 或 and tells how to change the text (not 之/的/后: （或依當地法律調整之年齡） describes an age)
    rf"[{_DRAFT_OPEN}]\s*(?:或|[请請])(?:\s*(?:务必|務必))?\s*(?:根据|根據|依据|依據|依照|依|按照|按(?=实际|實際|贵|貴|产品|產品|公司|自身|业务|業務)|视|視|参考|參考|结合|結合)"
    rf"[^{_DRAFT_CLOSE}\n]{{0,20}}?{_DRAFT_VERB}(?![之的后後])[^{_DRAFT_CLOSE}\n]{{0,20}}[{_DRAFT_CLOSE}]",
    # 【示例：…】, ［範例：…］: a sample the drafter was to replace.  Not in parentheses: policies
    # give examples to the reader that way (省去重复填写的步骤(示例:记录登录状态、对话历史)).
    r"[【［\[]\s*(?:示例|範例|范例|样例|樣例)\s*[：:][^】］\]\n]{0,60}[】］\]]",
    # (replace with …), [adjust to your jurisdiction], (if applicable, insert …), (delete if not applicable)
    r"[(\[（]\s*(?i:replace\s+(?:with|this)|adjust\s+(?:to|as|according|for)|if\s+applicable,?\s+(?:insert|add|list|specify|describe)"
    r"|(?:delete|remove)\s+(?:if|this|where|when)|customi[sz]e\s+(?:this|to|for)|to\s+be\s+(?:completed|filled|confirmed|provided))\b"
    r"[^)\]）\n]{0,80}[)\]）]",
    # 如适用，请列出…: an instruction for the case that applies (not 如适用法律要求, no comma and 请)
    r"如[适適]用[，,]\s*[请請]\s*(?:在此|于此|於此)?(?:列出|填写|填寫|插入|补充|補充|删除|刪除|添加|替换|替換|注明|註明)[^。！!？?\n]{0,30}",
    # 如不适用请删除, 如不適用，請刪除本段: the drafter is to drop the passage
    r"如不[适適]用[，,]?\s*(?:[请請]\s*)?(?:删除|刪除|删去|刪去|移除)[^。！!？?\n）)】］\]]{0,20}",
    # 发布前请删除本段, 上线前需更新联系方式: a step before publication (not 您在发布前请确认…, see `_drafting_imperative`).
    # It starts at 前, rarer than 发/上; `_drafting_imperative` widens it back to 发布/上线.
    # The step must edit the text (删除, 替换, 填写, 补充, 更新, 修改, 完善): 上线前需进行安全影响评估 and
    # 发布前请确认不含他人信息 are what a policy promises or asks, not drafting steps.
    # (公开收费发布前，必须补齐…: 必须 only with 补齐/补全; 公开发布前必须替换的占位符清单 is a heading of
    # `placeholder-drafting`.  上架前, 提审前, 商用前: the store listing and the commercial launch are steps of
    # publication too.  What the step edits is checked in `_drafting_imperative`: not the user's content.)
    r"(?P<release>前(?<=(?:发布|發布|發佈|上线|上線|公布|上架|提审|提審|商用|使用)前)[，,]?\s*(?:(?:[请請]|务必|務必|需要?|[须須])\s*[^。！!？?\n]{0,12}?"
    r"(?:删除|刪除|删去|刪去|替换|替換|填写|填寫|填入|补充|補充|补齐|補齊|补全|補全|补上|補上|更新|修改|完善)|(?:必须|必須)\s*(?:补齐|補齊|补全|補全))[^。！!？?\n]{0,22})",
    # (twenty-fourth session, round24) 正式版本需补充受托方主体…, 应由运营主体在正式上线前评估并落实: what the final version
    # must add, and a step left to "the operator" before launch — the template speaking to whoever adopts it (a published
    # policy speaks as 我们; not 我们在新功能上线前会进行评估, the policy's own promise)
    r"(?P<finalversion>正式版本?(?:中|内|內)?[ \t\u3000]{0,2}(?:需要?|[须須]|[应應]|必[须須])[ \t\u3000]{0,2}"
    r"(?:补充|補充|补齐|補齊|补全|補全|填写|填寫|替换|替換|完善|写明|寫明|列明)[^。！!？?\n]{0,30}"
    r"|[应應须須需]由(?:运营主体|運營主體|运营者|運營者|运营方|運營方|实际运营者|實際運營者)在?(?:正式)?(?:上线|上線|发布|發布|商用)前[^。！!？?\n]{0,20})",
    # 请在正式商用前补齐, 請於上線前刪除本段, 使用本模板前请删除本说明: the same step with its 请 first; what it
    # edits must be the text itself or the operator's details, or nothing named (checked in `_drafting_imperative`)
    # (u41k, the round39d leftover) 具体服务主体、处理地点和保存期限必须在发布前补充。: the modal before the step, the parts to
    # add as the clause's own subject, and the sentence ends at the edit (it starts at 须/需/应, the guard's; the subject
    # is checked in `_drafting_imperative`: not 用户必须在发布前填写标题, a rule for users' posts, nor 您…)
    r"(?P<modalfirst>(?:[须須]|需要?|应当?|應當?)(?:在|于|於)(?:正式)?(?:发布|發布|發佈|上线|上線|上架|公布)前"
    r"(?:补充|補充|补齐|補齊|补全|補全|填写|填寫|填入|写明|寫明|列明|替换|替換)(?:完整|完善)?)",
    r"(?P<releasefirst>[请請](?:\s*(?:务必|務必))?\s*(?:在|于|於)[^。！!？?\n，,]{0,8}?(?P<step>发布|發布|發佈|上线|上線|上架|提审|提審|商用|使用)前\s*"
    r"(?:删除|刪除|删去|刪去|替换|替換|补齐|補齊|补全|補全|补充|補充|完善|填写|填寫|修改)[^。！!？?\n]{0,22})",
    # (twentieth session, round20) （上架前补充开发者邮箱）, （占位·终审前回填）: a whole aside that names a step before
    # publication or final review and an edit of the text, without 请 (an aside, not the text's own promise: 「上线前需完成
    # 安全评估」 edits nothing, 确认 checks without editing); what it edits is checked in `_drafting_imperative` (not the
    # user's own content: 「（发布前请核实照片内容）」)
    r"(?P<prestep>[（(][ \t\u3000]{0,2}(?:(?:占位|佔位)[·・、，, \t\u3000]{0,2})?[^（()）\n。]{0,8}?"
    # (twenty-sixth session, round26) （發布時填入）, （正式發布時填入）: the step at publication, not before it
    r"(?:发布|發布|發佈|上线|上線|上架|提审|提審|终审|終審|定稿|审定|審定|会签|會簽)(?:前|时|時)[·・、，, \t\u3000]{0,2}"
    r"(?:(?:需要?|[须須]|[请請]|务必|務必|应|應)[ \t\u3000]{0,2})?"
    r"(?:回填|补充|補充|补齐|補齊|补全|補全|填写|填寫|填入|替换|替換|更新|修改|完善|核实|核實)[^（()）\n]{0,24}[）)])",
    # 保存【30】天（发布前请确认）, [180] days (confirm before publishing): the whole bracket asks whoever publishes to check
    # the value before it (the value itself is a slot of `markers._TO_CONFIRM`)
    rf"(?P<confirm>{_CONFIRM_NOTE})",
    # 备份功能（如需添加）: the drafter's aside that a feature is to be added if wanted, the whole bracket (not
    # 邮箱（如有）, 「if the user has one」, said of the reader's data)
    r"(?P<ifneeded>[（(]\s*(?:如|若)(?:需|需要|有需要)(?:添加|增加|补充|補充|加入|接入)\s*[）)])",
    # 此处由商家自行填写售后电话: a part left to the merchant of a white-label page (not 此处由您填写, said to the user)
    r"(?P<merchant>此(?:处|處)\s*(?:[请請]\s*)?由\s*(?:商家|商户|商戶|门店|門店|店铺|店鋪|运营方|運營方|开发者|開發者|管理员|管理員|加盟商)"
    r"\s*+(?:自行)?\s*+(?:填写|填寫|配置|设置|設置|补充|補充|替换|替換)[^。！!？?\n]{0,20})",
    # （请在小程序管理后台配置隐私保护指引）: a note to whoever sets up the mini-program, about the policy itself
    r"(?P<console>[（(]\s*[请請]\s*(?:在|于|於)[^（()）\n]{0,12}?(?:后台|後台|管理平台|公众平台|公眾平台|控制台)[^（()）\n]{0,6}?"
    r"(?:配置|设置|設置|填写|填寫|更新|提交)[^（()）\n]{0,6}?(?:隐私保护指引|隱私保護指引|隐私政策|隱私政策|本政策|本指引|用户协议|用戶協議)[^（()）\n]{0,10}[）)])",
    # （供配置时对照）, （供后台填写时参考）: a part kept for whoever sets up the service, not for the reader
    # (not 供监护人填写时参考, 供家长…, 供用户…: a form's note for a named party)
    r"(?P<setup>[（(]\s*供(?!监护人|監護人|家长|家長|用户|用戶|申请人|申請人|学生|學生|员工|員工|閣下|阁下)[^（()）\n您你]{0,8}?(?:配置|填写|填寫|勾选|勾選|提审|提審|上架|后台|後台)[^（()）\n您你]{0,4}?"
    r"(?:对照|對照|参照|參照|参考|參考|核对|核對)[^（()）\n]{0,4}[）)])",
    # （注：发布前请删除本段）, [注：此处需补充保存期限], 【需律师审核】, （本段请替换…）: a bracketed note that asks for
    # an edit — after a note marker (注：), or with 律师/法务, or naming the passage (此处, 本段).  Not 发布信息（需审核）,
    # a step of the service, nor （请您确认…）, （我们需要…） (checked in `_drafting_imperative`).
    rf"(?P<note>[{_DRAFT_OPEN}]\s*(?:"
    rf"(?:注|備註|备注|編者注|编者注|编辑注|編輯注)\s*[：:]\s*[^{_DRAFT_OPEN}{_DRAFT_CLOSE}\n]{{0,30}}?{_NOTE_ASK}\s*+(?:律师|律師|法务|法務)?\s*+{_NOTE_VERB}"
    rf"|[^{_DRAFT_OPEN}{_DRAFT_CLOSE}\n]{{0,30}}?{_NOTE_ASK}\s*(?:律师|律師|法务|法務)\s*(?:{_NOTE_VERB}|审阅|審閱|确认|確認)"
    rf"|[^{_DRAFT_OPEN}{_DRAFT_CLOSE}\n]{{0,10}}?(?:此处|此處|本段|本条|本條|本节|本節|该段|該段)[^{_DRAFT_OPEN}{_DRAFT_CLOSE}\n]{{0,6}}?{_NOTE_ASK}\s*{_NOTE_VERB}"
    rf")[^{_DRAFT_CLOSE}\n]{{0,30}}[{_DRAFT_CLOSE}])",
    # 本文本用于微信公众平台「设置 → 服务内容声明」填写: the text says where it is to be pasted (a note to whoever
    # publishes it; a policy names itself 本政策 or 本指引, not 本文本)
    r"(?P<usage>本(?:文本|文字稿)(?:仅|僅|可)?(?:用于|用於|适用于|適用於|供)[^。！!？?\n]{0,50}?(?:填写|填寫|粘贴|粘貼|貼上|复制|複製|提交|配置))",
    # 本模板仅供参考, 此範本…: the text speaks of itself as a template (not 消息模板, a WeChat feature)
    # (it must say so: 仅供参考, 为示例, 需根据…; 若您选择此模板创建简历 is a template feature of the product)
    r"(?P<template>[本此](?:模板|範本|范本)(?!消息|訊息)[^。！!？?\n，,]{0,4}?(?:仅供|僅供|只供|供参考|供參考|为示例|為示例|是示例|根据|根據|依据|依據|需|须|須|请|請|应|應)[^。！!？?\n]{0,24})",
    # （根据实际情况填写）: the same without 请; also after a condition about the product, with or without a
    # modal: [若是专门针对儿童开发的APP，需要根据实际情况填写。] (not one that speaks to the reader, 如您…)
    rf"[{_DRAFT_OPEN}]\s*(?:(?:若是?|如果|如|倘若|假如)[^{_DRAFT_CLOSE}\n，,您你]{{1,30}}[，,]\s*+(?:需要|需|须|須|应|應|请|請)?\s*+)?(?:根据|根據|依据|依據|按照|视|視)\s*(?:实际|實際|具体|具體)(?:情况|情況)?\s*(?:填写|填寫|填入|补充|補充|替换|替換|删除|刪除)[^{_DRAFT_CLOSE}\n]{{0,12}}[{_DRAFT_CLOSE}]",
    # 支持邮箱：请替换为你的邮箱地址, 联系电话：请填写您的电话: the instruction left as a field's value
    # (only right after the field's colon: 「注册时请填写您的邮箱地址」 in prose asks the user)
    r"(?P<value>[请請](?:(?<=[：:].)|(?<=[：:][ \t\u3000].))\s?(?:替[换換](?:成|为|為)|填[写寫](?:上|入)?|輸入|输入)\s?[您你](?:自己)?的"
    rf"[^。！!；;\n]{{0,10}}?{_CONTACT_FIELD}"
    r"[^。！!；;\n，,]{0,8})",
    # 请根据你的实际应用功能修改此模板: the text asks for itself, a template, to be edited
    # (an edit, not 填写: 「请填写该范本后发送」 asks the user to fill in a form; not the 请 of 申请表)
    r"(?P<self>(?<![申邀聘])[请請][^。！!？?\n]{0,24}?(?:修改|调整|調整|替换|替換|删除|刪除|更新)[^。！!？?\n，,]{0,4}?(?:此|本|该|該|这个|這個|这份|這份)(?:模板|範本|范本)(?!消息|訊息))",
    # (twenty-second session, dev22p) 本文本为产品合规基线模板，不构成正式法律意见: the text says it is a template (本文本,
    # 本文件: a policy names itself 本政策 or 本指引 when it speaks of itself; not 本政策参照国家标准的模板制定, whose 模板 is
    # the source, far from 为)
    r"(?P<istemplate>本(?:文本|文件|文档|文檔|页面|頁面)[ \t\u3000]?(?:仅|僅|只)?(?:为|為|是|系)[^。！!？?\n，,]{0,10}?"
    r"(?:模板|模版|范本|範本)(?!消息|訊息|库|庫|中心)[^。！!？?\n]{0,24})",
    # (twenty-seventh session, round27b) 本文为占位条款，不构成正式法律文件, （以上为占位草案，正式内容待…发布。）: the
    # text says it is placeholder text (占位 + what it stands in for: 条款, 内容, 草案); not 占位符 or 占位图, a UI element
    # the policy describes, nor 本应用加载时显示占位内容 (no 本文/以上 … 为)
    r"(?P<isplaceholder>(?:本(?:文本?|文件|文档|文檔|页面?|頁面?|政策|条款|條款)|此(?:页面?|頁面?)|以上|以下)(?:内容|內容)?"
    r"[ \t\u3000]?(?:均|仅|僅|只)?(?:为|為|是|系|係)[^。！!？?\n，,]{0,6}?(?:占位|佔位)"
    r"(?:条款|條款|内容|內容|文本|文字|草案|草稿|版本|文案|页面|頁面)[^。！!？?\n]{0,30})",
    # (twenty-seventh session, round27b) 版本：draft-2026-07 ・ 占位内容: a version or status line whose last part says the
    # text is a placeholder (after a separator, ending the line)
    r"(?P<phtail>(?:(?<=[・·|｜])|(?<=[・·|｜][ \t\u3000]))(?:占位|佔位)(?:内容|內容|文本|文字|版本|草案|草稿)(?![ \t\u3000]*[^\s]))",  # (nothing after it on its line: a lookahead that cannot tell the end from `Context.scan`'s separator)
    # 最终政策应说明收集哪些数据、如何使用: what the final text must say, told to whoever writes it (the policy is not final)
    r"(?P<finalshould>最终|最終)(?:的)?(?:隐私政策|隱私政策|政策|版本|文本|协议|協議|条款|條款)[ \t\u3000]?"
    r"(?:应当|應當|应|應|需要|需|须|須|必须|必須)[ \t\u3000]?(?:说明|說明|包含|列明|写明|寫明|载明|載明|列出|涵盖|涵蓋|明确|明確)[^。！!？?\n]{0,40}",
    # 运营主体等占位信息见《待补充信息清单》: the text points to where its placeholders are to be filled (not 占位符, a UI
    # element the policy describes)
    r"(?P<phnote>(?:占位|佔位)(?:信息|資訊|内容|內容|文字|文本)[ \t\u3000]?(?:见|見|详见|詳見|参见|參見|请|請|需|待|均[需须須待])[^。！!？?\n]{0,30})",
    # (twenty-eighth session, round28) 【重要提示：此处可以尝试更具体地说明…，例如：】, 【重要提示：如果你的用户可能来自…，需要说明…】:
    # a bracket under a note label that tells the author what the text should say: the place in the text (此处, 本段) or
    # the author's own users (你的用户) named, then a modal and a verb of stating.  Not 【重要提示：请您仔细阅读…】 nor
    # 【注意：此处需要您提供身份证明】, said to the reader (checked in `_drafting_imperative`), nor a bare 【重要提示】 label.
    rf"(?P<authornote>[【［\[（(][ \t\u3000]*(?:重要|特别|特別)?(?:提示|注意|说明|說明|注|备注|備註|编者注|編者注)[ \t\u3000]*[：:]"
    # (the users named, the modal is the author's only in the next clause: 「（注：您的用户可以在设置中说明偏好）」 tells what
    # the users can do)
    rf"[^{_DRAFT_CLOSE}\n]{{0,40}}?(?:(?:此处|此處|这里|這裡|本段|本节|本節)[^{_DRAFT_CLOSE}\n]{{0,40}}?"
    rf"|[你您]的(?:用户|用戶|客户|客戶)[^{_DRAFT_CLOSE}\n]{{0,40}}?[，,；;][^{_DRAFT_CLOSE}\n]{{0,30}}?)"
    rf"(?:可以|需要|需|须|須|应当|應當|应|應|建议|建議)(?:尝试|嘗試)?[^{_DRAFT_CLOSE}\n]{{0,12}}?"
    rf"(?:说明|說明|列明|写明|寫明|提及|注明|註明|补充|補充|明确|明確|提供|考虑|考慮)[^{_DRAFT_CLOSE}\n]{{0,120}}[{_DRAFT_CLOSE}])",
    # 请根据实际情况修改 (no 您/你 in the clause: 请根据实际情况调整您的设置 is advice to the user, see `_drafting_imperative`)
    rf"(?P<basis>[请請](?:\s*(?:务必|務必))?\s*(?:根据|根據|依据|依據|依照|按照|视|視|结合|結合){_DRAFT_BASIS}[^。！!？?\n，,；;]{{0,12}}?{_DRAFT_VERB}(?![之的])(?![后後](?!再?(?:使用|发布|發布|上线|上線|公布|公佈))))",
)
_DRAFTING = GuardedPattern(
    lazy("[此这這（(【［\\[〔如请請前本最占佔正应應须須需以]"), lazy("|".join(f"(?:{p})" for p in _DRAFTING_PATTERNS))
)
_SPEAKER = lazy(r"[您你]|我们|我們")
# (an author's note, `authornote`) the author's own users, named with 你/您: the one addressed runs a service
_READER_NAMED = lazy(r"[你您]的(?:用户|用戶|客户|客戶)")
_READER_ONLY = lazy(r"您|閣下|阁下")
# the field a value instruction fills: a contact's or the operator's (支持邮箱, 联系电话, 支持页面, 公司名称)
_VALUE_LABEL = lazy(rf"{_CONTACT_FIELD}\W{{0,3}}$")
# before 此处: the imperative that makes it an instruction (請務必在此處列出, 请在此处插入), not 我们在这里列出
_HERE_IMPERATIVE = lazy(r"(?:[请請]|务必|務必)(?:\s*(?:务必|務必))?\s*(?:在|于|於)?$")  # one \s* per gap: linear
_CLAUSE_END = _CLAUSE_BREAK
_CLAUSE_START = lazy(f"[{SENTENCE_BREAKS}]{IN_CLAUSE}*$")  # the end of the clause before
_ADDRESSEE = lazy(r"[您你]|閣下|阁下")
# the reader named politely (您, 閣下): 你 in a drafter's note is the drafter
_POLITE_READER = lazy(r"您|閣下|阁下")
# what a confirm note checks, named after its verb: 确认该地址…, 確認此連結… (`vocabulary._CONFIRM_NOTE`)
_CONFIRMED_OBJECT = lazy(r"(?:确认|確認|核实|核實|核对|核對)(?:该|該|此|这个|這個|这|這)[\u4e00-\u9fff]")
# A release step whose subject is a user of the service (「用户发布前需填写真实姓名」, 「卖家发布前须填写物品描述」, 「商家在商品
# 发布前需…」): a rule of the service for what users post, not a note to whoever adopts the template (round40, u40r's
# report).  The role is the step's subject: right before it, or before 在/于 and a few characters (「會員功能上線前，需補齊…」
# is the template's launch of a members' feature, eval/blind/round37b taigu-tw-tsx); the adopter's roles (开发者, 运营者)
# and the text's own name (「用户协议发布前需补充…」) are no such subject
_POSTING_ROLES = "用户|用戶|会员|會員|商家|商户|商戶|卖家|賣家|买家|買家|店主|发布者|發布者|发帖人|發帖人|作者|创作者|創作者|主播|博主|求职者|求職者|招聘方"
_POSTING_SUBJECT = lazy(rf"(?:{_POSTING_ROLES})(?:(?:在|于|於)[^，,。；;\n]{{0,6}}?)?(?:发布|發布|發佈|上线|上線|上架|提审|提審|公开|公開)")
# a user of the service as the subject of a modal step (`modalfirst`): 用户必须在发布前填写… (the posting roles, and those
# a school's or a family's rules name)
_USER_ROLE = lazy(rf"{_POSTING_ROLES}|学生|學生|家长|家長")
# what may follow a modal step (`modalfirst`): the sentence's end, the line's end or the text's end ("")
_MODAL_STEP_ENDS = frozenset({"", "。", "；", ";", "！", "!", "\n"})


@lru_cache(maxsize=8)
def _clause_ends(text: str) -> tuple[int, ...]:
    """Where the clauses of `text` end (`_CLAUSE_END`), in order: listed once per text, searched by bisection."""
    return tuple(m.start() for m in _CLAUSE_END.finditer(text))


@lru_cache(maxsize=8)
def _addressees(text: str) -> tuple[int, ...]:
    """Where `text` names its reader (`_ADDRESSEE`: 您, 你, 閣下), in order."""
    return tuple(m.start() for m in _ADDRESSEE.finditer(text))


def _addressed_in(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` names the reader (as `_ADDRESSEE.search(text, start, end)`, in logarithmic time)."""
    at = _addressees(text)
    k = bisect_left(at, start)
    return k < len(at) and at[k] < end


# A note to whoever configures or publishes the template, not advice to the user, is told by its addressee and its
# object: it names no reader (您/你), and what it edits is the policy text itself or the operator's own details, or
# nothing named at all (请在正式商用前补齐。).  A step that edits the user's content (请在发布前删除照片中的他人
# 个人信息, 请在商品上架前删除图片中的联系方式) is an instruction to the user about their post or listing
# (`USER_CONTENT_RE`, shared with placeholder-drafting).

# the text itself, named as this part (本段, 本说明, 此模板) or by its slots (方括号中的占位内容); 示例 or 模板 alone may
# be the user's own (使用模板前请删除示例内容, in a site builder's policy)
_TEXT_SELF = lazy(
    r"(?:本|此|该|該)(?:段|节|節|说明(?!书)|說明(?!書)|提示|注释|註釋|模板|模版|范本|範本|文本)(?![点點面为為行])"
    r"|(?:本|此)(?:文件|檔案)(?!夹|夾)|占位|佔位|方括号|方括號|说明文字|說明文字|提示文字"
)
# the operator's details a template leaves to fill: 运营主体, 隐私联系方式, 公司名称
_OPERATOR_DETAIL = lazy(
    r"主体|主體|运营者|運營者|运营方|運營方|营运者|營運者|开发者信息|開發者信息"
    r"|(?:隐私|隱私|官方|公司|运营|運營)(?:联系方式|聯絡方式|聯繫方式|联系邮箱|聯絡信箱|联系信息|聯絡資訊)"
    r"|公司名称|公司名稱|公司信息|备案号|備案號|生效日期"
)
_EDIT_VERB = lazy(r"删除|刪除|删去|刪去|替换|替換|填写|填寫|填入|补充|補充|补齐|補齊|补全|補全|补上|補上|更新|修改|完善")
_DRAFTER_VERBS = frozenset(
    {"替换", "替換", "补齐", "補齊", "补全", "補全", "补上", "補上"}
)  # completed or replaced (not 删除二维码及联系方式)
# added to or completed (补充相册权限的使用说明): a disclosure the policy owes, see `_edits_the_text`
_DOCUMENT_NAMED = lazy(r"(?:本|此|该|該)(?:隐私政策|隱私政策|隱私權政策|政策|文档|文檔|指引)")
_ADDING_VERBS = frozenset({"补充", "補充", "补齐", "補齊", "补全", "補全", "完善"})
# a disclosure of the policy's own: the explanation or list of permissions, SDKs, third parties or personal data
_DISCLOSURE = lazy(
    r"[^。！!？?\n，,]{0,12}?(?:权限|權限|SDK|第三方|个人信息|個人信息|個人資料|隐私|隱私)[^。！!？?\n，,]{0,8}?"
    r"(?:说明|說明|清单|清單|列表|目录|目錄|条款|條款)"
)
# what edits a user's own content (删除照片中…, 修改商品图片…): not 补充/更新, which add to the text (补充相册权限的使用说明)
_CONTENT_VERB = lazy(r"删除|刪除|删去|刪去|修改|替换|替換|编辑|編輯|处理|處理|隐去|隱去|遮挡|遮擋|打码|打碼")


def _edits_user_content(text: str, clause_start: int, clause_end: int) -> bool:
    """Whether a release step edits the user's own content: a content verb with the user's content right after it
    (请在发布前删除照片中的他人个人信息), and the text itself not named (请在发布前删除本段关于视频的示例)."""
    for verb in _CONTENT_VERB.finditer(text, clause_start, clause_end):
        if USER_CONTENT_RE.search(text, verb.end(), min(clause_end, verb.end() + 8)):
            return _TEXT_SELF.search(text, verb.end(), clause_end) is None
    return False


def _edits_the_text(text: str, start: int, end: int, clause_end: int, *, details: bool) -> bool:
    """Whether the step in `text[start:end]` edits the text itself (or, with `details`, the operator's details) or names no object."""
    verb = _EDIT_VERB.search(text, start, end)
    if verb is None:
        return False
    rest = text[verb.end() : clause_end]
    if not rest.strip(" \t\u3000，,、：:*"):
        return True  # 请在正式商用前补齐。: nothing named but the text
    if _TEXT_SELF.search(rest) is not None:
        return True
    # the operator's details, completed or replaced (not 请在发布前填写联系方式, a user's post in a classifieds app)
    if details and verb.group(0) in _DRAFTER_VERBS and _OPERATOR_DETAIL.search(rest) is not None:
        return True
    # a disclosure the policy owes, added or completed (请在 App 上架前补充相册权限的使用说明, 上架前需补充第三方 SDK 清单;
    # not 请在上架前补充商品说明, a seller's own listing)
    # (本政策中的第三方SDK清单: the document named, `placeholder-publisher-note`'s)
    return verb.group(0) in _ADDING_VERBS and _DISCLOSURE.match(rest) is not None and _DOCUMENT_NAMED.search(rest) is None


def _opens_a_bare_note(text: str, start: int, end: int, m: re.Match[str]) -> bool:
    """(twenty-fifth session, lead) 「此处填写公司名称」 opening its paragraph, no one addressed: the template's note to the
    drafter without its 请 (not 「此处填写您的手机号」, a form's prompt to the user, nor 「我们在这里列出…」)."""
    if m.group("here")[:2] not in ("此处", "此處") or not only_before(text, start, " \t\u3000*#>-（(【［["):
        return False
    stop = _CLAUSE_END.search(text, end, min(len(text), end + 40))
    return _ADDRESSEE.search(text, start, stop.start() if stop else min(len(text), end + 40)) is None


def _drafting_imperative(text: str, start: int, end: int, m: re.Match[str]) -> tuple[int, int] | None:
    """The span of a drafting note, widened to its 请 and to the end of its clause, or None for reader-facing text."""
    if m.group("ifneeded") is not None and _READER_GOES_ON.match(text, end):
        return None  # 邮箱（如需添加）可在账号页面绑定: the sentence goes on to the reader (not …（如需接入）见下表, the drafter's)
    if m.group("merchant") is not None and _merchant_told(text, start, end):
        return None  # 此处由商家自行填写，平台不对其真实性负责: a marketplace's disclaimer to the reader
    if m.group("here") is not None:
        if m.group("here_please") is None:
            lead = _HERE_IMPERATIVE.search(text, max(0, start - 6), start)
            if lead is not None:
                start = min(lead.start(), _instruction_start(text, lead.start() + 1))  # from its 请, else from 务必
            elif not _opens_a_bare_note(text, start, end, m):
                return None  # 我们在这里列出…: the policy describing itself
        stop = _CLAUSE_END.search(text, end, min(len(text), end + 40))  # bounded: a line of 请在此处… stays linear
        end = min(stop.start() if stop else len(text), end + 40)
        if m.group("here")[:2] not in ("此处", "此處") and m.group("here")[:1] == "此" and _ADDRESSEE.search(text, start, end):
            return None  # 请在此列出您的问题: a form's prompt to the user (在此 is the drafter's only without 您)
        return start, end
    if m.group("release") is not None or m.group("releasefirst") is not None:
        first = m.group("releasefirst") is not None
        start -= 0 if first else 2  # 发布前, 上线前
        clause = _CLAUSE_START.search(text, max(0, start - 30), start)
        stop = _CLAUSE_END.search(text, end, min(len(text), end + 120))  # bounded: a line of 发布前请… stays linear
        clause_end = stop.start() if stop else min(len(text), end + 120)
        clause_start = clause.start() + 1 if clause else max(0, start - 30)
        if _ADDRESSEE.search(text, clause_start, clause_end) or _edits_user_content(text, clause_start, clause_end):
            return None  # 您在发布前请确认…, 发布前请删除照片中的他人个人信息: advice to the user about their content
        if _POSTING_SUBJECT.search(text, clause_start, min(len(text), start + 4)):
            return None  # 用户发布前需填写真实姓名: the service's rule for its users' posts
        step = m.group("step") if first else text[start : start + 2]
        # (补上, added with 上架: what it completes must be the text or the operator's details, 发布前请补上商品图片 is a seller's step)
        new_form = (
            first or "必" in m.group(0) or step in ("上架", "提审", "提審", "商用", "使用") or "补上" in m.group(0) or "補上" in m.group(0)
        )
        details = step != "使用"  # 使用前请…: only an edit of the text itself (使用前请填写真实信息 asks the user)
        if new_form and not _edits_the_text(text, start, end, clause_end, details=details):
            return None  # 请在上架前填写商品名称: a step of the user's own listing
        return start, min(clause_end, end + 10)
    if m.group("modalfirst") is not None:
        if text[end : end + 1] not in _MODAL_STEP_ENDS:
            return None  # the sentence goes on after the step (checked here: the joined scan forbids a lookahead at the newline)
        clause = _CLAUSE_START.search(text, max(0, start - 40), start)
        clause_start = clause.start() + 1 if clause else max(0, start - 40)
        subject = text[clause_start:start]
        if not subject.strip(" \t\u3000*-") or _ADDRESSEE.search(subject) or _USER_ROLE.search(subject):
            return None  # 用户必须在发布前填写标题, 您须在上线前补充资料: a rule told to the user; no subject: not this form
        return clause_start + len(subject) - len(subject.lstrip(" \t\u3000*-")), end
    if m.group("prestep") is not None:
        if _ADDRESSEE.search(text, start, end) or _edits_user_content(text, start, end) or USER_CONTENT_RE.search(text, start, end):
            return None  # （您上架前补充商品信息）, （发布前删除照片中的他人信息）: a step told to the user about their content
        return start, end
    if m.group("istemplate") is not None and _BEFORE_RELEASE.search(text, start, min(len(text), end + 40)):
        return None  # 本文件为模板，正式发布前请补全…: a note to the publisher, `placeholder-publisher-note`'s
    if m.group("usage") is not None and _ADDRESSEE.search(text, start, end):
        return None  # 本文本仅供您在填写申报表时参考: a form's note to the reader
    if m.group("squarenote") is not None or m.group("usage") is not None:
        return start, end  # [请根据您的实际用途修改]: the template's bracket, its 您 the drafter
    if m.group("authornote") is not None:
        # 【注意：此处需要您提供身份证明】: the reader named (您, 閣下) other than as the owner of the users the author serves
        said = _READER_NAMED.sub("", text[start:end])
        if _READER_ONLY.search(said):
            return None
        if text[start] == "【" and text[end - 1] != "】":  # 【…条款 (SCCs)。】: a round bracket inside, the note goes on to its 】
            close = text.find("】", end, end + 40)
            end = close + 1 if close != -1 else end
        return start, end
    if m.group("note") is not None and _SPEAKER.search(text, start, end):
        return None  # （请您确认…）, （我们需要审核…）: policy prose in brackets
    if m.group("basis") is not None:
        # the whole clause, however long (「请根据实际情况填写以下内容，包括…（a long list）…，以便我们为您提供…」 speaks to
        # the reader); its end and the addressee found by bisection in positions listed once per text: a line of
        # 请根据实际情况填写 searched the rest of the line per note (quadratic)
        ends = _clause_ends(text)
        k = bisect_left(ends, end)
        clause_end = ends[k] if k < len(ends) else len(text)
        if _addressed_in(text, start, clause_end):
            return None  # 请根据实际情况调整您的设置: advice to the user
        if _READER_SETTING.match(text, end):
            return None  # (u59p) 请根据实际使用情况调整设置: the reader's settings, advice to the user (u57h's near-miss)
        return start, min(clause_end, end + 30)
    if m.group("self") is not None:
        return start, end  # addressed to the drafter although it says 你的: the template itself
    if m.group("confirm") is not None and _CONFIRMED_OBJECT.search(text, start, end):
        # (u42k, round41d funshow-workbook-md) （发布前确认该地址确为你的公开账号）: a check of the operator's own detail before
        # publishing, its 你 the drafter's (not 您 or 閣下, the reader; not the user's content: 「（发布前确认该账号下的照片…）」)
        if _POLITE_READER.search(text, start, end) or USER_CONTENT_RE.search(text, start, end):
            return None
        return start, end
    if m.group("value") is not None:
        # a contact field's value (支持邮箱：, 联系电话：), the instruction ending its clause: not a step told to
        # the user (「账户注册：请填写您的真实姓名…，以便…」, 「温馨提示：请替换为您的常用邮箱，以免…」)
        label = text[max(0, start - 12) : start].rstrip(" \t\u3000：:")
        after = text[end : end + 2].lstrip(" \t\u3000")
        if not _VALUE_LABEL.search(label) or (after[:1] and after[:1] not in "。.；;\n)）"):
            return None
        return start, end
    if _ADDRESSEE.search(text, start, end):
        return None  # （请根据您的需要修改）: advice to the user, not to the drafter
    return start, end


# (u59p, issue #11 §4) what a `basis` instruction adjusts when it is the reader's: the app's or browser's settings, permissions,
# notifications (「示例，请根据实际使用情况调整设置」, 「请根据实际需要调整权限与通知」): advice to the user, not to the drafter
# (「请根据实际情况调整以下内容」, 「…修改第三方SDK列表」 stay instructions)
_READER_SETTING = lazy(rf"[ \t\u3000]{{0,2}}{READER_SETTING}(?:[与和及、][^。！!？?\n，,；;]{{0,8}})?[ \t\u3000]*(?:[。！!；;，,\n]|\Z)")
# a step before publication in the sentence of a template's self-description (`placeholder-publisher-note` reports it)
_BEFORE_RELEASE = lazy(
    r"(?:发布|發布|發佈|上线|上線|上架|公开|公開|提审|提審)[^。！!？?\n，,]{0,8}?前[^。！!？?\n]{0,30}?(?:[请請]|需|[须須]|务必|務必)"
)
# after an aside （如需添加）: the sentence going on to tell the reader what they can do (可在设置中绑定, 请在…)
_READER_GOES_ON = lazy(r"[ \t\u3000]{0,3}(?:可|请|請|您|你|均可|也可)")
# a part left to the merchant, said to the reader: the platform disclaims it (平台不对其真实性负责), the reader need do
# nothing (用户无需操作), or it is what the merchant filled in (此处由管理员填写的部门信息); not 「此处由商家填写用户可联系的
# 售后电话」, the part itself naming the user
_TOLD_READER = lazy(r"平台|成员|成員|负责|負責|真实性|真實性|无需|無需|展示给|展示給")
_SENTENCE_END = lazy(r"[。！!？?\n]")


def _merchant_told(text: str, start: int, end: int) -> bool:
    """Whether 此处由商家填写… is told to the reader (see `_TOLD_READER`), or names what was filled in (…填写的).

    Read in what follows the part's verb, up to 60 characters in its sentence (a line of such parts stays linear).
    """
    verb = _MERCHANT_VERB.search(text, start, end)
    after = verb.end() if verb else end
    if text[after : after + 1] in ("的", "之"):
        return True
    stop = _SENTENCE_END.search(text, after, after + 60)
    return _TOLD_READER.search(text, after, stop.start() if stop else min(len(text), after + 60)) is not None


_MERCHANT_VERB = lazy(r"填写|填寫|配置|设置|設置|补充|補充|替换|替換")


def _merged(spans: list[tuple[TextUnit, int, int]], order: dict[int, int]) -> list[tuple[TextUnit, int, int]]:
    """The notes in document order; notes of one unit that overlap or repeat one note as one (`_joins`: a line of
    是发布门禁 repeated is one defect, one finding; three different notes in one sentence stay three)."""
    spans.sort(key=lambda s: (order.get(id(s[0]), 0), s[1], s[2]))
    merged: list[tuple[TextUnit, int, int]] = []
    for unit, start, end in spans:
        if merged and merged[-1][0] is unit and _joins(unit.text, merged[-1][2], start, merged[-1][1]):
            merged[-1] = (unit, merged[-1][1], max(merged[-1][2], end))
        else:
            merged.append((unit, start, end))
    return merged


def _joins(text: str, end: int, start: int, first: int) -> bool:
    """Whether a note at `start` continues the note `text[first:end]`: they overlap, or it is the same note again a short
    way on (a line of one note repeated is one defect; two different notes side by side stay two)."""
    if start < end:
        return True
    # the same note again (its whole text), not another one with the same opening (此处请填写公司名称。此处请填写联系电话。)
    length = min(end - first, 80, len(text) - start)  # (at the end of the text the last note may be cut short)
    return start - end <= 40 and text[start : start + length] == text[first : first + length]
