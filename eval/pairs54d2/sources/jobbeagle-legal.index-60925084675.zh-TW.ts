const PRIVACY_ZH_TW: LegalDocument = {
  title: '隱私權政策',
  lastUpdated: '2026 年 7 月 12 日',
  intro: 'JobBeagle（「我們」）營運 jobbeagle.com 與 JobBeagle Chrome 外掛。本政策說明我們收集哪些資料及如何使用。我們不會出售個人資料。',
  sections: [
    {
      title: '我們收集的資訊',
      paragraphs: [
        '帳號資料：使用 Google 登入時，我們透過 Supabase Auth 取得您的姓名、Email 與大頭照。',
        '求職者資料：您貼上或外掛抓取的職缺描述、上傳的履歷（文字／PDF／DOCX）與 AI 分析報告。成功分析後，系統會自動將履歷版本存入您的帳號履歷庫（依內容去重），並把每份報告與該履歷版本對應。',
        'Chrome 外掛資料：僅在您點擊外掛圖示時，於支援的職缺網站讀取當前職缺頁（職稱、公司、描述、網址），並以 HTTPS 傳至 JobBeagle 供 Pre-Flight 確認。我們不會抓取瀏覽紀錄或其他分頁。',
        '技術資料：IP（用於限流）、瀏覽器類型、裝置指紋（防止濫用免費額度）及登入 Cookie。',
        '使用資料：頁面瀏覽（若啟用 Google Analytics）與產品互動指標。',
      ],
    },
    {
      title: 'Chrome 外掛 — 允許的網站',
      paragraphs: [
        '外掛僅申請存取白名單職缺網：LinkedIn、Indeed、ZipRecruiter、Glassdoor、GovernmentJobs.com（含 SchoolJobs）、104.com.tw，以及 jobbeagle.com（交接用）。',
        '我們不會販售抓取的職缺內容或您的履歷；職缺文字僅用於您主動要求的 AI 分析。',
        '您可隨時於 chrome://extensions → JobBeagle → 網站存取權限撤銷授權。',
      ],
    },
    {
      title: '我們如何使用您的資訊',
      paragraphs: [
        '提供 AI 職缺分析（Lite／Full）與 Pre-Flight 確認。',
        '透過 Lemon Squeezy 處理付款與額度。',
        '透過限流、額度檢查與裝置指紋防止濫用。',
        '依彙總使用模式改善產品。',
      ],
    },
    {
      title: '資訊分享',
      paragraphs: [
        '我們使用第三方處理者：Supabase、Google Gemini、Lemon Squeezy、Vercel、Resend（若啟用）、Google Analytics（若啟用）。',
        '我們不會將您的個人資料出售給第三方。',
        '若法律要求或為保護權益，我們可能依法揭露資訊。',
      ],
    },
    {
      title: '資料保留與刪除（CCPA／GDPR）',
      paragraphs: [
        '履歷版本與分析報告於帳號有效期間保留。從履歷庫移除為軟刪除（列表隱藏），不會抹去曾使用該履歷的歷史報告。部分免費用戶單次報告約 90 天後可能自動清除。',
        '您可於登入後至「帳戶管理」執行硬刪除：包含驗證帳號、profile、履歷庫、分析報告，以及相關上傳媒體檔案。',
        '加州 CCPA 等法規下的使用者，亦可透過站內刪除或 henry061680@gmail.com 行使權利。',
      ],
    },
    {
      title: '您的權利',
      paragraphs: [
        '您可登入後至帳戶管理刪除帳號，或 Email 聯絡我們存取、更新、刪除資料。',
        '依司法管轄區，您可能享有 GDPR、CCPA 等額外權利。',
      ],
    },
    {
      title: '資訊安全',
      paragraphs: [
        '我們使用 HTTPS、Supabase RLS、API 驗證、金流 webhook 簽章驗證與限流保護服務。',
        '網路傳輸無法保證百分之百安全。',
      ],
    },
    {
      title: '兒童',
      paragraphs: ['JobBeagle 不針對 16 歲以下使用者，我們不會故意收集兒童資料。'],
    },
    {
      title: '聯絡我們',
      paragraphs: ['隱私相關問題：henry061680@gmail.com 或 jobbeagle.com 留言表單。'],
    },
  ],
};

const TERMS_ZH_TW: LegalDocument = {
  title: '服務條款',
  lastUpdated: '2026 年 8 月 24 日',
  intro: '使用 JobBeagle（網站與 Chrome 外掛）即表示您同意本條款。若不同意，請勿使用本服務。',
  sections: [
    {
      title: '服務說明',
      paragraphs: [
        'JobBeagle 提供 AI 職缺分流與分析（Lite／Full）、Chrome 外掛抓取後的 Pre-Flight 確認，以及付費額度方案。',
        '我們可能隨時更新、暫停或終止部分功能。',
      ],
    },
    {
      title: 'Chrome 外掛',
      paragraphs: [
        '外掛僅可用於隱私權政策所列白名單職缺網；您須有權瀏覽所抓取的職缺頁。',
        '您有責任在 Pre-Flight 確認抓取內容後再啟動分析並消耗額度。',
        '若職缺網站改版或封鎖自動化存取，我們不保證抓取一定成功。',
      ],
    },
    {
      title: '帳號與額度',
      paragraphs: [
        '您應提供正確資訊並妥善保管帳號。分析需 Google 登入。',
        '免費帳號享有有限終身 Lite 額度；付費額度與訂閱於 Lemon Squeezy 付款成功後發放。',
        '您可在帳戶管理頁一鍵取消月費 Standard／Advanced 訂閱。本期結束前仍可使用；剩餘額度會保留。',
        '額度不可轉讓；退款依 Lemon Squeezy 與適用法律辦理。',
      ],
    },
    {
      title: 'AI 分析免責',
      paragraphs: [
        'AI 分數與報告僅供參考，不構成錄用、法律或財務建議。',
        '請自行核實職缺與薪資資訊。',
      ],
    },
    {
      title: '可接受使用',
      paragraphs: [
        '不得濫用限流、註冊假帳號洗免費額度、逆向工程，或將外掛用於非白名單網站。',
        '違反本條款之帳號，我們得停權。',
      ],
    },
    {
      title: '智慧財產權',
      paragraphs: [
        'JobBeagle 品牌、軟體與設計歸我們所有，未經許可不得複製或逆向工程。',
        '您上傳的內容仍歸您所有；您授權我們為營運服務而儲存、顯示與處理。',
      ],
    },
    {
      title: '責任限制',
      paragraphs: [
        '服務依「現狀」提供，我們不對錄用結果或間接損害負責。',
        '我們的總賠償責任以您過去 12 個月付費金額或 100 美元中較高者為上限。',
      ],
    },
    {
      title: '準據法',
      paragraphs: [
        '本條款以中華民國（台灣）法律為準據法（強制當地法律除外）。',
        '爭議應先善意協商；無法解決時得提交台灣法院管轄。',
      ],
    },
    {
      title: '聯絡我們',
      paragraphs: ['問題請透過 henry061680@gmail.com 或 jobbeagle.com 留言表單。'],
    },
  ],
};
