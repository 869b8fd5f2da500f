import { View } from '@tarojs/components';

export default function Index() {
  return (
    <View className="clause-detail">
      <View className="title-1">Go Farm体感式农场小程序隐私保护指引</View>
      <View className="content">
        本指引是Go Farm体感式农场小程序开发者
        湖州趣农产农业有限公司（以下简称“开发者”）为处理你的个人信息而制定。
      </View>

      <View className="title-2">1. 开发者处理的信息</View>
      <View className="content">
        根据法律规定，开发者仅处理实现小程序功能所必要的信息。
      </View>
      <View className="content">
        · 为了你能顺利预订GO
        FARM门票，开发者将在获取你的明示同意后，收集你的微信昵称、头像。
      </View>
      <View className="content">
        · 为了你能使用GO
        FARM位置导航功能，开发者将在获取你的明示同意后，收集你的位置信息。
      </View>
      <View className="content">
        · 为了你能在预订时生成GO
        FARM门票凭证，开发者将在获取你的明示同意后，使用你的相册（仅写入）权限。
      </View>
      <View className="content">
        ·
        为了你能快速用微信绑定的手机号注册并登陆，开发者将在获取你的明示同意后，收集你的手机号。
      </View>

      <View className="title-2">2. 第三方插件信息/SDK信息</View>
      <View className="content">
        为实现特定功能，开发者可能会接入由第三方提供的插件/SDK。第三方插件/SDK的个人信息处理规则，请以其公示的官方说明为准。Go
        Farm体感式农场小程序接入的第三方插件信息/SDK信息如下：
      </View>
      <View className="content">
        2.1
        关于收集你的位置信息、使用你的相册（仅写入）权限，你可以通过以下路径：小程序主页右上角“…”—“设置”—点击特定信息—点击“不允许”，撤回对开发者的授权。
      </View>
      <View className="content">
        2.2
        关于你的个人信息，你可以通过以下方式与开发者联系，行使查阅、复制、更正、删除等法定权利。
      </View>
      <View className="content">
        2.3
        若你在小程序中注册了账号，你可以通过以下方式与开发者联系，申请注销你在小程序中使用的账号。在受理你的申请后，开发者承诺在十五个工作日内完成核查和处理，并按照法律法规要求处理你的相关信息。
      </View>

      <View className="title-2">3. 你的权益</View>
      <View className="content">
        3.1
        关于收集你的位置信息、使用你的相册（仅写入）权限，你可以通过以下路径：小程序主页右上角“…”—“设置”—点击特定信息—点击“不允许”，撤回对开发者的授权。
      </View>

      <View className="title-2">4. 开发者对信息的存储</View>
      <View className="content">
        4.1 开发者将会在本指引所明示的用途内使用收集的信息。
      </View>
      <View className="content">
        4.2
        如开发者使用你的信息超出本指引目的或合理范围，开发者必须在变更使用目的或范围前，再次以短信方式告知并征得你的明示同意。
      </View>

      <View className="title-2">5. 信息的使用规则</View>
      <View className="content">
        5.1 信息的使用规则 开发者将会在本指引所明示的用途内使用收集的信息
      </View>
      <View className="content">
        5.2
        开发者承诺，不会对外公开披露你的信息，如必须公开披露时，开发者应当向你告知公开披露的目的、披露信息的类型及可能涉及的信息，并征得你的单独同意。
      </View>

      <View className="title-2">6. 信息对外提供</View>
      <View className="content">电话：13706525383</View>
      <View className="content">微信：gofarm2</View>

      <View className="title-2"></View>
      <View className="content">更新日期：2024年09年05日</View>
      <View className="content">生效日期：2024年09年05日</View>
    </View>
  );
}
