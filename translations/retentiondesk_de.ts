<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BgNbd</name>
    <message>
        <source>The purchase model cannot be fitted without customers.</source>
        <translation>Das Kaufmodell lässt sich ohne Kunden nicht anpassen.</translation>
    </message>
    <message>
        <source>The purchase model cannot be fitted with these options.</source>
        <translation>Das Kaufmodell lässt sich mit diesen Einstellungen nicht anpassen.</translation>
    </message>
    <message>
        <source>The purchase model cannot be fitted: a customer summary is invalid.</source>
        <translation>Das Kaufmodell lässt sich nicht anpassen: eine Kundenzusammenfassung ist ungültig.</translation>
    </message>
    <message numerus="yes">
        <source>The purchase model needs at least %n customer(s) with a repeat purchase.</source>
        <translation>
            <numerusform>Das Kaufmodell braucht mindestens %n Kunden mit einem Wiederholungskauf.</numerusform>
            <numerusform>Das Kaufmodell braucht mindestens %n Kunden mit einem Wiederholungskauf.</numerusform>
        </translation>
    </message>
    <message>
        <source>The purchase model needs customers observed for some time.</source>
        <translation>Das Kaufmodell braucht Kunden, die eine Zeit lang beobachtet wurden.</translation>
    </message>
    <message>
        <source>The purchase model could not be fitted to these customers.</source>
        <translation>Das Kaufmodell ließ sich an diese Kunden nicht anpassen.</translation>
    </message>
    <message numerus="yes">
        <source>The fit converged after %n evaluation(s).</source>
        <translation>
            <numerusform>Die Anpassung konvergierte nach %n Auswertung.</numerusform>
            <numerusform>Die Anpassung konvergierte nach %n Auswertungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The fit stopped after %n evaluation(s) without converging; treat its scores with care.</source>
        <translation>
            <numerusform>Die Anpassung endete nach %n Auswertung ohne Konvergenz; ihre Werte mit Vorsicht behandeln.</numerusform>
            <numerusform>Die Anpassung endete nach %n Auswertungen ohne Konvergenz; ihre Werte mit Vorsicht behandeln.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>The database FILE.</source>
        <translation>Die Datenbank FILE.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Shows what a database holds: records per table, date range and schema version.</source>
        <translation>Zeigt, was eine Datenbank enthält: Datensätze pro Tabelle, Zeitraum und Schemaversion.</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>Ausgabeformat: text oder json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>info needs --db FILE.</source>
        <translation>info braucht --db FILE.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use text or json.</source>
        <translation>Unbekanntes Format &quot;%1&quot;: Verwenden Sie text oder json.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>Database:       %1</source>
        <translation>Datenbank:      %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Schemaversion:  %1</translation>
    </message>
    <message>
        <source>Customers:      %1</source>
        <translation>Kunden:         %1</translation>
    </message>
    <message>
        <source>Orders:         %1</source>
        <translation>Bestellungen:   %1</translation>
    </message>
    <message>
        <source>Activity:       %1</source>
        <translation>Aktivitäten:    %1</translation>
    </message>
    <message>
        <source>Tickets:        %1</source>
        <translation>Tickets:        %1</translation>
    </message>
    <message>
        <source>Surveys:        %1</source>
        <translation>Umfragen:       %1</translation>
    </message>
    <message>
        <source>Imports:        %1</source>
        <translation>Importe:        %1</translation>
    </message>
    <message>
        <source>Date range:     %1</source>
        <translation>Zeitraum:       %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Show what a database holds.</source>
        <translation>Anzeigen, was eine Datenbank enthält.</translation>
    </message>
    <message>
        <source>Usage: retentiondesk-cli COMMAND [OPTIONS]

Commands:
</source>
        <translation>Aufruf: retentiondesk-cli COMMAND [OPTIONS]

Befehle:
</translation>
    </message>
    <message>
        <source>
Run retentiondesk-cli COMMAND --help for the options of a command.
</source>
        <translation>
