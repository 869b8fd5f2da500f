"""Annotations for the two HTML pairs with many edits (solarterms, ovohi), written before any policylens run."""
from ann import C, N, src, write

H = {}
n = "solarterms-sdk-broadcast"
S4, S5, S6 = "4. 应用内会申请的权限", "5. 第三方 SDK 使用说明", "6. 数据安全"
H[n] = write(n, {
    "source": src(n, "qmute/24SolarTermsWebsite", "qmute+24SolarTermsWebsite", "Apache-2.0 (repository LICENSE)", "53db65f", "privacy_zh.html", "5342dec", "privacy_zh.html", "html"),
    "changed": [
        {"old_title": None, "new_title": None, "kind": "modified", "note": "最后更新日期 2024-05-09 -> 2025-12-23"},
        {"old_title": S5, "new_title": S5, "kind": "modified", "note": "Aliyun-only push SDK -> list of 7 push SDKs with caict links; Aliyun privacy URL removed"},
        {"old_title": S6, "new_title": S6, "kind": "modified", "note": "4 paragraphs on system-setting broadcasts added at the top of the section"}],
    "noise_only": [{"old_title": S4, "new_title": S4, "note": "closing </p> moved to its own line"}],
    "unchanged": ["1. 我们收集的信息", "2. 我们如何使用您的信息", "3. 我们如何共享您的信息", "7. 隐私政策的变更", "8. 联系我们"],
    "changes": [
        C(None, None, "<p>最后更新日期：[2024-05-09]</p>", "<p>最后更新日期：[2025-12-23]</p>", "date"),
        C(S5, S5, "为了向您提供消息推送服务，我们的应用程序集成了阿里云EMAS移动推送 SDK。该 SDK 由阿里云计算有限公司提供，用于实现消息的接收和推送功能。", "为了向您提供消息推送服务，同时为了完整的支持各个中国国内Android应用市场，我们的应用程序集成了以下推送SDK：", "wording", note="first half of the old paragraph"),
        C(S5, S5, "", "阿里云 https://sdk.caict.ac.cn/…316d9e2c… / 华为 … / 荣耀 … / 小米 … / OPPO … / VIVO … / 魅族 https://sdk.caict.ac.cn/…dc0f53b1…", "added", note="7 new <p> lines, one per push SDK"),
        C(S5, S5, "在使用过程中，阿里云推送 SDK 可能会收集以下信息：", "我们集成的移动推送 SDK。均有官方提供。在使用过程中，推送 SDK 可能会收集以下信息：", "wording", note="second half of the old paragraph, now its own <p>"),
        C(S5, S5, "阿里云推送 SDK 严格遵守相关法律法规，并采取合理的安全措施保护您的个人信息。您可以通过阿里云EAMS的隐私政策了解更多关于其数据处理和保护的信息：[ https://terms.aliyun.com/legal-agreement/… ]。", "各个推送 SDK 严格遵守相关法律法规，并采取合理的安全措施保护您的个人信息。您可以通过各个推送SDK链接了解更多关于其数据处理和保护的信息。", "wording", note="Aliyun privacy-policy URL removed"),
        C(S5, S5, "我们仅出于实现推送功能的目的使用阿里云推送EAMS SDK，不会将其用于其他用途。…", "我们仅出于实现推送功能的目的使用推送EAMS SDK，不会将其用于其他用途。…", "wording", note="阿里云 dropped"),
        C(S6, S6, "", "为保障应用核心功能（如时间显示、计划任务、地区化内容）正常运行，应用会检测系统时区、日期、时间、语言地区的变更。…\n响应系统设置变更的说明\n为了确保本应用能根据您的设备设置…应用会监听相关的系统配置变更广播（如 android.intent.action.TIMEZONE_CHANGED; android.intent.action.LOCALE_CHANGED; android.intent.action.DATE_CHANGED; android.intent.action.TIME_SET）。\n此行为仅在您主动更改系统设置或系统自身更新时触发，…", "added", note="4 <p> paragraphs inserted before 我们采取适当的物理、技术和管理措施…; the broadcast list is wrapped over 2 lines inside one <p>"),
    ],
    "noise": [
        N(S4, S4, "…也不会访问您的个人信息。</p>", "…也不会访问您的个人信息。\n        </p>", "markup", note="</p> moved to the next line; text identical"),
    ],
    "notes": "zh-Hans HTML, one <div> of <p> lines, no <h*> headings: section titles are <p>1. …</p> lines (a tool may or may not treat them as headings; any consistent choice is fine). 4 commits squashed (2025-02-07 .. 2025-12-23); the intermediate comma/semicolon edit in the broadcast list is not visible in the pair (the list appears once, in its final form). <html lang=\"en\"> on a Chinese page.",
})

