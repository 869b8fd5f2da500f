<%@ page language="java" contentType="text/html; charset=UTF-8"
    pageEncoding="UTF-8"%>
<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<STYLE>
	.arial {
		font: Arial;
		text-align: justify;
	}
</STYLE>
</head>
<body>
<table style="width:794px;" cellpadding="0">
	<tbody>
		<tr>
			<td style="font-size:12px;font-color:grey;width:794px;">
				<table>
					<tr>
						<td>
							<span class="arial">
								Please do not reply to this email. Should you wish to contact us, please send an email at <a href="mailto:patientservice@hkah.org.hk">patientservice@hkah.org.hk</a> and we will get back to you.
							</span>
							<br/>
							請勿回覆此電郵。若要與我們聯絡，請傳送電郵到<a href="mailto:patientservice@hkah.org.hk">patientservice@hkah.org.hk</a>，我們便會回覆您。
						</td>
					</tr>
				</table>
			</td>
		</tr>
	</tbody>
</table>
<table style="width:794px;height:1200px;" cellpadding="0">
	<tbody>
		<tr>
			<td style="padding-left:45px;padding-top:20px;width:794px;height:1200px;background-position:0px 50px;background-image:url('https://mail.hkah.org.hk/online/images/email/background.jpg');background-repeat:no-repeat;">
				<table style="width:690px;font-size:13px;" cellpadding="0">
					<tbody>
					<tr>
						<td align="left" class="arial" style="text-align:left;width:40%">Dear [RECV_NAME]</td>
						<td align="right" class="arial" style="text-align:right;width:60%">25 March 2013</td>
					</tr>
					<tr>
						<td align="center" colspan="2" class="arial" style="text-align:center;"><b><u>Use of Personal Data in Direct Marketing</u></b></td>
					</tr>
					<tr><td>&nbsp;</td></tr>
					<tr>
						<td align="left" colspan="2" class="arial">
							At Hong Kong Adventist Hospital, we are committed to protecting your privacy.  We have recently made changes to our agreement concerning personal data collection, outlining the choices you have and the hospital's usage of the information. 
						</td>
					</tr>
					<tr><td>&nbsp;</td></tr>
					<tr>
						<td align="left" colspan="2" class="arial">
							We will continue to provide you with information relating to health services, health promotion and our Hospital Foundation through various communication channels such as direct mail, email, telephone and SMS, by using your personal data (including your name, contact details and other information).  We ensure that your personal information will be exclusively used by our hospital. 
						</td>
					</tr>
					<tr><td>&nbsp;</td></tr>
					<tr>
						<td align="left" colspan="2" class="arial">
						Thank you for taking the time to familiarize yourself with this new practice.  You may opt-out from receiving marketing communication at any time in the following ways: 
						</td>
					</tr>
					<tr>
						<td colspan="2">
							<table style="width:100%;">
								<tr>
									<td align="left" class="arial" width="25%">1. By Email&nbsp;&nbsp;&nbsp;</td>
									<td align="left" class="arial" width="75%">: <a href="mailto:patientservice@hkah.org.hk">patientservice@hkah.org.hk</a></td>
								</tr>
								<tr>
									<td align="left" class="arial">2. By Phone&nbsp;&nbsp;&nbsp;</td>
									<td align="left" class="arial">: (852) 3651 8997</td>
								</tr>
								<tr>
									<td align="left" class="arial">3. By Post&nbsp;&nbsp;&nbsp;</td>
									<td align="left" class="arial">: Marketing Department, Hong Kong Adventist Hospital, 40 Stubbs Road, HK.</td>
								</tr>
							</table>
						</td>
					</tr>
					<tr><td>&nbsp;</td></tr>
					<tr><td align="left" colspan="2" class="arial">Hong Kong Adventist Hospital</td></tr>
					<tr><td align="left" colspan="2" class="arial">Customer Service Hotline: (852) 3651 8997</td></tr>
					<tr><td>&nbsp;</td></tr>
					<tr>
						<td align="left" colspan="2" class="arial" style="font-size:11px;">
						Note: Please visit our website (<a href="www.hkah.org.hk">www.hkah.org.hk</a>) for our hospital, dental and physical check-up leaflets.
						</td>
					</tr>
					<tr><td>&nbsp;</td></tr>
					
					<tr><td>&nbsp;</td></tr><tr><td align="left" colspan="2">親愛的客戶：</td></tr>
					<tr><td align="center" colspan="2"><b><u>使用個人資料以提供健康資訊及本院服務訊息</u></b></td></tr>
					<tr><td>&nbsp;</td></tr>
					<tr><td align="left" colspan="2">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;為維護　閣下的私隱，香港港安醫院已修訂了收集個人資料的有關條文，範圍涵蓋如何收集和使用　閣下的個人資料，及　閣下享有的選項。</td></tr>
					<tr><td>&nbsp;</td></tr>
					<tr><td align="left" colspan="2">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;我們將會使用　閣下的個人資料（包括姓名、聯絡方法及其它資料），藉直接郵遞、電子郵件、電話通話、短訊或其它形式的傳訊，繼續向　閣下提供健康資訊，及與本院服務或港安醫院慈善基金有關的訊息。同時，我們所收集的個人資料只供本院使用。</td></tr>
					<tr><td>&nbsp;</td></tr>
					<tr><td align="left" colspan="2">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;如果　閣下希望取消接收上述通訊，可以隨時通過下列方式通知我們：</td></tr>
					<tr>
						<td colspan="2">
							<table style="width:100%;">
								<tr>
									<td align="left" width="25%">
										回覆電郵至&nbsp;&nbsp;&nbsp;
									</td>
									<td align="left" width="75%">
										：<a href="mailto:patientservice@hkah.org.hk">patientservice@hkah.org.hk</a>；
									</td>
								</tr>
								<tr><td align="left">致電客戶服務熱線&nbsp;&nbsp;&nbsp;</td><td align="left">：(852) 3651 8997；或 </td></tr>
								<tr><td align="left">以書面郵寄至&nbsp;&nbsp;&nbsp;</td><td align="left">：香港司徒拔道40號香港港安醫院市場部。</td></tr>
							</table>
						</td>
					</tr>
					<tr><td>&nbsp;</td></tr>
					<tr><td align="left" colspan="2">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;多謝　閣下撥冗了解新修訂。如有任何疑問，請致電 (852) 3651 8997與本院職員聯絡。</td></tr>
					<tr><td>&nbsp;</td></tr><tr><td align="left" colspan="2">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;敬祝</td></tr>
					<tr><td align="left" colspan="2">台祺</td></tr>
					<tr><td align="right" colspan="2">香港港安醫院&nbsp;&nbsp;&nbsp;謹啟</td></tr>
					<tr><td align="left" colspan="2">2013 年 3 月 25 日</td></tr>
					<tr><td>&nbsp;</td></tr>
					<tr>
						<td align="left" colspan="2" style="font-size:11px;">
						備註：如欲進一步了解本院及本院牙科服務，或查閱身體檢查服務單張，請瀏覽以下網站：<a href="www.hkah.org.hk">www.hkah.org.hk</a>
						</td>
					</tr>
					</tbody>
				</table>
			</td>
		</tr>
	</tbody>
</table>
</body>
</html>