retentiondesk-cli COMMAND --help zeigt die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>encoding %1, delimiter %2, decimal %3%4</source>
        <translation>Zeichenkodierung %1, Trennzeichen %2, Dezimaltrennzeichen %3%4</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>, dates: %1</source>
        <translation>, Datumsformate: %1</translation>
    </message>
    <message>
        <source>Imports a CSV file of customers, orders, activity events, support tickets or survey answers. The file is one transaction: valid rows are committed together, rejected rows are reported with line, column and reason. Importing the same file again changes nothing.</source>
        <translation>Importiert eine CSV-Datei mit Kunden, Bestellungen, Aktivitäten, Support-Tickets oder Umfrageantworten. Die Datei wird in einer einzigen Transaktion verarbeitet: Gültige Zeilen werden gemeinsam gespeichert, abgelehnte Zeilen werden mit Zeile, Spalte und Grund gemeldet. Ein erneuter Import derselben Datei ändert nichts.</translation>
    </message>
    <message>
        <source>What the file holds: customers, orders, activity, tickets or surveys.</source>
        <translation>Was die Datei enthält: customers, orders, activity, tickets oder surveys.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Map a column (header or 1-based number) to a field, e.g. --map Kundennr=customer_id; repeatable. Field &quot;ignore&quot; skips a column.</source>
        <translation>Eine Spalte (Spaltenüberschrift oder Nummer, beginnend bei 1) einem Feld zuordnen, z. B. --map Kundennr=customer_id; mehrfach verwendbar. Das Feld &quot;ignore&quot; überspringt eine Spalte.</translation>
    </message>
    <message>
        <source>COLUMN=field</source>
        <translation>COLUMN=field</translation>
    </message>
    <message>
        <source>Field delimiter: , ; | or tab (detected when not given).</source>
        <translation>Trennzeichen der Felder: , ; | oder tab (wird erkannt, wenn nicht angegeben).</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Text encoding: utf-8 or windows-1252 (detected when not given).</source>
        <translation>Zeichenkodierung des Textes: utf-8 oder windows-1252 (wird erkannt, wenn nicht angegeben).</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>Date format: dd.MM.yyyy, yyyy-MM-dd, iso, MM/dd/yyyy, dd/MM/yyyy, yyyyMMdd or ddMM (detected when not given).</source>
        <translation>Datumsformat: dd.MM.yyyy, yyyy-MM-dd, iso, MM/dd/yyyy, dd/MM/yyyy, yyyyMMdd oder ddMM (wird erkannt, wenn nicht angegeben).</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Decimal mark in amounts: comma or point (detected when not given).</source>
        <translation>Dezimaltrennzeichen in Beträgen: comma oder point (wird erkannt, wenn nicht angegeben).</translation>
    </message>
    <message>
        <source>comma|point</source>
        <translation>comma|point</translation>
    </message>
    <message>
        <source>Write the rejected rows with their reasons to this CSV file.</source>
        <translation>Die abgelehnten Zeilen mit ihren Gründen in diese CSV-Datei schreiben.</translation>
    </message>
    <message>
        <source>OUT.csv</source>
        <translation>OUT.csv</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation>Die zu importierende Datei.</translation>
    </message>
    <message>
        <source>import needs --db FILE.</source>
        <translation>import braucht --db FILE.</translation>
    </message>
    <message>
        <source>import needs exactly one CSVFILE.</source>
        <translation>import braucht genau eine CSVFILE.</translation>
    </message>
    <message>
        <source>import needs --kind customers, orders, activity, tickets or surveys.</source>
        <translation>import braucht --kind customers, orders, activity, tickets oder surveys.</translation>
    </message>
    <message>
        <source>Unknown preset &quot;%1&quot;. Presets: %2.</source>
        <translation>Unbekannte Vorlage &quot;%1&quot;. Vorlagen: %2.</translation>
    </message>
    <message>
        <source>--map takes COLUMN=field, not &quot;%1&quot;.</source>
        <translation>--map erwartet COLUMN=field, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--delimiter takes , ; | or tab, not &quot;%1&quot;.</source>
        <translation>--delimiter erwartet , ; | oder tab, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--encoding takes utf-8 or windows-1252, not &quot;%1&quot;.</source>
        <translation>--encoding erwartet utf-8 oder windows-1252, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown date format &quot;%1&quot;.</source>
        <translation>Unbekanntes Datumsformat &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--decimal takes comma or point, not &quot;%1&quot;.</source>
        <translation>--decimal erwartet comma oder point, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--currency takes a three-letter code such as EUR, not &quot;%1&quot;.</source>
        <translation>--currency erwartet einen Code aus drei Buchstaben wie EUR, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1:%2: column &quot;%3&quot;, value &quot;%4&quot;: %5</source>
        <translation>%1:%2: Spalte &quot;%3&quot;, Wert &quot;%4&quot;: %5</translation>
    </message>
    <message>
        <source>Imported %1 as %2%3.</source>
        <translation>%1 als %2%3 importiert.</translation>
    </message>
    <message>
        <source> (preset %1)</source>
        <translation> (Vorlage %1)</translation>
    </message>
    <message>
        <source>Format: %1.</source>
        <translation>Format: %1.</translation>
    </message>
    <message>
        <source>Rows: %1 read, %2 accepted, %3 rejected, %4 skipped.</source>
        <translation>Zeilen: %1 gelesen, %2 übernommen, %3 abgelehnt, %4 übersprungen.</translation>
    </message>
    <message>
        <source>New customers: %1.</source>
        <translation>Neue Kunden: %1.</translation>
    </message>
    <message>
        <source>Rejected rows written to %1.</source>
        <translation>Abgelehnte Zeilen wurden in %1 geschrieben.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Writes a deterministic demo business into a new database: subscribers and shop customers over four years with seasonality, loyal customers, loud churners (cancellations, complaints) and silent churners (activity and spending fading without a cancellation), tickets, NPS and CSAT answers.</source>
        <translation>Schreibt ein reproduzierbares Demo-Unternehmen in eine neue Datenbank: Abonnenten und Shop-Kunden über vier Jahre mit saisonalen Schwankungen, treue Kunden, laute Abwanderer (Kündigungen, Beschwerden) und stille Abwanderer (Aktivität und Ausgaben lassen ohne Kündigung nach), Support-Tickets sowie NPS- und CSAT-Antworten.</translation>
    </message>
    <message>
        <source>Number of customers (default 10000).</source>
        <translation>Anzahl der Kunden (Standard: 10000).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same data (default 1).</source>
        <translation>Startwert für den Zufallsgenerator; derselbe Startwert ergibt dieselben Daten (Standard: 1).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>demo needs --db FILE.</source>
        <translation>demo braucht --db FILE.</translation>
    </message>
    <message>
        <source>--customers takes a number from 1 to 10000000.</source>
        <translation>--customers erwartet eine Zahl von 1 bis 10000000.</translation>
    </message>
    <message>
        <source>--seed takes a whole number of 0 or more.</source>
        <translation>--seed erwartet eine ganze Zahl ab 0.</translation>
    </message>
    <message>
        <source>Demo business written to %1: %2 customers, %3 orders, %4 activity records, %5 tickets, %6 survey answers.</source>
        <translation>Demo-Unternehmen in %1 geschrieben: %2 Kunden, %3 Bestellungen, %4 Aktivitäten, %5 Support-Tickets, %6 Umfrageantworten.</translation>
    </message>
    <message>
        <source>Write a demo business into a new database.</source>
        <translation>Ein Demo-Unternehmen in eine neue Datenbank schreiben.</translation>
    </message>
    <message>
        <source>Import a CSV file into a database.</source>
        <translation>Eine CSV-Datei in eine Datenbank importieren.</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Read the file as the export of a known tool: %1. Recognised from the headers when not given.</source>
        <translation>Die Datei als Export eines bekannten Programms lesen: %1. Ohne Angabe wird sie an den Spaltenüberschriften erkannt.</translation>
    </message>
    <message>
        <source>Currency for rows that give none (default EUR).</source>
        <translation>Währung für Zeilen ohne eigene Währung (Standard EUR).</translation>
    </message>
    <message>
        <source>Rejected rows not listed here: %1.</source>
        <translation>Hier nicht aufgeführte abgelehnte Zeilen: %1.</translation>
    </message>
    <message>
        <source>Compute as of this day (yyyy-MM-dd; default: the last day in the data).</source>
        <translation>Stichtag der Berechnung (yyyy-MM-dd; Standard: der letzte Tag in den Daten).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Only customers of this segment.</source>
        <translation>Nur Kunden dieses Segments.</translation>
    </message>
    <message>
        <source>Only customers on this plan.</source>
        <translation>Nur Kunden dieses Tarifs.</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Only customers from this country.</source>
        <translation>Nur Kunden aus diesem Land.</translation>
    </message>
    <message>
        <source>Output format: csv or json.</source>
        <translation>Ausgabeformat: csv oder json.</translation>
    </message>
    <message>
        <source>%1 needs --db FILE.</source>
        <translation>%1 braucht --db FILE.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use csv or json.</source>
        <translation>Unbekanntes Format &quot;%1&quot;: csv oder json verwenden.</translation>
    </message>
    <message>
        <source>--as-of takes a date as yyyy-MM-dd, not &quot;%1&quot;.</source>
        <translation>--as-of erwartet ein Datum als yyyy-MM-dd, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Churn and retention per period: customers at the start, new, reactivated, lost, at the end, churn rate (lost / at start), retention rate ((end - new) / start), revenue, NRR and GRR.</source>
        <translation>Abwanderung und Kundenbindung je Zeitraum: Kunden zu Beginn, neue, zurückgekehrte, verlorene, am Ende, Abwanderungsrate (verloren / zu Beginn), Bindungsrate ((Ende - neu) / Beginn), Umsatz, NRR und GRR.</translation>
    </message>
    <message>
        <source>Period length: week, month, quarter or year.</source>
        <translation>Zeitraum: week, month, quarter oder year.</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>PERIOD</translation>
    </message>
    <message>
        <source>First day (yyyy-MM-dd; default: the first day in the data).</source>
        <translation>Erster Tag (yyyy-MM-dd; Standard: der erste Tag in den Daten).</translation>
    </message>
    <message>
        <source>Last day (yyyy-MM-dd; default: the as-of day).</source>
        <translation>Letzter Tag (yyyy-MM-dd; Standard: der Stichtag).</translation>
    </message>
    <message>
        <source>--period takes week, month, quarter or year, not &quot;%1&quot;.</source>
        <translation>--period erwartet week, month, quarter oder year, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--%1 takes a date as yyyy-MM-dd, not &quot;%2&quot;.</source>
        <translation>--%1 erwartet ein Datum als yyyy-MM-dd, nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The cohort retention matrix: customers grouped by the period they started in (shops: their first order), one column per period since. Modes: active (still a customer), returning (ordered or was active in that period), revenue (revenue against the first period).</source>
        <translation>Die Kohortenmatrix: Kunden nach dem Zeitraum ihres Beginns gruppiert (Shops: ihre erste Bestellung), eine Spalte je seither vergangenem Zeitraum. Modi: active (noch Kunde), returning (in dem Zeitraum bestellt oder aktiv), revenue (Umsatz im Verhältnis zum ersten Zeitraum).</translation>
    </message>
    <message>
        <source>Period length: month, quarter or year.</source>
        <translation>Zeitraum: month, quarter oder year.</translation>
    </message>
    <message>
        <source>active, returning or revenue.</source>
        <translation>active, returning oder revenue.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>Print the counts (customers, or revenue in the revenue mode) instead of percentages; offset 0 is the cohort&apos;s size.</source>
        <translation>Anzahlen (Kunden, im Modus revenue den Umsatz) statt Prozentwerten ausgeben; Spalte 0 ist die Größe der Kohorte.</translation>
    </message>
    <message>
        <source>--period takes month, quarter or year, not &quot;%1&quot;.</source>
        <translation>--period erwartet month, quarter oder year, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--mode takes active, returning or revenue, not &quot;%1&quot;.</source>
        <translation>--mode erwartet active, returning oder revenue, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Kaplan-Meier survival of customer lifetimes (each customer&apos;s first one), censored at the as-of day, with a 95 % confidence band (Greenwood, log-log) and the median lifetime.</source>
        <translation>Kaplan-Meier-Überlebenskurve der Kundenlebensdauer (die erste jedes Kunden), zensiert am Stichtag, mit 95-%-Konfidenzband (Greenwood, log-log) und mittlerer Lebensdauer (Median).</translation>
    </message>
    <message>
        <source>The cohort retention matrix.</source>
        <translation>Die Kohortenmatrix der Kundenbindung.</translation>
    </message>
    <message>
        <source>Churn, retention and revenue per period.</source>
        <translation>Abwanderung, Kundenbindung und Umsatz je Zeitraum.</translation>
    </message>
    <message>
        <source>Kaplan-Meier survival of customer lifetimes.</source>
        <translation>Kaplan-Meier-Überlebenskurve der Kundenlebensdauer.</translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation>--from darf nicht nach --to liegen.</translation>
    </message>
    <message>
        <source>One curve per segment (CSV: a first column segment).</source>
        <translation>Eine Kurve je Segment (CSV: eine erste Spalte segment).</translation>
    </message>
    <message>
        <source>Shows or changes a customer&apos;s review: state (open, contacted, resolved, snoozed until a date), owner and dated notes. Changes are saved at once and kept across re-imports.</source>
        <translation>Zeigt oder ändert die Betreuung eines Kunden: Status (open, contacted, resolved, snoozed bis zu einem Datum), Verantwortliche und datierte Notizen. Änderungen werden sofort gespeichert und bleiben bei erneuten Importen erhalten.</translation>
    </message>
    <message>
        <source>The customer&apos;s id in the source data.</source>
        <translation>Die Kundennummer in den Quelldaten.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>open, contacted, resolved or snoozed.</source>
        <translation>open, contacted, resolved oder snoozed.</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <source>Snoozed until this day (yyyy-MM-dd).</source>
        <translation>Zurückgestellt bis zu diesem Tag (yyyy-MM-dd).</translation>
    </message>
    <message>
        <source>Who looks after the customer (empty: nobody).</source>
        <translation>Wer den Kunden betreut (leer: niemand).</translation>
    </message>
    <message>
        <source>Add a note.</source>
        <translation>Eine Notiz hinzufügen.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Who writes the note.</source>
        <translation>Wer die Notiz schreibt.</translation>
    </message>
    <message>
        <source>review needs --db FILE and --customer ID.</source>
        <translation>review braucht --db FILE und --customer ID.</translation>
    </message>
    <message>
        <source>--state takes open, contacted, resolved or snoozed, not &quot;%1&quot;.</source>
        <translation>--state erwartet open, contacted, resolved oder snoozed, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--until takes a date as yyyy-MM-dd, not &quot;%1&quot;.</source>
        <translation>--until erwartet ein Datum als yyyy-MM-dd, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--state snoozed needs --until DATE.</source>
        <translation>--state snoozed braucht --until DATE.</translation>
    </message>
    <message>
        <source>There is no customer &quot;%1&quot; in %2.</source>
        <translation>In %2 gibt es keinen Kunden &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Customer %1: %2</source>
        <translation>Kunde %1: %2</translation>
    </message>
    <message>
        <source> until %1</source>
        <translation> bis %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Betreut von: %1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemandem</translation>
    </message>
    <message>
        <source>At-risk customers in priority order: a traffic light per customer (red, yellow, green) with the reasons in numbers, key accounts and value at risk first.</source>
        <translation>Gefährdete Kunden nach Dringlichkeit: eine Ampel je Kunde (rot, gelb, grün) mit den Gründen in Zahlen, Schlüsselkunden und gefährdeter Umsatz zuerst.</translation>
    </message>
    <message>
        <source>Only these levels, e.g. red,yellow.</source>
        <translation>Nur diese Stufen, z. B. red,yellow.</translation>
    </message>
    <message>
        <source>LEVELS</source>
        <translation>LEVELS</translation>
    </message>
    <message>
        <source>--status takes red, yellow and green, not &quot;%1&quot;.</source>
        <translation>--status erwartet red, yellow und green, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>warning: no probability alive: %1</source>
        <translation>Warnung: keine Wahrscheinlichkeit der Aktivität: %1</translation>
    </message>
    <message>
        <source>Fits the BG/NBD model (Fader, Hardie and Lee 2005) to the customers who buy without a contract: purchases of one day count once, refunds are netted out, recency and age count from each customer&apos;s first purchase. With --calibration-end, compares predicted and actual repeat purchases after it.</source>
        <translation>Passt das BG/NBD-Modell (Fader, Hardie und Lee 2005) an die Kunden ohne Vertrag an: Käufe eines Tages zählen einmal, Erstattungen werden verrechnet, Aktualität und Alter zählen ab dem ersten Kauf jedes Kunden. Mit --calibration-end werden vorhergesagte und tatsächliche Wiederholungskäufe danach verglichen.</translation>
    </message>
    <message>
        <source>End of the calibration period (yyyy-MM-dd); the rest up to the as-of day is the holdout.</source>
        <translation>Ende des Kalibrierungszeitraums (yyyy-MM-dd); der Rest bis zum Stichtag dient zur Überprüfung.</translation>
    </message>
    <message>
        <source>Time unit of the parameters: day, week or month.</source>
        <translation>Zeiteinheit der Parameter: day, week oder month.</translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation>UNIT</translation>
    </message>
    <message>
        <source>--unit takes day, week or month, not &quot;%1&quot;.</source>
        <translation>--unit erwartet day, week oder month, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--calibration-end must not be after the as-of day.</source>
        <translation>--calibration-end darf nicht nach dem Stichtag liegen.</translation>
    </message>
    <message>
        <source>BG/NBD fit of %1 customers (%2 with repeat purchases), unit %3, calibration to %4</source>
        <translation>BG/NBD-Anpassung an %1 Kunden (%2 mit Wiederholungskäufen), Einheit %3, Kalibrierung bis %4</translation>
    </message>
    <message>
        <source>Holdout to %1: predicted %2, actual %3 repeat purchases</source>
        <translation>Überprüfung bis %1: vorhergesagt %2, tatsächlich %3 Wiederholungskäufe</translation>
    </message>
    <message>
        <source>Fit the BG/NBD purchase model.</source>
        <translation>Das BG/NBD-Kaufmodell anpassen.</translation>
    </message>
    <message>
        <source>Show or change a customer&apos;s review state, owner and notes.</source>
        <translation>Betreuungsstatus, Verantwortliche und Notizen eines Kunden zeigen oder ändern.</translation>
    </message>
    <message>
        <source>At-risk customers with their reasons, in priority order.</source>
        <translation>Gefährdete Kunden mit ihren Gründen, nach Dringlichkeit.</translation>
    </message>
