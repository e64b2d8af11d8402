<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Current passphrase:</source>
        <translation>Huidige wachtzin:</translation>
    </message>
    <message>
        <source>Choose a new passphrase. Your recovery key stays the same and keeps working.</source>
        <translation>Kies een nieuwe wachtzin. Je herstelsleutel blijft dezelfde en blijft werken.</translation>
    </message>
    <message>
        <source>You opened the vault with your recovery key. Choose a new passphrase to use from now on. Your recovery key stays the same.</source>
        <translation>Je hebt de kluis geopend met je herstelsleutel. Kies een nieuwe wachtzin die je vanaf nu gebruikt. Je herstelsleutel blijft dezelfde.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Wachtzin wijzigen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Changing… this takes a second.</source>
        <translation>Bezig met wijzigen… dit duurt een seconde.</translation>
    </message>
    <message>
        <source>Please type your current passphrase.</source>
        <translation>Typ je huidige wachtzin.</translation>
    </message>
    <message>
        <source>Your current passphrase is not right. Try again.</source>
        <translation>Je huidige wachtzin klopt niet. Probeer opnieuw.</translation>
    </message>
</context>
<context>
    <name>CheckKeyPage</name>
    <message>
        <source>Check your recovery key</source>
        <translation>Controleer je herstelsleutel</translation>
    </message>
    <message>
        <source>Look at what you wrote down or printed, and type the two groups we ask for. This makes sure you can use it when you need it.</source>
        <translation>Kijk naar wat je hebt opgeschreven of afgedrukt, en typ de twee groepen die we vragen. Zo weet je zeker dat je de sleutel kunt gebruiken als je hem nodig hebt.</translation>
    </message>
    <message>
        <source>Group %1:</source>
        <translation>Groep %1:</translation>
    </message>
    <message>
        <source>Group %1 does not match.</source>
        <translation>Groep %1 klopt niet.</translation>
    </message>
    <message>
        <source>Groups %1 and %2 do not match.</source>
        <translation>Groepen %1 en %2 kloppen niet.</translation>
    </message>
    <message>
        <source>Look again at what you wrote down. If you did not keep the key, go back: it is still shown there.</source>
        <translation>Kijk nog eens naar wat je hebt opgeschreven. Heb je de sleutel niet bewaard? Ga dan terug: hij staat daar nog.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Fit</source>
        <translation>Passend</translation>
    </message>
    <message>
        <source>Show the whole picture</source>
        <translation>Toon de hele afbeelding</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <source>Show at real size</source>
        <translation>Toon op ware grootte</translation>
    </message>
    <message>
        <source>Choose an item in the list to see it here.</source>
        <translation>Kies een item in de lijst om het hier te zien.</translation>
    </message>
    <message>
        <source>Opening the picture…</source>
        <translation>Afbeelding openen…</translation>
    </message>
    <message>
        <source>Nothing to save: nothing was changed.</source>
        <translation>Niets om te bewaren: er is niets veranderd.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Bewaren…</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>Bewaard om %1.</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>Niet bewaard. %1</translation>
    </message>
    <message>
        <source>Delete this item?</source>
        <translation>Dit item verwijderen?</translation>
    </message>
    <message>
        <source>Delete this item from the vault? The file and its details will be gone. The vault&apos;s log keeps a note that an item was deleted, and when.</source>
        <translation>Dit item uit de kluis verwijderen? Het bestand en alle gegevens ervan zijn dan weg. Het logboek van de kluis onthoudt wel dat er een item is verwijderd, en wanneer.</translation>
    </message>
    <message>
        <source>Not deleted. %1</source>
        <translation>Niet verwijderd. %1</translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <source>Web address:</source>
        <translation>Webadres:</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Platform:</translation>
    </message>
    <message>
        <source>Where it was seen:</source>
        <translation>Waar gezien:</translation>
    </message>
    <message>
        <source>Who posted it:</source>
        <translation>Wie heeft het gepost:</translation>
    </message>
    <message>
        <source>When posted or seen:</source>
        <translation>Wanneer gepost of gezien:</translation>
    </message>
    <message>
        <source>What it shows:</source>
        <translation>Wat je ziet:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notities:</translation>
    </message>
    <message>
        <source>Stored on:</source>
        <translation>Bewaard op:</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256):</source>
        <translation>Vingerafdruk (SHA-256):</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Grootte:</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Bestandsnaam:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Soort bestand:</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>For example: the class group chat</source>
        <translation>Bijvoorbeeld: de groepschat van de klas</translation>
    </message>
    <message>
        <source>Name, username, phone number…</source>
        <translation>Naam, gebruikersnaam, telefoonnummer…</translation>
    </message>
    <message>
        <source>For example: Saturday evening, 12 May</source>
        <translation>Bijvoorbeeld: zaterdagavond 12 mei</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>%1 (%2, UTC%3)
