

<h2>Privacy policy // 隐私政策 // 隱私政策</h2>

<p>
	<span>This privacy policy (&quot;Policy&quot;) describes how Website Operator (&quot;Website Operator&quot;,
		&quot;we&quot;, &quot;us&quot; or &quot;our&quot;) collects, protects and uses the personally identifiable
		information (&quot;Personal Information&quot;) you (&quot;User&quot;, &quot;you&quot; or &quot;your&quot;) may
		provide on the website and any of its
		products or services (collectively, &quot;Website&quot; or &quot;Services&quot;). It also describes the choices
		available to you regarding our use of your Personal Information and how you can access and update this
		information. This Policy does not apply to the practices of companies that we do not own or control, or to
		individuals that we do not employ or manage.</span>
	<span>本隐私政策（“政策”）描述了网站运营商（“网站运营商”，“我们”，“我们”或“我们的”）如何收集，保护和使用您的个人身份信息（“个人信息”）（“用户”）
		，“您”或“您的”）可以在网站及其任何产品或服务（统称为“网站”或“服务”）上提供。它还描述了您对我们使用您的个人信息以及如何访问和更新此信息的可用选择。
		本政策不适用于我们不拥有或控制的公司的做法，也不适用于我们不雇用或管理的个人的做法。 </span>
	<span>本隱私政策（「政策」）描述了網站運營商（「網站運營商」，「我們」，「我們」或「我們的」）如何收集，保護和使用您的個人身份信息（「個人信息」）（「用戶」）
		，「您」或「您的」）可以在網站及其任何產品或服務（統稱為「網站」或「服務」）上提供。它還描述了您對我們使用您的個人信息以及如何訪問和更新此信息的可用選擇。
		本政策不適用於我們不擁有或控制的公司的做法，也不適用於我們不僱用或管理的個人的做法。 </span>
</p>

<h2>Collection of personal information // 收集个人信息 // 收集個人信息</h2>

<p>
	<span>We receive and store any information you knowingly provide to us when you create an account, fill any online
		forms on the Website. When required this information may include your email address, name, phone number, or
		other Personal Information. You can choose not to provide us with certain information, but then you may not be
		able to take advantage of some of the Website's features. Users who are uncertain about what information is
		mandatory are welcome to contact us.</span>
	<span>我们收到并存储您在创建帐户时填写的任何信息，填写网站上的任何在线表格。 需要时，此信息可能包括您的电子邮件地址，姓名，电话号码或其他个人信息。 您可以选择不向我们提供某些信息，但您可能无法利用本网站的某些功能。
		如果用户不确定哪些信息是强制性的，欢迎与我们联系。</span>
	<span>我們收到並存儲您在創建帳戶時填寫的任何信息，填寫網站上的任何在線表格。 需要時，此信息可能包括您的電子郵件地址，姓名，電話號碼或其他個人信息。 您可以選擇不向我們提供某些信息，但您可能無法利用本網站的某些功能。
		如果用戶不確定哪些信息是強制性的，歡迎與我們聯繫。</span>
</p>

<h2>Collection of non-personal information // 收集非个人信息 // 收集非個人信息</h2>

<p>
	<span>When you visit the Website our servers automatically record information that your browser sends. This
		data may include information such as your device's IP address, browser type and version, operating
		system type and version, language preferences or the webpage you were visiting before you came to our
		Website, pages of our Website that you visit, the time spent on those pages, information you search for
		on our Website, access times and dates, and other statistics.</span>
	<span>当您访问网站时，我们的服务器会自动记录您的浏览器发送的信息。此数据可能包括您的设备的IP地址，浏览器类型和版本，操作系统类型和版本，语言首选项或您访问我们网站之前访问的网页，您访问我们网站的页面，花费的时间等信息。这些页面，您在我们网站上搜索的信息，访问时间和日期以及其他统计信息。
	</span>
	<span>當您訪問網站時，我們的服務器會自動記錄您的瀏覽器發送的信息。此數據可能包括您的設備的IP地址，瀏覽器類型和版本，操作系統類型和版本，語言首選項或您訪問我們網站之前訪問的網頁，您訪問我們網站的頁面，花費的時間等信息。這些頁面，您在我們網站上搜索的信息，訪問時間和日期以及其他統計信息。
	</span>
</p>

<h2>Managing personal information // 管理个人信息 // 管理個人信息</h2>

