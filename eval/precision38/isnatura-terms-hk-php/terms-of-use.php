<style>
#page_team_off_use{padding-right:20px;}
p{text-align:justify;}
<?php iszh('p{font-size:15px;}'); ?>
</style>
<div id="page_team_off_use" class="page_content">
	<h3><?php ec('Terms of Use','使用條款'); ?></h3>
		<p><?php ec('Welcome to isnatura.com.hk, to ensure a safe, enjoyable environment for all our users, we have established our Terms of use. They spell out what you can expect from us and what we expect from you. Please note that by accessing any area of this site, you agree to be bound and to abide by these Terms of Use.','歡迎瀏覽isnatura.com.hk，為了使你獲得安全和愉快的購物經驗，我們列明以下的使用條款， 使你更明白我們對雙方的期望。請留意，當你瀏覽此網站中任何一個網頁，代表你已接受並遵守這些條款。'); ?></p>

	<h3><?php ec('Compliance with laws','遵守法律'); ?></h3>
		<?php ec('<p>I.S. Natura (H.K.) Limited is a company incorporated under the laws of Hong Kong. We operate in Hong Kong and comply with all the laws and regulations of Hong Kong. All our products are in compliance with all the requirements and specifications under the laws of Hong Kong. We are not in a position to guarantee compliance with specific local requirements or specifications under the local jurisdictions of customers.</p>
		<p>We recommend delivery services for shipping of the products you ordered. However, you may contact us to make your own arrangement if you prefer other delivery services or forwarders. Unless specified clearly, our products and shipment fees are denominated in HK dollars, all orders placed are transacted in HK dollars.</p>',
		'<p>I.S. Natura (H.K.) Limited 乃根據香港法律成立的公司。本公司於香港營運並符合所有香港法律和法規。本公司提供的所有產品均符合香港所有法律的要求及規格。我們不能確保該等產品符合顧客所在地特定之法律要求及規格。</p>
		<p>有關訂單的送貨服務，本公司有建議的貨運服務公司。然而，如閣下希望自行選用其他貨運服務或貨運公司，歡迎閣下與本公司聯絡。如非特別註明，本公司產品及運輸費以港元計算，所有訂單均以港元進行交易。</p>'); 
		?>

	<h3><?php ec('Use of forwarder','使用貨運服務'); ?></h3>
		<?php ec('<p>I.S. Natura recommend delivery services (TA-Q-BIN and S.F. Express) for shipping of the products you ordered. Your rights regarding the delivery of the products shall be governed by the terms and conditions of such a forwarder, which will be available for perusal upon request. By choosing the forwarder we recommend, you agree that we will appoint such a forwarder to handle all the aspects of the delivery on your behalf. We will not be responsible for any act or failure to act on the part of such a forwarder. We disclaim any liability whatsoever and you assume all risks and liabilities associated with its use.</p>
		<p>However, you are free to choose other delivery services or use whichever forwarder for the delivery. In case you wish to use a forwarder which is different from our own suggestions, please contact our Customer Service Department by email (<a href="mailto:is@isnatura.com.hk">is@isnatura.com.hk</a>). The delivery time may take longer if you choose your own forwarder.</p>',
		'<p>有關訂單的送貨服務，本公司有建議的送貨服務（宅急便和順豐速運）。閣下在貨品運送方面的權利受相關貨運公司的條款及細則所約束，你可要求參閱該等條款及細則。如閣下選用本公司建議的貨運公司，就代表同意本公司委託該公司為你處理一切有關貨運事宜。本公司不會就相關貨運公司的任何行為或失當而負責。本公司就此聲明，不會承擔閣下使用相關貨運公司引致的風險及責任。</p>
		<p>然而，閣下可以自由選用其他貨運服務或貨運公司送貨。倘若閣下選用本公司建議以外的貨運公司，請於電郵至 is@isnatura.com.hk 與本公司的客戶服務代表聯絡。如閣下選用其他貨運公司，可能需要較長的貨運時間。</p>'); 
		?>

	<h3><?php ec('Our trademarks, service marks and copyright','本公司的商標、服務標誌及版權'); ?></h3>
		<?php ec('<p>The following trademarks and service marks belong to I.S. Natura (H.K.) Limited and all rights in them are reserved: I.S. Natura, AVANTARI, 仙源. All graphics, logos, service marks and trademarks appear on isnatura.com.hk may not be used without the prior written consent of I.S. Natura (H.K.) Limited.</p>
		<p>All content on our site, including design, text, graphics, logos, button icons, images, software and audio clips; any improvements or modifications to such content; any derivative works thereof; the collection, arrangement and assembly of all content appearing on isnatura.com.hk, are the exclusive property of I.S. Natura and are protected by Hong Kong and international copyright and other applicable intellectual property laws.</p>',
		'<p>以下的商標及服務標誌 (I.S. Nautra, AVANTARI, 仙源)屬於 I.S. Natura (H.K.)Limited擁有 ， 本公司保留所有追討的權利。isnatura.com.hk 內所有圖片、設計、標誌、服務標誌及商標，皆不可在沒有I.S. Natura 的允許下作任何的用途。</p>	<p>所有在此網站的內容包括設計、文章、圖片、標誌、按鈕鍵、形象、軟件、聲音資料的任何改動、抽取、收集、重組及集結皆受香港及國際版權業及任何可引用的知識產權法例所保護。</p>'); 
		?>

	<h3><?php ec('Use of Site','網站使用'); ?></h3>
		<p><?php ec('This site may currently only be used as a shopping resource or to conduct on-line communications. You may not distribute or commercially exploit the site or any part of its content (whether by reproduction, retransmission, dissemination, sale, broadcast, circulation, republication, amendment, re-delivery using "framing" or similar technology or otherwise). Any use of the on-line communication features of this site may only be used for lawful purposes and you may not post or transmit any material which is objectionable (whether harmful, threatening or otherwise); I.S. Natura reserves the right (but without the obligation or liability) to prohibit or remove any such material.','本網站目前只用作提供網上資訊及作為購物媒介用途。網站上的所有內容不得分發作任何商業用途， （包括重製、傳送、散播、出售、播放、發行、重刊、改寫、或以相同的格式或技術再傳遞）。本網站信息溝通內容只可在合法途徑下使用，所有違反（任何具傷害性及恐嚇性）本網站條款的資料皆不得張貼及傳送，I.S. Natura 保留權利（但沒有義務及責任）禁止及移除這些資料。'); ?></p>

	<h3><?php ec('Disclaimer','聲明'); ?></h3>
		<p><?php ec('The site and its content are provided on an "as is" basis without warranties of any kind, whether express or implied (except only as may be implied by applicable law). I.S. Natura is only providing a venue for the sale of products on its site and shall not be liable for any direct, indirect, incidental, special, consequential or exemplary damages (including damages for loss of profit or intangible loss related to your use of the site or use of any of the products purchased at its site).','此網站及其內容是在現有資料的基礎上提供，I.S. Natura 只提供網上購物之場所因此我們並不會因網站內容或因使用網上所購之產品所引起的任何損失而作直接、間接、意外、衍生性的及懲罰性的損害賠償 （包括金錢利益及無形的損失）及負上法律責任（除了法律上已隱含的的條例）。'); ?></p>

	<h3><?php ec('Indemnity and Limitation of Liability','賠償及責任限制'); ?></h3>
		<p><?php ec('You agree to indemnify, defend and hold harmless this site from and against all losses, expenses, damages and costs (including reasonable legal fees) arising from any breach of these Terms of Use or any other activity by you in connection with your use of the site. You further agree that I.S. Natura shall not be held liable howsoever for your use of the site and you agree to waive all claims that you may have against I.S. Natura for any loss or damages you may sustain in connection with your use of the site. In the event that this disclaimer is unenforceable, the total liability of I.S. Natura, if any, for losses or damages shall not exceed the fees you paid for the particular service or product upon which liability is based.','若你在使用此網站時，因閣下違反訂購條款或任何行動而令 I.S. Natura 招致損失， I.S. Natura 的損失、支出、毀壞及費用（包括合理的法律費用）。你同意 I.S. Natura 不會為你因使用本網站而招致的損失，負上任何法律責任，也同意放棄追究 I.S. Natura 任何賠償。如果此項聲明不適用於個別的例子， I.S. Natura 的責任不會超過你在本網站購買產品或服務所付出的金額。'); ?></p>
	
	<h3><?php ec('Links to other sites','其他網站連結'); ?></h3>
		<p><?php ec('Occasionally, I.S. Natura may make available a link to a third party\'s web site. These links will let you leave this site. The linked sites are not under I.S. Natura control and I.S. Natura is not responsible for the contents of any linked site or any link contained in a linked site, or any changes or updates to such sites. I.S. Natura is not responsible for webcasting or any other form of transmission received from any linked site. I.S. Natura provides the links only as a convenience. I.S. Natura does not endorse the site or its use or contents.','I.S. Natura會提供其他網站的連結，當你選這些連結，你便會離開本網站。這些連結的網站並非在I.S. Natura控制之內，故我們不會對該網站的內容、其連結網站的內容及其內容的更新及轉變負上責任。I.S. Natura提供網站連結是為了方便你，我們不會負責刊登或接收任何這些連結網站的內容，而這些網站的使用及內容也不能代表我們的立場。'); ?></p>	
		
	<h3><?php ec('Privacy Policy','私隱政策'); ?></h3>
		<p><?php ec('You agree to our use of information about you as described in our privacy policy.','閣下同意我們按私隱條款所列明的用途，使用你的資料。'); ?></p>	
	
	<h3><?php ec('Termination','停止使用'); ?></h3>
		<p><?php ec('I.S. Natura may terminate or suspend your access to all or part of the site, without notice, for any conduct that Sasa.com, in its sole discretion, believes is in violation of any applicable law or is harmful to I.S. Natura or a third party.','當我們發現有任何危害I.S. Natura、第三者或違反法律的行為，I.S. Natura有權在不預先通知的情況下，暫停或終止任何人進入本網站的所有或部份網頁。'); ?></p>
	
	<h3><?php ec('Notice','通告'); ?></h3>
		<p><?php ec('I.S. Natura may deliver notices to you by means of electronic mail, a general notice on Sasa.com or by post. You may give notice to I.S. Natura at any time by means of electronic mail to I.S. Natura (<a href="mailto:is@isnatura.com.hk">is@isnatura.com.hk</a>)','I.S. Natura 會透過電郵、網頁張貼及郵遞方式，把通告傳送給您。您也可利用電郵方式把通告寄給本公司(is@isnatura.com.hk)。'); ?></p>
	
	<h3><?php ec('Modification of Terms','條款修改'); ?></h3>
		<p><?php ec('These Terms of Use (including the order terms contained in the Help page) may be modified from time to time. You should therefore read these Terms of Use and the order terms before you place any order.','這些使用條款（包括支援內的訂購條款）將會在有需要的時侯作出修改，故閣下在本網站購物之前，請先詳細閱讀使用條款及訂購條款。'); ?></p>
	<h3><?php ec('Governing Law','法律監管'); ?></h3>
		<?php ec('<p>These Terms of Use (including the order terms contained in the Help page) shall be governed by and construed in accordance with the laws of Hong Kong Special Administrative Region. You irrevocably agree that the courts of Hong Kong Special Administrative Region shall have exclusive jurisdiction in relation to any claim or dispute concerning or arising from these Terms of Use and the order terms.</p>
		<p>These Terms of Use were last updated on August 2013</p>','<p>這些使用條款（包括支援內的訂購條款）將受香港的法律監管及按香港特別行政區的法律理解，你同意香港特別行政區法庭對於任何 關於使用條款及訂購條款的爭論及追討有專有的審判權。 網站中的中英內容(包括所有私隱政策及使用條款)如有任何差異，概以英文版本為準。</p><p>使用條款更新於：2013年8月</p>'); ?>
</p>
		
</div>