</context>
<context>
    <name>ContextBand</name>
    <message>
        <source>Established businesses</source>
        <translation>Etablierte Unternehmen</translation>
    </message>
    <message>
        <source>Small and young businesses</source>
        <translation>Kleine und junge Unternehmen</translation>
    </message>
    <message>
        <source>Common retention target</source>
        <translation>Übliches Ziel der Kundenbindung</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1 is not valid UTF-8 text. The file may be encoded as Windows-1252.</source>
        <translation>Zeile %1 ist kein gültiger UTF-8-Text. Die Datei ist möglicherweise in Windows-1252 kodiert.</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 characters. A quoted field is probably not closed.</source>
        <translation>Zeile %1 ist länger als %2 Zeichen. Wahrscheinlich ist ein Feld in Anführungszeichen nicht geschlossen.</translation>
    </message>
    <message>
        <source>The quoted field that begins on line %1 is not closed.</source>
        <translation>Das Feld in Anführungszeichen, das in Zeile %1 beginnt, ist nicht geschlossen.</translation>
    </message>
    <message>
        <source>The file is not open for reading.</source>
        <translation>Die Datei ist nicht zum Lesen geöffnet.</translation>
    </message>
    <message>
        <source>Could not read the file: %1</source>
        <translation>Die Datei konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Could not open the database %1.</source>
        <translation>Die Datenbank %1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Could not start a transaction.</source>
        <translation>Eine Transaktion konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Could not upgrade the database to version %1.</source>
        <translation>Die Datenbank konnte nicht auf Version %1 aktualisiert werden.</translation>
    </message>
    <message>
        <source>Could not upgrade the database.</source>
        <translation>Die Datenbank konnte nicht aktualisiert werden.</translation>
    </message>
    <message>
        <source>%1 is not a RetentionDesk database.</source>
        <translation>%1 ist keine RetentionDesk-Datenbank.</translation>
    </message>
    <message>
        <source>Could not write the backup %1 before upgrading the database.</source>
        <translation>Die Sicherungskopie %1 konnte vor der Aktualisierung der Datenbank nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of RetentionDesk (data format %2; this program reads up to %3). Update RetentionDesk to open it; the file was not changed.</source>
        <translation>%1 wurde von einer neueren Version von RetentionDesk geschrieben (Datenformat %2; dieses Programm liest bis Version %3). Aktualisieren Sie RetentionDesk, um die Datei zu öffnen; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is an SQLite file, but not a RetentionDesk database; it was not changed.</source>
        <translation>%1 ist eine SQLite-Datei, aber keine RetentionDesk-Datenbank; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The file was left as it was%1.</source>
        <translation>Die Datei wurde nicht verändert%1.</translation>
    </message>
    <message>
        <source>; a backup is at %1</source>
        <translation>; eine Sicherungskopie liegt unter %1</translation>
    </message>
    <message>
        <source>Could not save the changes.</source>
        <translation>Die Änderungen konnten nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>DemoDatabase</name>
    <message>
        <source>The database already holds customers or orders; demo data goes only into a new, empty database.</source>
        <translation>Die Datenbank enthält bereits Kunden oder Bestellungen; Demodaten können nur in eine neue, leere Datenbank geschrieben werden.</translation>
    </message>
    <message>
        <source>The demo data could not be written.</source>
        <translation>Die Demodaten konnten nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>HeaderMapper</name>
    <message>
        <source>The file has no column &quot;%1&quot;. Its columns are: %2.</source>
        <translation>Die Datei hat keine Spalte &quot;%1&quot;. Ihre Spalten sind: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of a %2 file. Use one of: %3.</source>
        <translation>&quot;%1&quot; ist kein Feld einer Datei der Art %2. Verwenden Sie eines dieser Felder: %3.</translation>
    </message>
