"""Write pairs/<name>/annotation.json for pairs51 (m51x), by hand from `git diff`, `git diff -w` and a character diff of
each pair, before any run of policylens.  Format of eval/pairs50: `changes` the true changes, one per edited sentence
or place (kind `modified`, `added`, `removed`); `noise` what must not be reported (kind `noise`), or is tolerated either
way (kind `optional`).  Texts are excerpts, enough to find the place.  Git sides are checked against their snapshots
here (`git rev-parse COMMIT:PATH` = the saved file's blob); index sides (read_file by commit) by their length against
the index's total_chars.  No cross-script pair was found unclaimed (see README)."""

import hashlib
import json
import os
import subprocess

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NOLIC = "none checked: index text (kept for evaluation only)"
CH = "charoiteai/Charoite_audio"
LIC = {CH: "Apache-2.0 (LICENSE in the repository)"}
MIR = "/work/.mirror"
OLD, NEW = "PRIVACY.zh.md", "docs/zh/PRIVACY.md"
ST, MG, LU = "Yongzhaooo/sts1-combat-solver", "mattheliu/model-pr-gate", "Yuan0-o/Lucent"
# pair: ((repo, commit, path) old, (repo, commit, path) new); index sides: (repo, commit, path, index id, total_chars)
SRC = {
    "charoite-cloud": ((CH, "912fbe0", OLD), (CH, "7fb826f", OLD)),
    "charoite-move": ((CH, "506406c", OLD), (CH, "c56087b", NEW)),
    "charoite-llm": ((CH, "c56087b", NEW), (CH, "56e08ff", NEW)),
    "charoite-perms": ((CH, "283d2f1", NEW), (CH, "d10686f", NEW)),
    "charoite-snap": ((CH, "7e2fbd7", NEW), (CH, "3424e41", NEW)),
    "charoite-forget": ((CH, "3424e41", NEW), (CH, "8b26643", NEW)),
    "sts1-diag": (
        (ST, "54407979fa79eb836074fbba9e7743a81171ba04", "PRIVACY.zh-CN.md", "70521150643", 1601),
        (ST, "ea867fd76185f560ab45780d10712df1c02bc219", "PRIVACY.zh-CN.md", "70220312477", 1691),
    ),
    "modelgate-rewrite": (
        (MG, "578652ae71673f1b5fffdea377c4683c01e20ee4", "PRIVACY.zh-CN.md", "65973202262", 598),
        (MG, "ddd97453b21c6845fb82acef1f16b60e1804d82d", "PRIVACY.zh-CN.md", "65854887559", 1081),
    ),
    "lucent-tools": (
        (LU, "59b9b9699a93c097679d6591dafa05b9c188c7df", "PRIVACY.zh-CN.md", "69421056770", 7890),
        (LU, "e84e0cf5ca7fa6e8f1820658ead670560efd5f51", "PRIVACY/PRIVACY.zh-CN.md", "69403131174", 9235),
    ),
}


def c(sec, old, new, kind, note="", new_sec=None):
    d = {"old_title": sec, "new_title": new_sec or sec, "old_text": old, "new_text": new, "kind": kind}
    if note:
        d["note"] = note
    return d


def n(what):
    return {"kind": "noise", "what": what}


def opt(what):
    return {"kind": "optional", "what": what}


P = "(preamble)"
CHNOTE = (
    "Charoite's Chinese privacy note (no headings: a `#` title 隐私 over one `-` list of bold-led items; the item lines "
    "are very long). Consecutive revisions of one file: `git log OLD..NEW -- PATH` lists only NEW."
)

