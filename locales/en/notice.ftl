# The four groups of results and the notice's next steps (window, command line and notice).

group-granted = Benefits the household can receive
group-to-check = To check: documents to bring, or a department decides
group-near-miss = Near misses: the household is in the target group, but a condition is not met
group-not-applicable = Rules that do not apply to this household
group-not-applicable-count = { $count } further rules do not apply to this household (it is outside their target group) and are not listed.
group-not-applicable-show = Add --all on the command line to list them.
group-none = (none)
group-decides = decided by the { $department }
dept-civil_affairs = civil affairs bureau (民政)
dept-medical_security = medical security bureau (医保)
dept-education = education bureau (教育)
dept-housing = housing and urban-rural development bureau (住建)
dept-human_resources = human resources and social security bureau (人力社保)
dept-disabled_persons = Disabled Persons' Federation (残联)
dept-veterans_affairs = veterans affairs bureau (退役军人事务)
dept-health = health commission (卫健)
dept-trade_union = trade union (工会)
dept-public_security = public security bureau (公安)
dept-expropriation = house expropriation office (房屋征收部门)
proof-status = recognition of 低保 (minimum living allowance), 低边 or low-income farmer status
proof-tekun = recognition as a person in extreme poverty (特困)
proof-hukou = household register (户口簿) and identity cards
proof-disability-certificate = disability certificate (残疾人证)
proof-income = proof of income (wages, business and other income)
proof-assistive-device = assessment of the assistive device needed
proof-lease = tenancy agreement and rent receipts
proof-property = proof of housing (real-estate register)
proof-school = proof of school enrolment (学籍)
proof-medical-bills = medical bills and insurance settlement statements
proof-medical-diagnosis = hospital diagnosis or medical records
proof-veteran = veteran's or entitled family's certificate
proof-care-assessment = assessment of an elder's abilities or of disability for care
proof-employment = labour contract and social-insurance contribution record
proof-graduate = graduation certificate and employment status
proof-business = business licence and other start-up documents
proof-good-samaritan = confirmation of a righteous act (见义勇为) and related documents
proof-relocation = expropriation decision and compensation agreement
proof-residence-permit = residence permit
proof-other = other supporting documents
notice-summary = Summary of the assessment
notice-col-benefit = Benefit
notice-col-result = Result
notice-col-amount = Amount and period
notice-col-department = Decided by
dept-civil_affairs-short = civil affairs
dept-medical_security-short = medical security
dept-education-short = education
dept-housing-short = housing
dept-human_resources-short = HR & social security
dept-disabled_persons-short = DPF (残联)
dept-veterans_affairs-short = veterans affairs
dept-health-short = health
dept-trade_union-short = trade union
dept-public_security-short = public security
dept-expropriation-short = expropriation
notice-col-clause = Clause
notice-next-steps = Next steps
notice-departments = Where each item is decided (usually; local practice prevails)
notice-documents = Please bring these documents; the assessment can then be run again
notice-proves = for: { $facts }
notice-office-values = Local standards the office has not yet set (the office adds them; nothing for the household to bring): { $keys }
notice-apply = If you are unsure where to apply, ask at the social-assistance window of the township government or sub-district office where your household is registered.
notice-not-a-decision = This notice is an assessment to help the application, not an administrative decision. Whether a benefit is granted, and its amount, is decided by the department concerned according to law.
notice-objection = If you disagree with a department's decision, you can raise it with that department, or apply for administrative reconsideration or bring an administrative lawsuit according to law.
notice-annex = Annex: conditions, clauses and calculations
notice-annex-hint = The conditions, the verbatim clauses and the calculations behind each result, for checking.
notice-law-in-force = Documents and parameters applied
notice-prescreen = Pre-screening
calc-dibao-allowance = (dibao standard { $a } - counted income per head { $b }) × { $c } persons = { $result } per month
calc-income-item = Member { $n }: { $kind } { $amount } ({ $period })
calc-income-disregard = Not counted under { $rule } ({ $name }): { $amount }
calc-income-per-capita = Counted household income { $counted } per month ÷ { $n } persons = { $per_capita } per head per month
calc-income-low = If every undecided disregard applies: counted income { $counted } per month, { $per_capita } per head
screen-dibao = May qualify for dibao (低保, minimum living allowance): counted income per head is { $per_capita } a month, below the dibao standard of { $standard } (short by { $gap }). Apply to the civil affairs bureau for recognition (it also checks assets); at these figures the allowance would be about { $allowance } a month.
screen-dibian = May qualify for dibian (低边, the margin above dibao): counted income per head is { $per_capita } a month, not below the dibao standard { $dibao } and below the dibian standard { $dibian }. Apply to the civil affairs bureau for recognition (it also checks assets).
screen-tekun = Member { $n } may meet the conditions for support as a person in extreme poverty (特困: unable to work, no means of living, no one legally bound and able to support them; national Interim Measures on Social Assistance, art. 14, not a Wenzhou gazette). Apply to the civil affairs bureau for recognition.
declared-difference = The household declares { $amount } yuan { $period } received; computed minus declared: { $difference } yuan
declared-only = The household declares { $amount } yuan { $period } received
notice-declared = Declared and computed
declared-same = The household declares { $amount } yuan { $period } received, the same as computed
calc-tekun-floor = The higher of: urban consumption per head last year { $a } × { $b }, and the dibao standard { $c } × { $d } × 12 months; = { $result } per year (at least)
calc-care-fee = Monthly minimum wage { $a } × rate { $b } = { $result } per month
calc-care-fee-dispersed = Monthly minimum wage { $a } × rate { $b } × { $c } = { $result } per month
calc-hardship-worker-support = Dibao standard { $a } × { $b } months = { $result } per year (at most)
calc-veteran-supplement = Dibao standard { $a } × { $b } = { $result } per month (at least)
calc-rent-flat = Average market rent { $a } per month × subsidy rate { $b } = { $result } per month
calc-rent-shortfall = Guaranteed area { $a } sq m per person × { $b } persons - owned housing { $c } sq m = shortfall { $result } sq m
calc-rent-area = Shortfall { $a } sq m × average market rent { $b } per sq m and month × subsidy rate { $c } = { $result } per month
calc-medical-aid = Compliant medical costs { $a } × aid rate { $b } = { $result }
calc-medical-aid-deductible = (compliant medical costs { $a } - deductible { $b }) × aid rate { $c } = { $result }
calc-medical-aid-cap = { $a } is above the annual aid limit { $b }: { $result }
calc-utility-water = Water { $a } t × { $b } yuan per t = { $result }
calc-utility-power = Power { $a } kWh × { $b } yuan per kWh = { $result }
calc-utility-gas = Gas { $a } cu m × { $b } yuan per cu m = { $result }
calc-utility-catv = Cable TV maintenance fee { $a } per month × 12 months = { $result }
calc-utility-total = Total { $result } per year
notice-pending = Undetermined (assess again once the documents below are brought), by department:
notice-pending-count = { $count } benefits are undetermined until the documents below are brought; the annex lists each in English.
