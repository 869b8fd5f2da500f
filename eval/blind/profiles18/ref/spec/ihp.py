import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); from mk import emit
M = "missing"; NA = "n/a"; Q = "?"
emit("docs/ihp-tw/privacy.html",
 {"repo": "xuedesign/ihp.2020", "path": "zh-tw/privacy.html", "commit": "5730c4de6faf08f34690287e6cd81297ce173ecd"},
 {
 "tw-pdpa/agency": ([261], "歡迎您蒞臨「中央研究院歷史語言研究所全球資訊網」(以下簡稱本網站） (261): the institute's own site (contact in the footer 326-329)"),
 "tw-pdpa/purposes": ([271], "這些資料僅作為資訊安全、平時維運、稽核管理之特定目的用途，及供…內容與系統改進評估及網站流量與網路行為調查的總量分析 (271)"),
 "tw-pdpa/categories": ([271], "本網站會記錄…使用者IP位址、上網時間，以及在網站內所瀏覽的網頁等資料 (271)"),
 "tw-pdpa/period": (M, "no period"),
 "tw-pdpa/area": (M, "no area"),
 "tw-pdpa/recipients": ([273], "可能應司法機關或其他有權機關…以書面要求，提供相關資訊 (273)"),
 "tw-pdpa/methods": (M, "no means of use; 伺服器自動記錄 (270) is collection, 總量分析 (271) a purpose"),
 "tw-pdpa/rights": (M, "no rights granted; only 「如果您…有任何疑問，歡迎您隨時與我們聯絡 ihp@asihp.net」 (303)"),
 "tw-pdpa/effect-of-not-providing": ([291], "若您不願接受cookies的寫入…即可拒絕…但可能會導致網站某些功能無法正常執行 (291)"),
 "tw-pdpa/source": (NA, "no data obtained from others"),
 })
