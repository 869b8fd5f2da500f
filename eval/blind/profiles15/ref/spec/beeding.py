import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); from mk import emit
M = "missing"; NA = "n/a"; Q = "?"
emit("docs/beeding-tw/tw.js",
 {"repo": "meepshop/beeding_privacy_policy", "path": "docs/tw.js", "commit": "33cf7ce79662948dbbd126a0c011f226111b677a"},
 {
 "tw-pdpa/agency": (M, "'歡迎使用 ${appName} APP（以下簡稱「我們」）' (8): a template slot, no company"),
 "tw-pdpa/purposes": ([15, 17], "'…以優化我們的服務並提供技術支援' (15), '…以優化我們的服務並改善用戶體驗' (17)"),
 "tw-pdpa/categories": ([13, 15, 17], "'我們可能會收集以下類型的資訊：' + 裝置資訊（設備型號、作業系統版本）, 使用紀錄（互動、訊息內容）"),
 "tw-pdpa/period": (M, "none"),
 "tw-pdpa/area": (M, "none"),
 "tw-pdpa/recipients": ([21, 23, 24, 25], "'不會未經您的同意…分享給第三方，除非：' legal requirements, 匿名化後與合作夥伴 (21-25): the sharing situation is stated"),
 "tw-pdpa/methods": (M, "none"),
 "tw-pdpa/rights": ([41, 43, 44], "'需要訪問、更正、刪除您的個人資訊，請聯繫我們：' + 電子郵件 / 聯絡表單 (41-44; the values are slots but the channel kinds are named)"),
 "tw-pdpa/effect-of-not-providing": (M, "none"),
 "tw-pdpa/source": (NA, "no indirect collection"),
 })
