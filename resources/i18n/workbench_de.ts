<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_CH" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Apertus Workbench</source>
        <translation>Über Apertus Workbench</translation>
    </message>
    <message>
        <source>Curate, de-identify, sign off, fine-tune and evaluate the Swiss open language model Apertus, with an audit trail a regulator can follow. Apache-2.0.</source>
        <translation>Daten kuratieren, de-identifizieren, freigeben, das offene Schweizer Sprachmodell Apertus feinabstimmen und evaluieren – mit einem Prüfpfad, dem eine Aufsichtsbehörde folgen kann. Apache-2.0.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Audit head</source>
        <translation>Letzter Audit-Hash</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Reading the audit trail…</source>
        <translation>Prüfpfad wird gelesen…</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Audit trail</source>
        <translation>Prüfpfad</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Kette prüfen</translation>
    </message>
    <message>
        <source>Every change to this project, in order. Each entry&apos;s hash covers the one before it, so editing, deleting or reordering any entry breaks the chain from there on.</source>
        <translation>Jede Änderung an diesem Projekt, der Reihe nach. Der Hash jedes Eintrags deckt den vorherigen ab: Wird ein Eintrag geändert, gelöscht oder verschoben, bricht die Kette ab dieser Stelle.</translation>
    </message>
    <message>
        <source>The audit trail is not open to you</source>
        <translation>Der Prüfpfad ist für Sie nicht zugänglich</translation>
    </message>
    <message>
        <source>All actions (items.* for a prefix)</source>
        <translation>Alle Aktionen (items.* für ein Präfix)</translation>
    </message>
    <message>
        <source>Recorded head hash (optional)</source>
        <translation>Notierter Kopf-Hash (optional)</translation>
    </message>
    <message>
        <source>Paste a head hash recorded earlier (workbench audit head): verification then also proves that no entries were cut off the end since.</source>
        <translation>Fügen Sie einen früher notierten Kopf-Hash ein (workbench audit head): Die Prüfung belegt dann auch, dass seither keine Einträge am Ende entfernt wurden.</translation>
    </message>
    <message>
        <source>Recompute every hash of the chain</source>
        <translation>Jeden Hash der Kette neu berechnen</translation>
    </message>
    <message>
        <source>Export package…</source>
        <translation>Paket exportieren…</translation>
    </message>
    <message>
        <source>Write the audit package: log, verification, signatures, snapshots and runs in one zip</source>
        <translation>Audit-Paket schreiben: Protokoll, Prüfung, Signaturen, Snapshots und Läufe in einer ZIP-Datei</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle Personen</translation>
    </message>
    <message>
        <source>All objects</source>
        <translation>Alle Objekte</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source> at entry {seq}</source>
        <translation> bei Eintrag {seq}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Broken{where}.&lt;/b&gt; {problem}. Entries from there on cannot be trusted: keep this project as evidence and restore from a backup.</source>
        <translation>&lt;b&gt;Gebrochen{where}.&lt;/b&gt; {problem}. Einträgen ab dieser Stelle ist nicht zu trauen: Bewahren Sie dieses Projekt als Beweismittel auf und stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Show entry</source>
        <translation>Eintrag zeigen</translation>
    </message>
    <message>
        <source>Export the audit package</source>
        <translation>Audit-Paket exportieren</translation>
    </message>
    <message>
        <source>Zip archive (*.zip)</source>
        <translation>ZIP-Archiv (*.zip)</translation>
    </message>
    <message>
        <source>Audit package written to {path} (chain {state}, SHA-256 {sha}…).</source>
        <translation>Audit-Paket gespeichert unter {path} (Kette {state}, SHA-256 {sha}…).</translation>
    </message>
    <message>
        <source>Exporting the audit package…</source>
        <translation>Audit-Paket wird exportiert…</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>intakt</translation>
    </message>
    <message>
        <source>Verifying the audit chain, signatures and hashes…</source>
        <translation>Audit-Kette, Signaturen und Hashes werden geprüft…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Intact.&lt;/b&gt; All {n} entries check out; head {head}…; {revs} revisions re-hashed, {sigs} signatures ({digital} digitally signed, {old} password-only from before keys).</source>
        <translation>&lt;b&gt;Intakt.&lt;/b&gt; Alle {n} Einträge stimmen; Kopf {head}…; {revs} Revisionen neu gehasht, {sigs} Signaturen ({digital} digital signiert, {old} nur mit Passwort, aus der Zeit vor den Schlüsseln).</translation>
    </message>
    <message>
        <source>BROKEN</source>
        <translation>GEBROCHEN</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Close</source>
        <translation>Schliessen</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>chrF++</source>
        <extracomment>The metrics the dashboard shows, in display order (stored metric name → label).
