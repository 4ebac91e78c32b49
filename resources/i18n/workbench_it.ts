<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_CH" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Apertus Workbench</source>
        <translation>Informazioni su Apertus Workbench</translation>
    </message>
    <message>
        <source>Curate, de-identify, sign off, fine-tune and evaluate the Swiss open language model Apertus, with an audit trail a regulator can follow. Apache-2.0.</source>
        <translation>Curare, de-identificare, approvare, affinare e valutare Apertus, il modello linguistico aperto svizzero, con una traccia di audit che un&apos;autorità di vigilanza può seguire. Apache-2.0.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Progetto</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Audit head</source>
        <translation>Ultimo hash di audit</translation>
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
        <translation>Ora</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Che cosa è successo</translation>
    </message>
    <message>
        <source>Reading the audit trail…</source>
        <extracomment>username → display name, for the sentences</extracomment>
        <translation>Lettura della traccia di audit…</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>{who} signed {n} {locale} {kind}: {meaning}</source>
        <extracomment>action → sentence; fields in braces come from the entry (see `_fields`).</extracomment>
        <translation>{who} ha firmato {n} {kind} ({locale}): {meaning}</translation>
    </message>
    <message>
        <source>{who} froze the hold-out “{name}” ({n} items) for evaluation, signing for {covers}</source>
        <translation>{who} ha congelato il set di valutazione «{name}» ({n} elementi) firmando per {covers}</translation>
    </message>
    <message>
        <source>{who} took the training snapshot “{name}” ({n} pairs)</source>
        <translation>{who} ha creato lo snapshot di addestramento «{name}» ({n} coppie)</translation>
    </message>
    <message>
        <source>{who} marked snapshots {snapshots} superseded: {reason}</source>
        <translation>{who} ha segnato gli snapshot {snapshots} come superati: {reason}</translation>
    </message>
    <message>
        <source>{who} imported {n} items from {file}</source>
        <translation>{who} ha importato {n} elementi da {file}</translation>
    </message>
    <message>
        <source>{who} set {n} item(s) to “{status}”</source>
        <translation>{who} ha impostato {n} elementi su «{status}»</translation>
    </message>
    <message>
        <source>{who} edited item {object} (revision {rev})</source>
        <translation>{who} ha modificato l&apos;elemento {object} (revisione {rev})</translation>
    </message>
    <message>
        <source>{who} changed the tags of item {object}</source>
        <translation>{who} ha modificato le etichette dell&apos;elemento {object}</translation>
    </message>
    <message>
        <source>{who} wrote the de-identified revision {rev} of item {object}</source>
        <translation>{who} ha scritto la revisione de-identificata {rev} dell&apos;elemento {object}</translation>
    </message>
    <message>
        <source>{who} ran the de-identification detector</source>
        <translation>{who} ha eseguito il rilevamento dei dati personali</translation>
    </message>
    <message>
        <source>{who} marked {n} finding(s) as {decision}</source>
        <translation>{who} ha segnato {n} rilevamenti come «{decision}»</translation>
    </message>
    <message>
        <source>{who} marked personal data the detector missed in item {object}</source>
        <translation>{who} ha segnato dati personali non rilevati nell&apos;elemento {object}</translation>
    </message>
    <message>
        <source>{who} registered the training run {object}</source>
        <translation>{who} ha registrato l&apos;addestramento {object}</translation>
    </message>
    <message>
        <source>{who} started the worker of run {object}</source>
        <translation>{who} ha avviato il processo dell&apos;addestramento {object}</translation>
    </message>
    <message>
        <source>{who} resumed run {object}</source>
        <translation>{who} ha ripreso l&apos;addestramento {object}</translation>
    </message>
    <message>
        <source>Run {object} wrote its checkpoint at step {step}</source>
        <translation>L&apos;addestramento {object} ha scritto il checkpoint al passo {step}</translation>
    </message>
    <message>
        <source>Run {object} recorded what it trained on and where</source>
        <translation>L&apos;addestramento {object} ha registrato su quali dati e dove è stato eseguito</translation>
    </message>
    <message>
        <source>Run {object} is training</source>
        <translation>L&apos;addestramento {object} è in corso</translation>
    </message>
    <message>
        <source>Run {object} completed</source>
        <translation>L&apos;addestramento {object} è completato</translation>
    </message>
    <message>
        <source>Run {object} failed</source>
        <translation>L&apos;addestramento {object} non è riuscito</translation>
    </message>
    <message>
        <source>Run {object} was cancelled</source>
        <translation>L&apos;addestramento {object} è stato annullato</translation>
    </message>
    <message>
        <source>Run {object} was interrupted</source>
        <translation>L&apos;addestramento {object} è stato interrotto</translation>
    </message>
    <message>
        <source>{who} started evaluating {checkpoint} of run {run}</source>
        <translation>{who} ha avviato la valutazione di {checkpoint} dell&apos;addestramento {run}</translation>
    </message>
    <message>
        <source>{who} completed the evaluation of {checkpoint} of run {run}</source>
        <translation>{who} ha completato la valutazione di {checkpoint} dell&apos;addestramento {run}</translation>
    </message>
    <message>
        <source>The evaluation of {checkpoint} of run {run} failed</source>
        <translation>La valutazione di {checkpoint} dell&apos;addestramento {run} non è riuscita</translation>
    </message>
    <message>
        <source>{who} signed the decision {decision} for {checkpoint} of run {object}</source>
        <translation>{who} ha firmato la decisione {decision} per {checkpoint} dell&apos;addestramento {object}</translation>
    </message>
    <message>
        <source>{who} added the user {object}</source>
        <translation>{who} ha aggiunto l&apos;utente {object}</translation>
    </message>
    <message>
        <source>{who} received a signing key</source>
        <translation>{who} ha ricevuto una chiave di firma</translation>
    </message>
    <message>
        <source>{who} signed in</source>
        <translation>{who} ha effettuato l&apos;accesso</translation>
    </message>
    <message>
        <source>{who} signed out</source>
        <translation>{who} è uscito/a</translation>
    </message>
    <message>
        <source>{who} read the audit trail ({object})</source>
        <translation>{who} ha consultato la traccia di audit ({object})</translation>
    </message>
    <message>
        <source>{who} exported the audit package</source>
        <translation>{who} ha esportato il pacchetto di audit</translation>
    </message>
    <message>
        <source>{who} exported the evaluation report of run {object}</source>
        <translation>{who} ha esportato il rapporto di valutazione dell&apos;addestramento {object}</translation>
    </message>
    <message>
        <source>{who} exported a training set</source>
        <translation>{who} ha esportato un set di addestramento</translation>
    </message>
    <message>
        <source>{who} handed off run {object}</source>
        <translation>{who} ha consegnato l&apos;addestramento {object}</translation>
    </message>
    <message>
        <source>{who} created the project</source>
        <translation>{who} ha creato il progetto</translation>
    </message>
    <message>
        <source>items</source>
        <extracomment>Stored field names a reader meets most, in words (others are shown with _ as spaces).</extracomment>
        <translation>elementi</translation>
    </message>
    <message>
        <source>signed revisions</source>
        <translation>revisioni firmate</translation>
    </message>
    <message>
        <source>manifest hash</source>
        <translation>hash del manifesto</translation>
    </message>
    <message>
        <source>meaning</source>
        <translation>significato</translation>
    </message>
    <message>
        <source>signed at</source>
        <translation>firmato il</translation>
    </message>
    <message>
        <source>signer</source>
        <translation>firmatario/a</translation>
    </message>
    <message>
        <source>signer&apos;s name</source>
        <translation>nome del/della firmatario/a</translation>
    </message>
    <message>
        <source>what was signed</source>
        <translation>cosa è stato firmato</translation>
    </message>
    <message>
        <source>status</source>
        <translation>stato</translation>
    </message>
    <message>
        <source>statuses</source>
        <translation>stati</translation>
    </message>
    <message>
        <source>count</source>
        <translation>numero</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>locale</source>
        <translation>lingua</translation>
    </message>
    <message>
        <source>items per locale</source>
        <translation>elementi per lingua</translation>
    </message>
    <message>
        <source>signed for</source>
        <translation>firmato per</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <source>revision</source>
        <translation>revisione</translation>
    </message>
    <message>
        <source>content hash</source>
        <translation>hash del contenuto</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>decisione</translation>
    </message>
    <message>
        <source>checkpoint</source>
        <translation>checkpoint</translation>
    </message>
    <message>
        <source>step</source>
        <translation>passo</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>perdita di addestramento</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>firma</translation>
    </message>
    <message>
        <source>training pairs</source>
        <translation>coppie di addestramento</translation>
    </message>
    <message>
        <source>hold-out items</source>
        <translation>elementi di valutazione</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Audit trail</source>
        <translation>Traccia di audit</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Verifica catena</translation>
    </message>
    <message>
        <source>Print / PDF…</source>
        <translation>Stampa / PDF…</translation>
    </message>
    <message>
        <source>Every change to this project, in order. Each entry&apos;s hash covers the one before it, so editing, deleting or reordering any entry breaks the chain from there on.</source>
        <translation>Ogni modifica a questo progetto, in ordine. L&apos;hash di ogni voce copre quella precedente: modificare, cancellare o spostare una voce spezza la catena da quel punto in poi.</translation>
    </message>
    <message>
        <source>The audit trail is not open to you</source>
        <translation>La traccia di audit non le è accessibile</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Firme</translation>
    </message>
    <message>
        <source>All actions (items.* for a prefix)</source>
        <translation>Tutte le azioni (items.* per un prefisso)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>qualsiasi giorno</translation>
    </message>
    <message>
        <source>Recorded head hash (optional)</source>
        <translation>Hash di testa annotato (facoltativo)</translation>
    </message>
    <message>
        <source>Print the sign-off record</source>
        <translation>Stampa il registro delle approvazioni</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The sign-off record was written to {path}.</source>
        <translation>Il registro delle approvazioni è stato scritto in {path}.</translation>
    </message>
    <message>
        <source>Recompute every hash of the chain</source>
        <translation>Ricalcola ogni hash della catena</translation>
    </message>
    <message>
        <source>Export package…</source>
        <translation>Esporta pacchetto…</translation>
    </message>
    <message>
        <source>Paste a head hash recorded earlier (shown after each verification): verification then also proves that no entries were cut off the end since.</source>
        <translation>Incolla un hash di testa annotato in precedenza (mostrato dopo ogni verifica): la verifica dimostra allora anche che da allora nessuna voce è stata tolta dalla fine.</translation>
    </message>
    <message>
        <source>Every signature, and the log lines shown, as a PDF</source>
        <translation>Tutte le firme e le righe del registro mostrate, in PDF</translation>
    </message>
    <message>
        <source>Write the audit package: log, verification, signatures, snapshots and runs in one zip</source>
        <translation>Scrive il pacchetto di audit: registro, verifica, firme, snapshot e addestramenti in un unico zip</translation>
    </message>
    <message>
        <source>All locales</source>
        <translation>Tutte le lingue</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>All objects</source>
        <translation>Tutti gli oggetti</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n voce</numerusform>
            <numerusform>%n voci</numerusform>
        </translation>
    </message>
    <message>
        <source> at entry {seq}</source>
        <translation> alla voce {seq}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Broken{where}.&lt;/b&gt; {problem}. Entries from there on cannot be trusted: keep this project as evidence and restore from a backup.</source>
        <translation>&lt;b&gt;Spezzata{where}.&lt;/b&gt; {problem}. Le voci da quel punto in poi non sono affidabili: conservi questo progetto come prova e ripristini un backup.</translation>
    </message>
    <message>
        <source>Show entry</source>
        <translation>Mostra voce</translation>
    </message>
    <message>
        <source>Export the audit package</source>
        <translation>Esporta il pacchetto di audit</translation>
    </message>
    <message>
        <source>Zip archive (*.zip)</source>
        <translation>Archivio zip (*.zip)</translation>
    </message>
    <message>
        <source>Audit package written to {path} (chain {state}, SHA-256 {sha}…).</source>
        <translation>Pacchetto di audit scritto in {path} (catena {state}, SHA-256 {sha}…).</translation>
    </message>
    <message>
        <source>Exporting the audit package…</source>
        <translation>Esportazione del pacchetto di audit…</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>integra</translation>
    </message>
    <message>
        <source>Verifying the audit chain, signatures and hashes…</source>
        <translation>Verifica della catena di audit, delle firme e degli hash…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Intact.&lt;/b&gt; All {n} entries check out; head {head}…; {revs} revisions re-hashed, {sigs} signatures ({digital} digitally signed, {old} password-only from before keys).</source>
        <translation>&lt;b&gt;Integro.&lt;/b&gt; Tutte le {n} voci sono corrette; testa {head}…; {revs} revisioni ricalcolate, {sigs} firme ({digital} con firma digitale, {old} solo con password, anteriori alle chiavi).</translation>
    </message>
    <message>
        <source>BROKEN</source>
        <translation>SPEZZATA</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
