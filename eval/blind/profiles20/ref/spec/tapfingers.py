"""tapfingers-tw: verdict source for save.py (tw-pdpa)."""
d = {"file": "docs/tapfingers-tw/privacy-policy-zh-tw.html",
     "source": {"repo": "goodboy998/tapfinger.github.io", "path": "privacy-policy-zh-tw.html", "commit": "e6b52e5a4144af4d50fa133502700406c77ef3cd", "license": "none (all rights reserved; test fixture only)"},
     "verdicts": {}, "notes": {}}
V = d["verdicts"]; N = d["notes"]
def s(k, v, n): V[k] = v; N[k] = n
s("tw-pdpa/agency", [11, 12, 16], "Tap Fingers工作室 presented as the policy's own (致力於保護我們用戶…, 收集信息); a studio name, no company form")
s("tw-pdpa/purposes", [16, 18, 20, 27, 28, 37, 41, 45, 47, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70], "主要目標是創建帳戶、提供服務…; 我們如何使用信息 list; per-data uses")
s("tw-pdpa/categories", [17, 18, 20, 27, 32, 37, 44], "用戶名、密碼、電子郵件; 姓名、手機號碼; 設備ID、IMEI…")
s("tw-pdpa/period", [86], "保留您的信息，只要您的帳戶處於活動狀態")
s("tw-pdpa/area", [16, 93], "美國服務器 (Amazon Web Services); transfer to the US")
s("tw-pdpa/recipients", [16, 41, 45, 54, 58, 74, 75, 76], "AWS; 第三方服務提供商; Google Analytics/HasOffers; 廣告商; 代理和服務提供商; 政府; acquirer")
s("tw-pdpa/methods", "missing", "no means of use stated (自動註銷 is collection)")
s("tw-pdpa/rights", [22, 33, 84], "訪問個人信息: 更改、更新、刪除 via settings or oldergametime@gmail.com; deletion requests by e-mail")
s("tw-pdpa/effect-of-not-providing", [28, 47], "refusing location → app may not work; disabling cookies → features unusable")
s("tw-pdpa/source", [31, 32, 35], "applies: data received from Facebook Connect, Game Center, Google+ (SN services)")
print(repr(d))