----------
Column heads of the heat map: short, so five metrics fit beside the verdict.</extracomment>
        <translation>chrF++</translation>
    </message>
    <message>
        <source>BLEU</source>
        <translation>BLEU</translation>
    </message>
    <message>
        <source>TER</source>
        <translation>TER</translation>
    </message>
    <message>
        <source>Check pass rate %</source>
        <translation>Bestandene Prüfregeln %</translation>
    </message>
    <message>
        <source>Locale fidelity %</source>
        <translation>Sprachtreue %</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfregeln</translation>
    </message>
    <message>
        <source>Fidelity</source>
        <translation>Sprachtreue</translation>
    </message>
    <message>
        <source>{locale}: base model {score}</source>
        <extracomment>Pass rates are percentages: a fixed axis keeps 60 → 40 from looking like 100 → 0.</extracomment>
        <translation>{locale}: Basismodell {score}</translation>
    </message>
    <message>
        <source>base model (dashed)</source>
        <translation>Basismodell (gestrichelt)</translation>
    </message>
    <message>
        <source>checkpoint (training step)</source>
        <translation>Checkpoint (Trainingsschritt)</translation>
    </message>
    <message>
        <source>required term missing</source>
        <translation>Pflichtbegriff fehlt</translation>
    </message>
    <message>
        <source>forbidden term present</source>
        <translation>verbotener Begriff enthalten</translation>
    </message>
    <message>
        <source>pattern not matched</source>
        <translation>Muster nicht erfüllt</translation>
    </message>
    <message>
        <source>exact answer differs</source>
        <translation>exakte Antwort weicht ab</translation>
    </message>
    <message>
        <source>GO</source>
        <translation>GO</translation>
    </message>
    <message>
        <source>NO-GO</source>
        <translation>NO-GO</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Evaluation dashboard</source>
        <translation>Evaluations-Dashboard</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <source>The checkpoint the delta table, the regressions and the decision are about</source>
        <translation>Der Checkpoint, auf den sich Delta-Tabelle, Regressionen und Entscheid beziehen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Bericht exportieren…</translation>
    </message>
    <message>
        <source>Each checkpoint against the base model on the frozen hold-out, language by language, under identical decoding settings. A German gain never hides an Italian regression.</source>
        <translation>Jeder Checkpoint im Vergleich zum Basismodell auf dem eingefrorenen Hold-out, Sprache für Sprache, mit identischen Decoding-Einstellungen. Ein Gewinn im Deutschen verdeckt nie eine Regression im Italienischen.</translation>
    </message>
    <message>
        <source>No training run to compare yet</source>
        <translation>Noch kein Trainingslauf zum Vergleichen</translation>
    </message>
    <message>
        <source>Launch a fine-tuning run on the Training page. Once the base model and its checkpoints are evaluated on the frozen hold-out, they are compared here.</source>
        <translation>Starten Sie auf der Seite «Training» einen Feinabstimmungslauf. Sobald das Basismodell und die Checkpoints des Laufs auf dem eingefrorenen Hold-out evaluiert sind, werden sie hier verglichen.</translation>
    </message>
    <message>
        <source>This run has not been evaluated yet</source>
        <translation>Dieser Lauf ist noch nicht evaluiert</translation>
    </message>
    <message>
        <source>Evaluate now</source>
        <translation>Jetzt evaluieren</translation>
    </message>
    <message>
        <source>Scores over the checkpoints</source>
        <translation>Scores über die Checkpoints</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Δ = checkpoint minus base. Green: better, red: worse (for TER lower is better); strong and bold: significant (paired bootstrap, p &lt; 0.05). ★ target locale. Hover a cell for its 95% interval.</source>
        <translation>Δ = Checkpoint minus Basis. Grün: besser, rot: schlechter (bei TER ist tiefer besser); kräftig und fett: signifikant (gepaarter Bootstrap, p &lt; 0.05). ★ Zielsprache. Zeigen Sie auf eine Zelle, um ihr 95-%-Intervall zu sehen.</translation>
    </message>
    <message>
        <source>Deltas to the base</source>
        <translation>Deltas zur Basis</translation>
    </message>
    <message>
        <source>Regression failures</source>
        <translation>Fehlgeschlagene Regressionsprüfungen</translation>
    </message>
    <message>
        <source>Comparing the checkpoints with the base…</source>
        <translation>Checkpoints werden mit der Basis verglichen…</translation>
    </message>
    <message>
        <source>Evaluate the base model and the checkpoints of run {run} on its frozen hold-out; the dashboard then compares them locale by locale. ({detail})</source>
        <translation>Das Basismodell und die Checkpoints von Lauf {run} auf seinem eingefrorenen Hold-out evaluieren; das Dashboard vergleicht sie danach Sprache für Sprache. ({detail})</translation>
    </message>
    <message>
        <source> (recommended)</source>
        <translation> (empfohlen)</translation>
    </message>
    <message>
        <source>Regression failures ({n})</source>
        <translation>Fehlgeschlagene Regressionsprüfungen ({n})</translation>
    </message>
    <message>
        <source>Evaluate the run&apos;s checkpoints first.</source>
        <translation>Evaluieren Sie zuerst die Checkpoints des Laufs.</translation>
    </message>
    <message>
        <source>Sign the go/no-go decision for the chosen checkpoint with an e-signature</source>
        <translation>Den Go/No-Go-Entscheid für den gewählten Checkpoint mit einer E-Signatur signieren</translation>
    </message>
    <message>
        <source>Evaluate the run first: the report shows its results.</source>
        <translation>Evaluieren Sie zuerst den Lauf: Der Bericht zeigt seine Ergebnisse.</translation>
    </message>
    <message>
        <source>Write the evaluation report as HTML and PDF</source>
        <translation>Den Evaluationsbericht als HTML und PDF schreiben</translation>
    </message>
    <message>
        <source>An evaluation is running; this page refreshes when it ends.</source>
        <translation>Eine Evaluation läuft; diese Seite wird aktualisiert, sobald sie endet.</translation>
    </message>
    <message>
        <source>Start the evaluation in the background: the base model, then every checkpoint</source>
        <translation>Die Evaluation im Hintergrund starten: zuerst das Basismodell, dann jeden Checkpoint</translation>
    </message>
    <message>
        <source>Export the evaluation report</source>
        <translation>Evaluationsbericht exportieren</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>HTML-Bericht (*.html)</translation>
    </message>
    <message>
        <source>Report written to {html} and {pdf}.</source>
        <translation>Bericht geschrieben nach {html} und {pdf}.</translation>
    </message>
    <message>
        <source>Report written to {html}; no PDF: {why}</source>
        <translation>Bericht geschrieben nach {html}; kein PDF: {why}</translation>
    </message>
    <message>
        <source>Writing the evaluation report…</source>
        <translation>Evaluationsbericht wird geschrieben…</translation>
    </message>
</context>
<context>
    <name>DataView</name>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>No items yet</source>
        <translation>Noch keine Einträge</translation>
    </message>
    <message>
        <source>Import your training pairs and hold-out items from JSONL, CSV or Parquet. Every import is checked row by row and written all at once, or not at all.</source>
        <translation>Importieren Sie Trainingspaare und Hold-out-Einträge aus JSONL, CSV oder Parquet. Jeder Import wird Zeile für Zeile geprüft und ganz oder gar nicht geschrieben.</translation>
    </message>
    <message>
        <source>Import items…</source>
        <translation>Einträge importieren…</translation>
    </message>
    <message>
        <source>Nothing matches these filters</source>
        <translation>Nichts passt zu diesen Filtern</translation>
    </message>
    <message>
        <source>Try fewer words, another locale or status, or clear the filters.</source>
        <translation>Versuchen Sie weniger Wörter, eine andere Sprache oder einen anderen Status, oder setzen Sie die Filter zurück.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>J / K  next · previous     A  approve for review     R  reject     E or Enter  edit     /  search</source>
        <translation>J / K  nächster · vorheriger     A  zur Freigabe vorlegen     R  ablehnen     E oder Enter  bearbeiten     /  suchen</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Vorlegen</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in this project</source>
        <translation>
            <numerusform>%n Eintrag in diesem Projekt</numerusform>
            <numerusform>%n Einträge in diesem Projekt</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an item first.</source>
        <translation>Wählen Sie zuerst einen Eintrag.</translation>
    </message>
    <message>
        <source>Approve the selected de-identified items for sign-off (A)</source>
        <translation>Die gewählten de-identifizierten Einträge zur Freigabe vorlegen (A)</translation>
    </message>
    <message>
        <source>Only de-identified items can be approved for review; the selection is {status}. Run de-identification first.</source>
        <translation>Nur de-identifizierte Einträge können vorgelegt werden; die Auswahl ist: {status}. Führen Sie zuerst die De-Identifizierung durch.</translation>
    </message>
    <message>
        <source>The selection is already rejected.</source>
        <translation>Die Auswahl ist bereits abgelehnt.</translation>
    </message>
    <message>
        <source>Reject the selected items (R)</source>
        <translation>Die gewählten Einträge ablehnen (R)</translation>
    </message>
    <message>
        <source>Open the selected item in the editor (E or Enter)</source>
        <translation>Den gewählten Eintrag im Editor öffnen (E oder Enter)</translation>
    </message>
    <message>
        <source>Import items from a file</source>
        <translation>Einträge aus einer Datei importieren</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n item(s)</source>
        <translation>
            <numerusform>%n Eintrag vorlegen</numerusform>
            <numerusform>%n Einträge vorlegen</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject signed-off items</source>
        <translation>Freigegebene Einträge ablehnen</translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected item(s) are signed off: rejecting them voids their sign-off. Why are you rejecting them?</source>
        <translation>
            <numerusform>%n ausgewählter Eintrag ist freigegeben: Ablehnen macht die Freigabe ungültig. Warum lehnen Sie ihn ab?</numerusform>
            <numerusform>%n ausgewählte Einträge sind freigegeben: Ablehnen macht ihre Freigabe ungültig. Warum lehnen Sie sie ab?</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was rejected.</source>
        <translation>Nichts wurde abgelehnt.</translation>
    </message>
    <message numerus="yes">
        <source>Reject %n item(s)</source>
        <translation>
            <numerusform>%n Eintrag ablehnen</numerusform>
            <numerusform>%n Einträge ablehnen</numerusform>
        </translation>
    </message>
    <message>
        <source>{what}: done. Ctrl+Z undoes it.</source>
        <translation>{what}: erledigt. Ctrl+Z macht es rückgängig.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