</context>
<context>
    <name>BaselineActions</name>
    <message>
        <source>Evaluate the base model…</source>
        <translation>Valuta il modello di base…</translation>
    </message>
    <message>
        <source>Sign the baseline report…</source>
        <translation>Firma il rapporto di baseline…</translation>
    </message>
    <message>
        <source>The base model is being evaluated.</source>
        <translation>Il modello di base è in corso di valutazione.</translation>
    </message>
    <message>
        <source>Choose a use case first: the base model is evaluated on its frozen hold-out.</source>
        <translation>Scelga prima un caso d&apos;uso: il modello di base viene valutato sul suo hold-out congelato.</translation>
    </message>
    <message>
        <source>Evaluate the base model alone on the frozen hold-out, before any run: later runs are compared against this evaluation</source>
        <translation>Valuta il solo modello di base sullo hold-out congelato, prima di ogni addestramento: gli addestramenti successivi sono confrontati con questa valutazione</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Acceda prima.</translation>
    </message>
    <message>
        <source>Evaluate the base model first.</source>
        <translation>Valuti prima il modello di base.</translation>
    </message>
    <message>
        <source>Sign the baseline report (a domain owner of the hold-out&apos;s locales, or an admin)</source>
        <translation>Firma il rapporto di baseline (un responsabile di dominio delle lingue dello hold-out o un amministratore)</translation>
    </message>
    <message>
        <source>Evaluate the base model</source>
        <translation>Valuta il modello di base</translation>
    </message>
    <message>
        <source>Base model (a folder or a Hugging Face id) to evaluate alone on the frozen hold-out:</source>
        <translation>Modello di base (cartella o ID Hugging Face) da valutare da solo sullo hold-out congelato:</translation>
    </message>
    <message>
        <source>Evaluating the base model on the frozen hold-out…</source>
        <translation>Valutazione del modello di base sullo hold-out congelato…</translation>
    </message>
    <message>
        <source>Baseline evaluation {id} of the base model alone on hold-out {holdout}:</source>
        <translation>Valutazione di baseline {id} del solo modello di base sullo hold-out {holdout}:</translation>
    </message>
    <message>
        <source>passes every regression check</source>
        <translation>supera tutti i controlli di regressione</translation>
    </message>
    <message>
        <source>fails {n} regression check(s)</source>
        <translation>controlli di regressione non superati: {n}</translation>
    </message>
    <message>
        <source>no regression checks</source>
        <translation>nessun controllo di regressione</translation>
    </message>
    <message>
        <source>{locale}: chrF++ {score:.1f} [{low:.1f}, {high:.1f}] on {n} items; {checks}</source>
        <translation>{locale}: chrF++ {score:.1f} [{low:.1f}, {high:.1f}] su {n} elementi; {checks}</translation>
    </message>
    <message>
        <source>Sign the baseline report of {id}</source>
        <translation>Firma il rapporto di baseline di {id}</translation>
    </message>
    <message>
        <source>The signature covers each locale&apos;s chrF++ with its interval, the regression checks&apos; pass rate, fidelity and whether the base already passes every regression check.</source>
        <translation>La firma copre il chrF++ di ogni lingua con il suo intervallo, il tasso di superamento dei controlli di regressione, la fedeltà alla lingua e se la base supera già tutti i controlli di regressione.</translation>
    </message>
    <message>
        <source>Baseline report signed by {name}.</source>
        <translation>Rapporto di baseline firmato da {name}.</translation>
    </message>
    <message>
        <source>The base model is compared against baseline evaluation {id} (its report is not signed yet).</source>
        <translation>Il modello di base è confrontato con la valutazione di baseline {id} (il suo rapporto non è ancora firmato).</translation>
    </message>
    <message>
        <source>{name} on {when}</source>
        <translation>{name} il {when}</translation>
    </message>
    <message>
        <source>The base model is compared against baseline evaluation {id} (signed by {signed}).</source>
        <translation>Il modello di base è confrontato con la valutazione di baseline {id} (firmata da {signed}).</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <source>Reject signed-off items</source>
        <translation>Rifiuta elementi approvati</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the selected item(s) are signed off: rejecting them voids their sign-off. Why are you rejecting them?</source>
        <translation>
            <numerusform>%Ln elemento selezionato è approvato: rifiutarlo annulla la sua approvazione. Perché lo rifiuta?</numerusform>
            <numerusform>%Ln elementi selezionati sono approvati: rifiutarli annulla la loro approvazione. Perché li rifiuta?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve %Ln item(s) for review</source>
        <translation>
            <numerusform>Proponi %Ln elemento per l&apos;approvazione</numerusform>
            <numerusform>Proponi %Ln elementi per l&apos;approvazione</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %Ln item(s)</source>
        <translation>
            <numerusform>Rifiuta %Ln elemento</numerusform>
            <numerusform>Rifiuta %Ln elementi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln item(s) matching the filters are selected.</source>
        <translation>
            <numerusform>L&apos;unico elemento che corrisponde ai filtri è selezionato (%Ln).</numerusform>
            <numerusform>Tutti i %Ln elementi che corrispondono ai filtri sono selezionati.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) are selected.</source>
        <translation>
            <numerusform>%Ln elemento è selezionato.</numerusform>
            <numerusform>%Ln elementi sono selezionati.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them can make this step; the others stay as they are.</source>
        <translation>
            <numerusform>%Ln di questi può compiere questo passo; gli altri restano come sono.</numerusform>
            <numerusform>%Ln di questi possono compiere questo passo; gli altri restano come sono.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve them for sign-off?</source>
        <translation>Proporli per l&apos;approvazione?</translation>
    </message>
    <message>
        <source>Reject them? They leave training and review until someone restarts them.</source>
        <translation>Rifiutarli? Escono dall&apos;addestramento e dalla revisione finché qualcuno non li riavvia.</translation>
    </message>
    <message>
        <source>Ctrl+Z undoes it.</source>
        <translation>Ctrl+Z lo annulla.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln selected item(s) can be approved: only de-identified items can. Run de-identification first.</source>
        <translation>
            <numerusform>L&apos;elemento selezionato (%Ln) non può essere proposto: solo gli elementi de-identificati possono. Esegua prima la de-identificazione.</numerusform>
            <numerusform>Nessuno dei %Ln elementi selezionati può essere proposto: solo gli elementi de-identificati possono. Esegua prima la de-identificazione.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln selected item(s) can be rejected: they already are.</source>
        <translation>
            <numerusform>L&apos;elemento selezionato (%Ln) non può essere rifiutato: lo è già.</numerusform>
            <numerusform>Nessuno dei %Ln elementi selezionati può essere rifiutato: lo sono già.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Nothing was rejected.</source>
        <translation>Non è stato rifiutato nulla.</translation>
    </message>
    <message>
        <source>{what}: done. Ctrl+Z undoes it.</source>
        <translation>{what}: fatto. Ctrl+Z lo annulla.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Niente da modificare.</translation>
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
        <translation>Tasso di controlli superati %</translation>
    </message>
    <message>
        <source>Locale fidelity %</source>
        <translation>Fedeltà alla lingua %</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Controlli</translation>
    </message>
    <message>
        <source>Fidelity</source>
        <translation>Fedeltà</translation>
    </message>
    <message>
        <source>{locale} base</source>
        <extracomment>Pass rates are percentages: a fixed axis keeps 60 → 40 from looking like 100 → 0.</extracomment>
        <translation>{locale} base</translation>
    </message>
    <message>
        <source>{locale}: base model {score}</source>
        <translation>{locale}: modello di base {score}</translation>
    </message>
    <message>
        <source>base model (dashed)</source>
        <translation>modello di base (tratteggiato)</translation>
    </message>
    <message>
        <source>checkpoint (training step)</source>
        <translation>checkpoint (passo di addestramento)</translation>
    </message>
    <message>
        <source>required term missing</source>
        <translation>termine obbligatorio mancante</translation>
    </message>
    <message>
        <source>forbidden term present</source>
        <translation>termine vietato presente</translation>
    </message>
    <message>
        <source>pattern not matched</source>
        <translation>pattern non corrispondente</translation>
    </message>
    <message>
        <source>exact answer differs</source>
        <translation>la risposta esatta è diversa</translation>
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
        <translation>Cruscotto di valutazione</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Addestramento</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <source>The checkpoint the delta table, the regressions and the decision are about</source>
        <translation>Il checkpoint a cui si riferiscono la tabella delle differenze, le regressioni e la decisione</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Esporta rapporto…</translation>
    </message>
    <message>
        <source>Each checkpoint against the base model on the frozen hold-out, language by language, under identical decoding settings. A German gain never hides an Italian regression.</source>
        <translation>Ogni checkpoint a confronto con il modello di base sul set di valutazione congelato, lingua per lingua, con impostazioni di decodifica identiche. Un miglioramento in tedesco non nasconde mai una regressione in italiano.</translation>
    </message>
    <message>
        <source>No training run to compare yet</source>
        <translation>Ancora nessun addestramento da confrontare</translation>
    </message>
    <message>
        <source>Launch a fine-tuning run on the Training page. Once the base model and its checkpoints are evaluated on the frozen hold-out, they are compared here.</source>
        <translation>Avvii un addestramento di affinamento nella pagina «Addestramento». Non appena il modello di base e i checkpoint sono valutati sul set di valutazione congelato, vengono confrontati qui.</translation>
    </message>
    <message>
        <source>This run has not been evaluated yet</source>
        <translation>Questo addestramento non è ancora stato valutato</translation>
    </message>
    <message>
        <source>Evaluate now</source>
        <translation>Valuta ora</translation>
    </message>
    <message>
        <source>Scores over the checkpoints</source>
        <translation>Punteggi lungo i checkpoint</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrica</translation>
    </message>
    <message>
        <source>Δ = checkpoint − base · green better, red worse, bold significant (p &lt; 0.05) · grey: not judged by the policy · ★ target locale</source>
        <translation>Δ = checkpoint − base · verde meglio, rosso peggio, grassetto significativo (p &lt; 0,05) · grigio: non valutato dalla regola · ★ lingua obiettivo</translation>
    </message>
    <message>
        <source>Δ = checkpoint minus base. Green: better, red: worse; strong and bold: significant (paired bootstrap, p &lt; 0.05). Grey columns are context the policy does not judge (BLEU, TER). ★ target locale. Hover a cell for its 95% interval.</source>
        <translation>Δ = checkpoint meno base. Verde: meglio, rosso: peggio; intenso e in grassetto: significativo (bootstrap appaiato, p &lt; 0,05). Le colonne grigie sono contesto che la politica non giudica (BLEU, TER). ★ lingua di destinazione. Passi sopra una cella per il suo intervallo al 95 %.</translation>
    </message>
    <message>
        <source>Deltas to the base</source>
        <translation>Differenze rispetto alla base</translation>
    </message>
    <message>
        <source>Regression failures</source>
        <translation>Controlli di regressione falliti</translation>
    </message>
    <message>
        <source>Compare two runs</source>
        <translation>Confronta due addestramenti</translation>
    </message>
    <message>
        <source>Comparing the checkpoints with the base…</source>
        <translation>Confronto dei checkpoint con la base…</translation>
    </message>
    <message>
        <source>Evaluate the base model and the checkpoints of run {run} on its frozen hold-out; the dashboard then compares them locale by locale. ({detail})</source>
        <translation>Valuta il modello di base e i checkpoint dell&apos;addestramento {run} sul suo set di valutazione congelato; il cruscotto li confronta poi lingua per lingua. ({detail})</translation>
    </message>
    <message>
        <source>Personal data was found after this run in its snapshot(s) {snapshots}: the corrected items are not in what it was trained or evaluated on. Sign them off, create a new snapshot and train again before handing it off.</source>
        <translation>Dopo questo addestramento sono stati trovati dati personali nei suoi snapshot {snapshots}: gli elementi corretti non sono in ciò su cui è stato addestrato o valutato. Li approvi, crei un nuovo snapshot e addestri di nuovo prima di consegnarlo.</translation>
    </message>
    <message>
        <source> (recommended)</source>
        <translation> (consigliato)</translation>
    </message>
    <message>
        <source> (closest)</source>
        <translation> (il più vicino)</translation>
    </message>
    <message>
        <source>Regression failures ({n})</source>
        <translation>Controlli di regressione falliti ({n})</translation>
    </message>
    <message>
        <source>Evaluate the run&apos;s checkpoints first.</source>
        <translation>Valuti prima i checkpoint dell&apos;addestramento.</translation>
    </message>
    <message>
        <source>Sign the go/no-go decision for the chosen checkpoint with an e-signature</source>
        <translation>Firma la decisione go/no-go per il checkpoint scelto con una firma elettronica</translation>
    </message>
    <message>
        <source>Evaluate the run first: the report shows its results.</source>
        <translation>Valuti prima l&apos;addestramento: il rapporto ne mostra i risultati.</translation>
    </message>
    <message>
        <source>Write the evaluation report as HTML and PDF</source>
        <translation>Scrive il rapporto di valutazione in HTML e PDF</translation>
    </message>
    <message>
        <source>An evaluation is running; this page refreshes when it ends.</source>
        <translation>È in corso una valutazione; questa pagina si aggiorna al termine.</translation>
    </message>
    <message>
        <source>Start the evaluation in the background: the base model, then every checkpoint</source>
        <translation>Avvia la valutazione in background: il modello di base, poi ogni checkpoint</translation>
    </message>
