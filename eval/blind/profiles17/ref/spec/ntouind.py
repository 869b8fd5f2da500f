import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); from mk import emit
M = "missing"; NA = "n/a"; Q = "?"
emit("docs/ntouind-tw/privacy-policy.markdown",
 {"repo": "ntouind/sites.ind.ntou.edu.tw", "path": "網站根目錄/privacy-policy.markdown", "commit": "c05524102b3402713f7b1f0f6330f7d078960476"},
 {
 "tw-pdpa/agency": (M, "only 本服務 / 我們; no department, school or person is named"),
 "tw-pdpa/purposes": (Q, "除了以下狀況外，我們不會存取您保存在本服務上的資料 (8) with 服務維護需要 / 有效的法律請求 (10-11): exceptions to access, not purposes of collection; doubtful"),
 "tw-pdpa/categories": (M, "您保存在本服務上的資料 (8) names no kind of data"),
 "tw-pdpa/period": (M, "none"),
 "tw-pdpa/area": (M, "none"),
 "tw-pdpa/recipients": (M, "15 restricts others' access; no recipient named"),
 "tw-pdpa/methods": (M, "Unix 檔案權限設定 (15) is a security measure, not a means of use"),
 "tw-pdpa/rights": (M, "none"),
 "tw-pdpa/effect-of-not-providing": (M, "none"),
 "tw-pdpa/source": (NA, "no data from others"),
 })
