<?php

return [

    /*
    |--------------------------------------------------------------------------
    | Privacy-policy Language Lines
    |--------------------------------------------------------------------------
    |
    | The following language lines are used by the paginator library to build
    | the simple pagination links. You are free to change them to anything
    | you want to customize your views to better match your application.
    |
    */

    'tab' => 'Privacy policy',
    'h1' => 'PRIVACY POLICY',
    'update' => 'Last updated August 10, 2023',    
    'p1' => 'This privacy notice for Timely ("we," "us," or "our"), describes how and why we might collect,
    store, use, and/or share ("process") your information when you use our services ("Services"), such
    as when you:',
    'li1' => 'Visit our website at timely.lt, or any website of ours that links to this privacy notice',
    'li2' => 'Engage with us in other related ways, including any sales, marketing, or events',
    'p2' => 'Questions or concerns? Reading this privacy notice will help you understand your privacy rights and
    choices. If you do not agree with our policies and practices, please do not use our Services. If you
    still have any questions or concerns, please contact us at',
    'h2' => 'SUMMARY OF KEY POINTS',
    'p3' => 'This summary provides key points from our privacy notice.',
    'h3' => 'What personal information do we process?',
    'p4' => 'When you visit, use, or navigate our Services, we may process personal information depending on how
    you interact with Timely and the Services, the choices you make, and the products and features you
    use. Learn more about personal information you disclose to us.',
    'h4' => 'Do we process any sensitive personal information?',
    'p5' => 'We do not process sensitive personal information.',
    'h5' => 'Do we receive any information from third parties?',
    'p6' => 'We do not receive any information from third parties.',
    'h6' => 'How do we process your information?',
    'p7' => 'We process your information to provide, improve, and administer our Services, for security and to
    comply with law. We may also process your information for other purposes with your consent. We
    process your information only when we have a valid legal reason to do so.',
    'h7' => 'In what situations and with which parties do we share personal
    information?',
    'p8' => 'We may share information only if contacted by law enforcement.',
    'h8' => 'How do we keep your information safe?',
    'p9' => 'We have organizational and technical processes and procedures in place to protect your personal
    information. However, no electronic transmission over the internet or information storage technology
    can be guaranteed to be 100% secure, so we cannot promise or guarantee that hackers, cybercriminals,
    or other unauthorized third parties will not be able to defeat our security and improperly collect,
    access, steal, or modify your information.',
    'h9' => 'What are your rights?',
    'p10' => 'Depending on where you are located geographically, the applicable privacy law may mean you have
    certain rights regarding your personal information.',
    'h10' => 'How do you exercise your rights?',
    'p11' => 'The easiest way to exercise your rights is by contacting us. We will consider and act upon any
    request in accordance with applicable data protection laws.',
    'p12' => 'Want to learn more about what Timely does with any information we collect? Review the privacy notice
    in full.',
    'h11' => 'TABLE OF CONTENTS',
    'li3' => 'WHAT INFORMATION DO WE COLLECT?',
    'li4' => 'HOW DO WE PROCESS YOUR INFORMATION?',
    'li5' => 'WHAT LEGAL BASES DO WE RELY ON TO PROCESS YOUR PERSONAL INFORMATION?',
    'li6' => 'WHEN AND WITH WHOM DO WE SHARE YOUR PERSONAL INFORMATION?',
    'li7' => 'HOW LONG DO WE KEEP YOUR INFORMATION?',
    'li8' => 'HOW DO WE KEEP YOUR INFORMATION SAFE?',
    'li9' => 'DO WE COLLECT INFORMATION FROM MINORS?',
    'li10' => 'WHAT ARE YOUR PRIVACY RIGHTS?',
    'li11' => 'CONTROLS FOR DO-NOT-TRACK FEATURES',
    'li12' => 'DO CALIFORNIA RESIDENTS HAVE SPECIFIC PRIVACY RIGHTS?',
    'li13' => 'DO VIRGINIA RESIDENTS HAVE SPECIFIC PRIVACY RIGHTS?',
    'li14' => 'DO WE MAKE UPDATES TO THIS NOTICE?',
    'li15' => 'HOW CAN YOU CONTACT US ABOUT THIS NOTICE?',
    'li16' => 'HOW CAN YOU REVIEW, UPDATE, OR DELETE THE DATA WE COLLECT FROM YOU?',
    'h12' => '1. WHAT INFORMATION DO WE COLLECT?',
    'p13' => 'Personal information you disclose to us',
    'p14' => 'In Short: We collect personal information that you provide to us.',
    'p15' => 'We collect personal information that you voluntarily provide to us when you register on the
    Services, express an interest in obtaining information about us or our products and Services,
    when you participate in activities on the Services, or otherwise when you contact us.',
    'p16' => 'Personal Information Provided by You.',
    'p17' => 'The personal information that we collect
    depends on the context of your interactions with us and the Services, the choices you make, and
    the products and features you use. The personal information we collect may include the
    following:',
    'li17' => 'usernames',
    'li18' => 'passwords',
    'p18' => 'Sensitive Information.',
    'p19' => 'We do not process sensitive information.',
    'h13' => '2. HOW DO WE PROCESS YOUR INFORMATION?',
    'p20' => 'In Short: We process your information to provide, improve, and administer our Services,
    for security and to comply with law. We may also process your information for other purposes
    with your consent.',
    'p21' => 'We process your personal information for a variety of reasons, depending on how you interact
    with our Services, including:',
    'li19' => 'To facilitate account creation and authentication and otherwise manage user accounts. We may
    process your information, so you can create and log in to your account, as well as keep your
    account in working order.',
    'li20' => "To save or protect an individual's vital interest. We may process your information when
    necessary to save or protect an individual’s vital interest, such as to prevent harm.",
    'h14' => '3. WHAT LEGAL BASES DO WE RELY ON TO PROCESS YOUR INFORMATION?',
    'p22' => 'In Short: We only process your personal information when we believe it is necessary, and
    we have a valid legal reason (i.e., legal basis) to do so under applicable law, like with
    your consent, to comply with laws, to provide you with services to enter into or fulfill our
    contractual obligations, to protect your rights.',
    'p23' => 'If you are located in the EU or the UK, this section applies to you.',
    'p24' => 'The General Data Protection Regulation (GDPR) and UK GDPR require us to explain the valid legal
    bases we rely on in order to process your personal information. As such, we may rely on the
    following legal bases to process your personal information:',
    'li21' => 'Consent.',
    'li22' => 'We may process your information if you have given us permission
    (i.e., consent) to use your personal information for a specific purpose. You can withdraw
    your consent at any time. Learn more about withdrawing your consent.',
    'li23' => 'Legal Obligations.',
    'li24' => 'We may process your information where we believe it is
    necessary for compliance with our legal obligations, such as to cooperate with a law
    enforcement body or regulatory agency, exercise or defend our legal rights, or disclose your
    information as evidence in litigation in which we are involved.',
    'li25' => 'Vital Interests.',
    'li26' => 'We may process your information where we believe it is
    necessary to protect your vital interests or the vital interests of a third party, such as
    situations involving potential threats to the safety of any person.',
    'p25' => 'If you are located in Canada, this section applies to you.',
    'p26' => 'We may process your information if you have given us specific permission (i.e., express consent)
    to use your personal information for a specific purpose, or in situations where your permission
    can be inferred (i.e., implied consent). You can withdraw your consent at any time.',
    'p27' => 'In some exceptional cases, we may be legally permitted under applicable law to process your
    information without your consent, including, for example:',
    'li27' => 'If a collection is clearly in the interests of an individual and consent cannot be obtained
    in a timely way',
    'li28' => 'If it is contained in a witness statement and the collection is necessary to assess,
    process, or settle an insurance claim',
    'li29' => 'If it is reasonable to expect a collection and use with consent would compromise the
    availability or the accuracy of the information, and the collection is reasonable for
    purposes related to investigating a breach of an agreement or a contravention of the laws of
    Canada or a province',
    'li30' => 'If disclosure is required to comply with a subpoena, warrant, court order, or rules of the
    court relating to the production of records',
    'li31' => 'If the information is publicly available and is specified by the regulations',
    'h15' => '4. WHEN AND WITH WHOM DO WE SHARE YOUR PERSONAL INFORMATION?',
    'p28' => 'In Short: We may share information in specific situations described in this section
    and/or with the following third parties.',
    'p29' => 'We may process your information where we believe it is necessary for compliance with our legal
    obligations, such as to cooperate with a law enforcement body or regulatory agency, exercise or
    defend our legal rights, or disclose your information as evidence in litigation in which we are
    involved.',
    'h16' => '5. HOW LONG DO WE KEEP YOUR INFORMATION?',
    'p30' => 'In Short: We keep your information for as long as necessary to fulfill the purposes
    outlined in this privacy notice unless otherwise required by law.',
    'p31' => 'We will only keep your personal information for as long as it is necessary for the purposes set
    out in this privacy notice, unless a longer retention period is required or permitted by law
    (such as tax, accounting, or other legal requirements). No purpose in this notice will require
    us to keep your personal information for longer than the period of time in which users have an
    account with us.',
    'h17' => '6. HOW DO WE KEEP YOUR INFORMATION SAFE?',
    'p32' => 'In Short: We aim to protect your personal information through a system of organizational
    and technical security measures.',
    'p33' => 'We have implemented appropriate and reasonable technical and organizational security measures
    designed to protect the security of any personal information we process. However, despite our
    safeguards and efforts to secure your information, no electronic transmission over the Internet
    or information storage technology can be guaranteed to be 100% secure, so we cannot promise or
    guarantee that hackers, cybercriminals, or other unauthorized third parties will not be able to
    defeat our security and improperly collect, access, steal, or modify your information. Although
    we will do our best to protect your personal information, transmission of personal information
    to and from our Services is at your own risk. You should only access the Services within a
    secure environment.',
    'h18' => '7. DO WE COLLECT INFORMATION FROM MINORS?',
    'p34' => 'In Short: We do not knowingly collect data from or market to children under 18 years of
    age.',
    'p35' => 'We do not knowingly solicit data from or market to children under 18 years of age. By using the
    Services, you represent that you are at least 18 or that you are the parent or guardian of such
    a minor and consent to such minor dependent’s use of the Services. If we learn that personal
    information from users less than 18 years of age has been collected, we will deactivate the
    account and take reasonable measures to promptly delete such data from our records. If you
    become aware of any data we may have collected from children under age 18, please contact us at',
    'h19' => '8. WHAT ARE YOUR PRIVACY RIGHTS?',
    'p36' => 'In Short: In some regions, such as the European Economic Area (EEA), the United Kingdom
    (UK), and Canada, you have rights that allow you greater access to and control over your
    personal information. You may review, change, or terminate your account at any
    time.',
    'p37' => 'In some regions (like the EEA, the UK, and Canada), you have certain rights under applicable
    data
    protection laws. These may include the right (i) to request access and obtain a copy of your
    personal information, (ii) to request rectification or erasure; (iii) to restrict the processing
    of your personal information; and (iv) if applicable, to data portability. In certain
    circumstances, you may also have the right to object to the processing of your personal
    information. You can make such a request by contacting us by using the contact details provided
    in the section "HOW CAN YOU CONTACT US ABOUT THIS NOTICE?" below.',
    'p38' => 'We will consider and act upon any request in accordance with applicable data protection laws.',
    'p39' => 'If you are located in the EEA or the UK and you believe we are unlawfully processing your
    personal
    information, you also have the right to complain to your Member State data protection authority
    or UK data protection authority.',
    'p40' => 'If you are located in Switzerland, you may contact the Federal Data Protection and Information
    Commissioner.',
    'p41' => 'Withdrawing your consent:',
    'p42' => 'If we are relying on your consent to process your
    personal information, which may be express and/or implied consent depending on the applicable
    law, you have the right to withdraw your consent at any time. You can withdraw your consent at
    any time by contacting us by using the contact details provided in the section "HOW CAN YOU
    CONTACT US ABOUT THIS NOTICE?" below. However, please note that this will not affect the
    lawfulness of the processing before its withdrawal nor, when applicable law allows, will it
    affect the processing of your personal information conducted in reliance on lawful processing
    grounds other than consent.',
    'p43' => 'Account Information',
    'p44' => 'All collected account data is visible on the dashboard and in the account settings. No data,
    that is invisible to the user, is collected.',
    'p45' => 'If you would at any time like to review or change the information in your account or terminate
    your account, you can:',
    'li32' => 'Log in to your account settings and update your user account.',
    'p46' => 'Upon your request to terminate your account, we will deactivate or delete your account and
    information from our active databases. However, we may retain some information in our files to
    troubleshoot problems, assist with any investigations, enforce our legal terms, and/or comply
    with applicable legal requirements.',
    'p47' => 'If you have questions or comments about your privacy rights, you may email us at',
    'h20' => '9. CONTROLS FOR DO-NOT-TRACK FEATURES',
    'p48' => 'Most web browsers and some mobile operating systems and mobile applications include a
    Do-Not-Track ("DNT") feature or setting you can activate to signal your privacy preference not
    to have data about your online browsing activities monitored and collected. At this stage, no
    uniform technology standard for recognizing and implementing DNT signals has been finalized. As
    such, we do not currently respond to DNT browser signals or any other mechanism that
    automatically communicates your choice not to be tracked online. If a standard for online
    tracking is adopted that we must follow in the future, we will inform you about that practice in
    a revised version of this privacy notice.',
    'h21' => '10. DO CALIFORNIA RESIDENTS HAVE SPECIFIC PRIVACY RIGHTS?',
    'p49' => 'In Short: Yes, if you are a resident of California, you are granted specific rights regarding
    access to your personal information.',
    'p50' => 'California Civil Code Section 1798.83, also known as the "Shine The Light" law, permits our
    users who are California residents to request and obtain from us, once a year and free of
    charge, information about categories of personal information (if any) we disclosed to third
    parties for direct marketing purposes and the names and addresses of all third parties with
    which we shared personal information in the immediately preceding calendar year. If you are a
    California resident and would like to make such a request, please submit your request in writing
    to us using the contact information provided below.',
    'p51' => 'If you are under 18 years of age, reside in California, and have a registered account with
    Services, you have the right to request removal of unwanted data that you publicly post on the
    Services. To request removal of such data, please contact us using the contact information
    provided below and include the email address associated with your account and a statement that
    you reside in California. We will make sure the data is not publicly displayed on the Services,
    but please be aware that the data may not be completely or comprehensively removed from all our
    systems (e.g., backups, etc.).',
    'h22' => 'CCPA Privacy Notice',
    'p52' => 'The California Code of Regulations defines a "resident" as:',
    'li33' => 'every individual who is in the State of California for other than a temporary or transitory
    purpose and',
    'li34' => 'every individual who is domiciled in the State of California who is outside the State of
    California for a temporary or transitory purpose',
    'p53' => 'All other individuals are defined as "non-residents."',
    'p54' => 'If this definition of "resident" applies to you, we must adhere to certain rights and
    obligations regarding your personal information.',
    'h23' => 'What categories of personal information do we collect?',
    'p55' => 'We have collected the following categories of personal information in the past twelve (12)
    months:',
    'li35' => 'Category A. Identifiers:',
    'li36' => 'Examples: Contact details, such as real name, alias, postal address, telephone or mobile
    contact number, unique personal identifier, online identifier, Internet Protocol address,
    email address, and account name',
    'li37' => 'Collected: NO',
    'li38' => 'Category B. Personal information categories listed in the California Customer Records
    statute:',
    'li39' => 'Examples: Name, contact information, education, employment, employment history, and
    financial information',
    'li40' => 'Category C. Protected classification characteristics under California or federal law:',
    'li41' => 'Examples: Gender and date of birth',
    'li42' => 'Category D. Commercial information:',
    'li43' => 'Examples: Transaction information, purchase history, financial details, and payment
    information',
    'li44' => 'Category E. Biometric information:',
    'li45' => 'Examples: Fingerprints and voiceprints',
    'li46' => 'Category F. Internet or other similar network activity:',
    'li47' => 'Examples: Browsing history, search history, online behavior, interest data, and interactions
    with our and other websites, applications, systems, and advertisements',
    'li48' => 'Category G. Geolocation data:',
    'li49' => 'Examples: Device location',
    'li50' => 'Category H. Audio, electronic, visual, thermal, olfactory, or similar information:',
    'li51' => 'Examples: Images and audio, video or call recordings created in connection with our business
    activities',
    'li52' => 'Category I. Professional or employment-related information:',
    'li53' => 'Examples: Business contact details in order to provide you our Services at a business level
    or job title, work history, and professional qualifications if you apply for a job with
    us',
    'li54' => 'Category J. Education Information:',
    'li55' => 'Examples: Student records and directory information',
    'li56' => 'Category K. Inferences drawn from other personal information:',
    'li57' => 'Examples: Inferences drawn from any of the collected personal information listed above to
    create a profile or summary about, for example, an individual’s preferences and
    characteristics',
    'li58' => 'Category L. Sensitive Personal Information',
    'h24' => 'How do we use and share your personal information?',
    'p56' => 'We may also collect other personal information outside of these categories through instances
    where you interact with us in person, online, or by phone or mail in the context of:',
    'li59' => 'Facilitation in the delivery of our Services and to respond to your inquiries.',
    'p57' => 'More information about our data collection and sharing practices can be found in this privacy
    notice.',
    'p58' => 'You may contact us by email at',
    'p59' => 'or by referring to the contact details at the bottom of this document.',
    'p60' => 'If you are using an authorized agent to exercise your right to opt out, we may deny a request if
    the authorized agent does not submit proof that they have been validly authorized to act on your
    behalf.',
    'h25' => 'Will your information be shared with anyone else?',
    'p61' => 'We may disclose your personal information with our service providers pursuant to a written
    contract between us and each service provider. Each service provider is a for-profit entity that
    processes the information on our behalf, following the same strict privacy protection
    obligations mandated by the CCPA.',
    'p62' => 'Timely has not disclosed, sold, or shared any personal information to third parties for a
    business or commercial purpose in the preceding twelve (12) months. Timely will not sell or
    share personal information in the future belonging to website visitors, users, and other
    consumers.',
    'h26' => 'Your rights with respect to your personal data',
    'h27' => 'Right to request deletion of the data — Request to delete',
    'p63' => 'You can ask for the deletion of your personal information. If you ask us to delete your personal
    information, we will respect your request and delete your personal information, subject to
    certain exceptions provided by law, such as (but not limited to) the exercise by another
    consumer of his or her right to free speech, our compliance requirements resulting from a legal
    obligation, or any processing that may be required to protect against illegal activities.',
    'h28' => 'Right to be informed — Request to know',
    'p64' => 'Depending on the circumstances, you have a right to know:',
    'li60' => 'whether we collect and use your personal information;',
    'li61' => 'the categories of personal information that we collect;',
    'li62' => 'the purposes for which the collected personal information is used;',
    'li63' => 'whether we sell or share personal information to third parties;',
    'li64' => 'the categories of personal information that we sold, shared, or disclosed for a business
    purpose;',
    'li65' => 'the categories of third parties to whom the personal information was sold, shared, or
    disclosed for a business purpose;',
    'li66' => 'the business or commercial purpose for collecting, selling, or sharing personal information;
    and',
    'li67' => 'the specific pieces of personal information we collected about you.',
    'p65' => 'In accordance with applicable law, we are not obligated to provide or delete consumer information
    that is de-identified in response to a consumer request or to re-identify individual data to
    verify a consumer request.',
    'h29' => 'Right to Non-Discrimination for the Exercise of a Consumer’s Privacy Rights',
    'p66' => 'We will not discriminate against you if you exercise your privacy rights.',
    'h30' => 'Right to Limit Use and Disclosure of Sensitive Personal Information',
    'p67' => "We do not process consumer's sensitive personal information.",
    'h31' => 'Verification process',
    'p68' => 'Upon receiving your request, we will need to verify your identity to determine you are the same
    person about whom we have the information in our system. These verification efforts require us
    to ask you to provide information so that we can match it with information you have previously
    provided us. For instance, depending on the type of request you submit, we may ask you to
    provide certain information so that we can match the information you provide with the
    information we already have on file. We may also use other verification methods as the
    circumstances dictate.',
    'p69' => 'We will only use personal information provided in your request to verify your identity or
    authority to make the request. To the extent possible, we will avoid requesting additional
    information from you for the purposes of verification. However, if we cannot verify your
    identity from the information already maintained by us, we may request that you provide
    additional information for the purposes of verifying your identity and for security or
    fraud-prevention purposes. We will delete such additionally provided information as soon as we
    finish verifying you.',
    'h32' => 'Other privacy rights',
    'p70' => 'You may object to the processing of your personal information.',
    'p71' => 'You may request correction of your personal data if it is incorrect or no longer relevant, or ask
    to restrict the processing of the information.',
    'p72' => 'You can designate an authorized agent to make a request under the CCPA on your behalf. We may
    deny a request from an authorized agent that does not submit proof that they have been validly
    authorized to act on your behalf in accordance with the CCPA.',
    'p73' => 'You may request to opt out from future selling or sharing of your personal information to third
    parties. Upon receiving an opt-out request, we will act upon the request as soon as feasibly
    possible, but no later than fifteen (15) days from the date of the request submission.',
    'p74' => 'To exercise these rights, you can contact us by email at ',
    'p75' => 'by referring to the contact details at the bottom of this document. 
    If you have a complaint about how we handle your data, we would like to hear from you.',
    'h33' => '11. DO VIRGINIA RESIDENTS HAVE SPECIFIC PRIVACY RIGHTS?',
    'p76' => 'In Short:',
    'p77' => 'Yes, if you are a resident of Virginia, you may be granted specific
    rights regarding access to and use of your personal information.',
    'h34' => 'Virginia CDPA Privacy Notice',
    'p78' => 'Under the Virginia Consumer Data Protection Act (CDPA):',
    'em1' => '"Consumer"',
    'p79' => 'means a natural person who is a resident of the Commonwealth acting only in
    an individual or household context. It does not include a natural person acting in a commercial
    or employment context.',
    'em2' => '"Personal data"',
    'p80' => 'means any information that is linked or reasonably linkable to an
    identified or identifiable natural person. "Personal data" does not include de-identified data
    or publicly available information.',
    'em3' => '"Sale of personal data"',
    'p81' => 'means the exchange of personal data for monetary consideration.',
    'p82' => 'If this definition "consumer" applies to you, we must adhere to certain rights and obligations
    regarding your personal data.',
    'p83' => 'Timely has not sold any personal data to third parties for business or commercial purposes.
    Timely will not sell personal data in the future belonging to website visitors, users, and other
    consumers.',
    'h35' => 'Exercise your rights provided under the Virginia CDPA',
    'p84' => 'More information about our data collection and sharing practices can be found in this privacy
    notice.',
    'p85' => 'You may contact us by email at',
    'p86' => 'by submitting a data subject access request, or
    by referring to the contact details at the bottom of this document.',
    'p87' => 'If you are using an authorized agent to exercise your rights, we may deny a request if the
    authorized agent does not submit proof that they have been validly authorized to act on your
    behalf.',
    'h36' => 'Verification process',
    'p88' => "We may request that you provide additional information reasonably necessary to verify you and
    your consumer's request. If you submit the request through an authorized agent, we may need to
    collect additional information to verify your identity before processing your request.",
    'p89' => 'Upon receiving your request, we will respond without an undue delay, but in all cases, within
    forty-five (45) days of receipt. The response period may be extended once by forty-five (45)
    additional days when reasonably necessary. We will inform you of any such extension within the
    initial 45-day response period, together with the reason for the extension.',
    'h37' => 'Right to appeal',
    'p90' => 'If we decline to take action regarding your request, we will inform you of our decision and
    reasoning behind it. If you wish to appeal our decision, please email us at ',
    'p91' => ' Within sixty (60) days of receipt of an appeal, we will inform you in writing of any action
    taken or not taken in response to the appeal, including a written explanation of the reasons for
    the decisions. If your appeal is denied, you may contact the Attorney General to submit a
    complaint.',
    'h38' => '12. DO WE MAKE UPDATES TO THIS NOTICE?',
    'p92' => 'In Short:',
    'p93' => 'Yes, we will update this notice as necessary to stay compliant with
    relevant laws.',
    'p94' => 'We may update this privacy notice from time to time. The updated version will be indicated by an
    updated "Revised" date, and the updated version will be effective as soon as it is accessible.
    If
    we make material changes to this privacy notice, we may notify you either by prominently posting
    a notice of such changes or by directly sending you a notification. We encourage you to review
    this privacy notice frequently to be informed of how we are protecting your information.',
    'h39' => '13. HOW CAN YOU CONTACT US ABOUT THIS NOTICE?',
    'p95' => 'If you have questions or comments about this notice, you may email us at ',
    'p96' => 'We are committed to addressing and resolving any privacy-related issues promptly and
    transparently.',
    'h40' => '14. HOW CAN YOU REVIEW, UPDATE, OR DELETE THE DATA WE COLLECT
    FROM YOU?',
    'p97' => 'Based on the applicable laws of your country, you may have the right to request access to the
    personal information we collect from you, change that information, or delete it. To request to
    review, update, or delete your personal information, please fill out and submit a data subject
    access request.',
];
