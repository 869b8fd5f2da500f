"""course3d-tw: verdict source for save.py (tw-pdpa)."""
d = {"file": "docs/course3d-tw/隱私政策.html",
     "source": {"repo": "temmo1004/course-3d", "path": "隱私政策.html", "commit": "bab36c6ca262ae94dc8aeaa0a0264f95cefe3cb6", "license": "none (all rights reserved; test fixture only)"},
     "verdicts": {}, "notes": {}}
V = d["verdicts"]; N = d["notes"]
def s(k, v, n): V[k] = v; N[k] = n
s("tw-pdpa/agency", [51], "no company; the course brand 「塗鴉變／迷因變 3D 模型課程」報名服務 is the service that collects (rule: a brand that collects/keeps what is given). Lenient reading; the footer © line is not cited.")
s("tw-pdpa/purposes", [56, 61, 74], "§2 僅用於：處理報名與付款…; 供對帳; 衡量瀏覽與報名成效")
s("tw-pdpa/categories", [55, 56, 57], "姓名、Email、手機號碼…; 交易編號、金額; 操作紀錄")
s("tw-pdpa/period", [80], "課程結束後保留一定期間…；交易紀錄依稅務法令保留 5 年")
s("tw-pdpa/area", "missing", "no place of storage or use is named (Zeabur named as host, no country)")
s("tw-pdpa/recipients", [64, 66, 67, 68, 69, 70, 74], "named processors PAYUNi, ZSend/Amazon SES, Notion, Zeabur, authorities; GA4 and Meta Pixel")
s("tw-pdpa/methods", "missing", "no means of use (自動化/書面…); 「不使用 AI 自動分析」 is a means denied")
s("tw-pdpa/rights", [77], "cites 個資法第 3 條, lists the rights and gives course@404table.com")
s("tw-pdpa/effect-of-not-providing", "missing", "nothing on what happens if data is not provided")
s("tw-pdpa/source", "n/a", "no data said to come from others (PAYUNi handles payment; not stated as a source)")
print(repr(d))
