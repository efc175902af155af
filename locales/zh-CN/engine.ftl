### 评估结果用语：政策待遇名称、条件、代码、理由、金额、期间、结果、提示、参数警告和不重复享受说明。

## 政策待遇名称（rule-编号）

rule-INC-01 = 低保金
rule-INC-02 = 低保低边渐退期
rule-INC-03 = 首次就业创业收入不计
rule-INC-04 = 残疾人就业收入不计
rule-INC-05 = 扣除就业创业成本
rule-INC-06 = 公益性岗位补贴不计
rule-INC-07 = 青苗补偿费不计
rule-INC-08 = 来料加工收入不计
rule-INC-09 = 退役军人生活补助不计
rule-INC-10 = 折股量化收益不计
rule-INC-11 = 低保边缘家庭（低边）
rule-INC-12 = 临时救助
rule-INC-13 = “一事一议”帮扶
rule-INC-14 = 一户一策一干部
rule-INC-15 = 特困人员基本生活保障
rule-INC-16 = 特困照料护理费（公办机构）
rule-INC-17 = 特困照料护理费（社会机构）
rule-INC-18 = 特困照料护理费（分散供养）
rule-INC-19 = 困难职工生活帮扶
rule-INC-20 = 困难职工送温暖慰问
rule-INC-21 = 困难职工医疗帮扶
rule-INC-22 = 新市民社会救助
rule-VET-01 = 低保退役军人生活补助
rule-VET-02 = 殉职牺牲军人遗属援助
rule-VET-03 = 困难退役军人一次性援助
rule-ELD-01 = 低保老人居家养老服务补贴
rule-ELD-02 = 低保老人机构养老护理补贴
rule-ELD-03 = 低保低边老人养老服务补贴
rule-ELD-04 = 高龄津贴
rule-ELD-05 = 长期护理保险待遇
rule-CHD-01 = 孤儿困境儿童基本生活费
rule-CHD-02 = 残疾儿童康复训练补贴
rule-CHD-03 = 残疾儿童康复生活补贴
rule-FP-01 = 计生困难家庭补助
rule-FP-02 = 计生特殊家庭住院护理保险
rule-DIS-01 = 精神障碍患者监护补助
rule-DIS-02 = 困难精神障碍患者护理补贴
rule-DIS-03 = 长效针剂治疗补助
rule-DIS-04 = 抗精神病药物全额保障
rule-DIS-05 = 残疾人辅助器具补贴
rule-DIS-06 = 残疾人意外伤害保险
rule-HOU-01 = 公租房优先实物配租
rule-HOU-02 = 新市民保障性租赁住房
rule-HOU-03 = 住房租赁补贴
rule-HOU-04 = 公租房租金全额免缴
rule-HOU-05 = 农村困难家庭危房改造
rule-HOU-06 = “安居圆梦”市级补助
rule-HOU-07 = 一线公交环卫人员租赁补贴
rule-HOU-08 = 新市民积分制租赁补贴
rule-MED-01 = 家庭医生签约费补助
rule-MED-02 = 慢性病长处方（12周）
rule-MED-03 = 居民慢性病门诊报销提高
rule-MED-04 = 特殊病种门诊视同住院
rule-MED-05 = 医疗救助
rule-MED-06 = 慈善医疗救助共富基金
rule-MED-07 = 低保低边退役军人医疗援助
rule-MED-08 = 全民健康补充医疗保险
rule-MED-09 = 资助参加补充医疗保险
rule-MED-10 = 居民医保个人缴费补助
rule-MED-11 = 特病门诊封顶限额提高
rule-MED-12 = 门诊特殊病种扩面
rule-MED-13 = 退休职工门诊起付线降低
rule-MED-14 = 多种慢病老人门诊限额上浮
rule-MED-15 = 家庭病床医保支付
rule-MED-16 = 长期护理保险扩面
rule-MED-17 = 安宁疗护医保支付
rule-MED-18 = 孤儿、无人抚养儿童医疗救助
rule-MED-20 = 儿科服务项目加收
rule-MED-21 = 灵活就业人员生育保险
rule-MED-22 = 生育医疗费用按项目支付
rule-MED-23 = 生育津贴等待期缩短
rule-MED-24 = 三孩生育费用纳入支付
rule-MED-25 = 分娩镇痛等纳入医保
rule-MED-26 = 慢病线上续方
rule-MED-27 = 困难群众资助参保
rule-MED-28 = 高额医疗费用动态清零
rule-MED-29 = 医疗费用个人负担率目标
rule-MED-30 = “免申即享”经办
rule-EDU-01 = 义务教育营养餐补助
rule-EDU-02 = 低保低边残疾学生助学补助
rule-EDU-03 = 非低保低边残疾学生助学
rule-EDU-04 = 困难职工子女助学帮扶
rule-EDU-05 = 计生困难家庭子女助学
rule-EDU-06 = 外来务工人员子女就读
rule-UTL-01 = 城乡居民养老保险代缴
rule-UTL-03 = 水电气有线电视帮扶
rule-UTL-04 = 免费乘坐公共交通
rule-EMP-01 = 公益性岗位补贴
rule-EMP-02 = 企业招用社保补贴
rule-EMP-03 = 灵活就业社保补贴
rule-EMP-04 = 求职创业补贴
rule-EMP-05 = 就业援助服务
rule-EMP-06 = 创业担保贷款
rule-EMP-07 = 低收入农户折股量化收益
rule-EMP-08 = 工伤待遇纠纷快速办理
rule-OTH-01 = 直接办理居住证
rule-OTH-02 = 新市民基本公共服务
rule-P94-01 = 返岗交通补贴
rule-P94-02 = 脱贫人口跨省就业交通补助
rule-P94-03 = 留温过年新居民积分
rule-P94-04 = 春节免费流量
rule-P94-05 = 企业留工补助
rule-P94-06 = 欠薪先行垫付

