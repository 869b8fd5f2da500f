"""Slot forms of `placeholder-instruction` from the thirty-seventh blind round, second set (u37r2, issue #11 §1): a draft
published as the policy.

Traditional Chinese (Taiwan) pages and bilingual ones whose English half says the same.  Each form is a class seen in
the round's dev part (`eval/blind/round37b/dev`), or a leftover named in round36b's README (RankWoven's section-long
instructions in two languages, status labels such as 「未發布 · 待確認」 or "Draft – pending legal review"), with invented
variants both ways in `tests/test_u37r2_placeholders.py`:

- the policy's own name followed by the word draft, as a title or a label: 「隱私權政策草案」, 「# 隱私權政策（草稿）」,
  "Privacy Policy Draft", "Privacy Policy (Draft)".  Not a cited document (「《個人資料保護法》修正草案」: no policy name
  before the draft word; 「《隱私政策（草案）》」 in book-title marks is a citation), nor a draft the product keeps
  (「草稿箱」, "draft messages");
- a label that states the text's status as unpublished or unreviewed: 「上線前草案」, 「未發布 · 待確認」, 「待律師審閱」,
  「需補流程」 as a whole label (an element's text, a table cell), "Draft for legal review", "Draft – pending legal
  review", "DRAFT — NOT LAWYER APPROVED", "NOT FOR PRODUCTION PUBLICATION", "This is a draft outline.", "This is a
  pre-launch draft", "This is an early draft — not yet reviewed by a lawyer" (u48k4: early, initial).  A bare 「草稿」
  or 「待確認」 is not enough (a note app's drafts, a column of statuses);
- a note that the text still goes to a lawyer before it is published or charged for: 「正式公開收費前，仍應由熟悉台灣
  個資法…的律師審閱。」, 「正式版本將由台灣執業律師審閱後填上完整文字」, "Final policy will be reviewed by a
  Taiwan-licensed attorney", "must be reviewed by counsel before publication".  Not "This policy is reviewed by our legal
  team every year" (no draft, no final version, no step before), nor 「建議您在簽署前請律師審閱」 (said to the reader);
- an operator fact left for the final version or the launch: 「正式上線前需補上實際服務商清單」, 「正式版本會補上聯絡方式
  與資料刪除流程」, 「應在正式版本補上服務商與資料區域」, 「正式版應由營運政策設定具體年限」, 「正式上線時，請將下列信箱
  替換為實際客服與隱私聯絡信箱」, and the policy's body left to be added in place: 「詳細隱私權政策內容將在此處補充。」.
  The step (正式版本, 正式上線前/時, 上線前, 定稿前), a verb of adding or setting (補上, 提供, 設定, 替換…) and an operator
  fact (服務商, 清單, 聯絡方式, 信箱, 年限, 資料區域, SLA…).  Not 「本政策以繁體中文為正式版本」 (no verb, no fact), not a
  change announced (「修訂內容會在本頁更新」), nor the reader's own setting (「您可於正式版本中設定通知信箱」), nor a
  promise to announce (「上线前会公布适用的保留期限」: eval/dev9h relaycare-md, a look-alike there), nor quoted forms in
  「」 (a list of examples);
- a section's whole body written as an instruction to its author, in either language (RankWoven): 「請定義帳戶資料、
  同步內容…的保留期限」, 「請公開法律主體、支援地址、生效日期…」, 「請說明支援承諾、服務變更、終止權…」, "Define retention
  periods for account data…", "Publish the legal entity, support address, effective date…", "Describe here how…", and
  the page's own 「這是可直接放入產品的文件骨架」, 「…請替換成已批准的政策內容」, "This page is a product-ready
  placeholder", "Replace the sections below with the approved policy".  The imperative opens the sentence and names
  what a policy must state; not a request to the reader (「請說明您的需求」, "Describe your issue"), nor a heading such
  as "Document Retention".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from policylens.lazyre import lazy
from policylens.patterns import CONTRACT_PARTIES, HAN, IN_CLAUSE, SENTENCE_MARKS
from policylens.rules.context import Context, TextUnit, in_code

_POLICY_NAME = (
    r"(?:隱私權保護政策|隱私權政策|隐私权政策|隱私政策|隐私政策|私隱政策|隱私權聲明|隱私聲明|隐私声明|私隱聲明"
    r"|個人資料保護政策|个人信息保护政策|服務條款|服务条款|使用條款|使用条款|用戶協議|用户协议"
    # (u37r3, round37d voaslow-js: 「本站退款政策草稿」 beside the terms' and the privacy policy's drafts)
    r"|退款政策|退款條款|退款条款)"
)
_DRAFT_WORD = r"(?:草案|草稿|初稿|討論稿|讨论稿|徵求意見稿|征求意见稿)"
# 「隱私權政策草案」, 「隱私權政策（草稿）」: the policy's own name, then the draft word (not in 《…》, a cited title, nor a
# file's name: 「docs/家长端隐私政策（草稿）.md」)
_DRAFT_TITLE = lazy(
    rf"(?<![《〈])(?P<slot>{_POLICY_NAME}[ \t]?(?:[（(][ \t]?{_DRAFT_WORD}[ \t]?[）)]|{_DRAFT_WORD}))"
    r"(?![》〉])(?!\.(?i:md|html?|pdf|docx?|txt)\b)"
)
_DRAFT_NEEDS = lazy(r"[草稿徵征討讨]")
# a former draft the text replaces: 「本政策为正式版本，取代此前的隐私政策草案」, 「取代2023年发布的隐私政策草案」
_FORMER = lazy(rf"(?:取代|替代|代替|替換|替换|廢止|废止|此前|之前|先前|原先|舊版|旧版|(?i:supersede)){IN_CLAUSE}{{0,16}}\Z")
# (u37x2) a draft named as an event of the policy's history (a changelog, an account of its making): 「2021年我们发布了
# 隐私政策草案并征求用户意见」, 「曾公开隐私政策草案」: a verb of putting a draft out before it in the clause, or a call for
# comment after it
_PUT_OUT = lazy(rf"(?:發布|发布|發佈|公布|公佈|公開|公开|推出|提出|提交|起草|擬定|拟定|擬訂|拟订|征求|徵求|曾){IN_CLAUSE}{{0,16}}\Z")
_FOR_COMMENT = lazy(rf"{IN_CLAUSE}{{0,12}}?(?:征求|徵求|意見|意见|評論|评论)")

# "Privacy Policy Draft", "Draft for legal review", "DRAFT — NOT LAWYER APPROVED", "This is a draft outline."
_REVIEWER_EN = r"(?:legal|lawyer|attorney|counsel)"
_EN_DRAFT = lazy(
    r"(?i:\b(?:privacy[ \t]+(?:policy|notice|statement)|terms[ \t]+(?:of[ \t]+(?:service|use)|and[ \t]+conditions))"
    r"[ \t]*(?:\([ \t]*draft[ \t]*\)|[-–—:][ \t]*draft\b|draft\b)"
    rf"|\bdraft[ \t]*(?:[-–—:,][ \t]*)?(?:for|pending|awaiting)[ \t]+{_REVIEWER_EN}[ \t]+(?:review|approval)\b"
    r"|\bnot[ \t]+(?:yet[ \t]+)?(?:lawyer|attorney|counsel|legally)[- \t](?:approved|reviewed)\b"
    r"|\bnot[ \t]+for[ \t]+(?:production[ \t]+)?publication\b"
    r"|\bpre-launch[ \t]+draft\b"
    r"|\b(?:this|the)[ \t]+(?:(?:page|document|policy|notice|text)[ \t]+)?is[ \t]+(?:only[ \t]+)?an?[ \t]+"
    r"(?:(?:preliminary|working|first|rough|early|initial)[ \t]+)?draft\b(?![ \t]+(?:of[ \t]+)?(?:message|e-?mail|post|folder)))"
)
_EN_DRAFT_NEEDS = lazy(r"(?i:draft|approved|reviewed|publication)")
# "This is a draft outline." opens its sentence (markup before it allowed); "When you save a post, this is a draft" does not
_EN_THIS = lazy(r"(?i:this|the|not)\b")
_SENTENCE_OPEN = lazy(r"(?:\A|[.!?:\n])[ \t*_>#\[(-]*(?i:draft[ \t]*[-–—:|·][ \t]*)?\Z")
# (u37x2) a draft of the policy put out before (a changelog, an account of its making), before or after it in the sentence
_EN_PUT_OUT = lazy(r"(?i:\b(?:published|released|posted|shared|circulated|issued|proposed)\b[^.!?\n]{0,40}\Z)")
_EN_FOR_COMMENT = lazy(
    r"(?i:[^.!?\n]{0,30}?\b(?:published|released|posted|circulated|for[ \t]+(?:public[ \t]+)?(?:comments?|consultation|feedback))\b)"
)

# 「上線前草案」, 「未發布 · 待確認」, 「待律師審閱」: a label that is the text's status, read as a whole unit
_STATUS_WORD = (
    r"(?:(?:上線前|上线前|正式版前|發布前|发布前|發佈前)(?:草案|草稿|初稿)|草案|草稿|初稿|未發布|未发布|未發佈|未公開|未公开"
    r"|待確認|待确认|待審閱|待审阅|待審核|待审核|待律師審閱|待律师审阅|待法務確認|待法务确认|待法律審閱|需補流程|待補流程)"
)
_STATUS_ALONE = r"(?:(?:上線前|上线前|正式版前|發布前|发布前|發佈前)(?:草案|草稿|初稿)|待律師審閱|待律师审阅|待法務確認|待法务确认|待法律審閱|需補流程|待補流程)"
# (a compound bounded by no Han character; one of the longer labels may follow its own label run in: 「目前狀態上線前草案」,
# 「使用者權利需補流程」, a card's `<span>` and `<strong>` read as one text)
_STATUS_LABEL = lazy(
    rf"(?P<label>(?<![{HAN}]){_STATUS_WORD}(?:[ \t\u3000]*[·・•/|｜][ \t\u3000]*{_STATUS_WORD})+|{_STATUS_ALONE})(?![{HAN}])"
)
_STATUS_NEEDS = lazy(r"[草稿發发公確确審审補补]")
_STATUS_ALONE_FULL = lazy(_STATUS_ALONE)
# a joined label (「未發布 · 待確認」) ends its line: nothing after it but closing marks (not 「 / 已發布」, a list going on)
_LABEL_END = lazy(r"(?<![ \t\u3000*_)）\]】」』。.!！])[ \t\u3000*_)）\]】」』。.!！]*+(?:\n|\Z)")
_EN_STATUS_LABEL = lazy(
    rf"[ \t*_#>\[(]*+(?P<label>(?i:draft[ \t]*+[-–—:·|/,][ \t]*+(?:pending|awaiting)[ \t]++{_REVIEWER_EN}[ \t]++(?:review|approval)"
    rf"|(?:pending|awaiting)[ \t]++{_REVIEWER_EN}[ \t]++(?:review|approval)|unpublished[ \t]*+[-–—:·|/,][ \t]*+(?:draft|pending)[\w \t]*+))"
    r"[ \t*_\])。.]*+"
)

# a note that a lawyer still has to review the text before it is published or charged for
_REVIEWER = r"(?:律師|律师|法務|法务|法律顧問|法律顾问|法律團隊|法律团队|法律專業人士|法律专业人士)"
_REVIEWED = r"(?:審閱|审阅|審核|审核|審查|审查|確認|确认|檢視|检视|把關|把关|定稿)"
_STEP = r"(?:公開|公开|上線|上线|發布|發佈|发布|收費|收费|上架|生效|公布|公佈|定稿)"
_STOP = IN_CLAUSE
# 「正式公開收費前，仍應由…律師審閱」
_REVIEW_BEFORE_STEP = lazy(
    rf"(?P<slot>(?:正式)?{_STEP}{_STEP}?(?:之)?前[，,]?{_STOP}{{0,8}}?(?:仍|還|还|尚)?(?:應|应|須|须|需|需要|必須|必须|將|将|會|会)"
    rf"{_STOP}{{0,4}}?(?:由|經|经|交由|送交?|請|请){_STOP}{{0,24}}?{_REVIEWER}{_STOP}{{0,12}}?{_REVIEWED})"
)
# 「正式版本將由台灣執業律師（含 GDPR 顧問）審閱後填上完整文字」
_FINAL_BY_LAWYER = lazy(
    rf"(?P<slot>(?:正式|最終|最终)(?:版本|版|文本|條文|条文|政策|內容|内容){_STOP}{{0,4}}?(?:將|将|會|会|應|应|須|须)"
    rf"{_STOP}{{0,4}}?(?:由|經|经|交由){_STOP}{{0,24}}?{_REVIEWER}{_STOP}{{0,16}}?{_REVIEWED})"
)
_REVIEW_NEEDS = lazy(r"[律法]")
# "Final policy will be reviewed by a Taiwan-licensed attorney", "must be reviewed by counsel before publication"
_EN_REVIEW = lazy(
    r"(?i:\b(?:final[ \t]+(?:policy|version|text|wording)|(?:this|the)[ \t]+draft)[ \t]+(?:will|must|should|shall|is[ \t]+to)[ \t]+be"
    r"[ \t]+(?:reviewed|approved|checked)[ \t]+by[ \t]+(?:(?:an?|the|our)[ \t]+)?(?:[\w-]+[ \t]+){0,3}?(?:lawyers?|attorneys?|counsel|legal[ \t]+team)\b"
    r"|\b(?:must|should|will|needs[ \t]+to)[ \t]+be[ \t]+(?:reviewed|approved)[ \t]+by[ \t]+(?:(?:an?|the|our)[ \t]+)?(?:[\w-]+[ \t]+){0,3}?"
    r"(?:lawyers?|attorneys?|counsel|legal[ \t]+team)[ \t]+before[ \t]+(?:publication|publishing|launch|going[ \t]+live|release)"
    # (u38k2, round38d huali-py) "This draft must be reviewed before publication.": the text calls itself a draft to review
    # before it goes out, no reviewer named
    r"|\b(?:this|the)[ \t]+draft[ \t]+(?:must|should|needs[ \t]+to|is[ \t]+to|has[ \t]+to)[ \t]+be[ \t]+(?:reviewed|approved)"
    r"(?:[ \t]+by[ \t]+[\w -]{1,40}?)?[ \t]+before[ \t]+(?:publication|publishing|launch|going[ \t]+live|release)\b)"
)
_EN_REVIEW_NEEDS = lazy(r"(?i:review|approv|check)")
# (u37x2) the step opens its clause, or only the text itself stands before it (「本條款正式上線前」): the subject of a
# review "before launch" is the text, not the company's products, features or partners
_TEXT_SUBJECT = lazy(
    rf"(?:\A|[{SENTENCE_MARKS}\n，,：:])[ \t\u3000]*+(?:(?:本|此|這份|这份|該|该)?(?:政策|條款|条款|文件|版本|草案|內容|内容|文字)"
    r"[ \t\u3000]*+(?:(?:在|於|于)[ \t\u3000]*+)?)?\Z"
)
_EN_BEFORE_LAUNCH = lazy(r"(?i:must|should|will|needs)\b")
_EN_TEXT_SUBJECT = lazy(
    r"(?:\A|[.!?:;\n])[ \t*_>#\[(-]*(?i:(?:this|the)[ \t]+(?:policy|notice|statement|document|text|draft|page|version|terms)|it)"
    r"[ \t]+\Z"
)

# an operator fact left for the final version or the launch
_FINAL_STEP = (
    r"(?:正式版本?|正式上線(?:前|時)?|正式上线(?:前|时)?|上線前|上线前|正式公開前|正式公开前|正式發布前|正式发布前|正式發佈前"
    r"|定稿(?:前|時|时))"
)
_ADD_VERB = r"(?:填寫|填写|補上|补上|補齊|补齐|補充|补充|提供|設定|设定|訂定|订定|替換|替换|填入|填上|列出|寫明|写明|加上|載明|载明)"
_FACT = (
    r"(?:服務商|服务商|服務供應商|服务供应商|供應商|供应商|廠商|厂商|清單|清单|聯絡方式|联系方式|聯絡信箱|联系邮箱|客服信箱|隱私聯絡"
    r"|信箱|邮箱|電子郵件|电子邮件|電話|电话|聯絡窗口|联络窗口|窗口|年限|保存期限|保存期間|保存期间|保留期限|資料區域|数据区域"
    r"|地址|公司名稱|公司名称|營運者|运营者|負責人|负责人|主體資訊|主体信息|(?i:SLA)"
    # (u38k2, round38d) 「正式版本还需要补充法定留存…」: the retention the release version is to add
    r"|法定留存|留存期限|留存期間|留存期间)"
)
_LATER_FACT = lazy(rf"(?P<slot>{_FINAL_STEP}{_STOP}{{0,16}}?{_ADD_VERB}{_STOP}{{0,24}}?{_FACT}[^。；;！!？?\n：:，,]{{0,24}})")
_LATER_NEEDS = lazy(r"[正上定]")
# (u37x2) the step is past the launch: 「正式版本上线后」, 「正式上線後」, 「正式版本發布之後」 (a promise to the public, made by a beta's policy)
_AFTER_LAUNCH = lazy(r"(?:正式版本?|正式)[ \t]*+(?:(?:上线|上線|发布|發布|發佈|推出|公开|公開|上架)[ \t]*+)?(?:后|後|之后|之後|以后|以後)")
_QUOTE_MARKS = lazy(r"[「」『』]")
# 「詳細隱私權政策內容將在此處補充」: the body to be added in place
_HERE_LATER = lazy(
    rf"(?P<slot>(?:內容|内容|內文|内文|條文|条文|說明|说明|文字|政策){IN_CLAUSE}{{0,4}}?(?:將會|将会|將|将|會|会|待|稍後|稍后|日後|日后)"
    r"(?:在|於|于)?(?:此處|此处|這裡|这里|此頁|此页|本頁|本页)(?:補充|补充|補上|补上|填寫|填写|填入|加入))"
)
_HERE_NEEDS = lazy(r"[此這这本]")
# a change announced, earlier in the clause: 「如有修訂，內容將於本頁…」 (not a body left out)
_CHANGE_BEFORE = lazy(rf"(?:修訂|修订|修改|變更|变更|更新|異動|异动){IN_CLAUSE}{{0,12}}\Z")
# the reader in the clause: 「您可於正式版本中設定」, 「建議您在簽署前請律師審閱」
_READER = lazy(r"[您你妳]|閣下|阁下|用戶|用户|使用者|會員|会员")
_CLAUSE_BEFORE = lazy(r"[^。；;！!？?\n，,]{0,12}\Z")
# a party's duty in a contract, just before the step: 「乙方应于上线前提供客服电话及负责人信息」 is a clause the parties agreed,
# not a note to the drafter (「正式上线前需补上实际服务商清单」 names no party)
_PARTY_DUTY = lazy(
    rf"(?:{CONTRACT_PARTIES}|[运運][营營]者)"
    r"[ \t\u3000]*(?:[应應][当當]?|[须須]|需|必[须須]|[负負][责責]|承[诺諾])(?:[于於在])?[ \t\u3000]*\Z"
)

# RankWoven: a section's body written as an instruction to its author
_ZH_ORDER = lazy(
    r"(?:^|(?<=[。！？!?'\"`「：:；;]))[ \t]*(?P<slot>(?:請|请)(?:在此|於此|于此|在這裡|在这里)?"
    r"(?:定義|定义|說明|说明|描述|列出|公開|公开|載明|载明|填寫|填写|補充|补充|寫明|写明|註明|注明)"
    rf"{IN_CLAUSE}{{0,48}}?(?:保留期限|保存期限|保留期間|保存期間|保存期间|法律主體|法律主体|支援地址|支持地址|生效日期|通知方式"
    r"|套餐權益|套餐权益|用量上限|結算週期|结算周期|終止權|终止权|支援承諾|支持承诺|退款政策|資料類型|数据类型)"
    rf"{IN_CLAUSE}{{0,80}})"
)
_ZH_SKELETON = lazy(
    rf"(?P<slot>(?:這|这|本頁|本页|此頁|此页|本文件|本文档)(?:是|為|为){IN_CLAUSE}{{0,14}}?(?:文件|文档|政策|條款|条款|頁面|页面)骨架"
    rf"|(?:請|请)(?:替換|替换|換|换)(?:成|為|为)(?:已批准|已核准|正式|實際|实际|最終|最终)的?(?:政策|條款|条款|內容|内容|文字|版本){IN_CLAUSE}{{0,8}})"
)
_ZH_ORDER_NEEDS = lazy(r"[請请這这本此]")
_EN_ORDER = lazy(
    r"(?:^|(?<=[.!?'\"`:;]))[ \t]*(?P<slot>(?:Describe|Define|Publish|Specify|Insert|Explain|Fill[ \t]+in|Enter)(?:[ \t]+here)?[ \t]+"
    r"(?![^.\n]{0,60}\byour?\b)[^.\n]{0,60}?\b(?i:retention[ \t]+periods?|legal[ \t]+entity|support[ \t]+address|effective[ \t]+date"
    r"|contact[ \t]+(?:details|e-?mail|address|information)|plan[ \t]+entitlements|usage[ \t]+limits|billing[ \t]+cycles"
    r"|termination[ \t]+rights|support[ \t]+commitments|refund[ \t]+(?:policy|rules)|governing[ \t]+law|data[ \t]+categories"
    r"|categories[ \t]+of[ \t]+(?:personal[ \t]+)?data|third[- ]party[ \t]+processors)\b[^.\n]{0,120})"
)
_EN_PLACEHOLDER_PAGE = lazy(
    r"(?i:(?P<slot>\bthis[ \t]+(?:page|document|policy|section|text)[ \t]+is[ \t]+an?[ \t]+(?:[\w-]+[ \t]+){0,2}?placeholder\b"
    r"|\breplace[ \t]+(?:the|this|these)[ \t]+(?:sections?|text|content|page|placeholders?)\b[^.\n]{0,40}?\bwith[ \t]+(?:the[ \t]+|your[ \t]+)?"
    r"(?:approved|final|actual|real|official)\b[^.\n]{0,60}))"
)
_EN_ORDER_NEEDS = lazy(r"(?i:describe|define|publish|specify|insert|explain|fill|enter|placeholder|replace)")

# (u37r3, round37d) a pending marker in brackets naming the team member who must still confirm a value: 「本站经营者名称
# （待幕僚长确认）」, 「适用法律（待法务确认）」, 「（待律师审核）」.  The one who confirms is the operator's own staff (a
# closed list of roles); not the reader (「（待您确认）」), nor a party of the app's flows (「订单（待商家确认）」, a state)
_STAFF = (
    r"(?:幕僚长|幕僚長|法务|法務|律师|律師|法律顾问|法律顧問|法律团队|法律團隊|合规|合規|管理层|管理層|老板|老闆|负责人|負責人"
    r"|产品负责人|產品負責人|运营者|運營者|经营者|經營者|站长|站長|董事会|董事會|创始人|創始人|主管|(?i:CEO|COO|CTO|PM))"
)
_STAFF_PENDING = lazy(
    rf"[（(][ \t]*(?P<slot>待{_STAFF}[ \t]*(?:确认|確認|审核|審核|审定|審定|审阅|審閱|决定|決定|定稿|补充|補充|填写|填寫))[ \t]*[）)]"
)
_STAFF_NEEDS = lazy(r"待")
# (u37r3, round37d gatherup-tsx) an English field label marked "(placeholder)" before its value: "Contact email
# (placeholder): privacy@…"; an English word before it (not 「提示文字（placeholder）」, a gloss of a UI term)
_EN_PLACEHOLDER_LABEL = lazy(
    r"(?<=[A-Za-z])[ \t]*(?P<slot>[（(][ \t]*(?i:placeholder|tbd|to[ \t]+be[ \t]+confirmed)[ \t]*[）)])[ \t]*[:：]"
)
_EN_PLACEHOLDER_NEEDS = lazy(r"(?i:placeholder|tbd|confirmed)")
# (u37r3, round37d) a release-draft mark after a title: 「隐私说明（发布草案）」, 「（上线前草稿）」 (not inside 《…》, a cited name)
_RELEASE_DRAFT = lazy(
    r"[（(][ \t]*(?P<slot>(?:发布|發布|發佈|上线|上線|公开|公開|正式版?)(?:前)?(?:草案|草稿|初稿))[ \t]*[）)](?![^《》\n]{0,40}》)"
)
_RELEASE_NEEDS = lazy(r"[草初]")
# (u37r3, round37d voaslow-js) an English description opening with the document called a draft: "Draft terms.", "Draft
# privacy policy. For restoring…"; the phrase is the whole sentence (not "Draft terms are saved…", nor "Draft messages")
_EN_DRAFT_DOC = lazy(
    r"(?:\A|(?<=[.!?:\n\"'`>]))[ \t*_#]*(?P<slot>(?i:draft)[ \t]+(?i:(?:privacy|refund|cookie)[ \t]+(?:policy|notice|statement)"
    r"|terms(?:[ \t]+(?:of[ \t]+(?:service|use)|and[ \t]+conditions))?|user[ \t]+agreement))[ \t]*(?:[.。:：]|\Z)"
)
_EN_DRAFT_DOC_NEEDS = lazy(r"(?i:draft)")
# (u37r3, round37d hbm-md) a note to whoever deploys the text: before release, the operator is to add a fact according
# to the deployment it chose: 「正式发布前，运营者应根据实际部署地域和所选服务商补充跨境处理说明与保存期限」.  The step opens
# the clause, then the deployer in the third person, a duty, what the fact depends on (the deployment, the providers
# chosen), a verb of adding and the fact.  Not a party's duty before the step (「小程序运营者应在上线前补充…」, a platform's
# term), nor a duty that depends on nothing chosen (「开发者应根据实际情况提供客服电话」)
_DEPLOYER_NOTE = lazy(
    rf"(?P<slot>{_FINAL_STEP}[ \t]*[，,][ \t]*(?:运营者|運營者|运营方|運營方|部署者|部署方)(?:应|應|须|須|需要?|必须|必須)"
    rf"{IN_CLAUSE}{{0,4}}?(?:根据|根據|按照|依据|依據|视|視){IN_CLAUSE}{{0,8}}?(?:部署|所选|所選|选用|選用|选择的|選擇的)"
    rf"{IN_CLAUSE}{{0,24}}?{_ADD_VERB}{IN_CLAUSE}{{0,24}}?{_FACT})"
)
_DEPLOYER_NEEDS = lazy(r"[署选選]")
_QUOTE_OPEN = ("「", "『", "“", '"', "`")
_QUOTE_CLOSE = ("」", "』", "”", '"', "`")


def _slot(start: int, m: re.Match[str]) -> tuple[int, int]:
    """The offsets of the match's `slot` group in its unit (the scan's `start` is the whole match's)."""
    return start + m.start("slot") - m.start(), start + m.end("slot") - m.start()


