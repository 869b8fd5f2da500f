import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); from mk import emit
M = "missing"; NA = "n/a"; Q = "?"
emit("docs/evanblog-tw/privacy.md",
 {"repo": "kkdai/kkdai.github.io", "path": "privacy.md", "commit": "782a3f34f9258623bdf408fa5939bbd40aa714f0"},
 {
 "tw-pdpa/agency": (M, "Blog E（以下簡稱「本網站」） (11) names the website, not a person or organisation; the contact (87, 88) gives no name"),
 "tw-pdpa/purposes": ([25, 27, 28, 29, 37, 39, 40, 41], "Google Analytics 來分析網站流量和使用者行為 (25) with 27-29; 本網站使用 Cookie 來： (37) with 39-41"),
 "tw-pdpa/categories": ([17, 19, 20, 21], "我們可能會自動收集以下資訊： (17) with 瀏覽資訊/裝置資訊/參照來源 (19-21)"),
 "tw-pdpa/period": (M, "none"),
 "tw-pdpa/area": (M, "託管於 GitHub Pages (65) names a host, not a place"),
 "tw-pdpa/recipients": ([25, 47, 48, 49, 53], "the site uses Google Analytics (25), third-party cookies of Google Analytics / AdSense / Disqus (47-49), AdSense ads (53)"),
 "tw-pdpa/methods": (M, "自動收集 (17) is the collection; no means of use (自動化/書面…)"),
 "tw-pdpa/rights": (M, "您的權利 (71-77) lists browser controls over cookies (opt out, private mode, delete cookies in the browser): no right of query/copy/correct/delete exercised against the site"),
 "tw-pdpa/effect-of-not-providing": (M, "none"),
 "tw-pdpa/source": (NA, "no data obtained from third parties"),
 })
