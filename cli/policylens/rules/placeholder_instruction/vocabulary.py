"""The words the slot forms are built from: fill-in verbs, field nouns and their qualifiers, generic places,
English slot heads, the closing brackets, and a clause's end.

`placeholder-instruction` names a slot by what it asks for ([公司名称], 【聯絡電話】, [您所在地区], [Company Name]);
these fragments are shared by the slot forms (`slots`, `instructions`), the label tests and the drafting notes.
"""

from __future__ import annotations

from policylens.lazyre import lazy
from policylens.patterns import FIELD_NAMES, SENTENCE_BREAKS, contact_channels, spaced

_CLOSE = "】］〕）)>}\\]"
_CJK = "\u4e00-\u9fff"
_FILL = r"填寫|填写|填入|輸入|输入|插入|補充|补充|替換|替换|待定|待補|待补|待填"
# A slot named after its field.  In half-width brackets, which Chinese text does not use for
# emphasis, any short qualifier may precede a field noun: [公司名称], [您的邮箱地址], [姓名],
# [24小時緊急電話], [GitHub仓库地址].  Full-width 【】［］ also mark emphasis (我们收集您的【手机号码】),
# so there the field must be qualified as the operator's or the reader's: 【公司名称】, 【聯絡電話】.
_FIELD_NOUN = spaced(
    rf"(?:全称|全稱|{FIELD_NAMES}|{contact_channels(without=('邮件', '郵件', '传真', '傳真', '微信', 'QQ'))}"
    r"|邮件地址|郵件地址|邮箱地址|郵箱地址|电话号码|電話號碼|号码|號碼"
    r"|联系方式|聯絡方式|聯繫方式|统一社会信用代码|統一編號|备案号|備案號)"
)
# A contact's or the operator's field, as a label (支持邮箱：, 联系电话：, 支持页面：) or named by an instruction
# left as its value (请替换为你的邮箱地址): the field nouns plus the words of a channel.
_CONTACT_FIELD = rf"(?:{_FIELD_NOUN}|邮件|郵件|热线|熱線|网站|網站|页面|頁面|链接|鏈接|連結|姓名|名字|客服|域名|URL|Email|E-mail)"
# (a space may separate mixed-script words: [您的 GitHub 仓库地址]; the run is bounded, so linear)
# ([其他 SDK 名称与链接]: a name and the link that goes with it)
_FIELD_AND_LINK = r"(?:(?:与|和|及|與)(?:链接|鏈接|連結|网址|網址))?"
_FIELD_FREE = rf"(?:[\u4e00-\u9fffA-Za-z0-9/](?:[\u4e00-\u9fffA-Za-z0-9/ ]{{0,14}}?[\u4e00-\u9fffA-Za-z0-9/ ])?(?:{_FIELD_NOUN}{_FIELD_AND_LINK}|姓名|名字|用户名|用戶名|账号|帳號|账户|帳戶|简称|簡稱)|{_FIELD_NOUN}|姓名|名字|用户名|用戶名|账号|帳號|账户|帳戶)"
_FIELD_QUALIFIED = (
    r"(?:(?:[您你]的|贵司|貴司|本公司|公司|企业|企業|运营者|運營者|营运者|營運者|开发者|開發者|联系|聯絡|聯繫|注册|註冊|客服|办公|辦公"
    r"|营业|營業|紧急|緊急|香港|隐私|隱私|私隱|通讯|通訊|邮寄|郵寄)+"
    rf"{_FIELD_NOUN}|[您你]的(?:用户名|用戶名|账号|帳號|账户|帳戶|姓名|名字)"
    # (twenty-seventh session, round27b) 【聯絡 Email】, 【客服E-mail】, 【联系 email 地址】: the contact's e-mail named with the
    # Latin word, qualified as the operator's or the reader's (not 【Email】 alone, emphasis of a data item)
    r"|(?:[您你]的|联系|聯絡|聯繫|联络|客服|隐私|隱私|私隱|支持|支援|开发者|開發者|运营者|運營者|营运者|營運者|官方)"
    r"[ \t\u3000]{0,2}(?i:e-?mail)(?:[ \t\u3000]{0,2}(?:地址|(?i:address)))?"
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
    # ([开发者所在地], [运营方所在城市]: the operator named by its role, thirtieth session, u30r)
    # (u37r3, round37d memearchive-tsx: 提交【运营主体所在地】有管辖权人民法院) the operator named as its 运营主体
    r"(?:(?:[您你]|贵公司|貴公司|贵司|貴司|本公司|公司|开发者|開發者|运营者|運營者|营运者|營運者|运营方|運營方|运营主体|運營主體|经营主体|經營主體"
    r"|服务提供方|服務提供方)"
    r"(?:的|所在的?|所屬的?|所属的?|注册地的?|註冊地的?)?[^\]】］\n]{0,8}?"
    r"(?:地区|地區|城市|国家|國家|司法管辖区|司法管轄區|管辖区|管轄區|法院|仲裁机构|仲裁機構|所在地|省份|州)"
    # [您的姓名/公司名], [您的支持页面URL]: the reader's own name, contact or page, in brackets where the operator's belongs
    r"|[您你]的[^\]】］\n]{0,8}?(?:姓名|名字|名称|名稱|公司名|网址|網址|链接|鏈接|連結|URL|页面|頁面|邮箱|郵箱|信箱|电话|電話|地址|域名|品牌)"
    r"|指定的?(?:仲裁机构|仲裁機構|仲裁委员会|仲裁委員會|法院)"
    # (twenty-second session, dev22p) [伺服器地區], [服务器所在地], 【数据存储国家】: where the operator keeps the data, left
    # for the drafter (the place qualified by the server or the storage, never a data item the policy collects)
    r"|(?:服务器|伺服器|服務器|数据中心|數據中心|資料中心|数据存储|數據存儲|資料儲存)(?:所在)?的?"
    r"(?:地区|地區|国家|國家|城市|所在地)"
    r"|所在(?:的)?(?:地区|地區|城市|国家|國家|省份|州|地))"
)
# the same nouns bare, in half-width brackets only (【城市】 may be emphasis): 受[国家]法律管辖, [国家/地区]
# (thirty-third session, round33) 适用 [司法辖区/所在地区] 法律: the template's choices of place, joined by a slash (a
# place noun on each side: not [Android/iOS], a platform)
_GENERIC_PLACE = (
    r"(?:地区|地區|城市|国家|國家|国家或地区|國家或地區|司法辖区|司法轄區|司法管辖区|司法管轄區|管辖法院|管轄法院|仲裁机构|仲裁機構"
    r"|所在地区|所在地區|所在地|所在城市|所在国家|所在國家)"
)
_GENERIC_BARE = rf"(?:{_GENERIC_PLACE}(?:[ \t]*[/／][ \t]*{_GENERIC_PLACE}){{0,2}})"
# (thirty-third session, round33) `[运营方名称 / Operator Name]`, [司法辖区 / Jurisdiction]: a bilingual template's slot, the
# Chinese field and its English name as the two halves of one bracket (the English half one of the English slot heads)
# The English slot nouns: [Company Name], [Insert Privacy Contact Email], [Hong Kong Address].
_EN_HEAD = (
    r"names?\s+and\s+links?|name|e-?mail(?:\s+address)?|address|date|phone(?:\s+number)?|telephone(?:\s+number)?|number|hours|company|url|website"
    r"|entity|organi[sz]ation|tbd|todo|your\s*(?:app|product|service|site|domain|brand|company)(?:\s+name)?"
    # (twenty-second session, dev22p) [region], [server region], [Country], [jurisdiction]: the place the English half leaves
    r"|region|country|city|jurisdiction"
    # (twenty-ninth session, round29) [Response Time, e.g., 15 working days], [Retention Period]: a period left to state
    r"|(?:response|retention|storage|processing|reply)\s+(?:time|period)"
    # (twenty-sixth session, lead) [Street], [Postcode], [ZIP code]: the other parts of an address left as slots
    r"|street(?:\s+address)?|post\s*code|postal\s+code|zip(?:\s+code)?"
)
# the English half of a bilingual slot, after a slash: / Operator Name, / Contact Email, / Jurisdiction (read under re.I)
_EN_ALT = rf"(?:[ \t]*[/／][ \t]*(?i:(?:[a-z][a-z'\-]*[ \t]+){{0,3}}(?:{_EN_HEAD})))"
# (twenty-ninth session, round29) [Specific Country/Region Where Servers Are Located], [Specific Region for Legal Application]:
# an English field the template describes by a qualifier (the translation of 具体…), then words only (no digits, no
# punctuation but / and -: not [specific to your account, see §3], a note); read under re.I
# (a noun after the qualifier: not [applicable to iOS only] or [relevant in the EU], a note on scope)
_EN_QUALIFIED = (
    r"(?:specific|actual|exact|applicable|relevant)\s+(?!(?:to|for|in|on|only|if|when|where|as|at)\b)"
    r"[a-z][a-z/'\-]*(?:\s+[a-z][a-z/'\-]*){0,7}"
)
# (twenty-ninth session, round29) 【app】, [APP]: the product's generic word alone in brackets, where its name goes; read
# under re.I (not 【App Store】: the bracket closes right after the word)
_APP_WORD = r"app(?:lication)?"


