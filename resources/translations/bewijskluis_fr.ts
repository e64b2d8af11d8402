<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutYouDialog</name>
    <message>
        <source>About you</source>
        <translation>À propos de toi</translation>
    </message>
</context>
<context>
    <name>AboutYouForm</name>
    <message>
        <source>Who is using Bewijskluis?</source>
        <translation>Qui utilise Bewijskluis ?</translation>
    </message>
    <message>
        <source>Me, for myself</source>
        <translation>Moi, pour moi-même</translation>
    </message>
    <message>
        <source>I am helping someone (as a parent, a friend, a teacher or a counsellor)</source>
        <translation>J’aide quelqu’un (en tant que parent, ami ou amie, prof ou personne de confiance)</translation>
    </message>
    <message>
        <source>A school handling an incident</source>
        <translation>Une école qui gère un incident</translation>
    </message>
    <message>
        <source>Your name and role (kept with everything you do here):</source>
        <translation>Ton nom et ta fonction (gardés avec tout ce que tu fais ici) :</translation>
    </message>
    <message>
        <source>Your name (kept with everything you do here):</source>
        <translation>Ton nom (gardé avec tout ce que tu fais ici) :</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ton nom</translation>
    </message>
    <message>
        <source>The pictures show someone under 18</source>
        <translation>Les images montrent une personne de moins de 18 ans</translation>
    </message>
    <message>
        <source>Also when they were under 18 when the pictures were made. Then Bewijskluis keeps the web address, the account and what happened, without the pictures, unless you choose otherwise.</source>
        <translation>Aussi si la personne avait moins de 18 ans quand les images ont été faites. Bewijskluis garde alors l’adresse web, le compte et ce qui s’est passé, sans les images, sauf si tu choisis autrement.</translation>
    </message>
</context>
<context>
    <name>AboutYouPage</name>
    <message>
        <source>About you</source>
        <translation>À propos de toi</translation>
    </message>
    <message>
        <source>So that Bewijskluis can speak to you in the right words. You can change it later.</source>
        <translation>Pour que Bewijskluis te parle avec les bons mots. Tu pourras le changer plus tard.</translation>
    </message>
</context>
<context>
    <name>AnswerEditor</name>
    <message>
        <source>Write what they answered, or choose where it stands.</source>
        <translation>Écris ce qu’ils ont répondu, ou choisis où en est le signalement.</translation>
    </message>
    <message>
        <source>An answer came</source>
        <translation>Une réponse est arrivée</translation>
    </message>
    <message>
        <source>When did it come?</source>
        <translation>Quand est-elle arrivée ?</translation>
    </message>
    <message>
        <source>What did they say?</source>
        <translation>Qu’ont-ils dit ?</translation>
    </message>
    <message>
        <source>Where does it stand now?</source>
        <translation>Où en est-il maintenant ?</translation>
    </message>
    <message>
        <source>Unchanged (%1)</source>
        <translation>Inchangé (%1)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Keeps the answer with the report in the vault. It goes into the dossier.</source>
        <translation>Garde la réponse avec le signalement dans le coffre. Elle figure dans le dossier.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Closes this window without keeping the answer.</source>
        <translation>Ferme cette fenêtre sans garder la réponse.</translation>
    </message>
</context>
<context>
    <name>CaptureBrowser</name>
    <message>
        <source>Capture a web page</source>
        <translation>Capturer une page web</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Goes back to the page before.</source>
        <translation>Revient à la page d’avant.</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Goes to the next page again.</source>
        <translation>Va de nouveau à la page suivante.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Loads this page again.</source>
        <translation>Recharge cette page.</translation>
    </message>
    <message>
        <source>Type or paste the web address</source>
        <translation>Tape ou colle l’adresse web</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Adresse web</translation>
    </message>
    <message>
        <source>Type or paste the web address, then press Enter to open the page.</source>
        <translation>Tape ou colle l’adresse web, puis appuie sur Entrée pour ouvrir la page.</translation>
    </message>
    <message>
        <source>Capture this page</source>
        <translation>Capturer cette page</translation>
    </message>
    <message>
        <source>Keeps the whole page in your vault: a picture of it, a copy of the page and its web address.</source>
        <translation>Garde la page entière dans ton coffre : une image de la page, une copie de la page et son adresse web.</translation>
    </message>
    <message>
        <source>This browser keeps nothing on disk: you are logged out of every site when you close this window.</source>
        <translation>Ce navigateur ne garde rien sur le disque : en fermant cette fenêtre, tu te déconnectes de tous les sites.</translation>
    </message>
    <message>
        <source>The web page</source>
        <translation>La page web</translation>
    </message>
    <message>
        <source>Nothing is open yet: type a web address above and press Enter.</source>
        <translation>Rien n’est encore ouvert : tape une adresse web ci-dessus et appuie sur Entrée.</translation>
    </message>
    <message>
        <source>The page as the site shows it. Tab goes through its links, then on.</source>
        <translation>La page telle que le site la montre. Tab passe par ses liens, puis continue.</translation>
    </message>
    <message>
        <source>Only web addresses (http or https) can be opened here.</source>
        <translation>Seules des adresses web (http ou https) peuvent être ouvertes ici.</translation>
    </message>
    <message>
        <source>This address could not be reached ({0}).</source>
        <translation>Cette adresse n’a pas pu être atteinte ({0}).</translation>
    </message>
    <message>
        <source>The site answered with status {0}: you can still capture what it shows.</source>
        <translation>Le site a répondu avec le statut {0} : tu peux quand même capturer ce qui est affiché.</translation>
    </message>
    <message>
        <source>The page is open. “Capture this page” keeps it in your vault.</source>
        <translation>La page est ouverte. « Capturer cette page » la garde dans ton coffre.</translation>
    </message>
    <message>
        <source>Capturing the whole page…</source>
        <translation>Capture de la page entière…</translation>
    </message>
    <message>
        <source>Saving in the vault…</source>
        <translation>Enregistrement dans le coffre…</translation>
    </message>
    <message>
        <source>This address could not be reached, so there is nothing to capture.</source>
        <translation>Cette adresse n’a pas pu être atteinte : il n’y a donc rien à capturer.</translation>
    </message>
    <message>
        <source>The page could not be captured. Nothing was stored; please try again.</source>
        <translation>La page n’a pas pu être capturée. Rien n’a été enregistré ; réessaie.</translation>
    </message>
    <message>
        <source>Captured and saved as item {0}.</source>
        <translation>Capturée et enregistrée comme élément {0}.</translation>
    </message>
    <message>
        <source>It is marked with the site&apos;s status {0}.</source>
        <translation>Elle est marquée avec le statut {0} du site.</translation>
    </message>
    <message>
        <source>The page is very long: the image stops part way down.</source>
        <translation>La page est très longue : l’image s’arrête avant la fin.</translation>
    </message>
    <message>
        <source>The capture could not be saved in the vault. Nothing was stored.</source>
        <translation>La capture n’a pas pu être enregistrée dans le coffre. Rien n’a été enregistré.</translation>
    </message>
</context>
<context>
    <name>CaptureController</name>
    <message>
        <source>Bewijskluis cannot pick a window of another program on this computer. Drag a rectangle around the window instead. Esc cancels.</source>
        <translation>Sur cet ordinateur, Bewijskluis ne peut pas choisir la fenêtre d’un autre programme. Trace plutôt un rectangle autour de la fenêtre. Échap annule.</translation>
    </message>
    <message>
        <source>Drag a rectangle around what you want to keep. Or with the keys: the arrows move it, Shift+arrows change its size, Enter keeps it. Esc cancels.</source>
        <translation>Trace un rectangle autour de ce que tu veux garder. Ou avec les touches : les flèches le déplacent, Maj+flèches changent sa taille, Entrée le garde. Échap annule.</translation>
    </message>
    <message>
        <source>Click the window you want to keep. Or with the keys: the arrows go from window to window, Enter keeps the one outlined. Esc cancels.</source>
        <translation>Clique sur la fenêtre que tu veux garder. Ou avec les touches : les flèches passent d’une fenêtre à l’autre, Entrée garde celle qui est encadrée. Échap annule.</translation>
    </message>
</context>
<context>
    <name>CaseBar</name>
    <message numerus="yes">
        <source>%n thing(s) to do about your reports: see To do.</source>
        <translation>
            <numerusform>%n chose à faire pour tes signalements : voir À faire.</numerusform>
            <numerusform>%n choses à faire pour tes signalements : voir À faire.</numerusform>
        </translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nouvelle affaire</translation>
    </message>
    <message>
        <source>Name of the new case:</source>
        <translation>Nom de la nouvelle affaire :</translation>
    </message>
    <message>
        <source>Rename the case</source>
        <translation>Renommer l’affaire</translation>
    </message>
    <message>
        <source>New name of the case:</source>
        <translation>Nouveau nom de l’affaire :</translation>
    </message>
    <message>
        <source>Keep pictures of this case again? Only do this if the pictures do not show anyone under 18.</source>
        <translation>Garder de nouveau les images de cette affaire ? Fais-le seulement si les images ne montrent personne de moins de 18 ans.</translation>
    </message>
    <message>
        <source>Only words are kept of this case’s pictures from now on.</source>
        <translation>À partir de maintenant, seuls des mots sont gardés pour les images de cette affaire.</translation>
    </message>
    <message>
        <source>Pictures of this case can be kept again.</source>
        <translation>Les images de cette affaire peuvent de nouveau être gardées.</translation>
    </message>
    <message>
        <source>The summary is saved.</source>
        <translation>Le résumé est enregistré.</translation>
    </message>
    <message>
        <source>To do (%1)</source>
        <translation>À faire (%1)</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>What is next for your reports, the soonest first.</source>
        <translation>Ce qu’il reste à faire pour tes signalements, le plus urgent d’abord.</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Affaire :</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>Nouvelle affaire…</translation>
    </message>
    <message>
        <source>This case</source>
        <translation>Cette affaire</translation>
    </message>
    <message>
        <source>Opens a menu with everything about this case: its summary, journal, reports, hand-overs and ready texts.</source>
        <translation>Ouvre un menu avec tout ce qui concerne cette affaire : son résumé, son journal, ses signalements, ses remises et les textes prêts à l’emploi.</translation>
    </message>
    <message>
        <source>Starts a new case, for something else that happened. Each case keeps its own items.</source>
        <translation>Commence une nouvelle affaire, pour autre chose qui s’est passé. Chaque affaire garde ses propres éléments.</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <source>What you can do now, step by step</source>
        <translation>Ce que tu peux faire maintenant, étape par étape</translation>
    </message>
    <message>
        <source>Next steps…</source>
        <translation>Prochaines étapes…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Summary in your own words…</source>
        <translation>Résumé avec tes propres mots…</translation>
    </message>
    <message>
        <source>Journal: what happened without a file…</source>
        <translation>Journal : ce qui s’est passé sans fichier…</translation>
    </message>
    <message>
        <source>Reports to platforms…</source>
        <translation>Signalements aux plateformes…</translation>
    </message>
    <message>
        <source>To do…</source>
        <translation>À faire…</translation>
    </message>
    <message>
        <source>Hand-overs: who got a copy…</source>
        <translation>Remises : qui a reçu une copie…</translation>
    </message>
    <message>
        <source>Ready texts to others…</source>
        <translation>Textes prêts à l’emploi pour d’autres…</translation>
    </message>
    <message>
        <source>The pictures show someone under 18</source>
        <translation>Les images montrent une personne de moins de 18 ans</translation>
    </message>
    <message>
        <source>Search in this case…</source>
        <translation>Chercher dans cette affaire…</translation>
    </message>
    <message>
        <source>Search in this case</source>
        <translation>Chercher dans cette affaire</translation>
    </message>
    <message>
        <source>The list shows only the items in which these words appear.</source>
        <translation>La liste n’affiche que les éléments où ces mots apparaissent.</translation>
    </message>
</context>
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
        <source>The passphrase that opens your vault now.</source>
        <translation>La phrase secrète qui ouvre actuellement ton coffre.</translation>
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
    <name>CheckDialog</name>
    <message>
        <source>Check the vault</source>
        <translation>Vérifier le coffre</translation>
    </message>
    <message>
        <source>Bewijskluis reads everything in your vault again and checks that nothing in it was changed or damaged: every saved file against its fingerprint, and the log of every change. You can go on using Bewijskluis meanwhile.</source>
        <translation>Bewijskluis relit tout ton coffre et vérifie que rien n’y a été modifié ni abîmé : chaque fichier enregistré avec son empreinte, et l’historique de chaque modification. Tu peux continuer à utiliser Bewijskluis pendant ce temps.</translation>
    </message>
    <message>
        <source>How far the check got</source>
        <translation>Où en est la vérification</translation>
    </message>
    <message>
        <source>What the check found, for the person who helps you (in English):</source>
        <translation>Ce que la vérification a trouvé, pour la personne qui t’aide (en anglais) :</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stops the check. Nothing in your vault is changed.</source>
        <translation>Arrête la vérification. Rien n’est modifié dans ton coffre.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Closes this window. The check changed nothing in your vault.</source>
        <translation>Ferme cette fenêtre. La vérification n’a rien modifié dans ton coffre.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Checked %1 of %2…</source>
        <translation>%1 sur %2 vérifiés…</translation>
    </message>
    <message>
        <source>The check was stopped. Nothing was changed.</source>
        <translation>La vérification a été arrêtée. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Part of your vault is damaged. %1 of %2 items can still be read whole and match their fingerprint. Save them now: export a dossier (it takes everything that can be read and names the rest). Then put back a copy of your vault if you have one.</source>
        <translation>Une partie de ton coffre est abîmée. %1 éléments sur %2 peuvent encore être lus en entier et correspondent à leur empreinte. Sauve-les maintenant : exporte un dossier (il prend tout ce qui peut être lu et nomme le reste). Remets ensuite une copie de ton coffre si tu en as une.</translation>
    </message>
    <message numerus="yes">
        <source>The check found %n problem(s): something in the vault does not match what Bewijskluis recorded, so it may have been changed outside Bewijskluis. The check changed nothing. Keep the vault as it is, and show what was found to someone who helps you or to the police.</source>
        <translation>
            <numerusform>La vérification a trouvé %n problème : quelque chose dans le coffre ne correspond pas à ce que Bewijskluis a noté, donc cela a peut-être été modifié en dehors de Bewijskluis. La vérification n’a rien modifié. Garde le coffre tel quel, et montre ce qui a été trouvé à une personne qui t’aide ou à la police.</numerusform>
            <numerusform>La vérification a trouvé %n problèmes : quelque chose dans le coffre ne correspond pas à ce que Bewijskluis a noté, donc cela a peut-être été modifié en dehors de Bewijskluis. La vérification n’a rien modifié. Garde le coffre tel quel, et montre ce qui a été trouvé à une personne qui t’aide ou à la police.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Everything is in order: %n item(s) checked. Every saved file matches its fingerprint, and nothing was changed outside Bewijskluis.</source>
        <translation>
            <numerusform>Tout est en ordre : %n élément vérifié. Chaque fichier enregistré correspond à son empreinte, et rien n’a été modifié en dehors de Bewijskluis.</numerusform>
            <numerusform>Tout est en ordre : %n éléments vérifiés. Chaque fichier enregistré correspond à son empreinte, et rien n’a été modifié en dehors de Bewijskluis.</numerusform>
        </translation>
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
    <name>Countdown</name>
    <message>
        <source>The screen will be captured. Open what you want to keep.</source>
        <translation>L’écran va être capturé. Ouvre ce que tu veux garder.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>CurrentPassphrasePage</name>
    <message>
        <source>A new recovery key</source>
        <translation>Une nouvelle clé de secours</translation>
    </message>
    <message>
        <source>Make a new recovery key if you lost yours, or if someone else may have seen it or a copy of your vault. The new key replaces the old one: after this, the old recovery key no longer opens your vault. Your passphrase and your evidence stay as they are.

