"""Write pairs/<name>/annotation.json for pairs54d (u54d), by hand from a line diff of each pair, each document read in
full, before any run of policylens.  Format of eval/pairs53b (pairs52b, pairs51): `changes` the true changes, one per
edited sentence, list item or place (kind `modified`, `added`, `removed`, `renamed` for a section title), `noise` what
must not be reported (kind `noise`) or is tolerated either way (kind `optional`).

Source (never used before: not in /work/used_repos.txt, /work/claims.txt, eval/, corpora/, tests/ — 拼豆Studio, Pindou,
Aswellle, tangnotes grepped; eval/pairs28 beadcube is another product, 拼豆魔方; claimed `u54d`): Aswellle/Pindou-Studio
(MIT), `src/components/LegalPages.jsx`, a React page holding the 隐私政策 and 服务条款 of an online bead-pattern tool.
Each side is the policy's text at one commit, cut out of the JSX by `tools/extract.py` (the legal-container's
`<h1>…</div>` before the versioned layout, the newest entry's `content` fragment after it; the date line, which the
later layout renders from i18n keys, left out on both sides; `className` → `class`), wrapped in a plain HTML page."""

import hashlib
import json
import os
import subprocess

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REPO = "/work/.mirror/Aswellle+Pindou-Studio/repo"
PATH = "src/components/LegalPages.jsx"
INDEX = "sources/LegalPages.index-63512500837.jsx"
SRC = {  # pair: (kind, old commit, new commit): consecutive revisions of the file (`git log OLD..NEW -- PATH` lists only NEW)
    "pindou-minors": ("privacy", "df0fbf1", "5cf4e5e"),
    "pindou-privacy-v2": ("privacy", "5821f95", "b9679e2"),
    "pindou-terms-v2": ("terms", "5821f95", "b9679e2"),
    # v2.0 → v3.0 (2026年8月23日): the new side is the index text (id 63512500837), newer than the fetch snapshot; it is
    # rebuilt by tools/build_v3.py (git HEAD + the v3 entries) and checked against the index's length (31,395) and three
    # offsets; the old side is the v2 entry, the same in git (b9679e2) and in the index (added after the first run of the
    # three pairs above, annotated before their own first run)
    "pindou-privacy-v3": ("privacy", "b9679e2", INDEX),
    "pindou-terms-v3": ("terms", "b9679e2", INDEX),
}


def c(sec, old, new, kind, note=""):
    d = {"old_title": sec, "new_title": sec, "old_text": old, "new_text": new, "kind": kind}
    if note:
        d["note"] = note
    return d


def n(what):
    return {"kind": "noise", "what": what}


def opt(what):
    return {"kind": "optional", "what": what}


MINORS = [
    c("7. 儿童隐私", "7. 儿童隐私", "7. 未成年人隐私保护", "renamed", "the section's title"),
    c(
        "7. 儿童隐私",
        "本工具不面向13岁以下儿童。我们不会故意收集儿童的个人信息。如果您是家长或监护人，发现您的孩子向我们提供了个人信息，请联系我们以便我们删除相关数据。",
        "家长或监护人如发现自己的孩子向我们提供了个人信息，请联系我们以便我们删除相关数据。",
        "modified",
        "the under-13 statement and 不会故意收集 dropped; the parents' sentence kept, reworded (it is the section's last paragraph now)",
    ),
    c(
        "7. 儿童隐私",
        None,
        "根据中国《个人信息保护法》和《儿童个人信息网络保护规定》，不满十四周岁的未成年人的个人信息属于敏感个人信息。",
        "added",
    ),
    c("7. 儿童隐私", None, "本工具的核心功能（拼豆图纸设计、图片转拼豆、模板浏览、教程阅读）无需注册即可使用，对所有人开放。", "added"),
    c(
        "7. 儿童隐私",
        None,
        "当您选择注册账户时，即表示您确认已年满十四周岁，或者已取得您父母或监护人的同意。如果我们发现…将尽快删除相关数据。",
        "added",
        "the age 13 → 14 and guardian consent",
    ),
]

