# Messages of the rules of rules-other.md (elderly-services): 温政办〔2023〕75号 basic elderly-service list (B1–B27)
# and 温政办〔2022〕41号 long-term care insurance (C1–C5).

## Rule names

rule-B1 = Longevity allowance (75号 list item 6)
rule-B2 = Longevity health subsidy (100 and over)
rule-B3 = Care-service subsidy for elders in economic hardship
rule-B4 = Home adaptation for elders in economic hardship
rule-B5 = Care allowance for disabled elders
rule-B6 = Training subsidy for family carers of disabled elders
rule-B7 = Care-service subsidy, moderately or severely disabled or demented elders without able supporters
rule-B8 = Living and care subsidies for disabled elders
rule-B9 = Further support for 低保 elders still in hardship
rule-B10 = Home-based support of 特困 elders
rule-B11 = Institutional support of 特困 elders
rule-B12 = Visits to elders in special difficulty
rule-B13 = Free home-care hours for elders in special difficulty
rule-B14 = Elderly capability assessment
rule-B15 = Home adaptation for elders living alone or aged 80+, one-key alarm
rule-B16 = Legal aid and reduced fees for a first notarisation
rule-B17 = Priority admission to public care homes, family-planning special families
rule-B18 = Priority care for disabled veterans, veterans and martyrs' families
rule-B19 = Care-service subsidy, 重点优抚对象 and organ donors' families
rule-B20 = Institutional support for persons disabled by a 见义勇为 act
rule-B21 = Hukou transfer of parents joining an adult child
rule-B22 = Basic pensions
rule-B23 = Community day care
rule-B24 = Assistance for vagrant elders
rule-B25 = Carers' leave
rule-B26 = Family care beds and home visits by contracted doctors
rule-B27 = Elderly-care vouchers
rule-C1 = Long-term care insurance coverage
rule-C2 = Long-term care insurance contribution
rule-C3 = Long-term care insurance care services
rule-C4 = Long-term care disability assessment
rule-C5 = Long-term care training subsidy

## Conditions

cond-eld-record = Elderly-service facts recorded
cond-eld-elderly = Age (60 or over: elderly)
cond-eld-dependency-level = Disability level (capability assessment or dependency tier)
cond-eld-moderate-severe-disability = Moderately or severely disabled (level 0 able to 3 severe)
cond-eld-moderate-severe-dementia = Moderately or severely demented (level 0 none to 3 severe)
cond-eld-own-hukou-wenzhou = Own hukou in Wenzhou
cond-eld-below-centenarian = Age (under 100; from 100 the longevity health subsidy instead)
cond-eld-centenarian = Age (100 or over)
cond-eld-attends-care-training = Attends care or other vocational training
cond-eld-supporters-unable = All supporters dead or unable to support because of injury, illness or disability
cond-eld-disability-grade-1-2 = Disability grade (1 or 2)
cond-eld-intellectual-mental-3-4 = Grade 3 or 4 intellectual or mental disability
cond-eld-hardship-after-dibao = Still in hardship after the 低保 payment
cond-eld-tekun-dispersed = 特困 supported at home
cond-eld-tekun-centralized = 特困 supported in an institution
cond-eld-gua = Without spouse or children (孤寡)
cond-eld-lives-alone = Lives alone
cond-eld-empty-nest = Empty nest
cond-eld-left-behind = Left behind
cond-eld-no-de-facto-carer = Nobody looks after them in practice
cond-eld-severe-disability = Severely disabled (grade 1 or 2)
cond-eld-fp-special-family = Family-planning special family (only child died or disabled)
cond-eld-resident = Lives here habitually
cond-eld-not-assessed = No capability assessment yet
cond-eld-first-notarisation = First notarisation of a certificate or will
cond-eld-notary-free-age = Age (above 80: free)
cond-eld-notary-half-age = Age (70 to 80: half fee)
cond-eld-notary-fee-share = Share of the notary fee waived
cond-eld-legal-need = Needs legal services
cond-eld-disabled-veteran = Disabled service member
cond-eld-martyr-family = Family of a martyr or of a service member who died on duty or of illness
cond-eld-key-youfu = Key entitled group (重点优抚对象)
cond-eld-organ-donor-family = Family member of a human organ donor
cond-eld-good-samaritan-disabled = Disabled by a 见义勇为 act, completely unable to work
cond-eld-family-support-difficult = The family has difficulty supporting them
cond-eld-hukou-outside-wenzhou = Own hukou outside Wenzhou
cond-eld-lives-with-urban-child = Lives with an adult child holding a Wenzhou urban family hukou
cond-eld-vagrant = Vagrant or beggar with no means of living
cond-ltc-employee-scheme = Enrolled in Wenzhou's employee medical insurance (in service, retired or flexible)
cond-ltc-resident-not-covered = Enrolled in resident medical insurance: not covered by long-term care insurance (employee scheme only)
cond-ltc-retired = Retired
cond-ltc-signs-of-disability = Largely or totally dependent

