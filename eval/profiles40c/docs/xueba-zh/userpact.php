<body>
<head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="description" content="">
    <meta name="author" content="">
    <title>学霸银行 - <?php echo $head_title?></title>
    <link href="/static/public/css/bootstrap.css" rel="stylesheet">
    <link rel="stylesheet" href="/static/public/css/buttons.css">
    <link rel="stylesheet" href="/static/public/css/style.css">
    <!-- HTML5 shim and Respond.js for IE8 support of HTML5 elements and media queries -->
    <!-- WARNING: Respond.js doesn't work if you view the page via file:// -->
    <!--[if lt IE 9]>
    <script src="https://oss.maxcdn.com/html5shiv/3.7.2/html5shiv.min.js"></script>
    <script src="https://oss.maxcdn.com/respond/1.4.2/respond.min.js"></script>
    <![endif]-->
    <script src="/static/lib/jquery-2.1.3.min.js"></script>
    <script src="/static/lib/jquery.validate.min.js"></script>
    <script src="/static/lib/jquery.form.min.js"></script>
    <script src="/static/lib/jquery.json.min.js"></script>
    <script src="/static/lib/base.js"></script>
    <script src="/static/public/js/transition.js"></script>
    <script src="/static/public/js/dropdown.js"></script>
    <script src="/static/public/js/collapse.js"></script>
    <script src="/static/public/js/carousel.js"></script>

