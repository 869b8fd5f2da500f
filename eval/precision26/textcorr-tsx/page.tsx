export default function PrivacyPolicy() {
  return (
    <div className="container  mx-auto mt-20">
      <h2 className="text-xl font-semibold mb-4">隐私政策</h2>
      <p className="mb-4">
        本隐私政策概述了我们如何收集、使用和保护您的个人信息。
      </p>
      <h3 className="text-lg font-semibold mb-2">数据收集</h3>
      <p className="mb-4">
        我们使用 Google Analytics 来跟踪用户与我们网站的互动。这有助于我们了解用户如何使用我们的内容并改进我们的服务。
      </p>
      <h3 className="text-lg font-semibold mb-2">数据使用</h3>
      <p className="mb-4">
        通过 Google Analytics 收集的数据仅用于改进我们的网站和服务。我们不会将这些数据出售或与第三方共享。
      </p>
      <h3 className="text-lg font-semibold mb-2">您的权利</h3>
      <p>
        您有权要求访问您的个人数据、要求更正数据、要求我们限制处理，或要求我们删除您的数据。
      </p>
    </div>
  )
}