Have paper and a pen ready, or a printer.</source>
        <translation>Crée une nouvelle clé de secours si tu as perdu la tienne, ou si quelqu’un d’autre a pu la voir, ou voir une copie de ton coffre. La nouvelle clé remplace l’ancienne : ensuite, l’ancienne clé de secours n’ouvre plus ton coffre. Ta phrase secrète et tes preuves restent comme elles sont.

Prépare du papier et un stylo, ou une imprimante.</translation>
    </message>
    <message>
        <source>Your passphrase:</source>
        <translation>Ta phrase secrète :</translation>
    </message>
    <message>
        <source>The passphrase that opens your vault: only you can make a new key.</source>
        <translation>La phrase secrète qui ouvre ton coffre : toi seul·e peux créer une nouvelle clé.</translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation>Tape ta phrase secrète.</translation>
    </message>
    <message>
        <source>Checking your passphrase…</source>
        <translation>Vérification de ta phrase secrète…</translation>
    </message>
</context>
<context>
    <name>CustodyDialog</name>
    <message>
        <source>Written down.</source>
        <translation>Noté.</translation>
    </message>
    <message>
        <source>Remove the hand-over?</source>
        <translation>Retirer la remise ?</translation>
    </message>
    <message>
        <source>It leaves the list and the dossier. The vault&apos;s history keeps that it was written and removed.</source>
        <translation>Elle quitte la liste et le dossier. L’historique du coffre garde la trace qu’elle a été écrite puis retirée.</translation>
    </message>
    <message>
        <source>The hand-over is removed.</source>
        <translation>La remise est retirée.</translation>
    </message>
    <message>
        <source>Hand-overs of %1</source>
        <translation>Remises de %1</translation>
    </message>
    <message>
        <source>Write down each time you gave a copy of your evidence to someone: the police, a lawyer, a school. The dossier shows it, so that everyone can see where the evidence went.</source>
        <translation>Note chaque fois que tu as donné une copie de tes preuves à quelqu’un : la police, un avocat, une école. Le dossier l’indique, pour que chacun puisse voir où les preuves sont allées.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>À qui</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Hand-overs</source>
        <translation>Remises</translation>
    </message>
    <message>
        <source>Each time you gave a copy of your evidence to someone. Choose one to remove it.</source>
        <translation>Chaque fois que tu as remis une copie de tes preuves à quelqu’un. Choisis-en une pour la retirer.</translation>
    </message>
    <message>
        <source>A copy was given…</source>
        <translation>Une copie a été remise…</translation>
    </message>
    <message>
        <source>Opens a form to write down that you gave a copy of your evidence to someone, and when.</source>
        <translation>Ouvre un formulaire pour noter que tu as remis une copie de tes preuves à quelqu’un, et quand.</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Removes the chosen hand-over from the list and the dossier. You are asked first.</source>
        <translation>Retire la remise choisie de la liste et du dossier. On te le demande d’abord.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Closes this window. What you wrote down is kept in the vault.</source>
        <translation>Ferme cette fenêtre. Ce que tu as noté reste gardé dans le coffre.</translation>
    </message>
</context>
<context>
    <name>CustodyEditor</name>
    <message>
        <source>Say to whom you gave a copy.</source>
        <translation>Dis à qui tu as donné une copie.</translation>
    </message>
    <message>
        <source>A copy was given</source>
        <translation>Une copie a été remise</translation>
    </message>
    <message>
        <source>To whom?</source>
        <translation>À qui ?</translation>
    </message>
    <message>
        <source>When?</source>
        <translation>Quand ?</translation>
    </message>
    <message>
        <source>Reference (for example the police report number)</source>
        <translation>Référence (par exemple le numéro du procès-verbal)</translation>
    </message>
    <message>
        <source>What did you give?</source>
        <translation>Qu’as-tu remis ?</translation>
    </message>
    <message>
        <source>For example: the police in Ghent, inspector Claes</source>
        <translation>Par exemple : la police de Gand, inspecteur Claes</translation>
    </message>
    <message>
        <source>For example: the whole dossier, on a USB stick</source>
        <translation>Par exemple : tout le dossier, sur une clé USB</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Keeps the hand-over in the vault. It goes into the dossier.</source>
        <translation>Garde la remise dans le coffre. Elle figure dans le dossier.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Closes this window without keeping the hand-over.</source>
        <translation>Ferme cette fenêtre sans garder la remise.</translation>
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
        <source>Makes the picture smaller.</source>
        <translation>Rend l’image plus petite.</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoomer</translation>
    </message>
    <message>
        <source>Makes the picture bigger.</source>
        <translation>Rend l’image plus grande.</translation>
    </message>
    <message>
        <source>Show at real size</source>
        <translation>Afficher en taille réelle</translation>
    </message>
    <message>
        <source>Real size</source>
        <translation>Taille réelle</translation>
    </message>
    <message>
        <source>Shows the picture at 100 %, not smaller or bigger.</source>
        <translation>Affiche l’image à 100 %, ni plus petite ni plus grande.</translation>
    </message>
    <message>
        <source>Hide parts for a redacted copy…</source>
        <translation>Masquer des parties dans une copie…</translation>
    </message>
    <message>
        <source>Mark what to black out or blur in a copy for people who must not see the picture. The original is never changed.</source>
        <translation>Indique ce qu’il faut noircir ou flouter dans une copie pour les personnes qui ne doivent pas voir l’image. L’original n’est jamais modifié.</translation>
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
        <translation>Supprimer cet élément du coffre ? Le fichier et ses détails disparaîtront. Le journal du coffre note qu’un élément a été supprimé, et quand.</translation>
    </message>
    <message>
        <source>Not deleted. %1</source>
        <translation>Pas supprimé. %1</translation>
    </message>
</context>
<context>
    <name>Discretion</name>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>EventTimeEdit</name>
    <message>
        <source>I don&apos;t know</source>
        <translation>Je ne sais pas</translation>
    </message>
    <message>
        <source>On this day</source>
        <translation>Ce jour-là</translation>
    </message>
    <message>
        <source>At this time</source>
        <translation>À cette heure-là</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Quand cela s’est passé</translation>
    </message>
    <message>
        <source>Say whether you know the day it happened, or the day and the time.</source>
        <translation>Dis si tu connais le jour où c’est arrivé, ou le jour et l’heure.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>The day it happened. Alt+Down opens a calendar.</source>
        <translation>Le jour où c’est arrivé. Alt+flèche bas ouvre un calendrier.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>The time it happened, as this computer&apos;s clock shows it.</source>
        <translation>L’heure à laquelle c’est arrivé, selon l’horloge de cet ordinateur.</translation>
    </message>
    <message>
        <source>roughly</source>
        <translation>environ</translation>
    </message>
    <message>
        <source>Tick it when you do not know the exact time.</source>
        <translation>Coche-la si tu ne connais pas l’heure exacte.</translation>
    </message>
