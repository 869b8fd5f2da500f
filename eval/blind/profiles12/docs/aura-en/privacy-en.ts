export const privacyEn = {
  title: "Privacy Notice",
  backToHome: "Back to Home",
  lastUpdated: "Last updated: February 2026",
  sections: [
    {
      type: "paragraph",
      content:
        'This notice sets out the basis on which we collect, use, and share any personal data relating to you, or that you provide to us in relation to your use of our app \'Aura\' ("App").',
    },
    {
      type: "heading",
      content: "Who are we?",
    },
    {
      type: "paragraph",
      content:
        "The entities covered by this notice are set out below and references to \"we\", \"our\" or \"us\" are references to these entities:",
    },
    {
      type: "paragraph",
      content:
        "Aura, with registered office as specified in our Terms & Conditions.",
    },
    {
      type: "paragraph",
      content:
        "For personal data collected from data subjects in the EU, United Kingdom, and Switzerland, we are the controller of your personal data. This means that we are responsible for deciding how we collect, store and use your personal data. For personal data collected from residents in California, we are the business with respect to your personal data. This means we are responsible for the purposes and means of processing your personal data. \"Personal data\" as used in this notice shall have the meaning ascribed to it under data protection laws and may also be defined as \"personal information\" or \"personally identifiable information.\"",
    },
    {
      type: "paragraph",
      content:
        "If you have any questions about this privacy notice, please contact us by using the details given below. If you are a Nevada resident or California resident, please see additional disclosures at the end of this notice.",
    },
    {
      type: "heading",
      content: "Who does this privacy notice apply to?",
    },
    {
      type: "paragraph",
      content:
        "This privacy notice applies to all users of the App. It does not form part of our contract to provide services. By using the App, you agree to our Terms & Conditions. If you do not agree to our Terms & Conditions or with our collection, use, and disclosure practices as described in this notice, discontinue use of the App.",
    },
    {
      type: "heading",
      content: "Personal data we collect",
    },
    {
      type: "subheading",
      content: "Information you give us when registering with our App:",
    },
    {
      type: "paragraph",
      content:
        "When you register with our App you will be asked to provide information about yourself including your goals, age, gender and other questions. This information is required for the purposes of enabling the App features to function properly. We'll also ask you for necessary information for an account log in and administration purposes. Passwords are hashed for security. In addition, we will collect the following types of data where we ask you for them and you then provide such data to us: contact data such as first and last name, email address, and street address and demographic data, such as gender.",
    },
    {
      type: "paragraph",
      content:
        'We may also ask if you want to opt-in to receive push notifications. If you would like to opt-out of push notifications at any time go to your device "Settings", click on "Notifications," and then change those settings for the App on your device (different device configurations, or updates to devices, may affect or change how these settings work).',
    },
    {
      type: "subheading",
      content: "Other information you provide to us:",
    },
    {
      type: "paragraph",
      content:
        "If you lodge a customer query your email address and any other information about yourself you choose to provide to us when you lodge a customer query with us. If you engage with any chat functionality then you may provide us with personal data via this function.",
    },
    {
      type: "paragraph",
      content:
        "You may choose to voluntarily provide other information to us that we do not request, and, in such instances, you are solely responsible for such information.",
    },
    {
      type: "subheading",
      content: "Information we receive from third-party logins:",
    },
    {
      type: "paragraph",
      content:
        "If you choose to log into the App using a third-party login such as Facebook or Apple, we'll receive information from those third parties for account verification purposes in accordance with what you have agreed with those parties under their settings and terms and conditions (such as your name and email address). Please note that the social network may independently collect information about you through the integration.",
    },
    {
      type: "subheading",
      content: "Information we collect about you automatically while you use the App:",
    },
    {
      type: "paragraph",
      content: "We will:",
    },
    {
      type: "list",
      items: [
        "Collect a unique identifier from Apple/Google in order to link your use of the App for billing through iTunes and for advertising purposes;",
        "Collect your device operating system and version;",
        "To the extent the App is enabled to be integrated with voice-activated devices, collect audio through your microphone on your device to effectuate an instruction or request by you; and/or",
        "Collect technical information regarding your use of the App.",
      ],
    },
    {
      type: "subheading",
      content: "Information collected automatically by third parties:",
    },
    {
      type: "paragraph",
      content:
        "Information is collected by third-party SDKs (i.e. software development kits) on the App and our website providers, rather than being collected by us directly. This includes the following categories of data: identifiers (such as user IDs and device IDs); usage data (such as your interactions with the App); diagnostics (such as crash logs); contact information (such as your name and email); and health and fitness information (which you input into the App). This information is shared so as to allow the App to operate, for analytics and product personalisation purposes and to run efficient marketing campaigns. To see how they use this information please refer to their privacy policies. We have provided links to these. For California residents, see additional rights you may have with respect to this sharing of information in the \"Additional disclosures for California residents\" section below.",
    },
    {
      type: "subheading",
      content: "Analytics & Tracking providers",
    },
    {
      type: "list",
      items: [
        "Google LLC (Google play market)",
        "Apple Inc. (Apple Itunes Connect)",
        "Amplitude (Analytics)",
        "Adjust GmbH (Attribution)",
      ],
    },
    {
      type: "subheading",
      content: "Other third-party service providers",
    },
    {
      type: "list",
      items: [
        "Braze (Notifications)",
        "mParticle (Customer Data Platform)",
        "GrowthBook (Feature Flags & Experiment)",
        "Google LLC (Firebase /BigQuery)",
      ],
    },
    {
      type: "subheading",
      content: "SDKs related to advertising",
    },
    {
      type: "paragraph",
      content:
        "We do not serve ads to you within our App but we do use third-party advertising tools (such as Facebook SDKs) for advertising retargeting purposes and for advertising our App to new users. Data used by our third-party advertising partners in connection with our advertising campaigns may include data collected from other sources such as data brokers, partners that engage in joint marketing activities, publicly available data including data in the public domain and social networks with which you interact.",
    },
    {
      type: "subheading",
      content: "Payment details:",
    },
    {
      type: "paragraph",
      content:
        "In-App purchases are handled by third-party payment platforms. The processing and storage of payment details is a matter for the relevant platform and the applicable payment methods/processors. Where third party payment providers are used we will not receive, process or store any of your payment details. This is because the payment transactions themselves are completed through the relevant platforms (e.g. Apple's App Store or Google Play) via the user account you have associated with that platform account. If you make purchases within the App, we are notified by the payment processor once a transaction takes place but we will not receive any of your actual payment details.",
    },
    {
      type: "paragraph",
      content:
        "Where you purchase a subscription directly from us (or our group companies) on our website, you may be asked for your credit card, PayPal details or details of such other payment method as we permit from time to time. We don't have access to your credit card data. Credit card data is tokenized for security and processed by our third party Payment Card Industry Data Security Standard (PCI DSS) certified payment processors.",
    },
    {
      type: "subheading",
      content: "Interactions with Other Parties.",
    },
    {
      type: "paragraph",
      content:
        "The App includes links that hyperlink to websites, platforms, and other services not operated or controlled by us. We may embed an SDK to allow you to \"like\" or \"share\" content through social media. We may also offer our content through social media. Any information you provide to us when you engage with us through social media (such as our brand page or chat function) will be treated in accordance with this Privacy Notice. Also, if you publicly reference our App on social media (e.g., by using a hashtag associated with the App in a tweet or post), we may use your reference on or in connection with our App. Please note that when you interact with other parties, including when you leave our App, those parties may independently collect information about you and solicit information from you. The information collected and stored by those parties remains subject to their own policies and practices, including what information they share with us, your rights and choices on their services and devices, and whether they store information in your country of residence or elsewhere. We encourage you to familiarize yourself with and consult their privacy policies and terms of use.",
    },
    {
      type: "subheading",
      content: "Our lawful basis or business purposes for using your personal data",
    },
    {
      type: "paragraph",
      content:
        "In accordance with applicable data protection law, we will only process your personal data where we have a lawful basis for doing so or for our business and commercial purposes. In respect of your personal data, these bases are: (i) where it is necessary to provide services to you under the performance of the contract we have with you; (ii) where we are required to do so in accordance with legal or regulatory obligations; (iii) where you have given your consent; and, (iv) where it is in our legitimate interests to process your personal data, provided that none of these prejudice your own rights, freedoms and interests.",
    },
    {
      type: "paragraph",
      content:
        "The following are a list of the \"Purposes\" for which we (including any of our agents, processors, and/or employees) process your personal data and the lawful basis on which we carry out such processing:",
    },
    {
      type: "list",
      items: [
        "To provide entertainment services — Necessary for the performance of a contract",
        "To set-up, administer and manage your account — Necessary for the performance of a contract",
        "To confirm your valid subscription to our app — Necessary for the performance of a contract",
        "To receive and respond to your communications and requests — Necessary for the performance of a contract where such communication relates specifically to our Services, otherwise legitimate interests so that we can respond to your query",
        "To notify you about updates to our app and services, including updates to this privacy notice and any terms we have with you — Necessary for the performance of a contract",
        "To access information from your Facebook profile and make this visible to your Facebook on our app — Consent",
        "To carry out market research campaigns — Legitimate interests so that we can better understand the products and services that our customers most enjoy",
        "To prepare statistics relating to the use of our app by you and other customers — Legitimate interests so we understand the use of, and therefore improve, our app and services",
        "To keep you informed of offers and promotions relating to our services — Legitimate interests where the offers relate to similar or identical goods and services to those you subscribe to and we have offered you an option to opt-out. Consent for any other type of marketing and we will offer an option to opt-in.",
        "To record communications with our customer services representatives for training purposes — Legitimate interests so that we improve our customer services",
        "To use your name, image, username or location in publicity and marketing, but only where you have provided your express and informed consent for us to do so — Consent",
        "To prevent and address fraud, breach of policies or terms, and threats of harm — Legitimate interests to prevent fraud, breaches of our agreements, and threats of harm",
        "To improve the App and our other websites, apps, marketing efforts, products and services — Legitimate interests so that we can better provide the products and services that our customers most enjoy",
        "To send you push notifications on mobile devices where you have agreed to this — Consent",
      ],
    },
    {
      type: "paragraph",
      content:
        "In addition to the above Purposes, we will use the information we have collected about you to fulfill any other purpose at your direction or where we have provided you with notice and received your consent. Where we allow third parties to collect and use your personal data in respect of analytics and advertising (including permitting such third parties to access your device advertiser identifier or link data collected from the App with other data for advertising purposes), we will only do so if permitted in your device system settings. You can change this setting as detailed below.",
    },
    {
      type: "paragraph",
      content:
        "Notwithstanding the above, we may use information that does not identify you (including information that has been aggregated or de-identified) for any purpose except as prohibited by applicable law. For information on your rights and choices regarding how we use information about you, please see \"Your rights over your personal data\" below.",
    },
    {
      type: "subheading",
      content: "If you don't provide the personal data we have asked for",
    },
    {
      type: "paragraph",
      content:
        "Where we have stated that your personal data is used in order to carry out a contract with you, to take steps to enter into that contract we will need you to provide the personal data requested. If you don't provide that personal data when we ask for it, we may not be able to respond to you, enter into a contract with you or meet our obligations to you under that contract. For example, if you don't give us your date of birth we will be unable to determine your zodiac sign. You will not be able to use the App without it. If you have any concerns about whether you need to provide your personal data please contact us by using the details below.",
    },
    {
      type: "paragraph",
      content:
        "You have a right under data protection law to withdraw your consent at any time. We cannot remove part of your profile data. You can contact us using the details below to ask us to delete your whole profile.",
    },
    {
      type: "subheading",
      content: "Automated decision-making and profiling",
    },
    {
      type: "paragraph",
      content:
        "We do not use your personal data to make automated decisions about you. We do use information you enter into the App to generate a general profile about you based on the information you input into the App. However, the content is for entertainment purposes only and should not be used by you as the basis for any important legal or similarly significant decision.",
    },
    {
      type: "subheading",
      content: "Circumstances when we can change the purpose for which we use your personal data",
    },
    {
      type: "paragraph",
      content:
        "We will only use your personal data for the purposes set out above or for a new reason that is compatible with those original purposes. If we change the purpose for which we use your personal data we will update this privacy notice. If you would like an explanation as to how the new purpose is compatible with the original purpose please contact us.",
    },
    {
      type: "paragraph",
      content:
        "If we would like to use your personal data for an unrelated purpose, we will notify you and we will explain the new purpose and legal basis which allows us to do this.",
    },
    {
      type: "subheading",
      content: "How long we keep your personal data",
    },
    {
      type: "paragraph",
      content:
        "We will only keep your personal data for as long as is necessary for the purposes set out in this Notice.",
    },
    {
      type: "paragraph",
      content:
        "We retain information relating to your contract with us and your use of the App for so long as you use the App. Your profile information will remain active until you delete it. Please note that deleting your profile or the App will not result in an automatic unsubscribe request.",
    },
    {
      type: "paragraph",
      content:
        "Once you unsubscribe we will retain your personal data for a period of time afterwards to satisfy any legal, accounting and reporting obligations we are under and in order to ensure we have effective data backup systems in place, which will generally not be more than six years. In such cases, we will ensure that your personal data will continue to be treated in accordance with this Notice.",
    },
    {
      type: "heading",
      content: "Who we share your personal data with",
    },
    {
      type: "paragraph",
      content:
        "We share your personal data with personnel who need to know the information to perform their role (such as our coaches) and other trusted service providers who support our App (such as designing our App infrastructure and customer support service). When we do this, we put in place a contract with them which requires them to only process your personal data in accordance with our instructions which requires that your personal data is treated in accordance with data protection laws.",
    },
    {
      type: "paragraph",
      content:
        "We may disclose your personal data in the following circumstances but only where we determine that doing so is permitted under applicable data protection law:",
    },
    {
      type: "list",
      items: [
        "to our professional advisors who have the need to access such information for the purpose of advising us;",
        "to our partners who offer co-branded services, sell or distribute our products, or engaging in joint marketing activities;",
        "to any law enforcement body which may have any reasonable requirement to access your personal data;",
        "to any potential purchaser of our business or any investors in it;",
        "to our group companies where they require access to personal data to help with the provision of our App;",
        "in order to defend ourselves legally or protect the rights, property, life, health, security and safety of us, the App, or anyone else;",
        "to comply with your request for us to share information with another entity; and",
        "in order to enforce our legal rights.",
      ],
    },
    {
      type: "paragraph",
      content:
        "We may also share information with notice to you and with your consent. Notwithstanding the above, we may share information that does not identify you (including information that has been aggregated or de-identified) except as prohibited by applicable law. For information on your rights and choices regarding how we share information about you, please see the \"Your rights over your personal data\" section below.",
    },
    {
      type: "heading",
      content: "Sharing your personal data for analytics and advertising purposes",
    },
    {
      type: "paragraph",
      content:
        "We share information with our advertising and analytics partners to deliver personalised advertisements to you (via a device identifier) and to help us understand how users access and use the App. As part of this process, we may incorporate tracking technologies into our App (including our emails) as well as into our ads displayed on other websites and services. Some of these tracking technologies may track your activities across time and services for purposes of associating the different devices you use and delivering relevant ads and/or other content to you (\"Interest-based Advertising\").",
    },
    {
      type: "paragraph",
      content:
        "We also use audience matching services to reach people (or people similar to people) who have visited our App or are identified in one or more of our databases (\"Matched Ads\"). This is done by us uploading a customer list to another party or incorporating a pixel or SDK from another party into our own App, and the other party matching common factors between our data and their data or other data sets. For instance, we incorporate the Facebook SDK on our App and may share your email address with Facebook as part of our use of Facebook Custom Audiences.",
    },
    {
      type: "paragraph",
      content: "If you would like to prevent this sharing then please change your settings.",
    },
    {
      type: "list",
      items: [
        "For more information on how to change your advertising settings on an Apple iOS device see here: https://support.apple.com/en-gb/HT205223",
        "For more information on how to change your advertising settings on an Android Device see here: https://policies.google.com/technologies/ads?hl=en-US",
      ],
    },
    {
      type: "heading",
      content: "Transfers of your personal data outside the UK and EEA",
    },
    {
      type: "paragraph",
      content:
        "Our customers in the UK and European Economic Area (EEA) should note that your personal data will be transferred outside the UK and/or EEA to the US. Where we transfer your personal data, we will put in place adequate measures to ensure that your personal data is kept secure and such adequate measures shall include: (i) transferring to a jurisdiction which the UK and/or European Commission recognises as providing adequate protection for the rights and freedoms of data subjects in connection with the processing of their personal data; (ii) transfers pursuant to standard contractual clauses in accordance with UK law and/or European Commission decisions on transferring personal data; and (iii) transfers to companies with approved binding corporate rules in place.",
    },
    {
      type: "heading",
      content: "How we keep your personal data secure",
    },
    {
      type: "paragraph",
      content:
        "We take appropriate security measures designed to prevent your personal data from being accidentally lost, used or accessed in an unauthorised way, altered or disclosed. In addition, we limit access to your personal data to those employees, agents, contractors and service providers (see above) who have a business need-to-know.",
    },
    {
      type: "paragraph",
      content:
        "We have put procedures in place to deal with any suspected or actual data security breach and where required by applicable data protection laws, we will notify you and any applicable regulator of a suspected or actual breach where the breach may cause a risk to you.",
    },
    {
      type: "paragraph",
      content:
        "Our security procedures mean that we may occasionally request proof of identity before we are able to disclose personal data to you.",
    },
    {
      type: "heading",
      content: "Your rights over your personal data",
    },
    {
      type: "paragraph",
      content:
        "Data protection laws grant you certain rights in relation to your personal data and our processing. Your exact rights will vary depending on jurisdiction, but data subjects in the UK and EEA have the following rights in relation to their personal data:",
    },
    {
      type: "list",
      items: [
        "a right to request confirmation from us as to whether we are processing your personal data and, if so, a copy of such personal data;",
        "a right to request that inaccurate personal data is rectified;",
        "a right to request to receive your personal data in a machine-readable format and to request that we provide this to a third-party controller;",
        "a right to object to processing where the lawful basis is that it is in our legitimate interests, but please note that we may still process your personal data where there are other relevant lawful bases or where we have compelling grounds to continue processing your personal data in our interests which are not overridden by your rights, interests or freedoms;",
        "a right to request that certain personal data is erased where it is no longer necessary for us to process it, where you have withdrawn your consent (as described immediately below), or where you have objected (as described immediately above), where your personal data has been unlawfully processed, or where erasing your personal data is required in accordance with a legal obligation;",
        "a right to withdraw your consent where this is the lawful basis on which we process your personal data;",
        "a right to request an explanation of the logic involved where we make decisions about you solely through automated means;",
        "a right to complain to your national data protection supervisory authority (in the UK this will be the ICO); and",
        "a right to object to direct marketing.",
      ],
    },
    {
      type: "paragraph",
      content:
        "If you are unsure about your rights or are concerned about how your personal data may be processed, please feel free to contact us. For California and Nevada residents, please see the additional disclosures regarding your rights and choices below.",
    },
    {
      type: "paragraph",
      content:
        "If you would like to exercise any of your rights then you can do so by contacting us using the details given below. Please be aware that while we will try to accommodate any request you make in respect of your rights, they are not absolute rights. This means that we may have to refuse your request or may only be able to comply with it in part.",
    },
    {
      type: "paragraph",
      content:
        "Where you make a request in respect of your rights we will require proof of identification. We may also ask that you clarify your request. We will aim to respond to any request within one month of verifying your identity. If we receive repeated requests or have reason to believe requests are being made unreasonably, we reserve the right not to respond.",
    },
    {
      type: "heading",
      content: "App and Location Technologies.",
    },
    {
      type: "paragraph",
      content:
        "You can stop all collection of information via an app by uninstalling the app. You can also reset your device Ad Id at any time through your device settings, which is designed to allow you to limit the use of information collected about you. You can stop all collection of precise location data through an app by uninstalling the app or withdrawing your consent through your device settings. Please be aware that if you disable or remove tracking technologies some parts of the App may not function correctly.",
    },
    {
      type: "heading",
      content: "Analytics, Interest-Based Advertising, and Matched Ads.",
    },
    {
      type: "paragraph",
      content:
        "Google provides tools to allow you to opt out of the use of certain information collected by Google Analytics at https://tools.google.com/dlpage/gaoptout and by Google Analytics for Display Advertising or the Google Display Network at https://www.google.com/settings/ads/onweb/. The companies we work with to provide you with targeted ads are required by us to give you the choice to opt out of receiving targeted ads. Most of these companies are participants of the Digital Advertising Alliance (\"DAA\") and/or the Network Advertising Initiative (\"NAI\"). To learn more about the targeted ads provided by these companies, and how to opt out of receiving certain targeted ads from them, please visit: (i) for website targeted ads from DAA participants, https://www.aboutads.info/choices; (ii) for app targeted ads from DAA participants, https://www.aboutads.info/appchoices; and (iii) for targeted ads from NAI participants, https://www.networkadvertising.org/choices/. Opting out only means that the selected participants should no longer deliver certain targeted ads to you, but does not mean you will no longer receive any targeted content and/or ads (e.g., in connection with the participants' other customers or from other technology services).",
    },
    {
      type: "paragraph",
      content:
        "To opt out of us using your data for Matched Ads, please contact us as set forth in the \"How to contact us\" section below and specify that you wish to opt out of Matched Ads. We will request that the applicable party not serve you Matched Ads based on information we provide to it. Alternatively, you may directly contact the applicable party to opt out.",
    },
    {
      type: "paragraph",
      content:
        'You may also limit our use of information collected from or about your mobile device for purposes of serving targeted ads to you by going to your device settings and selecting "Limit Ad Tracking" (for iOS devices) or "Opt out of Interest-Based Ads" (for Android devices).',
    },
    {
      type: "paragraph",
      content:
        "Please note that if you opt out using any of these methods, the opt out will only apply to the specific browser or device from which you opt out. We are not responsible for the effectiveness of, or compliance with, any opt out options or programs, or the accuracy of any other entities' statements regarding their opt out options or programs.",
    },
    {
      type: "subheading",
      content: "E-mails.",
    },
    {
      type: "paragraph",
      content:
        "You can opt-out of receiving promotional emails from us at any time by following the instructions as provided in emails to click on the unsubscribe link. Please note that you cannot opt-out of non-promotional emails, such as those about your account, transactions, servicing, or our ongoing business relations.",
    },
    {
      type: "subheading",
      content: "Push Notifications.",
    },
    {
      type: "paragraph",
      content:
        "As mentioned above, if you have opted-in to receive push notifications on your device, you can opt-out at any time by adjusting the permissions in your device or uninstalling our app.",
    },
    {
      type: "subheading",
      content: "Voice Processing Technologies.",
    },
    {
      type: "paragraph",
      content:
        "To the extent our App is enabled to integrate with voice activated devices, if you have opted-in to allow us access to your device's microphone to collect audio per your instruction or request, you can opt-out at any time by adjusting the permissions in your device settings or uninstalling our app. We only maintain audio long enough to complete your instruction or request and then promptly delete it. We may use non-audio data associated with the collection for additional purposes such as data analytics and in accordance with this Privacy Notice.",
    },
    {
      type: "paragraph",
      content:
        "Please note that your opt-out is limited to the email address, device, or phone number used and will not affect subsequent subscriptions.",
    },
    {
      type: "subheading",
      content: "Our policy toward children",
    },
    {
      type: "paragraph",
      content:
        "Our App is intended for a general audience, not directed to children, and we do not knowingly collect personal data or personal information (as defined by the U.S. Children's Privacy Protection Act, or \"COPPA\") from children. You must be 18 years old to use the App.",
    },
    {
      type: "paragraph",
      content:
        "If you are a parent or guardian and believe we have collected personal information in violation of COPPA, please contact us. We will remove the personal information in accordance with COPPA. We do not knowingly \"sell,\" as that term is defined under the CCPA, the personal information of minors under 16 years old who are California residents.",
    },
    {
      type: "subheading",
      content: "Changes to this privacy notice",
    },
    {
      type: "paragraph",
      content:
        "We keep our privacy policy under regular review. Any changes we make to our privacy policy in the future will be posted on this page. Please check back frequently to see any updates or changes to our privacy policy. Any changes will be effective immediately upon posting of the revised privacy policy. If changes are material, we may provide you additional notice, such as to your email address.",
    },
    {
      type: "subheading",
      content: "How to contact us",
    },
    {
      type: "paragraph",
      content:
        "If you have any questions about this privacy notice or about the ways we use your personal data, you can contact our support team.",
    },
    {
      type: "paragraph",
      content:
        "This privacy notice has been designed to be accessible to people with disabilities. If you experience any difficulties accessing the information here, please contact us.",
    },
    {
      type: "heading",
      content: "Additional disclosures for Nevada residents",
    },
    {
      type: "paragraph",
      content:
        "Nevada law (NRS 603A.340) requires each business to establish a designated request address where Nevada consumers may submit requests directing the business not to sell certain kinds of personal information that the business has collected or will collect about the consumer. A sale under Nevada law is the exchange of personal information for monetary consideration by the business to a third party for the third party to license or sell the personal information to other third parties. If you are a Nevada consumer and wish to submit a request relating to our compliance with Nevada law, please contact us.",
    },
    {
      type: "heading",
      content: "Additional disclosures for California residents",
    },
    {
      type: "paragraph",
      content:
        "These additional disclosures apply only to California residents. The California Consumer Privacy Act of 2018 (\"CCPA\") provides additional rights to know, delete and opt-out, and requires businesses collecting or disclosing personal information to provide notices and means to exercise rights.",
    },
    {
      type: "subheading",
      content: "A. Notice of Collection.",
    },
    {
      type: "paragraph",
      content:
        "In the past 12 months, we have collected the following categories of personal information enumerated in the CCPA:",
    },
    {
      type: "list",
      items: [
        "Identifiers, including name, postal address (for invoicing purposes only, if payment is made by credit card), email address, and online identifiers (such as IP address).",
        "Customer records.",
        "Characteristics of protected classifications under California or federal law, including gender.",
        "Commercial or transactions information, including, where you purchase a subscription for the App from our website, details of that subscription.",
        "App activity, including your browsing history, search history, and interactions with our App, emails, or advertisements.",
        "Geolocation data.",
        "Inferences drawn from the above information about your predicted characteristics and preferences.",
      ],
    },
    {
      type: "paragraph",
      content:
        "For further details on the information we collect, including the sources from which we receive information, review the \"Personal data we collect\" section above. We collect and use these categories of personal information for the business purposes described in the \"Our lawful basis or business purposes for using your personal data\" section above, including to manage our App.",
    },
    {
      type: "paragraph",
      content:
        "We do not generally sell information as the term \"sell\" is traditionally understood. To the extent \"sale\" under the CCPA is interpreted to include the activities set out in this notice, such as those disclosed in the \"Sharing your personal data for analytics and advertising purposes\" section above, we will comply with applicable law as to such activity. We disclose the following categories of personal information for commercial purposes: identifiers, characteristics, commercial or transactions information, App activity, geolocation data, and inferences drawn. Please review the \"Who we share your personal data with\" section above for further details about the categories of parties with whom we share information.",
    },
    {
      type: "subheading",
      content: "B. Right to Know and Delete.",
    },
    {
      type: "paragraph",
      content:
        "You have the right to know certain details about our data practices in the past 12 months. In particular, you may request the following from us:",
    },
    {
      type: "list",
      items: [
        "The categories of personal information we have collected about you;",
        "The categories of sources from which the personal information was collected;",
        "The categories of personal information about you we disclosed for a business purpose or sold;",
        "The categories of third parties to whom the personal information was disclosed for a business purpose or sold;",
        "The business or commercial purpose for collecting or selling the personal information; and",
        "The specific pieces of personal information we have collected about you.",
      ],
    },
    {
      type: "paragraph",
      content:
        "In addition, you have the right to delete the personal information we have collected from you.",
    },
    {
      type: "paragraph",
      content:
        "To exercise any of these rights, please contact us. In the request, please specify which right you are seeking to exercise and the scope of the request. We will confirm receipt of your request within 10 days. We may require specific information from you to help us verify your identity and process your request. If we are unable to verify your identity, we may deny your requests to know or delete.",
    },
    {
      type: "subheading",
      content: "C. Right to Opt-Out.",
    },
    {
      type: "paragraph",
      content:
        "To the extent we sell your personal information as the term \"sell\" is defined under the CCPA, you have the right to opt-out of the sale of your personal information by us to third parties at any time. You may submit a request to opt-out by contacting us.",
    },
    {
      type: "subheading",
      content: "D. Authorized Agent.",
    },
    {
      type: "paragraph",
      content:
        "You can designate an authorized agent to submit requests on your behalf. However, we may require signed written proof of the agent's permission to do so and verify your identity directly.",
    },
    {
      type: "subheading",
      content: "E. Right to Non-Discrimination.",
    },
    {
      type: "paragraph",
      content:
        "You have the right not to receive discriminatory treatment by us for the exercise of any your rights.",
    },
    {
      type: "subheading",
      content: "F. Shine the Light.",
    },
    {
      type: "paragraph",
      content:
        "Customers who are residents of California may request (i) a list of the categories of personal information disclosed by us to third parties during the immediately preceding calendar year for those third parties' own direct marketing purposes; and (ii) a list of the categories of third parties to whom we disclosed such information. To exercise a request, contact us as set out in the \"How to contact us\" section above and specify that you are making a \"California Shine the Light Request.\" We may require additional information from you to allow us to verify your identity and are only required to respond to requests once during any calendar year.",
    },
  ],
} as const;
