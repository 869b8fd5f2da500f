"""Write pairs/*/annotation.json and annotations/expected.json of eval/pairs61t (m61s, Part B of the sixty-first
session: the secret final set), by hand, before any run of policylens: five version pairs of HTML privacy pages from
the git history of three repositories and two compare groups (en / zh-Hans of one commit). Shape and rules of
eval/pairs61s/tools/annotate.py (pairs55d/56d/59e/60e): one change per edited sentence, list item, table row or place;
a changed title is a change (here the page's <title>); an added or removed section counts one change per paragraph or
item it holds; markup (a link's target under the same link text, a reindented or reformatted file, blank lines, the
trailing newline) and whitespace alone are no change; a site's chrome around an unchanged policy (a blog theme's name,
nav, share bar, footer) is `optional` (visible text, but not the policy's). The changed lines were listed from the two
files with diff (not policylens) and each read.
Usage: python3 tools/annotate.py  (from eval/pairs61t)"""

import hashlib
import json
import pathlib
import shutil

HERE = pathlib.Path(__file__).resolve().parents[1]
ARJ = "arjenou/extension-privacy-policy"
ROBIN = "Robin-JW/gejw0623.github.io"
ENERGY = "tarayoyo8-coder/energymap-web"
FJVN = "FJVN/chat-w-webpage"
SPEAKIT = "alexdai039/SpeakIt"
COMMITS = {
    "22299dd": "22299dd7e93735622e18e8fb6c15b084bce6f1a2",
    "10212f2": "10212f23ea7d289d6369c8550dba9e5ec66c7bdf",
    "624ff62": "624ff62b54707e28888348c90f138b628186fc3c",
    "fa6e6bf": "fa6e6bf1cac77bbaabb65ad25f79fcf78dfd49ed",
    "7517079": "7517079655c32e3f1ee87f45695457cd7f7eab63",
    "5ea929f": "5ea929f238adc10f0c4a4bc0360ccb4169b90614",
    "6943ea5": "6943ea56d101a37b713d0722e29ab7ac9bdb7f83",
    "4c92608": "4c92608698ddf43037a56f2f4a097569e92a2ce9",
    "0117fb9": "0117fb95b483db53dcf4b21aaf423020f9d50257",
    "0345ffd": "0345ffd7f9f0d07a0d75738a54f89d15bf9be262",
}


