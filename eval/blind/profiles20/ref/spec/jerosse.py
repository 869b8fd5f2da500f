"""jerosse-tw: verdict source for save.py (tw-pdpa)."""
d = {"file": "docs/jerosse-tw/隱私政策.html",
     "source": {"repo": "Jerosse-DQ/jerosse-dq-privacy", "path": "隱私政策.html", "commit": "3396239acafa083532daa819cc911fe9ef24dadc", "license": "none (all rights reserved; test fixture only)"},
     "verdicts": {}, "notes": {}}
V = d["verdicts"]; N = d["notes"]
def s(k, v, n): V[k] = v; N[k] = n
s("tw-pdpa/agency", "missing", "only the app title 婕樂纖DQ專屬業績成長系統 and 我們; no company or named maker; the phone and address are template slots (+886-XXX-XXXXXX, XXX區)")
s("tw-pdpa/purposes", [89, 90, 91, 92, 93, 104, 132, 134, 135, 136, 137], "2.1 使用目的 list; Supabase 用於資料儲存; cookie purposes")
s("tw-pdpa/categories", [73, 74, 75, 76], "帳戶資訊：姓名、電子郵件地址、電話號碼 …")
s("tw-pdpa/period", "missing", "no period or criterion (only children's data deleted if found)")
s("tw-pdpa/area", [144], "可能會傳輸到台灣以外的國家進行處理 (a place named: outside Taiwan)")
s("tw-pdpa/recipients", [103, 104, 119], "政府機關; 雲端服務提供商（Supabase）")
s("tw-pdpa/methods", "missing", "no means of use; SSL/TLS is transmission only")
s("tw-pdpa/rights", "?", "rights listed under 5. 您的權利 with no way to exercise them there; only a general privacy contact e-mail in section 10 (line 152). Doubtful whether that is the 方式.")
s("tw-pdpa/effect-of-not-providing", "missing", "nothing on not providing")
s("tw-pdpa/source", [83], "資訊收集方式 lists 第三方服務整合（如Supabase雲端服務） as a source: applies, a named party")
print(repr(d))