</context>
<context>
    <name>EvidenceTips</name>
    <message>
        <source>Keep the web address in view: the browser&apos;s address bar, or in an app the name of the account or group.</source>
        <translation>Garde l’adresse web visible : la barre d’adresse du navigateur ou, dans une application, le nom du compte ou du groupe.</translation>
    </message>
    <message>
        <source>Let the date and time show: the clock of your screen, or the times of the messages.</source>
        <translation>Laisse voir la date et l’heure : l’horloge de ton écran ou l’heure des messages.</translation>
    </message>
    <message>
        <source>Make sure the name or username of whoever posted or sent it can be read.</source>
        <translation>Vérifie que le nom ou le pseudo de la personne qui l’a publié ou envoyé est lisible.</translation>
    </message>
    <message>
        <source>A long chat: take several screenshots that overlap a little, so that nothing is missing in between.</source>
        <translation>Une longue conversation : prends plusieurs captures qui se chevauchent un peu, pour qu’il ne manque rien entre elles.</translation>
    </message>
    <message>
        <source>Never crop, draw on or change a screenshot. Bewijskluis keeps the original; a copy with parts hidden is made only when you export.</source>
        <translation>Ne recadre jamais une capture, ne dessine pas dessus, ne la modifie pas. Bewijskluis garde l’original ; une copie avec des parties masquées n’est faite qu’à l’export.</translation>
    </message>
    <message>
        <source>Capture first, then report: a post you report may be taken down.</source>
        <translation>Capture d’abord, signale ensuite : une publication signalée peut être retirée.</translation>
    </message>
    <message>
        <source>What makes a screenshot strong evidence</source>
        <translation>Ce qui fait d’une capture une preuve solide</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export a dossier for the police</source>
        <translation>Exporter un dossier pour la police</translation>
    </message>
    <message>
        <source>This makes one dossier with everything in this case: a PDF that anyone can read, the original files exactly as they were saved, and a list of fingerprints so the police can check that nothing was changed.</source>
        <translation>Ceci crée un dossier avec tout ce que contient cette affaire : un PDF lisible par tous, les fichiers originaux exactement tels qu’ils ont été enregistrés, et une liste d’empreintes pour que la police puisse vérifier que rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Language of the dossier:</source>
        <translation>Langue du dossier :</translation>
    </message>
    <message>
        <source>Prepared by (optional):</source>
        <translation>Préparé par (facultatif) :</translation>
    </message>
    <message>
        <source>Your name, or the name of who helps you</source>
        <translation>Ton nom, ou celui de la personne qui t’aide</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Enregistrer comme :</translation>
    </message>
    <message>
        <source>A folder</source>
        <translation>Un dossier</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Où :</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>Répète le mot de passe :</translation>
    </message>
    <message>
        <source>Make a copy without the pictures (for a school or a parent)</source>
        <translation>Faire une copie sans les images (pour une école ou un parent)</translation>
    </message>
    <message>
        <source>The copy leaves out the original files and hides the parts you marked. Pictures without marked parts are left out. The police need the full dossier, not this copy.</source>
        <translation>La copie ne contient pas les fichiers originaux et masque les parties que tu as indiquées. Les images sans partie indiquée n’y sont pas. La police a besoin du dossier complet, pas de cette copie.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Save the dossier as</source>
        <translation>Enregistrer le dossier sous</translation>
    </message>
    <message>
        <source>ZIP file (*.zip)</source>
        <translation>Fichier ZIP (*.zip)</translation>
    </message>
    <message>
        <source>One file</source>
        <translation>Un seul fichier</translation>
    </message>
    <message>
        <source>Choose a place first</source>
        <translation>Choisis d’abord un endroit</translation>
    </message>
    <message>
        <source>Where the dossier is saved. Choose a place first; “Export” can be used once it is chosen.</source>
        <translation>Où le dossier est enregistré. Choisis d’abord un endroit ; « Exporter » est possible dès qu’il est choisi.</translation>
    </message>
    <message>
        <source>Choose where the dossier is saved.</source>
        <translation>Choisis où le dossier est enregistré.</translation>
    </message>
    <message>
        <source>Protect the file with a password</source>
        <translation>Protéger le fichier par un mot de passe</translation>
    </message>
    <message>
        <source>The file becomes a 7z file: without the password nobody can see what is in it, not even the names of the files. The police open it with 7-Zip (free), which asks for the password. Give this password in another way than the file: say it, or write it on paper. Never send it in the same e-mail or on the same USB stick.</source>
        <translation>Le fichier devient un fichier 7z : sans le mot de passe, personne ne peut voir ce qu’il contient, pas même le nom des fichiers. La police l’ouvre avec 7-Zip (gratuit), qui demande le mot de passe. Donne ce mot de passe autrement que le fichier : dis-le, ou écris-le sur papier. Ne l’envoie jamais dans le même e-mail ni sur la même clé USB.</translation>
    </message>
    <message>
        <source>Makes the dossier where you chose. Your vault stays as it is.</source>
        <translation>Crée le dossier à l’endroit choisi. Ton coffre reste tel quel.</translation>
    </message>
    <message>
        <source>7z file (*.7z)</source>
        <translation>Fichier 7z (*.7z)</translation>
    </message>
    <message>
        <source>Choose where to put the dossier folder</source>
        <translation>Choisis où mettre le dossier</translation>
    </message>
    <message>
        <source>dossier</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Counting what will be in the dossier…</source>
        <translation>Calcul de ce que contiendra le dossier…</translation>
    </message>
    <message>
        <source>There is nothing to export in this case yet.</source>
        <translation>Il n’y a encore rien à exporter dans cette affaire.</translation>
    </message>
    <message>
        <source>%1, %2, about %3.</source>
        <translation>%1, %2, environ %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) named</source>
        <translation>
            <numerusform>%n personne nommée</numerusform>
            <numerusform>%n personnes nommées</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>Le mot de passe doit contenir au moins %n caractère.</numerusform>
            <numerusform>Le mot de passe doit contenir au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>This password is easy to guess: programs that guess passwords try common words, names, number rows and repeats first, and whoever finds the file can try for as long as they like. Put a few words together that only you would choose, with spaces between them.</source>
        <translation>Ce mot de passe est facile à deviner : les programmes qui devinent les mots de passe essaient d’abord les mots courants, les prénoms, les suites de chiffres et les répétitions, et qui trouve le fichier peut essayer sans fin. Assemble quelques mots que toi seul·e choisirais, avec des espaces entre eux.</translation>
    </message>
    <message>
        <source>Choose where to save the dossier first.</source>
        <translation>Choisis d’abord où enregistrer le dossier.</translation>
    </message>
    <message>
        <source>There is already a file or folder with that name.</source>
        <translation>Un fichier ou un dossier porte déjà ce nom.</translation>
    </message>
    <message>
        <source>Exporting… you can keep using your computer.</source>
        <translation>Export en cours… tu peux continuer à utiliser ton ordinateur.</translation>
    </message>
    <message>
        <source>Stops making the dossier. Nothing is left behind.</source>
        <translation>Arrête la création du dossier. Aucun fichier n’est laissé.</translation>
    </message>
    <message>
        <source>Closes this window. The dossier is saved where you chose.</source>
        <translation>Ferme cette fenêtre. Le dossier est enregistré à l’endroit que tu as choisi.</translation>
    </message>
    <message>
        <source>Closes this window without making a dossier.</source>
        <translation>Ferme cette fenêtre sans créer de dossier.</translation>
    </message>
    <message>
        <source>The dossier was saved, but the check found a problem: %1</source>
        <translation>Le dossier a été enregistré, mais la vérification a trouvé un problème : %1</translation>
    </message>
    <message>
        <source>Done. The dossier is saved as %1 and every file in it was checked.</source>
        <translation>Terminé. Le dossier est enregistré sous %1 et chaque fichier a été vérifié.</translation>
    </message>
    <message>
        <source>The export was stopped. Nothing was left behind.</source>
        <translation>L’export a été arrêté. Aucun fichier n’a été laissé.</translation>
    </message>
    <message>
        <source>There is nothing to export with these choices.</source>
        <translation>Avec ces choix, il n’y a rien à exporter.</translation>
    </message>
    <message>
        <source>The dossier could not be written there (is the disk full or the USB stick removed?). Nothing was left behind and nothing was lost from the vault.</source>
        <translation>Le dossier n’a pas pu être écrit à cet endroit (le disque est-il plein ou la clé USB retirée ?). Aucun fichier n’a été laissé et le coffre n’a rien perdu.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was lost from the vault.</source>
        <translation>Quelque chose s’est mal passé. Le coffre n’a rien perdu.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>It is not your fault</source>
        <translation>Ce n’est pas ta faute</translation>
    </message>
    <message>
        <source>The one who shares the pictures, or threatens to, is doing wrong. Not you. Even if you sent a picture yourself, nobody may pass it on without your consent. You don’t have to deal with this alone.</source>
        <translation>La personne qui partage les photos, ou qui menace de le faire, agit mal. Pas toi. Même si tu as envoyé une photo toi-même, personne n’a le droit de la transférer sans ton accord. Tu n’as pas à gérer ça seul·e.</translation>
    </message>
    <message>
        <source>Talk to someone you trust</source>
        <translation>Parles-en à une personne de confiance</translation>
    </message>
    <message>
        <source>A parent, a friend, a teacher, or someone at a helpline. You can chat, call or mail. Some helplines are free, and some let you stay anonymous.</source>
        <translation>Un parent, un ami ou une amie, un prof, ou quelqu’un d’une ligne d’aide. Tu peux chatter, appeler ou écrire un mail. Certaines lignes d’aide sont gratuites, et certaines te permettent de rester anonyme.</translation>
    </message>
    <message>
        <source>Keep the evidence first</source>
        <translation>Garde d’abord les preuves</translation>
    </message>
    <message>
        <source>Before you report anything, take screenshots with the web address and the date and time in view, and write down who posted it. Keep the chats and messages. Bewijskluis keeps each one as it is, with its date and time.</source>
        <translation>Avant de signaler quoi que ce soit, fais des captures d’écran où l’on voit l’adresse web, la date et l’heure, et note qui l’a publié. Garde les conversations et les messages. Bewijskluis garde chacun tel quel, avec sa date et son heure.</translation>
    </message>
    <message>
        <source>If someone threatens you or asks for money</source>
        <translation>Si quelqu’un te menace ou te demande de l’argent</translation>
    </message>
    <message>
        <source>Never pay and don’t bargain: a blackmailer keeps asking for more. Keep every message, capture it first, and only then block them. Tell your parents, your school or the police straight away. A mail that says your webcam was hacked is usually bluff: they have no pictures of you.</source>
        <translation>Ne paie jamais et ne négocie pas : un maître-chanteur en demande toujours plus. Garde chaque message, capture-le d’abord, et seulement après, bloque cette personne. Parles-en tout de suite à tes parents, à ton école ou à la police. Un mail qui dit que ta webcam a été piratée, c’est en général du bluff : ils n’ont pas de photos de toi.</translation>
    </message>
    <message>
        <source>Report it and ask for it to be removed</source>
        <translation>Signale-le et demande qu’il soit retiré</translation>
    </message>
    <message>
        <source>Report it to the app or website where it is: look for “report”, “abuse”, “contact” or “help”. Say that you did not agree to this and that you want it removed. Bewijskluis writes the text with you.</source>
        <translation>Signale-le à l’app ou au site où il se trouve : cherche « signaler », « abus », « contact » ou « aide ». Dis que tu n’étais pas d’accord et que tu veux que ce soit retiré. Bewijskluis rédige le texte avec toi.</translation>
    </message>
    <message>
        <source>Check that it is gone</source>
        <translation>Vérifie que c’est retiré</translation>
    </message>
    <message>
        <source>Look again at the addresses you reported. Now and then, search for your own name, and search with the picture itself (for example with TinEye) to see where it appears. Found it somewhere else? Capture it, then report it.</source>
        <translation>Regarde à nouveau les adresses que tu as signalées. De temps en temps, cherche ton propre nom, et fais une recherche avec la photo elle-même (par exemple avec TinEye) pour voir où elle apparaît. Tu l’as trouvée ailleurs ? Capture-la, puis signale-la.</translation>
    </message>
    <message>
        <source>Stop it from being posted again</source>
        <translation>Empêche qu’on le publie à nouveau</translation>
    </message>
    <message>
        <source>Take It Down (pictures made when you were under 18) and StopNCII.org (made when you were an adult) make a fingerprint of the picture on your own device. Only the fingerprint is shared with the platforms that take part, never the picture.</source>
        <translation>Take It Down (photos faites quand tu avais moins de 18 ans) et StopNCII.org (faites quand tu étais adulte) créent une empreinte de la photo sur ton propre appareil. Seule l’empreinte est partagée avec les plateformes participantes, jamais la photo.</translation>
    </message>
    <message>
        <source>Make your accounts safer</source>
        <translation>Rends tes comptes plus sûrs</translation>
    </message>
    <message>
        <source>In the privacy settings of your profiles, choose who can see your photos, who can react to your posts and who can send you messages. Block people who put pressure on you, after you captured what they sent.</source>
        <translation>Dans les paramètres de confidentialité de tes profils, choisis qui peut voir tes photos, qui peut réagir à tes publications et qui peut t’envoyer des messages. Bloque les personnes qui te mettent la pression, après avoir capturé ce qu’elles t’ont envoyé.</translation>
    </message>
    <message>
        <source>Ask others to delete it</source>
        <translation>Demande aux autres de le supprimer</translation>
    </message>
    <message>
        <source>Only if you feel safe: tell the one who shared it that sharing nude pictures without consent is punishable, and ask them to stop. Ask friends who received it to delete it and not to pass it on. Ready texts help you.</source>
        <translation>Seulement si tu te sens en sécurité : dis à la personne qui l’a partagé que partager des photos dénudées sans accord est puni par la loi, et demande-lui d’arrêter. Demande aux amis qui l’ont reçu de le supprimer et de ne pas le transférer. Des textes prêts à l’emploi t’aident.</translation>
    </message>
    <message>
        <source>Think about a complaint to the police</source>
        <translation>Réfléchis à porter plainte à la police</translation>
    </message>
    <message>
        <source>Go to your local police station, or make an appointment by phone or online. Bring the dossier, and the name, e-mail or other details of who put it online. Someone you trust, a lawyer or Child Focus can come with you. Not filing a complaint is fine too.</source>
        <translation>Va au commissariat de police de ton quartier, ou prends rendez-vous par téléphone ou en ligne. Apporte le dossier, et le nom, l’e-mail ou d’autres infos sur la personne qui l’a mis en ligne. Une personne de confiance, un avocat ou Child Focus peut t’accompagner. Ne pas porter plainte, c’est OK aussi.</translation>
    </message>
    <message>
        <source>Write down who got a copy</source>
        <translation>Note qui a reçu une copie</translation>
    </message>
    <message>
        <source>When you give the dossier to the police, a lawyer or a school, write down to whom, when, and their reference number. It goes into the dossier.</source>
        <translation>Quand tu donnes le dossier à la police, à un avocat ou à une école, note à qui, quand, et leur numéro de référence. Ça va dans le dossier.</translation>
    </message>
    <message>
        <source>Tell them it is not their fault</source>
        <translation>Dis-lui que ce n’est pas sa faute</translation>
    </message>
    <message>
        <source>Say it straight away: “It is not your fault.” Don’t blame them, not even between the lines. This is stressful and embarrassing: ask what they need and support them.</source>
        <translation>Dis-le tout de suite : « Ce n’est pas ta faute. » Ne fais aucun reproche, même à demi-mot. C’est stressant et gênant : demande à la personne ce dont elle a besoin, et soutiens-la.</translation>
    </message>
    <message>
        <source>You don’t have to know everything</source>
        <translation>Tu n’as pas besoin de tout savoir</translation>
    </message>
    <message>
        <source>Helplines advise the person you help, and you too. You can chat, call or mail. Some are free, and some let you stay anonymous.</source>
        <translation>Les lignes d’aide conseillent la personne que tu aides, et toi aussi. Tu peux chatter, appeler ou écrire un mail. Certaines sont gratuites, et certaines te permettent de rester anonyme.</translation>
    </message>
    <message>
        <source>Before anything is reported, take screenshots with the web address and the date and time in view, and write down who posted it. Keep the chats and messages. Bewijskluis keeps each one as it is, with its date and time.</source>
        <translation>Avant tout signalement, fais des captures d’écran où l’on voit l’adresse web, la date et l’heure, et note qui l’a publié. Garde les conversations et les messages. Bewijskluis garde chacun tel quel, avec sa date et son heure.</translation>
    </message>
    <message>
        <source>If someone threatens them or asks for money</source>
        <translation>Si quelqu’un menace la personne ou demande de l’argent</translation>
    </message>
    <message>
        <source>Never pay and don’t bargain: a blackmailer keeps asking for more. Keep every message, capture it first, and only then block them. Tell the police. A mail that says a webcam was hacked is usually bluff: they have no pictures.</source>
        <translation>Ne paie jamais et ne négocie pas : un maître-chanteur en demande toujours plus. Garde chaque message, capture-le d’abord, et seulement après, bloque le maître-chanteur. Préviens la police. Un mail qui dit qu’une webcam a été piratée, c’est en général du bluff : ils n’ont pas de photos.</translation>
    </message>
    <message>
        <source>Report it to the app or website where it is: look for “report”, “abuse”, “contact” or “help”. Say that the person shown did not agree to this and wants it removed. Bewijskluis writes the text with you.</source>
        <translation>Signale-le à l’app ou au site où il se trouve : cherche « signaler », « abus », « contact » ou « aide ». Dis que la personne qu’on y voit n’était pas d’accord et veut que ce soit retiré. Bewijskluis rédige le texte avec toi.</translation>
    </message>
    <message>
        <source>Look again at the reported addresses. Now and then, search for their name, and search with the picture itself (for example with TinEye) to see where it appears. Found it somewhere else? Capture it, then report it.</source>
        <translation>Regarde à nouveau les adresses signalées. De temps en temps, cherche le nom de la personne que tu aides, et fais une recherche avec la photo elle-même (par exemple avec TinEye) pour voir où elle apparaît. Tu l’as trouvée ailleurs ? Capture-la, puis signale-la.</translation>
    </message>
    <message>
        <source>Take It Down (pictures made under 18) and StopNCII.org (made as an adult) make a fingerprint of the picture on the person’s own device. Only the fingerprint is shared with the platforms that take part, never the picture.</source>
        <translation>Take It Down (photos faites avant 18 ans) et StopNCII.org (faites à l’âge adulte) créent une empreinte de la photo sur l’appareil de la personne elle-même. Seule l’empreinte est partagée avec les plateformes participantes, jamais la photo.</translation>
    </message>
    <message>
        <source>Make their accounts safer</source>
        <translation>Rends ses comptes plus sûrs</translation>
    </message>
    <message>
        <source>Together, go through the privacy settings of their profiles: who can see the photos, who can react and who can send messages. Block people who put pressure on them, after capturing what they sent.</source>
        <translation>Regarde avec la personne les paramètres de confidentialité de ses profils : qui peut voir les photos, qui peut réagir et qui peut envoyer des messages. Bloque les personnes qui lui mettent la pression, après avoir capturé ce qu’elles ont envoyé.</translation>
    </message>
    <message>
        <source>Tell the one who shared it that sharing nude pictures without consent is punishable, and ask them to stop. Ask those who received it to delete it and not to pass it on. Ready texts help you, also a letter to the school.</source>
        <translation>Dis à la personne qui l’a partagé que partager des photos dénudées sans accord est puni par la loi, et demande-lui d’arrêter. Demande à ceux qui l’ont reçu de le supprimer et de ne pas le transférer. Des textes prêts à l’emploi t’aident, dont une lettre à l’école.</translation>
    </message>
    <message>
        <source>A complaint is made at the local police station, or first by appointment, by phone or online. Bring the dossier, and the name, e-mail or other details of who put it online. You, a lawyer or Child Focus can go along. Not filing a complaint is fine too: the person you help decides with you.</source>
        <translation>On peut porter plainte au commissariat de police du quartier, ou prendre d’abord rendez-vous, par téléphone ou en ligne. Apporte le dossier, et le nom, l’e-mail ou d’autres infos sur la personne qui l’a mis en ligne. Toi, un avocat ou Child Focus pouvez l’accompagner. Ne pas porter plainte, c’est OK aussi : la personne que tu aides décide avec toi.</translation>
    </message>
    <message>
        <source>Find out what happened</source>
        <translation>Cherche à savoir ce qui s’est passé</translation>
    </message>
    <message>
        <source>Which pictures are involved, and who: the pupil shown, who made them, who shared them, who received them. Write it down, without copying the pictures.</source>
        <translation>De quelles photos s’agit-il, et qui est concerné : l’élève qu’on y voit, qui les a prises, qui les a partagées, qui les a reçues. Note-le, sans copier les photos.</translation>
    </message>
    <message>
        <source>Support the pupil first</source>
        <translation>Soutiens d’abord l’élève</translation>
    </message>
    <message>
        <source>Tell the pupil straight away: “It is not your fault.” Don’t blame them, not even between the lines. Ask what they need, and arrange help if they want it.</source>
        <translation>Dis tout de suite à l’élève : « Ce n’est pas ta faute. » Ne lui fais aucun reproche, même à demi-mot. Demande-lui ce dont il ou elle a besoin, et organise de l’aide si l’élève le souhaite.</translation>
    </message>
    <message>
        <source>Write down the evidence, without the pictures</source>
        <translation>Note les preuves, sans les photos</translation>
    </message>
    <message>
        <source>Keep the web addresses, the accounts, the dates and times, and what happened. Pictures of pupils under 18 must not be copied or forwarded, not even as evidence: write them down in words instead.</source>
        <translation>Garde les adresses web, les comptes, les dates et heures, et ce qui s’est passé. Les photos d’élèves de moins de 18 ans ne doivent pas être copiées ni transférées, même comme preuve : décris-les plutôt avec des mots.</translation>
    </message>
    <message>
        <source>Report it</source>
        <translation>Signale-le</translation>
    </message>
    <message>
        <source>Report the pictures to the platform and ask for removal. Pictures of possible child sexual abuse at a web address can be reported to a hotline: see Where to get help.</source>
        <translation>Signale les photos à la plateforme et demande leur retrait. Les images de possibles abus sexuels sur enfants qui ont une adresse web peuvent être signalées à un point de contact : voir « Où trouver de l’aide ».</translation>
    </message>
    <message>
        <source>Have the pictures removed from every phone</source>
        <translation>Fais supprimer les photos de chaque téléphone</translation>
    </message>
    <message>
        <source>Once reported, have them deleted from every app group, phone, tablet and laptop. Tell pupils that having them, forwarding them or taking new screenshots is punishable.</source>
        <translation>Une fois signalées, fais-les supprimer de chaque groupe de discussion, téléphone, tablette et ordinateur. Dis aux élèves que les avoir, les transférer ou en faire de nouvelles captures d’écran est puni par la loi.</translation>
    </message>
    <message>
        <source>Talk to those who shared them</source>
        <translation>Parle à ceux qui les ont partagées</translation>
    </message>
    <message>
        <source>Speak to the pupils who spread the pictures about what they did.</source>
        <translation>Parle avec les élèves qui ont diffusé les photos de ce qu’ils ont fait.</translation>
    </message>
    <message>
        <source>Inform the parents</source>
        <translation>Informe les parents</translation>
    </message>
    <message>
        <source>Think about who needs to know. A letter to all parents does not name the pupil shown, nor the one who shared the pictures.</source>
        <translation>Réfléchis à qui doit être au courant. Une lettre à tous les parents ne nomme ni l’élève qu’on voit sur les photos, ni la personne qui les a partagées.</translation>
    </message>
    <message>
        <source>The pupil and their parents decide whether to file a complaint; the school can help. Bring the dossier to the police. Someone they trust, a lawyer or Child Focus can come with them.</source>
        <translation>L’élève et ses parents décident de porter plainte ou non ; l’école peut aider. Il faut apporter le dossier à la police. Une personne de confiance, un avocat ou Child Focus peut les accompagner.</translation>
    </message>
    <message>
        <source>Be ready for questions from the press</source>
        <translation>Prépare-toi aux questions de la presse</translation>
    </message>
    <message>
        <source>A larger incident may draw the media. Keep the pupils involved anonymous.</source>
        <translation>Un incident plus important peut attirer les médias. Garde l’anonymat des élèves concernés.</translation>
    </message>
    <message>
        <source>Look back afterwards</source>
        <translation>Fais le bilan après coup</translation>
    </message>
    <message>
        <source>What went well? What could be better? Does the school’s policy need to change?</source>
        <translation>Qu’est-ce qui a bien marché ? Qu’est-ce qui pourrait être mieux ? La politique de l’école doit-elle changer ?</translation>
    </message>
    <message>
        <source>Write down the evidence first</source>
        <translation>Note d’abord les preuves</translation>
    </message>
    <message>
        <source>Before you report anything, write down the web address, the account that posted it, and the date and time. You don’t have to keep the picture itself: for pictures of someone under 18 that can be against the law. Keep the messages that threaten you.</source>
        <translation>Avant de signaler quoi que ce soit, note l’adresse web, le compte qui l’a publié, la date et l’heure. Tu n’as pas besoin de garder l’image elle-même : pour des images d’une personne de moins de 18 ans, cela peut être interdit par la loi. Garde les messages qui te menacent.</translation>
    </message>
    <message>
        <source>Look again at the addresses you reported. Now and then, search for your own name. Don’t upload the picture anywhere to search with it. Found it somewhere else? Write down the address, then report it.</source>
        <translation>Regarde de nouveau les adresses que tu as signalées. De temps en temps, cherche ton propre nom. N’envoie l’image nulle part pour faire une recherche avec. Tu la trouves ailleurs ? Note l’adresse, puis signale-la.</translation>
    </message>
    <message>
        <source>Take It Down is for pictures made when you were under 18. It makes a fingerprint of the picture on your own device. Only the fingerprint is shared with the platforms that take part, never the picture.</source>
        <translation>Take It Down est pour les images faites quand tu avais moins de 18 ans. Il crée une empreinte de l’image sur ton propre appareil. Seule l’empreinte est partagée avec les plateformes participantes, jamais l’image.</translation>
    </message>
    <message>
        <source>Before anything is reported, write down the web address, the account that posted it, and the date and time. Don’t copy or forward the picture itself: for pictures of someone under 18 that can be against the law, also for you.</source>
        <translation>Avant tout signalement, note l’adresse web, le compte qui l’a publié, la date et l’heure. Ne copie pas et ne transfère pas l’image elle-même : pour des images d’une personne de moins de 18 ans, cela peut être interdit par la loi, aussi pour toi.</translation>
    </message>
    <message>
        <source>Look again at the reported addresses. Now and then, search for their name. Don’t upload the picture anywhere to search with it. Found it somewhere else? Write down the address, then report it.</source>
        <translation>Regarde de nouveau les adresses signalées. De temps en temps, cherche le nom de la personne que tu aides. N’envoie l’image nulle part pour faire une recherche avec. Tu la trouves ailleurs ? Note l’adresse, puis signale-la.</translation>
    </message>
    <message>
        <source>Take It Down is for pictures made under 18. The person in them makes a fingerprint of the picture on their own device; only the fingerprint is shared with the platforms that take part, never the picture.</source>
        <translation>Take It Down est pour les images faites avant 18 ans. La personne sur l’image crée une empreinte de l’image sur son propre appareil ; seule l’empreinte est partagée avec les plateformes participantes, jamais l’image.</translation>
    </message>
    <message>
        <source>Where to get help</source>
        <translation>Où trouver de l’aide</translation>
    </message>
    <message>
        <source>Capture…</source>
        <translation>Capturer…</translation>
    </message>
    <message>
        <source>Write a report…</source>
        <translation>Rédiger un signalement…</translation>
    </message>
    <message>
        <source>My reports…</source>
        <translation>Mes signalements…</translation>
    </message>
    <message>
        <source>Ready texts…</source>
        <translation>Textes prêts à l’emploi…</translation>
    </message>
    <message>
        <source>Make the dossier…</source>
        <translation>Créer le dossier…</translation>
    </message>
    <message>
        <source>Hand-overs…</source>
        <translation>Remises…</translation>
    </message>
    <message>
        <source>Closes the steps and shows the organisations that can help you.</source>
        <translation>Ferme les étapes et affiche les organisations qui peuvent t’aider.</translation>
    </message>
    <message>
        <source>Opens a menu of ways to capture. The steps close first, so they are not in the picture.</source>
        <translation>Ouvre un menu avec les façons de capturer. Les étapes se ferment d’abord, pour ne pas être sur l’image.</translation>
    </message>
    <message>
        <source>Closes the steps and opens a new report to the platform.</source>
        <translation>Ferme les étapes et ouvre un nouveau signalement à la plateforme.</translation>
    </message>
    <message>
        <source>Closes the steps and opens your reports, to look again whether it is gone.</source>
        <translation>Ferme les étapes et ouvre tes signalements, pour vérifier à nouveau si c’est parti.</translation>
    </message>
    <message>
        <source>Closes the steps and opens texts you can send to others.</source>
        <translation>Ferme les étapes et ouvre des textes que tu peux envoyer à d’autres.</translation>
    </message>
    <message>
        <source>Closes the steps and opens the dossier for the police or someone who helps you.</source>
        <translation>Ferme les étapes et ouvre le dossier pour la police ou pour la personne qui t’aide.</translation>
    </message>
    <message>
        <source>Closes the steps and opens the list of who got a copy of your evidence.</source>
        <translation>Ferme les étapes et ouvre la liste des personnes qui ont reçu une copie de tes preuves.</translation>
    </message>
    <message>
        <source>Marks the step as done. Pressing it again takes the mark off.</source>
        <translation>Marque l’étape comme faite. Appuyer encore une fois enlève la marque.</translation>
    </message>
    <message>
        <source>Keeps the step for later. Pressing it again takes the mark off.</source>
        <translation>Garde l’étape pour plus tard. Appuyer encore une fois enlève la marque.</translation>
    </message>
    <message>
        <source>Marks the step as not for you: you decide. Pressing it again takes the mark off.</source>
        <translation>Marque l’étape comme pas pour toi : c’est toi qui décides. Appuyer encore une fois enlève la marque.</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>à faire</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>not now</source>
        <translation>pas maintenant</translation>
    </message>
    <message>
        <source>not for me</source>
        <translation>pas pour moi</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>%1 of %2 done</source>
        <translation>Fait : %1 sur %2</translation>
    </message>
    <message>
        <source>Next steps: %1</source>
        <translation>Prochaines étapes : %1</translation>
    </message>
    <message>
        <source>What a school can do, step by step. Mark each step done, not now, or not for this incident.</source>
        <translation>Ce qu’une école peut faire, étape par étape. Marque chaque étape comme faite, pas maintenant, ou pas pour cet incident.</translation>
    </message>
    <message>
        <source>What you can do together, one step at a time. You decide the order; mark each step done, not now, or not for you.</source>
        <translation>Ce que tu peux faire avec la personne que tu aides, une étape à la fois. Vous décidez ensemble de l’ordre ; marque chaque étape comme faite, pas maintenant, ou pas pour toi.</translation>
    </message>
    <message>
        <source>One step at a time, in your own time. Mark each step done, not now, or not for you: you decide.</source>
        <translation>Une étape à la fois, à ton rythme. Marque chaque étape comme faite, pas maintenant, ou pas pour toi : c’est toi qui décides.</translation>
    </message>
    <message>
        <source>Where to get help</source>
        <translation>Où trouver de l’aide</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Closes the steps. What you marked is kept.</source>
        <translation>Ferme les étapes. Ce que tu as marqué est gardé.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>For children and young people, also if you were under 18 when the pictures were made. You can call or mail them, and they can come with you to the police.</source>
        <translation>Pour les enfants et les jeunes, aussi si tu avais moins de 18 ans quand les images ont été faites. Tu peux les appeler ou leur écrire, et ils peuvent t’accompagner à la police.</translation>
    </message>
    <message>
        <source>Someone you don’t know to talk to: they help you see the situation more clearly and look at the next steps with you.</source>
        <translation>Quelqu’un que tu ne connais pas, à qui parler : on t’aide à y voir plus clair et à réfléchir avec toi aux prochaines étapes.</translation>
    </message>
    <message>
        <source>The youth service of the CAW: they listen to your story and look with you for the help you need.</source>
        <translation>Le service jeunesse du CAW : on écoute ton histoire et on cherche avec toi l’aide dont tu as besoin.</translation>
    </message>
    <message>
        <source>The Institute for the Equality of Women and Men: help and advice when intimate pictures were shared without consent.</source>
        <translation>L’Institut pour l’égalité des femmes et des hommes : aide et conseils quand des images intimes ont été partagées sans consentement.</translation>
    </message>
    <message>
        <source>You can file a complaint at your local police station, or make an appointment first. Someone you trust can come with you.</source>
        <translation>Tu peux porter plainte au commissariat de police de ton quartier, ou prendre d’abord rendez-vous. Une personne de confiance peut t’accompagner.</translation>
    </message>
    <message>
        <source>Where to report pictures of child sexual abuse with a web address. They can ask the website to remove them.</source>
        <translation>Pour signaler des images d’abus sexuels sur enfants qui ont une adresse web. Ils peuvent demander au site de les retirer.</translation>
    </message>
    <message>
        <source>A free helpline for any question about any kind of violence, also sexual violence online. Call, chat or mail, anonymously.</source>
        <translation>Une ligne d’aide gratuite pour toute question sur toute forme de violence, y compris la violence sexuelle en ligne. Appelle, chatte ou écris, anonymement.</translation>
    </message>
    <message>
        <source>Victim support of the CAW: information, someone who listens, and help with the practical and emotional side.</source>
        <translation>L’aide aux victimes du CAW : des informations, une écoute, et de l’aide pour le côté pratique et émotionnel.</translation>
    </message>
    <message>
        <source>Victim reception at the justice houses: after a complaint, they tell you what happens with it and support you during the court case.</source>
        <translation>L’accueil des victimes des maisons de justice : après une plainte, on t’informe de ce qu’elle devient et on te soutient pendant la procédure judiciaire.</translation>
    </message>
    <message>
        <source>Practical and legal information and a first legal advice, free of charge.</source>
        <translation>Des informations pratiques et juridiques et un premier avis juridique, gratuitement.</translation>
    </message>
    <message>
        <source>Dutch help and information when nude pictures are shared; also for schools.</source>
        <translation>Aide et informations néerlandaises quand des photos dénudées sont partagées ; aussi pour les écoles.</translation>
    </message>
    <message>
        <source>Where to report pictures of possible child sexual abuse shared in a group chat without a web address.</source>
        <translation>Pour signaler des images de possibles abus sexuels sur enfants partagées dans un groupe de discussion sans adresse web.</translation>
    </message>
    <message>
        <source>For pictures made when you were an adult: a digital fingerprint of the picture is shared with the platforms that take part, not the picture itself, so they can stop it being posted.</source>
        <translation>Pour des images faites quand tu étais adulte : une empreinte numérique de l’image est partagée avec les plateformes participantes, pas l’image elle-même, pour qu’elles puissent empêcher sa publication.</translation>
    </message>
    <message>
        <source>For pictures made when you were under 18: a fingerprint of the picture, made from your own device, helps the platforms that take part to remove it.</source>
        <translation>Pour des images faites quand tu avais moins de 18 ans : une empreinte de l’image, faite depuis ton propre appareil, aide les plateformes participantes à la retirer.</translation>
    </message>
    <message>
        <source>Day and night, every day</source>
        <translation>Jour et nuit, tous les jours</translation>
    </message>
    <message>
        <source>%1 to %2, %3–%4</source>
        <translation>Du %1 au %2, %3–%4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>You can chat with them.</source>
        <translation>Tu peux leur parler par chat.</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratuit</translation>
    </message>
    <message>
        <source>you can stay anonymous</source>
        <translation>tu peux rester anonyme</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Where to get help</source>
        <translation>Où trouver de l’aide</translation>
    </message>
    <message>
        <source>What happened is not your fault. You do not have to deal with it alone: talk to someone you trust, or to one of these organisations. Their facts come from the guides this app follows.</source>
        <translation>Ce qui s’est passé n’est pas de ta faute. Tu n’as pas à y faire face seul·e : parles-en à une personne de confiance, ou à l’un de ces organismes. Leurs coordonnées viennent des guides que suit cette application.</translation>
    </message>
    <message>
        <source>Where do you live?</source>
        <translation>Où habites-tu ?</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgique</translation>
    </message>
    <message>
        <source>The Netherlands</source>
        <translation>Pays-Bas</translation>
    </message>
    <message>
        <source>The organisations shown are those that help in this country.</source>
        <translation>Les organisations affichées sont celles qui aident dans ce pays.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Closes this list. F1 shows it again at any time.</source>
        <translation>Ferme cette liste. F1 l’affiche de nouveau à tout moment.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Where to get help…</source>
        <translation>Où trouver de l’aide…</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>The picture. When it is blurred, Space shows it. The arrow keys move a picture that is bigger than this place.</source>
        <translation>L’image. Quand elle est floutée, la barre d’espace l’affiche. Les flèches déplacent une image plus grande que cet espace.</translation>
    </message>
    <message>
        <source>Blurred: click to show the picture</source>
        <translation>Floutée : clique pour voir l’image</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stops the import after the file it is storing now. The files stored so far stay in the vault.</source>
        <translation>Arrête l’import après le fichier en cours d’enregistrement. Les fichiers déjà enregistrés restent dans le coffre.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <source>Storing file %1 of %2…</source>
        <translation>Enregistrement du fichier %1 sur %2…</translation>
    </message>
    <message>
        <source>Looking for files…</source>
        <translation>Recherche des fichiers…</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>Add files to the vault</source>
        <translation>Ajouter des fichiers au coffre</translation>
    </message>
    <message>
        <source>All files (*);;Pictures (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.heic);;Videos and sound (*.mp4 *.mov *.m4a *.mp3 *.ogg *.opus);;Chats, e-mails and documents (*.txt *.zip *.eml *.pdf)</source>
        <translation>Tous les fichiers (*);;Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.heic);;Vidéos et sons (*.mp4 *.mov *.m4a *.mp3 *.ogg *.opus);;Conversations, e-mails et documents (*.txt *.zip *.eml *.pdf)</translation>
    </message>
    <message>
        <source>Add every file of a folder</source>
        <translation>Ajouter tous les fichiers d’un dossier</translation>
    </message>
    <message>
        <source>Wait until the import that is running has finished.</source>
        <translation>Attends que l’import en cours soit terminé.</translation>
    </message>
    <message numerus="yes">
        <source>Import stopped: %n file(s) stored.</source>
        <translation>
            <numerusform>Import arrêté : %n fichier enregistré.</numerusform>
            <numerusform>Import arrêté : %n fichiers enregistrés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) stored.</source>
        <translation>
            <numerusform>%n fichier enregistré.</numerusform>
            <numerusform>%n fichiers enregistrés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read.</source>
        <translation>
            <numerusform>%n fichier n&apos;a pas pu être lu.</numerusform>
            <numerusform>%n fichiers n&apos;ont pas pu être lus.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no picture or file on the clipboard to paste.</source>
        <translation>Il n’y a pas d’image ni de fichier à coller dans le presse-papiers.</translation>
    </message>
