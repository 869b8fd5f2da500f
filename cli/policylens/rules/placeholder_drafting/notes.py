"""The notes to the author that placeholder-drafting finds, as patterns: the Chinese forms (`_NOTES`, joined into `_NOTE`:
本政策为草案, 待法务终审, 正式发布前应补充…) and the English ones (`_NOTE_EN`: This policy is a draft, Replace with
your …, pending legal review)."""

from __future__ import annotations

from policylens.lazyre import lazy
from policylens.patterns import IN_CLAUSE

# After a draft word that is the head of the predicate: the clause ends, or it goes on about the draft's state (草稿版,
# 草稿状态), never into a longer noun (草案说明, 草案第三条, 草案阶段, 草案的修改).
_DRAFT_END = r"(?!(?![版状狀尚仍待仅僅])[\u4e00-\u9fff])"  # (no Chinese character but these follows; sees no newline)
# What the finaliser is to do to a value: write it down (明定, 写明, 载明…), supply or confirm it.
_FINALISE_VERB = (
    r"(?:明定|明确|明確|确定|確定|写明|寫明|载明|載明|列明|订明|訂明|注明|註明|补充|補充|填写|填寫|填入|确认|確認|替换|替換|补齐|補齊)"
)
# The facts a policy must state, as the noun right before a note that leaves them to be confirmed (two characters each: a
# lookbehind's alternatives are one width): the period, the place, the name, the address, the contact, the scope.
_FACT_NOUN = "期限|年限|时限|時限|位置|地点|地點|在地|名称|名稱|全称|全稱|地址|邮箱|郵箱|信箱|电话|電話|方式|主体|主體|范围|範圍"
# Notes to the author, addressed to whoever finishes the text (each one a whole clause).
_NOTES = (
    # 本政策为草案, 本文档是…隐私政策草案, 本草案基于当前代码撰写: the text calls itself a draft
    # The draft word is what the text is, the head of its predicate: not a draft it is about (本文件系根据…草案说明撰写的
    # 正式文本, 本文为对草案第三条的说明, 本文是草案阶段意见征集的回应说明: the word goes on into a longer noun; review rv13b).
    # (本页面内容为…草案: the page's content, round21's first run)
    # (u34r, round33's weihe-tsx: 本页为隐私政策草稿，正式发布前须经法务…审核: the page, 页 alone)
    r"本(?:隐私|隱私)?(?:政策|指引|文档|文檔|文件|声明|聲明|协议|協議|页面|頁面|页|頁|文本)(?:内容|內容)?(?:目前|当前|當前|仍|尚|现|現)?(?:为|為|是|系|属于|屬於)"
    rf"{IN_CLAUSE}{{0,30}}?(?:草稿|草案|初稿|征求意见稿|徵求意見稿|讨论稿|討論稿|模板稿)" + _DRAFT_END,
    # 本文為草稿，尚待正式複核後生效: 本文 too, the draft word right after its verb (a real unreleased policy met while
    # searching for eval/dev13, whose repository could not be fetched: in the tests, not in eval/dev13)
    r"本文(?:目前|当前|當前|仍|尚|现|現)?(?:为|為|是|系)(?:一份|一篇)?(?:草稿|草案|初稿|征求意见稿|徵求意見稿|讨论稿|討論稿|模板稿)"
    + _DRAFT_END,
    r"本(?:草案|草稿|初稿)",
    # 本隐私政策仅为演示版本: a theme's or a starter's sample page (round21's first run; not 以下示例仅为演示, an example
    # the policy gives, nor 演示视频, a feature)
    r"本(?:隐私|隱私)?(?:政策|指引|文档|文檔|文件|声明|聲明|页面|頁面|文本)(?:内容|內容)?(?:仅|僅|只)?(?:为|為|是|系|作为|作為|用作)"
    r"(?:一份|一个|一個)?(?:演示|示范|示範|示例|範例|范例)(?:版本|版|用途|用|文本|文字|内容|內容|页面|頁面)(?![\u4e00-\u9fff])",
    # 当前如未接入支付，可保留为…, 如未接入，可删除或标注未启用: the author's choice for a feature not yet integrated
    # (a cell of a third-party table; round21's first run)
    r"(?:如|若|如果)(?:尚|暂|暫|还|還)?未(?:接入|集成|对接|對接)[^。；;\n]{0,12}?[，,][ \t\u3000]*(?:可|请|請|则|則)?"
    r"(?:保留|删除|刪除|标注|標註|标记|標記|移除|去掉|删去|刪去)",
    # 本页可直接托管在 GitHub Pages: a note to the developer on where to put the page (round21's first run)
    r"本(?:页|頁|页面|頁面|文件|文档|文檔)(?:可|可以)?(?:直接)?(?:托管|部署|上传|上傳)(?:在|于|於|到|至)",
    # 此政策尚未完成编写，目前不具有任何效力: the text says it is still being written (a real unreleased policy met while
    # searching for eval/dev13, not in it; not 本政策未定义的术语, 尚未完成注册的用户: the verb must be the writing of the text
    # itself; not a relative clause, 本政策正在起草的新版本, 该文件仍在编写中的附件: review rv13b)
    r"(?:本|此|该|該)(?:隐私|隱私)?(?:政策|指引|文档|文檔|文件|声明|聲明|页面|頁面|文本)(?:目前|当前|當前|仍|还|還)?"
    r"(?:尚未完成|尚未|仍在|正在|还在|還在)(?:编写|編寫|撰写|撰寫|起草|定稿)(?![中之]?[的之])",
    # 待法务终审, 未经法律审核: a review the text has not had (not 须经法务审核, a control a policy may describe)
    # (待法务/责任人确认: the legal team or another role, q20v's dev set `eval/dev20p/questify-draft-html`)
    # (twenty-ninth session, round29: 草案 · 待正式法律审核, the review qualified as the formal or final one)
    # (u56f: 本模板为团队内部起草，未经法务专业审核 — a drafter's disclaimer in real templates: 专业 before the review)
    r"(?:待|尚待|有待|未经|未經|尚未经过?|尚未經過?)[ \t\u3000]*(?:(?:正式|最终|最終)的?[ \t\u3000]*)?"
    r"(?:法务|法務|律师|律師|法律|法律顾问|法律顧問)(?:部门|部門|团队|團隊)?(?:专业|專業)?"
    r"(?:[/／、或及和与與](?:责任人|責任人|负责人|負責人|运营|運營|合规|合規|产品|產品|管理层|管理層)(?:负责人|負責人)?){0,2}[ \t\u3000]*"
    r"(?:终审|終審|审核|審核|审阅|審閱|审订|審訂|审定|審定|复核|複核|确认|確認|审查|審查)",
    r"待(?:合规|合規)(?:终审|終審|审核|審核|审阅|審閱|确认|確認)",
    # (twenty-eighth session, round28b) 正式法律審閱尚待完成, 法务审核仍未完成: the same review, its noun first and the pending
    # after it (not 法律审核通过后生效 or 须经法务审核: nothing pending; not 您的申请审核尚未完成: the review must be a legal one)
    r"(?:法律|法务|法務|律师|律師|合规|合規)(?:顾问|顧問)?[ \t\u3000]*(?:终审|終審|审核|審核|审阅|審閱|复核|複核|审查|審查|把关|把關)(?:工作|流程)?"
    # (the clause ends there: not 在合规审核尚未完成前，我们不会提供…, a step the policy describes)
    r"[ \t\u3000]*(?:尚待|有待|仍待|尚未|仍未|还未|還未|暂未|暫未)[ \t\u3000]*+(?:完成|进行|進行|开展|開展|通过|通過)?"
    # (written as "no character follows but these": the end of a text and the joined scan's separator alike)
    r"[ \t\u3000]*+(?![^。．.；;，,！!？?）)\]】\n])",
    # (twenty-ninth session, round29) 启用生产收费前，仍须完成正式法律与地区隐私审核: a legal review the text still has to
    # pass (仍/尚 before the must: not 您的申请须经法律审核, a step the policy describes; a legal review, not 仍需完成实名认证)
    # (review u29x: only the formal or final review still to complete; not 还需经过合规部门的审核 or 尚须通过法务部门审查, a
    # step of a transfer the policy describes)
    r"(?:仍|尚|还|還)[ \t\u3000]*(?:须|須|需|需要|待|有待)[ \t\u3000]*完成[ \t\u3000]*"
    r"(?:正式|最终|最終)的?[ \t\u3000]*(?:法律|法务|法務|律师|律師)[^。！!？?\n]{0,12}?"
    r"(?:审核|審核|审阅|審閱|审查|審查|复核|複核)",
    # (twenty-eighth session, round28b) 待填写的信息尚未确认: the text says the facts left to fill in are still unconfirmed
    # (a page subtitle over a draft's [待填写：…] fields); the to-be-filled noun and its pending state (not 请完善待填写资料,
    # a form's state the user is told to complete: no 尚未/仍未 after it)
    r"待(?:填写|填寫|补充|補充|补全|補全|完善|核定)的?(?:信息|資訊|资料|資料|内容|內容|事项|事項|项目|項目|字段|欄位|部分|条目|條目)"
    r"[ \t\u3000]*+(?:均|皆|都|仍|尚|目前|当前|當前)?[ \t\u3000]*+(?:尚未|仍未|还未|還未|未经|未經|尚待|有待)"
    r"(?:确认|確認|核实|核實|核定|确定|確定|审核|審核|提供|填写|填寫)",
    # (twenty-seventh session, round27) 保留期限与对外托管位置待运营方确认: a fact the policy must state (a period, a place, a
    # name, an address, a contact) left for the operator or another drafting role to confirm or supply; only right after
    # the fact's noun (均/仍/尚 between), not 您的申请待运营方确认, a step the policy describes; 待法务… is the pattern above
    rf"待(?:(?<=(?:{_FACT_NOUN})待)|(?<=(?:{_FACT_NOUN})[均仍尚暂暫还還皆]待))[ \t\u3000]*"
    r"(?:运营方|運營方|运营者|運營者|运营主体|運營主體|运营团队|運營團隊|产品方|產品方|业务方|業務方|甲方|项目方|項目方|负责人|負責人)"
    r"[ \t\u3000]*(?:确认|確認|补充|補充|提供|填写|填寫|核实|核實|决定|決定|明确|明確|确定|確定|定稿)",
    # 保存期限待确认: a period the text does not give yet (with no one named: only a period, never a state like 订单待确认)
    r"待(?:(?<=(?:期限|年限|时限|時限)待)|(?<=(?:期限|年限|时限|時限)[均仍尚暂暫还還皆]待))[ \t\u3000]*(?:确认|確認|明确|明確|确定|確定)",
    # 隐私政策将在 T9 任务中进一步完善并补充法律顾问审阅后的正式文本: the formal text is still to come, so this one is a
    # stand-in (round27); a verb of supplying or publishing it after a future word, the formal or final text as its object
    # (not 我们将在正式版本发布后更新本政策: the verb before 正式; not 本政策为正式版本: `_FINAL` below)
    r"(?:将|將|会|會|后续|後續|稍后|稍後|日后|日後|另行)"
    rf"{IN_CLAUSE}{{0,30}}?(?:补充|補充|替换为|替換為|替换成|替換成|更新为|更新為|发布|發布|提供|出具|上线|上線)"
    rf"{IN_CLAUSE}{{0,16}}?(?:正式|最终|最終)的?(?:法律)?(?:文本|文字|条款|條款|(?:隐私|隱私)(?:政策|声明|聲明)"
    r"|版本?的?(?:隐私|隱私)(?:政策|声明|聲明))",
    # 不可直接发布, 不得直接上线
    r"(?:不可|不得|请勿|請勿|切勿)直接(?:发布|發布|上线|上線|对外发布|對外發布|公开|公開)",
    # 正式发布前应补充…, 正式发布前建议补充…, 上架前需确认…, 法务定稿前须重点确认: a step before release (the product's, not the
    # user's: bare 发布前请确认 is advice to a user publishing content, see placeholder-instruction)
    r"(?:正式(?:发布|發布|上线|上線|版)|公开(?:发布|發布|上线|上線)|公開(?:發布|发布|上線|上线)|对外(?:发布|發布)|對外(?:發布|发布)"
    r"|商业(?:发布|上线|化)|商業(?:發布|上線|化)|(?<![商产產])上架|提审|提審|送审|送審|定稿|终稿|終稿)前[，,]?[ \t\u3000]*"
    # (仍需, 还须: the step is still to be done; q20v, `eval/dev20p/questify-launch-html`)
    # (你应…: kept only above the slots it asks to fill, see `_over_slots`; round21's first run)
    r"(?:[你您][ \t\u3000]*)?(?:(?:仍|还|還|尚)[ \t\u3000]*)?"
    r"(?:应当|應當|应该|應該|应|應|需要|需|须|須|必须|必須|请|請|务必|務必|要|(?:建议|建議)(?!商家|卖家|賣家|用户|用戶|您|你|开发者|開發者))"
    rf"{IN_CLAUSE}{{0,30}}?(?:补充|補充|填写|填寫|填入|替换|替換|删除|刪除|确认|確認|完善|更新|修改|核对|核對|核实|核實|审阅|審閱|结合|結合|补齐|補齊)",
    # （建議定稿時明定年限，例如 5 年）, 需於定稿時確認…, 定稿時須補充…: the same step tied to the moment the text is
    # finalised, the modal before it or 時 for 前 (twenty-sixth session, `eval/blind/round26b`: two such notes in a
    # zh-Hant draft's parentheses); only the text's own finalisation or release (not 合同定稿, a contract the policy
    # names), and a verb of writing a value down or supplying it (明定, 写明, 补充, 确认…)
    r"(?:建议|建議|需要?|须|須|应当|應當|应|應|请|請|务必|務必|宜)[ \t\u3000]*+(?:于|於|在)?[ \t\u3000]*+"
    r"(?<!合同|合約|合约)(?:定稿|终稿|終稿|正式(?:发布|發布|上线|上線)|公开发布|公開發布)(?:时|時|前|之前)[，,]?[ \t\u3000]*"
    rf"{_FINALISE_VERB}",
    r"(?<!合同|合約|合约)(?:定稿|终稿|終稿)(?:时|時)[，,]?[ \t\u3000]*"
    r"(?:应当|應當|应该|應該|应|應|需要?|须|須|必须|必須|请|請|务必|務必|要|建议|建議)"
    rf"{IN_CLAUSE}{{0,12}}?{_FINALISE_VERB}",
    # 公开测试前必须补充运营主体、联系方式…完整隐私政策: the public beta's release, when what is to be added is the policy's own
    # content (eval/dev14's first commit of a mini-program page); not 参加公测前请阅读本协议, 公测前请更新至最新版本的App,
    # 加入公测前需要您补充实名认证信息: the user's steps before joining the beta (review rv14a)
    r"(?<!参加|参与|加入|申请|參加|參與|申請)(?:公开测试|公開測試|公测|公測)前[，,]?[ \t\u3000]*"
    r"(?:应当|應當|应该|應該|应|應|需要|需|须|須|必须|必須|务必|務必|要)"
    rf"{IN_CLAUSE}{{0,12}}?(?:补充|補充|完善|补齐|補齊|填写|填寫){IN_CLAUSE}{{0,30}}?"
    r"(?:运营主体|運營主體|联系方式|聯繫方式|聯絡方式|隐私政策|隱私政策|完整政策|本政策)",
    # 上架 Chrome/Edge 商店时需提供…，并补充英文版本: the same step when the listing is made (a store named
    # between: 上架 … 商店时, 提审 App Store 时)
    r"(?:上架|提审|提審|送审|送審)[A-Za-z0-9 \t\u3000/&+.-]{0,30}?(?:商店|市场|市場|应用商店|應用商店|App Store|Google Play)[ \t\u3000]{0,2}(?:时|時)[，,]?[ \t\u3000]*"
    r"(?:应当|應當|应该|應該|应|應|需要|需|须|須|必须|必須|请|請|务必|務必|要)"
    rf"{IN_CLAUSE}{{0,30}}?(?:补充|補充|填写|填寫|填入|替换|替換|删除|刪除|完善|更新|修改)",
    # 待办（上架前）：…: the author's to-do list for the release
    r"(?:待办|待辦)(?:事项|事項)?[ \t\u3000]*[（(][ \t\u3000]*(?:上架|发布|發布|上线|上線|提审|提審|送审|送審|公开|公開)前[ \t\u3000]*[)）]",
    # 附：需要替换的占位符清单, 占位符说明: a list of the slots to fill, left in the text
    r"(?:需要?|须|須|必须|必須|应|應|待|要)(?:替换|替換|填写|填寫|补充|補充)的?(?:占位符|佔位符|占位项|佔位項|占位内容|佔位內容)",
    r"(?:占位符|佔位符)(?:清单|清單|列表|一览|一覽|说明|說明|替换表|替換表)",
    # 以下占位符需在发布前替换, 请替换文中的占位符: the author still has slots to fill (not 占位图片, an app's images)
    rf"(?:占位符|佔位符)(?![图圖像]){IN_CLAUSE}{{0,20}}?(?:替换|替換|填写|填寫|删除|刪除)",
    # (u49p2, eval/pairs42c tt-add) not 「把真实的标识和内容替换成合成占位符」: replacing real data WITH placeholders is
    # redaction the reader is advised to do (before sharing logs), not a slot the author still has to fill
    rf"(?:替换|替換|填写|填寫)(?![成为為]){IN_CLAUSE}{{0,12}}?(?:占位符|佔位符)(?![图圖像])",
    # 占位内容，上线前必须由法务替换; 本页为占位框架: the text says it is a stand-in to replace (q20v, `eval/dev20p`);
    # not 占位符, 占位图 (the app's placeholders: above and `_PLACEHOLDER_UI`)
    # (a modal or the release before the verb: 图片加载前显示占位内容，加载完成后自动替换 is the app's own placeholder)
    rf"(?:占位|佔位)(?:内容|內容|框架|文本|文字|稿|草稿|页面|頁面){IN_CLAUSE}{{0,20}}?"
    r"(?:上线|上線|发布|發布|正式|法务|法務|必须|必須|需要?|须|須|应|應|请|請|务必|務必)"
    rf"{IN_CLAUSE}{{0,10}}?(?:替换|替換|删除|刪除|填写|填寫|补充|補充)",
    r"本(?:页|頁|页面|頁面|文|文档|文檔|文件|政策|说明|說明|文本)(?:内容|內容)?(?:目前|当前|當前|仍|暂|暫)?(?:为|為|是|系)(?:一个|一個|一份)?"
    r"(?:占位|佔位)(?:框架|内容|內容|页面|頁面|文本|文字|稿|草稿|草案)",
    # (twenty-eighth session, round28) Phase 1 仅作为 PIPL stub 的占位渲染源: the text says it only stands in as a
    # placeholder (what it is: a source, a text, a page; not 仅作为占位图, an app's placeholder image, nor 占位内容显示…,
    # a UI element going on into its verb)
    r"(?:仅|僅|只)(?:作为|作為|用作|充当|充當)[^。！!？?\n，,]{0,24}?的?(?:占位|佔位)"
    r"(?:渲染源|数据源|數據源|来源|來源|文本|文字|内容|內容|页面|頁面|版本|稿|文件|文档|文檔)(?![\u4e00-\u9fff])",
    # (twenty-eighth session, round28) **草稿，尚未對外發布。**: the draft word opening its clause, then that the text is
    # not published yet (not 该草案尚未生效, a bill; not 草稿：未发布的内容仅本地保存, a user's drafts: 尚/仍/还/暂 before 未, and
    # no relative clause after the verb)
    r"(?<![\u4e00-\u9fffA-Za-z])(?:草稿|草案|初稿)[，,][ \t\u3000]*(?:尚未|仍未|还未|還未|暂未|暫未)(?:正式)?(?:对外|對外|公开|公開)?"
    r"(?:发布|發布|發佈|公布|公佈|上线|上線|生效|定稿)(?![的之])",
    # (twenty-eighth session, round28) 發布前必須先處理（給營運者）: a note addressed in brackets to the operator who publishes
    # the text or to its lawyer (not （给开发者）: a developer platform's policy speaks to developers, its readers)
    r"[（(][ \t\u3000]*(?:给|給|致)[ \t\u3000]*(?:运营者|運營者|营运者|營運者|运营方|運營方|营运方|營運方|运营团队|運營團隊|營運團隊|营运团队"
    r"|法务|法務|律师|律師|撰稿人|作者)[ \t\u3000]*+(?:参考|參考|看|处理|處理|确认|確認)?[ \t\u3000]*+[）)]",
    # 版本：网站静态首发草案: the version line calls the text a draft, words before the draft word (q20v,
    # `eval/dev20p/questify-launch-html`; 版本：草案 v1… is `placeholder_left_in`'s note, reported there as before;
    # not 版本：正式版（取代征求意见稿）, `_FINAL`, nor 《…（草案）》, a bill the line cites)
    r"(?:版本|版本号|版本號|(?i:version))[ \t\u3000]*(?:\*+[ \t\u3000]*)?[：:][ \t\u3000]*(?:\*+[ \t\u3000]*)?[^\n。《》：:]{1,20}?"
    r"(?:草案|草稿|初稿|征求意见稿|徵求意見稿|讨论稿|討論稿)" + _DRAFT_END,
    # 待补内容, 本节待更新
    # (as a label or a bracketed note: 5. **待补内容**——…, 【待补充信息】; not 请完善待补充资料, a form's state)
    r"(?P<todo>待(?:补|補)(?:充)?(?:内容|內容|信息|資訊|资料|資料|事项|事項|项目|項目))",
    r"本(?:节|節|段|章|条|條|部分)(?:内容|內容)?(?:待|尚待|有待|暂未|暫未|尚未)(?:更新|补充|補充|完善|撰写|撰寫|填写|填寫|确认|確認|编写|編寫)",
    # (thirty-third session, round33b) 【此段說明將依律師確認之…結果調整，…】: a note opening a bracket that says this
    # paragraph will still be rewritten or completed (not 本段所述权利将依法律调整, prose without the bracket, nor
    # 【此段为示例】, which says nothing of a later edit)
    r"[【\[［][ \t\u3000]*(?:此段|本段|该段|該段|此节|此節|本节|本節)(?:说明|說明|内容|內容|文字)?[ \t\u3000]*"
    r"(?:将|將|会|會|需|须|須|待|尚待|有待)[^】\]］\n]{0,60}?"
    r"(?:调整|調整|补充|補充|修改|改写|改寫|更新|修订|修訂|确认|確認|完善|撰写|撰寫)",
    # 此处列出贵公司…, 根据您的产品填写: instructions to the drafter without 请
    rf"(?:此处|此處|这里|這裡|在此)(?:列出|填写|填寫|填入|插入|补充|補充|注明|註明){IN_CLAUSE}{{0,10}}?(?:贵公司|貴公司|贵司|貴司|贵单位|貴單位|你的公司|您的公司|实际|實際)",
    r"(?:根据|根據|依据|依據|按照)(?:您|你)的(?:产品|產品|公司|应用|應用|App|APP|app|项目|項目|网站|網站)(?:实际)?(?:情况|情況)?"
    r"[ \t\u3000]*(?:填写|填寫|修改|补充|補充|调整|調整|替换|替換|删减|刪減)",
    # 政策里要如实写明保留期限: what the policy must still say, told to its author (the policy in the third
    # person, with a modal and a verb of writing it down: not 本政策中所述, 本政策将说明)
    r"(?:本|隐私|隱私)?政策(?:里|裡|中|内|內)(?:要|需要|需|须|須|必须|必須)[ \t\u3000]*(?:如实|如實)?(?:写明|寫明|写清楚?|寫清楚?|列明|注明|写出|寫出)",
    # 必须逐条写进政策: what the author must still write into the text
    r"(?:写进|寫進|写入|寫入|写到|寫到|补进|補進|加进|加進)(?:本|隐私|隱私)?(?:政策|文本|本文|文中)(?![的中里裡])",
    r"不(?:许|許|要|得|能)(?:用|套用)模板",
    # （根据贵公司实际情况填写）, 以下内容需根据产品实际情况调整: an edit to make for the product
    r"[（(【\[]\s*(?:根据|根據|依据|依據|按照|结合|結合)\s*(?:贵公司|貴公司|贵司|貴司|本公司|公司|产品|產品|业务|業務|项目|項目|自身)"
    r"[^）)】\]\n]{0,10}?(?:填写|填寫|修改|调整|調整|补充|補充|替换|替換|删除|刪除)[^）)】\]\n]{0,8}[）)】\]]",
    r"(?:需要|需|须|須|应当|應當|应|應)(?:根据|根據|结合|結合|按照|依据|依據)(?:产品|產品|贵公司|貴公司|贵司|貴司|自身|项目|項目|App|APP|应用|應用)"
    rf"{IN_CLAUSE}{{0,12}}?(?:调整|調整|修改|填写|填寫|补充|補充|删除|刪除|替换|替換)",
    # 此段为说明文字: the text says it is a stub
    # (not 以下内容仅为示例说明，帮助您理解… or 此处省略的技术细节…: policies say those to the reader)
    r"(?:本段|此段|该段|該段)(?:内容|內容|文字|文本)?(?:仅|僅)?(?:为|為|是|系|属|屬)(?:说明文字|說明文字|模板|範本|占位|佔位)",
    # a paragraph that is only such a note (以下内容仅为示例。 / 此处省略第三方 SDK 列表。; checked in `check`)
    r"(?P<stub>(?:(?:以下|以上|上述)(?:内容|內容|文字|文本|条款|條款)(?:仅|僅)?(?:为|為|是|系)(?:示例|范例|範例|样例|樣例)"
    r"|(?:此处|此處|以下|下文)省略(?!的)))",
    # v0.1-draft: a version that says it is a draft
    r"(?<![A-Za-z0-9])[vV]\d+(?:\.\d+)*[-_ ]?(?i:draft|草稿|草案)(?![A-Za-z])",
    # 请在 App 上架前核对…: a step before the product's release (not 请在发布前确认…, said to a user publishing content)
    # (上架 only of an app: 请在上架前补充商品规格 is said to a merchant)
    rf"[请請]在{IN_CLAUSE}{{0,12}}?(?:(?:App|APP|app|应用|應用|小程序|软件|軟體)\s*上架|提审|提審|送审|送審|定稿|正式发布|正式發布|正式上线|正式上線)前(?!的)"
    rf"{IN_CLAUSE}{{0,6}}?"
    r"(?:核对|核對|补充|補充|替换|替換|删除|刪除|填写|填寫|更新|修改|确认|確認|完善)",
    # 仅供内部审阅: an internal document published as the policy (not 仅供内部使用/参考 or 请勿外传, which
    # policies say of data and codes, nor 内部讨论稿 in a list of confidential documents)
    # (u57f: not 「您上传的范本文件仅供内部审阅使用」: 本 the last character of a noun, 范本/样本/副本/脚本…, another file)
    r"(?<![范範样樣副原脚腳课課剧劇读讀账賬版成资資基书書根日文])(?:本文档|本文檔|本文件|本文|本稿|本政策)(?:仅|僅)供内部(?:审阅|審閱|评审|評審|讨论|討論)",
    # 以上模版仅供参考, 这只是一个基本的用户协议和隐私政策的示例: the template's own disclaimer, left at the end
    # (not 以下示例仅供参考, which a policy says of an example it gives the reader)
    rf"(?:以上|本|此)(?:模板|模版|范本|範本)(?:内容|內容|文本)?(?:仅|僅)供(?:参|參)考|(?:这|這)只是一(?:个|個|份){IN_CLAUSE}{{0,30}}?(?:示例|範例|范例|模板|模版|范本|範本)",
    # (twenty-ninth session, round29b) 重要提示：以上為隱私權政策範本內容，僅供參考: the text said to be a template, then "for
    # reference only" (not 以上内容仅供参考 or 以下示例仅供参考: no template word; not 本政策参照行业模板制定: no 以上…为)
    r"(?:以上|上述|本文|本页|本頁)(?:内容|內容)?(?:为|為|是|系)[^。！!？?\n]{0,16}?(?:模板|模版|范本|範本)(?:内容|內容|文本|文字)?[，,；;]"
    r"[ \t\u3000]*(?:仅|僅|只)供(?:参|參)考",
    # (thirty-sixth session, round36b) 提醒：本頁內容為一般網站隱私權政策範本，並非法律意見: the same, then "not legal advice"
    # (the page itself said to be a template; not 本文為您介紹隱私權政策範本, a post about templates: no disclaimer after it)
    r"(?:以上|上述|本文|本页|本頁|本页面|本頁面|此页|此頁)(?:内容|內容)?(?:为|為|是|系)[^。！!？?\n]{0,16}?(?:模板|模版|范本|範本)"
    r"(?:内容|內容|文本|文字)?[，,；;][ \t\u3000]*(?:并|並)?(?:非|不是|不构成|不構成|不代表|不属于|不屬於)(?:任何)?(?:正式的?)?"
    r"法律(?:意见|意見|建议|建議|咨询|諮詢)",
    # 发布时删除, 上线时请替换
    r"(?:发布|發布|上线|上線|正式使用)时(?:请|請|需|须|須)?(?:删除|刪除|删去|刪去|替换|替換|移除)",
    # (u35r, round35) 以上协议内容复制粘贴的,不用太在意: the text said to be pasted from elsewhere, a stand-in for the
    # operator's own (the document as subject, then pasted or copied-from; not 禁止复制本协议内容, 未经许可不得复制:
    # the verb before the document is a use the reader is forbidden)
    r"(?:以上|上述|本|此)(?:(?:协议|協議|政策|隐私政策|隱私政策|条款|條款|声明|聲明)(?:的)?(?:内容|內容|文本|文字)?|内容|內容|文本|文字)"
    r"(?:均|都|全部|全)?(?:为|為|是|系)?(?:从|從|自)?(?:(?![不禁勿可请請得能需须須])[^。！!？?\n，,]){0,12}?"
    r"(?:复制粘贴|複製貼上|复制黏贴|複製黏貼|(?:复制|複製|拷贝|拷貝|抄)(?:而来|而來|来的|來的|过来|過來))",
)
# The Chinese notes start with a literal, so `re` skips ahead to their first characters in C;
# the English ones (a leading \b under re.I gives no such class) are a second pattern.
_NOTE = lazy("|".join(f"(?:{p})" for p in _NOTES))
_NOTE_EN_SOURCE = (
    # This policy is a draft; Replace with your …; Delete if not applicable
    r"(?i:(?<![A-Za-z])(?:this\s+(?:privacy\s+)?(?:policy|notice|document|page)\s+is\s+(?:still\s+|currently\s+)?(?:a\s+|an\s+)?"
    r"(?:draft|work\s+in\s+progress|template(?:\s+draft)?)"
    # (twenty-eighth session, round28b) This is a preliminary version; formal legal review is pending: a Hong Kong page's
    # drafting box (the text a preliminary or provisional version, or a legal review still pending;
    # not "this version is final", nor "reviews are pending" of the user's content: the review must be a legal one)
    r"|this\s+(?:(?:privacy\s+)?(?:policy|notice|document|page|text)\s+)?is\s+(?:only\s+)?(?:a|an)\s+"
    r"(?:preliminary|provisional|unreviewed|unofficial\s+draft)\s+(?:version|draft|text)"
    # (a formal or final review, or the text itself pending one: not "we keep the data while a legal review is pending",
    # a hold the policy describes; not "This Privacy Policy has not been reviewed by legal counsel", a published policy's
    # own final disclaimer: eval/profiles rsdlist-en; only a review still to come is a draft's)
    # (twenty-ninth session, round29: "Formal legal and regional privacy review remains required before production
    # billing": another review named beside the legal one, and the review still required)
    r"|(?:formal|final)\s+legal(?:\s+and\s+[a-z\-]+(?:\s+[a-z\-]+){0,2})?\s+review\s+(?:is\s+|remains\s+|still\s+)*"
    r"(?:pending|outstanding|in\s+progress|not\s+(?:yet\s+)?(?:complete|completed|done)"
    r"|(?<=remains[ \t])(?:required|needed|necessary)|(?<=still[ \t])(?:required|needed|necessary))"
    # (twenty-ninth session, round29) A solicitor should review before you treat it as a finished legal product: the text
    # still waiting for its lawyer's review (not "you may wish to consult a lawyer", advice to the reader)
    # (review u29x: not "Our legal counsel will review this policy at least once a year", a published promise)
    r"|(?:a|the|your)\s+(?:solicitor|lawyer|attorney|legal\s+counsel|counsel)\s+(?:should|must|needs?\s+to|has\s+to)\s+"
    r"review\s+(?:this\b|it\b|the\s+(?:text|draft|policy|document|terms)\b|before\b)"
    r"|(?:this|the)\s+(?:(?:privacy\s+)?(?:policy|notice|document|page|text)|draft)\s+is\s+(?:still\s+)?pending\s+(?:a\s+|formal\s+|final\s+)*legal\s+review"
    # (u34r, round33's legaldraft-dart) Development draft only. It has not completed legal review: the text a working
    # draft, its legal review begun and not finished (not "has not been reviewed by legal counsel", a published policy's
    # disclaimer: the review must be one not yet completed)
    r"|(?:development|working|internal)\s+draft\s+only(?![ \t]*[A-Za-z0-9\u4e00-\u9fff])"
    r"|(?:it|this(?:\s+(?:policy|notice|document|page|text|draft|agreement))?)\s+has\s+not\s+(?:yet\s+)?(?:completed|finished|passed)\s+"
    r"(?:a\s+|its\s+)?(?:formal\s+|final\s+)?legal\s+review"
    # Placeholders to replace before publishing; Replace all placeholders (not: replace placeholder images)
    r"|placeholders?\s+(?:to\s+(?:replace|fill(?:\s+in)?|update)|(?:that\s+)?must\s+be\s+(?:replaced|filled))"
    r"(?:(?![ \t]*[A-Za-z])|[ \t]+before\b)"
    r"|(?:replace|fill\s+in|remove|update)\s+(?:all\s+|the\s+|these\s+|every\s+)?placeholders?"
    r"(?:(?![ \t]*[A-Za-z])|[ \t]+(?:before|with|in\s+this|below|above)\b)"
    r"|replace\s+(?:this\s+(?:text|section|paragraph|placeholder|line)|with\s+(?:your|the\s+actual|the\s+real|actual|real))"
    r"|(?:delete|remove)\s+(?:this\s+(?:section|paragraph|clause|line|sentence)|if\s+(?:not\s+)?(?:applicable|relevant|needed|used))"
    # (twenty-eighth session) (note to the operator), (for legal review): a bracket addressed to whoever publishes the text
    # (not "(for the operator)", which a policy may say of a role it names)
    r"|\((?:note\s+(?:to|for)\s+(?:the\s+)?(?:operator|publisher|lawyer|legal(?:\s+team)?|counsel|drafter|editor)"
    r"|for\s+(?:legal|counsel)\s+review|to\s+(?:the\s+)?(?:lawyer|counsel|drafter))\)"
    # (thirty-second session, u32r) [DRAFT PLACEHOLDER - pending legal review], "DRAFT, pending legal review": a tag that
    # the text awaits its legal review, a draft word before it (in the bracket or the clause); not "(pending legal review)"
    # alone, nor "requests pending legal review": a state of the user's request or account, which a policy may describe
    r"|[\[(][ \t]*(?:(?:draft|placeholder|template|wip|copy|text)[ \t]*[-–—:·,/|]*[ \t]*)+"
    r"(?:pending|awaiting|for|under)\s+(?:a\s+)?(?:formal\s+|final\s+)?legal\s+review[ \t]*[\])]"
    r"|draft[ \t]*[-–—:·,]*[ \t]*(?:pending|awaiting|under)\s+(?:a\s+)?(?:formal\s+|final\s+)?legal\s+review"
    # These terms are pending legal review; This copy is awaiting legal review (the text itself the subject)
    r"|(?:these|the|this)\s+(?:terms(?:\s+of\s+(?:use|service))?|copy|texts?|policies|notices?|documents?|pages?)\s+(?:is|are)\s+"
    r"(?:still\s+|currently\s+)?(?:pending|awaiting)\s+(?:a\s+)?(?:formal\s+|final\s+)?legal\s+review"
    # Effective date: to be confirmed by legal; (TBC by counsel): a value left to the lawyers (only as a label's value or
    # in a bracket: not "deletion requests are to be confirmed by legal before they run", a step the policy describes)
    r"|(?<=[:：(\[])[ \t]*(?:to\s+be|tbc)\s+(?:confirmed|reviewed|approved|finali[sz]ed|decided|drafted)\s+by\s+"
    r"(?:the\s+|our\s+)?(?:legal(?:\s+team)?|counsel|lawyers?|solicitors?|attorneys?))"
    # (u51k, eval/blind/round51 jaeyeon-en-txt) "This template explains how Example App may handle personal information.
    # Review and tailor each section so it matches your actual data flows before launch": the text calling itself a
    # template in its own account of itself, and the publisher told to tailor it to "your actual" practice (not "This
    # policy explains how we…", nor "we tailor each section to your needs": no template, no "your actual");
    r"|this\s+template\s+(?:explains|describes|outlines|sets\s+out|shows|covers)\s+how\b"
    r"|tailor\s+(?:each|every|this|the)\s+(?:section|clause|paragraph|template|policy)\s+(?:so\s+(?:that\s+)?it\s+matches|to\s+match)"
    r"\s+your\s+actual\b"
    # "Do not list providers here unless they are …": a note to the editor standing in the list it governs (here, and
    # a condition: not "Do not include personal information here", a form's hint to the reader: no unless/until/if)
    r"|do\s+not\s+(?:list|include|add|name)\s+(?:any\s+)?(?:[a-z\-]+\s+)?(?:providers?|vendors?|partners?|processors?"
    r"|sub-?processors?|services|sdks?|companies|third[\s-]parties|tools)\s+here\s+(?:unless|until|if)\b"
    # (u51k, issue #11's open class from eval/blind/round49 mileschen L28) "Return rules must be confirmed against the
    # actual product, market and platform requirements": a part of the text still to be checked against the real facts
    # (the text's rules, terms, wording, timing, details or periods; not "Your identity must be verified against the
    # actual ID document", a step the policy describes of the reader's data)
    r"|(?:rules|terms|wording|text|copy|timing|details|periods?|values|figures|content|section|polic(?:y|ies))\s+"
    r"(?:must|should|needs?\s+to|ha(?:ve|s)\s+to|will\s+need\s+to)\s+be\s+(?:confirmed|verified|checked|validated|finali[sz]ed)"
    r"\s+(?:against|according\s+to|based\s+on)\s+(?:the\s+)?(?:actual|real|final)\b"
    # (u56f, issue #11 §1: eval/blind/round55q chainless-bil-md L157, the English twin of a drafter's disclaimer the zh
    # forms find) the family of English notes that the text still awaits its lawyer, seen in real templates:
    # "This template was drafted internally and has not undergone legal review", "This draft has not yet been reviewed by
    # counsel": the text calling itself a template or a draft, with no legal review yet (not "This Privacy Policy has not
    # been reviewed by legal counsel", a published policy's own disclaimer: eval/profiles rsdlist-en; nor "This policy was
    # drafted internally by our compliance team and reviewed by external counsel");
    r"|this\s+(?:privacy\s+(?:policy\s+|notice\s+)?)?(?:template|draft)\s+(?:was\s+drafted\s+internally"
    r"|(?:(?:is|was)\s+[a-z\-]+(?:\s+[a-z\-]+){0,3}\s+and\s+)?has\s+not\s+(?:yet\s+)?(?:undergone|been\s+through|had|received|passed)\s+"
    r"(?:a\s+|any\s+)?(?:formal\s+|professional\s+)?legal\s+review"
    r"|(?:(?:is|was)\s+[a-z\-]+(?:\s+[a-z\-]+){0,3}\s+and\s+)?has\s+not\s+(?:yet\s+)?been\s+(?:reviewed|approved|checked|vetted)\s+by\s+"
    r"(?:a\s+|an\s+|any\s+)?(?:lawyer|attorney|solicitor|counsel|legal))"
    # "Before App Store submission, have this reviewed by company legal counsel", "DRAFT — have this reviewed by a
    # qualified professional before real clients", "please have this reviewed by a qualified data protection officer",
    # "Have This Reviewed by a Lawyer Before Launch": the drafter told to have the text reviewed by a lawyer or someone
    # qualified (not "you can have this decision reviewed by a human", an automated decision's review the reader may ask
    # for: the text itself, a lawyer or a qualified reviewer; not the reader's own lawyer, "your own legal adviser", nor
    # after "you can", "you may", "you may wish to": advice to the reader)
    r"|(?<!can )(?<!may )(?<!might )(?<!could )(?<!wish to )(?<!want to )(?<!like to )"
    r"(?<![A-Za-z])have\s+(?:this|the\s+(?:policy|text|draft|document|template|terms|page))\s+reviewed\s+by\s+"
    r"(?:(?:a|an|company|the|our|external|outside|local|qualified|licensed|competent|legal)\s+){0,3}"
    r"(?:lawyers?|attorneys?|solicitors?|counsel|legal\s+(?:professional|adviser|advisor|team|department|expert)s?"
    r"|someone\s+qualified|(?<=qualified )(?:professional|adviser|advisor|expert|person|data\s+protection\s+officer)s?)"
    # "Please have a lawyer review this policy before you publish it", "This section should be reviewed by legal counsel
    # before publication": a legal review still to come before the text is released (not "Our legal counsel reviews this
    # policy every year", "This policy is reviewed by our legal team annually": no release still to come)
    r"|(?:have|get)\s+(?:a|an|the|company)\s+(?:lawyer|attorney|solicitor|legal\s+counsel|counsel)\s+review\s+"
    r"(?:this|the\s+(?:policy|text|draft|document|template|terms|page))\b[^.!?\n]{0,40}?\bbefore\s+(?:you\s+)?"
    r"(?:publish(?:ing)?|launch(?:ing)?|go\s+live|going\s+live|releas(?:e|ing)|submi(?:t|tting|ssion))"
    r"|(?:this|the)\s+(?:section|policy|text|draft|document|template|page|clause)\s+(?:should|must|needs?\s+to|has\s+to)\s+be\s+"
    r"reviewed\s+by\s+(?:(?:a|an|the|our|company|external|qualified)\s+){0,2}(?:lawyers?|attorneys?|solicitors?|counsel"
    r"|legal\s+(?:counsel|team|department|professional))\s+before\s+(?:publication|publishing|launch|release|going\s+live"
    r"|submission|it\s+is\s+published)"
    # "Note to drafter: …", "NOTE TO DRAFTER - Please complete all sections", "[NTD: confirm with client …]": a label
    # addressed to the drafter (a letter after "[NTD:": not a price in New Taiwan dollars, "[NTD: 300]")
    r"|note\s+to\s+(?:the\s+)?(?:drafter|draft|drafting|editor)(?=[ \t]*[:\-–—])"
    r"|(?<=[\[(])[ \t]*ntd[ \t]*:[ \t]*[A-Za-z]+"
    r"(?![A-Za-z]))"
)
# (thirty-third session, round33) "This document is a **draft template** of the Privacy Policy": a Markdown text keeps its
# emphasis markers, and a note whose words are emphasised is the same note; between two words of a note, a run of blanks
# may hold `*` or `_` markers (the zh notes allow them through IN_CLAUSE already)
_NOTE_EN = lazy(_NOTE_EN_SOURCE.replace(r"\s+", r"[\s*_]+"))  # (one class: no nested repeat to backtrack in)
# (u56v) "have this / the policy reviewed by …" with a subject before it in its clause: the company's own practice ("We
# will have the policy reviewed by our legal team whenever the law changes", "Each year we have the policy reviewed by a
# qualified data protection officer") or another party's or the reader's ("Sellers … should have the terms reviewed by a
# lawyer"): no note to the drafter, who is told in the imperative ("Before App Store submission, have this reviewed by
# company legal counsel") or named ("The owner must have this reviewed by a qualified adviser before launch")
HAVE_REVIEWED_SUBJECT = lazy(
    r"(?i:(?<![A-Za-z])(?:we|our|us|you|your|they|their|sellers?|merchants?|vendors?|customers?|users?|members?)(?![A-Za-z]))"
)
# (u56v) a legal review another party's text has not had: 「用户在社区发布的内容未经法务审核」, 「第三方商家的店铺政策未经律师审核」 —
# users' posts or a third party's or a merchant's own text named before 未经 in its clause, not this document
OTHER_PARTYS_TEXT = lazy(r"用户|用戶|使用者|会员|會員|第三方|商家|商户|商戶|卖家|賣家|社区|社區|网友|網友|发布的|發布的|上传的|上傳的")
