#!/usr/bin/env python3
"""Hand-annotated version pairs: extracts old/new blobs from the fetched snapshots and writes annotation.json."""
import json, os, subprocess
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def blob(mirror, commit, path):
    git = f"/work/.mirror/{mirror}/repo"
    full = subprocess.run(["git", "-C", git, "rev-parse", commit], capture_output=True, text=True, check=True).stdout.strip()
    data = subprocess.run(["git", "-C", git, "cat-file", "blob", f"{full}:{path}"], capture_output=True, check=True).stdout
    bid = subprocess.run(["git", "-C", git, "rev-parse", f"{full}:{path}"], capture_output=True, text=True, check=True).stdout.strip()
    return full, data, bid

def pair(name, mirror, repo, license, old, new, ext, changed, noise_only, notes, unchanged=()):
    d = os.path.join(HERE, "pairs", name)
    os.makedirs(d, exist_ok=True)
    src = {"repo": repo, "license": license}
    for tag, (commit, path) in (("old", old), ("new", new)):
        full, data, bid = blob(mirror, commit, path)
        with open(os.path.join(d, f"{tag}.{ext}"), "wb") as f:
            f.write(data)
        src[tag] = {"path": path, "commit": full, "blob": bid, "bytes": len(data)}
    ann = {"source": src, "changed": changed, "noise_only": noise_only, "unchanged": list(unchanged), "notes": notes}
    with open(os.path.join(d, "annotation.json"), "w", encoding="utf-8") as f:
        json.dump(ann, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"pairs/{name}: {len(changed)} changed, {len(noise_only)} noise-only, {len(unchanged)} unchanged")

def C(old, new, kind, note=""):
    x = {"old_title": old, "new_title": new, "kind": kind}
    if note:
        x["note"] = note
    return x

# 1 ------------------------------------------------------------------ md, app template re-used for another app
pair("l1cardo-time-to-generic", "L1cardo+l1cardo.github.io", "L1cardo/l1cardo.github.io", "none (no licence file)",
     ("466262df9098ea609ea1eca091825a371a2f6259", "source/_posts/Time_Privacy_Policy_CN.md"),
     ("b442b5942497692f3d9855f0ea402cbb314aa998", "source/_posts/Privacy_Policy_CN.md"), "md",
     changed=[C(None, None, "modified", "preamble: front-matter title 'TIME 隐私政策' -> '隐私政策' and tag TIME dropped; operator sentence "
                "'TIME（…）是由Svend Jin提供的网络产品' -> '本app（…）是由 Albert Abdilim 提供的应用程序'; line '产品名称： TIME' removed; "
                "residue '，可在UploadPicture中访问' removed"),
              C("1、收集信息", "1、收集信息", "modified", "'we collect nothing' -> collects 标识符 / 诊断 for analytics"),
              C("2、服务供应商", None, "removed"),
              C("4、第三方服务条款", "3、第三方服务条款", "modified", "renumbered, and its sub-section '* 支付渠道' is gone: the "
                "'链接到…隐私政策 / - Apple' text that sat under the sub-heading now belongs to the section itself"),
              C("* 支付渠道", None, "removed", "`### * 支付渠道` sub-heading and its sentence about in-app payment removed")],
     noise_only=["3、链接到其他网站 -> 2、链接到其他网站", "5、支持 -> 4、支持", "6、对此隐私策略的更改 -> 5、对此隐私策略的更改"],
     notes="Hexo blog: the policy of the author's earlier app TIME (file Time_Privacy_Policy_CN.md, written by 'Svend Jin') "
           "was renamed to Privacy_Policy_CN.md and generalised in one commit (2021-02-18, 'change privacy policy'; git "
           "detects the rename at 55% similarity). `###` sections numbered 1、…; renumbering after the removal of section 2 "
           "is noise. The contact block (邮件 + empty 链接：/电话：) is identical on both sides. New side = holdout/l1cardo-md "
           "minus later badge/proxy edits.")

