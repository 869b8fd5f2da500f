import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); from mk import emit
M = "missing"; NA = "n/a"; Q = "?"
emit("docs/xiongshi-tw/privacy.php",
 {"repo": "n0931371122/m000282", "path": "privacy.php", "commit": "9fb67f248c90185ff82d24855bb0e20704cac804"},
 {
 "tw-pdpa/agency": ([46], "本網站是由『雄獅鉛筆廠股份有限公司』經營 (46)"),
 "tw-pdpa/purposes": ([55, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67], "本網站蒐集您的個人資料，主要目的條列如下 (55) with 行銷、票券業務…(57-67)"),
 "tw-pdpa/categories": ([54], "我們可能要求您提供個人基本資料，例如姓名、性別、職業…信用卡號碼、身分證統一編號、出生年月日 (54)"),
 "tw-pdpa/period": (M, "no period or criterion"),
 "tw-pdpa/area": (M, "no area"),
 "tw-pdpa/recipients": ([82, 93], "絕不會提供…給其他個人、團體、私人企業或公務機關，但有法律依據或合約義務者，不在此限 (82): no sharing except…; 本網站委託廠商協助蒐集、處理或利用 (93)"),
 "tw-pdpa/methods": (M, "no means of use (自動化/書面…); the 蒐集、處理及利用方式 heading (53) covers collection and purposes"),
 "tw-pdpa/rights": ([72, 73], "依個人資料保護法第 3 條規定…查詢或請求閱覽、請求製給複製本…請求刪除的權利 (72); 會員如欲行使上述權利，可與本網站客服連絡進行申請 (73)"),
 "tw-pdpa/effect-of-not-providing": ([46, 97], "如果您選擇不在本網站上提供個人基本資料，您將無法使用部分內容 (46); 拒絕cookies…可能會導致網站某些功能無法正常執行 (97)"),
 "tw-pdpa/source": (NA, "no data obtained from others"),
 })
