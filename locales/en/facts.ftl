### Household facts (fact-): what the officer enters or checks.

## Household

fact-reference = Case reference or note
fact-hukou_area = Hukou (household registration) area
fact-rural = Rural hukou
fact-status = Household status (低保, 低边 or neither)
fact-first_enterprise_subscription_over = Breaches the limits because of a first-time enterprise subscription
fact-low_income_farmer = Low-income farmer household (低收入农户)
fact-hardship_worker_family = Hardship worker family registered by the trade union
fact-fp_hardship_family = Family-planning hardship family (计生困难家庭)
fact-youfu_family = Entitled family (优抚) receiving a regular state pension
fact-county_special_hardship = Other special hardship recognised by the county
fact-hardship_event = Hardship after a sudden event, accident or serious illness
fact-complex_case = Complex case that current assistance cannot solve (一事一议)
fact-fp_family = Family-planning situations recognised by 卫健 (6号 第7条)
fact-fp_family-serious_illness = A member of the 计生 hardship family is seriously ill
fact-fp_family-only_child_lost_or_disabled = The only child died or is disabled
fact-fp_family-special_hardship = Family-planning family in special hardship
fact-fp_family-left_behind_member = Has a left-behind child, woman or elderly person
fact-fp_family-special_support_couple = The couple meets the special support (特别扶助) conditions
fact-fallen_service_member = A service member of the family who died
fact-fallen_service_member-cause = How the service member died
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
fact-junior_high_graduate = Junior-high graduate (this year or earlier)
fact-hukou_in_zhejiang = Hukou in Zhejiang (outside Wenzhou) rather than outside the province
fact-wenzhou_school_registration = Holds a school registration (学籍) in Wenzhou
fact-wenzhou_junior_high_years = Years of continuous junior-high study with a 学籍 in Wenzhou
fact-labour_contract_years = Years of the labour contract with the current employer
fact-employer_contribution_months = Consecutive months of social insurance or income tax paid through the employer
fact-incomes = Incomes

## Members: elderly care, children, disability, employment, new citizens

fact-care_dependency = Dependency in daily living (totally, largely, partly, none)
fact-dementia = Dementia (失智)
fact-elderly_care_setting = Home care or care institution (public or social)
fact-institution_placement_approved = Placement in an institution approved by the county 民政
fact-ltc_assessment = Long-term care insurance assessment
fact-ltc_assessment-severe_disability = Assessed as severely disabled (重度失能) under long-term care insurance
fact-hiv_infected = Child registered by 民政 as infected with HIV
fact-rehab = Rehabilitation training of a disabled child
fact-rehab-kind = Kind of disability trained for (visual, hearing, speech, physical, intellectual, multiple, autism, other)
fact-rehab-designated = Training at a designated (定点) institution
fact-rehab-monthly_fee = Training fee per month (yuan)
fact-rehab-months = Months of training this year
fact-rehab-deferment_certificate = Deferment certificate after the special-education committee's assessment
fact-mental_illness = Severe mental illness
fact-mental_illness-risk_class = Risk class (none, I, II)
fact-mental_illness-guardian_fulfils_duty = The guardian effectively performs the duty
fact-mental_illness-community_managed = Under village or community management
fact-mental_illness-long_acting_injection = Approved for long-acting injection treatment
fact-mental_illness-outpatient_antipsychotics = Needs basic antipsychotics as outpatient
fact-mental_illness-antipsychotic_cost = Antipsychotic costs this year within the drug list (yuan)
fact-mental_illness-antipsychotic_insurance_paid = Of which paid by basic insurance (yuan)
fact-assistive_device = Assistive device needed
fact-assistive_device-price = Price of the device (yuan)
fact-assistive_device-reference_price = Reference price in the provincial catalogue (yuan)
fact-assistive_device-within_service_life = A device of this kind was subsidised and is within its service life
fact-veteran_category = Veteran category (commended, county hardship, other)
fact-employment_difficulty = Recognised as a person with employment difficulties
fact-welfare_post = Public-welfare post
fact-welfare_post-social_insurance_paid = Social insurance paid for the post
fact-flexible_employment = Flexible employment insured as an individual
fact-flexible_employment-contributions_yearly = Social insurance paid by the person this year (yuan)
fact-flexible_employment-subscribed_capital = Capital subscribed in enterprises (yuan)
fact-flexible_employment-household_private_vehicle = The household owns a non-commercial vehicle
fact-flexible_employment-months_received = Months of subsidy already received
fact-flexible_employment-first_approved_on = Date the subsidy was first approved
fact-flexible_employment-retirement_date = Statutory retirement date
fact-graduate = University graduate or graduating student
fact-graduate-graduation_year = Year of graduation
fact-graduate-left_school_on = Date of leaving school
fact-graduate-employed = Employed since leaving school
fact-graduate-student_loan = Received a national student loan
fact-unemployment = Out of work and seeking work
fact-unemployment-registered = Registered as unemployed
fact-startup = Business founded
fact-startup-kind = Kind of business (individual business or enterprise)
fact-startup-founded_on = Date founded
fact-startup-founder_group = Founder's key group for guaranteed loans
fact-residence_permit = Own Zhejiang residence permit (Wenzhou, elsewhere in Zhejiang, none)
fact-zhejiang_registration_months = Months of residence registration in Zhejiang across cities or counties
fact-registered_in_wenzhou = Residence now registered in Wenzhou
fact-spring_festival_2023 = Non-local worker at the 2023 Spring Festival (温政办〔2022〕94号)
fact-spring_festival_2023-origin = Where the worker comes from (if the ID number is not recorded)
fact-spring_festival_2023-stayed_in_wenzhou = Stayed in Wenzhou from 6 January to 5 February 2023
fact-spring_festival_2023-returned_on_own = Returned to work on their own
fact-spring_festival_2023-pension_jan_feb_2023 = In employee pension insurance in January and February 2023
fact-spring_festival_2023-employer_in_shiqu = Employer registered and paying taxes in 市区
fact-spring_festival_2023-paired_region_poverty_alleviated = Lifted out of poverty, from a paired-assistance region

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
fact-declared-rule = Benefit
fact-declared-amount = Amount received (yuan)
fact-declared-period = Period
