<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About this viewer: version, sources and licences</source>
        <translation>Informazioni su questo programma: versione, fonti e licenze</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>All text at 100 % of its normal size</source>
        <translation>Tutto il testo al 100 % della sua grandezza normale</translation>
    </message>
    <message>
        <source>All text at 125 % of its normal size</source>
        <translation>Tutto il testo al 125 % della sua grandezza normale</translation>
    </message>
    <message>
        <source>All text at 150 % of its normal size</source>
        <translation>Tutto il testo al 150 % della sua grandezza normale</translation>
    </message>
    <message>
        <source>All text at 200 % of its normal size</source>
        <translation>Tutto il testo al 200 % della sua grandezza normale</translation>
    </message>
    <message>
        <source>&amp;Open pathway...</source>
        <translation>&amp;Apri percorso...</translation>
    </message>
    <message>
        <source>Open a pathway file (YAML or JSON)</source>
        <translation>Apre un file di percorso (YAML o JSON)</translation>
    </message>
    <message>
        <source>&amp;Export view...</source>
        <translation>Esporta &amp;vista...</translation>
    </message>
    <message>
        <source>Save the journey map or the timeline as PNG, SVG or PDF</source>
        <translation>Salva la mappa del percorso o la cronologia in PNG, SVG o PDF</translation>
    </message>
    <message>
        <source>Export &amp;handout (PDF)...</source>
        <translation>Esporta &amp;opuscolo (PDF)...</translation>
    </message>
    <message>
        <source>Save a printable guide to the whole journey as a PDF</source>
        <translation>Salva in PDF una guida stampabile all’intero percorso</translation>
    </message>
    <message>
        <source>&amp;Large-print handouts</source>
        <translation>Opuscoli a caratteri &amp;grandi</translation>
    </message>
    <message>
        <source>Handouts with body text at 16 pt, for people who read large print (more pages)</source>
        <translation>Opuscoli con il testo a 16 pt, per chi legge a caratteri grandi (più pagine)</translation>
    </message>
    <message>
        <source>&amp;Print handout...</source>
        <translation>S&amp;tampa opuscolo...</translation>
    </message>
    <message>
        <source>Print the guide to the whole journey</source>
        <translation>Stampa la guida all’intero percorso</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Save the changed pathway (the built-in one is saved as a copy)</source>
        <translation>Salva il percorso modificato (quello incluso viene salvato come copia)</translation>
    </message>
    <message>
        <source>Save &amp;as...</source>
        <translation>Salva &amp;con nome...</translation>
    </message>
    <message>
        <source>Save the changed pathway as a new file, e.g. your clinic&apos;s copy</source>
        <translation>Salva il percorso modificato in un nuovo file, ad es. la copia del Suo centro</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>Close the viewer</source>
        <translation>Chiude il programma</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avanti</translation>
    </message>
    <message>
        <source>Make the journey bigger</source>
        <translation>Ingrandisce il percorso</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom i&amp;ndietro</translation>
    </message>
    <message>
        <source>Make the journey smaller</source>
        <translation>Rimpicciolisce il percorso</translation>
    </message>
    <message>
        <source>Show the whole journey (Home in the journey)</source>
        <translation>Mostra l’intero percorso (tasto Home nel percorso)</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>&amp;Trova...</translation>
    </message>
    <message>
        <source>Search the steps for a word</source>
        <translation>Cerca una parola nelle tappe</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Trova s&amp;uccessivo</translation>
    </message>
    <message>
        <source>Go to the next step that matches</source>
        <translation>Va alla tappa successiva che corrisponde</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>Trova p&amp;recedente</translation>
    </message>
    <message>
        <source>Go to the previous step that matches</source>
        <translation>Va alla tappa precedente che corrisponde</translation>
    </message>
    <message>
        <source>Plain words only</source>
        <translation>Solo parole semplici</translation>
    </message>
    <message>
        <source>Also show clinical details</source>
        <translation>Mostra anche i dettagli clinici</translation>
    </message>
    <message>
        <source>Journey &amp;map</source>
        <translation>&amp;Mappa del percorso</translation>
    </message>
    <message>
        <source>Show the steps as a map of boxes and arrows</source>
        <translation>Mostra le tappe come una mappa di riquadri e frecce</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Cronologia</translation>
    </message>
    <message>
        <source>Show the steps on a calendar of days around day 0</source>
        <translation>Mostra le tappe su un calendario dei giorni intorno al giorno 0</translation>
    </message>
    <message>
        <source>Show the patient&apos;s own dates from the planned day 0 (nothing is saved)</source>
        <translation>Mostra le date personali del paziente a partire dal giorno 0 previsto (non viene salvato nulla)</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>Modalità &amp;presentazione</translation>
    </message>
    <message>
        <source>Fit to &amp;window</source>
        <translation>Adatta alla &amp;finestra</translation>
    </message>
    <message>
        <source>Words for pati&amp;ents</source>
        <translation>Testi per i pa&amp;zienti</translation>
    </message>
    <message>
        <source>Words for clinician&amp;s</source>
        <translation>Testi per il persona&amp;le sanitario</translation>
    </message>
    <message>
        <source>One step at a time, full screen, to explain it across a desk (Esc leaves)</source>
        <translation>Una tappa alla volta, a schermo intero, per spiegarla di persona (Esc per uscire)</translation>
    </message>
    <message>
        <source>Set &amp;dates...</source>
        <translation>Imposta le &amp;date...</translation>
    </message>
    <message>
        <source>&amp;Clinic settings...</source>
        <translation>&amp;Impostazioni del centro...</translation>
    </message>
    <message>
        <source>Clinic name, phone numbers, local rules and paper size</source>
        <translation>Nome del centro, numeri di telefono, regole locali e formato della carta</translation>
    </message>
    <message>
        <source>Co&amp;mpare with...</source>
        <translation>&amp;Confronta con...</translation>
    </message>
    <message>
        <source>List what this pathway changes compared with the bundled one or another file</source>
        <translation>Elenca che cosa cambia in questo percorso rispetto a quello incluso o a un altro file</translation>
    </message>
    <message>
        <source>&amp;Sign off...</source>
        <translation>Con&amp;valida...</translation>
    </message>
    <message>
        <source>Record your review in the pathway file: name, role, dates; the version goes up</source>
        <translation>Registra la Sua revisione nel file del percorso: nome, ruolo, date; la versione aumenta</translation>
    </message>
    <message>
        <source>Suggest a &amp;change to this step...</source>
        <translation>&amp;Suggerisci una modifica a questa tappa...</translation>
    </message>
    <message>
        <source>Write a note on the selected step for whoever owns the content</source>
        <translation>Scrive una nota sulla tappa selezionata per chi è responsabile dei contenuti</translation>
    </message>
    <message>
        <source>Su&amp;ggestions...</source>
        <translation>Su&amp;ggerimenti...</translation>
    </message>
    <message>
        <source>The suggestions made on this computer: read, delete, export</source>
        <translation>I suggerimenti fatti su questo computer: leggerli, eliminarli, esportarli</translation>
    </message>
    <message>
        <source>T&amp;rain...</source>
        <translation>&amp;Formazione...</translation>
    </message>
    <message>
        <source>Quizzes, scenarios and grading practice from this pathway, for staff training</source>
        <translation>Quiz, scenari ed esercitazioni sul grading tratti da questo percorso, per la formazione del personale</translation>
    </message>
    <message>
        <source>&amp;Edit pathway</source>
        <translation>&amp;Modifica percorso</translation>
    </message>
    <message>
        <source>Change the selected step: the details become a form</source>
        <translation>Modifica la tappa selezionata: i dettagli diventano un modulo</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>Take back the last change</source>
        <translation>Annulla l’ultima modifica</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>Make the change again</source>
        <translation>Ripete la modifica</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Come il &amp;sistema</translation>
    </message>
    <message>
        <source>Light, dark or high contrast, as the computer is set</source>
        <translation>Chiaro, scuro o a contrasto elevato, come è impostato il computer</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Chiaro</translation>
    </message>
    <message>
        <source>Dark words on light backgrounds</source>
        <translation>Testo scuro su sfondo chiaro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>Sc&amp;uro</translation>
    </message>
    <message>
        <source>Light words on dark backgrounds</source>
        <translation>Testo chiaro su sfondo scuro</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contrasto</translation>
    </message>
    <message>
        <source>White and yellow on black, with strong outlines</source>
        <translation>Bianco e giallo su nero, con contorni marcati</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Testo più &amp;grande</translation>
    </message>
    <message>
        <source>Make all text one step larger</source>
        <translation>Ingrandisce tutto il testo di un livello</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>Testo più &amp;piccolo</translation>
    </message>
    <message>
        <source>Make all text one step smaller</source>
        <translation>Rimpicciolisce tutto il testo di un livello</translation>
    </message>
    <message>
        <source>&amp;Quick guide</source>
        <translation>&amp;Guida rapida</translation>
    </message>
    <message>
        <source>How to use this viewer</source>
        <translation>Come usare questo programma</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Informazioni</translation>
    </message>
    <message>
        <source>Version, sources and licences</source>
        <translation>Versione, fonti e licenze</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <comment>the edit taken back</comment>
        <translation>&amp;Annulla: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <comment>the edit made again</comment>
        <translation>&amp;Ripeti: %1</translation>
    </message>
</context>
<context>
    <name>ClinicSettingsDialog</name>
    <message>
        <source>Clinic settings</source>
        <translation>Impostazioni del centro</translation>
    </message>
</context>
<context>
    <name>CoreAtomic</name>
    <message>
        <source>Cannot write to the folder %1: %2</source>
        <translation>Impossibile scrivere nella cartella %1: %2</translation>
    </message>
    <message>
        <source>Nothing was written for %1; the old file (if any) is unchanged</source>
        <translation>Non è stato scritto nulla per %1; il file precedente (se esiste) è invariato</translation>
    </message>
    <message>
        <source>Could not save %1: %2. The old file (if any) is unchanged</source>
        <translation>Impossibile salvare %1: %2. Il file precedente (se esiste) è invariato</translation>
    </message>
</context>
<context>
    <name>CoreClinic</name>
    <message>
        <source>%1 is too large to be a clinic settings file</source>
        <translation>%1 è troppo grande per essere un file di impostazioni del centro</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 non esiste</translation>
    </message>
    <message>
        <source>%1 is a folder, not a clinic settings file</source>
        <translation>%1 è una cartella, non un file di impostazioni del centro</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a clinic settings file (it is not JSON text)</source>
        <translation>%1 non è un file di impostazioni del centro (non è testo JSON)</translation>
    </message>
    <message>
        <source>%1 is not a clinic settings file saved by this app</source>
        <translation>%1 non è un file di impostazioni del centro salvato da questo programma</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; should be text</source>
        <translation>%1: “%2” dovrebbe essere un testo</translation>
    </message>
    <message>
        <source>%1: &apos;phones&apos; should map role ids to phone numbers written as text</source>
        <translation>%1: “phones” dovrebbe associare gli identificativi dei ruoli a numeri di telefono scritti come testo</translation>
    </message>
    <message>
        <source>%1: &apos;paper&apos; should be &apos;a4&apos; or &apos;letter&apos;</source>
        <translation>%1: “paper” dovrebbe essere “a4” o “letter”</translation>
    </message>
    <message>
        <source>%1: &apos;choices&apos; should map &apos;&lt;pathway&gt;/&lt;choice&gt;&apos; to text</source>
        <translation>%1: “choices” dovrebbe associare “&lt;pathway&gt;/&lt;choice&gt;” a un testo</translation>
    </message>
    <message>
        <source>%1: &apos;temperature_unit&apos; should be &apos;C&apos;, &apos;F&apos; or &apos;both&apos;</source>
        <translation>%1: “temperature_unit” dovrebbe essere “C”, “F” o “both”</translation>
    </message>
</context>
<context>
    <name>CoreDockTitle</name>
    <message>
        <source>Close the %1 panel</source>
        <translation>Chiudi il pannello %1</translation>
    </message>
    <message>
        <source>Float the %1 panel</source>
        <translation>Sgancia il pannello %1</translation>
    </message>
</context>
<context>
    <name>CoreSuggestionBox</name>
    <message>
        <source>Cannot make the folder %1: %2</source>
        <translation>Impossibile creare la cartella %1: %2</translation>
    </message>
