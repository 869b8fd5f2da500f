"""Notes to whoever configures or publishes the template, each scanned apart (rare first characters, or a whole unit).

- 永久商业隐私联系方式仍是发布门禁: a release gate still open (`_GATE`, `_GATE_PREDICATE`);
- 建议将本页链接加入应用内的“设置 / 关于”, 请将本隐私政策托管到…并填写到商店页面: where to put the page itself
  (`_PLACE`; not 您可以将本页加入书签);
- 本文本用于…，请根据小程序实际情况勾选并填写: a usage note (`_USAGE`);
- Adjust this section to match your setup., link this page from your in-app Settings (`_EN_NOTE`);
- 方括号处替换成你自己的信息, Replace the bracketed parts with your own details: replace the template's brackets
  (`_BRACKETS`);
- 發布前要確認的事項（不隨政策發布）: a part said to stay out of the published text (`_UNPUBLISHED`);
- 發布到 GitHub Pages 並在 Play Console 填寫網址: the text's address to fill in a store console (`_CONSOLE_URL`);
- 每个上线地区都必须配置年龄资格…规则, … must be configured for each launch region: a setup left for every market
  (`_REGION_SETUP`);
- 运营者应在发布前确认实际服务商: the operator told to put the actual facts in before publishing (`_OPERATOR_DUTY`);
- 请根据实际网站完成政策，必要时咨询合格的专业人员: the policy itself to be completed by the actual site
  (`_COMPLETE_POLICY`);
- 具体渠道、处理期限和例外情形应由生产运营方补充: what the text leaves to its operator to write (`_LEFT_TO_OPERATOR`);
- 社团应补充真实主体名称、负责人联系方式: the operator's real facts still to be added (`_REAL_FACTS`).
- 接入供应商后需补充模型处理、内容安全与留存说明: text to add once a deployment step is done (`_STEP_THEN_ADD`);
- 正式运营联系方式配置后，可通过客服提交申请: a channel that waits for the operator's contact to be set up
  (`_CONTACT_PENDING`).

None names the reader (您/你, you may…) or the user's content.
"""

from __future__ import annotations

from collections.abc import Iterator

from policylens.lazyre import lazy
from policylens.patterns import USER_CONTENT_RE
from policylens.rules.context import Context, TextUnit
from policylens.rules.placeholder_instruction.drafting_notes import _ADDRESSEE, _CLAUSE_END, _CLAUSE_START

