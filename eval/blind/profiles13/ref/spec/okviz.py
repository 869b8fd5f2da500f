import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); from mk import emit
M = "missing"; NA = "n/a"; Q = "?"
PURP = [n for n in range(68, 87) if n != 74] + [98, 121, 130, 136, 145, 208, 218, 229, 238, 258]
CATS = [25, 27, 28, 29, 30, 31, 32, 131, 137, 146, 232, 431, 432, 440, 441, 449, 450]
SALE = [103, 109, 115, 133, 139, 148, 162, 168, 174, 181, 187, 224, 435, 444, 453]
RIGHTS = [301, 304, 305, 306, 307, 308, 309, 318, 320, 338, 339, 340, 341, 380, 381, 382, 383, 386, 387, 480, 481, 482, 483]
emit("docs/okviz-en/privacy.md",
 {"repo": "okviz/okviz.github.io", "path": "_mydocs/www/terms/privacy.md", "commit": "e7eb09e43a52066b2e3753793b9301def9dad5ca"},
 {
 "eu-gdpr/controller": ([15, 17, 18, 19], "'Owner and Data Controller' (15): OKVIZ Corp. (17), e-mail (18), address (19)"),
 "eu-gdpr/dpo": (M, "none"),
 "eu-gdpr/purposes": (PURP, "'Your Data is collected to:' with its list (68-86); per-service purposes (98, 121, 130, 136, 145…)"),
 "eu-gdpr/legal-basis": ([274, 276, 277, 278, 279, 280], "'Legal Basis for Processing' list: consent, contract, legal obligation, public interest, legitimate interests (274-280)"),
 "eu-gdpr/legitimate-interests": (M, "applies (280, 291); no interest named: 'necessary for the legitimate interests pursued by the Owner or a third party' (280) names the basis only"),
 "eu-gdpr/recipients": ([53, 105, 111, 158, 164, 170, 177, 183, 192, 194, 199, 210, 220, 241], "processors named by kind (53: technical service providers, hosting providers…); named services: Google Analytics (105), Stripe (194), Azure (210), SparkPost (220)…"),
 "eu-gdpr/transfers": (M, "applies: processing in the United States (107, 113, 160…, 58); no safeguard named (312 only says the user may know the legal basis)"),
 "eu-gdpr/retention": ([62, 288, 290, 291, 292, 293, 295, 434, 443, 452], "'only for as long as needed to fulfill its collection purpose' (62, 288), per legal basis (290-293)"),
 "eu-gdpr/rights": (RIGHTS, "'Your Rights Under the GDPR' (301-309), objection (318, 320); the Swiss, Brazilian and US lists also grant rights (GDPR section first)"),
 "eu-gdpr/withdraw-consent": ([292, 303, 388, 495], "'Withdraw Consent: You may withdraw your consent at any time.' (303)"),
 "eu-gdpr/complaint": ([310, 389], "'Lodge a Complaint: You can file a complaint with your competent data protection authority.' (310)"),
 "eu-gdpr/requirement": ([41], "'Unless specified otherwise, all Data requested is mandatory. Failing to provide the required Data may prevent us from delivering our services.' (41)"),
 "eu-gdpr/automated-decisions": (M, "only Brazilian rights about automated decisions (391, 392) and a US opt-out of profiling (494); nothing on whether the controller makes such decisions (judgement)"),
 "eu-gdpr/source": ([473], "applies (25, 473): 'receive your Personal Information from third parties who work with us in connection with the Service' (473) names the kind (partners; judgement)"),
 "us-ccpa/categories-collected": (CATS, "types of data (27-32), Notice at Collection categories (431, 440, 449), per-service data (131…)"),
 "us-ccpa/sources": ([25, 38, 39, 470, 471, 472, 473], "'Sources of the Personal Information We Collect' (470-473); directly/automatically (38, 39)"),
 "us-ccpa/purposes": (PURP + [433, 442, 451], "as eu-gdpr purposes; Notice at Collection purposes (433, 442, 451)"),
 "us-ccpa/sold-or-shared": (SALE, "'This Processing Constitutes: a Sale in California' (103…), 'Sold or Shared: Yes' (435, 444, 453), 'a Sale in California and a Sharing in California' (224)"),
 "us-ccpa/right-to-know": ([480], "'Access: Request confirmation … and access that information' (480)"),
 "us-ccpa/right-to-delete": ([482], "'Deletion: Request deletion of your Personal Information' (482)"),
 "us-ccpa/right-to-correct": ([481], "'Correction' (481)"),
 "us-ccpa/right-to-opt-out": ([484, 489, 510], "'Opt Out: Opt out of the Sale' (484), sharing (489), privacy choices link / GPC (510)"),
 "us-ccpa/right-to-limit": ([460, 490], "'limit our use or disclosure of your Sensitive Personal Information' (490)"),
 "us-ccpa/non-discrimination": ([484, 485], "'We will not discriminate against you for exercising these rights' (484), 485"),
 "us-ccpa/how-to-submit": ([504, 510], "'submit your request using the contact details provided in this document' (504; the e-mail is at 18), privacy choices link (510) (judgement: the channel is by reference)"),
 "us-ccpa/authorized-agent": (M, "'submit a request on behalf of a child under your parental authority' (506) is a parent for a child, not an authorised agent (judgement)"),
 "us-ccpa/last-updated": (M, "'The date of the last modification is listed at the bottom' (545) but no date is there; the dates are only in the YAML front matter (6, 7)"),
 })
