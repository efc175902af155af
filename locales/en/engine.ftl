### Assessment wording: benefit names, conditions, codes, reasons, amounts, periods, outcomes, notices, parameter warnings and stacking.

## Benefit names (rule-ID)

rule-INC-01 = Dibao (minimum living) allowance
rule-INC-02 = Dibao/dibian transition period
rule-INC-03 = First job or business: income not counted
rule-INC-04 = Disabled member's job: income not counted
rule-INC-05 = Job costs deducted after the disregard
rule-INC-06 = Public welfare post subsidy not counted
rule-INC-07 = Crop compensation not counted
rule-INC-08 = Outsourced processing income not counted
rule-INC-09 = Veterans' supplement not counted
rule-INC-10 = Equity dividend (折股量化) not counted
rule-INC-11 = Dibian (near-dibao) household
rule-INC-12 = Temporary assistance
rule-INC-13 = Case-by-case assistance (一事一议)
rule-INC-14 = One household, one plan, one cadre
rule-INC-15 = Tekun basic living allowance
rule-INC-16 = Tekun care fee, government institution
rule-INC-17 = Tekun care fee, social institution
rule-INC-18 = Tekun care fee, living at home
rule-INC-19 = Hardship worker living support
rule-INC-20 = Union condolence for hardship workers
rule-INC-21 = Hardship worker medical support
rule-INC-22 = Social assistance for new citizens
rule-VET-01 = Living supplement for veterans in dibao
rule-VET-02 = One-off aid for survivors of fallen service members
rule-VET-03 = One-off aid for veterans in hardship
rule-ELD-01 = Home care service subsidy, dibao elderly
rule-ELD-02 = Institutional care subsidy, dibao elderly
rule-ELD-03 = Elderly care subsidy, dibao/dibian (local)
rule-ELD-04 = Longevity allowance (80 and over)
rule-ELD-05 = Long-term care insurance benefit
rule-CHD-01 = Basic living allowance for orphans and vulnerable children
rule-CHD-02 = Rehabilitation training subsidy, disabled children
rule-CHD-03 = Rehabilitation living subsidy, disabled children
rule-FP-01 = Family-planning hardship grant
rule-FP-02 = Hospital care insurance, family-planning special families
rule-DIS-01 = Guardian subsidy, serious mental illness
rule-DIS-02 = Care subsidy, mental illness in poor households
rule-DIS-03 = Long-acting injection treatment subsidy
rule-DIS-04 = Antipsychotic drugs fully covered
rule-DIS-05 = Assistive device subsidy
rule-DIS-06 = Accident insurance for disabled persons
rule-HOU-01 = Priority public rental housing
rule-HOU-02 = Affordable rental housing for new citizens
rule-HOU-03 = Housing rent subsidy
rule-HOU-04 = Public rental rent waived
rule-HOU-05 = Rural dangerous-house renovation
rule-HOU-06 = Anju Yuanmeng (安居圆梦) city subsidy
rule-HOU-07 = Rent subsidy, front-line bus and sanitation workers
rule-HOU-08 = Rent subsidy, new citizens under points scheme
rule-MED-01 = Family doctor fee paid
rule-MED-02 = Long chronic prescriptions (12 weeks)
rule-MED-03 = Higher chronic outpatient reimbursement
rule-MED-04 = Special-disease outpatient treated as inpatient
rule-MED-05 = Medical aid
rule-MED-06 = Charity medical assistance fund
rule-MED-07 = Medical assistance, veterans in dibao/dibian
rule-MED-08 = Supplementary health insurance (惠民保)
rule-MED-09 = Supplementary insurance premium aid
rule-MED-10 = Resident medical insurance premium paid
rule-MED-11 = Higher annual cap, special-disease care
rule-MED-12 = More outpatient special diseases
rule-MED-13 = Lower outpatient deductible for retirees
rule-MED-14 = Higher outpatient cap, elderly with chronic diseases
rule-MED-15 = Home hospital bed covered
rule-MED-16 = Long-term care insurance coverage
rule-MED-17 = Hospice care covered
rule-MED-18 = Medical aid for orphans and unsupported children
rule-MED-20 = Paediatric service surcharge
rule-MED-21 = Maternity insurance for flexible workers
rule-MED-22 = Maternity medical costs paid by item
rule-MED-23 = Shorter maternity allowance waiting period
rule-MED-24 = Third-child maternity costs covered
rule-MED-25 = Labour analgesia and prenatal scans covered
rule-MED-26 = Online renewal of chronic prescriptions
rule-MED-27 = Insurance premium aid for people in hardship
rule-MED-28 = High medical costs cleared (动态清零)
rule-MED-29 = Personal medical burden target
rule-MED-30 = Benefits without application (免申即享)
rule-EDU-01 = School nutrition meal subsidy
rule-EDU-02 = Study grant, disabled students in dibao/dibian
rule-EDU-03 = Study grant, disabled students (other households)
rule-EDU-04 = Tuition aid for hardship workers' children
rule-EDU-05 = Study grant, family-planning hardship children
rule-EDU-06 = Public schooling for migrant workers' children
rule-UTL-01 = Resident pension contribution paid
rule-UTL-03 = Free water, power, gas and cable TV quota
rule-UTL-04 = Free public transport
rule-EMP-01 = Public welfare post subsidy
rule-EMP-02 = Employer social insurance subsidy
rule-EMP-03 = Flexible employment social insurance subsidy
rule-EMP-04 = Job search and startup grant
rule-EMP-05 = Employment assistance services
rule-EMP-06 = Startup guarantee loan
rule-EMP-07 = Equity dividends of low-income farmers (折股量化)
rule-EMP-08 = Faster work-injury dispute handling
rule-OTH-01 = Residence permit issued directly
rule-OTH-02 = Basic public services for new citizens
rule-P94-01 = Return-to-work travel subsidy
rule-P94-02 = Travel grant, cross-province workers from paired areas
rule-P94-03 = Residence points for staying over Spring Festival
rule-P94-04 = Free mobile data at Spring Festival
rule-P94-05 = Staff retention grant for enterprises
rule-P94-06 = Advance payment of unpaid wages