## 转介说明（refer-编号）：结果为“转介”时显示，其后可能直接接金额

refer-INC-02 = 人均收入已超过标准，可给予最长一年渐退期，由民政部门决定。
refer-INC-05 = 不计收入期满后的2年内，可按当地低边标准扣除就业创业成本（条文为“可”），由民政部门决定；低保金按未扣除计算。可扣除：
refer-INC-11 = 人均收入低于低边标准，可能符合低保边缘家庭条件，请向民政部门申请认定（家庭财产另行核查）。
refer-INC-12 = 家庭遭遇突发事件、意外伤害、重大疾病等，基本生活陷入困境，可申请临时救助，金额由民政部门核定。
refer-INC-13 = 情况复杂、现有救助政策难以解决的特殊个案，可申请“一事一议”帮扶，由当地研究决定。
refer-HOU-03 = 家庭符合租赁补贴条件，但按面积计算的补贴为0（自有住房面积已达保障面积），请住建部门核定。按面积计算：
refer-HOU-05 = 新建面积超过每户100平方米（条文为“原则上不超过”），是否补助由住建部门决定。补助标准：
refer-HOU-08 = 新市民：部分县（市、区）对纳入积分制管理的新市民给予租赁补贴（条文为“鼓励”），请向居住地住建部门咨询。
refer-MED-06 = 医疗费用个人负担率高于98号目标，可向县（市、区）慈善医疗救助共富基金申请高额医疗费用化解，由经办部门决定。个人负担：
refer-MED-13 = 职工医保退休人员：98号提出“探索”适当降低门诊起付线，尚无具体标准，请向医保部门咨询。
refer-MED-14 = 60周岁以上且患2种及以上慢性病：98号提出“探索”适当上浮门诊封顶限额，尚无具体标准，请向医保部门咨询。
refer-MED-27 = 残疾人、退役军人或困难职工：鼓励残联、退役军人事务部门、工会等资助参保，请转介相关部门。
refer-MED-28 = 医疗费用个人负担率高于98号目标，要求实现困难群众高额医疗费用动态清零，请转介医保、民政部门研究化解。个人负担：
refer-MED-29 = 困难群众医疗费用个人负担率高于98号目标，请关注并协助化解。个人负担：
refer-ELD-01 = 失智老年人但未评定生活不能自理等级：属于补贴对象，补贴标准按不能自理程度分档，请进行照护需求评估，由民政部门确定标准。
refer-ELD-02 = 经批准纳入机构养老：补贴“可参照”当地特困供养人员护理费用标准执行，由民政部门决定。参照标准：
refer-ELD-05 = 生活基本或完全不能自理且参加长期护理保险，但尚未评估：请向医保部门申请失能评估，达到重度失能标准的每月以护理服务形式予以补助。
refer-EMP-03 = 补贴已满3年，但初次核定时距退休年龄不足5年，补贴期限可延长至退休，由人力社保部门决定。
refer-INC-20 = 建档困难职工家庭因残疾、患重病或突发意外造成生活困难，可纳入工会送温暖范围给予慰问，请转介工会。
refer-INC-21 = 建档困难职工家庭有医疗费用负担：经医保、大病保险、医疗救助等报销后仍难以承担的，由工会给予医疗帮扶，请转介工会。
refer-INC-22 = 新市民家庭遭遇困难，符合条件的可纳入社会救助范围，请转介民政部门。
refer-VET-02 = 因公殉职、牺牲军人的遗属可获一次性援助，金额由退役军人事务部门确定。
refer-VET-03 = 县级以上表彰奖励获得者或困难退役军人家庭出现重大变故，可获一次性援助，由退役军人事务部门决定。
refer-P94-02 = 跨省就业的对口帮扶地区脱贫人口，按规定发放一次性交通补助，请咨询人力社保部门。

