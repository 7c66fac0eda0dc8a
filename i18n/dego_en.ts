<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
  <context>
    <name>DEGO</name>
    <message>
      <location filename="algorithms/catalogue_access.py" line="19" />
      <source>The live catalogue could not be used ({0}); using a saved copy.</source>
      <translation>The live catalogue could not be used ({0}); using a saved copy.</translation>
    </message>
    <message>
      <location filename="algorithms/catalogue_access.py" line="29" />
      <source>“{0}” is not a municipality code; use a code like GM0363.</source>
      <translation>“{0}” is not a municipality code; use a code like GM0363.</translation>
    </message>
    <message>
      <location filename="algorithms/catalogue_access.py" line="33" />
      <source>Could not load the municipality: {0}</source>
      <translation>Could not load the municipality: {0}</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="104" />
      <source>No map could be made for {0}.</source>
      <translation>No map could be made for {0}.</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="115" />
      <source>No PDF was written to {0}.</source>
      <translation>No PDF was written to {0}.</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="117" />
      <source>Written: {0}</source>
      <translation>Written: {0}</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="128" />
      <source>The DEGO catalogue has no transitievisie maps.</source>
      <translation>The DEGO catalogue has no transitievisie maps.</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="133" />
      <source>Unknown maps: {0}. The catalogue has: {1}</source>
      <translation>Unknown maps: {0}. The catalogue has: {1}</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="48" />
      <source>Export transitievisie maps</source>
      <translation>Export transitievisie maps</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="51" />
      <source>Makes the transitievisie maps of the DEGO catalogue for one municipality and saves them as PDF files, one per map and optionally one combined PDF. Maps: preset ids separated by commas, empty for all maps. With pages per wijk, each map is followed by one page per wijk.</source>
      <translation>Makes the transitievisie maps of the DEGO catalogue for one municipality and saves them as PDF files, one per map and optionally one combined PDF. Maps: preset ids separated by commas, empty for all maps. With pages per wijk, each map is followed by one page per wijk.</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="59" />
      <source>Municipality code (e.g. GM0363)</source>
      <translation>Municipality code (e.g. GM0363)</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="61" />
      <source>Maps (preset ids, separated by commas; empty: all)</source>
      <translation>Maps (preset ids, separated by commas; empty: all)</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="63" />
      <source>Paper</source>
      <translation>Paper</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="63" />
      <source>As in the preset</source>
      <translation>As in the preset</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="65" />
      <source>Orientation</source>
      <translation>Orientation</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="67" />
      <source>Also one combined PDF</source>
      <translation>Also one combined PDF</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="68" />
      <source>Add a page per wijk</source>
      <translation>Add a page per wijk</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="69" />
      <source>Output folder</source>
      <translation>Output folder</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="70" />
      <source>Files written</source>
      <translation>Files written</translation>
    </message>
    <message>
      <location filename="algorithms/export_maps.py" line="92" />
      <source>“{0}” could not be fetched: {1}</source>
      <translation>“{0}” could not be fetched: {1}</translation>
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
      <location filename="algorithms/load_layer.py" line="77" />
      <source>Could not fetch “{0}”: {1}</source>
      <translation>Could not fetch “{0}”: {1}</translation>
    </message>
    <message>
      <location filename="algorithms/provider.py" line="23" />
      <source>DEGO energy-transition data</source>
      <translation>DEGO energy-transition data</translation>
    </message>
    <message>
      <location filename="compositions/export.py" line="177" />
      <source>the folder {0} cannot be written</source>
      <translation>the folder {0} cannot be written</translation>
    </message>
    <message>
      <location filename="compositions/export.py" line="182" />
      <source>the layer “{0}” could not be loaded; the maps that show it lack it</source>
      <translation>the layer “{0}” could not be loaded; the maps that show it lack it</translation>
    </message>
    <message>
      <location filename="compositions/export.py" line="230" />
      <source>{0}: {1}</source>
      <translation>{0}: {1}</translation>
    </message>
    <message>
      <location filename="compositions/export.py" line="237" />
      <source>{0}: the file {1} could not be written</source>
      <translation>{0}: the file {1} could not be written</translation>
    </message>
    <message>
      <location filename="compositions/export.py" line="451" />
      <source>the file could not be written</source>
      <translation>the file could not be written</translation>
    </message>
    <message>
      <location filename="compositions/export.py" line="453" />
      <source>the PDF could not be made</source>
      <translation>the PDF could not be made</translation>
    </message>
    <message>
      <location filename="compositions/export.py" line="455" />
      <source>not enough memory for the export</source>
      <translation>not enough memory for the export</translation>
    </message>
    <message>
      <location filename="compositions/export.py" line="456" />
      <source>the export failed</source>
      <translation>the export failed</translation>
    </message>
    <message>
      <location filename="compositions/layout.py" line="140" />
      <source>the layout template has no item “{0}”</source>
      <translation>the layout template has no item “{0}”</translation>
    </message>
    <message>
      <location filename="compositions/layout.py" line="154" />
      <source>Data date: {0}</source>
      <translation>Data date: {0}</translation>
    </message>
    <message>
      <location filename="compositions/layout.py" line="156" />
      <source>Map date: {0}</source>
      <translation>Map date: {0}</translation>
    </message>
    <message>
      <location filename="compositions/layout.py" line="72" />
      <source>Made with the DEGO plugin from national data; no rights can be derived from this map.</source>
      <translation>Made with the DEGO plugin from national data; no rights can be derived from this map.</translation>
    </message>
    <message>
      <location filename="compositions/layout.py" line="86" />
      <source>the layout template {0} could not be read: {1}</source>
      <translation>the layout template {0} could not be read: {1}</translation>
    </message>
    <message>
      <location filename="compositions/layout.py" line="88" />
      <source>the layout template {0} is not valid</source>
      <translation>the layout template {0} is not valid</translation>
    </message>
    <message>
      <location filename="compositions/map_set.py" line="119" />
      <source>{0}: these layers are not available: {1}</source>
      <translation>{0}: these layers are not available: {1}</translation>
    </message>
    <message>
      <location filename="compositions/map_set.py" line="137" />
      <source>Pages per wijk: the catalogue has no wijken layer, or it could not be loaded</source>
      <translation>Pages per wijk: the catalogue has no wijken layer, or it could not be loaded</translation>
    </message>
    <message>
      <location filename="compositions/map_set.py" line="148" />
      <source>{0} (per wijk): {1}</source>
      <translation>{0} (per wijk): {1}</translation>
    </message>
    <message>
      <location filename="compositions/map_set.py" line="164" />
      <source>the export failed: {0}</source>
      <translation>the export failed: {0}</translation>
    </message>
    <message>
      <location filename="compositions/map_set.py" line="167" />
      <source>Exporting {0} transitievisie maps</source>
      <translation>Exporting {0} transitievisie maps</translation>
    </message>
    <message>
      <location filename="compositions/map_set.py" line="222" />
      <source>Preparing the layers…</source>
      <translation>Preparing the layers…</translation>
    </message>
    <message>
      <location filename="compositions/map_set.py" line="242" />
      <source>The layers could not be prepared: {0}.</source>
      <translation>The layers could not be prepared: {0}.</translation>
    </message>
    <message>
      <location filename="compositions/map_set.py" line="246" />
      <source>“{0}” could not be added: {1}</source>
      <translation>“{0}” could not be added: {1}</translation>
    </message>
    <message>
      <location filename="compositions/map_set.py" line="247" />
      <source>Making the layouts…</source>
      <translation>Making the layouts…</translation>
    </message>
    <message>
      <location filename="compositions/map_set.py" line="272" />
      <source>map not made: {0}</source>
      <translation>map not made: {0}</translation>
    </message>
    <message>
      <location filename="compositions/map_set.py" line="277" />
      <source>Exporting {0} maps…</source>
      <translation>Exporting {0} maps…</translation>
    </message>
    <message>
      <location filename="compositions/map_set.py" line="288" />
      <source>export failed: {0}</source>
      <translation>export failed: {0}</translation>
    </message>
    <message>
      <location filename="compositions/map_set.py" line="311" />
      <source>The maps could not be made: {0}.</source>
      <translation>The maps could not be made: {0}.</translation>
    </message>
    <message>
      <location filename="compositions/map_set.py" line="62" />
      <source>Preparing the layers of the transitievisie maps</source>
      <translation>Preparing the layers of the transitievisie maps</translation>
    </message>
    <message>
      <location filename="compositions/wijk_pages.py" line="46" />
      <source>{0} (per wijk)</source>
      <translation>{0} (per wijk)</translation>
    </message>
    <message>
      <location filename="compositions/wijk_pages.py" line="52" />
      <source>the wijken layer has no field “{0}”</source>
      <translation>the wijken layer has no field “{0}”</translation>
    </message>
    <message>
      <location filename="compositions/wijk_pages.py" line="95" />
      <source>{0} – {1}</source>
      <translation>{0} – {1}</translation>
    </message>
    <message>
      <location filename="controllers/catalogue_refresh.py" line="68" />
      <source>Loading the DEGO catalogue</source>
      <translation>Loading the DEGO catalogue</translation>
    </message>
    <message>
      <location filename="controllers/catalogue_refresh.py" line="72" />
      <source>Reading the saved DEGO catalogue</source>
      <translation>Reading the saved DEGO catalogue</translation>
    </message>
    <message>
      <location filename="controllers/catalogue_refresh.py" line="88" />
      <source>The catalogue could not be loaded; press Refresh to try again.</source>
      <translation>The catalogue could not be loaded; press Refresh to try again.</translation>
    </message>
    <message>
      <location filename="controllers/locator_filter.py" line="46" />
      <source>Add a layer from the DEGO catalogue</source>
      <translation>Add a layer from the DEGO catalogue</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="100" />
      <source>Live catalogue not available ({0}); showing {1}. {2}</source>
      <translation>Live catalogue not available ({0}); showing {1}. {2}</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="107" />
      <source>Refresh failed ({0}); still showing {1}. {2}</source>
      <translation>Refresh failed ({0}); still showing {1}. {2}</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="115" />
      <source>The catalogue is up to date ({0} layers).</source>
      <translation>The catalogue is up to date ({0} layers).</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="116" />
      <source>Catalogue updated: {0} layers.</source>
      <translation>Catalogue updated: {0} layers.</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="122" />
      <source>unsafe or invalid address</source>
      <translation>unsafe or invalid address</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="123" />
      <source>id used twice</source>
      <translation>id used twice</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="124" />
      <source>required field missing</source>
      <translation>required field missing</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="125" />
      <source>unknown service type</source>
      <translation>unknown service type</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="126" />
      <source>unknown theme</source>
      <translation>unknown theme</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="127" />
      <source>invalid value</source>
      <translation>invalid value</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="128" />
      <source>not a layer entry</source>
      <translation>not a layer entry</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="129" />
      <source>invalid theme</source>
      <translation>invalid theme</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="138" />
      <source>WMS</source>
      <translation>WMS</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="138" />
      <source>WMTS</source>
      <translation>WMTS</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="138" />
      <source>WFS</source>
      <translation>WFS</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="139" />
      <source>OGC API Features</source>
      <translation>OGC API Features</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="139" />
      <source>Vector tiles</source>
      <translation>Vector tiles</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="145" />
      <source>Building</source>
      <translation>Building</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="145" />
      <source>Postcode (6 positions)</source>
      <translation>Postcode (6 positions)</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="145" />
      <source>Postcode (4 digits)</source>
      <translation>Postcode (4 digits)</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="146" />
      <source>Neighbourhood</source>
      <translation>Neighbourhood</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="146" />
      <source>District</source>
      <translation>District</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="146" />
      <source>Municipality</source>
      <translation>Municipality</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="147" />
      <source>Province</source>
      <translation>Province</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="147" />
      <source>Country</source>
      <translation>Country</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="147" />
      <source>Grid</source>
      <translation>Grid</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="147" />
      <source>Line</source>
      <translation>Line</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="148" />
      <source>Point</source>
      <translation>Point</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="154" />
      <source>Landscape</source>
      <translation>Landscape</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="154" />
      <source>Portrait</source>
      <translation>Portrait</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="160" />
      <source>“{0}” is not a municipality known to the boundary service</source>
      <translation>“{0}” is not a municipality known to the boundary service</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="162" />
      <source>the boundary service could not be reached and no saved copy of {0} exists</source>
      <translation>the boundary service could not be reached and no saved copy of {0} exists</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="163" />
      <source>the boundary service gave no usable boundary for {0}</source>
      <translation>the boundary service gave no usable boundary for {0}</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="168" />
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
      <location filename="controllers/messages.py" line="44" />
      <source>the catalogue could not be loaded ({0})</source>
      <translation>the catalogue could not be loaded ({0})</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="50" />
      <source>Check the network or proxy settings, then press Refresh.</source>
      <translation>Check the network or proxy settings, then press Refresh.</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="52" />
      <source>Check the catalogue address in the DEGO settings.</source>
      <translation>Check the catalogue address in the DEGO settings.</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="54" />
      <source>Update the DEGO plugin in the Plugin Manager.</source>
      <translation>Update the DEGO plugin in the Plugin Manager.</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="56" />
      <source>Press Refresh later.</source>
      <translation>Press Refresh later.</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="57" />
      <source>Press Refresh later; if this persists, tell the catalogue's publisher.</source>
      <translation>Press Refresh later; if this persists, tell the catalogue's publisher.</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="63" />
      <source>unknown date</source>
      <translation>unknown date</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="77" />
      <source>the catalogue saved on {0}</source>
      <translation>the catalogue saved on {0}</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="78" />
      <source>the built-in catalogue of {0}</source>
      <translation>the built-in catalogue of {0}</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="85" />
      <source>Cached catalogue from {0}</source>
      <translation>Cached catalogue from {0}</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="87" />
      <source>Built-in catalogue from {0}</source>
      <translation>Built-in catalogue from {0}</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="89" />
      <source>Live catalogue, fetched {0}</source>
      <translation>Live catalogue, fetched {0}</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="90" />
      <source>{0} (live catalogue not available: {1})</source>
      <translation>{0} (live catalogue not available: {1})</translation>
    </message>
    <message>
      <location filename="controllers/messages.py" line="95" />
      <source>{0}; checking for a newer one…</source>
      <translation>{0}; checking for a newer one…</translation>
    </message>
    <message>
      <location filename="controllers/municipality_choice.py" line="131" />
      <source>the municipality list</source>
      <translation>the municipality list</translation>
    </message>
    <message>
      <location filename="controllers/municipality_choice.py" line="134" />
      <source>The municipality list could not be loaded: {0}.</source>
      <translation>The municipality list could not be loaded: {0}.</translation>
    </message>
    <message>
      <location filename="controllers/municipality_choice.py" line="141" />
      <source>The boundary service could not be reached; showing the municipality list saved on {0}.</source>
      <translation>The boundary service could not be reached; showing the municipality list saved on {0}.</translation>
    </message>
    <message>
      <location filename="controllers/municipality_choice.py" line="144" />
      <source>The municipality list</source>
      <translation>The municipality list</translation>
    </message>
    <message>
      <location filename="controllers/municipality_choice.py" line="147" />
      <source>Loading the municipality list</source>
      <translation>Loading the municipality list</translation>
    </message>
    <message>
      <location filename="controllers/municipality_choice.py" line="158" />
      <source>“{0}” is not a municipality code or name.</source>
      <translation>“{0}” is not a municipality code or name.</translation>
    </message>
    <message>
      <location filename="controllers/municipality_choice.py" line="167" />
      <source>fetching the boundary of {0} was cancelled</source>
      <translation>fetching the boundary of {0} was cancelled</translation>
    </message>
    <message>
      <location filename="controllers/municipality_choice.py" line="173" />
      <source>{0}; the layers keep their current clipping.</source>
      <translation>{0}; the layers keep their current clipping.</translation>
    </message>
    <message>
      <location filename="controllers/municipality_choice.py" line="179" />
      <source>The boundary service could not be reached; using the boundary of {0} saved on {1}.</source>
      <translation>The boundary service could not be reached; using the boundary of {0} saved on {1}.</translation>
    </message>
    <message>
      <location filename="controllers/municipality_choice.py" line="183" />
      <source>The boundary of {0}</source>
      <translation>The boundary of {0}</translation>
    </message>
    <message>
      <location filename="controllers/municipality_choice.py" line="191" />
      <source>Fetching the boundary of {0}</source>
      <translation>Fetching the boundary of {0}</translation>
    </message>
    <message>
      <location filename="controllers/municipality_choice.py" line="221" />
      <source>{0} layers clipped to {1}.</source>
      <translation>{0} layers clipped to {1}.</translation>
    </message>
    <message>
      <location filename="controllers/municipality_choice.py" line="314" />
      <source>Outside {0} (mask)</source>
      <translation>Outside {0} (mask)</translation>
    </message>
    <message>
      <location filename="controllers/municipality_choice.py" line="315" />
      <source>Municipal boundary {0}</source>
      <translation>Municipal boundary {0}</translation>
    </message>
    <message>
      <location filename="controllers/municipality_choice.py" line="353" />
      <source>Checking the clipped layers</source>
      <translation>Checking the clipped layers</translation>
    </message>
    <message>
      <location filename="dego_plugin.py" line="136" />
      <source>Layer “{0}” is not in the catalogue.</source>
      <translation>Layer “{0}” is not in the catalogue.</translation>
    </message>
    <message>
      <location filename="dego_plugin.py" line="63" />
      <source>DEGO</source>
      <translation>DEGO</translation>
    </message>
    <message>
      <location filename="dego_plugin.py" line="65" />
      <source>DEGO layers</source>
      <translation>DEGO layers</translation>
    </message>
    <message>
      <location filename="dego_plugin.py" line="66" />
      <source>Show or hide the DEGO layer catalogue</source>
      <translation>Show or hide the DEGO layer catalogue</translation>
    </message>
    <message>
      <location filename="dego_plugin.py" line="72" />
      <source>Transitievisiekaarten…</source>
      <translation>Transitievisiekaarten…</translation>
    </message>
    <message>
      <location filename="dego_plugin.py" line="73" />
      <source>Make the transitievisie maps of the chosen municipality as print layouts and PDF</source>
      <translation>Make the transitievisie maps of the chosen municipality as print layouts and PDF</translation>
    </message>
    <message>
      <location filename="dego_plugin.py" line="78" />
      <source>&amp;DEGO</source>
      <translation>&amp;DEGO</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="122" />
      <source>Search layers…</source>
      <translation>Search layers…</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="123" />
      <source>Words to look for in titles, descriptions and keywords</source>
      <translation>Words to look for in titles, descriptions and keywords</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="126" />
      <source>Refresh the catalogue</source>
      <translation>Refresh the catalogue</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="149" />
      <source>Select a layer to read about it.</source>
      <translation>Select a layer to read about it.</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="153" />
      <source>Add</source>
      <translation>Add</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="154" />
      <source>Add the selected layer to the map (or double-click it, or drag it)</source>
      <translation>Add the selected layer to the map (or double-click it, or drag it)</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="156" />
      <source>Loading catalogue…</source>
      <translation>Loading catalogue…</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="233" />
      <source>Layers skipped: {count}</source>
      <translation>Layers skipped: {count}</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="234" />
      <source>Details…</source>
      <translation>Details…</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="236" />
      <source>Catalogue entries that could not be read</source>
      <translation>Catalogue entries that could not be read</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="257" />
      <source>Skipped catalogue entries</source>
      <translation>Skipped catalogue entries</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="264" />
      <source>These entries were skipped; the other layers are available.</source>
      <translation>These entries were skipped; the other layers are available.</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="283" />
      <source>No layer matches the search.</source>
      <translation>No layer matches the search.</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="348" />
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="349" />
      <source>Licence</source>
      <translation>Licence</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="350" />
      <source>Data date</source>
      <translation>Data date</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="351" />
      <source>Level</source>
      <translation>Level</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="352" />
      <source>Service</source>
      <translation>Service</translation>
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
      <location filename="dialogs/settings_page.py" line="101" />
      <source>Any server</source>
      <translation>Any server</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="102" />
      <source>Server names the catalogue's layers may come from, separated by spaces or commas; empty allows any server</source>
      <translation>Server names the catalogue's layers may come from, separated by spaces or commas; empty allows any server</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="105" />
      <source>Catalogue address</source>
      <translation>Catalogue address</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="107" />
      <source>Boundary service</source>
      <translation>Boundary service</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="109" />
      <source>Allowed servers</source>
      <translation>Allowed servers</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="115" />
      <source>Colour outside the municipality</source>
      <translation>Colour outside the municipality</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="120" />
      <source>As each map suggests</source>
      <translation>As each map suggests</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="123" />
      <source>Logo for DEGO maps</source>
      <translation>Logo for DEGO maps</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="124" />
      <source>Images</source>
      <translation>Images</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="128" />
      <source>Opacity outside the municipality</source>
      <translation>Opacity outside the municipality</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="133" />
      <source>Default paper</source>
      <translation>Default paper</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="134" />
      <source>Logo</source>
      <translation>Logo</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="139" />
      <source>Clear cache</source>
      <translation>Clear cache</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="140" />
      <source>Delete the saved copies of the catalogue and municipal boundaries; they are fetched again when needed</source>
      <translation>Delete the saved copies of the catalogue and municipal boundaries; they are fetched again when needed</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="149" />
      <source>Log request addresses and timings (for support)</source>
      <translation>Log request addresses and timings (for support)</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="150" />
      <source>Adds each request's address and duration and each background job's duration to the DEGO tab of the Log Messages panel</source>
      <translation>Adds each request's address and duration and each background job's duration to the DEGO tab of the Log Messages panel</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="178" />
      <source>Set by your organisation (environment variable {0}).</source>
      <translation>Set by your organisation (environment variable {0}).</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="209" />
      <source>Setting not saved: {0}</source>
      <translation>Setting not saved: {0}</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="225" />
      <source>Clearing the cache…</source>
      <translation>Clearing the cache…</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="226" />
      <source>Clearing the DEGO cache</source>
      <translation>Clearing the DEGO cache</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="231" />
      <source>Clearing the cache was cancelled.</source>
      <translation>Clearing the cache was cancelled.</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="233" />
      <source>The cache could not be cleared (details in the DEGO log).</source>
      <translation>The cache could not be cleared (details in the DEGO log).</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="235" />
      <source>The cache was already empty.</source>
      <translation>The cache was already empty.</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="237" />
      <source>Cache cleared: {0} files deleted.</source>
      <translation>Cache cleared: {0} files deleted.</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="246" />
      <source>The logo must be a PNG, JPEG or SVG image.</source>
      <translation>The logo must be a PNG, JPEG or SVG image.</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="46" />
      <source>This is not a valid web address.</source>
      <translation>This is not a valid web address.</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="47" />
      <source>The address has no server name.</source>
      <translation>The address has no server name.</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="48" />
      <source>The address must start with http:// or https://.</source>
      <translation>The address must start with http:// or https://.</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="51" />
      <source>The address must not contain a user name or password; use a QGIS authentication configuration.</source>
      <translation>The address must not contain a user name or password; use a QGIS authentication configuration.</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="71" />
      <source>Services</source>
      <translation>Services</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="71" />
      <source>Maps and print layouts</source>
      <translation>Maps and print layouts</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="72" />
      <source>Cache and log</source>
      <translation>Cache and log</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="93" />
      <source>Address of the DEGO catalogue; leave empty for the central DEGO service</source>
      <translation>Address of the DEGO catalogue; leave empty for the central DEGO service</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="96" />
      <source>From the catalogue (PDOK by default)</source>
      <translation>From the catalogue (PDOK by default)</translation>
    </message>
    <message>
      <location filename="dialogs/settings_page.py" line="98" />
      <source>WFS or OGC API Features service with municipal boundaries; leave empty to use the catalogue's</source>
      <translation>WFS or OGC API Features service with municipal boundaries; leave empty to use the catalogue's</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="103" />
      <source>A PDF per map</source>
      <translation>A PDF per map</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="105" />
      <source>All maps in one PDF</source>
      <translation>All maps in one PDF</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="106" />
      <source>Also PNG images</source>
      <translation>Also PNG images</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="107" />
      <source>Pages per wijk</source>
      <translation>Pages per wijk</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="108" />
      <source>After each map's page of the whole municipality, one page per wijk, clipped to the wijk (in the PDFs).</source>
      <translation>After each map's page of the whole municipality, one page per wijk, clipped to the wijk (in the PDFs).</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="121" />
      <source>Make and export</source>
      <translation>Make and export</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="122" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="134" />
      <source>No municipality chosen: choose one on the DEGO toolbar first.</source>
      <translation>No municipality chosen: choose one on the DEGO toolbar first.</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="135" />
      <source>Municipality: {0} ({1})</source>
      <translation>Municipality: {0} ({1})</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="146" />
      <source>transitievisiekaarten {0}</source>
      <translation>transitievisiekaarten {0}</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="163" />
      <source>Tick at least one map.</source>
      <translation>Tick at least one map.</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="167" />
      <source>Choose an output folder.</source>
      <translation>Choose an output folder.</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="170" />
      <source>Choose PDF per map, one PDF, or PNG.</source>
      <translation>Choose PDF per map, one PDF, or PNG.</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="183" />
      <source>Cancelling…</source>
      <translation>Cancelling…</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="205" />
      <source>Cancelled: the project was closed before the maps were made.</source>
      <translation>Cancelled: the project was closed before the maps were made.</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="207" />
      <source>Export cancelled; the layouts are in the project ({0} files were written).</source>
      <translation>Export cancelled; the layouts are in the project ({0} files were written).</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="210" />
      <source>Cancelled; {0} layouts are in the project, nothing was exported.</source>
      <translation>Cancelled; {0} layouts are in the project, nothing was exported.</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="213" />
      <source>Cancelled; no maps were made.</source>
      <translation>Cancelled; no maps were made.</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="215" />
      <source>No map could be made.</source>
      <translation>No map could be made.</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="216" />
      <source>{0} files written to {1}; the layouts are in the project.</source>
      <translation>{0} files written to {1}; the layouts are in the project.</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="41" />
      <source>Transitievisiekaarten</source>
      <translation>Transitievisiekaarten</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="51" />
      <source>Map preset skipped: {0}</source>
      <translation>Map preset skipped: {0}</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="57" />
      <source>Maps:</source>
      <translation>Maps:</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="94" />
      <source>Paper size:</source>
      <translation>Paper size:</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="95" />
      <source>Orientation:</source>
      <translation>Orientation:</translation>
    </message>
    <message>
      <location filename="dialogs/transitievisie_dialog.py" line="99" />
      <source>Output folder:</source>
      <translation>Output folder:</translation>
    </message>
    <message>
      <location filename="layers/clip.py" line="317" />
      <source>no features inside {0}: the layer is empty there</source>
      <translation>no features inside {0}: the layer is empty there</translation>
    </message>
    <message>
      <location filename="layers/loader.py" line="144" />
      <source>Adding “{0}” was cancelled.</source>
      <translation>Adding “{0}” was cancelled.</translation>
    </message>
    <message>
      <location filename="layers/loader.py" line="148" />
      <source>Could not add “{0}”: {1}</source>
      <translation>Could not add “{0}”: {1}</translation>
    </message>
    <message>
      <location filename="layers/loader.py" line="157" />
      <source>Adding DEGO layer “{0}”</source>
      <translation>Adding DEGO layer “{0}”</translation>
    </message>
    <message>
      <location filename="layers/loader.py" line="57" />
      <source>the service did not answer, or does not offer this layer</source>
      <translation>the service did not answer, or does not offer this layer</translation>
    </message>
    <message>
      <location filename="layers/loader.py" line="80" />
      <source>style not applied: {0}</source>
      <translation>style not applied: {0}</translation>
    </message>
    <message>
      <location filename="layers/loader.py" line="87" />
      <source>the vector tile style is not valid JSON</source>
      <translation>the vector tile style is not valid JSON</translation>
    </message>
    <message>
      <location filename="layers/loader.py" line="97" />
      <source>style could not be fetched from {0} (details in the DEGO log)</source>
      <translation>style could not be fetched from {0} (details in the DEGO log)</translation>
    </message>
    <message>
      <location filename="toolbelt/log.py" line="37" />
      <source>an unexpected error occurred (details in the DEGO log)</source>
      <translation>an unexpected error occurred (details in the DEGO log)</translation>
    </message>
  </context>
</TS>
