<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AddressImporter</name>
    <message>
        <source>%1, line %2: %3 Nothing was imported.</source>
        <translation>%1, ligne %2 : %3 Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>La base de données n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>%1 is UTF-16 encoded. Save it as UTF-8 (CSV UTF-8) and import it again. Nothing was imported.</source>
        <translation>%1 est encodé en UTF-16. Enregistrez-le en UTF-8 (CSV UTF-8) et importez-le à nouveau. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>the file is empty; a BeST openaddress CSV starts with a header line.</source>
        <translation>le fichier est vide ; un CSV BeST openaddress commence par une ligne d&apos;en-tête.</translation>
    </message>
    <message>
        <source>the text is not UTF-8 (perhaps Windows-1252 or Latin-1). Save the file as UTF-8 and try again.</source>
        <translation>le texte n&apos;est pas en UTF-8 (peut-être Windows-1252 ou Latin-1). Enregistrez le fichier en UTF-8 et réessayez.</translation>
    </message>
    <message>
        <source>the column(s) %1 are missing. A BeST openaddress CSV has the columns %2.</source>
        <translation>la ou les colonnes %1 sont manquantes. Un CSV BeST openaddress contient les colonnes %2.</translation>
    </message>
    <message>
        <source>The database is busy or read-only (%1). Nothing was imported.</source>
        <translation>La base de données est occupée ou en lecture seule (%1). Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The database has no address table (%1). Nothing was imported.</source>
        <translation>La base de données n&apos;a pas de table d&apos;adresses (%1). Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>it has %1 fields where the header has %2.</source>
        <translation>elle compte %1 champs alors que l&apos;en-tête en compte %2.</translation>
    </message>
    <message>
        <source>the latitude &quot;%1&quot; is not a number.</source>
        <translation>la latitude « %1 » n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>the longitude &quot;%1&quot; is not a number.</source>
        <translation>la longitude « %1 » n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>the latitude %1 is outside −90…90.</source>
        <translation>la latitude %1 est en dehors de −90…90.</translation>
    </message>
    <message>
        <source>the longitude %1 is outside −180…180.</source>
        <translation>la longitude %1 est en dehors de −180…180.</translation>
    </message>
    <message>
        <source>the address has no street name.</source>
        <translation>l&apos;adresse n&apos;a pas de nom de rue.</translation>
    </message>
    <message>
        <source>the address has no house number.</source>
        <translation>l&apos;adresse n&apos;a pas de numéro de maison.</translation>
    </message>
    <message>
        <source>the database refused the address (%1).</source>
        <translation>la base de données a refusé l&apos;adresse (%1).</translation>
    </message>
    <message>
        <source>%1 has a header but no addresses. Nothing was imported.</source>
        <translation>%1 a un en-tête mais aucune adresse. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Replacing the earlier addresses of %1 failed (%2). Nothing was imported.</source>
        <translation>Le remplacement des adresses précédentes de %1 a échoué (%2). Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Saving the addresses failed (%1). Nothing was imported.</source>
        <translation>L&apos;enregistrement des adresses a échoué (%1). Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Imports the address register (BeST openaddress CSV) or districts (GeoJSON) into a Meldpunt database.</source>
        <translation>Importe le registre des adresses (CSV BeST openaddress) ou les quartiers (GeoJSON) dans une base de données Meldpunt.</translation>
    </message>
    <message>
        <source>Database file to import into.</source>
        <translation>Fichier de base de données dans lequel importer.</translation>
    </message>
    <message>
        <source>Import into the demo database.</source>
        <translation>Importer dans la base de données de démonstration.</translation>
    </message>
    <message>
        <source>addresses or districts</source>
        <translation>adresses ou quartiers</translation>
    </message>
    <message>
        <source>The CSV or GeoJSON file.</source>
        <translation>Le fichier CSV ou GeoJSON.</translation>
    </message>
    <message>
        <source>Usage: meldpunt import addresses FILE.csv | meldpunt import districts FILE.geojson [--db FILE | --demo]</source>
        <translation>Utilisation : meldpunt import addresses FICHIER.csv | meldpunt import districts FICHIER.geojson [--db FICHIER | --demo]</translation>
    </message>
    <message>
        <source>Imported %1 addresses into %2 (replacing %3 earlier ones).</source>
        <translation>%1 adresses importées dans %2 (en remplacement de %3 adresses précédentes).</translation>
    </message>
    <message>
        <source>Imported %1 districts into %2 (%3 of them updated existing ones).</source>
        <translation>%1 quartiers importés dans %2 (dont %3 mis à jour).</translation>
    </message>
    <message>
        <source>Language: nl, fr or en.</source>
        <translation>Langue : nl, fr ou en.</translation>
    </message>
</context>
<context>
    <name>AddressIndex</name>
    <message>
        <source>The address register could not be read: %1</source>
        <translation>Le registre des adresses n&apos;a pas pu être lu : %1</translation>
    </message>
</context>
<context>
    <name>CityBackground</name>
    <message>
        <source>The districts could not be read: %1</source>
        <translation>Les quartiers n&apos;ont pas pu être lus : %1</translation>
    </message>
</context>
<context>
    <name>DashboardReport</name>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 au %2</translation>
    </message>
    <message>
        <source>Citizen reports: dashboard report</source>
        <translation>Signalements des citoyens : rapport du tableau de bord</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>Citizen reports dashboard · %1 · %2</source>
        <translation>Tableau de bord des signalements · %1 · %2</translation>
    </message>
    <message>
        <source>Produced on %1. Lead times in %2; a report&apos;s lead time runs from its reception to its last resolution; reports that are still open count in the backlog, not in lead times.</source>
        <translation>Établi le %1. Délais de traitement en %2 ; le délai de traitement d&apos;un signalement court de sa réception à sa dernière résolution ; les signalements encore ouverts comptent dans l&apos;arriéré, pas dans les délais de traitement.</translation>
    </message>
    <message>
        <source>Reports received</source>
        <translation>Signalements reçus</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Median lead time</source>
        <translation>Délai de traitement médian</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90e percentile</translation>
    </message>
    <message>
        <source>Within deadline</source>
        <translation>Dans le délai</translation>
    </message>
    <message>
        <source>Open (overdue)</source>
        <translation>Ouverts (en retard)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This period against a year earlier</source>
        <translation>Cette période par rapport à un an plus tôt</translation>
    </message>
    <message>
        <source>Engaged citizens per topic</source>
        <translation>Citoyens engagés par thème</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>District %1</source>
        <translation>Quartier %1</translation>
    </message>
    <message>
        <source>Only citizens who agreed to be contacted; names stay in the application.</source>
        <translation>Uniquement les citoyens qui ont accepté d&apos;être contactés ; les noms restent dans l&apos;application.</translation>
    </message>
    <message>
        <source>Engaged citizens</source>
        <translation>Citoyens engagés</translation>
    </message>
</context>
<context>
    <name>DashboardTables</name>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Mean (%1)</source>
        <translation>Moyenne (%1)</translation>
    </message>
    <message>
        <source>Median (%1)</source>
        <translation>Médiane (%1)</translation>
    </message>
    <message>
        <source>90th percentile (%1)</source>
        <translation>90e percentile (%1)</translation>
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
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>jours ouvrables</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation>Catégorie %1</translation>
    </message>
    <message>
        <source>No department</source>
        <translation>Aucun service</translation>
    </message>
    <message>
        <source>Department %1</source>
        <translation>Service %1</translation>
    </message>
    <message>
        <source>No district</source>
        <translation>Aucun quartier</translation>
    </message>
    <message>
        <source>District %1</source>
        <translation>Quartier %1</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Part (%)</translation>
    </message>
    <message>
        <source>Reports received per %1</source>
        <translation>Signalements reçus par %1</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Année précédente</translation>
    </message>
    <message>
        <source>Change (%)</source>
        <translation>Variation (%)</translation>
    </message>
    <message>
        <source>Reports per category</source>
        <translation>Signalements par catégorie</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Reports per department</source>
        <translation>Signalements par service</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Reports per channel</source>
        <translation>Signalements par canal</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Reports per district</source>
        <translation>Signalements par quartier</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Quartier</translation>
    </message>
    <message>
        <source>Lead time per department (%1)</source>
        <translation>Délai de traitement par service (%1)</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Tous les services</translation>
    </message>
    <message>
        <source>Lead time per category (%1)</source>
        <translation>Délai de traitement par catégorie (%1)</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Deadline compliance per department</source>
        <translation>Respect des délais par service</translation>
    </message>
    <message>
        <source>Resolved within deadline</source>
        <translation>Résolus dans le délai</translation>
    </message>
    <message>
        <source>Resolved within 3× the period</source>
        <translation>Résolus dans 3× le délai</translation>
    </message>
    <message>
        <source>Resolved later</source>
        <translation>Résolus plus tard</translation>
    </message>
    <message>
        <source>Open, on time</source>
        <translation>Ouverts, dans les temps</translation>
    </message>
    <message>
        <source>Open, overdue</source>
        <translation>Ouverts, en retard</translation>
    </message>
    <message>
        <source>Within deadline (%)</source>
        <translation>Dans le délai (%)</translation>
    </message>
    <message>
        <source>Open reports at the end of each day</source>
        <translation>Signalements ouverts à la fin de chaque jour</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverts</translation>
    </message>
    <message>
        <source>Of which overdue</source>
        <translation>Dont en retard</translation>
    </message>
    <message>
        <source>Age of open reports</source>
        <translation>Ancienneté des signalements ouverts</translation>
    </message>
    <message>
        <source>Age (days)</source>
        <translation>Ancienneté (jours)</translation>
    </message>
    <message>
        <source>Open reports</source>
        <translation>Signalements ouverts</translation>
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
        <translation>D&apos;une année à l&apos;autre : %1 – %2 par rapport à %3 – %4</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Cette période</translation>
    </message>
    <message>
        <source>A year earlier</source>
        <translation>Un an plus tôt</translation>
    </message>
    <message>
        <source>Reports received</source>
        <translation>Signalements reçus</translation>
    </message>
    <message>
        <source>Reports resolved</source>
        <translation>Signalements résolus</translation>
    </message>
    <message>
        <source>Median lead time (%1)</source>
        <translation>Délai de traitement médian (%1)</translation>
    </message>
    <message>
        <source>Mean lead time (%1)</source>
        <translation>Délai de traitement moyen (%1)</translation>
    </message>
    <message>
        <source>90th percentile lead time (%1)</source>
        <translation>Délai de traitement au 90e percentile (%1)</translation>
    </message>
    <message>
        <source>Streets with the most reports</source>
        <translation>Rues avec le plus de signalements</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Engaged citizens per topic (consented to be contacted)</source>
        <translation>Citoyens engagés par thème (ayant accepté d&apos;être contactés)</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Citoyen</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Deadline compliance per category</source>
        <translation>Respect des délais par catégorie</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>La base de données %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot create the folder for the database %1.</source>
        <translation>Impossible de créer le dossier de la base de données %1.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>The database %1 is read-only. Meldpunt needs to write to it; ask your administrator for write access or copy the file to a folder of your own.</source>
        <translation>La base de données %1 est en lecture seule. Meldpunt doit pouvoir y écrire ; demandez à votre administrateur un accès en écriture ou copiez le fichier dans un dossier personnel.</translation>
    </message>
    <message>
        <source>%1 is not a Meldpunt database or it is damaged. The file was left as it is; restore it from a backup.</source>
        <translation>%1 n&apos;est pas une base de données Meldpunt ou est endommagé. Le fichier n&apos;a pas été modifié ; restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d&apos;ouvrir la base de données %1 : %2</translation>
    </message>
    <message>
        <source>The database %1 is locked by another program. Close that program and try again.</source>
        <translation>La base de données %1 est verrouillée par un autre programme. Fermez ce programme et réessayez.</translation>
    </message>
    <message>
        <source>%1 is not a Meldpunt database or it is damaged (%2). The file was left as it is.</source>
        <translation>%1 n&apos;est pas une base de données Meldpunt ou est endommagé (%2). Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Meldpunt (schema %2; this version knows up to %3). Install the newer version; the file was not changed.</source>
        <translation>La base de données %1 a été écrite par une version plus récente de Meldpunt (schéma %2 ; cette version connaît jusqu&apos;au %3). Installez la version plus récente ; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is an SQLite file but not a Meldpunt database. The file was left as it is.</source>
        <translation>%1 est un fichier SQLite mais pas une base de données Meldpunt. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The database %1 is read-only.</source>
        <translation>La base de données %1 est en lecture seule.</translation>
    </message>
    <message>
        <source>Cannot update the database %1: %2</source>
        <translation>Impossible de mettre à jour la base de données %1 : %2</translation>
    </message>
    <message>
        <source>migration %1 is missing</source>
        <translation>la migration %1 est manquante</translation>
    </message>
    <message>
        <source>Updating the database %1 to schema %2 failed (%3). Nothing was changed.</source>
        <translation>La mise à jour de la base de données %1 vers le schéma %2 a échoué (%3). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Updating the database %1 failed (%2). Nothing was changed.</source>
        <translation>La mise à jour de la base de données %1 a échoué (%2). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The folder of the database %1 is read-only. Meldpunt needs to create files beside the database; ask your administrator for write access or copy the file to a folder of your own.</source>
        <translation>Le dossier de la base de données %1 est en lecture seule. Meldpunt doit pouvoir créer des fichiers à côté de la base de données ; demandez à votre administrateur un accès en écriture ou copiez le fichier dans un dossier personnel.</translation>
    </message>
    <message>
        <source>The database %1 is in use elsewhere in the program; it was left as it was.</source>
        <translation>La base de données %1 est utilisée ailleurs dans le programme ; elle est restée telle quelle.</translation>
    </message>
    <message>
        <source>Another program has the database %1 open; close it and try again.</source>
        <translation>Un autre programme a ouvert la base de données %1 ; fermez-le et réessayez.</translation>
    </message>
    <message>
        <source>The new database could not take the place of %1: %2</source>
        <translation>La nouvelle base de données n&apos;a pas pu remplacer %1 : %2</translation>
    </message>
    <message>
        <source>The new database %1 does not open.</source>
        <translation>La nouvelle base de données %1 ne s&apos;ouvre pas.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Generating the demo database was cancelled.</source>
        <translation>La génération de la base de données de démonstration a été annulée.</translation>
    </message>
    <message>
        <source>The number of reports cannot be negative.</source>
        <translation>Le nombre de signalements ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>The file %1 already exists. Choose another name or allow replacing it.</source>
        <translation>Le fichier %1 existe déjà. Choisissez un autre nom ou autorisez son remplacement.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot write in the folder %1: %2</source>
        <translation>Impossible d&apos;écrire dans le dossier %1 : %2</translation>
    </message>
    <message>
        <source>Could not generate the demo database %1: %2</source>
        <translation>Impossible de générer la base de données de démonstration %1 : %2</translation>
    </message>
    <message>
        <source>Could not put the demo database in place as %1: %2</source>
        <translation>Impossible de mettre en place la base de données de démonstration sous %1 : %2</translation>
    </message>
    <message>
        <source>The database schema has no search index.</source>
        <translation>Le schéma de la base de données n&apos;a pas d&apos;index de recherche.</translation>
    </message>
</context>
<context>
    <name>DistrictImporter</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not valid GeoJSON: %2 at byte %3. Nothing was imported.</source>
        <translation>%1 n&apos;est pas un GeoJSON valide : %2 à l&apos;octet %3. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1 is not a GeoJSON FeatureCollection (its type is &quot;%2&quot;). Nothing was imported.</source>
        <translation>%1 n&apos;est pas une FeatureCollection GeoJSON (son type est « %2 »). Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1 uses the coordinate system %2; Meldpunt needs WGS84 longitude/latitude (EPSG:4326). Nothing was imported.</source>
        <translation>%1 utilise le système de coordonnées %2 ; Meldpunt a besoin de longitude/latitude WGS84 (EPSG:4326). Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1 has no features. Nothing was imported.</source>
        <translation>%1 ne contient aucune entité. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>entité %1</translation>
    </message>
    <message>
        <source>feature %1 (%2)</source>
        <translation>entité %1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2: it is not a GeoJSON Feature. Nothing was imported.</source>
        <translation>%1, %2 : ce n&apos;est pas une Feature GeoJSON. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1, %2: it has no name property (name or name_nl). Nothing was imported.</source>
        <translation>%1, %2 : elle n&apos;a pas de propriété de nom (name ou name_nl). Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1, %2: it has no geometry. Nothing was imported.</source>
        <translation>%1, %2 : elle n&apos;a pas de géométrie. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1, %2: invalid geometry: %3. Nothing was imported.</source>
        <translation>%1, %2 : géométrie non valide : %3. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1, %2: its code %3 is used by an earlier feature too. Nothing was imported.</source>
        <translation>%1, %2 : son code %3 est déjà utilisé par une entité précédente. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>La base de données n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>The database is busy or read-only (%1). Nothing was imported.</source>
        <translation>La base de données est occupée ou en lecture seule (%1). Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The database has no district table (%1). Nothing was imported.</source>
        <translation>La base de données n&apos;a pas de table des quartiers (%1). Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1, feature %2 (%3): the database refused it (%4). Nothing was imported.</source>
        <translation>%1, entité %2 (%3) : la base de données l&apos;a refusée (%4). Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Saving the districts failed (%1). Nothing was imported.</source>
        <translation>L&apos;enregistrement des quartiers a échoué (%1). Rien n&apos;a été importé.</translation>
    </message>
