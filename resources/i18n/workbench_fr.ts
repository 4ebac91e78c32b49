<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CH" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Apertus Workbench</source>
        <translation>À propos d&apos;Apertus Workbench</translation>
    </message>
    <message>
        <source>Curate, de-identify, sign off, fine-tune and evaluate the Swiss open language model Apertus, with an audit trail a regulator can follow. Apache-2.0.</source>
        <translation>Curater, dé-identifier, valider, affiner et évaluer Apertus, le modèle de langue ouvert suisse, avec une piste d&apos;audit qu&apos;une autorité de surveillance peut suivre. Apache-2.0.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <source>Audit head</source>
        <translation>Dernier hash d&apos;audit</translation>
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
        <translation>Heure</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Reading the audit trail…</source>
        <extracomment>username → display name, for the sentences</extracomment>
        <translation>Lecture de la piste d&apos;audit…</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>{who} signed {n} {locale} {kind}: {meaning}</source>
        <extracomment>action → sentence; fields in braces come from the entry (see `_fields`).</extracomment>
        <translation>{who} a signé {n} {kind} ({locale}) : {meaning}</translation>
    </message>
    <message>
        <source>{who} froze the hold-out “{name}” ({n} items) for evaluation, signing for {covers}</source>
        <translation>{who} a figé le jeu d&apos;évaluation « {name} » ({n} éléments) et signé pour {covers}</translation>
    </message>
    <message>
        <source>{who} took the training snapshot “{name}” ({n} pairs)</source>
        <translation>{who} a créé l&apos;instantané d&apos;entraînement « {name} » ({n} paires)</translation>
    </message>
    <message>
        <source>{who} marked snapshots {snapshots} superseded: {reason}</source>
        <translation>{who} a marqué les instantanés {snapshots} comme remplacés : {reason}</translation>
    </message>
    <message>
        <source>{who} imported {n} items from {file}</source>
        <translation>{who} a importé {n} éléments depuis {file}</translation>
    </message>
    <message>
        <source>{who} set {n} item(s) to “{status}”</source>
        <translation>{who} a mis {n} élément(s) à l&apos;état « {status} »</translation>
    </message>
    <message>
        <source>{who} edited item {object} (revision {rev})</source>
        <translation>{who} a modifié l&apos;élément {object} (révision {rev})</translation>
    </message>
    <message>
        <source>{who} changed the tags of item {object}</source>
        <translation>{who} a modifié les étiquettes de l&apos;élément {object}</translation>
    </message>
    <message>
        <source>{who} wrote the de-identified revision {rev} of item {object}</source>
        <translation>{who} a écrit la révision dé-identifiée {rev} de l&apos;élément {object}</translation>
    </message>
    <message>
        <source>{who} ran the de-identification detector</source>
        <translation>{who} a lancé la détection des données personnelles</translation>
    </message>
    <message>
        <source>{who} marked {n} finding(s) as {decision}</source>
        <translation>{who} a marqué {n} détection(s) comme « {decision} »</translation>
    </message>
    <message>
        <source>{who} marked personal data the detector missed in item {object}</source>
        <translation>{who} a marqué des données personnelles non détectées dans l&apos;élément {object}</translation>
    </message>
    <message>
        <source>{who} registered the training run {object}</source>
        <translation>{who} a enregistré l&apos;entraînement {object}</translation>
    </message>
    <message>
        <source>{who} started the worker of run {object}</source>
        <translation>{who} a démarré le processus de l&apos;entraînement {object}</translation>
    </message>
    <message>
        <source>{who} resumed run {object}</source>
        <translation>{who} a repris l&apos;entraînement {object}</translation>
    </message>
    <message>
        <source>Run {object} wrote its checkpoint at step {step}</source>
        <translation>L&apos;entraînement {object} a écrit son checkpoint à l&apos;étape {step}</translation>
    </message>
    <message>
        <source>Run {object} recorded what it trained on and where</source>
        <translation>L&apos;entraînement {object} a consigné ses données et son lieu d&apos;exécution</translation>
    </message>
    <message>
        <source>Run {object} is training</source>
        <translation>L&apos;entraînement {object} est en cours</translation>
    </message>
    <message>
        <source>Run {object} completed</source>
        <translation>L&apos;entraînement {object} est terminé</translation>
    </message>
    <message>
        <source>Run {object} failed</source>
        <translation>L&apos;entraînement {object} a échoué</translation>
    </message>
    <message>
        <source>Run {object} was cancelled</source>
        <translation>L&apos;entraînement {object} a été annulé</translation>
    </message>
    <message>
        <source>Run {object} was interrupted</source>
        <translation>L&apos;entraînement {object} a été interrompu</translation>
    </message>
    <message>
        <source>{who} started evaluating {checkpoint} of run {run}</source>
        <translation>{who} a lancé l&apos;évaluation de {checkpoint} de l&apos;entraînement {run}</translation>
    </message>
    <message>
        <source>{who} completed the evaluation of {checkpoint} of run {run}</source>
        <translation>{who} a terminé l&apos;évaluation de {checkpoint} de l&apos;entraînement {run}</translation>
    </message>
    <message>
        <source>The evaluation of {checkpoint} of run {run} failed</source>
        <translation>L&apos;évaluation de {checkpoint} de l&apos;entraînement {run} a échoué</translation>
    </message>
    <message>
        <source>{who} signed the decision {decision} for {checkpoint} of run {object}</source>
        <translation>{who} a signé la décision {decision} pour {checkpoint} de l&apos;entraînement {object}</translation>
    </message>
    <message>
        <source>{who} added the user {object}</source>
        <translation>{who} a ajouté l&apos;utilisateur·rice {object}</translation>
    </message>
    <message>
        <source>{who} received a signing key</source>
        <translation>{who} a reçu une clé de signature</translation>
    </message>
    <message>
        <source>{who} signed in</source>
        <translation>{who} s&apos;est connecté·e</translation>
    </message>
    <message>
        <source>{who} signed out</source>
        <translation>{who} s&apos;est déconnecté·e</translation>
    </message>
    <message>
        <source>{who} read the audit trail ({object})</source>
        <translation>{who} a consulté la piste d&apos;audit ({object})</translation>
    </message>
    <message>
        <source>{who} exported the audit package</source>
        <translation>{who} a exporté le dossier d&apos;audit</translation>
    </message>
    <message>
        <source>{who} exported the evaluation report of run {object}</source>
        <translation>{who} a exporté le rapport d&apos;évaluation de l&apos;entraînement {object}</translation>
    </message>
    <message>
        <source>{who} exported a training set</source>
        <translation>{who} a exporté un jeu d&apos;entraînement</translation>
    </message>
    <message>
        <source>{who} handed off run {object}</source>
        <translation>{who} a remis l&apos;entraînement {object}</translation>
    </message>
    <message>
        <source>{who} created the project</source>
        <translation>{who} a créé le projet</translation>
    </message>
    <message>
        <source>items</source>
        <extracomment>Stored field names a reader meets most, in words (others are shown with _ as spaces).</extracomment>
        <translation>éléments</translation>
    </message>
    <message>
        <source>signed revisions</source>
        <translation>révisions signées</translation>
    </message>
    <message>
        <source>manifest hash</source>
        <translation>hash du manifeste</translation>
    </message>
    <message>
        <source>meaning</source>
        <translation>signification</translation>
    </message>
    <message>
        <source>signed at</source>
        <translation>signé le</translation>
    </message>
    <message>
        <source>signer</source>
        <translation>signataire</translation>
    </message>
    <message>
        <source>signer&apos;s name</source>
        <translation>nom du/de la signataire</translation>
    </message>
    <message>
        <source>what was signed</source>
        <translation>ce qui a été signé</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>statuses</source>
        <translation>statuts</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>locale</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>items per locale</source>
        <translation>éléments par langue</translation>
    </message>
    <message>
        <source>signed for</source>
        <translation>signé pour</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>revision</source>
        <translation>révision</translation>
    </message>
    <message>
        <source>content hash</source>
        <translation>hash du contenu</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>décision</translation>
    </message>
    <message>
        <source>checkpoint</source>
        <translation>checkpoint</translation>
    </message>
    <message>
        <source>step</source>
        <translation>étape</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>perte d&apos;entraînement</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>signature</translation>
    </message>
    <message>
        <source>training pairs</source>
        <translation>paires d&apos;entraînement</translation>
    </message>
    <message>
        <source>hold-out items</source>
        <translation>éléments d&apos;évaluation</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Audit trail</source>
        <translation>Piste d&apos;audit</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Vérifier la chaîne</translation>
    </message>
    <message>
        <source>Print / PDF…</source>
        <translation>Imprimer / PDF…</translation>
    </message>
    <message>
        <source>Every change to this project, in order. Each entry&apos;s hash covers the one before it, so editing, deleting or reordering any entry breaks the chain from there on.</source>
        <translation>Chaque modification de ce projet, dans l&apos;ordre. Le hash de chaque entrée couvre la précédente : modifier, supprimer ou déplacer une entrée rompt la chaîne à partir de là.</translation>
    </message>
    <message>
        <source>The audit trail is not open to you</source>
        <translation>La piste d&apos;audit ne vous est pas accessible</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>All actions (items.* for a prefix)</source>
        <translation>Toutes les actions (items.* pour un préfixe)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>n&apos;importe quel jour</translation>
    </message>
    <message>
        <source>Recorded head hash (optional)</source>
        <translation>Hash de tête noté (facultatif)</translation>
    </message>
    <message>
        <source>Print the sign-off record</source>
        <translation>Imprimer le registre des validations</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The sign-off record was written to {path}.</source>
        <translation>Le registre des validations a été écrit dans {path}.</translation>
    </message>
    <message>
        <source>Recompute every hash of the chain</source>
        <translation>Recalculer chaque hash de la chaîne</translation>
    </message>
    <message>
        <source>Export package…</source>
        <translation>Exporter le paquet…</translation>
    </message>
    <message>
        <source>Paste a head hash recorded earlier (shown after each verification): verification then also proves that no entries were cut off the end since.</source>
        <translation>Collez une empreinte de tête notée auparavant (affichée après chaque vérification) : la vérification prouve alors aussi qu&apos;aucune entrée n&apos;a été retirée à la fin depuis.</translation>
    </message>
    <message>
        <source>Every signature, and the log lines shown, as a PDF</source>
        <translation>Toutes les signatures et les lignes du journal affichées, en PDF</translation>
    </message>
    <message>
        <source>Write the audit package: log, verification, signatures, snapshots and runs in one zip</source>
        <translation>Écrire le paquet d&apos;audit : journal, vérification, signatures, instantanés et entraînements dans un seul zip</translation>
    </message>
    <message>
        <source>All locales</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>All objects</source>
        <translation>Tous les objets</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source> at entry {seq}</source>
        <translation> à l&apos;entrée {seq}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Broken{where}.&lt;/b&gt; {problem}. Entries from there on cannot be trusted: keep this project as evidence and restore from a backup.</source>
        <translation>&lt;b&gt;Rompue{where}.&lt;/b&gt; {problem}. Les entrées à partir de là ne sont pas fiables : conservez ce projet comme preuve et restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>Show entry</source>
        <translation>Afficher l&apos;entrée</translation>
    </message>
    <message>
        <source>Export the audit package</source>
        <translation>Exporter le paquet d&apos;audit</translation>
    </message>
    <message>
        <source>Zip archive (*.zip)</source>
        <translation>Archive zip (*.zip)</translation>
    </message>
    <message>
        <source>Audit package written to {path} (chain {state}, SHA-256 {sha}…).</source>
        <translation>Paquet d&apos;audit écrit dans {path} (chaîne {state}, SHA-256 {sha}…).</translation>
    </message>
    <message>
        <source>Exporting the audit package…</source>
        <translation>Export du paquet d&apos;audit…</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>intacte</translation>
    </message>
    <message>
        <source>Verifying the audit chain, signatures and hashes…</source>
        <translation>Vérification de la chaîne d’audit, des signatures et des empreintes…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Intact.&lt;/b&gt; All {n} entries check out; head {head}…; {revs} revisions re-hashed, {sigs} signatures ({digital} digitally signed, {old} password-only from before keys).</source>
        <translation>&lt;b&gt;Intact.&lt;/b&gt; Les {n} entrées sont vérifiées ; tête {head}… ; {revs} révisions re-hachées, {sigs} signatures ({digital} signées numériquement, {old} par mot de passe seul, antérieures aux clés).</translation>
    </message>
    <message>
        <source>BROKEN</source>
        <translation>ROMPUE</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>BaselineActions</name>
    <message>
        <source>Evaluate the base model…</source>
        <translation>Évaluer le modèle de base…</translation>
    </message>
    <message>
        <source>Sign the baseline report…</source>
        <translation>Signer le rapport de baseline…</translation>
    </message>
    <message>
        <source>The base model is being evaluated.</source>
        <translation>Le modèle de base est en cours d&apos;évaluation.</translation>
    </message>
    <message>
        <source>Choose a use case first: the base model is evaluated on its frozen hold-out.</source>
        <translation>Choisissez d&apos;abord un cas d&apos;usage : le modèle de base est évalué sur son hold-out figé.</translation>
    </message>
    <message>
        <source>Evaluate the base model alone on the frozen hold-out, before any run: later runs are compared against this evaluation</source>
        <translation>Évaluer le modèle de base seul sur le hold-out figé, avant tout entraînement : les entraînements suivants sont comparés à cette évaluation</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Connectez-vous d&apos;abord.</translation>
    </message>
    <message>
        <source>Evaluate the base model first.</source>
        <translation>Évaluez d&apos;abord le modèle de base.</translation>
    </message>
    <message>
        <source>Sign the baseline report (a domain owner of the hold-out&apos;s locales, or an admin)</source>
        <translation>Signer le rapport de baseline (un·e responsable métier des langues du hold-out, ou un·e administrateur·rice)</translation>
    </message>
    <message>
        <source>Evaluate the base model</source>
        <translation>Évaluer le modèle de base</translation>
    </message>
    <message>
        <source>Base model (a folder or a Hugging Face id) to evaluate alone on the frozen hold-out:</source>
        <translation>Modèle de base (dossier ou identifiant Hugging Face) à évaluer seul sur le hold-out figé :</translation>
    </message>
    <message>
        <source>Evaluating the base model on the frozen hold-out…</source>
        <translation>Évaluation du modèle de base sur le hold-out figé…</translation>
    </message>
    <message>
        <source>Baseline evaluation {id} of the base model alone on hold-out {holdout}:</source>
        <translation>Évaluation de baseline {id} du modèle de base seul sur le hold-out {holdout} :</translation>
    </message>
    <message>
        <source>passes every regression check</source>
        <translation>réussit tous les contrôles de régression</translation>
    </message>
    <message>
        <source>fails {n} regression check(s)</source>
        <translation>contrôles de régression échoués : {n}</translation>
    </message>
    <message>
        <source>no regression checks</source>
        <translation>aucun contrôle de régression</translation>
    </message>
    <message>
        <source>{locale}: chrF++ {score:.1f} [{low:.1f}, {high:.1f}] on {n} items; {checks}</source>
        <translation>{locale} : chrF++ {score:.1f} [{low:.1f}, {high:.1f}] sur {n} éléments ; {checks}</translation>
    </message>
    <message>
        <source>Sign the baseline report of {id}</source>
        <translation>Signer le rapport de baseline de {id}</translation>
    </message>
    <message>
        <source>The signature covers each locale&apos;s chrF++ with its interval, the regression checks&apos; pass rate, fidelity and whether the base already passes every regression check.</source>
        <translation>La signature couvre le chrF++ de chaque langue avec son intervalle, le taux de réussite des contrôles de régression, la fidélité à la langue et le fait que la base réussisse déjà tous les contrôles de régression.</translation>
    </message>
    <message>
        <source>Baseline report signed by {name}.</source>
        <translation>Rapport de baseline signé par {name}.</translation>
    </message>
    <message>
        <source>The base model is compared against baseline evaluation {id} (its report is not signed yet).</source>
        <translation>Le modèle de base est comparé à l&apos;évaluation de baseline {id} (son rapport n&apos;est pas encore signé).</translation>
    </message>
    <message>
        <source>{name} on {when}</source>
        <translation>{name} le {when}</translation>
    </message>
    <message>
        <source>The base model is compared against baseline evaluation {id} (signed by {signed}).</source>
        <translation>Le modèle de base est comparé à l&apos;évaluation de baseline {id} (signée par {signed}).</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <source>Reject signed-off items</source>
        <translation>Rejeter des éléments validés</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the selected item(s) are signed off: rejecting them voids their sign-off. Why are you rejecting them?</source>
        <translation>
            <numerusform>%Ln élément sélectionné est validé : le rejeter annule sa validation. Pourquoi le rejetez-vous ?</numerusform>
            <numerusform>%Ln éléments sélectionnés sont validés : les rejeter annule leur validation. Pourquoi les rejetez-vous ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve %Ln item(s) for review</source>
        <translation>
            <numerusform>Soumettre %Ln élément à la validation</numerusform>
            <numerusform>Soumettre %Ln éléments à la validation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %Ln item(s)</source>
        <translation>
            <numerusform>Rejeter %Ln élément</numerusform>
            <numerusform>Rejeter %Ln éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln item(s) matching the filters are selected.</source>
        <translation>
            <numerusform>Le seul élément correspondant aux filtres est sélectionné (%Ln).</numerusform>
            <numerusform>Les %Ln éléments correspondant aux filtres sont tous sélectionnés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) are selected.</source>
        <translation>
            <numerusform>%Ln élément est sélectionné.</numerusform>
            <numerusform>%Ln éléments sont sélectionnés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them can make this step; the others stay as they are.</source>
        <translation>
            <numerusform>%Ln d&apos;entre eux peut franchir cette étape ; les autres restent tels quels.</numerusform>
            <numerusform>%Ln d&apos;entre eux peuvent franchir cette étape ; les autres restent tels quels.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve them for sign-off?</source>
        <translation>Les soumettre à la validation ?</translation>
    </message>
    <message>
        <source>Reject them? They leave training and review until someone restarts them.</source>
        <translation>Les rejeter ? Ils quittent l&apos;entraînement et la relecture jusqu&apos;à ce que quelqu&apos;un les relance.</translation>
    </message>
    <message>
        <source>Ctrl+Z undoes it.</source>
        <translation>Ctrl+Z l&apos;annule.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln selected item(s) can be approved: only de-identified items can. Run de-identification first.</source>
        <translation>
            <numerusform>L&apos;élément sélectionné (%Ln) ne peut pas être soumis : seuls les éléments dé-identifiés le peuvent. Lancez d&apos;abord la dé-identification.</numerusform>
            <numerusform>Aucun des %Ln éléments sélectionnés ne peut être soumis : seuls les éléments dé-identifiés le peuvent. Lancez d&apos;abord la dé-identification.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln selected item(s) can be rejected: they already are.</source>
        <translation>
            <numerusform>L&apos;élément sélectionné (%Ln) ne peut pas être rejeté : il l&apos;est déjà.</numerusform>
            <numerusform>Aucun des %Ln éléments sélectionnés ne peut être rejeté : ils le sont déjà.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Nothing was rejected.</source>
        <translation>Rien n&apos;a été rejeté.</translation>
    </message>
    <message>
        <source>{what}: done. Ctrl+Z undoes it.</source>
        <translation>{what} : fait. Ctrl+Z l&apos;annule.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Rien à modifier.</translation>
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
        <translation>Taux de contrôles réussis %</translation>
    </message>
    <message>
        <source>Locale fidelity %</source>
        <translation>Fidélité à la langue %</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <source>Fidelity</source>
        <translation>Fidélité</translation>
    </message>
    <message>
        <source>{locale} base</source>
        <extracomment>Pass rates are percentages: a fixed axis keeps 60 → 40 from looking like 100 → 0.</extracomment>
        <translation>{locale} base</translation>
    </message>
    <message>
        <source>{locale}: base model {score}</source>
        <translation>{locale} : modèle de base {score}</translation>
    </message>
    <message>
        <source>base model (dashed)</source>
        <translation>modèle de base (en tirets)</translation>
    </message>
    <message>
        <source>checkpoint (training step)</source>
        <translation>checkpoint (étape d&apos;entraînement)</translation>
    </message>
    <message>
        <source>required term missing</source>
        <translation>terme obligatoire manquant</translation>
    </message>
    <message>
        <source>forbidden term present</source>
        <translation>terme interdit présent</translation>
    </message>
    <message>
        <source>pattern not matched</source>
        <translation>motif non respecté</translation>
    </message>
    <message>
        <source>exact answer differs</source>
        <translation>la réponse exacte diffère</translation>
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
        <translation>Tableau de bord d&apos;évaluation</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <source>The checkpoint the delta table, the regressions and the decision are about</source>
        <translation>Le checkpoint auquel se rapportent le tableau des écarts, les régressions et la décision</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Exporter le rapport…</translation>
    </message>
    <message>
        <source>Each checkpoint against the base model on the frozen hold-out, language by language, under identical decoding settings. A German gain never hides an Italian regression.</source>
        <translation>Chaque checkpoint face au modèle de base sur le jeu d&apos;évaluation gelé, langue par langue, avec des paramètres de décodage identiques. Un gain en allemand ne masque jamais une régression en italien.</translation>
    </message>
    <message>
        <source>No training run to compare yet</source>
        <translation>Aucun entraînement à comparer pour l&apos;instant</translation>
    </message>
    <message>
        <source>Launch a fine-tuning run on the Training page. Once the base model and its checkpoints are evaluated on the frozen hold-out, they are compared here.</source>
        <translation>Lancez un entraînement d&apos;affinage depuis la page « Entraînement ». Dès que le modèle de base et les checkpoints sont évalués sur le jeu d&apos;évaluation gelé, ils sont comparés ici.</translation>
    </message>
    <message>
        <source>This run has not been evaluated yet</source>
        <translation>Cet entraînement n&apos;a pas encore été évalué</translation>
    </message>
    <message>
        <source>Evaluate now</source>
        <translation>Évaluer maintenant</translation>
    </message>
    <message>
        <source>Scores over the checkpoints</source>
        <translation>Scores au fil des checkpoints</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrique</translation>
    </message>
    <message>
        <source>Δ = checkpoint − base · green better, red worse, bold significant (p &lt; 0.05) · grey: not judged by the policy · ★ target locale</source>
        <translation>Δ = checkpoint − base · vert meilleur, rouge moins bon, gras significatif (p &lt; 0,05) · gris : non jugé par la règle · ★ langue cible</translation>
    </message>
    <message>
        <source>Δ = checkpoint minus base. Green: better, red: worse; strong and bold: significant (paired bootstrap, p &lt; 0.05). Grey columns are context the policy does not judge (BLEU, TER). ★ target locale. Hover a cell for its 95% interval.</source>
        <translation>Δ = checkpoint moins base. Vert : mieux, rouge : moins bien ; intense et gras : significatif (bootstrap apparié, p &lt; 0,05). Les colonnes grises sont du contexte que la politique ne juge pas (BLEU, TER). ★ langue cible. Survolez une cellule pour son intervalle à 95 %.</translation>
    </message>
    <message>
        <source>Deltas to the base</source>
        <translation>Écarts par rapport à la base</translation>
    </message>
    <message>
        <source>Regression failures</source>
        <translation>Contrôles de régression en échec</translation>
    </message>
    <message>
        <source>Compare two runs</source>
        <translation>Comparer deux entraînements</translation>
    </message>
    <message>
        <source>Comparing the checkpoints with the base…</source>
        <translation>Comparaison des checkpoints avec la base…</translation>
    </message>
    <message>
        <source>Evaluate the base model and the checkpoints of run {run} on its frozen hold-out; the dashboard then compares them locale by locale. ({detail})</source>
        <translation>Évaluer le modèle de base et les checkpoints de l&apos;entraînement {run} sur son jeu d&apos;évaluation gelé ; le tableau de bord les compare ensuite langue par langue. ({detail})</translation>
    </message>
    <message>
        <source>Personal data was found after this run in its snapshot(s) {snapshots}: the corrected items are not in what it was trained or evaluated on. Sign them off, create a new snapshot and train again before handing it off.</source>
        <translation>Des données personnelles ont été trouvées après cet entraînement dans son ou ses instantanés {snapshots} : les éléments corrigés ne figurent pas dans ce sur quoi il a été entraîné ou évalué. Validez-les, créez un nouvel instantané et réentraînez avant de le remettre.</translation>
    </message>
    <message>
        <source> (recommended)</source>
        <translation> (recommandé)</translation>
    </message>
    <message>
        <source> (closest)</source>
        <translation> (le plus proche)</translation>
    </message>
    <message>
        <source>Regression failures ({n})</source>
        <translation>Contrôles de régression en échec ({n})</translation>
    </message>
    <message>
        <source>Evaluate the run&apos;s checkpoints first.</source>
        <translation>Évaluez d&apos;abord les checkpoints de l&apos;entraînement.</translation>
    </message>
    <message>
        <source>Sign the go/no-go decision for the chosen checkpoint with an e-signature</source>
        <translation>Signer la décision go/no-go pour le checkpoint choisi avec une signature électronique</translation>
    </message>
    <message>
        <source>Evaluate the run first: the report shows its results.</source>
        <translation>Évaluez d&apos;abord l&apos;entraînement : le rapport en présente les résultats.</translation>
    </message>
    <message>
        <source>Write the evaluation report as HTML and PDF</source>
        <translation>Écrire le rapport d&apos;évaluation en HTML et PDF</translation>
    </message>
    <message>
        <source>An evaluation is running; this page refreshes when it ends.</source>
        <translation>Une évaluation est en cours ; cette page s&apos;actualise à la fin.</translation>
    </message>
    <message>
        <source>Start the evaluation in the background: the base model, then every checkpoint</source>
        <translation>Lancer l&apos;évaluation en arrière-plan : le modèle de base, puis chaque checkpoint</translation>
    </message>