</context>
<context>
    <name>DecisionActions</name>
    <message>
        <source>The signature covers the policy in force, every locale&apos;s verdict with its numbers and the evaluations of the base and {checkpoint}.</source>
        <translation>Die Signatur umfasst die geltende Richtlinie, den Befund jeder Sprache mit seinen Zahlen und die Evaluationen der Basis und von {checkpoint}.</translation>
    </message>
    <message>
        <source>Your rationale: “{text}”</source>
        <translation>Ihre Begründung: «{text}»</translation>
    </message>
    <message>
        <source>Sign the decision: {decision} for {checkpoint}</source>
        <translation>Entscheid signieren: {decision} für {checkpoint}</translation>
    </message>
    <message>
        <source>Decision recorded: {decision} for {checkpoint}, signed by {name}.</source>
        <translation>Entscheid festgehalten: {decision} für {checkpoint}, signiert von {name}.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Go/no-go decision</source>
        <translation>Go/No-Go-Entscheid</translation>
    </message>
    <message>
        <source>Decide on {checkpoint} of {run}</source>
        <translation>Entscheid über {checkpoint} von {run}</translation>
    </message>
    <message>
        <source>GO</source>
        <translation>GO</translation>
    </message>
    <message>
        <source>NO-GO</source>
        <translation>NO-GO</translation>
    </message>
    <message>
        <source>The go/no-go policy says &lt;b style=&apos;color:{colour}&apos;&gt;{verdict}&lt;/b&gt; for this checkpoint.</source>
        <translation>Die Go/No-Go-Richtlinie ergibt für diesen Checkpoint &lt;b style=&apos;color:{colour}&apos;&gt;{verdict}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Your decision:</source>
        <translation>Ihr Entscheid:</translation>
    </message>
    <message>
        <source>GO — release this checkpoint</source>
        <translation>GO – diesen Checkpoint freigeben</translation>
    </message>
    <message>
        <source>NO-GO — do not release it</source>
        <translation>NO-GO – nicht freigeben</translation>
    </message>
    <message>
        <source>Deciding differently from the policy is allowed, but only with a written rationale; it is stored with your signature and shown in the report.</source>
        <translation>Ein von der Richtlinie abweichender Entscheid ist erlaubt, aber nur mit schriftlicher Begründung; sie wird mit Ihrer Signatur gespeichert und im Bericht gezeigt.</translation>
    </message>
    <message>
        <source>Rationale (why you decide this way)</source>
        <translation>Begründung (warum Sie so entscheiden)</translation>
    </message>
    <message>
        <source>Your signature will state:</source>
        <translation>Ihre Signatur wird erklären:</translation>
    </message>
    <message>
        <source>Continue to signature…</source>
        <translation>Weiter zur Signatur…</translation>
    </message>
    <message>
        <source>Write why you overrule the policy first</source>
        <translation>Begründen Sie zuerst, warum Sie von der Richtlinie abweichen</translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <source>Go / no-go</source>
        <translation>Go / No-Go</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Signed decisions</source>
        <translation>Signierte Entscheide</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheid</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signiert von</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>No decision has been recorded for this run yet.</source>
        <translation>Für diesen Lauf wurde noch kein Entscheid festgehalten.</translation>
    </message>
    <message>
        <source>Record decision…</source>
        <translation>Entscheid festhalten…</translation>
    </message>
    <message>
        <source>Recommended checkpoint: {checkpoint}</source>
        <translation>Empfohlener Checkpoint: {checkpoint}</translation>
    </message>
    <message>
        <source>No checkpoint evaluated yet</source>
        <translation>Noch kein Checkpoint evaluiert</translation>
    </message>
    <message>
        <source>Signed by {name} ({user}) at {when} UTC</source>
        <translation>Signiert von {name} ({user}) am {when} UTC</translation>
    </message>
    <message>
        <source>Overrules the policy ({verdict})</source>
        <translation>Weicht von der Richtlinie ab ({verdict})</translation>
    </message>
    <message>
        <source>Rationale: {text}</source>
        <translation>Begründung: {text}</translation>
    </message>
    <message>
        <source>The signed record is intact (its hash matches).</source>
        <translation>Der signierte Datensatz ist intakt (sein Hash stimmt überein).</translation>
    </message>
    <message>
        <source>The stored record no longer matches what was signed.</source>
        <translation>Der gespeicherte Datensatz stimmt nicht mehr mit dem Signierten überein.</translation>
    </message>
    <message>
        <source>Signed record intact.</source>
        <translation>Signierter Datensatz intakt.</translation>
    </message>
</context>
<context>
    <name>DeltaHeatMap</name>
    <message>
        <source>{metric} Δ</source>
        <translation>{metric} Δ</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Target locale: must gain at least {gain} chrF++ points</source>
        <translation>Zielsprache: muss mindestens {gain} chrF++-Punkte gewinnen</translation>
    </message>
    <message>
        <source>No {metric} score against the base for this locale</source>
        <translation>Kein {metric}-Score gegenüber der Basis für diese Sprache</translation>
    </message>
    <message>
        <source>Not compared with the base</source>
        <translation>Nicht mit der Basis verglichen</translation>
    </message>
    <message>
        <source>{metric}: {score} against the base {base}</source>
        <translation>{metric}: {score} gegenüber {base} der Basis</translation>
    </message>
    <message>
        <source>Δ {delta}, 95% interval {low} to {high}</source>
        <translation>Δ {delta}, 95-%-Intervall {low} bis {high}</translation>
    </message>
    <message>
        <source>p = {p}: significant</source>
        <translation>p = {p}: signifikant</translation>
    </message>
    <message>
        <source>p = {p}: could be chance</source>
        <translation>p = {p}: möglicherweise Zufall</translation>
    </message>
    <message>
        <source>Lower is better for this metric.</source>
        <translation>Bei dieser Metrik ist tiefer besser.</translation>
    </message>
    <message>
        <source>GO</source>
        <translation>GO</translation>
    </message>
    <message>
        <source>NO-GO</source>
        <translation>NO-GO</translation>
    </message>
    <message>
        <source>Passes every rule of the policy</source>
        <translation>Erfüllt jede Regel der Richtlinie</translation>
    </message>
</context>
<context>
    <name>EditorView</name>
    <message>
        <source>No item open</source>
        <translation>Kein Eintrag geöffnet</translation>
    </message>
    <message>
        <source>Choose an item in the data view and press E or Enter to edit it here.</source>
        <translation>Wählen Sie in der Datenansicht einen Eintrag und drücken Sie E oder Enter, um ihn hier zu bearbeiten.</translation>
    </message>
    <message>
        <source>Go to data</source>
        <translation>Zu den Daten</translation>
    </message>
    <message>
        <source>Previous item (Alt+Up)</source>
        <translation>Vorheriger Eintrag (Alt+Pfeil hoch)</translation>
    </message>
    <message>
        <source>Next item (Alt+Down)</source>
        <translation>Nächster Eintrag (Alt+Pfeil runter)</translation>
    </message>
    <message>
        <source>Locale of this item (changing it makes a new revision)</source>
        <translation>Sprache dieses Eintrags (eine Änderung erzeugt eine neue Revision)</translation>
    </message>
    <message>
        <source>tags, comma separated</source>
        <translation>Tags, durch Komma getrennt</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>No system prompt. Add one if the assistant needs standing instructions, e.g. house style or the bank&apos;s tone of voice.</source>
        <translation>Kein Systemprompt. Fügen Sie einen hinzu, wenn der Assistent feste Anweisungen braucht, z. B. den Hausstil oder die Tonalität der Bank.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personendaten</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfregeln</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save your changes to item {id}?</source>
        <translation>Änderungen an Eintrag {id} speichern?</translation>
    </message>
    <message>
        <source>Reference answer</source>
        <translation>Referenzantwort</translation>
    </message>
    <message>
        <source>Saved as revision {rev}. The item goes back to draft for de-identification and review; Ctrl+Z undoes the edit.</source>
        <translation>Als Revision {rev} gespeichert. Der Eintrag geht als Entwurf zurück zur De-Identifizierung und Prüfung; Ctrl+Z macht die Änderung rückgängig.</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Revision {rev} by {author}, {when} · content hash {hash}…</source>
        <translation>Revision {rev} von {author}, {when} · Inhalts-Hash {hash}…</translation>
    </message>
    <message>
        <source>Nothing to save yet.</source>
        <translation>Noch nichts zu speichern.</translation>
    </message>
    <message>
        <source>Save as a new revision (Ctrl+S)</source>
        <translation>Als neue Revision speichern (Ctrl+S)</translation>
    </message>
    <message>
        <source>Nothing to discard.</source>
        <translation>Nichts zu verwerfen.</translation>
    </message>
    <message>
        <source>Throw away the unsaved changes</source>
        <translation>Die ungespeicherten Änderungen verwerfen</translation>
    </message>
