<?php
defined('BASEPATH') OR exit('No direct script access allowed');
?>
<!DOCTYPE html>
<html lang="zh-tw">
<head>
	<meta charset="UTF-8">
	<title>inLive,硬直播,首款MIT直播平台!</title>
	<meta name="viewport" content="width=device-width, initial-scale=1.0 user-scalable=no">
	<meta name="format-detection" content="telephone=no"/>
	<?=$link_css?>
<!-- Solomon's library Start -->
	<link rel="stylesheet" href="/assets/lib/font-awesome-4.7.0/css/font-awesome.min.css">
	<link rel="stylesheet" href="/assets/lib/bootstrap-4.0.0-beta-dist/css/bootstrap.min.css">
<!-- Gary's library Start -->
	<link rel="stylesheet" href="https://ajax.googleapis.com/ajax/libs/jqueryui/1.12.1/themes/smoothness/jquery-ui.css">
</head>
<body class="font_family">
	<div class="container-fluid sticky-top">
		<?php include_once 'header.php'; ?>
	</div>
	<div class="body_positon">
		<div class="container-fluid justify_center">
			<div class="privacy_frame_text privacy_content privacy_bkg_content_text">
				<span class="privacy_font_text privacy_bkg_content">
					非常歡迎您光臨「inLive硬直播」（以下簡稱本服務），為了讓您能夠安心使用本服務的各項服務與資訊，特此向您說明本服務的隱私權保護政策，以保障您的權益，請您詳閱下列內容：​
				</span>
				<span class="privacy_font_text privacy_bkg_content">
					●隱私權保護政策的適用範圍<br>
					隱私權保護政策內容，包括本服務如何處理在您使用本服務時收集蒐集或收到的個人識別資料。隱私權保護政策不適用於本服務以外的相關連結網站及其它服務，也不適用於非本服務所委託或參與管理的人員。
				</span>
				<span class="privacy_font_text privacy_bkg_content">
					●個人資料的蒐集、處理及利用方式<br>
					○當您註冊成為本服務會員時，本服務會請您提供您的姓名、註冊帳號、電子郵件信箱、性別、出生日期、聯絡電話、及聯絡地址等行使服務必要之資料。
				</span>
				<span class="privacy_font_text privacy_bkg_content">
					●個人資料的蒐集、處理及利用方式<br>
					○當您註冊成為本服務會員時，本服務會請您提供您的姓名、註冊帳號、電子郵件信箱、性別、出生日期、聯絡電話、及聯絡地址等行使服務必要之資料。<br>
					○一經註冊成功後，您可利用您所設定的帳號充分使用本服務提供的各項會員服務。<br>
					○對於您的提供的個人資料，您可隨時進入個人設定查詢、修正您的資料以保持其正確性。您亦可請求本服務停止蒐集、處理、使用或刪除您的個人資料，惟其可能使您無法繼續使用本服務。<br>
					○當您造訪本服務或使用本服務所提供之功能服務時，我們將視該服務功能性質，請您提供必要的個人資料，並在該特定目的範圍內處理及利用您的個人資料；非經您書面同意，本服務不會將個人資料用於其他用途。<br>
					○本服務在您使用服務信箱、問卷調查等互動性功能時，會保留您所提供的姓名、電子郵件地址、聯絡方式及使用時間等。<br>
					○於一般瀏覽時，伺服器會自行記錄相關行徑，包括您使用連線設備的IP位址、使用時間、使用的瀏覽器或本服務版本、瀏覽及點選資料記錄等，做為我們增進服務的參考依據，此記錄為內部應用，決不對外公佈。<br>
					○為提供精確的服務，我們會將收集的問卷調查內容進行統計與分析，分析結果之統計數據或說明文字呈現，除供內部研究外，我們會視需要公佈統計數據及說明文字，但不涉及特定個人之資料。
				</span>
				<span class="privacy_font_text privacy_bkg_content">
					●資料之保護<br>
					○本服務主機均設有防火牆、防毒系統等相關的各項資訊安全設備及必要的安全防護措施，加以保護本服務以及您的個人資料採用嚴格的保護措施，只由經過授權的人員才能接觸您的個人資料，相關處理人員皆簽有保密合約，如有違反保密義務者，將會受到相關的法律處分。<br>
					○如因業務需要有必要委託其他單位提供服務時，本服務亦會嚴格要求其遵守保密義務，並且採取必要檢查程序以確定其將確實遵守。
				</span>
				<span class="privacy_font_text privacy_bkg_content">
					●網站對外的相關連結<br>
					本服務的網頁提供其他網站的網路連結，您也可經由本服務所提供的連結，點選進入其他網站。但該連結網站不適用本服務的隱私權保護政策，您必須參考該連結網站中的隱私權保護政策。
				</span>
				<span class="privacy_font_text privacy_bkg_content">
					●與第三人共用個人資料之政策<br>
					本服務絕不會提供、交換、出租或出售任何您的個人資料給其他個人、團體、私人企業或公務機關，但有法律依據或合約義務者，不在此限。
					前項但書之情形包括不限於：
					○經由您書面同意。<br>
					○法律明文規定。<br>
					○為免除您生命、身體、自由或財產上之危險。<br>
					○與公務機關或學術研究機構合作，基於公共利益為統計或學術研究而有必要，且資料經過提供者處理或蒐集著依其揭露方式無從識別特定之當事人。<br>
					○當您在本服務的行為，違反服務條款、或可能損害或妨礙本服務與其他使用者權益、涉嫌非法活動、詐欺、對人身安全有潛在威脅或導致任何人遭受損害時，經本服務管理單位研究分析揭露您的個人資料是為了辨識、聯絡、採取應對措施或採取法律行動所必要者。<br>
					○有利於您的權益服務或本服務所舉辦之優惠活動等。<br>
					○本服務委託廠商協助蒐集、處理或利用您的個人資料時，將對委外廠商或個人善盡監督管理之責。<br>
				</span>
				<span class="privacy_font_text privacy_bkg_content">
					●Cookie之使用<br>
					為了提供您最佳的服務，本服務會在您的電腦中放置並取用我們的Cookie，若您不願接受Cookie的寫入，您可在您使用的瀏覽器功能項中設定隱私權等級為高，即可拒絕Cookie的寫入，但可能會導至網站某些功能無法正常執行 。<br>
					●隱私權保護政策之修正<br>
					本服務隱私權保護政策將因應需求隨時進行修正，修正後的條款將刊登於本服務公告或網站上。
				</span>
				<span class="privacy_font_text privacy_bkg_content">
					●其它事項<br>
					○您主動向「inLive」以外之第三人提供個人資料，不在本政策適用範圍內。您主動在線上向「inLive」以外之第三人透露的各種個人資料，如在直播間、個人資料頁面等處公佈您的電子郵件以及生日等、與其他網友互動中所提供的個人資料，此種形式的資料提供可能會被他人蒐集和使用，而不在本政策的適用範圍之內。如您因此受有損害或支出費用，本公司不會承擔責任。<br>
					○個人資料自我保護措施：請妥善保管您的帳號密碼，不要將密碼提供給任何人。<br>
					○年齡限制：我們鼓勵父母或監護人指導未滿十八歲的未成年人使用本服務。本服務建議未成年人鼓勵他們的父母或監護人閱讀本政策，並建議未成年人在提交的個人資訊之前尋求父母或監護人的同意和指導。
				</span>
				<span class="privacy_font_text">
					●與我們聯繫<br>
					如果您對於本政策或與個人資料保護有關之事項有任何疑問，請通過 service@inlive.tw與我們聯繫，我們將儘快回覆說明。
				</span>
			</div>
		</div>
		<div class="footer_bkg_color_copyright" id="section5">
			<?php include_once 'footer.php'; ?>
		</div>
	</div>
	<!-- Solomon's library Start -->
		<script type="text/javascript" src="/assets/lib/jquery-3.2.1/dist/jquery.slim.min.js"></script>
		<script type="text/javascript" src="/assets/lib/popper-1.11.0/popper.min.js"></script>
		<script type="text/javascript" src="/assets/lib/bootstrap-4.0.0-beta-dist/js/bootstrap.min.js"></script>
	<!-- Gary's library Start -->
		<script src="https://ajax.googleapis.com/ajax/libs/jquery/2.2.4/jquery.min.js"></script>
		<script src="https://ajax.googleapis.com/ajax/libs/jqueryui/1.12.1/jquery-ui.min.js"></script>
		<script src="/assets/js/common.js"></script>
	<!-- Sidebar.js Start -->
		<script src="/assets/home/js/sidebar.js"></script>

</body>
</html>
