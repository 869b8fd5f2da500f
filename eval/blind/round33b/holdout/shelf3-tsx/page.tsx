export default function PrivacyPage() {
  return (
    <main className="max-w-4xl px-6 py-20 mx-auto">
      <h1 className="text-4xl font-bold">隐私政策（占位）</h1>
      <p className="mt-6 text-gray-600 dark:text-gray-300">
        本页面用于上线前法律文案占位。请在正式发布前替换为贵司法务审核版本。
      </p>
      <ul className="mt-4 list-disc list-inside text-gray-600 dark:text-gray-300">
        <li>我们收集的信息类型（如姓名、邮箱、公司名）</li>
        <li>信息使用目的（咨询沟通、服务交付、营销通知）</li>
        <li>数据存储与保护措施</li>
        <li>用户访问、更正、删除数据的方式</li>
      </ul>
    </main>
  );
}
