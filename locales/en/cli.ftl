### Command-line texts: title, header, column names, rule list, parameters and error messages.

cli-title = Wenzhou assistance assessment
cli-header = Assessment date: { $date }; parameters: { $pack }; determination: { $id }
cli-income = { $members ->
    [one] 1 member
   *[other] { $members } members
}; counted income per person: { $per_capita } yuan per month
cli-totals = Cash totals (benefits with an exact amount): { $monthly } yuan per month; { $yearly } yuan per year; { $once } yuan once
cli-reasons = Benefits and reasons:
cli-ineligible = Not eligible (the condition not met):

col-rule = Rule
col-benefit = Benefit
col-outcome = Outcome
col-amount = Amount
col-clause = Clause

cli-rules-header = Rules in force on { $date }:
cli-rules-count = { $count ->
    [one] 1 rule.
   *[other] { $count } rules.
}
rules-implemented = implemented
rules-refer-only = implemented (referral or priority only)
rules-not-evaluated = not assessed per household
rules-later = not yet implemented

params-not-set = not set

error-read = Could not read the file: { $detail }
error-write = Could not write the file: { $detail }
error-household = The household file cannot be used; nothing was changed. { $detail }
error-household-detail = The household data is wrong: { $error }
error-params = The parameter pack is wrong: { $detail }
error-area = Unknown area code: { $detail }. Use one of: shi_ben_ji, lucheng, longwan, ouhai, dongtou, city_functional_zone, ruian, yueqing, longgang, yongjia, pingyang, cangnan, wencheng, taishun, outside_wenzhou.
cli-store-passphrase-needed = Give the case store's passphrase in the environment variable WENZHOU_ASSESS_STORE_PASSPHRASE.
cli-audit-ok = The audit log is complete: { $count } entries, hash chain verified.
error-case-passphrase = Wrong passphrase for the case store; nothing was changed.
error-case-damaged = A record in the case store is damaged or was altered: { $detail }
error-case-not-found = No such case: { $detail }
error-case-too-new = The case store was written by a newer version of this program; please upgrade. { $detail }
error-case-transfer = The transfer file cannot be imported; the case store is unchanged: { $detail }
error-case-store = The case store cannot be used; what was saved is untouched: { $detail }
cli-transfer-passphrase-needed = Give the transfer file's passphrase in the environment variable WENZHOU_ASSESS_TRANSFER_PASSPHRASE (tell the recipient by another channel).
cli-exported = Exported { $count } cases to { $file } (encrypted, with the consent record).
cli-compare-title = Comparison
cli-compare-column = { $label } (assessed on { $date }): { $monthly } yuan a month, { $yearly } yuan a year
cli-compare-not-in-force = not in force
cli-compare-changed = Benefits that change:
cli-compare-none = none
cli-compare-unchanged = { $count } other benefits have the same result.
cli-compare-too-many = Compare at most 3 scenarios or dates.
cli-batch-input = Give a household file, or --generate N for a synthetic caseload.
cli-batch-progress = Assessed { $done } / { $total } households
cli-batch-title = Batch: { $count } households, assessed on { $date }
cli-batch-scenario = [{ $label }] { $monthly } yuan a month, { $yearly } yuan a year, { $once } yuan once ({ $invalid } households could not be assessed)
cli-batch-difference = Against the baseline: { $monthly } yuan a month, { $yearly } yuan a year
cli-batch-by-area = Yearly amounts by hukou area:
cli-batch-area-unknown = hukou area unknown
