### 命令行用语：标题、表头、列名、规则列表、参数和错误提示。

cli-title = 温州困难群众帮扶政策评估
cli-header = 评估日期：{ $date }；参数：{ $pack }；评估编号：{ $id }
cli-income = 家庭人口 { $members } 人，人均月收入（按政策计算）{ $per_capita } 元
cli-totals = 现金合计（金额确定的项目）：每月 { $monthly } 元；全年 { $yearly } 元；一次性 { $once } 元
cli-totals-partial = 现金合计（金额确定的项目，只含已评估的规则）：每月 { $monthly } 元；全年 { $yearly } 元；一次性 { $once } 元。另有 { $count } 项规则因所依据的文件在评估日期不在有效期内未作评估，不计入合计。

col-rule = 编号
col-benefit = 待遇
col-outcome = 结果
col-amount = 金额
col-clause = 依据

cli-rules-header = { $date } 有效的政策条款：
cli-rules-count = 共 { $count } 条。
rules-implemented = 已实现
rules-refer-only = 已实现（仅转介或优先）
rules-not-evaluated = 不作户评估
rules-later = 待实现

params-not-set = 未设置

error-read = 无法读取文件：{ $detail }
error-write = 无法写入文件：{ $detail }
error-household = 家庭信息文件无法使用，未作任何更改。{ $detail }
error-household-detail = 家庭信息有误：{ $error }
error-params = 参数包有误：{ $detail }
error-area = 未知的地区代码：{ $detail }。可用：shi_ben_ji、lucheng、longwan、ouhai、dongtou、city_functional_zone、ruian、yueqing、longgang、yongjia、pingyang、cangnan、wencheng、taishun、outside_wenzhou。
cli-store-passphrase-needed = 请在环境变量 WENZHOU_ASSESS_STORE_PASSPHRASE 中提供案件库密码。
cli-audit-ok = 审计日志完整：共 { $count } 条记录，哈希链核验通过。
error-case-passphrase = 案件库密码不正确，未作任何更改。
error-case-damaged = 案件库中的记录已损坏或被改动：{ $detail }
error-case-not-found = 找不到该案件：{ $detail }
error-case-too-new = 案件库由更新版本的程序写入，请升级本程序。{ $detail }
error-case-transfer = 移交文件无法导入，案件库未作任何更改：{ $detail }
error-case-backup = 备份无法使用，未写入任何文件：{ $detail }
error-case-store = 案件库无法使用，已保存的内容未被改动：{ $detail }
cli-transfer-passphrase-needed = 请在环境变量 WENZHOU_ASSESS_TRANSFER_PASSPHRASE 中提供移交文件密码（请通过其他途径告知接收方）。
cli-exported = 已将 { $count } 件案件导出到 { $file }（已加密，含同意记录）。
cli-compare-title = 对比评估
cli-compare-column = { $label }（评估日期 { $date }）：每月 { $monthly } 元，每年 { $yearly } 元
cli-compare-not-in-force = 不在有效期内
cli-compare-changed = 有变化的政策：
cli-compare-none = 无
cli-compare-unchanged = 另有 { $count } 项政策结果相同。
cli-compare-too-many = 最多对比 3 个情景或日期。
cli-batch-input = 请给出家庭文件，或用 --generate N 生成合成案例。
cli-batch-progress = 已评估 { $done } / { $total } 户
cli-batch-title = 批量评估：{ $count } 户，评估日期 { $date }
cli-batch-scenario = 【{ $label }】每月 { $monthly } 元，每年 { $yearly } 元，一次性 { $once } 元（无法评估 { $invalid } 户）
cli-batch-difference = 与基准相比：每月 { $monthly } 元，每年 { $yearly } 元
cli-batch-by-area = 按户籍地每年金额：
cli-batch-area-unknown = 户籍地未知

