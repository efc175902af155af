# Messages of the rules of rules-other.md (special-education).
# 温政办〔2023〕68号 温州市特殊教育普惠发展三年行动计划.

## 待遇名称

rule-A1 = 持证残疾儿童青少年15年免费教育（目标）
rule-A2 = 残疾儿童入学评估和教育安置
rule-A3 = 义务教育阶段残疾学生全免费教育
rule-A4 = 特校持证残疾学生免收伙食费
rule-A5 = 高中阶段残疾学生免费政策和国家助学金
rule-A6 = 幼儿园残疾学生保育费补助
rule-A7 = 残疾学生交通费补助
rule-A8 = 辅助器具适配优先
rule-A9 = 康复项目优先资助残疾儿童
rule-A10 = 孤独症儿童就近入学和助教陪读
rule-A11 = 多动症、学习障碍等儿童纳入特殊教育（探索）
rule-A12 = 重度、多重残疾儿童特殊教育安置
rule-A13 = 残疾学生职业技能培训和考试合理便利

## 条件

cond-sped-assessed-disabled = 经特殊教育专家委员会或学校认定为残疾学生（未持证）
cond-sped-age-min = 年龄（3周岁以上）
cond-sped-age-max = 年龄（18周岁以下）
cond-sped-not-enrolled = 目前未入学
cond-sped-aid-conditions = 符合资助条件（学校确认）
cond-sped-special-school = 在特殊教育学校（特校）就读
cond-sped-high-school = 就读高中学校（普通高中，中职按参数）
cond-sped-kindergarten = 就读幼儿园
cond-sped-basic-education = 就读幼儿园至高中阶段
cond-sped-child = 年龄（未满18周岁）
cond-sped-autism = 经认定为孤独症儿童
cond-sped-autism-identified = 孤独症儿童经认定（已登记特殊教育信息）
cond-sped-severe = 残疾等级为重度（一级、二级）
cond-sped-multiple = 多重残疾
cond-sped-secondary-or-above = 就读初中及以上

## 安置方式

code-sped-regular-class = 普通学校随班就读
code-sped-special-class = 普通学校特教班、卫星班
code-sped-special-school = 特殊教育学校
code-sped-home-teaching = 送教上门
code-sped-institution = 康复机构、儿童福利机构教学点

## 参数检查

warn-sped-transport-below-floor = { $clause }：{ $area } 自 { $date } 起残疾学生交通费补助 { $actual } 元/学期低于每学期每生400元以上的下限（{ $limit } 元）。

## 需补充的信息

fact-special_education = 特殊教育安置情况
fact-special_education-placement = 就读安置方式（随班就读、特教班、特校、送教上门等）
fact-special_education-assessed_disabled = 未持证但经认定为残疾学生
fact-special_education-aid_conditions_met = 学校是否确认符合资助条件
fact-special_education-meal_fee_per_semester = 特校每学期伙食费（元）
fact-special_education-autism = 是否经认定为孤独症儿童
