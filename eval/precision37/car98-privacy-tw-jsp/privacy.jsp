<%@ page language="java" contentType="text/html; charset=UTF-8"
	pageEncoding="UTF-8"%>
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>網站使用條款</title>
<link rel="stylesheet"
	href="https://stackpath.bootstrapcdn.com/bootstrap/4.5.2/css/bootstrap.min.css"
	integrity="sha384-JcKb8q3iqJ61gNV9KGb8thSsNjpSL0n8PARn9HuZOnIxN0hoP+VmmDGMN5t9UJ0Z"
	crossorigin="anonymous" />

<script
	src="https://stackpath.bootstrapcdn.com/bootstrap/4.5.2/js/bootstrap.min.js"
	integrity="sha384-B4gt1jrGC7Jh4AgTPSdUtOBvfO8shuf57BaghqFfPlYxofvL8/KUEfYiJOMMV+rV"
	crossorigin="anonymous"></script>
<link rel="stylesheet"
	href="https://use.fontawesome.com/releases/v5.14.0/css/all.css"
	integrity="sha384-HzLeBuhoNPvSl5KYnjx0BT+WB0QEEqLprO+NBkkk5gbc67FTaL7XIGa2w1L0Xbgc"
	crossorigin="anonymous" />
<link rel="stylesheet" href="privacy.css">


<style>
#carouselExampleFade .carousel-inner .carousel-item img {
	height: 720px;
}

.footer-bottom {
	margin-top: 1em;
	/* border-top: 1px solid #DDDDDD; */
	padding-top: 10px;
	padding-bottom: 5px;
}

.footer-bottom p.pull-left {
	padding-top: 6px;
	font-size: 0.5em;
	display: flex;
	align-items: center;
	justify-content: center;
}

.bg-cover {
	background-size: cover;
}

