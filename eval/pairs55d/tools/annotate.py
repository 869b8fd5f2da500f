"""Write pairs/*/annotation.json of eval/pairs55d (u55d): each pair's sources (repository, path, commit, sha256 of each side)
and its changes, annotated by hand from the two texts read in full, before any run of policylens.  Rules of eval/pairs53b /
pairs54d / pairs54d2: one change per edited sentence, list item or place (a sentence added inside a kept paragraph is its
own change); a renamed section title is a change (`renamed`); markup alone (`*x*` -> `_x_`, an <h1> that repeats the page
<title>, a Markdown `# title` that repeats the front-matter title) is no change; a front-matter field other than the text
is optional (annotated here as `optional`, not counted).  Usage: python3 tools/annotate.py  (from eval/pairs55d)"""

import hashlib
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parents[1]
ES = "EsenDev/Test.github.io"
JAF = "rayhu/jaf"


def c(old_title, new_title, old_text, new_text, kind, note=None):
    d = {"old_title": old_title, "new_title": new_title, "old_text": old_text, "new_text": new_text, "kind": kind}
    if note:
        d["note"] = note
    return d


S1, S2, S3 = "1. 适用范围", "2. 信息使用", "3. 信息披露"
S4o, S4n = "4. 信息存储和交换", "4. 信息存储与交换"
S5, S6o, S6n, S7 = "5. 信息操作", "6. 本隐私政策的更改", "6. 政策变更", "7. 联系我们"
LEAD = None
REWRITE = [
    c(LEAD, LEAD, "请您仔细阅读《隐私政策》后再继续使用。", "请您仔细阅读本《隐私政策》后再继续使用。", "modified", "本 added"),
    c(LEAD, LEAD, "本协议从 2020年1月1日 起生效。", "本协议自 2025 年 1 月 1 日 起生效。", "modified", "effective date"),
    c(
        S1,
        S1,
        "(a) 在您注册本应用小程序帐号时，您根据小程序要求提供的个人注册信息;",
        "(a) 在您注册本应用帐号时，根据要求提供的个人注册信息；",
        "modified",
        "小程序 dropped",
    ),
    c(S1, S1, "(b) 在您分享设备时，您根据小程序要求提供被分享用户个人信息;", None, "deleted"),
    c(S1, S1, "(c) 您在开锁记录备注用户信息时，您根据小程序要求提供记录用户个人信息和紧急联系人信息;", None, "deleted"),
    c(
        S1,
        S1,
        "(d) 在您使用本应用网络服务，或访问本应用平台网页时，本应用自动接收并记录的您的浏览器和计算机上的信息;",
        "(b) 在使用本应用网络服务或访问平台网页时，自动接收的浏览器和计算机信息，如 IP 地址、浏览器类型、语言、访问时间、设备信息、访问网页记录等；",
        "modified",
        "examples added",
    ),
    c(S1, S1, "(e) 本应用通过合法途径从商业伙伴处取得的用户个人数据。", "(c) 从合法商业伙伴处取得的用户个人数据。", "modified"),
    c(
        S2,
        S2,
        "(a) 本应用不会向任何无关第三方提供、出售、出租、分享或交易您的个人登录信息。",
        "(a) 不会向任何无关第三方提供、出售、出租、分享或交易您的个人登录信息。",
        "modified",
        "subject 本应用 dropped",
    ),
    c(S2, S2, None, "如系统升级维护将通过推送消息提前通知。", "added", "a sentence added to (a)"),
    c(
        S2,
        S2,
        "(b) 本应用不允许任何第三方收集、编辑、出售或者传播您的个人信息。",
        "(b) 严禁第三方收集、编辑、出售或传播用户信息。",
        "modified",
    ),
    c(S2, S2, None, "一经发现将立即终止服务协议。", "added", "a sentence added to (b)"),
    c(
        S2,
        S2,
        "(c) 本应用可能使用您的个人信息，向您提供您感兴趣的信息，包括产品和服务信息。",
        "(c) 为服务用户，本应用可能使用您的个人信息向您提供感兴趣的内容，或在您同意后与合作伙伴共享用于发送产品和服务信息。",
        "modified",
        "sharing with partners added",
    ),
    c(S3, S3, None, "在以下情况下，本应用可依据法律或您的同意披露您的信息：", "added", "a lead-in added"),
    c(S3, S3, "(a) 未经您事先同意，我们不会向第三方披露您的个人信息;", "(a) 经您同意；", "modified"),
    c(S3, S3, "(b) 根据法律规定或行政、司法机构要求，向相关机构披露;", "(b) 根据法律或行政、司法要求；", "modified"),
    c(S3, S3, "(c) 如您违反相关法律法规或服务协议，需向第三方披露;", "(c) 您违反法律法规或服务协议；", "modified"),
    c(S3, S3, None, "(d) 您是知识产权投诉人，披露给被投诉人以便处理纠纷。", "added"),
    c(S4o, S4n, S4o, S4n, "renamed", "和 -> 与"),
    c(
        S4o,
        S4n,
        "(a) 信息和资料将保存在本应用或其关联公司的服务器上;",
        "(a) 信息保存在本公司及其关联公司服务器；",
        "modified",
        "本应用 -> 本公司",
    ),
    c(
        S4o,
        S4n,
        "(b) 信息存储使用 AES128 位加密，存储于阿里云服务器上;",
        "(b) 使用 HTTPS 传输，敏感数据采用 AES128 加密并存储于阿里云服务器；",
        "modified",
        "HTTPS; only sensitive data encrypted",
    ),
    c(
        S4o,
        S4n,
        "(c) 数据仅存储于中国境内服务器，且存储期限为用户注销账号后销毁。",
        "(c) 所有数据保存在中国境内；",
        "modified",
        "the retention clause moved out to (d)",
    ),
    c(S4o, S4n, None, "(d) 数据保存周期为注册起至账号注销，超期销毁。", "added"),
    c(
        S5,
        S5,
        "用户可通过拨打 400-893-1900 联络客服进行个人信息查询、更正、删除、账户注销等操作。",
        "如需查询、更正、删除个人信息、注销账户或撤回授权，请联系本公司客服。",
        "modified",
        "phone number dropped, 撤回授权 added",
    ),
    c(S6o, S6n, S6o, S6n, "renamed"),
    c(S6o, S6n, "如果本隐私政策有任何更改，我们会通过适当的渠道告知您。", "(a) 政策变更将通过本页面、公司网站等渠道公布；", "modified"),
    c(S6o, S6n, None, "(b) 如有重大变更，将通过 APP 升级通知、公众号、小程序等方式提醒。", "added"),
    c(S6o, S6n, "请您经常查看以便了解最新信息。", None, "deleted"),
    c(
        None,
        S7,
        None,
        "(a) 如果您对个人信息保护问题有疑问或建议，可选择通过以下方式联系我们：发送邮件至samgao@zontek.cn",
        "added",
        "a section added",
    ),
    c(
        S6o,
        S7,
        None,
        "请妥善保护您的个人信息，发现泄露（尤其是用户名或密码）时请及时修改密码或联系客服处理。",
        "added",
        "a closing paragraph added",
    ),
    c(
        S6o,
        S7,
        "本文档由深圳中泰智丰物联网有限公司发布",
        "本应用由 深圳中泰智丰物联网科技有限公司 运营。",
        "modified",
        "publisher -> operator; company name 科技 added",
    ),
]
MINOR = [
    c(
        LEAD,
        LEAD,
        "本应用非常重视用户隐私政策并严格遵守相关的法律规定。",
        "vike房东端(以下简称本应用)非常重视用户隐私政策并严格遵守相关的法律规定。",
        "modified",
        "the app named (commit 73f49e9)",
    ),
    c(
        S2,
        S2,
        "(c) 为服务用户，本应用可能使用您的个人信息向您提供感兴趣的内容，或在您同意后与合作伙伴共享用于发送产品和服务信息。",
        None,
        "deleted",
        "commit 23b1789",
    ),
]
OLD_NAME, NEW_NAME = "正义获取基金会", "美国司法可及基金会"
RENAME = [
    c(
        "概述",
        "概述",
        OLD_NAME + '（"JAF"、"我们"或"本基金会"）是加利福尼亚州注册的非营利公益法人…',
        NEW_NAME + '（"JAF"、"我们"或"本基金会"）是…',
        "modified",
        "the foundation renamed",
    ),
    c(
        "联系方式",
        "联系方式",
        "如有隐私相关问题或需行使加利福尼亚州隐私权利，请通过以下方式联系" + OLD_NAME + "：",
        "…联系" + NEW_NAME + "：",
        "modified",
    ),
    c("联系方式", "联系方式", OLD_NAME, NEW_NAME, "modified", "the name line of the address block"),
]
OPTIONAL = {
    "jaf-rename": [
        "front matter description: 正义获取基金会隐私政策 -> 美国司法可及基金会隐私政策 (metadata, optional)",
        "`# 隐私政策` removed (it repeats the front-matter title; markup, optional)",
    ],
    "esendev-rewrite": ["<h1>隐私政策</h1> removed (it repeats <title>; markup, optional)"],
}
PAIRS = {
    "esendev-rewrite": (
        (ES, "privacy.html", "deed64580234d733e1adc186a2a11ccbbaaf1a7f"),
        (ES, "privacy_zh.html", "f3db01661565538c8bab0d30164cc8279de342e1"),
        "html",
        REWRITE,
        "zh-Hans HTML; a landlord/lock app's 隐私政策 (深圳中泰智丰物联网), the 2020 page uploaded 2024-09-25 against its 2025 rewrite uploaded as privacy_zh.html 2025-06-30",
    ),
    "esendev-minor": (
        (ES, "privacy_zh.html", "f3db01661565538c8bab0d30164cc8279de342e1"),
        (ES, "privacy_zh.html", "23b1789d617ec8154efd59ecaa079f93dfa717e9"),
        "html",
        MINOR,
        "zh-Hans HTML; two later commits of privacy_zh.html (73f49e9 names the app, 23b1789 removes an item)",
    ),
    "jaf-rename": (
        (JAF, "content/zh/privacy.md", "a456ef2d5d7129f14ccc7744bdf7cb1c894bd00d"),
        (JAF, "content/zh/privacy.md", "0e707d10cab08c94b324a7a2e197ce3cdafc1f88"),
        "md",
        RENAME,
        "zh-Hans Markdown (Hugo); a foundation's 隐私政策, the organisation renamed 正义获取基金会 -> 美国司法可及基金会, a duplicate heading dropped, *x* -> _x_",
    ),
}
SRC = {
    "deed64580234d733e1adc186a2a11ccbbaaf1a7f": "esendev.deed645.privacy.html",
    "f3db01661565538c8bab0d30164cc8279de342e1": "esendev.f3db016.privacy_zh.html",
    "23b1789d617ec8154efd59ecaa079f93dfa717e9": "esendev.23b1789.privacy_zh.html",
    "a456ef2d5d7129f14ccc7744bdf7cb1c894bd00d": "jaf.a456ef2.privacy.md",
    "0e707d10cab08c94b324a7a2e197ce3cdafc1f88": "jaf.0e707d1.privacy.md",
}


def main() -> None:
    for name, (old, new, ext, changes, note) in PAIRS.items():
        d = HERE / "pairs" / name
        d.mkdir(parents=True, exist_ok=True)
        src = {}
        for side, (repo, path, commit) in (("old", old), ("new", new)):
            data = (HERE / "sources" / SRC[commit]).read_bytes()
            (d / f"{side}.{ext}").write_bytes(data)
            src[side] = {"repo": repo, "path": path, "commit": commit, "sha256": hashlib.sha256(data).hexdigest()}
        lic = "no licence stated"
        ann = {"pair": name, "source": src, "license": lic, "note": note, "changes": changes, "optional": OPTIONAL.get(name, [])}
        (d / "annotation.json").write_text(json.dumps(ann, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
