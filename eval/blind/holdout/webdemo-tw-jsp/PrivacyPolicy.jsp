<%@ page language="java" contentType="text/html; charset=UTF-8"
	pageEncoding="UTF-8"%>
<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core"%>
<%@ taglib prefix="spring" uri="http://www.springframework.org/tags"%>
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>Index</title>
<link href="${pageContext.request.contextPath}/css/bootstrap.css" rel="stylesheet" />
<link href="${pageContext.request.contextPath}/css/style.css" rel="stylesheet" />
<link href="${pageContext.request.contextPath}/font-awesome/css/font-awesome.css" rel="stylesheet">
<link rel="shortcut icon" href="${pageContext.request.contextPath}/ico/favicon.ico">
</head>
<body>
<!-- 		檔頭欄位 -->
	<tr>
		<td><c:import url="/WEB-INF/views/header.jsp" /></td>
	</tr>
	
<!-- Body Section  -->

		
		
<!-- 		側邊類別欄位 -->
		<div class="row">
		<tr>  
			<td><c:import url="/WEB-INF/views/sidebar.jsp" /></td>
		</tr>
<!-- 
New Products
-->		

	
				<!--
New Products
-->
				<div class="container content">
        <div id="title">隱私權政策</div>
        <p style="color:#535258;font-family:AdobeFanHeitiStd-Bold, 微軟正黑體, Helvetica, Arial, sans-serif;font-size:24px;background-color:#FFFFFF;">
	<strong><span style="font-size:16px;"><span id="docs-internal-guid-7b7d5968-120e-893a-477a-2f6c4e430e8f"> </span></span></strong> 
</p>
<p style="background-color:#ffffff;">
	<strong><span style="font-size:9pt;font-family:Arial;color:#535258;background-color:transparent;font-weight:700;vertical-align:baseline;"><span id="docs-internal-guid-7b7d5968-1210-5f41-7eeb-472f9e322d3f"> </span></span></strong> 
</p>
<p align="center" style="text-align:left;">
	<br>
</p>
<p align="center" style="text-align:center;">
	<br>
</p>
<p align="center" style="text-align:center;">
	<br>
</p>
<p align="center" style="text-align:center;">
	<br>
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	<b></b> 
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	<b>1.</b>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; <b>引言</b> 
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	<br>
</p>
<p style="margin-left:36.0pt;text-align:justify;text-indent:-36.0pt;">
	1.1&nbsp;&nbsp;&nbsp; 歡迎使用由股份有限公司及其關係企業(個別及統稱「」、「我們」或「我們的」)經營的平台。認真看待其依據適用之隱私權及個人資料保護相關法律及規範
(下稱「隱私權法」)下的責任，並致力於尊重平台(下稱「本平台」)所有使用者的隱私權和關切點(我們將本平台以及我們在本平台中提供的服務統稱為「本服務」)。我們瞭解您委託給我們的個人資料極為重要，並認為妥善管理、保護及處理您的個人資料是我們的責任。此隱私權政策(下稱「隱私權政策」或「政策」)旨在協助您瞭解我們目前和未來會如何收集、使用、揭露及/或處理您提供給我們及/或我們所擁有和您有關的個人資料，以及協助您在向我們提供任何個人資料之前作出明智的決定。請仔細閱讀本隱私權政策。
</p>
<p style="margin-left:36.0pt;text-align:justify;text-indent:-36.0pt;">
	<br>
</p>
<p style="margin-left:36.0pt;text-align:justify;text-indent:-36.0pt;">
	1.2&nbsp;&nbsp;&nbsp; 「個人資料」是指有關個人不論真實與否的資料，該個人可透過該資料，或透過該資料與其他組織持有或可能有權限存取資料，予以識別。個人資料常見的例子包括姓名、身分證號碼和聯絡資訊。
</p>
<p class="MsoListParagraph" style="text-align:justify;">
	<br>
</p>
<p style="margin-left:36.0pt;text-align:justify;text-indent:-36.0pt;">
	1.3&nbsp;&nbsp;&nbsp; 若您使用本服務、向我們註冊帳戶、造訪我們的平台或存取本服務，即表示您知悉並同意接受本隱私權政策概述之作法、要求和/或政策，並特此同意我們收集、使用、揭露和/或處理此處所述之個人資料。若您不同意您的個人資料依此隱私權政策所述之方式進行處理，請勿使用我們的服務或存取本平台。如果我們變更隱私權政策，我們會在本平台上公佈這些變更或是修改過的隱私權政策。我們保留隨時修改本隱私權政策的權利。
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	<b></b> 
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	<b>2.</b>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; <b>會在何時收集個人資料？</b> 
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	<br>
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	2.1&nbsp; &nbsp;&nbsp;&nbsp; 我們會/可能會在下列時候收集您的個人資料：
</p>
<p style="margin-left:2.0cm;text-align:justify;">
	<br>
