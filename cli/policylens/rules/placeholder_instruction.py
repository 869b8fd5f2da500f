"""placeholder-instruction: template instructions, slot names and dummy values left in the text."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache

from policylens.lazyre import GuardedPattern, lazy
from policylens.model import Finding
from policylens.patterns import DATE_CUE, IN_CLAUSE, SENTENCE_BREAKS, USER_CONTENT_RE, contact_channels, spaced
from policylens.rules.base import Rule, register
from policylens.rules.context import Context, TextUnit, in_code, in_code_span
from policylens.rules.placeholder_forms import extra_slots
from policylens.rules.templates import template_syntax
from policylens.spans import Taken

_DATE_CUE = lazy(DATE_CUE)  # the words that announce a policy's own date

_CLOSE = "】］〕）)>}\\]"
_CJK = "\u4e00-\u9fff"
_FILL = r"填寫|填写|填入|輸入|输入|插入|補充|补充|替換|替换|待定|待補|待补|待填"
# A slot named after its field.  In half-width brackets, which Chinese text does not use for
# emphasis, any short qualifier may precede a field noun: [公司名称], [您的邮箱地址], [姓名],
# [24小時緊急電話], [GitHub仓库地址].  Full-width 【】［］ also mark emphasis (我们收集您的【手机号码】),
# so there the field must be qualified as the operator's or the reader's: 【公司名称】, 【聯絡電話】.
_FIELD_NOUN = spaced(
    rf"(?:全称|全稱|名称|名稱|{contact_channels(without=('邮件', '郵件', '传真', '傳真', '微信', 'QQ'))}"
    r"|邮件地址|郵件地址|邮箱地址|郵箱地址|电话号码|電話號碼|号码|號碼"
    r"|联系方式|聯絡方式|聯繫方式|日期|时间|時間|网址|網址|统一社会信用代码|統一編號|备案号|備案號)"
)
# A contact's or the operator's field, as a label (支持邮箱：, 联系电话：, 支持页面：) or named by an instruction
# left as its value (请替换为你的邮箱地址): the field nouns plus the words of a channel.
_CONTACT_FIELD = rf"(?:{_FIELD_NOUN}|邮件|郵件|热线|熱線|网站|網站|页面|頁面|链接|鏈接|連結|姓名|名字|客服|域名|URL|Email|E-mail)"
# (a space may separate mixed-script words: [您的 GitHub 仓库地址]; the run is bounded, so linear)
# ([其他 SDK 名称与链接]: a name and the link that goes with it)
_FIELD_AND_LINK = r"(?:(?:与|和|及|與)(?:链接|鏈接|連結|网址|網址))?"
_FIELD_FREE = rf"(?:[\u4e00-\u9fffA-Za-z0-9/](?:[\u4e00-\u9fffA-Za-z0-9/ ]{{0,14}}?[\u4e00-\u9fffA-Za-z0-9/ ])?(?:{_FIELD_NOUN}{_FIELD_AND_LINK}|姓名|名字|用户名|用戶名|账号|帳號|账户|帳戶)|{_FIELD_NOUN}|姓名|名字|用户名|用戶名|账号|帳號|账户|帳戶)"
_FIELD_QUALIFIED = (
    r"(?:(?:[您你]的|贵司|貴司|本公司|公司|企业|企業|运营者|運營者|营运者|營運者|开发者|開發者|联系|聯絡|聯繫|注册|註冊|客服|办公|辦公"
    r"|营业|營業|紧急|緊急|香港|隐私|隱私|私隱|通讯|通訊|邮寄|郵寄)+"
    rf"{_FIELD_NOUN}|[您你]的(?:用户名|用戶名|账号|帳號|账户|帳戶|姓名|名字)"
    # 【个人开发者姓名】, 【运营者姓名】: the operator's own name (not 【姓名】, a data item)
    r"|(?:个人|個人)?(?:开发者|開發者|运营者|運營者|营运者|營運者|负责人|負責人)(?:姓名|名字)"
    # 【应用名称】, 【APP名稱】, 【游戏产品名称】, 【运营主体名称】, 【SDK名称】: the name of the product,
    # the operator or a partner never filled in (a data item such as 【设备名称】 is emphasis, not a slot)
    # 【服务名称】, 【设备权限名称】: the service or the permission the template never named
    r"|[\u4e00-\u9fff]{0,4}(?:应用|應用|产品|產品|软件|軟件|軟體|网站|網站|平台|平臺|品牌|小程序|游戏|遊戲|主体|主體|SDK|APP|App|app"
    r"|服务|服務|权限|權限"
    # 【运营公司名称】, 【合作公司名称】, 【团队名称】: a company, team or body never named
    r"|公司|企业|企業|单位|單位|机构|機構|团队|團隊|工作室"
    # 【商户名称】, 【门店名称】: the merchant of a white-label mini-program, never filled in
    r"|商户|商戶|商家|店铺|店鋪|门店|門店)"
    r"(?:名称|名稱|全称|全稱)"
    # 【隐私政策连接】, 【用户协议链接】: the link to a policy the template never gave
    r"|(?:隐私政策|隱私政策|隐私权政策|隱私權政策|私隱政策|隐私协议|隱私協議|用户协议|用戶協議|服务协议|服務協議)"
    r"(?:链接|鏈接|连接|連接|連結|网址|網址|地址|URL))"
)
# 【数据类型】, 【信息类型】, 【业务合作伙伴的类型】: a kind of data or party the template asks for.  Never a
# data item (【设备类型】 is one: the device's type is collected), so also at the end of a list of data.
_CATEGORY_SLOT = (
    r"(?:数据|數據|资料|資料|信息|資訊|个人信息|個人信息|個人資料"
    r"|(?:业务|業務)?(?:合作伙伴|合作夥伴|合作方|第三方|服务商|服務商|供应商|供應商|接收方|接收者)的?)"
    r"(?:类型|類型|种类|種類|类别|類別)"
)
_OPTIONAL = r"(?:(?:可选|可選|选填|選填|非必填|(?i:optional))\s*[：:]\s*)"
# The generic places a template leaves for the drafter inside a sentence: 受[您所在地区]法律管辖,
# [您所在国家/地区]法院, [贵公司所在城市], 提交[指定仲裁机构]仲裁.
# 【个人开发者姓名/主体名称】: alternatives for the author to choose; 【联系地址，可选】: the template's note on the field
_FIELD_MORE = (
    # 【注册地址详细信息】: the field's details
    r"(?:详细信息|詳細信息|詳細資訊|详情|詳情)?"
    # the other choices: a field, or the kind of party that would be named ([开发者姓名/个人开发者])
    rf"(?:\s*[/／]\s*(?:{_FIELD_QUALIFIED}|{_FIELD_NOUN}|姓名|名字"
    r"|(?:个人|個人)?(?:开发者|開發者|运营者|運營者|营运者|營運者)|公司|企业|企業|主体|主體|团队|團隊|工作室)){0,3}"
    r"(?:\s*[，,]\s*(?:可选|可選|选填|選填|如有|如适用|如適用|非必填|(?i:optional)))?"
)
_GENERIC_SLOT = (
    r"(?:(?:[您你]|贵公司|貴公司|贵司|貴司|本公司|公司)(?:的|所在的?|所屬的?|所属的?|注册地的?|註冊地的?)?[^\]】］\n]{0,8}?"
    r"(?:地区|地區|城市|国家|國家|司法管辖区|司法管轄區|管辖区|管轄區|法院|仲裁机构|仲裁機構|所在地|省份|州)"
    # [您的姓名/公司名], [您的支持页面URL]: the reader's own name, contact or page, in brackets where the operator's belongs
    r"|[您你]的[^\]】］\n]{0,8}?(?:姓名|名字|名称|名稱|公司名|网址|網址|链接|鏈接|連結|URL|页面|頁面|邮箱|郵箱|信箱|电话|電話|地址|域名|品牌)"
    r"|指定的?(?:仲裁机构|仲裁機構|仲裁委员会|仲裁委員會|法院)"
    r"|所在(?:的)?(?:地区|地區|城市|国家|國家|省份|州|地))"
)
# the same nouns bare, in half-width brackets only (【城市】 may be emphasis): 受[国家]法律管辖, [国家/地区]
_GENERIC_BARE = (
    r"(?:地区|地區|城市|国家|國家|国家/地区|國家/地區|国家或地区|國家或地區|司法管辖区|司法管轄區|管辖法院|管轄法院|仲裁机构|仲裁機構)"
)
# The English slot nouns: [Company Name], [Insert Privacy Contact Email], [Hong Kong Address].
_EN_HEAD = (
    r"names?\s+and\s+links?|name|e-?mail(?:\s+address)?|address|date|phone(?:\s+number)?|telephone(?:\s+number)?|number|hours|company|url|website"
    r"|entity|organi[sz]ation|tbd|todo|your\s*(?:app|product|service|site|domain|brand|company)(?:\s+name)?"
)
# a blank between the parts of a date: spaces, no-break spaces, underscores, or Markdown's <u>&nbsp;&nbsp;</u>
_BLANK = r"(?:[ \t\u3000\u00a0_＿]|&nbsp;|</?u>){1,24}"
_PATTERNS = (
    # 【請填寫公司名稱】, （此处填写公司地址）, [待填写——注册后补充], [插入日期]: the instruction opens the bracket
    rf"[【［〔（(<{{\[]\s*(?:(?:此处|此處|这里|這裡|在此)\s*)?(?:(?:請|请)\s*)?(?:在此)?(?:{_FILL})[^{_CLOSE}\n]{{0,40}}[{_CLOSE}](?!\()",
    # GitHub：[如果项目在 GitHub 上，请填写仓库地址]: the instruction after a condition, within a
    # bracket that stands as a field's value (after a colon; 「（如需注册，请填写真实信息）」 in a
    # sentence is advice to the user)
    # (square brackets: （如为企业用户，请填写企业名称） in prose describes a form)
    rf"(?<=[：:])\s?[【［\[][^{_CLOSE}\n，,]{{1,30}}[，,]\s*(?:請|请)\s*(?:{_FILL})[^{_CLOSE}\n]{{0,40}}[{_CLOSE}](?!\()",
    # 联系邮箱：（若有客服邮箱，請填寫於此）: in parentheses only when it names the place to fill
    rf"(?<=[：:])\s?[（(][^{_CLOSE}\n，,]{{1,30}}[，,]\s*(?:請|请)\s*(?:{_FILL})\s*(?:於此|于此|在此|此处|此處)[^{_CLOSE}\n]{{0,20}}[）)]",
    # [公司名称], 【聯絡電話】: the slot names a field (not a label: checked in `_is_label`);
    # [可选：你的地址]: with the template's note that the field is optional
    rf"(?P<field>\[\s*{_OPTIONAL}?(?:{_FIELD_FREE}|{_FIELD_QUALIFIED}{_FIELD_MORE})\s*\](?![(\[])|[【［]\s*{_OPTIONAL}?{_FIELD_QUALIFIED}{_FIELD_MORE}\s*[】］])",
    # 受[您所在地区]法律管辖, 提交[指定仲裁机构]仲裁, 【您所在城市】: a generic slot inside a sentence, qualified as the
    # reader's or the operator's place (not a label: 您所在 never opens a heading)
    rf"(?P<generic>[\[【［]\s*{_GENERIC_SLOT}\s*[\]】］](?![(\[])|\[\s*{_GENERIC_BARE}\s*\](?![(\[:]))",
    # 收集您的手机号码、登录密码、【数据类型】: a kind of data or party left for the drafter (not alone in its
    # paragraph, where it may head a table or list: see `check`)
    rf"(?P<category>[【［]\s*{_CATEGORY_SLOT}\s*[】］](?![(\[]))",
    # 联系电话：【电话号码】, 地址：［地址］: a bare field in full-width brackets as the value of a label of the same
    # field (not 我们收集：【手机号码】, emphasis after a label that is not a contact's)
    rf"(?P<bare>(?<=[：:])[ \t\u3000]?[【［]\s*(?:{_FIELD_NOUN}|姓名|名字)\s*[】］])",
    # [您的 GitHub 仓库链接](https://…): the template's link text naming the slot, left around a filled URL
    # (the text names a template's slot: a project or site's link; not [您的個人主頁](…) or [您的訂單連結](…), real links)
    r"(?P<linkslot>(?<!!)\[\s*[您你]的[^\[\]\n]{0,12}?(?:GitHub|Github|github|仓库|倉庫|项目|項目|网站|網站)[^\[\]\n]{0,6}?(?:链接|鏈接|連結|网址|網址|地址|主页|主頁|URL)?\s*\](?=\())",
    # [insert company name], [Company Name], [Email], [Hong Kong Address] — not links, not reference definitions
    rf"(?P<en>(?<![\]!])\[\s*(?i:(?:insert|enter|add)\b[^\]\n]{{0,50}}|(?:[a-z0-9][a-z0-9/'\-]*\s+){{0,4}}(?:{_EN_HEAD})(?:\s+of\s+[a-z ]{{1,30}})?)\s*\])(?![(\[:])",
    # 【注：示例】, [示例], （上线后更新）, [律师审]: drafting notes (not 待确认 or 待审核, which are
    # also states a policy describes: 订单状态（待确认、已完成）)
    r"[【［\[]\s*(?:(?:注|備註|备注)[：:]?\s*|[：:]\s*)?(?:示例|範例|范例|样例|樣例|example|sample)\s*[】］\]](?![(\[])",
    rf"[（(【［\[][^{_CLOSE}\n]{{0,20}}(?:上线后|上線後|待更新|后续补充|後續補充|稍后补充|稍後補充|律师审|律師審|法务审|法務審)[^{_CLOSE}\n]{{0,20}}[{_CLOSE}]",
    # 请把文中的主体名称…替换成你的真实信息: an instruction to the person filling in the template
    # (替换, not 修改: 请将昵称修改为您的真实姓名 asks the user for real data).  It starts at 替,
    # rarer than 请; `_instruction_start` widens it back to the 请 that opens the sentence.
    r"(?P<instruction>替[换換](?:成|为|為)(?:(?:你|您)(?:自己)?的(?:真实|真實|实际|實際|正式|公司|企业|企業|应用|應用|产品|產品|品牌|网站|網站|App|APP)|(?:贵公司|貴公司|贵司|貴司|贵单位|貴單位|实际|實際|真实|真實|正式))[^。！!\n）)】］\]]{0,20})",
    # YourApp, YourCompany, Your Company Name: a product name never filled in
    r"(?<![A-Za-z])Your(?:App|Company|Product|Service|Site|Website|Domain|Brand|Name|Email)(?![a-z])",
    r"(?<![A-Za-z])Your\s+(?:Company|App|Application|Product|Organi[sz]ation|Business|Website|Site)\s+Name(?![A-Za-z])",
    # {{ name }}, ${var}, %COMPANY%  (Hugo shortcodes {{< … >}} are not placeholders, nor Blade
    # comments {{-- 資料收集與使用 --}}, which the template engine drops: eval/precision11)
    r"(?P<mustache>\{\{(?![<%]|--)\s{0,10}[\w.\- ]{1,40}\s{0,10}\}\})",  # padding bounded: quadratic on `{{` + spaces
    r"(?P<dollar>\$\{\s*\w[\w.]{0,40}\s*\})",
    # (not URL encoding: %E4%B8%AD)
    # (glued to Chinese text, which `\w` would match: 由%COMPANY%運營; not Windows variables: %APPDATA%, see `check`)
    r"(?P<percent>(?<![A-Za-z0-9_%])%(?![0-9A-F]{2}%)[A-Z][A-Z0-9_]{1,40}%(?![A-Za-z0-9_%]))",
    # {company}: a single-brace variable (template formats: see `template_syntax`)
    # (also glued to Chinese text: 本应用由{company}运营; and {公司名称}, a slot named in Chinese)
    rf"(?P<brace>(?<![{{$A-Za-z0-9_])\{{\s*(?:[A-Za-z_][A-Za-z0-9_.]{{0,40}}|[{_CJK}]{{2,12}})\s*\}}(?!\}}))",
    # {日期/时间}, {如果相关，请填写}, {请根据用途调整这段文字，…}, {包括访问网站时/在用户浏览网站时…}: a template's
    # slot in single braces that opens with Chinese; what it holds is checked in `check` (alternatives, an
    # instruction or a field noun: `_CJK_BRACE_SLOT`).  One bounded run: linear.
    rf"(?P<cjkbrace>(?<![{{$A-Za-z0-9_])\{{(?=[{_CJK}])[^{{}}\n]{{1,160}}\}}(?!\}}))",
    # privacy@chronograph.app （占位）, 【占位符】, (placeholder): a value the text itself marks as a placeholder
    # (after a date, a version or the text's name it is the draft marker of `placeholder-drafting`: see `check`)
    # (not （占位符） or "a grey box (placeholder)", a UI element the policy describes: review rv10a)
    r"(?P<marked>[（(【［\[]\s*(?:占位|佔位)(?:内容|內容|信息|資訊)?\s*[）)】］\]]|[【［]\s*(?:占位|佔位)符\s*[】］]|\[\s*(?i:placeholder)\s*\])",
    # 【建议 6 个月至 1 年】, [建议 30 天]: the template's suggested period left in its brackets as the value (a number
    # and a unit of time follow 建议: not 【建议1】, a numbered tip, nor 【建议】 or 【建议开启两步验证】)
    r"(?P<suggested>(?<=[：:为為是至后後 *])[【［\[]\s*(?:建议|建議|推荐|推薦)\s*[0-9０-９]{1,4}\s*(?:[个個]\s*)?(?:月|年|天|日|周|週|小时|小時|工作日)"
    r"[^】］\]\n]{0,16}[】］\]])",
    # <公司名稱>, <联系电话>, https://github.com/<你的用户名>/ (not `category_pack_<分類>`: a naming scheme's part)
    # (not a title quoted with angle brackets for 《》: <<內容同意協議>>, <用户协议>)
    rf"(?P<angle><\s*[{_CJK}][{_CJK}\w ]{{0,20}}(?<!協議|协议|條款|条款|政策|規則|规则|指引|聲明|声明|辦法|办法|須知|须知)>)",
    # <your-username>, <YOUR_REPO>, <your email>: an English slot named as the reader's own
    r"(?P<your><\s*(?i:your)[-_ ]?[A-Za-z][A-Za-z0-9_-]{0,30}\s*>)",
    # <Company Name>, <Email>, <Hong Kong Address>: an English field in angle brackets, capitalised (not an HTML
    # tag such as <address>, which is lower case)
    r"(?P<enangle><\s*(?:[A-Z][A-Za-z]*\s+){0,3}(?:Name|Email|E-mail|Address|Phone|Number|Date|Website|URL|Company|Organi[sz]ation)\s*>)",
    # [describe how users can request deletion], [specify the retention period]: the template's instruction to its
    # writer in square brackets, an imperative then lower-case words (not [Add Account], a button's title-case label,
    # not a Markdown link or reference)
    r"(?P<enverb>(?<![\]!])\[\s*(?:[Dd]escribe|[Ss]pecify|[Ll]ist|[Ee]xplain|[Ss]tate|[Pp]rovide|[Ii]nclude|[Mm]ention|[Ss]ummari[sz]e|[Oo]utline|[Ii]dentify)"
    r"\s+[a-z][a-z'-]*(?:\s+[^\]\s\n][^\]\n]{0,80}?)?\s*\](?![(\[:]))",
    # (list them with links, for example …), (describe how users can …): the same in round brackets, about the text's
    # own subject (them, how, which); not (list the data you want deleted), said to the reader (see `check`)
    r"(?P<enverbparen>\(\s*(?![^()\n]*\b[Yy]ou)(?:list|describe|specify|explain|name|identify|outline|summari[sz]e)\s+(?:them|it|each|all|how|which|what|where|who|here)\b[^()\n]{3,100}\))",
    # （或个人信息保护专员）, (or DPO): the template's alternative left in (专职部门 or 专员: one was to be kept)
    r"(?P<alternative>[（(]\s*或\s*(?:个人信息保护|個人信息保護|個人資料保護|个人资料保护|数据保护|數據保護|資料保護)(?:专员|專員|负责人|負責人|官)\s*[）)]"
    r"|\(\s*or\s+(?:the\s+|a\s+|our\s+)?(?:DPO|[Pp]rivacy\s+[Oo]fficer)\s*\))",
    # (insert address here), (enter your e-mail here): an instruction in round brackets
    # (a field is named: not 「(insert the card here)」, said to the user)
    r"(?P<enparen>\(\s*(?i:(?:insert|enter|add|fill\s+in)(?![\w-])[^()\n]{0,30}?\b(?:name|address|e-?mail|date|phone|company|url|website|contact|number|details)\b[^()\n]{0,20})\s*\))",
    # <运营主体法定名称，待确认>, 【客服邮箱，待确认】, [support@your-domain.example, TBD]: a slot that says its value is
    # still to be confirmed (not （待确认、已完成）, order states in parentheses)
    r"[<【［\[][^<>【】［］\[\]\n]{1,40}?[，,、;；]\s*(?:待确认|待確認|待定|待填写|待填寫|待补充|待補充|待替换|待替換|待更新|待提供|TBD|TBC|TODO)\s*[>】］\]](?!\()",
    # YYYY-MM-DD, <YYYY年MM月DD日>: a date format never replaced by a date (not 格式为 YYYY-MM-DD, see `check`)
    # (also in square brackets after the date's label: **生效日期**：[YYYY-MM-DD], Last updated: [YYYY-MM-DD])
    r"(?P<ymd>[<\[【［]?(?<![A-Za-z])YYYY\s*[-/.年]\s*(?:MM|mm)\s*[-/.月]\s*(?:DD|dd)\s*日?(?![A-Za-z])[>\]】］]?)",
    # 20XX年X月X日, 2024年X月X日, X月X日, X个工作日, XX天: a date or period whose digits are X
    # (the digits before the first X are taken in by `_widen_number`)
    r"(?P<xdate>(?<![A-Za-z])[XxＸｘ]{1,4}(?:[年月](?:[0-9XxＸｘ]{1,2}[月日号號])*|[日天号號]|[个個]?(?:工作日|小[时時]|月|周|週|星期)|周|週|分[钟鐘]))",
    # XXX公司, XXXApp, XX市XX區, xx年xx月xx日, 400-XXX-XXXX, 010-8888XXXX, ×××, ○○○, 某某
    r"(?<![A-Za-z])(?:(?<![0-9])(?:X{2,}|x{3,}|x{2}(?=[\u4e00-\u9fff])|Ｘ{2,}|ｘ{2,})|(?<=[0-9])(?:X{3,}|x{3,}))"
    r"(?:(?:[\u4e00-\u9fff]{1,2}|-)(?:X{2,}|x{2,}|Ｘ{2,}|ｘ{2,}))*(?:有限公司|公司|集团|集團|[市省区區县縣路街号號楼樓室年月日]|App|APP|app)?(?![A-Za-z0-9])",
    r"×{2,}|(?<![一二三四五六七八九十〇○零])[○◯]{3,}(?![年月日])|某[省市区區县縣镇鎮路街](?:某[省市区區县縣镇鎮乡鄉村路街号號楼樓室])+|某某+",
    # [我/我们], [我的/我们的], [I/We], [my/our]: a policy generator's choice of person, never made
    r"\[\s*(?:我的|我们的|我們的|我们|我們|我)\s*[/／]\s*(?:我的|我们的|我們的|我们|我們|我)\s*\]",
    r"\[\s*(?i:I|we|my|our|me|us|I am|we are|I'm|we're|mine|ours)\s*/\s*(?i:I|we|my|our|me|us|I am|we are|I'm|we're|mine|ours)\s*\](?![(\[])",
    # [添加您在此处收集的任何其他信息，例如…]: the generator's "add … here" (not 【添加好友】, a button)
    # (not a step of a UI path: 【设置】-【添加此处的快捷方式】)
    rf"(?<![-－—>＞→】\]][ \t\u3000])(?<![-－—>＞→】\]])[【［\[]\s*(?:(?:請|请)\s*)?添加[^{_CLOSE}\n]{{0,30}}?(?:此处|此處|这里|這裡|在此)[^{_CLOSE}\n]{{0,40}}[{_CLOSE}](?!\()",
    # 2019年 月 日, 2024年＿月＿日: a date whose month and day were left blank
    # (it starts at 年, the year is taken in by `_widen_number`: digits are no scan guard)
    # (the blanks may be no-break spaces or an underlined run of &nbsp; in Markdown: 2025年<u>&nbsp;&nbsp;</u>月…;
    # a year left blank too is checked in `check`: only after the label of the policy's own date, 生效日期：)
    # (an HTML page's &nbsp; run inside <u> is gone from its text: 生效日期：年月日, 更新于 2025 年月日)
    rf"(?P<blankdate>(?:(?<=[0-9]{{4}})|(?<=[0-9]{{4}} )|(?<=[ \u3000\u00a0_＿;>：:]))年(?:{_BLANK}月{_BLANK}|月)日(?![均期])"
    # 2024年3月 日, 2025 年 月 15 日: the day or the month alone left blank (the year in digits; not 3月 日本…, a
    # date then a word: the blank day ends its field)
    rf"|(?:(?<=[0-9]{{4}})|(?<=[0-9]{{4}}[ \u3000]))年(?:[ \u3000]?[0-9]{{1,2}}[ \u3000]?月{_BLANK}|{_BLANK}月[ \u3000]?[0-9]{{1,2}}[ \u3000]?)日(?![\u4e00-\u9fff]))",
    # explicit "to be decided" markers
    # (待补充 as a value or a note, not 请完善待补充资料, a state of a form: like 待填写 below)
    r"待定(?!期)|待[補补]充(?![\u4e00-\u9fff])|(?<![A-Za-z])(?:TBD|TBC|TODO|FIXME|TBA)(?![A-Za-z])",
    # [●], 【●】: the bullet slot of legal drafting (not a bullet: bullets are not bracketed)
    r"[\[［【]\s*[●•◆]\s*[\]］】]",
    # 待填写 as a whole value: 联系电话：待填写, （待填寫）, a cell of its own (not 待填写的表单)
    r"待填(?:写|寫|入)(?![\u4e00-\u9fff])",
    r"待替(?:换|換)(?![\u4e00-\u9fff])",
    # 待完善, 待更新, 待提供 as the whole value of a field: 保存期限：待完善 (not 待确认: 订单状态：待确认)
    r"(?:(?<=[：:])|(?<=[：:][ \u3000]))待(?:完善|更新|提供|补全|補全|添加|补齐|補齊|补|補|填|公布|公佈)(?![\u4e00-\u9fffA-Za-z0-9])",
    # 客服邮箱：待确认, 联系电话：【待确认】: the value of a contact or name field still to be confirmed
    # (the label is checked in `check`: 订单状态：待确认 is a state the policy describes)
    r"(?P<tbc>(?:(?<=[：:])|(?<=[：:][ \u3000]))[【［\[<]?待(?:确认|確認|定)[】］\]>]?(?![\u4e00-\u9fffA-Za-z0-9]))",
    # (邮件：暂未开通，后续补充, a value still to come, is `_LATER` below, scanned apart)
    # Lorem ipsum: filler text never replaced
    r"(?<![A-Za-z])L(?i:orem\s+ipsum)(?![A-Za-z])",
)

# YOUR_EMAIL_HERE, COMPANY_NAME, APP_NAME: a template constant never replaced (not ACCESS_FINE_LOCATION).
# Scanned apart, only in the units that hold an underscore: its capitals would make the guard below fire
# on every English sentence.
_CONSTANT = lazy(
    r"(?<![A-Za-z0-9_])(?:YOUR|COMPANY|APP|PRODUCT|CONTACT|SUPPORT|PRIVACY|OPERATOR)_(?:[A-Z]+_){0,3}"
    r"(?:NAME|EMAIL|ADDRESS|PHONE|URL|DATE|HERE|SITE|DOMAIN)(?![A-Za-z0-9_])"
    # [EFFECTIVE_DATE，例如 2026-06-23], [LAST_UPDATED_DATE]: any constant naming a field, as the whole slot in square
    # brackets (not a bare SERVICE_URL, which a self-hosted tool's policy names as a setting the admin sets)
    r"|(?P<bracketed>(?<=[\[【［])[ \t]?[A-Z][A-Z0-9]{1,15}_(?:[A-Z0-9]{1,15}_){0,3}(?:NAME|EMAIL|ADDRESS|PHONE|URL|DATE|SITE|DOMAIN)"
    r"(?=[ \t]?[\]】］，,]|[ \t]?[(（]?(?:例如|e\.g\.))(?![ \t]?\][(\[]))"
)
# 邮件：暂未开通，后续补充: a field whose value is to come (from the field's colon; not 附件将后续补充, a sentence).
# Scanned apart, only in the units that hold one of its last characters.
_LATER = lazy(
    r"[：:][^。；;！!？?\n：:]{0,10}?(?P<words>后续补充|後續補充|稍后补充|稍後補充|另行补充|另行補充|后续提供|後續提供|后续公布|後續公布)"
)
_LATER_NEEDS = lazy("[充供布佈]")
# the field before it: 邮件：, **客服电话**：, Email: (not 注：, a sentence's colon)
_LATER_LABEL = lazy(
    rf"(?:{_FIELD_NOUN}|邮件|郵件|手机|手機|客服|微信|QQ|(?i:e-?mail|tel|phone|website))[^：:\n]{{0,4}}?\**[ \t\u3000]*[：:]\Z"
)
# 电话：none, 传真：null, Email: undefined: a field whose value is a template's or a program's default, never filled.
# (N/A after a Chinese label may be an honest 不适用: `placeholder-hedge` reports it as a warning.)
# (no leading lookbehind: it would cost `re` its skip to the first letters, ten times slower on a policy;
# the colon before the value is checked in `_field_colon`)
_DEFAULT_VALUE = lazy(r"(?:none|None|NONE|null|Null|NULL|undefined|NaN|nil)(?![A-Za-z0-9_.@-])")
_VALUE_LEAD = " \t\u3000*"  # what may stand between a field's colon and its value
# the contact or name field before it (a Chinese label for none: Email: none is honest English)
_DEFAULT_WORDS = spaced("(?:传真|傳真|手机|手機|客服|微信|QQ|联系人|聯絡人|联系|聯絡|运营者|運營者|主体|主體|负责人|負責人|公司|官网|官網)")
_DEFAULT_LABEL = lazy(
    rf"(?:(?P<zh>{_FIELD_NOUN}|{_DEFAULT_WORDS})"
    r"|(?i:e-?mail|tel|telephone|phone|fax|address|contact|website|url|company|name))[^：:\n]{0,4}?\**[ \t\u3000]*\Z"
)
# every built-in pattern starts with one of these characters
_START = lazy(r"[【［〔（(<{\[$%XxＸｘ×○◯某待替TFYL年]")
# privacy@example.com, www.yourdomain.com: a dummy address never replaced.  The host comes
# first so that `re` can skip ahead to it; the address is then extended to its start.
_DUMMY_HOST = lazy(
    r"(?:example|yourcompany|yourdomain|yoursite|company|domain|xxx|xx"
    r"|yourapp|yourproduct|yourservice|yourwebsite|yourbrand|yourname|yourcompanyname|your-company|your-domain|your-app"
    r"|your-site|your-website|your-name|your-brand|your-product"
    # admin@test.com: the writer's stand-in (only in an e-mail or as a contact: see `_ONLY_AFTER_AT`)
    # (not mycompany.com or my-domain.com, real hosts: round5)
    r"|test"
    r")\.(?:com|org|net|edu|cn|hk|tw|io|co|app|dev|me|info)(?![A-Za-z0-9_-])"  # ASCII: a host may be followed by Chinese text
    # https://your.domain/privacy: the host is the words "your domain"
    r"|your\.domain(?![A-Za-z0-9_-])"
    # yourname.github.io, your-username.github.io: a GitHub Pages host never renamed
    r"|(?:yourname|your-name|yourusername|your-username|username|your-github-username|YOUR_USERNAME|YOUR-USERNAME|YOURNAME)"
    r"\.github\.io(?![A-Za-z0-9_-])"
    # https://raw.githubusercontent.com/yourusername/app/main/PRIVACY.md, github.com/your-username/…: a code host's
    # account left as the template wrote it (in prose; a code span or block is the reader's own command, see `check`)
    r"|(?P<codehost>(?:github\.com|raw\.githubusercontent\.com|gitee\.com|gitlab\.com)/(?:yourusername|your-username|your_username"
    r"|YOUR_USERNAME|YOUR-USERNAME|your-github-username|yourgithubusername|YourUserName|YourUsername)(?![A-Za-z0-9_-]))"
)
# your@email.com, your.email@gmail.com, youremail@domain.cn: a template's mailbox on any host, the same mailboxes
# `placeholder_link_target` reads in mailto: (a real host behind it is the template's sample, never the operator's)
_YOUR_MAILBOX = lazy(
    r"(?<![A-Za-z0-9_.+-])(?i:your[-._]?(?:e-?mail|mail|name|address)?)@(?:[A-Za-z0-9-]{1,63}\.){1,4}[A-Za-z]{2,12}(?![A-Za-z0-9_-])"
)
# example.com names an example in prose ("如 example.com"); these and real words are dummies only in an e-mail address
_ONLY_AFTER_AT = ("example.", "company.", "domain.", "xx.", "username.", "test.")
# searched in the 64 characters before a host: an e-mail's local part, or a URL's scheme and subdomains (https://app.example.net)
_ADDRESS_START = lazy(r"(?:[A-Za-z0-9_.+-]{1,64}@(?:[A-Za-z0-9-]{1,63}\.){0,3}|(?:https?://)?(?:[A-Za-z0-9-]{1,63}\.){0,3})$")
# https://www.example.com given as the place to reach the operator: 联系我们：https://www.example.com/contact
_CONTACT_CUE = lazy(
    r"(?:联系|聯絡|聯繫|客服|反馈|反饋|投诉|投訴|网址|網址|官网|官網|网站|網站|访问|訪問|帮助|幫助|主页|主頁|contact|website|help|support)[^。！!？?\n]{0,30}$",
    re.I,
)
# (如 followed by a blank 「（如 your@email.com）」, a hint or an illustration 「提示文字“your@email.com”仅为示意」, review rv13c)
_EXAMPLE_CUE = lazy(
    r"(?:例如|比如|譬如|如：|如:|[（(]如[ \t\u3000]|e\.g\.|for example|such as|示例|範例|范例|提示|示意|(?<![a-z])hint(?![a-z]))", re.I
)


def _contact_url(text: str, start: int, prefix: str) -> bool:
    """An example.com URL (with scheme or www.) offered as a contact or website, not as an example in prose."""
    if not prefix:
        return False
    before = text[max(0, start - 40) : start]
    return _CONTACT_CUE.search(before) is not None and _EXAMPLE_CUE.search(before) is None


def _date_label(text: str, start: int) -> bool:
    """Whether the text just before `start` is the label of the policy's own date: 生效日期：, Last updated:."""
    before = text[max(0, start - 16) : start].rstrip(" \t\u3000*")
    return before.endswith((":", "：")) and _DATE_CUE.search(before) is not None


