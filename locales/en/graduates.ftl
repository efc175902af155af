# Messages of the rules of rules-other.md (graduates).
# 温政办〔2022〕35号 opinions on student entrepreneurship at Wenzhou universities.

## Benefit names

rule-F1 = One-off start-up subsidy for students and graduates
rule-F2 = Tax relief for graduates running an individual business
rule-F3 = VAT exemption of small-scale taxpayers
rule-F4 = Guaranteed start-up loan for graduates
rule-F5 = Free incubator space and start-up subsidy
rule-F6 = Subsidy for prize-winning competition projects (enterprise)
rule-F7 = Support for students in hardship and after a failed business

## Conditions

cond-grad-founded-within-years = Founded as a student or within 5 years of graduation
cond-grad-operating-months = Operating for a year (months)
cond-grad-first-business = First business
cond-grad-legal-representative = Legal representative of the enterprise
cond-grad-wenzhou-university = Student or graduate of a Wenzhou university
cond-grad-operating-normally = Operating normally
cond-grad-individual-business = Runs an individual business (个体工商户)
cond-grad-registered-in-graduation-year = Registered in the year of graduation
cond-grad-tax-window = Within 36 months from the registration month
cond-grad-incubator = In a government-funded incubator
cond-grad-startup-failed = The business failed

## Stacking

stack-startup-loan = Only one guaranteed start-up loan is granted: the higher ceiling applies.

## Facts to ask

fact-graduate-wenzhou_university = Student or graduate of a Wenzhou university
fact-startup-first_business = Is it the first business
fact-startup-legal_representative = Legal representative of the enterprise
fact-startup-operating_normally = Is the business operating normally
fact-startup-tax_payable_this_year = Taxes payable this year (VAT etc., yuan)
fact-startup-in_government_incubator = In a government-funded incubator
fact-startup-failed = Did the business fail