</context>
<context>
    <name>DataView</name>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Move to use case…</source>
        <translation>Déplacer vers un cas d&apos;usage…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>No items yet</source>
        <translation>Aucun élément pour l&apos;instant</translation>
    </message>
    <message>
        <source>Import your training pairs and hold-out items from JSONL, CSV or Parquet. Every import is checked row by row and written all at once, or not at all.</source>
        <translation>Importez vos paires d&apos;entraînement et éléments d&apos;évaluation depuis JSONL, CSV ou Parquet. Chaque import est vérifié ligne par ligne et écrit en entier, ou pas du tout.</translation>
    </message>
    <message>
        <source>Import items…</source>
        <translation>Importer des éléments…</translation>
    </message>
    <message>
        <source>Nothing matches these filters</source>
        <translation>Aucun élément ne correspond à ces filtres</translation>
    </message>
    <message>
        <source>Try fewer words, another locale or status, or clear the filters.</source>
        <translation>Essayez moins de mots, une autre langue ou un autre statut, ou effacez les filtres.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>J / K  next · previous     A  approve for review     R  reject     E or Enter  edit     Ctrl+G  go to #     Ctrl+A  select all     /  search</source>
        <translation>J / K  suivant · précédent     A  soumettre     R  rejeter     E ou Entrée  modifier     Ctrl+G  aller au n°     Ctrl+A  tout sélectionner     /  chercher</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Élément suivant</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Élément précédent</translation>
    </message>
    <message>
        <source>Approve for review</source>
        <translation>Soumettre à la validation</translation>
    </message>
    <message>
        <source>Open in the editor</source>
        <translation>Ouvrir dans l&apos;éditeur</translation>
    </message>
    <message>
        <source>Select every item matching the filters</source>
        <translation>Sélectionner tous les éléments correspondant aux filtres</translation>
    </message>
    <message>
        <source>Last item</source>
        <translation>Dernier élément</translation>
    </message>
    <message>
        <source>First item</source>
        <translation>Premier élément</translation>
    </message>
    <message>
        <source>Go to item #…</source>
        <translation>Aller à l&apos;élément n°…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln élément</numerusform>
            <numerusform>%Ln éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln sélectionné</numerusform>
            <numerusform>%Ln sélectionnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Select all %Ln matching</source>
        <translation>
            <numerusform>Sélectionner le seul correspondant</numerusform>
            <numerusform>Sélectionner les %Ln correspondants</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting items…</source>
        <translation>Comptage des éléments…</translation>
    </message>
    <message>
        <source>Only drafts and de-identified items change use case: the selection is {status}. An owner signed the others for their use case; return them to the annotator first.</source>
        <translation>Seuls les brouillons et les éléments dé-identifiés changent de cas d&apos;usage ; la sélection est : {status}. Un·e responsable métier a signé les autres pour leur cas d&apos;usage ; renvoyez-les d&apos;abord à l&apos;annotateur·rice.</translation>
    </message>
    <message>
        <source>Put the selected drafts and de-identified items into another use case</source>
        <translation>Déplacer les brouillons et éléments dé-identifiés sélectionnés vers un autre cas d&apos;usage</translation>
    </message>
    <message>
        <source>No use case</source>
        <translation>Aucun cas d&apos;usage</translation>
    </message>
    <message>
        <source>Move to use case</source>
        <translation>Déplacer vers un cas d&apos;usage</translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s) to:</source>
        <translation>
            <numerusform>Déplacer %n élément(s) vers :</numerusform>
            <numerusform>Déplacer %n élément(s) vers :</numerusform>
        </translation>
    </message>
    <message>
        <source>no use case</source>
        <translation>aucun cas d&apos;usage</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) moved to {use_case}.</source>
        <translation>
            <numerusform>Éléments déplacés vers {use_case} : %n.</numerusform>
            <numerusform>Éléments déplacés vers {use_case} : %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Go to item</source>
        <translation>Aller à l&apos;élément</translation>
    </message>
    <message>
        <source>Item number (#):</source>
        <translation>Numéro de l&apos;élément (n°) :</translation>
    </message>
    <message>
        <source>There is no item #{id} in this project.</source>
        <translation>Ce projet n&apos;a pas d&apos;élément n°{id}.</translation>
    </message>
    <message>
        <source>Item #{id} did not match the filters: they were cleared to show it.</source>
        <translation>L&apos;élément n°{id} ne correspondait pas aux filtres : ils ont été effacés pour l&apos;afficher.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Soumettre</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in this project</source>
        <translation>
            <numerusform>%n élément dans ce projet</numerusform>
            <numerusform>%n éléments dans ce projet</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an item first.</source>
        <extracomment>up to this many selected rows, the buttons say whether their statuses allow the step; above it (Ctrl+A over 100k items) the step itself counts what can move, and asks</extracomment>
        <translation>Sélectionnez d&apos;abord un élément.</translation>
    </message>
    <message>
        <source>Approve the selected de-identified items for sign-off (A)</source>
        <translation>Soumettre à validation les éléments dé-identifiés sélectionnés (A)</translation>
    </message>
    <message>
        <source>Only de-identified items can be approved for review; the selection is {status}. Run de-identification first.</source>
        <translation>Seuls les éléments dé-identifiés peuvent être soumis ; la sélection est : {status}. Lancez d&apos;abord la dé-identification.</translation>
    </message>
    <message>
        <source>The selection is already rejected.</source>
        <translation>La sélection est déjà rejetée.</translation>
    </message>
    <message>
        <source>Reject the selected items (R)</source>
        <translation>Rejeter les éléments sélectionnés (R)</translation>
    </message>
    <message>
        <source>Open the selected item in the editor (E or Enter)</source>
        <translation>Ouvrir l&apos;élément sélectionné dans l&apos;éditeur (E ou Entrée)</translation>
    </message>
    <message>
        <source>Import items from a file</source>
        <translation>Importer des éléments depuis un fichier</translation>
    </message>
</context>
<context>
    <name>DecisionActions</name>
    <message>
        <source>The signature covers the policy in force, every locale&apos;s verdict with its numbers and the evaluations of the base and {checkpoint}.</source>
        <translation>La signature couvre la politique en vigueur, le verdict de chaque langue avec ses chiffres et les évaluations de la base et de {checkpoint}.</translation>
    </message>
    <message>
        <source>Your rationale: “{text}”</source>
        <translation>Votre justification : « {text} »</translation>
    </message>
    <message>
        <source>Sign the decision: {decision} for {checkpoint}</source>
        <translation>Signer la décision : {decision} pour {checkpoint}</translation>
    </message>
    <message>
        <source>Decision recorded: {decision} for {checkpoint}, signed by {name}.</source>
        <translation>Décision consignée : {decision} pour {checkpoint}, signée par {name}.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Go/no-go decision</source>
        <translation>Décision go/no-go</translation>
    </message>
    <message>
        <source>Decide on {checkpoint} of {run}</source>
        <translation>Décision sur {checkpoint} de {run}</translation>
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
        <translation>Selon la politique go/no-go, ce checkpoint est &lt;b style=&apos;color:{colour}&apos;&gt;{verdict}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Your decision:</source>
        <translation>Votre décision :</translation>
    </message>
    <message>
        <source>GO — release this checkpoint</source>
        <translation>GO – libérer ce checkpoint</translation>
    </message>
    <message>
        <source>NO-GO — do not release it</source>
        <translation>NO-GO – ne pas le libérer</translation>
    </message>
    <message>
        <source>Deciding differently from the policy is allowed, but only with a written rationale; it is stored with your signature and shown in the report.</source>
        <translation>Décider autrement que la politique est permis, mais seulement avec une justification écrite ; elle est enregistrée avec votre signature et figure dans le rapport.</translation>
    </message>
    <message>
        <source>Rationale (why you decide this way)</source>
        <translation>Justification (pourquoi vous décidez ainsi)</translation>
    </message>
    <message>
        <source>Your signature will state:</source>
        <translation>Votre signature déclarera :</translation>
    </message>
    <message>
        <source>Continue to signature…</source>
        <translation>Continuer vers la signature…</translation>
    </message>
    <message>
        <source>Write why you overrule the policy first</source>
        <translation>Indiquez d&apos;abord pourquoi vous vous écartez de la politique</translation>
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
        <translation>Politique</translation>
    </message>
    <message>
        <source>Signed decisions</source>
        <translation>Décisions signées</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>No decision has been recorded for this run yet.</source>
        <translation>Aucune décision n&apos;a encore été consignée pour cet entraînement.</translation>
    </message>
    <message>
        <source>Record decision…</source>
        <translation>Consigner la décision…</translation>
    </message>
    <message>
        <source>Recommended checkpoint: {checkpoint}</source>
        <translation>Checkpoint recommandé : {checkpoint}</translation>
    </message>
    <message>
        <source>No checkpoint evaluated yet</source>
        <translation>Aucun checkpoint évalué pour l&apos;instant</translation>
    </message>
    <message>
        <source>Closest checkpoint: {checkpoint} (no checkpoint passes the policy)</source>
        <translation>Checkpoint le plus proche : {checkpoint} (aucun ne satisfait la politique)</translation>
    </message>
    <message>
        <source>Signed by {name} ({user}) at {when} UTC</source>
        <translation>Signé par {name} ({user}) le {when} UTC</translation>
    </message>
    <message>
        <source>Overrules the policy ({verdict})</source>
        <translation>S&apos;écarte de la politique ({verdict})</translation>
    </message>
    <message>
        <source>Rationale: {text}</source>
        <translation>Justification : {text}</translation>
    </message>
    <message>
        <source>The signed record is intact (its hash matches).</source>
        <translation>L&apos;enregistrement signé est intact (son hash correspond).</translation>
    </message>
    <message>
        <source>The stored record no longer matches what was signed.</source>
        <translation>L&apos;enregistrement stocké ne correspond plus à ce qui a été signé.</translation>
    </message>
    <message>
        <source>Signed record intact.</source>
        <translation>Enregistrement signé intact.</translation>
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
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Target locale: must gain at least {gain} chrF++ points</source>
        <translation>Langue cible : doit gagner au moins {gain} points chrF++</translation>
    </message>
    <message>
        <source>No {metric} score against the base for this locale</source>
        <translation>Aucun score {metric} par rapport à la base pour cette langue</translation>
    </message>
    <message>
        <source>Not compared with the base</source>
        <translation>Non comparé à la base</translation>
    </message>
    <message>
        <source>{metric}: {score} against the base {base}</source>
        <translation>{metric} : {score} contre {base} pour la base</translation>
    </message>
    <message>
        <source>Δ {delta}, 95% interval {low} to {high}</source>
        <translation>Δ {delta}, intervalle à 95 % de {low} à {high}</translation>
    </message>
    <message>
        <source>p = {p}: significant</source>
        <translation>p = {p} : significatif</translation>
    </message>
    <message>
        <source>p = {p}: could be chance</source>
        <translation>p = {p} : peut-être dû au hasard</translation>
    </message>
    <message>
        <source>Lower is better for this metric.</source>
        <translation>Pour cette métrique, plus bas est meilleur.</translation>
    </message>
    <message>
        <source>For context only: the go/no-go policy does not judge this metric.</source>
        <translation>Pour contexte seulement : la politique go/no-go ne juge pas cette métrique.</translation>
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
        <translation>Respecte toutes les règles de la politique</translation>
    </message>
</context>
<context>
    <name>EditorView</name>
    <message>
        <source>No item open</source>
        <translation>Aucun élément ouvert</translation>
    </message>
    <message>
        <source>Choose an item in the data view and press E or Enter to edit it here.</source>
        <translation>Choisissez un élément dans la vue Données et appuyez sur E ou Entrée pour le modifier ici.</translation>
    </message>
    <message>
        <source>Go to data</source>
        <translation>Aller aux données</translation>
    </message>
    <message>
        <source>Previous item (Alt+Up)</source>
        <translation>Élément précédent (Alt+Haut)</translation>
    </message>
    <message>
        <source>Next item (Alt+Down)</source>
        <translation>Élément suivant (Alt+Bas)</translation>
    </message>
    <message>
        <source>Locale of this item (changing it makes a new revision)</source>
        <translation>Langue de cet élément (la changer crée une nouvelle révision)</translation>
    </message>
    <message>
        <source>tags, comma separated</source>
        <translation>étiquettes, séparées par des virgules</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt système</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>No system prompt. Add one if the assistant needs standing instructions, e.g. house style or the bank&apos;s tone of voice.</source>
        <translation>Pas de prompt système. Ajoutez-en un si l&apos;assistant a besoin de consignes permanentes, p. ex. le style maison ou le ton de la banque.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save your changes to item {id}?</source>
        <translation>Enregistrer vos modifications de l&apos;élément {id} ?</translation>
    </message>
    <message>
        <source>Reference answer</source>
        <translation>Réponse de référence</translation>
    </message>
    <message>
        <source>Returned by {author} on {when}: “{comment}”</source>
        <translation>Renvoyé par {author} le {when} : « {comment} »</translation>
    </message>
    <message>
        <source>Saved as revision {rev}. The item goes back to draft for de-identification and review; Ctrl+Z undoes the edit.</source>
        <translation>Enregistré comme révision {rev}. L&apos;élément repasse en brouillon pour la dé-identification et la revue ; Ctrl+Z annule la modification.</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>modifications non enregistrées</translation>
    </message>
    <message>
        <source>Revision {rev} by {author}, {when} · content hash {hash}…</source>
        <translation>Révision {rev} par {author}, {when} · hash du contenu {hash}…</translation>
    </message>
    <message>
        <source>Nothing to save yet.</source>
        <translation>Rien à enregistrer pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Save as a new revision (Ctrl+S)</source>
        <translation>Enregistrer comme nouvelle révision (Ctrl+S)</translation>
    </message>
    <message>
        <source>Nothing to discard.</source>
        <translation>Rien à annuler.</translation>
    </message>
    <message>
        <source>Throw away the unsaved changes</source>
        <translation>Abandonner les modifications non enregistrées</translation>
    </message>
    <message>
        <source>Analysing item {id} for personal data…</source>
        <translation>Recherche de données personnelles dans l&apos;élément {id}…</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <source>Erase original texts</source>
        <translation>Effacer les textes originaux</translation>
    </message>
    <message>
        <source>For a data-protection request: the texts of revisions that are not de-identified (imports, edits, drafts, texts in which personal data was found later) are blanked. De-identified revisions, every hash, signature and snapshot, and the audit trail stay and still verify. This cannot be undone.</source>
        <translation>Pour une demande de protection des données : les textes des révisions non dé-identifiées (imports, modifications, brouillons, textes où des données personnelles ont été trouvées plus tard) sont effacés. Les révisions dé-identifiées, chaque empreinte, signature et instantané ainsi que la piste d&apos;audit restent et se vérifient toujours. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Of these items</source>
        <translation>De ces éléments</translation>
    </message>
    <message>
        <source>Written before</source>
        <translation>Écrits avant</translation>
    </message>
    <message>
        <source>item numbers, e.g. 12, 48</source>
        <translation>numéros d&apos;éléments, p. ex. 12, 48</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Effacer…</translation>
    </message>
    <message>
        <source>Give the numbers of the items, separated by commas.</source>
        <translation>Indiquez les numéros des éléments, séparés par des virgules.</translation>
    </message>
    <message>
        <source>{n} revision(s) of {items} item(s) would be erased.</source>
        <translation>{n} révision(s) de {items} élément(s) seraient effacées.</translation>
    </message>
    <message>
        <source>Erase {n} original text(s)</source>
        <translation>Effacer {n} texte(s) original(aux)</translation>
    </message>
    <message>
        <source>{n} revision(s) of {items} item(s) are blanked; items whose current text is erased are rejected.</source>
        <translation>{n} révision(s) de {items} élément(s) sont effacées ; les éléments dont le texte actuel est effacé sont rejetés.</translation>
    </message>
    <message>
        <source>Erased {n} revision(s) of {items} item(s); the record still verifies.</source>
        <translation>{n} révision(s) de {items} élément(s) effacées ; le registre se vérifie toujours.</translation>
    </message>
    <message>
        <source>The texts are erased from the project, but another program has its file open, so the old text can still be read from unused parts of the file until the next erasure compacts it. Close the project in every other window and program before the next erasure.</source>
        <translation>Les textes sont effacés du projet, mais un autre programme a son fichier ouvert : l&apos;ancien texte reste donc lisible dans des parties inutilisées du fichier jusqu&apos;à ce que le prochain effacement le compacte. Fermez le projet dans toutes les autres fenêtres et programmes avant le prochain effacement.</translation>
    </message>
</context>
<context>
    <name>EvaluationActions</name>
    <message>
        <source>Could not start the evaluation: {error}</source>
        <translation>Impossible de lancer l&apos;évaluation : {error}</translation>
    </message>
    <message>
        <source>Evaluating run {run} in the background…</source>
        <translation>Évaluation de l&apos;entraînement {run} en arrière-plan…</translation>
    </message>
    <message>
        <source>Evaluation finished.</source>
        <translation>Évaluation terminée.</translation>
    </message>
    <message>
        <source>The evaluation failed: {error} (log: {log})</source>
        <translation>L&apos;évaluation a échoué : {error} (journal : {log})</translation>
    </message>
</context>
<context>
    <name>EvaluationFollower</name>
    <message>
        <source>Evaluating {checkpoint}: {done} of {total} answers…</source>
        <extracomment>A line for the user while the worker runs (&quot;Evaluating step-000020: 3 of 6 answers…&quot;). Exit code and, when it failed, the last line of its log.</extracomment>
        <translation>Évaluation de {checkpoint} : {done} réponses sur {total}…</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search prompts and answers…  ( / )</source>
        <extracomment>status filter choices: label source, statuses Return pressed in the search field (the view moves focus to its table)</extracomment>
        <translation>Rechercher dans les prompts et réponses…  ( / )</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Training pairs</source>
        <translation>Paires d&apos;entraînement</translation>
    </message>
    <message>
        <source>Hold-out</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>All locales</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Ready for sign-off</source>
        <translation>Prêts pour validation</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Effacer tous les filtres</translation>
    </message>
    <message>
        <source>Search prompts and answers</source>
        <translation>Chercher dans les prompts et les réponses</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Field</source>
        <extracomment>field, start, end (Python indices) of the finding to show in the editor a decision or a mark was recorded</extracomment>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Personal data (A)</source>
        <translation>Donnée personnelle (A)</translation>
    </message>
    <message>
        <source>False alarm (R)</source>
        <translation>Fausse alerte (R)</translation>
    </message>
    <message>
        <source>De-identified text</source>
        <translation>Texte dé-identifié</translation>
    </message>
    <message>
        <source>Placeholders stand for every finding not marked as a false alarm.</source>
        <translation>Les marqueurs remplacent chaque détection non marquée comme fausse alerte.</translation>
    </message>
    <message>
        <source>Mark selection (Ctrl+M)</source>
        <translation>Marquer la sélection (Ctrl+M)</translation>
    </message>
    <message>
        <source>Write the de-identified revision</source>
        <translation>Écrire la révision dé-identifiée</translation>
    </message>
    <message>
        <source>Preparing the de-identified text…</source>
        <extracomment>whether the detector has analysed exactly this revision (store/analyses.py): until it has, nothing on this panel may claim the text is free of personal data.</extracomment>
        <translation>Préparation du texte dé-identifié…</translation>
    </message>
    <message>
        <source>The detector is analysing this revision: its findings appear here when it is done. Until then it cannot be de-identified.</source>
        <translation>Le détecteur analyse cette révision : ses détections apparaîtront ici une fois terminé. D&apos;ici là, elle ne peut pas être dé-identifiée.</translation>
    </message>
    <message>
        <source>The detector analysed this revision and found no personal data.</source>
        <translation>Le détecteur a analysé cette révision et n&apos;a trouvé aucune donnée personnelle.</translation>
    </message>
    <message>
        <source>Findings are reviewed while the item is a draft; this revision has been de-identified already.</source>
        <translation>Les détections se revoient tant que l&apos;élément est un brouillon ; cette révision est déjà dé-identifiée.</translation>
    </message>
    <message>
        <source>This span is personal data: it will be replaced (A)</source>
        <translation>Ce passage est une donnée personnelle : il sera remplacé (A)</translation>
    </message>
    <message>
        <source>This span is not personal data: keep it (R)</source>
        <translation>Ce passage n&apos;est pas une donnée personnelle : le garder (R)</translation>
    </message>
    <message>
        <source>Select a finding first.</source>
        <translation>Sélectionnez d&apos;abord une détection.</translation>
    </message>
    <message>
        <source>Select missed personal data in the text above, choose its type, press Ctrl+M</source>
        <translation>Sélectionnez la donnée personnelle manquée dans le texte, choisissez son type, appuyez sur Ctrl+M</translation>
    </message>
    <message>
        <source>The detector has not analysed this revision yet: wait for its findings.</source>
        <translation>Le détecteur n&apos;a pas encore analysé cette révision : attendez ses détections.</translation>
    </message>
    <message>
        <source>Nothing to apply: this revision has no findings awaiting review.</source>
        <translation>Rien à appliquer : cette révision n&apos;a aucune détection en attente de revue.</translation>
    </message>
    <message>
        <source>Decide every finding first ({n} left).</source>
        <translation>Tranchez d&apos;abord chaque détection (encore {n}).</translation>
    </message>
    <message>
        <source>Replace the personal data and save the result as the de-identified revision</source>
        <translation>Remplacer les données personnelles et enregistrer le résultat comme révision dé-identifiée</translation>
    </message>
    <message>
        <source>Writing the de-identified revision…</source>
        <translation>Écriture de la révision dé-identifiée…</translation>
    </message>
    <message>
        <source>De-identified revision written and analysed; the item is ready for review.</source>
        <translation>Révision dé-identifiée écrite et analysée ; l&apos;élément est prêt pour la relecture.</translation>
    </message>
    <message>
        <source>Recording the missed personal data…</source>
        <translation>Enregistrement des données personnelles manquées…</translation>
    </message>
    <message>
        <source>Select the missed personal data in the prompt, answer or system prompt first.</source>
        <translation>Sélectionnez d&apos;abord la donnée personnelle manquée dans le prompt, la réponse ou le prompt système.</translation>
    </message>
</context>
<context>
    <name>FreezePanel</name>
    <message>
        <source>Hold-out freeze</source>
        <translation>Gel du jeu d&apos;évaluation</translation>
    </message>
    <message>
        <source>name, e.g. hold-out v1</source>
        <translation>nom, p. ex. hold-out v1</translation>
    </message>
    <message>
        <source>Freeze…</source>
        <translation>Geler…</translation>
    </message>
    <message>
        <source>Last frozen: “{name}” ({id}), {n} items, signed by {who} on {when}.</source>
        <translation>Dernier gel : « {name} » ({id}), {n} éléments, signé par {who} le {when}.</translation>
    </message>
    <message>
        <source>Still to be frozen by their owners: {locales}. Training waits until they are.</source>
        <translation>Encore à figer par leurs responsables : {locales}. L’entraînement attend qu’elles le soient.</translation>
    </message>
    <message>
        <source>The hold-out has not been frozen yet. Training cannot start before it is.</source>
        <translation>Le jeu d&apos;évaluation n&apos;est pas encore gelé. Aucun entraînement ne peut commencer avant.</translation>
    </message>
    <message>
        <source>The frozen hold-out is up to date: no hold-out item was signed off or changed since.</source>
        <translation>Le jeu d&apos;évaluation gelé est à jour : aucun élément d&apos;évaluation n&apos;a été validé ni modifié depuis.</translation>
    </message>
    <message>
        <source>A freeze now would cover {n} signed-off items: {per}.</source>
        <translation>Un gel maintenant couvrirait {n} éléments validés : {per}.</translation>
    </message>
    <message>
        <source>No signed-off hold-out items yet: sign hold-out items off first.</source>
        <translation>Aucun élément d&apos;évaluation validé : validez d&apos;abord des éléments d&apos;évaluation.</translation>
    </message>
    <message>
        <source>Each locale&apos;s hold-out is frozen by that locale&apos;s owner: you own none of the locales to freeze.</source>
        <translation>Le hold-out de chaque langue est figé par son responsable : vous n’êtes responsable d’aucune des langues à figer.</translation>
    </message>
    <message>
        <source>Choose a use case at the top of the page: each use case has its own training snapshots and hold-out.</source>
        <translation>Choisissez un cas d&apos;usage en haut de la page : chaque cas d&apos;usage a ses propres instantanés d&apos;entraînement et son propre hold-out.</translation>
    </message>
    <message>
        <source>There are no signed-off hold-out items to freeze.</source>
        <translation>Il n&apos;y a aucun élément d&apos;évaluation validé à geler.</translation>
    </message>
    <message>
        <source>Nothing changed since the last freeze.</source>
        <translation>Rien n&apos;a changé depuis le dernier gel.</translation>
    </message>
    <message>
        <source>Give the frozen hold-out a name.</source>
        <translation>Donnez un nom au jeu d&apos;évaluation gelé.</translation>
    </message>
    <message>
        <source>Sign the hold-out as frozen for evaluation</source>
        <translation>Signer le gel du jeu d&apos;évaluation</translation>
    </message>
    <message>
        <source>Freeze the hold-out</source>
        <translation>Geler le jeu d&apos;évaluation</translation>
    </message>
    <message>
        <source>{n} signed-off hold-out items become the fixed yardstick for every checkpoint; they can no longer change.</source>
        <translation>{n} éléments d&apos;évaluation validés deviennent l&apos;étalon fixe de chaque checkpoint ; ils ne peuvent plus changer.</translation>
    </message>
    <message>
        <source>Hold-out frozen as “{name}” ({id}, {n} items).</source>
        <translation>Jeu d&apos;évaluation gelé sous « {name} » ({id}, {n} éléments).</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>System prompt</source>
        <translation>Prompt système</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>signed</source>
        <translation>signé</translation>
    </message>
    <message>
        <source>Revision {rev} · {origin} · {author}
{when}{mark}</source>
        <translation>Révision {rev} · {origin} · {author}
{when}{mark}</translation>
    </message>
    <message>
        <source>content hash {hash}</source>
        <translation>hash du contenu {hash}</translation>
    </message>
    <message>
        <source>First revision ({origin}).</source>
        <translation>Première révision ({origin}).</translation>
    </message>
    <message>
        <source>Changes from revision {old} to {new}:</source>
        <translation>Modifications de la révision {old} à {new} :</translation>
    </message>
    <message>
        <source>Same text; only the locale or checks changed.</source>
        <translation>Même texte ; seuls la langue ou les contrôles ont changé.</translation>
    </message>
</context>
<context>
    <name>HoldoutPlanWidget</name>
    <message>
        <source>{n} items: enough</source>
        <translation>{n} éléments : suffisant</translation>
    </message>
    <message>
        <source>{n} of about {needed} items</source>
        <translation>{n} sur environ {needed} éléments</translation>
    </message>
    <message>
        <source>{n} items: enough to show that the locale stays within −{tol} chrF++ of the base (gains from about {gain} points can show).</source>
        <translation>{n} éléments : assez pour montrer que la langue reste à moins de −{tol} chrF++ de la base (les gains à partir d&apos;environ {gain} points sont visibles).</translation>
    </message>
    <message>
        <source>{n} items: too few to show that the locale stays within −{tol} chrF++ of the base; the verdict would be inconclusive. About {needed} items are needed (only gains above about {gain} points can show).</source>
        <translation>{n} éléments : trop peu pour montrer que la langue reste à moins de −{tol} chrF++ de la base ; le verdict serait non concluant. Il faut environ {needed} éléments (seuls les gains supérieurs à environ {gain} points sont visibles).</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import items</source>
        <translation>Importer des éléments</translation>
    </message>
    <message>
        <source>JSONL, CSV, TSV or Parquet with prompt and response (or reference) columns. Duplicates of existing items are skipped and reported.</source>
        <translation>JSONL, CSV, TSV ou Parquet avec les colonnes prompt et response (ou reference). Les doublons d&apos;éléments existants sont ignorés et signalés.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Training pairs</source>
        <translation>Paires d&apos;entraînement</translation>
    </message>
    <message>
        <source>Hold-out evaluation items</source>
        <translation>Éléments d&apos;évaluation (hold-out)</translation>
    </message>
    <message>
        <source>From the file&apos;s &apos;locale&apos; column</source>
        <translation>Depuis la colonne « locale » du fichier</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Contient</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>Reading row {n}…</source>
        <translation>Lecture de la ligne {n}…</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Import de {name}…</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Rien n&apos;a été importé</translation>
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
        <translation>Type</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Cas d&apos;usage</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Searching items…</source>
        <extracomment>emitted after every (re)load with the number of matching items pages of rows kept in memory (a million rows are never all read) the filters of the keys shown (what &quot;select all matching&quot; acts on)</extracomment>
        <translation>Recherche d&apos;éléments…</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>Cette colonne ne peut pas être triée</translation>
    </message>
</context>
<context>
    <name>LaunchChecks</name>
    <message>
        <source>No frozen hold-out yet: the domain owners sign off the evaluation items and freeze them before any training.</source>
        <extracomment>Problem code → what the window says (the figures come from the problem&apos;s params).</extracomment>
        <translation>Pas encore de jeu d&apos;évaluation figé : les responsables métier valident les éléments d&apos;évaluation et les figent avant tout entraînement.</translation>
    </message>
    <message>
        <source>Hold-out {id} is not frozen for {locales} yet: each locale&apos;s owner freezes their part.</source>
        <translation>Le jeu d&apos;évaluation {id} n&apos;est pas encore figé pour {locales} : le ou la responsable de chaque langue fige sa partie.</translation>
    </message>
    <message>
        <source>Hold-out {id} no longer matches its manifest or signature: freeze a new hold-out and report it to compliance.</source>
        <translation>Le jeu d&apos;évaluation {id} ne correspond plus à son manifeste ou à sa signature : figez-en un nouveau et signalez-le à la conformité.</translation>
    </message>
    <message>
        <source>No training snapshot yet: sign off pairs, then create a training snapshot.</source>
        <translation>Pas encore d&apos;instantané d&apos;entraînement : validez des paires, puis créez un instantané d&apos;entraînement.</translation>
    </message>
    <message>
        <source>Training snapshot {id} does not match its manifest: create a new one and report it to compliance.</source>
        <translation>L&apos;instantané d&apos;entraînement {id} ne correspond pas à son manifeste : créez-en un nouveau et signalez-le à la conformité.</translation>
    </message>
    <message>
        <source>Snapshot {id} names {n} revision(s) nobody signed off: take a new snapshot.</source>
        <translation>L&apos;instantané {id} cite {n} révision(s) que personne n&apos;a validée(s) : créez un nouvel instantané.</translation>
    </message>
    <message>
        <source>{n} item(s) of snapshot {id} were rejected after it was taken (e.g. item {item}): take a new snapshot.</source>
        <translation>{n} élément(s) de l&apos;instantané {id} ont été rejetés après sa création (p. ex. l&apos;élément {item}) : créez un nouvel instantané.</translation>
    </message>
    <message>
        <source>{n} item(s) of snapshot {id} have unreviewed de-identification findings (e.g. item {item}): review them first.</source>
        <translation>{n} élément(s) de l&apos;instantané {id} ont des détections de dé-identification non relues (p. ex. l&apos;élément {item}) : relisez-les d&apos;abord.</translation>
    </message>
    <message>
        <source>{n} training pair(s) overlap the hold-out: reject them and create a new training snapshot, or give an override reason (recorded in the audit trail). {summary}</source>
        <translation>{n} paire(s) d&apos;entraînement recoupent le jeu d&apos;évaluation : rejetez-les et créez un nouvel instantané d&apos;entraînement, ou donnez une raison de dérogation (consignée dans la piste d&apos;audit). {summary}</translation>
    </message>
    <message>
        <source>An override of the contamination check needs a reason an auditor can follow (at least {min} characters).</source>
        <translation>Une dérogation au contrôle de contamination exige une raison qu&apos;un·e auditeur·rice peut suivre (au moins {min} caractères).</translation>
    </message>
    <message>
        <source>{n} pair(s) signed off since training snapshot {id} are not in it: create a new training snapshot to train on them.</source>
        <translation>{n} paire(s) validée(s) depuis l&apos;instantané d&apos;entraînement {id} n&apos;y figurent pas : créez un nouvel instantané pour vous entraîner dessus.</translation>
    </message>
    <message>
        <source>Training snapshot {id} has {pairs} signed pairs; by the method&apos;s rule of thumb this method on the {size} class starts to move with about {wanted} per use case (fewer than {share} per locale in: {thin}). Expect little change; sign off more pairs before a run that counts.</source>
        <translation>Le snapshot d&apos;entraînement {id} compte {pairs} paires signées ; selon la règle empirique de la méthode, cette méthode sur la classe {size} commence à agir à partir d&apos;environ {wanted} paires par cas d&apos;usage (moins de {share} par langue dans : {thin}). Attendez-vous à peu de changement ; signez davantage de paires avant une exécution qui compte.</translation>
    </message>
    <message>
        <source>The scope of use case {use_case} (version {version}) is not signed by every owner yet: {missing} still to sign. A run trains a use case&apos;s adapter only under a scope in force.</source>
        <translation>Le périmètre du cas d&apos;usage {use_case} (version {version}) n&apos;est pas encore signé par tous ses responsables métier ; encore à signer : {missing}. Un entraînement n&apos;entraîne l&apos;adaptateur d&apos;un cas d&apos;usage que sous un périmètre en vigueur.</translation>
    </message>
    <message>
        <source>Training snapshot {id} is not of use case {use_case}: create that use case&apos;s training snapshot.</source>
        <translation>L&apos;instantané d&apos;entraînement {id} n&apos;appartient pas au cas d&apos;usage {use_case} : créez l&apos;instantané d&apos;entraînement de ce cas d&apos;usage.</translation>
    </message>
    <message>
        <source>The hold-out has no items in {locales}: the evaluation cannot show a gain or a regression there.</source>
        <translation>Le jeu d&apos;évaluation n&apos;a aucun élément en {locales} : l&apos;évaluation ne peut y montrer ni gain ni régression.</translation>
    </message>
    <message>
        <source>Create a training snapshot</source>
        <extracomment>Fix → the button&apos;s text.</extracomment>
        <translation>Créer un instantané d&apos;entraînement</translation>
    </message>
    <message>
        <source>Freeze the hold-out…</source>
        <translation>Figer le jeu d&apos;évaluation…</translation>
    </message>
    <message>
        <source>Go to Review</source>
        <translation>Aller à la validation</translation>
    </message>
    <message>
        <source>Go to Data</source>
        <translation>Aller aux données</translation>
    </message>
    <message>
        <source>Give an override reason</source>
        <translation>Donner une raison de dérogation</translation>
    </message>
    <message>
        <source>Correct the form</source>
        <translation>Corriger le formulaire</translation>
    </message>
    <message>
        <source>Sign the scope…</source>
        <translation>Signer le périmètre…</translation>
    </message>
</context>
<context>
    <name>LaunchSection</name>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Create a training snapshot</source>
        <translation>Créer un instantané d&apos;entraînement</translation>
    </message>
    <message>
        <source>Freeze the hold-out…</source>
        <translation>Figer le jeu d&apos;évaluation…</translation>
    </message>
    <message>
        <source>New run</source>
        <translation>Nouvel entraînement</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Launch run</source>
        <translation>Lancer l&apos;entraînement</translation>
    </message>
    <message>
        <source>Checking the model, the machine and the data…</source>
        <translation>Vérification du modèle, de la machine et des données…</translation>
    </message>
    <message>
        <source>Checking the run…</source>
        <translation>Vérification de l&apos;entraînement…</translation>
    </message>
    <message>
        <source>Frozen hold-out {id}: {n} items ({locales})</source>
        <translation>Jeu d&apos;évaluation gelé {id} : {n} éléments ({locales})</translation>
    </message>
    <message>
        <source>Training snapshot {id}: {n} signed-off, de-identified pairs</source>
        <translation>Instantané d&apos;entraînement {id} : {n} paires validées et dé-identifiées</translation>
    </message>
    <message>
        <source>{n} overlap(s) with the hold-out, overridden: {reason}</source>
        <translation>Recoupements avec le jeu d&apos;évaluation : {n}, dérogation : {reason}</translation>
    </message>
    <message>
        <source>{method} on {backend} ({size}), device {device}; {steps}, lr {lr:g}, batch {batch}</source>
        <translation>{method} sur {backend} ({size}), appareil {device} ; {steps}, lr {lr:g}, batch {batch}</translation>
    </message>
    <message>
        <source>{n} steps</source>
        <translation>{n} étapes</translation>
    </message>
    <message>
        <source>{n:g} epochs</source>
        <translation>{n:g} époques</translation>
    </message>
    <message>
        <source>Checking and starting the run…</source>
        <translation>Vérification et lancement de l&apos;entraînement…</translation>
    </message>
    <message>
        <source>Launching the run…</source>
        <translation>Lancement de l&apos;entraînement…</translation>
    </message>
    <message>
        <source>Run {id} submitted to Slurm as job {job}.</source>
        <translation>Exécution {id} soumise à Slurm comme tâche {job}.</translation>
    </message>
    <message>
        <source>Run {id} registered; start its workers with:</source>
        <translation>Entraînement {id} enregistré ; lancez ses workers avec :</translation>
    </message>
    <message>
        <source>Run {id} registered.</source>
        <translation>Entraînement {id} enregistré.</translation>
    </message>
    <message>
        <source>Run {id} started</source>
        <translation>Entraînement {id} lancé</translation>
    </message>
    <message>
        <source>Run {id} started.</source>
        <translation>Entraînement {id} lancé.</translation>
    </message>
    <message>
        <source>No training snapshot yet.</source>
        <translation>Pas encore d&apos;instantané d&apos;entraînement.</translation>
    </message>
    <message>
        <source>Training snapshot “{name}” ({id}): {n} pairs.</source>
        <translation>Instantané d&apos;entraînement « {name} » ({id}) : {n} paires.</translation>
    </message>
    <message>
        <source>Pairs signed off or changed since are not in it yet.</source>
        <translation>Les paires validées ou modifiées depuis n&apos;y figurent pas encore.</translation>
    </message>
    <message>
        <source>Hold-out “{name}” ({id}): {n} items, frozen.</source>
        <translation>Jeu d&apos;évaluation « {name} » ({id}) : {n} éléments, figé.</translation>
    </message>
    <message>
        <source>Hold-out {id}: still to be frozen for {locales}.</source>
        <translation>Jeu d&apos;évaluation {id} : encore à figer pour {locales}.</translation>
    </message>
    <message>
        <source>The hold-out is not frozen yet.</source>
        <translation>Le jeu d&apos;évaluation n&apos;est pas encore figé.</translation>
    </message>
    <message>
        <source>none chosen: choose one at the top of the page</source>
        <translation>aucun choisi : choisissez-en un en haut de la page</translation>
    </message>
    <message>
        <source>scope v{v} in force</source>
        <translation>périmètre v{v} en vigueur</translation>
    </message>
    <message>
        <source>scope v{v} not signed by {missing} yet</source>
        <translation>périmètre v{v} pas encore signé par {missing}</translation>
    </message>
    <message>
        <source>The training snapshot already holds every signed-off pair.</source>
        <translation>L&apos;instantané d&apos;entraînement contient déjà toutes les paires validées.</translation>
    </message>
    <message>
        <source>Take every signed-off pair into a new training snapshot</source>
        <translation>Reprendre toutes les paires validées dans un nouvel instantané d&apos;entraînement</translation>
    </message>
    <message>
        <source>The frozen hold-out is up to date: nothing to freeze.</source>
        <translation>Le jeu d&apos;évaluation figé est à jour : rien à figer.</translation>
    </message>
    <message>
        <source>Sign the hold-out as frozen for evaluation (password)</source>
        <translation>Signer le jeu d&apos;évaluation comme figé pour l&apos;évaluation (mot de passe)</translation>
    </message>
    <message>
        <source>{use_case} training v{n}</source>
        <translation>{use_case} entraînement v{n}</translation>
    </message>
    <message>
        <source>training v{n}</source>
        <translation>entraînement v{n}</translation>
    </message>
    <message>
        <source>Creating a training snapshot…</source>
        <translation>Création d&apos;un instantané d&apos;entraînement…</translation>
    </message>
    <message>
        <source>Training snapshot “{name}” ({id}) created: {n} pairs ({per}).</source>
        <translation>Instantané d&apos;entraînement « {name} » ({id}) créé : {n} paires ({per}).</translation>
    </message>
    <message>
        <source>Hold-out frozen as “{name}” ({id}, {n} items).</source>
        <translation>Jeu d&apos;évaluation figé sous « {name} » ({id}, {n} éléments).</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Demo project: every account&apos;s password is “demo”.</source>
        <translation>Projet de démonstration : le mot de passe de chaque compte est « demo ».</translation>
    </message>
    <message>
        <source>Browse read-only</source>
        <translation>Consulter en lecture seule</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <source>Open the &amp;demo project</source>
        <translation>Ouvrir le projet de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Import items…</source>
        <translation>&amp;Importer des éléments…</translation>
    </message>
    <message>
        <source>&amp;Close project</source>
        <translation>&amp;Fermer le projet</translation>
    </message>
    <message>
        <source>&amp;Use cases and scope…</source>
        <translation>&amp;Cas d&apos;usage et périmètre…</translation>
    </message>
    <message>
        <source>&amp;Engine Python…</source>
        <translation>Python du &amp;moteur…</translation>
    </message>
    <message>
        <source>&amp;Erase original texts…</source>
        <translation>&amp;Effacer les textes originaux…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>De-identify the selected items</source>
        <translation>Dé-identifier les éléments sélectionnés</translation>
    </message>
    <message>
        <source>De-identify every draft</source>
        <translation>Dé-identifier tous les brouillons</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Se connecter…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Apertus Workbench</source>
        <translation>À &amp;propos d&apos;Apertus Workbench</translation>
    </message>
    <message>
        <source>Open a project folder</source>
        <translation>Ouvrir un dossier de projet</translation>
    </message>
    <message>
        <source>Building the demo project…</source>
        <translation>Création du projet de démonstration…</translation>
    </message>
    <message>
        <source>Choose the Python that runs training and evaluation</source>
        <translation>Choisir le Python qui exécute l&apos;entraînement et l&apos;évaluation</translation>
    </message>
    <message>
        <source>{path} is not an executable program: choose the python of an environment with apertus-workbench installed</source>
        <translation>{path} n&apos;est pas un programme exécutable : choisissez le python d&apos;un environnement où apertus-workbench est installé</translation>
    </message>
    <message>
        <source>Training and evaluation will run with {path}</source>
        <translation>L&apos;entraînement et l&apos;évaluation utiliseront {path}</translation>
    </message>
    <message>
        <source>Password policy relaxed ({n} characters)</source>
        <translation>Règle des mots de passe assouplie ({n} caractères)</translation>
    </message>
    <message>
        <source>Separation of duties relaxed</source>
        <translation>Séparation des tâches assouplie</translation>
    </message>
    <message>
        <source>Not signed in (read only)</source>
        <translation>Non connecté (lecture seule)</translation>
    </message>
    <message>
        <source>{name} · {roles}</source>
        <translation>{name} · {roles}</translation>
    </message>
    <message>
        <source>The language changes the next time the workbench starts.</source>
        <translation>La langue change au prochain démarrage du workbench.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Review page → Freeze</source>
        <translation>Page Validation → Figer</translation>
    </message>
    <message>
        <source>Training page → Create a training snapshot</source>
        <translation>Page Entraînement → Créer un instantané d&apos;entraînement</translation>
    </message>
    <message>
        <source>the Training page</source>
        <translation>la page Entraînement</translation>
    </message>
    <message>
        <source>the Data page</source>
        <translation>la page Données</translation>
    </message>
    <message>
        <source>Training page → Resume</source>
        <translation>Page Entraînement → Reprendre</translation>
    </message>
    <message>
        <source>the sign-in dialog</source>
        <translation>la fenêtre de connexion</translation>
    </message>
    <message>
        <source>the Editor&apos;s findings</source>
        <translation>les détections de l&apos;éditeur</translation>
    </message>
    <message>
        <source>Data page → De-identify</source>
        <translation>Page Données → Dé-identifier</translation>
    </message>
    <message>
        <source>Dashboard → Evaluate</source>
        <translation>Tableau de bord → Évaluer</translation>
    </message>
    <message>
        <source>Dashboard → Record decision</source>
        <translation>Tableau de bord → Consigner la décision</translation>
    </message>
    <message>
        <source>File → Sign in</source>
        <translation>Fichier → Se connecter</translation>
    </message>
    <message>
        <source>Audit page → Verify</source>
        <translation>Page Audit → Vérifier</translation>
    </message>
    <message>
        <source>File → New project</source>
        <translation>Fichier → Nouveau projet</translation>
    </message>
    <message>
        <source>Training page</source>
        <translation>page Entraînement</translation>
    </message>
    <message>
        <source>Dashboard → Hand off</source>
        <translation>Tableau de bord → Remettre</translation>
    </message>
    <message>
        <source>choose the locale when importing</source>
        <extracomment>Flag phrases → the control that sets the same thing in the window.</extracomment>
        <translation>choisir la langue lors de l&apos;import</translation>
    </message>
    <message>
        <source>open the right project folder (File → Open)</source>
        <translation>ouvrir le bon dossier de projet (Fichier → Ouvrir)</translation>
    </message>
    <message>
        <source>choose a CPU preset</source>
        <translation>choisir un préréglage CPU</translation>
    </message>
    <message>
        <source>(the Contamination override field)</source>
        <translation>(le champ de dérogation de contamination)</translation>
    </message>
    <message>
        <source>choose an empty folder, or confirm to</source>
        <translation>choisir un dossier vide, ou confirmer pour</translation>
    </message>
    <message>
        <source>sign in first</source>
        <translation>se connecter d&apos;abord</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>A project is one folder with one database file. Everything in it — items, signatures, runs, the audit trail — stays on this machine.</source>
        <translation>Un projet est un dossier avec un fichier de base de données. Tout ce qu&apos;il contient – éléments, signatures, entraînements, piste d&apos;audit – reste sur cette machine.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>e.g. Back office — claims</source>
        <translation>p. ex. Back-office – sinistres</translation>
    </message>
    <message>
        <source>your full name</source>
        <translation>votre nom complet</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Nom du projet</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Répéter le mot de passe</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Folder for the new project</source>
        <translation>Dossier du nouveau projet</translation>
    </message>
    <message>
        <source>Choose a folder for the project.</source>
        <translation>Choisissez un dossier pour le projet.</translation>
    </message>
    <message>
        <source>The two passwords differ: type them again.</source>
        <translation>Les deux mots de passe diffèrent : saisissez-les à nouveau.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>edit items</source>
        <translation>modifier des éléments</translation>
    </message>
    <message>
        <source>review items and personal data</source>
        <translation>revoir les éléments et les données personnelles</translation>
    </message>
    <message>
        <source>sign off items</source>
        <translation>valider des éléments</translation>
    </message>
    <message>
        <source>freeze the hold-out</source>
        <translation>geler le jeu d&apos;évaluation</translation>
    </message>
    <message>
        <source>create training snapshots</source>
        <translation>créer des instantanés d&apos;entraînement</translation>
    </message>
    <message>
        <source>launch training runs</source>
        <translation>lancer des entraînements</translation>
    </message>
    <message>
        <source>run evaluations</source>
        <translation>lancer des évaluations</translation>
    </message>
    <message>
        <source>record go/no-go decisions</source>
        <translation>consigner des décisions go/no-go</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>lire la piste d&apos;audit</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>gérer les utilisateurs</translation>
    </message>
    <message>
        <source>hand a checkpoint off to serving</source>
        <translation>remettre un checkpoint à la mise en service</translation>
    </message>
    <message>
        <source>erase original texts</source>
        <translation>effacer les textes originaux</translation>
    </message>
    <message>
        <source>define use cases and their scope</source>
        <translation>définir des cas d&apos;usage et leur périmètre</translation>
    </message>
    <message>
        <source>annotator</source>
        <translation>annotateur·rice</translation>
    </message>
    <message>
        <source>domain owner</source>
        <translation>responsable métier</translation>
    </message>
    <message>
        <source>engineer</source>
        <translation>ingénieur·e</translation>
    </message>
    <message>
        <source>compliance officer</source>
        <translation>responsable conformité</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrateur·rice</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>aucun rôle</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <extracomment>Items whose content or status changed ([] = many or unknown: reload). The use case the Data, Review, Training and Dashboard pages show (see `use_case`). A use case was created, its scope changed or signed (dialogs/scope.py). None: every use case; a use case&apos;s id; or store.items.NO_USE_CASE (items of none).</extracomment>
        <translation>Ouvrez d&apos;abord un projet.</translation>
    </message>
    <message>
        <source>Sign in to {action}.</source>
        <translation>Connectez-vous pour {action}.</translation>
    </message>
    <message>
        <source>Only a domain owner of {locale} may {action} for {locale}; you own {owned}.</source>
        <translation>Seul·e un·e responsable métier de {locale} peut {action} pour {locale} ; vous êtes responsable de : {owned}.</translation>
    </message>
    <message>
        <source>Your role ({roles}) may not {action}{scope}. This needs: {allowed}.</source>
        <translation>Votre rôle ({roles}) ne permet pas de {action}{scope}. Il faut : {allowed}.</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>to review</source>
        <translation>à revoir</translation>
    </message>
    <message>
        <source>personal data</source>
        <translation>donnée personnelle</translation>
    </message>
    <message>
        <source>false alarm</source>
        <translation>fausse alerte</translation>
    </message>
    <message>
        <source>marked by a reviewer</source>
        <translation>marquée par un relecteur</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>Select an item to read it here.</source>
        <translation>Sélectionnez un élément pour le lire ici.</translation>
    </message>
    <message>
        <source>Reference answer</source>
        <translation>Réponse de référence</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>revision {rev} by {author}, {when}</source>
        <translation>révision {rev} par {author}, {when}</translation>
    </message>
    <message>
        <source>Returned by {who} on {when}:</source>
        <translation>Renvoyé par {who} le {when} :</translation>
    </message>
    <message>
        <source>Personal-data findings still to review: {n}</source>
        <translation>Détections de données personnelles encore à relire : {n}</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt système</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>must mention: </source>
        <translation>doit mentionner : </translation>
    </message>
    <message>
        <source>must not mention: </source>
        <translation>ne doit pas mentionner : </translation>
    </message>
    <message>
        <source>must match: </source>
        <translation>doit correspondre à : </translation>
    </message>
    <message>
        <source>must equal: </source>
        <translation>doit être égal à : </translation>
    </message>
    <message>
        <source>No regression checks.</source>
        <translation>Aucun contrôle de régression.</translation>
    </message>
    <message>
        <source>Regression checks</source>
        <translation>Contrôles de régression</translation>
    </message>
</context>
<context>
    <name>RecheckAction</name>
    <message>
        <source>Re-check on a newer hold-out…</source>
        <translation>Contrôle de suivi sur un hold-out plus récent…</translation>
    </message>
    <message>
        <source>Choose a run that was handed off.</source>
        <translation>Choisissez un entraînement qui a été remis.</translation>
    </message>
    <message>
        <source>Evaluate the handed-off checkpoint and its base on a newer frozen hold-out and judge each locale</source>
        <translation>Évaluer le checkpoint remis et sa base sur un hold-out figé plus récent et juger chaque langue</translation>
    </message>
    <message>
        <source>Looking for hand-offs and newer hold-outs…</source>
        <translation>Recherche de remises et de hold-outs plus récents…</translation>
    </message>
</context>
<context>
    <name>RecheckDialog</name>
    <message>
        <source>Re-check on a newer hold-out</source>
        <translation>Contrôle de suivi sur un hold-out plus récent</translation>
    </message>
    <message>
        <source>Is the handed-off checkpoint still fit?</source>
        <translation>Le checkpoint remis est-il toujours adapté ?</translation>
    </message>
    <message>
        <source>The checkpoint and its base are evaluated on the newer hold-out with the decoding of the evaluation that justified its GO, and the go/no-go policy judges each locale: still fit, re-tune or inconclusive. The run&apos;s own results and decision do not change.</source>
        <translation>Le checkpoint et sa base sont évalués sur le hold-out plus récent avec le décodage de l&apos;évaluation qui a justifié son GO, et la politique go/no-go juge chaque langue : toujours adapté, à réaffiner ou non concluant. Les résultats et la décision propres à l&apos;entraînement ne changent pas.</translation>
    </message>
    <message>
        <source>Hand-off</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Hold-out version</source>
        <translation>Version du hold-out</translation>
    </message>
    <message>
        <source>Run the re-check</source>
        <translation>Lancer le contrôle de suivi</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Δ chrF++</source>
        <translation>Δ chrF++</translation>
    </message>
    <message>
        <source>Δ vs the GO</source>
        <translation>Δ vs GO</translation>
    </message>
    <message>
        <source>Rule that decided</source>
        <translation>Règle décisive</translation>
    </message>
    <message>
        <source>Sign the finding…</source>
        <translation>Signer le constat…</translation>
    </message>
    <message>
        <source>This run has no hand-off yet.</source>
        <translation>Cet entraînement n&apos;a pas encore été remis.</translation>
    </message>
    <message>
        <source>No newer frozen hold-out of this use case: sign off new hold-out items and freeze a new version.</source>
        <translation>Aucun hold-out figé plus récent pour ce cas d&apos;usage : validez de nouveaux éléments de hold-out et figez une nouvelle version.</translation>
    </message>
    <message>
        <source>Evaluating {subject} and its base on {holdout}…</source>
        <translation>Évaluation de {subject} et de sa base sur {holdout}…</translation>
    </message>
    <message>
        <source>Re-checking on a newer hold-out…</source>
        <translation>Contrôle de suivi sur un hold-out plus récent…</translation>
    </message>
    <message>
        <source>Finding: {finding} (report SHA-256 {hash}…)</source>
        <translation>Constat : {finding} (rapport SHA-256 {hash}…)</translation>
    </message>
    <message>
        <source>Sign the re-check of {subject}</source>
        <translation>Signer le contrôle de suivi de {subject}</translation>
    </message>
    <message>
        <source>The signature covers the finding of every locale with its numbers, the evaluations on the new hold-out and the GO they are compared with; the hand-off&apos;s model card gets a History line.</source>
        <translation>La signature couvre le constat de chaque langue avec ses chiffres, les évaluations sur le nouveau hold-out et le GO auquel elles sont comparées ; la fiche du modèle de la remise reçoit une ligne « History ».</translation>
    </message>
    <message>
        <source>Signed by {name}: {finding}.</source>
        <translation>Signé par {name} : {finding}.</translation>
    </message>
</context>
<context>
    <name>RegressionPanel</name>
    <message>
        <source>Prompt and reference</source>
        <translation>Prompt et référence</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>Modèle de base</translation>
    </message>
    <message>
        <source>No regression check newly fails at {checkpoint}: every check the base model passed, this checkpoint passes too.</source>
        <translation>Aucun contrôle de régression n&apos;échoue nouvellement avec {checkpoint} : chaque contrôle réussi par le modèle de base l&apos;est aussi par ce checkpoint.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>missing: {terms}</source>
        <translation>manquant : {terms}</translation>
    </message>
    <message>
        <source>forbidden: {terms}</source>
        <translation>interdit : {terms}</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Export the evaluation report</source>
        <translation>Exporter le rapport d&apos;évaluation</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>Rapport HTML (*.html)</translation>
    </message>
    <message>
        <source>Report written to {html} and {pdf}.</source>
        <translation>Rapport écrit dans {html} et {pdf}.</translation>
    </message>
    <message>
        <source>Report written to {html}; no PDF: {why}</source>
        <translation>Rapport écrit dans {html} ; pas de PDF : {why}</translation>
    </message>
    <message>
        <source>Writing the evaluation report…</source>
        <translation>Écriture du rapport d&apos;évaluation…</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>Review and sign-off</source>
        <translation>Revue et validation</translation>
    </message>
    <message>
        <source>Items that passed de-identification wait here for their locale&apos;s domain owner. One signature covers the whole filtered set.</source>
        <translation>Les éléments dé-identifiés attendent ici le ou la responsable métier de leur langue. Une seule signature couvre tout l&apos;ensemble filtré.</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Files d&apos;attente</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Paires</translation>
    </message>
    <message>
        <source>Hold-out</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Validés</translation>
    </message>
    <message>
        <source>Hold-out size for the go/no-go policy</source>
        <translation>Taille du hold-out pour la règle go/no-go</translation>
    </message>
    <message>
        <source>Training pairs</source>
        <translation>Paires d&apos;entraînement</translation>
    </message>
    <message>
        <source>Nothing waits for sign-off here</source>
        <translation>Rien n&apos;attend de validation ici</translation>
    </message>
    <message>
        <source>Items appear in this queue once de-identification has run and a reviewer approved them. Choose another locale or kind on the left.</source>
        <translation>Les éléments apparaissent ici une fois dé-identifiés et soumis par un relecteur. Choisissez une autre langue ou un autre type à gauche.</translation>
    </message>
    <message>
        <source>J / K  next · previous     R  return to the annotator…     E or Enter  open in the editor</source>
        <translation>J / K  suivant · précédent     R  renvoyer à l&apos;annotateur·rice…     E ou Entrée  ouvrir dans l&apos;éditeur</translation>
    </message>
    <message>
        <source>Return to annotator…</source>
        <translation>Renvoyer à l&apos;annotateur·rice…</translation>
    </message>
    <message>
        <source>Sign off…</source>
        <translation>Valider…</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Élément suivant</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Élément précédent</translation>
    </message>
    <message>
        <source>Return the item to its annotator, with a comment</source>
        <translation>Renvoyer l&apos;élément à son annotateur·rice, avec un commentaire</translation>
    </message>
    <message>
        <source>Open in the editor</source>
        <translation>Ouvrir dans l&apos;éditeur</translation>
    </message>
    <message>
        <source>Select an item first.</source>
        <translation>Sélectionnez d&apos;abord un élément.</translation>
    </message>
    <message>
        <source>Send the selected item back to its annotator with a comment (R): it leaves this queue until it is corrected and de-identified again</source>
        <translation>Renvoyer l&apos;élément sélectionné à son annotateur·rice avec un commentaire (R) : il quitte cette file jusqu&apos;à ce qu&apos;il soit corrigé et de nouveau dé-identifié</translation>
    </message>
    <message>
        <source>Return item #{id} to the annotator</source>
        <translation>Renvoyer l&apos;élément n°{id} à l&apos;annotateur·rice</translation>
    </message>
    <message>
        <source>What should the annotator change? They read this next to the item.</source>
        <translation>Que doit changer l&apos;annotateur·rice ? Ce texte s&apos;affiche à côté de l&apos;élément.</translation>
    </message>
    <message>
        <source>Nothing was returned.</source>
        <translation>Rien n&apos;a été renvoyé.</translation>
    </message>
    <message>
        <source>Item #{id} went back to its annotator with your comment.</source>
        <translation>L&apos;élément n°{id} a été renvoyé à son annotateur·rice avec votre commentaire.</translation>
    </message>
    <message>
        <source>You own this locale</source>
        <translation>Vous êtes responsable de cette langue</translation>
    </message>
    <message>
        <source>{name}: {pairs} of about {wanted} signed pairs</source>
        <translation>{name} : {pairs} sur environ {wanted} paires validées</translation>
    </message>
    <message>
        <source>{pairs} signed training pairs. LoRA on the 8B class starts to move with about {wanted} per use case; a full fine-tune of the 70B with tens of thousands.</source>
        <translation>{pairs} paires d&apos;entraînement signées. LoRA sur la classe 8B commence à agir à partir d&apos;environ {wanted} par cas d&apos;usage ; un fine-tuning complet du 70B à partir de dizaines de milliers.</translation>
    </message>
    <message>
        <source>{name}: {pairs} signed training pairs; LoRA on the 8B class starts to move with about {wanted} per use case.</source>
        <translation>{name} : {pairs} paires d&apos;entraînement signées ; LoRA sur la classe 8B commence à agir à partir d&apos;environ {wanted} par cas d&apos;usage.</translation>
    </message>
    <message>
        <source>Fewer than about {share} per locale in: {locales}.</source>
        <translation>Moins d&apos;environ {share} par langue dans : {locales}.</translation>
    </message>
    <message>
        <source>{entity} (declared by: {classes})</source>
        <translation>{entity} (déclaré par : {classes})</translation>
    </message>
    <message>
        <source>no data class</source>
        <translation>aucune catégorie de données</translation>
    </message>
    <message>
        <source>item #{id} ({locale}, {use_case}): {types}</source>
        <translation>élément #{id} ({locale}, {use_case}) : {types}</translation>
    </message>
    <message>
        <source>… and %n more.</source>
        <translation>… et %n autre(s).</translation>
    </message>
    <message>
        <source>Use cases and scope…</source>
        <translation>Cas d&apos;usage et périmètre…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in this set have personal-data findings nobody reviewed yet (e.g. item {id}). Review them in the editor before signing.</source>
        <translation>
            <numerusform>%n élément de cet ensemble a des détections de données personnelles non revues (p. ex. l&apos;élément {id}). Revoyez-les dans l&apos;éditeur avant de signer.</numerusform>
            <numerusform>%n éléments de cet ensemble ont des détections de données personnelles non revues (p. ex. l&apos;élément {id}). Revoyez-les dans l&apos;éditeur avant de signer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing means: &lt;b&gt;“{meaning}”&lt;/b&gt;</source>
        <translation>Signer signifie : &lt;b&gt;« {meaning} »&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(recorded as “{meaning}”)</source>
        <translation>(consigné comme « {meaning} »)</translation>
    </message>
    <message numerus="yes">
        <source>Sign off %n item(s)…</source>
        <translation>
            <numerusform>Valider %n élément…</numerusform>
            <numerusform>Valider %n éléments…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to sign in this queue.</source>
        <translation>Rien à signer dans cette file.</translation>
    </message>
    <message>
        <source>Review the open personal-data findings first.</source>
        <translation>Revoyez d&apos;abord les détections de données personnelles ouvertes.</translation>
    </message>
    <message>
        <source>Sign the whole filtered set with one e-signature</source>
        <translation>Signer tout l&apos;ensemble filtré d&apos;une seule signature électronique</translation>
    </message>
    <message>
        <source>approved as training data for {locale}</source>
        <translation>validé comme données d&apos;entraînement pour {locale}</translation>
    </message>
    <message>
        <source>approved as hold-out evaluation items for {locale}</source>
        <translation>validé comme éléments d&apos;évaluation réservés pour {locale}</translation>
    </message>
    <message>
        <source>This search has no letters or digits and would select every item: search for a word, or clear the search to sign the whole queue.</source>
        <translation>Cette recherche ne contient ni lettres ni chiffres et sélectionnerait tous les éléments : cherchez un mot, ou videz la recherche pour signer toute la file.</translation>
    </message>
    <message numerus="yes">
        <source>This signature covers %n item(s): </source>
        <translation>
            <numerusform>Cette signature couvre %n élément : </numerusform>
            <numerusform>Cette signature couvre %n éléments : </numerusform>
        </translation>
    </message>
    <message>
        <source>training pairs</source>
        <translation>les paires d&apos;entraînement</translation>
    </message>
    <message>
        <source>hold-out items</source>
        <translation>les éléments d&apos;évaluation</translation>
    </message>
    <message>
        <source>Sign off {what} for {locale}</source>
        <translation>Valider {what} pour {locale}</translation>
    </message>
    <message numerus="yes">
        <source>Signed: %n item(s), signature {id}.</source>
        <translation>
            <numerusform>Signé : %n élément, signature {id}.</numerusform>
            <numerusform>Signé : %n éléments, signature {id}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunComparison</name>
    <message>
        <source>Compare with</source>
        <translation>Comparer avec</translation>
    </message>
    <message>
        <source>Reading the run to compare…</source>
        <translation>Lecture de l&apos;entraînement à comparer…</translation>
    </message>
    <message>
        <source>Pick another evaluated run to compare with.</source>
        <translation>Choisissez un autre entraînement évalué à comparer.</translation>
    </message>
    <message>
        <source>{run}: {metric} Δ</source>
        <translation>{run} : {metric} Δ</translation>
    </message>
    <message>
        <source>Verdict {run}</source>
        <translation>Verdict {run}</translation>
    </message>
    <message>
        <source>{a} at {la} against {b} at {lb}, each against its own base on its own frozen hold-out; bold: the better run for that locale.</source>
        <translation>{a} à {la} contre {b} à {lb}, chacun face à sa propre base sur son propre jeu d&apos;évaluation figé ; en gras : le meilleur entraînement pour cette langue.</translation>
    </message>
</context>
<context>
    <name>RunList</name>
    <message>
        <source>Runs</source>
        <translation>Entraînements</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Annuler l&apos;entraînement</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Run {id}: asked to stop at its next step.</source>
        <translation>Entraînement {id} : arrêt demandé à la prochaine étape.</translation>
    </message>
    <message>
        <source>Resuming the run…</source>
        <translation>Reprise de l&apos;entraînement…</translation>
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
        <translation>Perte</translation>
    </message>
    <message>
        <source>Step</source>
        <extracomment>The run reached a terminal event (done, error, cancelled, interrupted, requeued). A checkpoint was written (step) — the dashboard may have new results soon. How the run ended (done, error, cancelled, interrupted, requeued), once it has. The run&apos;s phase, elapsed time and estimate (&quot;Running · 1 min 12 s elapsed · about 40 s left&quot;).</extracomment>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <translation>Tokens/s</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Last checkpoint</source>
        <translation>Dernier checkpoint</translation>
    </message>
    <message>
        <source>Training loss</source>
        <extracomment>Per checkpoint: evaluated, n of m answers, failed or waiting.</extracomment>
        <translation>Perte d&apos;entraînement</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>perte</translation>
    </message>
    <message>
        <source>No steps yet</source>
        <translation>Pas encore d&apos;étape</translation>
    </message>
    <message>
        <source>The loss and learning-rate curves appear with the run&apos;s first step.</source>
        <translation>Les courbes de perte et de taux d&apos;apprentissage apparaissent à la première étape.</translation>
    </message>
    <message>
        <source>{time} elapsed</source>
        <translation>{time} écoulé</translation>
    </message>
    <message>
        <source>about {time} left</source>
        <translation>encore environ {time}</translation>
    </message>
    <message>
        <source>{done} of {total} answers</source>
        <translation>{done} réponses sur {total}</translation>
    </message>
    <message>
        <source>started</source>
        <translation>démarrée</translation>
    </message>
    <message>
        <source>evaluated</source>
        <translation>évalué</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>base: {state}</source>
        <translation>base : {state}</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>step {step}: {state}</source>
        <translation>étape {step} : {state}</translation>
    </message>
    <message>
        <source>Evaluation per checkpoint — {parts}</source>
        <translation>Évaluation par checkpoint — {parts}</translation>
    </message>
    <message>
        <source>Evaluation per checkpoint: no checkpoint yet</source>
        <translation>Évaluation par checkpoint : pas encore de checkpoint</translation>
    </message>
    <message>
        <source>training</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <source>lr</source>
        <translation>lr</translation>
    </message>
    <message>
        <source>The run&apos;s messages appear here.</source>
        <translation>Les messages de l&apos;entraînement s&apos;affichent ici.</translation>
    </message>
    <message>
        <source>No run selected</source>
        <translation>Aucun entraînement sélectionné</translation>
    </message>
    <message>
        <source>step {step}</source>
        <translation>étape {step}</translation>
    </message>
    <message>
        <source>checkpoint at step {step} written</source>
        <translation>checkpoint écrit à l&apos;étape {step}</translation>
    </message>
    <message>
        <source>cancelled by {who} at step {step}</source>
        <translation>annulé par {who} à l&apos;étape {step}</translation>
    </message>
    <message>
        <source>done: step {step}, loss {loss}</source>
        <translation>terminé : étape {step}, perte {loss}</translation>
    </message>
    <message>
        <source>validation (split of the training snapshot)</source>
        <translation>validation (partie réservée de l&apos;instantané d&apos;entraînement)</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} sur {total}</translation>
    </message>
    <message>
        <source>requeued by Slurm at step {step}: the job continues from its checkpoint when Slurm starts it again</source>
        <translation>remis en file par Slurm à l&apos;étape {step} : le job reprend à son checkpoint quand Slurm le relance</translation>
    </message>