</context>
<context>
    <name>ItemChooser</name>
    <message>
        <source>Choose an item</source>
        <translation>Choisir un élément</translation>
    </message>
</context>
<context>
    <name>ItemField</name>
    <message>
        <source>(deleted since)</source>
        <translation>(supprimé depuis)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose one of the items of this case.</source>
        <translation>Choisis un des éléments de cette affaire.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Takes the item off here. It stays in your vault.</source>
        <translation>Retire l’élément d’ici. Il reste dans ton coffre.</translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <source>Notes:</source>
        <translation>Notes :</translation>
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
        <source>Anything else worth remembering</source>
        <translation>Tout ce qui est utile à retenir</translation>
    </message>
    <message>
        <source>A code that shows the file was not changed since it was stored.</source>
        <translation>Un code qui montre que le fichier n’a pas été modifié depuis qu’il a été enregistré.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Keeps what you changed about this item in the vault.</source>
        <translation>Garde dans le coffre ce que tu as modifié pour cet élément.</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Deletes this item from the vault. You are asked first.</source>
        <translation>Supprime cet élément du coffre. On te le demande d’abord.</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 octets)</translation>
    </message>
</context>
<context>
    <name>ItemPicker</name>
    <message numerus="yes">
        <source>%n item(s) chosen</source>
        <translation>
            <numerusform>%n élément choisi</numerusform>
            <numerusform>%n éléments choisis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n of them deleted since)</source>
        <translation>
            <numerusform>(dont %n supprimé depuis)</numerusform>
            <numerusform>(dont %n supprimés depuis)</numerusform>
        </translation>
    </message>
    <message>
        <source>Search the items</source>
        <translation>Chercher dans les éléments</translation>
    </message>
    <message>
        <source>The list shows only the items in which these words appear.</source>
        <translation>La liste n’affiche que les éléments où ces mots apparaissent.</translation>
    </message>
    <message>
        <source>Only the chosen</source>
        <translation>Seulement ceux choisis</translation>
    </message>
    <message>
        <source>The list shows only the items you chose.</source>
        <translation>La liste n’affiche que les éléments que tu as choisis.</translation>
    </message>
    <message>
        <source>Items of the case</source>
        <translation>Éléments de l’affaire</translation>
    </message>
    <message>
        <source>Space checks or unchecks the item in the line you are on.</source>
        <translation>La barre d’espace coche ou décoche l’élément de la ligne où tu es.</translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <source>When it happened</source>
        <translation>Quand cela s’est passé</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Capturé le</translation>
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
    <message>
        <source>Notes: %1</source>
        <translation>Notes : %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier : %1</translation>
    </message>
