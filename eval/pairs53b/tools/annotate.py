"""Write pairs/<name>/annotation.json for pairs53b (m53y), by hand from a line diff and a character diff of each pair,
each document read in full, before any run of policylens.  Format of eval/pairs52b (pairs52, pairs51): `changes` the
true changes, one per edited sentence or place (kind `modified`, `added`, `removed`); `noise` what must not be reported
(kind `noise`) or is tolerated either way (kind `optional`).  Every side is a git blob of a `fetch` snapshot, checked here
(`git rev-parse COMMIT:PATH` = the saved file's blob); also writes the sides from the snapshots when they are missing.

Sources (never used before: not in /work/used_repos.txt, /work/claims.txt, eval/, corpora/, tests/; claimed `m53y`):
- SawyerJames/gsWeChat `src/pages/privacy/index.vue` (Vue 2 page, a 2018 隐私保护声明 of 吉林省腾放科技有限公司): the
  product renamed 无感付 → 小K出行 in every paragraph that names it (13 paragraphs);
- JW1819/shuerte-app `src/pages/privacy/index.vue` (Taro/Vue mini-program, six-section 隐私政策): consecutive commits
  that only edit the `<style lang="scss">` block (expected clean);
- dashe-pro/hotel-check `src/pages/privacy/index.vue` (uni-app 隐私保护指引 of a hotel hidden-camera report mini-program):
  an 「同意隐私保护指引」 button added above the title, with its handler and styles;
- 378840826/amazon-seller-assistant-fe `src/pages/privacy/index.tsx` (React TSX, a bilingual 中文 / English 隐私政策 of an
  Amazon seller tool): the page wrapped in one more `<div>`, every line re-indented (expected clean; added after the
  first run of the four other pairs, annotated before its own first run)."""

import hashlib
import json
import os
import subprocess

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MIR = "/work/.mirror"
GS, SH, HC = "SawyerJames/gsWeChat", "JW1819/shuerte-app", "dashe-pro/hotel-check"
AZ = "378840826/amazon-seller-assistant-fe"
NOLIC = "none found (no LICENSE in the repository; kept for evaluation only)"
P = "src/pages/privacy/index.vue"
SRC = {
    "gswechat-rename": ((GS, "fc60438", P), (GS, "c45d65f", P)),
    "shuerte-css1": ((SH, "4281e9b", P), (SH, "4bf1c38", P)),
    "shuerte-css3": ((SH, "a40cd74", P), (SH, "e2b785e", P)),
    "hotel-agree-button": ((HC, "deb1357", P), (HC, "8d3d440", P)),
    "amazon-rewrap": ((AZ, "4abc593", "src/pages/privacy/index.tsx"), (AZ, "2dd0c45", "src/pages/privacy/index.tsx")),
}
CONSEC = "two consecutive git revisions of the file (`git log OLD..NEW -- PATH` lists only NEW)."


def c(sec, old, new, kind, note=""):
    d = {"old_title": sec, "new_title": sec, "old_text": old, "new_text": new, "kind": kind}
    if note:
        d["note"] = note
    return d


def n(what):
    return {"kind": "noise", "what": what}


def opt(what):
    return {"kind": "optional", "what": what}


