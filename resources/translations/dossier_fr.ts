<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Dossier</name>
    <message>
        <source>Evidence dossier</source>
        <translation>Dossier de preuves</translation>
    </message>
    <message>
        <source>Evidence dossier (redacted copy)</source>
        <translation>Dossier de preuves (copie expurgée)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Préparé par</translation>
    </message>
    <message>
        <source>Exported on</source>
        <translation>Exporté le</translation>
    </message>
    <message>
        <source>Number of items</source>
        <translation>Nombre de pièces</translation>
    </message>
    <message>
        <source>Audit chain head before this export</source>
        <translation>Dernier maillon de la chaîne d’audit avant cet export</translation>
    </message>
    <message>
        <source>The export adds one entry to the chain that names this PDF by its SHA-256; the head after it, to write down, is in VERIFY.txt.</source>
        <translation>L’export ajoute à la chaîne un maillon qui désigne ce PDF par son SHA-256&#xa0;; le dernier maillon qui en résulte, à noter, figure dans VERIFY.txt.</translation>
    </message>
    <message>
        <source>Made with</source>
        <translation>Réalisé avec</translation>
    </message>
    <message>
        <source>This dossier was exported from an encrypted evidence vault. Every original file is in the folder originals/ of this bundle, byte for byte as it was recorded. Its SHA-256 fingerprint is printed on its page and in the file SHA256SUMS. The audit chain head above fixes the state of the vault at the moment of export. VERIFY.txt explains how to check that nothing was changed.</source>
        <translation>Ce dossier a été exporté d’un coffre de preuves chiffré. Chaque fichier original se trouve dans le dossier originals/ de cet ensemble, octet pour octet tel qu’il a été enregistré. Son empreinte SHA-256 figure sur sa page et dans le fichier SHA256SUMS. Le dernier maillon de la chaîne d’audit ci-dessus fixe l’état du coffre au moment de l’export. VERIFY.txt explique comment vérifier que rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This is a redacted copy: parts of some images are hidden and the original files are not included. The person concerned can provide the complete dossier to the police.</source>
        <translation>Ceci est une copie expurgée : des parties de certaines images sont masquées et les fichiers originaux ne sont pas joints. La personne concernée peut remettre le dossier complet à la police.</translation>
    </message>
    <message>
        <source>The pictures in this case show someone under 18. On purpose, this dossier holds no pictures of them: the addresses, the accounts and what happened were written down instead.</source>
        <translation>Les images de cette affaire montrent une personne de moins de 18 ans. Volontairement, ce dossier ne contient aucune image d’elle : les adresses, les comptes et ce qui s’est passé ont été notés à la place.</translation>
    </message>
    <message>
        <source>The pictures in this case show someone under 18. Where it could, the person kept only words of them; the pictures in this dossier were kept all the same.</source>
        <translation>Les images de cette affaire montrent une personne de moins de 18 ans. Dans la mesure du possible, seuls des mots en ont été gardés ; les images de ce dossier ont tout de même été gardées.</translation>
    </message>
    <message>
        <source>INCOMPLETE: the vault this dossier was exported from is damaged, and not everything could be read from it. The page “Missing from this dossier” lists what is not in it, and why.</source>
        <translation>INCOMPLET : le coffre dont ce dossier a été exporté est abîmé, et tout n’a pas pu y être lu. La page « Manque dans ce dossier » indique ce qui n’y figure pas, et pourquoi.</translation>
    </message>
    <message>
        <source>(of the last audit entry that could be read: see “Missing from this dossier”)</source>
        <translation>(de la dernière entrée d’audit qui a pu être lue : voir « Manque dans ce dossier »)</translation>
    </message>
    <message>
        <source>Missing from this dossier</source>
        <translation>Manque dans ce dossier</translation>
    </message>
    <message>
        <source>The vault&apos;s database is damaged. What is listed here is recorded in the vault, but could not be read from it whole, so it is not in this dossier. Everything else in this dossier was read whole and matches its SHA-256 fingerprint.</source>
        <translation>La base de données du coffre est abîmée. Ce qui est indiqué ici est enregistré dans le coffre, mais n’a pas pu y être lu en entier ; c’est pourquoi cela ne figure pas dans ce dossier. Tout le reste de ce dossier a été lu en entier et correspond à son empreinte SHA-256.</translation>
    </message>
    <message>
        <source>Recorded as</source>
        <translation>Enregistré comme</translation>
    </message>
    <message>
        <source>Why it is missing</source>
        <translation>Pourquoi cela manque</translation>
    </message>
    <message>
        <source>item {id} in the vault</source>
        <translation>pièce {id} du coffre</translation>
    </message>
    <message>
        <source>a file kept with item {number} of this dossier</source>
        <translation>un fichier conservé avec la pièce {number} de ce dossier</translation>
    </message>
    <message>
        <source>its record is on a damaged part of the vault</source>
        <translation>ses données se trouvent sur une partie abîmée du coffre</translation>
    </message>
    <message>
        <source>its stored file is on a damaged part of the vault</source>
        <translation>son fichier conservé se trouve sur une partie abîmée du coffre</translation>
    </message>
    <message>
        <source>its stored file no longer matches its SHA-256 fingerprint</source>
        <translation>son fichier conservé ne correspond plus à son empreinte SHA-256</translation>
    </message>
    <message>
        <source>Audit entries {first} to {last} could not be read: the audit chain in this dossier cannot be followed through them.</source>
        <translation>Les entrées d’audit {first} à {last} n’ont pas pu être lues : la chaîne d’audit de ce dossier ne peut pas être suivie à travers elles.</translation>
    </message>
    <message>
        <source>Audit entries from number {first} on could not be read: the audit chain head on the cover is that of the last entry that could be read, not the vault&apos;s own.</source>
        <translation>Les entrées d’audit à partir du numéro {first} n’ont pas pu être lues : le dernier maillon indiqué sur la couverture est celui de la dernière entrée lue, pas celui du coffre.</translation>
    </message>
    <message>
        <source>Summary of the facts</source>
        <translation>Résumé des faits</translation>
    </message>
    <message>
        <source>In the words of the person concerned.</source>
        <translation>Selon les propres mots de la personne concernée.</translation>
    </message>
    <message>
        <source>No summary was written.</source>
        <translation>Aucun résumé n’a été rédigé.</translation>
    </message>
    <message>
        <source>Persons involved</source>
        <translation>Personnes impliquées</translation>
    </message>
    <message>
        <source>Whoever posted or sent the material, as recorded with the items.</source>
        <translation>Les personnes qui ont publié ou envoyé le contenu, telles que notées avec les pièces.</translation>
    </message>
    <message>
        <source>No person was named with the items.</source>
        <translation>Aucune personne n’est mentionnée dans les pièces.</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <source>Name and usernames</source>
        <translation>Nom et pseudonymes</translation>
    </message>
    <message>
        <source>E-mail, phone and notes</source>
        <translation>E-mail, téléphone et notes</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Chronological list of items</source>
        <translation>Liste chronologique des pièces</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Heure locale</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Adresse web</translation>
    </message>
    <message>
        <source>Posted by</source>
        <translation>Publié par</translation>
    </message>
    <message>
        <source>SHA-256 (start)</source>
        <translation>SHA-256 (début)</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Quand cela s’est passé</translation>
    </message>
    <message>
        <source>Ordered by when it happened where that is known, else by when it was captured. Rows numbered J1, J2, … are entries of the journal.</source>
        <translation>Classé selon le moment des faits lorsqu’il est connu, sinon selon le moment de la capture. Les lignes numérotées J1, J2, … sont des entrées du journal.</translation>
    </message>
    <message>
        <source>journal</source>
        <translation>journal</translation>
    </message>
    <message>
        <source>about {when}</source>
        <translation>vers le {when}</translation>
    </message>
    <message>
        <source>Journal: what happened without a file</source>
        <translation>Journal : ce qui s’est passé sans fichier</translation>
    </message>
    <message>
        <source>Events the person wrote down that left no file, such as a threat by phone, a message that was deleted, or telling someone. Each entry is in the audit chain with the time it was written down.</source>
        <translation>Événements notés par la personne concernée et dont il n’existe aucun fichier, comme une menace par téléphone, un message supprimé ou une confidence à quelqu’un. Chaque entrée figure dans la chaîne d’audit avec le moment où elle a été notée.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>Who was involved</source>
        <translation>Personnes impliquées</translation>
    </message>
    <message>
        <source>Written down (UTC)</source>
        <translation>Noté le (UTC)</translation>
    </message>
    <message>
        <source>Item {number} of {total}</source>
        <translation>Pièce {number} sur {total}</translation>
    </message>
    <message>
        <source>Address after redirects</source>
        <translation>Adresse après redirections</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Titre de la page</translation>
    </message>
    <message>
        <source>Captured at (local time)</source>
        <translation>Enregistré le (heure locale)</translation>
    </message>
    <message>
        <source>Captured at (UTC)</source>
        <translation>Enregistré le (UTC)</translation>
    </message>
    <message>
        <source>Posted or seen</source>
        <translation>Publié ou vu le</translation>
    </message>
    <message>
        <source>Kind of capture</source>
        <translation>Type de capture</translation>
    </message>
    <message>
        <source>Original file name</source>
        <translation>Nom du fichier d’origine</translation>
    </message>
    <message>
        <source>File in this bundle</source>
        <translation>Fichier dans cet ensemble</translation>
    </message>
    <message>
        <source>File type and size</source>
        <translation>Type et taille du fichier</translation>
    </message>
    <message>
        <source>{width} × {height} pixels</source>
        <translation>{width} × {height} pixels</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation>{count} octets</translation>
    </message>
    <message>
        <source>File last modified (UTC)</source>
        <translation>Dernière modification du fichier (UTC)</translation>
    </message>
    <message>
        <source>Date written in the image</source>
        <translation>Date inscrite dans l’image</translation>
    </message>
    <message>
        <source>the owner of the vault</source>
        <translation>le ou la titulaire du coffre</translation>
    </message>
    <message>
        <source>{when} (the camera’s clock; its time zone is not recorded)</source>
        <translation>{when} (horloge de l’appareil ; le fuseau horaire n’est pas enregistré)</translation>
    </message>
    <message>
        <source>What it shows</source>
        <translation>Ce que cela montre</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>This item is not an image, so it is not shown here. The original file is in the bundle with the fingerprint below.</source>
        <translation>Cette pièce n’est pas une image ; elle n’est donc pas affichée ici. Le fichier original se trouve dans l’ensemble, avec l’empreinte ci-dessous.</translation>
    </message>
    <message>
        <source>For this item no file or picture was kept, on purpose: only what is written on this page (for instance because keeping the picture of a minor is itself against the law).</source>
        <translation>Pour cette pièce, aucun fichier ni aucune image n’a été conservé, volontairement : seulement ce qui figure sur cette page (par exemple parce que conserver l’image d’un mineur est en soi punissable).</translation>
    </message>
    <message>
        <source>This image cannot be shown in the PDF (too large or damaged). The original file is in the bundle with the fingerprint below.</source>
        <translation>Cette image ne peut pas être affichée dans le PDF (trop grande ou endommagée). Le fichier original se trouve dans l’ensemble, avec l’empreinte ci-dessous.</translation>
    </message>
    <message>
        <source>The image shown is the original, pixel for pixel (no compression loss).</source>
        <translation>L’image affichée est l’original, pixel pour pixel (sans perte de compression).</translation>
    </message>
    <message>
        <source>REDACTED: parts of this image are hidden. The original is not included in this copy.</source>
        <translation>EXPURGÉ : des parties de cette image sont masquées. L’original n’est pas joint à cette copie.</translation>
    </message>
    <message>
        <source>REDACTED: this image is withheld from this copy, because no part of it was marked to be shown. The original is not included.</source>
        <translation>EXPURGÉ : cette image n’est pas reprise dans cette copie, car aucune partie n’a été désignée pour être montrée. L’original n’est pas joint.</translation>
    </message>
    <message>
        <source>Page {page} / {total}</source>
        <translation>Page {page} / {total}</translation>
    </message>
    <message>
        <source>Item {number} of {total} (continued)</source>
        <translation>Pièce {number} sur {total} (suite)</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>Statut HTTP</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>the same (no redirect)</source>
        <translation>la même (pas de redirection)</translation>
    </message>
    <message>
        <source>Files kept with this item</source>
        <translation>Fichiers conservés avec cette pièce</translation>
    </message>
    <message>
        <source>Recorded at the same moment as the original. Each file is in the folder originals/ of this bundle, byte for byte as it was recorded, with the SHA-256 fingerprint shown here.</source>
        <translation>Enregistrés au même moment que l’original. Chaque fichier se trouve dans le dossier originals/ de cet ensemble, octet pour octet tel qu’il a été enregistré, avec l’empreinte SHA-256 indiquée ici.</translation>
    </message>
    <message>
        <source>Recorded at the same moment as the original. These files are not included in this copy; their fingerprints identify them in the complete dossier.</source>
        <translation>Enregistrés au même moment que l’original. Ces fichiers ne sont pas joints à cette copie ; leurs empreintes permettent de les retrouver dans le dossier complet.</translation>
    </message>
    <message>
        <source>Visible part of the page, as it was on screen</source>
        <translation>Partie visible de la page, telle qu’elle était à l’écran</translation>
    </message>
    <message>
        <source>Page archive (MHTML: the page&apos;s HTML with its images and styles)</source>
        <translation>Archive de la page (MHTML : le HTML de la page avec ses images et ses styles)</translation>
    </message>
    <message>
        <source>Stamped copy: the whole page with its address and the time drawn above it</source>
        <translation>Copie tamponnée : la page entière avec son adresse et l’heure inscrites au-dessus</translation>
    </message>
    <message>
        <source>This copy was made by Bewijskluis for easier reading; it is not evidence as found. The evidence is the unstamped original of this item.</source>
        <translation>Cette copie a été faite par Bewijskluis pour faciliter la lecture ; ce n’est pas la preuve telle qu’elle a été trouvée. La preuve est l’original non tamponné de cette pièce.</translation>
    </message>
    <message>
        <source>Checked again later</source>
        <translation>Vérifié à nouveau plus tard</translation>
    </message>
    <message>
        <source>Whether the page was still online when Bewijskluis loaded its address again, for following up requests to take it down.</source>
        <translation>Si la page était toujours en ligne quand Bewijskluis a chargé à nouveau son adresse, pour suivre les demandes de retrait.</translation>
    </message>
    <message>
        <source>Checked at (local time)</source>
        <translation>Vérifié le (heure locale)</translation>
    </message>
    <message>
        <source>Checked at (UTC)</source>
        <translation>Vérifié le (UTC)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Address reached: {url}</source>
        <translation>Adresse atteinte : {url}</translation>
    </message>
    <message>
        <source>still online</source>
        <translation>toujours en ligne</translation>
    </message>
    <message>
        <source>online, changed</source>
        <translation>en ligne, modifiée</translation>
    </message>
    <message>
        <source>another website or host</source>
        <translation>un autre site web ou hébergeur</translation>
    </message>
    <message>
        <source>a search engine</source>
        <translation>un moteur de recherche</translation>
    </message>
    <message>
        <source>an adult site</source>
        <translation>un site pour adultes</translation>
    </message>
    <message>
        <source>Reports and answers</source>
        <translation>Signalements et réponses</translation>
    </message>
    <message>
        <source>Each report to a platform or organisation, numbered R1, R2, … in the order it was sent, with the answers that came back and each later look at whether the content was still online. The full text sent with each report is in the appendix.</source>
        <translation>Chaque signalement à une plateforme ou à un organisme, numéroté R1, R2, … dans l’ordre d’envoi, avec les réponses reçues et chaque vérification ultérieure de la présence du contenu en ligne. Le texte complet de chaque signalement figure en annexe.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Signalement</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Report to {platform}</source>
        <translation>Signalement à {platform}</translation>
    </message>
    <message>
        <source>through {via}</source>
        <translation>par l’intermédiaire de {via}</translation>
    </message>
    <message>
        <source>Channel: {channel}</source>
        <translation>Canal : {channel}</translation>
    </message>
    <message>
        <source>Rows R1, R2, … are reports to platforms; R1.1 is an answer to R1, and R1-C1 a later look at whether it was still online.</source>
        <translation>Les lignes R1, R2, … sont des signalements aux plateformes ; R1.1 est une réponse à R1, et R1-C1 une vérification ultérieure de la présence du contenu en ligne.</translation>
    </message>
    <message>
        <source>Ticket number: {ticket}</source>
        <translation>Numéro de ticket : {ticket}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>État : {status}</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>pas encore envoyé</translation>
    </message>
    <message>
        <source>Receipt: item {number} of this dossier</source>
        <translation>Accusé de réception : pièce {number} de ce dossier</translation>
    </message>
    <message>
        <source>Receipt: item {id} in the vault</source>
        <translation>Accusé de réception : pièce {id} dans le coffre</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>New status: {status}</source>
        <translation>Nouvel état : {status}</translation>
    </message>
    <message>
        <source>Looked at again</source>
        <translation>Vérifié à nouveau</translation>
    </message>
    <message>
        <source>{url}: {result} (HTTP status: {http})</source>
        <translation>{url} : {result} (statut HTTP : {http})</translation>
    </message>
    <message>
        <source>Appendix: the texts sent with the reports</source>
        <translation>Annexe : les textes des signalements</translation>
    </message>
    <message>
        <source>R{number}: report to {platform}, sent {when}</source>
        <translation>R{number} : signalement à {platform}, envoyé le {when}</translation>
    </message>
    <message>
        <source>report</source>
        <translation>signalement</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>réponse</translation>
    </message>
    <message>
        <source>looked at again</source>
        <translation>vérifié à nouveau</translation>
    </message>
    <message>
        <source>{label}: {text}</source>
        <translation>{label} : {text}</translation>
    </message>
    <message>
        <source>Hand-overs of the evidence</source>
        <translation>Remises des preuves</translation>
    </message>
    <message>
        <source>Each time a copy of the evidence was given to someone, as the person concerned wrote it down. Each entry is in the audit chain.</source>
        <translation>Chaque fois qu’une copie des preuves a été remise à quelqu’un, telle que la personne concernée l’a notée. Chaque entrée figure dans la chaîne d’audit.</translation>
    </message>
    <message>
        <source>Given to</source>
        <translation>Remis à</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>What was given</source>
        <translation>Ce qui a été remis</translation>
    </message>
    <message>
        <source>draft, not sent</source>
        <translation>brouillon, non envoyé</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>received by the platform</source>
        <translation>reçu par la plateforme</translation>
    </message>
    <message>
        <source>more information asked</source>
        <translation>informations complémentaires demandées</translation>
    </message>
    <message>
        <source>content removed</source>
        <translation>contenu retiré</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>decision contested</source>
        <translation>décision contestée</translation>
    </message>
    <message>
        <source>passed on (helpline, regulator, police)</source>
        <translation>transmis (ligne d’aide, autorité de contrôle, police)</translation>
    </message>
    <message>
        <source>online again after removal</source>
        <translation>de nouveau en ligne après retrait</translation>
    </message>
    <message>
        <source>report button in the app or on the site</source>
        <translation>bouton de signalement dans l’application ou sur le site</translation>
    </message>
    <message>
        <source>web form</source>
        <translation>formulaire web</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>the platform’s data protection officer</source>
        <translation>le délégué à la protection des données de la plateforme</translation>
    </message>
    <message>
        <source>a helpline or trusted flagger</source>
        <translation>une ligne d’aide ou un signaleur de confiance</translation>
    </message>
    <message>
        <source>a fingerprint service (StopNCII, Take It Down)</source>
        <translation>un service d’empreintes (StopNCII, Take It Down)</translation>
    </message>
    <message>
        <source>a search engine’s removal form</source>
        <translation>le formulaire de suppression d’un moteur de recherche</translation>
    </message>
    <message>
        <source>the police</source>
        <translation>la police</translation>
    </message>
    <message>
        <source>not reachable</source>
        <translation>inaccessible</translation>
    </message>
    <message>
        <source>“online, changed”: the visible text of the page differs from the page archive kept at capture. “removed”: the site answered that the page is gone (HTTP 404, 410 or 451). “not reachable”: no server answered, or it answered with an error.</source>
        <translation>« en ligne, modifiée » : le texte visible de la page diffère de l’archive de la page conservée lors de la capture. « supprimée » : le site a répondu que la page n’existe plus (HTTP 404, 410 ou 451). « inaccessible » : aucun serveur n’a répondu, ou il a répondu par une erreur.</translation>
    </message>
    <message>
        <source>Checked {date}: {result}</source>
        <translation>Vérifiée le {date} : {result}</translation>
    </message>
    <message>
        <source>(shortened: {count} characters in all, the whole text is on the item&apos;s page)</source>
        <translation>(raccourci : {count} caractères en tout, le texte entier figure sur la page de la pièce)</translation>
    </message>
    <message>
        <source>file import</source>
        <translation>fichier importé</translation>
    </message>
    <message>
        <source>screenshot of the whole screen</source>
        <translation>capture de l’écran entier</translation>
    </message>
    <message>
        <source>screenshot of a region</source>
        <translation>capture d’une zone de l’écran</translation>
    </message>
    <message>
        <source>screenshot of a window</source>
        <translation>capture d’une fenêtre</translation>
    </message>
    <message>
        <source>pasted from the clipboard</source>
        <translation>collé depuis le presse-papiers</translation>
    </message>
    <message>
        <source>web page capture</source>
        <translation>capture d’une page web</translation>
    </message>
    <message>
        <source>written down, no file kept</source>
        <translation>noté, aucun fichier conservé</translation>
    </message>
    <message>
        <source>How to check this evidence dossier</source>
        <translation>Comment vérifier ce dossier de preuves</translation>
    </message>
    <message>
        <source>This bundle was exported by Bewijskluis {version} on {date}. It holds the dossier (dossier.pdf), the original files (originals/), a description of every item (manifest.json) and the SHA-256 fingerprint of every file (SHA256SUMS). If any byte of any file were changed, its fingerprint would no longer match.</source>
        <translation>Cet ensemble a été exporté par Bewijskluis {version} le {date}. Il contient le dossier (dossier.pdf), les fichiers originaux (originals/), une description de chaque pièce (manifest.json) et l’empreinte SHA-256 de chaque fichier (SHA256SUMS). Si un seul octet d’un fichier était modifié, son empreinte ne correspondrait plus.</translation>
    </message>
    <message>
        <source>1. With Bewijskluis installed, this checks every fingerprint, the manifest against the files and the audit entries against each other, and names every file that does not match:</source>
        <translation>1. Avec Bewijskluis installé, cette commande vérifie chaque empreinte, le manifeste par rapport aux fichiers et les entrées d’audit entre elles, et nomme chaque fichier qui ne correspond pas :</translation>
    </message>
    <message>
        <source>2. Without Bewijskluis, on Linux or macOS, open a terminal in this folder and run the command below. Every line must end in OK:</source>
        <translation>2. Sans Bewijskluis, sous Linux ou macOS : ouvrez un terminal dans ce dossier et lancez la commande ci-dessous. Chaque ligne doit se terminer par OK :</translation>
    </message>
    <message>
        <source>3. On Windows, open a command prompt in this folder and run, for each file, the command below. The fingerprint it prints must be the one listed for that file in SHA256SUMS:</source>
        <translation>3. Sous Windows : ouvrez une invite de commandes dans ce dossier et lancez, pour chaque fichier, la commande ci-dessous. L’empreinte affichée doit être celle indiquée pour ce fichier dans SHA256SUMS :</translation>
    </message>
    <message>
        <source>The audit chain head of this dossier is {head}. It is the export&apos;s own entry, which names the PDF by its SHA-256, the kind of copy (complete or redacted) and every item of the dossier. The owner of the vault can show that this value is part of the vault&apos;s own chain.</source>
        <translation>Le dernier maillon de la chaîne d’audit de ce dossier est {head}. C’est le maillon propre à l’export, qui désigne le PDF par son SHA-256, le type de copie (complète ou masquée) et chaque élément du dossier. Le propriétaire du coffre peut montrer que cette valeur fait partie de la chaîne du coffre.</translation>
    </message>
    <message>
        <source>What these checks prove: that no file of this dossier changed after it was made, that its records agree with the vault&apos;s audit chain, and that the PDF, the kind of copy and the list of items are the ones the export named. They cannot prove by themselves that the dossier came from this vault, because someone who rewrote the files could rewrite the fingerprints and the head too. So write down the audit chain head above when you receive the dossier (for instance in the report of the complaint): the owner of the vault can later show that the vault&apos;s own chain contains it.</source>
        <translation>Ce que ces contrôles prouvent : qu’aucun fichier de ce dossier n’a changé après sa création, que ses données concordent avec la chaîne d’audit du coffre, et que le PDF, le type de copie et la liste des éléments sont ceux que l’export a désignés. À eux seuls, ils ne prouvent pas que le dossier provient de ce coffre : celui qui réécrirait les fichiers pourrait aussi réécrire les empreintes et le dernier maillon. Notez donc le dernier maillon de la chaîne d’audit ci-dessus à la réception du dossier (par exemple dans le procès-verbal de la plainte) : le propriétaire du coffre pourra ensuite montrer que la chaîne du coffre le contient.</translation>
    </message>
    <message>
        <source>This is a redacted copy: parts of images are hidden and the original files are not included.</source>
        <translation>Ceci est une copie expurgée : des parties d’images sont masquées et les fichiers originaux ne sont pas joints.</translation>
    </message>
    <message>
        <source>This dossier is incomplete: the vault it came from is damaged. What is missing, and why, is listed in dossier.pdf and in manifest.json, and the check with Bewijskluis names it.</source>
        <translation>Ce dossier est incomplet : le coffre dont il provient est abîmé. Ce qui manque, et pourquoi, est indiqué dans dossier.pdf et dans manifest.json, et la vérification avec Bewijskluis le signale.</translation>
    </message>
    <message>
        <source>Request to remove intimate images shared without consent</source>
        <translation>Demande de retrait d’images intimes diffusées sans consentement</translation>
    </message>
    <message>
        <source>Dear {platform} team,</source>
        <translation>À l’équipe de {platform},</translation>
    </message>
    <message>
        <source>Hi {name},</source>
        <translation>Salut {name},</translation>
    </message>
    <message>
        <source>You shared intimate pictures of me without my consent. Sharing nude pictures or videos of someone without their consent is punishable by law.</source>
        <translation>Tu as partagé des photos intimes de moi sans mon consentement. Partager des photos ou des vidéos dénudées de quelqu’un sans son consentement est puni par la loi.</translation>
    </message>
    <message>
        <source>Stop now. Delete the pictures everywhere you put them or sent them, and don’t share them again.</source>
        <translation>Arrête maintenant. Supprime les photos partout où tu les as mises ou envoyées, et ne les partage plus.</translation>
    </message>
    <message>
        <source>I have kept evidence of what happened. If it doesn’t stop, I can file a complaint with the police.</source>
        <translation>J’ai gardé des preuves de ce qui s’est passé. Si ça ne s’arrête pas, je peux porter plainte à la police.</translation>
    </message>
    <message>
        <source>Hi,</source>
        <translation>Salut,</translation>
    </message>
    <message>
        <source>You may have received a picture or a video of me that was shared without my consent.</source>
        <translation>Tu as peut-être reçu une photo ou une vidéo de moi qui a été partagée sans mon consentement.</translation>
    </message>
    <message>
        <source>Please delete it, and don’t forward it or show it to anyone: passing it on is punishable too. Don’t make a screenshot of it either.</source>
        <translation>S’il te plaît, supprime-la, ne la transfère pas et ne la montre à personne : la faire circuler est aussi puni par la loi. N’en fais pas de capture d’écran non plus.</translation>
    </message>
    <message>
        <source>Thank you for helping me.</source>
        <translation>Merci de m’aider.</translation>
    </message>
    <message>
        <source>Pictures of {child} shared without consent</source>
        <translation>Images de {child} diffusées sans consentement</translation>
    </message>
    <message>
        <source>Dear Sir or Madam,</source>
        <translation>Madame, Monsieur,</translation>
    </message>
    <message>
        <source>I am writing to you about my child, {child}, a pupil at your school. Intimate pictures of {child} are being shared without consent, also among pupils.</source>
        <translation>Je vous écris au sujet de mon enfant, {child}, élève dans votre école. Des images intimes de {child} sont diffusées sans consentement, y compris entre élèves.</translation>
    </message>
    <message>
        <source>I ask the school:</source>
        <translation>Je demande à l’école :</translation>
    </message>
    <message>
        <source>to support {child}, and to make sure no one blames {child};</source>
        <translation>de soutenir {child} et de veiller à ce que personne ne rejette la faute sur {child} ;</translation>
    </message>
    <message>
        <source>to have the pictures deleted from pupils’ phones and app groups, without anyone copying or forwarding them;</source>
        <translation>de faire supprimer les images des téléphones des élèves et des groupes de discussion, sans que personne ne les copie ni ne les transfère ;</translation>
    </message>
    <message>
        <source>to speak to the pupils who shared them;</source>
        <translation>de parler avec les élèves qui les ont diffusées ;</translation>
    </message>
    <message>
        <source>to inform other parents only where needed, without naming {child}.</source>
        <translation>de n’informer les autres parents que si c’est nécessaire, sans nommer {child}.</translation>
    </message>
    <message>
        <source>I would like to talk about this with you soon. You can reach me at {contact}.</source>
        <translation>Je souhaiterais en parler avec vous prochainement. Vous pouvez me contacter : {contact}.</translation>
    </message>
    <message>
        <source>[name]</source>
        <translation>[nom]</translation>
    </message>
    <message>
        <source>[your child’s name]</source>
        <translation>[prénom de votre enfant]</translation>
    </message>
    <message>
        <source>[your phone number or e-mail address]</source>
        <translation>[votre numéro de téléphone ou adresse e-mail]</translation>
    </message>
    <message>
        <source>[your full name]</source>
        <translation>[votre nom complet]</translation>
    </message>
    <message>
        <source>I report the following content on {platform}. It shows intimate images of a person who did not consent to their being shared:</source>
        <translation>Je signale le contenu suivant sur {platform}. Il montre des images intimes d’une personne qui n’a pas consenti à leur diffusion :</translation>
    </message>
    <message>
        <source>I report the following content. It shows intimate images of a person who did not consent to their being shared:</source>
        <translation>Je signale le contenu suivant. Il montre des images intimes d’une personne qui n’a pas consenti à leur diffusion :</translation>
    </message>
    <message>
        <source>(the exact address is still to be added here)</source>
        <translation>(l’adresse exacte reste à indiquer ici)</translation>
    </message>
    <message>
        <source>I ask you to remove this content without delay, to make sure it cannot be shared or uploaded again, and to tell me what you decided.</source>
        <translation>Je vous demande de retirer ce contenu sans délai, de veiller à ce qu’il ne puisse plus être partagé ni mis en ligne à nouveau, et de me faire part de votre décision.</translation>
    </message>
    <message>
        <source>This is a notice under article 16 of the Digital Services Act (Regulation (EU) 2022/2065).</source>
        <translation>Ceci est une notification au titre de l’article 16 du règlement sur les services numériques (Digital Services Act, règlement (UE) 2022/2065).</translation>
    </message>
    <message>
        <source>Reasons: sharing intimate images of someone without their consent is a criminal offence. The person shown never agreed to this content being made public.</source>
        <translation>Motifs : diffuser des images intimes de quelqu’un sans son consentement est une infraction pénale. La personne représentée n’a jamais accepté que ce contenu soit rendu public.</translation>
    </message>
    <message>
        <source>The content shows a minor. Please treat it with priority. Under article 16(2)(c) of the Digital Services Act, I do not give my name and e-mail address.</source>
        <translation>Le contenu montre une personne mineure. Merci de traiter ce signalement en priorité. En vertu de l’article 16(2)(c) du règlement sur les services numériques, je n’indique ni mon nom ni mon adresse e-mail.</translation>
    </message>
    <message>
        <source>I reported this before under ticket number {ticket}, without a result.</source>
        <translation>J’ai déjà signalé ce contenu sous le numéro de ticket {ticket}, sans résultat.</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation>Nom : {name}</translation>
    </message>
    <message>
        <source>E-mail: {email}</source>
        <translation>E-mail : {email}</translation>
    </message>
    <message>
        <source>[your name]</source>
        <translation>[votre nom]</translation>
    </message>
    <message>
        <source>[your e-mail address]</source>
        <translation>[votre adresse e-mail]</translation>
    </message>
    <message>
        <source>I declare in good faith that the information and the statements in this notice are accurate and complete.</source>
        <translation>Je déclare de bonne foi que les informations et les affirmations contenues dans cette notification sont exactes et complètes.</translation>
    </message>
    <message>
        <source>Kind regards,</source>
        <translation>Veuillez agréer mes salutations distinguées,</translation>
    </message>
</context>
</TS>
