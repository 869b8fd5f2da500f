<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8"/>
<title>信恩世通（CNstorm)淘国货平台隐私申明</title>
<meta name="keywords" content="CNstorm隐私申明"/>
<meta name="description" content="CNstorm淘国货平台隐私申明说明了CNstorm在保护用户隐私方面的许诺，让您安全、安心地使用网站。"/>
<meta name="robots" content="nofollow"/>
<link href="favicon.ico" type="image/x-icon" rel="shortcut icon"/>
<link href="catalog/view/theme/cnstorm/css/base.css" type="text/css" rel="stylesheet"/>
<link href="catalog/view/theme/cnstorm/css/common_help.css" type="text/css" rel="stylesheet"/>
<script src="catalog/view/javascript/jquery2/jquery.min.js" type="text/javascript"></script>
<script src="catalog/view/javascript/jquery2/main.js" type="text/javascript"></script>
</head>
<body>
<?php echo $header_transport ?>
<div class="goods_details_bg goods_details">
  <div class="yhzx wrap">
    <div class="user_center">
      <div class="user_c_l">
        <div class="help_center">
			<ul class="about_us">
			  <li><a href="help-aboutus.html&amp;id=1" class="" rel="nofollow">关于我们</a></li>
			  <li><a href="help-announcement.html&amp;id=2" class="" rel="nofollow">公告动态</a></li>
			  <li><a href="help-contactus.html&amp;id=3" class="" rel="nofollow">联系我们</a></li>
			  <li><a href="help-populartools.html&amp;id=5" class="">常用工具 </a></li>
			  <li><a href="help-joinus.html&amp;id=6" class="" rel="nofollow">加入我们</a></li>
			  <li><a href="help-website_map.html&amp;id=7" class="" rel="nofollow">网站地图</a></li>
			  <li><a href="help-friends.html&amp;id=8" class="" rel="nofollow">友情链接</a></li>
			  <li><a class="now" href="javascript:void(0);">隐私声明</a></li>
			</ul>
        </div>
      </div>
      <div class="user_c_r">
        <div class="intro_cn">
          <div class="previte_txt">
            <h2>CNstorm淘国货平台隐私申明</h2>
            <p class="ml10">欢迎访问全球代购中文网！我们以本隐私申明声明对访问者隐私保护的许诺。以下文字公开我站（cnstorm.com）对信息收集和使用的情况。本站的隐私 申明正在不断改进中，随着我站服务范围的扩大，我们会随时更新我们的隐私申明。我们欢迎您随时会来查看本申明。请向support@cnstorm.com反馈您的意见。
              在同意全球代购中文网服务协议（“CNstorm用户服务条款”）之时，你已经同意我们按照本隐私申明来使用和披露您的个人信息。本隐私申明的全部条款属于该协议的一部份。</p>
            <dl class="pt_1">
              <dt>未成年人的特别注意事项</dt>
              <dd>如果您未满18周岁，您无权使用公司服务，因此我们希望您不要向我们提供任何个人信息。如果您未满18周岁，您只能在父母或监护人的陪同下才可以使用公司服务。</dd>
            </dl>
            <dl class="pt_1">
              <dt>用户名和密码</dt>
              <dd>当您打算注册成用户后，我们要求您选择一个用户名和密码。您只能通过您的密码来使用您的帐号。如果您泄漏了密码，您可能丢失了您的个人识别信息，并且有可 能导致对您不利的司法行为。因此不管任何原因使您的密码安全受到危及，您应该立即通过support@cnstorm.com和我们取得联系。</dd>
            </dl>
            <dl class="pt_1">
              <dt>注册信息</dt>
              <dd>当您在注册为用户时，我们需要您提供您的电子邮件地址。我们会通过您的邮件地址来通知您全球代购中文网的最新动态。/dd>
            </dl>
            <dl class="pt_1">
              <dt>邮件/短信/会刊服务</dt>
              <dd>全球代购中文网保留通过邮件、短信或邮寄会刊的形式，对本网站注册、购物用户发送订单信息、促销活动等告知服务的权利。如果您在全球代购中文网注册、购 物，表明您已默示同意接受此项服务。如果您不想接收来自全球代购中文网的邮件、短信或会刊，您可以向全球代购中文网客服提出退阅申请，并注明您的E- mail地址、手机号或相关地址信息，全球代购中文网会在收到申请后为您办理退阅。你也可以通过邮件内的退订键实现退订。</dd>
            </dl>
            <dl class="pt_1">
              <dt>第三方</dt>
              <dd>我们不会向任何第三方提供，出售，出租，分享和交易用户的个人信息，除非第三方和全球代购中文网一起为网站和用户提供服务并且在该服务结束后将被禁止访问 包括其以前能够访问的所有这些资料。当我们被法律强制或依照政府要求提供您的信息时我们将善意地披露您的资料。</dd>
            </dl>
            <dl class="pt_1">
              <dt>信息的存储和交换</dt>
              <dd>用户信息和资料被收集和存储在放置于中国的服务器上。只有为了做备份的需要时，我们才可能需要将您的资料传送到别国的服务器上。</dd>
            </dl>
            <dl class="pt_1">
              <dt>外部链接</dt>
              <dd>本站可能含有到其他网站的链接。全球代购中文网对那些网站的隐私保护措施不负任何责任。我们可能在任何需要的时候增加商业伙伴或共用品牌的网站，但是提供给他们的将仅仅是综合信息，我们将不会公开您的身份。</dd>
            </dl>
            <dl class="pt_1">
              <dt>安全</dt>
              <dd>我们网站有相应的安全措施来确保我们掌握的信息不丢失，不被滥用和变造。这些安全措施包括向其它服务器备份数据和对用户密码加密。尽管我们有这些安全措施，但请注意在因特网上不存在“完善的安全措施”。</dd>
            </dl>
            <dl class="pt_1">
              <dt>修改您的资料</dt>
              <dd>您可以随时在全球代购中文网上修改或者更新你的个人信息和密码（在成功登录之后）。</dd>
            </dl>
            <dl class="pt_1">
              <dt>联系我们</dt>
              <dd>如果你对本隐私申明或全球代购中文网的隐私保护措施以及您在使用中的问题有任何意见和建议请和我们联系：<a href="javascript:void(0);">support@cnstorm.com。</a></dd>
            </dl>
            <dl class="companyInfor">
              <dt>深圳信恩世通电子商务有限公司</dt>
              <dd>深圳市宝安区西乡三围航空路30号同安物流园D座301客服热线：+86-755-81466633</dd>
            </dl>
          </div>
        </div>
      </div>
    </div>
  </div>
</div>
<?php echo $footer; ?>
</body>
</html>