</context>
<context>
    <name>DataView</name>
    <message>
        <source>Data</source>
        <translation>Dati</translation>
    </message>
    <message>
        <source>Move to use case…</source>
        <translation>Sposta in un caso d&apos;uso…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importa…</translation>
    </message>
    <message>
        <source>No items yet</source>
        <translation>Ancora nessun elemento</translation>
    </message>
    <message>
        <source>Import your training pairs and hold-out items from JSONL, CSV or Parquet. Every import is checked row by row and written all at once, or not at all.</source>
        <translation>Importi coppie di addestramento ed elementi di valutazione da JSONL, CSV o Parquet. Ogni importazione è controllata riga per riga e scritta tutta insieme, o per niente.</translation>
    </message>
    <message>
        <source>Import items…</source>
        <translation>Importa elementi…</translation>
    </message>
    <message>
        <source>Nothing matches these filters</source>
        <translation>Nessun elemento corrisponde a questi filtri</translation>
    </message>
    <message>
        <source>Try fewer words, another locale or status, or clear the filters.</source>
        <translation>Provi con meno parole, un&apos;altra lingua o un altro stato, oppure azzeri i filtri.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Azzera filtri</translation>
    </message>
    <message>
        <source>J / K  next · previous     A  approve for review     R  reject     E or Enter  edit     Ctrl+G  go to #     Ctrl+A  select all     /  search</source>
        <translation>J / K  successivo · precedente     A  proponi     R  rifiuta     E o Invio  modifica     Ctrl+G  vai al n.     Ctrl+A  seleziona tutto     /  cerca</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Elemento successivo</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Elemento precedente</translation>
    </message>
    <message>
        <source>Approve for review</source>
        <translation>Proponi per l&apos;approvazione</translation>
    </message>
    <message>
        <source>Open in the editor</source>
        <translation>Apri nell&apos;editor</translation>
    </message>
    <message>
        <source>Select every item matching the filters</source>
        <translation>Seleziona tutti gli elementi che corrispondono ai filtri</translation>
    </message>
    <message>
        <source>Last item</source>
        <translation>Ultimo elemento</translation>
    </message>
    <message>
        <source>First item</source>
        <translation>Primo elemento</translation>
    </message>
    <message>
        <source>Go to item #…</source>
        <translation>Vai all&apos;elemento n.…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln elemento</numerusform>
            <numerusform>%Ln elementi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln selezionato</numerusform>
            <numerusform>%Ln selezionati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Select all %Ln matching</source>
        <translation>
            <numerusform>Seleziona l&apos;unico corrispondente</numerusform>
            <numerusform>Seleziona tutti i %Ln corrispondenti</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting items…</source>
        <translation>Conteggio degli elementi…</translation>
    </message>
    <message>
        <source>Only drafts and de-identified items change use case: the selection is {status}. An owner signed the others for their use case; return them to the annotator first.</source>
        <translation>Solo le bozze e gli elementi de-identificati cambiano caso d&apos;uso; la selezione è: {status}. Gli altri sono stati firmati da un responsabile di dominio per il loro caso d&apos;uso; li restituisca prima all&apos;annotatore.</translation>
    </message>
    <message>
        <source>Put the selected drafts and de-identified items into another use case</source>
        <translation>Sposta le bozze e gli elementi de-identificati selezionati in un altro caso d&apos;uso</translation>
    </message>
    <message>
        <source>No use case</source>
        <translation>Nessun caso d&apos;uso</translation>
    </message>
    <message>
        <source>Move to use case</source>
        <translation>Sposta in un caso d&apos;uso</translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s) to:</source>
        <translation>
            <numerusform>Sposta elementi (%n) in:</numerusform>
            <numerusform>Sposta elementi (%n) in:</numerusform>
        </translation>
    </message>
    <message>
        <source>no use case</source>
        <translation>nessun caso d&apos;uso</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) moved to {use_case}.</source>
        <translation>
            <numerusform>Elementi spostati in {use_case}: %n.</numerusform>
            <numerusform>Elementi spostati in {use_case}: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Go to item</source>
        <translation>Vai all&apos;elemento</translation>
    </message>
    <message>
        <source>Item number (#):</source>
        <translation>Numero dell&apos;elemento (n.):</translation>
    </message>
    <message>
        <source>There is no item #{id} in this project.</source>
        <translation>In questo progetto non c&apos;è l&apos;elemento n.{id}.</translation>
    </message>
    <message>
        <source>Item #{id} did not match the filters: they were cleared to show it.</source>
        <translation>L&apos;elemento n.{id} non corrispondeva ai filtri: sono stati azzerati per mostrarlo.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Proponi</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rifiuta</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifica</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in this project</source>
        <translation>
            <numerusform>%n elemento in questo progetto</numerusform>
            <numerusform>%n elementi in questo progetto</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an item first.</source>
        <extracomment>up to this many selected rows, the buttons say whether their statuses allow the step; above it (Ctrl+A over 100k items) the step itself counts what can move, and asks</extracomment>
        <translation>Selezioni prima un elemento.</translation>
    </message>
    <message>
        <source>Approve the selected de-identified items for sign-off (A)</source>
        <translation>Proponi per l&apos;approvazione gli elementi de-identificati selezionati (A)</translation>
    </message>
    <message>
        <source>Only de-identified items can be approved for review; the selection is {status}. Run de-identification first.</source>
        <translation>Solo gli elementi de-identificati possono essere proposti; la selezione è: {status}. Esegua prima la de-identificazione.</translation>
    </message>
    <message>
        <source>The selection is already rejected.</source>
        <translation>La selezione è già rifiutata.</translation>
    </message>
    <message>
        <source>Reject the selected items (R)</source>
        <translation>Rifiuta gli elementi selezionati (R)</translation>
    </message>
    <message>
        <source>Open the selected item in the editor (E or Enter)</source>
        <translation>Apri l&apos;elemento selezionato nell&apos;editor (E o Invio)</translation>
    </message>
    <message>
        <source>Import items from a file</source>
        <translation>Importa elementi da un file</translation>
    </message>
</context>
<context>
    <name>DecisionActions</name>
    <message>
        <source>The signature covers the policy in force, every locale&apos;s verdict with its numbers and the evaluations of the base and {checkpoint}.</source>
        <translation>La firma copre i criteri in vigore, il verdetto di ogni lingua con i relativi valori e le valutazioni della base e di {checkpoint}.</translation>
    </message>
    <message>
        <source>Your rationale: “{text}”</source>
        <translation>La sua motivazione: «{text}»</translation>
    </message>
    <message>
        <source>Sign the decision: {decision} for {checkpoint}</source>
        <translation>Firma la decisione: {decision} per {checkpoint}</translation>
    </message>
    <message>
        <source>Decision recorded: {decision} for {checkpoint}, signed by {name}.</source>
        <translation>Decisione registrata: {decision} per {checkpoint}, firmata da {name}.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Go/no-go decision</source>
        <translation>Decisione go/no-go</translation>
    </message>
    <message>
        <source>Decide on {checkpoint} of {run}</source>
        <translation>Decisione su {checkpoint} di {run}</translation>
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
        <translation>Secondo i criteri go/no-go questo checkpoint è &lt;b style=&apos;color:{colour}&apos;&gt;{verdict}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Your decision:</source>
        <translation>La sua decisione:</translation>
    </message>
    <message>
        <source>GO — release this checkpoint</source>
        <translation>GO – rilascia questo checkpoint</translation>
    </message>
    <message>
        <source>NO-GO — do not release it</source>
        <translation>NO-GO – non rilasciarlo</translation>
    </message>
    <message>
        <source>Deciding differently from the policy is allowed, but only with a written rationale; it is stored with your signature and shown in the report.</source>
        <translation>Decidere diversamente dai criteri è consentito, ma solo con una motivazione scritta; viene salvata con la sua firma e mostrata nel rapporto.</translation>
    </message>
    <message>
        <source>Rationale (why you decide this way)</source>
        <translation>Motivazione (perché decide così)</translation>
    </message>
    <message>
        <source>Your signature will state:</source>
        <translation>La sua firma dichiarerà:</translation>
    </message>
    <message>
        <source>Continue to signature…</source>
        <translation>Continua alla firma…</translation>
    </message>
    <message>
        <source>Write why you overrule the policy first</source>
        <translation>Scriva prima perché si discosta dai criteri</translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <source>Go / no-go</source>
        <translation>Go / no-go</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Criteri</translation>
    </message>
    <message>
        <source>Signed decisions</source>
        <translation>Decisioni firmate</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisione</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Firmato da</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>No decision has been recorded for this run yet.</source>
        <translation>Per questo addestramento non è ancora stata registrata alcuna decisione.</translation>
    </message>
    <message>
        <source>Record decision…</source>
        <translation>Registra decisione…</translation>
    </message>
    <message>
        <source>Recommended checkpoint: {checkpoint}</source>
        <translation>Checkpoint consigliato: {checkpoint}</translation>
    </message>
    <message>
        <source>No checkpoint evaluated yet</source>
        <translation>Ancora nessun checkpoint valutato</translation>
    </message>
    <message>
        <source>Closest checkpoint: {checkpoint} (no checkpoint passes the policy)</source>
        <translation>Checkpoint più vicino: {checkpoint} (nessuno soddisfa la politica)</translation>
    </message>
    <message>
        <source>Signed by {name} ({user}) at {when} UTC</source>
        <translation>Firmato da {name} ({user}) il {when} UTC</translation>
    </message>
    <message>
        <source>Overrules the policy ({verdict})</source>
        <translation>Si discosta dai criteri ({verdict})</translation>
    </message>
    <message>
        <source>Rationale: {text}</source>
        <translation>Motivazione: {text}</translation>
    </message>
    <message>
        <source>The signed record is intact (its hash matches).</source>
        <translation>La registrazione firmata è integra (il suo hash corrisponde).</translation>
    </message>
    <message>
        <source>The stored record no longer matches what was signed.</source>
        <translation>La registrazione salvata non corrisponde più a quanto firmato.</translation>
    </message>
    <message>
        <source>Signed record intact.</source>
        <translation>Registrazione firmata integra.</translation>
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
        <translation>Verdetto</translation>
    </message>
    <message>
        <source>Target locale: must gain at least {gain} chrF++ points</source>
        <translation>Lingua di destinazione: deve guadagnare almeno {gain} punti chrF++</translation>
    </message>
    <message>
        <source>No {metric} score against the base for this locale</source>
        <translation>Nessun punteggio {metric} rispetto alla base per questa lingua</translation>
    </message>
    <message>
        <source>Not compared with the base</source>
        <translation>Non confrontato con la base</translation>
    </message>
    <message>
        <source>{metric}: {score} against the base {base}</source>
        <translation>{metric}: {score} rispetto a {base} della base</translation>
    </message>
    <message>
        <source>Δ {delta}, 95% interval {low} to {high}</source>
        <translation>Δ {delta}, intervallo al 95% da {low} a {high}</translation>
    </message>
    <message>
        <source>p = {p}: significant</source>
        <translation>p = {p}: significativo</translation>
    </message>
    <message>
        <source>p = {p}: could be chance</source>
        <translation>p = {p}: potrebbe essere un caso</translation>
    </message>
    <message>
        <source>Lower is better for this metric.</source>
        <translation>Per questa metrica, più basso è meglio.</translation>
    </message>
    <message>
        <source>For context only: the go/no-go policy does not judge this metric.</source>
        <translation>Solo come contesto: la politica go/no-go non giudica questa metrica.</translation>
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
        <translation>Soddisfa tutti i criteri</translation>
    </message>
</context>
<context>
    <name>EditorView</name>
    <message>
        <source>No item open</source>
        <translation>Nessun elemento aperto</translation>
    </message>
    <message>
        <source>Choose an item in the data view and press E or Enter to edit it here.</source>
        <translation>Scelga un elemento nella vista Dati e prema E o Invio per modificarlo qui.</translation>
    </message>
    <message>
        <source>Go to data</source>
        <translation>Vai ai dati</translation>
    </message>
    <message>
        <source>Previous item (Alt+Up)</source>
        <translation>Elemento precedente (Alt+Su)</translation>
    </message>
    <message>
        <source>Next item (Alt+Down)</source>
        <translation>Elemento successivo (Alt+Giù)</translation>
    </message>
    <message>
        <source>Locale of this item (changing it makes a new revision)</source>
        <translation>Lingua di questo elemento (cambiarla crea una nuova revisione)</translation>
    </message>
    <message>
        <source>tags, comma separated</source>
        <translation>etichette, separate da virgole</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Scarta</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt di sistema</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Risposta</translation>
    </message>
    <message>
        <source>No system prompt. Add one if the assistant needs standing instructions, e.g. house style or the bank&apos;s tone of voice.</source>
        <translation>Nessun prompt di sistema. Ne aggiunga uno se l&apos;assistente ha bisogno di istruzioni fisse, p. es. lo stile della casa o il tono della banca.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Dati personali</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Controlli</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <source>Save your changes to item {id}?</source>
        <translation>Salvare le modifiche all&apos;elemento {id}?</translation>
    </message>
    <message>
        <source>Reference answer</source>
        <translation>Risposta di riferimento</translation>
    </message>
    <message>
        <source>Returned by {author} on {when}: “{comment}”</source>
        <translation>Restituito da {author} il {when}: «{comment}»</translation>
    </message>
    <message>
        <source>Saved as revision {rev}. The item goes back to draft for de-identification and review; Ctrl+Z undoes the edit.</source>
        <translation>Salvato come revisione {rev}. L&apos;elemento torna in bozza per la de-identificazione e la revisione; Ctrl+Z annulla la modifica.</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>modifiche non salvate</translation>
    </message>
    <message>
        <source>Revision {rev} by {author}, {when} · content hash {hash}…</source>
        <translation>Revisione {rev} di {author}, {when} · hash del contenuto {hash}…</translation>
    </message>
    <message>
        <source>Nothing to save yet.</source>
        <translation>Ancora niente da salvare.</translation>
    </message>
    <message>
        <source>Save as a new revision (Ctrl+S)</source>
        <translation>Salva come nuova revisione (Ctrl+S)</translation>
    </message>
    <message>
        <source>Nothing to discard.</source>
        <translation>Niente da scartare.</translation>
    </message>
    <message>
        <source>Throw away the unsaved changes</source>
        <translation>Scarta le modifiche non salvate</translation>
    </message>
    <message>
        <source>Analysing item {id} for personal data…</source>
        <translation>Ricerca di dati personali nell&apos;elemento {id}…</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <source>Erase original texts</source>
        <translation>Cancella i testi originali</translation>
    </message>
    <message>
        <source>For a data-protection request: the texts of revisions that are not de-identified (imports, edits, drafts, texts in which personal data was found later) are blanked. De-identified revisions, every hash, signature and snapshot, and the audit trail stay and still verify. This cannot be undone.</source>
        <translation>Per una richiesta di protezione dei dati: i testi delle revisioni non de-identificate (importazioni, modifiche, bozze, testi in cui sono stati trovati dati personali in seguito) vengono svuotati. Le revisioni de-identificate, ogni hash, firma e snapshot e la traccia di audit restano e sono ancora verificabili. L&apos;operazione è irreversibile.</translation>
    </message>
    <message>
        <source>Of these items</source>
        <translation>Di questi elementi</translation>
    </message>
    <message>
        <source>Written before</source>
        <translation>Scritti prima del</translation>
    </message>
    <message>
        <source>item numbers, e.g. 12, 48</source>
        <translation>numeri degli elementi, p. es. 12, 48</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Cancella…</translation>
    </message>
    <message>
        <source>Give the numbers of the items, separated by commas.</source>
        <translation>Indichi i numeri degli elementi, separati da virgole.</translation>
    </message>
    <message>
        <source>{n} revision(s) of {items} item(s) would be erased.</source>
        <translation>Verrebbero cancellate {n} revisioni di {items} elementi.</translation>
    </message>
    <message>
        <source>Erase {n} original text(s)</source>
        <translation>Cancella {n} testi originali</translation>
    </message>
    <message>
        <source>{n} revision(s) of {items} item(s) are blanked; items whose current text is erased are rejected.</source>
        <translation>Vengono svuotate {n} revisioni di {items} elementi; gli elementi il cui testo attuale è cancellato vengono rifiutati.</translation>
    </message>
    <message>
        <source>Erased {n} revision(s) of {items} item(s); the record still verifies.</source>
        <translation>Cancellate {n} revisioni di {items} elementi; il registro è ancora verificabile.</translation>
    </message>
    <message>
        <source>The texts are erased from the project, but another program has its file open, so the old text can still be read from unused parts of the file until the next erasure compacts it. Close the project in every other window and program before the next erasure.</source>
        <translation>I testi sono cancellati dal progetto, ma un altro programma ha il suo file aperto: il vecchio testo resta quindi leggibile in parti inutilizzate del file finché la prossima cancellazione non lo compatta. Chiudete il progetto in tutte le altre finestre e programmi prima della prossima cancellazione.</translation>
    </message>
</context>
<context>
    <name>EvaluationActions</name>
    <message>
        <source>Could not start the evaluation: {error}</source>
        <translation>Impossibile avviare la valutazione: {error}</translation>
    </message>
    <message>
        <source>Evaluating run {run} in the background…</source>
        <translation>Valutazione dell&apos;addestramento {run} in background…</translation>
    </message>
    <message>
        <source>Evaluation finished.</source>
        <translation>Valutazione terminata.</translation>
    </message>
    <message>
        <source>The evaluation failed: {error} (log: {log})</source>
        <translation>La valutazione non è riuscita: {error} (registro: {log})</translation>
    </message>
</context>
<context>
    <name>EvaluationFollower</name>
    <message>
        <source>Evaluating {checkpoint}: {done} of {total} answers…</source>
        <extracomment>A line for the user while the worker runs (&quot;Evaluating step-000020: 3 of 6 answers…&quot;). Exit code and, when it failed, the last line of its log.</extracomment>
        <translation>Valutazione di {checkpoint}: {done} di {total} risposte…</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search prompts and answers…  ( / )</source>
        <extracomment>status filter choices: label source, statuses Return pressed in the search field (the view moves focus to its table)</extracomment>
        <translation>Cerca in prompt e risposte…  ( / )</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tutti i tipi</translation>
    </message>
    <message>
        <source>Training pairs</source>
        <translation>Coppie di addestramento</translation>
    </message>
    <message>
        <source>Hold-out</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <source>All locales</source>
        <translation>Tutte le lingue</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message>
        <source>Ready for sign-off</source>
        <translation>Pronti per l&apos;approvazione</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Tutte le etichette</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Azzera tutti i filtri</translation>
    </message>
    <message>
        <source>Search prompts and answers</source>
        <translation>Cerca nei prompt e nelle risposte</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Field</source>
        <extracomment>field, start, end (Python indices) of the finding to show in the editor a decision or a mark was recorded</extracomment>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisione</translation>
    </message>
    <message>
        <source>Personal data (A)</source>
        <translation>Dato personale (A)</translation>
    </message>
    <message>
        <source>False alarm (R)</source>
        <translation>Falso allarme (R)</translation>
    </message>
    <message>
        <source>De-identified text</source>
        <translation>Testo de-identificato</translation>
    </message>
    <message>
        <source>Placeholders stand for every finding not marked as a false alarm.</source>
        <translation>I segnaposto sostituiscono ogni rilevamento non segnato come falso allarme.</translation>
    </message>
    <message>
        <source>Mark selection (Ctrl+M)</source>
        <translation>Segna selezione (Ctrl+M)</translation>
    </message>
    <message>
        <source>Write the de-identified revision</source>
        <translation>Scrivi la revisione de-identificata</translation>
    </message>
    <message>
        <source>Preparing the de-identified text…</source>
        <extracomment>whether the detector has analysed exactly this revision (store/analyses.py): until it has, nothing on this panel may claim the text is free of personal data.</extracomment>
        <translation>Preparazione del testo de-identificato…</translation>
    </message>
    <message>
        <source>The detector is analysing this revision: its findings appear here when it is done. Until then it cannot be de-identified.</source>
        <translation>Il rilevatore sta analizzando questa revisione: i rilevamenti appariranno qui al termine. Fino ad allora non può essere de-identificata.</translation>
    </message>
    <message>
        <source>The detector analysed this revision and found no personal data.</source>
        <translation>Il rilevatore ha analizzato questa revisione e non ha trovato dati personali.</translation>
    </message>
    <message>
        <source>Findings are reviewed while the item is a draft; this revision has been de-identified already.</source>
        <translation>I rilevamenti si rivedono finché l&apos;elemento è una bozza; questa revisione è già de-identificata.</translation>
    </message>
    <message>
        <source>This span is personal data: it will be replaced (A)</source>
        <translation>Questo passaggio è un dato personale: sarà sostituito (A)</translation>
    </message>
    <message>
        <source>This span is not personal data: keep it (R)</source>
        <translation>Questo passaggio non è un dato personale: resta (R)</translation>
    </message>
    <message>
        <source>Select a finding first.</source>
        <translation>Selezioni prima un rilevamento.</translation>
    </message>
    <message>
        <source>Select missed personal data in the text above, choose its type, press Ctrl+M</source>
        <translation>Selezioni il dato personale sfuggito nel testo, ne scelga il tipo, prema Ctrl+M</translation>
    </message>
    <message>
        <source>The detector has not analysed this revision yet: wait for its findings.</source>
        <translation>Il rilevatore non ha ancora analizzato questa revisione: attenda i rilevamenti.</translation>
    </message>
    <message>
        <source>Nothing to apply: this revision has no findings awaiting review.</source>
        <translation>Niente da applicare: questa revisione non ha rilevamenti in attesa di revisione.</translation>
    </message>
    <message>
        <source>Decide every finding first ({n} left).</source>
        <translation>Decida prima su ogni rilevamento (ne restano {n}).</translation>
    </message>
    <message>
        <source>Replace the personal data and save the result as the de-identified revision</source>
        <translation>Sostituisci i dati personali e salva il risultato come revisione de-identificata</translation>
    </message>
    <message>
        <source>Writing the de-identified revision…</source>
        <translation>Scrittura della revisione de-identificata…</translation>
    </message>
    <message>
        <source>De-identified revision written and analysed; the item is ready for review.</source>
        <translation>Revisione de-identificata scritta e analizzata; l&apos;elemento è pronto per la revisione.</translation>
    </message>
    <message>
        <source>Recording the missed personal data…</source>
        <translation>Registrazione dei dati personali sfuggiti…</translation>
    </message>
    <message>
        <source>Select the missed personal data in the prompt, answer or system prompt first.</source>
        <translation>Selezioni prima il dato personale sfuggito nel prompt, nella risposta o nel prompt di sistema.</translation>
    </message>
</context>
<context>
    <name>FreezePanel</name>
    <message>
        <source>Hold-out freeze</source>
        <translation>Congelamento del set di valutazione</translation>
    </message>
    <message>
        <source>name, e.g. hold-out v1</source>
        <translation>nome, p. es. hold-out v1</translation>
    </message>
    <message>
        <source>Freeze…</source>
        <translation>Congela…</translation>
    </message>
    <message>
        <source>Last frozen: “{name}” ({id}), {n} items, signed by {who} on {when}.</source>
        <translation>Ultimo congelamento: «{name}» ({id}), {n} elementi, firmato da {who} il {when}.</translation>
    </message>
    <message>
        <source>Still to be frozen by their owners: {locales}. Training waits until they are.</source>
        <translation>Ancora da congelare dai rispettivi responsabili: {locales}. L’addestramento attende finché non lo sono.</translation>
    </message>
    <message>
        <source>The hold-out has not been frozen yet. Training cannot start before it is.</source>
        <translation>Il set di valutazione non è ancora congelato. Prima nessun addestramento può partire.</translation>
    </message>
    <message>
        <source>The frozen hold-out is up to date: no hold-out item was signed off or changed since.</source>
        <translation>Il set di valutazione congelato è aggiornato: da allora nessun elemento di valutazione è stato approvato o modificato.</translation>
    </message>
    <message>
        <source>A freeze now would cover {n} signed-off items: {per}.</source>
        <translation>Un congelamento ora comprenderebbe {n} elementi approvati: {per}.</translation>
    </message>
    <message>
        <source>No signed-off hold-out items yet: sign hold-out items off first.</source>
        <translation>Ancora nessun elemento di valutazione approvato: approvi prima degli elementi di valutazione.</translation>
    </message>
    <message>
        <source>Each locale&apos;s hold-out is frozen by that locale&apos;s owner: you own none of the locales to freeze.</source>
        <translation>Lo hold-out di ogni lingua è congelato dal suo responsabile: non è responsabile di nessuna delle lingue da congelare.</translation>
    </message>
    <message>
        <source>Choose a use case at the top of the page: each use case has its own training snapshots and hold-out.</source>
        <translation>Scelga un caso d&apos;uso in cima alla pagina: ogni caso d&apos;uso ha i propri snapshot di addestramento e il proprio hold-out.</translation>
    </message>
    <message>
        <source>There are no signed-off hold-out items to freeze.</source>
        <translation>Non ci sono elementi di valutazione approvati da congelare.</translation>
    </message>
    <message>
        <source>Nothing changed since the last freeze.</source>
        <translation>Nulla è cambiato dall&apos;ultimo congelamento.</translation>
    </message>
    <message>
        <source>Give the frozen hold-out a name.</source>
        <translation>Dia un nome al set di valutazione congelato.</translation>
    </message>
    <message>
        <source>Sign the hold-out as frozen for evaluation</source>
        <translation>Firma il congelamento del set di valutazione</translation>
    </message>
    <message>
        <source>Freeze the hold-out</source>
        <translation>Congela il set di valutazione</translation>
    </message>
    <message>
        <source>{n} signed-off hold-out items become the fixed yardstick for every checkpoint; they can no longer change.</source>
        <translation>{n} elementi di valutazione approvati diventano il metro fisso per ogni checkpoint; non possono più cambiare.</translation>
    </message>
    <message>
        <source>Hold-out frozen as “{name}” ({id}, {n} items).</source>
        <translation>Set di valutazione congelato come «{name}» ({id}, {n} elementi).</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>System prompt</source>
        <translation>Prompt di sistema</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Risposta</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>signed</source>
        <translation>firmato</translation>
    </message>
    <message>
        <source>Revision {rev} · {origin} · {author}
{when}{mark}</source>
        <translation>Revisione {rev} · {origin} · {author}
{when}{mark}</translation>
    </message>
    <message>
        <source>content hash {hash}</source>
        <translation>hash del contenuto {hash}</translation>
    </message>
    <message>
        <source>First revision ({origin}).</source>
        <translation>Prima revisione ({origin}).</translation>
    </message>
    <message>
        <source>Changes from revision {old} to {new}:</source>
        <translation>Modifiche dalla revisione {old} alla {new}:</translation>
    </message>
    <message>
        <source>Same text; only the locale or checks changed.</source>
        <translation>Stesso testo; sono cambiati solo la lingua o i controlli.</translation>
    </message>
</context>
<context>
    <name>HoldoutPlanWidget</name>
    <message>
        <source>{n} items: enough</source>
        <translation>{n} elementi: sufficienti</translation>
    </message>
    <message>
        <source>{n} of about {needed} items</source>
        <translation>{n} di circa {needed} elementi</translation>
    </message>
    <message>
        <source>{n} items: enough to show that the locale stays within −{tol} chrF++ of the base (gains from about {gain} points can show).</source>
        <translation>{n} elementi: abbastanza per mostrare che la lingua resta entro −{tol} chrF++ dalla base (i guadagni da circa {gain} punti sono visibili).</translation>
    </message>
    <message>
        <source>{n} items: too few to show that the locale stays within −{tol} chrF++ of the base; the verdict would be inconclusive. About {needed} items are needed (only gains above about {gain} points can show).</source>
        <translation>{n} elementi: troppo pochi per mostrare che la lingua resta entro −{tol} chrF++ dalla base; il verdetto sarebbe non conclusivo. Servono circa {needed} elementi (sono visibili solo guadagni oltre circa {gain} punti).</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import items</source>
        <translation>Importa elementi</translation>
    </message>
    <message>
        <source>JSONL, CSV, TSV or Parquet with prompt and response (or reference) columns. Duplicates of existing items are skipped and reported.</source>
        <translation>JSONL, CSV, TSV o Parquet con le colonne prompt e response (o reference). I duplicati di elementi esistenti vengono saltati e segnalati.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>Training pairs</source>
        <translation>Coppie di addestramento</translation>
    </message>
    <message>
        <source>Hold-out evaluation items</source>
        <translation>Elementi di valutazione (hold-out)</translation>
    </message>
    <message>
        <source>From the file&apos;s &apos;locale&apos; column</source>
        <translation>Dalla colonna «locale» del file</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Contiene</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>File da importare</translation>
    </message>
    <message>
        <source>Reading row {n}…</source>
        <translation>Lettura della riga {n}…</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Importazione di {name}…</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Non è stato importato nulla</translation>
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
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Risposta</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etichette</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Caso d&apos;uso</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modificato</translation>
    </message>
    <message>
        <source>Searching items…</source>
        <extracomment>emitted after every (re)load with the number of matching items pages of rows kept in memory (a million rows are never all read) the filters of the keys shown (what &quot;select all matching&quot; acts on)</extracomment>
        <translation>Ricerca elementi…</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>Questa colonna non si può ordinare</translation>
    </message>
</context>
<context>
    <name>LaunchChecks</name>
    <message>
        <source>No frozen hold-out yet: the domain owners sign off the evaluation items and freeze them before any training.</source>
        <extracomment>Problem code → what the window says (the figures come from the problem&apos;s params).</extracomment>
        <translation>Nessun set di valutazione congelato: i responsabili di dominio approvano gli elementi di valutazione e li congelano prima di ogni addestramento.</translation>
    </message>
    <message>
        <source>Hold-out {id} is not frozen for {locales} yet: each locale&apos;s owner freezes their part.</source>
        <translation>Il set di valutazione {id} non è ancora congelato per {locales}: il o la responsabile di ogni lingua congela la propria parte.</translation>
    </message>
    <message>
        <source>Hold-out {id} no longer matches its manifest or signature: freeze a new hold-out and report it to compliance.</source>
        <translation>Il set di valutazione {id} non corrisponde più al suo manifesto o alla sua firma: ne congeli uno nuovo e lo segnali alla compliance.</translation>
    </message>
    <message>
        <source>No training snapshot yet: sign off pairs, then create a training snapshot.</source>
        <translation>Ancora nessuno snapshot di addestramento: approvi delle coppie, poi crei uno snapshot di addestramento.</translation>
    </message>
    <message>
        <source>Training snapshot {id} does not match its manifest: create a new one and report it to compliance.</source>
        <translation>Lo snapshot di addestramento {id} non corrisponde al suo manifesto: ne crei uno nuovo e lo segnali alla compliance.</translation>
    </message>
    <message>
        <source>Snapshot {id} names {n} revision(s) nobody signed off: take a new snapshot.</source>
        <translation>Lo snapshot {id} contiene {n} revisioni che nessuno ha approvato: ne crei uno nuovo.</translation>
    </message>
    <message>
        <source>{n} item(s) of snapshot {id} were rejected after it was taken (e.g. item {item}): take a new snapshot.</source>
        <translation>{n} elementi dello snapshot {id} sono stati rifiutati dopo la sua creazione (p. es. l&apos;elemento {item}): ne crei uno nuovo.</translation>
    </message>
    <message>
        <source>{n} item(s) of snapshot {id} have unreviewed de-identification findings (e.g. item {item}): review them first.</source>
        <translation>{n} elementi dello snapshot {id} hanno rilevamenti di de-identificazione non revisionati (p. es. l&apos;elemento {item}): li riveda prima.</translation>
    </message>
    <message>
        <source>{n} training pair(s) overlap the hold-out: reject them and create a new training snapshot, or give an override reason (recorded in the audit trail). {summary}</source>
        <translation>{n} coppie di addestramento si sovrappongono al set di valutazione: le rifiuti e crei un nuovo snapshot di addestramento, oppure indichi un motivo di deroga (registrato nella traccia di audit). {summary}</translation>
    </message>
    <message>
        <source>An override of the contamination check needs a reason an auditor can follow (at least {min} characters).</source>
        <translation>Una deroga al controllo di contaminazione richiede un motivo comprensibile per un revisore (almeno {min} caratteri).</translation>
    </message>
    <message>
        <source>{n} pair(s) signed off since training snapshot {id} are not in it: create a new training snapshot to train on them.</source>
        <translation>{n} coppie approvate dopo lo snapshot di addestramento {id} non vi sono incluse: crei un nuovo snapshot per addestrare anche su di esse.</translation>
    </message>
    <message>
        <source>Training snapshot {id} has {pairs} signed pairs; by the method&apos;s rule of thumb this method on the {size} class starts to move with about {wanted} per use case (fewer than {share} per locale in: {thin}). Expect little change; sign off more pairs before a run that counts.</source>
        <translation>Lo snapshot di addestramento {id} ha {pairs} coppie firmate; secondo la regola empirica del metodo, questo metodo sulla classe {size} inizia ad avere effetto con circa {wanted} coppie per caso d&apos;uso (meno di {share} per lingua in: {thin}). Aspettatevi pochi cambiamenti; firmate più coppie prima di un&apos;esecuzione che conta.</translation>
    </message>
    <message>
        <source>The scope of use case {use_case} (version {version}) is not signed by every owner yet: {missing} still to sign. A run trains a use case&apos;s adapter only under a scope in force.</source>
        <translation>Il perimetro del caso d&apos;uso {use_case} (versione {version}) non è ancora firmato da tutti i responsabili di dominio; ancora da firmare: {missing}. Un addestramento addestra l&apos;adattatore di un caso d&apos;uso solo con un perimetro in vigore.</translation>
    </message>
    <message>
        <source>Training snapshot {id} is not of use case {use_case}: create that use case&apos;s training snapshot.</source>
        <translation>Lo snapshot di addestramento {id} non appartiene al caso d&apos;uso {use_case}: crei lo snapshot di addestramento di quel caso d&apos;uso.</translation>
    </message>
    <message>
        <source>The hold-out has no items in {locales}: the evaluation cannot show a gain or a regression there.</source>
        <translation>Il set di valutazione non ha elementi in {locales}: la valutazione non può mostrarvi né miglioramenti né regressioni.</translation>
    </message>
    <message>
        <source>Create a training snapshot</source>
        <extracomment>Fix → the button&apos;s text.</extracomment>
        <translation>Crea uno snapshot di addestramento</translation>
    </message>
    <message>
        <source>Freeze the hold-out…</source>
        <translation>Congela il set di valutazione…</translation>
    </message>
    <message>
        <source>Go to Review</source>
        <translation>Vai alla revisione</translation>
    </message>
    <message>
        <source>Go to Data</source>
        <translation>Vai ai dati</translation>
    </message>
    <message>
        <source>Give an override reason</source>
        <translation>Indica un motivo di deroga</translation>
    </message>
    <message>
        <source>Correct the form</source>
        <translation>Correggi il modulo</translation>
    </message>
    <message>
        <source>Sign the scope…</source>
        <translation>Firma il perimetro…</translation>
    </message>
</context>
<context>
    <name>LaunchSection</name>
    <message>
        <source>Data</source>
        <translation>Dati</translation>
    </message>
    <message>
        <source>Create a training snapshot</source>
        <translation>Crea uno snapshot di addestramento</translation>
    </message>
    <message>
        <source>Freeze the hold-out…</source>
        <translation>Congela il set di valutazione…</translation>
    </message>
    <message>
        <source>New run</source>
        <translation>Nuovo addestramento</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verifica</translation>
    </message>
    <message>
        <source>Launch run</source>
        <translation>Avvia addestramento</translation>
    </message>
    <message>
        <source>Checking the model, the machine and the data…</source>
        <translation>Verifica del modello, del computer e dei dati…</translation>
    </message>
    <message>
        <source>Checking the run…</source>
        <translation>Verifica dell&apos;addestramento…</translation>
    </message>
    <message>
        <source>Frozen hold-out {id}: {n} items ({locales})</source>
        <translation>Set di valutazione congelato {id}: {n} elementi ({locales})</translation>
    </message>
    <message>
        <source>Training snapshot {id}: {n} signed-off, de-identified pairs</source>
        <translation>Snapshot di addestramento {id}: {n} coppie approvate e de-identificate</translation>
    </message>
    <message>
        <source>{n} overlap(s) with the hold-out, overridden: {reason}</source>
        <translation>Sovrapposizioni con il set di valutazione: {n}, deroga: {reason}</translation>
    </message>
    <message>
        <source>{method} on {backend} ({size}), device {device}; {steps}, lr {lr:g}, batch {batch}</source>
        <translation>{method} su {backend} ({size}), dispositivo {device}; {steps}, lr {lr:g}, batch {batch}</translation>
    </message>
    <message>
        <source>{n} steps</source>
        <translation>{n} passi</translation>
    </message>
    <message>
        <source>{n:g} epochs</source>
        <translation>{n:g} epoche</translation>
    </message>
    <message>
        <source>Checking and starting the run…</source>
        <translation>Verifica e avvio dell&apos;addestramento…</translation>
    </message>
    <message>
        <source>Launching the run…</source>
        <translation>Avvio dell&apos;addestramento…</translation>
    </message>
    <message>
        <source>Run {id} submitted to Slurm as job {job}.</source>
        <translation>Esecuzione {id} inviata a Slurm come job {job}.</translation>
    </message>
    <message>
        <source>Run {id} registered; start its workers with:</source>
        <translation>Addestramento {id} registrato; avvii i suoi worker con:</translation>
    </message>
    <message>
        <source>Run {id} registered.</source>
        <translation>Addestramento {id} registrato.</translation>
    </message>
    <message>
        <source>Run {id} started</source>
        <translation>Addestramento {id} avviato</translation>
    </message>
    <message>
        <source>Run {id} started.</source>
        <translation>Addestramento {id} avviato.</translation>
    </message>
    <message>
        <source>No training snapshot yet.</source>
        <translation>Ancora nessuno snapshot di addestramento.</translation>
    </message>
    <message>
        <source>Training snapshot “{name}” ({id}): {n} pairs.</source>
        <translation>Snapshot di addestramento «{name}» ({id}): {n} coppie.</translation>
    </message>
    <message>
        <source>Pairs signed off or changed since are not in it yet.</source>
        <translation>Le coppie approvate o modificate da allora non vi sono ancora incluse.</translation>
    </message>
    <message>
        <source>Hold-out “{name}” ({id}): {n} items, frozen.</source>
        <translation>Set di valutazione «{name}» ({id}): {n} elementi, congelato.</translation>
    </message>
    <message>
        <source>Hold-out {id}: still to be frozen for {locales}.</source>
        <translation>Set di valutazione {id}: ancora da congelare per {locales}.</translation>
    </message>
    <message>
        <source>The hold-out is not frozen yet.</source>
        <translation>Il set di valutazione non è ancora congelato.</translation>
    </message>
    <message>
        <source>none chosen: choose one at the top of the page</source>
        <translation>nessuno scelto: ne scelga uno in cima alla pagina</translation>
    </message>
    <message>
        <source>scope v{v} in force</source>
        <translation>perimetro v{v} in vigore</translation>
    </message>
    <message>
        <source>scope v{v} not signed by {missing} yet</source>
        <translation>perimetro v{v} non ancora firmato da {missing}</translation>
    </message>
    <message>
        <source>The training snapshot already holds every signed-off pair.</source>
        <translation>Lo snapshot di addestramento contiene già tutte le coppie approvate.</translation>
    </message>
    <message>
        <source>Take every signed-off pair into a new training snapshot</source>
        <translation>Includi tutte le coppie approvate in un nuovo snapshot di addestramento</translation>
    </message>
    <message>
        <source>The frozen hold-out is up to date: nothing to freeze.</source>
        <translation>Il set di valutazione congelato è aggiornato: niente da congelare.</translation>
    </message>
    <message>
        <source>Sign the hold-out as frozen for evaluation (password)</source>
        <translation>Firma il set di valutazione come congelato per la valutazione (password)</translation>
    </message>
    <message>
        <source>{use_case} training v{n}</source>
        <translation>{use_case} addestramento v{n}</translation>
    </message>
    <message>
        <source>training v{n}</source>
        <translation>addestramento v{n}</translation>
    </message>
    <message>
        <source>Creating a training snapshot…</source>
        <translation>Creazione di uno snapshot di addestramento…</translation>
    </message>
    <message>
        <source>Training snapshot “{name}” ({id}) created: {n} pairs ({per}).</source>
        <translation>Snapshot di addestramento «{name}» ({id}) creato: {n} coppie ({per}).</translation>
    </message>
    <message>
        <source>Hold-out frozen as “{name}” ({id}, {n} items).</source>
        <translation>Set di valutazione congelato come «{name}» ({id}, {n} elementi).</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Accedi</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Demo project: every account&apos;s password is “demo”.</source>
        <translation>Progetto dimostrativo: la password di ogni account è «demo».</translation>
    </message>
    <message>
        <source>Browse read-only</source>
        <translation>Consulta in sola lettura</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nuovo progetto…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Apri progetto…</translation>
    </message>
    <message>
        <source>Open the &amp;demo project</source>
        <translation>Apri il progetto &amp;dimostrativo</translation>
    </message>
    <message>
        <source>&amp;Import items…</source>
        <translation>&amp;Importa elementi…</translation>
    </message>
    <message>
        <source>&amp;Close project</source>
        <translation>&amp;Chiudi progetto</translation>
    </message>
    <message>
        <source>&amp;Use cases and scope…</source>
        <translation>Casi d&apos;&amp;uso e perimetro…</translation>
    </message>
    <message>
        <source>&amp;Engine Python…</source>
        <translation>Python del &amp;motore…</translation>
    </message>
    <message>
        <source>&amp;Erase original texts…</source>
        <translation>&amp;Cancella i testi originali…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>De-identify the selected items</source>
        <translation>De-identifica gli elementi selezionati</translation>
    </message>
    <message>
        <source>De-identify every draft</source>
        <translation>De-identifica tutte le bozze</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aspetto</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Come il sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>A&amp;ccount</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Accedi…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Esci dall&apos;acc&amp;ount</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>&amp;About Apertus Workbench</source>
        <translation>&amp;Informazioni su Apertus Workbench</translation>
    </message>
    <message>
        <source>Open a project folder</source>
        <translation>Apri una cartella di progetto</translation>
    </message>
    <message>
        <source>Building the demo project…</source>
        <translation>Creazione del progetto dimostrativo…</translation>
    </message>
    <message>
        <source>Choose the Python that runs training and evaluation</source>
        <translation>Scegliere il Python che esegue addestramento e valutazione</translation>
    </message>
    <message>
        <source>{path} is not an executable program: choose the python of an environment with apertus-workbench installed</source>
        <translation>{path} non è un programma eseguibile: scelga il python di un ambiente in cui è installato apertus-workbench</translation>
    </message>
    <message>
        <source>Training and evaluation will run with {path}</source>
        <translation>Addestramento e valutazione useranno {path}</translation>
    </message>
    <message>
        <source>Password policy relaxed ({n} characters)</source>
        <translation>Regola delle password allentata ({n} caratteri)</translation>
    </message>
    <message>
        <source>Separation of duties relaxed</source>
        <translation>Separazione dei compiti allentata</translation>
    </message>
    <message>
        <source>Not signed in (read only)</source>
        <translation>Non connesso (sola lettura)</translation>
    </message>
    <message>
        <source>{name} · {roles}</source>
        <translation>{name} · {roles}</translation>
    </message>
    <message>
        <source>The language changes the next time the workbench starts.</source>
        <translation>La lingua cambia al prossimo avvio del workbench.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Review page → Freeze</source>
        <translation>Pagina Revisione → Congela</translation>
    </message>
    <message>
        <source>Training page → Create a training snapshot</source>
        <translation>Pagina Addestramento → Crea uno snapshot di addestramento</translation>
    </message>
    <message>
        <source>the Training page</source>
        <translation>la pagina Addestramento</translation>
    </message>
    <message>
        <source>the Data page</source>
        <translation>la pagina Dati</translation>
    </message>
    <message>
        <source>Training page → Resume</source>
        <translation>Pagina Addestramento → Riprendi</translation>
    </message>
    <message>
        <source>the sign-in dialog</source>
        <translation>la finestra di accesso</translation>
    </message>
    <message>
        <source>the Editor&apos;s findings</source>
        <translation>i rilevamenti nell&apos;editor</translation>
    </message>
    <message>
        <source>Data page → De-identify</source>
        <translation>Pagina Dati → De-identifica</translation>
    </message>
    <message>
        <source>Dashboard → Evaluate</source>
        <translation>Cruscotto → Valuta</translation>
    </message>
    <message>
        <source>Dashboard → Record decision</source>
        <translation>Cruscotto → Registra la decisione</translation>
    </message>
    <message>
        <source>File → Sign in</source>
        <translation>File → Accedi</translation>
    </message>
    <message>
        <source>Audit page → Verify</source>
        <translation>Pagina Audit → Verifica</translation>
    </message>
    <message>
        <source>File → New project</source>
        <translation>File → Nuovo progetto</translation>
    </message>
    <message>
        <source>Training page</source>
        <translation>pagina Addestramento</translation>
    </message>
    <message>
        <source>Dashboard → Hand off</source>
        <translation>Cruscotto → Consegna</translation>
    </message>
    <message>
        <source>choose the locale when importing</source>
        <extracomment>Flag phrases → the control that sets the same thing in the window.</extracomment>
        <translation>scegliere la lingua durante l&apos;importazione</translation>
    </message>
    <message>
        <source>open the right project folder (File → Open)</source>
        <translation>aprire la cartella di progetto giusta (File → Apri)</translation>
    </message>
    <message>
        <source>choose a CPU preset</source>
        <translation>scegliere un&apos;impostazione CPU</translation>
    </message>
    <message>
        <source>(the Contamination override field)</source>
        <translation>(il campo di deroga alla contaminazione)</translation>
    </message>
    <message>
        <source>choose an empty folder, or confirm to</source>
        <translation>scegliere una cartella vuota, o confermare per</translation>
    </message>
    <message>
        <source>sign in first</source>
        <translation>accedere prima</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <source>New project</source>
        <translation>Nuovo progetto</translation>
    </message>
    <message>
        <source>A project is one folder with one database file. Everything in it — items, signatures, runs, the audit trail — stays on this machine.</source>
        <translation>Un progetto è una cartella con un file di database. Tutto ciò che contiene – elementi, firme, addestramenti, la traccia di audit – resta su questo computer.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>e.g. Back office — claims</source>
        <translation>p. es. Back office – sinistri</translation>
    </message>
    <message>
        <source>your full name</source>
        <translation>il suo nome completo</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Cartella</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Nome del progetto</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Amministratore</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nome completo</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Ripeti la password</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crea</translation>
    </message>
    <message>
        <source>Folder for the new project</source>
        <translation>Cartella del nuovo progetto</translation>
    </message>
    <message>
        <source>Choose a folder for the project.</source>
        <translation>Scelga una cartella per il progetto.</translation>
    </message>
    <message>
        <source>The two passwords differ: type them again.</source>
        <translation>Le due password sono diverse: le digiti di nuovo.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>edit items</source>
        <translation>modificare elementi</translation>
    </message>
    <message>
        <source>review items and personal data</source>
        <translation>rivedere elementi e dati personali</translation>
    </message>
    <message>
        <source>sign off items</source>
        <translation>approvare elementi</translation>
    </message>
    <message>
        <source>freeze the hold-out</source>
        <translation>congelare il set di valutazione</translation>
    </message>
    <message>
        <source>create training snapshots</source>
        <translation>creare snapshot di addestramento</translation>
    </message>
    <message>
        <source>launch training runs</source>
        <translation>avviare addestramenti</translation>
    </message>
    <message>
        <source>run evaluations</source>
        <translation>eseguire valutazioni</translation>
    </message>
    <message>
        <source>record go/no-go decisions</source>
        <translation>registrare decisioni go/no-go</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>leggere la traccia di audit</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>gestire gli utenti</translation>
    </message>
    <message>
        <source>hand a checkpoint off to serving</source>
        <translation>consegnare un checkpoint al servizio</translation>
    </message>
    <message>
        <source>erase original texts</source>
        <translation>cancellare i testi originali</translation>
    </message>
    <message>
        <source>define use cases and their scope</source>
        <translation>definire casi d&apos;uso e il loro perimetro</translation>
    </message>
    <message>
        <source>annotator</source>
        <translation>annotatore/annotatrice</translation>
    </message>
    <message>
        <source>domain owner</source>
        <translation>responsabile di dominio</translation>
    </message>
    <message>
        <source>engineer</source>
        <translation>ingegnere/a</translation>
    </message>
    <message>
        <source>compliance officer</source>
        <translation>responsabile compliance</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>amministratore/amministratrice</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>nessun ruolo</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <extracomment>Items whose content or status changed ([] = many or unknown: reload). The use case the Data, Review, Training and Dashboard pages show (see `use_case`). A use case was created, its scope changed or signed (dialogs/scope.py). None: every use case; a use case&apos;s id; or store.items.NO_USE_CASE (items of none).</extracomment>
        <translation>Apra prima un progetto.</translation>
    </message>
    <message>
        <source>Sign in to {action}.</source>
        <translation>Acceda per {action}.</translation>
    </message>
    <message>
        <source>Only a domain owner of {locale} may {action} for {locale}; you own {owned}.</source>
        <translation>Solo un/una responsabile di dominio per {locale} può {action} per {locale}; lei è responsabile di: {owned}.</translation>
    </message>
    <message>
        <source>Your role ({roles}) may not {action}{scope}. This needs: {allowed}.</source>
        <translation>Il suo ruolo ({roles}) non consente di {action}{scope}. Serve: {allowed}.</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>to review</source>
        <translation>da rivedere</translation>
    </message>
    <message>
        <source>personal data</source>
        <translation>dato personale</translation>
    </message>
    <message>
        <source>false alarm</source>
        <translation>falso allarme</translation>
    </message>
    <message>
        <source>marked by a reviewer</source>
        <translation>segnato da un revisore</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>Select an item to read it here.</source>
        <translation>Selezioni un elemento per leggerlo qui.</translation>
    </message>
    <message>
        <source>Reference answer</source>
        <translation>Risposta di riferimento</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Risposta</translation>
    </message>
    <message>
        <source>revision {rev} by {author}, {when}</source>
        <translation>revisione {rev} di {author}, {when}</translation>
    </message>
    <message>
        <source>Returned by {who} on {when}:</source>
        <translation>Restituito da {who} il {when}:</translation>
    </message>
    <message>
        <source>Personal-data findings still to review: {n}</source>
        <translation>Rilevamenti di dati personali ancora da rivedere: {n}</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt di sistema</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etichette</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>must mention: </source>
        <translation>deve menzionare: </translation>
    </message>
    <message>
        <source>must not mention: </source>
        <translation>non deve menzionare: </translation>
    </message>
    <message>
        <source>must match: </source>
        <translation>deve corrispondere a: </translation>
    </message>
    <message>
        <source>must equal: </source>
        <translation>deve essere uguale a: </translation>
    </message>
    <message>
        <source>No regression checks.</source>
        <translation>Nessun controllo di regressione.</translation>
    </message>
    <message>
        <source>Regression checks</source>
        <translation>Controlli di regressione</translation>
    </message>
</context>
<context>
    <name>RecheckAction</name>
    <message>
        <source>Re-check on a newer hold-out…</source>
        <translation>Ricontrollo su un hold-out più recente…</translation>
    </message>
    <message>
        <source>Choose a run that was handed off.</source>
        <translation>Scelga un addestramento consegnato.</translation>
    </message>
    <message>
        <source>Evaluate the handed-off checkpoint and its base on a newer frozen hold-out and judge each locale</source>
        <translation>Valuta il checkpoint consegnato e la sua base su un hold-out congelato più recente e giudica ogni lingua</translation>
    </message>
    <message>
        <source>Looking for hand-offs and newer hold-outs…</source>
        <translation>Ricerca di consegne e di hold-out più recenti…</translation>
    </message>
</context>
<context>
    <name>RecheckDialog</name>
    <message>
        <source>Re-check on a newer hold-out</source>
        <translation>Ricontrollo su un hold-out più recente</translation>
    </message>
    <message>
        <source>Is the handed-off checkpoint still fit?</source>
        <translation>Il checkpoint consegnato è ancora idoneo?</translation>
    </message>
    <message>
        <source>The checkpoint and its base are evaluated on the newer hold-out with the decoding of the evaluation that justified its GO, and the go/no-go policy judges each locale: still fit, re-tune or inconclusive. The run&apos;s own results and decision do not change.</source>
        <translation>Il checkpoint e la sua base sono valutati sullo hold-out più recente con la decodifica della valutazione che ha giustificato il suo GO, e i criteri go/no-go giudicano ogni lingua: ancora idoneo, da riaffinare o non conclusivo. I risultati e la decisione dell&apos;addestramento stesso non cambiano.</translation>
    </message>
    <message>
        <source>Hand-off</source>
        <translation>Consegna</translation>
    </message>
    <message>
        <source>Hold-out version</source>
        <translation>Versione dello hold-out</translation>
    </message>
    <message>
        <source>Run the re-check</source>
        <translation>Esegui il ricontrollo</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Δ chrF++</source>
        <translation>Δ chrF++</translation>
    </message>
    <message>
        <source>Δ vs the GO</source>
        <translation>Δ rispetto al GO</translation>
    </message>
    <message>
        <source>Rule that decided</source>
        <translation>Regola decisiva</translation>
    </message>
    <message>
        <source>Sign the finding…</source>
        <translation>Firma l&apos;esito…</translation>
    </message>
    <message>
        <source>This run has no hand-off yet.</source>
        <translation>Questo addestramento non è ancora stato consegnato.</translation>
    </message>
    <message>
        <source>No newer frozen hold-out of this use case: sign off new hold-out items and freeze a new version.</source>
        <translation>Nessun hold-out congelato più recente per questo caso d&apos;uso: approvi nuovi elementi di hold-out e congeli una nuova versione.</translation>
    </message>
    <message>
        <source>Evaluating {subject} and its base on {holdout}…</source>
        <translation>Valutazione di {subject} e della sua base su {holdout}…</translation>
    </message>
    <message>
        <source>Re-checking on a newer hold-out…</source>
        <translation>Ricontrollo su un hold-out più recente…</translation>
    </message>
    <message>
        <source>Finding: {finding} (report SHA-256 {hash}…)</source>
        <translation>Esito: {finding} (rapporto SHA-256 {hash}…)</translation>
    </message>
    <message>
        <source>Sign the re-check of {subject}</source>
        <translation>Firma il ricontrollo di {subject}</translation>
    </message>
    <message>
        <source>The signature covers the finding of every locale with its numbers, the evaluations on the new hold-out and the GO they are compared with; the hand-off&apos;s model card gets a History line.</source>
        <translation>La firma copre l&apos;esito di ogni lingua con i relativi valori, le valutazioni sul nuovo hold-out e il GO con cui sono confrontate; la scheda del modello della consegna riceve una riga «History».</translation>
    </message>
    <message>
        <source>Signed by {name}: {finding}.</source>
        <translation>Firmato da {name}: {finding}.</translation>
    </message>
</context>
<context>
    <name>RegressionPanel</name>
    <message>
        <source>Prompt and reference</source>
        <translation>Prompt e riferimento</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>Modello di base</translation>
    </message>
    <message>
        <source>No regression check newly fails at {checkpoint}: every check the base model passed, this checkpoint passes too.</source>
        <translation>Nessun controllo di regressione fallisce ex novo con {checkpoint}: ogni controllo superato dal modello di base è superato anche da questo checkpoint.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <source>missing: {terms}</source>
        <translation>mancante: {terms}</translation>
    </message>
    <message>
        <source>forbidden: {terms}</source>
        <translation>vietato: {terms}</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Export the evaluation report</source>
        <translation>Esporta il rapporto di valutazione</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>Rapporto HTML (*.html)</translation>
    </message>
    <message>
        <source>Report written to {html} and {pdf}.</source>
        <translation>Rapporto scritto in {html} e {pdf}.</translation>
    </message>
    <message>
        <source>Report written to {html}; no PDF: {why}</source>
        <translation>Rapporto scritto in {html}; nessun PDF: {why}</translation>
    </message>
    <message>
        <source>Writing the evaluation report…</source>
        <translation>Scrittura del rapporto di valutazione…</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>Review and sign-off</source>
        <translation>Revisione e approvazione</translation>
    </message>
    <message>
        <source>Items that passed de-identification wait here for their locale&apos;s domain owner. One signature covers the whole filtered set.</source>
        <translation>Gli elementi de-identificati attendono qui il/la responsabile di dominio della loro lingua. Una sola firma copre l&apos;intero insieme filtrato.</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Coppie</translation>
    </message>
    <message>
        <source>Hold-out</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Approvati</translation>
    </message>
    <message>
        <source>Hold-out size for the go/no-go policy</source>
        <translation>Dimensione dell&apos;hold-out per la regola go/no-go</translation>
    </message>
    <message>
        <source>Training pairs</source>
        <translation>Coppie di addestramento</translation>
    </message>
    <message>
        <source>Nothing waits for sign-off here</source>
        <translation>Qui nulla attende l&apos;approvazione</translation>
    </message>
    <message>
        <source>Items appear in this queue once de-identification has run and a reviewer approved them. Choose another locale or kind on the left.</source>
        <translation>Gli elementi compaiono qui dopo la de-identificazione e la proposta di un revisore. Scelga a sinistra un&apos;altra lingua o un altro tipo.</translation>
    </message>
    <message>
        <source>J / K  next · previous     R  return to the annotator…     E or Enter  open in the editor</source>
        <translation>J / K  successivo · precedente     R  restituisci all&apos;annotatore…     E o Invio  apri nell&apos;editor</translation>
    </message>
    <message>
        <source>Return to annotator…</source>
        <translation>Restituisci all&apos;annotatore…</translation>
    </message>
    <message>
        <source>Sign off…</source>
        <translation>Approva…</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Elemento successivo</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Elemento precedente</translation>
    </message>
    <message>
        <source>Return the item to its annotator, with a comment</source>
        <translation>Restituisci l&apos;elemento al suo annotatore, con un commento</translation>
    </message>
    <message>
        <source>Open in the editor</source>
        <translation>Apri nell&apos;editor</translation>
    </message>
    <message>
        <source>Select an item first.</source>
        <translation>Selezioni prima un elemento.</translation>
    </message>
    <message>
        <source>Send the selected item back to its annotator with a comment (R): it leaves this queue until it is corrected and de-identified again</source>
        <translation>Restituisci l&apos;elemento selezionato al suo annotatore con un commento (R): esce da questa coda finché non è corretto e di nuovo de-identificato</translation>
    </message>
    <message>
        <source>Return item #{id} to the annotator</source>
        <translation>Restituisci l&apos;elemento n.{id} all&apos;annotatore</translation>
    </message>
    <message>
        <source>What should the annotator change? They read this next to the item.</source>
        <translation>Che cosa deve cambiare l&apos;annotatore? Lo leggerà accanto all&apos;elemento.</translation>
    </message>
    <message>
        <source>Nothing was returned.</source>
        <translation>Non è stato restituito nulla.</translation>
    </message>
    <message>
        <source>Item #{id} went back to its annotator with your comment.</source>
        <translation>L&apos;elemento n.{id} è tornato al suo annotatore con il suo commento.</translation>
    </message>
    <message>
        <source>You own this locale</source>
        <translation>Lei è responsabile di questa lingua</translation>
    </message>
    <message>
        <source>{name}: {pairs} of about {wanted} signed pairs</source>
        <translation>{name}: {pairs} su circa {wanted} coppie approvate</translation>
    </message>
    <message>
        <source>{pairs} signed training pairs. LoRA on the 8B class starts to move with about {wanted} per use case; a full fine-tune of the 70B with tens of thousands.</source>
        <translation>{pairs} coppie di addestramento firmate. LoRA sulla classe 8B inizia ad avere effetto con circa {wanted} per caso d&apos;uso; un fine-tuning completo del 70B con decine di migliaia.</translation>
    </message>
    <message>
        <source>{name}: {pairs} signed training pairs; LoRA on the 8B class starts to move with about {wanted} per use case.</source>
        <translation>{name}: {pairs} coppie di addestramento firmate; LoRA sulla classe 8B inizia ad avere effetto con circa {wanted} per caso d&apos;uso.</translation>
    </message>
    <message>
        <source>Fewer than about {share} per locale in: {locales}.</source>
        <translation>Meno di circa {share} per lingua in: {locales}.</translation>
    </message>
    <message>
        <source>{entity} (declared by: {classes})</source>
        <translation>{entity} (dichiarato da: {classes})</translation>
    </message>
    <message>
        <source>no data class</source>
        <translation>nessuna categoria di dati</translation>
    </message>
    <message>
        <source>item #{id} ({locale}, {use_case}): {types}</source>
        <translation>elemento #{id} ({locale}, {use_case}): {types}</translation>
    </message>
    <message>
        <source>… and %n more.</source>
        <translation>… e altri %n.</translation>
    </message>
    <message>
        <source>Use cases and scope…</source>
        <translation>Casi d&apos;uso e perimetro…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in this set have personal-data findings nobody reviewed yet (e.g. item {id}). Review them in the editor before signing.</source>
        <translation>
            <numerusform>%n elemento di questo insieme ha rilevamenti di dati personali non ancora rivisti (p. es. l&apos;elemento {id}). Li riveda nell&apos;editor prima di firmare.</numerusform>
            <numerusform>%n elementi di questo insieme hanno rilevamenti di dati personali non ancora rivisti (p. es. l&apos;elemento {id}). Li riveda nell&apos;editor prima di firmare.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing means: &lt;b&gt;“{meaning}”&lt;/b&gt;</source>
        <translation>Firmare significa: &lt;b&gt;«{meaning}»&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(recorded as “{meaning}”)</source>
        <translation>(registrato come «{meaning}»)</translation>
    </message>
    <message numerus="yes">
        <source>Sign off %n item(s)…</source>
        <translation>
            <numerusform>Approva %n elemento…</numerusform>
            <numerusform>Approva %n elementi…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to sign in this queue.</source>
        <translation>Niente da firmare in questa coda.</translation>
    </message>
    <message>
        <source>Review the open personal-data findings first.</source>
        <translation>Riveda prima i rilevamenti di dati personali aperti.</translation>
    </message>
    <message>
        <source>Sign the whole filtered set with one e-signature</source>
        <translation>Firma l&apos;intero insieme filtrato con un&apos;unica firma elettronica</translation>
    </message>
    <message>
        <source>approved as training data for {locale}</source>
        <translation>approvato come dati di addestramento per {locale}</translation>
    </message>
    <message>
        <source>approved as hold-out evaluation items for {locale}</source>
        <translation>approvato come elementi di valutazione riservati per {locale}</translation>
    </message>
    <message>
        <source>This search has no letters or digits and would select every item: search for a word, or clear the search to sign the whole queue.</source>
        <translation>Questa ricerca non contiene lettere né cifre e selezionerebbe tutti gli elementi: cerchi una parola, oppure svuoti la ricerca per firmare l’intera coda.</translation>
    </message>
    <message numerus="yes">
        <source>This signature covers %n item(s): </source>
        <translation>
            <numerusform>Questa firma copre %n elemento: </numerusform>
            <numerusform>Questa firma copre %n elementi: </numerusform>
        </translation>
    </message>
    <message>
        <source>training pairs</source>
        <translation>le coppie di addestramento</translation>
    </message>
    <message>
        <source>hold-out items</source>
        <translation>gli elementi di valutazione</translation>
    </message>
    <message>
        <source>Sign off {what} for {locale}</source>
        <translation>Approva {what} per {locale}</translation>
    </message>
    <message numerus="yes">
        <source>Signed: %n item(s), signature {id}.</source>
        <translation>
            <numerusform>Firmato: %n elemento, firma {id}.</numerusform>
            <numerusform>Firmato: %n elementi, firma {id}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunComparison</name>
    <message>
        <source>Compare with</source>
        <translation>Confronta con</translation>
    </message>
    <message>
        <source>Reading the run to compare…</source>
        <translation>Lettura dell&apos;addestramento da confrontare…</translation>
    </message>
    <message>
        <source>Pick another evaluated run to compare with.</source>
        <translation>Scelga un altro addestramento valutato da confrontare.</translation>
    </message>
    <message>
        <source>{run}: {metric} Δ</source>
        <translation>{run}: {metric} Δ</translation>
    </message>
    <message>
        <source>Verdict {run}</source>
        <translation>Verdetto {run}</translation>
    </message>
    <message>
        <source>{a} at {la} against {b} at {lb}, each against its own base on its own frozen hold-out; bold: the better run for that locale.</source>
        <translation>{a} a {la} contro {b} a {lb}, ciascuno rispetto alla propria base sul proprio set di valutazione congelato; in grassetto: l&apos;addestramento migliore per quella lingua.</translation>
    </message>
</context>
<context>
    <name>RunList</name>
    <message>
        <source>Runs</source>
        <translation>Addestramenti</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Annulla addestramento</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Cruscotto</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Addestramento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metodo</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <source>Run {id}: asked to stop at its next step.</source>
        <translation>Addestramento {id}: richiesto l&apos;arresto al passo successivo.</translation>
    </message>
    <message>
        <source>Resuming the run…</source>
        <translation>Ripresa dell&apos;addestramento…</translation>
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
        <translation>Perdita</translation>
    </message>
    <message>
        <source>Step</source>
        <extracomment>The run reached a terminal event (done, error, cancelled, interrupted, requeued). A checkpoint was written (step) — the dashboard may have new results soon. How the run ended (done, error, cancelled, interrupted, requeued), once it has. The run&apos;s phase, elapsed time and estimate (&quot;Running · 1 min 12 s elapsed · about 40 s left&quot;).</extracomment>
        <translation>Passo</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasso di apprendimento</translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <translation>Token/s</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <source>Last checkpoint</source>
        <translation>Ultimo checkpoint</translation>
    </message>
    <message>
        <source>Training loss</source>
        <extracomment>Per checkpoint: evaluated, n of m answers, failed or waiting.</extracomment>
        <translation>Perdita di addestramento</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>perdita</translation>
    </message>
    <message>
        <source>No steps yet</source>
        <translation>Ancora nessun passo</translation>
    </message>
    <message>
        <source>The loss and learning-rate curves appear with the run&apos;s first step.</source>
        <translation>Le curve di loss e learning rate compaiono con il primo passo dell&apos;addestramento.</translation>
    </message>
    <message>
        <source>{time} elapsed</source>
        <translation>{time} trascorso</translation>
    </message>
    <message>
        <source>about {time} left</source>
        <translation>ancora circa {time}</translation>
    </message>
    <message>
        <source>{done} of {total} answers</source>
        <translation>{done} risposte su {total}</translation>
    </message>
    <message>
        <source>started</source>
        <translation>avviata</translation>
    </message>
    <message>
        <source>evaluated</source>
        <translation>valutato</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>non riuscito</translation>
    </message>
    <message>
        <source>base: {state}</source>
        <translation>base: {state}</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>in attesa</translation>
    </message>
    <message>
        <source>step {step}: {state}</source>
        <translation>passo {step}: {state}</translation>
    </message>
    <message>
        <source>Evaluation per checkpoint — {parts}</source>
        <translation>Valutazione per checkpoint — {parts}</translation>
    </message>
    <message>
        <source>Evaluation per checkpoint: no checkpoint yet</source>
        <translation>Valutazione per checkpoint: ancora nessun checkpoint</translation>
    </message>
    <message>
        <source>training</source>
        <translation>addestramento</translation>
    </message>
    <message>
        <source>lr</source>
        <translation>lr</translation>
    </message>
    <message>
        <source>The run&apos;s messages appear here.</source>
        <translation>Qui compaiono i messaggi dell&apos;addestramento.</translation>
    </message>
    <message>
        <source>No run selected</source>
        <translation>Nessun addestramento selezionato</translation>
    </message>
    <message>
        <source>step {step}</source>
        <translation>passo {step}</translation>
    </message>
    <message>
        <source>checkpoint at step {step} written</source>
        <translation>checkpoint scritto al passo {step}</translation>
    </message>
    <message>
        <source>cancelled by {who} at step {step}</source>
        <translation>annullato da {who} al passo {step}</translation>
    </message>
    <message>
        <source>done: step {step}, loss {loss}</source>
        <translation>completato: passo {step}, perdita {loss}</translation>
    </message>
    <message>
        <source>validation (split of the training snapshot)</source>
        <translation>validazione (parte separata dello snapshot di addestramento)</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} di {total}</translation>
    </message>
    <message>
        <source>requeued by Slurm at step {step}: the job continues from its checkpoint when Slurm starts it again</source>
        <translation>rimesso in coda da Slurm al passo {step}: il job riprende dal suo checkpoint quando Slurm lo riavvia</translation>
    </message>