# （发布前请确认）, （上线前需核实此数值）, (confirm before publishing): a bracket that only asks for its value to be checked
# before the text goes out, nothing else in it (a note to whoever publishes, not 发布前请确认不含他人信息, advice with an
# object; issue #11, eighteenth round).  Shared by the note (`drafting_notes`) and the value it follows (`markers`).
_CONFIRM_NOTE = (
    # (blanks, never a line break: the pattern is read inside a lookahead of a joined scan, tests/rules/test_scan_patterns.py)
    # (each run of blanks after a word that must be there: two runs side by side would backtrack on a long blank)
    # (lead18: 「（建议值，正式发布前确认）」: a suggested value, then the step)
    r"[（(][ \t\u3000]*(?:(?:建议值|建議值|参考值|參考值|示例值|範例值|暂定|暫定)[，,、][ \t\u3000]*)?"
    r"(?:(?:[请請][ \t\u3000]*)?(?:(?:在|于|於)[ \t\u3000]*)?(?:正式)?(?:发布|發布|發佈|上线|上線|上架|公布|公佈|提审|提審|正式使用)前"
    r"[ \t\u3000]*(?:(?:[请請]|需要?|[须須]|务必|務必|应|應)[ \t\u3000]*)?(?:(?:再次|再)[ \t\u3000]*)?(?:确认|確認|核实|核實|核对|核對|复核|複核)"
    r"(?:此|该|該|本|这一|這一)?(?:数值|數值|期限|时长|時長|数字|數字|值|项|項)?"
    # (u42k, round41d funshow-workbook-md) （发布前确认该地址确为你的公开账号）: what to confirm, a demonstrative and its noun
    # then a short clause about it (no bracket in it)
    r"(?:(?<=确认|確認|核实|核實|核对|核對)(?:该|該|此|这个|這個|这|這)(?:地址|链接|鏈接|連結|网址|網址|账号|帳號|邮箱|郵箱|电话|電話"
    r"|号码|號碼|名称|名稱)[^（）()\n]{0,24}?)?"
    r"|(?i:(?:please[ \t]+)?(?:confirm|verify|check|review)[ \t]+(?:(?:this|the)[ \t]+(?:value|number|period|figure)[ \t]+)?before[ \t]+"
    r"(?:publishing|publication|going[ \t]+live|launch(?:ing)?|release|shipping)))[ \t\u3000]*[）)]"
)


_CLAUSE_BREAK = lazy(f"[{SENTENCE_BREAKS}]")


# (u61z) the template's note after a field inside its bracket, how or when to fill it: 「 — 上线时填写」, 「: 稍后提供」
# (a dash or a colon, then at most 10 characters ending in a verb of filling in; no bracket, no line end)
_FILL_NOTE = (
    r"(?:[ \t\u3000]*(?:[—–]{1,2}|--?|[:：])[ \t\u3000]*[^\[\]\n:：]{0,10}?"
    r"(?:填写|填寫|填入|提供|补充|補充|待定|确定|確定|替换|替換))"
)

# (u61z) [运营者]（“运营者”）: a role word in half-width brackets with its definition right after it
_ROLE_DEFINED = (
    r"\[[ \t\u3000]*(?:运营者|運營者|营运者|營運者|运营方|運營方|开发者|開發者|服务提供者|服務提供者)[ \t\u3000]*\]"
    r"(?=[（(][ \t\u3000]*(?:[“\"「『]|以下简称|以下簡稱|下称|下稱))"
)