# gsWeChat: the section headings are plain <p> paragraphs (一、关于个人信息保护的政策, 二、关于个人信息的处理, 1、数据安全,
# 2、个人信息的授权, 3.1"cookie" 的使用, 3.2促销活动, 4.1收集个人信息的原因, 4.3个人信息的披露 ...); the section named
# for each change is the nearest heading above it, as a reader sees it.
S1, S2, S21, S22, S31, S32 = (
    "一、关于个人信息保护的政策",
    "二、关于个人信息的处理",
    "1、数据安全",
    "2、个人信息的授权",
    '3.1"cookie" 的使用',
    "3.2促销活动",
)
S41, S43, S44 = "4.1收集个人信息的原因", "4.3个人信息的披露", "4.4信息查阅"
W, K = "无感付", "小K出行"
GS_CHANGES = [
    c(
        S1,
        "腾放科技的业务是建立在与客户彼此信任的基础之上的，为了向您提供更优质的客户服务和产品，腾放科技将通过无感付公众账号/无感付小程序（以下简称“无感付”）收集您的部分信息。",
        "腾放科技的业务是建立在与客户彼此信任的基础之上的，为了向您提供更优质的客户服务和产品，腾放科技将通过小K出行公众账号/小K出行 小程序（以下简称“小K出行”）收集您的部分信息。",
        "modified",
        "old L7 / new L7-8: the product's name (three times, the defined short name included); the closing </p> moves to its own line (markup)",
    ),
    c(S1, "1.无感付收集信息的范围仅限于", "1.小K出行收集信息的范围仅限于", "modified", "old L8 / new L9"),
    c(S1, "4.无感付设有严格的安全系统", "4.小K出行设有严格的安全系统", "modified", "old L15 / new L16"),
    c(
        S2,
        "本节将描述腾放科技如何处理您访问无感付时有可能提供的任何私人信息的细节。",
        "本节将描述腾放科技如何处理您访问小K出行时有可能提供的任何私人信息的细节。",
        "modified",
        "old L19 / new L20",
    ),
    c(S21, "安全是无感付的首要要求。", "安全是小K出行的首要要求。", "modified", "old L21 / new L22"),
    c(
        S21,
        "无感付会采取各种实际措施保证个人信息不会被保管超过合理的期限",
        "小K出行会采取各种实际措施保证个人信息不会被保管超过合理的期限",
        "modified",
        "old L22 / new L23",
    ),
    c(S22, "（包括使用无感付之前提供和产生的信息）", "（包括使用小K出行之前提供和产生的信息）", "modified", "old L24 / new L25"),
    c(
        S31,
        "无感付使用了cookie的功能……除非您非常明确的告知无感付，否则无感付并不会获知您的个人信息。",
        "小K出行使用了cookie的功能……除非您非常明确的告知小K出行 ，否则小K出行并不会获知您的个人信息。",
        "modified",
        "old L32 / new L33-34: six occurrences in one paragraph; the closing </p> moves to its own line (markup)",
    ),
    c(
        S32,
        "无感付将不定时收集网站访问者……无感付只会从自愿提供上述信息的人士收集这些信息。",
        "小K出行将不定时收集网站访问者……小K出行只会从自愿提供上述信息的人士收集这些信息。",
        "modified",
        "old L34 / new L36",
    ),
    c(
        S32,
        "如果您任何时候想让无感付停止向您发送活动邮件……无感付会说明这些信息的用途",
        "如果您任何时候想让小K出行停止向您发送活动邮件……小K出行会说明这些信息的用途",
        "modified",
        "old L36 / new L38: five occurrences",
    ),
    c(
        S41,
        "无感付收集个人信息是用于……为您在无感付开立或延续账户",
        "小K出行收集个人信息是用于……为您在小K出行开立或延续账户",
        "modified",
        "old L40 / new L42",
    ),
    c(S43, "腾放科技会对通过无感付收集的个人信息保密", "腾放科技会对通过小K出行收集的个人信息保密", "modified", "old L48 / new L50"),
    c(
        S44,
        "重要事项：阁下进入无感付及浏览其任何网页",
        "重要事项：阁下进入小K出行及浏览其任何网页",
        "modified",
        "old L59 / new L61: the closing line",
    ),
]
GS_NOISE = [
    n("`</p>` moved from the end of old L7 and old L32 to a line of its own (markup only)"),
    opt("「小K出行 小程序」 and 「告知小K出行 ，」: a stray space after the new name (part of the modified lines either way)"),
]
SHUERTE_NOTE = (
    "Taro/Vue mini-program 隐私政策 (six sections: 一、信息收集 … 六、政策更新), "
    + CONSEC
    + ' Only the `<style lang="scss">` block changes; the template\'s text is byte-identical. **Expected clean.**'
)
A = {
    "gswechat-rename": (
        GS_CHANGES,
        GS_NOISE,
        "Vue 2 page, 隐私保护声明 of 吉林省腾放科技有限公司 (2018), "
        + CONSEC
        + " The product is renamed 无感付 → 小K出行 in every one of the 13 paragraphs that name it; nothing else in the text changes.",
    ),
    "shuerte-css1": ([], [n("CSS only: `box-sizing: border-box;` and `overflow-x: hidden;` added in `<style>`")], SHUERTE_NOTE),
    "shuerte-css3": (
        [],
        [n("CSS only: the page made a flex column, nav-bar height 44rpx → 88rpx, content-body scrolls (`<style>`)")],
        SHUERTE_NOTE,
    ),
    "hotel-agree-button": (
        [],
        [
            opt(
                "a button 「同意隐私保护指引」 (open-type agreePrivacyAuthorization) added above the title 「隐私保护指引」: visible UI text, not policy text; reported or not, either is accepted"
            ),
            n("the `onAgree` handler added in `<script setup>` and `.agree-bar` / `.agree-btn` rules added in `<style>`"),
            n("a title change from 「隐私保护指引」 to the button's label (the policy's title is unchanged)"),
        ],
        "uni-app mini-program 隐私保护指引 (seven numbered sections, 更新日期 unchanged), "
        + CONSEC
        + " Only an agree button, its handler and its styles are added; the policy's text is unchanged.",
    ),
    "amazon-rewrap": (
        [],
        [
            n(
                "the whole page wrapped in a new `<div className={styles.privacy_wrap}>`: every line between re-indented by two spaces, the JSX text of both editions (中文 / English, switched by a state) unchanged once whitespace is collapsed"
            )
        ],
        "React TSX 隐私政策 of an Amazon seller tool (a 中文 | English switch; both editions in one component), "
        + CONSEC
        + " A wrapper `<div>` is added around the page and everything inside is re-indented; `git diff -w` shows only the two wrapper lines. **Expected clean.** Added after the first run of the other pairs, annotated before its own first run.",
    ),
}