</context>
<context>
    <name>EvaluationActions</name>
    <message>
        <source>Could not start the evaluation: {error}</source>
        <translation>Die Evaluation konnte nicht gestartet werden: {error}</translation>
    </message>
    <message>
        <source>Evaluating run {run} in the background…</source>
        <translation>Lauf {run} wird im Hintergrund evaluiert…</translation>
    </message>
    <message>
        <source>Evaluation finished.</source>
        <translation>Evaluation abgeschlossen.</translation>
    </message>
    <message>
        <source>The evaluation failed: {error} (log: {log})</source>
        <translation>Die Evaluation ist fehlgeschlagen: {error} (Protokoll: {log})</translation>
    </message>
</context>
<context>
    <name>EvaluationFollower</name>
    <message>
        <source>Evaluating {checkpoint}: {done} of {total} answers…</source>
        <extracomment>A line for the user while the worker runs (&quot;Evaluating step-000020: 3 of 6 answers…&quot;). Exit code and, when it failed, the last line of its log.</extracomment>
        <translation>{checkpoint} wird evaluiert: {done} von {total} Antworten…</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search prompts and answers…  ( / )</source>
        <extracomment>status filter choices: label source, statuses Return pressed in the search field (the view moves focus to its table)</extracomment>
        <translation>Prompts und Antworten durchsuchen…  ( / )</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Training pairs</source>
        <translation>Trainingspaare</translation>
    </message>
    <message>
        <source>Hold-out</source>
        <translation>Hold-out</translation>
    </message>
    <message>
        <source>All locales</source>
        <translation>Alle Sprachen</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Ready for sign-off</source>
        <translation>Bereit zur Freigabe</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Tags</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Alle Filter zurücksetzen</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Field</source>
        <extracomment>field, start, end (Python indices) of the finding to show in the editor a decision or a mark was recorded</extracomment>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheid</translation>
    </message>
    <message>
        <source>Personal data (A)</source>
        <translation>Personendaten (A)</translation>
    </message>
    <message>
        <source>False alarm (R)</source>
        <translation>Fehlalarm (R)</translation>
    </message>
    <message>
        <source>De-identified text</source>
        <translation>De-identifizierter Text</translation>
    </message>
    <message>
        <source>Placeholders stand for every finding not marked as a false alarm.</source>
        <translation>Platzhalter stehen für jeden Fund, der nicht als Fehlalarm markiert ist.</translation>
    </message>
    <message>
        <source>No personal data was detected in this revision.</source>
        <translation>In dieser Revision wurden keine Personendaten erkannt.</translation>
    </message>
    <message>
        <source>Mark selection (Ctrl+M)</source>
        <translation>Auswahl markieren (Ctrl+M)</translation>
    </message>
    <message>
        <source>Write the de-identified revision</source>
        <translation>De-identifizierte Revision schreiben</translation>
    </message>
    <message>
        <source>Preparing the de-identified text…</source>
        <translation>De-identifizierter Text wird vorbereitet…</translation>
    </message>
    <message>
        <source>Findings are reviewed while the item is a draft; this revision has been de-identified already.</source>
        <translation>Funde werden geprüft, solange der Eintrag ein Entwurf ist; diese Revision ist bereits de-identifiziert.</translation>
    </message>
    <message>
        <source>This span is personal data: it will be replaced (A)</source>
        <translation>Diese Stelle sind Personendaten: Sie wird ersetzt (A)</translation>
    </message>
    <message>
        <source>This span is not personal data: keep it (R)</source>
        <translation>Diese Stelle sind keine Personendaten: Sie bleibt (R)</translation>
    </message>
    <message>
        <source>Select a finding first.</source>
        <translation>Wählen Sie zuerst einen Fund.</translation>
    </message>
    <message>
        <source>Select missed personal data in the text above, choose its type, press Ctrl+M</source>
        <translation>Markieren Sie übersehene Personendaten im Text oben, wählen Sie den Typ, drücken Sie Ctrl+M</translation>
    </message>
    <message>
        <source>Nothing to apply: this revision has no findings awaiting review.</source>
        <translation>Nichts anzuwenden: Diese Revision hat keine Funde, die auf Prüfung warten.</translation>
    </message>
    <message>
        <source>Decide every finding first ({n} left).</source>
        <translation>Entscheiden Sie zuerst über jeden Fund (noch {n}).</translation>
    </message>
    <message>
        <source>Replace the personal data and save the result as the de-identified revision</source>
        <translation>Die Personendaten ersetzen und das Ergebnis als de-identifizierte Revision speichern</translation>
    </message>
    <message>
        <source>De-identified revision written; the item is ready for review.</source>
        <translation>De-identifizierte Revision geschrieben; der Eintrag ist bereit zur Prüfung.</translation>
    </message>
    <message>
        <source>Select the missed personal data in the prompt, answer or system prompt first.</source>
        <translation>Markieren Sie zuerst die übersehenen Personendaten im Prompt, in der Antwort oder im Systemprompt.</translation>
    </message>