## 条件名称（cond-）：其后接“：”、实际值、标准和判断

cond-status-dibao = 低保家庭
cond-status-dibian = 低边家庭
cond-status-dibao-dibian = 低保或低边家庭
cond-status-not-dibao = 非低保家庭（低边或一般家庭）
cond-status-none = 非低保低边家庭
cond-income-below-dibao = 人均月收入低于低保标准
cond-income-below-dibian = 人均月收入低于低边标准
cond-income-above-dibao = 人均月收入超过低保标准
cond-income-above-dibian = 人均月收入超过低边标准
cond-transition-months = 渐退期（月）
cond-first-enterprise-subscription-over = 因首次企业认缴超标
cond-first-job-disregarded = 首次就业创业收入不计部分（每月）
cond-disabled-job-disregarded = 残疾人就业收入不计部分（每月）
cond-job-cost-window = 不计收入期满后可扣除的就业创业成本（每月）
cond-job-cost-deducted = 已扣除的就业创业成本（每月）
cond-job-cost-alternative-allowance = 如扣除就业创业成本，低保金为（每月）
cond-post-subsidy-disregarded = 公益性岗位补贴不计部分（每月）
cond-crop-disregarded = 青苗补偿费不计部分（折合每月）
cond-processing-disregarded = 来料加工收入不计部分（折合每月）
cond-veteran-supplement-disregarded = 退役军人生活补助不计部分（每月）
cond-dividend-disregarded = 折股量化收益不计部分（每月）
cond-hardship-event = 遭遇突发事件、意外伤害或重大疾病
cond-complex-case = 情况复杂、现有政策难以解决
cond-tekun = 特困人员
cond-tekun-public-institution = 在政府设立的供养机构集中供养的特困人员
cond-tekun-social-institution = 在社会机构集中供养的特困人员
cond-tekun-dispersed = 分散供养特困人员
cond-hardship-worker-family = 工会建档困难职工家庭
cond-veteran = 退役军人
cond-low-income-farmer = 低收入农户
cond-hukou-shiqu = 户籍在市区
cond-hukou-wenzhou = 温州户籍
cond-owns-housing-shiqu = 在市区有住房
cond-disability-grade-1-2 = 一级或二级残疾人
cond-youfu = 享受定期抚恤补助的优抚家庭
cond-rental-priority-group = 其他优先配租对象
cond-labour-contract-years = 劳动合同年限（年）
cond-contribution-months = 以用人单位名义连续缴纳社保或个税月数
cond-housing-security-eligible = 符合住房保障条件（其他保障家庭）
cond-floor-area-pc = 人均住房建筑面积（平方米）
cond-area-shortfall = 保障面积减自有住房面积（平方米）
cond-public-rental = 居住公共租赁住房
cond-rural = 农村户籍
cond-dangerous-house-recognised = 已认定为危房且符合救助条件
cond-new-build-area = 新建住房面积（平方米）
cond-anju-project = 有“安居圆梦”项目（搬迁、自建、购房、拆建）
cond-frontline-worker = 公交、环卫一线工作人员
cond-in-kind-rental = 已获实物配租
cond-frontline-months = 已领取租赁补贴月数
cond-county-special-hardship = 县级政府认定的其他特殊困难人员
cond-compliant-remaining = 医保、大病保险报销后的合规医疗费用
cond-orphan = 孤儿或事实无人抚养儿童
cond-veteran-aid-cap = 医疗援助计算金额（不超过本年度剩余封顶额）
cond-veteran-aid-used = 本医保年度已获医疗援助金额（决定剩余封顶额；未知时金额为上限）
cond-veteran-aid-no-costs = 本年度在定点医疗机构的住院或特殊病种门诊自负合规费用（尚无，发生后按50%援助）
cond-medical-aid-no-deductible = 温政发〔2022〕6号未规定医疗救助起付线；本地标准未设起付线，按剩余合规费用全额计算
cond-medical-aid-no-cap = 温政发〔2022〕6号未规定医疗救助年度限额；本地标准未设限额
cond-scheme-resident = 参加城乡居民基本医疗保险
cond-scheme-employee = 参加职工基本医疗保险
cond-chronic-outpatient = 有慢性病门诊治疗
cond-insured = 参加基本医疗保险
cond-special-disease = 患门诊特殊病种
cond-supplementary-enrolled = 参加全民健康补充医疗保险
cond-disabled = 持证残疾人
cond-vulnerable-child = 困境儿童
cond-retired-employee = 职工医保退休人员
cond-age-60 = 年龄（60周岁以上）
cond-chronic-count = 所患慢性病种数
cond-home-bed = 本年度有家庭病床治疗
cond-medical-costs = 本年度有医疗费用
cond-burden-rate = 医疗费用个人负担率
cond-out-of-pocket = 个人自付医疗费用（年）
cond-compulsory-education = 就读义务教育（小学、初中）
cond-student-aid-recipient = 学生资助对象
cond-parent-disabled = 父母为持证残疾人
cond-age-under-18 = 年龄（未满18周岁）
cond-in-school = 在校就读（缴纳学费）
cond-age-minor = 未成年人（未满18周岁）
cond-adult-not-independent = 已成年未独立生活
cond-school-level-grant = 就读中专（高中）、大专或本科以上，或取得成人高考、自学考试证书
cond-is-child = 为家庭的子女或孙子女
cond-tuition-paid = 本年度实际缴纳学费
cond-fp-hardship-family = 计生困难家庭
cond-school-level-fp = 就读高中或大学
cond-parent-residence-permit = 父母或监护人持浙江省居住证年数
cond-junior-high-graduate = 初中毕业生（应届或往届）
cond-hukou-in-zhejiang = 省内非温州户籍
cond-wenzhou-school-registration = 在我市取得学籍就读
cond-junior-high-graduate-this-year = 省外应届初中毕业生
cond-parent-permit-years = 父母或监护人在我市持浙江省居住证年数
cond-wenzhou-junior-high-years = 在本市初中学校取得学籍连续就读年数
cond-resident-pension = 参加城乡居民基本养老保险
cond-scattered-orphan = 社会散居孤儿
cond-age-free-transport = 年龄（达到免费乘车年龄）
cond-age-advanced = 年龄（80周岁以上高龄）
cond-care-at-home = 居家养老
cond-care-in-institution = 机构养老
cond-institution-approved = 家庭不具备照料条件，经县级民政部门批准纳入机构养老
cond-care-dependency = 失能（生活完全、基本或部分不能自理）
cond-dementia = 失智
cond-elderly-care-reference = 按6号参照标准（参照浙江省重度残疾人护理补贴，各地可另定）每月
cond-status-dibian-elderly = 低边家庭（低保家庭见居家养老服务补贴ELD-01）
cond-elderly-care-extended = 当地已将养老服务补贴扩大至平均可支配收入以下家庭
cond-income-below-avg-disposable = 家庭人均年收入在当地平均可支配收入以下
cond-longevity-reference = 6号规定的该年龄段高龄津贴（作为长寿保健补助金的参照，每月）
cond-ltc-insured = 参加长期护理保险
cond-ltc-assessed = 已进行长期护理保险失能评估
cond-ltc-severe-disability = 经评估达到长期护理保险重度失能标准
cond-hiv-infected = 民政部门登记的艾滋病病毒感染儿童
cond-disability-child-severe = 重度残疾（一、二级）或精神、智力残疾
cond-child-standard-additional = 如在低保金之外另发，年养育标准
cond-child-standard-top-up = 如按低保金补差发放，年补差金额
cond-rehab-training = 正在接受康复训练
cond-rehab-designated = 在定点机构康复训练
cond-age-under-rehab = 年龄（未满7周岁）
cond-age-under-rehab-extended = 年龄（未满9周岁）
cond-rehab-deferment = 经特殊儿童教育专业委员会鉴定不具备义务教育入学条件，持缓学或休学证明
cond-rehab-monthly = 每月康复训练补贴（按实际费用，不超过每月最高额）
cond-rehab-yearly = 本年度康复训练补贴（不超过每年最高额）
cond-rehab-living-yearly = 本年度康复生活补贴（不超过每年最高额）
cond-rehab-living-monthly = 每月康复生活补贴
cond-fp-family-record = 经卫健部门认定属6号第7条所列计生家庭
cond-fp-serious-illness = 家庭成员患重病
cond-fp-only-child = 独生子女死亡或伤残家庭
cond-fp-special-hardship = 生活有特殊困难的计生家庭
cond-fp-left-behind = 有留守儿童、留守妇女或留守老年人
cond-fp-grouping-reading = “生活有特殊困难的计生家庭”适用的补助档次（条文理解，需向卫健委核实）
cond-fp-special-support-couple = 符合计生特别扶助对象条件的夫妻
cond-mental-illness = 严重精神障碍患者
cond-risk-class = 危险性评估风险类别
cond-guardian-duty = 监护人有效履行监护责任
cond-community-managed = 纳入当地村（社）管理（已录入温州市重性精神疾病信息管理系统）
cond-long-acting-injection = 经评估认定实施长效针剂注射治疗
cond-outpatient-antipsychotics = 需要门诊服用基本抗精神病药物
cond-antipsychotic-remainder = 基本医保报销后剩余的抗精神病药物费用（年）
cond-assistive-device-need = 有辅助器具需求
cond-device-within-service-life = 同类辅具已补贴且仍在使用年限内
cond-device-reference-price = 补贴金额（按价格，不超过目录补贴参考价格）
cond-fallen-service-member = 家庭有殉职、牺牲的军人
cond-fallen-cause = 因应急处置殉职的退役军人或因战、因公牺牲的现役军人
cond-veteran-category = 县级以上表彰奖励获得者或县级政府规定的其他困难退役军人
cond-welfare-post = 在公益性岗位就业
cond-graduate = 高校毕业生
cond-employment-difficulty = 就业困难人员
cond-welfare-post-insured = 公益性岗位缴纳社会保险
cond-welfare-post-si-subsidy = 其中社保补贴（每月）
cond-flexible-employment = 从事灵活就业并以个人身份参保
cond-left-school-within = 离校2年内
cond-graduate-employed = 离校后已就业
cond-subscribed-capital = 在各类企业中认缴出资额
cond-private-vehicle = 家庭拥有非营运车辆
cond-flexible-months = 已享受补贴月数
cond-near-retirement = 初次核定时距退休年龄不足5年且尚未退休
cond-graduation-year = 毕业年度
cond-student-loan = 获得国家助学贷款
cond-seeking-work = 失业、求职
cond-registered-unemployed = 已进行失业登记
cond-startup = 已创办企业或个体工商户
cond-startup-recent = 新创办3年以内
cond-loan-key-group = 属于贷款重点人群
cond-working-age = 年龄（达到就业年龄）
cond-zhejiang-residence-permit = 持有有效浙江省居住证
cond-registration-months = 浙江省内跨市域、跨县域累计居住登记月数
cond-registered-in-wenzhou = 目前居住登记在温州
cond-p94-worker = 2023年春节期间的外地员工
cond-p94-non-local = 外地员工（以身份证前4位为准）
cond-p94-returned-on-own = 自行返岗就业
cond-p94-pension-jan-feb = 2023年1月和2月参加职工养老保险
cond-p94-employer-shiqu = 用人单位注册地和财政收入在市区
cond-p94-paired-region = 对口帮扶地区脱贫人口
cond-p94-cross-province = 跨省就业
cond-p94-stayed = 2023年1月6日至2月5日未离开温州
cond-wenzhou-residence-permit = 持有温州公安机关签发的有效期内浙江省居住证
cond-p94-points = 新居民积分奖励（分）

