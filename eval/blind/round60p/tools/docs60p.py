"""Hand annotations of round 60p (helper m60p), read by tools/annotate60p.py: each document read in full before any
policylens run.  name: (set, file, meta, placeholders, look-alikes, ambiguous); each entry (text, note[, anchor]).

Six files never used before (repository names, index ids, product names and distinctive sentences grepped in eval/,
corpora/, tests/ and /work/used_repos.txt): four from the code index (read_file, written out character for character,
total_chars checked) and two from fetched snapshots (git show at the named commit, byte for byte).  Two are drafts with
slots (auction-zh-wxml: a dummy mailbox support@example.com and a dummy hotline 400-123-4567 in the contact block;
eblood-zh-wxml: the whole body of the 《隐私协议》 page is Lorem ipsum filler), four are clean (churili-zh-tsx with
filled values in 【…】 brackets, star-zh-vue, jeffery-zh-js, yitu-zh-vue whose 运营主体/客服 lines are Vue bindings
filled at run time).  Held out (drawn before any run, ../ref/holdout-draw.txt): eblood-zh-wxml, yitu-zh-vue."""

_IDX = "unknown (repository not named by the index): all rights reserved; test fixture only"
_NONE = "none found in the repository (all rights reserved; test fixture only)"


def _idx(index_id: str, how: str, chars: int) -> dict:
    return {
        "repo": None,
        "path": None,
        "commit": None,
        "index_id": index_id,
        "corpus": f"code index ({how} / read_file, total_chars {chars:,})",
        "license": _IDX,
    }


def _repo(repo: str, path: str, commit: str, how: str, index_id: str | None = None) -> dict:
    out = {"repo": repo, "path": path, "commit": commit, "corpus": how, "license": _NONE}
    if index_id:
        out["index_id"] = index_id
    return out


