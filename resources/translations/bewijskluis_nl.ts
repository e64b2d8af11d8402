<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AboutYouDialog</name>
    <message>
        <source>About you</source>
        <translation>Over jou</translation>
    </message>
</context>
<context>
    <name>AboutYouForm</name>
    <message>
        <source>Who is using Bewijskluis?</source>
        <translation>Wie gebruikt Bewijskluis?</translation>
    </message>
    <message>
        <source>Me, for myself</source>
        <translation>Ikzelf, voor mezelf</translation>
    </message>
    <message>
        <source>I am helping someone (as a parent, a friend, a teacher or a counsellor)</source>
        <translation>Ik help iemand (als ouder, vriend of vriendin, leerkracht of vertrouwenspersoon)</translation>
    </message>
    <message>
        <source>A school handling an incident</source>
        <translation>Een school die een incident afhandelt</translation>
    </message>
    <message>
        <source>Your name and role (kept with everything you do here):</source>
        <translation>Je naam en functie (wordt bewaard bij alles wat je hier doet):</translation>
    </message>
    <message>
        <source>Your name (kept with everything you do here):</source>
        <translation>Je naam (wordt bewaard bij alles wat je hier doet):</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Je naam</translation>
    </message>
    <message>
        <source>The pictures show someone under 18</source>
        <translation>Op de foto’s staat iemand jonger dan 18</translation>
    </message>
    <message>
        <source>Also when they were under 18 when the pictures were made. Then Bewijskluis keeps the web address, the account and what happened, without the pictures, unless you choose otherwise.</source>
        <translation>Ook als die persoon jonger dan 18 was toen de foto’s gemaakt werden. Bewijskluis bewaart dan het webadres, het account en wat er gebeurde, zonder de foto’s, tenzij je zelf iets anders kiest.</translation>
    </message>
</context>
<context>
    <name>AboutYouPage</name>
    <message>
        <source>About you</source>
        <translation>Over jou</translation>
    </message>
    <message>
        <source>So that Bewijskluis can speak to you in the right words. You can change it later.</source>
        <translation>Zo kan Bewijskluis je aanspreken met de juiste woorden. Je kunt dit later nog veranderen.</translation>
    </message>
</context>
<context>
    <name>AnswerEditor</name>
    <message>
        <source>Write what they answered, or choose where it stands.</source>
        <translation>Schrijf wat ze antwoordden, of kies hoe het ervoor staat.</translation>
    </message>
    <message>
        <source>An answer came</source>
        <translation>Er kwam een antwoord</translation>
    </message>
    <message>
        <source>When did it come?</source>
        <translation>Wanneer kwam het?</translation>
    </message>
    <message>
        <source>What did they say?</source>
        <translation>Wat zeiden ze?</translation>
    </message>
    <message>
        <source>Where does it stand now?</source>
        <translation>Hoe staat het er nu voor?</translation>
    </message>
    <message>
        <source>Unchanged (%1)</source>
        <translation>Niet veranderd (%1)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>Keeps the answer with the report in the vault. It goes into the dossier.</source>
        <translation>Bewaart het antwoord bij de melding in de kluis. Het komt in het dossier.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Closes this window without keeping the answer.</source>
        <translation>Sluit dit venster zonder het antwoord te bewaren.</translation>
    </message>
</context>
<context>
    <name>CaptureBrowser</name>
    <message>
        <source>Capture a web page</source>
        <translation>Een webpagina vastleggen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Goes back to the page before.</source>
        <translation>Gaat terug naar de vorige pagina.</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vooruit</translation>
    </message>
    <message>
        <source>Goes to the next page again.</source>
        <translation>Gaat weer naar de volgende pagina.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Opnieuw laden</translation>
    </message>
    <message>
        <source>Loads this page again.</source>
        <translation>Laadt deze pagina opnieuw.</translation>
    </message>
    <message>
        <source>Type or paste the web address</source>
        <translation>Typ of plak het webadres</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webadres</translation>
    </message>
    <message>
        <source>Type or paste the web address, then press Enter to open the page.</source>
        <translation>Typ of plak het webadres en druk op Enter om de pagina te openen.</translation>
    </message>
    <message>
        <source>Capture this page</source>
        <translation>Deze pagina vastleggen</translation>
    </message>
    <message>
        <source>Keeps the whole page in your vault: a picture of it, a copy of the page and its web address.</source>
        <translation>Bewaart de hele pagina in je kluis: een afbeelding ervan, een kopie van de pagina en het webadres.</translation>
    </message>
    <message>
        <source>This browser keeps nothing on disk: you are logged out of every site when you close this window.</source>
        <translation>Deze browser bewaart niets op de schijf: als je dit venster sluit, ben je overal afgemeld.</translation>
    </message>
    <message>
        <source>The web page</source>
        <translation>De webpagina</translation>
    </message>
    <message>
        <source>Nothing is open yet: type a web address above and press Enter.</source>
        <translation>Er is nog niets open: typ hierboven een webadres en druk op Enter.</translation>
    </message>
    <message>
        <source>The page as the site shows it. Tab goes through its links, then on.</source>
        <translation>De pagina zoals de site ze toont. Met Tab ga je langs de links, en dan verder.</translation>
    </message>
    <message>
        <source>Only web addresses (http or https) can be opened here.</source>
        <translation>Hier kunnen alleen webadressen (http of https) geopend worden.</translation>
    </message>
    <message>
        <source>This address could not be reached ({0}).</source>
        <translation>Dit adres kon niet bereikt worden ({0}).</translation>
    </message>
    <message>
        <source>The site answered with status {0}: you can still capture what it shows.</source>
        <translation>De site antwoordde met status {0}: je kunt nog altijd vastleggen wat je ziet.</translation>
    </message>
    <message>
        <source>The page is open. “Capture this page” keeps it in your vault.</source>
        <translation>De pagina is open. “Deze pagina vastleggen” bewaart ze in je kluis.</translation>
    </message>
    <message>
        <source>Capturing the whole page…</source>
        <translation>De hele pagina wordt vastgelegd…</translation>
    </message>
    <message>
        <source>Saving in the vault…</source>
        <translation>Bewaren in de kluis…</translation>
    </message>
    <message>
        <source>This address could not be reached, so there is nothing to capture.</source>
        <translation>Dit adres kon niet bereikt worden, dus er is niets om vast te leggen.</translation>
    </message>
    <message>
        <source>The page could not be captured. Nothing was stored; please try again.</source>
        <translation>De pagina kon niet vastgelegd worden. Er is niets bewaard; probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Captured and saved as item {0}.</source>
        <translation>Vastgelegd en bewaard als item {0}.</translation>
    </message>
    <message>
        <source>It is marked with the site&apos;s status {0}.</source>
        <translation>Het is gemarkeerd met de status {0} van de site.</translation>
    </message>
    <message>
        <source>The page is very long: the image stops part way down.</source>
        <translation>De pagina is heel lang: de afbeelding stopt halverwege.</translation>
    </message>
    <message>
        <source>The capture could not be saved in the vault. Nothing was stored.</source>
        <translation>De opname kon niet in de kluis bewaard worden. Er is niets bewaard.</translation>
    </message>
</context>
<context>
    <name>CaptureController</name>
    <message>
        <source>Bewijskluis cannot pick a window of another program on this computer. Drag a rectangle around the window instead. Esc cancels.</source>
        <translation>Bewijskluis kan op deze computer geen venster van een ander programma kiezen. Sleep in plaats daarvan een rechthoek rond het venster. Esc annuleert.</translation>
    </message>
    <message>
        <source>Drag a rectangle around what you want to keep. Or with the keys: the arrows move it, Shift+arrows change its size, Enter keeps it. Esc cancels.</source>
        <translation>Sleep een rechthoek rond wat je wilt bewaren. Of met de toetsen: de pijltjes verplaatsen hem, Shift+pijltjes veranderen zijn grootte, Enter bewaart hem. Esc annuleert.</translation>
    </message>
    <message>
        <source>Click the window you want to keep. Or with the keys: the arrows go from window to window, Enter keeps the one outlined. Esc cancels.</source>
        <translation>Klik op het venster dat je wilt bewaren. Of met de toetsen: de pijltjes gaan van venster naar venster, Enter bewaart het omlijnde venster. Esc annuleert.</translation>
    </message>
</context>
<context>
    <name>CaseBar</name>
    <message numerus="yes">
        <source>%n thing(s) to do about your reports: see To do.</source>
        <translation>
            <numerusform>%n ding te doen voor je meldingen: zie Te doen.</numerusform>
            <numerusform>%n dingen te doen voor je meldingen: zie Te doen.</numerusform>
        </translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nieuwe zaak</translation>
    </message>
    <message>
        <source>Name of the new case:</source>
        <translation>Naam van de nieuwe zaak:</translation>
    </message>
    <message>
        <source>Rename the case</source>
        <translation>De zaak een andere naam geven</translation>
    </message>
    <message>
        <source>New name of the case:</source>
        <translation>Nieuwe naam van de zaak:</translation>
    </message>
    <message>
        <source>Keep pictures of this case again? Only do this if the pictures do not show anyone under 18.</source>
        <translation>Weer foto’s bewaren voor deze zaak? Doe dit alleen als er niemand jonger dan 18 op de foto’s staat.</translation>
    </message>
    <message>
        <source>Only words are kept of this case’s pictures from now on.</source>
        <translation>Vanaf nu worden van de foto’s in deze zaak alleen woorden bewaard.</translation>
    </message>
    <message>
        <source>Pictures of this case can be kept again.</source>
        <translation>Foto’s van deze zaak kunnen weer bewaard worden.</translation>
    </message>
    <message>
        <source>The summary is saved.</source>
        <translation>De samenvatting is bewaard.</translation>
    </message>
    <message>
        <source>To do (%1)</source>
        <translation>Te doen (%1)</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Te doen</translation>
    </message>
    <message>
        <source>What is next for your reports, the soonest first.</source>
        <translation>Wat er nog moet gebeuren met je meldingen, het dringendste eerst.</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Zaak:</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>Nieuwe zaak…</translation>
    </message>
    <message>
        <source>This case</source>
        <translation>Deze zaak</translation>
    </message>
    <message>
        <source>Opens a menu with everything about this case: its summary, journal, reports, hand-overs and ready texts.</source>
        <translation>Opent een menu met alles over deze zaak: de samenvatting, het logboek, de meldingen, de overdrachten en de kant-en-klare teksten.</translation>
    </message>
    <message>
        <source>Starts a new case, for something else that happened. Each case keeps its own items.</source>
        <translation>Begint een nieuwe zaak, voor iets anders dat gebeurd is. Elke zaak houdt haar eigen items bij.</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Volgende stappen</translation>
    </message>
    <message>
        <source>What you can do now, step by step</source>
        <translation>Wat je nu kunt doen, stap voor stap</translation>
    </message>
    <message>
        <source>Next steps…</source>
        <translation>Volgende stappen…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Andere naam…</translation>
    </message>
    <message>
        <source>Summary in your own words…</source>
        <translation>Samenvatting in je eigen woorden…</translation>
    </message>
    <message>
        <source>Journal: what happened without a file…</source>
        <translation>Logboek: wat er gebeurde zonder bestand…</translation>
    </message>
    <message>
        <source>Reports to platforms…</source>
        <translation>Meldingen aan platformen…</translation>
    </message>
    <message>
        <source>To do…</source>
        <translation>Te doen…</translation>
    </message>
    <message>
        <source>Hand-overs: who got a copy…</source>
        <translation>Overdrachten: wie kreeg een kopie…</translation>
    </message>
    <message>
        <source>Ready texts to others…</source>
        <translation>Kant-en-klare teksten voor anderen…</translation>
    </message>
    <message>
        <source>The pictures show someone under 18</source>
        <translation>Op de foto’s staat iemand jonger dan 18</translation>
    </message>
    <message>
        <source>Search in this case…</source>
        <translation>Zoeken in deze zaak…</translation>
    </message>
    <message>
        <source>Search in this case</source>
        <translation>Zoeken in deze zaak</translation>
    </message>
    <message>
        <source>The list shows only the items in which these words appear.</source>
        <translation>De lijst toont alleen de items waarin deze woorden voorkomen.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Current passphrase:</source>
        <translation>Huidige wachtwoordzin:</translation>
    </message>
    <message>
        <source>Choose a new passphrase. Your recovery key stays the same and keeps working.</source>
        <translation>Kies een nieuwe wachtwoordzin. Je herstelsleutel blijft dezelfde en blijft werken.</translation>
    </message>
    <message>
        <source>You opened the vault with your recovery key. Choose a new passphrase to use from now on. Your recovery key stays the same.</source>
        <translation>Je hebt de kluis geopend met je herstelsleutel. Kies een nieuwe wachtwoordzin die je vanaf nu gebruikt. Je herstelsleutel blijft dezelfde.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Wachtwoordzin wijzigen</translation>
    </message>
    <message>
        <source>The passphrase that opens your vault now.</source>
        <translation>De wachtwoordzin waarmee je kluis nu opengaat.</translation>
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
        <translation>Typ je huidige wachtwoordzin.</translation>
    </message>
    <message>
        <source>Your current passphrase is not right. Try again.</source>
        <translation>Je huidige wachtwoordzin klopt niet. Probeer opnieuw.</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Check the vault</source>
        <translation>De kluis nakijken</translation>
    </message>
    <message>
        <source>Bewijskluis reads everything in your vault again and checks that nothing in it was changed or damaged: every saved file against its fingerprint, and the log of every change. You can go on using Bewijskluis meanwhile.</source>
        <translation>Bewijskluis leest alles in je kluis opnieuw en kijkt na dat er niets veranderd of beschadigd is: elk bewaard bestand tegen zijn vingerafdruk, en het logboek van elke wijziging. Je kunt Bewijskluis intussen gewoon verder gebruiken.</translation>
    </message>
    <message>
        <source>How far the check got</source>
        <translation>Hoe ver het nakijken is</translation>
    </message>
    <message>
        <source>What the check found, for the person who helps you (in English):</source>
        <translation>Wat er gevonden is, voor wie je helpt (in het Engels):</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Stops the check. Nothing in your vault is changed.</source>
        <translation>Stopt het nakijken. Er verandert niets in je kluis.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Closes this window. The check changed nothing in your vault.</source>
        <translation>Sluit dit venster. Het nakijken heeft niets veranderd in je kluis.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stoppen…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Nakijken…</translation>
    </message>
    <message>
        <source>Checked %1 of %2…</source>
        <translation>%1 van %2 nagekeken…</translation>
    </message>
    <message>
        <source>The check was stopped. Nothing was changed.</source>
        <translation>Het nakijken is gestopt. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Part of your vault is damaged. %1 of %2 items can still be read whole and match their fingerprint. Save them now: export a dossier (it takes everything that can be read and names the rest). Then put back a copy of your vault if you have one.</source>
        <translation>Een deel van je kluis is beschadigd. %1 van de %2 items zijn nog helemaal leesbaar en kloppen met hun vingerafdruk. Red ze nu: maak een dossier (daarin komt alles wat nog te lezen is, en het noemt wat ontbreekt). Zet daarna een kopie van je kluis terug als je er een hebt.</translation>
    </message>
    <message numerus="yes">
        <source>The check found %n problem(s): something in the vault does not match what Bewijskluis recorded, so it may have been changed outside Bewijskluis. The check changed nothing. Keep the vault as it is, and show what was found to someone who helps you or to the police.</source>
        <translation>
            <numerusform>Er is %n probleem gevonden: iets in de kluis klopt niet met wat Bewijskluis heeft bijgehouden, dus het is misschien buiten Bewijskluis veranderd. Het nakijken heeft niets veranderd. Laat de kluis zoals ze is, en toon wat gevonden is aan iemand die je helpt of aan de politie.</numerusform>
            <numerusform>Er zijn %n problemen gevonden: iets in de kluis klopt niet met wat Bewijskluis heeft bijgehouden, dus het is misschien buiten Bewijskluis veranderd. Het nakijken heeft niets veranderd. Laat de kluis zoals ze is, en toon wat gevonden is aan iemand die je helpt of aan de politie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Everything is in order: %n item(s) checked. Every saved file matches its fingerprint, and nothing was changed outside Bewijskluis.</source>
        <translation>
            <numerusform>Alles is in orde: %n item nagekeken. Elk bewaard bestand klopt met zijn vingerafdruk, en er is niets buiten Bewijskluis veranderd.</numerusform>
            <numerusform>Alles is in orde: %n items nagekeken. Elk bewaard bestand klopt met zijn vingerafdruk, en er is niets buiten Bewijskluis veranderd.</numerusform>
        </translation>
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
    <name>Countdown</name>
    <message>
        <source>The screen will be captured. Open what you want to keep.</source>
        <translation>Zo meteen wordt het scherm vastgelegd. Open wat je wilt bewaren.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>CurrentPassphrasePage</name>
    <message>
        <source>A new recovery key</source>
        <translation>Een nieuwe herstelsleutel</translation>
    </message>
    <message>
        <source>Make a new recovery key if you lost yours, or if someone else may have seen it or a copy of your vault. The new key replaces the old one: after this, the old recovery key no longer opens your vault. Your passphrase and your evidence stay as they are.

