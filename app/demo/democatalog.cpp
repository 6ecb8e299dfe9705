// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/democatalog.h"

namespace meldpunt::demo {

namespace {
enum Dept { GRO, WEG, NET, MOB, RIO, OVL, HAN, GEB };
}

const std::array<double, 12>& seasonFactors(Season s)
{
    // January to December. Leaf baskets and leaves peak in October and November, weeds in
    // spring and summer, storms and floods in autumn and winter, broken lamps in the dark months.
    static const std::array<std::array<double, 12>, std::size_t(Season::Count)> table { {
        { 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1 },
        { 0.04, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.04, 0.25, 4.0, 4.2, 0.5 },
        { 0.2, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.2, 0.7, 3.0, 3.5, 1.5 },
        { 0.15, 0.2, 0.6, 1.4, 2.2, 2.4, 2.2, 1.8, 1.0, 0.4, 0.2, 0.1 },
        { 0.5, 0.5, 0.8, 1.2, 1.6, 1.7, 1.5, 1.3, 1.0, 0.8, 0.6, 0.5 },
        { 1.9, 1.8, 1.4, 0.8, 0.5, 0.5, 0.6, 0.6, 0.8, 1.4, 1.7, 1.9 },
        { 1.5, 1.3, 1.1, 0.8, 0.7, 0.8, 0.9, 0.9, 1.0, 1.3, 1.6, 1.6 },
        { 1.5, 1.3, 1.0, 0.8, 0.6, 0.5, 0.5, 0.6, 0.9, 1.3, 1.6, 1.6 },
        { 0.6, 0.6, 0.8, 1.0, 1.2, 1.4, 1.5, 1.5, 1.1, 0.9, 0.7, 0.6 },
        { 1.6, 1.8, 1.5, 1.1, 0.9, 0.8, 0.7, 0.7, 0.8, 0.9, 1.0, 1.3 },
    } };
    return table[std::size_t(s)];
}

const std::vector<DepartmentSpec>& departments()
{
    static const std::vector<DepartmentSpec> list {
        { "GRO", "Groendienst", "Service des espaces verts", "groendienst@oostveld.be", "els.vandamme",
            "Els Vandamme", 0.80, { WEG, NET } },
        { "WEG", "Wegendienst", "Service de la voirie", "wegendienst@oostveld.be", "koen.maes", "Koen Maes", 0.90,
            { RIO, MOB } },
        { "NET", "Netheid", "Service de la propreté", "netheid@oostveld.be", "sofie.claeys", "Sofie Claeys", 0.45,
            { GRO, HAN } },
        { "MOB", "Mobiliteit", "Service de la mobilité", "mobiliteit@oostveld.be", "bart.wouters", "Bart Wouters",
            0.70, { WEG, HAN } },
        { "RIO", "Riolering", "Service de l'égouttage", "riolering@oostveld.be", "lieve.dewitte", "Lieve Dewitte",
            0.60, { WEG } },
        { "OVL", "Openbare verlichting", "Éclairage public", "verlichting@oostveld.be", "pieter.jacobs",
            "Pieter Jacobs", 0.75, { MOB } },
        { "HAN", "Handhaving", "Service du maintien de l'ordre", "handhaving@oostveld.be", "nathalie.goossens",
            "Nathalie Goossens", 0.55, { MOB, NET } },
        { "GEB", "Gebouwen", "Service des bâtiments", "gebouwen@oostveld.be", "wim.vermeulen", "Wim Vermeulen", 0.85,
            { GRO } },
    };
    return list;
}

const std::vector<MainCategorySpec>& categories()
{
    static const std::vector<MainCategorySpec> list {
        { "afval", "Afval", "Déchets", NET,
            {
                { "afval.zwerfvuil", "Zwerfvuil", "Déchets sauvages", NET, 5, 9.0, Season::Summer, true, false,
                    { "Er ligt veel zwerfvuil {plek}.", "Blikjes, flesjes en papiertjes overal {plek}.",
                        "Na het weekend ligt het vol afval {plek}.",
                        "De berm {plek} ligt vol plastic en blikjes.",
                        "Er waait al {duur} afval rond {plek}, het wordt steeds erger." } },
                { "afval.sluikstort", "Sluikstort", "Dépôt clandestin", NET, 3, 11.0, Season::Flat, true, false,
                    { "Iemand heeft {wanneer} vuilniszakken gedumpt {plek}.",
                        "Er is een sluikstort {plek}: een oude matras, een zetel en enkele dozen.",
                        "Naast de glasbollen staan al {duur} zakken afval en kartonnen dozen.",
                        "Bouwafval (gyproc, tegels, emmers) achtergelaten {plek}.",
                        "Er staat een kapotte koelkast op het voetpad voor nummer {nr}.",
                        "Opnieuw huisvuil gedumpt {plek}, er zitten al ratten in de zakken." } },
                { "afval.bladkorf", "Bladkorf vol", "Panier à feuilles plein", NET, 3, 3.5, Season::LeafBasket,
                    false, false,
                    { "De bladkorf {plek} zit helemaal vol.", "De bladkorf voor nummer {nr} is vol en de bladeren waaien terug op straat.",
                        "Bladkorf overvol, kan die geleegd worden?",
                        "De bladkorf {plek} is al {duur} niet meer geleegd.",
                        "Er is geen plaats meer in de bladkorf, de bladeren liggen ernaast." } },
                { "afval.vuilnisbak", "Vuilnisbak vol", "Poubelle publique pleine", NET, 2, 6.0, Season::Summer,
                    true, false,
                    { "De vuilnisbak {plek} puilt uit.", "Publieke vuilbak overvol, het afval ligt ernaast.",
                        "De vuilnisbak {plek} is al {duur} niet geledigd en begint te stinken.",
                        "Vuilbak vol, meeuwen halen alles eruit." } },
                { "afval.hondenpoep", "Hondenpoep", "Déjections canines", NET, 5, 3.0, Season::Flat, true, false,
                    { "Heel veel hondenpoep op het voetpad {plek}.",
                        "Het grasveld {plek} ligt vol hondenpoep, kinderen spelen daar.",
                        "Kan er een hondenpoepbuisje geplaatst worden {plek}? Het voetpad ligt vol." } },
            } },
        { "wegen", "Wegen", "Voirie", WEG,
            {
                { "wegen.put", "Put in wegdek", "Nid-de-poule", WEG, 10, 8.0, Season::Frost, false, false,
                    { "Er zit een diepe put in het wegdek {plek}.",
                        "Gevaarlijk gat in de weg ter hoogte van nummer {nr}, fietsers moeten uitwijken.",
                        "Na de vorst zijn er verschillende putten ontstaan {plek}.",
                        "Een put van zeker 10 cm diep in de rijbaan, mijn band is stuk.",
                        "Het asfalt brokkelt af {plek}." } },
                { "wegen.verzakking", "Verzakking", "Affaissement", WEG, 15, 3.0, Season::Wet, false, false,
                    { "Het wegdek is verzakt {plek}.", "De klinkers voor nummer {nr} zijn verzakt, er blijft water staan.",
                        "Verzakking in de rijbaan {plek}, wordt elke week erger." } },
                { "wegen.voetpad", "Voetpad beschadigd", "Trottoir endommagé", WEG, 20, 6.0, Season::Flat, false,
                    false,
                    { "Losliggende tegels op het voetpad {plek}.",
                        "Het voetpad is omhooggeduwd door boomwortels ter hoogte van nummer {nr}.",
                        "Mijn moeder is {wanneer} gestruikeld over een losse stoeptegel {plek}.",
                        "Voetpad onbegaanbaar met een rolstoel of kinderwagen {plek}." } },
            } },
        { "verlichting", "Openbare verlichting", "Éclairage public", OVL,
            {
                { "verlichting.straatlamp", "Straatlamp defect", "Lampadaire en panne", OVL, 10, 9.0, Season::Dark,
                    false, false,
                    { "De straatlamp voor nummer {nr} brandt niet meer.",
                        "Al {duur} is het pikdonker {plek}, de verlichting is defect.",
                        "Straatlamp flikkert de hele nacht {plek}.",
                        "Drie lampen na elkaar doen het niet {plek}, onveilig voor fietsers.",
                        "De paal met nummer {nr} geeft geen licht meer." } },
                { "verlichting.overdag", "Verlichting brandt overdag", "Éclairage allumé en journée", OVL, 10, 1.5,
                    Season::Summer, false, false,
                    { "De straatverlichting brandt {wanneer} overdag {plek}.",
                        "Alle lampen {plek} branden al {duur} ook overdag, zonde van de energie." } },
            } },
        { "groen", "Groen", "Espaces verts", GRO,
            {
                { "groen.snoeien", "Snoeien", "Élagage", GRO, 20, 5.0, Season::Pruning, false, false,
                    { "De haag {plek} hangt over het voetpad, je moet op de straat lopen.",
                        "Takken hangen voor het verkeersbord {plek}, het is niet meer zichtbaar.",
                        "De bomen {plek} moeten dringend gesnoeid worden, ze raken de gevels.",
                        "Struiken belemmeren het zicht op het kruispunt met de {straat}." } },
                { "groen.onkruid", "Onkruid", "Mauvaises herbes", GRO, 15, 5.0, Season::Weeds, false, false,
                    { "Het onkruid op het voetpad {plek} staat kniehoog.",
                        "Overal onkruid tussen de klinkers {plek}.",
                        "Het pleintje {plek} is een wildernis geworden, wordt dit nog onderhouden?",
                        "Onkruid langs de fietsweg {plek}, je ziet de boordsteen niet meer." } },
                { "groen.boom", "Boom omgevallen", "Arbre tombé", GRO, 1, 1.0, Season::Storm, false, true,
                    { "Door de storm is er een boom omgevallen {plek}, de weg is versperd.",
                        "Grote tak afgebroken en op de rijbaan gevallen {plek}.",
                        "Boom ligt over het fietspad {plek}, levensgevaarlijk in het donker.",
                        "Een boom helt gevaarlijk over naar de woning op nummer {nr}." } },
                { "groen.bladeren", "Bladeren", "Feuilles mortes", GRO, 10, 2.0, Season::Leaves, false, false,
                    { "Het fietspad {plek} ligt vol natte bladeren, het is spekglad.",
                        "Dikke laag bladeren op het voetpad {plek}.",
                        "De bladeren verstoppen de goten {plek}." } },
            } },
        { "verkeer", "Verkeer", "Circulation", MOB,
            {
                { "verkeer.bord", "Verkeersbord beschadigd", "Panneau de signalisation endommagé", MOB, 10, 3.0,
                    Season::Flat, false, false,
                    { "Het verkeersbord {plek} is omvergereden.",
                        "Het stopbord aan de hoek met de {straat} is gedraaid en niet meer leesbaar.",
                        "Verkeersbord beklad met stickers {plek}.",
                        "Het zonebord 30 {plek} is verdwenen." } },
                { "verkeer.licht", "Verkeerslicht defect", "Feu de signalisation en panne", MOB, 1, 1.0,
                    Season::Flat, false, true,
                    { "De verkeerslichten aan het kruispunt met de {straat} staan op knipperend oranje.",
                        "Het voetgangerslicht {plek} springt nooit op groen.",
                        "Verkeerslicht defect {plek}, gevaarlijke situaties tijdens de spits." } },
                { "verkeer.parkeren", "Foutparkeren", "Stationnement gênant", HAN, 2, 6.0, Season::Flat, false,
                    false,
                    { "Er staat {wanneer} weer een bestelwagen op het voetpad {plek}.",
                        "Auto's parkeren dagelijks op het fietspad {plek}.",
                        "Wagen staat al {duur} geparkeerd voor mijn garagepoort op nummer {nr}.",
                        "Foutparkeerders aan de schoolpoort {plek}, kinderen moeten op de straat lopen." } },
            } },
        { "riolering", "Riolering", "Égouttage", RIO,
            {
                { "riolering.kolk", "Kolk verstopt", "Avaloir bouché", RIO, 10, 4.0, Season::Leaves, false,
                    false,
                    { "De straatkolk voor nummer {nr} is verstopt.",
                        "Bij elke regenbui blijft er een grote plas staan {plek}, de kolk is verstopt.",
                        "Kolk zit vol bladeren en slib {plek}." } },
                { "riolering.wateroverlast", "Wateroverlast", "Inondation", RIO, 2, 2.0, Season::Wet, false, true,
                    { "Na de regen {wanneer} staat de straat blank {plek}.",
                        "Het water komt tot aan de voordeur op nummer {nr}.",
                        "De riolering kan het water niet slikken {plek}, kelders lopen onder.",
                        "Ondergelopen tunnel {plek}, auto's blijven steken." } },
                { "riolering.geurhinder", "Geurhinder", "Mauvaises odeurs", RIO, 10, 1.0, Season::Summer, false,
                    false,
                    { "Er komt een vieze rioolgeur uit de putten {plek}.",
                        "Al {duur} stinkt het naar riool {plek}, vooral 's avonds." } },
            } },
        { "overlast", "Overlast", "Nuisances", HAN,
            {
                { "overlast.geluid", "Geluid", "Nuisances sonores", HAN, 5, 3.0, Season::Summer, false, false,
                    { "Luide muziek tot diep in de nacht op nummer {nr}.",
                        "Lawaai van brommers {wanneer} {plek}.",
                        "Jongeren maken elke avond lawaai {plek}.",
                        "Een alarm loeit al {duur} {plek}." } },
                { "overlast.graffiti", "Graffiti", "Graffiti", NET, 15, 2.0, Season::Flat, false, false,
                    { "Nieuwe graffiti op de gevel {plek}.", "Het bushokje {plek} is volledig beklad.",
                        "Graffiti met scheldwoorden op de muur van nummer {nr}." } },
                { "overlast.wildplassen", "Wildplassen", "Miction sauvage", HAN, 10, 1.0, Season::Summer, false,
                    false,
                    { "Na de café-avonden wordt er steeds tegen de gevel geplast {plek}.",
                        "Wildplassers in de steeg naast nummer {nr}, het stinkt er vreselijk." } },
            } },
        { "dieren", "Dieren", "Animaux", -1,
            {
                { "dieren.dood", "Dood dier", "Animal mort", NET, 1, 1.5, Season::Flat, false, false,
                    { "Er ligt een dode kat op de rijbaan {plek}.", "Dode vos in de berm {plek}.",
                        "Een dode duif op het voetpad voor nummer {nr}." } },
                { "dieren.ratten", "Ratten", "Rats", RIO, 5, 1.5, Season::Wet, false, false,
                    { "Ratten gezien {plek}, vooral 's avonds.", "Er lopen ratten rond de glasbollen {plek}.",
                        "Rattenplaag in de tuinen achter de {straat}." } },
            } },
        { "gebouwen", "Gebouwen", "Bâtiments", GEB,
            {
                { "gebouwen.speeltuin", "Speeltuin defect", "Aire de jeux endommagée", GEB, 10, 1.0,
                    Season::Summer, false, false,
                    { "De schommel in de speeltuin {plek} is kapot.",
                        "Scherpe splinters aan de glijbaan {plek}, gevaarlijk voor kinderen.",
                        "Het hek van de speeltuin {plek} sluit niet meer." } },
                { "gebouwen.bank", "Bank beschadigd", "Banc endommagé", GEB, 15, 1.0, Season::Flat, false, false,
                    { "De zitbank {plek} is vernield.", "Er ontbreken latten aan de bank {plek}.",
                        "De picknicktafel {plek} staat scheef en wiebelt." } },
            } },
    };
    return list;
}

const std::vector<UserSpec>& users()
{
    static const std::vector<UserSpec> list {
        { "an.peeters", "An Peeters", "coordinator", -1 },
        { "jeroen.desmet", "Jeroen Desmet", "coordinator", -1 },
        { "marie.lambrecht", "Marie Lambrecht", "clerk", -1 },
        { "admin", "Systeembeheerder", "admin", -1 },
    };
    return list;
}

const std::vector<FirstName>& firstNames()
{
    static const std::vector<FirstName> list {
        { "Jan", false }, { "Marc", false }, { "Luc", false }, { "Patrick", false }, { "Dirk", false },
        { "Geert", false }, { "Johan", false }, { "Koen", false }, { "Bart", false }, { "Tom", false },
        { "Pieter", false }, { "Wim", false }, { "Stijn", false }, { "Jens", false }, { "Lars", false },
        { "Arne", false }, { "Wout", false }, { "Seppe", false }, { "Lucas", false }, { "Milan", false },
        { "Thomas", false }, { "Kristof", false }, { "Frederik", false }, { "Nico", false }, { "Ruben", false },
        { "Jonas", false }, { "Raphaël", false }, { "Jérôme", false }, { "Mehmet", false }, { "Youssef", false },
        { "Sofie", false }, { "Els", false }, { "An", false }, { "Katrien", false }, { "Hilde", false },
        { "Lien", false }, { "Eline", false }, { "Charlotte", false }, { "Emma", false }, { "Marie", false },
        { "Lotte", false }, { "Hanne", false }, { "Fien", false }, { "Nore", false }, { "Chloé", false },
        { "Zoë", false }, { "Anaïs", false }, { "Fatima", false }, { "Inge", false }, { "Veerle", false },
        { "Griet", false }, { "Sarah", false }, { "Julie", false }, { "Elke", false }, { "Nathalie", false },
        { "Roger", true }, { "Willy", true }, { "André", true }, { "René", true }, { "Noël", true },
        { "Gilbert", true }, { "Jozef", true }, { "Etienne", true }, { "Marcel", true }, { "Albert", true },
        { "Maria", true }, { "Rita", true }, { "Christiane", true }, { "Godelieve", true }, { "Monique", true },
        { "Annie", true }, { "Hélène", true }, { "Françoise", true }, { "Denise", true }, { "Agnes", true },
    };
    return list;
}

const std::vector<const char*>& lastNames()
{
    static const std::vector<const char*> list {
        "Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claeys", "Goossens", "Wouters",
        "De Smet", "Declercq", "Vanhoutte", "Verstraete", "Deconinck", "Vermeersch", "Desmet", "Vandamme",
        "Dewulf", "Goethals", "Lefèvre", "Depraetere", "Van Hecke", "Vercruysse", "Deleu", "Vanneste",
        "Callens", "Devos", "Ghesquière", "Verhaeghe", "Coene", "Lambrecht", "D'hondt", "Van Acker",
        "Bossuyt", "Dejonghe", "Debruyne", "Pattyn", "Lievens", "Seynaeve", "Vandewalle", "Vanwynsberghe",
        "Soenen", "Ryckaert", "Naessens", "Demeulenaere", "Vandekerckhove", "Decock", "Desmedt", "Dekeyser",
        "Roose", "Mestdagh", "Tack", "Vanhee", "Vanderhaeghen", "Degryse", "Dumon", "Van den Bossche",
        "Vermeulen", "Verbeke", "Van de Velde", "Cools", "Hoste", "Vandenbroucke", "Dequeker", "Bekaert",
        "Yilmaz", "El Amrani", "Öztürk", "Nowak", "Kowalski", "Benali", "Dupont", "Lemaire",
    };
    return list;
}

const std::vector<const char*>& mailDomains()
{
    static const std::vector<const char*> list { "telenet.be", "gmail.com", "proximus.be", "skynet.be",
        "hotmail.com", "outlook.com", "gmail.com", "telenet.be", "scarlet.be", "icloud.com" };
    return list;
}

const std::vector<const char*>& landmarkStreets()
{
    // Placed on purpose by the town layout (squares, the station, roads to the neighbouring towns).
    static const std::vector<const char*> list {
        "Grote Markt", "Stationsplein", "Stationsstraat", "Kerkplein", "Sint-Niklaasplein", "Parkdreef",
        "Sportlaan", "Ieperse Heirweg", "Roeselaarsesteenweg", "Brugsesteenweg", "Tieltsestraat",
        "Gentsesteenweg", "Izegemsestraat", "Kortrijksesteenweg", "Meensesteenweg", "Hélène Dutrieustraat",
        "Émile Verhaerenlaan", "Koning Albertlaan", "Koningin Astridplein", "Onze-Lieve-Vrouwestraat",
        "Sint-Jozefsstraat", "Guido Gezellestraat", "Kardinaal Mercierplein", "Pater Damiaanstraat",
        "'s-Gravenstraat",
    };
    return list;
}

const std::vector<const char*>& streetStems()
{
    static const std::vector<const char*> list {
        "Kerk", "Molen", "Linden", "Beuken", "Eiken", "Berken", "Populieren", "Wilgen", "Kastanje", "School",
        "Hof", "Brug", "Beek", "Veld", "Kouter", "Meersen", "Vijver", "Kapel", "Klooster", "Abdij", "Schans",
        "Dorp", "Heide", "Zand", "Bos", "Akker", "Weide", "Vlas", "Hoppe", "Rozen", "Tulpen", "Lelie",
        "Bloemen", "Leeuwerik", "Merel", "Zwaluwen", "Vinken", "Kievit", "Nachtegalen", "Spoorweg", "Vaart",
        "Dijk", "Wind", "Water", "Smede", "Bakkers", "Brouwers", "Wevers", "Ooievaar", "Reiger", "Hazelaar",
        "Hulst", "Esdoorn", "Lijsterbes", "Vossen", "Hazen", "Ganzen", "Kalk", "Steen", "Pottenbakkers",
        "Gilde", "Ambachts", "Klaproos", "Korenbloem", "Haver", "Tarwe", "Rogge", "Gersten", "Meidoorn",
        "Sleedoorn", "Vlinder", "Boomgaard", "Hoeve", "Pastorie", "Mote", "Kasteel", "Ter Beke", "Kruis",
        "Wingerd", "Wijngaard", "Zonne", "Mane", "Sterre", "Appel", "Peren", "Kersen", "Noten", "Elzen",
        "Platanen", "Iepen", "Acacia", "Kamille", "Distel", "Varens", "Riet", "Lisdodde", "IJzer",
    };
    return list;
}

const std::vector<const char*>& personStems()
{
    static const std::vector<const char*> list {
        "Hendrik Conscience", "Albrecht Rodenbach", "Hugo Verriest", "Stijn Streuvels", "Jan Van Eyck",
        "Constant Permeke", "Ernest Claes", "Pieter Breughel", "Prins Boudewijn", "Koning Leopold",
        "Burgemeester Vandenbogaerde", "Pastoor Verhaeghe", "Dokter Delbeke", "Jules Destrée",
        "Désiré Mergaert", "Camille Lemonnier", "Frère-Orban", "Adolf Daens", "Cyriel Verschaeve",
        "Edward Anseele", "Lieven Bauwens", "Jacob van Maerlant", "Paul Buyssens", "René Declercq",
        "Gustaaf Vandecasteele", "Zénobe Gramme", "Karel van de Woestijne", "Virginie Loveling",
        "Rosalie Loveling", "Sint-Elooi", "Sint-Pieters", "Sint-Amands", "Sint-Janshoek", "Sint-Rochus",
    };
    return list;
}

const std::vector<const char*>& streetAdjectives()
{
    static const std::vector<const char*> list { "Korte", "Lange", "Oude", "Nieuwe", "Hoge", "Kleine", "Grote" };
    return list;
}

const std::vector<const char*>& openings()
{
    // A greeting on a line of its own, as people type it in a form or a mail.
    static const std::vector<const char*> list { "", "", "", "", "", "Goedendag,\n", "Beste,\n", "Hallo,\n",
        "Geachte,\n", "Dag stad Oostveld,\n", "Ik wil graag het volgende melden: ", "Opnieuw: ", "Goeiemorgen,\n" };
    return list;
}

const std::vector<const char*>& closings()
{
    static const std::vector<const char*> list { "", "", "", "", "", " Alvast bedankt.", " Graag snel een oplossing.",
        " Dit is al de derde keer dat ik dit meld!", " Kan hier iemand naar kijken?", " Dank u.",
        " Graag een reactie.", " Foto volgt via mail.", " Het is echt niet meer te doen.", " Mvg.",
        " Bedankt om dit op te volgen." };
    return list;
}

const std::vector<const char*>& places()
{
    static const std::vector<const char*> list { "aan de bushalte", "naast de glasbollen", "aan het speelpleintje",
        "voor de school", "aan de ingang van het park", "bij de kerk", "aan de hoek met de {straat}",
        "ter hoogte van nummer {nr}", "tegenover de bakker", "aan het kruispunt", "langs het fietspad",
        "achter de sporthal", "aan de parking", "in onze straat", "voor de apotheek", "aan het station",
        "naast het jeugdhuis", "tussen nummer {nr} en de {straat}", "op het pleintje", "aan de frituur" };
    return list;
}

const std::vector<const char*>& whenPhrases()
{
    static const std::vector<const char*> list { "gisteravond", "vannacht", "vanochtend", "dit weekend",
        "gisteren", "vorige week", "deze middag", "zondag" };
    return list;
}

const std::vector<const char*>& durationPhrases()
{
    static const std::vector<const char*> list { "twee dagen", "een week", "drie weken", "enkele dagen",
        "een maand", "sinds het weekend", "een tijdje" };
    return list;
}

const std::vector<const char*>& notes()
{
    static const std::vector<const char*> list { "Ploeg ter plaatse geweest, materiaal besteld.",
        "Burger telefonisch gecontacteerd voor meer details.", "Foto's bekeken, prioriteit behouden.",
        "Ingepland in de weekplanning.", "Aannemer verwittigd.", "Zie ook eerdere melding in dezelfde straat." };
    return list;
}

const std::vector<const char*>& holdNotes()
{
    static const std::vector<const char*> list { "Wacht op levering van onderdelen.",
        "Wacht op toelating van de eigenaar.", "Uit te voeren door Fluvius.",
        "Opgenomen in de geplande heraanleg van de straat.", "Wacht op aannemer." };
    return list;
}

} // namespace meldpunt::demo
