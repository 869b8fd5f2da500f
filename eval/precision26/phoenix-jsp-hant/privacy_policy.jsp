<%@ page language="java" contentType="text/html; charset=UTF-8"
    pageEncoding="UTF-8" %>
<%@ taglib uri="http://java.sun.com/jsp/jstl/core" prefix="c"%>
<%@ taglib uri="http://java.sun.com/jsp/jstl/functions" prefix="fn"%>
<!DOCTYPE html>
<html>
<head>
	<meta charset="utf-8">
	<title>HeHe Journals</title>
	    <link rel="stylesheet" href="/phoenix_test/AdminLTE-2.4.2/media/main.css">
	    <link rel="stylesheet" href="/phoenix_test/AdminLTE-2.4.2/media/styles.css">
	<link rel="stylesheet" href=" //cdn.bootcss.com/bootstrap/3.3.7/css/bootstrap.min.css">  

</head>
<body>

<div class="container"  style="padding: 40px;">
	
		<div class="row visible-on">
		<div class="col-md-1 col-lg-1 hidden-xs hidden-sm"></div>
			<div class="col-xs-12 col-sm-12 col-md-10 col-lg-10">
			
			<div class="card">
			  <h1 class="text-primary">隱私政策</h1>
			<!-- 			<h3>This page demonstrates how you can create a footer with flexbox which always sticks to the bottom of the page, regardless of how much conotent there is.</h3> -->
			<!-- 			<a href='#' id="add-content">註冊及了解更多</a> -->
			<!-- 			<a href='#' id="login-content">登入</a> -->

			<div class="text-center">
				<p>

					為保障您的隱私權益，請您詳閱下列內容：<br/><br/>

一、政策的適用範圍：隱私政策適用於本網站上的服務使用，不適用於本網站以外的相關連結網站。<br/><br/>

二、個人資料的收集及使用方式<br/><br/>

1. 您提供的資料：在註冊【HeHe Journals】活動帳號過程中，您需要在本網站上填寫條件測試問卷以及個人聯絡方式（比如電郵位元址、電話號碼）；成功註冊後在參與互動性活動的過程中，您需要在本網站上填寫資料，比如調查問卷、網上練習。<br/><br/>

2. 經由您使用本網站而取得的資料：伺服器會自動記錄您使用本網站服務或瀏覽本網站內容的相關行徑，包括網際網路通訊協定位址、瀏覽器類型、使用時間等。<br/><br/>

3. 個人資料使用：收集到的所有資料只作保障本活動進行以及相關學術研究之用，非經您書面同意，不會用於其他用途。任何有關本活動的研究結果只會作整體報告，不會公開個別資料。<br/><br/>

4. 資料保護：我們將採取一切可行的安全措施，保護本網站及您的個人資料。資料傳輸將會被加密，並且只有本網站版權所有者及其他經授權人員（比如網站管理者）能夠接觸到個人資料。<br/><br/>

5. Cookie使用：為優化使用體驗，本網站會採用Cookie技術。您也可在瀏覽器功能設置中選擇拒絕Cookie寫入，但您可能會無法正常使用本網站某些功能。<br/><br/>

6. 政策變更：本網站隱私政策或不時變更，並將一律發佈在本頁。
				</p>



				
			</div>

			</div>

			<div>
				<!-- 				<img src="satelite.jpg" alt="Satelite Image">  -->
			</div>

		</div>
		</div>
		<div class="col-md-1 col-lg-1 hidden-xs hidden-sm"></div>
	</div>
	
	


	<footer  class="footer  ">
		<div class="footer-limiter">
			<!-- <div class="row" style="color: white;">
  <div class="col-6 col-md-4">.col-6 .col-md-4</div>
  <div class="col-6 col-md-4">.col-6 .col-md-4</div>
  <div class="col-6 col-md-4">.col-6 .col-md-4</div>
</div> -->
			<div class="footer-right">
				<a href="contact_us.html"><i class="fa "></i>聯絡我們</a> <a
					href="disclaimer.html"><i class="fa "></i>免責聲明</a> <a
					href="privacy_policy.html"><i class="fa "></i>隱私政策</a>
			</div>
			<div class="footer-left">
				<p class="footer-links"><a href="/phoenix_test/land/experiment/index"><img style="height: 50px;" alt="" src="/phoenix_test/AdminLTE-2.4.2/media/logo_2.png"></a></p>
			</div>
		</div>
	</footer>

</body>

	<script src=" //cdn.bootcss.com/jquery/2.1.1/jquery.min.js"></script>
	<script src=" //cdn.bootcss.com/bootstrap/3.3.7/js/bootstrap.min.js"></script>
</html>
