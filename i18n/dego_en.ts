<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
  <context>
    <name>DEGO</name>
    <message>
      <location filename="dego_plugin.py" line="106" />
      <source>DEGO: the catalogue could not be loaded: {0}</source>
      <translation>DEGO: the catalogue could not be loaded: {0}</translation>
    </message>
    <message>
      <location filename="dego_plugin.py" line="119" />
      <source>DEGO: layer “{0}” is not in the catalogue</source>
      <translation>DEGO: layer “{0}” is not in the catalogue</translation>
    </message>
    <message>
      <location filename="dego_plugin.py" line="43" />
      <source>DEGO</source>
      <translation>DEGO</translation>
    </message>
    <message>
      <location filename="dego_plugin.py" line="45" />
      <source>DEGO layers</source>
      <translation>DEGO layers</translation>
    </message>
    <message>
      <location filename="dego_plugin.py" line="46" />
      <source>Show or hide the DEGO layer catalogue</source>
      <translation>Show or hide the DEGO layer catalogue</translation>
    </message>
    <message>
      <location filename="dego_plugin.py" line="54" />
      <source>&amp;DEGO</source>
      <translation>&amp;DEGO</translation>
    </message>
    <message>
      <location filename="dego_plugin.py" line="97" />
      <source>Loading the DEGO catalogue</source>
      <translation>Loading the DEGO catalogue</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="111" />
      <source>Search layers…</source>
      <translation>Search layers…</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="112" />
      <source>Words to look for in titles, descriptions and keywords</source>
      <translation>Words to look for in titles, descriptions and keywords</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="115" />
      <source>Reload the catalogue</source>
      <translation>Reload the catalogue</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="136" />
      <source>Select a layer to read about it.</source>
      <translation>Select a layer to read about it.</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="138" />
      <source>Add</source>
      <translation>Add</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="139" />
      <source>Add the selected layer to the map (or double-click it, or drag it)</source>
      <translation>Add the selected layer to the map (or double-click it, or drag it)</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="141" />
      <source>Loading catalogue…</source>
      <translation>Loading catalogue…</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="214" />
      <source>Layers skipped: {count}</source>
      <translation>Layers skipped: {count}</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="215" />
      <source>Details…</source>
      <translation>Details…</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="217" />
      <source>Catalogue entries that could not be read</source>
      <translation>Catalogue entries that could not be read</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="234" />
      <source>Skipped catalogue entries</source>
      <translation>Skipped catalogue entries</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="241" />
      <source>These entries were skipped; the other layers are available.</source>
      <translation>These entries were skipped; the other layers are available.</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="256" />
      <source>No layer matches the search.</source>
      <translation>No layer matches the search.</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="322" />
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="323" />
      <source>Licence</source>
      <translation>Licence</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="324" />
      <source>Data date</source>
      <translation>Data date</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="325" />
      <source>Level</source>
      <translation>Level</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="326" />
      <source>Service</source>
      <translation>Service</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_model.py" line="43" />
      <source>WMS</source>
      <translation>WMS</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_model.py" line="43" />
      <source>WMTS</source>
      <translation>WMTS</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_model.py" line="43" />
      <source>WFS</source>
      <translation>WFS</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_model.py" line="43" />
      <source>OGC API Features</source>
      <translation>OGC API Features</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_model.py" line="44" />
      <source>Vector tiles</source>
      <translation>Vector tiles</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_model.py" line="50" />
      <source>Building</source>
      <translation>Building</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_model.py" line="50" />
      <source>Postcode (6 positions)</source>
      <translation>Postcode (6 positions)</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_model.py" line="50" />
      <source>Postcode (4 digits)</source>
      <translation>Postcode (4 digits)</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_model.py" line="51" />
      <source>Neighbourhood</source>
      <translation>Neighbourhood</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_model.py" line="51" />
      <source>District</source>
      <translation>District</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_model.py" line="51" />
      <source>Municipality</source>
      <translation>Municipality</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_model.py" line="52" />
      <source>Province</source>
      <translation>Province</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_model.py" line="52" />
      <source>Country</source>
      <translation>Country</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_model.py" line="52" />
      <source>Grid</source>
      <translation>Grid</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_model.py" line="52" />
      <source>Line</source>
      <translation>Line</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_model.py" line="53" />
      <source>Point</source>
      <translation>Point</translation>
    </message>
    <message>
      <location filename="dialogs/messages.py" line="10" />
      <source>the DEGO service did not answer in time</source>
      <translation>the DEGO service did not answer in time</translation>
    </message>
    <message>
      <location filename="dialogs/messages.py" line="11" />
      <source>the DEGO service could not be reached</source>
      <translation>the DEGO service could not be reached</translation>
    </message>
    <message>
      <location filename="dialogs/messages.py" line="12" />
      <source>the DEGO service answered with an error ({0})</source>
      <translation>the DEGO service answered with an error ({0})</translation>
    </message>
    <message>
      <location filename="dialogs/messages.py" line="13" />
      <source>the catalogue is too large</source>
      <translation>the catalogue is too large</translation>
    </message>
    <message>
      <location filename="dialogs/messages.py" line="14" />
      <source>the DEGO service redirected too often</source>
      <translation>the DEGO service redirected too often</translation>
    </message>
    <message>
      <location filename="dialogs/messages.py" line="15" />
      <source>the catalogue is damaged (not valid JSON)</source>
      <translation>the catalogue is damaged (not valid JSON)</translation>
    </message>
    <message>
      <location filename="dialogs/messages.py" line="16" />
      <source>the catalogue is damaged (not UTF-8 text)</source>
      <translation>the catalogue is damaged (not UTF-8 text)</translation>
    </message>
    <message>
      <location filename="dialogs/messages.py" line="17" />
      <source>the catalogue is damaged (not a catalogue document)</source>
      <translation>the catalogue is damaged (not a catalogue document)</translation>
    </message>
    <message>
      <location filename="dialogs/messages.py" line="18" />
      <source>the catalogue has no format version</source>
      <translation>the catalogue has no format version</translation>
    </message>
    <message>
      <location filename="dialogs/messages.py" line="19" />
      <source>the catalogue needs a newer DEGO plugin; update the plugin</source>
      <translation>the catalogue needs a newer DEGO plugin; update the plugin</translation>
    </message>
    <message>
      <location filename="dialogs/messages.py" line="20" />
      <source>the catalogue holds no layers</source>
      <translation>the catalogue holds no layers</translation>
    </message>
    <message>
      <location filename="dialogs/messages.py" line="21" />
      <source>the catalogue holds no usable layers</source>
      <translation>the catalogue holds no usable layers</translation>
    </message>
    <message>
      <location filename="dialogs/messages.py" line="22" />
      <source>the catalogue address is not an http(s) URL</source>
      <translation>the catalogue address is not an http(s) URL</translation>
    </message>
    <message>
      <location filename="dialogs/messages.py" line="24" />
      <source>the catalogue could not be loaded ({0})</source>
      <translation>the catalogue could not be loaded ({0})</translation>
    </message>
    <message>
      <location filename="dialogs/messages.py" line="29" />
      <source>unknown date</source>
      <translation>unknown date</translation>
    </message>
    <message>
      <location filename="dialogs/messages.py" line="35" />
      <source>Offline: cached catalogue from {0}</source>
      <translation>Offline: cached catalogue from {0}</translation>
    </message>
    <message>
      <location filename="dialogs/messages.py" line="37" />
      <source>Offline: built-in catalogue from {0}</source>
      <translation>Offline: built-in catalogue from {0}</translation>
    </message>
    <message>
      <location filename="dialogs/messages.py" line="38" />
      <source>Live catalogue, fetched {0}</source>
      <translation>Live catalogue, fetched {0}</translation>
    </message>
    <message>
      <location filename="dialogs/messages.py" line="45" />
      <source>showing the catalogue saved on {0}</source>
      <translation>showing the catalogue saved on {0}</translation>
    </message>
    <message>
      <location filename="dialogs/messages.py" line="47" />
      <source>showing the built-in catalogue</source>
      <translation>showing the built-in catalogue</translation>
    </message>
    <message>
      <location filename="dialogs/messages.py" line="48" />
      <source>DEGO: {0}; {1}. Check the network or proxy settings and press Refresh.</source>
      <translation>DEGO: {0}; {1}. Check the network or proxy settings and press Refresh.</translation>
    </message>
    <message>
      <location filename="layers/loader.py" line="124" />
      <source>cancelled</source>
      <translation>cancelled</translation>
    </message>
    <message>
      <location filename="layers/loader.py" line="125" />
      <source>Could not add “{0}”: {1}</source>
      <translation>Could not add “{0}”: {1}</translation>
    </message>
    <message>
      <location filename="layers/loader.py" line="133" />
      <source>Adding DEGO layer “{0}”</source>
      <translation>Adding DEGO layer “{0}”</translation>
    </message>
    <message>
      <location filename="layers/loader.py" line="48" />
      <source>the service did not answer, or does not offer this layer</source>
      <translation>the service did not answer, or does not offer this layer</translation>
    </message>
    <message>
      <location filename="layers/loader.py" line="70" />
      <source>style not applied: {0}</source>
      <translation>style not applied: {0}</translation>
    </message>
    <message>
      <location filename="layers/loader.py" line="77" />
      <source>the vector tile style is not valid JSON</source>
      <translation>the vector tile style is not valid JSON</translation>
    </message>
    <message>
      <location filename="layers/loader.py" line="86" />
      <source>style could not be fetched from {0}: {1}</source>
      <translation>style could not be fetched from {0}: {1}</translation>
    </message>
  </context>
</TS>
