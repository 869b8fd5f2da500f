import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); from mk import emit
M = "missing"; NA = "n/a"; Q = "?"
emit("docs/discorkie-en/privacy-policy.md",
 {"repo": "AppOutlet/GetDisCorkie", "path": "website/public/doc/privacy-policy.md", "commit": "0828b4c845a7780e10fdc34b67ea3317b9d03485"},
 {
 "eu-gdpr/controller": ([4, 50], "AppOutlet (\"we,\" \"us,\" or \"our\") (4); support@appoutlet.dev (50)"),
 "eu-gdpr/dpo": (M, "none"),
 "eu-gdpr/purposes": ([14, 15, 19, 21, 22, 23, 24], "for the following purposes: (19) with 21-24; Umami 'to understand how users interact' (14); Sentry 'To identify and fix bugs' (15)"),
 "eu-gdpr/legal-basis": (M, "none"),
 "eu-gdpr/legitimate-interests": (NA, "no legitimate interests named"),
 "eu-gdpr/recipients": ([11, 13, 14, 15, 28, 30, 31, 32, 38], "Supabase (11, 13, 30, 38), app stores (13, 32), Umami (14), Sentry (15, 31); 'We only share information with third-party services … :' (28)"),
 "eu-gdpr/transfers": (NA, "no country outside the EEA named"),
 "eu-gdpr/retention": (Q, "only the device-local token 'is deleted when you sign out' (12), data the controller never receives; nothing for e-mail, UUID or subscription data: doubtful"),
 "eu-gdpr/rights": ([42], "You have the right to access, correct, or request the deletion of your personal data (42)"),
 "eu-gdpr/withdraw-consent": (M, "none"),
 "eu-gdpr/complaint": (M, "none"),
 "eu-gdpr/requirement": ([12], "To interact with your Discourse forums, the App requires an authentication token (12)"),
 "eu-gdpr/automated-decisions": (M, "none"),
 "eu-gdpr/source": (Q, "subscription status 'handled through the respective app stores' (13, 22) may come from Apple/Google; the policy does not say it obtains data from them: doubtful"),
 })