def git(repo):
    return os.path.join(MIR, repo.replace("/", "+"), "repo")


def blob(path):
    return subprocess.run(["git", "hash-object", path], capture_output=True, text=True, check=True).stdout.strip()


def side(s, path):
    repo, commit, p = s
    g = git(repo)
    full = subprocess.run(["git", "--git-dir", g, "rev-parse", commit], capture_output=True, text=True, check=True).stdout.strip()
    want = subprocess.run(["git", "--git-dir", g, "rev-parse", f"{full}:{p}"], capture_output=True, text=True, check=True).stdout.strip()
    if not os.path.exists(path):
        data = subprocess.run(["git", "--git-dir", g, "cat-file", "blob", want], capture_output=True, check=True).stdout
        with open(path, "wb") as fh:
            fh.write(data)
    assert want == blob(path), (path, want)
    with open(path, "rb") as fh:
        sha = hashlib.sha256(fh.read()).hexdigest()
    return {"repo": repo, "commit": full, "path": p, "blob": want, "sha256": sha}


def main() -> None:
    for pair, (changes, noise, note) in A.items():
        d = os.path.join(HERE, "pairs", pair)
        os.makedirs(d, exist_ok=True)
        so, sn = SRC[pair]
        ext = os.path.splitext(so[2])[1]
        src = {"old": side(so, os.path.join(d, "old" + ext)), "new": side(sn, os.path.join(d, "new" + ext)), "license": NOLIC}
        ann = {"pair": pair, "source": src, "note": note, "changes": changes, "noise": noise}
        with open(os.path.join(d, "annotation.json"), "w", encoding="utf-8") as fh:
            json.dump(ann, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print(f"{pair}: {len(changes)} changes, {len(noise)} noise/optional")


if __name__ == "__main__":
    main()
