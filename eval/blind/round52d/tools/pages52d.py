"""Pages of round 52d (batch 1), written out character for character from the search tool's `pages` answers
(a whitespace-only line of the answer is written as one ASCII space: the JSON does not tell it from U+00A0)."""

PAGES = {
    "mockr-zh-en-txt": ("https://www.mockr.net/privacy-policy/", """我们是谁
Suggested text: Our website address is: http://www.mockr.net.
Comments
建议文本:当访问者在网站上留下评论时,我们会收集评论表单中显示的数据,以及访问者的 IP 地址和浏览器用户代理字符串,以帮助检测垃圾邮件。
An anonymized string created from your email address (also called a hash) may be provided to the Gravatar service to see if you are using it. The Gravatar service privacy policy is available here: https://automattic.com/privacy/. After approval of your comment, your profile picture is visible to the public in the context of your comment.
Media
建议文本:如果您将图片上传到网站,则应避免上传包含嵌入位置数据(EXIF GPS)的图片。网站访问者可以下载并提取网站上图片中的任何位置数据。
Cookie
建议文本:如果您在我们的网站上发表评论,您可以选择在 Cookie 中保存您的姓名、电子邮件地址和网站。这是为了您的方便,这样您在发表另一条评论时就不必再次填写您的详细信息。这些 Cookie 将持续一年。
如果您访问我们的登录页面,我们将设置一个临时 cookie 来确定您的浏览器是否接受 cookie。此 cookie 不包含任何个人数据,并在您关闭浏览器时被丢弃。
当您登录时,我们还会设置多个 cookie 来保存您的登录信息和屏幕显示选项。登录 cookie 会保留两天,屏幕显示选项 cookie 会保留一年。如果您选择“记住我”,您的登录信息会保留两周。如果您退出帐户,登录 cookie 将被删除。
If you edit or publish an article, an additional cookie will be saved in your browser. This cookie includes no personal data and simply indicates the post ID of the article you just edited. It expires after 1 day.
Embedded content from other websites
建议文本:本网站上的文章可能包含嵌入内容(例如视频、图片、文章等)。来自其他网站的嵌入内容的行为方式与访问者访问其他
"""),
    "juguo-zh-txt": ("https://91juguo.com/purchase/PrivacyPolicyWag/个人信息保护政策.html?company=深圳市知愈心理咨询有限公司&appName=文案狗", """appName个人信息保护政策概要

 

我们深知个人信息对你的重要性,并会全力保护你的个人信息安全。本概要旨在以简洁、清晰、易懂的方式向你介绍我们如何处理你的个人信息。如你需要了解完整的appName个人信息保护政策》,可直接至下文查阅。

 

我们如何收集和使用你的个人信息

 

为了实现特定业务功能,我们需要收集和使用你的部分个人信息,详情请查阅《个人信息收集清单》。除法律另有规定,你有权拒绝我们收集和使用你的个人信息。但请理解,如你拒绝我们收集和使用业务功能所必需的个人信息,则可能无法使用对应的业务功能。

 

部分业务功能的实现需要开启你的设备权限,详情请查阅《设备权限说明》。我们会通过弹窗向你申请获得授权,你可以随时通过appName的功能页面或设备系统设置关闭这些权限。

 

我们如何对外提供你的个人信息

 

为向你提供产品或服务,我们可能会与第三方共同处理、共享或委托其处理你的部分个人信息,详情请查阅第三方合作清单

 

我们只会在必要的目的和范围内向第三方提供你的个人信息,并审慎评估、监测第三方的安全保障能力,要求他们遵守法律法规、合作协议并采取相关的安全措施来保护你的个人信息。

 

我们如何存储你的个人信息

 

存储地点:中华人民共和国境内。保存期限:为实现目的所必需的期限和法律法规要求的期限内。保存期限届满的处理方式:删除或进行匿名化处理。

 

你的权利

 

你可以通过appName的功能页面或者通过联系我们:查阅、更正、复制、删除你的个人信息;

 

改变你授权同意的范围或撤回你的授权;注销/删除账号;行使其他法定的个人信息主体权利。

 

我们如何保护未成年人的个人信息

 

我们的产品、网站和
"""),
    "mcc-zh-txt": ("https://admin.7mcc.com.cn/xieyi.html", """7MCC是由郑州彰坤广告信息文化传播有限公司(以下简称"我们")为您提供的,我们非常注重保护用户("您")的个人信息及隐私,我们深知个人信息对您的重要性,并将按照法律法规和业界成熟的安全标准,采取相应的安全保护措施来保护您的个人信息。我们希望通过本隐私政策向您清晰地介绍在使用我们的产品/服务时,我们如何处理您的个人信息,以及我们保护这些信息的方式。
我们的产品基于DCloud uni-app(5+ App/Wap2App)开发,应用运行期间需要收集您的设备唯一识别码(设备ID、IMEI/android ID/DEVICE_ID/IDFA、设备MAC地址、OAID、SSID、SIM卡信息ICCID、网络信息(BSSID)、软件列表、SIM 卡 IMSI 信息)以提供统计分析服务,并通过应用启动数据及异常错误日志分析改进性能和用户体验,为用户提供更好的服务。详情内容请访问《DCloud用户服务条款》。(DCloud用户服务条款超链至https://ask.dcloud.net.cn/protocol.html)。
当您注册、登录我们的产品及相关服务时,您可以通过手机号创建账号,我们将通过发送短信验证码来验证您的身份是否有效,并且您可以完善相关的网络身份识别信息(昵称、密码、手机号),收集这些信息是为了帮助您完成注册。您还可以根据自身需求选择填写性别、生日、地区及介绍信息完善您的个人信息。
若您是我们的注册用户,我们将以邮件、短信等方式向您发送营销活动通知,为您展示我们退出的服务、功能或活动等商业性信息。如您不愿接受这些信息,您可以通过邮件、短信回复退订,也可以直接与我们联系进行退订。
我们在此特别提醒您:这些信息并非该业务功能运行所必需,但这些信息对改善服务质量、研发新产品或服务等有非常重要的意义。我们不会强制要求您提供这些信息,您如果拒绝不会对使用该业务功能产生不
"""),
}