</context>
<context>
    <name>DialogsAbout</name>
    <message>
        <source>Version %1. Works offline; opens no network connection.</source>
        <translation>Versione %1. Funziona offline; non apre alcuna connessione di rete.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifiche</translation>
    </message>
    <message>
        <source>Version %1, %2: %3</source>
        <translation>Versione %1, %2: %3</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fonti</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>Carattere</translation>
    </message>
    <message>
        <source>Licensed under the SIL Open Font License, Version 1.1; the full licence follows.</source>
        <translation>Concesso in licenza secondo la SIL Open Font License, versione 1.1; segue il testo completo della licenza.</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Informazioni su %1</translation>
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
        <translation>Entrambe (38,0 °C (100,4 °F))</translation>
    </message>
    <message>
        <source>Clinic settings</source>
        <translation>Impostazioni del centro</translation>
    </message>
    <message>
        <source>These details are printed on every handout and shown on the steps they concern. They are kept on this PC only. Nothing about patients is stored here.</source>
        <translation>Questi dati vengono stampati su ogni opuscolo e mostrati nelle tappe a cui si riferiscono. Restano solo su questo PC. Qui non viene salvato nulla sui pazienti.</translation>
    </message>
    <message>
        <source>e.g. Cell Therapy Unit, City Hospital</source>
        <translation>ad es. Unità di Terapia Cellulare, Ospedale Civile</translation>
    </message>
    <message>
        <source>The number to call at any hour</source>
        <translation>Il numero da chiamare a qualsiasi ora</translation>
    </message>
    <message>
        <source>Clinic name:</source>
        <translation>Nome del centro:</translation>
    </message>
    <message>
        <source>Emergency number (day and night):</source>
        <translation>Numero di emergenza (giorno e notte):</translation>
    </message>
    <message>
        <source>Phone number for each member of the care team</source>
        <translation>Numero di telefono di ciascun membro dell’équipe curante</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numero di telefono</translation>
    </message>
    <message>
        <source>Phone number for %1</source>
        <translation>Numero di telefono per: %1</translation>
    </message>
    <message>
        <source>Local rules (for pathways that ask no questions of their own)</source>
        <translation>Regole locali (per i percorsi che non pongono domande proprie)</translation>
    </message>
    <message>
        <source>Staying near the centre:</source>
        <translation>Restare vicino al centro:</translation>
    </message>
    <message>
        <source>Driving:</source>
        <translation>Guida di veicoli:</translation>
    </message>
    <message>
        <source>Temperatures on the urgent signs:</source>
        <translation>Temperature nei segnali urgenti:</translation>
    </message>
    <message>
        <source>Handout paper size:</source>
        <translation>Formato della carta dell’opuscolo:</translation>
    </message>
    <message>
        <source>Import...</source>
        <translation>Importa...</translation>
    </message>
    <message>
        <source>Fill in these settings from a file exported on another PC</source>
        <translation>Compila queste impostazioni da un file esportato su un altro PC</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>Esporta...</translation>
    </message>
    <message>
        <source>Save these settings to a file, to use them on other PCs</source>
        <translation>Salva queste impostazioni in un file, per usarle su altri PC</translation>
    </message>
    <message>
        <source>Export clinic settings</source>
        <translation>Esporta le impostazioni del centro</translation>
    </message>
    <message>
        <source>The clinic settings could not be saved</source>
        <translation>Non è stato possibile salvare le impostazioni del centro</translation>
    </message>
    <message>
        <source>Import clinic settings</source>
        <translation>Importa le impostazioni del centro</translation>
    </message>
    <message>
        <source>These settings could not be imported</source>
        <translation>Non è stato possibile importare queste impostazioni</translation>
    </message>
</context>
<context>
    <name>DialogsCompare</name>
    <message>
        <source>Compare pathways</source>
        <translation>Confronta percorsi</translation>
    </message>
    <message>
        <source>What changed, step by step</source>
        <translation>Che cosa è cambiato, tappa per tappa</translation>
    </message>
    <message>
        <source>Short values show the old and new words; long texts say only that they changed.</source>
        <translation>Per i valori brevi sono mostrate le parole vecchie e nuove; per i testi lunghi si dice solo che sono cambiati.</translation>
    </message>
    <message>
        <source>Compare with the &amp;bundled pathway</source>
        <translation>Confronta con il percorso &amp;incluso</translation>
    </message>
    <message>
        <source>Compare with another &amp;file...</source>
        <translation>Confronta con un altro &amp;file...</translation>
    </message>
    <message>
        <source>Export as &amp;PDF...</source>
        <translation>Esporta in &amp;PDF...</translation>
    </message>
    <message>
        <source>%1 cannot be compared: it does not load.</source>
        <translation>Impossibile confrontare %1: non si carica.</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Confronta con</translation>
    </message>
    <message>
        <source>Base (as it was): %1
Changed (open now): %2</source>
        <translation>Base (com’era): %1
Modificato (aperto ora): %2</translation>
    </message>
</context>
<context>
    <name>DialogsDateFields</name>
    <message>
        <source>%1: “%2” is not a date the viewer can read. Type it like %3 or %4, or pick it from the calendar.</source>
        <translation>%1: “%2” non è una data che il programma sa leggere. La scriva come %3 o %4, oppure la scelga dal calendario.</translation>
    </message>
</context>
<context>
    <name>DialogsLocalChoices</name>
    <message>
        <source>Not set: patients are told their team will tell them</source>
        <translation>Non impostato: ai pazienti viene detto che sarà la loro équipe a dirglielo</translation>
    </message>
    <message>
        <source>Our own words (type them below)</source>
        <translation>Le nostre parole (da scrivere qui sotto)</translation>
    </message>
    <message>
        <source>Your own words: %1</source>
        <translation>Le Sue parole: %1</translation>
    </message>
    <message>
        <source>What patients should read, in your clinic&apos;s words</source>
        <translation>Che cosa devono leggere i pazienti, con le parole del Suo centro</translation>
    </message>
    <message>
        <source>What your centre does (this pathway&apos;s questions)</source>
        <translation>Che cosa fa il Suo centro (le domande di questo percorso)</translation>
    </message>
</context>
<context>
    <name>DialogsProblems</name>
    <message>
        <source>This pathway file cannot be opened</source>
        <translation>Impossibile aprire questo file di percorso</translation>
    </message>
    <message>
        <source>The app keeps showing the previous pathway.</source>
        <translation>Il programma continua a mostrare il percorso precedente.</translation>
    </message>
    <message>
        <source>This pathway file cannot be changed here</source>
        <translation>Questo file di percorso non può essere modificato qui</translation>
    </message>
    <message>
        <source>It cannot be changed in the viewer until they are fixed in a text editor; the map shows it as it was opened.</source>
        <translation>Non può essere modificato nel programma finché questi problemi non vengono corretti in un editor di testo; la mappa lo mostra com’era all’apertura.</translation>
    </message>
    <message>
        <source>The app shows its built-in pathway instead.</source>
        <translation>Il programma mostra invece il percorso incluso.</translation>
    </message>
    <message>
        <source>Whoever looks after the file can fix each line below and open it again.</source>
        <translation>Chi gestisce il file può correggere ogni riga qui sotto e poi riaprirlo.</translation>
    </message>
    <message>
        <source>%1 has %2. %3&lt;br&gt;%4</source>
        <translation>%1 ha %2. %3&lt;br&gt;%4</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>Problemi trovati nel file</translation>
    </message>
    <message>
        <source>&amp;Copy problems</source>
        <translation>&amp;Copia i problemi</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiato</translation>
    </message>
</context>
<context>
    <name>DialogsSchedule</name>
    <message>
        <source>Set dates</source>
        <translation>Imposta le date</translation>
    </message>
    <message>
        <source>Enter the planned date of day 0, %1, to see the dates of each step. The dates are only shown on screen and in the handout: nothing is saved, and they are forgotten when the viewer closes. No name is needed.</source>
        <translation>Inserisca la data prevista del giorno 0, %1, per vedere le date di ogni tappa. Le date vengono solo mostrate sullo schermo e nell’opuscolo: non viene salvato nulla e vengono dimenticate alla chiusura del programma. Non serve alcun nome.</translation>
    </message>
    <message>
        <source>Planned date of day 0, %1</source>
        <translation>Data prevista del giorno 0, %1</translation>
    </message>
    <message>
        <source>The %1 day is booked</source>
        <translation>Il giorno di %1 è fissato</translation>
    </message>
    <message>
        <source>Booked %1 date</source>
        <translation>Data di %1 fissata</translation>
    </message>
    <message>
        <source>Planned day 0:</source>
        <translation>Giorno 0 previsto:</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a form label: the booked day as the pathway names it</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Show these dates</source>
        <translation>Mostra queste date</translation>
    </message>
    <message>
        <source>Clear dates</source>
        <translation>Cancella le date</translation>
    </message>
    <message>
        <source>Remove the dates from every view</source>
        <translation>Toglie le date da tutte le viste</translation>
    </message>
    <message>
        <source>No pathway is open.</source>
        <translation>Nessun percorso aperto.</translation>
    </message>
    <message>
        <source>Planned day 0</source>
        <translation>Giorno 0 previsto</translation>
    </message>
    <message>
        <source>Day 0, %1: %2.</source>
        <translation>Giorno 0, %1: %2.</translation>
    </message>
</context>
<context>
    <name>DialogsSignOff</name>
    <message>
        <source>Sign off this pathway</source>
        <translation>Convalida questo percorso</translation>
    </message>
    <message>
        <source>Record that you have reviewed %1 (version %2). It becomes version %3, and the review and a line in its list of changes are saved in the file.</source>
        <translation>Registri di aver revisionato %1 (versione %2). Diventerà la versione %3; la revisione e una riga nel suo elenco delle modifiche vengono salvate nel file.</translation>
    </message>
    <message>
        <source>e.g. Dr Jane Smith</source>
        <translation>ad es. Dott.ssa Maria Rossi</translation>
    </message>
    <message>
        <source>e.g. Consultant physician</source>
        <translation>ad es. Dirigente medico</translation>
    </message>
    <message>
        <source>The day up to which the literature was searched for this review</source>
        <translation>Il giorno fino al quale è stata cercata la letteratura per questa revisione</translation>
    </message>
    <message>
        <source>What you checked or changed, e.g. &apos;Ward stay timings checked against our practice.&apos;</source>
        <translation>Che cosa ha verificato o modificato, ad es. “Durate del ricovero verificate rispetto alla nostra pratica.”</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Il Suo &amp;nome:</translation>
    </message>
    <message>
        <source>Your &amp;role:</source>
        <translation>Il Suo &amp;ruolo:</translation>
    </message>
    <message>
        <source>Reviewed &amp;on:</source>
        <translation>Revisionato &amp;il:</translation>
    </message>
    <message>
        <source>Next review &amp;due:</source>
        <translation>Prossima revisione &amp;entro:</translation>
    </message>
    <message>
        <source>&amp;Evidence searched to:</source>
        <translation>&amp;Letteratura cercata fino al:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>Riepil&amp;ogo:</translation>
    </message>
    <message>
        <source>Only the pathway is signed: write nothing about a patient here.</source>
        <translation>Viene convalidato solo il percorso: non scriva qui nulla su un paziente.</translation>
    </message>
    <message>
        <source>Sign off and save</source>
        <translation>Convalida e salva</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>il Suo nome</translation>
    </message>
    <message>
        <source>your role</source>
        <translation>il Suo ruolo</translation>
    </message>
    <message>
        <source>a summary</source>
        <translation>un riepilogo</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>Revisionato il</translation>
    </message>
    <message>
        <source>Next review due</source>
        <translation>Prossima revisione entro</translation>
    </message>
    <message>
        <source>Evidence searched to</source>
        <translation>Letteratura cercata fino al</translation>
    </message>
    <message>
        <source>Please give %1.</source>
        <translation>Indichi %1.</translation>
    </message>
    <message>
        <source>The next review must be after the review day.</source>
        <translation>La prossima revisione deve essere dopo il giorno della revisione.</translation>
    </message>
    <message>
        <source>The evidence date cannot be after the review day.</source>
        <translation>La data della ricerca della letteratura non può essere dopo il giorno della revisione.</translation>
    </message>
</context>
<context>
    <name>DialogsSuggestions</name>
    <message>
        <source>Suggest a change</source>
        <translation>Suggerisci una modifica</translation>
    </message>
    <message>
        <source>Your suggestion for the step “%1”:</source>
        <translation>Il Suo suggerimento per la tappa “%1”:</translation>
    </message>
    <message>
        <source>e.g. This timing is wrong for us: our patients stay five days.</source>
        <translation>ad es. Questa durata per noi non è giusta: i nostri pazienti restano cinque giorni.</translation>
    </message>
    <message>
        <source>Keep suggestion</source>
        <translation>Conserva il suggerimento</translation>
    </message>
    <message>
        <source>Suggestions for the content owner</source>
        <translation>Suggerimenti per i responsabili dei contenuti</translation>
    </message>
    <message>
        <source>Suggestions made on this computer for this pathway. Export them and send the file to whoever owns the pathway&apos;s content.</source>
        <translation>Suggerimenti fatti su questo computer per questo percorso. Li esporti e invii il file a chi è responsabile dei contenuti del percorso.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>E&amp;sporta...</translation>
    </message>
    <message>
        <source>Export suggestions</source>
        <translation>Esporta i suggerimenti</translation>
    </message>
    <message>
        <source>The suggestions could not be exported: %1</source>
        <translation>Non è stato possibile esportare i suggerimenti: %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Esportato in %1</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>bundled pathway</source>
        <translation>percorso incluso</translation>
    </message>
</context>
<context>
    <name>EditingLinks</name>
    <message>
        <source>Main journey</source>
        <translation>Percorso principale</translation>
    </message>
    <message>
        <source>Only some people</source>
        <translation>Solo alcune persone</translation>
    </message>
    <message>
        <source>Goes back</source>
        <translation>Torna indietro</translation>
    </message>
    <message>
        <source>At the same time</source>
        <translation>Nello stesso momento</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Aggiungi una persona</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Person %1 in the care team: role</source>
        <translation>Persona %1 dell’équipe curante: ruolo</translation>
    </message>
    <message>
        <source>What the %1 does</source>
        <translation>Che cosa fa: %1</translation>
    </message>
    <message>
        <source>Remove the %1 from this step</source>
        <translation>Rimuovi da questa tappa: %1</translation>
    </message>
    <message>
        <source>add a person to &apos;%1&apos;</source>
        <translation>aggiungere una persona a “%1”</translation>
    </message>
    <message>
        <source>remove a person from &apos;%1&apos;</source>
        <translation>rimuovere una persona da “%1”</translation>
    </message>
    <message>
        <source>Step a new arrow goes to</source>
        <translation>Tappa a cui va una nuova freccia</translation>
    </message>
    <message>
        <source>Add an arrow to:</source>
        <translation>Aggiungi una freccia verso:</translation>
    </message>
    <message>
        <source>Add</source>
        <comment>an arrow to the chosen step</comment>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <source>Add an arrow to the chosen step</source>
        <translation>Aggiunge una freccia verso la tappa scelta</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Verso: %1</translation>
    </message>
    <message>
        <source>when this happens</source>
        <translation>quando succede questo</translation>
    </message>
    <message>
        <source>Arrow to %1: label</source>
        <translation>Freccia verso %1: etichetta</translation>
    </message>
    <message>
        <source>Arrow to %1: kind</source>
        <translation>Freccia verso %1: tipo</translation>
    </message>
    <message>
        <source>Remove the arrow to %1</source>
        <translation>Rimuovi la freccia verso %1</translation>
    </message>
    <message>
        <source>change the words of an arrow</source>
        <translation>modificare le parole di una freccia</translation>
    </message>
    <message>
        <source>remove the words of an arrow</source>
        <translation>rimuovere le parole di una freccia</translation>
    </message>
