import sys; sys.path.insert(0, "/tmp/x14b"); from mk import emit
M = "missing"; NA = "n/a"; Q = "?"
emit("docs/hellobby-tw/隱私權政策.html",
 {"repo": "junxi1005/46", "path": "隱私權政策.html", "commit": "7cc4b99782012e1b6263c1819e54bea209abd433"},
 {
 "tw-pdpa/agency": ([89], "'品誠數位科技有限公司(以下簡稱「本公司」)' (89)"),
 "tw-pdpa/purposes": ([98], "'蒐集、處理及利用個人資料之特定目的如下：學員接送訊息服務…' (98)"),
 "tw-pdpa/categories": ([95, 97], "機構名稱、聯絡人、電話、電子郵件… (95); IP, cookie data, browsing (97); 90 is a definition"),
 "tw-pdpa/period": ([115], "judgement: data kept after account deletion '依政府規定之保存期限辦理' (115) is a criterion"),
 "tw-pdpa/area": (M, "no place"),
 "tw-pdpa/recipients": ([102, 103, 105], "not provided to anyone except courts/legal process (103) and an acquiring company (105)"),
 "tw-pdpa/methods": (M, "no means of use (自動化/書面…)"),
 "tw-pdpa/rights": ([113, 115], "查詢、瀏覽、複製及修改 (113); delete the account by contacting us (115), under the rights heading (112)"),
 "tw-pdpa/effect-of-not-providing": ([95], "'若特定資料欄位係屬必填欄位者，您若不提供該等資料則無法使用…' (95)"),
 "tw-pdpa/source": (NA, "no data from others stated (96 is about institutions' own rules)"),
 })
