import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); from mk import emit
M = "missing"; NA = "n/a"; Q = "?"
ROWS = [61, 62, 63, 64, 65, 66, 67, 68]
emit("docs/githubccpa-en/githubs-notice-about-the-california-consumer-privacy-act.md",
 {"repo": "github/docs", "path": "content/github/site-policy/githubs-notice-about-the-california-consumer-privacy-act.md", "commit": "2e78dc37bc875b4df09986b152a56129ace3d62d"},
 {
 "us-ccpa/categories-collected": (ROWS, "first column of the table rows (61-68; 64 and 66 run two rows together, 65-68 lack the leading pipe)"),
 "us-ccpa/sources": (ROWS, "second column (Information consumer provides directly or automatically …)"),
 "us-ccpa/purposes": (ROWS, "third column (Detecting security incidents…, Debugging…, Performing services…)"),
 "us-ccpa/sold-or-shared": ([17, 41], "GitHub _does not_ sell personal information (17); Again, GitHub does not sell personal information (41)"),
 "us-ccpa/right-to-know": ([29, 31, 35], "right to request … disclosure of the categories and specific pieces (29), free twice a year, portable, User Migration API (31); sold or disclosed lists (35)"),
 "us-ccpa/right-to-delete": ([23, 53], "right to request that a business delete (53); agents may request deletion on their behalf (23)"),
 "us-ccpa/right-to-correct": (M, "none (2020 notice, before CPRA)"),
 "us-ccpa/right-to-opt-out": (Q, "the right is explained in general terms (39) and said not to apply because GitHub does not sell (17); no way to opt out: doubtful"),
 "us-ccpa/right-to-limit": (M, "none"),
 "us-ccpa/non-discrimination": ([45, 46, 47, 48, 49], "The CCPA prohibits businesses from discriminating … including by (45) with 46-49"),
 "us-ccpa/how-to-submit": ([21], "To submit a request based on these rights, please contact us via our contact form (21)"),
 "us-ccpa/authorized-agent": ([23], "may use an authorized agent to make requests … on their behalf (23)"),
 "us-ccpa/last-updated": ([7], "Effective January 1, 2020 (7)"),
 })
