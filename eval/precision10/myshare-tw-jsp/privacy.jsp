<%@ page language="java" contentType="text/html; charset=UTF-8"
    pageEncoding="UTF-8"%>
<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<style type="text/css">
p{

margin: 0 auto;
width:1024px;
}
</style>
<title>隱私權聲明 │ Privacy</title>
</head>
<%@ include file="a_nav.jsp" %> 
<body>
<br>
<h1 style="text-align: center;color:#6bb2b1;">隱私權聲明 Privacy</h1>
<HR  size="2" width="78%" style="margin-bottom:15px;">
<p>
以下是閒著APP關於線上隱私權的政策，使用者如果對於閒著APP隱私權政策或與個人資料有關之相關事項有任何疑問，可以利用電子郵件和閒著APP連絡，閒著APP將盡快回覆說明。
</p>
<br><br>
<p>
<b>
一. 個人資料取得</b><br>
原則上，使用者進入閒著APP相關網站時，閒著APP會紀錄使用者上站的位址，以及在閒著APP相關網站內的瀏覽活動等資料，但上述資料僅供作流量分析和網路行為調查，以便於改善閒著APP相關網站的服務品質，上述資料亦僅作為總量上之分析，不會和特定個人相連繫。
<br></p>
<br><br>
<p>
<b>二. 個人資料的利用</b><br>
閒著APP相關網站所取得之個人資料，僅供閒著APP於其內部、依照原來說明的使用目的和範圍加以使用，除非事先說明或依照相關法律規定，否則閒著APP不會將使用者個人資料提供給第三人或移作其他目的使用。
<br></p>
<br><br>
<p>
<b>三. 資料安全</b><br>
閒著APP將盡力以合理之技術及程序，保障所有個人資料之安全。
<br></p>
<br><br>
<p>
<b>四. 查詢或更正的方式</b><br>
使用者個人資料有變更或發現個人資料不正確的時候，可以隨時於閒著APP相關網站中要求更正，包括要求停止寄發相關訊息等。
<br></p>
<br><br>
<p>
<b>五. 連結</b><br>
閒著APP相關網站或網頁都可能包含其他網站或網頁知連結，對於此等不屬於閒著APP之網站或網頁，不論關於其內容或隱私權政策，均與閒著APP無關。
<br></p>
<br><br>
<p>
<b>六. Cookie</b><br>
為了便利使用者，閒著APP部分網站可能使用cookie技術，以便於提供更適合使用者個人需要的服務；cookie是網站伺服器用來和使用者瀏覽器進行溝通的一種技術，它可能在使用者的電腦中儲存某些資訊，但是使用者可以經由瀏覽器的設定，取消或限制此項功能。如果使用者想知道如何取消或限制此項功能，請與閒著APP客服中心聯絡。
<br></p>
<br><br>
<p>
<b>七. 本隱私權政策的變更</b><br>
本隱私權政策會不時變更，但閒著APP不會在未經使用者同意的情況下，削減本隱私權政策賦予使用者的權利，若有所變更，大多為小幅修正，閒著APP會將隱私權政策之所有變更張貼於此網頁上，本隱私權政策的每個版本皆會顯示生效日期，閒著APP也會將本隱私權政策之存檔版本封存，供使用者檢閱。
如果使用者有其他任何關於本隱私權政策的問題或疑慮，歡迎隨時透過此網站與閒著APP連絡。</p>
<%@ include file="footer.jsp" %>
</body>
</html>