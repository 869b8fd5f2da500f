import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); from mk import emit
M = "missing"; NA = "n/a"; Q = "?"
emit("docs/depthspace-tw/privacy.jsp",
 {"repo": "nkio7153/DeepSpace", "path": "src/main/webapp/indexpage/privacy.jsp", "commit": "f7e4cf6ccf2391de79aa901f0f73e2596c1d247a"},
 {
 "tw-pdpa/agency": ([28, 29], "judgement: brand 'DepthSpace 重視…將依照本政策…收集、處理、利用…' (28-29) as the collector; no company name"),
 "tw-pdpa/purposes": ([54, 55, 56, 57, 58], "利用 list (54-58)"),
 "tw-pdpa/categories": ([41, 42, 43, 44, 45, 46, 47], "姓名、電子郵件地址、手機號碼; 付款資訊…; IP位址…"),
 "tw-pdpa/period": (M, "none"),
 "tw-pdpa/area": (M, "none"),
 "tw-pdpa/recipients": (M, "'與第三方共用資訊' (58) is a bare 第三方; '網站分析服務' (79) names no service and no recipient"),
 "tw-pdpa/methods": (M, "encryption (64) is security, not the means of use"),
 "tw-pdpa/rights": (M, "none"),
 "tw-pdpa/effect-of-not-providing": (M, "none"),
 "tw-pdpa/source": (NA, "no data from others"),
 })
