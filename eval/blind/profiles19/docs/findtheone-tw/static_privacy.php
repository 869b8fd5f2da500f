<!doctype html>
<html><head>
	<?php include_once("at_include/CG_config.php"); ?> 
	<title><?php echo $webTitle; ?></title>
	<meta name="keywords" content="<?php echo $MetaCopyright; ?>"/> 
    <!-- 網頁描述 -->
	<meta name="description" content="<?php echo $MetaDescription; ?>"/>
	<meta name="Author" content="<?php echo $MetaAuthor; ?>"/>
	<meta name="copyright" content="<?php echo $MetaCopyright; ?>"> 
    <!-- iCon圖示 -->
	<link rel="shortcut icon" href="favicon.ico">
    <!-- FB  -->
    <meta property="og:title" content="<?php echo $webTitle; ?>"/>
    <meta property="og:url" content="<?php echo $URL; ?>"/>
    <meta property="og:image" content="<?php echo $Meta_ogImg_0; ?>"/>
    <meta property="og:description" content="<?php echo $MetaDescription; ?>"/>
    <meta property="fb:app_id" content="<?php echo $FB_ID; ?>"/>    
    <!-- CSS -->    
    <link href="css/at_cage.css" rel="stylesheet" type="text/css" />
    <link href="css/basic_findtheone.css" rel="stylesheet" type="text/css" />
    <link href="css/basic_findtheone_plus.css" rel="stylesheet" type="text/css" />
	<?php include_once("at_include/inc_facebook.php"); ?>