PAGES.update({
    "dappgo-tw-en-txt": ("https://dappgo.com/privacy", """Privacy Policy 隱私政策
最後更新 Last updated: 2026-05-17
重要聲明
DappGo 不是註冊投資顧問、券商、銀行或任何司法管轄區的金融服務提供者。DappGo 提供的所有內容(AI 分析、訊號、insights、技術指標、verdict 標籤、選擇權策略)皆為教育與資訊參考用,不構成投資建議、買賣特定證券的指示、個人財務或稅務諮詢,亦不是任何形式的金融服務。
過去表現不代表未來結果。所有投資皆有風險,包括本金損失。投資前請諮詢合格的執照財務顧問。
Important Disclaimer
DappGo is not a registered investment advisor, broker-dealer, bank, or financial services provider in any jurisdiction. All content (AI analysis, signals, insights, technical indicators, verdict labels, options strategies) is for educational and informational purposes only and does NOT constitute investment advice, instructions to buy or sell any security, personal financial or tax counsel, or financial services of any kind. Past performance does not predict future results. All investments carry risk including loss of principal. Consult a licensed financial advisor before making decisions.
我們是誰
DappGo 由 Yan Long Lai(doing business as DappGo)以個人營業者(sole proprietor)身份營運,主要營運地為美國加利福尼亞州。本聲明於營運主體變更時會更新以反映新的 Data Controller。
資料控管者:Yan Long Lai(DBA DappGo),個人營業者,設立於美國加利福尼亞州。聯絡方式:admin@dappgo.com。若需書面郵寄地址,請來信索取。
Who we are
DappGo is operated by Yan Long Lai (doing business as DappGo) as a sole proprietor, primarily based in California, United States. This statement will be updated if the operating entity changes.
Controller: Yan Long Lai (DBA DappGo), sole proprietor based in California, United States. Contact: admin@dappgo.com. A postal mailing address is available on request via the contact email.
我們收集
"""),
    "mohiguide-hk-txt": ("https://wp.mohiguide.com/category/%E6%A2%9D%E6%AC%BE/", """條款

私隱條款

私隱條款及個人資料收集聲明

一般

本私隱政策旨在讓您知悉Mohiguide App及其附屬公司(本私隱政策中的「我們」或「我們的」)如何收集及處理您的個人資料。

我們尊重您的私隱並致力保護您的個人資料。本私隱政策闡述我們如何收集、使用及披露您的個人資料,以及您在個人資料的用途方面所擁有的權利。

政策目的

在具體及適用的情況下,依照我們在個人資料(私隱)條例(香港法例第486章)、歐洲資料保護法及其他適用的私隱法例的規定,本私隱政策闡述我們作為您的個人資料管控者如何收集、持有及使用您的個人資料。在下文「我們如何收集及使用您的個人資料」一節中的表格特別指明我們作為資料管控者可以把您的個人資料用作何種目的。我們在本私隱政策中所提及的「您」及「您的」,代表我們作為資料管控者使用其資料的人士。

收集個人資料的種類

個人數據或個人資料是指可以識別一名人士身份的任何資料。它不包括身份已被刪除的資料(匿名資料)。

為了營運業務,包括網站以及相關產品和服務的註冊和管理(包括相關的線上服務),我們可能會收集、使用、存儲和傳輸如下歸類的各種個人資料:

  • 身份資料包括姓、名、用戶名稱或類似的標識、婚姻狀況、職稱、出生日期和性別。
  • 聯繫資料包括賬單地址、收貨地址、電郵地址和電話號碼。
  • 財務資料包括銀行賬戶和支付卡的詳細資料。
  • 交易資料包括由您及向您支付的款項以及您向我們購買的產品和服務的其他詳細資料。
  • 技術資料包括互聯網協定(IP)地址、您的登入資料、瀏覽器類型和版本、時區設置和位置、瀏覽器插件類型和版本、操作系統、平台以及裝置上您用於瀏覽本網站的其他技術。
  • 背
"""),
    "easysim-tw-txt": ("https://easysimunlocker.com/zh-TW/privacy-policy/applock---hide-secret-apps", """生效日期: 2025年8月14日
應用程式名稱: AppLock - 隱藏秘密應用程式
套件 ID: com.lockapps.applock.gallerylocker.hide.photo.video
開發者顯示名稱 (Google Play): IMEI Unlock
控制者 / 法人實體: Narayan Infotech (Play 商店關於開發者) • Office No. 408, 4樓A棟, Sumerru Business Corner, Adajan, Surat, Gujarat 395009, 印度 • [email protected] • +91 87802 15284
網站: https://easysimunlocker.com • 支援: [email protected]
本政策說明當您使用 AppLock - 隱藏秘密應用程式(以下簡稱「應用程式」)及瀏覽我們的 網站(以下簡稱「網站」)時,我們如何收集、使用、披露與保護資訊。合稱為「服務」。
應用程式的功能: 使用 PIN/圖案/生物識別來鎖定指定應用程式;可選擇性地在本地保險箱隱藏照片/影片;可選擇性地在解鎖失敗後拍攝入侵者自拍;可選擇性地隱藏/保護通知;可選擇性地使用備份/還原功能。本應用程式不是雲端相片服務,也不會修改裝置韌體。(請參閱 Play 商店功能描述,如入侵者自拍、通知控制和備份功能。)
安全憑證(例如 PIN 或圖案),僅儲存在您的裝置本地。
保險箱選擇項目(您匯入/隱藏的照片/影片),僅儲存在您的裝置的應用程式私有空間;預設不會上傳至我們的伺服器。
支援通信,例如您寄送給我們的電子郵件內容/附件。
應用程式診斷與效能資料(例如當機紀錄、基本分析事件如應用開啟/畫面瀏覽;裝置型號、作業系統版本)。
廣告 ID(可重設),用於免費廣告版的廣告投放與衡量。
網站 Cookie(於網站使用):基本功能所需的必要 cookie;選擇性分析/行銷 cookie 可透過橫幅進行控制。
我們不會自動讀取或收集您的私人照片、訊息或應用程式內容。 您放入保險箱的項目僅保留在您的裝置,除非您明確匯出或備份。
Play 資料安全聲明(目前於應用程式頁面顯示):不會分享資料;
"""),
    "videoman-zh-txt": ("https://www.videoman.gr/zh/privacy-policy", """隐私政策

哪些个人信息,我们收集和我们为什么要收集

评论

当游客离开网站上的评论,我们收集的意见形式显示的数据, 而且访问者的IP地址和浏览器的用户代理字符串以帮助垃圾邮件检测.

从您的电子邮件地址创建一个匿名的字符串 (也称为哈希) 可以提供给的Gravatar服务,看看你正在使用它. 该服务的gravatar的隐私政策可以在这里找到: HTTPS://automattic.com/privacy/. 您的评论的批准后, 您的个人资料照片是公开显示在您的评论的上下文.

媒体

如果你上传图片到网站, 你应该避免与内嵌的位置数据上传图片 (EXIF 全球定位系统) 包括. 网站访问者可以从图片网站上下载并提取任何位置数据.

联系方式

没有数据是从我们接触的形式共享.

饼干

如果您离开我们的网站评论你可以选择加入到节约你的名字, 电子邮件地址和网站的cookies. 这是为了您的方便,这样当你发表意见时不必再填写您的详细信息. 这些cookies会持续一年.

如果你有一个帐户,并登录到这个网站, 我们将设置一个临时Cookie,以确定浏览器接受Cookie. 该cookie包含任何个人信息,当您关闭浏览器被丢弃.

当您登录, 我们也将设立多个cookie来保存您的登录信息,并在屏幕显示的选择. 最后两天登录饼干, 和屏幕选项饼干持续一年. 如果您选择“记住我”, 您的登录会持续两周. 如果注销帐户, 登录的Cookie将被删除.

如果编辑或发布文章, 一个额外的cookie将被保存在您的浏览器. 这个cookie包含任何个人信息,只是表示文章的文章ID刚才编辑. 这1天后到期.

第三方厂商, 包括谷歌, 使用Cookie根据用户先前对我们网站的访问来投放广告. Google对广告Cookie的使用使Google及其合作伙伴可以根据您访问此网站和/或Internet上的其他网站向您投放广告. 您可以通过访问退出个性化广
"""),
})