# Notes to whoever configures or publishes the template, each scanned apart (their first characters are rare,
# or they need a whole unit):
# - 永久商业隐私联系方式仍是发布门禁: an item of the project's release checklist said to be a gate (是/为 before it;
#   not 密钥扫描和发布门禁等措施, a measure the policy describes);
_GATE = lazy(r"[门門]禁(?<=(?:发布|發布|發佈|上线|上線|上架|提审|提審)[门門]禁)")
# (still open: 仍是/尚为; 我们将隐私合规审查作为发布门禁 and 隐私影响评估是上线门禁之一 describe the process: review rv10a)
_GATE_PREDICATE = lazy(r"(?:仍|尚|还|還|依然|仍然)(?:是|为|為|作为|作為|列为|列為|属于|屬於)(?:一[项項个個道])?$")
# - 建议将本页链接加入应用内的“设置 / 关于 / 帮助”, 请把此页面部署到官网: where to put the page itself, with a place
#   of the app or the site (not 您可以将本页加入书签, 建议将本页加入收藏夹: said to the reader);
_PLACE = lazy(
    r"(?:建议|建議|[请請]|可以?|需要?|务必|務必)[ \t\u3000]?(?:将|將|把)[ \t\u3000]?(?:本|此)"
    # (u42k, round41d bros-plugins-md) 请将本隐私政策托管到公开的 HTTPS 地址，并将该地址填写到商店页面中: the text itself
    # by its name, not only 本页
    r"(?:(?:页|頁)面?|(?:份)?(?:隐私|隱私|私隱)?(?:权|權)?(?:政策|声明|聲明))的?(?:链接|鏈接|連結|网址|網址|地址|URL)?"
    r"[ \t\u3000]?(?:加入|添加|放置|放到|放在|粘贴|粘貼|复制到|複製到|部署|托管|上传|上傳|挂到|掛到|填入|填到)[^。！!？?\n]{0,40}"
)
_PLACE_TARGET = lazy(
    r"应用|應用|App|APP|app|小程序|设置|設置|設定|关于|關於|菜单|選單|页脚|頁尾|页尾|首页|首頁|后台|後台|README|官网|官網|入口|商店|应用市场|應用市場"
)
# - 本文本用于微信公众平台…，请根据小程序实际情况勾选并填写, 本模板适用于…；请按实际情况配置: a usage note, the text
#   calling itself a text or template and asking for the setup by the operator's situation (实际情况, 小程序, 贵司…;
#   no 您/你: 本模板…，请您根据需要选择 and 本模板用于生成简历，请根据提示填写 offer the user a template of the product);
_USAGE = lazy(
    r"(?:本|此)(?:文本|模板|模版|范本|範本)(?!消息|訊息|库|庫|市场|市場|中心|框)[^。！!？?\n]{0,40}?[，,；;:：][ \t\u3000]?[请請]"
    r"(?:务必|務必)?(?:根据|根據|按照?|依据|依據|依照|结合|結合)[^。！!？?\n]{0,12}?"
    r"(?:实际|實際|贵司|貴司|贵公司|貴公司|自身|产品|產品|业务|業務|小程序|公众号|公眾號|应用|應用|公司|项目|項目)[^。！!？?\n]{0,16}?"
    r"(?:填写|填寫|勾选|勾選|配置|替换|替換|修改|补充|補充|删除|刪除|调整|調整)[^。！!？?\n]{0,20}"
)
# - Adjust this section to match your actual setup. / link this page from your in-app Settings: an English drafting
#   imperative that opens a sentence (not "We may update this section"), or where to publish the page.
_EN_NOTE = lazy(
    r"(?:^|(?<=[.!?:;]))[ \t]*(?:Please\s+)?(?i:adjust|tailor|customi[sz]e|adapt|modify|edit|revise|replace)\s+this\s+"
    # (twenty-ninth session, round29: "Edit this file. When you lock it, we build …", the draft's own file)
    r"(?:section|paragraph|clause|part|block|template|text|file)\b[^.\n]{0,80}\.?"
    r"|(?P<enplace>\b(?i:link|publish|host|paste|upload)\s+this\s+(?:page|policy|document|template)\s+(?:from|to|in|on|into)\s+your\b[^.\n]{0,60}\.?)"
)
# (twenty-sixth session, round26)
# - 方括号处替换成你自己的信息, 将【】内的内容改为实际信息, Replace the bracketed parts with your own details: the
#   template telling whoever adopts it to replace its brackets (a reader is never asked to edit the text's brackets,
#   so its 你 is the drafter; not 请在方括号内填写您的姓名, a form's prompt to the user, which names 您);
_BRACKETS = lazy(
    r"(?:方括号|方括號|中括号|中括號|【】|［］|\[\])[ \t\u3000]?(?:处|處|内|內|里|裡|中)的?"
    r"(?:内容|內容|文字|部分|信息|資訊|资料|資料)?[^。！!？?\n]{0,6}?"
    r"(?:替换|替換|换成|換成|改为|改為|改成|填写|填寫|填上|填入)[^。！!？?\n]{0,20}"
    r"|\b(?i:replace\s+(?:the\s+)?(?:(?:text|parts?|values?|fields?|placeholders?|content)\s+in\s+(?:square\s+)?brackets"
    r"|bracketed\s+(?:text|parts?|values?|fields?|placeholders?|content))\s+with)\b[^.\n]{0,40}\.?"
)
# - 發布前要確認的事項（不隨政策發布）, 本节不随本政策一同发布, (not published with the policy): a part of the draft kept
#   for whoever publishes it, said to stay out of the published text.
_UNPUBLISHED = lazy(
    r"不(?:随|隨)[ \t\u3000]?(?:本|此)?(?:政策|正文|本文|文件|文本|页面|頁面|隐私政策|隱私政策|隱私權政策)"
    r"(?:一起|一同|一并|一併)?(?:对外|對外)?(?:发布|發布|發佈|公开|公開|上线|上線)"
    r"|(?i:\(\s*not\s+(?:to\s+be\s+)?published\s+with\s+(?:the|this)\s+(?:policy|text|document)\s*\))"
)
# - 發布到 GitHub Pages 並在 Play Console 填寫網址, 在 App Store Connect 中填入本页链接: where the text's own address is to
#   be filled in a store's developer console (a step of publishing it; the reader fills in no store console)
_CONSOLE_URL = lazy(
    # (a store's console by name only: 开发者应在开发者后台填写应用的隐私政策链接 is a platform's rule for its developers)
    r"(?:在|于|於)[ \t\u3000]?(?:Google[ \t]?)?(?:Play[ \t]?Console|App[ \t]?Store[ \t]?Connect|AppGallery[ \t]?Connect)"
    r"[^。！!？?\n]{0,12}?(?:填写|填寫|填入|填上|提交)[^。！!？?\n]{0,8}?(?:网址|網址|链接|鏈接|連結|URL|地址)"
)
# (twenty-ninth session, round29) - 每个上线地区都必须配置年龄资格与监护人同意规则, Age eligibility and guardian-consent rules
#   must be configured for each launch region: what the operator must still set up for every market it launches in
#   (each region or market of the launch; not 您可在设置中配置…, the reader's settings, nor 我们为每个地区配置了…, done)
_REGION_SETUP = lazy(
    r"(?:每个|每個|各个|各個)[ \t\u3000]?(?:上线|上線|发布|發布|上架|投放|运营|運營)(?:地区|地區|市场|市場|国家|國家|区域|區域)"
    r"[都均]?[ \t\u3000]?(?:必须|必須|须|須|需要?|应当?|應當?)[ \t\u3000]?(?:单独|單獨|分别|分別)?[ \t\u3000]?"
    r"(?:配置|设置|設置|设定|設定|设计|設計)[^。！!？?\n]{0,30}"
    # (blanks, never a line break: a joined scan reads the units one text apart)
    r"|(?i:\b(?:must|needs?[ \t]+to|ha(?:ve|s)[ \t]+to|should)[ \t]+be[ \t]+(?:configured|set[ \t]+up|defined|locali[sz]ed)"
    r"[ \t]+(?:for|per|in)[ \t]+(?:each|every)[ \t]+(?:launch[ \t]+)?(?:region|market|country|jurisdiction|locale)\b)"
)
_DUTY_MODAL = r"(?:应当?|應當?|须|須|需要?|务必|務必|必须|必須)"
_DUTY_STEP = r"(?:正式)?(?:发布|發布|發佈|上线|上線|公开|公開|部署)(?:之)?前"
# the party that runs a scaffold's deployment, as its notes name it: 运营方, 生产运营方 (the production operator)
_OPERATOR_PARTY = r"(?:生产|生產|实际|實際)?(?:运营方|運營方)"
# (session 35, u35f: eval/blind/round35 edgepress-md, a page builder's starter policy)
# - 运营者应在发布前确认实际服务商，说明适用条款: the site's operator (a role in the third person, as a starter's notes name
#   whoever deploys it) told to check or fill in the ACTUAL facts before publishing: the text does not hold them yet
#   (not 运营者应记录供应商接收的信息, a duty with no publishing; not 公众号运营者应在发布前确认内容合法, no actual facts);
_OPERATOR_DUTY = lazy(
    r"(?:网站|網站|站点|站點)?(?:运营者|運營者|部署者|站长|站長|" + _OPERATOR_PARTY + r")[ \t\u3000]?"
    # (the modal before the step or after it: 运营方在上线前应列明…, u35j's linguaflow page)
    r"(?:" + _DUTY_MODAL + r"[ \t\u3000]?在?" + _DUTY_STEP + r"[ \t\u3000，,]?"
    r"|在[ \t\u3000]?" + _DUTY_STEP + r"[ \t\u3000，,]?" + _DUTY_MODAL + r")[^。！!？?\n]{0,4}?"
    r"(?:确认|確認|核实|核實|核对|核對|填写|填寫|补充|補充|替换|替換|说明|說明|写明|寫明|注明|列明|列出)[^。！!？?\n]{0,12}?"
    r"(?:实际|實際|真实|真實)[^。！!？?\n]{0,40}"
)
# (session 35, lead: eval/blind/round35b linguaflow, a scaffold's policy page, after its held-out first run)
# - 具体渠道、处理期限和例外情形应由生产运营方补充: what the text leaves to its operator to write, the clause ending at the verb
#   (not 应由运营者承担责任, a duty; not 应由开发者补充…, a platform's rule for its developers: 开发者 is no operator here)
_LEFT_TO_OPERATOR = lazy(
    r"(?:应|應|须|須|需|将|將|可)?由[ \t\u3000]?(?:网站|網站|站点|站點)?(?:运营者|運營者|部署者|站长|站長|" + _OPERATOR_PARTY + r")"
    r"[ \t\u3000]?(?:自行|另行|根据实际情况|根據實際情況)?[ \t\u3000]?(?:补充|補充|填写|填寫|列明|写明|寫明|确定|確定|补全|補全)"
    r"(?=[ \t\u3000]*(?:[。！!；;]|$))"
)
# - 请根据实际网站完成政策，必要时咨询合格的专业人员: asked to complete the policy itself by the actual site or business
#   (the reader is never asked to complete the policy; not 请您根据实际情况选择, nor 开发者请根据实际情况完善隐私政策, a
#   platform's rule for its developers: a role named before 请)
_COMPLETE_POLICY = lazy(
    r"[请請][ \t\u3000]?(?:根据|根據|按照?|依据|依據|依照|结合|結合)[^。！!？?\n，,]{0,4}?(?:实际|實際)[^。！!？?\n，,]{0,10}?"
    r"(?:完成|完善|修改|调整|調整|补充|補充|补全|補全|编写|編寫|撰写|撰寫|修订|修訂|定稿)[ \t\u3000]?(?:本|此|这份|這份)?"
    r"(?:隐私|隱私)?(?:权|權)?(?:政策|声明|聲明)[^。！!？?\n]{0,30}"
)
# (u42k, round41d campus-repair-wxml)
# - 社团应补充真实主体名称、负责人联系方式、保存期限与投诉渠道: the operator's own facts said to be still added as the REAL
#   ones: the text does not hold them yet.  The facts are an operator's (主体, 运营者, 公司, 负责人…), never the reader's
#   (请填写真实姓名 is a form's rule for the user: no 姓名 or 手机号 here), and the verb adds to the text (补充, 补全: not
#   填写); not 开发者应补充真实主体信息, a platform's rule for its developers (`_ROLE_BEFORE`), nor a clause naming the reader
_REAL_FACTS = lazy(
    r"(?:应当?|應當?|须|須|需要?|必须|必須|务必|務必|[请請])[ \t\u3000]?(?:补充|補充|补全|補全|补齐|補齊|补上|補上)[ \t\u3000]?"
    r"(?:真实|真實|实际|實際|正式)的?[ \t\u3000]?(?:运营|運營|营运|營運)?"
    r"(?:主体|主體|运营者|運營者|营运者|營運者|公司|企业|企業|负责人|負責人|团队|團隊|单位|單位)"
    r"(?:名称|名稱|全称|全稱|信息|資訊|资料|資料|联系方式|聯絡方式|聯繫方式)[^。！!？?\n]{0,40}"
)
# (u42k3, round42d zuimei-wxml)
# - 接入供应商后需补充模型处理、内容安全与留存说明: a deployment step (接入, 对接, 部署, 上线, 配置) and then what the text
#   must still add, its items after the verb and naming parts of the text (说明, 条款, 清单, 主体, 联系方式: not 需补充头像、
#   昵称, a user's profile after 注册, a step that is not here); not 我们接入新的 SDK 后将更新本政策, a promise (将, 会:
#   no modal of a duty)
_STEP_THEN_ADD = lazy(
    r"(?:接入|对接|對接|部署|上线|上線|配置)[^。！!？?\n，,；;]{0,12}?[后後][ \t\u3000]?[，,]?[ \t\u3000]?"
    r"(?:需要?|[须須]|应当?|應當?|必[须須]|务必|務必)[ \t\u3000]?(?:补充|補充|补全|補全|补齐|補齊|补上|補上|写明|寫明|列明)"
    r"[^。！!？?\n]{1,40}?(?:说明|說明|条款|條款|清单|清單|名单|名單|主体|主體|联系方式|聯絡方式|聯繫方式|期限)"
)
# (u42k3, round42d mindwell-js)
# - 正式运营联系方式配置后，可通过客服提交注销或数据删除申请: the operator's contact, named as the one of its official
#   operation (正式, 运营), said to come once it is set up: the text does not hold it yet (not 邮箱配置后可接收通知, the
#   reader's mailbox in a mail app: no 正式 or 运营 before it)
_CONTACT_PENDING = lazy(
    r"(?:正式|运营|運營|营运|營運)[^。！!？?\n，,；;]{0,6}?(?:联系方式|聯絡方式|聯繫方式|客服(?:邮箱|郵箱|电话|電話)?|邮箱|郵箱|电话|電話|主体|主體)"
    r"(?:信息|資訊)?[ \t\u3000]?(?:配置|确定|確定|公布|补充|補充|填写|填寫)(?:完成|完毕|完畢|好)?[后後]"
)
_ROLE_BEFORE = lazy(r"开发者|開發者|商家|商户|商戶|用户|用戶|第三方|合作方|服务商|服務商|平台|平臺")
_ITEM_LEAD = lazy(r"[ \t\u3000*>+-]*(?:\[[ xX]\][ \t]*)?")
_EN_READER = lazy(r"(?i:\byou\s+(?:may|can|could|might)\b|\byour\s+(?:own|profile|account|friends?)\b)")
_EN_PLACE_TARGET = lazy(r"(?i:\b(?:app|application|settings|about|menu|readme|footer|website|site|store|listing)\b|in-app)")


