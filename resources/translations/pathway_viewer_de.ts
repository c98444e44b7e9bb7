<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About this viewer: version, sources and licences</source>
        <translation>Über dieses Programm: Version, Quellen und Lizenzen</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>All text at 100 % of its normal size</source>
        <translation>Alle Texte in 100 % der normalen Größe</translation>
    </message>
    <message>
        <source>All text at 125 % of its normal size</source>
        <translation>Alle Texte in 125 % der normalen Größe</translation>
    </message>
    <message>
        <source>All text at 150 % of its normal size</source>
        <translation>Alle Texte in 150 % der normalen Größe</translation>
    </message>
    <message>
        <source>All text at 200 % of its normal size</source>
        <translation>Alle Texte in 200 % der normalen Größe</translation>
    </message>
    <message>
        <source>&amp;Open pathway...</source>
        <translation>Behandlungsweg ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>Open a pathway file (YAML or JSON)</source>
        <translation>Eine Datei mit einem Behandlungsweg öffnen (YAML oder JSON)</translation>
    </message>
    <message>
        <source>&amp;Export view...</source>
        <translation>Ansicht e&amp;xportieren...</translation>
    </message>
    <message>
        <source>Save the journey map or the timeline as PNG, SVG or PDF</source>
        <translation>Die Wegkarte oder die Zeitleiste als PNG, SVG oder PDF speichern</translation>
    </message>
    <message>
        <source>Export &amp;handout (PDF)...</source>
        <translation>&amp;Merkblatt exportieren (PDF)...</translation>
    </message>
    <message>
        <source>Save a printable guide to the whole journey as a PDF</source>
        <translation>Einen druckbaren Leitfaden zum ganzen Weg als PDF speichern</translation>
    </message>
    <message>
        <source>&amp;Large-print handouts</source>
        <translation>Merkblätter in &amp;Großdruck</translation>
    </message>
    <message>
        <source>Handouts with body text at 16 pt, for people who read large print (more pages)</source>
        <translation>Merkblätter mit Text in 16 pt, für Menschen, die große Schrift brauchen (mehr Seiten)</translation>
    </message>
    <message>
        <source>&amp;Print handout...</source>
        <translation>Merkblatt &amp;drucken...</translation>
    </message>
    <message>
        <source>Print the guide to the whole journey</source>
        <translation>Den Leitfaden zum ganzen Weg drucken</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the changed pathway (the built-in one is saved as a copy)</source>
        <translation>Den geänderten Behandlungsweg speichern (der mitgelieferte wird als Kopie gespeichert)</translation>
    </message>
    <message>
        <source>Save &amp;as...</source>
        <translation>Speichern &amp;unter...</translation>
    </message>
    <message>
        <source>Save the changed pathway as a new file, e.g. your clinic&apos;s copy</source>
        <translation>Den geänderten Behandlungsweg als neue Datei speichern, z. B. als Kopie Ihrer Klinik</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close the viewer</source>
        <translation>Das Programm schließen</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Make the journey bigger</source>
        <translation>Den Weg größer zeigen</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Verklei&amp;nern</translation>
    </message>
    <message>
        <source>Make the journey smaller</source>
        <translation>Den Weg kleiner zeigen</translation>
    </message>
    <message>
        <source>Show the whole journey (Home in the journey)</source>
        <translation>Den ganzen Weg zeigen (Pos1 in der Wegkarte)</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>&amp;Suchen...</translation>
    </message>
    <message>
        <source>Search the steps for a word</source>
        <translation>Die Schritte nach einem Wort durchsuchen</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Go to the next step that matches</source>
        <translation>Zum nächsten passenden Schritt gehen</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <source>Go to the previous step that matches</source>
        <translation>Zum vorigen passenden Schritt gehen</translation>
    </message>
    <message>
        <source>Plain words only</source>
        <translation>Nur einfache Worte</translation>
    </message>
    <message>
        <source>Also show clinical details</source>
        <translation>Auch klinische Einzelheiten zeigen</translation>
    </message>
    <message>
        <source>Journey &amp;map</source>
        <translation>Weg&amp;karte</translation>
    </message>
    <message>
        <source>Show the steps as a map of boxes and arrows</source>
        <translation>Die Schritte als Karte aus Kästen und Pfeilen zeigen</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <source>Show the steps on a calendar of days around day 0</source>
        <translation>Die Schritte auf einem Kalender der Tage um Tag 0 zeigen</translation>
    </message>
    <message>
        <source>Show the patient&apos;s own dates from the planned day 0 (nothing is saved)</source>
        <translation>Die eigenen Termine der Patientin oder des Patienten ab dem geplanten Tag 0 zeigen (nichts wird gespeichert)</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Fit to &amp;window</source>
        <translation>&amp;An Fenster anpassen</translation>
    </message>
    <message>
        <source>Words for pati&amp;ents</source>
        <translation>Worte für Pat&amp;ienten</translation>
    </message>
    <message>
        <source>Words for clinician&amp;s</source>
        <translation>Worte für &amp;Fachpersonal</translation>
    </message>
    <message>
        <source>One step at a time, full screen, to explain it across a desk (Esc leaves)</source>
        <translation>Ein Schritt nach dem anderen, im Vollbild, zum Erklären am Tisch (Esc beendet)</translation>
    </message>
    <message>
        <source>Set &amp;dates...</source>
        <translation>&amp;Termine festlegen...</translation>
    </message>
    <message>
        <source>&amp;Clinic settings...</source>
        <translation>&amp;Klinikeinstellungen...</translation>
    </message>
    <message>
        <source>Clinic name, phone numbers, local rules and paper size</source>
        <translation>Name der Klinik, Telefonnummern, örtliche Regeln und Papierformat</translation>
    </message>
    <message>
        <source>Co&amp;mpare with...</source>
        <translation>&amp;Vergleichen mit...</translation>
    </message>
    <message>
        <source>List what this pathway changes compared with the bundled one or another file</source>
        <translation>Auflisten, was dieser Behandlungsweg gegenüber dem mitgelieferten oder einer anderen Datei ändert</translation>
    </message>
    <message>
        <source>&amp;Sign off...</source>
        <translation>&amp;Freigeben...</translation>
    </message>
    <message>
        <source>Record your review in the pathway file: name, role, dates; the version goes up</source>
        <translation>Ihre Prüfung in der Datei festhalten: Name, Funktion, Daten; die Version steigt</translation>
    </message>
    <message>
        <source>Suggest a &amp;change to this step...</source>
        <translation>Eine Ä&amp;nderung an diesem Schritt vorschlagen...</translation>
    </message>
    <message>
        <source>Write a note on the selected step for whoever owns the content</source>
        <translation>Eine Notiz zum gewählten Schritt für die Verantwortlichen des Inhalts schreiben</translation>
    </message>
    <message>
        <source>Su&amp;ggestions...</source>
        <translation>Vor&amp;schläge...</translation>
    </message>
    <message>
        <source>The suggestions made on this computer: read, delete, export</source>
        <translation>Die Vorschläge auf diesem Computer: lesen, löschen, exportieren</translation>
    </message>
    <message>
        <source>T&amp;rain...</source>
        <translation>T&amp;rainieren...</translation>
    </message>
    <message>
        <source>Quizzes, scenarios and grading practice from this pathway, for staff training</source>
        <translation>Quiz, Fallbeispiele und Übungen zur Einstufung aus diesem Behandlungsweg, für die Schulung des Personals</translation>
    </message>
    <message>
        <source>&amp;Edit pathway</source>
        <translation>Behandlungsweg &amp;bearbeiten</translation>
    </message>
    <message>
        <source>Change the selected step: the details become a form</source>
        <translation>Den gewählten Schritt ändern: die Details werden zu einem Formular</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Take back the last change</source>
        <translation>Die letzte Änderung zurücknehmen</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Make the change again</source>
        <translation>Die Änderung erneut ausführen</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>&amp;Wie das System</translation>
    </message>
    <message>
        <source>Light, dark or high contrast, as the computer is set</source>
        <translation>Hell, dunkel oder hoher Kontrast, wie der Computer eingestellt ist</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>Dark words on light backgrounds</source>
        <translation>Dunkle Schrift auf hellem Grund</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Light words on dark backgrounds</source>
        <translation>Helle Schrift auf dunklem Grund</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>Hoher &amp;Kontrast</translation>
    </message>
    <message>
        <source>White and yellow on black, with strong outlines</source>
        <translation>Weiß und Gelb auf Schwarz, mit kräftigen Umrissen</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Text &amp;größer</translation>
    </message>
    <message>
        <source>Make all text one step larger</source>
        <translation>Alle Texte eine Stufe größer machen</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>Text &amp;kleiner</translation>
    </message>
    <message>
        <source>Make all text one step smaller</source>
        <translation>Alle Texte eine Stufe kleiner machen</translation>
    </message>
    <message>
        <source>&amp;Quick guide</source>
        <translation>&amp;Kurzanleitung</translation>
    </message>
    <message>
        <source>How to use this viewer</source>
        <translation>So benutzen Sie dieses Programm</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <source>Version, sources and licences</source>
        <translation>Version, Quellen und Lizenzen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <comment>the edit taken back</comment>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <comment>the edit made again</comment>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
</context>
<context>
    <name>ClinicSettingsDialog</name>
    <message>
        <source>Clinic settings</source>
        <translation>Klinikeinstellungen</translation>
    </message>
</context>
<context>
    <name>CoreAtomic</name>
    <message>
        <source>Cannot write to the folder %1: %2</source>
        <translation>In den Ordner %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Nothing was written for %1; the old file (if any) is unchanged</source>
        <translation>Für %1 wurde nichts geschrieben; die alte Datei (falls vorhanden) ist unverändert</translation>
    </message>
    <message>
        <source>Could not save %1: %2. The old file (if any) is unchanged</source>
        <translation>%1 konnte nicht gespeichert werden: %2. Die alte Datei (falls vorhanden) ist unverändert</translation>
    </message>
</context>
<context>
    <name>CoreClinic</name>
    <message>
        <source>%1 is too large to be a clinic settings file</source>
        <translation>%1 ist zu groß für eine Datei mit Klinikeinstellungen</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 gibt es nicht</translation>
    </message>
    <message>
        <source>%1 is a folder, not a clinic settings file</source>
        <translation>%1 ist ein Ordner, keine Datei mit Klinikeinstellungen</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a clinic settings file (it is not JSON text)</source>
        <translation>%1 ist keine Datei mit Klinikeinstellungen (kein JSON-Text)</translation>
    </message>
    <message>
        <source>%1 is not a clinic settings file saved by this app</source>
        <translation>%1 ist keine Datei mit Klinikeinstellungen aus diesem Programm</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; should be text</source>
        <translation>%1: &apos;%2&apos; sollte Text sein</translation>
    </message>
    <message>
        <source>%1: &apos;phones&apos; should map role ids to phone numbers written as text</source>
        <translation>%1: &apos;phones&apos; sollte Rollen-IDs Telefonnummern als Text zuordnen</translation>
    </message>
    <message>
        <source>%1: &apos;paper&apos; should be &apos;a4&apos; or &apos;letter&apos;</source>
        <translation>%1: &apos;paper&apos; sollte &apos;a4&apos; oder &apos;letter&apos; sein</translation>
    </message>
    <message>
        <source>%1: &apos;choices&apos; should map &apos;&lt;pathway&gt;/&lt;choice&gt;&apos; to text</source>
        <translation>%1: &apos;choices&apos; sollte &apos;&lt;pathway&gt;/&lt;choice&gt;&apos; Text zuordnen</translation>
    </message>
    <message>
        <source>%1: &apos;temperature_unit&apos; should be &apos;C&apos;, &apos;F&apos; or &apos;both&apos;</source>
        <translation>%1: &apos;temperature_unit&apos; sollte &apos;C&apos;, &apos;F&apos; oder &apos;both&apos; sein</translation>
    </message>
</context>
<context>
    <name>CoreDockTitle</name>
    <message>
        <source>Close the %1 panel</source>
        <translation>Bereich „%1“ schließen</translation>
    </message>
    <message>
        <source>Float the %1 panel</source>
        <translation>Bereich „%1“ abdocken</translation>
    </message>
</context>
<context>
    <name>CoreSuggestionBox</name>
    <message>
        <source>Cannot make the folder %1: %2</source>
        <translation>Der Ordner %1 kann nicht angelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>DialogsAbout</name>
    <message>
        <source>Version %1. Works offline; opens no network connection.</source>
        <translation>Version %1. Arbeitet offline; öffnet keine Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Version %1, %2: %3</source>
        <translation>Version %1, %2: %3</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>Schrift</translation>
    </message>
    <message>
        <source>Licensed under the SIL Open Font License, Version 1.1; the full licence follows.</source>
        <translation>Lizenziert unter der SIL Open Font License, Version 1.1; der vollständige Lizenztext folgt.</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