</context>
<context>
    <name>ImportStore</name>
    <message>
        <source>Could not log the import.</source>
        <translation>Der Import konnte nicht protokolliert werden.</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be stored: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing was changed.</source>
        <translation>Der Import von %1 wurde abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2. Nothing was imported.</source>
        <translation>%1 konnte nicht gelesen werden: %2. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1 holds no data rows. Nothing was imported.</source>
        <translation>%1 enthält keine Datenzeilen. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>None of the %1 rows of %2 could be imported; the database was not changed.</source>
        <translation>Keine der %1 Zeilen von %2 konnte importiert werden; die Datenbank wurde nicht verändert.</translation>
    </message>
    <message>
        <source>This file was imported before; records already stored were updated, not added again.</source>
        <translation>Diese Datei wurde bereits importiert; bereits gespeicherte Datensätze wurden aktualisiert, nicht erneut hinzugefügt.</translation>
    </message>
    <message>
        <source>Could not write the rejected rows to %1: %2</source>
        <translation>Die abgelehnten Zeilen konnten nicht in %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>There is no preset &quot;%1&quot;. Presets: %2.</source>
        <translation>Es gibt keine Vorlage &quot;%1&quot;. Vorlagen: %2.</translation>
    </message>
    <message>
        <source>The preset %1 reads %2 files, not %3 files.</source>
        <translation>Die Vorlage %1 liest Dateien der Art %2, nicht %3.</translation>
    </message>
    <message>
        <source>%1 is not a DATEV booking batch: its first line does not start with EXTF.</source>
        <translation>%1 ist kein DATEV-Buchungsstapel: Die erste Zeile beginnt nicht mit EXTF.</translation>
    </message>
    <message>
        <source>%1: the first line of the DATEV file names no period (fields 13 and 15), so the year of its dates is unknown.</source>
        <translation>%1: Die erste Zeile der DATEV-Datei nennt keinen Zeitraum (Felder 13 und 15), daher ist das Jahr der Datumsangaben unbekannt.</translation>
    </message>
    <message>
        <source>%1 has no column for %2. Its columns are: %3. Map one with --map COLUMN=%4.</source>
        <translation>%1 hat keine Spalte für %2. Die Spalten sind: %3. Ordnen Sie eine Spalte mit --map COLUMN=%4 zu.</translation>
    </message>
    <message>
        <source>%1 does not say which survey its scores answer: add a column kind (nps or csat), or name the score column NPS or CSAT.</source>
        <translation>%1 gibt nicht an, zu welcher Umfrage die Bewertungen gehören: Fügen Sie eine Spalte kind (nps oder csat) hinzu oder benennen Sie die Bewertungsspalte NPS oder CSAT.</translation>
    </message>
    <message>
        <source>The dates in column &quot;%1&quot; of %2 can be read both as day/month/year and as month/day/year (no day is above 12). Say which with --date-format dd/MM/yyyy or --date-format MM/dd/yyyy.</source>
        <translation>Die Datumsangaben in Spalte &quot;%1&quot; von %2 lassen sich sowohl als Tag/Monat/Jahr als auch als Monat/Tag/Jahr lesen (kein Tag ist größer als 12). Geben Sie das Format mit --date-format dd/MM/yyyy oder --date-format MM/dd/yyyy an.</translation>
    </message>
    <message>
        <source>Could not write the rejects file %1: %2</source>
        <translation>Die Datei für abgelehnte Zeilen %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>no customer id</source>
        <translation>Kunden-ID fehlt</translation>
    </message>
    <message>
        <source>cancel date before the signup date</source>
        <translation>Kündigungsdatum liegt vor dem Anmeldedatum</translation>
    </message>
    <message>
        <source>not an amount</source>
        <translation>kein gültiger Betrag</translation>
    </message>
    <message>
        <source>not a whole number of 0 or more</source>
        <translation>keine ganze Zahl ab 0</translation>
    </message>
    <message>
        <source>unknown billing interval (month, quarter, year, week or day)</source>
        <translation>unbekanntes Abrechnungsintervall (Monat, Quartal, Jahr, Woche oder Tag)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>Datum fehlt</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>keine Zahl</translation>
    </message>
    <message>
        <source>not a price</source>
        <translation>kein gültiger Preis</translation>
    </message>
    <message>
        <source>no amount</source>
        <translation>Betrag fehlt</translation>
    </message>
    <message>
        <source>unknown order status</source>
        <translation>unbekannter Bestellstatus</translation>
    </message>
    <message>
        <source>closed before it was opened</source>
        <translation>geschlossen, bevor es eröffnet wurde</translation>
    </message>
    <message>
        <source>unknown severity (low, normal, high or critical)</source>
        <translation>unbekannter Schweregrad (niedrig, normal, hoch oder kritisch)</translation>
    </message>
    <message>
        <source>not yes or no</source>
        <translation>weder ja noch nein</translation>
    </message>
    <message>
        <source>unknown survey kind (nps or csat)</source>
        <translation>unbekannte Umfrageart (nps oder csat)</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>keine ganze Zahl</translation>
    </message>
    <message>
        <source>an NPS score is 0 to 10</source>
        <translation>ein NPS-Wert liegt zwischen 0 und 10</translation>
    </message>
    <message>
        <source>a CSAT score is 1 to 5</source>
        <translation>ein CSAT-Wert liegt zwischen 1 und 5</translation>
    </message>
    <message>
        <source>not a date in the form %1</source>
        <translation>kein Datum im Format %1</translation>
    </message>