</context>
<context>
    <name>JournalDialog</name>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Written down.</source>
        <translation>C’est noté.</translation>
    </message>
    <message>
        <source>The entry is changed.</source>
        <translation>L’entrée est modifiée.</translation>
    </message>
    <message>
        <source>Remove the entry?</source>
        <translation>Supprimer l’entrée ?</translation>
    </message>
    <message>
        <source>It leaves the journal and the dossier. The vault&apos;s history keeps that it was written and removed.</source>
        <translation>Elle disparaît du journal et du dossier. L’historique du coffre garde la trace qu’elle a été écrite puis supprimée.</translation>
    </message>
    <message>
        <source>The entry is removed.</source>
        <translation>L’entrée est supprimée.</translation>
    </message>
    <message>
        <source>Journal of %1</source>
        <translation>Journal de %1</translation>
    </message>
    <message>
        <source>Write down what happened that left no file: a threat by phone, a message that was deleted, telling a teacher, going to the police. It goes into the dossier, in the order things happened.</source>
        <translation>Note ce qui s’est passé sans laisser de fichier : une menace par téléphone, un message supprimé, en parler à un professeur, aller à la police. Cela figure dans le dossier, dans l’ordre où les choses se sont passées.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
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
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>What you wrote down, in the order things happened. Choose an entry to change or remove it.</source>
        <translation>Ce que tu as noté, dans l’ordre où les choses se sont passées. Choisis une entrée pour la modifier ou la supprimer.</translation>
    </message>
    <message>
        <source>Write down…</source>
        <translation>Noter…</translation>
    </message>
    <message>
        <source>Opens a form to write down something that happened: when, what, and who was involved.</source>
        <translation>Ouvre un formulaire pour noter quelque chose qui s’est passé : quand, quoi, et qui était concerné.</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Opens the chosen entry, to change it.</source>
        <translation>Ouvre l’entrée choisie, pour la modifier.</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Removes the chosen entry from the journal and the dossier. You are asked first.</source>
        <translation>Supprime l’entrée choisie du journal et du dossier. On te le demande d’abord.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Closes this window. What you wrote down is kept in the vault.</source>
        <translation>Ferme cette fenêtre. Ce que tu as noté reste gardé dans le coffre.</translation>
    </message>
</context>
<context>
    <name>JournalEntryEditor</name>
    <message>
        <source>Write a few words about what happened.</source>
        <translation>Écris en quelques mots ce qui s’est passé.</translation>
    </message>
    <message>
        <source>Write down what happened</source>
        <translation>Noter ce qui s’est passé</translation>
    </message>
    <message>
        <source>Change the entry</source>
        <translation>Modifier l’entrée</translation>
    </message>
    <message>
        <source>When did it happen?</source>
        <translation>Quand cela s’est-il passé ?</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Que s’est-il passé ?</translation>
    </message>
    <message>
        <source>Who was involved?</source>
        <translation>Qui était impliqué ?</translation>
    </message>
    <message>
        <source>For example: he called me and said he would send the photo to my class.</source>
        <translation>Par exemple : il m’a appelé·e et a dit qu’il enverrait la photo à ma classe.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Keeps what you wrote in the journal. It goes into the dossier.</source>
        <translation>Garde ce que tu as écrit dans le journal. Cela figure dans le dossier.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Closes this window without keeping what you wrote.</source>
        <translation>Ferme cette fenêtre sans garder ce que tu as écrit.</translation>
    </message>
    <message>
        <source>Closes this window without keeping what you changed.</source>
        <translation>Ferme cette fenêtre sans garder ce que tu as modifié.</translation>
    </message>
</context>
<context>
    <name>KeyActions</name>
    <message>
        <source>Your new recovery key is in place. The old one no longer opens your vault.</source>
        <translation>Ta nouvelle clé de secours est en place. L’ancienne n’ouvre plus ton coffre.</translation>
    </message>
    <message>
        <source>It could not be noted in the vault&apos;s log (is the disk full?).</source>
        <translation>Cela n’a pas pu être noté dans le journal du coffre (le disque est-il plein ?).</translation>
    </message>
    <message>
        <source>Your passphrase was changed.</source>
        <translation>Ta phrase secrète a été changée.</translation>
    </message>
    <message>
        <source>Your passphrase was changed: only the new one opens the vault. A copy of the vault&apos;s key file could not be updated (is the disk full?). It is brought up to date the next time the vault opens.</source>
        <translation>Ta phrase secrète a été changée : seule la nouvelle ouvre le coffre. Une copie du fichier de clé du coffre n’a pas pu être mise à jour (le disque est-il plein ?). Elle sera mise à jour la prochaine fois que le coffre s’ouvre.</translation>
    </message>
</context>
<context>
    <name>MainToolBar</name>
    <message>
        <source>Toolbar</source>
        <translation>Barre d’outils</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Plus d’actions</translation>
    </message>
    <message>
        <source>Shows the buttons that do not fit in the window.</source>
        <translation>Affiche les boutons qui ne tiennent pas dans la fenêtre.</translation>
    </message>
    <message>
        <source>Whole screen</source>
        <translation>Tout l’écran</translation>
    </message>
    <message>
        <source>Capture everything on the screen</source>
        <translation>Capturer tout ce qui est à l’écran</translation>
    </message>
    <message>
        <source>Part of the screen</source>
        <translation>Partie de l’écran</translation>
    </message>
    <message>
        <source>The screen freezes: drag a rectangle around what to keep</source>
        <translation>L’écran se fige : trace un rectangle autour de ce que tu veux garder</translation>
    </message>
    <message>
        <source>One window</source>
        <translation>Une fenêtre</translation>
    </message>
    <message>
        <source>Capture one window</source>
        <translation>Capturer une fenêtre</translation>
    </message>
    <message>
        <source>Web page…</source>
        <translation>Page web…</translation>
    </message>
    <message>
        <source>Open a private browser and capture a whole web page with its address and the time</source>
        <translation>Ouvre un navigateur privé et capture une page web entière, avec son adresse et l’heure</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Store the picture or files you copied</source>
        <translation>Enregistrer l’image ou les fichiers copiés</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Store pictures or other files</source>
        <translation>Enregistrer des images ou d’autres fichiers</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <source>Store every file in a folder (a phone&apos;s photos, a chat export)</source>
        <translation>Enregistrer tous les fichiers d’un dossier (les photos d’un téléphone, un export de conversation)</translation>
    </message>
    <message>
        <source>Export dossier…</source>
        <translation>Exporter le dossier…</translation>
    </message>
    <message>
        <source>Make a dossier for the police or someone who helps you</source>
        <translation>Faire un dossier pour la police ou pour quelqu’un qui t’aide</translation>
    </message>
    <message>
        <source>Lock the vault now</source>
        <translation>Verrouiller le coffre maintenant</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Sortie rapide</translation>
    </message>
    <message>
        <source>Lock the vault and close every window of Bewijskluis at once</source>
        <translation>Verrouiller le coffre et fermer tout de suite chaque fenêtre de Bewijskluis</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Changer la phrase secrète…</translation>
    </message>
    <message>
        <source>Check the vault…</source>
        <translation>Vérifier le coffre…</translation>
    </message>
    <message>
        <source>Read everything in the vault again and check that nothing was changed</source>
        <translation>Relire tout le coffre et vérifier que rien n’a été modifié</translation>
    </message>
    <message>
        <source>About you: who uses Bewijskluis…</source>
        <translation>À propos de toi : qui utilise Bewijskluis…</translation>
    </message>
    <message>
        <source>Blur pictures until clicked</source>
        <translation>Flouter les images jusqu’au clic</translation>
    </message>
    <message>
        <source>New recovery key…</source>
        <translation>Nouvelle clé de secours…</translation>
    </message>
    <message>
        <source>Write it down, without a picture…</source>
        <translation>Noter, sans image…</translation>
    </message>
    <message>
        <source>Record the web address, the account and what happened, without keeping any file or picture</source>
        <translation>Note l’adresse web, le compte et ce qui s’est passé, sans garder de fichier ni d’image</translation>
    </message>
    <message>
        <source>Is it still online?</source>
        <translation>Est-ce encore en ligne ?</translation>
    </message>
    <message>
        <source>Load the chosen item&apos;s web address again and save what is found</source>
        <translation>Recharge l’adresse web de l’élément choisi et garde ce qui est trouvé</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>Wait a few seconds before capturing, to open a menu or a chat</source>
        <translation>Attendre quelques secondes avant la capture, pour ouvrir un menu ou une conversation</translation>
    </message>
    <message>
        <source>No delay</source>
        <translation>Sans délai</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Language, text size, when to lock, and how Bewijskluis shows itself</source>
        <translation>Langue, taille du texte, verrouillage auto et apparence de Bewijskluis</translation>
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
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>Normal (as the computer&apos;s)</source>
        <translation>Normale (comme sur l&apos;ordinateur)</translation>
    </message>
    <message>
        <source>%1 % bigger</source>
        <translation>%1 % plus grand</translation>
    </message>
    <message>
        <source>Discreet: a neutral name in the task bar</source>
        <translation>Discret : un nom neutre dans la barre des tâches</translation>
    </message>
    <message>
        <source>Look again at reported addresses when the vault opens (goes online)</source>
        <translation>Vérifier à nouveau les adresses signalées à l’ouverture du coffre (se connecte à internet)</translation>
    </message>
    <message>
        <source>Lock the vault by itself when nobody uses it for a while</source>
        <translation>Verrouiller le coffre automatiquement quand personne ne l’utilise pendant un moment</translation>
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
        <source>The vault is locked. Nothing is shown until you open it.</source>
        <translation>Le coffre est verrouillé. Rien n’est affiché tant que tu ne l’ouvres pas.</translation>
    </message>
    <message>
        <source>Open the vault…</source>
        <translation>Ouvrir le coffre…</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Coffre</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>C&amp;apturer</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Réglages</translation>
    </message>
    <message>
        <source>Items of this case</source>
        <translation>Éléments de cette affaire</translation>
    </message>
    <message>
        <source>Choose an item to see it, and what you know about it, beside the list.</source>
        <translation>Choisis un élément pour le voir à côté de la liste, avec ce que tu en sais.</translation>
    </message>
    <message>
        <source>What you were writing when the vault locked is saved: %1.</source>
        <translation>Ce que tu étais en train d’écrire quand le coffre s’est verrouillé est enregistré : %1.</translation>
    </message>
    <message>
        <source>What you were writing when the vault locked is saved.</source>
        <translation>Ce que tu étais en train d’écrire quand le coffre s’est verrouillé est enregistré.</translation>
    </message>
    <message>
        <source>Some saves are missing</source>
        <translation>Des enregistrements manquent</translation>
    </message>
    <message>
        <source>The item was deleted.</source>
        <translation>L’élément a été supprimé.</translation>
    </message>
    <message>
        <source>Added to the vault.</source>
        <translation>Ajouté au coffre.</translation>
    </message>
    <message>
        <source>A copy of the screenshot is still on this computer</source>
        <translation>Une copie de la capture est encore sur cet ordinateur</translation>
    </message>
    <message>
        <source>The desktop saved the screenshot as a file, and Bewijskluis could not delete it. Nothing was stored in the vault. Please delete this file yourself:

%1</source>
        <translation>Le bureau a enregistré la capture dans un fichier, et Bewijskluis n’a pas pu le supprimer. Rien n’a été gardé dans le coffre. Supprime ce fichier toi-même :

%1</translation>
    </message>
    <message>
        <source>The screenshot was cancelled. Nothing was stored.</source>
        <translation>La capture a été annulée. Rien n’a été gardé.</translation>
    </message>
    <message>
        <source>The screen could not be captured. Nothing was stored.</source>
        <translation>L’écran n’a pas pu être capturé. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Keep pictures again? Only do this if the pictures do not show anyone under 18.</source>
        <translation>Garder de nouveau les images ? Fais-le seulement si les images ne montrent personne de moins de 18 ans.</translation>
    </message>
    <message>
        <source>the details beside the list</source>
        <translation>les détails à côté de la liste</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
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
        <source>There is already a case with that name. Choose another name.</source>
        <translation>Il y a déjà une affaire avec ce nom. Choisis un autre nom.</translation>
    </message>
    <message>
        <source>You did nothing wrong. This case is about pictures of someone under 18, so the picture was not kept. Use “Write it down, without a picture” instead.</source>
        <translation>Tu n’as rien fait de mal. Cette affaire concerne des images d’une personne de moins de 18 ans, donc l’image n’a pas été gardée. Utilise plutôt « Noter, sans image ».</translation>
    </message>
    <message>
        <source>This could not be done: something in the input cannot be used.</source>
        <translation>Ça n’a pas marché : une partie de ce que tu as écrit ne peut pas être utilisée.</translation>
    </message>
    <message>
        <source>There is no space left on the disk. Nothing was lost: everything saved before is still there. Free some space, or choose another place, and try again.</source>
        <translation>Il n’y a plus de place sur le disque. Rien n’est perdu : tout ce qui a été enregistré avant est toujours là. Libère de la place, ou choisis un autre endroit, puis réessaie.</translation>
    </message>
    <message>
        <source>Bewijskluis cannot write there: the disk or folder is read-only. Nothing was changed. Choose another place, or make it writable.</source>
        <translation>Bewijskluis ne peut pas écrire à cet endroit : le disque ou le dossier est en lecture seule. Rien n’a été modifié. Choisis un autre endroit, ou rends-le accessible en écriture.</translation>
    </message>
    <message>
        <source>Another program is writing to the vault right now. Nothing was changed; try again in a moment.</source>
        <translation>Un autre programme écrit dans le coffre en ce moment. Rien n’a été modifié ; réessaie dans un instant.</translation>
    </message>
    <message>
        <source>A file could not be read or written. Nothing was lost from the vault.</source>
        <translation>Un fichier n’a pas pu être lu ou écrit. Le coffre n’a rien perdu.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was lost from the vault.</source>
        <translation>Quelque chose s’est mal passé. Le coffre n’a rien perdu.</translation>
    </message>
    <message>
        <source>Part of your vault is damaged, so this could not be done. Nothing was changed. Export the dossier now: it saves everything that can still be read, and says what is missing.</source>
        <translation>Une partie de ton coffre est abîmée, donc cela n’a pas pu se faire. Rien n’a été modifié. Exporte le dossier maintenant : il garde tout ce qui peut encore être lu, et dit ce qui manque.</translation>
    </message>
    <message>
        <source>Part of your vault is damaged: some items could not be read and are not in this list. Export the dossier now: it saves everything that can still be read.</source>
        <translation>Une partie de ton coffre est abîmée : certains éléments n’ont pas pu être lus et ne sont pas dans cette liste. Exporte le dossier maintenant : il garde tout ce qui peut encore être lu.</translation>
    </message>
    <message numerus="yes">
        <source>Your passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>Ta phrase secrète doit avoir au moins %n caractère.</numerusform>
            <numerusform>Ta phrase secrète doit avoir au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your vault is missing its last %n save(s). The vault file (vault.db) is older than when the vault was last used: after a crash, its companion file vault.db-wal was probably lost.</source>
        <translation>
            <numerusform>Il manque %n modification à ton coffre : la dernière. Le fichier du coffre (vault.db) est plus ancien que lors de sa dernière utilisation : après un plantage, le fichier qui l’accompagne, vault.db-wal, a probablement été perdu.</numerusform>
            <numerusform>Il manque %n modifications à ton coffre : les dernières. Le fichier du coffre (vault.db) est plus ancien que lors de sa dernière utilisation : après un plantage, le fichier qui l’accompagne, vault.db-wal, a probablement été perdu.</numerusform>
        </translation>
    </message>
    <message>
        <source>The vault file (vault.db) is not the one this vault last saved: it may be an older copy that was put back in its place.</source>
        <translation>Le fichier du coffre (vault.db) n’est pas celui que ce coffre a enregistré en dernier : c’est peut-être une copie plus ancienne remise à sa place.</translation>
    </message>
    <message>
        <source>Everything else in it is intact and you can go on. If you have a newer copy of the vault folder, do not overwrite it: ask someone you trust to help. This is now noted in the vault&apos;s history, so a dossier shows it too.</source>
        <translation>Tout le reste est intact et tu peux continuer. Si tu as une copie plus récente du dossier du coffre, ne l’écrase pas : demande de l’aide à quelqu’un de confiance. C’est maintenant noté dans l’historique du coffre, et un dossier le mentionnera aussi.</translation>
    </message>
    <message numerus="yes">
        <source>Part of your vault is damaged: %n items could not be read and are not in this list. Export the dossier now: it saves everything that can still be read.</source>
        <translation>
            <numerusform>Une partie de ton coffre est abîmée : %n élément n’a pas pu être lu et n’est pas dans cette liste. Exporte le dossier maintenant : il garde tout ce qui peut encore être lu.</numerusform>
            <numerusform>Une partie de ton coffre est abîmée : %n éléments n’ont pas pu être lus et ne sont pas dans cette liste. Exporte le dossier maintenant : il garde tout ce qui peut encore être lu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The dossier was saved, but it is not complete: your vault is damaged, and %n things in it could not be read. The dossier lists what is missing. Keep it, and ask someone you trust to help you with the vault.</source>
        <translation>
            <numerusform>Le dossier est enregistré, mais il n’est pas complet : ton coffre est abîmé, et %n chose n’a pas pu être lue. Le dossier indique ce qui manque. Garde-le bien, et demande à une personne de confiance de t’aider avec le coffre.</numerusform>
            <numerusform>Le dossier est enregistré, mais il n’est pas complet : ton coffre est abîmé, et %n choses n’ont pas pu être lues. Le dossier indique ce qui manque. Garde-le bien, et demande à une personne de confiance de t’aider avec le coffre.</numerusform>
        </translation>
    </message>
    <message>
        <source>This passphrase is easy to guess: programs that guess passwords try common words, names, number rows and repeats first. Put a few words together that only you would choose, with spaces between them.</source>
        <translation>Cette phrase secrète est facile à deviner : les programmes qui devinent les mots de passe essaient d’abord les mots courants, les prénoms, les suites de chiffres et les répétitions. Assemble quelques mots que toi seul·e choisirais, avec des espaces entre eux.</translation>
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
        <translation>Pourrait être mieux</translation>
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
        <source>Written down</source>
        <translation>Noté</translation>
    </message>
    <message>
        <source>No file or picture is kept for this item: only what is written down here.</source>
        <translation>Aucun fichier ni aucune image n’est gardé pour cet élément : seulement ce qui est noté ici.</translation>
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
    <name>MessagesDialog</name>
    <message>
        <source>The text is copied. Paste it where you want to send it.</source>
        <translation>Le texte est copié. Colle-le là où tu veux l’envoyer.</translation>
    </message>
    <message>
        <source>Ready texts: %1</source>
        <translation>Textes prêts à l’emploi : %1</translation>
    </message>
    <message>
        <source>A text to send yourself, by chat, mail or on paper. Change it as you like. Bewijskluis sends nothing. Only write to the one who shared the pictures if you feel safe.</source>
        <translation>Un texte à envoyer toi-même, par chat, par mail ou sur papier. Modifie-le comme tu veux. Bewijskluis n’envoie rien. N’écris à la personne qui a partagé les images que si tu te sens en sécurité.</translation>
    </message>
    <message>
        <source>To the one who shared the pictures: stop</source>
        <translation>À la personne qui a partagé les images : stop</translation>
    </message>
    <message>
        <source>To friends who received them: delete them</source>
        <translation>Aux amis qui les ont reçues : supprimez-les</translation>
    </message>
    <message>
        <source>A parent’s letter to the school</source>
        <translation>Lettre d’un parent à l’école</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texte :</translation>
    </message>
    <message>
        <source>Language of the text:</source>
        <translation>Langue du texte :</translation>
    </message>
    <message>
        <source>Their name:</source>
        <translation>Son nom :</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Ton nom :</translation>
    </message>
    <message>
        <source>Your child’s name:</source>
        <translation>Prénom de ton enfant :</translation>
    </message>
    <message>
        <source>How the school can reach you:</source>
        <translation>Comment l’école peut te joindre :</translation>
    </message>
    <message>
        <source>The text to send</source>
        <translation>Le texte à envoyer</translation>
    </message>
    <message>
        <source>Change it as you like before you copy or print it.</source>
        <translation>Modifie-le comme tu veux avant de le copier ou de l’imprimer.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copies the text, to paste it in a chat or an e-mail. It leaves the clipboard when the vault locks.</source>
        <translation>Copie le texte, pour le coller dans un chat ou un e-mail. Il quitte le presse-papiers quand le coffre se verrouille.</translation>
    </message>
    <message>
        <source>Write it again from the fields</source>
        <translation>Réécrire à partir des champs</translation>
    </message>
    <message>
        <source>Writes the text again from the fields above. What you changed in it is lost.</source>
        <translation>Réécrit le texte à partir des champs au-dessus. Ce que tu y as modifié est perdu.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Prints the text on paper.</source>
        <translation>Imprime le texte sur papier.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Closes this window. The text is not kept: copy or print it first.</source>
        <translation>Ferme cette fenêtre. Le texte n’est pas gardé : copie-le ou imprime-le d’abord.</translation>
    </message>
</context>
<context>
    <name>Minors</name>
    <message>
        <source>You did nothing wrong.</source>
        <translation>Tu n’as rien fait de mal.</translation>
    </message>
    <message>
        <source>This case is about pictures of someone under 18. Keeping such a picture, even as evidence and even on your own computer, can be against the law.

You can write down the web address, the account and what happened instead, without any picture. That is enough to report it. The organisations in Where to get help can help you further, and Take It Down can stop the picture being posted again.</source>
        <translation>Cette affaire concerne des images d’une personne de moins de 18 ans. Garder une telle image, même comme preuve et même sur ton propre ordinateur, peut être interdit par la loi.

Tu peux plutôt noter l’adresse web, le compte et ce qui s’est passé, sans aucune image. Ça suffit pour le signaler. Les organisations dans « Où trouver de l’aide » peuvent t’aider davantage, et Take It Down peut empêcher que l’image soit publiée de nouveau.</translation>
    </message>
    <message>
        <source>Write it down without a picture</source>
        <translation>Noter sans image</translation>
    </message>
    <message>
        <source>Keep the picture anyway…</source>
        <translation>Garder l’image quand même…</translation>
    </message>
    <message>
        <source>Keep the picture anyway?</source>
        <translation>Garder l’image quand même ?</translation>
    </message>
    <message>
        <source>Only do this if someone who helps you, such as the police or a lawyer, asked you to keep it. The picture stays locked in your vault.</source>
        <translation>Fais-le seulement si quelqu’un qui t’aide, comme la police ou un avocat, t’a demandé de la garder. L’image reste verrouillée dans ton coffre.</translation>
    </message>
    <message>
        <source>Yes, keep the picture</source>
        <translation>Oui, garder l’image</translation>
    </message>
    <message>
        <source>No, don’t keep it</source>
        <translation>Non, ne pas la garder</translation>
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
    <message>
        <source>Show the passphrase</source>
        <translation>Afficher la phrase secrète</translation>
    </message>
    <message>
        <source>Suggest a passphrase</source>
        <translation>Proposer une phrase secrète</translation>
    </message>
    <message>
        <source>Fills in both fields with a few random words that you can write down.</source>
        <translation>Remplit les deux champs avec quelques mots pris au hasard, que tu peux noter.</translation>
    </message>
    <message>
        <source>Write your passphrase down and keep the paper somewhere safe, away from this computer. Type it with a space between the words. You can also change a word, or choose your own.</source>
        <translation>Note ta phrase secrète et garde le papier dans un endroit sûr, loin de cet ordinateur. Tape-la avec un espace entre les mots. Tu peux aussi changer un mot, ou choisir ta propre phrase.</translation>
    </message>
    <message numerus="yes">
        <source>Choose at least %n characters. A few words that only you would put together are easy to remember and hard to guess.</source>
        <translation>
            <numerusform>Choisis au moins %n caractère. Quelques mots que toi seul·e mettrais ensemble sont faciles à retenir et difficiles à deviner.</numerusform>
            <numerusform>Choisis au moins %n caractères. Quelques mots que toi seul·e mettrais ensemble sont faciles à retenir et difficiles à deviner.</numerusform>
        </translation>
    </message>
    <message>
        <source>The same passphrase again, to be sure it is the one you meant.</source>
        <translation>La même phrase secrète encore une fois, pour être sûr·e que c’est bien celle que tu voulais.</translation>
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
    <name>NewRecoveryKeyWizard</name>
    <message>
        <source>New recovery key</source>
        <translation>Nouvelle clé de secours</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Use the new key</source>
        <translation>Utiliser la nouvelle clé</translation>
    </message>
    <message>
        <source>That is not your passphrase. Try again.</source>
        <translation>Ce n’est pas ta phrase secrète. Réessaie.</translation>
    </message>
    <message>
        <source>Putting the new key in place… this can take a minute for a large vault.</source>
        <translation>Mise en place de la nouvelle clé… cela peut prendre une minute pour un grand coffre.</translation>
    </message>
    <message>
        <source>The new key was not put in place: your old recovery key still works. Throw away what you wrote down for the new one.</source>
        <translation>La nouvelle clé n’a pas été mise en place : ton ancienne clé de secours fonctionne toujours. Jette ce que tu as noté pour la nouvelle.</translation>
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
    <name>PersonEditor</name>
    <message>
        <source>Who posted or sent it</source>
        <translation>Qui l’a publié ou envoyé</translation>
    </message>
    <message>
        <source>Change person</source>
        <translation>Modifier la personne</translation>
    </message>
    <message>
        <source>Write down everything you know; one detail is enough. Copy the phone number and e-mail address from the contact&apos;s details: the name your phone shows is not enough to find someone.</source>
        <translation>Note tout ce que tu sais ; un seul détail suffit. Copie le numéro de téléphone et l’adresse e-mail depuis la fiche du contact : le nom affiché par ton téléphone ne suffit pas pour retrouver quelqu’un.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Usernames:</source>
        <translation>Pseudos :</translation>
    </message>
    <message>
        <source>E-mail address:</source>
        <translation>Adresse e-mail :</translation>
    </message>
    <message>
        <source>Phone number:</source>
        <translation>Numéro de téléphone :</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes :</translation>
    </message>
    <message>
        <source>As you know them</source>
        <translation>Comme tu la connais</translation>
    </message>
    <message>
        <source>One per line, e.g. @someone on Instagram</source>
        <translation>Un par ligne, p. ex. @quelquun sur Instagram</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@exemple.be</translation>
    </message>
    <message>
        <source>The real number, e.g. +32 470 12 34 56</source>
        <translation>Le vrai numéro, p. ex. +32 470 12 34 56</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Write at least a name, a username, an e-mail address or a phone number.</source>
        <translation>Écris au moins un nom, un pseudo, une adresse e-mail ou un numéro de téléphone.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>New person…</source>
        <translation>Nouvelle personne…</translation>
    </message>
    <message>
        <source>Add someone with their name, usernames, e-mail, phone</source>
        <translation>Ajouter quelqu’un avec son nom, ses pseudos, son e-mail, son téléphone</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Change the details of the person chosen: their name, usernames, e-mail, phone</source>
        <translation>Modifier les données de la personne choisie : son nom, ses pseudos, son e-mail, son téléphone</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(inconnu)</translation>
    </message>