</head>
<body class="static">
<div id="fb-root"></div>
<?php include_once("at_include/header.php"); ?>
<div id="main">
	<div class="staticheader">
	</div>
	<div class="staticContent">
		<div class="icon_st icon_st_privacy"></div>
		<h2>隱私權政策</h2>
		<p>闌珊處網路股份有限公司相關網站，包括但不限於: findtheone網站 (www.findtheone.com.tw)及後續成立之網站等(以下合稱本網站)為闌珊處網路股份有限公司(以下稱本公司)所經營。為確保消費者個資隱私之權益，並遵循中華民國相關法律，訂定此份「隱私權保護政策」，請您詳細閱讀本政策聲明之內容。您使用本網站各項服務時，即代表您無條件同意所有條款、條件及須知。</p>
		
		<h4>一、資料的蒐集</h4>
		<p>交友服務、心理測驗、線上購物、客戶管理、意見調查、行銷推廣</p>
		
		<h4>二、蒐集的資料如下</h4>
		<p>1. 個人資料類別：包含但不限於識別類(姓名、地址、連絡電話、電子信箱、任職公司、畢業學校…等)、特徵類 (年齡、性別、出生年月日…等)、社會情況類(興趣、休閒、生活格調、消費模式、心理狀態…等)、其他(往來電子郵件、網站留言、系統自動記錄之軌跡資訊等)。</p>
		<p>2.顧客服務信箱回應。</p>
		<p>3. 其他：除了上述，本網站會保留您在上網瀏覽或提詢時，伺服器自行產生的相關記錄，包括您使用連線設備的IP位址、使用時間、使用的瀏覽器、瀏覽及點選資料記錄等。本網站會對於個別連線者的瀏覽器予以標示，除非您願意提供您的個人資料，否則在此情形下本網站不會，也無法將此項記錄和您對應。</p>
		
		<h4>三、個人資料蒐集告知義務</h4>
		<p>1. 您同意將個人資料(含姓名、電子郵件、聯絡電話等)供本網站作為訂購資訊服務、與您聯絡、進行商品行銷活動、寄送DM廣告資料、提供商品訊息、統計與分析、資訊與資料管理、宣傳行銷及管理，其他經營合於本公司營業登記項目所定業務等之目的範圍內使用。</p>
		<p>2. 您對於所提供之個人資料，依法有查詢或請求閱覽、製給複製本、補充或更正、請求停止蒐集、處理或利用或請求刪除之權利。若您欲行使前揭權利請來信客服信箱：service@findtheone.com.tw。</p>
		<p>3. 您同意本公司保留您個人資料之期間，以完成本網站特定目的之必要期間及本公司營運之期間，惟如法律另有規定或許可更長之期間者，不在此限。</p>
		<p>4. 您可自由選擇是否提供您的個人資料予本公司，若您所提供之個人資料有無法確認您真實身份或冒用、盜用、資料不實等情事，或您選擇不提供個人資料時，您將無法享有本公司於本網站提供之相關優惠或服務。</p>
		<p>5. 您已詳細閱讀本政策之全部內容，如您依本網站相關指示而提供您的個人資料，即具有書面同意本公司蒐集、處理及利用您的個人資料之效果。</p>
		
		<h4>四、資訊的使用</h4>
		<p>本網站只有在下列的情形下，我們會向第三人或其他公司提供您的資料：</p>
		<p>1. 本網站所述特定目的範圍內，包括交友服務、與您聯絡、進行商品行銷活動、寄送DM廣告資料、提供商品訊息、統計與分析、資訊與資料管理、宣傳行銷及管理，其他經營合於本公司營業登記項目所定業務等目的</p>
		<p>2. 法律要求：本網站會根據法律、命令、傳票、裁判、判斷、處分要求的內容，提供適當的資訊，這有可能包含您的個人資料。</p>
		<p>3. 公司合併、分割：本網站所蒐集的資訊，視為本公司的財產，如因公司合併、分割之需要，本公司有權將您的資料轉移給受讓權益之第三人。</p>
		
		<h4>五、Cookies</h4>
		<p>Cookies 是伺服端為了區別使用者的不同喜好，由瀏覽器寫入使用者硬碟的 一些簡短資訊，雖然 cookies 會識別使用者的電腦，但是無法識別使用者的 身份。您也可以透過在您的瀏覽器中選擇修改您對於Cookies 的接受程度，如果您選擇拒絕所有的 cookies ，您就可能無法使用部份個人化服務，或是 參與活動。為了提供更好、更個人化的服務，以及方便您參與個人化的互動活動。 Cookies 會在您註冊或登入時建立，並在您登出時修改。</p>
		
		<h4>六、共用資料政策</h4>
		<p>除本政策的規定外，本網站不會任意出售、交換、或出租任何您的個人資料 給其他團體或個人。但是本網站有可能為了提供您其他服務或優惠權益 ( 例如折價券 ) ，需要與提 供該服務或優惠之第三者共用您的資料時，與第三者共用您的個人資料。</p>
		
		<h4>七、傳送商業或電子郵件之政策</h4>
		<p>本網站將在事前或註冊登錄取得您的同意後，傳送商業性或電子郵件給您。本網站除了在該資料或電子郵件上註明是由本網站發送，也會在該資料或電子郵件上提供您能隨時停止接收這項服務，或提供您其他服務或優惠需要。提供該服務或優惠的第三人傳送商業性資料或電子郵件時，我們將會在活動時提供充分的說明，並且在第三人傳輸之前通知您，您可以自由選擇是否接受這項特定服務或活動。</p>
		
		<h4>八、自我保護政策</h4>
		<p>請妥善保管您的任何個人資料、CA憑證或密碼，請不要將任何個人資料，尤其是密碼提供給任何人或其他機構。在您使用完本網站所提供的各項服務功能後，務必記得登出，若您是與他人共享電腦或使用公共電腦，切記要關閉瀏覽器視窗，以防止他人讀取您的個人資料或信件。</p>
		
		<h4>九、本聲明之修定</h4>
		<p>由於社會環境及法令規定變遷或科技技術進步，本網站將採用最新技術與適用新的法規以盡全力保護您的網路隱私，故本網站有權不定時修訂與公佈本項聲明以合時宜。為保障您的權益，也請您隨時上網參閱本項聲明。</p>
		
		<h4>十、隱私權保護政策諮詢</h4>
		<p>若您對自己在本網站中的隱私權有任何問題，請與我們聯絡：service@findtheone.com.tw。</p>
	</div>
</div><!-- main END -->
<?php include_once("at_include/footer.php"); ?>
<!-- jQuery -->    
    <script type="text/javascript" src="js/jquery.min-2.2.4.js"></script>
    <script type="text/javascript" src="js/jquery.easing.1.3.js"></script>
    <script type="text/javascript" src="js/jquery-ui.min.js"></script>
    <script type="text/javascript" src="js/jquery.touchwipe.min.js"></script>
    <script type="text/javascript" src="js/at_Rev.min.js"></script>
    <script type="text/javascript" src="js/at_cage.js"></script>
    <script>
		$(window).load(function() {
			
		})
	</script>
</body>
</html>
