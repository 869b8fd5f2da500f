"""Hand annotations of round 53p (helper m53p), read by tools/annotate53p.py: each document read in full before any
policylens run.  name: (set, file, meta, placeholders, look-alikes, ambiguous); each entry (text, note[, anchor]).

Slot documents are scarce: the code index, the `pages` corpus and the git history of about 90 fetched repositories gave
two unused slot documents (README: what was searched).  Three clean pages measure the precision side."""

_CUT = "the excerpt's cut-off last line (the pages corpus stores the page's beginning): not scored"
_IDX = "unknown (repository not named by the index): all rights reserved; test fixture only"

DOCS = {
    "fyt360-vue": (
        "dev",
        "doc.vue",
        {
            "kind": "zh-Hans 用户服务协议 and 隐私政策 of the FYT360 mini-program (uni-app Vue single-file component; both texts in JS data objects, one shown at a time by a query flag)",
            "url": "index:70074562633 (code index; repository not named by the index)",
            "script": "hans/cn",
            "lang": "zh",
            "form": "Vue single-file component (uni-app), texts in JS object literals",
            "source": {
                "index_id": "70074562633",
                "corpus": "code index (find_string 「【运营主体全称】」 / read_file, total_chars 5197)",
                "license": _IDX,
            },
            "note": "the agreement's first clause names the operator as the template slot 「【运营主体全称】」 and the privacy policy's contact section ends with the slot 「【客服联系方式】」; a template comment says a button 'honours' that slot, but the text still prints it; the JS comment calls the texts a generic draft 「通用底稿」 to be finalised after the 【】 slots are replaced",
        },
        [
            (
                "本协议是您与本平台运营主体【运营主体全称】之间关于使用本平台服务的约定。",
                "the operator's full name never filled: 「【运营主体全称】」",
            ),
            (
                "我们将在 15 个工作日内答复。【客服联系方式】",
                "the contact channel left as the slot 「【客服联系方式】」 at the end of the privacy policy's contact section",
            ),
        ],
        [
            (
                '<text class="doc-updated">更新日期：{{ doc.updated }}</text>',
                "a Vue binding filled at render from the data (2026年10月1日): not a slot",
            ),
            ('<text class="ds-head">{{ i + 1 }}. {{ s.h }}</text>', "Vue bindings (section number and heading)"),
            ("  updated: '2026年10月1日',", "a filled date in the data object"),
            ("<text class=\"kefu-txt\">{{ kefuEnabled ? '接入人工客服' : '联系客服' }}</text>", "a Vue conditional binding: not a slot"),
        ],
        [
            (
                "<!-- 企微客服入口（迁移 040）：协议里的【客服联系方式】占位符由这个真按钮兑现 -->",
                "an HTML comment (not shown to a reader) that names the slot 【客服联系方式】: not scored either way",
            ),
            (
                " * 文本为通用底稿：正式运营前建议按主体信息（公司全称/联系方式/ICP）替换【】占位后定稿。",
                "a JS comment (not shown to a reader) calling the texts a draft whose 【】 slots are to be replaced: not scored either way",
            ),
        ],
    ),
    "payphp-legal-tsx": (
        "holdout",
        "LegalNotice.tsx",
        {
            "kind": "zh-Hans 法律声明 (legal notice) of the PaYphp payment-system site as a React TSX component",
            "url": "index:57862063530 (code index; repository not named by the index)",
            "script": "hans/cn",
            "lang": "zh",
            "form": "TSX (React component)",
            "source": {
                "index_id": "57862063530",
                "corpus": "code index (find_string 「【运营主体」 / read_file, total_chars 2679)",
                "license": _IDX,
            },
            "note": "the IP clause names the rights holder as the template slot 「【运营主体全称】」; the contact mailbox is a plausible address kept inside the template's 【】 (the file's header comment says every 【】 is a placeholder to be replaced before launch)",
        },
        [
            ("的知识产权归【运营主体全称】或相关权利人所有", "the operator's full name never filled: 「【运营主体全称】」"),
        ],
        [
            ('intro="本声明适用于 PaYphp 网站（以下简称「本网站」）', "the site named before its defined term: filled"),
            ('<LegalSection id="nature" title="一、网站性质与「按现状」声明">', "a heading with a quoted term"),
        ],
        [
            (
                "<li>联系邮箱：【legal@PaYphp.cn】</li>",
                "a plausible mailbox left inside the template's 【】 (round50e's class: a filled value in drafting brackets) while the file's header calls every 【】 a placeholder to replace: cannot be told filled or not, not scored either way",
            ),
            (
                " * 注：本文件为模板文本，含【】占位符，上线前须替换为真实主体信息并由法律顾问复核。",
                "a code comment (not shown to a reader) saying the file is template text with 【】 placeholders: not scored either way",
            ),
        ],
    ),
    "lange-zh-txt": (
        "dev",
        "page.txt",
        {
            "kind": "published zh-Hans app 隐私政策 of 浙江蓝鸽软件有限公司 (蓝鸽智慧课堂学生端), one long paragraph as the corpus stores it",
            "url": "https://cftweb.3g.qq.com/privacy/privacyPolicy?content_id=45891bc5a39ea78b8f1f60cc3c5c8478",
            "script": "hans/cn",
            "lang": "zh",
            "note": "clean: operator named in full, dates filled with spaces (「2023年 10月 25日」), a numbered definitions list run into one line; the page is hosted on the same Tencent policy host as round51's haoluo page but is another operator's policy",
        },
        [],
        [
            (
                "版本生效日期:2023年 10月 25日 版本更新日期:2023年 10月 25日",
                "filled dates with a space before the month and day: not a slot",
            ),
        ],
        [],
    ),
    "pets-hk-txt": (
        "dev",
        "page.txt",
        {
            "kind": "published Hong Kong government 私隐政策 (AFCD / pets.gov.hk), the Simplified-Chinese edition as the site serves it",
            "url": "https://pets.gov.hk/sc_chi/privacy/privacy_policy.html",
            "script": "hans/hk",
            "lang": "zh",
            "note": "clean: the government's standard notice twice (website; e-newsletter subscription), the Cap. 486 ordinance's URL, 「於」 left unconverted in the Simplified text (a converter's trace: a script-mixed finding there is true, not a slot), a bullet list cut off by the excerpt",
        },
        [],
        [
            ("(应用於www.afcd.gov.hk及www.pets.gov.hk)", "the scope of the notice in parentheses (two real domains): not a slot"),
            ("(应用於订阅电子资讯)", "a sub-heading in parentheses"),
            ("此等资料可能包括姓名、电话号码、邮寄地址或电邮地址。", "a list of data kinds, not empty fields"),
        ],
        [("- 我们相信有必要共用资料,以便", _CUT)],
    ),
    "hebyun-zh-txt": (
        "holdout",
        "page.txt",
        {
            "kind": "published zh-Hans 客户端服务隐私协议 of 冀云宣化 (宣化区融媒体中心, a county media centre)",
            "url": "https://jiyunxuanhua.hebyun.com.cn/html/privacyStatement.html",
            "script": "hans/cn",
            "lang": "zh",
            "note": "clean: dates with clock times 「2024年3月12日08:00:00」, 版本号 v1.0.1, the operator named (宣化区融媒体中心); the text calls itself 《用户隐私协议》 under a 服务隐私协议 title (a name mismatch, not a slot)",
        },
        [],
        [
            ("更新日期:2024年3月12日08:00:00", "a filled date with a clock time glued to it"),
            ("版本号:v1.0.1", "a version label with its value"),
            ("冀云宣化是由宣化区融媒体中心开发并负责运营的官方客户端", "the operator named"),
        ],
        [("同时我们提供账号的注销功能", _CUT)],
    ),
}
