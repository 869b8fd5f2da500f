import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); from mk import emit
M = "missing"; NA = "n/a"; Q = "?"
emit("docs/swc-tw/SwcPrivacy_01.aspx",
 {"repo": "SWCTaipei/SWCWeb", "path": "PriPage/SwcPrivacy_01.aspx", "commit": "6cd0efb487e802e5b5d1039527e0511bad175c4d"},
 {
 "tw-pdpa/agency": ([65, 117], "'臺北市政府水土保持申請書件管理平台網站(以下簡稱本平台)' (65); '臺北市政府工務局大地工程處（以下簡稱本處）係依據本服務條款提供各項服務' (117, the terms on the same page)"),
 "tw-pdpa/purposes": ([74, 78, 79, 80, 81, 82, 87, 88], "Cookie purposes (78-82), 公務使用 for review and inspection (87), statistics (88), newsletter (74)"),
 "tw-pdpa/categories": ([70, 71, 72, 73, 74, 75], "'我們會透過以下幾種管道收集' (70) with 姓名、電子郵件、身分證字號… (71), applicant data (72), IP/log (73), e-mail/gender (74)"),
 "tw-pdpa/period": (M, "'會保留您填入的資料' (74) gives no period"),
 "tw-pdpa/area": (M, "no place named"),
 "tw-pdpa/recipients": ([93, 94, 97], "third parties providing a service/offer (93), future partners/advertisers get anonymous statistics (94), judicial/prosecution units (97)"),
 "tw-pdpa/methods": (M, "'個人資料的運用方式' (85) is a heading over purposes; no 自動化/書面 means"),
 "tw-pdpa/rights": (M, "no right granted; newsletter 取消訂閱或變更 (74) and the phone for '更新等問題' (111) are not a grant of Art. 3 rights (judgement)"),
 "tw-pdpa/effect-of-not-providing": ([78], "'如果您選擇拒絕所有的Cookies，可能無法使用部份個人化服務' (78)"),
 "tw-pdpa/source": (Q, "the applicant provides a 聯絡人's name and phone (72): data about another person from the user; the policy does not present it as indirect collection"),
 })
