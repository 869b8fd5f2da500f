"""Hand annotations of round 61q (helper m61p; the session's secret final set), read by tools/annotate61q.py: each
document read in full before any policylens run.  name: (set, file, meta, placeholders, look-alikes, ambiguous); each
entry (text, note[, anchor]).

Nine files never used before and not in round61p (repository names, index ids, paths and distinctive sentences grepped in
eval/, corpora/, tests/ and /work/used_repos.txt, each appended there when taken): five from the code index (read_file,
written out character for character, total_chars checked), four from fetched snapshots (git show at the named commit,
byte for byte; the file's last change is the commit the index holds).  Two drafts with slots (travel-zh-md: a Chinese
translation of a Korean policy whose operator, dates, officer and mailbox are `[… — 上线时填写]` / `[联系邮箱: 稍后提供]`;
yurong-zh-tsx: a Next.js page whose date is 「待正式上线时填写」 and whose operator block is `{profile.…}` bindings), seven
clean.  Held out (drawn before any run, ../ref/holdout-draw.txt): xuesha-zh-vue, health-zh-vue, travel-zh-md."""

_NONE = "none found in the repository (all rights reserved; test fixture only)"


def _repo(repo: str, path: str, commit: str, how: str, index_id: str | None = None) -> dict:
    out = {"repo": repo, "path": path, "commit": commit, "corpus": how, "license": _NONE}
    if index_id:
        out["index_id"] = index_id
    return out


def _meta(kind: str, url: str, form: str, note: str, source: dict) -> dict:
    return {"kind": kind, "url": url, "script": "hans/cn", "lang": "zh", "form": form, "source": source, "note": note}


def _gh(repo: str, commit: str, path: str) -> str:
    return f"https://github.com/{repo}/blob/{commit}/{path}"


