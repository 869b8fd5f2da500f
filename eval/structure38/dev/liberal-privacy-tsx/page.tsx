export default function PrivacyPolicyPage() {
    return (
      <main className="mx-auto min-h-[60vh] w-full max-w-3xl px-6 py-12 text-[#3c3020]">
        <h1 className="text-2xl font-semibold">隐私政策</h1>
        <p className="mt-4 leading-7 text-[#5f4f37]">
          自由学社（以下简称“我们”）重视用户个人信息与未成年人保护。本政策用于说明我们在
          网站与相关服务中如何收集、使用、保存与保护信息。
        </p>
  
        <section className="mt-8 space-y-3 leading-7 text-[#5f4f37]">
          <h2 className="text-lg font-medium text-[#3c3020]">1. 我们收集的信息</h2>
          <p>
            当你注册、登录、完善个人资料、创建社区信息或与我们联系时，我们可能收集：昵称、邮箱、
            联系方式、所在地区、社区描述等你主动提供的信息。
          </p>
          <p>
            为保障服务稳定，我们也会收集必要的设备与访问日志信息（如浏览器类型、访问时间、错误日志）
            以及用于体验改进的统计数据。
          </p>
  
          <h2 className="text-lg font-medium text-[#3c3020]">2. 信息的使用目的</h2>
          <p>
            我们仅在合理范围内使用信息，包括：提供账号与社区地图功能、进行审核与风控、回复咨询、
            改进产品体验，以及履行法律法规要求。
          </p>
  
          <h2 className="text-lg font-medium text-[#3c3020]">3. 信息共享与披露</h2>
          <p>
            除法律法规要求或获得你的明确同意外，我们不会向无关第三方出售你的个人信息。
            对于为网站运行所必需的服务提供方，我们会要求其采取相应保密与安全措施。
          </p>
  
          <h2 className="text-lg font-medium text-[#3c3020]">4. 未成年人保护</h2>
          <p>
            自由学社服务对象包含青少年群体。若你为未成年人，建议在监护人指导下使用本服务。
            如监护人认为存在信息处理问题，可通过下方联系方式与我们沟通。
          </p>
  
          <h2 className="text-lg font-medium text-[#3c3020]">5. 你的权利</h2>
          <p>
            你可申请访问、更正或删除你提交的个人信息，并可申请注销账号。我们会在核验身份后及时处理。
          </p>
  
          <h2 className="text-lg font-medium text-[#3c3020]">6. 联系方式</h2>
          <p>
            如对本政策有疑问，请联系：公众号“自由学社 Liberal Academy”，微信号 504302201，邮箱
            xtong717@gmail.com。
          </p>
        </section>
      </main>
    );
  }
  