{"file": "docs/convocard-tw/privacy_policy_zh.html",
 "source": {"repo": "M4ORE/convocard-legal", "path": "privacy_policy_zh.html", "commit": "bb8f0791f54c164a17c898dcc833909e2487bfad"},
 "v": {
  "tw-pdpa/agency": ([165, 170], "開發者：MOOOORE CO., LTD.（摩爾資通有限公司） under 聯絡我們."),
  "tw-pdpa/purposes": ([128, 129, 149, 153, 157], "為提供語音辨識服務; 僅用於本 App 內的紀錄管理; permission table 用途 cells."),
  "tw-pdpa/categories": ([127, 129], "錄音資料; 客戶姓名、公司名稱及 URL."),
  "tw-pdpa/period": ("missing", "133 is a right to delete; no period."),
  "tw-pdpa/area": ([127, 132], "存儲於您的裝置本地; not uploaded to our servers. Generous: the device as the place."),
  "tw-pdpa/recipients": ([128, 136], "系統供應商（如 Apple、Google）提供的語音辨識技術 (system speech API)."),
  "tw-pdpa/methods": ([128], "調用系統內建的語音識別 API: automated processing by the system API. Generous."),
  "tw-pdpa/rights": ([133], "用戶控制權：您可以隨時在 App 內刪除任何錄音或客戶紀錄 (right with the way)."),
  "tw-pdpa/effect-of-not-providing": ("missing", "No consequence of not providing."),
  "tw-pdpa/source": ("n/a", "The developer obtains nothing; client data typed or scanned by the user stays on the device."),
 }}
