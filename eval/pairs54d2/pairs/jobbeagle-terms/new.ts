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
