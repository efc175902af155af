# Messages of the rules of rules-other.md (elderly-services): 温政办〔2023〕75号 基本养老服务清单 (B1–B27) and
# 温政办〔2022〕41号 长期护理保险 (C1–C5).

## 政策待遇名称

rule-B1 = 高龄津贴（75号清单第6项）
rule-B2 = 长寿保健补助金
rule-B3 = 经济困难老年人养老服务补贴
rule-B4 = 经济困难老年人家庭适老化改造
rule-B5 = 失能老年人护理补贴
rule-B6 = 失能老年人家庭成员照护培训补贴
rule-B7 = 赡养人死亡或伤病残的中重度失能失智老年人养老服务补贴
rule-B8 = 残疾老年人生活补贴和护理补贴
rule-B9 = 低保老年人生活仍有困难的保障
rule-B10 = 特困老年人分散供养
rule-B11 = 特困老年人集中供养
rule-B12 = 特殊困难老年人探访关爱
rule-B13 = 特殊困难老年人免费居家养老服务
rule-B14 = 老年人能力综合评估
rule-B15 = 独居高龄老年人适老化改造、“一键呼叫”
rule-B16 = 老年人法律援助和首次公证费减免
rule-B17 = 计生特殊家庭老年人优先入住公办养老机构
rule-B18 = 老年残疾军人、退役军人、“三属”优先养老服务
rule-B19 = 重点优抚对象、器官捐献人家庭成员中重度失能失智老年人养老服务补贴
rule-B20 = 见义勇为致残人员供养保障
rule-B21 = 父母投靠成年子女落户
rule-B22 = 基本养老金、城乡居民养老保险待遇
rule-B23 = 社区居家照料服务
rule-B24 = 流浪乞讨老年人救助
rule-B25 = 赡养人休假照护权利
rule-B26 = 家庭养老床位、签约医生上门服务
rule-B27 = 养老消费券
rule-C1 = 长期护理保险参保范围
rule-C2 = 长期护理保险个人缴费
rule-C3 = 长期护理保险护理服务待遇
rule-C4 = 长期护理保险失能等级评估
rule-C5 = 长期护理培训补贴

## 条件

cond-eld-record = 已登记老年人服务信息
cond-eld-elderly = 年龄（60周岁以上老年人）
cond-eld-dependency-level = 失能程度（能力评估或生活不能自理程度）
cond-eld-moderate-severe-disability = 中度或重度失能（等级 0 能自理 至 3 重度）
cond-eld-moderate-severe-dementia = 中度或重度失智（等级 0 无 至 3 重度）
cond-eld-own-hukou-wenzhou = 本人为温州户籍
cond-eld-below-centenarian = 年龄（未满100周岁；100周岁以上改发长寿保健补助金）
cond-eld-centenarian = 年龄（100周岁及以上）
cond-eld-attends-care-training = 参加照护培训等职业技能培训
cond-eld-supporters-unable = 赡养人均已死亡或因伤病残无力赡养
cond-eld-disability-grade-1-2 = 残疾等级（一级、二级）
cond-eld-intellectual-mental-3-4 = 三级、四级智力或精神残疾
cond-eld-hardship-after-dibao = 获得低保金后生活仍有困难
cond-eld-tekun-dispersed = 特困人员分散供养（在家供养）
cond-eld-tekun-centralized = 特困人员集中供养
cond-eld-gua = 孤寡老年人
cond-eld-lives-alone = 独居
cond-eld-empty-nest = 空巢
cond-eld-left-behind = 留守
cond-eld-no-de-facto-carer = 事实无人照顾
cond-eld-severe-disability = 重度残疾（一级、二级）
cond-eld-fp-special-family = 计划生育特殊家庭（独生子女死亡或伤残等）
cond-eld-resident = 在本地常住
cond-eld-not-assessed = 尚未进行老年人能力综合评估
cond-eld-first-notarisation = 首次办理证明、确认遗嘱公证
cond-eld-notary-free-age = 年龄（超过80周岁免费）
cond-eld-notary-half-age = 年龄（70周岁至80周岁减半）
cond-eld-notary-fee-share = 公证费减免比例
cond-eld-legal-need = 有法律服务需求
cond-eld-disabled-veteran = 残疾军人
cond-eld-martyr-family = “三属”（烈士、因公牺牲、病故军人遗属）
cond-eld-key-youfu = 重点优抚对象
cond-eld-organ-donor-family = 人体器官捐献人家庭成员
cond-eld-good-samaritan-disabled = 见义勇为致残，完全丧失劳动能力
cond-eld-family-support-difficult = 家庭供养困难
cond-eld-hukou-outside-wenzhou = 本人户籍在温州以外
cond-eld-lives-with-urban-child = 与温州城镇家庭户口的成年子女共同居住
cond-eld-vagrant = 生活无着的流浪、乞讨人员
cond-ltc-employee-scheme = 参加本市职工基本医疗保险（在职、退休或灵活就业）
cond-ltc-resident-not-covered = 参加城乡居民医保：不在长期护理保险实施范围（仅覆盖职工医保参保人员）
cond-ltc-retired = 退休人员
cond-ltc-signs-of-disability = 生活基本或完全不能自理

