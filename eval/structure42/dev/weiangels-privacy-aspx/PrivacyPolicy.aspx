<%@ page language="C#" masterpagefile="~/MasterPages/MasterPage.master" autoeventwireup="true" inherits="Home_PrivacyPolicy, App_Web_privacypolicy.aspx.cc09902d" title="Untitled Page" %>

<asp:Content ID="Content1" ContentPlaceHolderID="head" Runat="Server">
	<link href="../css/help.css" type="text/css" rel="stylesheet" media="screen" />
</asp:Content>
<asp:Content ID="Content2" ContentPlaceHolderID="cphMainWrapper" Runat="Server">
	<div class="mainbody">
			<div class="mainleft" style="width: 940px;">
				<div class="help_desc" style="margin-top:0;">
					<b class="help_class_title2">隐私政策</b>
					<div class="help_desc_item">
						<p>
							我们尊重您的隐私权。<br />
							我们不会将您的姓名或个人资料给予第三方。<br />
							您的支付信息只有通联支付可获得，我们不能存储您的交易信息。
						</p>
					</div>
				</div>
				<div class="help_desc" style="margin-top:0;">
					<b class="help_class_title2">电子邮件</b>
					<div class="help_desc_item">
						<ul>
							<li><p>我们希望与您沟通，如果您只希望听到我们。</p></li>
							<li><p>我们将会向您发送有关个人承诺相关的电子邮件。我们会密切留意这些电子邮件并降低频率到最小限度。</p></li>
							<li><p>您也将获得一定的电子邮件通知，当然您可以选择退订。</p></li>
							<li><p>我们可能会发送给您服务的相关公告，在这样的情况下这些举动是必要的。</p></li>
							<li><p>项目的创建者及其支持者的电子邮件，只有在项目获得成功资助后，由创建者进行询问，当然也由您自己决定是否告知这个信息。</p></li>
						</ul>
					</div>
				</div>
				<div class="help_desc" style="margin-top:0;">
					<b class="help_class_title2">技术/安全</b>
					<div class="help_desc_item">
						<ul>
							<li><p>Weiangels使用cookies，以帮助（匿名）用户不会重复收到相同的内容。我们利用这些信息使WeiAngels提高用户友好度。</p></li>
							<li><p>Weiangels可能获取用户的IP 地址。我们将利用这一信息，监测和防止欺诈行为，诊断问题，以及（匿名）估计的人口统计信息。</p></li>
							<li><p>我们使用各种安全措施，包括加密和验证工具，以维护您的个人信息的保密性。您的个人信息存储在防火墙后面，只有数量有限的人可以通过机密的访问。</p></li>
							<li><p>当您在进行账户充值时，我们使用一个安全的服务器。在一定程度上，你选择了安全的服务器的方法，您的浏览器支持这样的功能，您提供所有的信用卡信息是通过安全（SSL）技术的传播。</p></li>
							<li><p>不管我们怎么努力，在公共互联网上的数据传输没有可以保证是100％安全的，但我们从未放弃努力。</p></li>
						</ul>
					</div>
				</div>
				<div class="help_desc" style="margin-top:0;">
					<b class="help_class_title2">自愿信息披露</b>
					<div class="help_desc_item">
						<p>在公开场所的任何个人信息或内容，完全由您个人自愿公开，便于其他用户收集和使用。在作出决定前你应该谨慎，是否通过这些公共场所公开您的个人信息。</p>
					</div>
				</div>
				<div class="help_desc" style="margin-top:0;">
					<b class="help_class_title2">项目创建者</b>
					<div class="help_desc_item">
						<ul>
							<li><p>Weiangels的项目创建者同意我们的用户协议，同意不滥用其他用户的个人信息。</p></li>
							<li><p>Weiangels的项目创建者从来不会收到用户的交易信息。</p></li>
						</ul>
					</div>
				</div>
				<div class="help_desc" style="margin-top:0;">
					<b class="help_class_title2">电子邮件</b>
					<div class="help_desc_item">
						<ul>
							<li><p>Weiangels的保留权利随时更新本隐私政策。我们的隐私政策的更新将被发送到你提供给我们的电子邮件地址，或在网站上显眼地方进行张贴。</p></li>
							<li><p>我们保留透露您的个人识别信息权利，当遇到法律规定的权利时，我们认为，信息披露是必要的，以保护我们的权利，或在善意的信念，这种行动是必要的符合中国法律的。</p></li>
							<li><p>要修改或删除任何或所有的个人信息请登录并更新您的个人资料。</p></li>
							<li><p>18岁以下人士不得使用Weiangels服务，和本隐私政策。</p></li>
						</ul>
					</div>
				</div>
				<div class="help_desc" style="margin-top:0;">
					<b class="help_class_title2">问题</b>
					<div class="help_desc_item">
						<p>如果你有问题或建议，您可以联系我们： customerservice@weiangels.org</p>
					</div>
				</div>
			</div>
		</div>
	<div class="mainbottom"></div>
</asp:Content>