</context>
<context>
    <name>RunStatus</name>
    <message>
        <source>queued</source>
        <extracomment>What a run&apos;s phase is called on screen (train/progress.py says which phase it is in).</extracomment>
        <translation>in coda</translation>
    </message>
    <message>
        <source>running</source>
        <translation>in esecuzione</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completato</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>non riuscito</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annullato</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrotto</translation>
    </message>
    <message>
        <source>requeued</source>
        <translation>rimesso in coda</translation>
    </message>
    <message>
        <source>checkpoint evaluation {n}/{m}</source>
        <extracomment>How often the list looks at its live runs again (a registry read and a lock check each).</extracomment>
        <translation>valutazione dei checkpoint {n}/{m}</translation>
    </message>
    <message>
        <source>Slurm job {job}</source>
        <translation>job Slurm {job}</translation>
    </message>
</context>
<context>
    <name>ScopeDialog</name>
    <message>
        <source>Use cases and scope</source>
        <translation>Casi d&apos;uso e perimetro</translation>
    </message>
    <message>
        <source>Each use case trains its own adapter, on its own items, within a scope its owners signed: the tasks, the locales and the regulated data classes it may touch.</source>
        <translation>Ogni caso d&apos;uso addestra il proprio adattatore, sui propri elementi, entro un perimetro firmato dai suoi responsabili di dominio: i compiti, le lingue e le categorie di dati regolamentate che può toccare.</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Caso d&apos;uso</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Firmato da</translation>
    </message>
    <message>
        <source>Still to sign</source>
        <translation>Ancora da firmare</translation>
    </message>
    <message>
        <source>New use case…</source>
        <translation>Nuovo caso d&apos;uso…</translation>
    </message>
    <message>
        <source>Change the scope…</source>
        <translation>Modifica il perimetro…</translation>
    </message>
    <message>
        <source>Sign this scope…</source>
        <translation>Firma questo perimetro…</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>in vigore</translation>
    </message>
    <message>
        <source>awaiting signatures (v{v} stays in force)</source>
        <translation>in attesa di firme (v{v} resta in vigore)</translation>
    </message>
    <message>
        <source>awaiting signatures</source>
        <translation>in attesa di firme</translation>
    </message>
    <message>
        <source>No use case yet. A use case names what a fine-tune is for; create one, then its owners sign its scope.</source>
        <translation>Ancora nessun caso d&apos;uso. Un caso d&apos;uso indica a cosa serve un fine-tuning; ne crei uno, poi i suoi responsabili di dominio ne firmano il perimetro.</translation>
    </message>
    <message>
        <source>Tasks: {tasks}</source>
        <translation>Compiti: {tasks}</translation>
    </message>
    <message>
        <source>Locales: {locales}</source>
        <translation>Lingue: {locales}</translation>
    </message>
    <message>
        <source>Data classes: {classes}</source>
        <translation>Categorie di dati: {classes}</translation>
    </message>
    <message>
        <source>Owners: {owners}</source>
        <translation>Responsabili di dominio: {owners}</translation>
    </message>
    <message>
        <source>Define a new use case and its scope</source>
        <translation>Definisci un nuovo caso d&apos;uso e il suo perimetro</translation>
    </message>
    <message>
        <source>Choose a use case first.</source>
        <translation>Scelga prima un caso d&apos;uso.</translation>
    </message>
    <message>
        <source>Record a new version of this scope, with a reason; its owners sign it again</source>
        <translation>Registra una nuova versione di questo perimetro, con una motivazione; i suoi responsabili di dominio lo firmano di nuovo</translation>
    </message>
    <message>
        <source>Sign in to sign a scope.</source>
        <translation>Acceda per firmare un perimetro.</translation>
    </message>
    <message>
        <source>Only the owners of this use case sign its scope: {owners}.</source>
        <translation>Solo i responsabili di dominio di questo caso d&apos;uso ne firmano il perimetro: {owners}.</translation>
    </message>
    <message>
        <source>You signed version {v} of this scope already.</source>
        <translation>Ha già firmato la versione {v} di questo perimetro.</translation>
    </message>
    <message>
        <source>Approve this version of the scope with your password</source>
        <translation>Approvi questa versione del perimetro con la sua password</translation>
    </message>
    <message>
        <source>Scope v{v} of {id} recorded: its owners sign it next ({owners}).</source>
        <translation>Perimetro v{v} di {id} registrato: ora lo firmano i suoi responsabili di dominio ({owners}).</translation>
    </message>
    <message>
        <source>After your signature the scope is in force.</source>
        <translation>Dopo la sua firma il perimetro è in vigore.</translation>
    </message>
    <message>
        <source>After your signature, still to sign: {owners}.</source>
        <translation>Dopo la sua firma, ancora da firmare: {owners}.</translation>
    </message>
    <message>
        <source>Sign the scope of {name}</source>
        <translation>Firma il perimetro di {name}</translation>
    </message>
    <message>
        <source>Scope v{v} of {id} is in force.</source>
        <translation>Il perimetro v{v} di {id} è in vigore.</translation>
    </message>
    <message>
        <source>Signed. Still to sign scope v{v} of {id}: {owners}.</source>
        <translation>Firmato. Devono ancora firmare il perimetro v{v} di {id}: {owners}.</translation>
    </message>