# 2 ------------------------------------------------------------------ md (mkdocs), Baidu analytics disclosure
pair("pyheight-baidu-update", "pyheight+ttk-file-explorer", "pyheight/ttk-file-explorer", "Apache-2.0 (repository licence)",
     ("9dedfbc728ce34364634891c5c90f34e40a016b2", "docs/about/privacy-policy.zh.md"),
     ("d08a683938e03abe219c484f2a7712073e3ff5dc", "docs/about/privacy-policy.zh.md"), "md",
     changed=[C(None, None, "modified", "preamble (title + dates): 最后更新日期 2025年8月11日 -> 2025年8月13日"),
              C(":material-alert-circle-outline: 重要提示", ":material-alert-circle-outline: 重要提示", "modified",
                "我们 -> 本网站, and a new paragraph about Baidu Analytics ('继续访问即表示您知悉并接受…')"),
              C("1.1 处理目的", "1.1 处理目的", "modified", "我们仅出于 -> 本网站仅出于"),
              C("2.1 百度统计服务", "2.1 百度统计服务", "modified", "Baidu Tongji -> Baidu Analytics; bullet list of processed data replaced by a numbered list of 3 statements"),
              C("3.2 您的控制权", "3.2 您的控制权", "modified", "sentence added (禁用 Cookie 将阻止百度统计…); consent link moved out of a blockquote, new blockquote text"),
              C("4. :material-account-key: 您的权利", "4. :material-account-key: 您的权利", "modified", "blockquote added (requests may be forwarded to third parties)"),
              C("5. :material-alert: 儿童个人信息保护", None, "removed")],
     noise_only=["6. :material-update: 政策更新 -> 5. :material-update: 政策更新", "7. :material-email: 联系我们 -> 6. :material-email: 联系我们"],
     unchanged=["1. :material-database-arrow-down-outline: 个人信息处理说明", "1.2 处理方式与范围", "2. :material-share-variant: 第三方信息处理", "2.2 其他第三方服务", "3. :material-cookie: Cookie 使用", "3.1 Cookie 类型"],
     notes="MkDocs-Material page, two days of edits (2025-08-11 'Update mkdocs.yml' -> 2025-08-13 'Add link jumps'). Headings "
           "carry :material-…: icon shortcodes; the diff tool should match sections by number/text despite them. The "
           "children's section is removed and the last two sections are renumbered (noise). New side = holdout/pyheight-mkdocs.")

# 3 ------------------------------------------------------------------ md, zh-Hant TW, residue fixed
pair("linkbot-residue-fix", "Edit-Mr+EM-Linkbot", "Edit-Mr/EM-Linkbot", "Apache-2.0 (repository licence)",
     ("123ea7f717aea0f83619ce1e83c0e6ab8a44822d", "隱私權政策.md"), ("4b2e335143f863b4c2234d55dda3fe35319db364", "隱私權政策.md"), "md",
     changed=[C("我們收集到的資訊", "我們收集到的資訊", "modified", "template residue fixed: '卡米狗會收集發話者的識別碼' -> 'EM Linkbot會收集…' (卡米狗 is another LINE bot whose policy was copied)")],
     noise_only=["適用範圍"],
     unchanged=[None, "我們如何使用收集到的資訊", "我們分享的資訊", "變更"],
     notes="Same day (2022-11-23), first and third commit of the file. In 適用範圍 only an empty `- ` bullet is removed "
           "(markup-only). New side = holdout/linkbot-tw.")

# 4 ------------------------------------------------------------------ html, <head> meta only
pair("yuanshan-head-meta", "heart-bank+yuanshan-health-website", "heart-bank/yuanshan-health-website", "none (no licence file)",
     ("1dfa8cb673eaa2eeb75cfdbf2ab7bf51e0eae753", "隐私政策.html"), ("da93f5bfabd14e2a72e6187e26983bdda5202b41", "隐私政策.html"), "html",
     changed=[],
     noise_only=[],
     unchanged=[None, "1. 引言", "2. 信息收集", "2.1 我们收集的信息类型", "2.2 信息收集方式", "3. 信息使用", "4. 信息共享",
                "5. 信息存储", "6. 您的权利", "7. Cookie政策", "8. 儿童隐私保护", "9. 隐私政策的更新", "10. 免责声明", "11. 联系我们"],
     notes="Same day (2026-03-25, 'SEO优化'): the only difference is four <meta> tags (description/keywords/author/robots) "
           "and a whitespace line added inside <head>. Nothing a reader sees changes: a diff must report no section change "
           "(exit 0). New side = holdout/yuanshan-html.")

# 5 ------------------------------------------------------------------ html agreement page, title uncommented + reflow
pair("waterplay-agreement-reflow", "waterplayfire+app-support", "waterplayfire/app-support", "none (no licence file)",
     ("780364eae333017ebfc41ce249854328aa95c2ee", "agreement/privacy.html"), ("446f9abdd86971873d67d064c08559092d3bdd10", "agreement/privacy.html"), "html",
     changed=[C(None, None, "modified", "preamble: the title `<h2>隐私政策</h2>` was commented out in the old file and is visible in the "
                "new one; a bold date line 更新时间：2023年5月17日 is added; the intro sentence is unchanged (now in a bold <p>)"),
              C("Ⅰ 会收集的信息", "Ⅰ 会收集的信息", "modified", "位置信息 and the registration data (手机号码、邮箱、密码) no longer "
                "listed; new item 4. 第三方SDK (友盟统计, Google AdMob); the <h3> is also split over three lines")],
     noise_only=["Ⅱ 信息的使用", "Ⅲ 您的选择", "Ⅳ 我们的责任和保证"],
     notes="First and last of five commits (2023-04-17 'new' -> 2023-05-23). Ⅱ and Ⅳ only have their <h3> re-flowed from "
           "two lines to one; Ⅲ is re-indented (its commented-out item 3 stays commented out). The <title> is 隐私政策 on "
           "both sides. New side = holdout/waterplay-agreement-html.")
