<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutYouDialog</name>
    <message>
        <source>About you</source>
        <translation>About you</translation>
    </message>
</context>
<context>
    <name>AboutYouForm</name>
    <message>
        <source>Who is using Bewijskluis?</source>
        <translation>Who is using Bewijskluis?</translation>
    </message>
    <message>
        <source>Me, for myself</source>
        <translation>Me, for myself</translation>
    </message>
    <message>
        <source>I am helping someone (as a parent, a friend, a teacher or a counsellor)</source>
        <translation>I am helping someone (as a parent, a friend, a teacher or a counsellor)</translation>
    </message>
    <message>
        <source>A school handling an incident</source>
        <translation>A school handling an incident</translation>
    </message>
    <message>
        <source>Your name and role (kept with everything you do here):</source>
        <translation>Your name and role (kept with everything you do here):</translation>
    </message>
    <message>
        <source>Your name (kept with everything you do here):</source>
        <translation>Your name (kept with everything you do here):</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>The pictures show someone under 18</source>
        <translation>The pictures show someone under 18</translation>
    </message>
    <message>
        <source>Also when they were under 18 when the pictures were made. Then Bewijskluis keeps the web address, the account and what happened, without the pictures, unless you choose otherwise.</source>
        <translation>Also when they were under 18 when the pictures were made. Then Bewijskluis keeps the web address, the account and what happened, without the pictures, unless you choose otherwise.</translation>
    </message>
</context>
<context>
    <name>AboutYouPage</name>
    <message>
        <source>About you</source>
        <translation>About you</translation>
    </message>
    <message>
        <source>So that Bewijskluis can speak to you in the right words. You can change it later.</source>
        <translation>So that Bewijskluis can speak to you in the right words. You can change it later.</translation>
    </message>
</context>
<context>
    <name>AnswerEditor</name>
    <message>
        <source>Write what they answered, or choose where it stands.</source>
        <translation>Write what they answered, or choose where it stands.</translation>
    </message>
    <message>
        <source>An answer came</source>
        <translation>An answer came</translation>
    </message>
    <message>
        <source>When did it come?</source>
        <translation>When did it come?</translation>
    </message>
    <message>
        <source>What did they say?</source>
        <translation>What did they say?</translation>
    </message>
    <message>
        <source>Where does it stand now?</source>
        <translation>Where does it stand now?</translation>
    </message>
    <message>
        <source>Unchanged (%1)</source>
        <translation>Unchanged (%1)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Keeps the answer with the report in the vault. It goes into the dossier.</source>
        <translation>Keeps the answer with the report in the vault. It goes into the dossier.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Closes this window without keeping the answer.</source>
        <translation>Closes this window without keeping the answer.</translation>
    </message>
</context>
<context>
    <name>CaptureBrowser</name>
    <message>
        <source>Capture a web page</source>
        <translation>Capture a web page</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Goes back to the page before.</source>
        <translation>Goes back to the page before.</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>Goes to the next page again.</source>
        <translation>Goes to the next page again.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Loads this page again.</source>
        <translation>Loads this page again.</translation>
    </message>
    <message>
        <source>Type or paste the web address</source>
        <translation>Type or paste the web address</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Web address</translation>
    </message>
    <message>
        <source>Type or paste the web address, then press Enter to open the page.</source>
        <translation>Type or paste the web address, then press Enter to open the page.</translation>
    </message>
    <message>
        <source>Capture this page</source>
        <translation>Capture this page</translation>
    </message>
    <message>
        <source>Keeps the whole page in your vault: a picture of it, a copy of the page and its web address.</source>
        <translation>Keeps the whole page in your vault: a picture of it, a copy of the page and its web address.</translation>
    </message>
    <message>
        <source>This browser keeps nothing on disk: you are logged out of every site when you close this window.</source>
        <translation>This browser keeps nothing on disk: you are logged out of every site when you close this window.</translation>
    </message>
    <message>
        <source>The web page</source>
        <translation>The web page</translation>
    </message>
    <message>
        <source>Nothing is open yet: type a web address above and press Enter.</source>
        <translation>Nothing is open yet: type a web address above and press Enter.</translation>
    </message>
    <message>
        <source>The page as the site shows it. Tab goes through its links, then on.</source>
        <translation>The page as the site shows it. Tab goes through its links, then on.</translation>
    </message>
    <message>
        <source>Only web addresses (http or https) can be opened here.</source>
        <translation>Only web addresses (http or https) can be opened here.</translation>
    </message>
    <message>
        <source>This address could not be reached ({0}).</source>
        <translation>This address could not be reached ({0}).</translation>
    </message>
    <message>
        <source>The site answered with status {0}: you can still capture what it shows.</source>
        <translation>The site answered with status {0}: you can still capture what it shows.</translation>
    </message>
    <message>
        <source>The page is open. “Capture this page” keeps it in your vault.</source>
        <translation>The page is open. “Capture this page” keeps it in your vault.</translation>
    </message>
    <message>
        <source>Capturing the whole page…</source>
        <translation>Capturing the whole page…</translation>
    </message>
    <message>
        <source>Saving in the vault…</source>
        <translation>Saving in the vault…</translation>
    </message>
    <message>
        <source>This address could not be reached, so there is nothing to capture.</source>
        <translation>This address could not be reached, so there is nothing to capture.</translation>
    </message>
    <message>
        <source>The page could not be captured. Nothing was stored; please try again.</source>
        <translation>The page could not be captured. Nothing was stored; please try again.</translation>
    </message>
    <message>
        <source>Captured and saved as item {0}.</source>
        <translation>Captured and saved as item {0}.</translation>
    </message>
    <message>
        <source>It is marked with the site&apos;s status {0}.</source>
        <translation>It is marked with the site&apos;s status {0}.</translation>
    </message>
    <message>
        <source>The page is very long: the image stops part way down.</source>
        <translation>The page is very long: the image stops part way down.</translation>
    </message>
    <message>
        <source>The capture could not be saved in the vault. Nothing was stored.</source>
        <translation>The capture could not be saved in the vault. Nothing was stored.</translation>
    </message>
</context>
<context>
    <name>CaptureController</name>
    <message>
        <source>Bewijskluis cannot pick a window of another program on this computer. Drag a rectangle around the window instead. Esc cancels.</source>
        <translation>Bewijskluis cannot pick a window of another program on this computer. Drag a rectangle around the window instead. Esc cancels.</translation>
    </message>
    <message>
        <source>Drag a rectangle around what you want to keep. Or with the keys: the arrows move it, Shift+arrows change its size, Enter keeps it. Esc cancels.</source>
        <translation>Drag a rectangle around what you want to keep. Or with the keys: the arrows move it, Shift+arrows change its size, Enter keeps it. Esc cancels.</translation>
    </message>
    <message>
        <source>Click the window you want to keep. Or with the keys: the arrows go from window to window, Enter keeps the one outlined. Esc cancels.</source>
        <translation>Click the window you want to keep. Or with the keys: the arrows go from window to window, Enter keeps the one outlined. Esc cancels.</translation>
    </message>
</context>
<context>
    <name>CaseBar</name>
    <message numerus="yes">
        <source>%n thing(s) to do about your reports: see To do.</source>
        <translation>
            <numerusform>%n thing to do about your reports: see To do.</numerusform>
            <numerusform>%n things to do about your reports: see To do.</numerusform>
        </translation>
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
        <source>Rename the case</source>
        <translation>Rename the case</translation>
    </message>
    <message>
        <source>New name of the case:</source>
        <translation>New name of the case:</translation>
    </message>
    <message>
        <source>Keep pictures of this case again? Only do this if the pictures do not show anyone under 18.</source>
        <translation>Keep pictures of this case again? Only do this if the pictures do not show anyone under 18.</translation>
    </message>
    <message>
        <source>Only words are kept of this case’s pictures from now on.</source>
        <translation>Only words are kept of this case’s pictures from now on.</translation>
    </message>
    <message>
        <source>Pictures of this case can be kept again.</source>
        <translation>Pictures of this case can be kept again.</translation>
    </message>
    <message>
        <source>The summary is saved.</source>
        <translation>The summary is saved.</translation>
    </message>
    <message>
        <source>To do (%1)</source>
        <translation>To do (%1)</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>What is next for your reports, the soonest first.</source>
        <translation>What is next for your reports, the soonest first.</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Case:</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>New case…</translation>
    </message>
    <message>
        <source>This case</source>
        <translation>This case</translation>
    </message>
    <message>
        <source>Opens a menu with everything about this case: its summary, journal, reports, hand-overs and ready texts.</source>
        <translation>Opens a menu with everything about this case: its summary, journal, reports, hand-overs and ready texts.</translation>
    </message>
    <message>
        <source>Starts a new case, for something else that happened. Each case keeps its own items.</source>
        <translation>Starts a new case, for something else that happened. Each case keeps its own items.</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>What you can do now, step by step</source>
        <translation>What you can do now, step by step</translation>
    </message>
    <message>
        <source>Next steps…</source>
        <translation>Next steps…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Summary in your own words…</source>
        <translation>Summary in your own words…</translation>
    </message>
    <message>
        <source>Journal: what happened without a file…</source>
        <translation>Journal: what happened without a file…</translation>
    </message>
    <message>
        <source>Reports to platforms…</source>
        <translation>Reports to platforms…</translation>
    </message>
    <message>
        <source>To do…</source>
        <translation>To do…</translation>
    </message>
    <message>
        <source>Hand-overs: who got a copy…</source>
        <translation>Hand-overs: who got a copy…</translation>
    </message>
    <message>
        <source>Ready texts to others…</source>
        <translation>Ready texts to others…</translation>
    </message>
    <message>
        <source>The pictures show someone under 18</source>
        <translation>The pictures show someone under 18</translation>
    </message>
    <message>
        <source>Search in this case…</source>
        <translation>Search in this case…</translation>
    </message>
    <message>
        <source>Search in this case</source>
        <translation>Search in this case</translation>
    </message>
    <message>
        <source>The list shows only the items in which these words appear.</source>
        <translation>The list shows only the items in which these words appear.</translation>
    </message>
</context>
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
        <source>The passphrase that opens your vault now.</source>
        <translation>The passphrase that opens your vault now.</translation>
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
    <name>CheckDialog</name>
    <message>
        <source>Check the vault</source>
        <translation>Check the vault</translation>
    </message>
    <message>
        <source>Bewijskluis reads everything in your vault again and checks that nothing in it was changed or damaged: every saved file against its fingerprint, and the log of every change. You can go on using Bewijskluis meanwhile.</source>
        <translation>Bewijskluis reads everything in your vault again and checks that nothing in it was changed or damaged: every saved file against its fingerprint, and the log of every change. You can go on using Bewijskluis meanwhile.</translation>
    </message>
    <message>
        <source>How far the check got</source>
        <translation>How far the check got</translation>
    </message>
    <message>
        <source>What the check found, for the person who helps you (in English):</source>
        <translation>What the check found, for the person who helps you (in English):</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Stops the check. Nothing in your vault is changed.</source>
        <translation>Stops the check. Nothing in your vault is changed.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Closes this window. The check changed nothing in your vault.</source>
        <translation>Closes this window. The check changed nothing in your vault.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Checked %1 of %2…</source>
        <translation>Checked %1 of %2…</translation>
    </message>
    <message>
        <source>The check was stopped. Nothing was changed.</source>
        <translation>The check was stopped. Nothing was changed.</translation>
    </message>
    <message>
        <source>Part of your vault is damaged. %1 of %2 items can still be read whole and match their fingerprint. Save them now: export a dossier (it takes everything that can be read and names the rest). Then put back a copy of your vault if you have one.</source>
        <translation>Part of your vault is damaged. %1 of %2 items can still be read whole and match their fingerprint. Save them now: export a dossier (it takes everything that can be read and names the rest). Then put back a copy of your vault if you have one.</translation>
    </message>
    <message numerus="yes">
        <source>The check found %n problem(s): something in the vault does not match what Bewijskluis recorded, so it may have been changed outside Bewijskluis. The check changed nothing. Keep the vault as it is, and show what was found to someone who helps you or to the police.</source>
        <translation>
            <numerusform>The check found %n problem: something in the vault does not match what Bewijskluis recorded, so it may have been changed outside Bewijskluis. The check changed nothing. Keep the vault as it is, and show what was found to someone who helps you or to the police.</numerusform>
            <numerusform>The check found %n problems: something in the vault does not match what Bewijskluis recorded, so it may have been changed outside Bewijskluis. The check changed nothing. Keep the vault as it is, and show what was found to someone who helps you or to the police.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Everything is in order: %n item(s) checked. Every saved file matches its fingerprint, and nothing was changed outside Bewijskluis.</source>
        <translation>
            <numerusform>Everything is in order: %n item checked. Every saved file matches its fingerprint, and nothing was changed outside Bewijskluis.</numerusform>
            <numerusform>Everything is in order: %n items checked. Every saved file matches its fingerprint, and nothing was changed outside Bewijskluis.</numerusform>
        </translation>
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
    <name>Countdown</name>
    <message>
        <source>The screen will be captured. Open what you want to keep.</source>
        <translation>The screen will be captured. Open what you want to keep.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CurrentPassphrasePage</name>
    <message>
        <source>A new recovery key</source>
        <translation>A new recovery key</translation>
    </message>
    <message>
        <source>Make a new recovery key if you lost yours, or if someone else may have seen it or a copy of your vault. The new key replaces the old one: after this, the old recovery key no longer opens your vault. Your passphrase and your evidence stay as they are.

