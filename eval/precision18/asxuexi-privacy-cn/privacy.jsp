<%@ page language="java" contentType="text/html; charset=UTF-8"
	pageEncoding="UTF-8"%>
<%
	String path = request.getContextPath();
	String basePath = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
			+ path + "/";
%>
<!DOCTYPE html>
<html>
<head>
<base href="<%=basePath%>" />
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>隐私政策</title>
<style>
body {
	background: #f7f7f7;
}

.content {
	width: 1100px;
	margin: 0 auto;
	padding: 25px 50px 50px;
	border: 1px solid #ccc;
	background: white;
	border-radius: 4px;
}

.content h2 {
	text-align: center;
}

.content hr {
	border: 0.5px solid #ccc;
}
</style>
</head>
<body>
	<div class="content">
		<h2>用户隐私权政策</h2>
		<hr>
		<p style="background: white">
			<strong><span
				style="font-size: 14px; font-family: &amp; #39; 微软雅黑 &amp;#39; , sans-serif; color: #222222; background: white">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</span></strong><strong><span
				style="font-size: 14px; font-family: &amp; #39; 微软雅黑 &amp;#39; , sans-serif; color: #222222; background: white">尊敬的用户，您的信任对爱上学习网平台非常重要，爱上学习网平台深知个人信息对您的重要性，爱上学习网平台将按法律法规要求，采取相应安全保护措施，尽力保护您的个人信息安全可控。鉴此，东营市爱上学习网络科技股份有限公司及其关联公司（下称“爱上学习网公司”）、爱上学习网网站（www.asxuexi.cn）及应用程序APP（下称“爱上学习网平台”）制定本《用户隐私权政策》（下称“本政策
					”）并提醒您：<br />
					&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;本政策适用于爱上学习网公司和爱上学习网平台所有产品或服务。如爱上学习网公司提供的产品或服务中未设独立隐私权政策的，则本政策同样适用于该部分产品或服务。<br />
					&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;在您使用爱上学习网平台各项产品或服务前，请您务必仔细阅读并完全理解本政策，一旦您开始使用爱上学习网平台各项产品或服务，即表示您已充分理解并同意本政策。
			</span></strong>
		</p>
		<h4 style="line-height: 20px; background: white">
			<span
				style="font-size: 14px; font-family: &amp; #39; 微软雅黑 &amp;#39; , sans-serif; color: #222222; background: white">1.
			</span><span
				style="font-size: 14px; font-family: &amp; #39; 微软雅黑 &amp;#39; , sans-serif; color: #222222; background: white">【信息的收集范围】</span>
		</h4>
		<p style="background: white">
			<span
				style="font-size: 14px; font-family: &amp; #39; 微软雅黑 &amp;#39; , sans-serif; color: #222222; background: white">您授权爱上学习网平台收集您的以下个人信息：<br />
				1）个人相关信息：当您选择爱上学习网平台提供的相关服务时，依据您选择的服务类型可能需向爱上学习网平台提交的个人身份证、手机号、住地、邮箱等相关个人信息。<br />
				2）您的密码、密码提示以及其他可用于验证和访问您的账户的安全信息。<br />
				3）当爱上学习网平台客服团队、工作人员与您联系或者您与爱上学习网平台客服团队、工作人员联系时，爱上学习网平台会以通话录音及人工录入的方式记录双方的通话信息及您提出的意见或建议、您提供的姓名、联系方式，以便爱上学习网平台为您更好的提供服务、处理纠纷、解决问题或向您反馈结果。如果您拒绝爱上学习网平台收集此类信息，可能会导致您无法使用爱上学习网平台核心业务功能。<br />
				4）当您使用爱上学习网平台服务时，服务器会自动记录一些信息，包括但不限于使用情况、IP地址、所访问服务的URL、浏览器的类型、访问的地理位置、访问信息、访问日期和时间等日志。<br />
				5）某些产品和/或服务包含唯一应用程序编号。当您安装、激活、更新、卸载相关服务或当这些服务定期与爱上学习网平台通信（例如软件的更新）时，系统会将此编号以及与安装相关的信息（例如操作系统类型和应用程序版本号）发送给爱上学习网平台。当您使用具有定位功能的爱上学习网平台服务时，系统会自动处理有关设备的位置信息，以使得您不需要手动输入自身地理坐标就可获得相关服务。
				为了提供更好的服务与改善用户体验，爱上学习网平台可能会记录硬件型号、操作系统版本号、国际移动设备身份码（IMEI）、网络设备硬件地址（MAC）等信息。<br />
				6）为实现您联机体验的个性化需求，使您获得更轻松的访问体验。爱上学习网平台会在您的计算机或移动设备上发送一个或多个名为Cookies的小数据文件，指定给您的Cookies
				是唯一的，它只能被将Cookies发布给您的域中的Web服务器读取。爱上学习网平台向您发送Cookies是为了简化您重复登录的步骤、存储您的学习偏好等数据进而为您提供学习的偏好设置、帮助您优化对广告的选择与互动、帮助判断您的登录状态以及账户或数据安全。爱上学习网平台不会将
				Cookies 用于本隐私政策所述目的之外的任何用途。您可根据自己的偏好管理或删除 Cookies。您可以清除计算机上保存的所有
				Cookies，大部分网络浏览器会自动接受Cookies，但您通常可根据自己的需要来修改浏览器的设置以拒绝
				Cookies；另外，您也可以清除浏览器内保存的所有Cookies，移动端退出登录后也可以清除所有Cookies。但如果您这么做，您可能需要在每一次访问爱上学习网平台网站时亲自更改用户设置，而且您之前所记录的相应信息也均会被删除，并且可能会对您所使用服务的安全性有一定影响。&nbsp;<br />
				7）其他根据爱上学习网平台具体产品及服务的需要而收集的您的个人信息，包括但不限于您对爱上学习网平台及爱上学习网平台的产品或服务的意见、建议等信息。
			</span>
		</p>
		<h4 style="line-height: 20px; background: white">
			<span
				style="font-size: 14px; font-family: &amp; #39; 微软雅黑 &amp;#39; , sans-serif; color: #222222; background: white">2.
			</span><span
				style="font-size: 14px; font-family: &amp; #39; 微软雅黑 &amp;#39; , sans-serif; color: #222222; background: white">【信息的收集方法】</span>
		</h4>
		<p style="background: white">
			<span
				style="font-size: 14px; font-family: &amp; #39; 微软雅黑 &amp;#39; , sans-serif; color: #222222; background: white">您授权爱上学习网平台通过以下方法收集您的个人信息：<br />
				1）爱上学习网平台将收集和储存在您浏览、访问爱上学习网平台及/或使用爱上学习网平台的产品或服务时主动向爱上学习网平台提供的信息；<br />
				2）爱上学习网平台将收集和储存爱上学习网平台在向您提供爱上学习网平台的产品或服务的过程中记录的与您有关的信息；<br />
				3）爱上学习网平台将收集和储存您通过爱上学习网平台的客服人员、工作人员及/或其他渠道主动提交或反馈的信息；<br />
				4）爱上学习网平台将向关联公司、商业合作伙伴及第三方独立资料来源，收集和储存其合法获得的与您有关的信息；<br />
				5）爱上学习网平台将向依法设立的征信机构査询您的相关信用信息，包括但不限于任何信用分、信用报告等。
			</span>
		</p>
		<h4 style="line-height: 20px; background: white">
			<span
				style="font-size: 14px; font-family: &amp; #39; 微软雅黑 &amp;#39; , sans-serif; color: #222222; background: white">3.</span><span
				style="font-size: 14px; font-family: &amp; #39; 微软雅黑 &amp;#39; , sans-serif; color: #222222; background: white">【信息的用途】</span>
		</h4>
		<p style="background: white">
			<span
				style="font-size: 14px; font-family: &amp; #39; 微软雅黑 &amp;#39; , sans-serif; color: #222222; background: white">您授权爱上学习网平台出于以下用途使用您的个人信息：<br />
				1）向您提供爱上学习网平台的产品及服务，并进行爱上学习网平台相关网站及APP的管理和优化；<br />
				2）提升和改善爱上学习网平台现有产品及服务的功能和质量，包括但不限于产品及服务内容的个性化定制及更新；<br />
				3）开展爱上学习网平台产品及服务相关的市场活动，向您推送最新的市场活动信息及优惠方案；<br />
				4）设计、开发、推广全新的产品及服务；<br />
				5）提高爱上学习网平台产品及服务安全性，包括但不限于身份验证、用户服务、安全防范、诈骗监测、存档和备份；<br />
				6）协助行政机关、司法机构等有权机关开展调査，并遵守适用法律法规及其他向有权机关承诺之义务；<br />
				7）在收集信息之时所通知您的用途以及与上述任何用途有关的其他用途；<br />
				此外，爱上学习网平台可能向您发送与上述用途有关的信息和通知，包括但不限于为保证服务完成所必须的验证码、使用产品或服务时所必要的推送通知、关于爱上学习网平台产品或服务的新闻以及市场活动及优惠促销信息。
			</span>
		</p>
		<h4 style="line-height: 20px; background: white">
			<span
				style="font-size: 14px; font-family: &amp; #39; 微软雅黑 &amp;#39; , sans-serif; color: #222222; background: white">4.</span><span
				style="font-size: 14px; font-family: &amp; #39; 微软雅黑 &amp;#39; , sans-serif; color: #222222; background: white">【信息的共享】</span>
		</h4>
		<p style="background: white">
			<span
				style="font-size: 14px; font-family: &amp; #39; 微软雅黑 &amp;#39; , sans-serif; color: #222222; background: white">爱上学习网平台对您的个人信息承担保密义务，但您授权爱上学习网平台在下列情况下将您的信息与第三方共享：<br />
				1）为了提升爱上学习网平台的产品及服务质量或向您提供全新的产品及服务，爱上学习网平台会在关联公司内部共享您的相关信息，也可能将爱上学习网平台收集的信息提供给第三方用于分析和统计<br />
				2）如果您通过爱上学习网平台使用的某些产品及服务是由爱上学习网平台的合作伙伴提供的，或是由爱上学习网平台与合作伙伴或供应商共同提供的，爱上学习网平台将与其共享向您提供相应产品及服务所必需的信息；<br />
				3）为了与第三方开展联合推广活动，爱上学习网平台可能与其共享开展活动所必需的以及在活动过程中产生的相关信息；<br />
				4）为了维护您的合法权益，在协助处理与您有关的交易纠纷或争议时，爱上学习网平台会向您的交易相对方或存在利害关系的第三方提供解决交易纠纷或争议所必需的信息；<br />
				5）根据法律法规的规定及商业惯例，爱上学习网平台需要接受第三方的审计或尽职调査时，可能向其提供您的相关信息；<br />
				6）根据法律法规的规定或行政机关、司法机构等有权机关要求，爱上学习网平台会向其提供您的相关信息；<br />
				7）其他经您同意或授权可以向第三方提供您的个人信息的情况。<br />
				您同意免除上述个人信息的接收和/或使用方在按照本政策所述情形下进行信息披露和使用而导致的或可能导致的所有索赔、责任和损失。
			</span>
		</p>
		<h4 style="line-height: 20px; background: white">
			<span
				style="font-size: 14px; font-family: &amp; #39; 微软雅黑 &amp;#39; , sans-serif; color: #222222; background: white">5.</span><span
				style="font-size: 14px; font-family: &amp; #39; 微软雅黑 &amp;#39; , sans-serif; color: #222222; background: white">【信息收集、使用和对外提供的例外】</span>
		</h4>
		<p style="background: white">
			<span
				style="font-size: 14px; font-family: &amp; #39; 微软雅黑 &amp;#39; , sans-serif; color: #222222; background: white">您充分知晓并接受，以下情形中，爱上学习网平台收集、使用和对外提供您的个人信息无需征得您的授权同意：<br />
				1）与国家安全、国防安全有关的；<br /> 2）与公共安全、公共卫生、重大公共利益有关的；<br />
				3）与犯罪侦查、起诉、审判和判决执行等有关的，或公安、检察院、法院、工商行政管理局等有权机关要求提供的；<br />
				4）出于维护个人信息主体或其他个人的生命、财产等重大合法权益但又很难得到本人同意的；<br />
				5）所收集的个人信息是个人信息主体自行向社会公众公开的；<br />
				6）从合法公开披露的信息中收集的您的个人信息的，如合法的新闻报道、政府信息公开等渠道；<br /> 7）根据您的要求签订合同所必需的；<br />
				8）用于维护所提供的服务与/或产品的安全稳定运行所必需的，例如发现、处置服务与/或产品的故障；<br />
				9）为合法的新闻报道所必需的；<br />
				10）学术研究机构基于公共利益开展统计或学术研究所必要，且对外提供学术研究或描述的结果时，对结果中所包含的个人信息进行去标识化处理的；<br />
				11）法律法规规定的其他情形。
			</span>
		</p>
		<h4 style="line-height: 20px; background: white">
			<span
				style="font-size: 14px; font-family: &amp; #39; 微软雅黑 &amp;#39; , sans-serif; color: #222222; background: white">6.</span><span
				style="font-size: 14px; font-family: &amp; #39; 微软雅黑 &amp;#39; , sans-serif; color: #222222; background: white">【信息的安全及保护措施】</span>
		</h4>
		<p style="background: white">
			<span
				style="font-size: 14px; font-family: &amp; #39; 微软雅黑 &amp;#39; , sans-serif; color: #222222; background: white">爱上学习网平台及关联方将采用严格的安全制度以及行业通行的安全技术和程序来确保您的个人信息不被丢失、泄露、毀损或滥用。</span>
		</p>
		<h4 style="line-height: 20px; background: white">
			<span
				style="font-size: 14px; font-family: &amp; #39; 微软雅黑 &amp;#39; , sans-serif; color: #222222; background: white">7.</span><span
				style="font-size: 14px; font-family: &amp; #39; 微软雅黑 &amp;#39; , sans-serif; color: #222222; background: white">【未成年人信息保护】</span>
		</h4>
		<p style="background: white">
			<span
				style="font-size: 14px; font-family: &amp; #39; 微软雅黑 &amp;#39; , sans-serif; color: #222222; background: white">如果没有父母或监护人的同意，未成年人不得创建自己的用户账户。如您为未成年人的，建议您请您的父母或监护人仔细阅读本隐私权政策，并在征得您的父母或监护人同意的前提下使用爱上学习网平台的服务或向爱上学习网平台提供信息。<br />
				对于经父母或监护人同意使用爱上学习网平台的产品或服务而收集未成年人个人信息的情况，爱上学习网平台只会在法律法规允许、父母或监护人明确同意或者保护未成年人所必要的情况下使用、共享、转让或披露此信息。
			</span>
		</p>
		<h4 style="line-height: 20px; background: white">
			<span
				style="font-size: 14px; font-family: &amp; #39; 微软雅黑 &amp;#39; , sans-serif; color: #222222; background: white">8.</span><span
				style="font-size: 14px; font-family: &amp; #39; 微软雅黑 &amp;#39; , sans-serif; color: #222222; background: white">【隐私权声明】</span>
		</h4>
		<p style="background: white">
			<span
				style="font-size: 14px; font-family: &amp; #39; 微软雅黑 &amp;#39; , sans-serif; color: #222222; background: white">您的交易相对方、您访问的第三方网站经营者、您使用的第三方服务提供者和通过我们获取您的个人信息的第三方可能有自己的隐私权保护政策以及获取您个人信息的方法和措施，这些第三方的隐私权保护政策、获取个人信息的方法和措施将不会受到我们的控制。虽然我们将与可能接触到您的个人信息的我们的合作方等第三方签署保密协议并尽合理的努力督促其履行保密义务，但我们无法保证第三方一定会按照我们的要求采取保密措施，我们亦不对第三方的行为及后果承担任何责任。</span>
		</p>
		<h4 style="line-height: 20px; background: white">
			<span
				style="font-size: 14px; font-family: &amp; #39; 微软雅黑 &amp;#39; , sans-serif; color: #222222; background: white">9.</span><span
				style="font-size: 14px; font-family: &amp; #39; 微软雅黑 &amp;#39; , sans-serif; color: #222222; background: white">【更新】</span>
		</h4>
		<p style="background: white">
			<span
				style="font-size: 14px; font-family: &amp; #39; 微软雅黑 &amp;#39; , sans-serif; color: #222222; background: white">未经您明确同意，爱上学习网平台不会限制您按照本政策所应享有的权利。随着爱上学习网平台服务的不断提升，本政策的内容也可能会不时更新。更新后的政策一旦在爱上学习网平台上公布即有效代替原来的隐私权政策。</span>
		</p>
		<h4 style="line-height: 20px; background: white">
			<span
				style="font-size: 14px; font-family: &amp; #39; 微软雅黑 &amp;#39; , sans-serif; color: #222222; background: white">10.</span><span
				style="font-size: 14px; font-family: &amp; #39; 微软雅黑 &amp;#39; , sans-serif; color: #222222; background: white">【联络方式】</span>
		</h4>
		<p style="background: white">
			<span
				style="font-size: 14px; font-family: &amp; #39; 微软雅黑 &amp;#39; , sans-serif; color: #222222; background: white">您可以通过以下方式与爱上学习网平台联系，爱上学习网平台将尽快回复您的请求：<br />
				1）如对本政策内容有任何疑问、意见或建议，您可以拨打0546-6079686的客服热线与爱上学习网平台联系；<br />
				2）如发现个人信息可能被泄露，您可以通过（https://www.asxuexi.cn）或发送邮件至asxuexi@asxuexi.cn投诉举报；<br />
				3）如果您对爱上学习网平台的回复不满意，特别是您认为爱上学习网平台的个人信息处理行为损害了您的合法权益，您还可以通过向被告住所地有管辖权的法院提起诉讼来寻求解决方案。
			</span>
		</p>
		<p>
			<br />
		</p>
	</div>
</body>
</html>