</context>
<context>
    <name>DialogsClinicSettings</name>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>°C (38.0 °C)</source>
        <translation>°C (38,0 °C)</translation>
    </message>
    <message>
        <source>°F (100.4 °F)</source>
        <translation>°F (100,4 °F)</translation>
    </message>
    <message>
        <source>Both (38.0 °C (100.4 °F))</source>
        <translation>Beide (38,0 °C (100,4 °F))</translation>
    </message>
    <message>
        <source>Clinic settings</source>
        <translation>Klinikeinstellungen</translation>
    </message>
    <message>
        <source>These details are printed on every handout and shown on the steps they concern. They are kept on this PC only. Nothing about patients is stored here.</source>
        <translation>Diese Angaben stehen auf jedem Merkblatt und bei den Schritten, die sie betreffen. Sie bleiben nur auf diesem PC. Hier wird nichts über Patienten gespeichert.</translation>
    </message>
    <message>
        <source>e.g. Cell Therapy Unit, City Hospital</source>
        <translation>z. B. Zelltherapie-Einheit, Städtisches Klinikum</translation>
    </message>
    <message>
        <source>The number to call at any hour</source>
        <translation>Die Nummer, die rund um die Uhr erreichbar ist</translation>
    </message>
    <message>
        <source>Clinic name:</source>
        <translation>Name der Klinik:</translation>
    </message>
    <message>
        <source>Emergency number (day and night):</source>
        <translation>Notrufnummer (Tag und Nacht):</translation>
    </message>
    <message>
        <source>Phone number for each member of the care team</source>
        <translation>Telefonnummer für jedes Mitglied des Behandlungsteams</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Phone number for %1</source>
        <translation>Telefonnummer für %1</translation>
    </message>
    <message>
        <source>Local rules (for pathways that ask no questions of their own)</source>
        <translation>Örtliche Regeln (für Behandlungswege, die selbst keine Fragen stellen)</translation>
    </message>
    <message>
        <source>Staying near the centre:</source>
        <translation>In der Nähe des Zentrums bleiben:</translation>
    </message>
    <message>
        <source>Driving:</source>
        <translation>Selbst fahren:</translation>
    </message>
    <message>
        <source>Temperatures on the urgent signs:</source>
        <translation>Temperaturen bei den Warnzeichen:</translation>
    </message>
    <message>
        <source>Handout paper size:</source>
        <translation>Papierformat des Merkblatts:</translation>
    </message>
    <message>
        <source>Import...</source>
        <translation>Importieren...</translation>
    </message>
    <message>
        <source>Fill in these settings from a file exported on another PC</source>
        <translation>Diese Einstellungen aus einer Datei übernehmen, die auf einem anderen PC exportiert wurde</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>Exportieren...</translation>
    </message>
    <message>
        <source>Save these settings to a file, to use them on other PCs</source>
        <translation>Diese Einstellungen in einer Datei speichern, um sie auf anderen PCs zu nutzen</translation>
    </message>
    <message>
        <source>Export clinic settings</source>
        <translation>Klinikeinstellungen exportieren</translation>
    </message>
    <message>
        <source>The clinic settings could not be saved</source>
        <translation>Die Klinikeinstellungen konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Import clinic settings</source>
        <translation>Klinikeinstellungen importieren</translation>
    </message>
    <message>
        <source>These settings could not be imported</source>
        <translation>Diese Einstellungen konnten nicht importiert werden</translation>
    </message>
</context>
<context>
    <name>DialogsCompare</name>
    <message>
        <source>Compare pathways</source>
        <translation>Behandlungswege vergleichen</translation>
    </message>
    <message>
        <source>What changed, step by step</source>
        <translation>Was sich geändert hat, Schritt für Schritt</translation>
    </message>
    <message>
        <source>Short values show the old and new words; long texts say only that they changed.</source>
        <translation>Kurze Werte zeigen die alten und neuen Worte; bei langen Texten steht nur, dass sie sich geändert haben.</translation>
    </message>
    <message>
        <source>Compare with the &amp;bundled pathway</source>
        <translation>Mit dem &amp;mitgelieferten Behandlungsweg vergleichen</translation>
    </message>
    <message>
        <source>Compare with another &amp;file...</source>
        <translation>Mit einer anderen &amp;Datei vergleichen...</translation>
    </message>
    <message>
        <source>Export as &amp;PDF...</source>
        <translation>Als &amp;PDF exportieren...</translation>
    </message>
    <message>
        <source>%1 cannot be compared: it does not load.</source>
        <translation>%1 kann nicht verglichen werden: die Datei lässt sich nicht laden.</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <source>Base (as it was): %1
Changed (open now): %2</source>
        <translation>Grundlage (wie es war): %1
Geändert (jetzt geöffnet): %2</translation>
    </message>
</context>
<context>
    <name>DialogsDateFields</name>
    <message>
        <source>%1: “%2” is not a date the viewer can read. Type it like %3 or %4, or pick it from the calendar.</source>
        <translation>%1: „%2“ kann nicht als Datum gelesen werden. Geben Sie es so ein: %3 oder %4, oder wählen Sie es im Kalender.</translation>
    </message>
</context>
<context>
    <name>DialogsLocalChoices</name>
    <message>
        <source>Not set: patients are told their team will tell them</source>
        <translation>Nicht festgelegt: Patienten lesen, dass ihr Team es ihnen sagt</translation>
    </message>
    <message>
        <source>Our own words (type them below)</source>
        <translation>Unsere eigenen Worte (unten eingeben)</translation>
    </message>
    <message>
        <source>Your own words: %1</source>
        <translation>Ihre eigenen Worte: %1</translation>
    </message>
    <message>
        <source>What patients should read, in your clinic&apos;s words</source>
        <translation>Was Patienten lesen sollen, in den Worten Ihrer Klinik</translation>
    </message>
    <message>
        <source>What your centre does (this pathway&apos;s questions)</source>
        <translation>Wie Ihr Zentrum es macht (die Fragen dieses Behandlungswegs)</translation>
    </message>
</context>
<context>
    <name>DialogsProblems</name>
    <message>
        <source>This pathway file cannot be opened</source>
        <translation>Diese Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The app keeps showing the previous pathway.</source>
        <translation>Das Programm zeigt weiter den vorigen Behandlungsweg.</translation>
    </message>
    <message>
        <source>This pathway file cannot be changed here</source>
        <translation>Diese Datei kann hier nicht geändert werden</translation>
    </message>
    <message>
        <source>It cannot be changed in the viewer until they are fixed in a text editor; the map shows it as it was opened.</source>
        <translation>Sie kann im Programm erst geändert werden, wenn die aufgeführten Fehler in einem Texteditor behoben sind; die Karte zeigt sie so, wie sie geöffnet wurde.</translation>
    </message>
    <message>
        <source>The app shows its built-in pathway instead.</source>
        <translation>Das Programm zeigt stattdessen seinen eingebauten Behandlungsweg.</translation>
    </message>
    <message>
        <source>Whoever looks after the file can fix each line below and open it again.</source>
        <translation>Wer die Datei betreut, kann jede Zeile unten beheben und sie dann erneut öffnen.</translation>
    </message>
    <message>
        <source>%1 has %2. %3&lt;br&gt;%4</source>
        <translation>%1 hat %2. %3&lt;br&gt;%4</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>In der Datei gefundene Probleme</translation>
    </message>
    <message>
        <source>&amp;Copy problems</source>
        <translation>Probleme &amp;kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>DialogsSchedule</name>
    <message>
        <source>Set dates</source>
        <translation>Termine festlegen</translation>
    </message>
    <message>
        <source>Enter the planned date of day 0, %1, to see the dates of each step. The dates are only shown on screen and in the handout: nothing is saved, and they are forgotten when the viewer closes. No name is needed.</source>
        <translation>Geben Sie das geplante Datum von Tag 0 ein (%1), um die Termine jedes Schritts zu sehen. Die Termine erscheinen nur auf dem Bildschirm und im Merkblatt: Nichts wird gespeichert, und beim Schließen des Programms sind sie vergessen. Ein Name ist nicht nötig.</translation>
    </message>
    <message>
        <source>Planned date of day 0, %1</source>
        <translation>Geplantes Datum von Tag 0 (%1)</translation>
    </message>
    <message>
        <source>The %1 day is booked</source>
        <translation>Der Termin steht fest: %1</translation>
    </message>
    <message>
        <source>Booked %1 date</source>
        <translation>Fester Termin: %1</translation>
    </message>
    <message>
        <source>Planned day 0:</source>
        <translation>Geplanter Tag 0:</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a form label: the booked day as the pathway names it</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Show these dates</source>
        <translation>Diese Termine zeigen</translation>
    </message>
    <message>
        <source>Clear dates</source>
        <translation>Termine löschen</translation>
    </message>
    <message>
        <source>Remove the dates from every view</source>
        <translation>Die Termine aus allen Ansichten entfernen</translation>
    </message>
    <message>
        <source>No pathway is open.</source>
        <translation>Es ist kein Behandlungsweg geöffnet.</translation>
    </message>
    <message>
        <source>Planned day 0</source>
        <translation>Geplanter Tag 0</translation>
    </message>
    <message>
        <source>Day 0, %1: %2.</source>
        <translation>Tag 0, %1: %2.</translation>
    </message>
</context>
<context>
    <name>DialogsSignOff</name>
    <message>
        <source>Sign off this pathway</source>
        <translation>Diesen Behandlungsweg freigeben</translation>
    </message>
    <message>
        <source>Record that you have reviewed %1 (version %2). It becomes version %3, and the review and a line in its list of changes are saved in the file.</source>
        <translation>Halten Sie fest, dass Sie %1 (Version %2) geprüft haben. Daraus wird Version %3; die Prüfung und eine Zeile in der Liste der Änderungen werden in der Datei gespeichert.</translation>
    </message>
    <message>
        <source>e.g. Dr Jane Smith</source>
        <translation>z. B. Dr. Erika Muster</translation>
    </message>
    <message>
        <source>e.g. Consultant physician</source>
        <translation>z. B. Oberärztin oder Oberarzt</translation>
    </message>
    <message>
        <source>The day up to which the literature was searched for this review</source>
        <translation>Der Tag, bis zu dem für diese Prüfung die Literatur durchsucht wurde</translation>
    </message>
    <message>
        <source>What you checked or changed, e.g. &apos;Ward stay timings checked against our practice.&apos;</source>
        <translation>Was Sie geprüft oder geändert haben, z. B. &apos;Dauer des Stationsaufenthalts mit unserer Praxis abgeglichen.&apos;</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>Your &amp;role:</source>
        <translation>Ihre &amp;Funktion:</translation>
    </message>
    <message>
        <source>Reviewed &amp;on:</source>
        <translation>Geprüft &amp;am:</translation>
    </message>
    <message>
        <source>Next review &amp;due:</source>
        <translation>Nächste Prüfung &amp;fällig:</translation>
    </message>
    <message>
        <source>&amp;Evidence searched to:</source>
        <translation>&amp;Literatur durchsucht bis:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Zusammenfassung:</translation>
    </message>
    <message>
        <source>Only the pathway is signed: write nothing about a patient here.</source>
        <translation>Freigegeben wird nur der Behandlungsweg: schreiben Sie hier nichts über Patienten.</translation>
    </message>
    <message>
        <source>Sign off and save</source>
        <translation>Freigeben und speichern</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>Ihren Namen</translation>
    </message>
    <message>
        <source>your role</source>
        <translation>Ihre Funktion</translation>
    </message>
    <message>
        <source>a summary</source>
        <translation>eine Zusammenfassung</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>Geprüft am</translation>
    </message>
    <message>
        <source>Next review due</source>
        <translation>Nächste Prüfung fällig</translation>
    </message>
    <message>
        <source>Evidence searched to</source>
        <translation>Literatur durchsucht bis</translation>
    </message>
    <message>
        <source>Please give %1.</source>
        <translation>Bitte geben Sie %1 an.</translation>
    </message>
    <message>
        <source>The next review must be after the review day.</source>
        <translation>Die nächste Prüfung muss nach dem Prüfungstag liegen.</translation>
    </message>
    <message>
        <source>The evidence date cannot be after the review day.</source>
        <translation>Das Datum der Literatursuche darf nicht nach dem Prüfungstag liegen.</translation>
    </message>
</context>
<context>
    <name>DialogsSuggestions</name>
    <message>
        <source>Suggest a change</source>
        <translation>Eine Änderung vorschlagen</translation>
    </message>
    <message>
        <source>Your suggestion for the step “%1”:</source>
        <translation>Ihr Vorschlag zum Schritt „%1“:</translation>
    </message>
    <message>
        <source>e.g. This timing is wrong for us: our patients stay five days.</source>
        <translation>z. B. Diese Dauer stimmt bei uns nicht: unsere Patienten bleiben fünf Tage.</translation>
    </message>
    <message>
        <source>Keep suggestion</source>
        <translation>Vorschlag behalten</translation>
    </message>
    <message>
        <source>Suggestions for the content owner</source>
        <translation>Vorschläge für die Verantwortlichen des Inhalts</translation>
    </message>
    <message>
        <source>Suggestions made on this computer for this pathway. Export them and send the file to whoever owns the pathway&apos;s content.</source>
        <translation>Vorschläge zu diesem Behandlungsweg auf diesem Computer. Exportieren Sie sie und schicken Sie die Datei an die Verantwortlichen des Inhalts.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Exportieren...</translation>
    </message>
    <message>
        <source>Export suggestions</source>
        <translation>Vorschläge exportieren</translation>
    </message>
    <message>
        <source>The suggestions could not be exported: %1</source>
        <translation>Die Vorschläge konnten nicht exportiert werden: %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>bundled pathway</source>
        <translation>mitgelieferter Behandlungsweg</translation>
    </message>
</context>
<context>
    <name>EditingLinks</name>
    <message>
        <source>Main journey</source>
        <translation>Hauptweg</translation>
    </message>
    <message>
        <source>Only some people</source>
        <translation>Nur bei manchen</translation>
    </message>
    <message>
        <source>Goes back</source>
        <translation>Führt zurück</translation>
    </message>
    <message>
        <source>At the same time</source>
        <translation>Gleichzeitig</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Eine Person hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Person %1 in the care team: role</source>
        <translation>Person %1 im Behandlungsteam: Funktion</translation>
    </message>
    <message>
        <source>What the %1 does</source>
        <translation>Was %1 in diesem Schritt tut</translation>
    </message>
    <message>
        <source>Remove the %1 from this step</source>
        <translation>%1 aus diesem Schritt entfernen</translation>
    </message>
    <message>
        <source>add a person to &apos;%1&apos;</source>
        <translation>eine Person zu &apos;%1&apos; hinzufügen</translation>
    </message>
    <message>
        <source>remove a person from &apos;%1&apos;</source>
        <translation>eine Person aus &apos;%1&apos; entfernen</translation>
    </message>
    <message>
        <source>Step a new arrow goes to</source>
        <translation>Schritt, zu dem ein neuer Pfeil führt</translation>
    </message>
    <message>
        <source>Add an arrow to:</source>
        <translation>Einen Pfeil hinzufügen zu:</translation>
    </message>
    <message>
        <source>Add</source>
        <comment>an arrow to the chosen step</comment>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add an arrow to the chosen step</source>
        <translation>Einen Pfeil zum gewählten Schritt hinzufügen</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Zu: %1</translation>
    </message>
    <message>
        <source>when this happens</source>
        <translation>wann das passiert</translation>
    </message>
    <message>
        <source>Arrow to %1: label</source>
        <translation>Pfeil zu %1: Beschriftung</translation>
    </message>
    <message>
        <source>Arrow to %1: kind</source>
        <translation>Pfeil zu %1: Art</translation>
    </message>
    <message>
        <source>Remove the arrow to %1</source>
        <translation>Den Pfeil zu %1 entfernen</translation>
    </message>
    <message>
        <source>change the words of an arrow</source>
        <translation>die Worte eines Pfeils ändern</translation>
    </message>
    <message>
        <source>remove the words of an arrow</source>
        <translation>die Worte eines Pfeils entfernen</translation>
    </message>
