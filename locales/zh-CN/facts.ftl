### 家庭信息项目名称（fact-）：经办人员需要填写或核实的内容。

## 家庭

fact-reference = 案件编号或备注
fact-hukou_area = 户籍所在地
fact-rural = 是否农村户籍
fact-status = 家庭类别（低保、低边或都不是）
fact-low_income_farmer = 是否低收入农户
fact-first_enterprise_subscription_over = 是否因首次企业认缴超标
fact-hardship_worker_family = 是否工会建档困难职工家庭
fact-fp_hardship_family = 是否计生困难家庭
fact-youfu_family = 是否享受国家定期抚恤补助的优抚家庭
fact-county_special_hardship = 是否县级政府认定的其他特殊困难人员
fact-hardship_event = 是否因突发事件、意外伤害或重大疾病导致基本生活困难
fact-complex_case = 是否情况复杂、现有救助政策难以解决（一事一议）
fact-fp_family = 经卫健部门认定的计生家庭情况（6号第7条）
fact-fp_family-serious_illness = 计生困难家庭成员是否患重病
fact-fp_family-only_child_lost_or_disabled = 是否独生子女死亡或伤残家庭
fact-fp_family-special_hardship = 是否生活有特殊困难的计生家庭
fact-fp_family-left_behind_member = 是否有留守儿童、留守妇女或留守老年人
fact-fp_family-special_support_couple = 夫妻是否符合计生特别扶助对象条件
fact-fallen_service_member = 家庭中殉职、牺牲的军人
fact-fallen_service_member-cause = 殉职、牺牲情形
fact-housing = 住房情况
fact-utilities = 水电气和有线电视开通情况
fact-members = 家庭成员

## 住房

fact-housing-tenure = 现居住方式（自有住房、市场租房、公共租赁住房、其他）
fact-housing-owns_housing_in_shiqu = 家庭成员在市区是否有住房
fact-housing-owned_floor_area_m2 = 自有住房建筑面积（平方米）
fact-housing-rent_monthly = 每月实付租金（元）
fact-housing-housing_security_eligible = 是否通过住房保障收入、财产审核（其他保障家庭）
fact-housing-rental_priority_group = 是否属于其他优先配租对象（孤寡老人、成年孤儿、劳动模范等）
fact-housing-dilapidated_renovation = 农村危房改造
fact-housing-dilapidated_renovation-kind = 危房改造方式（新建或修缮）
fact-housing-dilapidated_renovation-floor_area_m2 = 新建住房面积（平方米）
fact-housing-dilapidated_renovation-recognised = 是否已认定为危房且符合救助条件
fact-housing-anju_project = 是否有低收入农户“安居圆梦”项目（异地搬迁、自建房、购房、危旧房拆建）

## 水电气

fact-utilities-piped_gas = 是否通管道天然气
fact-utilities-cable_tv = 是否开通有线电视

## 家庭成员

fact-name = 姓名
fact-id_number = 居民身份证号码
fact-relationship = 与申请人的关系
fact-birth_date = 出生日期
fact-sex = 性别
fact-tekun = 特困人员情况（是否特困及供养方式）
fact-self_care = 生活自理能力评估等级
fact-veteran = 是否退役军人
fact-disabled = 是否持有残疾人证
fact-disability_category = 残疾类别
fact-disability_grade = 残疾等级（一级至四级）
fact-orphan = 孤儿情况（是否孤儿或事实无人抚养儿童）
fact-vulnerable_child = 是否民政部门认定的困境儿童
fact-schooling = 目前就读阶段
fact-student_aid_recipient = 是否学生资助对象
fact-adult_exam_certificate = 本年度是否通过成人高考或自学考试取得证书
fact-adult_not_independent = 是否已成年但未独立生活
fact-tuition_paid_yearly = 本年度实际缴纳学费（元）
fact-medical_scheme = 参加的基本医疗保险类别（居民医保、职工医保或未参保）
fact-resident_pension_enrolled = 是否参加城乡居民基本养老保险
fact-supplementary_insurance_enrolled = 是否参加全民健康补充医疗保险（惠民保）
fact-chronic_outpatient = 是否在慢性病门诊治疗
fact-retired_employee = 是否职工医保退休人员
fact-chronic_disease_count = 所患慢性病种数
fact-special_disease = 是否患门诊特殊病种
fact-medical = 本年度医疗费用（按结算单填写）
fact-veteran_medical_aid_used = 本医保年度已获退役军人医疗援助金额（元）
fact-frontline_worker = 是否公交、环卫一线工作人员
fact-frontline_rent_months_received = 已领取一线人员租赁补贴的月数
fact-in_kind_rental_allocated = 是否已获实物配租
fact-parent_residence_permit_years = 父母或监护人在温州持浙江省居住证的年数
fact-junior_high_graduate = 是否初中毕业生（应届或往届）
fact-hukou_in_zhejiang = 户籍是否在省内（非温州）
fact-wenzhou_school_registration = 是否在我市取得学籍就读
fact-wenzhou_junior_high_years = 在本市初中学校取得学籍连续就读的年数
fact-labour_contract_years = 与现用人单位签订劳动合同的年限
fact-employer_contribution_months = 以用人单位名义连续缴纳社保或个人所得税的月数
fact-incomes = 收入

## 家庭成员：养老、儿童、残疾、就业、新市民

