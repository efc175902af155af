### Household facts (fact-): what the officer enters or checks.

## Household

fact-reference = Case reference or note
fact-hukou_area = Hukou (household registration) area
fact-rural = Rural hukou
fact-status = Household status (低保, 低边 or neither)
fact-low_income_farmer = Low-income farmer household (低收入农户)
fact-hardship_worker_family = Hardship worker family registered by the trade union
fact-fp_hardship_family = Family-planning hardship family (计生困难家庭)
fact-youfu_family = Entitled family (优抚) receiving a regular state pension
fact-county_special_hardship = Other special hardship recognised by the county
fact-hardship_event = Hardship after a sudden event, accident or serious illness
fact-complex_case = Complex case that current assistance cannot solve (一事一议)
fact-housing = Housing
fact-utilities = Water, gas and cable TV connections
fact-members = Household members

## Housing

fact-housing-tenure = How the household lives (own home, private rental, public rental, other)
fact-housing-owns_housing_in_shiqu = Any member owns housing in 市区
fact-housing-owned_floor_area_m2 = Floor area of owned housing (㎡)
fact-housing-rent_monthly = Monthly rent paid (yuan)
fact-housing-housing_security_eligible = Passes the housing-security income and asset test (other eligible household)
fact-housing-rental_priority_group = Other priority group for public rental (lone elderly, adult orphan, model worker…)
fact-housing-dilapidated_renovation = Rural dangerous-house renovation
fact-housing-dilapidated_renovation-kind = Renovation type (new build or repair)
fact-housing-dilapidated_renovation-floor_area_m2 = Floor area of the new build (㎡)
fact-housing-dilapidated_renovation-recognised = House recognised as dangerous and assistance conditions met
fact-housing-anju_project = Anju Yuanmeng project of a low-income farmer (relocation, self-build, purchase, rebuild)

## Utilities

fact-utilities-piped_gas = Has piped natural gas
fact-utilities-cable_tv = Has cable TV

## Members

fact-name = Name
fact-id_number = ID card number
fact-relationship = Relationship to the applicant
fact-birth_date = Date of birth
fact-sex = Sex
fact-tekun = Tekun (特困) status and form of support
fact-self_care = Self-care ability (assessed level)
fact-veteran = Veteran
fact-disabled = Holds a disability certificate
fact-disability_category = Disability category
fact-disability_grade = Disability grade (1 to 4)
fact-orphan = Orphan status (orphan or child without de facto support)
fact-vulnerable_child = Vulnerable child recognised by 民政
fact-schooling = Current schooling
fact-student_aid_recipient = Student aid recipient
fact-adult_exam_certificate = Adult-exam or self-study certificate obtained this year
fact-adult_not_independent = Adult not yet living independently
fact-tuition_paid_yearly = Tuition paid this year (yuan)
fact-medical_scheme = Basic medical insurance (resident, employee or none)
fact-resident_pension_enrolled = In resident basic pension insurance
fact-supplementary_insurance_enrolled = In the supplementary health insurance (惠民保)
fact-chronic_outpatient = Treated for a chronic disease as outpatient
fact-retired_employee = Retired employee in employee medical insurance
fact-chronic_disease_count = Number of chronic diseases
fact-special_disease = Has a listed outpatient special disease
fact-medical = Medical costs this year (from the settlement slips)
fact-veteran_medical_aid_used = Veterans' medical assistance already received this insurance year (yuan)
fact-frontline_worker = Front-line bus or sanitation worker
fact-frontline_rent_months_received = Months of front-line rent subsidy already received
fact-in_kind_rental_allocated = Has been allocated rental housing in kind
fact-parent_residence_permit_years = Years a parent or guardian has held a Zhejiang residence permit in Wenzhou
fact-labour_contract_years = Years of the labour contract with the current employer
fact-employer_contribution_months = Consecutive months of social insurance or income tax paid through the employer
fact-incomes = Incomes

## Income items

fact-incomes-kind = Kind of income
fact-incomes-amount = Amount (yuan)
fact-incomes-period = Period of the amount (month, year or once)
fact-incomes-job_start = Start date of this job or business
fact-incomes-first_job_since_recognition = First job or business since the household became 低保/低边
fact-incomes-received_on = Date a one-off sum (e.g. crop compensation) was received

## Medical costs (settlement slip)

fact-medical-setting = Type of care (inpatient, special-disease outpatient, chronic outpatient, general outpatient, home bed)
fact-medical-designated = At a designated (定点) institution
fact-medical-total = Total cost (yuan)
fact-medical-out_of_scope = Cost outside the policy scope (yuan)
fact-medical-basic_insurance_paid = Paid by basic medical insurance (yuan)
fact-medical-critical_illness_paid = Paid by critical-illness insurance (yuan)
fact-medical-supplementary_paid = Paid by supplementary insurance (惠民保 etc.) (yuan)
fact-parent_residence_permit = A parent or guardian holds a Zhejiang residence permit issued in Wenzhou