</p>
<p style="margin-left:2.0cm;text-align:justify;text-indent:-1.0cm;">
	(a)&nbsp;&nbsp;&nbsp;
當您註冊及/或使用本服務或本平台，或是向我們開立帳戶時；
</p>
<p style="margin-left:2.0cm;text-align:justify;text-indent:-1.0cm;">
	<br>
</p>
<p style="margin-left:2.0cm;text-align:justify;text-indent:-1.0cm;">
	(b)&nbsp;&nbsp;&nbsp;
當您透過線上或實體表單方式提交表單，包括但不限於申請表或是與我們的產品或服務相關的其他表單時；
</p>
<p style="margin-left:2.0cm;text-align:justify;text-indent:-1.0cm;">
	<br>
</p>
<p style="margin-left:2.0cm;text-align:justify;text-indent:-1.0cm;">
	(c)&nbsp;&nbsp;&nbsp;
當您簽定協議，或是針對您與我們的互動提供其他文件或資訊，或是當您使用我們的產品和服務時；
</p>
<p style="margin-left:2.0cm;text-align:justify;text-indent:-1.0cm;">
	<br>
</p>
<p style="margin-left:2.0cm;text-align:justify;text-indent:-1.0cm;">
	(d)&nbsp;&nbsp;&nbsp;
當您透過電話
(可能會錄音)、信件、傳真、面對面會議、社交媒體平台和電子郵件等方式與我們互動時；
</p>
<p style="margin-left:2.0cm;text-align:justify;text-indent:-1.0cm;">
	<br>
</p>
<p style="margin-left:2.0cm;text-align:justify;text-indent:-1.0cm;">
	(e)&nbsp;&nbsp;&nbsp;
當您使用我們的電子服務，或是透過我們的應用程式或使用我們平台上的服務與我們互動時。這包括但不限於透過
Cookie (可能會在您與我們的應用程式或平台互動時部署)；
</p>
<p style="margin-left:2.0cm;text-align:justify;text-indent:-1.0cm;">
	<br>
</p>
<p style="margin-left:2.0cm;text-align:justify;text-indent:-1.0cm;">
	(f)&nbsp;&nbsp;&nbsp;
當您透過本服務進行交易時；
</p>
<p style="margin-left:2.0cm;text-align:justify;text-indent:-1.0cm;">
	<br>
</p>
<p style="margin-left:2.0cm;text-align:justify;text-indent:-1.0cm;">
	(g)&nbsp;&nbsp;&nbsp;
當您提供意見或投訴給我們時；
</p>
<p style="margin-left:2.0cm;text-align:justify;text-indent:-1.0cm;">
	<br>
</p>
<p style="margin-left:2.0cm;text-align:justify;text-indent:-1.0cm;">
	(h)&nbsp;&nbsp;&nbsp;
當您註冊參加競賽時；或是
</p>
<p style="margin-left:2.0cm;text-align:justify;">
	<br>
</p>
<p class="MsoListParagraphCxSpLast" style="margin-left:2.0cm;text-align:justify;text-indent:-1.0cm;">
	(i)&nbsp;&nbsp;&nbsp;
當您基於任何原因提交個人資料給我們時。
</p>
<p style="margin-left:1.0cm;text-align:justify;">
	<br>
</p>
<p style="margin-left:1.0cm;text-align:justify;">
	上述情形並非包含全部情形，僅列出可能會收集您個人資料的一些常見實例。
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	<br>
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	<b>3.</b>&nbsp;&nbsp; <b>會收集哪些個人資料？</b> 
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	<br>
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	3.1&nbsp; 會在使用本服務的必要範圍內收集使用者的個人資料，包括但不限於：
</p>
<p style="margin-left:2.0cm;text-align:justify;text-indent:-1.0cm;">
	<br>
</p>
<p style="margin-left:2.0cm;text-align:justify;text-indent:-1.0cm;">
	•&nbsp;&nbsp;&nbsp; 姓名；
</p>
<p style="margin-left:2.0cm;text-align:justify;text-indent:-1.0cm;">
	<br>
</p>
<p style="margin-left:2.0cm;text-align:justify;text-indent:-1.0cm;">
	•&nbsp;&nbsp;&nbsp; 電子郵件地址；
</p>
<p style="margin-left:2.0cm;text-align:justify;text-indent:-1.0cm;">
	<br>
</p>
<p style="margin-left:2.0cm;text-align:justify;text-indent:-1.0cm;">
	•&nbsp;&nbsp;&nbsp; 出生日期；
</p>
<p style="margin-left:2.0cm;text-align:justify;text-indent:-1.0cm;">
	<br>
</p>
<p style="margin-left:2.0cm;text-align:justify;text-indent:-1.0cm;">
	•&nbsp;&nbsp;&nbsp; 帳單地址；
</p>
<p style="margin-left:2.0cm;text-align:justify;text-indent:-1.0cm;">
	<br>
