"""Template syntax never filled: variables, angle slots and constants, and the code and paths that look like them.

- {{ name }}, ${var}, %COMPANY%, {company}, {公司名称}, {日期/时间}: variables (`mustache`, `dollar`, `percent`,
  `dollarpair` $COMPANY$, `hashpair` #SITE_NAME#, `wikislot` [[service_name]],
  `brace`, `cjkbrace`; what a Chinese brace holds is checked by `_CJK_BRACE_SLOT`);
- <公司名稱>, <<網址>>, <your-username>, <Company Name>, 〈公司名稱〉: angle slots (`angle`, `your`, `enangle`,
  `wideangle`); «公司名稱», a Word mail-merge field (`merge`); ｛聯絡人姓名｝ (`widebrace`); <%= company %> (`erb`);
- YOUR_EMAIL_HERE, [EFFECTIVE_DATE]: template constants (`_CONSTANT`, scanned apart by `_constants`);
- not slots: %APPDATA% (`_WINDOWS_VARIABLES`), C:\\Users\\<您的用户名>\\AppData (`_in_file_path`),
  `category_pack_<分類>` (`_names_a_scheme`), these forms in code (`_CODE_SYNTAX`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from policylens.lazyre import lazy
from policylens.model import Finding
from policylens.rules.around import last_before, lstripped
from policylens.rules.base import Rule
from policylens.rules.context import Context, in_code_span
from policylens.rules.placeholder_instruction.vocabulary import _CJK, _FIELD_NOUN

# a token in capitals that names a field: an underscore, or a field's word (bounded: one pass at each `$` or `#`)
_TOKEN_WORD = r"[A-Z0-9_]{0,40}(?:NAME|E?MAIL|COMPANY|CONTACT|SITE|APP|DATE|PHONE|TEL|ADDRESS|URL|DOMAIN|PRODUCT|BRAND)[A-Z0-9_]{0,40}"
# ($…$ also with any underscore: $SUPPORT_LINE$; not #…#, where #NEW_FEATURE# is a topic tag: review u27w)
_TOKEN_FIELD = rf"(?:{_TOKEN_WORD}|[A-Z0-9]{{1,20}}_[A-Z0-9_]{{1,40}})"

# (alternatives of the rule's one pattern, `forms._PATTERNS`, in their place there: order decides which wins)
_VARIABLES = (
    # {{ name }}, ${var}, %COMPANY%  (Hugo shortcodes {{< … >}} are not placeholders, nor Blade
    # comments {{-- 資料收集與使用 --}}, which the template engine drops: eval/precision11)
    # ({{ $doc.site_name }}: Nuxt Content's front-matter variable, a slot when the front matter does not define it)
    r"(?P<mustache>\{\{(?![<%]|--)\s{0,10}\$?[\w.\- ]{1,40}\s{0,10}\}\})",  # padding bounded: quadratic on `{{` + spaces
    # (and #{appName}, Ruby's, CoffeeScript's and Pug's interpolation, never rendered: twenty-fourth session, lead)
    r"(?P<dollar>[$#]\{\s*\w[\w.]{0,40}\s*\})",
    # @@COMPANY@@, @@app_name@@: a build tool's replacement token (gulp-replace, webpack's string-replace) left in
    r"(?P<attoken>(?<![A-Za-z0-9_.@])@@[A-Za-z_][A-Za-z0-9_]{1,40}@@(?![A-Za-z0-9_@]))",
    # (twenty-seventh session, lead) $COMPANY$, #SITE_NAME#, [[service_name]]: other engines' tokens (a mail tool's or a
    # CMS's $FIELD$, a build's #TOKEN#, a wiki-style [[field_name]]): in capitals with an underscore or a field's word
    # (not $USD$, #NBA#, a colour #FFF#), with an underscore inside [[…]] (not a wiki link [[WeChat]], nor [[TOC]])
    rf"(?P<dollarpair>(?<![A-Za-z0-9_$])\$(?={_TOKEN_FIELD}\$)[A-Z][A-Z0-9_]{{2,40}}\$(?![A-Za-z0-9_$]))",
    rf"(?P<hashpair>(?<![A-Za-z0-9_#&])#(?={_TOKEN_WORD}#)[A-Z][A-Z0-9_]{{2,40}}#(?![A-Za-z0-9_#]))",
    # ([[service_name]], [[SERVICE_NAME]]: one case throughout; not [[Terms_of_Use]], a MediaWiki link: review u27w)
    r"(?P<wikislot>\[\[(?:[a-z][a-z0-9]{0,20}_[a-z0-9_]{1,40}|[A-Z][A-Z0-9]{0,20}_[A-Z0-9_]{1,40})\]\](?!\())",
    # (not URL encoding: %E4%B8%AD)
    # (glued to Chinese text, which `\w` would match: 由%COMPANY%運營; not Windows variables: %APPDATA%, see `check`)
    r"(?P<percent>(?<![A-Za-z0-9_%])%(?![0-9A-F]{2}%)[A-Z][A-Z0-9_]{1,40}%(?![A-Za-z0-9_%]))",
    # {company}: a single-brace variable (template formats: see `template_syntax`)
    # (also glued to Chinese text: 本应用由{company}运营; and {公司名称}, a slot named in Chinese)
    # ({Company Name}, {App Name}: a slot named in English words, each capitalised)
    rf"(?P<brace>(?<![{{$A-Za-z0-9_])\{{\s*(?:[A-Za-z_][A-Za-z0-9_.]{{0,40}}|[{_CJK}]{{2,12}}|[A-Z][a-z]{{1,12}}(?: [A-Z][a-z]{{1,12}}){{1,3}})\s*\}}(?!\}}))",
    # {日期/时间}, {如果相关，请填写}, {请根据用途调整这段文字，…}, {包括访问网站时/在用户浏览网站时…}: a template's
    # slot in single braces that opens with Chinese; what it holds is checked in `check` (alternatives, an
    # instruction or a field noun: `_CJK_BRACE_SLOT`).  One bounded run: linear.
    rf"(?P<cjkbrace>(?<![{{$A-Za-z0-9_])\{{(?=[{_CJK}])[^{{}}\n]{{1,160}}\}}(?!\}}))",
    # (twenty-fourth session, lead) ｛聯絡人姓名｝, ｛company_name｝: a variable in full-width braces, as a template typed with
    # a Chinese input method leaves it (a field's name, or an identifier)
    # (and doubled, as a mustache typed with a Chinese input method: ｛｛ｎａｍｅ｝｝, read as ｛｛name｝｝ — twenty-sixth session, lead)
    rf"(?P<widebrace>｛｛?[ \t\u3000]?(?:[{_CJK}]{{0,8}}?(?:{_FIELD_NOUN}|姓名)|[A-Za-z_][A-Za-z0-9_.]{{0,40}})[ \t\u3000]?｝｝?)",
    # (twenty-fourth session, lead) <%= company_name %>, <%- email %>: an ERB/EJS/JSP output tag never rendered
    r"(?P<erb><%[=-][ \t]{0,4}[A-Za-z_@][\w.@()\[\]'\"]{0,60}[ \t]{0,4}-?%>)",
)


# (alternatives of the rule's one pattern, `forms._PATTERNS`, in their place there: order decides which wins)
_ANGLE_SLOTS = (
    # <公司名稱>, <联系电话>, https://github.com/<你的用户名>/ (not `category_pack_<分類>`: a naming scheme's part)
    # (not a title quoted with angle brackets for 《》: <<內容同意協議>>, <用户协议>)
    # (twenty-fourth session, lead) and doubled, as a mail-merge or report template writes them: <<網址>>, <<Date>> (one
    # slot from the first mark to the last)
    rf"(?P<angle><<?\s*[{_CJK}][{_CJK}\w ]{{0,20}}(?<!協議|协议|條款|条款|政策|規則|规则|指引|聲明|声明|辦法|办法|須知|须知)>>?)",
    # (twenty-fourth session, lead) 〈公司名稱〉, ＜聯絡電話＞: a field's name in the full-width angle marks (only a field:
    # 〈個人資料保護法〉 is how Taiwan quotes the title of a law or an article)
    rf"(?P<wideangle>[〈＜][ \t\u3000]?[{_CJK}]{{0,8}}?(?:{_FIELD_NOUN})[ \t\u3000]?[〉＞])",
    # <your-username>, <YOUR_REPO>, <your email>: an English slot named as the reader's own
    # (and <insert email>, <enter company name>: the template's instruction in the marks, twenty-seventh session, lead)
    r"(?P<your><<?\s*(?i:your|insert|enter)[-_ ]?[A-Za-z][A-Za-z0-9_-]{0,30}(?: [A-Za-z][A-Za-z0-9_-]{0,20}){0,3}\s*>>?)",
    # <Company Name>, <Email>, <Hong Kong Address>: an English field in angle brackets, capitalised (not an HTML
    # tag such as <address>, which is lower case)
    r"(?P<enangle><<?\s*(?:[A-Z][A-Za-z]*\s+){0,3}(?:Name|Email|E-mail|Address|Phone|Number|Date|Website|URL|Company|Organi[sz]ation)\s*>>?"
    # (twenty-sixth session, lead) <EMAIL>, <COMPANY NAME>: the same in capitals (<CONTACT_EMAIL> is a constant, `_CONSTANT`;
    # not <ADDRESS> alone,
    # an HTML element written in capitals)
    r"|<<?(?:[A-Z]+ ){1,3}(?:NAME|EMAIL|E-MAIL|ADDRESS|PHONE|NUMBER|DATE|WEBSITE|URL|COMPANY)>>?"
    r"|<<?(?:NAME|EMAIL|E-MAIL|PHONE|DATE|WEBSITE|URL|COMPANY)>>?"
    # (u35r, round34b) <email>, <phone>: the same field in lower case, a word no HTML element has (not <address>, <time>,
    # <data>; not Map<name>: nothing of a word right before it)
    r"|(?<![\w<])<(?:email|e-mail|phone|company|website)>(?![>\w]))",
    # (twentieth session, q20h) «公司名稱», «CompanyName», «Address_1»: a Word mail-merge field, shown with its guillemets until
    # the merge runs; a word or a name of fields with no blank inside the marks (not a French quotation, « oui », which
    # sets them off with spaces, nor a sentence)
    r"(?P<merge>«(?=[^\s«»])[\w\-]{1,30}(?:[ _][\w\-]{1,20}){0,2}(?<=[^\s«»])»)",
)


# YOUR_EMAIL_HERE, COMPANY_NAME, APP_NAME: a template constant never replaced (not ACCESS_FINE_LOCATION).
# Scanned apart, only in the units that hold an underscore: its capitals would make the guard below fire
# on every English sentence.
_CONSTANT = lazy(
    r"(?<![A-Za-z0-9_])(?:YOUR|COMPANY|APP|PRODUCT|CONTACT|SUPPORT|PRIVACY|OPERATOR)_(?:[A-Z]+_){0,3}"
    r"(?:NAME|EMAIL|ADDRESS|PHONE|URL|DATE|HERE|SITE|DOMAIN)(?![A-Za-z0-9_])"
    # [EFFECTIVE_DATE，例如 2026-06-23], [LAST_UPDATED_DATE]: any constant naming a field, as the whole slot in square
    # brackets (not a bare SERVICE_URL, which a self-hosted tool's policy names as a setting the admin sets)
    r"|(?P<bracketed>(?<=[\[【［])[ \t]?[A-Z][A-Z0-9]{1,15}_(?:[A-Z0-9]{1,15}_){0,3}(?:NAME|EMAIL|ADDRESS|PHONE|URL|DATE|SITE|DOMAIN)"
    r"(?=[ \t]?[\]】］，,]|[ \t]?[(（]?(?:例如|e\.g\.))(?![ \t]?\][(\[]))"
)


_IDENTIFIER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")


_PATH_START = lazy(r"[A-Za-z]:[\\/]|~[\\/]|/(?:home|Users|root|var|opt|tmp|etc|usr|data|sdcard|storage|mnt|Library)/|%[A-Za-z]+%[\\/]|\\\\")
_PATH_STOP = frozenset("，。；：！？、（）「」『』《》【】\"'`|\n\t")
_FOLDER_WORD = lazy(r"[ \t\u3000]{0,4}(?:目录|目錄|文件夹|資料夾|文件夾|folder|directory)", re.IGNORECASE)


# A file name's extension after a slot: backup-<时间戳>.sqlite, log/<日期>.txt
_FILE_EXTENSION = lazy(r"\.[A-Za-z][A-Za-z0-9]{0,5}(?![A-Za-z0-9])")
# A Windows path's separator between two segments (a Markdown escape, \* or \[, is followed by punctuation)
_BACKSLASH_SEGMENT = lazy(r"[\w.\-]\\[\w.\-\u4e00-\u9fff]")
# A slot that begins a path: <程序目录>\记录\… (a backslash: no URL has one), <数据目录>/logs/app.log (a slash, then
# one Latin segment and a separator or an extension, and only for a slot that names a folder: <公司网址>/privacy.html,
# <YOUR_DOMAIN>/privacy.html and xxx/privacy.html are a site's address left to fill (review u28w); <姓名>/<电话> and
# <手机号>/邮箱/用户名 are words a slash apart)
_BACKSLASH_AFTER_SLOT = lazy(r"\\[\w\u4e00-\u9fff]")
_SLASH_AFTER_SLOT = lazy(r"/[A-Za-z0-9_.\-]{1,60}?(?:[/\\]|\.[A-Za-z][A-Za-z0-9]{0,5}(?![A-Za-z0-9]))")
_FOLDER_SLOT = lazy(r"目录|目錄|文件夹|文件夾|資料夾|路径|路徑|(?i:folder|dir|path|home)")


def _in_file_path(text: str, start: int, end: int) -> bool:
    """Whether the slot `text[start:end]` is a segment of a file system path: C:\\Users\\<您的用户名>\\AppData, /home/<user>/.config.

    A path tells the reader where to look on their own machine; the segment is theirs, not the
    operator's (a URL, https://github.com/<你的用户名>/…, is the operator's contact and stays a slot).
    Also a path's first segment (<程序目录>\\记录\\试听命名.csv) and a part of a file's name in a path
    (D:\\data\\backup-<时间戳>.sqlite, /var/log/<日期>.txt: twenty-eighth session, eval/structure28 olivia-md).
    """
    before = text[start - 1 : start]
    if start == 0 or before.isspace() or before in _PATH_STOP or "\u4e00" <= before <= "\u9fff":
        if _BACKSLASH_AFTER_SLOT.match(text, end):
            return True
        if _SLASH_AFTER_SLOT.match(text, end) and _FOLDER_SLOT.search(text, start, end):
            return True
    if before not in ("\\", "/", "-", "_"):
        return False
    if text[end : end + 1] not in ("\\", "/", "") and _FILE_EXTENSION.match(text, end) is None:
        return False
    i = start
    while i > 0 and start - i < 120 and text[i - 1] not in _PATH_STOP:
        if text[i - 1] == ">" and (k := text.rfind("<", max(0, i - 32), i - 1)) >= 0:
            i = k  # an earlier slot of the same path: /home/<用户名>/log/<日期>.txt
        elif "\u4e00" <= text[i - 1] <= "\u9fff":
            break
        else:
            i -= 1
    lead = text[i:start].lstrip()
    if "://" in lead or "www." in lead:
        return False
    if _PATH_START.search(lead) is not None or _BACKSLASH_SEGMENT.search(lead) is not None:
        return True
    if before in "-_":
        return False  # a name's part outside a path (report-<日期>.pdf) stays a slot
    # A relative path the text itself calls a folder: 「仓库的 Cloud/<您的用户名>/ 目录下」.  Its first
    # segment is no host (github.com/<你的用户名>/… is a link left unfilled), and the words after
    # the path say it is a folder.
    first = lead.split("/", 1)[0].split("\\", 1)[0]
    if not first or "." in first or "@" in first:
        return False
    j = end
    while j < len(text) and j - end < 120 and text[j] not in _PATH_STOP and not text[j].isspace() and not ("\u4e00" <= text[j] <= "\u9fff"):
        j += 1
    return _FOLDER_WORD.match(text, j) is not None


def _names_a_scheme(text: str, start: int, end: int, *, your: bool) -> bool:
    """`category_pack_<分類>`, `<your-token>` in a code span: template syntax that documents a naming scheme or code.

    An angle slot glued to an identifier (pack_<分類>, <name>_v2) names a part of an identifier, not a value to
    fill in; inside a code span (an odd number of backticks before it) an English <your-…> is code.  A slot in a
    URL path (https://github.com/<你的用户名>/) or in prose is still a slot.
    """
    glued = (start > 0 and text[start - 1] in _IDENTIFIER) or text[end : end + 1] in _IDENTIFIER
    in_code = in_code_span(text, start)
    return glued or (your and in_code)


# Windows environment variables a policy may name in a path (%APPDATA%\\App\\logs)
_WINDOWS_VARIABLES = frozenset(
    {
        "APPDATA",
        "LOCALAPPDATA",
        "USERPROFILE",
        "PROGRAMFILES",
        "PROGRAMDATA",
        "TEMP",
        "TMP",
        "HOMEPATH",
        "HOMEDRIVE",
        "SYSTEMROOT",
        "WINDIR",
        "PATH",
        "USERNAME",
        "COMPUTERNAME",
        "PUBLIC",
        "ALLUSERSPROFILE",
        "COMMONPROGRAMFILES",
        "SYSTEMDRIVE",
    }
)


def filled_by_page(front_matter: tuple[tuple[int, str], ...], variable: str) -> bool:
    """Whether a `{{ $… }}` variable is filled when the page is rendered: a page variable of the site's framework.

    `{{ $doc.site_name }}` (Nuxt Content) and `{{ $frontmatter.title }}` (VitePress) take the value of the page's front
    matter: filled when it defines the key (the first of the path: `{{ $doc.author.name }}` needs `author:`), a slot
    left empty when it does not (a translated page whose front matter lost the keys the English page has).  Another
    `{{ $site.title }}`, `{{ $page.x }}` is the framework's own.  Docusaurus's `{frontMatter.x}` likewise (u52p).  Another
    variable without `$` is not decided here.
    """
    name = variable.strip("{} \t")
    if name.startswith("frontMatter.") and front_matter:
        # (u52p) `{frontMatter.last_update}` in a Markdown page of a Docusaurus site (v2 and later compile .md as MDX): the
        # page's own front matter fills it when it defines the key; a plain .md with no such key keeps it as a slot
        key = name[len("frontMatter.") :].split(".", 1)[0].strip()
        return any(text.split(":", 1)[0].strip().strip("'\"") == key for _, text in front_matter if ":" in text)
    if not name.startswith("$"):
        return False
    head, _, path = name[1:].partition(".")
    if head not in ("doc", "frontmatter"):
        return True
    key = path.split(".", 1)[0].strip()
    return any(text.split(":", 1)[0].strip().strip("'\"") == key for _, text in front_matter if ":" in text)


# template-variable forms that are code inside a code block
_CODE_SYNTAX = (
    *("mustache", "dollar", "dollarpair", "hashpair", "wikislot", "percent", "brace", "cjkbrace", "widebrace"),
    "erb",
    *("angle", "your", "enangle"),
)


# (u42k3, eval/precision42 cardgpt-hk-json) a currency's sign right before an i18n argument: 「HK${amount} 回贈」,
# 「NT${price}」 in a message catalogue are the sign HK$ (NT$, US$, S$…) and then ICU's `{amount}`, which the app
# fills, not a JavaScript `${…}` slot; not `${companyName}` after a space, Chinese or another word
_CURRENCY_SIGN = lazy(r"(?<![A-Za-z])(?:HK|US|NT|NZ|AU|CA|SG|MOP|AUD|USD|HKD|NTD|TWD|SGD|CAD|NZD|R|S|A|C)\Z")


def currency_argument(text: str, start: int) -> bool:
    """Whether the `${…}` at `text[start]` is a currency sign (HK$, NT$, US$…) followed by an i18n argument `{name}`."""
    return text[start : start + 1] == "$" and _CURRENCY_SIGN.search(text, max(0, start - 4), start) is not None


# (u38r, session 37's leftover) a code span that is the slot alone, in a field's value place or as the operator of the
# policy's sentence: 「联系邮箱：`{{contact_email}}`」, 「本政策由 `{{company}}` 提供」 — the template's field set off in
# backticks, the text a reader sees.  Not a code span that documents the syntax: 「模板变量写作 `{{company}}`」,
# 「`${email}` 会在构建时替换」, 「设置 `{name}` 参数」
_SPAN_VALUE_BEFORE = lazy(
    r"(?:(?:[\u4e00-\u9fff]{0,8}(?:邮箱|郵箱|信箱|电话|電話|地址|网址|網址|主体|主體|名称|名稱|公司|运营者|運營者|日期|联系方式|聯絡方式)"
    r"|(?i:e-?mail|contact|company|address|phone|website|operator))[ \t]{0,2}\*{0,2}[ \t]{0,2}[：:][ \t\u3000]{0,2}"
    r"|(?:由|与|與|联系|聯繫|聯絡|发送至|發送至|发邮件至|發郵件至|致函)[ \t\u3000]{0,2})\Z"
)
_SPAN_DOC_BEFORE = lazy(
    r"(?:写作|寫作|写成|寫成|写为|寫為|记作|記作|形如|格式|语法|語法|变量|變量|参数|參數|字段|占位符|佔位符)[ \t\u3000]*\Z"
)
_SPAN_DOC_AFTER = lazy(
    r"[ \t\u3000]{0,2}(?:变量|變量|参数|參數|字段|占位符|佔位符|语法|語法|键|鍵|属性|屬性|会被|會被|将被|將被|会在|會在|将在|將在|在构建|在構建|替换|替換)"
)


def code_span_value(text: str, start: int, end: int) -> bool:
    """Whether the template variable `text[start:end]`, inside a code span, is that span's whole content and stands in
    a value's place of the policy's prose (not a code span documenting the syntax)."""
    if text[start - 1 : start] != "`" or text[end : end + 1] != "`" or text[start - 2 : start - 1] == "`":
        return False
    before = text[max(0, start - 1 - 24) : start - 1]
    if _SPAN_DOC_BEFORE.search(before) or _SPAN_DOC_AFTER.match(text, end + 1):
        return False
    return _SPAN_VALUE_BEFORE.search(before) is not None


_CONSTANT_SAMPLE = lazy(r"[ \t]?[，,(（]?[ \t]?(?:例如|比如|如|e\.g\.|for example)")


def _slot_constant(text: str, start: int, end: int) -> bool:
    """Whether a bracketed constant is a slot: a field's value (生效日期：[EFFECTIVE_DATE], 原始碼：`[SOURCE_URL]`, the
    bracket in a code span of its own) or followed by its sample."""
    # (u42k, round41d eua-bilingual-md) 原始碼：`[SOURCE_URL]`, via: `[SOURCE_URL]`: the slot in a code span of its own
    before = text[max(0, start - 10) : start].rstrip(" \t[【［*`")
    return before.endswith(("：", ":")) or _CONSTANT_SAMPLE.match(text, end) is not None


# what a Chinese brace slot holds: alternatives ({日期/时间}), an instruction ({如果相关，请填写}) or a field ({联系电话})
# (not {京东/淘宝}, two brands, nor {您的验证码为123456，请勿泄露}, a message the product sends)
_CJK_BRACE_SLOT = lazy(
    rf"[请請](?!勿|您|你)|如果相关|如果相關|如适用|如適用|选择|選擇|(?<![您你]的)(?:{_FIELD_NOUN})(?:[/／]|\s*\}})|[/／]\s*(?:{_FIELD_NOUN})"
    r"|[\u4e00-\u9fff]{4}[^{}\n/／]{0,40}[/／][^{}\n/／]{0,40}[\u4e00-\u9fff]{4}"
)


# (u43k3, eval/blind/round43d xingluo-dart L5) a brace that is code, not a slot: a Dart constructor's named parameters
# `const TermsPage({super.key});`, `({this.title})`, a member `{widget.title}` / `{self.name}`, and JavaScript's
# destructured parameter `({company}) => …` / `function f({name}) {`: read as text (a screen read as plain text), the
# braces of the code are no field a writer left to fill
_MEMBER_BRACE = lazy(r"\{\s*(?:super|this|widget|self)\.")
_AFTER_PARAMETERS = lazy(r"\)[ \t]*(?:;|\{|=>)")


# (u47k2, eval/precision47 mingxue-hk-ts L1) a script module's own statements read as text: the names an ES module
# imports or exports, `import { HOMEWORK_DUTY_CAMPUS_ADDRESS_ZH } from "@/lib/…"`, `import Foo, { Bar } from 'x'`,
# `export { COMPANY_NAME };`, and a destructuring declaration `const { APP_NAME } = config` (the line holds nothing
# before the statement's keyword)
_MODULE_LIST_HEAD = lazy(
    r"(?<![ \t])[ \t]*+(?:(?:import|export)(?:[ \t]++type)?(?:[ \t]++[A-Za-z_$][\w$]{0,40}+[ \t]*+,)?"
    r"|(?:export[ \t]++)?(?:const|let|var))[ \t]*+"
)
_MODULE_LIST_TAIL = lazy(r"(?<![ \t])[ \t]*+(?:from[ \t]*+[\"']|;|\Z|=(?!=))")


def parameter_braces(text: str, start: int, end: int) -> bool:
    """Whether the `{…}` at `text[start:end]` is code: a member (`{super.key}`, `{this.title}`), the named parameters
    of a declaration (`Foo({key});`, `({name}) =>`), see `_MEMBER_BRACE`, or the names of a module statement or a
    destructuring declaration opening its line (`import { X } from "…"`, `const { X } = …`, see `_MODULE_LIST_HEAD`)."""
    if _MEMBER_BRACE.match(text, start) is not None:
        return True
    line_start = text.rfind("\n", 0, start) + 1
    head = _MODULE_LIST_HEAD.fullmatch(text, line_start, start)
    if head is not None and head.group(0).strip() and _MODULE_LIST_TAIL.match(text, end) is not None:
        return True
    return text[start - 1 : start] == "(" and _AFTER_PARAMETERS.match(text, end) is not None


def _delimited(text: str, start: int, end: int) -> bool:
    """Whether the constant `text[start:end]` is the name inside a template variable's marks (%…%, {{…}}, ${…}, @@…@@,
    $…$, #…#): one defect, reported once, by the variable's form (twenty-seventh session, lead).  The name may be the
    last of an object's path, `{{ config.CONTACT_EMAIL }}`, `${settings.COMPANY_NAME}` (u47k2, precision47 djangopage-py:
    in a file whose own syntax the variable is, nothing is reported; elsewhere the variable's form reports it)."""
    while start > 1 and text[start - 1] == "." and text[start - 2] in _IDENTIFIER:
        start -= 1
        while start > 0 and text[start - 1] in _IDENTIFIER:
            start -= 1
    return (
        last_before(text, start, " \t") in _VARIABLE_OPENS
        and text[lstripped(text, end, " \t") : lstripped(text, end, " \t") + 1] in _VARIABLE_CLOSES
    )


