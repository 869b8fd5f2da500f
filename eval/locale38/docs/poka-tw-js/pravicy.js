export default {
  title: "隱私",
  description: "資料紀錄設定",
  notify: {
    title: "關於 PokaPlayer 記錄",
    body:
      "資料僅會於您的伺服器進行運算，不會被上傳至網路進行分析。 該功能可提供您更優質的使用體驗（如：年度回顧、最近播放）。 若您有疑慮可於下方關閉此功能，並將已記錄的資料清除。"
  },
  dataRecord: {
    _: "資料紀錄",
    enabled: "啟用",
    disabled: "已停用",
    clear: "清除目前已紀錄資料",
    logged: "目前已記錄 {count} 筆資料",
    loading: "正在統計資料...",
    confirm: "您確定要清除資料嗎？",
    cleared: "資料已清除"
  }
}