# pair: (changes, noise, note)
A = {
    "charoite-cloud": (
        [
            c(
                P,
                "- **云层为 opt-in，默认关闭**（`cloud_enrich: false`、`cloud_live: false`）。",
                "- **云层为 opt-in，默认关闭。** 开关恰好四个，在随附配置中全部为 `false`，且这份清单就是全部真相：若出现第五个而未在此记录，测试会失败。",
                "modified",
                "the cloud item's lead: two switches in parentheses → 'exactly four switches, all false, a fifth fails the tests'",
            ),
            c(
                P,
                "",
                "  - `cloud_enrich` —— … - `cloud_live` —— … - `cloud_hints` —— … - `cloud_edit_graph` —— …（逐字稿、会议纪要与「## 作者修改」永不触碰）",
                "added",
                "a nested list of the four switches, each with what it sends (four items)",
            ),
            c(
                P,
                "开启后它在您自己的订阅下运行 `claude` CLI；您选择送去增强的逐字稿会以您的账号…发送。关掉它，Charoite 即完全离线。",
                "  开启后它们在您自己的订阅下运行 `claude` CLI；您选择送出的内容会以您的账号…发送。全部关掉，Charoite 即完全离线。",
                "modified",
                "the closing sentences, now an indented paragraph of the item: 它 → 它们, 送去增强的逐字稿 → 送出的内容, 关掉它 → 全部关掉",
            ),
        ],
        [n("the nested item text 「## 作者修改」 (inline, not a heading)")],
        CHNOTE
        + " 912fbe0 → 7fb826f (when the file was PRIVACY.zh.md): one list item rewritten into a lead, four nested items and an indented paragraph.",
    ),
    "charoite-move": (
        [],
        [
            n(
                "the language line's link targets: (PRIVACY.md) → (../../PRIVACY.md), (PRIVACY.ru.md) → (../ru/PRIVACY.md): the file moved from PRIVACY.zh.md to docs/zh/PRIVACY.md"
            )
        ],
        CHNOTE
        + " 506406c → c56087b: **control** — the file was moved (PRIVACY.zh.md → docs/zh/PRIVACY.md) and only the relative link targets of the language line changed; expected clean.",
    ),
    "charoite-llm": (
        [
            c(
                P,
                "…——除非您明确开启云层。",
                "…——除非您明确开启云层。LLM 地址由代码守护，而非约定：…非回环的 `llm.base_url`…会在启动时被拒绝，除非显式设置 `llm.allow_remote: true` ——…",
                "modified",
                "a sentence appended to the no-network item: the LLM address is guarded, remote refused unless llm.allow_remote",
            ),
            c(
                P,
                "逐字稿、会议纪要与「## 作者修改」永不触碰",
                "逐字稿、会议纪要、会议归档文件夹与「## 作者修改」永不触碰",
                "modified",
                "cloud_edit_graph item: the meeting-archive folder added to what is never touched",
            ),
            c(
                P,
                "…每次修改前都会备份。",
                "…每次修改前都会备份。这由代码保证，而非提示词的措辞：工作进程在运行前对整个图谱做快照…撤销一切越界改动…",
                "modified",
                "cloud_edit_graph item: a sentence appended (snapshot before, compare after, revert out-of-bounds edits)",
            ),
            c(
                P,
                "…而不是别人会议前手改 YAML。",
                "…而不是别人会议前手改 YAML。它同样压过 `llm.allow_remote`：开关生效时，非本机的 `llm.base_url` 也会被拒绝…",
                "modified",
                "kill-switch item: a sentence appended (it also overrides llm.allow_remote)",
            ),
            c(
                P,
                "…（连同那场会议带来的事实一起），以及档案与人物节点中的链接。",
                "…（连同那场会议带来的事实一起）、档案与人物节点中的链接，以及 `.cloud_backup/` 里那场会议的文件——云端复核改图前的快照会整体复制图谱，遗忘必须触及这些副本。",
                "modified",
                "forget item: the .cloud_backup/ snapshots added to what is forgotten",
            ),
        ],
        [],
        CHNOTE + " c56087b → 56e08ff: additions inside four long items (two in one item).",
    ),
    "charoite-perms": (
        [
            c(
                P,
                "…——除非您明确开启云层",
                "…——除非您明确开启云层。有两个例外并不属于云层…：**每日版本检查**（请求 `api.github.com`，默认开启…），以及首次识别时的**一次性模型下载**…。两者都遵守总开关…",
                "modified",
                "the no-network item: two exceptions disclosed (daily version check to api.github.com, one-time model download) and both obey the kill switch",
            ),
            c(
                P,
                "",
                "- **只有你的账户能读会议内容。** 录音、逐字稿、纪要、检索索引和守护进程日志只为所有者创建——文件 `0600`，目录 `0700`。…",
                "added",
                "a new item after the kill-switch item: owner-only file permissions (0600/0700), migration, what it does not cover",
            ),
        ],
        [],
        CHNOTE + " 283d2f1 → d10686f.",
    ),
    "charoite-snap": (
        [
            c(
                P,
                "…以及 `.cloud_backup/` 中的图谱快照",
                "…以及 `.cloud_backup/`（旧位置）以及新的快照目录 `backups/<图谱>-<哈希>/cloud_backup/`（位于守护进程数据旁，不参与同步；2026-08-21 迁移） 中的图谱快照",
                "modified",
                "cloud_edit_graph item (nested, very long line): the new snapshot directory added beside the old .cloud_backup/",
            ),
        ],
        [],
        CHNOTE + " 7e2fbd7 → 3424e41: one insertion in the middle of a 1,000-character nested item.",
    ),
    "charoite-forget": (
        [
            c(
                P,
                "…以及 `.cloud_backup/` 里那场会议的文件——云端复核改图前的快照会整体复制图谱…",
                "…以及会前快照里那场会议的文件——图谱里旧的 `.cloud_backup/` 和它们的新家 `backups/<图谱>-<哈希>/cloud_backup/`（…21.08 迁移）：云端复核改图前的快照会整体复制图谱…",
                "modified",
                "forget item: the snapshot places rewritten (old .cloud_backup/ and the new backups/ directory)",
            ),
            c(
                P,
                "…以及清理其他参会者手里的文件。",
                "…以及清理其他参会者手里的文件。还有两处它会明说而不是假装：构建图谱时，会议的主题行和决定会发送到记忆伴侣（`brain`…）…本地聊天（…`chat_history.json`…）只能用聊天自己的**清除**按钮清理…",
                "modified",
                "forget item: two limits appended (the brain memory service has no forgetting; the local chat history is not rewritten)",
            ),
            c(
                P,
                "",
                "- **iPhone 伴侣应用保留最近五条已发送录音。** 已送达的文件从队列移到 `sent/`，最新的五条会留在那里…",
                "added",
                "a new item after the forget item: the iPhone companion keeps the last five sent recordings",
            ),
        ],
        [],
        CHNOTE + " 3424e41 → 8b26643.",
    ),
    "sts1-diag": (
        [
            c(
                "诊断错误报告",
                "按下 `F6` 可将最近一场战斗的数据导出至本地归档。导出内容可能包括…",
                "求解器默认在本机持续记录对局（可在面板设置里关闭）：数据目录 `runs/` 下每个种子一个文件，只保留最近 20 个种子且不超过 50 MB。按下 `F6` 会把当前种子的记录导出为桌面上的一个 json 文件，不会发送到任何地方。导出文件可能包括…",
                "modified",
                "the diagnostics paragraph's opening: continuous local recording (runs/, 20 seeds, 50 MB) added; F6 now exports the current seed to a json file on the desktop",
            ),
        ],
        [],
        "A game mod's privacy note (STS1 Combat Solver). Two stored index versions of one file (54407979 → ea867fd7); their order is not proven (the "
        "repository could not be fetched): the newer is taken to be the one describing continuous recording.",
    ),
    "modelgate-rewrite": (
        [
            c(
                "(none)",
                "",
                "## 默认：验证最小证明 Action 读取 GitHub 已经提供给 runner 的 PR 事件文件… 证明只包含模型 ID、提交 SHA… CI 日志只有固定的结果… 签名私钥不应出现在 PR…",
                "added",
                "a new first section (four paragraphs): the default proof-verification Action",
                new_sec="默认：验证最小证明",
            ),
            c(
                "(none)",
                "",
                "## 可选 DeepSeek Harness 插件 DSH 插件只读取当前 Agent 配置的模型 ID… DSH 可能把工具参数和结果记录到自身会话日志…",
                "added",
                "a new section (two hard-wrapped paragraphs): the optional DSH plug-in",
                new_sec="可选 DeepSeek Harness 插件",
            ),
            c(
                P,
                "本地命令只读你指定的 session 文件。不联网、不扫描其他文件夹、不写缓存、不收集遥测。逐行解析后丢弃原始记录，不保存对话。…",
                "`model-session-audit` 只打开明确指定的文件，逐行处理，不扫描其他目录、不联网。解析后丢弃原始记录，只在内存中保留请求/轮次 ID 的散列用于计数…",
                "modified",
                "the local-command paragraph reworded (now under the new heading 可选：本地日志审计)",
                new_sec="可选：本地日志审计",
            ),
            c(
                P,
                "命令行输出模型标签、汇总计数、证据完整性和白名单检查结果，不输出提示词、代码、工具参数、文件路径、session ID、request ID、response ID 或时间戳。…",
                "命令行 JSON 包含模型标签和汇总计数，不包含提示词、代码、路径或原始 ID。内部模型名称仍可能出现在结果中。请把原始 session 留在本地…",
                "modified",
                "the CLI-output paragraph reworded (fewer listed fields, a new 'keep raw sessions local' sentence)",
                new_sec="可选：本地日志审计",
            ),
            c(
                P,
                "GitHub Action 只输出固定的结果和证据级别… 仓库没有真实 session… 可选 GitHub App 是另一个程序… 本地日志可能被修改、截断或遗漏。…",
                "可选的日志审计 Action 只打印固定结果和证据级别，它与默认验签工具分开，也不能认证真实来源。仓库不包含真实 session、凭据或个人活动报告，测试使用合成数据。v0.3 没有第三方 App 服务。",
                "modified",
                "four old paragraphs (Action output, no real data in the repo, the optional GitHub App, logs may be altered) merged into one; the GitHub App paragraph dropped ('v0.3 has no third-party App service')",
                new_sec="可选：本地日志审计",
            ),
        ],
        [],
        "A CI model-provenance gate's privacy note (model-pr-gate): **a rewrite** — a note of six paragraphs with no headings becomes three `##` "
        "sections; the old paragraphs reappear reworded under the third. Two of three stored index versions (578652ae → ddd97453); order not proven.",
    ),
    "lucent-tools": (
        [
            c(
                "5.2 网络搜索",
                "Lucent 会把搜索关键词发送到 DuckDuckGo 的搜索接口。如果那里没有返回可用结果，还可能查询英文 Wikipedia 的搜索 API。…使用本地模型期间网络搜索不可用…",
                "Lucent 会把搜索关键词发送到公开的搜索引擎。引擎由你选择，也可以保持“自动”：…Bing、DuckDuckGo、Google、Brave、Mojeek、Yandex、百度、搜狗、360 搜索，以及 Wikipedia 搜索 API。全程不使用搜索 API 密钥…网络搜索需要开启 Agent 模式…",
                "modified",
                "web search: one engine → ten engines (or automatic), no API key, needs Agent mode",
            ),
            c(
                "5.3 语义搜索",
                "Lucent 的语义搜索有两种方式。…这是一个由你控制的设置，默认选择的是本地方式。",
                "Lucent 的语义搜索跟随你正在使用的助手，无需额外选择。…切换两种模型，行为也随之切换。",
                "modified",
                "semantic search: a user setting (default local) → follows the model in use",
            ),
            c(
                "(none)",
                "",
                "### 5.8 工具箱 除笔记与任务之外，你还可以给助手一套真正的工具箱… - **工作区。** … - **留在本地的内容。** …（nine hard-wrapped items）",
                "added",
                "a new `###` sub-section 5.8 工具箱 at the end of section 5: a hard-wrapped lead and nine hard-wrapped bold-label items",
                new_sec="5.8 工具箱",
            ),
            c(
                "9. 你手中的控制项",
                "- **助手服务商与记忆。** 设置 → 助手。选择服务商…记忆档位决定…",
                "- **助手服务商与记忆。** 设置 → 助手，再进入云端模型或本地模型。选择服务商…两个模型各自保存自己的记忆档位，它决定…",
                "modified",
                "controls: the provider/memory item (two models, each its own memory level)",
            ),
            c(
                "9. 你手中的控制项",
                "- **网络搜索。** 设置 → 助手，默认关闭。",
                "- **网络搜索。** 设置 → 助手 → 个性化。一个开关，默认关闭，旁边选择搜索引擎。当本地模型未开启 Agent 模式时它会隐藏…",
                "modified",
                "controls: the web-search item (menu path, engine choice, hidden without Agent mode)",
            ),
            c(
                "9. 你手中的控制项",
                "- **语义搜索。** 设置 → 助手。可在本地方式与云端方式之间选择。",
                "- **语义搜索。** 设置 → 助手。它跟随当前使用的模型：本地模型把索引留在设备上，云端模型会把文本发送给你的服务商。…",
                "modified",
                "controls: the semantic-search item",
            ),
        ],
        [n("the file moved from PRIVACY.zh-CN.md to PRIVACY/PRIVACY.zh-CN.md (not visible in the texts)")],
        "A notes app's privacy policy (Lucent). Two stored index versions: PRIVACY.zh-CN.md at 59b9b96 → PRIVACY/PRIVACY.zh-CN.md at e84e0cf5 "
        "(the file moved into a folder; PRIVACY/PRIVACY.zh-CN.md has four stored versions, so the pair is not proven consecutive).",
    ),
}


