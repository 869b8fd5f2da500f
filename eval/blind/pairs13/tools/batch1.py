"""Annotations for the seven history pairs (two commits of one file), written from git diff --word-diff and the texts
before any policylens run (a9p, pairs13)."""
from ann import C, N, src, write

H = {}

# ---------------------------------------------------------------- phesleep-simplify
n = "phesleep-simplify"
S1o, S1n = "1. 收集的信息", "1. 我不收集任何数据"
H[n] = write(n, {
    "source": src(n, "147356/phesleep-support", "147356+phesleep-support", "none (no licence file seen)", "047cc1b", "privacy.html", "36c29c9", "privacy.html", "html"),
    "changed": [
        {"old_title": "隐私政策", "new_title": "隐私政策", "kind": "modified", "note": "核心承诺 card"},
        {"old_title": S1o, "new_title": S1n, "kind": "renamed+modified"},
        {"old_title": "2. 信息的使用方式", "new_title": None, "kind": "removed"},
        {"old_title": "3. 数据存储", "new_title": "2. 本地存储", "kind": "renamed+modified"},
        {"old_title": "4. 第三方服务", "new_title": "3. 第三方服务", "kind": "modified", "note": "renumbered 4 -> 3 (noise) + 出售 -> 出售或分享"},
        {"old_title": "5. 你的权利", "new_title": None, "kind": "removed"},
        {"old_title": "6. 联系我", "new_title": "4. 联系与反馈", "kind": "renamed+modified"},
    ],
    "noise_only": [],
    "unchanged": [],
    "changes": [
        C("隐私政策", "隐私政策", "核心承诺：Phesleep 遵循「数据最小化」原则，我不收集任何生理数据，你的隐私是首要考量。",
          "核心承诺：Phesleep 不收集任何用户数据。无需注册账号，你的隐私是首要考量。", "wording", note="the highlight card before section 1 (under <h1>隐私政策 / 最后更新)"),
        C(S1o, S1n, "<h2>1. 收集的信息</h2>", "<h2>1. 我不收集任何数据</h2>", "heading", note="a rename of section 1 is the right report"),
        C(S1o, S1n, "我秉持最小化数据收集原则：", "Phesleep 不收集、不存储、不上传任何用户数据：", "wording"),
        C(S1o, S1n, "账户信息：仅在你选择注册时收集邮箱地址（可选） / 使用偏好：你选择的音色、语言等设置（本地存储） / 设备信息：用于应用兼容性的基本设备型号信息", "", "removed",
          note="the list of collected data (3 <li>) is removed"),
        C(S1o, S1n, "我不收集： 任何生理数据（心率、睡眠周期等） / 睡眠监测数据 / 使用时长统计 / 位置信息 / 通讯录或其他个人数据",
          "无需注册账号 / 不收集个人信息 / 不收集生理数据（心率、睡眠周期等） / 不监测睡眠数据 / 不统计使用时长 / 不收集位置信息", "wording",
          note="the 'I do not collect' list: label dropped, items reworded with 不…, 通讯录或其他个人数据 dropped, 无需注册账号 and 不收集个人信息 added; credit: any entry on these lines"),
        C("2. 信息的使用方式", None, "收集的有限信息仅用于：提供和改善应用功能 / 保存你的个性化设置 / 提供技术支持服务", "", "removed", note="whole section removed"),
        C("3. 数据存储", "2. 本地存储", "<h2>3. 数据存储</h2>", "<h2>2. 本地存储</h2>", "heading", note="数据存储 -> 本地存储 (the 3 -> 2 renumbering alone would be noise)"),
        C("3. 数据存储", "2. 本地存储", "本地存储优先：语音包和偏好设置存储在你的设备上", "完全本地：语音包和偏好设置仅存储在你的设备上", "wording"),
        C("3. 数据存储", "2. 本地存储", "无云端同步：我不会将你的使用数据上传至云端", "无云端同步：没有任何数据上传至云端", "wording"),
        C("4. 第三方服务", "3. 第三方服务", "我不会向任何第三方出售你的个人信息。", "我不会向任何第三方出售或分享你的个人信息。", "wording"),
        C("5. 你的权利", None, "访问和导出你的数据 / 删除你的账户和相关数据 / 选择退出任何可选的数据收集 / 如需行使这些权利，请联系：phesleep@outlook.com", "", "removed", note="whole section removed"),
        C("6. 联系我", "4. 联系与反馈", "<h2>6. 联系我</h2>", "<h2>4. 联系与反馈</h2>", "heading"),
        C("6. 联系我", "4. 联系与反馈", "如果你对本隐私政策有任何疑问，请联系：", "如果你主动通过邮件联系我，我会收到你发送的邮件内容，仅用于回复你的问题。", "wording"),
    ],
    "noise": [
        N("4. 第三方服务", "3. 第三方服务", "<h2>4. 第三方服务</h2>", "<h2>3. 第三方服务</h2>", "renumber", note="renumbering only; must not be a change entry or a section error"),
    ],
    "notes": "zh-Hans HTML, one commit 36c29c9 ('简化隐私政策 - 不收集任何数据，无需注册账号'). Six numbered <h2> cards become four: sections 2 (使用方式) and 5 (你的权利) removed, the rest renumbered, three headings reworded. <head>, nav and 最后更新：2026年1月 unchanged. 13 changes, 1 noise.",
})