Have paper and a pen ready, or a printer.</source>
        <translation>Make a new recovery key if you lost yours, or if someone else may have seen it or a copy of your vault. The new key replaces the old one: after this, the old recovery key no longer opens your vault. Your passphrase and your evidence stay as they are.

Have paper and a pen ready, or a printer.</translation>
    </message>
    <message>
        <source>Your passphrase:</source>
        <translation>Your passphrase:</translation>
    </message>
    <message>
        <source>The passphrase that opens your vault: only you can make a new key.</source>
        <translation>The passphrase that opens your vault: only you can make a new key.</translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation>Please type your passphrase.</translation>
    </message>
    <message>
        <source>Checking your passphrase…</source>
        <translation>Checking your passphrase…</translation>
    </message>
</context>
<context>
    <name>CustodyDialog</name>
    <message>
        <source>Written down.</source>
        <translation>Written down.</translation>
    </message>
    <message>
        <source>Remove the hand-over?</source>
        <translation>Remove the hand-over?</translation>
    </message>
    <message>
        <source>It leaves the list and the dossier. The vault&apos;s history keeps that it was written and removed.</source>
        <translation>It leaves the list and the dossier. The vault&apos;s history keeps that it was written and removed.</translation>
    </message>
    <message>
        <source>The hand-over is removed.</source>
        <translation>The hand-over is removed.</translation>
    </message>
    <message>
        <source>Hand-overs of %1</source>
        <translation>Hand-overs of %1</translation>
    </message>
    <message>
        <source>Write down each time you gave a copy of your evidence to someone: the police, a lawyer, a school. The dossier shows it, so that everyone can see where the evidence went.</source>
        <translation>Write down each time you gave a copy of your evidence to someone: the police, a lawyer, a school. The dossier shows it, so that everyone can see where the evidence went.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>To whom</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Hand-overs</source>
        <translation>Hand-overs</translation>
    </message>
    <message>
        <source>Each time you gave a copy of your evidence to someone. Choose one to remove it.</source>
        <translation>Each time you gave a copy of your evidence to someone. Choose one to remove it.</translation>
    </message>
    <message>
        <source>A copy was given…</source>
        <translation>A copy was given…</translation>
    </message>
    <message>
        <source>Opens a form to write down that you gave a copy of your evidence to someone, and when.</source>
        <translation>Opens a form to write down that you gave a copy of your evidence to someone, and when.</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <source>Removes the chosen hand-over from the list and the dossier. You are asked first.</source>
        <translation>Removes the chosen hand-over from the list and the dossier. You are asked first.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Closes this window. What you wrote down is kept in the vault.</source>
        <translation>Closes this window. What you wrote down is kept in the vault.</translation>
    </message>
</context>
<context>
    <name>CustodyEditor</name>
    <message>
        <source>Say to whom you gave a copy.</source>
        <translation>Say to whom you gave a copy.</translation>
    </message>
    <message>
        <source>A copy was given</source>
        <translation>A copy was given</translation>
    </message>
    <message>
        <source>To whom?</source>
        <translation>To whom?</translation>
    </message>
    <message>
        <source>When?</source>
        <translation>When?</translation>
    </message>
    <message>
        <source>Reference (for example the police report number)</source>
        <translation>Reference (for example the police report number)</translation>
    </message>
    <message>
        <source>What did you give?</source>
        <translation>What did you give?</translation>
    </message>
    <message>
        <source>For example: the police in Ghent, inspector Claes</source>
        <translation>For example: the police in Ghent, inspector Claes</translation>
    </message>
    <message>
        <source>For example: the whole dossier, on a USB stick</source>
        <translation>For example: the whole dossier, on a USB stick</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Keeps the hand-over in the vault. It goes into the dossier.</source>
        <translation>Keeps the hand-over in the vault. It goes into the dossier.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Closes this window without keeping the hand-over.</source>
        <translation>Closes this window without keeping the hand-over.</translation>
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
        <source>Makes the picture smaller.</source>
        <translation>Makes the picture smaller.</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Makes the picture bigger.</source>
        <translation>Makes the picture bigger.</translation>
    </message>
    <message>
        <source>Show at real size</source>
        <translation>Show at real size</translation>
    </message>
    <message>
        <source>Real size</source>
        <translation>Real size</translation>
    </message>
    <message>
        <source>Shows the picture at 100 %, not smaller or bigger.</source>
        <translation>Shows the picture at 100 %, not smaller or bigger.</translation>
    </message>
    <message>
        <source>Hide parts for a redacted copy…</source>
        <translation>Hide parts for a redacted copy…</translation>
    </message>
    <message>
        <source>Mark what to black out or blur in a copy for people who must not see the picture. The original is never changed.</source>
        <translation>Mark what to black out or blur in a copy for people who must not see the picture. The original is never changed.</translation>
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
        <translation>I don&apos;t know</translation>
    </message>
    <message>
        <source>On this day</source>
        <translation>On this day</translation>
    </message>
    <message>
        <source>At this time</source>
        <translation>At this time</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>When it happened</translation>
    </message>
    <message>
        <source>Say whether you know the day it happened, or the day and the time.</source>
        <translation>Say whether you know the day it happened, or the day and the time.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>The day it happened. Alt+Down opens a calendar.</source>
        <translation>The day it happened. Alt+Down opens a calendar.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>The time it happened, as this computer&apos;s clock shows it.</source>
        <translation>The time it happened, as this computer&apos;s clock shows it.</translation>
    </message>
    <message>
        <source>roughly</source>
        <translation>roughly</translation>
    </message>
    <message>
        <source>Tick it when you do not know the exact time.</source>
        <translation>Tick it when you do not know the exact time.</translation>
    </message>