Have paper and a pen ready, or a printer.</source>
        <translation>Maak een nieuwe herstelsleutel als je de jouwe kwijt bent, of als iemand anders hem of een kopie van je kluis gezien kan hebben. De nieuwe sleutel vervangt de oude: daarna opent de oude herstelsleutel je kluis niet meer. Je wachtwoordzin en je bewijs blijven zoals ze zijn.

Houd papier en een pen klaar, of een printer.</translation>
    </message>
    <message>
        <source>Your passphrase:</source>
        <translation>Je wachtwoordzin:</translation>
    </message>
    <message>
        <source>The passphrase that opens your vault: only you can make a new key.</source>
        <translation>De wachtwoordzin waarmee je kluis opengaat: alleen jij kunt een nieuwe sleutel maken.</translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation>Typ je wachtwoordzin.</translation>
    </message>
    <message>
        <source>Checking your passphrase…</source>
        <translation>Je wachtwoordzin wordt gecontroleerd…</translation>
    </message>
</context>
<context>
    <name>CustodyDialog</name>
    <message>
        <source>Written down.</source>
        <translation>Genoteerd.</translation>
    </message>
    <message>
        <source>Remove the hand-over?</source>
        <translation>De overdracht weghalen?</translation>
    </message>
    <message>
        <source>It leaves the list and the dossier. The vault&apos;s history keeps that it was written and removed.</source>
        <translation>Ze verdwijnt uit de lijst en uit het dossier. De geschiedenis van de kluis onthoudt dat ze geschreven en weggehaald werd.</translation>
    </message>
    <message>
        <source>The hand-over is removed.</source>
        <translation>De overdracht is weggehaald.</translation>
    </message>
    <message>
        <source>Hand-overs of %1</source>
        <translation>Overdrachten van %1</translation>
    </message>
    <message>
        <source>Write down each time you gave a copy of your evidence to someone: the police, a lawyer, a school. The dossier shows it, so that everyone can see where the evidence went.</source>
        <translation>Noteer elke keer dat je een kopie van je bewijs aan iemand gaf: de politie, een advocaat, een school. Het dossier toont het, zodat iedereen kan zien waar het bewijs naartoe ging.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>Aan wie</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Hand-overs</source>
        <translation>Overdrachten</translation>
    </message>
    <message>
        <source>Each time you gave a copy of your evidence to someone. Choose one to remove it.</source>
        <translation>Elke keer dat je een kopie van je bewijs aan iemand gaf. Kies er een om die weg te halen.</translation>
    </message>
    <message>
        <source>A copy was given…</source>
        <translation>Er werd een kopie gegeven…</translation>
    </message>
    <message>
        <source>Opens a form to write down that you gave a copy of your evidence to someone, and when.</source>
        <translation>Opent een formulier om te noteren dat je een kopie van je bewijs aan iemand gaf, en wanneer.</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Weghalen…</translation>
    </message>
    <message>
        <source>Removes the chosen hand-over from the list and the dossier. You are asked first.</source>
        <translation>Haalt de gekozen overdracht weg uit de lijst en uit het dossier. Dat wordt je eerst gevraagd.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Closes this window. What you wrote down is kept in the vault.</source>
        <translation>Sluit dit venster. Wat je noteerde, blijft bewaard in de kluis.</translation>
    </message>
</context>
<context>
    <name>CustodyEditor</name>
    <message>
        <source>Say to whom you gave a copy.</source>
        <translation>Zeg aan wie je een kopie gaf.</translation>
    </message>
    <message>
        <source>A copy was given</source>
        <translation>Er werd een kopie gegeven</translation>
    </message>
    <message>
        <source>To whom?</source>
        <translation>Aan wie?</translation>
    </message>
    <message>
        <source>When?</source>
        <translation>Wanneer?</translation>
    </message>
    <message>
        <source>Reference (for example the police report number)</source>
        <translation>Referentie (bijvoorbeeld het pv-nummer)</translation>
    </message>
    <message>
        <source>What did you give?</source>
        <translation>Wat heb je gegeven?</translation>
    </message>
    <message>
        <source>For example: the police in Ghent, inspector Claes</source>
        <translation>Bijvoorbeeld: de politie in Gent, inspecteur Claes</translation>
    </message>
    <message>
        <source>For example: the whole dossier, on a USB stick</source>
        <translation>Bijvoorbeeld: het hele dossier, op een usb-stick</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>Keeps the hand-over in the vault. It goes into the dossier.</source>
        <translation>Bewaart de overdracht in de kluis. Ze komt in het dossier.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Closes this window without keeping the hand-over.</source>
        <translation>Sluit dit venster zonder de overdracht te bewaren.</translation>
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
        <source>Makes the picture smaller.</source>
        <translation>Maakt de afbeelding kleiner.</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <source>Makes the picture bigger.</source>
        <translation>Maakt de afbeelding groter.</translation>
    </message>
    <message>
        <source>Show at real size</source>
        <translation>Toon op ware grootte</translation>
    </message>
    <message>
        <source>Real size</source>
        <translation>Ware grootte</translation>
    </message>
    <message>
        <source>Shows the picture at 100 %, not smaller or bigger.</source>
        <translation>Toont de afbeelding op 100 %, niet kleiner of groter.</translation>
    </message>
    <message>
        <source>Hide parts for a redacted copy…</source>
        <translation>Delen verbergen voor een afgeschermde kopie…</translation>
    </message>
    <message>
        <source>Mark what to black out or blur in a copy for people who must not see the picture. The original is never changed.</source>
        <translation>Duid aan wat zwart of wazig moet in een kopie voor mensen die de foto niet mogen zien. Het origineel verandert nooit.</translation>
    </message>
    <message>
        <source>Choose an item in the list to see it here.</source>
        <translation>Kies een item in de lijst om het hier te zien.</translation>
    </message>
    <message>
        <source>Opening the picture…</source>
        <translation>De afbeelding wordt geopend…</translation>
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
    <name>Discretion</name>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
</context>
<context>
    <name>EventTimeEdit</name>
    <message>
        <source>I don&apos;t know</source>
        <translation>Weet ik niet</translation>
    </message>
    <message>
        <source>On this day</source>
        <translation>Op deze dag</translation>
    </message>
    <message>
        <source>At this time</source>
        <translation>Op dit moment</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Wanneer het gebeurde</translation>
    </message>
    <message>
        <source>Say whether you know the day it happened, or the day and the time.</source>
        <translation>Zeg of je de dag weet waarop het gebeurde, of de dag en het uur.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>The day it happened. Alt+Down opens a calendar.</source>
        <translation>De dag waarop het gebeurde. Alt+pijl omlaag opent een kalender.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uur</translation>
    </message>
    <message>
        <source>The time it happened, as this computer&apos;s clock shows it.</source>
        <translation>Het uur waarop het gebeurde, zoals de klok van deze computer het toont.</translation>
    </message>
    <message>
        <source>roughly</source>
        <translation>ongeveer</translation>
    </message>
    <message>
        <source>Tick it when you do not know the exact time.</source>
        <translation>Vink dit aan als je het precieze uur niet weet.</translation>
    </message>
