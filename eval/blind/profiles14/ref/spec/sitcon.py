import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); from mk import emit
M = "missing"; NA = "n/a"; Q = "?"
emit("docs/sitcon-tw/terms-zhhant.ts",
 {"repo": "sitcon-tw/tickets", "path": "frontend/app/[locale]/terms/terms-zhhant.ts", "commit": "be77d9ccb28f3d9a7b59415a06d68fcbbf3f21f3"},
 {
 "tw-pdpa/agency": ([5], "'學生計算機年會（SITCON，下稱「我們」）為非營利之學生社群' (5); contact ticket@sitcon.org (54)"),
 "tw-pdpa/purposes": ([16, 18, 19], "'目的：處理報名與入場、活動通知…' (16); notices (18); consented sharing 用於社群交流… (19)"),
 "tw-pdpa/categories": ([9, 10, 11], "under 我們蒐集的資料類型 (7): 姓名、電子郵件… (9), 報名與活動資料 (10), IP、瀏覽器… (11)"),
 "tw-pdpa/period": ([31, 32], "'於該屆活動結束且行政/法務需要屆滿後刪除或去識別化（例如 6–24 個月…）' (31); de-identified statistics long-term (32)"),
 "tw-pdpa/area": ([25, 33], "'可能使用位於臺灣或境外之雲端或委外服務' (25); '儲存地點：可能於臺灣或境外雲端服務環境' (33)"),
 "tw-pdpa/recipients": ([19, 23, 24, 26], "籌備團隊成員與受委託之必要服務提供者 (23); 指定會眾/贊助商 with consent (19, 26); authorities on legal process (24)"),
 "tw-pdpa/methods": (M, "no 利用方式 (自動化/電子/書面…)"),
 "tw-pdpa/rights": ([37, 38], "個資法第 3 條 heading (35): 查詢或請求閱覽、製給複本、補充或更正、停止…、刪除 (37); '申請方式：請登入系統…或來信 ticket@sitcon.org' (38)"),
 "tw-pdpa/effect-of-not-providing": ([86], "'報名資料若不實、不完整或逾期，可能影響資格或結果' (86, the terms on the same page)"),
 "tw-pdpa/source": (NA, "all data from the registrant or their use of the system"),
 })