</context>
<context>
    <name>MetricsRepository</name>
    <message>
        <source>The setting churn_model is &quot;%1&quot;; it must be auto, contract or activity.</source>
        <translation>Die Einstellung churn_model ist &quot;%1&quot;; sie muss auto, contract oder activity sein.</translation>
    </message>
    <message>
        <source>The setting inactivity_days is &quot;%1&quot;; it must be a number of days from 1 to 3650.</source>
        <translation>Die Einstellung inactivity_days ist &quot;%1&quot;; sie muss eine Anzahl Tage von 1 bis 3650 sein.</translation>
    </message>
    <message>
        <source>The setting risk.%1 is &quot;%2&quot;; it must be a number of 0 or more.</source>
        <translation>Die Einstellung risk.%1 ist &quot;%2&quot;; sie muss eine Zahl ab 0 sein.</translation>
    </message>
</context>
<context>
    <name>Preset</name>
    <message>
        <source>Stripe customers</source>
        <translation>Stripe-Kunden</translation>
    </message>
    <message>
        <source>Stripe subscriptions</source>
        <translation>Stripe-Abonnements</translation>
    </message>
    <message>
        <source>Stripe payments</source>
        <translation>Stripe-Zahlungen</translation>
    </message>
    <message>
        <source>Shopify orders</source>
        <translation>Shopify-Bestellungen</translation>
    </message>
    <message>
        <source>Shopify customers</source>
        <translation>Shopify-Kunden</translation>
    </message>
    <message>
        <source>WooCommerce orders (Analytics)</source>
        <translation>WooCommerce-Bestellungen (Analytics)</translation>
    </message>
    <message>
        <source>WooCommerce customers (Analytics)</source>
        <translation>WooCommerce-Kunden (Analytics)</translation>
    </message>
    <message>
        <source>Lexware Office (lexoffice) contacts</source>
        <translation>Kontakte aus Lexware Office (lexoffice)</translation>
    </message>
    <message>
        <source>sevdesk contacts</source>
        <translation>sevdesk-Kontakte</translation>
    </message>
    <message>
        <source>DATEV booking batch (EXTF)</source>
        <translation>DATEV-Buchungsstapel (EXTF)</translation>
    </message>
