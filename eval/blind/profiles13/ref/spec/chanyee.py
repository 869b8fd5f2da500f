import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); from mk import emit
M = "missing"; NA = "n/a"; Q = "?"
emit("docs/chanyee-tw/disclaimer.php",
 {"repo": "tseng7510/chanyee", "path": "zh/disclaimer.php", "commit": "1fa006f93b30afb9bee087e7b705d545a3b87420"},
 {
 "tw-pdpa/agency": ([50], "'歡迎來到 承億建設 為尊重您的隱私權…' (50): the brand/company whose site this is (as profiles12 read a brand)"),
 "tw-pdpa/purposes": ([56, 59], "'為了在本網站上提供您最佳的互動性服務，可能會請您提供相關個人的資料' (56); logs '做為我們增進網站服務的參考依據' (59)"),
 "tw-pdpa/categories": ([56, 58, 59], "姓名、電子郵件地址、電話 (58), IP位址、瀏覽器… (59) under the lead-in (56)"),
 "tw-pdpa/period": (M, "'會保留您所提供的…' (58) gives no period or criterion"),
 "tw-pdpa/area": (M, "no place named"),
 "tw-pdpa/recipients": ([61], "'您的個資可能會轉交本公司的服務夥伴或經銷商等第三者' (61)"),
 "tw-pdpa/methods": (M, "no 利用方式 (自動化/書面…)"),
 "tw-pdpa/rights": (M, "no rights section (the page ends at the sharing heading, 69)"),
 "tw-pdpa/effect-of-not-providing": (M, "none"),
 "tw-pdpa/source": (NA, "data only from the person and the server log"),
 })