</context>
<context>
    <name>EvidenceTips</name>
    <message>
        <source>Keep the web address in view: the browser&apos;s address bar, or in an app the name of the account or group.</source>
        <translation>Zorg dat het webadres in beeld is: de adresbalk van de browser, of in een app de naam van het account of de groep.</translation>
    </message>
    <message>
        <source>Let the date and time show: the clock of your screen, or the times of the messages.</source>
        <translation>Laat de datum en het uur zien: de klok op je scherm, of de tijden bij de berichten.</translation>
    </message>
    <message>
        <source>Make sure the name or username of whoever posted or sent it can be read.</source>
        <translation>Zorg dat de naam of gebruikersnaam van wie het postte of stuurde leesbaar is.</translation>
    </message>
    <message>
        <source>A long chat: take several screenshots that overlap a little, so that nothing is missing in between.</source>
        <translation>Een lang gesprek: neem meerdere screenshots die een beetje overlappen, zodat er niets tussenin ontbreekt.</translation>
    </message>
    <message>
        <source>Never crop, draw on or change a screenshot. Bewijskluis keeps the original; a copy with parts hidden is made only when you export.</source>
        <translation>Knip, teken of verander nooit iets aan een screenshot. Bewijskluis bewaart het origineel; een kopie met verborgen delen wordt pas gemaakt als je exporteert.</translation>
    </message>
    <message>
        <source>Capture first, then report: a post you report may be taken down.</source>
        <translation>Eerst vastleggen, dan melden: een bericht dat je meldt, kan verwijderd worden.</translation>
    </message>
    <message>
        <source>What makes a screenshot strong evidence</source>
        <translation>Wat maakt een screenshot een sterk bewijs</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export a dossier for the police</source>
        <translation>Een dossier exporteren voor de politie</translation>
    </message>
    <message>
        <source>This makes one dossier with everything in this case: a PDF that anyone can read, the original files exactly as they were saved, and a list of fingerprints so the police can check that nothing was changed.</source>
        <translation>Dit maakt één dossier met alles uit deze zaak: een pdf die iedereen kan lezen, de originele bestanden precies zoals ze bewaard zijn, en een lijst met vingerafdrukken zodat de politie kan nagaan dat er niets veranderd is.</translation>
    </message>
    <message>
        <source>Language of the dossier:</source>
        <translation>Taal van het dossier:</translation>
    </message>
    <message>
        <source>Prepared by (optional):</source>
        <translation>Opgesteld door (niet verplicht):</translation>
    </message>
    <message>
        <source>Your name, or the name of who helps you</source>
        <translation>Je naam, of de naam van wie jou helpt</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Bewaren als:</translation>
    </message>
    <message>
        <source>A folder</source>
        <translation>Een map</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Waar:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Wachtwoord:</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>Wachtwoord nog eens:</translation>
    </message>
    <message>
        <source>Make a copy without the pictures (for a school or a parent)</source>
        <translation>Een kopie zonder de beelden maken (voor een school of een ouder)</translation>
    </message>
    <message>
        <source>The copy leaves out the original files and hides the parts you marked. Pictures without marked parts are left out. The police need the full dossier, not this copy.</source>
        <translation>De kopie laat de originele bestanden weg en verbergt de delen die je aanduidde. Beelden zonder aangeduide delen worden weggelaten. De politie heeft het volledige dossier nodig, niet deze kopie.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Save the dossier as</source>
        <translation>Het dossier bewaren als</translation>
    </message>
    <message>
        <source>ZIP file (*.zip)</source>
        <translation>Zipbestand (*.zip)</translation>
    </message>
    <message>
        <source>One file</source>
        <translation>Eén bestand</translation>
    </message>
    <message>
        <source>Choose a place first</source>
        <translation>Kies eerst een plek</translation>
    </message>
    <message>
        <source>Where the dossier is saved. Choose a place first; “Export” can be used once it is chosen.</source>
        <translation>Waar het dossier bewaard wordt. Kies eerst een plek; “Exporteren” kan zodra die gekozen is.</translation>
    </message>
    <message>
        <source>Choose where the dossier is saved.</source>
        <translation>Kies waar het dossier bewaard wordt.</translation>
    </message>
    <message>
        <source>Protect the file with a password</source>
        <translation>Het bestand beveiligen met een wachtwoord</translation>
    </message>
    <message>
        <source>The file becomes a 7z file: without the password nobody can see what is in it, not even the names of the files. The police open it with 7-Zip (free), which asks for the password. Give this password in another way than the file: say it, or write it on paper. Never send it in the same e-mail or on the same USB stick.</source>
        <translation>Het bestand wordt een 7z-bestand: zonder het wachtwoord kan niemand zien wat erin zit, zelfs de namen van de bestanden niet. De politie opent het met 7-Zip (gratis), dat om het wachtwoord vraagt. Geef dit wachtwoord op een andere manier dan het bestand: zeg het, of schrijf het op papier. Stuur het nooit in dezelfde e-mail of op dezelfde usb-stick.</translation>
    </message>
    <message>
        <source>Makes the dossier where you chose. Your vault stays as it is.</source>
        <translation>Maakt het dossier op de plek die je koos. Je kluis blijft zoals ze is.</translation>
    </message>
    <message>
        <source>7z file (*.7z)</source>
        <translation>7z-bestand (*.7z)</translation>
    </message>
    <message>
        <source>Choose where to put the dossier folder</source>
        <translation>Kies waar de dossiermap moet komen</translation>
    </message>
    <message>
        <source>dossier</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Counting what will be in the dossier…</source>
        <translation>Tellen wat er in het dossier komt…</translation>
    </message>
    <message>
        <source>There is nothing to export in this case yet.</source>
        <translation>Er is nog niets om te exporteren in deze zaak.</translation>
    </message>
    <message>
        <source>%1, %2, about %3.</source>
        <translation>%1, %2, ongeveer %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) named</source>
        <translation>
            <numerusform>%n persoon genoemd</numerusform>
            <numerusform>%n personen genoemd</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>De twee wachtwoorden zijn niet hetzelfde.</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>Het wachtwoord moet minstens %n teken hebben.</numerusform>
            <numerusform>Het wachtwoord moet minstens %n tekens hebben.</numerusform>
        </translation>
    </message>
    <message>
        <source>This password is easy to guess: programs that guess passwords try common words, names, number rows and repeats first, and whoever finds the file can try for as long as they like. Put a few words together that only you would choose, with spaces between them.</source>
        <translation>Dit wachtwoord is makkelijk te raden: programma’s die wachtwoorden raden, proberen eerst gewone woorden, namen, rijen cijfers en herhalingen, en wie het bestand vindt, kan eindeloos blijven proberen. Zet een paar woorden samen die alleen jij zou kiezen, met spaties ertussen.</translation>
    </message>
    <message>
        <source>Choose where to save the dossier first.</source>
        <translation>Kies eerst waar het dossier bewaard moet worden.</translation>
    </message>
    <message>
        <source>There is already a file or folder with that name.</source>
        <translation>Er bestaat al een bestand of map met die naam.</translation>
    </message>
    <message>
        <source>Exporting… you can keep using your computer.</source>
        <translation>Bezig met exporteren… je kunt je computer gewoon blijven gebruiken.</translation>
    </message>
    <message>
        <source>Stops making the dossier. Nothing is left behind.</source>
        <translation>Stopt met het dossier te maken. Er blijft niets achter.</translation>
    </message>
    <message>
        <source>Closes this window. The dossier is saved where you chose.</source>
        <translation>Sluit dit venster. Het dossier is bewaard op de plek die je koos.</translation>
    </message>
    <message>
        <source>Closes this window without making a dossier.</source>
        <translation>Sluit dit venster zonder een dossier te maken.</translation>
    </message>
    <message>
        <source>The dossier was saved, but the check found a problem: %1</source>
        <translation>Het dossier is bewaard, maar de controle vond een probleem: %1</translation>
    </message>
    <message>
        <source>Done. The dossier is saved as %1 and every file in it was checked.</source>
        <translation>Klaar. Het dossier is bewaard als %1 en elk bestand erin is gecontroleerd.</translation>
    </message>
    <message>
        <source>The export was stopped. Nothing was left behind.</source>
        <translation>De export is gestopt. Er is niets achtergebleven.</translation>
    </message>
    <message>
        <source>There is nothing to export with these choices.</source>
        <translation>Met deze keuzes is er niets om te exporteren.</translation>
    </message>
    <message>
        <source>The dossier could not be written there (is the disk full or the USB stick removed?). Nothing was left behind and nothing was lost from the vault.</source>
        <translation>Het dossier kon daar niet geschreven worden (is de schijf vol of de usb-stick uitgetrokken?). Er is niets achtergebleven en niets uit de kluis verloren.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was lost from the vault.</source>
        <translation>Er ging iets mis. Er is niets uit de kluis verloren.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Bezig met stoppen…</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>It is not your fault</source>
        <translation>Het is niet jouw schuld</translation>
    </message>
    <message>
        <source>The one who shares the pictures, or threatens to, is doing wrong. Not you. Even if you sent a picture yourself, nobody may pass it on without your consent. You don’t have to deal with this alone.</source>
        <translation>Wie de foto’s deelt, of ermee dreigt, doet iets fout. Niet jij. Ook als je zelf een foto stuurde, mag niemand die doorsturen zonder jouw toestemming. Je hoeft dit niet alleen op te lossen.</translation>
    </message>
    <message>
        <source>Talk to someone you trust</source>
        <translation>Praat met iemand die je vertrouwt</translation>
    </message>
    <message>
        <source>A parent, a friend, a teacher, or someone at a helpline. You can chat, call or mail. Some helplines are free, and some let you stay anonymous.</source>
        <translation>Een ouder, een vriend of vriendin, een leerkracht, of iemand van een hulplijn. Je kunt chatten, bellen of mailen. Sommige hulplijnen zijn gratis, en bij sommige kun je anoniem blijven.</translation>
    </message>
    <message>
        <source>Keep the evidence first</source>
        <translation>Bewaar eerst het bewijs</translation>
    </message>
    <message>
        <source>Before you report anything, take screenshots with the web address and the date and time in view, and write down who posted it. Keep the chats and messages. Bewijskluis keeps each one as it is, with its date and time.</source>
        <translation>Voor je iets meldt: neem screenshots waarop het webadres, de datum en het tijdstip te zien zijn, en noteer wie het postte. Bewaar de chats en berichten. Bewijskluis bewaart ze allemaal zoals ze zijn, met hun datum en tijdstip.</translation>
    </message>
    <message>
        <source>If someone threatens you or asks for money</source>
        <translation>Als iemand je bedreigt of geld vraagt</translation>
    </message>
    <message>
        <source>Never pay and don’t bargain: a blackmailer keeps asking for more. Keep every message, capture it first, and only then block them. Tell your parents, your school or the police straight away. A mail that says your webcam was hacked is usually bluff: they have no pictures of you.</source>
        <translation>Betaal nooit en ga niet onderhandelen: een afperser blijft altijd meer vragen. Bewaar elk bericht, leg het eerst vast, en blokkeer de persoon pas daarna. Vertel het meteen aan je ouders, je school of de politie. Een mail die zegt dat je webcam gehackt is, is meestal bluf: ze hebben geen foto’s van jou.</translation>
    </message>
    <message>
        <source>Report it and ask for it to be removed</source>
        <translation>Meld het en vraag om het te verwijderen</translation>
    </message>
    <message>
        <source>Report it to the app or website where it is: look for “report”, “abuse”, “contact” or “help”. Say that you did not agree to this and that you want it removed. Bewijskluis writes the text with you.</source>
        <translation>Meld het bij de app of website waar het staat: zoek naar “melden”, “misbruik”, “contact” of “help”. Zeg dat je hiervoor geen toestemming gaf en dat je wilt dat het verwijderd wordt. Bewijskluis schrijft de tekst samen met jou.</translation>
    </message>
    <message>
        <source>Check that it is gone</source>
        <translation>Controleer of het weg is</translation>
    </message>
    <message>
        <source>Look again at the addresses you reported. Now and then, search for your own name, and search with the picture itself (for example with TinEye) to see where it appears. Found it somewhere else? Capture it, then report it.</source>
        <translation>Bekijk de adressen die je meldde opnieuw. Zoek af en toe op je eigen naam, en zoek met de foto zelf (bijvoorbeeld met TinEye) om te zien waar die opduikt. Ergens anders gevonden? Leg het vast en meld het daarna.</translation>
    </message>
    <message>
        <source>Stop it from being posted again</source>
        <translation>Voorkom dat het opnieuw gepost wordt</translation>
    </message>
    <message>
        <source>Take It Down (pictures made when you were under 18) and StopNCII.org (made when you were an adult) make a fingerprint of the picture on your own device. Only the fingerprint is shared with the platforms that take part, never the picture.</source>
        <translation>Take It Down (foto’s van toen je jonger dan 18 was) en StopNCII.org (van toen je volwassen was) maken een vingerafdruk van de foto op je eigen toestel. Alleen die vingerafdruk wordt gedeeld met de platformen die meedoen, nooit de foto zelf.</translation>
    </message>
    <message>
        <source>Make your accounts safer</source>
        <translation>Maak je accounts veiliger</translation>
    </message>
    <message>
        <source>In the privacy settings of your profiles, choose who can see your photos, who can react to your posts and who can send you messages. Block people who put pressure on you, after you captured what they sent.</source>
        <translation>Kies in de privacy-instellingen van je profielen wie je foto’s kan zien, wie op je posts kan reageren en wie je berichten kan sturen. Blokkeer mensen die je onder druk zetten, nadat je hebt vastgelegd wat ze stuurden.</translation>
    </message>
    <message>
        <source>Ask others to delete it</source>
        <translation>Vraag anderen om het te verwijderen</translation>
    </message>
    <message>
        <source>Only if you feel safe: tell the one who shared it that sharing nude pictures without consent is punishable, and ask them to stop. Ask friends who received it to delete it and not to pass it on. Ready texts help you.</source>
        <translation>Alleen als je je veilig voelt: zeg tegen wie het deelde dat naaktfoto’s delen zonder toestemming strafbaar is, en vraag om ermee te stoppen. Vraag vrienden die het kregen om het te verwijderen en niet door te sturen. Kant-en-klare teksten helpen je daarbij.</translation>
    </message>
    <message>
        <source>Think about a complaint to the police</source>
        <translation>Denk na over een klacht bij de politie</translation>
    </message>
    <message>
        <source>Go to your local police station, or make an appointment by phone or online. Bring the dossier, and the name, e-mail or other details of who put it online. Someone you trust, a lawyer or Child Focus can come with you. Not filing a complaint is fine too.</source>
        <translation>Ga naar je lokale politiekantoor, of maak een afspraak via de telefoon of online. Neem het dossier mee, en de naam, het e-mailadres of andere gegevens van wie het online zette. Iemand die je vertrouwt, een advocaat of Child Focus kan met je meegaan. Geen klacht indienen is ook oké.</translation>
    </message>
    <message>
        <source>Write down who got a copy</source>
        <translation>Noteer wie een kopie kreeg</translation>
    </message>
    <message>
        <source>When you give the dossier to the police, a lawyer or a school, write down to whom, when, and their reference number. It goes into the dossier.</source>
        <translation>Als je het dossier aan de politie, een advocaat of een school geeft, noteer dan aan wie, wanneer, en hun referentienummer. Het komt in het dossier.</translation>
    </message>
    <message>
        <source>Tell them it is not their fault</source>
        <translation>Zeg dat het niet hun schuld is</translation>
    </message>
    <message>
        <source>Say it straight away: “It is not your fault.” Don’t blame them, not even between the lines. This is stressful and embarrassing: ask what they need and support them.</source>
        <translation>Zeg het meteen: “Het is niet jouw schuld.” Verwijt hen niets, ook niet tussen de regels door. Dit geeft veel stress en schaamte: vraag wat ze nodig hebben en steun hen.</translation>
    </message>
    <message>
        <source>You don’t have to know everything</source>
        <translation>Je hoeft niet alles te weten</translation>
    </message>
    <message>
        <source>Helplines advise the person you help, and you too. You can chat, call or mail. Some are free, and some let you stay anonymous.</source>
        <translation>Hulplijnen geven advies aan de persoon die je helpt, en ook aan jou. Je kunt chatten, bellen of mailen. Sommige zijn gratis, en bij sommige kun je anoniem blijven.</translation>
    </message>
    <message>
        <source>Before anything is reported, take screenshots with the web address and the date and time in view, and write down who posted it. Keep the chats and messages. Bewijskluis keeps each one as it is, with its date and time.</source>
        <translation>Voor er iets gemeld wordt: neem screenshots waarop het webadres, de datum en het tijdstip te zien zijn, en noteer wie het postte. Bewaar de chats en berichten. Bewijskluis bewaart ze allemaal zoals ze zijn, met hun datum en tijdstip.</translation>
    </message>
    <message>
        <source>If someone threatens them or asks for money</source>
        <translation>Als iemand hen bedreigt of geld vraagt</translation>
    </message>
    <message>
        <source>Never pay and don’t bargain: a blackmailer keeps asking for more. Keep every message, capture it first, and only then block them. Tell the police. A mail that says a webcam was hacked is usually bluff: they have no pictures.</source>
        <translation>Betaal nooit en ga niet onderhandelen: een afperser blijft altijd meer vragen. Bewaar elk bericht, leg het eerst vast, en blokkeer de afperser pas daarna. Licht de politie in. Een mail die zegt dat een webcam gehackt is, is meestal bluf: ze hebben geen foto’s.</translation>
    </message>
    <message>
        <source>Report it to the app or website where it is: look for “report”, “abuse”, “contact” or “help”. Say that the person shown did not agree to this and wants it removed. Bewijskluis writes the text with you.</source>
        <translation>Meld het bij de app of website waar het staat: zoek naar “melden”, “misbruik”, “contact” of “help”. Zeg dat de persoon op de foto hiervoor geen toestemming gaf en wil dat het verwijderd wordt. Bewijskluis schrijft de tekst samen met jou.</translation>
    </message>
    <message>
        <source>Look again at the reported addresses. Now and then, search for their name, and search with the picture itself (for example with TinEye) to see where it appears. Found it somewhere else? Capture it, then report it.</source>
        <translation>Bekijk de gemelde adressen opnieuw. Zoek af en toe op de naam van de persoon die je helpt, en zoek met de foto zelf (bijvoorbeeld met TinEye) om te zien waar die opduikt. Ergens anders gevonden? Leg het vast en meld het daarna.</translation>
    </message>
    <message>
        <source>Take It Down (pictures made under 18) and StopNCII.org (made as an adult) make a fingerprint of the picture on the person’s own device. Only the fingerprint is shared with the platforms that take part, never the picture.</source>
        <translation>Take It Down (foto’s gemaakt voor de leeftijd van 18) en StopNCII.org (gemaakt als volwassene) maken een vingerafdruk van de foto op het eigen toestel van de persoon. Alleen die vingerafdruk wordt gedeeld met de platformen die meedoen, nooit de foto zelf.</translation>
    </message>
    <message>
        <source>Make their accounts safer</source>
        <translation>Maak hun accounts veiliger</translation>
    </message>
    <message>
        <source>Together, go through the privacy settings of their profiles: who can see the photos, who can react and who can send messages. Block people who put pressure on them, after capturing what they sent.</source>
        <translation>Loop samen de privacy-instellingen van hun profielen na: wie de foto’s kan zien, wie kan reageren en wie berichten kan sturen. Blokkeer mensen die hen onder druk zetten, nadat je hebt vastgelegd wat ze stuurden.</translation>
    </message>
    <message>
        <source>Tell the one who shared it that sharing nude pictures without consent is punishable, and ask them to stop. Ask those who received it to delete it and not to pass it on. Ready texts help you, also a letter to the school.</source>
        <translation>Zeg tegen wie het deelde dat naaktfoto’s delen zonder toestemming strafbaar is, en vraag om ermee te stoppen. Vraag wie het kreeg om het te verwijderen en niet door te sturen. Kant-en-klare teksten helpen je daarbij, ook een brief aan de school.</translation>
    </message>
    <message>
        <source>A complaint is made at the local police station, or first by appointment, by phone or online. Bring the dossier, and the name, e-mail or other details of who put it online. You, a lawyer or Child Focus can go along. Not filing a complaint is fine too: the person you help decides with you.</source>
        <translation>Klacht indienen kan bij het lokale politiekantoor, of eerst via een afspraak, telefonisch of online. Neem het dossier mee, en de naam, het e-mailadres of andere gegevens van wie het online zette. Jij, een advocaat of Child Focus kunnen meegaan. Geen klacht indienen is ook oké: de persoon die je helpt, beslist samen met jou.</translation>
    </message>
    <message>
        <source>Find out what happened</source>
        <translation>Zoek uit wat er gebeurd is</translation>
    </message>
    <message>
        <source>Which pictures are involved, and who: the pupil shown, who made them, who shared them, who received them. Write it down, without copying the pictures.</source>
        <translation>Over welke foto’s gaat het, en over wie: de leerling op de foto’s, wie ze maakte, wie ze deelde, wie ze kreeg. Schrijf het op, zonder de foto’s te kopiëren.</translation>
    </message>
    <message>
        <source>Support the pupil first</source>
        <translation>Steun eerst de leerling</translation>
    </message>
    <message>
        <source>Tell the pupil straight away: “It is not your fault.” Don’t blame them, not even between the lines. Ask what they need, and arrange help if they want it.</source>
        <translation>Zeg meteen tegen de leerling: “Het is niet jouw schuld.” Verwijt de leerling niets, ook niet tussen de regels door. Vraag wat de leerling nodig heeft, en regel hulp als hij of zij dat wil.</translation>
    </message>
    <message>
        <source>Write down the evidence, without the pictures</source>
        <translation>Noteer het bewijs, zonder de foto’s</translation>
    </message>
    <message>
        <source>Keep the web addresses, the accounts, the dates and times, and what happened. Pictures of pupils under 18 must not be copied or forwarded, not even as evidence: write them down in words instead.</source>
        <translation>Bewaar de webadressen, de accounts, de data en tijdstippen, en wat er gebeurde. Foto’s van leerlingen jonger dan 18 mag je niet kopiëren of doorsturen, zelfs niet als bewijs: beschrijf ze in woorden.</translation>
    </message>
    <message>
        <source>Report it</source>
        <translation>Meld het</translation>
    </message>
    <message>
        <source>Report the pictures to the platform and ask for removal. Pictures of possible child sexual abuse at a web address can be reported to a hotline: see Where to get help.</source>
        <translation>Meld de foto’s bij het platform en vraag om ze te verwijderen. Beelden van mogelijk seksueel kindermisbruik met een webadres kun je melden bij een meldpunt: zie “Waar vind je hulp”.</translation>
    </message>
    <message>
        <source>Have the pictures removed from every phone</source>
        <translation>Laat de foto’s van elke telefoon verwijderen</translation>
    </message>
    <message>
        <source>Once reported, have them deleted from every app group, phone, tablet and laptop. Tell pupils that having them, forwarding them or taking new screenshots is punishable.</source>
        <translation>Zijn ze gemeld, laat ze dan verwijderen uit elke appgroep en van elke telefoon, tablet en laptop. Vertel leerlingen dat ze hebben, doorsturen of er nieuwe screenshots van maken strafbaar is.</translation>
    </message>
    <message>
        <source>Talk to those who shared them</source>
        <translation>Praat met wie ze deelde</translation>
    </message>
    <message>
        <source>Speak to the pupils who spread the pictures about what they did.</source>
        <translation>Spreek de leerlingen die de foto’s verspreidden aan op wat ze deden.</translation>
    </message>
    <message>
        <source>Inform the parents</source>
        <translation>Informeer de ouders</translation>
    </message>
    <message>
        <source>Think about who needs to know. A letter to all parents does not name the pupil shown, nor the one who shared the pictures.</source>
        <translation>Denk na over wie het moet weten. Een brief aan alle ouders noemt niet de naam van de leerling op de foto’s, en ook niet die van wie de foto’s deelde.</translation>
    </message>
    <message>
        <source>The pupil and their parents decide whether to file a complaint; the school can help. Bring the dossier to the police. Someone they trust, a lawyer or Child Focus can come with them.</source>
        <translation>De leerling en de ouders beslissen of ze klacht indienen; de school kan helpen. Neem het dossier mee naar de politie. Iemand die ze vertrouwen, een advocaat of Child Focus kan met hen meegaan.</translation>
    </message>
    <message>
        <source>Be ready for questions from the press</source>
        <translation>Wees voorbereid op vragen van de pers</translation>
    </message>
    <message>
        <source>A larger incident may draw the media. Keep the pupils involved anonymous.</source>
        <translation>Een groter incident kan de media aantrekken. Houd de betrokken leerlingen anoniem.</translation>
    </message>
    <message>
        <source>Look back afterwards</source>
        <translation>Blik achteraf terug</translation>
    </message>
    <message>
        <source>What went well? What could be better? Does the school’s policy need to change?</source>
        <translation>Wat ging goed? Wat kan beter? Moet het beleid van de school veranderen?</translation>
    </message>
    <message>
        <source>Write down the evidence first</source>
        <translation>Noteer eerst het bewijs</translation>
    </message>
    <message>
        <source>Before you report anything, write down the web address, the account that posted it, and the date and time. You don’t have to keep the picture itself: for pictures of someone under 18 that can be against the law. Keep the messages that threaten you.</source>
        <translation>Noteer, voor je iets meldt, het webadres, het account dat het postte, en de datum en het tijdstip. Je hoeft de foto zelf niet te bewaren: bij foto’s van iemand jonger dan 18 kan dat strafbaar zijn. Bewaar de berichten waarin je bedreigd wordt.</translation>
    </message>
    <message>
        <source>Look again at the addresses you reported. Now and then, search for your own name. Don’t upload the picture anywhere to search with it. Found it somewhere else? Write down the address, then report it.</source>
        <translation>Kijk opnieuw naar de adressen die je meldde. Zoek af en toe op je eigen naam. Laad de foto nergens op om ermee te zoeken. Vind je hem ergens anders? Noteer het adres en meld het dan.</translation>
    </message>
    <message>
        <source>Take It Down is for pictures made when you were under 18. It makes a fingerprint of the picture on your own device. Only the fingerprint is shared with the platforms that take part, never the picture.</source>
        <translation>Take It Down is voor foto’s die gemaakt werden toen je jonger dan 18 was. Het maakt een vingerafdruk van de foto op je eigen toestel. Alleen die vingerafdruk wordt gedeeld met de platformen die meedoen, nooit de foto.</translation>
    </message>
    <message>
        <source>Before anything is reported, write down the web address, the account that posted it, and the date and time. Don’t copy or forward the picture itself: for pictures of someone under 18 that can be against the law, also for you.</source>
        <translation>Noteer, voor er iets gemeld wordt, het webadres, het account dat het postte, en de datum en het tijdstip. Kopieer of stuur de foto zelf niet door: bij foto’s van iemand jonger dan 18 kan dat strafbaar zijn, ook voor jou.</translation>
    </message>
    <message>
        <source>Look again at the reported addresses. Now and then, search for their name. Don’t upload the picture anywhere to search with it. Found it somewhere else? Write down the address, then report it.</source>
        <translation>Kijk opnieuw naar de gemelde adressen. Zoek af en toe op de naam van de persoon die je helpt. Laad de foto nergens op om ermee te zoeken. Vind je hem ergens anders? Noteer het adres en meld het dan.</translation>
    </message>
    <message>
        <source>Take It Down is for pictures made under 18. The person in them makes a fingerprint of the picture on their own device; only the fingerprint is shared with the platforms that take part, never the picture.</source>
        <translation>Take It Down is voor foto’s die gemaakt werden voor iemand 18 was. De persoon op de foto maakt een vingerafdruk van de foto op het eigen toestel; alleen die vingerafdruk wordt gedeeld met de platformen die meedoen, nooit de foto.</translation>
    </message>
    <message>
        <source>Where to get help</source>
        <translation>Waar vind je hulp</translation>
    </message>
    <message>
        <source>Capture…</source>
        <translation>Vastleggen…</translation>
    </message>
    <message>
        <source>Write a report…</source>
        <translation>Een melding schrijven…</translation>
    </message>
    <message>
        <source>My reports…</source>
        <translation>Mijn meldingen…</translation>
    </message>
    <message>
        <source>Ready texts…</source>
        <translation>Kant-en-klare teksten…</translation>
    </message>
    <message>
        <source>Make the dossier…</source>
        <translation>Het dossier maken…</translation>
    </message>
    <message>
        <source>Hand-overs…</source>
        <translation>Overdrachten…</translation>
    </message>
    <message>
        <source>Closes the steps and shows the organisations that can help you.</source>
        <translation>Sluit de stappen en toont de organisaties die je kunnen helpen.</translation>
    </message>
    <message>
        <source>Opens a menu of ways to capture. The steps close first, so they are not in the picture.</source>
        <translation>Opent een menu met manieren om vast te leggen. De stappen sluiten eerst, zodat ze niet in beeld komen.</translation>
    </message>
    <message>
        <source>Closes the steps and opens a new report to the platform.</source>
        <translation>Sluit de stappen en opent een nieuwe melding aan het platform.</translation>
    </message>
    <message>
        <source>Closes the steps and opens your reports, to look again whether it is gone.</source>
        <translation>Sluit de stappen en opent je meldingen, om opnieuw te kijken of het weg is.</translation>
    </message>
    <message>
        <source>Closes the steps and opens texts you can send to others.</source>
        <translation>Sluit de stappen en opent teksten die je naar anderen kunt sturen.</translation>
    </message>
    <message>
        <source>Closes the steps and opens the dossier for the police or someone who helps you.</source>
        <translation>Sluit de stappen en opent het dossier voor de politie of voor wie je helpt.</translation>
    </message>
    <message>
        <source>Closes the steps and opens the list of who got a copy of your evidence.</source>
        <translation>Sluit de stappen en opent de lijst van wie een kopie van je bewijs kreeg.</translation>
    </message>
    <message>
        <source>Marks the step as done. Pressing it again takes the mark off.</source>
        <translation>Duidt de stap aan als gedaan. Druk je er nog eens op, dan haal je de markering weg.</translation>
    </message>
    <message>
        <source>Keeps the step for later. Pressing it again takes the mark off.</source>
        <translation>Houdt de stap voor later. Druk je er nog eens op, dan haal je de markering weg.</translation>
    </message>
    <message>
        <source>Marks the step as not for you: you decide. Pressing it again takes the mark off.</source>
        <translation>Duidt de stap aan als niet voor jou: jij beslist. Druk je er nog eens op, dan haal je de markering weg.</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>te doen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>gedaan</translation>
    </message>
    <message>
        <source>not now</source>
        <translation>niet nu</translation>
    </message>
    <message>
        <source>not for me</source>
        <translation>niet voor mij</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 van %2 gedaan</translation>
    </message>
    <message>
        <source>Next steps: %1</source>
        <translation>Volgende stappen: %1</translation>
    </message>
    <message>
        <source>What a school can do, step by step. Mark each step done, not now, or not for this incident.</source>
        <translation>Wat een school kan doen, stap voor stap. Duid elke stap aan als gedaan, niet nu, of niet voor dit incident.</translation>
    </message>
    <message>
        <source>What you can do together, one step at a time. You decide the order; mark each step done, not now, or not for you.</source>
        <translation>Wat jullie samen kunnen doen, één stap tegelijk. Jullie kiezen zelf de volgorde; duid elke stap aan als gedaan, niet nu, of niet voor jou.</translation>
    </message>
    <message>
        <source>One step at a time, in your own time. Mark each step done, not now, or not for you: you decide.</source>
        <translation>Eén stap tegelijk, op je eigen tempo. Duid elke stap aan als gedaan, niet nu, of niet voor jou: jij beslist.</translation>
    </message>
    <message>
        <source>Where to get help</source>
        <translation>Waar vind je hulp</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Closes the steps. What you marked is kept.</source>
        <translation>Sluit de stappen. Wat je aanduidde, blijft bewaard.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>For children and young people, also if you were under 18 when the pictures were made. You can call or mail them, and they can come with you to the police.</source>
        <translation>Voor kinderen en jongeren, ook als je jonger dan 18 was toen de beelden gemaakt werden. Je kunt hen bellen of mailen, en ze kunnen met je meegaan naar de politie.</translation>
    </message>
    <message>
        <source>Someone you don’t know to talk to: they help you see the situation more clearly and look at the next steps with you.</source>
        <translation>Iemand die je niet kent om mee te praten: ze helpen je de situatie beter in te schatten en bekijken samen met jou de volgende stappen.</translation>
    </message>
    <message>
        <source>The youth service of the CAW: they listen to your story and look with you for the help you need.</source>
        <translation>Het jongerenaanbod van het CAW: ze luisteren naar je verhaal en zoeken samen met jou welke hulp je nodig hebt.</translation>
    </message>
    <message>
        <source>The Institute for the Equality of Women and Men: help and advice when intimate pictures were shared without consent.</source>
        <translation>Het Instituut voor de gelijkheid van vrouwen en mannen: hulp en advies als intieme beelden zonder toestemming gedeeld werden.</translation>
    </message>
    <message>
        <source>You can file a complaint at your local police station, or make an appointment first. Someone you trust can come with you.</source>
        <translation>Je kunt klacht indienen bij je lokale politiekantoor, of eerst een afspraak maken. Iemand die je vertrouwt, mag met je meegaan.</translation>
    </message>
    <message>
        <source>Where to report pictures of child sexual abuse with a web address. They can ask the website to remove them.</source>
        <translation>Hier meld je beelden van seksueel kindermisbruik die een webadres hebben. Zij kunnen de website vragen ze te verwijderen.</translation>
    </message>
    <message>
        <source>A free helpline for any question about any kind of violence, also sexual violence online. Call, chat or mail, anonymously.</source>
        <translation>Een gratis hulplijn voor elke vraag over elke vorm van geweld, ook digitaal seksueel geweld. Bel, chat of mail, anoniem.</translation>
    </message>
    <message>
        <source>Victim support of the CAW: information, someone who listens, and help with the practical and emotional side.</source>
        <translation>Slachtofferhulp van het CAW: informatie, iemand die luistert, en hulp bij de praktische en emotionele kant.</translation>
    </message>
    <message>
        <source>Victim reception at the justice houses: after a complaint, they tell you what happens with it and support you during the court case.</source>
        <translation>Slachtofferonthaal bij de justitiehuizen: na een klacht vertellen ze je wat ermee gebeurt en steunen ze je tijdens de rechtszaak.</translation>
    </message>
    <message>
        <source>Practical and legal information and a first legal advice, free of charge.</source>
        <translation>Praktische en juridische informatie en een eerste juridisch advies, gratis.</translation>
    </message>
    <message>
        <source>Dutch help and information when nude pictures are shared; also for schools.</source>
        <translation>Nederlandse hulp en informatie als naaktbeelden gedeeld worden; ook voor scholen.</translation>
    </message>
    <message>
        <source>Where to report pictures of possible child sexual abuse shared in a group chat without a web address.</source>
        <translation>Hier meld je beelden van mogelijk seksueel kindermisbruik die in een groepsapp gedeeld werden zonder webadres.</translation>
    </message>
    <message>
        <source>For pictures made when you were an adult: a digital fingerprint of the picture is shared with the platforms that take part, not the picture itself, so they can stop it being posted.</source>
        <translation>Voor beelden die gemaakt werden toen je volwassen was: een digitale vingerafdruk van het beeld wordt gedeeld met de deelnemende platformen, niet het beeld zelf, zodat zij kunnen tegenhouden dat het gepost wordt.</translation>
    </message>
    <message>
        <source>For pictures made when you were under 18: a fingerprint of the picture, made from your own device, helps the platforms that take part to remove it.</source>
        <translation>Voor beelden die gemaakt werden toen je jonger dan 18 was: een vingerafdruk van het beeld, gemaakt op je eigen toestel, helpt de deelnemende platformen om het te verwijderen.</translation>
    </message>
    <message>
        <source>Day and night, every day</source>
        <translation>Dag en nacht, elke dag</translation>
    </message>
    <message>
        <source>%1 to %2, %3–%4</source>
        <translation>%1 tot %2, %3–%4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
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
        <translation>Je kunt met hen chatten.</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratis</translation>
    </message>
    <message>
        <source>you can stay anonymous</source>
        <translation>je kunt anoniem blijven</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Where to get help</source>
        <translation>Waar vind je hulp</translation>
    </message>
    <message>
        <source>What happened is not your fault. You do not have to deal with it alone: talk to someone you trust, or to one of these organisations. Their facts come from the guides this app follows.</source>
        <translation>Wat er gebeurd is, is niet jouw schuld. Je hoeft het niet alleen op te lossen: praat met iemand die je vertrouwt, of met een van deze organisaties. Hun gegevens komen uit de gidsen die deze app volgt.</translation>
    </message>
    <message>
        <source>Where do you live?</source>
        <translation>Waar woon je?</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>België</translation>
    </message>
    <message>
        <source>The Netherlands</source>
        <translation>Nederland</translation>
    </message>
    <message>
        <source>The organisations shown are those that help in this country.</source>
        <translation>De organisaties die je ziet, helpen in dit land.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Closes this list. F1 shows it again at any time.</source>
        <translation>Sluit deze lijst. Met F1 zie je ze op elk moment terug.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hulp</translation>
    </message>
    <message>
        <source>Where to get help…</source>
        <translation>Waar vind je hulp…</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Picture</source>
        <translation>Afbeelding</translation>
    </message>
    <message>
        <source>The picture. When it is blurred, Space shows it. The arrow keys move a picture that is bigger than this place.</source>
        <translation>De afbeelding. Is ze wazig, dan toont de spatiebalk haar. De pijltjestoetsen verschuiven een afbeelding die groter is dan deze plek.</translation>
    </message>
    <message>
        <source>Blurred: click to show the picture</source>
        <translation>Wazig gemaakt: klik om de foto te zien</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Stops the import after the file it is storing now. The files stored so far stay in the vault.</source>
        <translation>Stopt het importeren na het bestand dat nu bewaard wordt. De bestanden die al bewaard zijn, blijven in de kluis.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Bezig met stoppen…</translation>
    </message>
    <message>
        <source>Storing file %1 of %2…</source>
        <translation>Bestand %1 van %2 wordt bewaard…</translation>
    </message>
    <message>
        <source>Looking for files…</source>
        <translation>Bestanden zoeken…</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>Add files to the vault</source>
        <translation>Bestanden aan de kluis toevoegen</translation>
    </message>
    <message>
        <source>All files (*);;Pictures (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.heic);;Videos and sound (*.mp4 *.mov *.m4a *.mp3 *.ogg *.opus);;Chats, e-mails and documents (*.txt *.zip *.eml *.pdf)</source>
        <translation>Alle bestanden (*);;Afbeeldingen (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.heic);;Video en geluid (*.mp4 *.mov *.m4a *.mp3 *.ogg *.opus);;Chats, e-mails en documenten (*.txt *.zip *.eml *.pdf)</translation>
    </message>
    <message>
        <source>Add every file of a folder</source>
        <translation>Elk bestand uit een map toevoegen</translation>
    </message>
    <message>
        <source>Wait until the import that is running has finished.</source>
        <translation>Wacht tot het importeren klaar is.</translation>
    </message>
    <message numerus="yes">
        <source>Import stopped: %n file(s) stored.</source>
        <translation>
            <numerusform>Importeren gestopt: %n bestand bewaard.</numerusform>
            <numerusform>Importeren gestopt: %n bestanden bewaard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) stored.</source>
        <translation>
            <numerusform>%n bestand bewaard.</numerusform>
            <numerusform>%n bestanden bewaard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read.</source>
        <translation>
            <numerusform>%n bestand kon niet gelezen worden.</numerusform>
            <numerusform>%n bestanden konden niet gelezen worden.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no picture or file on the clipboard to paste.</source>
        <translation>Er staat geen afbeelding of bestand op het klembord om te plakken.</translation>
    </message>
