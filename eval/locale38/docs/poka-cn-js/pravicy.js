export default {
  title: "隐私",
  description: "资料纪录设定",
  notify: {
    title: "关于 PokaPlayer 记录",
    body:
      "资料仅会于您的服务器进行运算，不会被上传至网络进行分析。 该功能可提供您更优质的使用体验（如：年度回顾、最近播放）。 若您有疑虑可于下方关闭此功能，并将已记录的资料清除。"
  },
  dataRecord: {
    _: "资料纪录",
    enabled: "启用",
    disabled: "已停用",
    clear: "清除目前已纪录资料",
    logged: "目前已记录 {count} 笔资料",
    loading: "正在统计资料...",
    confirm: "您确定要清除资料吗？",
    cleared: "资料已清除"
  }
}