</p>
<p style="margin-left:2.0cm;text-align:justify;text-indent:-1.0cm;">
	•&nbsp;&nbsp;&nbsp; 銀行帳戶和付款資訊；
</p>
<p style="margin-left:2.0cm;text-align:justify;text-indent:-1.0cm;">
	<br>
</p>
<p style="margin-left:2.0cm;text-align:justify;text-indent:-1.0cm;">
	•&nbsp;&nbsp;&nbsp; 電話號碼；
</p>
<p style="margin-left:2.0cm;text-align:justify;text-indent:-1.0cm;">
	<br>
</p>
<p style="margin-left:2.0cm;text-align:justify;text-indent:-1.0cm;">
	•&nbsp;&nbsp;&nbsp; 性別；
</p>
<p style="margin-left:2.0cm;text-align:justify;text-indent:-1.0cm;">
	<br>
</p>
<p style="margin-left:2.0cm;text-align:justify;text-indent:-1.0cm;">
	•&nbsp;&nbsp;&nbsp; 與您用來存取本服務或本平台的裝置相關資訊或該裝置所傳送出的資訊；
</p>
<p style="margin-left:2.0cm;text-align:justify;text-indent:-1.0cm;">
	<br>
</p>
<p style="margin-left:2.0cm;text-align:justify;text-indent:-1.0cm;">
	•&nbsp;&nbsp;&nbsp; 當使用者註冊使用本服務或本平台及使用者使用本服務或本平台時所提供有關使用者的其他任何資訊，以及使用者如何使用本服務或本平台的相關資訊；以及
</p>
<p style="margin-left:2.0cm;text-align:justify;text-indent:-1.0cm;">
	<br>
</p>
<p style="margin-left:2.0cm;text-align:justify;text-indent:-1.0cm;">
	•&nbsp;&nbsp;&nbsp; 彙總使用者互動內容的相關資訊。
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	<br>
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	3.2&nbsp; 您同意不提供任何錯誤或誤導的資訊給我們，並且您同意在您所提供的資訊有任何錯誤或變更時通知我們。我們保留單方決定向您要求進一步文件以驗證您所提供的資料之權利。
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	<br>
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	3.3&nbsp; 若您使用您的社群媒體帳戶(下稱「社群媒體帳戶」)來註冊成為本平台的使用者，或將您的帳戶與您的社群媒體帳戶連結，或使用任何的社群功能，我們可能會存取您在該社群媒體帳戶提供者之政策下所自願提供予該社群媒體帳戶提供者的資訊，我們將持續依照本隱私權政策來管理及使用相關個人資料。
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	<br>
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	3.4&nbsp; 若您不希望我們收集前述資訊/個人資料，您可以隨時透過書面方式通知我們的「資料保護主管」以選擇退出。您可以在下方標題是「如何撤回同意、移除、要求存取或修改您提供給我們的資訊？」的小節中，找到選擇退出的進一步資訊。不過請注意，若您不允許或是不同意我們收集、使用或處理您的個人資料，您對本服務及本平台的使用可能會受到影響。例如，不讓我們收集有關您的位置資訊，可能會造成以位置為基礎的功能遭到停用。
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	<b></b> 
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	<b>4.</b>&nbsp;&nbsp; <b>其他資訊蒐集</b> 
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	<b></b> 
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	4.1&nbsp; 如同對大多數的網站及行動應用程式一樣，您的裝置會傳送可能包含與您相關的資訊，而網頁伺服器則會在您瀏覽本平台時記錄該資訊。這通常包括但不限於：您裝置的IP位址、電腦或行動裝置作業系統和瀏覽器類型、行動裝置的種類、行動裝置的特性、行動裝置的唯一裝置識別碼(UDID)或行動設備識別碼(MEID)、參考網站的地址(若有)，以及您在我們的平台或行動應用程式時所造訪的網頁以及造訪時間，有時也會利用Cookie(可使用瀏覽器喜好設定予以停用)
協助本平台記住您前次的造訪資訊。當您登入時，這項資訊會與您的個人帳戶建立關聯。該資訊也會納入匿名的統計資料中，以協助我們瞭解訪客使用我們平台的情形。
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	<b></b> 
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	4.2&nbsp; 我們的行動應用程式可能會使用GPS、Wi-Fi等技術收集您行動裝置位置的精確資訊。我們會針對一或多項「目的」以收集、使用、揭露及/或處理該資訊，包括但不限於：您所要求以位置為基礎的服務、根據您的位置傳遞相關內容給您、透過我們的行動應用程式所包含的服務，讓您與其他使用者分享您的位置。您可以透過大部分行動裝置的裝置設定，撤銷我們獲取您位置資訊的權限。如果您對停用行動裝置位置服務的方式有任何疑問，請洽詢行動裝置服務供應商或裝置製造商。
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	<b></b> 
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	<b>5.</b>&nbsp;&nbsp; <b>COOKIE</b> 
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	<br>
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	5.1&nbsp; 我們有時可能會執行「Cookie」或其他功能，讓我們或第三方能夠收集或分享資訊，進而協助我們改進所提供的本平台和本服務，或是協助我們提供新的服務及功能。「Cookie」是我們傳送至您的電腦或行動裝置的識別碼，可以讓我們識別您的電腦或裝置，同時告訴我們本服務或本平台的使用或造訪方式及時間、造訪人次，並追蹤我們平台中的活動。我們可能會將Cookie資訊與個人資料連結起來。Cookie也會連結至您選擇購買之商品及您有檢視之網頁的相關資訊。這項資訊會用於追蹤您的購物車等用途。Cookie也用於傳遞與您興趣相關的特定內容，以及監控本服務的使用情形。
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	<br>
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	5.2&nbsp; 若您要拒絕 Cookie 的使用，請選擇瀏覽器上的適當設定。不過請注意，如果您這麼做，可能無法使用本平台或本服務的完整功能。
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	<b></b> 
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	<b>6.</b>&nbsp;&nbsp; <b>檢視及下載內容和廣告</b> 
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	6.1&nbsp; 當您在本平台上或是透過本服務查看內容、廣告及存取其他軟體時，系統傳送給我們的資訊，與您瀏覽本平台或行動應用程式頁面時所傳送的資訊大部分相同
(包括但不限於IP位址、作業系統等)；然而不同於網頁檢視的是，您的裝置會向我們傳送檢視內容和廣告的相關資訊，及/或本服務和本平台所安裝之軟體的相關資訊及時間。
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	<b></b> 
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	<b>7.</b>&nbsp;&nbsp; <b>我們如何使用您提供給我們的資訊？</b> 
</p>
<p style="margin-left:28.65pt;text-align:justify;text-indent:-28.65pt;">
	<br>
