### Command-line texts: title, header, column names, rule list, parameters and error messages.

cli-title = Wenzhou assistance assessment
cli-header = Assessment date: { $date }; parameters: { $pack }; determination: { $id }
cli-income = { $members ->
    [one] 1 member
   *[other] { $members } members
}; counted income per person: { $per_capita } yuan per month
cli-totals = Cash totals (benefits with an exact amount): { $monthly } yuan per month; { $yearly } yuan per year; { $once } yuan once
cli-totals-partial = Cash totals (benefits with an exact amount, of the rules assessed): { $monthly } yuan per month; { $yearly } yuan per year; { $once } yuan once. { $count } more rules were not assessed because their documents are not in force on the assessment date, and are not in the totals.

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
error-case-backup = The backup cannot be used; nothing was written: { $detail }
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

## Policy updates
cli-layer-left-out = Left out { $file }: { $detail }
update-no-data-dir = This system has no data folder to keep policy updates in (set WENZHOU_ASSESS_DATA_DIR).
update-error-malformed = Refused: this is not a policy update file, or it is damaged. Nothing was changed. ({ $detail })
update-error-signature = Refused: the signature does not match the content; the file was changed after signing or is damaged. Nothing was changed. ({ $detail })
update-error-untrusted = Refused: the publisher's certificate is not trusted on this laptop. Check its fingerprint and add it with "trust publisher" first. Nothing was changed. ({ $detail })
update-error-content = Refused: the content of the file is wrong. Nothing was changed. ({ $detail })
update-error-not-update = Refused: the file is not a valid policy update. Nothing was changed. ({ $detail })
update-error-conflict = Refused: it conflicts with an installed policy update. Nothing was changed. ({ $detail })
update-error-installed = This policy update is already installed; nothing was changed. ({ $detail })
update-error-certificate = Not a certificate file (PEM). ({ $detail })
update-error-io = A file could not be read or written: { $detail }
update-header = Policy update: { $publisher }, issued { $issued }
    Signed by: { $signer }
    Certificate SHA-256: { $fingerprint }
    Notices:
update-changes = It changes:
update-change-param = { $key } ({ $area }) from { $from }: { $old } → { $new }   cited: { $citation }
update-change-continued = { $doc } in force until: { $old } → { $new } (continued)   cited: { $citation }
update-change-repealed = { $doc } in force until: { $old } → { $new } (repealed)   cited: { $citation }
update-no-end = no end date
update-confirm = Accept and install this policy update? [y/N]
update-not-installed = Not installed; nothing was changed.
update-installed = Policy update installed: { $file }
update-list-installed = Installed policy updates (layered by date of issue):
update-list-none = (none)
update-list-trusted = Trusted publishers:
update-trust-show = Certificate: { $subject }
    SHA-256 fingerprint: { $fingerprint }
    Check this fingerprint with the publisher by telephone or official letter.
update-trust-confirm = Trust this publisher? [y/N]
update-trust-not-added = Not added.
update-trust-added = Publisher trusted; its policy updates can now be imported.
update-export-needs-notice = Name the notice(s) it carries out with --notice (文号 and title).
update-exported = Signed policy update written: { $file }
    Signer's certificate: { $cert } (SHA-256 { $fingerprint }); hand it to the receiving offices by another channel to check and trust.
params-documents = Documents and their periods:
params-document = { $doc }  { $from } to { $to }  { $state }
params-document-in-force = in force on this date
params-document-not-in-force = not in force on this date
params-repealed-by = Repealed by: { $notice }
cli-batch-left-out = { $count } households could not be read and were left out (where and why, for the first 100):
cli-col-reference = Household
cli-col-area = Hukou area
cli-col-members = Members
cli-col-monthly = Cash per month (yuan)
cli-col-yearly = Cash per year (yuan)
cli-col-once = Once (yuan)
cli-col-rules = Cash benefits
cli-col-gains = Households gaining
cli-col-losses = Households losing
cli-sheet-summary = Summary
cli-sheet-gains-losses = Gains and losses
cli-batch-progress-count = Assessed { $done } households
cli-sweep-range = Wrong range: the last value must not be below the first, the step must be above 0, and at most 100000 points.
cli-sweep-scenario = [{ $label }] { $points } points, { $cliffs } cliffs
cli-sweep-cliff = from { $from } to { $to } loses { $lost }; net income per month changes by { $change } yuan
cli-sweep-x = Value
cli-sweep-benefits = Cash benefits per month (yuan)
cli-sweep-net = Net income per month (yuan)
cli-sheet-left-out = Left out
cli-col-where = Where
cli-col-why = Why
cli-backup-written = Backed up to { $file }: { $cases } cases, { $entries } audit entries, { $files } policy files. Keep the backup on other media (a USB drive or the office's server).
cli-restored = Restored into { $dir }: { $cases } cases, { $entries } audit entries (each checked), { $files } policy files.