</context>
<context>
    <name>EditingPathwayForm</name>
    <message>
        <source>Care team roles</source>
        <translation>Rollen im Behandlungsteam</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>What this role is</source>
        <translation>Was diese Rolle ist</translation>
    </message>
    <message>
        <source>Parts of the journey</source>
        <translation>Abschnitte des Wegs</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>DOI or web address</source>
        <translation>DOI oder Webadresse</translation>
    </message>
    <message>
        <source>Urgent signs (call at once)</source>
        <translation>Warnzeichen (sofort anrufen)</translation>
    </message>
    <message>
        <source>Sign, in patient words</source>
        <translation>Zeichen, in Worten für Patienten</translation>
    </message>
    <message>
        <source>Call: team or emergency</source>
        <translation>Anruf: team oder emergency (Notruf)</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>Geprüft am</translation>
    </message>
    <message>
        <source>Next review due</source>
        <translation>Nächste Prüfung fällig</translation>
    </message>
    <message>
        <source>Literature searched up to</source>
        <translation>Literatur durchsucht bis</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>%1, number %2: %3</source>
        <translation>%1, Nummer %2: %3</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove %1, number %2</source>
        <translation>%1, Nummer %2 entfernen</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>add to %1</source>
        <translation>zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>remove from %1</source>
        <translation>aus %1 entfernen</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Geprüft von</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Change the whole pathway</source>
        <translation>Ganzen Behandlungsweg ändern</translation>
    </message>
    <message>
        <source>change the review dates</source>
        <translation>die Prüfdaten ändern</translation>
    </message>
</context>
<context>
    <name>EditingProblemsView</name>
    <message>
        <source>No problems: this pathway can be saved.</source>
        <translation>Keine Probleme: dieser Behandlungsweg kann gespeichert werden.</translation>
    </message>
    <message>
        <source>This pathway can be saved, but these words are still the editor&apos;s placeholders:</source>
        <translation>Dieser Behandlungsweg kann gespeichert werden, aber diese Worte sind noch die Platzhalter des Editors:</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Problems in the pathway being edited: choose one to go to it</source>
        <translation>Probleme im bearbeiteten Behandlungsweg: eines wählen, um dorthin zu gehen</translation>
    </message>
    <message>
        <source>Undo history: choose a line to go back to it</source>
        <translation>Verlauf der Änderungen: eine Zeile wählen, um dorthin zurückzugehen</translation>
    </message>
    <message>
        <source>The pathway as it was opened</source>
        <translation>Der Behandlungsweg, wie er geöffnet wurde</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Verlauf der Änderungen</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
</context>
<context>
    <name>EditingSession</name>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>part of the journey</source>
        <translation>Abschnitt des Wegs</translation>
    </message>
    <message>
        <source>patient text</source>
        <translation>Patiententext</translation>
    </message>
    <message>
        <source>clinical text</source>
        <translation>klinischen Text</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>timing</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>Orte</translation>
    </message>
    <message>
        <source>care team</source>
        <translation>Behandlungsteam</translation>
    </message>
    <message>
        <source>what to expect</source>
        <translation>Erwartungen</translation>
    </message>
    <message>
        <source>how to prepare</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>warning signs</source>
        <translation>Warnzeichen</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>change %1 of &apos;%2&apos;</source>
        <translation>%1 von &apos;%2&apos; ändern</translation>
    </message>
    <message>
        <source>change an arrow</source>
        <translation>einen Pfeil ändern</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>change</source>
        <translation>ändern</translation>
    </message>
</context>
<context>
    <name>EditingStepForm</name>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <source>The step</source>
        <translation>Der Schritt</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Part of the journey</source>
        <translation>Abschnitt des Wegs</translation>
    </message>
    <message>
        <source>How long and when</source>
        <translation>Wie lange und wann</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Wie lange</translation>
    </message>
    <message>
        <source>Outpatient clinic</source>
        <translation>Ambulanz</translation>
    </message>
    <message>
        <source>Hospital ward</source>
        <translation>Krankenhausstation</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>Labor</translation>
    </message>
    <message>
        <source>At home</source>
        <translation>Zu Hause</translation>
    </message>
    <message>
        <source>Near the treatment centre</source>
        <translation>In der Nähe des Behandlungszentrums</translation>
    </message>
    <message>
        <source>%1: at least</source>
        <translation>%1: mindestens</translation>
    </message>
    <message>
        <source>%1: at most</source>
        <translation>%1: höchstens</translation>
    </message>
    <message>
        <source>%1: unit</source>
        <translation>%1: Einheit</translation>
    </message>
    <message>
        <source>The length is an estimate</source>
        <translation>Die Dauer ist geschätzt</translation>
    </message>
    <message>
        <source>Days from day 0</source>
        <translation>Tage ab Tag 0</translation>
    </message>
    <message>
        <source>%1: first day</source>
        <translation>%1: erster Tag</translation>
    </message>
    <message>
        <source>%1: last day</source>
        <translation>%1: letzter Tag</translation>
    </message>
    <message>
        <source>The days are an estimate</source>
        <translation>Die Tage sind geschätzt</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was passiert</translation>
    </message>
    <message>
        <source>For the patient, in plain words</source>
        <translation>Für den Patienten, in einfachen Worten</translation>
    </message>
    <message>
        <source>Clinical details (for staff)</source>
        <translation>Klinische Einzelheiten (für Fachpersonal)</translation>
    </message>
    <message>
        <source>Where and who</source>
        <translation>Wo und wer</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Care team</source>
        <translation>Behandlungsteam</translation>
    </message>
    <message>
        <source>For the patient (one item per line)</source>
        <translation>Für den Patienten (ein Punkt pro Zeile)</translation>
    </message>
    <message>
        <source>What to expect</source>
        <translation>Was Sie erwartet</translation>
    </message>
    <message>
        <source>How to prepare</source>
        <translation>Wie Sie sich vorbereiten</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Warnzeichen</translation>
    </message>
    <message>
        <source>Sources (ids, one per line)</source>
        <translation>Quellen (IDs, eine pro Zeile)</translation>
    </message>
    <message>
        <source>Arrows from this step</source>
        <translation>Pfeile von diesem Schritt</translation>
    </message>
    <message>
        <source>Add a step after this</source>
        <translation>Einen Schritt danach einfügen</translation>
    </message>
    <message>
        <source>Add a branch from this</source>
        <translation>Eine Abzweigung von hier einfügen</translation>
    </message>
    <message>
        <source>Delete this step</source>
        <translation>Diesen Schritt löschen</translation>
    </message>
    <message>
        <source>Change the step</source>
        <translation>Schritt ändern</translation>
    </message>
    <message>
        <source>Click a step on the map to change it.</source>
        <translation>Klicken Sie auf einen Schritt in der Karte, um ihn zu ändern.</translation>
    </message>
    <message>
        <source>Changing: %1</source>
        <translation>Wird geändert: %1</translation>
    </message>
</context>
<context>
    <name>EditingStructure</name>
    <message>
        <source>add a branch after &apos;%1&apos;</source>
        <translation>Abzweigung nach &apos;%1&apos; einfügen</translation>
    </message>
    <message>
        <source>add a step after &apos;%1&apos;</source>
        <translation>Schritt nach &apos;%1&apos; einfügen</translation>
    </message>
    <message>
        <source>add step</source>
        <translation>Schritt einfügen</translation>
    </message>
    <message>
        <source>add arrow</source>
        <translation>Pfeil hinzufügen</translation>
    </message>
    <message>
        <source>delete step &apos;%1&apos;</source>
        <translation>Schritt &apos;%1&apos; löschen</translation>
    </message>
    <message>
        <source>remove arrow</source>
        <translation>Pfeil entfernen</translation>
    </message>
    <message>
        <source>remove step</source>
        <translation>Schritt entfernen</translation>
    </message>
    <message>
        <source>add arrow to &apos;%1&apos;</source>
        <translation>Pfeil zu &apos;%1&apos; hinzufügen</translation>
    </message>
    <message>
        <source>remove arrow %1 → %2</source>
        <translation>Pfeil %1 → %2 entfernen</translation>
    </message>
    <message>
        <source>change the kind of arrow %1</source>
        <translation>Art von Pfeil %1 ändern</translation>
    </message>
</context>
<context>
    <name>EditingUnfinished</name>
    <message>
        <source>still the editor&apos;s placeholder words (“%1”): write this pathway&apos;s own words</source>
        <translation>noch die Platzhalter-Worte des Editors („%1“): schreiben Sie die eigenen Worte dieses Behandlungswegs</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>There is no pathway to export.</source>
        <translation>Es gibt keinen Behandlungsweg zum Exportieren.</translation>
    </message>
    <message>
        <source>Cannot export to %1: the name has no extension to say the format. Use a name ending in .png (picture), .svg (drawing) or .pdf (document).</source>
        <translation>Export nach %1 nicht möglich: Der Name hat keine Endung, die das Format angibt. Verwenden Sie einen Namen, der auf .png (Bild), .svg (Zeichnung) oder .pdf (Dokument) endet.</translation>
    </message>
    <message>
        <source>Cannot export to %1: %2 is not a supported format. Use a name ending in .png (picture), .svg (drawing) or .pdf (document).</source>
        <translation>Export nach %1 nicht möglich: %2 ist kein unterstütztes Format. Verwenden Sie einen Namen, der auf .png (Bild), .svg (Zeichnung) oder .pdf (Dokument) endet.</translation>
    </message>
    <message>
        <source>This journey is too long for a picture: %1 x %2 pixels, where most picture viewers open %3 at most. Save it as .svg or .pdf instead: they keep every word sharp at any size.</source>
        <translation>Dieser Behandlungsweg ist für ein Bild zu lang: %1 x %2 Pixel, während die meisten Bildbetrachter höchstens %3 Pixel öffnen. Speichern Sie ihn stattdessen als .svg oder .pdf: Dort bleibt jedes Wort in jeder Größe scharf.</translation>
    </message>
    <message>
        <source>The picture would be too large (%1 x %2 pixels); try a smaller scale.</source>
        <translation>Das Bild wäre zu groß (%1 x %2 Pixel); versuchen Sie einen kleineren Maßstab.</translation>
    </message>
    <message>
        <source>Could not write the picture to %1</source>
        <translation>Das Bild konnte nicht nach %1 geschrieben werden</translation>
    </message>
    <message>
        <source>Could not write the drawing to %1</source>
        <translation>Die Zeichnung konnte nicht nach %1 geschrieben werden</translation>
    </message>
    <message>
        <source>Could not write the document to %1</source>
        <translation>Das Dokument konnte nicht nach %1 geschrieben werden</translation>
    </message>
