import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); from mk import emit
M = "missing"; NA = "n/a"; Q = "?"
emit("docs/collar-en/privacy-policy.md",
 {"repo": "CollarNetworks/docs", "path": "legal/privacy-policy.md", "commit": "95f53cdeef2425fbf2c2f631e91d386bf8d62a5c"},
 {
 "us-ccpa/categories-collected": ([14, 18, 20, 22, 24, 26, 29, 50, 52, 54, 144], "We may collect the following types of information: (14) name, e-mail… wallet address (18), financial (20), loan (22), correspondence (24), usage data (26), marketing (29); automatically… such as: (50) device data (52), online activity data (54); NPI… first name, last name… (144)"),
 "us-ccpa/sources": ([16, 41, 43, 45, 47, 48, 50], "Information users submit to us (16); Information we obtain from third parties: (41) publicly available blockchain information (43), social media (45), third-party login (47), marketing partners, publicly-available sources and data providers (48); Automatic data collection (50)"),
 "us-ccpa/purposes": ([33, 34, 35, 36, 37, 38, 39, 66, 68, 69, 70, 71, 72, 73, 74, 76, 77, 79, 81, 83, 84], "To provide, operate… (33-39); How We Use Your Personal Information: operate our Services (66-72), research and development (73), direct marketing (74), compliance and protection (76-84)"),
 "us-ccpa/sold-or-shared": ([126], "We do not sell your personal information (126); the sale of business assets (94) does not count"),
 "us-ccpa/right-to-know": ([118, 120, 152], "Information about how we collect and use… (118); Access and portability. You may request a copy… (120); request access (152)"),
 "us-ccpa/right-to-delete": ([124, 154], "Deletion of personal information that we no longer need… (124, in the list of what you may request, 116); You can request the deletion… (154)"),
 "us-ccpa/right-to-correct": ([122, 152], "Correction of personal information that is inaccurate (122); request… correction (152)"),
 "us-ccpa/right-to-opt-out": ([153], "you have the right to opt-out of information sharing with non-affiliated third parties. To request this, please contact us at support@… (153) (GLBA-style sharing opt-out with a way; lenient); no sale, the online-tracking opt-outs (102-110) are browser measures"),
 "us-ccpa/right-to-limit": (M, "nothing on limiting sensitive personal information (130 mentions sensitive information only as a limit on access responses)"),
 "us-ccpa/non-discrimination": ([128], "You are entitled to exercise the rights described above free from discrimination (128)"),
 "us-ccpa/how-to-submit": ([132], "To make a request, you may visit https://…typeform… to submit a request (132)"),
 "us-ccpa/authorized-agent": ([136], "California residents can empower an 'authorized agent' to submit requests on their behalf (136)"),
 "us-ccpa/last-updated": ([6], "**Effective Date: June 17, 2023** (6)"),
 })
