<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Current passphrase:</source>
        <translation>Current passphrase:</translation>
    </message>
    <message>
        <source>Choose a new passphrase. Your recovery key stays the same and keeps working.</source>
        <translation>Choose a new passphrase. Your recovery key stays the same and keeps working.</translation>
    </message>
    <message>
        <source>You opened the vault with your recovery key. Choose a new passphrase to use from now on. Your recovery key stays the same.</source>
        <translation>You opened the vault with your recovery key. Choose a new passphrase to use from now on. Your recovery key stays the same.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Changing… this takes a second.</source>
        <translation>Changing… this takes a second.</translation>
    </message>
    <message>
        <source>Please type your current passphrase.</source>
        <translation>Please type your current passphrase.</translation>
    </message>
    <message>
        <source>Your current passphrase is not right. Try again.</source>
        <translation>Your current passphrase is not right. Try again.</translation>
    </message>
</context>
<context>
    <name>CheckKeyPage</name>
    <message>
        <source>Check your recovery key</source>
        <translation>Check your recovery key</translation>
    </message>
    <message>
        <source>Look at what you wrote down or printed, and type the two groups we ask for. This makes sure you can use it when you need it.</source>
        <translation>Look at what you wrote down or printed, and type the two groups we ask for. This makes sure you can use it when you need it.</translation>
    </message>
    <message>
        <source>Group %1:</source>
        <translation>Group %1:</translation>
    </message>
    <message>
        <source>Group %1 does not match.</source>
        <translation>Group %1 does not match.</translation>
    </message>
    <message>
        <source>Groups %1 and %2 do not match.</source>
        <translation>Groups %1 and %2 do not match.</translation>
    </message>
    <message>
        <source>Look again at what you wrote down. If you did not keep the key, go back: it is still shown there.</source>
        <translation>Look again at what you wrote down. If you did not keep the key, go back: it is still shown there.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Show the whole picture</source>
        <translation>Show the whole picture</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Show at real size</source>
        <translation>Show at real size</translation>
    </message>
    <message>
        <source>Choose an item in the list to see it here.</source>
        <translation>Choose an item in the list to see it here.</translation>
    </message>
    <message>
        <source>Opening the picture…</source>
        <translation>Opening the picture…</translation>
    </message>
    <message>
        <source>Nothing to save: nothing was changed.</source>
        <translation>Nothing to save: nothing was changed.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>Saved at %1.</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>Not saved. %1</translation>
    </message>
    <message>
        <source>Delete this item?</source>
        <translation>Delete this item?</translation>
    </message>
    <message>
        <source>Delete this item from the vault? The file and its details will be gone. The vault&apos;s log keeps a note that an item was deleted, and when.</source>
        <translation>Delete this item from the vault? The file and its details will be gone. The vault&apos;s log keeps a note that an item was deleted, and when.</translation>
    </message>
    <message>
        <source>Not deleted. %1</source>
        <translation>Not deleted. %1</translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <source>Web address:</source>
        <translation>Web address:</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Platform:</translation>
    </message>
    <message>
        <source>Where it was seen:</source>
        <translation>Where it was seen:</translation>
    </message>
    <message>
        <source>Who posted it:</source>
        <translation>Who posted it:</translation>
    </message>
    <message>
        <source>When posted or seen:</source>
        <translation>When posted or seen:</translation>
    </message>
    <message>
        <source>What it shows:</source>
        <translation>What it shows:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Stored on:</source>
        <translation>Stored on:</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256):</source>
        <translation>Fingerprint (SHA-256):</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Size:</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>File name:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>For example: the class group chat</source>
        <translation>For example: the class group chat</translation>
    </message>
    <message>
        <source>Name, username, phone number…</source>
        <translation>Name, username, phone number…</translation>
    </message>
    <message>
        <source>For example: Saturday evening, 12 May</source>
        <translation>For example: Saturday evening, 12 May</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
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
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
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
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
</context>
<context>
    <name>MainToolBar</name>
    <message>
        <source>Toolbar</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <source>Store pictures or other files as evidence</source>
        <translation>Store pictures or other files as evidence</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>Lock the vault now (Ctrl+L)</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Change passphrase…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Auto-lock</source>
        <translation>Auto-lock</translation>
    </message>
    <message>
        <source>Lock the vault by itself when nobody uses it for a while</source>
        <translation>Lock the vault by itself when nobody uses it for a while</translation>
    </message>
    <message numerus="yes">
        <source>After %n minute(s) without use</source>
        <translation>
            <numerusform>After %n minute without use</numerusform>
            <numerusform>After %n minutes without use</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Case:</source>
        <translation>Case:</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>New case…</translation>
    </message>
    <message>
        <source>Search in this case…</source>
        <translation>Search in this case…</translation>
    </message>
    <message>
        <source>The vault is locked. Nothing is shown until you open it.</source>
        <translation>The vault is locked. Nothing is shown until you open it.</translation>
    </message>
    <message>
        <source>Open the vault…</source>
        <translation>Open the vault…</translation>
    </message>
    <message>
        <source>The item was deleted.</source>
        <translation>The item was deleted.</translation>
    </message>
    <message>
        <source>Add files to the vault</source>
        <translation>Add files to the vault</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.heic);;All files (*)</source>
        <translation>Pictures (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.heic);;All files (*)</translation>
    </message>
    <message>
        <source>Added to the vault.</source>
        <translation>Added to the vault.</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>Name of the new case:</source>
        <translation>Name of the new case:</translation>
    </message>
    <message>
        <source>Your passphrase was changed.</source>
        <translation>Your passphrase was changed.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>There is no vault in this folder. Nothing was changed.</source>
        <translation>There is no vault in this folder. Nothing was changed.</translation>
    </message>
    <message>
        <source>The key file of your vault (vault.key) is missing, so your passphrase cannot open it. Your evidence is still there. Put back a copy of vault.key, or open the vault with your recovery key.</source>
        <translation>The key file of your vault (vault.key) is missing, so your passphrase cannot open it. Your evidence is still there. Put back a copy of vault.key, or open the vault with your recovery key.</translation>
    </message>
    <message>
        <source>The key file of your vault (vault.key) is damaged, so your passphrase cannot open it. Put back a copy of vault.key, or open the vault with your recovery key.</source>
        <translation>The key file of your vault (vault.key) is damaged, so your passphrase cannot open it. Put back a copy of vault.key, or open the vault with your recovery key.</translation>
    </message>
    <message>
        <source>Your key is right, but the vault file (vault.db) is damaged and cannot be opened. Do not delete anything. Ask someone you trust to help you put back a backup.</source>
        <translation>Your key is right, but the vault file (vault.db) is damaged and cannot be opened. Do not delete anything. Ask someone you trust to help you put back a backup.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Bewijskluis. Install the newest version to open it. Nothing was changed.</source>
        <translation>This vault was made by a newer version of Bewijskluis. Install the newest version to open it. Nothing was changed.</translation>
    </message>
    <message>
        <source>The vault cannot be opened. Nothing was changed.</source>
        <translation>The vault cannot be opened. Nothing was changed.</translation>
    </message>
    <message>
        <source>A recovery key has 64 characters: the digits 0 to 9 and the letters A to F. Check what you typed.</source>
        <translation>A recovery key has 64 characters: the digits 0 to 9 and the letters A to F. Check what you typed.</translation>
    </message>
    <message>
        <source>This recovery key does not open the vault. Check each group and try again.</source>
        <translation>This recovery key does not open the vault. Check each group and try again.</translation>
    </message>
    <message>
        <source>This passphrase does not open the vault. Check that Caps Lock is off and try again.</source>
        <translation>This passphrase does not open the vault. Check that Caps Lock is off and try again.</translation>
    </message>
    <message>
        <source>The vault is locked. Open it again to go on.</source>
        <translation>The vault is locked. Open it again to go on.</translation>
    </message>
    <message>
        <source>This web address does not look right. Copy it from the address bar of your browser (it starts with https://) and try again.</source>
        <translation>This web address does not look right. Copy it from the address bar of your browser (it starts with https://) and try again.</translation>
    </message>
    <message>
        <source>This could not be done: something in the input cannot be used.</source>
        <translation>This could not be done: something in the input cannot be used.</translation>
    </message>
    <message>
        <source>A file could not be read or written. Nothing was lost from the vault.</source>
        <translation>A file could not be read or written. Nothing was lost from the vault.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was lost from the vault.</source>
        <translation>Something went wrong. Nothing was lost from the vault.</translation>
    </message>
    <message numerus="yes">
        <source>Your passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>Your passphrase needs at least %n character.</numerusform>
            <numerusform>Your passphrase needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Very easy to guess</source>
        <translation>Very easy to guess</translation>
    </message>
    <message>
        <source>Easy to guess</source>
        <translation>Easy to guess</translation>
    </message>
    <message>
        <source>Could be better</source>
        <translation>Could be better</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Strong</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>Screenshot</translation>
    </message>
    <message>
        <source>Part of the screen</source>
        <translation>Part of the screen</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Clipboard</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Web page</translation>
    </message>
    <message>
        <source>This picture cannot be shown: the file is damaged or incomplete. It is kept exactly as it came in.</source>
        <translation>This picture cannot be shown: the file is damaged or incomplete. It is kept exactly as it came in.</translation>
    </message>
    <message>
        <source>This picture is too large to show safely. It is kept exactly as it came in.</source>
        <translation>This picture is too large to show safely. It is kept exactly as it came in.</translation>
    </message>
    <message>
        <source>This file is not a picture, so it cannot be shown here. It is kept exactly as it came in.</source>
        <translation>This file is not a picture, so it cannot be shown here. It is kept exactly as it came in.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>New passphrase:</source>
        <translation>New passphrase:</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>Type it again:</translation>
    </message>
    <message numerus="yes">
        <source>Choose at least %n characters. A few words that only you would put together are easy to remember and hard to guess.</source>
        <translation>
            <numerusform>Choose at least %n character. A few words that only you would put together are easy to remember and hard to guess.</numerusform>
            <numerusform>Choose at least %n characters. A few words that only you would put together are easy to remember and hard to guess.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>The two passphrases are not the same yet.</translation>
    </message>
    <message>
        <source>Please choose a passphrase.</source>
        <translation>Please choose a passphrase.</translation>
    </message>
    <message>
        <source>Please type your passphrase a second time.</source>
        <translation>Please type your passphrase a second time.</translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <translation>Strength: %1</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Choose a passphrase</translation>
    </message>
    <message>
        <source>Your passphrase locks the vault. Do not use it anywhere else, and do not tell it to anyone you do not trust completely.</source>
        <translation>Your passphrase locks the vault. Do not use it anywhere else, and do not tell it to anyone you do not trust completely.</translation>
    </message>
    <message>
        <source>Making your vault… this takes a few seconds.</source>
        <translation>Making your vault… this takes a few seconds.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>Your recovery key</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this recovery key opens your vault. It is shown only now. Write it on paper or print it, and keep it somewhere safe, away from this computer. Do not take a photo of it with your phone.</source>
        <translation>If you ever forget your passphrase, this recovery key opens your vault. It is shown only now. Write it on paper or print it, and keep it somewhere safe, away from this computer. Do not take a photo of it with your phone.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>I wrote down or printed my recovery key and keep it safe.</source>
        <translation>I wrote down or printed my recovery key and keep it safe.</translation>
    </message>
    <message>
        <source>Bewijskluis recovery key</source>
        <translation>Bewijskluis recovery key</translation>
    </message>
    <message>
        <source>This key opens your vault if you forget your passphrase. Keep this paper safe.</source>
        <translation>This key opens your vault if you forget your passphrase. Keep this paper safe.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Make my vault</source>
        <translation>Make my vault</translation>
    </message>
    <message>
        <source>Open my vault</source>
        <translation>Open my vault</translation>
    </message>
    <message>
        <source>My evidence</source>
        <translation>My evidence</translation>
    </message>
    <message>
        <source>Your vault is made, but you have not checked your recovery key yet. If you close now, you will never see this key again.

Close anyway?</source>
        <translation>Your vault is made, but you have not checked your recovery key yet. If you close now, you will never see this key again.

Close anyway?</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>I forgot my passphrase: use my recovery key</source>
        <translation>I forgot my passphrase: use my recovery key</translation>
    </message>
    <message>
        <source>Type your recovery key: the 16 groups you wrote down or printed.</source>
        <translation>Type your recovery key: the 16 groups you wrote down or printed.</translation>
    </message>
    <message>
        <source>Your vault is locked. Type your passphrase to open it.</source>
        <translation>Your vault is locked. Type your passphrase to open it.</translation>
    </message>
    <message>
        <source>Opening… this takes a second.</source>
        <translation>Opening… this takes a second.</translation>
    </message>
    <message>
        <source>Please type your recovery key.</source>
        <translation>Please type your recovery key.</translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation>Please type your passphrase.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Bewijskluis</source>
        <translation>Welcome to Bewijskluis</translation>
    </message>
    <message>
        <source>Bewijskluis keeps your evidence safe: screenshots, pictures and files that show what happened to you, with the date, the time and where you found them.

Everything stays on this computer, locked with a passphrase that only you know. Nothing is sent anywhere. Nobody sees it unless you show it.

Later, you can show it to the police or to someone you trust, in a form that proves nothing was changed.

Setting up takes two minutes.</source>
        <translation>Bewijskluis keeps your evidence safe: screenshots, pictures and files that show what happened to you, with the date, the time and where you found them.

Everything stays on this computer, locked with a passphrase that only you know. Nothing is sent anywhere. Nobody sees it unless you show it.

Later, you can show it to the police or to someone you trust, in a form that proves nothing was changed.

Setting up takes two minutes.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
</context>
</TS>
