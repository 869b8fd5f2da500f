"""xiaolv-zh: verdict source for save.py (cn-pipl, cn-gbt35273)."""
d = {"file": "docs/xiaolv-zh/yszc.html",
     "source": {"repo": "simtalk/xiaolv", "path": "yszc.html", "commit": "1a5690f5bf37bfc51261530f8501090e32f57160", "license": "none (all rights reserved; test fixture only)"},
     "verdicts": {}, "notes": {}}
V = d["verdicts"]; N = d["notes"]
def s(k, v, n): V[k] = v; N[k] = n
s("cn-pipl/processor", "missing", "only 小绿本产品服务提供方（以下称为“小绿本运营方”或“我们”）: a role with no name; e-mails given but no company or person")
s("cn-pipl/purposes", [363, 367, 439, 451, 459, 523, 527, 531, 535, 543, 547, 551, 559, 563, 583, 587], "为了完成账号的创建…; 用于评估用户设备和手机号风险; 用途 list")
s("cn-pipl/methods", [363, 379, 387, 391, 407, 439, 451, 471, 583], "填写; 上传; 授权权限; 自动收集; 通过 IP/GPS/WLAN 获取; 其他用户分享; COOKIES")
s("cn-pipl/categories", [363, 367, 371, 379, 387, 399, 407, 443, 451, 471], "昵称、手机号码; 真实姓名、身份证号码; 运动健康信息; 设备信息; 位置")
s("cn-pipl/retention", [775, 783, 843, 847], "目的必须的期限…依照法律; 注销后删除/保存至法定期限届满")
s("cn-pipl/rights", [791, 799, 807, 815, 819, 835, 843], "访问/更正/删除 with in-app ways, device permission settings, 注销 path")
s("cn-pipl/sensitive-necessity", [367, 407, 411], "applies (身份证号码, 心率等运动健康信息, precise GPS location); ID for 实名认证 with refusal cost; health data with refusal cost; general (6)")
s("cn-pipl/minors", "n/a", "not designed for minors; does not knowingly collect under-18 data")
for k in ("abroad-recipient", "abroad-purposes", "abroad-methods", "abroad-categories", "abroad-rights"):
    s("cn-pipl/" + k, "n/a", "stored in China, exceptions only as conditions (法律规定/明确授权/个人主动行为)")
s("cn-gbt35273/identity-contact", "missing", "no name of the operator (小绿本运营方 only)")
s("cn-gbt35273/functions", [363, 367, 387, 391, 399, 407, 443, 451], "注册登录 → 昵称、手机号码; 实名认证 → 身份证; 发布; 活动问卷; 运动功能; 位置服务")
s("cn-gbt35273/sensitive-marked", [299, 367], "a list of the sensitive data the policy involves (第一部分 定义), 部分信息属于个人敏感信息")
s("cn-gbt35273/methods", [363, 379, 387, 391, 407, 439, 451, 471, 583], "填写; 上传; 授权; 自动收集; 其他用户分享; COOKIES")
s("cn-gbt35273/retention", [775, 783, 843, 847], "periods by criterion")
s("cn-gbt35273/cross-border", [763, 863], "存储于中华人民共和国境内")
s("cn-gbt35273/sharing", [627, 631, 639, 643, 659, 667], "关联公司; 授权合作伙伴 kinds; SDK tables (数美, 七牛…)")
s("cn-gbt35273/transfer", [679, 683, 687], "（二）转让")
s("cn-gbt35273/public-disclosure", [703, 707, 711], "（三）公开披露")
s("cn-gbt35273/access", [791, 799], "查阅")
s("cn-gbt35273/correct", [371, 791, 799, 807], "更正/修改")
s("cn-gbt35273/delete", [371, 791, 799, 815, 819], "删除")
s("cn-gbt35273/close-account", [843], "注销 path 帮助与反馈-…")
s("cn-gbt35273/withdraw-consent", [791, 835], "撤回或改变授权 via device permission settings")
s("cn-gbt35273/copy", "missing", "no copy or export")
s("cn-gbt35273/effect-of-not-providing", [367, 391, 407, 411, 591, 835], "拒绝提供…无法…")
s("cn-gbt35273/security", [639, 759], "等级测评与安全评估; 去标识化、匿名化 before sharing")
s("cn-gbt35273/complaint", "missing", "no 投诉/举报 channel: 疑问、意见或建议 e-mail with 15-day reply, and a court if unhappy (strict reading as earlier sets)")
print(repr(d))