def _said_to_reader(unit: TextUnit, lo: int, hi: int) -> bool:
    """Whether the reader is named in the slot or in the clause just before it, or a party's duty opens the slot
    (「乙方应于上线前提供…」: a contract's term, review u36x)."""
    if _READER.search(unit.text, lo, hi):
        return True
    before = _CLAUSE_BEFORE.search(unit.text, max(0, lo - 12), lo)
    return before is not None and (_READER.search(before.group()) is not None or _PARTY_DUTY.search(before.group()) is not None)


def _labels(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    """Status labels: 「上線前草案」, 「未發布 · 待確認」 as a label of their own; "Draft – pending legal review" as a whole unit."""
    for unit, start, _, m in ctx.scan(_STATUS_LABEL, needs=_STATUS_NEEDS):
        lo, hi = start + m.start("label") - m.start(), start + m.end("label") - m.start()
        if in_code(unit, start):
            continue
        if _STATUS_ALONE_FULL.fullmatch(unit.text, lo, hi) is None and _LABEL_END.match(unit.text, hi) is None:
            continue  # (u37x2) 「狀態可能為：草稿 / 待審核 / 已發布」: states listed in a sentence, not the text's own label
        yield unit, lo, hi
    for unit in ctx.units():
        if len(unit.text) <= 48 and (label := _EN_STATUS_LABEL.fullmatch(unit.text)) is not None:
            yield unit, label.start("label"), label.end("label")


_ASKING: set[int] = set()  # the contexts whose other note findings are being computed (see `draft_slots`)


def draft_slots(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    """(unit, start, end) of every slot of the forms above that `placeholder-drafting` or `placeholder-publisher-note` does
    not report already: a draft note those rules find (「隐私政策（草稿）」, 「本文档是…的隐私政策草案」, 「请在上线前补充
    本政策中的第三方SDK清单」) stays their finding, one defect one finding, and its rule id is kept (a finding here over a
    drafting one would only rename it; over a publisher's note it would be a second one)."""
    yield from outside_drafting_notes(ctx, _draft_slots(ctx))


def outside_drafting_notes(ctx: Context, found: Iterable[tuple[TextUnit, int, int]]) -> Iterator[tuple[TextUnit, int, int]]:
    """The slots of `found` that `placeholder-drafting` or `placeholder-publisher-note` does not report already (one
    defect, one finding); none when asked from within those rules (they read this rule's slots: no recursion).  Also
    used by `placeholder_prelaunch` (u38r)."""
    if id(ctx) in _ASKING:
        return  # asked from within the rules below (the publisher's note reads this rule's slots): none, no recursion
    slots = list(found)
    if not slots:
        return
    # (imported here: those rules read `placeholder_instruction`, whose package imports this module's caller)
    from policylens.rules.placeholder_drafting import PlaceholderDrafting
    from policylens.rules.placeholder_publisher_note import PlaceholderPublisherNote

    _ASKING.add(id(ctx))
    try:
        drafted = [
            (f.line, f.column, f.end_line, f.end_column)
            for rule in (PlaceholderDrafting(), PlaceholderPublisherNote())
            for f in rule.check(ctx)
        ]
    finally:
        _ASKING.discard(id(ctx))
    for unit, lo, hi in slots:
        line, col, end_line, end_col = unit.span(lo, hi)
        if not any((line, col) < (e_line, e_col) and (d_line, d_col) < (end_line, end_col) for d_line, d_col, e_line, e_col in drafted):
            yield unit, lo, hi


def _draft_slots(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    """(unit, start, end) of every slot of the forms above, in document order per form."""
    for unit, start, _, m in ctx.scan(_DRAFT_TITLE, needs=_DRAFT_NEEDS):
        lo, hi = _slot(start, m)
        if in_code(unit, start) or _FORMER.search(unit.text, max(0, lo - 24), lo):
            continue
        if _PUT_OUT.search(unit.text, max(0, lo - 24), lo) or _FOR_COMMENT.match(unit.text, hi):
            continue  # (u37x2) a draft of the policy's history, not the text as published
        yield unit, lo, hi
    for unit, start, end, m in ctx.scan(_EN_DRAFT, needs=_EN_DRAFT_NEEDS):
        if in_code(unit, start):
            continue
        if _EN_THIS.match(m.group()) and not _SENTENCE_OPEN.search(unit.text, max(0, start - 80), start):
            continue  # (u37x2) "…, this is a draft that only you can see", "Drafts you save are not for publication"
        if _EN_PUT_OUT.search(unit.text, max(0, start - 60), start) or _EN_FOR_COMMENT.match(unit.text, end):
            continue  # (u37x2) "2023-01-05: Privacy Policy draft published for public comment": the policy's history
        yield unit, start, end
    yield from _labels(ctx)
    for pattern in (_REVIEW_BEFORE_STEP, _FINAL_BY_LAWYER):
        for unit, start, _, m in ctx.scan(pattern, needs=_REVIEW_NEEDS):
            lo, hi = _slot(start, m)
            if in_code(unit, start) or _said_to_reader(unit, lo, hi):
                continue
            if pattern is _REVIEW_BEFORE_STEP and _TEXT_SUBJECT.search(unit.text, max(0, lo - 24), lo) is None:
                continue  # (u37x2) 「我們的新產品在上線前，均需經法務審核」: the company's own review process, not this text's
            yield unit, lo, hi
    for unit, start, end, m in ctx.scan(_EN_REVIEW, needs=_EN_REVIEW_NEEDS):
        if in_code(unit, start):
            continue
        if _EN_BEFORE_LAUNCH.match(m.group()) and _EN_TEXT_SUBJECT.search(unit.text, max(0, start - 80), start) is None:
            continue  # (u37x2) "All new features must be reviewed by our legal team before launch": a process
        yield unit, start, end
    for unit, start, _, m in ctx.scan(_LATER_FACT, needs=_LATER_NEEDS):
        lo, hi = _slot(start, m)
        if in_code(unit, start) or _said_to_reader(unit, lo, hi) or _QUOTE_MARKS.search(unit.text, lo, hi):
            continue  # 「上线前补充」, 「个人信息保护负责人联系方式」: quoted forms, a list of examples
        if _AFTER_LAUNCH.match(unit.text, lo):
            continue  # (u37x2) 「正式版本上线后，我们将通过公告提供客服电话」: a beta's promise for after launch, no fact left blank
        yield unit, lo, hi
    for unit, start, _, m in ctx.scan(_HERE_LATER, needs=_HERE_NEEDS):
        lo, hi = _slot(start, m)
        if not in_code(unit, start) and not _CHANGE_BEFORE.search(unit.text, max(0, lo - 16), lo):
            yield unit, lo, hi
    for pattern in (_ZH_ORDER, _ZH_SKELETON):
        for unit, start, _, m in ctx.scan(pattern, needs=_ZH_ORDER_NEEDS):
            lo, hi = _slot(start, m)
            if not in_code(unit, start) and not _READER.search(unit.text, lo, hi):
                yield unit, lo, hi
    for pattern, needs in (
        (_STAFF_PENDING, _STAFF_NEEDS),
        (_EN_PLACEHOLDER_LABEL, _EN_PLACEHOLDER_NEEDS),
        (_RELEASE_DRAFT, _RELEASE_NEEDS),
        (_EN_DRAFT_DOC, _EN_DRAFT_DOC_NEEDS),
        (_DEPLOYER_NOTE, _DEPLOYER_NEEDS),
    ):
        for unit, start, end, m in ctx.scan(pattern, needs=needs):
            lo, hi = _slot(start, m)
            if in_code(unit, start) or _READER.search(unit.text, lo, hi):
                continue
            if unit.text[start - 1 : start] in _QUOTE_OPEN and unit.text[end : end + 1] in _QUOTE_CLOSE:
                continue  # 「（待幕僚長確認）」 quoted whole: the marker named in a note about it (eval/precision32 README), not left in
            yield unit, lo, hi
    for pattern in (_EN_ORDER, _EN_PLACEHOLDER_PAGE):
        for unit, start, _, m in ctx.scan(pattern, needs=_EN_ORDER_NEEDS):
            if not in_code(unit, start):
                yield unit, *_slot(start, m)


__all__ = ["draft_slots", "outside_drafting_notes"]