S1, S21, S22, S3, S4, S5, S6, S7, S8, S9 = (
    "1. 引言",
    "2.1 您主动提供的信息",
    "2.2 自动收集的信息",
    "3. 信息的使用",
    "4. 信息的存储与安全",
    "5. 第三方服务",
    "6. 您的权利",
    "7. 未成年人隐私保护",
    "8. 政策更新与版本历史",
    "9. 联系我们",
)
PRIVACY = [
    c(
        S1,
        "…保护您的个人信息。本工具是一个运行在浏览器中的在线拼豆图纸设计工具，绝大多数数据存储在您的本地浏览器中。",
        "…保护您的个人信息，并记录政策版本历史。",
        "modified",
    ),
    c(S1, None, '本工具采用"云端账号 + 本地作品"的混合数据架构：账号与个人资料存于云端…我们无法访问。', "added"),
    c(
        S21,
        "账户信息：当您注册账户时，我们收集您提供的邮箱地址和由此衍生的用户名。这些信息存储在您的浏览器本地存储（localStorage）中。",
        "账户信息：注册时您提供邮箱地址（必需，用于邮箱验证码验证与登录）与密码；可选设置昵称、上传头像。",
        "modified",
    ),
    c(
        S21,
        "作品数据：您使用本工具创建的拼豆图案（包括…）保存在您的浏览器本地存储中。",
        "作品数据：您创建的拼豆图案（…）保存在您的浏览器本地存储（localStorage）中，不会上传至我们的服务器。",
        "modified",
    ),
    c(
        S21,
        "使用偏好：您的语言设置、最近使用的颜色、教程阅读进度、收藏的模板等均存储在浏览器本地存储中。",
        "使用偏好：语言设置、收藏的模板、教程阅读进度等保存在本地浏览器中。",
        "modified",
        "最近使用的颜色 dropped",
    ),
    c(S22, None, "浏览器语言：用于自动适配界面语言（仅支持简体中文、英语、日语、韩语四种，其余语言回退简体中文）。", "added"),
    c(
        S22,
        "性能数据：…（核心网页指标），包括最大内容绘制（LCP）、首次输入延迟（FID）、累积布局偏移（CLS）等。",
        "性能数据：…网页性能指标（LCP、CLS 等）。",
        "modified",
        "FID dropped",
    ),
    c(
        S22,
        "无 Cookie：本工具不使用 Cookie。… / 无第三方广告或追踪器：… (old 4.)",
        "本工具不使用 Cookie，不接入任何广告网络或第三方追踪器。",
        "added",
        "moved from old section 4's two items and merged; an entry for those items' removal shows this change",
    ),
    c(S3, "3. 信息的使用方式", "3. 信息的使用", "renamed"),
    c(S3, "我们使用收集的信息来：", None, "removed"),
    c(S3, "提供、维护和改进本工具的核心功能", None, "removed"),
    c(S3, "保存您的作品和偏好设置，确保刷新页面后数据不丢失", None, "removed"),
    c(S3, "分析使用模式以优化工具性能和用户体验", None, "removed"),
    c(S3, "了解用户群体特征以指导产品发展方向", None, "removed"),
    c(S3, None, "账号验证：注册、登录与找回密码通过邮箱验证码完成 —— …", "added"),
    c(S3, None, "身份展示：您的昵称与头像（若设置）用于站点内的身份展示；头像为公开可见（头像展示需要）。", "added"),
    c(S3, None, "界面适配：根据浏览器语言自动切换界面语言。", "added"),
    c(S3, None, '平台运营管理：…管理员可在后台"用户管理"中查看注册用户的邮箱、昵称、角色、邮箱验证状态与注册时间。…', "added"),
    c(S3, None, "服务改进：匿名化的使用数据用于改进功能与性能。", "added"),
    c(S4, "4. 数据存储与第三方服务", "4. 信息的存储与安全", "renamed"),
    c(
        S4,
        "本地存储：您的账户信息、作品数据和偏好设置全部存储在您自己的浏览器本地存储（localStorage）中。我们不会将这些信息上传到任何服务器。",
        None,
        "removed",
    ),
    c(S4, "第三方服务：", None, "removed", "the lead of old 4's list (the list's third-party item moves to new section 5)"),
    c(
        S5,
        "Vercel：本网站托管于 Vercel 平台。Vercel Analytics 和 Speed Insights 会收集匿名化的使用数据和性能数据。Vercel 的数据处理受其隐私政策约束。",
        "Vercel：网站托管与匿名分析，数据处理受其隐私政策约束。",
        "modified",
        "moved from old 4 to new 5 and shortened",
    ),
    c(
        S4,
        None,
        "云端数据：账号与个人资料存储于 Supabase（PostgreSQL 数据库与对象存储），数据传输全程 TLS 加密；密码经哈希处理存储…",
        "added",
    ),
    c(S4, None, "验证码邮件：通过第三方邮件服务（163 SMTP）发送，仅用于身份验证。", "added"),
    c(S4, None, "作品数据：保存在您的浏览器本地存储中，我们无法访问或收集。", "added"),
    c(
        S4,
        "不要在公共或共享设备上保存账户信息 / 定期清理不需要的本地数据 / 使用最新版本的浏览器以获得最佳安全性 (old 6. 数据安全)",
        "建议：不在公共或共享设备上保持登录状态；定期导出重要作品；使用最新版本浏览器。",
        "modified",
        "old 6's three advice items merged into one item of new 4 (定期清理 → 定期导出)",
    ),
    c(
        S4,
        "我们采用合理的技术措施保护您的数据。但由于数据存储在您的浏览器本地存储中，数据的安全性也取决于您设备和浏览器的安全。我们建议您：",
        None,
        "removed",
        "old section 6 数据安全's lead (the section is gone)",
    ),
    c(S5, None, "Supabase：数据库、认证、文件存储（头像），数据处理受其隐私政策约束。", "added"),
    c(S5, None, "邮件服务商：发送验证码邮件（仅传递邮箱地址与验证码）。", "added"),
    c(
        S6,
        "根据您所在地区的适用法律（包括中国的《个人信息保护法》（PIPL）和欧盟的《通用数据保护条例》（GDPR）），您享有以下权利：",
        None,
        "removed",
    ),
    c(
        S6,
        "访问权：您可以随时在浏览器开发者工具中查看本地存储的所有数据。",
        '访问与更正：您可在"个人资料"中随时修改昵称、更换头像。',
        "modified",
    ),
    c(
        S6,
        "删除权：您可以通过以下方式删除您的数据：在工具内退出登录… / 清除浏览器本地存储… / 删除单个作品…",
        "删除：我们暂未提供账号自助删除功能；如需删除账号及相关云端数据，请通过下方邮箱联系我们，我们将在合理期限内处理。",
        "modified",
        "the three sub-items' removal shows this change too",
    ),
    c(S6, "可携带权：由于数据全部存储在您的浏览器中，您可以随时导出。", "作品数据：您的作品保存在浏览器中，可随时导出或删除。", "modified"),
    c(
        S6,
        "撤回同意：您可以随时通过清除浏览器数据撤回对数据收集的同意。",
        "撤回同意：清除浏览器本地数据即可撤回本地数据的存储。",
        "modified",
    ),
    c(S7, "家长或监护人如发现自己的孩子向我们提供了个人信息，请联系我们以便我们删除相关数据。", None, "removed"),
    c(S8, "8. 政策更新", "8. 政策更新与版本历史", "renamed"),
    c(
        S8,
        '我们可能不时更新本隐私政策。更新后的政策将在本页面上发布，并更新"最后更新"日期。我们建议您定期查看本政策以了解任何变更。',
        "我们可能不时更新本隐私政策。所有版本（含历史版本）均在本页面发布，并标注发布日期；最新版本自发布之日起生效。…",
        "modified",
    ),
    c(S9, None, "邮箱：noreply_tangnotes@163.com", "added"),
]
PRIVACY_NOISE = [
    opt(
        "2.2 使用数据: the list written in parentheses (「，包括访问的页面、…和地理位置（国家级）」 → 「（页面、…、国家级别地理位置）」): the same content reworded"
    ),
    n("section numbers shifting (5. 您的权利 → 6. 您的权利); old 6. 数据安全 gone (its content in new 4, annotated there)"),
    n("the page's <title> and the blank line left by the cut-out date line (extraction)"),
]