<p>
	<span>You are able to access, add to, update and delete certain Personal Information about you. The
		information you can view, update, and delete may change as the Website or Services change. When you
		update information, however, we may maintain a copy of the unrevised information in our records. Some
		information may remain in our private records after your deletion of such information from your account.
		We will retain and use your information as necessary to comply with our legal obligations, resolve
		disputes, and enforce our agreements. We may use any aggregated data derived from or incorporating your
		Personal Information after you update or delete it, but not in a manner that would identify you
		personally. Once the retention period expires, Personal Information shall be deleted. Therefore, the
		right to access, the right to erasure, the right to rectification and the right to data portability
		cannot be enforced after the expiration of the retention period.</span>
	<span>您可以访问，添加，更新和删除有关您的某些个人信息。您可以查看，更新和删除的信息可能会随着网站或服务的变化而变化。但是，当您更新信息时，我们可能会在记录中保留未经修改的信息的副本。从您的帐户中删除此类信息后，某些信息可能会保留在我们的私人记录中。我们将根据需要保留和使用您的信息，以履行我们的法律义务，解决纠纷并执行我们的协议。我们可能会在您更新或删除您的个人信息后使用从您的个人信息中获取或合并的任何汇总数据，但不能以识别您个人身份的方式使用。保留期到期后，应删除个人信息。因此，在保留期限到期后，无法执行访问权，删除权，纠正权和数据可移植性。
	</span>
	<span>您可以訪問，添加，更新和刪除有關您的某些個人信息。您可以查看，更新和刪除的信息可能會隨着網站或服務的變化而變化。但是，當您更新信息時，我們可能會在記錄中保留未經修改的信息的副本。從您的帳戶中刪除此類信息後，某些信息可能會保留在我們的私人記錄中。我們將根據需要保留和使用您的信息，以履行我們的法律義務，解決糾紛並執行我們的協議。我們可能會在您更新或刪除您的個人信息後使用從您的個人信息中獲取或合并的任何匯總數據，但不能以識別您個人身份的方式使用。保留期到期後，應刪除個人信息。因此，在保留期限到期後，無法執行訪問權，刪除權，糾正權和數據可移植性。
	</span>
</p>

<h2>Use of collected information // 使用收集的信息 // 使用收集的信息</h2>

<p>
	<span>Any of the information we collect from you may be used to personalize your experience; improve our
		Website; improve customer service and respond to queries and emails of our customers; send notification
		emails such as password reminders, updates, etc; run and operate our Website and Services. Non-Personal
		Information collected is used only to identify potential cases of abuse and establish statistical
		information regarding Website usage. This statistical information is not otherwise aggregated in such a
		way that would identify any particular user of the system.</span>
	<span>我们向您收集的任何信息都可能用于个性化您的体验;改善我们的网站;改善客户服务并回复客户的查询和电子邮件;发送密码提醒，更新等通知电子邮件;运行和运营我们的网站和服务。收集的非个人信息仅用于识别潜在的滥用案例，并建立有关网站使用情况的统计信息。否则，该统计信息不会以识别系统的任何特定用户的方式聚合。
	</span>
	<span>我們向您收集的任何信息都可能用於個性化您的體驗;改善我們的網站;改善客戶服務並回復客戶的查詢和電子郵件;發送密碼提醒，更新等通知電子郵件;運行和運營我們的網站和服務。收集的非個人信息僅用於識別潛在的濫用案例，並建立有關網站使用情況的統計信息。否則，該統計信息不會以識別系統的任何特定用戶的方式聚合。
	</span>
</p>

<h2>Privacy of children // 儿童的隐私 // 兒童的隱私</h2>