def _in_example(text: str, start: int) -> bool:
    """Whether an address at `start` is given as an example: 例如 / 格式如 / e.g. earlier in its clause (20 characters)."""
    before = text[max(0, start - 20) : start]
    clause = _CLAUSE_BREAK.split(before)[-1]
    return _EXAMPLE_CUE.search(clause) is not None or "格式" in clause


# the label before 待确认: a contact or name field (联系电话：, 运营主体：, 生效日期：), not 状态
_FIELD_LABEL = lazy(rf"(?:{_FIELD_NOUN}|主体|主體|运营者|運營者|负责人|負責人|联系人|聯絡人)\**[ \t\u3000]*[：:][ \t\u3000]?\Z")
_CLAUSE_BREAK = lazy(f"[{SENTENCE_BREAKS}]")
_NUMBER_DIGITS = "0123456789０１２３４５６７８９"


def _widen_number(text: str, start: int, *, date: bool) -> int:
    """The start of a masked number or date whose first X is at `start`: 400-XXX-XXXX, 010-8888XXXX, 2024年X月X日."""
    allowed = _NUMBER_DIGITS + ("年月" if date else "-－+ ")
    i = start
    while i > 0 and start - i < 20 and text[i - 1] in allowed:
        i -= 1
    while i < start and text[i] not in _NUMBER_DIGITS:
        i += 1  # no separator or space before the first digit
    return i


