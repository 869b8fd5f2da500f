import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); from mk import emit
M = "missing"; NA = "n/a"; Q = "?"
emit("docs/uitox-tw/modify-privacy.txt",
 {"repo": "jonic70134/jonic.github.io", "path": "uui/vendor/inside/modify-privacy.php", "commit": "c577d4a498063d544168379041c602b50ff65b20"},
 {
 "tw-pdpa/agency": ([4, 10, 13], "貴用戶所提供予優達斯之個人資料 (4); 優達斯 uses and keeps the data (10, 13): the brand is the collector (no registered company name)"),
 "tw-pdpa/purposes": ([7, 10], "為商業與技術資訊、客戶管理、會員管理、行銷…等目的 (7); 基於服務之提供或商品之銷售 (10)"),
 "tw-pdpa/categories": ([16, 17, 18], "個人資料種類： (16) 基本資料 (17) 帳務資料 (18)"),
 "tw-pdpa/period": ([13], "持續使用…直至貴用戶提出停止使用或優達斯停止提供服務之日為止 (13)"),
 "tw-pdpa/area": ([13], "使用區域僅限於台灣地區內(台澎金馬等離島) (13)"),
 "tw-pdpa/recipients": ([13, 27, 29, 30, 38], "合作之商品配送業者、商品供應商或關係企業 (13); 與第三者共用 (27) 司法單位或其他主管機關 (29), 提供該服務或優惠之第三者 (30); 各關係企業間…共同行銷 (38)"),
 "tw-pdpa/methods": (M, "storage in the company database (21) and SSL (24) are storage/security, not a means of use"),
 "tw-pdpa/rights": ([33, 34, 35], "向本網站以書面或電子文件請求行使：查詢或請求閱覽、製給複製本、補充或更正、停止、刪除 (33), procedure (34), correct on the site or by calling 客服 (35)"),
 "tw-pdpa/effect-of-not-providing": ([38], "惟若提供之資料不足或有誤時，本網站則可能將無法提供完整之服務 (38)"),
 "tw-pdpa/source": (NA, "no data obtained from others"),
 })