</context>
<context>
    <name>RunStatus</name>
    <message>
        <source>queued</source>
        <extracomment>What a run&apos;s phase is called on screen (train/progress.py says which phase it is in).</extracomment>
        <translation>en file d&apos;attente</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompu</translation>
    </message>
    <message>
        <source>requeued</source>
        <translation>remis en file</translation>
    </message>
    <message>
        <source>checkpoint evaluation {n}/{m}</source>
        <extracomment>How often the list looks at its live runs again (a registry read and a lock check each).</extracomment>
        <translation>évaluation des checkpoints {n}/{m}</translation>
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
        <translation>Cas d&apos;usage et périmètre</translation>
    </message>
    <message>
        <source>Each use case trains its own adapter, on its own items, within a scope its owners signed: the tasks, the locales and the regulated data classes it may touch.</source>
        <translation>Chaque cas d&apos;usage entraîne son propre adaptateur, sur ses propres éléments, dans un périmètre signé par ses responsables métier : les tâches, les langues et les catégories de données réglementées qu&apos;il peut toucher.</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Cas d&apos;usage</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <source>Still to sign</source>
        <translation>Encore à signer</translation>
    </message>
    <message>
        <source>New use case…</source>
        <translation>Nouveau cas d&apos;usage…</translation>
    </message>
    <message>
        <source>Change the scope…</source>
        <translation>Modifier le périmètre…</translation>
    </message>
    <message>
        <source>Sign this scope…</source>
        <translation>Signer ce périmètre…</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>en vigueur</translation>
    </message>
    <message>
        <source>awaiting signatures (v{v} stays in force)</source>
        <translation>en attente de signatures (v{v} reste en vigueur)</translation>
    </message>
    <message>
        <source>awaiting signatures</source>
        <translation>en attente de signatures</translation>
    </message>
    <message>
        <source>No use case yet. A use case names what a fine-tune is for; create one, then its owners sign its scope.</source>
        <translation>Aucun cas d&apos;usage pour l&apos;instant. Un cas d&apos;usage indique à quoi sert un fine-tuning ; créez-en un, puis ses responsables métier signent son périmètre.</translation>
    </message>
    <message>
        <source>Tasks: {tasks}</source>
        <translation>Tâches : {tasks}</translation>
    </message>
    <message>
        <source>Locales: {locales}</source>
        <translation>Langues : {locales}</translation>
    </message>
    <message>
        <source>Data classes: {classes}</source>
        <translation>Catégories de données : {classes}</translation>
    </message>
    <message>
        <source>Owners: {owners}</source>
        <translation>Responsables métier : {owners}</translation>
    </message>
    <message>
        <source>Define a new use case and its scope</source>
        <translation>Définir un nouveau cas d&apos;usage et son périmètre</translation>
    </message>
    <message>
        <source>Choose a use case first.</source>
        <translation>Choisissez d&apos;abord un cas d&apos;usage.</translation>
    </message>
    <message>
        <source>Record a new version of this scope, with a reason; its owners sign it again</source>
        <translation>Enregistrer une nouvelle version de ce périmètre, avec un motif ; ses responsables métier le signent à nouveau</translation>
    </message>
    <message>
        <source>Sign in to sign a scope.</source>
        <translation>Connectez-vous pour signer un périmètre.</translation>
    </message>
    <message>
        <source>Only the owners of this use case sign its scope: {owners}.</source>
        <translation>Seuls les responsables métier de ce cas d&apos;usage signent son périmètre : {owners}.</translation>
    </message>
    <message>
        <source>You signed version {v} of this scope already.</source>
        <translation>Vous avez déjà signé la version {v} de ce périmètre.</translation>
    </message>
    <message>
        <source>Approve this version of the scope with your password</source>
        <translation>Approuver cette version du périmètre avec votre mot de passe</translation>
    </message>
    <message>
        <source>Scope v{v} of {id} recorded: its owners sign it next ({owners}).</source>
        <translation>Périmètre v{v} de {id} enregistré : ses responsables métier doivent maintenant le signer ({owners}).</translation>
    </message>
    <message>
        <source>After your signature the scope is in force.</source>
        <translation>Après votre signature, le périmètre est en vigueur.</translation>
    </message>
    <message>
        <source>After your signature, still to sign: {owners}.</source>
        <translation>Après votre signature, encore à signer : {owners}.</translation>
    </message>
    <message>
        <source>Sign the scope of {name}</source>
        <translation>Signer le périmètre de {name}</translation>
    </message>
    <message>
        <source>Scope v{v} of {id} is in force.</source>
        <translation>Le périmètre v{v} de {id} est en vigueur.</translation>
    </message>
    <message>
        <source>Signed. Still to sign scope v{v} of {id}: {owners}.</source>
        <translation>Signé. Doivent encore signer le périmètre v{v} de {id} : {owners}.</translation>
    </message>
