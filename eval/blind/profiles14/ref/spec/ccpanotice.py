import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); from mk import emit
M = "missing"; NA = "n/a"; Q = "?"
R = lambda a, b: list(range(a, b + 1))
emit("docs/ccpanotice-en/page.tsx",
 {"repo": "donbmt92/review", "path": "src/app/ccpa-privacy-notice/page.tsx", "commit": "b0739c22ff8392d98ddf969ab3fb0e70319c8c13"},
 {
 "us-ccpa/categories-collected": ([260, 261] + R(595, 595) + R(614, 616) + [636] + R(647, 649) + [736, 755, 756, 776, 787, 808, 827, 828, 848, 859, 860],
   "'We have collected the following categories … within the period of the last twelve (12) months:' (260-261) with the table rows marked Yes: D commercial (595/614-616/636/647-649), F internet activity (736/755-756/776/787), G geolocation (808/827-828/848/859-860); rows marked No are not categories"),
 "us-ccpa/sources": ([1204, 1219, 1223, 1224, 1238, 1242, 1243, 1257, 1261], "'We collect Personal Information from the following sources:' (1204): from activity on our website (1219-1224), directly from you (1238-1243), from third-parties (1257-1261)"),
 "us-ccpa/purposes": ([1284, 1315, 1316, 1329, 1342, 1355, 1356, 1369, 1370, 1383, 1396, 1397], "(C) USE: 'We may use the Personal Information collected … ' (1284) with the list (1315-1397)"),
 "us-ccpa/sold-or-shared": (R(2008, 2011) + [2021, 2040, 2041, 2042, 2043, 2056, 2057, 2058, 2068, 2069, 2146, 2156, 2166, 2183, 2200],
   "'we do not “sell” information…' (2008-2011); sharing for retargeting (2021-2043, 2056-2058); 'we “sell” or “share” the following categories' (2068-2069) with the table A/F/G to marketing vendors for targeted advertising (2146-2200)"),
 "us-ccpa/right-to-know": ([2447, 2448] + R(2467, 2474) + R(2813, 2816), "rights table: 'The right to know what Personal Information the business has collected' (2447-2448, 2467-2474); data portability copy (2813-2816)"),
 "us-ccpa/right-to-delete": ([2495, 2514, 2515], "'Deletion Rights.' row: 'The right to delete Personal Information …' (2514-2515)"),
 "us-ccpa/right-to-correct": ([2536, 2555, 2556], "'Correct Inaccurate Information' row (2536, 2555-2556)"),
 "us-ccpa/right-to-opt-out": ([2577] + R(2596, 2599) + [2620, 2639, 2640, 2933, 2948, 2961, 2962, 2988, 3096, 3097, 3117, 3118, 3119],
   "rights table: opt-out of sharing for cross-context behavioural advertising (2596-2599), opt-out from selling (2620, 2639-2640); ways: cookie settings, device settings, DAA/NAI, GPC honoured (2933-3119)"),
 "us-ccpa/right-to-limit": ([2661, 2680, 2681, 2682], "'Limit the Use or Disclosure of SPI' row (2661, 2680-2682)"),
 "us-ccpa/non-discrimination": ([2745] + R(2764, 2773) + [3255, 3256, 3257], "'Non-Discrimination' row (2764-2773); 'We will not discriminate against you … for exercising these rights' (3255-3257)"),
 "us-ccpa/how-to-submit": (R(2341, 2346) + [2366, 2874, 2884, 2894, 2895, 2896], "'you may exercise certain privacy rights … Data Subject Request Form available HERE' (2341-2346, 2366); 'You may exercise your rights through the DSR available here' (2874, 2884, 2894-2896): a web form"),
 "us-ccpa/authorized-agent": (R(3141, 3149) + [3158, 3159, 3169, 3170, 3178, 3186, 3187, 3198, 3199, 3200], "(J) AUTHORIZED AGENTS (3141-3200)"),
 "us-ccpa/last-updated": ([32, 3310], "'[Last Modified: May 26, 2025]' (32); 'This notice was last updated on May 26, 2025' (3310)"),
 })
