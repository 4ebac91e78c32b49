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
        <source>Verifying the audit chain…</source>
        <translation>Audit-Kette wird geprüft…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Intact.&lt;/b&gt; All {n} entries check out; head {head}…</source>
        <translation>&lt;b&gt;Intakt.&lt;/b&gt; Alle {n} Einträge stimmen; Kopf {head}…</translation>
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
    <name>DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>The dashboard arrives with the evaluation layer</source>
        <translation>Das Dashboard kommt mit der Evaluationsschicht</translation>
    </message>
    <message>
        <source>Here you will compare every checkpoint with the base model, language by language, see regressions with the answers side by side, and record the signed go/no-go decision.</source>
        <translation>Hier vergleichen Sie jeden Checkpoint Sprache für Sprache mit dem Basismodell, sehen Regressionen mit den Antworten nebeneinander und halten den signierten Go/No-Go-Entscheid fest.</translation>
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
    <name>Deid</name>
    <message>
        <source>Reviewing personal data needs the de-identification module, which is not installed in this version.</source>
        <translation>Die Prüfung von Personendaten braucht das De-Identifizierungsmodul, das in dieser Version nicht installiert ist.</translation>
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
    <message numerus="yes">
        <source>%n personal-data finding(s) still to review</source>
        <translation>
            <numerusform>%n Personendaten-Fund noch zu prüfen</numerusform>
            <numerusform>%n Personendaten-Funde noch zu prüfen</numerusform>
        </translation>
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
    <name>TrainingView</name>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Training arrives with the training layer</source>
        <translation>Das Training kommt mit der Trainingsschicht</translation>
    </message>
    <message>
        <source>Here you will choose a preset (LoRA 8B, QLoRA 70B or a full fine-tune), see the detected hardware and the pre-launch checks, and follow loss, learning rate and tokens/s live. Until then, runs are launched from the command line.</source>
        <translation>Hier wählen Sie eine Vorlage (LoRA 8B, QLoRA 70B oder volles Fine-Tuning), sehen die erkannte Hardware und die Prüfungen vor dem Start und verfolgen Loss, Lernrate und Tokens/s live. Bis dahin werden Läufe über die Kommandozeile gestartet.</translation>
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