</context>
<context>
    <name>ItemChooser</name>
    <message>
        <source>Choose an item</source>
        <translation>Kies een item</translation>
    </message>
</context>
<context>
    <name>ItemField</name>
    <message>
        <source>(deleted since)</source>
        <translation>(intussen verwijderd)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Choose one of the items of this case.</source>
        <translation>Kies een van de items van deze zaak.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Weghalen</translation>
    </message>
    <message>
        <source>Takes the item off here. It stays in your vault.</source>
        <translation>Haalt het item hier weg. Het blijft in je kluis.</translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <source>Notes:</source>
        <translation>Notities:</translation>
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
        <source>Anything else worth remembering</source>
        <translation>Wat je nog wilt onthouden</translation>
    </message>
    <message>
        <source>A code that shows the file was not changed since it was stored.</source>
        <translation>Een code die toont dat het bestand niet veranderd is sinds het bewaard werd.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>Keeps what you changed about this item in the vault.</source>
        <translation>Bewaart wat je aan dit item veranderde in de kluis.</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>Deletes this item from the vault. You are asked first.</source>
        <translation>Verwijdert dit item uit de kluis. Dat wordt je eerst gevraagd.</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 bytes)</translation>
    </message>
</context>
<context>
    <name>ItemPicker</name>
    <message numerus="yes">
        <source>%n item(s) chosen</source>
        <translation>
            <numerusform>%n item gekozen</numerusform>
            <numerusform>%n items gekozen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n of them deleted since)</source>
        <translation>
            <numerusform>(waarvan %n intussen verwijderd)</numerusform>
            <numerusform>(waarvan %n intussen verwijderd)</numerusform>
        </translation>
    </message>
    <message>
        <source>Search the items</source>
        <translation>Zoek in de items</translation>
    </message>
    <message>
        <source>The list shows only the items in which these words appear.</source>
        <translation>De lijst toont alleen de items waarin deze woorden voorkomen.</translation>
    </message>
    <message>
        <source>Only the chosen</source>
        <translation>Alleen de gekozen</translation>
    </message>
    <message>
        <source>The list shows only the items you chose.</source>
        <translation>De lijst toont alleen de items die je koos.</translation>
    </message>
    <message>
        <source>Items of the case</source>
        <translation>Items van de zaak</translation>
    </message>
    <message>
        <source>Space checks or unchecks the item in the line you are on.</source>
        <translation>Met de spatiebalk vink je het item aan of uit op de regel waar je staat.</translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <source>When it happened</source>
        <translation>Wanneer het gebeurde</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Vastgelegd op</translation>
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
    <message>
        <source>Notes: %1</source>
        <translation>Notities: %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Bestand: %1</translation>
    </message>