</context>
<context>
    <name>ScopeEditor</name>
    <message>
        <source>Change the scope of {id}</source>
        <translation>Modifier le périmètre de {id}</translation>
    </message>
    <message>
        <source>New use case</source>
        <translation>Nouveau cas d&apos;usage</translation>
    </message>
    <message>
        <source>e.g. back-office (lower-case letters, digits, dashes)</source>
        <translation>p. ex. back-office (minuscules, chiffres, tirets)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>e.g. Back-office advisor</source>
        <translation>p. ex. Conseil back-office</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>One task per line, e.g. answer client questions about accounts</source>
        <translation>Une tâche par ligne, p. ex. répondre aux questions des clients sur leurs comptes</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Locales</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Data classes</source>
        <translation>Catégories de données</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Responsables métier</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Why the scope changes: every owner signs it again</source>
        <translation>Pourquoi le périmètre change : chaque responsable métier le signe à nouveau</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>The scope is in force once every owner named has signed it. Items whose personal data falls outside the declared data classes are flagged for the owners.</source>
        <translation>Le périmètre est en vigueur dès que chaque responsable métier désigné l&apos;a signé. Les éléments dont les données personnelles sortent des catégories de données déclarées sont signalés aux responsables métier.</translation>
    </message>
    <message>
        <source>Record the new version</source>
        <translation>Enregistrer la nouvelle version</translation>
    </message>
    <message>
        <source>Create the use case</source>
        <translation>Créer le cas d&apos;usage</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Save the item</source>
        <translation>Enregistrer l&apos;élément</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Élément suivant</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Élément précédent</translation>
    </message>
    <message>
        <source>Finding is personal data (findings list)</source>
        <translation>La détection est une donnée personnelle (liste des détections)</translation>
    </message>
    <message>
        <source>Finding is a false alarm (findings list)</source>
        <translation>La détection est une fausse alerte (liste des détections)</translation>
    </message>
    <message>
        <source>Mark missed personal data in the selected text</source>
        <translation>Marquer des données personnelles manquées dans le texte sélectionné</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Partout</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>No project open</source>
        <translation>Aucun projet ouvert</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Not signed in — read only</source>
        <translation>Non connecté – lecture seule</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <source>Electronic signature</source>
        <translation>Signature électronique</translation>
    </message>
    <message>
        <source>Signing as {name} ({user})</source>
        <translation>Signature en tant que {name} ({user})</translation>
    </message>
    <message>
        <source>By signing you state:</source>
        <translation>En signant, vous déclarez :</translation>
    </message>
    <message>
        <source>The signature records your name, the date and time (UTC), the statement above and a hash of exactly these revisions. Editing an item later voids its sign-off.</source>
        <translation>La signature enregistre votre nom, la date et l&apos;heure (UTC), la déclaration ci-dessus et un hash de ces révisions exactes. Modifier un élément plus tard annule sa validation.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Re-enter your password to sign</source>
        <translation>Saisissez à nouveau votre mot de passe pour signer</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Signature…</translation>
    </message>
