<!DOCTYPE html>
<html class="expanded">
  
  <head>
    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
    <meta http-equiv="X-UA-Compatible" content="IE=Edge">
    <title>
        JobPlus-隐私声明
    </title>
    <meta name="description" content="JobPlus网是国内首创的企业知识库公共平台,为中国7亿上班族打造的一站式学习平台,践行着“我为人人,人人为我”的互联网分享精神,着力于弥补低效率,高成本的学习遗憾,让高效学习成果真正与工作成果连接起来,“既学+既用”,“提升岗位胜任能力”。">
    <meta name="keywords" content="JobPlus,知识分享,知识库,文档,书籍,问答,课程,文章,网站,在线培训,企业课堂,员工培训,在线教育,职业技能,视频课程,培训网站,职场培训,网络课堂,人才培训,知识管理">
    <link rel="stylesheet" type="text/css" href="/css/pj_wkcommon_framework.css">
    <link rel="stylesheet" type="text/css" href="/css/pj_wkcommon_base.css" charset="UTF-8">
    <link rel="stylesheet" type="text/css" href="/css/pj_about.css">
  </head>
  <body>
    <div class="page" id="feedback">
      <#include "/mydocs/commonTemplate/topandtail/top.ftl"/>
      <div class='pj-container'>
         <div class='left'>
           <#include "/mydocs/commonTemplate/aboutnav/aboutnav.ftl"/>
         </div>
         <div class='right'>
           <div class='legal-notice'>
              <div>
                <img alt='隐私声明'  src='/image/privacy_statement.jpg' class="lazy" width='100%' height='120'>
              </div>
              <dl class='contact'>
                <dd>JobPlus非常重视用户信息的保护，在使用JobPlus的所有产品和服务前，请您务必仔细阅读并透彻理解本声明。一旦您选择使用，即表示您认可并接受本条款现有内容及其可能随时更新的内容</dd>
                <dd>一、您向JobPlus提供的信息。为了向您提供更好的用户服务,JobPlus会在您自愿选择服务或提供信息的情况下系统自动存储注册信息。请您在注册时及时、详尽及准确的提供个人资料，并不断更新注册资料。所有原始键入的资料将引用为注册资料。如果因注册信息不真实而引起的问题，由您自行承担相应的后果。请您不要将您的帐号、密码转让或出借予他人使用。如您发现您的帐号遭他人非法使用，应立即通知JobPlus。互联网上不排除因黑客行为或用户的保管疏忽导致帐号、密码遭他人非法使用，此类情况与JobPlus无关。</dd>
                <dd>二、通过使用收集的信息，JobPlus会得以向您提供个性化的服务，例如向您展现相关程度更高的搜索结果或者推广信息结果。上述信息还可以帮助JobPlus改进JobPlus的产品或服务，并用于开发新的产品或服务。</dd>
                <dd>三、通过使用收集的信息，JobPlus会以高度的勤勉义务对待这些信息，除非事先获得您的授权或本声明另有规定外，不会将这些信息对外公开或向第三方提供。</dd>
                <dd>四、JobPlus可能会与合作伙伴共同向您提供您所要求的服务或者共同向您展示您可能感兴趣的内容。在信息为该项产品/服务所必须的情况下，您同意JobPlus可与其分享必要的信息。并且，JobPlus会要求其确保数据安全并且禁止用于任何其他用途。除此之外，JobPlus不会向任何无关第三方提供或分享信息。</dd>
                <dd>五、JobPlus可能会对产品使用情况进行统计。同时，JobPlus可能会与公众分享这些统计信息，以展示我们服务的整体使用趋势。这些统计信息不包含您的任何身份识别信息。</dd>
                <dd>六、在如下情况下，JobPlus可能会披露您的信息：（1）事先获得您的授权；（2）您使用共享功能；（3）根据法律、法规、法律程序的要求或政府主管部门的强制性要求；（4）以学术研究或公共利益为目的；（5）为维护JobPlus的合法权益，例如查找、预防、处理欺诈或安全方面的问题；（6）符合相关服务条款或使用协议的规定。</dd>
              </dl>
           </div>
         </div>
      </div>
      <#include "/mydocs/commonTemplate/topandtail/tail.ftl"/>
      <#include "/about/communaljs.ftl"/>
  </body>

</html>