</context>
<context>
    <name>JournalDialog</name>
    <message>
        <source>not known</source>
        <translation>niet bekend</translation>
    </message>
    <message>
        <source>Written down.</source>
        <translation>Genoteerd.</translation>
    </message>
    <message>
        <source>The entry is changed.</source>
        <translation>De notitie is aangepast.</translation>
    </message>
    <message>
        <source>Remove the entry?</source>
        <translation>De notitie verwijderen?</translation>
    </message>
    <message>
        <source>It leaves the journal and the dossier. The vault&apos;s history keeps that it was written and removed.</source>
        <translation>Ze verdwijnt uit het logboek en uit het dossier. De geschiedenis van de kluis onthoudt dat ze geschreven en verwijderd werd.</translation>
    </message>
    <message>
        <source>The entry is removed.</source>
        <translation>De notitie is verwijderd.</translation>
    </message>
    <message>
        <source>Journal of %1</source>
        <translation>Logboek van %1</translation>
    </message>
    <message>
        <source>Write down what happened that left no file: a threat by phone, a message that was deleted, telling a teacher, going to the police. It goes into the dossier, in the order things happened.</source>
        <translation>Noteer wat er gebeurde zonder dat er een bestand van is: een bedreiging via de telefoon, een bericht dat gewist werd, het aan een leerkracht vertellen, naar de politie gaan. Het komt in het dossier, in de volgorde waarin het gebeurde.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <source>Who was involved</source>
        <translation>Wie erbij betrokken was</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <source>What you wrote down, in the order things happened. Choose an entry to change or remove it.</source>
        <translation>Wat je noteerde, in de volgorde waarin het gebeurde. Kies een notitie om ze te wijzigen of weg te halen.</translation>
    </message>
    <message>
        <source>Write down…</source>
        <translation>Noteren…</translation>
    </message>
    <message>
        <source>Opens a form to write down something that happened: when, what, and who was involved.</source>
        <translation>Opent een formulier om te noteren wat er gebeurde: wanneer, wat, en wie erbij betrokken was.</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Aanpassen…</translation>
    </message>
    <message>
        <source>Opens the chosen entry, to change it.</source>
        <translation>Opent de gekozen notitie, om ze te wijzigen.</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>Removes the chosen entry from the journal and the dossier. You are asked first.</source>
        <translation>Haalt de gekozen notitie weg uit het logboek en uit het dossier. Dat wordt je eerst gevraagd.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Closes this window. What you wrote down is kept in the vault.</source>
        <translation>Sluit dit venster. Wat je noteerde, blijft bewaard in de kluis.</translation>
    </message>
</context>
<context>
    <name>JournalEntryEditor</name>
    <message>
        <source>Write a few words about what happened.</source>
        <translation>Schrijf in een paar woorden wat er gebeurde.</translation>
    </message>
    <message>
        <source>Write down what happened</source>
        <translation>Noteer wat er gebeurde</translation>
    </message>
    <message>
        <source>Change the entry</source>
        <translation>De notitie aanpassen</translation>
    </message>
    <message>
        <source>When did it happen?</source>
        <translation>Wanneer gebeurde het?</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Wat gebeurde er?</translation>
    </message>
    <message>
        <source>Who was involved?</source>
        <translation>Wie was erbij betrokken?</translation>
    </message>
    <message>
        <source>For example: he called me and said he would send the photo to my class.</source>
        <translation>Bijvoorbeeld: hij belde me en zei dat hij de foto naar mijn klas zou sturen.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>Keeps what you wrote in the journal. It goes into the dossier.</source>
        <translation>Bewaart wat je schreef in het logboek. Het komt in het dossier.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Closes this window without keeping what you wrote.</source>
        <translation>Sluit dit venster zonder te bewaren wat je schreef.</translation>
    </message>
    <message>
        <source>Closes this window without keeping what you changed.</source>
        <translation>Sluit dit venster zonder te bewaren wat je veranderde.</translation>
    </message>
</context>
<context>
    <name>KeyActions</name>
    <message>
        <source>Your new recovery key is in place. The old one no longer opens your vault.</source>
        <translation>Je nieuwe herstelsleutel is in gebruik. De oude opent je kluis niet meer.</translation>
    </message>
    <message>
        <source>It could not be noted in the vault&apos;s log (is the disk full?).</source>
        <translation>Dat kon niet in het logboek van de kluis worden genoteerd (is de schijf vol?).</translation>
    </message>
    <message>
        <source>Your passphrase was changed.</source>
        <translation>Je wachtwoordzin is gewijzigd.</translation>
    </message>
    <message>
        <source>Your passphrase was changed: only the new one opens the vault. A copy of the vault&apos;s key file could not be updated (is the disk full?). It is brought up to date the next time the vault opens.</source>
        <translation>Je wachtwoordzin is gewijzigd: alleen de nieuwe opent de kluis. Een kopie van het sleutelbestand van de kluis kon niet worden bijgewerkt (is de schijf vol?). Die wordt bijgewerkt de volgende keer dat de kluis opent.</translation>
    </message>
</context>
<context>
    <name>MainToolBar</name>
    <message>
        <source>Toolbar</source>
        <translation>Werkbalk</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Meer acties</translation>
    </message>
    <message>
        <source>Shows the buttons that do not fit in the window.</source>
        <translation>Toont de knoppen die niet in het venster passen.</translation>
    </message>
    <message>
        <source>Whole screen</source>
        <translation>Heel het scherm</translation>
    </message>
    <message>
        <source>Capture everything on the screen</source>
        <translation>Alles op het scherm vastleggen</translation>
    </message>
    <message>
        <source>Part of the screen</source>
        <translation>Deel van het scherm</translation>
    </message>
    <message>
        <source>The screen freezes: drag a rectangle around what to keep</source>
        <translation>Het scherm staat stil: sleep een rechthoek rond wat je wilt bewaren</translation>
    </message>
    <message>
        <source>One window</source>
        <translation>Eén venster</translation>
    </message>
    <message>
        <source>Capture one window</source>
        <translation>Eén venster vastleggen</translation>
    </message>
    <message>
        <source>Web page…</source>
        <translation>Webpagina…</translation>
    </message>
    <message>
        <source>Open a private browser and capture a whole web page with its address and the time</source>
        <translation>Open een privébrowser en leg een hele webpagina vast, met het adres en het tijdstip</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Plakken</translation>
    </message>
    <message>
        <source>Store the picture or files you copied</source>
        <translation>De afbeelding of bestanden bewaren die je kopieerde</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Bestanden toevoegen…</translation>
    </message>
    <message>
        <source>Store pictures or other files</source>
        <translation>Foto’s of andere bestanden bewaren</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>Map toevoegen…</translation>
    </message>
    <message>
        <source>Store every file in a folder (a phone&apos;s photos, a chat export)</source>
        <translation>Elk bestand uit een map bewaren (de foto’s van een gsm, een chatexport)</translation>
    </message>
    <message>
        <source>Export dossier…</source>
        <translation>Dossier exporteren…</translation>
    </message>
    <message>
        <source>Make a dossier for the police or someone who helps you</source>
        <translation>Maak een dossier voor de politie of voor iemand die jou helpt</translation>
    </message>
    <message>
        <source>Lock the vault now</source>
        <translation>De kluis nu vergrendelen</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Vergrendelen</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Snel sluiten</translation>
    </message>
    <message>
        <source>Lock the vault and close every window of Bewijskluis at once</source>
        <translation>De kluis vergrendelen en meteen elk venster van Bewijskluis sluiten</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Wachtwoordzin wijzigen…</translation>
    </message>
    <message>
        <source>Check the vault…</source>
        <translation>De kluis nakijken…</translation>
    </message>
    <message>
        <source>Read everything in the vault again and check that nothing was changed</source>
        <translation>Alles in de kluis opnieuw lezen en nakijken dat er niets veranderd is</translation>
    </message>
    <message>
        <source>About you: who uses Bewijskluis…</source>
        <translation>Over jou: wie gebruikt Bewijskluis…</translation>
    </message>
    <message>
        <source>Blur pictures until clicked</source>
        <translation>Foto’s wazig tonen tot je erop klikt</translation>
    </message>
    <message>
        <source>New recovery key…</source>
        <translation>Nieuwe herstelsleutel…</translation>
    </message>
    <message>
        <source>Write it down, without a picture…</source>
        <translation>Noteren, zonder foto…</translation>
    </message>
    <message>
        <source>Record the web address, the account and what happened, without keeping any file or picture</source>
        <translation>Noteer het webadres, het account en wat er gebeurde, zonder een bestand of foto te bewaren</translation>
    </message>
    <message>
        <source>Is it still online?</source>
        <translation>Staat het er nog?</translation>
    </message>
    <message>
        <source>Load the chosen item&apos;s web address again and save what is found</source>
        <translation>Open het webadres van het gekozen item opnieuw en bewaar wat je vindt</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Wachttijd</translation>
    </message>
    <message>
        <source>Wait a few seconds before capturing, to open a menu or a chat</source>
        <translation>Enkele seconden wachten voor het vastleggen, om een menu of gesprek te openen</translation>
    </message>
    <message>
        <source>No delay</source>
        <translation>Meteen</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n seconden</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Language, text size, when to lock, and how Bewijskluis shows itself</source>
        <translation>Taal, tekstgrootte, automatisch vergrendelen en hoe Bewijskluis zich toont</translation>
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
        <source>Text size</source>
        <translation>Tekstgrootte</translation>
    </message>
    <message>
        <source>Normal (as the computer&apos;s)</source>
        <translation>Normaal (zoals op de computer)</translation>
    </message>
    <message>
        <source>%1 % bigger</source>
        <translation>%1 % groter</translation>
    </message>
    <message>
        <source>Discreet: a neutral name in the task bar</source>
        <translation>Discreet: een neutrale naam in de taakbalk</translation>
    </message>
    <message>
        <source>Look again at reported addresses when the vault opens (goes online)</source>
        <translation>Gemelde adressen opnieuw bekijken als de kluis opengaat (gaat online)</translation>
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
        <source>The vault is locked. Nothing is shown until you open it.</source>
        <translation>De kluis is vergrendeld. Er is niets te zien tot je hem opent.</translation>
    </message>
    <message>
        <source>Open the vault…</source>
        <translation>Kluis openen…</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Kluis</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;Vastleggen</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Instellingen</translation>
    </message>
    <message>
        <source>Items of this case</source>
        <translation>Items van deze zaak</translation>
    </message>
    <message>
        <source>Choose an item to see it, and what you know about it, beside the list.</source>
        <translation>Kies een item om het naast de lijst te zien, met wat je erover weet.</translation>
    </message>
    <message>
        <source>What you were writing when the vault locked is saved: %1.</source>
        <translation>Wat je aan het schrijven was toen de kluis vergrendeld werd, is bewaard: %1.</translation>
    </message>
    <message>
        <source>What you were writing when the vault locked is saved.</source>
        <translation>Wat je aan het schrijven was toen de kluis vergrendeld werd, is bewaard.</translation>
    </message>
    <message>
        <source>Some saves are missing</source>
        <translation>Er ontbreekt iets dat bewaard was</translation>
    </message>
    <message>
        <source>The item was deleted.</source>
        <translation>Het item is verwijderd.</translation>
    </message>
    <message>
        <source>Added to the vault.</source>
        <translation>Toegevoegd aan de kluis.</translation>
    </message>
    <message>
        <source>A copy of the screenshot is still on this computer</source>
        <translation>Er staat nog een kopie van de screenshot op deze computer</translation>
    </message>
    <message>
        <source>The desktop saved the screenshot as a file, and Bewijskluis could not delete it. Nothing was stored in the vault. Please delete this file yourself:

%1</source>
        <translation>Het bureaublad bewaarde de screenshot als bestand, en Bewijskluis kon het niet verwijderen. Er is niets in de kluis bewaard. Verwijder dit bestand zelf:

