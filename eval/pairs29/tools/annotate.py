"""Write pairs/<name>/annotation.json for pairs29 (u29b), by hand from `git diff --word-diff`, before any run.  Format of
eval/pairs26 (dev22d): `changes` the true changes, one per edit place (a paragraph, a list item, a table row or cell, a
heading); `noise` what must not be reported (kind `optional`: tolerated either way)."""

import json
import os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REPOS = {"purpgo": "beansKingdom/purpgo_support", "unidocs": "dcloudio/unidocs-zh"}
LICENCE = {
    "purpgo": "none seen in the repository; kept for evaluation only",
    "unidocs": "none seen in the repository's tree; kept for evaluation only",
}


def c(ot, nt, old, new, kind, note=""):
    d = {"old_title": ot, "new_title": nt, "old_text": old, "new_text": new, "kind": kind}
    if note:
        d["note"] = note
    return d


def s(t):
    return (t, t)


A = {}
PP = "PurpGo 隐私政策"
PT = "PurpGo 用户协议"
FIELDS = c(
    PP,
    PP,
    "**生效日期：2026年5月2日** / **开发者：…** / **联系方式：…**",
    "**生效日期：** 2026年5月2日 / …",
    "markup",
    "bold narrowed to the field labels (three lines)",
)
A["purpgo-reexport"] = (
    [c(*s("七、联系方式"), "*开发者（个人）：何凌云*", None, "removed", "italic footer line after the rule")],
    [
        FIELDS,
        c(*s("七、联系方式"), "**邮箱：hlyaction@gmail.com**", "**邮箱：** hlyaction@gmail.com", "markup", "bold narrowed to the label"),
    ],
    "Markdown moved from privacy-zh.md to zh/privacy.md: bold narrowed to the labels, one footer line removed. 1 change.",
)
A["purpgo-terms-reexport"] = (
    [c(*s("九、联系方式"), "*开发者（个人）：何凌云*", None, "removed", "italic footer line after the rule")],
    [
        {**FIELDS, "old_title": PT, "new_title": PT},
        c(*s("九、联系方式"), "**邮箱：hlyaction@gmail.com**", "**邮箱：** hlyaction@gmail.com", "markup"),
    ],
    "terms-zh.md → zh/terms.md: the same re-export as purpgo-reexport. 1 change.",
)
S1 = "一、我们收集的信息"
A["purpgo-privacy"] = (
    [
        c(*s(PP), "**生效日期：** 2026年5月2日", "**生效日期：** 2026年5月5日", "date"),
        c(*s("引言"), "PurpGo 采用完全本地化存储，…", "PurpGo 是一款个人语音待办管理应用。…本隐私政策旨在清晰说明…", "modified"),
        c(
            *s(S1),
            "- **麦克风**：仅用于语音转文字，音频由 Apple 处理，不存储音频文件。",
            "**1. 麦克风权限** - 用于实现语音转文字功能… - 音频识别由 Apple 系统级…",
            "modified",
            "item → a bold label and items",
        ),
        c(*s(S1), None, "- 您可以在设备的“设置-隐私-麦克风”中随时关闭此权限。", "added"),
        c(*s(S1), "- **通知**：用于发送提醒，在本地触发。", "**2. 通知权限** - 用于在本地触发任务提醒通知。", "modified"),
        c(*s(S1), None, "- 所有提醒完全在设备本地计算和触发，不上传至任何服务器。", "added"),
        c(*s(S1), "- **本地存储**：所有待办、设置、偏好保存在您的设备上。", "**3. 本地存储** - 您的所有待办任务、日历数据…", "modified"),
        c(*s(S1), None, "- 开发者无法远程访问、查看或获取您的任何数据。", "added"),
        c(
            *s(S1),
            "- **日志**：仅记录运行状态，您主动分享时才会发送，不会自动获取。",
            "**4. 日志信息** - 应用仅在本地记录运行状态日志…",
            "modified",
        ),
        c(*s(S1), None, "- 日志信息不会自动上传。仅在您主动通过“我的”页面选择分享日志时…", "added"),
        c(
            *s(S1),
            None,
            "**5. 订阅信息** + three items (App Store, anonymous status, Pro unlock)",
            "added",
            "a block: any of its entries counts",
        ),
        c(*s("二、信息的使用"), "上述权限仅用于核心功能…", "以上所述的所有权限和数据仅用于实现 PurpGo 的核心功能…", "modified"),
        c(
            *s("三、数据的存储与安全"),
            "所有数据仅存储在您的设备本地，开发者无法访问。建议启用设备加密…",
            "four items (sandbox, Touch ID/iCloud backup, exports, uninstall)",
            "modified",
            "a paragraph → four items",
        ),
        c(
            *s("四、第三方服务"),
            "仅集成 Apple 语音识别框架，受 Apple 隐私政策约束。无其他第三方追踪或广告。",
            "本应用集成以下第三方服务： / - **Apple 语音识别框架（Speech Framework）**… / 本应用不集成任何第三方分析工具…",
            "modified",
        ),
        c(*s("四、第三方服务"), None, "- **Apple 应用内购买（StoreKit）**：…", "added", "a processor added"),
        c(
            *s("五、儿童隐私"),
            "我们不主动收集 13 岁以下儿童的个人信息。",
            "本应用不主动收集…如您为监护人…请联系我们以便及时删除。",
            "modified",
        ),
        c("六、政策更新", "六、隐私政策更新", "六、政策更新", "六、隐私政策更新", "renamed"),
        c(
            "六、政策更新",
            "六、隐私政策更新",
            "政策更新时将在应用内显著通知，继续使用即视为同意。",
            "我们可能会不时更新本隐私政策。…",
            "modified",
        ),
        c(*s("七、联系方式"), "如有疑问，请联系：", "如对本隐私政策有任何疑问、意见或建议，请通过以下方式联系我们：", "modified"),
        c(*s("七、联系方式"), None, "**开发者：** 何凌云", "added"),
        c(*s("七、联系方式"), "*更新日期：2026年5月2日*", "*最后更新：2026年5月5日*", "date", "footer"),
    ],
    [],
    "Commit 'Update privacy.md': intro, items turned into labelled groups, subscription data and StoreKit disclosed, a heading reworded, dates. 21 changes.",
)
T = [
    (a, b)
    for a, b in [
        ("二、使用规则", "三、使用规则"),
        ("三、账号与数据", "四、账号与数据"),
        ("四、隐私保护", "五、隐私保护"),
        ("五、免责声明", "七、免责声明"),
        ("六、知识产权", "六、知识产权"),
        ("七、协议变更", "八、协议变更"),
        ("八、法律适用与争议解决", "九、法律适用与争议解决"),
        ("九、联系方式", "十、联系方式"),
    ]
]
R = dict(T)
A["purpgo-terms-pro"] = (
    [
        c(*s(PT), "**生效日期：** 2026年5月2日", "**生效日期：** 2026年5月5日", "date"),
        c(*s("引言"), "欢迎使用 PurpGo。本协议是您与开发者之间…", "欢迎使用 PurpGo（以下简称“本软件”）。…", "modified"),
        c(*s("引言"), "**一旦使用即视为同意全部条款，若不同意请勿使用。**", "**请您仔细阅读本协议的全部条款。…**", "modified"),
        c(
            *s("一、服务内容"),
            "PurpGo 是一款个人语音待办管理工具…本软件完全免费，不含内购或订阅。",
            "1.1 PurpGo 是一款个人语音待办管理应用…",
            "modified",
        ),
        c(*s("一、服务内容"), None, "1.2 **免费版功能包括：** + nine items", "added", "a block"),
        c(*s("一、服务内容"), None, "1.3 **Pro 订阅功能包括但不限于：** + three items", "added", "a block"),
        c(*s("一、服务内容"), None, "实际 Pro 功能以应用内展示为准。…", "added"),
        c(*s("一、服务内容"), None, "1.4 本软件基础功能完全免费，Pro 功能需要…订阅解锁。", "added"),
        c(None, "二、订阅条款", None, "### 二、订阅条款 2.1–2.6", "added", "a section inserted as 二 (the later ones renumbered)"),
        c("二、使用规则", "三、使用规则", "- 仅限个人合法使用…", "3.1 您承诺仅将本软件用于个人合法目的…", "modified"),
        c("二、使用规则", "三、使用规则", "- 禁止反向工程、修改、破解或利用漏洞。", "3.2 您不得对软件进行反向工程…", "modified"),
        c("二、使用规则", "三、使用规则", "- 请妥善保管设备和数据…", "3.3 您应妥善保管自己的设备和数据…", "modified"),
        c("三、账号与数据", "四、账号与数据", "- 无需注册或登录，所有数据存储在本地。", "4.1 本软件无需注册或登录…", "modified"),
        c("三、账号与数据", "四、账号与数据", "- 开发者无法访问或恢复您的数据，请定期备份。", "4.2 **数据备份是您的责任。** …", "modified"),
        c(
            "三、账号与数据",
            "四、账号与数据",
            "- 卸载应用将永久删除所有本地数据。",
            "4.3 卸载本应用将永久删除…此操作不可撤销。",
            "modified",
        ),
        c("四、隐私保护", "五、隐私保护", "…该政策为本协议不可分割的一部分。", "5.1 …该政策为本协议不可分割的组成部分。", "modified"),
        c("四、隐私保护", "五、隐私保护", None, "5.2 使用本软件即表示您已阅读并同意《PurpGo 隐私政策》的全部内容。", "added"),
        c(*s("六、知识产权"), "本软件及其全部内容的知识产权归开发者所有…", "6.1 本软件及其全部内容（包括但不限于…）…", "modified"),
        c(*s("六、知识产权"), None, "6.2 未经开发者明确的书面许可…", "added"),
        c(
            "五、免责声明",
            "七、免责声明",
            "- 本软件按“现状”提供，不保证完全无错误或无中断。",
            "7.1 本软件按“现状”提供，在法律允许的最大范围内…",
            "modified",
        ),
        c("五、免责声明", "七、免责声明", "- 因设备故障、系统更新、第三方服务中断等…", "7.2 开发者不保证软件功能完全无错误…", "modified"),
        c(
            "五、免责声明",
            "七、免责声明",
            "- 强提醒功能受系统省电策略影响，不保证100%触发。",
            "7.3 任务提醒功能受 iOS 系统后台管理策略…",
            "modified",
        ),
        c("五、免责声明", "七、免责声明", None, "7.4 因您未按照本协议约定使用软件…", "added"),
        c("七、协议变更", "八、协议变更", "开发者有权修改本协议…", "8.1 开发者保留在必要时修改本协议的权利。…", "modified"),
        c("七、协议变更", "八、协议变更", None, "8.2 如您不同意修改后的条款…", "added"),
        c(
            "八、法律适用与争议解决",
            "九、法律适用与争议解决",
            "本协议适用中华人民共和国法律。争议友好协商，不成则提交开发者所在地法院。",
            "9.1 本协议适用中华人民共和国法律。",
            "modified",
            "split in two",
        ),
        c("八、法律适用与争议解决", "九、法律适用与争议解决", None, "9.2 因本协议引起的或与之相关的任何争议…人民法院提起诉讼。", "added"),
        c("九、联系方式", "十、联系方式", "如有疑问请联系：", "如对本协议有任何疑问、意见或建议，请通过以下方式联系我们：", "modified"),
        c("九、联系方式", "十、联系方式", None, "**开发者：** 何凌云", "added"),
        c("九、联系方式", "十、联系方式", "*更新日期：2026年5月2日*", "*最后更新：2026年5月5日*", "date", "footer"),
    ],
    [
        c(o, n, "### " + o, "### " + n, "renumber", "renumbered after 二 was inserted; 免责声明 (五→七) now after 知识产权 (moved)")
        for o, n in T
        if o != n
    ],
    "Commit 'Update terms.md': a subscription section inserted as 二, the rest renumbered and 免责声明 moved after 知识产权, every clause rewritten and numbered. 30 changes.",
)
assert R
A["purpgo-terms-items"] = (
    [
        c(*s("一、服务内容"), "- 日历月视图", "- 基础日历月视图概览（日历页面快速总览全局）", "modified", "list item"),
        c(
            *s("一、服务内容"),
            "- 更丰富的效率与视觉体验增强",
            "- 高级日历月视图（点击日历中的日期进行当天的任务操作）",
            "modified",
            "list item",
        ),
    ],
    [],
    "Commit 'Update terms.md': two items of the free and Pro feature lists. 2 changes.",
)
U0 = "uni-app默认集成功能模块"
A["unidocs-rows"] = (
    [
        c(*s(U0), None, "<tr><td>glide图库</td><td>com.bumptech.glide</td><td>用于图片预览使用</td>…</tr>", "added", "an SDK row"),
        c(*s(U0), None, "<tr><td>移动安全联盟 OAID</td>…<td>设备信息</td>…</tr>", "added", "an SDK row"),
        c(*s(U0), None, "**关于移动安全联盟 OAID**", "added", "bold line after the table"),
        c(*s(U0), None, "移动智能终端补充设备标识体系与 SDK 隐私合规问题", "added"),
        c(
            *s(U0),
            None,
            "移动智能终端补充设备标识体系与 SDK 严格遵守我国《网络安全法》…",
            "added",
            "followed by a line of a lone soft hyphen",
        ),
        c(*s(U0), None, "- 设备制造商、设备型号、设备品牌，用于判断终端调用接口", "added"),
        c(*s(U0), None, "- 设备网络运营商名称，用于判断虚拟机环境", "added"),
        c(*s(U0), None, "- APP 包名，用于校验签名", "added"),
    ],
    [c(*s(U0), None, "\u00ad", "invisible", "a line holding only U+00AD (soft hyphen): no text")],
    "Commit 'update android-store.md' (dcloud's SDK compliance page, HTML tables in Markdown): two SDK rows, an OAID note with a list. 8 changes.",
)
A["unidocs-cells"] = (
    [
        c("Weex", U0, "#### Weex", None, "removed", "a subheading removed; its table stays, now under the parent"),
        c("Weex", U0, "<td>存储的个人文件</td>", "<td>存储文件</td>", "modified", "cell, weex row"),
        c("Weex", U0, "<td>存储的个人文件</td>", "<td>存储文件</td>", "modified", "cell, Fresco row"),
        c("Weex", U0, "<td>存储的个人文件</td>", "<td>存储文件</td>", "modified", "cell, glide row"),
        c("Weex", U0, None, "<tr><td>gif-drawable</td>…</tr>", "added", "an SDK row"),
        c("Weex", U0, None, "<tr><td>fastjson</td>…<td>无</td>…</tr>", "added", "an SDK row"),
        c(
            "Weex",
            U0,
            "<td>android.permission.WRITE_EXTERNAL_STORAGE<br>android.permission.READ_EXTERNAL_STORAG</td>",
            "<td>无</td>",
            "modified",
            "permissions cell of the OAID row",
        ),
    ],
    [c("Weex", U0, "the rest of the table", "the same", "moved", "the table's unchanged rows must not be reported when its heading goes")],
    "Commit 'update doc': a subheading dropped above the table, three cells reworded, two SDK rows added, a permissions cell emptied. 7 changes.",
)
A["unidocs-getui"] = (
    [
        c(
            *s("Statistic"),
            "<td>…http://docs.getui.com/privacy</a></td>",
            "<td>…https://docs.getui.com/privacy/</a></td>",
            "modified",
            "link text of a cell (the policy's URL)",
        )
    ],
    [],
    "Commit 'update docs/app/android-store.md': the getui privacy link of one table (the UniPush table keeps the old one). 1 change.",
)
A["unidocs-unipush"] = (
    [],
    [
        c(
            "UniPush",
            "UniPush@push",
            '### UniPush\n\n<a id="push"></a>',
            "### UniPush@push",
            "markup",
            "an anchor moved into the heading in the site generator's @id syntax",
        )
    ],
    "Commit 'chore: md': an <a id> anchor replaced by the heading's @push id. Expected: no change.",
)
A["unidocs-uniad"] = (
    [],
    [c("uni-AD", "uni-ad", "### uni-AD", "### uni-ad", "optional", "the product's name lower-cased in the heading")]
    + [
        c("uni-AD", "uni-ad", "<td>uni-AD</td>", "<td>uni-ad</td>", "optional", "the product's name lower-cased in a cell")
        for _ in range(7)
    ],
    "Commit 'feat: uniAD、uni-AD 改为 uni-ad': a heading and seven cells lower-cased. Expected: no change of meaning (tolerated either way).",
)
A["unidocs-weex"] = (
    [
        c(
            *s(U0),
            '<td><a href="http://doc.weex.io/zh/">http://doc.weex.io/zh</a></td>',
            '<td><a href="https://weexapp.com/zh/">https://weexapp.com/zh/</a></td>',
            "modified",
            "the weex row's policy link",
        )
    ],
    [],
    "Commit '修改weex地址': one link cell. 1 change.",
)
A["unidocs-huawei"] = (
    [],
    [
        c(
            "HMS push",
            "HMS push",
            '<a href="…privacy-statement-0000001050042021">推送隐私声明</a>',
            '<a href="…?ha_source=Dcloud&ha_sourceId=89000448">推送隐私声明</a>',
            "optional",
            "a link target gains tracking parameters; the cell's text is the same",
        )
    ],
    "Commit '更新华为官网相关链接地址': a link's href only. Expected: no change (tolerated).",
)
A["unidocs-uniad2"] = (
    [],
    [
        c(
            "uni-AD",
            "uni-AD",
            "uni-AD广告模块集成的三方SDK说明",
            "uni-ad广告模块集成的三方SDK说明",
            "optional",
            "the product's name lower-cased in a paragraph",
        )
    ],
    "Commit 'update uni-AD修改为uni-ad': one paragraph lower-cased. Expected: no change of meaning (tolerated).",
)


def main() -> None:
    src: dict[str, dict[str, list[str]]] = {}
    for line in open(os.path.join(HERE, "SOURCES.txt"), encoding="utf-8"):
        pair, side, commit, blob, size, sha, path = line.split()
        src.setdefault(pair, {})[side] = [path, commit, blob, size, sha]
    for pair, (changes, noise, notes) in A.items():
        key = pair.split("-")[0]
        source = {"repo": REPOS[key], "license": LICENCE[key]}
        for side in ("old", "new"):
            path, commit, blob, size, sha = src[pair][side]
            source[side] = {"path": path, "commit": commit, "blob": blob, "bytes": int(size), "sha256": sha}
        out = {"source": source, "changes": changes, "noise": noise, "notes": notes}
        with open(os.path.join(HERE, "pairs", pair, "annotation.json"), "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
            f.write("\n")
    assert set(A) == set(src), set(A) ^ set(src)


main()
