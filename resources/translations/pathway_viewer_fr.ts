<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About this viewer: version, sources and licences</source>
        <translation>À propos de ce logiciel&#xa0;: version, sources et licences</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>All text at 100 % of its normal size</source>
        <translation>Tout le texte à 100&#xa0;% de sa taille normale</translation>
    </message>
    <message>
        <source>All text at 125 % of its normal size</source>
        <translation>Tout le texte à 125&#xa0;% de sa taille normale</translation>
    </message>
    <message>
        <source>All text at 150 % of its normal size</source>
        <translation>Tout le texte à 150&#xa0;% de sa taille normale</translation>
    </message>
    <message>
        <source>All text at 200 % of its normal size</source>
        <translation>Tout le texte à 200&#xa0;% de sa taille normale</translation>
    </message>
    <message>
        <source>&amp;Open pathway...</source>
        <translation>&amp;Ouvrir un parcours...</translation>
    </message>
    <message>
        <source>Open a pathway file (YAML or JSON)</source>
        <translation>Ouvrir un fichier de parcours (YAML ou JSON)</translation>
    </message>
    <message>
        <source>&amp;Export view...</source>
        <translation>E&amp;xporter la vue...</translation>
    </message>
    <message>
        <source>Save the journey map or the timeline as PNG, SVG or PDF</source>
        <translation>Enregistrer la carte du parcours ou la chronologie en PNG, SVG ou PDF</translation>
    </message>
    <message>
        <source>Export &amp;handout (PDF)...</source>
        <translation>Exporter le &amp;livret (PDF)...</translation>
    </message>
    <message>
        <source>Save a printable guide to the whole journey as a PDF</source>
        <translation>Enregistrer en PDF un guide imprimable de tout le parcours</translation>
    </message>
    <message>
        <source>&amp;Large-print handouts</source>
        <translation>Livrets en &amp;gros caractères</translation>
    </message>
    <message>
        <source>Handouts with body text at 16 pt, for people who read large print (more pages)</source>
        <translation>Livrets avec un texte en 16 pt, pour les personnes qui lisent en gros caractères (plus de pages)</translation>
    </message>
    <message>
        <source>&amp;Print handout...</source>
        <translation>&amp;Imprimer le livret...</translation>
    </message>
    <message>
        <source>Print the guide to the whole journey</source>
        <translation>Imprimer le guide de tout le parcours</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the changed pathway (the built-in one is saved as a copy)</source>
        <translation>Enregistrer le parcours modifié (le parcours fourni est enregistré comme copie)</translation>
    </message>
    <message>
        <source>Save &amp;as...</source>
        <translation>Enregistrer &amp;sous...</translation>
    </message>
    <message>
        <source>Save the changed pathway as a new file, e.g. your clinic&apos;s copy</source>
        <translation>Enregistrer le parcours modifié dans un nouveau fichier, par exemple la copie de votre centre</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close the viewer</source>
        <translation>Fermer le logiciel</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Make the journey bigger</source>
        <translation>Agrandir le parcours</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Zoom arrière</translation>
    </message>
    <message>
        <source>Make the journey smaller</source>
        <translation>Réduire le parcours</translation>
    </message>
    <message>
        <source>Show the whole journey (Home in the journey)</source>
        <translation>Afficher tout le parcours (Origine dans la carte)</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>&amp;Rechercher...</translation>
    </message>
    <message>
        <source>Search the steps for a word</source>
        <translation>Chercher un mot dans les étapes</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Rechercher le s&amp;uivant</translation>
    </message>
    <message>
        <source>Go to the next step that matches</source>
        <translation>Aller à l&apos;étape suivante qui correspond</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>Rechercher le précéden&amp;t</translation>
    </message>
    <message>
        <source>Go to the previous step that matches</source>
        <translation>Aller à l&apos;étape précédente qui correspond</translation>
    </message>
    <message>
        <source>Plain words only</source>
        <translation>Mots simples uniquement</translation>
    </message>
    <message>
        <source>Also show clinical details</source>
        <translation>Afficher aussi les détails cliniques</translation>
    </message>
    <message>
        <source>Journey &amp;map</source>
        <translation>&amp;Carte du parcours</translation>
    </message>
    <message>
        <source>Show the steps as a map of boxes and arrows</source>
        <translation>Afficher les étapes sous forme de carte de cases et de flèches</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>C&amp;hronologie</translation>
    </message>
    <message>
        <source>Show the steps on a calendar of days around day 0</source>
        <translation>Afficher les étapes sur un calendrier des jours autour du jour 0</translation>
    </message>
    <message>
        <source>Show the patient&apos;s own dates from the planned day 0 (nothing is saved)</source>
        <translation>Afficher les dates propres au patient à partir du jour 0 prévu (rien n&apos;est enregistré)</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>Mode &amp;présentation</translation>
    </message>
    <message>
        <source>Fit to &amp;window</source>
        <translation>Ajuster à la &amp;fenêtre</translation>
    </message>
    <message>
        <source>Words for pati&amp;ents</source>
        <translation>Textes pour les pati&amp;ents</translation>
    </message>
    <message>
        <source>Words for clinician&amp;s</source>
        <translation>Textes pour les &amp;soignants</translation>
    </message>
    <message>
        <source>One step at a time, full screen, to explain it across a desk (Esc leaves)</source>
        <translation>Une étape à la fois, en plein écran, pour l&apos;expliquer face à face (Échap pour quitter)</translation>
    </message>
    <message>
        <source>Set &amp;dates...</source>
        <translation>Saisir les &amp;dates...</translation>
    </message>
    <message>
        <source>&amp;Clinic settings...</source>
        <translation>&amp;Réglages du centre...</translation>
    </message>
    <message>
        <source>Clinic name, phone numbers, local rules and paper size</source>
        <translation>Nom du centre, numéros de téléphone, règles locales et format du papier</translation>
    </message>
    <message>
        <source>Co&amp;mpare with...</source>
        <translation>&amp;Comparer avec...</translation>
    </message>
    <message>
        <source>List what this pathway changes compared with the bundled one or another file</source>
        <translation>Lister ce que ce parcours change par rapport au parcours fourni ou à un autre fichier</translation>
    </message>
    <message>
        <source>&amp;Sign off...</source>
        <translation>&amp;Valider...</translation>
    </message>
    <message>
        <source>Record your review in the pathway file: name, role, dates; the version goes up</source>
        <translation>Enregistrer votre relecture dans le fichier du parcours&#xa0;: nom, fonction, dates&#xa0;; la version augmente</translation>
    </message>
    <message>
        <source>Suggest a &amp;change to this step...</source>
        <translation>Suggérer une &amp;modification pour cette étape...</translation>
    </message>
    <message>
        <source>Write a note on the selected step for whoever owns the content</source>
        <translation>Écrire une note sur l&apos;étape choisie pour les responsables du contenu</translation>
    </message>
    <message>
        <source>Su&amp;ggestions...</source>
        <translation>&amp;Suggestions...</translation>
    </message>
    <message>
        <source>The suggestions made on this computer: read, delete, export</source>
        <translation>Les suggestions faites sur cet ordinateur&#xa0;: lire, supprimer, exporter</translation>
    </message>
    <message>
        <source>T&amp;rain...</source>
        <translation>&amp;Formation...</translation>
    </message>
    <message>
        <source>Quizzes, scenarios and grading practice from this pathway, for staff training</source>
        <translation>Quiz, scénarios et exercices de gradation tirés de ce parcours, pour la formation du personnel</translation>
    </message>
    <message>
        <source>&amp;Edit pathway</source>
        <translation>&amp;Modifier le parcours</translation>
    </message>
    <message>
        <source>Change the selected step: the details become a form</source>
        <translation>Modifier l&apos;étape choisie&#xa0;: les détails deviennent un formulaire</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Take back the last change</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Make the change again</source>
        <translation>Refaire la modification</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>&amp;Comme le système</translation>
    </message>
    <message>
        <source>Light, dark or high contrast, as the computer is set</source>
        <translation>Clair, sombre ou contraste élevé, selon le réglage de l&apos;ordinateur</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>C&amp;lair</translation>
    </message>
    <message>
        <source>Dark words on light backgrounds</source>
        <translation>Texte foncé sur fond clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>Light words on dark backgrounds</source>
        <translation>Texte clair sur fond sombre</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Fort contraste</translation>
    </message>
    <message>
        <source>White and yellow on black, with strong outlines</source>
        <translation>Blanc et jaune sur noir, avec des contours marqués</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <source>Make all text one step larger</source>
        <translation>Agrandir tout le texte d&apos;un cran</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>Texte plus &amp;petit</translation>
    </message>
    <message>
        <source>Make all text one step smaller</source>
        <translation>Réduire tout le texte d&apos;un cran</translation>
    </message>
    <message>
        <source>&amp;Quick guide</source>
        <translation>&amp;Guide rapide</translation>
    </message>
    <message>
        <source>How to use this viewer</source>
        <translation>Comment utiliser ce logiciel</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <source>Version, sources and licences</source>
        <translation>Version, sources et licences</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <comment>the edit taken back</comment>
        <translation>&amp;Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <comment>the edit made again</comment>
        <translation>&amp;Rétablir&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ClinicSettingsDialog</name>
    <message>
        <source>Clinic settings</source>
        <translation>Réglages du centre</translation>
    </message>
</context>
<context>
    <name>CoreAtomic</name>
    <message>
        <source>Cannot write to the folder %1: %2</source>
        <translation>Impossible d&apos;écrire dans le dossier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing was written for %1; the old file (if any) is unchanged</source>
        <translation>Rien n&apos;a été écrit pour %1&#xa0;; l&apos;ancien fichier (s&apos;il existe) est inchangé</translation>
    </message>
    <message>
        <source>Could not save %1: %2. The old file (if any) is unchanged</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2. L&apos;ancien fichier (s&apos;il existe) est inchangé</translation>
    </message>
</context>
<context>
    <name>CoreClinic</name>
    <message>
        <source>%1 is too large to be a clinic settings file</source>
        <translation>%1 est trop volumineux pour être un fichier de réglages du centre</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 is a folder, not a clinic settings file</source>
        <translation>%1 est un dossier, pas un fichier de réglages du centre</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a clinic settings file (it is not JSON text)</source>
        <translation>%1 n&apos;est pas un fichier de réglages du centre (ce n&apos;est pas du texte JSON)</translation>
    </message>
    <message>
        <source>%1 is not a clinic settings file saved by this app</source>
        <translation>%1 n&apos;est pas un fichier de réglages du centre enregistré par ce logiciel</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; should be text</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» devrait être du texte</translation>
    </message>
    <message>
        <source>%1: &apos;phones&apos; should map role ids to phone numbers written as text</source>
        <translation>%1&#xa0;: «&#xa0;phones&#xa0;» devrait associer des identifiants de rôle à des numéros de téléphone écrits en texte</translation>
    </message>
    <message>
        <source>%1: &apos;paper&apos; should be &apos;a4&apos; or &apos;letter&apos;</source>
        <translation>%1&#xa0;: «&#xa0;paper&#xa0;» devrait être «&#xa0;a4&#xa0;» ou «&#xa0;letter&#xa0;»</translation>
    </message>
    <message>
        <source>%1: &apos;choices&apos; should map &apos;&lt;pathway&gt;/&lt;choice&gt;&apos; to text</source>
        <translation>%1&#xa0;: «&#xa0;choices&#xa0;» devrait associer «&#xa0;&lt;pathway&gt;/&lt;choice&gt;&#xa0;» à du texte</translation>
    </message>
    <message>
        <source>%1: &apos;temperature_unit&apos; should be &apos;C&apos;, &apos;F&apos; or &apos;both&apos;</source>
        <translation>%1&#xa0;: «&#xa0;temperature_unit&#xa0;» devrait être «&#xa0;C&#xa0;», «&#xa0;F&#xa0;» ou «&#xa0;both&#xa0;»</translation>
    </message>
</context>
<context>
    <name>CoreDockTitle</name>
    <message>
        <source>Close the %1 panel</source>
        <translation>Fermer le panneau «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Float the %1 panel</source>
        <translation>Détacher le panneau «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>CoreSuggestionBox</name>
    <message>
        <source>Cannot make the folder %1: %2</source>
        <translation>Impossible de créer le dossier %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DialogsAbout</name>
    <message>
        <source>Version %1. Works offline; opens no network connection.</source>
        <translation>Version %1. Fonctionne hors ligne&#xa0;; n&apos;ouvre aucune connexion réseau.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Version %1, %2: %3</source>
        <translation>Version %1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Licensed under the SIL Open Font License, Version 1.1; the full licence follows.</source>
        <translation>Sous licence SIL Open Font License, version 1.1&#xa0;; le texte complet de la licence suit.</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>À propos de %1</translation>
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
        <translation>Les deux (38,0 °C (100,4 °F))</translation>
    </message>
    <message>
        <source>Clinic settings</source>
        <translation>Réglages du centre</translation>
    </message>
    <message>
        <source>These details are printed on every handout and shown on the steps they concern. They are kept on this PC only. Nothing about patients is stored here.</source>
        <translation>Ces informations sont imprimées sur chaque livret et affichées sur les étapes qu&apos;elles concernent. Elles restent uniquement sur ce PC. Rien sur les patients n&apos;est enregistré ici.</translation>
    </message>
    <message>
        <source>e.g. Cell Therapy Unit, City Hospital</source>
        <translation>par ex. Unité de thérapie cellulaire, Hôpital de la Ville</translation>
    </message>
    <message>
        <source>The number to call at any hour</source>
        <translation>Le numéro à appeler à toute heure</translation>
    </message>
    <message>
        <source>Clinic name:</source>
        <translation>Nom du centre&#xa0;:</translation>
    </message>
    <message>
        <source>Emergency number (day and night):</source>
        <translation>Numéro d&apos;urgence (jour et nuit)&#xa0;:</translation>
    </message>
    <message>
        <source>Phone number for each member of the care team</source>
        <translation>Numéro de téléphone de chaque membre de l&apos;équipe soignante</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Phone number for %1</source>
        <translation>Numéro de téléphone de&#xa0;: %1</translation>
    </message>
    <message>
        <source>Local rules (for pathways that ask no questions of their own)</source>
        <translation>Règles locales (pour les parcours qui ne posent pas leurs propres questions)</translation>
    </message>
    <message>
        <source>Staying near the centre:</source>
        <translation>Rester près du centre&#xa0;:</translation>
    </message>
    <message>
        <source>Driving:</source>
        <translation>Conduite&#xa0;:</translation>
    </message>
    <message>
        <source>Temperatures on the urgent signs:</source>
        <translation>Températures dans les signes d&apos;urgence&#xa0;:</translation>
    </message>
    <message>
        <source>Handout paper size:</source>
        <translation>Format du papier du livret&#xa0;:</translation>
    </message>
    <message>
        <source>Import...</source>
        <translation>Importer...</translation>
    </message>
    <message>
        <source>Fill in these settings from a file exported on another PC</source>
        <translation>Remplir ces réglages à partir d&apos;un fichier exporté sur un autre PC</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>Exporter...</translation>
    </message>
    <message>
        <source>Save these settings to a file, to use them on other PCs</source>
        <translation>Enregistrer ces réglages dans un fichier, pour les utiliser sur d&apos;autres PC</translation>
    </message>
    <message>
        <source>Export clinic settings</source>
        <translation>Exporter les réglages du centre</translation>
    </message>
    <message>
        <source>The clinic settings could not be saved</source>
        <translation>Les réglages du centre n&apos;ont pas pu être enregistrés</translation>
    </message>
    <message>
        <source>Import clinic settings</source>
        <translation>Importer les réglages du centre</translation>
    </message>
    <message>
        <source>These settings could not be imported</source>
        <translation>Ces réglages n&apos;ont pas pu être importés</translation>
    </message>
