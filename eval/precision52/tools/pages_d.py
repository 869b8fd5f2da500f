"""Pages of precision52, batch D (added after the first run of A-C: written out, read and drawn before any run on them),
character for character from the search tool's `pages` answers."""

PAGES = {
    "treedeep-zh-txt": ("https://treedeep.cn/en/privacy-policy", "page.txt", """概述
深圳市树深计算机系统有限公司(以下简称“我们”)作为树深产品及服务的运营者,深知个⼈信息对 您⽽⾔的重要性,也感谢您对我们的信任。我们将通过树深隐私权政策(以下简称“本政策”)向您说明树深 会如何收集、存储、保护、使⽤您的个⼈信息,并说明您享有的权利,其中要点如下:
- 为了便于您了解您在使⽤我们的服务时我们需要收集的信息类型与⽤途,我们将结合具体服务向您逐⼀ 说明。
- 我们会按照合法、正当、必要、诚信的原则收集、存储、保护、使⽤您的个⼈信息。
- 如果为了向您提供服务⽽需要从第三⽅获取您的信息,我们将要求第三⽅说明信息来源,并要求第三⽅ 保障其提供信息的合法性;如果我们开展业务需进⾏的个⼈信息处理活动超出您原本向第三⽅提供个⼈信 息时的授权范围,我们将征得您的明确同意。
- 您可以通过本政策介绍的⽅式访问和管理您的信息或进⾏投诉举报。
您可以根据以下索引阅读相应章节,进⼀步了解本政策的具体约定:
⼀、我们如何收集信息
二、我们如何使⽤Cookie、Beacon、Proxy等技术
三、我们如何调⽤设备权限
四、我们如何存储和保护信息
五、我们如何使⽤信息
六、我们如何对外提供信息
七、您如何行使您的个⼈信息权利
⼋、对第三⽅责任的声明
九、我们如何保护未成年⼈的信息
⼗、本政策的适⽤及更新
⼗⼀、本政策中关键词说明
一、我们如何收集信息
根据相关法律法规及国家标准,我们可能在下列情形下依法处理您的个⼈信息:
(1) 取得您的同意;
(2) 根据您的要求订⽴和履⾏合同所必需的;
(3) 履⾏法定义务所必需的,如反洗钱、反恐怖融资、实名管理等相关法律法规要求的必要信息;
(4) 与国家安全、国防安全直接相关的;
(5) 为应对突发公共
"""),
    "imkktv-zh-txt": ("https://www.imkktv.com/h5/xieyi/privacy-protocol-kxLive.html", "page.txt", """来秀隐私政策
更新日期:2024年9月25日
本隐私政策将帮助你了解:
(1)为了保障产品的正常运行,实现网络直播、发布信息、互动交流、搜索查询核心功能以及其他功能,我们(即刻互动(上海)网络科技有限公司,注册地址:上海市闵行区竹园路168号27幢1120室会收集你的部分必要信息;
(2)在你进行网络直播、发布信息、互动交流、注册认证或使用基于地理位置的服务时,基于法律要求或实现功能所必须,我们可能会收集姓名、身份证号码、联络方式、通讯录、音视频文件、地理位置个人敏感信息。 你有权拒绝向我们提供这些信息,或者撤回你对这些信息的授权同意。请你了解,拒绝或撤回授权同意,将导致你无法使用相关的特定功能,但不影响你使用“
来秀”的其他功能;
(3)我们会将在境内运营过程中收集和产生的你的个人信息存储于中华人民共和国境内,并不会将上述信息传输至境外。我们仅会在为提供“来秀”软件及相关服务之目的所必需的期间内保留你的个人信息;
(4)我们不会向第三方共享、提供、转让或者从第三方获取你的个人信息,除非经过你的同意;
(5)我们将努力采取合理的安全措施来保护你的个人信息。特别的,我们将采用行业内通行的方式及尽最大的商业努力来保护你个人敏感信息的安全;
(6)你访问、更正、删除个人信息与撤回同意授权的方式,以及注销账号、投诉举报的方式。
如你未明示同意本隐私政策并开始使用,我们将仅收集维持音视频浏览推荐所必需的信息,这将导致我们无法为你提供完整的产品和服务,但我们同样会采用去标识化、加密措施来保护这些信息。如果你不同意本隐私政策,我们无法为你提供完整的产品和服务,你也可以选择停止使用。当你选择继续或再次使用时, 基于提供产品和服
"""),
    "good2tw-tw-en-md": ("https://good2tw.com/privacy", "page.md", """隱私權政策 / Privacy Policy
最後更新 / Last updated: 2026-05-02
good2tw(以下簡稱「我們」)尊重每一位客戶的個人資料。本政策說明我們收集哪些資料、如何使用,以及您依照台灣《個人資料保護法》、美國加州消費者隱私法(CCPA / CPRA)、歐盟一般資料保護規則(GDPR) 享有的權利。
good2tw ("we", "us") respects your personal data. This policy explains what we collect, how we use it, and your rights under Taiwan's Personal Data Protection Act (PDPA), the California Consumer Privacy Act (CCPA / CPRA), and the EU General Data Protection Regulation (GDPR).
我們收集的資料 / Data we collect
- 帳號資料:Email、姓名、電話(您主動提供)。 Account info you provide: email, name, phone.
- 訂單資料:商品、金額、收件地址、付款狀態。 Order data: items, amounts, shipping address, payment status.
- 使用記錄:頁面瀏覽、IP 位址(雜湊處理)、裝置類型。 Usage logs: page views, hashed IP, device type.
- 商品詢問內容:當您透過 AI 助理或客服功能提交問題時保留的紀錄。 Product questions you submit through the AI assistant or contact-support form.
用途 / How we use it
- 處理訂單、出貨、客服回覆。Fulfilling orders, shipping, customer support.
- 帳號驗證、登入安全。Authentication and account security.
- 網站效能改善與防詐欺。Site performance, fraud prevention.
- 您允許下,寄送與訂單相關的通知。 With your consent, sending order-related notifications.
我們不會把您的資料賣給第三方廣告商。We do not sell your personal data to advertisers.
委託與分享 / Sub-processors
我們僅在必要範圍內,與下列服務商分享資料:付款服務商(藍新金流 NewebPay)、雲端基礎設施(Amazon Web Services)、Email 寄送(Amazon SES)、AI 商品助理(OpenAI)。所有合作對象皆有合約約束的資料保護義務。
We share data only with vendors strictly required to operate
"""),
}
