import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); from mk import emit
M = "missing"; NA = "n/a"; Q = "?"
emit("docs/datarequests-en/privacy.md",
 {"repo": "datenanfragen/website", "path": "content/en/privacy.md", "commit": "f2aae6840f9f1ea636d52aed2343ef5a9fda2564"},
 {
 "eu-gdpr/controller": ([22, 34, 36, 37, 38, 39, 42, 44, 46], "The controller … is: Datenanfragen.de e. V., address, phone, e-mail (34-46); scope (22)"),
 "eu-gdpr/dpo": (M, "no data protection officer mentioned"),
 "eu-gdpr/purposes": ([63, 72, 83, 93, 136, 146, 156, 167, 176, 188], "per processing: to serve your request (72), company database (83), code of conduct (93), membership records (136), billing (146), accounting (156), answer your message (167), newsletter (176), video conferences (188), overall (63)"),
 "eu-gdpr/legal-basis": ([75, 87, 98, 111, 121, 130, 141, 150, 161, 172, 181, 191], "Lawful basis: Art. 6(1) lit. a/b/c/f GDPR per processing"),
 "eu-gdpr/legitimate-interests": ([87, 98, 111, 121, 130, 172, 191], "legitimate interest to support our users… (87), to display user contributions (121), to improve stability (130), in replying (172); lit. f with the safety / enforcement / hosting interest (98, 111, 191)"),
 "eu-gdpr/recipients": ([77, 78, 79, 80, 90, 123, 132, 133, 143, 152, 153, 163, 164, 183, 184, 193, 200, 203], "hosting companies (77-80), public (90, 123), GitHub (132-133), board/members (143), tax office, payment gateways (152-153, 163-164), Mailjet (183-184), Senfcall (193), PayPal (200, 203)"),
 "eu-gdpr/transfers": (Q, "error reports on GitHub, operated by GitHub, Inc. (USA) or GitHub BV (Netherlands) (133): whether data goes outside the EEA is unclear; no safeguard named"),
 "eu-gdpr/retention": ([76, 89, 99, 112, 122, 131, 142, 151, 162, 173, 182, 192], "Duration of storage per processing"),
 "eu-gdpr/rights": ([208, 213, 226, 230, 234, 244, 252, 254, 256], "access (213), portability (226), rectification (230), erasure (234), restriction (244), objection (252-256); exercise via contact (208)"),
 "eu-gdpr/withdraw-consent": ([181, 240], "You can revoke this consent at any time (181); right to revoke given consent (240)"),
 "eu-gdpr/complaint": ([261, 263], "right of appeal to a supervisory authority (261), the responsible authority (263-273)"),
 "eu-gdpr/requirement": ([118, 126, 136, 138, 158, 169, 178], "voluntary / not providing has no influence (118, 126, 158, 169, 178); membership impossible without the data (136, 138)"),
 "eu-gdpr/automated-decisions": ([59], "We do not use profiling or any other type of automated decision making (59)"),
 "eu-gdpr/source": ([88, 153, 164], "taken exclusively from publicly accessible sources (88); payment gateways provide data to us (153, 164)"),
 })