# (u43k, eval/blind/round43 skillstart-tsx, deepstudy-bi-tsx, tokenboat-bi-ts)
# - 正式运营前应补充运营主体、联系方式…, 公开发布前必须补充运营主体法定名称…: a step of launch or operation, a modal, an
#   adding verb and the operator's own details (主体, 联系方式, 邮箱, 地址, 联系人): the text does not hold them yet.  The
#   details right after the verb keep out 发布前必须替换的占位符清单 (a checklist's heading) and 上线前需补充完善功能 (no
#   operator detail); the reader or another party as subject is checked as for `_STEP_THEN_ADD`.
_OPERATOR_DETAIL = (
    r"(?:运营主体|運營主體|营运主体|營運主體|主体名称|主體名稱|运营者|運營者|联系方式|聯絡方式|聯繫方式"
    r"|客服邮箱|客服郵箱|联系邮箱|聯絡郵箱|隐私联系|隱私聯絡|邮寄地址|郵寄地址|注册地址|註冊地址|联系人|聯絡人|聯繫人)"
)
_PRE_STEP_DETAILS = lazy(
    r"(?:正式|公开|公開|对外|對外)?(?:发布|發布|發佈|上线|上線|运营|運營|营运|營運|商用|上架)(?:之)?前[，,]?[ \t\u3000]?"
    r"(?:[应應]当?|[须須]|需要?|仍[需须須]|必[须須]|[将將]|务必|務必)[ \t\u3000]?"
    r"(?:补充|補充|补齐|補齊|补全|補全|补上|補上|写明|寫明|列明)[ \t\u3000]?"
    rf"(?:(?:正式|真实|真實|实际|實際)的?)?{_OPERATOR_DETAIL}"
    # (review r43) the detail is what is added, not a word of another noun (补充联系方式变更的说明: a note on a change):
    # after it only a clause's end, a list's joint, another detail or the detail's name (运营主体法定名称)
    rf"(?=[\s、，,。；;：:！!？?）)」』…]|[和及与與等或]|法定|名称|名稱|全称|全稱|信息|資訊|资讯|{_OPERATOR_DETAIL}|\Z)"
)
# - 正式运营主体和法律通知方式配置后，将在此处同步更新; 正式个人信息保护联系人配置后，将在本页面补充: the operator's details,
#   named as the official ones, said to be added HERE once set up (the text's own place: 此处, 本页面)
_DETAILS_HERE_LATER = lazy(
    r"(?:正式|运营|運營|营运|營運)[^。！!？?\n，,；;]{0,16}?(?:主体|主體|联系方式|聯絡方式|聯繫方式|联系人|聯絡人|聯繫人|通知方式|邮箱|郵箱)"
    r"[^。！!？?\n，,；;]{0,8}?(?:配置|确定|確定|公布|设立|設立)(?:完成|完毕|完畢|好)?[后後][，,]?[ \t\u3000]?(?:[将將]|[会會])?[ \t\u3000]?"
    r"(?:在|于|於)?[ \t\u3000]?(?:此处|此處|本页面?|本頁面?|这里|這裡|此页|此頁)"
)
# - Operator legal name, postal address and privacy contact email must be inserted before public launch; A formal privacy
#   contact will be added here once configured; Before formal launch it must be completed with the legal operator name…:
#   the English of the two above (blanks, never a line break); the sentence must name the operator's details
_EN_PRELAUNCH = lazy(
    r"(?i:\b(?:must|needs?[ \t]+to|should|will|shall)[ \t]+be[ \t]+(?:inserted|added|completed|confirmed|provided|supplied|filled[ \t]+in)"
    r"(?:[ \t]+here)?[ \t]+(?:before[ \t]+(?:the[ \t]+)?(?:public|formal|production|official)[ \t]+(?:launch|release|publication)"
    r"|once[ \t]+(?:configured|set[ \t]+up))\b"
    r"|\bbefore[ \t]+(?:the[ \t]+)?(?:public|formal|production|official)[ \t]+(?:launch|release),?[ \t]+(?:it|this[ \t]+(?:policy|page|document))"
    r"[ \t]+must[ \t]+be[ \t]+(?:completed|filled[ \t]+in|updated)[ \t]+with\b)"
)
# the operator's details (a notice only as the legal or formal one, or its e-mail or address: "Notice of changes will be
# provided before the official release…" is a promise to the reader, review r43)
_EN_OPERATOR_DETAILS = lazy(
    r"(?i:\b(?:operator|contact|address|e-?mail|legal[ \t]+name|(?:legal|formal)[ \t]+notice|notice[ \t]+(?:e-?mail|address|details)"
    r"|officer|controller|company|entity)\b)"
)