</context>
<context>
    <name>DialogsCompare</name>
    <message>
        <source>Compare pathways</source>
        <translation>Comparer des parcours</translation>
    </message>
    <message>
        <source>What changed, step by step</source>
        <translation>Ce qui a changé, étape par étape</translation>
    </message>
    <message>
        <source>Short values show the old and new words; long texts say only that they changed.</source>
        <translation>Les valeurs courtes montrent les anciens et les nouveaux mots&#xa0;; pour les textes longs, il est seulement indiqué qu&apos;ils ont changé.</translation>
    </message>
    <message>
        <source>Compare with the &amp;bundled pathway</source>
        <translation>Comparer avec le parcours &amp;fourni</translation>
    </message>
    <message>
        <source>Compare with another &amp;file...</source>
        <translation>Comparer avec un autre fic&amp;hier...</translation>
    </message>
    <message>
        <source>Export as &amp;PDF...</source>
        <translation>Exporter en &amp;PDF...</translation>
    </message>
    <message>
        <source>%1 cannot be compared: it does not load.</source>
        <translation>%1 ne peut pas être comparé&#xa0;: il ne se charge pas.</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Comparer avec</translation>
    </message>
    <message>
        <source>Base (as it was): %1
Changed (open now): %2</source>
        <translation>Base (tel qu&apos;il était)&#xa0;: %1
Modifié (ouvert maintenant)&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DialogsDateFields</name>
    <message>
        <source>%1: “%2” is not a date the viewer can read. Type it like %3 or %4, or pick it from the calendar.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une date que le logiciel peut lire. Écrivez-la comme %3 ou %4, ou choisissez-la dans le calendrier.</translation>
    </message>
</context>
<context>
    <name>DialogsLocalChoices</name>
    <message>
        <source>Not set: patients are told their team will tell them</source>
        <translation>Non défini&#xa0;: les patients lisent que leur équipe le leur dira</translation>
    </message>
    <message>
        <source>Our own words (type them below)</source>
        <translation>Nos propres mots (à saisir ci-dessous)</translation>
    </message>
    <message>
        <source>Your own words: %1</source>
        <translation>Vos propres mots&#xa0;: %1</translation>
    </message>
    <message>
        <source>What patients should read, in your clinic&apos;s words</source>
        <translation>Ce que les patients doivent lire, avec les mots de votre centre</translation>
    </message>
    <message>
        <source>What your centre does (this pathway&apos;s questions)</source>
        <translation>Ce que fait votre centre (les questions de ce parcours)</translation>
    </message>
</context>
<context>
    <name>DialogsProblems</name>
    <message>
        <source>This pathway file cannot be opened</source>
        <translation>Ce fichier de parcours ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>The app keeps showing the previous pathway.</source>
        <translation>Le logiciel continue d&apos;afficher le parcours précédent.</translation>
    </message>
    <message>
        <source>This pathway file cannot be changed here</source>
        <translation>Ce fichier de parcours ne peut pas être modifié ici</translation>
    </message>
    <message>
        <source>It cannot be changed in the viewer until they are fixed in a text editor; the map shows it as it was opened.</source>
        <translation>Il ne peut pas être modifié dans le logiciel tant que ces problèmes ne sont pas corrigés dans un éditeur de texte&#xa0;; la carte le montre tel qu&apos;il a été ouvert.</translation>
    </message>
    <message>
        <source>The app shows its built-in pathway instead.</source>
        <translation>Le logiciel affiche à la place son parcours intégré.</translation>
    </message>
    <message>
        <source>Whoever looks after the file can fix each line below and open it again.</source>
        <translation>La personne qui gère le fichier peut corriger chaque ligne ci-dessous, puis le rouvrir.</translation>
    </message>
    <message>
        <source>%1 has %2. %3&lt;br&gt;%4</source>
        <translation>%1 a %2. %3&lt;br&gt;%4</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>Problèmes trouvés dans le fichier</translation>
    </message>
    <message>
        <source>&amp;Copy problems</source>
        <translation>&amp;Copier les problèmes</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>DialogsSchedule</name>
    <message>
        <source>Set dates</source>
        <translation>Saisir les dates</translation>
    </message>
    <message>
        <source>Enter the planned date of day 0, %1, to see the dates of each step. The dates are only shown on screen and in the handout: nothing is saved, and they are forgotten when the viewer closes. No name is needed.</source>
        <translation>Saisissez la date prévue du jour 0, %1, pour voir les dates de chaque étape. Les dates sont seulement affichées à l&apos;écran et dans le livret&#xa0;: rien n&apos;est enregistré, et elles sont oubliées à la fermeture du logiciel. Aucun nom n&apos;est nécessaire.</translation>
    </message>
    <message>
        <source>Planned date of day 0, %1</source>
        <translation>Date prévue du jour 0, %1</translation>
    </message>
    <message>
        <source>The %1 day is booked</source>
        <translation>La date est fixée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Booked %1 date</source>
        <translation>Date fixée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Planned day 0:</source>
        <translation>Jour 0 prévu&#xa0;:</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a form label: the booked day as the pathway names it</comment>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>Show these dates</source>
        <translation>Afficher ces dates</translation>
    </message>
    <message>
        <source>Clear dates</source>
        <translation>Effacer les dates</translation>
    </message>
    <message>
        <source>Remove the dates from every view</source>
        <translation>Retirer les dates de toutes les vues</translation>
    </message>
    <message>
        <source>No pathway is open.</source>
        <translation>Aucun parcours n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>Planned day 0</source>
        <translation>Jour 0 prévu</translation>
    </message>
    <message>
        <source>Day 0, %1: %2.</source>
        <translation>Jour 0, %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>DialogsSignOff</name>
    <message>
        <source>Sign off this pathway</source>
        <translation>Valider ce parcours</translation>
    </message>
    <message>
        <source>Record that you have reviewed %1 (version %2). It becomes version %3, and the review and a line in its list of changes are saved in the file.</source>
        <translation>Enregistrez que vous avez relu %1 (version %2). Il devient la version %3, et la relecture ainsi qu&apos;une ligne dans sa liste des modifications sont enregistrées dans le fichier.</translation>
    </message>
    <message>
        <source>e.g. Dr Jane Smith</source>
        <translation>par ex. Dr Marie Dupont</translation>
    </message>
    <message>
        <source>e.g. Consultant physician</source>
        <translation>par ex. Médecin senior</translation>
    </message>
    <message>
        <source>The day up to which the literature was searched for this review</source>
        <translation>Le jour jusqu&apos;auquel la littérature a été recherchée pour cette relecture</translation>
    </message>
    <message>
        <source>What you checked or changed, e.g. &apos;Ward stay timings checked against our practice.&apos;</source>
        <translation>Ce que vous avez vérifié ou modifié, par ex. «&#xa0;Durées d&apos;hospitalisation vérifiées par rapport à notre pratique.&#xa0;»</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <source>Your &amp;role:</source>
        <translation>Votre &amp;fonction&#xa0;:</translation>
    </message>
    <message>
        <source>Reviewed &amp;on:</source>
        <translation>Relu &amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>Next review &amp;due:</source>
        <translation>Prochaine relecture &amp;prévue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Evidence searched to:</source>
        <translation>&amp;Littérature recherchée jusqu&apos;au&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Résumé&#xa0;:</translation>
    </message>
    <message>
        <source>Only the pathway is signed: write nothing about a patient here.</source>
        <translation>Seul le parcours est validé&#xa0;: n&apos;écrivez rien ici sur un patient.</translation>
    </message>
    <message>
        <source>Sign off and save</source>
        <translation>Valider et enregistrer</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>votre nom</translation>
    </message>
    <message>
        <source>your role</source>
        <translation>votre fonction</translation>
    </message>
    <message>
        <source>a summary</source>
        <translation>un résumé</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>Relu le</translation>
    </message>
    <message>
        <source>Next review due</source>
        <translation>Prochaine relecture prévue</translation>
    </message>
    <message>
        <source>Evidence searched to</source>
        <translation>Littérature recherchée jusqu&apos;au</translation>
    </message>
    <message>
        <source>Please give %1.</source>
        <translation>Veuillez indiquer %1.</translation>
    </message>
    <message>
        <source>The next review must be after the review day.</source>
        <translation>La prochaine relecture doit être après le jour de la relecture.</translation>
    </message>
    <message>
        <source>The evidence date cannot be after the review day.</source>
        <translation>La date de la recherche de littérature ne peut pas être après le jour de la relecture.</translation>
    </message>
</context>
<context>
    <name>DialogsSuggestions</name>
    <message>
        <source>Suggest a change</source>
        <translation>Suggérer une modification</translation>
    </message>
    <message>
        <source>Your suggestion for the step “%1”:</source>
        <translation>Votre suggestion pour l&apos;étape «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. This timing is wrong for us: our patients stay five days.</source>
        <translation>par ex. Cette durée ne correspond pas chez nous&#xa0;: nos patients restent cinq jours.</translation>
    </message>
    <message>
        <source>Keep suggestion</source>
        <translation>Garder la suggestion</translation>
    </message>
    <message>
        <source>Suggestions for the content owner</source>
        <translation>Suggestions pour les responsables du contenu</translation>
    </message>
    <message>
        <source>Suggestions made on this computer for this pathway. Export them and send the file to whoever owns the pathway&apos;s content.</source>
        <translation>Suggestions faites sur cet ordinateur pour ce parcours. Exportez-les et envoyez le fichier aux responsables du contenu du parcours.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Exporter...</translation>
    </message>
    <message>
        <source>Export suggestions</source>
        <translation>Exporter les suggestions</translation>
    </message>
    <message>
        <source>The suggestions could not be exported: %1</source>
        <translation>Les suggestions n&apos;ont pas pu être exportées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>bundled pathway</source>
        <translation>parcours fourni</translation>
    </message>
</context>
<context>
    <name>EditingLinks</name>
    <message>
        <source>Main journey</source>
        <translation>Parcours principal</translation>
    </message>
    <message>
        <source>Only some people</source>
        <translation>Seulement certaines personnes</translation>
    </message>
    <message>
        <source>Goes back</source>
        <translation>Retour en arrière</translation>
    </message>
    <message>
        <source>At the same time</source>
        <translation>En même temps</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Person %1 in the care team: role</source>
        <translation>Personne %1 de l&apos;équipe soignante&#xa0;: rôle</translation>
    </message>
    <message>
        <source>What the %1 does</source>
        <translation>Ce que fait&#xa0;: %1</translation>
    </message>
    <message>
        <source>Remove the %1 from this step</source>
        <translation>Retirer de cette étape&#xa0;: %1</translation>
    </message>
    <message>
        <source>add a person to &apos;%1&apos;</source>
        <translation>ajouter une personne à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>remove a person from &apos;%1&apos;</source>
        <translation>retirer une personne de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Step a new arrow goes to</source>
        <translation>Étape vers laquelle va une nouvelle flèche</translation>
    </message>
    <message>
        <source>Add an arrow to:</source>
        <translation>Ajouter une flèche vers&#xa0;:</translation>
    </message>
    <message>
        <source>Add</source>
        <comment>an arrow to the chosen step</comment>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add an arrow to the chosen step</source>
        <translation>Ajouter une flèche vers l&apos;étape choisie</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Vers&#xa0;: %1</translation>
    </message>
    <message>
        <source>when this happens</source>
        <translation>quand cela arrive</translation>
    </message>
    <message>
        <source>Arrow to %1: label</source>
        <translation>Flèche vers %1&#xa0;: libellé</translation>
    </message>
    <message>
        <source>Arrow to %1: kind</source>
        <translation>Flèche vers %1&#xa0;: type</translation>
    </message>
    <message>
        <source>Remove the arrow to %1</source>
        <translation>Retirer la flèche vers %1</translation>
    </message>
    <message>
        <source>change the words of an arrow</source>
        <translation>modifier les mots d&apos;une flèche</translation>
    </message>
    <message>
        <source>remove the words of an arrow</source>
        <translation>retirer les mots d&apos;une flèche</translation>
    </message>