</context>
<context>
    <name>ScopeEditor</name>
    <message>
        <source>Change the scope of {id}</source>
        <translation>Modifica il perimetro di {id}</translation>
    </message>
    <message>
        <source>New use case</source>
        <translation>Nuovo caso d&apos;uso</translation>
    </message>
    <message>
        <source>e.g. back-office (lower-case letters, digits, dashes)</source>
        <translation>p. es. back-office (minuscole, cifre, trattini)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>e.g. Back-office advisor</source>
        <translation>p. es. Consulenza back-office</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>One task per line, e.g. answer client questions about accounts</source>
        <translation>Un compito per riga, p. es. rispondere alle domande dei clienti sui conti</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Compiti</translation>
    </message>
    <message>
        <source>Locales</source>
        <translation>Lingue</translation>
    </message>
    <message>
        <source>Data classes</source>
        <translation>Categorie di dati</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Responsabili di dominio</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Why the scope changes: every owner signs it again</source>
        <translation>Perché il perimetro cambia: ogni responsabile di dominio lo firma di nuovo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivazione</translation>
    </message>
    <message>
        <source>The scope is in force once every owner named has signed it. Items whose personal data falls outside the declared data classes are flagged for the owners.</source>
        <translation>Il perimetro è in vigore non appena tutti i responsabili di dominio indicati lo hanno firmato. Gli elementi i cui dati personali esulano dalle categorie di dati dichiarate sono segnalati ai responsabili di dominio.</translation>
    </message>
    <message>
        <source>Record the new version</source>
        <translation>Registra la nuova versione</translation>
    </message>
    <message>
        <source>Create the use case</source>
        <translation>Crea il caso d&apos;uso</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Save the item</source>
        <translation>Salva l&apos;elemento</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Elemento successivo</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Elemento precedente</translation>
    </message>
    <message>
        <source>Finding is personal data (findings list)</source>
        <translation>Il rilevamento è un dato personale (elenco dei rilevamenti)</translation>
    </message>
    <message>
        <source>Finding is a false alarm (findings list)</source>
        <translation>Il rilevamento è un falso allarme (elenco dei rilevamenti)</translation>
    </message>
    <message>
        <source>Mark missed personal data in the selected text</source>
        <translation>Segna dati personali sfuggiti nel testo selezionato</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasti</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Ovunque</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>No project open</source>
        <translation>Nessun progetto aperto</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>Not signed in — read only</source>
        <translation>Non connesso – sola lettura</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Accedi</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <source>Electronic signature</source>
        <translation>Firma elettronica</translation>
    </message>
    <message>
        <source>Signing as {name} ({user})</source>
        <translation>Firma come {name} ({user})</translation>
    </message>
    <message>
        <source>By signing you state:</source>
        <translation>Firmando dichiara:</translation>
    </message>
    <message>
        <source>The signature records your name, the date and time (UTC), the statement above and a hash of exactly these revisions. Editing an item later voids its sign-off.</source>
        <translation>La firma registra il suo nome, la data e l&apos;ora (UTC), la dichiarazione qui sopra e un hash esattamente di queste revisioni. Modificare un elemento in seguito ne annulla l&apos;approvazione.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Re-enter your password to sign</source>
        <translation>Reinserisca la password per firmare</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Firma in corso…</translation>
    </message>