# ---------------------------------------------------------------- fingerchase-expand
n = "fingerchase-expand"
H[n] = write(n, {
    "source": src(n, "962412311/Fingerchase-Support", "962412311+Fingerchase-Support", "none (no licence file seen)", "58ad4a7", "privacy.html", "d88bbe0", "privacy.html", "html"),
    "changed": [
        {"old_title": "我们处理的信息", "new_title": "3. 保存在设备上的信息", "kind": "renamed+modified"},
        {"old_title": "本机处理与存储", "new_title": "4. 文件与用户提供的内容", "kind": "renamed+modified"},
        {"old_title": "订阅与付款", "new_title": "6. 订阅、购买与诊断", "kind": "renamed+modified"},
        {"old_title": "系统权限", "new_title": "5. 麦克风处理", "kind": "renamed+modified", "note": "file-picker sentence of the old 系统权限 goes to new section 4"},
        {"old_title": "保留与删除", "new_title": "10. 保留、删除与备份", "kind": "renamed+modified"},
        {"old_title": "儿童隐私", "new_title": "13. 儿童隐私", "kind": "modified", "note": "number added only to the heading"},
        {"old_title": "政策更新与联系", "new_title": "15. 政策变更与联系", "kind": "renamed+modified"},
    ] + [{"old_title": None, "new_title": t, "kind": "added"} for t in [
        "1. 适用范围与提供者", "2. 隐私概要", "7. 我们不收集的信息", "8. 第三方、外部链接与分享", "9. 处理目的与法律依据", "11. 你的选择与权利", "12. 安全措施与剩余风险", "14. 跨境处理"]],
    "noise_only": [],
    "unchanged": ["指尖逐音隐私政策 (h1, nav, 生效日期 2026 年 7 月 18 日: unchanged)"],
    "changes": [
        C("我们处理的信息", "3. 保存在设备上的信息", "指尖逐音会在设备上保存你的练习记录、收藏、设置、个人导入曲谱及转换结果，以提供练习、历史恢复和个性化体验。使用麦克风跟弹、图片/PDF 识谱或音频转谱时，相关内容仅在你主动选择功能后处理。",
          "App 可能在设备上保存练习和浏览历史、收藏、设置、首次引导和每日目标选择、体验及权益计数、永久解锁曲目、个人曲谱元数据与文件、转换结果、钢琴校准数据和识别优化参数。这些信息只用于…，不会通过我们运营的 App 服务器发送给我们。", "wording",
          note="paragraph rewritten; heading renamed (a rename or a removed+added pair is acceptable)"),
        C("本机处理与存储", "4. 文件与用户提供的内容", "练习分析、个人曲谱、图片/PDF 识谱和音频转谱以本机使用为原则。App 不提供个人曲谱、音符数据或录音的公开链接、分享、导出或打印功能。",
          "结构化曲谱、图片、PDF 和音频只会在你通过系统文件选择器明确选取后访问。App 可能把所选文件复制到…。个人内容不会上传给我们。App 不为个人曲谱、音符数据、源文件或录音提供公开链接、导出、打印或分享功能。你只应导入…", "wording"),
        C("订阅与付款", "6. 订阅、购买与诊断", "订阅购买、续订、退款和付款信息由 Apple 处理。指尖逐音不会取得你的完整银行卡或 Apple 账户付款凭据，但会读取 Apple 提供的订阅状态，以决定 Pro 权益是否有效。",
          "购买、续订、退款、付款凭据、反欺诈处理和 Apple 账户信息由 Apple 处理。App 仅通过 StoreKit 接收…；我们不会取得你的完整银行卡资料。根据你的设备和 Apple 隐私设置，Apple 还可能向我们提供有限的崩溃报告或汇总诊断…", "wording"),
        C("系统权限", "5. 麦克风处理", "麦克风权限仅在你主动使用真实钢琴跟弹或校准功能时请求，你可以随时在系统设置中撤回。图片、PDF、音频及结构化曲谱只会在你通过系统文件选择器明确选取后由 App 处理，App 不会持续访问你的文件库。",
          "只有当你主动开始真实钢琴跟弹、校准或识别优化时，App 才会请求麦克风权限。功能运行期间，音频帧在设备上实时分析；原始麦克风音频不会上传给我们，也不会被 App 保存为录音。…请仅在合适的环境中使用…", "wording"),
        C("保留与删除", "10. 保留、删除与备份", "本机数据会保留至你在 App 内删除相关内容或卸载 App。订阅到期不会删除已有个人曲谱、永久曲目、历史或设置。",
          "你可以在 App 内删除个人曲谱及其关联练习数据…。卸载会从该设备移除…，但已有设备备份或云备份可能…继续保存副本…。订阅记录由 Apple 保留，删除 App 不会取消订阅。GitHub 和外部网站会…", "wording"),
        C("儿童隐私", "13. 儿童隐私", "指尖逐音不要求创建账户，也不会以广告为目的收集儿童个人信息。监护人应根据当地要求监督未成年人的设备和购买行为。",
          "指尖逐音不要求账户、不提供定向广告，也不会明知而通过我们运营的 App 服务器收集儿童个人信息。监护人应根据当地法律监督未成年人的设备使用、文件导入、麦克风使用、外部链接、分享和购买。Apple 提供适用的购买及家庭控制。", "wording"),
        C("政策更新与联系", "15. 政策变更与联系", "如果功能或数据处理方式发生实质变化，我们会更新本政策及生效日期。如有隐私问题，请通过支持入口联系我们，并避免提交敏感资料。",
          "在引入重大数据处理变化之前或同时，我们会更新本政策及生效日期。如有一般隐私问题，请使用我们的公开支持页面。GitHub Issue 是公开内容，请不要填写任何个人或敏感信息。本机 App 数据应…", "wording"),
        C(None, "1. 适用范围与提供者", "", "本政策适用于指尖逐音 App 及其官方支持网页。本政策中的“我们”指 App Store 所示的 App 提供者 Parsifal Chen。Apple、GitHub、…独立处理信息。", "added"),
        C(None, "2. 隐私概要", "", "指尖逐音以本机运行为主要原则。当前版本中，我们没有运营用于接收或保存…的服务器。但当你使用 Apple 订阅服务、打开外部链接…时，仍可能发生网络通信。", "added"),
        C(None, "7. 我们不收集的信息", "", "当前版本不要求创建指尖逐音账户，也不索取你的姓名、电子邮件、通讯录…。我们不集成第三方广告或分析 SDK…不出售个人信息…", "added"),
        C(None, "8. 第三方、外部链接与分享", "", "Apple 提供 App Store 和订阅服务。本支持站点由 GitHub Pages 托管；GitHub 明确说明会出于安全目的记录访问者 IP 地址。GitHub Issue 是公开内容…", "added"),
        C(None, "9. 处理目的与法律依据", "", "在适用法律要求说明法律依据的地区，本机处理用于…；订阅处理…；有限诊断可能基于…正当利益…", "added"),
        C(None, "11. 你的选择与权利", "", "你可以在系统设置中撤回麦克风权限…。根据所在地法律，你可能…享有知情、访问、更正、删除、限制、反对、可携带或撤回同意等权利…", "added"),
        C(None, "12. 安全措施与剩余风险", "", "我们通过 App 范围内的私有存储、系统权限控制…降低风险，但…无法保证绝对安全。剩余风险包括：…", "added"),
        C(None, "14. 跨境处理", "", "我们不运营 App 内容服务器，也不会把你的个人曲谱、练习历史或麦克风音频跨境传输。Apple、GitHub…可能…在其他国家或地区处理信息。", "added"),
    ],
    "noise": [
        N("儿童隐私", "13. 儿童隐私", "<h2>儿童隐私</h2>", '<h2 id="children">13. 儿童隐私</h2>', "renumber", note="number and id added to an unchanged heading: not a rename"),
        N(None, None, "<h2>…</h2>", '<h2 id="…">…</h2>', "markup", note="every <h2> gets an id attribute"),
    ],
    "notes": "zh-Hans HTML, one commit d88bbe0 ('Expand localized privacy disclosures'): 7 unnumbered <h2> sections become 15 numbered ones; each old paragraph is rewritten (7 wording changes, matched by topic) and 8 sections are new. Section matching is the test: 儿童隐私 -> 13. 儿童隐私 must not be a rename error; the old 系统权限 (microphone + file picker) best matches 5. 麦克风处理; a removed+added report for a renamed, rewritten section is acceptable. <head>, nav, h1 and 生效日期 are unchanged. 15 changes.",
})

