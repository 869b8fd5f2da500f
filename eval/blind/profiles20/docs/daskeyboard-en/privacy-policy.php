<?php $body_id = "privacy-policy";?>
<?php $body_class = "single-content";?>
<?php $page_title = "Privacy Policy";?>
<?php require 'includes/head.php';?>
<?php require 'structure/header.php';?>
<?php include 'structure/page-title.php';?>
	<main class="content-container">
        <section class="bg-white section-pad">
        	<div class="container">
        		<div class="row">
        			<div id="contentContainer" class="col">
        				<p>We look forward to your visit to our website and would like to inform you below how we collect and use your data.</p>
        				<p>The operator of this service is Metadot Corporation, 9020 North Capital of Texas Highway. Great Hills Corporate Center One, Ste 365, Austin, Texas 78759 USA. We hold a privacy shield certificate. The certificate can be found at <a href="https://www.privacyshield.gov/list" target="_blank" alt="Privacy Shield">www.privacyshield.gov/list</a>. Your data will be transmitted when using our services, newsletters, contact forms, etc. in the United States.</p>

        				<h3 class="sidebar-title mt-5">1. Personal Data</h3>
        				<p>Personal data within the meaning of Art. 4 No. 1 DS-GVO are all data that can be obtained personally by you, eg. Name, address, e-mail addresses, user behavior.</p>

        				<h3 class="sidebar-title mt-5">2. Legality of processing</h3>
        				<p>The processing of personal data (see Article 4 (2) of the GDPR) is lawful if one of the following conditions applies:</p>
        				<ul class="list-unstyled">
        					<li>The data subject has given his consent to the processing of the personal data concerning him for one or more specific purposes;</li>
        					<li>The processing is necessary for the performance of a contract to which the data subject is a party or for the performance of pre-contractual measures which are carried out at the request of the data subject;</li>
        					<li>The processing is necessary to fulfill a legal obligation to which the controller is subject;</li>
        					<li>The processing is necessary to protect the vital interests of the data subject or any other natural person;</li>
        					<li>The processing is necessary for the performance of a task which is in the public interest or in the exercise of public authority delegated to the controller;</li>
        					<li>Processing is necessary to safeguard the legitimate interests of the controller or a third party, unless the interests or fundamental rights and freedoms of the data subject requiring personal data protection prevail, in particular where the data subject is a child.</li>
        				</ul>

        				<h3 class="sidebar-title mt-5">3. Responsible / Representation</h3>
        				<p>Responsible acc. Art. 4 para. 7 EU General Data Protection Regulation (DS-GVO) is the</p>
        				<p><span>Metadot Corporation<br>C / O Das Keyboard<br>represented by the CEO Daniel Guermeur<br>9020 North Capital of Texas Highway<br>Great Hills Corporate Center One, Ste 365<br>Austin, Texas 78759<br>USA<br><br>Phone: +1 512 346 0360<br>Fax: +1 512 233 5335<br>E-mail: <a href="mailto:info@daskeyboard.com">info@daskeyboard.com</a></span></p>

        				<h3 class="sidebar-title mt-5">4. Contact via e-mail or via the contact form</h3>
        				<p>When you contact us by e-mail or through one of our contact forms the data you provide is sent to us and stored by us to answer your questions.</p>
        				<p>These data are:</p>
        				<ul class="list-unstyled">
        					<li>Your name</li>
        					<li>Your email address</li>
        					<li>Your phone number</li>
        					<li>The topic you specified (subject)</li>
        					<li>Your message</li>
        					<li>Your IP address</li>
        					<li>Date and time of dispatch</li>
        				</ul>
        				<p>We delete the data that arises in this context after the storage is no longer required, or limit the processing if there are statutory retention requirements. You must declare your consent to the processing of data before you submit the contact form.</p>
        				<p>Insofar as we use our contact form to request entries that are not required for contacting us, we have always marked these as optional. This information serves to concretize your request and to improve the handling of your request. A statement of this information is expressly provided on a voluntary basis and with your consent, Art. 6 (1) (a) GDPR.</p>
        				<p>In this context, there is no disclosure of the data to third parties. Data processing is solely for purposes of conversation with you.</p>
        				<p>The legal basis for processing is in this case in your consent (see Article 6 (1) sentence 1 (a) of the GDPR).</p>
        				<p>You have the right to revoke your data protection declaration at any time. The revocation of consent does not affect the legality of the processing carried out on the basis of the consent until the revocation.</p>

        				<h3 class="sidebar-title mt-5">5. Collection of personal data when visiting our website</h3>
        				<p>In the case of merely informative use of our website, ie if you do not register or otherwise provide us with information, we collect the personal data that your browser transmits to our server.</p>
        				<p class="strong fw-bold text-red">Browser Data</p>
        				<p>If you wish to view our website, we collect the following data that is technically necessary for us to inform you about our website and to ensure the stability and security (legal basis is Art. 6 para. 1 p. 1 lit. f DS-GMO):</p>
        				<ul class="list-unstyled">
        					<li>IP address</li>
        					<li>Website from which the request comes</li>
        					<li>Date and time of the request</li>
        					<li>Content of the requirement (concrete page)</li>
        					<li>Each transmitted amount of data</li>
        					<li>Information about the browser type and version used</li>
        				</ul>
        				<p>The mentioned data will be processed by us for the following purposes:</p>
        				<ul class="list-unstyled">
        					<li>Ensuring a smooth connection setup of the website</li>
        					<li>Ensuring comfortable use of our website</li>
        					<li>Evaluation of system security and stability as well</li>
        					<li>For further administrative purposes.</li>
        				</ul>
        				<p>The legal basis for data processing is Art. 6 para. 1 p. 1 lit. f DSGVO. The corresponding legitimate interest follows from the data collection purposes listed above. In no event will we use the collected data for the purpose of e to draw conclusions on your person. We do not create user profiles of our website visitors.</p>

        				<p class="strong fw-bold text-red">Cookies</p>
        				<p>We also use cookies on our site.</p>
        				<p>These are small files that your browser automatically creates and that are stored on your device (laptop, tablet, smartphone, etc.) when you visit our site.</p>
        				<p>Cookies do not harm your device, do not contain viruses, Trojans or other malicious software.</p>
        				<p>Information is stored in the cookie, each resulting in connection with the specific terminal used. However, this does not mean that we are immediately aware of your identity.</p>
        				<p>On the one hand, the use of cookies serves to make the use of our offer more pleasant for you. For example, we use so-called session cookies to recognize that you have already visited individual pages on our website. These are automatically deleted after leaving our page.</p>
        				<p>In addition, to improve usability, we also use temporary cookies that are stored on your device for a specified period of time. If you visit our site again to take advantage of our services, it will automatically recognize that you have already been with us and what inputs and settings you have made, so you do not have to re-enter them.</p>
        				<p>On the other hand, we use cookies to statistically record the use of our website and to evaluate it for the purpose of optimizing our offer. These cookies allow us to automatically recognize when you visit our site again that you have already been with us.</p>
        				<p>The data processed by cookies are for the purposes mentioned in order to safeguard our legitimate interests in accordance with Art. 6 para. 1 sentence 1 lit. f DSGVO required.</p>
        				<p>Most browsers accept cookies automatically. However, you can configure your browser so that no cookies are stored on your computer or set it so a hint appears before a new cookie is created. However, disabling cookies completely may mean that you can not use all features of our website.</p>
        				<p>All personal data will be deleted or blocked as soon as the purpose of the storage is omitted. In addition, such storage may be provided for by the European or national legislator in EU regulations, laws or other regulations to which the controller is subject. Blocking or deletion of the data also takes place when a storage period prescribed by the standards mentioned expires, unless there is a need for further storage of the data for conclusion of a contract or fulfillment of the contract.</p>

        				<p class="strong fw-bold text-red">Website analysis</p>
        				<p>For purposes of analyzing and optimizing our websites, we use various services, which are presented below. For example, we can analyze how many people visit our site, which information is most in demand, or how people find it. Among other things, we collect data on which website an affected person came to a website (so-called referrer), which subpages of the website were accessed or how often and for which length of stay a subpage was viewed. This helps us to design and improve our offers in a user-friendly way. The data collected is not intended to personally identify individual users. Anonymous or at most pseudonymous data are collected.The legal basis for this is Art. 6 para. 1 f of the GDPR.</p>

        				<p class="strong fw-bold text-red">Google Analytics</p>
        				<p>This website uses Google Analytics, a web analytics service provided by Google Inc, (1600 Amphitheater Parkway Mountain View, CA 94043, USA). Usage includes the Universal Analytics operating mode. This makes it possible to assign data, sessions and interactions across multiple devices to a pseudonymous user ID, thus analyzing the activities of a user across devices.</p>
        				<p>Google Analytics uses cookies that allow you to analyze the use of the website. The information generated by the cookie about your use of this website is usually transmitted to a Google server in the USA and stored there. The IP address provided by Google Analytics as part of Google Analytics will not be merged with other Google data. Google will use this information to evaluate your use of the website, to compile reports on website activity and to provide us with other services related to website activity and internet usage . In these purposes, our legitimate interest lies in the data processing. The legal basis for the use of Google Analytics is § 15 Abs. 3 TMG or Art. 6 Abs. 1 f DSGVO. The data sent by us and linked to cookies, user IDs (eg user IDs) or advertising IDs will be automatically deleted after 26 months. The deletion of data whose retention period has been reached is done automatically once a month. For more information about Terms of Use and Privacy, please visit <a href="https://www.google.com/analytics/terms/us.html" target="_blank">https://www.google.com/analytics/terms/us.html</a> or <a href="https://policies.google.com/?hl=en" target="_blank">https://policies.google.com/?hl=en</a></p>
        				<p>You can prevent the storage of cookies by a corresponding setting of your browser software; however, please note that if you do this, you may not be able to use all the features of this website to the fullest extent possible. In addition, you may prevent the collection by Google of the data generated by the cookie and related to your use of the website (including your IP address) as well as the processing of this data by Google by using <a href="https://tools.google.com/dlpage/gaoptout" target="_blank">https://tools.google.com/dlpage/gaoptout</a> download and install. Opt-out cookies prevent future collection of your data when you visit this website. To prevent Universal Analytics tracking across devices, you must opt-out on all systems you use. If you click here, the opt-out cookie will be set: <strong class="fw-bold text-red">Disable Google Analytics</strong></p>

        				<h3 class="sidebar-title mt-5">6. Newsletter</h3>
        				<p>For the continuous information of customers and potential customers we offer a regular free newsletter about our current offers.</p>
        				<p>With your consent within the meaning of Art. 6 para. 1 a DS-G VO you can register for the newsletter and subscribe to it. Here we use the so-called double-opt-in procedure:</p>
        				<p>This means that in a first step you will decide to receive the newsletter ('Sign up for our newsletter' or 'Subscribe now to our newsletter') and register with an email address.</p>
        				<p>In the second step, you will receive an email directly to the registered email address after registration, in which you will be asked to expressly confirm the shipping request of the newsletter, via a dedicated confirmation link.</p>
        				<p>After your confirmation save as your email address, this exclusively for the dispatch of the Newsletter. Legal basis for this is the granted consent to the storage acc. Art. 6 (1) a DS-GVO. If an acknowledgment in the above sense does not come in direct temporal connection with the registration in the first step, your email address will not be saved.</p>
        				<p>If you no longer wish to receive the newsletter, you can withdraw your consent at any time and unsubscribe from the newsletter. The revocation can either click on the reproached in each newsletter Email host link, through an email to <a href="mailto:info@daskeyboard.com">info@daskeyboard.com</a> or by contacting the Privacy Officer named in this Privacy Policy.</p>

        				<h3 class="sidebar-title mt-5">7. Info Email '5 Meta Hacks of the Week'</h3>
        				<p>At <a href="/sites/daskeyboard/5-meta-hacks/" alt="5 Meta Hacks">https://www.daskeyboard.com/5-meta-hacks/</a>, we also offer you the chance to sign up for a weekly informative email about the top five hacks (productive apps, life hacks, etc.),</p>
        				<p>With your consent within the meaning of Art. 6 para. 1 a DS-GVO you can register for the receipt of the e- mail and subscribe to it. Here too we use the so-called double opt-in procedure:</p>
        				<p>This means that you decide in a first step to receive this information email ('Sign up') and sign up with an email address.</p>
        				<p>In the second step you will receive an email directly to the registered email address, after which you will be asked to confirm the dispatch request. This is done via a dedicated confirmation link.</p>
        				<p>After your confirmation save as your email address, this also only for the sending of such an info email . Legal basis for this is the granted consent to the storage acc. Art. 6 (1) a DS-GVO. If an acknowledgment in the above sense does not come in direct temporal connection with the registration in the first step, your email address will not be saved.</p>
        				<p>Again, no transfer of data to third parties. The data are used exclusively for sending the information email.</p>
        				<p>If you no longer wish to send this info email, you can always revoke the appropriate consent and thereby unsubscribe. The revocation can either by clicking on the posted in each email staging link, an email to <a href="mailto:info@daskeyboard.com">info@daskeyboard.com</a> or by contacting the Privacy Officer named in this Privacy Policy .</p>
        				<p>If the consent is revoked, the previously stored email address will be deleted immediately. Storage is therefore only as long as subscribed to the newsletter.</p>

        				<h3 class="sidebar-title mt-5">8. Privacy Policy for the use of MailChimp</h3>
        				<p>The newsletter and the '5 Meta Hacks of the Week' email are sent via MailChimp, a mailing list delivery platform owned by Rocket Science Group, LLC, 675 Ponce De Leon Ave NE # 5000, Atlanta, GA 30308, USA,</p>
        				<p>The email addresses of our Newsletter recipients, as well as their other information described in these notes, are stored on the servers of MailChimp in the USA.</p>
        				<p>MailChimp uses this information to send and evaluate the newsletters on our behalf. Furthermore, MailChimp may, according to its own information, use this data for the purpose of optimizing or improving its own services, for example for the technical optimization of shipping and the presentation of newsletters or for economic purposes in order to determine from which countries the recipients come. However, MailChimp does not use the data of our newsletter recipients to write them down or to pass them on to third parties.</p>
        				<p>The privacy policy of MailChimp can be found here: <a href="https://mailchimp.com/legal/privacy" target="_blank">https://mailchimp.com/legal/privacy</a></p>

        				<h3 class="sidebar-title mt-5">9. Blog</h3>
        				<p>On our website we also offer a blog at <a href="/sites/daskeyboard/blog" alt="Blog">https://www.daskeyboard.com/blog/</a>. We publish regularly different contributions to topics around our business fields.</p>
        				<p>Thereby a commentary function is provided in this blog, over which you can make public comments on the blogged topics. Your comment will be published together with your specified username in direct relation to the post.</p>
        				<p>We recommend that you use a pseudonym instead of your plain name when using this comment function. The username and email address is required, the further information to the 'website' is voluntary. When submitting a comment, only the name used and, if applicable, the voluntarily supplemented website information are published. A publication of your specified email address does not occur.</p>
        				<p>Our blog uses the DISQUS, a user-forum and commenting application provided by Disqus Inc., 301 Howard St., Suite 300, San Francisco, CA 94105, USA (hereafter referred to as 'Disqus').</p>
        				<p>Disqus is an interactive commenting system that allows the registered user to comment on any website using Disqus with just one login. Disqus allows you to log in via existing accounts on Facebook (via Facebook Connect), Twitter and Google+. When you sign in through your Facebook, Twitter, Google + account, these providers may also collect, store and use data. Details can be found in the privacy policy of the respective provider. The use of the commenting function is also possible as a 'guest' without registration. However, then some functions are not available.</p>
        				<p>In addition to the comment text, Disqus also transmits your email address and IP address to us. We need the comment text to publish it. We only need the other information for the purpose of contacting you in connection with your use of DISQUS, for example, if we have queries about your user comments or to avoid liability and misuse. In order to avoid liability for comment content, it may also be necessary for us to delete comments, exclude them from publication or, as a milder measure and with appropriate labeling, to process.</p>
        				<p>DISQUS 'Terms of Use and Privacy Notice apply to the collection, processing and use of data by DISQUS and to your rights in this regard, available at <a href="http://docs.disqus.com/help/30/" target="_blank">http://docs.disqus.com/help/30/</a> and <a href="http://docs.disqus.com/help/29/" target="_blank">http://docs.disqus.com/help/29/</a>.</p>
        				<p>The legal basis for storing the email address as well as for the IP address is Art. 6 para. 1 p. 1 lit. f. DS-GMO.</p>
        				<p>We do not review submitted comments prior to publication and reserve the right to delete comments if they are objected to by third parties as unlawful.</p>

        				<h3 class="sidebar-title mt-5">10. Your Rights</h3>
        				<p>If personal data are processed and stored by you in the sense of this privacy policy, you are the 'data subject' within the meaning of the DS-GVO (see Art. 4 No. 1 DS-GVO). As a result, you have the following rights with respect to the personal data relating to you :</p>
        				<p class="strong fw-bold text-red">General rights:</p>
        				<ul class="list-unstyled">
        					<li>Right to information,</li>
        					<li>Right to rectification or erasure,</li>
        					<li>Right to restriction of processing,</li>
        					<li>Right to object to the processing,</li>
        					<li>Right to information,</li>
        					<li>Right to data portability.</li>
        				</ul>
        				<p>If processing is based on your consent, you have the right to revoke it with effect for the future.</p>

        				<p class="strong fw-bold text-red">Rights in data processing for the legitimate interest:</p>
        				<p>You have gem. Article 21 (1) of the GDPR, at any time, for reasons arising out of its particular situation, against the processing of personal data relating to it, pursuant to Article 6 (1) of the GDPR (Data Processing in the Public Interest) or Articles 6 para. 1 f DSGVO (data processing for the protection of a legitimate interest) takes place, an objection is raised, this also applies to a profiling based on this provision. In the event of your opposition , we will no longer process your personal information unless we can demonstrate compelling legitimate grounds for processing that outweigh your interests, rights and freedoms, or the processing is for the purpose of enforcing, pursuing or defending legal claims.</p>

        				<p class="strong fw-bold text-red">Right to complain to a supervisory authority:</p>
        				<p>You also have the right to complain to us about the processing of your personal data by a competent data protection supervisory authority. Due to its representation in the European Union by the Metadot UG / Hamburg (see § 3 of this declaration) , the supervisory authority responsible for us is :</p>
        				<p>
        					The Hamburg Commissioner for Data Protection and Freedom of Information,
        					<br>Klosterwall 6 (Block C)
        					<br>20095 Hamburg
        				</p>
        				<p>This privacy statement is currently valid and is dated May 2018. As our website evolves and offers become available, or as a result of changes in legal or regulatory requirements, it may be necessary to change this privacy policy. The current privacy policy can be viewed and printed by you at any time on the website at <a href="/sites/daskeyboard/privacy-policy/">https://www.daskeyboard.com/privacy-policy/</a>.</p>


        			</div>
        		</div>
        	</div>
        </section>
	</main>
<?php require 'structure/footer.php';?>
<?php require 'includes/footer-scripts.php';?>