</context>
<context>
    <name>Signatures</name>
    <message>
        <source>#</source>
        <translation>n°</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>de-identified</source>
        <translation>dé-identifié</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>en revue</translation>
    </message>
    <message>
        <source>signed off</source>
        <translation>validé</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejeté</translation>
    </message>
    <message>
        <source>training pair</source>
        <translation>paire d&apos;entraînement</translation>
    </message>
    <message>
        <source>hold-out</source>
        <translation>évaluation</translation>
    </message>
    <message>
        <source>German (Switzerland)</source>
        <translation>allemand (Suisse)</translation>
    </message>
    <message>
        <source>Swiss German</source>
        <translation>suisse allemand</translation>
    </message>
    <message>
        <source>French (Switzerland)</source>
        <translation>français (Suisse)</translation>
    </message>
    <message>
        <source>Italian (Switzerland)</source>
        <translation>italien (Suisse)</translation>
    </message>
    <message>
        <source>Romansh</source>
        <translation>romanche</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
</context>
<context>
    <name>TaskIndicator</name>
    <message>
        <source> (+{n} more)</source>
        <translation> (+{n} autres)</translation>
    </message>
    <message>
        <source>Stop the running step</source>
        <translation>Arrêter l&apos;étape en cours</translation>
    </message>
    <message>
        <source>This step cannot be stopped once started: it is a single transaction that either completes or changes nothing</source>
        <translation>Cette étape ne peut pas être arrêtée une fois lancée : c&apos;est une transaction unique qui aboutit entièrement ou ne change rien</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>the step was cancelled; nothing was changed</source>
        <translation>l&apos;étape a été annulée ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>Unexpected error: {error}. The details are in {path}.</source>
        <translation>Erreur inattendue : {error}. Les détails se trouvent dans {path}.</translation>
    </message>
    <message>
        <source>{label}: cancelled</source>
        <extracomment>Called with the message of a failed task that has no on_error of its own. Called with news that is not an error (a step the user cancelled).</extracomment>
        <translation>{label} : annulé</translation>
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
        <translation>QLoRA · 70B · un nœud CUDA</translation>
    </message>
    <message>
        <source>Full fine-tune · 8B · CUDA</source>
        <translation>Fine-tuning complet · 8B · CUDA</translation>
    </message>
    <message>
        <source>Full fine-tune · 70B · FSDP cluster</source>
        <translation>Fine-tuning complet · 70B · cluster FSDP</translation>
    </message>
    <message>
        <source>LoRA · 70B · several GPUs</source>
        <translation>LoRA · 70B · plusieurs GPU</translation>
    </message>
    <message>
        <source>QLoRA · 8B · one GPU</source>
        <translation>QLoRA · 8B · un GPU</translation>
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
        <translation>LoRA · modèle de test · CPU</translation>
    </message>
    <message>
        <source>QLoRA · test model · CPU (bitsandbytes)</source>
        <translation>QLoRA · modèle de test · CPU (bitsandbytes)</translation>
    </message>
    <message>
        <source>Full fine-tune · test model · CPU</source>
        <translation>Fine-tuning complet · modèle de test · CPU</translation>
    </message>
    <message>
        <source>LoRA · test model · mlx</source>
        <translation>LoRA · modèle de test · mlx</translation>
    </message>
    <message>
        <source>Steps</source>
        <extracomment>Number fields of the form: (spec field, label, integer?).</extracomment>
        <translation>Pas</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Taille de lot</translation>
    </message>
    <message>
        <source>Gradient accumulation</source>
        <translation>Accumulation de gradient</translation>
    </message>
    <message>
        <source>LoRA rank</source>
        <translation>Rang LoRA</translation>
    </message>
    <message>
        <source>LoRA alpha</source>
        <translation>Alpha LoRA</translation>
    </message>
    <message>
        <source>Max sequence length</source>
        <translation>Longueur de séquence max.</translation>
    </message>
    <message>
        <source>Checkpoint every (steps)</source>
        <translation>Checkpoint tous les (pas)</translation>
    </message>
    <message>
        <source>Validation loss every (steps)</source>
        <translation>Perte de validation toutes les (étapes)</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>This machine</source>
        <extracomment>Where the run&apos;s workers start: here, or from job files written for several GPUs / Slurm.</extracomment>
        <translation>Cette machine</translation>
    </message>
    <message>
        <source>Several GPUs (accelerate, FSDP for full)</source>
        <translation>Plusieurs GPU (accelerate, FSDP pour le complet)</translation>
    </message>
    <message>
        <source>Several GPUs (torchrun)</source>
        <translation>Plusieurs GPU (torchrun)</translation>
    </message>
    <message>
        <source>Slurm cluster (batch script)</source>
        <translation>Cluster Slurm (script batch)</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Cas d&apos;usage</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Préréglage</translation>
    </message>
    <message>
        <source>Show presets for other machines</source>
        <translation>Afficher les préréglages d&apos;autres machines</translation>
    </message>
    <message>
        <source>For a run whose job files you start on a GPU machine or cluster</source>
        <translation>Pour un entraînement dont vous lancez les fichiers de tâche sur une machine GPU ou un cluster</translation>
    </message>
    <message>
        <source>Folder of a Hugging Face checkpoint, e.g. Apertus-8B-Instruct-2509</source>
        <translation>Dossier d&apos;un checkpoint Hugging Face, p. ex. Apertus-8B-Instruct-2509</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>Modèle de base</translation>
    </message>
    <message>
        <source>optional, e.g. treuhand-fr v2</source>
        <translation>facultatif, p. ex. treuhand-fr v2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Optimizer steps; when set it wins over epochs</source>
        <translation>Étapes d&apos;optimisation ; si renseigné, prime sur les époques</translation>
    </message>
    <message>
        <source>Loss on a part of the training snapshot held back from training (never the hold-out); 0: off</source>
        <translation>Perte sur une partie de l&apos;instantané d&apos;entraînement tenue à l&apos;écart de l&apos;entraînement (jamais le jeu d&apos;évaluation) ; 0 : désactivé</translation>
    </message>
    <message>
        <source>Evaluate each checkpoint</source>
        <translation>Évaluer chaque checkpoint</translation>
    </message>
    <message>
        <source>Score every checkpoint on the frozen hold-out, per locale, against the base model, in a separate process</source>
        <translation>Évaluer chaque checkpoint sur le jeu d&apos;évaluation gelé, par langue, par rapport au modèle de base, dans un processus séparé</translation>
    </message>
    <message>
        <source>Anything but this machine registers the run and writes the job files; you start the workers with the command shown</source>
        <translation>Tout sauf « Cette machine » enregistre l&apos;entraînement et écrit les fichiers de tâche ; vous lancez les workers avec la commande affichée</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <source>GPUs per node</source>
        <translation>GPU par nœud</translation>
    </message>
    <message>
        <source>CPU only</source>
        <translation>CPU seulement</translation>
    </message>
    <message>
        <source>The job asks for no GPUs: each process trains on CPU cores (a test of the job on a CPU cluster); GPUs per node is then the number of processes per node</source>
        <translation>La tâche ne demande aucun GPU : chaque processus s&apos;entraîne sur des cœurs CPU (un test de la tâche sur un cluster CPU) ; « GPU par nœud » est alors le nombre de processus par nœud</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>The Slurm partition (queue) of the job; empty: the cluster&apos;s default</source>
        <translation>La partition Slurm (file d&apos;attente) de la tâche ; vide : celle du cluster par défaut</translation>
    </message>
    <message>
        <source>The job&apos;s time limit (HH:MM:SS or D-HH:MM:SS). Two minutes before it, the job saves a checkpoint and queues itself again</source>
        <translation>La limite de temps de la tâche (HH:MM:SS ou J-HH:MM:SS). Deux minutes avant, la tâche enregistre un checkpoint et se remet en file d&apos;attente</translation>
    </message>
    <message>
        <source>CPU cores Slurm gives each task (data loading, tokenization)</source>
        <translation>Cœurs CPU que Slurm donne à chaque tâche (chargement des données, tokenisation)</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Limite de temps</translation>
    </message>
    <message>
        <source>CPUs per task</source>
        <translation>CPU par tâche</translation>
    </message>
    <message>
        <source>Submit the job to Slurm now (sbatch)</source>
        <translation>Soumettre la tâche à Slurm maintenant (sbatch)</translation>
    </message>
    <message>
        <source>only if pairs overlap the hold-out: why</source>
        <translation>seulement en cas de recoupement avec le jeu d&apos;évaluation : pourquoi</translation>
    </message>
    <message>
        <source>Recorded in the audit trail with the overlapping items</source>
        <translation>Consigné dans la piste d&apos;audit avec les éléments qui se recoupent</translation>
    </message>
    <message>
        <source>Contamination override</source>
        <translation>Dérogation en cas de contamination</translation>
    </message>
    <message>
        <source>The run is registered and its job script written; with this ticked the window also submits it, and the run shows its Slurm job and state</source>
        <translation>L&apos;exécution est enregistrée et son script de tâche écrit ; si cette case est cochée, la fenêtre le soumet aussi, et l&apos;exécution affiche sa tâche Slurm et son état</translation>
    </message>
    <message>
        <source>sbatch is not on this machine: the job script is written and the window shows the command that submits it on the cluster&apos;s login node</source>
        <translation>sbatch n&apos;est pas sur cette machine : le script de tâche est écrit et la fenêtre affiche la commande qui le soumet sur le nœud de connexion du cluster</translation>
    </message>
    <message>
        <source>from epochs</source>
        <translation>selon les époques</translation>
    </message>
    <message>
        <source>Choose the base model folder</source>
        <translation>Choisir le dossier du modèle de base</translation>
    </message>
    <message>
        <source>choose the base model folder first</source>
        <translation>choisissez d&apos;abord le dossier du modèle de base</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number ({field})</source>
        <translation>« {value} » n&apos;est pas un nombre ({field})</translation>
    </message>