</p>
<p style="margin-left:28.65pt;text-align:justify;text-indent:-28.65pt;">
	7.1&nbsp; 我們可能會針對下列一或多個目的去收集、使用、揭露和/或處理您的個人資料：
</p>
<p style="margin-left:2.0cm;text-align:justify;">
	<br>
</p>
<p style="margin-left:2.0cm;text-align:justify;text-indent:-28.1pt;">
	(a)&nbsp;&nbsp;&nbsp;
考量及/或處理您向我們提出的申請/與我們進行的交易，或是您透過本服務與第三方進行的交易或通訊；
</p>
<p style="margin-left:2.0cm;text-align:justify;">
	<br>
</p>
<p style="margin-left:2.0cm;text-align:justify;text-indent:-28.1pt;">
	(b)&nbsp;&nbsp;&nbsp;
管理、操作、提供及/或處理您對我們的本服務和本平台的使用及/或存取(包括但不限於記住您的喜好設定)、您與我們的關係，以及您向我們開立的使用者帳戶；
</p>
<p style="margin-left:2.0cm;text-align:justify;">
	<br>
</p>
<p style="margin-left:2.0cm;text-align:justify;text-indent:-28.1pt;">
	(c)&nbsp;&nbsp;&nbsp;
回應、處理、處理或完成交易及/或滿足您對特定產品及服務的要求，以及向您告知服務問題和不尋常的帳戶操作；
</p>
<p style="margin-left:2.0cm;text-align:justify;">
	<br>
</p>
<p style="margin-left:2.0cm;text-align:justify;text-indent:-28.1pt;">
	(d)&nbsp;&nbsp;&nbsp;
執行我們的「服務條款」或任何適用的使用者授權合約；
</p>
<p style="margin-left:2.0cm;text-align:justify;">
	<br>
</p>
<p style="margin-left:2.0cm;text-align:justify;text-indent:-28.1pt;">
	(e)&nbsp;&nbsp;&nbsp;
保護人身安全和權利、財產或其他人的安全；
</p>
<p style="margin-left:2.0cm;text-align:justify;">
	<br>
</p>
<p style="margin-left:2.0cm;text-align:justify;text-indent:-28.1pt;">
	(f)&nbsp;&nbsp;&nbsp;
識別及/或驗證；
</p>
<p style="margin-left:2.0cm;text-align:justify;">
	<br>
</p>
<p style="margin-left:2.0cm;text-align:justify;text-indent:-28.1pt;">
	(g)&nbsp;&nbsp;&nbsp;
維護及管理偶爾需要進行的軟體更新及/或其他更新及支援，以確保本服務能順暢運作；
</p>
<p style="margin-left:2.0cm;text-align:justify;">
	<br>
</p>
<p style="margin-left:2.0cm;text-align:justify;text-indent:-28.1pt;">
	(h)&nbsp;&nbsp;&nbsp;
處理或促進客戶服務、執行您的指示、處理或回應由您或代表您
(或聲稱由您或代表您) 提出的一切詢問；
</p>
<p style="margin-left:2.0cm;text-align:justify;">
	<br>
