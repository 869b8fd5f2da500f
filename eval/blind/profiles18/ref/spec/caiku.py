import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); from mk import emit
M = "missing"; NA = "n/a"; Q = "?"
emit("docs/caiku-tw/privacy.html",
 {"repo": "DevilMayFree/caikutz_tw", "path": "zh-tw/privacy.html", "commit": "a18593ac86c4ae3836e8b844aa3c65934d521f89"},
 {
 "tw-pdpa/agency": ([2002, 2003, 2728], "依據個人資料保護法…第八條…本集團…告知下列事項 (2002); 財庫證券投資信託股份有限公司及其關係企業，即個人資料控制者(統稱為“財庫”…) (2003); footer: company, 台北市信義路…, 02-8758-3888 (2728)"),
 "tw-pdpa/purposes": ([2104, 2105, 2106, 2107, 2108, 2109, 2110, 2111, 2112, 2113, 2114, 2115, 2116, 2117, 2118, 2119, 2120, 2121, 2122], "使用所蒐集到關於您的個人資料，包括： (2104) 履行合約義務、開立及管理帳戶… (2105-2122)"),
 "tw-pdpa/categories": ([2065, 2066, 2067, 2068, 2069, 2070, 2071], "我們從不同來源蒐集各種…個人資料，包括了： (2065) 姓名、地址、電話、稅籍編號…帳戶餘額…電話及電子郵件…訪客圖像…網站訪問數據 (2066-2071)"),
 "tw-pdpa/period": ([2492, 2493], "個人資料保存期間: 依據營運、合約、法律、法規、稅務、稽核…之要求，依取得個人資料之目的及運用，將以保存足夠之期間 (2493), statutory retention rules (2492): the criterion"),
 "tw-pdpa/area": (Q, "the only place named is for EU data: 傳輸至我們位在英國、歐洲經濟區和瑞士以外地區設立之關聯公司或非關聯的第三方 (2319); 2002 announces 傳輸（包括國際傳輸）; whether this states the area of use for a Taiwan reader is doubtful"),
 "tw-pdpa/recipients": ([2187, 2220, 2252, 2285, 2319], "提供給非關聯第三方 (2187); 與其他公司及組織交換 (2220); 第三方業者…資料處理中心 (2252); 向關聯的投資、經紀、服務和保險公司揭露 (2285); 關聯公司或非關聯的第三方 (2319)"),
 "tw-pdpa/methods": (M, "no means of use; 「個人資料可攜權僅適用於透過自動化方式之處理」 (2423) is a condition of a right, 「實體、電子、程序性的保護措施」 (2033) is security"),
 "tw-pdpa/rights": ([2358, 2359, 2391, 2424], "您可能有權了解…取得…更正…刪除…提供該等資料給您 (2358); 若您有更正之需要，請登入您的帳戶、或與帳戶窗口聯繫… (2359); 反對 (2391); 欲行使上述權利，可依本聲明中的連絡資訊…聯繫…一個月內完成回覆 (2424) (the section is framed for UK/EEA/Swiss residents, 2324, with 'rights vary by local law' for others; read as granting them)"),
 "tw-pdpa/effect-of-not-providing": ([2391], "若您提出該等反對之請求，我們可能無法向您…提供所請求之服務 (2391)"),
 "tw-pdpa/source": ([2065, 2069, 2071, 2072], "我們從不同來源蒐集 (2065); 由公開或商用來源取得之資訊 (2069); 來自其他網站和服務所集結而成之公開可取得之資訊 (2071); 由多個來源所取得的資料 (2072)"),
 })