</context>
<context>
    <name>TrainingView</name>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Detecting hardware…</source>
        <translation>Détection du matériel…</translation>
    </message>
    <message>
        <source>Fine-tune on the signed-off training snapshot, checked against the frozen hold-out. Each run is its own process: close the window and it goes on.</source>
        <translation>Affinez sur l&apos;instantané d&apos;entraînement validé, contrôlé par rapport au jeu d&apos;évaluation gelé. Chaque entraînement est un processus distinct : il continue même si vous fermez la fenêtre.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Run the pre-launch checks without starting anything</source>
        <translation>Exécuter les vérifications préalables sans rien lancer</translation>
    </message>
    <message>
        <source>Launching…</source>
        <translation>Lancement…</translation>
    </message>
    <message>
        <source>Check, register and start the run in its own process</source>
        <translation>Vérifier, enregistrer et lancer l&apos;entraînement dans son propre processus</translation>
    </message>
    <message>
        <source>No running run is selected.</source>
        <translation>Aucun entraînement en cours n&apos;est sélectionné.</translation>
    </message>
    <message>
        <source>The run stops at its next step; its checkpoints stay</source>
        <translation>L&apos;entraînement s&apos;arrête à sa prochaine étape ; ses checkpoints sont conservés</translation>
    </message>
    <message>
        <source>Only an interrupted, failed or cancelled run can be resumed.</source>
        <translation>Seul un entraînement interrompu, échoué ou annulé peut être repris.</translation>
    </message>
    <message>
        <source>Continue from the last checkpoint</source>
        <translation>Continuer à partir du dernier checkpoint</translation>
    </message>
    <message>
        <source>Select a run first.</source>
        <translation>Sélectionnez d&apos;abord un entraînement.</translation>
    </message>
    <message>
        <source>Per-locale results of this run against the base</source>
        <translation>Résultats par langue de cet entraînement par rapport à la base</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Edit item {id}</source>
        <translation>Modifier l&apos;élément {id}</translation>
    </message>