</p>
<p style="margin-left:2.0cm;text-align:justify;text-indent:-28.1pt;">
	(i)&nbsp;&nbsp;&nbsp;
基於執行及/或管理您與我們的關係，或是您的使用本服務之目的，透過語音通話、文字簡訊及/或傳真訊息、電子郵件及/或郵寄或其他方式與您聯繫或溝通，例如但不限於向您傳達與本服務有關的管理資訊。您知悉並同意我們得透過郵寄信件、文件和通知的方式與您進行上述通訊，遞送過程中可能會在信封/郵件包裹外部揭露您的特定個人資料；
</p>
<p style="margin-left:2.0cm;text-align:justify;">
	<br>
</p>
<p style="margin-left:2.0cm;text-align:justify;text-indent:-28.1pt;">
	(j)&nbsp;&nbsp;&nbsp;
當另一名使用者在本平台上向您傳送私訊或是張貼要給您的意見時通知您；
</p>
<p style="margin-left:2.0cm;text-align:justify;">
	<br>
</p>
<p style="margin-left:2.0cm;text-align:justify;text-indent:-28.1pt;">
	(k)&nbsp;&nbsp;&nbsp;
進行研究、分析和開發活動
(包括但不限於資料分析、問卷調查、產品和服務開發及/或剖析)，以分析您對本服務的使用情形、改進我們的本服務或產品及/或加強您的客戶體驗；
</p>
<p style="margin-left:2.0cm;text-align:justify;">
	<br>
</p>
<p style="margin-left:2.0cm;text-align:justify;text-indent:-28.1pt;">
	(l)&nbsp;&nbsp;&nbsp;
允許進行稽核及調查以確認目標受眾的規模和組成，並瞭解他們對本服務的體驗；
</p>
<p style="margin-left:2.0cm;text-align:justify;">
	<br>
</p>
<p style="margin-left:2.0cm;text-align:justify;text-indent:-28.1pt;">
	(m)&nbsp;&nbsp;&nbsp;
基於行銷或這方面的目的，透過各種通訊模式，向您寄送有關
(及/或其關係企業或關聯公司) 可能正在銷售、行銷或促銷之產品及/或服務 (包括但不限於可能與合作或聯合提供之第三方的產品及/或服務) 的行銷和促銷資訊及資料，無論該產品或服務目前已存在或是未來才會建立；您隨時可以透過電子行銷資料中的取消訂閱功能來取消接受行銷資訊。我們可能會使用您的聯絡資訊向您寄送我們或關係企業的簡訊或電子報。
</p>
<p style="margin-left:2.0cm;text-align:justify;">
	<br>
</p>
<p style="margin-left:2.0cm;text-align:justify;text-indent:-28.1pt;">
	(n)&nbsp;&nbsp;&nbsp;
回應法律程序或是遵守相關管轄地之任何適用法律、政府或監管要求，包括但不限於依據對或是其關聯公司或關係企業具有約束力之任何法律規定，符合揭露之要求；
</p>
<p style="margin-left:2.0cm;text-align:justify;">
	<br>
</p>
<p style="margin-left:2.0cm;text-align:justify;text-indent:-28.1pt;">
	(o)&nbsp;&nbsp;&nbsp;
針對內部和法定報告及/或記錄保存要求，產生統計資料和研究結果；
</p>
<p style="margin-left:2.0cm;text-align:justify;">
	<br>
</p>
<p style="margin-left:2.0cm;text-align:justify;text-indent:-28.1pt;">
	(p)&nbsp;&nbsp;&nbsp;
根據法律或法規義務或是我們的風險管理程序
(依據法律規定或是我方所實施者)，執行盡職調查或其他過濾行動 (包括但不限於背景調查)；
</p>
<p style="margin-left:2.0cm;text-align:justify;">
	<br>
</p>
<p style="margin-left:2.0cm;text-align:justify;text-indent:-28.1pt;">
	(q)&nbsp;&nbsp;&nbsp;
稽核我們的本服務或的業務；
</p>
<p style="margin-left:2.0cm;text-align:justify;">
	<br>
</p>
<p style="margin-left:2.0cm;text-align:justify;text-indent:-28.1pt;">
	(r)&nbsp;&nbsp;&nbsp;
防止或調查詐欺、非法活動、疏忽或不當行為，以瞭解這些行為是否與您對本服務的使用有關、是否因為您與我們的關係而產生，以及是否有前述行為的嫌疑；
</p>
<p style="margin-left:2.0cm;text-align:justify;">
	<br>
</p>
<p style="margin-left:2.0cm;text-align:justify;text-indent:-28.1pt;">
	(s)&nbsp;&nbsp;&nbsp;
儲存、託管、備份
(無論是為了災難復原或其他目的) 您的個人資料，不管是在您所在管轄地內或外；
</p>
<p style="margin-left:2.0cm;text-align:justify;">
	<br>
</p>
<p style="margin-left:2.0cm;text-align:justify;text-indent:-28.1pt;">
	(t)&nbsp;&nbsp;&nbsp;