%1</translation>
    </message>
    <message>
        <source>The screenshot was cancelled. Nothing was stored.</source>
        <translation>De screenshot werd geannuleerd. Er is niets bewaard.</translation>
    </message>
    <message>
        <source>The screen could not be captured. Nothing was stored.</source>
        <translation>Het scherm kon niet vastgelegd worden. Er is niets bewaard.</translation>
    </message>
    <message>
        <source>Keep pictures again? Only do this if the pictures do not show anyone under 18.</source>
        <translation>Weer foto’s bewaren? Doe dit alleen als er niemand jonger dan 18 op de foto’s staat.</translation>
    </message>
    <message>
        <source>the details beside the list</source>
        <translation>de gegevens naast de lijst</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Bewaard.</translation>
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
        <translation>Het sleutelbestand van je kluis (vault.key) ontbreekt, daarom kan je wachtwoordzin de kluis niet openen. Je bewijs is er nog. Zet een kopie van vault.key terug, of open de kluis met je herstelsleutel.</translation>
    </message>
    <message>
        <source>The key file of your vault (vault.key) is damaged, so your passphrase cannot open it. Put back a copy of vault.key, or open the vault with your recovery key.</source>
        <translation>Het sleutelbestand van je kluis (vault.key) is beschadigd, daarom kan je wachtwoordzin de kluis niet openen. Zet een kopie van vault.key terug, of open de kluis met je herstelsleutel.</translation>
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
        <translation>Deze wachtwoordzin opent de kluis niet. Kijk of Caps Lock uit staat en probeer opnieuw.</translation>
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
        <source>There is already a case with that name. Choose another name.</source>
        <translation>Er is al een zaak met die naam. Kies een andere naam.</translation>
    </message>
    <message>
        <source>You did nothing wrong. This case is about pictures of someone under 18, so the picture was not kept. Use “Write it down, without a picture” instead.</source>
        <translation>Je hebt niets verkeerd gedaan. Deze zaak gaat over foto’s van iemand jonger dan 18, daarom is de foto niet bewaard. Gebruik in plaats daarvan “Noteren, zonder foto”.</translation>
    </message>
    <message>
        <source>This could not be done: something in the input cannot be used.</source>
        <translation>Dit lukte niet: iets wat je invulde, kan niet gebruikt worden.</translation>
    </message>
    <message>
        <source>There is no space left on the disk. Nothing was lost: everything saved before is still there. Free some space, or choose another place, and try again.</source>
        <translation>Er is geen ruimte meer op de schijf. Er is niets verloren: alles wat eerder bewaard was, is er nog. Maak wat ruimte vrij, of kies een andere plek, en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Bewijskluis cannot write there: the disk or folder is read-only. Nothing was changed. Choose another place, or make it writable.</source>
        <translation>Bewijskluis kan daar niet schrijven: de schijf of map is alleen-lezen. Er is niets veranderd. Kies een andere plek, of maak hem beschrijfbaar.</translation>
    </message>
    <message>
        <source>Another program is writing to the vault right now. Nothing was changed; try again in a moment.</source>
        <translation>Een ander programma schrijft nu in de kluis. Er is niets veranderd; probeer het zo meteen opnieuw.</translation>
    </message>
    <message>
        <source>A file could not be read or written. Nothing was lost from the vault.</source>
        <translation>Een bestand kon niet gelezen of geschreven worden. Er is niets verloren uit de kluis.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was lost from the vault.</source>
        <translation>Er ging iets mis. Er is niets verloren uit de kluis.</translation>
    </message>
    <message>
        <source>Part of your vault is damaged, so this could not be done. Nothing was changed. Export the dossier now: it saves everything that can still be read, and says what is missing.</source>
        <translation>Een deel van je kluis is beschadigd, daarom kon dit niet. Er is niets veranderd. Exporteer nu het dossier: zo bewaar je alles wat nog kan worden gelezen, en je ziet wat ontbreekt.</translation>
    </message>
    <message>
        <source>Part of your vault is damaged: some items could not be read and are not in this list. Export the dossier now: it saves everything that can still be read.</source>
        <translation>Een deel van je kluis is beschadigd: sommige stukken konden niet worden gelezen en staan niet in deze lijst. Exporteer nu het dossier: zo bewaar je alles wat nog kan worden gelezen.</translation>
    </message>
    <message numerus="yes">
        <source>Your passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>Je wachtwoordzin moet minstens %n teken hebben.</numerusform>
            <numerusform>Je wachtwoordzin moet minstens %n tekens hebben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your vault is missing its last %n save(s). The vault file (vault.db) is older than when the vault was last used: after a crash, its companion file vault.db-wal was probably lost.</source>
        <translation>
            <numerusform>In je kluis ontbreekt %n wijziging: de laatste. Het kluisbestand (vault.db) is ouder dan toen de kluis het laatst gebruikt werd: na een crash is het bijbehorende bestand vault.db-wal waarschijnlijk verloren gegaan.</numerusform>
            <numerusform>In je kluis ontbreken %n wijzigingen: de laatste. Het kluisbestand (vault.db) is ouder dan toen de kluis het laatst gebruikt werd: na een crash is het bijbehorende bestand vault.db-wal waarschijnlijk verloren gegaan.</numerusform>
        </translation>
    </message>
    <message>
        <source>The vault file (vault.db) is not the one this vault last saved: it may be an older copy that was put back in its place.</source>
        <translation>Het kluisbestand (vault.db) is niet het bestand dat deze kluis het laatst bewaarde: misschien is er een oudere kopie teruggezet.</translation>
    </message>
    <message>
        <source>Everything else in it is intact and you can go on. If you have a newer copy of the vault folder, do not overwrite it: ask someone you trust to help. This is now noted in the vault&apos;s history, so a dossier shows it too.</source>
        <translation>Al de rest is in orde en je kunt verder. Heb je een nieuwere kopie van de kluismap? Overschrijf ze dan niet, en vraag hulp aan iemand die je vertrouwt. Dit staat nu in de geschiedenis van de kluis, zodat ook een dossier het vermeldt.</translation>
    </message>
    <message numerus="yes">
        <source>Part of your vault is damaged: %n items could not be read and are not in this list. Export the dossier now: it saves everything that can still be read.</source>
        <translation>
            <numerusform>Een deel van je kluis is beschadigd: %n stuk kon niet worden gelezen en staat niet in deze lijst. Exporteer nu het dossier: zo bewaar je alles wat nog kan worden gelezen.</numerusform>
            <numerusform>Een deel van je kluis is beschadigd: %n stukken konden niet worden gelezen en staan niet in deze lijst. Exporteer nu het dossier: zo bewaar je alles wat nog kan worden gelezen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The dossier was saved, but it is not complete: your vault is damaged, and %n things in it could not be read. The dossier lists what is missing. Keep it, and ask someone you trust to help you with the vault.</source>
        <translation>
            <numerusform>Het dossier is bewaard, maar het is niet volledig: je kluis is beschadigd, en %n ding kon niet worden gelezen. Het dossier somt op wat ontbreekt. Hou het goed bij, en vraag iemand die je vertrouwt om je te helpen met de kluis.</numerusform>
            <numerusform>Het dossier is bewaard, maar het is niet volledig: je kluis is beschadigd, en %n dingen konden niet worden gelezen. Het dossier somt op wat ontbreekt. Hou het goed bij, en vraag iemand die je vertrouwt om je te helpen met de kluis.</numerusform>
        </translation>
    </message>
    <message>
        <source>This passphrase is easy to guess: programs that guess passwords try common words, names, number rows and repeats first. Put a few words together that only you would choose, with spaces between them.</source>
        <translation>Deze wachtwoordzin is makkelijk te raden: programma’s die wachtwoorden raden, proberen eerst gewone woorden, namen, rijen cijfers en herhalingen. Zet een paar woorden samen die alleen jij zou kiezen, met spaties ertussen.</translation>
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
        <translation>Screenshot</translation>
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
        <source>Written down</source>
        <translation>Genoteerd</translation>
    </message>
    <message>
        <source>No file or picture is kept for this item: only what is written down here.</source>
        <translation>Voor dit item wordt geen bestand of foto bewaard: alleen wat hier genoteerd staat.</translation>
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
    <name>MessagesDialog</name>
    <message>
        <source>The text is copied. Paste it where you want to send it.</source>
        <translation>De tekst is gekopieerd. Plak hem waar je hem wilt versturen.</translation>
    </message>
    <message>
        <source>Ready texts: %1</source>
        <translation>Kant-en-klare teksten: %1</translation>
    </message>
    <message>
        <source>A text to send yourself, by chat, mail or on paper. Change it as you like. Bewijskluis sends nothing. Only write to the one who shared the pictures if you feel safe.</source>
        <translation>Een tekst die je zelf verstuurt, via chat, mail of op papier. Verander hem zoals je wilt. Bewijskluis verstuurt niets. Schrijf alleen naar wie de foto’s deelde als je je veilig voelt.</translation>
    </message>
    <message>
        <source>To the one who shared the pictures: stop</source>
        <translation>Aan wie de foto’s deelde: stop</translation>
    </message>
    <message>
        <source>To friends who received them: delete them</source>
        <translation>Aan vrienden die ze kregen: verwijder ze</translation>
    </message>
    <message>
        <source>A parent’s letter to the school</source>
        <translation>Brief van een ouder aan de school</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Tekst:</translation>
    </message>
    <message>
        <source>Language of the text:</source>
        <translation>Taal van de tekst:</translation>
    </message>
    <message>
        <source>Their name:</source>
        <translation>Naam van die persoon:</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Je naam:</translation>
    </message>
    <message>
        <source>Your child’s name:</source>
        <translation>Naam van je kind:</translation>
    </message>
    <message>
        <source>How the school can reach you:</source>
        <translation>Hoe de school je kan bereiken:</translation>
    </message>
    <message>
        <source>The text to send</source>
        <translation>De tekst om te versturen</translation>
    </message>
    <message>
        <source>Change it as you like before you copy or print it.</source>
        <translation>Pas hem aan zoals je wilt voor je hem kopieert of afdrukt.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Copies the text, to paste it in a chat or an e-mail. It leaves the clipboard when the vault locks.</source>
        <translation>Kopieert de tekst, om hem in een chat of een e-mail te plakken. Hij verdwijnt van het klembord als de kluis vergrendelt.</translation>
    </message>
    <message>
        <source>Write it again from the fields</source>
        <translation>Opnieuw schrijven met de velden</translation>
    </message>
    <message>
        <source>Writes the text again from the fields above. What you changed in it is lost.</source>
        <translation>Schrijft de tekst opnieuw vanuit de velden hierboven. Wat je erin veranderde, gaat verloren.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Prints the text on paper.</source>
        <translation>Drukt de tekst af op papier.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Closes this window. The text is not kept: copy or print it first.</source>
        <translation>Sluit dit venster. De tekst wordt niet bewaard: kopieer hem of druk hem eerst af.</translation>
    </message>
</context>
<context>
    <name>Minors</name>
    <message>
        <source>You did nothing wrong.</source>
        <translation>Je hebt niets verkeerd gedaan.</translation>
    </message>
    <message>
        <source>This case is about pictures of someone under 18. Keeping such a picture, even as evidence and even on your own computer, can be against the law.

You can write down the web address, the account and what happened instead, without any picture. That is enough to report it. The organisations in Where to get help can help you further, and Take It Down can stop the picture being posted again.</source>
        <translation>Deze zaak gaat over foto’s van iemand jonger dan 18. Zo’n foto bewaren, ook als bewijs en ook op je eigen computer, kan strafbaar zijn.

Je kunt in plaats daarvan het webadres, het account en wat er gebeurde noteren, zonder foto. Dat is genoeg om het te melden. De organisaties bij “Waar vind je hulp” helpen je verder, en Take It Down kan voorkomen dat de foto opnieuw gepost wordt.</translation>
    </message>
    <message>
        <source>Write it down without a picture</source>
        <translation>Noteren zonder foto</translation>
    </message>
    <message>
        <source>Keep the picture anyway…</source>
        <translation>Toch de foto bewaren…</translation>
    </message>
    <message>
        <source>Keep the picture anyway?</source>
        <translation>Toch de foto bewaren?</translation>
    </message>
    <message>
        <source>Only do this if someone who helps you, such as the police or a lawyer, asked you to keep it. The picture stays locked in your vault.</source>
        <translation>Doe dit alleen als iemand die je helpt, zoals de politie of een advocaat, je vroeg om hem te bewaren. De foto blijft op slot in je kluis.</translation>
    </message>
    <message>
        <source>Yes, keep the picture</source>
        <translation>Ja, bewaar de foto</translation>
    </message>
    <message>
        <source>No, don’t keep it</source>
        <translation>Nee, niet bewaren</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>New passphrase:</source>
        <translation>Nieuwe wachtwoordzin:</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>Typ hem nog eens:</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Toon de wachtwoordzin</translation>
    </message>
    <message>
        <source>Suggest a passphrase</source>
        <translation>Stel een wachtwoordzin voor</translation>
    </message>
    <message>
        <source>Fills in both fields with a few random words that you can write down.</source>
        <translation>Vult beide velden met een paar willekeurige woorden die je kunt opschrijven.</translation>
    </message>
    <message>
        <source>Write your passphrase down and keep the paper somewhere safe, away from this computer. Type it with a space between the words. You can also change a word, or choose your own.</source>
        <translation>Schrijf je wachtwoordzin op en bewaar het papiertje op een veilige plek, niet bij deze computer. Typ hem met een spatie tussen de woorden. Je kunt ook een woord veranderen, of zelf een wachtwoordzin kiezen.</translation>
    </message>
    <message numerus="yes">
        <source>Choose at least %n characters. A few words that only you would put together are easy to remember and hard to guess.</source>
        <translation>
            <numerusform>Kies minstens %n teken. Een paar woorden die alleen jij zou combineren, zijn makkelijk te onthouden en moeilijk te raden.</numerusform>
            <numerusform>Kies minstens %n tekens. Een paar woorden die alleen jij zou combineren, zijn makkelijk te onthouden en moeilijk te raden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The same passphrase again, to be sure it is the one you meant.</source>
        <translation>Dezelfde wachtwoordzin nog eens, om zeker te zijn dat het de juiste is.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>De twee wachtwoordzinnen zijn nog niet hetzelfde.</translation>
    </message>
    <message>
        <source>Please choose a passphrase.</source>
        <translation>Kies een wachtwoordzin.</translation>
    </message>
    <message>
        <source>Please type your passphrase a second time.</source>
        <translation>Typ je wachtwoordzin een tweede keer.</translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <translation>Sterkte: %1</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyWizard</name>
    <message>
        <source>New recovery key</source>
        <translation>Nieuwe herstelsleutel</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Use the new key</source>
        <translation>Nieuwe sleutel gebruiken</translation>
    </message>
    <message>
        <source>That is not your passphrase. Try again.</source>
        <translation>Dat is niet je wachtwoordzin. Probeer opnieuw.</translation>
    </message>
    <message>
        <source>Putting the new key in place… this can take a minute for a large vault.</source>
        <translation>De nieuwe sleutel wordt in gebruik genomen… bij een grote kluis kan dit een minuut duren.</translation>
    </message>
    <message>
        <source>The new key was not put in place: your old recovery key still works. Throw away what you wrote down for the new one.</source>
        <translation>De nieuwe sleutel is niet in gebruik genomen: je oude herstelsleutel werkt nog. Gooi weg wat je voor de nieuwe opschreef.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Kies een wachtwoordzin</translation>
    </message>
    <message>
        <source>Your passphrase locks the vault. Do not use it anywhere else, and do not tell it to anyone you do not trust completely.</source>
        <translation>Je wachtwoordzin sluit de kluis af. Gebruik hem nergens anders, en vertel hem aan niemand die je niet helemaal vertrouwt.</translation>
    </message>
    <message>
        <source>Making your vault… this takes a few seconds.</source>
        <translation>Je kluis wordt gemaakt… dit duurt een paar seconden.</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Who posted or sent it</source>
        <translation>Wie het postte of stuurde</translation>
    </message>
    <message>
        <source>Change person</source>
        <translation>Persoon wijzigen</translation>
    </message>
    <message>
        <source>Write down everything you know; one detail is enough. Copy the phone number and e-mail address from the contact&apos;s details: the name your phone shows is not enough to find someone.</source>
        <translation>Schrijf alles op wat je weet; één gegeven is genoeg. Neem het telefoonnummer en e-mailadres over uit de gegevens van het contact: de naam die je gsm toont, is niet genoeg om iemand te vinden.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Usernames:</source>
        <translation>Gebruikersnamen:</translation>
    </message>
    <message>
        <source>E-mail address:</source>
        <translation>E-mailadres:</translation>
    </message>
    <message>
        <source>Phone number:</source>
        <translation>Telefoonnummer:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notities:</translation>
    </message>
    <message>
        <source>As you know them</source>
        <translation>Zoals jij hen kent</translation>
    </message>
    <message>
        <source>One per line, e.g. @someone on Instagram</source>
        <translation>Eén per regel, bv. @iemand op Instagram</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>naam@voorbeeld.be</translation>
    </message>
    <message>
        <source>The real number, e.g. +32 470 12 34 56</source>
        <translation>Het echte nummer, bv. +32 470 12 34 56</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Write at least a name, a username, an e-mail address or a phone number.</source>
        <translation>Schrijf minstens een naam, een gebruikersnaam, een e-mailadres of een telefoonnummer.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Bewaren…</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>New person…</source>
        <translation>Nieuwe persoon…</translation>
    </message>
    <message>
        <source>Add someone with their name, usernames, e-mail, phone</source>
        <translation>Iemand toevoegen met naam, gebruikersnamen, e-mail, telefoon</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <source>Change the details of the person chosen: their name, usernames, e-mail, phone</source>
        <translation>De gegevens van de gekozen persoon wijzigen: naam, gebruikersnamen, e-mail, telefoon</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(niet bekend)</translation>
    </message>
