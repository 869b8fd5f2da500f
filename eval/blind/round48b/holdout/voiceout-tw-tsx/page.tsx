export default function PrivacyPage() {
    return (
        <div className="container py-10">
            <h1 className="text-3xl font-bold mb-4">隱私政策</h1>
            <p className="text-muted-foreground">
                我們非常重視您的隱私。VoiceOut 承諾嚴格保護您的個人資訊與舉報內容。
                除非取得您的同意或法律要求，我們絕不會將您的資料透露給第三方。
            </p>
        </div>
    )
}