## 条件的标准、差额和判断

cond-threshold = （标准 { $cmp } { $threshold }）
cond-gap = ，差额 { $gap }
cond-holds = { " — 符合" }
cond-fails = { " — 不符合" }
cond-unknown = { " — 未知" }

## 代码：家庭类别

code-dibao = 低保
code-dibian = 低边
code-none = 非低保低边

## 代码：户籍地

code-shi_ben_ji = 市本级
code-lucheng = 鹿城区
code-longwan = 龙湾区
code-ouhai = 瓯海区
code-dongtou = 洞头区
code-city_functional_zone = 市级功能区
code-ruian = 瑞安市
code-yueqing = 乐清市
code-longgang = 龙港市
code-yongjia = 永嘉县
code-pingyang = 平阳县
code-cangnan = 苍南县
code-wencheng = 文成县
code-taishun = 泰顺县
code-outside_wenzhou = 温州市外

## 代码：就读阶段

code-school-none = 未在读
code-school-preschool = 幼儿园
code-school-primary = 小学
code-school-junior-secondary = 初中
code-school-secondary-vocational = 中专（职高）
code-school-senior-high = 普通高中
code-graduate-this-year = 应届初中毕业生
code-graduate-earlier = 往届初中毕业生
code-graduate-no = 非初中毕业生
code-school-junior-college = 大专
code-school-bachelor = 本科
code-school-postgraduate = 研究生