_NUMBER_DIGITS_SET = frozenset(_NUMBER_DIGITS)
_BLANK_BEFORE = lazy(rf"{_BLANK}\Z")


def _blank_year_start(text: str, start: int) -> int:
    """The start of a date whose year is blank too (生效日期：<u>&nbsp;&nbsp;</u>年…), or -1 when no date label of the
    policy's own comes right before it (申请日期：____年__月__日 in a form for the user)."""
    blank = _BLANK_BEFORE.search(text, max(0, start - 80), start)
    at = blank.start() if blank is not None else start
    return at if _date_label(text, at) or _DATE_LEAD.search(text, max(0, at - 12), at) else -1


# 本政策更新于 ____年__月__日: the policy's own date after its verb
_DATE_LEAD = lazy(r"(?:更新|修订|修訂|生效|发布|發布)(?:于|於|日期为|日期為)[ \t\u3000]*\Z")
# the groups of a masked number after its first X group: XXX XXXX, XXX-1234 (a space or dash, then Xs or digits)
_NUMBER_GROUPS = lazy(r"(?:[ \-－](?:[Xx]{2,}|[0-9]{1,4})(?![A-Za-z0-9]))+")


def _number_end(text: str, end: int) -> int:
    """The end of a masked number whose first X group ends at `end`: +41 91 XXX XXXX."""
    m = _NUMBER_GROUPS.match(text, end)
    return m.end() if m else end


