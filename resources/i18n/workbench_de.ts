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
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Reading the audit trail…</source>
        <extracomment>username → display name, for the sentences</extracomment>
        <translation>Prüfpfad wird gelesen…</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>{who} signed {n} {locale} {kind}: {meaning}</source>
        <extracomment>action → sentence; fields in braces come from the entry (see `_fields`).</extracomment>
        <translation>{who} hat {n} {kind} ({locale}) signiert: {meaning}</translation>
    </message>
    <message>
        <source>{who} froze the hold-out “{name}” ({n} items) for evaluation, signing for {covers}</source>
        <translation>{who} hat das Hold-out «{name}» ({n} Einträge) für die Evaluation eingefroren und für {covers} signiert</translation>
    </message>
    <message>
        <source>{who} took the training snapshot “{name}” ({n} pairs)</source>
        <translation>{who} hat den Trainings-Snapshot «{name}» erstellt ({n} Paare)</translation>
    </message>
    <message>
        <source>{who} marked snapshots {snapshots} superseded: {reason}</source>
        <translation>{who} hat die Snapshots {snapshots} als überholt markiert: {reason}</translation>
    </message>
    <message>
        <source>{who} imported {n} items from {file}</source>
        <translation>{who} hat {n} Einträge aus {file} importiert</translation>
    </message>
    <message>
        <source>{who} set {n} item(s) to “{status}”</source>
        <translation>{who} hat {n} Einträge auf «{status}» gesetzt</translation>
    </message>
    <message>
        <source>{who} edited item {object} (revision {rev})</source>
        <translation>{who} hat Eintrag {object} bearbeitet (Revision {rev})</translation>
    </message>
    <message>
        <source>{who} changed the tags of item {object}</source>
        <translation>{who} hat die Tags von Eintrag {object} geändert</translation>
    </message>
    <message>
        <source>{who} wrote the de-identified revision {rev} of item {object}</source>
        <translation>{who} hat die de-identifizierte Revision {rev} von Eintrag {object} geschrieben</translation>
    </message>
    <message>
        <source>{who} ran the de-identification detector</source>
        <translation>{who} hat die Erkennung von Personendaten ausgeführt</translation>
    </message>
    <message>
        <source>{who} marked {n} finding(s) as {decision}</source>
        <translation>{who} hat {n} Fund(e) als «{decision}» markiert</translation>
    </message>
    <message>
        <source>{who} marked personal data the detector missed in item {object}</source>
        <translation>{who} hat in Eintrag {object} übersehene Personendaten markiert</translation>
    </message>
    <message>
        <source>{who} registered the training run {object}</source>
        <translation>{who} hat den Trainingslauf {object} registriert</translation>
    </message>
    <message>
        <source>{who} started the worker of run {object}</source>
        <translation>{who} hat den Prozess von Lauf {object} gestartet</translation>
    </message>
    <message>
        <source>{who} resumed run {object}</source>
        <translation>{who} hat Lauf {object} fortgesetzt</translation>
    </message>
    <message>
        <source>Run {object} wrote its checkpoint at step {step}</source>
        <translation>Lauf {object} hat seinen Checkpoint bei Schritt {step} geschrieben</translation>
    </message>
    <message>
        <source>Run {object} recorded what it trained on and where</source>
        <translation>Lauf {object} hat festgehalten, womit und wo er trainiert hat</translation>
    </message>
    <message>
        <source>Run {object} is training</source>
        <translation>Lauf {object} trainiert</translation>
    </message>
    <message>
        <source>Run {object} completed</source>
        <translation>Lauf {object} ist abgeschlossen</translation>
    </message>
    <message>
        <source>Run {object} failed</source>
        <translation>Lauf {object} ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Run {object} was cancelled</source>
        <translation>Lauf {object} wurde abgebrochen</translation>
    </message>
    <message>
        <source>Run {object} was interrupted</source>
        <translation>Lauf {object} wurde unterbrochen</translation>
    </message>
    <message>
        <source>{who} started evaluating {checkpoint} of run {run}</source>
        <translation>{who} hat die Evaluation von {checkpoint} aus Lauf {run} gestartet</translation>
    </message>
    <message>
        <source>{who} completed the evaluation of {checkpoint} of run {run}</source>
        <translation>{who} hat die Evaluation von {checkpoint} aus Lauf {run} abgeschlossen</translation>
    </message>
    <message>
        <source>The evaluation of {checkpoint} of run {run} failed</source>
        <translation>Die Evaluation von {checkpoint} aus Lauf {run} ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>{who} signed the decision {decision} for {checkpoint} of run {object}</source>
        <translation>{who} hat den Entscheid {decision} für {checkpoint} aus Lauf {object} signiert</translation>
    </message>
    <message>
        <source>{who} added the user {object}</source>
        <translation>{who} hat die Person {object} als Benutzer/in angelegt</translation>
    </message>
    <message>
        <source>{who} received a signing key</source>
        <translation>{who} hat einen Signaturschlüssel erhalten</translation>
    </message>
    <message>
        <source>{who} signed in</source>
        <translation>{who} hat sich angemeldet</translation>
    </message>
    <message>
        <source>{who} signed out</source>
        <translation>{who} hat sich abgemeldet</translation>
    </message>
    <message>
        <source>{who} read the audit trail ({object})</source>
        <translation>{who} hat den Prüfpfad gelesen ({object})</translation>
    </message>
    <message>
        <source>{who} exported the audit package</source>
        <translation>{who} hat das Prüfpaket exportiert</translation>
    </message>
    <message>
        <source>{who} exported the evaluation report of run {object}</source>
        <translation>{who} hat den Evaluationsbericht von Lauf {object} exportiert</translation>
    </message>
    <message>
        <source>{who} exported a training set</source>
        <translation>{who} hat einen Trainingsdatensatz exportiert</translation>
    </message>
    <message>
        <source>{who} handed off run {object}</source>
        <translation>{who} hat Lauf {object} übergeben</translation>
    </message>
    <message>
        <source>{who} created the project</source>
        <translation>{who} hat das Projekt erstellt</translation>
    </message>
    <message>
        <source>items</source>
        <extracomment>Stored field names a reader meets most, in words (others are shown with _ as spaces).</extracomment>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>signed revisions</source>
        <translation>signierte Revisionen</translation>
    </message>
    <message>
        <source>manifest hash</source>
        <translation>Manifest-Hash</translation>
    </message>
    <message>
        <source>meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>signed at</source>
        <translation>signiert am</translation>
    </message>
    <message>
        <source>signer</source>
        <translation>Unterzeichnende/r</translation>
    </message>
    <message>
        <source>signer&apos;s name</source>
        <translation>Name der/des Unterzeichnenden</translation>
    </message>
    <message>
        <source>what was signed</source>
        <translation>was signiert wurde</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>statuses</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>locale</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>items per locale</source>
        <translation>Einträge pro Sprache</translation>
    </message>
    <message>
        <source>signed for</source>
        <translation>signiert für</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>content hash</source>
        <translation>Inhalts-Hash</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>Entscheid</translation>
    </message>
    <message>
        <source>checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>training pairs</source>
        <translation>Trainingspaare</translation>
    </message>
    <message>
        <source>hold-out items</source>
        <translation>Hold-out-Einträge</translation>
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
        <source>Print / PDF…</source>
        <translation>Drucken / PDF…</translation>
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
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signaturen</translation>
    </message>
    <message>
        <source>All actions (items.* for a prefix)</source>
        <translation>Alle Aktionen (items.* für ein Präfix)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>beliebiger Tag</translation>
    </message>
    <message>
        <source>Recorded head hash (optional)</source>
        <translation>Notierter Kopf-Hash (optional)</translation>
    </message>
    <message>
        <source>Print the sign-off record</source>
        <translation>Freigabeprotokoll drucken</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>The sign-off record was written to {path}.</source>
        <translation>Das Freigabeprotokoll wurde nach {path} geschrieben.</translation>
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
        <source>Paste a head hash recorded earlier (shown after each verification): verification then also proves that no entries were cut off the end since.</source>
        <translation>Einen früher notierten Kopf-Hash einfügen (wird nach jeder Prüfung angezeigt): Die Prüfung belegt dann auch, dass seither keine Einträge am Ende entfernt wurden.</translation>
    </message>
    <message>
        <source>Every signature, and the log lines shown, as a PDF</source>
        <translation>Alle Signaturen und die angezeigten Protokollzeilen als PDF</translation>
    </message>
    <message>
        <source>Write the audit package: log, verification, signatures, snapshots and runs in one zip</source>
        <translation>Audit-Paket schreiben: Protokoll, Prüfung, Signaturen, Snapshots und Läufe in einer ZIP-Datei</translation>
    </message>
    <message>
        <source>All locales</source>
        <translation>Alle Sprachen</translation>
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
    <name>BaselineActions</name>
    <message>
        <source>Evaluate the base model…</source>
        <translation>Basismodell evaluieren…</translation>
    </message>
    <message>
        <source>Sign the baseline report…</source>
        <translation>Baseline-Bericht signieren…</translation>
    </message>
    <message>
        <source>The base model is being evaluated.</source>
        <translation>Das Basismodell wird evaluiert.</translation>
    </message>
    <message>
        <source>Choose a use case first: the base model is evaluated on its frozen hold-out.</source>
        <translation>Wählen Sie zuerst einen Anwendungsfall: Das Basismodell wird auf dessen eingefrorenem Hold-out evaluiert.</translation>
    </message>
    <message>
        <source>Evaluate the base model alone on the frozen hold-out, before any run: later runs are compared against this evaluation</source>
        <translation>Das Basismodell allein auf dem eingefrorenen Hold-out evaluieren, vor jedem Lauf: Spätere Läufe werden mit dieser Evaluation verglichen</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>Evaluate the base model first.</source>
        <translation>Evaluieren Sie zuerst das Basismodell.</translation>
    </message>
    <message>
        <source>Sign the baseline report (a domain owner of the hold-out&apos;s locales, or an admin)</source>
        <translation>Baseline-Bericht signieren (Fachverantwortliche der Sprachen des Hold-outs oder Administrator/in)</translation>
    </message>
    <message>
        <source>Evaluate the base model</source>
        <translation>Basismodell evaluieren</translation>
    </message>
    <message>
        <source>Base model (a folder or a Hugging Face id) to evaluate alone on the frozen hold-out:</source>
        <translation>Basismodell (Ordner oder Hugging-Face-ID), das allein auf dem eingefrorenen Hold-out evaluiert wird:</translation>
    </message>
    <message>
        <source>Evaluating the base model on the frozen hold-out…</source>
        <translation>Basismodell wird auf dem eingefrorenen Hold-out evaluiert…</translation>
    </message>
    <message>
        <source>Baseline evaluation {id} of the base model alone on hold-out {holdout}:</source>
        <translation>Baseline-Evaluation {id} des Basismodells allein auf Hold-out {holdout}:</translation>
    </message>
    <message>
        <source>passes every regression check</source>
        <translation>besteht jede Regressionsprüfung</translation>
    </message>
    <message>
        <source>fails {n} regression check(s)</source>
        <translation>Regressionsprüfungen nicht bestanden: {n}</translation>
    </message>
    <message>
        <source>no regression checks</source>
        <translation>keine Regressionsprüfungen</translation>
    </message>
    <message>
        <source>{locale}: chrF++ {score:.1f} [{low:.1f}, {high:.1f}] on {n} items; {checks}</source>
        <translation>{locale}: chrF++ {score:.1f} [{low:.1f}, {high:.1f}] auf {n} Einträgen; {checks}</translation>
    </message>
    <message>
        <source>Sign the baseline report of {id}</source>
        <translation>Baseline-Bericht von {id} signieren</translation>
    </message>
    <message>
        <source>The signature covers each locale&apos;s chrF++ with its interval, the regression checks&apos; pass rate, fidelity and whether the base already passes every regression check.</source>
        <translation>Die Signatur umfasst den chrF++ jeder Sprache mit seinem Intervall, die Erfolgsquote der Regressionsprüfungen, die Sprachtreue und ob die Basis bereits jede Regressionsprüfung besteht.</translation>
    </message>
    <message>
        <source>Baseline report signed by {name}.</source>
        <translation>Baseline-Bericht signiert von {name}.</translation>
    </message>
    <message>
        <source>The base model is compared against baseline evaluation {id} (its report is not signed yet).</source>
        <translation>Das Basismodell wird mit der Baseline-Evaluation {id} verglichen (ihr Bericht ist noch nicht signiert).</translation>
    </message>
    <message>
        <source>{name} on {when}</source>
        <translation>{name} am {when}</translation>
    </message>
    <message>
        <source>The base model is compared against baseline evaluation {id} (signed by {signed}).</source>
        <translation>Das Basismodell wird mit der Baseline-Evaluation {id} verglichen (signiert von {signed}).</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <source>Reject signed-off items</source>
        <translation>Freigegebene Einträge ablehnen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the selected item(s) are signed off: rejecting them voids their sign-off. Why are you rejecting them?</source>
        <translation>
            <numerusform>%Ln ausgewählter Eintrag ist freigegeben: Das Ablehnen macht seine Freigabe ungültig. Warum lehnen Sie ihn ab?</numerusform>
            <numerusform>%Ln ausgewählte Einträge sind freigegeben: Das Ablehnen macht ihre Freigabe ungültig. Warum lehnen Sie sie ab?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve %Ln item(s) for review</source>
        <translation>
            <numerusform>%Ln Eintrag zur Freigabe vorlegen</numerusform>
            <numerusform>%Ln Einträge zur Freigabe vorlegen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %Ln item(s)</source>
        <translation>
            <numerusform>%Ln Eintrag ablehnen</numerusform>
            <numerusform>%Ln Einträge ablehnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln item(s) matching the filters are selected.</source>
        <translation>
            <numerusform>Der %Ln Eintrag, der den Filtern entspricht, ist ausgewählt.</numerusform>
            <numerusform>Alle %Ln Einträge, die den Filtern entsprechen, sind ausgewählt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) are selected.</source>
        <translation>
            <numerusform>%Ln Eintrag ist ausgewählt.</numerusform>
            <numerusform>%Ln Einträge sind ausgewählt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them can make this step; the others stay as they are.</source>
        <translation>
            <numerusform>%Ln davon kann diesen Schritt machen; die übrigen bleiben, wie sie sind.</numerusform>
            <numerusform>%Ln davon können diesen Schritt machen; die übrigen bleiben, wie sie sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve them for sign-off?</source>
        <translation>Zur Freigabe vorlegen?</translation>
    </message>
    <message>
        <source>Reject them? They leave training and review until someone restarts them.</source>
        <translation>Ablehnen? Sie fallen aus Training und Prüfung heraus, bis jemand sie neu startet.</translation>
    </message>
    <message>
        <source>Ctrl+Z undoes it.</source>
        <translation>Ctrl+Z macht es rückgängig.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln selected item(s) can be approved: only de-identified items can. Run de-identification first.</source>
        <translation>
            <numerusform>Der ausgewählte Eintrag (%Ln) kann nicht vorgelegt werden: Nur de-identifizierte Einträge können das. Zuerst de-identifizieren.</numerusform>
            <numerusform>Keiner der %Ln ausgewählten Einträge kann vorgelegt werden: Nur de-identifizierte Einträge können das. Zuerst de-identifizieren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln selected item(s) can be rejected: they already are.</source>
        <translation>
            <numerusform>Der ausgewählte Eintrag (%Ln) kann nicht abgelehnt werden: Er ist es bereits.</numerusform>
            <numerusform>Keiner der %Ln ausgewählten Einträge kann abgelehnt werden: Sie sind es bereits.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Nothing was rejected.</source>
        <translation>Es wurde nichts abgelehnt.</translation>
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
        <source>{locale} base</source>
        <extracomment>Pass rates are percentages: a fixed axis keeps 60 → 40 from looking like 100 → 0.</extracomment>
        <translation>{locale} Basis</translation>
    </message>
    <message>
        <source>{locale}: base model {score}</source>
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
        <source>Δ = checkpoint − base · green better, red worse, bold significant (p &lt; 0.05) · grey: not judged by the policy · ★ target locale</source>
        <translation>Δ = Checkpoint − Basis · grün besser, rot schlechter, fett signifikant (p &lt; 0.05) · grau: von der Richtlinie nicht beurteilt · ★ Zielsprache</translation>
    </message>
    <message>
        <source>Δ = checkpoint minus base. Green: better, red: worse; strong and bold: significant (paired bootstrap, p &lt; 0.05). Grey columns are context the policy does not judge (BLEU, TER). ★ target locale. Hover a cell for its 95% interval.</source>
        <translation>Δ = Checkpoint minus Basis. Grün: besser, rot: schlechter; kräftig und fett: signifikant (gepaartes Bootstrap, p &lt; 0.05). Graue Spalten sind Kontext, den die Richtlinie nicht beurteilt (BLEU, TER). ★ Zielsprache. Zeigen Sie auf eine Zelle für ihr 95-%-Intervall.</translation>
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
        <source>Compare two runs</source>
        <translation>Zwei Läufe vergleichen</translation>
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
        <source>Personal data was found after this run in its snapshot(s) {snapshots}: the corrected items are not in what it was trained or evaluated on. Sign them off, create a new snapshot and train again before handing it off.</source>
        <translation>Nach diesem Lauf wurden in seinem Snapshot/seinen Snapshots {snapshots} Personendaten gefunden: Die korrigierten Einträge sind nicht in dem, womit er trainiert oder evaluiert wurde. Geben Sie sie frei, erstellen Sie einen neuen Snapshot und trainieren Sie erneut, bevor Sie übergeben.</translation>
    </message>
    <message>
        <source> (recommended)</source>
        <translation> (empfohlen)</translation>
    </message>
    <message>
        <source> (closest)</source>
        <translation> (am nächsten)</translation>
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
</context>
<context>
    <name>DataView</name>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Move to use case…</source>
        <translation>In Anwendungsfall verschieben…</translation>
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
        <source>J / K  next · previous     A  approve for review     R  reject     E or Enter  edit     Ctrl+G  go to #     Ctrl+A  select all     /  search</source>
        <translation>J / K  nächster · vorheriger     A  zur Freigabe vorlegen     R  ablehnen     E oder Enter  bearbeiten     Ctrl+G  gehe zu #     Ctrl+A  alle auswählen     /  suchen</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Nächster Eintrag</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Vorheriger Eintrag</translation>
    </message>
    <message>
        <source>Approve for review</source>
        <translation>Zur Freigabe vorlegen</translation>
    </message>
    <message>
        <source>Open in the editor</source>
        <translation>Im Editor öffnen</translation>
    </message>
    <message>
        <source>Select every item matching the filters</source>
        <translation>Alle Einträge auswählen, die den Filtern entsprechen</translation>
    </message>
    <message>
        <source>Last item</source>
        <translation>Letzter Eintrag</translation>
    </message>
    <message>
        <source>First item</source>
        <translation>Erster Eintrag</translation>
    </message>
    <message>
        <source>Go to item #…</source>
        <translation>Gehe zu Eintrag #…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln ausgewählt</numerusform>
            <numerusform>%Ln ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Select all %Ln matching</source>
        <translation>
            <numerusform>Den %Ln passenden auswählen</numerusform>
            <numerusform>Alle %Ln passenden auswählen</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting items…</source>
        <translation>Einträge werden gezählt…</translation>
    </message>
    <message>
        <source>Only drafts and de-identified items change use case: the selection is {status}. An owner signed the others for their use case; return them to the annotator first.</source>
        <translation>Nur Entwürfe und de-identifizierte Einträge wechseln den Anwendungsfall; die Auswahl ist: {status}. Die übrigen haben Fachverantwortliche für ihren Anwendungsfall signiert; geben Sie sie zuerst an die Annotator/in zurück.</translation>
    </message>
    <message>
        <source>Put the selected drafts and de-identified items into another use case</source>
        <translation>Die gewählten Entwürfe und de-identifizierten Einträge in einen anderen Anwendungsfall verschieben</translation>
    </message>
    <message>
        <source>No use case</source>
        <translation>Kein Anwendungsfall</translation>
    </message>
    <message>
        <source>Move to use case</source>
        <translation>In Anwendungsfall verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s) to:</source>
        <translation>
            <numerusform>Einträge (%n) verschieben nach:</numerusform>
            <numerusform>Einträge (%n) verschieben nach:</numerusform>
        </translation>
    </message>
    <message>
        <source>no use case</source>
        <translation>kein Anwendungsfall</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) moved to {use_case}.</source>
        <translation>
            <numerusform>Nach {use_case} verschobene Einträge: %n.</numerusform>
            <numerusform>Nach {use_case} verschobene Einträge: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Go to item</source>
        <translation>Gehe zu Eintrag</translation>
    </message>
    <message>
        <source>Item number (#):</source>
        <translation>Eintragsnummer (#):</translation>
    </message>
    <message>
        <source>There is no item #{id} in this project.</source>
        <translation>In diesem Projekt gibt es keinen Eintrag #{id}.</translation>
    </message>
    <message>
        <source>Item #{id} did not match the filters: they were cleared to show it.</source>
        <translation>Eintrag #{id} entsprach den Filtern nicht: Sie wurden zurückgesetzt, um ihn zu zeigen.</translation>
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
        <source>%n item(s) in this project</source>
        <translation>
            <numerusform>%n Eintrag in diesem Projekt</numerusform>
            <numerusform>%n Einträge in diesem Projekt</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an item first.</source>
        <extracomment>up to this many selected rows, the buttons say whether their statuses allow the step; above it (Ctrl+A over 100k items) the step itself counts what can move, and asks</extracomment>
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
        <source>Closest checkpoint: {checkpoint} (no checkpoint passes the policy)</source>
        <translation>Nächster Checkpoint: {checkpoint} (keiner erfüllt die Richtlinie)</translation>
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
        <source>For context only: the go/no-go policy does not judge this metric.</source>
        <translation>Nur als Kontext: Die Go/No-Go-Richtlinie beurteilt diese Metrik nicht.</translation>
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
        <source>Returned by {author} on {when}: “{comment}”</source>
        <translation>Zurückgegeben von {author} am {when}: «{comment}»</translation>
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
    <message>
        <source>Analysing item {id} for personal data…</source>
        <translation>Eintrag {id} wird auf Personendaten geprüft…</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <source>Erase original texts</source>
        <translation>Originaltexte löschen</translation>
    </message>
    <message>
        <source>For a data-protection request: the texts of revisions that are not de-identified (imports, edits, drafts, texts in which personal data was found later) are blanked. De-identified revisions, every hash, signature and snapshot, and the audit trail stay and still verify. This cannot be undone.</source>
        <translation>Für ein Datenschutzbegehren: Die Texte nicht de-identifizierter Revisionen (Importe, Bearbeitungen, Entwürfe, Texte, in denen später Personendaten gefunden wurden) werden geleert. De-identifizierte Revisionen, alle Hashes, Signaturen und Snapshots sowie der Prüfpfad bleiben und lassen sich weiterhin prüfen. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Of these items</source>
        <translation>Dieser Einträge</translation>
    </message>
    <message>
        <source>Written before</source>
        <translation>Geschrieben vor</translation>
    </message>
    <message>
        <source>item numbers, e.g. 12, 48</source>
        <translation>Eintragsnummern, z. B. 12, 48</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Give the numbers of the items, separated by commas.</source>
        <translation>Geben Sie die Nummern der Einträge an, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>{n} revision(s) of {items} item(s) would be erased.</source>
        <translation>{n} Revision(en) von {items} Eintrag/Einträgen würden gelöscht.</translation>
    </message>
    <message>
        <source>Erase {n} original text(s)</source>
        <translation>{n} Originaltext(e) löschen</translation>
    </message>
    <message>
        <source>{n} revision(s) of {items} item(s) are blanked; items whose current text is erased are rejected.</source>
        <translation>{n} Revision(en) von {items} Eintrag/Einträgen werden geleert; Einträge, deren aktueller Text gelöscht wird, werden abgelehnt.</translation>
    </message>
    <message>
        <source>Erased {n} revision(s) of {items} item(s); the record still verifies.</source>
        <translation>{n} Revision(en) von {items} Eintrag/Einträgen gelöscht; der Nachweis lässt sich weiterhin prüfen.</translation>
    </message>
    <message>
        <source>The texts are erased from the project, but another program has its file open, so the old text can still be read from unused parts of the file until the next erasure compacts it. Close the project in every other window and program before the next erasure.</source>
        <translation>Die Texte sind aus dem Projekt gelöscht, aber ein anderes Programm hat seine Datei geöffnet: Der alte Text ist daher in unbenutzten Teilen der Datei noch lesbar, bis die nächste Löschung sie verdichtet. Schliessen Sie das Projekt vor der nächsten Löschung in allen anderen Fenstern und Programmen.</translation>
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
    <message>
        <source>Search prompts and answers</source>
        <translation>Prompts und Antworten durchsuchen</translation>
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
        <source>Mark selection (Ctrl+M)</source>
        <translation>Auswahl markieren (Ctrl+M)</translation>
    </message>
    <message>
        <source>Write the de-identified revision</source>
        <translation>De-identifizierte Revision schreiben</translation>
    </message>
    <message>
        <source>Preparing the de-identified text…</source>
        <extracomment>whether the detector has analysed exactly this revision (store/analyses.py): until it has, nothing on this panel may claim the text is free of personal data.</extracomment>
        <translation>De-identifizierter Text wird vorbereitet…</translation>
    </message>
    <message>
        <source>The detector is analysing this revision: its findings appear here when it is done. Until then it cannot be de-identified.</source>
        <translation>Die Erkennung prüft diese Revision: Ihre Funde erscheinen hier, sobald sie fertig ist. Bis dahin kann sie nicht de-identifiziert werden.</translation>
    </message>
    <message>
        <source>The detector analysed this revision and found no personal data.</source>
        <translation>Die Erkennung hat diese Revision geprüft und keine Personendaten gefunden.</translation>
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
        <source>The detector has not analysed this revision yet: wait for its findings.</source>
        <translation>Die Erkennung hat diese Revision noch nicht geprüft: Warten Sie auf ihre Funde.</translation>
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
        <source>Writing the de-identified revision…</source>
        <translation>Die de-identifizierte Revision wird geschrieben…</translation>
    </message>
    <message>
        <source>De-identified revision written and analysed; the item is ready for review.</source>
        <translation>De-identifizierte Revision geschrieben und geprüft; der Eintrag ist bereit zur Prüfung.</translation>
    </message>
    <message>
        <source>Recording the missed personal data…</source>
        <translation>Übersehene Personendaten werden festgehalten…</translation>
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
        <source>Choose a use case at the top of the page: each use case has its own training snapshots and hold-out.</source>
        <translation>Wählen Sie oben auf der Seite einen Anwendungsfall: Jeder Anwendungsfall hat eigene Trainings-Snapshots und ein eigenes Hold-out.</translation>
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
    <name>HoldoutPlanWidget</name>
    <message>
        <source>{n} items: enough</source>
        <translation>{n} Einträge: genug</translation>
    </message>
    <message>
        <source>{n} of about {needed} items</source>
        <translation>{n} von etwa {needed} Einträgen</translation>
    </message>
    <message>
        <source>{n} items: enough to show that the locale stays within −{tol} chrF++ of the base (gains from about {gain} points can show).</source>
        <translation>{n} Einträge: genug, um zu zeigen, dass die Sprache innerhalb von −{tol} chrF++ der Basis bleibt (Gewinne ab etwa {gain} Punkten werden sichtbar).</translation>
    </message>
    <message>
        <source>{n} items: too few to show that the locale stays within −{tol} chrF++ of the base; the verdict would be inconclusive. About {needed} items are needed (only gains above about {gain} points can show).</source>
        <translation>{n} Einträge: zu wenige, um zu zeigen, dass die Sprache innerhalb von −{tol} chrF++ der Basis bleibt; das Urteil wäre nicht schlüssig. Etwa {needed} Einträge sind nötig (nur Gewinne über etwa {gain} Punkten werden sichtbar).</translation>
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
        <source>Use case</source>
        <translation>Anwendungsfall</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Searching items…</source>
        <extracomment>emitted after every (re)load with the number of matching items pages of rows kept in memory (a million rows are never all read) the filters of the keys shown (what &quot;select all matching&quot; acts on)</extracomment>
        <translation>Einträge werden gesucht…</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>Nach dieser Spalte kann nicht sortiert werden</translation>
    </message>
</context>
<context>
    <name>LaunchChecks</name>
    <message>
        <source>No frozen hold-out yet: the domain owners sign off the evaluation items and freeze them before any training.</source>
        <extracomment>Problem code → what the window says (the figures come from the problem&apos;s params).</extracomment>
        <translation>Noch kein eingefrorenes Hold-out: Die Fachverantwortlichen geben die Evaluationseinträge frei und frieren sie vor jedem Training ein.</translation>
    </message>
    <message>
        <source>Hold-out {id} is not frozen for {locales} yet: each locale&apos;s owner freezes their part.</source>
        <translation>Hold-out {id} ist für {locales} noch nicht eingefroren: Die verantwortliche Person jeder Sprache friert ihren Teil ein.</translation>
    </message>
    <message>
        <source>Hold-out {id} no longer matches its manifest or signature: freeze a new hold-out and report it to compliance.</source>
        <translation>Hold-out {id} entspricht nicht mehr seinem Manifest oder seiner Signatur: Frieren Sie ein neues Hold-out ein und melden Sie es der Compliance.</translation>
    </message>
    <message>
        <source>No training snapshot yet: sign off pairs, then create a training snapshot.</source>
        <translation>Noch kein Trainings-Snapshot: Geben Sie Paare frei und erstellen Sie dann einen Trainings-Snapshot.</translation>
    </message>
    <message>
        <source>Training snapshot {id} does not match its manifest: create a new one and report it to compliance.</source>
        <translation>Trainings-Snapshot {id} entspricht nicht seinem Manifest: Erstellen Sie einen neuen und melden Sie es der Compliance.</translation>
    </message>
    <message>
        <source>Snapshot {id} names {n} revision(s) nobody signed off: take a new snapshot.</source>
        <translation>Snapshot {id} nennt {n} Revision(en), die niemand freigegeben hat: Erstellen Sie einen neuen Snapshot.</translation>
    </message>
    <message>
        <source>{n} item(s) of snapshot {id} were rejected after it was taken (e.g. item {item}): take a new snapshot.</source>
        <translation>{n} Eintrag/Einträge von Snapshot {id} wurden danach abgelehnt (z. B. Eintrag {item}): Erstellen Sie einen neuen Snapshot.</translation>
    </message>
    <message>
        <source>{n} item(s) of snapshot {id} have unreviewed de-identification findings (e.g. item {item}): review them first.</source>
        <translation>{n} Eintrag/Einträge von Snapshot {id} haben ungeprüfte Personendaten-Funde (z. B. Eintrag {item}): Prüfen Sie diese zuerst.</translation>
    </message>
    <message>
        <source>{n} training pair(s) overlap the hold-out: reject them and create a new training snapshot, or give an override reason (recorded in the audit trail). {summary}</source>
        <translation>{n} Trainingspaar(e) überschneiden sich mit dem Hold-out: Lehnen Sie sie ab und erstellen Sie einen neuen Trainings-Snapshot, oder geben Sie einen Grund für die Ausnahme an (wird im Prüfpfad festgehalten). {summary}</translation>
    </message>
    <message>
        <source>An override of the contamination check needs a reason an auditor can follow (at least {min} characters).</source>
        <translation>Eine Ausnahme von der Kontaminationsprüfung braucht einen Grund, dem eine Revisorin folgen kann (mindestens {min} Zeichen).</translation>
    </message>
    <message>
        <source>{n} pair(s) signed off since training snapshot {id} are not in it: create a new training snapshot to train on them.</source>
        <translation>{n} seit Trainings-Snapshot {id} freigegebene(s) Paar(e) sind nicht darin: Erstellen Sie einen neuen Trainings-Snapshot, um damit zu trainieren.</translation>
    </message>
    <message>
        <source>Training snapshot {id} has {pairs} signed pairs; by the method&apos;s rule of thumb this method on the {size} class starts to move with about {wanted} per use case (fewer than {share} per locale in: {thin}). Expect little change; sign off more pairs before a run that counts.</source>
        <translation>Der Trainings-Snapshot {id} hat {pairs} signierte Paare; nach der Faustregel der Methode beginnt diese Methode in der {size}-Klasse ab etwa {wanted} Paaren pro Anwendungsfall zu wirken (weniger als {share} pro Sprache in: {thin}). Erwarten Sie wenig Veränderung; signieren Sie mehr Paare vor einem Lauf, der zählt.</translation>
    </message>
    <message>
        <source>The scope of use case {use_case} (version {version}) is not signed by every owner yet: {missing} still to sign. A run trains a use case&apos;s adapter only under a scope in force.</source>
        <translation>Der Geltungsbereich von Anwendungsfall {use_case} (Version {version}) ist noch nicht von allen Fachverantwortlichen signiert; noch zu signieren: {missing}. Ein Lauf trainiert den Adapter eines Anwendungsfalls nur mit einem Geltungsbereich, der in Kraft ist.</translation>
    </message>
    <message>
        <source>Training snapshot {id} is not of use case {use_case}: create that use case&apos;s training snapshot.</source>
        <translation>Trainings-Snapshot {id} gehört nicht zum Anwendungsfall {use_case}: Erstellen Sie den Trainings-Snapshot dieses Anwendungsfalls.</translation>
    </message>
    <message>
        <source>The hold-out has no items in {locales}: the evaluation cannot show a gain or a regression there.</source>
        <translation>Das Hold-out hat keine Einträge in {locales}: Die Evaluation kann dort weder Gewinn noch Rückschritt zeigen.</translation>
    </message>
    <message>
        <source>Create a training snapshot</source>
        <extracomment>Fix → the button&apos;s text.</extracomment>
        <translation>Trainings-Snapshot erstellen</translation>
    </message>
    <message>
        <source>Freeze the hold-out…</source>
        <translation>Hold-out einfrieren…</translation>
    </message>
    <message>
        <source>Go to Review</source>
        <translation>Zur Prüfung</translation>
    </message>
    <message>
        <source>Go to Data</source>
        <translation>Zu den Daten</translation>
    </message>
    <message>
        <source>Give an override reason</source>
        <translation>Grund für die Ausnahme angeben</translation>
    </message>
    <message>
        <source>Correct the form</source>
        <translation>Formular korrigieren</translation>
    </message>
    <message>
        <source>Sign the scope…</source>
        <translation>Geltungsbereich signieren…</translation>
    </message>
</context>
<context>
    <name>LaunchSection</name>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Create a training snapshot</source>
        <translation>Trainings-Snapshot erstellen</translation>
    </message>
    <message>
        <source>Freeze the hold-out…</source>
        <translation>Hold-out einfrieren…</translation>
    </message>
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
        <source>Run {id} submitted to Slurm as job {job}.</source>
        <translation>Lauf {id} als Slurm-Job {job} eingereicht.</translation>
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
    <message>
        <source>No training snapshot yet.</source>
        <translation>Noch kein Trainings-Snapshot.</translation>
    </message>
    <message>
        <source>Training snapshot “{name}” ({id}): {n} pairs.</source>
        <translation>Trainings-Snapshot «{name}» ({id}): {n} Paare.</translation>
    </message>
    <message>
        <source>Pairs signed off or changed since are not in it yet.</source>
        <translation>Seither freigegebene oder geänderte Paare sind noch nicht darin.</translation>
    </message>
    <message>
        <source>Hold-out “{name}” ({id}): {n} items, frozen.</source>
        <translation>Hold-out «{name}» ({id}): {n} Einträge, eingefroren.</translation>
    </message>
    <message>
        <source>Hold-out {id}: still to be frozen for {locales}.</source>
        <translation>Hold-out {id}: für {locales} noch einzufrieren.</translation>
    </message>
    <message>
        <source>The hold-out is not frozen yet.</source>
        <translation>Das Hold-out ist noch nicht eingefroren.</translation>
    </message>
    <message>
        <source>none chosen: choose one at the top of the page</source>
        <translation>keiner gewählt: Wählen Sie oben auf der Seite einen</translation>
    </message>
    <message>
        <source>scope v{v} in force</source>
        <translation>Geltungsbereich v{v} in Kraft</translation>
    </message>
    <message>
        <source>scope v{v} not signed by {missing} yet</source>
        <translation>Geltungsbereich v{v} noch nicht von {missing} signiert</translation>
    </message>
    <message>
        <source>The training snapshot already holds every signed-off pair.</source>
        <translation>Der Trainings-Snapshot enthält bereits alle freigegebenen Paare.</translation>
    </message>
    <message>
        <source>Take every signed-off pair into a new training snapshot</source>
        <translation>Alle freigegebenen Paare in einen neuen Trainings-Snapshot übernehmen</translation>
    </message>
    <message>
        <source>The frozen hold-out is up to date: nothing to freeze.</source>
        <translation>Das eingefrorene Hold-out ist aktuell: nichts einzufrieren.</translation>
    </message>
    <message>
        <source>Sign the hold-out as frozen for evaluation (password)</source>
        <translation>Das Hold-out als für die Evaluation eingefroren signieren (Passwort)</translation>
    </message>
    <message>
        <source>{use_case} training v{n}</source>
        <translation>{use_case} Training v{n}</translation>
    </message>
    <message>
        <source>training v{n}</source>
        <translation>Training v{n}</translation>
    </message>
    <message>
        <source>Creating a training snapshot…</source>
        <translation>Trainings-Snapshot wird erstellt…</translation>
    </message>
    <message>
        <source>Training snapshot “{name}” ({id}) created: {n} pairs ({per}).</source>
        <translation>Trainings-Snapshot «{name}» ({id}) erstellt: {n} Paare ({per}).</translation>
    </message>
    <message>
        <source>Hold-out frozen as “{name}” ({id}, {n} items).</source>
        <translation>Hold-out eingefroren als «{name}» ({id}, {n} Einträge).</translation>
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
        <source>&amp;Use cases and scope…</source>
        <translation>&amp;Anwendungsfälle und Geltungsbereich…</translation>
    </message>
    <message>
        <source>&amp;Engine Python…</source>
        <translation>&amp;Engine-Python…</translation>
    </message>
    <message>
        <source>&amp;Erase original texts…</source>
        <translation>Originaltexte &amp;löschen…</translation>
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
        <source>De-identify the selected items</source>
        <translation>Ausgewählte Einträge de-identifizieren</translation>
    </message>
    <message>
        <source>De-identify every draft</source>
        <translation>Alle Entwürfe de-identifizieren</translation>
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
        <source>The language changes the next time the workbench starts.</source>
        <translation>Die Sprache wechselt beim nächsten Start der Workbench.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Review page → Freeze</source>
        <translation>Seite Prüfung → Einfrieren</translation>
    </message>
    <message>
        <source>Training page → Create a training snapshot</source>
        <translation>Seite Training → Trainings-Snapshot erstellen</translation>
    </message>
    <message>
        <source>the Training page</source>
        <translation>die Seite Training</translation>
    </message>
    <message>
        <source>the Data page</source>
        <translation>die Seite Daten</translation>
    </message>
    <message>
        <source>Training page → Resume</source>
        <translation>Seite Training → Fortsetzen</translation>
    </message>
    <message>
        <source>the sign-in dialog</source>
        <translation>den Anmeldedialog</translation>
    </message>
    <message>
        <source>the Editor&apos;s findings</source>
        <translation>die Funde im Editor</translation>
    </message>
    <message>
        <source>Data page → De-identify</source>
        <translation>Seite Daten → De-identifizieren</translation>
    </message>
    <message>
        <source>Dashboard → Evaluate</source>
        <translation>Dashboard → Evaluieren</translation>
    </message>
    <message>
        <source>Dashboard → Record decision</source>
        <translation>Dashboard → Entscheid festhalten</translation>
    </message>
    <message>
        <source>File → Sign in</source>
        <translation>Datei → Anmelden</translation>
    </message>
    <message>
        <source>Audit page → Verify</source>
        <translation>Seite Prüfpfad → Prüfen</translation>
    </message>
    <message>
        <source>File → New project</source>
        <translation>Datei → Neues Projekt</translation>
    </message>
    <message>
        <source>Training page</source>
        <translation>Seite Training</translation>
    </message>
    <message>
        <source>Dashboard → Hand off</source>
        <translation>Dashboard → Übergeben</translation>
    </message>
    <message>
        <source>choose the locale when importing</source>
        <extracomment>Flag phrases → the control that sets the same thing in the window.</extracomment>
        <translation>beim Import die Sprache wählen</translation>
    </message>
    <message>
        <source>open the right project folder (File → Open)</source>
        <translation>den richtigen Projektordner öffnen (Datei → Öffnen)</translation>
    </message>
    <message>
        <source>choose a CPU preset</source>
        <translation>eine CPU-Vorgabe wählen</translation>
    </message>
    <message>
        <source>(the Contamination override field)</source>
        <translation>(das Feld für die Kontaminations-Ausnahme)</translation>
    </message>
    <message>
        <source>choose an empty folder, or confirm to</source>
        <translation>einen leeren Ordner wählen oder bestätigen, um</translation>
    </message>
    <message>
        <source>sign in first</source>
        <translation>zuerst anmelden</translation>
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
        <source>erase original texts</source>
        <translation>Originaltexte löschen</translation>
    </message>
    <message>
        <source>define use cases and their scope</source>
        <translation>Anwendungsfälle und ihren Geltungsbereich festlegen</translation>
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
        <extracomment>Items whose content or status changed ([] = many or unknown: reload). The use case the Data, Review, Training and Dashboard pages show (see `use_case`). A use case was created, its scope changed or signed (dialogs/scope.py). None: every use case; a use case&apos;s id; or store.items.NO_USE_CASE (items of none).</extracomment>
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
        <source>Returned by {who} on {when}:</source>
        <translation>Zurückgegeben von {who} am {when}:</translation>
    </message>
    <message>
        <source>Personal-data findings still to review: {n}</source>
        <translation>Noch zu prüfende Personendaten-Funde: {n}</translation>
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
    <name>RecheckAction</name>
    <message>
        <source>Re-check on a newer hold-out…</source>
        <translation>Nachprüfung auf neuerem Hold-out…</translation>
    </message>
    <message>
        <source>Choose a run that was handed off.</source>
        <translation>Wählen Sie einen übergebenen Lauf.</translation>
    </message>
    <message>
        <source>Evaluate the handed-off checkpoint and its base on a newer frozen hold-out and judge each locale</source>
        <translation>Den übergebenen Checkpoint und seine Basis auf einem neueren eingefrorenen Hold-out evaluieren und jede Sprache beurteilen</translation>
    </message>
    <message>
        <source>Looking for hand-offs and newer hold-outs…</source>
        <translation>Suche nach Übergaben und neueren Hold-outs…</translation>
    </message>
</context>
<context>
    <name>RecheckDialog</name>
    <message>
        <source>Re-check on a newer hold-out</source>
        <translation>Nachprüfung auf neuerem Hold-out</translation>
    </message>
    <message>
        <source>Is the handed-off checkpoint still fit?</source>
        <translation>Ist der übergebene Checkpoint noch tauglich?</translation>
    </message>
    <message>
        <source>The checkpoint and its base are evaluated on the newer hold-out with the decoding of the evaluation that justified its GO, and the go/no-go policy judges each locale: still fit, re-tune or inconclusive. The run&apos;s own results and decision do not change.</source>
        <translation>Der Checkpoint und seine Basis werden auf dem neueren Hold-out mit dem Decoding der Evaluation evaluiert, die sein GO begründet hat, und die Go/No-Go-Richtlinie beurteilt jede Sprache: noch tauglich, nachtrainieren oder nicht schlüssig. Die eigenen Ergebnisse und der Entscheid des Laufs ändern sich nicht.</translation>
    </message>
    <message>
        <source>Hand-off</source>
        <translation>Übergabe</translation>
    </message>
    <message>
        <source>Hold-out version</source>
        <translation>Hold-out-Version</translation>
    </message>
    <message>
        <source>Run the re-check</source>
        <translation>Nachprüfung starten</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Δ chrF++</source>
        <translation>Δ chrF++</translation>
    </message>
    <message>
        <source>Δ vs the GO</source>
        <translation>Δ zum GO</translation>
    </message>
    <message>
        <source>Rule that decided</source>
        <translation>Entscheidende Regel</translation>
    </message>
    <message>
        <source>Sign the finding…</source>
        <translation>Befund signieren…</translation>
    </message>
    <message>
        <source>This run has no hand-off yet.</source>
        <translation>Dieser Lauf wurde noch nicht übergeben.</translation>
    </message>
    <message>
        <source>No newer frozen hold-out of this use case: sign off new hold-out items and freeze a new version.</source>
        <translation>Kein neueres eingefrorenes Hold-out für diesen Anwendungsfall: Geben Sie neue Hold-out-Einträge frei und frieren Sie eine neue Version ein.</translation>
    </message>
    <message>
        <source>Evaluating {subject} and its base on {holdout}…</source>
        <translation>{subject} und seine Basis werden auf {holdout} evaluiert…</translation>
    </message>
    <message>
        <source>Re-checking on a newer hold-out…</source>
        <translation>Nachprüfung auf neuerem Hold-out…</translation>
    </message>
    <message>
        <source>Finding: {finding} (report SHA-256 {hash}…)</source>
        <translation>Befund: {finding} (Bericht SHA-256 {hash}…)</translation>
    </message>
    <message>
        <source>Sign the re-check of {subject}</source>
        <translation>Nachprüfung von {subject} signieren</translation>
    </message>
    <message>
        <source>The signature covers the finding of every locale with its numbers, the evaluations on the new hold-out and the GO they are compared with; the hand-off&apos;s model card gets a History line.</source>
        <translation>Die Signatur umfasst den Befund jeder Sprache mit seinen Zahlen, die Evaluationen auf dem neuen Hold-out und das GO, mit dem sie verglichen werden; die Model Card der Übergabe erhält eine Zeile unter «History».</translation>
    </message>
    <message>
        <source>Signed by {name}: {finding}.</source>
        <translation>Signiert von {name}: {finding}.</translation>
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
    <name>ReportActions</name>
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
        <source>Hold-out size for the go/no-go policy</source>
        <translation>Hold-out-Grösse für die Go/No-Go-Richtlinie</translation>
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
        <source>J / K  next · previous     R  return to the annotator…     E or Enter  open in the editor</source>
        <translation>J / K  nächster · vorheriger     R  an Annotator/in zurückgeben…     E oder Enter  im Editor öffnen</translation>
    </message>
    <message>
        <source>Return to annotator…</source>
        <translation>An Annotator/in zurückgeben…</translation>
    </message>
    <message>
        <source>Sign off…</source>
        <translation>Freigeben…</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Nächster Eintrag</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Vorheriger Eintrag</translation>
    </message>
    <message>
        <source>Return the item to its annotator, with a comment</source>
        <translation>Eintrag mit einem Kommentar an die Annotator/in zurückgeben</translation>
    </message>
    <message>
        <source>Open in the editor</source>
        <translation>Im Editor öffnen</translation>
    </message>
    <message>
        <source>Select an item first.</source>
        <translation>Wählen Sie zuerst einen Eintrag.</translation>
    </message>
    <message>
        <source>Send the selected item back to its annotator with a comment (R): it leaves this queue until it is corrected and de-identified again</source>
        <translation>Den ausgewählten Eintrag mit einem Kommentar an die Annotator/in zurückgeben (R): Er verlässt diese Warteschlange, bis er korrigiert und erneut de-identifiziert ist</translation>
    </message>
    <message>
        <source>Return item #{id} to the annotator</source>
        <translation>Eintrag #{id} an die Annotator/in zurückgeben</translation>
    </message>
    <message>
        <source>What should the annotator change? They read this next to the item.</source>
        <translation>Was soll die Annotator/in ändern? Sie liest es neben dem Eintrag.</translation>
    </message>
    <message>
        <source>Nothing was returned.</source>
        <translation>Es wurde nichts zurückgegeben.</translation>
    </message>
    <message>
        <source>Item #{id} went back to its annotator with your comment.</source>
        <translation>Eintrag #{id} ging mit Ihrem Kommentar an die Annotator/in zurück.</translation>
    </message>
    <message>
        <source>You own this locale</source>
        <translation>Sie verantworten diese Sprache</translation>
    </message>
    <message>
        <source>{name}: {pairs} of about {wanted} signed pairs</source>
        <translation>{name}: {pairs} von etwa {wanted} freigegebenen Paaren</translation>
    </message>
    <message>
        <source>{pairs} signed training pairs. LoRA on the 8B class starts to move with about {wanted} per use case; a full fine-tune of the 70B with tens of thousands.</source>
        <translation>{pairs} signierte Trainingspaare. LoRA in der 8B-Klasse beginnt ab etwa {wanted} pro Anwendungsfall zu wirken; ein volles Fine-Tuning des 70B ab Zehntausenden.</translation>
    </message>
    <message>
        <source>{name}: {pairs} signed training pairs; LoRA on the 8B class starts to move with about {wanted} per use case.</source>
        <translation>{name}: {pairs} signierte Trainingspaare; LoRA in der 8B-Klasse beginnt ab etwa {wanted} pro Anwendungsfall zu wirken.</translation>
    </message>
    <message>
        <source>Fewer than about {share} per locale in: {locales}.</source>
        <translation>Weniger als etwa {share} pro Sprache in: {locales}.</translation>
    </message>
    <message>
        <source>{entity} (declared by: {classes})</source>
        <translation>{entity} (deklariert von: {classes})</translation>
    </message>
    <message>
        <source>no data class</source>
        <translation>keine Datenklasse</translation>
    </message>
    <message>
        <source>item #{id} ({locale}, {use_case}): {types}</source>
        <translation>Eintrag #{id} ({locale}, {use_case}): {types}</translation>
    </message>
    <message>
        <source>… and %n more.</source>
        <translation>… und %n weitere.</translation>
    </message>
    <message>
        <source>Use cases and scope…</source>
        <translation>Anwendungsfälle und Geltungsbereich…</translation>
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
    <message>
        <source>(recorded as “{meaning}”)</source>
        <translation>(festgehalten als «{meaning}»)</translation>
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
        <source>approved as training data for {locale}</source>
        <translation>freigegeben als Trainingsdaten für {locale}</translation>
    </message>
    <message>
        <source>approved as hold-out evaluation items for {locale}</source>
        <translation>freigegeben als Hold-out-Evaluationseinträge für {locale}</translation>
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
    <name>RunComparison</name>
    <message>
        <source>Compare with</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <source>Reading the run to compare…</source>
        <translation>Vergleichslauf wird gelesen…</translation>
    </message>
    <message>
        <source>Pick another evaluated run to compare with.</source>
        <translation>Wählen Sie einen anderen evaluierten Lauf zum Vergleich.</translation>
    </message>
    <message>
        <source>{run}: {metric} Δ</source>
        <translation>{run}: {metric} Δ</translation>
    </message>
    <message>
        <source>Verdict {run}</source>
        <translation>Urteil {run}</translation>
    </message>
    <message>
        <source>{a} at {la} against {b} at {lb}, each against its own base on its own frozen hold-out; bold: the better run for that locale.</source>
        <translation>{a} bei {la} gegenüber {b} bei {lb}, jeweils gegen die eigene Basis auf dem eigenen eingefrorenen Hold-out; fett: der bessere Lauf für diese Sprache.</translation>
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
        <source>{h} h {m:02d} min</source>
        <extracomment>Step events kept for the pace of the estimate (older ones only cost memory).</extracomment>
        <translation>{h} h {m:02d} min</translation>
    </message>
    <message>
        <source>{m} min {s:02d} s</source>
        <translation>{m} min {s:02d} s</translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation>{s} s</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <source>Step</source>
        <extracomment>The run reached a terminal event (done, error, cancelled, interrupted, requeued). A checkpoint was written (step) — the dashboard may have new results soon. How the run ended (done, error, cancelled, interrupted, requeued), once it has. The run&apos;s phase, elapsed time and estimate (&quot;Running · 1 min 12 s elapsed · about 40 s left&quot;).</extracomment>
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
        <extracomment>Per checkpoint: evaluated, n of m answers, failed or waiting.</extracomment>
        <translation>Trainings-Loss</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <source>No steps yet</source>
        <translation>Noch keine Schritte</translation>
    </message>
    <message>
        <source>The loss and learning-rate curves appear with the run&apos;s first step.</source>
        <translation>Die Kurven für Loss und Lernrate erscheinen mit dem ersten Schritt des Laufs.</translation>
    </message>
    <message>
        <source>{time} elapsed</source>
        <translation>{time} vergangen</translation>
    </message>
    <message>
        <source>about {time} left</source>
        <translation>noch etwa {time}</translation>
    </message>
    <message>
        <source>{done} of {total} answers</source>
        <translation>{done} von {total} Antworten</translation>
    </message>
    <message>
        <source>started</source>
        <translation>gestartet</translation>
    </message>
    <message>
        <source>evaluated</source>
        <translation>evaluiert</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>base: {state}</source>
        <translation>Basis: {state}</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>step {step}: {state}</source>
        <translation>Schritt {step}: {state}</translation>
    </message>
    <message>
        <source>Evaluation per checkpoint — {parts}</source>
        <translation>Evaluation pro Checkpoint — {parts}</translation>
    </message>
    <message>
        <source>Evaluation per checkpoint: no checkpoint yet</source>
        <translation>Evaluation pro Checkpoint: noch kein Checkpoint</translation>
    </message>
    <message>
        <source>training</source>
        <translation>Training</translation>
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
        <source>validation (split of the training snapshot)</source>
        <translation>Validierung (abgetrennter Teil des Trainings-Snapshots)</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} von {total}</translation>
    </message>
    <message>
        <source>requeued by Slurm at step {step}: the job continues from its checkpoint when Slurm starts it again</source>
        <translation>von Slurm bei Schritt {step} neu eingereiht: der Job macht bei seinem Checkpoint weiter, sobald Slurm ihn wieder startet</translation>
    </message>
</context>
<context>
    <name>RunStatus</name>
    <message>
        <source>queued</source>
        <extracomment>What a run&apos;s phase is called on screen (train/progress.py says which phase it is in).</extracomment>
        <translation>in der Warteschlange</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>requeued</source>
        <translation>erneut eingereiht</translation>
    </message>
    <message>
        <source>checkpoint evaluation {n}/{m}</source>
        <extracomment>How often the list looks at its live runs again (a registry read and a lock check each).</extracomment>
        <translation>Checkpoint-Evaluation {n}/{m}</translation>
    </message>
    <message>
        <source>Slurm job {job}</source>
        <translation>Slurm-Job {job}</translation>
    </message>
</context>
<context>
    <name>ScopeDialog</name>
    <message>
        <source>Use cases and scope</source>
        <translation>Anwendungsfälle und Geltungsbereich</translation>
    </message>
    <message>
        <source>Each use case trains its own adapter, on its own items, within a scope its owners signed: the tasks, the locales and the regulated data classes it may touch.</source>
        <translation>Jeder Anwendungsfall trainiert seinen eigenen Adapter mit seinen eigenen Einträgen, innerhalb eines von seinen Fachverantwortlichen signierten Geltungsbereichs: die Aufgaben, die Sprachen und die regulierten Datenklassen, die er berühren darf.</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Anwendungsfall</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signiert von</translation>
    </message>
    <message>
        <source>Still to sign</source>
        <translation>Noch zu signieren</translation>
    </message>
    <message>
        <source>New use case…</source>
        <translation>Neuer Anwendungsfall…</translation>
    </message>
    <message>
        <source>Change the scope…</source>
        <translation>Geltungsbereich ändern…</translation>
    </message>
    <message>
        <source>Sign this scope…</source>
        <translation>Diesen Geltungsbereich signieren…</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>in Kraft</translation>
    </message>
    <message>
        <source>awaiting signatures (v{v} stays in force)</source>
        <translation>wartet auf Signaturen (v{v} bleibt in Kraft)</translation>
    </message>
    <message>
        <source>awaiting signatures</source>
        <translation>wartet auf Signaturen</translation>
    </message>
    <message>
        <source>No use case yet. A use case names what a fine-tune is for; create one, then its owners sign its scope.</source>
        <translation>Noch kein Anwendungsfall. Ein Anwendungsfall benennt, wofür ein Fine-Tuning dient; erstellen Sie einen, danach signieren seine Fachverantwortlichen den Geltungsbereich.</translation>
    </message>
    <message>
        <source>Tasks: {tasks}</source>
        <translation>Aufgaben: {tasks}</translation>
    </message>
    <message>
        <source>Locales: {locales}</source>
        <translation>Sprachen: {locales}</translation>
    </message>
    <message>
        <source>Data classes: {classes}</source>
        <translation>Datenklassen: {classes}</translation>
    </message>
    <message>
        <source>Owners: {owners}</source>
        <translation>Fachverantwortliche: {owners}</translation>
    </message>
    <message>
        <source>Define a new use case and its scope</source>
        <translation>Neuen Anwendungsfall und seinen Geltungsbereich festlegen</translation>
    </message>
    <message>
        <source>Choose a use case first.</source>
        <translation>Wählen Sie zuerst einen Anwendungsfall.</translation>
    </message>
    <message>
        <source>Record a new version of this scope, with a reason; its owners sign it again</source>
        <translation>Neue Version dieses Geltungsbereichs mit Begründung erfassen; die Fachverantwortlichen signieren ihn erneut</translation>
    </message>
    <message>
        <source>Sign in to sign a scope.</source>
        <translation>Melden Sie sich an, um einen Geltungsbereich zu signieren.</translation>
    </message>
    <message>
        <source>Only the owners of this use case sign its scope: {owners}.</source>
        <translation>Nur die Fachverantwortlichen dieses Anwendungsfalls signieren seinen Geltungsbereich: {owners}.</translation>
    </message>
    <message>
        <source>You signed version {v} of this scope already.</source>
        <translation>Sie haben Version {v} dieses Geltungsbereichs bereits signiert.</translation>
    </message>
    <message>
        <source>Approve this version of the scope with your password</source>
        <translation>Diese Version des Geltungsbereichs mit Ihrem Passwort genehmigen</translation>
    </message>
    <message>
        <source>Scope v{v} of {id} recorded: its owners sign it next ({owners}).</source>
        <translation>Geltungsbereich v{v} von {id} erfasst: Als Nächstes signieren ihn die Fachverantwortlichen ({owners}).</translation>
    </message>
    <message>
        <source>After your signature the scope is in force.</source>
        <translation>Nach Ihrer Signatur ist der Geltungsbereich in Kraft.</translation>
    </message>
    <message>
        <source>After your signature, still to sign: {owners}.</source>
        <translation>Nach Ihrer Signatur noch zu signieren: {owners}.</translation>
    </message>
    <message>
        <source>Sign the scope of {name}</source>
        <translation>Geltungsbereich von {name} signieren</translation>
    </message>
    <message>
        <source>Scope v{v} of {id} is in force.</source>
        <translation>Geltungsbereich v{v} von {id} ist in Kraft.</translation>
    </message>
    <message>
        <source>Signed. Still to sign scope v{v} of {id}: {owners}.</source>
        <translation>Signiert. Geltungsbereich v{v} von {id} noch zu signieren: {owners}.</translation>
    </message>
</context>
<context>
    <name>ScopeEditor</name>
    <message>
        <source>Change the scope of {id}</source>
        <translation>Geltungsbereich von {id} ändern</translation>
    </message>
    <message>
        <source>New use case</source>
        <translation>Neuer Anwendungsfall</translation>
    </message>
    <message>
        <source>e.g. back-office (lower-case letters, digits, dashes)</source>
        <translation>z. B. back-office (Kleinbuchstaben, Ziffern, Bindestriche)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>e.g. Back-office advisor</source>
        <translation>z. B. Beratung Backoffice</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>One task per line, e.g. answer client questions about accounts</source>
        <translation>Eine Aufgabe pro Zeile, z. B. Kundenfragen zu Konten beantworten</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Locales</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Data classes</source>
        <translation>Datenklassen</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Fachverantwortliche</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Why the scope changes: every owner signs it again</source>
        <translation>Warum sich der Geltungsbereich ändert: Alle Fachverantwortlichen signieren ihn erneut</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>The scope is in force once every owner named has signed it. Items whose personal data falls outside the declared data classes are flagged for the owners.</source>
        <translation>Der Geltungsbereich ist in Kraft, sobald alle genannten Fachverantwortlichen ihn signiert haben. Einträge mit Personendaten ausserhalb der deklarierten Datenklassen werden den Fachverantwortlichen gemeldet.</translation>
    </message>
    <message>
        <source>Record the new version</source>
        <translation>Neue Version erfassen</translation>
    </message>
    <message>
        <source>Create the use case</source>
        <translation>Anwendungsfall erstellen</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Save the item</source>
        <translation>Eintrag speichern</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Nächster Eintrag</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Vorheriger Eintrag</translation>
    </message>
    <message>
        <source>Finding is personal data (findings list)</source>
        <translation>Fund ist Personendaten (Fundliste)</translation>
    </message>
    <message>
        <source>Finding is a false alarm (findings list)</source>
        <translation>Fund ist ein Fehlalarm (Fundliste)</translation>
    </message>
    <message>
        <source>Mark missed personal data in the selected text</source>
        <translation>Übersehene Personendaten im markierten Text kennzeichnen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Überall</translation>
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
    <name>Signatures</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signiert von</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Prüfung</translation>
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
        <source>Validation loss every (steps)</source>
        <translation>Validierungs-Loss alle (Schritte)</translation>
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
        <source>Use case</source>
        <translation>Anwendungsfall</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Voreinstellung</translation>
    </message>
    <message>
        <source>Show presets for other machines</source>
        <translation>Vorgaben für andere Maschinen zeigen</translation>
    </message>
    <message>
        <source>For a run whose job files you start on a GPU machine or cluster</source>
        <translation>Für einen Lauf, dessen Job-Dateien Sie auf einer GPU-Maschine oder einem Cluster starten</translation>
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
        <source>Loss on a part of the training snapshot held back from training (never the hold-out); 0: off</source>
        <translation>Loss auf einem vom Training zurückgehaltenen Teil des Trainings-Snapshots (nie das Hold-out); 0: aus</translation>
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
        <source>CPU only</source>
        <translation>Nur CPU</translation>
    </message>
    <message>
        <source>The job asks for no GPUs: each process trains on CPU cores (a test of the job on a CPU cluster); GPUs per node is then the number of processes per node</source>
        <translation>Der Job verlangt keine GPUs: Jeder Prozess trainiert auf CPU-Kernen (ein Test des Jobs auf einem CPU-Cluster); «GPUs pro Knoten» ist dann die Zahl der Prozesse pro Knoten</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>The Slurm partition (queue) of the job; empty: the cluster&apos;s default</source>
        <translation>Die Slurm-Partition (Warteschlange) des Jobs; leer: die Standardpartition des Clusters</translation>
    </message>
    <message>
        <source>The job&apos;s time limit (HH:MM:SS or D-HH:MM:SS). Two minutes before it, the job saves a checkpoint and queues itself again</source>
        <translation>Die Zeitgrenze des Jobs (HH:MM:SS oder T-HH:MM:SS). Zwei Minuten davor speichert der Job einen Checkpoint und stellt sich wieder in die Warteschlange</translation>
    </message>
    <message>
        <source>CPU cores Slurm gives each task (data loading, tokenization)</source>
        <translation>CPU-Kerne, die Slurm jeder Task gibt (Datenladen, Tokenisierung)</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Zeitgrenze</translation>
    </message>
    <message>
        <source>CPUs per task</source>
        <translation>CPUs pro Task</translation>
    </message>
    <message>
        <source>Submit the job to Slurm now (sbatch)</source>
        <translation>Job jetzt bei Slurm einreichen (sbatch)</translation>
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
        <source>The run is registered and its job script written; with this ticked the window also submits it, and the run shows its Slurm job and state</source>
        <translation>Der Lauf wird registriert und sein Job-Skript geschrieben; ist dies angekreuzt, reicht das Fenster es auch ein, und der Lauf zeigt seinen Slurm-Job und dessen Zustand</translation>
    </message>
    <message>
        <source>sbatch is not on this machine: the job script is written and the window shows the command that submits it on the cluster&apos;s login node</source>
        <translation>sbatch ist auf diesem Rechner nicht vorhanden: Das Job-Skript wird geschrieben, und das Fenster zeigt den Befehl, der es auf dem Login-Knoten des Clusters einreicht</translation>
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
    <name>UseCasePicker</name>
    <message>
        <source>Use case</source>
        <extracomment>after each refresh: whether the project has use cases (pages show their use-case columns)</extracomment>
        <translation>Anwendungsfall</translation>
    </message>
    <message>
        <source>The use case whose items, snapshots and runs the pages show</source>
        <translation>Der Anwendungsfall, dessen Einträge, Snapshots und Läufe die Seiten zeigen</translation>
    </message>
    <message>
        <source>All use cases</source>
        <translation>Alle Anwendungsfälle</translation>
    </message>
    <message>
        <source>{name} (scope not signed)</source>
        <translation>{name} (Geltungsbereich nicht signiert)</translation>
    </message>
    <message>
        <source>No use case</source>
        <translation>Kein Anwendungsfall</translation>
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
