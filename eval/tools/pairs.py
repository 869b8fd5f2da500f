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

# 1 ------------------------------------------------------------------ txt, product renamed
pair("pandnext-to-clashbox", "xiaobaigroup+ClashBox", "xiaobaigroup/ClashBox", "GPL-3.0 (repository licence)",
     ("316cc349bf8fc42042ef0526b558cc80e77947c4", "隐私政策.txt"), ("34b7e7f0372c42be44ee19223adece652f6afcbc", "隐私政策.txt"), "txt",
     changed=[C(None, None, "modified", "preamble before the first heading: product name PandNEXT -> ClashBox in the intro sentences (document title line 1 also changes: 关于PandNEXT与隐私的声明 -> 关于ClashBox与隐私的声明)"),
              C("1.1 账号", "1.1 账号", "modified", "PandNEXT APP -> ClashBox APP"),
              C("1.3 提交反馈", "1.3 提交反馈", "modified", "您向PandNEXT发送… -> 您向ClashBox发送…"),
              C("6. 如何联系我们", "6. 如何联系我们", "modified", "QQ group (加入QQ交流群：693903194) removed; 应用名称：PandNEXT -> ClashBox")],
     noise_only=[],
     unchanged=["1. 我们如何收集和使用您的个人信息", "1.2 同步任务数据", "1.4 应用内会申请的权限", "1.5 其他用途说明",
                "2. 您管理个人信息的权利", "3. 对儿童的保护", "4. 第三方SDK", "5. 本政策如何更新"],
     notes="Same day (2025-05-15), the app was renamed. Every change is the brand name except the removed QQ group "
           "contact. Plain text, unnumbered-line structure as in holdout/pandnext-txt (which is the new file).")

# 2 ------------------------------------------------------------------ html -> plain text, markup only
pair("huanji-word-to-text", "suoxiaoxiao+privacyProtocol", "suoxiaoxiao/privacyProtocol", "MIT (repository licence)",
     ("3352d573921c780be72f829e563de1c1759b1d14", "隐私政策.html"), ("87b0388915f80fb41cef51a92b8e50779d232a74", "隐私政策.html"), "html",
     changed=[],
     noise_only=["(preamble)", "信息使用", "数据传输", "本隐私政策的变更", "联系我们"],
     notes="Four minutes apart. The old file is a 60 KB Word/WPS 'save as web page' export (dev/word-export-html); the new "
           "file keeps the .html name but contains the same text as plain paragraphs separated by blank lines, CRLF, no "
           "tags at all (the Word bullet glyph 'l ' is kept as literal text). No wording changes: every section is "
           "noise-only. Note the new file must be sniffed as text despite its .html extension.")

# 3 ------------------------------------------------------------------ md, wording + heading markup
pair("jiushizhuanhuan-wording", "CHENJUNREN+app-privacy-policy", "CHENJUNREN/app-privacy-policy", "none (no licence file)",
     ("f15e42af75f6ae4b95ef23b72639fc2695cf22cd", "隐私政策.md"), ("fe260fa", "隐私政策.md"), "md",
     changed=[C("信息存储和安全", "信息存储和安全", "modified", "second bullet reworded: 但是当您在互联网上传输数据的时候 -> 但是您得知道，在互联网上传输数据的时候"),
              C("联系我们", "联系我们", "modified", "trailing line 上次更新：2022年3月10日 -> 2022年3月11日 (the date line sits at the end of the last section)")],
     noise_only=["(title) 隐私政策 - `# **隐私政策**` -> `# 隐私政策` (bold markup removed from the title; metadata, not a section)"],
     unchanged=["信息收集", "信息使用和披露", "外部链接", "隐私政策的变更"],
     notes="Commit 'changed wording' (2022-03-11). Unnumbered `##` headings. The title change is markup only.")