# batch 2 (found after batch 1's base run; written out, annotated and drawn before any run on them)
PAGES2 = {
    "wangerdi-zh-js": ("http://lfc.wangerdi.cn/", """import { wordWrap } from "@/utils";
import settings from "@/settings"
let name = settings.name
const company = settings.company
if (name === 'VOC') name = 'voc'
export const privacy = wordWrap(`${name}安全服务隐私权政策

为切实保护用户隐私权，优化用户体验，${name}智能家居（“${name}”或“我们”）根据现行法规及政策，制定本${name}智能家居隐私权政策。${name}了解个人信息对客户的重要性，我们力求明确说明我们获取、管理及保护用户个人信息的政策及措施。

本隐私权政策将帮助您了解以下内容：

一、我们会收集哪些信息（无论其是否为个人信息）

二、Cookie和网络Beacon等同类技术的使用

三、我们如何使用信息

四、我们如何共享信息

五、我们如何转让信息

六、我们如何公开披露信息

七、一般储存期限

八、我们如何确保您的信息安全

九、您能做什么

十、我们如何处理未成年人的个人信息

十一、您的个人信息的存储地点

十二、本隐私权政策不适用的范围

十三、本隐私权政策如何更新

十四、联系我们

本隐私权政策适用于引用或链接本隐私权政策的与${name}智能家居有关的${name}设备、网站或应用程序（统称为我们的“服务”），包括但不限于${name}官网（域名为 ${name}.so）、${name}商城（域名为 ${name}.so）、${name} App、${name}物联网家电设备等设备、网站及客户端。虽然本隐私权政策适用于所有这些服务，但我们也针对特定服务制定了某些明确的隐私权补充条款，其中包含有关我们的信息处理做法的其他信息。使用相关的服务时，您必须遵守这些补充条款。当我们进行其他数据收集处理活动时会另外取得您的同意。

${name}深知个人信息对您的重要性，并会尽全力保护您的个人信息安全可靠。我
"""),
    "freshqueen-hk-txt": ("https://www.freshqueenhk.com/pages/privacy-policy", """{{ 'fb_in_app_browser_popup.desc' | translate }} {{ 'fb_in_app_browser_popup.copy_link' | translate }}

{{ 'in_app_browser_popup.desc' | translate }}

目錄 購物車 {{currentCart.getItemCount()}}

私隱條例


本私隱政策對此網站的所有用戶及受《個人資料(私隱)條例》(香港法例第486)(以下簡稱「私隱條例」)規管並奉行其有關規定。Fresh Queen 鮮后收集、使用及披露用戶的個人資料(以下簡稱「個人資料」)以致力給您締造一個安全、順暢、高效和個人化的體驗。這私隱條例概述了Fresh Queen 鮮后在有關收集,使用和披露個人資料的政策和責任。

 

通過繼續利用Fresh Queen 鮮后的服務,您表示您已閱讀,理解並同意本私隱政策的約束,而此關於Fresh Queen 鮮后有關收集,使用和披露個人資料的政策會不時被修訂。
 

 

此政策分為兩部分:

•   
第一部分:一般客戶資料私隱政策聲明
•    
第二部分:有關透過Fresh Queen 鮮后網站及Fresh Queen 鮮后手機服務設備所收集的客戶資料私隱政策聲明
 

第一部分:一般客戶資料私隱政策聲明

1.    
個人資料收集聲明
1.1.  
除為向用戶提供服務所需外,Fresh Queen 鮮后不會向用戶收集任何不必要的個人資料。
1.2.  
閣下使用我們的網頁時,Fresh Queen 鮮后可能會要求用戶提供個人資料。個人資料包括但不限於用戶的姓名、出生年月日、性別、電話號碼、電郵地址、住宅地址或其他地址及付款賬戶資料。請注意用戶必需提供某些個人資料(在收集個人資料時會列明)


2.   個人資料的使用及披露
2.1.  
如果用戶向Fresh Queen 鮮后提供的任何個人資料,將被視為已向善幫愛聯盟有限公司授權去收集、保留及使用用戶的個人資料,作下列用途:
(a)    
向用戶提供客戶服務,包括但不限於就著Fresh Queen 鮮后的網站所提供的產品,處理及
"""),
}
PAGES.update(PAGES2)
