<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About this viewer: version, sources and licences</source>
        <translation>Acerca de este programa: versión, fuentes y licencias</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>All text at 100 % of its normal size</source>
        <translation>Todo el texto al 100 % de su tamaño normal</translation>
    </message>
    <message>
        <source>All text at 125 % of its normal size</source>
        <translation>Todo el texto al 125 % de su tamaño normal</translation>
    </message>
    <message>
        <source>All text at 150 % of its normal size</source>
        <translation>Todo el texto al 150 % de su tamaño normal</translation>
    </message>
    <message>
        <source>All text at 200 % of its normal size</source>
        <translation>Todo el texto al 200 % de su tamaño normal</translation>
    </message>
    <message>
        <source>&amp;Open pathway...</source>
        <translation>&amp;Abrir itinerario...</translation>
    </message>
    <message>
        <source>Open a pathway file (YAML or JSON)</source>
        <translation>Abrir un archivo de itinerario (YAML o JSON)</translation>
    </message>
    <message>
        <source>&amp;Export view...</source>
        <translation>&amp;Exportar vista...</translation>
    </message>
    <message>
        <source>Save the journey map or the timeline as PNG, SVG or PDF</source>
        <translation>Guardar el mapa del recorrido o la cronología como PNG, SVG o PDF</translation>
    </message>
    <message>
        <source>Export &amp;handout (PDF)...</source>
        <translation>Exportar &amp;folleto (PDF)...</translation>
    </message>
    <message>
        <source>Save a printable guide to the whole journey as a PDF</source>
        <translation>Guardar en PDF una guía imprimible de todo el recorrido</translation>
    </message>
    <message>
        <source>&amp;Large-print handouts</source>
        <translation>Folletos con &amp;letra grande</translation>
    </message>
    <message>
        <source>Handouts with body text at 16 pt, for people who read large print (more pages)</source>
        <translation>Folletos con el texto a 16 pt, para personas que leen letra grande (más páginas)</translation>
    </message>
    <message>
        <source>&amp;Print handout...</source>
        <translation>&amp;Imprimir folleto...</translation>
    </message>
    <message>
        <source>Print the guide to the whole journey</source>
        <translation>Imprimir la guía de todo el recorrido</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the changed pathway (the built-in one is saved as a copy)</source>
        <translation>Guardar el itinerario modificado (el integrado se guarda como copia)</translation>
    </message>
    <message>
        <source>Save &amp;as...</source>
        <translation>Guardar &amp;como...</translation>
    </message>
    <message>
        <source>Save the changed pathway as a new file, e.g. your clinic&apos;s copy</source>
        <translation>Guardar el itinerario modificado en un archivo nuevo, p. ej., la copia de su centro</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Close the viewer</source>
        <translation>Cerrar el programa</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Make the journey bigger</source>
        <translation>Ver el recorrido más grande</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ale&amp;jar</translation>
    </message>
    <message>
        <source>Make the journey smaller</source>
        <translation>Ver el recorrido más pequeño</translation>
    </message>
    <message>
        <source>Show the whole journey (Home in the journey)</source>
        <translation>Mostrar todo el recorrido (Inicio en el recorrido)</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>&amp;Buscar...</translation>
    </message>
    <message>
        <source>Search the steps for a word</source>
        <translation>Buscar una palabra en las etapas</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <source>Go to the next step that matches</source>
        <translation>Ir a la siguiente etapa que coincida</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>Buscar an&amp;terior</translation>
    </message>
    <message>
        <source>Go to the previous step that matches</source>
        <translation>Ir a la etapa anterior que coincida</translation>
    </message>
    <message>
        <source>Plain words only</source>
        <translation>Solo palabras sencillas</translation>
    </message>
    <message>
        <source>Also show clinical details</source>
        <translation>Mostrar también los detalles clínicos</translation>
    </message>
    <message>
        <source>Journey &amp;map</source>
        <translation>&amp;Mapa del recorrido</translation>
    </message>
    <message>
        <source>Show the steps as a map of boxes and arrows</source>
        <translation>Mostrar las etapas como un mapa de recuadros y flechas</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Cronología</translation>
    </message>
    <message>
        <source>Show the steps on a calendar of days around day 0</source>
        <translation>Mostrar las etapas en un calendario de días alrededor del día 0</translation>
    </message>
    <message>
        <source>Show the patient&apos;s own dates from the planned day 0 (nothing is saved)</source>
        <translation>Mostrar las fechas del propio paciente a partir del día 0 previsto (no se guarda nada)</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>Modo &amp;presentación</translation>
    </message>
    <message>
        <source>Fit to &amp;window</source>
        <translation>Ajustar a la &amp;ventana</translation>
    </message>
    <message>
        <source>Words for pati&amp;ents</source>
        <translation>Textos para pacie&amp;ntes</translation>
    </message>
    <message>
        <source>Words for clinician&amp;s</source>
        <translation>Textos para pro&amp;fesionales</translation>
    </message>
    <message>
        <source>One step at a time, full screen, to explain it across a desk (Esc leaves)</source>
        <translation>Una etapa cada vez, a pantalla completa, para explicarla cara a cara (Esc para salir)</translation>
    </message>
    <message>
        <source>Set &amp;dates...</source>
        <translation>Introducir &amp;fechas...</translation>
    </message>
    <message>
        <source>&amp;Clinic settings...</source>
        <translation>Ajustes del &amp;centro...</translation>
    </message>
    <message>
        <source>Clinic name, phone numbers, local rules and paper size</source>
        <translation>Nombre del centro, números de teléfono, normas locales y tamaño del papel</translation>
    </message>
    <message>
        <source>Co&amp;mpare with...</source>
        <translation>&amp;Comparar con...</translation>
    </message>
    <message>
        <source>List what this pathway changes compared with the bundled one or another file</source>
        <translation>Mostrar lo que cambia este itinerario respecto al incluido o a otro archivo</translation>
    </message>
    <message>
        <source>&amp;Sign off...</source>
        <translation>&amp;Validar...</translation>
    </message>
    <message>
        <source>Record your review in the pathway file: name, role, dates; the version goes up</source>
        <translation>Registrar su revisión en el archivo del itinerario: nombre, cargo, fechas; la versión aumenta</translation>
    </message>
    <message>
        <source>Suggest a &amp;change to this step...</source>
        <translation>&amp;Sugerir un cambio en esta etapa...</translation>
    </message>
    <message>
        <source>Write a note on the selected step for whoever owns the content</source>
        <translation>Escribir una nota sobre la etapa seleccionada para quien se encargue del contenido</translation>
    </message>
    <message>
        <source>Su&amp;ggestions...</source>
        <translation>Su&amp;gerencias...</translation>
    </message>
    <message>
        <source>The suggestions made on this computer: read, delete, export</source>
        <translation>Las sugerencias hechas en este ordenador: leer, eliminar, exportar</translation>
    </message>
    <message>
        <source>T&amp;rain...</source>
        <translation>F&amp;ormación...</translation>
    </message>
    <message>
        <source>Quizzes, scenarios and grading practice from this pathway, for staff training</source>
        <translation>Cuestionarios, escenarios y práctica de gradación a partir de este itinerario, para formar al personal</translation>
    </message>
    <message>
        <source>&amp;Edit pathway</source>
        <translation>&amp;Modificar itinerario</translation>
    </message>
    <message>
        <source>Change the selected step: the details become a form</source>
        <translation>Modificar la etapa seleccionada: los detalles se convierten en un formulario</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Take back the last change</source>
        <translation>Deshacer el último cambio</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Make the change again</source>
        <translation>Volver a hacer el cambio</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Como el &amp;sistema</translation>
    </message>
    <message>
        <source>Light, dark or high contrast, as the computer is set</source>
        <translation>Claro, oscuro o alto contraste, según la configuración del ordenador</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>Dark words on light backgrounds</source>
        <translation>Texto oscuro sobre fondo claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>Light words on dark backgrounds</source>
        <translation>Texto claro sobre fondo oscuro</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <source>White and yellow on black, with strong outlines</source>
        <translation>Blanco y amarillo sobre negro, con contornos marcados</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <source>Make all text one step larger</source>
        <translation>Agrandar todo el texto un nivel</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <source>Make all text one step smaller</source>
        <translation>Reducir todo el texto un nivel</translation>
    </message>
    <message>
        <source>&amp;Quick guide</source>
        <translation>&amp;Guía rápida</translation>
    </message>
    <message>
        <source>How to use this viewer</source>
        <translation>Cómo usar este programa</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Acerca de</translation>
    </message>
    <message>
        <source>Version, sources and licences</source>
        <translation>Versión, fuentes y licencias</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <comment>the edit taken back</comment>
        <translation>&amp;Deshacer: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <comment>the edit made again</comment>
        <translation>&amp;Rehacer: %1</translation>
    </message>
</context>
<context>
    <name>ClinicSettingsDialog</name>
    <message>
        <source>Clinic settings</source>
        <translation>Ajustes del centro</translation>
    </message>
</context>
<context>
    <name>CoreAtomic</name>
    <message>
        <source>Cannot write to the folder %1: %2</source>
        <translation>No se puede escribir en la carpeta %1: %2</translation>
    </message>
    <message>
        <source>Nothing was written for %1; the old file (if any) is unchanged</source>
        <translation>No se ha escrito nada para %1; el archivo anterior (si lo hay) no ha cambiado</translation>
    </message>
    <message>
        <source>Could not save %1: %2. The old file (if any) is unchanged</source>
        <translation>No se ha podido guardar %1: %2. El archivo anterior (si lo hay) no ha cambiado</translation>
    </message>
</context>
<context>
    <name>CoreClinic</name>
    <message>
        <source>%1 is too large to be a clinic settings file</source>
        <translation>%1 es demasiado grande para ser un archivo de ajustes del centro</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 no existe</translation>
    </message>
    <message>
        <source>%1 is a folder, not a clinic settings file</source>
        <translation>%1 es una carpeta, no un archivo de ajustes del centro</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a clinic settings file (it is not JSON text)</source>
        <translation>%1 no es un archivo de ajustes del centro (no es texto JSON)</translation>
    </message>
    <message>
        <source>%1 is not a clinic settings file saved by this app</source>
        <translation>%1 no es un archivo de ajustes del centro guardado por este programa</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; should be text</source>
        <translation>%1: “%2” debe ser texto</translation>
    </message>
    <message>
        <source>%1: &apos;phones&apos; should map role ids to phone numbers written as text</source>
        <translation>%1: “phones” debe asociar identificadores de función a números de teléfono escritos como texto</translation>
    </message>
    <message>
        <source>%1: &apos;paper&apos; should be &apos;a4&apos; or &apos;letter&apos;</source>
        <translation>%1: “paper” debe ser “a4” o “letter”</translation>
    </message>
    <message>
        <source>%1: &apos;choices&apos; should map &apos;&lt;pathway&gt;/&lt;choice&gt;&apos; to text</source>
        <translation>%1: “choices” debe asociar “&lt;pathway&gt;/&lt;choice&gt;” a un texto</translation>
    </message>
    <message>
        <source>%1: &apos;temperature_unit&apos; should be &apos;C&apos;, &apos;F&apos; or &apos;both&apos;</source>
        <translation>%1: “temperature_unit” debe ser “C”, “F” o “both”</translation>
    </message>
</context>
<context>
    <name>CoreDockTitle</name>
    <message>
        <source>Close the %1 panel</source>
        <translation>Cerrar el panel “%1”</translation>
    </message>
    <message>
        <source>Float the %1 panel</source>
        <translation>Separar el panel “%1”</translation>
    </message>
</context>
<context>
    <name>CoreSuggestionBox</name>
    <message>
        <source>Cannot make the folder %1: %2</source>
        <translation>No se puede crear la carpeta %1: %2</translation>
    </message>
</context>
<context>
    <name>DialogsAbout</name>
    <message>
        <source>Version %1. Works offline; opens no network connection.</source>
        <translation>Versión %1. Funciona sin conexión; no abre ninguna conexión de red.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Version %1, %2: %3</source>
        <translation>Versión %1, %2: %3</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>Tipo de letra</translation>
    </message>
    <message>
        <source>Licensed under the SIL Open Font License, Version 1.1; the full licence follows.</source>
        <translation>Con licencia SIL Open Font License, versión 1.1; a continuación figura la licencia completa.</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
