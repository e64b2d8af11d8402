<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Current passphrase:</source>
        <translation>Phrase secrète actuelle :</translation>
    </message>
    <message>
        <source>Choose a new passphrase. Your recovery key stays the same and keeps working.</source>
        <translation>Choisis une nouvelle phrase secrète. Ta clé de secours reste la même et fonctionne toujours.</translation>
    </message>
    <message>
        <source>You opened the vault with your recovery key. Choose a new passphrase to use from now on. Your recovery key stays the same.</source>
        <translation>Tu as ouvert le coffre avec ta clé de secours. Choisis une nouvelle phrase secrète pour la suite. Ta clé de secours reste la même.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Changing… this takes a second.</source>
        <translation>Changement en cours… ça prend une seconde.</translation>
    </message>
    <message>
        <source>Please type your current passphrase.</source>
        <translation>Tape ta phrase secrète actuelle.</translation>
    </message>
    <message>
        <source>Your current passphrase is not right. Try again.</source>
        <translation>Ta phrase secrète actuelle n’est pas correcte. Réessaie.</translation>
    </message>
</context>
<context>
    <name>CheckKeyPage</name>
    <message>
        <source>Check your recovery key</source>
        <translation>Vérifie ta clé de secours</translation>
    </message>
    <message>
        <source>Look at what you wrote down or printed, and type the two groups we ask for. This makes sure you can use it when you need it.</source>
        <translation>Regarde ce que tu as noté ou imprimé, et tape les deux groupes demandés. Comme ça, tu es sûr·e de pouvoir l’utiliser quand tu en auras besoin.</translation>
    </message>
    <message>
        <source>Group %1:</source>
        <translation>Groupe %1 :</translation>
    </message>
    <message>
        <source>Group %1 does not match.</source>
        <translation>Le groupe %1 ne correspond pas.</translation>
    </message>
    <message>
        <source>Groups %1 and %2 do not match.</source>
        <translation>Les groupes %1 et %2 ne correspondent pas.</translation>
    </message>
    <message>
        <source>Look again at what you wrote down. If you did not keep the key, go back: it is still shown there.</source>
        <translation>Regarde encore ce que tu as noté. Si tu n’as pas gardé la clé, reviens en arrière : elle y est encore affichée.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Show the whole picture</source>
        <translation>Afficher toute l’image</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Dézoomer</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoomer</translation>
    </message>
    <message>
        <source>Show at real size</source>
        <translation>Afficher en taille réelle</translation>
    </message>
    <message>
        <source>Choose an item in the list to see it here.</source>
        <translation>Choisis un élément dans la liste pour le voir ici.</translation>
    </message>
    <message>
        <source>Opening the picture…</source>
        <translation>Ouverture de l’image…</translation>
    </message>
    <message>
        <source>Nothing to save: nothing was changed.</source>
        <translation>Rien à enregistrer : rien n’a changé.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>Enregistré à %1.</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>Pas enregistré. %1</translation>
    </message>
    <message>
        <source>Delete this item?</source>
        <translation>Supprimer cet élément ?</translation>
    </message>
    <message>
        <source>Delete this item from the vault? The file and its details will be gone. The vault&apos;s log keeps a note that an item was deleted, and when.</source>
        <translation>Supprimer cet élément du coffre ? Le fichier et ses détails disparaîtront. Le journal du coffre garde une note qu’un élément a été supprimé, et quand.</translation>
    </message>
    <message>
        <source>Not deleted. %1</source>
        <translation>Pas supprimé. %1</translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <source>Web address:</source>
        <translation>Adresse web :</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Plateforme :</translation>
    </message>
    <message>
        <source>Where it was seen:</source>
        <translation>Vu où :</translation>
    </message>
    <message>
        <source>Who posted it:</source>
        <translation>Qui l’a publié :</translation>
    </message>
    <message>
        <source>When posted or seen:</source>
        <translation>Publié ou vu quand :</translation>
    </message>
    <message>
        <source>What it shows:</source>
        <translation>Ce qu’on y voit :</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes :</translation>
    </message>
    <message>
        <source>Stored on:</source>
        <translation>Enregistré le :</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256):</source>
        <translation>Empreinte (SHA-256) :</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Taille :</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Nom du fichier :</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>For example: the class group chat</source>
        <translation>Par exemple : le groupe de discussion de la classe</translation>
    </message>
    <message>
        <source>Name, username, phone number…</source>
        <translation>Nom, pseudo, numéro de téléphone…</translation>
    </message>
    <message>
        <source>For example: Saturday evening, 12 May</source>
        <translation>Par exemple : samedi soir, 12 mai</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>%1 (%2, UTC%3)