# 【运营主体名称】（以下简称「我们」）: a name being defined is a slot, not a label opening its paragraph
_DEFINES = lazy(r"(?<![ \t\u3000])[ \t\u3000]*(?:[（(，,][ \t\u3000]*)?(?:以下简称|以下簡稱|下称|下稱|以下称|以下稱)")
# What follows a slot that is the subject of its sentence, not a label before its value:
# 「【您的APP名称】尊重并保护您的隐私」, 「[公司名称]深知…」 (a label is followed by its value).  Only whole
# verbs that cannot open a value (not 将/会/是/仅, which open 将台路, 会员专线, 是北京市…), and only
# for a slot that names a name (see `_names_a_name`).  (Review, seventh session.)
_PREDICATE = lazy(
    # [应用名称] 隐私政策, 【APP名称】用户协议: the name slot of the policy's own title (a title line or its heading)
    r"[ \t\u3000]{0,3}(?:的)?(?:用户|用戶)?(?:隐私政策|隱私政策|隐私权政策|隱私權政策|私隱政策|隐私协议|隱私協議|隐私保护政策|隱私保護政策"
    r"|隐私保护指引|隱私保護指引|用户协议|用戶協議|服务协议|服務協議|(?i:privacy\s+policy))"
    r"|[ \t\u3000]{0,3}(?:尊重|重视|重視|深知|非常重视|非常重視|一直|始终|始終|致力于|致力於|承诺|承諾|不会|不會|为您提供|為您提供|向您提供|希望|严格遵守|嚴格遵守)"
)
_NAME_WORDS = ("名称", "名稱", "名字", "姓名")


def _names_a_name(slot: str) -> bool:
    """Whether a slot names a name (【您的APP名称】, [公司名称]), not an address, phone or e-mail."""
    return any(word in slot for word in _NAME_WORDS)


_LABEL_BEFORE = lazy(r"^[\s\d.、)）(（一二三四五六七八九十第条條款章节節*#>-]*$")
_PATH_ARROWS = (">", "＞", "→", "》", "›", "»")  # between the steps of a settings path
_UI_PATH = ("-", "－", "—", *_PATH_ARROWS)
_REFERENCE_DEFINITION = lazy(r"^\s*\[([^\]\n]+)\]:\s*\S")
# A heading or a table cell that is only a slot: the bracket holds the generic word of a template's part (a title, a
# link, a purpose), never a label of a real policy (not 【说明】 or 【特别提示】, which open real sections)
_LONE_SLOT = lazy(
    r"[【［]\s*(?:标题|標題|小标题|小標題|章节标题|章節標題|段落标题|段落標題|链接|鏈接|連結|网址|網址)\s*[】］]"
    r"|\[\s*(?:标题|標題|小标题|小標題|章节标题|章節標題|链接|鏈接|連結|网址|網址|用途|目的|描述"
    r"|(?i:(?:section\s+|page\s+)?title|(?:sub)?heading|link|url|purpose|description))\s*\]"
)
# a table row's cells: | a | b | (the text between two bars)
_CELL = lazy(r"(?<=\|)([^|\n]+)(?=\|)")
# the officer named in full right before "(or DPO)": the abbreviation's gloss
# the role named right before the bracket: "data protection officer (or DPO)", 「个人信息保护负责人（或数据保护官）」 gloss it
_ROLE_BEFORE = lazy(
    r"(?:(?i:data\s+protection\s+officer|privacy\s+officer)|(?:个人信息保护|個人信息保護|個人資料保護|个人资料保护|数据保护|數據保護|資料保護)"
    r"(?:专员|專員|负责人|負責人|官|官员|官員))\s*\Z"
)
# before an English bracket: the control or place a reader acts on (tap [Provide feedback], switch to [List view])
_UI_VERB = lazy(
    r"(?i:\b(?:tap|click|press|select|choose|hit|toggle|enable|disable|(?:switch|turn) (?:on|off)|(?:switch|go|navigate|scroll) to|under"
    r"|labell?ed)\b(?:\s+(?:on|the))?|点击|點擊|点按|點按|选择|選擇|轻触|輕觸)\W{0,3}"
    # ... or a control listed after one: select [List view] or [Describe your issue]
    r"(?:\[[^\[\]\n]{1,40}\]\s*(?:,|or|and)\s*)?\Z"
)
# the small words a title leaves in lower case
_TITLE_SMALL = frozenset(("of", "the", "and", "or", "to", "in", "for", "a", "an", "on", "at", "by", "with"))
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


def _ui_label(ctx: Context, text: str, start: int, end: int) -> bool:
    """Whether an English bracket opening with a verb is a label, a name or a link, not an instruction to the writer.

    Title case ([State of California], [Provide Feedback]: a name or a button), a Markdown reference with its
    definition, or a control or place the reader is told to use (tap [Provide feedback], switch to [List view]).
    A sentence-case bracket in a value's place is the writer's instruction ([List data categories],
    [Specify retention period]).
    """
    inner = text[start + 1 : end - 1].strip()
    words = inner.split()
    if len(words) > 1 and all(w[:1].isupper() or w in _TITLE_SMALL for w in words[1:]):
        return True  # [State of California], [Provide Feedback]: a name or a title-case label
    if inner.lower() in ctx.doc.link_labels:
        return True
    return _UI_VERB.search(text, max(0, start - 72), start) is not None


def joined_pattern(extra: tuple[str, ...]) -> re.Pattern[str]:
    """The rule's patterns and the configuration's `placeholder-patterns` in one alternation
    (`re.error` when they cannot be joined: `config` checks that when it reads them)."""
    return re.compile("|".join(f"(?:{p})" for p in (*_PATTERNS, *extra)))


@lru_cache(maxsize=8)
def _compiled(extra: tuple[str, ...]) -> re.Pattern[str]:
    if extra:
        return joined_pattern(extra)
    body = "|".join(f"(?:{p})" for p in _PATTERNS)
    # Every built-in pattern starts with one of the `_START` characters: `re` finds those in
    # C, and the alternation is tried only there.  (A leading lookahead guard would make `re`
    # try it at every position; an expansion in which every alternative starts with a
    # literal scans as fast, but its copies of the CJK ranges take longer to compile.)
    return GuardedPattern(_START, lazy(body))  # type: ignore[return-value]  # used only through finditer


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
    r"(?:删除|刪除|删去|刪去|替换|替換|填写|填寫|填入|补充|補充|补齐|補齊|补全|補全|更新|修改|完善)|(?:必须|必須)\s*(?:补齐|補齊|补全|補全))[^。！!？?\n]{0,22})",
    # 请在正式商用前补齐, 請於上線前刪除本段, 使用本模板前请删除本说明: the same step with its 请 first; what it
    # edits must be the text itself or the operator's details, or nothing named (checked in `_drafting_imperative`)
    r"(?P<releasefirst>[请請](?:\s*(?:务必|務必))?\s*(?:在|于|於)[^。！!？?\n，,]{0,8}?(?P<step>发布|發布|發佈|上线|上線|上架|提审|提審|商用|使用)前\s*"
    r"(?:删除|刪除|删去|刪去|替换|替換|补齐|補齊|补全|補全|补充|補充|完善|填写|填寫|修改)[^。！!？?\n]{0,22})",
    # 备份功能（如需添加）: the drafter's aside that a feature is to be added if wanted, the whole bracket (not
    # 邮箱（如有）, 「if the user has one」, said of the reader's data)
    r"(?P<ifneeded>[（(]\s*(?:如|若)(?:需|需要|有需要)(?:添加|增加|补充|補充|加入|接入)\s*[）)])",
    # 此处由商家自行填写售后电话: a part left to the merchant of a white-label page (not 此处由您填写, said to the user)
    r"(?P<merchant>此(?:处|處)\s*(?:[请請]\s*)?由\s*(?:商家|商户|商戶|门店|門店|店铺|店鋪|运营方|運營方|开发者|開發者|管理员|管理員|加盟商)"
    r"\s*(?:自行)?\s*(?:填写|填寫|配置|设置|設置|补充|補充|替换|替換)[^。！!？?\n]{0,20})",
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
    rf"(?:注|備註|备注|編者注|编者注|编辑注|編輯注)\s*[：:]\s*[^{_DRAFT_OPEN}{_DRAFT_CLOSE}\n]{{0,30}}?{_NOTE_ASK}\s*(?:律师|律師|法务|法務)?\s*{_NOTE_VERB}"
    rf"|[^{_DRAFT_OPEN}{_DRAFT_CLOSE}\n]{{0,30}}?{_NOTE_ASK}\s*(?:律师|律師|法务|法務)\s*(?:{_NOTE_VERB}|审阅|審閱|确认|確認)"
    rf"|[^{_DRAFT_OPEN}{_DRAFT_CLOSE}\n]{{0,10}}?(?:此处|此處|本段|本条|本條|本节|本節|该段|該段)[^{_DRAFT_OPEN}{_DRAFT_CLOSE}\n]{{0,6}}?{_NOTE_ASK}\s*{_NOTE_VERB}"
    rf")[^{_DRAFT_CLOSE}\n]{{0,30}}[{_DRAFT_CLOSE}])",
    # 本模板仅供参考, 此範本…: the text speaks of itself as a template (not 消息模板, a WeChat feature)
    # (it must say so: 仅供参考, 为示例, 需根据…; 若您选择此模板创建简历 is a template feature of the product)
    r"(?P<template>[本此](?:模板|範本|范本)(?!消息|訊息)[^。！!？?\n，,]{0,4}?(?:仅供|僅供|只供|供参考|供參考|为示例|為示例|是示例|根据|根據|依据|依據|需|须|須|请|請|应|應)[^。！!？?\n]{0,24})",
    # （根据实际情况填写）: the same without 请; also after a condition about the product, with or without a
    # modal: [若是专门针对儿童开发的APP，需要根据实际情况填写。] (not one that speaks to the reader, 如您…)
    rf"[{_DRAFT_OPEN}]\s*(?:(?:若是?|如果|如|倘若|假如)[^{_DRAFT_CLOSE}\n，,您你]{{1,30}}[，,]\s*(?:需要|需|须|須|应|應|请|請)?\s*)?(?:根据|根據|依据|依據|按照|视|視)\s*(?:实际|實際|具体|具體)(?:情况|情況)?\s*(?:填写|填寫|填入|补充|補充|替换|替換|删除|刪除)[^{_DRAFT_CLOSE}\n]{{0,12}}[{_DRAFT_CLOSE}]",
    # 支持邮箱：请替换为你的邮箱地址, 联系电话：请填写您的电话: the instruction left as a field's value
    # (only right after the field's colon: 「注册时请填写您的邮箱地址」 in prose asks the user)
    r"(?P<value>[请請](?:(?<=[：:].)|(?<=[：:][ \t\u3000].))\s?(?:替[换換](?:成|为|為)|填[写寫](?:上|入)?|輸入|输入)\s?[您你](?:自己)?的"
    rf"[^。！!；;\n]{{0,10}}?{_CONTACT_FIELD}"
    r"[^。！!；;\n，,]{0,8})",
    # 请根据你的实际应用功能修改此模板: the text asks for itself, a template, to be edited
    # (an edit, not 填写: 「请填写该范本后发送」 asks the user to fill in a form; not the 请 of 申请表)
    r"(?P<self>(?<![申邀聘])[请請][^。！!？?\n]{0,24}?(?:修改|调整|調整|替换|替換|删除|刪除|更新)[^。！!？?\n，,]{0,4}?(?:此|本|该|該|这个|這個|这份|這份)(?:模板|範本|范本)(?!消息|訊息))",
    # 请根据实际情况修改 (no 您/你 in the clause: 请根据实际情况调整您的设置 is advice to the user, see `_drafting_imperative`)
    rf"(?P<basis>[请請](?:\s*(?:务必|務必))?\s*(?:根据|根據|依据|依據|依照|按照|视|視|结合|結合){_DRAFT_BASIS}[^。！!？?\n，,；;]{{0,12}}?{_DRAFT_VERB}(?![之的])(?![后後](?!再?(?:使用|发布|發布|上线|上線|公布|公佈))))",
)
_DRAFTING = GuardedPattern(lazy("[此这這（(【［\\[〔如请請前]"), lazy("|".join(f"(?:{p})" for p in _DRAFTING_PATTERNS)))
_SPEAKER = lazy(r"[您你]|我们|我們")
# the field a value instruction fills: a contact's or the operator's (支持邮箱, 联系电话, 支持页面, 公司名称)
_VALUE_LABEL = lazy(rf"{_CONTACT_FIELD}\W{{0,3}}$")
# before 此处: the imperative that makes it an instruction (請務必在此處列出, 请在此处插入), not 我们在这里列出
_HERE_IMPERATIVE = lazy(r"(?:[请請]|务必|務必)(?:\s*(?:务必|務必))?\s*(?:在|于|於)?$")  # one \s* per gap: linear
_CLAUSE_END = _CLAUSE_BREAK
_CLAUSE_START = lazy(f"[{SENTENCE_BREAKS}]{IN_CLAUSE}*$")  # the end of the clause before
_ADDRESSEE = lazy(r"[您你]|閣下|阁下")


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
_EDIT_VERB = lazy(r"删除|刪除|删去|刪去|替换|替換|填写|填寫|填入|补充|補充|补齐|補齊|补全|補全|更新|修改|完善")
_DRAFTER_VERBS = frozenset({"替换", "替換", "补齐", "補齊", "补全", "補全"})  # completed or replaced (not 删除二维码及联系方式)
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


