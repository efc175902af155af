# Messages of the rules of rules-other.md (relocation): 温政发〔2024〕11号 临时安置费和搬迁费.

## Rules
rule-E1 = Temporary resettlement fee (house expropriation)
rule-E2 = Moving fee (15 yuan/㎡; residential at least 1,000 per household)
rule-E3 = Period and territory of the resettlement and moving fee standard

## Conditions
cond-reloc-record = Has a state-land house expropriation record
cond-reloc-in-shiqu = Project in 市区 (Lucheng, Longwan, Ouhai, Dongtou, marine economy zone)
cond-reloc-decision-from = Expropriation decision (or agreement) on or after 2024-03-05
cond-reloc-decision-to = Expropriation decision (or agreement) on or before 2026-03-04
cond-reloc-predecessor-8 = Decision dated 2022-03-05 to 2024-03-04: the 温政发〔2022〕8号 standard applies; officer to check
cond-reloc-use-banded = Residential, office or industrial (incl. storage) use has a published band (business and other uses: assessed case by case)
cond-reloc-use-moving-rated = Residential, office or business use: 15 yuan/㎡ (industrial and other uses: assessed case by case)
cond-reloc-rate-min = Project rate at or above the band's lower bound (yuan/㎡·month)
cond-reloc-rate-max = Project rate at or below the band's upper bound (yuan/㎡·month)
cond-reloc-moving-floor = Residential moving fee at least 1,000 per household per move

## Codes
code-reloc-lucheng = Lucheng district
code-reloc-longwan = Longwan district (温州湾新区)
code-reloc-ouhai = Ouhai district
code-reloc-dongtou = Dongtou district (excl. 灵昆 and 昆鹏)
code-reloc-lingkun-kunpeng = 灵昆 or 昆鹏 subdistrict (marine economy zone rates)
code-reloc-marine-zone = Wenzhou Marine Economy Development Zone
code-reloc-county = A county or county-level city: not 市区
code-reloc-use-residential = Residential
code-reloc-use-office = Office
code-reloc-use-industrial = Industrial (incl. storage)
code-reloc-use-business = Business premises
code-reloc-use-other = Other use

## Facts
fact-relocation = State-land house expropriation
fact-relocation-district = District of the project
fact-relocation-building_use = Use of the expropriated building
fact-relocation-floor_area_m2 = Floor area of the expropriated building (㎡)
fact-relocation-temp_rate = Project's temporary resettlement rate (yuan/㎡·month)
fact-relocation-transition_months = Months of temporary resettlement fee
fact-relocation-moves = Number of moves paid by the compensation plan
fact-relocation-decision_date = Date of the expropriation decision (or agreement)