</context>
<context>
    <name>FirstPull</name>
    <message>
        <source>The desk&apos;s database lacks the history or the full-text table.</source>
        <translation>La base de données de ce poste n&apos;a pas la table d&apos;historique ou de recherche.</translation>
    </message>
    <message>
        <source>The first sync was cancelled; it starts again at the next connection.</source>
        <translation>La première synchronisation a été annulée ; elle recommence à la prochaine connexion.</translation>
    </message>
    <message>
        <source>The new replica could not be written to the disk: %1</source>
        <translation>La nouvelle réplique n&apos;a pas pu être écrite sur le disque : %1</translation>
    </message>
    <message>
        <source>The reports did not all reach the search index.</source>
        <translation>Les signalements ne sont pas tous parvenus à l&apos;index de recherche.</translation>
    </message>
</context>
<context>
    <name>GeoShape</name>
    <message>
        <source>point %1 is not a [longitude, latitude] pair</source>
        <translation>le point %1 n&apos;est pas une paire [longitude, latitude]</translation>
    </message>
    <message>
        <source>point %1 (%2, %3) is outside longitude −180…180 / latitude −90…90</source>
        <translation>le point %1 (%2, %3) est en dehors de la longitude −180…180 / latitude −90…90</translation>
    </message>
    <message numerus="yes">
        <source>a ring has %n point(s); a closed ring needs at least 4</source>
        <translation>
            <numerusform>un anneau a %n point ; un anneau fermé en nécessite au moins 4</numerusform>
            <numerusform>un anneau a %n points ; un anneau fermé en nécessite au moins 4</numerusform>
        </translation>
    </message>
    <message>
        <source>a ring is not closed (its last point differs from its first)</source>
        <translation>un anneau n&apos;est pas fermé (son dernier point diffère du premier)</translation>
    </message>
    <message>
        <source>a polygon has no rings</source>
        <translation>un polygone n&apos;a pas d&apos;anneaux</translation>
    </message>
    <message>
        <source>ring %1 is not an array of points</source>
        <translation>l&apos;anneau %1 n&apos;est pas un tableau de points</translation>
    </message>
    <message>
        <source>outer ring: %1</source>
        <translation>anneau extérieur : %1</translation>
    </message>
    <message>
        <source>hole %1: %2</source>
        <translation>trou %1 : %2</translation>
    </message>
    <message>
        <source>ring %1 has no area (all its points lie on one line)</source>
        <translation>l&apos;anneau %1 n&apos;a pas de surface (tous ses points sont alignés)</translation>
    </message>
    <message>
        <source>a MultiPolygon has no polygons</source>
        <translation>un MultiPolygon n&apos;a pas de polygones</translation>
    </message>
    <message>
        <source>polygon %1: %2</source>
        <translation>polygone %1 : %2</translation>
    </message>
    <message>
        <source>the geometry is a %1, not a Polygon or MultiPolygon</source>
        <translation>la géométrie est un %1, pas un Polygon ni un MultiPolygon</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>the stored outline is not GeoJSON coordinates</source>
        <translation>le contour enregistré n&apos;est pas constitué de coordonnées GeoJSON</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Formulaire web</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Guichet</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>No reply</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Appel téléphonique</translation>
    </message>
</context>
<context>
    <name>LetterRenderer</name>
    <message>
        <source>There are no letters to print.</source>
        <translation>Il n&apos;y a aucune lettre à imprimer.</translation>
    </message>
    <message>
        <source>The printer or file could not be opened for printing.</source>
        <translation>L&apos;imprimante ou le fichier n&apos;a pas pu être ouvert pour l&apos;impression.</translation>
    </message>
    <message numerus="yes">
        <source>The printer refused a new page after %n letter(s).</source>
        <translation>
            <numerusform>L&apos;imprimante a refusé une nouvelle page après %n lettre.</numerusform>
            <numerusform>L&apos;imprimante a refusé une nouvelle page après %n lettres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>L&apos;impression a été annulée.</translation>
    </message>
    <message>
        <source>The printer or file reported an error while finishing the print job.</source>
        <translation>L&apos;imprimante ou le fichier a signalé une erreur à la fin du travail d&apos;impression.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n lettre</numerusform>
            <numerusform>%n lettres</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF file %1 could not be written.</source>
        <translation>Le fichier PDF %1 n&apos;a pas pu être écrit.</translation>
    </message>
</context>
<context>
    <name>LetterSettings</name>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>Les paramètres n&apos;ont pas pu être enregistrés : %1</translation>
    </message>
    <message>
        <source>None (local relay only)</source>
        <translation>Aucun (relais local uniquement)</translation>
    </message>
    <message>
        <source>STARTTLS when offered</source>
        <translation>STARTTLS si proposé</translation>
    </message>
    <message>
        <source>STARTTLS, required</source>
        <translation>STARTTLS, obligatoire</translation>
    </message>
    <message>
        <source>TLS (SMTPS, port 465)</source>
        <translation>TLS (SMTPS, port 465)</translation>
    </message>
    <message>
        <source>The SMTP password is not stored in the database. Enter env:NAME (an environment variable), file:PATH (a file only you can read) or ask (asked once per session).</source>
        <translation>Le mot de passe SMTP n&apos;est pas enregistré dans la base de données. Indiquez env:NOM (une variable d&apos;environnement), file:CHEMIN (un fichier que vous seul pouvez lire) ou ask (demandé une fois par session).</translation>
    </message>
</context>
<context>
    <name>LetterTypes</name>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>Accusé de réception</translation>
    </message>
    <message>
        <source>Forwarded to department</source>
        <translation>Transmis au service</translation>
    </message>
    <message>
        <source>Work planned</source>
        <translation>Travaux planifiés</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Not our responsibility</source>
        <translation>Hors de nos compétences</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <source>Question to the citizen</source>
        <translation>Question au citoyen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Imprimé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Reached the citizen</source>
        <translation>Citoyen joint</translation>
    </message>
    <message>
        <source>Left a voicemail</source>
        <translation>Message vocal laissé</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Mauvais numéro</translation>
    </message>
</context>
<context>
    <name>MBTilesReader</name>
    <message>
        <source>The offline map %1 does not exist.</source>
        <translation>La carte hors ligne %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The offline map %1 cannot be read: %2</source>
        <translation>La carte hors ligne %1 ne peut pas être lue : %2</translation>
    </message>
    <message>
        <source>%1 is not an MBTiles file (it is not an SQLite database).</source>
        <translation>%1 n&apos;est pas un fichier MBTiles (ce n&apos;est pas une base de données SQLite).</translation>
    </message>
    <message>
        <source>The offline map %1 cannot be opened: %2</source>
        <translation>La carte hors ligne %1 ne peut pas être ouverte : %2</translation>
    </message>
    <message>
        <source>%1 is not an MBTiles file or it is damaged (%2).</source>
        <translation>%1 n&apos;est pas un fichier MBTiles ou est endommagé (%2).</translation>
    </message>
    <message>
        <source>%1 is damaged: its metadata cannot be read (%2).</source>
        <translation>%1 est endommagé : ses métadonnées ne peuvent pas être lues (%2).</translation>
    </message>
    <message>
        <source>%1 holds vector tiles; Meldpunt can show raster MBTiles (PNG, JPEG, WebP) only.</source>
        <translation>%1 contient des tuiles vectorielles ; Meldpunt ne peut afficher que des MBTiles matriciels (PNG, JPEG, WebP).</translation>
    </message>
    <message>
        <source>The offline map is not open.</source>
        <translation>La carte hors ligne n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>The offline map %1 is damaged: tile %2/%3/%4 cannot be read (%5).</source>
        <translation>La carte hors ligne %1 est endommagée : la tuile %2/%3/%4 ne peut pas être lue (%5).</translation>
    </message>
    <message>
        <source>The offline map %1 is damaged: tile %2/%3/%4 is empty.</source>
        <translation>La carte hors ligne %1 est endommagée : la tuile %2/%3/%4 est vide.</translation>
    </message>
    <message>
        <source>The offline map %1 is damaged: tile %2/%3/%4 is not an image.</source>
        <translation>La carte hors ligne %1 est endommagée : la tuile %2/%3/%4 n&apos;est pas une image.</translation>
    </message>
