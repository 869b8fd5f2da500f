import { Text, View } from "@tarojs/components";
import { FC } from "react";

const PrivacyPolicy: FC = () => {
  return (
    <View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-align:center; widows:0; orphans:0; font-size:22pt'>
        <Text style="font-family:'黑体'">隐私政策</Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">“</Text>
        <Text style="font-family:'宋体'">益助银龄</Text>
        <Text style="font-family:'宋体'">”</Text>
        <Text style="font-family:'宋体'">独居老人关护小程序</Text>
        <Text style="font-family:'宋体'">
          （简称&quot;我们&quot;）深知个人信息对您的重要性，您的信任对我们非常重要，我们将按照法律法规的规定并参照行业最佳实践保护您的个人信息及隐私安全。我们制定本&quot;隐私政策&quot;并特别提示：希望您在使用
        </Text>
        <Text style="font-family:'宋体'">“益助银龄”独居老人关护小程序</Text>
        <Text style="font-family:'宋体'">及</Text>
        <Text style="font-family:'宋体'">
          相关服务前仔细阅读并理解本隐私政策，以便做出适当的选择。
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">本隐私政策将帮助您了解：</Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">
          我们会遵循隐私政策收集、使用您的信息，但不会仅因您同意本隐私政策而采用强制捆绑的方式一揽子收集个人信息。
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">
          当您使用或开启相关功能或使用服务时，为实现功能、服务所必需，我们会收集、使用相关信息。除非是为实现业务功能或根据法律法规要求所必需的必要信息，您均可以拒绝提供且不影响其他功能或服务。我们将在隐私政策中逐项说明所要收集的信息。
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">
          精确地理位置、摄像头（相机）、麦克风、相册（存储）、日历、活动记录权限，均不会默认开启，只有经过您的明示授权才会在为实现特定功能或服务时使用，您也可以撤回授权。特别需要指出的是，即使经过您的授权，我们获得了这些敏感权限，也不会在相关功能或服务不需要时而收集您的信息
        </Text>
        <Text style="font-family:'宋体'">。（</Text>
        <Text style='text-decoration:none'>
          <Text style="font-family:'宋体'; color:#000000">
            “益助银龄”独居老人关护小程序
          </Text>
          <Text style="font-family:'宋体'; color:#000000">
            应用权限申请与使用情况说明
          </Text>
          <Text style="font-family:'宋体'; color:#000000">&#xa0;</Text>
        </Text>
        <Text style="font-family:'宋体'">）</Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">本隐私政策适用于【</Text>
        <Text style="font-family:'宋体'">“益助银龄”独居老人关护小程序</Text>
        <Text style="font-family:'宋体'">】</Text>
        <Text style="font-family:'宋体'">
          向您提供的产品和服务。如您使用我们或关联公司向您提供的某项或某几项服务，有其单独的隐私政策的，则相应服务或产品适用相应隐私政策；如未设立独立隐私政策的，则本政策同样适用于该部分产品或服务。
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">
          下文将帮您详细了解我们如何收集、使用、存储、转移（如适用）与保护个人信息；帮您了解查阅、复制、更正、删除、撤回授权个人信息的方式。本政策与您使用我们的服务关系密切，我们建议您仔细阅读并理解本政策全部内容，作出您认为适当的选择，有关您个人信息权益的条款重要内容我们已用加粗形式提示，请特别关注。
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'Times New Roman'">1</Text>
        <Text style="font-family:'宋体'">.我们如何收集和使用个人信息</Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'Times New Roman'">2</Text>
        <Text style="font-family:'宋体'">.我们如何使用cookie等同类技术</Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'Times New Roman'">3</Text>
        <Text style="font-family:'宋体'">
          .数据使用过程中涉及的合作方以及转移、公开个人信息
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'Times New Roman'">4</Text>
        <Text style="font-family:'宋体'">.我们如何存储个人信息</Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'Times New Roman'">5</Text>
        <Text style="font-family:'宋体'">.我们如何保护个人信息的安全</Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'Times New Roman'">6</Text>
        <Text style="font-family:'宋体'">.个性化推荐</Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'Times New Roman'">7</Text>
        <Text style="font-family:'宋体'">.管理您的个人信息</Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'Times New Roman'">8</Text>
        <Text style="font-family:'宋体'">.未成年人使用条款</Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'Times New Roman'">9</Text>
        <Text style="font-family:'宋体'">.隐私政策的修订和通知</Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'Times New Roman'">10</Text>
        <Text style="font-family:'宋体'">.联系我们</Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'Times New Roman'">1</Text>
        <Text style="font-family:'宋体'">.我们如何收集和使用个人信息</Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">
          我们会按照如下方式收集您在使用服务时主动提供的，以及通过自动化手段收集您在使用功能或接受服务过程中产生的信息：
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'Times New Roman'">1</Text>
        <Text style="font-family:'宋体'">.</Text>
        <Text style="font-family:'Times New Roman'">1</Text>
        <Text style="font-family:'宋体'"> 注册、登录</Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'Times New Roman'">1</Text>
        <Text style="font-family:'宋体'">.</Text>
        <Text style="font-family:'Times New Roman'">1</Text>
        <Text style="font-family:'宋体'">.</Text>
        <Text style="font-family:'Times New Roman'">1</Text>
        <Text style="font-family:'宋体'"> 注册、登录</Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">
          a.当您注册、登录及相关服务时，您可以通过手机号创建帐号，并且完善相关的网络身份识别信息（头像、昵称、密码），收集这些信息是为了帮助您完成注册。手机号码是履行国家法律法规关于网络实名制要求的必要信息，如果您不提供手机号码用于注册、登录，我们可能
        </Text>
        <Text style="font-family:'宋体'">无法为您提供</Text>
        <Text style="font-family:'宋体'">信息录入、资料上传</Text>
        <Text style="font-family:'宋体'">
          等功能。您注册、登录帐号后可以填写个人资料（
        </Text>
        <Text style="font-family:'宋体'">姓名</Text>
        <Text style="font-family:'宋体'">、性别、生日、</Text>
        <Text style="font-family:'宋体'">地址等信息</Text>
        <Text style="font-family:'宋体'">）。</Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">
          b.
          基于我们与通信运营商的合作，当您使用“一键登录”功能时，经过您的同意，我们会与运营商处理您的手机号码，以便于为您提供快捷的登录服务。如果拒绝上述处理，将无法使用“一键登录”方式注册登录，但不影响您通过其他方式注册登录，也不影响其他功能的正常使用。
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'Times New Roman'">1</Text>
        <Text style="font-family:'宋体'">.</Text>
        <Text style="font-family:'Times New Roman'">1</Text>
        <Text style="font-family:'宋体'">.</Text>
        <Text style="font-family:'Times New Roman'">2</Text>
        <Text style="font-family:'宋体'"> 认证</Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">
          在您使用身份认证的功能或相关服务所需时，根据相关法律法规，我们可能会收集您的真实身份信息（真实姓名、身份证号码、电话号码等）以完成实名验证。
          部分信息属于个人敏感信息，您可以拒绝提供，如果拒绝提供您将可能无法获得相关服务，但不影响其他功能与服务的正常使用。
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'Times New Roman'">1</Text>
        <Text style="font-family:'宋体'">.</Text>
        <Text style="font-family:'Times New Roman'">1</Text>
        <Text style="font-family:'宋体'">.</Text>
        <Text style="font-family:'Times New Roman'">3</Text>
        <Text style="font-family:'宋体'"> 帐号找回</Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">
          您可以通过找回帐号功能对您的帐号进行找回，为保障您帐号的安全所必需，在找回帐号时我们可能需要您填写相关信息以进行验证，必要时可能通过实名验证等方式验证您的身份。
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'Times New Roman'">1</Text>
        <Text style="font-family:'宋体'">.</Text>
        <Text style="font-family:'Times New Roman'">2</Text>
        <Text style="font-family:'宋体'">为您提供拍摄功能</Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">
          当您拍摄照片、视频上传发布至微信小程序时，我们会申请调用您的摄像头权限。
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'Times New Roman'">1</Text>
        <Text style="font-family:'宋体'">.</Text>
        <Text style="font-family:'Times New Roman'">3</Text>
        <Text style="font-family:'宋体'">为您提供视频录制功能</Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">
          当您拍摄录制视频以上传发布至微信小程序时，我们会申请调用您的麦克风权限。
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'Times New Roman'">1</Text>
        <Text style="font-family:'宋体'">.</Text>
        <Text style="font-family:'Times New Roman'">4</Text>
        <Text style="font-family:'宋体'">为您提供通话功能</Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">
          您联系设计师、客户进行电话沟通时，我们会申请调用您的拨打电话权限，使您通过微信小程序直接拨打电话。
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'Times New Roman'">1</Text>
        <Text style="font-family:'宋体'">.</Text>
        <Text style="font-family:'Times New Roman'">5</Text>
        <Text style="font-family:'宋体'">为您提供图片及视频保存功能</Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">
          您通过微信小程序发布本地图片及视频，或将微信小程序展示的图片及视频保存至本地，我们会申请调用您的相册（存储）权限。
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'Times New Roman'">1</Text>
        <Text style="font-family:'宋体'">.</Text>
        <Text style="font-family:'Times New Roman'">6</Text>
        <Text style="font-family:'宋体'">.运营与安全运行/保障</Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'Times New Roman'">1</Text>
        <Text style="font-family:'宋体'">.</Text>
        <Text style="font-family:'Times New Roman'">6</Text>
        <Text style="font-family:'宋体'">.</Text>
        <Text style="font-family:'Times New Roman'">1</Text>
        <Text style="font-family:'宋体'"> 运营与安全保障</Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">
          我们致力于为您提供安全、可信的产品与使用环境，提供优质而可靠的服务与信息是我们的核心目标。为了维护我们服务的正常运行，保护您或其他用户或公众的合法利益免受损失，我们会收集用于维护产品或服务安全稳定运行的必要信息。
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'Times New Roman'">1</Text>
        <Text style="font-family:'宋体'">.</Text>
        <Text style="font-family:'Times New Roman'">7</Text>
        <Text style="font-family:'宋体'"> 收集、使用个人信息目的变更</Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">
          请您了解，随着我们业务的发展，可能会对的功能和提供的服务有所调整变化。原则上，当新功能或服务与我们当前提供的功能或服务相关时，收集与使用的个人信息将与原处理目的具有直接或合理关联。在与原处理目的无直接或合理关联的场景下，我们收集、使用您的个人信息，会再次按照法律法规及国家标准的要求以页面提示、交互流程、协议确认方式另行向您进行告知说明，并征得您的同意。
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'Times New Roman'">1</Text>
        <Text style="font-family:'宋体'">.</Text>
        <Text style="font-family:'Times New Roman'">8</Text>
        <Text style="font-family:'宋体'"> 征得授权同意的例外</Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">
          请您理解，在下列情形中，根据法律法规及相关国家标准，我们收集和使用您的个人信息不必事先征得您的授权同意：
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">
          a.与我们履行法律法规规定的义务相关的；
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">
          b.与国家安全、国防安全直接相关的；
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">
          c.与公共安全、公共卫生、重大公共利益直接相关的；
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">
          d.与刑事侦查、起诉、审判和判决执行等直接相关的；
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">
          e.出于维护您或他人的生命、财产等重大合法权益但又很难得到本人授权同意的；
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">
          f.您自行向社会公众公开的个人信息；
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">
          g.根据个人信息主体要求签订和履行合同所必需的；
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">
          h.从合法公开披露的信息中收集的您的个人信息的，如合法的新闻报道、政府信息公开等渠道；
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">
          i.用于维护软件及相关服务的安全稳定运行所必需的，例如发现、处置软件及相关服务的故障；
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">j.为开展合法的新闻报道所必需的；</Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">
          k.为学术研究机构，基于公共利益开展统计或学术研究所必要，且对外提供学术研究或描述的结果时，对结果中所包含的个人信息进行去标识化处理的；
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">l.法律法规规定的其他情形。</Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">
          特别提示您注意，如信息无法单独或结合其他信息识别到您的个人身份，其不属于法律意义上您的个人信息；当您的信息可以单独或结合其他信息识别到您的个人身份时或我们将无法与任何特定个人信息建立联系的数据与其他您的个人信息结合使用时，这些信息在结合使用期间，将作为您的个人信息按照本隐私政策处理与保护。
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'Times New Roman'">2</Text>
        <Text style="font-family:'宋体'">.我们如何使用cookie等同类技术</Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">
          Cookie和设备信息标识等同类技术是互联网中普遍使用的技术。当您使用及相关服务时，我们可能会使用相关技术向您的设备发送一个或多个
          Cookie
          或匿名标识符，以收集、标识和存储您访问、使用本产品时的信息。我们承诺，不会将
          Cookie 用于本隐私政策所述目的之外的任何其他用途。我们使用 Cookie
          和同类技术主要为了实现以下功能或服务：
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'Times New Roman'">2</Text>
        <Text style="font-family:'宋体'">.</Text>
        <Text style="font-family:'Times New Roman'">1</Text>
        <Text style="font-family:'宋体'"> 保障产品与服务的安全、高效运转</Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">
          我们可能会设置认证与保障安全性的 cookie
          或匿名标识符，使我们确认您是否安全登录服务，或者是否遇到盗用、欺诈及其他不法行为。这些技术还会帮助我们改进服务效率，提升登录和响应速度。
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'Times New Roman'">2</Text>
        <Text style="font-family:'宋体'">.</Text>
        <Text style="font-family:'Times New Roman'">2</Text>
        <Text style="font-family:'宋体'"> 帮助您获得更轻松的访问体验</Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">
          使用此类技术可以帮助您省去重复您填写个人信息、输入搜索内容的步骤和流程（示例：记录搜索、表单填写）。
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'Times New Roman'">2</Text>
        <Text style="font-family:'宋体'">.</Text>
        <Text style="font-family:'Times New Roman'">3</Text>
        <Text style="font-family:'宋体'"> cookie的清除</Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">
          大多数浏览器均为用户提供了清除浏览器缓存数据的功能，您可以在浏览器设置功能中进行相应的数据清除操作。如您进行清除，可能因为这些修改，您可能无法使用依赖于Cookie由公司提供的服务或相应功能。
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'Times New Roman'">3</Text>
        <Text style="font-family:'宋体'">
          . 数据使用过程中转移、公开个人信息
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'Times New Roman'">3</Text>
        <Text style="font-family:'宋体'">.</Text>
        <Text style="font-family:'Times New Roman'">1</Text>
        <Text style="font-family:'宋体'"> 转移</Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">
          随着我们业务的持续发展，我们将有可能进行合并、收购、资产转让，你的个人信息有可能因此而被转移。在发生前述变更时，我们将按照法律法规及不低于本隐私政策所载明的安全标准要求继受方继续履行个人信息处理者的义务，若继受方变更原先的处理目的、处理方式的，我们将要求继受方重新征得你的授权同意。
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'Times New Roman'">3</Text>
        <Text style="font-family:'宋体'">.</Text>
        <Text style="font-family:'Times New Roman'">2</Text>
        <Text style="font-family:'宋体'">公开</Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">
          a.
          我们不会公开你的信息，除非遵循国家法律法规规定或者获得你的同意。我们公开你的个人信息会采用符合行业内标准的安全保护措施。
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'Times New Roman'">3</Text>
        <Text style="font-family:'宋体'">.</Text>
        <Text style="font-family:'Times New Roman'">3</Text>
        <Text style="font-family:'宋体'">
          依法豁免征得同意提供、公开的个人信息
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">
          请你理解，在下列情形中，根据法律法规及国家标准，我们向合作方提供、公开你的个人信息无需征得你的授权同意：
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">
          a.为订立、履行你作为一方当事人的合同所必需，或者按照依法制定的劳动规章制度和依法签订的集体合同实施人力资源管理所必需；
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">
          b.为履行法定职责或者法定义务所必需；
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">
          c.与国家安全、国防安全直接相关的；
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">
          d.与刑事侦查、起诉、审判和判决执行等直接相关的；
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">
          e.为应对突发公共卫生事件，或者紧急情况下为保护自然人的生命健康和财产安全所必需；
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">
          f.为公共利益实施新闻报道、舆论监督等行为，在合理的范围内处理个人信息；
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">
          g.依照相关法律规定处理你自行公开或者其他已经合法公开的个人信息；
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">
          h.从合法公开披露的信息中收集个人信息的；
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">i.法律、行政法规规定的其他情形。</Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'Times New Roman'">4</Text>
        <Text style="font-family:'宋体'">.我们如何存储个人信息</Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'Times New Roman'">4</Text>
        <Text style="font-family:'宋体'">.</Text>
        <Text style="font-family:'Times New Roman'">1</Text>
        <Text style="font-family:'宋体'"> 存储地点</Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">
          我们依照法律法规的规定，将在境内运营过程中收集和产生的您的个人信息存储于中华人民共和国境内。目前，我们不会将上述信息传输至境外，如果我们向境外传输，会严格遵守中国的相关法律、监管政策，并会遵循相关国家规定或者征求您的同意。
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'Times New Roman'">4</Text>
        <Text style="font-family:'宋体'">.</Text>
        <Text style="font-family:'Times New Roman'">2</Text>
        <Text style="font-family:'宋体'"> 存储期限</Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">
          我们仅在为提供服务之目的所必需的期间内保留您的个人信息，例如：
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">
          手机号码：当您使用手机号码注册登录时，我们需要持续保留您的手机号码，以便于向您提供正常的服务、应对您可能的查询和客诉并保障您的帐号和系统安全。
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">
          您发布的信息在您未撤回、删除或未注销帐号期间，我们会保留相关信息用于向您提供持续的业务功能。
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">
          如果您注销帐户、主动删除个人信息或超出必要的期限后，我们将对您的个人信息进行删除或匿名化处理，但以下情况除外：
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">遵从法律法规有关信息留存的要求。</Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">
          出于财务、审计、争议解决等目的需要合理延长期限的。
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'Times New Roman'">5</Text>
        <Text style="font-family:'宋体'">.我们如何保护个人信息的安全</Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'Times New Roman'">5</Text>
        <Text style="font-family:'宋体'">.</Text>
        <Text style="font-family:'Times New Roman'">1</Text>
        <Text style="font-family:'宋体'">
          我们非常重视您个人信息的安全，将努力采取合理的安全措施（包括技术方面和管理方面）来保护您的个人信息，防止您提供的个人信息被不当使用或未经授权的情况下被访问、公开披露、使用、修改、损坏、丢失或泄漏。
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'Times New Roman'">5</Text>
        <Text style="font-family:'宋体'">.</Text>
        <Text style="font-family:'Times New Roman'">2</Text>
        <Text style="font-family:'宋体'">
          我们会使用不低于行业同行的加密技术、匿名化处理及相关合理可行的手段保护您的个人信息，并使用安全保护机制防止您的个人信息遭到恶意攻击。
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'Times New Roman'">5</Text>
        <Text style="font-family:'宋体'">.</Text>
        <Text style="font-family:'Times New Roman'">3</Text>
        <Text style="font-family:'宋体'">
          我们会建立专门的安全部门、安全管理制度、数据安全流程保障您的个人信息安全。我们采取严格的数据使用和访问制度，确保只有授权人员才可访问您的个人信息，并适时对数据和技术进行安全审计。
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'Times New Roman'">5</Text>
        <Text style="font-family:'宋体'">.</Text>
        <Text style="font-family:'Times New Roman'">4</Text>
        <Text style="font-family:'宋体'">
          尽管已经采取了上述合理有效措施，并已经遵守了相关法律规定要求的标准，但请您理解，由于技术的限制以及可能存在的各种恶意手段，在互联网行业，即便竭尽所能加强安全措施，也不可能始终保证信息百分之百的安全，我们将尽力确保您提供给我们的个人信息的安全性。
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'Times New Roman'">5</Text>
        <Text style="font-family:'宋体'">.</Text>
        <Text style="font-family:'Times New Roman'">5</Text>
        <Text style="font-family:'宋体'">
          您知悉并理解，您接入我们的服务所用的系统和通讯网络，有可能因我们可控范围外的因素而出现问题。因此，我们强烈建议您采取积极措施保护个人信息的安全，包括但不限于使用复杂密码、定期修改密码、不将自己的帐号密码及相关个人信息透露给他人。
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'Times New Roman'">5</Text>
        <Text style="font-family:'宋体'">.</Text>
        <Text style="font-family:'Times New Roman'">6</Text>
        <Text style="font-family:'宋体'">
          我们会制定应急处理预案，并在发生用户信息安全事件时立即启动应急预案，努力阻止这些安全事件的影响和后果扩大。一旦发生用户信息安全事件（泄露、丢失）后，我们将按照法律法规的要求，及时向您告知：安全事件的基本情况和可能的影响、我们已经采取或将要采取的处置措施、您可自主防范和降低风险的建议、对您的补救措施。我们将及时将事件相关情况以推送通知、邮件、信函、短信及相关形式告知您，难以逐一告知时，我们会采取合理、有效的方式发布公告。同时，我们还将按照相关监管部门要求，上报用户信息安全事件的处置情况。
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'Times New Roman'">5</Text>
        <Text style="font-family:'宋体'">.</Text>
        <Text style="font-family:'Times New Roman'">7</Text>
        <Text style="font-family:'宋体'">您一旦离开</Text>
        <Text style="font-family:'宋体'">&quot;</Text>
        <Text style="font-family:'宋体'">‘益助银龄’独居老人关护小程序</Text>
        <Text style="font-family:'宋体'">&quot;</Text>
        <Text style="font-family:'宋体'">
          及相关服务，浏览或使用其他网站、服务及内容资源，我们将没有能力和直接义务保护您在及相关服务之外的软件、网站提交的任何个人信息。
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'Times New Roman'">6</Text>
        <Text style="font-family:'宋体'">.管理您的个人信息</Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">
          我们非常重视您对个人信息的管理，并尽全力保护您对于您个人信息的查阅、复制、更正、补充、删除、撤回同意授权、注销帐号、投诉举报以及设置隐私功能等权利，以使您有能力保障您的隐私和信息安全。
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'Times New Roman'">6</Text>
        <Text style="font-family:'宋体'">.</Text>
        <Text style="font-family:'Times New Roman'">1</Text>
        <Text style="font-family:'宋体'"> 改变或撤回授权范围</Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">
          改变或撤回敏感权限设置：您可以在【设置-小程序已经获得的信息】中管理相关权限以改变同意范围或撤回您的授权。撤回授权后我们将不再收集与该权限相关信息。
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">改变或撤回授权的信息处理：</Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">
          特定的业务功能和服务将需要您的信息才能得以完成，当您撤回同意或授权后，我们无法继续为您提供撤回同意或授权所对应的功能和服务，也不再处理您相应的个人信息。但您撤回同意或授权的决定，不会影响我们此前基于您的授权而开展的个人信息处理。
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'Times New Roman'">6</Text>
        <Text style="font-family:'宋体'">.</Text>
        <Text style="font-family:'Times New Roman'">2</Text>
        <Text style="font-family:'宋体'"> 您的个人信息权利</Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">
          如您需要查阅、更正、删除您的个人信息，您可以将需求发送至
        </Text>
        <Text style='text-decoration:none'>
          <Text style="font-family:'宋体'; color:#c00000">
            1599669852@qq.com
          </Text>
        </Text>
        <Text style="font-family:'宋体'">
          ，我们将尽快审核所涉问题，并在验证您的用户身份后的十五个工作日内回复。
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'Times New Roman'">6</Text>
        <Text style="font-family:'宋体'">.</Text>
        <Text style="font-family:'Times New Roman'">3</Text>
        <Text style="font-family:'宋体'"> 注销帐号</Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">您可以通过反馈邮箱（</Text>
        <Text style='text-decoration:none'>
          <Text style="font-family:'宋体'; color:#c00000">
            1599669852@qq.com
          </Text>
        </Text>
        <Text style="font-family:'宋体'">
          ）与我们联系申请注销您的帐号，我们将会在收到您的申请后及时进行处理，并在
        </Text>
        <Text style="font-family:'Times New Roman'">15</Text>
        <Text style="font-family:'宋体'">
          个工作日或法律法规要求的时限内回复您的请求。在您注销帐号前，我们将验证您的个人身份、安全状态、设备信息等。您知悉并理解，注销帐号是不可逆的行为，当您注销帐号后，我们将删除有关您的相关信息或进行匿名化处理，但法律法规另有规定的除外。有关注销的流程和内容，请参见
        </Text>
        <Text style='text-decoration:none'>
          <Text style="font-family:'宋体'; color:#000000">注销协议示例</Text>
        </Text>
        <Text style="font-family:'宋体'">&#xa0;</Text>
        <Text style="font-family:'宋体'">。</Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'Times New Roman'">6</Text>
        <Text style="font-family:'宋体'">.</Text>
        <Text style="font-family:'Times New Roman'">4</Text>
        <Text style="font-family:'宋体'"> 意见反馈和投诉举报</Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">
          您可以按照我们公示的制度进行投诉或举报。如果您有任何意见或您认为您的个人信息权利可能受到侵害，或者发现侵害个人信息权利的线索，您可以通过反馈邮箱（
        </Text>
        <Text style='text-decoration:none'>
          <Text style="font-family:'宋体'; color:#c00000">
            1599669852@qq.com
          </Text>
        </Text>
        <Text style="font-family:'宋体'">）与我们联系。</Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'Times New Roman'">6</Text>
        <Text style="font-family:'宋体'">.</Text>
        <Text style="font-family:'Times New Roman'">5</Text>
        <Text style="font-family:'宋体'"> 停止运营并向您告知</Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">
          如我们停止运营，我们将及时停止收集您个人信息的活动，将停止运营的通知以逐一送达或公告的形式通知您，并对所持有的您的个人信息进行删除或匿名化处理。
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'Times New Roman'">7</Text>
        <Text style="font-family:'宋体'">.未成年人条款</Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">“益助银龄”独居老人关护小程序</Text>
        <Text style="font-family:'宋体'">
          主要面向成年人，如果您认为我们在无意间收集了未获得许可的未成年人信息，请通过文末的【联系方式】与我们联系以便我们可以尽快删除这些信息。
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'Times New Roman'">7</Text>
        <Text style="font-family:'宋体'">.</Text>
        <Text style="font-family:'Times New Roman'">1</Text>
        <Text style="font-family:'宋体'">未成年人通用条款</Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">a.若您是未满</Text>
        <Text style="font-family:'Times New Roman'">18</Text>
        <Text style="font-family:'宋体'">周岁的未成年人，在使用</Text>
        <Text style="font-family:'宋体'">【</Text>
        <Text style="font-family:'宋体'">“益助银龄”独居老人关护小程序</Text>
        <Text style="font-family:'宋体'">】</Text>
        <Text style="font-family:'宋体'">
          及相关服务前，应在您的父母或其他监护人监护、指导下共同阅读并同意本隐私政策。
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">b.若您是未满</Text>
        <Text style="font-family:'Times New Roman'">14</Text>
        <Text style="font-family:'宋体'">周岁的未成年人的监护人，在使用</Text>
        <Text style="font-family:'宋体'">【</Text>
        <Text style="font-family:'宋体'">“益助银龄”独居老人关护小程序</Text>
        <Text style="font-family:'宋体'">】</Text>
        <Text style="font-family:'宋体'">
          及相关服务前，应为您的被监护人阅读并同意本隐私政策。
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">
          c.我们根据国家相关法律法规的规定保护未成年人的个人信息，只会在法律允许、父母或其他监护人明确同意或保护未成年人所必要的情况下收集、使用或披露未成年人的个人信息；如果我们发现在未事先获得可证实的父母或其他监护人同意的情况下收集了未成年人的个人信息，则会设法尽快删除相关信息。
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">
          d.若您是未成年人的监护人，当您对您所监护的未成年人的个人信息有相关疑问时，请通过本隐私政策公示的联系方式与我们联系。
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'Times New Roman'">8</Text>
        <Text style="font-family:'宋体'">.隐私政策的修订和通知</Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'Times New Roman'">8</Text>
        <Text style="font-family:'宋体'">.</Text>
        <Text style="font-family:'Times New Roman'">1</Text>
        <Text style="font-family:'宋体'">
          为了给您提供更好的服务，及相关服务将不时更新与变化，我们会适时对本隐私政策进行修订，这些修订构成本隐私政策的一部分并具有等同于本隐私政策的效力，未经您明确同意，我们不会削减您依据当前生效的本隐私政策所应享受的权利。
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'Times New Roman'">8</Text>
        <Text style="font-family:'宋体'">.</Text>
        <Text style="font-family:'Times New Roman'">2</Text>
        <Text style="font-family:'宋体'">
          本隐私政策更新后，我们会在发出更新版本，并在更新后的条款生效前通过官方网站公告或其他适当的方式提醒您更新的内容，以便您及时了解本隐私政策的最新版本。
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'Times New Roman'">9</Text>
        <Text style="font-family:'宋体'">.联系我们</Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'宋体'">9.1</Text>
        <Text style="font-family:'宋体'; font-weight:bold">
          “益助银龄”独居老人关护小程序
        </Text>
        <Text style="font-family:'宋体'; color:#c00000">
          重庆市南岸区益友公益发展中心
        </Text>
        <Text style="font-family:'宋体'; color:#c00000">提供</Text>
        <Text style="font-family:'宋体'">，如果您对个人信息保护问题</Text>
        <Text style="font-family:'宋体'">有</Text>
        <Text style="font-family:'宋体'">投诉</Text>
        <Text style="font-family:'宋体'">、</Text>
        <Text style="font-family:'宋体'">建议、疑问</Text>
        <Text style="font-family:'宋体'">，</Text>
        <Text style="font-family:'宋体'">您可以将问题发送至</Text>
        <Text style='text-decoration:none'>
          <Text style="font-family:'Times New Roman'; color:#c00000">
            1599669852@qq.com
          </Text>
        </Text>
        <Text style="font-family:'宋体'">
          ，我们核查并验证您的用户身份后会及时反馈您的投诉与举报。
        </Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-indent:24pt; text-align:justify; line-height:150%; widows:0; orphans:0; font-size:12pt'>
        <Text style="font-family:'Times New Roman'">9</Text>
        <Text style="font-family:'宋体'">.</Text>
        <Text style="font-family:'Times New Roman'">2</Text>
        <Text style="font-family:'宋体'">
          如对本隐私政策内容有任何疑问、意见或建议，您可通过
        </Text>
        <Text style='text-decoration:none'>
          <Text style="font-family:'宋体'; color:#c00000">
            1599669852@qq.com
          </Text>
        </Text>
        <Text style="font-family:'宋体'">与我们联系。</Text>
      </View>
      <View style='margin-top:0pt; margin-bottom:0pt; text-align:justify; widows:0; orphans:0; font-size:10.5pt'>
        <Text style='font-family:Calibri'>&#xa0;</Text>
      </View>
    </View>
  );
};

export default PrivacyPolicy;