DOCS = {
    "travel-zh-md": (
        "holdout",
        "privacy-zh.md",
        _meta(
            "zh-Hans 隐私政策 of Travel Template (a translation of a Korean policy), Markdown with tables",
            _gh("emalration2-sketch/travel-template-v2", "f55b9ba2c889b54b92a92e3a5627c0810798b02c", "docs/legal/privacy-zh.md"),
            "Markdown",
            "draft: effective date, operator, officer, mailbox and both dates of section 12 are bracketed slots; a 草稿 note (9)",
            _repo(
                "emalration2-sketch/travel-template-v2",
                "docs/legal/privacy-zh.md",
                "f55b9ba2c889b54b92a92e3a5627c0810798b02c",
                "code index (find_files docs/legal/privacy-zh.md / read_file, total_chars 2,482; no snapshot fetched)",
                "66444736633",
            ),
        ),
        [
            ("生效日期: [YYYY-MM-DD — 上线时填写]", "the effective date: a date pattern plus 「上线时填写」"),
            ("运营者: [运营者名称／个人或商号 — 上线时填写]", "the operator's name: a bracketed field name plus 「上线时填写」"),
            ("[运营者]（“运营者”）遵守", "the operator's name in the opening sentence: 「[运营者]」"),
            ("或向 [联系邮箱: 稍后提供] 提出请求", "the mailbox for deletion requests: 「[联系邮箱: 稍后提供]」"),
            ("| 个人信息保护负责人 | [姓名 — 上线时填写] |", "the officer's name"),
            ("| 联系方式 | [联系邮箱: 稍后提供] |", "the officer's mailbox"),
            ("- 公告日期: [YYYY-MM-DD]", "the notice date"),
            ("- 施行日期: [YYYY-MM-DD]", "the enforcement date"),
        ],
        [
            ("个人信息纠纷调解委员会: (免区号) 1833-6972 / [www.kopico.go.kr]", "a Markdown link to a real body (brackets of a link)"),
            ("个人信息侵害申告中心（韩国互联网振兴院）: (免区号) 118 /", "a Markdown link to a real body"),
            ("大检察厅网络侦查科: (免区号) 1301 /", "a Markdown link to a real body"),
            ("警察厅网络侦查局: (免区号) 182 /", "a Markdown link to a real body"),
            ("依照 Google 隐私政策（[https://policies.google.com/privacy]", "a Markdown link"),
        ],
        [
            ("> ⚠️ **草稿** — 本中文翻译已反映", "a note that the text is a draft whose `[ ]` items are to be filled (a note, not a slot)"),
            ("（具体标准于上线时确定）", "a criterion left to be decided at launch (an open rule, not a field)"),
        ],
    ),
    "yurong-zh-tsx": (
        "dev",
        "page.tsx",
        _meta(
            "zh-Hans 隐私政策 of a down-material factory's website (羽绒原料工厂), Next.js TSX page with {profile.…} bindings",
            "index:60275882686",
            "Next.js TSX",
            "draft: 「最后更新：待正式上线时填写」 (25); the operator block is bindings (92, 94) filled from the site's data; notes to the operator (29, 52, 63, 73, 94)",
            {
                "repo": None,
                "path": None,
                "commit": None,
                "index_id": "60275882686",
                "corpus": "code index (find_string 待正式上线时 / read_file, total_chars 3,099; the index does not name the repository)",
                "license": "unknown (repository not named by the index): all rights reserved; test fixture only",
            },
        ),
        [
            ("最后更新：待正式上线时填写", "the update date: 「待正式上线时填写」 (to be filled at launch)"),
        ],
        [
            ("{profile.companyName}；电话：{profile.phone}；邮箱：{profile.email}", "JSX bindings filled from getCompanyProfile() at run time"),
            ("{displayProvider(options.customerServiceProviderName)}", "a JSX binding (the configured provider)"),
        ],
        [
            ('return value && !value.startsWith("待填") ? value : "待正式接入后填写";', "code: the fallback shown while the provider is not configured"),
            ("正式上线前，运营企业应补齐真实主体", "a note to the operator (what to complete before launch)"),
            ("启用时应在本政策中补充真实服务商", "a note to the operator"),
            ("如果未来确需向境外提供个人信息，运营方应在处理前补充", "a conditional duty of the operator"),
            ("以上资料仍为“待填写”时，网站不得正式对外发布。", "a note: the bound data must not still be 「待填写」 at launch"),
        ],
    ),
    "trailcam-zh-md": (
        "dev",
        "privacy-zh.md",
        _meta(
            "zh-Hans 隐私政策 of TrailCam (outdoor recording app), Jekyll Markdown with front matter",
            _gh("0986790XYXX/trailcam-legal", "3fadcb231eff3caed2ca2d0427d1cc536dfc97e5", "docs/privacy-zh.md"),
            "Markdown",
            "clean: developer 窦炳炎, QQ mailbox, date 2026-06-09; Supabase (US/EU), Sentry, RevenueCat",
            _repo(
                "0986790XYXX/trailcam-legal",
                "docs/privacy-zh.md",
                "3fadcb231eff3caed2ca2d0427d1cc536dfc97e5",
                "code index (find_files docs/privacy-zh.md / read_file, total_chars 1,025; no snapshot fetched)",
                "61278059191",
            ),
        ),
        [],
        [],
        [],
    ),
    "valnook-zh-md": (
        "dev",
        "PRIVACY_POLICY_CN.md",
        _meta(
            "zh-Hans Valnook 隐私政策与免责声明 (personal finance app), Markdown with tables",
            _gh("LuoIsHere/Valnook", "9695e7147c67e85a9709b0963bb9d70cbdd45371", "docs/PRIVACY_POLICY_CN.md"),
            "Markdown",
            "clean: developer luoishere (a handle), outlook mailbox, dates; OneDrive backup, LAN web management",
            _repo(
                "LuoIsHere/Valnook",
                "docs/PRIVACY_POLICY_CN.md",
                "9695e7147c67e85a9709b0963bb9d70cbdd45371",
                "code index (find_files docs/PRIVACY_POLICY_CN.md / read_file, total_chars 3,951; no snapshot fetched)",
                "70726443560",
            ),
        ),
        [],
        [],
        [],
    ),
    "cdc-zh-vue": (
        "dev",
        "privacyPolicy.vue",
        _meta(
            "zh-Hans 《普陀区公共卫生科普导览隐私政策》, uni-app Vue (<view> per paragraph, tab-indented)",
            _gh("FengduXS/cdc", "fec191f3f2de28cba03129b5b9eab4f15778c56a", "pages/privacyPolicy/privacyPolicy.vue"),
            "uni-app Vue",
            "clean: 上海市普陀区疾病预防控制中心 hosts, 上海由晟信息技术有限公司 runs it; dated 2024-02-21; mostly terms of service",
            _repo(
                "FengduXS/cdc",
                "pages/privacyPolicy/privacyPolicy.vue",
                "fec191f3f2de28cba03129b5b9eab4f15778c56a",
                "fetched snapshot (git show at HEAD 48b1420b0; the file last changed in fec191f3f, the commit the index holds), byte for byte; index id 31969676459",
            ),
        ),
        [],
        [],
        [],
    ),
    "health-zh-vue": (
        "holdout",
        "privacyPolicy.vue",
        _meta(
            "zh-Hans 三项检测小程序隐私保护指引, uni-app Vue <text> nodes, CRLF",
            _gh("ocodelz/health_assessment", "48ddb03eecd4b958373966d7f9809928fcd25fd5", "pages/privacyPolicy/privacyPolicy.vue"),
            "uni-app Vue",
            "clean: dated 2021-02-01, QQ mailbox; the operator is only 「《三项检测》小程序开发者」 (a gap)",
            _repo(
                "ocodelz/health_assessment",
                "pages/privacyPolicy/privacyPolicy.vue",
                "48ddb03eecd4b958373966d7f9809928fcd25fd5",
                "fetched snapshot (git show at the commit), byte for byte, CRLF; index id 36165116545",
            ),
        ),
        [],
        [],
        [],
    ),
    "baomu-zh-wxml": (
        "dev",
        "privacy.wxml",
        _meta(
            "zh-Hans 用户协议 with privacy clauses (a housekeeping mini-program), WXML, text pasted from a PDF with Kangxi radicals (⼩ ⽤ ⼀ …)",
            _gh("devoutDisciple/baomu-miniprogram", "0784ba9750a6cfe9f0aa8d4de7582ae8aceeaa6b", "pages/my/privacy/privacy.wxml"),
            "WXML",
            "clean: no operator named (本⼩程序管理者); no date; Kangxi radical code points in place of 小/用/一/… (a real defect, not a slot)",
            _repo(
                "devoutDisciple/baomu-miniprogram",
                "pages/my/privacy/privacy.wxml",
                "0784ba9750a6cfe9f0aa8d4de7582ae8aceeaa6b",
                "fetched snapshot (git show at HEAD e0e43fc24; the file last changed in 0784ba975, the commit the index holds), byte for byte; index id 35923326287",
            ),
        ),
        [],
        [],
        [],
    ),
    "xuesha-zh-vue": (
        "holdout",
        "privacyPolicy.vue",
        _meta(
            "zh-Hans 《关于学啥咋学与隐私的声明》, uni-app Vue whose whole policy is one HTML string literal on one line (21)",
            _gh("Vanlee0129/examconsultation", "956faa29d35640c69392e5a285df8e7bedde045b", "pages/privacyPolicy/privacyPolicy.vue"),
            "uni-app Vue (HTML in a JS string)",
            "clean: 济南码里码码大数据服务有限责任公司; dates 「2020年【6】月【10】日」 filled inside 【】 and 「2020年7月10日」",
            _repo(
                "Vanlee0129/examconsultation",
                "pages/privacyPolicy/privacyPolicy.vue",
                "956faa29d35640c69392e5a285df8e7bedde045b",
                "fetched snapshot (git show at HEAD 08b616a6a; the file last changed in 956faa29d, the commit the index holds), byte for byte, partly CRLF; index id 13117239035",
            ),
        ),
        [],
        [
            ("<p>更新日期：2020年【6】月【10】日</p>", "a filled date with its month and day in 【】 (the whole policy is this one line)"),
        ],
        [],
    ),
    "vendure-zh-wxml": (
        "dev",
        "privacyPolicy.wxml",
        _meta(
            "zh-Hans 隐私政策 of a WeChat mini-program, WXML, one <text> node with the text on indented lines",
            _gh("wangliminsz/vendure_wx_miniapp", "9e96c75daa8cf556b74a72fd61b5154588189b31", "pages/privacyPolicy/privacyPolicy.wxml"),
            "WXML",
            "clean but thin: no operator, no contact, no date (gaps, not slots)",
            _repo(
                "wangliminsz/vendure_wx_miniapp",
                "pages/privacyPolicy/privacyPolicy.wxml",
                "9e96c75daa8cf556b74a72fd61b5154588189b31",
                "code index (find_files pages/privacyPolicy/privacyPolicy.wxml / read_file, total_chars 572; no snapshot fetched)",
                "56426228240",
            ),
        ),
        [],
        [],
        [],
    ),
}