</context>
<context>
    <name>EditingPathwayForm</name>
    <message>
        <source>Care team roles</source>
        <translation>Rôles de l&apos;équipe soignante</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>What this role is</source>
        <translation>Ce qu&apos;est ce rôle</translation>
    </message>
    <message>
        <source>Parts of the journey</source>
        <translation>Parties du parcours</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>DOI or web address</source>
        <translation>DOI ou adresse web</translation>
    </message>
    <message>
        <source>Urgent signs (call at once)</source>
        <translation>Signes d&apos;urgence (appeler immédiatement)</translation>
    </message>
    <message>
        <source>Sign, in patient words</source>
        <translation>Signe, avec les mots du patient</translation>
    </message>
    <message>
        <source>Call: team or emergency</source>
        <translation>Appel&#xa0;: team (équipe) ou emergency (urgences)</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>Relu le</translation>
    </message>
    <message>
        <source>Next review due</source>
        <translation>Prochaine relecture prévue</translation>
    </message>
    <message>
        <source>Literature searched up to</source>
        <translation>Littérature recherchée jusqu&apos;au</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>%1, number %2: %3</source>
        <translation>%1, numéro %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove %1, number %2</source>
        <translation>Retirer %1, numéro %2</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>modifier %1</translation>
    </message>
    <message>
        <source>add to %1</source>
        <translation>ajouter à %1</translation>
    </message>
    <message>
        <source>remove from %1</source>
        <translation>retirer de %1</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Relu par</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Change the whole pathway</source>
        <translation>Modifier tout le parcours</translation>
    </message>
    <message>
        <source>change the review dates</source>
        <translation>modifier les dates de relecture</translation>
    </message>
</context>
<context>
    <name>EditingProblemsView</name>
    <message>
        <source>No problems: this pathway can be saved.</source>
        <translation>Aucun problème&#xa0;: ce parcours peut être enregistré.</translation>
    </message>
    <message>
        <source>This pathway can be saved, but these words are still the editor&apos;s placeholders:</source>
        <translation>Ce parcours peut être enregistré, mais ces mots sont encore les textes provisoires de l&apos;éditeur&#xa0;:</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Problems in the pathway being edited: choose one to go to it</source>
        <translation>Problèmes dans le parcours en cours de modification&#xa0;: choisissez-en un pour y aller</translation>
    </message>
    <message>
        <source>Undo history: choose a line to go back to it</source>
        <translation>Historique des modifications&#xa0;: choisissez une ligne pour y revenir</translation>
    </message>
    <message>
        <source>The pathway as it was opened</source>
        <translation>Le parcours tel qu&apos;il a été ouvert</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problèmes (%1)</translation>
    </message>
</context>
<context>
    <name>EditingSession</name>
    <message>
        <source>title</source>
        <translation>le titre</translation>
    </message>
    <message>
        <source>part of the journey</source>
        <translation>la partie du parcours</translation>
    </message>
    <message>
        <source>patient text</source>
        <translation>le texte pour le patient</translation>
    </message>
    <message>
        <source>clinical text</source>
        <translation>le texte clinique</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>la durée</translation>
    </message>
    <message>
        <source>timing</source>
        <translation>le moment</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>les lieux</translation>
    </message>
    <message>
        <source>care team</source>
        <translation>l&apos;équipe soignante</translation>
    </message>
    <message>
        <source>what to expect</source>
        <translation>ce qui vous attend</translation>
    </message>
    <message>
        <source>how to prepare</source>
        <translation>la préparation</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>les questions</translation>
    </message>
    <message>
        <source>warning signs</source>
        <translation>les signes d&apos;alerte</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>les sources</translation>
    </message>
    <message>
        <source>change %1 of &apos;%2&apos;</source>
        <translation>modifier %1 de «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>change an arrow</source>
        <translation>modifier une flèche</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>modifier %1</translation>
    </message>
    <message>
        <source>change</source>
        <translation>modifier</translation>
    </message>
</context>
<context>
    <name>EditingStepForm</name>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semaines</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>years</source>
        <translation>années</translation>
    </message>
    <message>
        <source>The step</source>
        <translation>L&apos;étape</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Part of the journey</source>
        <translation>Partie du parcours</translation>
    </message>
    <message>
        <source>How long and when</source>
        <translation>Durée et moment</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Outpatient clinic</source>
        <translation>Consultation externe</translation>
    </message>
    <message>
        <source>Hospital ward</source>
        <translation>Service d&apos;hospitalisation</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>Laboratoire</translation>
    </message>
    <message>
        <source>At home</source>
        <translation>À domicile</translation>
    </message>
    <message>
        <source>Near the treatment centre</source>
        <translation>À proximité du centre de traitement</translation>
    </message>
    <message>
        <source>%1: at least</source>
        <translation>%1&#xa0;: au moins</translation>
    </message>
    <message>
        <source>%1: at most</source>
        <translation>%1&#xa0;: au plus</translation>
    </message>
    <message>
        <source>%1: unit</source>
        <translation>%1&#xa0;: unité</translation>
    </message>
    <message>
        <source>The length is an estimate</source>
        <translation>La durée est une estimation</translation>
    </message>
    <message>
        <source>Days from day 0</source>
        <translation>Jours à partir du jour 0</translation>
    </message>
    <message>
        <source>%1: first day</source>
        <translation>%1&#xa0;: premier jour</translation>
    </message>
    <message>
        <source>%1: last day</source>
        <translation>%1&#xa0;: dernier jour</translation>
    </message>
    <message>
        <source>The days are an estimate</source>
        <translation>Les jours sont une estimation</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Ce qui se passe</translation>
    </message>
    <message>
        <source>For the patient, in plain words</source>
        <translation>Pour le patient, avec des mots simples</translation>
    </message>
    <message>
        <source>Clinical details (for staff)</source>
        <translation>Détails cliniques (pour l&apos;équipe)</translation>
    </message>
    <message>
        <source>Where and who</source>
        <translation>Où et qui</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Care team</source>
        <translation>Équipe soignante</translation>
    </message>
    <message>
        <source>For the patient (one item per line)</source>
        <translation>Pour le patient (un élément par ligne)</translation>
    </message>
    <message>
        <source>What to expect</source>
        <translation>Ce qui vous attend</translation>
    </message>
    <message>
        <source>How to prepare</source>
        <translation>Comment vous préparer</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Signes d&apos;alerte</translation>
    </message>
    <message>
        <source>Sources (ids, one per line)</source>
        <translation>Sources (identifiants, un par ligne)</translation>
    </message>
    <message>
        <source>Arrows from this step</source>
        <translation>Flèches partant de cette étape</translation>
    </message>
    <message>
        <source>Add a step after this</source>
        <translation>Ajouter une étape après celle-ci</translation>
    </message>
    <message>
        <source>Add a branch from this</source>
        <translation>Ajouter un embranchement à partir d&apos;ici</translation>
    </message>
    <message>
        <source>Delete this step</source>
        <translation>Supprimer cette étape</translation>
    </message>
    <message>
        <source>Change the step</source>
        <translation>Modifier l&apos;étape</translation>
    </message>
    <message>
        <source>Click a step on the map to change it.</source>
        <translation>Cliquez sur une étape de la carte pour la modifier.</translation>
    </message>
    <message>
        <source>Changing: %1</source>
        <translation>Modification&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>EditingStructure</name>
    <message>
        <source>add a branch after &apos;%1&apos;</source>
        <translation>ajouter un embranchement après «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>add a step after &apos;%1&apos;</source>
        <translation>ajouter une étape après «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>add step</source>
        <translation>ajouter une étape</translation>
    </message>
    <message>
        <source>add arrow</source>
        <translation>ajouter une flèche</translation>
    </message>
    <message>
        <source>delete step &apos;%1&apos;</source>
        <translation>supprimer l&apos;étape «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>remove arrow</source>
        <translation>retirer une flèche</translation>
    </message>
    <message>
        <source>remove step</source>
        <translation>retirer une étape</translation>
    </message>
    <message>
        <source>add arrow to &apos;%1&apos;</source>
        <translation>ajouter une flèche vers «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>remove arrow %1 → %2</source>
        <translation>retirer la flèche %1 → %2</translation>
    </message>
    <message>
        <source>change the kind of arrow %1</source>
        <translation>modifier le type de la flèche %1</translation>
    </message>