DOCS = {
    "auction-zh-wxml": (
        "dev",
        "privacy-policy.wxml",
        {
            "kind": "zh-Hans 拍卖小程序 隐私政策 as a WeChat mini-program page (WXML <text> nodes)",
            "url": "https://github.com/rex-xu/auction-miniprogram/blob/7af49db8cb1179a7ff9c8ca468cfc512f97909d6/pages/privacy-policy/privacy-policy.wxml",
            "script": "hans/cn",
            "lang": "zh",
            "form": "WXML",
            "source": _repo(
                "rex-xu/auction-miniprogram",
                "pages/privacy-policy/privacy-policy.wxml",
                "7af49db8cb1179a7ff9c8ca468cfc512f97909d6",
                "code index (find_files pages/privacy-policy/privacy-policy.wxml / read_file, total_chars 2,533; no snapshot fetched)",
                "67415469798",
            ),
            "note": "draft: the contact block is a dummy mailbox (support@example.com) and a dummy 400 number (400-123-4567); no operator named (a gap, not a slot)",
        },
        [
            ("邮箱：support@example.com", "a reserved example.com mailbox left from the template"),
            ("电话：400-123-4567", "a dummy 400 hotline (the digits 1234567 in sequence)"),
        ],
        [],
        [],
    ),
    "churili-zh-tsx": (
        "dev",
        "index.tsx",
        {
            "kind": "zh-Hans 楚日历隐私保护协议 as a Taro (React TSX) mini-program page, <View> nodes",
            "url": "https://github.com/XuctTeam/xut-calendar-vant-weapp/blob/ba1514185840bb1f38e8a2307dc78621903c73e9/src/pages/privacyrule/index.tsx",
            "script": "hans/cn",
            "lang": "zh",
            "form": "TSX (Taro)",
            "source": _repo(
                "XuctTeam/xut-calendar-vant-weapp",
                "src/pages/privacyrule/index.tsx",
                "ba1514185840bb1f38e8a2307dc78621903c73e9",
                "fetched snapshot (HEAD; the file last changed in 6b1121d1c)",
            ),
            "note": "clean: 楚恬商行, 宁夏吴忠市利通区, jianhao2010303@163.com, all FILLED inside 【…】 brackets (look-alikes); dated 2022年1月1日",
        },
        [],
        [
            ("“【楚日历】平台”是【楚恬商行】公司", "the product and operator, filled, only bracketed"),
            ("我们的注册地址：【宁夏吴忠市利通区】", "a filled address and a filled mailbox in 【…】"),
            ("如果您需要注销您的【楚日历】帐号", "the product name in brackets"),
            ("您可诉至本协议签订地【宁夏回族自治区吴忠市利通区】", "a filled place of jurisdiction in brackets"),
            ("您也可以在设备的【设置】功能中", "a UI menu name in brackets"),
        ],
        [],
    ),
    "jeffery-zh-js": (
        "dev",
        "privacy.js",
        {
            "kind": "zh-Hans 表达训练 mini-program privacy page as the Page() data of a WeChat mini-program (JS string arrays rendered by wx:for)",
            "url": "https://github.com/jefferyguo/miniprogram-1/blob/179541d7b2314499fefe2898029a2c55b50e827f/pages/privacy/privacy.js",
            "script": "hans/cn",
            "lang": "zh",
            "form": "JavaScript (mini-program Page data)",
            "source": _repo(
                "jefferyguo/miniprogram-1",
                "pages/privacy/privacy.js",
                "179541d7b2314499fefe2898029a2c55b50e827f",
                "code index (read_file, total_chars 711; no snapshot fetched)",
                "70413726214",
            ),
            "note": "clean: a short list-form notice; no operator, no date, contact through the 联系我们 page (gaps, not slots)",
        },
        [],
        [],
        [],
    ),
    "star-zh-vue": (
        "dev",
        "privacy.vue",
        {
            "kind": "zh-Hans 星星罐 隐私政策 as a uni-app page (Vue SFC template)",
            "url": "https://github.com/AuroraRiseX/Star_uni_app/blob/e9976f8f69b989b68eb3f93aadcafdcee1c8f66a/pages/privacy/privacy.vue",
            "script": "hans/cn",
            "lang": "zh",
            "form": "Vue SFC (uni-app template)",
            "source": _repo(
                "AuroraRiseX/Star_uni_app",
                "pages/privacy/privacy.vue",
                "e9976f8f69b989b68eb3f93aadcafdcee1c8f66a",
                "code index (find_files pages/privacy/privacy.vue / read_file, total_chars 3,595; no snapshot could be fetched)",
                "67382839247",
            ),
            "note": "clean: a four-section family-reward app notice dated 2025年1月1日; no operator, no contact (gaps, not slots)",
        },
        [],
        [],
        [],
    ),
    "eblood-zh-wxml": (
        "holdout",
        "privacy-policy.wxml",
        {
            "kind": "zh-Hans 献血 e 站 《隐私协议》 page as a WeChat mini-program page (WXML) whose body is Lorem ipsum",
            "url": "https://github.com/xujinlin123/e-blood-station/blob/64c140a004a29e32c9677c9b7c855cb3f60a51e0/pages/privacy-policy/privacy-policy.wxml",
            "script": "hans/cn",
            "lang": "zh",
            "form": "WXML",
            "source": _repo(
                "xujinlin123/e-blood-station",
                "pages/privacy-policy/privacy-policy.wxml",
                "64c140a004a29e32c9677c9b7c855cb3f60a51e0",
                "fetched snapshot (HEAD; the file last changed in 8110a74ab, 2025-04-17)",
            ),
            "note": "draft: the policy's only text is Lorem ipsum filler under the title 《隐私协议》",
        },
        [
            ("Lorem ipsum dolor sit amet", "the whole body of the policy is Lorem ipsum filler (an unwritten policy)"),
        ],
        [],
        [],
    ),
    "yitu-zh-vue": (
        "holdout",
        "sdk-list.vue",
        {
            "kind": "zh-Hans 一图灵 第三方 SDK 清单 as a uni-app page (Vue SFC), the operator lines bound to CONTACT_INFO",
            "url": "index:57014615597 (code index; repository not named by the index)",
            "script": "hans/cn",
            "lang": "zh",
            "form": "Vue SFC (uni-app template with {{ }} bindings and a data() SDK list)",
            "source": _idx("57014615597", "find_string 「第三方 SDK 与服务清单」", 5668),
            "note": "clean: the operator, credit code and contact are Vue bindings filled from CONTACT_INFO at run time (look-alikes); no date",
        },
        [],
        [
            ("运营主体：{{ companyName }}", "a Vue binding filled at run time, not a slot"),
            ("统一社会信用代码：{{ unifiedSocialCreditCode }}", "a Vue binding"),
            ("客服：{{ contactPhone }} / {{ contactEmail }}", "Vue bindings"),
        ],
        [
            ("应同步更新真实厂商名称、收集字段和隐私链接", "a maintenance note to the operator shown on the page; either way"),
            ("1. 在隐私政策中逐一列出真实 SDK", "a 合规维护提醒 (instructions to the operator) shown on the page; either way"),
        ],
    ),
}
