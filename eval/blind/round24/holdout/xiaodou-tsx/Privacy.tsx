export default function Privacy() {
  return (
    <div className="bg-[#0f172a] min-h-screen text-white py-16">
      <div className="max-w-4xl mx-auto px-6">
        <h1 className="text-3xl font-bold mb-8">隱私權政策</h1>
        <div className="bg-[#1e293b] p-8 rounded-2xl border border-gray-800 space-y-6 text-gray-300">
          <section>
            <h2 className="text-xl font-bold text-white mb-4">1. 隱私權保護政策的適用範圍</h2>
            <p>隱私權保護政策內容，包括本網站如何處理在您使用網站服務時收集到的個人識別資料。隱私權保護政策不適用於本網站以外的相關連結網站。</p>
          </section>
          <section>
            <h2 className="text-xl font-bold text-white mb-4">2. 個人資料的蒐集、處理及利用方式</h2>
            <p>當您造訪本網站或使用本網站所提供之功能服務時，我們將視該服務功能性質，請您提供必要的個人資料，並在該特定目的範圍內處理及利用您的個人資料。</p>
          </section>
          <section>
            <h2 className="text-xl font-bold text-white mb-4">3. 資料之保護</h2>
            <p>本網站主機均設有防火牆、防毒系統等相關的各項資訊安全設備及必要的安全防護措施，加以保護網站及您的個人資料。</p>
          </section>
        </div>
      </div>
    </div>
  );
}