</context>
<context>
    <name>EvidenceTips</name>
    <message>
        <source>Keep the web address in view: the browser&apos;s address bar, or in an app the name of the account or group.</source>
        <translation>Keep the web address in view: the browser&apos;s address bar, or in an app the name of the account or group.</translation>
    </message>
    <message>
        <source>Let the date and time show: the clock of your screen, or the times of the messages.</source>
        <translation>Let the date and time show: the clock of your screen, or the times of the messages.</translation>
    </message>
    <message>
        <source>Make sure the name or username of whoever posted or sent it can be read.</source>
        <translation>Make sure the name or username of whoever posted or sent it can be read.</translation>
    </message>
    <message>
        <source>A long chat: take several screenshots that overlap a little, so that nothing is missing in between.</source>
        <translation>A long chat: take several screenshots that overlap a little, so that nothing is missing in between.</translation>
    </message>
    <message>
        <source>Never crop, draw on or change a screenshot. Bewijskluis keeps the original; a copy with parts hidden is made only when you export.</source>
        <translation>Never crop, draw on or change a screenshot. Bewijskluis keeps the original; a copy with parts hidden is made only when you export.</translation>
    </message>
    <message>
        <source>Capture first, then report: a post you report may be taken down.</source>
        <translation>Capture first, then report: a post you report may be taken down.</translation>
    </message>
    <message>
        <source>What makes a screenshot strong evidence</source>
        <translation>What makes a screenshot strong evidence</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export a dossier for the police</source>
        <translation>Export a dossier for the police</translation>
    </message>
    <message>
        <source>This makes one dossier with everything in this case: a PDF that anyone can read, the original files exactly as they were saved, and a list of fingerprints so the police can check that nothing was changed.</source>
        <translation>This makes one dossier with everything in this case: a PDF that anyone can read, the original files exactly as they were saved, and a list of fingerprints so the police can check that nothing was changed.</translation>
    </message>
    <message>
        <source>Language of the dossier:</source>
        <translation>Language of the dossier:</translation>
    </message>
    <message>
        <source>Prepared by (optional):</source>
        <translation>Prepared by (optional):</translation>
    </message>
    <message>
        <source>Your name, or the name of who helps you</source>
        <translation>Your name, or the name of who helps you</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Save as:</translation>
    </message>
    <message>
        <source>A folder</source>
        <translation>A folder</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Where:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>Password again:</translation>
    </message>
    <message>
        <source>Make a copy without the pictures (for a school or a parent)</source>
        <translation>Make a copy without the pictures (for a school or a parent)</translation>
    </message>
    <message>
        <source>The copy leaves out the original files and hides the parts you marked. Pictures without marked parts are left out. The police need the full dossier, not this copy.</source>
        <translation>The copy leaves out the original files and hides the parts you marked. Pictures without marked parts are left out. The police need the full dossier, not this copy.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Save the dossier as</source>
        <translation>Save the dossier as</translation>
    </message>
    <message>
        <source>ZIP file (*.zip)</source>
        <translation>ZIP file (*.zip)</translation>
    </message>
    <message>
        <source>One file</source>
        <translation>One file</translation>
    </message>
    <message>
        <source>Choose a place first</source>
        <translation>Choose a place first</translation>
    </message>
    <message>
        <source>Where the dossier is saved. Choose a place first; “Export” can be used once it is chosen.</source>
        <translation>Where the dossier is saved. Choose a place first; “Export” can be used once it is chosen.</translation>
    </message>
    <message>
        <source>Choose where the dossier is saved.</source>
        <translation>Choose where the dossier is saved.</translation>
    </message>
    <message>
        <source>Protect the file with a password</source>
        <translation>Protect the file with a password</translation>
    </message>
    <message>
        <source>The file becomes a 7z file: without the password nobody can see what is in it, not even the names of the files. The police open it with 7-Zip (free), which asks for the password. Give this password in another way than the file: say it, or write it on paper. Never send it in the same e-mail or on the same USB stick.</source>
        <translation>The file becomes a 7z file: without the password nobody can see what is in it, not even the names of the files. The police open it with 7-Zip (free), which asks for the password. Give this password in another way than the file: say it, or write it on paper. Never send it in the same e-mail or on the same USB stick.</translation>
    </message>
    <message>
        <source>Makes the dossier where you chose. Your vault stays as it is.</source>
        <translation>Makes the dossier where you chose. Your vault stays as it is.</translation>
    </message>
    <message>
        <source>7z file (*.7z)</source>
        <translation>7z file (*.7z)</translation>
    </message>
    <message>
        <source>Choose where to put the dossier folder</source>
        <translation>Choose where to put the dossier folder</translation>
    </message>
    <message>
        <source>dossier</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Counting what will be in the dossier…</source>
        <translation>Counting what will be in the dossier…</translation>
    </message>
    <message>
        <source>There is nothing to export in this case yet.</source>
        <translation>There is nothing to export in this case yet.</translation>
    </message>
    <message>
        <source>%1, %2, about %3.</source>
        <translation>%1, %2, about %3.</translation>
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
            <numerusform>%n person named</numerusform>
            <numerusform>%n people named</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>The password needs at least %n character.</numerusform>
            <numerusform>The password needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>This password is easy to guess: programs that guess passwords try common words, names, number rows and repeats first, and whoever finds the file can try for as long as they like. Put a few words together that only you would choose, with spaces between them.</source>
        <translation>This password is easy to guess: programs that guess passwords try common words, names, number rows and repeats first, and whoever finds the file can try for as long as they like. Put a few words together that only you would choose, with spaces between them.</translation>
    </message>
    <message>
        <source>Choose where to save the dossier first.</source>
        <translation>Choose where to save the dossier first.</translation>
    </message>
    <message>
        <source>There is already a file or folder with that name.</source>
        <translation>There is already a file or folder with that name.</translation>
    </message>
    <message>
        <source>Exporting… you can keep using your computer.</source>
        <translation>Exporting… you can keep using your computer.</translation>
    </message>
    <message>
        <source>Stops making the dossier. Nothing is left behind.</source>
        <translation>Stops making the dossier. Nothing is left behind.</translation>
    </message>
    <message>
        <source>Closes this window. The dossier is saved where you chose.</source>
        <translation>Closes this window. The dossier is saved where you chose.</translation>
    </message>
    <message>
        <source>Closes this window without making a dossier.</source>
        <translation>Closes this window without making a dossier.</translation>
    </message>
    <message>
        <source>The dossier was saved, but the check found a problem: %1</source>
        <translation>The dossier was saved, but the check found a problem: %1</translation>
    </message>
    <message>
        <source>Done. The dossier is saved as %1 and every file in it was checked.</source>
        <translation>Done. The dossier is saved as %1 and every file in it was checked.</translation>
    </message>
    <message>
        <source>The export was stopped. Nothing was left behind.</source>
        <translation>The export was stopped. Nothing was left behind.</translation>
    </message>
    <message>
        <source>There is nothing to export with these choices.</source>
        <translation>There is nothing to export with these choices.</translation>
    </message>
    <message>
        <source>The dossier could not be written there (is the disk full or the USB stick removed?). Nothing was left behind and nothing was lost from the vault.</source>
        <translation>The dossier could not be written there (is the disk full or the USB stick removed?). Nothing was left behind and nothing was lost from the vault.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was lost from the vault.</source>
        <translation>Something went wrong. Nothing was lost from the vault.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>It is not your fault</source>
        <translation>It is not your fault</translation>
    </message>
    <message>
        <source>The one who shares the pictures, or threatens to, is doing wrong. Not you. Even if you sent a picture yourself, nobody may pass it on without your consent. You don’t have to deal with this alone.</source>
        <translation>The one who shares the pictures, or threatens to, is doing wrong. Not you. Even if you sent a picture yourself, nobody may pass it on without your consent. You don’t have to deal with this alone.</translation>
    </message>
    <message>
        <source>Talk to someone you trust</source>
        <translation>Talk to someone you trust</translation>
    </message>
    <message>
        <source>A parent, a friend, a teacher, or someone at a helpline. You can chat, call or mail. Some helplines are free, and some let you stay anonymous.</source>
        <translation>A parent, a friend, a teacher, or someone at a helpline. You can chat, call or mail. Some helplines are free, and some let you stay anonymous.</translation>
    </message>
    <message>
        <source>Keep the evidence first</source>
        <translation>Keep the evidence first</translation>
    </message>
    <message>
        <source>Before you report anything, take screenshots with the web address and the date and time in view, and write down who posted it. Keep the chats and messages. Bewijskluis keeps each one as it is, with its date and time.</source>
        <translation>Before you report anything, take screenshots with the web address and the date and time in view, and write down who posted it. Keep the chats and messages. Bewijskluis keeps each one as it is, with its date and time.</translation>
    </message>
    <message>
        <source>If someone threatens you or asks for money</source>
        <translation>If someone threatens you or asks for money</translation>
    </message>
    <message>
        <source>Never pay and don’t bargain: a blackmailer keeps asking for more. Keep every message, capture it first, and only then block them. Tell your parents, your school or the police straight away. A mail that says your webcam was hacked is usually bluff: they have no pictures of you.</source>
        <translation>Never pay and don’t bargain: a blackmailer keeps asking for more. Keep every message, capture it first, and only then block them. Tell your parents, your school or the police straight away. A mail that says your webcam was hacked is usually bluff: they have no pictures of you.</translation>
    </message>
    <message>
        <source>Report it and ask for it to be removed</source>
        <translation>Report it and ask for it to be removed</translation>
    </message>
    <message>
        <source>Report it to the app or website where it is: look for “report”, “abuse”, “contact” or “help”. Say that you did not agree to this and that you want it removed. Bewijskluis writes the text with you.</source>
        <translation>Report it to the app or website where it is: look for “report”, “abuse”, “contact” or “help”. Say that you did not agree to this and that you want it removed. Bewijskluis writes the text with you.</translation>
    </message>
    <message>
        <source>Check that it is gone</source>
        <translation>Check that it is gone</translation>
    </message>
    <message>
        <source>Look again at the addresses you reported. Now and then, search for your own name, and search with the picture itself (for example with TinEye) to see where it appears. Found it somewhere else? Capture it, then report it.</source>
        <translation>Look again at the addresses you reported. Now and then, search for your own name, and search with the picture itself (for example with TinEye) to see where it appears. Found it somewhere else? Capture it, then report it.</translation>
    </message>
    <message>
        <source>Stop it from being posted again</source>
        <translation>Stop it from being posted again</translation>
    </message>
    <message>
        <source>Take It Down (pictures made when you were under 18) and StopNCII.org (made when you were an adult) make a fingerprint of the picture on your own device. Only the fingerprint is shared with the platforms that take part, never the picture.</source>
        <translation>Take It Down (pictures made when you were under 18) and StopNCII.org (made when you were an adult) make a fingerprint of the picture on your own device. Only the fingerprint is shared with the platforms that take part, never the picture.</translation>
    </message>
    <message>
        <source>Make your accounts safer</source>
        <translation>Make your accounts safer</translation>
    </message>
    <message>
        <source>In the privacy settings of your profiles, choose who can see your photos, who can react to your posts and who can send you messages. Block people who put pressure on you, after you captured what they sent.</source>
        <translation>In the privacy settings of your profiles, choose who can see your photos, who can react to your posts and who can send you messages. Block people who put pressure on you, after you captured what they sent.</translation>
    </message>
    <message>
        <source>Ask others to delete it</source>
        <translation>Ask others to delete it</translation>
    </message>
    <message>
        <source>Only if you feel safe: tell the one who shared it that sharing nude pictures without consent is punishable, and ask them to stop. Ask friends who received it to delete it and not to pass it on. Ready texts help you.</source>
        <translation>Only if you feel safe: tell the one who shared it that sharing nude pictures without consent is punishable, and ask them to stop. Ask friends who received it to delete it and not to pass it on. Ready texts help you.</translation>
    </message>
    <message>
        <source>Think about a complaint to the police</source>
        <translation>Think about a complaint to the police</translation>
    </message>
    <message>
        <source>Go to your local police station, or make an appointment by phone or online. Bring the dossier, and the name, e-mail or other details of who put it online. Someone you trust, a lawyer or Child Focus can come with you. Not filing a complaint is fine too.</source>
        <translation>Go to your local police station, or make an appointment by phone or online. Bring the dossier, and the name, e-mail or other details of who put it online. Someone you trust, a lawyer or Child Focus can come with you. Not filing a complaint is fine too.</translation>
    </message>
    <message>
        <source>Write down who got a copy</source>
        <translation>Write down who got a copy</translation>
    </message>
    <message>
        <source>When you give the dossier to the police, a lawyer or a school, write down to whom, when, and their reference number. It goes into the dossier.</source>
        <translation>When you give the dossier to the police, a lawyer or a school, write down to whom, when, and their reference number. It goes into the dossier.</translation>
    </message>
    <message>
        <source>Tell them it is not their fault</source>
        <translation>Tell them it is not their fault</translation>
    </message>
    <message>
        <source>Say it straight away: “It is not your fault.” Don’t blame them, not even between the lines. This is stressful and embarrassing: ask what they need and support them.</source>
        <translation>Say it straight away: “It is not your fault.” Don’t blame them, not even between the lines. This is stressful and embarrassing: ask what they need and support them.</translation>
    </message>
    <message>
        <source>You don’t have to know everything</source>
        <translation>You don’t have to know everything</translation>
    </message>
    <message>
        <source>Helplines advise the person you help, and you too. You can chat, call or mail. Some are free, and some let you stay anonymous.</source>
        <translation>Helplines advise the person you help, and you too. You can chat, call or mail. Some are free, and some let you stay anonymous.</translation>
    </message>
    <message>
        <source>Before anything is reported, take screenshots with the web address and the date and time in view, and write down who posted it. Keep the chats and messages. Bewijskluis keeps each one as it is, with its date and time.</source>
        <translation>Before anything is reported, take screenshots with the web address and the date and time in view, and write down who posted it. Keep the chats and messages. Bewijskluis keeps each one as it is, with its date and time.</translation>
    </message>
    <message>
        <source>If someone threatens them or asks for money</source>
        <translation>If someone threatens them or asks for money</translation>
    </message>
    <message>
        <source>Never pay and don’t bargain: a blackmailer keeps asking for more. Keep every message, capture it first, and only then block them. Tell the police. A mail that says a webcam was hacked is usually bluff: they have no pictures.</source>
        <translation>Never pay and don’t bargain: a blackmailer keeps asking for more. Keep every message, capture it first, and only then block them. Tell the police. A mail that says a webcam was hacked is usually bluff: they have no pictures.</translation>
    </message>
    <message>
        <source>Report it to the app or website where it is: look for “report”, “abuse”, “contact” or “help”. Say that the person shown did not agree to this and wants it removed. Bewijskluis writes the text with you.</source>
        <translation>Report it to the app or website where it is: look for “report”, “abuse”, “contact” or “help”. Say that the person shown did not agree to this and wants it removed. Bewijskluis writes the text with you.</translation>
    </message>
    <message>
        <source>Look again at the reported addresses. Now and then, search for their name, and search with the picture itself (for example with TinEye) to see where it appears. Found it somewhere else? Capture it, then report it.</source>
        <translation>Look again at the reported addresses. Now and then, search for their name, and search with the picture itself (for example with TinEye) to see where it appears. Found it somewhere else? Capture it, then report it.</translation>
    </message>
    <message>
        <source>Take It Down (pictures made under 18) and StopNCII.org (made as an adult) make a fingerprint of the picture on the person’s own device. Only the fingerprint is shared with the platforms that take part, never the picture.</source>
        <translation>Take It Down (pictures made under 18) and StopNCII.org (made as an adult) make a fingerprint of the picture on the person’s own device. Only the fingerprint is shared with the platforms that take part, never the picture.</translation>
    </message>
    <message>
        <source>Make their accounts safer</source>
        <translation>Make their accounts safer</translation>
    </message>
    <message>
        <source>Together, go through the privacy settings of their profiles: who can see the photos, who can react and who can send messages. Block people who put pressure on them, after capturing what they sent.</source>
        <translation>Together, go through the privacy settings of their profiles: who can see the photos, who can react and who can send messages. Block people who put pressure on them, after capturing what they sent.</translation>
    </message>
    <message>
        <source>Tell the one who shared it that sharing nude pictures without consent is punishable, and ask them to stop. Ask those who received it to delete it and not to pass it on. Ready texts help you, also a letter to the school.</source>
        <translation>Tell the one who shared it that sharing nude pictures without consent is punishable, and ask them to stop. Ask those who received it to delete it and not to pass it on. Ready texts help you, also a letter to the school.</translation>
    </message>
    <message>
        <source>A complaint is made at the local police station, or first by appointment, by phone or online. Bring the dossier, and the name, e-mail or other details of who put it online. You, a lawyer or Child Focus can go along. Not filing a complaint is fine too: the person you help decides with you.</source>
        <translation>A complaint is made at the local police station, or first by appointment, by phone or online. Bring the dossier, and the name, e-mail or other details of who put it online. You, a lawyer or Child Focus can go along. Not filing a complaint is fine too: the person you help decides with you.</translation>
    </message>
    <message>
        <source>Find out what happened</source>
        <translation>Find out what happened</translation>
    </message>
    <message>
        <source>Which pictures are involved, and who: the pupil shown, who made them, who shared them, who received them. Write it down, without copying the pictures.</source>
        <translation>Which pictures are involved, and who: the pupil shown, who made them, who shared them, who received them. Write it down, without copying the pictures.</translation>
    </message>
    <message>
        <source>Support the pupil first</source>
        <translation>Support the pupil first</translation>
    </message>
    <message>
        <source>Tell the pupil straight away: “It is not your fault.” Don’t blame them, not even between the lines. Ask what they need, and arrange help if they want it.</source>
        <translation>Tell the pupil straight away: “It is not your fault.” Don’t blame them, not even between the lines. Ask what they need, and arrange help if they want it.</translation>
    </message>
    <message>
        <source>Write down the evidence, without the pictures</source>
        <translation>Write down the evidence, without the pictures</translation>
    </message>
    <message>
        <source>Keep the web addresses, the accounts, the dates and times, and what happened. Pictures of pupils under 18 must not be copied or forwarded, not even as evidence: write them down in words instead.</source>
        <translation>Keep the web addresses, the accounts, the dates and times, and what happened. Pictures of pupils under 18 must not be copied or forwarded, not even as evidence: write them down in words instead.</translation>
    </message>
    <message>
        <source>Report it</source>
        <translation>Report it</translation>
    </message>
    <message>
        <source>Report the pictures to the platform and ask for removal. Pictures of possible child sexual abuse at a web address can be reported to a hotline: see Where to get help.</source>
        <translation>Report the pictures to the platform and ask for removal. Pictures of possible child sexual abuse at a web address can be reported to a hotline: see Where to get help.</translation>
    </message>
    <message>
        <source>Have the pictures removed from every phone</source>
        <translation>Have the pictures removed from every phone</translation>
    </message>
    <message>
        <source>Once reported, have them deleted from every app group, phone, tablet and laptop. Tell pupils that having them, forwarding them or taking new screenshots is punishable.</source>
        <translation>Once reported, have them deleted from every app group, phone, tablet and laptop. Tell pupils that having them, forwarding them or taking new screenshots is punishable.</translation>
    </message>
    <message>
        <source>Talk to those who shared them</source>
        <translation>Talk to those who shared them</translation>
    </message>
    <message>
        <source>Speak to the pupils who spread the pictures about what they did.</source>
        <translation>Speak to the pupils who spread the pictures about what they did.</translation>
    </message>
    <message>
        <source>Inform the parents</source>
        <translation>Inform the parents</translation>
    </message>
    <message>
        <source>Think about who needs to know. A letter to all parents does not name the pupil shown, nor the one who shared the pictures.</source>
        <translation>Think about who needs to know. A letter to all parents does not name the pupil shown, nor the one who shared the pictures.</translation>
    </message>
    <message>
        <source>The pupil and their parents decide whether to file a complaint; the school can help. Bring the dossier to the police. Someone they trust, a lawyer or Child Focus can come with them.</source>
        <translation>The pupil and their parents decide whether to file a complaint; the school can help. Bring the dossier to the police. Someone they trust, a lawyer or Child Focus can come with them.</translation>
    </message>
    <message>
        <source>Be ready for questions from the press</source>
        <translation>Be ready for questions from the press</translation>
    </message>
    <message>
        <source>A larger incident may draw the media. Keep the pupils involved anonymous.</source>
        <translation>A larger incident may draw the media. Keep the pupils involved anonymous.</translation>
    </message>
    <message>
        <source>Look back afterwards</source>
        <translation>Look back afterwards</translation>
    </message>
    <message>
        <source>What went well? What could be better? Does the school’s policy need to change?</source>
        <translation>What went well? What could be better? Does the school’s policy need to change?</translation>
    </message>
    <message>
        <source>Write down the evidence first</source>
        <translation>Write down the evidence first</translation>
    </message>
    <message>
        <source>Before you report anything, write down the web address, the account that posted it, and the date and time. You don’t have to keep the picture itself: for pictures of someone under 18 that can be against the law. Keep the messages that threaten you.</source>
        <translation>Before you report anything, write down the web address, the account that posted it, and the date and time. You don’t have to keep the picture itself: for pictures of someone under 18 that can be against the law. Keep the messages that threaten you.</translation>
    </message>
    <message>
        <source>Look again at the addresses you reported. Now and then, search for your own name. Don’t upload the picture anywhere to search with it. Found it somewhere else? Write down the address, then report it.</source>
        <translation>Look again at the addresses you reported. Now and then, search for your own name. Don’t upload the picture anywhere to search with it. Found it somewhere else? Write down the address, then report it.</translation>
    </message>
    <message>
        <source>Take It Down is for pictures made when you were under 18. It makes a fingerprint of the picture on your own device. Only the fingerprint is shared with the platforms that take part, never the picture.</source>
        <translation>Take It Down is for pictures made when you were under 18. It makes a fingerprint of the picture on your own device. Only the fingerprint is shared with the platforms that take part, never the picture.</translation>
    </message>
    <message>
        <source>Before anything is reported, write down the web address, the account that posted it, and the date and time. Don’t copy or forward the picture itself: for pictures of someone under 18 that can be against the law, also for you.</source>
        <translation>Before anything is reported, write down the web address, the account that posted it, and the date and time. Don’t copy or forward the picture itself: for pictures of someone under 18 that can be against the law, also for you.</translation>
    </message>
    <message>
        <source>Look again at the reported addresses. Now and then, search for their name. Don’t upload the picture anywhere to search with it. Found it somewhere else? Write down the address, then report it.</source>
        <translation>Look again at the reported addresses. Now and then, search for their name. Don’t upload the picture anywhere to search with it. Found it somewhere else? Write down the address, then report it.</translation>
    </message>
    <message>
        <source>Take It Down is for pictures made under 18. The person in them makes a fingerprint of the picture on their own device; only the fingerprint is shared with the platforms that take part, never the picture.</source>
        <translation>Take It Down is for pictures made under 18. The person in them makes a fingerprint of the picture on their own device; only the fingerprint is shared with the platforms that take part, never the picture.</translation>
    </message>
    <message>
        <source>Where to get help</source>
        <translation>Where to get help</translation>
    </message>
    <message>
        <source>Capture…</source>
        <translation>Capture…</translation>
    </message>
    <message>
        <source>Write a report…</source>
        <translation>Write a report…</translation>
    </message>
    <message>
        <source>My reports…</source>
        <translation>My reports…</translation>
    </message>
    <message>
        <source>Ready texts…</source>
        <translation>Ready texts…</translation>
    </message>
    <message>
        <source>Make the dossier…</source>
        <translation>Make the dossier…</translation>
    </message>
    <message>
        <source>Hand-overs…</source>
        <translation>Hand-overs…</translation>
    </message>
    <message>
        <source>Closes the steps and shows the organisations that can help you.</source>
        <translation>Closes the steps and shows the organisations that can help you.</translation>
    </message>
    <message>
        <source>Opens a menu of ways to capture. The steps close first, so they are not in the picture.</source>
        <translation>Opens a menu of ways to capture. The steps close first, so they are not in the picture.</translation>
    </message>
    <message>
        <source>Closes the steps and opens a new report to the platform.</source>
        <translation>Closes the steps and opens a new report to the platform.</translation>
    </message>
    <message>
        <source>Closes the steps and opens your reports, to look again whether it is gone.</source>
        <translation>Closes the steps and opens your reports, to look again whether it is gone.</translation>
    </message>
    <message>
        <source>Closes the steps and opens texts you can send to others.</source>
        <translation>Closes the steps and opens texts you can send to others.</translation>
    </message>
    <message>
        <source>Closes the steps and opens the dossier for the police or someone who helps you.</source>
        <translation>Closes the steps and opens the dossier for the police or someone who helps you.</translation>
    </message>
    <message>
        <source>Closes the steps and opens the list of who got a copy of your evidence.</source>
        <translation>Closes the steps and opens the list of who got a copy of your evidence.</translation>
    </message>
    <message>
        <source>Marks the step as done. Pressing it again takes the mark off.</source>
        <translation>Marks the step as done. Pressing it again takes the mark off.</translation>
    </message>
    <message>
        <source>Keeps the step for later. Pressing it again takes the mark off.</source>
        <translation>Keeps the step for later. Pressing it again takes the mark off.</translation>
    </message>
    <message>
        <source>Marks the step as not for you: you decide. Pressing it again takes the mark off.</source>
        <translation>Marks the step as not for you: you decide. Pressing it again takes the mark off.</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>to do</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>not now</source>
        <translation>not now</translation>
    </message>
    <message>
        <source>not for me</source>
        <translation>not for me</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 of %2 done</translation>
    </message>
    <message>
        <source>Next steps: %1</source>
        <translation>Next steps: %1</translation>
    </message>
    <message>
        <source>What a school can do, step by step. Mark each step done, not now, or not for this incident.</source>
        <translation>What a school can do, step by step. Mark each step done, not now, or not for this incident.</translation>
    </message>
    <message>
        <source>What you can do together, one step at a time. You decide the order; mark each step done, not now, or not for you.</source>
        <translation>What you can do together, one step at a time. You decide the order; mark each step done, not now, or not for you.</translation>
    </message>
    <message>
        <source>One step at a time, in your own time. Mark each step done, not now, or not for you: you decide.</source>
        <translation>One step at a time, in your own time. Mark each step done, not now, or not for you: you decide.</translation>
    </message>
    <message>
        <source>Where to get help</source>
        <translation>Where to get help</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Closes the steps. What you marked is kept.</source>
        <translation>Closes the steps. What you marked is kept.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>For children and young people, also if you were under 18 when the pictures were made. You can call or mail them, and they can come with you to the police.</source>
        <translation>For children and young people, also if you were under 18 when the pictures were made. You can call or mail them, and they can come with you to the police.</translation>
    </message>
    <message>
        <source>Someone you don’t know to talk to: they help you see the situation more clearly and look at the next steps with you.</source>
        <translation>Someone you don’t know to talk to: they help you see the situation more clearly and look at the next steps with you.</translation>
    </message>
    <message>
        <source>The youth service of the CAW: they listen to your story and look with you for the help you need.</source>
        <translation>The youth service of the CAW: they listen to your story and look with you for the help you need.</translation>
    </message>
    <message>
        <source>The Institute for the Equality of Women and Men: help and advice when intimate pictures were shared without consent.</source>
        <translation>The Institute for the Equality of Women and Men: help and advice when intimate pictures were shared without consent.</translation>
    </message>
    <message>
        <source>You can file a complaint at your local police station, or make an appointment first. Someone you trust can come with you.</source>
        <translation>You can file a complaint at your local police station, or make an appointment first. Someone you trust can come with you.</translation>
    </message>
    <message>
        <source>Where to report pictures of child sexual abuse with a web address. They can ask the website to remove them.</source>
        <translation>Where to report pictures of child sexual abuse with a web address. They can ask the website to remove them.</translation>
    </message>
    <message>
        <source>A free helpline for any question about any kind of violence, also sexual violence online. Call, chat or mail, anonymously.</source>
        <translation>A free helpline for any question about any kind of violence, also sexual violence online. Call, chat or mail, anonymously.</translation>
    </message>
    <message>
        <source>Victim support of the CAW: information, someone who listens, and help with the practical and emotional side.</source>
        <translation>Victim support of the CAW: information, someone who listens, and help with the practical and emotional side.</translation>
    </message>
    <message>
        <source>Victim reception at the justice houses: after a complaint, they tell you what happens with it and support you during the court case.</source>
        <translation>Victim reception at the justice houses: after a complaint, they tell you what happens with it and support you during the court case.</translation>
    </message>
    <message>
        <source>Practical and legal information and a first legal advice, free of charge.</source>
        <translation>Practical and legal information and a first legal advice, free of charge.</translation>
    </message>
    <message>
        <source>Dutch help and information when nude pictures are shared; also for schools.</source>
        <translation>Dutch help and information when nude pictures are shared; also for schools.</translation>
    </message>
    <message>
        <source>Where to report pictures of possible child sexual abuse shared in a group chat without a web address.</source>
        <translation>Where to report pictures of possible child sexual abuse shared in a group chat without a web address.</translation>
    </message>
    <message>
        <source>For pictures made when you were an adult: a digital fingerprint of the picture is shared with the platforms that take part, not the picture itself, so they can stop it being posted.</source>
        <translation>For pictures made when you were an adult: a digital fingerprint of the picture is shared with the platforms that take part, not the picture itself, so they can stop it being posted.</translation>
    </message>
    <message>
        <source>For pictures made when you were under 18: a fingerprint of the picture, made from your own device, helps the platforms that take part to remove it.</source>
        <translation>For pictures made when you were under 18: a fingerprint of the picture, made from your own device, helps the platforms that take part to remove it.</translation>
    </message>
    <message>
        <source>Day and night, every day</source>
        <translation>Day and night, every day</translation>
    </message>
    <message>
        <source>%1 to %2, %3–%4</source>
        <translation>%1 to %2, %3–%4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
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
        <translation>You can chat with them.</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>free</source>
        <translation>free</translation>
    </message>
    <message>
        <source>you can stay anonymous</source>
        <translation>you can stay anonymous</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Where to get help</source>
        <translation>Where to get help</translation>
    </message>
    <message>
        <source>What happened is not your fault. You do not have to deal with it alone: talk to someone you trust, or to one of these organisations. Their facts come from the guides this app follows.</source>
        <translation>What happened is not your fault. You do not have to deal with it alone: talk to someone you trust, or to one of these organisations. Their facts come from the guides this app follows.</translation>
    </message>
    <message>
        <source>Where do you live?</source>
        <translation>Where do you live?</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgium</translation>
    </message>
    <message>
        <source>The Netherlands</source>
        <translation>The Netherlands</translation>
    </message>
    <message>
        <source>The organisations shown are those that help in this country.</source>
        <translation>The organisations shown are those that help in this country.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Closes this list. F1 shows it again at any time.</source>
        <translation>Closes this list. F1 shows it again at any time.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Where to get help…</source>
        <translation>Where to get help…</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Picture</source>
        <translation>Picture</translation>
    </message>
    <message>
        <source>The picture. When it is blurred, Space shows it. The arrow keys move a picture that is bigger than this place.</source>
        <translation>The picture. When it is blurred, Space shows it. The arrow keys move a picture that is bigger than this place.</translation>
    </message>
    <message>
        <source>Blurred: click to show the picture</source>
        <translation>Blurred: click to show the picture</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stops the import after the file it is storing now. The files stored so far stay in the vault.</source>
        <translation>Stops the import after the file it is storing now. The files stored so far stay in the vault.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>Storing file %1 of %2…</source>
        <translation>Storing file %1 of %2…</translation>
    </message>
    <message>
        <source>Looking for files…</source>
        <translation>Looking for files…</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>Add files to the vault</source>
        <translation>Add files to the vault</translation>
    </message>
    <message>
        <source>All files (*);;Pictures (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.heic);;Videos and sound (*.mp4 *.mov *.m4a *.mp3 *.ogg *.opus);;Chats, e-mails and documents (*.txt *.zip *.eml *.pdf)</source>
        <translation>All files (*);;Pictures (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.heic);;Videos and sound (*.mp4 *.mov *.m4a *.mp3 *.ogg *.opus);;Chats, e-mails and documents (*.txt *.zip *.eml *.pdf)</translation>
    </message>
    <message>
        <source>Add every file of a folder</source>
        <translation>Add every file of a folder</translation>
    </message>
    <message>
        <source>Wait until the import that is running has finished.</source>
        <translation>Wait until the import that is running has finished.</translation>
    </message>
    <message numerus="yes">
        <source>Import stopped: %n file(s) stored.</source>
        <translation>
            <numerusform>Import stopped: %n file stored.</numerusform>
            <numerusform>Import stopped: %n files stored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) stored.</source>
        <translation>
            <numerusform>%n file stored.</numerusform>
            <numerusform>%n files stored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read.</source>
        <translation>
            <numerusform>%n file could not be read.</numerusform>
            <numerusform>%n files could not be read.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no picture or file on the clipboard to paste.</source>
        <translation>There is no picture or file on the clipboard to paste.</translation>
    </message>
