"""Hand annotations of round 54p (helper m54p), read by tools/annotate54p.py: each document read in full before any
policylens run.  name: (set, file, meta, placeholders, look-alikes, ambiguous); each entry (text, note[, anchor]).

Eight files never used before (README: how they were found): six from fetched repositories (git blobs at the named
commit, byte for byte) and two from the code index (`read_file` by id, written out character for character, total_chars
checked).  Held out (drawn before any run, ref/holdout-draw.txt): liaoquan-zh-vue, macaowater-mo-vue, sweetclub-en-html."""

_NONE = "none found in the repository (all rights reserved; test fixture only)"
_IDX = "unknown (repository not named by the index): all rights reserved; test fixture only"


def _repo(repo: str, path: str, commit: str, lic: str = _NONE) -> dict:
    return {"repo": repo, "path": path, "commit": commit, "index_id": None, "license": lic}


def _idx(index_id: str, how: str, chars: int) -> dict:
    return {
        "repo": None,
        "path": None,
        "commit": None,
        "index_id": index_id,
        "corpus": f"code index ({how} / read_file, total_chars {chars:,})",
        "license": _IDX,
    }


_EMPTY = "an SDK entry's field left with no value (the list's other entries fill it): an unfilled field of the SDK table"

DOCS = {
    "autoslides-bil-ts": (
        "dev",
        "privacy.ts",
        {
            "kind": "bilingual (English + Traditional Chinese in Hong Kong usage: 閣下, 短訊, 私隱) 私隱政策 / Privacy Policy of the AutoSlides web service (a BIT Yanhe Classroom helper) as a TypeScript LegalDoc object, each paragraph an {en, zh} pair",
            "url": "https://github.com/bit-admin/Yanhekt-AutoSlides/blob/51de949c9f3477ddb019cba66b385d3398cdd119/web/frontend/src/legal/privacy.ts",
            "script": "hant/hk+latin",
            "lang": "zh+en",
            "form": "TypeScript (an exported object literal; Markdown ** bold inside the strings)",
            "source": _repo(
                "bit-admin/Yanhekt-AutoSlides",
                "web/frontend/src/legal/privacy.ts",
                "51de949c9f3477ddb019cba66b385d3398cdd119",
                "Apache-2.0 (LICENSE at the repository root)",
            ),
            "note": 'clean: dated (updated: "2026-08-03"), the Developer\'s e-mail info@ruc.edu.kg, eleven sections in both languages; found by find_string 「閣下的個人資料」 (index:58318722146, the same text), then fetched',
        },
        [],
        [
            ('updated: "2026-08-03",', "the policy's date, a filled field of the object"),
            ("(contact: info@ruc.edu.kg)", "a filled contact in parentheses"),
        ],
        [],
    ),
    "buykop-en-vue": (
        "dev",
        "index.vue",
        {
            "kind": "English Privacy Policy of buykop.com (a Chinese developer's shop front; the common Shopify-generator text) as a Vue 2 page: a title, a description and <div class=textbox> sections; one section commented out",
            "url": "https://github.com/Heziliang-maker/door-m-old/blob/809833d528fab9b90d823f6b4fbd814ab36e3d8f/src/views/privacy/index.vue",
            "script": "latin",
            "lang": "en",
            "form": "Vue single-file component (template + SCSS)",
            "source": _repo("Heziliang-maker/door-m-old", "src/views/privacy/index.vue", "809833d528fab9b90d823f6b4fbd814ab36e3d8f"),
            "note": "clean (no date anywhere; the site's name and service@buykop.com filled); 'e?mail' is a mangled non-breaking hyphen, not a slot",
        },
        [],
        [
            ("complaint, please contact us by e?mail at", "a mangled character in 'e-mail', not a slot"),
            ("you visit or make a purchase from buykop.com (the “Site”).", "the site named: filled"),
        ],
        [],
    ),
    "teyouliao-zh-vue": (
        "dev",
        "index.vue",
        {
            "kind": "zh-Hans 隐私政策 of the 特有料 app (琼海君烽文化传媒有限公司) exported from Word (MsoNormal <p>/<span>/<font> runs, <br> line breaks) inside a Vue page",
            "url": "https://github.com/xiaoxiaokkkk/liaoquan-web-h5/blob/957dda8586e8facd438f5176a16e5cba986afd02/src/views/privacy-policy/index.vue",
            "script": "hans/cn",
            "lang": "zh",
            "form": "Vue single-file component holding Word-exported HTML (151 KB, mso-* styles)",
            "source": _repo(
                "xiaoxiaokkkk/liaoquan-web-h5", "src/views/privacy-policy/index.vue", "957dda8586e8facd438f5176a16e5cba986afd02"
            ),
            "note": "five fields of the 第三方服务 SDK list left empty (收集信息范围： of fastjson; 开发者名称： of glide, Fresco, gif-drawable, OAID) while every other entry fills them; dated 2025年05月13日, e-mail caifumiao520@qq.com; the same repository's short 料圈商城 policy is liaoquan-zh-vue (a different document)",
        },
        [
            (">收集信息范围：</font>", _EMPTY + " (fastjson: 收集信息范围 empty)", "SDK名：fastjson"),
            (">开发者名称：</font>", _EMPTY + " (glide: 开发者名称 empty)", "SDK名：glide图库"),
            (">开发者名称：</font>", _EMPTY + " (Fresco: 开发者名称 empty)", "SDK名：Fresco图库"),
            (">开发者名称：</font>", _EMPTY + " (gif-drawable: 开发者名称 empty)", "SDK名：gif-drawable"),
            (">开发者名称：</font>", _EMPTY + " (OAID: 开发者名称 empty)", "SDK名：移动安全联盟 OAID"),
        ],
        [
            (">开发者名称：深圳市腾讯计算机系统公司</font>", "a filled field of the same list"),
            ('>生效日期和最后更新日期：</font><font face="Noto Sans SC" >2025年05月13日</font>', "a filled date in two runs"),
            (">十二、您可阅读《使用协议》《隐私政策》了解详细信息。</font>", "a numbering gap (十 → 十二), not a slot"),
        ],
        [],
    ),
    "tpepolice-tw-swift": (
        "dev",
        "AgreementViewController.swift",
        {
            "kind": "Traditional-Chinese (Taiwan) 臺北市政府警察局 個人資料收集聲明及服務條款 + 隱私權保護政策 as two Swift string literals (\\n escapes, one source line each) of the NoMoreParking iOS app",
            "url": "index:22375275945 (code index; repository not named by the index)",
            "script": "hant/tw",
            "lang": "zh",
            "form": "Swift source (UIViewController; the texts in a struct's static let literals)",
            "source": _idx("22375275945", "find_string 「隱私權保護政策的適用範圍」", 6009),
            "note": "clean; no date; round42d's author read and dropped it (one-line literals), not used in any set; the alert's 【個人資料收集聲明及服務條款】 / 【隱私權政策】 name the two documents (look-alikes)",
        },
        [],
        [
            ("【個人資料收集聲明及服務條款】", "names the first document in the consent alert: a title in 【】, not a slot"),
        ],
        [],
    ),
    "xiongshare-zh-vue": (
        "dev",
        "index.vue",
        {
            "kind": "zh-Hans 隐私条款 of 省钱熊 (钱兔科技, qiantu98.com) as a Vue 2 page, one <p> per paragraph with hard-wrapped source lines: a copy of the common e-commerce template with a drafting note left in",
            "url": "https://github.com/rzh11111111/xiong-share/blob/0b9ed41671a6de4d8089639037772dfcbca73a34/src/views/privacy/index.vue",
            "script": "hans/cn",
            "lang": "zh",
            "form": "Vue single-file component (template + script + SCSS)",
            "source": _repo("rzh11111111/xiong-share", "src/views/privacy/index.vue", "0b9ed41671a6de4d8089639037772dfcbca73a34"),
            "note": "the drafter's note 「[需要技术确认]」 (needs technical confirmation) left inside 「访问日期和时间及您访问的网页记录[需要技术确认]等」; no date; contact 400-052-0186 and qiantu98.com filled",
        },
        [
            ("[需要技术确认]", "a drafting note asking for technical confirmation, left in the published text"),
        ],
        [
            ("【如何联系我们】", "names section 八 in 【】: a cross-reference, not a slot"),
            ("拨打400-052-0186与我们联系", "a filled phone"),
        ],
        [],
    ),
    "liaoquan-zh-vue": (
        "holdout",
        "index.vue",
        {
            "kind": "zh-Hans 料圈商城隐私政策 (a shop of the 特有料 app) as a Vue 3 page: numbered sections 1.1…7 in <div> items; the contact block left as three 【…】 slots",
            "url": "https://github.com/xiaoxiaokkkk/liaoquan-web-h5/blob/957dda8586e8facd438f5176a16e5cba986afd02/src/views/privacy/index.vue",
            "script": "hans/cn",
            "lang": "zh",
            "form": "Vue single-file component (<script setup>, a NutUI notice bar)",
            "source": _repo("xiaoxiaokkkk/liaoquan-web-h5", "src/views/privacy/index.vue", "957dda8586e8facd438f5176a16e5cba986afd02"),
            "note": "no operator named, no date; 客服电话 / 联系地址 / 电子邮箱 left as 【平台客服电话】【平台注册地址】【平台官方邮箱】",
        },
        [
            ("客服电话：【平台客服电话】", "the support phone left as a bracketed slot"),
            ("联系地址：【平台注册地址】", "the address left as a bracketed slot"),
            ("电子邮箱：【平台官方邮箱】", "the e-mail left as a bracketed slot"),
        ],
        [
            ('个人中心-隐私设置"提交申请', "a menu path in quotes, filled"),
        ],
        [],
    ),
    "macaowater-mo-vue": (
        "holdout",
        "RegisterPhone.vue",
        {
            "kind": "Traditional-Chinese (Macau) 收集個人資料聲明 and 電子服務及免責條款 of 澳門自來水股份有限公司 in two Element UI dialogs of a Vue 2 registration page (CRLF line ends)",
            "url": "index:203532886 (code index; repository not named by the index)",
            "script": "hant/mo",
            "lang": "zh",
            "form": "Vue single-file component (el-dialog / el-card; CRLF)",
            "source": _idx("203532886", "find_string 「閣下的個人資料」", 9896),
            "note": "clean; the statement's date is commented out (<!-- <p>(更新日期：25-10-2018)</p> -->); e-mail privacy@macaowater.com, address and 個人資料保護主任 filled; written out with CRLF line ends (the index's total_chars counts the CRs)",
        },
        [],
        [
            ("[註1: 在有關款項實際支付至", "a footnote in square brackets, filled"),
            ("{{'服务内容 ' + o }}", "a Vue binding inside an HTML comment"),
            ("完成繳費[註1]", "a footnote mark"),
        ],
        [],
    ),
    "sweetclub-en-html": (
        "holdout",
        "Privacy.html",
        {
            "kind": "English Privacy Policy of the SweetClub app (a Chinese developer's chat app) as a static HTML page; the text calls the product 'APP' throughout",
            "url": "https://github.com/huangshuaiyx/Social/blob/503b2f1e77d6435d1a50ee4c6fb0daf72e961876/Privacy.html",
            "script": "latin",
            "lang": "en",
            "form": "HTML page (a rem-sizing script, <h4>/<p> sections)",
            "source": _repo(
                "huangshuaiyx/Social",
                "Privacy.html",
                "503b2f1e77d6435d1a50ee4c6fb0daf72e961876",
                "LICENSE.md holds no licence text (two Chinese characters): none known",
            ),
            "note": "dated 04-Feb-2022 under the app name; contact marquezlarioza@gmail.com; 'Welcome to APP!' and 'the APP' stand where the app's name belongs (a generator's stand-in never replaced: ambiguous, not scored)",
        },
        [],
        [
            ("<p>1 ) Purpose</p>", "a list item's number, not a blank"),
        ],
        [
            (
                "<p>Welcome to APP! We value your privacy.",
                "'APP' where the app's name belongs, left from a generator: a stand-in or a generic word (not scored either way)",
            ),
        ],
    ),
}
