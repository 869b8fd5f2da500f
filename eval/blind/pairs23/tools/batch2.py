"""Annotations for the two pairs added to pairs23 after the first commit (t23b), same rules as batch.py, written
before any policylens run; their hashes are appended to HASHES.txt."""
import os
from ann import C, N, src, write

H = {}
PRE = "(before the first heading)"
NONE = "none (no licence file seen)"

# ------------------------------------------------------------ harmonystride-txt (history, plain text in Android assets)
n = "harmonystride-txt"
H[n] = write(n, {
    "source": src(n, "Yd-Wen/HarmonyStride", "Yd-Wen+HarmonyStride", NONE, "e6b9d74", "app/src/main/assets/privacy.txt", "6eba961", "app/src/main/assets/privacy.txt", "txt"),
    "changed": [{"old_title": PRE, "new_title": PRE, "kind": "modified"}], "noise_only": [], "unchanged": [],
    "changes": [
        C(PRE, PRE, "关于MobTech所收集的信息种类、用途、个人信息保护的规则及退出机制等，详见MobTech官网（https://www.mob.com)上的短信验证隐私政策。",
          "关于MobTech所收集的信息种类、用途等，详见MobTech官网（https://www.mob.com)上的短信验证隐私政策。", "wording",
          note="'the protection rules and the opt-out mechanism' dropped from what the user is referred to"),
    ],
    "noise": [],
    "notes": "An Android app's in-app privacy text (assets/privacy.txt, no headings, numbered lines 1.-6. and a MobTech SDK paragraph): one clause dropped from the last sentence. 1 change.",
})

# ------------------------------------------------------------ autodaily-permissions (history, HTML in Android assets)
n = "autodaily-permissions"
H[n] = write(n, {
    "source": src(n, "ParadiseZ/autodaily", "ParadiseZ+autodaily", NONE, "61a184c", "app/src/main/assets/privacy.html", "0d5ccdf", "app/src/main/assets/privacy.html", "html"),
    "changed": [{"old_title": PRE, "new_title": PRE, "kind": "modified"}], "noise_only": [], "unchanged": [],
    "changes": [
        C(PRE, PRE, "<li>无障碍权限<br/>当您选择工作模式为“无障碍+录屏(安卓7-12)”时，会申请此权限用于模拟点击操作。</li>", None, "removed", note="a permission item removed"),
        C(PRE, PRE, "<li>屏幕录制<br/>当您选择工作模式为“无障碍+录屏(安卓7-12)”时，会申请此权限用于屏幕截图。</li>", None, "removed", note="a permission item removed"),
        C(PRE, PRE, "…会使用网络请求权限，用于app的正常运行。", "…会使用网络请求权限，用于app功能的正常运行。", "wording"),
    ],
    "noise": [],
    "notes": "An Android app's in-app permission notice (assets/privacy.html: <title>隐私政策</title>, an <ol> whose items are a permission name, <br/>, a sentence; no headings): release 1.0.0 drops two permissions (accessibility, screen recording) and rewords one purpose. 3 changes.",
})

here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
with open(os.path.join(here, "HASHES.txt"), "a", encoding="utf-8") as f:
    for k in sorted(H):
        f.write(f"{H[k]}  pairs/{k}/annotation.json\n")
        for side in sorted(os.listdir(os.path.join(here, "pairs", k))):
            if side.startswith(("old.", "new.")):
                import hashlib
                h = hashlib.sha256(open(os.path.join(here, "pairs", k, side), "rb").read()).hexdigest()
                f.write(f"{h}  pairs/{k}/{side}\n")