</context>
<context>
    <name>ItemChooser</name>
    <message>
        <source>Choose an item</source>
        <translation>Choose an item</translation>
    </message>
</context>
<context>
    <name>ItemField</name>
    <message>
        <source>(deleted since)</source>
        <translation>(deleted since)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Choose one of the items of this case.</source>
        <translation>Choose one of the items of this case.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Takes the item off here. It stays in your vault.</source>
        <translation>Takes the item off here. It stays in your vault.</translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
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
        <source>Anything else worth remembering</source>
        <translation>Anything else worth remembering</translation>
    </message>
    <message>
        <source>A code that shows the file was not changed since it was stored.</source>
        <translation>A code that shows the file was not changed since it was stored.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Keeps what you changed about this item in the vault.</source>
        <translation>Keeps what you changed about this item in the vault.</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Deletes this item from the vault. You are asked first.</source>
        <translation>Deletes this item from the vault. You are asked first.</translation>
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
            <numerusform>%n item chosen</numerusform>
            <numerusform>%n items chosen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n of them deleted since)</source>
        <translation>
            <numerusform>(%n of them deleted since)</numerusform>
            <numerusform>(%n of them deleted since)</numerusform>
        </translation>
    </message>
    <message>
        <source>Search the items</source>
        <translation>Search the items</translation>
    </message>
    <message>
        <source>The list shows only the items in which these words appear.</source>
        <translation>The list shows only the items in which these words appear.</translation>
    </message>
    <message>
        <source>Only the chosen</source>
        <translation>Only the chosen</translation>
    </message>
    <message>
        <source>The list shows only the items you chose.</source>
        <translation>The list shows only the items you chose.</translation>
    </message>
    <message>
        <source>Items of the case</source>
        <translation>Items of the case</translation>
    </message>
    <message>
        <source>Space checks or unchecks the item in the line you are on.</source>
        <translation>Space checks or unchecks the item in the line you are on.</translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <source>When it happened</source>
        <translation>When it happened</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Captured</translation>
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
    <message>
        <source>Notes: %1</source>
        <translation>Notes: %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
