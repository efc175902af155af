# Messages of the rules of rules-other.md (relocation): 温政发〔2024〕11号 临时安置费和搬迁费.

## Rules
rule-E1 = 房屋征收临时安置费
rule-E2 = 房屋征收搬迁费（15元/平方米，住宅每户不低于1000元）
rule-E3 = 临时安置费和搬迁费标准的适用期间与区域

## Conditions
cond-reloc-record = 有国有土地上房屋征收记录
cond-reloc-in-shiqu = 征收项目在市区（鹿城、龙湾、瓯海、洞头、海经区）
cond-reloc-decision-from = 征收决定（或协议）日期不早于2024年3月5日
cond-reloc-decision-to = 征收决定（或协议）日期不晚于2026年3月4日
cond-reloc-predecessor-8 = 征收决定日期在2022年3月5日至2024年3月4日之间：适用温政发〔2022〕8号标准，请人工核定
cond-reloc-use-banded = 住宅、办公或工业（含仓储）用房有公布标准（营业用房等按实评估）
cond-reloc-use-moving-rated = 住宅、办公或营业用房按15元/平方米计算（工业用房等按实评估）
cond-reloc-rate-min = 补偿方案确定的临时安置费标准不低于公布标准下限（元/平方米·月）
cond-reloc-rate-max = 补偿方案确定的临时安置费标准不高于公布标准上限（元/平方米·月）
cond-reloc-moving-floor = 住宅搬迁费每户每次不低于1000元

## Codes
code-reloc-lucheng = 鹿城区
code-reloc-longwan = 龙湾区（温州湾新区）
code-reloc-ouhai = 瓯海区
code-reloc-dongtou = 洞头区（不含灵昆和昆鹏街道）
code-reloc-lingkun-kunpeng = 灵昆街道、昆鹏街道（按海经区标准）
code-reloc-marine-zone = 温州海洋经济发展示范区
code-reloc-county = 县（市）：不属市区
code-reloc-use-residential = 住宅用房
code-reloc-use-office = 办公用房
code-reloc-use-industrial = 工业用房（含仓储用房）
code-reloc-use-business = 营业用房
code-reloc-use-other = 其他用房

## Facts
fact-relocation = 国有土地上房屋征收
fact-relocation-district = 征收项目所在区
fact-relocation-building_use = 被征收房屋用途
fact-relocation-floor_area_m2 = 被征收房屋面积（平方米）
fact-relocation-temp_rate = 补偿方案确定的临时安置费标准（元/平方米·月）
fact-relocation-transition_months = 临时安置费发放月数（过渡期）
fact-relocation-moves = 补偿方案支付搬迁费的搬迁次数
fact-relocation-decision_date = 房屋征收决定（或补偿协议）日期