## Referral explanations (refer-ID): shown when the outcome is "refer"; an amount may follow directly

refer-INC-02 = Per-capita income is now above the standard. A transition period of up to one year may be granted; 民政 decides.
refer-INC-05 = Within 2 years after the disregard ended, job costs may be deducted at the local 低边 standard (the clause says "may"); 民政 decides. The dibao allowance is computed without it. Deduction:{ " " }
refer-INC-11 = Per-capita income is below the 低边 standard: the household may qualify as 低边. Apply to 民政 for recognition (assets are checked separately).
refer-INC-12 = A sudden event, accident or serious illness has left the household in hardship: it may apply for temporary assistance; 民政 sets the amount.
refer-INC-13 = A complex case that current assistance cannot solve may receive case-by-case (一事一议) help; the local government decides.
refer-HOU-03 = The household qualifies for the rent subsidy, but the area formula gives 0 (its own floor area already reaches the guaranteed area). Ask 住建 to decide. By area:{ " " }
refer-HOU-05 = The new build is larger than 100 ㎡ per household (the clause says "in principle not more than"); 住建 decides whether to pay. Subsidy:{ " " }
refer-HOU-08 = New citizen: some counties give a rent subsidy to new citizens in the points scheme (the clause "encourages" it). Ask the local housing office.
refer-MED-06 = The personal medical burden is above the 98号 target. The county charity medical fund may help with the high costs; the fund decides. Personal burden:{ " " }
refer-MED-13 = Retired employee in employee insurance: 98号 "explores" a lower outpatient deductible, with no figure yet. Ask the medical insurance office.
refer-MED-14 = Aged 60 or over with 2 or more chronic diseases: 98号 "explores" a higher outpatient cap, with no figure yet. Ask the medical insurance office.
refer-MED-27 = Disabled person, veteran or hardship worker: the disabled persons' federation, veterans' office or trade union are encouraged to pay the premium. Refer to them.
refer-MED-28 = The personal medical burden is above the 98号 target, which asks that high medical costs of people in hardship be cleared. Refer to the medical insurance office and 民政. Personal burden:{ " " }
refer-MED-29 = The personal medical burden of a person in hardship is above the 98号 target; follow up and help reduce it. Personal burden:{ " " }
refer-ELD-01 = Dementia without a dependency tier: the person is covered (失智), but the tiers are by dependency. Have the care needs assessed; 民政 decides the amount.
refer-ELD-02 = Placed in an approved institution: the subsidy may follow the local 特困 care-fee standard (the clause says "may refer to"); 民政 decides. Reference:{ " " }
refer-ELD-05 = Largely or totally dependent and covered by long-term care insurance, but not yet assessed: apply to 医保 for the disability assessment; 重度失能 gives monthly care services.
refer-EMP-03 = The 3-year period has ended, but the person was less than 5 years from retirement at the first approval: the subsidy may be extended to retirement; 人力社保 decides.{ " " }
refer-INC-20 = Registered hardship worker family facing disability, serious illness or an accident: the trade union may include it in its 送温暖 visits.
refer-INC-21 = Registered hardship worker family with medical costs: if they remain too heavy after insurance and aid, the trade union gives medical support.
refer-INC-22 = New citizens in hardship may be included in social assistance; 民政 applies the conditions.
refer-VET-02 = Survivors of a service member who died on duty receive one-off aid; 退役军人事务局 sets the amount.
refer-VET-03 = A commended or hardship veteran whose family met a major event receives one-off aid; 退役军人事务局 decides.
refer-P94-02 = Worker lifted out of poverty from a paired region, working across provinces: a one-off travel grant was paid "按规定" (by the rules of the time); ask 人力社保.

