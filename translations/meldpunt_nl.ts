<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AddressImporter</name>
    <message>
        <source>%1, line %2: %3 Nothing was imported.</source>
        <translation>%1, regel %2: %3 Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>De databank is niet geopend.</translation>
    </message>
    <message>
        <source>%1 is UTF-16 encoded. Save it as UTF-8 (CSV UTF-8) and import it again. Nothing was imported.</source>
        <translation>%1 is in UTF-16 gecodeerd. Sla het op als UTF-8 (CSV UTF-8) en importeer het opnieuw. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>the file is empty; a BeST openaddress CSV starts with a header line.</source>
        <translation>het bestand is leeg; een BeST-openaddress-CSV begint met een kopregel.</translation>
    </message>
    <message>
        <source>the text is not UTF-8 (perhaps Windows-1252 or Latin-1). Save the file as UTF-8 and try again.</source>
        <translation>de tekst is geen UTF-8 (misschien Windows-1252 of Latin-1). Sla het bestand op als UTF-8 en probeer opnieuw.</translation>
    </message>
    <message>
        <source>the column(s) %1 are missing. A BeST openaddress CSV has the columns %2.</source>
        <translation>de kolom(men) %1 ontbreken. Een BeST-openaddress-CSV heeft de kolommen %2.</translation>
    </message>
    <message>
        <source>The database is busy or read-only (%1). Nothing was imported.</source>
        <translation>De databank is bezet of alleen-lezen (%1). Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The database has no address table (%1). Nothing was imported.</source>
        <translation>De databank heeft geen adressentabel (%1). Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>it has %1 fields where the header has %2.</source>
        <translation>ze heeft %1 velden, terwijl de kopregel er %2 heeft.</translation>
    </message>
    <message>
        <source>the latitude &quot;%1&quot; is not a number.</source>
        <translation>de breedtegraad &quot;%1&quot; is geen getal.</translation>
    </message>
    <message>
        <source>the longitude &quot;%1&quot; is not a number.</source>
        <translation>de lengtegraad &quot;%1&quot; is geen getal.</translation>
    </message>
    <message>
        <source>the latitude %1 is outside −90…90.</source>
        <translation>de breedtegraad %1 ligt buiten −90…90.</translation>
    </message>
    <message>
        <source>the longitude %1 is outside −180…180.</source>
        <translation>de lengtegraad %1 ligt buiten −180…180.</translation>
    </message>
    <message>
        <source>the address has no street name.</source>
        <translation>het adres heeft geen straatnaam.</translation>
    </message>
    <message>
        <source>the address has no house number.</source>
        <translation>het adres heeft geen huisnummer.</translation>
    </message>
    <message>
        <source>the database refused the address (%1).</source>
        <translation>de databank weigerde het adres (%1).</translation>
    </message>
    <message>
        <source>%1 has a header but no addresses. Nothing was imported.</source>
        <translation>%1 heeft een kopregel maar geen adressen. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>Replacing the earlier addresses of %1 failed (%2). Nothing was imported.</source>
        <translation>Het vervangen van de vorige adressen van %1 is mislukt (%2). Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>Saving the addresses failed (%1). Nothing was imported.</source>
        <translation>Het opslaan van de adressen is mislukt (%1). Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>Imports the address register (BeST openaddress CSV) or districts (GeoJSON) into a Meldpunt database.</source>
        <translation>Importeert het adressenregister (BeST-openaddress-CSV) of de wijken (GeoJSON) in een Meldpunt-databank.</translation>
    </message>
    <message>
        <source>Database file to import into.</source>
        <translation>Databankbestand om in te importeren.</translation>
    </message>
    <message>
        <source>Import into the demo database.</source>
        <translation>Importeren in de demodatabank.</translation>
    </message>
    <message>
        <source>addresses or districts</source>
        <translation>adressen of wijken</translation>
    </message>
    <message>
        <source>The CSV or GeoJSON file.</source>
        <translation>Het CSV- of GeoJSON-bestand.</translation>
    </message>
    <message>
        <source>Usage: meldpunt import addresses FILE.csv | meldpunt import districts FILE.geojson [--db FILE | --demo]</source>
        <translation>Gebruik: meldpunt import addresses BESTAND.csv | meldpunt import districts BESTAND.geojson [--db BESTAND | --demo]</translation>
    </message>
    <message>
        <source>Imported %1 addresses into %2 (replacing %3 earlier ones).</source>
        <translation>%1 adressen geïmporteerd in %2 (ter vervanging van %3 eerdere).</translation>
    </message>
    <message>
        <source>Imported %1 districts into %2 (%3 of them updated existing ones).</source>
        <translation>%1 wijken geïmporteerd in %2 (waarvan %3 bestaande bijgewerkt).</translation>
    </message>
    <message>
        <source>Language: nl, fr or en.</source>
        <translation>Taal: nl, fr of en.</translation>
    </message>
</context>
<context>
    <name>AddressIndex</name>
    <message>
        <source>The address register could not be read: %1</source>
        <translation>Het adressenregister kon niet worden gelezen: %1</translation>
    </message>
</context>
<context>
    <name>CityBackground</name>
    <message>
        <source>The districts could not be read: %1</source>
        <translation>De wijken konden niet worden gelezen: %1</translation>
    </message>
</context>
<context>
    <name>DashboardReport</name>
    <message>
        <source>Page %1</source>
        <translation>Pagina %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot %2</translation>
    </message>
    <message>
        <source>Citizen reports: dashboard report</source>
        <translation>Meldingen van burgers: dashboardrapport</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Kan %1 niet schrijven.</translation>
    </message>
    <message>
        <source>Citizen reports dashboard · %1 · %2</source>
        <translation>Dashboard burgermeldingen · %1 · %2</translation>
    </message>
    <message>
        <source>Produced on %1. Lead times in %2; a report&apos;s lead time runs from its reception to its last resolution; reports that are still open count in the backlog, not in lead times.</source>
        <translation>Opgemaakt op %1. Doorlooptijden in %2; de doorlooptijd van een melding loopt van de ontvangst tot de laatste oplossing; meldingen die nog open zijn, tellen mee in de achterstand, niet in de doorlooptijden.</translation>
    </message>
    <message>
        <source>Reports received</source>
        <translation>Ontvangen meldingen</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Opgelost</translation>
    </message>
    <message>
        <source>Median lead time</source>
        <translation>Mediane doorlooptijd</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90e percentiel</translation>
    </message>
    <message>
        <source>Within deadline</source>
        <translation>Binnen de termijn</translation>
    </message>
    <message>
        <source>Open (overdue)</source>
        <translation>Open (te laat)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This period against a year earlier</source>
        <translation>Deze periode tegenover een jaar eerder</translation>
    </message>
    <message>
        <source>Engaged citizens per topic</source>
        <translation>Betrokken burgers per onderwerp</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>District %1</source>
        <translation>Wijk %1</translation>
    </message>
    <message>
        <source>Only citizens who agreed to be contacted; names stay in the application.</source>
        <translation>Alleen burgers die ermee instemden gecontacteerd te worden; namen blijven in de toepassing.</translation>
    </message>
    <message>
        <source>Engaged citizens</source>
        <translation>Betrokken burgers</translation>
    </message>
</context>
<context>
    <name>DashboardTables</name>
    <message>
        <source>Resolved</source>
        <translation>Opgelost</translation>
    </message>
    <message>
        <source>Mean (%1)</source>
        <translation>Gemiddelde (%1)</translation>
    </message>
    <message>
        <source>Median (%1)</source>
        <translation>Mediaan (%1)</translation>
    </message>
    <message>
        <source>90th percentile (%1)</source>
        <translation>90e percentiel (%1)</translation>
    </message>
    <message>
        <source>%1–%2 %3</source>
        <translation>%1–%2 %3</translation>
    </message>
    <message>
        <source>≥ %1 %2</source>
        <translation>≥ %1 %2</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>werkdagen</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dagen</translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation>Categorie %1</translation>
    </message>
    <message>
        <source>No department</source>
        <translation>Geen dienst</translation>
    </message>
    <message>
        <source>Department %1</source>
        <translation>Dienst %1</translation>
    </message>
    <message>
        <source>No district</source>
        <translation>Geen wijk</translation>
    </message>
    <message>
        <source>District %1</source>
        <translation>Wijk %1</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Aandeel (%)</translation>
    </message>
    <message>
        <source>Reports received per %1</source>
        <translation>Ontvangen meldingen per %1</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Vorig jaar</translation>
    </message>
    <message>
        <source>Change (%)</source>
        <translation>Verschil (%)</translation>
    </message>
    <message>
        <source>Reports per category</source>
        <translation>Meldingen per categorie</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Reports per department</source>
        <translation>Meldingen per dienst</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Reports per channel</source>
        <translation>Meldingen per kanaal</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Reports per district</source>
        <translation>Meldingen per wijk</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <source>Lead time per department (%1)</source>
        <translation>Doorlooptijd per dienst (%1)</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Alle diensten</translation>
    </message>
    <message>
        <source>Lead time per category (%1)</source>
        <translation>Doorlooptijd per categorie (%1)</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle categorieën</translation>
    </message>
    <message>
        <source>Deadline compliance per department</source>
        <translation>Naleving van de termijn per dienst</translation>
    </message>
    <message>
        <source>Resolved within deadline</source>
        <translation>Opgelost binnen de termijn</translation>
    </message>
    <message>
        <source>Resolved within 3× the period</source>
        <translation>Opgelost binnen 3× de termijn</translation>
    </message>
    <message>
        <source>Resolved later</source>
        <translation>Later opgelost</translation>
    </message>
    <message>
        <source>Open, on time</source>
        <translation>Open, op tijd</translation>
    </message>
    <message>
        <source>Open, overdue</source>
        <translation>Open, te laat</translation>
    </message>
    <message>
        <source>Within deadline (%)</source>
        <translation>Binnen de termijn (%)</translation>
    </message>
    <message>
        <source>Open reports at the end of each day</source>
        <translation>Open meldingen aan het einde van elke dag</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Of which overdue</source>
        <translation>Waarvan te laat</translation>
    </message>
    <message>
        <source>Age of open reports</source>
        <translation>Leeftijd van open meldingen</translation>
    </message>
    <message>
        <source>Age (days)</source>
        <translation>Leeftijd (dagen)</translation>
    </message>
    <message>
        <source>Open reports</source>
        <translation>Open meldingen</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>&gt; %1</source>
        <translation>&gt; %1</translation>
    </message>
    <message>
        <source>Year over year: %1 – %2 against %3 – %4</source>
        <translation>Jaar op jaar: %1 – %2 tegenover %3 – %4</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maatstaf</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Deze periode</translation>
    </message>
    <message>
        <source>A year earlier</source>
        <translation>Een jaar eerder</translation>
    </message>
    <message>
        <source>Reports received</source>
        <translation>Ontvangen meldingen</translation>
    </message>
    <message>
        <source>Reports resolved</source>
        <translation>Opgeloste meldingen</translation>
    </message>
    <message>
        <source>Median lead time (%1)</source>
        <translation>Mediane doorlooptijd (%1)</translation>
    </message>
    <message>
        <source>Mean lead time (%1)</source>
        <translation>Gemiddelde doorlooptijd (%1)</translation>
    </message>
    <message>
        <source>90th percentile lead time (%1)</source>
        <translation>Doorlooptijd 90e percentiel (%1)</translation>
    </message>
    <message>
        <source>Streets with the most reports</source>
        <translation>Straten met de meeste meldingen</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Engaged citizens per topic (consented to be contacted)</source>
        <translation>Betrokken burgers per onderwerp (met toestemming om gecontacteerd te worden)</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Burger</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Deadline compliance per category</source>
        <translation>Naleving van de termijn per categorie</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>De databank %1 bestaat niet.</translation>
    </message>
    <message>
        <source>Cannot create the folder for the database %1.</source>
        <translation>Kan de map voor de databank %1 niet aanmaken.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 is een map, geen databankbestand.</translation>
    </message>
    <message>
        <source>The database %1 is read-only. Meldpunt needs to write to it; ask your administrator for write access or copy the file to a folder of your own.</source>
        <translation>De databank %1 is alleen-lezen. Meldpunt moet erin kunnen schrijven; vraag uw beheerder om schrijfrechten of kopieer het bestand naar een eigen map.</translation>
    </message>
    <message>
        <source>%1 is not a Meldpunt database or it is damaged. The file was left as it is; restore it from a backup.</source>
        <translation>%1 is geen Meldpunt-databank of is beschadigd. Het bestand is ongewijzigd gelaten; zet het terug vanuit een back-up.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Kan de databank %1 niet openen: %2</translation>
    </message>
    <message>
        <source>The database %1 is locked by another program. Close that program and try again.</source>
        <translation>De databank %1 is vergrendeld door een ander programma. Sluit dat programma en probeer opnieuw.</translation>
    </message>
    <message>
        <source>%1 is not a Meldpunt database or it is damaged (%2). The file was left as it is.</source>
        <translation>%1 is geen Meldpunt-databank of is beschadigd (%2). Het bestand is ongewijzigd gelaten.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Meldpunt (schema %2; this version knows up to %3). Install the newer version; the file was not changed.</source>
        <translation>De databank %1 is geschreven door een nieuwere versie van Meldpunt (schema %2; deze versie kent tot %3). Installeer de nieuwere versie; het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>%1 is an SQLite file but not a Meldpunt database. The file was left as it is.</source>
        <translation>%1 is een SQLite-bestand maar geen Meldpunt-databank. Het bestand is ongewijzigd gelaten.</translation>
    </message>
    <message>
        <source>The database %1 is read-only.</source>
        <translation>De databank %1 is alleen-lezen.</translation>
    </message>
    <message>
        <source>Cannot update the database %1: %2</source>
        <translation>Kan de databank %1 niet bijwerken: %2</translation>
    </message>
    <message>
        <source>migration %1 is missing</source>
        <translation>migratie %1 ontbreekt</translation>
    </message>
    <message>
        <source>Updating the database %1 to schema %2 failed (%3). Nothing was changed.</source>
        <translation>Het bijwerken van de databank %1 naar schema %2 is mislukt (%3). Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Updating the database %1 failed (%2). Nothing was changed.</source>
        <translation>Het bijwerken van de databank %1 is mislukt (%2). Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The folder of the database %1 is read-only. Meldpunt needs to create files beside the database; ask your administrator for write access or copy the file to a folder of your own.</source>
        <translation>De map van de databank %1 is alleen-lezen. Meldpunt moet bestanden naast de databank kunnen aanmaken; vraag uw beheerder om schrijfrechten of kopieer het bestand naar een eigen map.</translation>
    </message>
    <message>
        <source>The database %1 is in use elsewhere in the program; it was left as it was.</source>
        <translation>De databank %1 is elders in het programma in gebruik; ze is gelaten zoals ze was.</translation>
    </message>
    <message>
        <source>Another program has the database %1 open; close it and try again.</source>
        <translation>Een ander programma heeft de databank %1 open; sluit het en probeer opnieuw.</translation>
    </message>
    <message>
        <source>The new database could not take the place of %1: %2</source>
        <translation>De nieuwe databank kon %1 niet vervangen: %2</translation>
    </message>
    <message>
        <source>The new database %1 does not open.</source>
        <translation>De nieuwe databank %1 gaat niet open.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Generating the demo database was cancelled.</source>
        <translation>Het aanmaken van de demodatabank is geannuleerd.</translation>
    </message>
    <message>
        <source>The number of reports cannot be negative.</source>
        <translation>Het aantal meldingen kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 is een map, geen databankbestand.</translation>
    </message>
    <message>
        <source>The file %1 already exists. Choose another name or allow replacing it.</source>
        <translation>Het bestand %1 bestaat al. Kies een andere naam of sta vervangen toe.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Kan de map %1 niet aanmaken.</translation>
    </message>
    <message>
        <source>Cannot write in the folder %1: %2</source>
        <translation>Kan niet schrijven in de map %1: %2</translation>
    </message>
    <message>
        <source>Could not generate the demo database %1: %2</source>
        <translation>Kon de demodatabank %1 niet aanmaken: %2</translation>
    </message>
    <message>
        <source>Could not put the demo database in place as %1: %2</source>
        <translation>Kon de demodatabank niet op zijn plaats zetten als %1: %2</translation>
    </message>
    <message>
        <source>The database schema has no search index.</source>
        <translation>Het databankschema heeft geen zoekindex.</translation>
    </message>