## 代码

code-capability-able = 能力完好
code-capability-mild = 轻度失能
code-capability-moderate = 中度失能
code-capability-severe = 重度失能
code-scheme-employee = 职工医保
code-scheme-employee-flexible = 职工医保（灵活就业）
code-scheme-resident = 城乡居民医保
code-scheme-none = 未参保

## 转介说明

refer-B5 = 失能老年人护理补贴的具体条件由各县（市、区）确定，请按当地规定核实；如同时享受其他护理类补贴，由民政部门决定能否叠加。
refer-B6 = 家庭成员参加照护培训，可按规定申请职业技能培训补贴：请转人力社保部门。
refer-B8 = 残疾老年人护理补贴与其他护理类补贴可能重叠，或生活能自理时护理补贴档次需核实：由民政部门决定。
refer-B3 = 养老服务补贴与其他护理类补贴可能重叠：由民政部门决定能否叠加。
refer-B9 = 领取低保金后生活仍有困难：请民政部门采取必要措施（如临时救助、一事一议）。
refer-B14 = 尚无老年人能力综合评估：请转县级民政部门免费评估。
refer-B16 = 有法律服务需求：请转司法行政部门申请法律援助。
refer-B20 = 可根据本人意愿申请优先入住公办养老机构（实际居住地县级民政部门）；也可按见义勇为办法由行为发生地安置：请官员选择。
refer-B24 = 流浪、乞讨老年人：请转救助管理机构依照有关规定救助。
refer-C3 = 长期护理保险护理服务与其他护理类补贴可能重叠：由民政、医保部门决定。
refer-C4 = 参加职工医保且生活基本或完全不能自理，但尚未进行长期护理保险失能评估：请向医保部门申请评估。

## 不重复享受说明

stack-longevity = 高龄津贴与长寿保健补助金不重复享受；6号和75号规定的高龄津贴只发一份，就高执行。
stack-care-service-subsidy = 经济困难、赡养人无力赡养、重点优抚对象等养老服务补贴为同一补贴，只享受一次，就高执行。
stack-hardship-care-subsidy = 低保低边老年人养老服务补贴在6号有效期内按6号标准发放，不再按75号重复发放。
stack-ltc-benefit = 长期护理保险待遇为同一待遇，只显示一次。
stack-care-allowance = 护理补贴、残疾人护理补贴、养老服务补贴、长期护理保险可能重叠，文件未规定是否叠加：由官员决定。

## 事实

fact-elderly_services = 老年人服务信息
fact-elderly_services-resident_locally = 是否在本地常住
fact-elderly_services-hukou_outside_wenzhou = 本人户籍是否在温州以外
fact-elderly_services-lives_with_urban_hukou_child = 是否与温州城镇家庭户口的成年子女共同居住
fact-elderly_services-lives_alone = 是否独居
fact-elderly_services-gua = 是否孤寡（无配偶、无子女）
fact-elderly_services-empty_nest = 是否空巢
fact-elderly_services-left_behind = 是否留守
fact-elderly_services-no_de_facto_carer = 是否事实无人照顾
fact-elderly_services-supporters_dead_or_unable = 赡养人是否均已死亡或因伤病残无力赡养
fact-elderly_services-capability = 老年人能力综合评估结果（未评估、能力完好、轻度、中度、重度失能）
fact-elderly_services-dementia_level = 失智程度（无、轻度、中度、重度）
fact-elderly_services-key_youfu = 是否重点优抚对象
fact-elderly_services-organ_donor_family = 是否人体器官捐献人家庭成员
fact-elderly_services-disabled_veteran = 是否残疾军人
fact-elderly_services-martyr_family = 是否“三属”（烈士、因公牺牲、病故军人遗属）
fact-elderly_services-hardship_after_dibao = 领取低保金后生活是否仍有困难
fact-elderly_services-vagrant = 是否生活无着的流浪、乞讨人员
fact-elderly_services-good_samaritan_disabled = 是否见义勇为致残并完全丧失劳动能力
fact-elderly_services-family_support_difficult = 家庭供养是否困难
fact-elderly_services-legal_need = 是否有法律服务需求
fact-elderly_services-first_notarisation = 是否首次办理证明、确认遗嘱公证
fact-elderly_services-attends_care_training = 是否参加失能老人照护培训
cond-eld-disabled-elder-in-household = 家庭中有其他失能老年人
cond-eld-care-allowance-local = 护理补贴金额由各地规定，本地标准尚未设定（eld_disabled_care_allowance）
cond-eld-notary-fee-local = 公证费标准由各地规定，本地标准尚未设定，减免金额未计算（eld_notary_base_fee）
cond-ltc-value-local = 护理服务的月价值由各地规定，本地标准尚未设定（ltc_benefit_monthly_value）