</context>
<context>
    <name>Platforms</name>
    <message>
        <source>Search engine</source>
        <translation>Moteur de recherche</translation>
    </message>
    <message>
        <source>Adult site</source>
        <translation>Site pour adultes</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(inconnu)</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Tell what you know</source>
        <translation>Dis ce que tu sais</translation>
    </message>
    <message>
        <source>Stored safely in the vault at %1. Add what you know below: it is kept when you close this window. Leave empty what you do not know.</source>
        <translation>Enregistré en sécurité dans le coffre à %1. Ajoute ci-dessous ce que tu sais : c’est gardé quand tu fermes cette fenêtre. Laisse vide ce que tu ne sais pas.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Closes this window. What you typed is kept.</source>
        <translation>Ferme cette fenêtre. Ce que tu as tapé est gardé.</translation>
    </message>
    <message>
        <source>Tips. The arrow keys and Page Down scroll them.</source>
        <translation>Conseils. Les touches fléchées et Page suivante les font défiler.</translation>
    </message>
    <message>
        <source>Opening the picture…</source>
        <translation>Ouverture de l’image…</translation>
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
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Web address:</source>
        <translation>Adresse web :</translation>
    </message>
    <message>
        <source>Where did you see it?</source>
        <translation>Où l’as-tu vu ?</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Plateforme :</translation>
    </message>
    <message>
        <source>Who posted or sent it?</source>
        <translation>Qui l’a publié ou envoyé ?</translation>
    </message>
    <message>
        <source>When was it posted or seen?</source>
        <translation>Quand a-t-il été publié ou vu ?</translation>
    </message>
    <message>
        <source>Its date (and time), if you know it: it puts the dossier in order</source>
        <translation>Sa date (et son heure), si tu la connais : elle met le dossier dans l’ordre</translation>
    </message>
    <message>
        <source>What does it show?</source>
        <translation>Qu’est-ce qu’on y voit ?</translation>
    </message>
    <message>
        <source>Stored on:</source>
        <translation>Enregistré le :</translation>
    </message>
    <message>
        <source>File date:</source>
        <translation>Date du fichier :</translation>
    </message>
    <message>
        <source>Date in the photo:</source>
        <translation>Date dans la photo :</translation>
    </message>
    <message>
        <source>Copy it from the address bar: https://…</source>
        <translation>Copie-la depuis la barre d’adresse : https://…</translation>
    </message>
    <message>
        <source>There is no web address (an app or a chat)</source>
        <translation>Il n’y a pas d’adresse web (une application ou une conversation)</translation>
    </message>
    <message>
        <source>Then you can say where you saw it, in a field that appears below.</source>
        <translation>Tu peux alors dire où tu l’as vu, dans un champ qui apparaît en dessous.</translation>
    </message>
    <message>
        <source>For example: the WhatsApp group “Class 2B”</source>
        <translation>Par exemple : le groupe WhatsApp « Classe 2B »</translation>
    </message>
    <message>
        <source>For example: Saturday 12 May, around 9 pm</source>
        <translation>Par exemple : samedi 12 mai, vers 21 h</translation>
    </message>
    <message>
        <source>In your own words: what can be seen, and what happened.</source>
        <translation>Avec tes propres mots : ce qu’on voit, et ce qui s’est passé.</translation>
    </message>
    <message>
        <source>This is not a web address that can be kept as evidence. Copy the address from the address bar of your browser: it starts with https:// (addresses starting with javascript:, file: or data: are refused).</source>
        <translation>Ce n’est pas une adresse web qui peut être gardée comme preuve. Copie l’adresse depuis la barre d’adresse de ton navigateur : elle commence par https:// (les adresses qui commencent par javascript:, file: ou data: sont refusées).</translation>
    </message>
    <message>
        <source>Written before: “%1”. Choose the person above, or add them with “New person…”.</source>
        <translation>Écrit avant : « %1 ». Choisis la personne ci-dessus, ou ajoute-la avec « Nouvelle personne… ».</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>none in the file</source>
        <translation>aucune dans le fichier</translation>
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
        <source>Prints your recovery key on paper, to keep somewhere safe.</source>
        <translation>Imprime ta clé de secours sur papier, à garder dans un endroit sûr.</translation>
    </message>
    <message>
        <source>I wrote down or printed my recovery key and keep it safe.</source>
        <translation>J’ai noté ou imprimé ma clé de secours et je la garde en lieu sûr.</translation>
    </message>
    <message>
        <source>Group %1: %2.</source>
        <translation>Groupe %1 : %2.</translation>
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
    <name>RedactionEditor</name>
    <message>
        <source>This picture cannot be shown, so nothing can be marked.</source>
        <translation>Cette image ne peut pas être affichée : rien ne peut donc être indiqué.</translation>
    </message>
    <message>
        <source>Hide parts for a copy without the pictures</source>
        <translation>Masquer des parties pour une copie sans les images</translation>
    </message>
    <message>
        <source>Or with the keys, on the picture: an arrow marks its middle, the arrows move that part, Shift+arrows change its size, Enter places it, Esc takes it away.</source>
        <translation>Ou avec les touches, sur l’image : une flèche marque son milieu, les flèches déplacent cette partie, Maj+flèches changent sa taille, Entrée la fixe, Échap l’enlève.</translation>
    </message>
    <message>
        <source>Drag over the parts that others must not see (a face, a body, a name). They are hidden only in the copy for a school or a parent. The original stays exactly as it is, and the police always get the original.</source>
        <translation>Glisse sur les parties que d’autres ne doivent pas voir (un visage, un corps, un nom). Elles ne sont masquées que dans la copie pour une école ou un parent. L’original reste exactement tel quel, et la police reçoit toujours l’original.</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Drag with the mouse over a part of the picture to hide it in the copy.</source>
        <translation>Glisse avec la souris sur une partie de l’image pour la masquer dans la copie.</translation>
    </message>
    <message>
        <source>Black out</source>
        <translation>Noircir</translation>
    </message>
    <message>
        <source>Blur</source>
        <translation>Flouter</translation>
    </message>
    <message>
        <source>Undo last</source>
        <translation>Annuler le dernier</translation>
    </message>
    <message>
        <source>Takes away the last part you marked.</source>
        <translation>Retire la dernière partie que tu as indiquée.</translation>
    </message>
    <message>
        <source>Remove all</source>
        <translation>Tout retirer</translation>
    </message>
    <message>
        <source>Takes away every part you marked on this picture.</source>
        <translation>Retire toutes les parties que tu as indiquées sur cette image.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Keeps the parts you marked. They are hidden only in the copy for a school or a parent; the original does not change.</source>
        <translation>Garde les parties que tu as indiquées. Elles ne sont masquées que dans la copie pour une école ou un parent ; l’original ne change pas.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Closes this window. If you marked parts and did not save them, it asks first.</source>
        <translation>Ferme cette fenêtre. Si tu as indiqué des parties sans les enregistrer, elle te demande d’abord ce que tu veux.</translation>
    </message>
    <message>
        <source>Saving… The window closes once the parts are saved.</source>
        <translation>Enregistrement… La fenêtre se ferme dès que les parties sont enregistrées.</translation>
    </message>
    <message>
        <source>Keep the parts you marked?</source>
        <translation>Garder les parties que tu as indiquées ?</translation>
    </message>
    <message>
        <source>You marked parts of this picture that are not saved yet. Save them before the window closes?</source>
        <translation>Tu as indiqué des parties de cette image qui ne sont pas encore enregistrées. Les enregistrer avant que la fenêtre se ferme ?</translation>
    </message>
    <message>
        <source>There is no part to take away.</source>
        <translation>Il n’y a aucune partie à retirer.</translation>
    </message>
    <message numerus="yes">
        <source>The last part is taken away; %n left.</source>
        <translation>
            <numerusform>La dernière partie est retirée ; il en reste %n.</numerusform>
            <numerusform>La dernière partie est retirée ; il en reste %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every part is taken away.</source>
        <translation>Toutes les parties sont retirées.</translation>
    </message>
    <message>
        <source>A part is marked: %1.</source>
        <translation>Une partie est marquée : %1.</translation>
    </message>
    <message numerus="yes">
        <source>Placed. In all, %n part(s) to hide; Save keeps them.</source>
        <translation>
            <numerusform>Fixée. En tout, %n partie à masquer ; « Enregistrer » la garde.</numerusform>
            <numerusform>Fixée. En tout, %n parties à masquer ; « Enregistrer » les garde.</numerusform>
        </translation>
    </message>
    <message>
        <source>The part you were placing is taken away.</source>
        <translation>La partie que tu fixais est retirée.</translation>
    </message>
    <message>
        <source>Moved: %1.</source>
        <translation>Déplacée : %1.</translation>
    </message>
    <message>
        <source>from %1 to %2 % across, from %3 to %4 % down</source>
        <translation>de %1 à %2 % en largeur, de %3 à %4 % en hauteur</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>ReportEditor</name>
    <message>
        <source>The text is copied. Paste it into the platform’s form.</source>
        <translation>Le texte est copié. Colle-le dans le formulaire de la plateforme.</translation>
    </message>
    <message>
        <source>This is not a web address: %1</source>
        <translation>Ce n’est pas une adresse web : %1</translation>
    </message>
    <message>
        <source>Address checked on %1. The app opens nothing and sends nothing.</source>
        <translation>Adresse vérifiée le %1. L’application n’ouvre rien et n’envoie rien.</translation>
    </message>
    <message>
        <source>Use the report button next to the post or the profile, or look for ‘report’ in the site’s help pages.</source>
        <translation>Utilise le bouton de signalement à côté de la publication ou du profil, ou cherche « signaler » dans les pages d’aide du site.</translation>
    </message>
    <message>
        <source>They ask for: %1.</source>
        <translation>Ils demandent : %1.</translation>
    </message>
    <message>
        <source>Report to a platform</source>
        <translation>Signaler à une plateforme</translation>
    </message>
    <message>
        <source>Change the report</source>
        <translation>Modifier le signalement</translation>
    </message>
    <message>
        <source>Where is it?</source>
        <translation>Où est-ce ?</translation>
    </message>
    <message>
        <source>Where to report</source>
        <translation>Où signaler</translation>
    </message>
    <message>
        <source>Web addresses (one per line)</source>
        <translation>Adresses web (une par ligne)</translation>
    </message>
    <message>
        <source>Items it is about</source>
        <translation>Éléments concernés</translation>
    </message>
    <message>
        <source>How did you report it?</source>
        <translation>Comment l’as-tu signalé ?</translation>
    </message>
    <message>
        <source>Through (a helpline, a person)</source>
        <translation>Via (ligne d’aide, personne)</translation>
    </message>
    <message>
        <source>When was it sent?</source>
        <translation>Quand a-t-il été envoyé ?</translation>
    </message>
    <message>
        <source>Where does it stand?</source>
        <translation>Où en est-il ?</translation>
    </message>
    <message>
        <source>Ticket or case number</source>
        <translation>Numéro de ticket ou de dossier</translation>
    </message>
    <message>
        <source>Receipt you kept</source>
        <translation>Accusé de réception gardé</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ton nom</translation>
    </message>
    <message>
        <source>Your e-mail address</source>
        <translation>Ton adresse e-mail</translation>
    </message>
    <message>
        <source>The text you send</source>
        <translation>Le texte que tu envoies</translation>
    </message>
    <message>
        <source>The pictures show someone under 18</source>
        <translation>Les images montrent une personne de moins de 18 ans</translation>
    </message>
    <message>
        <source>Write a ready text</source>
        <translation>Rédiger un texte prêt à l’emploi</translation>
    </message>
    <message>
        <source>Writes the text from what you filled in. It takes the place of the text below.</source>
        <translation>Rédige le texte à partir de ce que tu as rempli. Il remplace le texte en dessous.</translation>
    </message>
    <message>
        <source>Copy the text</source>
        <translation>Copier le texte</translation>
    </message>
    <message>
        <source>Copies the text, to paste it in the platform&apos;s form or an e-mail. It leaves the clipboard when the vault locks.</source>
        <translation>Copie le texte, pour le coller dans le formulaire de la plateforme ou dans un e-mail. Il quitte le presse-papiers quand le coffre se verrouille.</translation>
    </message>
    <message>
        <source>Your name and e-mail go into the text only; they are not kept. Read the text before you send it, and change what you want.</source>
        <translation>Ton nom et ton e-mail vont seulement dans le texte ; ils ne sont pas conservés. Relis le texte avant de l’envoyer, et change ce que tu veux.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Keeps the report in the vault. It goes into the dossier.</source>
        <translation>Garde le signalement dans le coffre. Il figure dans le dossier.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Closes the report without keeping what you changed.</source>
        <translation>Ferme le signalement sans garder ce que tu as modifié.</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(non précisé)</translation>
    </message>