</context>
<context>
    <name>Signatures</name>
    <message>
        <source>#</source>
        <translation>n.</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Firmato da</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Significato</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elementi</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verifica</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>draft</source>
        <translation>bozza</translation>
    </message>
    <message>
        <source>de-identified</source>
        <translation>de-identificato</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>in revisione</translation>
    </message>
    <message>
        <source>signed off</source>
        <translation>approvato</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rifiutato</translation>
    </message>
    <message>
        <source>training pair</source>
        <translation>coppia di addestramento</translation>
    </message>
    <message>
        <source>hold-out</source>
        <translation>valutazione</translation>
    </message>
    <message>
        <source>German (Switzerland)</source>
        <translation>tedesco (Svizzera)</translation>
    </message>
    <message>
        <source>Swiss German</source>
        <translation>svizzero tedesco</translation>
    </message>
    <message>
        <source>French (Switzerland)</source>
        <translation>francese (Svizzera)</translation>
    </message>
    <message>
        <source>Italian (Switzerland)</source>
        <translation>italiano (Svizzera)</translation>
    </message>
    <message>
        <source>Romansh</source>
        <translation>romancio</translation>
    </message>
    <message>
        <source>English</source>
        <translation>inglese</translation>
    </message>
</context>
<context>
    <name>TaskIndicator</name>
    <message>
        <source> (+{n} more)</source>
        <translation> (+{n} altri)</translation>
    </message>
    <message>
        <source>Stop the running step</source>
        <translation>Ferma il passo in corso</translation>
    </message>
    <message>
        <source>This step cannot be stopped once started: it is a single transaction that either completes or changes nothing</source>
        <translation>Questo passo non si può fermare una volta avviato: è un&apos;unica transazione che o si completa o non cambia nulla</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>the step was cancelled; nothing was changed</source>
        <translation>il passo è stato annullato; non è stato cambiato nulla</translation>
    </message>
    <message>
        <source>Unexpected error: {error}. The details are in {path}.</source>
        <translation>Errore imprevisto: {error}. I dettagli si trovano in {path}.</translation>
    </message>
    <message>
        <source>{label}: cancelled</source>
        <extracomment>Called with the message of a failed task that has no on_error of its own. Called with news that is not an error (a step the user cancelled).</extracomment>
        <translation>{label}: annullato</translation>
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
        <translation>QLoRA · 70B · un nodo CUDA</translation>
    </message>
    <message>
        <source>Full fine-tune · 8B · CUDA</source>
        <translation>Fine-tuning completo · 8B · CUDA</translation>
    </message>
    <message>
        <source>Full fine-tune · 70B · FSDP cluster</source>
        <translation>Fine-tuning completo · 70B · cluster FSDP</translation>
    </message>
    <message>
        <source>LoRA · 70B · several GPUs</source>
        <translation>LoRA · 70B · più GPU</translation>
    </message>
    <message>
        <source>QLoRA · 8B · one GPU</source>
        <translation>QLoRA · 8B · una GPU</translation>
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
        <translation>LoRA · modello di test · CPU</translation>
    </message>
    <message>
        <source>QLoRA · test model · CPU (bitsandbytes)</source>
        <translation>QLoRA · modello di test · CPU (bitsandbytes)</translation>
    </message>
    <message>
        <source>Full fine-tune · test model · CPU</source>
        <translation>Fine-tuning completo · modello di test · CPU</translation>
    </message>
    <message>
        <source>LoRA · test model · mlx</source>
        <translation>LoRA · modello di test · mlx</translation>
    </message>
    <message>
        <source>Steps</source>
        <extracomment>Number fields of the form: (spec field, label, integer?).</extracomment>
        <translation>Passi</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasso di apprendimento</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Dimensione del batch</translation>
    </message>
    <message>
        <source>Gradient accumulation</source>
        <translation>Accumulo del gradiente</translation>
    </message>
    <message>
        <source>LoRA rank</source>
        <translation>Rango LoRA</translation>
    </message>
    <message>
        <source>LoRA alpha</source>
        <translation>Alpha LoRA</translation>
    </message>
    <message>
        <source>Max sequence length</source>
        <translation>Lunghezza massima della sequenza</translation>
    </message>
    <message>
        <source>Checkpoint every (steps)</source>
        <translation>Checkpoint ogni (passi)</translation>
    </message>
    <message>
        <source>Validation loss every (steps)</source>
        <translation>Loss di validazione ogni (passi)</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seme</translation>
    </message>
    <message>
        <source>This machine</source>
        <extracomment>Where the run&apos;s workers start: here, or from job files written for several GPUs / Slurm.</extracomment>
        <translation>Questo computer</translation>
    </message>
    <message>
        <source>Several GPUs (accelerate, FSDP for full)</source>
        <translation>Più GPU (accelerate, FSDP per il completo)</translation>
    </message>
    <message>
        <source>Several GPUs (torchrun)</source>
        <translation>Più GPU (torchrun)</translation>
    </message>
    <message>
        <source>Slurm cluster (batch script)</source>
        <translation>Cluster Slurm (script batch)</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Caso d&apos;uso</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Preimpostazione</translation>
    </message>
    <message>
        <source>Show presets for other machines</source>
        <translation>Mostra le impostazioni per altre macchine</translation>
    </message>
    <message>
        <source>For a run whose job files you start on a GPU machine or cluster</source>
        <translation>Per un addestramento i cui file di job avvia su una macchina GPU o un cluster</translation>
    </message>
    <message>
        <source>Folder of a Hugging Face checkpoint, e.g. Apertus-8B-Instruct-2509</source>
        <translation>Cartella di un checkpoint Hugging Face, p. es. Apertus-8B-Instruct-2509</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>Modello di base</translation>
    </message>
    <message>
        <source>optional, e.g. treuhand-fr v2</source>
        <translation>facoltativo, p. es. treuhand-fr v2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Optimizer steps; when set it wins over epochs</source>
        <translation>Passi di ottimizzazione; se impostato, prevale sulle epoche</translation>
    </message>
    <message>
        <source>Loss on a part of the training snapshot held back from training (never the hold-out); 0: off</source>
        <translation>Loss su una parte dello snapshot di addestramento esclusa dall&apos;addestramento (mai il set di valutazione); 0: disattivato</translation>
    </message>
    <message>
        <source>Evaluate each checkpoint</source>
        <translation>Valuta ogni checkpoint</translation>
    </message>
    <message>
        <source>Score every checkpoint on the frozen hold-out, per locale, against the base model, in a separate process</source>
        <translation>Valuta ogni checkpoint sul set di valutazione congelato, per lingua, rispetto al modello di base, in un processo separato</translation>
    </message>
    <message>
        <source>Anything but this machine registers the run and writes the job files; you start the workers with the command shown</source>
        <translation>Tutto tranne «Questo computer» registra l&apos;addestramento e scrive i file del job; i worker si avviano con il comando indicato</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dove</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nodi</translation>
    </message>
    <message>
        <source>GPUs per node</source>
        <translation>GPU per nodo</translation>
    </message>
    <message>
        <source>CPU only</source>
        <translation>Solo CPU</translation>
    </message>
    <message>
        <source>The job asks for no GPUs: each process trains on CPU cores (a test of the job on a CPU cluster); GPUs per node is then the number of processes per node</source>
        <translation>Il job non chiede GPU: ogni processo si addestra su core CPU (un test del job su un cluster CPU); «GPU per nodo» è allora il numero di processi per nodo</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predefinita</translation>
    </message>
    <message>
        <source>The Slurm partition (queue) of the job; empty: the cluster&apos;s default</source>
        <translation>La partizione Slurm (coda) del job; vuota: quella predefinita del cluster</translation>
    </message>
    <message>
        <source>The job&apos;s time limit (HH:MM:SS or D-HH:MM:SS). Two minutes before it, the job saves a checkpoint and queues itself again</source>
        <translation>Il limite di tempo del job (HH:MM:SS o G-HH:MM:SS). Due minuti prima, il job salva un checkpoint e si rimette in coda</translation>
    </message>
    <message>
        <source>CPU cores Slurm gives each task (data loading, tokenization)</source>
        <translation>Core CPU che Slurm assegna a ogni task (caricamento dati, tokenizzazione)</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partizione</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Limite di tempo</translation>
    </message>
    <message>
        <source>CPUs per task</source>
        <translation>CPU per task</translation>
    </message>
    <message>
        <source>Submit the job to Slurm now (sbatch)</source>
        <translation>Inviare ora il job a Slurm (sbatch)</translation>
    </message>
    <message>
        <source>only if pairs overlap the hold-out: why</source>
        <translation>solo in caso di sovrapposizione con il set di valutazione: perché</translation>
    </message>
    <message>
        <source>Recorded in the audit trail with the overlapping items</source>
        <translation>Registrato nella traccia di audit con gli elementi sovrapposti</translation>
    </message>
    <message>
        <source>Contamination override</source>
        <translation>Deroga in caso di contaminazione</translation>
    </message>
    <message>
        <source>The run is registered and its job script written; with this ticked the window also submits it, and the run shows its Slurm job and state</source>
        <translation>L&apos;esecuzione viene registrata e il suo script di job scritto; con questa casella spuntata la finestra lo invia anche, e l&apos;esecuzione mostra il suo job Slurm e il suo stato</translation>
    </message>
    <message>
        <source>sbatch is not on this machine: the job script is written and the window shows the command that submits it on the cluster&apos;s login node</source>
        <translation>sbatch non è su questa macchina: lo script del job viene scritto e la finestra mostra il comando che lo invia sul nodo di login del cluster</translation>
    </message>
    <message>
        <source>from epochs</source>
        <translation>dalle epoche</translation>
    </message>
    <message>
        <source>Choose the base model folder</source>
        <translation>Scegli la cartella del modello di base</translation>
    </message>
    <message>
        <source>choose the base model folder first</source>
        <translation>scelga prima la cartella del modello di base</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number ({field})</source>
        <translation>«{value}» non è un numero ({field})</translation>
    </message>