處理及/或促進企業資產交易或可能進行的企業資產交易，其中該交易的參與者包含，或是僅包含的關聯公司或關係企業，或是包含及/或任一家或多家關聯公司或或關係企業，而且可能還有其他第三方組織也參與該交易。「企業資產交易」是指組織、組織的一部分或組織之任何業務或資產的收購、出售、租賃、整合、合併或其他任何的收購、處置或融資行為；以/或
</p>
<p style="margin-left:2.0cm;text-align:justify;">
	<br>
</p>
<p class="MsoListParagraphCxSpLast" style="margin-left:2.0cm;text-align:justify;text-indent:-28.1pt;">
	(u)&nbsp;&nbsp;&nbsp;
我們在取得您同意的當時，向您告知的任何其他目的。
</p>
<p style="margin-left:2.0cm;text-align:justify;">
	(以上統稱「目的」)。
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	<br>
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	7.2&nbsp; 由於我們將會/可能收集、使用、揭露或處理您個人資料的目的取決於當時的情況，該目的可能未出現在上述項目中。不過，我們會在取得您同意的當時，向您告知該其他目的，除非隱私權法允許我們在未取得您同意的情況下即可處理適用的資料。
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	<b></b> 
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	<b>8.</b>&nbsp;&nbsp; <b>如何保護客戶資訊？</b> 
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	8.1&nbsp; 我們實施各式各樣的安全措施，以確保您的個人資料在我們的系統上安全無虞。使用者個人資料包含在安全網路之後，只有具有該系統之特殊存取權的有限員工可以存取。我們會按照隱私權法及/或其他適用法律保留個人資料。也就是說，在我們合理認為
(i) 保留該個人資料不再符合收集個人資料之目的； (ii) 不再需要針對任何法律或業務目的保留個人資料時；以及 (iii) 沒有其他法律上之利益需要進一步保留該個人資料時，我們會立即銷毀您的個人資料，或是進行匿名化處理。若您停止使用本平台或是您使用本平台及/或本服務的權限遭到終止，我們會繼續根據此隱私權政策及隱私權法所規定的義務，加以儲存、使用及/或揭露您的個人資料。根據適用法律，我們得於未事先通知您的情況下，安全處置您的個人資料。
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	<b></b> 
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	<b>9.</b>&nbsp;&nbsp; <b>是否會向第三人揭露其向訪客收集的資訊？</b> 
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	<br>
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	9.1&nbsp; 在開展業務時，我們將會/可能需要針對上述一或多個目的向第三方服務供應商、代理人及/或我們的關係企業或關聯公司及/或其他第三方
(無論是否設址於新加坡) 揭露您的個人資料。該第三方服務供應商、代理人和/或關係企業或關聯公司及/或其他第三方可能會針對上述一或多個目的，代表我們或以其他方式處理您的個人資料。該第三方包括但不限於：
</p>
<p style="margin-left:2.0cm;text-align:justify;">
	<br>
</p>
<p style="margin-left:2.0cm;text-align:justify;text-indent:-1.0cm;">
	(a)&nbsp;&nbsp;&nbsp;
我們的子公司、關係企業及關聯公司；
</p>
<p style="margin-left:2.0cm;text-align:justify;">
	<br>
</p>
<p style="margin-left:2.0cm;text-align:justify;text-indent:-1.0cm;">
	(b)&nbsp;&nbsp;&nbsp;
承包商、代理人、服務供應商以及其他我們用以支援我們的業務的第三方。這些包括但不限於向我們提供管理或其他服務的單位，如郵寄公司、電信公司、資訊技術公司和資料中心；
</p>
<p style="margin-left:2.0cm;text-align:justify;">
	<br>
</p>
<p style="margin-left:2.0cm;text-align:justify;text-indent:-1.0cm;">
	(c)&nbsp;&nbsp;&nbsp;
整合、剝奪、改組、重整、解散或其他銷售或轉移
(無論是持續經營的形式，或是破產、清算或類似程序的一部分) 部分或全部資產的買方或其他繼任者，其中由所持有、有關本服務使用者的個人資料也在轉移的資產中；或是或其任何關係企業或關聯公司所參與之企業資產交易的對手；以及
</p>
<p class="MsoListParagraph" style="margin-left:2.0cm;text-align:justify;">
	<br>
</p>
<p class="MsoListParagraph" style="margin-left:2.0cm;text-align:justify;text-indent:-1.0cm;">
	(d)&nbsp;&nbsp;&nbsp;
