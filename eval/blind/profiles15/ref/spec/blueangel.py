import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); from mk import emit
M = "missing"; NA = "n/a"; Q = "?"
emit("docs/blueangel-en/datenschutz.fr.md",
 {"repo": "WhoopsImTop/blue-angel-breisach", "path": "content/seiten/datenschutz.fr.md", "commit": "80ea32a86de902eca003abc271cf7b9916c067ba"},
 {
 "eu-gdpr/controller": ([69, 71, 72, 73, 74, 76, 77], "'The data processing controller on this website is: Uwe Ichterz, Blue Angel, Gerberstraße 6…, Phone…, E-mail…' (69-77)"),
 "eu-gdpr/dpo": (M, "no DPO"),
 "eu-gdpr/purposes": ([25, 184, 188, 196, 237, 290, 302, 317], "'stored by us in order to handle your inquiry' (188), '…for the purpose of processing your request' (196), customer data for contracts (317), 25 overview"),
 "eu-gdpr/legal-basis": ([50, 87, 165, 184, 190, 198, 208, 229, 243, 274, 290, 306, 317], "Art. 6(1)(a)/(b)/(c)/(f) GDPR named (87 and per service)"),
 "eu-gdpr/legitimate-interests": ([50, 184, 190, 198, 208, 229, 274, 290, 306], "'legitimate interest in the technically error free depiction and the optimization…' (184), reliable depiction (50), effective processing of requests (190)…"),
 "eu-gdpr/recipients": ([42, 46, 91, 151, 153, 204, 225, 235, 270, 286, 300], "hosting provider Strato AG (46), tax authorities/processors (91), Usercentrics (151-153), WhatsApp (204), Google Analytics (235), Adobe (270)…"),
 "eu-gdpr/transfers": ([212, 216, 231, 245, 247, 276, 282, 292, 296, 310], "US transfers (241, 272, 288) on Standard Contractual Clauses (216, 245, 276, 292) and the EU-US Data Privacy Framework (212…)"),
 "eu-gdpr/retention": ([83, 161, 192, 200, 210, 319], "'your personal data will remain with us until the purpose for which it was collected no longer applies' (83), contact form (192), customer data (319)"),
 "eu-gdpr/rights": ([29, 99, 109, 113, 117], "information, rectification, eradication (29, 113), portability (109), restriction (117), objection (99)"),
 "eu-gdpr/withdraw-consent": ([29, 95, 243], "'You can also revoke at any time any consent you have already given us' (95)"),
 "eu-gdpr/complaint": ([29, 105], "'data subjects are entitled to log a complaint with a supervisory agency' (105)"),
 "eu-gdpr/requirement": ([141, 145], "'If cookies are deactivated, the functions of this website may be limited' (145); essential cookies (141)"),
 "eu-gdpr/automated-decisions": (M, "no statement on automated decision-making; 'profiling' appears only inside the right to object (99) and 'Tag Manager itself does not create any user profiles' (227) is about one tool"),
 "eu-gdpr/source": (NA, "no data obtained from third parties (Google Analytics data is collected from the visitor's browser)"),
 })
