const PRIVACY_ZH_TW: LegalDocument = {
  title: '隱私權政策',
  lastUpdated: '2026 年 7 月 2 日',
  intro: 'Jobbeagle（「我們」）營運 jobbeagle.com，包含 AI 職缺分析與 Jobbeagle Shorts。本政策說明我們收集哪些資料及如何使用。',
  sections: [
    {
      title: '我們收集的資訊',
      paragraphs: [
        '帳號資料：使用 Google 登入時，我們透過 Supabase Auth 取得您的姓名、Email 與大頭照。',
        '求職者資料：您上傳的履歷、求職信、申請留言及 AI 分析報告。',
        '企業資料：公司名稱、簡介、聯絡信箱、職缺內容與招募影片。',
        '使用資料：頁面瀏覽（Google Analytics）、影片觀看次數、按讚、收藏與追蹤。',
        '技術資料：IP 位址（經雜湊用於 AI 分析次數限制）、瀏覽器類型及登入工作階段 Cookie。',
      ],
    },
    {
      title: '我們如何使用您的資訊',
      paragraphs: [
        '提供 AI 職缺匹配分析、Shorts 瀏覽、申請與企業管理功能。',
        '求職者申請職缺時，透過 Resend 寄送通知信給企業聯絡信箱。',
        '在您登入後儲存分析歷史、收藏職缺與申請紀錄。',
        '透過次數限制與重複申請檢查防止濫用。',
        '依彙總使用模式改善產品。',
      ],
    },
    {
      title: '資訊分享',
      paragraphs: [
        '當您申請職缺時，您的姓名、Email、電話、履歷、求職信與留言會提供給該職缺的企業。',
        '我們使用第三方服務：Supabase（資料庫與驗證）、Google Gemini（AI 分析）、Resend（Email）、Vercel（主機）、Google Analytics。',
        '我們不會將您的個人資料出售給第三方。',
        '若法律要求或為保護我們與使用者的權益，我們可能依法揭露資訊。',
      ],
    },
    {
      title: '資料保留',
      paragraphs: [
        '分析報告與履歷在帳號有效期間保留；您可聯絡我們要求刪除。',
        '求職申請紀錄保留，供企業審閱與求職者查詢自己的申請歷史。',
        '企業職缺內容保留至企業自行刪除或因違規被移除。',
      ],
    },
    {
      title: '您的權利',
      paragraphs: [
        '您可登入後於個人設定管理資料，或 Email 聯絡我們存取、更新、刪除帳號資料。',
        '您可隨時拒絕行銷通訊。',
        '依您所在司法管轄區，您可能享有 GDPR、CCPA 等額外權利。',
      ],
    },
    {
      title: '資訊安全',
      paragraphs: [
        '我們使用 HTTPS、Supabase 列級安全（RLS）及 API 驗證保護資料。',
        '網路傳輸無法保證百分之百安全。',
      ],
    },
    {
      title: '兒童',
      paragraphs: ['Jobbeagle 不針對 16 歲以下使用者，我們不會故意收集兒童資料。'],
    },
    {
      title: '聯絡我們',
      paragraphs: ['隱私相關問題：請透過 jobbeagle.com 留言表單或 henry061680@gmail.com 聯絡。'],
    },
  ],
};
