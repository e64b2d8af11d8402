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
        <source>Audit chain head</source>
        <translation>Dernier maillon de la chaîne d’audit</translation>
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
        <source>Summary of the facts</source>
        <translation>Résumé des faits</translation>
    </message>
    <message>
        <source>In the words of the person concerned.</source>
        <translation>Dans les mots de la personne concernée.</translation>
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
        <translation>Aucune personne n’a été nommée avec les pièces.</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Pièces</translation>
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
        <source>The audit chain head of the vault at the moment of export was {head}. The owner of the vault can show that this value is part of the vault's own chain.</source>
        <translation>Au moment de l’export, le dernier maillon de la chaîne d’audit du coffre était {head}. Le propriétaire du coffre peut montrer que cette valeur fait partie de la chaîne du coffre.</translation>
    </message>
    <message>
        <source>This is a redacted copy: parts of images are hidden and the original files are not included.</source>
        <translation>Ceci est une copie expurgée : des parties d’images sont masquées et les fichiers originaux ne sont pas joints.</translation>
    </message>
</context>
</TS>