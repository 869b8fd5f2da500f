"""chery-zh: verdict source for save.py (cn-pipl, cn-gbt35273)."""
d = {"file": "docs/chery-zh/yszc.html",
     "source": {"repo": "useryh1/yszc", "path": "yszc.html", "commit": "c13cce68121cf2e30d971e6bec076c697aa64a60", "license": "none (all rights reserved; test fixture only)"},
     "verdicts": {}, "notes": {}}
V = d["verdicts"]; N = d["notes"]
def s(k, v, n): V[k] = v; N[k] = n
s("cn-pipl/processor", [78, 213, 214, 215, 216], "奇瑞汽车股份有限公司（注册地址…）特制定本政策; 联系我们: 安徽奇瑞汽车股份有限公司, address, Privacy@mychery.com, 400 number")
s("cn-pipl/purposes", [100, 101, 108, 109, 114, 116, 136], "为实现…功能; 为实现此功能; 为提高…安全性; 为识别您的账号异常状态…")
s("cn-pipl/methods", [108, 114, 116, 118, 136], "您需向我们提供; 合作伙伴…共享给我们; 自动收集; Cookie 收集")
s("cn-pipl/categories", [108, 109, 116, 118], "工号、系统编码、密码; 员工与相对方信息; 设备信息、日志信息 list")
s("cn-pipl/retention", [186, 193], "目的所需的期限 and legal periods (3 年, 6 个月, 10 年) with criteria")
s("cn-pipl/rights", "missing", "the rights section listed in the contents (我们如何保障您的权利) is absent from the body; no grant of rights anywhere")
s("cn-pipl/sensitive-necessity", "?", "says 前述加粗信息属于您的敏感个人信息 with refusal cost (118) but nothing is bold, so which data is sensitive is not said; ID numbers of individual counterparties collected (109) without necessity")
s("cn-pipl/minors", "n/a", "service only for adults; minors not to use it, not knowingly collected")
for k in ("abroad-recipient", "abroad-purposes", "abroad-methods", "abroad-categories", "abroad-rights"):
    s("cn-pipl/" + k, "n/a", "stored in China; 目前不会传输至境外 (exceptions only as future conditions)")
s("cn-gbt35273/identity-contact", [78, 213, 214, 215, 216], "company with registered address; contact block")
s("cn-gbt35273/functions", [108, 109, 114, 116, 118], "登录账户功能 → 工号…; contract functions → personal data lists; 风控; 日志信息")
s("cn-gbt35273/sensitive-marked", "missing", "applies; claims sensitive data is bold (118, 223) but nothing is marked in the text: a claim, not a marking")
s("cn-gbt35273/methods", [108, 114, 118, 136], "您需向我们提供; 合作伙伴共享给我们; 自动收集; Cookie")
s("cn-gbt35273/retention", [186, 193], "periods and criteria")
s("cn-gbt35273/cross-border", [177], "存储在中华人民共和国境内服务器及公有云上")
s("cn-gbt35273/sharing", [142, 143], "委托的服务提供商 / 授权合作伙伴 (系统运维、运营)")
s("cn-gbt35273/transfer", [147, 149, 150], "3.2 转让")
s("cn-gbt35273/public-disclosure", [154, 156, 157], "3.3 公开披露")
for k in ("access", "correct", "delete", "close-account", "copy"):
    s("cn-gbt35273/" + k, "missing", "no rights section in the body (absent despite the contents list)")
s("cn-gbt35273/withdraw-consent", "missing", "no withdrawal offered; browser cookie settings (137) are not a withdrawal of consent given to the company")
s("cn-gbt35273/effect-of-not-providing", [100, 101, 108, 118, 137], "如您拒绝提供…将无法…")
s("cn-gbt35273/security", [163, 164, 165], "SSL, HTTPS, 加密, 访问控制, ISO27001, 等级保护三级, 权限控制")
s("cn-gbt35273/complaint", [217, 218], "15 个工作日内回复; 向外部监管机构投诉或举报 (a route, not a named channel; lenient)")
print(repr(d))
