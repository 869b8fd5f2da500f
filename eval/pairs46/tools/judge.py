"""Verdicts on every reported entry of the runs of pairs46 (u46d), written after reading `tools/dump.py RUN` and the text
reports (entries in the order `../pairs26/tools/score.py` counts them: the `title_change` first when there is one, then
`sections[].changes` in order).  An entry is ["true", [annotated change indices]], ["noise", []] or ["optional", []];
`section_errors` lists false added/removed/split/merged sections.  `first` is the run on the session's frozen base
(`runs/`, /work/wt/base46 = 3cc90e51, blind); later keys are runs of fixed code (not blind), judged after reading their
dumps."""

import json
import os
import sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def seq(*idx):
    """Entries 1.. judged in order: an int (or a tuple of ints) the annotated changes it shows, None noise, "o" optional."""
    out = {}
    for k, i in enumerate(idx):
        if i is None:
            out[str(k + 1)] = ["noise", []]
        elif i == "o":
            out[str(k + 1)] = ["optional", []]
        else:
            out[str(k + 1)] = ["true", list(i) if isinstance(i, tuple) else [i]]
    return out


def rep(i, k):
    return [i] * k


# hutao-md-html, base: 1 the title 「用户数据和隐私权益」 → 「… | 胡桃工具箱」 (the <title>'s site-name suffix); 2–3 sidebar
# links 「更新日志」「使用第三方工具获取有 Stoken 的 cookie」 in the preamble; 4 the page meta line 「DGP-Studio2023年1月11日公告大约
# 2 分钟」; 5–11 the page's own table of contents 「此页内容」 and its seven heading links, all in an [added] section
# 「用户数据和隐私权益」 (the sidebar's current-page entry taken for a heading); 12–14 「在 GitHub 上编辑此页」, 「上次编辑于」,
# 「贡献者」 in 可信任的域名: all page chrome, noise.
MH = seq(*rep(None, 14))
MH_SEC = ["sidebar entry 「1.9.0 版本重大改变详解」 shown as an [added] section",
          "sidebar's current-page entry 「用户数据和隐私权益」 shown as an [added] section holding the page TOC",
          "the page's <h1> 「用户数据和隐私权益」 shown as a split section (heading added, text moved) though it is the title"]
# hutao-rewrite, base: 1 new intro (change 0); 2 个人信息数据 (1); 3 the old lead sentence deleted in [removed] 常规数据使用 (2);
# 4–7 item 1 (3); 8–10 item 2 (4); 11–14 item 3 (5); 15–16 item 4 (6); 17–18 item 5 (7); 19–22 item 6 (8); 23 the new
# lead sentence in [added] 常规数据使用说明 (2); 24–27 本地存储 (3); 28–32 错误与统计信息收集 (4); 33–36 胡桃数据库 (5); 37 实时便笺
# (6); 38 高级启动器 (7); 39–41 胡桃账号功能 (8); 42–44 可信任的域名 (9).
RW = seq(0, 1, 2, *rep(3, 4), *rep(4, 3), *rep(5, 4), *rep(6, 2), *rep(7, 2), *rep(8, 4), 2, *rep(3, 4), *rep(4, 5),
         *rep(5, 4), 6, 7, *rep(8, 3), *rep(9, 3))
RW_SEC = ["常规数据使用 → 常规数据使用说明 (renamed, its lead sentence rewritten, its list moved to sub-parts) shown as "
          "[removed] + [added]"]
FIRST = {
    "hutao-drop": {"reported": seq(0), "section_errors": []},
    "hutao-format": {"reported": {}, "section_errors": []},
    "hutao-hoyolab": {"reported": seq("o"), "section_errors": []},
    "hutao-md-html": {"reported": MH, "section_errors": MH_SEC},
    "hutao-paren": {"reported": {}, "section_errors": []},
    "hutao-rewrite": {"reported": RW, "section_errors": RW_SEC},
    # 1 帐号→账号 (optional); 2 hutao.ao dropped (1).  Missed: the note 「我们仅使用此域名发送系统邮件」 moved from
    # snapgenshin.com to snapgenshin.cn (0): read as a paragraph moved inside its section, no change.
    "hutao-spacing": {"reported": seq("o", 1), "section_errors": []},
    # 1 个人信息数据 (0); 2 HoYoLab (1); 3 截图目录 (2); 4–7 the account item (3); (untitled) → 常规数据使用 renamed: as annotated
    "hutao-tos": {"reported": seq(0, 1, 2, *rep(3, 4)), "section_errors": []},
    # batch 2 (its own blind first run on base46)
    "latex-rename": {"reported": {}, "section_errors": []},
    "latex-xscript": {"reported": {}, "section_errors": []},
    # 1–7 shown as ≃ reworded across scripts (not counted by the tool): 1 邮箱地址 → 電子郵件, 2–4 教程 → 教學, 6 友好 → 友善
    # (regional wording, annotated as noise: noise); 5 在 → 於 and 7 禁用 → 停用 (annotated optional); 8 「响应时间…回复您的
    # 请求」 → 「回應時間…回應您的請求」 shown as a change, [modified], exit 1: 回复 → 回應 annotated optional (响应 → 回應 is
    # regional wording the variant table does not know)
    "ocd-xscript": {"reported": seq(None, None, None, None, "o", None, "o", "o"), "section_errors": []},
}