%4 UTC</source>
        <translation>%1 (%2, UTC%3)
%4 UTC</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 octets)</translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
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
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
</context>
<context>
    <name>MainToolBar</name>
    <message>
        <source>Toolbar</source>
        <translation>Barre d’outils</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Store pictures or other files as evidence</source>
        <translation>Garder des images ou d’autres fichiers comme preuves</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>Verrouiller le coffre maintenant (Ctrl+L)</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Changer la phrase secrète…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Auto-lock</source>
        <translation>Verrouillage auto</translation>
    </message>
    <message>
        <source>Lock the vault by itself when nobody uses it for a while</source>
        <translation>Verrouiller le coffre tout seul quand personne ne l’utilise pendant un moment</translation>
    </message>
    <message numerus="yes">
        <source>After %n minute(s) without use</source>
        <translation>
            <numerusform>Après %n minute sans utilisation</numerusform>
            <numerusform>Après %n minutes sans utilisation</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Case:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>Nouveau dossier…</translation>
    </message>
    <message>
        <source>Search in this case…</source>
        <translation>Chercher dans ce dossier…</translation>
    </message>
    <message>
        <source>The vault is locked. Nothing is shown until you open it.</source>
        <translation>Le coffre est verrouillé. Rien n’est affiché tant que tu ne l’ouvres pas.</translation>
    </message>
    <message>
        <source>Open the vault…</source>
        <translation>Ouvrir le coffre…</translation>
    </message>
    <message>
        <source>The item was deleted.</source>
        <translation>L’élément a été supprimé.</translation>
    </message>
    <message>
        <source>Add files to the vault</source>
        <translation>Ajouter des fichiers au coffre</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.heic);;All files (*)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.heic);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Added to the vault.</source>
        <translation>Ajouté au coffre.</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Name of the new case:</source>
        <translation>Nom du nouveau dossier :</translation>
    </message>
    <message>
        <source>Your passphrase was changed.</source>
        <translation>Ta phrase secrète a été changée.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>There is no vault in this folder. Nothing was changed.</source>
        <translation>Il n’y a pas de coffre dans ce dossier. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The key file of your vault (vault.key) is missing, so your passphrase cannot open it. Your evidence is still there. Put back a copy of vault.key, or open the vault with your recovery key.</source>
        <translation>Le fichier de clé de ton coffre (vault.key) manque, donc ta phrase secrète ne peut pas l’ouvrir. Tes preuves sont toujours là. Remets une copie de vault.key, ou ouvre le coffre avec ta clé de secours.</translation>
    </message>
    <message>
        <source>The key file of your vault (vault.key) is damaged, so your passphrase cannot open it. Put back a copy of vault.key, or open the vault with your recovery key.</source>
        <translation>Le fichier de clé de ton coffre (vault.key) est abîmé, donc ta phrase secrète ne peut pas l’ouvrir. Remets une copie de vault.key, ou ouvre le coffre avec ta clé de secours.</translation>
    </message>
    <message>
        <source>Your key is right, but the vault file (vault.db) is damaged and cannot be opened. Do not delete anything. Ask someone you trust to help you put back a backup.</source>
        <translation>Ta clé est correcte, mais le fichier du coffre (vault.db) est abîmé et ne s’ouvre pas. Ne supprime rien. Demande à une personne de confiance de t’aider à remettre une sauvegarde.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Bewijskluis. Install the newest version to open it. Nothing was changed.</source>
        <translation>Ce coffre a été créé par une version plus récente de Bewijskluis. Installe la dernière version pour l’ouvrir. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The vault cannot be opened. Nothing was changed.</source>
        <translation>Le coffre ne s’ouvre pas. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>A recovery key has 64 characters: the digits 0 to 9 and the letters A to F. Check what you typed.</source>
        <translation>Une clé de secours a 64 caractères : les chiffres de 0 à 9 et les lettres de A à F. Vérifie ce que tu as tapé.</translation>
    </message>
    <message>
        <source>This recovery key does not open the vault. Check each group and try again.</source>
        <translation>Cette clé de secours n’ouvre pas le coffre. Vérifie chaque groupe et réessaie.</translation>
    </message>
    <message>
        <source>This passphrase does not open the vault. Check that Caps Lock is off and try again.</source>
        <translation>Cette phrase secrète n’ouvre pas le coffre. Vérifie que le verrouillage des majuscules est désactivé et réessaie.</translation>
    </message>
    <message>
        <source>The vault is locked. Open it again to go on.</source>
        <translation>Le coffre est verrouillé. Ouvre-le à nouveau pour continuer.</translation>
    </message>
    <message>
        <source>This web address does not look right. Copy it from the address bar of your browser (it starts with https://) and try again.</source>
        <translation>Cette adresse web ne semble pas correcte. Copie-la depuis la barre d’adresse de ton navigateur (elle commence par https://) et réessaie.</translation>
    </message>
    <message>
        <source>This could not be done: something in the input cannot be used.</source>
        <translation>Ça n’a pas marché : une partie de ce que tu as donné ne peut pas être utilisée.</translation>
    </message>
    <message>
        <source>A file could not be read or written. Nothing was lost from the vault.</source>
        <translation>Un fichier n’a pas pu être lu ou écrit. Rien n’a été perdu dans le coffre.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was lost from the vault.</source>
        <translation>Quelque chose s’est mal passé. Rien n’a été perdu dans le coffre.</translation>
    </message>
    <message numerus="yes">
        <source>Your passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>Ta phrase secrète doit avoir au moins %n caractère.</numerusform>
            <numerusform>Ta phrase secrète doit avoir au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>Very easy to guess</source>
        <translation>Très facile à deviner</translation>
    </message>
    <message>
        <source>Easy to guess</source>
        <translation>Facile à deviner</translation>
    </message>
    <message>
        <source>Could be better</source>
        <translation>Peut mieux faire</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bonne</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Solide</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>Capture d’écran</translation>
    </message>
    <message>
        <source>Part of the screen</source>
        <translation>Partie de l’écran</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Presse-papiers</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Page web</translation>
    </message>
    <message>
        <source>This picture cannot be shown: the file is damaged or incomplete. It is kept exactly as it came in.</source>
        <translation>Cette image ne peut pas être affichée : le fichier est abîmé ou incomplet. Il est gardé exactement tel qu’il est arrivé.</translation>
    </message>
    <message>
        <source>This picture is too large to show safely. It is kept exactly as it came in.</source>
        <translation>Cette image est trop grande pour être affichée sans risque. Elle est gardée exactement telle qu’elle est arrivée.</translation>
    </message>
    <message>
        <source>This file is not a picture, so it cannot be shown here. It is kept exactly as it came in.</source>
        <translation>Ce fichier n’est pas une image, il ne peut donc pas être affiché ici. Il est gardé exactement tel qu’il est arrivé.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>New passphrase:</source>
        <translation>Nouvelle phrase secrète :</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>Tape-la encore une fois :</translation>
    </message>
    <message numerus="yes">
        <source>Choose at least %n characters. A few words that only you would put together are easy to remember and hard to guess.</source>
        <translation>
            <numerusform>Choisis au moins %n caractère. Quelques mots que toi seul·e mettrais ensemble sont faciles à retenir et difficiles à deviner.</numerusform>
            <numerusform>Choisis au moins %n caractères. Quelques mots que toi seul·e mettrais ensemble sont faciles à retenir et difficiles à deviner.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Les deux phrases secrètes ne sont pas encore identiques.</translation>
    </message>
    <message>
        <source>Please choose a passphrase.</source>
        <translation>Choisis une phrase secrète.</translation>
    </message>
    <message>
        <source>Please type your passphrase a second time.</source>
        <translation>Tape ta phrase secrète une deuxième fois.</translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <translation>Solidité : %1</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Choisis une phrase secrète</translation>
    </message>
    <message>
        <source>Your passphrase locks the vault. Do not use it anywhere else, and do not tell it to anyone you do not trust completely.</source>
        <translation>Ta phrase secrète verrouille le coffre. Ne l’utilise nulle part ailleurs, et ne la dis à personne en qui tu n’as pas entièrement confiance.</translation>
    </message>
    <message>
        <source>Making your vault… this takes a few seconds.</source>
        <translation>Création de ton coffre… ça prend quelques secondes.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>Ta clé de secours</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this recovery key opens your vault. It is shown only now. Write it on paper or print it, and keep it somewhere safe, away from this computer. Do not take a photo of it with your phone.</source>
        <translation>Si un jour tu oublies ta phrase secrète, cette clé de secours ouvre ton coffre. Elle n’est affichée que maintenant. Écris-la sur papier ou imprime-la, et garde-la dans un endroit sûr, loin de cet ordinateur. Ne la prends pas en photo avec ton GSM.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>I wrote down or printed my recovery key and keep it safe.</source>
        <translation>J’ai noté ou imprimé ma clé de secours et je la garde en lieu sûr.</translation>
    </message>
    <message>
        <source>Bewijskluis recovery key</source>
        <translation>Clé de secours de Bewijskluis</translation>
    </message>
    <message>
        <source>This key opens your vault if you forget your passphrase. Keep this paper safe.</source>
        <translation>Cette clé ouvre ton coffre si tu oublies ta phrase secrète. Garde ce papier en lieu sûr.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Make my vault</source>
        <translation>Créer mon coffre</translation>
    </message>
    <message>
        <source>Open my vault</source>
        <translation>Ouvrir mon coffre</translation>
    </message>
    <message>
        <source>My evidence</source>
        <translation>Mes preuves</translation>
    </message>
    <message>
        <source>Your vault is made, but you have not checked your recovery key yet. If you close now, you will never see this key again.

Close anyway?</source>
        <translation>Ton coffre est créé, mais tu n’as pas encore vérifié ta clé de secours. Si tu fermes maintenant, tu ne verras plus jamais cette clé.

Fermer quand même ?</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>I forgot my passphrase: use my recovery key</source>
        <translation>J’ai oublié ma phrase secrète : utiliser ma clé de secours</translation>
    </message>
    <message>
        <source>Type your recovery key: the 16 groups you wrote down or printed.</source>
        <translation>Tape ta clé de secours : les 16 groupes que tu as notés ou imprimés.</translation>
    </message>
    <message>
        <source>Your vault is locked. Type your passphrase to open it.</source>
        <translation>Ton coffre est verrouillé. Tape ta phrase secrète pour l’ouvrir.</translation>
    </message>
    <message>
        <source>Opening… this takes a second.</source>
        <translation>Ouverture… ça prend une seconde.</translation>
    </message>
    <message>
        <source>Please type your recovery key.</source>
        <translation>Tape ta clé de secours.</translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation>Tape ta phrase secrète.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Bewijskluis</source>
        <translation>Bienvenue dans Bewijskluis</translation>
    </message>
    <message>
        <source>Bewijskluis keeps your evidence safe: screenshots, pictures and files that show what happened to you, with the date, the time and where you found them.

Everything stays on this computer, locked with a passphrase that only you know. Nothing is sent anywhere. Nobody sees it unless you show it.

Later, you can show it to the police or to someone you trust, in a form that proves nothing was changed.

Setting up takes two minutes.</source>
        <translation>Bewijskluis garde tes preuves en sécurité : captures d’écran, photos et fichiers qui montrent ce qui t’est arrivé, avec la date, l’heure et l’endroit où tu les as trouvés.

Tout reste sur cet ordinateur, verrouillé par une phrase secrète que toi seul·e connais. Rien n’est envoyé nulle part. Personne ne le voit, sauf si tu le montres.

Plus tard, tu pourras le montrer à la police ou à une personne de confiance, sous une forme qui prouve que rien n’a été modifié.

La configuration prend deux minutes.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
</context>
</TS>