</context>
<context>
    <name>Platforms</name>
    <message>
        <source>Search engine</source>
        <translation>Zoekmachine</translation>
    </message>
    <message>
        <source>Adult site</source>
        <translation>Pornosite</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(niet bekend)</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Tell what you know</source>
        <translation>Vertel wat je weet</translation>
    </message>
    <message>
        <source>Stored safely in the vault at %1. Add what you know below: it is kept when you close this window. Leave empty what you do not know.</source>
        <translation>Om %1 veilig in de kluis bewaard. Vul hieronder aan wat je weet: het blijft bewaard als je dit venster sluit. Laat leeg wat je niet weet.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Closes this window. What you typed is kept.</source>
        <translation>Sluit dit venster. Wat je typte, blijft bewaard.</translation>
    </message>
    <message>
        <source>Tips. The arrow keys and Page Down scroll them.</source>
        <translation>Tips. Met de pijltjestoetsen en Page Down scrol je erdoor.</translation>
    </message>
    <message>
        <source>Opening the picture…</source>
        <translation>De afbeelding wordt geopend…</translation>
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
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Web address:</source>
        <translation>Webadres:</translation>
    </message>
    <message>
        <source>Where did you see it?</source>
        <translation>Waar zag je het?</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Platform:</translation>
    </message>
    <message>
        <source>Who posted or sent it?</source>
        <translation>Wie postte of stuurde het?</translation>
    </message>
    <message>
        <source>When was it posted or seen?</source>
        <translation>Wanneer werd het gepost of gezien?</translation>
    </message>
    <message>
        <source>Its date (and time), if you know it: it puts the dossier in order</source>
        <translation>De datum (en het uur), als je die weet: zo staat het dossier in de juiste volgorde</translation>
    </message>
    <message>
        <source>What does it show?</source>
        <translation>Wat is er te zien?</translation>
    </message>
    <message>
        <source>Stored on:</source>
        <translation>Bewaard op:</translation>
    </message>
    <message>
        <source>File date:</source>
        <translation>Datum van het bestand:</translation>
    </message>
    <message>
        <source>Date in the photo:</source>
        <translation>Datum in de foto:</translation>
    </message>
    <message>
        <source>Copy it from the address bar: https://…</source>
        <translation>Kopieer het uit de adresbalk: https://…</translation>
    </message>
    <message>
        <source>There is no web address (an app or a chat)</source>
        <translation>Er is geen webadres (een app of een chat)</translation>
    </message>
    <message>
        <source>Then you can say where you saw it, in a field that appears below.</source>
        <translation>Dan kun je zeggen waar je het zag, in een veld dat hieronder verschijnt.</translation>
    </message>
    <message>
        <source>For example: the WhatsApp group “Class 2B”</source>
        <translation>Bijvoorbeeld: de WhatsApp-groep “Klas 2B”</translation>
    </message>
    <message>
        <source>For example: Saturday 12 May, around 9 pm</source>
        <translation>Bijvoorbeeld: zaterdag 12 mei, rond 21 uur</translation>
    </message>
    <message>
        <source>In your own words: what can be seen, and what happened.</source>
        <translation>In je eigen woorden: wat is er te zien, en wat is er gebeurd.</translation>
    </message>
    <message>
        <source>This is not a web address that can be kept as evidence. Copy the address from the address bar of your browser: it starts with https:// (addresses starting with javascript:, file: or data: are refused).</source>
        <translation>Dit is geen webadres dat als bewijs bewaard kan worden. Kopieer het adres uit de adresbalk van je browser: het begint met https:// (adressen die met javascript:, file: of data: beginnen, worden geweigerd).</translation>
    </message>
    <message>
        <source>Written before: “%1”. Choose the person above, or add them with “New person…”.</source>
        <translation>Eerder geschreven: ‘%1’. Kies de persoon hierboven, of voeg die toe met ‘Nieuwe persoon…’.</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>niet bekend</translation>
    </message>
    <message>
        <source>none in the file</source>
        <translation>geen in het bestand</translation>
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
        <translation>Als je ooit je wachtwoordzin vergeet, opent deze herstelsleutel je kluis. Je ziet hem alleen nu. Schrijf hem op papier of druk hem af, en bewaar hem op een veilige plek, niet bij deze computer. Neem er geen foto van met je gsm.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Prints your recovery key on paper, to keep somewhere safe.</source>
        <translation>Drukt je herstelsleutel af op papier, om ergens veilig te bewaren.</translation>
    </message>
    <message>
        <source>I wrote down or printed my recovery key and keep it safe.</source>
        <translation>Ik heb mijn herstelsleutel opgeschreven of afgedrukt en bewaar hem veilig.</translation>
    </message>
    <message>
        <source>Group %1: %2.</source>
        <translation>Groep %1: %2.</translation>
    </message>
    <message>
        <source>Bewijskluis recovery key</source>
        <translation>Herstelsleutel van Bewijskluis</translation>
    </message>
    <message>
        <source>This key opens your vault if you forget your passphrase. Keep this paper safe.</source>
        <translation>Deze sleutel opent je kluis als je je wachtwoordzin vergeet. Bewaar dit papier veilig.</translation>
    </message>
</context>
<context>
    <name>RedactionEditor</name>
    <message>
        <source>This picture cannot be shown, so nothing can be marked.</source>
        <translation>Deze afbeelding kan niet getoond worden, dus er kan niets aangeduid worden.</translation>
    </message>
    <message>
        <source>Hide parts for a copy without the pictures</source>
        <translation>Delen verbergen voor een kopie zonder de beelden</translation>
    </message>
    <message>
        <source>Or with the keys, on the picture: an arrow marks its middle, the arrows move that part, Shift+arrows change its size, Enter places it, Esc takes it away.</source>
        <translation>Of met de toetsen, op de afbeelding: een pijltoets duidt het midden aan, de pijltjes verplaatsen dat deel, Shift+pijltjes veranderen de grootte, Enter zet het vast, Esc haalt het weg.</translation>
    </message>
    <message>
        <source>Drag over the parts that others must not see (a face, a body, a name). They are hidden only in the copy for a school or a parent. The original stays exactly as it is, and the police always get the original.</source>
        <translation>Sleep over de delen die anderen niet mogen zien (een gezicht, een lichaam, een naam). Ze worden alleen verborgen in de kopie voor een school of een ouder. Het origineel blijft precies zoals het is, en de politie krijgt altijd het origineel.</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Afbeelding</translation>
    </message>
    <message>
        <source>Drag with the mouse over a part of the picture to hide it in the copy.</source>
        <translation>Sleep met de muis over een deel van de afbeelding om het in de kopie te verbergen.</translation>
    </message>
    <message>
        <source>Black out</source>
        <translation>Zwart maken</translation>
    </message>
    <message>
        <source>Blur</source>
        <translation>Wazig maken</translation>
    </message>
    <message>
        <source>Undo last</source>
        <translation>Laatste ongedaan maken</translation>
    </message>
    <message>
        <source>Takes away the last part you marked.</source>
        <translation>Haalt het laatste deel weg dat je aanduidde.</translation>
    </message>
    <message>
        <source>Remove all</source>
        <translation>Alles weghalen</translation>
    </message>
    <message>
        <source>Takes away every part you marked on this picture.</source>
        <translation>Haalt alle delen weg die je op deze afbeelding aanduidde.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>Keeps the parts you marked. They are hidden only in the copy for a school or a parent; the original does not change.</source>
        <translation>Bewaart de delen die je aanduidde. Ze worden alleen verborgen in de kopie voor een school of een ouder; het origineel verandert niet.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Closes this window. If you marked parts and did not save them, it asks first.</source>
        <translation>Sluit dit venster. Heb je delen aangeduid en niet bewaard, dan vraagt het eerst wat je wilt.</translation>
    </message>
    <message>
        <source>Saving… The window closes once the parts are saved.</source>
        <translation>Bewaren… Het venster sluit zodra de delen bewaard zijn.</translation>
    </message>
    <message>
        <source>Keep the parts you marked?</source>
        <translation>De delen die je aanduidde bewaren?</translation>
    </message>
    <message>
        <source>You marked parts of this picture that are not saved yet. Save them before the window closes?</source>
        <translation>Je hebt delen van deze afbeelding aangeduid die nog niet bewaard zijn. Wil je ze bewaren voordat het venster sluit?</translation>
    </message>
    <message>
        <source>There is no part to take away.</source>
        <translation>Er is geen deel om weg te halen.</translation>
    </message>
    <message numerus="yes">
        <source>The last part is taken away; %n left.</source>
        <translation>
            <numerusform>Het laatste deel is weggehaald; er blijft er %n over.</numerusform>
            <numerusform>Het laatste deel is weggehaald; er blijven er %n over.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every part is taken away.</source>
        <translation>Alle delen zijn weggehaald.</translation>
    </message>
    <message>
        <source>A part is marked: %1.</source>
        <translation>Er is een deel aangeduid: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Placed. In all, %n part(s) to hide; Save keeps them.</source>
        <translation>
            <numerusform>Vastgezet. In totaal %n deel om te verbergen; ‘Bewaren’ houdt het bij.</numerusform>
            <numerusform>Vastgezet. In totaal %n delen om te verbergen; ‘Bewaren’ houdt ze bij.</numerusform>
        </translation>
    </message>
    <message>
        <source>The part you were placing is taken away.</source>
        <translation>Het deel dat je aan het vastzetten was, is weggehaald.</translation>
    </message>
    <message>
        <source>Moved: %1.</source>
        <translation>Verplaatst: %1.</translation>
    </message>
    <message>
        <source>from %1 to %2 % across, from %3 to %4 % down</source>
        <translation>van %1 tot %2 % in de breedte, van %3 tot %4 % in de hoogte</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Bewaren…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Bewaard.</translation>
    </message>
</context>
<context>
    <name>ReportEditor</name>
    <message>
        <source>The text is copied. Paste it into the platform’s form.</source>
        <translation>De tekst is gekopieerd. Plak hem in het formulier van het platform.</translation>
    </message>
    <message>
        <source>This is not a web address: %1</source>
        <translation>Dit is geen webadres: %1</translation>
    </message>
    <message>
        <source>Address checked on %1. The app opens nothing and sends nothing.</source>
        <translation>Adres gecontroleerd op %1. De app opent niets en verstuurt niets.</translation>
    </message>
    <message>
        <source>Use the report button next to the post or the profile, or look for ‘report’ in the site’s help pages.</source>
        <translation>Gebruik de meldknop bij het bericht of het profiel, of zoek ‘melden’ in de hulppagina’s van de site.</translation>
    </message>
    <message>
        <source>They ask for: %1.</source>
        <translation>Ze vragen: %1.</translation>
    </message>
    <message>
        <source>Report to a platform</source>
        <translation>Melden aan een platform</translation>
    </message>
    <message>
        <source>Change the report</source>
        <translation>De melding wijzigen</translation>
    </message>
    <message>
        <source>Where is it?</source>
        <translation>Waar staat het?</translation>
    </message>
    <message>
        <source>Where to report</source>
        <translation>Waar melden</translation>
    </message>
    <message>
        <source>Web addresses (one per line)</source>
        <translation>Webadressen (één per regel)</translation>
    </message>
    <message>
        <source>Items it is about</source>
        <translation>Over welke items</translation>
    </message>
    <message>
        <source>How did you report it?</source>
        <translation>Hoe heb je het gemeld?</translation>
    </message>
    <message>
        <source>Through (a helpline, a person)</source>
        <translation>Via (een hulplijn, een persoon)</translation>
    </message>
    <message>
        <source>When was it sent?</source>
        <translation>Wanneer werd het verstuurd?</translation>
    </message>
    <message>
        <source>Where does it stand?</source>
        <translation>Hoe staat het ervoor?</translation>
    </message>
    <message>
        <source>Ticket or case number</source>
        <translation>Ticket- of dossiernummer</translation>
    </message>
    <message>
        <source>Receipt you kept</source>
        <translation>Ontvangstbewijs dat je bewaarde</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Je naam</translation>
    </message>
    <message>
        <source>Your e-mail address</source>
        <translation>Je e-mailadres</translation>
    </message>
    <message>
        <source>The text you send</source>
        <translation>De tekst die je verstuurt</translation>
    </message>
    <message>
        <source>The pictures show someone under 18</source>
        <translation>De beelden tonen iemand jonger dan 18</translation>
    </message>
    <message>
        <source>Write a ready text</source>
        <translation>Een kant-en-klare tekst schrijven</translation>
    </message>
    <message>
        <source>Writes the text from what you filled in. It takes the place of the text below.</source>
        <translation>Schrijft de tekst op basis van wat je invulde. Hij komt in de plaats van de tekst hieronder.</translation>
    </message>
    <message>
        <source>Copy the text</source>
        <translation>De tekst kopiëren</translation>
    </message>
    <message>
        <source>Copies the text, to paste it in the platform&apos;s form or an e-mail. It leaves the clipboard when the vault locks.</source>
        <translation>Kopieert de tekst, om hem in het formulier van het platform of in een e-mail te plakken. Hij verdwijnt van het klembord als de kluis vergrendelt.</translation>
    </message>
    <message>
        <source>Your name and e-mail go into the text only; they are not kept. Read the text before you send it, and change what you want.</source>
        <translation>Je naam en e-mail komen alleen in de tekst; ze worden niet bewaard. Lees de tekst voor je hem verstuurt, en verander wat je wilt.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>Keeps the report in the vault. It goes into the dossier.</source>
        <translation>Bewaart de melding in de kluis. Ze komt in het dossier.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Closes the report without keeping what you changed.</source>
        <translation>Sluit de melding zonder te bewaren wat je veranderde.</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(niet gezegd)</translation>
    </message>
