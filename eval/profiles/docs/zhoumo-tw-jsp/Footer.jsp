<%@ page language="java" contentType="text/html; charset=UTF-8"
	pageEncoding="UTF-8"%>
<%@ taglib uri="http://java.sun.com/jsp/jstl/core" prefix="c"%>

<!DOCTYPE html>
<div class="row footer">
	<div style="text-align: center;">
		<div class="ftinfo">
			<h3>隱私權政策</h3>
		</div>
	</div>
	<div class="ftinfo">
		<h4>個人資料蒐集之目的與類別</h4>
		<p>為了提供電子商務服務、履行法定義務、保護當事人及相關利害關係人之權益、行銷、客戶管理與服務
			，依照各服務之性質，有可能會蒐集您的姓名、連絡方式(包括但不限於電話、E-MAIL及地址等)、
			、IP位址、及其他得以直接或間接識別使用者身分之個人資料。
			此外，為提升服務品質，周末跟我趣會依照所提供服務之性質，記錄使用者的IP位址、以及在周末跟
			我趣相關網站的瀏覽活動(如，使用者所使用的軟硬體、所點選的網頁)等資料，但是這些資料僅供作
			流量分析和網路行為調查，以便於改善周末跟我趣相關網站的服務品質，不會和特定個人相連繫。</p>
	</div>
	<div class="ftinfo">
		<h4>Cookie</h4>
		<p>為了便利使用者，周末跟我趣網站可能會讀取儲存在使用者電腦中的cookie資料。使用者可以經由
			瀏覽器的設定，取消或限制此項功能，但可能因此無法使用部份網站功能。</p>
	</div>
	<div class="ftinfo">
		<h4>本隱私權政策修訂權利</h4>
		<p>周末跟我趣有權隨時修訂本隱私權聲明及相關告知事項，並得於修訂後公佈在周末跟我趣網站，
			不另行個別通知，您可以隨時在周末跟我趣網站上詳閱修訂後的隱私權聲明及相關告知事項。</p>
	</div>

</div>

<div class="row st">
	<div>
		<p>
			<small>&copy; 2023-2024 EEIT73結訓發表成果-周末跟我趣 </small>
		</p>
	</div>
</div>