## 代码：不能自理程度、养老方式、风险类别、计生补助档次、牺牲情形和来源地

code-care-totally = 生活完全不能自理
code-care-largely = 生活基本不能自理
code-care-partly = 生活部分不能自理
code-care-none = 生活能自理
code-setting-home = 居家养老
code-setting-public-institution = 公办养老机构
code-setting-social-institution = 社会养老机构
code-risk-none = 无风险类别
code-risk-class-1 = I类
code-risk-class-2 = Ⅱ类
code-fp-group-only-child = 与独生子女死亡或伤残家庭同档（3000元）
code-fp-group-left-behind = 与留守人员同档（1500元）
code-fallen-veteran-emergency = 因应急处置工作殉职的退役军人
code-fallen-active-service = 因战、因公牺牲的现役军人
code-fallen-other = 其他原因
code-origin-wenzhou = 温州
code-origin-zhejiang = 市外省内
code-origin-east-china = 华东地区
code-origin-elsewhere = 华东以外地区

## 值、单位和分隔符

value-unknown = 未知
value-not-recorded = 未登记
value-yes = 是
value-no = 否
unit-yuan = 元
unit-years = 周岁
sep-colon = ：
sep-enum = 、
sep-list = ；
member-n = 成员{ $n }
missing-param = 参数未设置：{ $name }（{ $key }）

