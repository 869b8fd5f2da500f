<!DOCTYPE html>
<html lang="en">
	<head>
		<meta charset="UTF-8">
		<title>VIP会员服务协议 - <?=SITE()["name"]?></title>
		<meta name="keywords" content="VIP会员服务协议,<?=SITE()["keywords"]?>" />
		<meta name="Author" content="<?=SITE()["author"]?>" />
		<meta name="Description" content="VIP会员服务协议,<?=SITE()["description"]?>" />
		<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=0">
		<meta name="format-detection" content="telephone=no" />
		<link rel="stylesheet" type="text/css" href="/css/reset.css?<?=VERSION()?>">
		<link rel="stylesheet" type="text/css" href="/css/style.css?<?=VERSION()?>">
		<link rel="stylesheet" type="text/css" href="/css/account.css?<?=VERSION()?>">
		<script type="text/javascript" src="/js/lib/jquery.min.js?<?=VERSION()?>"></script>
	</head>
	<body class="bg-gray">
		<?php $this->load->view("layout/header", array("title"=>"什么是次元币？"))?>
		<p class="protocol-title">一、协议条款的接受与修改</p>
		<p class="protocol-content">1.1 本协议是VIP会员与Dark Comico（以下简称为：DC）之间关于用户成为VIP会员且使用DC提供的VIP会员服务所订立的协议。本协议描述DC与VIP会员之间关于软件许可以及服务使用及相关 方面的权利义务。“VIP会员”或“您”是指享受DC提供的VIP会员服务的个人或单一实体。本服务协议构成您（无论个人或者单位）使用DC所提供的VIP会员服务之先决条件，除非您接受本协议条款， 否则您无权使用本协议的相关服务。您的使用行为将视为同意接受本协议各项条款的约束。</p>
		<p class="protocol-content">1.2 DC有权随时对服务条款进行修改，且毋须另行通知。一旦服务条款发生变更和修改，您的权利以及义务的表述、购买程序及收费标准，均以最新的服务条款为准。如果VIP会员不同意本协议的修改， 可以取消已经获取的服务并停止使用；如果VIP会员在协议变更后继续使用DC提供的服务，则视为VIP会员已经接受本协议的全部修改。</p>
		<p class="protocol-content">1.3 请您审阅并接受或不接受本协议，未成年人应在法定监护人陪同下审阅和履行，未成年人行使和履行本协议项下的权利和义务视为已获得了法定监护人的认可，您在享受DC的VIP会员服务时必须完全、 严格遵守本服务协议条款。</p>
		<p class="protocol-content">1.4本收费协议中未约定事项以《会员条款》中的约定为准。</p>
		<p class="protocol-title">二、服务说明</p>
		<p class="protocol-content">2.1 VIP会员服务涉及的DC产品所有权以及相关软件知识产权归DC所有。DC所提供的服务将按照其服务条款和操作规则严格执行。VIP会员在享受DC任何单项服务时，应当受本协议以及《会员 条款》的约束。</p>
		<p class="protocol-content">2.2 DC享有对VIP会员网上一切活动的监督、提示、检查的权利，如VIP会员的行为违反有关法律法规或违反本协议条款的约定，DC享有要求其纠正及追究其责任等权利。</p>
		<p class="protocol-content">2.3 DC向VIP会员提供的全部服务，均仅限于VIP会员在DC平台使用，任何以恶意破解等非法手段将DC提供的服务内容与DC平台分离的行为，均不属于本协议中约定的服务。由此引起的一切法 律后果由行为人负责，DC将依法追究行为人的法律责任。</p>
		<p class="protocol-content">2.4 当VIP会员使用DC各单项服务时，VIP会员的使用行为视为其对各单项服务的服务条款以及DC在该单项服务中发出各类公告的同意。</p>
		<p class="protocol-content">2.5 您明确了解并同意， VIP会员的付费方式为代收费运营商托收的付款方式，您通过此种付费方式付费可能存在一定的商业风险，包括但不限于不法分子利用您账户或银行卡等有价卡等进行违法活动，该等风险均会给您造成相应的经济损失。您应自行承担向侵权方追究侵权责任和追究责任不能的后果。</p>
		<p class="protocol-content">2.6 您应自行负责妥善且正确地保管、使用、维护您的账户、账户信息及账户密码。您应对您账户信息和账户密码采取必要和有效的保密措施。非DC原因致使您账户密码泄漏以及因您保管、使用、维护不当 造成损失的，DC无须承担与此有关的任何责任。</p>
		<p class="protocol-content">2.7 DC不对您因第三方的行为或不作为造成的损失承担任何责任，包括但不限于支付服务和网络接入服务、任意第三方的侵权行为。</p>
		<p class="protocol-title">三、成为VIP会员的程序</p>
		<p class="protocol-content">3.1 在成为VIP会员之前，您必须先根据真实、准确信息注册成为DC用户。用户所填写的内容与个人资料必须真实有效，否则DC有权拒绝其申请或撤销其VIP会员资格，并不予任何赔偿或退还VIP会员 服务费。VIP会员的个人资料发生变化，应及时修改注册的个人资料，否则由此造成的VIP会员权利不能全面有效行使的责任由VIP会员自己承担，DC有权因此取消其VIP会员资格，并不予退还VIP会员服务 费或其他任何形式的任何赔偿。</p>
		<p class="protocol-content">3.2 用户可通过各种已有和未来新增的渠道成为DC的VIP会员，包括但不限于：通过网银支付、手机支付或第三方支付等方式成为VIP会员。在用户使用具体某种方式成为VIP会员时，须阅读并确认接受相关的服务条款和使用方法。DC在此声明：DC从未授权任何第三方单位或个人销售、转让DC的VIP会员资格，任何未经授权销售DC的VIP权限的属于非法销售，DC有权追究其法律责任。</p>
		<p class="protocol-content">3.3 成为VIP会员后，VIP会员有权利不接受DC的服务，可申请取消VIP会员服务，但不获得VIP会员服务费的退还。</p>
		<p class="protocol-content">3.4 VIP会员账号所有权归DC所有，VIP会员拥有DC账号的有限使用权。</p>
		<p class="protocol-content">3.5 DC仅提供相关的网络服务，除此之外与相关网络服务有关的设备（如个人电脑、手机、及其他与接入互联网或移动网有关的装置）及所需的费用（如为接入互联网而支付的电话费及上网费、为使用移 动网而支付的手机费）均应由VIP会员自行负担。</p>
		<p class="protocol-title">四、 VIP会员服务和账号查询</p>
		<p class="protocol-content">4.1 一旦您成为VIP会员，即视为您认可该项服务标明之价格；成为VIP会员后，该项服务即时生效。</p>
		<p class="protocol-content">4.2 VIP会员的增值服务资费标准以DC网站上标注的详细资费标价为准，DC有权基于自身业务发展需要变更上述资费标准，但DC会根据实际运营情况对不同阶段已经激活且持续有效的VIP会员给予 续费、升级方面的不同资费优惠，具体优惠政策以DC在相关服务页面公告的内容为准。</p>
		<p class="protocol-content">4.3 您可以通过登录VIP会员中心免费查询您的账号信息详情，包括已开通的服务内容、服务期限、消费金额、交易状态等。</p>
		<p class="protocol-title">五、VIP会员权限及服务期限</p>
		<p class="protocol-content">5.1您在VIP会员后可享受的全部权益以DC网站公布的会员权益为准，DC有权基于自身业务发展需要变更全部或部分会员权益，且毋须另行通知。您也可通过DC网站查询最新的会员权益内容。</p>
		<p class="protocol-title">六、VIP会员的权利及限制</p>
		<p class="protocol-content">6.1 VIP会员服务仅限于申请账号自行使用；VIP会员服务期内禁止赠与、借用、转移、转让或售卖。否则DC有权在未经通知的情况下取消转让账户、受让账户的VIP会员服务资格，由此带来的损失， 由VIP会员自行承担。</p>
		<p class="protocol-content">6.2 若VIP会员的行为持续违反本协议或违反国家相关法律法规，或DC认为VIP会员行为有损DC或他人的声誉及利益，DC公司有权取消该VIP会员的VIP会员资格而无须给与任何补偿。</p>
		<p class="protocol-content">6.3 VIP会员不得以盗窃、利用系统漏洞等非法途径以及在未获DC授权的非法销售DCVIP会员的网站上获取或购买VIP会员服务，否则DC有权取消VIP会员的服务资格。有此引发的问题由VIP会员自行承担，DC不负任何责任。</p>
		<p class="protocol-content">6.4 任何VIP会员不得使用带有非法、淫秽、污辱或人身攻击的含义污辱或人身攻击的呢称和签名档，一经发现，DC有权取消其VIP会员资格而无需给与任何补偿和退费。</p>
		<p class="protocol-content">6.5 被取消VIP会员资格的VIP会员，不再享有VIP会员权利。</p>
		<p class="protocol-content">6.6 DC提供的VIP会员服务内容不得用于商业、盈利等用途，只可供私人使用。</p>
		<p class="protocol-content">6.7 除非DC提前书面许可，禁止复制、下载、上传、修改、编目排序、翻译、发行、开发、转让、销售、展示、传播VIP会员服务提供的收费内容；禁止利用VIP会员服务提供的收费内容进行创作衍生作 品、制作贺卡、制作屏保或桌面、进行教学或研究、进行商业开发或推广；禁止以商业目的使用VIP会员服务提供的收费内容；包括但不限于下列情况：</p>
		<p class="protocol-content">6.7.1 通过非法手段对VIP会员账户的服务期限、消费金额、交易状态进行修改，或用非法的方式或为了非法的目的使用已购买的VIP会员服务提供的内容；</p>
		<p class="protocol-content">6.7.2 将您的VIP会员账户有偿或无偿提供给任何第三人，并允许他人通过您的账户观看非他人付费购买的VIP会员服务提供的收费内容。</p>
		<p class="protocol-content">6.7.3 将VIP会员服务提供的收费内容复制、销售、出租或授权给任何第三方。</p>
		<p class="protocol-content">6.7.4 主动对DC用于保护其收费服务的任何安全措施技术进行破解、更改、反操作、破坏或其他篡改，或协助他人进行上述行为。</p>
		<p class="protocol-content">6.7.5 通过非DC认可的方式获得收费内容，或者删除收费内容上的任何所有权声明或标签。</p>
		<p class="protocol-content">6.7.6 不会采用收费或免费的方式，全部或部分在任何公开场合展示您购买的收费服务，除非您的上述行为不会构成侵权。</p>
		<p class="protocol-content">6.7.7 损害第三方利益，通过DC产品收集第三方资料信息，破坏或盗取第三方账号，发送诈骗邮件和垃圾邮件等非法信息，侵犯第三方合法权益，包括但不限于隐私权、知识产权、财产权等。</p>
		<p class="protocol-title">七、协议的变更</p>
		<p class="protocol-content">7.1 DC依据本协议的约定变更服务内容、服务方式以及本用户协议内容的，如果VIP会员不同意DC的变更，有权选择取消并停止使用已经获取的对应的全部或部分服务；如果VIP会员继续使用本 公司产品提供的上述服务，则视为VIP会员已经接受DC的上述调整。</p>
		<p class="protocol-content">7.2 DC对VIP会员协议一旦进行修改，将在页面上公示修改的内容。一经公布即视为通知VIP会员。</p>
		<p class="protocol-content">7.3 VIP会员服务提供的收费内容使用期限中包含DC解决故障、服务器维修、调整、升级等所需用的合理时间，对上述情况所需用的时间DC不予补偿并保留解释权。</p>
		<p class="protocol-content">7.4 VIP会员在使用DC产品所提供的服务时，如遭受任何人身或财务的损失、损害或伤害，不论原因如何，DC均不负责任。由于VIP会员将个人密码告知他人或与他人共享注册帐户，由此导致 的任何个人资料泄露，DC不负任何责任。</p>
		<p class="protocol-content">7.5 VIP会员如果不同意条款的修改，可主动向DC提出终止VIP会员服务，但不获得VIP会员服务费的退还。如果VIP会员继续享用VIP会员服务，则视为VIP会员已经接受条款的修改。</p>
		<p class="protocol-title">八、服务的中断和终止</p>
		<p class="protocol-content">8.1 因发生不可抗拒的事由，如政府行为、不可抗力，导致VIP会员服务无法继续，DC会以最快的速度通知VIP会员，但不承担由此对VIP会员造成的任何损失并不退还VIP会员服务费。</p>
		<p class="protocol-content">8.2 如VIP会员违反或被视为违反本服务条款中的内容，DC有权在不通知VIP会员的情况下立即终止您已购买的所有服务，以及取消您的VIP会员账户和使用权限，但不退还任何已缴纳的VIP会员服务费用。</p>
		<p class="protocol-content">8.3 DC未行使或延迟行使其在本协议项下的权利并不构成对这些权利的放弃，而单一或部分行使其在本协议项下的任何权利并不排斥其任何其它权利的行使。DC随时有权要求您继续履行义务并承担相 应的违约责任。</p>
		<p class="protocol-title">九、法律的适用和管辖</p>
		<p class="protocol-content">9.1 本服务条款的生效、履行、解释及争议的解决均适用中华人民共和国法律，本服务条款因与中华人民共和国现行法律相抵触而导致部分无效，不影响其他部分的效力。</p>
		<p class="protocol-content">9.2 如就本协议内容或其执行发生任何争议，应尽量友好协商解决；协商不成时，则争议各方一致同意将发生的争议提交协商不成时，任何一方均可向我喜欢网络有限公司所在地的人民法院提起诉讼。</p>
		<br />
		<?php $this->load->view("layout/footer")?>
	</body>
</html>