</context>
<context>
    <name>DistrictImporter</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>%1 is not valid GeoJSON: %2 at byte %3. Nothing was imported.</source>
        <translation>%1 is geen geldige GeoJSON: %2 bij byte %3. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>%1 is not a GeoJSON FeatureCollection (its type is &quot;%2&quot;). Nothing was imported.</source>
        <translation>%1 is geen GeoJSON-FeatureCollection (het type is &quot;%2&quot;). Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>%1 uses the coordinate system %2; Meldpunt needs WGS84 longitude/latitude (EPSG:4326). Nothing was imported.</source>
        <translation>%1 gebruikt het coördinatenstelsel %2; Meldpunt heeft WGS84-lengte/breedte nodig (EPSG:4326). Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>%1 has no features. Nothing was imported.</source>
        <translation>%1 heeft geen features. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>feature %1</translation>
    </message>
    <message>
        <source>feature %1 (%2)</source>
        <translation>feature %1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2: it is not a GeoJSON Feature. Nothing was imported.</source>
        <translation>%1, %2: dit is geen GeoJSON-Feature. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>%1, %2: it has no name property (name or name_nl). Nothing was imported.</source>
        <translation>%1, %2: er is geen naameigenschap (name of name_nl). Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>%1, %2: it has no geometry. Nothing was imported.</source>
        <translation>%1, %2: er is geen geometrie. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>%1, %2: invalid geometry: %3. Nothing was imported.</source>
        <translation>%1, %2: ongeldige geometrie: %3. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>%1, %2: its code %3 is used by an earlier feature too. Nothing was imported.</source>
        <translation>%1, %2: de code %3 wordt ook door een eerdere feature gebruikt. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>De databank is niet geopend.</translation>
    </message>
    <message>
        <source>The database is busy or read-only (%1). Nothing was imported.</source>
        <translation>De databank is bezet of alleen-lezen (%1). Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The database has no district table (%1). Nothing was imported.</source>
        <translation>De databank heeft geen wijkentabel (%1). Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>%1, feature %2 (%3): the database refused it (%4). Nothing was imported.</source>
        <translation>%1, feature %2 (%3): de databank weigerde het (%4). Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>Saving the districts failed (%1). Nothing was imported.</source>
        <translation>Het opslaan van de wijken is mislukt (%1). Er is niets geïmporteerd.</translation>
    </message>
</context>
<context>
    <name>FirstPull</name>
    <message>
        <source>The desk&apos;s database lacks the history or the full-text table.</source>
        <translation>De databank van deze balie mist de geschiedenis of de zoektabel.</translation>
    </message>
    <message>
        <source>The first sync was cancelled; it starts again at the next connection.</source>
        <translation>De eerste synchronisatie is afgebroken; ze begint opnieuw bij de volgende verbinding.</translation>
    </message>
    <message>
        <source>The new replica could not be written to the disk: %1</source>
        <translation>De nieuwe replica kon niet naar de schijf worden geschreven: %1</translation>
    </message>
    <message>
        <source>The reports did not all reach the search index.</source>
        <translation>Niet alle meldingen hebben de zoekindex bereikt.</translation>
    </message>
</context>
<context>
    <name>GeoShape</name>
    <message>
        <source>point %1 is not a [longitude, latitude] pair</source>
        <translation>punt %1 is geen [lengtegraad, breedtegraad]-paar</translation>
    </message>
    <message>
        <source>point %1 (%2, %3) is outside longitude −180…180 / latitude −90…90</source>
        <translation>punt %1 (%2, %3) ligt buiten lengtegraad −180…180 / breedtegraad −90…90</translation>
    </message>
    <message numerus="yes">
        <source>a ring has %n point(s); a closed ring needs at least 4</source>
        <translation>
            <numerusform>een ring heeft %n punt; een gesloten ring heeft er minstens 4 nodig</numerusform>
            <numerusform>een ring heeft %n punten; een gesloten ring heeft er minstens 4 nodig</numerusform>
        </translation>
    </message>
    <message>
        <source>a ring is not closed (its last point differs from its first)</source>
        <translation>een ring is niet gesloten (het laatste punt verschilt van het eerste)</translation>
    </message>
    <message>
        <source>a polygon has no rings</source>
        <translation>een polygoon heeft geen ringen</translation>
    </message>
    <message>
        <source>ring %1 is not an array of points</source>
        <translation>ring %1 is geen reeks punten</translation>
    </message>
    <message>
        <source>outer ring: %1</source>
        <translation>buitenring: %1</translation>
    </message>
    <message>
        <source>hole %1: %2</source>
        <translation>gat %1: %2</translation>
    </message>
    <message>
        <source>ring %1 has no area (all its points lie on one line)</source>
        <translation>ring %1 heeft geen oppervlakte (alle punten liggen op één lijn)</translation>
    </message>
    <message>
        <source>a MultiPolygon has no polygons</source>
        <translation>een MultiPolygon heeft geen polygonen</translation>
    </message>
    <message>
        <source>polygon %1: %2</source>
        <translation>polygoon %1: %2</translation>
    </message>
    <message>
        <source>the geometry is a %1, not a Polygon or MultiPolygon</source>
        <translation>de geometrie is een %1, geen Polygon of MultiPolygon</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>niets</translation>
    </message>
    <message>
        <source>the stored outline is not GeoJSON coordinates</source>
        <translation>de opgeslagen omtrek bestaat niet uit GeoJSON-coördinaten</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Low</source>
        <translation>Laag</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normaal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Webformulier</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Loket</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>No reply</source>
        <translation>Geen antwoord</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>Sms</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Telefoongesprek</translation>
    </message>
</context>
<context>
    <name>LetterRenderer</name>
    <message>
        <source>There are no letters to print.</source>
        <translation>Er zijn geen brieven om af te drukken.</translation>
    </message>
    <message>
        <source>The printer or file could not be opened for printing.</source>
        <translation>De printer of het bestand kon niet worden geopend om af te drukken.</translation>
    </message>
    <message numerus="yes">
        <source>The printer refused a new page after %n letter(s).</source>
        <translation>
            <numerusform>De printer weigerde een nieuwe pagina na %n brief.</numerusform>
            <numerusform>De printer weigerde een nieuwe pagina na %n brieven.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>Het afdrukken is geannuleerd.</translation>
    </message>
    <message>
        <source>The printer or file reported an error while finishing the print job.</source>
        <translation>De printer of het bestand meldde een fout bij het afronden van de afdruktaak.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n brief</numerusform>
            <numerusform>%n brieven</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF file %1 could not be written.</source>
        <translation>Het pdf-bestand %1 kon niet worden geschreven.</translation>
    </message>
</context>
<context>
    <name>LetterSettings</name>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>De instellingen konden niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>None (local relay only)</source>
        <translation>Geen (alleen lokale relay)</translation>
    </message>
    <message>
        <source>STARTTLS when offered</source>
        <translation>STARTTLS indien aangeboden</translation>
    </message>
    <message>
        <source>STARTTLS, required</source>
        <translation>STARTTLS, verplicht</translation>
    </message>
    <message>
        <source>TLS (SMTPS, port 465)</source>
        <translation>TLS (SMTPS, poort 465)</translation>
    </message>
    <message>
        <source>The SMTP password is not stored in the database. Enter env:NAME (an environment variable), file:PATH (a file only you can read) or ask (asked once per session).</source>
        <translation>Het SMTP-wachtwoord wordt niet in de databank opgeslagen. Geef env:NAAM (een omgevingsvariabele), file:PAD (een bestand dat alleen u kunt lezen) of ask (één keer per sessie gevraagd) op.</translation>
    </message>
</context>
<context>
    <name>LetterTypes</name>
    <message>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>Ontvangstbevestiging</translation>
    </message>
    <message>
        <source>Forwarded to department</source>
        <translation>Doorgestuurd naar dienst</translation>
    </message>
    <message>
        <source>Work planned</source>
        <translation>Werken gepland</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Opgelost</translation>
    </message>
    <message>
        <source>Not our responsibility</source>
        <translation>Niet onze bevoegdheid</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dubbel</translation>
    </message>
    <message>
        <source>Question to the citizen</source>
        <translation>Vraag aan de burger</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In wachtrij</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Bezig met verzenden</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Afgedrukt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Reached the citizen</source>
        <translation>Burger bereikt</translation>
    </message>
    <message>
        <source>Left a voicemail</source>
        <translation>Voicemail ingesproken</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Geen antwoord</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Verkeerd nummer</translation>
    </message>
</context>
<context>
    <name>MBTilesReader</name>
    <message>
        <source>The offline map %1 does not exist.</source>
        <translation>De offlinekaart %1 bestaat niet.</translation>
    </message>
    <message>
        <source>The offline map %1 cannot be read: %2</source>
        <translation>De offlinekaart %1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>%1 is not an MBTiles file (it is not an SQLite database).</source>
        <translation>%1 is geen MBTiles-bestand (het is geen SQLite-databank).</translation>
    </message>
    <message>
        <source>The offline map %1 cannot be opened: %2</source>
        <translation>De offlinekaart %1 kan niet worden geopend: %2</translation>
    </message>
    <message>
        <source>%1 is not an MBTiles file or it is damaged (%2).</source>
        <translation>%1 is geen MBTiles-bestand of is beschadigd (%2).</translation>
    </message>
    <message>
        <source>%1 is damaged: its metadata cannot be read (%2).</source>
        <translation>%1 is beschadigd: de metadata kunnen niet worden gelezen (%2).</translation>
    </message>
    <message>
        <source>%1 holds vector tiles; Meldpunt can show raster MBTiles (PNG, JPEG, WebP) only.</source>
        <translation>%1 bevat vectortegels; Meldpunt kan alleen raster-MBTiles (PNG, JPEG, WebP) tonen.</translation>
    </message>
    <message>
        <source>The offline map is not open.</source>
        <translation>De offlinekaart is niet geopend.</translation>
    </message>
    <message>
        <source>The offline map %1 is damaged: tile %2/%3/%4 cannot be read (%5).</source>
        <translation>De offlinekaart %1 is beschadigd: tegel %2/%3/%4 kan niet worden gelezen (%5).</translation>
    </message>
    <message>
        <source>The offline map %1 is damaged: tile %2/%3/%4 is empty.</source>
        <translation>De offlinekaart %1 is beschadigd: tegel %2/%3/%4 is leeg.</translation>
    </message>
    <message>
        <source>The offline map %1 is damaged: tile %2/%3/%4 is not an image.</source>
        <translation>De offlinekaart %1 is beschadigd: tegel %2/%3/%4 is geen afbeelding.</translation>
    </message>