</context>
<context>
    <name>EditingUnfinished</name>
    <message>
        <source>still the editor&apos;s placeholder words (“%1”): write this pathway&apos;s own words</source>
        <translation>encore les textes provisoires de l&apos;éditeur («&#xa0;%1&#xa0;»)&#xa0;: écrivez les mots propres à ce parcours</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>There is no pathway to export.</source>
        <translation>Il n&apos;y a aucun parcours à exporter.</translation>
    </message>
    <message>
        <source>Cannot export to %1: the name has no extension to say the format. Use a name ending in .png (picture), .svg (drawing) or .pdf (document).</source>
        <translation>Impossible d&apos;exporter vers %1&#xa0;: le nom n&apos;a pas d&apos;extension qui indique le format. Utilisez un nom se terminant par .png (image), .svg (dessin) ou .pdf (document).</translation>
    </message>
    <message>
        <source>Cannot export to %1: %2 is not a supported format. Use a name ending in .png (picture), .svg (drawing) or .pdf (document).</source>
        <translation>Impossible d&apos;exporter vers %1&#xa0;: %2 n&apos;est pas un format pris en charge. Utilisez un nom se terminant par .png (image), .svg (dessin) ou .pdf (document).</translation>
    </message>
    <message>
        <source>This journey is too long for a picture: %1 x %2 pixels, where most picture viewers open %3 at most. Save it as .svg or .pdf instead: they keep every word sharp at any size.</source>
        <translation>Ce parcours est trop long pour une image&#xa0;: %1 x %2 pixels, alors que la plupart des visionneuses d&apos;images en ouvrent %3 au plus. Enregistrez-le plutôt en .svg ou en .pdf&#xa0;: chaque mot y reste net à toutes les tailles.</translation>
    </message>
    <message>
        <source>The picture would be too large (%1 x %2 pixels); try a smaller scale.</source>
        <translation>L&apos;image serait trop grande (%1 x %2 pixels)&#xa0;; essayez une échelle plus petite.</translation>
    </message>
    <message>
        <source>Could not write the picture to %1</source>
        <translation>Impossible d&apos;écrire l&apos;image dans %1</translation>
    </message>
    <message>
        <source>Could not write the drawing to %1</source>
        <translation>Impossible d&apos;écrire le dessin dans %1</translation>
    </message>
    <message>
        <source>Could not write the document to %1</source>
        <translation>Impossible d&apos;écrire le document dans %1</translation>
    </message>
</context>
<context>
    <name>FileFilters</name>
    <message>
        <source>Clinic settings (*.json);;All files (*)</source>
        <translation>Réglages du centre (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Pathway files (*.yaml *.yml *.json);;All files (*)</source>
        <translation>Fichiers de parcours (*.yaml *.yml *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV) (*.csv);;JSON (*.json)</source>
        <translation>Tableur (CSV) (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Pathway file (*.yaml *.yml)</source>
        <translation>Fichier de parcours (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tableau CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>JourneyArrows</name>
    <message>
        <source>Main journey</source>
        <translation>Parcours principal</translation>
    </message>
    <message>
        <source>Another path, only if needed</source>
        <translation>Un autre chemin, seulement si nécessaire</translation>
    </message>
    <message>
        <source>Going back to an earlier step</source>
        <translation>Retour à une étape précédente</translation>
    </message>
    <message>
        <source>A step only some people need</source>
        <translation>Une étape dont seules certaines personnes ont besoin</translation>
    </message>
    <message>
        <source>At the same time, not another way</source>
        <translation>En même temps, pas un autre chemin</translation>
    </message>
    <message>
        <source>The line goes on at the same number</source>
        <translation>La ligne continue au même numéro</translation>
    </message>
    <message>
        <source>The journey stops at this step</source>
        <translation>Le parcours s&apos;arrête à cette étape</translation>
    </message>
</context>
<context>
    <name>JourneyItems</name>
    <message>
        <source>also here</source>
        <translation>aussi ici</translation>
    </message>
    <message>
        <source>Part of the journey: %1</source>
        <translation>Partie du parcours&#xa0;: %1</translation>
    </message>
    <message>
        <source>The same step, drawn again near the steps that lead to it.</source>
        <translation>La même étape, dessinée à nouveau près des étapes qui y mènent.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>L&amp;anguage</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>The viewer will be in %1 the next time you start it. Handouts and exports follow it too.</source>
        <translation>Le logiciel sera en %1 au prochain démarrage. Les livrets et les exports suivront aussi cette langue.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The file</source>
        <translation>Le fichier</translation>
    </message>
    <message>
        <source>Journey: the steps of the treatment, in order</source>
        <translation>Parcours&#xa0;: les étapes du traitement, dans l&apos;ordre</translation>
    </message>
    <message>
        <source>Each step is an item. Arrow keys move along the journey; Enter shows the step&apos;s details.</source>
        <translation>Chaque étape est un élément. Les touches fléchées permettent d&apos;avancer dans le parcours&#xa0;; Entrée affiche les détails de l&apos;étape.</translation>
    </message>
    <message>
        <source>%1 (day 0)</source>
        <translation>%1 (jour 0)</translation>
    </message>
    <message>
        <source>Day 0</source>
        <translation>Jour 0</translation>
    </message>
    <message>
        <source>%1: %2 (not saved)</source>
        <translation>%1&#xa0;: %2 (non enregistré)</translation>
    </message>
    <message>
        <source>The dates are kept only while the viewer is open. Tools &gt; Set dates changes or clears them.</source>
        <translation>Les dates sont conservées seulement tant que le logiciel est ouvert. Outils &gt; Saisir les dates permet de les modifier ou de les effacer.</translation>
    </message>
    <message>
        <source>Words for clinicians: clinical details shown too</source>
        <translation>Textes pour les soignants&#xa0;: détails cliniques affichés aussi</translation>
    </message>
    <message>
        <source>Words for patients: plain words only</source>
        <translation>Textes pour les patients&#xa0;: mots simples uniquement</translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation>Carte du parcours</translation>
    </message>
    <message>
        <source>Journey map: {title}</source>
        <translation>Carte du parcours&#xa0;: {title}</translation>
    </message>
    <message>
        <source>No step selected: click a step, or use the arrow keys</source>
        <translation>Aucune étape choisie&#xa0;: cliquez sur une étape ou utilisez les touches fléchées</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>Étape&#xa0;: %1</translation>
    </message>
    <message>
        <source>Showing the steps of: %1</source>
        <translation>Étapes affichées pour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>Zoom %1&#xa0;%</translation>
    </message>
    <message>
        <source>The pathway&apos;s own words, as its file says</source>
        <translation>Les mots propres au parcours, tels que son fichier les donne</translation>
    </message>
    <message>
        <source>The pathway&apos;s words from its translation file; untranslated parts stay in the original</source>
        <translation>Les mots du parcours tirés de son fichier de traduction&#xa0;; les parties non traduites restent dans la langue d&apos;origine</translation>
    </message>
    <message>
        <source>Leave edit mode first</source>
        <translation>Quittez d&apos;abord le mode modification</translation>
    </message>
    <message>
        <source>While you edit, the pathway is shown in its own language. Save your changes and turn off Edit &gt; Edit pathway to choose another language.</source>
        <translation>Pendant la modification, le parcours est affiché dans sa propre langue. Enregistrez vos modifications et désactivez Édition &gt; Modifier le parcours pour choisir une autre langue.</translation>
    </message>
    <message>
        <source>Content lan&amp;guage</source>
        <translation>La&amp;ngue du contenu</translation>
    </message>
    <message>
        <source>Disclaimer</source>
        <translation>Avertissement</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Relecture</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Text si&amp;ze</source>
        <translation>Taille du te&amp;xte</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>Afficher les &amp;détails</translation>
    </message>
    <message>
        <source>Show or hide the step details panel</source>
        <translation>Afficher ou masquer le panneau des détails de l&apos;étape</translation>
    </message>
    <message>
        <source>Show &amp;care team</source>
        <translation>Afficher l&apos;é&amp;quipe soignante</translation>
    </message>
    <message>
        <source>Show or hide the care team panel</source>
        <translation>Afficher ou masquer le panneau de l&apos;équipe soignante</translation>
    </message>
    <message>
        <source>Co&amp;lours</source>
        <translation>C&amp;ouleurs</translation>
    </message>
    <message>
        <source>Show o&amp;utline</source>
        <translation>Afficher le pl&amp;an</translation>
    </message>
    <message>
        <source>Show or hide the journey as a list of steps and branches</source>
        <translation>Afficher ou masquer le parcours sous forme de liste d&apos;étapes et d&apos;embranchements</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source> Words for: </source>
        <translation> Textes pour&#xa0;: </translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Clinicians</source>
        <translation>Soignants</translation>
    </message>
    <message>
        <source>Set dates...</source>
        <translation>Dates...</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présenter</translation>
    </message>
    <message>
        <source>More toolbar commands</source>
        <translation>Autres commandes de la barre d&apos;outils</translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Outline of the journey: steps, with their branches under them</source>
        <translation>Plan du parcours&#xa0;: les étapes, avec leurs embranchements en dessous</translation>
    </message>
    <message>
        <source>Up and Down move between steps, Right opens a step&apos;s branches; the chosen step shows in the details.</source>
        <translation>Haut et Bas passent d&apos;une étape à l&apos;autre, Droite ouvre les embranchements d&apos;une étape&#xa0;; l&apos;étape choisie s&apos;affiche dans les détails.</translation>
    </message>
</context>
<context>
    <name>OutputHandout</name>
    <message>
        <source>Emergency: %1</source>
        <translation>Urgences&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>OutputHandoutContacts</name>
    <message>
        <source>Who to call, and local rules</source>
        <translation>Qui appeler, et règles locales</translation>
    </message>
    <message>
        <source>Who to call</source>
        <translation>Qui appeler</translation>
    </message>
    <message>
        <source>Local rules from your clinic</source>
        <translation>Règles locales de votre centre</translation>
    </message>
    <message>
        <source>Your care team</source>
        <translation>Votre équipe soignante</translation>
    </message>
    <message>
        <source>Write the numbers your team gives you in the right-hand column.</source>
        <translation>Écrivez dans la colonne de droite les numéros que votre équipe vous donne.</translation>
    </message>
    <message>
        <source>%1 if you have:</source>
        <translation>%1, si vous avez&#xa0;:</translation>
    </message>
    <message>
        <source>Do not wait for your next visit.</source>
        <translation>N&apos;attendez pas votre prochain rendez-vous.</translation>
    </message>
    <message>
        <source>Who</source>
        <comment>the care-team role a phone number is for</comment>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Emergency number: %1</source>
        <translation>Numéro d&apos;urgence&#xa0;: %1</translation>
    </message>
    <message>
        <source>Ask your team which number to use, and write it here.</source>
        <translation>Demandez à votre équipe quel numéro utiliser, et écrivez-le ici.</translation>
    </message>
    <message>
        <source>In an emergency, day or night, call</source>
        <translation>En cas d&apos;urgence, de jour comme de nuit, appelez</translation>
    </message>
</context>
<context>
    <name>OutputHandoutHtml</name>
    <message>
        <source>For you and the people supporting you</source>
        <translation>Pour vous et les personnes qui vous accompagnent</translation>
    </message>
    <message>
        <source>For clinicians and staff (includes clinical details)</source>
        <translation>Pour les soignants et le personnel (avec les détails cliniques)</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Centre</translation>
    </message>
    <message>
        <source>Prepared on</source>
        <translation>Préparé le</translation>
    </message>
    <message>
        <source>%1 (day 0)</source>
        <translation>%1 (jour 0)</translation>
    </message>
    <message>
        <source>Your journey at a glance</source>
        <translation>Votre parcours en un coup d&apos;œil</translation>
    </message>
    <message>
        <source>The steps, one by one</source>
        <translation>Les étapes, une par une</translation>
    </message>
    <message>
        <source>Other paths some people take</source>
        <translation>Autres chemins que prennent certaines personnes</translation>
    </message>
    <message>
        <source>Words used in this guide</source>
        <translation>Mots utilisés dans ce guide</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>In this guide</source>
        <translation>Dans ce guide</translation>
    </message>
    <message>
        <source>The picture shows every step. The main journey is the path most people follow; the side paths show what can happen to some people.</source>
        <translation>L&apos;image montre chaque étape. Le parcours principal est le chemin que suivent la plupart des personnes&#xa0;; les chemins secondaires montrent ce qui peut arriver à certaines personnes.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Typical timing</source>
        <translation>Moment habituel</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Your dates</source>
        <translation>Vos dates</translation>
    </message>
    <message>
        <source>varies</source>
        <translation>variable</translation>
    </message>
    <message>
        <source>to be agreed</source>
        <translation>à convenir</translation>
    </message>
    <message>
        <source>The main journey, step by step</source>
        <translation>Le parcours principal, étape par étape</translation>
    </message>
    <message>
        <source>The picture shows every step of the journey, in order.</source>
        <translation>L&apos;image montre chaque étape du parcours, dans l&apos;ordre.</translation>
    </message>
    <message>
        <source>Day 0 is %1. Day -5 means five days before it.</source>
        <translation>Le jour 0 est %1. Jour -5 signifie cinq jours avant.</translation>
    </message>
    <message>
        <source>“How long” is the time the step itself takes; “when” is the stretch of days it happens in.</source>
        <translation>«&#xa0;Durée&#xa0;» est le temps que prend l&apos;étape elle-même&#xa0;; «&#xa0;quand&#xa0;» est la période de jours pendant laquelle elle a lieu.</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Étape %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Part of the journey: %1</source>
        <translation>Partie du parcours&#xa0;: %1</translation>
    </message>
    <message>
        <source>At the same time: %1</source>
        <translation>En même temps&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not everyone follows the main journey. These are the other things that can happen, and what they mean for you.</source>
        <translation>Tout le monde ne suit pas le parcours principal. Voici les autres choses qui peuvent arriver, et ce qu&apos;elles signifient pour vous.</translation>
    </message>
    <message>
        <source>Going back to an earlier step</source>
        <translation>Retour à une étape précédente</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1:&lt;/b&gt; from &amp;#8220;%2&amp;#8221; back to &amp;#8220;%3&amp;#8221;.</source>
        <translation>&lt;b&gt;%1&#xa0;:&lt;/b&gt; de &amp;#171;&amp;#160;%2&amp;#160;&amp;#187; retour à &amp;#171;&amp;#160;%3&amp;#160;&amp;#187;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1:&lt;/b&gt; from &amp;#8220;%2&amp;#8221; on to &amp;#8220;%3&amp;#8221;.</source>
        <translation>&lt;b&gt;%1&#xa0;:&lt;/b&gt; de &amp;#171;&amp;#160;%2&amp;#160;&amp;#187; vers &amp;#171;&amp;#160;%3&amp;#160;&amp;#187;.</translation>
    </message>
    <message>
        <source>Going straight to the end of the journey</source>
        <translation>Aller directement à la fin du parcours</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1:&lt;/b&gt; from &amp;#8220;%2&amp;#8221; straight to &amp;#8220;%3&amp;#8221;, where the journey ends.</source>
        <translation>&lt;b&gt;%1&#xa0;:&lt;/b&gt; de &amp;#171;&amp;#160;%2&amp;#160;&amp;#187; directement à &amp;#171;&amp;#160;%3&amp;#160;&amp;#187;, où le parcours se termine.</translation>
    </message>
    <message>
        <source>%1 (after &amp;#8220;%2&amp;#8221;)</source>
        <translation>%1 (après &amp;#171;&amp;#160;%2&amp;#160;&amp;#187;)</translation>
    </message>
    <message>
        <source>&lt;b&gt;When:&lt;/b&gt; %1.</source>
        <translation>&lt;b&gt;Quand&#xa0;:&lt;/b&gt; %1.</translation>
    </message>
    <message>
        <source>At the same time as &amp;#8220;%1&amp;#8221;.</source>
        <translation>En même temps que &amp;#171;&amp;#160;%1&amp;#160;&amp;#187;.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Clinical details:&lt;/i&gt; %1</source>
        <translation>&lt;i&gt;Détails cliniques&#xa0;:&lt;/i&gt; %1</translation>
    </message>
    <message>
        <source>back to &amp;#8220;%1&amp;#8221;</source>
        <translation>retour à &amp;#171;&amp;#160;%1&amp;#160;&amp;#187;</translation>
    </message>
    <message>
        <source>%1: back to &amp;#8220;%2&amp;#8221;</source>
        <translation>%1&#xa0;: retour à &amp;#171;&amp;#160;%2&amp;#160;&amp;#187;</translation>
    </message>
    <message>
        <source>%1: on to &amp;#8220;%2&amp;#8221;</source>
        <translation>%1&#xa0;: vers &amp;#171;&amp;#160;%2&amp;#160;&amp;#187;</translation>
    </message>
    <message>
        <source>next</source>
        <translation>ensuite</translation>
    </message>
    <message>
        <source>&lt;b&gt;Afterwards:&lt;/b&gt; %1.</source>
        <translation>&lt;b&gt;Et après&#xa0;:&lt;/b&gt; %1.</translation>
    </message>
    <message>
        <source>The steps above cite these sources by number. Where a source gives a web address, it is printed here as text.</source>
        <translation>Les étapes ci-dessus citent ces sources par leur numéro. Lorsqu&apos;une source donne une adresse web, elle est imprimée ici sous forme de texte.</translation>
    </message>
    <message>
        <source>About this guide</source>
        <translation>À propos de ce guide</translation>
    </message>
    <message>
        <source>Sources: %1 (listed at the end).</source>
        <translation>Sources&#xa0;: %1 (listées à la fin).</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <comment>a main step&apos;s number and title</comment>
        <translation>Étape %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Please read:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;À lire&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Your journey, step by step</source>
        <translation>Votre parcours, étape par étape</translation>
    </message>
    <message>
        <source>Planned %1</source>
        <comment>the day booked ahead, as the pathway names it</comment>
        <translation>Prévu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your dates are worked out from the planned date of %1 and the usual timings. Your team may change them: always go by what they tell you.</source>
        <translation>Vos dates sont calculées à partir de la date prévue pour %1 et des délais habituels. Votre équipe peut les modifier&#xa0;: suivez toujours ce qu&apos;elle vous dit.</translation>
    </message>
    <message>
        <source>Made with %1 %2 on %3.</source>
        <translation>Réalisé avec %1&#xa0;%2 le %3.</translation>
    </message>
</context>
<context>
    <name>OutputJourneyPicture</name>
    <message>
        <source>The journey continues on the next page</source>
        <translation>Le parcours continue à la page suivante</translation>
    </message>
</context>
<context>
    <name>OutputPagedText</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>OutputTrainingPdf</name>
    <message>
        <source>Training record: %1</source>
        <translation>Relevé de formation&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PanelsCareTeam</name>
    <message>
        <source>Everyone (no filter)</source>
        <translation>Tout le monde (aucun filtre)</translation>
    </message>
    <message>
        <source>Care team</source>
        <translation>Équipe soignante</translation>
    </message>
    <message>
        <source>Choose a person to see the steps they take part in.</source>
        <translation>Choisissez une personne pour voir les étapes auxquelles elle participe.</translation>
    </message>
    <message>
        <source>Care team: choose a role to highlight their steps</source>
        <translation>Équipe soignante&#xa0;: choisissez un rôle pour mettre en évidence ses étapes</translation>
    </message>
    <message>
        <source>Show every step the same way</source>
        <translation>Afficher toutes les étapes de la même façon</translation>
    </message>
</context>
<context>
    <name>PanelsDetails</name>
    <message>
        <source>Step details</source>
        <translation>Détails de l&apos;étape</translation>
    </message>
    <message>
        <source>Change the step</source>
        <translation>Modifier l&apos;étape</translation>
    </message>
    <message>
        <source>No pathway is open.</source>
        <translation>Aucun parcours n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>Click a step to see what happens, who is there and how to prepare.</source>
        <translation>Cliquez sur une étape pour voir ce qui se passe, qui est présent et comment vous préparer.</translation>
    </message>
    <message>
        <source>You can also use the arrow keys to move between steps, and Ctrl+F to search.</source>
        <translation>Vous pouvez aussi utiliser les touches fléchées pour passer d&apos;une étape à l&apos;autre, et Ctrl+F pour rechercher.</translation>
    </message>
    <message>
        <source>Part of the journey: %1</source>
        <translation>Partie du parcours&#xa0;: %1</translation>
    </message>
    <message>
        <source>your clinic</source>
        <translation>votre centre</translation>
    </message>
    <message>
        <source>Local rules from %1</source>
        <translation>Règles locales de %1</translation>
    </message>
    <message>
        <source>Words used on this page</source>
        <translation>Mots utilisés sur cette page</translation>
    </message>
    <message>
        <source>Words with a dotted line are explained here. Point at one, or click it, to see what it means.</source>
        <translation>Les mots soulignés en pointillés sont expliqués ici. Pointez sur l&apos;un d&apos;eux, ou cliquez dessus, pour voir ce qu&apos;il signifie.</translation>
    </message>
</context>
<context>
    <name>PanelsSearchBar</name>
    <message>
        <source>Search steps (Ctrl+F)</source>
        <translation>Rechercher des étapes (Ctrl+F)</translation>
    </message>
    <message>
        <source>No step found</source>
        <translation>Aucune étape trouvée</translation>
    </message>
    <message>
        <source>Search steps</source>
        <translation>Rechercher des étapes</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>No step mentions &apos;%1&apos;</source>
        <translation>Aucune étape ne mentionne «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>PresentationChoices</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Something also happens at the same time. Press %1 to see it:</source>
        <translation>Quelque chose se passe aussi en même temps. Appuyez sur %1 pour le voir&#xa0;:</translation>
    </message>
    <message>
        <source>Some people go another way here, and something also happens at the same time. Press %1 to see one:</source>
        <translation>Ici, certaines personnes prennent un autre chemin, et quelque chose se passe aussi en même temps. Appuyez sur %1 pour voir l&apos;un d&apos;eux&#xa0;:</translation>
    </message>
    <message>
        <source>Some people go another way here. Press %1 to see that path:</source>
        <translation>Ici, certaines personnes prennent un autre chemin. Appuyez sur %1 pour voir ce chemin&#xa0;:</translation>
    </message>
    <message>
        <source>next</source>
        <translation>ensuite</translation>
    </message>
</context>
<context>
    <name>PresentationNotes</name>
    <message>
        <source>No presenter notes for this step.</source>
        <translation>Pas de notes pour la présentation de cette étape.</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Maintenant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Ensuite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Next: (the end of the journey)</source>
        <translation>Ensuite&#xa0;: (la fin du parcours)</translation>
    </message>
    <message>
        <source>Presenter view</source>
        <translation>Vue de la personne qui présente</translation>
    </message>
</context>
<context>
    <name>PresentationStrip</name>
    <message>
        <source>The whole journey. %1: step %2 of %3</source>
        <translation>Tout le parcours. %1&#xa0;: étape %2 sur %3</translation>
    </message>
</context>
<context>
    <name>PresentationView</name>
    <message>
        <source>You are here</source>
        <translation>Vous êtes ici</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>Presentation: one step of the journey at a time</source>
        <translation>Présentation&#xa0;: une étape du parcours à la fois</translation>
    </message>
    <message>
        <source>Side path from here</source>
        <translation>Chemin secondaire à partir d&apos;ici</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <source>Only if needed: a side path at step %1 of %2</source>
        <translation>Seulement si nécessaire&#xa0;: un chemin secondaire à l&apos;étape %1 sur %2</translation>
    </message>
    <message>
        <source>Only if needed: a side path</source>
        <translation>Seulement si nécessaire&#xa0;: un chemin secondaire</translation>
    </message>
    <message>
        <source>Your dates: %1</source>
        <translation>Vos dates&#xa0;: %1</translation>
    </message>
    <message>
        <source>your clinic</source>
        <translation>votre centre</translation>
    </message>
    <message>
        <source>Local rules from %1</source>
        <translation>Règles locales de %1</translation>
    </message>
    <message>
        <source>This is the last step of the journey.</source>
        <translation>C&apos;est la dernière étape du parcours.</translation>
    </message>
    <message>
        <source>→  Next: %1</source>
        <translation>→  Ensuite&#xa0;: %1</translation>
    </message>
    <message>
        <source>→  Back to: %1 (%2)</source>
        <translation>→  Retour à&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>→  Back to the main journey: %1</source>
        <translation>→  Retour au parcours principal&#xa0;: %1</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Retour</translation>
    </message>
    <message>
        <source>↓ More below</source>
        <translation>↓ Suite plus bas</translation>
    </message>
    <message>
        <source>N: notes</source>
        <translation>N&#xa0;: notes</translation>
    </message>
    <message>
        <source>Esc: leave</source>
        <translation>Échap&#xa0;: quitter</translation>
    </message>
</context>
<context>
    <name>SuggestionsDialog</name>
    <message>
        <source>Suggestions made on this computer</source>
        <translation>Suggestions faites sur cet ordinateur</translation>
    </message>
</context>
<context>
    <name>TimelineItems</name>
    <message>
        <source>time squeezed to fit</source>
        <translation>temps resserré pour tenir</translation>
    </message>
</context>
<context>
    <name>TimelineScene</name>
    <message>
        <source>No fixed day</source>
        <translation>Pas de jour fixe</translation>
    </message>
    <message>
        <source>Main journey: the steps most people go through</source>
        <translation>Parcours principal&#xa0;: les étapes que suivent la plupart des personnes</translation>
    </message>
    <message>
        <source>%1: some people also go through these steps</source>
        <translation>%1&#xa0;: certaines personnes passent aussi par ces étapes</translation>
    </message>
    <message>
        <source>Day 0 is %1. More than 2 weeks before or after it, the time is squeezed (shaded), so that the busy days and the years of follow-up both fit.</source>
        <translation>Le jour 0 est %1. Au-delà de 2 semaines avant ou après, le temps est resserré (zone grisée), pour que les jours chargés et les années de suivi tiennent tous les deux.</translation>
    </message>
    <message>
        <source>Days count from %1 (day 0). Before day -14 and after day +14 the time is squeezed (shaded), so that the busy days and the years of follow-up both fit.</source>
        <translation>Les jours sont comptés à partir de %1 (jour 0). Avant le jour -14 et après le jour +14, le temps est resserré (zone grisée), pour que les jours chargés et les années de suivi tiennent tous les deux.</translation>
    </message>
    <message>
        <source>Timings are typical: your team plans your own dates.</source>
        <translation>Les délais sont ceux habituels&#xa0;: votre équipe planifie vos propres dates.</translation>
    </message>
    <message>
        <source>%1 (window)</source>
        <translation>%1 (période)</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline: the steps in the order they come (this pathway gives no days)</source>
        <translation>Chronologie&#xa0;: les étapes dans l&apos;ordre où elles arrivent (ce parcours ne donne pas de jours)</translation>
    </message>
    <message>
        <source>Timeline: the steps on a calendar of days around day 0</source>
        <translation>Chronologie&#xa0;: les étapes sur un calendrier des jours autour du jour 0</translation>
    </message>
    <message>
        <source>Each step is an item. Arrow keys move between the steps; Enter shows the step&apos;s details.</source>
        <translation>Chaque étape est un élément. Les touches fléchées permettent de passer d&apos;une étape à l&apos;autre&#xa0;; Entrée affiche les détails de l&apos;étape.</translation>
    </message>
</context>
<context>
    <name>TrainingQuestionPage</name>
    <message>
        <source>Show this step on the map</source>
        <translation>Montrer cette étape sur la carte</translation>
    </message>
    <message>
        <source>Check answer</source>
        <translation>Vérifier la réponse</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Question suivante</translation>
    </message>
    <message>
        <source>Stop quiz</source>
        <translation>Arrêter le quiz</translation>
    </message>
    <message>
        <source>End the quiz now and see the results so far (Esc)</source>
        <translation>Terminer le quiz maintenant et voir les résultats obtenus jusqu&apos;ici (Échap)</translation>
    </message>
    <message>
        <source>See results</source>
        <translation>Voir les résultats</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>Exact.</translation>
    </message>
    <message>
        <source>Not quite. The right answer is: %1</source>
        <translation>Pas tout à fait. La bonne réponse est&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TrainingResultsPage</name>
    <message>
        <source>Passed: %1 of %2 right (%3 %; pass mark %4 %)</source>
        <translation>Réussi&#xa0;: score de %1 sur %2 (%3&#xa0;%&#xa0;; seuil de réussite %4&#xa0;%)</translation>
    </message>
    <message>
        <source>Not passed yet: %1 of %2 right (%3 %; pass mark %4 %)</source>
        <translation>Pas encore réussi&#xa0;: score de %1 sur %2 (%3&#xa0;%&#xa0;; seuil de réussite %4&#xa0;%)</translation>
    </message>
    <message>
        <source>Right answer: %1</source>
        <translation>Bonne réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>None: every answer was right.</source>
        <translation>Aucune&#xa0;: toutes les réponses étaient justes.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucune.</translation>
    </message>
    <message>
        <source>Questions missed</source>
        <translation>Questions manquées</translation>
    </message>
    <message>
        <source>Steps to revisit</source>
        <translation>Étapes à revoir</translation>
    </message>
    <message>
        <source>Optional; printed on the export only, never saved</source>
        <translation>Facultatif&#xa0;; imprimé uniquement sur l&apos;export, jamais enregistré</translation>
    </message>
    <message>
        <source>Export CSV...</source>
        <translation>Exporter en CSV...</translation>
    </message>
    <message>
        <source>Export PDF...</source>
        <translation>Exporter en PDF...</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nouvelle session</translation>
    </message>
    <message>
        <source>Trainee&apos;s name for the export:</source>
        <translation>Nom de la personne formée, pour l&apos;export&#xa0;:</translation>
    </message>
    <message>
        <source>Results: %1 (%2)</source>
        <translation>Résultats&#xa0;: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>TrainingView</name>
    <message>
        <source>Train</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Train: questions from this pathway</source>
        <translation>Formation&#xa0;: questions tirées de ce parcours</translation>
    </message>
    <message>
        <source>The same seed gives the same questions in the same order</source>
        <translation>La même graine donne les mêmes questions dans le même ordre</translation>
    </message>
    <message>
        <source>The share of right answers that passes; kept in the settings</source>
        <translation>La part de bonnes réponses nécessaire pour réussir&#xa0;; conservée dans les réglages</translation>
    </message>
    <message>
        <source>Start quiz</source>
        <translation>Commencer le quiz</translation>
    </message>
    <message>
        <source>Play scenario</source>
        <translation>Lancer le scénario</translation>
    </message>
    <message>
        <source>Grading practice (CRS, ICE score, ICANS)</source>
        <translation>S&apos;exercer à la gradation (SRC, score ICE, ICANS)</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>Module:</source>
        <translation>Module&#xa0;:</translation>
    </message>
    <message>
        <source>Questions:</source>
        <translation>Questions&#xa0;:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Graine&#xa0;:</translation>
    </message>
    <message>
        <source>Pass mark:</source>
        <translation>Seuil de réussite&#xa0;:</translation>
    </message>
    <message>
        <source>Scenario: a patient&apos;s days, one event at a time</source>
        <translation>Scénario&#xa0;: les journées d&apos;un patient, un événement à la fois</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Scénario&#xa0;:</translation>
    </message>
    <message>
        <source>Grading practice</source>
        <translation>S&apos;exercer à la gradation</translation>
    </message>
    <message>
        <source>Cases graded by the ASTCT consensus rules. %1</source>
        <translation>Cas gradés selon les règles du consensus de l&apos;ASTCT. %1</translation>
    </message>
    <message>
        <source>The whole pathway</source>
        <translation>Tout le parcours</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Pour&#xa0;: %1</translation>
    </message>
    <message>
        <source>This pathway has no scenarios for this module</source>
        <translation>Ce parcours n&apos;a pas de scénario pour ce module</translation>
    </message>
    <message>
        <source>scenario: %1</source>
        <translation>scénario&#xa0;: %1</translation>
    </message>
    <message>
        <source>grading practice</source>
        <translation>exercice de gradation</translation>
    </message>
    <message>
        <source>Question %1 of %2  (%3)</source>
        <translation>Question %1 sur %2  (%3)</translation>
    </message>
</context>
<context>
    <name>WindowCrash</name>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>Something went wrong, but the app is still running and nothing was lost.</source>
        <translation>Un problème est survenu, mais le logiciel fonctionne toujours et rien n&apos;a été perdu.</translation>
    </message>
    <message>
        <source>You can carry on. If it happens again, please send this file to your IT support:</source>
        <translation>Vous pouvez continuer. Si cela se reproduit, veuillez envoyer ce fichier à votre support informatique&#xa0;:</translation>
    </message>
</context>
<context>
    <name>WindowDialogCommands</name>
    <message>
        <source>Quick guide</source>
        <translation>Guide rapide</translation>
    </message>
</context>
<context>
    <name>WindowEditCommands</name>
    <message>
        <source>Cannot edit this file</source>
        <translation>Impossible de modifier ce fichier</translation>
    </message>
    <message>
        <source>%1 cannot be read any more (%2). It may have been moved, renamed or deleted since it was opened. Open it again from where it is now.</source>
        <translation>%1 ne peut plus être lu (%2). Il a peut-être été déplacé, renommé ou supprimé depuis son ouverture. Ouvrez-le à nouveau depuis son emplacement actuel.</translation>
    </message>
    <message>
        <source>This step</source>
        <translation>Cette étape</translation>
    </message>
    <message>
        <source>Whole pathway</source>
        <translation>Tout le parcours</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>The pathways that come with the viewer are part of it and are never changed. Save your pathway under another name, in a folder of your own.</source>
        <translation>Les parcours fournis avec le logiciel en font partie et ne sont jamais modifiés. Enregistrez votre parcours sous un autre nom, dans un dossier à vous.</translation>
    </message>
    <message>
        <source>Nothing was saved; your changes are still here.</source>
        <translation>Rien n&apos;a été enregistré&#xa0;; vos modifications sont toujours là.</translation>
    </message>
    <message>
        <source>This pathway cannot be saved yet</source>
        <translation>Ce parcours ne peut pas encore être enregistré</translation>
    </message>
    <message>
        <source>Click a problem in the Problems list to go to the step and the box to fix.</source>
        <translation>Cliquez sur un problème dans la liste Problèmes pour aller à l&apos;étape et au champ à corriger.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>The file was changed</source>
        <translation>Le fichier a été modifié</translation>
    </message>
    <message>
        <source>%1 was changed by someone or something else since you began changing it here. Saving now replaces those changes with yours. To keep both, cancel and use Save As to save yours under another name.</source>
        <translation>%1 a été modifié par quelqu&apos;un ou par autre chose depuis que vous avez commencé à le modifier ici. Enregistrer maintenant remplace ces modifications par les vôtres. Pour garder les deux, annulez et utilisez Enregistrer sous pour enregistrer les vôtres sous un autre nom.</translation>
    </message>
    <message>
        <source>Save over their changes</source>
        <translation>Écraser leurs modifications</translation>
    </message>
    <message>
        <source>Save the pathway as</source>
        <translation>Enregistrer le parcours sous</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>You have changed the pathway and not saved it. Save the changes?</source>
        <translation>Vous avez modifié le parcours sans l&apos;enregistrer. Enregistrer les modifications&#xa0;?</translation>
    </message>
    <message>
        <source>Restore unsaved changes?</source>
        <translation>Restaurer les modifications non enregistrées&#xa0;?</translation>
    </message>
    <message>
        <source>the bundled pathway</source>
        <translation>le parcours fourni</translation>
    </message>
    <message>
        <source>The viewer closed while you were changing %1, before the changes were saved. Bring the changes back?</source>
        <translation>Le logiciel s&apos;est fermé pendant que vous modifiiez %1, avant l&apos;enregistrement des modifications. Récupérer les modifications&#xa0;?</translation>
    </message>
</context>
<context>
    <name>WindowOpenCommands</name>
    <message>
        <source>Open pathway</source>
        <translation>Ouvrir un parcours</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>Fichier introuvable</translation>
    </message>
    <message>
        <source>%1 is no longer at %2. It may have been moved or deleted, so it has been removed from Open recent.</source>
        <translation>%1 n&apos;est plus à l&apos;emplacement %2. Il a peut-être été déplacé ou supprimé&#xa0;; il a donc été retiré des fichiers récents.</translation>
    </message>
</context>
<context>
    <name>WindowOutputCommands</name>
    <message>
        <source>Export view</source>
        <translation>Exporter la vue</translation>
    </message>
    <message>
        <source>The picture could not be saved</source>
        <translation>L&apos;image n&apos;a pas pu être enregistrée</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Export handout</source>
        <translation>Exporter le livret</translation>
    </message>
    <message>
        <source>The handout could not be saved</source>
        <translation>Le livret n&apos;a pas pu être enregistré</translation>
    </message>
    <message>
        <source>Saved the handout (%1 pages) to %2</source>
        <translation>Livret (%1 pages) enregistré dans %2</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>Imprimer le livret</translation>
    </message>
    <message>
        <source>The handout could not be printed</source>
        <translation>Le livret n&apos;a pas pu être imprimé</translation>
    </message>
    <message>
        <source>Sent the handout (%1 pages) to the printer</source>
        <translation>Livret (%1 pages) envoyé à l&apos;imprimante</translation>
    </message>
    <message>
        <source>Making the handout…</source>
        <translation>Création du livret…</translation>
    </message>
</context>
<context>
    <name>WindowReviewCommands</name>
    <message>
        <source>Export the comparison</source>
        <translation>Exporter la comparaison</translation>
    </message>
    <message>
        <source>The comparison could not be saved</source>
        <translation>La comparaison n&apos;a pas pu être enregistrée</translation>
    </message>
    <message>
        <source>Saved the comparison to %1</source>
        <translation>Comparaison enregistrée dans %1</translation>
    </message>
    <message>
        <source>This pathway cannot be signed off yet</source>
        <translation>Ce parcours ne peut pas encore être validé</translation>
    </message>
    <message>
        <source>Save the signed pathway as</source>
        <translation>Enregistrer le parcours validé sous</translation>
    </message>
    <message>
        <source>The sign-off was not saved</source>
        <translation>La validation n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <source>Signed off and saved %1</source>
        <translation>%1 validé et enregistré</translation>
    </message>
    <message>
        <source>Suggest a change</source>
        <translation>Suggérer une modification</translation>
    </message>
    <message>
        <source>Click the step you want to suggest a change to, then try again.</source>
        <translation>Cliquez sur l&apos;étape pour laquelle vous voulez suggérer une modification, puis réessayez.</translation>
    </message>
    <message>
        <source>The suggestion was not kept</source>
        <translation>La suggestion n&apos;a pas été gardée</translation>
    </message>
    <message>
        <source>Suggestion kept. Review &gt; Suggestions lists and exports them.</source>
        <translation>Suggestion gardée. Relecture &gt; Suggestions les liste et les exporte.</translation>
    </message>
</context>
<context>
    <name>WindowTrainingCommands</name>
    <message>
        <source>Export training record</source>
        <translation>Exporter le relevé de formation</translation>
    </message>
    <message>
        <source>The training record could not be saved</source>
        <translation>Le relevé de formation n&apos;a pas pu être enregistré</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>&apos;%1&apos; is not a date written as YYYY-MM-DD</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date écrite sous la forme AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a real date: there is no month %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une vraie date&#xa0;: il n&apos;y a pas de mois %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a real date: that month has %2 days</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une vraie date&#xa0;: ce mois compte %2 jours</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a real date: there is no year 0</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une vraie date&#xa0;: il n&apos;y a pas d&apos;année 0</translation>
    </message>
    <message>
        <source>Educational information, not medical advice.</source>
        <translation>Information à visée éducative, pas un avis médical.</translation>
    </message>
    <message>
        <source>Educational, not medical advice. Talk to your care team about your own care.</source>
        <translation>À visée éducative, pas un avis médical. Parlez de votre propre prise en charge avec votre équipe soignante.</translation>
    </message>
    <message>
        <source>For training only, not for treating a patient.</source>
        <translation>Pour la formation uniquement, pas pour traiter un patient.</translation>
    </message>
    <message>
        <source>Your team will tell you the local rules on staying near the centre and on driving.</source>
        <translation>Votre équipe vous indiquera les règles locales sur le fait de rester près du centre et sur la conduite.</translation>
    </message>
    <message>
        <source>Talk to your care team about your own care.</source>
        <translation>Parlez de votre propre prise en charge avec votre équipe soignante.</translation>
    </message>
    <message>
        <source>Talk to your care team.</source>
        <translation>Parlez-en avec votre équipe soignante.</translation>
    </message>
    <message>
        <source>Content last reviewed %1.</source>
        <translation>Contenu relu pour la dernière fois le %1.</translation>
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
&lt;b&gt;Cliquez sur une étape&lt;/b&gt; pour lire ce qui se passe, qui est présent et comment vous préparer.&lt;br&gt;
&lt;b&gt;Les touches fléchées&lt;/b&gt; passent d&apos;une étape à l&apos;autre&#xa0;; &lt;b&gt;Entrée&lt;/b&gt; ouvre les détails.&lt;br&gt;
&lt;b&gt;Équipe soignante&lt;/b&gt; (à gauche)&#xa0;: choisissez une personne pour mettre en lumière les étapes auxquelles elle participe.&lt;br&gt;
&lt;b&gt;Ctrl+F&lt;/b&gt; lance la recherche&#xa0;; &lt;b&gt;Entrée&lt;/b&gt; ou &lt;b&gt;F3&lt;/b&gt; va au résultat suivant, &lt;b&gt;Maj+F3&lt;/b&gt; au précédent.&lt;br&gt;
&lt;b&gt;Ctrl++ / Ctrl+-&lt;/b&gt; zooment&#xa0;; &lt;b&gt;Origine&lt;/b&gt; affiche tout le parcours.&lt;br&gt;
&lt;b&gt;Ctrl+1 / Ctrl+2&lt;/b&gt; passent des textes pour les patients aux textes pour les soignants.&lt;br&gt;
&lt;b&gt;Ctrl+J / Ctrl+T&lt;/b&gt; affichent la carte du parcours ou la chronologie des jours.&lt;br&gt;
&lt;b&gt;F5&lt;/b&gt; présente une étape à la fois, en plein écran&#xa0;; &lt;b&gt;N&lt;/b&gt; affiche vos notes&#xa0;; &lt;b&gt;Échap&lt;/b&gt; quitte.&lt;br&gt;
&lt;b&gt;Ctrl+D&lt;/b&gt; saisit les dates du patient (jamais enregistrées).&lt;br&gt;
&lt;b&gt;Ctrl+Maj+T&lt;/b&gt; forme le personnel&#xa0;: quiz, scénarios et exercices de gradation.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Ce qui se passe</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Who is there</source>
        <translation>Qui est présent</translation>
    </message>
    <message>
        <source>What to bring and do</source>
        <translation>Ce qu&apos;il faut apporter et faire</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Questions à poser</translation>
    </message>
    <message>
        <source>Watch for these and tell your team</source>
        <translation>Surveillez ces signes et signalez-les à votre équipe</translation>
    </message>
    <message>
        <source>Only if needed</source>
        <translation>Seulement si nécessaire</translation>
    </message>
    <message>
        <source>Only some people need this step.</source>
        <translation>Seules certaines personnes ont besoin de cette étape.</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>short date format: day, month, year</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>no fixed day</source>
        <translation>pas de jour fixe</translation>
    </message>
    <message>
        <source>For staff:</source>
        <translation>Pour les soignants&#xa0;:</translation>
    </message>
    <message>
        <source>day 0</source>
        <translation>jour 0</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>jour %1</translation>
    </message>
    <message>
        <source>day %1 to %2</source>
        <translation>jour %1 à %2</translation>
    </message>
    <message>
        <source>the main treatment day</source>
        <translation>le jour principal du traitement</translation>
    </message>
    <message>
        <source>(estimate: no source gives this)</source>
        <translation>(estimation&#xa0;: aucune source ne le donne)</translation>
    </message>
    <message>
        <source>Your team will tell you the exact times.</source>
        <translation>Votre équipe vous indiquera les dates exactes.</translation>
    </message>
    <message>
        <source>Call your team at once, day or night</source>
        <translation>Appelez immédiatement votre équipe, de jour comme de nuit</translation>
    </message>
    <message>
        <source>Call emergency services</source>
        <translation>Appelez les services d&apos;urgence</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>the first amount of a range: from/between ...</comment>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n week(s)</source>
        <comment>the first amount of a range: from/between ...</comment>
        <translation>
            <numerusform>%n semaine environ</numerusform>
            <numerusform>%n semaines environ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n month(s)</source>
        <comment>the first amount of a range: from/between ...</comment>
        <translation>
            <numerusform>%n mois environ</numerusform>
            <numerusform>%n mois environ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n year(s)</source>
        <comment>the first amount of a range: from/between ...</comment>
        <translation>
            <numerusform>%n an environ</numerusform>
            <numerusform>%n ans environ</numerusform>
        </translation>
    </message>
    <message>
        <source>1 year before</source>
        <translation>1 an avant</translation>
    </message>
    <message>
        <source>6 months before</source>
        <translation>6 mois avant</translation>
    </message>
    <message>
        <source>3 months before</source>
        <translation>3 mois avant</translation>
    </message>
    <message>
        <source>day -56</source>
        <translation>jour -56</translation>
    </message>
    <message>
        <source>day -28</source>
        <translation>jour -28</translation>
    </message>
    <message>
        <source>day -14</source>
        <translation>jour -14</translation>
    </message>
    <message>
        <source>day -7</source>
        <translation>jour -7</translation>
    </message>
    <message>
        <source>day +7</source>
        <translation>jour +7</translation>
    </message>
    <message>
        <source>day +14</source>
        <translation>jour +14</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 mois</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 mois</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>6 mois</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 an</translation>
    </message>
    <message>
        <source>2 years</source>
        <translation>2 ans</translation>
    </message>
    <message>
        <source>3 years</source>
        <translation>3 ans</translation>
    </message>
    <message>
        <source>5 years</source>
        <translation>5 ans</translation>
    </message>
    <message>
        <source>10 years</source>
        <translation>10 ans</translation>
    </message>
    <message>
        <source>15 years</source>
        <translation>15 ans</translation>
    </message>
    <message>
        <source>20 years</source>
        <translation>20 ans</translation>
    </message>
    <message>
        <source>30 years</source>
        <translation>30 ans</translation>
    </message>
    <message>
        <source>Day 0</source>
        <translation>Jour 0</translation>
    </message>
    <message>
        <source>%1 after</source>
        <comment>on a card</comment>
        <translation>%1 après</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semaine</numerusform>
            <numerusform>%n semaines</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 before</source>
        <comment>on a card</comment>
        <translation>%1 avant</translation>
    </message>
    <message numerus="yes">
        <source>about %n week(s)</source>
        <translation>
            <numerusform>environ %n semaine</numerusform>
            <numerusform>environ %n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n month(s)</source>
        <translation>
            <numerusform>environ %n mois</numerusform>
            <numerusform>environ %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n year(s)</source>
        <translation>
            <numerusform>environ %n an</numerusform>
            <numerusform>environ %n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 before the main treatment day</source>
        <translation>%1 avant le jour principal du traitement</translation>
    </message>
    <message>
        <source>%1 after the main treatment day</source>
        <translation>%1 après le jour principal du traitement</translation>
    </message>
    <message>
        <source>%1 before %2</source>
        <comment>an amount of time before day 0 as the pathway names it</comment>
        <translation>%1 avant %2</translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <comment>an amount of time after day 0 as the pathway names it</comment>
        <translation>%1 après %2</translation>
    </message>
    <message>
        <source>On %1.</source>
        <comment>day 0 as the pathway names it</comment>
        <translation>Jour 0&#xa0;: %1.</translation>
    </message>
    <message>
        <source>On the main treatment day.</source>
        <translation>Le jour principal du traitement.</translation>
    </message>
    <message>
        <source>%1 later</source>
        <translation>%1 plus tard</translation>
    </message>
    <message>
        <source>Sometime between the main treatment day and %1.</source>
        <translation>À un moment entre le jour principal du traitement et %1.</translation>
    </message>
    <message>
        <source>From the main treatment day to %1.</source>
        <translation>Du jour principal du traitement jusqu&apos;à %1.</translation>
    </message>
    <message>
        <source>Sometime between %1 and %2.</source>
        <translation>À un moment entre %1 et %2.</translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <translation>De %1 jusqu&apos;à %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>the second amount of a range: between ... and ...</comment>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n week(s)</source>
        <comment>the second amount of a range: between ... and ...</comment>
        <translation>
            <numerusform>environ %n semaine</numerusform>
            <numerusform>environ %n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n month(s)</source>
        <comment>the second amount of a range: between ... and ...</comment>
        <translation>
            <numerusform>environ %n mois</numerusform>
            <numerusform>environ %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n year(s)</source>
        <comment>the second amount of a range: between ... and ...</comment>
        <translation>
            <numerusform>environ %n an</numerusform>
            <numerusform>environ %n ans</numerusform>
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
        <translation>Du jour 0 (%1) jusqu&apos;à %2.</translation>
    </message>
    <message>
        <source>From %1 to that day.</source>
        <comment>to day 0, named just before</comment>
        <translation>De %1 jusqu&apos;à ce jour-là.</translation>
    </message>
    <message numerus="yes">
        <source>For %n day(s), %1.</source>
        <comment>how long a stretch lasts, then roughly when</comment>
        <translation>
            <numerusform>Pendant %n jour, %1.</numerusform>
            <numerusform>Pendant %n jours, %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sometime between %1 and %2.</source>
        <comment>between day 0 as the pathway names it and an amount later</comment>
        <translation>À un moment entre le jour 0 (%1) et %2.</translation>
    </message>
    <message>
        <source>Sometime between %1 and that day.</source>
        <comment>day 0, named just before</comment>
        <translation>À un moment entre %1 et ce jour-là.</translation>
    </message>
    <message>
        <source>%1, day 0 is %2</source>
        <translation>%1, le jour 0 est %2</translation>
    </message>
    <message>
        <source>; happens on some day in this window</source>
        <translation>&#xa0;; a lieu un jour de cette période</translation>
    </message>
    <message>
        <source>about %1</source>
        <comment>an estimated range of time</comment>
        <translation>environ %1</translation>
    </message>
    <message>
        <source>%1. Your team will tell you how long it takes for you</source>
        <translation>%1. Votre équipe vous dira combien de temps cela prend pour vous</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>6 cycles, every 3 weeks</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>moins d&apos;une minute</translation>
    </message>
    <message>
        <source>less than an hour</source>
        <translation>moins d&apos;une heure</translation>
    </message>
    <message>
        <source>less than a day</source>
        <translation>moins d&apos;un jour</translation>
    </message>
    <message>
        <source>less than a week</source>
        <translation>moins d&apos;une semaine</translation>
    </message>
    <message>
        <source>less than a month</source>
        <translation>moins d&apos;un mois</translation>
    </message>
    <message>
        <source>less than a year</source>
        <translation>moins d&apos;un an</translation>
    </message>
    <message numerus="yes">
        <source>up to %n minute(s)</source>
        <translation>
            <numerusform>jusqu&apos;à %n minute</numerusform>
            <numerusform>jusqu&apos;à %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %n hour(s)</source>
        <translation>
            <numerusform>jusqu&apos;à %n heure</numerusform>
            <numerusform>jusqu&apos;à %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %n day(s)</source>
        <translation>
            <numerusform>jusqu&apos;à %n jour</numerusform>
            <numerusform>jusqu&apos;à %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %n week(s)</source>
        <translation>
            <numerusform>jusqu&apos;à %n semaine</numerusform>
            <numerusform>jusqu&apos;à %n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %n month(s)</source>
        <translation>
            <numerusform>jusqu&apos;à %n mois</numerusform>
            <numerusform>jusqu&apos;à %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %n year(s)</source>
        <translation>
            <numerusform>jusqu&apos;à %n an</numerusform>
            <numerusform>jusqu&apos;à %n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>up to %1 minutes</source>
        <translation>jusqu&apos;à %1 minutes</translation>
    </message>
    <message>
        <source>up to %1 hours</source>
        <translation>jusqu&apos;à %1 heures</translation>
    </message>
    <message>
        <source>up to %1 days</source>
        <translation>jusqu&apos;à %1 jours</translation>
    </message>
    <message>
        <source>up to %1 weeks</source>
        <translation>jusqu&apos;à %1 semaines</translation>
    </message>
    <message>
        <source>up to %1 months</source>
        <translation>jusqu&apos;à %1 mois</translation>
    </message>
    <message>
        <source>up to %1 years</source>
        <translation>jusqu&apos;à %1 ans</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>environ %n minute</numerusform>
            <numerusform>environ %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>environ %n heure</numerusform>
            <numerusform>environ %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n day(s)</source>
        <translation>
            <numerusform>environ %n jour</numerusform>
            <numerusform>environ %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s)</source>
        <translation>
            <numerusform>%n cycle</numerusform>
            <numerusform>%n cycles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n séance</numerusform>
            <numerusform>%n séances</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 minutes</source>
        <comment>a number with a fraction: about 1.5 minutes</comment>
        <translation>environ %1 minutes</translation>
    </message>
    <message>
        <source>about %1 hours</source>
        <comment>a number with a fraction: about 1.5 hours</comment>
        <translation>environ %1 heures</translation>
    </message>
    <message>
        <source>about %1 days</source>
        <comment>a number with a fraction: about 1.5 days</comment>
        <translation>environ %1 jours</translation>
    </message>
    <message>
        <source>about %1 weeks</source>
        <comment>a number with a fraction: about 1.5 weeks</comment>
        <translation>environ %1 semaines</translation>
    </message>
    <message>
        <source>about %1 months</source>
        <comment>a number with a fraction: about 1.5 months</comment>
        <translation>environ %1 mois</translation>
    </message>
    <message>
        <source>about %1 years</source>
        <comment>a number with a fraction: about 1.5 years</comment>
        <translation>environ %1 ans</translation>
    </message>
    <message>
        <source>%1 to %2 minutes</source>
        <translation>%1 à %2 minutes</translation>
    </message>
    <message>
        <source>%1 to %2 hours</source>
        <translation>%1 à %2 heures</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>vers le %1</translation>
    </message>
    <message>
        <source>%1 to %2 days</source>
        <translation>%1 à %2 jours</translation>
    </message>
    <message>
        <source>%1 to %2 weeks</source>
        <translation>%1 à %2 semaines</translation>
    </message>
    <message>
        <source>%1 to %2 months</source>
        <translation>%1 à %2 mois</translation>
    </message>
    <message>
        <source>%1 to %2 years</source>
        <translation>%1 à %2 ans</translation>
    </message>
    <message>
        <source>%1 to %2 cycles</source>
        <translation>%1 à %2 cycles</translation>
    </message>
    <message>
        <source>%1 to %2 sessions</source>
        <translation>%1 à %2 séances</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>sometime between %1 and %2</source>
        <translation>à un moment entre %1 et %2</translation>
    </message>
    <message>
        <source>about %1 to %2</source>
        <translation>environ de %1 à %2</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>date format: month and year</comment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>Emergency number: ask your team which number to call</source>
        <translation>Numéro d&apos;urgence&#xa0;: demandez à votre équipe quel numéro appeler</translation>
    </message>
    <message>
        <source>Emergency number: %1</source>
        <translation>Numéro d&apos;urgence&#xa0;: %1</translation>
    </message>
    <message>
        <source>Write it here</source>
        <translation>À écrire ici</translation>
    </message>
    <message>
        <source>Due for review since %1</source>
        <translation>Relecture à faire depuis le %1</translation>
    </message>
    <message>
        <source>Content version %1</source>
        <translation>Version du contenu %1</translation>
    </message>
    <message>
        <source>last reviewed %1</source>
        <translation>relu pour la dernière fois le %1</translation>
    </message>
    <message>
        <source>reviewed %1 by %2</source>
        <translation>relu le %1 par %2</translation>
    </message>
    <message>
        <source>next review %1</source>
        <translation>prochaine relecture le %1</translation>
    </message>
    <message>
        <source>evidence up to %1</source>
        <translation>littérature jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>Outpatient clinic: you go home the same day</source>
        <translation>Consultation externe&#xa0;: vous rentrez chez vous le jour même</translation>
    </message>
    <message>
        <source>Hospital ward: you stay in hospital</source>
        <translation>Service d&apos;hospitalisation&#xa0;: vous restez à l&apos;hôpital</translation>
    </message>
    <message>
        <source>Laboratory: you do not need to be there</source>
        <translation>Laboratoire&#xa0;: vous n&apos;avez pas besoin d&apos;être présent</translation>
    </message>
    <message>
        <source>At home</source>
        <translation>À domicile</translation>
    </message>
    <message>
        <source>Near the treatment centre: you stay close by</source>
        <translation>À proximité du centre de traitement&#xa0;: vous restez tout près</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>date format: weekday, day, month, year</comment>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <source>Clinical details (for staff)</source>
        <translation>Détails cliniques (pour l&apos;équipe)</translation>
    </message>
    <message>
        <source>How long: %1.</source>
        <translation>Durée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Usually %1.</source>
        <translation>En général %1.</translation>
    </message>
    <message>
        <source>Typical timing: %1.</source>
        <translation>Moment habituel&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Your planned dates: %1.</source>
        <translation>Vos dates prévues&#xa0;: %1.</translation>
    </message>
    <message>
        <source>How long and when</source>
        <translation>Durée et moment</translation>
    </message>
    <message>
        <source>Your visit dates</source>
        <translation>Vos dates de rendez-vous</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>At the same time</source>
        <translation>En même temps</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>The end of this path</source>
        <translation>La fin de ce chemin</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Who is there and what they do</source>
        <translation>Qui est présent et ce que chacun fait</translation>
    </message>
    <message>
        <source>What to expect</source>
        <translation>Ce qui vous attend</translation>
    </message>
    <message>
        <source>How to prepare and what to bring</source>
        <translation>Comment vous préparer et quoi apporter</translation>
    </message>
    <message>
        <source>Questions you may want to ask</source>
        <translation>Questions que vous pouvez poser</translation>
    </message>
    <message>
        <source>%1: call emergency services</source>
        <translation>%1&#xa0;: appelez les services d&apos;urgence</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s), kept in %1</source>
        <translation>
            <numerusform>%n suggestion, conservée dans %1</numerusform>
            <numerusform>%n suggestions, conservées dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) found: press Enter</source>
        <translation>
            <numerusform>%n étape trouvée&#xa0;: appuyez sur Entrée</numerusform>
            <numerusform>%n étapes trouvées&#xa0;: appuyez sur Entrée</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 before to %2 after</source>
        <translation>%1 avant à %2 après</translation>
    </message>
    <message>
        <source>day 0 to %1 after</source>
        <translation>jour 0 à %1 après</translation>
    </message>
    <message>
        <source>%1 before to day 0</source>
        <translation>%1 avant à jour 0</translation>
    </message>
    <message>
        <source>days %1 to %2</source>
        <comment>a card&apos;s days for staff: days -28 to -6</comment>
        <translation>jours %1 à %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n step(s))</source>
        <translation>
            <numerusform>%1 (%n étape)</numerusform>
            <numerusform>%1 (%n étapes)</numerusform>
        </translation>
    </message>
    <message>
        <source>if when once after until unless while before</source>
        <translation>si quand lorsque dès après jusqu&apos;à tant sauf pendant avant</translation>
    </message>
    <message>
        <source>if %1</source>
        <comment>a branch&apos;s condition</comment>
        <translation>si %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>an arrow&apos;s label (how often)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>back to %1</source>
        <comment>a way back to an earlier step</comment>
        <translation>retour à %1</translation>
    </message>
    <message>
        <source>back to %1 (%2)</source>
        <comment>a way back to an earlier step (what happens)</comment>
        <translation>retour à %1 (%2)</translation>
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
        <translation>Ensuite, %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <comment>the first way out of a step</comment>
        <translation>Ensuite&#xa0;: %1</translation>
    </message>
    <message>
        <source>; or, %1: %2</source>
        <comment>another way out of a step: condition, step</comment>
        <translation>&#xa0;; ou, %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>; or: %1</source>
        <comment>another way out of a step</comment>
        <translation>&#xa0;; ou&#xa0;: %1</translation>
    </message>
    <message>
        <source>Part of the journey: %1.</source>
        <translation>Partie du parcours&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Step %1 of %2 on the main journey.</source>
        <translation>Étape %1 sur %2 du parcours principal.</translation>
    </message>
    <message>
        <source>At the same time as: %1.</source>
        <translation>En même temps que&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Only some people take this step.</source>
        <translation>Seules certaines personnes passent par cette étape.</translation>
    </message>
    <message>
        <source>Takes %1.</source>
        <comment>how long a step takes</comment>
        <translation>Durée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>When: %1.</source>
        <translation>Quand&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an outline line: condition: step</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>as long as needed</source>
        <translation>aussi longtemps que nécessaire</translation>
    </message>
    <message>
        <source>at the same time</source>
        <translation>en même temps</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>This path of the journey ends here.</source>
        <translation>Ce chemin du parcours s&apos;arrête ici.</translation>
    </message>
    <message>
        <source>This pathway does not say on which days its steps happen. Here they are in the order they come. Your team will tell you when each one is.</source>
        <translation>Ce parcours ne précise pas les jours de ses étapes. Les voici dans l&apos;ordre où elles arrivent. Votre équipe vous dira quand a lieu chacune d&apos;elles.</translation>
    </message>
    <message>
        <source>Skipping ahead to a later step</source>
        <translation>Passage direct à une étape plus loin</translation>
    </message>
    <message>
        <source>often</source>
        <translation>souvent</translation>
    </message>
    <message>
        <source>sometimes</source>
        <translation>parfois</translation>
    </message>
    <message>
        <source>rarely</source>
        <translation>rarement</translation>
    </message>
    <message>
        <source>This happens often.</source>
        <translation>Cela arrive souvent.</translation>
    </message>
    <message>
        <source>This happens sometimes.</source>
        <translation>Cela arrive parfois.</translation>
    </message>
    <message>
        <source>This happens rarely.</source>
        <translation>Cela arrive rarement.</translation>
    </message>
    <message>
        <source>this happens often</source>
        <translation>cela arrive souvent</translation>
    </message>
    <message>
        <source>this happens sometimes</source>
        <translation>cela arrive parfois</translation>
    </message>
    <message>
        <source>this happens rarely</source>
        <translation>cela arrive rarement</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>at the same time: when</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>every %n days</source>
        <translation>
            <numerusform>tous les %n jours</numerusform>
            <numerusform>tous les %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n weeks</source>
        <translation>
            <numerusform>toutes les %n semaines</numerusform>
            <numerusform>toutes les %n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n months</source>
        <translation>
            <numerusform>tous les %n mois</numerusform>
            <numerusform>tous les %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n years</source>
        <translation>
            <numerusform>tous les %n ans</numerusform>
            <numerusform>tous les %n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>every day</source>
        <translation>tous les jours</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>toutes les semaines</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>tous les mois</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>tous les ans</translation>
    </message>
    <message>
        <source>There is one visit. It is listed below.</source>
        <translation>Il y a un rendez-vous. Il est indiqué ci-dessous.</translation>
    </message>
    <message>
        <source>There is one visit. Day: %1.</source>
        <translation>Il y a un rendez-vous. Jour&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>There are %n visits.</source>
        <translation>
            <numerusform>Il y a %n rendez-vous.</numerusform>
            <numerusform>Il y a %n rendez-vous.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each visit is listed below.</source>
        <translation>Chaque rendez-vous est indiqué ci-dessous.</translation>
    </message>
    <message>
        <source>Days: %1.</source>
        <translation>Jours&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <comment>every 3 months until day +365</comment>
        <translation>%1 jusqu&apos;à %2</translation>
    </message>
    <message>
        <source>Visits come %1.</source>
        <translation>Les rendez-vous ont lieu %1.</translation>
    </message>
    <message>
        <source>, then </source>
        <comment>joins rhythms of visits</comment>
        <translation>, puis </translation>
    </message>
    <message numerus="yes">
        <source>And %n more visit(s) after that, the last on %1.</source>
        <translation>
            <numerusform>Et encore %n rendez-vous ensuite, le %1.</numerusform>
            <numerusform>Et encore %n rendez-vous ensuite, le dernier le %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>This happens at the same time as “%1” (%2).</source>
        <translation>Cela a lieu en même temps que «&#xa0;%1&#xa0;» (%2).</translation>
    </message>
    <message>
        <source>This happens at the same time as “%1”.</source>
        <translation>Cela a lieu en même temps que «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Coming here (%1): %2.</source>
        <translation>Arrivée ici (%1)&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Coming back here (%1): %2.</source>
        <translation>Retour ici (%1)&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Going on to “%1” (%2): %3.</source>
        <translation>Suite vers «&#xa0;%1&#xa0;» (%2)&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Going back to “%1” (%2): %3.</source>
        <translation>Retour à «&#xa0;%1&#xa0;» (%2)&#xa0;: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n rendez-vous</numerusform>
            <numerusform>%n rendez-vous</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>17 visits: every 3 months</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Diamonds mark the visits of a step that repeats; its details list every one.</source>
        <translation>Les losanges marquent les rendez-vous d&apos;une étape qui se répète&#xa0;; les détails de l&apos;étape les indiquent tous.</translation>
    </message>
    <message>
        <source>A bar that fades out means the step lasts as long as it is needed, and ends by the end of the bar.</source>
        <translation>Une barre qui s&apos;estompe signifie que l&apos;étape dure aussi longtemps que nécessaire, et se termine au plus tard à la fin de la barre.</translation>
    </message>
    <message>
        <source>From “%1” to “%2”: %3</source>
        <translation>De «&#xa0;%1&#xa0;» à «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>From “%1” to “%2”</source>
        <translation>De «&#xa0;%1&#xa0;» à «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1. The line breaks here and goes on at the other number %2.</source>
        <translation>%1. La ligne s&apos;interrompt ici et reprend à l&apos;autre numéro %2.</translation>
    </message>
    <message numerus="yes">
        <source>◀ %n more before</source>
        <translation>
            <numerusform>◀ encore %n avant</numerusform>
            <numerusform>◀ encore %n avant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more after ▶</source>
        <translation>
            <numerusform>encore %n après ▶</numerusform>
            <numerusform>encore %n après ▶</numerusform>
        </translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>arabe</translation>
    </message>
    <message>
        <source>German</source>
        <translation>allemand</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>espagnol</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>italien</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>japonais</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>néerlandais</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>polonais</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>portugais</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>turc</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>chinois</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>hébreu</translation>
    </message>
    <message>
        <source>This pathway is written in %1; the app&apos;s own words around it are in %2.</source>
        <translation>Ce parcours est écrit en %1&#xa0;; les mots du logiciel autour de lui sont en %2.</translation>
    </message>
    <message>
        <source>The %1 translation cannot be shown</source>
        <translation>La traduction (%1) ne peut pas être affichée</translation>
    </message>
    <message>
        <source>The pathway stays in its own language.</source>
        <translation>Le parcours reste dans sa propre langue.</translation>
    </message>
    <message>
        <source>The %1 translation is not complete: the parts not yet translated are shown in the pathway&apos;s own language.</source>
        <translation>La traduction (%1) n&apos;est pas complète&#xa0;: les parties pas encore traduites sont affichées dans la langue d&apos;origine du parcours.</translation>
    </message>
    <message>
        <source>The %1 date (%2) is the same day as day 0, %3 (%4). In this pathway the %1 comes before day 0.</source>
        <comment>%1 the day booked ahead, as the pathway names it; %3 what day 0 is, in the pathway&apos;s words</comment>
        <translation>La date «&#xa0;%1&#xa0;» (%2) tombe le même jour que le jour 0, %3 (%4). Dans ce parcours, «&#xa0;%1&#xa0;» a lieu avant le jour 0.</translation>
    </message>
    <message>
        <source>The %1 date (%2) is after day 0, %3 (%4). In this pathway the %1 comes before day 0.</source>
        <comment>%1 the day booked ahead, as the pathway names it; %3 what day 0 is, in the pathway&apos;s words</comment>
        <translation>La date «&#xa0;%1&#xa0;» (%2) est après le jour 0, %3 (%4). Dans ce parcours, «&#xa0;%1&#xa0;» a lieu avant le jour 0.</translation>
    </message>
    <message>
        <source>The day 0 date %1 is too close to the start of the calendar</source>
        <translation>La date du jour 0, %1, est trop proche du début du calendrier</translation>
    </message>
    <message>
        <source>The day 0 date %1 is too close to the end of the calendar</source>
        <translation>La date du jour 0, %1, est trop proche de la fin du calendrier</translation>
    </message>
    <message>
        <source>Please check: the %1 date (%2) is outside its usual time in this pathway, %3 to %4.</source>
        <comment>%1 the day booked ahead, as the pathway names it</comment>
        <translation>Veuillez vérifier&#xa0;: la date «&#xa0;%1&#xa0;» (%2) est en dehors de sa période habituelle dans ce parcours, %3 à %4.</translation>
    </message>
    <message>
        <source>No step of this pathway has a usual timing, so no step&apos;s date can be worked out from day 0.</source>
        <translation>Aucune étape de ce parcours n&apos;a de moment habituel, donc aucune date d&apos;étape ne peut être calculée à partir du jour 0.</translation>
    </message>
    <message>
        <source>No step of this pathway has a usual timing, so no step&apos;s date can be worked out from day 0: leave out %1.</source>
        <comment>%1 the command-line option, such as --day-zero-date</comment>
        <translation>Aucune étape de ce parcours n&apos;a de moment habituel, donc aucune date d&apos;étape ne peut être calculée à partir du jour 0&#xa0;: retirez %1.</translation>
    </message>
    <message>
        <source>The day 0 date should be a calendar date, not %1</source>
        <translation>La date du jour 0 doit être une date du calendrier, pas %1</translation>
    </message>
    <message>
        <source>The booked date should be a calendar date, not %1</source>
        <translation>La date fixée doit être une date du calendrier, pas %1</translation>
    </message>
    <message>
        <source>%1 takes part in this step.</source>
        <translation>%1 participe à cette étape.</translation>
    </message>
    <message>
        <source>%1 has no part in this step.</source>
        <translation>%1 ne participe pas à cette étape.</translation>
    </message>
    <message>
        <source>Showing the steps of %1; each step says whether this person takes part.</source>
        <translation>Étapes affichées pour %1&#xa0;; chaque étape indique si cette personne y participe.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>quotation marks around a step&apos;s title or words in a quiz question</comment>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>At %1, who does this: %2</source>
        <translation>À l&apos;étape %1, qui fait ceci&#xa0;: %2</translation>
    </message>
    <message>
        <source>At %1, the %2 does this.</source>
        <translation>À l&apos;étape %1, c&apos;est «&#xa0;%2&#xa0;» qui fait ceci.</translation>
    </message>
    <message>
        <source>At %1, what does the %2 do?</source>
        <translation>À l&apos;étape %1, quel est le rôle de «&#xa0;%2&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>At %1, the %2: %3</source>
        <translation>À l&apos;étape %1 – %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>In the usual journey, what comes after %1?</source>
        <translation>Dans le parcours habituel, qu&apos;est-ce qui vient après %1&#xa0;?</translation>
    </message>
    <message>
        <source>After %1 the journey goes on to %2.</source>
        <translation>Après %1, le parcours continue vers %2.</translation>
    </message>
    <message>
        <source>During %1: %2. Where does the journey go?</source>
        <translation>Pendant %1&#xa0;: %2. Où va le parcours&#xa0;?</translation>
    </message>
    <message>
        <source>The way marked %1 leads from %2 to %3.</source>
        <translation>Le chemin marqué %1 mène de %2 à %3.</translation>
    </message>
    <message>
        <source>When does %1 happen, counted from day 0?</source>
        <translation>Quand a lieu %1, en comptant à partir du jour 0&#xa0;?</translation>
    </message>
    <message>
        <source>%1 is timed %2.</source>
        <translation>%1 a lieu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Which of these means the patient should call at once, day or night?</source>
        <translation>Lequel de ces signes signifie que le patient doit appeler immédiatement, de jour comme de nuit&#xa0;?</translation>
    </message>
    <message>
        <source>%1 is one of the signs to call about at once, day or night.</source>
        <translation>%1 est l&apos;un des signes pour lesquels il faut appeler immédiatement, de jour comme de nuit.</translation>
    </message>
    <message>
        <source>What does %1 mean?</source>
        <translation>Que signifie %1&#xa0;?</translation>
    </message>
    <message>
        <source>Pathway: %1, version %2 (content %3)</source>
        <translation>Parcours&#xa0;: %1, version %2 (contenu %3)</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date&#xa0;: %1</translation>
    </message>
    <message>
        <source>Module: %1</source>
        <translation>Module&#xa0;: %1</translation>
    </message>
    <message>
        <source>Quiz: %1</source>
        <translation>Quiz&#xa0;: %1</translation>
    </message>
    <message>
        <source>Seed: %1</source>
        <translation>Graine&#xa0;: %1</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Score&#xa0;:</translation>
    </message>
    <message>
        <source>Tick one box for each question.</source>
        <translation>Cochez une case pour chaque question.</translation>
    </message>
    <message>
        <source>Answer key: %1 (seed %2)</source>
        <translation>Corrigé&#xa0;: %1 (graine %2)</translation>
    </message>
    <message>
        <source>Trainee: %1</source>
        <translation>Personne formée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Non réussi</translation>
    </message>
    <message>
        <source>Training record: %1</source>
        <translation>Relevé de formation&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3 right (%4 %; pass mark %5 %)</source>
        <translation>%1&#xa0;: score de %2 sur %3 (%4&#xa0;%&#xa0;; seuil de réussite %5&#xa0;%)</translation>
    </message>
    <message>
        <source>Questions missed</source>
        <translation>Questions manquées</translation>
    </message>
    <message>
        <source>Right answer:</source>
        <translation>Bonne réponse&#xa0;:</translation>
    </message>
    <message>
        <source>None: every answer was right.</source>
        <translation>Aucune&#xa0;: toutes les réponses étaient justes.</translation>
    </message>
    <message>
        <source>Steps to revisit</source>
        <translation>Étapes à revoir</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucune.</translation>
    </message>
    <message>
        <source>whole pathway</source>
        <translation>tout le parcours</translation>
    </message>
    <message>
        <source>Day %1: %2</source>
        <comment>a scenario&apos;s day and what is seen</comment>
        <translation>Jour %1&#xa0;: %2</translation>
    </message>
</context>
</TS>
