import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); from mk import emit
M = "missing"; NA = "n/a"; Q = "?"
emit("docs/being-en/california-privacy.md",
 {"repo": "MP2EZ/being", "path": "docs/legal/california-privacy.md", "commit": "d939d8ff8c27f5f805152bb7b490bb3d95204ea7"},
 {
 "us-ccpa/categories-collected": ([20, 21, 130, 132], "table rows marked Yes (20, 21; rows marked No do not count); sensitive PI named (130, 132)"),
 "us-ccpa/sources": ([43, 45, 46, 47], "Sources list"),
 "us-ccpa/purposes": ([31, 33, 34, 35, 36, 37, 134, 135, 136], "business purposes list; how we use sensitive PI"),
 "us-ccpa/sold-or-shared": ([77], "'We do not sell…We do not share…for cross-context behavioral advertising' (77)"),
 "us-ccpa/right-to-know": ([57, 59, 60, 61, 62, 63], "Right to Know"),
 "us-ccpa/right-to-delete": ([67], "Right to Delete"),
 "us-ccpa/right-to-correct": ([71], "Right to Correct"),
 "us-ccpa/right-to-opt-out": ([75], "'You have the right to opt out of the sale or sharing' (75); ways in 89-100"),
 "us-ccpa/right-to-limit": ([81], "Right to Limit"),
 "us-ccpa/non-discrimination": ([85], "'We will not discriminate…' (85)"),
 "us-ccpa/how-to-submit": ([93, 94, 95, 96, 100, 111, 112], "Settings > Privacy (93-96); e-mail (100, 112)"),
 "us-ccpa/authorized-agent": ([117], "'You may designate an authorized agent' (117)"),
 "us-ccpa/last-updated": ([4, 5], "Effective/Last Updated December 12, 2025"),
 })