</context>
<context>
    <name>JournalDialog</name>
    <message>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <source>Written down.</source>
        <translation>Written down.</translation>
    </message>
    <message>
        <source>The entry is changed.</source>
        <translation>The entry is changed.</translation>
    </message>
    <message>
        <source>Remove the entry?</source>
        <translation>Remove the entry?</translation>
    </message>
    <message>
        <source>It leaves the journal and the dossier. The vault&apos;s history keeps that it was written and removed.</source>
        <translation>It leaves the journal and the dossier. The vault&apos;s history keeps that it was written and removed.</translation>
    </message>
    <message>
        <source>The entry is removed.</source>
        <translation>The entry is removed.</translation>
    </message>
    <message>
        <source>Journal of %1</source>
        <translation>Journal of %1</translation>
    </message>
    <message>
        <source>Write down what happened that left no file: a threat by phone, a message that was deleted, telling a teacher, going to the police. It goes into the dossier, in the order things happened.</source>
        <translation>Write down what happened that left no file: a threat by phone, a message that was deleted, telling a teacher, going to the police. It goes into the dossier, in the order things happened.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
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
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>What you wrote down, in the order things happened. Choose an entry to change or remove it.</source>
        <translation>What you wrote down, in the order things happened. Choose an entry to change or remove it.</translation>
    </message>
    <message>
        <source>Write down…</source>
        <translation>Write down…</translation>
    </message>
    <message>
        <source>Opens a form to write down something that happened: when, what, and who was involved.</source>
        <translation>Opens a form to write down something that happened: when, what, and who was involved.</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>Opens the chosen entry, to change it.</source>
        <translation>Opens the chosen entry, to change it.</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <source>Removes the chosen entry from the journal and the dossier. You are asked first.</source>
        <translation>Removes the chosen entry from the journal and the dossier. You are asked first.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Closes this window. What you wrote down is kept in the vault.</source>
        <translation>Closes this window. What you wrote down is kept in the vault.</translation>
    </message>
</context>
<context>
    <name>JournalEntryEditor</name>
    <message>
        <source>Write a few words about what happened.</source>
        <translation>Write a few words about what happened.</translation>
    </message>
    <message>
        <source>Write down what happened</source>
        <translation>Write down what happened</translation>
    </message>
    <message>
        <source>Change the entry</source>
        <translation>Change the entry</translation>
    </message>
    <message>
        <source>When did it happen?</source>
        <translation>When did it happen?</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>What happened?</translation>
    </message>
    <message>
        <source>Who was involved?</source>
        <translation>Who was involved?</translation>
    </message>
    <message>
        <source>For example: he called me and said he would send the photo to my class.</source>
        <translation>For example: he called me and said he would send the photo to my class.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Keeps what you wrote in the journal. It goes into the dossier.</source>
        <translation>Keeps what you wrote in the journal. It goes into the dossier.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Closes this window without keeping what you wrote.</source>
        <translation>Closes this window without keeping what you wrote.</translation>
    </message>
    <message>
        <source>Closes this window without keeping what you changed.</source>
        <translation>Closes this window without keeping what you changed.</translation>
    </message>
</context>
<context>
    <name>KeyActions</name>
    <message>
        <source>Your new recovery key is in place. The old one no longer opens your vault.</source>
        <translation>Your new recovery key is in place. The old one no longer opens your vault.</translation>
    </message>
    <message>
        <source>It could not be noted in the vault&apos;s log (is the disk full?).</source>
        <translation>It could not be noted in the vault&apos;s log (is the disk full?).</translation>
    </message>
    <message>
        <source>Your passphrase was changed.</source>
        <translation>Your passphrase was changed.</translation>
    </message>
    <message>
        <source>Your passphrase was changed: only the new one opens the vault. A copy of the vault&apos;s key file could not be updated (is the disk full?). It is brought up to date the next time the vault opens.</source>
        <translation>Your passphrase was changed: only the new one opens the vault. A copy of the vault&apos;s key file could not be updated (is the disk full?). It is brought up to date the next time the vault opens.</translation>
    </message>
</context>
<context>
    <name>MainToolBar</name>
    <message>
        <source>Toolbar</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>More actions</translation>
    </message>
    <message>
        <source>Shows the buttons that do not fit in the window.</source>
        <translation>Shows the buttons that do not fit in the window.</translation>
    </message>
    <message>
        <source>Whole screen</source>
        <translation>Whole screen</translation>
    </message>
    <message>
        <source>Capture everything on the screen</source>
        <translation>Capture everything on the screen</translation>
    </message>
    <message>
        <source>Part of the screen</source>
        <translation>Part of the screen</translation>
    </message>
    <message>
        <source>The screen freezes: drag a rectangle around what to keep</source>
        <translation>The screen freezes: drag a rectangle around what to keep</translation>
    </message>
    <message>
        <source>One window</source>
        <translation>One window</translation>
    </message>
    <message>
        <source>Capture one window</source>
        <translation>Capture one window</translation>
    </message>
    <message>
        <source>Web page…</source>
        <translation>Web page…</translation>
    </message>
    <message>
        <source>Open a private browser and capture a whole web page with its address and the time</source>
        <translation>Open a private browser and capture a whole web page with its address and the time</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>Store the picture or files you copied</source>
        <translation>Store the picture or files you copied</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <source>Store pictures or other files</source>
        <translation>Store pictures or other files</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>Add a folder…</translation>
    </message>
    <message>
        <source>Store every file in a folder (a phone&apos;s photos, a chat export)</source>
        <translation>Store every file in a folder (a phone&apos;s photos, a chat export)</translation>
    </message>
    <message>
        <source>Export dossier…</source>
        <translation>Export dossier…</translation>
    </message>
    <message>
        <source>Make a dossier for the police or someone who helps you</source>
        <translation>Make a dossier for the police or someone who helps you</translation>
    </message>
    <message>
        <source>Lock the vault now</source>
        <translation>Lock the vault now</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Quick exit</translation>
    </message>
    <message>
        <source>Lock the vault and close every window of Bewijskluis at once</source>
        <translation>Lock the vault and close every window of Bewijskluis at once</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Change passphrase…</translation>
    </message>
    <message>
        <source>Check the vault…</source>
        <translation>Check the vault…</translation>
    </message>
    <message>
        <source>Read everything in the vault again and check that nothing was changed</source>
        <translation>Read everything in the vault again and check that nothing was changed</translation>
    </message>
    <message>
        <source>About you: who uses Bewijskluis…</source>
        <translation>About you: who uses Bewijskluis…</translation>
    </message>
    <message>
        <source>Blur pictures until clicked</source>
        <translation>Blur pictures until clicked</translation>
    </message>
    <message>
        <source>New recovery key…</source>
        <translation>New recovery key…</translation>
    </message>
    <message>
        <source>Write it down, without a picture…</source>
        <translation>Write it down, without a picture…</translation>
    </message>
    <message>
        <source>Record the web address, the account and what happened, without keeping any file or picture</source>
        <translation>Record the web address, the account and what happened, without keeping any file or picture</translation>
    </message>
    <message>
        <source>Is it still online?</source>
        <translation>Is it still online?</translation>
    </message>
    <message>
        <source>Load the chosen item&apos;s web address again and save what is found</source>
        <translation>Load the chosen item&apos;s web address again and save what is found</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Delay</translation>
    </message>
    <message>
        <source>Wait a few seconds before capturing, to open a menu or a chat</source>
        <translation>Wait a few seconds before capturing, to open a menu or a chat</translation>
    </message>
    <message>
        <source>No delay</source>
        <translation>No delay</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Language, text size, when to lock, and how Bewijskluis shows itself</source>
        <translation>Language, text size, when to lock, and how Bewijskluis shows itself</translation>
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
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>Normal (as the computer&apos;s)</source>
        <translation>Normal (as the computer&apos;s)</translation>
    </message>
    <message>
        <source>%1 % bigger</source>
        <translation>%1 % bigger</translation>
    </message>
    <message>
        <source>Discreet: a neutral name in the task bar</source>
        <translation>Discreet: a neutral name in the task bar</translation>
    </message>
    <message>
        <source>Look again at reported addresses when the vault opens (goes online)</source>
        <translation>Look again at reported addresses when the vault opens (goes online)</translation>
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
        <source>The vault is locked. Nothing is shown until you open it.</source>
        <translation>The vault is locked. Nothing is shown until you open it.</translation>
    </message>
    <message>
        <source>Open the vault…</source>
        <translation>Open the vault…</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Vault</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;Capture</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>Items of this case</source>
        <translation>Items of this case</translation>
    </message>
    <message>
        <source>Choose an item to see it, and what you know about it, beside the list.</source>
        <translation>Choose an item to see it, and what you know about it, beside the list.</translation>
    </message>
    <message>
        <source>What you were writing when the vault locked is saved: %1.</source>
        <translation>What you were writing when the vault locked is saved: %1.</translation>
    </message>
    <message>
        <source>What you were writing when the vault locked is saved.</source>
        <translation>What you were writing when the vault locked is saved.</translation>
    </message>
    <message>
        <source>Some saves are missing</source>
        <translation>Some saves are missing</translation>
    </message>
    <message>
        <source>The item was deleted.</source>
        <translation>The item was deleted.</translation>
    </message>
    <message>
        <source>Added to the vault.</source>
        <translation>Added to the vault.</translation>
    </message>
    <message>
        <source>A copy of the screenshot is still on this computer</source>
        <translation>A copy of the screenshot is still on this computer</translation>
    </message>
    <message>
        <source>The desktop saved the screenshot as a file, and Bewijskluis could not delete it. Nothing was stored in the vault. Please delete this file yourself:

%1</source>
        <translation>The desktop saved the screenshot as a file, and Bewijskluis could not delete it. Nothing was stored in the vault. Please delete this file yourself:

%1</translation>
    </message>
    <message>
        <source>The screenshot was cancelled. Nothing was stored.</source>
        <translation>The screenshot was cancelled. Nothing was stored.</translation>
    </message>
    <message>
        <source>The screen could not be captured. Nothing was stored.</source>
        <translation>The screen could not be captured. Nothing was stored.</translation>
    </message>
    <message>
        <source>Keep pictures again? Only do this if the pictures do not show anyone under 18.</source>
        <translation>Keep pictures again? Only do this if the pictures do not show anyone under 18.</translation>
    </message>
    <message>
        <source>the details beside the list</source>
        <translation>the details beside the list</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
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
        <source>There is already a case with that name. Choose another name.</source>
        <translation>There is already a case with that name. Choose another name.</translation>
    </message>
    <message>
        <source>You did nothing wrong. This case is about pictures of someone under 18, so the picture was not kept. Use “Write it down, without a picture” instead.</source>
        <translation>You did nothing wrong. This case is about pictures of someone under 18, so the picture was not kept. Use “Write it down, without a picture” instead.</translation>
    </message>
    <message>
        <source>This could not be done: something in the input cannot be used.</source>
        <translation>This could not be done: something in the input cannot be used.</translation>
    </message>
    <message>
        <source>There is no space left on the disk. Nothing was lost: everything saved before is still there. Free some space, or choose another place, and try again.</source>
        <translation>There is no space left on the disk. Nothing was lost: everything saved before is still there. Free some space, or choose another place, and try again.</translation>
    </message>
    <message>
        <source>Bewijskluis cannot write there: the disk or folder is read-only. Nothing was changed. Choose another place, or make it writable.</source>
        <translation>Bewijskluis cannot write there: the disk or folder is read-only. Nothing was changed. Choose another place, or make it writable.</translation>
    </message>
    <message>
        <source>Another program is writing to the vault right now. Nothing was changed; try again in a moment.</source>
        <translation>Another program is writing to the vault right now. Nothing was changed; try again in a moment.</translation>
    </message>
    <message>
        <source>A file could not be read or written. Nothing was lost from the vault.</source>
        <translation>A file could not be read or written. Nothing was lost from the vault.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was lost from the vault.</source>
        <translation>Something went wrong. Nothing was lost from the vault.</translation>
    </message>
    <message>
        <source>Part of your vault is damaged, so this could not be done. Nothing was changed. Export the dossier now: it saves everything that can still be read, and says what is missing.</source>
        <translation>Part of your vault is damaged, so this could not be done. Nothing was changed. Export the dossier now: it saves everything that can still be read, and says what is missing.</translation>
    </message>
    <message>
        <source>Part of your vault is damaged: some items could not be read and are not in this list. Export the dossier now: it saves everything that can still be read.</source>
        <translation>Part of your vault is damaged: some items could not be read and are not in this list. Export the dossier now: it saves everything that can still be read.</translation>
    </message>
    <message numerus="yes">
        <source>Your passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>Your passphrase needs at least %n character.</numerusform>
            <numerusform>Your passphrase needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your vault is missing its last %n save(s). The vault file (vault.db) is older than when the vault was last used: after a crash, its companion file vault.db-wal was probably lost.</source>
        <translation>
            <numerusform>Your vault is missing its last %n save. The vault file (vault.db) is older than when the vault was last used: after a crash, its companion file vault.db-wal was probably lost.</numerusform>
            <numerusform>Your vault is missing its last %n saves. The vault file (vault.db) is older than when the vault was last used: after a crash, its companion file vault.db-wal was probably lost.</numerusform>
        </translation>
    </message>
    <message>
        <source>The vault file (vault.db) is not the one this vault last saved: it may be an older copy that was put back in its place.</source>
        <translation>The vault file (vault.db) is not the one this vault last saved: it may be an older copy that was put back in its place.</translation>
    </message>
    <message>
        <source>Everything else in it is intact and you can go on. If you have a newer copy of the vault folder, do not overwrite it: ask someone you trust to help. This is now noted in the vault&apos;s history, so a dossier shows it too.</source>
        <translation>Everything else in it is intact and you can go on. If you have a newer copy of the vault folder, do not overwrite it: ask someone you trust to help. This is now noted in the vault&apos;s history, so a dossier shows it too.</translation>
    </message>
    <message numerus="yes">
        <source>Part of your vault is damaged: %n items could not be read and are not in this list. Export the dossier now: it saves everything that can still be read.</source>
        <translation>
            <numerusform>Part of your vault is damaged: %n item could not be read and is not in this list. Export the dossier now: it saves everything that can still be read.</numerusform>
            <numerusform>Part of your vault is damaged: %n items could not be read and are not in this list. Export the dossier now: it saves everything that can still be read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The dossier was saved, but it is not complete: your vault is damaged, and %n things in it could not be read. The dossier lists what is missing. Keep it, and ask someone you trust to help you with the vault.</source>
        <translation>
            <numerusform>The dossier was saved, but it is not complete: your vault is damaged, and %n thing in it could not be read. The dossier lists what is missing. Keep it, and ask someone you trust to help you with the vault.</numerusform>
            <numerusform>The dossier was saved, but it is not complete: your vault is damaged, and %n things in it could not be read. The dossier lists what is missing. Keep it, and ask someone you trust to help you with the vault.</numerusform>
        </translation>
    </message>
    <message>
        <source>This passphrase is easy to guess: programs that guess passwords try common words, names, number rows and repeats first. Put a few words together that only you would choose, with spaces between them.</source>
        <translation>This passphrase is easy to guess: programs that guess passwords try common words, names, number rows and repeats first. Put a few words together that only you would choose, with spaces between them.</translation>
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
        <source>Written down</source>
        <translation>Written down</translation>
    </message>
    <message>
        <source>No file or picture is kept for this item: only what is written down here.</source>
        <translation>No file or picture is kept for this item: only what is written down here.</translation>
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
    <name>MessagesDialog</name>
    <message>
        <source>The text is copied. Paste it where you want to send it.</source>
        <translation>The text is copied. Paste it where you want to send it.</translation>
    </message>
    <message>
        <source>Ready texts: %1</source>
        <translation>Ready texts: %1</translation>
    </message>
    <message>
        <source>A text to send yourself, by chat, mail or on paper. Change it as you like. Bewijskluis sends nothing. Only write to the one who shared the pictures if you feel safe.</source>
        <translation>A text to send yourself, by chat, mail or on paper. Change it as you like. Bewijskluis sends nothing. Only write to the one who shared the pictures if you feel safe.</translation>
    </message>
    <message>
        <source>To the one who shared the pictures: stop</source>
        <translation>To the one who shared the pictures: stop</translation>
    </message>
    <message>
        <source>To friends who received them: delete them</source>
        <translation>To friends who received them: delete them</translation>
    </message>
    <message>
        <source>A parent’s letter to the school</source>
        <translation>A parent’s letter to the school</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Language of the text:</source>
        <translation>Language of the text:</translation>
    </message>
    <message>
        <source>Their name:</source>
        <translation>Their name:</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Your name:</translation>
    </message>
    <message>
        <source>Your child’s name:</source>
        <translation>Your child’s name:</translation>
    </message>
    <message>
        <source>How the school can reach you:</source>
        <translation>How the school can reach you:</translation>
    </message>
    <message>
        <source>The text to send</source>
        <translation>The text to send</translation>
    </message>
    <message>
        <source>Change it as you like before you copy or print it.</source>
        <translation>Change it as you like before you copy or print it.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copies the text, to paste it in a chat or an e-mail. It leaves the clipboard when the vault locks.</source>
        <translation>Copies the text, to paste it in a chat or an e-mail. It leaves the clipboard when the vault locks.</translation>
    </message>
    <message>
        <source>Write it again from the fields</source>
        <translation>Write it again from the fields</translation>
    </message>
    <message>
        <source>Writes the text again from the fields above. What you changed in it is lost.</source>
        <translation>Writes the text again from the fields above. What you changed in it is lost.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Prints the text on paper.</source>
        <translation>Prints the text on paper.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Closes this window. The text is not kept: copy or print it first.</source>
        <translation>Closes this window. The text is not kept: copy or print it first.</translation>
    </message>
</context>
<context>
    <name>Minors</name>
    <message>
        <source>You did nothing wrong.</source>
        <translation>You did nothing wrong.</translation>
    </message>
    <message>
        <source>This case is about pictures of someone under 18. Keeping such a picture, even as evidence and even on your own computer, can be against the law.

You can write down the web address, the account and what happened instead, without any picture. That is enough to report it. The organisations in Where to get help can help you further, and Take It Down can stop the picture being posted again.</source>
        <translation>This case is about pictures of someone under 18. Keeping such a picture, even as evidence and even on your own computer, can be against the law.

You can write down the web address, the account and what happened instead, without any picture. That is enough to report it. The organisations in Where to get help can help you further, and Take It Down can stop the picture being posted again.</translation>
    </message>
    <message>
        <source>Write it down without a picture</source>
        <translation>Write it down without a picture</translation>
    </message>
    <message>
        <source>Keep the picture anyway…</source>
        <translation>Keep the picture anyway…</translation>
    </message>
    <message>
        <source>Keep the picture anyway?</source>
        <translation>Keep the picture anyway?</translation>
    </message>
    <message>
        <source>Only do this if someone who helps you, such as the police or a lawyer, asked you to keep it. The picture stays locked in your vault.</source>
        <translation>Only do this if someone who helps you, such as the police or a lawyer, asked you to keep it. The picture stays locked in your vault.</translation>
    </message>
    <message>
        <source>Yes, keep the picture</source>
        <translation>Yes, keep the picture</translation>
    </message>
    <message>
        <source>No, don’t keep it</source>
        <translation>No, don’t keep it</translation>
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
    <message>
        <source>Show the passphrase</source>
        <translation>Show the passphrase</translation>
    </message>
    <message>
        <source>Suggest a passphrase</source>
        <translation>Suggest a passphrase</translation>
    </message>
    <message>
        <source>Fills in both fields with a few random words that you can write down.</source>
        <translation>Fills in both fields with a few random words that you can write down.</translation>
    </message>
    <message>
        <source>Write your passphrase down and keep the paper somewhere safe, away from this computer. Type it with a space between the words. You can also change a word, or choose your own.</source>
        <translation>Write your passphrase down and keep the paper somewhere safe, away from this computer. Type it with a space between the words. You can also change a word, or choose your own.</translation>
    </message>
    <message numerus="yes">
        <source>Choose at least %n characters. A few words that only you would put together are easy to remember and hard to guess.</source>
        <translation>
            <numerusform>Choose at least %n character. A few words that only you would put together are easy to remember and hard to guess.</numerusform>
            <numerusform>Choose at least %n characters. A few words that only you would put together are easy to remember and hard to guess.</numerusform>
        </translation>
    </message>
    <message>
        <source>The same passphrase again, to be sure it is the one you meant.</source>
        <translation>The same passphrase again, to be sure it is the one you meant.</translation>
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
    <name>NewRecoveryKeyWizard</name>
    <message>
        <source>New recovery key</source>
        <translation>New recovery key</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Use the new key</source>
        <translation>Use the new key</translation>
    </message>
    <message>
        <source>That is not your passphrase. Try again.</source>
        <translation>That is not your passphrase. Try again.</translation>
    </message>
    <message>
        <source>Putting the new key in place… this can take a minute for a large vault.</source>
        <translation>Putting the new key in place… this can take a minute for a large vault.</translation>
    </message>
    <message>
        <source>The new key was not put in place: your old recovery key still works. Throw away what you wrote down for the new one.</source>
        <translation>The new key was not put in place: your old recovery key still works. Throw away what you wrote down for the new one.</translation>
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
    <name>PersonEditor</name>
    <message>
        <source>Who posted or sent it</source>
        <translation>Who posted or sent it</translation>
    </message>
    <message>
        <source>Change person</source>
        <translation>Change person</translation>
    </message>
    <message>
        <source>Write down everything you know; one detail is enough. Copy the phone number and e-mail address from the contact&apos;s details: the name your phone shows is not enough to find someone.</source>
        <translation>Write down everything you know; one detail is enough. Copy the phone number and e-mail address from the contact&apos;s details: the name your phone shows is not enough to find someone.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Usernames:</source>
        <translation>Usernames:</translation>
    </message>
    <message>
        <source>E-mail address:</source>
        <translation>E-mail address:</translation>
    </message>
    <message>
        <source>Phone number:</source>
        <translation>Phone number:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>As you know them</source>
        <translation>As you know them</translation>
    </message>
    <message>
        <source>One per line, e.g. @someone on Instagram</source>
        <translation>One per line, e.g. @someone on Instagram</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>The real number, e.g. +32 470 12 34 56</source>
        <translation>The real number, e.g. +32 470 12 34 56</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Write at least a name, a username, an e-mail address or a phone number.</source>
        <translation>Write at least a name, a username, an e-mail address or a phone number.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>New person…</source>
        <translation>New person…</translation>
    </message>
    <message>
        <source>Add someone with their name, usernames, e-mail, phone</source>
        <translation>Add someone with their name, usernames, e-mail, phone</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>Change the details of the person chosen: their name, usernames, e-mail, phone</source>
        <translation>Change the details of the person chosen: their name, usernames, e-mail, phone</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(not known)</translation>
    </message>