<p>
	<span>We do not knowingly collect any Personal Information from children under the age of 13. If you are
		under the age of 13, please do not submit any Personal Information through our Website or Service. We
		encourage parents and legal guardians to monitor their children's Internet usage and to help enforce
		this Policy by instructing their children never to provide Personal Information through our Website or
		Service without their permission. If you have reason to believe that a child under the age of 13 has
		provided Personal Information to us through our Website or Service, please contact us. You must also be
		old enough to consent to the processing of your personal data in your country (in some countries we may
		allow your parent or guardian to do so on your behalf).</span>
	<span>我们不会有意收集13岁以下儿童的任何个人信息。如果您未满13岁，请不要通过我们的网站或服务提交任何个人信息。我们鼓励父母和法定监护人监督孩子的互联网使用情况，并通过指示他们的孩子在未经他们许可的情况下不通过我们的网站或服务提供个人信息来帮助实施本政策。如果您有理由相信13岁以下的儿童通过我们的网站或服务向我们提供了个人信息，请与我们联系。您还必须年满，以便同意在您的国家/地区处理您的个人数据（在某些国家/地区，我们可能会允许您的父母或监护人代表您这样做）。
	</span>

	<span>我們不會有意收集13歲以下兒童的任何個人信息。如果您未滿13歲，請不要通過我們的網站或服務提交任何個人信息。我們鼓勵父母和法定監護人監督孩子的互聯網使用情況，並通過指示他們的孩子在未經他們許可的情況下不通過我們的網站或服務提供個人信息來幫助實施本政策。如果您有理由相信13歲以下的兒童通過我們的網站或服務向我們提供了個人信息，請與我們聯繫。您還必須年滿，以便同意在您的國家/地區處理您的個人數據（在某些國家/地區，我們可能會允許您的父母或監護人代表您這樣做）。
	</span>
</p>

<h2>Cookies</h2>

<p>
	<span>The Website uses &quot;cookies&quot; to help personalize your online experience. A cookie is a text
		file that is placed on your hard disk by a web page server. Cookies cannot be used to run programs or
		deliver viruses to your computer. Cookies are uniquely assigned to you, and can only be read by a web
		server in the domain that issued the cookie to you. We may use cookies to collect, store, and track
		information for statistical purposes to operate our Website and Services. You have the ability to accept
		or decline cookies. Most web browsers automatically accept cookies, but you can usually modify your
		browser setting to decline cookies if you prefer. If you choose to decline cookies, you will not be able
		to use and experience the features of the Website and Services. To learn more about cookies and how to
		manage them, visit <a target="_blank" href="https://www.internetcookies.org">internetcookies.org</a></span>
	<span>本网站使用“cookies”帮助个性化您的在线体验。 Cookie是由网页服务器放置在您的硬盘上的文本文件。 Cookie不能用于运行程序或将病毒传播到您的计算机。
		Cookie是唯一分配给您的，只能由向您发出cookie的域中的Web服务器读取。我们可能会使用cookie收集，存储和跟踪信息，以便统计用于运营我们的网站和服务。您可以接受或拒绝Cookie。大多数Web浏览器会自动接受Cookie，但如果您愿意，通常可以修改浏览器设置以拒绝Cookie。如果您选择拒绝cookie，您将无法使用和体验网站和服务的功能。要了解有关Cookie及其管理方式的更多信息，请访问<a
			target="_blank" href="https://www.internetcookies.org"> internetcookies.org </a>。 </span>
	<span>本網站使用「cookies」幫助個性化您的在線體驗。 Cookie是由網頁服務器放置在您的硬盤上的文本文件。 Cookie不能用於運行程序或將病毒傳播到您的計算機。
		Cookie是唯一分配給您的，只能由向您發出cookie的域中的Web服務器讀取。我們可能會使用cookie收集，存儲和跟蹤信息，以便統計用於運營我們的網站和服務。您可以接受或拒絕Cookie。大多數Web瀏覽器會自動接受Cookie，但如果您願意，通常可以修改瀏覽器設置以拒絕Cookie。如果您選擇拒絕cookie，您將無法使用和體驗網站和服務的功能。要了解有關Cookie及其管理方式的更多信息，請訪問<a
			target="_blank" href="https://www.internetcookies.org"> internetcookies.org </a>。 </span>
</p>

<h2>Do Not Track signals // 不跟踪信号 // 不跟蹤信號</h2>

