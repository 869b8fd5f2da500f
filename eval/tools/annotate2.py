#!/usr/bin/env python3
"""Hand annotations of eval/dev2 and eval/holdout2 (source of truth); run to (re)write their annotation.json.

Same format and helper as tools/annotate.py. Two additions, needed by these files only: a
policy that is not UTF-8 (GB18030) is decoded for the heading text, and a DOCX "line" is the
1-based index of the `w:p` paragraph in document order (also inside tables), as policylens counts.
"""
import os
import sys
import zipfile
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ann_lib  # noqa: E402
from ann_lib import build  # noqa: E402

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_read_text_lines = ann_lib.read_lines


def read_lines(path):
    """Lines of a text policy (UTF-8, else GB18030) or the paragraphs of a DOCX."""
    if path.endswith(".docx"):
        with zipfile.ZipFile(path) as z:
            root = ET.fromstring(z.read("word/document.xml"))
        body = root.find(f"{W}body")
        return ["".join(t.text or "" for t in p.iter(f"{W}t")) for p in body.iter(f"{W}p")]
    try:
        return _read_text_lines(path)
    except UnicodeDecodeError:
        raw = open(path, "rb").read()
        text = raw.decode("gb18030").replace("\r\n", "\n").replace("\r", "\n")
        return text.split("\n")


ann_lib.read_lines = read_lines


def src(repo, path, commit, license):
    return {"repo": repo, "path": path, "commit": commit, "license": license}


NONE = "none (no licence file)"

# ================================================================ holdout2 (annotated first, then left alone)

# ---------------------------------------------------------------- holdout2/openresearch-txt
build("holdout2/openresearch-txt",
      src("ShizhanQiao/OpenResearch", "隐私政策.txt", "74a71c11b6cfd1c4f27f423f8bb7b7e153ec8dfe", "MIT (repository licence)"),
      "txt", "hans", "cn", ["zh"], 1,
      [(7, 1), (14, 1), (17, 2), (24, 2), (33, 2), (40, 1), (51, 1), (53, 2), (63, 2), (66, 2), (77, 2), (80, 2),
       (83, 1), (90, 1), (97, 1), (100, 1), (107, 1), (112, 1), (117, 1), (120, 1)],
      notes="A Markdown document saved as `.txt`: `# Open Research 隐私政策` title, `##` sections and `###` sub-sections, "
            "each heading directly followed by its first paragraph (no blank line), `- **label**：` bullets. A reader of "
            "the plain text still sees the `#` lines as the outline. The bold date line 3 and the `**数据控制者**：` label "
            "line 10 are not headings. Unnumbered throughout.")

# ---------------------------------------------------------------- holdout2/iosprivacy-gbk-txt
build("holdout2/iosprivacy-gbk-txt",
      src("fAkE-Lau/iOSPrivacy", "隐私政策.txt", "47d112f1a9fbf1967261d5778be63616f3eb4eaf", NONE),
      "txt", "hans", "cn", ["zh"], None,
      [(3, 1), (19, 1), (27, 1), (45, 1), (53, 1)],
      ambiguous=[43],
      notes="GB18030/GBK, CRLF, no title line (the file opens with the preamble sentence). `1.适用范围` ... `6.信息安全` with "
            "`a)`/`b)` clauses; the widely copied 'X尊重并保护所有使用服务用户的个人隐私权' boilerplate. Line 27 "
            "`3.信息披露在如下情况下，…：` is the heading of section 3 fused with its first sentence (no space, no break); it "
            "is counted as a heading because it starts section 3 and the `a)`–`g)` clauses follow. Line 43 `4.信息存储和交换车否网络收集…。` "
            "is a whole section on one line (title fused with its only paragraph, ending in 。): ambiguous. "
            "`您了解并同意，以下信息不适用本隐私权政策：` (line 11) is body text.")