def _gitdir(repo):
    g = os.path.join(MIR, repo.replace("/", "+"), "repo")
    return os.path.join(g, ".git") if os.path.isdir(os.path.join(g, ".git")) else g


def side(pair, name, spec):
    with open(os.path.join(HERE, "pairs", pair, name), "rb") as fh:
        data = fh.read()
    if len(spec) == 5:  # an index text: its length is checked against the index's total_chars
        repo, commit, path, index_id, chars = spec
        assert len(data.decode("utf-8")) == chars, (pair, name)
        return {
            "repo": repo,
            "path": f"{repo}:{path}",
            "commit": commit,
            "index_id": index_id,
            "bytes": len(data),
            "sha256": hashlib.sha256(data).hexdigest(),
            "blob": f"index:{index_id}",
        }
    repo, commit, path = spec
    blob = subprocess.run(["git", "hash-object", "--stdin"], input=data, capture_output=True, check=True).stdout.decode().strip()
    git = _gitdir(repo)
    full = subprocess.run(["git", "--git-dir", git, "rev-parse", commit], capture_output=True, check=True, text=True).stdout.strip()
    real = subprocess.run(
        ["git", "--git-dir", git, "rev-parse", f"{full}:{path}"], capture_output=True, check=True, text=True
    ).stdout.strip()
    assert real == blob, (pair, name, real, blob)
    return {
        "repo": repo,
        "path": f"{repo}:{path}",
        "commit": full,
        "blob": blob,
        "bytes": len(data),
        "sha256": hashlib.sha256(data).hexdigest(),
    }


