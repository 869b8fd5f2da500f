import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); from mk import emit
M = "missing"; NA = "n/a"; Q = "?"
emit("docs/thelab-en/privacy.md",
 {"repo": "TheLab-ms/TheLab-ms.github.io", "path": "pages/privacy.md", "commit": "e0576feed97495bc716b9a94cfab6f66976c3a9a"},
 {
 "eu-gdpr/controller": (M, "no organisation named in the body (we / this site); the only contact is the slot support@example.com (114)"),
 "eu-gdpr/dpo": (M, "none"),
 "eu-gdpr/purposes": ([79, 81, 82, 83], "How We Use Your Information (79-83)"),
 "eu-gdpr/legal-basis": (M, "83 'To Comply With Legal Obligations' is a purpose; 100 'where we rely on your consent' is conditional; no basis stated for any processing"),
 "eu-gdpr/legitimate-interests": (NA, "no legitimate interests"),
 "eu-gdpr/recipients": ([19, 42, 44, 45, 56, 58, 62, 64, 89, 90], "Plausible (19), Formspree/Netlify (42-45), Mailchimp (56-58), Disqus (62-64), service providers (89), legal (90)"),
 "eu-gdpr/transfers": (NA, "no transfer outside the EEA or country named"),
 "eu-gdpr/retention": (M, "none"),
 "eu-gdpr/rights": ([94, 96, 97, 98, 99], "You have the right to: access, correction, deletion, portability (94-99)"),
 "eu-gdpr/withdraw-consent": ([100], "Withdraw your consent at any time (100)"),
 "eu-gdpr/complaint": (M, "none"),
 "eu-gdpr/requirement": (M, "47 offers e-mail instead of the form; nothing on whether data is required"),
 "eu-gdpr/automated-decisions": (M, "none"),
 "eu-gdpr/source": (NA, "no data from others"),
 })