</context>
<context>
    <name>DialogsClinicSettings</name>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
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
        <translation>Ambas (38,0 °C (100,4 °F))</translation>
    </message>
    <message>
        <source>Clinic settings</source>
        <translation>Ajustes del centro</translation>
    </message>
    <message>
        <source>These details are printed on every handout and shown on the steps they concern. They are kept on this PC only. Nothing about patients is stored here.</source>
        <translation>Estos datos se imprimen en cada folleto y se muestran en las etapas a las que se refieren. Solo se guardan en este ordenador. Aquí no se guarda nada sobre los pacientes.</translation>
    </message>
    <message>
        <source>e.g. Cell Therapy Unit, City Hospital</source>
        <translation>p. ej., Unidad de Terapia Celular, Hospital General</translation>
    </message>
    <message>
        <source>The number to call at any hour</source>
        <translation>El número al que llamar a cualquier hora</translation>
    </message>
    <message>
        <source>Clinic name:</source>
        <translation>Nombre del centro:</translation>
    </message>
    <message>
        <source>Emergency number (day and night):</source>
        <translation>Teléfono de urgencias (día y noche):</translation>
    </message>
    <message>
        <source>Phone number for each member of the care team</source>
        <translation>Número de teléfono de cada miembro del equipo sanitario</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>Phone number for %1</source>
        <translation>Número de teléfono de: %1</translation>
    </message>
    <message>
        <source>Local rules (for pathways that ask no questions of their own)</source>
        <translation>Normas locales (para los itinerarios que no hacen sus propias preguntas)</translation>
    </message>
    <message>
        <source>Staying near the centre:</source>
        <translation>Permanecer cerca del centro:</translation>
    </message>
    <message>
        <source>Driving:</source>
        <translation>Conducir:</translation>
    </message>
    <message>
        <source>Temperatures on the urgent signs:</source>
        <translation>Temperaturas en los signos de alarma:</translation>
    </message>
    <message>
        <source>Handout paper size:</source>
        <translation>Tamaño del papel del folleto:</translation>
    </message>
    <message>
        <source>Import...</source>
        <translation>Importar...</translation>
    </message>
    <message>
        <source>Fill in these settings from a file exported on another PC</source>
        <translation>Rellenar estos ajustes a partir de un archivo exportado en otro ordenador</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>Exportar...</translation>
    </message>
    <message>
        <source>Save these settings to a file, to use them on other PCs</source>
        <translation>Guardar estos ajustes en un archivo para usarlos en otros ordenadores</translation>
    </message>
    <message>
        <source>Export clinic settings</source>
        <translation>Exportar los ajustes del centro</translation>
    </message>
    <message>
        <source>The clinic settings could not be saved</source>
        <translation>No se han podido guardar los ajustes del centro</translation>
    </message>
    <message>
        <source>Import clinic settings</source>
        <translation>Importar los ajustes del centro</translation>
    </message>
    <message>
        <source>These settings could not be imported</source>
        <translation>No se han podido importar estos ajustes</translation>
    </message>
</context>
<context>
    <name>DialogsCompare</name>
    <message>
        <source>Compare pathways</source>
        <translation>Comparar itinerarios</translation>
    </message>
    <message>
        <source>What changed, step by step</source>
        <translation>Qué ha cambiado, etapa por etapa</translation>
    </message>
    <message>
        <source>Short values show the old and new words; long texts say only that they changed.</source>
        <translation>Los valores cortos muestran las palabras antiguas y las nuevas; de los textos largos solo se indica que han cambiado.</translation>
    </message>
    <message>
        <source>Compare with the &amp;bundled pathway</source>
        <translation>Comparar con el itinerario &amp;incluido</translation>
    </message>
    <message>
        <source>Compare with another &amp;file...</source>
        <translation>Comparar con otro &amp;archivo...</translation>
    </message>
    <message>
        <source>Export as &amp;PDF...</source>
        <translation>Exportar como &amp;PDF...</translation>
    </message>
    <message>
        <source>%1 cannot be compared: it does not load.</source>
        <translation>%1 no se puede comparar: no se carga.</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Comparar con</translation>
    </message>
    <message>
        <source>Base (as it was): %1
Changed (open now): %2</source>
        <translation>Base (como estaba): %1
Modificado (abierto ahora): %2</translation>
    </message>
</context>
<context>
    <name>DialogsDateFields</name>
    <message>
        <source>%1: “%2” is not a date the viewer can read. Type it like %3 or %4, or pick it from the calendar.</source>
        <translation>%1: “%2” no es una fecha que el programa pueda leer. Escríbala como %3 o %4, o elíjala en el calendario.</translation>
    </message>
</context>
<context>
    <name>DialogsLocalChoices</name>
    <message>
        <source>Not set: patients are told their team will tell them</source>
        <translation>Sin definir: a los pacientes se les dice que su equipo se lo indicará</translation>
    </message>
    <message>
        <source>Our own words (type them below)</source>
        <translation>Nuestras propias palabras (escríbalas abajo)</translation>
    </message>
    <message>
        <source>Your own words: %1</source>
        <translation>Sus propias palabras: %1</translation>
    </message>
    <message>
        <source>What patients should read, in your clinic&apos;s words</source>
        <translation>Lo que deben leer los pacientes, con las palabras de su centro</translation>
    </message>
    <message>
        <source>What your centre does (this pathway&apos;s questions)</source>
        <translation>Lo que hace su centro (las preguntas de este itinerario)</translation>
    </message>
</context>
<context>
    <name>DialogsProblems</name>
    <message>
        <source>This pathway file cannot be opened</source>
        <translation>Este archivo de itinerario no se puede abrir</translation>
    </message>
    <message>
        <source>The app keeps showing the previous pathway.</source>
        <translation>El programa sigue mostrando el itinerario anterior.</translation>
    </message>
    <message>
        <source>This pathway file cannot be changed here</source>
        <translation>Este archivo de itinerario no se puede modificar aquí</translation>
    </message>
    <message>
        <source>It cannot be changed in the viewer until they are fixed in a text editor; the map shows it as it was opened.</source>
        <translation>No se puede modificar en el programa hasta que esos problemas se corrijan en un editor de texto; el mapa lo muestra tal como se abrió.</translation>
    </message>
    <message>
        <source>The app shows its built-in pathway instead.</source>
        <translation>En su lugar, el programa muestra su itinerario integrado.</translation>
    </message>
    <message>
        <source>Whoever looks after the file can fix each line below and open it again.</source>
        <translation>Quien se encargue del archivo puede corregir cada línea de abajo y volver a abrirlo.</translation>
    </message>
    <message>
        <source>%1 has %2. %3&lt;br&gt;%4</source>
        <translation>%1 tiene %2. %3&lt;br&gt;%4</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>Problemas encontrados en el archivo</translation>
    </message>
    <message>
        <source>&amp;Copy problems</source>
        <translation>&amp;Copiar los problemas</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>DialogsSchedule</name>
    <message>
        <source>Set dates</source>
        <translation>Introducir fechas</translation>
    </message>
    <message>
        <source>Enter the planned date of day 0, %1, to see the dates of each step. The dates are only shown on screen and in the handout: nothing is saved, and they are forgotten when the viewer closes. No name is needed.</source>
        <translation>Introduzca la fecha prevista del día 0, %1, para ver las fechas de cada etapa. Las fechas solo se muestran en pantalla y en el folleto: no se guarda nada y se olvidan al cerrar el programa. No hace falta ningún nombre.</translation>
    </message>
    <message>
        <source>Planned date of day 0, %1</source>
        <translation>Fecha prevista del día 0, %1</translation>
    </message>
    <message>
        <source>The %1 day is booked</source>
        <translation>Ya hay fecha para: %1</translation>
    </message>
    <message>
        <source>Booked %1 date</source>
        <translation>Fecha fijada para: %1</translation>
    </message>
    <message>
        <source>Planned day 0:</source>
        <translation>Día 0 previsto:</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a form label: the booked day as the pathway names it</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Show these dates</source>
        <translation>Mostrar estas fechas</translation>
    </message>
    <message>
        <source>Clear dates</source>
        <translation>Borrar las fechas</translation>
    </message>
    <message>
        <source>Remove the dates from every view</source>
        <translation>Quitar las fechas de todas las vistas</translation>
    </message>
    <message>
        <source>No pathway is open.</source>
        <translation>No hay ningún itinerario abierto.</translation>
    </message>
    <message>
        <source>Planned day 0</source>
        <translation>Día 0 previsto</translation>
    </message>
    <message>
        <source>Day 0, %1: %2.</source>
        <translation>Día 0, %1: %2.</translation>
    </message>
</context>
<context>
    <name>DialogsSignOff</name>
    <message>
        <source>Sign off this pathway</source>
        <translation>Validar este itinerario</translation>
    </message>
    <message>
        <source>Record that you have reviewed %1 (version %2). It becomes version %3, and the review and a line in its list of changes are saved in the file.</source>
        <translation>Deje constancia de que ha revisado %1 (versión %2). Pasará a ser la versión %3, y la revisión y una línea en su lista de cambios se guardarán en el archivo.</translation>
    </message>
    <message>
        <source>e.g. Dr Jane Smith</source>
        <translation>p. ej., Dra. Ana García</translation>
    </message>
    <message>
        <source>e.g. Consultant physician</source>
        <translation>p. ej., Médico adjunto</translation>
    </message>
    <message>
        <source>The day up to which the literature was searched for this review</source>
        <translation>La fecha hasta la que se buscó bibliografía para esta revisión</translation>
    </message>
    <message>
        <source>What you checked or changed, e.g. &apos;Ward stay timings checked against our practice.&apos;</source>
        <translation>Lo que ha comprobado o cambiado, p. ej., “Tiempos de ingreso en planta comprobados según nuestra práctica.”</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>Your &amp;role:</source>
        <translation>Su &amp;cargo:</translation>
    </message>
    <message>
        <source>Reviewed &amp;on:</source>
        <translation>Revisado &amp;el:</translation>
    </message>
    <message>
        <source>Next review &amp;due:</source>
        <translation>Próxima revisión &amp;prevista:</translation>
    </message>
    <message>
        <source>&amp;Evidence searched to:</source>
        <translation>&amp;Bibliografía buscada hasta:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Resumen:</translation>
    </message>
    <message>
        <source>Only the pathway is signed: write nothing about a patient here.</source>
        <translation>Solo se valida el itinerario: no escriba aquí nada sobre ningún paciente.</translation>
    </message>
    <message>
        <source>Sign off and save</source>
        <translation>Validar y guardar</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>su nombre</translation>
    </message>
    <message>
        <source>your role</source>
        <translation>su cargo</translation>
    </message>
    <message>
        <source>a summary</source>
        <translation>un resumen</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>Revisado el</translation>
    </message>
    <message>
        <source>Next review due</source>
        <translation>Próxima revisión prevista</translation>
    </message>
    <message>
        <source>Evidence searched to</source>
        <translation>Bibliografía buscada hasta</translation>
    </message>
    <message>
        <source>Please give %1.</source>
        <translation>Indique %1, por favor.</translation>
    </message>
    <message>
        <source>The next review must be after the review day.</source>
        <translation>La próxima revisión debe ser posterior al día de la revisión.</translation>
    </message>
    <message>
        <source>The evidence date cannot be after the review day.</source>
        <translation>La fecha de la búsqueda bibliográfica no puede ser posterior al día de la revisión.</translation>
    </message>
</context>
<context>
    <name>DialogsSuggestions</name>
    <message>
        <source>Suggest a change</source>
        <translation>Sugerir un cambio</translation>
    </message>
    <message>
        <source>Your suggestion for the step “%1”:</source>
        <translation>Su sugerencia para la etapa “%1”:</translation>
    </message>
    <message>
        <source>e.g. This timing is wrong for us: our patients stay five days.</source>
        <translation>p. ej., Este plazo no es el nuestro: nuestros pacientes se quedan cinco días.</translation>
    </message>
    <message>
        <source>Keep suggestion</source>
        <translation>Guardar la sugerencia</translation>
    </message>
    <message>
        <source>Suggestions for the content owner</source>
        <translation>Sugerencias para quien se encarga del contenido</translation>
    </message>
    <message>
        <source>Suggestions made on this computer for this pathway. Export them and send the file to whoever owns the pathway&apos;s content.</source>
        <translation>Sugerencias hechas en este ordenador para este itinerario. Expórtelas y envíe el archivo a quien se encargue del contenido del itinerario.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Exportar...</translation>
    </message>
    <message>
        <source>Export suggestions</source>
        <translation>Exportar las sugerencias</translation>
    </message>
    <message>
        <source>The suggestions could not be exported: %1</source>
        <translation>No se han podido exportar las sugerencias: %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>bundled pathway</source>
        <translation>itinerario incluido</translation>
    </message>
</context>
<context>
    <name>EditingLinks</name>
    <message>
        <source>Main journey</source>
        <translation>Recorrido principal</translation>
    </message>
    <message>
        <source>Only some people</source>
        <translation>Solo algunas personas</translation>
    </message>
    <message>
        <source>Goes back</source>
        <translation>Vuelve atrás</translation>
    </message>
    <message>
        <source>At the same time</source>
        <translation>Al mismo tiempo</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Añadir una persona</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Person %1 in the care team: role</source>
        <translation>Persona %1 del equipo sanitario: función</translation>
    </message>
    <message>
        <source>What the %1 does</source>
        <translation>Qué hace: %1</translation>
    </message>
    <message>
        <source>Remove the %1 from this step</source>
        <translation>Quitar de esta etapa: %1</translation>
    </message>
    <message>
        <source>add a person to &apos;%1&apos;</source>
        <translation>añadir una persona a “%1”</translation>
    </message>
    <message>
        <source>remove a person from &apos;%1&apos;</source>
        <translation>quitar una persona de “%1”</translation>
    </message>
    <message>
        <source>Step a new arrow goes to</source>
        <translation>Etapa a la que va una flecha nueva</translation>
    </message>
    <message>
        <source>Add an arrow to:</source>
        <translation>Añadir una flecha hacia:</translation>
    </message>
    <message>
        <source>Add</source>
        <comment>an arrow to the chosen step</comment>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add an arrow to the chosen step</source>
        <translation>Añadir una flecha hacia la etapa elegida</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Hacia: %1</translation>
    </message>
    <message>
        <source>when this happens</source>
        <translation>cuando ocurre esto</translation>
    </message>
    <message>
        <source>Arrow to %1: label</source>
        <translation>Flecha hacia %1: etiqueta</translation>
    </message>
    <message>
        <source>Arrow to %1: kind</source>
        <translation>Flecha hacia %1: tipo</translation>
    </message>
    <message>
        <source>Remove the arrow to %1</source>
        <translation>Quitar la flecha hacia %1</translation>
    </message>
    <message>
        <source>change the words of an arrow</source>
        <translation>cambiar las palabras de una flecha</translation>
    </message>
    <message>
        <source>remove the words of an arrow</source>
        <translation>quitar las palabras de una flecha</translation>
    </message>