## 政策更新
cli-layer-left-out = 未采用 { $file }：{ $detail }
update-no-data-dir = 本系统没有数据目录，无法保存政策更新（可用环境变量 WENZHOU_ASSESS_DATA_DIR 指定）。
update-error-malformed = 拒绝导入：这不是政策更新文件，或文件已损坏。未作任何更改。（{ $detail }）
update-error-signature = 拒绝导入：签名与内容不符，文件在签名后被改动或已损坏。未作任何更改。（{ $detail }）
update-error-untrusted = 拒绝导入：发布单位的证书未被本机信任。请先核对证书指纹并用“信任发布单位”添加。未作任何更改。（{ $detail }）
update-error-content = 拒绝导入：文件内容有误。未作任何更改。（{ $detail }）
update-error-not-update = 拒绝导入：文件不是有效的政策更新。未作任何更改。（{ $detail }）
update-error-conflict = 拒绝导入：与已安装的政策更新冲突。未作任何更改。（{ $detail }）
update-error-installed = 该政策更新已安装，未作任何更改。（{ $detail }）
update-error-certificate = 不是有效的证书文件（PEM）。（{ $detail }）
update-error-io = 无法读写文件：{ $detail }
update-header = 政策更新：{ $publisher }，发布日期 { $issued }
    签名人：{ $signer }
    证书指纹 SHA-256：{ $fingerprint }
    依据的通知：
update-changes = 将作以下变更：
update-change-param = { $key }（{ $area }）自 { $from } 起：{ $old } → { $new }　依据：{ $citation }
update-change-continued = { $doc } 有效期至：{ $old } → { $new }（延续执行）　依据：{ $citation }
update-change-repealed = { $doc } 有效期至：{ $old } → { $new }（废止）　依据：{ $citation }
update-no-end = 未定截止日期
update-confirm = 接受并安装此政策更新？[y/N]
update-not-installed = 未安装，未作任何更改。
update-installed = 已安装政策更新：{ $file }
update-list-installed = 已安装的政策更新（按发布日期叠加）：
update-list-none = （无）
update-list-trusted = 信任的发布单位：
update-trust-show = 证书：{ $subject }
    SHA-256 指纹：{ $fingerprint }
    请通过电话或公文与发布单位核对此指纹。
update-trust-confirm = 信任此发布单位？[y/N]
update-trust-not-added = 未添加。
update-trust-added = 已信任此发布单位，今后可导入其签发的政策更新。
update-export-needs-notice = 请用 --notice 写明依据的通知文号和标题。
update-exported = 已导出签名的政策更新：{ $file }
    签名人证书：{ $cert }（SHA-256 { $fingerprint }）请另行交给接收方核对后信任。
params-documents = 文件及有效期：
params-document = { $doc }  { $from } 至 { $to }  { $state }
params-document-in-force = 在此日期有效
params-document-not-in-force = 在此日期无效
params-repealed-by = 废止依据：{ $notice }
cli-batch-left-out = 有 { $count } 户无法读取，未计入（前 100 户的位置与原因如下）：
cli-col-reference = 户编号
cli-col-area = 户籍所在地
cli-col-members = 人数
cli-col-monthly = 每月现金（元）
cli-col-yearly = 每年现金（元）
cli-col-once = 一次性（元）
cli-col-rules = 享受的现金待遇
cli-col-gains = 新增户数
cli-col-losses = 减少户数
cli-sheet-summary = 汇总
cli-sheet-gains-losses = 增减
cli-batch-progress-count = 已评估 { $done } 户
cli-sweep-range = 区间有误：终点不能小于起点，步长须大于 0，且不超过 100000 个点。
cli-sweep-scenario = 【{ $label }】{ $points } 个点，{ $cliffs } 处断崖
cli-sweep-cliff = 从 { $from } 到 { $to } 失去 { $lost }，每月净收入变化 { $change } 元
cli-sweep-x = 取值
cli-sweep-benefits = 每月现金待遇（元）
cli-sweep-net = 每月净收入（元）
cli-sheet-left-out = 未读入
cli-col-where = 位置
cli-col-why = 原因
cli-backup-written = 已备份到 { $file }：{ $cases } 个案件，{ $entries } 条审计记录，{ $files } 个政策文件。请把备份文件另存到其他介质（U 盘或单位服务器）。
cli-restored = 已恢复到 { $dir }：{ $cases } 个案件，{ $entries } 条审计记录（已逐条校验），{ $files } 个政策文件。
