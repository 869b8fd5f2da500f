#!/usr/bin/env python3
"""Source of truth for eval/blind/round33b/{dev,holdout}/*/annotation.json (hand annotations, round 33b).

Placeholders only (headings_annotated: false).  Each placeholder and look-alike text is checked to occur on
its line of the stored file; the line is found by the text itself (first line holding it after the previous
entry of the same document), so no line number is typed by hand.  Written before policylens ran on any document.

    python3 tools/annotate33b.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
IDX = "unknown: index text only; the repository could not be identified (the search index gave the file's text by id)"
NOLIC = "no licence file in the repository (treat as all rights reserved; test fixture only)"
MIT = "MIT (LICENSE file of the repository)"


def src(repo, path, commit, lic, note, index_id=None):
    return {"repo": repo, "path": path, "commit": commit, "index_id": index_id, "license": lic, "note": note}


# name: (set, file, meta, placeholders [(text, note)], ambiguous [(text, note)])
DOCS = {
    "taiwanleads-tw-tsx": ("dev", "page.tsx",
        {"kind": "draft (privacy policy)", "repo_kind": "index", "script": "hant/tw", "lang": "zh",
         "source": src(None, None, None, IDX, "whole file, 5,110 characters as the index gives them (Next.js page, Taiwan PDPA)",
                       "63636578256")},
        [("（草稿版本，尚未經律師審閱，正式發布前將更新本行）", "date line: draft, to be updated before release"),
         ("⚠️ 本頁面為草稿，供內部審閱與律師諮詢使用，尚未正式發布", "draft notice box"),
         ("三、蒐集之特定目的、期間、地區、對象及方式 <span className=\"text-xs font-normal\">⚠️ 待律師確認</span>",
          "section marked pending lawyer confirmation"),
         ("確認後將於此處補充完整說明。】", "bracketed note: to be completed here after confirmation"),
         ("四、資料來源說明 <span className=\"text-xs font-normal\">⚠️ 待律師確認</span>", "section marked pending lawyer confirmation"),
         ("【此段說明將依律師確認之第三條核心問題結果調整", "bracketed note: this paragraph will be rewritten"),
         ("請透過【　　】與我們聯繫", "empty contact slot 【　　】")],
        []),
    "imprint-tw-py": ("dev", "cms_legal_slot_specs.py",
        {"kind": "draft (privacy, terms, return policy as CMS copy slots)", "repo_kind": "index", "script": "hant/tw",
         "lang": "zh",
         "source": src(None, None, None, IDX, "whole file, 6,970 characters as the index gives them (Python module of page copy)",
                       "60999997415")},
        [("本頁面為草稿，尚待法務審閱與正式公告，目前設定為不開放搜尋引擎索引（noindex）。以下已整理", "privacy: draft callout"),
         ("TODO：待補充事項（請法務／品牌方確認後移除本區塊）", "privacy: open-items block title"),
         ("TODO：個人資料保存期限", "privacy: open item"),
         ("TODO：是否委託第三方廠商處理資料", "privacy: open item"),
         ("TODO：使用者查詢、更正、刪除個人資料的行使方式與聯絡窗口", "privacy: open item"),
         ("TODO：其他 Cookie／追蹤技術使用情形", "privacy: open item"),
         ("TODO：依個人資料保護法應揭露之其他事項", "privacy: open item"),
         ("本頁面為草稿，尚待法務審閱與正式公告，目前設定為不開放搜尋引擎索引（noindex）。內容僅整理", "terms: draft callout"),
         ("TODO：待補充事項（請法務／品牌方確認後移除本區塊）", "terms: open-items block title"),
         ("TODO：責任限制與免責聲明", "terms: open item"),
         ("TODO：智慧財產權歸屬", "terms: open item"),
         ("TODO：爭議處理方式與管轄法院", "terms: open item"),
         ("TODO：條款修改與生效方式", "terms: open item")],
        []),
    "lejubang-php": ("dev", "protocol.php",
        {"kind": "template (user agreement with filler body text)", "repo_kind": "repository", "script": "hans/cn",
         "lang": "zh",
         "source": src("FreezeCreate/DevelopmentStandard", "src/tpl/index/passport/protocol.php",
                       "f55784e0904c9aa9dbdedc78fdf56ed2b1801582", NOLIC, "git cat-file of the snapshot (PHP page)")},
        [("我常想在纷扰中寻出一点闲静来", "filler body text (a literary essay) instead of the agreement"),
         ("我常想在纷扰中寻出一点闲静来", "filler, repeated"),
         ("我常想在纷扰中寻出一点闲静来", "filler, repeated"),
         ("我常想在纷扰中寻出一点闲静来", "filler, repeated")],
        []),
    "tourze-fixture-php": ("dev", "ProtocolEntityFixtures.php",
        {"kind": "fixture (user, privacy, marketing agreements in PHP heredocs)", "repo_kind": "repository",
         "script": "hans/cn", "lang": "zh",
         "source": src("tourze/user-agreement-bundle", "src/DataFixtures/ProtocolEntityFixtures.php",
                       "7f36101e9994c3a7ca204a32e4c3f2061ff10074", MIT, "git cat-file of the snapshot")},
        [("电子邮件：privacy@test.example", "example contact (reserved test domain)"),
         ("个人信息保护负责人：privacy@test.example", "example contact of the PI officer"),
         ("数据保护官：dpo@test.example", "example contact of the DPO")],
        [("这是旧版本的用户注册协议内容...", "stub content passed in code (setContent argument)"),
         ("生效日期：30天后", "relative effective date of a future version")]),
    "demoshop-tsx": ("dev", "page.tsx",
        {"kind": "template (demo shop legal pages)", "repo_kind": "index", "script": "hans/cn", "lang": "zh",
         "source": src(None, None, None, IDX, "whole file, 1,805 characters as the index gives them (Next.js page with a content record)",
                       "25394589132")},
        [("演示：邮箱、收货信息、浏览行为", "privacy: demo text"),
         ("演示：订单处理、客服支持、营销订阅", "privacy: demo text"),
         ("演示：你可以将此模板改为合规的后端存储与访问控制。", "privacy: demo text, change this template"),
         ("演示：2–5 个工作日送达", "shipping: demo text"),
         ("演示：结账计算或满额包邮。", "shipping: demo text"),
         ("演示：包裹延误/丢失可联系支持渠道。", "shipping: demo text"),
         ("演示：自签收起 30 天内可申请退换。", "returns: demo text"),
         ("演示：未使用且保持原包装的商品。", "returns: demo text"),
         ("演示：原路退回（真实站点需对接支付）。", "returns: demo text"),
         ("演示：本站为模板示例，不提供真实交易保障。", "terms: demo text"),
         ("演示：上线前请替换为适用于你业务的法律条款。", "terms: replace before launch"),
         ("演示：support@example.com", "terms: example contact")],
        [("title: \"隐私政策（示例）\"", "example marker in a title"),
         ("title: \"配送政策（示例）\"", "example marker in a title"),
         ("title: \"退换政策（示例）\"", "example marker in a title"),
         ("title: \"条款与条件（示例）\"", "example marker in a title")]),
    "aikouyu-tsx": ("dev", "MePrivacy.tsx",
        {"kind": "clean (complete short policy; the title says example)", "repo_kind": "index", "script": "hans/cn",
         "lang": "zh",
         "source": src(None, None, None, IDX, "whole file, 1,874 characters as the index gives them (React page, template literal)",
                       "53476262783")},
        [],
        [("{`隐私政策（示例）", "example marker in the title of the text")]),
    "shelf3-tsx": ("holdout", "page.tsx",
        {"kind": "placeholder page (privacy)", "repo_kind": "repository", "script": "hans/cn", "lang": "zh",
         "source": src("CCUT-Statistics/shelf-3", "src/app/privacy/page.tsx",
                       "8e7cddd597abf4a7fc4dcd733d78697f2a100c16", MIT, "git cat-file of the snapshot (Next.js page)")},
        [("本页面用于上线前法律文案占位。请在正式发布前替换为贵司法务审核版本。", "the page says it is a placeholder to replace")],
        [("隐私政策（占位）", "placeholder marker in the title"),
         ("我们收集的信息类型（如姓名、邮箱、公司名）", "outline item of the stub"),
         ("信息使用目的（咨询沟通、服务交付、营销通知）", "outline item of the stub"),
         ("数据存储与保护措施", "outline item of the stub"),
         ("用户访问、更正、删除数据的方式", "outline item of the stub")]),
    "hkyellow-dart": ("holdout", "tnc.dart",
        {"kind": "terms (generator text, bilingual en/zh-Hant HK) with masked contact", "repo_kind": "repository",
         "script": "hant/hk", "lang": "zh+en",
         "source": src("ericchw/COMPS313F-Project-hongkongschoolyellowpages-Apps",
                       "Flutter/hongkongschoolyellowpages/lib/screens/tnc.dart",
                       "49e48292cbed3b53d498a8f395f773195e820085", NOLIC, "git cat-file of the snapshot (Flutter screen)")},
        [("By email: sxxxxxx@hkmu.edu.hk", "masked contact e-mail (en)"),
         ("通過電子郵件：xxxx@hkmu.edu.hk", "masked contact e-mail (zh-Hant)")],
        [("//sources: https://www.termsfeed.com/live/", "code comment naming the generator"),
         ("Terms and Conditions Generator</a>", "generator credit (en)"),
         ("條款和細則發生器</a>", "generator credit (zh-Hant)")]),
    "cybermoji-zh-ts": ("holdout", "privacy.ts",
        {"kind": "clean (i18n strings of a privacy page)", "repo_kind": "repository", "script": "hans/cn", "lang": "zh",
         "source": src("SymphonyIceAttack/cybermoji", "lib/translations/zh/privacy.ts",
                       "1098788a4c834d93584bb91f7ef0ff1b4ca888fa", MIT, "git cat-file of the snapshot")},
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
