import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); from mk import emit
M = "missing"; NA = "n/a"; Q = "?"
emit("docs/xcc-tw/privacy.vue",
 {"repo": "Xanonymous-GitHub/xcc-tw-web", "path": "pages/privacy.vue", "commit": "53f67f5cd609f270808dae64b1b5095b5d3f0fd1"},
 {
 "tw-pdpa/agency": (M, "no company, person or brand presented as the operator; only contact@xcc.tw (14, 96)"),
 "tw-pdpa/purposes": ([49, 120], "'僅在程序記憶體中短暫使用上述資訊以完成身分驗證與會話建立' (49)"),
 "tw-pdpa/categories": ([48, 119], "OAuth 授權碼/權杖、ID Token（含 Google 唯一識別子 sub）processed (48); the rest says nothing is collected"),
 "tw-pdpa/period": ([49, 66, 120, 137], "'流程結束即立即丟棄' (49); logs '於最短期限內自動刪除' (66)"),
 "tw-pdpa/area": (M, "no place named"),
 "tw-pdpa/recipients": ([56, 127], "'不向任何第三方轉移資料' (56): a statement that nothing is shared"),
 "tw-pdpa/methods": ([49, 73, 120, 144], "'僅在程序記憶體中短暫使用' (49), '權杖與驗證資訊僅在程序記憶體暫態存在；不寫入磁碟、資料庫' (73): the means of use (electronic, transient, in memory) - borderline"),
 "tw-pdpa/rights": (M, "'通常無可提供之存取/更正/刪除資料；若您仍提出請求，我們會回覆' (85) grants nothing and gives no channel in the section"),
 "tw-pdpa/effect-of-not-providing": (M, "none"),
 "tw-pdpa/source": ([48, 119], "data returned by Google in the OAuth flow (48): Google named as the source"),
 })
