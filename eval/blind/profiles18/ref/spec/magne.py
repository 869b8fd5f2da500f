import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); from mk import emit
M = "missing"; NA = "n/a"; Q = "?"
emit("docs/magne-tw/privacy-policy-tw.html",
 {"repo": "jerrysohigh-create/magne-web", "path": "privacy-policy-tw.html", "commit": "bde871b87dbfa86f1ca3479d6761a78f0a376af3"},
 {
 "tw-pdpa/agency": ([231, 241, 242, 243, 244], "MagneAI® 及其子公司（統稱「MagneAI®」、「我們」…） (231); under 聯繫我們: MagneAI®, Sea Meadow House…British Virgin Islands, official@magne.ai (241-244) (a brand, no registered company form: lenient)"),
 "tw-pdpa/purposes": ([297, 301, 302, 303, 304, 305, 306, 311, 312, 313, 318, 319, 320, 325, 326, 327, 332, 333, 338, 339, 340, 341, 342, 343, 347], "我們如何使用您的個人資訊？ (297) with 提供、維護及保護… (301-306), 個人化 (311-313), 改善、研究及分析 (318-320), 活動 (325-327), 行銷及廣告 (332, 333), 合規及保護 (338-343), 商業交易 (347)"),
 "tw-pdpa/categories": ([257, 259, 260, 261, 262, 263, 267, 270, 271, 272, 273], "我們可能收集的個人資訊類別包括： (257) 姓名、電子郵件地址… (259-263); 自動收集…包括： (267) 裝置及使用資訊、線上活動資料、位置資訊、第三方網站互動資訊 (270-273)"),
 "tw-pdpa/period": (M, "no retention period or criterion"),
 "tw-pdpa/area": ([248, 250], "服務託管於位於美國的伺服器…傳輸至美國或…其他司法管轄區，並在該處儲存及處理 (248); 同意將您的資訊傳輸至美國 (250)"),
 "tw-pdpa/recipients": ([248, 355, 358, 361, 364, 367, 370, 373], "服務供應商或合作夥伴 (248); 我們何時分享個人資訊？ 您指定的第三方 (355), 連結的第三方服務 (358), 主管機關 (361), 律師及其他專業顧問 (364), 交易對手方 (367), 其他使用者及公眾 (370), 聚合資訊 (373)"),
 "tw-pdpa/methods": (M, "no means of use (自動化/電子/書面…); 自動收集 describes collection, the use section describes purposes"),
 "tw-pdpa/rights": ([272, 380], "您的選擇: 取消訂閱…您亦可隨時選擇不接收…促銷通訊…將您的請求傳送至 official@magne.ai (380) (stopping marketing use, with a channel; lenient); 透過裝置的系統設定來控制或停用位置追蹤功能 (272); no access, correction or deletion rights"),
 "tw-pdpa/effect-of-not-providing": (M, "nothing on not providing data"),
 "tw-pdpa/source": ([279, 281, 282, 283, 284, 285], "我們可能從第三方來源取得與您相關的個人資訊，包括… (279) 公開資料庫及網站、身分驗證及防詐騙服務、資料分析供應商、廣告及行銷合作夥伴、郵寄名單供應商及社群媒體平台 (281-285)"),
 })