我們針對一或多個目的而向其揭露個人資料的第三方，該第三方可能會針對一或多個目的反過來收集和處理您的個人資料。
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	<br>
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	9.2&nbsp; 這可能需要與廣告和規劃供應商分享和使用者及其對本服務使用情形相關的統計及人口統計資訊。這可能不包括可用來明確識別您的身分或發現與您有關之個人資訊的資料。
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	<br>
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	9.3&nbsp; 為避免疑慮，在隱私權法或其他適用法律允許組織 ，像是我們， 在未取得您的同意即可收集、使用或揭露您個人資料的情況下，由該等法律授予的該權限應繼續適用。
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	<br>
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	9.4 &nbsp;在我方沒有責任的情況下，第三方可能會非法攔截或存取傳送至網站或是網站所包含的個人資料，技術可能會故障或無法如預期運作，或是有人可能會存取、濫用或誤用資訊。不過，我們會依照隱私權法的規定，部署合理的安全措施以保護您的個人資料，但必然無法保證絕對的安全，包括但不限於在我方沒有責任的情況下，因不滿份子惡意和精密的駭客攻擊而造成未授權揭露等狀況。
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	<b></b> 
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	<b>10.</b>&nbsp; <b>關於兒童的資訊</b> 
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	10.1 本服務不適用於未滿7歲的兒童。我們不會故意收集或保留未滿7歲兒童的任何個人資料或無法識別個人身分的資訊，而且本平台或其他本服務的所有部分都不是以未滿7歲兒童為對象。我們會關閉由該兒童專用的一切帳戶，並且會移除及/或刪除我們認為是由未滿7歲兒童提交的一切個人資料。
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	<b></b> 
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	<b>11.</b>&nbsp; <b>由第三方收集的資訊</b> 
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	<br>
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	11.1 本平台使用由 Google, Inc.(下稱「Google」)提供的網頁分析服務 - Google Analytics。Google
Analytics使用Cookie，在您裝置上的文字檔案，協助平台分析使用者使用本平台的情形。由 Cookie 產生有關您的本平台使用情形的資訊 (包括您的
IP 位址) 會傳送至Google，並由Google存放在位於美國的伺服器。Google會使用這項資訊評估您的本平台使用情形、為網站經營者編製網站活動報告，並提供與網站活動和網際網路使用情形相關的其他服務。Google可能也會在法律要求下將這項資訊傳送給第三方，或是將該資訊傳送給代表Google處理資訊的第三方。Google不會將您的IP位址與Google所持有的其他資料建立關聯。
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	<br>
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	11.2 我們和第三方偶爾可能會在本服務或透過本平台或本服務提供軟體應用程式下載供您使用。這些應用程式可能會個別存取並允許第三方檢視您的身分識別資訊(如您的姓名、使用者
ID、裝置IP位址或其他資訊)，例如您之前所安裝或是由第三方軟體應用程式或網站為您安裝的Cookie。此外，這些應用程式可能會要求您直接向第三方提供其他資訊。並不擁有或控制經由這些應用程式所提供的第三方產品或服務。我們建議您詳閱這些第三方在其網站或其他地方公佈的條款與其他政策。
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	<br>
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	<b>12.</b>&nbsp; <b>有關安全性和第三方網站的免責聲明</b> 
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	<br>
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	12.1 我們不保證您在第三方網站上提供之個人資料及/或其他資訊的安全性。為維護我們所擁有或控制與您有關之個人資料的安全性，我們確實實施了各種安全措施。您的個人資料包含在安全網路之後，只有具有該系統之特殊存取權且必須對個人資料保密的有限人員可以存取。當您下訂單或存取個人資料時，我們會提供安全伺服器以供使用。您提供的所有個人資料或敏感資訊都會以加密方式存放在我們的資料庫中，只有上述人員可以存取。
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	<br>
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	12.2 為嘗試提供更高的價值，我們可能會選擇將各種第三方網站連結至本平台，或是將第三方網站放在本平台框架中。我們可能也會參與聯合品牌和其他關係，以便為訪客提供電子商務及其他服務與功能。所連結的網站有個別和獨立的隱私權政策及安全措施。即使該第三方與我們有關，我們對於這些連結網站也沒有控制權，而且每一個連結網站都有不受我們約束的個別隱私權和資料收集作法。我們可能不會收到由聯合品牌夥伴或第三方網站
(即使是在我們的本網站上或透過我們的本平台提供) 所收集的資料。
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	<br>
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	12.3 因此，我們對於這些連結網站的內容、安全措施 (或缺乏該安全措施) 及活動，沒有任何責任或義務。這些連結網站只是為了方便起見而提供，因此當您存取這些網站時，應自行承擔風險。儘管如此，我們仍設法保護本平台及置於各網站之連結的完整性，因此歡迎提出與這些連結網站相關的意見
(包括但不限於特定連結無法運作的狀況)。
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	<b></b> 
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	<b>13.</b>&nbsp; <b>是否會將您的資訊傳送至國外？ </b> 
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	13.1 您的個人資料及/或資訊可能會傳送至您的國家/地區以外的地方，並在該地根據本隱私權政策及隱私權法之規定保存或處理。在大多數情況下，您的個人資料會在新加坡保存，我們的伺服器即設立於此，而我們的中央資料庫也在此運作。只會在符合隱私權法的情況下將您的資訊傳送至國外。
</p>
<p style="margin-left:1.0cm;text-align:justify;">
	<br>
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	<b>14.</b>&nbsp; <b>如何撤回同意、移除、要求存取或修改您提供給我們的資訊？</b> 
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	<br>
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	14.1 <u>撤回同意</u> 
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-35.45pt;">
	<br>