</context>
<context>
    <name>FreezePanel</name>
    <message>
        <source>Hold-out freeze</source>
        <translation>Hold-out einfrieren</translation>
    </message>
    <message>
        <source>name, e.g. hold-out v1</source>
        <translation>Name, z. B. hold-out v1</translation>
    </message>
    <message>
        <source>Freeze…</source>
        <translation>Einfrieren…</translation>
    </message>
    <message>
        <source>Last frozen: “{name}” ({id}), {n} items, signed by {who} on {when}.</source>
        <translation>Zuletzt eingefroren: «{name}» ({id}), {n} Einträge, signiert von {who} am {when}.</translation>
    </message>
    <message>
        <source>Still to be frozen by their owners: {locales}. Training waits until they are.</source>
        <translation>Noch von ihren Verantwortlichen einzufrieren: {locales}. Das Training wartet, bis sie es sind.</translation>
    </message>
    <message>
        <source>The hold-out has not been frozen yet. Training cannot start before it is.</source>
        <translation>Das Hold-out ist noch nicht eingefroren. Vorher kann kein Training starten.</translation>
    </message>
    <message>
        <source>The frozen hold-out is up to date: no hold-out item was signed off or changed since.</source>
        <translation>Das eingefrorene Hold-out ist aktuell: Seither wurde kein Hold-out-Eintrag freigegeben oder geändert.</translation>
    </message>
    <message>
        <source>A freeze now would cover {n} signed-off items: {per}.</source>
        <translation>Ein Einfrieren jetzt umfasste {n} freigegebene Einträge: {per}.</translation>
    </message>
    <message>
        <source>No signed-off hold-out items yet: sign hold-out items off first.</source>
        <translation>Noch keine freigegebenen Hold-out-Einträge: Geben Sie zuerst Hold-out-Einträge frei.</translation>
    </message>
    <message>
        <source>Each locale&apos;s hold-out is frozen by that locale&apos;s owner: you own none of the locales to freeze.</source>
        <translation>Das Hold-out jeder Sprache friert deren Verantwortliche(r) ein: Ihnen gehört keine der einzufrierenden Sprachen.</translation>
    </message>
    <message>
        <source>There are no signed-off hold-out items to freeze.</source>
        <translation>Es gibt keine freigegebenen Hold-out-Einträge zum Einfrieren.</translation>
    </message>
    <message>
        <source>Nothing changed since the last freeze.</source>
        <translation>Seit dem letzten Einfrieren hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>Give the frozen hold-out a name.</source>
        <translation>Geben Sie dem eingefrorenen Hold-out einen Namen.</translation>
    </message>
    <message>
        <source>Sign the hold-out as frozen for evaluation</source>
        <translation>Das Hold-out als eingefroren für die Evaluation signieren</translation>
    </message>
    <message>
        <source>Freeze the hold-out</source>
        <translation>Hold-out einfrieren</translation>
    </message>
    <message>
        <source>{n} signed-off hold-out items become the fixed yardstick for every checkpoint; they can no longer change.</source>
        <translation>{n} freigegebene Hold-out-Einträge werden zum festen Massstab für jeden Checkpoint; sie können sich nicht mehr ändern.</translation>
    </message>
    <message>
        <source>Hold-out frozen as “{name}” ({id}, {n} items).</source>
        <translation>Hold-out eingefroren als «{name}» ({id}, {n} Einträge).</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>signed</source>
        <translation>signiert</translation>
    </message>
    <message>
        <source>Revision {rev} · {origin} · {author}
{when}{mark}</source>
        <translation>Revision {rev} · {origin} · {author}
{when}{mark}</translation>
    </message>
    <message>
        <source>content hash {hash}</source>
        <translation>Inhalts-Hash {hash}</translation>
    </message>
    <message>
        <source>First revision ({origin}).</source>
        <translation>Erste Revision ({origin}).</translation>
    </message>
    <message>
        <source>Changes from revision {old} to {new}:</source>
        <translation>Änderungen von Revision {old} zu {new}:</translation>
    </message>
    <message>
        <source>Same text; only the locale or checks changed.</source>
        <translation>Gleicher Text; nur Sprache oder Prüfregeln haben sich geändert.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import items</source>
        <translation>Einträge importieren</translation>
    </message>
    <message>
        <source>JSONL, CSV, TSV or Parquet with prompt and response (or reference) columns. Duplicates of existing items are skipped and reported.</source>
        <translation>JSONL, CSV, TSV oder Parquet mit den Spalten prompt und response (oder reference). Duplikate bestehender Einträge werden übersprungen und gemeldet.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Training pairs</source>
        <translation>Trainingspaare</translation>
    </message>
    <message>
        <source>Hold-out evaluation items</source>
        <translation>Hold-out-Evaluationseinträge</translation>
    </message>
    <message>
        <source>From the file&apos;s &apos;locale&apos; column</source>
        <translation>Aus der Spalte «locale» der Datei</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Enthält</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <source>Reading row {n}…</source>
        <translation>Zeile {n} wird gelesen…</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>{name} wird importiert…</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Nichts wurde importiert</translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <source>#</source>
        <extracomment>(key, header, store sort column or None when the store cannot sort by it)</extracomment>
        <translation>#</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Searching items…</source>
        <extracomment>emitted after every (re)load with the number of matching items</extracomment>
        <translation>Einträge werden gesucht…</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>Nach dieser Spalte kann nicht sortiert werden</translation>
    </message>