def _drafting_imperative(text: str, start: int, end: int, m: re.Match[str]) -> tuple[int, int] | None:
    """The span of a drafting note, widened to its 请 and to the end of its clause, or None for reader-facing text."""
    if m.group("ifneeded") is not None and _READER_GOES_ON.match(text, end):
        return None  # 邮箱（如需添加）可在账号页面绑定: the sentence goes on to the reader (not …（如需接入）见下表, the drafter's)
    if m.group("merchant") is not None and _merchant_told(text, start, end):
        return None  # 此处由商家自行填写，平台不对其真实性负责: a marketplace's disclaimer to the reader
    if m.group("here") is not None:
        if m.group("here_please") is None:
            lead = _HERE_IMPERATIVE.search(text, max(0, start - 6), start)
            if lead is None:
                return None  # 我们在这里列出…: the policy describing itself
            start = min(lead.start(), _instruction_start(text, lead.start() + 1))  # from its 请, else from 务必
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
        step = m.group("step") if first else text[start : start + 2]
        new_form = first or "必" in m.group(0) or step in ("上架", "提审", "提審", "商用", "使用")
        details = step != "使用"  # 使用前请…: only an edit of the text itself (使用前请填写真实信息 asks the user)
        if new_form and not _edits_the_text(text, start, end, clause_end, details=details):
            return None  # 请在上架前填写商品名称: a step of the user's own listing
        return start, min(clause_end, end + 10)
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
        return start, min(clause_end, end + 30)
    if m.group("self") is not None:
        return start, end  # addressed to the drafter although it says 你的: the template itself
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
    r"(?:建议|建議|[请請]|可以?|需要?|务必|務必)[ \t\u3000]?(?:将|將|把)[ \t\u3000]?(?:本|此)(?:页|頁)面?的?(?:链接|鏈接|連結|网址|網址|地址|URL)?"
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
    r"(?:section|paragraph|clause|part|block|template|text)\b[^.\n]{0,80}\.?"
    r"|(?P<enplace>\b(?i:link|publish|host|paste|upload)\s+this\s+(?:page|policy|document|template)\s+(?:from|to|in|on|into)\s+your\b[^.\n]{0,60}\.?)"
)
_EN_READER = lazy(r"(?i:\byou\s+(?:may|can|could|might)\b|\byour\s+(?:own|profile|account|friends?)\b)")
_EN_PLACE_TARGET = lazy(r"(?i:\b(?:app|application|settings|about|menu|readme|footer|website|site|store|listing)\b|in-app)")


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
    for unit, start, end, m in ctx.scan(_EN_NOTE, needs=" this "):
        if m.group("enplace") is not None and not _EN_PLACE_TARGET.search(unit.text, m.start("enplace") - m.start() + start, end):
            continue  # add this page to your bookmarks: said to the reader
        if _EN_READER.search(unit.text, max(0, start - 12), end):
            continue  # "You may link this page from your website", "edit this section of your profile": said to the reader
        yield unit, start + len(unit.text[start:end]) - len(unit.text[start:end].lstrip()), end


# 「示例：git clone https://github.com/your-username/…」, 「仓库地址形如 github.com/your-username/…」: a sample shown
_SAMPLE_LEAD = lazy(r"示例|範例|范例|例如|比如|形如|格式|git\s+clone|(?i:e\.g\.|for example|such as)")
_PLACE_NEEDS = lazy("[页頁]")


def _clause_start(text: str, start: int) -> int:
    """The start of the clause holding `start` (at most 40 characters back: linear), as the gate scan finds it."""
    clause = _CLAUSE_START.search(text, max(0, start - 40), start)
    return clause.start() + 1 if clause else max(0, start - 40)


_READER_PLACE = lazy(r"书签|書籤|收藏|主屏|主畫面|桌面|浏览器|瀏覽器|备忘录|備忘錄|记事本|記事本|离线|離線|阅读|閱讀|我们|我們")
_USAGE_NEEDS = lazy("[本此]")


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


_PLEASE = lazy(r"[请請][^。！!？?\n]{0,40}$")


def _instruction_start(text: str, start: int) -> int:
    """The 请/請 that opens the sentence of an instruction found at its 替换, if there is one."""
    m = _PLEASE.search(text, max(0, start - 41), start)
    return m.start() if m else start


_QUOTES_AND_BLANKS = " \t\u3000\"'“”‘’「」『』"


def _ui_path_step(text: str, start: int, end: int) -> bool:
    """Whether the slot is a quoted step between two steps of a settings path: "设置" > "[您的姓名]" > "iCloud".

    Both sides must be path arrows (a dash alone is too common in prose); quotes and blanks
    around the step are passed over.
    """
    before = text[max(0, start - 8) : start].rstrip(_QUOTES_AND_BLANKS)
    after = text[end : end + 8].lstrip(_QUOTES_AND_BLANKS)
    return before.endswith(_PATH_ARROWS) and after.startswith(_PATH_ARROWS)


def _is_label(text: str, start: int, end: int) -> bool:
    """A label, not a slot: 【联系方式】 opening a paragraph, [地址]： or 【更新日期】2024年… before the value, 【我的】-【用户名】 (a UI path).

    A field alone in its paragraph or list item (`- [姓名]`) labels nothing: it is a slot.
    """
    if (
        _LABEL_BEFORE.match(text[:start])
        and text[end:].strip(" \t\u3000。.，,；;")
        and text[end : end + 1] != "\t"  # 「【SDK名称】\t广告投放合作」: alone in a cell of a tab-separated row
        and not _DEFINES.match(text, end)
        and not (_PREDICATE.match(text, end) and _names_a_name(text[start:end]))
    ):
        return True
    if _value_after(text, end) or _company_after(text, start, end):
        return True
    if text[max(0, start - 1) : start] in _UI_PATH or text[end : end + 1] in _UI_PATH:
        return True
    return _in_emphasised_list(text, start, end)


_LIST_JOINERS = "、，,和与與及或"


def _in_emphasised_list(text: str, start: int, end: int) -> bool:
    """【设备型号】、【应用名称】与【应用版本】: one of a list of emphasised data items, not a slot.

    Full-width brackets joined by 、/与/和/及 to another bracketed item mark the data a
    policy collects; a slot stands alone (欢迎使用【应用名称】！, 第三方【SDK名称】).
    """
    if text[start : start + 1] not in "【［":
        return False
    before = text[max(0, start - 2) : start]
    after = text[end : end + 2]
    if before.endswith("、") or after.startswith("、"):
        return True  # 已安装应用的信息【应用名称】、应用包名: the enumeration comma lists data
    return (len(before) == 2 and before[0] in "】］" and before[1] in _LIST_JOINERS) or (
        len(after) == 2 and after[0] in _LIST_JOINERS and after[1] in "【［"
    )


# the forms read in script strings: dummy values, named slots and markers (not template syntax or drafting prose)
_SCRIPT_FORMS = lazy(r"[XxＸｘ×○◯某]|[【［\[]|待(?:定|填|替|补|補)|TBD|TBC|TBA")


def _field_colon(text: str, start: int, end: int) -> int:
    """The offset of the colon that makes `text[start:end]` a field's value (电话：none, **Fax**： null), or -1.

    A table cell counts too: `| 传真 | none |` (the cell's bar stands for the colon; the value must fill its cell).
    """
    i = start
    while i > 0 and start - i < 6 and text[i - 1] in _VALUE_LEAD:
        i -= 1
    if i > 0 and text[i - 1] in "：:":
        return i - 1
    if i > 0 and text[i - 1] == "|" and text[end:].lstrip(_VALUE_LEAD)[:1] in ("|", ""):
        j = i - 1
        while j > 0 and text[j - 1] in _VALUE_LEAD:
            j -= 1
        return j if j > 0 and text[j - 1] != "|" else -1  # the label cell ends here (an empty cell labels nothing)
    return -1


# a table that documents values (| Field | Default |, | 字段 | 默认值 |): its null cells are the documented values, not slots
_VALUE_HEADER = lazy(
    r"(?i:default|value\s+when|when\s+(?:not\s+provided|absent|empty|missing)|if\s+(?:not\s+provided|absent|empty|missing)|fallback"
    r"|empty\s+value)|默认|默認|缺省|未提供|未填|空值|示例值|範例值|取值|返回值"
)


def _documents_values(units: list[TextUnit], index: dict[int, int], unit: TextUnit) -> bool:
    """Whether the table cell or row `unit` lies under a header naming default values (Value when not provided, 默认值)."""
    k = index.get(id(unit), 0)
    for j in range(k, max(-1, k - 60), -1):
        u = units[j]
        if u.paragraph is None or u.paragraph.kind != "table":
            return False
        if _VALUE_HEADER.search(u.text):
            return True
    return False


def _cell_label(units: list[TextUnit], index: dict[int, int], unit: TextUnit) -> re.Match[str] | None:
    """The contact label of the cell before a value cell (<td>传真</td><td>none</td>), if that cell is only a label.

    `index` maps id(unit) to its position in `units`, built once per document: a search of the
    units for each value cell made 40,000 rows of `none` cells take 33 s (quadratic).
    """
    k = index.get(id(unit), 0)
    if k < 1:
        return None
    before = units[k - 1].text.strip(_VALUE_LEAD + "：:")
    return _DEFAULT_LABEL.fullmatch(before) if len(before) <= 12 else None


_IDENTIFIER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")


_PATH_START = lazy(r"[A-Za-z]:[\\/]|~[\\/]|/(?:home|Users|root|var|opt|tmp|etc|usr|data|sdcard|storage|mnt|Library)/|%[A-Za-z]+%[\\/]|\\\\")
_PATH_STOP = frozenset("，。；：！？、（）「」『』《》【】\"'`|\n\t")
_FOLDER_WORD = lazy(r"[ \t\u3000]{0,4}(?:目录|目錄|文件夹|資料夾|文件夾|folder|directory)", re.IGNORECASE)


def _in_file_path(text: str, start: int, end: int) -> bool:
    """Whether the slot `text[start:end]` is a segment of a file system path: C:\\Users\\<您的用户名>\\AppData, /home/<user>/.config.

    A path tells the reader where to look on their own machine; the segment is theirs, not the
    operator's (a URL, https://github.com/<你的用户名>/…, is the operator's contact and stays a slot).
    """
    if text[start - 1 : start] not in ("\\", "/") or text[end : end + 1] not in ("\\", "/", ""):
        return False
    i = start
    while i > 0 and start - i < 120 and text[i - 1] not in _PATH_STOP and not ("\u4e00" <= text[i - 1] <= "\u9fff"):
        i -= 1
    lead = text[i:start].lstrip()
    if "://" in lead or "www." in lead:
        return False
    if _PATH_START.search(lead) is not None:
        return True
    # A relative path the text itself calls a folder: 「仓库的 Cloud/<您的用户名>/ 目录下」.  Its first
    # segment is no host (github.com/<你的用户名>/… is a link left unfilled), and the words after
    # the path say it is a folder.
    first = lead.split("/", 1)[0].split("\\", 1)[0]
    if not first or "." in first or "@" in first:
        return False
    j = end
    while j < len(text) and j - end < 120 and text[j] not in _PATH_STOP and not text[j].isspace() and not ("\u4e00" <= text[j] <= "\u9fff"):
        j += 1
    return _FOLDER_WORD.match(text, j) is not None


