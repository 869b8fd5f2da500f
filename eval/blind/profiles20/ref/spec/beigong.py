"""beigong-zh: verdict source for save.py (cn-pipl, cn-gbt35273)."""
d = {"file": "docs/beigong-zh/yinsizhengce.html",
     "source": {"repo": "13022556880/my-file", "path": "yinsizhengce.html", "commit": "07a43e760c37e4e059a1b26549b61f374c91ac0c", "license": "none (all rights reserved; test fixture only)"},
     "verdicts": {}, "notes": {}}
V = d["verdicts"]; N = d["notes"]
def s(k, v, n): V[k] = v; N[k] = n
FUN = list(range(196, 269, 6))       # 13 optional functions (云电话 … 云手机蓝牙)
PERM = list(range(282, 427, 6))      # 25 permission paragraphs
SDK1 = list(range(444, 505, 6))      # SDK list under （5）
SDK2 = list(range(552, 613, 6))      # SDK list under （2）共享
s("cn-pipl/processor", [28, 92, 974], "江苏北弓智能科技有限公司; contact block with registered address, phone, e-mail")
s("cn-pipl/purposes", [172, 184] + FUN + PERM + SDK1, "收集这些信息是为了…; 为了保证您能正常使用…功能; SDK purposes")
s("cn-pipl/methods", [172, 184, 196, 276, 438, 750], "收集; 页面收集; 申请权限; SDK 收集; 加密存储、去标识化")
s("cn-pipl/categories", [124, 130, 136, 142, 148, 154, 172, 184] + FUN, "SIM卡信息、终端型号、本机号码…; per-function data")
s("cn-pipl/retention", [756], "只会在达成本政策所述目的所需的期限内保留")
s("cn-pipl/rights", "?", "四、您的权利 grants deletion (800) and an explanation of automated decisions (860) but gives no way there; only the general contact (968-974) for 疑问、意见或建议")
s("cn-pipl/sensitive-necessity", [288, 300, 318, 330, 384, 408], "applies (通讯录, 通话记录, 短信, 精确位置); each permission paragraph: why and 如果不授权则将不能使用这些功能服务")
s("cn-pipl/minors", [872, 878], "under 14 需父母或法定监护人的书面同意")
for k in ("abroad-recipient", "abroad-purposes", "abroad-methods", "abroad-categories", "abroad-rights"):
    s("cn-pipl/" + k, "?", "904: 原则上 stored in China, but 由于…遍布全球的资源和服务器…在获得您的授权同意后…可能会被转移到境外: whether a transfer abroad is said to happen is doubtful (template hedge)")
s("cn-gbt35273/identity-contact", [28, 92, 974], "company named; contact block")
s("cn-gbt35273/functions", [172, 184] + FUN, "微信登录 → 终端型号、本机号码…; 密码登录 → 手机号码、密码; each optional function → its data")
s("cn-gbt35273/sensitive-marked", "missing", "applies (通讯录, 通话记录, 短信, 精确位置); nothing marked or labelled sensitive")
s("cn-gbt35273/methods", [172, 184, 196, 276, 438], "收集; 页面收集; 权限; SDK")
s("cn-gbt35273/retention", [756], "目的所需的期限")
s("cn-gbt35273/cross-border", [904], "原则上存储在中华人民共和国境内; may be transferred to 境外管辖区")
s("cn-gbt35273/sharing", [438, 528, 534, 546] + SDK1 + SDK2, "SDK list with purposes; 外部供应商/服务提供商 (委托处理)")
s("cn-gbt35273/transfer", [630, 636, 642], "（3）转让")
s("cn-gbt35273/public-disclosure", [654, 660, 666], "（4）公开披露")
s("cn-gbt35273/access", "missing", "no access right")
s("cn-gbt35273/correct", "missing", "no correction right")
s("cn-gbt35273/delete", [800], "您可以向我们提出删除个人信息的要求")
s("cn-gbt35273/close-account", "missing", "注销 only as a deletion condition (824), no way")
s("cn-gbt35273/withdraw-consent", "missing", "no withdrawal; cookie management in the browser only")
s("cn-gbt35273/copy", "missing", "（二）复制权 (842) is about the clipboard (848), not a copy of one's data")
s("cn-gbt35273/effect-of-not-providing", [172, 184] + PERM, "若您不提供这类信息…无法正常使用; 如果不授权则将不能使用")
s("cn-gbt35273/security", [738, 750], "数据分类分级、审计; SSL 加密传输、加密存储、去标识化、访问限制")
s("cn-gbt35273/complaint", [974, 980], "15 个工作日内回复; 向消费者权益保护部门或上级主管部门投诉")
print(repr(d))