</context>
<context>
    <name>EditingPathwayForm</name>
    <message>
        <source>Care team roles</source>
        <translation>Ruoli dell’équipe curante</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>What this role is</source>
        <translation>Che cos’è questo ruolo</translation>
    </message>
    <message>
        <source>Parts of the journey</source>
        <translation>Fasi del percorso</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fonti</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Citazione</translation>
    </message>
    <message>
        <source>DOI or web address</source>
        <translation>DOI o indirizzo web</translation>
    </message>
    <message>
        <source>Urgent signs (call at once)</source>
        <translation>Segnali urgenti (chiamare subito)</translation>
    </message>
    <message>
        <source>Sign, in patient words</source>
        <translation>Segnale, con le parole del paziente</translation>
    </message>
    <message>
        <source>Call: team or emergency</source>
        <translation>Chiamare: team (équipe) o emergency (emergenza)</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>Revisionato il</translation>
    </message>
    <message>
        <source>Next review due</source>
        <translation>Prossima revisione entro</translation>
    </message>
    <message>
        <source>Literature searched up to</source>
        <translation>Letteratura cercata fino al</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <source>%1, number %2: %3</source>
        <translation>%1, numero %2: %3</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Remove %1, number %2</source>
        <translation>Rimuovi %1, numero %2</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>modificare %1</translation>
    </message>
    <message>
        <source>add to %1</source>
        <translation>aggiungere a %1</translation>
    </message>
    <message>
        <source>remove from %1</source>
        <translation>rimuovere da %1</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisione</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-GG</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Revisionato da</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Change the whole pathway</source>
        <translation>Modifica l’intero percorso</translation>
    </message>
    <message>
        <source>change the review dates</source>
        <translation>modificare le date di revisione</translation>
    </message>
</context>
<context>
    <name>EditingProblemsView</name>
    <message>
        <source>No problems: this pathway can be saved.</source>
        <translation>Nessun problema: questo percorso può essere salvato.</translation>
    </message>
    <message>
        <source>This pathway can be saved, but these words are still the editor&apos;s placeholders:</source>
        <translation>Questo percorso può essere salvato, ma queste parole sono ancora i testi provvisori dell’editor:</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Problems in the pathway being edited: choose one to go to it</source>
        <translation>Problemi nel percorso in modifica: ne scelga uno per andarci</translation>
    </message>
    <message>
        <source>Undo history: choose a line to go back to it</source>
        <translation>Cronologia delle modifiche: scelga una riga per tornarci</translation>
    </message>
    <message>
        <source>The pathway as it was opened</source>
        <translation>Il percorso com’era all’apertura</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemi</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Cronologia delle modifiche</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problemi (%1)</translation>
    </message>
</context>
<context>
    <name>EditingSession</name>
    <message>
        <source>title</source>
        <translation>il titolo</translation>
    </message>
    <message>
        <source>part of the journey</source>
        <translation>la fase del percorso</translation>
    </message>
    <message>
        <source>patient text</source>
        <translation>il testo per il paziente</translation>
    </message>
    <message>
        <source>clinical text</source>
        <translation>il testo clinico</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>la durata</translation>
    </message>
    <message>
        <source>timing</source>
        <translation>il momento</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>i luoghi</translation>
    </message>
    <message>
        <source>care team</source>
        <translation>l’équipe curante</translation>
    </message>
    <message>
        <source>what to expect</source>
        <translation>che cosa aspettarsi</translation>
    </message>
    <message>
        <source>how to prepare</source>
        <translation>come prepararsi</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>le domande</translation>
    </message>
    <message>
        <source>warning signs</source>
        <translation>i segnali di allarme</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>le fonti</translation>
    </message>
    <message>
        <source>change %1 of &apos;%2&apos;</source>
        <translation>modificare %1 di “%2”</translation>
    </message>
    <message>
        <source>change an arrow</source>
        <translation>modificare una freccia</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>modificare %1</translation>
    </message>
    <message>
        <source>change</source>
        <translation>modificare</translation>
    </message>
</context>
<context>
    <name>EditingStepForm</name>
    <message>
        <source>minutes</source>
        <translation>minuti</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>ore</translation>
    </message>
    <message>
        <source>days</source>
        <translation>giorni</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>settimane</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mesi</translation>
    </message>
    <message>
        <source>years</source>
        <translation>anni</translation>
    </message>
    <message>
        <source>The step</source>
        <translation>La tappa</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Part of the journey</source>
        <translation>Fase del percorso</translation>
    </message>
    <message>
        <source>How long and when</source>
        <translation>Durata e momento</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>Outpatient clinic</source>
        <translation>Ambulatorio</translation>
    </message>
    <message>
        <source>Hospital ward</source>
        <translation>Reparto ospedaliero</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>Laboratorio</translation>
    </message>
    <message>
        <source>At home</source>
        <translation>A casa</translation>
    </message>
    <message>
        <source>Near the treatment centre</source>
        <translation>Vicino al centro di cura</translation>
    </message>
    <message>
        <source>%1: at least</source>
        <translation>%1: almeno</translation>
    </message>
    <message>
        <source>%1: at most</source>
        <translation>%1: al massimo</translation>
    </message>
    <message>
        <source>%1: unit</source>
        <translation>%1: unità</translation>
    </message>
    <message>
        <source>The length is an estimate</source>
        <translation>La durata è una stima</translation>
    </message>
    <message>
        <source>Days from day 0</source>
        <translation>Giorni dal giorno 0</translation>
    </message>
    <message>
        <source>%1: first day</source>
        <translation>%1: primo giorno</translation>
    </message>
    <message>
        <source>%1: last day</source>
        <translation>%1: ultimo giorno</translation>
    </message>
    <message>
        <source>The days are an estimate</source>
        <translation>I giorni sono una stima</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Che cosa succede</translation>
    </message>
    <message>
        <source>For the patient, in plain words</source>
        <translation>Per il paziente, con parole semplici</translation>
    </message>
    <message>
        <source>Clinical details (for staff)</source>
        <translation>Dettagli clinici (per il personale)</translation>
    </message>
    <message>
        <source>Where and who</source>
        <translation>Dove e chi</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dove</translation>
    </message>
    <message>
        <source>Care team</source>
        <translation>Équipe curante</translation>
    </message>
    <message>
        <source>For the patient (one item per line)</source>
        <translation>Per il paziente (un elemento per riga)</translation>
    </message>
    <message>
        <source>What to expect</source>
        <translation>Che cosa aspettarsi</translation>
    </message>
    <message>
        <source>How to prepare</source>
        <translation>Come prepararsi</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Domande</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Segnali di allarme</translation>
    </message>
    <message>
        <source>Sources (ids, one per line)</source>
        <translation>Fonti (identificativi, uno per riga)</translation>
    </message>
    <message>
        <source>Arrows from this step</source>
        <translation>Frecce che partono da questa tappa</translation>
    </message>
    <message>
        <source>Add a step after this</source>
        <translation>Aggiungi una tappa dopo questa</translation>
    </message>
    <message>
        <source>Add a branch from this</source>
        <translation>Aggiungi una diramazione da qui</translation>
    </message>
    <message>
        <source>Delete this step</source>
        <translation>Elimina questa tappa</translation>
    </message>
    <message>
        <source>Change the step</source>
        <translation>Modifica la tappa</translation>
    </message>
    <message>
        <source>Click a step on the map to change it.</source>
        <translation>Faccia clic su una tappa della mappa per modificarla.</translation>
    </message>
    <message>
        <source>Changing: %1</source>
        <translation>In modifica: %1</translation>
    </message>
</context>
<context>
    <name>EditingStructure</name>
    <message>
        <source>add a branch after &apos;%1&apos;</source>
        <translation>aggiungere una diramazione dopo “%1”</translation>
    </message>
    <message>
        <source>add a step after &apos;%1&apos;</source>
        <translation>aggiungere una tappa dopo “%1”</translation>
    </message>
    <message>
        <source>add step</source>
        <translation>aggiungere una tappa</translation>
    </message>
    <message>
        <source>add arrow</source>
        <translation>aggiungere una freccia</translation>
    </message>
    <message>
        <source>delete step &apos;%1&apos;</source>
        <translation>eliminare la tappa “%1”</translation>
    </message>
    <message>
        <source>remove arrow</source>
        <translation>rimuovere una freccia</translation>
    </message>
    <message>
        <source>remove step</source>
        <translation>rimuovere una tappa</translation>
    </message>
    <message>
        <source>add arrow to &apos;%1&apos;</source>
        <translation>aggiungere una freccia verso “%1”</translation>
    </message>
    <message>
        <source>remove arrow %1 → %2</source>
        <translation>rimuovere la freccia %1 → %2</translation>
    </message>
    <message>
        <source>change the kind of arrow %1</source>
        <translation>modificare il tipo della freccia %1</translation>
    </message>
</context>
<context>
    <name>EditingUnfinished</name>
    <message>
        <source>still the editor&apos;s placeholder words (“%1”): write this pathway&apos;s own words</source>
        <translation>ancora i testi provvisori dell’editor (“%1”): scriva le parole proprie di questo percorso</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>There is no pathway to export.</source>
        <translation>Non c’è alcun percorso da esportare.</translation>
    </message>
    <message>
        <source>Cannot export to %1: the name has no extension to say the format. Use a name ending in .png (picture), .svg (drawing) or .pdf (document).</source>
        <translation>Impossibile esportare in %1: il nome non ha un&apos;estensione che indichi il formato. Usi un nome che finisce con .png (immagine), .svg (disegno) o .pdf (documento).</translation>
    </message>
    <message>
        <source>Cannot export to %1: %2 is not a supported format. Use a name ending in .png (picture), .svg (drawing) or .pdf (document).</source>
        <translation>Impossibile esportare in %1: %2 non è un formato supportato. Usi un nome che finisce con .png (immagine), .svg (disegno) o .pdf (documento).</translation>
    </message>
    <message>
        <source>This journey is too long for a picture: %1 x %2 pixels, where most picture viewers open %3 at most. Save it as .svg or .pdf instead: they keep every word sharp at any size.</source>
        <translation>Questo percorso è troppo lungo per un’immagine: %1 x %2 pixel, mentre la maggior parte dei visualizzatori di immagini ne apre al massimo %3. Lo salvi invece come .svg o .pdf: mantengono ogni parola nitida a qualsiasi dimensione.</translation>
    </message>
    <message>
        <source>The picture would be too large (%1 x %2 pixels); try a smaller scale.</source>
        <translation>L’immagine sarebbe troppo grande (%1 x %2 pixel); provi una scala più piccola.</translation>
    </message>
    <message>
        <source>Could not write the picture to %1</source>
        <translation>Impossibile scrivere l’immagine in %1</translation>
    </message>
    <message>
        <source>Could not write the drawing to %1</source>
        <translation>Impossibile scrivere il disegno in %1</translation>
    </message>
    <message>
        <source>Could not write the document to %1</source>
        <translation>Impossibile scrivere il documento in %1</translation>
    </message>
