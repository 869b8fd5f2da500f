"""Annotations of pairs26's second batch (u26b), written from `git diff --word-diff` of the extracted files **before**
policylens was run on any of these six pairs (the first batch's fixes were already made; these pairs were chosen
afterwards, for the shapes the first batch lacked: a plain text re-exported as an HTML page, site navigation, a
script tag, a brand's case).  Rules as tools/batch.py; a page's <title>, styles, scripts and a site navigation bar
(links to the home page and to the other language) are not policy text."""
from ann import C, N, src, write

H = {}

n = "neko-text-to-html"
T = "NekoPDFKit 隱私權政策"
H[n] = write(n, {
    "source": src(n, "MakiDevelop/NekoPDFKit"),
    "changed": [{"old_title": T, "new_title": "我們不會收集任何個人資料", "kind": "modified"}],
    "noise_only": [], "unchanged": [],
    "changes": [
        C(T, "隱私權政策", "本應用程式（NekoPDFKit）完全不會收集任何使用者資料。", "NekoPDFKit 是一款純粹的圖片與 PDF 工具，我們非常重視您的隱私與資料安全。", "modified",
          note="the opening sentence rewritten (the no-collection statement moves into the new heading 我們不會收集任何個人資料)"),
        C(T, "我們不會收集任何個人資料", "•\t所有圖片與 PDF 處理均在本機進行，不會上傳到任何伺服器。", "<li>本 App 不會連接網路或上傳您的圖片與文件</li> <li>所有處理行為都在您的裝置本機完成</li>", "modified"),
        C(T, "我們不會收集任何個人資料", "•\t本 App 不包含廣告、追蹤器或第三方 SDK。", "<li>本 App 不含任何廣告、追蹤器或分析工具</li>", "modified", note="第三方 SDK → 分析工具"),
        C(T, None, "•\t不需登入、不需網路連線，即可完全運作。", None, "removed"),
        C(None, "我們不會收集任何個人資料", None, "<li>我們不會存取您的聯絡人、位置或其他敏感資訊</li>", "added"),
        C(T, "聯絡我們", "📧 makiakatsu@gmail.com", "<a href=\"mailto:hello@yourdomain.com\">hello@yourdomain.com</a>", "contact",
          note="the real address replaced by a template placeholder"),
    ],
    "noise": [
        N(None, None, "📄【繁體中文隱私權政策範本】 / NekoPDFKit 隱私權政策 (two title lines)", "<title>NekoPDFKit 隱私權政策</title> <h1>隱私權政策</h1>", "optional",
          note="the title lines: a title change is tolerated; the template label 範本 going is no change of the policy"),
        N(None, None, "如您對隱私有任何疑問，歡迎來信聯絡：", "如果您有任何問題，歡迎寄信至：", "optional", note="the contact sentence reworded (與隱私 dropped): tolerated either way"),
        N(None, None, None, "© 2025 MakiDevelop", "optional", note="a copyright footer added"),
    ],
    "notes": "A zh-Hant plain text (tab bullets •) re-written as an HTML page the next day: new title lines, a new heading structure, "
             "every sentence reworded, one item removed, one added, the e-mail replaced by a placeholder. 6 changes.",
})

n = "neko-placeholder-email"
K = "聯絡我們"
H[n] = write(n, {
    "source": src(n, "MakiDevelop/NekoPDFKit"),
    "changed": [{"old_title": K, "new_title": K, "kind": "modified"}], "noise_only": [], "unchanged": [],
    "changes": [C(K, K, '<a href="mailto:hello@yourdomain.com">hello@yourdomain.com</a>', '<a href="mailto:makiakatsu@gmail.com">makiakatsu@gmail.com</a>', "contact",
                  note="the placeholder replaced by the real address")],
    "noise": [],
    "notes": "The next day: the placeholder address filled in. 1 change.",
})

n = "revision-navbar"
H[n] = write(n, {
    "source": src(n, "jyunhao914/revision-docs"),
    "changed": [], "noise_only": [{"old_title": "隱私權政策", "new_title": "隱私權政策", "note": "a language bar replaced by a site navigation bar"}],
    "unchanged": [],
    "changes": [],
    "noise": [
        N(None, None, '<div class="lang-bar"><a …>繁體中文</a><a …>English</a></div>', None, "chrome", note="the language switcher in the page header"),
        N(None, None, None, "<nav> ReVision | 首頁 | 隱私權政策 | EN </nav>", "chrome", note="a site navigation bar before the policy"),
        N(None, None, "(styles .lang-bar)", "(styles nav …)", "markup"),
    ],
    "notes": "Commit 'Add unified navbar across all pages' on a zh-Hant HTML page: the language bar in the hero goes, a <nav> with "
             "four links comes before it, styles change. No policy text changed. Expected: no change.",
})

n = "econnect-date"
T2 = "EConnect 隐私政策"
H[n] = write(n, {
    "source": src(n, "gotSeven/EConnect-Privacy-Policy"),
    "changed": [{"old_title": T2, "new_title": T2, "kind": "modified"}], "noise_only": [], "unchanged": [],
    "changes": [C(T2, T2, "<p><strong>最后更新：</strong> 2024年3月28日</p>", "<p><strong>最后更新：</strong> 2026年1月5日</p>", "date")],
    "noise": [],
    "notes": "Commit 'chore:update date'. 1 change.",
})

n = "econnect-script-tag"
H[n] = write(n, {
    "source": src(n, "gotSeven/EConnect-Privacy-Policy"),
    "changed": [], "noise_only": [], "unchanged": [],
    "changes": [],
    "noise": [N(None, None, None, '<script src="script.js"></script>', "markup", note="a script include (dark theme)")],
    "notes": "Commit 'style: support dark theme': one <script> line. Expected: no change.",
})

n = "econnect-brand-case"
H[n] = write(n, {
    "source": src(n, "gotSeven/EConnect-Privacy-Policy"),
    "changed": [], "noise_only": [], "unchanged": [],
    "changes": [],
    "noise": [
        N(T2, "eConnect 隐私政策", "EConnect (six places: <title>, the H2, four sentences)", "eConnect", "optional",
          note="the brand's capital letter only: no change of meaning; shown or not, tolerated (a heading shown removed + added would be a section error)"),
    ],
    "notes": "Commit 'fix: EConnect to eConnect': the product name's case in the page title, the heading and four sentences. "
             "No change of meaning; entries showing it are optional (neither found nor noise).",
})
