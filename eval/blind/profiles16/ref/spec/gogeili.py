import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); from mk import emit
M = "missing"; NA = "n/a"; Q = "?"
emit("docs/gogeili-tw/privacymanifesto.html",
 {"repo": "z358z358/zlf", "path": "privacymanifesto.php", "commit": "0e3cbfcf38211011c90492961ed4969478001f58"},
 {
 "tw-pdpa/agency": ([21], "『Go給利』為兆利豐科技有限公司之所屬 (21)"),
 "tw-pdpa/purposes": ([48, 50, 51, 52, 53, 54, 55, 56, 57, 97], "以便利下述目的之達成： (48) with 50-57; cookies 為了提供您更有效率的客製化服務 (97)"),
 "tw-pdpa/categories": ([40, 98], "留下包括（但不限於）電子信箱等個人資料 (40); 自動接收並記錄… IP位址 (98)"),
 "tw-pdpa/period": (M, "none"),
 "tw-pdpa/area": (M, "none"),
 "tw-pdpa/recipients": ([40, 48, 66, 86], "履約保證或輔助信託機構或其他協力機構 (40, 48), 內部員工及合作廠商 (66), 司法單位 (86)"),
 "tw-pdpa/methods": (M, "none"),
 "tw-pdpa/rights": ([107, 109, 110, 111, 112, 154], "section 5: 查詢、閱覽、補充或更正 via the website, 停止/刪除/複製本 by contacting us (107-112); 第5條的請求請來信至 gogeili.service@gmail.com (154)"),
 "tw-pdpa/effect-of-not-providing": ([98], "假如您選擇停用cookie，則會無法使用某些個人化服務 (98) (lenient: cookies)"),
 "tw-pdpa/source": (NA, "advertisers may collect (140) is a third party collecting, not the agency obtaining data from others"),
 })