</context>
<context>
    <name>ReportRechecker</name>
    <message>
        <source>Looked again at the reported addresses: %1 gone, %2 still online, %3 not reachable.</source>
        <translation>Adresses signalées vérifiées à nouveau : %1 disparues, %2 toujours en ligne, %3 injoignables.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Another website or host</source>
        <translation>Un autre site web ou hébergeur</translation>
    </message>
    <message>
        <source>Draft, not sent yet</source>
        <translation>Brouillon, pas encore envoyé</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Received by the platform</source>
        <translation>Reçu par la plateforme</translation>
    </message>
    <message>
        <source>They asked for more information</source>
        <translation>Ils ont demandé plus d’informations</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Decision contested</source>
        <translation>Décision contestée</translation>
    </message>
    <message>
        <source>Passed on (helpline, police)</source>
        <translation>Transmis (ligne d’aide, police)</translation>
    </message>
    <message>
        <source>Online again</source>
        <translation>De nouveau en ligne</translation>
    </message>
    <message>
        <source>Report button in the app or on the site</source>
        <translation>Bouton de signalement dans l’application ou sur le site</translation>
    </message>
    <message>
        <source>A form on the website</source>
        <translation>Un formulaire sur le site web</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>The platform’s data protection officer</source>
        <translation>Le délégué à la protection des données de la plateforme</translation>
    </message>
    <message>
        <source>A helpline (Child Focus, IGVM, Helpwanted, …)</source>
        <translation>Une ligne d’aide (Child Focus, IEFH, Helpwanted, …)</translation>
    </message>
    <message>
        <source>StopNCII.org or Take It Down (a fingerprint, not the picture)</source>
        <translation>StopNCII.org ou Take It Down (une empreinte, pas la photo)</translation>
    </message>
    <message>
        <source>A search engine’s removal form</source>
        <translation>Le formulaire de suppression d’un moteur de recherche</translation>
    </message>
    <message>
        <source>The police</source>
        <translation>La police</translation>
    </message>
    <message>
        <source>Send the report: it is still a draft.</source>
        <translation>Envoie le signalement : c’est encore un brouillon.</translation>
    </message>
    <message>
        <source>No answer yet? Look for one, or write again.</source>
        <translation>Pas encore de réponse ? Vérifie s’il y en a une, ou écris à nouveau.</translation>
    </message>
    <message>
        <source>Still no answer after a week: write again, or ask a helpline.</source>
        <translation>Toujours pas de réponse après une semaine : écris à nouveau, ou demande de l’aide à une ligne d’aide.</translation>
    </message>
    <message>
        <source>They asked for more information: send it.</source>
        <translation>Ils ont demandé plus d’informations : envoie-les.</translation>
    </message>
    <message>
        <source>Look again whether it is still gone.</source>
        <translation>Vérifie à nouveau que c’est toujours retiré.</translation>
    </message>
    <message>
        <source>They refused. You can contest the decision.</source>
        <translation>Ils ont refusé. Tu peux contester la décision.</translation>
    </message>
    <message>
        <source>It is online again: report it again.</source>
        <translation>C’est de nouveau en ligne : signale-le à nouveau.</translation>
    </message>
    <message>
        <source>the exact address of the post, video or profile</source>
        <translation>l’adresse exacte de la publication, de la vidéo ou du profil</translation>
    </message>
    <message>
        <source>the name of the account that posted it</source>
        <translation>le nom du compte qui l’a publié</translation>
    </message>
    <message>
        <source>a screenshot</source>
        <translation>une capture d’écran</translation>
    </message>
    <message>
        <source>that the report comes from the person shown, or someone acting for them</source>
        <translation>que le signalement vient de la personne représentée, ou de quelqu’un qui agit pour elle</translation>
    </message>
    <message>
        <source>why the content breaks the law or the rules</source>
        <translation>pourquoi le contenu enfreint la loi ou les règles</translation>
    </message>
    <message>
        <source>the picture itself, on your own device (only a fingerprint is sent)</source>
        <translation>la photo elle-même, sur ton propre appareil (seule une empreinte est envoyée)</translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <source>From %1: %2</source>
        <translation>À partir du %1 : %2</translation>
    </message>
    <message>
        <source>The report is saved.</source>
        <translation>Le signalement est enregistré.</translation>
    </message>
    <message>
        <source>The report is changed.</source>
        <translation>Le signalement est modifié.</translation>
    </message>
    <message>
        <source>The answer is saved.</source>
        <translation>La réponse est enregistrée.</translation>
    </message>
    <message>
        <source>Remove the report?</source>
        <translation>Retirer le signalement ?</translation>
    </message>
    <message>
        <source>It leaves the list and the dossier. The vault&apos;s history keeps that it was written and removed.</source>
        <translation>Il quitte la liste et le dossier. L’historique du coffre garde la trace qu’il a été écrit puis retiré.</translation>
    </message>
    <message>
        <source>The report is removed.</source>
        <translation>Le signalement est retiré.</translation>
    </message>
    <message>
        <source>Look again online?</source>
        <translation>Vérifier à nouveau en ligne ?</translation>
    </message>
    <message numerus="yes">
        <source>The app will visit the %n address(es) of this report to see whether they are still online. The sites can see that someone visited. Go on?</source>
        <translation>
            <numerusform>L’application va visiter %n adresse de ce signalement pour voir si elle est toujours en ligne. Le site peut voir que quelqu’un l’a visité. Continuer ?</numerusform>
            <numerusform>L’application va visiter les %n adresses de ce signalement pour voir si elles sont toujours en ligne. Les sites peuvent voir que quelqu’un les a visités. Continuer ?</numerusform>
        </translation>
    </message>
    <message>
        <source>The addresses could not be checked.</source>
        <translation>Les adresses n’ont pas pu être vérifiées.</translation>
    </message>
    <message>
        <source>It answers again</source>
        <translation>Ça répond à nouveau</translation>
    </message>
    <message>
        <source>%1 answers again. If what you reported is back online, mark the report as online again?</source>
        <translation>%1 répond à nouveau. Si ce que tu as signalé est de nouveau en ligne, marquer le signalement comme de nouveau en ligne ?</translation>
    </message>
    <message>
        <source>The report is marked as online again.</source>
        <translation>Le signalement est marqué comme de nouveau en ligne.</translation>
    </message>
    <message>
        <source>It is still online</source>
        <translation>C’est toujours en ligne</translation>
    </message>
    <message>
        <source>%1 is still online. Capture it again now, with today’s date and time?</source>
        <translation>%1 est toujours en ligne. Le capturer à nouveau maintenant, avec la date et l’heure d’aujourd’hui ?</translation>
    </message>
    <message>
        <source>Looked again: %1.</source>
        <translation>Vérifié à nouveau : %1.</translation>
    </message>
    <message>
        <source>It is gone</source>
        <translation>C’est retiré</translation>
    </message>
    <message>
        <source>Every address of this report is gone. Mark the report as removed?</source>
        <translation>Toutes les adresses de ce signalement ont disparu. Marquer le signalement comme retiré ?</translation>
    </message>
    <message>
        <source>The report is marked as removed.</source>
        <translation>Le signalement est marqué comme retiré.</translation>
    </message>
    <message>
        <source>Reports of %1</source>
        <translation>Signalements de %1</translation>
    </message>
    <message>
        <source>Report what you captured to the platform and ask for it to be removed. Keep here what you sent, the ticket number and every answer: it goes into the dossier. The app sends nothing itself.</source>
        <translation>Signale ce que tu as capturé à la plateforme et demande son retrait. Garde ici ce que tu as envoyé, le numéro de ticket et chaque réponse : tout va dans le dossier. L’application n’envoie rien elle-même.</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Où il en est</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Choose a report here, then use the buttons below the list.</source>
        <translation>Choisis ici un signalement, puis utilise les boutons sous la liste.</translation>
    </message>
    <message>
        <source>Opens a form to write down a report to a platform: where, how and when you reported it.</source>
        <translation>Ouvre un formulaire pour noter un signalement à une plateforme : où, comment et quand tu l’as signalé.</translation>
    </message>
    <message>
        <source>Opens a form to write down the platform&apos;s answer to the chosen report, and where it stands now.</source>
        <translation>Ouvre un formulaire pour noter la réponse de la plateforme au signalement choisi, et où il en est maintenant.</translation>
    </message>
    <message>
        <source>New report…</source>
        <translation>Nouveau signalement…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Opens the chosen report, to change it.</source>
        <translation>Ouvre le signalement choisi, pour le modifier.</translation>
    </message>
    <message>
        <source>An answer came…</source>
        <translation>Une réponse est arrivée…</translation>
    </message>
    <message>
        <source>Look again online…</source>
        <translation>Vérifier à nouveau en ligne…</translation>
    </message>
    <message>
        <source>Visits the addresses of the chosen report again, to see whether they are still online. You are asked first.</source>
        <translation>Visite de nouveau les adresses du signalement choisi, pour voir si elles sont encore en ligne. On te le demande d’abord.</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Removes the chosen report from the list and the dossier. You are asked first.</source>
        <translation>Retire le signalement choisi de la liste et du dossier. On te le demande d’abord.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Closes this window. What you wrote down is kept in the vault.</source>
        <translation>Ferme cette fenêtre. Ce que tu as noté reste gardé dans le coffre.</translation>
    </message>
    <message>
        <source>still online</source>
        <translation>toujours en ligne</translation>
    </message>
    <message>
        <source>online, changed</source>
        <translation>en ligne, modifié</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>disparu</translation>
    </message>
    <message>
        <source>not reachable</source>
        <translation>injoignable</translation>
    </message>
</context>
<context>
    <name>SetupPages</name>
    <message>
        <source>If you lose both your passphrase and your recovery key, nobody can open the vault again: not you, not the police, not even the makers of Bewijskluis.</source>
        <translation>Si tu perds à la fois ta phrase secrète et ta clé de secours, plus personne ne pourra ouvrir le coffre : ni toi, ni la police, ni même les créateurs de Bewijskluis.</translation>
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
        <source>Your vault is made, but your answers about you could not be kept. Please give them again in Settings &gt; About you.</source>
        <translation>Ton coffre est créé, mais tes réponses sur toi n’ont pas pu être gardées. Donne-les de nouveau dans Réglages &gt; À propos de toi.</translation>
    </message>
    <message>
        <source>Your vault is made, but you have not checked your recovery key yet. If you close now, you will never see this key again.

Close anyway?</source>
        <translation>Ton coffre est créé, mais tu n’as pas encore vérifié ta clé de secours. Si tu fermes maintenant, tu ne verras plus jamais cette clé.

Fermer quand même ?</translation>
    </message>
</context>
<context>
    <name>StepCard</name>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Not for me</source>
        <translation>Pas pour moi</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>the case&apos;s summary</source>
        <translation>le résumé de l’affaire</translation>
    </message>
    <message>
        <source>Summary of %1</source>
        <translation>Résumé de %1</translation>
    </message>
    <message>
        <source>Tell in your own words what happened, as you would to someone you trust. It is the first page of the dossier for the police. You can change it later.</source>
        <translation>Raconte avec tes propres mots ce qui s’est passé, comme tu le ferais à quelqu’un de confiance. C’est la première page du dossier pour la police. Tu pourras le modifier plus tard.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>For example: who sent what, where it was shared, and since when.</source>
        <translation>Par exemple : qui a envoyé quoi, où cela a été partagé, et depuis quand.</translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message>
        <source>about %1</source>
        <translation>vers le %1</translation>
    </message>
    <message>
        <source>%1 (the camera’s clock)</source>
        <translation>%1 (horloge de l’appareil)</translation>
    </message>
</context>
<context>
    <name>TodoDialog</name>
    <message>
        <source>Now (since %1)</source>
        <translation>Maintenant (depuis le %1)</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>À partir du %1</translation>
    </message>
    <message>
        <source>Until %1.</source>
        <translation>Jusqu’au %1.</translation>
    </message>
    <message>
        <source>To do: %1</source>
        <translation>À faire : %1</translation>
    </message>
    <message>
        <source>What is next for your reports, the soonest first. Take your time: do what you can, when you can.</source>
        <translation>Ce qui reste à faire pour tes signalements, le plus urgent d’abord. Prends ton temps : fais ce que tu peux, quand tu peux.</translation>
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
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>What is next for your reports, the soonest first. Choose a line to open its report.</source>
        <translation>Ce qu’il reste à faire pour tes signalements, le plus urgent d’abord. Choisis une ligne pour ouvrir son signalement.</translation>
    </message>
    <message>
        <source>Nothing to do about the reports of this case.</source>
        <translation>Rien à faire pour les signalements de cette affaire.</translation>
    </message>
    <message>
        <source>Open the report…</source>
        <translation>Ouvrir le signalement…</translation>
    </message>
    <message>
        <source>Shows the report of the chosen line among your reports.</source>
        <translation>Affiche le signalement de la ligne choisie parmi tes signalements.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Closes this window. Your reports stay as they are.</source>
        <translation>Ferme cette fenêtre. Tes signalements restent tels quels.</translation>
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
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>The passphrase you chose when you made your vault.</source>
        <translation>La phrase secrète que tu as choisie en créant ton coffre.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de secours</translation>
    </message>
    <message>
        <source>The 16 groups you wrote down or printed. Dashes and spaces do not matter.</source>
        <translation>Les 16 groupes que tu as notés ou imprimés. Les tirets et les espaces n’ont pas d’importance.</translation>
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
    <name>Unsaved</name>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Revenir</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>Keep what you wrote?</source>
        <translation>Garder ce que tu as écrit ?</translation>
    </message>
    <message>
        <source>What you wrote or chose here is not saved yet. Save it before the window closes?</source>
        <translation>Ce que tu as écrit ou choisi ici n’est pas encore enregistré. L’enregistrer avant que la fenêtre se ferme ?</translation>
    </message>
</context>
<context>
    <name>WebActions</name>
    <message>
        <source>Choose an item with a web address first.</source>
        <translation>Choisis d’abord un élément avec une adresse web.</translation>
    </message>
    <message>
        <source>The address could not be checked. Nothing was changed.</source>
        <translation>L’adresse n’a pas pu être vérifiée. Rien n’a changé.</translation>
    </message>
    <message>
        <source>Still online, unchanged. This check is saved with the item.</source>
        <translation>Toujours en ligne, sans changement. Cette vérification est gardée avec l’élément.</translation>
    </message>
    <message>
        <source>Still online, but the page has changed. This check is saved with the item.</source>
        <translation>Toujours en ligne, mais la page a changé. Cette vérification est gardée avec l’élément.</translation>
    </message>
    <message>
        <source>The page is gone (removed). This check is saved with the item.</source>
        <translation>La page a disparu (supprimée). Cette vérification est gardée avec l’élément.</translation>
    </message>
    <message>
        <source>The site could not be reached. This check is saved with the item.</source>
        <translation>Le site n’a pas pu être atteint. Cette vérification est gardée avec l’élément.</translation>
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
        <source>Are you under 18 and do the pictures show you? You did nothing wrong. Keeping the picture itself can be against the law, even on your own computer, so you do not have to keep it: you can write down only the web address, the account that posted it and what happened. Child Focus can help you with this: call 116 000, free, day and night.</source>
        <translation>Tu as moins de 18 ans et c’est toi sur les images ? Tu n’as rien fait de mal. Garder l’image elle-même peut être interdit par la loi, même sur ton propre ordinateur : rien ne t’oblige donc à la garder. Tu peux noter seulement l’adresse web, le compte qui l’a publiée et ce qui s’est passé. Child Focus peut t’aider : appelle gratuitement le 116 000, jour et nuit.</translation>
    </message>
    <message>
        <source>Where do you live?</source>
        <translation>Où habites-tu ?</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgique</translation>
    </message>
    <message>
        <source>The Netherlands</source>
        <translation>Pays-Bas</translation>
    </message>
    <message>
        <source>Bewijskluis shows the organisations that help in this country.</source>
        <translation>Bewijskluis affiche les organisations qui aident dans ce pays.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
</context>
<context>
    <name>WindowPicker</name>
    <message>
        <source>(window without a title)</source>
        <translation>(fenêtre sans titre)</translation>
    </message>
</context>
</TS>
