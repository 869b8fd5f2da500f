<%@ page contentType="text/html;charset=UTF-8" language="java" %>
<html>

<head>
 <meta charset="utf-8">
 <meta http-equiv="X-UA-Compatible" content="IE=edge">
 <title>沁园隐私条款</title>
 <meta name="viewport" content="initial-scale=1, maximum-scale=1,user-scalable=no,viewport-fit=cover">
 <meta name="x5-fullscreen" content="true">
 <meta name="full-screen" content="yes">
 <meta name="apple-mobile-web-app-capable" content="yes">
 <meta name="apple-mobile-web-app-status-bar-style" content="black">
 <link rel="stylesheet" href="${f_ctxpath}/resources/src/css/regist/private_contact.css">
</head>

<body>
<div class="policy-main">
 <div class="polic-bold">沁园隐私保护准则</div>
 <div class="polic-text-box">
  <div class="polic-text">沁园高度重视隐私保护，下列原则规制我们与您的隐私有关的行为：</div>
  <div class="polic-text">1.我们珍视您在向我们提供您的个人信息时对于我们的信任。我们对于您的个人信息的使用将绝不会有负您的信任。</div>
  <div class="polic-text">2.我们将始终在如何使用您的个人信息，包括收集何种信息，如何处理该种信息，与哪方共享信息以及您有疑问时联系我们的联系人信息等方面保持透明。</div>
  <div class="polic-text">3.我们将采取所有必要措施来确保您的个人信息不被滥用和不当披露。</div>
  <div class="polic-text">4.我们将遵守所有适用的有关个人信息保护的法律法规并配合个人信息保护主管机关的工作。</div>
 </div>
 <div class="polic-bold polic-margin">沁园隐私保护声明</div>
 <div class="polic-text polic-left">最后修订时间：2018年9月</div>
 <div class="polic-blue-box">
  <div class="polic-left polic-text">本隐私保护声明将帮助您了解以下内容：</div>
  <div class="polic-left polic-text">1、 适用范围</div>
  <div class="polic-left polic-text">2、 您的授权同意</div>
  <div class="polic-left polic-text">3、 未成年人个人信息的保护</div>
  <div class="polic-left polic-text">4、 我们如何收集您的个人信息</div>
  <div class="polic-left polic-text">5、 我们如何使用您的个人信息</div>
  <div class="polic-left polic-text">6、 移动信息服务</div>
  <div class="polic-left polic-text">7、 我们如何共享、转让、公开披露您的个人信息</div>
  <div class="polic-left polic-text">8、 我们如何对您的个人信息进行跨境转移</div>
  <div class="polic-left polic-text">9、 我们如何保护您的个人信息</div>
  <div class="polic-left polic-text">10、 如何联系我们</div>
  <div class="polic-left polic-text">11、 我们隐私保护声明的变更</div>
  <div class="polic-left polic-text">12、 其它沁园隐私保护政策</div>
 </div>
 <div class="polic-nav-box">
  <div class="polic-left polic-text polic-blue polic-margin">一、适用范围</div>
  <div class="polic-left polic-text">个人信息是<text>指以电子或者其他方式记录的能够单独或者与其他信息结合识别特定自然人身份或者反映特定自然人活动情况的各种信息。</text>本隐私保护声明适用沁园集团所属企业所收集的与其提供的产品或服务有关的个人信息（您可以通过网站：http://www.qinyuan.cn/about.aspx了解更多有关沁园集团的信息）。上述个人信息包括我们通过线上、线下渠道，沁园官网、官方商城等网站，应用程序，微博、微信及第三方平台之上的品牌页面等所收集的个人信息。</div>
  <div class="polic-left polic-text polic-margin">本隐私保护声明同样适用于沁园发送的针对性信息，包括沁园（或服务提供方代表沁园）基于您的网站使用信息（定义请见下文）自第三方网站、平台及应用程序（以下统称“<strong>第三方网站</strong>”）向您发送的产品及服务的订单、广告。由于第三方网站可能保有自己的隐私保护条款和条件，我们建议您在使用第三方网站时，请先阅读相关隐私保护条款。</div>
  <!-- <div class="polic-left polic-text">所有有关使用沁园网站的条款和条件中均应当包括作为其组成部分的本隐私保护声明。如欲了解更多关于有责任保护您的个人信息的沁园所属企业，请参阅下述如何联系我们。</div> -->
  <div class="polic-left polic-text polic-blue polic-margin">二、您的授权同意</div>
  <div class="polic-left polic-text">当您使用沁园网站，或应用程序，或您另行确认接受本隐私政策，您即授权同意相关沁园所属企业根据本隐私保护声明收集、使用、共享、转让、公开披露和跨境转移您的个人信息。若您不同意在此情况下收集、使用、共享、转让、公开披露和跨境转移您的个人信息，请不要使用沁园网站或向沁园或与沁园相关的公司提供您的个人信息。</div>
  <div class="polic-left polic-text polic-margin">沁园将仅在合理合法范围内收集、使用、共享、转让、公开披露和跨境转移您的个人信息。多数情况下我们会征得您的事先授权同意，但在少数情况下，我们会依据您的行动或行为合理推断获得您的授权同意。如我们需要使用您的个人信息用于本隐私保护声明适用范围以外的目的，我们将会事先征得您的额外授权同意。您没有义务给予此等额外授权同意，但如果您未有给予相关额外授权同意，您在某些活动中的参与可能会有所限制。如您给予额外的授权同意，此等额外授权同意的条款在与本隐私保护声明相冲突时将优先适用。</div>
  <div class="polic-left polic-text polic-bold-nav polic-margin">请注意，在以下情形中，我们可能基于法定的理由未经您的授权同意处理您的个人信息，但该种使用并不会对您的权利、自由及利益造成损害，且上述沁园隐私保护准则必须得到遵循：</div>
  <div class="polic-left polic-text">1)         与国家安全、国防安全直接相关的；</div>
  <div class="polic-left polic-text">2)         与公共安全、公共卫生、重大公共利益直接相关的；</div>
  <div class="polic-left polic-text">3)         与犯罪侦查、起诉、审判和判决执行等直接相关的；</div>
  <div class="polic-left polic-text">4)         出于维护个人信息主体或其他个人的生命、财产等重大合法权益但又很难得到您本人同意的；</div>
  <div class="polic-left polic-text">5)         所收集的个人信息是您自行向社会公众公开的；</div>
  <div class="polic-left polic-text">6)         从合法公开披露的信息中收集个人信息的，如合法的新闻报道、政府信息公开等渠道；</div>
  <div class="polic-left polic-text">7)         根据您的要求签订和履行合同所必需的；</div>
  <div class="polic-left polic-text">8)         用于维护所提供的产品或服务的安全稳定运行所必需的，例如发现、处置产品或服务的故障；</div>
  <div class="polic-left polic-text">9)         为合法的新闻报道所必需的；</div>
  <div class="polic-left polic-text">10)     学术研究机构基于公共利益开展统计或学术研究所必要，且对外提供学术研究或描述的结果时，对结果中所包含的个人信息进行去标识化处理的；</div>
  <div class="polic-left polic-text">11)     法律法规规定的其他情形。</div>
  <div class="polic-left polic-text polic-blue polic-margin">三、未成年人个人信息的保护</div>
  <div class="polic-left polic-text polic-margin">沁园网站及应用程序的系为成年人用户设计和计划。如果您是属于18周岁以下的未成年人，请勿使用沁园网站和应用程序。通常我们不会，亦不计划收集未成年人的个人信息，如果我们为正当合法目的需要收集未成年人的个人信息，我们将会在收集18周岁以下（已满14周岁）的未成年人个人信息之前获得其本人或监护人的同意；并在收集未满14周岁的未成年人（“儿童”）个人信息之前获得其监护人的同意。</div>
  <div class="polic-left polic-text">如果我们发现未获得监护人的事先同意而收集了儿童的个人信息，我们将会尽快删除该等信息。</div>
  <!-- <div class="polic-left polic-text polic-margin">沁园网站某些部分的访问可能仅限于某一特定年龄以上的用户。我们可能会使用您的个人信息进行年龄验证和核查以执行我们的年龄限制规定。</div> -->
  <div class="polic-left polic-text polic-blue polic-margin">四、我们如何收集您的个人信息</div>
  <div class="polic-left polic-text ">在本隐私保护声明中，您的“个人信息”是指能够使您被识别的信息或多条信息。该信息典型地包括诸如您的姓名、地址、用户名、个人图片、电子邮件地址以及电话号码等信息，但是也可以包括诸如IP地址、购物习惯以及关于您的生活方式或爱好（例如您的业余爱好和兴趣）的信息。我们可以从以下不同来源收集您的个人信息：</div>
  <div class="polic-left polic-text polic-margin">（一）                 您直接向我们提供的信息</div>
  <div class="polic-box">
   <div class="polic-left polic-text">当您向我们提供个人信息时，例如当您通过沁园官网、官方微信、官方商城和电商平台店铺、官方客服热线等进行报装、报修或提交产品保养需求信息，填写经销商加盟资料，及通过邮件形式联系我们的时候，我们会直接向您收集信息。我们会直接向您收集的信息类型可能包括您的：</div>
   <div class="polic-left polic-text"><text class="icon">·</text>姓名</div>
   <div class="polic-left polic-text"><text class="icon">·</text>地址</div>
   <div class="polic-left polic-text"><text class="icon">·</text>邮件地址</div>
   <div class="polic-left polic-text"><text class="icon">·</text>用户名</div>
   <div class="polic-left polic-text"><text class="icon">·</text>电话号码</div>
   <div class="polic-left polic-text"><text class="icon">·</text>年龄</div>
   <div class="polic-left polic-text"><text class="icon">·</text>用户生成的内容、帖子以及您向沁园网站提供的其它内容</div>
   <div class="polic-left polic-text"><text class="icon">·</text>您自愿向我们提供的任何其他个人信息</div>
  </div>
  <div class="polic-left polic-text polic-margin">（二）                 您使用沁园网站时我们自动收集的信息</div>
  <div class="polic-box">
   <div class="polic-left polic-text">当您使用沁园网站时，我们（及代表沁园的第三方服务提供商）会在遵守本隐私保护声明和所适用的法律法规的前提下可能使用Cookies以及其他工具（例如，网站分析工具和像素标签）自动地收集您的有关信息。我们自动地收集的信息类型可能包括：</div>
   <div class="polic-left polic-text"><text class="icon">·</text>您使用的浏览器类型</div>
   <div class="polic-left polic-text"><text class="icon">·</text>您的浏览的网页详情</div>
   <div class="polic-left polic-text"><text class="icon">·</text>您的IP地址</div>
   <div class="polic-left polic-text"><text class="icon">·</text>您点击的超链接</div>
   <div class="polic-left polic-text"><text class="icon">·</text>使用第三方网站时您选择共享的您的用户名、个人图片、性别、社交圈以及任何其他信息</div>
   <div class="polic-left polic-text"><text class="icon">·</text>访问沁园网站之前您所访问的网站</div>
   <div class="polic-left polic-text polic-margin">（以上统称<text class="polic-bold-nav">“网站使用信息”</text>）</div>
   <div class="polic-left polic-text">多数互联网浏览器的初始设置是接受cookies。您可以选择设置拒绝接受cookies或收到cookies时系统报警。如您使用不同的浏览器或多种设备，您需要在每个设备上重置每个浏览器。请您注意，若您取消cookies功能，您在沁园网站的浏览体验可能受到影响。</div>
  </div>
  <div class="polic-left polic-text polic-margin">（三）                 您使用我们的具有物联网功能的智能设备时我们自动收集的信息</div>
      <div class="polic-box">
        <div class="polic-left polic-text">当您使用我们的智能设备时，我们（及代表沁园的第三方服务提供商）会在遵守本隐私保护声明和所适用的法律法规的前提下自动地收集智能设备的有关信息。 我们可以自该等来源收集的个人信息类型可能包括您的：</div>
        <div class="polic-left polic-text"><text class="icon">·</text>智能设备的型号</div>
        <div class="polic-left polic-text"><text class="icon">·</text>智能设备的操作系统版本</div>
        <div class="polic-left polic-text"><text class="icon">·</text>智能设备设置</div>
        <div class="polic-left polic-text"><text class="icon">·</text>智能设备网络信息</div>
        <div class="polic-left polic-text"><text class="icon">·</text>智能设备运行信息，例如当前温度</div>
        <div class="polic-left polic-text polic-margin">（以上统称<text class="polic-bold-nav">“设备信息”</text>）</div>
        <div class="polic-left polic-text">我们会根据您在智能设备软件安装和使用中授予的具体权限，接收并记录您所使用的设备信息。请您注意，若您在安装使用过程中取消授权，您在使用智能设备的体验可能受到影响。单独的设备信息无法识别特定自然人身份，因而并非个人信息。如果我们将此类非个人信息与其他信息结合用于识别特定自然人身份，或者将其与个人信息结合使用，则在结合使用期间，这类非个人信息将被视为个人信息。</div>
      </div>
      <div class="polic-left polic-text polic-margin">（四）                 您使用我们的移动应用服务时我们自动收集的信息</div>
      <div class="polic-box">
        <div class="polic-left polic-text">当您使用我们的移动应用时，我们（及代表沁园的第三方服务提供商）会在遵守本隐私保护声明和所适用的法律法规的前提下自动地上传网络日志文件。 我们可以自该等来源收集的个人信息类型可能包括：</div>
        <div class="polic-left polic-text"><text class="icon">·</text>您的移动设备型号</div>
        <div class="polic-left polic-text"><text class="icon">·</text>您的移动设备系统版本号</div>
        <div class="polic-left polic-text"><text class="icon">·</text>您连接的WiFi</div>
        <div class="polic-left polic-text"><text class="icon">·</text>您的地理位置信息（经您单独授权）</div>
        <div class="polic-left polic-text"><text class="icon">·</text>您的移动设备的唯一设备标识</div>
        <div class="polic-left polic-text"><text class="icon">·</text>您使用该移动应用的频率</div>
        <div class="polic-left polic-text"><text class="icon">·</text>该移动应用内发生的事件</div>
        <div class="polic-left polic-text"><text class="icon">·</text>移动设备的性能数据与移动应用的性能数据</div>
        <div class="polic-left polic-text"><text class="icon">·</text>程序崩溃发生的位置</div>
        <div class="polic-left polic-text polic-margin">（以上统称<text class="polic-bold-nav">“移动分析信息”</text>）</div>
        <div class="polic-left polic-text">我们收集、使用移动分析信息，以更好地了解我们的移动应用在您的手机中的运行。我们不会将存储于分析移动应用内的信息链接到您在移动应用中提交的任何个人信息。</div>
      </div>
      <div class="polic-left polic-text polic-margin">（五）                 我们自其它来源所收集的信息</div>
  <div class="polic-box">
   <div class="polic-left polic-text">我们可能自其它的合法来源收集您的个人信息，包括商业可供来源（例如，公共数据库以及数据聚合器）的信息以及第三方处获得的信息。 我们可以自该等来源收集的个人信息类型可能包括您的：</div>
   <div class="polic-left polic-text"><text class="icon">·</text>姓名</div>
   <div class="polic-left polic-text"><text class="icon">·</text>地址</div>
   <div class="polic-left polic-text"><text class="icon">·</text>年龄</div>
   <div class="polic-left polic-text"><text class="icon">·</text>购物习惯</div>
   <div class="polic-left polic-text"><text class="icon">·</text>爱好和生活方式相关信息，例如您的业余爱好和兴趣</div>
   <div class="polic-left polic-text"><text class="icon">·</text>法律所允许的公开渠道可得的信息，例如，用户生成内容、博客以及贴子等</div>
  </div>
  <div class="polic-left polic-text polic-margin">（六）                 在线广告</div>
  <div class="polic-box">
   <div class="polic-left polic-text">我们可能会与可靠的第三方（例如：广告商、广告代理商、广告网站、数据交换方等）共享您的网站使用信息，以便向您提供定制化内容，包括您可能感兴趣的相关产品服务广告。当您访问沁园网站或第三方网站时，第三方可以从您的设备上设置并获取他们自己的cookies、web信号及使用类似的跟踪技术，用以帮助我们向您发送定制化内容及广告。</div>
  </div>
  <div class="polic-left polic-text polic-blue polic-margin">五、我们如何使用您的个人信息</div>
  <div class="polic-left polic-text">我们可能将您的个人信息用于：</div>
  <div class="polic-left polic-text polic-margin">（一）                 改进我们的产品和提升您在沁园网站和应用程序的用户体验</div>
  <div class="polic-box">
   <div class="polic-left polic-text">我们可能将您的个人信息用于：</div>
   <div class="polic-left polic-text"><text class="icon">·</text>评估沁园网站、应用程序、产品以及服务的使用</div>
   <div class="polic-left polic-text"><text class="icon">·</text>分析我们的广告、竞赛以及促销的有效性</div>
   <div class="polic-left polic-text"><text class="icon">·</text>形成用户画像</div>
   <div class="polic-left polic-text"><text class="icon">·</text>个性化您的网站和应用程序体验，以及对网站活动和应用程序活动的评估统计（匿名且总计数据），例如，您访问的时间、您是否之前访问过以及什么站点将您指引到网站</div>
   <div class="polic-left polic-text"><text class="icon">·</text>使沁园网站和应用程序的使用更轻松并且更好地设计研发沁园网站，以满足您的兴趣和选择</div>
   <div class="polic-left polic-text"><text class="icon">·</text>加速您在沁园网站和应用程序上的未来活动和经验。例如，网站识别您曾经提供了个人信息就不再第二次请求相同信息</div>
   <!-- <div class="polic-left polic-text"><text class="icon">·</text> 收集您用于浏览沁园网站的设备的相关信息，例如，您的IP地址或互联网浏览器类型或您所使用的操作系统，并且将之与您的个人信息相联系，以便确保沁园为您提供最佳的网站体验</div> -->
  </div>
  <div class="polic-left polic-text polic-margin">（二）    仅当我们已经获得您的同意后或您之前提出对于我们提供的产品或服务的请求，就您可能感兴趣的产品和服务与您进行联络，且此等联络在适用法律的规定的合理时间期限内与前述的请求相关或存在关联</div>
  <div class="polic-box">
   <div class="polic-left polic-text">我们可能将您的个人信息用于：</div>
   <div class="polic-left polic-text"><text class="icon">·</text>建议我们认为您可能感兴趣的产品或服务（包括相关第三方的产品或服务）</div>
   <div class="polic-left polic-text"><text class="icon">·</text> 向您提供参加竞赛或促销的机会</div>
   <div class="polic-left polic-text polic-margin">您可随时选择不再接受我们的联络。并且我们向您发送的任何直销沟通将会提供选择退出的所需信息和方式。</div>
  </div>
  <div class="polic-left polic-text polic-margin">（三）    向您提供您向我们所要求的产品或服务</div>
  <div class="polic-box">
   <div class="polic-left polic-text">我们可能将您的个人信息用于：</div>
   <div class="polic-left polic-text"><text class="icon">·</text>向您发送或交付您所要求的信息、产品或样品</div>
   <div class="polic-left polic-text"><text class="icon">·</text>向您提供您所要求的服务。例如，向您提供您所要求的安装服务</div>
   <div class="polic-left polic-text"><text class="icon">·</text>用于您已经报名参与的竞赛或促销</div>
   <div class="polic-left polic-text"><text class="icon">·</text>回复您的询问或评论</div>
  </div>
  <div class="polic-left polic-text polic-margin">为了确保信息免于因为意外事件或恶意损毁而受损，当我们删除从各项服务过程中收集的信息时我们也许不会立即从我们的服务器中删除剩余副本或立即从备用系统中移除备份信息。</div>
  <div class="polic-left polic-text polic-blue polic-margin">六、移动信息服务</div>
  <div class="polic-left polic-text">您能通过我们提供的服务在您的无线或移动设备上接收沁园发出的文字或其它类型的信息诸如SMS（短消息服务），MMS（多媒体短消息服务）或EMS（增强型短消息服务）（以下统称<text class="polic-bold-nav">“移动信息服务”</text>）。如您订阅任意一项我们提供的移动信息服务，您须同意接收沁园向您为了此目的所提供的地址或移动号码发送的信息（直至您按照下述<text class="polic-bold-nav">如何联系我们</text>条款选择不再接受此类信息）。</div>
  <div class="polic-left polic-text polic-margin">您须了解您的无线服务运行商可能对上述信息按照其费率标准收费，您可随时按照下述<text class="polic-bold-nav">如何联系我们</text>条款改变您的决定。如有费用在您的无线账户账单中收取，您应当同意我们可向您收取并据此向您的无线运营商提供您所适用的支付信息。您须声明您是您所用来申请收取移动信息服务的无线设备的所有人或授权使用人且有权批准所产生的费用。为了符合特定的年龄限制或与移动信息服务相关的其他条款和条件的要求，您可能被要求注册登记包括您的姓名、短消息、无线地址或手机号码在内的个人信息。我们也可能会收集您在使用移动信息服务过程中的您所使用的信息的日期、时间和信息内容。我们将按照本隐私保护声明的规定使用所收集的与提供移动信息服务相关的信息。请注意，您的无线运营商或其他服务供应商也可能收集有关您无线设备使用的数据，他们的行为受到他们各自政策的规范。</div>
  <div class="polic-left polic-text">您承认并同意移动信息服务系使用以无线信号（或其他方式）通过复杂网络传送沟通信息的无线网络系统来提供。基于上述原因，我们无法保证您对移动信息服务的使用是完全保密和安全的，我们对于您可能遇到的隐私侵犯或不安全不承担责任。你有责任根据自身情况和预期的对移动信息服务的使用采取相应的防范措施和安全措施。在法律允许的范围内，我们可能会为了鉴别和解决技术故障和/或服务相关的投诉的目的而向您的无线运营商了解您的无线服务的份额内容或移动电话账户信息。</div>
  <div class="polic-left polic-text polic-blue polic-margin">七、我们如何共享、转让、公开披露您的个人信息</div>
  <div class="polic-left polic-text polic-margin">（一）     共享</div>
  <div class="polic-left polic-text polic-margin">作为联合利华集团（Unilever）旗下公司，我们可能会与联合利华集团里的关联公司、沁园集团所属企业及某些信任的第三方共享您的个人信息：</div>
  <div class="polic-box">
   <div class="polic-left polic-text">我们可能与以下各方共享您的个人信息：</div>
   <div class="polic-left polic-text"><text class="icon">·</text>帮助我们提供广告宣传和促销并且分析其有效性的广告、市场和促销代理商</div>
   <div class="polic-left polic-text"><text class="icon">·</text>要向您交付产品或服务的第三方，例如，交付您所订购产品的运输和快递服务</div>
   <div class="polic-left polic-text"><text class="icon">·</text>希望向您发送关于他们的产品与服务的信息的第三方，前提是我们已经获得您的同意</div>
   <div class="polic-left polic-text"><text class="icon">·</text>沁园的第三方服务提供商，例如，向沁园提供数据处理的服务的提供商</div>
   <div class="polic-left polic-text"><text class="icon">·</text>网络分析工具提供商</div>
  </div>
  <div class="polic-left polic-text polic-margin">若我们与联合利华集团所属公司或某些可信任的第三方共享您的个人信息，我们会确保您的信息安全，采取一切合理必要的手段来避免您的信息被误用，并严格按照本隐私保护声明及有关个人信息保护的法律法规之规定使用您的信息。</div>
  <div class="polic-left polic-text polic-margin">（二）     转让</div>
  <div class="polic-left polic-text">我们不会将您的个人信息转让给任何公司、组织和个人，但以下情况除外：</div>
  <div class="polic-left polic-text polic-margin">1)         在获取明确同意的情况下转让：获得您的明确同意后，我们会向其他方转让您的个人信息；</div>
  <div class="polic-left polic-text">2)         在涉及合并、收购或破产清算时，如涉及到个人信息转让，我们会要求新的持有您个人信息的公司、组织继续受此隐私保护声明的约束，否则我们将要求该公司、组织重新向您征求授权同意。</div>
  <div class="polic-left polic-text polic-margin">（三）     公开披露</div>
  <div class="polic-left polic-text polic-margin">我们仅会在以下情况下，公开披露您的个人信息：</div>
  <div class="polic-left polic-text polic-margin">1)         获得您明确同意后；</div>
  <div class="polic-left polic-text">2)         基于法律的披露：在法律、法律程序、诉讼或政府主管部门强制性要求的情况下，我们可能会公开披露您的个人信息。</div>
  <div class="polic-left polic-text polic-blue polic-margin">八、我们如何对您的个人信息进行跨境转移</div>
  <div class="polic-left polic-text polic-bold-nav">原则上，我们在中华人民共和国境内收集和产生的个人信息，将存储在中华人民共和国境内。</div>
  <div class="polic-left polic-text polic-bold-nav polic-margin">我们可能将您的个人信息转移存储至境外的服务器或转移至位于其他国家或地区的关联企业或可靠的第三方以便代表我们处理您的个人信息。同时，我们承诺，在跨境转移个人信息之前优先考虑实施数据去标识化、匿名化等安全措施。对于沁园网站的使用或向沁园提供您的个人信息即表明您授权同意我们按照本隐私保护声明和所适用的个人信息保护的法律法规对您的个人信息进行跨境转移。</div>
  <div class="polic-left polic-text polic-bold-nav">您应当了解，不同于您可能在您的来源国所享受的个人信息法律保护，许多国家或地区不提供相同的法律保护。当您信息存储于另一国家或地区时，该国或地区的法院、执法机构或安全机关可能根据该国法律查询您的个人信息。对于此等合法查询要求，我们承诺，处理您的个人信息的任何人将会被要求采取措施以保护您的个人信息且仅有权根据沁园的指示处理您的个人信息。</div>
  <div class="polic-left polic-text polic-blue polic-margin">九、我们如何保护您的个人信息</div>
  <div class="polic-left polic-text">我们将会采取所有合理可行的措施确保未收集无关的个人信息，保护您的个人信息安全并且要求所有办理或处理您的个人信息的第三方为我们采取同等的措施。为防止未经授权的访问、修改或滥用，对您的个人信息的查询是严格限制的，并且仅允许需要知道的我们的员工和代理人访问您的个人信息。</div>
  <div class="polic-left polic-text polic-margin">在不幸发生个人信息安全事件后，我们将按照法律法规的要求向您告知：安全事件的基本情况和可能的影响、我们已采取或将要采取的处置措施、您可自主防范和降低风险的建议、对您的补救措施等。事件相关情况我们将以邮件、信函、电话、推送通知等方式告知您，难以逐一告知个人信息主体时，我们会采取合理、有效的方式发布公告。同时，我们还将按照监管部门要求，上报个人信息安全事件的处置情况。</div>
  <div class="polic-left polic-text polic-blue polic-margin">十、如何联系我们</div>
  <div class="polic-left polic-text">如果您对于本隐私保护声明有任何疑问、意见或建议，您可以通过发送邮件至 privacy@qinyuan.cn  或拨打沁园服务热线与我们联系</div>
  <div class="polic-left polic-text polic-margin">您有权告诉我们您是否：</div>
  <div class="polic-left polic-text polic-padding"><text class="icon-clone">·</text>不希望我们今后联系您</div>
  <div class="polic-left polic-text polic-padding"><text class="icon-clone">·</text>同意我们持有您的个人信息的复本</div>
  <div class="polic-left polic-text polic-padding"><text class="icon-clone">·</text>希望我们纠正、更新或删除我们记录中的您的个人信息</div>
  <div class="polic-left polic-text polic-padding"><text class="icon-clone">·</text>希望举报任何滥用您个人信息的行为</div>
  <div class="polic-left polic-text polic-margin">为协助我们处理您的要求，请提供您的全名和联系详情。此外，在某些情况下，我们可能还会先要求您验证自己的身份。</div>
  <div class="polic-left polic-text">一般情况下，我们会在三十天内回复。</div>
  <div class="polic-left polic-text polic-margin">如果您对我们的回复不满意，特别是您认为我们的个人信息处理行为损害了您的合法权益，您还可以向网信、电信、公安、市场监管等部门进行投诉或举报。</div>
  <div class="polic-left polic-text polic-blue polic-margin">十一、   我们隐私保护声明的变更</div>
  <div class="polic-left polic-text">我们可以通过在沁园网站上发布隐私保护声明的更新版本而随时修订本隐私保护声明。如果有任何重大变更，我们将会对您进行合理地通知（例如，我们可能会通过电子邮件通知您重大变更之处）。</div>
  <div class="polic-left polic-text polic-margin">本隐私保护声明所指的重大变更包括但不限于：</div>
  <div class="polic-left polic-text">1)         我们的服务模式发生重大变化。如处理个人信息的目的、处理的个人信息类型、个人信息的使用方式等；</div>
  <div class="polic-left polic-text">2)         我们在所有权结构、组织架构等方面发生重大变化。如业务调整、破产并购等引起的所有者变更等；</div>
  <div class="polic-left polic-text">3)         个人信息共享、转让或公开披露的主要对象发生变化；</div>
  <div class="polic-left polic-text">4)         您参与个人信息处理方面的权利及其行使方式发生重大变化；</div>
  <div class="polic-left polic-text">5)         我们负责处理个人信息安全的责任部门、联络方式及投诉渠道发生变化时；</div>
  <div class="polic-left polic-text">6)         个人信息安全影响评估报告表明存在高风险时。</div>
  <div class="polic-left polic-text polic-margin">我们欢迎您经常访问我们的网站，以便及时了解我们如何使用您的个人信息。</div>
  <div class="polic-left polic-text polic-blue polic-margin">十二、   其它沁园隐私保护政策</div>
  <div class="polic-left polic-text">除本隐私保护声明之外，沁园可能举办特定的广告宣传或促销活动，这些宣传和促销活动可能将受到其它附加的隐私保护条款或政策的管辖。我们建议您在参加任何该等广告宣传或促销活动之前仔细阅读该等附加的条款或政策，因为如果您参加活动您将会被要求遵守这些附加的条款或政策。您将会得到任何附加的隐私保护政策或条款的明显突出提示。</div>
 </div>
</div>
</body>

</html>