# ---------------------------------------------------------------- hairstyle-developer
n = "hairstyle-developer"
P, S1, S13 = "隐私政策", "1. 引言", "13. 联系我们"
H[n] = write(n, {
    "source": src(n, "luhongwu/app-privacy-policy", "luhongwu+app-privacy-policy", "none (no licence file seen)", "108d9c9~1", "privacy-policy/zh.md", "108d9c9", "privacy-policy/zh.md", "md"),
    "changed": [{"old_title": P, "new_title": P, "kind": "modified"}, {"old_title": S1, "new_title": S1, "kind": "modified"}, {"old_title": S13, "new_title": S13, "kind": "modified"}],
    "noise_only": [],
    "unchanged": ["2. 我们不收集的信息", "3. …", "12. 隐私政策的更新"],
    "changes": [
        C(P, P, "**开发者**：HONGWU LU", "**开发者**：BoboBru", "rename", note="developer (party) renamed in the metadata block"),
        C(P, P, "**联系邮箱**：hongwu.lu@outlook.com", "", "contact", note="contact e-mail line removed from the metadata block"),
        C(S1, S1, "本隐私政策适用于由 HONGWU LU（以下简称\"我们\"或\"开发者\"）开发并发布的移动应用…", "本隐私政策适用于由 BoboBru（以下简称\"我们\"或\"开发者\"）开发并发布的移动应用…", "rename"),
        C(S13, S13, "- **开发者**：HONGWU LU", "- **开发者**：BoboBru", "rename"),
        C(S13, S13, "- **电子邮箱**：hongwu.lu@outlook.com", "", "contact", note="contact e-mail bullet removed"),
    ],
    "noise": [],
    "notes": "zh-Hans Markdown, one commit 108d9c9 ('update developer name to BoboBru and remove contact email'). The developer (the party responsible) HONGWU LU -> BoboBru in three places; the contact e-mail removed in two. 5 changes, no noise.",
})

