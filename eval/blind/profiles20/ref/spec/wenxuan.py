"""wenxuan-zh: verdict source for save.py (cn-pipl, cn-gbt35273)."""
d = {"file": "docs/wenxuan-zh/yszc.html",
     "source": {"repo": "nancijuli/nancijuli.github.io", "path": "yszc.html", "commit": "51287eb0fd0b609085ec69ed1089040803a68b7d", "license": "none (all rights reserved; test fixture only)"},
     "verdicts": {}, "notes": {}}
V = d["verdicts"]; N = d["notes"]
def s(k, v, n): V[k] = v; N[k] = n
COLLECT = [47, 49, 51, 53, 55, 57, 59, 61, 63, 65, 67, 69, 71, 73, 75, 77]
SDKNAME = [150, 160, 170, 180, 189, 199, 209, 219, 229, 239, 248, 259, 272, 285, 296, 307, 316]
SDKTYPE = [152, 162, 172, 181, 191, 201, 211, 221, 231, 241, 250, 261, 274, 287, 298, 309, 318]
SDKPURP = [156, 166, 176, 185, 195, 205, 215, 225, 235, 245, 254, 265, 278, 291, 302, 311, 322]
s("cn-pipl/processor", [14, 40], "本政策仅适用于刘碧华的文萱网络科技APP (an app said to be a named person's); e-mail at 20 and 442")
s("cn-pipl/purposes", COLLECT + [91, 93, 95, 97, 99, 101] + SDKPURP, "为了保障…; 用于以下用途 list; SDK 收集目的")
s("cn-pipl/methods", [47, 49, 51, 53, 55, 57, 59, 71, 73, 75, 101], "访问权限以获得…; 读取剪切板; SDK 收集/后台获取; 收集; 去标识化处理")
s("cn-pipl/categories", [47, 53, 55, 57, 59, 69, 71, 73, 75] + SDKTYPE, "设备标识符、IMEI、MAC…; IP; SDK 收集个人信息类型")
s("cn-pipl/retention", [141, 390], "目的所需的期限; 注销后删除")
s("cn-pipl/rights", [334, 336, 342, 346, 350, 354, 372, 374, 380, 388], "access/correct by e-mail with 15-day reply; permissions in system settings; 注销 path")
s("cn-pipl/sensitive-necessity", "n/a", "no sensitive data named: device identifiers, IP, SDK 地理位置 not said to be precise")
s("cn-pipl/minors", [412], "under 18 需家长或法定监护人的书面同意")
for k in ("abroad-recipient", "abroad-purposes", "abroad-methods", "abroad-categories", "abroad-rights"):
    s("cn-pipl/" + k, "n/a", "目前我们不会跨境传输或存储 (future transfers only with notice and consent)")
s("cn-gbt35273/identity-contact", [14, 40], "刘碧华的文萱网络科技APP; e-mail")
s("cn-gbt35273/functions", [47, 49, 51, 53, 63, 69, 77], "奖励记录 → 设备标识; 分享/活动 → 剪切板; QQ/微信登录分享 → 软件列表; 账号安全 → IP; 助力邀请 → 剪切板")
s("cn-gbt35273/sensitive-marked", "n/a", "no sensitive data collected as far as the text says")
s("cn-gbt35273/methods", [47, 51, 53, 55, 57, 59, 71, 73, 75], "权限获取; 剪切板; SDK; 收集")
s("cn-gbt35273/retention", [141, 390], "目的所需的期限; 注销后删除")
s("cn-gbt35273/cross-border", [84, 86], "存储于中国境内; 目前不会跨境")
s("cn-gbt35273/sharing", [53, 55, 57, 59] + SDKNAME + SDKTYPE, "穿山甲、优量汇、快手联盟、友盟+ with data; 第三方SDK信息公示")
s("cn-gbt35273/transfer", [120, 122, 124], "3）转让")
s("cn-gbt35273/public-disclosure", [128, 130, 132], "4）公开披露")
s("cn-gbt35273/access", [334, 336, 342], "访问您的个人信息")
s("cn-gbt35273/correct", [346, 350], "更正")
s("cn-gbt35273/delete", [354], "删除请求")
s("cn-gbt35273/close-account", [380, 382, 384, 386, 388], "注销账户 path")
s("cn-gbt35273/withdraw-consent", [372, 374, 376], "收回授权同意 via 应用权限设置")
s("cn-gbt35273/copy", "missing", "no copy")
s("cn-gbt35273/effect-of-not-providing", [376], "关闭权限…也无法为您提供上述与这些授权所对应的功能")
s("cn-gbt35273/security", [137, 139], "防火墙、加密（SSL）、去标识化、访问控制; 审计")
s("cn-gbt35273/complaint", "missing", "疑问、意见或建议 e-mail with 15-day reply and a court; no 投诉/举报 channel (433 only lists 投诉渠道 among changes)")
print(repr(d))