</context>
<context>
    <name>ReportExplanation</name>
    <message>
        <source>churn rate = %1 lost / %2 at start = %3</source>
        <translation>Abwanderungsrate = %1 verloren / %2 zu Beginn = %3</translation>
    </message>
    <message>
        <source>retention rate = (%1 at end − %2 new) / %3 at start = %4</source>
        <translation>Bindungsrate = (%1 am Ende − %2 neu) / %3 zu Beginn = %4</translation>
    </message>
    <message>
        <source>net revenue retention = %1 from last period&apos;s paying customers / %2 they paid then = %3</source>
        <translation>Netto-Umsatzbindung = %1 von den zahlenden Kunden des Vorzeitraums / %2, die sie damals zahlten = %3</translation>
    </message>
    <message>
        <source>gross revenue retention = %1 (each customer capped at last period&apos;s amount) / %2 = %3</source>
        <translation>Brutto-Umsatzbindung = %1 (je Kunde höchstens der Betrag des Vorzeitraums) / %2 = %3</translation>
    </message>
    <message>
        <source>Churn rate = customers lost in the period / customers at its start x 100. Customers who join during the period are not in the denominator. Retention rate = (customers at the end - new customers) / customers at the start x 100.</source>
        <translation>Abwanderungsrate = im Zeitraum verlorene Kunden / Kunden zu seinem Beginn x 100. Kunden, die im Zeitraum hinzukommen, stehen nicht im Nenner. Bindungsrate = (Kunden am Ende - neue Kunden) / Kunden zu Beginn x 100.</translation>
    </message>