T2, T3, T4, T5, T6, T7, T8, T10, T11, T13 = (
    "2. 服务描述",
    "3. 用户账户与安全",
    "4. 用户内容与作品",
    "5. 模板库",
    "6. 使用规范",
    "7. 知识产权",
    "8. 免责声明",
    "10. 账号终止",
    "11. 条款修改与版本历史",
    "13. 联系我们",
)
TERMS = [
    c(
        T2,
        "拼豆Studio是一个免费的在线拼豆图纸设计工具，提供以下核心功能：",
        "拼豆Studio是一个在线拼豆图纸设计工具，提供以下核心功能：",
        "modified",
        "免费 dropped",
    ),
    c(T2, "内置模板库和图文教程", "云端模板库、个人作品管理（保存在您的浏览器本地）与图文教程", "modified"),
    c(T2, None, "可选账号体系：注册后可跨设备登录，设置昵称与头像", "added"),
    c(T3, "3. 用户账户", "3. 用户账户与安全", "renamed"),
    c(
        T3,
        "本工具提供可选的注册登录功能。注册账户的信息（邮箱、用户名）存储在您的浏览器本地存储中。您有责任保护自己的账户信息，不在公共设备上保存登录状态。",
        '注册账户需通过邮箱验证码完成邮箱归属验证（…）。您有责任保护自己的密码，不在公共设备上保持登录状态。账户仅供本人使用；如怀疑账户被盗用，请立即通过"忘记密码"流程重置密码。',
        "modified",
    ),
    c(T4, "4. 用户内容", "4. 用户内容与作品", "renamed"),
    c(
        T4,
        "…我们不会访问、收集或上传您的作品内容到任何服务器。",
        "…我们不会访问、收集或上传您的作品内容到任何服务器。请定期导出备份重要作品。",
        "modified",
    ),
    c(
        T5,
        None,
        "站点内置模板与云端模板库由平台提供并维护（由管理员管理）。模板图案仅供个人创作参考使用，未经许可不得用于商业分发。",
        "added",
        "a new section 5. 模板库",
    ),
    c(T6, None, "恶意批量注册账号、滥用验证码服务", "added"),
    c(T7, "本工具的界面设计、算法实现和文档受知识产权法保护。", "本工具的界面设计、算法实现、模板图案和文档受知识产权法保护。", "modified"),
    c(T8, "由于数据存储在您的本地浏览器中，…", "由于作品数据存储在您的本地浏览器中，…", "modified"),
    c(
        T10,
        None,
        "如您违反本条款或滥用本服务，我们有权暂停或终止您的账号。终止账号不会影响您浏览器中已保存的作品数据。",
        "added",
        "a new section 10. 账号终止",
    ),
    c(T11, "9. 条款修改", "11. 条款修改与版本历史", "renamed"),
    c(
        T11,
        "我们可能不时修改本服务条款。修改后的条款将在本页面上发布。继续使用本工具即表示您接受修改后的条款。",
        '我们可能不时修改本服务条款。所有版本（含历史版本）均在本页面发布，并标注发布日期；最新版本自发布之日起生效。继续使用本工具即表示您接受修改后的条款。您可随时在本页顶部"版本历史"中查阅并跳转查看旧版本。',
        "modified",
    ),
    c(T13, None, "邮箱：noreply_tangnotes@163.com", "added"),
]
TERMS_NOISE = [
    n("section numbers shifting by the two new sections (5. 使用规范 → 6. …, 11. 联系我们 → 13. 联系我们)"),
    n("the page's <title> and the blank line left by the cut-out date line (extraction)"),
]
MINORS_NOISE = [n("the page's <title> and the blank line left by the cut-out date line (extraction)")]