# ---------------------------------------------------------------- holdout2/boomdee-md
build("holdout2/boomdee-md",
      src("BOOMDEE/Personal-Website", "隐私政策.md", "9a92142f0c4e6224c57f1eae6794b6d2e36f5382",
          "CC BY-NC 4.0 (repository licence)"),
      "md", "hans", "cn", ["zh"], 1,
      [(l, 1) for l in (11, 21, 31, 41, 51, 61, 71, 77, 87, 93)],
      ambiguous=[29, 39, 69, 85],
      notes="Exported from a site builder, CRLF. Title `### 隐私政策`; sections are `###### 1\\. 信息收集` (h6 with an escaped "
            "period) - deeper than the title, all level 1. Four empty `######` lines (29, 39, 69, 85) render as nothing; "
            "listed as ambiguous. Runs of blank lines between paragraphs.")

# ---------------------------------------------------------------- holdout2/mahjong-md
build("holdout2/mahjong-md",
      src("moshangyi/mahjong", "隐私政策.md", "582293c8ca85f9d380349e4ffbf07f7f21ffc0ce", NONE),
      "md", "hans", "cn", ["zh"], 1,
      [(7, 1), (13, 1), (17, 1), (21, 1)],
      notes="Markdown file without any Markdown markup (pasted from a word processor): bare title, bare heading lines, "
            "tab-indented `\\t•\\t` bullets directly under `我们不会收集的信息` (no blank line). Line 3 is the date line.")

# ================================================================ dev2 (tuning set)

# ---------------------------------------------------------------- dev2/creatorpixar-txt
build("dev2/creatorpixar-txt",
      src("CreatorPixar/github.io", "隐私政策.txt", "2fad84d22efcb013e046f5dd350c5b0e310ef807", "MIT (repository licence)"),
      "txt", "hans", "cn", ["zh"], 1,
      [(40, 1), (54, 2), (58, 3), (62, 3), (68, 3), (72, 3), (92, 3), (96, 2), (102, 2), (106, 2),
       (134, 1), (140, 1), (142, 2), (146, 2), (150, 1), (152, 2), (156, 3), (260, 3), (262, 4), (266, 4), (270, 4),
       (274, 4), (278, 3), (284, 3), (288, 2), (296, 2), (314, 1), (328, 1), (332, 2), (338, 2), (344, 2), (348, 2),
       (352, 2), (356, 2), (360, 1), (370, 1), (376, 1), (390, 1)],
      notes="Game policy (紫晶游戏, 2024), blank line after every line. 一、/（一）/1./（1） with a table of contents "
            "(lines 20-38, not headings) and numbered clauses that are sentences (list content). Class 'unnumbered "
            "heading between numbered ones': `第三方SDK调用说明` (line 156) sits inside `（一）个人信息的共享、转让` before "
            "`1.我们可能会共享的个人信息` and is its sibling (level 3). The SDK table flattened to label/value lines "
            "(`第三方SDK名称：` / `Unity3D SDK` / `应用场景：` / `统计设备信息` / `腾讯公司` ...) is not headings. "
            "Source numbering errors kept: `5.  满足实名认证要求` and `6.` after `2.`, `5.开展营销活动` after `6.`. "
            "`（1）为实现相关功能或服务与关联方共享` ... `（4）` (262-274) are titles above their paragraphs (level 4); the "
            "other `（n）` lines are list sentences.")

# ---------------------------------------------------------------- dev2/fangkuai-txt
build("dev2/fangkuai-txt",
      src("LLL-lyh0/text", "隐私政策.txt", "22eddade4ed4b85676ca0953279e25761a54fd74", NONE),
      "txt", "hans", "cn", ["zh"], 1,
      [(2, 1), (28, 1), (29, 2), (31, 3), (33, 3), (35, 3), (37, 3), (39, 2), (46, 2), (51, 2), (62, 1), (69, 1),
       (70, 2), (77, 2), (79, 1), (80, 2), (82, 2), (87, 2), (89, 2), (91, 2), (102, 1), (107, 1), (112, 1), (114, 2),
       (116, 2), (122, 2), (125, 2), (128, 2), (131, 2), (141, 1), (145, 1), (149, 1)],
      ambiguous=[13],
      notes="Template game policy (【方块战舰】, slots in 【】 partly filled), no blank lines at all: every heading is "
            "directly followed by its paragraph. Opens with the consent pop-up `温馨提示` (level 1, unnumbered), then the "
            "policy title again on line 13 (ambiguous: repeated title). Table of contents 18-27. `1.游戏服务` under "
            "`（一）` is level 3; under `三、`/`四、`/`七、` (no `（一）`) the `1.` titles are level 2. Numbered sentences "
            "(`1.我们会根据本政策…`, `6.请注意，…`) and `(1)` clauses are list content. Same template as dev2/qishi-docx. "
            "Placeholders not annotated (headings set).")