</context>
<context>
    <name>LaunchSection</name>
    <message>
        <source>New run</source>
        <translation>Neuer Lauf</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Launch run</source>
        <translation>Lauf starten</translation>
    </message>
    <message>
        <source>Checking the model, the machine and the data…</source>
        <translation>Modell, Rechner und Daten werden geprüft…</translation>
    </message>
    <message>
        <source>Checking the run…</source>
        <translation>Lauf wird geprüft…</translation>
    </message>
    <message>
        <source>Frozen hold-out {id}: {n} items ({locales})</source>
        <translation>Eingefrorenes Hold-out {id}: {n} Einträge ({locales})</translation>
    </message>
    <message>
        <source>Training snapshot {id}: {n} signed-off, de-identified pairs</source>
        <translation>Trainings-Snapshot {id}: {n} freigegebene, de-identifizierte Paare</translation>
    </message>
    <message>
        <source>{n} overlap(s) with the hold-out, overridden: {reason}</source>
        <translation>Überschneidungen mit dem Hold-out: {n}, per Ausnahme zugelassen: {reason}</translation>
    </message>
    <message>
        <source>{method} on {backend} ({size}), device {device}; {steps}, lr {lr:g}, batch {batch}</source>
        <translation>{method} auf {backend} ({size}), Gerät {device}; {steps}, lr {lr:g}, Batch {batch}</translation>
    </message>
    <message>
        <source>{n} steps</source>
        <translation>{n} Schritte</translation>
    </message>
    <message>
        <source>{n:g} epochs</source>
        <translation>{n:g} Epochen</translation>
    </message>
    <message>
        <source>Checking and starting the run…</source>
        <translation>Lauf wird geprüft und gestartet…</translation>
    </message>
    <message>
        <source>Launching the run…</source>
        <translation>Lauf wird gestartet…</translation>
    </message>
    <message>
        <source>Run {id} registered; start its workers with:</source>
        <translation>Lauf {id} registriert; starten Sie seine Worker mit:</translation>
    </message>
    <message>
        <source>Run {id} registered.</source>
        <translation>Lauf {id} registriert.</translation>
    </message>
    <message>
        <source>Run {id} started</source>
        <translation>Lauf {id} gestartet</translation>
    </message>
    <message>
        <source>Run {id} started.</source>
        <translation>Lauf {id} gestartet.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Demo project: every account&apos;s password is “demo”.</source>
        <translation>Demoprojekt: Das Passwort jedes Kontos ist «demo».</translation>
    </message>
    <message>
        <source>Browse read-only</source>
        <translation>Nur lesen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open the &amp;demo project</source>
        <translation>&amp;Demoprojekt öffnen</translation>
    </message>
    <message>
        <source>&amp;Import items…</source>
        <translation>Einträge &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Close project</source>
        <translation>Projekt s&amp;chliessen</translation>
    </message>
    <message>
        <source>&amp;Engine Python…</source>
        <translation>&amp;Engine-Python…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Apertus Workbench</source>
        <translation>Ü&amp;ber Apertus Workbench</translation>
    </message>
    <message>
        <source>Open a project folder</source>
        <translation>Projektordner öffnen</translation>
    </message>
    <message>
        <source>Building the demo project…</source>
        <translation>Demoprojekt wird erstellt…</translation>
    </message>
    <message>
        <source>Choose the Python that runs training and evaluation</source>
        <translation>Python wählen, das Training und Evaluation ausführt</translation>
    </message>
    <message>
        <source>{path} is not an executable program: choose the python of an environment with apertus-workbench installed</source>
        <translation>{path} ist kein ausführbares Programm: Wählen Sie das python einer Umgebung, in der apertus-workbench installiert ist</translation>
    </message>
    <message>
        <source>Training and evaluation will run with {path}</source>
        <translation>Training und Evaluation laufen mit {path}</translation>
    </message>
    <message>
        <source>Password policy relaxed ({n} characters)</source>
        <translation>Passwortregel gelockert ({n} Zeichen)</translation>
    </message>
    <message>
        <source>Separation of duties relaxed</source>
        <translation>Funktionstrennung gelockert</translation>
    </message>
    <message>
        <source>Not signed in (read only)</source>
        <translation>Nicht angemeldet (nur lesen)</translation>
    </message>
    <message>
        <source>{name} · {roles}</source>
        <translation>{name} · {roles}</translation>
    </message>
    <message>
        <source>Go to a page</source>
        <translation>Zu einer Seite wechseln</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Next / previous item (data)</source>
        <translation>Nächster / vorheriger Eintrag (Daten)</translation>
    </message>
    <message>
        <source>Approve for review / reject (data)</source>
        <translation>Zur Freigabe vorlegen / ablehnen (Daten)</translation>
    </message>
    <message>
        <source>Open in the editor</source>
        <translation>Im Editor öffnen</translation>
    </message>
    <message>
        <source>Save (editor)</source>
        <translation>Speichern (Editor)</translation>
    </message>
    <message>
        <source>Next / previous item (editor)</source>
        <translation>Nächster / vorheriger Eintrag (Editor)</translation>
    </message>
    <message>
        <source>Personal data / false alarm (findings list)</source>
        <translation>Personendaten / Fehlalarm (Fundliste)</translation>
    </message>
    <message>
        <source>Mark missed personal data (editor)</source>
        <translation>Übersehene Personendaten markieren (Editor)</translation>
    </message>
    <message>
        <source>Undo / redo a change</source>
        <translation>Änderung rückgängig machen / wiederholen</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>The language changes the next time the workbench starts.</source>
        <translation>Die Sprache wechselt beim nächsten Start der Workbench.</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>A project is one folder with one database file. Everything in it — items, signatures, runs, the audit trail — stays on this machine.</source>
        <translation>Ein Projekt ist ein Ordner mit einer Datenbankdatei. Alles darin – Einträge, Signaturen, Läufe, der Prüfpfad – bleibt auf diesem Rechner.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>e.g. Back office — claims</source>
        <translation>z. B. Backoffice – Schadenfälle</translation>
    </message>
    <message>
        <source>your full name</source>
        <translation>Ihr vollständiger Name</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Projektname</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Folder for the new project</source>
        <translation>Ordner für das neue Projekt</translation>
    </message>
    <message>
        <source>Choose a folder for the project.</source>
        <translation>Wählen Sie einen Ordner für das Projekt.</translation>
    </message>
    <message>
        <source>The two passwords differ: type them again.</source>
        <translation>Die beiden Passwörter unterscheiden sich: Geben Sie sie erneut ein.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>edit items</source>
        <translation>Einträge bearbeiten</translation>
    </message>
    <message>
        <source>review items and personal data</source>
        <translation>Einträge und Personendaten prüfen</translation>
    </message>
    <message>
        <source>sign off items</source>
        <translation>Einträge freigeben</translation>
    </message>
    <message>
        <source>freeze the hold-out</source>
        <translation>das Hold-out einfrieren</translation>
    </message>
    <message>
        <source>create training snapshots</source>
        <translation>Trainings-Snapshots erstellen</translation>
    </message>
    <message>
        <source>launch training runs</source>
        <translation>Trainingsläufe starten</translation>
    </message>
    <message>
        <source>run evaluations</source>
        <translation>Evaluationen durchführen</translation>
    </message>
    <message>
        <source>record go/no-go decisions</source>
        <translation>Go/No-Go-Entscheide festhalten</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>den Prüfpfad lesen</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>Benutzer verwalten</translation>
    </message>
    <message>
        <source>hand a checkpoint off to serving</source>
        <translation>einen Checkpoint an den Betrieb übergeben</translation>
    </message>
    <message>
        <source>annotator</source>
        <translation>Annotator/in</translation>
    </message>
    <message>
        <source>domain owner</source>
        <translation>Fachverantwortliche/r</translation>
    </message>
    <message>
        <source>engineer</source>
        <translation>Engineer</translation>
    </message>
    <message>
        <source>compliance officer</source>
        <translation>Compliance Officer</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>Administrator/in</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>keine Rolle</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <extracomment>Items whose content or status changed ([] = many or unknown: reload).</extracomment>
        <translation>Öffnen Sie zuerst ein Projekt.</translation>
    </message>
    <message>
        <source>Sign in to {action}.</source>
        <translation>Dafür müssen Sie angemeldet sein: {action}.</translation>
    </message>
    <message>
        <source>Only a domain owner of {locale} may {action} for {locale}; you own {owned}.</source>
        <translation>Nur Fachverantwortliche für {locale} dürfen für {locale} {action}; Sie verantworten: {owned}.</translation>
    </message>
    <message>
        <source>Your role ({roles}) may not {action}{scope}. This needs: {allowed}.</source>
        <translation>Ihre Rolle ({roles}) erlaubt dies nicht: {action}{scope}. Dazu braucht es: {allowed}.</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>to review</source>
        <translation>zu prüfen</translation>
    </message>
    <message>
        <source>personal data</source>
        <translation>Personendaten</translation>
    </message>
    <message>
        <source>false alarm</source>
        <translation>Fehlalarm</translation>
    </message>
    <message>
        <source>marked by a reviewer</source>
        <translation>von Prüfenden markiert</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>Select an item to read it here.</source>
        <translation>Wählen Sie einen Eintrag, um ihn hier zu lesen.</translation>
    </message>
    <message>
        <source>Reference answer</source>
        <translation>Referenzantwort</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>revision {rev} by {author}, {when}</source>
        <translation>Revision {rev} von {author}, {when}</translation>
    </message>
    <message>
        <source>%n personal-data finding(s) still to review</source>
        <translation>Noch zu prüfende Personendaten-Funde: %n</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>must mention: </source>
        <translation>muss erwähnen: </translation>
    </message>
    <message>
        <source>must not mention: </source>
        <translation>darf nicht erwähnen: </translation>
    </message>
    <message>
        <source>must match: </source>
        <translation>muss passen auf: </translation>
    </message>
    <message>
        <source>must equal: </source>
        <translation>muss lauten: </translation>
    </message>
    <message>
        <source>No regression checks.</source>
        <translation>Keine Regressionsprüfungen.</translation>
    </message>
    <message>
        <source>Regression checks</source>
        <translation>Regressionsprüfungen</translation>
    </message>
