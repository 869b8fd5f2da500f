<?php 
$_p = $_SERVER["PHP_SELF"];
require "main.php";
?>
<!DOCTYPE html>
<html lang="zh">
  <?=$header?>
  <body>
    <?=$nav?>
    <?=$hero?>

    <section class="ftco-section">
      <div class="container">
        <div class="row">
          <div class="col-lg-8 ftco-animate">
            <h2 class="mb-3">隐私保护政策</h2>
			<h4 class="mb-3 mt-5">生效日期：2018年6月3日</h4>
            <p>感谢您玩我们的社区游戏服务器！本隐私政策旨在说明：</p>
          <li>我们收集您个人数据的方式及原因</li>
          <li>我们如何使用您的个人数据</li>
          <li>您对自己的个人数据所拥有的权利</li>
		  <p>
		    <p>本隐私政策适用于隶属于 Same Team 的相关游戏服务器、网站及包括与其关联的社区论坛等相关服务，在本文中我们将其统称为"Same Team 服务"。我们可能会定期更新本隐私政策，每次更新时都会在<code>same.kim</code>上发布新版本并同时更新到旗下的所有游戏服务器网站。如果我们做出任何重大变更，我们会在变更生效之前在Same Team 旗下的服务中通知您。如您在生效日期之后继续使用Same Team 服务，即视为您同意将受新的隐私政策的约束。</p>
            <h2 class="mb-3 mt-5">联系我们</h2>
            <p>如果您有任何数据保护方面的疑问，或者如果您需要我们为您解决任何个人数据方面的问题，我们欢迎您随时通过游戏与我们联系，以便我们可以更快回复您。</p>
            <p>数据控制者名称：The Same Team <br>电子邮件：<a href="mailto:support@same.kim">support@same.kim</a></p>
			<h2 class="mb-3 mt-5">我们收集的数据</h2>
			<h5>您向我们提供的数据</h5>
          <li>联系信息（如姓名和电子邮件地址） </li>
          <li>玩家名字和密码 </li>
          <li>个人资料信息（如年龄，性别等） </li>
          <li>您向 Same Team 服务器发送的消息（如聊天记录和玩家支持票） </li>
          <li>您选择向我们提供的其他数据（如用于识别丢失的帐户的数据） </li>
		    <h5>我们自动收集的数据</h5>
          <li>有关您的帐户和游戏进度的数据 </li>
          <li>您的 IP 地址以及移动设备标识符（如您的设备 ID、广告 ID、MAC 地址和 IMEI） </li>
          <li>有关您的设备的数据，如设备名称和操作系统、浏览器类型和语言 </li>
          <li>我们使用 cookies 及类似技术收集的数据（详见下文） </li>
          <li>一般位置数据</li>
          <li>有关您使用 Same Team 服务的数据，如游戏数据以及您与 Same Team 服务内其他玩家的互动 </li>
		    <h2 class="mb-3 mt-5">我们为什么要收集您的数据</h2>
			<h5>确保 Same Team 服务正常运行 </h5>
            <p>为履行必要的职责，我们会出于下列必要目的处理数据</p>
          <li>创建帐户，让您可以玩我们的游戏服务器和使用Same Team 服务</li>
          <li>验证和确认支付</li>
          <li>提供并交付您要求的产品和服务</li>
          <li>向您发送 Same Team 服务相关通知</li>
		    <h5>让 Same Team 服务更适合我们的玩家</h5>
			<p>为了向我们的玩家提供出色的Same Team 服务，我们享有出于以下目的收集和处理必要数据的合法权益：</p>
          <li>更新和形成玩家个人资料</li>
          <li>开发并改进 Same Team 服务和玩家体验</li>
          <li>管理我们与您之间的关系</li>
          <li>在 Same Team 服务中提供社交功能</li>
          <li>回复您的意见和问题以及提供玩家支持</li>
          <li>向您发送相关信息，如安全警告和支持消息</li>
          <li>让您可以与其他玩家进行交流</li>
		    <h2 class="mb-3 mt-5">哪些人可以看到您的数据</h2>
            <p>除了 Same Team 之外，另外一些组织和个人可在以下情况下访问您的数据： </p>
			<h5>其他玩家和用户</h5>
			<p>社交功能是我们游戏中的核心组件。举例来说，其他玩家和用户可以看到您的个人资料数据、在游戏中的活动并且可以阅读您发布的消息。 </p>
			<h5>其他公司和公安机关 </h5>
			<p>为了打击欺诈和违法行为，我们可能会与其他公司和组织交换数据及向公安机关提供数据以响应合法请求。 </p>
			<p>我们还可能在征得您同意后披露您的数据，以满足法律要求或者保护我们、我们的玩家或其他人的权利、财产或安全。</p>
			<h2 class="mb-3 mt-5">国际数据传输</h2>
			<p>Same Team 服务具有全球性（如 SunRise 服务器的不同服区），因此您的数据可能会传输到世界任何地方。由于不同的国家/地区可能有不同于您所在国家/地区的数据保护法，因此我们会采取措施确保部署充分的安全措施，以按照本政策保护您的数据。我们的合作伙伴可能采用的充分安全措施包括欧盟委员会批准的标准合同条款和隐私盾认证（如果传输到美国）。</p>
			<h2 class="mb-3 mt-5">您的权利和选项 </h2>
			<h5>访问我们所持有的关于您的个人数据</h5>
			<p>如您提出请求，我们将以电子格式向您提供您个人数据的副本。</p>
			<p>您还有权更正您的数据、删除您的数据、对我们使用或共享您数据的方式提出异议，以及限制我们使用或共享您数据的方式。</p>
			<h2 class="mb-3 mt-5">Cookies 和类似技术 </h2>
			<p>与大多数在线服务一样，我们及我们的合作伙伴使用 cookies 和类似技术来提供 Same Team 服务和进行个性化定制、分析使用情况以及预防欺诈。您可以在浏览器设置中禁用 Cookies，但是部分 Same Team 服务可能无法正常运行。 </p>
			<h2 class="mb-3 mt-5">我们如何保护您的数据</h2>
			<h5>安全保障 </h5>
			<p>为确保安全的玩家体验，我们持续开发与实施管理、技术和物理安全措施，以此保护您的数据，使其免遭未经授权的访问或者防止其丢失、被滥用或篡改。</p>
			<h5>数据保留 </h5>
			<p>只要您的账户处于活跃状态，或是您还需要我们为您提供 Same Team 服务，我们就将一直保留您的数据。例如，我们将定期对未使用的游戏帐户进行去标识化处理，同时会定期查看不必要的数据并进行去标识化处理。</p>
			<h4>The End</h4>
			</div>
            <div class="tag-widget post-tag-container mb-5 mt-5">
			</div>
          <div class="col-lg-4 sidebar ftco-animate">
            <div class="sidebar-box">
			<img src="https://mcsunrise.oss-cn-qingdao.aliyuncs.com/seal.svg" alt="Image placeholder" class="img-fluid mb-4">
            <h5>特别说明</h5>
            <p>SoTap(OFG)社区隶属于Same Team ，因此 SoTap 将会继承Same Team 的隐私保护政策，并随其更新而更新。</p>
			<img src="images/help.png" alt="Image placeholder" class="img-fluid mb-4">
			<h3>需要帮助？</h3>
			<li>客服邮箱：support@dreaming.red</li>
			<li>玩家社区的帮助中心24H 开放</li>
			<li>前往官方博客中的 support 中心联系客服</li>
			<li>前往官方博客获取最新社区消息和公告</li>
    </section>

<?=$footer?>
    
  </body>
</html>