</context>
<context>
    <name>Platforms</name>
    <message>
        <source>Search engine</source>
        <translation>Search engine</translation>
    </message>
    <message>
        <source>Adult site</source>
        <translation>Adult site</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(not known)</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Tell what you know</source>
        <translation>Tell what you know</translation>
    </message>
    <message>
        <source>Stored safely in the vault at %1. Add what you know below: it is kept when you close this window. Leave empty what you do not know.</source>
        <translation>Stored safely in the vault at %1. Add what you know below: it is kept when you close this window. Leave empty what you do not know.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Closes this window. What you typed is kept.</source>
        <translation>Closes this window. What you typed is kept.</translation>
    </message>
    <message>
        <source>Tips. The arrow keys and Page Down scroll them.</source>
        <translation>Tips. The arrow keys and Page Down scroll them.</translation>
    </message>
    <message>
        <source>Opening the picture…</source>
        <translation>Opening the picture…</translation>
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
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Web address:</source>
        <translation>Web address:</translation>
    </message>
    <message>
        <source>Where did you see it?</source>
        <translation>Where did you see it?</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Platform:</translation>
    </message>
    <message>
        <source>Who posted or sent it?</source>
        <translation>Who posted or sent it?</translation>
    </message>
    <message>
        <source>When was it posted or seen?</source>
        <translation>When was it posted or seen?</translation>
    </message>
    <message>
        <source>Its date (and time), if you know it: it puts the dossier in order</source>
        <translation>Its date (and time), if you know it: it puts the dossier in order</translation>
    </message>
    <message>
        <source>What does it show?</source>
        <translation>What does it show?</translation>
    </message>
    <message>
        <source>Stored on:</source>
        <translation>Stored on:</translation>
    </message>
    <message>
        <source>File date:</source>
        <translation>File date:</translation>
    </message>
    <message>
        <source>Date in the photo:</source>
        <translation>Date in the photo:</translation>
    </message>
    <message>
        <source>Copy it from the address bar: https://…</source>
        <translation>Copy it from the address bar: https://…</translation>
    </message>
    <message>
        <source>There is no web address (an app or a chat)</source>
        <translation>There is no web address (an app or a chat)</translation>
    </message>
    <message>
        <source>Then you can say where you saw it, in a field that appears below.</source>
        <translation>Then you can say where you saw it, in a field that appears below.</translation>
    </message>
    <message>
        <source>For example: the WhatsApp group “Class 2B”</source>
        <translation>For example: the WhatsApp group “Class 2B”</translation>
    </message>
    <message>
        <source>For example: Saturday 12 May, around 9 pm</source>
        <translation>For example: Saturday 12 May, around 9 pm</translation>
    </message>
    <message>
        <source>In your own words: what can be seen, and what happened.</source>
        <translation>In your own words: what can be seen, and what happened.</translation>
    </message>
    <message>
        <source>This is not a web address that can be kept as evidence. Copy the address from the address bar of your browser: it starts with https:// (addresses starting with javascript:, file: or data: are refused).</source>
        <translation>This is not a web address that can be kept as evidence. Copy the address from the address bar of your browser: it starts with https:// (addresses starting with javascript:, file: or data: are refused).</translation>
    </message>
    <message>
        <source>Written before: “%1”. Choose the person above, or add them with “New person…”.</source>
        <translation>Written before: “%1”. Choose the person above, or add them with “New person…”.</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <source>none in the file</source>
        <translation>none in the file</translation>
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
        <source>Prints your recovery key on paper, to keep somewhere safe.</source>
        <translation>Prints your recovery key on paper, to keep somewhere safe.</translation>
    </message>
    <message>
        <source>I wrote down or printed my recovery key and keep it safe.</source>
        <translation>I wrote down or printed my recovery key and keep it safe.</translation>
    </message>
    <message>
        <source>Group %1: %2.</source>
        <translation>Group %1: %2.</translation>
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
    <name>RedactionEditor</name>
    <message>
        <source>This picture cannot be shown, so nothing can be marked.</source>
        <translation>This picture cannot be shown, so nothing can be marked.</translation>
    </message>
    <message>
        <source>Hide parts for a copy without the pictures</source>
        <translation>Hide parts for a copy without the pictures</translation>
    </message>
    <message>
        <source>Or with the keys, on the picture: an arrow marks its middle, the arrows move that part, Shift+arrows change its size, Enter places it, Esc takes it away.</source>
        <translation>Or with the keys, on the picture: an arrow marks its middle, the arrows move that part, Shift+arrows change its size, Enter places it, Esc takes it away.</translation>
    </message>
    <message>
        <source>Drag over the parts that others must not see (a face, a body, a name). They are hidden only in the copy for a school or a parent. The original stays exactly as it is, and the police always get the original.</source>
        <translation>Drag over the parts that others must not see (a face, a body, a name). They are hidden only in the copy for a school or a parent. The original stays exactly as it is, and the police always get the original.</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Picture</translation>
    </message>
    <message>
        <source>Drag with the mouse over a part of the picture to hide it in the copy.</source>
        <translation>Drag with the mouse over a part of the picture to hide it in the copy.</translation>
    </message>
    <message>
        <source>Black out</source>
        <translation>Black out</translation>
    </message>
    <message>
        <source>Blur</source>
        <translation>Blur</translation>
    </message>
    <message>
        <source>Undo last</source>
        <translation>Undo last</translation>
    </message>
    <message>
        <source>Takes away the last part you marked.</source>
        <translation>Takes away the last part you marked.</translation>
    </message>
    <message>
        <source>Remove all</source>
        <translation>Remove all</translation>
    </message>
    <message>
        <source>Takes away every part you marked on this picture.</source>
        <translation>Takes away every part you marked on this picture.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Keeps the parts you marked. They are hidden only in the copy for a school or a parent; the original does not change.</source>
        <translation>Keeps the parts you marked. They are hidden only in the copy for a school or a parent; the original does not change.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Closes this window. If you marked parts and did not save them, it asks first.</source>
        <translation>Closes this window. If you marked parts and did not save them, it asks first.</translation>
    </message>
    <message>
        <source>Saving… The window closes once the parts are saved.</source>
        <translation>Saving… The window closes once the parts are saved.</translation>
    </message>
    <message>
        <source>Keep the parts you marked?</source>
        <translation>Keep the parts you marked?</translation>
    </message>
    <message>
        <source>You marked parts of this picture that are not saved yet. Save them before the window closes?</source>
        <translation>You marked parts of this picture that are not saved yet. Save them before the window closes?</translation>
    </message>
    <message>
        <source>There is no part to take away.</source>
        <translation>There is no part to take away.</translation>
    </message>
    <message numerus="yes">
        <source>The last part is taken away; %n left.</source>
        <translation>
            <numerusform>The last part is taken away; %n left.</numerusform>
            <numerusform>The last part is taken away; %n left.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every part is taken away.</source>
        <translation>Every part is taken away.</translation>
    </message>
    <message>
        <source>A part is marked: %1.</source>
        <translation>A part is marked: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Placed. In all, %n part(s) to hide; Save keeps them.</source>
        <translation>
            <numerusform>Placed. In all, %n part to hide; Save keeps it.</numerusform>
            <numerusform>Placed. In all, %n parts to hide; Save keeps them.</numerusform>
        </translation>
    </message>
    <message>
        <source>The part you were placing is taken away.</source>
        <translation>The part you were placing is taken away.</translation>
    </message>
    <message>
        <source>Moved: %1.</source>
        <translation>Moved: %1.</translation>
    </message>
    <message>
        <source>from %1 to %2 % across, from %3 to %4 % down</source>
        <translation>from %1 to %2 % across, from %3 to %4 % down</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>ReportEditor</name>
    <message>
        <source>The text is copied. Paste it into the platform’s form.</source>
        <translation>The text is copied. Paste it into the platform’s form.</translation>
    </message>
    <message>
        <source>This is not a web address: %1</source>
        <translation>This is not a web address: %1</translation>
    </message>
    <message>
        <source>Address checked on %1. The app opens nothing and sends nothing.</source>
        <translation>Address checked on %1. The app opens nothing and sends nothing.</translation>
    </message>
    <message>
        <source>Use the report button next to the post or the profile, or look for ‘report’ in the site’s help pages.</source>
        <translation>Use the report button next to the post or the profile, or look for ‘report’ in the site’s help pages.</translation>
    </message>
    <message>
        <source>They ask for: %1.</source>
        <translation>They ask for: %1.</translation>
    </message>
    <message>
        <source>Report to a platform</source>
        <translation>Report to a platform</translation>
    </message>
    <message>
        <source>Change the report</source>
        <translation>Change the report</translation>
    </message>
    <message>
        <source>Where is it?</source>
        <translation>Where is it?</translation>
    </message>
    <message>
        <source>Where to report</source>
        <translation>Where to report</translation>
    </message>
    <message>
        <source>Web addresses (one per line)</source>
        <translation>Web addresses (one per line)</translation>
    </message>
    <message>
        <source>Items it is about</source>
        <translation>Items it is about</translation>
    </message>
    <message>
        <source>How did you report it?</source>
        <translation>How did you report it?</translation>
    </message>
    <message>
        <source>Through (a helpline, a person)</source>
        <translation>Through (a helpline, a person)</translation>
    </message>
    <message>
        <source>When was it sent?</source>
        <translation>When was it sent?</translation>
    </message>
    <message>
        <source>Where does it stand?</source>
        <translation>Where does it stand?</translation>
    </message>
    <message>
        <source>Ticket or case number</source>
        <translation>Ticket or case number</translation>
    </message>
    <message>
        <source>Receipt you kept</source>
        <translation>Receipt you kept</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Your e-mail address</source>
        <translation>Your e-mail address</translation>
    </message>
    <message>
        <source>The text you send</source>
        <translation>The text you send</translation>
    </message>
    <message>
        <source>The pictures show someone under 18</source>
        <translation>The pictures show someone under 18</translation>
    </message>
    <message>
        <source>Write a ready text</source>
        <translation>Write a ready text</translation>
    </message>
    <message>
        <source>Writes the text from what you filled in. It takes the place of the text below.</source>
        <translation>Writes the text from what you filled in. It takes the place of the text below.</translation>
    </message>
    <message>
        <source>Copy the text</source>
        <translation>Copy the text</translation>
    </message>
    <message>
        <source>Copies the text, to paste it in the platform&apos;s form or an e-mail. It leaves the clipboard when the vault locks.</source>
        <translation>Copies the text, to paste it in the platform&apos;s form or an e-mail. It leaves the clipboard when the vault locks.</translation>
    </message>
    <message>
        <source>Your name and e-mail go into the text only; they are not kept. Read the text before you send it, and change what you want.</source>
        <translation>Your name and e-mail go into the text only; they are not kept. Read the text before you send it, and change what you want.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Keeps the report in the vault. It goes into the dossier.</source>
        <translation>Keeps the report in the vault. It goes into the dossier.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Closes the report without keeping what you changed.</source>
        <translation>Closes the report without keeping what you changed.</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(not said)</translation>
    </message>