</context>
<context>
    <name>RegressionPanel</name>
    <message>
        <source>Prompt and reference</source>
        <translation>Prompt und Referenz</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>Basismodell</translation>
    </message>
    <message>
        <source>No regression check newly fails at {checkpoint}: every check the base model passed, this checkpoint passes too.</source>
        <translation>Bei {checkpoint} schlägt keine Regressionsprüfung neu fehl: Jede Prüfung, die das Basismodell besteht, besteht auch dieser Checkpoint.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>missing: {terms}</source>
        <translation>fehlend: {terms}</translation>
    </message>
    <message>
        <source>forbidden: {terms}</source>
        <translation>verboten: {terms}</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>Review and sign-off</source>
        <translation>Prüfung und Freigabe</translation>
    </message>
    <message>
        <source>Items that passed de-identification wait here for their locale&apos;s domain owner. One signature covers the whole filtered set.</source>
        <translation>Einträge nach der De-Identifizierung warten hier auf die Fachverantwortlichen ihrer Sprache. Eine Signatur deckt die ganze gefilterte Menge ab.</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Paare</translation>
    </message>
    <message>
        <source>Hold-out</source>
        <translation>Hold-out</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Training pairs</source>
        <translation>Trainingspaare</translation>
    </message>
    <message>
        <source>Nothing waits for sign-off here</source>
        <translation>Hier wartet nichts auf Freigabe</translation>
    </message>
    <message>
        <source>Items appear in this queue once de-identification has run and a reviewer approved them. Choose another locale or kind on the left.</source>
        <translation>Einträge erscheinen hier, sobald die De-Identifizierung gelaufen ist und sie vorgelegt wurden. Wählen Sie links eine andere Sprache oder Art.</translation>
    </message>
    <message>
        <source>Sign off…</source>
        <translation>Freigeben…</translation>
    </message>
    <message>
        <source>You own this locale</source>
        <translation>Sie verantworten diese Sprache</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in this set have personal-data findings nobody reviewed yet (e.g. item {id}). Review them in the editor before signing.</source>
        <translation>
            <numerusform>%n Eintrag dieser Menge hat ungeprüfte Personendaten-Funde (z. B. Eintrag {id}). Prüfen Sie sie im Editor vor dem Signieren.</numerusform>
            <numerusform>%n Einträge dieser Menge haben ungeprüfte Personendaten-Funde (z. B. Eintrag {id}). Prüfen Sie sie im Editor vor dem Signieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing means: &lt;b&gt;“{meaning}”&lt;/b&gt;</source>
        <translation>Die Signatur bedeutet: &lt;b&gt;«{meaning}»&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Sign off %n item(s)…</source>
        <translation>
            <numerusform>%n Eintrag freigeben…</numerusform>
            <numerusform>%n Einträge freigeben…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to sign in this queue.</source>
        <translation>In dieser Warteschlange gibt es nichts zu signieren.</translation>
    </message>
    <message>
        <source>Review the open personal-data findings first.</source>
        <translation>Prüfen Sie zuerst die offenen Personendaten-Funde.</translation>
    </message>
    <message>
        <source>Sign the whole filtered set with one e-signature</source>
        <translation>Die ganze gefilterte Menge mit einer E-Signatur freigeben</translation>
    </message>
    <message>
        <source>This search has no letters or digits and would select every item: search for a word, or clear the search to sign the whole queue.</source>
        <translation>Diese Suche enthält keine Buchstaben oder Ziffern und würde alle Einträge auswählen: Suchen Sie nach einem Wort, oder leeren Sie die Suche, um die ganze Warteschlange zu signieren.</translation>
    </message>
    <message numerus="yes">
        <source>This signature covers %n item(s): </source>
        <translation>
            <numerusform>Diese Signatur umfasst %n Eintrag: </numerusform>
            <numerusform>Diese Signatur umfasst %n Einträge: </numerusform>
        </translation>
    </message>
    <message>
        <source>training pairs</source>
        <translation>Trainingspaare</translation>
    </message>
    <message>
        <source>hold-out items</source>
        <translation>Hold-out-Einträge</translation>
    </message>
    <message>
        <source>Sign off {what} for {locale}</source>
        <translation>{what} für {locale} freigeben</translation>
    </message>
    <message numerus="yes">
        <source>Signed: %n item(s), signature {id}.</source>
        <translation>
            <numerusform>Signiert: %n Eintrag, Signatur {id}.</numerusform>
            <numerusform>Signiert: %n Einträge, Signatur {id}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunList</name>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Lauf abbrechen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Run {id}: asked to stop at its next step.</source>
        <translation>Lauf {id}: Anhalten beim nächsten Schritt angefordert.</translation>
    </message>
    <message>
        <source>Resuming the run…</source>
        <translation>Lauf wird fortgesetzt…</translation>
    </message>
</context>
<context>
    <name>RunMonitor</name>
    <message>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <source>Step</source>
        <extracomment>The run reached a terminal event (done, error, cancelled, interrupted). A checkpoint was written (step) — the dashboard may have new results soon. How the run ended (done, error, cancelled, interrupted), once it has.</extracomment>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <translation>Tokens/s</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Last checkpoint</source>
        <translation>Letzter Checkpoint</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>Trainings-Loss</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <source>training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>lr</source>
        <translation>lr</translation>
    </message>
    <message>
        <source>The run&apos;s messages appear here.</source>
        <translation>Hier erscheinen die Meldungen des Laufs.</translation>
    </message>
    <message>
        <source>No run selected</source>
        <translation>Kein Lauf ausgewählt</translation>
    </message>
    <message>
        <source>step {step}</source>
        <translation>Schritt {step}</translation>
    </message>
    <message>
        <source>checkpoint at step {step} written</source>
        <translation>Checkpoint bei Schritt {step} geschrieben</translation>
    </message>
    <message>
        <source>cancelled by {who} at step {step}</source>
        <translation>abgebrochen von {who} bei Schritt {step}</translation>
    </message>
    <message>
        <source>done: step {step}, loss {loss}</source>
        <translation>fertig: Schritt {step}, Loss {loss}</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} von {total}</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>No project open</source>
        <translation>Kein Projekt geöffnet</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Not signed in — read only</source>
        <translation>Nicht angemeldet – nur lesen</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <source>Electronic signature</source>
        <translation>Elektronische Signatur</translation>
    </message>
    <message>
        <source>Signing as {name} ({user})</source>
        <translation>Signieren als {name} ({user})</translation>
    </message>
    <message>
        <source>By signing you state:</source>
        <translation>Mit Ihrer Signatur erklären Sie:</translation>
    </message>
    <message>
        <source>The signature records your name, the date and time (UTC), the statement above and a hash of exactly these revisions. Editing an item later voids its sign-off.</source>
        <translation>Die Signatur hält Ihren Namen, Datum und Uhrzeit (UTC), die obige Erklärung und einen Hash genau dieser Revisionen fest. Wird ein Eintrag später bearbeitet, erlischt seine Freigabe.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Re-enter your password to sign</source>
        <translation>Passwort zum Signieren erneut eingeben</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Signieren</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Wird signiert…</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>de-identified</source>
        <translation>de-identifiziert</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>in Prüfung</translation>
    </message>
    <message>
        <source>signed off</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>training pair</source>
        <translation>Trainingspaar</translation>
    </message>
    <message>
        <source>hold-out</source>
        <translation>Hold-out</translation>
    </message>
    <message>
        <source>German (Switzerland)</source>
        <translation>Deutsch (Schweiz)</translation>
    </message>
    <message>
        <source>Swiss German</source>
        <translation>Schweizerdeutsch</translation>
    </message>
    <message>
        <source>French (Switzerland)</source>
        <translation>Französisch (Schweiz)</translation>
    </message>
    <message>
        <source>Italian (Switzerland)</source>
        <translation>Italienisch (Schweiz)</translation>
    </message>
    <message>
        <source>Romansh</source>
        <translation>Rätoromanisch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
</context>
<context>
    <name>TaskIndicator</name>
    <message>
        <source> (+{n} more)</source>
        <translation> (+{n} weitere)</translation>
    </message>
    <message>
        <source>Stop the running step</source>
        <translation>Den laufenden Schritt anhalten</translation>
    </message>
    <message>
        <source>This step cannot be stopped once started: it is a single transaction that either completes or changes nothing</source>
        <translation>Dieser Schritt lässt sich nach dem Start nicht anhalten: Er ist eine einzige Transaktion, die entweder ganz abgeschlossen wird oder nichts ändert</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>the step was cancelled; nothing was changed</source>
        <translation>der Schritt wurde abgebrochen; nichts wurde geändert</translation>
    </message>
    <message>
        <source>Unexpected error: {error}. The details are in {path}.</source>
        <translation>Unerwarteter Fehler: {error}. Die Einzelheiten stehen in {path}.</translation>
    </message>
    <message>
        <source>{label}: cancelled</source>
        <extracomment>Called with the message of a failed task that has no on_error of its own. Called with news that is not an error (a step the user cancelled).</extracomment>
        <translation>{label}: abgebrochen</translation>
    </message>
