<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
  <context>
    <name>DEGO</name>
    <message>
      <location filename="algorithms/catalogue_access.py" line="23" />
      <source>The live catalogue could not be used ({0}); using a saved copy.</source>
      <translation>De actuele catalogus kon niet worden gebruikt ({0}); er wordt een bewaarde kopie gebruikt.</translation>
    </message>
    <message>
      <location filename="algorithms/catalogue_access.py" line="33" />
      <source>“{0}” is not a municipality code; use a code like GM0363.</source>
      <translation>“{0}” is geen gemeentecode; gebruik een code als GM0363.</translation>
    </message>
    <message>
      <location filename="algorithms/catalogue_access.py" line="37" />
      <source>Could not load the municipality: {0}</source>
      <translation>De gemeente kon niet worden geladen: {0}</translation>
    </message>
    <message>
      <location filename="algorithms/catalogue_access.py" line="39" />
      <source>Municipality: {0} ({1})</source>
      <translation>Gemeente: {0} ({1})</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="125" />
      <source>No PDF was written to {0}.</source>
      <translation>Er is geen PDF geschreven in {0}.</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="127" />
      <source>Written: {0}</source>
      <translation>Geschreven: {0}</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="155" />
      <source>“{0}” could not be fetched: {1}</source>
      <translation>“{0}” kon niet worden opgehaald: {1}</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="174" />
      <source>No map could be made for {0}.</source>
      <translation>Voor {0} kon geen kaart worden gemaakt.</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="199" />
      <source>No buurt of {0} has the code {1}.</source>
      <translation>Geen buurt van {0} heeft de code {1}.</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="241" />
      <source>Warmteprogramma {0}: {1}</source>
      <translation>Warmteprogramma {0}: {1}</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="254" />
      <source>The DEGO catalogue has no transitievisie maps.</source>
      <translation>De DEGO-catalogus heeft geen transitievisiekaarten.</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="256" />
      <source>No warmteprogramma given: the maps {0} are skipped.</source>
      <translation>Geen warmteprogramma opgegeven: de kaarten {0} worden overgeslagen.</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="263" />
      <source>Unknown maps: {0}. The catalogue has: {1}</source>
      <translation>Onbekende kaarten: {0}. De catalogus heeft: {1}</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="267" />
      <source>The maps {0} draw the municipality's warmteprogramma: give its GeoPackage as PLAN.</source>
      <translation>De kaarten {0} tonen het warmteprogramma van de gemeente: geef de GeoPackage ervan op als PLAN.</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="55" />
      <source>Export transitievisie maps</source>
      <translation>Transitievisiekaarten exporteren</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="58" />
      <source>Makes the transitievisie maps of the DEGO catalogue for one municipality and saves them as PDF files, one per map and optionally one combined PDF. Maps: preset ids separated by commas, empty for all maps. With pages per wijk, each map is followed by one page per wijk. The Wat- and Wanneer-kaarten draw the municipality's warmteprogramma: give its GeoPackage as Warmteprogramma. Buurtprofielen: one A4 page per buurt (all, or the buurtcodes given) in the folder buurtprofielen, a PDF per buurt and one combined PDF; figures about few buildings or households are not shown (the privacy threshold of the DEGO settings).</source>
      <translation>Maakt de transitievisiekaarten van de DEGO-catalogus voor één gemeente en bewaart ze als PDF-bestanden, één per kaart en desgewenst één gecombineerde PDF. Kaarten: ids van de voorinstellingen, gescheiden door komma's; leeg voor alle kaarten. Met pagina's per wijk volgt op elke kaart één pagina per wijk. De Wat- en Wanneer-kaarten tonen het warmteprogramma van de gemeente: geef de GeoPackage ervan op als Warmteprogramma. Buurtprofielen: per buurt één A4 (alle buurten, of de opgegeven buurtcodes) in de map buurtprofielen, een PDF per buurt en één gecombineerde PDF; cijfers over weinig gebouwen of huishoudens worden niet getoond (de privacydrempel van de DEGO-instellingen).</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="70" />
      <source>Municipality code (e.g. GM0363)</source>
      <translation>Gemeentecode (bijv. GM0363)</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="72" />
      <source>Maps (preset ids, separated by commas; empty: all)</source>
      <translation>Kaarten (ids van voorinstellingen, gescheiden door komma's; leeg: alle)</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="74" />
      <source>Paper</source>
      <translation>Papier</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="74" />
      <source>As in the preset</source>
      <translation>Zoals in de voorinstelling</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="76" />
      <source>Orientation</source>
      <translation>Oriëntatie</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="78" />
      <source>Also one combined PDF</source>
      <translation>Ook één gecombineerde PDF</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="79" />
      <source>Add a page per wijk</source>
      <translation>Een pagina per wijk toevoegen</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="80" />
      <source>Warmteprogramma (GeoPackage) for the Wat- and Wanneer-kaarten</source>
      <translation>Warmteprogramma (GeoPackage) voor de Wat- en Wanneer-kaarten</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="84" />
      <source>No</source>
      <translation>Nee</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="84" />
      <source>Also the buurtprofielen</source>
      <translation>Ook de buurtprofielen</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="84" />
      <source>Only the buurtprofielen</source>
      <translation>Alleen de buurtprofielen</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="86" />
      <source>Buurtprofielen of these buurten (buurtcodes, separated by commas; empty: all)</source>
      <translation>Buurtprofielen van deze buurten (buurtcodes, gescheiden door komma's; leeg: alle)</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="88" />
      <source>Output folder</source>
      <translation>Uitvoermap</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="89" />
      <source>Files written</source>
      <translation>Geschreven bestanden</translation>
    </message>
    <message>
      <location filename="algorithms/load_layer.py" line="34" />
      <source>Load DEGO layer</source>
      <translation>DEGO-laag laden</translation>
    </message>
    <message>
      <location filename="algorithms/load_layer.py" line="37" />
      <source>Fetches a vector layer (WFS or OGC API Features) of the DEGO catalogue by its id, for example energielabel-wfs, and saves its features, for example to a GeoPackage. The catalogue is the one set under Settings ▸ Options ▸ DEGO. With a municipality code only the features of that municipality are saved.</source>
      <translation>Haalt een vectorlaag (WFS of OGC API Features) van de DEGO-catalogus op aan de hand van de id, bijvoorbeeld energielabel-wfs, en bewaart de objecten, bijvoorbeeld in een GeoPackage. De catalogus is die van Instellingen ▸ Opties ▸ DEGO. Met een gemeentecode worden alleen de objecten van die gemeente bewaard.</translation>
    </message>
    <message>
      <location filename="algorithms/load_layer.py" line="43" />
      <source>Catalogue layer id</source>
      <translation>Id van de laag in de catalogus</translation>
    </message>
    <message>
      <location filename="algorithms/load_layer.py" line="46" />
      <source>DEGO layer</source>
      <translation>DEGO-laag</translation>
    </message>
    <message>
      <location filename="algorithms/load_layer.py" line="61" />
      <source>“{0}” is not in the DEGO catalogue. Vector layers: {1}</source>
      <translation>“{0}” staat niet in de DEGO-catalogus. Vectorlagen: {1}</translation>
    </message>
    <message>
      <location filename="algorithms/load_layer.py" line="64" />
      <source>“{0}” is a map image or tile layer; only vector layers (WFS, OGC API Features) can be saved. Add it from the DEGO dock instead.</source>
      <translation>“{0}” is een kaartbeeld- of tegellaag; alleen vectorlagen (WFS, OGC API Features) kunnen worden opgeslagen. Voeg haar toe vanuit het DEGO-paneel.</translation>
    </message>
    <message>
      <location filename="algorithms/load_layer.py" line="68" />
      <source>Fetching “{0}”</source>
      <translation>“{0}” wordt opgehaald</translation>
    </message>
    <message>
      <location filename="algorithms/load_layer.py" line="80" />
      <source>Could not fetch “{0}”: {1}</source>
      <translation>“{0}” kon niet worden opgehaald: {1}</translation>
    </message>
    <message>
      <location filename="algorithms/plan_files.py" line="126" />
      <source>Import warmteprogramma file</source>
      <translation>Warmteprogrammabestand importeren</translation>
    </message>
    <message>
      <location filename="algorithms/plan_files.py" line="129" />
      <source>Reads a warmteprogramma file (GeoPackage or GeoJSON of the schema dego-warmteprogramma, e.g. an older version) and writes its values into a plan GeoPackage, buurt by buurt (matched by buurtcode). Values outside the lists are kept and listed in a validation report.</source>
      <translation>Leest een warmteprogrammabestand (GeoPackage of GeoJSON volgens het schema dego-warmteprogramma, bijvoorbeeld een oudere versie) en schrijft de waarden per buurt (op buurtcode) in een plan-GeoPackage. Waarden buiten de lijsten blijven behouden en staan in een validatierapport.</translation>
    </message>
    <message>
      <location filename="algorithms/plan_files.py" line="134" />
      <source>Warmteprogramma file (GeoPackage or GeoJSON)</source>
      <translation>Warmteprogrammabestand (GeoPackage of GeoJSON)</translation>
    </message>
    <message>
      <location filename="algorithms/plan_files.py" line="135" />
      <source>Plan to import into (GeoPackage)</source>
      <translation>Plan om in te importeren (GeoPackage)</translation>
    </message>
    <message>
      <location filename="algorithms/plan_files.py" line="137" />
      <source>Buurten imported</source>
      <translation>Geïmporteerde buurten</translation>
    </message>
    <message>
      <location filename="algorithms/plan_files.py" line="153" />
      <source>Validation of the import into {0}</source>
      <translation>Validatie van de import in {0}</translation>
    </message>
    <message numerus="yes">
      <location filename="algorithms/plan_files.py" line="156" />
      <source>%n buurten imported into {0}.</source>
      <translation>
        <numerusform>%n buurt geïmporteerd in {0}.</numerusform>
        <numerusform>%n buurten geïmporteerd in {0}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="algorithms/plan_files.py" line="30" />
      <source>%n values do not follow the schema; validation report: {0}</source>
      <translation>
        <numerusform>%n waarde volgt het schema niet; validatierapport: {0}</numerusform>
        <numerusform>%n waarden volgen het schema niet; validatierapport: {0}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="algorithms/plan_files.py" line="57" />
      <source>Export warmteprogramma as open data</source>
      <translation>Warmteprogramma exporteren als open data</translation>
    </message>
    <message>
      <location filename="algorithms/plan_files.py" line="60" />
      <source>Writes a municipality's warmteprogramma (the plan GeoPackage the Warmteprogramma button makes) as open data: a GeoPackage and a GeoJSON following the schema dego-warmteprogramma, with the municipality code, the version date and the licence in the metadata. Values that do not follow the schema are exported as they are and listed in a validation report.</source>
      <translation>Schrijft het warmteprogramma van een gemeente (de plan-GeoPackage die de knop Warmteprogramma maakt) als open data: een GeoPackage en een GeoJSON volgens het schema dego-warmteprogramma, met gemeentecode, versiedatum en licentie in de metadata. Waarden die het schema niet volgen, worden ongewijzigd geëxporteerd en staan in een validatierapport.</translation>
    </message>
    <message>
      <location filename="algorithms/plan_files.py" line="66" />
      <source>Warmteprogramma (GeoPackage)</source>
      <translation>Warmteprogramma (GeoPackage)</translation>
    </message>
    <message>
      <location filename="algorithms/plan_files.py" line="67" />
      <source>Version date (YYYY-MM-DD; empty: today)</source>
      <translation>Versiedatum (JJJJ-MM-DD; leeg: vandaag)</translation>
    </message>
    <message>
      <location filename="algorithms/plan_files.py" line="71" />
      <source>GeoPackage</source>
      <translation>GeoPackage</translation>
    </message>
    <message>
      <location filename="algorithms/plan_files.py" line="72" />
      <source>GeoJSON</source>
      <translation>GeoJSON</translation>
    </message>
    <message>
      <location filename="algorithms/plan_files.py" line="73" />
      <source>Values that do not follow the schema</source>
      <translation>Waarden die het schema niet volgen</translation>
    </message>
    <message>
      <location filename="algorithms/plan_files.py" line="86" />
      <source>“{0}” is not a date (YYYY-MM-DD).</source>
      <translation>“{0}” is geen datum (JJJJ-MM-DD).</translation>
    </message>
    <message>
      <location filename="algorithms/plan_files.py" line="96" />
      <source>Validation of the warmteprogramma {0}</source>
      <translation>Validatie van het warmteprogramma {0}</translation>
    </message>
    <message>
      <location filename="algorithms/provider.py" line="24" />
      <source>DEGO energy-transition data</source>
      <translation>DEGO-data energietransitie</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_layout.py" line="105" />
      <source>before 1946</source>
      <translation>vóór 1946</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_layout.py" line="107" />
      <source>2006 and later</source>
      <translation>2006 en later</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_layout.py" line="108" />
      <source>Built {0}</source>
      <translation>Bouwjaar {0}</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_layout.py" line="109" />
      <source>Label {0}</source>
      <translation>Label {0}</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_layout.py" line="111" />
      <source>No label</source>
      <translation>Geen label</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_layout.py" line="112" />
      <source>Buildings (number)</source>
      <translation>Gebouwen (aantal)</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_layout.py" line="113" />
      <source>Dwellings (number)</source>
      <translation>Woningen (aantal)</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_layout.py" line="114" />
      <source>Gas use per dwelling (m³ a year)</source>
      <translation>Gasverbruik per woning (m³/jaar)</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_layout.py" line="115" />
      <source>Owner-occupied homes (%)</source>
      <translation>Koopwoningen (%)</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_layout.py" line="116" />
      <source>Corporation homes (%)</source>
      <translation>Corporatiewoningen (%)</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_layout.py" line="117" />
      <source>Low-income households (%)</source>
      <translation>Huishoudens laag inkomen (%)</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_layout.py" line="157" />
      <source>the layout template has no item “{0}”</source>
      <translation>het opmaaksjabloon heeft geen element “{0}”</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_layout.py" line="169" />
      <source>Buurtprofiel {0}</source>
      <translation>Buurtprofiel {0}</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_layout.py" line="170" />
      <source>Municipality {0} · buurt {1}</source>
      <translation>Gemeente {0} · buurt {1}</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_layout.py" line="178" />
      <source>Plan: Municipality {0}, warmteprogramma</source>
      <translation>Plan: Gemeente {0}, warmteprogramma</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_layout.py" line="190" />
      <source>{0} not shown to protect privacy: it would rest on fewer than {1} buildings, dwellings or households (a share of buildings or homes on fewer than {2}, the average gas use on fewer than {3} buildings, the low incomes on fewer than {4} households, as CBS does). Numbers rounded to 5, gas use to 50 m³. {5} not available.</source>
      <translation>{0} niet getoond om de privacy te beschermen: het cijfer zou rusten op minder dan {1} gebouwen, woningen of huishoudens (een aandeel van gebouwen of woningen op minder dan {2}, het gemiddelde gasverbruik op minder dan {3} gebouwen, de lage inkomens op minder dan {4} huishoudens, zoals het CBS doet). Aantallen afgerond op 5, gasverbruik op 50 m³. {5} niet beschikbaar.</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_layout.py" line="232" />
      <source>Buildings and residents</source>
      <translation>Gebouwen en bewoners</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_layout.py" line="233" />
      <source>Energy label (% of buildings)</source>
      <translation>Energielabel (% gebouwen)</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_layout.py" line="240" />
      <source>This buurt</source>
      <translation>Deze buurt</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_layout.py" line="241" />
      <source>Municipality</source>
      <translation>Gemeente</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_layout.py" line="255" />
      <source>Built (% of buildings)</source>
      <translation>Bouwjaar (% gebouwen)</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_layout.py" line="273" />
      <source>not filled in yet</source>
      <translation>nog niet ingevuld</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_layout.py" line="277" />
      <source>Heat alternative: {0}</source>
      <translation>Warmtealternatief: {0}</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_layout.py" line="278" />
      <source>Period: {0}</source>
      <translation>Periode: {0}</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_layout.py" line="279" />
      <source>Explanation: {0}</source>
      <translation>Toelichting: {0}</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_layout.py" line="280" />
      <source>What the municipality plans (warmteprogramma)</source>
      <translation>Wat de gemeente van plan is (warmteprogramma)</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_layout.py" line="95" />
      <source>Buurtprofielen – {0}</source>
      <translation>Buurtprofielen – {0}</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_set.py" line="129" />
      <source>Buurtprofielen {0}</source>
      <translation>Buurtprofielen {0}</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_set.py" line="146" />
      <source>these layers are not available: {0}</source>
      <translation>deze lagen zijn niet beschikbaar: {0}</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_set.py" line="156" />
      <source>buurtprofielen {0}</source>
      <translation>buurtprofielen {0}</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_set.py" line="188" />
      <source>Listing the buurten of {0}</source>
      <translation>De buurten van {0} ophalen</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_set.py" line="220" />
      <source>Preparing the layers of the buurtprofielen…</source>
      <translation>De lagen van de buurtprofielen voorbereiden…</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_set.py" line="238" />
      <source>Computing the figures of the buurten…</source>
      <translation>De cijfers van de buurten berekenen…</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_set.py" line="239" />
      <source>Computing the buurtprofielen</source>
      <translation>De buurtprofielen berekenen</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_set.py" line="253" />
      <source>no buurt of {0} has the code {1}</source>
      <translation>geen buurt van {0} heeft de code {1}</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_set.py" line="265" />
      <source>Exporting the buurtprofielen…</source>
      <translation>De buurtprofielen exporteren…</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_set.py" line="267" />
      <source>Exporting the buurtprofielen of {0}</source>
      <translation>De buurtprofielen van {0} exporteren</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_set.py" line="282" />
      <source>The buurtprofielen could not be made: {0}.</source>
      <translation>De buurtprofielen konden niet worden gemaakt: {0}.</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_set.py" line="84" />
      <source>Buurtprofiel</source>
      <translation>Buurtprofiel</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_set.py" line="90" />
      <source>the DEGO catalogue has no panden layer (WFS or OGC API Features) to compute them from</source>
      <translation>de DEGO-catalogus heeft geen pandenlaag (WFS of OGC API Features) om ze uit te berekenen</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_set.py" line="91" />
      <source>the DEGO catalogue has no buurten layer (WFS or OGC API Features)</source>
      <translation>de DEGO-catalogus heeft geen buurtenlaag (WFS of OGC API Features)</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_set.py" line="92" />
      <source>the buurten layer holds no buurt of this municipality</source>
      <translation>de buurtenlaag bevat geen buurt van deze gemeente</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_set.py" line="93" />
      <source>the buurten layer has no buurtcode field</source>
      <translation>de buurtenlaag heeft geen veld buurtcode</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_set.py" line="94" />
      <source>the layers could not be loaded</source>
      <translation>de lagen konden niet worden geladen</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_set.py" line="95" />
      <source>the figures could not be saved</source>
      <translation>de cijfers konden niet worden opgeslagen</translation>
    </message>
    <message>
      <location filename="compositions/export.py" line="211" />
      <source>the folder {0} cannot be written</source>
      <translation>de map {0} is niet beschrijfbaar</translation>
    </message>
    <message>
      <location filename="compositions/export.py" line="214" />
      <source>the layer “{0}” could not be loaded; the maps that show it lack it</source>
      <translation>de laag “{0}” kon niet worden geladen; de kaarten waarop hij staat missen hem</translation>
    </message>
    <message>
      <location filename="compositions/export.py" line="274" />
      <source>{0}: the file {1} could not be written</source>
      <translation>{0}: het bestand {1} kon niet worden geschreven</translation>
    </message>
    <message>
      <location filename="compositions/export.py" line="299" />
      <source>{0}: {1}</source>
      <translation>{0}: {1}</translation>
    </message>
    <message>
      <location filename="compositions/export.py" line="470" />
      <source>the file could not be written</source>
      <translation>het bestand kon niet worden geschreven</translation>
    </message>
    <message>
      <location filename="compositions/export.py" line="472" />
      <source>the PDF could not be made</source>
      <translation>de pdf kon niet worden gemaakt</translation>
    </message>
    <message>
      <location filename="compositions/export.py" line="474" />
      <source>not enough memory for the export</source>
      <translation>onvoldoende geheugen voor de export</translation>
    </message>
    <message>
      <location filename="compositions/export.py" line="475" />
      <source>the export failed</source>
      <translation>de export is mislukt</translation>
    </message>
    <message>
      <location filename="compositions/job.py" line="65" />
      <source>The layers could not be prepared: {0}.</source>
      <translation>De lagen konden niet worden voorbereid: {0}.</translation>
    </message>
    <message>
      <location filename="compositions/job.py" line="69" />
      <source>“{0}” could not be added: {1}</source>
      <translation>“{0}” kon niet worden toegevoegd: {1}</translation>
    </message>
    <message>
      <location filename="compositions/layout.py" line="139" />
      <source>the layout template {0} could not be read: {1}</source>
      <translation>het opmaaksjabloon {0} kon niet worden gelezen: {1}</translation>
    </message>
    <message>
      <location filename="compositions/layout.py" line="141" />
      <source>the layout template {0} is not valid</source>
      <translation>het opmaaksjabloon {0} is ongeldig</translation>
    </message>
    <message>
      <location filename="compositions/map_set.py" line="170" />
      <source>{0}: these layers are not available: {1}</source>
      <translation>{0}: deze lagen zijn niet beschikbaar: {1}</translation>
    </message>
    <message>
      <location filename="compositions/map_set.py" line="174" />
      <source>No data</source>
      <translation>Geen gegevens</translation>
    </message>
    <message>
      <location filename="compositions/map_set.py" line="206" />
      <source>Pages per wijk: the catalogue has no wijken layer, or it could not be loaded</source>
      <translation>Pagina's per wijk: de catalogus heeft geen wijkenlaag, of die kon niet worden geladen</translation>
    </message>
    <message>
      <location filename="compositions/map_set.py" line="226" />
      <source>{0} (per wijk): {1}</source>
      <translation>{0} (per wijk): {1}</translation>
    </message>
    <message>
      <location filename="compositions/map_set.py" line="244" />
      <source>the export failed: {0}</source>
      <translation>de export is mislukt: {0}</translation>
    </message>
    <message numerus="yes">
      <location filename="compositions/map_set.py" line="247" />
      <source>Exporting %n transitievisie maps</source>
      <translation>
        <numerusform>%n transitievisiekaart exporteren</numerusform>
        <numerusform>%n transitievisiekaarten exporteren</numerusform>
      </translation>
    </message>
    <message>
      <location filename="compositions/map_set.py" line="294" />
      <source>Preparing the layers…</source>
      <translation>Lagen voorbereiden…</translation>
    </message>
    <message>
      <location filename="compositions/map_set.py" line="303" />
      <source>Making the layouts…</source>
      <translation>De afdrukopmaken worden gemaakt…</translation>
    </message>
    <message>
      <location filename="compositions/map_set.py" line="328" />
      <source>Map not made: {0}</source>
      <translation>Kaart niet gemaakt: {0}</translation>
    </message>
    <message numerus="yes">
      <location filename="compositions/map_set.py" line="333" />
      <source>Exporting %n maps…</source>
      <translation>
        <numerusform>%n kaart exporteren…</numerusform>
        <numerusform>%n kaarten exporteren…</numerusform>
      </translation>
    </message>
    <message>
      <location filename="compositions/map_set.py" line="340" />
      <source>Export failed: {0}</source>
      <translation>Export mislukt: {0}</translation>
    </message>
    <message>
      <location filename="compositions/map_set.py" line="345" />
      <source>The maps could not be made: {0}.</source>
      <translation>De kaarten konden niet worden gemaakt: {0}.</translation>
    </message>
    <message>
      <location filename="compositions/map_set.py" line="93" />
      <source>Preparing the layers of the transitievisie maps</source>
      <translation>Lagen voor de transitievisiekaarten voorbereiden</translation>
    </message>
    <message>
      <location filename="compositions/map_texts.py" line="32" />
      <source>Municipality {0}</source>
      <translation>Gemeente {0}</translation>
    </message>
    <message>
      <location filename="compositions/map_texts.py" line="37" />
      <source>Legend</source>
      <translation>Legenda</translation>
    </message>
    <message>
      <location filename="compositions/map_texts.py" line="46" />
      <source>Source: {0}</source>
      <translation>Bron: {0}</translation>
    </message>
    <message>
      <location filename="compositions/map_texts.py" line="55" />
      <source>Data date: {0}</source>
      <translation>Datum gegevens: {0}</translation>
    </message>
    <message>
      <location filename="compositions/map_texts.py" line="57" />
      <source>Map date: {0}</source>
      <translation>Kaartdatum: {0}</translation>
    </message>
    <message>
      <location filename="compositions/map_texts.py" line="75" />
      <source>Background map: {0}</source>
      <translation>Achtergrondkaart: {0}</translation>
    </message>
    <message>
      <location filename="compositions/map_texts.py" line="82" />
      <source>Made with the DEGO plugin from national data; no rights can be derived from this map.</source>
      <translation>Gemaakt met de DEGO-plugin uit landelijke data; aan deze kaart kunnen geen rechten worden ontleend.</translation>
    </message>
    <message>
      <location filename="compositions/map_texts.py" line="87" />
      <source>INTERNAL USE: shows energy use per building; not for residents or publication.</source>
      <translation>INTERN GEBRUIK: toont energieverbruik per pand; niet voor bewoners of publicatie.</translation>
    </message>
    <message>
      <location filename="compositions/map_texts.py" line="92" />
      <source>(no legend from the map server)</source>
      <translation>(geen legenda van de kaartserver)</translation>
    </message>
    <message>
      <location filename="compositions/print_layers.py" line="227" />
      <source>DEGO maps</source>
      <translation>DEGO-kaarten</translation>
    </message>
    <message>
      <location filename="compositions/wijk_pages.py" line="132" />
      <source>{0} – {1}</source>
      <translation>{0} – {1}</translation>
    </message>
    <message>
      <location filename="compositions/wijk_pages.py" line="53" />
      <source>{0} (per wijk)</source>
      <translation>{0} (per wijk)</translation>
    </message>
    <message>
      <location filename="compositions/wijk_pages.py" line="54" />
      <source>portrait</source>
      <translation>staand</translation>
    </message>
    <message>
      <location filename="compositions/wijk_pages.py" line="54" />
      <source>landscape</source>
      <translation>liggend</translation>
    </message>
    <message>
      <location filename="compositions/wijk_pages.py" line="55" />
      <source>{0} (per wijk, {1})</source>
      <translation>{0} (per wijk, {1})</translation>
    </message>
    <message>
      <location filename="compositions/wijk_pages.py" line="86" />
      <source>the wijken layer has no field “{0}”</source>
      <translation>de wijkenlaag heeft geen veld “{0}”</translation>
    </message>
    <message>
      <location filename="controllers/catalogue_refresh.py" line="69" />
      <source>Loading the DEGO catalogue</source>
      <translation>DEGO-catalogus laden</translation>
    </message>
    <message>
      <location filename="controllers/catalogue_refresh.py" line="76" />
      <source>Reading the saved DEGO catalogue</source>
      <translation>Bewaarde DEGO-catalogus lezen</translation>
    </message>
    <message>
      <location filename="controllers/catalogue_refresh.py" line="93" />
      <source>The catalogue could not be loaded; press Refresh to try again.</source>
      <translation>De catalogus kon niet worden geladen; klik op Vernieuwen om het opnieuw te proberen.</translation>
    </message>
    <message>
      <location filename="controllers/locator_filter.py" line="46" />
      <source>Add a layer from the DEGO catalogue</source>
      <translation>Een laag uit de DEGO-catalogus toevoegen</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="104" />
      <source>{0}; checking for a newer one…</source>
      <translation>{0}; controleren op een nieuwere versie…</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="109" />
      <source>Live catalogue not available ({0}); showing {1}. {2}</source>
      <translation>Actuele catalogus niet beschikbaar ({0}); getoond wordt {1}. {2}</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="116" />
      <source>Refresh failed ({0}); still showing {1}. {2}</source>
      <translation>Vernieuwen mislukt ({0}); nog steeds getoond wordt {1}. {2}</translation>
    </message>
    <message numerus="yes">
      <location filename="controllers/messages.py" line="124" />
      <source>The catalogue is up to date (%n layers).</source>
      <translation>
        <numerusform>De catalogus is actueel (%n laag).</numerusform>
        <numerusform>De catalogus is actueel (%n lagen).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="controllers/messages.py" line="125" />
      <source>Catalogue updated: %n layers.</source>
      <translation>
        <numerusform>Catalogus bijgewerkt: %n laag.</numerusform>
        <numerusform>Catalogus bijgewerkt: %n lagen.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="131" />
      <source>unsafe or invalid address</source>
      <translation>onveilig of ongeldig adres</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="132" />
      <source>id used twice</source>
      <translation>id komt dubbel voor</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="133" />
      <source>required field missing</source>
      <translation>verplicht veld ontbreekt</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="134" />
      <source>unknown service type</source>
      <translation>onbekend type service</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="135" />
      <source>unknown theme</source>
      <translation>onbekend thema</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="136" />
      <source>invalid value</source>
      <translation>ongeldige waarde</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="137" />
      <source>not a layer entry</source>
      <translation>geen laagbeschrijving</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="138" />
      <source>invalid theme</source>
      <translation>ongeldig thema</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="139" />
      <source>unsafe style</source>
      <translation>onveilige stijl</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="140" />
      <source>not a catalogue layer</source>
      <translation>geen cataloguslaag</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="149" />
      <source>WMS</source>
      <translation>WMS</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="149" />
      <source>WMTS</source>
      <translation>WMTS</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="149" />
      <source>WFS</source>
      <translation>WFS</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="150" />
      <source>OGC API Features</source>
      <translation>OGC API Features</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="150" />
      <source>Vector tiles</source>
      <translation>Vectortegels</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="156" />
      <source>Building</source>
      <translation>Pand</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="156" />
      <source>Postcode (6 positions)</source>
      <translation>Postcode (6 posities)</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="156" />
      <source>Postcode (4 digits)</source>
      <translation>Postcode (4 cijfers)</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="157" />
      <source>Neighbourhood</source>
      <translation>Buurt</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="157" />
      <source>District</source>
      <translation>Wijk</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="158" />
      <source>Province</source>
      <translation>Provincie</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="158" />
      <source>Country</source>
      <translation>Land</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="158" />
      <source>Grid</source>
      <translation>Raster</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="158" />
      <source>Line</source>
      <translation>Lijn</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="159" />
      <source>Point</source>
      <translation>Punt</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="165" />
      <source>Landscape</source>
      <translation>Liggend</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="165" />
      <source>Portrait</source>
      <translation>Staand</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="166" />
      <source>Fitting the municipality</source>
      <translation>Passend bij de gemeente</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="172" />
      <source>“{0}” is not a municipality known to the boundary service</source>
      <translation>“{0}” is geen gemeente die de grenzendienst kent</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="174" />
      <source>the boundary service could not be reached and no saved copy of {0} exists</source>
      <translation>de grenzendienst is niet bereikbaar en er is geen opgeslagen kopie van {0}</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="176" />
      <source>the boundary service is not on an allowed server (Settings ▸ Options ▸ DEGO) and no saved copy of {0} exists</source>
      <translation>de grenzendienst staat niet op een toegestane server (Instellingen ▸ Opties ▸ DEGO) en er is geen bewaarde kopie van {0}</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="178" />
      <source>the boundary service gave no usable boundary for {0}</source>
      <translation>de grenzendienst gaf geen bruikbare grens voor {0}</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="183" />
      <source>{0} could not be saved for offline use (the DEGO cache folder cannot be written); it is used until QGIS closes.</source>
      <translation>{0} kon niet worden bewaard voor offline gebruik (de DEGO-cachemap is niet beschrijfbaar); tot QGIS sluit wordt hij gebruikt.</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="25" />
      <source>the catalogue was not found at its address (HTTP 404)</source>
      <translation>de catalogus staat niet op het ingestelde adres (HTTP 404)</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="27" />
      <source>the DEGO service has a problem (HTTP {0})</source>
      <translation>de DEGO-dienst heeft een storing (HTTP {0})</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="28" />
      <source>the DEGO service refused the request (HTTP {0})</source>
      <translation>de DEGO-dienst weigerde het verzoek (HTTP {0})</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="30" />
      <source>the DEGO service did not answer in time</source>
      <translation>de DEGO-dienst antwoordde niet op tijd</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="31" />
      <source>the DEGO service could not be reached</source>
      <translation>de DEGO-dienst is niet bereikbaar</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="32" />
      <source>the DEGO service redirected too often</source>
      <translation>de DEGO-dienst stuurde te vaak door</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="33" />
      <source>the request to the DEGO service failed</source>
      <translation>het verzoek aan de DEGO-dienst is mislukt</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="34" />
      <source>the catalogue is too large</source>
      <translation>de catalogus is te groot</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="35" />
      <source>the catalogue is damaged (not valid JSON)</source>
      <translation>de catalogus is beschadigd (geen geldige JSON)</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="36" />
      <source>the catalogue is damaged (not UTF-8 text)</source>
      <translation>de catalogus is beschadigd (geen UTF-8-tekst)</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="37" />
      <source>the catalogue is damaged (not a catalogue document)</source>
      <translation>de catalogus is beschadigd (geen catalogusdocument)</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="38" />
      <source>the catalogue has no format version</source>
      <translation>de catalogus heeft geen formaatversie</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="39" />
      <source>the catalogue needs a newer DEGO plugin</source>
      <translation>de catalogus vraagt een nieuwere DEGO-plugin</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="40" />
      <source>the catalogue holds no layers</source>
      <translation>de catalogus bevat geen lagen</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="41" />
      <source>the catalogue holds no usable layers</source>
      <translation>de catalogus bevat geen bruikbare lagen</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="42" />
      <source>the catalogue address is not an http(s) URL</source>
      <translation>het catalogusadres is geen http(s)-URL</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="43" />
      <source>the catalogue address is not on an allowed server</source>
      <translation>het adres van de catalogus staat niet op een toegestane server</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="44" />
      <source>the DEGO service redirected to a server that is not allowed</source>
      <translation>de DEGO-dienst verwees door naar een server die niet is toegestaan</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="45" />
      <source>the published QGIS project could not be read</source>
      <translation>het gepubliceerde QGIS-project kon niet worden gelezen</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="47" />
      <source>the catalogue could not be loaded ({0})</source>
      <translation>de catalogus kon niet worden geladen ({0})</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="53" />
      <source>Check the network or proxy settings, then press Refresh.</source>
      <translation>Controleer het netwerk of de proxy-instellingen en klik dan op Vernieuwen.</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="55" />
      <source>Check the catalogue address in the DEGO settings.</source>
      <translation>Controleer het catalogusadres in de DEGO-instellingen.</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="57" />
      <source>Update the DEGO plugin in the Plugin Manager.</source>
      <translation>Werk de DEGO-plugin bij via Plugins beheren.</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="59" />
      <source>Press Refresh later.</source>
      <translation>Klik later op Vernieuwen.</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="60" />
      <source>Press Refresh later; if this persists, tell the catalogue's publisher.</source>
      <translation>Klik later op Vernieuwen; meld het aan de uitgever van de catalogus als het zo blijft.</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="66" />
      <source>unknown date</source>
      <translation>onbekende datum</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="80" />
      <source>the catalogue saved on {0}</source>
      <translation>de catalogus bewaard op {0}</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="81" />
      <source>the built-in catalogue of {0}</source>
      <translation>de ingebouwde catalogus van {0}</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="88" />
      <source>Cached catalogue from the QGIS project {0}, saved {1}</source>
      <translation>Bewaarde catalogus uit het QGIS-project {0}, van {1}</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="91" />
      <source>Cached catalogue from {0}</source>
      <translation>Bewaarde catalogus van {0}</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="93" />
      <source>Built-in catalogue from {0}</source>
      <translation>Ingebouwde catalogus van {0}</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="95" />
      <source>Live catalogue from the published QGIS project {0}, fetched {1}</source>
      <translation>Actuele catalogus uit het gepubliceerde QGIS-project {0}, opgehaald {1}</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="98" />
      <source>Live catalogue, fetched {0}</source>
      <translation>Actuele catalogus, opgehaald {0}</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="99" />
      <source>{0} (live catalogue not available: {1})</source>
      <translation>{0} (actuele catalogus niet beschikbaar: {1})</translation>
    </message>
    <message>
      <location filename="controllers/municipality_choice.py" line="135" />
      <source>the municipality list</source>
      <translation>de gemeentelijst</translation>
    </message>
    <message>
      <location filename="controllers/municipality_choice.py" line="138" />
      <source>The municipality list could not be loaded: {0}.</source>
      <translation>De gemeentelijst kon niet worden geladen: {0}.</translation>
    </message>
    <message>
      <location filename="controllers/municipality_choice.py" line="145" />
      <source>The boundary service could not be reached; showing the municipality list saved on {0}.</source>
      <translation>De grenzendienst is niet bereikbaar; de gemeentelijst van {0} wordt getoond.</translation>
    </message>
    <message>
      <location filename="controllers/municipality_choice.py" line="148" />
      <source>The municipality list</source>
      <translation>De gemeentelijst</translation>
    </message>
    <message>
      <location filename="controllers/municipality_choice.py" line="151" />
      <source>Loading the municipality list</source>
      <translation>Gemeentelijst laden</translation>
    </message>
    <message>
      <location filename="controllers/municipality_choice.py" line="162" />
      <source>“{0}” is not a municipality code or name.</source>
      <translation>“{0}” is geen gemeentecode of gemeentenaam.</translation>
    </message>
    <message>
      <location filename="controllers/municipality_choice.py" line="171" />
      <source>fetching the boundary of {0} was cancelled</source>
      <translation>het ophalen van de grens van {0} is geannuleerd</translation>
    </message>
    <message>
      <location filename="controllers/municipality_choice.py" line="177" />
      <source>{0}; the layers keep their current clipping.</source>
      <translation>{0}; de lagen houden hun huidige inperking.</translation>
    </message>
    <message>
      <location filename="controllers/municipality_choice.py" line="183" />
      <source>The boundary service could not be reached; using the boundary of {0} saved on {1}.</source>
      <translation>De grenzendienst is niet bereikbaar; de grens van {0} van {1} wordt gebruikt.</translation>
    </message>
    <message>
      <location filename="controllers/municipality_choice.py" line="187" />
      <source>The boundary of {0}</source>
      <translation>De grens van {0}</translation>
    </message>
    <message>
      <location filename="controllers/municipality_choice.py" line="196" />
      <source>Fetching the boundary of {0}</source>
      <translation>Grens van {0} ophalen</translation>
    </message>
    <message>
      <location filename="controllers/municipality_choice.py" line="212" />
      <source>No municipality chosen: the DEGO layers are no longer clipped to {0} and show every municipality.</source>
      <translation>Geen gemeente gekozen: de DEGO-lagen zijn niet meer ingeperkt tot {0} en tonen alle gemeenten.</translation>
    </message>
    <message>
      <location filename="controllers/municipality_choice.py" line="215" />
      <source>No municipality chosen: the DEGO layers show every municipality.</source>
      <translation>Geen gemeente gekozen: de DEGO-lagen tonen alle gemeenten.</translation>
    </message>
    <message numerus="yes">
      <location filename="controllers/municipality_choice.py" line="232" />
      <source>%n layers clipped to {0}.</source>
      <translation>
        <numerusform>%n laag ingeperkt tot {0}.</numerusform>
        <numerusform>%n lagen ingeperkt tot {0}.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="controllers/municipality_choice.py" line="326" />
      <source>Outside {0} (mask)</source>
      <translation>Buiten {0} (masker)</translation>
    </message>
    <message>
      <location filename="controllers/municipality_choice.py" line="327" />
      <source>Municipal boundary {0}</source>
      <translation>Gemeentegrens {0}</translation>
    </message>
    <message>
      <location filename="controllers/municipality_choice.py" line="388" />
      <source>Checking the clipped layers</source>
      <translation>Ingeperkte lagen controleren</translation>
    </message>
    <message>
      <location filename="controllers/plan.py" line="113" />
      <source>No warmteprogramma: {0}.</source>
      <translation>Geen warmteprogramma: {0}.</translation>
    </message>
    <message>
      <location filename="controllers/plan.py" line="133" />
      <source>The warmteprogramma could not be made: {0}.</source>
      <translation>Het warmteprogramma kon niet worden gemaakt: {0}.</translation>
    </message>
    <message>
      <location filename="controllers/plan.py" line="150" />
      <source>Making the warmteprogramma of {0}</source>
      <translation>Warmteprogramma van {0} maken</translation>
    </message>
    <message>
      <location filename="controllers/plan.py" line="155" />
      <source>cancelled</source>
      <translation>geannuleerd</translation>
    </message>
    <message>
      <location filename="controllers/plan.py" line="184" />
      <source>The warmteprogramma could not be exported: {0}.</source>
      <translation>Het warmteprogramma kon niet worden geëxporteerd: {0}.</translation>
    </message>
    <message numerus="yes">
      <location filename="controllers/plan.py" line="187" />
      <source>Warmteprogramma exported as open data (%n buurten): {0} and {1}.</source>
      <translation>
        <numerusform>Warmteprogramma geëxporteerd als open data (%n buurt): {0} en {1}.</numerusform>
        <numerusform>Warmteprogramma geëxporteerd als open data (%n buurten): {0} en {1}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="controllers/plan.py" line="190" />
      <source>%n values do not follow the schema.</source>
      <translation>
        <numerusform>%n waarde volgt het schema niet.</numerusform>
        <numerusform>%n waarden volgen het schema niet.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="controllers/plan.py" line="195" />
      <source>Exporting the warmteprogramma of {0}</source>
      <translation>Warmteprogramma van {0} exporteren</translation>
    </message>
    <message>
      <location filename="controllers/plan.py" line="234" />
      <source>The file could not be imported: {0}.</source>
      <translation>Het bestand kon niet worden geïmporteerd: {0}.</translation>
    </message>
    <message>
      <location filename="controllers/plan.py" line="238" />
      <source>The plan layer changed meanwhile; import again.</source>
      <translation>De planlaag is intussen gewijzigd; importeer opnieuw.</translation>
    </message>
    <message>
      <location filename="controllers/plan.py" line="250" />
      <source>Importing a warmteprogramma</source>
      <translation>Warmteprogramma importeren</translation>
    </message>
    <message>
      <location filename="controllers/plan.py" line="267" />
      <source>The warmteprogramma could not be checked: {0}.</source>
      <translation>Het warmteprogramma kon niet worden gecontroleerd: {0}.</translation>
    </message>
    <message numerus="yes">
      <location filename="controllers/plan.py" line="270" />
      <source>%n values of the warmteprogramma do not follow the schema.</source>
      <translation>
        <numerusform>%n waarde van het warmteprogramma volgt het schema niet.</numerusform>
        <numerusform>%n waarden van het warmteprogramma volgen het schema niet.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="controllers/plan.py" line="271" />
      <source>Every value of the warmteprogramma follows the schema.</source>
      <translation>Alle waarden van het warmteprogramma volgen het schema.</translation>
    </message>
    <message>
      <location filename="controllers/plan.py" line="274" />
      <source>Checking the warmteprogramma of {0}</source>
      <translation>Warmteprogramma van {0} controleren</translation>
    </message>
    <message>
      <location filename="controllers/plan.py" line="278" />
      <source>Validation of the warmteprogramma of {0} ({1})</source>
      <translation>Validatie van het warmteprogramma van {0} ({1})</translation>
    </message>
    <message numerus="yes">
      <location filename="controllers/plan.py" line="282" />
      <source>The values of %n buurten were read from {0} into the plan: review them, then save the edits (or roll them back).</source>
      <translation>
        <numerusform>De waarden van %n buurt zijn uit {0} in het plan gelezen: controleer ze en sla de bewerkingen op (of draai ze terug).</numerusform>
        <numerusform>De waarden van %n buurten zijn uit {0} in het plan gelezen: controleer ze en sla de bewerkingen op (of draai ze terug).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="controllers/plan.py" line="285" />
      <source>The file is the plan of {0} ({1}).</source>
      <translation>Het bestand is het plan van {0} ({1}).</translation>
    </message>
    <message numerus="yes">
      <location filename="controllers/plan.py" line="288" />
      <source>%n buurten of the file are not in this plan: {0}.</source>
      <translation>
        <numerusform>%n buurt uit het bestand staat niet in dit plan: {0}.</numerusform>
        <numerusform>%n buurten uit het bestand staan niet in dit plan: {0}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="controllers/plan.py" line="291" />
      <source>%n buurten of the plan are not in the file and kept their values.</source>
      <translation>
        <numerusform>%n buurt van het plan staat niet in het bestand en houdt haar waarden.</numerusform>
        <numerusform>%n buurten van het plan staan niet in het bestand en houden hun waarden.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="controllers/plan.py" line="78" />
      <source>Choose a municipality on the DEGO toolbar first.</source>
      <translation>Kies eerst een gemeente op de DEGO-werkbalk.</translation>
    </message>
    <message>
      <location filename="controllers/plan.py" line="98" />
      <source>The warmteprogramma layer is being edited: save or discard the edits first.</source>
      <translation>De laag van het warmteprogramma wordt bewerkt: sla de bewerkingen eerst op of maak ze ongedaan.</translation>
    </message>
    <message>
      <location filename="controllers/plan_texts.py" line="107" />
      <source>File: {0}</source>
      <translation>Bestand: {0}</translation>
    </message>
    <message>
      <location filename="controllers/plan_texts.py" line="108" />
      <source>Checked on {0} against the warmteprogramma schema.</source>
      <translation>Op {0} gecontroleerd tegen het schema van het warmteprogramma.</translation>
    </message>
    <message>
      <location filename="controllers/plan_texts.py" line="110" />
      <source>Buurt</source>
      <translation>Buurt</translation>
    </message>
    <message>
      <location filename="controllers/plan_texts.py" line="110" />
      <source>Field</source>
      <translation>Veld</translation>
    </message>
    <message>
      <location filename="controllers/plan_texts.py" line="110" />
      <source>Value</source>
      <translation>Waarde</translation>
    </message>
    <message>
      <location filename="controllers/plan_texts.py" line="111" />
      <source>Finding</source>
      <translation>Bevinding</translation>
    </message>
    <message>
      <location filename="controllers/plan_texts.py" line="112" />
      <source>No findings: every value follows the schema.</source>
      <translation>Geen bevindingen: alle waarden volgen het schema.</translation>
    </message>
    <message>
      <location filename="controllers/plan_texts.py" line="24" />
      <source>the buurten could not be fetched: {0}</source>
      <translation>de buurten konden niet worden opgehaald: {0}</translation>
    </message>
    <message>
      <location filename="controllers/plan_texts.py" line="27" />
      <source>the DEGO catalogue has no buurten layer to make a plan from</source>
      <translation>de DEGO-catalogus heeft geen buurtenlaag om een plan van te maken</translation>
    </message>
    <message>
      <location filename="controllers/plan_texts.py" line="28" />
      <source>the catalogue's buurten layer has no buurten of {0}</source>
      <translation>de buurtenlaag van de catalogus heeft geen buurten van {0}</translation>
    </message>
    <message>
      <location filename="controllers/plan_texts.py" line="29" />
      <source>the catalogue's buurten layer has no buurtcode field</source>
      <translation>de buurtenlaag van de catalogus heeft geen veld buurtcode</translation>
    </message>
    <message>
      <location filename="controllers/plan_texts.py" line="30" />
      <source>the file does not exist</source>
      <translation>het bestand bestaat niet</translation>
    </message>
    <message>
      <location filename="controllers/plan_texts.py" line="31" />
      <source>the file is not a warmteprogramma (it lacks the table or the fields of the schema); nothing was changed</source>
      <translation>het bestand is geen warmteprogramma (de tabel of de velden van het schema ontbreken); er is niets gewijzigd</translation>
    </message>
    <message>
      <location filename="controllers/plan_texts.py" line="33" />
      <source>the file could not be read</source>
      <translation>het bestand kon niet worden gelezen</translation>
    </message>
    <message>
      <location filename="controllers/plan_texts.py" line="34" />
      <source>the file is the plan of another municipality; nothing was changed</source>
      <translation>het bestand is het plan van een andere gemeente; er is niets gewijzigd</translation>
    </message>
    <message>
      <location filename="controllers/plan_texts.py" line="35" />
      <source>the plan file cannot be written</source>
      <translation>het planbestand kan niet worden beschreven</translation>
    </message>
    <message>
      <location filename="controllers/plan_texts.py" line="36" />
      <source>the plan could not be written</source>
      <translation>het plan kon niet worden opgeslagen</translation>
    </message>
    <message>
      <location filename="controllers/plan_texts.py" line="47" />
      <source>{0} and {1} more</source>
      <translation>{0} en nog {1}</translation>
    </message>
    <message numerus="yes">
      <location filename="controllers/plan_texts.py" line="54" />
      <source>Warmteprogramma {0}: %n buurten, saved in {1}.</source>
      <translation>
        <numerusform>Warmteprogramma {0}: %n buurt, opgeslagen in {1}.</numerusform>
        <numerusform>Warmteprogramma {0}: %n buurten, opgeslagen in {1}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="controllers/plan_texts.py" line="57" />
      <source>Warmteprogramma {0} updated: %n buurten, {1} new; every value entered was kept.</source>
      <translation>
        <numerusform>Warmteprogramma {0} bijgewerkt: %n buurt, {1} nieuw; alle ingevoerde waarden zijn behouden.</numerusform>
        <numerusform>Warmteprogramma {0} bijgewerkt: %n buurten, {1} nieuw; alle ingevoerde waarden zijn behouden.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="controllers/plan_texts.py" line="60" />
      <source>%n buurten renamed by CBS: {0}.</source>
      <translation>
        <numerusform>%n buurt door het CBS hernoemd: {0}.</numerusform>
        <numerusform>%n buurten door het CBS hernoemd: {0}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="controllers/plan_texts.py" line="64" />
      <source>%n buurten are no longer among the CBS buurten; they stay in the plan with their values: {0}.</source>
      <translation>
        <numerusform>%n buurt hoort niet meer bij de CBS-buurten; ze blijft met haar waarden in het plan: {0}.</numerusform>
        <numerusform>%n buurten horen niet meer bij de CBS-buurten; ze blijven met hun waarden in het plan: {0}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="controllers/plan_texts.py" line="67" />
      <source>%n buurten have a suggestion of the startanalyse (field “suggestie”, style “Suggestie startanalyse”).</source>
      <translation>
        <numerusform>%n buurt heeft een suggestie uit de startanalyse (veld “suggestie”, stijl “Suggestie startanalyse”).</numerusform>
        <numerusform>%n buurten hebben een suggestie uit de startanalyse (veld “suggestie”, stijl “Suggestie startanalyse”).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="controllers/plan_texts.py" line="75" />
      <source>not one of the values of the list; kept as it is</source>
      <translation>geen waarde uit de lijst; ongewijzigd behouden</translation>
    </message>
    <message>
      <location filename="controllers/plan_texts.py" line="76" />
      <source>no value</source>
      <translation>geen waarde</translation>
    </message>
    <message>
      <location filename="controllers/plan_texts.py" line="77" />
      <source>of the wrong kind (e.g. text where yes/no is expected); not stored</source>
      <translation>van de verkeerde soort (bijvoorbeeld tekst waar ja/nee hoort); niet opgeslagen</translation>
    </message>
    <message>
      <location filename="controllers/plan_texts.py" line="78" />
      <source>not a date (YYYY-MM-DD); not stored</source>
      <translation>geen datum (JJJJ-MM-DD); niet opgeslagen</translation>
    </message>
    <message>
      <location filename="controllers/plan_texts.py" line="79" />
      <source>not a valid code</source>
      <translation>geen geldige code</translation>
    </message>
    <message>
      <location filename="controllers/plan_texts.py" line="80" />
      <source>this buurtcode occurs more than once</source>
      <translation>deze buurtcode komt meer dan eens voor</translation>
    </message>
    <message>
      <location filename="controllers/plan_texts.py" line="81" />
      <source>cannot be stored in this field</source>
      <translation>kan niet in dit veld worden opgeslagen</translation>
    </message>
    <message>
      <location filename="dego_plugin.py" line="160" />
      <source>Layer “{0}” is not in the catalogue.</source>
      <translation>Laag “{0}” staat niet in de catalogus.</translation>
    </message>
    <message>
      <location filename="dego_plugin.py" line="70" />
      <source>DEGO</source>
      <translation>DEGO</translation>
    </message>
    <message>
      <location filename="dego_plugin.py" line="74" />
      <source>DEGO layers</source>
      <translation>DEGO-lagen</translation>
    </message>
    <message>
      <location filename="dego_plugin.py" line="75" />
      <source>Show or hide the DEGO layer catalogue: the national DEGO layers by theme, to add to the map clipped to the chosen municipality</source>
      <translation>De DEGO-lagencatalogus tonen of verbergen: de landelijke DEGO-lagen per thema, om aan de kaart toe te voegen, bijgesneden tot de gekozen gemeente</translation>
    </message>
    <message>
      <location filename="dego_plugin.py" line="82" />
      <source>Make maps…</source>
      <translation>Kaarten maken…</translation>
    </message>
    <message>
      <location filename="dego_plugin.py" line="83" />
      <source>Transitievisiekaarten: print the standard maps of the chosen municipality as PDF, with title, legend, scale bar and sources</source>
      <translation>Transitievisiekaarten: de standaardkaarten van de gekozen gemeente als PDF, met titel, legenda, schaalbalk en bronnen</translation>
    </message>
    <message>
      <location filename="dego_plugin.py" line="98" />
      <source>&amp;DEGO</source>
      <translation>&amp;DEGO</translation>
    </message>
    <message>
      <location filename="dialogs/buttons.py" line="13" />
      <source>Close</source>
      <translation>Sluiten</translation>
    </message>
    <message>
      <location filename="dialogs/buurtprofiel_box.py" line="111" />
      <source>Choose at least one buurt, or all buurten.</source>
      <translation>Kies minstens één buurt, of alle buurten.</translation>
    </message>
    <message>
      <location filename="dialogs/buurtprofiel_box.py" line="113" />
      <source>Choose a PDF per buurt, one PDF, or both.</source>
      <translation>Kies een PDF per buurt, één PDF, of beide.</translation>
    </message>
    <message>
      <location filename="dialogs/buurtprofiel_box.py" line="21" />
      <source>Buurtprofielen</source>
      <translation>Buurtprofielen</translation>
    </message>
    <message>
      <location filename="dialogs/buurtprofiel_box.py" line="24" />
      <source>One A4 page per buurt for residents: the buurt on a map, its key figures next to the municipality's (figures about few households are not shown), and the plan.</source>
      <translation>Per buurt één A4 voor bewoners: de buurt op de kaart, de kerncijfers naast die van de gemeente (cijfers over weinig huishoudens worden niet getoond) en het plan.</translation>
    </message>
    <message>
      <location filename="dialogs/buurtprofiel_box.py" line="30" />
      <source>All buurten</source>
      <translation>Alle buurten</translation>
    </message>
    <message>
      <location filename="dialogs/buurtprofiel_box.py" line="32" />
      <source>Chosen buurten:</source>
      <translation>Gekozen buurten:</translation>
    </message>
    <message>
      <location filename="dialogs/buurtprofiel_box.py" line="36" />
      <source>A PDF per buurt</source>
      <translation>Een PDF per buurt</translation>
    </message>
    <message>
      <location filename="dialogs/buurtprofiel_box.py" line="38" />
      <source>All buurten in one PDF</source>
      <translation>Alle buurten in één PDF</translation>
    </message>
    <message>
      <location filename="dialogs/buurtprofiel_box.py" line="65" />
      <source>Fetching the buurten…</source>
      <translation>De buurten ophalen…</translation>
    </message>
    <message>
      <location filename="dialogs/buurtprofiel_box.py" line="89" />
      <source>The buurten could not be fetched: {0}</source>
      <translation>De buurten konden niet worden opgehaald: {0}</translation>
    </message>
    <message>
      <location filename="dialogs/buurtprofiel_box.py" line="90" />
      <source>Fetching the buurten was cancelled.</source>
      <translation>Het ophalen van de buurten is geannuleerd.</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="124" />
      <source>Search layers…</source>
      <translation>Lagen zoeken…</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="125" />
      <source>Words to look for in titles, descriptions and keywords</source>
      <translation>Woorden om te zoeken in titels, beschrijvingen en trefwoorden</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="128" />
      <source>Refresh the catalogue</source>
      <translation>Catalogus vernieuwen</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="151" />
      <source>Select a layer to read about it.</source>
      <translation>Kies een laag om er meer over te lezen.</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="155" />
      <source>Add</source>
      <translation>Toevoegen</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="156" />
      <source>Add the selected layer to the map (or double-click it, or drag it)</source>
      <translation>De gekozen laag aan de kaart toevoegen (of dubbelklik of sleep de laag)</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="158" />
      <source>Loading catalogue…</source>
      <translation>Catalogus laden…</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="235" />
      <source>Layers skipped: {count}</source>
      <translation>Overgeslagen lagen: {count}</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="236" />
      <source>Details…</source>
      <translation>Details…</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="238" />
      <source>Catalogue entries that could not be read</source>
      <translation>Catalogusregels die niet gelezen konden worden</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="259" />
      <source>Skipped catalogue entries</source>
      <translation>Overgeslagen catalogusregels</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="266" />
      <source>These entries were skipped; the other layers are available.</source>
      <translation>Deze regels zijn overgeslagen; de andere lagen zijn beschikbaar.</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="285" />
      <source>No layer matches the search.</source>
      <translation>Geen laag past bij de zoekopdracht.</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="350" />
      <source>Source</source>
      <translation>Bron</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="351" />
      <source>Licence</source>
      <translation>Licentie</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="352" />
      <source>Data date</source>
      <translation>Datum gegevens</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="353" />
      <source>Level</source>
      <translation>Niveau</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="354" />
      <source>Service</source>
      <translation>Dienst</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="355" />
      <source>Municipality code</source>
      <translation>Gemeentecode</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="376" />
      <source>{0}, spelled like {1} (found on the server)</source>
      <translation>{0}, geschreven als {1} (gevonden op de server)</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="378" />
      <source>{0}, spelled like {1} (catalogue)</source>
      <translation>{0}, geschreven als {1} (catalogus)</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="379" />
      <source>{0}, spelled like {1} until the server shows otherwise</source>
      <translation>{0}, geschreven als {1} tot de server anders laat zien</translation>
    </message>
    <message>
      <location filename="dialogs/municipality_picker.py" line="34" />
      <source>Municipality: every DEGO layer is clipped to it. Type a name or a code (GM0344, 0344).</source>
      <translation>Gemeente: elke DEGO-laag wordt tot deze gemeente ingeperkt. Typ een naam of een code (GM0344, 0344).</translation>
    </message>
    <message>
      <location filename="dialogs/municipality_picker.py" line="43" />
      <source>Choose a municipality…</source>
      <translation>Kies een gemeente…</translation>
    </message>
    <message>
      <location filename="dialogs/municipality_picker.py" line="56" />
      <source>(no municipality: whole country)</source>
      <translation>(geen gemeente: heel Nederland)</translation>
    </message>
    <message>
      <location filename="dialogs/paper.py" line="17" />
      <source>One size for all maps</source>
      <translation>Eén formaat voor alle kaarten</translation>
    </message>
    <message>
      <location filename="dialogs/paper.py" line="18" />
      <source>As each map suggests</source>
      <translation>Zoals per kaart voorgesteld</translation>
    </message>
    <message>
      <location filename="dialogs/plan_actions.py" line="31" />
      <source>Warmteprogramma</source>
      <translation>Warmteprogramma</translation>
    </message>
    <message>
      <location filename="dialogs/plan_actions.py" line="32" />
      <source>Make or update the warmteprogramma of the chosen municipality: per buurt what replaces natural gas, and when</source>
      <translation>Het warmteprogramma van de gekozen gemeente maken of bijwerken: per buurt wat het aardgas vervangt, en wanneer</translation>
    </message>
    <message>
      <location filename="dialogs/plan_actions.py" line="36" />
      <source>Make or update the warmteprogramma</source>
      <translation>Warmteprogramma maken of bijwerken</translation>
    </message>
    <message>
      <location filename="dialogs/plan_actions.py" line="37" />
      <source>Make the warmteprogramma in a file of my choice…</source>
      <translation>Warmteprogramma maken in een bestand naar keuze…</translation>
    </message>
    <message>
      <location filename="dialogs/plan_actions.py" line="38" />
      <source>Export plan as open data…</source>
      <translation>Plan exporteren als open data…</translation>
    </message>
    <message>
      <location filename="dialogs/plan_actions.py" line="39" />
      <source>Import a plan file…</source>
      <translation>Planbestand importeren…</translation>
    </message>
    <message>
      <location filename="dialogs/plan_actions.py" line="40" />
      <source>Check the plan (validation report)</source>
      <translation>Plan controleren (validatierapport)</translation>
    </message>
    <message>
      <location filename="dialogs/plan_actions.py" line="68" />
      <source>Save the warmteprogramma as</source>
      <translation>Warmteprogramma opslaan als</translation>
    </message>
    <message>
      <location filename="dialogs/plan_actions.py" line="69" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="dialogs/plan_actions.py" line="78" />
      <source>Export the warmteprogramma to folder</source>
      <translation>Warmteprogramma exporteren naar map</translation>
    </message>
    <message>
      <location filename="dialogs/plan_actions.py" line="87" />
      <source>Import a warmteprogramma</source>
      <translation>Warmteprogramma importeren</translation>
    </message>
    <message>
      <location filename="dialogs/plan_actions.py" line="89" />
      <source>Warmteprogramma (*.gpkg *.geojson *.json)</source>
      <translation>Warmteprogramma (*.gpkg *.geojson *.json)</translation>
    </message>
    <message>
      <location filename="dialogs/plan_actions.py" line="98" />
      <source>Open report</source>
      <translation>Rapport openen</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="101" />
      <source>WFS or OGC API Features service with municipal boundaries; leave empty to use the catalogue's</source>
      <translation>WFS- of OGC API Features-service met gemeentegrenzen; laat leeg om die uit de catalogus te gebruiken</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="104" />
      <source>None: only the DEGO, PDOK and CBS servers</source>
      <translation>Geen: alleen de servers van DEGO, PDOK en CBS</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="106" />
      <source>More server names the catalogue's layers, styles and boundaries may come from, separated by spaces or commas. Always allowed: {0}</source>
      <translation>Meer servernamen waar de lagen, stijlen en grenzen van de catalogus vandaan mogen komen, gescheiden door spaties of komma's. Altijd toegestaan: {0}</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="109" />
      <source>Catalogue address</source>
      <translation>Adres van de catalogus</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="111" />
      <source>Boundary service</source>
      <translation>Grenzendienst</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="113" />
      <source>Also allowed servers</source>
      <translation>Ook toegestane servers</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="119" />
      <source>Colour outside the municipality</source>
      <translation>Kleur buiten de gemeente</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="127" />
      <source>Logo for DEGO maps</source>
      <translation>Logo voor DEGO-kaarten</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="128" />
      <source>Images</source>
      <translation>Afbeeldingen</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="132" />
      <source>Opacity outside the municipality</source>
      <translation>Dekking buiten de gemeente</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="137" />
      <source>Default paper</source>
      <translation>Standaard papier</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="139" />
      <source>As the catalogue</source>
      <translation>Als de catalogus</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="142" />
      <source>The language of the plugin's own texts on maps (legend, dates, sources, the buurtprofielen' tables): the catalogue's (Dutch for DEGO), whatever language QGIS speaks, or the one chosen here. Titles and layer names are printed as the catalogue gives them.</source>
      <translation>De taal van de eigen teksten van de plug-in op kaarten (legenda, datums, bronnen, de tabellen van de buurtprofielen): die van de catalogus (Nederlands voor DEGO), in welke taal QGIS ook draait, of de taal die hier is gekozen. Titels en laagnamen worden gedrukt zoals de catalogus ze geeft.</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="146" />
      <source>Map language</source>
      <translation>Taal van de kaarten</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="147" />
      <source>Logo</source>
      <translation>Logo</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="151" />
      <source>Buurtprofielen show a figure only when it rests on at least this many buildings, dwellings or households (never fewer than {0}; CBS's own floors apply above it)</source>
      <translation>Buurtprofielen tonen een cijfer alleen als het rust op minstens zoveel gebouwen, woningen of huishoudens (nooit minder dan {0}; de eigen grenzen van het CBS gelden daarboven)</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="154" />
      <source>Buurtprofielen: privacy threshold</source>
      <translation>Buurtprofielen: privacydrempel</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="158" />
      <source>Clear cache</source>
      <translation>Cache legen</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="159" />
      <source>Delete the saved copies of the catalogue, the municipal boundaries and the layers' features; they are fetched again when needed</source>
      <translation>De bewaarde kopieën van de catalogus, de gemeentegrenzen en de objecten van de lagen verwijderen; ze worden opnieuw opgehaald als ze nodig zijn</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="169" />
      <source>Log request addresses and timings (for support)</source>
      <translation>Adressen en duur van verzoeken vastleggen (voor ondersteuning)</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="170" />
      <source>Adds each request's address and duration and each background job's duration to the DEGO tab of the Log Messages panel</source>
      <translation>Zet het adres en de duur van elk verzoek en de duur van elke achtergrondtaak op het tabblad DEGO van het paneel Logberichten</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="198" />
      <source>Set by your organisation (environment variable {0}).</source>
      <translation>Ingesteld door uw organisatie (omgevingsvariabele {0}).</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="233" />
      <source>Setting not saved: {0}</source>
      <translation>Instelling niet opgeslagen: {0}</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="249" />
      <source>Clearing the cache…</source>
      <translation>De cache wordt geleegd…</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="250" />
      <source>Clearing the DEGO cache</source>
      <translation>DEGO-cache legen</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="255" />
      <source>Clearing the cache was cancelled.</source>
      <translation>Het legen van de cache is geannuleerd.</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="257" />
      <source>The cache could not be cleared (details in the DEGO log).</source>
      <translation>De cache kon niet worden geleegd (details in het DEGO-logboek).</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="259" />
      <source>The cache was already empty.</source>
      <translation>De cache was al leeg.</translation>
    </message>
    <message numerus="yes">
      <location filename="dialogs/settings_page.py" line="261" />
      <source>Cache cleared: %n files deleted.</source>
      <translation>
        <numerusform>Cache geleegd: %n bestand verwijderd.</numerusform>
        <numerusform>Cache geleegd: %n bestanden verwijderd.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="270" />
      <source>The logo must be a PNG, JPEG or SVG image.</source>
      <translation>Het logo moet een PNG-, JPEG- of SVG-afbeelding zijn.</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="51" />
      <source>This is not a valid web address.</source>
      <translation>Dit is geen geldig webadres.</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="52" />
      <source>The address has no server name.</source>
      <translation>In het adres ontbreekt de servernaam.</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="53" />
      <source>The address must start with http:// or https://.</source>
      <translation>Het adres moet beginnen met http:// of https://.</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="56" />
      <source>The address must not contain a user name or password; use a QGIS authentication configuration.</source>
      <translation>Het adres mag geen gebruikersnaam of wachtwoord bevatten; gebruik een QGIS-authenticatieconfiguratie.</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="72" />
      <source>Services</source>
      <translation>Diensten</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="72" />
      <source>Maps and print layouts</source>
      <translation>Kaarten en afdruklay-outs</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="73" />
      <source>Cache and log</source>
      <translation>Cache en logboek</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="94" />
      <source>Address of the DEGO catalogue, or of a published QGIS project (.qgs, .qgz); leave empty for the central DEGO catalogue, else DEGO's published QGIS project</source>
      <translation>Adres van de DEGO-catalogus, of van een gepubliceerd QGIS-project (.qgs, .qgz); laat leeg voor de centrale DEGO-catalogus, anders het door DEGO gepubliceerde QGIS-project</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="99" />
      <source>From the catalogue (PDOK by default)</source>
      <translation>Uit de catalogus (standaard PDOK)</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="119" />
      <source>“One size for all maps”: every map on the paper most of them suggest, so one PDF of all maps has pages of one size; “As each map suggests”: each map on its own.</source>
      <translation>“Eén formaat voor alle kaarten”: elke kaart op het papier dat de meeste voorstellen, zodat één PDF met alle kaarten pagina's van één formaat heeft; “Zoals per kaart voorgesteld”: elke kaart op haar eigen papier.</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="121" />
      <source>Paper size:</source>
      <translation>Papierformaat:</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="124" />
      <source>Orientation:</source>
      <translation>Oriëntatie:</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="128" />
      <source>Output folder:</source>
      <translation>Uitvoermap:</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="144" />
      <source>One size for all maps: {0}</source>
      <translation>Eén formaat voor alle kaarten: {0}</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="145" />
      <source>As each map suggests: {0}</source>
      <translation>Zoals per kaart voorgesteld: {0}</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="145" />
      <source>{0} and {1}</source>
      <translation>{0} en {1}</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="151" />
      <source>A PDF per map</source>
      <translation>Een pdf per kaart</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="153" />
      <source>All maps in one PDF</source>
      <translation>Alle kaarten in één pdf</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="154" />
      <source>Also PNG images</source>
      <translation>Ook png-afbeeldingen</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="155" />
      <source>Pages per wijk</source>
      <translation>Pagina's per wijk</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="156" />
      <source>After each map's page of the whole municipality, one page per wijk, clipped to the wijk (in the PDFs).</source>
      <translation>Na de pagina van de hele gemeente per kaart een pagina per wijk, bijgesneden tot de wijk (in de pdf's).</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="175" />
      <source>Make and export</source>
      <translation>Maken en exporteren</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="176" />
      <source>Cancel</source>
      <translation>Annuleren</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="187" />
      <source>Open PDF</source>
      <translation>PDF openen</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="188" />
      <source>Open folder</source>
      <translation>Map openen</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="210" />
      <source>No municipality chosen: choose one above (or on the DEGO toolbar).</source>
      <translation>Geen gemeente gekozen: kies er hierboven een (of op de DEGO-werkbalk).</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="211" />
      <source>The maps of {0} ({1}), clipped to its border.</source>
      <translation>De kaarten van {0} ({1}), bijgesneden tot de gemeentegrens.</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="233" />
      <source>transitievisiekaarten {0}</source>
      <translation>transitievisiekaarten {0}</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="250" />
      <source>Tick at least one map.</source>
      <translation>Vink minstens één kaart aan.</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="254" />
      <source>Choose an output folder.</source>
      <translation>Kies een map voor de bestanden.</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="257" />
      <source>Choose PDF per map, one PDF, or PNG.</source>
      <translation>Kies pdf per kaart, één pdf of png.</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="271" />
      <source>The warmteprogramma has unsaved edits; the Wat- and Wanneer-kaarten show the saved plan.</source>
      <translation>Het warmteprogramma heeft niet-opgeslagen bewerkingen; de Wat- en Wanneer-kaarten tonen het opgeslagen plan.</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="284" />
      <source>Cancelling…</source>
      <translation>Bezig met annuleren…</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="310" />
      <source>Cancelled: the project was closed before the maps were made.</source>
      <translation>Geannuleerd: het project werd gesloten voordat de kaarten klaar waren.</translation>
    </message>
    <message numerus="yes">
      <location filename="dialogs/transitievisie_dialog.py" line="312" />
      <source>Export cancelled; the layouts are in the project (%n files were written).</source>
      <translation>
        <numerusform>Export geannuleerd; de afdrukopmaken staan in het project (%n bestand geschreven).</numerusform>
        <numerusform>Export geannuleerd; de afdrukopmaken staan in het project (%n bestanden geschreven).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="dialogs/transitievisie_dialog.py" line="315" />
      <source>Cancelled; %n layouts are in the project, nothing was exported.</source>
      <translation>
        <numerusform>Geannuleerd; %n afdrukopmaak staat in het project, er is niets geëxporteerd.</numerusform>
        <numerusform>Geannuleerd; %n afdrukopmaken staan in het project, er is niets geëxporteerd.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="317" />
      <source>Cancelled; no maps were made.</source>
      <translation>Geannuleerd; er zijn geen kaarten gemaakt.</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="319" />
      <source>No map could be made.</source>
      <translation>Er kon geen kaart worden gemaakt.</translation>
    </message>
    <message numerus="yes">
      <location filename="dialogs/transitievisie_dialog.py" line="320" />
      <source>%n files written to {0}; the layouts are in the project.</source>
      <translation>
        <numerusform>%n bestand geschreven naar {0}; de afdrukopmaken staan in het project.</numerusform>
        <numerusform>%n bestanden geschreven naar {0}; de afdrukopmaken staan in het project.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="339" />
      <source>Buurtprofielen: {0}</source>
      <translation>Buurtprofielen: {0}</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="341" />
      <source>Buurtprofielen cancelled: the project was closed before they were made.</source>
      <translation>Buurtprofielen geannuleerd: het project werd gesloten voordat ze gemaakt waren.</translation>
    </message>
    <message numerus="yes">
      <location filename="dialogs/transitievisie_dialog.py" line="343" />
      <source>Buurtprofielen cancelled (%n files were written).</source>
      <translation>
        <numerusform>Buurtprofielen geannuleerd (%n bestand geschreven).</numerusform>
        <numerusform>Buurtprofielen geannuleerd (%n bestanden geschreven).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="345" />
      <source>No buurtprofiel could be made.</source>
      <translation>Er kon geen buurtprofiel worden gemaakt.</translation>
    </message>
    <message numerus="yes">
      <location filename="dialogs/transitievisie_dialog.py" line="347" />
      <source>%n buurtprofiel files written to {0}; the layout is in the project.</source>
      <translation>
        <numerusform>%n buurtprofielbestand geschreven naar {0}; de layout staat in het project.</numerusform>
        <numerusform>%n buurtprofielbestanden geschreven naar {0}; de layout staat in het project.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="53" />
      <source>Transitievisiekaarten</source>
      <translation>Transitievisiekaarten</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="64" />
      <source>Map preset skipped: {0}</source>
      <translation>Kaartsjabloon overgeslagen: {0}</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="71" />
      <source>Municipality:</source>
      <translation>Gemeente:</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="78" />
      <source>Maps:</source>
      <translation>Kaarten:</translation>
    </message>
    <message>
      <location filename="layers/clip.py" line="533" />
      <source>no features inside {0}: the layer is empty there</source>
      <translation>geen objecten binnen {0}: de laag is daar leeg</translation>
    </message>
    <message>
      <location filename="layers/credentials.py" line="28" />
      <source>the authentication configuration “{0}” does not exist in this QGIS</source>
      <translation>de authenticatieconfiguratie “{0}” bestaat niet in deze QGIS</translation>
    </message>
    <message>
      <location filename="layers/credentials.py" line="35" />
      <source>the authentication configuration “{0}” is for {1}, not for {2}: its credentials are not sent there</source>
      <translation>de authenticatieconfiguratie “{0}” is voor {1}, niet voor {2}: de inloggegevens worden daar niet heen gestuurd</translation>
    </message>
    <message>
      <location filename="layers/credentials.py" line="39" />
      <source>{0} is not an allowed server: the credentials of “{1}” are not sent there</source>
      <translation>{0} is geen toegestane server: de inloggegevens van “{1}” worden daar niet heen gestuurd</translation>
    </message>
    <message>
      <location filename="layers/loader.py" line="106" />
      <source>the vector tile style is not valid JSON</source>
      <translation>de opmaak van de vectortegels is geen geldige JSON</translation>
    </message>
    <message>
      <location filename="layers/loader.py" line="168" />
      <source>style could not be fetched from {0} (details in the DEGO log)</source>
      <translation>opmaak kon niet worden opgehaald van {0} (details in het DEGO-logboek)</translation>
    </message>
    <message>
      <location filename="layers/loader.py" line="220" />
      <source>Adding “{0}” was cancelled.</source>
      <translation>Het toevoegen van “{0}” is geannuleerd.</translation>
    </message>
    <message>
      <location filename="layers/loader.py" line="224" />
      <source>Could not add “{0}”: {1}</source>
      <translation>“{0}” kon niet worden toegevoegd: {1}</translation>
    </message>
    <message>
      <location filename="layers/loader.py" line="233" />
      <source>Adding DEGO layer “{0}”</source>
      <translation>DEGO-laag “{0}” toevoegen</translation>
    </message>
    <message>
      <location filename="layers/loader.py" line="68" />
      <source>the service answered: {0}</source>
      <translation>de dienst antwoordde: {0}</translation>
    </message>
    <message>
      <location filename="layers/loader.py" line="69" />
      <source>the service did not answer, or does not offer this layer</source>
      <translation>de dienst antwoordde niet, of biedt deze laag niet aan</translation>
    </message>
    <message>
      <location filename="layers/loader.py" line="95" />
      <source>its style is refused: {0}</source>
      <translation>de stijl is geweigerd: {0}</translation>
    </message>
    <message>
      <location filename="layers/loader.py" line="99" />
      <source>style not applied: {0}</source>
      <translation>opmaak niet toegepast: {0}</translation>
    </message>
    <message>
      <location filename="layers/local_copy.py" line="208" />
      <source>Local copy of “{0}” from {1} for {2}; data date {3}.</source>
      <translation>Lokale kopie van “{0}” van {1} voor {2}; datum van de gegevens {3}.</translation>
    </message>
    <message>
      <location filename="layers/local_copy.py" line="209" />
      <source>not given</source>
      <translation>niet opgegeven</translation>
    </message>
    <message>
      <location filename="layers/plan_layer.py" line="122" />
      <source>Warmteprogramma {0}</source>
      <translation>Warmteprogramma {0}</translation>
    </message>
    <message>
      <location filename="layers/plan_layer.py" line="124" />
      <source>Per CBS buurt: the heat alternative (what) and the period (when) of the municipality's warmteprogramma. A concept until the council decides.</source>
      <translation>Per CBS-buurt: het warmtealternatief (wat) en de periode (wanneer) van het warmteprogramma van de gemeente. Een concept tot de raad besluit.</translation>
    </message>
    <message>
      <location filename="layers/plan_layer.py" line="365" />
      <source>the suggestions of “{0}” could not be read ({1}); the plan is made without new suggestions</source>
      <translation>de suggesties uit “{0}” konden niet worden gelezen ({1}); het plan is gemaakt zonder nieuwe suggesties</translation>
    </message>
    <message>
      <location filename="layers/plan_layer.py" line="91" />
      <source>this project has no warmteprogramma of {0}: make it with “Warmteprogramma” on the DEGO toolbar first</source>
      <translation>dit project heeft geen warmteprogramma van {0}: maak het eerst met “Warmteprogramma” op de DEGO-werkbalk</translation>
    </message>
    <message>
      <location filename="layers/plan_style.py" line="163" />
      <source>Choose a value from the list</source>
      <translation>Kies een waarde uit de lijst</translation>
    </message>
    <message>
      <location filename="layers/qml_safety.py" line="48" />
      <source>it is not a QGIS style (QML)</source>
      <translation>het is geen QGIS-stijl (QML)</translation>
    </message>
    <message>
      <location filename="layers/qml_safety.py" line="49" />
      <source>it carries form code or a form file</source>
      <translation>hij bevat formuliercode of een formulierbestand</translation>
    </message>
    <message>
      <location filename="layers/qml_safety.py" line="50" />
      <source>it carries actions</source>
      <translation>hij bevat acties</translation>
    </message>
    <message>
      <location filename="layers/qml_safety.py" line="51" />
      <source>it carries a map tip</source>
      <translation>hij bevat een kaarttip</translation>
    </message>
    <message>
      <location filename="layers/qml_safety.py" line="52" />
      <source>it carries custom properties</source>
      <translation>hij bevat eigen eigenschappen (custom properties)</translation>
    </message>
    <message>
      <location filename="layers/qml_safety.py" line="53" />
      <source>it names an image that is not embedded and not on an allowed server</source>
      <translation>hij noemt een afbeelding die niet is ingesloten en niet op een toegestane server staat</translation>
    </message>
    <message>
      <location filename="layers/qml_safety.py" line="54" />
      <source>it carries an expression that reads this computer or runs in print layouts</source>
      <translation>hij bevat een expressie die deze computer uitleest of in afdruklay-outs wordt uitgevoerd</translation>
    </message>
    <message>
      <location filename="toolbelt/log.py" line="42" />
      <source>an unexpected error occurred (details in the DEGO log)</source>
      <translation>er ging iets onverwachts mis (details in het DEGO-logboek)</translation>
    </message>
  </context>
</TS>