def side(name: str, path: str, commit: str) -> dict[str, object]:
    data = (HERE / "sources" / name).read_bytes()
    return {"path": path, "commit": commit, "sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}


def ch(line: str, old_title: str, new_title: str, old_text: str, new_text: str, kind: str, note: str) -> dict[str, str]:
    return {"line": line, "old_title": old_title, "new_title": new_title, "old_text": old_text, "new_text": new_text,
            "kind": kind, "note": note}


def rebrand() -> list[dict[str, str]]:
    """Commit 4c92608 「Rebrand privacy page to Pillars & Stars」: EnergyMap / 能量地图 -> Pillars & Stars on the page's
    <title> and on eleven lines of both halves (English, then the Chinese <div class="zh">). One change per line."""
    old = (HERE / "sources" / "energy-6943ea5-privacy-policy.html").read_text(encoding="utf-8").split("\n")
    new = (HERE / "sources" / "energy-4c92608-privacy-policy.html").read_text(encoding="utf-8").split("\n")
    sections = {
        4: ("(title)", "title"), 23: ("Privacy Policy", "modified"), 28: ("Privacy Policy", "modified"),
        47: ("4. Web hosting & logs", "modified"), 50: ("5. External links", "modified"), 53: ("6. Children", "modified"),
        67: ("隐私政策", "modified"), 72: ("隐私政策", "modified"), 91: ("4. 网页托管与日志", "modified"),
        94: ("5. 外部链接", "modified"), 97: ("6. 未成年人", "modified"), 109: ("(footer)", "modified"),
    }
    out = []
    for line, (title, kind) in sections.items():
        o, n = old[line - 1].strip(), new[line - 1].strip()
        assert o != n and ("EnergyMap" in o or "能量地图" in o) and "Pillars & Stars" in n, line
        note = "the page's <title> (the <h1>s say Privacy Policy / 隐私政策, unchanged)" if kind == "title" else \
            f"line {line}: the product renamed (EnergyMap / 能量地图 -> Pillars & Stars)"
        out.append(ch(f"{line} / {line}", title, title, o, n, kind, note))
    assert len(out) == 12
    return out


PAIRS = [
    # (name, repo, path, old, new, stem, changes, optional, no_change, note)
    (
        "arjenou-link", ARJ, "privacy_policy_zh.html", "22299dd", "10212f2", "arjenou",
        [],
        [],
        [
            "49: the language switch's English link target privacy_policy.html -> index.html (same link text 「English」)",
            "103: a trailing newline added after </html>",
            "no word a reader sees changed: expected clean, exit 0",
        ],
        "commit 'Update privacy_policy_zh.html' (2025-05-15), after the English page was renamed index.html",
    ),
    (
        "arjenou-reformat", ARJ, "privacy_policy_zh.html", "10212f2", "624ff62", "arjenou",
        [],
        [],
        [
            "a code formatter's pass: blank lines added between CSS rules and around <head>/<body>, `h1, h2` split on two "
            "lines, rgba(0,0,0,0.1) spaced, whitespace-only lines emptied, the trailing newline removed",
            "no word a reader sees changed: expected clean, exit 0",
        ],
        "commit 'second commit' (2025-05-15): the same page reformatted (the ja page likewise)",
    ),
    (
        "robin-rewrap", ROBIN, "privacy_policy_zh (old) / privacy_policy_zh.html (new)", "fa6e6bf", "7517079", "robin",
        [],
        [
            {"line": "new 16/50/100/108", "text": "Robin灬桑", "note": "the blog's name (<title>, header <h1>s): a title where the export had none"},
            {"line": "new 63-67, 114-118", "text": "主页 / 所有文章 / 关于我", "note": "the theme's nav lists"},
            {"line": "new 143", "text": "2018-09-01", "note": "the post date"},
            {"line": "new 533", "text": "分享到：", "note": "the share bar"},
            {"line": "new 574/577", "text": "© 2018 Robin灬桑 / 苏ICP备16009632号-1", "note": "the footer"},
        ],
        [
            "the policy itself: the same 22 <p> paragraphs, byte-identical, in the same order (the Markdown editor's "
            "export with its <style> block, now inside the Hexo theme's article)",
            "everything else is the theme's markup, scripts and ads code",
        ],
        "a Hexo blog's privacy page: at fa6e6bf the file was the editor's standalone HTML export (renamed "
        "privacy_policy_zh, no extension), at 7517079 the generated blog page again (2018-09-01, six minutes apart)",
    ),
    (
        "energy-date", ENERGY, "privacy-policy.html", "5ea929f", "6943ea5", "energy",
        [ch("23 / 23", "Privacy Policy", "Privacy Policy", "EnergyMap · 能量地图 — last updated 10 July 2026",
            "EnergyMap · 能量地图 — last updated 10 August 2026", "modified",
            "the English half's date line (the Chinese half's 「最后更新 2026 年 7 月 10 日」 L67 was not changed)")],
        [
            {"line": "62 / 62", "text": "<a href=\"mailto:tarayoyo8@gmail.com\"> -> <a href=\"mailto:RootChakraHoly Inc. — tarayoyo8@gmail.com\">",
             "note": "the contact link's target changed, its text (tarayoyo8@gmail.com) not: markup by the rules; the "
             "commit meant to add the company name"},
        ],
        ["everything else byte-identical"],
        "commit 'Refresh privacy policy: date → Aug 2026, add RootChakraHoly Inc.' (2026-08-03): a bilingual page "
        "(English, then a Chinese <div class=\"zh\">)",
    ),
    (
        "energy-rebrand", ENERGY, "privacy-policy.html", "6943ea5", "4c92608", "energy",
        None,  # filled by rebrand()
        [],
        ["the other lines byte-identical (dates unchanged: 10 August 2026 / 2026 年 7 月 10 日)"],
        "commit 'Rebrand privacy page to Pillars & Stars' (2026-08-05): the product renamed in both halves",
    ),
]

EXPECTED = {
    "written_before_any_run_on_these_files": True,
    "how": "m61s, 2026-12-07: each edition read side by side in full (the text between <body> and </body>)",
    "groups": {
        "fjvn": {
            "editions": ["en", "zh-Hans"],
            "source": {"repo": FJVN, "commit": COMMITS["0117fb9"], "paths": ["privacy-policy.html", "privacy-policy-zh.html"]},
            "real": [],
            "borderline": [],
            "note": "Chat w WebPage (a Chrome extension): a faithful translation, 12 sections and 2 subsections, item for "
            "item (the same five permissions, four providers, three laws, the date 2025-12-26, the e-mail): any sure "
            "entry is false",
        },
        "speakit": {
            "editions": ["en", "zh-Hans"],
            "source": {"repo": SPEAKIT, "commit": COMMITS["0345ffd"], "paths": ["privacy_policy_en.html", "privacy_policy_zh.html"]},
            "real": [
                "SR1: section 10 differs in subject: en '10. California Privacy Rights' (CCPA rights, contact us) vs "
                "zh-Hans 「10. 中国用户的特别说明」 (the PRC Cybersecurity Law and PIPL, 作为数据控制者 …) — neither edition has "
                "the other's section",
            ],
            "borderline": [
                "SB1: the product named SpeakIt in en, 语录宝 in zh-Hans (one app, a name per language)",
            ],
            "note": "语录宝 / SpeakIt: otherwise a faithful translation, 13 sections in the same order, the same date and e-mail",
        },
    },
}


def write_pairs() -> None:
    for name, repo, path, old, new, stem, changes, optional, no_change, note in PAIRS:
        if stem == "robin":
            src_old, src_new = f"robin-{old}-privacy_policy_zh", f"robin-{new}-privacy_policy_zh.html"
        else:
            src_old, src_new = f"{stem}-{old}-{path}", f"{stem}-{new}-{path}"
        d = HERE / "pairs" / name
        d.mkdir(parents=True, exist_ok=True)
        shutil.copy(HERE / "sources" / src_old, d / "old.html")
        shutil.copy(HERE / "sources" / src_new, d / "new.html")
        paths = path.split(" / ") if " / " in path else [path, path]
        ann = {
            "source": {
                "repo": repo,
                "licence": "none stated (short evaluation excerpt)",
                "old": side(src_old, paths[0].replace(" (old)", ""), COMMITS[old]),
                "new": side(src_new, paths[1].replace(" (new)", ""), COMMITS[new]),
            },
            "note": note,
            "changes": rebrand() if changes is None else changes,
            "optional": optional,
            "no_change": no_change,
        }
        (d / "annotation.json").write_text(json.dumps(ann, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def write_editions() -> None:
    for group, stem, commit, names in (
        ("fjvn", "fjvn", "0117fb9", ("privacy-policy.html", "privacy-policy-zh.html")),
        ("speakit", "speakit", "0345ffd", ("privacy_policy_en.html", "privacy_policy_zh.html")),
    ):
        d = HERE / "editions" / group
        d.mkdir(parents=True, exist_ok=True)
        shutil.copy(HERE / "sources" / f"{stem}-{commit}-{names[0]}", d / "en.html")
        shutil.copy(HERE / "sources" / f"{stem}-{commit}-{names[1]}", d / "zh-Hans.html")
    (HERE / "annotations").mkdir(exist_ok=True)
    (HERE / "annotations" / "expected.json").write_text(
        json.dumps(EXPECTED, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


def main() -> None:
    write_pairs()
    write_editions()


if __name__ == "__main__":
    main()