</head>
<html>
<div class="content-right fr">
				<h4><span class="title">隐私保护</span></h4>
				<br />
				<ul class="mb30">
					<li class="b">隐私保护与免责声明</li>
					<li style="text-indent: 2em;">学霸银行网隐私权保护声明系学霸银行网保护用户个人隐私的承诺。鉴于网络的特性，学霸银行网将无可避免地与您产生直接或间接的互动关系，故特此说明学霸银行网对用户个人信息所采取的收集、使用和保护政策，请您务必仔细阅读：</li>
					<li>1、 使用者非个人化信息</li>
					<li>
						<p>我们将通过您的IP地址来收集非个人化的信息，例如您的浏览器性质、操作系统种类等，以优化在您计算机屏幕上显示的页面。通过收集上述信息，我们亦进行客流量统计，从而改进网站的管理和服务。</p>
					</li>
					<li>2、 个人资料</li>
					<li>
						<p>2.1 当您在学霸银行网使用个性化服务或公共论坛时，在您的同意及确认下，学霸银行网将通过注册表格或其他界面要求您提供一些个人资料。这
							些个人资料包括： 姓名、年龄、住址、职业、兴趣、电子邮件地址、QQ号码、MSN Messenger账号等。</p>
						<p>2.2 请了解，在未经您同意及确认之前，学霸银行网不会将您为使用学霸银行网的特定服务所提供的资料用于其它目的。只有按下列第6条规定应
							政府及法律要求披露时不在此限。</p>
					</li>
					<li>3、 信息安全</li>
					<li>
						<p>学霸银行网将对您所提供的资料进行严格的管理及保护，学霸银行网将使用相应的技术，防止您的个人资料丢失、被盗用或遭窜改。</p>
					</li>
					<li>4、 用户权利</li>
					<li>
						<p>4.1 您对于自己的个人资料享有以下权利：</p>
						<p><span>4.1.1 随时查询及请求阅览；</span></p>
						<p><span>4.1.2 随时请求补充或更正；</span></p>
						<p><span>4.1.3 随时请求删除；</span></p>
						<p><span>4.1.4 请求停止电脑处理及利用。</span></p>
						<p>4.2 针对以上权利，您如果有需要，可以直接联系学霸银行网。</p>
					</li>
					<li>5、 限制利用原则</li>
					<li>
						<p>学霸银行网只用在符合下列条件之一的情况下，才对收集的个人资料进行必要范围之外的利用：</p>
						<p>5.1 已取得您的书面同意；</p>
						<p>5.2 为免除您在生命、身体或财产方面之急迫危险；</p>
						<p>5.3 为防止他人权益之重大危害；</p>
						<p>5.4 为增进公共利益，且无害于您的重大利益。</p>
					</li>
					<li>6、 个人资料之披露</li>
					<li>
						<p>当政府机关依照法定程序要求学霸银行网披露个人资料时，学霸银行网将根据执法单位之要求或为公共安全之目的提供个人资料。在此情况下之任何披露，学霸银行网均得免责。</p>
					</li>
					<li>7、 公共论坛</li>
					<li>
						<p>学霸银行网网论坛为您提供言论交流、下载等服务。在这些区域内，您公布的任何信息都会成为公开的信息。因此，我们提醒并请您慎重考虑是否有必要在这些区域公开您的个人信息。</p>
					</li>
					<li>8、 未成年人隐私权的保护</li>
					<li>
						<p>8.1 学霸银行网将建立和维持合理的程序，以保护未成年人个人资料的保密性及安全性。学霸银行网郑重声明：任何13岁以下的未成年人参加网上活动应事先得到家长或其法定监护人（以下统称为"监护人"）的可经查证的同意。</p>
						<p>8.2 监护人应承担保护未成年人在网络环境下的隐私权的首要责任。</p>
						<p>8.3 学霸银行网收集未成年人的个人资料，仅为回覆未成人特定要求的目的，待回复完毕即从记录中删除，而不会保留这些资料做进一步的利用。</p>
						<p>8.4 未经监护人之同意，学霸银行网将不会使用未成年人之个人资料，亦不会向任何第三方披露或传送可识别该未成人的个人资料。学霸银行网收集
							监护人或未成年人的姓名或其它网络通讯资料之目的仅是为获得监护人同意，则在经过一段合理时间仍未获得同意时，将主动从记录中删除此类
							资料。</p>
						<p>8.5 若经未成年人的监护人同意，学霸银行网可对未成年人之个人资料进行收集，学霸银行网将向监护人提供：</p>
						<p><span>8.5.1 审视自其子女或被监护人收集之资料的机会；</span></p>
						<p><span>8.5.2 拒绝其子女或被监护人的个人资料被进一步的收集或利用的机会；</span></p>
						<p><span>8.5.3 变更或删除其子女或被监护人个人资料的方式。</span></p>
						<p>8.6 监护人有权拒绝学霸银行网与其子女或被监护人做进一步的联络。</p>
						<p>8.7 学霸银行网收集未成年人的个人资料，这些资料只是单纯作为保护未成年人参与网络活动时的安全，而非作为其它目的之利用。学霸银行网保证不会要求未成年人提供额外的个人资料，以作为允许其参与网上活动的条件。</p>
					</li>
					<li>9、 Cookies</li>
					<li>
						<p>Cookies是指一种技术，当您访问设有Cookies装置的学霸银行网时，学霸银行网的服务器会自动发送Cookies至您的浏览器内，并储存到您的电脑
							硬盘内，此Cookies便负责记录日后您访问学霸银行网的活动，如单词查询历史等。运用Cookies技术，学霸银行网能够为您提供更加周到的个性化服务。</p>
					</li>
					<li>10、 免责</li>
					<li>
						<p>除上述第6条规定属免责外，下列情况时学霸银行网亦无需承担任何责任：</p>
						<p>10.1 由于您将用户密码告知他人或与他人共享注册帐户，由此导致的任何个人资料泄露。</p>
						<p>10.2 学霸银行网对词库解释的正确性和全面性，以及用户因使用本词典带来的任何影响不负责任。</p>
						<p>10.3 任何由于黑客政击、计算机病毒侵入或发作、因政府管制而造成的暂时性关闭等影响网络正常经营之不可抗力而造成的个人资料泄露、丢失、被盗用或被窜改等。</p>
						<p>10.4 由于与学霸银行网链接的其它网站所造成之个人资料泄露及由此而导致的任何法律争议和后果。</p>
						<p>10.5 学霸银行网论坛作为公共的网络交流平台，不保证会员在此平台的所有发布行为均符合法律规定。所有会员在学霸银行网论坛发布的信息与学霸银行网无关。</p>
					</li>
					<li>11、 适用法律</li>
					<li style="text-indent: 2em;">学霸银行网美国节点一切运作均受美国法律约束和保护。</li>
					<li style="text-indent: 2em;">学霸银行网中国节点一切运作均受中国法律约束和保护。</li>
					<li style="text-indent: 2em;">特别提醒使用学霸银行网的中国公民，无论您在使用学霸银行网的哪一个节点服务，您的行为都将受到中国法律的约束，因此请您不要发布不适当的信息。</li>
				</ul>
				<p class="last">学霸银行网保护隐私声明的修改及更新权均属于学霸银行网。</p>
			</div>
		</div>
		<div class="clr"></div>
	
	</div>
</div>
</body></html>