P3 = [
    c(
        S1,
        '本工具采用"云端账号 + 本地作品"…账号与个人资料存于云端（用于跨设备登录与身份展示），您的拼豆作品数据默认保存在您的浏览器本地',
        '本工具采用"云端账号 + 本机作品"…账号、个人资料与您在云端保存的作品存于云端（用于跨设备登录、同步与身份展示），未登录时的拼豆作品数据默认保存在您的浏览器本地',
        "modified",
    ),
    c(
        S21,
        "账户信息：注册时您提供邮箱地址（必需，…）与密码；可选设置昵称、上传头像。",
        "账户信息（注册方式一）：邮箱注册时您提供邮箱地址（必需，…）；可选设置昵称、上传头像。",
        "modified",
    ),
    c(
        S21,
        None,
        '账户信息（注册方式二）：您也可以使用自定义账号注册——提供用户名、昵称、密码与一个可选的"安全密钥"（用于找回密码）。…',
        "added",
    ),
    c(
        S21,
        "作品数据：您创建的拼豆图案（…）保存在您的浏览器本地存储（localStorage）中，不会上传至我们的服务器。",
        "作品数据：登录后您保存的拼豆图案（…）会同步至云端，用于跨设备访问；未登录时仅保存在您的浏览器本地存储（localStorage）中。",
        "modified",
    ),
    c(S21, None, "头像：您上传的头像会存储在我们的对象存储中，用于站点内的身份展示（公开可见）。", "added"),
    c(
        S22,
        "浏览器语言：…（仅支持简体中文、英语、日语、韩语四种，…）",
        "浏览器语言：…（支持简体中文、英语、日语、韩语四种，…）",
        "modified",
        "仅 dropped",
    ),
    c(S22, None, "模板下载量：当您在图库中导出模板图纸时，我们会累计对应模板的下载次数（仅计数，不含您的身份信息）。", "added"),
    c(
        S3,
        "账号验证：…通过邮箱验证码完成 —— …",
        "账号验证：…通过邮箱验证码（邮箱注册）或用户名 + 安全密钥（自定义账号）完成 —— …",
        "modified",
    ),
    c(S3, "身份展示：…头像为公开可见（头像展示需要）。", "身份展示：…头像为公开可见。", "modified"),
    c(S3, None, "作品同步：登录后将您的作品同步至云端，以便跨设备访问与备份。", "added"),
    c(
        S3,
        "平台运营管理：…邮箱验证状态与注册时间。…不包含密码等任何敏感数据…",
        "平台运营管理：…邮箱验证状态、注册时间、最近登录时间与注册方式（邮箱注册 / 自定义账号）。…不包含密码、安全密钥等任何敏感数据…",
        "modified",
    ),
    c(S4, "云端数据：账号与个人资料存储于 Supabase…", "云端数据：账号、个人资料与云端作品存储于 Supabase…", "modified"),
    c(S4, None, "安全密钥：自定义账号的安全密钥以不可逆哈希存储，仅用于找回密码时的校验，我们无法借此获知您的原始密钥。", "added"),
    c(
        S4,
        "验证码邮件：通过第三方邮件服务（163 SMTP）发送，仅用于身份验证。",
        "验证码邮件：通过第三方邮件服务发送，仅用于身份验证。",
        "modified",
        "the provider (163 SMTP) no longer named",
    ),
    c(
        S4,
        "作品数据：保存在您的浏览器本地存储中，我们无法访问或收集。",
        "作品数据：未登录时保存在您的浏览器本地存储中，我们无法访问或收集。",
        "modified",
    ),
    c(S5, "Supabase：数据库、认证、文件存储（头像），…", "Supabase：数据库、认证、文件存储（头像与云端作品），…", "modified"),
    c(
        S6,
        "作品数据：您的作品保存在浏览器中，可随时导出或删除。",
        "作品数据：您的作品可随时导出或删除；未登录时删除浏览器本地数据即可彻底移除。",
        "modified",
    ),
    c(
        S6,
        "撤回同意：清除浏览器本地数据即可撤回本地数据的存储。",
        "撤回同意：清除浏览器本地数据即可撤回本地数据的存储；退出登录即停止账号数据在当前设备的使用。",
        "modified",
    ),
]
P3_NOISE = [opt("2.1 使用偏好: 「等保存」 → 「等偏好保存」 (the same list; a word restated)")]
T3 = [
    c(
        T2,
        "支持Perler、Hama、Artkal三大品牌色卡",
        "支持 Perler、Hama、Artkal、COCO、MARD 等六大品牌色卡（共千余种颜色，支持品牌间颜色重映射）",
        "modified",
    ),
    c(T2, "导出专业级PNG/SVG拼豆图纸", "导出专业级 PNG / SVG 拼豆图纸（含品牌色号标注、颜色清单分组、3 倍超采样高清渲染）", "modified"),
    c(
        T2,
        "云端模板库、个人作品管理（保存在您的浏览器本地）与图文教程",
        "云端模板库（内置 + 管理员维护）、个人作品管理与图文教程",
        "modified",
    ),
    c(T2, "可选账号体系：注册后可跨设备登录，设置昵称与头像", "可选账号体系：注册后可跨设备登录同步作品，设置昵称与头像", "modified"),
    c(T3, None, "本工具提供两种注册方式：", "added"),
    c(
        T3,
        "注册账户需通过邮箱验证码完成邮箱归属验证（验证码经邮件发送，在站点内输入）。",
        "邮箱验证码注册：注册、登录与找回密码通过邮箱验证码完成（验证码经邮件发送，在站点内输入，无需打开外部链接）。",
        "modified",
        "the old paragraph's first sentence, now the first list item: an entry showing either side shows this change",
    ),
    c(T3, None, '自定义账号注册：通过用户名 + 密码注册，可设置一个可选的"安全密钥"用于找回密码。', "added"),
    c(
        T3,
        "您有责任保护自己的密码，不在公共设备上保持登录状态。…",
        "您有责任保护自己的密码与安全密钥，不在公共设备上保持登录状态。…",
        "modified",
    ),
    c(
        T4,
        "…这些数据存储在您的浏览器本地存储中，我们不会访问、收集或上传您的作品内容到任何服务器。请定期导出备份重要作品。",
        "…未登录时作品保存在您的浏览器本地存储中；登录后作品会同步至云端以实现跨设备访问。我们会采取合理措施保护云端作品，但请定期导出备份重要作品。",
        "modified",
        "the promise never to upload works dropped",
    ),
    c(T4, None, "您授予我们仅用于提供服务的必要权限（…），我们不会将您的作品内容用于任何其他目的，也不会向第三方出售或分享。", "added"),
    c(T5, "…（由管理员管理）。", "…（由管理员管理，包含模板的分类、难度与品牌色卡信息，并累计各模板的下载次数）。", "modified"),
    c(T6, "恶意批量注册账号、滥用验证码服务", "恶意批量注册账号、滥用验证码或安全密钥服务", "modified"),
    c(T8, None, "云端服务不会中断（受第三方托管提供商可用性影响）", "added"),
    c(
        T8,
        "由于作品数据存储在您的本地浏览器中，…建议您定期导出重要作品。",
        "由于未登录作品存储在您的本地浏览器中，…建议您定期导出重要作品并登录以启用云端同步。",
        "modified",
    ),
    c(T10, "…不会影响您浏览器中已保存的作品数据。", "…不会影响您浏览器中已保存的本地作品数据。", "modified"),
]
T3_NOISE = [n("2. 服务描述: 「（基于CIEDE2000色彩匹配算法）」 → 「（基于 CIEDE2000 色彩匹配算法）」: spaces around a Latin word only")]

