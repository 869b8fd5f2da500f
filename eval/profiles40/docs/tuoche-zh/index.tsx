import { View } from "@tarojs/components";

import "./index.scss";

const Yinsi = () => {
  return (
    <View className="container">
      <View className="title">《伙伴信息助手隐私政策》</View>
      <View className="update-date">更新日期：2023年2月13日</View>

      <View className="indent-2">
        伙伴信息助手是拖车侠用于信息发布和提供在线服务的平台，是由贵州拖车侠科技服务有限公司技术中心负责运行维护，运营管理权归州拖车侠科技服务有限公司所有
      </View>

      <View className="indent-2">
        伙伴信息助手隐私政策（以下简称“本政策”）帮助您了解以下内容：
      </View>

      <View className="indent-2">一、我们如何收集和使用您的个人信息</View>

      <View className="indent-2">二、我们如何对外提供您的个人信息</View>

      <View className="indent-2">三、我们如何保护您的个人信息</View>

      <View className="indent-2">四、您的权利</View>

      <View className="indent-2">五、我们如何处理儿童的个人信息</View>

      <View className="indent-2">六、本政策如何更新</View>

      <View className="indent-2">七、其他</View>

      <View className="indent-2">八、如何联系我们</View>

      <View className="indent-2">
        我们非常重视用户的隐私和个人信息保护。我们将按照法律法规要求，采取相应的安全保护措施来保护您的个人信息。
      </View>
      <View className="indent-2">
        在使用伙伴信息助手前，请您仔细阅读并了解本政策。若您使用我们的产品和服务，即表示您同意我们在本政策中所述内容。如您有问题，请联系我们。
      </View>
      <View className="indent-2">一、我们如何收集和使用您的个人信息</View>
      <View className="indent-2">
        个人信息是指以电子或者其他方式记录的能够单独或者与其他信息结合识别特定自然人身份或者反映特定自然人活动情况的各种信息。
      </View>
      <View className="indent-2">
        在您使用伙伴信息助手的过程中，本客户端会按照如下方式收集您在使用时主动提供或因为使用而产生的个人信息，用以向您提供服务及优化我们的服务：
      </View>
      <View className="indent-2">
        1、当您使伙伴信息助手时，为使我们的服务正常运行以保障您的正常使用，改进优化您的使用体验，我们会收集您的微信openid、微信昵称、等信息，这类信息是为提供服务必须收集的基础信息。
      </View>
      <View className="indent-2">
        2、当您在小程序中申请成为驾驶员时，需要您完成实名认证才能使用，您需要提供姓名、身份证号码、手机号码、驾驶证等信息。此类信息属于个人敏感信息，我们会严格保护您的个人信息，您可以根据自身需要选择是否申请成为驾驶员。
      </View>
      <View className="indent-2">
        3、当您使用伙伴信息助手进行车辆救援服务时，我们会获取您的位置信息，此信息只会在救援服务中使用，我们会严格保护您的个人信息。
      </View>
      <View className="indent-2">二、我们如何对外提供您的个人信息</View>
      <View className="indent-2">
        1.根据相关法律法规及国家标准，在以下情形中，我们可能会共享或公开披露个人信息无需事先征得您的同意：
      </View>
      <View className="indent-2">（1）与国家安全、国防安全直接相关的；</View>
      <View className="indent-2">
        （2）与公共安全、公共卫生、重大公共利益直接相关的；
      </View>
      <View className="indent-2">
        （3）与刑事侦查、起诉、审判和判决执行等直接相关的；
      </View>
      <View className="indent-2">
        （4）出于维护个人信息主体或其他个人的生命、财产等重大合法权益但又很难得到您本人同意的；
      </View>
      <View className="indent-2">（5）法律法规规定的其他情形。</View>
      <View className="indent-2">三、我们如何保护您的个人信息</View>
      <View className="indent-2">
        我们会采取一切合理可行的措施，保护您的个人信息。我们会采取一切合理可行的措施，确保未收集无关的个人信息。
      </View>
      <View className="indent-2">四、您的权利</View>
      <View className="indent-2">
        按照中国相关的法律、法规、标准，我们保障您对自己的个人信息行使法定权利。
      </View>
      <View className="indent-2">五、我们如何处理儿童的个人信息</View>
      <View className="indent-2">
        伙伴信息助手非常重视对未成年人个人信息的保护。根据相关法律法规的规定，若您是未成年人，在使用伙伴信息助手的服务前，应事先取得您的家长或法定监护人的书面同意。
      </View>
      <View className="indent-2">
        我们不会收集包括未成年人在内的个人信息。尽管当地法律和习俗对儿童的定义不同，但我们将不满14周岁的任何人均视为儿童。
      </View>
      <View className="indent-2">六、本政策如何更新</View>
      <View className="indent-2">
        我们可能会适时对本政策进行修订。当本政策的条款发生变更时，我们会在版本更新时向您展示变更后的《伙伴信息助手隐私政策隐私政策》。
      </View>
      <View className="indent-2">七、其他</View>
      <View className="indent-2">
        本政策的版权由伙伴信息助手所有，伙伴信息助手保留一切解释和修改权利。
      </View>
      <View className="indent-2">八、如何联系我们</View>
      <View className="indent-2">
        如果您对本政策的相关事宜有任何问题、意见或建议，请发送邮件至【renshan@trailerman.cn】。
      </View>
    </View>
  );
};

export default Yinsi;
