<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Apertus Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curate, de-identify, sign off, fine-tune and evaluate the Swiss open language model Apertus, with an audit trail a regulator can follow. Apache-2.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit head</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the audit trail…</source>
        <extracomment>username → display name, for the sentences</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>{who} signed {n} {locale} {kind}: {meaning}</source>
        <extracomment>action → sentence; fields in braces come from the entry (see `_fields`).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} froze the hold-out “{name}” ({n} items) for evaluation, signing for {covers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} took the training snapshot “{name}” ({n} pairs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} marked snapshots {snapshots} superseded: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} imported {n} items from {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} set {n} item(s) to “{status}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} edited item {object} (revision {rev})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} changed the tags of item {object}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} wrote the de-identified revision {rev} of item {object}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} ran the de-identification detector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} marked {n} finding(s) as {decision}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} marked personal data the detector missed in item {object}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} registered the training run {object}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} started the worker of run {object}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} resumed run {object}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run {object} wrote its checkpoint at step {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run {object} recorded what it trained on and where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run {object} is training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run {object} completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run {object} failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run {object} was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run {object} was interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} started evaluating {checkpoint} of run {run}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} completed the evaluation of {checkpoint} of run {run}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evaluation of {checkpoint} of run {run} failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} signed the decision {decision} for {checkpoint} of run {object}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} added the user {object}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} received a signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} read the audit trail ({object})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} exported the audit package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} exported the evaluation report of run {object}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} exported a training set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} handed off run {object}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} created the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items</source>
        <extracomment>Stored field names a reader meets most, in words (others are shown with _ as spaces).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items per locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold-out items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print / PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change to this project, in order. Each entry&apos;s hash covers the one before it, so editing, deleting or reordering any entry breaks the chain from there on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is not open to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions (items.* for a prefix)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded head hash (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the sign-off record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-off record was written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute every hash of the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a head hash recorded earlier (shown after each verification): verification then also proves that no entries were cut off the end since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every signature, and the log lines shown, as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the audit package: log, verification, signatures, snapshots and runs in one zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All locales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source> at entry {seq}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Broken{where}.&lt;/b&gt; {problem}. Entries from there on cannot be trusted: keep this project as evidence and restore from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip archive (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit package written to {path} (chain {state}, SHA-256 {sha}…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the audit package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the audit chain, signatures and hashes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Intact.&lt;/b&gt; All {n} entries check out; head {head}…; {revs} revisions re-hashed, {sigs} signatures ({digital} digitally signed, {old} password-only from before keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BROKEN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BaselineActions</name>
    <message>
        <source>Evaluate the base model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the baseline report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base model is being evaluated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a use case first: the base model is evaluated on its frozen hold-out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate the base model alone on the frozen hold-out, before any run: later runs are compared against this evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate the base model first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the baseline report (a domain owner of the hold-out&apos;s locales, or an admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate the base model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base model (a folder or a Hugging Face id) to evaluate alone on the frozen hold-out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluating the base model on the frozen hold-out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline evaluation {id} of the base model alone on hold-out {holdout}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passes every regression check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fails {n} regression check(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no regression checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{locale}: chrF++ {score:.1f} [{low:.1f}, {high:.1f}] on {n} items; {checks}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the baseline report of {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature covers each locale&apos;s chrF++ with its interval, the regression checks&apos; pass rate, fidelity and whether the base already passes every regression check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline report signed by {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base model is compared against baseline evaluation {id} (its report is not signed yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base model is compared against baseline evaluation {id} (signed by {signed}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <source>Reject signed-off items</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the selected item(s) are signed off: rejecting them voids their sign-off. Why are you rejecting them?</source>
        <translation>
            <numerusform>%Ln of the selected items is signed off: rejecting it voids its sign-off. Why are you rejecting it?</numerusform>
            <numerusform>%Ln of the selected items are signed off: rejecting them voids their sign-off. Why are you rejecting them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve %Ln item(s) for review</source>
        <translation>
            <numerusform>Approve %Ln item for review</numerusform>
            <numerusform>Approve %Ln items for review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %Ln item(s)</source>
        <translation>
            <numerusform>Reject %Ln item</numerusform>
            <numerusform>Reject %Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln item(s) matching the filters are selected.</source>
        <translation>
            <numerusform>The %Ln item matching the filters is selected.</numerusform>
            <numerusform>All %Ln items matching the filters are selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) are selected.</source>
        <translation>
            <numerusform>%Ln item is selected.</numerusform>
            <numerusform>%Ln items are selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them can make this step; the others stay as they are.</source>
        <translation>
            <numerusform>%Ln of them can make this step; the others stay as they are.</numerusform>
            <numerusform>%Ln of them can make this step; the others stay as they are.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve them for sign-off?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject them? They leave training and review until someone restarts them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln selected item(s) can be approved: only de-identified items can. Run de-identification first.</source>
        <translation>
            <numerusform>The selected item cannot be approved: only de-identified items can. Run de-identification first.</numerusform>
            <numerusform>None of the %Ln selected items can be approved: only de-identified items can. Run de-identification first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln selected item(s) can be rejected: they already are.</source>
        <translation>
            <numerusform>The selected item cannot be rejected: it already is.</numerusform>
            <numerusform>None of the %Ln selected items can be rejected: they already are.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: done. Ctrl+Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>chrF++</source>
        <extracomment>The metrics the dashboard shows, in display order (stored metric name → label).
----------
Column heads of the heat map: short, so five metrics fit beside the verdict.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BLEU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check pass rate %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locale fidelity %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fidelity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{locale} base</source>
        <extracomment>Pass rates are percentages: a fixed axis keeps 60 → 40 from looking like 100 → 0.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{locale}: base model {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base model (dashed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkpoint (training step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required term missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forbidden term present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pattern not matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact answer differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO-GO</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Evaluation dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkpoint the delta table, the regressions and the decision are about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each checkpoint against the base model on the frozen hold-out, language by language, under identical decoding settings. A German gain never hides an Italian regression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No training run to compare yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch a fine-tuning run on the Training page. Once the base model and its checkpoints are evaluated on the frozen hold-out, they are compared here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run has not been evaluated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores over the checkpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δ = checkpoint − base · green better, red worse, bold significant (p &lt; 0.05) · grey: not judged by the policy · ★ target locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δ = checkpoint minus base. Green: better, red: worse; strong and bold: significant (paired bootstrap, p &lt; 0.05). Grey columns are context the policy does not judge (BLEU, TER). ★ target locale. Hover a cell for its 95% interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deltas to the base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regression failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare two runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing the checkpoints with the base…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate the base model and the checkpoints of run {run} on its frozen hold-out; the dashboard then compares them locale by locale. ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data was found after this run in its snapshot(s) {snapshots}: the corrected items are not in what it was trained or evaluated on. Sign them off, create a new snapshot and train again before handing it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (closest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regression failures ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate the run&apos;s checkpoints first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the go/no-go decision for the chosen checkpoint with an e-signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate the run first: the report shows its results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the evaluation report as HTML and PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An evaluation is running; this page refreshes when it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the evaluation in the background: the base model, then every checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataView</name>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to use case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No items yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import your training pairs and hold-out items from JSONL, CSV or Parquet. Every import is checked row by row and written all at once, or not at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import items…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try fewer words, another locale or status, or clear the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>J / K  next · previous     A  approve for review     R  reject     E or Enter  edit     Ctrl+G  go to #     Ctrl+A  select all     /  search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select every item matching the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to item #…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln selected</numerusform>
            <numerusform>%Ln selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Select all %Ln matching</source>
        <translation>
            <numerusform>Select the %Ln match</numerusform>
            <numerusform>Select all %Ln matching</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting items…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only drafts and de-identified items change use case: the selection is {status}. An owner signed the others for their use case; return them to the annotator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected drafts and de-identified items into another use case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No use case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to use case</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s) to:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no use case</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) moved to {use_case}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Go to item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item number (#):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no item #{id} in this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item #{id} did not match the filters: they were cleared to show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in this project</source>
        <translation>
            <numerusform>%n item in this project</numerusform>
            <numerusform>%n items in this project</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an item first.</source>
        <extracomment>up to this many selected rows, the buttons say whether their statuses allow the step; above it (Ctrl+A over 100k items) the step itself counts what can move, and asks</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the selected de-identified items for sign-off (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only de-identified items can be approved for review; the selection is {status}. Run de-identification first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selection is already rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the selected items (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected item in the editor (E or Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import items from a file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionActions</name>
    <message>
        <source>The signature covers the policy in force, every locale&apos;s verdict with its numbers and the evaluations of the base and {checkpoint}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your rationale: “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the decision: {decision} for {checkpoint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision recorded: {decision} for {checkpoint}, signed by {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Go/no-go decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide on {checkpoint} of {run}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO-GO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The go/no-go policy says &lt;b style=&apos;color:{colour}&apos;&gt;{verdict}&lt;/b&gt; for this checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GO — release this checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO-GO — do not release it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deciding differently from the policy is allowed, but only with a written rationale; it is stored with your signature and shown in the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale (why you decide this way)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your signature will state:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue to signature…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write why you overrule the policy first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <source>Go / no-go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision has been recorded for this run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended checkpoint: {checkpoint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checkpoint evaluated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closest checkpoint: {checkpoint} (no checkpoint passes the policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by {name} ({user}) at {when} UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overrules the policy ({verdict})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed record is intact (its hash matches).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored record no longer matches what was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed record intact.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeltaHeatMap</name>
    <message>
        <source>{metric} Δ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target locale: must gain at least {gain} chrF++ points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No {metric} score against the base for this locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not compared with the base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{metric}: {score} against the base {base}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δ {delta}, 95% interval {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p = {p}: significant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p = {p}: could be chance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower is better for this metric.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For context only: the go/no-go policy does not judge this metric.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO-GO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes every rule of the policy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorView</name>
    <message>
        <source>No item open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an item in the data view and press E or Enter to edit it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous item (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next item (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locale of this item (changing it makes a new revision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags, comma separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system prompt. Add one if the assistant needs standing instructions, e.g. house style or the bank&apos;s tone of voice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your changes to item {id}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned by {author} on {when}: “{comment}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as revision {rev}. The item goes back to draft for de-identification and review; Ctrl+Z undoes the edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision {rev} by {author}, {when} · content hash {hash}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as a new revision (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to discard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw away the unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysing item {id} for personal data…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <source>Erase original texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a data-protection request: the texts of revisions that are not de-identified (imports, edits, drafts, texts in which personal data was found later) are blanked. De-identified revisions, every hash, signature and snapshot, and the audit trail stay and still verify. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of these items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item numbers, e.g. 12, 48</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the numbers of the items, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} revision(s) of {items} item(s) would be erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase {n} original text(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} revision(s) of {items} item(s) are blanked; items whose current text is erased are rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased {n} revision(s) of {items} item(s); the record still verifies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The texts are erased from the project, but another program has its file open, so the old text can still be read from unused parts of the file until the next erasure compacts it. Close the project in every other window and program before the next erasure.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationActions</name>
    <message>
        <source>Could not start the evaluation: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluating run {run} in the background…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evaluation failed: {error} (log: {log})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationFollower</name>
    <message>
        <source>Evaluating {checkpoint}: {done} of {total} answers…</source>
        <extracomment>A line for the user while the worker runs (&quot;Evaluating step-000020: 3 of 6 answers…&quot;). Exit code and, when it failed, the last line of its log.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search prompts and answers…  ( / )</source>
        <extracomment>status filter choices: label source, statuses Return pressed in the search field (the view moves focus to its table)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All locales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search prompts and answers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Field</source>
        <extracomment>field, start, end (Python indices) of the finding to show in the editor a decision or a mark was recorded</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False alarm (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De-identified text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders stand for every finding not marked as a false alarm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark selection (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the de-identified revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the de-identified text…</source>
        <extracomment>whether the detector has analysed exactly this revision (store/analyses.py): until it has, nothing on this panel may claim the text is free of personal data.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The detector is analysing this revision: its findings appear here when it is done. Until then it cannot be de-identified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The detector analysed this revision and found no personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings are reviewed while the item is a draft; this revision has been de-identified already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This span is personal data: it will be replaced (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This span is not personal data: keep it (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a finding first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select missed personal data in the text above, choose its type, press Ctrl+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The detector has not analysed this revision yet: wait for its findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to apply: this revision has no findings awaiting review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide every finding first ({n} left).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the personal data and save the result as the de-identified revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the de-identified revision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De-identified revision written and analysed; the item is ready for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the missed personal data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the missed personal data in the prompt, answer or system prompt first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FreezePanel</name>
    <message>
        <source>Hold-out freeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name, e.g. hold-out v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last frozen: “{name}” ({id}), {n} items, signed by {who} on {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to be frozen by their owners: {locales}. Training waits until they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hold-out has not been frozen yet. Training cannot start before it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frozen hold-out is up to date: no hold-out item was signed off or changed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A freeze now would cover {n} signed-off items: {per}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signed-off hold-out items yet: sign hold-out items off first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each locale&apos;s hold-out is frozen by that locale&apos;s owner: you own none of the locales to freeze.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a use case at the top of the page: each use case has its own training snapshots and hold-out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no signed-off hold-out items to freeze.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed since the last freeze.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the frozen hold-out a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the hold-out as frozen for evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze the hold-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} signed-off hold-out items become the fixed yardstick for every checkpoint; they can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold-out frozen as “{name}” ({id}, {n} items).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>System prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision {rev} · {origin} · {author}
{when}{mark}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content hash {hash}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First revision ({origin}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes from revision {old} to {new}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same text; only the locale or checks changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoldoutPlanWidget</name>
    <message>
        <source>{n} items: enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of about {needed} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} items: enough to show that the locale stays within −{tol} chrF++ of the base (gains from about {gain} points can show).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} items: too few to show that the locale stays within −{tol} chrF++ of the base; the verdict would be inconclusive. About {needed} items are needed (only gains above about {gain} points can show).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSONL, CSV, TSV or Parquet with prompt and response (or reference) columns. Duplicates of existing items are skipped and reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold-out evaluation items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the file&apos;s &apos;locale&apos; column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading row {n}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <source>#</source>
        <extracomment>(key, header, store sort column or None when the store cannot sort by it)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching items…</source>
        <extracomment>emitted after every (re)load with the number of matching items pages of rows kept in memory (a million rows are never all read) the filters of the keys shown (what &quot;select all matching&quot; acts on)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LaunchChecks</name>
    <message>
        <source>No frozen hold-out yet: the domain owners sign off the evaluation items and freeze them before any training.</source>
        <extracomment>Problem code → what the window says (the figures come from the problem&apos;s params).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold-out {id} is not frozen for {locales} yet: each locale&apos;s owner freezes their part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold-out {id} no longer matches its manifest or signature: freeze a new hold-out and report it to compliance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No training snapshot yet: sign off pairs, then create a training snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training snapshot {id} does not match its manifest: create a new one and report it to compliance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot {id} names {n} revision(s) nobody signed off: take a new snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} item(s) of snapshot {id} were rejected after it was taken (e.g. item {item}): take a new snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} item(s) of snapshot {id} have unreviewed de-identification findings (e.g. item {item}): review them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} training pair(s) overlap the hold-out: reject them and create a new training snapshot, or give an override reason (recorded in the audit trail). {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An override of the contamination check needs a reason an auditor can follow (at least {min} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} pair(s) signed off since training snapshot {id} are not in it: create a new training snapshot to train on them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training snapshot {id} has {pairs} signed pairs; by the method&apos;s rule of thumb this method on the {size} class starts to move with about {wanted} per use case (fewer than {share} per locale in: {thin}). Expect little change; sign off more pairs before a run that counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scope of use case {use_case} (version {version}) is not signed by every owner yet: {missing} still to sign. A run trains a use case&apos;s adapter only under a scope in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training snapshot {id} is not of use case {use_case}: create that use case&apos;s training snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hold-out has no items in {locales}: the evaluation cannot show a gain or a regression there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a training snapshot</source>
        <extracomment>Fix → the button&apos;s text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze the hold-out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give an override reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the scope…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LaunchSection</name>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a training snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze the hold-out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the model, the machine and the data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frozen hold-out {id}: {n} items ({locales})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training snapshot {id}: {n} signed-off, de-identified pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} overlap(s) with the hold-out, overridden: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{method} on {backend} ({size}), device {device}; {steps}, lr {lr:g}, batch {batch}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n:g} epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking and starting the run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launching the run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run {id} submitted to Slurm as job {job}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run {id} registered; start its workers with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run {id} registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run {id} started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run {id} started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No training snapshot yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training snapshot “{name}” ({id}): {n} pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs signed off or changed since are not in it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold-out “{name}” ({id}): {n} items, frozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold-out {id}: still to be frozen for {locales}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hold-out is not frozen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none chosen: choose one at the top of the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scope v{v} in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scope v{v} not signed by {missing} yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training snapshot already holds every signed-off pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take every signed-off pair into a new training snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frozen hold-out is up to date: nothing to freeze.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the hold-out as frozen for evaluation (password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{use_case} training v{n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training v{n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating a training snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training snapshot “{name}” ({id}) created: {n} pairs ({per}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold-out frozen as “{name}” ({id}, {n} items).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo project: every account&apos;s password is “demo”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse read-only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import items…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use cases and scope…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Engine Python…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase original texts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De-identify the selected items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De-identify every draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Apertus Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the demo project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Python that runs training and evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not an executable program: choose the python of an environment with apertus-workbench installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training and evaluation will run with {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password policy relaxed ({n} characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separation of duties relaxed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in (read only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} · {roles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes the next time the workbench starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Review page → Freeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training page → Create a training snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Training page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Data page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training page → Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sign-in dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Editor&apos;s findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data page → De-identify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard → Evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard → Record decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File → Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit page → Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File → New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard → Hand off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the locale when importing</source>
        <extracomment>Flag phrases → the control that sets the same thing in the window.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the right project folder (File → Open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a CPU preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the Contamination override field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose an empty folder, or confirm to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign in first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project is one folder with one database file. Everything in it — items, signatures, runs, the audit trail — stays on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Back office — claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the new project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ: type them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>edit items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review items and personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign off items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>freeze the hold-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create training snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>launch training runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record go/no-go decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hand a checkpoint off to serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erase original texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>define use cases and their scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domain owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compliance officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <extracomment>Items whose content or status changed ([] = many or unknown: reload). The use case the Data, Review, Training and Dashboard pages show (see `use_case`). A use case was created, its scope changed or signed (dialogs/scope.py). None: every use case; a use case&apos;s id; or store.items.NO_USE_CASE (items of none).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to {action}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a domain owner of {locale} may {action} for {locale}; you own {owned}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role ({roles}) may not {action}{scope}. This needs: {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>false alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marked by a reviewer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>Select an item to read it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision {rev} by {author}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned by {who} on {when}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal-data findings still to review: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must mention: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not mention: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must match: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must equal: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No regression checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regression checks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecheckAction</name>
    <message>
        <source>Re-check on a newer hold-out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a run that was handed off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate the handed-off checkpoint and its base on a newer frozen hold-out and judge each locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for hand-offs and newer hold-outs…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecheckDialog</name>
    <message>
        <source>Re-check on a newer hold-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the handed-off checkpoint still fit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkpoint and its base are evaluated on the newer hold-out with the decoding of the evaluation that justified its GO, and the go/no-go policy judges each locale: still fit, re-tune or inconclusive. The run&apos;s own results and decision do not change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold-out version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the re-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δ chrF++</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δ vs the GO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule that decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the finding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run has no hand-off yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No newer frozen hold-out of this use case: sign off new hold-out items and freeze a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluating {subject} and its base on {holdout}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-checking on a newer hold-out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding: {finding} (report SHA-256 {hash}…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the re-check of {subject}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature covers the finding of every locale with its numbers, the evaluations on the new hold-out and the GO they are compared with; the hand-off&apos;s model card gets a History line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by {name}: {finding}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegressionPanel</name>
    <message>
        <source>Prompt and reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No regression check newly fails at {checkpoint}: every check the base model passed, this checkpoint passes too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: {terms}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forbidden: {terms}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Export the evaluation report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to {html} and {pdf}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to {html}; no PDF: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the evaluation report…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>Review and sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items that passed de-identification wait here for their locale&apos;s domain owner. One signature covers the whole filtered set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold-out size for the go/no-go policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waits for sign-off here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items appear in this queue once de-identification has run and a reviewer approved them. Choose another locale or kind on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>J / K  next · previous     R  return to the annotator…     E or Enter  open in the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to annotator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return the item to its annotator, with a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the selected item back to its annotator with a comment (R): it leaves this queue until it is corrected and de-identified again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return item #{id} to the annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should the annotator change? They read this next to the item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item #{id} went back to its annotator with your comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You own this locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {pairs} of about {wanted} signed pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{pairs} signed training pairs. LoRA on the 8B class starts to move with about {wanted} per use case; a full fine-tune of the 70B with tens of thousands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {pairs} signed training pairs; LoRA on the 8B class starts to move with about {wanted} per use case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer than about {share} per locale in: {locales}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{entity} (declared by: {classes})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item #{id} ({locale}, {use_case}): {types}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %n more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use cases and scope…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in this set have personal-data findings nobody reviewed yet (e.g. item {id}). Review them in the editor before signing.</source>
        <translation>
            <numerusform>%n item in this set has personal-data findings nobody reviewed yet (e.g. item {id}). Review them in the editor before signing.</numerusform>
            <numerusform>%n items in this set have personal-data findings nobody reviewed yet (e.g. item {id}). Review them in the editor before signing.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing means: &lt;b&gt;“{meaning}”&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(recorded as “{meaning}”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sign off %n item(s)…</source>
        <translation>
            <numerusform>Sign off %n item…</numerusform>
            <numerusform>Sign off %n items…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to sign in this queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the open personal-data findings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the whole filtered set with one e-signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved as training data for {locale}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved as hold-out evaluation items for {locale}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This search has no letters or digits and would select every item: search for a word, or clear the search to sign the whole queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This signature covers %n item(s): </source>
        <translation>
            <numerusform>This signature covers %n item: </numerusform>
            <numerusform>This signature covers %n items: </numerusform>
        </translation>
    </message>
    <message>
        <source>training pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold-out items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign off {what} for {locale}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Signed: %n item(s), signature {id}.</source>
        <translation>
            <numerusform>Signed: %n item, signature {id}.</numerusform>
            <numerusform>Signed: %n items, signature {id}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunComparison</name>
    <message>
        <source>Compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the run to compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick another evaluated run to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{run}: {metric} Δ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict {run}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{a} at {la} against {b} at {lb}, each against its own base on its own frozen hold-out; bold: the better run for that locale.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunList</name>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run {id}: asked to stop at its next step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming the run…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunMonitor</name>
    <message>
        <source>{h} h {m:02d} min</source>
        <extracomment>Step events kept for the pace of the estimate (older ones only cost memory).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m} min {s:02d} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <extracomment>The run reached a terminal event (done, error, cancelled, interrupted, requeued). A checkpoint was written (step) — the dashboard may have new results soon. How the run ended (done, error, cancelled, interrupted, requeued), once it has. The run&apos;s phase, elapsed time and estimate (&quot;Running · 1 min 12 s elapsed · about 40 s left&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training loss</source>
        <extracomment>Per checkpoint: evaluated, n of m answers, failed or waiting.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No steps yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss and learning-rate curves appear with the run&apos;s first step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {time} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total} answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {step}: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation per checkpoint — {parts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation per checkpoint: no checkpoint yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run&apos;s messages appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkpoint at step {step} written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled by {who} at step {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done: step {step}, loss {loss}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation (split of the training snapshot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requeued by Slurm at step {step}: the job continues from its checkpoint when Slurm starts it again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunStatus</name>
    <message>
        <source>queued</source>
        <extracomment>What a run&apos;s phase is called on screen (train/progress.py says which phase it is in).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requeued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkpoint evaluation {n}/{m}</source>
        <extracomment>How often the list looks at its live runs again (a registry read and a lock check each).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slurm job {job}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScopeDialog</name>
    <message>
        <source>Use cases and scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each use case trains its own adapter, on its own items, within a scope its owners signed: the tasks, the locales and the regulated data classes it may touch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New use case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the scope…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign this scope…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaiting signatures (v{v} stays in force)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaiting signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No use case yet. A use case names what a fine-tune is for; create one, then its owners sign its scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks: {tasks}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locales: {locales}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data classes: {classes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owners: {owners}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Define a new use case and its scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a use case first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a new version of this scope, with a reason; its owners sign it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to sign a scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owners of this use case sign its scope: {owners}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You signed version {v} of this scope already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve this version of the scope with your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope v{v} of {id} recorded: its owners sign it next ({owners}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After your signature the scope is in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After your signature, still to sign: {owners}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the scope of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope v{v} of {id} is in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed. Still to sign scope v{v} of {id}: {owners}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScopeEditor</name>
    <message>
        <source>Change the scope of {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New use case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. back-office (lower-case letters, digits, dashes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Back-office advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One task per line, e.g. answer client questions about accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the scope changes: every owner signs it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scope is in force once every owner named has signed it. Items whose personal data falls outside the declared data classes are flagged for the owners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the use case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Save the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding is personal data (findings list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding is a false alarm (findings list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark missed personal data in the selected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>No project open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in — read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <source>Electronic signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing as {name} ({user})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By signing you state:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature records your name, the date and time (UTC), the statement above and a hash of exactly these revisions. Editing an item later voids its sign-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-enter your password to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Signatures</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de-identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German (Switzerland)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swiss German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French (Switzerland)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italian (Switzerland)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Romansh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskIndicator</name>
    <message>
        <source> (+{n} more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the running step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step cannot be stopped once started: it is a single transaction that either completes or changes nothing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>the step was cancelled; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error: {error}. The details are in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: cancelled</source>
        <extracomment>Called with the message of a failed task that has no on_error of its own. Called with news that is not an error (a step the user cancelled).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingForm</name>
    <message>
        <source>LoRA · 8B · CUDA</source>
        <extracomment>(backend, method, size) → what the preset is for, as the engineer thinks of it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QLoRA · 70B · one CUDA node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full fine-tune · 8B · CUDA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full fine-tune · 70B · FSDP cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LoRA · 70B · several GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QLoRA · 8B · one GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LoRA · 8B · Apple silicon (mlx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LoRA · 70B · Apple silicon (mlx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LoRA · test model · CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QLoRA · test model · CPU (bitsandbytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full fine-tune · test model · CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LoRA · test model · mlx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <extracomment>Number fields of the form: (spec field, label, integer?).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient accumulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LoRA rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LoRA alpha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max sequence length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint every (steps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation loss every (steps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine</source>
        <extracomment>Where the run&apos;s workers start: here, or from job files written for several GPUs / Slurm.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several GPUs (accelerate, FSDP for full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several GPUs (torchrun)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slurm cluster (batch script)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show presets for other machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a run whose job files you start on a GPU machine or cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of a Hugging Face checkpoint, e.g. Apertus-8B-Instruct-2509</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. treuhand-fr v2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimizer steps; when set it wins over epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss on a part of the training snapshot held back from training (never the hold-out); 0: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate each checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score every checkpoint on the frozen hold-out, per locale, against the base model, in a separate process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything but this machine registers the run and writes the job files; you start the workers with the command shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs per node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job asks for no GPUs: each process trains on CPU cores (a test of the job on a CPU cluster); GPUs per node is then the number of processes per node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Slurm partition (queue) of the job; empty: the cluster&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job&apos;s time limit (HH:MM:SS or D-HH:MM:SS). Two minutes before it, the job saves a checkpoint and queues itself again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU cores Slurm gives each task (data loading, tokenization)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPUs per task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the job to Slurm now (sbatch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only if pairs overlap the hold-out: why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded in the audit trail with the overlapping items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contamination override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run is registered and its job script written; with this ticked the window also submits it, and the run shows its Slurm job and state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sbatch is not on this machine: the job script is written and the window shows the command that submits it on the cluster&apos;s login node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the base model folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the base model folder first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number ({field})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingView</name>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detecting hardware…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine-tune on the signed-off training snapshot, checked against the frozen hold-out. Each run is its own process: close the window and it goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the pre-launch checks without starting anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check, register and start the run in its own process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No running run is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run stops at its next step; its checkpoints stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an interrupted, failed or cancelled run can be resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue from the last checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a run first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-locale results of this run against the base</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Edit item {id}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UseCasePicker</name>
    <message>
        <source>Use case</source>
        <extracomment>after each refresh: whether the project has use cases (pages show their use-case columns)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The use case whose items, snapshots and runs the pages show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All use cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (scope not signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No use case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Apertus Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curate and sign off training data and hold-out sets in six Swiss locales, fine-tune Apertus on your own hardware, and keep the record a regulator asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a recent project to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
