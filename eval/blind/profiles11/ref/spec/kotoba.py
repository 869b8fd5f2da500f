import sys; sys.path.insert(0, "/tmp/x14b"); from mk import emit
M = "missing"; NA = "n/a"; Q = "?"
TB = [34, 36, 37, 38, 39, 40, 41, 42]
emit("docs/kotoba-tw/PRIVACY_POLICY_zh-TW.md",
 {"repo": "meowhoo/kotoba", "path": "PRIVACY_POLICY_zh-TW.md", "commit": "dbc68820c71b292b4f09848e212ed130aa0553b3", "text": "search index (id 59308969198), 2,944 chars"},
 {
 "tw-pdpa/agency": (M, "no operator named; contacts are template slots (148-150)"),
 "tw-pdpa/purposes": (TB + [64, 80], "用途 column of the local-data table; images sent to Vision API to return text (64), text for translation (80)"),
 "tw-pdpa/categories": (TB + [59, 60, 61, 75, 76, 77], "local-data table (資料類型) and the data sent to Google/LLM providers"),
 "tw-pdpa/period": (M, "'應用程式關閉後仍會保留' (32) and 'you can delete' (107) give no period or criterion"),
 "tw-pdpa/area": ([13, 32], "judgement (device storage as the place): stored only on the user's computer (13, 32); third-party locations not named"),
 "tw-pdpa/recipients": ([52, 54, 64, 70, 77, 80, 82, 83, 84, 85], "Google Cloud Vision API; OpenAI/Anthropic/Google/xAI"),
 "tw-pdpa/methods": (M, "no means of use stated"),
 "tw-pdpa/rights": ([134, 136, 137, 138, 139], "rights list under 您的權利 with the way (open/edit/delete the files yourself)"),
 "tw-pdpa/effect-of-not-providing": (M, "'不要點擊 OCR 按鈕，則圖片不會傳送' (68) is how to avoid sending, not an effect on the person"),
 "tw-pdpa/source": (NA, "no data from others"),
 })
