import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); from mk import emit
M = "missing"; NA = "n/a"; Q = "?"
emit("docs/urgecare-tw/Privacy.tsx",
 {"repo": "ang2289/urgecare-app", "path": "src/pages/Privacy.tsx", "commit": "be4b443dd2bdeaa20bb6239185661f2a8075e202"},
 {
 "tw-pdpa/agency": (M, "no operator named; repository URL (13) is not an owner sentence; contact is a template slot (55)"),
 "tw-pdpa/purposes": ([31], "'僅用於提供上述功能在本地端運作' (31)"),
 "tw-pdpa/categories": (Q, "? per the annotators rule (nothing is collected: 不蒐集、不上傳, 17); the list (19-26) is data kept on the device only; under 我們蒐集哪些資料: data kept on the device, listed (diary, todos, prayer records…); judgement: local data as categories (profiles11 kotoba precedent)"),
 "tw-pdpa/period": (M, "no period; clearing local data (35) is a right"),
 "tw-pdpa/area": ([17, 35], "judgement: '所有資料僅儲存在使用者裝置' (17), '資料存放於使用者裝置' (35)"),
 "tw-pdpa/recipients": ([31, 43], "judgement: states there are none: '未使用任何第三方 SDK' (31), 第三方服務：無 (43)"),
 "tw-pdpa/methods": (M, "none"),
 "tw-pdpa/rights": ([35, 51], "rights heading: 查詢、複製、備份、修正、刪除、停止使用 with '提供聯絡方式' (51) and in-app export/clear (35)"),
 "tw-pdpa/effect-of-not-providing": (M, "none"),
 "tw-pdpa/source": (NA, "no data from others"),
 })
