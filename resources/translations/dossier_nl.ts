<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>Dossier</name>
    <message>
        <source>Evidence dossier</source>
        <translation>Bewijsdossier</translation>
    </message>
    <message>
        <source>Evidence dossier (redacted copy)</source>
        <translation>Bewijsdossier (afgeschermde kopie)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Zaak</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Opgesteld door</translation>
    </message>
    <message>
        <source>Exported on</source>
        <translation>Geëxporteerd op</translation>
    </message>
    <message>
        <source>Number of items</source>
        <translation>Aantal stukken</translation>
    </message>
    <message>
        <source>Made with</source>
        <translation>Gemaakt met</translation>
    </message>
    <message>
        <source>This dossier was exported from an encrypted evidence vault. Every original file is in the folder originals/ of this bundle, byte for byte as it was recorded. Its SHA-256 fingerprint is printed on its page and in the file SHA256SUMS. The audit chain head above fixes the state of the vault at the moment of export. VERIFY.txt explains how to check that nothing was changed.</source>
        <translation>Dit dossier werd geëxporteerd uit een versleutelde bewijskluis. Elk origineel bestand zit in de map originals/ van deze bundel, byte voor byte zoals het werd vastgelegd. De SHA-256-vingerafdruk ervan staat op de pagina van het stuk en in het bestand SHA256SUMS. De laatste schakel van de auditketen hierboven legt de toestand van de kluis vast op het moment van de export. VERIFY.txt legt uit hoe u controleert dat er niets werd gewijzigd.</translation>
    </message>
    <message>
        <source>This is a redacted copy: parts of some images are hidden and the original files are not included. The person concerned can provide the complete dossier to the police.</source>
        <translation>Dit is een afgeschermde kopie: delen van sommige afbeeldingen zijn verborgen en de originele bestanden zijn niet bijgevoegd. De betrokkene kan het volledige dossier aan de politie bezorgen.</translation>
    </message>
    <message>
        <source>The pictures in this case show someone under 18. On purpose, this dossier holds no pictures of them: the addresses, the accounts and what happened were written down instead.</source>
        <translation>De beelden in deze zaak tonen iemand jonger dan 18. Dit dossier bevat bewust geen beelden van die persoon: in plaats daarvan werden de adressen, de accounts en wat er gebeurde genoteerd.</translation>
    </message>
    <message>
        <source>INCOMPLETE: the vault this dossier was exported from is damaged, and not everything could be read from it. The page “Missing from this dossier” lists what is not in it, and why.</source>
        <translation>ONVOLLEDIG: de kluis waaruit dit dossier werd geëxporteerd is beschadigd, en niet alles kon eruit worden gelezen. De pagina “Ontbreekt in dit dossier” somt op wat er niet in zit, en waarom.</translation>
    </message>
    <message>
        <source>(of the last audit entry that could be read: see “Missing from this dossier”)</source>
        <translation>(van de laatste auditregel die kon worden gelezen: zie “Ontbreekt in dit dossier”)</translation>
    </message>
    <message>
        <source>Missing from this dossier</source>
        <translation>Ontbreekt in dit dossier</translation>
    </message>
    <message>
        <source>The vault&apos;s database is damaged. What is listed here is recorded in the vault, but could not be read from it whole, so it is not in this dossier. Everything else in this dossier was read whole and matches its SHA-256 fingerprint.</source>
        <translation>De databank van de kluis is beschadigd. Wat hier staat, is in de kluis vastgelegd, maar kon er niet volledig uit worden gelezen; daarom zit het niet in dit dossier. Al het andere in dit dossier werd volledig gelezen en komt overeen met zijn SHA-256-vingerafdruk.</translation>
    </message>
    <message>
        <source>Recorded as</source>
        <translation>Vastgelegd als</translation>
    </message>
    <message>
        <source>Why it is missing</source>
        <translation>Waarom het ontbreekt</translation>
    </message>
    <message>
        <source>item {id} in the vault</source>
        <translation>stuk {id} in de kluis</translation>
    </message>
    <message>
        <source>a file kept with item {number} of this dossier</source>
        <translation>een bestand bij stuk {number} van dit dossier</translation>
    </message>
    <message>
        <source>its record is on a damaged part of the vault</source>
        <translation>de gegevens ervan staan op een beschadigd deel van de kluis</translation>
    </message>
    <message>
        <source>its stored file is on a damaged part of the vault</source>
        <translation>het bewaarde bestand staat op een beschadigd deel van de kluis</translation>
    </message>
    <message>
        <source>its stored file no longer matches its SHA-256 fingerprint</source>
        <translation>het bewaarde bestand komt niet meer overeen met zijn SHA-256-vingerafdruk</translation>
    </message>
    <message>
        <source>Audit entries {first} to {last} could not be read: the audit chain in this dossier cannot be followed through them.</source>
        <translation>De auditregels {first} tot {last} konden niet worden gelezen: de auditketen in dit dossier kan daar niet worden gevolgd.</translation>
    </message>
    <message>
        <source>Audit entries from number {first} on could not be read: the audit chain head on the cover is that of the last entry that could be read, not the vault&apos;s own.</source>
        <translation>De auditregels vanaf nummer {first} konden niet worden gelezen: de laatste schakel op het voorblad is die van de laatste regel die kon worden gelezen, niet die van de kluis zelf.</translation>
    </message>
    <message>
        <source>Summary of the facts</source>
        <translation>Samenvatting van de feiten</translation>
    </message>
    <message>
        <source>In the words of the person concerned.</source>
        <translation>In de woorden van de betrokkene.</translation>
    </message>
    <message>
        <source>No summary was written.</source>
        <translation>Er werd geen samenvatting geschreven.</translation>
    </message>
    <message>
        <source>Persons involved</source>
        <translation>Betrokken personen</translation>
    </message>
    <message>
        <source>Whoever posted or sent the material, as recorded with the items.</source>
        <translation>Wie het materiaal plaatste of verstuurde, zoals genoteerd bij de stukken.</translation>
    </message>
    <message>
        <source>No person was named with the items.</source>
        <translation>Bij de stukken werd geen persoon genoemd.</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Stukken</translation>
    </message>
    <message>
        <source>Name and usernames</source>
        <translation>Naam en gebruikersnamen</translation>
    </message>
    <message>
        <source>E-mail, phone and notes</source>
        <translation>E-mail, telefoon en notities</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Chronological list of items</source>
        <translation>Chronologisch overzicht van de stukken</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Lokale tijd</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
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
        <source>Posted by</source>
        <translation>Geplaatst door</translation>
    </message>
    <message>
        <source>SHA-256 (start)</source>
        <translation>SHA-256 (begin)</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Wanneer het gebeurde</translation>
    </message>
    <message>
        <source>Ordered by when it happened where that is known, else by when it was captured. Rows numbered J1, J2, … are entries of the journal.</source>
        <translation>Gerangschikt op het moment waarop het gebeurde als dat bekend is, anders op het moment van vastleggen. Rijen met J1, J2, … zijn notities uit het logboek.</translation>
    </message>
    <message>
        <source>journal</source>
        <translation>logboek</translation>
    </message>
    <message>
        <source>about {when}</source>
        <translation>omstreeks {when}</translation>
    </message>
    <message>
        <source>Journal: what happened without a file</source>
        <translation>Logboek: wat er gebeurde zonder bestand</translation>
    </message>
    <message>
        <source>Events the person wrote down that left no file, such as a threat by phone, a message that was deleted, or telling someone. Each entry is in the audit chain with the time it was written down.</source>
        <translation>Gebeurtenissen die de betrokkene noteerde en waarvan geen bestand bestaat, zoals een bedreiging via de telefoon, een bericht dat gewist werd of een gesprek met iemand. Elke notitie staat in de auditketen, met het moment waarop ze genoteerd werd.</translation>
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
        <source>Written down (UTC)</source>
        <translation>Genoteerd op (UTC)</translation>
    </message>
    <message>
        <source>Item {number} of {total}</source>
        <translation>Stuk {number} van {total}</translation>
    </message>
    <message>
        <source>Address after redirects</source>
        <translation>Adres na doorverwijzingen</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Paginatitel</translation>
    </message>
    <message>
        <source>Captured at (local time)</source>
        <translation>Vastgelegd op (lokale tijd)</translation>
    </message>
    <message>
        <source>Captured at (UTC)</source>
        <translation>Vastgelegd op (UTC)</translation>
    </message>
    <message>
        <source>Posted or seen</source>
        <translation>Geplaatst of gezien</translation>
    </message>
    <message>
        <source>Kind of capture</source>
        <translation>Soort opname</translation>
    </message>
    <message>
        <source>Original file name</source>
        <translation>Oorspronkelijke bestandsnaam</translation>
    </message>
    <message>
        <source>File in this bundle</source>
        <translation>Bestand in deze bundel</translation>
    </message>
    <message>
        <source>File type and size</source>
        <translation>Bestandstype en grootte</translation>
    </message>
    <message>
        <source>{width} × {height} pixels</source>
        <translation>{width} × {height} pixels</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation>{count} bytes</translation>
    </message>
    <message>
        <source>File last modified (UTC)</source>
        <translation>Bestand laatst gewijzigd (UTC)</translation>
    </message>
    <message>
        <source>Date written in the image</source>
        <translation>Datum in de afbeelding</translation>
    </message>
    <message>
        <source>the owner of the vault</source>
        <translation>de eigenaar van de kluis</translation>
    </message>
    <message>
        <source>{when} (the camera’s clock; its time zone is not recorded)</source>
        <translation>{when} (klok van het toestel; de tijdzone is niet vastgelegd)</translation>
    </message>
    <message>
        <source>What it shows</source>
        <translation>Wat het toont</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Vastgelegd door</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>This item is not an image, so it is not shown here. The original file is in the bundle with the fingerprint below.</source>
        <translation>Dit stuk is geen afbeelding en wordt hier dus niet getoond. Het originele bestand zit in de bundel, met de vingerafdruk hieronder.</translation>
    </message>
    <message>
        <source>For this item no file or picture was kept, on purpose: only what is written on this page (for instance because keeping the picture of a minor is itself against the law).</source>
        <translation>Voor dit stuk werd bewust geen bestand of beeld bewaard: alleen wat op deze pagina staat (bijvoorbeeld omdat het bewaren van een beeld van een minderjarige zelf strafbaar is).</translation>
    </message>
    <message>
        <source>This image cannot be shown in the PDF (too large or damaged). The original file is in the bundle with the fingerprint below.</source>
        <translation>Deze afbeelding kan niet in de pdf getoond worden (te groot of beschadigd). Het originele bestand zit in de bundel, met de vingerafdruk hieronder.</translation>
    </message>
    <message>
        <source>The image shown is the original, pixel for pixel (no compression loss).</source>
        <translation>De getoonde afbeelding is het origineel, pixel voor pixel (zonder compressieverlies).</translation>
    </message>
    <message>
        <source>Item {number} of {total} (continued)</source>
        <translation>Stuk {number} van {total} (vervolg)</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP-status</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>niet bekend</translation>
    </message>
    <message>
        <source>the same (no redirect)</source>
        <translation>hetzelfde (geen doorverwijzing)</translation>
    </message>
    <message>
        <source>Files kept with this item</source>
        <translation>Bestanden bewaard bij dit stuk</translation>
    </message>
    <message>
        <source>Recorded at the same moment as the original. Each file is in the folder originals/ of this bundle, byte for byte as it was recorded, with the SHA-256 fingerprint shown here.</source>
        <translation>Vastgelegd op hetzelfde moment als het origineel. Elk bestand zit in de map originals/ van deze bundel, byte voor byte zoals het werd vastgelegd, met de SHA-256-vingerafdruk die hier staat.</translation>
    </message>
    <message>
        <source>Recorded at the same moment as the original. These files are not included in this copy; their fingerprints identify them in the complete dossier.</source>
        <translation>Vastgelegd op hetzelfde moment als het origineel. Deze bestanden zitten niet in deze kopie; hun vingerafdrukken wijzen ze aan in het volledige dossier.</translation>
    </message>
    <message>
        <source>Visible part of the page, as it was on screen</source>
        <translation>Zichtbaar deel van de pagina, zoals het op het scherm stond</translation>
    </message>
    <message>
        <source>Page archive (MHTML: the page&apos;s HTML with its images and styles)</source>
        <translation>Paginaarchief (MHTML: de HTML van de pagina met haar afbeeldingen en opmaak)</translation>
    </message>
    <message>
        <source>Stamped copy: the whole page with its address and the time drawn above it</source>
        <translation>Gestempelde kopie: de hele pagina met het adres en het tijdstip erboven</translation>
    </message>
    <message>
        <source>This copy was made by Bewijskluis for easier reading; it is not evidence as found. The evidence is the unstamped original of this item.</source>
        <translation>Deze kopie werd door Bewijskluis gemaakt om makkelijker te lezen; ze is geen bewijs zoals het werd aangetroffen. Het bewijs is het ongestempelde origineel van dit stuk.</translation>
    </message>
    <message>
        <source>Checked again later</source>
        <translation>Later opnieuw gecontroleerd</translation>
    </message>
    <message>
        <source>Whether the page was still online when Bewijskluis loaded its address again, for following up requests to take it down.</source>
        <translation>Of de pagina nog online stond toen Bewijskluis het adres opnieuw laadde, om verzoeken tot verwijdering op te volgen.</translation>
    </message>
    <message>
        <source>Checked at (local time)</source>
        <translation>Gecontroleerd op (lokale tijd)</translation>
    </message>
    <message>
        <source>Checked at (UTC)</source>
        <translation>Gecontroleerd op (UTC)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Address reached: {url}</source>
        <translation>Bereikt adres: {url}</translation>
    </message>
    <message>
        <source>still online</source>
        <translation>nog online</translation>
    </message>
    <message>
        <source>online, changed</source>
        <translation>online, gewijzigd</translation>
    </message>
    <message>
        <source>another website or host</source>
        <translation>een andere website of host</translation>
    </message>
    <message>
        <source>a search engine</source>
        <translation>een zoekmachine</translation>
    </message>
    <message>
        <source>an adult site</source>
        <translation>een pornosite</translation>
    </message>
    <message>
        <source>Reports and answers</source>
        <translation>Meldingen en antwoorden</translation>
    </message>
    <message>
        <source>Each report to a platform or organisation, numbered R1, R2, … in the order it was sent, with the answers that came back and each later look at whether the content was still online. The full text sent with each report is in the appendix.</source>
        <translation>Elke melding aan een platform of organisatie, genummerd R1, R2, … in de volgorde waarin ze werd verstuurd, met de antwoorden die terugkwamen en elke latere controle of de inhoud nog online stond. De volledige tekst van elke melding staat in de bijlage.</translation>
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
        <source>Details</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>Report to {platform}</source>
        <translation>Melding aan {platform}</translation>
    </message>
    <message>
        <source>through {via}</source>
        <translation>via {via}</translation>
    </message>
    <message>
        <source>Channel: {channel}</source>
        <translation>Kanaal: {channel}</translation>
    </message>
    <message>
        <source>Rows R1, R2, … are reports to platforms; R1.1 is an answer to R1, and R1-C1 a later look at whether it was still online.</source>
        <translation>Rijen met R1, R2, … zijn meldingen aan platformen; R1.1 is een antwoord op R1, en R1-C1 een latere controle of de inhoud nog online stond.</translation>
    </message>
    <message>
        <source>Ticket number: {ticket}</source>
        <translation>Ticketnummer: {ticket}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Stand van zaken: {status}</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>nog niet verstuurd</translation>
    </message>
    <message>
        <source>Receipt: item {number} of this dossier</source>
        <translation>Ontvangstbewijs: stuk {number} van dit dossier</translation>
    </message>
    <message>
        <source>Receipt: item {id} in the vault</source>
        <translation>Ontvangstbewijs: stuk {id} in de kluis</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>New status: {status}</source>
        <translation>Nieuwe stand van zaken: {status}</translation>
    </message>
    <message>
        <source>Looked at again</source>
        <translation>Opnieuw gecontroleerd</translation>
    </message>
    <message>
        <source>{url}: {result} (HTTP status: {http})</source>
        <translation>{url}: {result} (HTTP-status: {http})</translation>
    </message>
    <message>
        <source>Appendix: the texts sent with the reports</source>
        <translation>Bijlage: de teksten van de meldingen</translation>
    </message>
    <message>
        <source>R{number}: report to {platform}, sent {when}</source>
        <translation>R{number}: melding aan {platform}, verstuurd op {when}</translation>
    </message>
    <message>
        <source>report</source>
        <translation>melding</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>antwoord</translation>
    </message>
    <message>
        <source>looked at again</source>
        <translation>opnieuw gecontroleerd</translation>
    </message>
    <message>
        <source>{label}: {text}</source>
        <translation>{label}: {text}</translation>
    </message>
    <message>
        <source>Hand-overs of the evidence</source>
        <translation>Overdrachten van het bewijs</translation>
    </message>
    <message>
        <source>Each time a copy of the evidence was given to someone, as the person concerned wrote it down. Each entry is in the audit chain.</source>
        <translation>Elke keer dat een kopie van het bewijs aan iemand werd gegeven, zoals de betrokkene het noteerde. Elke notitie staat in de auditketen.</translation>
    </message>
    <message>
        <source>Given to</source>
        <translation>Gegeven aan</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>What was given</source>
        <translation>Wat werd gegeven</translation>
    </message>
    <message>
        <source>draft, not sent</source>
        <translation>ontwerp, niet verstuurd</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>verstuurd</translation>
    </message>
    <message>
        <source>received by the platform</source>
        <translation>ontvangen door het platform</translation>
    </message>
    <message>
        <source>more information asked</source>
        <translation>meer informatie gevraagd</translation>
    </message>
    <message>
        <source>content removed</source>
        <translation>inhoud verwijderd</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <source>decision contested</source>
        <translation>beslissing aangevochten</translation>
    </message>
    <message>
        <source>passed on (helpline, regulator, police)</source>
        <translation>doorgegeven (hulplijn, toezichthouder, politie)</translation>
    </message>
    <message>
        <source>online again after removal</source>
        <translation>opnieuw online na verwijdering</translation>
    </message>
    <message>
        <source>report button in the app or on the site</source>
        <translation>meldknop in de app of op de site</translation>
    </message>
    <message>
        <source>web form</source>
        <translation>webformulier</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>the platform’s data protection officer</source>
        <translation>de functionaris voor gegevensbescherming van het platform</translation>
    </message>
    <message>
        <source>a helpline or trusted flagger</source>
        <translation>een hulplijn of betrouwbare melder</translation>
    </message>
    <message>
        <source>a fingerprint service (StopNCII, Take It Down)</source>
        <translation>een dienst met vingerafdrukken (StopNCII, Take It Down)</translation>
    </message>
    <message>
        <source>a search engine’s removal form</source>
        <translation>het verwijderformulier van een zoekmachine</translation>
    </message>
    <message>
        <source>the police</source>
        <translation>de politie</translation>
    </message>
    <message>
        <source>not reachable</source>
        <translation>niet bereikbaar</translation>
    </message>
    <message>
        <source>“online, changed”: the visible text of the page differs from the page archive kept at capture. “removed”: the site answered that the page is gone (HTTP 404, 410 or 451). “not reachable”: no server answered, or it answered with an error.</source>
        <translation>‘online, gewijzigd’: de zichtbare tekst van de pagina verschilt van het paginaarchief dat bij de opname werd bewaard. ‘verwijderd’: de site antwoordde dat de pagina weg is (HTTP 404, 410 of 451). ‘niet bereikbaar’: geen server antwoordde, of hij antwoordde met een fout.</translation>
    </message>
    <message>
        <source>Checked {date}: {result}</source>
        <translation>Gecontroleerd {date}: {result}</translation>
    </message>
    <message>
        <source>(shortened: {count} characters in all, the whole text is on the item&apos;s page)</source>
        <translation>(ingekort: {count} tekens in totaal, de volledige tekst staat op de pagina van het stuk)</translation>
    </message>
    <message>
        <source>written down, no file kept</source>
        <translation>genoteerd, geen bestand bewaard</translation>
    </message>
    <message>
        <source>This bundle was exported by Bewijskluis {version} on {date}. It holds the dossier (dossier.pdf), the original files (originals/), a description of every item (manifest.json) and the SHA-256 fingerprint of every file (SHA256SUMS). If any byte of any file were changed, its fingerprint would no longer match.</source>
        <translation>Deze bundel werd geëxporteerd door Bewijskluis {version} op {date}. Hij bevat het dossier (dossier.pdf), de originele bestanden (originals/), een beschrijving van elk stuk (manifest.json) en de SHA-256-vingerafdruk van elk bestand (SHA256SUMS). Als ook maar één byte van een bestand gewijzigd werd, klopt de vingerafdruk niet meer.</translation>
    </message>
    <message>
        <source>The audit chain head of this dossier is {head}. It is the export&apos;s own entry, which names the PDF by its SHA-256, the kind of copy (complete or redacted) and every item of the dossier. The owner of the vault can show that this value is part of the vault&apos;s own chain.</source>
        <translation>De laatste schakel van de auditketen van dit dossier is {head}. Het is de eigen schakel van de export, die de pdf bij zijn SHA-256 noemt, het soort kopie (volledig of afgeschermd) en elk stuk van het dossier. De eigenaar van de kluis kan aantonen dat deze waarde deel uitmaakt van de eigen keten van de kluis.</translation>
    </message>
    <message>
        <source>What these checks prove: that no file of this dossier changed after it was made, that its records agree with the vault&apos;s audit chain, and that the PDF, the kind of copy and the list of items are the ones the export named. They cannot prove by themselves that the dossier came from this vault, because someone who rewrote the files could rewrite the fingerprints and the head too. So write down the audit chain head above when you receive the dossier (for instance in the report of the complaint): the owner of the vault can later show that the vault&apos;s own chain contains it.</source>
        <translation>Wat deze controles bewijzen: dat geen enkel bestand van dit dossier veranderd is nadat het gemaakt werd, dat de gegevens overeenkomen met het logboek (de auditketen) van de kluis, en dat de pdf, het soort kopie en de lijst van stukken dezelfde zijn als die de export noemde. Op zichzelf bewijzen ze niet dat het dossier uit deze kluis komt: wie de bestanden herschrijft, kan ook de vingerafdrukken en de laatste schakel herschrijven. Noteer daarom de laatste schakel van de auditketen hierboven wanneer u het dossier ontvangt (bijvoorbeeld in het proces-verbaal van de klacht): de eigenaar van de kluis kan later aantonen dat de keten van de kluis die schakel bevat.</translation>
    </message>
    <message>
        <source>This dossier is incomplete: the vault it came from is damaged. What is missing, and why, is listed in dossier.pdf and in manifest.json, and the check with Bewijskluis names it.</source>
        <translation>Dit dossier is onvolledig: de kluis waaruit het komt, is beschadigd. Wat ontbreekt, en waarom, staat in dossier.pdf en in manifest.json, en de controle met Bewijskluis noemt het.</translation>
    </message>
    <message>
        <source>REDACTED: parts of this image are hidden. The original is not included in this copy.</source>
        <translation>AFGESCHERMD: delen van deze afbeelding zijn verborgen. Het origineel zit niet in deze kopie.</translation>
    </message>
    <message>
        <source>Audit chain head before this export</source>
        <translation>Laatste schakel van de auditketen vóór deze export</translation>
    </message>
    <message>
        <source>The export adds one entry to the chain that names this PDF by its SHA-256; the head after it, to write down, is in VERIFY.txt.</source>
        <translation>De export voegt één schakel aan de keten toe, die deze pdf bij zijn SHA-256 noemt; de laatste schakel daarna, die u noteert, staat in VERIFY.txt.</translation>
    </message>
    <message>
        <source>The pictures in this case show someone under 18. Where it could, the person kept only words of them; the pictures in this dossier were kept all the same.</source>
        <translation>De beelden in deze zaak tonen iemand jonger dan 18. Waar het kon, werden er alleen woorden van bewaard; de beelden in dit dossier werden toch bewaard.</translation>
    </message>
    <message>
        <source>REDACTED: this image is withheld from this copy, because no part of it was marked to be shown. The original is not included.</source>
        <translation>AFGESCHERMD: deze afbeelding wordt in deze kopie niet getoond, omdat er niets van werd aangeduid om te tonen. Het origineel is niet bijgevoegd.</translation>
    </message>
    <message>
        <source>Page {page} / {total}</source>
        <translation>Pagina {page} / {total}</translation>
    </message>
    <message>
        <source>file import</source>
        <translation>geïmporteerd bestand</translation>
    </message>
    <message>
        <source>screenshot of the whole screen</source>
        <translation>schermafbeelding van het hele scherm</translation>
    </message>
    <message>
        <source>screenshot of a region</source>
        <translation>schermafbeelding van een deel van het scherm</translation>
    </message>
    <message>
        <source>screenshot of a window</source>
        <translation>schermafbeelding van een venster</translation>
    </message>
    <message>
        <source>pasted from the clipboard</source>
        <translation>geplakt vanuit het klembord</translation>
    </message>
    <message>
        <source>web page capture</source>
        <translation>opname van een webpagina</translation>
    </message>
    <message>
        <source>How to check this evidence dossier</source>
        <translation>Hoe u dit bewijsdossier controleert</translation>
    </message>
    <message>
        <source>1. With Bewijskluis installed, this checks every fingerprint, the manifest against the files and the audit entries against each other, and names every file that does not match:</source>
        <translation>1. Met Bewijskluis geïnstalleerd controleert deze opdracht elke vingerafdruk, het manifest tegenover de bestanden en de auditgegevens onderling, en vermeldt elk bestand dat niet klopt:</translation>
    </message>
    <message>
        <source>2. Without Bewijskluis, on Linux or macOS, open a terminal in this folder and run the command below. Every line must end in OK:</source>
        <translation>2. Zonder Bewijskluis, op Linux of macOS: open een terminal in deze map en voer de opdracht hieronder uit. Elke regel moet eindigen op OK:</translation>
    </message>
    <message>
        <source>3. On Windows, open a command prompt in this folder and run, for each file, the command below. The fingerprint it prints must be the one listed for that file in SHA256SUMS:</source>
        <translation>3. Op Windows: open een opdrachtprompt in deze map en voer voor elk bestand de opdracht hieronder uit. De vingerafdruk die ze toont, moet dezelfde zijn als die voor dat bestand in SHA256SUMS:</translation>
    </message>
    <message>
        <source>This is a redacted copy: parts of images are hidden and the original files are not included.</source>
        <translation>Dit is een afgeschermde kopie: delen van afbeeldingen zijn verborgen en de originele bestanden zijn niet bijgevoegd.</translation>
    </message>
    <message>
        <source>Request to remove intimate images shared without consent</source>
        <translation>Verzoek om intieme beelden te verwijderen die zonder toestemming zijn verspreid</translation>
    </message>
    <message>
        <source>Dear {platform} team,</source>
        <translation>Beste medewerkers van {platform},</translation>
    </message>
    <message>
        <source>Hi {name},</source>
        <translation>Hallo {name},</translation>
    </message>
    <message>
        <source>You shared intimate pictures of me without my consent. Sharing nude pictures or videos of someone without their consent is punishable by law.</source>
        <translation>Je hebt intieme foto’s van mij gedeeld zonder mijn toestemming. Naaktfoto’s of -video’s van iemand delen zonder toestemming is strafbaar.</translation>
    </message>
    <message>
        <source>Stop now. Delete the pictures everywhere you put them or sent them, and don’t share them again.</source>
        <translation>Stop er nu mee. Verwijder de foto’s overal waar je ze hebt gezet of naartoe hebt gestuurd, en deel ze niet opnieuw.</translation>
    </message>
    <message>
        <source>I have kept evidence of what happened. If it doesn’t stop, I can file a complaint with the police.</source>
        <translation>Ik heb bewijs bewaard van wat er gebeurd is. Als het niet stopt, kan ik klacht indienen bij de politie.</translation>
    </message>
    <message>
        <source>Hi,</source>
        <translation>Hallo,</translation>
    </message>
    <message>
        <source>You may have received a picture or a video of me that was shared without my consent.</source>
        <translation>Misschien heb je een foto of video van mij gekregen die zonder mijn toestemming gedeeld werd.</translation>
    </message>
    <message>
        <source>Please delete it, and don’t forward it or show it to anyone: passing it on is punishable too. Don’t make a screenshot of it either.</source>
        <translation>Verwijder die alsjeblieft, stuur die niet door en laat die aan niemand zien: ook doorsturen is strafbaar. Maak er ook geen screenshot van.</translation>
    </message>
    <message>
        <source>Thank you for helping me.</source>
        <translation>Bedankt dat je me helpt.</translation>
    </message>
    <message>
        <source>Pictures of {child} shared without consent</source>
        <translation>Beelden van {child} zonder toestemming verspreid</translation>
    </message>
    <message>
        <source>Dear Sir or Madam,</source>
        <translation>Geachte heer, mevrouw,</translation>
    </message>
    <message>
        <source>I am writing to you about my child, {child}, a pupil at your school. Intimate pictures of {child} are being shared without consent, also among pupils.</source>
        <translation>Ik schrijf u over mijn kind, {child}, een leerling van uw school. Intieme beelden van {child} worden zonder toestemming verspreid, ook onder leerlingen.</translation>
    </message>
    <message>
        <source>I ask the school:</source>
        <translation>Ik vraag de school:</translation>
    </message>
    <message>
        <source>to support {child}, and to make sure no one blames {child};</source>
        <translation>{child} te steunen, en ervoor te zorgen dat niemand {child} de schuld geeft;</translation>
    </message>
    <message>
        <source>to have the pictures deleted from pupils’ phones and app groups, without anyone copying or forwarding them;</source>
        <translation>de beelden te laten verwijderen van de telefoons van leerlingen en uit appgroepen, zonder dat iemand ze kopieert of doorstuurt;</translation>
    </message>
    <message>
        <source>to speak to the pupils who shared them;</source>
        <translation>te praten met de leerlingen die ze verspreid hebben;</translation>
    </message>
    <message>
        <source>to inform other parents only where needed, without naming {child}.</source>
        <translation>andere ouders alleen te informeren als dat nodig is, zonder {child} bij naam te noemen.</translation>
    </message>
    <message>
        <source>I would like to talk about this with you soon. You can reach me at {contact}.</source>
        <translation>Ik zou hier graag binnenkort met u over spreken. U kunt mij bereiken via {contact}.</translation>
    </message>
    <message>
        <source>[name]</source>
        <translation>[naam]</translation>
    </message>
    <message>
        <source>[your child’s name]</source>
        <translation>[naam van uw kind]</translation>
    </message>
    <message>
        <source>[your phone number or e-mail address]</source>
        <translation>[uw telefoonnummer of e-mailadres]</translation>
    </message>
    <message>
        <source>[your full name]</source>
        <translation>[uw volledige naam]</translation>
    </message>
    <message>
        <source>I report the following content on {platform}. It shows intimate images of a person who did not consent to their being shared:</source>
        <translation>Ik meld de volgende inhoud op {platform}. Ze toont intieme beelden van iemand die niet heeft ingestemd met de verspreiding ervan:</translation>
    </message>
    <message>
        <source>I report the following content. It shows intimate images of a person who did not consent to their being shared:</source>
        <translation>Ik meld de volgende inhoud. Ze toont intieme beelden van iemand die niet heeft ingestemd met de verspreiding ervan:</translation>
    </message>
    <message>
        <source>(the exact address is still to be added here)</source>
        <translation>(het exacte adres moet hier nog worden ingevuld)</translation>
    </message>
    <message>
        <source>I ask you to remove this content without delay, to make sure it cannot be shared or uploaded again, and to tell me what you decided.</source>
        <translation>Ik vraag u deze inhoud onmiddellijk te verwijderen, ervoor te zorgen dat ze niet opnieuw kan worden gedeeld of geüpload, en mij uw beslissing te laten weten.</translation>
    </message>
    <message>
        <source>This is a notice under article 16 of the Digital Services Act (Regulation (EU) 2022/2065).</source>
        <translation>Dit is een melding op grond van artikel 16 van de digitaledienstenverordening (Digital Services Act, Verordening (EU) 2022/2065).</translation>
    </message>
    <message>
        <source>Reasons: sharing intimate images of someone without their consent is a criminal offence. The person shown never agreed to this content being made public.</source>
        <translation>Redenen: intieme beelden van iemand verspreiden zonder toestemming is strafbaar. De persoon die erop staat, heeft er nooit mee ingestemd dat deze inhoud openbaar werd gemaakt.</translation>
    </message>
    <message>
        <source>The content shows a minor. Please treat it with priority. Under article 16(2)(c) of the Digital Services Act, I do not give my name and e-mail address.</source>
        <translation>De inhoud toont een minderjarige. Behandel deze melding met voorrang. Op grond van artikel 16(2)(c) van de digitaledienstenverordening geef ik mijn naam en e-mailadres niet op.</translation>
    </message>
    <message>
        <source>I reported this before under ticket number {ticket}, without a result.</source>
        <translation>Ik heb dit eerder gemeld onder ticketnummer {ticket}, zonder resultaat.</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation>Naam: {name}</translation>
    </message>
    <message>
        <source>E-mail: {email}</source>
        <translation>E-mail: {email}</translation>
    </message>
    <message>
        <source>[your name]</source>
        <translation>[je naam]</translation>
    </message>
    <message>
        <source>[your e-mail address]</source>
        <translation>[je e-mailadres]</translation>
    </message>
    <message>
        <source>I declare in good faith that the information and the statements in this notice are accurate and complete.</source>
        <translation>Ik verklaar te goeder trouw dat de gegevens en verklaringen in deze melding juist en volledig zijn.</translation>
    </message>
    <message>
        <source>Kind regards,</source>
        <translation>Met vriendelijke groeten,</translation>
    </message>
</context>
</TS>