</context>
<context>
    <name>MapReportLoader</name>
    <message>
        <source>The map cannot read the database: it is not open.</source>
        <translation>De kaart kan de databank niet lezen: die is niet geopend.</translation>
    </message>
    <message>
        <source>The map could not read the reports: %1</source>
        <translation>De kaart kon de meldingen niet lezen: %1</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>Citizen</source>
        <translation>Burger</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>City and sender</source>
        <translation>Stad en afzender</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Straat en nummer</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Full postal address</source>
        <translation>Volledig postadres</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefoonnummer</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Datum van ontvangst</translation>
    </message>
    <message>
        <source>Date and time received</source>
        <translation>Datum en uur van ontvangst</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Main category</source>
        <translation>Hoofdcategorie</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <source>Description (as the citizen wrote it)</source>
        <translation>Omschrijving (zoals de burger ze schreef)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <source>Date resolved</source>
        <translation>Datum opgelost</translation>
    </message>
    <message>
        <source>Received through</source>
        <translation>Ontvangen via</translation>
    </message>
    <message>
        <source>Reference of the original report</source>
        <translation>Referentie van de oorspronkelijke melding</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Department e-mail</source>
        <translation>E-mail van de dienst</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coördinator</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stad</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>City address</source>
        <translation>Adres van de stad</translation>
    </message>
    <message>
        <source>City phone</source>
        <translation>Telefoon van de stad</translation>
    </message>
    <message>
        <source>City e-mail</source>
        <translation>E-mail van de stad</translation>
    </message>
    <message>
        <source>City website</source>
        <translation>Website van de stad</translation>
    </message>
    <message>
        <source>Today&apos;s date</source>
        <translation>Datum van vandaag</translation>
    </message>
    <message>
        <source>Your own text (typed in the reply)</source>
        <translation>Uw eigen tekst (getypt in het antwoord)</translation>
    </message>
    <message>
        <source>[missing: %1]</source>
        <translation>[ontbreekt: %1]</translation>
    </message>
    <message>
        <source>&quot;}}&quot; without an opening &quot;{{&quot; near &quot;%1&quot;.</source>
        <translation>&quot;}}&quot; zonder openend &quot;{{&quot; bij &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A field is opened with &quot;{{&quot; but never closed: &quot;%1&quot;.</source>
        <translation>Een veld wordt geopend met &quot;{{&quot; maar nooit gesloten: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown field {{%1}}: it will show as written.</source>
        <translation>Onbekend veld {{%1}}: het wordt getoond zoals geschreven.</translation>
    </message>
    <message>
        <source>The field {{%1}} is cut by formatting; remove it and insert it again from the field menu.</source>
        <translation>Het veld {{%1}} wordt onderbroken door opmaak; verwijder het en voeg het opnieuw in via het veldenmenu.</translation>
    </message>
    <message>
        <source>The closing tag &lt;/%1&gt; does not match an open tag.</source>
        <translation>De sluittag &lt;/%1&gt; hoort bij geen enkele open tag.</translation>
    </message>
    <message>
        <source>The tag &lt;%1&gt; is never closed.</source>
        <translation>De tag &lt;%1&gt; wordt nooit gesloten.</translation>
    </message>
</context>
<context>
    <name>MessageStore</name>
    <message>
        <source>The reply could not be recorded: %1</source>
        <translation>Het antwoord kon niet worden geregistreerd: %1</translation>
    </message>
    <message>
        <source>The messages could not be read: %1</source>
        <translation>De berichten konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>The letters could not be marked as printed: %1</source>
        <translation>De brieven konden niet als afgedrukt worden gemarkeerd: %1</translation>
    </message>
    <message>
        <source>The message could not be queued again: %1</source>
        <translation>Het bericht kon niet opnieuw in de wachtrij worden gezet: %1</translation>
    </message>
    <message>
        <source>This message was sent or is being sent; it is not sent again.</source>
        <translation>Dit bericht is verzonden of wordt verzonden; het wordt niet opnieuw verzonden.</translation>
    </message>
    <message>
        <source>Cancelled by %1</source>
        <translation>Geannuleerd door %1</translation>
    </message>
    <message>
        <source>This message was sent or is being sent; it cannot be cancelled.</source>
        <translation>Dit bericht is verzonden of wordt verzonden; het kan niet worden geannuleerd.</translation>
    </message>
    <message>
        <source>Interrupted while sending; it may or may not have arrived. Check with the citizen before you send it again.</source>
        <translation>Onderbroken tijdens het verzenden; het is mogelijk wel of niet aangekomen. Vraag het na bij de burger voor u het opnieuw verzendt.</translation>
    </message>
</context>
<context>
    <name>PickerItems</name>
    <message>
        <source>only from %1</source>
        <translation>alleen vanaf %1</translation>
    </message>
    <message>
        <source>%1 m · %2 · %3 · %4</source>
        <translation>%1 m · %2 · %3 · %4</translation>
    </message>
</context>
<context>
    <name>Replica</name>
    <message>
        <source>This file is the replica of another central database; open a replica of its own.</source>
        <translation>Dit bestand is de kopie van een andere centrale databank; open een eigen kopie.</translation>
    </message>
    <message>
        <source>The server sent a row of %1 with %2 fields; %3 expected.</source>
        <translation>De server stuurde een rij van %1 met %2 velden; %3 verwacht.</translation>
    </message>
    <message>
        <source>Applying %1 %2 failed: %3</source>
        <translation>%1 %2 verwerken mislukte: %3</translation>
    </message>
    <message>
        <source>Row %1 of %2 from the server breaks a rule of this desk&apos;s database: %3.</source>
        <translation>Rij %1 van %2 van de server overtreedt een regel van de databank van deze werkpost: %3.</translation>
    </message>
</context>
<context>
    <name>Replies</name>
    <message>
        <source>Bags of rubbish next to the bottle bank.</source>
        <translation>Zakken afval naast de glasbol.</translation>
    </message>
    <message>
        <source>%1 was anonymised; no reply can be sent.</source>
        <translation>%1 is geanonimiseerd; er kan geen antwoord worden verzonden.</translation>
    </message>
    <message>
        <source>%1 has no e-mail address.</source>
        <translation>%1 heeft geen e-mailadres.</translation>
    </message>
    <message>
        <source>%1 has no mobile number.</source>
        <translation>%1 heeft geen gsm-nummer.</translation>
    </message>
    <message>
        <source>%1 has no phone number.</source>
        <translation>%1 heeft geen telefoonnummer.</translation>
    </message>
    <message>
        <source>%1 has no complete postal address.</source>
        <translation>%1 heeft geen volledig postadres.</translation>
    </message>
    <message>
        <source>%1 asked not to receive replies.</source>
        <translation>%1 vroeg om geen antwoorden te ontvangen.</translation>
    </message>
</context>
<context>
    <name>ReportStore</name>
    <message>
        <source>%1: the database is locked by another program. Nothing was saved; try again in a moment.</source>
        <translation>%1: de databank is vergrendeld door een ander programma. Er is niets opgeslagen; probeer het zo meteen opnieuw.</translation>
    </message>
    <message>
        <source>%1: the database is read-only. Nothing was saved.</source>
        <translation>%1: de databank is alleen-lezen. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>%1: the database refused the change (%2). Nothing was saved.</source>
        <translation>%1: de databank weigerde de wijziging (%2). Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Loading the queue</source>
        <translation>De wachtrij laden</translation>
    </message>
    <message>
        <source>Counting reports</source>
        <translation>Meldingen tellen</translation>
    </message>
    <message>
        <source>Changing the report</source>
        <translation>De melding wijzigen</translation>
    </message>
    <message numerus="yes">
        <source>Changing %n reports</source>
        <translation>
            <numerusform>%n melding wijzigen</numerusform>
            <numerusform>%n meldingen wijzigen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: report %2 no longer exists.</source>
        <translation>%1: melding %2 bestaat niet meer.</translation>
    </message>
    <message>
        <source>%1: choose a subcategory, not a main category.</source>
        <translation>%1: kies een subcategorie, geen hoofdcategorie.</translation>
    </message>
    <message>
        <source>%1: unknown department.</source>
        <translation>%1: onbekende dienst.</translation>
    </message>
    <message>
        <source>%1: use “mark as duplicate” to say which report it duplicates.</source>
        <translation>%1: gebruik “markeren als dubbel” om aan te geven van welke melding ze een dubbel is.</translation>
    </message>
    <message>
        <source>Nothing was changed. %1</source>
        <translation>Er is niets gewijzigd. %1</translation>
    </message>
    <message>
        <source>Undoing the change</source>
        <translation>De wijziging ongedaan maken</translation>
    </message>
    <message>
        <source>Marking as duplicate</source>
        <translation>Markeren als dubbel</translation>
    </message>
    <message>
        <source>%1: the report does not exist.</source>
        <translation>%1: de melding bestaat niet.</translation>
    </message>
    <message>
        <source>%1: a report cannot duplicate itself.</source>
        <translation>%1: een melding kan geen dubbel van zichzelf zijn.</translation>
    </message>
    <message>
        <source>%1: %2 is itself a duplicate of %3; merge into %3 instead.</source>
        <translation>%1: %2 is zelf een dubbel van %3; voeg in plaats daarvan samen met %3.</translation>
    </message>
    <message>
        <source>Undoing the merge</source>
        <translation>De samenvoeging ongedaan maken</translation>
    </message>
    <message>
        <source>Adding the note</source>
        <translation>De notitie toevoegen</translation>
    </message>
    <message>
        <source>%1: the note is empty.</source>
        <translation>%1: de notitie is leeg.</translation>
    </message>
    <message>
        <source>Removing the note</source>
        <translation>De notitie verwijderen</translation>
    </message>
    <message>
        <source>Saving the report</source>
        <translation>De melding opslaan</translation>
    </message>
    <message>
        <source>%1: choose a category (main › sub).</source>
        <translation>%1: kies een categorie (hoofd › sub).</translation>
    </message>
    <message>
        <source>%1: a location needs both latitude and longitude.</source>
        <translation>%1: een locatie heeft zowel een breedtegraad als een lengtegraad nodig.</translation>
    </message>
    <message>
        <source>%1: the coordinates %2, %3 are out of range (latitude −90…90, longitude −180…180).</source>
        <translation>%1: de coördinaten %2, %3 liggen buiten het bereik (breedtegraad −90…90, lengtegraad −180…180).</translation>
    </message>
    <message>
        <source>%1: describe the problem or give an address.</source>
        <translation>%1: beschrijf het probleem of geef een adres op.</translation>
    </message>
    <message>
        <source>The citizen needs a name.</source>
        <translation>De burger moet een naam hebben.</translation>
    </message>
    <message>
        <source>To answer by e-mail, give a valid e-mail address.</source>
        <translation>Geef een geldig e-mailadres op om per e-mail te antwoorden.</translation>
    </message>
    <message>
        <source>To answer by SMS, give a mobile phone number.</source>
        <translation>Geef een gsm-nummer op om per sms te antwoorden.</translation>
    </message>
    <message>
        <source>To answer by letter, give a postal address.</source>
        <translation>Geef een postadres op om per brief te antwoorden.</translation>
    </message>
    <message>
        <source>Saving the citizen</source>
        <translation>De burger opslaan</translation>
    </message>
    <message>
        <source>Give the filter a name.</source>
        <translation>Geef de filter een naam.</translation>
    </message>
    <message>
        <source>Saving the filter</source>
        <translation>De filter opslaan</translation>
    </message>
    <message>
        <source>Deleting the filter</source>
        <translation>De filter verwijderen</translation>
    </message>
    <message>
        <source>%1: %2 has duplicates of its own (%3); mark %4 as a duplicate of %2 instead, or undo those merges first.</source>
        <translation>%1: %2 heeft zelf dubbels (%3); markeer in plaats daarvan %4 als dubbel van %2, of maak die samenvoegingen eerst ongedaan.</translation>
    </message>
    <message>
        <source>To answer by phone, give a phone number.</source>
        <translation>Geef een telefoonnummer op om telefonisch te antwoorden.</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>The environment variable %1 that should hold the password is not set.</source>
        <translation>De omgevingsvariabele %1 die het wachtwoord moet bevatten, is niet ingesteld.</translation>
    </message>
    <message>
        <source>The password file %1 can be read by other users; make it private (chmod 600) first.</source>
        <translation>Het wachtwoordbestand %1 kan door andere gebruikers worden gelezen; maak het eerst privé (chmod 600).</translation>
    </message>
    <message>
        <source>The password file %1 cannot be read: %2</source>
        <translation>Het wachtwoordbestand %1 kan niet worden gelezen: %2</translation>
    </message>
</context>
<context>
    <name>ServerAdmin</name>
    <message>
        <source>The server did not start a transaction.</source>
        <translation>De server begon geen transactie.</translation>
    </message>
    <message>
        <source>The schema could not be created: %1</source>
        <translation>Het schema kon niet worden aangemaakt: %1</translation>
    </message>
    <message>
        <source>The central schema has version %1, newer than this program knows (%2). Install the newer Meldpunt on this desk.</source>
        <translation>Het centrale schema heeft versie %1, nieuwer dan dit programma kent (%2). Installeer de nieuwere Meldpunt op deze werkplek.</translation>
    </message>
    <message>
        <source>Migration %1 is missing from the program.</source>
        <translation>Migratie %1 ontbreekt in het programma.</translation>
    </message>
    <message>
        <source>Central migration %1 failed: %2</source>
        <translation>Centrale migratie %1 mislukte: %2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 bestaat niet.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kan niet worden geopend: %2</translation>
    </message>
    <message>
        <source>The central schema is missing; run “meldpunt server init” first (%1).</source>
        <translation>Het centrale schema ontbreekt; voer eerst “meldpunt server init” uit (%1).</translation>
    </message>
    <message>
        <source>The central database holds reports already; a desk file is only loaded into an empty one.</source>
        <translation>De centrale databank bevat al meldingen; een werkplekbestand wordt alleen in een lege geladen.</translation>
    </message>
    <message>
        <source>Copying %1…</source>
        <translation>%1 kopiëren…</translation>
    </message>
    <message>
        <source>%1 is not a Meldpunt database (%2).</source>
        <translation>%1 is geen Meldpunt-databank (%2).</translation>
    </message>
    <message>
        <source>Copying %1 failed: %2</source>
        <translation>%1 kopiëren mislukte: %2</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Analyseren…</translation>
    </message>
    <message>
        <source>The role must be one of %1.</source>
        <translation>De rol moet een van %1 zijn.</translation>
    </message>
    <message>
        <source>A login is lower-case letters, digits, “.”, “-” or “_”, starting with a letter.</source>
        <translation>Een login bestaat uit kleine letters, cijfers, “.”, “-” of “_” en begint met een letter.</translation>
    </message>
    <message>
        <source>Creates (init) or upgrades (migrate) the central PostgreSQL schema, or adds a desk user (add-user).</source>
        <translation>Maakt het centrale PostgreSQL-schema aan (init) of werkt het bij (migrate), of voegt een gebruiker toe (add-user).</translation>
    </message>
    <message>
        <source>init, migrate or add-user</source>
        <translation>init, migrate of add-user</translation>
    </message>
    <message>
        <source>The server, as libpq keywords: &quot;service=city&quot; or &quot;host=H port=P dbname=D user=U sslmode=require&quot;. Default: the PG* environment variables.</source>
        <translation>De server, als libpq-sleutelwoorden: &quot;service=city&quot; of &quot;host=H port=P dbname=D user=U sslmode=require&quot;. Standaard: de PG*-omgevingsvariabelen.</translation>
    </message>
    <message>
        <source>With init: load this desk database into the empty central database.</source>
        <translation>Met init: laad deze werkplekdatabank in de lege centrale databank.</translation>
    </message>
    <message>
        <source>With add-user: the login.</source>
        <translation>Met add-user: de login.</translation>
    </message>
    <message>
        <source>With add-user: the full name.</source>
        <translation>Met add-user: de volledige naam.</translation>
    </message>
    <message>
        <source>With add-user: coordinator, head, clerk or admin.</source>
        <translation>Met add-user: coordinator, head, clerk of admin.</translation>
    </message>
    <message>
        <source>With add-user --role head: the department ids the head may read, comma-separated.</source>
        <translation>Met add-user --role head: de nummers van de diensten die het diensthoofd mag lezen, door komma&apos;s gescheiden.</translation>
    </message>
    <message>
        <source>Usage: meldpunt server init|migrate|add-user [--connection CONNINFO]</source>
        <translation>Gebruik: meldpunt server init|migrate|add-user [--connection CONNINFO]</translation>
    </message>
    <message>
        <source>User %1 can now log in as %2.</source>
        <translation>Gebruiker %1 kan nu aanmelden als %2.</translation>
    </message>
    <message>
        <source>There is no central schema here yet; use “meldpunt server init”.</source>
        <translation>Hier is nog geen centraal schema; gebruik “meldpunt server init”.</translation>
    </message>
    <message numerus="yes">
        <source>Central schema at version %1 (%n migration(s) applied).</source>
        <translation>
            <numerusform>Centraal schema op versie %1 (%n migratie uitgevoerd).</numerusform>
            <numerusform>Centraal schema op versie %1 (%n migraties uitgevoerd).</numerusform>
        </translation>
    </message>
    <message>
        <source>Loaded %1 into the central database.</source>
        <translation>%1 is in de centrale databank geladen.</translation>
    </message>
</context>
<context>
    <name>ServerConnection</name>
    <message>
        <source>service %1</source>
        <translation>service %1</translation>
    </message>
    <message>
        <source>The port “%1” is not a number from 1 to 65535.</source>
        <translation>De poort “%1” is geen getal van 1 tot 65535.</translation>
    </message>
    <message>
        <source>sslmode “%1” is not one of %2.</source>
        <translation>sslmode “%1” is geen van %2.</translation>
    </message>
    <message>
        <source>Do not put the password on the command line; use ~/.pgpass or type it when asked.</source>
        <translation>Zet het wachtwoord niet op de opdrachtregel; gebruik ~/.pgpass of typ het wanneer erom gevraagd wordt.</translation>
    </message>
    <message>
        <source>Unknown connection keyword “%1” (use service, host, port, dbname, user, sslmode).</source>
        <translation>Onbekend verbindingssleutelwoord “%1” (gebruik service, host, port, dbname, user, sslmode).</translation>
    </message>
    <message>
        <source>Say which server: a service name, or host and dbname.</source>
        <translation>Zeg welke server: een servicenaam, of host en dbname.</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1 as %2, but this database has no Meldpunt schema. An administrator creates it with “meldpunt server init”.</source>
        <translation>Verbonden met PostgreSQL %1 als %2, maar deze databank heeft geen Meldpunt-schema. Een beheerder maakt het aan met “meldpunt server init”.</translation>
    </message>
    <message>
        <source>The server runs PostgreSQL %1; Meldpunt needs version 15 or newer.</source>
        <translation>De server draait PostgreSQL %1; Meldpunt heeft versie 15 of nieuwer nodig.</translation>
    </message>
    <message numerus="yes">
        <source>Connected as %1. Central schema version %2, %n reports.</source>
        <translation>
            <numerusform>Verbonden als %1. Centraal schema versie %2, %n melding.</numerusform>
            <numerusform>Verbonden als %1. Centraal schema versie %2, %n meldingen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused the password for this user. Check ~/.pgpass or type the password again.</source>
        <translation>De server weigerde het wachtwoord voor deze gebruiker. Controleer ~/.pgpass of typ het wachtwoord opnieuw.</translation>
    </message>
    <message>
        <source>The server asks for a password. Type it in the connection dialog or add it to ~/.pgpass.</source>
        <translation>De server vraagt een wachtwoord. Typ het in het verbindingsvenster of zet het in ~/.pgpass.</translation>
    </message>
    <message>
        <source>The central database cannot be reached (%1). Check the host and port, or work on; the changes wait until it is back.</source>
        <translation>De centrale databank is niet bereikbaar (%1). Controleer host en poort, of werk verder; de wijzigingen wachten tot ze terug is.</translation>
    </message>
    <message>
        <source>The server answered, but: %1</source>
        <translation>De server antwoordde, maar: %1</translation>
    </message>
    <message>
        <source>The secure connection failed: %1</source>
        <translation>De beveiligde verbinding mislukte: %1</translation>
    </message>
    <message>
        <source>The service is not in pg_service.conf: %1</source>
        <translation>De service staat niet in pg_service.conf: %1</translation>
    </message>
    <message>
        <source>The central database refused the connection: %1</source>
        <translation>De centrale databank weigerde de verbinding: %1</translation>
    </message>
</context>
<context>
    <name>SmtpClient</name>
    <message>
        <source>No mail server is set up; fill in the server and sender address in the sending settings.</source>
        <translation>Er is geen mailserver ingesteld; vul de server en het afzenderadres in bij de verzendinstellingen.</translation>
    </message>
    <message>
        <source>The mail library could not be started.</source>
        <translation>De maillibrary kon niet worden gestart.</translation>
    </message>
    <message>
        <source>The mail server %1 was not found (%2).</source>
        <translation>De mailserver %1 is niet gevonden (%2).</translation>
    </message>
    <message>
        <source>The mail server %1 could not be reached (%2).</source>
        <translation>De mailserver %1 kon niet worden bereikt (%2).</translation>
    </message>
    <message>
        <source>The mail server %1 does not offer an encrypted connection (STARTTLS); nothing was sent.</source>
        <translation>De mailserver %1 biedt geen versleutelde verbinding aan (STARTTLS); er is niets verzonden.</translation>
    </message>
    <message>
        <source>The mail server %1 refused the login of %2.</source>
        <translation>De mailserver %1 weigerde de aanmelding van %2.</translation>
    </message>
    <message>
        <source>The certificate of the mail server %1 could not be verified (%2).</source>
        <translation>Het certificaat van de mailserver %1 kon niet worden geverifieerd (%2).</translation>
    </message>
    <message>
        <source>The mail server %1 refused the message: %2 (code %3).</source>
        <translation>De mailserver %1 weigerde het bericht: %2 (code %3).</translation>
    </message>
    <message>
        <source>Sending through %1 failed: %2.</source>
        <translation>Verzenden via %1 is mislukt: %2.</translation>
    </message>
</context>
<context>
    <name>StatsSnapshot</name>
    <message>
        <source>Cannot read the reports for the dashboard: %1</source>
        <translation>Kan de meldingen voor het dashboard niet lezen: %1</translation>
    </message>
    <message>
        <source>no database is open</source>
        <translation>er is geen databank geopend</translation>
    </message>
    <message>
        <source>no database connection</source>
        <translation>geen verbinding met de databank</translation>
    </message>
</context>
<context>
    <name>StatusRules</name>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Triaged</source>
        <translation>Getrieerd</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Toegewezen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In behandeling</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>In wacht</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Opgelost</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dubbel</translation>
    </message>
    <message>
        <source>The report is already “%1”.</source>
        <translation>De melding is al “%1”.</translation>
    </message>
    <message>
        <source>A report that is “%1” cannot change status any more.</source>
        <translation>Een melding die “%1” is, kan niet meer van status veranderen.</translation>
    </message>
    <message>
        <source>A report that is “%1” cannot become “%2”. Allowed: %3.</source>
        <translation>Een melding die “%1” is, kan niet “%2” worden. Toegestaan: %3.</translation>
    </message>
</context>
<context>
    <name>TemplateStore</name>
    <message>
        <source>The templates could not be read: %1</source>
        <translation>De sjablonen konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>Een sjabloon moet een naam hebben.</translation>
    </message>
    <message>
        <source>Templates exist for letters, e-mail and SMS only.</source>
        <translation>Er bestaan alleen sjablonen voor brieven, e-mail en sms.</translation>
    </message>
    <message>
        <source>The template could not be saved: %1</source>
        <translation>Het sjabloon kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>The template was deleted on another desk; save it as a new template.</source>
        <translation>Het sjabloon is op een andere werkpost verwijderd; sla het op als nieuw sjabloon.</translation>
    </message>
    <message>
        <source>The template could not be removed: %1</source>
        <translation>Het sjabloon kon niet worden verwijderd: %1</translation>
    </message>
    <message>
        <source>The default templates could not be installed: %1</source>
        <translation>De standaardsjablonen konden niet worden geïnstalleerd: %1</translation>
    </message>
    <message>
        <source>The default templates %1 are missing from this build.</source>
        <translation>De standaardsjablonen %1 ontbreken in deze build.</translation>
    </message>
    <message>
        <source>The default templates %1 are damaged: %2</source>
        <translation>De standaardsjablonen %1 zijn beschadigd: %2</translation>
    </message>
    <message>
        <source>The default template &quot;%1&quot; in %2 has an unknown purpose or channel.</source>
        <translation>Het standaardsjabloon &quot;%1&quot; in %2 heeft een onbekend doel of kanaal.</translation>
    </message>
</context>
<context>
    <name>TileSourceSpec</name>
    <message>
        <source>The tile address must be an http or https URL.</source>
        <translation>Het tegeladres moet een http- of https-URL zijn.</translation>
    </message>
    <message>
        <source>The tile address needs the placeholders {z}, {x} and {y} (or {TileMatrix}, {TileRow} and {TileCol} for WMTS).</source>
        <translation>Het tegeladres heeft de plaatshouders {z}, {x} en {y} nodig (of {TileMatrix}, {TileRow} en {TileCol} voor WMTS).</translation>
    </message>
    <message>
        <source>City map (offline)</source>
        <translation>Stadskaart (offline)</translation>
    </message>
    <message>
        <source>OpenStreetMap</source>
        <translation>OpenStreetMap</translation>
    </message>
    <message>
        <source>© OpenStreetMap contributors</source>
        <translation>© OpenStreetMap-bijdragers</translation>
    </message>
    <message>
        <source>GRB basiskaart (Flanders)</source>
        <translation>GRB-basiskaart (Vlaanderen)</translation>
    </message>
    <message>
        <source>GRB basiskaart © Digitaal Vlaanderen</source>
        <translation>GRB basiskaart © Digitaal Vlaanderen</translation>
    </message>
    <message>
        <source>PDOK BRT achtergrondkaart (Netherlands)</source>
        <translation>PDOK BRT-achtergrondkaart (Nederland)</translation>
    </message>
    <message>
        <source>Kaartgegevens © Kadaster</source>
        <translation>Kaartgegevens © Kadaster</translation>
    </message>
    <message>
        <source>Custom tile server</source>
        <translation>Eigen tegelserver</translation>
    </message>
    <message>
        <source>Offline map %1</source>
        <translation>Offlinekaart %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Generates a demo city database.</source>
        <translation>Maakt een demodatabank van een stad aan.</translation>
    </message>
    <message>
        <source>Number of reports.</source>
        <translation>Aantal meldingen.</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Willekeurige seed.</translation>
    </message>
    <message>
        <source>Database file to write.</source>
        <translation>Databankbestand om te schrijven.</translation>
    </message>
    <message>
        <source>Replace an existing file.</source>
        <translation>Een bestaand bestand vervangen.</translation>
    </message>
    <message>
        <source>--reports takes a number from 1 to 20000000 and --seed a whole number.</source>
        <translation>--reports verwacht een getal van 1 tot 20000000 en --seed een geheel getal.</translation>
    </message>
    <message>
        <source>Say where to write the database with --out FILE.</source>
        <translation>Geef met --out BESTAND aan waar de databank moet worden geschreven.</translation>
    </message>
    <message>
        <source>%1 exists already; it was left as it is (use --force to replace it).</source>
        <translation>%1 bestaat al; het is ongewijzigd gelaten (gebruik --force om het te vervangen).</translation>
    </message>
    <message>
        <source>Wrote %1 reports to %2 in %3 s.</source>
        <translation>%1 meldingen naar %2 geschreven in %3 s.</translation>
    </message>
    <message>
        <source>Meldpunt: the citizen-report desk.</source>
        <translation>Meldpunt: het burgermeldpunt.</translation>
    </message>
    <message>
        <source>Open the demo city (generated on first use).</source>
        <translation>De demostad openen (aangemaakt bij het eerste gebruik).</translation>
    </message>
    <message>
        <source>Open this database file.</source>
        <translation>Dit databankbestand openen.</translation>
    </message>
    <message>
        <source>Language: nl, fr or en.</source>
        <translation>Taal: nl, fr of en.</translation>
    </message>
    <message>
        <source>Meldpunt</source>
        <translation>Meldpunt</translation>
    </message>
    <message>
        <source>Usage: meldpunt --screenshot VIEW FILE.png</source>
        <translation>Gebruik: meldpunt --screenshot WEERGAVE BESTAND.png</translation>
    </message>
    <message>
        <source>The moment the demo treats as now (ISO 8601); default 2026-11-23 09:00.</source>
        <translation>Het moment dat de demo als nu beschouwt (ISO 8601); standaard 2026-11-23 09:00.</translation>
    </message>
    <message>
        <source>--now takes a date and time such as 2026-11-23T09:00:00.</source>
        <translation>--now verwacht een datum en tijd zoals 2026-11-23T09:00:00.</translation>
    </message>
    <message>
        <source>Your login, written in the history.</source>
        <translation>Uw gebruikersnaam, zoals die in de geschiedenis komt.</translation>
    </message>
    <message>
        <source>Open as: coordinator (default) or head (read-only dashboard).</source>
        <translation>Openen als: coordinator (standaard) of head (dashboard, alleen-lezen).</translation>
    </message>
    <message>
        <source>With --role head: the department whose dashboard opens.</source>
        <translation>Met --role head: de dienst waarvan het dashboard opent.</translation>
    </message>
    <message>
        <source>There is no department “%1”. Choose one of: %2.</source>
        <translation>Er is geen dienst “%1”. Kies een van: %2.</translation>
    </message>
    <message>
        <source>--role takes coordinator or head.</source>
        <translation>--role aanvaardt coordinator of head.</translation>
    </message>
    <message>
        <source>Work as a desk of this central database (libpq keywords, e.g. &quot;service=city&quot; or &quot;host=H dbname=D user=U&quot;); --server none works alone. Default: the one chosen under File › Central database.</source>
        <translation>Werk als werkplek van deze centrale databank (libpq-sleutelwoorden, bv. &quot;service=city&quot; of &quot;host=H dbname=D user=U&quot;); --server none werkt alleen. Standaard: die gekozen onder Bestand › Centrale databank.</translation>
    </message>
    <message>
        <source>Central database</source>
        <translation>Centrale databank</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Wachtwoord voor %1:</translation>
    </message>
    <message>
        <source>This desk has no copy of the central database yet, and the first sync did not finish:

%1</source>
        <translation>Deze werkplek heeft nog geen kopie van de centrale databank, en de eerste synchronisatie raakte niet af:

%1</translation>
    </message>
    <message>
        <source>Render VIEW (queue, intake, connection, conflicts, map, dashboard, letters, printqueue) to FILE.png offscreen and exit.</source>
        <translation>Teken VIEW (queue, intake, connection, conflicts, map, dashboard, letters, printqueue) buiten beeld naar FILE.png en sluit af.</translation>
    </message>
</context>
<context>
    <name>meldpunt::AddressCompleter</name>
    <message>
        <source>%1 — %2 %3</source>
        <translation>%1 — %2 %3</translation>
    </message>
    <message>
        <source>%1 — %2 %3 · %4</source>
        <translation>%1 — %2 %3 · %4</translation>
    </message>
</context>
<context>
    <name>meldpunt::CategoryCompleter</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>Suggested department: %1 · %n working day(s)</source>
        <translation>
            <numerusform>Voorgestelde dienst: %1 · %n werkdag</numerusform>
            <numerusform>Voorgestelde dienst: %1 · %n werkdagen</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
</context>
<context>
    <name>meldpunt::ChartCard</name>
    <message>
        <source>Save this chart or its data</source>
        <translation>Deze grafiek of de gegevens ervan opslaan</translation>
    </message>
    <message>
        <source>Save chart as PNG or PDF…</source>
        <translation>Grafiek opslaan als PNG of PDF…</translation>
    </message>
    <message>
        <source>Save data as CSV…</source>
        <translation>Gegevens opslaan als CSV…</translation>
    </message>
</context>
<context>
    <name>meldpunt::ConflictsDialog</name>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>department</source>
        <translation>dienst</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categorie</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>prioriteit</translation>
    </message>
    <message>
        <source>assignee</source>
        <translation>behandelaar</translation>
    </message>
    <message>
        <source>a report</source>
        <translation>een melding</translation>
    </message>
    <message>
        <source>%1: the central database refused this desk&apos;s change (%2).</source>
        <translation>%1: de centrale databank weigerde de wijziging van deze werkplek (%2).</translation>
    </message>
    <message>
        <source>%1: you set the %2 to “%3”, but %4 had already set it to “%5”. “%5” is kept.</source>
        <translation>%1: u zette de %2 op “%3”, maar %4 had die al op “%5” gezet. “%5” blijft.</translation>
    </message>
    <message>
        <source>another desk</source>
        <translation>een andere werkplek</translation>
    </message>
    <message>
        <source>Conflicts with other desks</source>
        <translation>Conflicten met andere werkplekken</translation>
    </message>
    <message>
        <source>No conflicts: every change of this desk reached the central database as made.</source>
        <translation>Geen conflicten: elke wijziging van deze werkplek kwam in de centrale databank zoals ze gemaakt werd.</translation>
    </message>
    <message>
        <source>When two desks change the same field of a report, the first change wins. These changes of this desk lost; the report shows the winning value. Double-click one to open the report.</source>
        <translation>Als twee werkplekken hetzelfde veld van een melding wijzigen, wint de eerste wijziging. Deze wijzigingen van deze werkplek verloren; de melding toont de winnende waarde. Dubbelklik erop om de melding te openen.</translation>
    </message>
    <message>
        <source>Double-click to open %1</source>
        <translation>Dubbelklik om %1 te openen</translation>
    </message>
</context>
<context>
    <name>meldpunt::ConnectionDialog</name>
    <message>
        <source>Central database</source>
        <translation>Centrale databank</translation>
    </message>
    <message>
        <source>Desks of one city share a central PostgreSQL database and keep a copy of it, so they work on when it is out of reach. Give a service from pg_service.conf, or the server&apos;s host and database.</source>
        <translation>De werkplekken van een stad delen een centrale PostgreSQL-databank en houden er een kopie van bij, zodat ze verder werken als ze onbereikbaar is. Geef een service uit pg_service.conf, of de host en databank van de server.</translation>
    </message>
    <message>
        <source>e.g. meldpunt (optional)</source>
        <translation>bv. meldpunt (optioneel)</translation>
    </message>
    <message>
        <source>e.g. db.oostveld.be</source>
        <translation>bv. db.oostveld.be</translation>
    </message>
    <message>
        <source>default (5432)</source>
        <translation>standaard (5432)</translation>
    </message>
    <message>
        <source>libpq&apos;s default (prefer)</source>
        <translation>standaard van libpq (prefer)</translation>
    </message>
    <message>
        <source>require: always encrypted</source>
        <translation>require: altijd versleuteld</translation>
    </message>
    <message>
        <source>verify-full: encrypted, server certificate checked</source>
        <translation>verify-full: versleuteld, certificaat van de server gecontroleerd</translation>
    </message>
    <message>
        <source>prefer: encrypted when the server can</source>
        <translation>prefer: versleuteld als de server het kan</translation>
    </message>
    <message>
        <source>disable: never encrypted</source>
        <translation>disable: nooit versleuteld</translation>
    </message>
    <message>
        <source>from ~/.pgpass when empty</source>
        <translation>uit ~/.pgpass als het leeg is</translation>
    </message>
    <message>
        <source>Kept in memory for this session only; never written to the settings.</source>
        <translation>Alleen voor deze sessie in het geheugen bewaard; nooit in de instellingen geschreven.</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Poort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Databank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Gebruiker:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>V&amp;ersleuteling:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbinding &amp;testen</translation>
    </message>
    <message>
        <source>Give a service, or a host and a database.</source>
        <translation>Geef een service, of een host en een databank.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinden met %1…</translation>
    </message>
</context>
<context>
    <name>meldpunt::DashboardView</name>
    <message>
        <source>%1 working days</source>
        <translation>%1 werkdagen</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 dagen</translation>
    </message>
    <message>
        <source>no comparison with last year</source>
        <translation>geen vergelijking met vorig jaar</translation>
    </message>
    <message>
        <source>vs last year</source>
        <translation>t.o.v. vorig jaar</translation>
    </message>
    <message>
        <source>Reports received</source>
        <translation>Ontvangen meldingen</translation>
    </message>
    <message>
        <source>Reports per category</source>
        <translation>Meldingen per categorie</translation>
    </message>
    <message>
        <source>Open reports (backlog)</source>
        <translation>Open meldingen (achterstand)</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Doorlooptijd</translation>
    </message>
    <message>
        <source>Deadline compliance</source>
        <translation>Naleving van de termijn</translation>
    </message>
    <message>
        <source>per department</source>
        <translation>per dienst</translation>
    </message>
    <message>
        <source>per category</source>
        <translation>per categorie</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dit jaar</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Laatste 12 maanden</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Vorig jaar</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Aangepaste periode</translation>
    </message>
    <message>
        <source>Period: reports received in it</source>
        <translation>Periode: meldingen die erin ontvangen zijn</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Eerste dag van de periode</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Laatste dag van de periode</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Per dag</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Per week</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Per maand</translation>
    </message>
    <message>
        <source>Calendar days</source>
        <translation>Kalenderdagen</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Werkdagen</translation>
    </message>
    <message>
        <source>Lead times in calendar days or in working days (without weekends and public holidays)</source>
        <translation>Doorlooptijden in kalenderdagen of in werkdagen (zonder weekends en feestdagen)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Report for the council (PDF)…</source>
        <translation>Rapport voor de gemeenteraad (PDF)…</translation>
    </message>
    <message>
        <source>Open reports</source>
        <translation>Open meldingen</translation>
    </message>
    <message>
        <source>Chart as PNG or PDF</source>
        <translation>Grafiek als PNG of PDF</translation>
    </message>
    <message>
        <source>Data as CSV</source>
        <translation>Gegevens als CSV</translation>
    </message>
    <message>
        <source>Hotspots</source>
        <translation>Hotspots</translation>
    </message>
    <message>
        <source>Engaged citizens</source>
        <translation>Betrokken burgers</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Opgelost</translation>
    </message>
    <message>
        <source>Median lead time</source>
        <translation>Mediane doorlooptijd</translation>
    </message>
    <message>
        <source>90th percentile lead time</source>
        <translation>Doorlooptijd 90e percentiel</translation>
    </message>
    <message>
        <source>Resolved within deadline</source>
        <translation>Opgelost binnen de termijn</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Nu open</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Aandeel</translation>
    </message>
    <message>
        <source>Double-click a street to see its reports in the queue</source>
        <translation>Dubbelklik op een straat om de meldingen ervan in de wachtrij te zien</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maatstaf</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Deze periode</translation>
    </message>
    <message>
        <source>A year earlier</source>
        <translation>Een jaar eerder</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <source>Channel or district</source>
        <translation>Kanaal of wijk</translation>
    </message>
    <message>
        <source>Citizens who agreed to be contacted, with at least</source>
        <translation>Burgers die ermee instemden gecontacteerd te worden, met minstens</translation>
    </message>
    <message>
        <source> reports per topic</source>
        <translation> meldingen per onderwerp</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Burger</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Year over year</source>
        <translation>Jaar op jaar</translation>
    </message>
    <message>
        <source>Channels and districts</source>
        <translation>Kanalen en wijken</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Alle diensten</translation>
    </message>
    <message>
        <source>No department yet</source>
        <translation>Nog geen dienst</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle categorieën</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>Alle wijken</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle kanalen</translation>
    </message>
    <message>
        <source>Department %1</source>
        <translation>Dienst %1</translation>
    </message>
    <message>
        <source>Department head view: every number is limited to this department.</source>
        <translation>Weergave diensthoofd: elk getal is beperkt tot deze dienst.</translation>
    </message>
    <message>
        <source>The numbers could not be read.</source>
        <translation>De cijfers konden niet worden gelezen.</translation>
    </message>
    <message>
        <source>Reading reports…</source>
        <translation>Meldingen lezen…</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>Berekenen…</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Bijgewerkt %1</translation>
    </message>
    <message>
        <source>Week %1: %2 – %3</source>
        <translation>Week %1: %2 – %3</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 of received</source>
        <translation>%1 van de ontvangen</translation>
    </message>
    <message>
        <source>of %1 resolved; %2 within 3× the period</source>
        <translation>van %1 opgelost; %2 binnen 3× de termijn</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 te laat</translation>
    </message>
    <message>
        <source>none overdue</source>
        <translation>geen te laat</translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation>Zelfde periode vorig jaar</translation>
    </message>
    <message>
        <source>Reports received per %1</source>
        <translation>Ontvangen meldingen per %1</translation>
    </message>
    <message>
        <source>by day of reception</source>
        <translation>per dag van ontvangst</translation>
    </message>
    <message>
        <source>No reports in this selection</source>
        <translation>Geen meldingen in deze selectie</translation>
    </message>
    <message>
        <source>%1
%2 reports
Same period last year: %3%4</source>
        <translation>%1
%2 meldingen
Zelfde periode vorig jaar: %3%4</translation>
    </message>
    <message>
        <source>%1
%2 reports</source>
        <translation>%1
%2 meldingen</translation>
    </message>
    <message>
        <source>main categories, stacked</source>
        <translation>hoofdcategorieën, gestapeld</translation>
    </message>
    <message>
        <source>%1
%2: %3 reports (%4 of %5)</source>
        <translation>%1
%2: %3 meldingen (%4 van %5)</translation>
    </message>
    <message>
        <source>Of which overdue</source>
        <translation>Waarvan te laat</translation>
    </message>
    <message>
        <source>Open reports at the end of the day</source>
        <translation>Open meldingen aan het einde van de dag</translation>
    </message>
    <message>
        <source>mean age %1</source>
        <translation>gemiddelde leeftijd %1</translation>
    </message>
    <message>
        <source>No days in this period</source>
        <translation>Geen dagen in deze periode</translation>
    </message>
    <message>
        <source>%1
%2 open at the end of the day
%3 of them overdue</source>
        <translation>%1
%2 open aan het einde van de dag
%3 daarvan te laat</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediaan</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90e percentiel</translation>
    </message>
    <message>
        <source>Working days from reception to resolution</source>
        <translation>Werkdagen van ontvangst tot oplossing</translation>
    </message>
    <message>
        <source>Days from reception to resolution</source>
        <translation>Dagen van ontvangst tot oplossing</translation>
    </message>
    <message>
        <source>median and 90th percentile</source>
        <translation>mediaan en 90e percentiel</translation>
    </message>
    <message>
        <source>No resolved reports in this selection</source>
        <translation>Geen opgeloste meldingen in deze selectie</translation>
    </message>
    <message>
        <source>%1
Median: %2
90th percentile: %3
Mean: %4
Resolved reports: %5</source>
        <translation>%1
Mediaan: %2
90e percentiel: %3
Gemiddelde: %4
Opgeloste meldingen: %5</translation>
    </message>
    <message>
        <source>Within deadline</source>
        <translation>Binnen de termijn</translation>
    </message>
    <message>
        <source>Within 3× the period</source>
        <translation>Binnen 3× de termijn</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>% of resolved reports</source>
        <translation>% van de opgeloste meldingen</translation>
    </message>
    <message>
        <source>%1
Within deadline: %2 (%3)
Within 3× the period: %4 (%5)
Later: %6 (%7)
Still open: %8, of which overdue %9</source>
        <translation>%1
Binnen de termijn: %2 (%3)
Binnen 3× de termijn: %4 (%5)
Later: %6 (%7)
Nog open: %8, waarvan te laat %9</translation>
    </message>
    <message>
        <source>Reports resolved</source>
        <translation>Opgeloste meldingen</translation>
    </message>
    <message>
        <source>Mean lead time</source>
        <translation>Gemiddelde doorlooptijd</translation>
    </message>
    <message>
        <source>%1 – %2 against %3 – %4</source>
        <translation>%1 – %2 tegenover %3 – %4</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanalen</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Wijken</translation>
    </message>
    <message>
        <source>District %1</source>
        <translation>Wijk %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>This part of the dashboard is a table; save it as CSV.</source>
        <translation>Dit deel van het dashboard is een tabel; sla het op als CSV.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Kan %1 niet schrijven.</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation>Dienst: %1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Categorie: %1</translation>
    </message>
    <message>
        <source>District: %1</source>
        <translation>Wijk: %1</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>Kanaal: %1</translation>
    </message>
    <message>
        <source>The dashboard has no numbers yet; wait until it has been calculated.</source>
        <translation>Het dashboard heeft nog geen cijfers; wacht tot ze berekend zijn.</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Grafiek opslaan</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>PNG-afbeelding (*.png);;PDF-document (*.pdf)</translation>
    </message>
    <message>
        <source>Save data</source>
        <translation>Gegevens opslaan</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-bestand (*.csv)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Rapport opslaan</translation>
    </message>
    <message>
        <source>Dashboard %1.pdf</source>
        <translation>Dashboard %1.pdf</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-document (*.pdf)</translation>
    </message>
    <message>
        <source>%1 · read-only</source>
        <translation>%1 · alleen-lezen</translation>
    </message>
    <message>
        <source>worst first</source>
        <translation>slechtste eerst</translation>
    </message>
</context>
<context>
    <name>meldpunt::DeliverySettingsPage</name>
    <message>
        <source>E-mail (SMTP)</source>
        <translation>E-mail (SMTP)</translation>
    </message>
    <message>
        <source>Meldpunt never stores the password. Enter where to find it: env:NAME (an environment variable), file:PATH (a file only you can read) or ask (asked once per session).</source>
        <translation>Meldpunt slaat het wachtwoord nooit op. Geef aan waar het te vinden is: env:NAAM (een omgevingsvariabele), file:PAD (een bestand dat alleen u kunt lezen) of ask (één keer per sessie gevraagd).</translation>
    </message>
    <message>
        <source>Check the server&apos;s certificate</source>
        <translation>Het certificaat van de server controleren</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Versleuteling</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Password from</source>
        <translation>Wachtwoord uit</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Afzenderadres</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Naam afzender</translation>
    </message>
    <message>
        <source>Replies go to</source>
        <translation>Antwoorden gaan naar</translation>
    </message>
    <message>
        <source>SMS gateway (HTTP)</source>
        <translation>Sms-gateway (HTTP)</translation>
    </message>
    <message>
        <source>{to}, {text}, {from}, {key} and {id} are filled in for each message.</source>
        <translation>{to}, {text}, {from}, {key} en {id} worden voor elk bericht ingevuld.</translation>
    </message>
    <message>
        <source>env:NAME or file:PATH keeps the key out of the database; a key typed here is stored as is.</source>
        <translation>Met env:NAAM of file:PAD blijft de sleutel buiten de databank; een hier getypte sleutel wordt ongewijzigd opgeslagen.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Inhoudstype</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-sleutel</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Afzender</translation>
    </message>
    <message>
        <source>Save sending settings</source>
        <translation>Verzendinstellingen opslaan</translation>
    </message>
    <message>
        <source>Saved. The outbox uses these settings from its next run.</source>
        <translation>Opgeslagen. De uitgaande berichten gebruiken deze instellingen vanaf de volgende ronde.</translation>
    </message>
</context>
<context>
    <name>meldpunt::DetailPane</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n u</numerusform>
            <numerusform>%n u</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wk</source>
        <translation>
            <numerusform>%n wk</numerusform>
            <numerusform>%n wk</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a report in the queue to see its details.</source>
        <translation>Selecteer een melding in de wachtrij om de details te zien.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Voorgesteld</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Behandelaar</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Reply by</source>
        <translation>Antwoorden via</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Duplicate of</source>
        <translation>Dubbel van</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Prefers</source>
        <translation>Verkiest</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Volgers</translation>
    </message>
    <message>
        <source>Citizens of merged duplicates; they receive the replies to this report too.</source>
        <translation>Burgers van samengevoegde dubbels; zij krijgen ook de antwoorden op deze melding.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Earlier reports</source>
        <translation>Eerdere meldingen</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Enter or double-click opens the report.</source>
        <translation>Enter of dubbelklikken opent de melding.</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Burger</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Afstand</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <source>Enter opens the report; D marks the shown report as a duplicate of the selected one.</source>
        <translation>Enter opent de melding; D markeert de getoonde melding als dubbel van de geselecteerde.</translation>
    </message>
    <message>
        <source>&amp;Duplicate of selected</source>
        <translation>&amp;Dubbel van geselecteerde</translation>
    </message>
    <message>
        <source>Mark the shown report as a duplicate of the selected one (D); its citizen will follow that report.</source>
        <translation>De getoonde melding markeren als dubbel van de geselecteerde (D); de burger ervan volgt dan die melding.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Dubbels</translation>
    </message>
    <message>
        <source>This report no longer exists.</source>
        <translation>Deze melding bestaat niet meer.</translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1 (%2 geleden)</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>geen deadline</translation>
    </message>
    <message>
        <source>%1 — overdue by %2</source>
        <translation>%1 — %2 te laat</translation>
    </message>
    <message>
        <source> (more than 3× the allowed time)</source>
        <translation> (meer dan 3× de toegestane tijd)</translation>
    </message>
    <message>
        <source>%1 — resolved %2</source>
        <translation>%1 — opgelost %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>not routed yet</source>
        <translation>nog niet doorgestuurd</translation>
    </message>
    <message>
        <source>%1 (as suggested)</source>
        <translation>%1 (zoals voorgesteld)</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>no reply (anonymous)</source>
        <translation>geen antwoord (anoniem)</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>geen adres</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>no location</source>
        <translation>geen locatie</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(geen omschrijving)</translation>
    </message>
    <message>
        <source>Anonymous — no citizen to answer.</source>
        <translation>Anoniem — geen burger om te antwoorden.</translation>
    </message>
    <message>
        <source>The citizen&apos;s data has been anonymized.</source>
        <translation>De gegevens van de burger zijn geanonimiseerd.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>niet geregistreerd</translation>
    </message>
    <message>
        <source>(anonymized)</source>
        <translation>(geanonimiseerd)</translation>
    </message>
    <message>
        <source>Followers (%1)</source>
        <translation>Volgers (%1)</translation>
    </message>
    <message>
        <source>No earlier reports</source>
        <translation>Geen eerdere meldingen</translation>
    </message>
    <message>
        <source>Earlier reports (%1)</source>
        <translation>Eerdere meldingen (%1)</translation>
    </message>
    <message>
        <source>Citizen (%1)</source>
        <translation>Burger (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier report(s) of this citizen</source>
        <translation>
            <numerusform>%n eerdere melding van deze burger</numerusform>
            <numerusform>%n eerdere meldingen van deze burger</numerusform>
        </translation>
    </message>
    <message>
        <source>no department</source>
        <translation>geen dienst</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Report received</source>
        <translation>Melding ontvangen</translation>
    </message>
    <message>
        <source>Report received via %1</source>
        <translation>Melding ontvangen via %1</translation>
    </message>
    <message>
        <source>Department removed (was %1)</source>
        <translation>Dienst verwijderd (was %1)</translation>
    </message>
    <message>
        <source>Routed to &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Doorgestuurd naar &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Routed from %1 to &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Doorgestuurd van %1 naar &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Category changed: %1</source>
        <translation>Categorie gewijzigd: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Prioriteit: %1</translation>
    </message>
    <message>
        <source>Assignee: %1</source>
        <translation>Behandelaar: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notitie: %1</translation>
    </message>
    <message>
        <source>Note retracted</source>
        <translation>Notitie ingetrokken</translation>
    </message>
    <message>
        <source>Marked as duplicate of &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Gemarkeerd als dubbel van &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 merged into this report as a duplicate</source>
        <translation>%1 als dubbel samengevoegd met deze melding</translation>
    </message>
    <message>
        <source>%1; its citizen now follows this report</source>
        <translation>%1; de burger ervan volgt nu deze melding</translation>
    </message>
    <message>
        <source>Duplicate %1 split off again</source>
        <translation>Dubbel %1 opnieuw afgesplitst</translation>
    </message>
    <message>
        <source>no longer a duplicate of %1</source>
        <translation>niet langer een dubbel van %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>status %1</translation>
    </message>
    <message>
        <source>department %1</source>
        <translation>dienst %1</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>categorie %1</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>prioriteit %1</translation>
    </message>
    <message>
        <source>assignee %1</source>
        <translation>behandelaar %1</translation>
    </message>
    <message>
        <source>Change undone</source>
        <translation>Wijziging ongedaan gemaakt</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Ongedaan gemaakt: %1</translation>
    </message>
    <message>
        <source>(retracted)</source>
        <translation>(ingetrokken)</translation>
    </message>
    <message>
        <source>No history.</source>
        <translation>Geen geschiedenis.</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>Geschiedenis (%1)</translation>
    </message>
    <message>
        <source>This report has no location, so nearby reports cannot be looked up.</source>
        <translation>Deze melding heeft geen locatie, dus meldingen in de buurt kunnen niet worden opgezocht.</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>Ontvangen %1</translation>
    </message>
    <message>
        <source>No report of the same category within 50 m in the 12 weeks around this one.</source>
        <translation>Geen melding van dezelfde categorie binnen 50 m in de 12 weken rond deze melding.</translation>
    </message>
    <message>
        <source>Reports of the same category within 50 m, received in the 12 weeks around this one.</source>
        <translation>Meldingen van dezelfde categorie binnen 50 m, ontvangen in de 12 weken rond deze melding.</translation>
    </message>
    <message>
        <source>Duplicates? (%1)</source>
        <translation>Dubbels? (%1)</translation>
    </message>
    <message>
        <source>%1 (just now)</source>
        <translation>%1 (zonet)</translation>
    </message>
    <message>
        <source>The report (dark pin) and its possible duplicates (numbered as in the Duplicates tab); click a numbered pin to open that report.</source>
        <translation>De melding (donkere speld) en haar mogelijke dubbels (genummerd zoals in het tabblad Dubbels); klik op een genummerde speld om die melding te openen.</translation>
    </message>
    <message>
        <source>Recent reports in this street</source>
        <translation>Recente meldingen in deze straat</translation>
    </message>
    <message>
        <source>This report has no street from the address register, so its street cannot be looked up.</source>
        <translation>Deze melding heeft geen straat uit het adressenregister, dus haar straat kan niet worden opgezocht.</translation>
    </message>
    <message>
        <source>Recent reports in %1</source>
        <translation>Recente meldingen in %1</translation>
    </message>
    <message numerus="yes">
        <source>No other report in %1 in the last %n week(s).</source>
        <translation>
            <numerusform>Geen andere melding in %1 in de laatste week.</numerusform>
            <numerusform>Geen andere melding in %1 in de laatste %n weken.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recent reports in %1 (%2 of %3)</source>
        <translation>Recente meldingen in %1 (%2 van %3)</translation>
    </message>
    <message>
        <source>Recent reports in %1 (%2)</source>
        <translation>Recente meldingen in %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>The newest %1 of the %2 other reports in this street of the last %n week(s).</source>
        <translation>
            <numerusform>De nieuwste %1 van de %2 andere meldingen in deze straat van de laatste week.</numerusform>
            <numerusform>De nieuwste %1 van de %2 andere meldingen in deze straat van de laatste %n weken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The other reports in this street of the last %n week(s).</source>
        <translation>
            <numerusform>De andere meldingen in deze straat van de laatste week.</numerusform>
            <numerusform>De andere meldingen in deze straat van de laatste %n weken.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · received %2 · %3</source>
        <translation>%1 · ontvangen %2 · %3</translation>
    </message>
</context>
<context>
    <name>meldpunt::FilterPanel</name>
    <message>
        <source>Search ref, text, address, citizen  ( / )</source>
        <translation>Zoek op ref., tekst, adres, burger  ( / )</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Te doen</translation>
    </message>
    <message>
        <source>New and triaged reports</source>
        <translation>Nieuwe en getrieerde meldingen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Every report that still needs work</source>
        <translation>Elke melding waaraan nog gewerkt moet worden</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Alleen te laat</translation>
    </message>
    <message>
        <source>Open reports past their due date</source>
        <translation>Open meldingen waarvan de deadline verstreken is</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Eender welke</translation>
    </message>
    <message>
        <source>Clear the category selection</source>
        <translation>De categorieselectie wissen</translation>
    </message>
    <message>
        <source>Type to find a category</source>
        <translation>Typ om een categorie te vinden</translation>
    </message>
    <message>
        <source>Routing and origin</source>
        <translation>Toewijzing en herkomst</translation>
    </message>
    <message>
        <source>Any department</source>
        <translation>Elke dienst</translation>
    </message>
    <message>
        <source>No department yet</source>
        <translation>Nog geen dienst</translation>
    </message>
    <message>
        <source>Any district</source>
        <translation>Elke wijk</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Elk kanaal</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>any</source>
        <translation>eender wanneer</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>Bewaarde filters</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>Save the current filter under a name</source>
        <translation>De huidige filter onder een naam bewaren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Delete the selected saved filter</source>
        <translation>De geselecteerde bewaarde filter verwijderen</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>Filter opslaan</translation>
    </message>
    <message>
        <source>Name of this filter:</source>
        <translation>Naam van deze filter:</translation>
    </message>
    <message>
        <source>None yet. Set up a filter, then save it here (Ctrl+S) to come back to it in one click.</source>
        <translation>Nog geen. Stel een filter in en bewaar hem hier (Ctrl+S) om er met één klik naar terug te keren.</translation>
    </message>
</context>
<context>
    <name>meldpunt::FirstSyncDialog</name>
    <message>
        <source>reports</source>
        <translation>meldingen</translation>
    </message>
    <message>
        <source>report history</source>
        <translation>geschiedenis van meldingen</translation>
    </message>
    <message>
        <source>citizens</source>
        <translation>burgers</translation>
    </message>
    <message>
        <source>addresses</source>
        <translation>adressen</translation>
    </message>
    <message>
        <source>reference data</source>
        <translation>referentiegegevens</translation>
    </message>
    <message>
        <source>First sync with the central database</source>
        <translation>Eerste synchronisatie met de centrale databank</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinden met %1…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuleren</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annuleren…</translation>
    </message>
    <message>
        <source>The first sync was cancelled; it starts again next time.</source>
        <translation>De eerste synchronisatie werd geannuleerd; ze begint de volgende keer opnieuw.</translation>
    </message>
    <message>
        <source>Building the indexes and the search index… %1 of %2 rows copied</source>
        <translation>Indexen en zoekindex opbouwen… %1 van %2 rijen gekopieerd</translation>
    </message>
    <message>
        <source>Copying %1… %2 of %3 rows</source>
        <translation>%1 kopiëren… %2 van %3 rijen</translation>
    </message>
    <message>
        <source>This desk copies the city&apos;s reports once; after that only changes travel.</source>
        <translation>Deze werkplek kopieert de meldingen van de stad één keer; daarna reizen alleen wijzigingen.</translation>
    </message>
</context>
<context>
    <name>meldpunt::IntakeDialog</name>
    <message>
        <source>New report (phone or counter)</source>
        <translation>Nieuwe melding (telefoon of loket)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Prioriteit</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Kanaal</translation>
    </message>
    <message>
        <source>Street and number, e.g. Kerkstraat 12</source>
        <translation>Straat en nummer, bv. Kerkstraat 12</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adres</translation>
    </message>
    <message>
        <source>Type part of the name, e.g. zwerfvuil; ↓ lists all</source>
        <translation>Typ een deel van de naam, bv. zwerfvuil; ↓ toont alles</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>Ca&amp;tegorie</translation>
    </message>
    <message>
        <source>What is wrong, where exactly, since when</source>
        <translation>Wat is er mis, waar precies, sinds wanneer</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Omschrijving</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Burger</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>Op&amp;zoeken</translation>
    </message>
    <message>
        <source>&amp;New citizen</source>
        <translation>&amp;Nieuwe burger</translation>
    </message>
    <message>
        <source>An&amp;onymous</source>
        <translation>Anon&amp;iem</translation>
    </message>
    <message>
        <source>The report is registered without a citizen; nobody receives a reply.</source>
        <translation>De melding wordt geregistreerd zonder burger; niemand krijgt een antwoord.</translation>
    </message>
    <message>
        <source>Name, e-mail or phone number</source>
        <translation>Naam, e-mail of telefoonnummer</translation>
    </message>
    <message>
        <source>Postal address, needed for letters</source>
        <translation>Postadres, nodig voor brieven</translation>
    </message>
    <message>
        <source>Same as report</source>
        <translation>Zelfde als melding</translation>
    </message>
    <message>
        <source>Use the address picked above as the citizen&apos;s postal address.</source>
        <translation>Het hierboven gekozen adres gebruiken als postadres van de burger.</translation>
    </message>
    <message>
        <source>Agrees that we store these details to handle the report</source>
        <translation>Stemt ermee in dat we deze gegevens bewaren om de melding te behandelen</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>Naa&amp;m</translation>
    </message>
    <message>
        <source>Add&amp;ress</source>
        <translation>Postad&amp;res</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>Tele&amp;foon</translation>
    </message>
    <message>
        <source>Reply &amp;by</source>
        <translation>Antwoorden &amp;via</translation>
    </message>
    <message>
        <source>&amp;Save report</source>
        <translation>Melding op&amp;slaan</translation>
    </message>
    <message>
        <source>Save the report (Ctrl+Enter)</source>
        <translation>De melding opslaan (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves</source>
        <translation>Ctrl+Enter slaat op</translation>
    </message>
    <message>
        <source>✓ %1 %2 · district %3 · %4, %5</source>
        <translation>✓ %1 %2 · wijk %3 · %4, %5</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>Not picked from the address register: it will be saved as text, without a location.</source>
        <translation>Niet gekozen uit het adressenregister: het wordt als tekst opgeslagen, zonder locatie.</translation>
    </message>
    <message>
        <source>Only subcategories (main › sub) can be chosen.</source>
        <translation>Alleen subcategorieën (hoofd › sub) kunnen worden gekozen.</translation>
    </message>
    <message numerus="yes">
        <source>Suggested department: %1 · due %2 (%n working day(s))</source>
        <translation>
            <numerusform>Voorgestelde dienst: %1 · deadline %2 (%n werkdag)</numerusform>
            <numerusform>Voorgestelde dienst: %1 · deadline %2 (%n werkdagen)</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Nobody picked yet: type, then Enter or double-click a line.</source>
        <translation>Nog niemand gekozen: typ en druk dan op Enter of dubbelklik op een regel.</translation>
    </message>
    <message>
        <source>Prefers replies by %1</source>
        <translation>Verkiest antwoorden via %1</translation>
    </message>
    <message>
        <source>No citizen found. Choose “New citizen” (Alt+N) to enter one.</source>
        <translation>Geen burger gevonden. Kies “Nieuwe burger” (Alt+N) om er een in te voeren.</translation>
    </message>
    <message>
        <source>✓ %1 — prefers replies by %2</source>
        <translation>✓ %1 — verkiest antwoorden via %2</translation>
    </message>
    <message>
        <source>To answer by e-mail, give a valid e-mail address.</source>
        <translation>Geef een geldig e-mailadres op om per e-mail te antwoorden.</translation>
    </message>
    <message>
        <source>To answer by SMS, give a mobile phone number.</source>
        <translation>Geef een gsm-nummer op om per sms te antwoorden.</translation>
    </message>
    <message>
        <source>To answer by phone, give a phone number.</source>
        <translation>Geef een telefoonnummer op om telefonisch te antwoorden.</translation>
    </message>
    <message>
        <source>To answer by letter, give a postal address.</source>
        <translation>Geef een postadres op om per brief te antwoorden.</translation>
    </message>
    <message>
        <source>No reply to an anonymous report.</source>
        <translation>Geen antwoord op een anonieme melding.</translation>
    </message>
    <message>
        <source>The citizen receives no reply.</source>
        <translation>De burger krijgt geen antwoord.</translation>
    </message>
    <message>
        <source>Choose a category: type part of its name and pick a line (main › sub) from the list.</source>
        <translation>Kies een categorie: typ een deel van de naam en kies een regel (hoofd › sub) uit de lijst.</translation>
    </message>
    <message>
        <source>Describe the problem or give an address.</source>
        <translation>Beschrijf het probleem of geef een adres op.</translation>
    </message>
    <message>
        <source>Pick a citizen from the list, or choose “New citizen” or “Anonymous”.</source>
        <translation>Kies een burger uit de lijst, of kies “Nieuwe burger” of “Anoniem”.</translation>
    </message>
    <message>
        <source>%1 This citizen has none on file: choose another way to reply.</source>
        <translation>%1 Voor deze burger is er geen geregistreerd: kies een andere manier om te antwoorden.</translation>
    </message>
    <message>
        <source>The citizen needs a name.</source>
        <translation>De burger moet een naam hebben.</translation>
    </message>
    <message>
        <source>The report could not be saved.</source>
        <translation>De melding kon niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>Click where the problem is: the point becomes the report&apos;s location and the nearest address fills in.</source>
        <translation>Klik waar het probleem is: het punt wordt de locatie van de melding en het dichtstbijzijnde adres wordt ingevuld.</translation>
    </message>
    <message>
        <source>The point clicked on the map stays the location; the address is saved as typed.</source>
        <translation>Het aangeklikte punt op de kaart blijft de locatie; het adres wordt bewaard zoals getypt.</translation>
    </message>
    <message>
        <source>Pick a line from the list to get the coordinate and district, or click the map.</source>
        <translation>Kies een regel uit de lijst voor de coördinaat en de wijk, of klik op de kaart.</translation>
    </message>
    <message>
        <source>Looking up the nearest address…</source>
        <translation>Dichtstbijzijnde adres opzoeken…</translation>
    </message>
    <message>
        <source>No address found within 250 m of this point (%1); it may lie outside the city. The report keeps the point as its location; type an address if there is one.</source>
        <translation>Geen adres gevonden binnen 250 m van dit punt (%1); het ligt misschien buiten de stad. De melding houdt het punt als locatie; typ een adres als er een is.</translation>
    </message>
    <message>
        <source>✓ Point on the map, %1 m from %2 · district %3 · %4</source>
        <translation>✓ Punt op de kaart, %1 m van %2 · wijk %3 · %4</translation>
    </message>
</context>
<context>
    <name>meldpunt::LetterheadSettingsPage</name>
    <message>
        <source>One short line above the recipient, in the envelope window: where the post office returns undeliverable letters.</source>
        <translation>Eén korte regel boven de geadresseerde, in het venster van de envelop: waar de post onbestelbare brieven naar terugstuurt.</translation>
    </message>
    <message>
        <source>One line per line of the signature. Merge fields such as {{coordinator.name}} are filled in.</source>
        <translation>Eén regel per regel van de ondertekening. Samenvoegvelden zoals {{coordinator.name}} worden ingevuld.</translation>
    </message>
    <message>
        <source>Empty: the same as the Dutch footer</source>
        <translation>Leeg: hetzelfde als de Nederlandse voettekst</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Logo kiezen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Save letterhead</source>
        <translation>Briefhoofd opslaan</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Afzender</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stad</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Return address</source>
        <translation>Retouradres</translation>
    </message>
    <message>
        <source>Signature and footer</source>
        <translation>Ondertekening en voettekst</translation>
    </message>
    <message>
        <source>Signature (Dutch)</source>
        <translation>Ondertekening (Nederlands)</translation>
    </message>
    <message>
        <source>Signature (French)</source>
        <translation>Ondertekening (Frans)</translation>
    </message>
    <message>
        <source>Footer (Dutch)</source>
        <translation>Voettekst (Nederlands)</translation>
    </message>
    <message>
        <source>Footer (French)</source>
        <translation>Voettekst (Frans)</translation>
    </message>
    <message>
        <source>Choose the city&apos;s logo</source>
        <translation>Het logo van de stad kiezen</translation>
    </message>
    <message>
        <source>Images (*.svg *.png *.jpg *.jpeg)</source>
        <translation>Afbeeldingen (*.svg *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The logo %1 cannot be read or is larger than 2 MB.</source>
        <translation>Het logo %1 kan niet worden gelezen of is groter dan 2 MB.</translation>
    </message>
    <message>
        <source>%1 is not an image Meldpunt can read (SVG, PNG or JPEG).</source>
        <translation>%1 is geen afbeelding die Meldpunt kan lezen (SVG, PNG of JPEG).</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Geen logo</translation>
    </message>
    <message>
        <source>Saved. New letters and reprints use this letterhead.</source>
        <translation>Opgeslagen. Nieuwe brieven en herdrukken gebruiken dit briefhoofd.</translation>
    </message>
    <message>
        <source>Sample letter</source>
        <translation>Voorbeeldbrief</translation>
    </message>
    <message>
        <source>&lt;p&gt;This is how the letterhead, the window address and the signature print.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Zo worden het briefhoofd, het vensteradres en de ondertekening afgedrukt.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>meldpunt::LettersView</name>
    <message>
        <source>Templates</source>
        <translation>Sjablonen</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>Briefhoofd</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Bezig met verzenden</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Uitgaande berichten</translation>
    </message>
    <message>
        <source>Unsaved template</source>
        <translation>Niet-opgeslagen sjabloon</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; has unsaved changes.</source>
        <translation>Het sjabloon &quot;%1&quot; heeft niet-opgeslagen wijzigingen.</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Alle talen</translation>
    </message>
    <message>
        <source>Find a template</source>
        <translation>Een sjabloon zoeken</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Sjabloon</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dubbel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>A template that was used for a reply is kept as inactive, so sent messages keep their source.</source>
        <translation>Een sjabloon dat voor een antwoord is gebruikt, blijft als inactief bewaard, zodat verzonden berichten hun bron behouden.</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Elke categorie</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Elke status</translation>
    </message>
    <message>
        <source>Offered in replies</source>
        <translation>Aangeboden bij antwoorden</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antwoordt op</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versies</translation>
    </message>
    <message>
        <source>Earlier versions of this template; sent messages keep the text they were sent with.</source>
        <translation>Eerdere versies van dit sjabloon; verzonden berichten behouden de tekst waarmee ze verzonden zijn.</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Report reference, e.g. M-2026-000123</source>
        <translation>Referentie van de melding, bv. M-2026-000123</translation>
    </message>
    <message>
        <source>Preview with</source>
        <translation>Voorbeeld met</translation>
    </message>
    <message>
        <source>No report %1. The preview still shows %2.</source>
        <translation>Geen melding %1. Het voorbeeld toont nog %2.</translation>
    </message>
    <message>
        <source>sample data</source>
        <translation>voorbeeldgegevens</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versie %1</translation>
    </message>
    <message>
        <source>%1 (not offered)</source>
        <translation>%1 (niet aangeboden)</translation>
    </message>
    <message>
        <source>New template, not saved yet</source>
        <translation>Nieuw sjabloon, nog niet opgeslagen</translation>
    </message>
    <message>
        <source>Version %1 · saved %2 by %3%4</source>
        <translation>Versie %1 · opgeslagen %2 door %3%4</translation>
    </message>
    <message>
        <source> · changed</source>
        <translation> · gewijzigd</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Opgeslagen als versie %1.</translation>
    </message>
    <message numerus="yes">
        <source>Saved as version %1 with %n warning(s):</source>
        <translation>
            <numerusform>Opgeslagen als versie %1 met %n waarschuwing:</numerusform>
            <numerusform>Opgeslagen als versie %1 met %n waarschuwingen:</numerusform>
        </translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nieuw sjabloon</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopie)</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Sjabloon verwijderen</translation>
    </message>
    <message>
        <source>Delete the template &quot;%1&quot;?</source>
        <translation>Het sjabloon &quot;%1&quot; verwijderen?</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Nog niet opgeslagen</translation>
    </message>
    <message>
        <source>Version %1 · %2 · %3</source>
        <translation>Versie %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Load this text into the editor; saving makes it the newest version.</source>
        <translation>Deze tekst in de editor laden; bij opslaan wordt het de nieuwste versie.</translation>
    </message>
    <message>
        <source>Sample data: there is no report with a citizen yet.</source>
        <translation>Voorbeeldgegevens: er is nog geen melding met een burger.</translation>
    </message>
    <message>
        <source>anonymous (sample citizen shown)</source>
        <translation>anoniem (voorbeeldburger getoond)</translation>
    </message>
    <message>
        <source>[your own text for this reply]</source>
        <translation>[uw eigen tekst voor dit antwoord]</translation>
    </message>
    <message>
        <source>%1 (no e-mail address)</source>
        <translation>%1 (geen e-mailadres)</translation>
    </message>
</context>
<context>
    <name>meldpunt::MainWindow</name>
    <message>
        <source>Dismiss (Esc)</source>
        <translation>Sluiten (Esc)</translation>
    </message>
    <message>
        <source>Enter route · C category · D department · P priority · S status · U duplicate · N note · / search</source>
        <translation>Enter doorsturen · C categorie · D dienst · P prioriteit · S status · U dubbel · N notitie · / zoeken</translation>
    </message>
    <message>
        <source>No reports match this filter.</source>
        <translation>Geen meldingen voldoen aan deze filter.</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>&amp;New report…</source>
        <translation>&amp;Nieuwe melding…</translation>
    </message>
    <message>
        <source>Register a report taken by phone or at the counter</source>
        <translation>Een melding registreren die telefonisch of aan het loket is doorgegeven</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Read the queue again; greyed rows that no longer match disappear</source>
        <translation>De wachtrij opnieuw lezen; grijze rijen die niet meer voldoen, verdwijnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;uitvoeren</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>Show the &amp;to-do queue</source>
        <translation>&amp;Te-doenlijst tonen</translation>
    </message>
    <message>
        <source>New and triaged reports, no other conditions</source>
        <translation>Nieuwe en getrieerde meldingen, zonder andere voorwaarden</translation>
    </message>
    <message>
        <source>Save &amp;filter…</source>
        <translation>&amp;Filter opslaan…</translation>
    </message>
    <message>
        <source>&amp;Accept suggested department</source>
        <translation>Voorgestelde dienst &amp;aanvaarden</translation>
    </message>
    <message>
        <source>Route to the category&apos;s department and mark as assigned</source>
        <translation>Doorsturen naar de dienst van de categorie en markeren als toegewezen</translation>
    </message>
    <message>
        <source>Change &amp;category…</source>
        <translation>&amp;Categorie wijzigen…</translation>
    </message>
    <message>
        <source>Route to &amp;department…</source>
        <translation>Doorsturen naar &amp;dienst…</translation>
    </message>
    <message>
        <source>Set &amp;priority…</source>
        <translation>&amp;Prioriteit instellen…</translation>
    </message>
    <message>
        <source>Priority %1</source>
        <translation>Prioriteit %1</translation>
    </message>
    <message>
        <source>Set &amp;status…</source>
        <translation>&amp;Status instellen…</translation>
    </message>
    <message>
        <source>Mark as d&amp;uplicate of…</source>
        <translation>Markeren als d&amp;ubbel van…</translation>
    </message>
    <message>
        <source>Add internal &amp;note…</source>
        <translation>Interne &amp;notitie toevoegen…</translation>
    </message>
    <message>
        <source>Ne&amp;xt report</source>
        <translation>&amp;Volgende melding</translation>
    </message>
    <message>
        <source>Pre&amp;vious report</source>
        <translation>Vo&amp;rige melding</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Bericht sluiten</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>&amp;About Meldpunt</source>
        <translation>&amp;Over Meldpunt</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>&amp;Filters</translation>
    </message>
    <message>
        <source>&amp;Report details</source>
        <translation>&amp;Meldingsdetails</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Ongedaan maken: %1</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>Opnieuw &amp;uitvoeren: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Triage</source>
        <translation>&amp;Triage</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>%1 is not in this queue; it is shown in the detail pane only.</source>
        <translation>%1 staat niet in deze wachtrij; de melding wordt alleen in het detailvenster getoond.</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n melding</numerusform>
            <numerusform>%n meldingen</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Tellen…</translation>
    </message>
    <message>
        <source>%1 of %2 loaded</source>
        <translation>%1 van %2 geladen</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>tellen…</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Te doen</translation>
    </message>
    <message>
        <source>All reports</source>
        <translation>Alle meldingen</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Zoeken: %1</translation>
    </message>
    <message>
        <source>Filtered queue</source>
        <translation>Gefilterde wachtrij</translation>
    </message>
    <message>
        <source>Meldpunt</source>
        <translation>Meldpunt</translation>
    </message>
    <message>
        <source>%1 — Meldpunt</source>
        <translation>%1 — Meldpunt</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Kolommen herstellen</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n geselecteerd</numerusform>
            <numerusform>%n geselecteerd</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. Ctrl+Z undoes it.</source>
        <translation>%1. Ctrl+Z maakt dit ongedaan.</translation>
    </message>
    <message>
        <source>Category of %1</source>
        <translation>Categorie van %1</translation>
    </message>
    <message>
        <source>Type part of a category, e.g. zwerfvuil</source>
        <translation>Typ een deel van een categorie, bv. zwerfvuil</translation>
    </message>
    <message>
        <source>Route %1 to</source>
        <translation>%1 doorsturen naar</translation>
    </message>
    <message>
        <source>Type part of a department</source>
        <translation>Typ een deel van een dienst</translation>
    </message>
    <message>
        <source>Priority of %1</source>
        <translation>Prioriteit van %1</translation>
    </message>
    <message>
        <source>1–4 choose directly · Enter chooses · Esc cancels</source>
        <translation>1–4 kiest meteen · Enter kiest · Esc annuleert</translation>
    </message>
    <message>
        <source>No status change is possible from %1.</source>
        <translation>Vanuit %1 is geen statuswijziging mogelijk.</translation>
    </message>
    <message>
        <source>Status of %1</source>
        <translation>Status van %1</translation>
    </message>
    <message>
        <source>Type part of a status</source>
        <translation>Typ een deel van een status</translation>
    </message>
    <message>
        <source>Only the changes the workflow allows are listed · duplicates: U</source>
        <translation>Alleen de wijzigingen die de werkstroom toelaat, worden getoond · dubbels: U</translation>
    </message>
    <message>
        <source>%1 is a duplicate of</source>
        <translation>%1 is een dubbel van</translation>
    </message>
    <message>
        <source>Type a reference, e.g. M-2026-001234, or choose a nearby report</source>
        <translation>Typ een referentie, bv. M-2026-001234, of kies een melding in de buurt</translation>
    </message>
    <message>
        <source>No report of the same category within 50 m in 12 weeks; type the reference of the original.</source>
        <translation>Geen melding van dezelfde categorie binnen 50 m in 12 weken; typ de referentie van de oorspronkelijke melding.</translation>
    </message>
    <message>
        <source>Nearby reports of the same category (≤ 50 m, 12 weeks) · or type a reference</source>
        <translation>Meldingen in de buurt van dezelfde categorie (≤ 50 m, 12 weken) · of typ een referentie</translation>
    </message>
    <message>
        <source>There is no report %1; nothing was marked.</source>
        <translation>Er is geen melding %1; er is niets gemarkeerd.</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n report(s) as duplicates</source>
        <translation>
            <numerusform>%n melding als dubbel markeren</numerusform>
            <numerusform>%n meldingen als dubbel markeren</numerusform>
        </translation>
    </message>
    <message>
        <source>Internal note on %1</source>
        <translation>Interne notitie bij %1</translation>
    </message>
    <message numerus="yes">
        <source>Add a note to %n report(s)</source>
        <translation>
            <numerusform>Een notitie toevoegen aan %n melding</numerusform>
            <numerusform>Een notitie toevoegen aan %n meldingen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 registered.</source>
        <translation>%1 geregistreerd.</translation>
    </message>
    <message>
        <source>%1 registered; the current filter does not show it.</source>
        <translation>%1 geregistreerd; de huidige filter toont de melding niet.</translation>
    </message>
    <message>
        <source>Queue refreshed.</source>
        <translation>Wachtrij vernieuwd.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <source>About Meldpunt</source>
        <translation>Over Meldpunt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Meldpunt %1&lt;/h3&gt;&lt;p&gt;The workstation of the citizen-report desk: one queue of every report, triaged at keyboard speed.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Meldpunt %1&lt;/h3&gt;&lt;p&gt;De werkpost van het burgermeldpunt: één wachtrij met alle meldingen, getrieerd op toetsenbordsnelheid.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Caller reports a mattress and two bin bags dumped next to the glass containers, since yesterday evening. Partly blocking the cycle path.</source>
        <translation>Beller meldt een matras en twee vuilniszakken die sinds gisteravond naast de glascontainers gedumpt zijn. Ze versperren gedeeltelijk het fietspad.</translation>
    </message>
    <message>
        <source>Cannot write the screenshot %1.</source>
        <translation>Kan de schermafbeelding %1 niet schrijven.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln report(s)</source>
        <translation>
            <numerusform>%Ln melding</numerusform>
            <numerusform>%Ln meldingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln te laat</numerusform>
            <numerusform>%Ln te laat</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reply to the citizen…</source>
        <translation>&amp;Antwoorden aan de burger…</translation>
    </message>
    <message>
        <source>Answer the reporter and everyone following this report, from a template</source>
        <translation>Antwoord de melder en iedereen die deze melding volgt, vanuit een sjabloon</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Wachtrij</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Kaart</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Sjablonen</translation>
    </message>
    <message>
        <source>&amp;Print queue</source>
        <translation>Af&amp;drukwachtrij</translation>
    </message>
    <message>
        <source>Mail server password</source>
        <translation>Wachtwoord van de mailserver</translation>
    </message>
    <message>
        <source>The password of the mail server account (kept for this session only):</source>
        <translation>Het wachtwoord van de mailserveraccount (alleen voor deze sessie bewaard):</translation>
    </message>
    <message>
        <source>The queue shows the reports inside the drawn zone. Esc or Ctrl+0 clears it.</source>
        <translation>De wachtrij toont de meldingen binnen de getekende zone. Esc of Ctrl+0 wist ze.</translation>
    </message>
    <message>
        <source>%1 — dashboard (read-only)</source>
        <translation>%1 — dashboard (alleen-lezen)</translation>
    </message>
    <message>
        <source>Central &amp;database…</source>
        <translation>Centrale &amp;databank…</translation>
    </message>
    <message>
        <source>Work with the other desks of the city on one central PostgreSQL database.</source>
        <translation>Werk met de andere werkplekken van de stad op één centrale PostgreSQL-databank.</translation>
    </message>
    <message numerus="yes">
        <source>(%n more in Conflicts…)</source>
        <translation>
            <numerusform>(nog %n in Conflicten…)</numerusform>
            <numerusform>(nog %n in Conflicten…)</numerusform>
        </translation>
    </message>
    <message>
        <source>⚑ %1 is being handled by %2</source>
        <translation>⚑ %1 wordt behandeld door %2</translation>
    </message>
    <message>
        <source>Central database</source>
        <translation>Centrale databank</translation>
    </message>
    <message>
        <source>Meldpunt works on this desk&apos;s own database from the next start.</source>
        <translation>Meldpunt werkt vanaf de volgende start op de eigen databank van deze werkplek.</translation>
    </message>
    <message>
        <source>Meldpunt works on %1 from the next start; the first start copies the city&apos;s reports once.</source>
        <translation>Meldpunt werkt vanaf de volgende start op %1; de eerste start kopieert de meldingen van de stad één keer.</translation>
    </message>
    <message>
        <source>Unknown view “%1”; choose queue, intake, connection, conflicts, map, dashboard, letters or printqueue.</source>
        <translation>Onbekende weergave “%1”; kies queue, intake, connection, conflicts, map, dashboard, letters of printqueue.</translation>
    </message>
</context>
<context>
    <name>meldpunt::MapDetailWidget</name>
    <message>
        <source>This report has no location.</source>
        <translation>Deze melding heeft geen locatie.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 m away</source>
        <translation>%1 · %2 · op %3 m</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>meldpunt::MapView</name>
    <message>
        <source>Find an address…</source>
        <translation>Een adres zoeken…</translation>
    </message>
    <message>
        <source>Street and house number, e.g. &quot;kerkstr 12&quot;; accents and small typos do not matter.</source>
        <translation>Straat en huisnummer, bv. &quot;kerkstr 12&quot;; accenten en kleine tikfouten maken niet uit.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>Show the reports as markers and clusters</source>
        <translation>De meldingen tonen als markeringen en clusters</translation>
    </message>
    <message>
        <source>Hotspots</source>
        <translation>Hotspots</translation>
    </message>
    <message>
        <source>Show where reports concentrate (heatmap)</source>
        <translation>Tonen waar meldingen zich concentreren (heatmap)</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Wijken</translation>
    </message>
    <message>
        <source>Colour the districts by their number of reports</source>
        <translation>De wijken kleuren volgens hun aantal meldingen</translation>
    </message>
    <message>
        <source>Select zone</source>
        <translation>Zone selecteren</translation>
    </message>
    <message>
        <source>Draw a zone; the queue then shows only the reports inside it</source>
        <translation>Teken een zone; de wachtrij toont dan alleen de meldingen daarbinnen</translation>
    </message>
    <message>
        <source>Draw a rectangle</source>
        <translation>Een rechthoek tekenen</translation>
    </message>
    <message>
        <source>Draw a polygon</source>
        <translation>Een veelhoek tekenen</translation>
    </message>
    <message>
        <source>Clear the zone</source>
        <translation>De zone wissen</translation>
    </message>
    <message>
        <source>Choose the background map</source>
        <translation>De achtergrondkaart kiezen</translation>
    </message>
    <message>
        <source>Offline map file (MBTiles)…</source>
        <translation>Offlinekaartbestand (MBTiles)…</translation>
    </message>
    <message>
        <source>Other tile server…</source>
        <translation>Andere tegelserver…</translation>
    </message>
    <message>
        <source>%1 — not in the queue&apos;s current filter</source>
        <translation>%1 — niet in de huidige filter van de wachtrij</translation>
    </message>
    <message>
        <source>Offline map</source>
        <translation>Offlinekaart</translation>
    </message>
    <message>
        <source>MBTiles files (*.mbtiles);;All files (*)</source>
        <translation>MBTiles-bestanden (*.mbtiles);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Other tile server</source>
        <translation>Andere tegelserver</translation>
    </message>
    <message>
        <source>© the map&apos;s makers, as its licence asks</source>
        <translation>© de makers van de kaart, zoals de licentie vraagt</translation>
    </message>
    <message>
        <source>Use {z}, {x} and {y} (or {-y} for TMS); for WMTS {TileMatrix}, {TileRow} and {TileCol}. Respect the server&apos;s terms of use.</source>
        <translation>Gebruik {z}, {x} en {y} (of {-y} voor TMS); voor WMTS {TileMatrix}, {TileRow} en {TileCol}. Respecteer de gebruiksvoorwaarden van de server.</translation>
    </message>
    <message>
        <source>Tile address:</source>
        <translation>Tegeladres:</translation>
    </message>
    <message>
        <source>Attribution:</source>
        <translation>Bronvermelding:</translation>
    </message>
    <message>
        <source>Reports on the map: %1</source>
        <translation>Meldingen op de kaart: %1</translation>
    </message>
    <message>
        <source>%1 without a location</source>
        <translation>%1 zonder locatie</translation>
    </message>
    <message>
        <source>%1 (street), %2 %3</source>
        <translation>%1 (straat), %2 %3</translation>
    </message>
    <message>
        <source>No address matches</source>
        <translation>Geen overeenkomend adres</translation>
    </message>
    <message>
        <source>The address register is still loading…</source>
        <translation>Het adressenregister wordt nog geladen…</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>Ontvangen %1</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Te laat sinds %1</translation>
    </message>
    <message>
        <source>Reports at this spot: %1</source>
        <translation>Meldingen op deze plek: %1</translation>
    </message>
    <message>
        <source>Basemap: %1</source>
        <translation>Achtergrondkaart: %1</translation>
    </message>
</context>
<context>
    <name>meldpunt::MapWidget</name>
    <message>
        <source>Drag a rectangle around the reports you want; Esc cancels.</source>
        <translation>Sleep een rechthoek rond de meldingen die u wilt; Esc annuleert.</translation>
    </message>
    <message>
        <source>Click the corners of the zone; double-click or Enter to finish, Backspace removes a corner, Esc cancels.</source>
        <translation>Klik op de hoeken van de zone; dubbelklik of Enter om af te ronden, Backspace verwijdert een hoek, Esc annuleert.</translation>
    </message>
    <message>
        <source>Reports on the map: %1</source>
        <translation>Meldingen op de kaart: %1</translation>
    </message>
    <message>
        <source>Overdue (red ring)</source>
        <translation>Te laat (rode ring)</translation>
    </message>
    <message>
        <source>Without a location</source>
        <translation>Zonder locatie</translation>
    </message>
    <message>
        <source>Hotspots (report density)</source>
        <translation>Hotspots (dichtheid van meldingen)</translation>
    </message>
    <message>
        <source>Reports per district</source>
        <translation>Meldingen per wijk</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>City map from the municipal registers</source>
        <translation>Stadskaart uit de gemeentelijke registers</translation>
    </message>
    <message>
        <source>Loading reports…</source>
        <translation>Meldingen laden…</translation>
    </message>
    <message>
        <source>Loading the city map…</source>
        <translation>De stadskaart laden…</translation>
    </message>
    <message>
        <source>A zone needs at least three corners.</source>
        <translation>Een zone heeft minstens drie hoeken nodig.</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Inzoomen (+)</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Uitzoomen (−)</translation>
    </message>
    <message>
        <source>Show all reports (Home)</source>
        <translation>Alle meldingen tonen (Home)</translation>
    </message>
    <message>
        <source>%1 reports: %2 to do, %3 in work, %4 done</source>
        <translation>%1 meldingen: %2 te doen, %3 in behandeling, %4 afgehandeld</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 te laat</translation>
    </message>
    <message>
        <source>Click to zoom in.</source>
        <translation>Klik om in te zoomen.</translation>
    </message>
</context>
<context>
    <name>meldpunt::MessageTableModel</name>
    <message>
        <source>Waiting, last try failed</source>
        <translation>Wacht, laatste poging mislukt</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n time(s))</source>
        <translation>
            <numerusform>%1 (%n keer)</numerusform>
            <numerusform>%1 (%n keer)</numerusform>
        </translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Geschreven</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Pogingen</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Afgedrukt</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
</context>
<context>
    <name>meldpunt::NoteDialog</name>
    <message>
        <source>Internal note: seen by colleagues, never sent to the citizen.</source>
        <translation>Interne notitie: zichtbaar voor collega&apos;s, nooit naar de burger verzonden.</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
</context>
<context>
    <name>meldpunt::Outbox</name>
    <message>
        <source>No mail server is set up; fill in the server and sender address in the sending settings.</source>
        <translation>Er is geen mailserver ingesteld; vul de server en het afzenderadres in bij de verzendinstellingen.</translation>
    </message>
    <message>
        <source>The mail server password has not been entered in this session.</source>
        <translation>Het wachtwoord van de mailserver is in deze sessie niet ingevoerd.</translation>
    </message>
    <message>
        <source>No SMS gateway is set up; fill in its address in the sending settings.</source>
        <translation>Er is geen sms-gateway ingesteld; vul het adres ervan in bij de verzendinstellingen.</translation>
    </message>
    <message>
        <source>The SMS gateway address is not a valid URL: %1</source>
        <translation>Het adres van de sms-gateway is geen geldige URL: %1</translation>
    </message>
    <message>
        <source>The SMS gateway answered %1 %2: %3</source>
        <translation>De sms-gateway antwoordde %1 %2: %3</translation>
    </message>
    <message>
        <source>The SMS gateway could not be reached: %1</source>
        <translation>De sms-gateway kon niet worden bereikt: %1</translation>
    </message>
</context>
<context>
    <name>meldpunt::OutboxView</name>
    <message>
        <source>Send now</source>
        <translation>Nu verzenden</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>Do not send</source>
        <translation>Niet verzenden</translation>
    </message>
    <message>
        <source>Waiting and failed</source>
        <translation>Wachtend en mislukt</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <source>All e-mail, SMS and calls</source>
        <translation>Alle e-mails, sms&apos;en en oproepen</translation>
    </message>
    <message>
        <source>Send every waiting e-mail and SMS now</source>
        <translation>Alle wachtende e-mails en sms&apos;en nu verzenden</translation>
    </message>
    <message>
        <source>Put failed messages back in the queue; they keep their identity, so a server that got them already can tell.</source>
        <translation>Mislukte berichten opnieuw in de wachtrij zetten; ze behouden hun identiteit, zodat een server die ze al ontving, dat kan herkennen.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Mail server password</source>
        <translation>Wachtwoord van de mailserver</translation>
    </message>
    <message>
        <source>Password for the mail server (kept until Meldpunt closes):</source>
        <translation>Wachtwoord voor de mailserver (bewaard tot Meldpunt sluit):</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Verzenden…</translation>
    </message>
    <message>
        <source>Queued again; press Send now or wait for the next run.</source>
        <translation>Opnieuw in de wachtrij; klik op Nu verzenden of wacht op de volgende ronde.</translation>
    </message>
    <message>
        <source>%1 sent, %2 still waiting with a problem.</source>
        <translation>%1 verzonden, %2 wachten nog met een probleem.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) sent.</source>
        <translation>
            <numerusform>%n bericht verzonden.</numerusform>
            <numerusform>%n berichten verzonden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meldpunt::Picker</name>
    <message>
        <source>Type to filter…</source>
        <translation>Typ om te filteren…</translation>
    </message>
    <message>
        <source>Enter chooses · Esc cancels · ↑↓ move</source>
        <translation>Enter kiest · Esc annuleert · ↑↓ verplaatsen</translation>
    </message>
</context>
<context>
    <name>meldpunt::PrintQueueView</name>
    <message>
        <source>Select all</source>
        <translation>Alles selecteren</translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation>Voorbeeld en afdrukken…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Opslaan als PDF…</translation>
    </message>
    <message>
        <source>Mark as printed</source>
        <translation>Markeren als afgedrukt</translation>
    </message>
    <message>
        <source>Letters to print</source>
        <translation>Af te drukken brieven</translation>
    </message>
    <message>
        <source>Printed today</source>
        <translation>Vandaag afgedrukt</translation>
    </message>
    <message>
        <source>All printed letters</source>
        <translation>Alle afgedrukte brieven</translation>
    </message>
    <message>
        <source>For letters printed some other way; they leave the queue.</source>
        <translation>Voor brieven die op een andere manier zijn afgedrukt; ze verlaten de wachtrij.</translation>
    </message>
    <message>
        <source>Print letters</source>
        <translation>Brieven afdrukken</translation>
    </message>
    <message>
        <source>Save the letters as PDF</source>
        <translation>De brieven opslaan als PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Print queue</source>
        <translation>Afdrukwachtrij</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n letter(s) as printed without printing them here?</source>
        <translation>
            <numerusform>%n brief als afgedrukt markeren zonder hem hier af te drukken?</numerusform>
            <numerusform>%n brieven als afgedrukt markeren zonder ze hier af te drukken?</numerusform>
        </translation>
    </message>
    <message>
        <source>Print again…</source>
        <translation>Opnieuw afdrukken…</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) waiting</source>
        <translation>
            <numerusform>%n brief wacht</numerusform>
            <numerusform>%n brieven wachten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) printed</source>
        <translation>
            <numerusform>%n brief afgedrukt</numerusform>
            <numerusform>%n brieven afgedrukt</numerusform>
        </translation>
    </message>
    <message>
        <source>No letters are waiting.</source>
        <translation>Er wachten geen brieven.</translation>
    </message>
    <message>
        <source>No printed letters.</source>
        <translation>Geen afgedrukte brieven.</translation>
    </message>
    <message>
        <source>Preparing the letters…</source>
        <translation>De brieven voorbereiden…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Select the letters to print first.</source>
        <translation>Selecteer eerst de brieven om af te drukken.</translation>
    </message>
    <message>
        <source>Meldpunt letters</source>
        <translation>Meldpunt-brieven</translation>
    </message>
    <message>
        <source>The letters were not printed: %1</source>
        <translation>De brieven zijn niet afgedrukt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Did all %n letter(s) come out of the printer correctly? They are then marked as printed and leave the queue.</source>
        <translation>
            <numerusform>Is de brief correct uit de printer gekomen? Hij wordt dan als afgedrukt gemarkeerd en verlaat de wachtrij.</numerusform>
            <numerusform>Zijn alle %n brieven correct uit de printer gekomen? Ze worden dan als afgedrukt gemarkeerd en verlaten de wachtrij.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Print preview: %n letter(s)</source>
        <translation>
            <numerusform>Afdrukvoorbeeld: %n brief</numerusform>
            <numerusform>Afdrukvoorbeeld: %n brieven</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the letters first.</source>
        <translation>Selecteer eerst de brieven.</translation>
    </message>
    <message>
        <source>letters-%1.pdf</source>
        <translation>brieven-%1.pdf</translation>
    </message>
    <message>
        <source>The PDF was not written: %1</source>
        <translation>De PDF is niet geschreven: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) saved in %1. Mark them as printed now? (Say no if you print the PDF later.)</source>
        <translation>
            <numerusform>%n brief opgeslagen in %1. Nu als afgedrukt markeren? (Kies nee als u de PDF later afdrukt.)</numerusform>
            <numerusform>%n brieven opgeslagen in %1. Nu als afgedrukt markeren? (Kies nee als u de PDF later afdrukt.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meldpunt::QueueModel</name>
    <message>
        <source>done same day</source>
        <translation>afgehandeld op dezelfde dag</translation>
    </message>
    <message numerus="yes">
        <source>done in %n d</source>
        <translation>
            <numerusform>afgehandeld in %n d</numerusform>
            <numerusform>afgehandeld in %n d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d overdue</source>
        <translation>
            <numerusform>%n d te laat</numerusform>
            <numerusform>%n d te laat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h overdue</source>
        <translation>
            <numerusform>%n u te laat</numerusform>
            <numerusform>%n u te laat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %n d</source>
        <translation>
            <numerusform>deadline over %n d</numerusform>
            <numerusform>deadline over %n d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %n h</source>
        <translation>
            <numerusform>deadline over %n u</numerusform>
            <numerusform>deadline over %n u</numerusform>
        </translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>vandaag %1</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>gisteren %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Deadline %1</translation>
    </message>
    <message>
        <source>More than three times its handling time: escalate.</source>
        <translation>Meer dan drie keer de behandeltermijn: escaleren.</translation>
    </message>
    <message>
        <source>No department yet; choose one with D.</source>
        <translation>Nog geen dienst; kies er een met D.</translation>
    </message>
    <message>
        <source>Suggested: %1. Press Enter to route it there, D to choose another.</source>
        <translation>Voorgesteld: %1. Druk op Enter om door te sturen, D om een andere te kiezen.</translation>
    </message>
    <message>
        <source>Changed: no longer matches the filter. It stays here until you refresh (F5).</source>
        <translation>Gewijzigd: voldoet niet meer aan de filter. De melding blijft hier tot u vernieuwt (F5).</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Behandelaar</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation>Klik om op deze kolom te sorteren</translation>
    </message>
</context>
<context>
    <name>meldpunt::ReplyDialog</name>
    <message>
        <source>Reply to the citizen</source>
        <translation>Antwoorden aan de burger</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Verzenden</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Burger</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Your own words for this reply: a question, an explanation, who else to contact. They go where the template says {{reply.note}}.</source>
        <translation>Uw eigen woorden voor dit antwoord: een vraag, een uitleg, wie nog gecontacteerd kan worden. Ze komen waar het sjabloon {{reply.note}} zegt.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>What was said, what was agreed.</source>
        <translation>Wat er gezegd is, wat er is afgesproken.</translation>
    </message>
    <message>
        <source>What to say</source>
        <translation>Wat te zeggen</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Call note</source>
        <translation>Gespreksnotitie</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Sjabloon</translation>
    </message>
    <message>
        <source>Preview for</source>
        <translation>Voorbeeld voor</translation>
    </message>
    <message>
        <source>Send the reply?</source>
        <translation>Het antwoord verzenden?</translation>
    </message>
    <message>
        <source>The report no longer exists; there is nothing to answer.</source>
        <translation>De melding bestaat niet meer; er is niets om te beantwoorden.</translation>
    </message>
    <message>
        <source>%1 (reported it too)</source>
        <translation>%1 (meldde het ook)</translation>
    </message>
    <message>
        <source>Reported the same problem; merged into this report</source>
        <translation>Meldde hetzelfde probleem; samengevoegd met deze melding</translation>
    </message>
    <message>
        <source>Reported this problem</source>
        <translation>Meldde dit probleem</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Write down what was said on the phone with %1.</source>
        <translation>Noteer wat er telefonisch met %1 gezegd is.</translation>
    </message>
    <message>
        <source>No value for: %1.</source>
        <translation>Geen waarde voor: %1.</translation>
    </message>
    <message>
        <source>Unknown fields: %1.</source>
        <translation>Onbekende velden: %1.</translation>
    </message>
    <message>
        <source>Nobody gets this channel.</source>
        <translation>Niemand krijgt dit kanaal.</translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>Het antwoord verzenden</translation>
    </message>
    <message numerus="yes">
        <source>Send %n replies</source>
        <translation>
            <numerusform>%n antwoord verzenden</numerusform>
            <numerusform>%n antwoorden verzenden</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one citizen to answer.</source>
        <translation>Kies minstens één burger om te antwoorden.</translation>
    </message>
    <message>
        <source>Choose another channel for them or leave them out.</source>
        <translation>Kies een ander kanaal voor hen of laat hen weg.</translation>
    </message>
    <message>
        <source>The reply has no value for: %1. Those places show a marked placeholder. Send it anyway?</source>
        <translation>Het antwoord heeft geen waarde voor: %1. Die plaatsen tonen een gemarkeerde plaatshouder. Toch verzenden?</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>This report is anonymous or its citizen was anonymised: there is nobody to answer.</source>
        <translation>Deze melding is anoniem of de burger ervan is geanonimiseerd: er is niemand om te antwoorden.</translation>
    </message>
    <message>
        <source>%1 (no e-mail address)</source>
        <translation>%1 (geen e-mailadres)</translation>
    </message>
</context>
<context>
    <name>meldpunt::ReportCommands</name>
    <message numerus="yes">
        <source>Route %n report(s) to %1</source>
        <translation>
            <numerusform>%n melding doorsturen naar %1</numerusform>
            <numerusform>%n meldingen doorsturen naar %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The category of %1 has no suggested department; choose one with D.</source>
        <translation>De categorie van %1 heeft geen voorgestelde dienst; kies er een met D.</translation>
    </message>
    <message numerus="yes">
        <source>Route %n report(s) to their suggested departments</source>
        <translation>
            <numerusform>%n melding doorsturen naar de voorgestelde dienst</numerusform>
            <numerusform>%n meldingen doorsturen naar hun voorgestelde diensten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set category of %n report(s) to %1</source>
        <translation>
            <numerusform>Categorie van %n melding instellen op %1</numerusform>
            <numerusform>Categorie van %n meldingen instellen op %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set priority of %n report(s) to %1</source>
        <translation>
            <numerusform>Prioriteit van %n melding instellen op %1</numerusform>
            <numerusform>Prioriteit van %n meldingen instellen op %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set status of %n report(s) to %1</source>
        <translation>
            <numerusform>Status van %n melding instellen op %1</numerusform>
            <numerusform>Status van %n meldingen instellen op %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %n report(s) to %1</source>
        <translation>
            <numerusform>%n melding toewijzen aan %1</numerusform>
            <numerusform>%n meldingen toewijzen aan %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as duplicate of %1</source>
        <translation>Markeren als dubbel van %1</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notitie toevoegen</translation>
    </message>
</context>
<context>
    <name>meldpunt::SyncEngine</name>
    <message>
        <source>The server has no Meldpunt schema; an administrator creates it with “meldpunt server init”.</source>
        <translation>De server heeft geen Meldpunt-schema; een beheerder maakt het aan met “meldpunt server init”.</translation>
    </message>
    <message>
        <source>The central database is newer (schema %1) than this program (%2); install the newer Meldpunt.</source>
        <translation>De centrale databank is nieuwer (schema %1) dan dit programma (%2); installeer de nieuwere Meldpunt.</translation>
    </message>
    <message>
        <source>The server did not accept LISTEN: %1</source>
        <translation>De server aanvaardde LISTEN niet: %1</translation>
    </message>
    <message>
        <source>Not connected to the central database.</source>
        <translation>Niet verbonden met de centrale databank.</translation>
    </message>
    <message>
        <source>The first sync was cancelled; it starts again at the next connection.</source>
        <translation>De eerste synchronisatie werd geannuleerd; ze begint opnieuw bij de volgende verbinding.</translation>
    </message>
    <message>
        <source>The server did not take the changes: %1</source>
        <translation>De server nam de wijzigingen niet aan: %1</translation>
    </message>
    <message>
        <source>The server answered %1 of %2 changes.</source>
        <translation>De server beantwoordde %1 van %2 wijzigingen.</translation>
    </message>
</context>
<context>
    <name>meldpunt::SyncStatusWidget</name>
    <message>
        <source>Sync now</source>
        <translation>Nu synchroniseren</translation>
    </message>
    <message>
        <source>Conflicts…</source>
        <translation>Conflicten…</translation>
    </message>
    <message>
        <source>Central database…</source>
        <translation>Centrale databank…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchroniseren…</translation>
    </message>
    <message>
        <source>First sync…</source>
        <translation>Eerste synchronisatie…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>gesynchroniseerd om %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n wijziging wacht</numerusform>
            <numerusform>%n wijzigingen wachten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicten</numerusform>
        </translation>
    </message>
    <message>
        <source>The central database cannot be reached. You work on this desk&apos;s copy; the changes are sent when it is back.</source>
        <translation>De centrale databank is niet bereikbaar. U werkt op de kopie van deze werkplek; de wijzigingen worden verstuurd als ze terug is.</translation>
    </message>
    <message>
        <source>This desk works on a copy of the central database, kept up to date as other desks change it.</source>
        <translation>Deze werkplek werkt op een kopie van de centrale databank, bijgewerkt terwijl andere werkplekken ze wijzigen.</translation>
    </message>
</context>
<context>
    <name>meldpunt::TemplateEditor</name>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>Vet (Ctrl+B)</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>Cursief (Ctrl+I)</translation>
    </message>
    <message>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <source>Underline (Ctrl+U)</source>
        <translation>Onderstrepen (Ctrl+U)</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Lijst</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Lijst met opsommingstekens</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Lijst</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Genummerde lijst</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Kop</translation>
    </message>
    <message>
        <source>Make the paragraph a heading</source>
        <translation>Van de alinea een kop maken</translation>
    </message>
    <message>
        <source>Plain</source>
        <translation>Standaard</translation>
    </message>
    <message>
        <source>Remove bold, italic and underline from the selection</source>
        <translation>Vet, cursief en onderstreping uit de selectie verwijderen</translation>
    </message>
    <message>
        <source>Insert field</source>
        <translation>Veld invoegen</translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation>Bijvoorbeeld: %1</translation>
    </message>
    <message>
        <source>GSM-7</source>
        <translation>GSM-7</translation>
    </message>
    <message>
        <source>UCS-2 (a character outside GSM-7)</source>
        <translation>UCS-2 (een teken buiten GSM-7)</translation>
    </message>
    <message numerus="yes">
        <source>%1 characters · %n SMS · %2 · %3 left</source>
        <translation>
            <numerusform>%1 tekens · %n sms · %2 · nog %3</numerusform>
            <numerusform>%1 tekens · %n sms&apos;en · %2 · nog %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meldpunt::TemplatePreview</name>
    <message>
        <source>Previous page</source>
        <translation>Vorige pagina</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Volgende pagina</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Van:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Aan:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Onderwerp:</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>Aan %1</translation>
    </message>
    <message>
        <source>No value for this report: %1. It shows as a marked placeholder; fill it in or change the text.</source>
        <translation>Geen waarde voor deze melding: %1. Er verschijnt een gemarkeerde plaatshouder; vul het in of pas de tekst aan.</translation>
    </message>
    <message>
        <source>Unknown fields: %1.</source>
        <translation>Onbekende velden: %1.</translation>
    </message>
</context>
<context>
    <name>meldpunt::TileFetcher</name>
    <message>
        <source>The tile server %1 has no tile here (HTTP %2).</source>
        <translation>De tegelserver %1 heeft hier geen tegel (HTTP %2).</translation>
    </message>
    <message>
        <source>The tile server %1 refuses access (HTTP %2); check the address and its terms of use.</source>
        <translation>De tegelserver %1 weigert de toegang (HTTP %2); controleer het adres en de gebruiksvoorwaarden.</translation>
    </message>
    <message>
        <source>The tile server %1 rejected the request (HTTP %2).</source>
        <translation>De tegelserver %1 weigerde het verzoek (HTTP %2).</translation>
    </message>
    <message>
        <source>The tile server %1 has a problem (HTTP %2).</source>
        <translation>De tegelserver %1 heeft een probleem (HTTP %2).</translation>
    </message>
    <message>
        <source>The tile server %1 did not answer in time.</source>
        <translation>De tegelserver %1 antwoordde niet op tijd.</translation>
    </message>
    <message>
        <source>The tile server %1 cannot be reached: %2</source>
        <translation>De tegelserver %1 is niet bereikbaar: %2</translation>
    </message>
</context>
<context>
    <name>meldpunt::TileProvider</name>
    <message>
        <source>The tile server %1 sent something that is not an image.</source>
        <translation>De tegelserver %1 stuurde iets dat geen afbeelding is.</translation>
    </message>
    <message>
        <source>Offline map %1</source>
        <translation>Offlinekaart %1</translation>
    </message>
</context>
</TS>