## Codes

code-capability-able = Able
code-capability-mild = Mildly disabled
code-capability-moderate = Moderately disabled
code-capability-severe = Severely disabled
code-scheme-employee = Employee medical insurance
code-scheme-employee-flexible = Employee medical insurance (flexible worker)
code-scheme-resident = Resident medical insurance
code-scheme-none = Not insured

## Referrals

refer-B5 = The county sets the conditions of the care allowance for disabled elders: check the local rules; if another care allowance is paid too, the civil-affairs office decides whether they stack.
refer-B6 = A family member attends care training: a vocational training subsidy can be claimed from 人力社保.
refer-B8 = The care subsidy may overlap with another care allowance, or its tier needs checking for a self-caring person: the civil-affairs office decides.
refer-B3 = The care-service subsidy may overlap with another care allowance: the civil-affairs office decides whether they stack.
refer-B9 = Still in hardship after the 低保 payment: the civil-affairs office takes the necessary measures (temporary assistance, case by case).
refer-B14 = No capability assessment on file: refer to the county civil-affairs office for a free assessment.
refer-B16 = A legal need: refer to the justice bureau for legal aid.
refer-B20 = May apply for priority placement in a public care home (county civil affairs where they live), or be placed under the 见义勇为 rules by the county of the act: the officer chooses.
refer-B24 = A vagrant or begging elder: refer to the assistance station.
refer-C3 = Long-term care services may overlap with other care allowances: civil affairs and the medical-insurance bureau decide.
refer-C4 = Insured under the employee scheme and largely or totally dependent, but not assessed under long-term care insurance: apply to the medical-insurance bureau for an assessment.

## Stacking

stack-longevity = The longevity allowance and the longevity health subsidy are not paid together; the allowance of 6号 and of 75号 is paid once, the higher.
stack-care-service-subsidy = The care-service subsidies for hardship, for elders without able supporters and for 重点优抚对象 are one subsidy: paid once, the higher.
stack-hardship-care-subsidy = While 6号 is in force, the care-service subsidy of 低保/低边 elders is paid at 6号's standard, not again under 75号.
stack-ltc-benefit = Long-term care insurance is one benefit: shown once.
stack-care-allowance = Care allowances, disability care subsidies, care-service subsidies and long-term care insurance may overlap and no clause says whether they stack: the officer decides.

## Facts

fact-elderly_services = Elderly-service facts
fact-elderly_services-resident_locally = Lives here habitually
fact-elderly_services-hukou_outside_wenzhou = Own hukou outside Wenzhou
fact-elderly_services-lives_with_urban_hukou_child = Lives with an adult child holding a Wenzhou urban family hukou
fact-elderly_services-lives_alone = Lives alone
fact-elderly_services-gua = No spouse and no children (孤寡)
fact-elderly_services-empty_nest = Empty nest
fact-elderly_services-left_behind = Left behind
fact-elderly_services-no_de_facto_carer = Nobody looks after them in practice
fact-elderly_services-supporters_dead_or_unable = All supporters dead or unable to support
fact-elderly_services-capability = Capability assessment (not assessed, able, mild, moderate, severe)
fact-elderly_services-dementia_level = Dementia level (none, mild, moderate, severe)
fact-elderly_services-key_youfu = Key entitled group (重点优抚对象)
fact-elderly_services-organ_donor_family = Family member of a human organ donor
fact-elderly_services-disabled_veteran = Disabled service member
fact-elderly_services-martyr_family = Family of a martyr or of a service member who died
fact-elderly_services-hardship_after_dibao = Still in hardship after the 低保 payment
fact-elderly_services-vagrant = Vagrant or beggar with no means of living
fact-elderly_services-good_samaritan_disabled = Disabled by a 见义勇为 act and unable to work
fact-elderly_services-family_support_difficult = The family has difficulty supporting them
fact-elderly_services-legal_need = Needs legal services
fact-elderly_services-first_notarisation = First notarisation of a certificate or will
fact-elderly_services-attends_care_training = Attends care training for a disabled elder
cond-eld-disabled-elder-in-household = Another member of the household is a disabled elder
cond-eld-care-allowance-local = The care allowance is set locally and the local standards do not set it (eld_disabled_care_allowance)
cond-eld-notary-fee-local = The notary fee is set locally and the local standards do not set it: the amount waived is not computed (eld_notary_base_fee)
cond-ltc-value-local = The monthly value of the care services is set locally and the local standards do not set it (ltc_benefit_monthly_value)