if __name__ == "__main__":
    src_lines, hashes = [], []
    assert sorted(A) == sorted(SRC)
    for pair, (changes, noise, note) in sorted(A.items()):
        files = sorted(os.listdir(os.path.join(HERE, "pairs", pair)))
        o = next(f for f in files if f.startswith("old."))
        w = next(f for f in files if f.startswith("new."))
        so, sn = side(pair, o, SRC[pair][0]), side(pair, w, SRC[pair][1])
        for k, s, f in (("old", so, o), ("new", sn, w)):
            src_lines.append(f"{pair} {k} {s['commit']} {s['blob']} {s['bytes']} {s['sha256']} {s['path']}")
            hashes.append(f"{s['sha256']}  {pair}/{f}")
        repo = so["repo"]
        ann = {
            "source": {"repo": repo, "license": LIC.get(repo, NOLIC), "old": so, "new": sn},
            "changes": changes,
            "noise": noise,
            "note": note,
        }
        with open(os.path.join(HERE, "pairs", pair, "annotation.json"), "w", encoding="utf-8") as fh:
            json.dump(ann, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print(f"{pair}: {len(changes)} changes")
    with open(os.path.join(HERE, "SOURCES.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(src_lines) + "\n")
    with open(os.path.join(HERE, "pairs", "HASHES.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(hashes) + "\n")
