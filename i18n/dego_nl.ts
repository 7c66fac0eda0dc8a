<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
  <context>
    <name>DEGO</name>
    <message>
      <location filename="dego_plugin.py" line="106" />
      <source>DEGO: the catalogue could not be loaded: {0}</source>
      <translation>DEGO: de catalogus kon niet worden geladen: {0}</translation>
    </message>
    <message>
      <location filename="dego_plugin.py" line="119" />
      <source>DEGO: layer “{0}” is not in the catalogue</source>
      <translation>DEGO: laag “{0}” staat niet in de catalogus</translation>
    </message>
    <message>
      <location filename="dego_plugin.py" line="43" />
      <source>DEGO</source>
      <translation>DEGO</translation>
    </message>
    <message>
      <location filename="dego_plugin.py" line="45" />
      <source>DEGO layers</source>
      <translation>DEGO lagen</translation>
    </message>
    <message>
      <location filename="dego_plugin.py" line="46" />
      <source>Show or hide the DEGO layer catalogue</source>
      <translation>De DEGO-lagencatalogus tonen of verbergen</translation>
    </message>
    <message>
      <location filename="dego_plugin.py" line="54" />
      <source>&amp;DEGO</source>
      <translation>&amp;DEGO</translation>
    </message>
    <message>
      <location filename="dego_plugin.py" line="97" />
      <source>Loading the DEGO catalogue</source>
      <translation>DEGO-catalogus laden</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="111" />
      <source>Search layers…</source>
      <translation>Lagen zoeken…</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="112" />
      <source>Words to look for in titles, descriptions and keywords</source>
      <translation>Woorden om te zoeken in titels, beschrijvingen en trefwoorden</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="115" />
      <source>Reload the catalogue</source>
      <translation>Catalogus opnieuw laden</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="136" />
      <source>Select a layer to read about it.</source>
      <translation>Kies een laag om er meer over te lezen.</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="138" />
      <source>Add</source>
      <translation>Toevoegen</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="139" />
      <source>Add the selected layer to the map (or double-click it, or drag it)</source>
      <translation>De gekozen laag aan de kaart toevoegen (of dubbelklik of sleep de laag)</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="141" />
      <source>Loading catalogue…</source>
      <translation>Catalogus laden…</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="214" />
      <source>Layers skipped: {count}</source>
      <translation>Overgeslagen lagen: {count}</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="215" />
      <source>Details…</source>
      <translation>Details…</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="217" />
      <source>Catalogue entries that could not be read</source>
      <translation>Catalogusregels die niet gelezen konden worden</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="234" />
      <source>Skipped catalogue entries</source>
      <translation>Overgeslagen catalogusregels</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="241" />
      <source>These entries were skipped; the other layers are available.</source>
      <translation>Deze regels zijn overgeslagen; de andere lagen zijn beschikbaar.</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="256" />
      <source>No layer matches the search.</source>
      <translation>Geen laag past bij de zoekopdracht.</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="322" />
      <source>Source</source>
      <translation>Bron</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="323" />
      <source>Licence</source>
      <translation>Licentie</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="324" />
      <source>Data date</source>
      <translation>Datum gegevens</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="325" />
      <source>Level</source>
      <translation>Niveau</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_dock.py" line="326" />
      <source>Service</source>
      <translation>Dienst</translation>
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
      <translation>Vectortegels</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_model.py" line="50" />
      <source>Building</source>
      <translation>Pand</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_model.py" line="50" />
      <source>Postcode (6 positions)</source>
      <translation>Postcode (6 posities)</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_model.py" line="50" />
      <source>Postcode (4 digits)</source>
      <translation>Postcode (4 cijfers)</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_model.py" line="51" />
      <source>Neighbourhood</source>
      <translation>Buurt</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_model.py" line="51" />
      <source>District</source>
      <translation>Wijk</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_model.py" line="51" />
      <source>Municipality</source>
      <translation>Gemeente</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_model.py" line="52" />
      <source>Province</source>
      <translation>Provincie</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_model.py" line="52" />
      <source>Country</source>
      <translation>Land</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_model.py" line="52" />
      <source>Grid</source>
      <translation>Raster</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_model.py" line="52" />
      <source>Line</source>
      <translation>Lijn</translation>
    </message>
    <message>
      <location filename="dialogs/catalogue_model.py" line="53" />
      <source>Point</source>
      <translation>Punt</translation>
    </message>
    <message>
      <location filename="dialogs/messages.py" line="10" />
      <source>the DEGO service did not answer in time</source>
      <translation>de DEGO-dienst antwoordde niet op tijd</translation>
    </message>
    <message>
      <location filename="dialogs/messages.py" line="11" />
      <source>the DEGO service could not be reached</source>
      <translation>de DEGO-dienst is niet bereikbaar</translation>
    </message>
    <message>
      <location filename="dialogs/messages.py" line="12" />
      <source>the DEGO service answered with an error ({0})</source>
      <translation>de DEGO-dienst gaf een foutmelding ({0})</translation>
    </message>
    <message>
      <location filename="dialogs/messages.py" line="13" />
      <source>the catalogue is too large</source>
      <translation>de catalogus is te groot</translation>
    </message>
    <message>
      <location filename="dialogs/messages.py" line="14" />
      <source>the DEGO service redirected too often</source>
      <translation>de DEGO-dienst stuurde te vaak door</translation>
    </message>
    <message>
      <location filename="dialogs/messages.py" line="15" />
      <source>the catalogue is damaged (not valid JSON)</source>
      <translation>de catalogus is beschadigd (geen geldige JSON)</translation>
    </message>
    <message>
      <location filename="dialogs/messages.py" line="16" />
      <source>the catalogue is damaged (not UTF-8 text)</source>
      <translation>de catalogus is beschadigd (geen UTF-8-tekst)</translation>
    </message>
    <message>
      <location filename="dialogs/messages.py" line="17" />
      <source>the catalogue is damaged (not a catalogue document)</source>
      <translation>de catalogus is beschadigd (geen catalogusdocument)</translation>
    </message>
    <message>
      <location filename="dialogs/messages.py" line="18" />
      <source>the catalogue has no format version</source>
      <translation>de catalogus heeft geen formaatversie</translation>
    </message>
    <message>
      <location filename="dialogs/messages.py" line="19" />
      <source>the catalogue needs a newer DEGO plugin; update the plugin</source>
      <translation>de catalogus vraagt een nieuwere DEGO-plugin; werk de plugin bij</translation>
    </message>
    <message>
      <location filename="dialogs/messages.py" line="20" />
      <source>the catalogue holds no layers</source>
      <translation>de catalogus bevat geen lagen</translation>
    </message>
    <message>
      <location filename="dialogs/messages.py" line="21" />
      <source>the catalogue holds no usable layers</source>
      <translation>de catalogus bevat geen bruikbare lagen</translation>
    </message>
    <message>
      <location filename="dialogs/messages.py" line="22" />
      <source>the catalogue address is not an http(s) URL</source>
      <translation>het catalogusadres is geen http(s)-URL</translation>
    </message>
    <message>
      <location filename="dialogs/messages.py" line="24" />
      <source>the catalogue could not be loaded ({0})</source>
      <translation>de catalogus kon niet worden geladen ({0})</translation>
    </message>
    <message>
      <location filename="dialogs/messages.py" line="29" />
      <source>unknown date</source>
      <translation>onbekende datum</translation>
    </message>
    <message>
      <location filename="dialogs/messages.py" line="35" />
      <source>Offline: cached catalogue from {0}</source>
      <translation>Offline: bewaarde catalogus van {0}</translation>
    </message>
    <message>
      <location filename="dialogs/messages.py" line="37" />
      <source>Offline: built-in catalogue from {0}</source>
      <translation>Offline: meegeleverde catalogus van {0}</translation>
    </message>
    <message>
      <location filename="dialogs/messages.py" line="38" />
      <source>Live catalogue, fetched {0}</source>
      <translation>Actuele catalogus, opgehaald {0}</translation>
    </message>
    <message>
      <location filename="dialogs/messages.py" line="45" />
      <source>showing the catalogue saved on {0}</source>
      <translation>de catalogus van {0} wordt getoond</translation>
    </message>
    <message>
      <location filename="dialogs/messages.py" line="47" />
      <source>showing the built-in catalogue</source>
      <translation>de meegeleverde catalogus wordt getoond</translation>
    </message>
    <message>
      <location filename="dialogs/messages.py" line="48" />
      <source>DEGO: {0}; {1}. Check the network or proxy settings and press Refresh.</source>
      <translation>DEGO: {0}; {1}. Controleer het netwerk of de proxy-instellingen en klik op Vernieuwen.</translation>
    </message>
    <message>
      <location filename="layers/loader.py" line="124" />
      <source>cancelled</source>
      <translation>geannuleerd</translation>
    </message>
    <message>
      <location filename="layers/loader.py" line="125" />
      <source>Could not add “{0}”: {1}</source>
      <translation>“{0}” kon niet worden toegevoegd: {1}</translation>
    </message>
    <message>
      <location filename="layers/loader.py" line="133" />
      <source>Adding DEGO layer “{0}”</source>
      <translation>DEGO-laag “{0}” toevoegen</translation>
    </message>
    <message>
      <location filename="layers/loader.py" line="48" />
      <source>the service did not answer, or does not offer this layer</source>
      <translation>de dienst antwoordde niet, of biedt deze laag niet aan</translation>
    </message>
    <message>
      <location filename="layers/loader.py" line="70" />
      <source>style not applied: {0}</source>
      <translation>opmaak niet toegepast: {0}</translation>
    </message>
    <message>
      <location filename="layers/loader.py" line="77" />
      <source>the vector tile style is not valid JSON</source>
      <translation>de opmaak van de vectortegels is geen geldige JSON</translation>
    </message>
    <message>
      <location filename="layers/loader.py" line="86" />
      <source>style could not be fetched from {0}: {1}</source>
      <translation>opmaak kon niet worden opgehaald van {0}: {1}</translation>
    </message>
  </context>
</TS>
