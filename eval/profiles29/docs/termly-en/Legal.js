import React from 'react';
import { Helmet } from 'react-helmet';
import { Container, Row, Col } from 'react-bootstrap';
import './Legal.scss';

const Legal = () => {
  return <>
    <Container fluid id='legal-page-container'>
      <Helmet>
        <title>Privacy Notice</title>
      </Helmet>
      <Row>
        <Col xs={12} sm={{ span: 10, offset: 1 }} md={{ span: 8, offset: 2 }} xl={{ span: 6, offset: 3 }}>
          <div className='legal-page-body'>
            <div className='legal-page-title'><strong>PRIVACY NOTICE</strong></div>
            <p><strong><span className='legal-page-subtitle'>Last updated July 14, 2020</span></strong></p>
            <p><span className='legal-page-body_text'>Thank you for choosing to be part of our community at MyApp (&ldquo;<strong>Company</strong>&rdquo;, &ldquo;<strong>we</strong>&rdquo;, &ldquo;<strong>us</strong>&rdquo;, or &ldquo;<strong>our</strong>&rdquo;). We are committed to protecting your personal information and your right to privacy. If you have any questions or concerns about this privacy notice, or our practices with regards to your personal information, please contact us at getmyapp@gmail.com.</span></p>
            <p><span className='legal-page-body_text'>When you visit our website <a href='https://myapp.org' target='_blank' rel='noopener noreferrer' className='legal-page-link'>https://myapp.org</a> (the '<strong>Website</strong>'), and more generally, use any of our services (the '<strong>Services</strong>', which include the <span className='legal-page-body_text'>Website</span></span><span className='legal-page-body_text'>), we appreciate that you are trusting us with your personal information. We take your privacy very seriously. In this privacy notice, we seek to explain to you in the clearest way possible what information we collect, how we use it and what rights you have in relation to it. We hope you take some time to read through it carefully, as it is important. If there are any terms in this privacy noticethat you do not agree with, please discontinue use of our Services immediately.</span></p>
            <p><span className='legal-page-body_text'>This privacy notice applies to all information collected through our Services (which, as described above, includes our Website</span><span className='legal-page-body_text'>), as well as any related services, sales, marketing or events.</span></p>
            <p><strong><span className='legal-page-body_text'>Please read this privacy notice carefully as it will help you understand what we do with the information that we collect.</span></strong></p>
            <p><strong><span className='legal-page-heading_1'>TABLE OF CONTENTS</span></strong></p>
            <p><a href='#privacy-page-infocollect' className='legal-page-link'>1. WHAT INFORMATION DO WE COLLECT?</a></p>
            <p><a href='#privacy-page-infouse' className='legal-page-link'>2. HOW DO WE USE YOUR INFORMATION?</a></p>
            <p><a href='#privacy-page-infoshare' className='legal-page-link'>3. WILL YOUR INFORMATION BE SHARED WITH ANYONE?</a></p>
            <p><a href='#privacy-page-whoshare' className='legal-page-link'>4. WHO WILL YOUR INFORMATION BE SHARED WITH?</a></p>
            <p><a href='#privacy-page-cookies' className='legal-page-link'>5. DO WE USE COOKIES AND OTHER TRACKING TECHNOLOGIES?</a></p>
            <p><a href='#privacy-page-sociallogins' className='legal-page-link'>6. HOW DO WE HANDLE YOUR SOCIAL LOGINS?</a></p>
            <p><a href='#privacy-page-inforetain' className='legal-page-link'>7. HOW LONG DO WE KEEP YOUR INFORMATION?</a></p>
            <p><a href='#privacy-page-infosafe' className='legal-page-link'>8. HOW DO WE KEEP YOUR INFORMATION SAFE?</a></p>
            {/* <p><a href='#privacy-page-infominors' className='legal-page-link'>9. DO WE COLLECT INFORMATION FROM MINORS?</a></p> */}
            <p><a href='#privacy-page-privacyrights' className='legal-page-link'>9. WHAT ARE YOUR PRIVACY RIGHTS?</a></p>
            <p><a href='#privacy-page-DNT' className='legal-page-link'>10. CONTROLS FOR DO-NOT-TRACK FEATURES</a></p>
            <p><a href='#privacy-page-caresidents' className='legal-page-link'>11. DO CALIFORNIA RESIDENTS HAVE SPECIFIC PRIVACY RIGHTS?</a></p>
            <p><a href='#privacy-page-policyupdates' className='legal-page-link'>12. DO WE MAKE UPDATES TO THIS NOTICE?</a></p>
            <p><a href='#privacy-page-contact' className='legal-page-link'>13. HOW CAN YOU CONTACT US ABOUT THIS NOTICE?</a></p>
            <p><strong><span id='privacy-page-infocollect' className='legal-page-heading_1'>1. WHAT INFORMATION DO WE COLLECT?</span></strong></p>
            <p><strong><span className='legal-page-heading_2'><strong><span className='legal-page-heading_2'><br />Personal information you disclose to us</span></strong></span></strong></p>
            <p><strong><span className='legal-page-body_text'><em>In Short: </em></span></strong><span className='legal-page-body_text'><em>We collect information that you provide to us.</em></span></p>
            <p><span className='legal-page-body_text'>We collect personal information that you voluntarily provide to us when you register on the Website, express an interest in obtaining information about us or our products and Services, when you participate in activities on the <span className='legal-page-body_text'>Website</span> (such as by posting messages in our online forums or entering competitions, contests or giveaways) or otherwise when you contact us.</span></p>
            <p><span className='legal-page-body_text'>The personal information that we collect depends on the context of your interactions with us and the <span className='legal-page-body_text'>Website</span>, the choices you make and the products and features you use. The personal information we collect may include the following:</span></p>
            <p><span className='legal-page-body_text'><strong>Personal Information Provided by You.</strong> We collect names; email addresses; and other similar information.</span></p>
            <p><span className='legal-page-body_text'><strong>Social Media Login Data.</strong> We may provide you with the option to register with us using your existing social media account details, like your Facebook, Twitter or other social media account. If you choose to register in this way, we will collect the information described in the section called '<a href='#privacy-page-sociallogins' className='legal-page-link'>HOW DO WE HANDLE YOUR SOCIAL LOGINS</a>' below.</span></p>
            <div><span className='legal-page-body_text'>All personal information that you provide to us must be true, complete and accurate, and you must notify us of any changes to such personal information.</span></div>
            <p><strong><span className='legal-page-heading_2'><strong><span className='legal-page-heading_2'><br />Information automatically collected</span></strong></span></strong></p>
            <div><span className='legal-page-body_text'><em><strong>In Short: </strong>Some information &mdash; such as your Internet Protocol (IP) address and/or browser and device characteristics &mdash; is collected automatically when you visit our <span className='legal-page-body_text'><span className='legal-page-body_text'>Website</span></span>.</em></span></div>
            <div><span className='legal-page-body_text'>We automatically collect certain information when you visit, use or navigate the <span className='legal-page-body_text'>Website</span>. This information does not reveal your specific identity (like your name or contact information) but may include device and usage information, such as your IP address, browser and device characteristics, operating system, language preferences, referring URLs, device name, country, location, information about who and when you use our <span className='legal-page-body_text'>Website</span> and other technical information. This information is primarily needed to maintain the security and operation of our <span className='legal-page-body_text'>Website</span>, and for our internal analytics and reporting purposes.</span></div>
            <div><span className='legal-page-body_text'>Like many businesses, we also collect information through cookies and similar technologies. </span>&nbsp;</div>
            <div><span className='legal-page-body_text'>The information we collect includes:</span></div>
            <ul>
              <li><span className='legal-page-body_text'><em>Log and Usage Data.</em> Log and usage data is service-related, diagnostic usage and performance information our servers automatically collect when you access or use our <span className='legal-page-body_text'>Website</span> and which we record in log files. Depending on how you interact with us, this log data may include your IP address, device information, browser type and settings and information about your activity in the <span className='legal-page-body_text'>Website</span> (such as the date/time stamps associated with your usage, pages and files viewed, searches and other actions you take such as which features you use), device event information (such as system activity, error reports (sometimes called 'crash dumps') and hardware settings).</span></li>
            </ul>
            <ul>
              <li><span className='legal-page-body_text'><em>Device Data.&nbsp;</em>We collect device data such as information about your computer, phone, tablet or other device you use to access the&nbsp;<span className='legal-page-body_text'>Website</span>. Depending on the device used, this device data may include information such as your IP address (or proxy server), device application identification numbers, location, browser type, hardware model Internet service provider and/or mobile carrier, operating system configuration&nbsp;information.</span></li>
            </ul>
            <ul>
              <li><span className='legal-page-body_text'><em>Location Data.</em> We collect information data such as information about your device's location, which can be either precise or imprecise. How much information we collect depends on the type of settings of the device you use to access the <span className='legal-page-body_text'>Website</span>. For example, we may use GPS and other technologies to collect geolocation data that tells us your current location (based on your IP address). You can opt out of allowing us to collect this information either by refusing access to the information or by disabling your Locations settings on your device. Note however, if you choose to opt out, you may not be able to use certain aspects of the Services.</span></li>
            </ul>
            <div>
              <p><strong><span id='privacy-page-infouse' className='legal-page-heading_1'>2. HOW DO WE USE YOUR INFORMATION?</span></strong></p>
              <p><span className='legal-page-body_text'><em><strong>In Short: </strong>We process your information for purposes based on legitimate business interests, the fulfillment of our contract with you, compliance with our legal obligations, and/or your consent.</em></span></p>
              <p><span className='legal-page-body_text'>We use personal information collected via our <span className='legal-page-body_text'>Website</span> for a variety of business purposes described below. We process your personal information for these purposes in reliance on our legitimate business interests, in order to enter into or perform a contract with you, with your consent, and/or for compliance with our legal obligations. We indicate the specific processing grounds we rely on next to each purpose listed below.</span></p>
              <p><span className='legal-page-body_text'>We use the information we collect or receive:</span></p>
              <ul>
                <li><span className='legal-page-body_text'><strong><span className='legal-page-body_text'>To facilitate account creation and logon process.</span></strong><span className='legal-page-body_text'>&nbsp;If you choose to link your account with us to a third-party account (such as your Google or Facebook account), we use the information you allowed us to collect from those third parties to facilitate account creation and logon process for the performance of the contract. See the section below headed '</span><span className='legal-page-body_text'><a href='#privacy-page-sociallogins' className='legal-page-link'>HOW DO WE HANDLE YOUR SOCIAL LOGINS</a></span><span className='legal-page-body_text'>' for further information.</span><br /><br /></span></li>
                <li><strong><span className='legal-page-body_text'>To post testimonials.</span></strong><span className='legal-page-body_text'>&nbsp;We post testimonials on our <span className='legal-page-body_text'>Website</span> that may contain personal information. Prior to posting a testimonial, we will obtain your consent to use your name and the consent of the testimonial. If you wish to update, or delete your testimonial, please contact us at getmyapp@gmail.com and be sure to include your name, testimonial location, and contact information.</span><span className='legal-page-body_text'><br /><br /></span></li>
                <li><strong><span className='legal-page-body_text'>Request feedback.</span></strong><span className='legal-page-body_text'>&nbsp;We may use your information to request feedback and to contact you about your use of our <span className='legal-page-body_text'>Website</span>.</span><span className='legal-page-body_text'><br /><br /></span></li>
                <li><strong><span className='legal-page-body_text'>To enable user-to-user communications.</span></strong><span className='legal-page-body_text'>&nbsp;We may use your information in order to enable user-to-user communications with each user's consent.</span><span className='legal-page-body_text'><br /><br /></span></li>
                <li><span className='legal-page-body_text'><strong>To manage user accounts</strong>. We may use your information for the purposes of managing our account and keeping it in working order.</span></li>
              </ul>
              <p><strong><span id='privacy-page-infoshare' className='legal-page-heading_1'>3. WILL YOUR INFORMATION BE SHARED WITH ANYONE?</span></strong></p>
              <p><strong><em><span className='legal-page-body_text'>In Short:</span>&nbsp;</em>&nbsp;</strong><em><span className='legal-page-body_text'>We only share information with your consent, to comply with laws, to provide you with services, to protect your rights, or to fulfill business obligations.</span></em></p>
              <div><span className='legal-page-body_text'>We may process or share your data that we hold based on the following legal basis:</span></div>
              <ul>
                <li><span className='legal-page-body_text'><strong>Consent:</strong> We may process your data if you have given us specific consent to use your personal information in a specific purpose.<br /><br /></span></li>
                <li><span className='legal-page-body_text'><strong>Legitimate Interests:</strong> We may process your data when it is reasonably necessary to achieve our legitimate business interests.<br /><br /></span></li>
                <li><span className='legal-page-body_text'><strong>Performance of a Contract:&nbsp;</strong>Where we have entered into a contract with you, we may process your personal information to fulfill the terms of our contract.<br /><br /></span></li>
                <li><span className='legal-page-body_text'><strong>Legal Obligations:</strong> We may disclose your information where we are legally required to do so in order to comply with applicable law, governmental requests, a judicial proceeding, court order, or legal process, such as in response to a court order or a subpoena (including in response to public authorities to meet national security or law enforcement requirements).<br /><br /></span></li>
                <li><span className='legal-page-body_text'><strong>Vital Interests:</strong> We may disclose your information where we believe it is necessary to investigate, prevent, or take action regarding potential violations of our policies, suspected fraud, situations involving potential threats to the safety of any person and illegal activities, or as evidence in litigation in which we are involved.</span></li>
              </ul>
              <p><span className='legal-page-body_text'>More specifically, we may need to process your data or share your personal information in the following situations:</span></p>
              <ul>
                <li><strong><span className='legal-page-body_text'>Business Transfers.</span></strong><span className='legal-page-body_text'>&nbsp;We may share or transfer your information in connection with, or during negotiations of, any merger, sale of company assets, financing, or acquisition of all or a portion of our business to another company.</span></li>
              </ul>
              <ul>
                <li><strong><span className='legal-page-body_text'>Vendors, Consultants and Other Third-Party Service Providers.</span></strong><span className='legal-page-body_text'>&nbsp;We may share your data with third-party vendors, service providers, contractors or agents who perform services for us or on our behalf and require access to such information to do that work. Examples include: payment processing, data analysis, email delivery, hosting services, customer service and marketing efforts. We may allow selected third parties to use tracking technology on the <span className='legal-page-body_text'>Website</span>, which will enable them to collect data on our behalf about how you interact with our <span className='legal-page-body_text'>Website</span> over time. This information may be used to, among other things, analyze and track data, determine the popularity of certain content, pages or features, and better understand online activity. Unless described in this notice, we do not share, sell, rent or trade any of your information with third parties for their promotional purposes. </span></li>
              </ul>
              <div>
                <p><strong><span id='privacy-page-whoshare' className='legal-page-heading_1'>4. WHO WILL YOUR INFORMATION BE SHARED WITH?</span></strong></p>
              </div>
              <div><strong><em><span className='legal-page-body_text'>In Short:</span>&nbsp;</em>&nbsp;</strong><em><span className='legal-page-body_text'>We only share information with the following third parties.</span></em></div>
              <div>&nbsp;</div>
              <div><span className='legal-page-body_text'>We only share and disclose your information with the following third parties. We have categorized each party so that you may easily understand the purpose of our data collection and processing practices. If we have processed your data based on your consent and you wish to revoke your consent, please contact us using the contact details provided in the section below titled '</span><a href='#privacy-page-contact' className='legal-page-link'>HOW CAN YOU CONTACT US ABOUT THIS NOTICE?</a><span className='legal-page-body_text'>'.</span>
                <div>
                  <ul>
                    <li><span className='legal-page-body_text'><strong>User Account Registration and Authentication</strong></span><br /><span className='legal-page-body_text'>Google Sign-In</span></li>
                  </ul>
                  <div>
                    <ul>
                      <li><span className='legal-page-body_text'><strong>Web and Mobile Analytics</strong></span><br /><span className='legal-page-body_text'>Google Analytics</span></li>
                    </ul>
                    <div><strong><span id='privacy-page-cookies' className='legal-page-heading_1'>5. DO WE USE COOKIES AND OTHER TRACKING TECHNOLOGIES?</span></strong></div>
                    <p><strong><em><span className='legal-page-body_text'>In Short:</span>&nbsp;</em>&nbsp;</strong><em><span className='legal-page-body_text'>We may use cookies and other tracking technologies to collect and store your information.</span></em></p>
                    <p><span className='legal-page-body_text'>We may use cookies and similar tracking technologies (like web beacons and pixels) to access or store information. Specific information about how we use such technologies and how you can refuse certain cookies is set out in our Cookie Notice.</span></p>
                    <p><strong><span id='privacy-page-sociallogins' className='legal-page-heading_1'>6. HOW DO WE HANDLE YOUR SOCIAL LOGINS?</span></strong></p>
                    <p><strong><em><span className='legal-page-body_text'>In Short:</span>&nbsp;</em>&nbsp;</strong><em><span className='legal-page-body_text'>If you choose to register or log in to our services using a social media account, we may have access to certain information about you.</span></em></p>
                    <p><span className='legal-page-body_text'>Our <span className='legal-page-body_text'><span className='legal-page-body_text'>Website</span></span> offers you the ability to register and login using your third-party social media account details (like your Facebook or Twitter logins). Where you choose to do this, we will receive certain profile information about you from your social media provider. The profile Information we receive may vary depending on the social media provider concerned, but will often include your name, email address, friends list, profile picture as well as other information you choose to make public on such social media platform. </span></p>
                    <p><span className='legal-page-body_text'>We will use the information we receive only for the purposes that are described in this privacy notice or that are otherwise made clear to you on the relevant <span className='legal-page-body_text'><span className='legal-page-body_text'>Website</span></span>. Please note that we do not control, and are not responsible for, other uses of your personal information by your third-party social media provider. We recommend that you review their privacy notice to understand how they collect, use and share your personal information, and how you can set your privacy preferences on their sites and apps.</span></p>
                    <p><strong><span id='privacy-page-inforetain' className='legal-page-heading_1'>7. HOW LONG DO WE KEEP YOUR INFORMATION?</span></strong></p>
                    <p><strong><em><span className='legal-page-body_text'>In Short:</span>&nbsp;</em>&nbsp;</strong><em><span className='legal-page-body_text'>We keep your information for as long as necessary to fulfill the purposes outlined in this privacy notice unless otherwise required by law.</span></em></p>
                    <p><span className='legal-page-body_text'>We will only keep your personal information for as long as it is necessary for the purposes set out in this privacy notice, unless a longer retention period is required or permitted by law (such as tax, accounting or other legal requirements). No purpose in this notice will require us keeping your personal information for longer than </span><span className='legal-page-body_text'>the period of time in which users have an account with us</span><span className='legal-page-body_text'>.</span></p>
                    <p><span className='legal-page-body_text'>When we have no ongoing legitimate business need to process your personal information, we will either delete or anonymize such information, or, if this is not possible (for example, because your personal information has been stored in backup archives), then we will securely store your personal information and isolate it from any further processing until deletion is possible.</span></p>
                    <p><strong><span id='privacy-page-infosafe' className='legal-page-heading_1'>8. HOW DO WE KEEP YOUR INFORMATION SAFE?</span></strong></p>
                    <p><strong><em><span className='legal-page-body_text'>In Short:</span>&nbsp;</em>&nbsp;</strong><em><span className='legal-page-body_text'>We aim to protect your personal information through a system of organizational and technical security measures.</span></em></p>
                    <p><span className='legal-page-body_text'>We have implemented appropriate technical and organizational security measures designed to protect the security of any personal information we process. However, despite our safeguards and efforts to secure your information, no electronic transmission over the Internet or information storage technology can be guaranteed to be 100% secure, so we cannot promise or guarantee that hackers, cybercriminals, or other unauthorized third parties will not be able to defeat our security, and improperly collect, access, steal, or modify your information. Although we will do our best to protect your personal information, transmission of personal information to and from our <span className='legal-page-body_text'><span className='legal-page-body_text'>Website</span></span> is at your own risk. You should only access the <span className='legal-page-body_text'><span className='legal-page-body_text'>Website</span></span> within a secure environment.</span></p>
                    {/* <p><strong><span id='privacy-page-infominors' className='legal-page-heading_1'>9. DO WE COLLECT INFORMATION FROM MINORS?</span></strong></p>
                    <p><strong><em><span className='legal-page-body_text'>In Short:</span>&nbsp;</em>&nbsp;</strong><em><span className='legal-page-body_text'>We do not knowingly collect data from or market to children under 18 years of age.</span></em></p>
                    <p><span className='legal-page-body_text'>We do not knowingly solicit data from or market to children under 18 years of age. By using the <span className='legal-page-body_text'><span className='legal-page-body_text'>Website</span></span>, you represent that you are at least 18 or that you are the parent or guardian of such a minor and consent to such minor dependent&rsquo;s use of the <span className='legal-page-body_text'><span className='legal-page-body_text'>Website</span></span>. If we learn that personal information from users less than 18 years of age has been collected, we will deactivate the account and take reasonable measures to promptly delete such data from our records. If you become aware of any data we may have collected from children under age 18, please contact us at getmyapp@gmail.com.</span></p> */}
                    <p><strong><span id='privacy-page-privacyrights' className='legal-page-heading_1'>9. WHAT ARE YOUR PRIVACY RIGHTS?</span></strong></p>
                    <p><strong><em><span className='legal-page-body_text'>In Short:</span>&nbsp;</em>&nbsp;</strong><span className='legal-page-body_text'><em>You may review, change, or terminate your account at any time.</em></span></p>
                    <p><span className='legal-page-body_text'>If you are resident in the European Economic Area and you believe we are unlawfully processing your personal information, you also have the right to complain to your local data protection supervisory authority. You can find their contact details here: <span className='legal-page-body_text'><a href='http://ec.europa.eu/justice/data-protection/bodies/authorities/index_en.htm' target='_blank' rel='noopener noreferrer' className='legal-page-link'>http://ec.europa.eu/justice/data-protection/bodies/authorities/index_en.htm</a></span></span><span className='legal-page-body_text'>.</span></p>
                    <p><span className='legal-page-body_text'>If you are resident in Switzerland, the contact details for the data protection authorities are available here: <span className='legal-page-body_text'><a href='https://www.edoeb.admin.ch/edoeb/en/home.html' target='_blank' rel='noopener noreferrer' className='legal-page-link'>https://www.edoeb.admin.ch/edoeb/en/home.html</a>.</span></span></p>
                    <p><span className='legal-page-body_text'>If you have questions or comments about your privacy rights, you may email us at getmyapp@gmail.com.</span></p>
                    <div><strong><span className='legal-page-heading_2'>Account Information</span></strong></div>
                    <p><span className='legal-page-body_text'>If you would at any time like to review or change the information in your account or terminate your account, you can:</span></p>
                    <p>■ <span className='legal-page-body_text'>Log in to your account settings and update your user account. </span></p>
                    <p><span className='legal-page-body_text'>Upon your request to terminate your account, we will deactivate or delete your account and information from our active databases. However, we may retain some information in our files to prevent fraud, troubleshoot problems, assist with any investigations, enforce our Terms of Use and/or comply with applicable legal requirements.</span></p>
                    <p><strong><u><span className='legal-page-body_text'>Cookies and similar technologies:</span></u>&nbsp;</strong><span className='legal-page-body_text'>Most Web browsers are set to accept cookies by default. If you prefer, you can usually choose to set your browser to remove cookies and to reject cookies. If you choose to remove cookies or reject cookies, this could affect certain features or services of our <span className='legal-page-body_text'><span className='legal-page-body_text'><span className='legal-page-body_text'>Website</span></span></span>. To opt-out of interest-based advertising by advertisers on our <span className='legal-page-body_text'><span className='legal-page-body_text'><span className='legal-page-body_text'>Website</span></span></span></span><span className='legal-page-body_text'>&nbsp;visit</span>&nbsp;<span className='legal-page-body_text'><a href='http://www.aboutads.info/choices/' target='_blank' rel='noopener noreferrer' className='legal-page-link'>http://www.aboutads.info/choices/</a></span><span className='legal-page-body_text'>. </span></p>
                    {/* <p><strong><u><span className='legal-page-body_text'>Opting out of email marketing:</span></u>&nbsp;</strong><span className='legal-page-body_text'>You can unsubscribe from our marketing email list at any time by clicking on the unsubscribe link in the emails that we send or by contacting us using the details provided below. You will then be removed from the marketing email list &ndash; however, we may still communicate with you, for example to send you service-related emails that are necessary for the administration and use of your account, to respond to service requests, or for other non-marketing purposes. To otherwise opt-out, you may:</span></p> */}
                    <p>■ &nbsp;<span className='legal-page-body_text'>Access your account settings and update your preferences. </span></p>
                    <p><strong><span id='privacy-page-DNT' className='legal-page-heading_1'>10. CONTROLS FOR DO-NOT-TRACK FEATURES</span></strong></p>
                    <p><span className='legal-page-body_text'>Most web browsers and some mobile operating systems and mobile applications include a Do-Not-Track (&ldquo;DNT&rdquo;) feature or setting you can activate to signal your privacy preference not to have data about your online browsing activities monitored and collected. At this stage, no uniform technology standard for recognizing and implementing DNT signals has been finalized. As such, we do not currently respond to DNT browser signals or any other mechanism that automatically communicates your choice not to be tracked online. If a standard for online tracking is adopted that we must follow in the future, we will inform you about that practice in a revised version of this privacy notice.</span></p>
                    <p><strong><span id='privacy-page-caresidents' className='legal-page-heading_1'>11. DO CALIFORNIA RESIDENTS HAVE SPECIFIC PRIVACY RIGHTS?</span></strong></p>
                    <p><strong><em><span className='legal-page-body_text'>In Short:</span>&nbsp;</em>&nbsp;</strong><em><span className='legal-page-body_text'>Yes, if you are a resident of California, you are granted specific rights regarding access to your personal information.</span></em></p>
                    <p><span className='legal-page-body_text'>California Civil Code Section 1798.83, also known as the &ldquo;Shine The Light&rdquo; law, permits our users who are California residents to request and obtain from us, once a year and free of charge, information about categories of personal information (if any) we disclosed to third parties for direct marketing purposes and the names and addresses of all third parties with which we shared personal information in the immediately preceding calendar year. If you are a California resident and would like to make such a request, please submit your request in writing to us using the contact information provided below.</span></p>
                    <p><span className='legal-page-body_text'>If you are under 18 years of age, reside in California, and have a registered account with <span className='legal-page-body_text'><span className='legal-page-body_text'>the Website</span></span>, you have the right to request removal of unwanted data that you publicly post on the <span className='legal-page-body_text'><span className='legal-page-body_text'>Website</span></span>. To request removal of such data, please contact us using the contact information provided below, and include the email address associated with your account and a statement that you reside in California. We will make sure the data is not publicly displayed on the <span className='legal-page-body_text'><span className='legal-page-body_text'>Website</span></span>, but please be aware that the data may not be completely or comprehensively removed from all our systems (e.g. backups, etc.). </span></p>
                    <div><strong><span className='legal-page-heading_2'>CCPA Privacy Notice</span></strong></div>
                    <p><span className='legal-page-body_text'>The California Code of Regulations defines a 'resident' as:</span></p>
                    <p><span className='legal-page-body_text'>(1) every individual who is in the State of California for other than a temporary or transitory purpose and</span></p>
                    <p><span className='legal-page-body_text'>(2) every individual who is domiciled in the State of California who is outside the State of California for a temporary or transitory purpose</span></p>
                    <div><span className='legal-page-body_text'>All other individuals are defined as 'non-residents.'</span></div>
                    <div><span className='legal-page-body_text'>If this definition of 'resident' applies to you, certain rights and obligations apply regarding your personal information.</span></div>
                    <div><span className='legal-page-body_text'><strong>What categories of personal information do we collect?</strong></span></div>
                    <div><span className='legal-page-body_text'>We have collected the following categories of personal information in the past twelve (12) months: </span></div>
                    <table>
                      <tbody>
                        <tr>
                          <td><span className='legal-page-body_text'><strong>Category</strong></span></td>
                          <td><span className='legal-page-body_text'><strong>Examples</strong></span></td>
                          <td><span className='legal-page-body_text'><strong>Collected</strong></span></td>
                        </tr>
                        <tr>
                          <td><span className='legal-page-body_text'>A. Identifiers</span></td>
                          <td><span className='legal-page-body_text'>Contact details, such as real name, alias, postal address, telephone or mobile contact number, unique personal identifier, online identifier, Internet Protocol address, email address and account name<br /></span></td>
                          <td>
                            <div><span className='legal-page-body_text'>YES</span></div>
                          </td>
                        </tr>
                        <tr>
                          <td><span className='legal-page-body_text'>B. Personal information categories listed in the California Customer Records statute</span></td>
                          <td><span className='legal-page-body_text'>Name, contact information, education, employment, employment history and financial information<br /></span></td>
                          <td><br /><span className='legal-page-body_text'>YES</span><span className='legal-page-body_text'><br /></span></td>
                        </tr>
                        <tr>
                          <td><span className='legal-page-body_text'>C. Protected classification characteristics under California or federal law</span></td>
                          <td><span className='legal-page-body_text'>Gender and date of birth<br /></span></td>
                          <td>
                            <div><span className='legal-page-body_text'>NO</span></div>
                          </td>
                        </tr>
                        <tr>
                          <td><span className='legal-page-body_text'>D. Commercial information</span></td>
                          <td><span className='legal-page-body_text'>Transaction information, purchase history, financial details and payment information<br /></span></td>
                          <td>
                            <div><span className='legal-page-body_text'>NO</span></div>
                          </td>
                        </tr>
                        <tr>
                          <td><span className='legal-page-body_text'>E. Biometric information</span></td>
                          <td><span className='legal-page-body_text'>Fingerprints and voiceprints</span></td>
                          <td>
                            <div><span className='legal-page-body_text'>NO</span></div>
                          </td>
                        </tr>
                        <tr>
                          <td><span className='legal-page-body_text'>F. Internet or other similar network activity</span></td>
                          <td><span className='legal-page-body_text'>Browsing history, search history, online behavior, interest data, and interactions with our and other websites, applications, systems and advertisements<br /></span></td>
                          <td>
                            <div><span className='legal-page-body_text'>NO</span></div>
                          </td>
                        </tr>
                        <tr>
                          <td><span className='legal-page-body_text'>G. Geolocation data</span></td>
                          <td><span className='legal-page-body_text'>Device location</span></td>
                          <td>
                            <div><span className='legal-page-body_text'>NO</span></div>
                          </td>
                        </tr>
                        <tr>
                          <td><span className='legal-page-body_text'>H. Audio, electronic, visual, thermal, olfactory, or similar information</span></td>
                          <td><span className='legal-page-body_text'>Images and audio, video or call recordings created in connection with our business activities<br /></span></td>
                          <td>
                            <div><span className='legal-page-body_text'>NO</span></div>
                          </td>
                        </tr>
                        <tr>
                          <td><span className='legal-page-body_text'>I. Professional or employment-related information</span></td>
                          <td><span className='legal-page-body_text'>Business contact details in order to provide you our services at a business level, job title as well as work history and professional qualifications if you apply for a job with us<br /></span></td>
                          <td>
                            <div><span className='legal-page-body_text'>NO</span></div>
                          </td>
                        </tr>
                        <tr>
                          <td><span className='legal-page-body_text'>J. Education Information</span></td>
                          <td><span className='legal-page-body_text'>Student records and directory information<br /></span></td>
                          <td>
                            <div><span className='legal-page-body_text'>NO</span></div>
                          </td>
                        </tr>
                        <tr>
                          <td><span className='legal-page-body_text'>K. Inferences drawn from other personal information</span></td>
                          <td><span className='legal-page-body_text'>Inferences drawn from any of the collected personal information listed above to create a profile or summary about, for example, an individual&rsquo;s preferences and characteristics<br /></span></td>
                          <td><br /><span className='legal-page-body_text'>NO</span><br /><br /></td>
                        </tr>
                      </tbody>
                    </table>
                    <p><span className='legal-page-body_text'>We may also collect other personal information outside of these categories in instances where you interact with us in-person, online, or by phone or mail in the context of:</span></p>
                    <ul>
                      <li><span className='legal-page-body_text'>Receiving help through our customer support channels</span><br /><br /></li>
                      <li><span className='legal-page-body_text'>Participation in customer surveys or contests; and</span><br /><br /></li>
                      <li><span className='legal-page-body_text'>Facilitation in the delivery of our Services and to respond to your inquiries</span></li>
                    </ul>
                    <p><span className='legal-page-body_text'><strong>How do we use and share your personal information?</strong></span></p>
                    <div><span className='legal-page-body_text'>More information about our data collection and sharing practices can be found in this privacy notice</span><span className='legal-page-body_text'>.</span></div>
                    <div><span className='legal-page-body_text'>You may contact us by email at getmyapp@gmail.com, </span><span className='legal-page-body_text'>or by referring to the contact details at the bottom of this document.</span></div>
                    <div><span className='legal-page-body_text'>If you are using an authorized agent to exercise your right to opt-out, we may deny a request if the authorized agent does not submit proof that they have been validly authorized to act on your behalf.</span></div>
                    <div><span className='legal-page-body_text'><span className='legal-page-body_text'><strong>Will your information be shared with anyone else?</strong></span></span></div>
                    <div><span className='legal-page-body_text'>We may disclose your personal information with our service providers pursuant to a written contract between us and each service provider. Each service provider is a for-profit entity that processes the information on our behalf.</span></div>
                    <div><span className='legal-page-body_text'>The current list of our service providers can be found below.</span></div>
                    <div><span className='legal-page-body_text'>We may use your personal information for our own business purposes, such as for undertaking internal research for technological development and demonstration. This is not considered to be 'selling' of your personal data.</span>
                      <div><span className='legal-page-body_text'>MyApp has disclosed the following categories or personal information to third parties for a business or commercial purpose in the preceding twelve (12) months:</span>
                        <ul>
                          <li><span className='legal-page-body_text'>Category B. Personal information, as defined in the California Customer Records law, such as your name, contact information, education, employment, employment history and financial information.</span></li>
                        </ul>
                        <div><span className='legal-page-body_text'>The categories of third parties to whom we disclosed personal information for a business or commercial purpose can be found under '<a href='#privacy-page-whoshare' className='legal-page-link'>WHO WILL YOUR INFORMATION BE SHARED WITH?</a>'.</span></div>
                        <div><span className='legal-page-body_text'><strong>Your rights with respect to your personal data</strong></span></div>
                        <div><span className='legal-page-body_text'><u>Right to request deletion of the data - Request to delete</u></span></div>
                        <div><span className='legal-page-body_text'>You can ask for the deletion of your personal information. If you ask us to delete your personal information, we will respect your request and delete your personal information, subject to certain exceptions provided by law, such as (but not limited to) the exercise by another consumer of his or her right to free speech, our compliance requirements resulting from a legal obligation or any processing that may be required to protect against illegal activities.</span></div>
                        <div><span className='legal-page-body_text'><u>Right to be informed - Request to know</u></span></div>
                        <div><span className='legal-page-body_text'>Depending on the circumstances, you have a right to know:</span></div>
                        <ul>
                          <li>
                            <p><span className='legal-page-body_text'>whether we collect and use your personal information;</span></p>
                          </li>
                          <li>
                            <p><span className='legal-page-body_text'>the categories of personal information that we collect;</span></p>
                          </li>
                          <li>
                            <div><span className='legal-page-body_text'>the purposes for which the collected personal information is used;</span></div>
                          </li>
                          <li>
                            <p><span className='legal-page-body_text'>whether we sell your personal information to third parties;</span></p>
                          </li>
                          <li>
                            <p><span className='legal-page-body_text'>the categories of personal information that we sold or disclosed for a business purpose;</span></p>
                          </li>
                          <li>
                            <div><span className='legal-page-body_text'>the categories of third parties to whom the personal information was sold or disclosed for a business purpose; and</span></div>
                          </li>
                          <li>
                            <p><span className='legal-page-body_text'>the business or commercial purpose for collecting or selling personal information.</span></p>
                          </li>
                        </ul>
                        <div><span className='legal-page-body_text'>In accordance with applicable law, we are not obligated to provide or delete consumer information that is de-identified in response to a consumer request or to re-identify individual data to verify a consumer request.</span></div>
                        <div><span className='legal-page-body_text'><u>Right to Non-Discrimination for the Exercise of a Consumer's Privacy Rights</u></span></div>
                        <div><span className='legal-page-body_text'>We will not discriminate against you if you exercise your privacy rights.</span></div>
                        <div><span className='legal-page-body_text'><u>Verification process</u></span></div>
                        <div><span className='legal-page-body_text'>Upon receiving your request, we will need to verify your identity to determine you are the same person about whom we have the information in our system. These verification efforts require us to ask you to provide information so that we can match it with the information you have previously provided us. For instance, depending on the type of request you submit, we may ask you to provide certain information so that we can match the information you provide with the information we already have on file, or we may contact you through a communication method (e.g. phone or email) that you have previously provided to us. We may also use other verification methods as the circumstances dictate.</span></div>
                        <div><span className='legal-page-body_text'>We will only use personal information provided in your request to verify your identity or authority to make the request. To the extent possible, we will avoid requesting additional information from you for the purposes of verification. If, however, if we cannot verify your identity from the information already maintained by us, we may request that you provide additional information for the purposes of verifying your identity, and for security or fraud-prevention purposes. We will delete such additionally provided information as soon as we finish verifying you.</span></div>
                        <div><span className='legal-page-body_text'><u>Other privacy rights</u></span></div>
                        <ul>
                          <li>
                            <p><span className='legal-page-body_text'>you may object to the processing of your personal data</span></p>
                          </li>
                          <li>
                            <p><span className='legal-page-body_text'>you may request correction of your personal data if it is incorrect or no longer relevant, or ask to restrict the processing of the data</span></p>
                          </li>
                          <li>
                            <div><span className='legal-page-body_text'>you can designate an authorized agent to make a request under the CCPA on your behalf. We may deny a request from an authorized agent that does not submit proof that they have been validly authorized to act on your behalf in accordance with the CCPA.</span></div>
                          </li>
                          <li>
                            <p><span className='legal-page-body_text'>you may request to opt-out from future selling of your personal information to third parties. Upon receiving a request to opt-out, we will act upon the request as soon as feasibly possible, but no later than 15 days from the date of the request submission.</span></p>
                          </li>
                        </ul>
                        <div><span className='legal-page-body_text'>To exercise these rights, you can contact us <span className='legal-page-body_text'>by email at getmyapp@gmail.com, </span></span><span className='legal-page-body_text'>or by referring to the contact details at the bottom of this document. If you have a complaint about how we handle your data, we would like to hear from you.</span></div>
                        <p><strong><span id='privacy-page-policyupdates' className='legal-page-heading_1'>12. DO WE MAKE UPDATES TO THIS NOTICE?</span></strong></p>
                        <p><strong><em><span className='legal-page-body_text'>In Short:</span>&nbsp;</em>&nbsp;</strong><em><span className='legal-page-body_text'>Yes, we will update this notice as necessary to stay compliant with relevant laws.</span></em></p>
                        <p><span className='legal-page-body_text'>We may update this privacy notice from time to time. The updated version will be indicated by an updated &ldquo;Revised&rdquo; date and the updated version will be effective as soon as it is accessible. If we make material changes to this privacy notice, we may notify you either by prominently posting a notice of such changes or by directly sending you a notification. We encourage you to review this privacy notice frequently to be informed of how we are protecting your information.</span></p>
                        <p><strong><span id='privacy-page-contact' className='legal-page-heading_1'>13. HOW CAN YOU CONTACT US ABOUT THIS NOTICE?</span></strong></p>
                        <p><span className='legal-page-body_text'>If you have questions or comments about this notice, you may email us at getmyapp@gmail.com {/*or by post to:*/}</span></p>
                        {/* <div><span className='legal-page-body_text'>MyApp</span>&nbsp;</div>
                        <div><span className='legal-page-body_text'>__________</span></div>
                        <div><span className='legal-page-body_text'>__________</span></div> */}
                        <p><strong><span className='legal-page-heading_1'>HOW CAN YOU REVIEW, UPDATE, OR DELETE THE DATA WE COLLECT FROM YOU?</span></strong></p>
                        <div><span className='legal-page-body_text'>Based on the applicable laws of your country, you may have the right to request access to the personal information we collect from you, change that information, or delete it in some circumstances. To request to review, update, or delete your personal information, please visit: <a href='https://myapp.org/user/account' target='_blank' rel='noopener noreferrer' className='legal-page-link'>https://myapp.org/user/account</a>. We will respond to your request within 30 days.</span></div>
                      </div>
                      <div className='mt-3'>This privacy policy was created using <a href='https://termly.io/products/privacy-policy-generator/?ftseo'>Termly&rsquo;s Privacy Policy Generator</a>.</div>
                    </div>
                  </div>
                </div>
              </div>
            </div>
          </div>
        </Col>
      </Row>
    </Container>
  </>
}

export default Legal;