</context>
<context>
    <name>ReportRechecker</name>
    <message>
        <source>Looked again at the reported addresses: %1 gone, %2 still online, %3 not reachable.</source>
        <translation>Looked again at the reported addresses: %1 gone, %2 still online, %3 not reachable.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Another website or host</source>
        <translation>Another website or host</translation>
    </message>
    <message>
        <source>Draft, not sent yet</source>
        <translation>Draft, not sent yet</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Received by the platform</source>
        <translation>Received by the platform</translation>
    </message>
    <message>
        <source>They asked for more information</source>
        <translation>They asked for more information</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Decision contested</source>
        <translation>Decision contested</translation>
    </message>
    <message>
        <source>Passed on (helpline, police)</source>
        <translation>Passed on (helpline, police)</translation>
    </message>
    <message>
        <source>Online again</source>
        <translation>Online again</translation>
    </message>
    <message>
        <source>Report button in the app or on the site</source>
        <translation>Report button in the app or on the site</translation>
    </message>
    <message>
        <source>A form on the website</source>
        <translation>A form on the website</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>The platform’s data protection officer</source>
        <translation>The platform’s data protection officer</translation>
    </message>
    <message>
        <source>A helpline (Child Focus, IGVM, Helpwanted, …)</source>
        <translation>A helpline (Child Focus, IGVM, Helpwanted, …)</translation>
    </message>
    <message>
        <source>StopNCII.org or Take It Down (a fingerprint, not the picture)</source>
        <translation>StopNCII.org or Take It Down (a fingerprint, not the picture)</translation>
    </message>
    <message>
        <source>A search engine’s removal form</source>
        <translation>A search engine’s removal form</translation>
    </message>
    <message>
        <source>The police</source>
        <translation>The police</translation>
    </message>
    <message>
        <source>Send the report: it is still a draft.</source>
        <translation>Send the report: it is still a draft.</translation>
    </message>
    <message>
        <source>No answer yet? Look for one, or write again.</source>
        <translation>No answer yet? Look for one, or write again.</translation>
    </message>
    <message>
        <source>Still no answer after a week: write again, or ask a helpline.</source>
        <translation>Still no answer after a week: write again, or ask a helpline.</translation>
    </message>
    <message>
        <source>They asked for more information: send it.</source>
        <translation>They asked for more information: send it.</translation>
    </message>
    <message>
        <source>Look again whether it is still gone.</source>
        <translation>Look again whether it is still gone.</translation>
    </message>
    <message>
        <source>They refused. You can contest the decision.</source>
        <translation>They refused. You can contest the decision.</translation>
    </message>
    <message>
        <source>It is online again: report it again.</source>
        <translation>It is online again: report it again.</translation>
    </message>
    <message>
        <source>the exact address of the post, video or profile</source>
        <translation>the exact address of the post, video or profile</translation>
    </message>
    <message>
        <source>the name of the account that posted it</source>
        <translation>the name of the account that posted it</translation>
    </message>
    <message>
        <source>a screenshot</source>
        <translation>a screenshot</translation>
    </message>
    <message>
        <source>that the report comes from the person shown, or someone acting for them</source>
        <translation>that the report comes from the person shown, or someone acting for them</translation>
    </message>
    <message>
        <source>why the content breaks the law or the rules</source>
        <translation>why the content breaks the law or the rules</translation>
    </message>
    <message>
        <source>the picture itself, on your own device (only a fingerprint is sent)</source>
        <translation>the picture itself, on your own device (only a fingerprint is sent)</translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <source>From %1: %2</source>
        <translation>From %1: %2</translation>
    </message>
    <message>
        <source>The report is saved.</source>
        <translation>The report is saved.</translation>
    </message>
    <message>
        <source>The report is changed.</source>
        <translation>The report is changed.</translation>
    </message>
    <message>
        <source>The answer is saved.</source>
        <translation>The answer is saved.</translation>
    </message>
    <message>
        <source>Remove the report?</source>
        <translation>Remove the report?</translation>
    </message>
    <message>
        <source>It leaves the list and the dossier. The vault&apos;s history keeps that it was written and removed.</source>
        <translation>It leaves the list and the dossier. The vault&apos;s history keeps that it was written and removed.</translation>
    </message>
    <message>
        <source>The report is removed.</source>
        <translation>The report is removed.</translation>
    </message>
    <message>
        <source>Look again online?</source>
        <translation>Look again online?</translation>
    </message>
    <message numerus="yes">
        <source>The app will visit the %n address(es) of this report to see whether they are still online. The sites can see that someone visited. Go on?</source>
        <translation>
            <numerusform>The app will visit %n address of this report to see whether it is still online. The site can see that someone visited. Go on?</numerusform>
            <numerusform>The app will visit the %n addresses of this report to see whether they are still online. The sites can see that someone visited. Go on?</numerusform>
        </translation>
    </message>
    <message>
        <source>The addresses could not be checked.</source>
        <translation>The addresses could not be checked.</translation>
    </message>
    <message>
        <source>It answers again</source>
        <translation>It answers again</translation>
    </message>
    <message>
        <source>%1 answers again. If what you reported is back online, mark the report as online again?</source>
        <translation>%1 answers again. If what you reported is back online, mark the report as online again?</translation>
    </message>
    <message>
        <source>The report is marked as online again.</source>
        <translation>The report is marked as online again.</translation>
    </message>
    <message>
        <source>It is still online</source>
        <translation>It is still online</translation>
    </message>
    <message>
        <source>%1 is still online. Capture it again now, with today’s date and time?</source>
        <translation>%1 is still online. Capture it again now, with today’s date and time?</translation>
    </message>
    <message>
        <source>Looked again: %1.</source>
        <translation>Looked again: %1.</translation>
    </message>
    <message>
        <source>It is gone</source>
        <translation>It is gone</translation>
    </message>
    <message>
        <source>Every address of this report is gone. Mark the report as removed?</source>
        <translation>Every address of this report is gone. Mark the report as removed?</translation>
    </message>
    <message>
        <source>The report is marked as removed.</source>
        <translation>The report is marked as removed.</translation>
    </message>
    <message>
        <source>Reports of %1</source>
        <translation>Reports of %1</translation>
    </message>
    <message>
        <source>Report what you captured to the platform and ask for it to be removed. Keep here what you sent, the ticket number and every answer: it goes into the dossier. The app sends nothing itself.</source>
        <translation>Report what you captured to the platform and ask for it to be removed. Keep here what you sent, the ticket number and every answer: it goes into the dossier. The app sends nothing itself.</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Where it stands</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Choose a report here, then use the buttons below the list.</source>
        <translation>Choose a report here, then use the buttons below the list.</translation>
    </message>
    <message>
        <source>Opens a form to write down a report to a platform: where, how and when you reported it.</source>
        <translation>Opens a form to write down a report to a platform: where, how and when you reported it.</translation>
    </message>
    <message>
        <source>Opens a form to write down the platform&apos;s answer to the chosen report, and where it stands now.</source>
        <translation>Opens a form to write down the platform&apos;s answer to the chosen report, and where it stands now.</translation>
    </message>
    <message>
        <source>New report…</source>
        <translation>New report…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>Opens the chosen report, to change it.</source>
        <translation>Opens the chosen report, to change it.</translation>
    </message>
    <message>
        <source>An answer came…</source>
        <translation>An answer came…</translation>
    </message>
    <message>
        <source>Look again online…</source>
        <translation>Look again online…</translation>
    </message>
    <message>
        <source>Visits the addresses of the chosen report again, to see whether they are still online. You are asked first.</source>
        <translation>Visits the addresses of the chosen report again, to see whether they are still online. You are asked first.</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <source>Removes the chosen report from the list and the dossier. You are asked first.</source>
        <translation>Removes the chosen report from the list and the dossier. You are asked first.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Closes this window. What you wrote down is kept in the vault.</source>
        <translation>Closes this window. What you wrote down is kept in the vault.</translation>
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
        <source>gone</source>
        <translation>gone</translation>
    </message>
    <message>
        <source>not reachable</source>
        <translation>not reachable</translation>
    </message>
</context>
<context>
    <name>SetupPages</name>
    <message>
        <source>If you lose both your passphrase and your recovery key, nobody can open the vault again: not you, not the police, not even the makers of Bewijskluis.</source>
        <translation>If you lose both your passphrase and your recovery key, nobody can open the vault again: not you, not the police, not even the makers of Bewijskluis.</translation>
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
        <source>Your vault is made, but your answers about you could not be kept. Please give them again in Settings &gt; About you.</source>
        <translation>Your vault is made, but your answers about you could not be kept. Please give them again in Settings &gt; About you.</translation>
    </message>
    <message>
        <source>Your vault is made, but you have not checked your recovery key yet. If you close now, you will never see this key again.

Close anyway?</source>
        <translation>Your vault is made, but you have not checked your recovery key yet. If you close now, you will never see this key again.

Close anyway?</translation>
    </message>
</context>
<context>
    <name>StepCard</name>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>Not for me</source>
        <translation>Not for me</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>the case&apos;s summary</source>
        <translation>the case&apos;s summary</translation>
    </message>
    <message>
        <source>Summary of %1</source>
        <translation>Summary of %1</translation>
    </message>
    <message>
        <source>Tell in your own words what happened, as you would to someone you trust. It is the first page of the dossier for the police. You can change it later.</source>
        <translation>Tell in your own words what happened, as you would to someone you trust. It is the first page of the dossier for the police. You can change it later.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>For example: who sent what, where it was shared, and since when.</source>
        <translation>For example: who sent what, where it was shared, and since when.</translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message>
        <source>about %1</source>
        <translation>about %1</translation>
    </message>
    <message>
        <source>%1 (the camera’s clock)</source>
        <translation>%1 (the camera’s clock)</translation>
    </message>
</context>
<context>
    <name>TodoDialog</name>
    <message>
        <source>Now (since %1)</source>
        <translation>Now (since %1)</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>From %1</translation>
    </message>
    <message>
        <source>Until %1.</source>
        <translation>Until %1.</translation>
    </message>
    <message>
        <source>To do: %1</source>
        <translation>To do: %1</translation>
    </message>
    <message>
        <source>What is next for your reports, the soonest first. Take your time: do what you can, when you can.</source>
        <translation>What is next for your reports, the soonest first. Take your time: do what you can, when you can.</translation>
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
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>What is next for your reports, the soonest first. Choose a line to open its report.</source>
        <translation>What is next for your reports, the soonest first. Choose a line to open its report.</translation>
    </message>
    <message>
        <source>Nothing to do about the reports of this case.</source>
        <translation>Nothing to do about the reports of this case.</translation>
    </message>
    <message>
        <source>Open the report…</source>
        <translation>Open the report…</translation>
    </message>
    <message>
        <source>Shows the report of the chosen line among your reports.</source>
        <translation>Shows the report of the chosen line among your reports.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Closes this window. Your reports stay as they are.</source>
        <translation>Closes this window. Your reports stay as they are.</translation>
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
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>The passphrase you chose when you made your vault.</source>
        <translation>The passphrase you chose when you made your vault.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>The 16 groups you wrote down or printed. Dashes and spaces do not matter.</source>
        <translation>The 16 groups you wrote down or printed. Dashes and spaces do not matter.</translation>
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
    <name>Unsaved</name>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Close without saving</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Keep what you wrote?</source>
        <translation>Keep what you wrote?</translation>
    </message>
    <message>
        <source>What you wrote or chose here is not saved yet. Save it before the window closes?</source>
        <translation>What you wrote or chose here is not saved yet. Save it before the window closes?</translation>
    </message>
</context>
<context>
    <name>WebActions</name>
    <message>
        <source>Choose an item with a web address first.</source>
        <translation>Choose an item with a web address first.</translation>
    </message>
    <message>
        <source>The address could not be checked. Nothing was changed.</source>
        <translation>The address could not be checked. Nothing was changed.</translation>
    </message>
    <message>
        <source>Still online, unchanged. This check is saved with the item.</source>
        <translation>Still online, unchanged. This check is saved with the item.</translation>
    </message>
    <message>
        <source>Still online, but the page has changed. This check is saved with the item.</source>
        <translation>Still online, but the page has changed. This check is saved with the item.</translation>
    </message>
    <message>
        <source>The page is gone (removed). This check is saved with the item.</source>
        <translation>The page is gone (removed). This check is saved with the item.</translation>
    </message>
    <message>
        <source>The site could not be reached. This check is saved with the item.</source>
        <translation>The site could not be reached. This check is saved with the item.</translation>
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
        <source>Are you under 18 and do the pictures show you? You did nothing wrong. Keeping the picture itself can be against the law, even on your own computer, so you do not have to keep it: you can write down only the web address, the account that posted it and what happened. Child Focus can help you with this: call 116 000, free, day and night.</source>
        <translation>Are you under 18 and do the pictures show you? You did nothing wrong. Keeping the picture itself can be against the law, even on your own computer, so you do not have to keep it: you can write down only the web address, the account that posted it and what happened. Child Focus can help you with this: call 116 000, free, day and night.</translation>
    </message>
    <message>
        <source>Where do you live?</source>
        <translation>Where do you live?</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgium</translation>
    </message>
    <message>
        <source>The Netherlands</source>
        <translation>The Netherlands</translation>
    </message>
    <message>
        <source>Bewijskluis shows the organisations that help in this country.</source>
        <translation>Bewijskluis shows the organisations that help in this country.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
</context>
<context>
    <name>WindowPicker</name>
    <message>
        <source>(window without a title)</source>
        <translation>(window without a title)</translation>
    </message>
</context>
</TS>
