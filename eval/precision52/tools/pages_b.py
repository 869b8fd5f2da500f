"""Pages of precision52 (batch B), written out character for character from the search tool's `pages` answers."""

PAGES = {
    "meetyulu-tw-en-txt": ("https://meetyulu.com/Privacy", "page.txt", """隱私權政策

Privacy Policy

遇見予路(以下簡稱「本網站」)非常重視您的隱私權保護。本隱私權政策說明我們如何收集、使用、揭露及保護您的個人資料。

最後更新日期:2025年1月

一、資料收集範圍

1.1 您主動提供的資訊

當您使用本網站服務時,我們可能會收集以下資訊:

  • 基本資料:暱稱、性別、電子郵件地址
  • 出生資訊:出生年月日、時間(用於八字命理分析)
  • 帳戶資訊:會員帳號、密碼(加密儲存)
  • 交易資訊:付款方式、交易紀錄
  • 互動內容:與AI對話記錄、諮詢問題

1.2 自動收集的資訊

為了改善服務品質,我們可能會自動收集:

  • 裝置資訊(瀏覽器類型、作業系統)
  • 使用紀錄(瀏覽頁面、停留時間)
  • IP 位址、Cookie 資料

二、資料使用目的

我們收集的個人資料將用於以下目的:

  • 提供八字命理分析及相關諮詢服務
  • 建立及管理您的會員帳戶
  • 處理您的付款及交易事宜
  • 發送服務通知、帳單及重要訊息
  • 改善網站功能及使用者體驗
  • 寄送行銷資訊(需取得您的同意)
  • 保障網站安全及防止詐欺行為
  • 遵守法律義務及處理糾紛

三、資料保護措施

我們採取以下安全措施保護您的個人資料:

  • 使用 SSL/TLS 加密傳輸技術
  • 密碼採用單向加密演算法儲存
  • 定期備份及更新系統安全防護
  • 限制員工存取權限,僅授權人員可處理個人資料
  • 定期進行安全稽核及風險評估
提醒:雖然我們已採取合理的安全措施,但沒有任何網路傳輸或電子儲存方式是百分之百安全的。請您妥善保管帳號密碼,勿與他人分享。

四、Cookie 及追蹤技術

本網站使用 Cookie 及類似技術來改善使用者體驗。Cookie 是儲存在您裝置上的小型文字檔案,用於記錄您的偏好設定及登入狀態。

我們
"""),
    "usgovconnect-tw-en-txt": ("https://www.usgovconnect.com/zh-tw/privacy-policy", "page.txt", """Privacy Policy

解釋與定義

Interpretation

首字母大寫的詞語具有以下定義的含義。下列定義無論以單數或複數形式出現,均具有相同的意義。

定義

For the purposes of this Privacy Policy:

  • Account means a unique account created for You to access our Service or parts of our Service.
  • Affiliate means an entity that controls, is controlled by or is under common control with a party, where "control" means ownership of 50% or more of the shares, equity interest or other securities entitled to vote for election of directors or other managing authority.
  • Business, for the purpose of CCPA/CPRA, refers to the Company as the legal entity that collects Consumers' personal information and determines the purposes and means of the processing of Consumers' personal information, or on behalf of which such information is collected and that alone, or jointly with others, determines the purposes and means of the processing of consumers' personal information, that does business in the State of California.
  • CCPA 和/或 CPRA 指的是《加州消費者隱私法》(「CCPA」),該法已由 2020 年《加州隱私權法》(「CPRA」)修訂。
  • 本公司(在本協議中稱為「本公司」、「我們」或「我們的」)是指 US Gov Connect。
  • For the purpose of the GDPR, the Company is the Data Controller.
  • 根據《加州消費者隱私法案》(CCPA)/《加州消費者隱私法案》(CPRA)的規定,「消費者」是指居住在加州的自然人。法律對「居民」的定義包括:(1) 除臨時或短暫目的外,身處美國境內的任何人;(2) 以美國為住所,但因臨時或短暫目的而身處美國境外的任何人。
  • Cookies are small files that are placed on Your computer, mobile device or any other device by a website, containing the details of Your browsing history on that website among its many uses.
  • Country refers to: Texas, United States
  • Data Controller, for the pur
"""),
    "koplus-tw-txt": ("https://www.koplus.com/tw/terms-conditions", "page.txt", """我們將使用您的個人資料來提供並改善我們的服務。使用本服務,即表示您同意依據本隱私權政策蒐集及使用您的個人資訊。
首字母為大寫的詞彙,其意義依下列條件所定義。
不論這些詞彙以單數或複數形式出現,下述定義皆適用。
在本隱私權政策中:
Personal Data
當您使用本服務時,我們可能會要求您提供某些可用於聯絡或辨識您身份的個人識別資訊,包括但不限於:
使用資料
使用數據會在您使用本服務時自動收集。
使用數據可能包括您的裝置網際網路協定位址(如 IP 位址)、瀏覽器類型、瀏覽器版本、您造訪本服務的頁面、造訪的時間與日期、停留時間、裝置的唯一識別碼及其他診斷數據。
當您透過行動裝置存取本服務時,我們可能會自動收集某些資訊,包括但不限於:您的行動裝置類型、裝置的唯一識別碼、IP 位址、行動作業系統、行動網路瀏覽器類型、裝置的唯一識別碼及其他診斷數據。
此外,當您造訪本服務或透過行動裝置存取時,我們可能會收集您的瀏覽器所傳送的資訊。
追蹤技術與 Cookies
我們使用 Cookies 及類似的追蹤技術來記錄您在本服務上的活動並儲存特定資訊。所使用的追蹤技術包括 網頁信標(beacons)、標籤(tags)及指令碼(scripts),這些技術可用於蒐集與追蹤資訊,以優化並分析我們的服務。
您可以設定瀏覽器拒絕所有 Cookies,或在 Cookies 被傳送時收到通知。然而,如果您選擇不接受 Cookies,可能無法使用本服務的部分功能。
Cookies 可分為 永久性 Cookies(Persistent Cookies) 和 工作階段 Cookies(Session Cookies):
永久性 Cookies 會在您離線後仍留存在您的個人電腦或行動裝置上。
工作階段 Cookies 則會在您關閉瀏覽器時立即刪除。
我們使用這兩種類型的 Cookies,具體用途如下:
必要 / 基本 Cookies
類型: 工作階段 Cook
"""),
    "hopeerp-tw-md": ("https://hopeerp.mdo.tw/Legal/Privacy", "page.md", """1. 政策概述
HopeERP 電商平台(以下簡稱「我們」或「本平台」)非常重視您的隱私權。本隱私政策說明我們如何收集、使用、儲存和保護您的個人資訊。
使用本平台的服務即表示您同意本隱私政策的內容。如果您不同意本政策,請勿使用我們的服務。
2. 資訊收集
2.1 我們收集的資訊類型
我們可能收集以下類型的資訊:
- 個人識別資訊:姓名、電子郵件地址、電話號碼、地址等
- 帳戶資訊:用戶名、密碼、偏好設定等
- 交易資訊:購買記錄、付款資訊、配送地址等
- 技術資訊:IP地址、瀏覽器類型、設備資訊、Cookie等
- 使用資訊:網站瀏覽行為、點擊記錄、搜尋歷史等
2.2 資訊收集方式
- 您主動提供的資訊(註冊、購物、聯絡我們時)
- 自動收集的技術資訊(Cookie、日誌文件等)
- 第三方服務提供商的資訊(社交媒體登入、付款處理商等)
3. 資訊使用
3.1 使用目的
我們使用收集的資訊用於以下目的:
- 提供和改善我們的服務
- 處理訂單和付款
- 客戶服務和技術支援
- 發送訂單確認和配送通知
- 行銷和促銷活動(在您同意的情況下)
- 防範欺詐和安全威脅
- 遵守法律義務
- 網站分析和改善用戶體驗
3.2 個人化服務
我們可能使用您的資訊來:
- 推薦相關商品和服務
- 客製化網站內容和廣告
- 改善搜尋結果的相關性
4. 資訊分享
4.1 分享原則
我們不會出售、租賃或以其他方式向第三方披露您的個人資訊,除非:
- 獲得您的明確同意
- 為提供服務所必需(如配送、付款處理)
- 法律要求或政府機關要求
- 保護我們的權利、財產或安全
4.2 服務提供商
我們可能與以下類型的第三方服務提供商分享資訊:
- 付款處理商(如綠界科技、藍新金流)
- 物流配送商
- 雲端服務提供商
- 客戶服務平台
- 行銷和分析服務商
5. Cookie 和追蹤技術
5.1 Cookie 的
"""),
    "metalsheep-tw-txt": ("https://mess.metalsheep.com/privacy.html", "page.txt", """隱私權政策
非常歡迎您使用「Mess」(以下簡稱本系統), 為了讓您能夠安心的使用本系統的各項服務與資訊, 特此向您說明本系統的隱私權保護政策,以保障您的權益,請您詳閱下列內容:
一、隱私權保護政策的適用範圍
隱私權保護政策內容,包括本系統如何處理在您使用服務時收集到的個人識別資料。 隱私權保護政策不適用於本系統以外的相關連結網站或應用程式,也不適用於非本系統所委託或參與管理的人員。
二、個人資料的蒐集、處理及利用方式
- 當您造訪本系統或使用本系統所提供之功能服務時,我們將視該服務功能性質, 請您提供必要的個人資料,並在該特定目的範圍內處理及利用您的個人資料;非經您書面同意, 本系統不會將個人資料用於其他用途。
- 本系統在您使用服務信箱、問卷調查等互動性功能時,會保留您所提供的姓名、電子郵件地址、聯絡方式及使用時間等。
- 於一般瀏覽時,伺服器會自行記錄相關行徑,包括您使用連線設備的 IP 位址、使用時間、使用的瀏覽器、瀏覽及點選資料記錄等,做為我們增進網站服務的參考依據,此記錄為內部應用,決不對外公佈。
- 為提供精確的服務,我們會將收集的問卷調查內容進行統計與分析,分析結果之統計數據或說明文字呈現,除供內部研究外,我們會視需要公佈統計數據及說明文字,但不涉及特定個人之資料。
- 您可以隨時向我們提出請求,以更正或刪除本系統所蒐集您錯誤或不完整的個人資料。
三、資料之保護
- 本系統有各類身份驗證必要的安全防護措施,加以保護您的個人資料,只由經過授權的人員才能接觸您的個人資料,相關處理人員皆簽有保密合約,如有違反保密義務者,將會受到相關的法律處分。
- 如因業務需要有必要委託其他單位提供服務時,本系
"""),
    "ecscrm-hk-en-txt": ("https://ec.scrm.com/?page_id=148&lang=zh", "page.txt", """EC隐私政策
EC Privacy Policy
生效日期:2024年5月11日
Effective Date: May 11, 2024
更新日期:2024年5月11日
Updated: May 11, 2024
导言
Introduction
EC(“EC“、”我们”、”我们的”)致力于保护你的隐私。我们将通过《EC隐私政策》(以下简称“本隐私政策”)向你阐述我们会如何收集、使用和存储你的个人资料及你享有何种权利等内容,我们非常重视并致力于确保你的个人资料安全,我们使用各种技术措施来保护您的个人数据免受未经授权的访问、使用或披露。本隐私政策是根据香港特别行政区法例第486章《个人资料(私隐)条例》而作出。
EC (“EC”, ”we”, ”us”, ”our”) is committed to protecting your privacy. We will explain to you through the EC Privacy Policy (hereinafter referred to as the “Privacy Policy”) how we collect, use and store your personal data and what rights you enjoy. We attach great importance to and are committed to ensuring the security of your personal data. We use various technical measures to protect your personal data from unauthorized access, use or disclosure. This Privacy Policy is made in accordance with the Hong Kong Personal Data (Privacy) Ordinance (Cap.486) .
本隐私政策适用于我们以网站、软件以及随技术发展出现的新形态向你提供的各项产品和服务。本隐私政策不适用于由我们的关联公司或的第三方服务商或其他第三方向你提供的产品或服务,此类产品或服务适用服务提供方向你另行说明的个人信息处理规则。
This Privacy Policy applies to all products and services we provide to you in the form of websites, software and new forms that arise with technological developments. This privacy policy does not apply to products or services provided to you by our affiliated companies or third-party service providers or other third parties, and such products or services are subject to the personal informatio
"""),
}
