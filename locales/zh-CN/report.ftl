### 打印的评估结果告知书（PDF）与签名、验证

pdf-title = 温州市困难群众帮扶政策评估结果告知书
pdf-office = 评估单位
pdf-officer = 经办人
pdf-date = 评估日期
pdf-engine = 程序版本
pdf-params = 参数
pdf-determination-id = 评估编号
pdf-members = 家庭成员
pdf-signatures = 签字
pdf-officer-signature = 经办人签字
pdf-e-signed = 电子签名
pdf-household-signature = 申请人（家庭代表）签字
pdf-sign-date = 日期
pdf-page = 第
pdf-unsigned-hint = 本告知书未经电子签名。二维码含评估编号和内容摘要。
pdf-verify-hint = 本告知书带有电子签名，可用 wenzhou-assess verify 离线验证；二维码含评估编号和内容摘要。
cli-pdf-written = 已生成告知书：{ $file }
cli-pdf-signed = 已由 { $signer } 电子签名。
cli-key-created = 已为 { $officer } 创建签名密钥：{ $file }
cli-passphrase-needed = 签名需要密码：请设置环境变量 WENZHOU_ASSESS_PASSPHRASE。
cli-verify-valid = 签名有效，签名覆盖整个文件，签名后未被改动。
cli-verify-invalid = 签名无效：文件在签名后被改动或签名已损坏。
cli-verify-not-whole = 签名本身有效，但签名后文件又被追加或改动：签名只覆盖文件的一部分。
cli-verify-format-pades = 签名格式：PAdES 基线 B-B（ETSI.CAdES.detached，签名证书已绑定）
cli-verify-format-pkcs7 = 签名格式：adbe.pkcs7.detached（旧版告知书的格式）
cli-verify-signer = 签名人：{ $signer }
cli-verify-time = 签名时间：{ $time }
cli-verify-rerun-ok = 按相同规则和参数重新评估，结果与告知书一致。
cli-verify-rerun-differs = 重新评估的结果与告知书不一致：{ $rules }
cli-verify-rerun-not-possible = 无法重新评估：{ $reason }
pdf-appendix = 培训附录：情景对比（非评估结论）
pdf-layer-update = 政策更新
pdf-layer-local = 本地标准
pdf-layer-scenario = 培训情景（非官方）
pdf-historical = 历史评估：本告知书按评估日期 { $date } 当时有效的条款评估；其中 { $docs } 已失效（括号内为最后有效日），打印时不再有效。

## The sweep chart (sweep --out 曲线.png)
chart-sweep-title = 每月净收入与现金待遇随取值的变化
chart-sweep-y = 元/月
chart-x-wages = 月工资（元）
chart-x-rent = 月租金（元）
chart-x-age = 年龄（周岁）
chart-x-grade = 残疾等级
chart-x-size = 家庭人数

## The office certificate authority (office …) and the signer's trust in verify
cli-pin-needed = 使用 USB 密钥需要 PIN：请设置环境变量 WENZHOU_ASSESS_PIN。
cli-verify-trusted = 证书由「{ $ca }」签发，本机信任该单位。
cli-verify-not-trusted = 证书由「{ $ca }」签发，本机不信任该单位：只能证明文件未被改动，不能证明签名人的身份。
cli-verify-revoked = 证书由「{ $ca }」签发，但已于 { $since } 被吊销。
cli-verify-self-certified = 证书没有签发单位：只能证明文件未被改动，不能证明签名人的身份。
cli-office-passphrase = 需要密码：请设置环境变量 { $var }。
cli-office-failed = 证书操作失败：{ $detail }
cli-office-chain = 证书文件中应有经办人证书和单位证书。{ $detail }
cli-office-ca-created = 已创建单位证书机构：{ $file }（请妥善保管）；单位证书 { $cert } 可分发给各台电脑。指纹：{ $fingerprint }
cli-office-request-written = 已生成证书申请：{ $file }。请交给单位管理员签发；私钥留在本机。
cli-office-key-algorithm = 本机已有 { $held } 密钥，证书申请只能用本机已有的密钥生成。如需更换算法，请先将原密钥文件移走，再重新生成申请（届时生成新密钥）。
cli-office-request-token = 已用 USB 密钥生成证书申请：{ $file }。请交给单位管理员签发；私钥留在 USB 密钥中。
cli-office-issued = 已为「{ $subject }」签发证书：{ $file }
cli-office-installed = 已安装证书「{ $subject }」，签发单位「{ $ca }」。
cli-office-revoked = 已吊销「{ $subject }」（自 { $date } 起），吊销列表：{ $file }。请分发给各台电脑导入。
cli-office-trusted = 本机已信任该单位证书。
cli-office-crl-imported = 已导入「{ $issuer }」的吊销列表（{ $count } 个证书）。