# ---------------------------------------------------------------- hairstyle-format
n = "hairstyle-format"
H[n] = write(n, {
    "source": src(n, "luhongwu/app-privacy-policy", "luhongwu+app-privacy-policy", "none (no licence file seen)", "73b067c~1", "privacy-policy/zh.md", "73b067c", "privacy-policy/zh.md", "md"),
    "changed": [],
    "noise_only": [{"old_title": "隐私政策", "new_title": "隐私政策", "note": "blank lines between the five metadata lines"}],
    "unchanged": ["all numbered sections"],
    "changes": [],
    "noise": [
        N("隐私政策", "隐私政策", "**应用名称**：…\\n**开发者**：HONGWU LU\\n**生效日期**：…\\n**最后更新**：…\\n**联系邮箱**：…", "**应用名称**：…\\n\\n**开发者**：HONGWU LU\\n\\n**生效日期**：…\\n\\n**最后更新**：…\\n\\n**联系邮箱**：…", "whitespace",
          note="commit 73b067c 'add blank lines between metadata fields for proper line breaks': one Markdown paragraph of five lines becomes five paragraphs; text identical"),
    ],
    "notes": "zh-Hans Markdown, formatting-only pair (4 blank lines added in the metadata block). Expected: zero changes.",
})

# ---------------------------------------------------------------- hairstyle-sections
n = "hairstyle-sections"
S2, S4, S7, S9, S10, S11, S12 = ("2. 我们不收集的信息", "4. 本地存储的数据", "7. 第三方服务", "9. 数据保留与删除", "10. 儿童隐私", "11. 您的权利", "12. 隐私政策的更新")
H[n] = write(n, {
    "source": src(n, "luhongwu/app-privacy-policy", "luhongwu+app-privacy-policy", "none (no licence file seen)", "004ed26~1", "privacy-policy/zh.md", "004ed26", "privacy-policy/zh.md", "md"),
    "changed": [{"old_title": t, "new_title": t, "kind": "modified"} for t in [P, S2, S4, S7, S9, S10, S11, S12, S13]],
    "noise_only": [],
    "unchanged": [S1, "3. 您主动提供的照片及其使用", "3.1 照片的来源", "3.2 照片的用途", "3.3 我们不做的事", "5. 设备权限说明", "6. 支付信息", "8. 数据安全"],
    "changes": [
        C(P, P, "**最后更新**：2026 年 7 月 28 日", "**最后更新**：2026 年 8 月 8 日", "date"),
        C(S2, S2, "", "**本应用不出售、亦不与任何第三方共享您的个人信息**（包括敏感个人信息如…人脸信息）。如您为美国加州居民，您享有 CCPA/CPRA 项下的…权利…", "added"),
        C(S4, S4, "| 服务使用统计数据 | 设备加密存储 | 用于维护服务公平性与正常运行 |", "", "removed", note="table row removed"),
        C(S4, S4, "", "**关于\"服务使用统计\"的说明**：本应用本身**不维护独立的本地\"使用统计\"数据库**。第 7 条所述 Firebase Analytics…", "added"),
        C(S7, S7, "| 应用商店 | 应用分发、订阅购买 | 由应用商店按其隐私政策处理 |", "| 应用商店（Apple App Store / Google Play） | 应用分发、订阅购买与计费 | 您主动提供的订阅相关信息（如购买凭证、订阅标识、订单号）；本应用不接收支付卡号… |", "wording", note="table row"),
        C(S7, S7, "本应用所依赖的第三方 AI 图像处理服务部署于中国境内。依据中国《个人信息保护法》，您的个人信息不会被传输至中国境外（不构成个人信息出境）；若您身处中国境外，…我们采用合同等合理保障措施。",
          "**跨境传输与境外接收方保障**：…我们依据实际部署情况**分别**说明…\\n- **第三方 AI 图像处理服务**：…可能构成跨境传输：\\n  - 若您位于中国境内而该服务部署于境外：…标准合同…PIPIA…\\n  - 若您位于中国境外而该服务部署于境内：…SCCs…TIA…\\n  - 若该服务实际部署于您所在同一司法辖区：…", "wording",
          note="the cross-border paragraph (服务部署于中国境内, 不构成个人信息出境) is replaced by an intro and a three-case bullet"),
        C(S7, S7, "", "- **Firebase Analytics（Google，部署于美国及欧盟等多区）**：作为典型境外 SDK，自中国境内使用本应用时构成个人信息出境。…SCCs（2021/914）…", "added"),
        C(S7, S7, "", "- **可能集成或未来集成的其他第三方 SDK**：若该 SDK 部署于**境内**…；若…**境外**…SCCs / 中国标准合同 / PIPIA…", "added"),
        C(S7, S7, "", "无论上述何种情形，我们均采取以下**通用保障措施**：（1）…最少数据；（2）…HTTPS / TLS 加密；（3）定期审查…；（4）…", "added"),
        C(S9, S9, "- **任务恢复数据**：进行中任务的恢复信息在 24 小时后自动过期失效。", "- **任务恢复数据**：进行中任务的恢复信息在 24 小时后自动过期失效；过期数据将通过**安全覆写**方式从本地存储中删除，使其不可恢复。", "wording"),
        C(S10, S10, "本应用可供 **13 周岁及以上**用户使用。", "本应用可供以下用户使用：\\n- **16 周岁及以上**用户（位于欧盟、英国、瑞士及其他适用 GDPR 的地区）；\\n- **13 周岁及以上**用户（位于美国、加拿大及其他地区）。", "wording",
          note="minimum age: 13 everywhere -> 16 (GDPR regions) / 13 (elsewhere); the old sentence is the start of the section's one paragraph"),
        C(S10, S10, "对于不满 14 周岁的儿童（依中国《儿童个人信息网络保护规定》属于儿童），监护人应当…", "对于未达上述年龄门槛的儿童（具体阈值依您所在司法辖区而定），监护人应当…", "wording",
          note="same old paragraph as the previous change; a single entry covering the whole paragraph covers both"),
        C(S11, S11, "", "- 在适用法律要求范围内（如欧盟 GDPR 第 20 条），您有权以**结构化、常用且机器可读的格式**获取您本地数据…的副本。", "added"),
        C(S12, S12, "…重大变更时，我们会在应用内以合理方式提示。建议您定期查阅…", "…重大变更时，我们会在应用内以合理方式提示。**\"重大变更\"包括但不限于**：新增数据收集项或字段、变更第三方服务或第三方 SDK、调整跨境传输机制、变更您的权利或行使方式、修改数据保留期限等。建议您定期查阅…", "wording"),
        C(S13, S13, "", "- **联系邮箱**：hongwu.lu@outlook.com", "contact", note="contact e-mail bullet added back (removed in 108d9c9)"),
        C(S13, S13, "我们将在收到您的反馈后尽快回复（通常在 7 个工作日内）。", "我们将在收到您的反馈后尽快回复（通常在 7 个工作日内；涉及个人数据相关的请求…我们将在 **30 个日历日**内回复，复杂情形最多可延长至 60 日并告知您延长原因）。", "wording"),
    ],
    "noise": [],
    "notes": "zh-Hans Markdown, one commit 004ed26 ('同步 HairStyleApp 协议更新（跨境传输/儿童年龄/补偿/SDK动态调整）'). No heading changes; 16 changes in 9 sections: date, added paragraphs and bullets, a removed table row, a rewritten table row, the cross-border paragraph replaced by nested bullets, the minimum age split by region, a 30-day reply deadline. No noise.",
})