_VARIABLE_OPENS = frozenset("%{$@#")
_VARIABLE_CLOSES = frozenset("%}$@#")


def _constants(rule: Rule, ctx: Context, slots: Mapping[int, list[tuple[int, int]]]) -> Iterator[Finding]:
    """YOUR_EMAIL_HERE, COMPANY_NAME, [EFFECTIVE_DATE]: the template constants (`_CONSTANT`), scanned apart. `slots`
    maps id(unit) to the spans of the slots already reported there that hold an underscore: a constant inside one
    (<YOUR_DOMAIN>) is that slot's name, one defect reported once."""
    for unit, start, end, m in ctx.scan(_CONSTANT, needs="_"):
        if any(a <= start and end <= b for a, b in slots.get(id(unit), ())):
            continue
        angled = unit.text[start - 1 : start] == "<" and unit.text[end : end + 1] == ">"
        if _in_file_path(unit.text, start - angled, end + angled):
            continue  # C:\\Users\\<YOUR_NAME>\\AppData, /home/YOUR_USER/.config: a folder on the reader's machine
        if m.group("bracketed") and not _slot_constant(unit.text, start, end):
            continue  # 打开 [SERVICE_URL]/setup: a setting a self-hosted tool's admin knows, not a slot
        if _delimited(unit.text, start, end):
            continue  # %COMPANY_NAME%, {{ COMPANY_NAME }}, $COMPANY_NAME$: the variable's form reports it, once
        yield rule.finding(ctx, unit, start, end, text=unit.text[start:end])


# (u40k2, round40d vkpi-ts) the script modules read as plain text whose code lines stand among their strings
_SCRIPT_MODULES = (".ts", ".mts", ".cts", ".tsx", ".js", ".mjs", ".cjs", ".jsx")
# what an index access holds: a type keyword or an identifier, a number or a quoted key ([number], [K], [0], ["zh"])
_INDEX_KEY = lazy(r"""\[(?:[A-Za-z_$][\w$]{0,40}|[0-9]{1,6}|"[^"\n]{0,40}"|'[^'\n]{0,40}')\]""")


def index_access(path: str, text: str, start: int, end: int) -> bool:
    """Whether the bracket at `text[start:end]` is an index access or an indexed-access type in a script module's code
    line: `(typeof LEGAL_PAGE_KEYS)[number]`, `Items[number]`, `row[key]` (the bracket glued to the `)`, `]` or the
    identifier before it).  Not a slot in prose ([number] after a label or a space), nor any bracket in another
    format."""
    if start == 0 or not path.lower().endswith(_SCRIPT_MODULES):
        return False
    before = text[start - 1]
    return (before in ")]" or before in _IDENTIFIER or before == "$") and _INDEX_KEY.fullmatch(text, start, end) is not None
