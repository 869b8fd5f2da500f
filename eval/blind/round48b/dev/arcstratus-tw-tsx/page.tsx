// 隱私政策頁面
// 依照 spec.md，說明資料收集與隱私政策
export default function PolicyPage() {
  return (
    <main className="container py-8">
      <h1 className="mb-4">隱私政策</h1>
      <p className="text-foreground">
        本網站不收集任何個人資訊，聯繫表單資料僅用於回覆合作意向，不儲存。
        <br />
        本政策符合台灣《個人資料保護法》。
      </p>
    </main>
  );
}