# ---------------------------------------------------------------- dev2/hellowords-txt
build("dev2/hellowords-txt",
      src("NasserGo-zz/helloWordsUseAgreement", "隐私政策.txt", "97c23b1c1878c9798203ef34dd2ade2e2d487561", NONE),
      "txt", "hans", "cn", ["zh"], 1,
      [(10, 1), (12, 1), (18, 1), (20, 1), (22, 1), (24, 1), (26, 1)],
      notes="Old (2014-style) policy of an English-learning app. Class 'unnumbered heading glued to its paragraph': "
            "every heading line (`个人信息及使用`, `信息的披露`, `Cookies`, `信息的提供`, `链接`, `更新与公开信息`, `联系方法`) "
            "is directly followed by its paragraph, no blank lines. `Cookies` is a Latin-only heading in a Chinese "
            "file; `链接` has two characters. Lines 3-7 are the list of questions the policy answers (not headings); "
            "lines 14-17 are a numbered list.")

# ---------------------------------------------------------------- dev2/accuvally-tw-txt
build("dev2/accuvally-tw-txt",
      src("accuvally/terms", "隱私權政策.txt", "2631ff56a44dcd82900e3600ebc9ecb4ee0b9e4c", NONE),
      "txt", "hant", "tw", ["zh"], None,
      [(l, 1) for l in (7, 27, 36, 46, 51, 54, 57, 62)],
      notes="Taiwan (zh-Hant) policy of an event-ticketing company, modelled on Google's 2012 policy; BOM, CRLF, no "
            "title line (the file opens with `更新日期：`). Unnumbered headings directly followed by their paragraph. "
            "Traps: definition lines `您提供的資訊 – …` (10-16), a bullet list that lost its bullets (19-22, e.g. "
            "`開發、提供 Accuvally 新服務`), the copyright line 67. `執行` (line 57) is a two-character heading.")

# ---------------------------------------------------------------- dev2/melaliy-md
build("dev2/melaliy-md",
      src("Melaliy/melaliy.com.io", "隐私政策.md", "2759d4c5584c38a7fa70ede6f2a1800140e0884b", NONE),
      "md", "hans", "cn", ["zh"], 1,
      [(9, 1), (21, 1), (23, 2), (53, 1), (73, 1)],
      notes="Terms of use + privacy policy. The title and the sections are all `#`: the sections are level 1. Class "
            "'`1 标题` (number, space, no dot)': `1 用户行为要求` (line 23) is a sub-heading above its paragraph; the other "
            "`1 …`/`2 …` lines under 免责声明/其他 are numbered sentences (list content), as are `1.1 …` and `（1）…`.")

# ---------------------------------------------------------------- dev2/lifer-md
build("dev2/lifer-md",
      src("Ruixues/RuixueLicense", "隐私政策.md", "f454876224ac6f4fe0e8b2bcf465d1d95a5b077a", NONE),
      "md", "hans", "cn", ["zh"], 1,
      [(5, 1), (13, 1), (15, 1), (28, 1), (40, 1), (45, 1), (48, 1), (53, 1), (56, 1), (58, 1)],
      ambiguous=[31],
      notes="`# 隐私政策` then plain lines with no blank lines (one Markdown paragraph, but written line by line). Class "
            "'unnumbered heading before a numbered sequence': `引言` (line 5) is the first section, a sibling of `二、关于我们` "
            "(there is no `一、`); no `七、` either. `（1）我们收集的信息`/`（2）…` (11-12) are the list announced by "
            "`6、本隐私政策主要向您说明：`. `账号注册时` (31) is a scenario label (ambiguous). Numbered `1、…`/`4.…` lines "
            "are definitions/list content.")