# u46d (not blind): hutao-rewrite (43 entries): 1 intro (0); 2 个人信息数据 (1); 3 the lead sentence, one replace in
# 常规数据使用 → 常规数据使用说明 [modified, renamed] (2); 4–8 item 1 (3); 9–12 item 2 (4); 13–17 item 3 (5); 18–19 item 4 (6);
# 20–21 item 5 (7); 22–25 item 6 (8); 26–28 本地存储 (3); 29–32 错误与统计信息收集 (4); 33–35 胡桃数据库 (5); 36 实时便笺 (6);
# 37 高级启动器 (7); 38–40 胡桃账号功能 (8); 41–43 可信任的域名 (9).  hutao-spacing: 1 帐号→账号 (optional); 2–3 the note
# deleted under snapgenshin.com and inserted under snapgenshin.cn (0); 4 hutao.ao (1).  The other pairs' JSON is
# byte-identical to `runs/`; hutao-md-html: its first entry (the <title>'s site name) is gone.
U46D = {
    **FIRST,
    "hutao-rewrite": {
        "reported": seq(0, 1, 2, *rep(3, 5), *rep(4, 4), *rep(5, 5), *rep(6, 2), *rep(7, 2), *rep(8, 4), *rep(3, 3), *rep(4, 4),
                        *rep(5, 3), 6, 7, *rep(8, 3), *rep(9, 3)),
        "section_errors": [],
    },
    "hutao-spacing": {"reported": seq("o", 0, 0, 1), "section_errors": []},
    # the title suffix 「 | 胡桃工具箱」 is no longer a title change (`diff.title`, the navbar's brand); the 13 chrome entries
    # and 3 section errors stay (page chrome of the VuePress frame: `load.html`, not changed here)
    "hutao-md-html": {"reported": seq(*rep(None, 13)), "section_errors": MH_SEC},
}

# u46l (not blind; `runs-u46l/`, lead46 + the loaders' fixes): the other pairs' JSON is byte-identical to `runs-u46d/`;
# hutao-md-html reports nothing (the VuePress frame is page chrome: `load.html.chrome._docs_site_frames`), exit 0
U46L = {**U46D, "hutao-md-html": {"reported": {}, "section_errors": []}}

# u46d2 (not blind; branch u46d2 from lead46, whose dev outputs equal `runs-u46d/` but ocd-xscript's): ocd-xscript
# with 响应/回應, 教程/教學, 友好/友善 in the variant table: 1 邮箱地址 → 電子郵件 (noise); 2 在 → 於 and 3 禁用 → 停用
# (optional); 4 「响应时间…回复您的请求」 → 「回應時間…回應您的請求」, now only 回复 → 回應 shown (optional), exit 1.
U46D2 = {**U46D, "ocd-xscript": {"reported": seq(None, "o", "o", "o"), "section_errors": []}}

# held out (hutao-banner, hutao-domains, hutao-order), run once at the end on base46 (`runs-held-base/`) and on the
# branch (`runs-held-u46d/`): byte-identical JSON.  hutao-domains: 1–9 the added part 「可信任的域名」, its intro and the
# eight lines of its list (0); the two controls: no entry, exit 0.
HELD_BASE = {
    "hutao-banner": {"reported": {}, "section_errors": []},
    "hutao-domains": {"reported": seq(*rep(0, 9)), "section_errors": []},
    "hutao-order": {"reported": {}, "section_errors": []},
}
HELD_U46D = HELD_BASE


def main():
    path = os.path.join(HERE, "judgments.json")
    data = json.load(open(path, encoding="utf-8")) if os.path.exists(path) else {}
    data["first"] = FIRST
    for key in sys.argv[1:]:
        data[key.lstrip("-")] = globals()[key.lstrip("-").replace("-", "_").upper()]
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")


if __name__ == "__main__":
    main()