n = "ovohi-rewrite"
T1, T2, T3, T4 = "1.隐私政策使用范围", "2.我们收集的信息", "3.数据信息安全", "4.个人信息隐私安全"
T6, T7, T8, T11 = "6.数据保留与用户权利", "7.终止服务", "8.免责条款", "11.联系我们"
li = "2.我们收集的信息 / （1）账号注册"
H[n] = write(n, {
    "source": src(n, "heyorc/ovohi-privacy", "heyorc+ovohi-privacy", "none (no licence file)", "624bfeb", "privacy_zh.html", "ff2fdb0", "privacy_zh.html", "html"),
    "changed": [{"old_title": t, "new_title": t, "kind": "modified"} for t in ["OvoHi 隐私政策 (h1)", T1, T2, T3, T4, T6, T7, T8, T11]],
    "noise_only": [],
    "unchanged": ["简介", "5.其他", "9.知识产权", "10.其他"],
    "changes": [
        C("OvoHi 隐私政策", "OvoHi 隐私政策", "最后更新日期：2026 年 6 月 9 日", "最后更新日期：2026 年 8 月 19 日", "date"),
        C(T1, T1, "适用于由OvoHi品牌运营的网站、应用、活动和其他服务，我们在本隐私政策中将所有这些项目称为“服务”。", "本隐私政策适用于 OvoHi APP（“App”）、OvoHi Web（“Web”）以及由 OvoHi 品牌运营并引用本政策的其他服务（合称“服务”）。在相关功能可用的情况下，App 与 Web 可以共用账号，…本政策并不表示每项功能均在每个客户端提供。", "wording"),
        C(li, li, "·您注册OvoHi时需要提供你的登录信息以及我们提供服务所必需的一些基本详细信息，比如：…你提供的用户名电子邮箱或者手机号码将作为你后续登录使用OvoHi的凭证。", "您注册 OvoHi 时需要提供登录信息以及提供服务所必需的基本资料，例如…您提供的用户名、电子邮箱或手机号码可能作为后续登录凭证。", "wording", note="li 1"),
        C(li, li, "·当填写个人资料时，你可以与我们分享其他信息，例如个人介绍文字和照片等。…这将有助于我们为您提供更好的服务和体验。", "填写个人资料时，您可以分享个人介绍文字、头像、照片等其他信息。添加照片时，您可能需要允许我们访问相机或相册。", "wording", note="li 2"),
        C(li, li, "·我们会收集您的出生日期（年、月、日），用于判断您是否符合年龄要求。OvoHi 仅面向年满 18 周岁的用户，未满 18 周岁的用户不得注册或使用本服务。", "OvoHi 仅允许年满 18 周岁的用户注册和使用服务，未满 18 周岁者不得注册或使用。我们可能处理出生日期或年龄确认信息，…本服务不设监护人同意例外。", "wording", note="li 3: age-eligibility checks, account termination, no guardian-consent exception"),
        C(li, li, "·我们会收集你的语言，为了更好的提供翻译服务，多语言实时翻译也是我们的核心功能", "我们可能处理您的语言偏好，以提供适用的界面和翻译服务。", "wording", note="li 4"),
        C(None, "（2）Apple 与 Google 第三方登录", "", "（2）Apple 与 Google 第三方登录\n当您选择使用 Apple 或 Google 登录时，我们可能根据相应登录流程的需要处理登录服务商、服务商账号标识、电子邮箱…", "added", note="new numbered <p> item with paragraph, inside h2 section 2"),
        C("（2）用户生成内容与沟通内容", "（3）用户生成内容与沟通内容", "当您使用消息、语音、个人资料、动态、评论、图片、视频、举报、客服或其他社区功能时，我们可能会处理您提供、发布或发送的内容。相关处理可能用于发送、展示、存储、…履行法律和合规义务。", "当您使用相关功能时，我们可能处理您提供、发布、上传或发送的内容，包括个人资料文字、用户名、头像、…以及举报材料、申诉证据和客服沟通内容。", "wording", note="item renumbered (2)->(3) (noise) and its paragraph rewritten"),
        C(None, "（3）用户生成内容与沟通内容", "", "我们可能为以下目的处理上述信息：路由和送达消息，展示、存储或翻译内容，调查举报，…以及履行适用法律义务。", "added", note="second paragraph (purposes, previously one clause of the old paragraph)"),
        C("（7）推送通知、翻译、内购订阅与第三方服务", None, "（7）推送通知、翻译、内购订阅与第三方服务\n如果您开启推送通知，我们可能处理通知令牌及相关送达数据，…应用内购买、订阅、金币和订单验证可能由 Apple App Store、Google Play、支付处理机构及相关服务商按其规则处理。我们也可能使用第三方服务用于托管、分析、安全、客服、翻译、支付处理和合规支持，并要求其仅为授权目的处理信息。", "", "removed", note="old item (7) replaced by the new items (8)-(13)"),
        C(None, "（8）Web Cookie 与浏览器本地存储", "", "OvoHi Web 可能使用第一方 Cookie、localStorage 和 sessionStorage …（PayPal 待处理或已完成订单标识…）", "added"),
        C(None, "（9）推送通知", "", "为准备和提供推送服务，OvoHi 使用 Firebase Cloud Messaging（FCM）。…", "added"),
        C(None, "（10）翻译", "", "当您使用翻译功能时，待翻译文本和目标语言可能会发送给…百度翻译或 MiniMax…", "added"),
        C(None, "（11）注册国家预填", "", "…我们可能通过 icanhazip.com 获取设备的公网 IP 地址，并将该 IP 地址提供给 api.iplocation.net，…", "added"),
        C(None, "（12）支付与交易验证", "", "<ul> iOS App：…Apple App Store… / Android App：…Google Play… / Web：…PayPal…独立控制者… <a>PayPal 隐私声明</a> </ul>", "added", note="3 list items"),
        C(None, "（13）第三方服务与跨境处理", "", "我们可能委托第三方服务商代表 OvoHi 提供托管、…\nOvoHi 面向全球提供服务，因此…可能在您所在国家或地区以外处理个人信息。…本政策不对具体存储国家或地区作出承诺。", "added", note="2 paragraphs; cross-border processing"),
        C(T3, T3, "消息、语音和其他用户生成内容可能会按本隐私政策所述，用于发送、展示、翻译、安全保障、举报审核、客服支持和合规目的。我们采用多项数据加密技术，并采取合理的技术和组织措施，…", "消息、语音和其他用户生成内容可能会按本隐私政策所述，用于发送、展示、存储、翻译、安全保障、举报与申诉处理、客服支持和合规目的。我们采取合理的技术和组织措施，…", "wording", note="encryption claim removed"),
        C(T3, T3, "我们致力于为所有用户营造一个安全、友好和相互尊重的使用环境。用户可以随时通过应用内的举报功能，…我们会在72小时内完成对所有有效举报的审核与处理。", "用户可通过相关客户端中当前提供的举报入口或客服渠道举报不当内容或行为。举报信息可能包括…也不保证每一项举报均以相同方式或在固定期限内处理。", "wording", note="72-hour promise removed"),
        C(None, T3, "", "除非披露是适用法律、法律程序、执法要求或保护用户与公众安全所必需，我们不会向被举报用户或其他无关用户披露举报人的身份。…", "added"),
        C(T4, T4, "保护用户个人信息是OvoHi的一项基本原则，…因此本网站在未经用户的授权时不得公开、编辑或出租，出售给任何人，以下情况除外：", "保护用户个人信息是 OvoHi 的一项基本原则，我们会采取合理措施保护个人信息。除本政策其他部分所述的处理和披露外，我们不会向无关第三方公开、出租或出售用户个人信息。我们可能在以下情形披露必要范围内的信息：", "wording"),
        C(T4, T4, "(1) 您同意让第三方共享资料", "(1) 您同意、指示或主动选择与第三方共享信息；", "wording"),
        C(T4, T4, "(2) 只有透露您的个人资料，才能提供您所要求的产品和服务", "(2) 为提供您请求的产品、功能、客服或交易，需要向相关服务商或第 2 节…所述的相关独立第三方提供信息；", "wording"),
        C(T4, T4, "(3) 为免除您在生命、身体或财产方面之急迫危险；为防止他人权益之重大危害", "(3) 受托服务商或专业顾问为代表我们提供服务、调查问题、处理举报或申诉而有必要知悉，…", "wording"),
        C(T4, T4, "(4) 我们需要向代表我们提供产品或服务的公司提供资料", "(4) 为调查涉嫌违反服务条款或其他规则的行为、执行协议、防止欺诈或滥用、保护 OvoHi、用户或公众的安全与合法权益；", "wording"),
        C(T4, T4, "(5) 我们发现您违反了本网站服务条款或任何其他产品及服务的使用规定", "(5) 为遵守适用法律、法律程序、法院命令、执法或主管机关的合法要求，或者为避免生命、身体、财产或其他重大权益面临紧迫风险。", "wording"),
        C(T6, T6, "我们会在提供服务、维护账号和交易记录、解决争议、保护安全、履行法律义务和执行协议所需的期限内保留个人信息。…", "我们仅在提供服务、维护账号、执行协议、解决争议、保护安全、防范欺诈、完成交易和履行法律义务所需的期限内保留个人信息。…因此不存在适用于所有信息的统一固定保留期限。…", "wording"),
        C(None, T6, "", "删除账号或提出删除请求后，我们会依照适用流程删除或匿名化…我们不承诺即时删除或统一的固定删除期限。", "added"),
        C(T6, T6, "在适用法律和身份验证要求允许的范围内，您可以请求访问、更正、删除或获取您的个人信息副本，…或通过 service@ovohi.site 联系我们。", "在适用法律及身份验证要求允许的范围内，您可以请求访问、获取副本、更正或删除个人信息，…并就适用的举报、账号或隐私请求决定提出申诉。…也可通过本政策“联系我们”部分列明的当前联系方式提出请求或申诉；…", "wording", note="e-mail removed from this paragraph; appeal right added"),
        C(T7, T7, "（2）你可以直接在服务中使用相应功能（如在App中「设置」-「帐号」-「注销帐号」）或直接与OvoHi客服联系来注销你的帐号，我们将在收到你的注销请求后对你的信息进行删除处理，…", "（2）您可通过相关客户端当前提供的账号注销功能（例如 App 中的「设置」-「帐号」-「注销帐号」）或联系 OvoHi 客服申请注销账号。我们会依照第 6 节所述流程处理…可能在有限期间内保留。", "wording"),
        C(T7, T7, "如会员停止使用本服务或本服务终止，OvoHi可以从服务器上永久地删除会员的数据。本服务停止或终止后，OvoHi没有义务向会员返还任何数据。", "如会员停止使用本服务或本服务终止，我们可以依照本政策和适用法律删除或匿名化不再需要的会员数据。", "wording"),
        C(T8, T8, "（2）会员理解并确认，会员通过OvoHi服务所上传、分享的任何内容并不代表和反映OvoHi的观点。…OvoHi会尽合理努力按照国家有关规定严格审查，…", "（2）会员理解并确认，会员通过 OvoHi 服务所上传、分享的任何内容并不代表或反映 OvoHi 的观点。…OvoHi 可能基于举报、上下文、风险信号、适用规则和可用审核能力采取合理审核措施，…", "wording"),
        C(T8, T8, "（3）对于通过OvoHi相关页面展示的各种广告信息、链接、资讯等，OvoHi会依照法律规定对广告商履行相关义务，…", "（3）对于用户内容中或服务相关页面可能出现的第三方链接和信息，会员应审慎判断其真实性、合法性和可靠性。…", "wording", note="advertising clause replaced by third-party links"),
        C(T8, T8, "（4）对于会员上传的照片、资料、证件及填写的个人信息等，OvoHi已采用相关措施并已尽合理努力进行审核，但不保证…", "（4）对于会员上传的照片、资料、证件及填写的个人信息等，OvoHi 可能基于上下文、风险信号、适用规则和可用能力采取合理核验措施，但不表示每一项材料均会被审核，也不保证…", "wording"),
        C(T8, T8, "（8）对于会员的投诉，OvoHi将尽合理努力认真核实，但不保证最终公之于众的投诉的真实性、合法性，…与OvoHi无关。", "（8）对于会员的投诉或举报，OvoHi 将结合所提供的信息、上下文、风险和可用能力进行合理核查。…并依法处理相关责任。", "wording"),
        C(T11, T11, "客服电子邮件：service@ovohi.site", "客服电子邮件：service@ovohi.com", "contact"),
        C(T11, T11, "更新日期：2026 年 6 月 9 日", "更新日期：2026 年 8 月 19 日", "date"),
    ],
    "noise": [
        N("（3）设备、使用与运营安全数据", "（4）设备、使用与运营安全数据", "<p>（3）设备、使用与运营安全数据</p>", "<p>（4）设备、使用与运营安全数据</p>", "renumber-only"),
        N("（4）相机/摄像头的功能", "（5）相机/摄像头的功能", "<p>（4）相机/摄像头的功能</p>", "<p>（5）相机/摄像头的功能</p>", "renumber-only"),
        N("（5）存储权限的功能", "（6）存储权限的功能", "<p>（5）存储权限的功能</p>", "<p>（6）存储权限的功能</p>", "renumber-only"),
        N("（6）麦克风的语音功能", "（7）麦克风的语音功能", "<p>（6）麦克风的语音功能</p>", "<p>（7）麦克风的语音功能</p>", "renumber-only"),
    ],
    "notes": "zh-Hans HTML (<h1>, <h2> numbered sections; sub-items of section 2 are <p>（n）…</p> lines, not headings). Three commits: 2026-06-09 upload, 2026-08-17 'publish shared privacy update' (a rewrite of sections 1-4, 6-8), 2026-08-19 e-mail .site -> .com and dates 17 -> 19. The four unchanged sub-items (设备…, 相机…, 存储…, 麦克风…) are only renumbered (3)-(6) -> (4)-(7): a renumber-only change must not be shown as a wording change (a report that shows only the digit is judged noise). The '·' bullet prefixes dropped from the four <li> are part of the rewritten items.",
})
print(H)