def _configurer_notes(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    """(unit, start, end) of each note to whoever configures or publishes the template found by the scans above."""
    for unit, start, end, _ in ctx.scan(_GATE):
        text = unit.text
        if _GATE_PREDICATE.search(text, max(0, start - 8), start - 2) is None:
            continue  # 密钥扫描和发布门禁等措施: a measure the policy describes
        clause_start = _clause_start(text, start)
        if _ADDRESSEE.search(text, clause_start, end) or USER_CONTENT_RE.search(text, clause_start, end):
            continue
        yield unit, clause_start + len(text[clause_start:start]) - len(text[clause_start:start].lstrip(" \t\u3000*>")), end
    for unit, start, end, _ in ctx.scan(_PLACE, needs=_PLACE_NEEDS):
        stop = _CLAUSE_END.search(unit.text, end, min(len(unit.text), end + 80))
        clause_end = stop.start() if stop else min(len(unit.text), end + 80)
        if (
            _ADDRESSEE.search(unit.text, start, clause_end)
            or _READER_PLACE.search(unit.text, _clause_start(unit.text, start), clause_end)
            or not _PLACE_TARGET.search(unit.text, start, clause_end)
        ):
            continue  # 您可以将本页加入书签, 建议将本页添加到手机桌面: said to the reader
        yield unit, start, clause_end
    for unit, start, end, _ in ctx.scan(_USAGE, needs=_USAGE_NEEDS):
        if not _ADDRESSEE.search(unit.text, start, end):
            yield unit, start, end
    for unit, start, end, _ in ctx.scan(_BRACKETS):
        if "您" not in unit.text[_clause_start(unit.text, start) : end]:
            yield unit, start, end  # (not 请在方括号内填写您的姓名: a form's prompt to the user)
    for unit, start, end, _ in ctx.scan(_UNPUBLISHED):
        yield unit, start, end
    for unit, start, end, _ in ctx.scan(_CONSOLE_URL):
        clause_start = _clause_start(unit.text, start)
        if not _ADDRESSEE.search(unit.text, clause_start, end):
            lead = _ITEM_LEAD.match(unit.text, clause_start, start)
            yield unit, lead.end() if lead else clause_start, end  # (after 「- [ ] 」: a checklist item's box)
    for unit, start, end, _ in ctx.scan(_REGION_SETUP):
        clause_start = _clause_start(unit.text, start)
        if unit.text[start].isascii():  # an English note from its sentence's first word: 「Age eligibility … must be configured」
            stops = list(_EN_STOP.finditer(unit.text, max(0, start - 160), start))
            clause_start = stops[-1].end() if stops else max(0, start - 160)
        if not _ADDRESSEE.search(unit.text, clause_start, end):
            yield unit, clause_start + len(unit.text[clause_start:start]) - len(unit.text[clause_start:start].lstrip(" \t\u3000*>")), end
    for unit, start, end, _ in ctx.scan(_OPERATOR_DUTY, needs=_DUTY_NEEDS):
        clause_start = _clause_start(unit.text, start)
        if not _ADDRESSEE.search(unit.text, clause_start, end):
            yield unit, start, end
    for unit, start, end, _ in ctx.scan(_LEFT_TO_OPERATOR, needs=_LEFT_NEEDS):
        clause_start = _clause_start(unit.text, start)
        if not _ADDRESSEE.search(unit.text, clause_start, end):
            indent = len(unit.text[clause_start:start]) - len(unit.text[clause_start:start].lstrip(" \t\u3000*>-"))
            yield unit, clause_start + indent, end  # the clause from its subject: 「具体渠道…应由生产运营方补充」
    for unit, start, end, _ in ctx.scan(_REAL_FACTS, needs=_REAL_NEEDS):
        clause_start = _clause_start(unit.text, start)
        if not _ADDRESSEE.search(unit.text, clause_start, end) and not _ROLE_BEFORE.search(unit.text, clause_start, start):
            indent = len(unit.text[clause_start:start]) - len(unit.text[clause_start:start].lstrip(" \t\u3000*>-"))
            yield unit, clause_start + indent, end  # the clause from its subject: 「社团应补充真实主体名称…」
    for pattern, needs in ((_STEP_THEN_ADD, _STEP_NEEDS), (_CONTACT_PENDING, _STEP_NEEDS)):
        for unit, start, end, _ in ctx.scan(pattern, needs=needs):
            clause_start = _clause_start(unit.text, start)
            stop = _CLAUSE_END.search(unit.text, end, min(len(unit.text), end + 80))
            clause_end = stop.start() if stop else min(len(unit.text), end + 80)
            if _ADDRESSEE.search(unit.text, clause_start, end) or _ROLE_BEFORE.search(unit.text, clause_start, start):
                continue  # 您接入设备后需补充…, 开发者配置后须写明…: the reader's or another party's step
            yield unit, start, max(end, clause_end)  # the to-do to its clause's end
    for pattern, needs in ((_PRE_STEP_DETAILS, _DUTY_NEEDS), (_DETAILS_HERE_LATER, _STEP_NEEDS)):
        for unit, start, end, _ in ctx.scan(pattern, needs=needs):
            clause_start = _clause_start(unit.text, start)
            if _ADDRESSEE.search(unit.text, clause_start, end) or _ROLE_BEFORE.search(unit.text, clause_start, start):
                continue  # 您上线前需补充联系方式, 开发者应在发布前补充联系方式: the reader's or another party's step
            stop = _CLAUSE_END.search(unit.text, end, min(len(unit.text), end + 80))
            yield unit, start, stop.start() if stop else min(len(unit.text), end + 80)  # from the step (正式运营前…) on
    for unit, start, end, _ in ctx.scan(_EN_PRELAUNCH, needs=_EN_PRELAUNCH_NEEDS):
        stops = list(_EN_STOP.finditer(unit.text, max(0, start - 160), start))
        sentence_start = stops[-1].end() if stops else max(0, start - 160)
        stop = _EN_STOP.search(unit.text, end)
        sentence_end = stop.start() + 1 if stop else len(unit.text)
        # (review r43) the details are what is to be added: the passive's subject ("The legal operator name … must be
        # confirmed before formal launch"), or what follows "completed with"; not a word anywhere in the sentence ("Your
        # deletion request will be completed …, and we will reply to the e-mail address on file")
        details = (end, sentence_end) if unit.text[start:end][:6].lower() == "before" else (sentence_start, start)
        if _EN_READER.search(unit.text, sentence_start, sentence_end) or not _EN_OPERATOR_DETAILS.search(unit.text, *details):
            continue  # "you may…", or a sentence naming no detail of the operator as the thing to add
        yield (
            unit,
            sentence_start + len(unit.text[sentence_start:start]) - len(unit.text[sentence_start:start].lstrip(" \t>*")),
            sentence_end,
        )
    for unit, start, end, _ in ctx.scan(_COMPLETE_POLICY, needs=_COMPLETE_NEEDS):
        clause_start = _clause_start(unit.text, start)
        if not _ADDRESSEE.search(unit.text, clause_start, end) and not _ROLE_BEFORE.search(unit.text, clause_start, start):
            yield unit, start, end
    for unit, start, end, m in ctx.scan(_EN_NOTE, needs=" this "):
        if m.group("enplace") is not None and not _EN_PLACE_TARGET.search(unit.text, m.start("enplace") - m.start() + start, end):
            continue  # add this page to your bookmarks: said to the reader
        if _EN_READER.search(unit.text, max(0, start - 12), end):
            continue  # "You may link this page from your website", "edit this section of your profile": said to the reader
        yield unit, start + len(unit.text[start:end]) - len(unit.text[start:end].lstrip()), end


_PLACE_NEEDS = lazy("[页頁策明]")
_DUTY_NEEDS = lazy("[前]")
_COMPLETE_NEEDS = lazy("[请請]")
_REAL_NEEDS = lazy("[补補]")
_STEP_NEEDS = lazy("[后後]")
_LEFT_NEEDS = lazy("[由]")
_EN_PRELAUNCH_NEEDS = lazy(r"(?i:launch|release|publication|configured|confirmed|set up)")
_EN_STOP = lazy(r"[.!?。！？\n][*_\"'”’)]*[ \t]*")


def _clause_start(text: str, start: int) -> int:
    """The start of the clause holding `start` (at most 40 characters back: linear), as the gate scan finds it."""
    clause = _CLAUSE_START.search(text, max(0, start - 40), start)
    return clause.start() + 1 if clause else max(0, start - 40)


_READER_PLACE = lazy(r"书签|書籤|收藏|主屏|主畫面|桌面|浏览器|瀏覽器|备忘录|備忘錄|记事本|記事本|离线|離線|阅读|閱讀|我们|我們")
_USAGE_NEEDS = lazy("[本此]")