def shown_on_page(ctx: Context, text: str, start: int, end: int) -> bool:
    """Whether the slot `text[start:end]` of a script literal is also in the page's visible text, with its context.

    Pages rendered on the server carry their text twice: in the HTML and in the script that
    hydrates it.  The slot is reported once, where the reader sees it.
    """
    window = text[max(0, start - 12) : end + 12].strip()
    if len(window) <= end - start:
        return False
    # each look is a search of the whole page: past _SHOWN_LOOKS slots on one page (19,000 script
    # strings of a 5.6 MB page took 16 s) the rest are reported without it, as if not shown
    if ctx.page_looks >= _SHOWN_LOOKS:
        return False
    ctx.page_looks += 1
    return window in ctx.joined().text


_SHOWN_LOOKS = 500


def _names_a_scheme(text: str, start: int, end: int, *, your: bool) -> bool:
    """`category_pack_<分類>`, `<your-token>` in a code span: template syntax that documents a naming scheme or code.

    An angle slot glued to an identifier (pack_<分類>, <name>_v2) names a part of an identifier, not a value to
    fill in; inside a code span (an odd number of backticks before it) an English <your-…> is code.  A slot in a
    URL path (https://github.com/<你的用户名>/) or in prose is still a slot.
    """
    glued = (start > 0 and text[start - 1] in _IDENTIFIER) or text[end : end + 1] in _IDENTIFIER
    in_code = in_code_span(text, start)
    return glued or (your and in_code)


# 显示为“张某某”, 展示为“用户×××”, 例如 XXX: a masking example the policy gives, not a slot
# Windows environment variables a policy may name in a path (%APPDATA%\\App\\logs)
_WINDOWS_VARIABLES = frozenset(
    {
        "APPDATA",
        "LOCALAPPDATA",
        "USERPROFILE",
        "PROGRAMFILES",
        "PROGRAMDATA",
        "TEMP",
        "TMP",
        "HOMEPATH",
        "HOMEDRIVE",
        "SYSTEMROOT",
        "WINDIR",
        "PATH",
        "USERNAME",
        "COMPUTERNAME",
        "PUBLIC",
        "ALLUSERSPROFILE",
        "COMMONPROGRAMFILES",
        "SYSTEMDRIVE",
    }
)
# template-variable forms that are code inside a code block
_CODE_SYNTAX = ("mustache", "dollar", "percent", "brace", "cjkbrace", "angle", "your", "enangle")
# what a Chinese brace slot holds: alternatives ({日期/时间}), an instruction ({如果相关，请填写}) or a field ({联系电话})
_CONSTANT_SAMPLE = lazy(r"[ \t]?[，,(（]?[ \t]?(?:例如|比如|如|e\.g\.|for example)")


def _slot_constant(text: str, start: int, end: int) -> bool:
    """Whether a bracketed constant is a slot: a field's value (生效日期：[EFFECTIVE_DATE]) or followed by its sample."""
    before = text[max(0, start - 10) : start].rstrip(" \t[【［*")
    return before.endswith(("：", ":")) or _CONSTANT_SAMPLE.match(text, end) is not None


# (not {京东/淘宝}, two brands, nor {您的验证码为123456，请勿泄露}, a message the product sends)
_CJK_BRACE_SLOT = lazy(
    rf"[请請](?!勿|您|你)|如果相关|如果相關|如适用|如適用|选择|選擇|(?<![您你]的)(?:{_FIELD_NOUN})(?:[/／]|\s*\}})|[/／]\s*(?:{_FIELD_NOUN})"
    r"|[\u4e00-\u9fff]{4}[^{}\n/／]{0,40}[/／][^{}\n/／]{0,40}[\u4e00-\u9fff]{4}"
)
# the last characters of a date, a version or a text's name: a 占位 marker after them marks the whole text as a
# draft (更新日期：2025-09-16（占位）, 隐私政策（占位）), `placeholder-drafting`'s finding
_DRAFT_MARK_AFTER = frozenset("0123456789日号號年月版本策引明议議款则則稿")
# an instruction bracket that ends by announcing a sample value: （請填寫公司地址，例如）
_EXAMPLE_AFTER = lazy(r"(?:例如|比如|如|e\.g\.|for example)\s*[）)】\]]\s*$", re.I)
_MASK_EXAMPLE = lazy(
    r"(?:显示为|顯示為|显示成|顯示成|展示为|展示為|呈现为|呈現為|例如|比如|譬如)[，,：:]?\s?[“\"「『]?[\u4e00-\u9fff]{0,3}$"
)


# the value after a company label: a company's name (「【第三方公司名称】深圳市腾讯计算机系统有限公司【使用目的】…」)
_COMPANY_VALUE = lazy(
    r"[ \t\u3000]{0,2}[^\s【】\[\]，,。；;：:]{2,30}?(?:有限(?:责任)?公司|有限公司|股份公司|集团|集團|Inc\b|Ltd\b|LLC\b|Limited\b)"
)


# a contact's label: the words a bare 【电话号码】 after it fills (联系电话：, 地址：, 客服邮箱：)
_CONTACT_LABEL = lazy(rf"(?:{_CONTACT_FIELD}|联系人|聯絡人|联系|聯絡|聯繫)[^：:\n]{{0,2}}\**[ \t\u3000]*[：:][ \t\u3000]?\Z")


def _bare_value(text: str, start: int, end: int) -> bool:
    """联系电话：【电话号码】: a bare field in brackets that is the whole value of a contact's label (not 收集：【手机号码】)."""
    rest = text[end:].lstrip(" \t\u3000")
    if rest and rest[0] not in "。；;，,.":
        return False  # 电话：【电话号码】、【邮箱】 or a value after it: emphasis or a label
    return _CONTACT_LABEL.search(text, max(0, start - 14), start) is not None


def _company_after(text: str, start: int, end: int) -> bool:
    """A slot naming a company (【第三方公司名称】) directly followed by a company's name is that value's label."""
    return "公司" in text[start:end] and _COMPANY_VALUE.match(text, end) is not None


def _value_after(text: str, end: int) -> bool:
    """Whether a value follows `end` after blanks: `[地址]：…`, `【电话】 400…`.

    Plain string code rather than `[ \t\u3000]*[：:0-9０-９@+]`, which a search would
    rescan from every blank of a long run (quadratic; `re.match` alone is linear).
    """
    i = end
    while i < len(text) and text[i] in " \t\u3000":
        i += 1
    c = text[i : i + 1]
    return c != "" and (c in "：:@+" or "0" <= c <= "9" or "０" <= c <= "９")


