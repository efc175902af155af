### The printed assessment (PDF), signing and verification

pdf-title = Wenzhou assistance assessment: notice of results
pdf-office = Office
pdf-officer = Officer
pdf-date = Assessment date
pdf-engine = Program version
pdf-params = Parameters
pdf-determination-id = Determination id
pdf-members = Household members
pdf-signatures = Signatures
pdf-officer-signature = Officer's signature
pdf-e-signed = Electronically signed by
pdf-household-signature = Applicant (for the household)
pdf-sign-date = Date
pdf-page = Page
pdf-unsigned-hint = This notice is not electronically signed. The QR code holds the determination id and a digest of its content.
pdf-verify-hint = This notice is electronically signed; verify it offline with `wenzhou-assess verify`. The QR code holds the determination id and a digest of its content.
cli-pdf-written = Report written: { $file }
cli-pdf-signed = Signed electronically by { $signer }.
cli-key-created = Signing key created for { $officer }: { $file }
cli-passphrase-needed = Signing needs the passphrase: set the environment variable WENZHOU_ASSESS_PASSPHRASE.
cli-verify-valid = Signature is valid; it covers the whole file, and nothing changed since signing.
cli-verify-invalid = Signature is NOT valid: the file was changed after signing, or the signature is damaged.
cli-verify-not-whole = The signature itself is valid, but the file was extended or changed after signing: it covers only part of the file.
cli-verify-format-pades = Format: PAdES baseline B-B (ETSI.CAdES.detached, signing certificate bound)
cli-verify-format-pkcs7 = Format: adbe.pkcs7.detached (as older notices were signed)
cli-verify-signer = Signer: { $signer }
cli-verify-time = Signed at: { $time }
cli-verify-rerun-ok = Assessed again under the same rules and parameters: the results match the notice.
cli-verify-rerun-differs = Assessed again, the results differ from the notice: { $rules }
cli-verify-rerun-not-possible = Cannot assess again: { $reason }
pdf-appendix = Training appendix: scenarios compared (not part of the assessment)
pdf-layer-update = Policy update
pdf-layer-local = Local standards
pdf-layer-scenario = Training scenario (not official)
pdf-historical = Historical assessment: made under the rules in force on { $date }; { $docs } have lapsed since (last day in brackets) and are no longer in force on the day of printing.

## The sweep chart (sweep --out curve.png)
chart-sweep-title = Net income and cash benefits per month as the value changes
chart-sweep-y = Yuan per month
chart-x-wages = Wages per month (yuan)
chart-x-rent = Rent per month (yuan)
chart-x-age = Age (years)
chart-x-grade = Disability grade
chart-x-size = Household size

## The office certificate authority (office …) and the signer's trust in verify
cli-pin-needed = Signing with a USB key needs its PIN: set the environment variable WENZHOU_ASSESS_PIN.
cli-verify-trusted = Certified by "{ $ca }", an office this laptop trusts.
cli-verify-not-trusted = Certified by "{ $ca }", an office this laptop does not trust: the file is intact, but who signed it is not proven.
cli-verify-revoked = Certified by "{ $ca }", which revoked the certificate on { $since }.
cli-verify-self-certified = The certificate has no issuing office: the file is intact, but who signed it is not proven.
cli-office-passphrase = A passphrase is needed: set the environment variable { $var }.
cli-office-failed = The certificate operation failed: { $detail }
cli-office-chain = The file must hold the officer's certificate and the office's. { $detail }
cli-office-ca-created = Office CA created: { $file } (keep it safe); hand the office certificate { $cert } to the laptops. Fingerprint: { $fingerprint }
cli-office-request-written = Certificate request written: { $file }. Take it to the office's administrator; the private key stays on this laptop.
cli-office-key-algorithm = This laptop already has a { $held } key; a request is made with the key the laptop holds. To change algorithm, move the key store aside and make the request again (the key is then made anew).
cli-office-request-token = Certificate request made by the USB key: { $file }. Take it to the office's administrator; the private key stays on the key.
cli-office-issued = Certificate issued to "{ $subject }": { $file }
cli-office-installed = Certificate "{ $subject }" installed, issued by "{ $ca }".
cli-office-revoked = "{ $subject }" revoked from { $date }; revocation list: { $file }. Hand it to the laptops to import.
cli-office-trusted = This laptop now trusts the office certificate.
cli-office-crl-imported = Revocation list of "{ $issuer }" imported ({ $count } certificates).