<p>
	<span>Some browsers incorporate a Do Not Track feature that signals to websites you visit that you do not
		want to have your online activity tracked. Tracking is not the same as using or collecting information
		in connection with a website. For these purposes, tracking refers to collecting personally identifiable
		information from consumers who use or visit a website or online service as they move across different
		websites over time. How browsers communicate the Do Not Track signal is not yet uniform. As a result,
		this Website is not yet set up to interpret or respond to Do Not Track signals communicated by your
		browser. Even so, as described in more detail throughout this Policy, we limit our use and collection of
		your personal information.</span>
	<span>某些浏览器包含“请勿跟踪”功能，该功能会向您访问的网站发出信号，表明您不希望跟踪您的在线活动。跟踪与使用或收集与网站相关的信息不同。出于这些目的，跟踪是指从使用或访问网站或在线服务的消费者收集随着时间跨越不同网站的个人身份信息。浏览器如何传达Do
		Not Track信号尚不统一。因此，本网站尚未设置为解释或响应您的浏览器传达的Do Not Track信号。即便如此，正如本政策中更详细的描述，我们限制了对您个人信息的使用和收集。 </span>
	<span>某些瀏覽器包含「請勿跟蹤」功能，該功能會向您訪問的網站發出信號，表明您不希望跟蹤您的在線活動。跟蹤與使用或收集與網站相關的信息不同。出於這些目的，跟蹤是指從使用或訪問網站或在線服務的消費者收集隨着時間跨越不同網站的個人身份信息。瀏覽器如何傳達Do
		Not Track信號尚不統一。因此，本網站尚未設置為解釋或響應您的瀏覽器傳達的Do Not Track信號。即便如此，正如本政策中更詳細的描述，我們限制了對您個人信息的使用和收集。 </span>
</p>

<h2>Links to other websites // 与其他网站的链接 // 與其他網站的鏈接</h2>

<p>
	<span>Our Website contains links to other websites that are not owned or controlled by us. Please be aware
		that we are not responsible for the privacy practices of such other websites or third-parties. We
		encourage you to be aware when you leave our Website and to read the privacy statements of each and
		every website that may collect Personal Information.</span>
	<span>我们的网站包含非我们拥有或控制的其他网站的链接。请注意，我们不对此类其他网站或第三方的隐私惯例负责。我们建议您在离开我们的网站时注意并阅读可能收集个人信息的每个网站的隐私声明。 </span>
	<span>我們的網站包含非我們擁有或控制的其他網站的鏈接。請注意，我們不對此類其他網站或第三方的隱私慣例負責。我們建議您在離開我們的網站時注意並閱讀可能收集個人信息的每個網站的隱私聲明。 </span>
</p>

<h2>Information security // 信息安全 // 信息安全</h2>

<p>
	<span>We secure information you provide on computer servers in a controlled, secure environment, protected
		from unauthorized access, use, or disclosure. We maintain reasonable administrative, technical, and
		physical safeguards in an effort to protect against unauthorized access, use, modification, and
		disclosure of Personal Information in its control and custody. However, no data transmission over the
		Internet or wireless network can be guaranteed. Therefore, while we strive to protect your Personal
		Information, you acknowledge that (i) there are security and privacy limitations of the Internet which
		are beyond our control; (ii) the security, integrity, and privacy of any and all information and data
		exchanged between you and our Website cannot be guaranteed; and (iii) any such information and data may
		be viewed or tampered with in transit by a third-party, despite best efforts.</span>
	<span>
		我们在受控制的安全环境中保护您在计算机服务器上提供的信息，防止未经授权的访问，使用或披露。我们保持合理的管理，技术和物理保护措施，以防止在其控制和保管中未经授权的访问，使用，修改和披露个人信息。但是，不能保证通过因特网或无线网络的数据传输。因此，在我们努力保护您的个人信息的同时，您承认：（i）互联网的安全和隐私限制是我们无法控制的;
		（ii）您和我们网站之间交换的任何和所有信息和数据的安全性，完整性和隐私性均不能得到保证; （iii）尽管做出了最大努力，任何此类信息和数据仍可由第三方在传输过程中查看或篡改。 </span>
	<span>
		我們在受控制的安全環境中保護您在計算機服務器上提供的信息，防止未經授權的訪問，使用或披露。我們保持合理的管理，技術和物理保護措施，以防止在其控制和保管中未經授權的訪問，使用，修改和披露個人信息。但是，不能保證通過互聯網或無線網絡的數據傳輸。因此，在我們努力保護您的個人信息的同時，您承認：（i）互聯網的安全和隱私限制是我們無法控制的;
		（ii）您和我們網站之間交換的任何和所有信息和數據的安全性，完整性和隱私性均不能得到保證; （iii）儘管做出了最大努力，任何此類信息和數據仍可由第三方在傳輸過程中查看或篡改。 </span>
</p>

<h2>Data breach // 数据泄露 // 數據泄露</h2>