%4 UTC</source>
        <translation>%1 (%2, UTC%3)
%4 UTC</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 bytes)</translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webadres</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Vingerafdruk</translation>
    </message>
</context>
<context>
    <name>MainToolBar</name>
    <message>
        <source>Toolbar</source>
        <translation>Werkbalk</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Bestanden toevoegen…</translation>
    </message>
    <message>
        <source>Store pictures or other files as evidence</source>
        <translation>Bewaar afbeeldingen of andere bestanden als bewijs</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Vergrendelen</translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>Vergrendel de kluis nu (Ctrl+L)</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Wachtzin wijzigen…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Auto-lock</source>
        <translation>Automatisch vergrendelen</translation>
    </message>
    <message>
        <source>Lock the vault by itself when nobody uses it for a while</source>
        <translation>Vergrendel de kluis vanzelf als niemand hem een tijdje gebruikt</translation>
    </message>
    <message numerus="yes">
        <source>After %n minute(s) without use</source>
        <translation>
            <numerusform>Na %n minuut zonder gebruik</numerusform>
            <numerusform>Na %n minuten zonder gebruik</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Case:</source>
        <translation>Dossier:</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>Nieuw dossier…</translation>
    </message>
    <message>
        <source>Search in this case…</source>
        <translation>Zoeken in dit dossier…</translation>
    </message>
    <message>
        <source>The vault is locked. Nothing is shown until you open it.</source>
        <translation>De kluis is vergrendeld. Er is niets te zien tot je hem opent.</translation>
    </message>
    <message>
        <source>Open the vault…</source>
        <translation>Kluis openen…</translation>
    </message>
    <message>
        <source>The item was deleted.</source>
        <translation>Het item is verwijderd.</translation>
    </message>
    <message>
        <source>Add files to the vault</source>
        <translation>Bestanden aan de kluis toevoegen</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.heic);;All files (*)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.heic);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Added to the vault.</source>
        <translation>Toegevoegd aan de kluis.</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nieuw dossier</translation>
    </message>
    <message>
        <source>Name of the new case:</source>
        <translation>Naam van het nieuwe dossier:</translation>
    </message>
    <message>
        <source>Your passphrase was changed.</source>
        <translation>Je wachtzin is gewijzigd.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>There is no vault in this folder. Nothing was changed.</source>
        <translation>Er staat geen kluis in deze map. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The key file of your vault (vault.key) is missing, so your passphrase cannot open it. Your evidence is still there. Put back a copy of vault.key, or open the vault with your recovery key.</source>
        <translation>Het sleutelbestand van je kluis (vault.key) ontbreekt, daarom kan je wachtzin de kluis niet openen. Je bewijs is er nog. Zet een kopie van vault.key terug, of open de kluis met je herstelsleutel.</translation>
    </message>
    <message>
        <source>The key file of your vault (vault.key) is damaged, so your passphrase cannot open it. Put back a copy of vault.key, or open the vault with your recovery key.</source>
        <translation>Het sleutelbestand van je kluis (vault.key) is beschadigd, daarom kan je wachtzin de kluis niet openen. Zet een kopie van vault.key terug, of open de kluis met je herstelsleutel.</translation>
    </message>
    <message>
        <source>Your key is right, but the vault file (vault.db) is damaged and cannot be opened. Do not delete anything. Ask someone you trust to help you put back a backup.</source>
        <translation>Je sleutel is juist, maar het kluisbestand (vault.db) is beschadigd en gaat niet open. Verwijder niets. Vraag iemand die je vertrouwt om je te helpen een reservekopie terug te zetten.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Bewijskluis. Install the newest version to open it. Nothing was changed.</source>
        <translation>Deze kluis is gemaakt met een nieuwere versie van Bewijskluis. Installeer de nieuwste versie om hem te openen. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The vault cannot be opened. Nothing was changed.</source>
        <translation>De kluis gaat niet open. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>A recovery key has 64 characters: the digits 0 to 9 and the letters A to F. Check what you typed.</source>
        <translation>Een herstelsleutel heeft 64 tekens: de cijfers 0 tot 9 en de letters A tot F. Kijk na wat je hebt getypt.</translation>
    </message>
    <message>
        <source>This recovery key does not open the vault. Check each group and try again.</source>
        <translation>Deze herstelsleutel opent de kluis niet. Kijk elke groep na en probeer opnieuw.</translation>
    </message>
    <message>
        <source>This passphrase does not open the vault. Check that Caps Lock is off and try again.</source>
        <translation>Deze wachtzin opent de kluis niet. Kijk of Caps Lock uit staat en probeer opnieuw.</translation>
    </message>
    <message>
        <source>The vault is locked. Open it again to go on.</source>
        <translation>De kluis is vergrendeld. Open hem opnieuw om verder te gaan.</translation>
    </message>
    <message>
        <source>This web address does not look right. Copy it from the address bar of your browser (it starts with https://) and try again.</source>
        <translation>Dit webadres lijkt niet te kloppen. Kopieer het uit de adresbalk van je browser (het begint met https://) en probeer opnieuw.</translation>
    </message>
    <message>
        <source>This could not be done: something in the input cannot be used.</source>
        <translation>Dit lukte niet: iets van wat je invulde kan niet gebruikt worden.</translation>
    </message>
    <message>
        <source>A file could not be read or written. Nothing was lost from the vault.</source>
        <translation>Een bestand kon niet gelezen of geschreven worden. Er is niets verloren uit de kluis.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was lost from the vault.</source>
        <translation>Er ging iets mis. Er is niets verloren uit de kluis.</translation>
    </message>
    <message numerus="yes">
        <source>Your passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>Je wachtzin moet minstens %n teken hebben.</numerusform>
            <numerusform>Je wachtzin moet minstens %n tekens hebben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Very easy to guess</source>
        <translation>Heel makkelijk te raden</translation>
    </message>
    <message>
        <source>Easy to guess</source>
        <translation>Makkelijk te raden</translation>
    </message>
    <message>
        <source>Could be better</source>
        <translation>Kan beter</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Goed</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Sterk</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>Schermafbeelding</translation>
    </message>
    <message>
        <source>Part of the screen</source>
        <translation>Deel van het scherm</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Venster</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Klembord</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Webpagina</translation>
    </message>
    <message>
        <source>This picture cannot be shown: the file is damaged or incomplete. It is kept exactly as it came in.</source>
        <translation>Deze afbeelding kan niet getoond worden: het bestand is beschadigd of onvolledig. Het wordt precies bewaard zoals het binnenkwam.</translation>
    </message>
    <message>
        <source>This picture is too large to show safely. It is kept exactly as it came in.</source>
        <translation>Deze afbeelding is te groot om veilig te tonen. Ze wordt precies bewaard zoals ze binnenkwam.</translation>
    </message>
    <message>
        <source>This file is not a picture, so it cannot be shown here. It is kept exactly as it came in.</source>
        <translation>Dit bestand is geen afbeelding, dus het kan hier niet getoond worden. Het wordt precies bewaard zoals het binnenkwam.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>New passphrase:</source>
        <translation>Nieuwe wachtzin:</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>Typ hem nog eens:</translation>
    </message>
    <message numerus="yes">
        <source>Choose at least %n characters. A few words that only you would put together are easy to remember and hard to guess.</source>
        <translation>
            <numerusform>Kies minstens %n teken. Een paar woorden die alleen jij zou combineren, zijn makkelijk te onthouden en moeilijk te raden.</numerusform>
            <numerusform>Kies minstens %n tekens. Een paar woorden die alleen jij zou combineren, zijn makkelijk te onthouden en moeilijk te raden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>De twee wachtzinnen zijn nog niet hetzelfde.</translation>
    </message>
    <message>
        <source>Please choose a passphrase.</source>
        <translation>Kies een wachtzin.</translation>
    </message>
    <message>
        <source>Please type your passphrase a second time.</source>
        <translation>Typ je wachtzin een tweede keer.</translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <translation>Sterkte: %1</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Kies een wachtzin</translation>
    </message>
    <message>
        <source>Your passphrase locks the vault. Do not use it anywhere else, and do not tell it to anyone you do not trust completely.</source>
        <translation>Je wachtzin sluit de kluis af. Gebruik hem nergens anders, en vertel hem aan niemand die je niet helemaal vertrouwt.</translation>
    </message>
    <message>
        <source>Making your vault… this takes a few seconds.</source>
        <translation>Je kluis wordt gemaakt… dit duurt een paar seconden.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>Je herstelsleutel</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this recovery key opens your vault. It is shown only now. Write it on paper or print it, and keep it somewhere safe, away from this computer. Do not take a photo of it with your phone.</source>
        <translation>Als je ooit je wachtzin vergeet, opent deze herstelsleutel je kluis. Je ziet hem alleen nu. Schrijf hem op papier of druk hem af, en bewaar hem op een veilige plek, niet bij deze computer. Neem er geen foto van met je gsm.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>I wrote down or printed my recovery key and keep it safe.</source>
        <translation>Ik heb mijn herstelsleutel opgeschreven of afgedrukt en bewaar hem veilig.</translation>
    </message>
    <message>
        <source>Bewijskluis recovery key</source>
        <translation>Herstelsleutel van Bewijskluis</translation>
    </message>
    <message>
        <source>This key opens your vault if you forget your passphrase. Keep this paper safe.</source>
        <translation>Deze sleutel opent je kluis als je je wachtzin vergeet. Bewaar dit papier veilig.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Make my vault</source>
        <translation>Maak mijn kluis</translation>
    </message>
    <message>
        <source>Open my vault</source>
        <translation>Open mijn kluis</translation>
    </message>
    <message>
        <source>My evidence</source>
        <translation>Mijn bewijs</translation>
    </message>
    <message>
        <source>Your vault is made, but you have not checked your recovery key yet. If you close now, you will never see this key again.

Close anyway?</source>
        <translation>Je kluis is gemaakt, maar je hebt je herstelsleutel nog niet gecontroleerd. Als je nu sluit, zie je deze sleutel nooit meer.

Toch sluiten?</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>I forgot my passphrase: use my recovery key</source>
        <translation>Ik ben mijn wachtzin vergeten: gebruik mijn herstelsleutel</translation>
    </message>
    <message>
        <source>Type your recovery key: the 16 groups you wrote down or printed.</source>
        <translation>Typ je herstelsleutel: de 16 groepen die je hebt opgeschreven of afgedrukt.</translation>
    </message>
    <message>
        <source>Your vault is locked. Type your passphrase to open it.</source>
        <translation>Je kluis is vergrendeld. Typ je wachtzin om hem te openen.</translation>
    </message>
    <message>
        <source>Opening… this takes a second.</source>
        <translation>Bezig met openen… dit duurt een seconde.</translation>
    </message>
    <message>
        <source>Please type your recovery key.</source>
        <translation>Typ je herstelsleutel.</translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation>Typ je wachtzin.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Bewijskluis</source>
        <translation>Welkom bij Bewijskluis</translation>
    </message>
    <message>
        <source>Bewijskluis keeps your evidence safe: screenshots, pictures and files that show what happened to you, with the date, the time and where you found them.

Everything stays on this computer, locked with a passphrase that only you know. Nothing is sent anywhere. Nobody sees it unless you show it.

Later, you can show it to the police or to someone you trust, in a form that proves nothing was changed.

Setting up takes two minutes.</source>
        <translation>Bewijskluis bewaart je bewijs veilig: schermafbeeldingen, foto’s en bestanden die tonen wat er met jou is gebeurd, met de datum, het uur en waar je ze vond.

Alles blijft op deze computer, op slot met een wachtzin die alleen jij kent. Er wordt niets verstuurd. Niemand ziet het, tenzij jij het toont.

Later kun je het aan de politie tonen of aan iemand die je vertrouwt, op een manier die bewijst dat er niets is veranderd.

Instellen duurt twee minuten.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Taal:</translation>
    </message>
</context>
</TS>