body {
	background-image: url(./image/Desktop.png);
	background-position: center;
	background-attachment: fixed;
	background-repeat: no-repeat;
	background-size: cover;
}
</style>
</head>
<body >
	<!-- navbar -->
		<jsp:include page="/fragment/topIndex.jsp" />
	<!--Main Area -->
	<section class="my-5">

		<div class="container text-white main">
			<div class="row">
				
				<div class="col-12 main text-center">
					<h2>網站使用條款</h2>
				</div>
				<div class="col-12">
					歡迎您使用CAR98平台 <br>
					<p>
						Car98平台是由「本公司」所經營之電子商務平台，並依據本平台使用條款及其他相關規範或公告提供您相關服務。您第一次購物前，請詳細閱讀並同意本平台使用條款後，再行填寫您的基本資料以完成購物流程。您完成前述購物流程，即表示您已經閱讀、瞭解並同意接受本平台使用條款之全部內容與約定，如不同意本平台使用條款之全部或部分者，請勿填寫基本資料及完成後續購物流程。
						您同意本公司有權因應營運之需求，隨時調整本平台使用條款，除對您已完成之購物權益有重大影響外，本公司將不會個別通知。本平台使用條款之最新內容，將公布於本平台首頁或註冊頁連結，您於每次進行購物前，均可詳細閱讀，以維護您的權益。您於任何修改或變更之後繼續使用本平台服務，將視為您已經閱讀、瞭解並同意接受相關修改及變更。如您不同意本平台使用條款之修改或變更，請停止使用本平台相關服務。
						若您尚未滿二十歲，請您在父、母或監護人的陪同下，詳閱本平台使用條款並同意後，才進行相關購物流程。您及法定代理人或監護人均同意後續在本平台之購物行為，屬於日常生活所必須，並擔保已取得法定代理人或監護
					</p>
				</div>
				<div class="col-12 mt-5">
					<h5>【帳號、密碼】</h5>
					<br> 一、&nbsp;
					本平台為保障交易安全，將以您申請所填寫的電子郵件信箱或手機號碼作為帳號，並由您自行選定一組密碼作為個人登入辨識使用，您可依需要自行變更個人密碼。請勿使用與其他平台相同之密碼，並經常變更您的個人密碼，以維護您帳號的安全
					<br> 二、
					您同意就您的帳號與密碼善盡保管與保密之責任，包含但不限於：不洩漏帳戶、密碼予第三人、不與他人共用帳號、密碼、適時登出本平台等。除經證明係第三人違法使用之情形，您須為利用您所設定之正確帳號、密碼登入之使用行為負全部責任，不得任意否認交易。
					<br> 三、
					您聲明並保證您所填寫之基本資料為您正確且完整的資料，不得使用他人資料，如有違反前開保證，本公司有權暫停或終止您的帳號，並拒絕您使用本公司的服務。
					<br> 四、
					您的帳號若有被冒用、盜用之情形，應立即通知本公司，以避免損害擴大。本公司將協助暫停該帳號相關交易及後續利用，並於釐清帳號使用問題後，依您的請求重新設定密碼開通使用。
					<br>

				</div>
				<div class="col-12 mt-5">
					<h5>【個人資料保護】</h5>
					<br>
					<p>
						本公司於您每次交易或參加活動時，為提供本公司相關服務及行銷之目的，蒐集、處理及利用您的個人資料。有關個人資料相關應告知事項，請參閱Car98隱私權保護政策。</p>
					<br>
					<p>
						您同意本公司得不定期發送商品訊息至您的電子郵件位址。若您欲訂閱、停止訂閱或修改相關訂閱設定，您可連結至本平台（首頁/訂閱電子報）進行訂閱或取消。
						本公司將遵守個人資料保護相關法令的規定，除依本平台使用條款、隱私權政策或法律規定外，不會違法利用您的個人資料。在下列的情況下，本公司有可能會提供您的個人資料給相關機關，或主張其權利受侵害並提示司法機關正式文件之第三人：
					</p>
					<br> 一、 依法令或受檢警調、司法機關或其他有權機關基於法定程序之要求； <br> 二、
					在緊急情況下為維護其他客戶或是第三人之合法權益； <br> 三、 為維護本平台的正常運作； <br> 四、
					為提供本公司相關服務產生的金流、物流或其他協力廠商或合作廠商必要資訊； <br> 五、
					使用者有任何違反政府法令或本平台使用條款之情形。 <br>
					本平台可能因廣告或其他合作促銷活動而包含其他平台之連結，您點選該等連結至其他平台，即不適用本平台使用條款及隱私權政策之規範。您須自行判斷各該平台相關條款對您的權益保障是否足夠，再決定是否使用該平台服務。

				</div>
				<div class="col-12 mt-5">
					<h5>【交易注意事項】</h5>
					<br>
					<p>本平台所提供之商品數量有限，請您於挑選後儘速完成訂購程序，放入購物車不代表您已完成訂購，若有其他使用者在您完成訂購程序前已經完成訂購程序，系統會通知您該筆商品已售畢，請您自購物車移除。
						您得依據本平台所提供的確認商品數量及價格機制進行下單。本公司對您的下單內容，除於下單後2工作日內附正當理由為拒絕外，為接受下單。但您已付款者，除法律另有規定外，視為交易成立。
						本平台得就特定商品訂定個別消費者每次訂購的數量上限。逾越該數量上限進行下單或同一消費者以複數帳號重覆、多次下單時，本平台僅負對單一消費者依該數量上限出貨之責任。
						本平台商品之運送依您訂購時選擇及指定之方式為之，商品之定價不含運費。惟若您符合一定活動優惠條件時，將依您選擇之商品運送方式，由本公司負擔運費。若您因部分商品退貨致不符合運費優惠條件時，本公司將自您解約退款之金額中收取該筆訂單之原始運送費用(運送費用依下單時平台公告為準)。
						您得依消費者保護法第19條規定於貨到後7日之鑑賞期間內，行使解除契約的權利。請注意：鑑賞期非試用期，僅評估您是否購買該商品之用，若退回商品已非全新完整狀態(包含商品原包裝)，可能會影響您解約退款的權利。
						若依法律或契約本公司將退款予您，您同意本公司將退款先行退款至您於本平台之線上帳戶。您得隨時結清線上帳戶餘額，申請退款至您的實體帳戶，相關手續費由本公司負擔。
						有關本平台購物相關未盡事宜，請參閱本平台購物說明。</p>
				</div>
				<div class="col-12 mt-5">
					<h5>【智慧財產權】</h5>
					<br>
					<p>
						本平台所有內容，包括但不限於：商品攝影、模特兒照片、美術插圖、平台架構、程式設計、平台畫面的安排、設計版式、商標、其他標示或資訊等，均屬本公司或相關權利人依法擁有智慧財產權之客體，受著作權法、商標法、專利法、營業秘密法及公平交易法之保護，非經本公司或權利人事先許可或授權，不得任意使用，以免涉侵權或違法之責任。
					</p>


				</div>
				<div class="col-12 mt-5">
					<h5>【責任限制】</h5>
					<p>您同意因使用本平台或於本平台購物所生之糾紛，除法律另有強制規定者外，以您當次使用或購物所實際支付予本公司之費用之3倍，為賠償責任之上限。您因違反本平台使用條款或其他違約事件所生對本公司之賠償責任，亦同。</p>
				</div>



			</div>
	</section>




	<jsp:include page="/fragment/footer.jsp"></jsp:include>

	<script
		src="https://cdn.jsdelivr.net/npm/select2@4.1.0-beta.1/dist/js/select2.min.js"></script>
	<script src="http://maps.google.com/maps/api/js"></script>
	<script src="BSResp.js"></script>
	<script src="https://code.jquery.com/jquery-3.5.1.min.js"
		integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0="
		crossorigin="anonymous"></script>
	<script
		src="https://cdn.jsdelivr.net/npm/popper.js@1.16.1/dist/umd/popper.min.js"
		integrity="sha384-9/reFTGAW83EW2RDu2S0VKaIzap3H66lZH81PoYlFhbGU+6BZp6G7niu735Sk7lN"
		crossorigin="anonymous"></script>
</body>
</html>