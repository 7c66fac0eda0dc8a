<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
  <context>
    <name>DEGO</name>
    <message>
      <location filename="algorithms/catalogue_access.py" line="23" />
      <source>The live catalogue could not be used ({0}); using a saved copy.</source>
      <translation>The live catalogue could not be used ({0}); using a saved copy.</translation>
    </message>
    <message>
      <location filename="algorithms/catalogue_access.py" line="33" />
      <source>“{0}” is not a municipality code; use a code like GM0363.</source>
      <translation>“{0}” is not a municipality code; use a code like GM0363.</translation>
    </message>
    <message>
      <location filename="algorithms/catalogue_access.py" line="37" />
      <source>Could not load the municipality: {0}</source>
      <translation>Could not load the municipality: {0}</translation>
    </message>
    <message>
      <location filename="algorithms/catalogue_access.py" line="39" />
      <source>Municipality: {0} ({1})</source>
      <translation>Municipality: {0} ({1})</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="125" />
      <source>No PDF was written to {0}.</source>
      <translation>No PDF was written to {0}.</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="127" />
      <source>Written: {0}</source>
      <translation>Written: {0}</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="155" />
      <source>“{0}” could not be fetched: {1}</source>
      <translation>“{0}” could not be fetched: {1}</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="174" />
      <source>No map could be made for {0}.</source>
      <translation>No map could be made for {0}.</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="199" />
      <source>No buurt of {0} has the code {1}.</source>
      <translation>No buurt of {0} has the code {1}.</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="241" />
      <source>Warmteprogramma {0}: {1}</source>
      <translation>Warmteprogramma {0}: {1}</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="254" />
      <source>The DEGO catalogue has no transitievisie maps.</source>
      <translation>The DEGO catalogue has no transitievisie maps.</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="256" />
      <source>No warmteprogramma given: the maps {0} are skipped.</source>
      <translation>No warmteprogramma given: the maps {0} are skipped.</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="263" />
      <source>Unknown maps: {0}. The catalogue has: {1}</source>
      <translation>Unknown maps: {0}. The catalogue has: {1}</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="267" />
      <source>The maps {0} draw the municipality's warmteprogramma: give its GeoPackage as PLAN.</source>
      <translation>The maps {0} draw the municipality's warmteprogramma: give its GeoPackage as PLAN.</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="55" />
      <source>Export transitievisie maps</source>
      <translation>Export transitievisie maps</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="58" />
      <source>Makes the transitievisie maps of the DEGO catalogue for one municipality and saves them as PDF files, one per map and optionally one combined PDF. Maps: preset ids separated by commas, empty for all maps. With pages per wijk, each map is followed by one page per wijk. The Wat- and Wanneer-kaarten draw the municipality's warmteprogramma: give its GeoPackage as Warmteprogramma. Buurtprofielen: one A4 page per buurt (all, or the buurtcodes given) in the folder buurtprofielen, a PDF per buurt and one combined PDF; figures about few buildings or households are not shown (the privacy threshold of the DEGO settings).</source>
      <translation>Makes the transitievisie maps of the DEGO catalogue for one municipality and saves them as PDF files, one per map and optionally one combined PDF. Maps: preset ids separated by commas, empty for all maps. With pages per wijk, each map is followed by one page per wijk. The Wat- and Wanneer-kaarten draw the municipality's warmteprogramma: give its GeoPackage as Warmteprogramma. Buurtprofielen: one A4 page per buurt (all, or the buurtcodes given) in the folder buurtprofielen, a PDF per buurt and one combined PDF; figures about few buildings or households are not shown (the privacy threshold of the DEGO settings).</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="70" />
      <source>Municipality code (e.g. GM0363)</source>
      <translation>Municipality code (e.g. GM0363)</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="72" />
      <source>Maps (preset ids, separated by commas; empty: all)</source>
      <translation>Maps (preset ids, separated by commas; empty: all)</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="74" />
      <source>Paper</source>
      <translation>Paper</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="74" />
      <source>As in the preset</source>
      <translation>As in the preset</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="76" />
      <source>Orientation</source>
      <translation>Orientation</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="78" />
      <source>Also one combined PDF</source>
      <translation>Also one combined PDF</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="79" />
      <source>Add a page per wijk</source>
      <translation>Add a page per wijk</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="80" />
      <source>Warmteprogramma (GeoPackage) for the Wat- and Wanneer-kaarten</source>
      <translation>Warmteprogramma (GeoPackage) for the Wat- and Wanneer-kaarten</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="84" />
      <source>No</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="84" />
      <source>Also the buurtprofielen</source>
      <translation>Also the buurtprofielen</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="84" />
      <source>Only the buurtprofielen</source>
      <translation>Only the buurtprofielen</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="86" />
      <source>Buurtprofielen of these buurten (buurtcodes, separated by commas; empty: all)</source>
      <translation>Buurtprofielen of these buurten (buurtcodes, separated by commas; empty: all)</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="88" />
      <source>Output folder</source>
      <translation>Output folder</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="89" />
      <source>Files written</source>
      <translation>Files written</translation>
    </message>
    <message>
      <location filename="algorithms/load_layer.py" line="34" />
      <source>Load DEGO layer</source>
      <translation>Load DEGO layer</translation>
    </message>
    <message>
      <location filename="algorithms/load_layer.py" line="37" />
      <source>Fetches a vector layer (WFS or OGC API Features) of the DEGO catalogue by its id, for example energielabel-wfs, and saves its features, for example to a GeoPackage. The catalogue is the one set under Settings ▸ Options ▸ DEGO. With a municipality code only the features of that municipality are saved.</source>
      <translation>Fetches a vector layer (WFS or OGC API Features) of the DEGO catalogue by its id, for example energielabel-wfs, and saves its features, for example to a GeoPackage. The catalogue is the one set under Settings ▸ Options ▸ DEGO. With a municipality code only the features of that municipality are saved.</translation>
    </message>
    <message>
      <location filename="algorithms/load_layer.py" line="43" />
      <source>Catalogue layer id</source>
      <translation>Catalogue layer id</translation>
    </message>
    <message>
      <location filename="algorithms/load_layer.py" line="46" />
      <source>DEGO layer</source>
      <translation>DEGO layer</translation>
    </message>
    <message>
      <location filename="algorithms/load_layer.py" line="61" />
      <source>“{0}” is not in the DEGO catalogue. Vector layers: {1}</source>
      <translation>“{0}” is not in the DEGO catalogue. Vector layers: {1}</translation>
    </message>
    <message>
      <location filename="algorithms/load_layer.py" line="64" />
      <source>“{0}” is a map image or tile layer; only vector layers (WFS, OGC API Features) can be saved. Add it from the DEGO dock instead.</source>
      <translation>“{0}” is a map image or tile layer; only vector layers (WFS, OGC API Features) can be saved. Add it from the DEGO dock instead.</translation>
    </message>
    <message>
      <location filename="algorithms/load_layer.py" line="68" />
      <source>Fetching “{0}”</source>
      <translation>Fetching “{0}”</translation>
    </message>
    <message>
      <location filename="algorithms/load_layer.py" line="80" />
      <source>Could not fetch “{0}”: {1}</source>
      <translation>Could not fetch “{0}”: {1}</translation>
    </message>
    <message>
      <location filename="algorithms/plan_files.py" line="126" />
      <source>Import warmteprogramma file</source>
      <translation>Import warmteprogramma file</translation>
    </message>
    <message>
      <location filename="algorithms/plan_files.py" line="129" />
      <source>Reads a warmteprogramma file (GeoPackage or GeoJSON of the schema dego-warmteprogramma, e.g. an older version) and writes its values into a plan GeoPackage, buurt by buurt (matched by buurtcode). Values outside the lists are kept and listed in a validation report.</source>
      <translation>Reads a warmteprogramma file (GeoPackage or GeoJSON of the schema dego-warmteprogramma, e.g. an older version) and writes its values into a plan GeoPackage, buurt by buurt (matched by buurtcode). Values outside the lists are kept and listed in a validation report.</translation>
    </message>
    <message>
      <location filename="algorithms/plan_files.py" line="134" />
      <source>Warmteprogramma file (GeoPackage or GeoJSON)</source>
      <translation>Warmteprogramma file (GeoPackage or GeoJSON)</translation>
    </message>
    <message>
      <location filename="algorithms/plan_files.py" line="135" />
      <source>Plan to import into (GeoPackage)</source>
      <translation>Plan to import into (GeoPackage)</translation>
    </message>
    <message>
      <location filename="algorithms/plan_files.py" line="137" />
      <source>Buurten imported</source>
      <translation>Buurten imported</translation>
    </message>
    <message>
      <location filename="algorithms/plan_files.py" line="153" />
      <source>Validation of the import into {0}</source>
      <translation>Validation of the import into {0}</translation>
    </message>
    <message numerus="yes">
      <location filename="algorithms/plan_files.py" line="156" />
      <source>%n buurten imported into {0}.</source>
      <translation>
        <numerusform>%n buurt imported into {0}.</numerusform>
        <numerusform>%n buurten imported into {0}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="algorithms/plan_files.py" line="30" />
      <source>%n values do not follow the schema; validation report: {0}</source>
      <translation>
        <numerusform>%n value does not follow the schema; validation report: {0}</numerusform>
        <numerusform>%n values do not follow the schema; validation report: {0}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="algorithms/plan_files.py" line="57" />
      <source>Export warmteprogramma as open data</source>
      <translation>Export warmteprogramma as open data</translation>
    </message>
    <message>
      <location filename="algorithms/plan_files.py" line="60" />
      <source>Writes a municipality's warmteprogramma (the plan GeoPackage the Warmteprogramma button makes) as open data: a GeoPackage and a GeoJSON following the schema dego-warmteprogramma, with the municipality code, the version date and the licence in the metadata. Values that do not follow the schema are exported as they are and listed in a validation report.</source>
      <translation>Writes a municipality's warmteprogramma (the plan GeoPackage the Warmteprogramma button makes) as open data: a GeoPackage and a GeoJSON following the schema dego-warmteprogramma, with the municipality code, the version date and the licence in the metadata. Values that do not follow the schema are exported as they are and listed in a validation report.</translation>
    </message>
    <message>
      <location filename="algorithms/plan_files.py" line="66" />
      <source>Warmteprogramma (GeoPackage)</source>
      <translation>Warmteprogramma (GeoPackage)</translation>
    </message>
    <message>
      <location filename="algorithms/plan_files.py" line="67" />
      <source>Version date (YYYY-MM-DD; empty: today)</source>
      <translation>Version date (YYYY-MM-DD; empty: today)</translation>
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
      <translation>Values that do not follow the schema</translation>
    </message>
    <message>
      <location filename="algorithms/plan_files.py" line="86" />
      <source>“{0}” is not a date (YYYY-MM-DD).</source>
      <translation>“{0}” is not a date (YYYY-MM-DD).</translation>
    </message>
    <message>
      <location filename="algorithms/plan_files.py" line="96" />
      <source>Validation of the warmteprogramma {0}</source>
      <translation>Validation of the warmteprogramma {0}</translation>
    </message>
    <message>
      <location filename="algorithms/provider.py" line="24" />
      <source>DEGO energy-transition data</source>
      <translation>DEGO energy-transition data</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_layout.py" line="105" />
      <source>before 1946</source>
      <translation>before 1946</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_layout.py" line="107" />
      <source>2006 and later</source>
      <translation>2006 and later</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_layout.py" line="108" />
      <source>Built {0}</source>
      <translation>Built {0}</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_layout.py" line="109" />
      <source>Label {0}</source>
      <translation>Label {0}</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_layout.py" line="111" />
      <source>No label</source>
      <translation>No label</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_layout.py" line="112" />
      <source>Buildings (number)</source>
      <translation>Buildings (number)</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_layout.py" line="113" />
      <source>Dwellings (number)</source>
      <translation>Dwellings (number)</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_layout.py" line="114" />
      <source>Gas use per dwelling (m³ a year)</source>
      <translation>Gas use per dwelling (m³ a year)</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_layout.py" line="115" />
      <source>Owner-occupied homes (%)</source>
      <translation>Owner-occupied homes (%)</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_layout.py" line="116" />
      <source>Corporation homes (%)</source>
      <translation>Corporation homes (%)</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_layout.py" line="117" />
      <source>Low-income households (%)</source>
      <translation>Low-income households (%)</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_layout.py" line="157" />
      <source>the layout template has no item “{0}”</source>
      <translation>the layout template has no item “{0}”</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_layout.py" line="169" />
      <source>Buurtprofiel {0}</source>
      <translation>Buurtprofiel {0}</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_layout.py" line="170" />
      <source>Municipality {0} · buurt {1}</source>
      <translation>Municipality {0} · buurt {1}</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_layout.py" line="178" />
      <source>Plan: Municipality {0}, warmteprogramma</source>
      <translation>Plan: Municipality {0}, warmteprogramma</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_layout.py" line="190" />
      <source>{0} not shown to protect privacy: it would rest on fewer than {1} buildings, dwellings or households (a share of buildings or homes on fewer than {2}, the average gas use on fewer than {3} buildings, the low incomes on fewer than {4} households, as CBS does). Numbers rounded to 5, gas use to 50 m³. {5} not available.</source>
      <translation>{0} not shown to protect privacy: it would rest on fewer than {1} buildings, dwellings or households (a share of buildings or homes on fewer than {2}, the average gas use on fewer than {3} buildings, the low incomes on fewer than {4} households, as CBS does). Numbers rounded to 5, gas use to 50 m³. {5} not available.</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_layout.py" line="232" />
      <source>Buildings and residents</source>
      <translation>Buildings and residents</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_layout.py" line="233" />
      <source>Energy label (% of buildings)</source>
      <translation>Energy label (% of buildings)</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_layout.py" line="240" />
      <source>This buurt</source>
      <translation>This buurt</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_layout.py" line="241" />
      <source>Municipality</source>
      <translation>Municipality</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_layout.py" line="255" />
      <source>Built (% of buildings)</source>
      <translation>Built (% of buildings)</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_layout.py" line="273" />
      <source>not filled in yet</source>
      <translation>not filled in yet</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_layout.py" line="277" />
      <source>Heat alternative: {0}</source>
      <translation>Heat alternative: {0}</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_layout.py" line="278" />
      <source>Period: {0}</source>
      <translation>Period: {0}</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_layout.py" line="279" />
      <source>Explanation: {0}</source>
      <translation>Explanation: {0}</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_layout.py" line="280" />
      <source>What the municipality plans (warmteprogramma)</source>
      <translation>What the municipality plans (warmteprogramma)</translation>
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
      <translation>these layers are not available: {0}</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_set.py" line="156" />
      <source>buurtprofielen {0}</source>
      <translation>buurtprofielen {0}</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_set.py" line="188" />
      <source>Listing the buurten of {0}</source>
      <translation>Listing the buurten of {0}</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_set.py" line="220" />
      <source>Preparing the layers of the buurtprofielen…</source>
      <translation>Preparing the layers of the buurtprofielen…</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_set.py" line="238" />
      <source>Computing the figures of the buurten…</source>
      <translation>Computing the figures of the buurten…</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_set.py" line="239" />
      <source>Computing the buurtprofielen</source>
      <translation>Computing the buurtprofielen</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_set.py" line="253" />
      <source>no buurt of {0} has the code {1}</source>
      <translation>no buurt of {0} has the code {1}</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_set.py" line="265" />
      <source>Exporting the buurtprofielen…</source>
      <translation>Exporting the buurtprofielen…</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_set.py" line="267" />
      <source>Exporting the buurtprofielen of {0}</source>
      <translation>Exporting the buurtprofielen of {0}</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_set.py" line="282" />
      <source>The buurtprofielen could not be made: {0}.</source>
      <translation>The buurtprofielen could not be made: {0}.</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_set.py" line="84" />
      <source>Buurtprofiel</source>
      <translation>Buurtprofiel</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_set.py" line="90" />
      <source>the DEGO catalogue has no panden layer (WFS or OGC API Features) to compute them from</source>
      <translation>the DEGO catalogue has no panden layer (WFS or OGC API Features) to compute them from</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_set.py" line="91" />
      <source>the DEGO catalogue has no buurten layer (WFS or OGC API Features)</source>
      <translation>the DEGO catalogue has no buurten layer (WFS or OGC API Features)</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_set.py" line="92" />
      <source>the buurten layer holds no buurt of this municipality</source>
      <translation>the buurten layer holds no buurt of this municipality</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_set.py" line="93" />
      <source>the buurten layer has no buurtcode field</source>
      <translation>the buurten layer has no buurtcode field</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_set.py" line="94" />
      <source>the layers could not be loaded</source>
      <translation>the layers could not be loaded</translation>
    </message>
    <message>
      <location filename="compositions/buurtprofiel_set.py" line="95" />
      <source>the figures could not be saved</source>
      <translation>the figures could not be saved</translation>
    </message>
    <message>
      <location filename="compositions/export.py" line="211" />
      <source>the folder {0} cannot be written</source>
      <translation>the folder {0} cannot be written</translation>
    </message>
    <message>
      <location filename="compositions/export.py" line="214" />
      <source>the layer “{0}” could not be loaded; the maps that show it lack it</source>
      <translation>the layer “{0}” could not be loaded; the maps that show it lack it</translation>
    </message>
    <message>
      <location filename="compositions/export.py" line="274" />
      <source>{0}: the file {1} could not be written</source>
      <translation>{0}: the file {1} could not be written</translation>
    </message>
    <message>
      <location filename="compositions/export.py" line="299" />
      <source>{0}: {1}</source>
      <translation>{0}: {1}</translation>
    </message>
    <message>
      <location filename="compositions/export.py" line="470" />
      <source>the file could not be written</source>
      <translation>the file could not be written</translation>
    </message>
    <message>
      <location filename="compositions/export.py" line="472" />
      <source>the PDF could not be made</source>
      <translation>the PDF could not be made</translation>
    </message>
    <message>
      <location filename="compositions/export.py" line="474" />
      <source>not enough memory for the export</source>
      <translation>not enough memory for the export</translation>
    </message>
    <message>
      <location filename="compositions/export.py" line="475" />
      <source>the export failed</source>
      <translation>the export failed</translation>
    </message>
    <message>
      <location filename="compositions/job.py" line="65" />
      <source>The layers could not be prepared: {0}.</source>
      <translation>The layers could not be prepared: {0}.</translation>
    </message>
    <message>
      <location filename="compositions/job.py" line="69" />
      <source>“{0}” could not be added: {1}</source>
      <translation>“{0}” could not be added: {1}</translation>
    </message>
    <message>
      <location filename="compositions/layout.py" line="139" />
      <source>the layout template {0} could not be read: {1}</source>
      <translation>the layout template {0} could not be read: {1}</translation>
    </message>
    <message>
      <location filename="compositions/layout.py" line="141" />
      <source>the layout template {0} is not valid</source>
      <translation>the layout template {0} is not valid</translation>
    </message>
    <message>
      <location filename="compositions/map_set.py" line="170" />
      <source>{0}: these layers are not available: {1}</source>
      <translation>{0}: these layers are not available: {1}</translation>
    </message>
    <message>
      <location filename="compositions/map_set.py" line="174" />
      <source>No data</source>
      <translation>No data</translation>
    </message>
    <message>
      <location filename="compositions/map_set.py" line="206" />
      <source>Pages per wijk: the catalogue has no wijken layer, or it could not be loaded</source>
      <translation>Pages per wijk: the catalogue has no wijken layer, or it could not be loaded</translation>
    </message>
    <message>
      <location filename="compositions/map_set.py" line="226" />
      <source>{0} (per wijk): {1}</source>
      <translation>{0} (per wijk): {1}</translation>
    </message>
    <message>
      <location filename="compositions/map_set.py" line="244" />
      <source>the export failed: {0}</source>
      <translation>the export failed: {0}</translation>
    </message>
    <message numerus="yes">
      <location filename="compositions/map_set.py" line="247" />
      <source>Exporting %n transitievisie maps</source>
      <translation>
        <numerusform>Exporting %n transitievisie map</numerusform>
        <numerusform>Exporting %n transitievisie maps</numerusform>
      </translation>
    </message>
    <message>
      <location filename="compositions/map_set.py" line="294" />
      <source>Preparing the layers…</source>
      <translation>Preparing the layers…</translation>
    </message>
    <message>
      <location filename="compositions/map_set.py" line="303" />
      <source>Making the layouts…</source>
      <translation>Making the layouts…</translation>
    </message>
    <message>
      <location filename="compositions/map_set.py" line="328" />
      <source>Map not made: {0}</source>
      <translation>Map not made: {0}</translation>
    </message>
    <message numerus="yes">
      <location filename="compositions/map_set.py" line="333" />
      <source>Exporting %n maps…</source>
      <translation>
        <numerusform>Exporting %n map…</numerusform>
        <numerusform>Exporting %n maps…</numerusform>
      </translation>
    </message>
    <message>
      <location filename="compositions/map_set.py" line="340" />
      <source>Export failed: {0}</source>
      <translation>Export failed: {0}</translation>
    </message>
    <message>
      <location filename="compositions/map_set.py" line="345" />
      <source>The maps could not be made: {0}.</source>
      <translation>The maps could not be made: {0}.</translation>
    </message>
    <message>
      <location filename="compositions/map_set.py" line="93" />
      <source>Preparing the layers of the transitievisie maps</source>
      <translation>Preparing the layers of the transitievisie maps</translation>
    </message>
    <message>
      <location filename="compositions/map_texts.py" line="32" />
      <source>Municipality {0}</source>
      <translation>Municipality {0}</translation>
    </message>
    <message>
      <location filename="compositions/map_texts.py" line="37" />
      <source>Legend</source>
      <translation>Legend</translation>
    </message>
    <message>
      <location filename="compositions/map_texts.py" line="46" />
      <source>Source: {0}</source>
      <translation>Source: {0}</translation>
    </message>
    <message>
      <location filename="compositions/map_texts.py" line="55" />
      <source>Data date: {0}</source>
      <translation>Data date: {0}</translation>
    </message>
    <message>
      <location filename="compositions/map_texts.py" line="57" />
      <source>Map date: {0}</source>
      <translation>Map date: {0}</translation>
    </message>
    <message>
      <location filename="compositions/map_texts.py" line="75" />
      <source>Background map: {0}</source>
      <translation>Background map: {0}</translation>
    </message>
    <message>
      <location filename="compositions/map_texts.py" line="82" />
      <source>Made with the DEGO plugin from national data; no rights can be derived from this map.</source>
      <translation>Made with the DEGO plugin from national data; no rights can be derived from this map.</translation>
    </message>
    <message>
      <location filename="compositions/map_texts.py" line="87" />
      <source>INTERNAL USE: shows energy use per building; not for residents or publication.</source>
      <translation>INTERNAL USE: shows energy use per building; not for residents or publication.</translation>
    </message>
    <message>
      <location filename="compositions/map_texts.py" line="92" />
      <source>(no legend from the map server)</source>
      <translation>(no legend from the map server)</translation>
    </message>
    <message>
      <location filename="compositions/print_layers.py" line="227" />
      <source>DEGO maps</source>
      <translation>DEGO maps</translation>
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
      <translation>portrait</translation>
    </message>
    <message>
      <location filename="compositions/wijk_pages.py" line="54" />
      <source>landscape</source>
      <translation>landscape</translation>
    </message>
    <message>
      <location filename="compositions/wijk_pages.py" line="55" />
      <source>{0} (per wijk, {1})</source>
      <translation>{0} (per wijk, {1})</translation>
    </message>
    <message>
      <location filename="compositions/wijk_pages.py" line="86" />
      <source>the wijken layer has no field “{0}”</source>
      <translation>the wijken layer has no field “{0}”</translation>
    </message>
    <message>
      <location filename="controllers/catalogue_refresh.py" line="69" />
      <source>Loading the DEGO catalogue</source>
      <translation>Loading the DEGO catalogue</translation>
    </message>
    <message>
      <location filename="controllers/catalogue_refresh.py" line="76" />
      <source>Reading the saved DEGO catalogue</source>
      <translation>Reading the saved DEGO catalogue</translation>
    </message>
    <message>
      <location filename="controllers/catalogue_refresh.py" line="93" />
      <source>The catalogue could not be loaded; press Refresh to try again.</source>
      <translation>The catalogue could not be loaded; press Refresh to try again.</translation>
    </message>
    <message>
      <location filename="controllers/locator_filter.py" line="46" />
      <source>Add a layer from the DEGO catalogue</source>
      <translation>Add a layer from the DEGO catalogue</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="104" />
      <source>{0}; checking for a newer one…</source>
      <translation>{0}; checking for a newer one…</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="109" />
      <source>Live catalogue not available ({0}); showing {1}. {2}</source>
      <translation>Live catalogue not available ({0}); showing {1}. {2}</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="116" />
      <source>Refresh failed ({0}); still showing {1}. {2}</source>
      <translation>Refresh failed ({0}); still showing {1}. {2}</translation>
    </message>
    <message numerus="yes">
      <location filename="controllers/messages.py" line="124" />
      <source>The catalogue is up to date (%n layers).</source>
      <translation>
        <numerusform>The catalogue is up to date (%n layer).</numerusform>
        <numerusform>The catalogue is up to date (%n layers).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="controllers/messages.py" line="125" />
      <source>Catalogue updated: %n layers.</source>
      <translation>
        <numerusform>Catalogue updated: %n layer.</numerusform>
        <numerusform>Catalogue updated: %n layers.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="131" />
      <source>unsafe or invalid address</source>
      <translation>unsafe or invalid address</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="132" />
      <source>id used twice</source>
      <translation>id used twice</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="133" />
      <source>required field missing</source>
      <translation>required field missing</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="134" />
      <source>unknown service type</source>
      <translation>unknown service type</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="135" />
      <source>unknown theme</source>
      <translation>unknown theme</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="136" />
      <source>invalid value</source>
      <translation>invalid value</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="137" />
      <source>not a layer entry</source>
      <translation>not a layer entry</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="138" />
      <source>invalid theme</source>
      <translation>invalid theme</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="139" />
      <source>unsafe style</source>
      <translation>unsafe style</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="140" />
      <source>not a catalogue layer</source>
      <translation>not a catalogue layer</translation>
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
      <translation>Vector tiles</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="156" />
      <source>Building</source>
      <translation>Building</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="156" />
      <source>Postcode (6 positions)</source>
      <translation>Postcode (6 positions)</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="156" />
      <source>Postcode (4 digits)</source>
      <translation>Postcode (4 digits)</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="157" />
      <source>Neighbourhood</source>
      <translation>Neighbourhood</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="157" />
      <source>District</source>
      <translation>District</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="158" />
      <source>Province</source>
      <translation>Province</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="158" />
      <source>Country</source>
      <translation>Country</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="158" />
      <source>Grid</source>
      <translation>Grid</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="158" />
      <source>Line</source>
      <translation>Line</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="159" />
      <source>Point</source>
      <translation>Point</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="165" />
      <source>Landscape</source>
      <translation>Landscape</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="165" />
      <source>Portrait</source>
      <translation>Portrait</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="166" />
      <source>Fitting the municipality</source>
      <translation>Fitting the municipality</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="172" />
      <source>“{0}” is not a municipality known to the boundary service</source>
      <translation>“{0}” is not a municipality known to the boundary service</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="174" />
      <source>the boundary service could not be reached and no saved copy of {0} exists</source>
      <translation>the boundary service could not be reached and no saved copy of {0} exists</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="176" />
      <source>the boundary service is not on an allowed server (Settings ▸ Options ▸ DEGO) and no saved copy of {0} exists</source>
      <translation>the boundary service is not on an allowed server (Settings ▸ Options ▸ DEGO) and no saved copy of {0} exists</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="178" />
      <source>the boundary service gave no usable boundary for {0}</source>
      <translation>the boundary service gave no usable boundary for {0}</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="183" />
      <source>{0} could not be saved for offline use (the DEGO cache folder cannot be written); it is used until QGIS closes.</source>
      <translation>{0} could not be saved for offline use (the DEGO cache folder cannot be written); it is used until QGIS closes.</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="25" />
      <source>the catalogue was not found at its address (HTTP 404)</source>
      <translation>the catalogue was not found at its address (HTTP 404)</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="27" />
      <source>the DEGO service has a problem (HTTP {0})</source>
      <translation>the DEGO service has a problem (HTTP {0})</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="28" />
      <source>the DEGO service refused the request (HTTP {0})</source>
      <translation>the DEGO service refused the request (HTTP {0})</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="30" />
      <source>the DEGO service did not answer in time</source>
      <translation>the DEGO service did not answer in time</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="31" />
      <source>the DEGO service could not be reached</source>
      <translation>the DEGO service could not be reached</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="32" />
      <source>the DEGO service redirected too often</source>
      <translation>the DEGO service redirected too often</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="33" />
      <source>the request to the DEGO service failed</source>
      <translation>the request to the DEGO service failed</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="34" />
      <source>the catalogue is too large</source>
      <translation>the catalogue is too large</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="35" />
      <source>the catalogue is damaged (not valid JSON)</source>
      <translation>the catalogue is damaged (not valid JSON)</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="36" />
      <source>the catalogue is damaged (not UTF-8 text)</source>
      <translation>the catalogue is damaged (not UTF-8 text)</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="37" />
      <source>the catalogue is damaged (not a catalogue document)</source>
      <translation>the catalogue is damaged (not a catalogue document)</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="38" />
      <source>the catalogue has no format version</source>
      <translation>the catalogue has no format version</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="39" />
      <source>the catalogue needs a newer DEGO plugin</source>
      <translation>the catalogue needs a newer DEGO plugin</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="40" />
      <source>the catalogue holds no layers</source>
      <translation>the catalogue holds no layers</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="41" />
      <source>the catalogue holds no usable layers</source>
      <translation>the catalogue holds no usable layers</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="42" />
      <source>the catalogue address is not an http(s) URL</source>
      <translation>the catalogue address is not an http(s) URL</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="43" />
      <source>the catalogue address is not on an allowed server</source>
      <translation>the catalogue address is not on an allowed server</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="44" />
      <source>the DEGO service redirected to a server that is not allowed</source>
      <translation>the DEGO service redirected to a server that is not allowed</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="45" />
      <source>the published QGIS project could not be read</source>
      <translation>the published QGIS project could not be read</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="47" />
      <source>the catalogue could not be loaded ({0})</source>
      <translation>the catalogue could not be loaded ({0})</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="53" />
      <source>Check the network or proxy settings, then press Refresh.</source>
      <translation>Check the network or proxy settings, then press Refresh.</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="55" />
      <source>Check the catalogue address in the DEGO settings.</source>
      <translation>Check the catalogue address in the DEGO settings.</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="57" />
      <source>Update the DEGO plugin in the Plugin Manager.</source>
      <translation>Update the DEGO plugin in the Plugin Manager.</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="59" />
      <source>Press Refresh later.</source>
      <translation>Press Refresh later.</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="60" />
      <source>Press Refresh later; if this persists, tell the catalogue's publisher.</source>
      <translation>Press Refresh later; if this persists, tell the catalogue's publisher.</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="66" />
      <source>unknown date</source>
      <translation>unknown date</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="80" />
      <source>the catalogue saved on {0}</source>
      <translation>the catalogue saved on {0}</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="81" />
      <source>the built-in catalogue of {0}</source>
      <translation>the built-in catalogue of {0}</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="88" />
      <source>Cached catalogue from the QGIS project {0}, saved {1}</source>
      <translation>Cached catalogue from the QGIS project {0}, saved {1}</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="91" />
      <source>Cached catalogue from {0}</source>
      <translation>Cached catalogue from {0}</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="93" />
      <source>Built-in catalogue from {0}</source>
      <translation>Built-in catalogue from {0}</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="95" />
      <source>Live catalogue from the published QGIS project {0}, fetched {1}</source>
      <translation>Live catalogue from the published QGIS project {0}, fetched {1}</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="98" />
      <source>Live catalogue, fetched {0}</source>
      <translation>Live catalogue, fetched {0}</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="99" />
      <source>{0} (live catalogue not available: {1})</source>
      <translation>{0} (live catalogue not available: {1})</translation>
    </message>
    <message>
      <location filename="controllers/municipality_choice.py" line="135" />
      <source>the municipality list</source>
      <translation>the municipality list</translation>
    </message>
    <message>
      <location filename="controllers/municipality_choice.py" line="138" />
      <source>The municipality list could not be loaded: {0}.</source>
      <translation>The municipality list could not be loaded: {0}.</translation>
    </message>
    <message>
      <location filename="controllers/municipality_choice.py" line="145" />
      <source>The boundary service could not be reached; showing the municipality list saved on {0}.</source>
      <translation>The boundary service could not be reached; showing the municipality list saved on {0}.</translation>
    </message>
    <message>
      <location filename="controllers/municipality_choice.py" line="148" />
      <source>The municipality list</source>
      <translation>The municipality list</translation>
    </message>
    <message>
      <location filename="controllers/municipality_choice.py" line="151" />
      <source>Loading the municipality list</source>
      <translation>Loading the municipality list</translation>
    </message>
    <message>
      <location filename="controllers/municipality_choice.py" line="162" />
      <source>“{0}” is not a municipality code or name.</source>
      <translation>“{0}” is not a municipality code or name.</translation>
    </message>
    <message>
      <location filename="controllers/municipality_choice.py" line="171" />
      <source>fetching the boundary of {0} was cancelled</source>
      <translation>fetching the boundary of {0} was cancelled</translation>
    </message>
    <message>
      <location filename="controllers/municipality_choice.py" line="177" />
      <source>{0}; the layers keep their current clipping.</source>
      <translation>{0}; the layers keep their current clipping.</translation>
    </message>
    <message>
      <location filename="controllers/municipality_choice.py" line="183" />
      <source>The boundary service could not be reached; using the boundary of {0} saved on {1}.</source>
      <translation>The boundary service could not be reached; using the boundary of {0} saved on {1}.</translation>
    </message>
    <message>
      <location filename="controllers/municipality_choice.py" line="187" />
      <source>The boundary of {0}</source>
      <translation>The boundary of {0}</translation>
    </message>
    <message>
      <location filename="controllers/municipality_choice.py" line="196" />
      <source>Fetching the boundary of {0}</source>
      <translation>Fetching the boundary of {0}</translation>
    </message>
    <message>
      <location filename="controllers/municipality_choice.py" line="212" />
      <source>No municipality chosen: the DEGO layers are no longer clipped to {0} and show every municipality.</source>
      <translation>No municipality chosen: the DEGO layers are no longer clipped to {0} and show every municipality.</translation>
    </message>
    <message>
      <location filename="controllers/municipality_choice.py" line="215" />
      <source>No municipality chosen: the DEGO layers show every municipality.</source>
      <translation>No municipality chosen: the DEGO layers show every municipality.</translation>
    </message>
    <message numerus="yes">
      <location filename="controllers/municipality_choice.py" line="232" />
      <source>%n layers clipped to {0}.</source>
      <translation>
        <numerusform>%n layer clipped to {0}.</numerusform>
        <numerusform>%n layers clipped to {0}.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="controllers/municipality_choice.py" line="326" />
      <source>Outside {0} (mask)</source>
      <translation>Outside {0} (mask)</translation>
    </message>
    <message>
      <location filename="controllers/municipality_choice.py" line="327" />
      <source>Municipal boundary {0}</source>
      <translation>Municipal boundary {0}</translation>
    </message>
    <message>
      <location filename="controllers/municipality_choice.py" line="388" />
      <source>Checking the clipped layers</source>
      <translation>Checking the clipped layers</translation>
    </message>
    <message>
      <location filename="controllers/plan.py" line="113" />
      <source>No warmteprogramma: {0}.</source>
      <translation>No warmteprogramma: {0}.</translation>
    </message>
    <message>
      <location filename="controllers/plan.py" line="133" />
      <source>The warmteprogramma could not be made: {0}.</source>
      <translation>The warmteprogramma could not be made: {0}.</translation>
    </message>
    <message>
      <location filename="controllers/plan.py" line="150" />
      <source>Making the warmteprogramma of {0}</source>
      <translation>Making the warmteprogramma of {0}</translation>
    </message>
    <message>
      <location filename="controllers/plan.py" line="155" />
      <source>cancelled</source>
      <translation>cancelled</translation>
    </message>
    <message>
      <location filename="controllers/plan.py" line="184" />
      <source>The warmteprogramma could not be exported: {0}.</source>
      <translation>The warmteprogramma could not be exported: {0}.</translation>
    </message>
    <message numerus="yes">
      <location filename="controllers/plan.py" line="187" />
      <source>Warmteprogramma exported as open data (%n buurten): {0} and {1}.</source>
      <translation>
        <numerusform>Warmteprogramma exported as open data (%n buurt): {0} and {1}.</numerusform>
        <numerusform>Warmteprogramma exported as open data (%n buurten): {0} and {1}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="controllers/plan.py" line="190" />
      <source>%n values do not follow the schema.</source>
      <translation>
        <numerusform>%n value does not follow the schema.</numerusform>
        <numerusform>%n values do not follow the schema.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="controllers/plan.py" line="195" />
      <source>Exporting the warmteprogramma of {0}</source>
      <translation>Exporting the warmteprogramma of {0}</translation>
    </message>
    <message>
      <location filename="controllers/plan.py" line="234" />
      <source>The file could not be imported: {0}.</source>
      <translation>The file could not be imported: {0}.</translation>
    </message>
    <message>
      <location filename="controllers/plan.py" line="238" />
      <source>The plan layer changed meanwhile; import again.</source>
      <translation>The plan layer changed meanwhile; import again.</translation>
    </message>
    <message>
      <location filename="controllers/plan.py" line="250" />
      <source>Importing a warmteprogramma</source>
      <translation>Importing a warmteprogramma</translation>
    </message>
    <message>
      <location filename="controllers/plan.py" line="267" />
      <source>The warmteprogramma could not be checked: {0}.</source>
      <translation>The warmteprogramma could not be checked: {0}.</translation>
    </message>
    <message numerus="yes">
      <location filename="controllers/plan.py" line="270" />
      <source>%n values of the warmteprogramma do not follow the schema.</source>
      <translation>
        <numerusform>%n value of the warmteprogramma does not follow the schema.</numerusform>
        <numerusform>%n values of the warmteprogramma do not follow the schema.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="controllers/plan.py" line="271" />
      <source>Every value of the warmteprogramma follows the schema.</source>
      <translation>Every value of the warmteprogramma follows the schema.</translation>
    </message>
    <message>
      <location filename="controllers/plan.py" line="274" />
      <source>Checking the warmteprogramma of {0}</source>
      <translation>Checking the warmteprogramma of {0}</translation>
    </message>
    <message>
      <location filename="controllers/plan.py" line="278" />
      <source>Validation of the warmteprogramma of {0} ({1})</source>
      <translation>Validation of the warmteprogramma of {0} ({1})</translation>
    </message>
    <message numerus="yes">
      <location filename="controllers/plan.py" line="282" />
      <source>The values of %n buurten were read from {0} into the plan: review them, then save the edits (or roll them back).</source>
      <translation>
        <numerusform>The values of %n buurt were read from {0} into the plan: review them, then save the edits (or roll them back).</numerusform>
        <numerusform>The values of %n buurten were read from {0} into the plan: review them, then save the edits (or roll them back).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="controllers/plan.py" line="285" />
      <source>The file is the plan of {0} ({1}).</source>
      <translation>The file is the plan of {0} ({1}).</translation>
    </message>
    <message numerus="yes">
      <location filename="controllers/plan.py" line="288" />
      <source>%n buurten of the file are not in this plan: {0}.</source>
      <translation>
        <numerusform>%n buurt of the file is not in this plan: {0}.</numerusform>
        <numerusform>%n buurten of the file are not in this plan: {0}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="controllers/plan.py" line="291" />
      <source>%n buurten of the plan are not in the file and kept their values.</source>
      <translation>
        <numerusform>%n buurt of the plan is not in the file and kept its values.</numerusform>
        <numerusform>%n buurten of the plan are not in the file and kept their values.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="controllers/plan.py" line="78" />
      <source>Choose a municipality on the DEGO toolbar first.</source>
      <translation>Choose a municipality on the DEGO toolbar first.</translation>
    </message>
    <message>
      <location filename="controllers/plan.py" line="98" />
      <source>The warmteprogramma layer is being edited: save or discard the edits first.</source>
      <translation>The warmteprogramma layer is being edited: save or discard the edits first.</translation>
    </message>
    <message>
      <location filename="controllers/plan_texts.py" line="107" />
      <source>File: {0}</source>
      <translation>File: {0}</translation>
    </message>
    <message>
      <location filename="controllers/plan_texts.py" line="108" />
      <source>Checked on {0} against the warmteprogramma schema.</source>
      <translation>Checked on {0} against the warmteprogramma schema.</translation>
    </message>
    <message>
      <location filename="controllers/plan_texts.py" line="110" />
      <source>Buurt</source>
      <translation>Buurt</translation>
    </message>
    <message>
      <location filename="controllers/plan_texts.py" line="110" />
      <source>Field</source>
      <translation>Field</translation>
    </message>
    <message>
      <location filename="controllers/plan_texts.py" line="110" />
      <source>Value</source>
      <translation>Value</translation>
    </message>
    <message>
      <location filename="controllers/plan_texts.py" line="111" />
      <source>Finding</source>
      <translation>Finding</translation>
    </message>
    <message>
      <location filename="controllers/plan_texts.py" line="112" />
      <source>No findings: every value follows the schema.</source>
      <translation>No findings: every value follows the schema.</translation>
    </message>
    <message>
      <location filename="controllers/plan_texts.py" line="24" />
      <source>the buurten could not be fetched: {0}</source>
      <translation>the buurten could not be fetched: {0}</translation>
    </message>
    <message>
      <location filename="controllers/plan_texts.py" line="27" />
      <source>the DEGO catalogue has no buurten layer to make a plan from</source>
      <translation>the DEGO catalogue has no buurten layer to make a plan from</translation>
    </message>
    <message>
      <location filename="controllers/plan_texts.py" line="28" />
      <source>the catalogue's buurten layer has no buurten of {0}</source>
      <translation>the catalogue's buurten layer has no buurten of {0}</translation>
    </message>
    <message>
      <location filename="controllers/plan_texts.py" line="29" />
      <source>the catalogue's buurten layer has no buurtcode field</source>
      <translation>the catalogue's buurten layer has no buurtcode field</translation>
    </message>
    <message>
      <location filename="controllers/plan_texts.py" line="30" />
      <source>the file does not exist</source>
      <translation>the file does not exist</translation>
    </message>
    <message>
      <location filename="controllers/plan_texts.py" line="31" />
      <source>the file is not a warmteprogramma (it lacks the table or the fields of the schema); nothing was changed</source>
      <translation>the file is not a warmteprogramma (it lacks the table or the fields of the schema); nothing was changed</translation>
    </message>
    <message>
      <location filename="controllers/plan_texts.py" line="33" />
      <source>the file could not be read</source>
      <translation>the file could not be read</translation>
    </message>
    <message>
      <location filename="controllers/plan_texts.py" line="34" />
      <source>the file is the plan of another municipality; nothing was changed</source>
      <translation>the file is the plan of another municipality; nothing was changed</translation>
    </message>
    <message>
      <location filename="controllers/plan_texts.py" line="35" />
      <source>the plan file cannot be written</source>
      <translation>the plan file cannot be written</translation>
    </message>
    <message>
      <location filename="controllers/plan_texts.py" line="36" />
      <source>the plan could not be written</source>
      <translation>the plan could not be written</translation>
    </message>
    <message>
      <location filename="controllers/plan_texts.py" line="47" />
      <source>{0} and {1} more</source>
      <translation>{0} and {1} more</translation>
    </message>
    <message numerus="yes">
      <location filename="controllers/plan_texts.py" line="54" />
      <source>Warmteprogramma {0}: %n buurten, saved in {1}.</source>
      <translation>
        <numerusform>Warmteprogramma {0}: %n buurt, saved in {1}.</numerusform>
        <numerusform>Warmteprogramma {0}: %n buurten, saved in {1}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="controllers/plan_texts.py" line="57" />
      <source>Warmteprogramma {0} updated: %n buurten, {1} new; every value entered was kept.</source>
      <translation>
        <numerusform>Warmteprogramma {0} updated: %n buurt, {1} new; every value entered was kept.</numerusform>
        <numerusform>Warmteprogramma {0} updated: %n buurten, {1} new; every value entered was kept.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="controllers/plan_texts.py" line="60" />
      <source>%n buurten renamed by CBS: {0}.</source>
      <translation>
        <numerusform>%n buurt renamed by CBS: {0}.</numerusform>
        <numerusform>%n buurten renamed by CBS: {0}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="controllers/plan_texts.py" line="64" />
      <source>%n buurten are no longer among the CBS buurten; they stay in the plan with their values: {0}.</source>
      <translation>
        <numerusform>%n buurt is no longer among the CBS buurten; it stays in the plan with its values: {0}.</numerusform>
        <numerusform>%n buurten are no longer among the CBS buurten; they stay in the plan with their values: {0}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="controllers/plan_texts.py" line="67" />
      <source>%n buurten have a suggestion of the startanalyse (field “suggestie”, style “Suggestie startanalyse”).</source>
      <translation>
        <numerusform>%n buurt has a suggestion of the startanalyse (field “suggestie”, style “Suggestie startanalyse”).</numerusform>
        <numerusform>%n buurten have a suggestion of the startanalyse (field “suggestie”, style “Suggestie startanalyse”).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="controllers/plan_texts.py" line="75" />
      <source>not one of the values of the list; kept as it is</source>
      <translation>not one of the values of the list; kept as it is</translation>
    </message>
    <message>
      <location filename="controllers/plan_texts.py" line="76" />
      <source>no value</source>
      <translation>no value</translation>
    </message>
    <message>
      <location filename="controllers/plan_texts.py" line="77" />
      <source>of the wrong kind (e.g. text where yes/no is expected); not stored</source>
      <translation>of the wrong kind (e.g. text where yes/no is expected); not stored</translation>
    </message>
    <message>
      <location filename="controllers/plan_texts.py" line="78" />
      <source>not a date (YYYY-MM-DD); not stored</source>
      <translation>not a date (YYYY-MM-DD); not stored</translation>
    </message>
    <message>
      <location filename="controllers/plan_texts.py" line="79" />
      <source>not a valid code</source>
      <translation>not a valid code</translation>
    </message>
    <message>
      <location filename="controllers/plan_texts.py" line="80" />
      <source>this buurtcode occurs more than once</source>
      <translation>this buurtcode occurs more than once</translation>
    </message>
    <message>
      <location filename="controllers/plan_texts.py" line="81" />
      <source>cannot be stored in this field</source>
      <translation>cannot be stored in this field</translation>
    </message>
    <message>
      <location filename="dego_plugin.py" line="160" />
      <source>Layer “{0}” is not in the catalogue.</source>
      <translation>Layer “{0}” is not in the catalogue.</translation>
    </message>
    <message>
      <location filename="dego_plugin.py" line="70" />
      <source>DEGO</source>
      <translation>DEGO</translation>
    </message>
    <message>
      <location filename="dego_plugin.py" line="74" />
      <source>DEGO layers</source>
      <translation>DEGO layers</translation>
    </message>
    <message>
      <location filename="dego_plugin.py" line="75" />
      <source>Show or hide the DEGO layer catalogue: the national DEGO layers by theme, to add to the map clipped to the chosen municipality</source>
      <translation>Show or hide the DEGO layer catalogue: the national DEGO layers by theme, to add to the map clipped to the chosen municipality</translation>
    </message>
    <message>
      <location filename="dego_plugin.py" line="82" />
      <source>Make maps…</source>
      <translation>Make maps…</translation>
    </message>
    <message>
      <location filename="dego_plugin.py" line="83" />
      <source>Transitievisiekaarten: print the standard maps of the chosen municipality as PDF, with title, legend, scale bar and sources</source>
      <translation>Transitievisiekaarten: print the standard maps of the chosen municipality as PDF, with title, legend, scale bar and sources</translation>
    </message>
    <message>
      <location filename="dego_plugin.py" line="98" />
      <source>&amp;DEGO</source>
      <translation>&amp;DEGO</translation>
    </message>
    <message>
      <location filename="dialogs/buttons.py" line="13" />
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="dialogs/buurtprofiel_box.py" line="111" />
      <source>Choose at least one buurt, or all buurten.</source>
      <translation>Choose at least one buurt, or all buurten.</translation>
    </message>
    <message>
      <location filename="dialogs/buurtprofiel_box.py" line="113" />
      <source>Choose a PDF per buurt, one PDF, or both.</source>
      <translation>Choose a PDF per buurt, one PDF, or both.</translation>
    </message>
    <message>
      <location filename="dialogs/buurtprofiel_box.py" line="21" />
      <source>Buurtprofielen</source>
      <translation>Buurtprofielen</translation>
    </message>
    <message>
      <location filename="dialogs/buurtprofiel_box.py" line="24" />
      <source>One A4 page per buurt for residents: the buurt on a map, its key figures next to the municipality's (figures about few households are not shown), and the plan.</source>
      <translation>One A4 page per buurt for residents: the buurt on a map, its key figures next to the municipality's (figures about few households are not shown), and the plan.</translation>
    </message>
    <message>
      <location filename="dialogs/buurtprofiel_box.py" line="30" />
      <source>All buurten</source>
      <translation>All buurten</translation>
    </message>
    <message>
      <location filename="dialogs/buurtprofiel_box.py" line="32" />
      <source>Chosen buurten:</source>
      <translation>Chosen buurten:</translation>
    </message>
    <message>
      <location filename="dialogs/buurtprofiel_box.py" line="36" />
      <source>A PDF per buurt</source>
      <translation>A PDF per buurt</translation>
    </message>
    <message>
      <location filename="dialogs/buurtprofiel_box.py" line="38" />
      <source>All buurten in one PDF</source>
      <translation>All buurten in one PDF</translation>
    </message>
    <message>
      <location filename="dialogs/buurtprofiel_box.py" line="65" />
      <source>Fetching the buurten…</source>
      <translation>Fetching the buurten…</translation>
    </message>
    <message>
      <location filename="dialogs/buurtprofiel_box.py" line="89" />
      <source>The buurten could not be fetched: {0}</source>
      <translation>The buurten could not be fetched: {0}</translation>
    </message>
    <message>
      <location filename="dialogs/buurtprofiel_box.py" line="90" />
      <source>Fetching the buurten was cancelled.</source>
      <translation>Fetching the buurten was cancelled.</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="124" />
      <source>Search layers…</source>
      <translation>Search layers…</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="125" />
      <source>Words to look for in titles, descriptions and keywords</source>
      <translation>Words to look for in titles, descriptions and keywords</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="128" />
      <source>Refresh the catalogue</source>
      <translation>Refresh the catalogue</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="151" />
      <source>Select a layer to read about it.</source>
      <translation>Select a layer to read about it.</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="155" />
      <source>Add</source>
      <translation>Add</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="156" />
      <source>Add the selected layer to the map (or double-click it, or drag it)</source>
      <translation>Add the selected layer to the map (or double-click it, or drag it)</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="158" />
      <source>Loading catalogue…</source>
      <translation>Loading catalogue…</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="235" />
      <source>Layers skipped: {count}</source>
      <translation>Layers skipped: {count}</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="236" />
      <source>Details…</source>
      <translation>Details…</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="238" />
      <source>Catalogue entries that could not be read</source>
      <translation>Catalogue entries that could not be read</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="259" />
      <source>Skipped catalogue entries</source>
      <translation>Skipped catalogue entries</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="266" />
      <source>These entries were skipped; the other layers are available.</source>
      <translation>These entries were skipped; the other layers are available.</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="285" />
      <source>No layer matches the search.</source>
      <translation>No layer matches the search.</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="350" />
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="351" />
      <source>Licence</source>
      <translation>Licence</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="352" />
      <source>Data date</source>
      <translation>Data date</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="353" />
      <source>Level</source>
      <translation>Level</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="354" />
      <source>Service</source>
      <translation>Service</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="355" />
      <source>Municipality code</source>
      <translation>Municipality code</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="376" />
      <source>{0}, spelled like {1} (found on the server)</source>
      <translation>{0}, spelled like {1} (found on the server)</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="378" />
      <source>{0}, spelled like {1} (catalogue)</source>
      <translation>{0}, spelled like {1} (catalogue)</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="379" />
      <source>{0}, spelled like {1} until the server shows otherwise</source>
      <translation>{0}, spelled like {1} until the server shows otherwise</translation>
    </message>
    <message>
      <location filename="dialogs/municipality_picker.py" line="34" />
      <source>Municipality: every DEGO layer is clipped to it. Type a name or a code (GM0344, 0344).</source>
      <translation>Municipality: every DEGO layer is clipped to it. Type a name or a code (GM0344, 0344).</translation>
    </message>
    <message>
      <location filename="dialogs/municipality_picker.py" line="43" />
      <source>Choose a municipality…</source>
      <translation>Choose a municipality…</translation>
    </message>
    <message>
      <location filename="dialogs/municipality_picker.py" line="56" />
      <source>(no municipality: whole country)</source>
      <translation>(no municipality: whole country)</translation>
    </message>
    <message>
      <location filename="dialogs/paper.py" line="17" />
      <source>One size for all maps</source>
      <translation>One size for all maps</translation>
    </message>
    <message>
      <location filename="dialogs/paper.py" line="18" />
      <source>As each map suggests</source>
      <translation>As each map suggests</translation>
    </message>
    <message>
      <location filename="dialogs/plan_actions.py" line="31" />
      <source>Warmteprogramma</source>
      <translation>Warmteprogramma</translation>
    </message>
    <message>
      <location filename="dialogs/plan_actions.py" line="32" />
      <source>Make or update the warmteprogramma of the chosen municipality: per buurt what replaces natural gas, and when</source>
      <translation>Make or update the warmteprogramma of the chosen municipality: per buurt what replaces natural gas, and when</translation>
    </message>
    <message>
      <location filename="dialogs/plan_actions.py" line="36" />
      <source>Make or update the warmteprogramma</source>
      <translation>Make or update the warmteprogramma</translation>
    </message>
    <message>
      <location filename="dialogs/plan_actions.py" line="37" />
      <source>Make the warmteprogramma in a file of my choice…</source>
      <translation>Make the warmteprogramma in a file of my choice…</translation>
    </message>
    <message>
      <location filename="dialogs/plan_actions.py" line="38" />
      <source>Export plan as open data…</source>
      <translation>Export plan as open data…</translation>
    </message>
    <message>
      <location filename="dialogs/plan_actions.py" line="39" />
      <source>Import a plan file…</source>
      <translation>Import a plan file…</translation>
    </message>
    <message>
      <location filename="dialogs/plan_actions.py" line="40" />
      <source>Check the plan (validation report)</source>
      <translation>Check the plan (validation report)</translation>
    </message>
    <message>
      <location filename="dialogs/plan_actions.py" line="68" />
      <source>Save the warmteprogramma as</source>
      <translation>Save the warmteprogramma as</translation>
    </message>
    <message>
      <location filename="dialogs/plan_actions.py" line="69" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="dialogs/plan_actions.py" line="78" />
      <source>Export the warmteprogramma to folder</source>
      <translation>Export the warmteprogramma to folder</translation>
    </message>
    <message>
      <location filename="dialogs/plan_actions.py" line="87" />
      <source>Import a warmteprogramma</source>
      <translation>Import a warmteprogramma</translation>
    </message>
    <message>
      <location filename="dialogs/plan_actions.py" line="89" />
      <source>Warmteprogramma (*.gpkg *.geojson *.json)</source>
      <translation>Warmteprogramma (*.gpkg *.geojson *.json)</translation>
    </message>
    <message>
      <location filename="dialogs/plan_actions.py" line="98" />
      <source>Open report</source>
      <translation>Open report</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="101" />
      <source>WFS or OGC API Features service with municipal boundaries; leave empty to use the catalogue's</source>
      <translation>WFS or OGC API Features service with municipal boundaries; leave empty to use the catalogue's</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="104" />
      <source>None: only the DEGO, PDOK and CBS servers</source>
      <translation>None: only the DEGO, PDOK and CBS servers</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="106" />
      <source>More server names the catalogue's layers, styles and boundaries may come from, separated by spaces or commas. Always allowed: {0}</source>
      <translation>More server names the catalogue's layers, styles and boundaries may come from, separated by spaces or commas. Always allowed: {0}</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="109" />
      <source>Catalogue address</source>
      <translation>Catalogue address</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="111" />
      <source>Boundary service</source>
      <translation>Boundary service</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="113" />
      <source>Also allowed servers</source>
      <translation>Also allowed servers</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="119" />
      <source>Colour outside the municipality</source>
      <translation>Colour outside the municipality</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="127" />
      <source>Logo for DEGO maps</source>
      <translation>Logo for DEGO maps</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="128" />
      <source>Images</source>
      <translation>Images</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="132" />
      <source>Opacity outside the municipality</source>
      <translation>Opacity outside the municipality</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="137" />
      <source>Default paper</source>
      <translation>Default paper</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="139" />
      <source>As the catalogue</source>
      <translation>As the catalogue</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="142" />
      <source>The language of the plugin's own texts on maps (legend, dates, sources, the buurtprofielen' tables): the catalogue's (Dutch for DEGO), whatever language QGIS speaks, or the one chosen here. Titles and layer names are printed as the catalogue gives them.</source>
      <translation>The language of the plugin's own texts on maps (legend, dates, sources, the buurtprofielen' tables): the catalogue's (Dutch for DEGO), whatever language QGIS speaks, or the one chosen here. Titles and layer names are printed as the catalogue gives them.</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="146" />
      <source>Map language</source>
      <translation>Map language</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="147" />
      <source>Logo</source>
      <translation>Logo</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="151" />
      <source>Buurtprofielen show a figure only when it rests on at least this many buildings, dwellings or households (never fewer than {0}; CBS's own floors apply above it)</source>
      <translation>Buurtprofielen show a figure only when it rests on at least this many buildings, dwellings or households (never fewer than {0}; CBS's own floors apply above it)</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="154" />
      <source>Buurtprofielen: privacy threshold</source>
      <translation>Buurtprofielen: privacy threshold</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="158" />
      <source>Clear cache</source>
      <translation>Clear cache</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="159" />
      <source>Delete the saved copies of the catalogue, the municipal boundaries and the layers' features; they are fetched again when needed</source>
      <translation>Delete the saved copies of the catalogue, the municipal boundaries and the layers' features; they are fetched again when needed</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="169" />
      <source>Log request addresses and timings (for support)</source>
      <translation>Log request addresses and timings (for support)</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="170" />
      <source>Adds each request's address and duration and each background job's duration to the DEGO tab of the Log Messages panel</source>
      <translation>Adds each request's address and duration and each background job's duration to the DEGO tab of the Log Messages panel</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="198" />
      <source>Set by your organisation (environment variable {0}).</source>
      <translation>Set by your organisation (environment variable {0}).</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="233" />
      <source>Setting not saved: {0}</source>
      <translation>Setting not saved: {0}</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="249" />
      <source>Clearing the cache…</source>
      <translation>Clearing the cache…</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="250" />
      <source>Clearing the DEGO cache</source>
      <translation>Clearing the DEGO cache</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="255" />
      <source>Clearing the cache was cancelled.</source>
      <translation>Clearing the cache was cancelled.</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="257" />
      <source>The cache could not be cleared (details in the DEGO log).</source>
      <translation>The cache could not be cleared (details in the DEGO log).</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="259" />
      <source>The cache was already empty.</source>
      <translation>The cache was already empty.</translation>
    </message>
    <message numerus="yes">
      <location filename="dialogs/settings_page.py" line="261" />
      <source>Cache cleared: %n files deleted.</source>
      <translation>
        <numerusform>Cache cleared: %n file deleted.</numerusform>
        <numerusform>Cache cleared: %n files deleted.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="270" />
      <source>The logo must be a PNG, JPEG or SVG image.</source>
      <translation>The logo must be a PNG, JPEG or SVG image.</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="51" />
      <source>This is not a valid web address.</source>
      <translation>This is not a valid web address.</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="52" />
      <source>The address has no server name.</source>
      <translation>The address has no server name.</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="53" />
      <source>The address must start with http:// or https://.</source>
      <translation>The address must start with http:// or https://.</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="56" />
      <source>The address must not contain a user name or password; use a QGIS authentication configuration.</source>
      <translation>The address must not contain a user name or password; use a QGIS authentication configuration.</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="72" />
      <source>Services</source>
      <translation>Services</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="72" />
      <source>Maps and print layouts</source>
      <translation>Maps and print layouts</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="73" />
      <source>Cache and log</source>
      <translation>Cache and log</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="94" />
      <source>Address of the DEGO catalogue, or of a published QGIS project (.qgs, .qgz); leave empty for the central DEGO catalogue, else DEGO's published QGIS project</source>
      <translation>Address of the DEGO catalogue, or of a published QGIS project (.qgs, .qgz); leave empty for the central DEGO catalogue, else DEGO's published QGIS project</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="99" />
      <source>From the catalogue (PDOK by default)</source>
      <translation>From the catalogue (PDOK by default)</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="119" />
      <source>“One size for all maps”: every map on the paper most of them suggest, so one PDF of all maps has pages of one size; “As each map suggests”: each map on its own.</source>
      <translation>“One size for all maps”: every map on the paper most of them suggest, so one PDF of all maps has pages of one size; “As each map suggests”: each map on its own.</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="121" />
      <source>Paper size:</source>
      <translation>Paper size:</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="124" />
      <source>Orientation:</source>
      <translation>Orientation:</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="128" />
      <source>Output folder:</source>
      <translation>Output folder:</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="144" />
      <source>One size for all maps: {0}</source>
      <translation>One size for all maps: {0}</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="145" />
      <source>As each map suggests: {0}</source>
      <translation>As each map suggests: {0}</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="145" />
      <source>{0} and {1}</source>
      <translation>{0} and {1}</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="151" />
      <source>A PDF per map</source>
      <translation>A PDF per map</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="153" />
      <source>All maps in one PDF</source>
      <translation>All maps in one PDF</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="154" />
      <source>Also PNG images</source>
      <translation>Also PNG images</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="155" />
      <source>Pages per wijk</source>
      <translation>Pages per wijk</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="156" />
      <source>After each map's page of the whole municipality, one page per wijk, clipped to the wijk (in the PDFs).</source>
      <translation>After each map's page of the whole municipality, one page per wijk, clipped to the wijk (in the PDFs).</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="175" />
      <source>Make and export</source>
      <translation>Make and export</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="176" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="187" />
      <source>Open PDF</source>
      <translation>Open PDF</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="188" />
      <source>Open folder</source>
      <translation>Open folder</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="210" />
      <source>No municipality chosen: choose one above (or on the DEGO toolbar).</source>
      <translation>No municipality chosen: choose one above (or on the DEGO toolbar).</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="211" />
      <source>The maps of {0} ({1}), clipped to its border.</source>
      <translation>The maps of {0} ({1}), clipped to its border.</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="233" />
      <source>transitievisiekaarten {0}</source>
      <translation>transitievisiekaarten {0}</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="250" />
      <source>Tick at least one map.</source>
      <translation>Tick at least one map.</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="254" />
      <source>Choose an output folder.</source>
      <translation>Choose an output folder.</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="257" />
      <source>Choose PDF per map, one PDF, or PNG.</source>
      <translation>Choose PDF per map, one PDF, or PNG.</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="271" />
      <source>The warmteprogramma has unsaved edits; the Wat- and Wanneer-kaarten show the saved plan.</source>
      <translation>The warmteprogramma has unsaved edits; the Wat- and Wanneer-kaarten show the saved plan.</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="284" />
      <source>Cancelling…</source>
      <translation>Cancelling…</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="310" />
      <source>Cancelled: the project was closed before the maps were made.</source>
      <translation>Cancelled: the project was closed before the maps were made.</translation>
    </message>
    <message numerus="yes">
      <location filename="dialogs/transitievisie_dialog.py" line="312" />
      <source>Export cancelled; the layouts are in the project (%n files were written).</source>
      <translation>
        <numerusform>Export cancelled; the layouts are in the project (%n file was written).</numerusform>
        <numerusform>Export cancelled; the layouts are in the project (%n files were written).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="dialogs/transitievisie_dialog.py" line="315" />
      <source>Cancelled; %n layouts are in the project, nothing was exported.</source>
      <translation>
        <numerusform>Cancelled; %n layout is in the project, nothing was exported.</numerusform>
        <numerusform>Cancelled; %n layouts are in the project, nothing was exported.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="317" />
      <source>Cancelled; no maps were made.</source>
      <translation>Cancelled; no maps were made.</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="319" />
      <source>No map could be made.</source>
      <translation>No map could be made.</translation>
    </message>
    <message numerus="yes">
      <location filename="dialogs/transitievisie_dialog.py" line="320" />
      <source>%n files written to {0}; the layouts are in the project.</source>
      <translation>
        <numerusform>%n file written to {0}; the layouts are in the project.</numerusform>
        <numerusform>%n files written to {0}; the layouts are in the project.</numerusform>
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
      <translation>Buurtprofielen cancelled: the project was closed before they were made.</translation>
    </message>
    <message numerus="yes">
      <location filename="dialogs/transitievisie_dialog.py" line="343" />
      <source>Buurtprofielen cancelled (%n files were written).</source>
      <translation>
        <numerusform>Buurtprofielen cancelled (%n file was written).</numerusform>
        <numerusform>Buurtprofielen cancelled (%n files were written).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="345" />
      <source>No buurtprofiel could be made.</source>
      <translation>No buurtprofiel could be made.</translation>
    </message>
    <message numerus="yes">
      <location filename="dialogs/transitievisie_dialog.py" line="347" />
      <source>%n buurtprofiel files written to {0}; the layout is in the project.</source>
      <translation>
        <numerusform>%n buurtprofiel file written to {0}; the layout is in the project.</numerusform>
        <numerusform>%n buurtprofiel files written to {0}; the layout is in the project.</numerusform>
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
      <translation>Map preset skipped: {0}</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="71" />
      <source>Municipality:</source>
      <translation>Municipality:</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="78" />
      <source>Maps:</source>
      <translation>Maps:</translation>
    </message>
    <message>
      <location filename="layers/clip.py" line="533" />
      <source>no features inside {0}: the layer is empty there</source>
      <translation>no features inside {0}: the layer is empty there</translation>
    </message>
    <message>
      <location filename="layers/credentials.py" line="28" />
      <source>the authentication configuration “{0}” does not exist in this QGIS</source>
      <translation>the authentication configuration “{0}” does not exist in this QGIS</translation>
    </message>
    <message>
      <location filename="layers/credentials.py" line="35" />
      <source>the authentication configuration “{0}” is for {1}, not for {2}: its credentials are not sent there</source>
      <translation>the authentication configuration “{0}” is for {1}, not for {2}: its credentials are not sent there</translation>
    </message>
    <message>
      <location filename="layers/credentials.py" line="39" />
      <source>{0} is not an allowed server: the credentials of “{1}” are not sent there</source>
      <translation>{0} is not an allowed server: the credentials of “{1}” are not sent there</translation>
    </message>
    <message>
      <location filename="layers/loader.py" line="106" />
      <source>the vector tile style is not valid JSON</source>
      <translation>the vector tile style is not valid JSON</translation>
    </message>
    <message>
      <location filename="layers/loader.py" line="168" />
      <source>style could not be fetched from {0} (details in the DEGO log)</source>
      <translation>style could not be fetched from {0} (details in the DEGO log)</translation>
    </message>
    <message>
      <location filename="layers/loader.py" line="220" />
      <source>Adding “{0}” was cancelled.</source>
      <translation>Adding “{0}” was cancelled.</translation>
    </message>
    <message>
      <location filename="layers/loader.py" line="224" />
      <source>Could not add “{0}”: {1}</source>
      <translation>Could not add “{0}”: {1}</translation>
    </message>
    <message>
      <location filename="layers/loader.py" line="233" />
      <source>Adding DEGO layer “{0}”</source>
      <translation>Adding DEGO layer “{0}”</translation>
    </message>
    <message>
      <location filename="layers/loader.py" line="68" />
      <source>the service answered: {0}</source>
      <translation>the service answered: {0}</translation>
    </message>
    <message>
      <location filename="layers/loader.py" line="69" />
      <source>the service did not answer, or does not offer this layer</source>
      <translation>the service did not answer, or does not offer this layer</translation>
    </message>
    <message>
      <location filename="layers/loader.py" line="95" />
      <source>its style is refused: {0}</source>
      <translation>its style is refused: {0}</translation>
    </message>
    <message>
      <location filename="layers/loader.py" line="99" />
      <source>style not applied: {0}</source>
      <translation>style not applied: {0}</translation>
    </message>
    <message>
      <location filename="layers/local_copy.py" line="208" />
      <source>Local copy of “{0}” from {1} for {2}; data date {3}.</source>
      <translation>Local copy of “{0}” from {1} for {2}; data date {3}.</translation>
    </message>
    <message>
      <location filename="layers/local_copy.py" line="209" />
      <source>not given</source>
      <translation>not given</translation>
    </message>
    <message>
      <location filename="layers/plan_layer.py" line="122" />
      <source>Warmteprogramma {0}</source>
      <translation>Warmteprogramma {0}</translation>
    </message>
    <message>
      <location filename="layers/plan_layer.py" line="124" />
      <source>Per CBS buurt: the heat alternative (what) and the period (when) of the municipality's warmteprogramma. A concept until the council decides.</source>
      <translation>Per CBS buurt: the heat alternative (what) and the period (when) of the municipality's warmteprogramma. A concept until the council decides.</translation>
    </message>
    <message>
      <location filename="layers/plan_layer.py" line="365" />
      <source>the suggestions of “{0}” could not be read ({1}); the plan is made without new suggestions</source>
      <translation>the suggestions of “{0}” could not be read ({1}); the plan is made without new suggestions</translation>
    </message>
    <message>
      <location filename="layers/plan_layer.py" line="91" />
      <source>this project has no warmteprogramma of {0}: make it with “Warmteprogramma” on the DEGO toolbar first</source>
      <translation>this project has no warmteprogramma of {0}: make it with “Warmteprogramma” on the DEGO toolbar first</translation>
    </message>
    <message>
      <location filename="layers/plan_style.py" line="163" />
      <source>Choose a value from the list</source>
      <translation>Choose a value from the list</translation>
    </message>
    <message>
      <location filename="layers/qml_safety.py" line="48" />
      <source>it is not a QGIS style (QML)</source>
      <translation>it is not a QGIS style (QML)</translation>
    </message>
    <message>
      <location filename="layers/qml_safety.py" line="49" />
      <source>it carries form code or a form file</source>
      <translation>it carries form code or a form file</translation>
    </message>
    <message>
      <location filename="layers/qml_safety.py" line="50" />
      <source>it carries actions</source>
      <translation>it carries actions</translation>
    </message>
    <message>
      <location filename="layers/qml_safety.py" line="51" />
      <source>it carries a map tip</source>
      <translation>it carries a map tip</translation>
    </message>
    <message>
      <location filename="layers/qml_safety.py" line="52" />
      <source>it carries custom properties</source>
      <translation>it carries custom properties</translation>
    </message>
    <message>
      <location filename="layers/qml_safety.py" line="53" />
      <source>it names an image that is not embedded and not on an allowed server</source>
      <translation>it names an image that is not embedded and not on an allowed server</translation>
    </message>
    <message>
      <location filename="layers/qml_safety.py" line="54" />
      <source>it carries an expression that reads this computer or runs in print layouts</source>
      <translation>it carries an expression that reads this computer or runs in print layouts</translation>
    </message>
    <message>
      <location filename="toolbelt/log.py" line="42" />
      <source>an unexpected error occurred (details in the DEGO log)</source>
      <translation>an unexpected error occurred (details in the DEGO log)</translation>
    </message>
  </context>
</TS>