</context>
<context>
    <name>UseCasePicker</name>
    <message>
        <source>Use case</source>
        <extracomment>after each refresh: whether the project has use cases (pages show their use-case columns)</extracomment>
        <translation>Cas d&apos;usage</translation>
    </message>
    <message>
        <source>The use case whose items, snapshots and runs the pages show</source>
        <translation>Le cas d&apos;usage dont les pages affichent les éléments, instantanés et entraînements</translation>
    </message>
    <message>
        <source>All use cases</source>
        <translation>Tous les cas d&apos;usage</translation>
    </message>
    <message>
        <source>{name} (scope not signed)</source>
        <translation>{name} (périmètre non signé)</translation>
    </message>
    <message>
        <source>No use case</source>
        <translation>Aucun cas d&apos;usage</translation>
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
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Apertus Workbench</source>
        <translation>Bienvenue dans Apertus Workbench</translation>
    </message>
    <message>
        <source>Curate and sign off training data and hold-out sets in six Swiss locales, fine-tune Apertus on your own hardware, and keep the record a regulator asks for.</source>
        <translation>Curatez et validez données d&apos;entraînement et jeux d&apos;évaluation dans six variantes linguistiques suisses, affinez Apertus sur votre propre matériel et tenez le registre qu&apos;exige une autorité de surveillance.</translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation>Ouvrir un projet…</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>Nouveau projet…</translation>
    </message>
    <message>
        <source>Try the demo project</source>
        <translation>Essayer le projet de démonstration</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Projets récents</translation>
    </message>
    <message>
        <source>Double-click a recent project to open it.</source>
        <translation>Double-cliquez sur un projet récent pour l&apos;ouvrir.</translation>
    </message>
</context>
</TS>