# ---------------------------------------------------------------- postwall-vue-rename
n = "postwall-vue-rename"
H[n] = write(n, {
    "source": src(n, "zzsqwq/Postwall-MiniApp-uni", "zzsqwq+Postwall-MiniApp-uni", "none (no licence file seen)", "51f6f3b", "pages/privacy/privacy.vue", "abc6e89", "pages/privacy/privacy.vue", "vue"),
    "changed": [{"old_title": "隐私说明", "new_title": "隐私说明", "kind": "modified", "note": "the intro line (fui-page__desc) before the first fui-section__title"}],
    "noise_only": [{"old_title": None, "new_title": None, "note": "line endings: 23 lines (template body lines 6-29 and two lines of <style>) go from LF to CRLF (the old file was mixed)"}],
    "unchanged": ["开发者收集的信息", "开发者对信息的存储", "开发者对信息的使用规则", "信息对外提供", "您的权益"],
    "changes": [
        C("隐私说明", "隐私说明", "本说明是实高自助贴贴墙小程序开发者（以下简称“开发者”）为处理您的个人信息而制定。", "本说明是自助贴贴墙小程序开发者（以下简称“开发者”）为处理您的个人信息而制定。", "rename",
          note="the mini-program is renamed 实高自助贴贴墙 -> 自助贴贴墙 (the school name 实高 dropped)"),
    ],
    "noise": [
        N(None, None, "(LF line endings, lines 6-29 and 73-75)", "(CRLF line endings)", "whitespace", note="every body line of the template (fui-text text=… attributes, section titles, contact, 更新日期, 生效日期) changes only its line ending"),
    ],
    "notes": "zh-Hans uni-app .vue page (WeChat mini-program): headings are <view class=\"fui-section__title\">, paragraphs are text=\"…\" attributes of <fui-text> components; a commented-out older copy follows (<!-- … -->, identical in both). One commit abc6e89. 1 change (product rename), line-ending noise on 23 lines.",
})

