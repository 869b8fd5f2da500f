<style>
p{text-align:justify;}
<?php iszh('p{font-size:15px;}'); ?>
</style>
<div id="page_private" class="page_content">
	<h3><?php ec('Collection of Information','收集資料'); ?></h3>
		<p><?php ec('This website will record the visits to I.S. Natura by using cookies and page tagging without collecting any personal identifiable information of users.','I.S. Natura 會使用小型文字檔案 (cookies) 及網站信標 (page tagging) 記錄此網站的瀏覽情況，但不會收集任何足以辨識使用者身分的資料。'); ?></p>
		
	<h4><?php ec('Cookies','小型文字檔案 （cookies）'); ?></h4>
		<?php ec('<p>A cookie is a small amount of data created in a computer when a person visits a website on the computer. It often includes an anonymous unique identifier. A cookie can be used to identify a computer. It, however, is not used to collect any personal information. In other words, it does not have the function of identifying an individual user of the website.</p>
		<p>Cookies are used by this website to collect statistics about the number of visits of users to I.S. Natura and the users’ preference of websites and online services offered on I.S. Natura.</p>
		<p>You may choose to accept or reject cookies. If you reject the cookies, you will not be able to use some of the functions of I.S. Natura, such as saving your preferences in using the I.S. Natura and accessing some online services.</p>',
		'<p>當使用者電腦瀏覽一個網站時，小型文字檔案會建立於電腦內，這種檔案通常包含匿名而獨有的識別符，用以辨識個別電腦，但不能用以收集任何個人資料，即是說，不具備辨識網站個別使用者的功能。我們使用小型文字檔案收集的 I.S. Natura 統計資料包括瀏覽人次、使用者對網站及 I.S. Natura 提供的網上服務的喜好。</p>
		<p>您可選擇接受或拒絕貯存小型文字檔案。如您拒絕貯存小型文字檔案，將不能使用I.S. Natura 的某些功能，例如貯存你使用此網站瀏覽喜好及登入此網站的某些網上服務。</p>');
		?>
		
	<h4><?php ec('Page tagging','網站信標（Page tagging）'); ?></h4>
		<?php ec('<p>Javascript and pixel tags are used to collect statistics on customer usage patterns of this website online services offered on I.S. Natura; and for tracking the performance of our online advertisements. A pixel tag is a transparent image placed on certain webpages to collect data on user activities. The collected data are aggregated and analysed for measuring the effectiveness, improving the usability of I.S. Natura and the services / online advertisements provided on I.S. Natura. No personal or identifiable information about a visitor would be collected.</p>
		<p>You may disable JavaScript on your computer. Disabling JavaScript should not affect your access to I.S. Natura, but you will not be able to use some of the I.S. Natura functions, such as changing text size and accessing this website online services offered through I.S. Natura.</p>',
		'<p>I.S. Natura 使用 JavaScript 及 像素標籤 （pixel tags） 收集客戶在此網站的使用模式和 I.S. Natura 網上服務的使用模式等統計資料，以及追蹤I.S. Natura 網上廣告的成效。像素標籤是放在特定網頁上的透明圖檔，用以收集瀏覽數據。收集得來的數據經整合及分析後，會用作量度成效，用以改善此網站的易用性及I.S. Natura 提供的服務／網上廣告，但不會用以收集個人資料或足以辨識個別使用者的資料。</p>
		<p>您可關閉電腦上的JavaScript，關閉JavaScript不會影響您登入此網站，但您將不能使用此網站某些功能，例如改變文字大小和透過此網站登入I.S. Natura 的網上服務。</p>
		'); ?>
		
	<h3><?php ec('Provision of Personal Data','提供個人資料'); ?></h3>
		<?php ec('<p>For different purposes and at different times you may be invited to provide personal data to this website on a voluntary basis. Personal information may include name, telephone number, mailing address or e-mail address. This website will specify the collection purpose and intended usage of your data when it invites you to provide such information and advise you how you may request access to or correction of the personal data provided.</p>
		<p>Unless permitted or required by law, this website will not disclose your personal data to any third parties without your prior consent.</p>
		<p>I.S. Natura uses SSL protocol to encrypt data during network transmission to protect your personal data. All personal data you provide to the this website are secured, and access to them is restricted to authorised personnel only.</p>',
		'<p>I.S. Natura 可能會於不同期間及為個別原因，邀請您自願提供個人資料。此等資料可能包括姓名、電話號碼、郵寄地址或電郵地址。I.S. Natura 邀請你提供資料時，會列明收集資料的目的和用途，並會告知您如何要求查閱或改正所提供的個人資料。</p>
		<p>除非法律許可或有所規定，I.S. Natura不會在未得到您的同意下透露您的個人資料予第三者。I.S. Natura 使用保密插口層（SSL）通訊協定傳送網上登記的資料，以確保您的個人資料得到保護。I.S. Natura 會將您於此網站提供的個人資料保密，只有獲得授權的人士才可查閱。</p>
		'); ?>
			
	<h3><?php ec('Search Service','搜尋服務'); ?></h3>
		<?php ec('<p>Search service on this website is provided by an independent contractor. We are advised by the independent contractor that it does not collect personal identifiable information while serving search results through I.S. Natura. The independent contractor will share the anonymous data it collects through the search service with this website for compiling traffic analysis. This website will not match the data obtained from any such search activity with any personal data possibly.</p>
		<p>This Privacy Policy has been translated into Chinese. If there is any inconsistency or ambiguity between the English version and the Chinese version, the English version shall prevail.</p>',
		'<p>此網站的搜尋服務是由一個獨立承辦商提供。該獨立承辦商通知我們該公司於此網站提供搜尋結果時，不會收集可識別個人身分的資料。但該獨立承辦商會將您一些經由使用搜尋服務所得的匿名資料交予我們，作我們網站流量分析之用。</p>

		<p>＊此中文私隱政策為英文版本譯本，如中、英文兩個版本有任何抵觸或不相符之處，應以英文版本為準。</p>'); 
		?>
</div>