</context>
<context>
    <name>ReviewRepository</name>
    <message>
        <source>The review of customer %1 has an unknown state.</source>
        <translation>Die Betreuung von Kunde %1 hat einen unbekannten Status.</translation>
    </message>
    <message>
        <source>There is no customer with the id %1.</source>
        <translation>Es gibt keinen Kunden mit der ID %1.</translation>
    </message>
    <message>
        <source>Choose the date until which the review is snoozed.</source>
        <translation>Wählen Sie das Datum, bis zu dem die Betreuung zurückgestellt wird.</translation>
    </message>
    <message>
        <source>Could not save the review of customer %1.</source>
        <translation>Die Betreuung von Kunde %1 konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Could not save the owner of customer %1.</source>
        <translation>Die Verantwortliche für Kunde %1 konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>A note needs some text.</source>
        <translation>Eine Notiz braucht Text.</translation>
    </message>
    <message>
        <source>Could not save the note on customer %1.</source>
        <translation>Die Notiz zu Kunde %1 konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Could not remove the note.</source>
        <translation>Die Notiz konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>There is no note with the id %1.</source>
        <translation>Es gibt keine Notiz mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>RiskText</name>
    <message>
        <source>Green</source>
        <comment>risk level</comment>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Yellow</source>
        <comment>risk level</comment>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>Red</source>
        <comment>risk level</comment>
        <translation>Rot</translation>
    </message>
    <message>
        <source>no activity for %1 days</source>
        <translation>seit %1 Tagen keine Aktivität</translation>
    </message>
    <message>
        <source>activity down %1 % (%2 events in the last 30 days, %3 a month before)</source>
        <translation>Aktivität %1 % gesunken (%2 Ereignisse in den letzten 30 Tagen, zuvor %3 im Monat)</translation>
    </message>
    <message>
        <source>spending down %1 % (%2 → %3 per 90 days)</source>
        <translation>Umsatz %1 % gesunken (%2 → %3 je 90 Tage)</translation>
    </message>
    <message>
        <source>unresolved tickets: %1</source>
        <translation>offene Tickets: %1</translation>
    </message>
    <message>
        <source>unresolved complaint or urgent ticket: %1</source>
        <translation>offene Beschwerde oder dringendes Ticket: %1</translation>
    </message>
    <message>
        <source>%1 tickets in %2 days</source>
        <translation>%1 Tickets in %2 Tagen</translation>
    </message>
    <message>
        <source>NPS %1</source>
        <translation>NPS %1</translation>
    </message>
    <message>
        <source>NPS %1, was %2</source>
        <translation>NPS %1, vorher %2</translation>
    </message>
    <message>
        <source>CSAT %1 of 5</source>
        <translation>CSAT %1 von 5</translation>
    </message>
    <message>
        <source>last %1 surveys not answered</source>
        <translation>die letzten %1 Umfragen nicht beantwortet</translation>
    </message>
    <message>
        <source>renewal in %1 days</source>
        <translation>Verlängerung in %1 Tagen</translation>
    </message>
    <message>
        <source>payment failed %1 days ago</source>
        <translation>Zahlung vor %1 Tagen fehlgeschlagen</translation>
    </message>
    <message>
        <source>probability alive %1 % (expected purchases in 90 days: %2)</source>
        <translation>Wahrscheinlichkeit der Aktivität %1 % (erwartete Käufe in 90 Tagen: %2)</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The database could not carry out a request.</source>
        <translation>Die Datenbank konnte eine Anfrage nicht ausführen.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Customer retention dashboard</source>
        <translation>Dashboard zur Kundenbindung</translation>
    </message>
    <message>
        <source>Open the database FILE.</source>
        <translation>Die Datenbank FILE öffnen.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>User interface language (de or en).</source>
        <translation>Sprache der Benutzeroberfläche (de oder en).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>Could not open the database</source>
        <translation>Datenbank konnte nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>rd::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>RetentionDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>RetentionDesk-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not open the database</source>
        <translation>Datenbank konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>RetentionDesk</source>
        <translation>RetentionDesk</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Keine Datenbank geöffnet</translation>
    </message>
    <message>
        <source>Open a database with File &gt; Open (Ctrl+O).</source>
        <translation>Öffnen Sie eine Datenbank mit Datei &gt; Öffnen (Strg+O).</translation>
    </message>
    <message>
        <source>%1 – RetentionDesk</source>
        <translation>%1 – RetentionDesk</translation>
    </message>
    <message>
        <source>Data from %1 to %2</source>
        <translation>Daten vom %1 bis %2</translation>
    </message>
    <message>
        <source>This database holds no dated records yet.</source>
        <translation>Diese Datenbank enthält noch keine Datensätze mit Datum.</translation>
    </message>
</context>
<context>
    <name>rd::TableCountsModel</name>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Orders and payments</source>
        <translation>Bestellungen und Zahlungen</translation>
    </message>
    <message>
        <source>Activity events</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <source>Support tickets</source>
        <translation>Support-Tickets</translation>
    </message>
    <message>
        <source>Survey answers</source>
        <translation>Umfrageantworten</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>Importierte Dateien</translation>
    </message>
    <message>
        <source>Data</source>
        <comment>column header</comment>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Records</source>
        <comment>column header</comment>
        <translation>Datensätze</translation>
    </message>
</context>
</TS>
