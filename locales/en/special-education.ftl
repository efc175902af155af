# Messages of the rules of rules-other.md (special-education).
# 温政办〔2023〕68号 three-year plan for special education in Wenzhou.

## Benefit names

rule-A1 = 15 years of free education for certified disabled children (goal)
rule-A2 = Pre-enrolment assessment and placement of disabled children
rule-A3 = Free compulsory education for disabled students
rule-A4 = Free meals for certified disabled students at a special school
rule-A5 = Free senior-secondary schooling and national grant for disabled students
rule-A6 = Kindergarten care-fee subsidy for disabled children
rule-A7 = Transport subsidy for disabled students
rule-A8 = Priority fitting of assistive devices at school
rule-A9 = Priority of disabled children in rehabilitation funding
rule-A10 = Nearby school place and classroom aide for autistic children
rule-A11 = ADHD, learning disabilities and gifted children in special education (exploratory)
rule-A12 = Special-education placement of children with severe or multiple disabilities
rule-A13 = Vocational training and exam accommodations for disabled students

## Conditions

cond-sped-assessed-disabled = Recognised as a disabled student without a certificate
cond-sped-age-min = Age (3 or over)
cond-sped-age-max = Age (18 or under)
cond-sped-not-enrolled = Not in school
cond-sped-aid-conditions = Meets the aid conditions (confirmed by the school)
cond-sped-special-school = Studies at a special-education school
cond-sped-high-school = Studies at a senior secondary school (vocational by parameter)
cond-sped-kindergarten = Attends a kindergarten
cond-sped-basic-education = In school from kindergarten to senior secondary
cond-sped-child = Age (under 18)
cond-sped-autism = Identified as autistic
cond-sped-autism-identified = Identified as autistic through the 认定 procedure (special-education record)
cond-sped-severe = Severe disability (grade 1 or 2)
cond-sped-multiple = Multiple disabilities
cond-sped-secondary-or-above = In junior secondary school or above

## Placements

code-sped-regular-class = Regular class of an ordinary school
code-sped-special-class = Special or satellite class of an ordinary school
code-sped-special-school = Special-education school
code-sped-home-teaching = Taught at home
code-sped-institution = Teaching point of a rehabilitation or welfare institution

## Parameter checks

warn-sped-transport-below-floor = { $clause }: { $area } from { $date }: the disabled students' transport subsidy { $actual } yuan per semester is below the floor of { $limit } yuan.

## Facts to ask

fact-special_education = Special-education placement
fact-special_education-placement = Placement (regular class, special class, special school, taught at home…)
fact-special_education-assessed_disabled = Recognised as a disabled student without a certificate
fact-special_education-aid_conditions_met = Does the school confirm the aid conditions are met
fact-special_education-meal_fee_per_semester = Meal fee of the special school per semester (yuan)
fact-special_education-autism = Identified as autistic