</context>
<context>
    <name>EditingPathwayForm</name>
    <message>
        <source>Care team roles</source>
        <translation>Funciones del equipo sanitario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>What this role is</source>
        <translation>En qué consiste esta función</translation>
    </message>
    <message>
        <source>Parts of the journey</source>
        <translation>Partes del recorrido</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>DOI or web address</source>
        <translation>DOI o dirección web</translation>
    </message>
    <message>
        <source>Urgent signs (call at once)</source>
        <translation>Signos de alarma (llamar enseguida)</translation>
    </message>
    <message>
        <source>Sign, in patient words</source>
        <translation>Signo, en palabras del paciente</translation>
    </message>
    <message>
        <source>Call: team or emergency</source>
        <translation>Llamar: team (equipo) o emergency (urgencias)</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>Revisado el</translation>
    </message>
    <message>
        <source>Next review due</source>
        <translation>Próxima revisión prevista</translation>
    </message>
    <message>
        <source>Literature searched up to</source>
        <translation>Bibliografía buscada hasta</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>%1, number %2: %3</source>
        <translation>%1, número %2: %3</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove %1, number %2</source>
        <translation>Quitar %1, número %2</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>cambiar %1</translation>
    </message>
    <message>
        <source>add to %1</source>
        <translation>añadir a %1</translation>
    </message>
    <message>
        <source>remove from %1</source>
        <translation>quitar de %1</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Revisado por</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Change the whole pathway</source>
        <translation>Modificar todo el itinerario</translation>
    </message>
    <message>
        <source>change the review dates</source>
        <translation>cambiar las fechas de revisión</translation>
    </message>
</context>
<context>
    <name>EditingProblemsView</name>
    <message>
        <source>No problems: this pathway can be saved.</source>
        <translation>Ningún problema: este itinerario se puede guardar.</translation>
    </message>
    <message>
        <source>This pathway can be saved, but these words are still the editor&apos;s placeholders:</source>
        <translation>Este itinerario se puede guardar, pero estas palabras siguen siendo las provisionales del editor:</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>Edición</translation>
    </message>
    <message>
        <source>Problems in the pathway being edited: choose one to go to it</source>
        <translation>Problemas del itinerario que se está modificando: elija uno para ir a él</translation>
    </message>
    <message>
        <source>Undo history: choose a line to go back to it</source>
        <translation>Historial de cambios: elija una línea para volver a ella</translation>
    </message>
    <message>
        <source>The pathway as it was opened</source>
        <translation>El itinerario tal como se abrió</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Historial de cambios</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problemas (%1)</translation>
    </message>
</context>
<context>
    <name>EditingSession</name>
    <message>
        <source>title</source>
        <translation>el título</translation>
    </message>
    <message>
        <source>part of the journey</source>
        <translation>la parte del recorrido</translation>
    </message>
    <message>
        <source>patient text</source>
        <translation>el texto para el paciente</translation>
    </message>
    <message>
        <source>clinical text</source>
        <translation>el texto clínico</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>la duración</translation>
    </message>
    <message>
        <source>timing</source>
        <translation>el momento</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>los lugares</translation>
    </message>
    <message>
        <source>care team</source>
        <translation>el equipo sanitario</translation>
    </message>
    <message>
        <source>what to expect</source>
        <translation>lo que puede esperar</translation>
    </message>
    <message>
        <source>how to prepare</source>
        <translation>cómo prepararse</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>las preguntas</translation>
    </message>
    <message>
        <source>warning signs</source>
        <translation>los signos de alerta</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>las fuentes</translation>
    </message>
    <message>
        <source>change %1 of &apos;%2&apos;</source>
        <translation>cambiar %1 de “%2”</translation>
    </message>
    <message>
        <source>change an arrow</source>
        <translation>cambiar una flecha</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>cambiar %1</translation>
    </message>
    <message>
        <source>change</source>
        <translation>cambiar</translation>
    </message>
</context>
<context>
    <name>EditingStepForm</name>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semanas</translation>
    </message>
    <message>
        <source>months</source>
        <translation>meses</translation>
    </message>
    <message>
        <source>years</source>
        <translation>años</translation>
    </message>
    <message>
        <source>The step</source>
        <translation>La etapa</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Part of the journey</source>
        <translation>Parte del recorrido</translation>
    </message>
    <message>
        <source>How long and when</source>
        <translation>Duración y momento</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Outpatient clinic</source>
        <translation>Consulta externa</translation>
    </message>
    <message>
        <source>Hospital ward</source>
        <translation>Planta de hospitalización</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>Laboratorio</translation>
    </message>
    <message>
        <source>At home</source>
        <translation>En casa</translation>
    </message>
    <message>
        <source>Near the treatment centre</source>
        <translation>Cerca del centro de tratamiento</translation>
    </message>
    <message>
        <source>%1: at least</source>
        <translation>%1: como mínimo</translation>
    </message>
    <message>
        <source>%1: at most</source>
        <translation>%1: como máximo</translation>
    </message>
    <message>
        <source>%1: unit</source>
        <translation>%1: unidad</translation>
    </message>
    <message>
        <source>The length is an estimate</source>
        <translation>La duración es una estimación</translation>
    </message>
    <message>
        <source>Days from day 0</source>
        <translation>Días desde el día 0</translation>
    </message>
    <message>
        <source>%1: first day</source>
        <translation>%1: primer día</translation>
    </message>
    <message>
        <source>%1: last day</source>
        <translation>%1: último día</translation>
    </message>
    <message>
        <source>The days are an estimate</source>
        <translation>Los días son una estimación</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Qué ocurre</translation>
    </message>
    <message>
        <source>For the patient, in plain words</source>
        <translation>Para el paciente, en palabras sencillas</translation>
    </message>
    <message>
        <source>Clinical details (for staff)</source>
        <translation>Detalles clínicos (para el personal)</translation>
    </message>
    <message>
        <source>Where and who</source>
        <translation>Dónde y quién</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Care team</source>
        <translation>Equipo sanitario</translation>
    </message>
    <message>
        <source>For the patient (one item per line)</source>
        <translation>Para el paciente (un elemento por línea)</translation>
    </message>
    <message>
        <source>What to expect</source>
        <translation>Qué puede esperar</translation>
    </message>
    <message>
        <source>How to prepare</source>
        <translation>Cómo prepararse</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Signos de alerta</translation>
    </message>
    <message>
        <source>Sources (ids, one per line)</source>
        <translation>Fuentes (identificadores, uno por línea)</translation>
    </message>
    <message>
        <source>Arrows from this step</source>
        <translation>Flechas que salen de esta etapa</translation>
    </message>
    <message>
        <source>Add a step after this</source>
        <translation>Añadir una etapa después de esta</translation>
    </message>
    <message>
        <source>Add a branch from this</source>
        <translation>Añadir una rama desde aquí</translation>
    </message>
    <message>
        <source>Delete this step</source>
        <translation>Eliminar esta etapa</translation>
    </message>
    <message>
        <source>Change the step</source>
        <translation>Modificar la etapa</translation>
    </message>
    <message>
        <source>Click a step on the map to change it.</source>
        <translation>Haga clic en una etapa del mapa para modificarla.</translation>
    </message>
    <message>
        <source>Changing: %1</source>
        <translation>Modificando: %1</translation>
    </message>
</context>
<context>
    <name>EditingStructure</name>
    <message>
        <source>add a branch after &apos;%1&apos;</source>
        <translation>añadir una rama después de “%1”</translation>
    </message>
    <message>
        <source>add a step after &apos;%1&apos;</source>
        <translation>añadir una etapa después de “%1”</translation>
    </message>
    <message>
        <source>add step</source>
        <translation>añadir etapa</translation>
    </message>
    <message>
        <source>add arrow</source>
        <translation>añadir flecha</translation>
    </message>
    <message>
        <source>delete step &apos;%1&apos;</source>
        <translation>eliminar la etapa “%1”</translation>
    </message>
    <message>
        <source>remove arrow</source>
        <translation>quitar flecha</translation>
    </message>
    <message>
        <source>remove step</source>
        <translation>quitar etapa</translation>
    </message>
    <message>
        <source>add arrow to &apos;%1&apos;</source>
        <translation>añadir una flecha hacia “%1”</translation>
    </message>
    <message>
        <source>remove arrow %1 → %2</source>
        <translation>quitar la flecha %1 → %2</translation>
    </message>
    <message>
        <source>change the kind of arrow %1</source>
        <translation>cambiar el tipo de la flecha %1</translation>
    </message>
</context>
<context>
    <name>EditingUnfinished</name>
    <message>
        <source>still the editor&apos;s placeholder words (“%1”): write this pathway&apos;s own words</source>
        <translation>siguen siendo las palabras provisionales del editor (“%1”): escriba las palabras propias de este itinerario</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>There is no pathway to export.</source>
        <translation>No hay ningún itinerario que exportar.</translation>
    </message>
    <message>
        <source>Cannot export to %1: the name has no extension to say the format. Use a name ending in .png (picture), .svg (drawing) or .pdf (document).</source>
        <translation>No se puede exportar a %1: el nombre no tiene una extensión que indique el formato. Use un nombre que termine en .png (imagen), .svg (dibujo) o .pdf (documento).</translation>
    </message>
    <message>
        <source>Cannot export to %1: %2 is not a supported format. Use a name ending in .png (picture), .svg (drawing) or .pdf (document).</source>
        <translation>No se puede exportar a %1: %2 no es un formato admitido. Use un nombre que termine en .png (imagen), .svg (dibujo) o .pdf (documento).</translation>
    </message>
    <message>
        <source>This journey is too long for a picture: %1 x %2 pixels, where most picture viewers open %3 at most. Save it as .svg or .pdf instead: they keep every word sharp at any size.</source>
        <translation>Este recorrido es demasiado largo para una imagen: %1 x %2 píxeles, cuando la mayoría de los visores de imágenes abren como máximo %3. Guárdelo mejor como .svg o .pdf: en ellos todas las palabras se ven nítidas a cualquier tamaño.</translation>
    </message>
    <message>
        <source>The picture would be too large (%1 x %2 pixels); try a smaller scale.</source>
        <translation>La imagen sería demasiado grande (%1 x %2 píxeles); pruebe con una escala menor.</translation>
    </message>
    <message>
        <source>Could not write the picture to %1</source>
        <translation>No se ha podido escribir la imagen en %1</translation>
    </message>
    <message>
        <source>Could not write the drawing to %1</source>
        <translation>No se ha podido escribir el dibujo en %1</translation>
    </message>
    <message>
        <source>Could not write the document to %1</source>
        <translation>No se ha podido escribir el documento en %1</translation>
    </message>
