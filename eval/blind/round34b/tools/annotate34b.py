#!/usr/bin/env python3
"""Source of truth for eval/blind/round34b/{dev,holdout}/*/annotation.json (hand annotations, round 34b).

Placeholders only (headings_annotated: false).  Each placeholder and look-alike text is checked to occur on
its line of the stored file; the line is found by the text itself (first line holding it after the previous
entry of the same document), so no line number is typed by hand.  Written before policylens ran on any document.

    python3 tools/annotate34b.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
NOLIC = "no licence file in the repository (treat as all rights reserved; test fixture only)"
MIT = "MIT (LICENSE file of the repository)"


def src(repo, path, commit, lic, note):
    return {"repo": repo, "path": path, "commit": commit, "license": lic, "note": note}


KEVIN = "kevinchen2046/kevinchen2046.github.io"
KEVIN_C = "278adc66ee339a79867dffc7f983ce5f72706eb1"
HYPER = "EitanWong/hyper-meta-ai"
HYPER_C = "258c37b20474a139294d3f0000c6b86d61359128"

# name: (set, file, meta, placeholders [(text, note)], look-alikes [(text, note)])
DOCS = {
    "kevinchen-en-md": ("dev", "privacy-policy.en.md",
        {"kind": "template (Hexo scaffold, English, written by a Chinese developer)", "repo_kind": "repository",
         "script": "latn", "lang": "en",
         "source": src(KEVIN, "blog/scaffolds/privacy-policy.en.md", KEVIN_C, NOLIC,
                       "git cat-file of the snapshot; a Hexo scaffold whose {{title}} is the app name still to fill")},
        [("# [{{title}}] Privacy Protection Agreement", "app-name slot in the title"),
         ("Hereinafter referred to as [{{title}}] is", "app-name slot in the definition")],
        [("subject=there has some questions from [{{title}}]'s privacy policy). We will respond to your request for access",
          "slot inside a mailto link's subject (not shown as text)"),
         ("please send an email to [kevin-chen@foxmail.com](mailto:kevin-chen@foxmail.com?subject=there has some questions from [{{title}}]'s privacy policy).",
          "slot inside a mailto link's subject"),
         ("subject=there has some questions from [{{title}}]'s privacy policy). We will respond to your correction request",
          "slot inside a mailto link's subject"),
         ("Email: [kevin-chen@foxmail.com](mailto:kevin-chen@foxmail.com?subject=", "slot inside a mailto link's subject")]),
    "kevinchen-zh-md": ("dev", "privacy-policy.zh.md",
        {"kind": "template (Hexo scaffold, zh-Hans)", "repo_kind": "repository", "script": "hans/cn", "lang": "zh",
         "source": src(KEVIN, "blog/scaffolds/privacy-policy.zh.md", KEVIN_C, NOLIC,
                       "git cat-file of the snapshot; the Chinese twin of kevinchen-en-md")},
        [("# [{{title}}]隐私保护协议", "app-name slot in the title"),
         ("以下简称[{{title}}]为\"本应用\".", "app-name slot in the definition")],
        [("我们将在15天内回复您的访问请求", "slot inside a mailto link's subject"),
         ("如果您想行使数据访问权，请发送电子邮件至[kevin-chen@foxmail.com]", "slot inside a mailto link's subject"),
         ("我们将在15天内回复您的更正请求", "slot inside a mailto link's subject"),
         ("通过以下方式与我们联系：邮箱：[kevin-chen@foxmail.com]", "slot inside a mailto link's subject")]),
    "kevinchen-tw-html": ("dev", "tw.html",
        {"kind": "clean (zh-Hant edition generated from the scaffold, app name filled in square brackets)",
         "repo_kind": "repository", "script": "hant", "lang": "zh",
         "source": src(KEVIN, "blog/assets/app/animal-puzzle/privacy-policy/tw.html", KEVIN_C, NOLIC,
                       "git cat-file of the snapshot (Markdown rendered to HTML)")},
        [],
        [("<h1 id=\"\">[動物拚圖]隱私保護協議</h1>", "filled app name left in square brackets"),
         ("<p>以下簡稱[動物拚圖]為\"本應用\".</p>", "filled app name left in square brackets")]),
    "hypermeta-zh-md": ("dev", "privacy-policy-zh.md",
        {"kind": "draft (app privacy policy, zh-Hans)", "repo_kind": "repository", "script": "hans/cn", "lang": "zh",
         "source": src(HYPER, "docs/privacy-policy-zh.md", HYPER_C, MIT, "git cat-file of the snapshot")},
        [("# 隐私政策（草稿）", "draft marker in the title"),
         ("> 生效日期：待发布时确定。", "effective date not set"),
         ("托管前请复核与实际行为一致。", "drafting instruction to the author")],
        []),
    "hypermeta-en-md": ("dev", "privacy-policy-en.md",
        {"kind": "draft (app privacy policy, English edition by a Chinese developer)", "repo_kind": "repository",
         "script": "latn", "lang": "en",
         "source": src(HYPER, "docs/privacy-policy-en.md", HYPER_C, MIT, "git cat-file of the snapshot")},
        [("# Privacy Policy (Draft)", "draft marker in the title"),
         ("> Effective date: to be set at release.", "effective date not set"),
         ("Review it against the actual app behavior before hosting.", "drafting instruction to the author")],
        []),
    "qqweb-en-md": ("dev", "Privacy_en_us.md",
        {"kind": "clean (English app policy by a Chinese developer)", "repo_kind": "repository", "script": "latn",
         "lang": "en",
         "source": src("RicardoMe111/qq_web", "Privacy_en_us.md", "d5f5089a19dbf006ef137ac916fb257849aa31be", NOLIC,
                       "git cat-file of the snapshot")},
        [],
        []),
    "tiancivalen-md": ("dev", "terms.md",
        {"kind": "clean (bilingual en/zh-Hans Jekyll page, sentence by sentence)", "repo_kind": "repository",
         "script": "hans/cn", "lang": "en+zh",
         "source": src("tiancivalen/tiancivalen.github.io", "_pages/terms.md", "a0e6b25a24c02801ae20b56d887531a99eb64d75",
                       "MIT (LICENSE file of the repository: the Minimal Mistakes theme's)", "git cat-file of the snapshot")},
        [],
        [("{% include base_path %}", "Liquid include, template syntax by design"),
         ("{% include toc %}", "Liquid include, template syntax by design")]),
    "alienet-md": ("holdout", "index.md",
        {"kind": "template (Hexo page, zh-Hans, XX fields)", "repo_kind": "repository", "script": "hans/cn", "lang": "zh",
         "source": src("Alien-Et/Alien-Et.github.io", "source/privacy/index.md", "ae56369c1160380689cef64c37a0765ad31f4882",
                       NOLIC, "git cat-file of the snapshot")},
        [("XX科技（以下简称\"我们\"）", "operator name XX"),
         ("- 邮箱：xxxxxx@xxx.com", "e-mail of x's"),
         ("- 电话：xxx-xxxx-xxxx", "phone of x's"),
         ("- 地址：xx省xx市xx区xx路xx号", "address of xx"),
         ("**生效日期**：20xx年x月x日", "effective date of x's"),
         ("**更新日期**：20xx年x月x日", "update date of x's")],
        []),
    "jiayuren-md": ("holdout", "legal.md",
        {"kind": "clean (English Jekyll page with Liquid bindings, Chinese developer)", "repo_kind": "repository",
         "script": "latn", "lang": "en",
         "source": src("JiayuREN1127/JiayuREN1127.github.io", "legal.md", "7a3567b2deac95298d048612307a6b8d3e7f159e",
                       "MIT (LICENSE file of the repository: the agency-jekyll-theme's)",
                       "git cat-file of the snapshot; site.email is set in _config.yml")},
        [],
        [("{% if site.analytics.google %}", "Liquid condition, template syntax by design"),
         ("please contact us by email at <a href=\"mailto:{{ site.email }}\">{{ site.email }}</a>.",
          "Liquid binding filled from _config.yml at build")]),
    "bukutang-tw-md": ("holdout", "index.md",
        {"kind": "clean (Taiwan Hexo page, zh-Hant)", "repo_kind": "repository", "script": "hant/tw", "lang": "zh",
         "source": src("bukutang/bukutang.art", "source/privacy/index.md", "3666957a466c992b960e4e2bbd172aa61b3ae077",
                       NOLIC, "git cat-file of the snapshot")},
        [],
        []),
}


def lines_of(path):
    with open(path, "rb") as f:
        raw = f.read()
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    return raw.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n").split("\n")


def locate(lines, text, start):
    for i in range(start, len(lines)):
        if text in lines[i]:
            return i + 1
    sys.exit(f"not found after line {start}: {text!r}")


def main():
    total = capped_total = 0
    for name, (s, fname, meta, phs, amb) in DOCS.items():
        d = os.path.join(ROOT, s, name)
        lines = lines_of(os.path.join(d, fname))
        out, pos = [], 0
        for text, note in phs:
            ln = locate(lines, text, max(pos - 1, 0))
            if out and out[-1]["line"] == ln and out[-1]["text"] == text:
                ln = locate(lines, text, ln)
            out.append({"line": ln, "text": text, "note": note})
            pos = ln
        amb_out, amb_lines = [], []
        for text, note in amb:
            ln = locate(lines, text, 0)
            amb_out.append({"line": ln, "text": text, "note": note})
            amb_lines.append(ln)
        for i, line in enumerate(lines):  # an empty Markdown bullet `- `: a list item left empty (not a slot by itself)
            if line.strip() == "-":
                amb_out.append({"line": i + 1, "text": line, "note": "empty list item"})
                amb_lines.append(i + 1)
        ann = {"file": fname, **meta, "headings_annotated": False, "headings": [],
               "placeholders": out, "look_alike_lines": amb_out,
               "ambiguous_lines": [], "ambiguous_placeholder_lines": sorted(set(amb_lines))}
        with open(os.path.join(d, "annotation.json"), "w", encoding="utf-8") as f:
            json.dump(ann, f, ensure_ascii=False, indent=1)
            f.write("\n")
        slot_lines = sorted({p["line"] for p in out})
        capped = min(5, len(slot_lines))
        total += len(slot_lines)
        capped_total += capped
        print(f"{s:8} {name:20} slots {len(out)} lines {slot_lines} (capped {capped}) ambiguous {sorted(set(amb_lines))}")
    print("slot lines", total, "capped", capped_total)


if __name__ == "__main__":
    main()