# 4 ------------------------------------------------------------------ md, v1.0 -> v1.1
pair("jingwen-v1.0-v1.1", "feji08+jingwen-legal", "feji08/jingwen-legal", "none (no licence file)",
     ("0864db88b198571ce251c52f7cb0d39d417da05e", "隐私政策.md"), ("df10c82f4f08b067f6c7d1daedc9450ce114079c", "隐私政策.md"), "md",
     changed=[C(None, None, "modified", "front block: 版本 1.0 -> 1.1, 更新日期 2026年4月8日 -> 2026年4月10日"),
              C("1.2 传输至服务器的信息", "1.2 传输至服务器的信息", "modified", "table row added: 智能体盗文信息上报"),
              C("2.1 存储位置", None, "removed", "heading removed; its paragraph is kept and now belongs directly to 二、信息的存储与安全"),
              C("2.2 传输安全", None, "removed", "heading removed; paragraph kept under 二、"),
              C("2.3 本地 HTTP 服务", None, "removed", "heading removed; paragraph kept under 二、"),
              C("二、信息的存储与安全", "二、信息的存储与安全", "modified", "now directly holds the three paragraphs of the former 2.1-2.3 (same wording)"),
              C("五、您的权利", "五、您的权利", "modified", "intro sentence 根据《个人信息保护法》，您享有以下权利： removed"),
              C("八、联系我们", "八、联系我们", "modified", "经营主体 / 统一社会信用代码 lines with [待填写] placeholders removed")],
     noise_only=[],
     unchanged=["一、我们收集和使用的信息", "1.1 本地存储的信息", "1.3 我们不收集的信息", "三、信息的使用目的",
                "四、信息的共享与披露", "六、未成年人保护", "七、隐私政策的变更"],
     notes="v1.0 (after the placeholder text was shortened in 0864db8) -> v1.1 'new agent-report entry'. The 2.1-2.3 "
           "removals are structural: a diff tool that aligns by section should report three removed sub-sections and a "
           "modified parent, not changed wording. dev/jingwen-md is the earlier 8167121 blob of the old side (differs "
           "only in the placeholder text on line 112).")

# 5 ------------------------------------------------------------------ md, bilingual restructure
pair("connecthelp-restructure", "BuildersonGroup+connect-help", "BuildersonGroup/connect-help", "none (no licence file)",
     ("59b5e9650392779e27cc41960c7dba19c5131af2", "privacypolicy.md"), ("a51add7ccfbff6290f69c86cacd6db654af27536", "privacypolicy.md"), "md",
     changed=[C("1. Introduction", "1. Introduction", "modified", "'operated by [Company Name]' / '由[公司名稱]營運' dropped"),
              C("2.1 Personal Information", "2.1 Personal Information", "modified", "list rewritten (HKID, emergency contacts, medical documents… removed; e-mail, phone, registration type added)"),
              C("2.2 Automatically Collected Information", "2.2 Usage Information", "renamed", "content also modified"),
              C("2.3 Communication Data", "2.3 Service-Related Information", "renamed", "content also modified"),
              C("3. Use of Information", "3. How We Use Your Information", "renamed", "container heading, no own text"),
              C("3.1 Primary Purposes", "3.1 Primary Uses", "renamed", "content also modified"),
              C("3.2 Secondary Purposes", "3.2 Additional Uses", "renamed", "content also modified"),
              C("4. Data Security", "4. Data Protection", "renamed", "now holds a short list instead of sub-sections; content modified"),
              C("4.1 Protection Measures", None, "removed"),
              C("4.2 Breach Notification", None, "removed", "the 72-hour breach notice disappears"),
              C("5. Data Sharing", "5. Information Sharing", "renamed", "content modified"),
              C("5.1 Internal Sharing", None, "removed"),
              C("5.2 External Sharing", None, "removed"),
              C("6. User Rights", "6. Your Rights", "renamed", "content modified (export / opt-out rights dropped)"),
              C("7. Data Retention", "7. Data Storage", "renamed", "content modified (retention list replaces sub-sections)"),
              C("7.1 Retention Periods", None, "removed"),
              C("7.2 Deletion Procedures", None, "removed"),
              C("8. Special Protections for Vulnerable Users", None, "removed"),
              C("8.1 Enhanced Security", None, "removed"),
              C("8.2 Accessibility Features", None, "removed"),
              C(None, "8. App Permissions", "added"),
              C("9. Changes to Privacy Policy", "9. Policy Updates", "renamed", "content modified"),
              C("9.1 Update Procedures", None, "removed"),
              C("9.2 User Options", None, "removed"),
              C("10. Contact Information", "10. Contact Us", "renamed", "content modified (officer/phone/hours/emergency slots dropped; e-mail/address slots reworded)")],
     noise_only=["2. Information We Collect (container, no own text)", "11. Language (same sentences; only trailing spaces and the en/zh split differ)"],
     notes="Old = dev/connecthelp-hk (each section English + Chinese interleaved), new = holdout/connecthelp-hk-v2 (full "
           "English edition, then full Chinese edition with its own # title). Titles above are the English ones; every "
           "change applies to both languages. Sections are numbered identically 1-11 but many were renamed, several "
           "sub-sections were folded into their parent, section 8 was replaced. A diff tool must also cope with the "
           "new file containing every section twice (en + zh).")