</p>
<p style="margin-left:63.8pt;text-align:justify;text-indent:-35.45pt;">
	14.1.1 若您不再同意我們收集、使用及/或揭露由我們擁有或控制之和您有關的個人資料，請傳送電子郵件至 <span class="MsoHyperlink"><a href="mailto:dpo@.com">dpo@.com</a></span>給我們的「個人資料保護主管」。不過，若您撤回同意，這可能表示我們將無法繼續向您提供本服務、我們可能需要終止您目前與我們的關係及/或合約。
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	<br>
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	14.2 <u>要求存取或修正個人資料</u> 
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-36.0pt;">
	<br>
</p>
<p style="margin-left:63.8pt;text-align:justify;text-indent:-36.0pt;">
	14.2.1 若您有我們的帳戶，您可以透過本平台的「帳戶設定」頁面，親自存取及/或修正目前由我們擁有或控制的個人資料。若您沒有我們的帳戶，您可以提交書面要求給我們，要求存取及/或修正目前由我們擁有或控制的個人資料。您必須提供足夠的資訊，供我們查明您的身分和要求的性質，以便能處理您的要求。因此，請傳送電子郵件至<span class="MsoHyperlink"><a href="mailto:dpo@.com">dpo@.com</a></span>給我們的「個人資料保護主管」，以提交您的書面要求。
</p>
<p style="margin-left:63.8pt;text-align:justify;text-indent:-36.0pt;">
	<br>
</p>
<p style="margin-left:63.8pt;text-align:justify;text-indent:-36.0pt;">
	14.2.2
&nbsp; 您可以請求查詢、閱覽本人的個人資料或要求給予複本(得酌收必要合理的費用)，我們會在取得您所提供、足以處理該要求的充分資訊後15天內將相關的個人資料提供給您。如果我們不能在前述的15天內對您做出回應，我們會通知您最快能將您所要求的資訊提供給您的時間。
</p>
<p style="margin-left:63.8pt;text-align:justify;text-indent:-36.0pt;">
	<br>
</p>
<p style="margin-left:63.8pt;text-align:justify;text-indent:-36.0pt;">
	14.2.3 您可以請求補充、更正、刪除、停止處理或利用本人的個人資料，我們會在取得您所提供、足以處理該要求的充分資訊後：
</p>
<p style="margin-left:63.8pt;text-align:justify;">
	<span>(a)&nbsp;&nbsp;&nbsp;
於30天內處理完成；以及</span> 
</p>
<p style="margin-left:92.15pt;text-align:justify;text-indent:-1.0cm;">
	<span>(b)&nbsp;&nbsp;&nbsp;
因可歸責之事由需更正或補充個人資料者，我們將於更正或補充後依法通知曾提供利用之對象。</span> 
</p>
<p style="margin-left:92.15pt;text-align:justify;text-indent:-1.0cm;">
	<span><br>
</span> 
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	<b></b> 
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	<b>15.</b>&nbsp; <b>問題、疑慮或投訴？聯絡我們</b> 
</p>
<p style="margin-left:1.0cm;text-align:justify;text-indent:-1.0cm;">
	<span>15.1 如果您對於我們的隱私權作法有任何問題或疑慮，請逕行聯絡： </span><span class="MsoHyperlink"><a href="mailto:dpo@.com">dpo@.com</a></span> 
</p>
<p style="margin-left:1.0cm;text-align:justify;">
	<br>
</p>
<p style="text-align:justify;">
	最新修改日期：2019年8月1日
</p>
<p>
	<br>
</p>
<p>
	<br>
</p>
<p>
	<br>
</p>
<p style="color:#535258;font-family:AdobeFanHeitiStd-Bold, 微軟正黑體, Helvetica, Arial, sans-serif;font-size:24px;background-color:#FFFFFF;">
	<span style="font-size:16px;"></span> 
</p>
    </div>
		<!-- 
Clients 
-->
		<tr><td>
		<c:import url="/WEB-INF/views/footer.jsp"/>
		</td></tr>
	<!-- Placed at the end of the document so the pages load faster -->
	<script src="${pageContext.request.contextPath}/js/jquery.js"></script>
	<script src="${pageContext.request.contextPath}/js/bootstrap.min.js"></script>
	<script src="${pageContext.request.contextPath}/js/jquery.easing-1.3.min.js"></script>
	<script src="${pageContext.request.contextPath}/js/jquery.scrollTo-1.4.3.1-min.js"></script>
	<script src="${pageContext.request.contextPath}/js/shop.js"></script>
</body>
</html>