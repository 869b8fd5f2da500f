"""Write pairs/<name>/annotation.json for pairs34 (lead34), by hand from `git diff --word-diff` (and the same diff with
curly quotes made straight, to find the wording changes among the quote changes), before any run.  Format of eval/pairs26
… pairs33: `changes` the true changes, one per edit place (a paragraph, a list item, a table row, a heading; a whole new
section with its body is one change); `noise` what must not be reported (kind `optional`: tolerated either way).
Texts are excerpts (「…」 cut), enough to find the place; the scorer reads only the indices."""

import json
import os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REPOS = {"jm": ("kirohuji/hope-front", "none (no licence file; kept for evaluation only)")}


def c(sec, old, new, kind, note="", new_sec=None):
    d = {"old_title": sec, "new_title": new_sec or sec, "old_text": old, "new_text": new, "kind": kind}
    if note:
        d["note"] = note
    return d


def n(what):
    return {"kind": "noise", "what": what}


def opt(what):
    return {"kind": "optional", "what": what}


QUOTES = "curly quotes “佳麦” made straight \"佳麦\" (in every paragraph that has them): punctuation form, not wording"
LAYOUT = "<br> lines and <small>…</small> wrappers added around paragraphs and tables: layout"
CON1 = "#### 1. 我们如何收集、使用信息"
COL = "佳麦个人信息收集清单"
A = {
    "jm-personal-last": ([], [n("a blank line added before the first line")], "Only a blank line: no change."),
    "jm-concise-layout": (
        [
            c(CON1, "| 账号信息与联系方式 | 手机号码 | …", "| 账号信息与联系方式 | 手机号码、邮箱 | …", "modified", "e-mail added to what is collected"),
            c(CON1, "| 学习及活动数据 | 账号信息、使用记录 | …", "| 学习及活动数据 | 课程学习数据、打卡&签到记录 | …", "modified"),
            c(CON1, None, "| 支付信息 | 支付时间、支付金额、支付渠道、Apple Pay信息 | …", "added"),
            c(CON1, None, "| 网络功能 | 本地网络、后台网络 | 用于视频通话和后台服务 |", "added"),
            c(CON1, None, "| 通知功能 | 推送通知、提醒 | …", "added"),
            c(CON1, None, "| 蓝牙功能 | 蓝牙设备连接 | 用于适配蓝牙设备 |", "added"),
        ],
        [],
        "Two table rows changed and four rows added (one change a row): 6 changes.",
    ),
    "jm-concise-contact": (
        [
            c(CON1, "| 账号信息与联系方式 | 手机号码、微信、微博、QQ等 | 用于注册登录，基础服务（如查词、词书浏览）可选择游客模式 |",
              "| 账号信息与联系方式 | 手机号码 | 用于登录，基础服务|", "modified"),
            c(CON1, "| 剪切板 | 口令、分享码、链接等 | …", "| 剪切板 | 文字、链接等 | …", "modified"),
            c(CON1, "| 传感器信息(仅Android) | 陀螺仪数据 | 用于首页壁纸随动效果，不会保存上传 |", None, "removed"),
            c("3. 如何更好地控制个人信息的使用", "| 管理个人信息和隐私设置 | 【佳麦App - 个人中心 - …】或通过隐私协议中的联系方式 |",
              "| 管理个人信息和隐私设置 | 通过隐私协议中的联系方式 |", "modified"),
            c("3. 如何更好地控制个人信息的使用", "| 注销账号 | 【佳麦App - 个人中心 - 更多设置 - 注销账号】或通过隐私协议中的联系方式 |",
              "| 注销账号 | 通过隐私协议中的联系方式 |", "modified"),
        ],
        [n(LAYOUT), n("「## 2.」「## 3.」 made 「#### 2.」「#### 3.」 like 「#### 1.」: heading level, not wording")],
        "Rows of the two tables changed: 5 changes; the rest is layout.",
    ),
    "jm-collect-layout": (
        [
            c(COL, "| 注册/登录 | 手机号、验证码、密码、邮箱 | …", "| 登录 | 手机号、验证码、密码、邮箱 | …", "modified"),
            c(COL, "| 注册/登录 | 头像、昵称 | …", "| 登录 | 头像、昵称 | …", "modified"),
            c(COL, "| 注册/登录 | 第三方账号（头像、昵称及用户授权的其它信息） | …", None, "removed"),
            c(COL, "| 学习 | 单词及课程学习数据、词书记录、生词本、打卡&签到记录、例句收藏 | …", "| 学习 | 课程学习数据、打卡&签到记录| …", "modified"),
            c(COL, "| 学习 | 剪切板 | 用于完成复制单词自动查词 |", None, "removed"),
            c(COL, None, "| 支付 | Apple Pay 支付信息 | …", "added"),
            c(COL, "| 使用过程中 | … | 用于安全保障 |", "| 使用过程中 | … | 用于安全保障和网络状态监控 |", "modified"),
            c(COL, "| 附加功能 | 相机、相册、麦克风、日历 | 相机：拍照、上传图片<br>…", "| 附加功能 | 相机、相册、麦克风、日历、蓝牙、通知 | 相机：扫码、拍摄照片、上传头像<br>…", "modified"),
            c(COL, None, "| 系统功能 | 网络状态、存储空间、安装包信息、本地网络 | …", "added"),
            c(COL, None, "| 后台功能 | 远程通知、音频播放、网络通话、后台获取 | …", "added"),
        ],
        [],
        "One table: 6 rows changed or removed, 4 added, one change a row: 10 changes.",
    ),
    "jm-terms-safety": (
        [
            c("三、商业活动", None, None, "renamed", "heading 三、商业活动 → 三、社区活动", new_sec="三、社区活动"),
            c("三、商业活动", "…向用户发送社区活动通知或其他相关服务信息。", "…向社区成员发送社区活动通知、社区会议提醒、社区成员互动信息或其他相关服务信息。",
              "modified", new_sec="三、社区活动"),
            c("六、账号的使用", "6.1 …不向他人透露账号及密码信息…", "6.1 …不向社区外部人员透露账号及密码信息…", "modified"),
            c("六、账号的使用", "**（7）…不适合在\"佳麦\"上发布的。**", "**（7）…不适合在社区内部传播的内容。**", "modified"),
            c("七、隐私保护", None, "**7.5 作为社区内部交流平台，\"佳麦\"配备了消息审查和消息自动删除功能。…**", "added"),
        ],
        [n("the opening paragraph's curly quotes made straight: punctuation form")],
        "A renamed heading, three clauses reworded, a clause added: 5 changes.",
    ),
    "jm-terms-contact": ([], [n(LAYOUT)], "Only <small> wrappers in 十五、联系我们: no change."),
    "jm-sdk-removed": (
        [
            c("主要SDK列表", "<tr> Bugly SDK | 腾讯科技（深圳）有限公司 | 进行APP性能监测和崩溃问题分析 | … </tr>", None, "removed"),
            c("其他SDK", "##### 其他SDK (the first of two) with its table: 阿里云反劫持SDK", None, "removed",
              "the first of two sections titled 其他SDK removed whole: one change"),
            c("其他SDK", "<tr> 梆梆安全 | 给 Android 提供应用加固服务 | … </tr>", None, "removed"),
            c("其他SDK", "<tr> 爱加密 | 给 Android 提供应用加固服务 | … </tr>", None, "removed"),
        ],
        [],
        "Commit 'remove outdated SDK entries': three HTML table rows and one section removed: 4 changes.",
    ),
    # held out (random.Random(34).sample(sorted(pairs), 3), HELDOUT.txt)
    "jm-terms-layout": (
        [
            c("一、服务内容", "1.1 …佳麦的相关网站、微信平台的佳麦服务号以及影与达…", "1.1 …佳麦的相关网站以及影与达…", "modified"),
            c("三、商业活动", "…向用户发送商品促销或其他相关商业信息。", "…向用户发送社区活动通知或其他相关服务信息。", "modified"),
        ],
        [n(QUOTES)],
        "78 lines changed, all but two only by their quotes: 2 changes.",
    ),
    "jm-personal-safety": (
        [
            c("(intro)", "* **摄像头(相机)、麦克风、相册、日历权限等**均不会默认开启…", "* **佳麦作为一款社区内部交流平台，我们高度重视用户隐私保护。摄像头(相机)…", "modified"),
            c("(intro)", None, "* **为保障社区内部交流安全，佳麦配备了先进的消息审查与自动删除功能。…**", "added"),
            c("(contents)", None, "第十章 法律适用与争议解决", "added", "an entry added to the table of contents"),
            c("(一)注册、登录及账号公开信息", "您可以选择如下四种方式注册或登录佳麦：… (1)**手机号 + 密码登录… (2)**邮箱/佳麦ID + 密码登录…",
              "**您只能通过和运营核心人员联系申请才能获取账号。使用该账号登录后方可使用\"佳麦\"。**", "modified",
              "a lead line and two ways of signing up replaced by one sentence: one change"),
            c("(一)注册、登录及账号公开信息", "**对于需要通过登录账号才能使用的服务，我们可能会根据您提供的上述信息校验您的身份…**",
              "**…根据您提供的信息校验您的身份…但是，如您仅进行内容浏览、学习服务，您不需要注册成为我们的用户及提供以上的信息。**", "modified"),
            c("(六)留言与评论", "…看到其他用户发布的…", "…看到其他社区成员发布的…所有留言和评论仅在社区内部可见。**", "modified"),
            c("(七)佳麦活动功能", None, None, "renamed", "(七)佳麦活动功能 → (七)佳麦社区活动功能", new_sec="(七)佳麦社区活动功能"),
            c("(七)佳麦活动功能", "如您希望报名参加具体的活动…", "如您希望报名参加具体的社区活动…这些信息仅用于社区内部管理，不会向外部分享。**", "modified",
              new_sec="(七)佳麦社区活动功能"),
            c("第五章 (一)个人信息保护", None, "**1.1 作为内部交流平台，我们配备了严格的消息审查系统…**", "added"),
            c("第十章 法律适用与争议解决", None, "#### 第十章 法律适用与争议解决 (two paragraphs)", "added", "a new chapter: one change"),
        ],
        [],
        "Commit 'stricter account security, content moderation': 10 changes.",
    ),
    "jm-children-safety": (
        [
            c("(intro)", "…说明我们在收集和使用儿童个人信息时对应的处理规则等相关事宜。**在使用我们的佳麦服务前…",
              "…相关事宜。**作为社区内部交流平台，佳麦采取严格的封闭式管理…**在使用我们的佳麦服务前…", "modified"),
            c("(intro)", "若我们获悉您的孩子不满 14 周岁…提交个人信息。**如果您不同意本协议的内容…",
              "…提交个人信息。**佳麦作为社区内部使用的交流平台，能够为您的孩子提供一个更加封闭、受控的安全环境。** **如果您不同意…", "modified"),
            c("(intro)", None, "**儿童保护特别说明：为进一步保障儿童信息安全，佳麦平台配备了高级消息审查和自动删除功能。…**", "added"),
            c("（一）注册、登录及账号公开信息", "儿童可以选择如下四种方式注册或登录佳麦：（1）…（2）…",
              "**儿童只能通过和运营核心人员联系申请才能获取账号。** 注册成功后，儿童可以通过该账号+密码的方式进行登录。", "modified",
              "a lead line and two ways of signing up replaced by one sentence: one change"),
            c("（二）虚拟商品的下单与支付", "**儿童在向我们购买产品或服务之前，需确保已经取得监护人的授权同意。**",
              "**…授权同意。作为社区内部交流平台，所有虚拟商品仅限于社区内部使用，不具备商业属性。**", "modified"),
            c("(security)", None, "4. **我们配备了全面的消息审查与自动删除系统，特别针对儿童用户提供额外保护。…**", "added"),
        ],
        [
            n("items 4. and 5. renumbered 5. and 6. after the new item 4: numbering"),
            n("an HTML comment removed (<!-- (2) 虚拟币信息：… -->): not shown to the reader"),
        ],
        "Commit 'stricter account security, content moderation': 6 changes.",
    ),
}


def main() -> None:
    src: dict[str, dict[str, dict[str, object]]] = {}
    with open(os.path.join(HERE, "SOURCES.txt"), encoding="utf-8") as f:
        lines = f.read().splitlines()
    for line in lines:
        pair, side, commit, blob, size, sha, path = line.split()
        src.setdefault(pair, {})[side] = {"path": path, "commit": commit, "blob": blob, "bytes": int(size), "sha256": sha}
    assert set(src) == set(A), set(src) ^ set(A)
    for pair, (changes, noise, notes) in A.items():
        repo, lic = REPOS[pair.split("-")[0]]
        d = {"source": {"repo": repo, "license": lic, **src[pair]}, "changes": changes, "noise": noise, "notes": notes}
        with open(os.path.join(HERE, "pairs", pair, "annotation.json"), "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False, indent=1)
            f.write("\n")


if __name__ == "__main__":
    main()
