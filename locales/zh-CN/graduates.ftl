# Messages of the rules of rules-other.md (graduates).
# 温政办〔2022〕35号 关于进一步推进在温高校大学生创新创业的意见.

## 待遇名称

rule-F1 = 大学生一次性创业补贴
rule-F2 = 高校毕业生个体经营税费扣减
rule-F3 = 小规模纳税人免征增值税
rule-F4 = 高校毕业生创业担保贷款
rule-F5 = 孵化器场地免费和创业补贴
rule-F6 = 创业大赛获奖项目落地补贴（企业）
rule-F7 = 困难大学生和创业失败大学生扶持

## 条件

cond-grad-founded-within-years = 在校期间或毕业5年以内创办
cond-grad-operating-months = 正常经营满1年（月数）
cond-grad-first-business = 初次创办
cond-grad-legal-representative = 担任企业法定代表人
cond-grad-wenzhou-university = 在温高校学生或毕业生
cond-grad-operating-normally = 正常经营
cond-grad-individual-business = 从事个体经营（个体工商户）
cond-grad-registered-in-graduation-year = 毕业年度内办理个体工商户登记
cond-grad-tax-window = 自登记当月起36个月内
cond-grad-incubator = 在政府投资开设的孵化器等创业载体创业
cond-grad-startup-failed = 创业失败

## 叠加

stack-startup-loan = 创业担保贷款只能申请一笔，按较高的贷款额度执行。

## 需补充的信息

fact-graduate-wenzhou_university = 是否在温高校学生或毕业生
fact-startup-first_business = 是否初次创业
fact-startup-legal_representative = 是否担任企业法定代表人
fact-startup-operating_normally = 是否正常经营
fact-startup-tax_payable_this_year = 当年实际应缴纳的增值税等税费（元）
fact-startup-in_government_incubator = 是否在政府投资开设的孵化器创业
fact-startup-failed = 是否创业失败
