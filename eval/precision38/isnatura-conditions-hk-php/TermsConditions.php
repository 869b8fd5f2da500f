<style>
p{text-align:justify;}
h3{margin-bottom:10px;}
#TermsConditions{padding-right:20px;}
<?php iszh('p{font-size:15px;}'); ?>
</style>


<div id="TermsConditions" class="page_content">
<?php ec('
	<h3>Terms & Conditions</h3>
		<p>Thank you for visiting I.S. Natura Online Shop. By using our service, you are agreeing to all of the Terms & Conditions (hereinafter “the Agreement”) as follow.</p>
		<p>If you have any opinion about this site or this Terms & Conditions, please contact us（<a href="mailto:is@isnatura.com.hk">is@isnatura.com.hk</a>）. </p>
	<h3>Service</h3>
		<p>You shall use the Service according to the stipulations of Hong Kong laws and ordinances, regulations, and directives and rules; the Agreement; and the Privacy Policy, and Return & Refund Policy of us, separately established and shall use the Service after understanding and consenting to the same.</p>
	<h3>Purchasing Products</h3>
		<p>The Agreement governs all the goods and services provided by us. If you continue to purchase any goods or use any services in the Site, it means that you acknowledge and declare that you have read, understood and agreed to abide the terms and conditions herein. You need to provide complete and updated information in accordance with our stated requirements, including but not limited to your name, e-mail, contact number and delivery address and etc.</p>
		<p>When you wish to purchase a product from us, you shall request purchase of the product using a method specified by us. Make sure the quantity of the product are accurate, then confirm your delivery address and click “Confirm Order”. A contract exists between you and us when a verifying e-mail is to be sent to your e-mail provided.</p>
		<p>Once you selected the goods or services at this site, completed entering all payment information and confirmed the purchase order, the order cannot be cancelled or revised.</p>
		<p>The risk of all goods will be transferred to you when the goods are delivered to your designated delivery address, but We retain the title to the goods until you or the paying bank have settled the outstanding charges of the goods.</p>
	<h3>Shipping Method</h3>
		<p>We endeavor to dispatch all products ordered on the next working day (except Saturday, Sunday and public holiday of Hong Kong SAR) after the order has been placed and accepted by us.</p>
		<p>Normally the product will be arrived after 2 working days for local Hong Kong delivery, depends on the destination.</p>
		<p>We provide free local shipping on all orders above HKD 600 (after discounts and vouchers have been applied). Orders under HKD 600 will be subjected to a shipping fee of HKD 20 for local delivery and RMB 10 for delivery from Shenzhen / Guangzhou to mainland.</p>
		<p>Pleased be noted that sometimes the arrival time may be delayed because of various reasons such as adverse weather, traffic condition, remote areas, etc.</p>
		<p>Occasionally orders are returned to us as incorrect address, failed delivery attempts, unable to make import declarations or parcel refused by recipient. When an undeliverable product is returned to us, we will issue a refund by deducting the original shipping fee, handling fee and re-stocking fee.</p>
		<p>We do not bear any responsibility for any forfeiture, fines, returns, or other measures taken due to purchase or use prohibitions or limitations in the country to which you belong.</p>
		<p>Please also see “Shipping and Returns ”for details.</p>
	<h3>Free shipping</h3>
		<p>In case you choose to use the forwarder that we recommended and your order reaches a particular Net Order Amount as specified in our Shipping and Returns page, we will pay the shipping fee to the forwarder on your behalf. Your order will be shipped by the shipping method specified for free.</p>
	<h3>Payment Method</h3>
		<p>You are responsible to pay the total of the price of the product, handling fees and delivery fee listed on this site. For overseas customers, you may have to pay for any extra customs and duties.</p>
		<p>Payment for products purchased can be made through Visa Card, Master Card, PayPal and Alipay (支付寶)。</p>
	<h3>Return and Refund</h3>
		<p>Returns of products are only permitted for reasons owing to the fault of us such as product defects, wrongful delivery, or other reasons caused by us. Please contact us (<a href="mailto:is@isnatura.com.hk">is@isnatura.com.hk</a>) before you return the product to us. We will only return the payment amount relating to the product in question after you return the product according to a procedure separately established by us within 10 days.</p>
		<p>Please also see Return and Exchange for details.</p>
	<h3>Intellectual Property</h3>
		<p>The content of this site, the products and information which has been licensed and authorized by the owner or licensee are our property. The copyright, trademarks, service marks, patents or other intellectual proprietary rights are belonging to us or the product and information provider or the licensee of the said product. You shall not modify, reproduced or distributed the whole or any part of the content. About the content of this site, you do not have any rights to use any part of its content unless it has been approved by the Agreement herein.</p>
	<h3>Changes to Agreement</h3>
		<p>We reserve the absolute right to modify the terms and conditions, the description of products and scope of services and other features. We shall not be liable for any loss or damage resulting from such modification. After the Terms herein are revised, your continued use of this site shall constitute your acknowledgement and acceptance of such amendments.</p>
		<p>Should there be any discrepancy between the English and Chinese versions of these terms and conditions, the English version shall prevail.</p>',
		'
		<h3>條款&條件</h3>
		<p>歡迎光臨I.S. Natura Online Shop 購物網站。當您在我們的網站上購物或從享用其他服務，即代表您同意以下的使用條款。</p>
		<p>如您有任何關於使用條款的查詢，請與我們聯絡（<a href="mailto://is@isnatura.com.hk">is@isnatura.com.hk</a>）。</p>
 
		<h3>服務</h3>
		<p>除了本條款裡另外特別規定之外，您應在了解香港法律、法規、通知及條例，以及本公司另行規定的個人資料保護條款、退貨或退款條款之後，方可按本條款的要求使用本服務。</p>
  
		<h3>購買商品</h3>		<p>您透過本網站購買的所有貨品或服務均在本條款的規限下進行。您在本網站選購貨品或服務，即表示您確認及聲明，您經已閱讀、理解並同意遵守本條款。</p> <p>您在選購時須依照我們在網頁列明的要求，提供完整和最新的資料包括（但不限於）您的姓名、電郵地址、電話號碼及送貨地址等。</p>		<p>您希望購買本網站登載的商品時，應按照我們指定的方法提出購買申請，確認商品數量後，確認送貨地址無誤，點擊「確認訂單」的按鈕，在確認訂貨內容的郵件寄送給您所提供的電郵地址之時開始，您和我們之間的商品買賣合約立即生效。</p>
		<p>您於本網站上揀選貨品或服務、填妥付款資料及確認購買後，您即不能再取消或變更有關購買要求。</p>		<p>所有貨品的風險均於貨品送達您指定的送貨地址時轉移至您身上，但我們保留該等貨品的所有權直至您或付款銀行支付所有貨價為止。</p>
 
		<h3>派送方法</h3>
		<p>我們會在收到您的訂單後的下一個工作天（星期六、日及香港公眾假期除外）把您的商品寄出。</p>
		<p>在正常情況下，您的商品將會在兩個工作天後到達，亦需要視乎目的地地區範圍而定。</p>		<p>扣除所有折扣或優惠後，購物滿港幣600元，我們會提供免費本地派送服務。港幣600元或以下的訂單，我們會收取港幣20元作為本地運費，人民幣10元為從深圳／廣州至內地各省。</p>
		<p>請注意，由於天氣、交通情況或個別偏遠地區，派送時間可能會有延誤。</p>		<p>在某些情況下，例如地址不正確、不能派送、商品被拒入境或顧客拒絕簽收，商品將會被退還給我們。扣除運費、手續費及存倉費後，我們會進行退款。</p>
		<p>我們對由於您所在國家或地域的進口或禁止使用上的限製而導致的沒收、罰款、退回等事件不負任何責任。</p>
		<p>詳細請參閱運費＆送貨方法。</p>
		 
		<h3>免費送貨</h3>		<p>如閣下的訂單達到要求之訂單總淨值（見於運送和退貨條款頁），並同時選用本公司建議的貨運公司送貨服務，本公司將會代為支付運費。閣下之該訂單可享本公司指定的免費送貨服務。</p>

		<h3>付款方法</h3>		<p>您將需要承擔本網站所顯示的商品價格、手續費及送貨費用的合計金額。運送至香港以外地區或國家時，您可能需要承擔各種稅項。</p>
		<p>關於本服務中所購商品的費用可通過匯財卡 (Visa Card) 、萬事達卡(MasterCard) 貝寶 (PayPal) 、或支付寶支付。 </p>
		 
		<h3>退貨及退款</h3>		<p>我們只接受因商品瑕疵、送錯和其他因我們的責任而應予退貨。如有涉及上述情況，請您在收到商品後10日內與我們的客戶服務部聯絡進行退貨手續，我們會就該商品相關的支付金額退款。</p>
		<p>詳細請參閱退貨及退款條款。 </p>
		 
		<h3>知識產權</h3>		<p>本網站內的內容均為我們的財產，或由我們取得有關產品及資訊供應商或其所有權人之特許、授權使用。有關版權、商標、服務標記、專利權或其他所有權的權利乃屬於我們或有關產品及資訊供應商或其所有權人所有的。您不得修改、轉載或發放其全部或部份內容。有關本網站的內容，閣下並無任何權利；除非獲得本條款許可，否則您不得使用其任何內容。</p>
		 
		<h3>條款修改</h3>
		<p>我們保留絕對權利修改本條款、各項產品及服務及其他特色，我們將不會承擔任何因此而引致的損失或損害。 在修訂本條款後，您仍繼續使用本網站，即表示您確認及接受該等修訂。</p>
		<p>中文譯本僅供參考，文義如與英文本有歧義，概以英文本為準。</p>
		');
?>
		
</div>