<p>
	<span>In the event we become aware that the security of the Website has been compromised or users Personal
		Information has been disclosed to unrelated third parties as a result of external activity, including,
		but not limited to, security attacks or fraud, we reserve the right to take reasonably appropriate
		measures, including, but not limited to, investigation and reporting, as well as notification to and
		cooperation with law enforcement authorities. In the event of a data breach, we will make reasonable
		efforts to notify affected individuals if we believe that there is a reasonable risk of harm to the user
		as a result of the breach or if notice is otherwise required by law. When we do, we will post a notice
		on the Website.</span>
	<span>如果我们发现本网站的安全性已被泄露或用户个人信息因外部活动（包括但不限于安全攻击或欺诈）而向无关的第三方披露，我们保留采取合理的适当措施，包括但不限于调查和报告，以及向执法机关发出通知和合作。如果发生数据泄露，我们将尽合理努力通知受影响的个人，如果我们认为由于违规或者法律另有要求通知会对用户造成合理的伤害风险。当我们这样做时，我们将在网站上发布通知。
	</span>
	<span>如果我們發現本網站的安全性已被泄露或用戶個人信息因外部活動（包括但不限於安全攻擊或欺詐）而向無關的第三方披露，我們保留採取合理的適當措施，包括但不限於調查和報告，以及向執法機關發出通知和合作。如果發生數據泄露，我們將盡合理努力通知受影響的個人，如果我們認為由於違規或者法律另有要求通知會對用戶造成合理的傷害風險。當我們這樣做時，我們將在網站上發佈通知。
	</span>
</p>

<h2>Legal disclosure // 法律披露 // 法律披露</h2>

<p>
	<span>We will disclose any information we collect, use or receive if required or permitted by law, such as
		to comply with a subpoena, or similar legal process, and when we believe in good faith that disclosure
		is necessary to protect our rights, protect your safety or the safety of others, investigate fraud, or
		respond to a government request.</span>
	<span>我们将披露我们在法律要求或允许的情况下收集，使用或接收的任何信息，例如遵守传票或类似的法律程序，以及我们真诚地相信披露是保护我们的权利，保护您的安全所必需的。或他人的安全，调查欺诈或回应政府要求。
	</span>
	<span>我們將披露我們在法律要求或允許的情況下收集，使用或接收的任何信息，例如遵守傳票或類似的法律程序，以及我們真誠地相信披露是保護我們的權利，保護您的安全所必需的。或他人的安全，調查欺詐或回應政府要求。 </span>
</p>

<h2>Changes and amendments // 变更和修改 // 變更和修改</h2>

<p>
	<span>We reserve the right to modify this Policy relating to the Website or Services at any time, effective
		upon posting of an updated version of this Policy on the Website. When we do we will revise the updated
		date at the bottom of this page. Continued use of the Website after any such changes shall constitute
		your consent to such changes.</span>
	<span>我们保留随时修改本网站或服务相关政策的权利，在本网站上发布本政策的更新版本后生效。当我们这样做时，我们将修改本页底部的更新日期。在任何此类更改后继续使用本网站即表示您同意此类更改。</span>
	<span>我們保留隨時修改本網站或服務相關政策的權利，在本網站上發佈本政策的更新版本後生效。當我們這樣做時，我們將修改本頁底部的更新日期。在任何此類更改後繼續使用本網站即表示您同意此類更改。</span>
</p>

<h2>Acceptance of this policy // 同意本政策 // 同意本政策</h2>

<p>
	<span>You acknowledge that you have read this Policy and agree to all its terms and conditions. By
		using the Website or its Services you agree to be bound by this Policy. If you do not agree to
		abide by the terms of this Policy, you are not authorized to use or access the Website and its
		Services.</span>
	<span>您承认您已阅读本政策并同意其所有条款和条件。使用本网站或其服务即表示您同意遵守本政策。如果您不同意遵守本政策的条款，则您无权使用或访问本网站及其服务。 </span>
	<span>您承認您已閱讀本政策並同意其所有條款和條件。使用本網站或其服務即表示您同意遵守本政策。如果您不同意遵守本政策的條款，則您無權使用或訪問本網站及其服務。 </span>
</p>

<h2>Contacting us // 联系我们</h2>

<p>
	<span>If you have any questions about this Policy, please contact us.</span>
	<span>如果您对本政策有任何疑问，请与我们联系。 </span>
	<span>如果您對本政策有任何疑問，請與我們聯繫。 </span>
</p>

<p>
	<span>This document was last updated on May 13, 2019</span>
	<span>本文档最后更新于 2019 年 5 月 13 日。</span>
	<span>本文檔最後更新於 2019 年 5 月 13 日。</span>
</p>