export const GDPRText = `Privacy Policy
Effective Date: 20 April 2025

Welcome to Why the app (also referred to as whythe.app, “we,” “us,” or “our”). Your privacy is important to us. This Privacy Policy explains how we collect, use, and protect your personal data—especially when you submit your email or feedback through our registers page or via social media.

1. What Information We Collect
When you interact with us, we may collect the following personal data:

Email Address – when submitted via our registers page or in direct communication.

Feedback or Messages – when you send us comments, opinions, or other input.

Social Media Handles (if applicable) – if you contact us through platforms like Instagram, Twitter, etc.

We do not collect sensitive personal data unless explicitly stated and required.

2. How We Use Your Information
We use the data you provide to:

Respond to your feedback or questions.

Improve our app and services.

Send follow-up communication, if you’ve given consent.

Monitor and improve communication channels.

We do not sell or share your personal data with third parties for marketing.

3. Legal Basis for Processing
We process your data based on the following lawful grounds under GDPR:

Consent – When you voluntarily provide your email or feedback.

Legitimate Interest – To improve our app and respond to inquiries.

You may withdraw your consent at any time by contacting us at letstalk@whythe.app.

4. Data Storage and Retention
Your data is stored securely and retained only as long as necessary for the purposes above or as required by law.

If you request deletion of your personal data, we will comply unless we are legally required to retain it.

5. Your Rights
Under GDPR, you have the right to:

Access the personal data we hold about you.

Request correction or deletion of your data.

Object to or restrict our processing.

Withdraw consent at any time.

Lodge a complaint with a supervisory authority.

To exercise these rights, contact us at: letstalk@whythe.app.

6. Third-Party Services
We may use third-party services (e.g., form processors, analytics tools, or social media platforms) that process data on our behalf. All third parties are GDPR-compliant or bound by similar data protection regulations.

7. Cookies and Tracking
We do not use cookies for the registers page. If this changes in the future, we’ll update this policy accordingly.

8. Updates to This Policy
We may update this policy to reflect changes in legal requirements or how we handle personal data. The latest version will always be available on our website.

9. Contact Us
If you have any questions about this Privacy Policy or your personal data, please contact:

10. Rights and obligations
For information about your rights and obligations as a user of Why the app, please see our Terms and Conditions, at https://whythe.app/terms

Why the app
Email: letstalk@whythe.app
Website: https://whythe.app`;

export const TCText = `Effective Date: 20 April 2025

Welcome to Why the app (also referred to as whythe.app, “we,” “us,” or “our”).

By accessing or using our website at https://whythe.app, you agree to be bound by these Terms and Conditions. If you do not agree, please do not use our website.

1. Use of the Website
The website is currently a development blog and investor showcase for Why the app.
You may browse, read, and share content for personal, non-commercial purposes.
You must not use the website for any unlawful or prohibited activities.

2. Intellectual Property
All content on this website, including text, images, graphics, logos, and code, is the property of Why the app or its licensors, unless otherwise stated.
You may not copy, reproduce, distribute, or create derivative works from our content without our express written permission.

3. User Submissions
If you submit feedback, comments, or other information via our website or email, you grant us the right to use, display, and share that information for the purposes of improving our services and communicating with you.
Do not submit any confidential or proprietary information.

4. User Accounts
You may have the option to create an account on our website.
By creating an account, you agree to provide accurate and complete information and to keep your login credentials secure.
You are responsible for all activity that occurs under your account.
Accounts created now may be used to access future features, including social media functionality, as the app develops.
We reserve the right to suspend or terminate accounts that violate these Terms or are used for unlawful or prohibited activities.
If you wish to delete your account, please contact us at letstalk@whythe.app.

5. No Social Media Features (Yet)
Why the app is not currently a social media platform.
User accounts, posting, and social features are not yet available.
Any changes to these Terms will be posted here if and when such features are launched.

6. Disclaimer
The website and its content are provided “as is” and for informational purposes only.
We make no warranties, express or implied, regarding the accuracy, completeness, or reliability of the content.

7. Limitation of Liability
To the fullest extent permitted by law, Why the app and its team shall not be liable for any damages arising from your use of the website.

8. Links to Other Sites
Our website may contain links to third-party websites.
We are not responsible for the content or privacy practices of those sites.

9. Changes to These Terms
We may update these Terms and Conditions from time to time.
The latest version will always be available on this page.
Your continued use of the website after changes are posted constitutes your acceptance of the new Terms.

10. Governing Law
These Terms are governed by the laws of Romania.
Any disputes will be subject to the exclusive jurisdiction of the courts of Romania.

11. Contact Us
If you have any questions about these Terms and Conditions, please contact us at:
Why the app
Email: letstalk@whythe.app
Website: https://whythe.app`;