</context>
<context>
    <name>FileFilters</name>
    <message>
        <source>Clinic settings (*.json);;All files (*)</source>
        <translation>Ajustes del centro (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Pathway files (*.yaml *.yml *.json);;All files (*)</source>
        <translation>Archivos de itinerario (*.yaml *.yml *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV) (*.csv);;JSON (*.json)</source>
        <translation>Hoja de cálculo (CSV) (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Pathway file (*.yaml *.yml)</source>
        <translation>Archivo de itinerario (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tabla CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>JourneyArrows</name>
    <message>
        <source>Main journey</source>
        <translation>Recorrido principal</translation>
    </message>
    <message>
        <source>Another path, only if needed</source>
        <translation>Otro camino, solo si hace falta</translation>
    </message>
    <message>
        <source>Going back to an earlier step</source>
        <translation>Vuelta a una etapa anterior</translation>
    </message>
    <message>
        <source>A step only some people need</source>
        <translation>Una etapa que solo necesitan algunas personas</translation>
    </message>
    <message>
        <source>At the same time, not another way</source>
        <translation>Al mismo tiempo, no otro camino</translation>
    </message>
    <message>
        <source>The line goes on at the same number</source>
        <translation>La línea sigue en el mismo número</translation>
    </message>
    <message>
        <source>The journey stops at this step</source>
        <translation>El recorrido termina en esta etapa</translation>
    </message>
</context>
<context>
    <name>JourneyItems</name>
    <message>
        <source>also here</source>
        <translation>también aquí</translation>
    </message>
    <message>
        <source>Part of the journey: %1</source>
        <translation>Parte del recorrido: %1</translation>
    </message>
    <message>
        <source>The same step, drawn again near the steps that lead to it.</source>
        <translation>La misma etapa, dibujada otra vez cerca de las etapas que llevan a ella.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>L&amp;anguage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Idioma del sistema (%1)</translation>
    </message>
    <message>
        <source>The viewer will be in %1 the next time you start it. Handouts and exports follow it too.</source>
        <translation>El programa estará en %1 la próxima vez que lo abra. Los folletos y las exportaciones también.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The file</source>
        <translation>El archivo</translation>
    </message>
    <message>
        <source>Journey: the steps of the treatment, in order</source>
        <translation>Recorrido: las etapas del tratamiento, en orden</translation>
    </message>
    <message>
        <source>Each step is an item. Arrow keys move along the journey; Enter shows the step&apos;s details.</source>
        <translation>Cada etapa es un elemento. Las teclas de flecha le llevan a lo largo del recorrido; Intro muestra los detalles de la etapa.</translation>
    </message>
    <message>
        <source>%1 (day 0)</source>
        <translation>%1 (día 0)</translation>
    </message>
    <message>
        <source>Day 0</source>
        <translation>Día 0</translation>
    </message>
    <message>
        <source>%1: %2 (not saved)</source>
        <translation>%1: %2 (no guardado)</translation>
    </message>
    <message>
        <source>The dates are kept only while the viewer is open. Tools &gt; Set dates changes or clears them.</source>
        <translation>Las fechas solo se conservan mientras el programa está abierto. Herramientas &gt; Introducir fechas permite cambiarlas o borrarlas.</translation>
    </message>
    <message>
        <source>Words for clinicians: clinical details shown too</source>
        <translation>Textos para profesionales: también se muestran los detalles clínicos</translation>
    </message>
    <message>
        <source>Words for patients: plain words only</source>
        <translation>Textos para pacientes: solo palabras sencillas</translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation>Mapa del recorrido</translation>
    </message>
    <message>
        <source>Journey map: {title}</source>
        <translation>Mapa del recorrido: {title}</translation>
    </message>
    <message>
        <source>No step selected: click a step, or use the arrow keys</source>
        <translation>Ninguna etapa seleccionada: haga clic en una etapa o use las teclas de flecha</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>Etapa: %1</translation>
    </message>
    <message>
        <source>Showing the steps of: %1</source>
        <translation>Mostrando las etapas de: %1</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <source>The pathway&apos;s own words, as its file says</source>
        <translation>Las palabras propias del itinerario, tal como las da su archivo</translation>
    </message>
    <message>
        <source>The pathway&apos;s words from its translation file; untranslated parts stay in the original</source>
        <translation>Las palabras del itinerario tomadas de su archivo de traducción; las partes sin traducir quedan en el idioma original</translation>
    </message>
    <message>
        <source>Leave edit mode first</source>
        <translation>Salga primero del modo de edición</translation>
    </message>
    <message>
        <source>While you edit, the pathway is shown in its own language. Save your changes and turn off Edit &gt; Edit pathway to choose another language.</source>
        <translation>Mientras edita, el itinerario se muestra en su propio idioma. Guarde los cambios y desactive Edición &gt; Modificar itinerario para elegir otro idioma.</translation>
    </message>
    <message>
        <source>Content lan&amp;guage</source>
        <translation>Idi&amp;oma del contenido</translation>
    </message>
    <message>
        <source>Disclaimer</source>
        <translation>Aviso</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Revisión</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Text si&amp;ze</source>
        <translation>Tamaño del te&amp;xto</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>Mostrar &amp;detalles</translation>
    </message>
    <message>
        <source>Show or hide the step details panel</source>
        <translation>Mostrar u ocultar el panel de detalles de la etapa</translation>
    </message>
    <message>
        <source>Show &amp;care team</source>
        <translation>Mostrar &amp;equipo sanitario</translation>
    </message>
    <message>
        <source>Show or hide the care team panel</source>
        <translation>Mostrar u ocultar el panel del equipo sanitario</translation>
    </message>
    <message>
        <source>Co&amp;lours</source>
        <translation>Co&amp;lores</translation>
    </message>
    <message>
        <source>Show o&amp;utline</source>
        <translation>Mostrar es&amp;quema</translation>
    </message>
    <message>
        <source>Show or hide the journey as a list of steps and branches</source>
        <translation>Mostrar u ocultar el recorrido como una lista de etapas y ramas</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source> Words for: </source>
        <translation> Textos para: </translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>Clinicians</source>
        <translation>Profesionales</translation>
    </message>
    <message>
        <source>Set dates...</source>
        <translation>Fechas...</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presentar</translation>
    </message>
    <message>
        <source>More toolbar commands</source>
        <translation>Más comandos de la barra de herramientas</translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <source>Outline</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <source>Outline of the journey: steps, with their branches under them</source>
        <translation>Esquema del recorrido: las etapas, con sus ramas debajo</translation>
    </message>
    <message>
        <source>Up and Down move between steps, Right opens a step&apos;s branches; the chosen step shows in the details.</source>
        <translation>Arriba y Abajo pasan de una etapa a otra, Derecha abre las ramas de una etapa; la etapa elegida se muestra en los detalles.</translation>
    </message>
</context>
<context>
    <name>OutputHandout</name>
    <message>
        <source>Emergency: %1</source>
        <translation>Urgencias: %1</translation>
    </message>
</context>
<context>
    <name>OutputHandoutContacts</name>
    <message>
        <source>Who to call, and local rules</source>
        <translation>A quién llamar y normas locales</translation>
    </message>
    <message>
        <source>Who to call</source>
        <translation>A quién llamar</translation>
    </message>
    <message>
        <source>Local rules from your clinic</source>
        <translation>Normas locales de su centro</translation>
    </message>
    <message>
        <source>Your care team</source>
        <translation>Su equipo sanitario</translation>
    </message>
    <message>
        <source>Write the numbers your team gives you in the right-hand column.</source>
        <translation>Escriba en la columna de la derecha los números que le dé su equipo.</translation>
    </message>
    <message>
        <source>%1 if you have:</source>
        <translation>%1, si tiene:</translation>
    </message>
    <message>
        <source>Do not wait for your next visit.</source>
        <translation>No espere a su próxima cita.</translation>
    </message>
    <message>
        <source>Who</source>
        <comment>the care-team role a phone number is for</comment>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Emergency number: %1</source>
        <translation>Teléfono de urgencias: %1</translation>
    </message>
    <message>
        <source>Ask your team which number to use, and write it here.</source>
        <translation>Pregunte a su equipo qué número debe usar y anótelo aquí.</translation>
    </message>
    <message>
        <source>In an emergency, day or night, call</source>
        <translation>En caso de urgencia, de día o de noche, llame al</translation>
    </message>
</context>
<context>
    <name>OutputHandoutHtml</name>
    <message>
        <source>For you and the people supporting you</source>
        <translation>Para usted y las personas que le acompañan</translation>
    </message>
    <message>
        <source>For clinicians and staff (includes clinical details)</source>
        <translation>Para profesionales sanitarios y personal (incluye detalles clínicos)</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Prepared on</source>
        <translation>Preparado el</translation>
    </message>
    <message>
        <source>%1 (day 0)</source>
        <translation>%1 (día 0)</translation>
    </message>
    <message>
        <source>Your journey at a glance</source>
        <translation>Su recorrido de un vistazo</translation>
    </message>
    <message>
        <source>The steps, one by one</source>
        <translation>Las etapas, una a una</translation>
    </message>
    <message>
        <source>Other paths some people take</source>
        <translation>Otros caminos que siguen algunas personas</translation>
    </message>
    <message>
        <source>Words used in this guide</source>
        <translation>Palabras usadas en esta guía</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>In this guide</source>
        <translation>En esta guía</translation>
    </message>
    <message>
        <source>The picture shows every step. The main journey is the path most people follow; the side paths show what can happen to some people.</source>
        <translation>La imagen muestra todas las etapas. El recorrido principal es el camino que sigue la mayoría de las personas; los caminos secundarios muestran lo que les puede ocurrir a algunas personas.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Typical timing</source>
        <translation>Momento habitual</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Your dates</source>
        <translation>Sus fechas</translation>
    </message>
    <message>
        <source>varies</source>
        <translation>variable</translation>
    </message>
    <message>
        <source>to be agreed</source>
        <translation>por acordar</translation>
    </message>
    <message>
        <source>The main journey, step by step</source>
        <translation>El recorrido principal, etapa por etapa</translation>
    </message>
    <message>
        <source>The picture shows every step of the journey, in order.</source>
        <translation>La imagen muestra todas las etapas del recorrido, en orden.</translation>
    </message>
    <message>
        <source>Day 0 is %1. Day -5 means five days before it.</source>
        <translation>El día 0 es %1. Día -5 significa cinco días antes.</translation>
    </message>
    <message>
        <source>“How long” is the time the step itself takes; “when” is the stretch of days it happens in.</source>
        <translation>“Duración” es el tiempo que lleva la etapa en sí; “Cuándo” es el periodo de días en el que tiene lugar.</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Etapa %1 de %2: %3</translation>
    </message>
    <message>
        <source>Part of the journey: %1</source>
        <translation>Parte del recorrido: %1</translation>
    </message>
    <message>
        <source>At the same time: %1</source>
        <translation>Al mismo tiempo: %1</translation>
    </message>
    <message>
        <source>Not everyone follows the main journey. These are the other things that can happen, and what they mean for you.</source>
        <translation>No todo el mundo sigue el recorrido principal. Estas son las otras cosas que pueden ocurrir y lo que significan para usted.</translation>
    </message>
    <message>
        <source>Going back to an earlier step</source>
        <translation>Vuelta a una etapa anterior</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1:&lt;/b&gt; from &amp;#8220;%2&amp;#8221; back to &amp;#8220;%3&amp;#8221;.</source>
        <translation>&lt;b&gt;%1:&lt;/b&gt; desde &amp;#8220;%2&amp;#8221; de vuelta a &amp;#8220;%3&amp;#8221;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1:&lt;/b&gt; from &amp;#8220;%2&amp;#8221; on to &amp;#8220;%3&amp;#8221;.</source>
        <translation>&lt;b&gt;%1:&lt;/b&gt; desde &amp;#8220;%2&amp;#8221; hasta &amp;#8220;%3&amp;#8221;.</translation>
    </message>
    <message>
        <source>Going straight to the end of the journey</source>
        <translation>Ir directamente al final del recorrido</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1:&lt;/b&gt; from &amp;#8220;%2&amp;#8221; straight to &amp;#8220;%3&amp;#8221;, where the journey ends.</source>
        <translation>&lt;b&gt;%1:&lt;/b&gt; desde &amp;#8220;%2&amp;#8221; directamente a &amp;#8220;%3&amp;#8221;, donde termina el recorrido.</translation>
    </message>
    <message>
        <source>%1 (after &amp;#8220;%2&amp;#8221;)</source>
        <translation>%1 (después de &amp;#8220;%2&amp;#8221;)</translation>
    </message>
    <message>
        <source>&lt;b&gt;When:&lt;/b&gt; %1.</source>
        <translation>&lt;b&gt;Cuándo:&lt;/b&gt; %1.</translation>
    </message>
    <message>
        <source>At the same time as &amp;#8220;%1&amp;#8221;.</source>
        <translation>Al mismo tiempo que &amp;#8220;%1&amp;#8221;.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Clinical details:&lt;/i&gt; %1</source>
        <translation>&lt;i&gt;Detalles clínicos:&lt;/i&gt; %1</translation>
    </message>
    <message>
        <source>back to &amp;#8220;%1&amp;#8221;</source>
        <translation>de vuelta a &amp;#8220;%1&amp;#8221;</translation>
    </message>
    <message>
        <source>%1: back to &amp;#8220;%2&amp;#8221;</source>
        <translation>%1: de vuelta a &amp;#8220;%2&amp;#8221;</translation>
    </message>
    <message>
        <source>%1: on to &amp;#8220;%2&amp;#8221;</source>
        <translation>%1: pasa a &amp;#8220;%2&amp;#8221;</translation>
    </message>
    <message>
        <source>next</source>
        <translation>a continuación</translation>
    </message>
    <message>
        <source>&lt;b&gt;Afterwards:&lt;/b&gt; %1.</source>
        <translation>&lt;b&gt;Después:&lt;/b&gt; %1.</translation>
    </message>
    <message>
        <source>The steps above cite these sources by number. Where a source gives a web address, it is printed here as text.</source>
        <translation>Las etapas anteriores citan estas fuentes por su número. Cuando una fuente da una dirección web, aquí se imprime como texto.</translation>
    </message>
    <message>
        <source>About this guide</source>
        <translation>Acerca de esta guía</translation>
    </message>
    <message>
        <source>Sources: %1 (listed at the end).</source>
        <translation>Fuentes: %1 (enumeradas al final).</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <comment>a main step&apos;s number and title</comment>
        <translation>Etapa %1: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Please read:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Por favor, lea:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Your journey, step by step</source>
        <translation>Su recorrido, etapa por etapa</translation>
    </message>
    <message>
        <source>Planned %1</source>
        <comment>the day booked ahead, as the pathway names it</comment>
        <translation>Previsto: %1</translation>
    </message>
    <message>
        <source>Your dates are worked out from the planned date of %1 and the usual timings. Your team may change them: always go by what they tell you.</source>
        <translation>Sus fechas se han calculado a partir de la fecha prevista para %1 y de los plazos habituales. Su equipo puede cambiarlas: siga siempre lo que le indiquen.</translation>
    </message>
    <message>
        <source>Made with %1 %2 on %3.</source>
        <translation>Hecho con %1 %2 el %3.</translation>
    </message>
</context>
<context>
    <name>OutputJourneyPicture</name>
    <message>
        <source>The journey continues on the next page</source>
        <translation>El recorrido continúa en la página siguiente</translation>
    </message>
</context>
<context>
    <name>OutputPagedText</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>OutputTrainingPdf</name>
    <message>
        <source>Training record: %1</source>
        <translation>Registro de formación: %1</translation>
    </message>
</context>
<context>
    <name>PanelsCareTeam</name>
    <message>
        <source>Everyone (no filter)</source>
        <translation>Todo el mundo (sin filtro)</translation>
    </message>
    <message>
        <source>Care team</source>
        <translation>Equipo sanitario</translation>
    </message>
    <message>
        <source>Choose a person to see the steps they take part in.</source>
        <translation>Elija una persona para ver las etapas en las que participa.</translation>
    </message>
    <message>
        <source>Care team: choose a role to highlight their steps</source>
        <translation>Equipo sanitario: elija una función para resaltar sus etapas</translation>
    </message>
    <message>
        <source>Show every step the same way</source>
        <translation>Mostrar todas las etapas igual</translation>
    </message>
</context>
<context>
    <name>PanelsDetails</name>
    <message>
        <source>Step details</source>
        <translation>Detalles de la etapa</translation>
    </message>
    <message>
        <source>Change the step</source>
        <translation>Modificar la etapa</translation>
    </message>
    <message>
        <source>No pathway is open.</source>
        <translation>No hay ningún itinerario abierto.</translation>
    </message>
    <message>
        <source>Click a step to see what happens, who is there and how to prepare.</source>
        <translation>Haga clic en una etapa para ver qué ocurre, quién está presente y cómo prepararse.</translation>
    </message>
    <message>
        <source>You can also use the arrow keys to move between steps, and Ctrl+F to search.</source>
        <translation>También puede usar las teclas de flecha para pasar de una etapa a otra, y Ctrl+F para buscar.</translation>
    </message>
    <message>
        <source>Part of the journey: %1</source>
        <translation>Parte del recorrido: %1</translation>
    </message>
    <message>
        <source>your clinic</source>
        <translation>su centro</translation>
    </message>
    <message>
        <source>Local rules from %1</source>
        <translation>Normas locales de %1</translation>
    </message>
    <message>
        <source>Words used on this page</source>
        <translation>Palabras usadas en esta página</translation>
    </message>
    <message>
        <source>Words with a dotted line are explained here. Point at one, or click it, to see what it means.</source>
        <translation>Las palabras subrayadas con puntos se explican aquí. Pase el ratón por encima de una, o haga clic en ella, para ver qué significa.</translation>
    </message>
</context>
<context>
    <name>PanelsSearchBar</name>
    <message>
        <source>Search steps (Ctrl+F)</source>
        <translation>Buscar etapas (Ctrl+F)</translation>
    </message>
    <message>
        <source>No step found</source>
        <translation>Ninguna etapa encontrada</translation>
    </message>
    <message>
        <source>Search steps</source>
        <translation>Buscar etapas</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>No step mentions &apos;%1&apos;</source>
        <translation>Ninguna etapa menciona “%1”</translation>
    </message>
</context>
<context>
    <name>PresentationChoices</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>Something also happens at the same time. Press %1 to see it:</source>
        <translation>Al mismo tiempo también ocurre algo. Pulse %1 para verlo:</translation>
    </message>
    <message>
        <source>Some people go another way here, and something also happens at the same time. Press %1 to see one:</source>
        <translation>Aquí algunas personas siguen otro camino, y al mismo tiempo también ocurre algo. Pulse %1 para ver uno de ellos:</translation>
    </message>
    <message>
        <source>Some people go another way here. Press %1 to see that path:</source>
        <translation>Aquí algunas personas siguen otro camino. Pulse %1 para ver ese camino:</translation>
    </message>
    <message>
        <source>next</source>
        <translation>a continuación</translation>
    </message>
</context>
<context>
    <name>PresentationNotes</name>
    <message>
        <source>No presenter notes for this step.</source>
        <translation>No hay notas del presentador para esta etapa.</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Ahora: %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Siguiente: %1</translation>
    </message>
    <message>
        <source>Next: (the end of the journey)</source>
        <translation>Siguiente: (el final del recorrido)</translation>
    </message>
    <message>
        <source>Presenter view</source>
        <translation>Vista del presentador</translation>
    </message>
</context>
<context>
    <name>PresentationStrip</name>
    <message>
        <source>The whole journey. %1: step %2 of %3</source>
        <translation>Todo el recorrido. %1: etapa %2 de %3</translation>
    </message>
</context>
<context>
    <name>PresentationView</name>
    <message>
        <source>You are here</source>
        <translation>Usted está aquí</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <source>Presentation: one step of the journey at a time</source>
        <translation>Presentación: una etapa del recorrido cada vez</translation>
    </message>
    <message>
        <source>Side path from here</source>
        <translation>Camino secundario desde aquí</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Etapa %1 de %2</translation>
    </message>
    <message>
        <source>Only if needed: a side path at step %1 of %2</source>
        <translation>Solo si hace falta: un camino secundario en la etapa %1 de %2</translation>
    </message>
    <message>
        <source>Only if needed: a side path</source>
        <translation>Solo si hace falta: un camino secundario</translation>
    </message>
    <message>
        <source>Your dates: %1</source>
        <translation>Sus fechas: %1</translation>
    </message>
    <message>
        <source>your clinic</source>
        <translation>su centro</translation>
    </message>
    <message>
        <source>Local rules from %1</source>
        <translation>Normas locales de %1</translation>
    </message>
    <message>
        <source>This is the last step of the journey.</source>
        <translation>Esta es la última etapa del recorrido.</translation>
    </message>
    <message>
        <source>→  Next: %1</source>
        <translation>→  Siguiente: %1</translation>
    </message>
    <message>
        <source>→  Back to: %1 (%2)</source>
        <translation>→  Vuelta a: %1 (%2)</translation>
    </message>
    <message>
        <source>→  Back to the main journey: %1</source>
        <translation>→  Vuelta al recorrido principal: %1</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Atrás</translation>
    </message>
    <message>
        <source>↓ More below</source>
        <translation>↓ Más abajo</translation>
    </message>
    <message>
        <source>N: notes</source>
        <translation>N: notas</translation>
    </message>
    <message>
        <source>Esc: leave</source>
        <translation>Esc: salir</translation>
    </message>
</context>
<context>
    <name>SuggestionsDialog</name>
    <message>
        <source>Suggestions made on this computer</source>
        <translation>Sugerencias hechas en este ordenador</translation>
    </message>
</context>
<context>
    <name>TimelineItems</name>
    <message>
        <source>time squeezed to fit</source>
        <translation>tiempo comprimido para que quepa</translation>
    </message>
</context>
<context>
    <name>TimelineScene</name>
    <message>
        <source>No fixed day</source>
        <translation>Sin día fijo</translation>
    </message>
    <message>
        <source>Main journey: the steps most people go through</source>
        <translation>Recorrido principal: las etapas por las que pasa la mayoría de las personas</translation>
    </message>
    <message>
        <source>%1: some people also go through these steps</source>
        <translation>%1: algunas personas pasan también por estas etapas</translation>
    </message>
    <message>
        <source>Day 0 is %1. More than 2 weeks before or after it, the time is squeezed (shaded), so that the busy days and the years of follow-up both fit.</source>
        <translation>El día 0 es %1. Más de 2 semanas antes o después, el tiempo se comprime (zona sombreada) para que quepan tanto los días de más actividad como los años de seguimiento.</translation>
    </message>
    <message>
        <source>Days count from %1 (day 0). Before day -14 and after day +14 the time is squeezed (shaded), so that the busy days and the years of follow-up both fit.</source>
        <translation>Los días se cuentan desde %1 (día 0). Antes del día -14 y después del día +14, el tiempo se comprime (zona sombreada) para que quepan tanto los días de más actividad como los años de seguimiento.</translation>
    </message>
    <message>
        <source>Timings are typical: your team plans your own dates.</source>
        <translation>Los plazos son los habituales: su equipo planifica sus propias fechas.</translation>
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
        <translation>Cronología: las etapas en el orden en que se suceden (este itinerario no indica días)</translation>
    </message>
    <message>
        <source>Timeline: the steps on a calendar of days around day 0</source>
        <translation>Cronología: las etapas en un calendario de días alrededor del día 0</translation>
    </message>
    <message>
        <source>Each step is an item. Arrow keys move between the steps; Enter shows the step&apos;s details.</source>
        <translation>Cada etapa es un elemento. Las teclas de flecha pasan de una etapa a otra; Intro muestra los detalles de la etapa.</translation>
    </message>
</context>
<context>
    <name>TrainingQuestionPage</name>
    <message>
        <source>Show this step on the map</source>
        <translation>Mostrar esta etapa en el mapa</translation>
    </message>
    <message>
        <source>Check answer</source>
        <translation>Comprobar respuesta</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Siguiente pregunta</translation>
    </message>
    <message>
        <source>Stop quiz</source>
        <translation>Detener cuestionario</translation>
    </message>
    <message>
        <source>End the quiz now and see the results so far (Esc)</source>
        <translation>Terminar el cuestionario ahora y ver los resultados obtenidos hasta el momento (Esc)</translation>
    </message>
    <message>
        <source>See results</source>
        <translation>Ver resultados</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>Correcto.</translation>
    </message>
    <message>
        <source>Not quite. The right answer is: %1</source>
        <translation>No exactamente. La respuesta correcta es: %1</translation>
    </message>
</context>
<context>
    <name>TrainingResultsPage</name>
    <message>
        <source>Passed: %1 of %2 right (%3 %; pass mark %4 %)</source>
        <translation>Aprobado: %1 de %2 correctas (%3 %; mínimo para aprobar: %4 %)</translation>
    </message>
    <message>
        <source>Not passed yet: %1 of %2 right (%3 %; pass mark %4 %)</source>
        <translation>Aún no aprobado: %1 de %2 correctas (%3 %; mínimo para aprobar: %4 %)</translation>
    </message>
    <message>
        <source>Right answer: %1</source>
        <translation>Respuesta correcta: %1</translation>
    </message>
    <message>
        <source>None: every answer was right.</source>
        <translation>Ninguna: todas las respuestas eran correctas.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ninguna.</translation>
    </message>
    <message>
        <source>Questions missed</source>
        <translation>Preguntas falladas</translation>
    </message>
    <message>
        <source>Steps to revisit</source>
        <translation>Etapas que repasar</translation>
    </message>
    <message>
        <source>Optional; printed on the export only, never saved</source>
        <translation>Opcional; solo se imprime en la exportación, nunca se guarda</translation>
    </message>
    <message>
        <source>Export CSV...</source>
        <translation>Exportar CSV...</translation>
    </message>
    <message>
        <source>Export PDF...</source>
        <translation>Exportar PDF...</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nueva sesión</translation>
    </message>
    <message>
        <source>Trainee&apos;s name for the export:</source>
        <translation>Nombre de la persona en formación, para la exportación:</translation>
    </message>
    <message>
        <source>Results: %1 (%2)</source>
        <translation>Resultados: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>TrainingView</name>
    <message>
        <source>Train</source>
        <translation>Formación</translation>
    </message>
    <message>
        <source>Train: questions from this pathway</source>
        <translation>Formación: preguntas a partir de este itinerario</translation>
    </message>
    <message>
        <source>The same seed gives the same questions in the same order</source>
        <translation>La misma semilla da las mismas preguntas en el mismo orden</translation>
    </message>
    <message>
        <source>The share of right answers that passes; kept in the settings</source>
        <translation>La proporción de respuestas correctas necesaria para aprobar; se guarda en los ajustes</translation>
    </message>
    <message>
        <source>Start quiz</source>
        <translation>Empezar cuestionario</translation>
    </message>
    <message>
        <source>Play scenario</source>
        <translation>Iniciar escenario</translation>
    </message>
    <message>
        <source>Grading practice (CRS, ICE score, ICANS)</source>
        <translation>Práctica de gradación (SLC, puntuación ICE, ICANS)</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>Module:</source>
        <translation>Módulo:</translation>
    </message>
    <message>
        <source>Questions:</source>
        <translation>Preguntas:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Semilla:</translation>
    </message>
    <message>
        <source>Pass mark:</source>
        <translation>Mínimo para aprobar:</translation>
    </message>
    <message>
        <source>Scenario: a patient&apos;s days, one event at a time</source>
        <translation>Escenario: los días de un paciente, un suceso cada vez</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Escenario:</translation>
    </message>
    <message>
        <source>Grading practice</source>
        <translation>Práctica de gradación</translation>
    </message>
    <message>
        <source>Cases graded by the ASTCT consensus rules. %1</source>
        <translation>Casos graduados según los criterios de consenso de la ASTCT. %1</translation>
    </message>
    <message>
        <source>The whole pathway</source>
        <translation>Todo el itinerario</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Para: %1</translation>
    </message>
    <message>
        <source>This pathway has no scenarios for this module</source>
        <translation>Este itinerario no tiene escenarios para este módulo</translation>
    </message>
    <message>
        <source>scenario: %1</source>
        <translation>escenario: %1</translation>
    </message>
    <message>
        <source>grading practice</source>
        <translation>práctica de gradación</translation>
    </message>
    <message>
        <source>Question %1 of %2  (%3)</source>
        <translation>Pregunta %1 de %2  (%3)</translation>
    </message>
</context>
<context>
    <name>WindowCrash</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo ha fallado</translation>
    </message>
    <message>
        <source>Something went wrong, but the app is still running and nothing was lost.</source>
        <translation>Algo ha fallado, pero el programa sigue funcionando y no se ha perdido nada.</translation>
    </message>
    <message>
        <source>You can carry on. If it happens again, please send this file to your IT support:</source>
        <translation>Puede continuar. Si vuelve a ocurrir, envíe este archivo a su servicio de soporte informático:</translation>
    </message>
</context>
<context>
    <name>WindowDialogCommands</name>
    <message>
        <source>Quick guide</source>
        <translation>Guía rápida</translation>
    </message>
</context>
<context>
    <name>WindowEditCommands</name>
    <message>
        <source>Cannot edit this file</source>
        <translation>No se puede modificar este archivo</translation>
    </message>
    <message>
        <source>%1 cannot be read any more (%2). It may have been moved, renamed or deleted since it was opened. Open it again from where it is now.</source>
        <translation>Ya no se puede leer %1 (%2). Puede que se haya movido, cambiado de nombre o eliminado desde que se abrió. Vuelva a abrirlo desde donde esté ahora.</translation>
    </message>
    <message>
        <source>This step</source>
        <translation>Esta etapa</translation>
    </message>
    <message>
        <source>Whole pathway</source>
        <translation>Todo el itinerario</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>The pathways that come with the viewer are part of it and are never changed. Save your pathway under another name, in a folder of your own.</source>
        <translation>Los itinerarios que vienen con el programa forman parte de él y nunca se modifican. Guarde su itinerario con otro nombre, en una carpeta propia.</translation>
    </message>
    <message>
        <source>Nothing was saved; your changes are still here.</source>
        <translation>No se ha guardado nada; sus cambios siguen aquí.</translation>
    </message>
    <message>
        <source>This pathway cannot be saved yet</source>
        <translation>Este itinerario aún no se puede guardar</translation>
    </message>
    <message>
        <source>Click a problem in the Problems list to go to the step and the box to fix.</source>
        <translation>Haga clic en un problema de la lista Problemas para ir a la etapa y al campo que hay que corregir.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>The file was changed</source>
        <translation>El archivo ha cambiado</translation>
    </message>
    <message>
        <source>%1 was changed by someone or something else since you began changing it here. Saving now replaces those changes with yours. To keep both, cancel and use Save As to save yours under another name.</source>
        <translation>Otra persona u otro programa ha cambiado %1 desde que empezó a modificarlo aquí. Si guarda ahora, esos cambios se sustituirán por los suyos. Para conservar ambos, cancele y use Guardar como para guardar los suyos con otro nombre.</translation>
    </message>
    <message>
        <source>Save over their changes</source>
        <translation>Sobrescribir esos cambios</translation>
    </message>
    <message>
        <source>Save the pathway as</source>
        <translation>Guardar el itinerario como</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>You have changed the pathway and not saved it. Save the changes?</source>
        <translation>Ha modificado el itinerario y no lo ha guardado. ¿Guardar los cambios?</translation>
    </message>
    <message>
        <source>Restore unsaved changes?</source>
        <translation>¿Recuperar los cambios sin guardar?</translation>
    </message>
    <message>
        <source>the bundled pathway</source>
        <translation>el itinerario incluido</translation>
    </message>
    <message>
        <source>The viewer closed while you were changing %1, before the changes were saved. Bring the changes back?</source>
        <translation>El programa se cerró mientras modificaba %1, antes de guardar los cambios. ¿Recuperar los cambios?</translation>
    </message>
</context>
<context>
    <name>WindowOpenCommands</name>
    <message>
        <source>Open pathway</source>
        <translation>Abrir itinerario</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Abierto: %1</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>No hay archivos recientes</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>Archivo no encontrado</translation>
    </message>
    <message>
        <source>%1 is no longer at %2. It may have been moved or deleted, so it has been removed from Open recent.</source>
        <translation>%1 ya no está en %2. Puede que se haya movido o eliminado, así que se ha quitado de Abrir reciente.</translation>
    </message>
</context>
<context>
    <name>WindowOutputCommands</name>
    <message>
        <source>Export view</source>
        <translation>Exportar vista</translation>
    </message>
    <message>
        <source>The picture could not be saved</source>
        <translation>No se ha podido guardar la imagen</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>Export handout</source>
        <translation>Exportar folleto</translation>
    </message>
    <message>
        <source>The handout could not be saved</source>
        <translation>No se ha podido guardar el folleto</translation>
    </message>
    <message>
        <source>Saved the handout (%1 pages) to %2</source>
        <translation>Se ha guardado el folleto (%1 páginas) en %2</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>Imprimir folleto</translation>
    </message>
    <message>
        <source>The handout could not be printed</source>
        <translation>No se ha podido imprimir el folleto</translation>
    </message>
    <message>
        <source>Sent the handout (%1 pages) to the printer</source>
        <translation>Se ha enviado el folleto (%1 páginas) a la impresora</translation>
    </message>
    <message>
        <source>Making the handout…</source>
        <translation>Creando el folleto…</translation>
    </message>
</context>
<context>
    <name>WindowReviewCommands</name>
    <message>
        <source>Export the comparison</source>
        <translation>Exportar la comparación</translation>
    </message>
    <message>
        <source>The comparison could not be saved</source>
        <translation>No se ha podido guardar la comparación</translation>
    </message>
    <message>
        <source>Saved the comparison to %1</source>
        <translation>Se ha guardado la comparación en %1</translation>
    </message>
    <message>
        <source>This pathway cannot be signed off yet</source>
        <translation>Este itinerario aún no se puede validar</translation>
    </message>
    <message>
        <source>Save the signed pathway as</source>
        <translation>Guardar el itinerario validado como</translation>
    </message>
    <message>
        <source>The sign-off was not saved</source>
        <translation>No se ha guardado la validación</translation>
    </message>
    <message>
        <source>Signed off and saved %1</source>
        <translation>Validado y guardado: %1</translation>
    </message>
    <message>
        <source>Suggest a change</source>
        <translation>Sugerir un cambio</translation>
    </message>
    <message>
        <source>Click the step you want to suggest a change to, then try again.</source>
        <translation>Haga clic en la etapa sobre la que quiere sugerir un cambio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The suggestion was not kept</source>
        <translation>No se ha guardado la sugerencia</translation>
    </message>
    <message>
        <source>Suggestion kept. Review &gt; Suggestions lists and exports them.</source>
        <translation>Sugerencia guardada. Revisión &gt; Sugerencias las muestra y las exporta.</translation>
    </message>
</context>
<context>
    <name>WindowTrainingCommands</name>
    <message>
        <source>Export training record</source>
        <translation>Exportar el registro de formación</translation>
    </message>
    <message>
        <source>The training record could not be saved</source>
        <translation>No se ha podido guardar el registro de formación</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>&apos;%1&apos; is not a date written as YYYY-MM-DD</source>
        <translation>“%1” no es una fecha escrita como AAAA-MM-DD</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a real date: there is no month %2</source>
        <translation>“%1” no es una fecha real: no existe el mes %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a real date: that month has %2 days</source>
        <translation>“%1” no es una fecha real: ese mes tiene %2 días</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a real date: there is no year 0</source>
        <translation>“%1” no es una fecha real: no existe el año 0</translation>
    </message>
    <message>
        <source>Educational information, not medical advice.</source>
        <translation>Información con fines educativos; no es un consejo médico.</translation>
    </message>
    <message>
        <source>Educational, not medical advice. Talk to your care team about your own care.</source>
        <translation>Con fines educativos; no es un consejo médico. Hable con su equipo sanitario sobre su propia atención.</translation>
    </message>
    <message>
        <source>For training only, not for treating a patient.</source>
        <translation>Solo para formación, no para tratar a un paciente.</translation>
    </message>
    <message>
        <source>Your team will tell you the local rules on staying near the centre and on driving.</source>
        <translation>Su equipo le explicará las normas locales sobre permanecer cerca del centro y sobre conducir.</translation>
    </message>
    <message>
        <source>Talk to your care team about your own care.</source>
        <translation>Hable con su equipo sanitario sobre su propia atención.</translation>
    </message>
    <message>
        <source>Talk to your care team.</source>
        <translation>Hable con su equipo sanitario.</translation>
    </message>
    <message>
        <source>Content last reviewed %1.</source>
        <translation>Contenido revisado por última vez el %1.</translation>
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
&lt;b&gt;Haga clic en una etapa&lt;/b&gt; para leer qué ocurre, quién está presente y cómo prepararse.&lt;br&gt;
&lt;b&gt;Las teclas de flecha&lt;/b&gt; pasan de una etapa a otra; &lt;b&gt;Intro&lt;/b&gt; abre los detalles.&lt;br&gt;
&lt;b&gt;Equipo sanitario&lt;/b&gt; (a la izquierda): elija una persona para resaltar las etapas en las que participa.&lt;br&gt;
&lt;b&gt;Ctrl+F&lt;/b&gt; busca; &lt;b&gt;Intro&lt;/b&gt; o &lt;b&gt;F3&lt;/b&gt; van al siguiente resultado, &lt;b&gt;Mayús+F3&lt;/b&gt; al anterior.&lt;br&gt;
&lt;b&gt;Ctrl++ / Ctrl+-&lt;/b&gt; acercan y alejan; &lt;b&gt;Inicio&lt;/b&gt; muestra todo el recorrido.&lt;br&gt;
&lt;b&gt;Ctrl+1 / Ctrl+2&lt;/b&gt; cambian entre los textos para pacientes y para profesionales.&lt;br&gt;
&lt;b&gt;Ctrl+J / Ctrl+T&lt;/b&gt; muestran el mapa del recorrido o la cronología de días.&lt;br&gt;
&lt;b&gt;F5&lt;/b&gt; presenta una etapa cada vez, a pantalla completa; &lt;b&gt;N&lt;/b&gt; muestra sus notas; &lt;b&gt;Esc&lt;/b&gt; sale.&lt;br&gt;
&lt;b&gt;Ctrl+D&lt;/b&gt; introduce las fechas del paciente (nunca se guardan).&lt;br&gt;
&lt;b&gt;Ctrl+Mayús+T&lt;/b&gt; forma al personal: cuestionarios, escenarios y práctica de gradación.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Qué ocurre</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Who is there</source>
        <translation>Quién está presente</translation>
    </message>
    <message>
        <source>What to bring and do</source>
        <translation>Qué llevar y qué hacer</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Preguntas que hacer</translation>
    </message>
    <message>
        <source>Watch for these and tell your team</source>
        <translation>Esté atento a estos signos y coménteselos a su equipo</translation>
    </message>
    <message>
        <source>Only if needed</source>
        <translation>Solo si hace falta</translation>
    </message>
    <message>
        <source>Only some people need this step.</source>
        <translation>Solo algunas personas necesitan esta etapa.</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>short date format: day, month, year</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>no fixed day</source>
        <translation>sin día fijo</translation>
    </message>
    <message>
        <source>For staff:</source>
        <translation>Para profesionales:</translation>
    </message>
    <message>
        <source>day 0</source>
        <translation>día 0</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>día %1</translation>
    </message>
    <message>
        <source>day %1 to %2</source>
        <translation>día %1 a %2</translation>
    </message>
    <message>
        <source>the main treatment day</source>
        <translation>el día principal del tratamiento</translation>
    </message>
    <message>
        <source>(estimate: no source gives this)</source>
        <translation>(estimación: ninguna fuente lo indica)</translation>
    </message>
    <message>
        <source>Your team will tell you the exact times.</source>
        <translation>Su equipo le dirá cuándo exactamente.</translation>
    </message>
    <message>
        <source>Call your team at once, day or night</source>
        <translation>Llame enseguida a su equipo, de día o de noche</translation>
    </message>
    <message>
        <source>Call emergency services</source>
        <translation>Llame a los servicios de emergencias</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>the first amount of a range: from/between ...</comment>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n week(s)</source>
        <comment>the first amount of a range: from/between ...</comment>
        <translation>
            <numerusform>alrededor de %n semana</numerusform>
            <numerusform>unas %n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n month(s)</source>
        <comment>the first amount of a range: from/between ...</comment>
        <translation>
            <numerusform>alrededor de %n mes</numerusform>
            <numerusform>unos %n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n year(s)</source>
        <comment>the first amount of a range: from/between ...</comment>
        <translation>
            <numerusform>alrededor de %n año</numerusform>
            <numerusform>unos %n años</numerusform>
        </translation>
    </message>
    <message>
        <source>1 year before</source>
        <translation>1 año antes</translation>
    </message>
    <message>
        <source>6 months before</source>
        <translation>6 meses antes</translation>
    </message>
    <message>
        <source>3 months before</source>
        <translation>3 meses antes</translation>
    </message>
    <message>
        <source>day -56</source>
        <translation>día -56</translation>
    </message>
    <message>
        <source>day -28</source>
        <translation>día -28</translation>
    </message>
    <message>
        <source>day -14</source>
        <translation>día -14</translation>
    </message>
    <message>
        <source>day -7</source>
        <translation>día -7</translation>
    </message>
    <message>
        <source>day +7</source>
        <translation>día +7</translation>
    </message>
    <message>
        <source>day +14</source>
        <translation>día +14</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 mes</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 meses</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>6 meses</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 año</translation>
    </message>
    <message>
        <source>2 years</source>
        <translation>2 años</translation>
    </message>
    <message>
        <source>3 years</source>
        <translation>3 años</translation>
    </message>
    <message>
        <source>5 years</source>
        <translation>5 años</translation>
    </message>
    <message>
        <source>10 years</source>
        <translation>10 años</translation>
    </message>
    <message>
        <source>15 years</source>
        <translation>15 años</translation>
    </message>
    <message>
        <source>20 years</source>
        <translation>20 años</translation>
    </message>
    <message>
        <source>30 years</source>
        <translation>30 años</translation>
    </message>
    <message>
        <source>Day 0</source>
        <translation>Día 0</translation>
    </message>
    <message>
        <source>%1 after</source>
        <comment>on a card</comment>
        <translation>%1 después</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semana</numerusform>
            <numerusform>%n semanas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 before</source>
        <comment>on a card</comment>
        <translation>%1 antes</translation>
    </message>
    <message numerus="yes">
        <source>about %n week(s)</source>
        <translation>
            <numerusform>alrededor de %n semana</numerusform>
            <numerusform>unas %n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n month(s)</source>
        <translation>
            <numerusform>alrededor de %n mes</numerusform>
            <numerusform>unos %n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n year(s)</source>
        <translation>
            <numerusform>alrededor de %n año</numerusform>
            <numerusform>unos %n años</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 before the main treatment day</source>
        <translation>%1 antes del día principal del tratamiento</translation>
    </message>
    <message>
        <source>%1 after the main treatment day</source>
        <translation>%1 después del día principal del tratamiento</translation>
    </message>
    <message>
        <source>%1 before %2</source>
        <comment>an amount of time before day 0 as the pathway names it</comment>
        <translation>%1 antes del día 0 (%2)</translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <comment>an amount of time after day 0 as the pathway names it</comment>
        <translation>%1 después del día 0 (%2)</translation>
    </message>
    <message>
        <source>On %1.</source>
        <comment>day 0 as the pathway names it</comment>
        <translation>El día 0 (%1).</translation>
    </message>
    <message>
        <source>On the main treatment day.</source>
        <translation>El día principal del tratamiento.</translation>
    </message>
    <message>
        <source>%1 later</source>
        <translation>%1 después</translation>
    </message>
    <message>
        <source>Sometime between the main treatment day and %1.</source>
        <translation>En algún momento entre el día principal del tratamiento y %1.</translation>
    </message>
    <message>
        <source>From the main treatment day to %1.</source>
        <translation>Desde el día principal del tratamiento hasta %1.</translation>
    </message>
    <message>
        <source>Sometime between %1 and %2.</source>
        <translation>En algún momento entre %1 y %2.</translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <translation>Desde %1 hasta %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>the second amount of a range: between ... and ...</comment>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n week(s)</source>
        <comment>the second amount of a range: between ... and ...</comment>
        <translation>
            <numerusform>alrededor de %n semana</numerusform>
            <numerusform>unas %n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n month(s)</source>
        <comment>the second amount of a range: between ... and ...</comment>
        <translation>
            <numerusform>alrededor de %n mes</numerusform>
            <numerusform>unos %n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n year(s)</source>
        <comment>the second amount of a range: between ... and ...</comment>
        <translation>
            <numerusform>alrededor de %n año</numerusform>
            <numerusform>unos %n años</numerusform>
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
        <translation>Desde el día 0 (%1) hasta %2.</translation>
    </message>
    <message>
        <source>From %1 to that day.</source>
        <comment>to day 0, named just before</comment>
        <translation>Desde %1 hasta ese día.</translation>
    </message>
    <message numerus="yes">
        <source>For %n day(s), %1.</source>
        <comment>how long a stretch lasts, then roughly when</comment>
        <translation>
            <numerusform>Durante %n día, %1.</numerusform>
            <numerusform>Durante %n días, %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sometime between %1 and %2.</source>
        <comment>between day 0 as the pathway names it and an amount later</comment>
        <translation>En algún momento entre el día 0 (%1) y %2.</translation>
    </message>
    <message>
        <source>Sometime between %1 and that day.</source>
        <comment>day 0, named just before</comment>
        <translation>En algún momento entre %1 y ese día.</translation>
    </message>
    <message>
        <source>%1, day 0 is %2</source>
        <translation>%1, el día 0 es %2</translation>
    </message>
    <message>
        <source>; happens on some day in this window</source>
        <translation>; tiene lugar algún día dentro de este periodo</translation>
    </message>
    <message>
        <source>about %1</source>
        <comment>an estimated range of time</comment>
        <translation>aproximadamente %1</translation>
    </message>
    <message>
        <source>%1. Your team will tell you how long it takes for you</source>
        <translation>%1. Su equipo le dirá cuánto tiempo lleva en su caso</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>6 cycles, every 3 weeks</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>menos de un minuto</translation>
    </message>
    <message>
        <source>less than an hour</source>
        <translation>menos de una hora</translation>
    </message>
    <message>
        <source>less than a day</source>
        <translation>menos de un día</translation>
    </message>
    <message>
        <source>less than a week</source>
        <translation>menos de una semana</translation>
    </message>
    <message>
        <source>less than a month</source>
        <translation>menos de un mes</translation>
    </message>
    <message>
        <source>less than a year</source>
        <translation>menos de un año</translation>
    </message>
    <message numerus="yes">
        <source>up to %n minute(s)</source>
        <translation>
            <numerusform>hasta %n minuto</numerusform>
            <numerusform>hasta %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %n hour(s)</source>
        <translation>
            <numerusform>hasta %n hora</numerusform>
            <numerusform>hasta %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %n day(s)</source>
        <translation>
            <numerusform>hasta %n día</numerusform>
            <numerusform>hasta %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %n week(s)</source>
        <translation>
            <numerusform>hasta %n semana</numerusform>
            <numerusform>hasta %n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %n month(s)</source>
        <translation>
            <numerusform>hasta %n mes</numerusform>
            <numerusform>hasta %n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %n year(s)</source>
        <translation>
            <numerusform>hasta %n año</numerusform>
            <numerusform>hasta %n años</numerusform>
        </translation>
    </message>
    <message>
        <source>up to %1 minutes</source>
        <translation>hasta %1 minutos</translation>
    </message>
    <message>
        <source>up to %1 hours</source>
        <translation>hasta %1 horas</translation>
    </message>
    <message>
        <source>up to %1 days</source>
        <translation>hasta %1 días</translation>
    </message>
    <message>
        <source>up to %1 weeks</source>
        <translation>hasta %1 semanas</translation>
    </message>
    <message>
        <source>up to %1 months</source>
        <translation>hasta %1 meses</translation>
    </message>
    <message>
        <source>up to %1 years</source>
        <translation>hasta %1 años</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>alrededor de %n minuto</numerusform>
            <numerusform>unos %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>alrededor de %n hora</numerusform>
            <numerusform>unas %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n day(s)</source>
        <translation>
            <numerusform>alrededor de %n día</numerusform>
            <numerusform>unos %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s)</source>
        <translation>
            <numerusform>%n ciclo</numerusform>
            <numerusform>%n ciclos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 minutes</source>
        <comment>a number with a fraction: about 1.5 minutes</comment>
        <translation>aproximadamente %1 minutos</translation>
    </message>
    <message>
        <source>about %1 hours</source>
        <comment>a number with a fraction: about 1.5 hours</comment>
        <translation>aproximadamente %1 horas</translation>
    </message>
    <message>
        <source>about %1 days</source>
        <comment>a number with a fraction: about 1.5 days</comment>
        <translation>aproximadamente %1 días</translation>
    </message>
    <message>
        <source>about %1 weeks</source>
        <comment>a number with a fraction: about 1.5 weeks</comment>
        <translation>aproximadamente %1 semanas</translation>
    </message>
    <message>
        <source>about %1 months</source>
        <comment>a number with a fraction: about 1.5 months</comment>
        <translation>aproximadamente %1 meses</translation>
    </message>
    <message>
        <source>about %1 years</source>
        <comment>a number with a fraction: about 1.5 years</comment>
        <translation>aproximadamente %1 años</translation>
    </message>
    <message>
        <source>%1 to %2 minutes</source>
        <translation>de %1 a %2 minutos</translation>
    </message>
    <message>
        <source>%1 to %2 hours</source>
        <translation>de %1 a %2 horas</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>hacia el %1</translation>
    </message>
    <message>
        <source>%1 to %2 days</source>
        <translation>de %1 a %2 días</translation>
    </message>
    <message>
        <source>%1 to %2 weeks</source>
        <translation>de %1 a %2 semanas</translation>
    </message>
    <message>
        <source>%1 to %2 months</source>
        <translation>de %1 a %2 meses</translation>
    </message>
    <message>
        <source>%1 to %2 years</source>
        <translation>de %1 a %2 años</translation>
    </message>
    <message>
        <source>%1 to %2 cycles</source>
        <translation>de %1 a %2 ciclos</translation>
    </message>
    <message>
        <source>%1 to %2 sessions</source>
        <translation>de %1 a %2 sesiones</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>sometime between %1 and %2</source>
        <translation>en algún momento entre %1 y %2</translation>
    </message>
    <message>
        <source>about %1 to %2</source>
        <translation>aproximadamente de %1 a %2</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>date format: month and year</comment>
        <translation>MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>Emergency number: ask your team which number to call</source>
        <translation>Teléfono de urgencias: pregunte a su equipo a qué número llamar</translation>
    </message>
    <message>
        <source>Emergency number: %1</source>
        <translation>Teléfono de urgencias: %1</translation>
    </message>
    <message>
        <source>Write it here</source>
        <translation>Anótelo aquí</translation>
    </message>
    <message>
        <source>Due for review since %1</source>
        <translation>Revisión pendiente desde el %1</translation>
    </message>
    <message>
        <source>Content version %1</source>
        <translation>Versión del contenido %1</translation>
    </message>
    <message>
        <source>last reviewed %1</source>
        <translation>revisado por última vez el %1</translation>
    </message>
    <message>
        <source>reviewed %1 by %2</source>
        <translation>revisado el %1 por %2</translation>
    </message>
    <message>
        <source>next review %1</source>
        <translation>próxima revisión el %1</translation>
    </message>
    <message>
        <source>evidence up to %1</source>
        <translation>bibliografía hasta el %1</translation>
    </message>
    <message>
        <source>Outpatient clinic: you go home the same day</source>
        <translation>Consulta externa: vuelve a casa el mismo día</translation>
    </message>
    <message>
        <source>Hospital ward: you stay in hospital</source>
        <translation>Planta de hospitalización: se queda en el hospital</translation>
    </message>
    <message>
        <source>Laboratory: you do not need to be there</source>
        <translation>Laboratorio: no hace falta que usted esté presente</translation>
    </message>
    <message>
        <source>At home</source>
        <translation>En casa</translation>
    </message>
    <message>
        <source>Near the treatment centre: you stay close by</source>
        <translation>Cerca del centro de tratamiento: se queda cerca</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>date format: weekday, day, month, year</comment>
        <translation>ddd, d MMM yyyy</translation>
    </message>
    <message>
        <source>Clinical details (for staff)</source>
        <translation>Detalles clínicos (para el personal)</translation>
    </message>
    <message>
        <source>How long: %1.</source>
        <translation>Duración: %1.</translation>
    </message>
    <message>
        <source>Usually %1.</source>
        <translation>Por lo general, %1.</translation>
    </message>
    <message>
        <source>Typical timing: %1.</source>
        <translation>Momento habitual: %1.</translation>
    </message>
    <message>
        <source>Your planned dates: %1.</source>
        <translation>Sus fechas previstas: %1.</translation>
    </message>
    <message>
        <source>How long and when</source>
        <translation>Duración y momento</translation>
    </message>
    <message>
        <source>Your visit dates</source>
        <translation>Las fechas de sus visitas</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>At the same time</source>
        <translation>Al mismo tiempo</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>The end of this path</source>
        <translation>El final de este camino</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Who is there and what they do</source>
        <translation>Quién está presente y qué hace cada uno</translation>
    </message>
    <message>
        <source>What to expect</source>
        <translation>Qué puede esperar</translation>
    </message>
    <message>
        <source>How to prepare and what to bring</source>
        <translation>Cómo prepararse y qué llevar</translation>
    </message>
    <message>
        <source>Questions you may want to ask</source>
        <translation>Preguntas que quizá quiera hacer</translation>
    </message>
    <message>
        <source>%1: call emergency services</source>
        <translation>%1: llame a los servicios de emergencias</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problema</numerusform>
            <numerusform>%n problemas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s), kept in %1</source>
        <translation>
            <numerusform>%n sugerencia, guardada en %1</numerusform>
            <numerusform>%n sugerencias, guardadas en %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) found: press Enter</source>
        <translation>
            <numerusform>%n etapa encontrada: pulse Intro</numerusform>
            <numerusform>%n etapas encontradas: pulse Intro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n año</numerusform>
            <numerusform>%n años</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 before to %2 after</source>
        <translation>de %1 antes a %2 después</translation>
    </message>
    <message>
        <source>day 0 to %1 after</source>
        <translation>del día 0 a %1 después</translation>
    </message>
    <message>
        <source>%1 before to day 0</source>
        <translation>de %1 antes al día 0</translation>
    </message>
    <message>
        <source>days %1 to %2</source>
        <comment>a card&apos;s days for staff: days -28 to -6</comment>
        <translation>días %1 a %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n step(s))</source>
        <translation>
            <numerusform>%1 (%n etapa)</numerusform>
            <numerusform>%1 (%n etapas)</numerusform>
        </translation>
    </message>
    <message>
        <source>if when once after until unless while before</source>
        <translation>si cuando después hasta salvo mientras antes tras</translation>
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
        <translation>vuelta a %1</translation>
    </message>
    <message>
        <source>back to %1 (%2)</source>
        <comment>a way back to an earlier step (what happens)</comment>
        <translation>vuelta a %1 (%2)</translation>
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
        <translation>A continuación, %1: %2</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <comment>the first way out of a step</comment>
        <translation>A continuación: %1</translation>
    </message>
    <message>
        <source>; or, %1: %2</source>
        <comment>another way out of a step: condition, step</comment>
        <translation>; o bien, %1: %2</translation>
    </message>
    <message>
        <source>; or: %1</source>
        <comment>another way out of a step</comment>
        <translation>; o bien: %1</translation>
    </message>
    <message>
        <source>Part of the journey: %1.</source>
        <translation>Parte del recorrido: %1.</translation>
    </message>
    <message>
        <source>Step %1 of %2 on the main journey.</source>
        <translation>Etapa %1 de %2 del recorrido principal.</translation>
    </message>
    <message>
        <source>At the same time as: %1.</source>
        <translation>Al mismo tiempo que: %1.</translation>
    </message>
    <message>
        <source>Only some people take this step.</source>
        <translation>Solo algunas personas pasan por esta etapa.</translation>
    </message>
    <message>
        <source>Takes %1.</source>
        <comment>how long a step takes</comment>
        <translation>Dura %1.</translation>
    </message>
    <message>
        <source>When: %1.</source>
        <translation>Cuándo: %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an outline line: condition: step</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>as long as needed</source>
        <translation>el tiempo que haga falta</translation>
    </message>
    <message>
        <source>at the same time</source>
        <translation>al mismo tiempo</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>This path of the journey ends here.</source>
        <translation>Este camino del recorrido termina aquí.</translation>
    </message>
    <message>
        <source>This pathway does not say on which days its steps happen. Here they are in the order they come. Your team will tell you when each one is.</source>
        <translation>Este itinerario no indica en qué días tienen lugar sus etapas. Aquí aparecen en el orden en que se suceden. Su equipo le dirá cuándo es cada una.</translation>
    </message>
    <message>
        <source>Skipping ahead to a later step</source>
        <translation>Salto directo a una etapa posterior</translation>
    </message>
    <message>
        <source>often</source>
        <translation>a menudo</translation>
    </message>
    <message>
        <source>sometimes</source>
        <translation>a veces</translation>
    </message>
    <message>
        <source>rarely</source>
        <translation>rara vez</translation>
    </message>
    <message>
        <source>This happens often.</source>
        <translation>Esto ocurre a menudo.</translation>
    </message>
    <message>
        <source>This happens sometimes.</source>
        <translation>Esto ocurre a veces.</translation>
    </message>
    <message>
        <source>This happens rarely.</source>
        <translation>Esto ocurre rara vez.</translation>
    </message>
    <message>
        <source>this happens often</source>
        <translation>esto ocurre a menudo</translation>
    </message>
    <message>
        <source>this happens sometimes</source>
        <translation>esto ocurre a veces</translation>
    </message>
    <message>
        <source>this happens rarely</source>
        <translation>esto ocurre rara vez</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>at the same time: when</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>every %n days</source>
        <translation>
            <numerusform>cada %n día</numerusform>
            <numerusform>cada %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n weeks</source>
        <translation>
            <numerusform>cada %n semana</numerusform>
            <numerusform>cada %n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n months</source>
        <translation>
            <numerusform>cada %n mes</numerusform>
            <numerusform>cada %n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n years</source>
        <translation>
            <numerusform>cada %n año</numerusform>
            <numerusform>cada %n años</numerusform>
        </translation>
    </message>
    <message>
        <source>every day</source>
        <translation>todos los días</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>todas las semanas</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>todos los meses</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>todos los años</translation>
    </message>
    <message>
        <source>There is one visit. It is listed below.</source>
        <translation>Hay una visita. Se indica más abajo.</translation>
    </message>
    <message>
        <source>There is one visit. Day: %1.</source>
        <translation>Hay una visita. Día: %1.</translation>
    </message>
    <message numerus="yes">
        <source>There are %n visits.</source>
        <translation>
            <numerusform>Hay %n visita.</numerusform>
            <numerusform>Hay %n visitas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each visit is listed below.</source>
        <translation>Cada visita se indica más abajo.</translation>
    </message>
    <message>
        <source>Days: %1.</source>
        <translation>Días: %1.</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <comment>every 3 months until day +365</comment>
        <translation>%1 hasta %2</translation>
    </message>
    <message>
        <source>Visits come %1.</source>
        <translation>Las visitas son %1.</translation>
    </message>
    <message>
        <source>, then </source>
        <comment>joins rhythms of visits</comment>
        <translation>, luego </translation>
    </message>
    <message numerus="yes">
        <source>And %n more visit(s) after that, the last on %1.</source>
        <translation>
            <numerusform>Y %n visita más después, el %1.</numerusform>
            <numerusform>Y %n visitas más después; la última, el %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>This happens at the same time as “%1” (%2).</source>
        <translation>Esto ocurre al mismo tiempo que “%1” (%2).</translation>
    </message>
    <message>
        <source>This happens at the same time as “%1”.</source>
        <translation>Esto ocurre al mismo tiempo que “%1”.</translation>
    </message>
    <message>
        <source>Coming here (%1): %2.</source>
        <translation>Llegada aquí (%1): %2.</translation>
    </message>
    <message>
        <source>Coming back here (%1): %2.</source>
        <translation>Vuelta aquí (%1): %2.</translation>
    </message>
    <message>
        <source>Going on to “%1” (%2): %3.</source>
        <translation>Paso a “%1” (%2): %3.</translation>
    </message>
    <message>
        <source>Going back to “%1” (%2): %3.</source>
        <translation>Vuelta a “%1” (%2): %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visita</numerusform>
            <numerusform>%n visitas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>17 visits: every 3 months</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Diamonds mark the visits of a step that repeats; its details list every one.</source>
        <translation>Los rombos marcan las visitas de una etapa que se repite; sus detalles las enumeran todas.</translation>
    </message>
    <message>
        <source>A bar that fades out means the step lasts as long as it is needed, and ends by the end of the bar.</source>
        <translation>Una barra que se difumina indica que la etapa dura el tiempo que haga falta y termina, como muy tarde, al final de la barra.</translation>
    </message>
    <message>
        <source>From “%1” to “%2”: %3</source>
        <translation>De “%1” a “%2”: %3</translation>
    </message>
    <message>
        <source>From “%1” to “%2”</source>
        <translation>De “%1” a “%2”</translation>
    </message>
    <message>
        <source>%1. The line breaks here and goes on at the other number %2.</source>
        <translation>%1. La línea se corta aquí y continúa en el otro número %2.</translation>
    </message>
    <message numerus="yes">
        <source>◀ %n more before</source>
        <translation>
            <numerusform>◀ %n más antes</numerusform>
            <numerusform>◀ %n más antes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more after ▶</source>
        <translation>
            <numerusform>%n más después ▶</numerusform>
            <numerusform>%n más después ▶</numerusform>
        </translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>árabe</translation>
    </message>
    <message>
        <source>German</source>
        <translation>alemán</translation>
    </message>
    <message>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <source>French</source>
        <translation>francés</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>italiano</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>japonés</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>neerlandés</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>polaco</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>portugués</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>turco</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>chino</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>hebreo</translation>
    </message>
    <message>
        <source>This pathway is written in %1; the app&apos;s own words around it are in %2.</source>
        <translation>Este itinerario está escrito en %1; las palabras propias del programa que lo rodean están en %2.</translation>
    </message>
    <message>
        <source>The %1 translation cannot be shown</source>
        <translation>No se puede mostrar la traducción al %1</translation>
    </message>
    <message>
        <source>The pathway stays in its own language.</source>
        <translation>El itinerario se mantiene en su propio idioma.</translation>
    </message>
    <message>
        <source>The %1 translation is not complete: the parts not yet translated are shown in the pathway&apos;s own language.</source>
        <translation>La traducción al %1 no está completa: las partes aún sin traducir se muestran en el idioma original del itinerario.</translation>
    </message>
    <message>
        <source>The %1 date (%2) is the same day as day 0, %3 (%4). In this pathway the %1 comes before day 0.</source>
        <comment>%1 the day booked ahead, as the pathway names it; %3 what day 0 is, in the pathway&apos;s words</comment>
        <translation>La fecha de “%1” (%2) coincide con el día 0, %3 (%4). En este itinerario, “%1” es anterior al día 0.</translation>
    </message>
    <message>
        <source>The %1 date (%2) is after day 0, %3 (%4). In this pathway the %1 comes before day 0.</source>
        <comment>%1 the day booked ahead, as the pathway names it; %3 what day 0 is, in the pathway&apos;s words</comment>
        <translation>La fecha de “%1” (%2) es posterior al día 0, %3 (%4). En este itinerario, “%1” es anterior al día 0.</translation>
    </message>
    <message>
        <source>The day 0 date %1 is too close to the start of the calendar</source>
        <translation>La fecha del día 0, %1, está demasiado cerca del comienzo del calendario</translation>
    </message>
    <message>
        <source>The day 0 date %1 is too close to the end of the calendar</source>
        <translation>La fecha del día 0, %1, está demasiado cerca del final del calendario</translation>
    </message>
    <message>
        <source>Please check: the %1 date (%2) is outside its usual time in this pathway, %3 to %4.</source>
        <comment>%1 the day booked ahead, as the pathway names it</comment>
        <translation>Compruébelo, por favor: la fecha de “%1” (%2) está fuera de su periodo habitual en este itinerario, de %3 a %4.</translation>
    </message>
    <message>
        <source>No step of this pathway has a usual timing, so no step&apos;s date can be worked out from day 0.</source>
        <translation>Ninguna etapa de este itinerario tiene un momento habitual, así que no se puede calcular la fecha de ninguna etapa a partir del día 0.</translation>
    </message>
    <message>
        <source>No step of this pathway has a usual timing, so no step&apos;s date can be worked out from day 0: leave out %1.</source>
        <comment>%1 the command-line option, such as --day-zero-date</comment>
        <translation>Ninguna etapa de este itinerario tiene un momento habitual, así que no se puede calcular la fecha de ninguna etapa a partir del día 0: quite %1.</translation>
    </message>
    <message>
        <source>The day 0 date should be a calendar date, not %1</source>
        <translation>La fecha del día 0 debe ser una fecha del calendario, no %1</translation>
    </message>
    <message>
        <source>The booked date should be a calendar date, not %1</source>
        <translation>La fecha fijada debe ser una fecha del calendario, no %1</translation>
    </message>
    <message>
        <source>%1 takes part in this step.</source>
        <translation>%1 participa en esta etapa.</translation>
    </message>
    <message>
        <source>%1 has no part in this step.</source>
        <translation>%1 no participa en esta etapa.</translation>
    </message>
    <message>
        <source>Showing the steps of %1; each step says whether this person takes part.</source>
        <translation>Mostrando las etapas de %1; cada etapa indica si esta persona participa.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>quotation marks around a step&apos;s title or words in a quiz question</comment>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>At %1, who does this: %2</source>
        <translation>En %1, ¿quién hace esto? %2</translation>
    </message>
    <message>
        <source>At %1, the %2 does this.</source>
        <translation>En %1, esto lo hace: %2.</translation>
    </message>
    <message>
        <source>At %1, what does the %2 do?</source>
        <translation>En %1, ¿cuál es el papel de “%2”?</translation>
    </message>
    <message>
        <source>At %1, the %2: %3</source>
        <translation>En %1 – %2: %3</translation>
    </message>
    <message>
        <source>In the usual journey, what comes after %1?</source>
        <translation>En el recorrido habitual, ¿qué viene después de %1?</translation>
    </message>
    <message>
        <source>After %1 the journey goes on to %2.</source>
        <translation>Después de %1, el recorrido continúa con %2.</translation>
    </message>
    <message>
        <source>During %1: %2. Where does the journey go?</source>
        <translation>Durante %1: %2. ¿Hacia dónde va el recorrido?</translation>
    </message>
    <message>
        <source>The way marked %1 leads from %2 to %3.</source>
        <translation>El camino marcado como %1 lleva de %2 a %3.</translation>
    </message>
    <message>
        <source>When does %1 happen, counted from day 0?</source>
        <translation>¿Cuándo tiene lugar %1, contando desde el día 0?</translation>
    </message>
    <message>
        <source>%1 is timed %2.</source>
        <translation>%1 tiene lugar: %2.</translation>
    </message>
    <message>
        <source>Which of these means the patient should call at once, day or night?</source>
        <translation>¿Cuál de estos signos significa que el paciente debe llamar enseguida, de día o de noche?</translation>
    </message>
    <message>
        <source>%1 is one of the signs to call about at once, day or night.</source>
        <translation>%1 es uno de los signos por los que hay que llamar enseguida, de día o de noche.</translation>
    </message>
    <message>
        <source>What does %1 mean?</source>
        <translation>¿Qué significa %1?</translation>
    </message>
    <message>
        <source>Pathway: %1, version %2 (content %3)</source>
        <translation>Itinerario: %1, versión %2 (contenido %3)</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Fecha: %1</translation>
    </message>
    <message>
        <source>Module: %1</source>
        <translation>Módulo: %1</translation>
    </message>
    <message>
        <source>Quiz: %1</source>
        <translation>Cuestionario: %1</translation>
    </message>
    <message>
        <source>Seed: %1</source>
        <translation>Semilla: %1</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Puntuación:</translation>
    </message>
    <message>
        <source>Tick one box for each question.</source>
        <translation>Marque una casilla en cada pregunta.</translation>
    </message>
    <message>
        <source>Answer key: %1 (seed %2)</source>
        <translation>Soluciones: %1 (semilla %2)</translation>
    </message>
    <message>
        <source>Trainee: %1</source>
        <translation>Persona en formación: %1</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>No aprobado</translation>
    </message>
    <message>
        <source>Training record: %1</source>
        <translation>Registro de formación: %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3 right (%4 %; pass mark %5 %)</source>
        <translation>%1: %2 de %3 correctas (%4 %; mínimo para aprobar: %5 %)</translation>
    </message>
    <message>
        <source>Questions missed</source>
        <translation>Preguntas falladas</translation>
    </message>
    <message>
        <source>Right answer:</source>
        <translation>Respuesta correcta:</translation>
    </message>
    <message>
        <source>None: every answer was right.</source>
        <translation>Ninguna: todas las respuestas eran correctas.</translation>
    </message>
    <message>
        <source>Steps to revisit</source>
        <translation>Etapas que repasar</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ninguna.</translation>
    </message>
    <message>
        <source>whole pathway</source>
        <translation>todo el itinerario</translation>
    </message>
    <message>
        <source>Day %1: %2</source>
        <comment>a scenario&apos;s day and what is seen</comment>
        <translation>Día %1: %2</translation>
    </message>
</context>
</TS>
