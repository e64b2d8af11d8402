<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Dossier</name>
    <message>
        <source>Evidence dossier</source>
        <translation>Evidence dossier</translation>
    </message>
    <message>
        <source>Evidence dossier (redacted copy)</source>
        <translation>Evidence dossier (redacted copy)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <source>Exported on</source>
        <translation>Exported on</translation>
    </message>
    <message>
        <source>Number of items</source>
        <translation>Number of items</translation>
    </message>
    <message>
        <source>Audit chain head before this export</source>
        <translation>Audit chain head before this export</translation>
    </message>
    <message>
        <source>The export adds one entry to the chain that names this PDF by its SHA-256; the head after it, to write down, is in VERIFY.txt.</source>
        <translation>The export adds one entry to the chain that names this PDF by its SHA-256; the head after it, to write down, is in VERIFY.txt.</translation>
    </message>
    <message>
        <source>Made with</source>
        <translation>Made with</translation>
    </message>
    <message>
        <source>This dossier was exported from an encrypted evidence vault. Every original file is in the folder originals/ of this bundle, byte for byte as it was recorded. Its SHA-256 fingerprint is printed on its page and in the file SHA256SUMS. The audit chain head above fixes the state of the vault at the moment of export. VERIFY.txt explains how to check that nothing was changed.</source>
        <translation>This dossier was exported from an encrypted evidence vault. Every original file is in the folder originals/ of this bundle, byte for byte as it was recorded. Its SHA-256 fingerprint is printed on its page and in the file SHA256SUMS. The audit chain head above fixes the state of the vault at the moment of export. VERIFY.txt explains how to check that nothing was changed.</translation>
    </message>
    <message>
        <source>This is a redacted copy: parts of some images are hidden and the original files are not included. The person concerned can provide the complete dossier to the police.</source>
        <translation>This is a redacted copy: parts of some images are hidden and the original files are not included. The person concerned can provide the complete dossier to the police.</translation>
    </message>
    <message>
        <source>The pictures in this case show someone under 18. On purpose, this dossier holds no pictures of them: the addresses, the accounts and what happened were written down instead.</source>
        <translation>The pictures in this case show someone under 18. On purpose, this dossier holds no pictures of them: the addresses, the accounts and what happened were written down instead.</translation>
    </message>
    <message>
        <source>The pictures in this case show someone under 18. Where it could, the person kept only words of them; the pictures in this dossier were kept all the same.</source>
        <translation>The pictures in this case show someone under 18. Where it could, the person kept only words of them; the pictures in this dossier were kept all the same.</translation>
    </message>
    <message>
        <source>INCOMPLETE: the vault this dossier was exported from is damaged, and not everything could be read from it. The page “Missing from this dossier” lists what is not in it, and why.</source>
        <translation>INCOMPLETE: the vault this dossier was exported from is damaged, and not everything could be read from it. The page “Missing from this dossier” lists what is not in it, and why.</translation>
    </message>
    <message>
        <source>(of the last audit entry that could be read: see “Missing from this dossier”)</source>
        <translation>(of the last audit entry that could be read: see “Missing from this dossier”)</translation>
    </message>
    <message>
        <source>Missing from this dossier</source>
        <translation>Missing from this dossier</translation>
    </message>
    <message>
        <source>The vault&apos;s database is damaged. What is listed here is recorded in the vault, but could not be read from it whole, so it is not in this dossier. Everything else in this dossier was read whole and matches its SHA-256 fingerprint.</source>
        <translation>The vault&apos;s database is damaged. What is listed here is recorded in the vault, but could not be read from it whole, so it is not in this dossier. Everything else in this dossier was read whole and matches its SHA-256 fingerprint.</translation>
    </message>
    <message>
        <source>Recorded as</source>
        <translation>Recorded as</translation>
    </message>
    <message>
        <source>Why it is missing</source>
        <translation>Why it is missing</translation>
    </message>
    <message>
        <source>item {id} in the vault</source>
        <translation>item {id} in the vault</translation>
    </message>
    <message>
        <source>a file kept with item {number} of this dossier</source>
        <translation>a file kept with item {number} of this dossier</translation>
    </message>
    <message>
        <source>its record is on a damaged part of the vault</source>
        <translation>its record is on a damaged part of the vault</translation>
    </message>
    <message>
        <source>its stored file is on a damaged part of the vault</source>
        <translation>its stored file is on a damaged part of the vault</translation>
    </message>
    <message>
        <source>its stored file no longer matches its SHA-256 fingerprint</source>
        <translation>its stored file no longer matches its SHA-256 fingerprint</translation>
    </message>
    <message>
        <source>Audit entries {first} to {last} could not be read: the audit chain in this dossier cannot be followed through them.</source>
        <translation>Audit entries {first} to {last} could not be read: the audit chain in this dossier cannot be followed through them.</translation>
    </message>
    <message>
        <source>Audit entries from number {first} on could not be read: the audit chain head on the cover is that of the last entry that could be read, not the vault&apos;s own.</source>
        <translation>Audit entries from number {first} on could not be read: the audit chain head on the cover is that of the last entry that could be read, not the vault&apos;s own.</translation>
    </message>
    <message>
        <source>Summary of the facts</source>
        <translation>Summary of the facts</translation>
    </message>
    <message>
        <source>In the words of the person concerned.</source>
        <translation>In the words of the person concerned.</translation>
    </message>
    <message>
        <source>No summary was written.</source>
        <translation>No summary was written.</translation>
    </message>
    <message>
        <source>Persons involved</source>
        <translation>Persons involved</translation>
    </message>
    <message>
        <source>Whoever posted or sent the material, as recorded with the items.</source>
        <translation>Whoever posted or sent the material, as recorded with the items.</translation>
    </message>
    <message>
        <source>No person was named with the items.</source>
        <translation>No person was named with the items.</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Name and usernames</source>
        <translation>Name and usernames</translation>
    </message>
    <message>
        <source>E-mail, phone and notes</source>
        <translation>E-mail, phone and notes</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Chronological list of items</source>
        <translation>Chronological list of items</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Local time</translation>
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
        <translation>Web address</translation>
    </message>
    <message>
        <source>Posted by</source>
        <translation>Posted by</translation>
    </message>
    <message>
        <source>SHA-256 (start)</source>
        <translation>SHA-256 (start)</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>When it happened</translation>
    </message>
    <message>
        <source>Ordered by when it happened where that is known, else by when it was captured. Rows numbered J1, J2, … are entries of the journal.</source>
        <translation>Ordered by when it happened where that is known, else by when it was captured. Rows numbered J1, J2, … are entries of the journal.</translation>
    </message>
    <message>
        <source>journal</source>
        <translation>journal</translation>
    </message>
    <message>
        <source>about {when}</source>
        <translation>about {when}</translation>
    </message>
    <message>
        <source>Journal: what happened without a file</source>
        <translation>Journal: what happened without a file</translation>
    </message>
    <message>
        <source>Events the person wrote down that left no file, such as a threat by phone, a message that was deleted, or telling someone. Each entry is in the audit chain with the time it was written down.</source>
        <translation>Events the person wrote down that left no file, such as a threat by phone, a message that was deleted, or telling someone. Each entry is in the audit chain with the time it was written down.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Who was involved</source>
        <translation>Who was involved</translation>
    </message>
    <message>
        <source>Written down (UTC)</source>
        <translation>Written down (UTC)</translation>
    </message>
    <message>
        <source>Item {number} of {total}</source>
        <translation>Item {number} of {total}</translation>
    </message>
    <message>
        <source>Address after redirects</source>
        <translation>Address after redirects</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Page title</translation>
    </message>
    <message>
        <source>Captured at (local time)</source>
        <translation>Captured at (local time)</translation>
    </message>
    <message>
        <source>Captured at (UTC)</source>
        <translation>Captured at (UTC)</translation>
    </message>
    <message>
        <source>Posted or seen</source>
        <translation>Posted or seen</translation>
    </message>
    <message>
        <source>Kind of capture</source>
        <translation>Kind of capture</translation>
    </message>
    <message>
        <source>Original file name</source>
        <translation>Original file name</translation>
    </message>
    <message>
        <source>File in this bundle</source>
        <translation>File in this bundle</translation>
    </message>
    <message>
        <source>File type and size</source>
        <translation>File type and size</translation>
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
        <translation>File last modified (UTC)</translation>
    </message>
    <message>
        <source>Date written in the image</source>
        <translation>Date written in the image</translation>
    </message>
    <message>
        <source>the owner of the vault</source>
        <translation>the owner of the vault</translation>
    </message>
    <message>
        <source>{when} (the camera’s clock; its time zone is not recorded)</source>
        <translation>{when} (the camera’s clock; its time zone is not recorded)</translation>
    </message>
    <message>
        <source>What it shows</source>
        <translation>What it shows</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>This item is not an image, so it is not shown here. The original file is in the bundle with the fingerprint below.</source>
        <translation>This item is not an image, so it is not shown here. The original file is in the bundle with the fingerprint below.</translation>
    </message>
    <message>
        <source>For this item no file or picture was kept, on purpose: only what is written on this page (for instance because keeping the picture of a minor is itself against the law).</source>
        <translation>For this item no file or picture was kept, on purpose: only what is written on this page (for instance because keeping the picture of a minor is itself against the law).</translation>
    </message>
    <message>
        <source>This image cannot be shown in the PDF (too large or damaged). The original file is in the bundle with the fingerprint below.</source>
        <translation>This image cannot be shown in the PDF (too large or damaged). The original file is in the bundle with the fingerprint below.</translation>
    </message>
    <message>
        <source>The image shown is the original, pixel for pixel (no compression loss).</source>
        <translation>The image shown is the original, pixel for pixel (no compression loss).</translation>
    </message>
    <message>
        <source>REDACTED: parts of this image are hidden. The original is not included in this copy.</source>
        <translation>REDACTED: parts of this image are hidden. The original is not included in this copy.</translation>
    </message>
    <message>
        <source>REDACTED: this image is withheld from this copy, because no part of it was marked to be shown. The original is not included.</source>
        <translation>REDACTED: this image is withheld from this copy, because no part of it was marked to be shown. The original is not included.</translation>
    </message>
    <message>
        <source>Page {page} / {total}</source>
        <translation>Page {page} / {total}</translation>
    </message>
    <message>
        <source>Item {number} of {total} (continued)</source>
        <translation>Item {number} of {total} (continued)</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP status</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <source>the same (no redirect)</source>
        <translation>the same (no redirect)</translation>
    </message>
    <message>
        <source>Files kept with this item</source>
        <translation>Files kept with this item</translation>
    </message>
    <message>
        <source>Recorded at the same moment as the original. Each file is in the folder originals/ of this bundle, byte for byte as it was recorded, with the SHA-256 fingerprint shown here.</source>
        <translation>Recorded at the same moment as the original. Each file is in the folder originals/ of this bundle, byte for byte as it was recorded, with the SHA-256 fingerprint shown here.</translation>
    </message>
    <message>
        <source>Recorded at the same moment as the original. These files are not included in this copy; their fingerprints identify them in the complete dossier.</source>
        <translation>Recorded at the same moment as the original. These files are not included in this copy; their fingerprints identify them in the complete dossier.</translation>
    </message>
    <message>
        <source>Visible part of the page, as it was on screen</source>
        <translation>Visible part of the page, as it was on screen</translation>
    </message>
    <message>
        <source>Page archive (MHTML: the page&apos;s HTML with its images and styles)</source>
        <translation>Page archive (MHTML: the page&apos;s HTML with its images and styles)</translation>
    </message>
    <message>
        <source>Stamped copy: the whole page with its address and the time drawn above it</source>
        <translation>Stamped copy: the whole page with its address and the time drawn above it</translation>
    </message>
    <message>
        <source>This copy was made by Bewijskluis for easier reading; it is not evidence as found. The evidence is the unstamped original of this item.</source>
        <translation>This copy was made by Bewijskluis for easier reading; it is not evidence as found. The evidence is the unstamped original of this item.</translation>
    </message>
    <message>
        <source>Checked again later</source>
        <translation>Checked again later</translation>
    </message>
    <message>
        <source>Whether the page was still online when Bewijskluis loaded its address again, for following up requests to take it down.</source>
        <translation>Whether the page was still online when Bewijskluis loaded its address again, for following up requests to take it down.</translation>
    </message>
    <message>
        <source>Checked at (local time)</source>
        <translation>Checked at (local time)</translation>
    </message>
    <message>
        <source>Checked at (UTC)</source>
        <translation>Checked at (UTC)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Address reached: {url}</source>
        <translation>Address reached: {url}</translation>
    </message>
    <message>
        <source>still online</source>
        <translation>still online</translation>
    </message>
    <message>
        <source>online, changed</source>
        <translation>online, changed</translation>
    </message>
    <message>
        <source>another website or host</source>
        <translation>another website or host</translation>
    </message>
    <message>
        <source>a search engine</source>
        <translation>a search engine</translation>
    </message>
    <message>
        <source>an adult site</source>
        <translation>an adult site</translation>
    </message>
    <message>
        <source>Reports and answers</source>
        <translation>Reports and answers</translation>
    </message>
    <message>
        <source>Each report to a platform or organisation, numbered R1, R2, … in the order it was sent, with the answers that came back and each later look at whether the content was still online. The full text sent with each report is in the appendix.</source>
        <translation>Each report to a platform or organisation, numbered R1, R2, … in the order it was sent, with the answers that came back and each later look at whether the content was still online. The full text sent with each report is in the appendix.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Report to {platform}</source>
        <translation>Report to {platform}</translation>
    </message>
    <message>
        <source>through {via}</source>
        <translation>through {via}</translation>
    </message>
    <message>
        <source>Channel: {channel}</source>
        <translation>Channel: {channel}</translation>
    </message>
    <message>
        <source>Rows R1, R2, … are reports to platforms; R1.1 is an answer to R1, and R1-C1 a later look at whether it was still online.</source>
        <translation>Rows R1, R2, … are reports to platforms; R1.1 is an answer to R1, and R1-C1 a later look at whether it was still online.</translation>
    </message>
    <message>
        <source>Ticket number: {ticket}</source>
        <translation>Ticket number: {ticket}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>not sent yet</translation>
    </message>
    <message>
        <source>Receipt: item {number} of this dossier</source>
        <translation>Receipt: item {number} of this dossier</translation>
    </message>
    <message>
        <source>Receipt: item {id} in the vault</source>
        <translation>Receipt: item {id} in the vault</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>New status: {status}</source>
        <translation>New status: {status}</translation>
    </message>
    <message>
        <source>Looked at again</source>
        <translation>Looked at again</translation>
    </message>
    <message>
        <source>{url}: {result} (HTTP status: {http})</source>
        <translation>{url}: {result} (HTTP status: {http})</translation>
    </message>
    <message>
        <source>Appendix: the texts sent with the reports</source>
        <translation>Appendix: the texts sent with the reports</translation>
    </message>
    <message>
        <source>R{number}: report to {platform}, sent {when}</source>
        <translation>R{number}: report to {platform}, sent {when}</translation>
    </message>
    <message>
        <source>report</source>
        <translation>report</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>answer</translation>
    </message>
    <message>
        <source>looked at again</source>
        <translation>looked at again</translation>
    </message>
    <message>
        <source>{label}: {text}</source>
        <translation>{label}: {text}</translation>
    </message>
    <message>
        <source>Hand-overs of the evidence</source>
        <translation>Hand-overs of the evidence</translation>
    </message>
    <message>
        <source>Each time a copy of the evidence was given to someone, as the person concerned wrote it down. Each entry is in the audit chain.</source>
        <translation>Each time a copy of the evidence was given to someone, as the person concerned wrote it down. Each entry is in the audit chain.</translation>
    </message>
    <message>
        <source>Given to</source>
        <translation>Given to</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>What was given</source>
        <translation>What was given</translation>
    </message>
    <message>
        <source>draft, not sent</source>
        <translation>draft, not sent</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>received by the platform</source>
        <translation>received by the platform</translation>
    </message>
    <message>
        <source>more information asked</source>
        <translation>more information asked</translation>
    </message>
    <message>
        <source>content removed</source>
        <translation>content removed</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>decision contested</source>
        <translation>decision contested</translation>
    </message>
    <message>
        <source>passed on (helpline, regulator, police)</source>
        <translation>passed on (helpline, regulator, police)</translation>
    </message>
    <message>
        <source>online again after removal</source>
        <translation>online again after removal</translation>
    </message>
    <message>
        <source>report button in the app or on the site</source>
        <translation>report button in the app or on the site</translation>
    </message>
    <message>
        <source>web form</source>
        <translation>web form</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>the platform’s data protection officer</source>
        <translation>the platform’s data protection officer</translation>
    </message>
    <message>
        <source>a helpline or trusted flagger</source>
        <translation>a helpline or trusted flagger</translation>
    </message>
    <message>
        <source>a fingerprint service (StopNCII, Take It Down)</source>
        <translation>a fingerprint service (StopNCII, Take It Down)</translation>
    </message>
    <message>
        <source>a search engine’s removal form</source>
        <translation>a search engine’s removal form</translation>
    </message>
    <message>
        <source>the police</source>
        <translation>the police</translation>
    </message>
    <message>
        <source>not reachable</source>
        <translation>not reachable</translation>
    </message>
    <message>
        <source>“online, changed”: the visible text of the page differs from the page archive kept at capture. “removed”: the site answered that the page is gone (HTTP 404, 410 or 451). “not reachable”: no server answered, or it answered with an error.</source>
        <translation>“online, changed”: the visible text of the page differs from the page archive kept at capture. “removed”: the site answered that the page is gone (HTTP 404, 410 or 451). “not reachable”: no server answered, or it answered with an error.</translation>
    </message>
    <message>
        <source>Checked {date}: {result}</source>
        <translation>Checked {date}: {result}</translation>
    </message>
    <message>
        <source>(shortened: {count} characters in all, the whole text is on the item&apos;s page)</source>
        <translation>(shortened: {count} characters in all, the whole text is on the item&apos;s page)</translation>
    </message>
    <message>
        <source>file import</source>
        <translation>file import</translation>
    </message>
    <message>
        <source>screenshot of the whole screen</source>
        <translation>screenshot of the whole screen</translation>
    </message>
    <message>
        <source>screenshot of a region</source>
        <translation>screenshot of a region</translation>
    </message>
    <message>
        <source>screenshot of a window</source>
        <translation>screenshot of a window</translation>
    </message>
    <message>
        <source>pasted from the clipboard</source>
        <translation>pasted from the clipboard</translation>
    </message>
    <message>
        <source>web page capture</source>
        <translation>web page capture</translation>
    </message>
    <message>
        <source>written down, no file kept</source>
        <translation>written down, no file kept</translation>
    </message>
    <message>
        <source>How to check this evidence dossier</source>
        <translation>How to check this evidence dossier</translation>
    </message>
    <message>
        <source>This bundle was exported by Bewijskluis {version} on {date}. It holds the dossier (dossier.pdf), the original files (originals/), a description of every item (manifest.json) and the SHA-256 fingerprint of every file (SHA256SUMS). If any byte of any file were changed, its fingerprint would no longer match.</source>
        <translation>This bundle was exported by Bewijskluis {version} on {date}. It holds the dossier (dossier.pdf), the original files (originals/), a description of every item (manifest.json) and the SHA-256 fingerprint of every file (SHA256SUMS). If any byte of any file were changed, its fingerprint would no longer match.</translation>
    </message>
    <message>
        <source>1. With Bewijskluis installed, this checks every fingerprint, the manifest against the files and the audit entries against each other, and names every file that does not match:</source>
        <translation>1. With Bewijskluis installed, this checks every fingerprint, the manifest against the files and the audit entries against each other, and names every file that does not match:</translation>
    </message>
    <message>
        <source>2. Without Bewijskluis, on Linux or macOS, open a terminal in this folder and run the command below. Every line must end in OK:</source>
        <translation>2. Without Bewijskluis, on Linux or macOS, open a terminal in this folder and run the command below. Every line must end in OK:</translation>
    </message>
    <message>
        <source>3. On Windows, open a command prompt in this folder and run, for each file, the command below. The fingerprint it prints must be the one listed for that file in SHA256SUMS:</source>
        <translation>3. On Windows, open a command prompt in this folder and run, for each file, the command below. The fingerprint it prints must be the one listed for that file in SHA256SUMS:</translation>
    </message>
    <message>
        <source>The audit chain head of this dossier is {head}. It is the export&apos;s own entry, which names the PDF by its SHA-256, the kind of copy (complete or redacted) and every item of the dossier. The owner of the vault can show that this value is part of the vault&apos;s own chain.</source>
        <translation>The audit chain head of this dossier is {head}. It is the export&apos;s own entry, which names the PDF by its SHA-256, the kind of copy (complete or redacted) and every item of the dossier. The owner of the vault can show that this value is part of the vault&apos;s own chain.</translation>
    </message>
    <message>
        <source>What these checks prove: that no file of this dossier changed after it was made, that its records agree with the vault&apos;s audit chain, and that the PDF, the kind of copy and the list of items are the ones the export named. They cannot prove by themselves that the dossier came from this vault, because someone who rewrote the files could rewrite the fingerprints and the head too. So write down the audit chain head above when you receive the dossier (for instance in the report of the complaint): the owner of the vault can later show that the vault&apos;s own chain contains it.</source>
        <translation>What these checks prove: that no file of this dossier changed after it was made, that its records agree with the vault&apos;s audit chain, and that the PDF, the kind of copy and the list of items are the ones the export named. They cannot prove by themselves that the dossier came from this vault, because someone who rewrote the files could rewrite the fingerprints and the head too. So write down the audit chain head above when you receive the dossier (for instance in the report of the complaint): the owner of the vault can later show that the vault&apos;s own chain contains it.</translation>
    </message>
    <message>
        <source>This is a redacted copy: parts of images are hidden and the original files are not included.</source>
        <translation>This is a redacted copy: parts of images are hidden and the original files are not included.</translation>
    </message>
    <message>
        <source>This dossier is incomplete: the vault it came from is damaged. What is missing, and why, is listed in dossier.pdf and in manifest.json, and the check with Bewijskluis names it.</source>
        <translation>This dossier is incomplete: the vault it came from is damaged. What is missing, and why, is listed in dossier.pdf and in manifest.json, and the check with Bewijskluis names it.</translation>
    </message>
    <message>
        <source>Request to remove intimate images shared without consent</source>
        <translation>Request to remove intimate images shared without consent</translation>
    </message>
    <message>
        <source>Dear {platform} team,</source>
        <translation>Dear {platform} team,</translation>
    </message>
    <message>
        <source>Hi {name},</source>
        <translation>Hi {name},</translation>
    </message>
    <message>
        <source>You shared intimate pictures of me without my consent. Sharing nude pictures or videos of someone without their consent is punishable by law.</source>
        <translation>You shared intimate pictures of me without my consent. Sharing nude pictures or videos of someone without their consent is punishable by law.</translation>
    </message>
    <message>
        <source>Stop now. Delete the pictures everywhere you put them or sent them, and don’t share them again.</source>
        <translation>Stop now. Delete the pictures everywhere you put them or sent them, and don’t share them again.</translation>
    </message>
    <message>
        <source>I have kept evidence of what happened. If it doesn’t stop, I can file a complaint with the police.</source>
        <translation>I have kept evidence of what happened. If it doesn’t stop, I can file a complaint with the police.</translation>
    </message>
    <message>
        <source>Hi,</source>
        <translation>Hi,</translation>
    </message>
    <message>
        <source>You may have received a picture or a video of me that was shared without my consent.</source>
        <translation>You may have received a picture or a video of me that was shared without my consent.</translation>
    </message>
    <message>
        <source>Please delete it, and don’t forward it or show it to anyone: passing it on is punishable too. Don’t make a screenshot of it either.</source>
        <translation>Please delete it, and don’t forward it or show it to anyone: passing it on is punishable too. Don’t make a screenshot of it either.</translation>
    </message>
    <message>
        <source>Thank you for helping me.</source>
        <translation>Thank you for helping me.</translation>
    </message>
    <message>
        <source>Pictures of {child} shared without consent</source>
        <translation>Pictures of {child} shared without consent</translation>
    </message>
    <message>
        <source>Dear Sir or Madam,</source>
        <translation>Dear Sir or Madam,</translation>
    </message>
    <message>
        <source>I am writing to you about my child, {child}, a pupil at your school. Intimate pictures of {child} are being shared without consent, also among pupils.</source>
        <translation>I am writing to you about my child, {child}, a pupil at your school. Intimate pictures of {child} are being shared without consent, also among pupils.</translation>
    </message>
    <message>
        <source>I ask the school:</source>
        <translation>I ask the school:</translation>
    </message>
    <message>
        <source>to support {child}, and to make sure no one blames {child};</source>
        <translation>to support {child}, and to make sure no one blames {child};</translation>
    </message>
    <message>
        <source>to have the pictures deleted from pupils’ phones and app groups, without anyone copying or forwarding them;</source>
        <translation>to have the pictures deleted from pupils’ phones and app groups, without anyone copying or forwarding them;</translation>
    </message>
    <message>
        <source>to speak to the pupils who shared them;</source>
        <translation>to speak to the pupils who shared them;</translation>
    </message>
    <message>
        <source>to inform other parents only where needed, without naming {child}.</source>
        <translation>to inform other parents only where needed, without naming {child}.</translation>
    </message>
    <message>
        <source>I would like to talk about this with you soon. You can reach me at {contact}.</source>
        <translation>I would like to talk about this with you soon. You can reach me at {contact}.</translation>
    </message>
    <message>
        <source>[name]</source>
        <translation>[name]</translation>
    </message>
    <message>
        <source>[your child’s name]</source>
        <translation>[your child’s name]</translation>
    </message>
    <message>
        <source>[your phone number or e-mail address]</source>
        <translation>[your phone number or e-mail address]</translation>
    </message>
    <message>
        <source>[your full name]</source>
        <translation>[your full name]</translation>
    </message>
    <message>
        <source>I report the following content on {platform}. It shows intimate images of a person who did not consent to their being shared:</source>
        <translation>I report the following content on {platform}. It shows intimate images of a person who did not consent to their being shared:</translation>
    </message>
    <message>
        <source>I report the following content. It shows intimate images of a person who did not consent to their being shared:</source>
        <translation>I report the following content. It shows intimate images of a person who did not consent to their being shared:</translation>
    </message>
    <message>
        <source>(the exact address is still to be added here)</source>
        <translation>(the exact address is still to be added here)</translation>
    </message>
    <message>
        <source>I ask you to remove this content without delay, to make sure it cannot be shared or uploaded again, and to tell me what you decided.</source>
        <translation>I ask you to remove this content without delay, to make sure it cannot be shared or uploaded again, and to tell me what you decided.</translation>
    </message>
    <message>
        <source>This is a notice under article 16 of the Digital Services Act (Regulation (EU) 2022/2065).</source>
        <translation>This is a notice under article 16 of the Digital Services Act (Regulation (EU) 2022/2065).</translation>
    </message>
    <message>
        <source>Reasons: sharing intimate images of someone without their consent is a criminal offence. The person shown never agreed to this content being made public.</source>
        <translation>Reasons: sharing intimate images of someone without their consent is a criminal offence. The person shown never agreed to this content being made public.</translation>
    </message>
    <message>
        <source>The content shows a minor. Please treat it with priority. Under article 16(2)(c) of the Digital Services Act, I do not give my name and e-mail address.</source>
        <translation>The content shows a minor. Please treat it with priority. Under article 16(2)(c) of the Digital Services Act, I do not give my name and e-mail address.</translation>
    </message>
    <message>
        <source>I reported this before under ticket number {ticket}, without a result.</source>
        <translation>I reported this before under ticket number {ticket}, without a result.</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation>Name: {name}</translation>
    </message>
    <message>
        <source>E-mail: {email}</source>
        <translation>E-mail: {email}</translation>
    </message>
    <message>
        <source>[your name]</source>
        <translation>[your name]</translation>
    </message>
    <message>
        <source>[your e-mail address]</source>
        <translation>[your e-mail address]</translation>
    </message>
    <message>
        <source>I declare in good faith that the information and the statements in this notice are accurate and complete.</source>
        <translation>I declare in good faith that the information and the statements in this notice are accurate and complete.</translation>
    </message>
    <message>
        <source>Kind regards,</source>
        <translation>Kind regards,</translation>
    </message>
</context>
</TS>