</context>
<context>
    <name>TrainingView</name>
    <message>
        <source>Training</source>
        <translation>Addestramento</translation>
    </message>
    <message>
        <source>Detecting hardware…</source>
        <translation>Rilevamento dell&apos;hardware…</translation>
    </message>
    <message>
        <source>Fine-tune on the signed-off training snapshot, checked against the frozen hold-out. Each run is its own process: close the window and it goes on.</source>
        <translation>Affini sullo snapshot di addestramento approvato, verificato sul set di valutazione congelato. Ogni addestramento è un processo a sé: prosegue anche se chiude la finestra.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verifica in corso…</translation>
    </message>
    <message>
        <source>Run the pre-launch checks without starting anything</source>
        <translation>Esegue i controlli preliminari senza avviare nulla</translation>
    </message>
    <message>
        <source>Launching…</source>
        <translation>Avvio in corso…</translation>
    </message>
    <message>
        <source>Check, register and start the run in its own process</source>
        <translation>Verifica, registra e avvia l&apos;addestramento in un processo proprio</translation>
    </message>
    <message>
        <source>No running run is selected.</source>
        <translation>Nessun addestramento in corso è selezionato.</translation>
    </message>
    <message>
        <source>The run stops at its next step; its checkpoints stay</source>
        <translation>L&apos;addestramento si ferma al passo successivo; i suoi checkpoint restano</translation>
    </message>
    <message>
        <source>Only an interrupted, failed or cancelled run can be resumed.</source>
        <translation>Solo un addestramento interrotto, fallito o annullato può essere ripreso.</translation>
    </message>
    <message>
        <source>Continue from the last checkpoint</source>
        <translation>Continua dall&apos;ultimo checkpoint</translation>
    </message>
    <message>
        <source>Select a run first.</source>
        <translation>Selezioni prima un addestramento.</translation>
    </message>
    <message>
        <source>Per-locale results of this run against the base</source>
        <translation>Risultati per lingua di questo addestramento rispetto alla base</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Edit item {id}</source>
        <translation>Modifica elemento {id}</translation>
    </message>