fact-care_dependency = 生活不能自理程度（完全、基本、部分不能自理或能自理）
fact-dementia = 是否失智
fact-elderly_care_setting = 养老方式（居家、公办机构或社会机构）
fact-institution_placement_approved = 是否经县级民政部门批准纳入机构养老
fact-ltc_assessment = 长期护理保险失能评估
fact-ltc_assessment-severe_disability = 是否经评估达到长期护理保险重度失能标准
fact-hiv_infected = 是否民政部门登记的艾滋病病毒感染儿童
fact-rehab = 残疾儿童康复训练情况
fact-rehab-kind = 康复训练残疾类别（视力、听力、语言、肢体、智力、多重、孤独症、其他）
fact-rehab-designated = 是否在定点机构训练
fact-rehab-monthly_fee = 每月康复训练费用（元）
fact-rehab-months = 本年度康复训练月数
fact-rehab-deferment_certificate = 是否经特殊儿童教育专业委员会鉴定并持缓学或休学证明
fact-mental_illness = 严重精神障碍情况
fact-mental_illness-risk_class = 危险性评估风险类别（无、I类、Ⅱ类）
fact-mental_illness-guardian_fulfils_duty = 监护人是否有效履行监护责任
fact-mental_illness-community_managed = 是否纳入当地村（社）管理
fact-mental_illness-long_acting_injection = 是否经评估认定实施长效针剂注射治疗
fact-mental_illness-outpatient_antipsychotics = 是否需要门诊服用基本抗精神病药物
fact-mental_illness-antipsychotic_cost = 本年度用药范围内抗精神病药物费用（元）
fact-mental_illness-antipsychotic_insurance_paid = 其中基本医保报销（元）
fact-assistive_device = 所需辅助器具
fact-assistive_device-price = 辅具价格（元）
fact-assistive_device-reference_price = 《浙江省残疾人辅助器具购买补贴目录》补贴参考价格（元）
fact-assistive_device-within_service_life = 同类辅具是否已补贴且仍在使用年限内
fact-veteran_category = 退役军人类别（县级以上表彰奖励获得者、县级规定的困难退役军人、其他）
fact-employment_difficulty = 是否人社部门认定的就业困难人员
fact-welfare_post = 公益性岗位
fact-welfare_post-social_insurance_paid = 公益性岗位是否缴纳社会保险
fact-flexible_employment = 灵活就业（以个人身份参保）
fact-flexible_employment-contributions_yearly = 本年度个人实缴社会保险费（元）
fact-flexible_employment-subscribed_capital = 在各类企业中认缴出资额（元）
fact-flexible_employment-household_private_vehicle = 家庭是否拥有非营运车辆
fact-flexible_employment-months_received = 已享受灵活就业社保补贴月数
fact-flexible_employment-first_approved_on = 初次核定享受补贴日期
fact-flexible_employment-retirement_date = 法定退休日期
fact-graduate = 高校毕业生
fact-graduate-graduation_year = 毕业年度
fact-graduate-left_school_on = 离校日期
fact-graduate-employed = 离校后是否已就业
fact-graduate-student_loan = 是否获得国家助学贷款
fact-unemployment = 失业、求职情况
fact-unemployment-registered = 是否已进行失业登记
fact-startup = 创办的企业或个体工商户
fact-startup-kind = 类型（个体工商户或企业）
fact-startup-founded_on = 创办日期
fact-startup-founder_group = 创业者所属贷款重点人群
fact-residence_permit = 本人浙江省居住证（温州签发、省内其他地方签发、无）
fact-zhejiang_registration_months = 浙江省内跨市域、跨县域累计居住登记月数
fact-registered_in_wenzhou = 目前是否居住登记在温州
fact-spring_festival_2023 = 2023年春节期间外地员工情况（温政办〔2022〕94号）
fact-spring_festival_2023-origin = 外地员工来源地（未录入身份证号码时填写）
fact-spring_festival_2023-stayed_in_wenzhou = 2023年1月6日至2月5日是否未离开温州
fact-spring_festival_2023-returned_on_own = 是否自行返岗就业
fact-spring_festival_2023-pension_jan_feb_2023 = 2023年1月和2月是否参加职工养老保险
fact-spring_festival_2023-employer_in_shiqu = 用人单位注册地和财政收入是否在市区
fact-spring_festival_2023-paired_region_poverty_alleviated = 是否对口帮扶地区脱贫人口

## 收入

fact-incomes-kind = 收入类型
fact-incomes-amount = 收入金额（元）
fact-incomes-period = 金额所属期间（每月、每年或一次性）
fact-incomes-job_start = 本次就业或创业开始日期
fact-incomes-first_job_since_recognition = 是否认定低保低边后首次就业或自主创业
fact-incomes-received_on = 一次性收入（如青苗补偿费）到账日期

## 医疗费用（结算单）

fact-medical-setting = 就医类型（住院、特殊病种门诊、慢性病门诊、普通门诊、家庭病床）
fact-medical-designated = 是否在定点医疗机构就医
fact-medical-total = 医疗总费用（元）
fact-medical-out_of_scope = 政策范围外自费费用（元）
fact-medical-basic_insurance_paid = 基本医保支付（元）
fact-medical-critical_illness_paid = 大病保险支付（元）
fact-medical-supplementary_paid = 补充医疗保险（惠民保等）支付（元）
fact-parent_residence_permit = 父母一方或法定监护人持有温州签发的浙江省居住证
fact-declared-rule = 待遇
fact-declared-amount = 已领取金额（元）
fact-declared-period = 期间
