import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); from mk import emit
M = "missing"; NA = "n/a"; Q = "?"
emit("docs/sanitary-tw/privacy_policy.blade.php",
 {"repo": "C108118206/SanitaryWare", "path": "resources/views/privacy_policy.blade.php", "commit": "50426797f1a4f2fa3daa68ac9bb32f57714cd65f"},
 {
 "tw-pdpa/agency": (M, "'LARAVEL（以下簡稱「本網站」）' (12) is the framework's name left as a placeholder, not a collecting agency; no contact"),
 "tw-pdpa/purposes": ([16, 24, 34], "為了更準確的提供您服務或回覆您的問題 (16); '主要用途是使我們得以更準確的提供產品或服務…' (24); cookies 以提供貼心便利的各項服務 (34)"),
 "tw-pdpa/categories": (M, "data kinds appear only in a definition of 個人資料 (12); the collection sentences (16-21) name situations, not data"),
 "tw-pdpa/period": (M, "none"),
 "tw-pdpa/area": (M, "none"),
 "tw-pdpa/recipients": ([31], "司法單位或其他有權機關…要求本網站公開特定個人資料 (31)"),
 "tw-pdpa/methods": (M, "none"),
 "tw-pdpa/rights": ([26], "'您可以隨時利用您的ID和密碼更改或刪除您原先提供的資料' (26): grant + way in one sentence"),
 "tw-pdpa/effect-of-not-providing": ([34], "refusing cookies: '此項功能的取消將會造成您不能正常使用本網站的部份主要功能' (34)"),
 "tw-pdpa/source": (NA, "data from the person"),
 })