</context>
<context>
    <name>TrainingForm</name>
    <message>
        <source>LoRA · 8B · CUDA</source>
        <extracomment>(backend, method, size) → what the preset is for, as the engineer thinks of it.</extracomment>
        <translation>LoRA · 8B · CUDA</translation>
    </message>
    <message>
        <source>QLoRA · 70B · one CUDA node</source>
        <translation>QLoRA · 70B · ein CUDA-Knoten</translation>
    </message>
    <message>
        <source>Full fine-tune · 8B · CUDA</source>
        <translation>Vollständiges Fine-Tuning · 8B · CUDA</translation>
    </message>
    <message>
        <source>Full fine-tune · 70B · FSDP cluster</source>
        <translation>Vollständiges Fine-Tuning · 70B · FSDP-Cluster</translation>
    </message>
    <message>
        <source>LoRA · 70B · several GPUs</source>
        <translation>LoRA · 70B · mehrere GPUs</translation>
    </message>
    <message>
        <source>QLoRA · 8B · one GPU</source>
        <translation>QLoRA · 8B · eine GPU</translation>
    </message>
    <message>
        <source>LoRA · 8B · Apple silicon (mlx)</source>
        <translation>LoRA · 8B · Apple Silicon (mlx)</translation>
    </message>
    <message>
        <source>LoRA · 70B · Apple silicon (mlx)</source>
        <translation>LoRA · 70B · Apple Silicon (mlx)</translation>
    </message>
    <message>
        <source>LoRA · test model · CPU</source>
        <translation>LoRA · Testmodell · CPU</translation>
    </message>
    <message>
        <source>QLoRA · test model · CPU (bitsandbytes)</source>
        <translation>QLoRA · Testmodell · CPU (bitsandbytes)</translation>
    </message>
    <message>
        <source>Full fine-tune · test model · CPU</source>
        <translation>Vollständiges Fine-Tuning · Testmodell · CPU</translation>
    </message>
    <message>
        <source>LoRA · test model · mlx</source>
        <translation>LoRA · Testmodell · mlx</translation>
    </message>
    <message>
        <source>Steps</source>
        <extracomment>Number fields of the form: (spec field, label, integer?).</extracomment>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batch-Grösse</translation>
    </message>
    <message>
        <source>Gradient accumulation</source>
        <translation>Gradientenakkumulation</translation>
    </message>
    <message>
        <source>LoRA rank</source>
        <translation>LoRA-Rang</translation>
    </message>
    <message>
        <source>LoRA alpha</source>
        <translation>LoRA-Alpha</translation>
    </message>
    <message>
        <source>Max sequence length</source>
        <translation>Max. Sequenzlänge</translation>
    </message>
    <message>
        <source>Checkpoint every (steps)</source>
        <translation>Checkpoint alle (Schritte)</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>This machine</source>
        <extracomment>Where the run&apos;s workers start: here, or from job files written for several GPUs / Slurm.</extracomment>
        <translation>Dieser Rechner</translation>
    </message>
    <message>
        <source>Several GPUs (accelerate, FSDP for full)</source>
        <translation>Mehrere GPUs (accelerate, FSDP für vollständiges Training)</translation>
    </message>
    <message>
        <source>Several GPUs (torchrun)</source>
        <translation>Mehrere GPUs (torchrun)</translation>
    </message>
    <message>
        <source>Slurm cluster (batch script)</source>
        <translation>Slurm-Cluster (Batch-Skript)</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Voreinstellung</translation>
    </message>
    <message>
        <source>Folder of a Hugging Face checkpoint, e.g. Apertus-8B-Instruct-2509</source>
        <translation>Ordner eines Hugging-Face-Checkpoints, z. B. Apertus-8B-Instruct-2509</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>Basismodell</translation>
    </message>
    <message>
        <source>optional, e.g. treuhand-fr v2</source>
        <translation>optional, z. B. treuhand-fr v2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Optimizer steps; when set it wins over epochs</source>
        <translation>Optimierungsschritte; falls gesetzt, haben sie Vorrang vor den Epochen</translation>
    </message>
    <message>
        <source>Evaluate each checkpoint</source>
        <translation>Jeden Checkpoint evaluieren</translation>
    </message>
    <message>
        <source>Score every checkpoint on the frozen hold-out, per locale, against the base model, in a separate process</source>
        <translation>Jeden Checkpoint auf dem eingefrorenen Hold-out je Sprache im Vergleich zum Basismodell bewerten, in einem separaten Prozess</translation>
    </message>
    <message>
        <source>Anything but this machine registers the run and writes the job files; you start the workers with the command shown</source>
        <translation>Alles ausser «Dieser Rechner» registriert den Lauf und schreibt die Job-Dateien; die Worker starten Sie mit dem angezeigten Befehl</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>GPUs per node</source>
        <translation>GPUs pro Knoten</translation>
    </message>
    <message>
        <source>only if pairs overlap the hold-out: why</source>
        <translation>nur bei Überschneidung mit dem Hold-out: warum</translation>
    </message>
    <message>
        <source>Recorded in the audit trail with the overlapping items</source>
        <translation>Wird mit den überschneidenden Einträgen im Prüfpfad festgehalten</translation>
    </message>
    <message>
        <source>Contamination override</source>
        <translation>Ausnahme bei Kontamination</translation>
    </message>
    <message>
        <source>from epochs</source>
        <translation>aus den Epochen</translation>
    </message>
    <message>
        <source>Choose the base model folder</source>
        <translation>Ordner des Basismodells wählen</translation>
    </message>
    <message>
        <source>choose the base model folder first</source>
        <translation>wählen Sie zuerst den Ordner des Basismodells</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number ({field})</source>
        <translation>«{value}» ist keine Zahl ({field})</translation>
    </message>
</context>
<context>
    <name>TrainingView</name>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Detecting hardware…</source>
        <translation>Hardware wird erkannt…</translation>
    </message>
    <message>
        <source>Fine-tune on the signed-off training snapshot, checked against the frozen hold-out. Each run is its own process: close the window and it goes on.</source>
        <translation>Feinabstimmung auf dem freigegebenen Trainings-Snapshot, geprüft am eingefrorenen Hold-out. Jeder Lauf ist ein eigener Prozess: Auch wenn Sie das Fenster schliessen, läuft er weiter.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Run the pre-launch checks without starting anything</source>
        <translation>Die Prüfungen vor dem Start durchführen, ohne etwas zu starten</translation>
    </message>
    <message>
        <source>Launching…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Check, register and start the run in its own process</source>
        <translation>Den Lauf prüfen, registrieren und in einem eigenen Prozess starten</translation>
    </message>
    <message>
        <source>No running run is selected.</source>
        <translation>Es ist kein laufender Lauf ausgewählt.</translation>
    </message>
    <message>
        <source>The run stops at its next step; its checkpoints stay</source>
        <translation>Der Lauf hält beim nächsten Schritt an; seine Checkpoints bleiben erhalten</translation>
    </message>
    <message>
        <source>Only an interrupted, failed or cancelled run can be resumed.</source>
        <translation>Nur ein unterbrochener, fehlgeschlagener oder abgebrochener Lauf kann fortgesetzt werden.</translation>
    </message>
    <message>
        <source>Continue from the last checkpoint</source>
        <translation>Ab dem letzten Checkpoint fortfahren</translation>
    </message>
    <message>
        <source>Select a run first.</source>
        <translation>Wählen Sie zuerst einen Lauf.</translation>
    </message>
    <message>
        <source>Per-locale results of this run against the base</source>
        <translation>Ergebnisse dieses Laufs je Sprache im Vergleich zur Basis</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Edit item {id}</source>
        <translation>Eintrag {id} bearbeiten</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Apertus Workbench</source>
        <translation>Willkommen bei Apertus Workbench</translation>
    </message>
    <message>
        <source>Curate and sign off training data and hold-out sets in six Swiss locales, fine-tune Apertus on your own hardware, and keep the record a regulator asks for.</source>
        <translation>Kuratieren und geben Sie Trainingsdaten und Hold-out-Sets in sechs Schweizer Sprachvarianten frei, stimmen Sie Apertus auf Ihrer eigenen Hardware ab und führen Sie den Nachweis, den eine Aufsichtsbehörde verlangt.</translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation>Projekt öffnen…</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>Neues Projekt…</translation>
    </message>
    <message>
        <source>Try the demo project</source>
        <translation>Demoprojekt ausprobieren</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Double-click a recent project to open it.</source>
        <translation>Doppelklicken Sie ein Projekt, um es zu öffnen.</translation>
    </message>
</context>
</TS>
