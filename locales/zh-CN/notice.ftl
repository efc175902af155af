# 四组结果与告知书的“下一步”（窗口、命令行、告知书共用）。

group-granted = 可以享受的待遇
group-to-check = 需要补充材料或由部门决定的事项
group-near-miss = 接近但暂不符合的待遇
group-not-applicable = 不适用于本家庭的规则
group-not-applicable-count = 另有 { $count } 项规则不适用于本家庭（不属于其适用对象），未列出。
group-not-applicable-show = 命令行加 --all 可列出。
group-none = （无）
group-decides = 由 { $department } 决定
dept-civil_affairs = 民政部门
dept-medical_security = 医疗保障部门
dept-education = 教育部门
dept-housing = 住房和城乡建设部门
dept-human_resources = 人力资源和社会保障部门
dept-disabled_persons = 残疾人联合会
dept-veterans_affairs = 退役军人事务部门
dept-health = 卫生健康部门
dept-trade_union = 工会
dept-public_security = 公安机关
dept-expropriation = 房屋征收部门
proof-status = 低保、低边或低收入农户认定材料
proof-tekun = 特困人员认定材料
proof-hukou = 户口簿、居民身份证
proof-disability-certificate = 残疾人证
proof-income = 收入证明（工资、经营及其他收入凭证）
proof-assistive-device = 辅助器具适配评估意见
proof-lease = 房屋租赁合同及租金凭证
proof-property = 住房情况证明（不动产登记信息）
proof-school = 学籍证明或在校证明
proof-medical-bills = 医疗费用票据及医保结算单
proof-medical-diagnosis = 医院诊断证明或病历
proof-veteran = 退役军人或优抚对象证件
proof-care-assessment = 老年人能力评估或失能评估结果
proof-employment = 劳动合同及社会保险缴费记录
proof-graduate = 毕业证书及就业情况
proof-business = 营业执照等创业材料
proof-good-samaritan = 见义勇为确认文书及相关材料
proof-relocation = 房屋征收决定及补偿协议
proof-residence-permit = 居住证
proof-other = 其他证明材料
notice-summary = 评估结果摘要
notice-col-benefit = 待遇
notice-col-result = 结果
notice-col-amount = 金额与期间
notice-col-department = 受理部门
dept-civil_affairs-short = 民政
dept-medical_security-short = 医保
dept-education-short = 教育
dept-housing-short = 住建
dept-human_resources-short = 人社
dept-disabled_persons-short = 残联
dept-veterans_affairs-short = 退役军人
dept-health-short = 卫健
dept-trade_union-short = 工会
dept-public_security-short = 公安
dept-expropriation-short = 房屋征收
notice-col-clause = 条款
notice-next-steps = 下一步
notice-departments = 受理部门（一般情况，以当地规定为准）
notice-documents = 请带齐以下材料，补充后可重新评估
notice-proves = 用于：{ $facts }
notice-office-values = 本单位尚未设定的地方标准（由评估单位补充，不需家庭提供）：{ $keys }
notice-apply = 不清楚向哪个部门申请时，可先到户籍所在地乡镇人民政府（街道办事处）社会救助服务窗口咨询。
notice-not-a-decision = 本告知书是帮助申请的评估结果，不是行政决定。能否享受及金额，以有关部门依法作出的决定为准。
notice-objection = 对有关部门作出的决定有异议的，可以向作出决定的部门反映，也可以依法申请行政复议或者提起行政诉讼。
notice-annex = 附件：条件、条款原文与计算
notice-annex-hint = 以下为各项结果所依据的条件、条款原文和计算过程，供核对。
notice-law-in-force = 适用的政策文件与参数
notice-prescreen = 初步筛查
calc-dibao-allowance = （低保标准 { $a }－人均计入收入 { $b }）× { $c } 人 = { $result }/月
calc-income-item = 成员{ $n }：{ $kind } { $amount }（{ $period }）
calc-income-disregard = 不计收入 { $rule } { $name }：{ $amount }
calc-income-per-capita = 计入家庭收入 { $counted }/月 ÷ { $n } 人 = 人均 { $per_capita }/月
calc-income-low = 若待定的不计收入全部适用：计入收入 { $counted }/月，人均 { $per_capita }/月
screen-dibao = 可能符合低保条件：人均计入收入 { $per_capita }/月，低于低保标准 { $standard }/月（差 { $gap }）。请向民政部门申请低保认定（家庭财产等条件由民政部门核查）；按上述数字，低保金约为 { $allowance }/月。
screen-dibian = 可能符合低边条件：人均计入收入 { $per_capita }/月，不低于低保标准 { $dibao }，低于低边标准 { $dibian }。请向民政部门申请低边认定（家庭财产等条件由民政部门核查）。
screen-tekun = 成员{ $n }可能符合特困人员条件（无劳动能力、无生活来源、无法定赡养抚养扶养义务人等，见《社会救助暂行办法》第十四条，非本市公报条款），请向民政部门申请认定。
declared-difference = 家庭申报已领取 { $amount } 元{ $period }；计算结果与申报相差 { $difference } 元
declared-only = 家庭申报已领取 { $amount } 元{ $period }
notice-declared = 申报与计算对照
declared-same = 家庭申报已领取 { $amount } 元{ $period }，与计算结果一致
calc-tekun-floor = 取较高者：上年城镇居民人均消费支出 { $a } × { $b }，低保标准 { $c } × { $d } × 12 个月；= { $result }/年（不低于）
calc-care-fee = 月最低工资 { $a } × 比例 { $b } = { $result }/月
calc-care-fee-dispersed = 月最低工资 { $a } × 比例 { $b } × { $c } = { $result }/月
calc-hardship-worker-support = 低保标准 { $a } × { $b } 个月 = { $result }/年（最高）
calc-veteran-supplement = 低保标准 { $a } × { $b } = { $result }/月（不低于）
calc-rent-flat = 市场平均租金 { $a }/月 × 补贴比例 { $b } = { $result }/月
calc-rent-shortfall = 人均保障面积 { $a } 平方米 × { $b } 人－自有住房 { $c } 平方米 = 面积缺口 { $result } 平方米
calc-rent-area = 面积缺口 { $a } 平方米 × 市场平均租金 { $b }/平方米·月 × 补贴比例 { $c } = { $result }/月
calc-medical-aid = 合规医疗费用 { $a } × 救助比例 { $b } = { $result }
calc-medical-aid-deductible = （合规医疗费用 { $a }－起付标准 { $b }）× 救助比例 { $c } = { $result }
calc-medical-aid-cap = { $a } 超过年度救助限额 { $b }，按限额 { $result }
calc-utility-water = 水 { $a } 吨 × { $b } 元/吨 = { $result }
calc-utility-power = 电 { $a } 度 × { $b } 元/度 = { $result }
calc-utility-gas = 天然气 { $a } 立方米 × { $b } 元/立方米 = { $result }
calc-utility-catv = 有线电视维护费 { $a }/月 × 12 个月 = { $result }
calc-utility-total = 合计 { $result }/年
notice-pending = 待定（带齐下列材料后可重新评估），按受理部门：
notice-pending-count = 有 { $count } 项待遇在带齐下列材料前无法确定；附件逐项列出。
