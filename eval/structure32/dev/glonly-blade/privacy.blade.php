@include('share.html_modal_head')
<body class="modal-body">
<!--[if gte IE 8]><!-->
<div id="modal-wrapper">
	<div id="modal-page">
		<div id="modal-page-inner">
			<h3>隱私權政策</h3>
			<div>
				<p>我們會使用以下技術，包含Cookie（存儲瀏覽器中，含有字元字串的小檔案）、local Storage、 web beacons、或匿名識別字（匿名識別字為亂數產生的字元字串，與 Cookie 的用途相同）等，來匿名識別計算機或設備，以提供更好的使用體驗。我們的網站也會記錄瀏覽器版本，操作系統及IP地址。</p>
				<p>我們會收集你提供給我們的個人識別信息，例如：姓名，地址，電話號碼或電子郵件地址。我們的網站並不會建立 <em>個人識別訊息</em> 與 <em>你的活動</em> （如：您瀏覽的網頁、點擊的連結或搜尋記錄）之間的關聯。</p>
				<p>我們可能會永久保存相關匿名記錄和瀏覽記錄。</p>
				<p>我們不會透漏你的個人身份信息（包含：姓名，地址，電子郵件或電話）給任何第三方公司或單位。</p>
				<p>如果您對我們的隱私政策有任何問題或疑慮，請聯繫我們：2013yurionly@gmail.com</p>
				<p>本隱私權政策的最後更新日期為：2013年05月05日。我們的隱私權政策可能會不定時改變。如果我們對我們的政策做任何重大的變化，我們會在我們的網站或應用程式放置醒目的通知。若是會對註冊用戶產生重大影響，亦會透過電子郵件，手機推送或文字發送通知。</p>
			</div>
			<h3>Privacy Policies</h3>
			<div>
				<p>We use technologies like cookies (small files stored by your browser), local Storage, web beacons, or unique device identifiers to anonymously identify your computer or device so we can deliver a better experience. Our websites also log information like your browser, operating system and IP address.</p>
				<p>We also may collect personally identifiable information that you provide to us, such as your name, address, phone number or email address. Our websites are not designed to associate <em>personal information</em> with <em>your activities</em> (such as pages you view or things you click on or search for).</p>
				<p>We may keep data indefinitely.</p>
				<p>We generally do not share personally identifiable information (such as name, address, email or phone) with other companies.</p>
				<p>If you have any questions or concerns about our privacy policies, please contact us: 2013yurionly@gmail.com</p>
				<p>This privacy policy was last updated on 2013/05/05. Our privacy policy may change from time to time. If we make any material changes to our policies, we will place a prominent notice on our website or application. If the change materially affects registered users, we will send a notice to you by email, push notification or text.</p>
			</div>
		</div>
	</div>
</div>
@include('share.html_modal_foot')
<!--<![endif]-->
@include('share.outdated_browser')
</body>
</html>