</context>
<context>
    <name>FileFilters</name>
    <message>
        <source>Clinic settings (*.json);;All files (*)</source>
        <translation>Klinikeinstellungen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Pathway files (*.yaml *.yml *.json);;All files (*)</source>
        <translation>Behandlungswege (*.yaml *.yml *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV) (*.csv);;JSON (*.json)</source>
        <translation>Tabelle (CSV) (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Pathway file (*.yaml *.yml)</source>
        <translation>Behandlungsweg (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
</context>
<context>
    <name>JourneyArrows</name>
    <message>
        <source>Main journey</source>
        <translation>Hauptweg</translation>
    </message>
    <message>
        <source>Another path, only if needed</source>
        <translation>Ein anderer Weg, nur wenn nötig</translation>
    </message>
    <message>
        <source>Going back to an earlier step</source>
        <translation>Zurück zu einem früheren Schritt</translation>
    </message>
    <message>
        <source>A step only some people need</source>
        <translation>Ein Schritt, den nur manche brauchen</translation>
    </message>
    <message>
        <source>At the same time, not another way</source>
        <translation>Gleichzeitig, kein anderer Weg</translation>
    </message>
    <message>
        <source>The line goes on at the same number</source>
        <translation>Die Linie geht bei derselben Nummer weiter</translation>
    </message>
    <message>
        <source>The journey stops at this step</source>
        <translation>Der Weg endet bei diesem Schritt</translation>
    </message>
</context>
<context>
    <name>JourneyItems</name>
    <message>
        <source>also here</source>
        <translation>auch hier</translation>
    </message>
    <message>
        <source>Part of the journey: %1</source>
        <translation>Abschnitt des Wegs: %1</translation>
    </message>
    <message>
        <source>The same step, drawn again near the steps that lead to it.</source>
        <translation>Derselbe Schritt, noch einmal gezeichnet bei den Schritten, die zu ihm führen.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>L&amp;anguage</source>
        <translation>Sprac&amp;he</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Sprache des Systems (%1)</translation>
    </message>
    <message>
        <source>The viewer will be in %1 the next time you start it. Handouts and exports follow it too.</source>
        <translation>Beim nächsten Start erscheint das Programm in der Sprache %1. Merkblätter und Exporte folgen ihr auch.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The file</source>
        <translation>Die Datei</translation>
    </message>
    <message>
        <source>Journey: the steps of the treatment, in order</source>
        <translation>Weg: die Schritte der Behandlung, der Reihe nach</translation>
    </message>
    <message>
        <source>Each step is an item. Arrow keys move along the journey; Enter shows the step&apos;s details.</source>
        <translation>Jeder Schritt ist ein Eintrag. Die Pfeiltasten gehen den Weg entlang; die Eingabetaste zeigt die Details des Schritts.</translation>
    </message>
    <message>
        <source>%1 (day 0)</source>
        <translation>%1 (Tag 0)</translation>
    </message>
    <message>
        <source>Day 0</source>
        <translation>Tag 0</translation>
    </message>
    <message>
        <source>%1: %2 (not saved)</source>
        <translation>%1: %2 (nicht gespeichert)</translation>
    </message>
    <message>
        <source>The dates are kept only while the viewer is open. Tools &gt; Set dates changes or clears them.</source>
        <translation>Die Termine bleiben nur erhalten, solange das Programm offen ist. Extras &gt; Termine festlegen ändert oder löscht sie.</translation>
    </message>
    <message>
        <source>Words for clinicians: clinical details shown too</source>
        <translation>Worte für Fachpersonal: auch die klinischen Einzelheiten</translation>
    </message>
    <message>
        <source>Words for patients: plain words only</source>
        <translation>Worte für Patienten: nur einfache Worte</translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation>Wegkarte</translation>
    </message>
    <message>
        <source>Journey map: {title}</source>
        <translation>Wegkarte: {title}</translation>
    </message>
    <message>
        <source>No step selected: click a step, or use the arrow keys</source>
        <translation>Kein Schritt gewählt: klicken Sie auf einen Schritt oder nutzen Sie die Pfeiltasten</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>Schritt: %1</translation>
    </message>
    <message>
        <source>Showing the steps of: %1</source>
        <translation>Gezeigt werden die Schritte von: %1</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <source>The pathway&apos;s own words, as its file says</source>
        <translation>Die eigenen Worte des Behandlungswegs, wie in seiner Datei</translation>
    </message>
    <message>
        <source>The pathway&apos;s words from its translation file; untranslated parts stay in the original</source>
        <translation>Die Worte des Behandlungswegs aus seiner Übersetzungsdatei; nicht übersetzte Teile bleiben im Original</translation>
    </message>
    <message>
        <source>Leave edit mode first</source>
        <translation>Beenden Sie zuerst das Bearbeiten</translation>
    </message>
    <message>
        <source>While you edit, the pathway is shown in its own language. Save your changes and turn off Edit &gt; Edit pathway to choose another language.</source>
        <translation>Beim Bearbeiten wird der Behandlungsweg in seiner eigenen Sprache gezeigt. Speichern Sie Ihre Änderungen und schalten Sie Bearbeiten &gt; Behandlungsweg bearbeiten aus, um eine andere Sprache zu wählen.</translation>
    </message>
    <message>
        <source>Content lan&amp;guage</source>
        <translation>Spra&amp;che des Inhalts</translation>
    </message>
    <message>
        <source>Disclaimer</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Prüfung</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Text si&amp;ze</source>
        <translation>Te&amp;xtgröße</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>&amp;Details zeigen</translation>
    </message>
    <message>
        <source>Show or hide the step details panel</source>
        <translation>Den Bereich mit den Details des Schritts zeigen oder verbergen</translation>
    </message>
    <message>
        <source>Show &amp;care team</source>
        <translation>Behandlungs&amp;team zeigen</translation>
    </message>
    <message>
        <source>Show or hide the care team panel</source>
        <translation>Den Bereich mit dem Behandlungsteam zeigen oder verbergen</translation>
    </message>
    <message>
        <source>Co&amp;lours</source>
        <translation>Far&amp;ben</translation>
    </message>
    <message>
        <source>Show o&amp;utline</source>
        <translation>G&amp;liederung zeigen</translation>
    </message>
    <message>
        <source>Show or hide the journey as a list of steps and branches</source>
        <translation>Den Weg als Liste von Schritten und Abzweigungen zeigen oder ausblenden</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation>Wegkarte</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source> Words for: </source>
        <translation> Worte für: </translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patienten</translation>
    </message>
    <message>
        <source>Clinicians</source>
        <translation>Fachpersonal</translation>
    </message>
    <message>
        <source>Set dates...</source>
        <translation>Termine...</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Präsentieren</translation>
    </message>
    <message>
        <source>More toolbar commands</source>
        <translation>Weitere Befehle der Werkzeugleiste</translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <source>Outline of the journey: steps, with their branches under them</source>
        <translation>Gliederung des Wegs: Schritte, mit ihren Abzweigungen darunter</translation>
    </message>
    <message>
        <source>Up and Down move between steps, Right opens a step&apos;s branches; the chosen step shows in the details.</source>
        <translation>Pfeil hoch und runter wechseln zwischen den Schritten, Pfeil rechts öffnet die Abzweigungen eines Schritts; der gewählte Schritt erscheint in den Details.</translation>
    </message>
</context>
<context>
    <name>OutputHandout</name>
    <message>
        <source>Emergency: %1</source>
        <translation>Notruf: %1</translation>
    </message>
</context>
<context>
    <name>OutputHandoutContacts</name>
    <message>
        <source>Who to call, and local rules</source>
        <translation>Wen Sie anrufen, und örtliche Regeln</translation>
    </message>
    <message>
        <source>Who to call</source>
        <translation>Wen Sie anrufen</translation>
    </message>
    <message>
        <source>Local rules from your clinic</source>
        <translation>Örtliche Regeln Ihrer Klinik</translation>
    </message>
    <message>
        <source>Your care team</source>
        <translation>Ihr Behandlungsteam</translation>
    </message>
    <message>
        <source>Write the numbers your team gives you in the right-hand column.</source>
        <translation>Schreiben Sie die Nummern, die Ihr Team Ihnen gibt, in die rechte Spalte.</translation>
    </message>
    <message>
        <source>%1 if you have:</source>
        <translation>%1, wenn Sie Folgendes haben:</translation>
    </message>
    <message>
        <source>Do not wait for your next visit.</source>
        <translation>Warten Sie nicht bis zum nächsten Termin.</translation>
    </message>
    <message>
        <source>Who</source>
        <comment>the care-team role a phone number is for</comment>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Emergency number: %1</source>
        <translation>Notrufnummer: %1</translation>
    </message>
    <message>
        <source>Ask your team which number to use, and write it here.</source>
        <translation>Fragen Sie Ihr Team, welche Nummer Sie wählen sollen, und schreiben Sie sie hier auf.</translation>
    </message>
    <message>
        <source>In an emergency, day or night, call</source>
        <translation>Im Notfall, Tag und Nacht, rufen Sie an:</translation>
    </message>
</context>
<context>
    <name>OutputHandoutHtml</name>
    <message>
        <source>For you and the people supporting you</source>
        <translation>Für Sie und die Menschen, die Sie unterstützen</translation>
    </message>
    <message>
        <source>For clinicians and staff (includes clinical details)</source>
        <translation>Für Ärzte und Fachpersonal (mit klinischen Einzelheiten)</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Klinik</translation>
    </message>
    <message>
        <source>Prepared on</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <source>%1 (day 0)</source>
        <translation>%1 (Tag 0)</translation>
    </message>
    <message>
        <source>Your journey at a glance</source>
        <translation>Ihr Weg auf einen Blick</translation>
    </message>
    <message>
        <source>The steps, one by one</source>
        <translation>Die Schritte, einer nach dem anderen</translation>
    </message>
    <message>
        <source>Other paths some people take</source>
        <translation>Andere Wege, die manche gehen</translation>
    </message>
    <message>
        <source>Words used in this guide</source>
        <translation>Wörter in diesem Leitfaden</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>In this guide</source>
        <translation>In diesem Leitfaden</translation>
    </message>
    <message>
        <source>The picture shows every step. The main journey is the path most people follow; the side paths show what can happen to some people.</source>
        <translation>Das Bild zeigt jeden Schritt. Der Hauptweg ist der Weg, den die meisten gehen; die Nebenwege zeigen, was bei manchen passieren kann.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Typical timing</source>
        <translation>Übliche Zeit</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Wie lange</translation>
    </message>
    <message>
        <source>Your dates</source>
        <translation>Ihre Termine</translation>
    </message>
    <message>
        <source>varies</source>
        <translation>unterschiedlich</translation>
    </message>
    <message>
        <source>to be agreed</source>
        <translation>wird noch vereinbart</translation>
    </message>
    <message>
        <source>The main journey, step by step</source>
        <translation>Der Hauptweg, Schritt für Schritt</translation>
    </message>
    <message>
        <source>The picture shows every step of the journey, in order.</source>
        <translation>Das Bild zeigt jeden Schritt des Wegs, der Reihe nach.</translation>
    </message>
    <message>
        <source>Day 0 is %1. Day -5 means five days before it.</source>
        <translation>Tag 0 ist %1. Tag -5 heißt fünf Tage davor.</translation>
    </message>
    <message>
        <source>“How long” is the time the step itself takes; “when” is the stretch of days it happens in.</source>
        <translation>„Wie lange“ ist die Zeit, die der Schritt selbst dauert; „wann“ ist die Zeitspanne, in der er stattfindet.</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>Part of the journey: %1</source>
        <translation>Abschnitt des Wegs: %1</translation>
    </message>
    <message>
        <source>At the same time: %1</source>
        <translation>Gleichzeitig: %1</translation>
    </message>
    <message>
        <source>Not everyone follows the main journey. These are the other things that can happen, and what they mean for you.</source>
        <translation>Nicht alle gehen den Hauptweg. Hier steht, was sonst passieren kann und was das für Sie bedeutet.</translation>
    </message>
    <message>
        <source>Going back to an earlier step</source>
        <translation>Zurück zu einem früheren Schritt</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1:&lt;/b&gt; from &amp;#8220;%2&amp;#8221; back to &amp;#8220;%3&amp;#8221;.</source>
        <translation>&lt;b&gt;%1:&lt;/b&gt; von &amp;#8222;%2&amp;#8220; zurück zu &amp;#8222;%3&amp;#8220;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1:&lt;/b&gt; from &amp;#8220;%2&amp;#8221; on to &amp;#8220;%3&amp;#8221;.</source>
        <translation>&lt;b&gt;%1:&lt;/b&gt; von &amp;#8222;%2&amp;#8220; weiter zu &amp;#8222;%3&amp;#8220;.</translation>
    </message>
    <message>
        <source>Going straight to the end of the journey</source>
        <translation>Direkt zum Ende des Weges</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1:&lt;/b&gt; from &amp;#8220;%2&amp;#8221; straight to &amp;#8220;%3&amp;#8221;, where the journey ends.</source>
        <translation>&lt;b&gt;%1:&lt;/b&gt; von &amp;#8222;%2&amp;#8220; direkt zu &amp;#8222;%3&amp;#8220;, wo der Weg endet.</translation>
    </message>
    <message>
        <source>%1 (after &amp;#8220;%2&amp;#8221;)</source>
        <translation>%1 (nach &amp;#8222;%2&amp;#8220;)</translation>
    </message>
    <message>
        <source>&lt;b&gt;When:&lt;/b&gt; %1.</source>
        <translation>&lt;b&gt;Wann:&lt;/b&gt; %1.</translation>
    </message>
    <message>
        <source>At the same time as &amp;#8220;%1&amp;#8221;.</source>
        <translation>Gleichzeitig mit &amp;#8222;%1&amp;#8220;.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Clinical details:&lt;/i&gt; %1</source>
        <translation>&lt;i&gt;Klinische Einzelheiten:&lt;/i&gt; %1</translation>
    </message>
    <message>
        <source>back to &amp;#8220;%1&amp;#8221;</source>
        <translation>zurück zu &amp;#8222;%1&amp;#8220;</translation>
    </message>
    <message>
        <source>%1: back to &amp;#8220;%2&amp;#8221;</source>
        <translation>%1: zurück zu &amp;#8222;%2&amp;#8220;</translation>
    </message>
    <message>
        <source>%1: on to &amp;#8220;%2&amp;#8221;</source>
        <translation>%1: weiter zu &amp;#8222;%2&amp;#8220;</translation>
    </message>
    <message>
        <source>next</source>
        <translation>danach</translation>
    </message>
    <message>
        <source>&lt;b&gt;Afterwards:&lt;/b&gt; %1.</source>
        <translation>&lt;b&gt;Danach:&lt;/b&gt; %1.</translation>
    </message>
    <message>
        <source>The steps above cite these sources by number. Where a source gives a web address, it is printed here as text.</source>
        <translation>Die Schritte oben nennen diese Quellen mit ihrer Nummer. Hat eine Quelle eine Webadresse, steht sie hier als Text.</translation>
    </message>
    <message>
        <source>About this guide</source>
        <translation>Über diesen Leitfaden</translation>
    </message>
    <message>
        <source>Sources: %1 (listed at the end).</source>
        <translation>Quellen: %1 (am Ende aufgeführt).</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <comment>a main step&apos;s number and title</comment>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Please read:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Bitte lesen:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Your journey, step by step</source>
        <translation>Ihr Weg, Schritt für Schritt</translation>
    </message>
    <message>
        <source>Planned %1</source>
        <comment>the day booked ahead, as the pathway names it</comment>
        <translation>Geplant: %1</translation>
    </message>
    <message>
        <source>Your dates are worked out from the planned date of %1 and the usual timings. Your team may change them: always go by what they tell you.</source>
        <translation>Ihre Termine sind aus den üblichen Zeiten und dem geplanten Datum von Tag 0 (%1) berechnet. Ihr Team kann sie ändern: Richten Sie sich immer nach dem, was Ihr Team Ihnen sagt.</translation>
    </message>
    <message>
        <source>Made with %1 %2 on %3.</source>
        <translation>Erstellt mit %1 %2 am %3.</translation>
    </message>
</context>
<context>
    <name>OutputJourneyPicture</name>
    <message>
        <source>The journey continues on the next page</source>
        <translation>Der Weg geht auf der nächsten Seite weiter</translation>
    </message>
</context>
<context>
    <name>OutputPagedText</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>OutputTrainingPdf</name>
    <message>
        <source>Training record: %1</source>
        <translation>Schulungsnachweis: %1</translation>
    </message>
</context>
<context>
    <name>PanelsCareTeam</name>
    <message>
        <source>Everyone (no filter)</source>
        <translation>Alle (kein Filter)</translation>
    </message>
    <message>
        <source>Care team</source>
        <translation>Behandlungsteam</translation>
    </message>
    <message>
        <source>Choose a person to see the steps they take part in.</source>
        <translation>Wählen Sie eine Person, um die Schritte zu sehen, an denen sie beteiligt ist.</translation>
    </message>
    <message>
        <source>Care team: choose a role to highlight their steps</source>
        <translation>Behandlungsteam: wählen Sie eine Rolle, um ihre Schritte hervorzuheben</translation>
    </message>
    <message>
        <source>Show every step the same way</source>
        <translation>Alle Schritte gleich zeigen</translation>
    </message>
</context>
<context>
    <name>PanelsDetails</name>
    <message>
        <source>Step details</source>
        <translation>Details zum Schritt</translation>
    </message>
    <message>
        <source>Change the step</source>
        <translation>Schritt ändern</translation>
    </message>
    <message>
        <source>No pathway is open.</source>
        <translation>Es ist kein Behandlungsweg geöffnet.</translation>
    </message>
    <message>
        <source>Click a step to see what happens, who is there and how to prepare.</source>
        <translation>Klicken Sie auf einen Schritt, um zu sehen, was passiert, wer dabei ist und wie Sie sich vorbereiten.</translation>
    </message>
    <message>
        <source>You can also use the arrow keys to move between steps, and Ctrl+F to search.</source>
        <translation>Mit den Pfeiltasten gehen Sie von Schritt zu Schritt, mit Strg+F suchen Sie.</translation>
    </message>
    <message>
        <source>Part of the journey: %1</source>
        <translation>Abschnitt des Wegs: %1</translation>
    </message>
    <message>
        <source>your clinic</source>
        <translation>Ihrer Klinik</translation>
    </message>
    <message>
        <source>Local rules from %1</source>
        <translation>Örtliche Regeln von %1</translation>
    </message>
    <message>
        <source>Words used on this page</source>
        <translation>Wörter auf dieser Seite</translation>
    </message>
    <message>
        <source>Words with a dotted line are explained here. Point at one, or click it, to see what it means.</source>
        <translation>Wörter mit gepunkteter Linie werden hier erklärt. Zeigen Sie auf ein Wort oder klicken Sie es an, um die Erklärung zu sehen.</translation>
    </message>
</context>
<context>
    <name>PanelsSearchBar</name>
    <message>
        <source>Search steps (Ctrl+F)</source>
        <translation>Schritte suchen (Strg+F)</translation>
    </message>
    <message>
        <source>No step found</source>
        <translation>Kein Schritt gefunden</translation>
    </message>
    <message>
        <source>Search steps</source>
        <translation>Schritte suchen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>No step mentions &apos;%1&apos;</source>
        <translation>Kein Schritt erwähnt &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>PresentationChoices</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Something also happens at the same time. Press %1 to see it:</source>
        <translation>Gleichzeitig geschieht noch etwas. Drücken Sie %1, um es zu sehen:</translation>
    </message>
    <message>
        <source>Some people go another way here, and something also happens at the same time. Press %1 to see one:</source>
        <translation>Manche gehen hier einen anderen Weg, und gleichzeitig geschieht noch etwas. Drücken Sie %1, um eines davon zu sehen:</translation>
    </message>
    <message>
        <source>Some people go another way here. Press %1 to see that path:</source>
        <translation>Manche gehen hier einen anderen Weg. Drücken Sie %1, um diesen Weg zu sehen:</translation>
    </message>
    <message>
        <source>next</source>
        <translation>danach</translation>
    </message>
</context>
<context>
    <name>PresentationNotes</name>
    <message>
        <source>No presenter notes for this step.</source>
        <translation>Keine Notizen für die Vortragenden zu diesem Schritt.</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Jetzt: %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Danach: %1</translation>
    </message>
    <message>
        <source>Next: (the end of the journey)</source>
        <translation>Danach: (das Ende des Wegs)</translation>
    </message>
    <message>
        <source>Presenter view</source>
        <translation>Ansicht für Vortragende</translation>
    </message>
</context>
<context>
    <name>PresentationStrip</name>
    <message>
        <source>The whole journey. %1: step %2 of %3</source>
        <translation>Der ganze Weg. %1: Schritt %2 von %3</translation>
    </message>
</context>
<context>
    <name>PresentationView</name>
    <message>
        <source>You are here</source>
        <translation>Sie sind hier</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Präsentation</translation>
    </message>
    <message>
        <source>Presentation: one step of the journey at a time</source>
        <translation>Präsentation: ein Schritt des Wegs nach dem anderen</translation>
    </message>
    <message>
        <source>Side path from here</source>
        <translation>Nebenweg ab hier</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Only if needed: a side path at step %1 of %2</source>
        <translation>Nur wenn nötig: ein Nebenweg bei Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Only if needed: a side path</source>
        <translation>Nur wenn nötig: ein Nebenweg</translation>
    </message>
    <message>
        <source>Your dates: %1</source>
        <translation>Ihre Termine: %1</translation>
    </message>
    <message>
        <source>your clinic</source>
        <translation>Ihrer Klinik</translation>
    </message>
    <message>
        <source>Local rules from %1</source>
        <translation>Örtliche Regeln von %1</translation>
    </message>
    <message>
        <source>This is the last step of the journey.</source>
        <translation>Das ist der letzte Schritt des Wegs.</translation>
    </message>
    <message>
        <source>→  Next: %1</source>
        <translation>→  Weiter: %1</translation>
    </message>
    <message>
        <source>→  Back to: %1 (%2)</source>
        <translation>→  Zurück zu: %1 (%2)</translation>
    </message>
    <message>
        <source>→  Back to the main journey: %1</source>
        <translation>→  Zurück zum Hauptweg: %1</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Zurück</translation>
    </message>
    <message>
        <source>↓ More below</source>
        <translation>↓ Weiter unten mehr</translation>
    </message>
    <message>
        <source>N: notes</source>
        <translation>N: Notizen</translation>
    </message>
    <message>
        <source>Esc: leave</source>
        <translation>Esc: beenden</translation>
    </message>
</context>
<context>
    <name>SuggestionsDialog</name>
    <message>
        <source>Suggestions made on this computer</source>
        <translation>Vorschläge von diesem Computer</translation>
    </message>
</context>
<context>
    <name>TimelineItems</name>
    <message>
        <source>time squeezed to fit</source>
        <translation>Zeit gestaucht</translation>
    </message>
</context>
<context>
    <name>TimelineScene</name>
    <message>
        <source>No fixed day</source>
        <translation>Kein fester Tag</translation>
    </message>
    <message>
        <source>Main journey: the steps most people go through</source>
        <translation>Hauptweg: die Schritte, die die meisten durchlaufen</translation>
    </message>
    <message>
        <source>%1: some people also go through these steps</source>
        <translation>%1: manche durchlaufen auch diese Schritte</translation>
    </message>
    <message>
        <source>Day 0 is %1. More than 2 weeks before or after it, the time is squeezed (shaded), so that the busy days and the years of follow-up both fit.</source>
        <translation>Tag 0 ist %1. Mehr als 2 Wochen davor oder danach ist die Zeit gestaucht (schattiert), damit die vollen Tage und die Jahre der Nachsorge beide Platz haben.</translation>
    </message>
    <message>
        <source>Days count from %1 (day 0). Before day -14 and after day +14 the time is squeezed (shaded), so that the busy days and the years of follow-up both fit.</source>
        <translation>Die Tage zählen ab %1 (Tag 0). Vor Tag -14 und nach Tag +14 ist die Zeit gestaucht (schattiert), damit die vollen Tage und die Jahre der Nachsorge beide Platz haben.</translation>
    </message>
    <message>
        <source>Timings are typical: your team plans your own dates.</source>
        <translation>Die Zeiten sind üblich: Ihr Team plant Ihre eigenen Termine.</translation>
    </message>
    <message>
        <source>%1 (window)</source>
        <translation>%1 (Zeitfenster)</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline: the steps in the order they come (this pathway gives no days)</source>
        <translation>Zeitleiste: die Schritte in der Reihenfolge, in der sie kommen (dieser Behandlungsweg nennt keine Tage)</translation>
    </message>
    <message>
        <source>Timeline: the steps on a calendar of days around day 0</source>
        <translation>Zeitleiste: die Schritte auf einem Kalender der Tage um Tag 0</translation>
    </message>
    <message>
        <source>Each step is an item. Arrow keys move between the steps; Enter shows the step&apos;s details.</source>
        <translation>Jeder Schritt ist ein Eintrag. Die Pfeiltasten wechseln zwischen den Schritten; die Eingabetaste zeigt die Details des Schritts.</translation>
    </message>
</context>
<context>
    <name>TrainingQuestionPage</name>
    <message>
        <source>Show this step on the map</source>
        <translation>Diesen Schritt in der Karte zeigen</translation>
    </message>
    <message>
        <source>Check answer</source>
        <translation>Antwort prüfen</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Nächste Frage</translation>
    </message>
    <message>
        <source>Stop quiz</source>
        <translation>Quiz beenden</translation>
    </message>
    <message>
        <source>End the quiz now and see the results so far (Esc)</source>
        <translation>Das Quiz jetzt beenden und die Ergebnisse bis hierher sehen (Esc)</translation>
    </message>
    <message>
        <source>See results</source>
        <translation>Ergebnis ansehen</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>Richtig.</translation>
    </message>
    <message>
        <source>Not quite. The right answer is: %1</source>
        <translation>Nicht ganz. Die richtige Antwort ist: %1</translation>
    </message>
</context>
<context>
    <name>TrainingResultsPage</name>
    <message>
        <source>Passed: %1 of %2 right (%3 %; pass mark %4 %)</source>
        <translation>Bestanden: %1 von %2 richtig (%3 %; Bestehensgrenze %4 %)</translation>
    </message>
    <message>
        <source>Not passed yet: %1 of %2 right (%3 %; pass mark %4 %)</source>
        <translation>Noch nicht bestanden: %1 von %2 richtig (%3 %; Bestehensgrenze %4 %)</translation>
    </message>
    <message>
        <source>Right answer: %1</source>
        <translation>Richtige Antwort: %1</translation>
    </message>
    <message>
        <source>None: every answer was right.</source>
        <translation>Keine: jede Antwort war richtig.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Questions missed</source>
        <translation>Falsch beantwortete Fragen</translation>
    </message>
    <message>
        <source>Steps to revisit</source>
        <translation>Schritte zum Wiederholen</translation>
    </message>
    <message>
        <source>Optional; printed on the export only, never saved</source>
        <translation>Freiwillig; steht nur im Export, wird nie gespeichert</translation>
    </message>
    <message>
        <source>Export CSV...</source>
        <translation>CSV exportieren...</translation>
    </message>
    <message>
        <source>Export PDF...</source>
        <translation>PDF exportieren...</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Neue Runde</translation>
    </message>
    <message>
        <source>Trainee&apos;s name for the export:</source>
        <translation>Name der Person in Schulung für den Export:</translation>
    </message>
    <message>
        <source>Results: %1 (%2)</source>
        <translation>Ergebnis: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>TrainingView</name>
    <message>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <source>Train: questions from this pathway</source>
        <translation>Trainieren: Fragen aus diesem Behandlungsweg</translation>
    </message>
    <message>
        <source>The same seed gives the same questions in the same order</source>
        <translation>Derselbe Startwert ergibt dieselben Fragen in derselben Reihenfolge</translation>
    </message>
    <message>
        <source>The share of right answers that passes; kept in the settings</source>
        <translation>Der Anteil richtiger Antworten zum Bestehen; wird in den Einstellungen gespeichert</translation>
    </message>
    <message>
        <source>Start quiz</source>
        <translation>Quiz starten</translation>
    </message>
    <message>
        <source>Play scenario</source>
        <translation>Fallbeispiel spielen</translation>
    </message>
    <message>
        <source>Grading practice (CRS, ICE score, ICANS)</source>
        <translation>Einstufung üben (CRS, ICE-Score, ICANS)</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>Module:</source>
        <translation>Modul:</translation>
    </message>
    <message>
        <source>Questions:</source>
        <translation>Fragen:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Startwert:</translation>
    </message>
    <message>
        <source>Pass mark:</source>
        <translation>Bestehensgrenze:</translation>
    </message>
    <message>
        <source>Scenario: a patient&apos;s days, one event at a time</source>
        <translation>Fallbeispiel: die Tage eines Patienten, ein Ereignis nach dem anderen</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Fallbeispiel:</translation>
    </message>
    <message>
        <source>Grading practice</source>
        <translation>Einstufung üben</translation>
    </message>
    <message>
        <source>Cases graded by the ASTCT consensus rules. %1</source>
        <translation>Fälle, eingestuft nach den Konsensregeln der ASTCT. %1</translation>
    </message>
    <message>
        <source>The whole pathway</source>
        <translation>Der ganze Behandlungsweg</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Für: %1</translation>
    </message>
    <message>
        <source>This pathway has no scenarios for this module</source>
        <translation>Dieser Behandlungsweg hat keine Fallbeispiele für dieses Modul</translation>
    </message>
    <message>
        <source>scenario: %1</source>
        <translation>Fallbeispiel: %1</translation>
    </message>
    <message>
        <source>grading practice</source>
        <translation>Einstufung üben</translation>
    </message>
    <message>
        <source>Question %1 of %2  (%3)</source>
        <translation>Frage %1 von %2  (%3)</translation>
    </message>
</context>
<context>
    <name>WindowCrash</name>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <source>Something went wrong, but the app is still running and nothing was lost.</source>
        <translation>Etwas ist schiefgegangen, aber das Programm läuft weiter und nichts ist verloren.</translation>
    </message>
    <message>
        <source>You can carry on. If it happens again, please send this file to your IT support:</source>
        <translation>Sie können weiterarbeiten. Passiert es wieder, schicken Sie bitte diese Datei an Ihre IT-Betreuung:</translation>
    </message>
</context>
<context>
    <name>WindowDialogCommands</name>
    <message>
        <source>Quick guide</source>
        <translation>Kurzanleitung</translation>
    </message>
</context>
<context>
    <name>WindowEditCommands</name>
    <message>
        <source>Cannot edit this file</source>
        <translation>Diese Datei kann nicht bearbeitet werden</translation>
    </message>
    <message>
        <source>%1 cannot be read any more (%2). It may have been moved, renamed or deleted since it was opened. Open it again from where it is now.</source>
        <translation>%1 kann nicht mehr gelesen werden (%2). Vielleicht wurde sie seit dem Öffnen verschoben, umbenannt oder gelöscht. Öffnen Sie sie erneut dort, wo sie jetzt ist.</translation>
    </message>
    <message>
        <source>This step</source>
        <translation>Dieser Schritt</translation>
    </message>
    <message>
        <source>Whole pathway</source>
        <translation>Ganzer Behandlungsweg</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>The pathways that come with the viewer are part of it and are never changed. Save your pathway under another name, in a folder of your own.</source>
        <translation>Die Behandlungswege, die mit dem Programm mitgeliefert werden, gehören zu ihm und werden nie geändert. Speichern Sie Ihren Behandlungsweg unter einem anderen Namen in einem eigenen Ordner.</translation>
    </message>
    <message>
        <source>Nothing was saved; your changes are still here.</source>
        <translation>Nichts wurde gespeichert; Ihre Änderungen sind noch da.</translation>
    </message>
    <message>
        <source>This pathway cannot be saved yet</source>
        <translation>Dieser Behandlungsweg kann noch nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Click a problem in the Problems list to go to the step and the box to fix.</source>
        <translation>Klicken Sie auf ein Problem in der Liste Probleme, um zum Schritt und zum Feld zu gelangen, das zu beheben ist.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>The file was changed</source>
        <translation>Die Datei wurde geändert</translation>
    </message>
    <message>
        <source>%1 was changed by someone or something else since you began changing it here. Saving now replaces those changes with yours. To keep both, cancel and use Save As to save yours under another name.</source>
        <translation>%1 wurde von jemand anderem oder einem anderen Programm geändert, seit Sie hier mit dem Ändern begonnen haben. Wenn Sie jetzt speichern, werden diese Änderungen durch Ihre ersetzt. Um beide zu behalten, brechen Sie ab und speichern Ihre Fassung mit „Speichern unter“ unter einem anderen Namen.</translation>
    </message>
    <message>
        <source>Save over their changes</source>
        <translation>Fremde Änderungen überschreiben</translation>
    </message>
    <message>
        <source>Save the pathway as</source>
        <translation>Behandlungsweg speichern unter</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>You have changed the pathway and not saved it. Save the changes?</source>
        <translation>Sie haben den Behandlungsweg geändert und nicht gespeichert. Änderungen speichern?</translation>
    </message>
    <message>
        <source>Restore unsaved changes?</source>
        <translation>Nicht gespeicherte Änderungen wiederherstellen?</translation>
    </message>
    <message>
        <source>the bundled pathway</source>
        <translation>den mitgelieferten Behandlungsweg</translation>
    </message>
    <message>
        <source>The viewer closed while you were changing %1, before the changes were saved. Bring the changes back?</source>
        <translation>Das Programm wurde geschlossen, während Sie %1 geändert haben, bevor die Änderungen gespeichert waren. Änderungen wiederherstellen?</translation>
    </message>
</context>
<context>
    <name>WindowOpenCommands</name>
    <message>
        <source>Open pathway</source>
        <translation>Behandlungsweg öffnen</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>%1 is no longer at %2. It may have been moved or deleted, so it has been removed from Open recent.</source>
        <translation>%1 ist nicht mehr unter %2. Die Datei wurde vielleicht verschoben oder gelöscht und wurde daher aus Zuletzt geöffnet entfernt.</translation>
    </message>
</context>
<context>
    <name>WindowOutputCommands</name>
    <message>
        <source>Export view</source>
        <translation>Ansicht exportieren</translation>
    </message>
    <message>
        <source>The picture could not be saved</source>
        <translation>Das Bild konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Export handout</source>
        <translation>Merkblatt exportieren</translation>
    </message>
    <message>
        <source>The handout could not be saved</source>
        <translation>Das Merkblatt konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved the handout (%1 pages) to %2</source>
        <translation>Merkblatt (%1 Seiten) gespeichert unter %2</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>Merkblatt drucken</translation>
    </message>
    <message>
        <source>The handout could not be printed</source>
        <translation>Das Merkblatt konnte nicht gedruckt werden</translation>
    </message>
    <message>
        <source>Sent the handout (%1 pages) to the printer</source>
        <translation>Merkblatt (%1 Seiten) an den Drucker geschickt</translation>
    </message>
    <message>
        <source>Making the handout…</source>
        <translation>Das Merkblatt wird erstellt…</translation>
    </message>
</context>
<context>
    <name>WindowReviewCommands</name>
    <message>
        <source>Export the comparison</source>
        <translation>Vergleich exportieren</translation>
    </message>
    <message>
        <source>The comparison could not be saved</source>
        <translation>Der Vergleich konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved the comparison to %1</source>
        <translation>Vergleich gespeichert unter %1</translation>
    </message>
    <message>
        <source>This pathway cannot be signed off yet</source>
        <translation>Dieser Behandlungsweg kann noch nicht freigegeben werden</translation>
    </message>
    <message>
        <source>Save the signed pathway as</source>
        <translation>Freigegebenen Behandlungsweg speichern unter</translation>
    </message>
    <message>
        <source>The sign-off was not saved</source>
        <translation>Die Freigabe wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Signed off and saved %1</source>
        <translation>%1 freigegeben und gespeichert</translation>
    </message>
    <message>
        <source>Suggest a change</source>
        <translation>Eine Änderung vorschlagen</translation>
    </message>
    <message>
        <source>Click the step you want to suggest a change to, then try again.</source>
        <translation>Klicken Sie auf den Schritt, zu dem Sie eine Änderung vorschlagen möchten, und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <source>The suggestion was not kept</source>
        <translation>Der Vorschlag wurde nicht behalten</translation>
    </message>
    <message>
        <source>Suggestion kept. Review &gt; Suggestions lists and exports them.</source>
        <translation>Vorschlag behalten. Prüfung &gt; Vorschläge listet und exportiert sie.</translation>
    </message>
</context>
<context>
    <name>WindowTrainingCommands</name>
    <message>
        <source>Export training record</source>
        <translation>Schulungsnachweis exportieren</translation>
    </message>
    <message>
        <source>The training record could not be saved</source>
        <translation>Der Schulungsnachweis konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>&apos;%1&apos; is not a date written as YYYY-MM-DD</source>
        <translation>„%1“ ist kein Datum in der Form JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a real date: there is no month %2</source>
        <translation>„%1“ ist kein echtes Datum: Es gibt keinen Monat %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a real date: that month has %2 days</source>
        <translation>„%1“ ist kein echtes Datum: Dieser Monat hat %2 Tage</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a real date: there is no year 0</source>
        <translation>„%1“ ist kein echtes Datum: Es gibt kein Jahr 0</translation>
    </message>
    <message>
        <source>Educational information, not medical advice.</source>
        <translation>Informationen zum Lernen, keine ärztliche Beratung.</translation>
    </message>
    <message>
        <source>Educational, not medical advice. Talk to your care team about your own care.</source>
        <translation>Zum Lernen, keine ärztliche Beratung. Sprechen Sie mit Ihrem Behandlungsteam über Ihre eigene Behandlung.</translation>
    </message>
    <message>
        <source>For training only, not for treating a patient.</source>
        <translation>Nur für die Schulung, nicht für die Behandlung von Patienten.</translation>
    </message>
    <message>
        <source>Your team will tell you the local rules on staying near the centre and on driving.</source>
        <translation>Ihr Team sagt Ihnen die örtlichen Regeln, wie nah Sie am Zentrum bleiben müssen und wann Sie wieder selbst ein Fahrzeug fahren dürfen.</translation>
    </message>
    <message>
        <source>Talk to your care team about your own care.</source>
        <translation>Sprechen Sie mit Ihrem Behandlungsteam über Ihre eigene Behandlung.</translation>
    </message>
    <message>
        <source>Talk to your care team.</source>
        <translation>Sprechen Sie mit Ihrem Behandlungsteam.</translation>
    </message>
    <message>
        <source>Content last reviewed %1.</source>
        <translation>Inhalt zuletzt geprüft am %1.</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;font-size:large;&quot;&gt;
&lt;b&gt;Click a step&lt;/b&gt; to read what happens, who is there and how to prepare.&lt;br&gt;
&lt;b&gt;Arrow keys&lt;/b&gt; move from step to step; &lt;b&gt;Enter&lt;/b&gt; opens the details.&lt;br&gt;
&lt;b&gt;Care team&lt;/b&gt; (left): choose a person to light up the steps they take part in.&lt;br&gt;
&lt;b&gt;Ctrl+F&lt;/b&gt; searches; &lt;b&gt;Enter&lt;/b&gt; or &lt;b&gt;F3&lt;/b&gt; goes to the next match, &lt;b&gt;Shift+F3&lt;/b&gt; back.&lt;br&gt;
&lt;b&gt;Ctrl++ / Ctrl+-&lt;/b&gt; zoom; &lt;b&gt;Home&lt;/b&gt; shows the whole journey.&lt;br&gt;
&lt;b&gt;Ctrl+1 / Ctrl+2&lt;/b&gt; switch between words for patients and for clinicians.&lt;br&gt;
&lt;b&gt;Ctrl+J / Ctrl+T&lt;/b&gt; show the journey map or the timeline of days.&lt;br&gt;
&lt;b&gt;F5&lt;/b&gt; presents one step at a time, full screen; &lt;b&gt;N&lt;/b&gt; shows your notes; &lt;b&gt;Esc&lt;/b&gt; leaves.&lt;br&gt;
&lt;b&gt;Ctrl+D&lt;/b&gt; sets the patient&apos;s dates (never saved).&lt;br&gt;
&lt;b&gt;Ctrl+Shift+T&lt;/b&gt; trains staff: quizzes, scenarios and grading practice.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;font-size:large;&quot;&gt;
&lt;b&gt;Klicken Sie auf einen Schritt&lt;/b&gt;, um zu lesen, was passiert, wer dabei ist und wie Sie sich vorbereiten.&lt;br&gt;
&lt;b&gt;Pfeiltasten&lt;/b&gt; gehen von Schritt zu Schritt; &lt;b&gt;Eingabetaste&lt;/b&gt; öffnet die Details.&lt;br&gt;
&lt;b&gt;Behandlungsteam&lt;/b&gt; (links): wählen Sie eine Person, um die Schritte hervorzuheben, an denen sie beteiligt ist.&lt;br&gt;
&lt;b&gt;Strg+F&lt;/b&gt; sucht; &lt;b&gt;Eingabetaste&lt;/b&gt; oder &lt;b&gt;F3&lt;/b&gt; geht zum nächsten Treffer, &lt;b&gt;Umschalt+F3&lt;/b&gt; zurück.&lt;br&gt;
&lt;b&gt;Strg++ / Strg+-&lt;/b&gt; zoomt; &lt;b&gt;Pos1&lt;/b&gt; zeigt den ganzen Weg.&lt;br&gt;
&lt;b&gt;Strg+1 / Strg+2&lt;/b&gt; wechselt zwischen Worten für Patienten und für Fachpersonal.&lt;br&gt;
&lt;b&gt;Strg+J / Strg+T&lt;/b&gt; zeigt die Wegkarte oder die Zeitleiste der Tage.&lt;br&gt;
&lt;b&gt;F5&lt;/b&gt; präsentiert einen Schritt nach dem anderen im Vollbild; &lt;b&gt;N&lt;/b&gt; zeigt Ihre Notizen; &lt;b&gt;Esc&lt;/b&gt; beendet.&lt;br&gt;
&lt;b&gt;Strg+D&lt;/b&gt; legt die Termine des Patienten fest (werden nie gespeichert).&lt;br&gt;
&lt;b&gt;Strg+Umschalt+T&lt;/b&gt; schult das Personal: Quiz, Fallbeispiele und Übungen zur Einstufung.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was passiert</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Wie lange</translation>
    </message>
    <message>
        <source>Who is there</source>
        <translation>Wer dabei ist</translation>
    </message>
    <message>
        <source>What to bring and do</source>
        <translation>Was Sie mitbringen und tun</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Fragen, die Sie stellen können</translation>
    </message>
    <message>
        <source>Watch for these and tell your team</source>
        <translation>Achten Sie darauf und sagen Sie es Ihrem Team</translation>
    </message>
    <message>
        <source>Only if needed</source>
        <translation>Nur wenn nötig</translation>
    </message>
    <message>
        <source>Only some people need this step.</source>
        <translation>Nur manche brauchen diesen Schritt.</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>short date format: day, month, year</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>no fixed day</source>
        <translation>kein fester Tag</translation>
    </message>
    <message>
        <source>For staff:</source>
        <translation>Für Fachpersonal:</translation>
    </message>
    <message>
        <source>day 0</source>
        <translation>Tag 0</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>day %1 to %2</source>
        <translation>Tag %1 bis %2</translation>
    </message>
    <message>
        <source>the main treatment day</source>
        <translation>der Haupt­behandlungs­tag</translation>
    </message>
    <message>
        <source>(estimate: no source gives this)</source>
        <translation>(geschätzt: keine Quelle nennt das)</translation>
    </message>
    <message>
        <source>Your team will tell you the exact times.</source>
        <translation>Ihr Team sagt Ihnen die genauen Zeiten.</translation>
    </message>
    <message>
        <source>Call your team at once, day or night</source>
        <translation>Rufen Sie sofort Ihr Team an, Tag und Nacht</translation>
    </message>
    <message>
        <source>Call emergency services</source>
        <translation>Rufen Sie den Notruf an</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>the first amount of a range: from/between ...</comment>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n week(s)</source>
        <comment>the first amount of a range: from/between ...</comment>
        <translation>
            <numerusform>etwa %n Woche</numerusform>
            <numerusform>etwa %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n month(s)</source>
        <comment>the first amount of a range: from/between ...</comment>
        <translation>
            <numerusform>etwa %n Monat</numerusform>
            <numerusform>etwa %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n year(s)</source>
        <comment>the first amount of a range: from/between ...</comment>
        <translation>
            <numerusform>etwa %n Jahr</numerusform>
            <numerusform>etwa %n Jahren</numerusform>
        </translation>
    </message>
    <message>
        <source>1 year before</source>
        <translation>1 Jahr davor</translation>
    </message>
    <message>
        <source>6 months before</source>
        <translation>6 Monate davor</translation>
    </message>
    <message>
        <source>3 months before</source>
        <translation>3 Monate davor</translation>
    </message>
    <message>
        <source>day -56</source>
        <translation>Tag -56</translation>
    </message>
    <message>
        <source>day -28</source>
        <translation>Tag -28</translation>
    </message>
    <message>
        <source>day -14</source>
        <translation>Tag -14</translation>
    </message>
    <message>
        <source>day -7</source>
        <translation>Tag -7</translation>
    </message>
    <message>
        <source>day +7</source>
        <translation>Tag +7</translation>
    </message>
    <message>
        <source>day +14</source>
        <translation>Tag +14</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 Monat</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 Monate</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>6 Monate</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>2 years</source>
        <translation>2 Jahre</translation>
    </message>
    <message>
        <source>3 years</source>
        <translation>3 Jahre</translation>
    </message>
    <message>
        <source>5 years</source>
        <translation>5 Jahre</translation>
    </message>
    <message>
        <source>10 years</source>
        <translation>10 Jahre</translation>
    </message>
    <message>
        <source>15 years</source>
        <translation>15 Jahre</translation>
    </message>
    <message>
        <source>20 years</source>
        <translation>20 Jahre</translation>
    </message>
    <message>
        <source>30 years</source>
        <translation>30 Jahre</translation>
    </message>
    <message>
        <source>Day 0</source>
        <translation>Tag 0</translation>
    </message>
    <message>
        <source>%1 after</source>
        <comment>on a card</comment>
        <translation>%1 danach</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 before</source>
        <comment>on a card</comment>
        <translation>%1 davor</translation>
    </message>
    <message numerus="yes">
        <source>about %n week(s)</source>
        <translation>
            <numerusform>etwa %n Woche</numerusform>
            <numerusform>etwa %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n month(s)</source>
        <translation>
            <numerusform>etwa %n Monat</numerusform>
            <numerusform>etwa %n Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n year(s)</source>
        <translation>
            <numerusform>etwa %n Jahr</numerusform>
            <numerusform>etwa %n Jahre</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 before the main treatment day</source>
        <translation>%1 vor dem Haupt­behandlungs­tag</translation>
    </message>
    <message>
        <source>%1 after the main treatment day</source>
        <translation>%1 nach dem Haupt­behandlungs­tag</translation>
    </message>
    <message>
        <source>%1 before %2</source>
        <comment>an amount of time before day 0 as the pathway names it</comment>
        <translation>%1 vor Tag 0 (%2)</translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <comment>an amount of time after day 0 as the pathway names it</comment>
        <translation>%1 nach Tag 0 (%2)</translation>
    </message>
    <message>
        <source>On %1.</source>
        <comment>day 0 as the pathway names it</comment>
        <translation>An Tag 0 (%1).</translation>
    </message>
    <message>
        <source>On the main treatment day.</source>
        <translation>Am Haupt­behandlungs­tag.</translation>
    </message>
    <message>
        <source>%1 later</source>
        <translation>%1 später</translation>
    </message>
    <message>
        <source>Sometime between the main treatment day and %1.</source>
        <translation>Irgendwann zwischen dem Haupt­behandlungs­tag und %1.</translation>
    </message>
    <message>
        <source>From the main treatment day to %1.</source>
        <translation>Vom Haupt­behandlungs­tag bis %1.</translation>
    </message>
    <message>
        <source>Sometime between %1 and %2.</source>
        <translation>Irgendwann zwischen %1 und %2.</translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <translation>Von %1 bis %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>the second amount of a range: between ... and ...</comment>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n week(s)</source>
        <comment>the second amount of a range: between ... and ...</comment>
        <translation>
            <numerusform>etwa %n Woche</numerusform>
            <numerusform>etwa %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n month(s)</source>
        <comment>the second amount of a range: between ... and ...</comment>
        <translation>
            <numerusform>etwa %n Monat</numerusform>
            <numerusform>etwa %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n year(s)</source>
        <comment>the second amount of a range: between ... and ...</comment>
        <translation>
            <numerusform>etwa %n Jahr</numerusform>
            <numerusform>etwa %n Jahren</numerusform>
        </translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>a day before or after day 0, as a whole sentence</comment>
        <translation>Zeitpunkt: %1.</translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <comment>from day 0 as the pathway names it, to an amount later</comment>
        <translation>Von Tag 0 (%1) bis %2.</translation>
    </message>
    <message>
        <source>From %1 to that day.</source>
        <comment>to day 0, named just before</comment>
        <translation>Von %1 bis zu diesem Tag.</translation>
    </message>
    <message numerus="yes">
        <source>For %n day(s), %1.</source>
        <comment>how long a stretch lasts, then roughly when</comment>
        <translation>
            <numerusform>%n Tag lang, %1.</numerusform>
            <numerusform>%n Tage lang, %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sometime between %1 and %2.</source>
        <comment>between day 0 as the pathway names it and an amount later</comment>
        <translation>Irgendwann zwischen Tag 0 (%1) und %2.</translation>
    </message>
    <message>
        <source>Sometime between %1 and that day.</source>
        <comment>day 0, named just before</comment>
        <translation>Irgendwann zwischen %1 und diesem Tag.</translation>
    </message>
    <message>
        <source>%1, day 0 is %2</source>
        <translation>%1, Tag 0 ist %2</translation>
    </message>
    <message>
        <source>; happens on some day in this window</source>
        <translation>; findet an einem Tag in diesem Zeitfenster statt</translation>
    </message>
    <message>
        <source>about %1</source>
        <comment>an estimated range of time</comment>
        <translation>etwa %1</translation>
    </message>
    <message>
        <source>%1. Your team will tell you how long it takes for you</source>
        <translation>%1. Ihr Team sagt Ihnen, wie lange es bei Ihnen dauert</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>6 cycles, every 3 weeks</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>weniger als eine Minute</translation>
    </message>
    <message>
        <source>less than an hour</source>
        <translation>weniger als eine Stunde</translation>
    </message>
    <message>
        <source>less than a day</source>
        <translation>weniger als ein Tag</translation>
    </message>
    <message>
        <source>less than a week</source>
        <translation>weniger als eine Woche</translation>
    </message>
    <message>
        <source>less than a month</source>
        <translation>weniger als ein Monat</translation>
    </message>
    <message>
        <source>less than a year</source>
        <translation>weniger als ein Jahr</translation>
    </message>
    <message numerus="yes">
        <source>up to %n minute(s)</source>
        <translation>
            <numerusform>bis zu %n Minute</numerusform>
            <numerusform>bis zu %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %n hour(s)</source>
        <translation>
            <numerusform>bis zu %n Stunde</numerusform>
            <numerusform>bis zu %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %n day(s)</source>
        <translation>
            <numerusform>bis zu %n Tag</numerusform>
            <numerusform>bis zu %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %n week(s)</source>
        <translation>
            <numerusform>bis zu %n Woche</numerusform>
            <numerusform>bis zu %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %n month(s)</source>
        <translation>
            <numerusform>bis zu %n Monat</numerusform>
            <numerusform>bis zu %n Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %n year(s)</source>
        <translation>
            <numerusform>bis zu %n Jahr</numerusform>
            <numerusform>bis zu %n Jahre</numerusform>
        </translation>
    </message>
    <message>
        <source>up to %1 minutes</source>
        <translation>bis zu %1 Minuten</translation>
    </message>
    <message>
        <source>up to %1 hours</source>
        <translation>bis zu %1 Stunden</translation>
    </message>
    <message>
        <source>up to %1 days</source>
        <translation>bis zu %1 Tage</translation>
    </message>
    <message>
        <source>up to %1 weeks</source>
        <translation>bis zu %1 Wochen</translation>
    </message>
    <message>
        <source>up to %1 months</source>
        <translation>bis zu %1 Monate</translation>
    </message>
    <message>
        <source>up to %1 years</source>
        <translation>bis zu %1 Jahre</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>etwa %n Minute</numerusform>
            <numerusform>etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>etwa %n Stunde</numerusform>
            <numerusform>etwa %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n day(s)</source>
        <translation>
            <numerusform>etwa %n Tag</numerusform>
            <numerusform>etwa %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s)</source>
        <translation>
            <numerusform>%n Zyklus</numerusform>
            <numerusform>%n Zyklen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 minutes</source>
        <comment>a number with a fraction: about 1.5 minutes</comment>
        <translation>etwa %1 Minuten</translation>
    </message>
    <message>
        <source>about %1 hours</source>
        <comment>a number with a fraction: about 1.5 hours</comment>
        <translation>etwa %1 Stunden</translation>
    </message>
    <message>
        <source>about %1 days</source>
        <comment>a number with a fraction: about 1.5 days</comment>
        <translation>etwa %1 Tage</translation>
    </message>
    <message>
        <source>about %1 weeks</source>
        <comment>a number with a fraction: about 1.5 weeks</comment>
        <translation>etwa %1 Wochen</translation>
    </message>
    <message>
        <source>about %1 months</source>
        <comment>a number with a fraction: about 1.5 months</comment>
        <translation>etwa %1 Monate</translation>
    </message>
    <message>
        <source>about %1 years</source>
        <comment>a number with a fraction: about 1.5 years</comment>
        <translation>etwa %1 Jahre</translation>
    </message>
    <message>
        <source>%1 to %2 minutes</source>
        <translation>%1 bis %2 Minuten</translation>
    </message>
    <message>
        <source>%1 to %2 hours</source>
        <translation>%1 bis %2 Stunden</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>ungefähr am %1</translation>
    </message>
    <message>
        <source>%1 to %2 days</source>
        <translation>%1 bis %2 Tage</translation>
    </message>
    <message>
        <source>%1 to %2 weeks</source>
        <translation>%1 bis %2 Wochen</translation>
    </message>
    <message>
        <source>%1 to %2 months</source>
        <translation>%1 bis %2 Monate</translation>
    </message>
    <message>
        <source>%1 to %2 years</source>
        <translation>%1 bis %2 Jahre</translation>
    </message>
    <message>
        <source>%1 to %2 cycles</source>
        <translation>%1 bis %2 Zyklen</translation>
    </message>
    <message>
        <source>%1 to %2 sessions</source>
        <translation>%1 bis %2 Sitzungen</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>sometime between %1 and %2</source>
        <translation>irgendwann zwischen %1 und %2</translation>
    </message>
    <message>
        <source>about %1 to %2</source>
        <translation>ungefähr von %1 bis %2</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>date format: month and year</comment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>Emergency number: ask your team which number to call</source>
        <translation>Notrufnummer: Fragen Sie Ihr Team, welche Nummer Sie wählen sollen</translation>
    </message>
    <message>
        <source>Emergency number: %1</source>
        <translation>Notrufnummer: %1</translation>
    </message>
    <message>
        <source>Write it here</source>
        <translation>Hier eintragen</translation>
    </message>
    <message>
        <source>Due for review since %1</source>
        <translation>Prüfung fällig seit %1</translation>
    </message>
    <message>
        <source>Content version %1</source>
        <translation>Inhalt Version %1</translation>
    </message>
    <message>
        <source>last reviewed %1</source>
        <translation>zuletzt geprüft am %1</translation>
    </message>
    <message>
        <source>reviewed %1 by %2</source>
        <translation>geprüft am %1 von %2</translation>
    </message>
    <message>
        <source>next review %1</source>
        <translation>nächste Prüfung %1</translation>
    </message>
    <message>
        <source>evidence up to %1</source>
        <translation>Literatur bis %1</translation>
    </message>
    <message>
        <source>Outpatient clinic: you go home the same day</source>
        <translation>Ambulanz: Sie gehen am selben Tag nach Hause</translation>
    </message>
    <message>
        <source>Hospital ward: you stay in hospital</source>
        <translation>Krankenhausstation: Sie bleiben im Krankenhaus</translation>
    </message>
    <message>
        <source>Laboratory: you do not need to be there</source>
        <translation>Labor: Sie müssen nicht dabei sein</translation>
    </message>
    <message>
        <source>At home</source>
        <translation>Zu Hause</translation>
    </message>
    <message>
        <source>Near the treatment centre: you stay close by</source>
        <translation>In der Nähe des Behandlungszentrums: Sie bleiben in der Nähe</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>date format: weekday, day, month, year</comment>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>Clinical details (for staff)</source>
        <translation>Klinische Einzelheiten (für Fachpersonal)</translation>
    </message>
    <message>
        <source>How long: %1.</source>
        <translation>Wie lange: %1.</translation>
    </message>
    <message>
        <source>Usually %1.</source>
        <translation>Meist %1.</translation>
    </message>
    <message>
        <source>Typical timing: %1.</source>
        <translation>Übliche Zeit: %1.</translation>
    </message>
    <message>
        <source>Your planned dates: %1.</source>
        <translation>Ihre geplanten Termine: %1.</translation>
    </message>
    <message>
        <source>How long and when</source>
        <translation>Wie lange und wann</translation>
    </message>
    <message>
        <source>Your visit dates</source>
        <translation>Ihre Termine</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>At the same time</source>
        <translation>Gleichzeitig</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Wie oft</translation>
    </message>
    <message>
        <source>The end of this path</source>
        <translation>Das Ende dieses Wegs</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Who is there and what they do</source>
        <translation>Wer dabei ist und was sie tun</translation>
    </message>
    <message>
        <source>What to expect</source>
        <translation>Was Sie erwartet</translation>
    </message>
    <message>
        <source>How to prepare and what to bring</source>
        <translation>Wie Sie sich vorbereiten und was Sie mitbringen</translation>
    </message>
    <message>
        <source>Questions you may want to ask</source>
        <translation>Fragen, die Sie vielleicht stellen möchten</translation>
    </message>
    <message>
        <source>%1: call emergency services</source>
        <translation>%1: rufen Sie den Notruf an</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s), kept in %1</source>
        <translation>
            <numerusform>%n Vorschlag, gespeichert in %1</numerusform>
            <numerusform>%n Vorschläge, gespeichert in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) found: press Enter</source>
        <translation>
            <numerusform>%n Schritt gefunden: Eingabetaste drücken</numerusform>
            <numerusform>%n Schritte gefunden: Eingabetaste drücken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 before to %2 after</source>
        <translation>%1 davor bis %2 danach</translation>
    </message>
    <message>
        <source>day 0 to %1 after</source>
        <translation>Tag 0 bis %1 danach</translation>
    </message>
    <message>
        <source>%1 before to day 0</source>
        <translation>%1 davor bis Tag 0</translation>
    </message>
    <message>
        <source>days %1 to %2</source>
        <comment>a card&apos;s days for staff: days -28 to -6</comment>
        <translation>Tag %1 bis %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n step(s))</source>
        <translation>
            <numerusform>%1 (%n Schritt)</numerusform>
            <numerusform>%1 (%n Schritte)</numerusform>
        </translation>
    </message>
    <message>
        <source>if when once after until unless while before</source>
        <translation>wenn falls sobald nachdem bis solange während bevor sofern</translation>
    </message>
    <message>
        <source>if %1</source>
        <comment>a branch&apos;s condition</comment>
        <translation>wenn: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>an arrow&apos;s label (how often)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>back to %1</source>
        <comment>a way back to an earlier step</comment>
        <translation>zurück zu %1</translation>
    </message>
    <message>
        <source>back to %1 (%2)</source>
        <comment>a way back to an earlier step (what happens)</comment>
        <translation>zurück zu %1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>at the same time, if ...</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a step (the arrow&apos;s label)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Next, %1: %2</source>
        <comment>the first way out of a step: condition, step</comment>
        <translation>Danach, %1: %2</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <comment>the first way out of a step</comment>
        <translation>Danach: %1</translation>
    </message>
    <message>
        <source>; or, %1: %2</source>
        <comment>another way out of a step: condition, step</comment>
        <translation>; oder, %1: %2</translation>
    </message>
    <message>
        <source>; or: %1</source>
        <comment>another way out of a step</comment>
        <translation>; oder: %1</translation>
    </message>
    <message>
        <source>Part of the journey: %1.</source>
        <translation>Abschnitt des Wegs: %1.</translation>
    </message>
    <message>
        <source>Step %1 of %2 on the main journey.</source>
        <translation>Schritt %1 von %2 auf dem Hauptweg.</translation>
    </message>
    <message>
        <source>At the same time as: %1.</source>
        <translation>Gleichzeitig mit: %1.</translation>
    </message>
    <message>
        <source>Only some people take this step.</source>
        <translation>Nur manche gehen diesen Schritt.</translation>
    </message>
    <message>
        <source>Takes %1.</source>
        <comment>how long a step takes</comment>
        <translation>Dauer: %1.</translation>
    </message>
    <message>
        <source>When: %1.</source>
        <translation>Wann: %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an outline line: condition: step</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>as long as needed</source>
        <translation>so lange wie nötig</translation>
    </message>
    <message>
        <source>at the same time</source>
        <translation>gleichzeitig</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>This path of the journey ends here.</source>
        <translation>Dieser Teil des Wegs endet hier.</translation>
    </message>
    <message>
        <source>This pathway does not say on which days its steps happen. Here they are in the order they come. Your team will tell you when each one is.</source>
        <translation>Dieser Behandlungsweg sagt nicht, an welchen Tagen seine Schritte stattfinden. Hier stehen sie in der Reihenfolge, in der sie kommen. Ihr Behandlungsteam sagt Ihnen, wann jeder Schritt ist.</translation>
    </message>
    <message>
        <source>Skipping ahead to a later step</source>
        <translation>Weiter zu einem späteren Schritt</translation>
    </message>
    <message>
        <source>often</source>
        <translation>oft</translation>
    </message>
    <message>
        <source>sometimes</source>
        <translation>manchmal</translation>
    </message>
    <message>
        <source>rarely</source>
        <translation>selten</translation>
    </message>
    <message>
        <source>This happens often.</source>
        <translation>Das kommt oft vor.</translation>
    </message>
    <message>
        <source>This happens sometimes.</source>
        <translation>Das kommt manchmal vor.</translation>
    </message>
    <message>
        <source>This happens rarely.</source>
        <translation>Das kommt selten vor.</translation>
    </message>
    <message>
        <source>this happens often</source>
        <translation>das kommt oft vor</translation>
    </message>
    <message>
        <source>this happens sometimes</source>
        <translation>das kommt manchmal vor</translation>
    </message>
    <message>
        <source>this happens rarely</source>
        <translation>das kommt selten vor</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>at the same time: when</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>every %n days</source>
        <translation>
            <numerusform>alle %n Tage</numerusform>
            <numerusform>alle %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n weeks</source>
        <translation>
            <numerusform>alle %n Wochen</numerusform>
            <numerusform>alle %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n months</source>
        <translation>
            <numerusform>alle %n Monate</numerusform>
            <numerusform>alle %n Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n years</source>
        <translation>
            <numerusform>alle %n Jahre</numerusform>
            <numerusform>alle %n Jahre</numerusform>
        </translation>
    </message>
    <message>
        <source>every day</source>
        <translation>jeden Tag</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>jede Woche</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>jeden Monat</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>jedes Jahr</translation>
    </message>
    <message>
        <source>There is one visit. It is listed below.</source>
        <translation>Es gibt einen Termin. Er steht unten.</translation>
    </message>
    <message>
        <source>There is one visit. Day: %1.</source>
        <translation>Es gibt einen Termin. Tag: %1.</translation>
    </message>
    <message numerus="yes">
        <source>There are %n visits.</source>
        <translation>
            <numerusform>Es gibt %n Termine.</numerusform>
            <numerusform>Es gibt %n Termine.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each visit is listed below.</source>
        <translation>Alle sind unten aufgeführt.</translation>
    </message>
    <message>
        <source>Days: %1.</source>
        <translation>Tage: %1.</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <comment>every 3 months until day +365</comment>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Visits come %1.</source>
        <translation>Termine: %1.</translation>
    </message>
    <message>
        <source>, then </source>
        <comment>joins rhythms of visits</comment>
        <translation>, danach </translation>
    </message>
    <message numerus="yes">
        <source>And %n more visit(s) after that, the last on %1.</source>
        <translation>
            <numerusform>Danach noch %n Termin, am %1.</numerusform>
            <numerusform>Danach noch %n Termine, der letzte am %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>This happens at the same time as “%1” (%2).</source>
        <translation>Das geschieht gleichzeitig mit „%1“ (%2).</translation>
    </message>
    <message>
        <source>This happens at the same time as “%1”.</source>
        <translation>Das geschieht gleichzeitig mit „%1“.</translation>
    </message>
    <message>
        <source>Coming here (%1): %2.</source>
        <translation>Weg hierher (%1): %2.</translation>
    </message>
    <message>
        <source>Coming back here (%1): %2.</source>
        <translation>Weg zurück hierher (%1): %2.</translation>
    </message>
    <message>
        <source>Going on to “%1” (%2): %3.</source>
        <translation>Weiter zu „%1“ (%2): %3.</translation>
    </message>
    <message>
        <source>Going back to “%1” (%2): %3.</source>
        <translation>Zurück zu „%1“ (%2): %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n Termin</numerusform>
            <numerusform>%n Termine</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>17 visits: every 3 months</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Diamonds mark the visits of a step that repeats; its details list every one.</source>
        <translation>Rauten markieren die Termine eines Schritts, der sich wiederholt; die Details zum Schritt nennen jeden einzelnen.</translation>
    </message>
    <message>
        <source>A bar that fades out means the step lasts as long as it is needed, and ends by the end of the bar.</source>
        <translation>Ein Balken, der ausläuft, bedeutet: Der Schritt dauert so lange wie nötig und endet spätestens am Ende des Balkens.</translation>
    </message>
    <message>
        <source>From “%1” to “%2”: %3</source>
        <translation>Von „%1“ zu „%2“: %3</translation>
    </message>
    <message>
        <source>From “%1” to “%2”</source>
        <translation>Von „%1“ zu „%2“</translation>
    </message>
    <message>
        <source>%1. The line breaks here and goes on at the other number %2.</source>
        <translation>%1. Die Linie bricht hier ab und geht bei der anderen Nummer %2 weiter.</translation>
    </message>
    <message numerus="yes">
        <source>◀ %n more before</source>
        <translation>
            <numerusform>◀ noch %n davor</numerusform>
            <numerusform>◀ noch %n davor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more after ▶</source>
        <translation>
            <numerusform>noch %n danach ▶</numerusform>
            <numerusform>noch %n danach ▶</numerusform>
        </translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japanisch</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polnisch</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugiesisch</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Türkisch</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinesisch</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hebräisch</translation>
    </message>
    <message>
        <source>This pathway is written in %1; the app&apos;s own words around it are in %2.</source>
        <translation>Dieser Behandlungsweg ist auf %1 geschrieben; die eigenen Worte des Programms sind auf %2.</translation>
    </message>
    <message>
        <source>The %1 translation cannot be shown</source>
        <translation>Die Übersetzung (%1) kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>The pathway stays in its own language.</source>
        <translation>Der Behandlungsweg bleibt in seiner eigenen Sprache.</translation>
    </message>
    <message>
        <source>The %1 translation is not complete: the parts not yet translated are shown in the pathway&apos;s own language.</source>
        <translation>Die Übersetzung (%1) ist nicht vollständig: Nicht übersetzte Teile erscheinen in der eigenen Sprache des Behandlungswegs.</translation>
    </message>
    <message>
        <source>The %1 date (%2) is the same day as day 0, %3 (%4). In this pathway the %1 comes before day 0.</source>
        <comment>%1 the day booked ahead, as the pathway names it; %3 what day 0 is, in the pathway&apos;s words</comment>
        <translation>Der Termin „%1“ (%2) ist am selben Tag wie Tag 0 (%4). Tag 0 ist %3. In diesem Behandlungsweg liegt „%1“ vor Tag 0.</translation>
    </message>
    <message>
        <source>The %1 date (%2) is after day 0, %3 (%4). In this pathway the %1 comes before day 0.</source>
        <comment>%1 the day booked ahead, as the pathway names it; %3 what day 0 is, in the pathway&apos;s words</comment>
        <translation>Der Termin „%1“ (%2) liegt nach Tag 0 (%4). Tag 0 ist %3. In diesem Behandlungsweg liegt „%1“ vor Tag 0.</translation>
    </message>
    <message>
        <source>The day 0 date %1 is too close to the start of the calendar</source>
        <translation>Das Datum von Tag 0 (%1) liegt zu nah am Anfang des Kalenders</translation>
    </message>
    <message>
        <source>The day 0 date %1 is too close to the end of the calendar</source>
        <translation>Das Datum von Tag 0 (%1) liegt zu nah am Ende des Kalenders</translation>
    </message>
    <message>
        <source>Please check: the %1 date (%2) is outside its usual time in this pathway, %3 to %4.</source>
        <comment>%1 the day booked ahead, as the pathway names it</comment>
        <translation>Bitte prüfen Sie: Der Termin „%1“ (%2) liegt außerhalb seiner in diesem Behandlungsweg üblichen Zeit, %3 bis %4.</translation>
    </message>
    <message>
        <source>No step of this pathway has a usual timing, so no step&apos;s date can be worked out from day 0.</source>
        <translation>Kein Schritt dieses Behandlungswegs hat einen üblichen Zeitpunkt, also lässt sich von Tag 0 aus für keinen Schritt ein Datum berechnen.</translation>
    </message>
    <message>
        <source>No step of this pathway has a usual timing, so no step&apos;s date can be worked out from day 0: leave out %1.</source>
        <comment>%1 the command-line option, such as --day-zero-date</comment>
        <translation>Kein Schritt dieses Behandlungswegs hat einen üblichen Zeitpunkt, also lässt sich von Tag 0 aus für keinen Schritt ein Datum berechnen: Lassen Sie %1 weg.</translation>
    </message>
    <message>
        <source>The day 0 date should be a calendar date, not %1</source>
        <translation>Das Datum von Tag 0 muss ein Kalenderdatum sein, nicht %1</translation>
    </message>
    <message>
        <source>The booked date should be a calendar date, not %1</source>
        <translation>Der feste Termin muss ein Kalenderdatum sein, nicht %1</translation>
    </message>
    <message>
        <source>%1 takes part in this step.</source>
        <translation>%1 ist bei diesem Schritt dabei.</translation>
    </message>
    <message>
        <source>%1 has no part in this step.</source>
        <translation>%1 ist bei diesem Schritt nicht dabei.</translation>
    </message>
    <message>
        <source>Showing the steps of %1; each step says whether this person takes part.</source>
        <translation>Gezeigt werden die Schritte von %1; jeder Schritt sagt, ob diese Person dabei ist.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>quotation marks around a step&apos;s title or words in a quiz question</comment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>At %1, who does this: %2</source>
        <translation>Bei %1: Wer macht das? %2</translation>
    </message>
    <message>
        <source>At %1, the %2 does this.</source>
        <translation>Bei %1 macht das: %2.</translation>
    </message>
    <message>
        <source>At %1, what does the %2 do?</source>
        <translation>Bei %1: Was ist die Aufgabe von „%2“?</translation>
    </message>
    <message>
        <source>At %1, the %2: %3</source>
        <translation>Bei %1 – %2: %3</translation>
    </message>
    <message>
        <source>In the usual journey, what comes after %1?</source>
        <translation>Was kommt im üblichen Ablauf nach %1?</translation>
    </message>
    <message>
        <source>After %1 the journey goes on to %2.</source>
        <translation>Nach %1 geht es weiter mit %2.</translation>
    </message>
    <message>
        <source>During %1: %2. Where does the journey go?</source>
        <translation>Während %1: %2. Wie geht es weiter?</translation>
    </message>
    <message>
        <source>The way marked %1 leads from %2 to %3.</source>
        <translation>Der Weg %1 führt von %2 zu %3.</translation>
    </message>
    <message>
        <source>When does %1 happen, counted from day 0?</source>
        <translation>Wann findet %1 statt, gezählt ab Tag 0?</translation>
    </message>
    <message>
        <source>%1 is timed %2.</source>
        <translation>%1 findet statt: %2.</translation>
    </message>
    <message>
        <source>Which of these means the patient should call at once, day or night?</source>
        <translation>Bei welchem dieser Zeichen soll die Patientin oder der Patient sofort anrufen, Tag und Nacht?</translation>
    </message>
    <message>
        <source>%1 is one of the signs to call about at once, day or night.</source>
        <translation>%1 ist eines der Zeichen, bei denen sofort anzurufen ist, Tag und Nacht.</translation>
    </message>
    <message>
        <source>What does %1 mean?</source>
        <translation>Was bedeutet %1?</translation>
    </message>
    <message>
        <source>Pathway: %1, version %2 (content %3)</source>
        <translation>Behandlungsweg: %1, Version %2 (Inhalt %3)</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>Module: %1</source>
        <translation>Modul: %1</translation>
    </message>
    <message>
        <source>Quiz: %1</source>
        <translation>Quiz: %1</translation>
    </message>
    <message>
        <source>Seed: %1</source>
        <translation>Startwert: %1</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Punkte:</translation>
    </message>
    <message>
        <source>Tick one box for each question.</source>
        <translation>Kreuzen Sie bei jeder Frage ein Kästchen an.</translation>
    </message>
    <message>
        <source>Answer key: %1 (seed %2)</source>
        <translation>Lösungen: %1 (Startwert %2)</translation>
    </message>
    <message>
        <source>Trainee: %1</source>
        <translation>Teilnehmende Person: %1</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <source>Training record: %1</source>
        <translation>Schulungsnachweis: %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3 right (%4 %; pass mark %5 %)</source>
        <translation>%1: %2 von %3 richtig (%4 %; Bestehensgrenze %5 %)</translation>
    </message>
    <message>
        <source>Questions missed</source>
        <translation>Falsch beantwortete Fragen</translation>
    </message>
    <message>
        <source>Right answer:</source>
        <translation>Richtige Antwort:</translation>
    </message>
    <message>
        <source>None: every answer was right.</source>
        <translation>Keine: Jede Antwort war richtig.</translation>
    </message>
    <message>
        <source>Steps to revisit</source>
        <translation>Schritte zum Wiederholen</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>whole pathway</source>
        <translation>ganzer Behandlungsweg</translation>
    </message>
    <message>
        <source>Day %1: %2</source>
        <comment>a scenario&apos;s day and what is seen</comment>
        <translation>Tag %1: %2</translation>
    </message>
</context>
</TS>
