import Link from "next/link"
import { Button } from "@/components/ui/button"
import { ArrowLeft } from 'lucide-react'

export default function PrivacyPage() {
    return (
        <div className="container mx-auto py-12 px-4 max-w-4xl animate-fadeIn">
            <div className="mb-8">
                <h1 className="text-4xl font-bold mb-4">隐私政策</h1>
                <p className="text-muted-foreground">最后更新日期: 2025年3月15日</p>
            </div>

            <div className="prose prose-lg dark:prose-invert max-w-none">
                <p>
                    本隐私政策描述了我们在您使用我们的网站和服务时如何收集、使用和披露您的信息。
                </p>

                <h2>1. 收集的信息</h2>
                <p>
                    我们可能收集以下类型的信息：
                </p>
                <ul>
                    <li><strong>个人信息</strong>：如姓名、电子邮件地址、电话号码等您提供给我们的信息。</li>
                    <li><strong>账户信息</strong>：您在注册账户时提供的信息，如用户名和密码。</li>
                    <li><strong>内容</strong>：您在我们的服务上发布或提供的内容。</li>
                    <li><strong>使用数据</strong>：关于您如何使用我们的服务的信息，如访问时间、浏览页面和使用功能。</li>
                    <li><strong>设备信息</strong>：如IP地址、浏览器类型、操作系统等。</li>
                    <li><strong>Cookie和类似技术</strong>：我们使用cookie和类似技术来收集和存储信息。</li>
                </ul>

                <h2>2. 信息使用</h2>
                <p>
                    我们可能使用收集的信息：
                </p>
                <ul>
                    <li>提供、维护和改进我们的服务</li>
                    <li>处理和完成交易</li>
                    <li>发送与服务相关的信息，包括确认、技术通知、更新和安全警报</li>
                    <li>响应您的评论、问题和请求</li>
                    <li>开发新产品和服务</li>
                    <li>监控和分析趋势、使用和活动</li>
                    <li>个性化和改进您的体验</li>
                    <li>防止欺诈和滥用</li>
                </ul>

                <h2>3. 信息共享</h2>
                <p>
                    我们可能与以下各方共享您的信息：
                </p>
                <ul>
                    <li><strong>服务提供商</strong>：帮助我们提供服务的第三方公司和个人。</li>
                    <li><strong>合规与法律要求</strong>：如果法律要求或为了保护我们的权利。</li>
                    <li><strong>业务转让</strong>：与任何合并、出售公司资产、融资或收购相关。</li>
                    <li><strong>征得同意</strong>：在您同意的情况下与其他第三方共享。</li>
                </ul>

                <h2>4. 数据安全</h2>
                <p>
                    我们采取合理措施保护您的个人信息免受丢失、滥用和未经授权的访问、披露、更改和销毁。然而，没有任何互联网传输或电子存储方法是100%安全的。
                </p>

                <h2>5. 您的选择</h2>
                <p>
                    您可以通过以下方式控制您的信息：
                </p>
                <ul>
                    <li><strong>账户信息</strong>：您可以更新、更正或删除您的账户信息。</li>
                    <li><strong>Cookie</strong>：大多数网络浏览器接受cookie，但您通常可以修改浏览器设置拒绝cookie。</li>
                    <li><strong>促销通信</strong>：您可以选择不接收我们的促销电子邮件。</li>
                </ul>

                <h2>6. 儿童隐私</h2>
                <p>
                    我们的服务不面向13岁以下的儿童，我们不会故意收集13岁以下儿童的个人信息。
                </p>

                <h2>7. 国际数据传输</h2>
                <p>
                    我们可能将您的信息传输并存储在您所在国家/地区以外的服务器上。
                </p>

                <h2>8. 隐私政策变更</h2>
                <p>
                    我们可能会不时更新本隐私政策。我们将通过在此页面上发布新的隐私政策来通知您任何更改。
                </p>

                <h2>9. 联系我们</h2>
                <p>
                    如果您对本隐私政策有任何疑问，请联系我们：privacy@example.com
                </p>
            </div>
        </div>
    )
}