## 理由

reason-eligible = 符合条件。
reason-refer = 需经办人员决定（条文为“可”或个案处理）。
reason-undetermined = 无法确定，缺少：
reason-ineligible = 不符合：
reason-superseded = 不重复享受，就高享受 { $name }（{ $rule }）。

## 金额和期间

amount-exact = { $value } 元{ $period }
amount-at-most = 最高 { $value } 元{ $period }
amount-at-least = 不低于 { $value } 元{ $period }
period-month = /月
period-year = /年
period-school-year = /学年
period-once = （一次性）

## 结果

outcome-eligible = 符合
outcome-ineligible = 不符合
outcome-undetermined = 待定
outcome-refer = 转介

## 提示

notice-not-in-force = { $doc } 在评估日期不在有效期内（{ $from } 至 { $to }），其条款未作评估。
notice-not-yet-in-force = { $doc } 自 { $from } 起施行，评估日期尚未生效，其条款未作评估。
notice-expired = { $doc } 已过有效期，本机未安装延续执行或替代它的政策更新。请向民政部门索取政策更新文件并导入（“政策更新”），或按其最后有效日评估（结果标明为历史评估）。
notice-repealed = { $doc } 已废止（有效期至 { $to }），其条款未作评估。
notice-continued = { $doc } 经通知延续执行至 { $to }，本次按延续后的条款评估。
notice-continued-without-end = { $doc } 经通知延续执行（未定截止日期），本次按延续后的条款评估。
continued-by = 延续执行依据：{ $notice }
notice-example-params = 示例参数（非官方）

