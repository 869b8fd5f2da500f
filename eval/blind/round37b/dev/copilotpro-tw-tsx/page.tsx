export const metadata = {
  title: "隱私權政策 | 永傳家族辦公室",
  description: "了解永傳家族辦公室如何保護您的個人資料，確保資訊安全與合規。",
};

export default function Privacy() {
  return (
    <main className="max-w-3xl mx-auto px-6 py-10">
      <h1 className="text-2xl font-semibold mb-4">隱私權政策</h1>
      <p className="text-sm text-gray-700 mb-4">
        本平台尊重並保護使用者的隱私，僅於合法必要之情況下蒐集、處理及使用您的個人資料。
      </p>
      <p className="text-sm text-gray-700 mb-4">
        我們將採取合理措施維護資料安全，並遵循相關法令規範，以確保您的資訊不會遭到未授權存取或濫用。
      </p>
    </main>
  );
}