</context>
<context>
    <name>MapReportLoader</name>
    <message>
        <source>The map cannot read the database: it is not open.</source>
        <translation>La carte ne peut pas lire la base de données : elle n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>The map could not read the reports: %1</source>
        <translation>La carte n&apos;a pas pu lire les signalements : %1</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>Citizen</source>
        <translation>Citoyen</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Signalement</translation>
    </message>
    <message>
        <source>City and sender</source>
        <translation>Ville et expéditeur</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Rue et numéro</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Full postal address</source>
        <translation>Adresse postale complète</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Date de réception</translation>
    </message>
    <message>
        <source>Date and time received</source>
        <translation>Date et heure de réception</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Main category</source>
        <translation>Catégorie principale</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localisation</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Quartier</translation>
    </message>
    <message>
        <source>Description (as the citizen wrote it)</source>
        <translation>Description (telle que rédigée par le citoyen)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Date d&apos;échéance</translation>
    </message>
    <message>
        <source>Date resolved</source>
        <translation>Date de résolution</translation>
    </message>
    <message>
        <source>Received through</source>
        <translation>Reçu via</translation>
    </message>
    <message>
        <source>Reference of the original report</source>
        <translation>Référence du signalement d&apos;origine</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Department e-mail</source>
        <translation>E-mail du service</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>City address</source>
        <translation>Adresse de la ville</translation>
    </message>
    <message>
        <source>City phone</source>
        <translation>Téléphone de la ville</translation>
    </message>
    <message>
        <source>City e-mail</source>
        <translation>E-mail de la ville</translation>
    </message>
    <message>
        <source>City website</source>
        <translation>Site web de la ville</translation>
    </message>
    <message>
        <source>Today&apos;s date</source>
        <translation>Date du jour</translation>
    </message>
    <message>
        <source>Your own text (typed in the reply)</source>
        <translation>Votre propre texte (saisi dans la réponse)</translation>
    </message>
    <message>
        <source>[missing: %1]</source>
        <translation>[manquant : %1]</translation>
    </message>
    <message>
        <source>&quot;}}&quot; without an opening &quot;{{&quot; near &quot;%1&quot;.</source>
        <translation>« }} » sans « {{ » ouvrant près de « %1 ».</translation>
    </message>
    <message>
        <source>A field is opened with &quot;{{&quot; but never closed: &quot;%1&quot;.</source>
        <translation>Un champ est ouvert par « {{ » mais jamais fermé : « %1 ».</translation>
    </message>
    <message>
        <source>Unknown field {{%1}}: it will show as written.</source>
        <translation>Champ inconnu {{%1}} : il s&apos;affichera tel quel.</translation>
    </message>
    <message>
        <source>The field {{%1}} is cut by formatting; remove it and insert it again from the field menu.</source>
        <translation>Le champ {{%1}} est coupé par la mise en forme ; supprimez-le et insérez-le à nouveau depuis le menu des champs.</translation>
    </message>
    <message>
        <source>The closing tag &lt;/%1&gt; does not match an open tag.</source>
        <translation>La balise fermante &lt;/%1&gt; ne correspond à aucune balise ouverte.</translation>
    </message>
    <message>
        <source>The tag &lt;%1&gt; is never closed.</source>
        <translation>La balise &lt;%1&gt; n&apos;est jamais fermée.</translation>
    </message>
</context>
<context>
    <name>MessageStore</name>
    <message>
        <source>The reply could not be recorded: %1</source>
        <translation>La réponse n&apos;a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>The messages could not be read: %1</source>
        <translation>Les messages n&apos;ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>The letters could not be marked as printed: %1</source>
        <translation>Les lettres n&apos;ont pas pu être marquées comme imprimées : %1</translation>
    </message>
    <message>
        <source>The message could not be queued again: %1</source>
        <translation>Le message n&apos;a pas pu être remis en file d&apos;attente : %1</translation>
    </message>
    <message>
        <source>This message was sent or is being sent; it is not sent again.</source>
        <translation>Ce message a été envoyé ou est en cours d&apos;envoi ; il n&apos;est pas renvoyé.</translation>
    </message>
    <message>
        <source>Cancelled by %1</source>
        <translation>Annulé par %1</translation>
    </message>
    <message>
        <source>This message was sent or is being sent; it cannot be cancelled.</source>
        <translation>Ce message a été envoyé ou est en cours d&apos;envoi ; il ne peut pas être annulé.</translation>
    </message>
    <message>
        <source>Interrupted while sending; it may or may not have arrived. Check with the citizen before you send it again.</source>
        <translation>Interrompu pendant l&apos;envoi ; il est peut-être arrivé, peut-être pas. Vérifiez auprès du citoyen avant de le renvoyer.</translation>
    </message>
</context>
<context>
    <name>PickerItems</name>
    <message>
        <source>only from %1</source>
        <translation>uniquement à partir de %1</translation>
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
        <translation>Ce fichier est la copie d&apos;une autre base centrale ; ouvrez une copie propre.</translation>
    </message>
    <message>
        <source>The server sent a row of %1 with %2 fields; %3 expected.</source>
        <translation>Le serveur a envoyé une ligne de %1 avec %2 champs ; %3 attendus.</translation>
    </message>
    <message>
        <source>Applying %1 %2 failed: %3</source>
        <translation>L&apos;application de %1 %2 a échoué : %3</translation>
    </message>
    <message>
        <source>Row %1 of %2 from the server breaks a rule of this desk&apos;s database: %3.</source>
        <translation>La ligne %1 de %2 envoyée par le serveur enfreint une règle de la base de données de ce poste : %3.</translation>
    </message>
</context>
<context>
    <name>Replies</name>
    <message>
        <source>Bags of rubbish next to the bottle bank.</source>
        <translation>Sacs de déchets à côté de la bulle à verre.</translation>
    </message>
    <message>
        <source>%1 was anonymised; no reply can be sent.</source>
        <translation>%1 a été anonymisé ; aucune réponse ne peut être envoyée.</translation>
    </message>
    <message>
        <source>%1 has no e-mail address.</source>
        <translation>%1 n&apos;a pas d&apos;adresse e-mail.</translation>
    </message>
    <message>
        <source>%1 has no mobile number.</source>
        <translation>%1 n&apos;a pas de numéro de portable.</translation>
    </message>
    <message>
        <source>%1 has no phone number.</source>
        <translation>%1 n&apos;a pas de numéro de téléphone.</translation>
    </message>
    <message>
        <source>%1 has no complete postal address.</source>
        <translation>%1 n&apos;a pas d&apos;adresse postale complète.</translation>
    </message>
    <message>
        <source>%1 asked not to receive replies.</source>
        <translation>%1 a demandé à ne pas recevoir de réponses.</translation>
    </message>
</context>
<context>
    <name>ReportStore</name>
    <message>
        <source>%1: the database is locked by another program. Nothing was saved; try again in a moment.</source>
        <translation>%1 : la base de données est verrouillée par un autre programme. Rien n&apos;a été enregistré ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>%1: the database is read-only. Nothing was saved.</source>
        <translation>%1 : la base de données est en lecture seule. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>%1: the database refused the change (%2). Nothing was saved.</source>
        <translation>%1 : la base de données a refusé la modification (%2). Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Loading the queue</source>
        <translation>Chargement de la file d&apos;attente</translation>
    </message>
    <message>
        <source>Counting reports</source>
        <translation>Comptage des signalements</translation>
    </message>
    <message>
        <source>Changing the report</source>
        <translation>Modification du signalement</translation>
    </message>
    <message numerus="yes">
        <source>Changing %n reports</source>
        <translation>
            <numerusform>Modification de %n signalement</numerusform>
            <numerusform>Modification de %n signalements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: report %2 no longer exists.</source>
        <translation>%1 : le signalement %2 n&apos;existe plus.</translation>
    </message>
    <message>
        <source>%1: choose a subcategory, not a main category.</source>
        <translation>%1 : choisissez une sous-catégorie, pas une catégorie principale.</translation>
    </message>
    <message>
        <source>%1: unknown department.</source>
        <translation>%1 : service inconnu.</translation>
    </message>
    <message>
        <source>%1: use “mark as duplicate” to say which report it duplicates.</source>
        <translation>%1 : utilisez « marquer comme doublon » pour indiquer de quel signalement il s&apos;agit d&apos;un doublon.</translation>
    </message>
    <message>
        <source>Nothing was changed. %1</source>
        <translation>Rien n&apos;a été modifié. %1</translation>
    </message>
    <message>
        <source>Undoing the change</source>
        <translation>Annulation de la modification</translation>
    </message>
    <message>
        <source>Marking as duplicate</source>
        <translation>Marquage comme doublon</translation>
    </message>
    <message>
        <source>%1: the report does not exist.</source>
        <translation>%1 : le signalement n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1: a report cannot duplicate itself.</source>
        <translation>%1 : un signalement ne peut pas être un doublon de lui-même.</translation>
    </message>
    <message>
        <source>%1: %2 is itself a duplicate of %3; merge into %3 instead.</source>
        <translation>%1 : %2 est lui-même un doublon de %3 ; fusionnez plutôt avec %3.</translation>
    </message>
    <message>
        <source>Undoing the merge</source>
        <translation>Annulation de la fusion</translation>
    </message>
    <message>
        <source>Adding the note</source>
        <translation>Ajout de la note</translation>
    </message>
    <message>
        <source>%1: the note is empty.</source>
        <translation>%1 : la note est vide.</translation>
    </message>
    <message>
        <source>Removing the note</source>
        <translation>Suppression de la note</translation>
    </message>
    <message>
        <source>Saving the report</source>
        <translation>Enregistrement du signalement</translation>
    </message>
    <message>
        <source>%1: choose a category (main › sub).</source>
        <translation>%1 : choisissez une catégorie (principale › sous-catégorie).</translation>
    </message>
    <message>
        <source>%1: a location needs both latitude and longitude.</source>
        <translation>%1 : une localisation nécessite à la fois une latitude et une longitude.</translation>
    </message>
    <message>
        <source>%1: the coordinates %2, %3 are out of range (latitude −90…90, longitude −180…180).</source>
        <translation>%1 : les coordonnées %2, %3 sont hors limites (latitude −90…90, longitude −180…180).</translation>
    </message>
    <message>
        <source>%1: describe the problem or give an address.</source>
        <translation>%1 : décrivez le problème ou indiquez une adresse.</translation>
    </message>
    <message>
        <source>The citizen needs a name.</source>
        <translation>Le citoyen doit avoir un nom.</translation>
    </message>
    <message>
        <source>To answer by e-mail, give a valid e-mail address.</source>
        <translation>Pour répondre par e-mail, indiquez une adresse e-mail valide.</translation>
    </message>
    <message>
        <source>To answer by SMS, give a mobile phone number.</source>
        <translation>Pour répondre par SMS, indiquez un numéro de portable.</translation>
    </message>
    <message>
        <source>To answer by letter, give a postal address.</source>
        <translation>Pour répondre par lettre, indiquez une adresse postale.</translation>
    </message>
    <message>
        <source>Saving the citizen</source>
        <translation>Enregistrement du citoyen</translation>
    </message>
    <message>
        <source>Give the filter a name.</source>
        <translation>Donnez un nom au filtre.</translation>
    </message>
    <message>
        <source>Saving the filter</source>
        <translation>Enregistrement du filtre</translation>
    </message>
    <message>
        <source>Deleting the filter</source>
        <translation>Suppression du filtre</translation>
    </message>
    <message>
        <source>%1: %2 has duplicates of its own (%3); mark %4 as a duplicate of %2 instead, or undo those merges first.</source>
        <translation>%1 : %2 a lui-même des doublons (%3) ; marquez plutôt %4 comme doublon de %2, ou annulez d&apos;abord ces fusions.</translation>
    </message>
    <message>
        <source>To answer by phone, give a phone number.</source>
        <translation>Pour répondre par téléphone, indiquez un numéro de téléphone.</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>The environment variable %1 that should hold the password is not set.</source>
        <translation>La variable d&apos;environnement %1 qui doit contenir le mot de passe n&apos;est pas définie.</translation>
    </message>
    <message>
        <source>The password file %1 can be read by other users; make it private (chmod 600) first.</source>
        <translation>Le fichier de mot de passe %1 est lisible par d&apos;autres utilisateurs ; rendez-le d&apos;abord privé (chmod 600).</translation>
    </message>
    <message>
        <source>The password file %1 cannot be read: %2</source>
        <translation>Le fichier de mot de passe %1 ne peut pas être lu : %2</translation>
    </message>
</context>
<context>
    <name>ServerAdmin</name>
    <message>
        <source>The server did not start a transaction.</source>
        <translation>Le serveur n&apos;a pas démarré de transaction.</translation>
    </message>
    <message>
        <source>The schema could not be created: %1</source>
        <translation>Le schéma n&apos;a pas pu être créé : %1</translation>
    </message>
    <message>
        <source>The central schema has version %1, newer than this program knows (%2). Install the newer Meldpunt on this desk.</source>
        <translation>Le schéma central est en version %1, plus récente que ce programme (%2). Installez le Meldpunt plus récent sur ce poste.</translation>
    </message>
    <message>
        <source>Migration %1 is missing from the program.</source>
        <translation>La migration %1 manque dans le programme.</translation>
    </message>
    <message>
        <source>Central migration %1 failed: %2</source>
        <translation>La migration centrale %1 a échoué : %2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 ne peut pas être ouvert : %2</translation>
    </message>
    <message>
        <source>The central schema is missing; run “meldpunt server init” first (%1).</source>
        <translation>Le schéma central manque ; lancez d&apos;abord « meldpunt server init » (%1).</translation>
    </message>
    <message>
        <source>The central database holds reports already; a desk file is only loaded into an empty one.</source>
        <translation>La base centrale contient déjà des signalements ; un fichier de poste ne se charge que dans une base vide.</translation>
    </message>
    <message>
        <source>Copying %1…</source>
        <translation>Copie de %1…</translation>
    </message>
    <message>
        <source>%1 is not a Meldpunt database (%2).</source>
        <translation>%1 n&apos;est pas une base Meldpunt (%2).</translation>
    </message>
    <message>
        <source>Copying %1 failed: %2</source>
        <translation>La copie de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Analyse…</translation>
    </message>
    <message>
        <source>The role must be one of %1.</source>
        <translation>Le rôle doit être l&apos;un de %1.</translation>
    </message>
    <message>
        <source>A login is lower-case letters, digits, “.”, “-” or “_”, starting with a letter.</source>
        <translation>Un identifiant se compose de minuscules, de chiffres, de « . », « - » ou « _ » et commence par une lettre.</translation>
    </message>
    <message>
        <source>Creates (init) or upgrades (migrate) the central PostgreSQL schema, or adds a desk user (add-user).</source>
        <translation>Crée (init) ou met à jour (migrate) le schéma PostgreSQL central, ou ajoute un utilisateur (add-user).</translation>
    </message>
    <message>
        <source>init, migrate or add-user</source>
        <translation>init, migrate ou add-user</translation>
    </message>
    <message>
        <source>The server, as libpq keywords: &quot;service=city&quot; or &quot;host=H port=P dbname=D user=U sslmode=require&quot;. Default: the PG* environment variables.</source>
        <translation>Le serveur, en mots-clés libpq : &quot;service=city&quot; ou &quot;host=H port=P dbname=D user=U sslmode=require&quot;. Par défaut : les variables d&apos;environnement PG*.</translation>
    </message>
    <message>
        <source>With init: load this desk database into the empty central database.</source>
        <translation>Avec init : charger cette base de poste dans la base centrale vide.</translation>
    </message>
    <message>
        <source>With add-user: the login.</source>
        <translation>Avec add-user : l&apos;identifiant.</translation>
    </message>
    <message>
        <source>With add-user: the full name.</source>
        <translation>Avec add-user : le nom complet.</translation>
    </message>
    <message>
        <source>With add-user: coordinator, head, clerk or admin.</source>
        <translation>Avec add-user : coordinator, head, clerk ou admin.</translation>
    </message>
    <message>
        <source>With add-user --role head: the department ids the head may read, comma-separated.</source>
        <translation>Avec add-user --role head : les numéros des services que le chef peut lire, séparés par des virgules.</translation>
    </message>
    <message>
        <source>Usage: meldpunt server init|migrate|add-user [--connection CONNINFO]</source>
        <translation>Utilisation : meldpunt server init|migrate|add-user [--connection CONNINFO]</translation>
    </message>
    <message>
        <source>User %1 can now log in as %2.</source>
        <translation>L&apos;utilisateur %1 peut maintenant se connecter comme %2.</translation>
    </message>
    <message>
        <source>There is no central schema here yet; use “meldpunt server init”.</source>
        <translation>Il n&apos;y a pas encore de schéma central ici ; utilisez « meldpunt server init ».</translation>
    </message>
    <message numerus="yes">
        <source>Central schema at version %1 (%n migration(s) applied).</source>
        <translation>
            <numerusform>Schéma central en version %1 (%n migration appliquée).</numerusform>
            <numerusform>Schéma central en version %1 (%n migrations appliquées).</numerusform>
        </translation>
    </message>
    <message>
        <source>Loaded %1 into the central database.</source>
        <translation>%1 a été chargé dans la base centrale.</translation>
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
        <translation>Le port « %1 » n&apos;est pas un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>sslmode “%1” is not one of %2.</source>
        <translation>sslmode « %1 » n&apos;est pas l&apos;un de %2.</translation>
    </message>
    <message>
        <source>Do not put the password on the command line; use ~/.pgpass or type it when asked.</source>
        <translation>Ne mettez pas le mot de passe sur la ligne de commande ; utilisez ~/.pgpass ou tapez-le quand il est demandé.</translation>
    </message>
    <message>
        <source>Unknown connection keyword “%1” (use service, host, port, dbname, user, sslmode).</source>
        <translation>Mot-clé de connexion inconnu « %1 » (utilisez service, host, port, dbname, user, sslmode).</translation>
    </message>
    <message>
        <source>Say which server: a service name, or host and dbname.</source>
        <translation>Indiquez le serveur : un nom de service, ou host et dbname.</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1 as %2, but this database has no Meldpunt schema. An administrator creates it with “meldpunt server init”.</source>
        <translation>Connecté à PostgreSQL %1 comme %2, mais cette base n&apos;a pas de schéma Meldpunt. Un administrateur le crée avec « meldpunt server init ».</translation>
    </message>
    <message>
        <source>The server runs PostgreSQL %1; Meldpunt needs version 15 or newer.</source>
        <translation>Le serveur utilise PostgreSQL %1 ; Meldpunt demande la version 15 ou plus récente.</translation>
    </message>
    <message numerus="yes">
        <source>Connected as %1. Central schema version %2, %n reports.</source>
        <translation>
            <numerusform>Connecté comme %1. Schéma central version %2, %n signalement.</numerusform>
            <numerusform>Connecté comme %1. Schéma central version %2, %n signalements.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused the password for this user. Check ~/.pgpass or type the password again.</source>
        <translation>Le serveur a refusé le mot de passe de cet utilisateur. Vérifiez ~/.pgpass ou retapez le mot de passe.</translation>
    </message>
    <message>
        <source>The server asks for a password. Type it in the connection dialog or add it to ~/.pgpass.</source>
        <translation>Le serveur demande un mot de passe. Tapez-le dans la fenêtre de connexion ou ajoutez-le à ~/.pgpass.</translation>
    </message>
    <message>
        <source>The central database cannot be reached (%1). Check the host and port, or work on; the changes wait until it is back.</source>
        <translation>La base centrale est injoignable (%1). Vérifiez l&apos;hôte et le port, ou continuez ; les modifications attendent son retour.</translation>
    </message>
    <message>
        <source>The server answered, but: %1</source>
        <translation>Le serveur a répondu, mais : %1</translation>
    </message>
    <message>
        <source>The secure connection failed: %1</source>
        <translation>La connexion sécurisée a échoué : %1</translation>
    </message>
    <message>
        <source>The service is not in pg_service.conf: %1</source>
        <translation>Le service n&apos;est pas dans pg_service.conf : %1</translation>
    </message>
    <message>
        <source>The central database refused the connection: %1</source>
        <translation>La base centrale a refusé la connexion : %1</translation>
    </message>
</context>
<context>
    <name>SmtpClient</name>
    <message>
        <source>No mail server is set up; fill in the server and sender address in the sending settings.</source>
        <translation>Aucun serveur de messagerie n&apos;est configuré ; indiquez le serveur et l&apos;adresse de l&apos;expéditeur dans les paramètres d&apos;envoi.</translation>
    </message>
    <message>
        <source>The mail library could not be started.</source>
        <translation>La bibliothèque de messagerie n&apos;a pas pu être démarrée.</translation>
    </message>
    <message>
        <source>The mail server %1 was not found (%2).</source>
        <translation>Le serveur de messagerie %1 est introuvable (%2).</translation>
    </message>
    <message>
        <source>The mail server %1 could not be reached (%2).</source>
        <translation>Le serveur de messagerie %1 n&apos;a pas pu être joint (%2).</translation>
    </message>
    <message>
        <source>The mail server %1 does not offer an encrypted connection (STARTTLS); nothing was sent.</source>
        <translation>Le serveur de messagerie %1 ne propose pas de connexion chiffrée (STARTTLS) ; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The mail server %1 refused the login of %2.</source>
        <translation>Le serveur de messagerie %1 a refusé la connexion de %2.</translation>
    </message>
    <message>
        <source>The certificate of the mail server %1 could not be verified (%2).</source>
        <translation>Le certificat du serveur de messagerie %1 n&apos;a pas pu être vérifié (%2).</translation>
    </message>
    <message>
        <source>The mail server %1 refused the message: %2 (code %3).</source>
        <translation>Le serveur de messagerie %1 a refusé le message : %2 (code %3).</translation>
    </message>
    <message>
        <source>Sending through %1 failed: %2.</source>
        <translation>L&apos;envoi via %1 a échoué : %2.</translation>
    </message>
</context>
<context>
    <name>StatsSnapshot</name>
    <message>
        <source>Cannot read the reports for the dashboard: %1</source>
        <translation>Impossible de lire les signalements pour le tableau de bord : %1</translation>
    </message>
    <message>
        <source>no database is open</source>
        <translation>aucune base de données n&apos;est ouverte</translation>
    </message>
    <message>
        <source>no database connection</source>
        <translation>aucune connexion à la base de données</translation>
    </message>
</context>
<context>
    <name>StatusRules</name>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Triaged</source>
        <translation>Trié</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Attribué</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <source>The report is already “%1”.</source>
        <translation>Le signalement est déjà « %1 ».</translation>
    </message>
    <message>
        <source>A report that is “%1” cannot change status any more.</source>
        <translation>Un signalement « %1 » ne peut plus changer de statut.</translation>
    </message>
    <message>
        <source>A report that is “%1” cannot become “%2”. Allowed: %3.</source>
        <translation>Un signalement « %1 » ne peut pas devenir « %2 ». Autorisé : %3.</translation>
    </message>
</context>
<context>
    <name>TemplateStore</name>
    <message>
        <source>The templates could not be read: %1</source>
        <translation>Les modèles n&apos;ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>Un modèle doit avoir un nom.</translation>
    </message>
    <message>
        <source>Templates exist for letters, e-mail and SMS only.</source>
        <translation>Les modèles n&apos;existent que pour les lettres, les e-mails et les SMS.</translation>
    </message>
    <message>
        <source>The template could not be saved: %1</source>
        <translation>Le modèle n&apos;a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>The template was deleted on another desk; save it as a new template.</source>
        <translation>Le modèle a été supprimé sur un autre poste ; enregistrez-le comme nouveau modèle.</translation>
    </message>
    <message>
        <source>The template could not be removed: %1</source>
        <translation>Le modèle n&apos;a pas pu être supprimé : %1</translation>
    </message>
    <message>
        <source>The default templates could not be installed: %1</source>
        <translation>Les modèles par défaut n&apos;ont pas pu être installés : %1</translation>
    </message>
    <message>
        <source>The default templates %1 are missing from this build.</source>
        <translation>Les modèles par défaut %1 sont absents de cette version.</translation>
    </message>
    <message>
        <source>The default templates %1 are damaged: %2</source>
        <translation>Les modèles par défaut %1 sont endommagés : %2</translation>
    </message>
    <message>
        <source>The default template &quot;%1&quot; in %2 has an unknown purpose or channel.</source>
        <translation>Le modèle par défaut « %1 » dans %2 a un objet ou un canal inconnu.</translation>
    </message>
</context>
<context>
    <name>TileSourceSpec</name>
    <message>
        <source>The tile address must be an http or https URL.</source>
        <translation>L&apos;adresse des tuiles doit être une URL http ou https.</translation>
    </message>
    <message>
        <source>The tile address needs the placeholders {z}, {x} and {y} (or {TileMatrix}, {TileRow} and {TileCol} for WMTS).</source>
        <translation>L&apos;adresse des tuiles doit contenir les espaces réservés {z}, {x} et {y} (ou {TileMatrix}, {TileRow} et {TileCol} pour WMTS).</translation>
    </message>
    <message>
        <source>City map (offline)</source>
        <translation>Plan de la ville (hors ligne)</translation>
    </message>
    <message>
        <source>OpenStreetMap</source>
        <translation>OpenStreetMap</translation>
    </message>
    <message>
        <source>© OpenStreetMap contributors</source>
        <translation>© Contributeurs OpenStreetMap</translation>
    </message>
    <message>
        <source>GRB basiskaart (Flanders)</source>
        <translation>Carte de base GRB (Flandre)</translation>
    </message>
    <message>
        <source>GRB basiskaart © Digitaal Vlaanderen</source>
        <translation>Carte de base GRB © Digitaal Vlaanderen</translation>
    </message>
    <message>
        <source>PDOK BRT achtergrondkaart (Netherlands)</source>
        <translation>Carte de fond PDOK BRT (Pays-Bas)</translation>
    </message>
    <message>
        <source>Kaartgegevens © Kadaster</source>
        <translation>Données cartographiques © Kadaster</translation>
    </message>
    <message>
        <source>Custom tile server</source>
        <translation>Serveur de tuiles personnalisé</translation>
    </message>
    <message>
        <source>Offline map %1</source>
        <translation>Carte hors ligne %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Generates a demo city database.</source>
        <translation>Génère une base de données d&apos;une ville de démonstration.</translation>
    </message>
    <message>
        <source>Number of reports.</source>
        <translation>Nombre de signalements.</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Graine aléatoire.</translation>
    </message>
    <message>
        <source>Database file to write.</source>
        <translation>Fichier de base de données à écrire.</translation>
    </message>
    <message>
        <source>Replace an existing file.</source>
        <translation>Remplacer un fichier existant.</translation>
    </message>
    <message>
        <source>--reports takes a number from 1 to 20000000 and --seed a whole number.</source>
        <translation>--reports attend un nombre de 1 à 20000000 et --seed un nombre entier.</translation>
    </message>
    <message>
        <source>Say where to write the database with --out FILE.</source>
        <translation>Indiquez où écrire la base de données avec --out FICHIER.</translation>
    </message>
    <message>
        <source>%1 exists already; it was left as it is (use --force to replace it).</source>
        <translation>%1 existe déjà ; il n&apos;a pas été modifié (utilisez --force pour le remplacer).</translation>
    </message>
    <message>
        <source>Wrote %1 reports to %2 in %3 s.</source>
        <translation>%1 signalements écrits dans %2 en %3 s.</translation>
    </message>
    <message>
        <source>Meldpunt: the citizen-report desk.</source>
        <translation>Meldpunt : le guichet des signalements citoyens.</translation>
    </message>
    <message>
        <source>Open the demo city (generated on first use).</source>
        <translation>Ouvrir la ville de démonstration (générée à la première utilisation).</translation>
    </message>
    <message>
        <source>Open this database file.</source>
        <translation>Ouvrir ce fichier de base de données.</translation>
    </message>
    <message>
        <source>Language: nl, fr or en.</source>
        <translation>Langue : nl, fr ou en.</translation>
    </message>
    <message>
        <source>Meldpunt</source>
        <translation>Meldpunt</translation>
    </message>
    <message>
        <source>Usage: meldpunt --screenshot VIEW FILE.png</source>
        <translation>Utilisation : meldpunt --screenshot VUE FICHIER.png</translation>
    </message>
    <message>
        <source>The moment the demo treats as now (ISO 8601); default 2026-11-23 09:00.</source>
        <translation>Le moment que la démo considère comme maintenant (ISO 8601) ; par défaut 2026-11-23 09:00.</translation>
    </message>
    <message>
        <source>--now takes a date and time such as 2026-11-23T09:00:00.</source>
        <translation>--now attend une date et une heure comme 2026-11-23T09:00:00.</translation>
    </message>
    <message>
        <source>Your login, written in the history.</source>
        <translation>Votre identifiant, inscrit dans l&apos;historique.</translation>
    </message>
    <message>
        <source>Open as: coordinator (default) or head (read-only dashboard).</source>
        <translation>Ouvrir en tant que : coordinator (par défaut) ou head (tableau de bord en lecture seule).</translation>
    </message>
    <message>
        <source>With --role head: the department whose dashboard opens.</source>
        <translation>Avec --role head : le service dont le tableau de bord s&apos;ouvre.</translation>
    </message>
    <message>
        <source>There is no department “%1”. Choose one of: %2.</source>
        <translation>Il n&apos;y a pas de service « %1 ». Choisissez parmi : %2.</translation>
    </message>
    <message>
        <source>--role takes coordinator or head.</source>
        <translation>--role accepte coordinator ou head.</translation>
    </message>
    <message>
        <source>Work as a desk of this central database (libpq keywords, e.g. &quot;service=city&quot; or &quot;host=H dbname=D user=U&quot;); --server none works alone. Default: the one chosen under File › Central database.</source>
        <translation>Travailler comme poste de cette base centrale (mots-clés libpq, p. ex. &quot;service=city&quot; ou &quot;host=H dbname=D user=U&quot;) ; --server none travaille seul. Par défaut : celle choisie sous Fichier › Base centrale.</translation>
    </message>
    <message>
        <source>Central database</source>
        <translation>Base centrale</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Mot de passe pour %1 :</translation>
    </message>
    <message>
        <source>This desk has no copy of the central database yet, and the first sync did not finish:

%1</source>
        <translation>Ce poste n&apos;a pas encore de copie de la base centrale, et la première synchronisation n&apos;a pas abouti :

%1</translation>
    </message>
    <message>
        <source>Render VIEW (queue, intake, connection, conflicts, map, dashboard, letters, printqueue) to FILE.png offscreen and exit.</source>
        <translation>Dessine VIEW (queue, intake, connection, conflicts, map, dashboard, letters, printqueue) hors écran dans FILE.png et quitte.</translation>
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
            <numerusform>Service suggéré : %1 · %n jour ouvrable</numerusform>
            <numerusform>Service suggéré : %1 · %n jours ouvrables</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>meldpunt::ChartCard</name>
    <message>
        <source>Save this chart or its data</source>
        <translation>Enregistrer ce graphique ou ses données</translation>
    </message>
    <message>
        <source>Save chart as PNG or PDF…</source>
        <translation>Enregistrer le graphique en PNG ou PDF…</translation>
    </message>
    <message>
        <source>Save data as CSV…</source>
        <translation>Enregistrer les données en CSV…</translation>
    </message>
</context>
<context>
    <name>meldpunt::ConflictsDialog</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>department</source>
        <translation>service</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>priorité</translation>
    </message>
    <message>
        <source>assignee</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>a report</source>
        <translation>un signalement</translation>
    </message>
    <message>
        <source>%1: the central database refused this desk&apos;s change (%2).</source>
        <translation>%1 : la base centrale a refusé la modification de ce poste (%2).</translation>
    </message>
    <message>
        <source>%1: you set the %2 to “%3”, but %4 had already set it to “%5”. “%5” is kept.</source>
        <translation>%1 : vous avez mis le champ %2 à « %3 », mais %4 l&apos;avait déjà mis à « %5 ». « %5 » est conservé.</translation>
    </message>
    <message>
        <source>another desk</source>
        <translation>un autre poste</translation>
    </message>
    <message>
        <source>Conflicts with other desks</source>
        <translation>Conflits avec d&apos;autres postes</translation>
    </message>
    <message>
        <source>No conflicts: every change of this desk reached the central database as made.</source>
        <translation>Aucun conflit : chaque modification de ce poste est arrivée telle quelle dans la base centrale.</translation>
    </message>
    <message>
        <source>When two desks change the same field of a report, the first change wins. These changes of this desk lost; the report shows the winning value. Double-click one to open the report.</source>
        <translation>Quand deux postes modifient le même champ d&apos;un signalement, la première modification l&apos;emporte. Ces modifications de ce poste ont perdu ; le signalement montre la valeur gagnante. Double-cliquez pour ouvrir le signalement.</translation>
    </message>
    <message>
        <source>Double-click to open %1</source>
        <translation>Double-cliquez pour ouvrir %1</translation>
    </message>
</context>
<context>
    <name>meldpunt::ConnectionDialog</name>
    <message>
        <source>Central database</source>
        <translation>Base centrale</translation>
    </message>
    <message>
        <source>Desks of one city share a central PostgreSQL database and keep a copy of it, so they work on when it is out of reach. Give a service from pg_service.conf, or the server&apos;s host and database.</source>
        <translation>Les postes d&apos;une ville partagent une base PostgreSQL centrale et en gardent une copie, pour continuer quand elle est injoignable. Indiquez un service de pg_service.conf, ou l&apos;hôte et la base du serveur.</translation>
    </message>
    <message>
        <source>e.g. meldpunt (optional)</source>
        <translation>p. ex. meldpunt (facultatif)</translation>
    </message>
    <message>
        <source>e.g. db.oostveld.be</source>
        <translation>p. ex. db.oostveld.be</translation>
    </message>
    <message>
        <source>default (5432)</source>
        <translation>par défaut (5432)</translation>
    </message>
    <message>
        <source>libpq&apos;s default (prefer)</source>
        <translation>défaut de libpq (prefer)</translation>
    </message>
    <message>
        <source>require: always encrypted</source>
        <translation>require : toujours chiffré</translation>
    </message>
    <message>
        <source>verify-full: encrypted, server certificate checked</source>
        <translation>verify-full : chiffré, certificat du serveur vérifié</translation>
    </message>
    <message>
        <source>prefer: encrypted when the server can</source>
        <translation>prefer : chiffré si le serveur le permet</translation>
    </message>
    <message>
        <source>disable: never encrypted</source>
        <translation>disable : jamais chiffré</translation>
    </message>
    <message>
        <source>from ~/.pgpass when empty</source>
        <translation>depuis ~/.pgpass si vide</translation>
    </message>
    <message>
        <source>Kept in memory for this session only; never written to the settings.</source>
        <translation>Gardé en mémoire pour cette session seulement ; jamais écrit dans les réglages.</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service :</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Chiffrement :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Give a service, or a host and a database.</source>
        <translation>Indiquez un service, ou un hôte et une base.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
</context>
<context>
    <name>meldpunt::DashboardView</name>
    <message>
        <source>%1 working days</source>
        <translation>%1 jours ouvrables</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>no comparison with last year</source>
        <translation>pas de comparaison avec l&apos;année précédente</translation>
    </message>
    <message>
        <source>vs last year</source>
        <translation>par rapport à l&apos;année précédente</translation>
    </message>
    <message>
        <source>Reports received</source>
        <translation>Signalements reçus</translation>
    </message>
    <message>
        <source>Reports per category</source>
        <translation>Signalements par catégorie</translation>
    </message>
    <message>
        <source>Open reports (backlog)</source>
        <translation>Signalements ouverts (arriéré)</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Délai de traitement</translation>
    </message>
    <message>
        <source>Deadline compliance</source>
        <translation>Respect des délais</translation>
    </message>
    <message>
        <source>per department</source>
        <translation>par service</translation>
    </message>
    <message>
        <source>per category</source>
        <translation>par catégorie</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Année précédente</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Toute la période</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Période personnalisée</translation>
    </message>
    <message>
        <source>Period: reports received in it</source>
        <translation>Période : signalements reçus pendant celle-ci</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Premier jour de la période</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Dernier jour de la période</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Par semaine</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <source>Calendar days</source>
        <translation>Jours calendaires</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Jours ouvrables</translation>
    </message>
    <message>
        <source>Lead times in calendar days or in working days (without weekends and public holidays)</source>
        <translation>Délais de traitement en jours calendaires ou en jours ouvrables (hors week-ends et jours fériés)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Report for the council (PDF)…</source>
        <translation>Rapport pour le conseil communal (PDF)…</translation>
    </message>
    <message>
        <source>Open reports</source>
        <translation>Signalements ouverts</translation>
    </message>
    <message>
        <source>Chart as PNG or PDF</source>
        <translation>Graphique en PNG ou PDF</translation>
    </message>
    <message>
        <source>Data as CSV</source>
        <translation>Données en CSV</translation>
    </message>
    <message>
        <source>Hotspots</source>
        <translation>Points chauds</translation>
    </message>
    <message>
        <source>Engaged citizens</source>
        <translation>Citoyens engagés</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Median lead time</source>
        <translation>Délai de traitement médian</translation>
    </message>
    <message>
        <source>90th percentile lead time</source>
        <translation>Délai de traitement au 90e percentile</translation>
    </message>
    <message>
        <source>Resolved within deadline</source>
        <translation>Résolus dans le délai</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Ouverts actuellement</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverts</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Double-click a street to see its reports in the queue</source>
        <translation>Double-cliquez sur une rue pour voir ses signalements dans la file d&apos;attente</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Cette période</translation>
    </message>
    <message>
        <source>A year earlier</source>
        <translation>Un an plus tôt</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>Channel or district</source>
        <translation>Canal ou quartier</translation>
    </message>
    <message>
        <source>Citizens who agreed to be contacted, with at least</source>
        <translation>Citoyens ayant accepté d&apos;être contactés, avec au moins</translation>
    </message>
    <message>
        <source> reports per topic</source>
        <translation> signalements par thème</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Citoyen</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Year over year</source>
        <translation>D&apos;une année à l&apos;autre</translation>
    </message>
    <message>
        <source>Channels and districts</source>
        <translation>Canaux et quartiers</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Tous les services</translation>
    </message>
    <message>
        <source>No department yet</source>
        <translation>Pas encore de service</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>Tous les quartiers</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <source>Department %1</source>
        <translation>Service %1</translation>
    </message>
    <message>
        <source>Department head view: every number is limited to this department.</source>
        <translation>Vue du chef de service : chaque chiffre est limité à ce service.</translation>
    </message>
    <message>
        <source>The numbers could not be read.</source>
        <translation>Les chiffres n&apos;ont pas pu être lus.</translation>
    </message>
    <message>
        <source>Reading reports…</source>
        <translation>Lecture des signalements…</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Mis à jour %1</translation>
    </message>
    <message>
        <source>Week %1: %2 – %3</source>
        <translation>Semaine %1 : %2 – %3</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 of received</source>
        <translation>%1 des reçus</translation>
    </message>
    <message>
        <source>of %1 resolved; %2 within 3× the period</source>
        <translation>sur %1 résolus ; %2 dans 3× le délai</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 en retard</translation>
    </message>
    <message>
        <source>none overdue</source>
        <translation>aucun en retard</translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation>Même période l&apos;année précédente</translation>
    </message>
    <message>
        <source>Reports received per %1</source>
        <translation>Signalements reçus par %1</translation>
    </message>
    <message>
        <source>by day of reception</source>
        <translation>par jour de réception</translation>
    </message>
    <message>
        <source>No reports in this selection</source>
        <translation>Aucun signalement dans cette sélection</translation>
    </message>
    <message>
        <source>%1
%2 reports
Same period last year: %3%4</source>
        <translation>%1
%2 signalements
Même période l&apos;année précédente : %3%4</translation>
    </message>
    <message>
        <source>%1
%2 reports</source>
        <translation>%1
%2 signalements</translation>
    </message>
    <message>
        <source>main categories, stacked</source>
        <translation>catégories principales, empilées</translation>
    </message>
    <message>
        <source>%1
%2: %3 reports (%4 of %5)</source>
        <translation>%1
%2 : %3 signalements (%4 sur %5)</translation>
    </message>
    <message>
        <source>Of which overdue</source>
        <translation>Dont en retard</translation>
    </message>
    <message>
        <source>Open reports at the end of the day</source>
        <translation>Signalements ouverts en fin de journée</translation>
    </message>
    <message>
        <source>mean age %1</source>
        <translation>ancienneté moyenne %1</translation>
    </message>
    <message>
        <source>No days in this period</source>
        <translation>Aucun jour dans cette période</translation>
    </message>
    <message>
        <source>%1
%2 open at the end of the day
%3 of them overdue</source>
        <translation>%1
%2 ouverts en fin de journée
%3 d&apos;entre eux en retard</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90e percentile</translation>
    </message>
    <message>
        <source>Working days from reception to resolution</source>
        <translation>Jours ouvrables de la réception à la résolution</translation>
    </message>
    <message>
        <source>Days from reception to resolution</source>
        <translation>Jours de la réception à la résolution</translation>
    </message>
    <message>
        <source>median and 90th percentile</source>
        <translation>médiane et 90e percentile</translation>
    </message>
    <message>
        <source>No resolved reports in this selection</source>
        <translation>Aucun signalement résolu dans cette sélection</translation>
    </message>
    <message>
        <source>%1
Median: %2
90th percentile: %3
Mean: %4
Resolved reports: %5</source>
        <translation>%1
Médiane : %2
90e percentile : %3
Moyenne : %4
Signalements résolus : %5</translation>
    </message>
    <message>
        <source>Within deadline</source>
        <translation>Dans le délai</translation>
    </message>
    <message>
        <source>Within 3× the period</source>
        <translation>Dans 3× le délai</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>% of resolved reports</source>
        <translation>% des signalements résolus</translation>
    </message>
    <message>
        <source>%1
Within deadline: %2 (%3)
Within 3× the period: %4 (%5)
Later: %6 (%7)
Still open: %8, of which overdue %9</source>
        <translation>%1
Dans le délai : %2 (%3)
Dans 3× le délai : %4 (%5)
Plus tard : %6 (%7)
Encore ouverts : %8, dont en retard %9</translation>
    </message>
    <message>
        <source>Reports resolved</source>
        <translation>Signalements résolus</translation>
    </message>
    <message>
        <source>Mean lead time</source>
        <translation>Délai de traitement moyen</translation>
    </message>
    <message>
        <source>%1 – %2 against %3 – %4</source>
        <translation>%1 – %2 par rapport à %3 – %4</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Quartiers</translation>
    </message>
    <message>
        <source>District %1</source>
        <translation>Quartier %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>This part of the dashboard is a table; save it as CSV.</source>
        <translation>Cette partie du tableau de bord est un tableau ; enregistrez-la en CSV.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation>Service : %1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Catégorie : %1</translation>
    </message>
    <message>
        <source>District: %1</source>
        <translation>Quartier : %1</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>Canal : %1</translation>
    </message>
    <message>
        <source>The dashboard has no numbers yet; wait until it has been calculated.</source>
        <translation>Le tableau de bord n&apos;a pas encore de chiffres ; attendez la fin du calcul.</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>Image PNG (*.png);;Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save data</source>
        <translation>Enregistrer les données</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>Dashboard %1.pdf</source>
        <translation>Tableau de bord %1.pdf</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 · read-only</source>
        <translation>%1 · lecture seule</translation>
    </message>
    <message>
        <source>worst first</source>
        <translation>du moins bon au meilleur</translation>
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
        <translation>Meldpunt n&apos;enregistre jamais le mot de passe. Indiquez où le trouver : env:NOM (une variable d&apos;environnement), file:CHEMIN (un fichier que vous seul pouvez lire) ou ask (demandé une fois par session).</translation>
    </message>
    <message>
        <source>Check the server&apos;s certificate</source>
        <translation>Vérifier le certificat du serveur</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Password from</source>
        <translation>Mot de passe depuis</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Adresse de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Nom de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>Replies go to</source>
        <translation>Les réponses vont à</translation>
    </message>
    <message>
        <source>SMS gateway (HTTP)</source>
        <translation>Passerelle SMS (HTTP)</translation>
    </message>
    <message>
        <source>{to}, {text}, {from}, {key} and {id} are filled in for each message.</source>
        <translation>{to}, {text}, {from}, {key} et {id} sont remplis pour chaque message.</translation>
    </message>
    <message>
        <source>env:NAME or file:PATH keeps the key out of the database; a key typed here is stored as is.</source>
        <translation>env:NOM ou file:CHEMIN garde la clé hors de la base de données ; une clé saisie ici est enregistrée telle quelle.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Type de contenu</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Save sending settings</source>
        <translation>Enregistrer les paramètres d&apos;envoi</translation>
    </message>
    <message>
        <source>Saved. The outbox uses these settings from its next run.</source>
        <translation>Enregistré. La boîte d&apos;envoi utilisera ces paramètres dès son prochain passage.</translation>
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
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n j</numerusform>
            <numerusform>%n j</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wk</source>
        <translation>
            <numerusform>%n sem.</numerusform>
            <numerusform>%n sem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a report in the queue to see its details.</source>
        <translation>Sélectionnez un signalement dans la file d&apos;attente pour en voir les détails.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggéré</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Reply by</source>
        <translation>Réponse par</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Quartier</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localisation</translation>
    </message>
    <message>
        <source>Duplicate of</source>
        <translation>Doublon de</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Signalement</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Prefers</source>
        <translation>Préfère</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Abonnés</translation>
    </message>
    <message>
        <source>Citizens of merged duplicates; they receive the replies to this report too.</source>
        <translation>Citoyens des doublons fusionnés ; ils reçoivent aussi les réponses à ce signalement.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Earlier reports</source>
        <translation>Signalements antérieurs</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Enter or double-click opens the report.</source>
        <translation>Entrée ou un double-clic ouvre le signalement.</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Citoyen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Ancienneté</translation>
    </message>
    <message>
        <source>Enter opens the report; D marks the shown report as a duplicate of the selected one.</source>
        <translation>Entrée ouvre le signalement ; D marque le signalement affiché comme doublon de celui sélectionné.</translation>
    </message>
    <message>
        <source>&amp;Duplicate of selected</source>
        <translation>&amp;Doublon du sélectionné</translation>
    </message>
    <message>
        <source>Mark the shown report as a duplicate of the selected one (D); its citizen will follow that report.</source>
        <translation>Marquer le signalement affiché comme doublon de celui sélectionné (D) ; son citoyen suivra ce signalement.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <source>This report no longer exists.</source>
        <translation>Ce signalement n&apos;existe plus.</translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1 (il y a %2)</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>pas d&apos;échéance</translation>
    </message>
    <message>
        <source>%1 — overdue by %2</source>
        <translation>%1 — en retard de %2</translation>
    </message>
    <message>
        <source> (more than 3× the allowed time)</source>
        <translation> (plus de 3× le temps imparti)</translation>
    </message>
    <message>
        <source>%1 — resolved %2</source>
        <translation>%1 — résolu %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>not routed yet</source>
        <translation>pas encore attribué</translation>
    </message>
    <message>
        <source>%1 (as suggested)</source>
        <translation>%1 (comme suggéré)</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>no reply (anonymous)</source>
        <translation>pas de réponse (anonyme)</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>pas d&apos;adresse</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>no location</source>
        <translation>pas de localisation</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(pas de description)</translation>
    </message>
    <message>
        <source>Anonymous — no citizen to answer.</source>
        <translation>Anonyme — aucun citoyen à qui répondre.</translation>
    </message>
    <message>
        <source>The citizen&apos;s data has been anonymized.</source>
        <translation>Les données du citoyen ont été anonymisées.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <source>(anonymized)</source>
        <translation>(anonymisé)</translation>
    </message>
    <message>
        <source>Followers (%1)</source>
        <translation>Abonnés (%1)</translation>
    </message>
    <message>
        <source>No earlier reports</source>
        <translation>Aucun signalement antérieur</translation>
    </message>
    <message>
        <source>Earlier reports (%1)</source>
        <translation>Signalements antérieurs (%1)</translation>
    </message>
    <message>
        <source>Citizen (%1)</source>
        <translation>Citoyen (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier report(s) of this citizen</source>
        <translation>
            <numerusform>%n signalement antérieur de ce citoyen</numerusform>
            <numerusform>%n signalements antérieurs de ce citoyen</numerusform>
        </translation>
    </message>
    <message>
        <source>no department</source>
        <translation>aucun service</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Report received</source>
        <translation>Signalement reçu</translation>
    </message>
    <message>
        <source>Report received via %1</source>
        <translation>Signalement reçu via %1</translation>
    </message>
    <message>
        <source>Department removed (was %1)</source>
        <translation>Service retiré (était %1)</translation>
    </message>
    <message>
        <source>Routed to &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Attribué à &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Routed from %1 to &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Réattribué de %1 à &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Category changed: %1</source>
        <translation>Catégorie modifiée : %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Priorité : %1</translation>
    </message>
    <message>
        <source>Assignee: %1</source>
        <translation>Responsable : %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note : %1</translation>
    </message>
    <message>
        <source>Note retracted</source>
        <translation>Note retirée</translation>
    </message>
    <message>
        <source>Marked as duplicate of &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Marqué comme doublon de &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 merged into this report as a duplicate</source>
        <translation>%1 fusionné avec ce signalement en tant que doublon</translation>
    </message>
    <message>
        <source>%1; its citizen now follows this report</source>
        <translation>%1 ; son citoyen suit désormais ce signalement</translation>
    </message>
    <message>
        <source>Duplicate %1 split off again</source>
        <translation>Doublon %1 à nouveau séparé</translation>
    </message>
    <message>
        <source>no longer a duplicate of %1</source>
        <translation>n&apos;est plus un doublon de %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>statut %1</translation>
    </message>
    <message>
        <source>department %1</source>
        <translation>service %1</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>catégorie %1</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>priorité %1</translation>
    </message>
    <message>
        <source>assignee %1</source>
        <translation>responsable %1</translation>
    </message>
    <message>
        <source>Change undone</source>
        <translation>Modification annulée</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Annulé : %1</translation>
    </message>
    <message>
        <source>(retracted)</source>
        <translation>(retiré)</translation>
    </message>
    <message>
        <source>No history.</source>
        <translation>Aucun historique.</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>Historique (%1)</translation>
    </message>
    <message>
        <source>This report has no location, so nearby reports cannot be looked up.</source>
        <translation>Ce signalement n&apos;a pas de localisation ; les signalements proches ne peuvent donc pas être recherchés.</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>Reçu %1</translation>
    </message>
    <message>
        <source>No report of the same category within 50 m in the 12 weeks around this one.</source>
        <translation>Aucun signalement de la même catégorie à moins de 50 m dans les 12 semaines autour de celui-ci.</translation>
    </message>
    <message>
        <source>Reports of the same category within 50 m, received in the 12 weeks around this one.</source>
        <translation>Signalements de la même catégorie à moins de 50 m, reçus dans les 12 semaines autour de celui-ci.</translation>
    </message>
    <message>
        <source>Duplicates? (%1)</source>
        <translation>Doublons ? (%1)</translation>
    </message>
    <message>
        <source>%1 (just now)</source>
        <translation>%1 (à l&apos;instant)</translation>
    </message>
    <message>
        <source>The report (dark pin) and its possible duplicates (numbered as in the Duplicates tab); click a numbered pin to open that report.</source>
        <translation>Le signalement (épingle foncée) et ses doublons possibles (numérotés comme dans l&apos;onglet Doublons) ; cliquez sur une épingle numérotée pour ouvrir ce signalement.</translation>
    </message>
    <message>
        <source>Recent reports in this street</source>
        <translation>Signalements récents dans cette rue</translation>
    </message>
    <message>
        <source>This report has no street from the address register, so its street cannot be looked up.</source>
        <translation>Ce signalement n&apos;a pas de rue du registre des adresses ; sa rue ne peut pas être recherchée.</translation>
    </message>
    <message>
        <source>Recent reports in %1</source>
        <translation>Signalements récents dans %1</translation>
    </message>
    <message numerus="yes">
        <source>No other report in %1 in the last %n week(s).</source>
        <translation>
            <numerusform>Aucun autre signalement dans %1 la dernière semaine.</numerusform>
            <numerusform>Aucun autre signalement dans %1 les %n dernières semaines.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recent reports in %1 (%2 of %3)</source>
        <translation>Signalements récents dans %1 (%2 sur %3)</translation>
    </message>
    <message>
        <source>Recent reports in %1 (%2)</source>
        <translation>Signalements récents dans %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>The newest %1 of the %2 other reports in this street of the last %n week(s).</source>
        <translation>
            <numerusform>Les %1 plus récents des %2 autres signalements de cette rue de la dernière semaine.</numerusform>
            <numerusform>Les %1 plus récents des %2 autres signalements de cette rue des %n dernières semaines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The other reports in this street of the last %n week(s).</source>
        <translation>
            <numerusform>Les autres signalements de cette rue de la dernière semaine.</numerusform>
            <numerusform>Les autres signalements de cette rue des %n dernières semaines.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · received %2 · %3</source>
        <translation>%1 · reçu %2 · %3</translation>
    </message>
</context>
<context>
    <name>meldpunt::FilterPanel</name>
    <message>
        <source>Search ref, text, address, citizen  ( / )</source>
        <translation>Rechercher réf., texte, adresse, citoyen  ( / )</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <source>New and triaged reports</source>
        <translation>Signalements nouveaux et triés</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverts</translation>
    </message>
    <message>
        <source>Every report that still needs work</source>
        <translation>Tout signalement qui demande encore du travail</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>En retard uniquement</translation>
    </message>
    <message>
        <source>Open reports past their due date</source>
        <translation>Signalements ouverts dont l&apos;échéance est dépassée</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Clear the category selection</source>
        <translation>Effacer la sélection de catégories</translation>
    </message>
    <message>
        <source>Type to find a category</source>
        <translation>Tapez pour trouver une catégorie</translation>
    </message>
    <message>
        <source>Routing and origin</source>
        <translation>Attribution et origine</translation>
    </message>
    <message>
        <source>Any department</source>
        <translation>Tout service</translation>
    </message>
    <message>
        <source>No department yet</source>
        <translation>Pas encore de service</translation>
    </message>
    <message>
        <source>Any district</source>
        <translation>Tout quartier</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Tout canal</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Quartier</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>any</source>
        <translation>n&apos;importe quand</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>Filtres enregistrés</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Save the current filter under a name</source>
        <translation>Enregistrer le filtre actuel sous un nom</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected saved filter</source>
        <translation>Supprimer le filtre enregistré sélectionné</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>Enregistrer le filtre</translation>
    </message>
    <message>
        <source>Name of this filter:</source>
        <translation>Nom de ce filtre :</translation>
    </message>
    <message>
        <source>None yet. Set up a filter, then save it here (Ctrl+S) to come back to it in one click.</source>
        <translation>Aucun pour l&apos;instant. Configurez un filtre, puis enregistrez-le ici (Ctrl+S) pour y revenir en un clic.</translation>
    </message>
</context>
<context>
    <name>meldpunt::FirstSyncDialog</name>
    <message>
        <source>reports</source>
        <translation>signalements</translation>
    </message>
    <message>
        <source>report history</source>
        <translation>historique des signalements</translation>
    </message>
    <message>
        <source>citizens</source>
        <translation>citoyens</translation>
    </message>
    <message>
        <source>addresses</source>
        <translation>adresses</translation>
    </message>
    <message>
        <source>reference data</source>
        <translation>données de référence</translation>
    </message>
    <message>
        <source>First sync with the central database</source>
        <translation>Première synchronisation avec la base centrale</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>The first sync was cancelled; it starts again next time.</source>
        <translation>La première synchronisation a été annulée ; elle recommence la prochaine fois.</translation>
    </message>
    <message>
        <source>Building the indexes and the search index… %1 of %2 rows copied</source>
        <translation>Construction des index et de l&apos;index de recherche… %1 sur %2 lignes copiées</translation>
    </message>
    <message>
        <source>Copying %1… %2 of %3 rows</source>
        <translation>Copie des %1… %2 sur %3 lignes</translation>
    </message>
    <message>
        <source>This desk copies the city&apos;s reports once; after that only changes travel.</source>
        <translation>Ce poste copie une fois les signalements de la ville ; ensuite seules les modifications circulent.</translation>
    </message>
</context>
<context>
    <name>meldpunt::IntakeDialog</name>
    <message>
        <source>New report (phone or counter)</source>
        <translation>Nouveau signalement (téléphone ou guichet)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Signalement</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Priorité</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Canal</translation>
    </message>
    <message>
        <source>Street and number, e.g. Kerkstraat 12</source>
        <translation>Rue et numéro, p. ex. Kerkstraat 12</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>Type part of the name, e.g. zwerfvuil; ↓ lists all</source>
        <translation>Tapez une partie du nom, p. ex. dépôt clandestin ; ↓ affiche tout</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>Ca&amp;tégorie</translation>
    </message>
    <message>
        <source>What is wrong, where exactly, since when</source>
        <translation>Quel est le problème, où exactement, depuis quand</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Citoyen</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;New citizen</source>
        <translation>&amp;Nouveau citoyen</translation>
    </message>
    <message>
        <source>An&amp;onymous</source>
        <translation>An&amp;onyme</translation>
    </message>
    <message>
        <source>The report is registered without a citizen; nobody receives a reply.</source>
        <translation>Le signalement est enregistré sans citoyen ; personne ne reçoit de réponse.</translation>
    </message>
    <message>
        <source>Name, e-mail or phone number</source>
        <translation>Nom, e-mail ou numéro de téléphone</translation>
    </message>
    <message>
        <source>Postal address, needed for letters</source>
        <translation>Adresse postale, nécessaire pour les lettres</translation>
    </message>
    <message>
        <source>Same as report</source>
        <translation>Identique au signalement</translation>
    </message>
    <message>
        <source>Use the address picked above as the citizen&apos;s postal address.</source>
        <translation>Utiliser l&apos;adresse choisie ci-dessus comme adresse postale du citoyen.</translation>
    </message>
    <message>
        <source>Agrees that we store these details to handle the report</source>
        <translation>Accepte que nous conservions ces données pour traiter le signalement</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>No&amp;m</translation>
    </message>
    <message>
        <source>Add&amp;ress</source>
        <translation>Adresse posta&amp;le</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>Télép&amp;hone</translation>
    </message>
    <message>
        <source>Reply &amp;by</source>
        <translation>Réponse &amp;via</translation>
    </message>
    <message>
        <source>&amp;Save report</source>
        <translation>Enregi&amp;strer le signalement</translation>
    </message>
    <message>
        <source>Save the report (Ctrl+Enter)</source>
        <translation>Enregistrer le signalement (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves</source>
        <translation>Ctrl+Entrée enregistre</translation>
    </message>
    <message>
        <source>✓ %1 %2 · district %3 · %4, %5</source>
        <translation>✓ %1 %2 · quartier %3 · %4, %5</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Not picked from the address register: it will be saved as text, without a location.</source>
        <translation>Non choisie dans le registre des adresses : elle sera enregistrée comme texte, sans localisation.</translation>
    </message>
    <message>
        <source>Only subcategories (main › sub) can be chosen.</source>
        <translation>Seules les sous-catégories (principale › sous-catégorie) peuvent être choisies.</translation>
    </message>
    <message numerus="yes">
        <source>Suggested department: %1 · due %2 (%n working day(s))</source>
        <translation>
            <numerusform>Service suggéré : %1 · échéance %2 (%n jour ouvrable)</numerusform>
            <numerusform>Service suggéré : %1 · échéance %2 (%n jours ouvrables)</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Nobody picked yet: type, then Enter or double-click a line.</source>
        <translation>Personne n&apos;a encore été choisi : tapez, puis Entrée ou double-cliquez sur une ligne.</translation>
    </message>
    <message>
        <source>Prefers replies by %1</source>
        <translation>Préfère les réponses par %1</translation>
    </message>
    <message>
        <source>No citizen found. Choose “New citizen” (Alt+N) to enter one.</source>
        <translation>Aucun citoyen trouvé. Choisissez « Nouveau citoyen » (Alt+N) pour en saisir un.</translation>
    </message>
    <message>
        <source>✓ %1 — prefers replies by %2</source>
        <translation>✓ %1 — préfère les réponses par %2</translation>
    </message>
    <message>
        <source>To answer by e-mail, give a valid e-mail address.</source>
        <translation>Pour répondre par e-mail, indiquez une adresse e-mail valide.</translation>
    </message>
    <message>
        <source>To answer by SMS, give a mobile phone number.</source>
        <translation>Pour répondre par SMS, indiquez un numéro de portable.</translation>
    </message>
    <message>
        <source>To answer by phone, give a phone number.</source>
        <translation>Pour répondre par téléphone, indiquez un numéro de téléphone.</translation>
    </message>
    <message>
        <source>To answer by letter, give a postal address.</source>
        <translation>Pour répondre par lettre, indiquez une adresse postale.</translation>
    </message>
    <message>
        <source>No reply to an anonymous report.</source>
        <translation>Pas de réponse à un signalement anonyme.</translation>
    </message>
    <message>
        <source>The citizen receives no reply.</source>
        <translation>Le citoyen ne reçoit pas de réponse.</translation>
    </message>
    <message>
        <source>Choose a category: type part of its name and pick a line (main › sub) from the list.</source>
        <translation>Choisissez une catégorie : tapez une partie de son nom et choisissez une ligne (principale › sous-catégorie) dans la liste.</translation>
    </message>
    <message>
        <source>Describe the problem or give an address.</source>
        <translation>Décrivez le problème ou indiquez une adresse.</translation>
    </message>
    <message>
        <source>Pick a citizen from the list, or choose “New citizen” or “Anonymous”.</source>
        <translation>Choisissez un citoyen dans la liste, ou choisissez « Nouveau citoyen » ou « Anonyme ».</translation>
    </message>
    <message>
        <source>%1 This citizen has none on file: choose another way to reply.</source>
        <translation>%1 Rien n&apos;est enregistré pour ce citoyen : choisissez un autre mode de réponse.</translation>
    </message>
    <message>
        <source>The citizen needs a name.</source>
        <translation>Le citoyen doit avoir un nom.</translation>
    </message>
    <message>
        <source>The report could not be saved.</source>
        <translation>Le signalement n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>Click where the problem is: the point becomes the report&apos;s location and the nearest address fills in.</source>
        <translation>Cliquez là où se trouve le problème : le point devient l&apos;emplacement du signalement et l&apos;adresse la plus proche se remplit.</translation>
    </message>
    <message>
        <source>The point clicked on the map stays the location; the address is saved as typed.</source>
        <translation>Le point cliqué sur la carte reste l&apos;emplacement ; l&apos;adresse est enregistrée telle que tapée.</translation>
    </message>
    <message>
        <source>Pick a line from the list to get the coordinate and district, or click the map.</source>
        <translation>Choisissez une ligne de la liste pour obtenir la coordonnée et le quartier, ou cliquez sur la carte.</translation>
    </message>
    <message>
        <source>Looking up the nearest address…</source>
        <translation>Recherche de l&apos;adresse la plus proche…</translation>
    </message>
    <message>
        <source>No address found within 250 m of this point (%1); it may lie outside the city. The report keeps the point as its location; type an address if there is one.</source>
        <translation>Aucune adresse à moins de 250 m de ce point (%1) ; il se trouve peut-être hors de la ville. Le signalement garde le point comme emplacement ; tapez une adresse s&apos;il y en a une.</translation>
    </message>
    <message>
        <source>✓ Point on the map, %1 m from %2 · district %3 · %4</source>
        <translation>✓ Point sur la carte, à %1 m de %2 · quartier %3 · %4</translation>
    </message>
</context>
<context>
    <name>meldpunt::LetterheadSettingsPage</name>
    <message>
        <source>One short line above the recipient, in the envelope window: where the post office returns undeliverable letters.</source>
        <translation>Une courte ligne au-dessus du destinataire, dans la fenêtre de l&apos;enveloppe : l&apos;adresse à laquelle la poste renvoie les lettres non distribuables.</translation>
    </message>
    <message>
        <source>One line per line of the signature. Merge fields such as {{coordinator.name}} are filled in.</source>
        <translation>Une ligne par ligne de la signature. Les champs de fusion comme {{coordinator.name}} sont remplis.</translation>
    </message>
    <message>
        <source>Empty: the same as the Dutch footer</source>
        <translation>Vide : identique au pied de page néerlandais</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Choisir un logo…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Save letterhead</source>
        <translation>Enregistrer l&apos;en-tête</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Return address</source>
        <translation>Adresse de retour</translation>
    </message>
    <message>
        <source>Signature and footer</source>
        <translation>Signature et pied de page</translation>
    </message>
    <message>
        <source>Signature (Dutch)</source>
        <translation>Signature (néerlandais)</translation>
    </message>
    <message>
        <source>Signature (French)</source>
        <translation>Signature (français)</translation>
    </message>
    <message>
        <source>Footer (Dutch)</source>
        <translation>Pied de page (néerlandais)</translation>
    </message>
    <message>
        <source>Footer (French)</source>
        <translation>Pied de page (français)</translation>
    </message>
    <message>
        <source>Choose the city&apos;s logo</source>
        <translation>Choisir le logo de la ville</translation>
    </message>
    <message>
        <source>Images (*.svg *.png *.jpg *.jpeg)</source>
        <translation>Images (*.svg *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The logo %1 cannot be read or is larger than 2 MB.</source>
        <translation>Le logo %1 ne peut pas être lu ou dépasse 2 Mo.</translation>
    </message>
    <message>
        <source>%1 is not an image Meldpunt can read (SVG, PNG or JPEG).</source>
        <translation>%1 n&apos;est pas une image que Meldpunt peut lire (SVG, PNG ou JPEG).</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Pas de logo</translation>
    </message>
    <message>
        <source>Saved. New letters and reprints use this letterhead.</source>
        <translation>Enregistré. Les nouvelles lettres et les réimpressions utilisent cet en-tête.</translation>
    </message>
    <message>
        <source>Sample letter</source>
        <translation>Lettre d&apos;exemple</translation>
    </message>
    <message>
        <source>&lt;p&gt;This is how the letterhead, the window address and the signature print.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Voici comment s&apos;impriment l&apos;en-tête, l&apos;adresse de la fenêtre et la signature.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>meldpunt::LettersView</name>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Unsaved template</source>
        <translation>Modèle non enregistré</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; has unsaved changes.</source>
        <translation>Le modèle « %1 » contient des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <source>Find a template</source>
        <translation>Rechercher un modèle</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>A template that was used for a reply is kept as inactive, so sent messages keep their source.</source>
        <translation>Un modèle utilisé pour une réponse est conservé comme inactif, afin que les messages envoyés gardent leur source.</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Toute catégorie</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>Offered in replies</source>
        <translation>Proposé dans les réponses</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Répond à</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Earlier versions of this template; sent messages keep the text they were sent with.</source>
        <translation>Versions antérieures de ce modèle ; les messages envoyés conservent le texte avec lequel ils ont été envoyés.</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Report reference, e.g. M-2026-000123</source>
        <translation>Référence du signalement, p. ex. M-2026-000123</translation>
    </message>
    <message>
        <source>Preview with</source>
        <translation>Aperçu avec</translation>
    </message>
    <message>
        <source>No report %1. The preview still shows %2.</source>
        <translation>Aucun signalement %1. L&apos;aperçu affiche toujours %2.</translation>
    </message>
    <message>
        <source>sample data</source>
        <translation>données d&apos;exemple</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>%1 (not offered)</source>
        <translation>%1 (non proposé)</translation>
    </message>
    <message>
        <source>New template, not saved yet</source>
        <translation>Nouveau modèle, pas encore enregistré</translation>
    </message>
    <message>
        <source>Version %1 · saved %2 by %3%4</source>
        <translation>Version %1 · enregistrée %2 par %3%4</translation>
    </message>
    <message>
        <source> · changed</source>
        <translation> · modifiée</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Enregistré comme version %1.</translation>
    </message>
    <message numerus="yes">
        <source>Saved as version %1 with %n warning(s):</source>
        <translation>
            <numerusform>Enregistré comme version %1 avec %n avertissement :</numerusform>
            <numerusform>Enregistré comme version %1 avec %n avertissements :</numerusform>
        </translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nouveau modèle</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <source>Delete the template &quot;%1&quot;?</source>
        <translation>Supprimer le modèle « %1 » ?</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <source>Version %1 · %2 · %3</source>
        <translation>Version %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Load this text into the editor; saving makes it the newest version.</source>
        <translation>Charger ce texte dans l&apos;éditeur ; l&apos;enregistrer en fait la version la plus récente.</translation>
    </message>
    <message>
        <source>Sample data: there is no report with a citizen yet.</source>
        <translation>Données d&apos;exemple : il n&apos;y a pas encore de signalement avec un citoyen.</translation>
    </message>
    <message>
        <source>anonymous (sample citizen shown)</source>
        <translation>anonyme (citoyen d&apos;exemple affiché)</translation>
    </message>
    <message>
        <source>[your own text for this reply]</source>
        <translation>[votre propre texte pour cette réponse]</translation>
    </message>
    <message>
        <source>%1 (no e-mail address)</source>
        <translation>%1 (pas d&apos;adresse e-mail)</translation>
    </message>
</context>
<context>
    <name>meldpunt::MainWindow</name>
    <message>
        <source>Dismiss (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>Enter route · C category · D department · P priority · S status · U duplicate · N note · / search</source>
        <translation>Entrée attribuer · C catégorie · D service · P priorité · S statut · U doublon · N note · / rechercher</translation>
    </message>
    <message>
        <source>No reports match this filter.</source>
        <translation>Aucun signalement ne correspond à ce filtre.</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Signalement</translation>
    </message>
    <message>
        <source>&amp;New report…</source>
        <translation>&amp;Nouveau signalement…</translation>
    </message>
    <message>
        <source>Register a report taken by phone or at the counter</source>
        <translation>Enregistrer un signalement reçu par téléphone ou au guichet</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Read the queue again; greyed rows that no longer match disappear</source>
        <translation>Relire la file d&apos;attente ; les lignes grisées qui ne correspondent plus disparaissent</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>Re&amp;chercher</translation>
    </message>
    <message>
        <source>Show the &amp;to-do queue</source>
        <translation>Afficher la file « à &amp;traiter »</translation>
    </message>
    <message>
        <source>New and triaged reports, no other conditions</source>
        <translation>Signalements nouveaux et triés, sans autre condition</translation>
    </message>
    <message>
        <source>Save &amp;filter…</source>
        <translation>Enregistrer le &amp;filtre…</translation>
    </message>
    <message>
        <source>&amp;Accept suggested department</source>
        <translation>&amp;Accepter le service suggéré</translation>
    </message>
    <message>
        <source>Route to the category&apos;s department and mark as assigned</source>
        <translation>Attribuer au service de la catégorie et marquer comme attribué</translation>
    </message>
    <message>
        <source>Change &amp;category…</source>
        <translation>Changer la &amp;catégorie…</translation>
    </message>
    <message>
        <source>Route to &amp;department…</source>
        <translation>Attribuer au &amp;service…</translation>
    </message>
    <message>
        <source>Set &amp;priority…</source>
        <translation>Définir la &amp;priorité…</translation>
    </message>
    <message>
        <source>Priority %1</source>
        <translation>Priorité %1</translation>
    </message>
    <message>
        <source>Set &amp;status…</source>
        <translation>Définir le s&amp;tatut…</translation>
    </message>
    <message>
        <source>Mark as d&amp;uplicate of…</source>
        <translation>Marquer comme &amp;doublon de…</translation>
    </message>
    <message>
        <source>Add internal &amp;note…</source>
        <translation>Ajouter une &amp;note interne…</translation>
    </message>
    <message>
        <source>Ne&amp;xt report</source>
        <translation>Signalement sui&amp;vant</translation>
    </message>
    <message>
        <source>Pre&amp;vious report</source>
        <translation>Signalement p&amp;récédent</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Meldpunt</source>
        <translation>À &amp;propos de Meldpunt</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>&amp;Filtres</translation>
    </message>
    <message>
        <source>&amp;Report details</source>
        <translation>&amp;Détails du signalement</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Annuler : %1</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Rétablir : %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Triage</source>
        <translation>&amp;Triage</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Aff&amp;ichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>%1 is not in this queue; it is shown in the detail pane only.</source>
        <translation>%1 ne figure pas dans cette file d&apos;attente ; il est affiché uniquement dans le volet de détails.</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n signalement</numerusform>
            <numerusform>%n signalements</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <source>%1 of %2 loaded</source>
        <translation>%1 sur %2 chargés</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>comptage…</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <source>All reports</source>
        <translation>Tous les signalements</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Recherche : %1</translation>
    </message>
    <message>
        <source>Filtered queue</source>
        <translation>File d&apos;attente filtrée</translation>
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
        <translation>Réinitialiser les colonnes</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n sélectionné</numerusform>
            <numerusform>%n sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. Ctrl+Z undoes it.</source>
        <translation>%1. Ctrl+Z l&apos;annule.</translation>
    </message>
    <message>
        <source>Category of %1</source>
        <translation>Catégorie de %1</translation>
    </message>
    <message>
        <source>Type part of a category, e.g. zwerfvuil</source>
        <translation>Tapez une partie d&apos;une catégorie, p. ex. dépôt clandestin</translation>
    </message>
    <message>
        <source>Route %1 to</source>
        <translation>Attribuer %1 à</translation>
    </message>
    <message>
        <source>Type part of a department</source>
        <translation>Tapez une partie d&apos;un service</translation>
    </message>
    <message>
        <source>Priority of %1</source>
        <translation>Priorité de %1</translation>
    </message>
    <message>
        <source>1–4 choose directly · Enter chooses · Esc cancels</source>
        <translation>1–4 choisit directement · Entrée choisit · Échap annule</translation>
    </message>
    <message>
        <source>No status change is possible from %1.</source>
        <translation>Aucun changement de statut n&apos;est possible depuis %1.</translation>
    </message>
    <message>
        <source>Status of %1</source>
        <translation>Statut de %1</translation>
    </message>
    <message>
        <source>Type part of a status</source>
        <translation>Tapez une partie d&apos;un statut</translation>
    </message>
    <message>
        <source>Only the changes the workflow allows are listed · duplicates: U</source>
        <translation>Seuls les changements autorisés par le processus sont affichés · doublons : U</translation>
    </message>
    <message>
        <source>%1 is a duplicate of</source>
        <translation>%1 est un doublon de</translation>
    </message>
    <message>
        <source>Type a reference, e.g. M-2026-001234, or choose a nearby report</source>
        <translation>Tapez une référence, p. ex. M-2026-001234, ou choisissez un signalement proche</translation>
    </message>
    <message>
        <source>No report of the same category within 50 m in 12 weeks; type the reference of the original.</source>
        <translation>Aucun signalement de la même catégorie à moins de 50 m en 12 semaines ; tapez la référence du signalement d&apos;origine.</translation>
    </message>
    <message>
        <source>Nearby reports of the same category (≤ 50 m, 12 weeks) · or type a reference</source>
        <translation>Signalements proches de la même catégorie (≤ 50 m, 12 semaines) · ou tapez une référence</translation>
    </message>
    <message>
        <source>There is no report %1; nothing was marked.</source>
        <translation>Il n&apos;y a pas de signalement %1 ; rien n&apos;a été marqué.</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n report(s) as duplicates</source>
        <translation>
            <numerusform>Marquer %n signalement comme doublon</numerusform>
            <numerusform>Marquer %n signalements comme doublons</numerusform>
        </translation>
    </message>
    <message>
        <source>Internal note on %1</source>
        <translation>Note interne sur %1</translation>
    </message>
    <message numerus="yes">
        <source>Add a note to %n report(s)</source>
        <translation>
            <numerusform>Ajouter une note à %n signalement</numerusform>
            <numerusform>Ajouter une note à %n signalements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 registered.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>%1 registered; the current filter does not show it.</source>
        <translation>%1 enregistré ; le filtre actuel ne l&apos;affiche pas.</translation>
    </message>
    <message>
        <source>Queue refreshed.</source>
        <translation>File d&apos;attente actualisée.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>About Meldpunt</source>
        <translation>À propos de Meldpunt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Meldpunt %1&lt;/h3&gt;&lt;p&gt;The workstation of the citizen-report desk: one queue of every report, triaged at keyboard speed.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Meldpunt %1&lt;/h3&gt;&lt;p&gt;Le poste de travail du guichet des signalements citoyens : une seule file d&apos;attente pour tous les signalements, triés à la vitesse du clavier.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Caller reports a mattress and two bin bags dumped next to the glass containers, since yesterday evening. Partly blocking the cycle path.</source>
        <translation>L&apos;appelant signale un matelas et deux sacs poubelle déposés à côté des bulles à verre depuis hier soir. Ils bloquent en partie la piste cyclable.</translation>
    </message>
    <message>
        <source>Cannot write the screenshot %1.</source>
        <translation>Impossible d&apos;écrire la capture d&apos;écran %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln report(s)</source>
        <translation>
            <numerusform>%Ln signalement</numerusform>
            <numerusform>%Ln signalements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln en retard</numerusform>
            <numerusform>%Ln en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reply to the citizen…</source>
        <translation>&amp;Répondre au citoyen…</translation>
    </message>
    <message>
        <source>Answer the reporter and everyone following this report, from a template</source>
        <translation>Répondre à l&apos;auteur et à tous ceux qui suivent ce signalement, à partir d&apos;un modèle</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;File d&apos;attente</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Carte</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Modèles</translation>
    </message>
    <message>
        <source>&amp;Print queue</source>
        <translation>File d&apos;&amp;impression</translation>
    </message>
    <message>
        <source>Mail server password</source>
        <translation>Mot de passe du serveur de messagerie</translation>
    </message>
    <message>
        <source>The password of the mail server account (kept for this session only):</source>
        <translation>Le mot de passe du compte du serveur de messagerie (gardé pour cette session uniquement) :</translation>
    </message>
    <message>
        <source>The queue shows the reports inside the drawn zone. Esc or Ctrl+0 clears it.</source>
        <translation>La file montre les signalements dans la zone dessinée. Échap ou Ctrl+0 l&apos;efface.</translation>
    </message>
    <message>
        <source>%1 — dashboard (read-only)</source>
        <translation>%1 — tableau de bord (lecture seule)</translation>
    </message>
    <message>
        <source>Central &amp;database…</source>
        <translation>&amp;Base centrale…</translation>
    </message>
    <message>
        <source>Work with the other desks of the city on one central PostgreSQL database.</source>
        <translation>Travailler avec les autres postes de la ville sur une base PostgreSQL centrale.</translation>
    </message>
    <message numerus="yes">
        <source>(%n more in Conflicts…)</source>
        <translation>
            <numerusform>(encore %n dans Conflits…)</numerusform>
            <numerusform>(encore %n dans Conflits…)</numerusform>
        </translation>
    </message>
    <message>
        <source>⚑ %1 is being handled by %2</source>
        <translation>⚑ %1 est en cours de traitement par %2</translation>
    </message>
    <message>
        <source>Central database</source>
        <translation>Base centrale</translation>
    </message>
    <message>
        <source>Meldpunt works on this desk&apos;s own database from the next start.</source>
        <translation>Meldpunt travaillera sur la base propre de ce poste dès le prochain démarrage.</translation>
    </message>
    <message>
        <source>Meldpunt works on %1 from the next start; the first start copies the city&apos;s reports once.</source>
        <translation>Meldpunt travaillera sur %1 dès le prochain démarrage ; le premier démarrage copie une fois les signalements de la ville.</translation>
    </message>
    <message>
        <source>Unknown view “%1”; choose queue, intake, connection, conflicts, map, dashboard, letters or printqueue.</source>
        <translation>Vue inconnue « %1 » ; choisissez queue, intake, connection, conflicts, map, dashboard, letters ou printqueue.</translation>
    </message>
</context>
<context>
    <name>meldpunt::MapDetailWidget</name>
    <message>
        <source>This report has no location.</source>
        <translation>Ce signalement n&apos;a pas de localisation.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 m away</source>
        <translation>%1 · %2 · à %3 m</translation>
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
        <translation>Rechercher une adresse…</translation>
    </message>
    <message>
        <source>Street and house number, e.g. &quot;kerkstr 12&quot;; accents and small typos do not matter.</source>
        <translation>Rue et numéro, p. ex. « kerkstr 12 » ; les accents et les petites fautes de frappe n&apos;ont pas d&apos;importance.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Show the reports as markers and clusters</source>
        <translation>Afficher les signalements sous forme de marqueurs et de groupes</translation>
    </message>
    <message>
        <source>Hotspots</source>
        <translation>Points chauds</translation>
    </message>
    <message>
        <source>Show where reports concentrate (heatmap)</source>
        <translation>Afficher où se concentrent les signalements (carte de chaleur)</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Quartiers</translation>
    </message>
    <message>
        <source>Colour the districts by their number of reports</source>
        <translation>Colorer les quartiers selon leur nombre de signalements</translation>
    </message>
    <message>
        <source>Select zone</source>
        <translation>Sélectionner une zone</translation>
    </message>
    <message>
        <source>Draw a zone; the queue then shows only the reports inside it</source>
        <translation>Dessinez une zone ; la file d&apos;attente n&apos;affiche alors que les signalements qui s&apos;y trouvent</translation>
    </message>
    <message>
        <source>Draw a rectangle</source>
        <translation>Dessiner un rectangle</translation>
    </message>
    <message>
        <source>Draw a polygon</source>
        <translation>Dessiner un polygone</translation>
    </message>
    <message>
        <source>Clear the zone</source>
        <translation>Effacer la zone</translation>
    </message>
    <message>
        <source>Choose the background map</source>
        <translation>Choisir le fond de carte</translation>
    </message>
    <message>
        <source>Offline map file (MBTiles)…</source>
        <translation>Fichier de carte hors ligne (MBTiles)…</translation>
    </message>
    <message>
        <source>Other tile server…</source>
        <translation>Autre serveur de tuiles…</translation>
    </message>
    <message>
        <source>%1 — not in the queue&apos;s current filter</source>
        <translation>%1 — hors du filtre actuel de la file d&apos;attente</translation>
    </message>
    <message>
        <source>Offline map</source>
        <translation>Carte hors ligne</translation>
    </message>
    <message>
        <source>MBTiles files (*.mbtiles);;All files (*)</source>
        <translation>Fichiers MBTiles (*.mbtiles);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Other tile server</source>
        <translation>Autre serveur de tuiles</translation>
    </message>
    <message>
        <source>© the map&apos;s makers, as its licence asks</source>
        <translation>© les auteurs de la carte, comme l&apos;exige sa licence</translation>
    </message>
    <message>
        <source>Use {z}, {x} and {y} (or {-y} for TMS); for WMTS {TileMatrix}, {TileRow} and {TileCol}. Respect the server&apos;s terms of use.</source>
        <translation>Utilisez {z}, {x} et {y} (ou {-y} pour TMS) ; pour WMTS {TileMatrix}, {TileRow} et {TileCol}. Respectez les conditions d&apos;utilisation du serveur.</translation>
    </message>
    <message>
        <source>Tile address:</source>
        <translation>Adresse des tuiles :</translation>
    </message>
    <message>
        <source>Attribution:</source>
        <translation>Attribution :</translation>
    </message>
    <message>
        <source>Reports on the map: %1</source>
        <translation>Signalements sur la carte : %1</translation>
    </message>
    <message>
        <source>%1 without a location</source>
        <translation>%1 sans localisation</translation>
    </message>
    <message>
        <source>%1 (street), %2 %3</source>
        <translation>%1 (rue), %2 %3</translation>
    </message>
    <message>
        <source>No address matches</source>
        <translation>Aucune adresse correspondante</translation>
    </message>
    <message>
        <source>The address register is still loading…</source>
        <translation>Le registre des adresses est encore en cours de chargement…</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>Reçu %1</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>En retard depuis %1</translation>
    </message>
    <message>
        <source>Reports at this spot: %1</source>
        <translation>Signalements à cet endroit : %1</translation>
    </message>
    <message>
        <source>Basemap: %1</source>
        <translation>Fond de carte : %1</translation>
    </message>
</context>
<context>
    <name>meldpunt::MapWidget</name>
    <message>
        <source>Drag a rectangle around the reports you want; Esc cancels.</source>
        <translation>Tracez un rectangle autour des signalements voulus ; Échap annule.</translation>
    </message>
    <message>
        <source>Click the corners of the zone; double-click or Enter to finish, Backspace removes a corner, Esc cancels.</source>
        <translation>Cliquez sur les coins de la zone ; double-clic ou Entrée pour terminer, Retour arrière supprime un coin, Échap annule.</translation>
    </message>
    <message>
        <source>Reports on the map: %1</source>
        <translation>Signalements sur la carte : %1</translation>
    </message>
    <message>
        <source>Overdue (red ring)</source>
        <translation>En retard (anneau rouge)</translation>
    </message>
    <message>
        <source>Without a location</source>
        <translation>Sans localisation</translation>
    </message>
    <message>
        <source>Hotspots (report density)</source>
        <translation>Points chauds (densité des signalements)</translation>
    </message>
    <message>
        <source>Reports per district</source>
        <translation>Signalements par quartier</translation>
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
        <translation>Plan de la ville issu des registres communaux</translation>
    </message>
    <message>
        <source>Loading reports…</source>
        <translation>Chargement des signalements…</translation>
    </message>
    <message>
        <source>Loading the city map…</source>
        <translation>Chargement du plan de la ville…</translation>
    </message>
    <message>
        <source>A zone needs at least three corners.</source>
        <translation>Une zone nécessite au moins trois coins.</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Zoom avant (+)</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Zoom arrière (−)</translation>
    </message>
    <message>
        <source>Show all reports (Home)</source>
        <translation>Afficher tous les signalements (Origine)</translation>
    </message>
    <message>
        <source>%1 reports: %2 to do, %3 in work, %4 done</source>
        <translation>%1 signalements : %2 à traiter, %3 en cours, %4 terminés</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 en retard</translation>
    </message>
    <message>
        <source>Click to zoom in.</source>
        <translation>Cliquez pour zoomer.</translation>
    </message>
</context>
<context>
    <name>meldpunt::MessageTableModel</name>
    <message>
        <source>Waiting, last try failed</source>
        <translation>En attente, dernière tentative échouée</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n time(s))</source>
        <translation>
            <numerusform>%1 (%n fois)</numerusform>
            <numerusform>%1 (%n fois)</numerusform>
        </translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Rédigé</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Signalement</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Imprimé</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>meldpunt::NoteDialog</name>
    <message>
        <source>Internal note: seen by colleagues, never sent to the citizen.</source>
        <translation>Note interne : visible par les collègues, jamais envoyée au citoyen.</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Entrée</translation>
    </message>
</context>
<context>
    <name>meldpunt::Outbox</name>
    <message>
        <source>No mail server is set up; fill in the server and sender address in the sending settings.</source>
        <translation>Aucun serveur de messagerie n&apos;est configuré ; indiquez le serveur et l&apos;adresse de l&apos;expéditeur dans les paramètres d&apos;envoi.</translation>
    </message>
    <message>
        <source>The mail server password has not been entered in this session.</source>
        <translation>Le mot de passe du serveur de messagerie n&apos;a pas été saisi dans cette session.</translation>
    </message>
    <message>
        <source>No SMS gateway is set up; fill in its address in the sending settings.</source>
        <translation>Aucune passerelle SMS n&apos;est configurée ; indiquez son adresse dans les paramètres d&apos;envoi.</translation>
    </message>
    <message>
        <source>The SMS gateway address is not a valid URL: %1</source>
        <translation>L&apos;adresse de la passerelle SMS n&apos;est pas une URL valide : %1</translation>
    </message>
    <message>
        <source>The SMS gateway answered %1 %2: %3</source>
        <translation>La passerelle SMS a répondu %1 %2 : %3</translation>
    </message>
    <message>
        <source>The SMS gateway could not be reached: %1</source>
        <translation>La passerelle SMS n&apos;a pas pu être jointe : %1</translation>
    </message>
</context>
<context>
    <name>meldpunt::OutboxView</name>
    <message>
        <source>Send now</source>
        <translation>Envoyer maintenant</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Do not send</source>
        <translation>Ne pas envoyer</translation>
    </message>
    <message>
        <source>Waiting and failed</source>
        <translation>En attente et en échec</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>All e-mail, SMS and calls</source>
        <translation>Tous les e-mails, SMS et appels</translation>
    </message>
    <message>
        <source>Send every waiting e-mail and SMS now</source>
        <translation>Envoyer maintenant tous les e-mails et SMS en attente</translation>
    </message>
    <message>
        <source>Put failed messages back in the queue; they keep their identity, so a server that got them already can tell.</source>
        <translation>Remettre les messages en échec dans la file d&apos;attente ; ils gardent leur identité, afin qu&apos;un serveur qui les a déjà reçus puisse le savoir.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Mail server password</source>
        <translation>Mot de passe du serveur de messagerie</translation>
    </message>
    <message>
        <source>Password for the mail server (kept until Meldpunt closes):</source>
        <translation>Mot de passe du serveur de messagerie (conservé jusqu&apos;à la fermeture de Meldpunt) :</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Queued again; press Send now or wait for the next run.</source>
        <translation>Remis en file d&apos;attente ; cliquez sur Envoyer maintenant ou attendez le prochain passage.</translation>
    </message>
    <message>
        <source>%1 sent, %2 still waiting with a problem.</source>
        <translation>%1 envoyés, %2 encore en attente avec un problème.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) sent.</source>
        <translation>
            <numerusform>%n message envoyé.</numerusform>
            <numerusform>%n messages envoyés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meldpunt::Picker</name>
    <message>
        <source>Type to filter…</source>
        <translation>Tapez pour filtrer…</translation>
    </message>
    <message>
        <source>Enter chooses · Esc cancels · ↑↓ move</source>
        <translation>Entrée choisit · Échap annule · ↑↓ déplacer</translation>
    </message>
</context>
<context>
    <name>meldpunt::PrintQueueView</name>
    <message>
        <source>Select all</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation>Aperçu et impression…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Mark as printed</source>
        <translation>Marquer comme imprimé</translation>
    </message>
    <message>
        <source>Letters to print</source>
        <translation>Lettres à imprimer</translation>
    </message>
    <message>
        <source>Printed today</source>
        <translation>Imprimées aujourd&apos;hui</translation>
    </message>
    <message>
        <source>All printed letters</source>
        <translation>Toutes les lettres imprimées</translation>
    </message>
    <message>
        <source>For letters printed some other way; they leave the queue.</source>
        <translation>Pour les lettres imprimées autrement ; elles quittent la file d&apos;attente.</translation>
    </message>
    <message>
        <source>Print letters</source>
        <translation>Imprimer les lettres</translation>
    </message>
    <message>
        <source>Save the letters as PDF</source>
        <translation>Enregistrer les lettres en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print queue</source>
        <translation>File d&apos;impression</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n letter(s) as printed without printing them here?</source>
        <translation>
            <numerusform>Marquer %n lettre comme imprimée sans l&apos;imprimer ici ?</numerusform>
            <numerusform>Marquer %n lettres comme imprimées sans les imprimer ici ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Print again…</source>
        <translation>Réimprimer…</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) waiting</source>
        <translation>
            <numerusform>%n lettre en attente</numerusform>
            <numerusform>%n lettres en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) printed</source>
        <translation>
            <numerusform>%n lettre imprimée</numerusform>
            <numerusform>%n lettres imprimées</numerusform>
        </translation>
    </message>
    <message>
        <source>No letters are waiting.</source>
        <translation>Aucune lettre en attente.</translation>
    </message>
    <message>
        <source>No printed letters.</source>
        <translation>Aucune lettre imprimée.</translation>
    </message>
    <message>
        <source>Preparing the letters…</source>
        <translation>Préparation des lettres…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Select the letters to print first.</source>
        <translation>Sélectionnez d&apos;abord les lettres à imprimer.</translation>
    </message>
    <message>
        <source>Meldpunt letters</source>
        <translation>Lettres Meldpunt</translation>
    </message>
    <message>
        <source>The letters were not printed: %1</source>
        <translation>Les lettres n&apos;ont pas été imprimées : %1</translation>
    </message>
    <message numerus="yes">
        <source>Did all %n letter(s) come out of the printer correctly? They are then marked as printed and leave the queue.</source>
        <translation>
            <numerusform>La lettre est-elle sortie correctement de l&apos;imprimante ? Elle sera alors marquée comme imprimée et quittera la file d&apos;attente.</numerusform>
            <numerusform>Les %n lettres sont-elles toutes sorties correctement de l&apos;imprimante ? Elles seront alors marquées comme imprimées et quitteront la file d&apos;attente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Print preview: %n letter(s)</source>
        <translation>
            <numerusform>Aperçu avant impression : %n lettre</numerusform>
            <numerusform>Aperçu avant impression : %n lettres</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the letters first.</source>
        <translation>Sélectionnez d&apos;abord les lettres.</translation>
    </message>
    <message>
        <source>letters-%1.pdf</source>
        <translation>lettres-%1.pdf</translation>
    </message>
    <message>
        <source>The PDF was not written: %1</source>
        <translation>Le PDF n&apos;a pas été écrit : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) saved in %1. Mark them as printed now? (Say no if you print the PDF later.)</source>
        <translation>
            <numerusform>%n lettre enregistrée dans %1. La marquer comme imprimée maintenant ? (Répondez non si vous imprimez le PDF plus tard.)</numerusform>
            <numerusform>%n lettres enregistrées dans %1. Les marquer comme imprimées maintenant ? (Répondez non si vous imprimez le PDF plus tard.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meldpunt::QueueModel</name>
    <message>
        <source>done same day</source>
        <translation>traité le jour même</translation>
    </message>
    <message numerus="yes">
        <source>done in %n d</source>
        <translation>
            <numerusform>traité en %n j</numerusform>
            <numerusform>traité en %n j</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d overdue</source>
        <translation>
            <numerusform>%n j de retard</numerusform>
            <numerusform>%n j de retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h overdue</source>
        <translation>
            <numerusform>%n h de retard</numerusform>
            <numerusform>%n h de retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %n d</source>
        <translation>
            <numerusform>échéance dans %n j</numerusform>
            <numerusform>échéance dans %n j</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %n h</source>
        <translation>
            <numerusform>échéance dans %n h</numerusform>
            <numerusform>échéance dans %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>aujourd&apos;hui %1</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>hier %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Échéance %1</translation>
    </message>
    <message>
        <source>More than three times its handling time: escalate.</source>
        <translation>Plus de trois fois son délai de traitement : à escalader.</translation>
    </message>
    <message>
        <source>No department yet; choose one with D.</source>
        <translation>Pas encore de service ; choisissez-en un avec D.</translation>
    </message>
    <message>
        <source>Suggested: %1. Press Enter to route it there, D to choose another.</source>
        <translation>Suggéré : %1. Appuyez sur Entrée pour l&apos;y attribuer, D pour en choisir un autre.</translation>
    </message>
    <message>
        <source>Changed: no longer matches the filter. It stays here until you refresh (F5).</source>
        <translation>Modifié : ne correspond plus au filtre. Il reste ici jusqu&apos;à l&apos;actualisation (F5).</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Quartier</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation>Cliquez pour trier selon cette colonne</translation>
    </message>
</context>
<context>
    <name>meldpunt::ReplyDialog</name>
    <message>
        <source>Reply to the citizen</source>
        <translation>Répondre au citoyen</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Citoyen</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Your own words for this reply: a question, an explanation, who else to contact. They go where the template says {{reply.note}}.</source>
        <translation>Vos propres mots pour cette réponse : une question, une explication, qui d&apos;autre contacter. Ils s&apos;insèrent là où le modèle indique {{reply.note}}.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>What was said, what was agreed.</source>
        <translation>Ce qui a été dit, ce qui a été convenu.</translation>
    </message>
    <message>
        <source>What to say</source>
        <translation>Quoi dire</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Call note</source>
        <translation>Note d&apos;appel</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Preview for</source>
        <translation>Aperçu pour</translation>
    </message>
    <message>
        <source>Send the reply?</source>
        <translation>Envoyer la réponse ?</translation>
    </message>
    <message>
        <source>The report no longer exists; there is nothing to answer.</source>
        <translation>Le signalement n&apos;existe plus ; il n&apos;y a rien à quoi répondre.</translation>
    </message>
    <message>
        <source>%1 (reported it too)</source>
        <translation>%1 (l&apos;a aussi signalé)</translation>
    </message>
    <message>
        <source>Reported the same problem; merged into this report</source>
        <translation>A signalé le même problème ; fusionné avec ce signalement</translation>
    </message>
    <message>
        <source>Reported this problem</source>
        <translation>A signalé ce problème</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Write down what was said on the phone with %1.</source>
        <translation>Notez ce qui a été dit au téléphone avec %1.</translation>
    </message>
    <message>
        <source>No value for: %1.</source>
        <translation>Aucune valeur pour : %1.</translation>
    </message>
    <message>
        <source>Unknown fields: %1.</source>
        <translation>Champs inconnus : %1.</translation>
    </message>
    <message>
        <source>Nobody gets this channel.</source>
        <translation>Personne ne reçoit par ce canal.</translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>Envoyer la réponse</translation>
    </message>
    <message numerus="yes">
        <source>Send %n replies</source>
        <translation>
            <numerusform>Envoyer %n réponse</numerusform>
            <numerusform>Envoyer %n réponses</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one citizen to answer.</source>
        <translation>Choisissez au moins un citoyen à qui répondre.</translation>
    </message>
    <message>
        <source>Choose another channel for them or leave them out.</source>
        <translation>Choisissez un autre canal pour eux ou excluez-les.</translation>
    </message>
    <message>
        <source>The reply has no value for: %1. Those places show a marked placeholder. Send it anyway?</source>
        <translation>La réponse n&apos;a pas de valeur pour : %1. Ces endroits affichent un espace réservé signalé. L&apos;envoyer quand même ?</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>This report is anonymous or its citizen was anonymised: there is nobody to answer.</source>
        <translation>Ce signalement est anonyme ou son citoyen a été anonymisé : il n&apos;y a personne à qui répondre.</translation>
    </message>
    <message>
        <source>%1 (no e-mail address)</source>
        <translation>%1 (pas d&apos;adresse e-mail)</translation>
    </message>
</context>
<context>
    <name>meldpunt::ReportCommands</name>
    <message numerus="yes">
        <source>Route %n report(s) to %1</source>
        <translation>
            <numerusform>Attribuer %n signalement à %1</numerusform>
            <numerusform>Attribuer %n signalements à %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The category of %1 has no suggested department; choose one with D.</source>
        <translation>La catégorie de %1 n&apos;a pas de service suggéré ; choisissez-en un avec D.</translation>
    </message>
    <message numerus="yes">
        <source>Route %n report(s) to their suggested departments</source>
        <translation>
            <numerusform>Attribuer %n signalement à son service suggéré</numerusform>
            <numerusform>Attribuer %n signalements à leurs services suggérés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set category of %n report(s) to %1</source>
        <translation>
            <numerusform>Définir la catégorie de %n signalement sur %1</numerusform>
            <numerusform>Définir la catégorie de %n signalements sur %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set priority of %n report(s) to %1</source>
        <translation>
            <numerusform>Définir la priorité de %n signalement sur %1</numerusform>
            <numerusform>Définir la priorité de %n signalements sur %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set status of %n report(s) to %1</source>
        <translation>
            <numerusform>Définir le statut de %n signalement sur %1</numerusform>
            <numerusform>Définir le statut de %n signalements sur %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %n report(s) to %1</source>
        <translation>
            <numerusform>Attribuer %n signalement à %1</numerusform>
            <numerusform>Attribuer %n signalements à %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as duplicate of %1</source>
        <translation>Marquer comme doublon de %1</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter une note</translation>
    </message>
</context>
<context>
    <name>meldpunt::SyncEngine</name>
    <message>
        <source>The server has no Meldpunt schema; an administrator creates it with “meldpunt server init”.</source>
        <translation>Le serveur n&apos;a pas de schéma Meldpunt ; un administrateur le crée avec « meldpunt server init ».</translation>
    </message>
    <message>
        <source>The central database is newer (schema %1) than this program (%2); install the newer Meldpunt.</source>
        <translation>La base centrale est plus récente (schéma %1) que ce programme (%2) ; installez le Meldpunt plus récent.</translation>
    </message>
    <message>
        <source>The server did not accept LISTEN: %1</source>
        <translation>Le serveur n&apos;a pas accepté LISTEN : %1</translation>
    </message>
    <message>
        <source>Not connected to the central database.</source>
        <translation>Pas connecté à la base centrale.</translation>
    </message>
    <message>
        <source>The first sync was cancelled; it starts again at the next connection.</source>
        <translation>La première synchronisation a été annulée ; elle recommence à la prochaine connexion.</translation>
    </message>
    <message>
        <source>The server did not take the changes: %1</source>
        <translation>Le serveur n&apos;a pas accepté les modifications : %1</translation>
    </message>
    <message>
        <source>The server answered %1 of %2 changes.</source>
        <translation>Le serveur a répondu à %1 modifications sur %2.</translation>
    </message>
</context>
<context>
    <name>meldpunt::SyncStatusWidget</name>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Conflicts…</source>
        <translation>Conflits…</translation>
    </message>
    <message>
        <source>Central database…</source>
        <translation>Base centrale…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>First sync…</source>
        <translation>Première synchronisation…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>synchronisé à %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n modification en attente</numerusform>
            <numerusform>%n modifications en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message>
        <source>The central database cannot be reached. You work on this desk&apos;s copy; the changes are sent when it is back.</source>
        <translation>La base centrale est injoignable. Vous travaillez sur la copie de ce poste ; les modifications partent à son retour.</translation>
    </message>
    <message>
        <source>This desk works on a copy of the central database, kept up to date as other desks change it.</source>
        <translation>Ce poste travaille sur une copie de la base centrale, tenue à jour quand d&apos;autres postes la modifient.</translation>
    </message>
</context>
<context>
    <name>meldpunt::TemplateEditor</name>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>B</source>
        <translation>G</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>Gras (Ctrl+B)</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>Italique (Ctrl+I)</translation>
    </message>
    <message>
        <source>U</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Underline (Ctrl+U)</source>
        <translation>Souligné (Ctrl+U)</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Liste</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Liste</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Liste numérotée</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Make the paragraph a heading</source>
        <translation>Transformer le paragraphe en titre</translation>
    </message>
    <message>
        <source>Plain</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Remove bold, italic and underline from the selection</source>
        <translation>Supprimer le gras, l&apos;italique et le soulignement de la sélection</translation>
    </message>
    <message>
        <source>Insert field</source>
        <translation>Insérer un champ</translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation>Par exemple : %1</translation>
    </message>
    <message>
        <source>GSM-7</source>
        <translation>GSM-7</translation>
    </message>
    <message>
        <source>UCS-2 (a character outside GSM-7)</source>
        <translation>UCS-2 (un caractère hors GSM-7)</translation>
    </message>
    <message numerus="yes">
        <source>%1 characters · %n SMS · %2 · %3 left</source>
        <translation>
            <numerusform>%1 caractères · %n SMS · %2 · %3 restants</numerusform>
            <numerusform>%1 caractères · %n SMS · %2 · %3 restants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meldpunt::TemplatePreview</name>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De :</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À :</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Objet :</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>À %1</translation>
    </message>
    <message>
        <source>No value for this report: %1. It shows as a marked placeholder; fill it in or change the text.</source>
        <translation>Aucune valeur pour ce signalement : %1. Un espace réservé signalé s&apos;affiche ; complétez-le ou modifiez le texte.</translation>
    </message>
    <message>
        <source>Unknown fields: %1.</source>
        <translation>Champs inconnus : %1.</translation>
    </message>
</context>
<context>
    <name>meldpunt::TileFetcher</name>
    <message>
        <source>The tile server %1 has no tile here (HTTP %2).</source>
        <translation>Le serveur de tuiles %1 n&apos;a pas de tuile ici (HTTP %2).</translation>
    </message>
    <message>
        <source>The tile server %1 refuses access (HTTP %2); check the address and its terms of use.</source>
        <translation>Le serveur de tuiles %1 refuse l&apos;accès (HTTP %2) ; vérifiez l&apos;adresse et ses conditions d&apos;utilisation.</translation>
    </message>
    <message>
        <source>The tile server %1 rejected the request (HTTP %2).</source>
        <translation>Le serveur de tuiles %1 a rejeté la requête (HTTP %2).</translation>
    </message>
    <message>
        <source>The tile server %1 has a problem (HTTP %2).</source>
        <translation>Le serveur de tuiles %1 a un problème (HTTP %2).</translation>
    </message>
    <message>
        <source>The tile server %1 did not answer in time.</source>
        <translation>Le serveur de tuiles %1 n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The tile server %1 cannot be reached: %2</source>
        <translation>Le serveur de tuiles %1 est injoignable : %2</translation>
    </message>
</context>
<context>
    <name>meldpunt::TileProvider</name>
    <message>
        <source>The tile server %1 sent something that is not an image.</source>
        <translation>Le serveur de tuiles %1 a envoyé quelque chose qui n&apos;est pas une image.</translation>
    </message>
    <message>
        <source>Offline map %1</source>
        <translation>Carte hors ligne %1</translation>
    </message>
</context>
</TS>