@register
class PlaceholderInstruction(Rule):
    """Flags unfilled template slots and dummy values: [公司名称], {{ name }}, XXX公司, 某某, TBD.

    ## What it does
    Finds the parts of a template that were meant to be replaced:

    - fill-in instructions: 【請填寫…】, [待填写——…], （此处填写…）, [插入香港地址], [insert …];
    - slots that name a field: [公司名称], [姓名], [您的邮箱地址], [辦公時間],
      【公司名称】, ［聯絡電話］, 【应用名称】, [Company Name], [Email], [Hong Kong Address],
      [Operating Hours]; in 【】 and ［］ only a qualified field (公司, 联系, 您的…),
      since 我们收集您的【手机号码】 is emphasis; alternatives and the template's note on the field count
      too: 【个人开发者姓名/主体名称】, 【联系地址，可选】, 【运营者姓名】 (not 【姓名/手机号码】, emphasised data);
    - in a template, a kind of data or party (收集您的手机号码、【数据类型】, 共享给【业务合作伙伴的类型】; not
      【设备类型】, a data item, nor 【信息类型】 opening its paragraph, a label), the service, the permission or
      a policy's link never named (【服务名称】, 【设备权限名称】, 【隐私政策连接】), and a bare field that is the
      whole value of a contact's label (联系电话：【电话号码】; not 我们收集：【手机号码】);
    - generic slots inside a sentence, qualified as the reader's or the operator's place:
      受[您所在地区]法律管辖, [您所在国家/地区], 【贵公司所在城市】, 提交[指定仲裁机构]仲裁
      (not [华东地区](url), a link, nor 【特别提示】 or 【设置】-【地区】);
    - a link text that names its slot, left around a filled URL: [您的 GitHub 仓库链接](https://…);
    - template variables: {{company_name}}, {company}, ${email}, <公司名稱>, %COMPANY%,
      <your-username>, <YOUR_REPO> (not `category_pack_<分類>` or <日期>_cache.json, an angle slot
      glued to an identifier that names a part of a naming scheme, nor <your-token> in a code span,
      nor a folder of a file system path, C:\\Users\\<您的用户名>\\AppData or /home/<user>/, which tells
      the reader where to look on their own machine; a slot in a URL path still is one);
    - a template's or a program's default as a field's value: 电话：none, 传真：null,
      Email: undefined (not 传真：无 or Fax: none, honest answers; N/A after a Chinese label is
      a warning of `placeholder-hedge`; not a null cell of a table whose header documents values,
      | Phone | null | under "Value when not provided" or 默认值);
    - dummy values: XXX公司, XXXApp, XX市XX區, 某省某市, xx年xx月xx日, 某某, ×××, ○○○, [●];
    - masked numbers, from their first digit: 400-XXX-XXXX, 010-8888XXXX, 138XXXXXXXX
      (not a masking example: 138****1234; not 7x24);
    - dates and periods whose digits are X: 20XX年X月X日, 2024年X月X日, X月X日,
      X个工作日, XX天 (not X光, X轴);
    - dummy addresses: privacy@example.com, admin@company.com, www.yourdomain.com,
      privacy@example.hk, dpo@mail.example.org, https://help.example.net offered as a contact
      or help page, yourname.github.io, your-domain.com (example.com alone, as an example in
      prose, is not flagged; an example address is one finding, not also its xxx);
    - in the string literals of a page's inline scripts (text a page shows at run time, such as
      an i18n dictionary): dummy values, named slots and markers only (400-XXX-XXXX, privacy@example.com,
      某某, [公司名称], 待填写, TBD), at their true line and column; template syntax and drafting prose
      are what scripts are made of, so they are not read there;
    - drafting notes: 【注：示例】, （上线后更新）, [律师审], 请把…替换成你的真实信息, YourApp;
    - instructions to the drafter: 請務必在此處列出…, 此处请填写…, （请根据实际情况修改）,
      （或依各國法規調整最低年齡）, 【示例：…】, 如适用，请列出…, 请根据实际情况调整…,
      （根据实际情况填写）, [若是…的APP，需要根据实际情况填写。], 如不适用请删除, 发布前请删除本段 / 上线前需更新…,
      （注：…请删除…）, [注：此处需补充…], 【需律师审核】, 请将…替换为贵公司的全称,
      本模板仅供参考, (replace with …), [adjust to your jurisdiction],
      (if applicable, insert …).  A bracketed note must follow a note marker (注：),
      name 律师/法务 or name the passage (此处, 本段): 发布机械信息（需审核） is a step of
      the service.  Only
      with the imperative of an instruction: 请您仔细阅读, 请在设置中关闭, 如适用法律要求,
      我们会根据实际情况调整, 请根据实际情况调整您的设置 (advice to the user) and
      （或依當地法律調整之年齡） (a description) are policy prose.  （可选） is not flagged:
      it also marks optional fields for the user;
    - notes to whoever configures or publishes the template, told from advice to the user by their
      addressee and their object: they name no reader (您/你), and what they edit is the policy text itself
      or the operator's own details (本段, 本说明, 方括号中的占位内容, 运营主体, 隐私联系方式), or nothing
      named, never the user's content (照片, 图片, 商品, 作品…).  So 请在此列出并附其隐私政策链接,
      公开收费发布前，必须补齐…运营主体和…联系方式, 请在正式商用前补齐。, 请于上线前删除本段, 使用前请删除本说明,
      …联系方式仍是发布门禁, 建议将本页链接加入应用内的“设置 / 关于”, 本文本用于…，请根据…勾选并填写,
      （供配置时对照）, Adjust this section to match your setup., link this page from your in-app Settings
      are flagged; 请在发布前删除照片中的他人个人信息, 请在商品上架前删除图片中的联系方式 (the user's post or
      listing), 请在使用前填写真实信息, 您可以将本页加入书签, 发布门禁等措施, 请在此填写注销原因 are not.
      Notes of one unit that overlap, or one note repeated a short way on, are one finding (a line of one
      note repeated is one defect);
    - (eleventh session) a disclosure to add before the app is listed (请在 App 上架前补充相册权限的使用说明,
      上架前需补充第三方 SDK 清单; not 请在商品上架前补充商品说明, a seller's listing); the drafter's aside
      （如需添加） (not （如有）, said of the reader's data); a note for the merchant or the mini-program's
      console (此处由商家自行填写…, （请在小程序管理后台配置隐私保护指引）; not 此处由您填写…), 【商户名称】;
      English instructions to the writer in brackets ([describe how users can …], [specify …],
      (list them with links, for example …); not (e.g., …), [List View], nor round brackets that speak to the
      reader: (list the data you want deleted)); the template's alternative left in (（或个人信息保护专员）,
      (or DPO); not "a data protection officer (or DPO)", a gloss); a date whose day or month alone is blank
      (2024年3月 日, 2025 年 月 15 日; not 2025年7月, dated to the month); a heading or a table cell that is
      only a slot (## 【标题】, | [链接] |, | [purpose] |; not a shortcut reference with its definition);
      template hosts admin@test.com, https://your.domain;
    - (twelfth session, `placeholder_forms`) an English field in round brackets where its value goes (the privacy
      practices for (website address); not "via Gumroad (email address)", a gloss); the template's notes to the writer
      of "your privacy notice" (insert a paragraph like this in your privacy notice:) and its "And/or:" between sample
      clauses; letter-named phones and addresses (+86 AAA-BBB-CCCC, A市B区C路DDD号; not 科技园C区D栋); a starter's
      tokens (_EMAIL_, _boot-taro-react_小程序; not in code); a section whose text only says what it should contain
      (本节应更新为…, 本節應說明…, this section should be updated with…; not 本節說明…, a summary, nor a sentence that
      goes on with its content); a date format in brackets after the date's label (**生效日期**：[YYYY-MM-DD]); not an
      HTML table cell that is only a link word (<td><a href=…>[链接]</a></td> is a link's label); (fourteenth
      session) a paragraph that is only a seed row's stand-in for the policy (黛西健康用户隐私政策示例内容。, 测试隐私政策;
      not 隐私政策示例：, which opens its sample, nor a heading).  In a code fence, bracket slots and dummy values are slots (a fenced sample clause);
      braces and angles there stay code ({应用名称} in a naming scheme);
    - Chinese slots in single braces: {日期/时间}, {如果相关，请填写}, {请根据用途调整这段文字…},
      {包括访问网站时/…} (alternatives, an instruction or a field noun inside; not in code); a value the
      text marks as a placeholder (privacy@… （占位）; after a date or the text's name it is
      `placeholder-drafting`'s draft marker); the template's suggested period left in its brackets
      (【建议 6 个月至 1 年】; not 【建议1】, a numbered tip, nor such a bracket opening its paragraph);
      [其他 SDK 名称与链接], [Other SDK names and links];
    - a slot that says its value is still to be confirmed: <运营主体法定名称，待确认>,
      【客服邮箱，待确认】, [support@…, TBD] (not 订单状态（待确认、已完成）); a date format never
      replaced by a date: 生效日期：YYYY-MM-DD, <YYYY年MM月DD日> (not 日期格式为 YYYY-MM-DD);
    - markers: 待定, 待补充 (as a value or a note: not 请完善待补充资料), TBD, TBC, TODO,
      Lorem ipsum, YOUR_EMAIL_HERE, COMPANY_NAME (not ACCESS_FINE_LOCATION), any field constant as the whole
      bracketed slot ([EFFECTIVE_DATE，例如 2026-06-23]; not a bare SERVICE_URL, a setting a self-hosted tool's
      policy tells the admin to set); 待确认 as the value of a contact or name field (客服邮箱：待确认,
      联系电话：【待确认】; not 订单状态：待确认); a value to come later (邮件：暂未开通，后续补充;
      not 附件将后续补充, a sentence); 待完善, 待更新, 待提供, 待公布 as the whole value
      of a field (保存期限：待完善; not 仍有待完善, nor 状态：待确认).

    ## Severity
    Error: every form above is text meant to be replaced before publication.

    Extra patterns can be added with `placeholder-patterns` in the configuration.

    Not flagged: Markdown links (`[text](url)`, `[text][ref]`, and `[label]` when the
    document defines `[label]: url`), footnote marks [1], citations such as [2021],
    labels such as 【特别提示】, [Android] or 【设置】-【注销账号】, a field name that
    opens its paragraph, is followed by a colon (【联系方式】：…) or is a step of a UI
    path (【我的】-【用户名】), and Hugo
    shortcodes (`{{< lastmod >}}`).

    ## Options
    Per-format exception: in files that are templates by design, the format's own
    template syntax is filled when the page is built, so it is not reported there:
    single braces in Fluent `.ftl` (`{ $date }`, `{ brand-name }`) and MDX `.mdx`
    (`{frontMatter.date}`), `{{ }}` and single braces in Vue `.vue`, `${ }` in JSP
    `.jsp`, `{{ }}` in mini-program pages (WeChat `.wxml`, Alipay `.axml`, Baidu `.swan`,
    ByteDance `.ttml`: `{{updateDate}}` is bound at run time).  Every other form is still reported in those files (`{{company_name}}`
    in a `.ftl` file, [公司名称] anywhere).

    ## Why is this bad?
    The policy names no real company, address or date, so it does not tell the user
    who is responsible for their data or how to reach them.

    ## Example
        **郵寄地址**：（請填寫公司地址，例如）臺灣XX市XX區XX路XX號XX樓 努法有限公司 收

    Use instead:
        **郵寄地址**：臺北市中正區重慶南路一段122號 努法有限公司 收

    ## References
    - 個人資料保護法第8條 (the collector's name must be given); PIPL 第十七条 (处理者的名称和联系方式).
    """

    id = "placeholder-instruction"
    severity = "error"
    groups = ("placeholder",)
    supersedes = (
        "placeholder-empty",
        "placeholder-drafting",
        "placeholder-hedge",
        "placeholder-residue",
        "script-mixed",
        "regional-vocabulary",
        "date-format",
        "contact-inconsistent",
        "bracket-unbalanced",
        "entity-mismatch",
    )
    messages = {
        "en": "unfilled template text {text}",
        "zh-Hant": "範本文字未填寫：{text}",
        "zh-Hans": "模板文字未填写：{text}",
    }

    def _lone_slots(self, ctx: Context, pattern: re.Pattern[str]) -> Iterator[Finding]:
        """A heading or a table cell that is only a slot: ## 【标题】, | [链接] |, | [purpose] |."""
        for unit in ctx.units():
            if "[" not in unit.text and "【" not in unit.text and "［" not in unit.text:
                continue
            if unit.kind == "heading":
                cells = [(0, len(unit.text))]
            elif unit.paragraph is not None and unit.paragraph.kind == "table":
                # a Markdown row holds its cells between bars.  Not an HTML table's cell (a unit of its own): 「<td><a href=…>
                # [链接]</a></td>」 is a link's label, and the reader keeps no sign of the link on the cell (review rv12b; no
                # real policy was seen with an unlinked <td>[链接]</td>)
                if "|" not in unit.text:
                    continue
                cells = [(c.start(1), c.end(1)) for c in _CELL.finditer(unit.text)]
            else:
                continue  # 【名称】 opening a paragraph is a label or emphasis, not a slot
            for a, b in cells:
                text = unit.text[a:b].strip()
                if not text or not _LONE_SLOT.fullmatch(text) or next(pattern.finditer(text), None) is not None:
                    continue  # not a lone slot, or one of the forms above (found there, or a label they let be)
                if text.strip("[] ").lower() in ctx.doc.link_labels:
                    continue  # [link] with its definition: a shortcut reference link
                start = unit.text.index(text, a)
                yield self.finding(ctx, unit, start, start + len(text), text=text)

    def _page_title(self, ctx: Context, pattern: re.Pattern[str]) -> Iterator[Finding]:
        """A bracketed slot in the page's title that no unit holds: an HTML <title> (the browser's tab), front matter's `title:`."""
        page = ctx.doc.page_title
        if page is None:
            return
        from policylens.structure.language import NOT_CHINESE, detect_language

        text, pieces = page
        if detect_language(text) in NOT_CHINESE:
            return
        unit = TextUnit(text, "title", None, None, (pieces, pieces[0].line, pieces[0].column))
        for m in pattern.finditer(text):
            if m.group("en") or m.group("generic") or (m.group("field") and not _is_label(text, m.start(), m.end())):
                yield self.finding(ctx, unit, m.start(), m.end(), text=m.group(0))

    def check(self, ctx: Context) -> Iterator[Finding]:
        # The twelfth session's forms are few: found first and kept, each marked when a finding of the forms above
        # covers it ([COMPANY NAME] is one slot), so that nothing is kept per finding of those (issue #12).
        found: list[tuple[tuple[int, int], tuple[int, int], Finding]] = []
        for unit, start, end in extra_slots(ctx):
            finding = self.finding(ctx, unit, start, end, text=unit.text[start:end])
            found.append(((finding.line, finding.column), (finding.end_line, finding.end_column), finding))
        found.sort(key=lambda x: x[0])
        extras: list[tuple[tuple[int, int], tuple[int, int], Finding]] = []
        for extra in found:
            if not extras or extras[-1][1] <= extra[0]:
                extras.append(extra)  # (two of these forms on one span would be one slot)
        starts = [a for a, _, _ in extras]
        covered = bytearray(len(extras))
        for finding in self._findings(ctx):
            a, b = (finding.line, finding.column), (finding.end_line, finding.end_column)
            k = bisect_left(starts, b) - 1
            while k >= 0 and extras[k][1] > a:  # the extras that start before this finding ends and end after it starts
                covered[k] = 1
                k -= 1
            yield finding
        for k, (_, _, finding) in enumerate(extras):
            if not covered[k]:
                yield finding

    def _findings(self, ctx: Context) -> Iterator[Finding]:
        """The findings of every form but the twelfth session's (`placeholder_forms`)."""
        extra = ctx.settings.placeholder_patterns
        pattern = _compiled(extra)
        # Drafting notes are found first, and the slots below only mark the notes they
        # overlap (【請在此處填寫公司名稱】 is one finding): keeping every slot's span for the
        # notes to look up instead cost ~0.4 KB per finding on a file of one slot per
        # paragraph (issue #12).  Notes are rare; what is kept here grows with them only.
        notes = list(self._drafting_spans(ctx))
        notes_in: dict[int, list[int]] = {}  # id(unit) → indexes of its notes
        for k, note in enumerate(notes):
            notes_in.setdefault(id(note[0]), []).append(k)
        taken = bytearray(len(notes))  # 1: a slot already covers that note
        # configured patterns can match anything: scan every unit for them
        hits = ctx.scan(pattern, per_unit=True) if extra else ctx.scan(pattern)
        own_syntax = template_syntax(ctx.doc.source.path)
        references: set[str] | None = None
        # dummy addresses first: xxx@xxx.com is one finding, not also two XXX slots
        dummies = list(self._dummy_addresses(ctx))
        # id(unit) → the characters of its dummy addresses (one lookup per slot: a line of 6,000 「>xxx@xxx.com</a>」
        # compared each slot with every address of the line, 36 million tests)
        dummy_in: dict[int, Taken] = {}
        for unit, _, start, end in dummies:
            if id(unit) not in dummy_in:
                dummy_in[id(unit)] = Taken(len(unit.text))
            dummy_in[id(unit)].add(start, end)
        last: tuple[int, int] = (0, -1)  # (id of the unit, end) of the last slot: overlapping forms are one slot
        for unit, start, end, m in hits:
            if not m.group(0):
                continue
            addresses = dummy_in.get(id(unit))
            if addresses is not None and addresses.overlaps(start, end):
                continue  # inside a dummy address, reported once below
            if m.group("blankdate") is not None and unit.text[max(0, start - 2) : start].rstrip(" ")[-1:] not in _NUMBER_DIGITS_SET:
                year = _blank_year_start(unit.text, start)
                if year < 0:
                    continue  # 日期：____年__月__日 in a form the user fills in, not the policy's own date
                start = year
            elif m.group("xdate") is not None or m.group("blankdate") is not None or m.group(0)[0] in "Xx":
                start = _widen_number(unit.text, start, date=m.group("xdate") is not None or m.group("blankdate") is not None)
                if unit.text[start : start + 1] in _NUMBER_DIGITS_SET:
                    end = _number_end(unit.text, end)  # +41 91 XXX XXXX: one masked number, one finding
            if any(m.group(g) for g in _CODE_SYNTAX) and in_code_span(unit.text, start):
                continue  # `{sessionId}` in a code span: code the policy shows, not a slot
            if m.group("enangle") and _EXAMPLE_CUE.search(unit.text, max(0, start - 20), start):
                continue  # for example <Name> fields: a field the policy describes
            if own_syntax and any(m.group(name) for name in own_syntax):
                continue  # the format's own template syntax, filled when the page is built
            if m.group("percent") and m.group(0).strip("%") in _WINDOWS_VARIABLES:
                continue  # %APPDATA%: a Windows path a policy names, not a slot
            if unit.paragraph is not None and unit.paragraph.kind == "code" and any(m.group(g) for g in _CODE_SYNTAX):
                continue  # {name}, ${email} in a fenced code block: code the policy shows, not a slot
            if m.group("field") and _is_label(unit.text, start, end):
                continue
            if m.group("category") and _LABEL_BEFORE.match(unit.text[:start]):
                continue  # 【个人信息类型】 opening its paragraph or cell: a heading, a column's or a list's label
            if m.group("bare") and not _bare_value(unit.text, start, end):
                continue
            if m.group("generic") and (unit.text[:start].rstrip().endswith(_UI_PATH) or unit.text[end : end + 1] in _UI_PATH):
                continue  # "设置"-[地区]: a step of a UI path, not a slot
            if (m.group("field") or m.group("generic") or m.group("your") or m.group("en")) and _ui_path_step(unit.text, start, end):
                continue  # "设置" > "[您的姓名]" > "iCloud": the reader's own row in a settings path, not a slot
            if m.group("generic") and m.group(0)[1:].lstrip().startswith(("公司", "本公司")) and _is_label(unit.text, start, end):
                continue  # 【公司所在地】北京市…: the operator's field as a label before its value (not [您所在地区], a slot)
            if (m.group("angle") or m.group("your") or m.group("enangle")) and _in_file_path(unit.text, start, end):
                continue  # C:\\Users\\<您的用户名>\\AppData, /home/<user>/: a folder on the reader's machine, not a slot
            if (m.group("angle") or m.group("your")) and _names_a_scheme(unit.text, start, end, your=m.group("your") is not None):
                continue  # `category_pack_<分類>`, `Bearer <your-token>`: a naming scheme or code, not a slot
            if m.group(0)[:1] in "某×○◯Xx" and _MASK_EXAMPLE.search(unit.text, max(0, start - 10), start):
                continue
            if m.group("cjkbrace") and not _CJK_BRACE_SLOT.search(unit.text, start, end):
                continue  # {中文}: braces around words that name no slot
            if m.group("marked") and unit.text[:start].rstrip(" \t\u3000")[-1:] in _DRAFT_MARK_AFTER:
                continue  # 更新日期：2025-09-16（占位）: the text's own draft marker, `placeholder-drafting`'s
            if m.group("suggested") and _LABEL_BEFORE.match(unit.text[:start]) and unit.text[end:].strip(" \t\u3000*"):
                continue  # 【建议 3 个月】更换一次密码: a tip's label opening its paragraph, not a value left in brackets
            if m.group("tbc") and not _FIELD_LABEL.search(unit.text, max(0, start - 16), start):
                continue  # 订单状态：待确认: a state, not a slot
            if m.group("ymd") and (_in_example(unit.text, start) or not _date_label(unit.text, start)):
                continue  # 日期格式为 YYYY-MM-DD, | 出生日期 | YYYY-MM-DD |: a format asked of the user, not the policy's date left out
            if m.group("alternative") and _ROLE_BEFORE.search(unit.text, max(0, start - 40), start):
                continue  # "a data protection officer (or DPO)", 「个人信息保护负责人（或数据保护官）」: a gloss, not an alternative left in
            if m.group("enverb") and _ui_label(ctx, unit.text, start, end):
                continue  # [Provide feedback], [List view], [State of California], tap [Describe your issue]: a label or a name
            if m.group("instruction"):
                start = _instruction_start(unit.text, start)
            if last[0] == id(unit) and start < last[1]:
                continue  # （请替换为贵公司名称）: the bracket and the instruction in it are one slot
            if last[0] == id(unit) and start - last[1] <= 12 and _EXAMPLE_AFTER.search(unit.text, max(0, last[1] - 6), last[1]):
                continue  # （請填寫公司地址，例如）臺灣XX市XX區: the instruction and its sample value are one slot
            if m.group("en") or (m.group("generic") and m.group(0)[0] == "["):
                if references is None:
                    references = {d.group(1).strip().lower() for u in ctx.units() if (d := _REFERENCE_DEFINITION.match(u.text))}
                    references.update(ctx.doc.link_labels)  # definitions the Markdown reader took out of the text
                if m.group(0).strip("[] ").lower() in references or _REFERENCE_DEFINITION.match(unit.text[start:]):
                    continue  # a shortcut reference link [Email] or the definition [Email]: url itself
            last = (id(unit), end)
            for k in notes_in.get(id(unit), ()):
                if notes[k][1] < end and start < notes[k][2]:
                    taken[k] = 1
            yield self.finding(ctx, unit, start, end, text=unit.text[start:end])
        for k, (unit, start, end) in enumerate(notes):
            if not taken[k]:
                yield self.finding(ctx, unit, start, end, text=unit.text[start:end])
        for _, finding, _, _ in dummies:
            yield finding
        yield from self._lone_slots(ctx, pattern)
        yield from self._page_title(ctx, pattern)
        for unit, start, end, m in ctx.scan(_CONSTANT, needs="_"):
            if m.group("bracketed") and not _slot_constant(unit.text, start, end):
                continue  # 打开 [SERVICE_URL]/setup: a setting a self-hosted tool's admin knows, not a slot
            yield self.finding(ctx, unit, start, end, text=unit.text[start:end])
        yield from self._in_scripts(ctx, pattern)
        index: dict[int, int] | None = None
        for unit, start, end, m in ctx.scan(_DEFAULT_VALUE):
            if unit.paragraph is not None and unit.paragraph.kind == "code":
                continue  # {"email": null} in a code block: a sample of data, not a field left empty
            colon = _field_colon(unit.text, start, end)
            label = _DEFAULT_LABEL.search(unit.text, max(0, colon - 16), colon) if colon >= 0 else None
            if colon < 0 and unit.text.strip(_VALUE_LEAD) == m.group(0):
                if index is None:
                    index = {id(u): k for k, u in enumerate(ctx.units())}
                label = _cell_label(ctx.units(), index, unit)  # <td>传真</td><td>none</td>: the value is a cell of its own
            if label is None or (label.group("zh") is None and m.group(0).lower() == "none"):
                continue  # 返回值为 null (code), Fax: none (honest English)
            if unit.paragraph is not None and unit.paragraph.kind == "table":
                if index is None:
                    index = {id(u): k for k, u in enumerate(ctx.units())}
                if _documents_values(ctx.units(), index, unit):
                    continue  # | Phone | null | under "Value when not provided": a table documenting values
            yield self.finding(ctx, unit, start, end, text=unit.text[start:end])
        for unit, start, end, m in ctx.scan(_LATER, needs=_LATER_NEEDS):
            if not _LATER_LABEL.search(unit.text, max(0, start - 16), start + 1):
                continue  # 注：如您需要纸质发票，可后续提供: a sentence after a colon, not a field's value
            start = m.start("words") - m.start() + start  # the words, not the colon and the value before them
            yield self.finding(ctx, unit, start, end, text=unit.text[start:end])

    def _in_scripts(self, ctx: Context, pattern: re.Pattern[str]) -> Iterator[Finding]:
        """Dummy values and named slots in the string literals of a page's inline scripts: text the page shows at run time.

        Only the forms that are never code are read there (400-XXX-XXXX, privacy@example.com, 某某, [公司名称],
        待填写, TBD): template syntax ({{name}}, ${x}, <x>, %X%) and drafting prose are what scripts are made of.
        """
        for text, pieces in ctx.doc.scripts:
            unit = TextUnit(text, "script", None, None, (pieces, pieces[0].line, pieces[0].column))
            spans: list[tuple[int, int]] = []
            taken = Taken(len(text))
            for m in _DUMMY_HOST.finditer(text):
                before = text[max(0, m.start() - 64) : m.start()]
                lead = _ADDRESS_START.search(before)
                prefix = lead.group(0) if lead else ""
                if "@" not in prefix and not m.group(0).startswith(("your", "xxx")):
                    continue  # https://example.com in code: an API default, not a contact shown to users
                spans.append((m.start() - len(prefix), m.end()))
                taken.add(m.start() - len(prefix), m.end())
            for m in pattern.finditer(text):
                if not m.group(0) or not _SCRIPT_FORMS.match(m.group(0)) or taken.overlaps(m.start(), m.end()):
                    continue
                start = m.start()
                if m.group(0)[0] in "Xx" or m.group("xdate") or m.group("blankdate"):
                    start = _widen_number(text, start, date=m.group("xdate") is not None or m.group("blankdate") is not None)
                if m.group(0)[:1] in "某×○◯Xx" and _MASK_EXAMPLE.search(text, max(0, start - 10), start):
                    continue
                if (m.group("field") and _is_label(text, start, m.end())) or m.group("tbc") or m.group("ymd"):
                    continue
                spans.append((start, m.end()))
                taken.add(start, m.end())
            for start, end in sorted(spans):
                if shown_on_page(ctx, text, start, end):
                    continue  # the page's own text again, in its hydration data (self.__next_f, __NEXT_DATA__): reported there
                yield self.finding(ctx, unit, start, end, text=text[start:end])

    def _drafting_spans(self, ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
        """(unit, start, end) of every drafting note, in document order (overlapping notes of a unit as one)."""
        spans: list[tuple[TextUnit, int, int]] = []
        for unit, start, end, m in ctx.scan(_DRAFTING):
            span = _drafting_imperative(unit.text, start, end, m)
            if span is not None:
                spans.append((unit, span[0], span[1]))
        spans.extend(_configurer_notes(ctx))
        if not spans:
            return
        order = {id(u): k for k, u in enumerate(ctx.units())}
        yield from _merged(spans, order)

    def _dummy_addresses(self, ctx: Context) -> Iterator[tuple[TextUnit, Finding, int, int]]:
        """(unit, finding, start, end) of every dummy address: privacy@example.com, www.yourdomain.com."""
        hosts: set[tuple[int, int]] = set()  # (id of the unit, end) of each address found on a dummy host
        for unit, start, end, m in ctx.scan(_DUMMY_HOST):
            before = unit.text[max(0, start - 64) : start]
            lead = _ADDRESS_START.search(before)
            prefix = lead.group(0) if lead else ""
            subdomain = before[-1:] == "." and ("@" in prefix or "://" in prefix)  # https://app.example.net, dpo@mail.example.com
            if (before[-1:] in ("-", ".") and not before.endswith(("@", "www.")) and not subdomain) or (
                before[-1:].isascii() and before[-1:].isalnum()
            ):
                continue  # part of another host name: mycompany.com, my-domain.com
            if m.group(0).startswith(_ONLY_AFTER_AT) and "@" not in prefix and not _contact_url(unit.text, start - len(prefix), prefix):
                continue
            if m.group(0).startswith(_ONLY_AFTER_AT) and _in_example(unit.text, start - len(prefix)):
                continue  # 邮箱格式如 name@example.com: a documentation sample, not a contact
            if m.group("codehost") and (
                in_code(unit, start)
                or _in_example(unit.text, start - len(prefix))
                or _SAMPLE_LEAD.search(unit.text, max(0, start - len(prefix) - 24), start - len(prefix))
            ):
                continue  # `curl https://raw.githubusercontent.com/yourusername/…`: a command shown, not the operator's page
            yield unit, self.finding(ctx, unit, start - len(prefix), end, text=prefix + m.group(0)), start - len(prefix), end
            hosts.add((id(unit), end))
        for unit, start, end, m in ctx.scan(_YOUR_MAILBOX, needs="@"):
            if (id(unit), end) in hosts or in_code(unit, start) or _in_example(unit.text, start):
                continue  # your@example.com, found above; `git config user.email your@email.com`, 例如 your@mail.com: samples
            yield unit, self.finding(ctx, unit, start, end, text=m.group(0)), start, end
