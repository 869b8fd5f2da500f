import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); from mk import emit
M = "missing"; NA = "n/a"; Q = "?"
emit("docs/bpapp-tw/privacy_policy.txt",
 {"repo": "firstfu/blood_pressure_app", "path": "lib/views/my/privacy_policy/privacy_policy_page.dart (strings from lib/l10n/translations/privacy_translations.dart)", "commit": "6728b723f4cc9af92696e1e6f5d5bc70f8cc1fc8"},
 {
 "tw-pdpa/agency": (M, "no developer or company named; the e-mail (41) is a handle address"),
 "tw-pdpa/purposes": ([11, 12, 13, 14, 15], "我們使用收集的資訊用於： (11) with 12-15"),
 "tw-pdpa/categories": ([4, 5, 6, 7, 8], "我們收集的資訊包括但不限於： (4) with 姓名、電子郵件、血壓讀數、裝置型號… (5-8)"),
 "tw-pdpa/period": (M, "none"),
 "tw-pdpa/area": (M, "none"),
 "tw-pdpa/recipients": ([18, 20], "共享您的資訊： (18) 與提供服務所需的第三方服務提供商共享 (20); 19 and 21 name no recipient"),
 "tw-pdpa/methods": (M, "no means of use (自動化/書面…)"),
 "tw-pdpa/rights": (M, "您有權：訪問、更正或刪除… (27-31) but no way to exercise them in that section; the contact (40-41) is for questions about the policy"),
 "tw-pdpa/effect-of-not-providing": (M, "none"),
 "tw-pdpa/source": (NA, "no data from others"),
 })
