import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); from mk import emit
M = "missing"; NA = "n/a"; Q = "?"
# the statutory purpose table (code and name spans of each cell, lines 150-316)
TABLE = [150, 151, 156, 157, 159, 166, 167, 169, 171, 176, 177, 179, 186, 187, 192, 193, 200, 201, 206, 207, 214, 215, 220, 221, 228, 229, 234, 235, 242, 243, 248, 249, 256, 257, 262, 263, 270, 271, 276, 277, 284, 285, 286, 291, 292, 299, 300, 305, 306, 308, 315, 316]
emit("docs/bobibobi-tw/PrivacyPolicy.html",
 {"repo": "Rooney560/twbobibobi", "path": "twbobibobi/Temples/PrivacyPolicy.aspx", "commit": "3419557b4f648ed152b73a8352a1184e402aedfc"},
 {
 "tw-pdpa/agency": ([127, 142, 405], "九九商通股份有限公司(以下稱「九九商通」)…(下稱：本公司) (127); 九九商通(下稱”本公司”)，因經營宮廟服務而蒐集 (142); 謝謝您閱讀 九九商通科技股份有限公司 的隱私權政策 (405)"),
 "tw-pdpa/purposes": (TABLE + [142, 338, 339, 340, 341, 342, 343, 344, 345, 346, 347, 399, 400], "statutory purpose table 040 行銷 … 182 (cells 150-316, under 本公司蒐集您個人資料之目的 143); 因經營宮廟服務而蒐集 (142); uses listed under 利用方式 (338-347); cookies 為提供個別化的服務 / 統計分析 (399-400)"),
 "tw-pdpa/categories": ([328, 329, 330, 331], "姓名、身分證字號、…住址、聯絡電話、電子信箱、出生年月日…位置、網頁瀏覽紀錄、裝置資訊 (328-331, one h1 sentence)"),
 "tw-pdpa/period": ([333, 334], "期間: 資料收集目的之存續期間、…保存期間、或依相關法令…保存年限 (333-334)"),
 "tw-pdpa/area": ([335], "地區：中華民國境內及境外地區 (335)"),
 "tw-pdpa/recipients": ([336, 345, 346, 363, 364, 365], "對象：本公司、…關係企業及合作廠商 (336); 受本公司委託的第三人（例如行銷…物流業者、金流業者、資訊服務業者） (345-346); 與第三人共用 (363) 提供該服務或優惠第三者 (364) 司法單位/政府機關 (365)"),
 "tw-pdpa/methods": (Q, "個人資料利用方式：以必要的方式利用您個人資料，例如 (337) is followed by uses (338-347), some of them means (寄送至地址或電子郵件、電話、簡訊 340); no 自動化/書面 wording: doubtful"),
 "tw-pdpa/rights": ([349, 350, 351, 352, 353, 354], "您可以依個人資料保護法規定行使以下權利 (349) 查詢閱覽/複製本/補充更正/停止/刪除 (350-353), 向本公司客戶服務聯繫窗口…提出申請 (354)"),
 "tw-pdpa/effect-of-not-providing": ([357, 358], "惟若您選擇不提供，將影響服務申辦或其完整性 (357-358, one sentence over two lines)"),
 "tw-pdpa/source": (NA, "the policy does not say data is obtained from others (蒐集對象…法定代理人 139-140 names whose data, not a source)"),
 })