# ---------------------------------------------------------------- jiajia-txt-operator
n = "jiajia-txt-operator"
H[n] = write(n, {
    "source": src(n, "1584473099/game-privacy", "1584473099+game-privacy", "none (no licence file seen)", "95cfe9b", "privacy.txt", "820420a", "privacy.txt", "txt"),
    "changed": [{"old_title": "一、开发者信息", "new_title": "一、开发者信息", "kind": "modified"}],
    "noise_only": [{"old_title": None, "new_title": None, "note": "newline added at end of file"}],
    "unchanged": ["《FunRoad》隐私政策", "二、信息收集与使用", "三、权限申请说明", "四、数据安全措施", "五、用户权利", "六、如何联系我们 (邮寄地址 line unchanged but for the final newline)"],
    "changes": [
        C("一、开发者信息", "一、开发者信息", "", "运营商：佳佳娱乐", "added", note="a new party (the operator) is named; the blank line after 开发者名称 is replaced by it"),
    ],
    "noise": [
        N(None, None, "邮寄地址：武汉市东西湖区将军新村5期", "邮寄地址：武汉市东西湖区将军新村5期\\n", "whitespace", note="final newline added"),
    ],
    "notes": "zh-Hans plain text (a game's policy), one commit 820420a. 1 change: the operator 佳佳娱乐 added in section 一; the trailing newline is noise.",
})
