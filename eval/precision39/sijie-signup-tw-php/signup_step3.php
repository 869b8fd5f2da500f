<?php
	include_once 'config.php';
	include_once INC_PATH.'headleader.php';
	require_once INC_PATH.'aunav.php';
?>

<title>加入會員 - STEP3 | 四也出版</title>

<?php
// -------------------------------
// SEO
// CSS
// Script in the HEAD
// -------------------------------
  include_once INC_PATH.'head.php';
?>


<?php
//app
//  include_once INC_PATH.'social.php';
?>

<!--[if lt IE 9]>
  <script src="http://html5shim.googlecode.com/svn/trunk/html5.js"></script>
  <script src="https://oss.maxcdn.com/respond/1.4.2/respond.min.js"></script>
<![endif]-->

</head>

<body class="member_page signup_page">

<?php
// -------------------------------
// header
// -------------------------------
  include_once INC_PATH.'header.php';
	include IMG_PATH.'svg-defs.svg';
?>
<section id="bannerAction" class="banner-wall"></section>

<div id="bannerTrigger"></div>

<section class="page_path">
	<div class="wrapper">
		<a href="<?php webPageUrlAu('index');?>" class="ib txt txt-gr1">首頁</a>
		<span class="gt ib txt txt-gr1">&gt;</span>
		<p class="ib txt txt-gr1">會員中心</p>
	</div>
</section>

<!-- <main class=""> -->


<section class="row">
<div class="wrapper">

	<div class="container signup-container">
		<header>
			<h1 class="txtImg-title-signup hide_txt">加入會員</h1>
		</header>
		<div class="signup-steps step3 hide_txt">STEP3 閱讀註冊同意聲明</div>
		<form action="gotoStep4.php" class="signup-form cf">
			<div class="signup-block">
				<hgroup>
					<h2 class="txtImg-title-step3 hide_txt">會員註冊同意聲明 & 隱私權政策</h2>
				</hgroup>
				<div class="terms">
<hgroup>
<h1 class="text-center">四也出版</h1>
<h2 class="text-center">網路會員註冊同意書</h2>
</hgroup>


<p>歡迎來到【四也出版】網站會員中心！為保障您的權益，請於註冊會員和享受本網站服務前，詳細閱讀會員同意書內容。當您在線上點選「同意」鍵，表示您已註冊為成功，並接受使用本服務，亦即表示，您已經閱讀、瞭解，並同意接受本服務條款之所有內容，以及本服務現有與未來衍生的服務項目與內容。</p>

<h3>■ 1.會員註冊義務</h3>
<p>	1-1 基於四也所提供的各項服務，您同意於註冊時提供會員本人正確、最新的資料，且不得以第三人之名義註冊為會員。為確保其正確性，您所登錄的資料事後有變更時，應即時於線上更新，以獲得最佳服務。<br>
	1-2 為確保兒童及青少年使用網路的隱私權及安全，若會員為未滿十二歲之兒童使用本服務時，家長（或監護人）應全程陪伴，十二歲以上未滿十八歲之青少年使用本服務前，應於會員的家長（或監護人）閱讀、瞭解並同意本服務約定書之所有內容，及其後修改變更後，方能註冊為會員。當會員使用或繼續使用本服務時，及推定家長（或監護人）已經閱讀、瞭解並同意接受本服務條款所有內容及其後修改之變更。<br>
	1-3 每位會員僅能註冊登錄一個帳號，不可重複註冊登錄。<br>
	1-4若會員提供任何錯誤或不實資料，或欠缺必要資料，或原所登錄之資料已不符合真實而未更新，或重覆帳號等，四也出版有權未經通知，終止或暫停會員帳號，並拒絕會員使用本網站之各項服務。<br>
	1-5 如果您提供之個人資料違反或破壞本服務宗旨，四也有權隨時終止您會員資格及使用各項服務資格之權利。</p>

<h3>■ 2.保管及通知義務</h3>
<p>	2-1完成會員註冊登錄後，會員有義務妥善保管在四也之帳號及密碼，並為此組帳號與密碼，登入系統後所進行的一切活動負責。<br>
	2-2會員的帳號或密碼遭到盜用，或有任何安全問題發生時，應立即通知四也。<br>
	2-3會員的帳號、密碼及會員權益，均僅供會員個人使用及享有，不得出借或轉讓他人使用。</p>


<h3>■ 3.服務之變更或停止</h3>
<p>	3-1 四也保留隨時修改各項服務內容之權利，並無須事先通知會員。無論任何情形，就停止或更改服務或終止會員帳戶服務所可能產生之困擾、不便、損害，四也對任何會員或第三人，不負任何責任。<br>
	3-2 在下列情形之一發生時，四也有權停止或中斷提供服務；<br>
	˙電子通信設備進行必要之保養及施工時。<br>
	˙發生突發性之電子通信設備故障時。<br>
	˙所申請之電子通信服務不問任何原因被停止，無法提供服務時。<br>
	˙因天災等不可抗力之因素致使無法提供服務時。</p>