</context>
<context>
    <name>UseCasePicker</name>
    <message>
        <source>Use case</source>
        <extracomment>after each refresh: whether the project has use cases (pages show their use-case columns)</extracomment>
        <translation>Caso d&apos;uso</translation>
    </message>
    <message>
        <source>The use case whose items, snapshots and runs the pages show</source>
        <translation>Il caso d&apos;uso di cui le pagine mostrano elementi, snapshot e addestramenti</translation>
    </message>
    <message>
        <source>All use cases</source>
        <translation>Tutti i casi d&apos;uso</translation>
    </message>
    <message>
        <source>{name} (scope not signed)</source>
        <translation>{name} (perimetro non firmato)</translation>
    </message>
    <message>
        <source>No use case</source>
        <translation>Nessun caso d&apos;uso</translation>
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
        <translation>Cruscotto</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dati</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisione</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Addestramento</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Apertus Workbench</source>
        <translation>Benvenuti in Apertus Workbench</translation>
    </message>
    <message>
        <source>Curate and sign off training data and hold-out sets in six Swiss locales, fine-tune Apertus on your own hardware, and keep the record a regulator asks for.</source>
        <translation>Curi e approvi dati di addestramento e set di valutazione in sei varianti linguistiche svizzere, affini Apertus sul suo hardware e tenga il registro che un&apos;autorità di vigilanza richiede.</translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation>Apri progetto…</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>Nuovo progetto…</translation>
    </message>
    <message>
        <source>Try the demo project</source>
        <translation>Prova il progetto dimostrativo</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Progetti recenti</translation>
    </message>
    <message>
        <source>Double-click a recent project to open it.</source>
        <translation>Faccia doppio clic su un progetto recente per aprirlo.</translation>
    </message>
</context>
</TS>
