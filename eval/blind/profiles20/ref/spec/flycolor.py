"""flycolor-zh: verdict source for save.py (cn-pipl, cn-gbt35273)."""
d = {"file": "docs/flycolor-zh/privacy_policy_zh.html",
     "source": {"repo": "Wangj2021/FlyProject", "path": "privacy_policy_zh.html", "commit": "18bad3f9911d87688fcd05d63deb8065df01b5eb", "license": "none (all rights reserved; test fixture only)"},
     "verdicts": {}, "notes": {}}
V = d["verdicts"]; N = d["notes"]
def s(k, v, n): V[k] = v; N[k] = n
s("cn-pipl/processor", [61, 109], "深圳市飞盈佳乐电子有限公司(以下简称“飞盈佳乐”或“我们”); 客服邮箱 support@fyjl.net (the footer with the company is commented out)")
s("cn-pipl/purposes", [84, 86, 87, 88, 89, 90, 91, 101], "将收集的信息用于以下用途 list; 友盟+ 以提供统计分析服务")
s("cn-pipl/methods", [74, 90, 91, 101], "自动收集并存储为服务日志; 保存在设备存储内; 友盟+SDK 收集")
s("cn-pipl/categories", [74, 76, 77, 78, 79, 101], "设备信息、使用数据、精准定位、IP")
s("cn-pipl/retention", "missing", "no period or criterion")
s("cn-pipl/rights", "missing", "no rights section; contact only for questions/complaints")
s("cn-pipl/sensitive-necessity", "missing", "applies: 精准定位信息 (GPS) collected; no necessity/effect stated")
s("cn-pipl/minors", "n/a", "children not mentioned")
for k in ("abroad-recipient", "abroad-purposes", "abroad-methods", "abroad-categories", "abroad-rights"):
    s("cn-pipl/" + k, "n/a", "nothing about transfers abroad (友盟+ is domestic)")
s("cn-gbt35273/identity-contact", [61, 109], "company named with 以下简称; e-mail")
s("cn-gbt35273/functions", [86, 87, 88, 89, 90, 91, 101], "per-function uses with the permissions they need (读取手机状态和身份、相册…), 实时数据记录 records hardware data; 友盟+ statistics with its data. Lenient: functions tied to permissions rather than data kinds")
s("cn-gbt35273/sensitive-marked", "missing", "applies (精准定位信息); nothing marked")
s("cn-gbt35273/methods", [74, 101], "自动收集; SDK 收集")
s("cn-gbt35273/retention", "missing", "no period or criterion")
s("cn-gbt35273/cross-border", "missing", "storage place never stated")
s("cn-gbt35273/sharing", [96, 101], "推送通知的服务提供商; 友盟+SDK with what it collects")
s("cn-gbt35273/transfer", "missing", "not addressed")
s("cn-gbt35273/public-disclosure", "missing", "not addressed")
for k in ("access", "correct", "delete", "close-account", "withdraw-consent", "copy"):
    s("cn-gbt35273/" + k, "missing", "no rights section")
s("cn-gbt35273/effect-of-not-providing", "missing", "nothing on not providing")
s("cn-gbt35273/security", "missing", "only 采取相应安全保护措施 (no concrete measure)")
s("cn-gbt35273/complaint", [109], "对于您的个人信息处理存在任何投诉…客服邮箱")
print(repr(d))