ANN = {
    "pindou-minors": (
        MINORS,
        MINORS_NOISE,
        "the section on children rewritten for minors under 14 (commit: 修正隐私政策未成年人年龄限制为14周岁)",
    ),
    "pindou-privacy-v2": (
        PRIVACY,
        PRIVACY_NOISE,
        "隐私政策 v2.0: cloud accounts (Supabase), email verification codes, an admin view, sections restructured",
    ),
    "pindou-terms-v2": (
        TERMS,
        TERMS_NOISE,
        "服务条款 v2.0: accounts and security, a template library section, account termination, version history",
    ),
    "pindou-privacy-v3": (
        P3,
        P3_NOISE,
        "隐私政策 v3.0: custom accounts with a security key, works synced to the cloud, avatars, template download counts",
    ),
    "pindou-terms-v3": (T3, T3_NOISE, "服务条款 v3.0: two ways to register, works synced to the cloud, a licence grant, more brands"),
}


def sha(path):
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()


def blob(commit):
    if commit == INDEX:  # the rebuilt index text: its sha256
        return "sha256:" + sha(os.path.join(HERE, INDEX))
    return subprocess.run(["git", "-C", REPO, "rev-parse", f"{commit}:{PATH}"], capture_output=True, text=True, check=True).stdout.strip()