</context>
<context>
    <name>FileFilters</name>
    <message>
        <source>Clinic settings (*.json);;All files (*)</source>
        <translation>Impostazioni del centro (*.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Pathway files (*.yaml *.yml *.json);;All files (*)</source>
        <translation>File di percorso (*.yaml *.yml *.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV) (*.csv);;JSON (*.json)</source>
        <translation>Foglio di calcolo (CSV) (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>Immagine PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Disegno SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Pathway file (*.yaml *.yml)</source>
        <translation>File di percorso (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tabella CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>JourneyArrows</name>
    <message>
        <source>Main journey</source>
        <translation>Percorso principale</translation>
    </message>
    <message>
        <source>Another path, only if needed</source>
        <translation>Un’altra strada, solo se necessario</translation>
    </message>
    <message>
        <source>Going back to an earlier step</source>
        <translation>Ritorno a una tappa precedente</translation>
    </message>
    <message>
        <source>A step only some people need</source>
        <translation>Una tappa di cui solo alcune persone hanno bisogno</translation>
    </message>
    <message>
        <source>At the same time, not another way</source>
        <translation>Nello stesso momento, non un’altra strada</translation>
    </message>
    <message>
        <source>The line goes on at the same number</source>
        <translation>La linea continua allo stesso numero</translation>
    </message>
    <message>
        <source>The journey stops at this step</source>
        <translation>Il percorso si ferma a questa tappa</translation>
    </message>
</context>
<context>
    <name>JourneyItems</name>
    <message>
        <source>also here</source>
        <translation>anche qui</translation>
    </message>
    <message>
        <source>Part of the journey: %1</source>
        <translation>Fase del percorso: %1</translation>
    </message>
    <message>
        <source>The same step, drawn again near the steps that lead to it.</source>
        <translation>La stessa tappa, disegnata di nuovo vicino alle tappe che portano a essa.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>L&amp;anguage</source>
        <translation>L&amp;ingua</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Lingua del sistema (%1)</translation>
    </message>
    <message>
        <source>The viewer will be in %1 the next time you start it. Handouts and exports follow it too.</source>
        <translation>Il programma sarà in %1 al prossimo avvio. Anche gli opuscoli e le esportazioni seguiranno questa lingua.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The file</source>
        <translation>Il file</translation>
    </message>
    <message>
        <source>Journey: the steps of the treatment, in order</source>
        <translation>Percorso: le tappe della cura, in ordine</translation>
    </message>
    <message>
        <source>Each step is an item. Arrow keys move along the journey; Enter shows the step&apos;s details.</source>
        <translation>Ogni tappa è un elemento. I tasti freccia permettono di spostarsi lungo il percorso; Invio mostra i dettagli della tappa.</translation>
    </message>
    <message>
        <source>%1 (day 0)</source>
        <translation>%1 (giorno 0)</translation>
    </message>
    <message>
        <source>Day 0</source>
        <translation>Giorno 0</translation>
    </message>
    <message>
        <source>%1: %2 (not saved)</source>
        <translation>%1: %2 (non salvato)</translation>
    </message>
    <message>
        <source>The dates are kept only while the viewer is open. Tools &gt; Set dates changes or clears them.</source>
        <translation>Le date vengono conservate solo finché il programma è aperto. Strumenti &gt; Imposta le date permette di modificarle o cancellarle.</translation>
    </message>
    <message>
        <source>Words for clinicians: clinical details shown too</source>
        <translation>Testi per il personale sanitario: mostrati anche i dettagli clinici</translation>
    </message>
    <message>
        <source>Words for patients: plain words only</source>
        <translation>Testi per i pazienti: solo parole semplici</translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation>Mappa del percorso</translation>
    </message>
    <message>
        <source>Journey map: {title}</source>
        <translation>Mappa del percorso: {title}</translation>
    </message>
    <message>
        <source>No step selected: click a step, or use the arrow keys</source>
        <translation>Nessuna tappa selezionata: faccia clic su una tappa o usi i tasti freccia</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>Tappa: %1</translation>
    </message>
    <message>
        <source>Showing the steps of: %1</source>
        <translation>Tappe mostrate per: %1</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>Zoom %1%</translation>
    </message>
    <message>
        <source>The pathway&apos;s own words, as its file says</source>
        <translation>Le parole del percorso, come sono scritte nel suo file</translation>
    </message>
    <message>
        <source>The pathway&apos;s words from its translation file; untranslated parts stay in the original</source>
        <translation>Le parole del percorso dal suo file di traduzione; le parti non tradotte restano nella lingua originale</translation>
    </message>
    <message>
        <source>Leave edit mode first</source>
        <translation>Prima esca dalla modalità di modifica</translation>
    </message>
    <message>
        <source>While you edit, the pathway is shown in its own language. Save your changes and turn off Edit &gt; Edit pathway to choose another language.</source>
        <translation>Durante la modifica il percorso è mostrato nella sua lingua. Salvi le modifiche e disattivi Modifica &gt; Modifica percorso per scegliere un’altra lingua.</translation>
    </message>
    <message>
        <source>Content lan&amp;guage</source>
        <translation>Lin&amp;gua del contenuto</translation>
    </message>
    <message>
        <source>Disclaimer</source>
        <translation>Avvertenza</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Strumenti</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Revisione</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>Text si&amp;ze</source>
        <translation>Dim&amp;ensione del testo</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>Mostra &amp;dettagli</translation>
    </message>
    <message>
        <source>Show or hide the step details panel</source>
        <translation>Mostra o nasconde il pannello dei dettagli della tappa</translation>
    </message>
    <message>
        <source>Show &amp;care team</source>
        <translation>Mostra é&amp;quipe curante</translation>
    </message>
    <message>
        <source>Show or hide the care team panel</source>
        <translation>Mostra o nasconde il pannello dell’équipe curante</translation>
    </message>
    <message>
        <source>Co&amp;lours</source>
        <translation>C&amp;olori</translation>
    </message>
    <message>
        <source>Show o&amp;utline</source>
        <translation>Mostra &amp;schema</translation>
    </message>
    <message>
        <source>Show or hide the journey as a list of steps and branches</source>
        <translation>Mostra o nasconde il percorso come elenco di tappe e diramazioni</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Apri &amp;recenti</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra degli strumenti principale</translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation>Mappa</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source> Words for: </source>
        <translation> Testi per: </translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pazienti</translation>
    </message>
    <message>
        <source>Clinicians</source>
        <translation>Personale</translation>
    </message>
    <message>
        <source>Set dates...</source>
        <translation>Imposta date...</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presenta</translation>
    </message>
    <message>
        <source>More toolbar commands</source>
        <translation>Altri comandi della barra degli strumenti</translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <source>Outline</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Outline of the journey: steps, with their branches under them</source>
        <translation>Schema del percorso: le tappe, con sotto le loro diramazioni</translation>
    </message>
    <message>
        <source>Up and Down move between steps, Right opens a step&apos;s branches; the chosen step shows in the details.</source>
        <translation>Su e Giù passano da una tappa all’altra, Destra apre le diramazioni di una tappa; la tappa scelta viene mostrata nei dettagli.</translation>
    </message>
</context>
<context>
    <name>OutputHandout</name>
    <message>
        <source>Emergency: %1</source>
        <translation>Emergenza: %1</translation>
    </message>
</context>
<context>
    <name>OutputHandoutContacts</name>
    <message>
        <source>Who to call, and local rules</source>
        <translation>Chi chiamare e regole locali</translation>
    </message>
    <message>
        <source>Who to call</source>
        <translation>Chi chiamare</translation>
    </message>
    <message>
        <source>Local rules from your clinic</source>
        <translation>Regole locali del Suo centro</translation>
    </message>
    <message>
        <source>Your care team</source>
        <translation>La Sua équipe curante</translation>
    </message>
    <message>
        <source>Write the numbers your team gives you in the right-hand column.</source>
        <translation>Scriva nella colonna di destra i numeri che Le dà la Sua équipe.</translation>
    </message>
    <message>
        <source>%1 if you have:</source>
        <translation>%1, se ha:</translation>
    </message>
    <message>
        <source>Do not wait for your next visit.</source>
        <translation>Non aspetti la prossima visita.</translation>
    </message>
    <message>
        <source>Who</source>
        <comment>the care-team role a phone number is for</comment>
        <translation>Chi</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Emergency number: %1</source>
        <translation>Numero di emergenza: %1</translation>
    </message>
    <message>
        <source>Ask your team which number to use, and write it here.</source>
        <translation>Chieda alla Sua équipe quale numero usare e lo scriva qui.</translation>
    </message>
    <message>
        <source>In an emergency, day or night, call</source>
        <translation>In caso di emergenza, di giorno o di notte, chiami</translation>
    </message>
</context>
<context>
    <name>OutputHandoutHtml</name>
    <message>
        <source>For you and the people supporting you</source>
        <translation>Per Lei e per le persone che La sostengono</translation>
    </message>
    <message>
        <source>For clinicians and staff (includes clinical details)</source>
        <translation>Per il personale sanitario (con i dettagli clinici)</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Prepared on</source>
        <translation>Preparato il</translation>
    </message>
    <message>
        <source>%1 (day 0)</source>
        <translation>%1 (giorno 0)</translation>
    </message>
    <message>
        <source>Your journey at a glance</source>
        <translation>Il Suo percorso a colpo d’occhio</translation>
    </message>
    <message>
        <source>The steps, one by one</source>
        <translation>Le tappe, una per una</translation>
    </message>
    <message>
        <source>Other paths some people take</source>
        <translation>Altre strade che alcune persone seguono</translation>
    </message>
    <message>
        <source>Words used in this guide</source>
        <translation>Parole usate in questa guida</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fonti</translation>
    </message>
    <message>
        <source>In this guide</source>
        <translation>In questa guida</translation>
    </message>
    <message>
        <source>The picture shows every step. The main journey is the path most people follow; the side paths show what can happen to some people.</source>
        <translation>L’immagine mostra ogni tappa. Il percorso principale è la strada che segue la maggior parte delle persone; le strade secondarie mostrano che cosa può succedere ad alcune persone.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Tappa</translation>
    </message>
    <message>
        <source>Typical timing</source>
        <translation>Tempi abituali</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>Your dates</source>
        <translation>Le Sue date</translation>
    </message>
    <message>
        <source>varies</source>
        <translation>variabile</translation>
    </message>
    <message>
        <source>to be agreed</source>
        <translation>da concordare</translation>
    </message>
    <message>
        <source>The main journey, step by step</source>
        <translation>Il percorso principale, tappa per tappa</translation>
    </message>
    <message>
        <source>The picture shows every step of the journey, in order.</source>
        <translation>L’immagine mostra ogni tappa del percorso, in ordine.</translation>
    </message>
    <message>
        <source>Day 0 is %1. Day -5 means five days before it.</source>
        <translation>Il giorno 0 è %1. Giorno -5 significa cinque giorni prima.</translation>
    </message>
    <message>
        <source>“How long” is the time the step itself takes; “when” is the stretch of days it happens in.</source>
        <translation>“Durata” è il tempo che richiede la tappa stessa; “quando” è il periodo di giorni in cui avviene.</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Tappa %1 di %2: %3</translation>
    </message>
    <message>
        <source>Part of the journey: %1</source>
        <translation>Fase del percorso: %1</translation>
    </message>
    <message>
        <source>At the same time: %1</source>
        <translation>Nello stesso momento: %1</translation>
    </message>
    <message>
        <source>Not everyone follows the main journey. These are the other things that can happen, and what they mean for you.</source>
        <translation>Non tutti seguono il percorso principale. Ecco le altre cose che possono succedere e che cosa significano per Lei.</translation>
    </message>
    <message>
        <source>Going back to an earlier step</source>
        <translation>Ritorno a una tappa precedente</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1:&lt;/b&gt; from &amp;#8220;%2&amp;#8221; back to &amp;#8220;%3&amp;#8221;.</source>
        <translation>&lt;b&gt;%1:&lt;/b&gt; da &amp;#8220;%2&amp;#8221; si torna a &amp;#8220;%3&amp;#8221;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1:&lt;/b&gt; from &amp;#8220;%2&amp;#8221; on to &amp;#8220;%3&amp;#8221;.</source>
        <translation>&lt;b&gt;%1:&lt;/b&gt; da &amp;#8220;%2&amp;#8221; si passa a &amp;#8220;%3&amp;#8221;.</translation>
    </message>
    <message>
        <source>Going straight to the end of the journey</source>
        <translation>Direttamente alla fine del percorso</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1:&lt;/b&gt; from &amp;#8220;%2&amp;#8221; straight to &amp;#8220;%3&amp;#8221;, where the journey ends.</source>
        <translation>&lt;b&gt;%1:&lt;/b&gt; da &amp;#8220;%2&amp;#8221; si passa direttamente a &amp;#8220;%3&amp;#8221;, dove il percorso finisce.</translation>
    </message>
    <message>
        <source>%1 (after &amp;#8220;%2&amp;#8221;)</source>
        <translation>%1 (dopo &amp;#8220;%2&amp;#8221;)</translation>
    </message>
    <message>
        <source>&lt;b&gt;When:&lt;/b&gt; %1.</source>
        <translation>&lt;b&gt;Quando:&lt;/b&gt; %1.</translation>
    </message>
    <message>
        <source>At the same time as &amp;#8220;%1&amp;#8221;.</source>
        <translation>Nello stesso momento di &amp;#8220;%1&amp;#8221;.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Clinical details:&lt;/i&gt; %1</source>
        <translation>&lt;i&gt;Dettagli clinici:&lt;/i&gt; %1</translation>
    </message>
    <message>
        <source>back to &amp;#8220;%1&amp;#8221;</source>
        <translation>ritorno a &amp;#8220;%1&amp;#8221;</translation>
    </message>
    <message>
        <source>%1: back to &amp;#8220;%2&amp;#8221;</source>
        <translation>%1: ritorno a &amp;#8220;%2&amp;#8221;</translation>
    </message>
    <message>
        <source>%1: on to &amp;#8220;%2&amp;#8221;</source>
        <translation>%1: si passa a &amp;#8220;%2&amp;#8221;</translation>
    </message>
    <message>
        <source>next</source>
        <translation>poi</translation>
    </message>
    <message>
        <source>&lt;b&gt;Afterwards:&lt;/b&gt; %1.</source>
        <translation>&lt;b&gt;In seguito:&lt;/b&gt; %1.</translation>
    </message>
    <message>
        <source>The steps above cite these sources by number. Where a source gives a web address, it is printed here as text.</source>
        <translation>Le tappe qui sopra citano queste fonti con il loro numero. Quando una fonte indica un indirizzo web, questo è stampato qui come testo.</translation>
    </message>
    <message>
        <source>About this guide</source>
        <translation>Informazioni su questa guida</translation>
    </message>
    <message>
        <source>Sources: %1 (listed at the end).</source>
        <translation>Fonti: %1 (elencate alla fine).</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <comment>a main step&apos;s number and title</comment>
        <translation>Tappa %1: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Please read:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;La preghiamo di leggere:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Your journey, step by step</source>
        <translation>Il Suo percorso, tappa per tappa</translation>
    </message>
    <message>
        <source>Planned %1</source>
        <comment>the day booked ahead, as the pathway names it</comment>
        <translation>In programma: %1</translation>
    </message>
    <message>
        <source>Your dates are worked out from the planned date of %1 and the usual timings. Your team may change them: always go by what they tell you.</source>
        <translation>Le Sue date sono calcolate a partire dalla data prevista del giorno 0 (%1) e dai tempi abituali. La Sua équipe può cambiarle: segua sempre ciò che Le dice.</translation>
    </message>
    <message>
        <source>Made with %1 %2 on %3.</source>
        <translation>Realizzato con %1 %2 il %3.</translation>
    </message>
</context>
<context>
    <name>OutputJourneyPicture</name>
    <message>
        <source>The journey continues on the next page</source>
        <translation>Il percorso continua alla pagina successiva</translation>
    </message>
</context>
<context>
    <name>OutputPagedText</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 di %2</translation>
    </message>
</context>
<context>
    <name>OutputTrainingPdf</name>
    <message>
        <source>Training record: %1</source>
        <translation>Registro della formazione: %1</translation>
    </message>
</context>
<context>
    <name>PanelsCareTeam</name>
    <message>
        <source>Everyone (no filter)</source>
        <translation>Tutti (nessun filtro)</translation>
    </message>
    <message>
        <source>Care team</source>
        <translation>Équipe curante</translation>
    </message>
    <message>
        <source>Choose a person to see the steps they take part in.</source>
        <translation>Scelga una persona per vedere le tappe a cui partecipa.</translation>
    </message>
    <message>
        <source>Care team: choose a role to highlight their steps</source>
        <translation>Équipe curante: scelga un ruolo per evidenziarne le tappe</translation>
    </message>
    <message>
        <source>Show every step the same way</source>
        <translation>Mostra tutte le tappe allo stesso modo</translation>
    </message>
</context>
<context>
    <name>PanelsDetails</name>
    <message>
        <source>Step details</source>
        <translation>Dettagli della tappa</translation>
    </message>
    <message>
        <source>Change the step</source>
        <translation>Modifica la tappa</translation>
    </message>
    <message>
        <source>No pathway is open.</source>
        <translation>Nessun percorso aperto.</translation>
    </message>
    <message>
        <source>Click a step to see what happens, who is there and how to prepare.</source>
        <translation>Faccia clic su una tappa per vedere che cosa succede, chi è presente e come prepararsi.</translation>
    </message>
    <message>
        <source>You can also use the arrow keys to move between steps, and Ctrl+F to search.</source>
        <translation>Può anche usare i tasti freccia per passare da una tappa all’altra e Ctrl+F per cercare.</translation>
    </message>
    <message>
        <source>Part of the journey: %1</source>
        <translation>Fase del percorso: %1</translation>
    </message>
    <message>
        <source>your clinic</source>
        <translation>il Suo centro</translation>
    </message>
    <message>
        <source>Local rules from %1</source>
        <translation>Regole locali (%1)</translation>
    </message>
    <message>
        <source>Words used on this page</source>
        <translation>Parole usate in questa pagina</translation>
    </message>
    <message>
        <source>Words with a dotted line are explained here. Point at one, or click it, to see what it means.</source>
        <translation>Le parole sottolineate a puntini sono spiegate qui. Ci passi sopra con il puntatore, o ci faccia clic, per vedere che cosa significano.</translation>
    </message>
</context>
<context>
    <name>PanelsSearchBar</name>
    <message>
        <source>Search steps (Ctrl+F)</source>
        <translation>Cerca nelle tappe (Ctrl+F)</translation>
    </message>
    <message>
        <source>No step found</source>
        <translation>Nessuna tappa trovata</translation>
    </message>
    <message>
        <source>Search steps</source>
        <translation>Cerca nelle tappe</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <source>No step mentions &apos;%1&apos;</source>
        <translation>Nessuna tappa menziona “%1”</translation>
    </message>
</context>
<context>
    <name>PresentationChoices</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Something also happens at the same time. Press %1 to see it:</source>
        <translation>Nello stesso momento succede anche qualcos’altro. Prema %1 per vederlo:</translation>
    </message>
    <message>
        <source>Some people go another way here, and something also happens at the same time. Press %1 to see one:</source>
        <translation>Qui alcune persone seguono un’altra strada, e nello stesso momento succede anche qualcos’altro. Prema %1 per vederne uno:</translation>
    </message>
    <message>
        <source>Some people go another way here. Press %1 to see that path:</source>
        <translation>Qui alcune persone seguono un’altra strada. Prema %1 per vederla:</translation>
    </message>
    <message>
        <source>next</source>
        <translation>poi</translation>
    </message>
</context>
<context>
    <name>PresentationNotes</name>
    <message>
        <source>No presenter notes for this step.</source>
        <translation>Nessuna nota per il relatore per questa tappa.</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Ora: %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Poi: %1</translation>
    </message>
    <message>
        <source>Next: (the end of the journey)</source>
        <translation>Poi: (la fine del percorso)</translation>
    </message>
    <message>
        <source>Presenter view</source>
        <translation>Vista del relatore</translation>
    </message>
</context>
<context>
    <name>PresentationStrip</name>
    <message>
        <source>The whole journey. %1: step %2 of %3</source>
        <translation>L’intero percorso. %1: tappa %2 di %3</translation>
    </message>
</context>
<context>
    <name>PresentationView</name>
    <message>
        <source>You are here</source>
        <translation>Lei è qui</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentazione</translation>
    </message>
    <message>
        <source>Presentation: one step of the journey at a time</source>
        <translation>Presentazione: una tappa del percorso alla volta</translation>
    </message>
    <message>
        <source>Side path from here</source>
        <translation>Strada secondaria da qui</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Tappa %1 di %2</translation>
    </message>
    <message>
        <source>Only if needed: a side path at step %1 of %2</source>
        <translation>Solo se necessario: una strada secondaria alla tappa %1 di %2</translation>
    </message>
    <message>
        <source>Only if needed: a side path</source>
        <translation>Solo se necessario: una strada secondaria</translation>
    </message>
    <message>
        <source>Your dates: %1</source>
        <translation>Le Sue date: %1</translation>
    </message>
    <message>
        <source>your clinic</source>
        <translation>il Suo centro</translation>
    </message>
    <message>
        <source>Local rules from %1</source>
        <translation>Regole locali (%1)</translation>
    </message>
    <message>
        <source>This is the last step of the journey.</source>
        <translation>Questa è l’ultima tappa del percorso.</translation>
    </message>
    <message>
        <source>→  Next: %1</source>
        <translation>→  Poi: %1</translation>
    </message>
    <message>
        <source>→  Back to: %1 (%2)</source>
        <translation>→  Ritorno a: %1 (%2)</translation>
    </message>
    <message>
        <source>→  Back to the main journey: %1</source>
        <translation>→  Ritorno al percorso principale: %1</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Indietro</translation>
    </message>
    <message>
        <source>↓ More below</source>
        <translation>↓ Continua sotto</translation>
    </message>
    <message>
        <source>N: notes</source>
        <translation>N: note</translation>
    </message>
    <message>
        <source>Esc: leave</source>
        <translation>Esc: esci</translation>
    </message>
</context>
<context>
    <name>SuggestionsDialog</name>
    <message>
        <source>Suggestions made on this computer</source>
        <translation>Suggerimenti fatti su questo computer</translation>
    </message>
</context>
<context>
    <name>TimelineItems</name>
    <message>
        <source>time squeezed to fit</source>
        <translation>tempo compresso per adattarlo</translation>
    </message>
</context>
<context>
    <name>TimelineScene</name>
    <message>
        <source>No fixed day</source>
        <translation>Nessun giorno fisso</translation>
    </message>
    <message>
        <source>Main journey: the steps most people go through</source>
        <translation>Percorso principale: le tappe per cui passa la maggior parte delle persone</translation>
    </message>
    <message>
        <source>%1: some people also go through these steps</source>
        <translation>%1: alcune persone passano anche per queste tappe</translation>
    </message>
    <message>
        <source>Day 0 is %1. More than 2 weeks before or after it, the time is squeezed (shaded), so that the busy days and the years of follow-up both fit.</source>
        <translation>Il giorno 0 è %1. Oltre 2 settimane prima o dopo, il tempo è compresso (zona ombreggiata), così che ci stiano sia i giorni più intensi sia gli anni di controlli.</translation>
    </message>
    <message>
        <source>Days count from %1 (day 0). Before day -14 and after day +14 the time is squeezed (shaded), so that the busy days and the years of follow-up both fit.</source>
        <translation>I giorni si contano da %1 (giorno 0). Prima del giorno -14 e dopo il giorno +14 il tempo è compresso (zona ombreggiata), così che ci stiano sia i giorni più intensi sia gli anni di controlli.</translation>
    </message>
    <message>
        <source>Timings are typical: your team plans your own dates.</source>
        <translation>I tempi sono quelli abituali: la Sua équipe pianifica le Sue date.</translation>
    </message>
    <message>
        <source>%1 (window)</source>
        <translation>%1 (periodo)</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline: the steps in the order they come (this pathway gives no days)</source>
        <translation>Cronologia: le tappe nell’ordine in cui avvengono (questo percorso non indica giorni)</translation>
    </message>
    <message>
        <source>Timeline: the steps on a calendar of days around day 0</source>
        <translation>Cronologia: le tappe su un calendario dei giorni intorno al giorno 0</translation>
    </message>
    <message>
        <source>Each step is an item. Arrow keys move between the steps; Enter shows the step&apos;s details.</source>
        <translation>Ogni tappa è un elemento. I tasti freccia passano da una tappa all’altra; Invio mostra i dettagli della tappa.</translation>
    </message>
</context>
<context>
    <name>TrainingQuestionPage</name>
    <message>
        <source>Show this step on the map</source>
        <translation>Mostra questa tappa sulla mappa</translation>
    </message>
    <message>
        <source>Check answer</source>
        <translation>Verifica la risposta</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Domanda successiva</translation>
    </message>
    <message>
        <source>Stop quiz</source>
        <translation>Interrompi il quiz</translation>
    </message>
    <message>
        <source>End the quiz now and see the results so far (Esc)</source>
        <translation>Termina ora il quiz e mostra i risultati ottenuti finora (Esc)</translation>
    </message>
    <message>
        <source>See results</source>
        <translation>Mostra i risultati</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>Giusto.</translation>
    </message>
    <message>
        <source>Not quite. The right answer is: %1</source>
        <translation>Non proprio. La risposta giusta è: %1</translation>
    </message>
</context>
<context>
    <name>TrainingResultsPage</name>
    <message>
        <source>Passed: %1 of %2 right (%3 %; pass mark %4 %)</source>
        <translation>Superato: punteggio %1 su %2 (%3 %; soglia di superamento %4 %)</translation>
    </message>
    <message>
        <source>Not passed yet: %1 of %2 right (%3 %; pass mark %4 %)</source>
        <translation>Non ancora superato: punteggio %1 su %2 (%3 %; soglia di superamento %4 %)</translation>
    </message>
    <message>
        <source>Right answer: %1</source>
        <translation>Risposta giusta: %1</translation>
    </message>
    <message>
        <source>None: every answer was right.</source>
        <translation>Nessuna: tutte le risposte erano giuste.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Nessuna.</translation>
    </message>
    <message>
        <source>Questions missed</source>
        <translation>Domande sbagliate</translation>
    </message>
    <message>
        <source>Steps to revisit</source>
        <translation>Tappe da ripassare</translation>
    </message>
    <message>
        <source>Optional; printed on the export only, never saved</source>
        <translation>Facoltativo; stampato solo nell’esportazione, mai salvato</translation>
    </message>
    <message>
        <source>Export CSV...</source>
        <translation>Esporta CSV...</translation>
    </message>
    <message>
        <source>Export PDF...</source>
        <translation>Esporta PDF...</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nuova sessione</translation>
    </message>
    <message>
        <source>Trainee&apos;s name for the export:</source>
        <translation>Nome della persona in formazione, per l’esportazione:</translation>
    </message>
    <message>
        <source>Results: %1 (%2)</source>
        <translation>Risultati: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>TrainingView</name>
    <message>
        <source>Train</source>
        <translation>Formazione</translation>
    </message>
    <message>
        <source>Train: questions from this pathway</source>
        <translation>Formazione: domande tratte da questo percorso</translation>
    </message>
    <message>
        <source>The same seed gives the same questions in the same order</source>
        <translation>Lo stesso seme dà le stesse domande nello stesso ordine</translation>
    </message>
    <message>
        <source>The share of right answers that passes; kept in the settings</source>
        <translation>La quota di risposte giuste necessaria per superare; conservata nelle impostazioni</translation>
    </message>
    <message>
        <source>Start quiz</source>
        <translation>Inizia il quiz</translation>
    </message>
    <message>
        <source>Play scenario</source>
        <translation>Avvia lo scenario</translation>
    </message>
    <message>
        <source>Grading practice (CRS, ICE score, ICANS)</source>
        <translation>Esercitazione sul grading (CRS, punteggio ICE, ICANS)</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>Module:</source>
        <translation>Modulo:</translation>
    </message>
    <message>
        <source>Questions:</source>
        <translation>Domande:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Seme:</translation>
    </message>
    <message>
        <source>Pass mark:</source>
        <translation>Soglia di superamento:</translation>
    </message>
    <message>
        <source>Scenario: a patient&apos;s days, one event at a time</source>
        <translation>Scenario: le giornate di un paziente, un evento alla volta</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Scenario:</translation>
    </message>
    <message>
        <source>Grading practice</source>
        <translation>Esercitazione sul grading</translation>
    </message>
    <message>
        <source>Cases graded by the ASTCT consensus rules. %1</source>
        <translation>Casi classificati secondo i criteri di consenso ASTCT. %1</translation>
    </message>
    <message>
        <source>The whole pathway</source>
        <translation>L’intero percorso</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Per: %1</translation>
    </message>
    <message>
        <source>This pathway has no scenarios for this module</source>
        <translation>Questo percorso non ha scenari per questo modulo</translation>
    </message>
    <message>
        <source>scenario: %1</source>
        <translation>scenario: %1</translation>
    </message>
    <message>
        <source>grading practice</source>
        <translation>esercitazione sul grading</translation>
    </message>
    <message>
        <source>Question %1 of %2  (%3)</source>
        <translation>Domanda %1 di %2  (%3)</translation>
    </message>
</context>
<context>
    <name>WindowCrash</name>
    <message>
        <source>Something went wrong</source>
        <translation>Si è verificato un problema</translation>
    </message>
    <message>
        <source>Something went wrong, but the app is still running and nothing was lost.</source>
        <translation>Si è verificato un problema, ma il programma è ancora in funzione e non è andato perso nulla.</translation>
    </message>
    <message>
        <source>You can carry on. If it happens again, please send this file to your IT support:</source>
        <translation>Può continuare. Se succede di nuovo, invii questo file al Suo supporto informatico:</translation>
    </message>
</context>
<context>
    <name>WindowDialogCommands</name>
    <message>
        <source>Quick guide</source>
        <translation>Guida rapida</translation>
    </message>
</context>
<context>
    <name>WindowEditCommands</name>
    <message>
        <source>Cannot edit this file</source>
        <translation>Impossibile modificare questo file</translation>
    </message>
    <message>
        <source>%1 cannot be read any more (%2). It may have been moved, renamed or deleted since it was opened. Open it again from where it is now.</source>
        <translation>Non è più possibile leggere %1 (%2). Potrebbe essere stato spostato, rinominato o eliminato dopo l’apertura. Lo riapra dalla posizione in cui si trova ora.</translation>
    </message>
    <message>
        <source>This step</source>
        <translation>Questa tappa</translation>
    </message>
    <message>
        <source>Whole pathway</source>
        <translation>Intero percorso</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non salvato</translation>
    </message>
    <message>
        <source>The pathways that come with the viewer are part of it and are never changed. Save your pathway under another name, in a folder of your own.</source>
        <translation>I percorsi forniti con il programma ne fanno parte e non vengono mai modificati. Salvi il Suo percorso con un altro nome, in una Sua cartella.</translation>
    </message>
    <message>
        <source>Nothing was saved; your changes are still here.</source>
        <translation>Non è stato salvato nulla; le Sue modifiche sono ancora qui.</translation>
    </message>
    <message>
        <source>This pathway cannot be saved yet</source>
        <translation>Questo percorso non può ancora essere salvato</translation>
    </message>
    <message>
        <source>Click a problem in the Problems list to go to the step and the box to fix.</source>
        <translation>Faccia clic su un problema nell’elenco Problemi per andare alla tappa e al campo da correggere.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Salvato: %1</translation>
    </message>
    <message>
        <source>The file was changed</source>
        <translation>Il file è stato modificato</translation>
    </message>
    <message>
        <source>%1 was changed by someone or something else since you began changing it here. Saving now replaces those changes with yours. To keep both, cancel and use Save As to save yours under another name.</source>
        <translation>%1 è stato modificato da qualcun altro o da qualcos’altro da quando ha iniziato a modificarlo qui. Se salva ora, quelle modifiche vengono sostituite dalle Sue. Per conservarle entrambe, annulli e usi Salva con nome per salvare le Sue con un altro nome.</translation>
    </message>
    <message>
        <source>Save over their changes</source>
        <translation>Sovrascrivi le loro modifiche</translation>
    </message>
    <message>
        <source>Save the pathway as</source>
        <translation>Salva il percorso con nome</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <source>You have changed the pathway and not saved it. Save the changes?</source>
        <translation>Ha modificato il percorso senza salvarlo. Salvare le modifiche?</translation>
    </message>
    <message>
        <source>Restore unsaved changes?</source>
        <translation>Ripristinare le modifiche non salvate?</translation>
    </message>
    <message>
        <source>the bundled pathway</source>
        <translation>il percorso incluso</translation>
    </message>
    <message>
        <source>The viewer closed while you were changing %1, before the changes were saved. Bring the changes back?</source>
        <translation>Il programma si è chiuso mentre stava modificando %1, prima che le modifiche fossero salvate. Recuperare le modifiche?</translation>
    </message>
</context>
<context>
    <name>WindowOpenCommands</name>
    <message>
        <source>Open pathway</source>
        <translation>Apri percorso</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Aperto: %1</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Nessun file recente</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>File non trovato</translation>
    </message>
    <message>
        <source>%1 is no longer at %2. It may have been moved or deleted, so it has been removed from Open recent.</source>
        <translation>%1 non si trova più in %2. Potrebbe essere stato spostato o eliminato, quindi è stato tolto da Apri recenti.</translation>
    </message>
</context>
<context>
    <name>WindowOutputCommands</name>
    <message>
        <source>Export view</source>
        <translation>Esporta vista</translation>
    </message>
    <message>
        <source>The picture could not be saved</source>
        <translation>Non è stato possibile salvare l’immagine</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Salvato: %1</translation>
    </message>
    <message>
        <source>Export handout</source>
        <translation>Esporta opuscolo</translation>
    </message>
    <message>
        <source>The handout could not be saved</source>
        <translation>Non è stato possibile salvare l’opuscolo</translation>
    </message>
    <message>
        <source>Saved the handout (%1 pages) to %2</source>
        <translation>Opuscolo (%1 pagine) salvato in %2</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>Stampa opuscolo</translation>
    </message>
    <message>
        <source>The handout could not be printed</source>
        <translation>Non è stato possibile stampare l’opuscolo</translation>
    </message>
    <message>
        <source>Sent the handout (%1 pages) to the printer</source>
        <translation>Opuscolo (%1 pagine) inviato alla stampante</translation>
    </message>
    <message>
        <source>Making the handout…</source>
        <translation>Creazione dell’opuscolo…</translation>
    </message>
</context>
<context>
    <name>WindowReviewCommands</name>
    <message>
        <source>Export the comparison</source>
        <translation>Esporta il confronto</translation>
    </message>
    <message>
        <source>The comparison could not be saved</source>
        <translation>Non è stato possibile salvare il confronto</translation>
    </message>
    <message>
        <source>Saved the comparison to %1</source>
        <translation>Confronto salvato in %1</translation>
    </message>
    <message>
        <source>This pathway cannot be signed off yet</source>
        <translation>Questo percorso non può ancora essere convalidato</translation>
    </message>
    <message>
        <source>Save the signed pathway as</source>
        <translation>Salva il percorso convalidato con nome</translation>
    </message>
    <message>
        <source>The sign-off was not saved</source>
        <translation>La convalida non è stata salvata</translation>
    </message>
    <message>
        <source>Signed off and saved %1</source>
        <translation>Convalidato e salvato: %1</translation>
    </message>
    <message>
        <source>Suggest a change</source>
        <translation>Suggerisci una modifica</translation>
    </message>
    <message>
        <source>Click the step you want to suggest a change to, then try again.</source>
        <translation>Faccia clic sulla tappa per cui vuole suggerire una modifica, poi riprovi.</translation>
    </message>
    <message>
        <source>The suggestion was not kept</source>
        <translation>Il suggerimento non è stato conservato</translation>
    </message>
    <message>
        <source>Suggestion kept. Review &gt; Suggestions lists and exports them.</source>
        <translation>Suggerimento conservato. Revisione &gt; Suggerimenti li elenca e li esporta.</translation>
    </message>
</context>
<context>
    <name>WindowTrainingCommands</name>
    <message>
        <source>Export training record</source>
        <translation>Esporta il registro della formazione</translation>
    </message>
    <message>
        <source>The training record could not be saved</source>
        <translation>Non è stato possibile salvare il registro della formazione</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Salvato: %1</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>&apos;%1&apos; is not a date written as YYYY-MM-DD</source>
        <translation>“%1” non è una data scritta nel formato AAAA-MM-GG</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a real date: there is no month %2</source>
        <translation>“%1” non è una data reale: non esiste il mese %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a real date: that month has %2 days</source>
        <translation>“%1” non è una data reale: quel mese ha %2 giorni</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a real date: there is no year 0</source>
        <translation>“%1” non è una data reale: non esiste l’anno 0</translation>
    </message>
    <message>
        <source>Educational information, not medical advice.</source>
        <translation>Informazioni a scopo educativo, non un parere medico.</translation>
    </message>
    <message>
        <source>Educational, not medical advice. Talk to your care team about your own care.</source>
        <translation>A scopo educativo, non un parere medico. Parli delle Sue cure con la Sua équipe curante.</translation>
    </message>
    <message>
        <source>For training only, not for treating a patient.</source>
        <translation>Solo per la formazione, non per trattare un paziente.</translation>
    </message>
    <message>
        <source>Your team will tell you the local rules on staying near the centre and on driving.</source>
        <translation>La Sua équipe Le indicherà le regole locali sul restare vicino al centro e sulla guida di veicoli.</translation>
    </message>
    <message>
        <source>Talk to your care team about your own care.</source>
        <translation>Parli delle Sue cure con la Sua équipe curante.</translation>
    </message>
    <message>
        <source>Talk to your care team.</source>
        <translation>Ne parli con la Sua équipe curante.</translation>
    </message>
    <message>
        <source>Content last reviewed %1.</source>
        <translation>Contenuto revisionato l’ultima volta il %1.</translation>
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
&lt;b&gt;Faccia clic su una tappa&lt;/b&gt; per leggere che cosa succede, chi è presente e come prepararsi.&lt;br&gt;
&lt;b&gt;I tasti freccia&lt;/b&gt; passano da una tappa all’altra; &lt;b&gt;Invio&lt;/b&gt; apre i dettagli.&lt;br&gt;
&lt;b&gt;Équipe curante&lt;/b&gt; (a sinistra): scelga una persona per evidenziare le tappe a cui partecipa.&lt;br&gt;
&lt;b&gt;Ctrl+F&lt;/b&gt; cerca; &lt;b&gt;Invio&lt;/b&gt; o &lt;b&gt;F3&lt;/b&gt; va al risultato successivo, &lt;b&gt;Maiusc+F3&lt;/b&gt; a quello precedente.&lt;br&gt;
&lt;b&gt;Ctrl++ / Ctrl+-&lt;/b&gt; ingrandiscono o rimpiccioliscono; &lt;b&gt;Home&lt;/b&gt; mostra l’intero percorso.&lt;br&gt;
&lt;b&gt;Ctrl+1 / Ctrl+2&lt;/b&gt; passano dai testi per i pazienti a quelli per il personale sanitario e viceversa.&lt;br&gt;
&lt;b&gt;Ctrl+J / Ctrl+T&lt;/b&gt; mostrano la mappa del percorso o la cronologia dei giorni.&lt;br&gt;
&lt;b&gt;F5&lt;/b&gt; presenta una tappa alla volta, a schermo intero; &lt;b&gt;N&lt;/b&gt; mostra le Sue note; &lt;b&gt;Esc&lt;/b&gt; esce.&lt;br&gt;
&lt;b&gt;Ctrl+D&lt;/b&gt; imposta le date del paziente (mai salvate).&lt;br&gt;
&lt;b&gt;Ctrl+Maiusc+T&lt;/b&gt; forma il personale: quiz, scenari ed esercitazioni sul grading.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Che cosa succede</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>Who is there</source>
        <translation>Chi è presente</translation>
    </message>
    <message>
        <source>What to bring and do</source>
        <translation>Che cosa portare e fare</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Domande da fare</translation>
    </message>
    <message>
        <source>Watch for these and tell your team</source>
        <translation>Faccia attenzione a questi segnali e li riferisca alla Sua équipe</translation>
    </message>
    <message>
        <source>Only if needed</source>
        <translation>Solo se necessario</translation>
    </message>
    <message>
        <source>Only some people need this step.</source>
        <translation>Solo alcune persone hanno bisogno di questa tappa.</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>short date format: day, month, year</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>no fixed day</source>
        <translation>nessun giorno fisso</translation>
    </message>
    <message>
        <source>For staff:</source>
        <translation>Per il personale:</translation>
    </message>
    <message>
        <source>day 0</source>
        <translation>giorno 0</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>giorno %1</translation>
    </message>
    <message>
        <source>day %1 to %2</source>
        <translation>giorni da %1 a %2</translation>
    </message>
    <message>
        <source>the main treatment day</source>
        <translation>il giorno principale del trattamento</translation>
    </message>
    <message>
        <source>(estimate: no source gives this)</source>
        <translation>(stima: nessuna fonte lo indica)</translation>
    </message>
    <message>
        <source>Your team will tell you the exact times.</source>
        <translation>La Sua équipe Le dirà i tempi esatti.</translation>
    </message>
    <message>
        <source>Call your team at once, day or night</source>
        <translation>Chiami subito la Sua équipe, di giorno o di notte</translation>
    </message>
    <message>
        <source>Call emergency services</source>
        <translation>Chiami i servizi di emergenza</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>the first amount of a range: from/between ...</comment>
        <translation>
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n week(s)</source>
        <comment>the first amount of a range: from/between ...</comment>
        <translation>
            <numerusform>circa %n settimana</numerusform>
            <numerusform>circa %n settimane</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n month(s)</source>
        <comment>the first amount of a range: from/between ...</comment>
        <translation>
            <numerusform>circa %n mese</numerusform>
            <numerusform>circa %n mesi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n year(s)</source>
        <comment>the first amount of a range: from/between ...</comment>
        <translation>
            <numerusform>circa %n anno</numerusform>
            <numerusform>circa %n anni</numerusform>
        </translation>
    </message>
    <message>
        <source>1 year before</source>
        <translation>1 anno prima</translation>
    </message>
    <message>
        <source>6 months before</source>
        <translation>6 mesi prima</translation>
    </message>
    <message>
        <source>3 months before</source>
        <translation>3 mesi prima</translation>
    </message>
    <message>
        <source>day -56</source>
        <translation>giorno -56</translation>
    </message>
    <message>
        <source>day -28</source>
        <translation>giorno -28</translation>
    </message>
    <message>
        <source>day -14</source>
        <translation>giorno -14</translation>
    </message>
    <message>
        <source>day -7</source>
        <translation>giorno -7</translation>
    </message>
    <message>
        <source>day +7</source>
        <translation>giorno +7</translation>
    </message>
    <message>
        <source>day +14</source>
        <translation>giorno +14</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 mese</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 mesi</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>6 mesi</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 anno</translation>
    </message>
    <message>
        <source>2 years</source>
        <translation>2 anni</translation>
    </message>
    <message>
        <source>3 years</source>
        <translation>3 anni</translation>
    </message>
    <message>
        <source>5 years</source>
        <translation>5 anni</translation>
    </message>
    <message>
        <source>10 years</source>
        <translation>10 anni</translation>
    </message>
    <message>
        <source>15 years</source>
        <translation>15 anni</translation>
    </message>
    <message>
        <source>20 years</source>
        <translation>20 anni</translation>
    </message>
    <message>
        <source>30 years</source>
        <translation>30 anni</translation>
    </message>
    <message>
        <source>Day 0</source>
        <translation>Giorno 0</translation>
    </message>
    <message>
        <source>%1 after</source>
        <comment>on a card</comment>
        <translation>%1 dopo</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n settimana</numerusform>
            <numerusform>%n settimane</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 before</source>
        <comment>on a card</comment>
        <translation>%1 prima</translation>
    </message>
    <message numerus="yes">
        <source>about %n week(s)</source>
        <translation>
            <numerusform>circa %n settimana</numerusform>
            <numerusform>circa %n settimane</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n month(s)</source>
        <translation>
            <numerusform>circa %n mese</numerusform>
            <numerusform>circa %n mesi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n year(s)</source>
        <translation>
            <numerusform>circa %n anno</numerusform>
            <numerusform>circa %n anni</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 before the main treatment day</source>
        <translation>%1 prima del giorno principale del trattamento</translation>
    </message>
    <message>
        <source>%1 after the main treatment day</source>
        <translation>%1 dopo il giorno principale del trattamento</translation>
    </message>
    <message>
        <source>%1 before %2</source>
        <comment>an amount of time before day 0 as the pathway names it</comment>
        <translation>%1 prima del giorno 0 (%2)</translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <comment>an amount of time after day 0 as the pathway names it</comment>
        <translation>%1 dopo il giorno 0 (%2)</translation>
    </message>
    <message>
        <source>On %1.</source>
        <comment>day 0 as the pathway names it</comment>
        <translation>Giorno 0: %1.</translation>
    </message>
    <message>
        <source>On the main treatment day.</source>
        <translation>Nel giorno principale del trattamento.</translation>
    </message>
    <message>
        <source>%1 later</source>
        <translation>%1 dopo</translation>
    </message>
    <message>
        <source>Sometime between the main treatment day and %1.</source>
        <translation>In un giorno tra il giorno principale del trattamento e %1.</translation>
    </message>
    <message>
        <source>From the main treatment day to %1.</source>
        <translation>Dal giorno principale del trattamento a %1.</translation>
    </message>
    <message>
        <source>Sometime between %1 and %2.</source>
        <translation>In un giorno tra %1 e %2.</translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <translation>Da %1 a %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>the second amount of a range: between ... and ...</comment>
        <translation>
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n week(s)</source>
        <comment>the second amount of a range: between ... and ...</comment>
        <translation>
            <numerusform>circa %n settimana</numerusform>
            <numerusform>circa %n settimane</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n month(s)</source>
        <comment>the second amount of a range: between ... and ...</comment>
        <translation>
            <numerusform>circa %n mese</numerusform>
            <numerusform>circa %n mesi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n year(s)</source>
        <comment>the second amount of a range: between ... and ...</comment>
        <translation>
            <numerusform>circa %n anno</numerusform>
            <numerusform>circa %n anni</numerusform>
        </translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>a day before or after day 0, as a whole sentence</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <comment>from day 0 as the pathway names it, to an amount later</comment>
        <translation>Dal giorno 0 (%1) a %2.</translation>
    </message>
    <message>
        <source>From %1 to that day.</source>
        <comment>to day 0, named just before</comment>
        <translation>Da %1 fino a quel giorno.</translation>
    </message>
    <message numerus="yes">
        <source>For %n day(s), %1.</source>
        <comment>how long a stretch lasts, then roughly when</comment>
        <translation>
            <numerusform>Per %n giorno, %1.</numerusform>
            <numerusform>Per %n giorni, %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sometime between %1 and %2.</source>
        <comment>between day 0 as the pathway names it and an amount later</comment>
        <translation>In un giorno tra il giorno 0 (%1) e %2.</translation>
    </message>
    <message>
        <source>Sometime between %1 and that day.</source>
        <comment>day 0, named just before</comment>
        <translation>In un giorno tra %1 e quel giorno.</translation>
    </message>
    <message>
        <source>%1, day 0 is %2</source>
        <translation>%1, il giorno 0 è %2</translation>
    </message>
    <message>
        <source>; happens on some day in this window</source>
        <translation>; avviene in un giorno di questo periodo</translation>
    </message>
    <message>
        <source>about %1</source>
        <comment>an estimated range of time</comment>
        <translation>circa %1</translation>
    </message>
    <message>
        <source>%1. Your team will tell you how long it takes for you</source>
        <translation>%1. La Sua équipe Le dirà quanto tempo richiede nel Suo caso</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>6 cycles, every 3 weeks</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>meno di un minuto</translation>
    </message>
    <message>
        <source>less than an hour</source>
        <translation>meno di un’ora</translation>
    </message>
    <message>
        <source>less than a day</source>
        <translation>meno di un giorno</translation>
    </message>
    <message>
        <source>less than a week</source>
        <translation>meno di una settimana</translation>
    </message>
    <message>
        <source>less than a month</source>
        <translation>meno di un mese</translation>
    </message>
    <message>
        <source>less than a year</source>
        <translation>meno di un anno</translation>
    </message>
    <message numerus="yes">
        <source>up to %n minute(s)</source>
        <translation>
            <numerusform>fino a %n minuto</numerusform>
            <numerusform>fino a %n minuti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %n hour(s)</source>
        <translation>
            <numerusform>fino a %n ora</numerusform>
            <numerusform>fino a %n ore</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %n day(s)</source>
        <translation>
            <numerusform>fino a %n giorno</numerusform>
            <numerusform>fino a %n giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %n week(s)</source>
        <translation>
            <numerusform>fino a %n settimana</numerusform>
            <numerusform>fino a %n settimane</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %n month(s)</source>
        <translation>
            <numerusform>fino a %n mese</numerusform>
            <numerusform>fino a %n mesi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %n year(s)</source>
        <translation>
            <numerusform>fino a %n anno</numerusform>
            <numerusform>fino a %n anni</numerusform>
        </translation>
    </message>
    <message>
        <source>up to %1 minutes</source>
        <translation>fino a %1 minuti</translation>
    </message>
    <message>
        <source>up to %1 hours</source>
        <translation>fino a %1 ore</translation>
    </message>
    <message>
        <source>up to %1 days</source>
        <translation>fino a %1 giorni</translation>
    </message>
    <message>
        <source>up to %1 weeks</source>
        <translation>fino a %1 settimane</translation>
    </message>
    <message>
        <source>up to %1 months</source>
        <translation>fino a %1 mesi</translation>
    </message>
    <message>
        <source>up to %1 years</source>
        <translation>fino a %1 anni</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>circa %n minuto</numerusform>
            <numerusform>circa %n minuti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>circa %n ora</numerusform>
            <numerusform>circa %n ore</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n day(s)</source>
        <translation>
            <numerusform>circa %n giorno</numerusform>
            <numerusform>circa %n giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s)</source>
        <translation>
            <numerusform>%n ciclo</numerusform>
            <numerusform>%n cicli</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n seduta</numerusform>
            <numerusform>%n sedute</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 minutes</source>
        <comment>a number with a fraction: about 1.5 minutes</comment>
        <translation>circa %1 minuti</translation>
    </message>
    <message>
        <source>about %1 hours</source>
        <comment>a number with a fraction: about 1.5 hours</comment>
        <translation>circa %1 ore</translation>
    </message>
    <message>
        <source>about %1 days</source>
        <comment>a number with a fraction: about 1.5 days</comment>
        <translation>circa %1 giorni</translation>
    </message>
    <message>
        <source>about %1 weeks</source>
        <comment>a number with a fraction: about 1.5 weeks</comment>
        <translation>circa %1 settimane</translation>
    </message>
    <message>
        <source>about %1 months</source>
        <comment>a number with a fraction: about 1.5 months</comment>
        <translation>circa %1 mesi</translation>
    </message>
    <message>
        <source>about %1 years</source>
        <comment>a number with a fraction: about 1.5 years</comment>
        <translation>circa %1 anni</translation>
    </message>
    <message>
        <source>%1 to %2 minutes</source>
        <translation>da %1 a %2 minuti</translation>
    </message>
    <message>
        <source>%1 to %2 hours</source>
        <translation>da %1 a %2 ore</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>verso il %1</translation>
    </message>
    <message>
        <source>%1 to %2 days</source>
        <translation>da %1 a %2 giorni</translation>
    </message>
    <message>
        <source>%1 to %2 weeks</source>
        <translation>da %1 a %2 settimane</translation>
    </message>
    <message>
        <source>%1 to %2 months</source>
        <translation>da %1 a %2 mesi</translation>
    </message>
    <message>
        <source>%1 to %2 years</source>
        <translation>da %1 a %2 anni</translation>
    </message>
    <message>
        <source>%1 to %2 cycles</source>
        <translation>da %1 a %2 cicli</translation>
    </message>
    <message>
        <source>%1 to %2 sessions</source>
        <translation>da %1 a %2 sedute</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>da %1 a %2</translation>
    </message>
    <message>
        <source>sometime between %1 and %2</source>
        <translation>in un giorno tra %1 e %2</translation>
    </message>
    <message>
        <source>about %1 to %2</source>
        <translation>circa da %1 a %2</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>date format: month and year</comment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>Emergency number: ask your team which number to call</source>
        <translation>Numero di emergenza: chieda alla Sua équipe quale numero chiamare</translation>
    </message>
    <message>
        <source>Emergency number: %1</source>
        <translation>Numero di emergenza: %1</translation>
    </message>
    <message>
        <source>Write it here</source>
        <translation>Lo scriva qui</translation>
    </message>
    <message>
        <source>Due for review since %1</source>
        <translation>Da revisionare dal %1</translation>
    </message>
    <message>
        <source>Content version %1</source>
        <translation>Versione del contenuto %1</translation>
    </message>
    <message>
        <source>last reviewed %1</source>
        <translation>ultima revisione il %1</translation>
    </message>
    <message>
        <source>reviewed %1 by %2</source>
        <translation>revisionato il %1 da %2</translation>
    </message>
    <message>
        <source>next review %1</source>
        <translation>prossima revisione il %1</translation>
    </message>
    <message>
        <source>evidence up to %1</source>
        <translation>letteratura fino al %1</translation>
    </message>
    <message>
        <source>Outpatient clinic: you go home the same day</source>
        <translation>Ambulatorio: torna a casa lo stesso giorno</translation>
    </message>
    <message>
        <source>Hospital ward: you stay in hospital</source>
        <translation>Reparto ospedaliero: resta in ospedale</translation>
    </message>
    <message>
        <source>Laboratory: you do not need to be there</source>
        <translation>Laboratorio: non è necessario che Lei sia presente</translation>
    </message>
    <message>
        <source>At home</source>
        <translation>A casa</translation>
    </message>
    <message>
        <source>Near the treatment centre: you stay close by</source>
        <translation>Vicino al centro di cura: resta nelle vicinanze</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>date format: weekday, day, month, year</comment>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <source>Clinical details (for staff)</source>
        <translation>Dettagli clinici (per il personale)</translation>
    </message>
    <message>
        <source>How long: %1.</source>
        <translation>Durata: %1.</translation>
    </message>
    <message>
        <source>Usually %1.</source>
        <translation>Di solito %1.</translation>
    </message>
    <message>
        <source>Typical timing: %1.</source>
        <translation>Tempi abituali: %1.</translation>
    </message>
    <message>
        <source>Your planned dates: %1.</source>
        <translation>Le Sue date previste: %1.</translation>
    </message>
    <message>
        <source>How long and when</source>
        <translation>Quanto dura e quando</translation>
    </message>
    <message>
        <source>Your visit dates</source>
        <translation>Le date delle Sue visite</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>At the same time</source>
        <translation>Nello stesso momento</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Ogni quanto</translation>
    </message>
    <message>
        <source>The end of this path</source>
        <translation>La fine di questa strada</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dove</translation>
    </message>
    <message>
        <source>Who is there and what they do</source>
        <translation>Chi è presente e che cosa fa</translation>
    </message>
    <message>
        <source>What to expect</source>
        <translation>Che cosa aspettarsi</translation>
    </message>
    <message>
        <source>How to prepare and what to bring</source>
        <translation>Come prepararsi e che cosa portare</translation>
    </message>
    <message>
        <source>Questions you may want to ask</source>
        <translation>Domande che potrebbe voler fare</translation>
    </message>
    <message>
        <source>%1: call emergency services</source>
        <translation>%1: chiami i servizi di emergenza</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fonti</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problema</numerusform>
            <numerusform>%n problemi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s), kept in %1</source>
        <translation>
            <numerusform>%n suggerimento, conservato in %1</numerusform>
            <numerusform>%n suggerimenti, conservati in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) found: press Enter</source>
        <translation>
            <numerusform>%n tappa trovata: prema Invio</numerusform>
            <numerusform>%n tappe trovate: prema Invio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mese</numerusform>
            <numerusform>%n mesi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n anno</numerusform>
            <numerusform>%n anni</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 before to %2 after</source>
        <translation>da %1 prima a %2 dopo</translation>
    </message>
    <message>
        <source>day 0 to %1 after</source>
        <translation>dal giorno 0 a %1 dopo</translation>
    </message>
    <message>
        <source>%1 before to day 0</source>
        <translation>da %1 prima al giorno 0</translation>
    </message>
    <message>
        <source>days %1 to %2</source>
        <comment>a card&apos;s days for staff: days -28 to -6</comment>
        <translation>giorni da %1 a %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n step(s))</source>
        <translation>
            <numerusform>%1 (%n tappa)</numerusform>
            <numerusform>%1 (%n tappe)</numerusform>
        </translation>
    </message>
    <message>
        <source>if when once after until unless while before</source>
        <translation>se quando appena dopo finché fino salvo tranne mentre prima qualora</translation>
    </message>
    <message>
        <source>if %1</source>
        <comment>a branch&apos;s condition</comment>
        <translation>se %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>an arrow&apos;s label (how often)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>back to %1</source>
        <comment>a way back to an earlier step</comment>
        <translation>ritorno a %1</translation>
    </message>
    <message>
        <source>back to %1 (%2)</source>
        <comment>a way back to an earlier step (what happens)</comment>
        <translation>ritorno a %1 (%2)</translation>
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
        <translation>Poi, %1: %2</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <comment>the first way out of a step</comment>
        <translation>Poi: %1</translation>
    </message>
    <message>
        <source>; or, %1: %2</source>
        <comment>another way out of a step: condition, step</comment>
        <translation>; oppure, %1: %2</translation>
    </message>
    <message>
        <source>; or: %1</source>
        <comment>another way out of a step</comment>
        <translation>; oppure: %1</translation>
    </message>
    <message>
        <source>Part of the journey: %1.</source>
        <translation>Fase del percorso: %1.</translation>
    </message>
    <message>
        <source>Step %1 of %2 on the main journey.</source>
        <translation>Tappa %1 di %2 del percorso principale.</translation>
    </message>
    <message>
        <source>At the same time as: %1.</source>
        <translation>Nello stesso momento di: %1.</translation>
    </message>
    <message>
        <source>Only some people take this step.</source>
        <translation>Solo alcune persone passano per questa tappa.</translation>
    </message>
    <message>
        <source>Takes %1.</source>
        <comment>how long a step takes</comment>
        <translation>Dura %1.</translation>
    </message>
    <message>
        <source>When: %1.</source>
        <translation>Quando: %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an outline line: condition: step</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>as long as needed</source>
        <translation>per tutto il tempo necessario</translation>
    </message>
    <message>
        <source>at the same time</source>
        <translation>nello stesso momento</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>This path of the journey ends here.</source>
        <translation>Questa strada del percorso finisce qui.</translation>
    </message>
    <message>
        <source>This pathway does not say on which days its steps happen. Here they are in the order they come. Your team will tell you when each one is.</source>
        <translation>Questo percorso non indica in quali giorni avvengono le sue tappe. Qui sono nell’ordine in cui si susseguono. La Sua équipe Le dirà quando avviene ciascuna.</translation>
    </message>
    <message>
        <source>Skipping ahead to a later step</source>
        <translation>Salto in avanti a una tappa successiva</translation>
    </message>
    <message>
        <source>often</source>
        <translation>spesso</translation>
    </message>
    <message>
        <source>sometimes</source>
        <translation>a volte</translation>
    </message>
    <message>
        <source>rarely</source>
        <translation>raramente</translation>
    </message>
    <message>
        <source>This happens often.</source>
        <translation>Succede spesso.</translation>
    </message>
    <message>
        <source>This happens sometimes.</source>
        <translation>Succede a volte.</translation>
    </message>
    <message>
        <source>This happens rarely.</source>
        <translation>Succede raramente.</translation>
    </message>
    <message>
        <source>this happens often</source>
        <translation>succede spesso</translation>
    </message>
    <message>
        <source>this happens sometimes</source>
        <translation>succede a volte</translation>
    </message>
    <message>
        <source>this happens rarely</source>
        <translation>succede raramente</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>at the same time: when</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>every %n days</source>
        <translation>
            <numerusform>ogni %n giorno</numerusform>
            <numerusform>ogni %n giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n weeks</source>
        <translation>
            <numerusform>ogni %n settimana</numerusform>
            <numerusform>ogni %n settimane</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n months</source>
        <translation>
            <numerusform>ogni %n mese</numerusform>
            <numerusform>ogni %n mesi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n years</source>
        <translation>
            <numerusform>ogni %n anno</numerusform>
            <numerusform>ogni %n anni</numerusform>
        </translation>
    </message>
    <message>
        <source>every day</source>
        <translation>ogni giorno</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>ogni settimana</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>ogni mese</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>ogni anno</translation>
    </message>
    <message>
        <source>There is one visit. It is listed below.</source>
        <translation>C’è una visita. È indicata qui sotto.</translation>
    </message>
    <message>
        <source>There is one visit. Day: %1.</source>
        <translation>C’è una visita. Giorno: %1.</translation>
    </message>
    <message numerus="yes">
        <source>There are %n visits.</source>
        <translation>
            <numerusform>C’è %n visita.</numerusform>
            <numerusform>Ci sono %n visite.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each visit is listed below.</source>
        <translation>Ogni visita è indicata qui sotto.</translation>
    </message>
    <message>
        <source>Days: %1.</source>
        <translation>Giorni: %1.</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <comment>every 3 months until day +365</comment>
        <translation>%1 fino a %2</translation>
    </message>
    <message>
        <source>Visits come %1.</source>
        <translation>Le visite si tengono %1.</translation>
    </message>
    <message>
        <source>, then </source>
        <comment>joins rhythms of visits</comment>
        <translation>, poi </translation>
    </message>
    <message numerus="yes">
        <source>And %n more visit(s) after that, the last on %1.</source>
        <translation>
            <numerusform>E ancora %n visita dopo, il %1.</numerusform>
            <numerusform>E ancora %n visite dopo, l’ultima il %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>This happens at the same time as “%1” (%2).</source>
        <translation>Questo avviene nello stesso momento di “%1” (%2).</translation>
    </message>
    <message>
        <source>This happens at the same time as “%1”.</source>
        <translation>Questo avviene nello stesso momento di “%1”.</translation>
    </message>
    <message>
        <source>Coming here (%1): %2.</source>
        <translation>Arrivo qui (%1): %2.</translation>
    </message>
    <message>
        <source>Coming back here (%1): %2.</source>
        <translation>Ritorno qui (%1): %2.</translation>
    </message>
    <message>
        <source>Going on to “%1” (%2): %3.</source>
        <translation>Proseguimento verso “%1” (%2): %3.</translation>
    </message>
    <message>
        <source>Going back to “%1” (%2): %3.</source>
        <translation>Ritorno a “%1” (%2): %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visita</numerusform>
            <numerusform>%n visite</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>17 visits: every 3 months</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Diamonds mark the visits of a step that repeats; its details list every one.</source>
        <translation>I rombi indicano le visite di una tappa che si ripete; i dettagli della tappa le elencano tutte.</translation>
    </message>
    <message>
        <source>A bar that fades out means the step lasts as long as it is needed, and ends by the end of the bar.</source>
        <translation>Una barra che sfuma significa che la tappa dura per tutto il tempo necessario e termina entro la fine della barra.</translation>
    </message>
    <message>
        <source>From “%1” to “%2”: %3</source>
        <translation>Da “%1” a “%2”: %3</translation>
    </message>
    <message>
        <source>From “%1” to “%2”</source>
        <translation>Da “%1” a “%2”</translation>
    </message>
    <message>
        <source>%1. The line breaks here and goes on at the other number %2.</source>
        <translation>%1. La linea si interrompe qui e prosegue all’altro numero %2.</translation>
    </message>
    <message numerus="yes">
        <source>◀ %n more before</source>
        <translation>
            <numerusform>◀ ancora %n prima</numerusform>
            <numerusform>◀ ancora %n prima</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more after ▶</source>
        <translation>
            <numerusform>ancora %n dopo ▶</numerusform>
            <numerusform>ancora %n dopo ▶</numerusform>
        </translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>arabo</translation>
    </message>
    <message>
        <source>German</source>
        <translation>tedesco</translation>
    </message>
    <message>
        <source>English</source>
        <translation>inglese</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>spagnolo</translation>
    </message>
    <message>
        <source>French</source>
        <translation>francese</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>italiano</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>giapponese</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>olandese</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>polacco</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>portoghese</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>turco</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>cinese</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>ebraico</translation>
    </message>
    <message>
        <source>This pathway is written in %1; the app&apos;s own words around it are in %2.</source>
        <translation>Questo percorso è scritto in %1; le parole del programma intorno a esso sono in %2.</translation>
    </message>
    <message>
        <source>The %1 translation cannot be shown</source>
        <translation>La traduzione in %1 non può essere mostrata</translation>
    </message>
    <message>
        <source>The pathway stays in its own language.</source>
        <translation>Il percorso resta nella sua lingua.</translation>
    </message>
    <message>
        <source>The %1 translation is not complete: the parts not yet translated are shown in the pathway&apos;s own language.</source>
        <translation>La traduzione in %1 non è completa: le parti non ancora tradotte sono mostrate nella lingua originale del percorso.</translation>
    </message>
    <message>
        <source>The %1 date (%2) is the same day as day 0, %3 (%4). In this pathway the %1 comes before day 0.</source>
        <comment>%1 the day booked ahead, as the pathway names it; %3 what day 0 is, in the pathway&apos;s words</comment>
        <translation>La data di %1 (%2) coincide con il giorno 0, %3 (%4). In questo percorso “%1” viene prima del giorno 0.</translation>
    </message>
    <message>
        <source>The %1 date (%2) is after day 0, %3 (%4). In this pathway the %1 comes before day 0.</source>
        <comment>%1 the day booked ahead, as the pathway names it; %3 what day 0 is, in the pathway&apos;s words</comment>
        <translation>La data di %1 (%2) è dopo il giorno 0, %3 (%4). In questo percorso “%1” viene prima del giorno 0.</translation>
    </message>
    <message>
        <source>The day 0 date %1 is too close to the start of the calendar</source>
        <translation>La data del giorno 0, %1, è troppo vicina all’inizio del calendario</translation>
    </message>
    <message>
        <source>The day 0 date %1 is too close to the end of the calendar</source>
        <translation>La data del giorno 0, %1, è troppo vicina alla fine del calendario</translation>
    </message>
    <message>
        <source>Please check: the %1 date (%2) is outside its usual time in this pathway, %3 to %4.</source>
        <comment>%1 the day booked ahead, as the pathway names it</comment>
        <translation>Verifichi: la data di %1 (%2) è al di fuori del suo periodo abituale in questo percorso, da %3 a %4.</translation>
    </message>
    <message>
        <source>No step of this pathway has a usual timing, so no step&apos;s date can be worked out from day 0.</source>
        <translation>Nessuna tappa di questo percorso ha tempi abituali, quindi non è possibile calcolare la data di alcuna tappa a partire dal giorno 0.</translation>
    </message>
    <message>
        <source>No step of this pathway has a usual timing, so no step&apos;s date can be worked out from day 0: leave out %1.</source>
        <comment>%1 the command-line option, such as --day-zero-date</comment>
        <translation>Nessuna tappa di questo percorso ha tempi abituali, quindi non è possibile calcolare la data di alcuna tappa a partire dal giorno 0: ometta %1.</translation>
    </message>
    <message>
        <source>The day 0 date should be a calendar date, not %1</source>
        <translation>La data del giorno 0 deve essere una data del calendario, non %1</translation>
    </message>
    <message>
        <source>The booked date should be a calendar date, not %1</source>
        <translation>La data fissata deve essere una data del calendario, non %1</translation>
    </message>
    <message>
        <source>%1 takes part in this step.</source>
        <translation>%1 partecipa a questa tappa.</translation>
    </message>
    <message>
        <source>%1 has no part in this step.</source>
        <translation>%1 non partecipa a questa tappa.</translation>
    </message>
    <message>
        <source>Showing the steps of %1; each step says whether this person takes part.</source>
        <translation>Tappe mostrate per %1; ogni tappa indica se questa persona partecipa.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>quotation marks around a step&apos;s title or words in a quiz question</comment>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>At %1, who does this: %2</source>
        <translation>Nella tappa %1, chi fa questo: %2</translation>
    </message>
    <message>
        <source>At %1, the %2 does this.</source>
        <translation>Nella tappa %1, questo lo fa: %2.</translation>
    </message>
    <message>
        <source>At %1, what does the %2 do?</source>
        <translation>Nella tappa %1, qual è il compito di %2?</translation>
    </message>
    <message>
        <source>At %1, the %2: %3</source>
        <translation>Nella tappa %1 – %2: %3</translation>
    </message>
    <message>
        <source>In the usual journey, what comes after %1?</source>
        <translation>Nel percorso abituale, che cosa viene dopo %1?</translation>
    </message>
    <message>
        <source>After %1 the journey goes on to %2.</source>
        <translation>Dopo %1 il percorso prosegue con %2.</translation>
    </message>
    <message>
        <source>During %1: %2. Where does the journey go?</source>
        <translation>Durante %1: %2. Dove va il percorso?</translation>
    </message>
    <message>
        <source>The way marked %1 leads from %2 to %3.</source>
        <translation>La strada indicata con %1 porta da %2 a %3.</translation>
    </message>
    <message>
        <source>When does %1 happen, counted from day 0?</source>
        <translation>Quando avviene %1, contando dal giorno 0?</translation>
    </message>
    <message>
        <source>%1 is timed %2.</source>
        <translation>%1 avviene: %2.</translation>
    </message>
    <message>
        <source>Which of these means the patient should call at once, day or night?</source>
        <translation>Quale di questi segnali significa che il paziente deve chiamare subito, di giorno o di notte?</translation>
    </message>
    <message>
        <source>%1 is one of the signs to call about at once, day or night.</source>
        <translation>%1 è uno dei segnali per cui chiamare subito, di giorno o di notte.</translation>
    </message>
    <message>
        <source>What does %1 mean?</source>
        <translation>Che cosa significa %1?</translation>
    </message>
    <message>
        <source>Pathway: %1, version %2 (content %3)</source>
        <translation>Percorso: %1, versione %2 (contenuto %3)</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Data: %1</translation>
    </message>
    <message>
        <source>Module: %1</source>
        <translation>Modulo: %1</translation>
    </message>
    <message>
        <source>Quiz: %1</source>
        <translation>Quiz: %1</translation>
    </message>
    <message>
        <source>Seed: %1</source>
        <translation>Seme: %1</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Punteggio:</translation>
    </message>
    <message>
        <source>Tick one box for each question.</source>
        <translation>Barri una casella per ogni domanda.</translation>
    </message>
    <message>
        <source>Answer key: %1 (seed %2)</source>
        <translation>Soluzioni: %1 (seme %2)</translation>
    </message>
    <message>
        <source>Trainee: %1</source>
        <translation>Persona in formazione: %1</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Superato</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Non superato</translation>
    </message>
    <message>
        <source>Training record: %1</source>
        <translation>Registro della formazione: %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3 right (%4 %; pass mark %5 %)</source>
        <translation>%1: punteggio %2 su %3 (%4 %; soglia di superamento %5 %)</translation>
    </message>
    <message>
        <source>Questions missed</source>
        <translation>Domande sbagliate</translation>
    </message>
    <message>
        <source>Right answer:</source>
        <translation>Risposta giusta:</translation>
    </message>
    <message>
        <source>None: every answer was right.</source>
        <translation>Nessuna: tutte le risposte erano giuste.</translation>
    </message>
    <message>
        <source>Steps to revisit</source>
        <translation>Tappe da ripassare</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Nessuna.</translation>
    </message>
    <message>
        <source>whole pathway</source>
        <translation>intero percorso</translation>
    </message>
    <message>
        <source>Day %1: %2</source>
        <comment>a scenario&apos;s day and what is seen</comment>
        <translation>Giorno %1: %2</translation>
    </message>
</context>
</TS>
