import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); from mk import emit
M = "missing"; NA = "n/a"; Q = "?"
emit("docs/ulogviewer-tw/PrivacyPolicy-zh-TW.md",
 {"repo": "carina-studio/ULogViewer", "path": "ULogViewer/Resources/PrivacyPolicy-zh-TW.md", "commit": "ee111dc200e156d5b2a05930f40f9889bc931636"},
 {
 "tw-pdpa/agency": ([9, 44], "ULogViewer 為 Carina Studio 之開放原始碼專案 (9); 不會將您的個人資訊提供給 Carina Studio 以外的人 (44): Carina Studio is 我們"),
 "tw-pdpa/purposes": ([41, 42], "篩選字詞用於…提供自動完成建議 (41); 其他資訊將用於偵錯用途 (42)"),
 "tw-pdpa/categories": ([23, 24, 25, 26, 27, 28, 29, 30, 31], "我們會蒐集下列…資料： (23) with 24-31"),
 "tw-pdpa/period": (M, "storage described (34-38) without a period or criterion"),
 "tw-pdpa/area": ([34, 35, 36, 37, 38], "儲存至位於您電腦中 ULogViewer 目錄內 (34-38): data stays on the user's own computer (read as the area, as device-local storage was read in profiles15)"),
 "tw-pdpa/recipients": ([44], "除了政府要求之外，我們不會將您的個人資訊提供給 Carina Studio 以外的人 (44)"),
 "tw-pdpa/methods": (M, "以明文/密文形式儲存 (35, 36) is the form of storage, not the means of use"),
 "tw-pdpa/rights": (M, "您可以檢視它們甚至拒絕提供 (42) before sending debug data; no Art. 3 right with a way (contact 48 is for questions)"),
 "tw-pdpa/effect-of-not-providing": (M, "refusing is possible (42) but no consequence stated"),
 "tw-pdpa/source": (NA, "all data comes from the user's own use"),
 })