## Condition labels (cond-): followed by ": ", the value, the threshold and the verdict

cond-status-dibao = Household is 低保
cond-status-dibian = Household is 低边
cond-status-dibao-dibian = Household is 低保 or 低边
cond-status-not-dibao = Household is not 低保 (低边 or neither)
cond-status-none = Household is neither 低保 nor 低边
cond-income-below-dibao = Per-capita monthly income below the 低保 standard
cond-income-below-dibian = Per-capita monthly income below the 低边 standard
cond-income-above-dibao = Per-capita monthly income above the 低保 standard
cond-income-above-dibian = Per-capita monthly income above the 低边 standard
cond-transition-months = Transition period (months)
cond-first-enterprise-subscription-over = Breaches the limits because of a first-time enterprise subscription
cond-first-job-disregarded = First job or business income not counted (per month)
cond-disabled-job-disregarded = Disabled member's job income not counted (per month)
cond-job-cost-window = Job costs that may be deducted after the disregard (per month)
cond-job-cost-deducted = Job costs deducted (per month)
cond-job-cost-alternative-allowance = Dibao allowance if the job costs are deducted (per month)
cond-post-subsidy-disregarded = Public welfare post subsidy not counted (per month)
cond-crop-disregarded = Crop compensation not counted (per month)
cond-processing-disregarded = Outsourced processing income not counted (per month)
cond-veteran-supplement-disregarded = Veterans' supplement not counted (per month)
cond-dividend-disregarded = Equity dividend not counted (per month)
cond-hardship-event = Hardship after a sudden event, accident or serious illness
cond-complex-case = Complex case that current assistance cannot solve
cond-tekun = Tekun (特困) person
cond-tekun-public-institution = Tekun person in a government institution
cond-tekun-social-institution = Tekun person in a social institution
cond-tekun-dispersed = Tekun person living at home (分散供养)
cond-hardship-worker-family = Registered hardship worker family
cond-veteran = Veteran
cond-low-income-farmer = Low-income farmer household (低收入农户)
cond-hukou-shiqu = Hukou in 市区
cond-hukou-wenzhou = Hukou in Wenzhou
cond-owns-housing-shiqu = Owns housing in 市区
cond-disability-grade-1-2 = Disability grade 1 or 2
cond-youfu = Entitled family (优抚) with regular state pension
cond-rental-priority-group = Other priority group for public rental
cond-labour-contract-years = Labour contract (years)
cond-contribution-months = Consecutive months of insurance or tax paid through the employer
cond-housing-security-eligible = Meets the housing-security conditions (other eligible household)
cond-floor-area-pc = Floor area per person (㎡)
cond-area-shortfall = Guaranteed area minus owned floor area (㎡)
cond-public-rental = Lives in public rental housing
cond-rural = Rural hukou
cond-dangerous-house-recognised = House recognised as dangerous, conditions met
cond-new-build-area = Floor area of the new build (㎡)
cond-anju-project = Anju Yuanmeng project (relocation, self-build, purchase, rebuild)
cond-frontline-worker = Front-line bus or sanitation worker
cond-in-kind-rental = Has been allocated rental housing in kind
cond-frontline-months = Months of rent subsidy already received
cond-county-special-hardship = Other special hardship recognised by the county
cond-compliant-remaining = Compliant medical costs left after basic and critical-illness insurance
cond-orphan = Orphan or child without de facto support
cond-veteran-aid-cap = Medical assistance computed (within this year's remaining cap)
cond-veteran-aid-used = Medical assistance already received this insurance year (decides the cap left; unknown, the amount is an upper bound)
cond-veteran-aid-no-costs = Self-paid compliant inpatient or special-disease outpatient costs at designated institutions this year (none yet; 50% once they arise)
cond-medical-aid-no-deductible = 温政发〔2022〕6号 sets no medical-aid deductible and the local standards set none: computed on the whole compliant remainder
cond-medical-aid-no-cap = 温政发〔2022〕6号 sets no yearly medical-aid cap and the local standards set none
cond-scheme-resident = In resident basic medical insurance
cond-scheme-employee = In employee basic medical insurance
cond-chronic-outpatient = Treated for a chronic disease as outpatient
cond-insured = Has basic medical insurance
cond-special-disease = Has a listed special disease
cond-supplementary-enrolled = In the supplementary health insurance
cond-disabled = Holds a disability certificate
cond-vulnerable-child = Vulnerable child (困境儿童)
cond-retired-employee = Retired employee in employee insurance
cond-age-60 = Age (60 or over)
cond-chronic-count = Number of chronic diseases
cond-home-bed = Home hospital bed care this year
cond-medical-costs = Has medical costs this year
cond-burden-rate = Personal share of medical costs
cond-out-of-pocket = Medical costs paid by the person (per year)
cond-compulsory-education = In compulsory education (primary or junior secondary)
cond-student-aid-recipient = Student aid recipient
cond-parent-disabled = Parent holds a disability certificate
cond-age-under-18 = Age (under 18)
cond-in-school = In school (pays tuition)
cond-age-minor = A minor (under 18)
cond-adult-not-independent = Adult not yet living independently
cond-school-level-grant = In secondary, junior college or bachelor level or above, or has an adult-exam certificate
cond-is-child = Child or grandchild in the household
cond-tuition-paid = Tuition paid this year
cond-fp-hardship-family = Family-planning hardship family
cond-school-level-fp = In senior high school or university
cond-parent-residence-permit = Years a parent or guardian has held a Zhejiang residence permit
cond-junior-high-graduate = Junior-high graduate (this year or earlier)
cond-hukou-in-zhejiang = Hukou in Zhejiang outside Wenzhou
cond-wenzhou-school-registration = Holds a school registration (学籍) in Wenzhou
cond-junior-high-graduate-this-year = This year's junior-high graduate from outside the province
cond-parent-permit-years = Years a parent or guardian has held a Zhejiang residence permit in Wenzhou
cond-wenzhou-junior-high-years = Years of continuous junior-high study with a 学籍 in Wenzhou
cond-resident-pension = In resident basic pension insurance
cond-scattered-orphan = Orphan living in the community (社会散居孤儿)
cond-age-free-transport = Age (free public transport age or over)
cond-age-advanced = Age (80 or over: 高龄)
cond-care-at-home = Cared for at home (居家养老)
cond-care-in-institution = Placed in a care institution (机构养老)
cond-institution-approved = No care possible at home; placement approved by the county 民政
cond-care-dependency = Dependent in daily living (失能: totally, largely or partly)
cond-dementia = Dementia (失智)
cond-elderly-care-reference = Monthly amount at the reference standard of 6号 (参照浙江省重度残疾人护理补贴; a local standard may differ)
cond-status-dibian-elderly = Household is 低边 (for 低保 households see the home care subsidy ELD-01)
cond-elderly-care-extended = The county has extended the care subsidy to households below the average disposable income
cond-income-below-avg-disposable = Per-capita income over a year at or below the local average disposable income
cond-longevity-reference = 6号's allowance at this age, shown as a reference for the longevity health subsidy (per month)
cond-ltc-insured = Covered by long-term care insurance
cond-ltc-assessed = Assessed under long-term care insurance
cond-ltc-severe-disability = Assessed as severely disabled (重度失能) under long-term care insurance
cond-hiv-infected = Child registered as infected with HIV
cond-disability-child-severe = Severe disability (grade 1 or 2) or mental or intellectual disability
cond-child-standard-additional = Yearly standard if paid on top of the dibao allowance
cond-child-standard-top-up = Yearly standard if topped up from the child's share of the dibao allowance
cond-rehab-training = In rehabilitation training
cond-rehab-designated = Training at a designated (定点) institution
cond-age-under-rehab = Age (under 7)
cond-age-under-rehab-extended = Age (under 9)
cond-rehab-deferment = Assessed as not able to enter compulsory education, with a deferment certificate
cond-rehab-monthly = Training subsidy per month (the fee, up to the monthly cap)
cond-rehab-yearly = Training subsidy this year (up to the annual cap)
cond-rehab-living-yearly = Rehabilitation living subsidy this year (up to the annual cap)
cond-rehab-living-monthly = Rehabilitation living subsidy per month
cond-fp-family-record = Recognised by 卫健 in a family-planning situation of 6号 第7条
cond-fp-serious-illness = A member of the family is seriously ill
cond-fp-only-child = The only child died or is disabled
cond-fp-special-hardship = Family-planning family in special hardship
cond-fp-left-behind = Left-behind child, woman or elderly person of the family
cond-fp-grouping-reading = Amount group of families in special hardship (a reading of the clause; to confirm with 卫健委)
cond-fp-special-support-couple = Couple meeting the special support (特别扶助) conditions
cond-mental-illness = Severe mental illness
cond-risk-class = Risk class in the danger assessment
cond-guardian-duty = The guardian effectively performs the duty
cond-community-managed = Under village or community management (registered in the city's system)
cond-long-acting-injection = Assessed and approved for long-acting injection treatment
cond-outpatient-antipsychotics = Needs basic antipsychotic drugs as outpatient
cond-antipsychotic-remainder = Antipsychotic costs left after basic insurance (per year)
cond-assistive-device-need = Needs an assistive device
cond-device-within-service-life = A device of this kind was subsidised and its service life has not run out
cond-device-reference-price = Subsidy (the price, up to the catalogue reference price)
cond-fallen-service-member = A service member of the family died
cond-fallen-cause = Died in emergency duty (veteran) or in war or on duty (active service)
cond-veteran-category = Commended at county level or above, or a hardship veteran defined by the county
cond-welfare-post = Holds a public-welfare post
cond-graduate = University graduate or graduating student
cond-employment-difficulty = Recognised as a person with employment difficulties
cond-welfare-post-insured = Social insurance paid for the post
cond-welfare-post-si-subsidy = Of which social insurance subsidy (per month)
cond-flexible-employment = In flexible employment, insured as an individual
cond-left-school-within = Left school within 2 years
cond-graduate-employed = Employed since leaving school
cond-subscribed-capital = Capital subscribed in enterprises
cond-private-vehicle = The household owns a non-commercial vehicle
cond-flexible-months = Months of subsidy already received
cond-near-retirement = Less than 5 years from retirement at the first approval, not yet retired
cond-graduation-year = Year of graduation
cond-student-loan = Received a national student loan
cond-seeking-work = Out of work and seeking work
cond-registered-unemployed = Registered as unemployed
cond-startup = Founded a business
cond-startup-recent = Founded within the last 3 years
cond-loan-key-group = In a key group for guaranteed loans (贷款重点人群)
cond-working-age = Age (working age or over)
cond-zhejiang-residence-permit = Holds a valid Zhejiang residence permit
cond-registration-months = Months of residence registration in Zhejiang across cities or counties
cond-registered-in-wenzhou = Residence now registered in Wenzhou
cond-p94-worker = Non-local worker at the 2023 Spring Festival
cond-p94-non-local = From outside Wenzhou (first 4 digits of the ID number)
cond-p94-returned-on-own = Returned to work on their own
cond-p94-pension-jan-feb = In employee pension insurance in January and February 2023
cond-p94-employer-shiqu = Employer registered and paying taxes in 市区
cond-p94-paired-region = Lifted out of poverty, from a paired-assistance region
cond-p94-cross-province = Working across provinces
cond-p94-stayed = Stayed in Wenzhou from 6 January to 5 February 2023
cond-wenzhou-residence-permit = Holds a valid residence permit issued by the Wenzhou police
cond-p94-points = New-resident points awarded

## Threshold, gap and verdict of a condition

cond-threshold = { " " }(needs { $cmp } { $threshold })
cond-gap = , off by { $gap }
cond-holds = { " — met" }
cond-fails = { " — not met" }
cond-unknown = { " — unknown" }

## Codes: household status

code-dibao = dibao (低保)
code-dibian = dibian (低边)
code-none = neither

## Codes: hukou area

code-shi_ben_ji = City level (市本级)
code-lucheng = Lucheng District
code-longwan = Longwan District
code-ouhai = Ouhai District
code-dongtou = Dongtou District
code-city_functional_zone = City functional zone (市级功能区)
code-ruian = Rui'an City
code-yueqing = Yueqing City
code-longgang = Longgang City
code-yongjia = Yongjia County
code-pingyang = Pingyang County
code-cangnan = Cangnan County
code-wencheng = Wencheng County
code-taishun = Taishun County
code-outside_wenzhou = Outside Wenzhou

## Codes: schooling

code-school-none = not in school
code-school-preschool = kindergarten
code-school-primary = primary school
code-school-junior-secondary = junior secondary school
code-school-secondary-vocational = secondary vocational school
code-school-senior-high = senior high school
code-graduate-this-year = this year's junior-high graduate
code-graduate-earlier = junior-high graduate of an earlier year
code-graduate-no = not a junior-high graduate
code-school-junior-college = junior college
code-school-bachelor = bachelor
code-school-postgraduate = postgraduate

## Codes: care, risk classes, family-planning groups, causes and origins

code-care-totally = totally dependent
code-care-largely = largely dependent
code-care-partly = partly dependent
code-care-none = not dependent
code-setting-home = at home
code-setting-public-institution = government care institution
code-setting-social-institution = social care institution
code-risk-none = no risk class
code-risk-class-1 = class I
code-risk-class-2 = class II
code-fp-group-only-child = with the only-child families (3000)
code-fp-group-left-behind = with the left-behind members (1500)
code-fallen-veteran-emergency = veteran died in emergency duty
code-fallen-active-service = active service member killed in war or on duty
code-fallen-other = other cause
code-origin-wenzhou = Wenzhou
code-origin-zhejiang = elsewhere in Zhejiang
code-origin-east-china = East China
code-origin-elsewhere = outside East China

## Values, units and separators

value-unknown = unknown
value-not-recorded = not recorded
value-yes = yes
value-no = no
unit-yuan = yuan
unit-years = years
sep-colon = :{ " " }
sep-enum = ,{ " " }
sep-list = ;{ " " }
member-n = Member { $n }
missing-param = Parameter not set: { $name } ({ $key })

## Reasons

reason-eligible = Eligible.{ " " }
reason-refer = The officer decides (the clause says "may", or case by case).{ " " }
reason-undetermined = Cannot decide; missing:{ " " }
reason-ineligible = Not eligible:{ " " }
reason-superseded = Not paid twice: the higher benefit, { $name } ({ $rule }), is paid instead.

## Amounts and periods

amount-exact = { $value } yuan { $period }
amount-at-most = at most { $value } yuan { $period }
amount-at-least = at least { $value } yuan { $period }
period-month = per month
period-year = per year
period-school-year = per school year
period-once = once

## Outcomes

outcome-eligible = eligible
outcome-ineligible = not eligible
outcome-undetermined = undetermined
outcome-refer = refer

## Notices

notice-not-in-force = { $doc } is not in force on the assessment date (valid { $from } to { $to }); its rules were not assessed.
notice-not-yet-in-force = { $doc } takes effect on { $from }, after the assessment date; its rules were not assessed.
notice-expired = { $doc } has expired and no policy update installed on this laptop continues or replaces it. Ask 民政 for the policy update file and import it ("Policy updates"), or assess on its last day in force (the result is marked as a historical assessment).
notice-repealed = { $doc } was repealed (in force until { $to }); its rules were not assessed.
notice-continued = { $doc } is continued until { $to } by a notice; its rules are assessed as continued.
notice-continued-without-end = { $doc } is continued without an end date by a notice; its rules are assessed as continued.
continued-by = Continued by: { $notice }
notice-example-params = Example values, not official

## Parameter warnings

warn-dibian-above-double = { $clause }: { $area } from { $date }: the 低边 standard { $actual } yuan is above twice the 低保 standard, { $limit } yuan.
warn-dibian-above-min-wage = { $clause }: { $area } from { $date }: the 低边 standard { $actual } yuan is above the local monthly minimum wage, { $limit } yuan.
warn-tekun-below-floor = { $clause }: { $area } from { $date }: the 特困 basic living standard { $actual } yuan per year is below the floor of { $limit } yuan per year (the higher of 50% of last year's urban consumption per person and 1.3 × the 低保 standard).
warn-below-gazette-figure = { $clause } ("not lowered; the higher applies"): from { $date } in { $area }, { $param } of { $actual } yuan is below the { $limit } yuan that 温政发〔2022〕6号 fixes.
warn-dibao-below-2025-target = { $clause }: { $area } from { $date }: the yearly 低保 standard { $actual } yuan is below the 2025 target of { $limit } yuan.

## Stacking: not paid twice, the higher one is paid

stack-education = One person receives only one study grant of the same kind and funding level per year: the higher one.
stack-rental = A household receives only one kind of rental housing support per year: the higher one.
stack-premium = The supplementary insurance premium is aided once: the higher aid is paid.
stack-medical-aid = Medical aid for orphans and unsupported children is the same aid as medical aid for people in hardship: paid once, the higher amount.
stack-elderly-care = An elderly person receives the home care subsidy or, placed in an institution, the institutional care subsidy, not both.

## Rule versions (trainer scenarios)
notice-rule-version = Training scenario: { $benefit } is assessed under the wording of { $doc }; the other document's clauses for it were not assessed.
version-elderly-allowance = Old-age allowance (高龄津贴)
version-care-service-subsidy = Elderly care service subsidy (养老服务补贴)
version-long-term-care = Long-term care insurance benefit
version-startup-loan = Guaranteed start-up loan
version-both = Both documents (paid once, by the stacking rules)
compare-version-off = This scenario assesses the benefit under the other document's wording; this rule was not assessed.

# Facts stated as sentences ({ $who } is "The household" or "Member n"); the verdict follows.
who-household = The household
sentence-status = { $value ->
    [dibao] The household is recognised as dibao (低保)
    [dibian] The household is recognised as dibian (低边)
   *[none] The household is recognised as neither dibao (低保) nor dibian (低边)
}
cond-hukou-wenzhou-fact = The hukou is in { $area }
cond-hukou-shiqu-fact = The hukou is in { $area }
cond-tekun-fact = { $value ->
    [yes] { $who } is recognised as a person in extreme poverty (特困)
   *[no] { $who } is not recognised as a person in extreme poverty (特困)
}
cond-veteran-fact = { $value ->
    [yes] { $who } is a veteran
   *[no] { $who } is not a veteran
}
cond-disabled-fact = { $value ->
    [yes] { $who } holds a disability certificate
   *[no] { $who } holds no disability certificate
}
cond-low-income-farmer-fact = { $value ->
    [yes] The household is a low-income farmer household (低收入农户)
   *[no] The household is not a low-income farmer household (低收入农户)
}
cond-hardship-worker-family-fact = { $value ->
    [yes] The household is a hardship-worker family registered by the trade union
   *[no] The household is not a hardship-worker family registered by the trade union
}
cond-youfu-fact = { $value ->
    [yes] The household is an entitled family (优抚) with a regular state pension
   *[no] The household is not an entitled family (优抚) with a regular state pension
}
cond-public-rental-fact = { $value ->
    [yes] The household lives in public rental housing
   *[no] The household does not live in public rental housing
}
cond-rural-fact = { $value ->
    [yes] The household has a rural hukou
   *[no] The household does not have a rural hukou
}
cond-owns-housing-shiqu-fact = { $value ->
    [yes] The household owns housing in the city districts (市区)
   *[no] The household owns no housing in the city districts (市区)
}
cond-hardship-event-fact = { $value ->
    [yes] The household has met a sudden event, accident or serious illness
   *[no] The household has not met a sudden event, accident or serious illness
}
cond-complex-case-fact = { $value ->
    [yes] The case is complex and current assistance cannot solve it
   *[no] The case is not recorded as one current assistance cannot solve
}