## 参数检查警告

warn-dibian-above-double = { $clause }：{ $area } 自 { $date } 起低边标准 { $actual } 元高于低保标准的2倍 { $limit } 元。
warn-dibian-above-min-wage = { $clause }：{ $area } 自 { $date } 起低边标准 { $actual } 元高于当地月最低工资标准 { $limit } 元。
warn-tekun-below-floor = { $clause }：{ $area } 自 { $date } 起特困人员基本生活保障标准 { $actual } 元/年低于下限 { $limit } 元/年（上年度城镇居民人均消费支出的50%与低保标准1.3倍两者中的较高者）。
warn-below-gazette-figure = { $clause }「不降低标准，就高执行」：{ $area } 自 { $date } 起{ $param } { $actual } 元低于温政发〔2022〕6号所定的 { $limit } 元。
warn-dibao-below-2025-target = { $clause }：{ $area } 自 { $date } 起年低保标准 { $actual } 元低于2025年全市年低保标准1.3万元以上的目标（{ $limit } 元）。

## 不重复享受，就高执行

stack-education = 同一人同一年度享受同级财政同类助学补助，不重复享受，就高执行。
stack-rental = 同一户同一年度享受住房租赁保障，不重复享受，就高执行。
stack-premium = 补充医疗保险保费资助只享受一次，就高执行。
stack-medical-aid = 孤儿、事实无人抚养儿童的医疗救助与困难群众医疗救助为同一待遇，不重复享受，就高执行。
stack-elderly-care = 老年人居家养老服务补贴与机构养老护理补贴按养老方式只享受其一。

## Rule versions (trainer scenarios)
notice-rule-version = 培训情景：{ $benefit }按 { $doc } 的条文评估，另一文件的同项条款本次未评估。
version-elderly-allowance = 高龄津贴
version-care-service-subsidy = 养老服务补贴
version-long-term-care = 长期护理保险待遇
version-startup-loan = 创业担保贷款
version-both = 两文件并行（按叠加规则只享受一次）
compare-version-off = 本情景按另一文件的条文评估此项待遇，本条未评估。

# 以句子陈述的事实（{ $who } 为“家庭”或“成员n”），其后接是否符合。
who-household = 家庭
sentence-status = { $value ->
    [dibao] 家庭为低保家庭
    [dibian] 家庭为低边家庭
   *[none] 家庭既非低保也非低边
}
cond-hukou-wenzhou-fact = 户籍在{ $area }
cond-hukou-shiqu-fact = 户籍在{ $area }
cond-tekun-fact = { $value ->
    [yes] { $who }为特困人员
   *[no] { $who }不是特困人员
}
cond-veteran-fact = { $value ->
    [yes] { $who }是退役军人
   *[no] { $who }不是退役军人
}
cond-disabled-fact = { $value ->
    [yes] { $who }持有残疾人证
   *[no] { $who }未持有残疾人证
}
cond-low-income-farmer-fact = { $value ->
    [yes] 家庭为低收入农户
   *[no] 家庭不是低收入农户
}
cond-hardship-worker-family-fact = { $value ->
    [yes] 家庭为工会建档困难职工家庭
   *[no] 家庭不是工会建档困难职工家庭
}
cond-youfu-fact = { $value ->
    [yes] 家庭为享受定期抚恤补助的优抚家庭
   *[no] 家庭不是享受定期抚恤补助的优抚家庭
}
cond-public-rental-fact = { $value ->
    [yes] 家庭居住公共租赁住房
   *[no] 家庭未居住公共租赁住房
}
cond-rural-fact = { $value ->
    [yes] 家庭为农村户籍
   *[no] 家庭不是农村户籍
}
cond-owns-housing-shiqu-fact = { $value ->
    [yes] 家庭在市区有住房
   *[no] 家庭在市区无住房
}
cond-hardship-event-fact = { $value ->
    [yes] 家庭遭遇突发事件、意外伤害或重大疾病
   *[no] 家庭未遭遇突发事件、意外伤害或重大疾病
}
cond-complex-case-fact = { $value ->
    [yes] 情况复杂、现有政策难以解决
   *[no] 未登记为现有政策难以解决的复杂情况
}