<h3>■ 4.會員同意書之修改</h3>
<p>	 4-1四也保留隨時修改會員同意書之權利。若有修改時，將公告修改的事實，不另作個別會員通知。若您不同意該修改內容，請勿繼續使用四也服務。若您繼續使用四也服務，則視為會員已同意，並接受本規範增定或修改內容之拘束。<br>
	4-2四也就會員的行為是否符合會員規範，有最終決定權。若四也決定會員的行為違反本會員規範或任一法令，會員同意四也得隨時停止帳號使用權或清除帳號，及停止使用本服務。會員在違反法律規定之情事，應自負法律責任。</p>


<h3>■ 5. 風險承擔</h3>
<p>	會員同意使用四也各項服務係基於個人意願，並同意自負任何風險，包括因為自四也下載資料或圖片，或自本服務中獲得之資料致使會員電腦系統損壞，或是發生任何資料流失等結果。</p>

<h3>■ 6.連結</h3>
<p>	四也在網站或所有服務相關網頁上所提供之所有連結，可能連結到其他個人、公司或組織之網站，提供該等連結之目的，僅係為便利會員自行搜集或取得資訊，對於被連結之該等個人、公司或組織之網站上所提供之產品、服務或資訊，四也不擔保其真實性、完整性、即時性或可信度，該等個人、公司或組織亦不因此而當然與四也有任何僱佣、委任、代理、合夥或其他類似之關係。</p>

<h3>■ 7智慧財產權</h3>
<p>	四也網站上所有著作及資料，其著作權、專利權、商標、營業祕密、其他智慧財產權、所有權或其他權利，均係四也或其權利人所有，除事先經四也或其權利人之書面合法授權外，會員不得擅自重製、傳輸、改作、編輯，或以其他任何形式、基於任何目的加以使用，否則應負所有法律責任。</p>

<h3>■ 8.個人資料</h3>
<p>	為確保會員所登錄或留存之個人資料、隱私及消費者權益保護，於交易過程中將使用消費者個人資料，並按個人資料保護法第八條規定告知如下：<br>
	(1)基於法律之規定；<br>
	(2)受司法機關或其他有權機關基於法定程序之要求；<br>
	(3)為保障四也之財產及權益；<br>
	(4)在緊急情況下為維護其他會員或第三人之人身安全。<br>
	而對於會員所登錄或留存之個人資料，會員同意四也及關係企業或合作對象，得於合理範圍內蒐集、處理、保存、傳遞及使用該等資料，以提供使用者其他資訊或服務、或作成會員統計資料、或進行關於網路行為之調查或研究，或為任何之合法使用，或提供其他服務。</p>

<h3>■ 9.賠償責任限制</h3>
<p>	四也對於會員使用各項服務、或無法使用各項服務所致生之任何直接、間接、衍生、或特別損害，不負任何賠償責任。若會員使用之服務係有對價者，四也僅於會員所付之對價範圍內，負賠償責任。上述賠償責任限制，若依法為不得限制者，則限制規定將不予適用。</p>

<h3>■ 10.準據法及管轄法院</h3>
<p>	本同意書之解釋及適用、以及會員因使用本服務而與四也間所生之權利義務關係，應依中華民國法令解釋適用之。其因此所生之爭議，以台灣台北地方法院為第一審管轄法院。</p>

				</div>
				<input type="checkbox" name="agree" id="agree" class="frm__radio">
				<label for="agree" class="frm__label">我已詳閱並同意四也出版「會員註冊同意聲明」及「隱私權政策」。</label>
<?php
// -------------------------------
// float block
// -------------------------------
  include_once INC_PATH.'floatblock.php';
?>
			</div>
			<div class="btns">
				<button type="button" class="btn btn-reset btn-material-grey first_btn" onclick="javascript: history.go(-1)">回上一步</button>
				<button type="submit" class="btn btn-submit btn-material-pink">下一步</button>
			</div>
		</form>
	</div>

</div>
</section>


<!-- </main> -->


<?php
// -------------------------------
// Footer
// -------------------------------
  include_once INC_PATH.'footer.php';
?>


<?php
// -------------------------------
// Script in the FOOT
// -------------------------------
  include_once INC_PATH.'scriptfoot.php';
?>

<script>
$(function(){

	// $(".js-subNavItem5").addClass('active');

// (function(){
	
// 	var scrollMagicController = new ScrollMagic.Controller();

// 	var mapAction = TweenMax.fromTo('#mapAction', 0.5,
// 	{
// 		// 'background-position': '0 0',
// 		'opacity': '0',
// 		'transform': 'scale(0.5, 0.5)'
// 	},
// 	{
// 		// 'background-position': '0 10px'
// 		'opacity': '1',
// 		'transform': 'scale(1, 1)'
// 	});
// 	var scene1 = new ScrollMagic.Scene({
// 		triggerElement: '#mapTrigger',
// 		offset: 0,
// 		// duration: 100
// 	})
// 	.setClassToggle('body', 'mapAction-active')
// 	.setTween(mapAction)
// 	// .triggerHook(0)
// 	// .addIndicators({name: "1 (duration: 0)"})
// 	.addTo(scrollMagicController);
// });


})
</script>
<?php
// -------------------------------
// google analytics
// -------------------------------
  include_once INC_PATH.'ga.php';
?>

</body>
</html>