if __name__ == "__main__":
    for pair, (kind, old, new) in SRC.items():
        folder = os.path.join(HERE, "pairs", pair)
        for side, commit in (("old", old), ("new", new)):
            text = subprocess.run(
                ["python3", os.path.join(HERE, "tools", "extract.py"), commit, kind], capture_output=True, text=True, check=True, cwd=HERE
            ).stdout
            with open(os.path.join(folder, f"{side}.html"), encoding="utf-8") as fh:
                assert fh.read() == text, (pair, side)
        changes, noise, note = ANN[pair]

        def full(cm):
            return (
                "index:63512500837 (rebuilt: " + cm + ")"
                if cm == INDEX
                else subprocess.run(["git", "-C", REPO, "rev-parse", cm], capture_output=True, text=True, check=True).stdout.strip()
            )

        d = {
            "pair": pair,
            "source": {
                side: {
                    "repo": "Aswellle/Pindou-Studio",
                    "commit": full(cm),
                    "path": PATH,
                    "blob": blob(cm),
                    "extracted": kind,
                    "sha256": sha(os.path.join(HERE, "pairs", pair, f"{side}.html")),
                }
                for side, cm in (("old", old), ("new", new))
            },
            "license": "MIT (LICENSE in the repository)",
            "note": note,
            "changes": changes,
            "noise": noise,
        }
        with open(os.path.join(HERE, "pairs", pair, "annotation.json"), "w", encoding="utf-8") as fh:
            json.dump(d, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print(pair, len(changes), "changes")