</context>
<context>
    <name>ReportRechecker</name>
    <message>
        <source>Looked again at the reported addresses: %1 gone, %2 still online, %3 not reachable.</source>
        <translation>Gemelde adressen opnieuw bekeken: %1 weg, %2 nog online, %3 niet bereikbaar.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Another website or host</source>
        <translation>Een andere website of host</translation>
    </message>
    <message>
        <source>Draft, not sent yet</source>
        <translation>Ontwerp, nog niet verstuurd</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <source>Received by the platform</source>
        <translation>Ontvangen door het platform</translation>
    </message>
    <message>
        <source>They asked for more information</source>
        <translation>Ze vroegen meer informatie</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Decision contested</source>
        <translation>Beslissing aangevochten</translation>
    </message>
    <message>
        <source>Passed on (helpline, police)</source>
        <translation>Doorgegeven (hulplijn, politie)</translation>
    </message>
    <message>
        <source>Online again</source>
        <translation>Weer online</translation>
    </message>
    <message>
        <source>Report button in the app or on the site</source>
        <translation>Meldknop in de app of op de site</translation>
    </message>
    <message>
        <source>A form on the website</source>
        <translation>Een formulier op de website</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>The platform’s data protection officer</source>
        <translation>De functionaris voor gegevensbescherming van het platform</translation>
    </message>
    <message>
        <source>A helpline (Child Focus, IGVM, Helpwanted, …)</source>
        <translation>Een hulplijn (Child Focus, IGVM, Helpwanted, …)</translation>
    </message>
    <message>
        <source>StopNCII.org or Take It Down (a fingerprint, not the picture)</source>
        <translation>StopNCII.org of Take It Down (een vingerafdruk, niet de foto)</translation>
    </message>
    <message>
        <source>A search engine’s removal form</source>
        <translation>Het verwijderformulier van een zoekmachine</translation>
    </message>
    <message>
        <source>The police</source>
        <translation>De politie</translation>
    </message>
    <message>
        <source>Send the report: it is still a draft.</source>
        <translation>Verstuur de melding: het is nog een ontwerp.</translation>
    </message>
    <message>
        <source>No answer yet? Look for one, or write again.</source>
        <translation>Nog geen antwoord? Kijk of er een is, of schrijf opnieuw.</translation>
    </message>
    <message>
        <source>Still no answer after a week: write again, or ask a helpline.</source>
        <translation>Na een week nog geen antwoord: schrijf opnieuw, of vraag hulp aan een hulplijn.</translation>
    </message>
    <message>
        <source>They asked for more information: send it.</source>
        <translation>Ze vroegen meer informatie: stuur die.</translation>
    </message>
    <message>
        <source>Look again whether it is still gone.</source>
        <translation>Kijk opnieuw of het nog steeds weg is.</translation>
    </message>
    <message>
        <source>They refused. You can contest the decision.</source>
        <translation>Ze weigerden. Je kunt de beslissing aanvechten.</translation>
    </message>
    <message>
        <source>It is online again: report it again.</source>
        <translation>Het staat weer online: meld het opnieuw.</translation>
    </message>
    <message>
        <source>the exact address of the post, video or profile</source>
        <translation>het exacte adres van het bericht, de video of het profiel</translation>
    </message>
    <message>
        <source>the name of the account that posted it</source>
        <translation>de naam van het account dat het plaatste</translation>
    </message>
    <message>
        <source>a screenshot</source>
        <translation>een screenshot</translation>
    </message>
    <message>
        <source>that the report comes from the person shown, or someone acting for them</source>
        <translation>dat de melding komt van wie erop staat, of van iemand die voor die persoon optreedt</translation>
    </message>
    <message>
        <source>why the content breaks the law or the rules</source>
        <translation>waarom de inhoud de wet of de regels overtreedt</translation>
    </message>
    <message>
        <source>the picture itself, on your own device (only a fingerprint is sent)</source>
        <translation>de foto zelf, op je eigen toestel (alleen een vingerafdruk wordt verstuurd)</translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <source>From %1: %2</source>
        <translation>Vanaf %1: %2</translation>
    </message>
    <message>
        <source>The report is saved.</source>
        <translation>De melding is bewaard.</translation>
    </message>
    <message>
        <source>The report is changed.</source>
        <translation>De melding is gewijzigd.</translation>
    </message>
    <message>
        <source>The answer is saved.</source>
        <translation>Het antwoord is bewaard.</translation>
    </message>
    <message>
        <source>Remove the report?</source>
        <translation>De melding weghalen?</translation>
    </message>
    <message>
        <source>It leaves the list and the dossier. The vault&apos;s history keeps that it was written and removed.</source>
        <translation>Ze verdwijnt uit de lijst en uit het dossier. De geschiedenis van de kluis onthoudt dat ze geschreven en weggehaald werd.</translation>
    </message>
    <message>
        <source>The report is removed.</source>
        <translation>De melding is weggehaald.</translation>
    </message>
    <message>
        <source>Look again online?</source>
        <translation>Online opnieuw kijken?</translation>
    </message>
    <message numerus="yes">
        <source>The app will visit the %n address(es) of this report to see whether they are still online. The sites can see that someone visited. Go on?</source>
        <translation>
            <numerusform>De app bezoekt %n adres van deze melding om te zien of het nog online staat. De site kan zien dat iemand op bezoek kwam. Doorgaan?</numerusform>
            <numerusform>De app bezoekt de %n adressen van deze melding om te zien of ze nog online staan. De sites kunnen zien dat iemand op bezoek kwam. Doorgaan?</numerusform>
        </translation>
    </message>
    <message>
        <source>The addresses could not be checked.</source>
        <translation>De adressen konden niet gecontroleerd worden.</translation>
    </message>
    <message>
        <source>It answers again</source>
        <translation>Het antwoordt weer</translation>
    </message>
    <message>
        <source>%1 answers again. If what you reported is back online, mark the report as online again?</source>
        <translation>%1 antwoordt weer. Staat wat je meldde weer online? Duid de melding dan aan als weer online.</translation>
    </message>
    <message>
        <source>The report is marked as online again.</source>
        <translation>De melding is aangeduid als weer online.</translation>
    </message>
    <message>
        <source>It is still online</source>
        <translation>Het staat nog online</translation>
    </message>
    <message>
        <source>%1 is still online. Capture it again now, with today’s date and time?</source>
        <translation>%1 staat nog online. Nu opnieuw vastleggen, met de datum en het uur van vandaag?</translation>
    </message>
    <message>
        <source>Looked again: %1.</source>
        <translation>Opnieuw gekeken: %1.</translation>
    </message>
    <message>
        <source>It is gone</source>
        <translation>Het is weg</translation>
    </message>
    <message>
        <source>Every address of this report is gone. Mark the report as removed?</source>
        <translation>Elk adres van deze melding is weg. De melding als verwijderd aanduiden?</translation>
    </message>
    <message>
        <source>The report is marked as removed.</source>
        <translation>De melding is aangeduid als verwijderd.</translation>
    </message>
    <message>
        <source>Reports of %1</source>
        <translation>Meldingen van %1</translation>
    </message>
    <message>
        <source>Report what you captured to the platform and ask for it to be removed. Keep here what you sent, the ticket number and every answer: it goes into the dossier. The app sends nothing itself.</source>
        <translation>Meld wat je vastlegde aan het platform en vraag om het te verwijderen. Bewaar hier wat je verstuurde, het ticketnummer en elk antwoord: het komt in het dossier. De app verstuurt zelf niets.</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Hoe het ervoor staat</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Volgende stap</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>Choose a report here, then use the buttons below the list.</source>
        <translation>Kies hier een melding en gebruik dan de knoppen onder de lijst.</translation>
    </message>
    <message>
        <source>Opens a form to write down a report to a platform: where, how and when you reported it.</source>
        <translation>Opent een formulier om een melding aan een platform te noteren: waar, hoe en wanneer je het meldde.</translation>
    </message>
    <message>
        <source>Opens a form to write down the platform&apos;s answer to the chosen report, and where it stands now.</source>
        <translation>Opent een formulier om het antwoord van het platform op de gekozen melding te noteren, en hoe het er nu voor staat.</translation>
    </message>
    <message>
        <source>New report…</source>
        <translation>Nieuwe melding…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <source>Opens the chosen report, to change it.</source>
        <translation>Opent de gekozen melding, om ze te wijzigen.</translation>
    </message>
    <message>
        <source>An answer came…</source>
        <translation>Er kwam een antwoord…</translation>
    </message>
    <message>
        <source>Look again online…</source>
        <translation>Online opnieuw kijken…</translation>
    </message>
    <message>
        <source>Visits the addresses of the chosen report again, to see whether they are still online. You are asked first.</source>
        <translation>Bezoekt de adressen van de gekozen melding opnieuw, om te zien of ze nog online staan. Dat wordt je eerst gevraagd.</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Weghalen…</translation>
    </message>
    <message>
        <source>Removes the chosen report from the list and the dossier. You are asked first.</source>
        <translation>Haalt de gekozen melding weg uit de lijst en uit het dossier. Dat wordt je eerst gevraagd.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Closes this window. What you wrote down is kept in the vault.</source>
        <translation>Sluit dit venster. Wat je noteerde, blijft bewaard in de kluis.</translation>
    </message>
    <message>
        <source>still online</source>
        <translation>nog online</translation>
    </message>
    <message>
        <source>online, changed</source>
        <translation>online, veranderd</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>weg</translation>
    </message>
    <message>
        <source>not reachable</source>
        <translation>niet bereikbaar</translation>
    </message>
</context>
<context>
    <name>SetupPages</name>
    <message>
        <source>If you lose both your passphrase and your recovery key, nobody can open the vault again: not you, not the police, not even the makers of Bewijskluis.</source>
        <translation>Ben je zowel je wachtwoordzin als je herstelsleutel kwijt, dan kan niemand de kluis nog openen: jij niet, de politie niet, en zelfs de makers van Bewijskluis niet.</translation>
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
        <source>Your vault is made, but your answers about you could not be kept. Please give them again in Settings &gt; About you.</source>
        <translation>Je kluis is gemaakt, maar je antwoorden over jezelf konden niet bewaard worden. Geef ze opnieuw in bij Instellingen &gt; Over jou.</translation>
    </message>
    <message>
        <source>Your vault is made, but you have not checked your recovery key yet. If you close now, you will never see this key again.

Close anyway?</source>
        <translation>Je kluis is gemaakt, maar je hebt je herstelsleutel nog niet gecontroleerd. Als je nu sluit, zie je deze sleutel nooit meer.

Toch sluiten?</translation>
    </message>
</context>
<context>
    <name>StepCard</name>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Niet nu</translation>
    </message>
    <message>
        <source>Not for me</source>
        <translation>Niet voor mij</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>the case&apos;s summary</source>
        <translation>de samenvatting van de zaak</translation>
    </message>
    <message>
        <source>Summary of %1</source>
        <translation>Samenvatting van %1</translation>
    </message>
    <message>
        <source>Tell in your own words what happened, as you would to someone you trust. It is the first page of the dossier for the police. You can change it later.</source>
        <translation>Vertel in je eigen woorden wat er gebeurd is, zoals je het aan iemand die je vertrouwt zou vertellen. Het is de eerste pagina van het dossier voor de politie. Je kunt het later nog aanpassen.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>For example: who sent what, where it was shared, and since when.</source>
        <translation>Bijvoorbeeld: wie wat stuurde, waar het gedeeld werd, en sinds wanneer.</translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message>
        <source>about %1</source>
        <translation>omstreeks %1</translation>
    </message>
    <message>
        <source>%1 (the camera’s clock)</source>
        <translation>%1 (klok van het toestel)</translation>
    </message>
</context>
<context>
    <name>TodoDialog</name>
    <message>
        <source>Now (since %1)</source>
        <translation>Nu (sinds %1)</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Vanaf %1</translation>
    </message>
    <message>
        <source>Until %1.</source>
        <translation>Tot %1.</translation>
    </message>
    <message>
        <source>To do: %1</source>
        <translation>Te doen: %1</translation>
    </message>
    <message>
        <source>What is next for your reports, the soonest first. Take your time: do what you can, when you can.</source>
        <translation>Wat er nog moet gebeuren met je meldingen, het dringendste eerst. Neem je tijd: doe wat je kunt, wanneer je kunt.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Te doen</translation>
    </message>
    <message>
        <source>What is next for your reports, the soonest first. Choose a line to open its report.</source>
        <translation>Wat er nog moet gebeuren met je meldingen, het dringendste eerst. Kies een regel om de melding ervan te openen.</translation>
    </message>
    <message>
        <source>Nothing to do about the reports of this case.</source>
        <translation>Er is niets te doen voor de meldingen van deze zaak.</translation>
    </message>
    <message>
        <source>Open the report…</source>
        <translation>De melding openen…</translation>
    </message>
    <message>
        <source>Shows the report of the chosen line among your reports.</source>
        <translation>Toont de melding van de gekozen regel bij je meldingen.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Closes this window. Your reports stay as they are.</source>
        <translation>Sluit dit venster. Je meldingen blijven zoals ze zijn.</translation>
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
        <translation>Ik ben mijn wachtwoordzin vergeten: gebruik mijn herstelsleutel</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>The passphrase you chose when you made your vault.</source>
        <translation>De wachtwoordzin die je koos toen je je kluis maakte.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <source>The 16 groups you wrote down or printed. Dashes and spaces do not matter.</source>
        <translation>De 16 groepen die je hebt opgeschreven of afgedrukt. Streepjes en spaties maken niet uit.</translation>
    </message>
    <message>
        <source>Type your recovery key: the 16 groups you wrote down or printed.</source>
        <translation>Typ je herstelsleutel: de 16 groepen die je hebt opgeschreven of afgedrukt.</translation>
    </message>
    <message>
        <source>Your vault is locked. Type your passphrase to open it.</source>
        <translation>Je kluis is vergrendeld. Typ je wachtwoordzin om hem te openen.</translation>
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
        <translation>Typ je wachtwoordzin.</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <source>Save</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Sluiten zonder te bewaren</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>‘%1’</translation>
    </message>
    <message>
        <source>Keep what you wrote?</source>
        <translation>Bewaren wat je schreef?</translation>
    </message>
    <message>
        <source>What you wrote or chose here is not saved yet. Save it before the window closes?</source>
        <translation>Wat je hier schreef of koos, is nog niet bewaard. Wil je het bewaren voordat het venster sluit?</translation>
    </message>
</context>
<context>
    <name>WebActions</name>
    <message>
        <source>Choose an item with a web address first.</source>
        <translation>Kies eerst een item met een webadres.</translation>
    </message>
    <message>
        <source>The address could not be checked. Nothing was changed.</source>
        <translation>Het adres kon niet worden nagekeken. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Still online, unchanged. This check is saved with the item.</source>
        <translation>Staat er nog, onveranderd. Deze controle is bij het item bewaard.</translation>
    </message>
    <message>
        <source>Still online, but the page has changed. This check is saved with the item.</source>
        <translation>Staat er nog, maar de pagina is veranderd. Deze controle is bij het item bewaard.</translation>
    </message>
    <message>
        <source>The page is gone (removed). This check is saved with the item.</source>
        <translation>De pagina is weg (verwijderd). Deze controle is bij het item bewaard.</translation>
    </message>
    <message>
        <source>The site could not be reached. This check is saved with the item.</source>
        <translation>De website was niet bereikbaar. Deze controle is bij het item bewaard.</translation>
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
        <translation>Bewijskluis bewaart je bewijs veilig: screenshots, foto’s en bestanden die tonen wat er met jou is gebeurd, met de datum, het uur en waar je ze vond.

Alles blijft op deze computer, op slot met een wachtwoordzin die alleen jij kent. Er wordt niets verstuurd. Niemand ziet het, tenzij jij het toont.

Later kun je het aan de politie tonen of aan iemand die je vertrouwt, op een manier die bewijst dat er niets is veranderd.

Instellen duurt twee minuten.</translation>
    </message>
    <message>
        <source>Are you under 18 and do the pictures show you? You did nothing wrong. Keeping the picture itself can be against the law, even on your own computer, so you do not have to keep it: you can write down only the web address, the account that posted it and what happened. Child Focus can help you with this: call 116 000, free, day and night.</source>
        <translation>Ben je jonger dan 18 en sta jij op de beelden? Jij hebt niets fout gedaan. Het beeld zelf bewaren kan strafbaar zijn, ook op je eigen computer, dus je hoeft het niet te bewaren: je kunt ook alleen het webadres, het account dat het postte en wat er gebeurd is opschrijven. Child Focus helpt je daarbij: bel gratis naar 116 000, dag en nacht.</translation>
    </message>
    <message>
        <source>Where do you live?</source>
        <translation>Waar woon je?</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>België</translation>
    </message>
    <message>
        <source>The Netherlands</source>
        <translation>Nederland</translation>
    </message>
    <message>
        <source>Bewijskluis shows the organisations that help in this country.</source>
        <translation>Bewijskluis toont de organisaties die in dit land helpen.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Taal:</translation>
    </message>
</context>
<context>
    <name>WindowPicker</name>
    <message>
        <source>(window without a title)</source>
        <translation>(venster zonder titel)</translation>
    </message>
</context>
</TS>