# ---------------------------------------------------------------- dev2/meinc-md
build("dev2/meinc-md",
      src("VIWZ/MeINC", "隐私政策.md", "53140174550ce0750947f1e48f37d87f535abaa1", NONE),
      "md", "hans", "cn", ["zh"], None,
      [(3, 1), (5, 1), (6, 2), (10, 2), (13, 2), (17, 2), (20, 1), (26, 1), (30, 1), (31, 2), (38, 2), (44, 1),
       (47, 1), (51, 1), (54, 1), (63, 1), (66, 1), (69, 1), (72, 1)],
      notes="Markdown without markup, pasted from a rich-text editor: no title line (opens with `欢迎您使用“一人公司”APP…`), "
            "zero-width spaces (U+200B) around line 2-3, most headings directly followed by their text. `一、` ... `十三、` "
            "with `1. 最小必要信息` sub-headings (level 2). `会员账号标识（如适用）：用于…` label lines are list content.")

# ---------------------------------------------------------------- dev2/simplismvip-bilingual-txt
build("dev2/simplismvip-bilingual-txt",
      src("simplismvip/Privacy-Policy", "隐私政策.txt", "0855f24c9d503d30e33e76ded5dce094151376da", NONE),
      "txt", "hans", "cn", ["zh", "en"], 2,
      [(5, 1), (8, 1), (15, 1), (18, 1)],
      ambiguous=[12],
      notes="Tiny bilingual policy: a Chinese edition then the English one, each `title / heading+paragraph` with the "
            "heading glued to its paragraph. `Privacy Policy` (line 12) is the second-language edition title "
            "(ambiguous by the eval convention); its sections are level 1. Opens with an empty line.")

# ---------------------------------------------------------------- dev2/qishi-docx
build("dev2/qishi-docx",
      src("jiao3344/Pages", "隐私政策.docx", "04258dab84383ef49893302e800d5033e5f9fa33", NONE),
      "docx", "hans", "cn", ["zh"], 16,
      [(1, 1), (35, 1), (36, 2), (38, 3), (40, 3), (42, 3), (44, 3), (46, 3), (49, 2), (70, 2), (76, 2), (88, 1),
       (96, 1), (97, 2), (104, 2), (107, 1), (108, 2), (110, 2), (115, 2), (117, 2), (119, 2), (131, 1), (147, 1),
       (153, 1), (155, 2), (157, 2), (163, 2), (166, 2), (169, 2), (172, 2), (183, 1), (188, 1), (193, 1)],
      notes="Real DOCX of the same template as dev2/fangkuai-txt (【骑士】, 2022). Lines are paragraph indices. Word's "
            "automatic numbering carries the numbers: `一、` headings are numId 3 (the table of contents 24-33 is numId 2 "
            "with the same texts), `（二）设备权限调用情况` is a one-item list (numId 5) between typed `（一）`/`（三）`, "
            "`1.`-style sub-headings use numId 4/10/13/17, and numId 13 continues into two sentences (`请注意…`, "
            "`请知悉…`, list content). Table cells (51-65, 133-141) are not headings. Title: `【 骑士 】隐私政策` (16), "
            "after the `温馨提示` pop-up text (line 1, level 1).")

# ---------------------------------------------------------------- dev2/shuitu-md
build("dev2/shuitu-md",
      src("li1024316925/ShuiTU", "隐私政策.md", "b130dd6b2fca7e97b05744670c989857177e84a3", NONE),
      "md", "hans", "cn", ["zh"], None,
      [(4, 1), (7, 2), (8, 3), (10, 3), (15, 1), (16, 2), (19, 2), (21, 2), (24, 1), (25, 2), (29, 2), (33, 2),
       (38, 1), (46, 1), (48, 2), (53, 2), (56, 2), (65, 2), (68, 1), (74, 1), (77, 1), (80, 1)],
      notes="`## 一、` sections, everything below written as plain lines without blank lines (CommonMark joins them into "
            "one paragraph; the author's outline is line by line): `（一）Cookie` sub-headings (level 2) and "
            "`1、注册成为用户` (level 3) directly followed by their text. No title line (opens with the 【睡兔兼职】 "
            "intro sentence). `1、在获取明确同意的情况下共享：…` and `（一）我们已使用…。` are list content.")
