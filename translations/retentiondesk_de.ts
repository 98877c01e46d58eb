<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Backtest</name>
    <message>
        <source>The hindsight check needs a day within the data.</source>
        <translation>Die Rückschau braucht einen Tag innerhalb der Daten.</translation>
    </message>
    <message>
        <source>The hindsight check needs a horizon of at least one day.</source>
        <translation>Die Rückschau braucht einen Zeitraum von mindestens einem Tag.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Could not create the backup folder %1.</source>
        <translation>Der Sicherungsordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not write the backup %1: %2</source>
        <translation>Die Sicherung %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not write the backup %1; nothing was changed.</source>
        <translation>Die Sicherung %1 konnte nicht geschrieben werden; es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>%1 is not a backup of a RetentionDesk database.</source>
        <translation>%1 ist keine Sicherung einer RetentionDesk-Datenbank.</translation>
    </message>
    <message>
        <source>%1 is read-only: it cannot be replaced by a backup.</source>
        <translation>%1 ist schreibgeschützt und kann nicht durch eine Sicherung ersetzt werden.</translation>
    </message>
    <message>
        <source>before restoring the backup of %1</source>
        <translation>vor dem Wiederherstellen der Sicherung vom %1</translation>
    </message>
    <message>
        <source>Could not copy the backup %1 beside the database.</source>
        <translation>Die Sicherung %1 konnte nicht neben die Datenbank kopiert werden.</translation>
    </message>
    <message>
        <source>Could not put the backup in place of %1.</source>
        <translation>Die Sicherung konnte nicht an die Stelle von %1 gesetzt werden.</translation>
    </message>
</context>
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
    <name>BusinessSettings</name>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Shown beside amounts that came without one. Changing it relabels the amounts; it never converts them.</source>
        <translation>Wird bei Beträgen angezeigt, die ohne Währung kamen. Eine Änderung beschriftet die Beträge neu; sie rechnet sie nie um.</translation>
    </message>
    <message>
        <source>Retention target per year</source>
        <translation>Bindungsziel pro Jahr</translation>
    </message>
    <message>
        <source>Drawn as the target line on the retention chart, scaled to the period shown.</source>
        <translation>Als Ziellinie im Bindungsdiagramm gezeigt, umgerechnet auf den gezeigten Zeitraum.</translation>
    </message>
    <message>
        <source>Churn model</source>
        <translation>Abwanderungsmodell</translation>
    </message>
    <message>
        <source>contract: a customer is lost when the contract ends; activity: after the window without an order or activity; auto: contract for customers with one.</source>
        <translation>contract: Ein Kunde gilt als verloren, wenn sein Vertrag endet; activity: nach dem Zeitfenster ohne Bestellung oder Aktivität; auto: Vertrag für Kunden, die einen haben.</translation>
    </message>
    <message>
        <source>Churn window</source>
        <translation>Abwanderungsfenster</translation>
    </message>
    <message>
        <source>A customer without a contract counts as lost after this long without an order or activity.</source>
        <translation>Ein Kunde ohne Vertrag gilt nach so langer Zeit ohne Bestellung oder Aktivität als verloren.</translation>
    </message>
    <message>
        <source>Yellow after</source>
        <translation>Gelb nach</translation>
    </message>
    <message>
        <source>Days without a sign of life before a customer without a purchase rhythm turns yellow.</source>
        <translation>Tage ohne Lebenszeichen, bis ein Kunde ohne Kaufrhythmus gelb wird.</translation>
    </message>
    <message>
        <source>Red after</source>
        <translation>Rot nach</translation>
    </message>
    <message>
        <source>Days without a sign of life before such a customer turns red.</source>
        <translation>Tage ohne Lebenszeichen, bis ein solcher Kunde rot wird.</translation>
    </message>
    <message>
        <source>Still listed after leaving</source>
        <translation>Nach dem Weggang noch gelistet</translation>
    </message>
    <message>
        <source>Customers lost silently this recently stay on the list: a call may still win them back.</source>
        <translation>So kürzlich still verlorene Kunden bleiben auf der Liste: Ein Anruf kann sie noch zurückgewinnen.</translation>
    </message>
    <message>
        <source>Yellow at a decline of</source>
        <translation>Gelb bei einem Rückgang um</translation>
    </message>
    <message>
        <source>Activity of the last 30 days against the monthly average of the 90 days before.</source>
        <translation>Aktivität der letzten 30 Tage gegenüber dem Monatsdurchschnitt der 90 Tage davor.</translation>
    </message>
    <message>
        <source>Red at a decline of</source>
        <translation>Rot bei einem Rückgang um</translation>
    </message>
    <message>
        <source>The same comparison, for red.</source>
        <translation>Derselbe Vergleich, für Rot.</translation>
    </message>
    <message>
        <source>Compared from</source>
        <translation>Verglichen ab</translation>
    </message>
    <message>
        <source>Events needed in those 90 days before a quiet month counts: below that it is chance.</source>
        <translation>Nötige Ereignisse in diesen 90 Tagen, damit ein ruhiger Monat zählt: darunter ist es Zufall.</translation>
    </message>
    <message>
        <source>Spending of the last 90 days against the 90 days before.</source>
        <translation>Umsatz der letzten 90 Tage gegenüber den 90 Tagen davor.</translation>
    </message>
    <message>
        <source>Red at</source>
        <translation>Rot ab</translation>
    </message>
    <message>
        <source>Support tickets opened within the ticket window that make a customer red.</source>
        <translation>Im Ticketzeitraum eröffnete Support-Tickets, ab denen ein Kunde rot wird.</translation>
    </message>
    <message>
        <source>Ticket window</source>
        <translation>Ticketzeitraum</translation>
    </message>
    <message>
        <source>How far back tickets are counted.</source>
        <translation>Wie weit zurück Tickets gezählt werden.</translation>
    </message>
    <message>
        <source>NPS yellow at or below</source>
        <translation>NPS gelb bei höchstens</translation>
    </message>
    <message>
        <source>A latest recommendation score (0-10) this low is a detractor.</source>
        <translation>Eine letzte Weiterempfehlungsbewertung (0–10) so niedrig ist ein Kritiker.</translation>
    </message>
    <message>
        <source>NPS red at or below</source>
        <translation>NPS rot bei höchstens</translation>
    </message>
    <message>
        <source>A latest recommendation score this low is red.</source>
        <translation>Eine letzte Weiterempfehlungsbewertung so niedrig ist rot.</translation>
    </message>
    <message>
        <source>NPS drop</source>
        <translation>NPS-Rückgang</translation>
    </message>
    <message>
        <source>Points down since the previous answer that turn a customer yellow.</source>
        <translation>Punkte weniger als bei der vorigen Antwort, ab denen ein Kunde gelb wird.</translation>
    </message>
    <message>
        <source>CSAT yellow at or below</source>
        <translation>CSAT gelb bei höchstens</translation>
    </message>
    <message>
        <source>A latest satisfaction score (1-5) this low turns a customer yellow.</source>
        <translation>Eine letzte Zufriedenheitsbewertung (1–5) so niedrig macht einen Kunden gelb.</translation>
    </message>
    <message>
        <source>CSAT red at or below</source>
        <translation>CSAT rot bei höchstens</translation>
    </message>
    <message>
        <source>A latest satisfaction score this low is red.</source>
        <translation>Eine letzte Zufriedenheitsbewertung so niedrig ist rot.</translation>
    </message>
    <message>
        <source>Unanswered in a row</source>
        <translation>Unbeantwortet in Folge</translation>
    </message>
    <message>
        <source>The last surveys sent, all unanswered: the customer has stopped answering.</source>
        <translation>Die zuletzt verschickten Umfragen, alle unbeantwortet: Der Kunde antwortet nicht mehr.</translation>
    </message>
    <message>
        <source>Answers count for</source>
        <translation>Antworten zählen für</translation>
    </message>
    <message>
        <source>Older answers say nothing about today.</source>
        <translation>Ältere Antworten sagen nichts über heute.</translation>
    </message>
    <message>
        <source>Renewal close</source>
        <translation>Verlängerung nah</translation>
    </message>
    <message>
        <source>A renewal this close raises any other signal by one level.</source>
        <translation>Eine so nahe Verlängerung hebt jedes andere Signal um eine Stufe.</translation>
    </message>
    <message>
        <source>Failed payment counts for</source>
        <translation>Fehlgeschlagene Zahlung zählt für</translation>
    </message>
    <message>
        <source>A failed payment this recent and not paid since makes a customer red.</source>
        <translation>Eine so kürzlich fehlgeschlagene und seitdem nicht bezahlte Zahlung macht einen Kunden rot.</translation>
    </message>
    <message>
        <source>Yellow from</source>
        <translation>Gelb ab</translation>
    </message>
    <message>
        <source>For customers who buy in a rhythm: the score (0-100) from the chance of no order in 90 days, weighed by value.</source>
        <translation>Für Kunden mit Kaufrhythmus: der Wert (0–100) aus der Wahrscheinlichkeit, 90 Tage nicht zu bestellen, gewichtet mit dem Umsatz.</translation>
    </message>
    <message>
        <source>Red from</source>
        <translation>Rot ab</translation>
    </message>
    <message>
        <source>The same score, for red.</source>
        <translation>Derselbe Wert, für Rot.</translation>
    </message>
    <message>
        <source>Weight of value</source>
        <translation>Gewicht des Umsatzes</translation>
    </message>
    <message>
        <source>How much a high 12-month value lowers the score; 0: the chance alone.</source>
        <translation>Wie stark ein hoher 12-Monats-Umsatz den Wert senkt; 0: nur die Wahrscheinlichkeit.</translation>
    </message>
    <message>
        <source>Red at most</source>
        <translation>Rot höchstens</translation>
    </message>
    <message>
        <source>Share of the listed customers that may be red (serious evidence always counts), so that the list can be worked through.</source>
        <translation>Anteil der gelisteten Kunden, der rot sein darf (ernste Hinweise zählen immer), damit sich die Liste abarbeiten lässt.</translation>
    </message>
    <message>
        <source>Yellow at most</source>
        <translation>Gelb höchstens</translation>
    </message>
    <message>
        <source>Share of the listed customers that may be yellow.</source>
        <translation>Anteil der gelisteten Kunden, der gelb sein darf.</translation>
    </message>
    <message>
        <source>Key accounts bring</source>
        <translation>Schlüsselkunden bringen</translation>
    </message>
    <message>
        <source>Key accounts are the fewest customers who bring this share of 12-month revenue; they come first.</source>
        <translation>Schlüsselkunden sind die wenigsten Kunden, die diesen Anteil am 12-Monats-Umsatz bringen; sie stehen vorn.</translation>
    </message>
    <message>
        <source>Established businesses, yearly churn from</source>
        <translation>Etablierte Unternehmen, jährliche Abwanderung von</translation>
    </message>
    <message>
        <source>Established businesses, yearly churn to</source>
        <translation>Etablierte Unternehmen, jährliche Abwanderung bis</translation>
    </message>
    <message>
        <source>Established businesses, monthly churn from</source>
        <translation>Etablierte Unternehmen, monatliche Abwanderung von</translation>
    </message>
    <message>
        <source>Established businesses, monthly churn to</source>
        <translation>Etablierte Unternehmen, monatliche Abwanderung bis</translation>
    </message>
    <message>
        <source>Small and young businesses, yearly churn from</source>
        <translation>Kleine und junge Unternehmen, jährliche Abwanderung von</translation>
    </message>
    <message>
        <source>Small and young businesses, yearly churn to</source>
        <translation>Kleine und junge Unternehmen, jährliche Abwanderung bis</translation>
    </message>
    <message>
        <source>A band of churn rates from retention literature, drawn behind the churn chart as context.</source>
        <translation>Ein Bereich von Abwanderungsraten aus der Fachliteratur, als Vergleich hinter dem Abwanderungsdiagramm gezeigt.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Abwanderung</translation>
    </message>
    <message>
        <source>No sign of life</source>
        <translation>Kein Lebenszeichen</translation>
    </message>
    <message>
        <source>Fading activity</source>
        <translation>Nachlassende Aktivität</translation>
    </message>
    <message>
        <source>Falling spending</source>
        <translation>Sinkender Umsatz</translation>
    </message>
    <message>
        <source>Support tickets</source>
        <translation>Support-Tickets</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Umfragen</translation>
    </message>
    <message>
        <source>Contracts and payments</source>
        <translation>Verträge und Zahlungen</translation>
    </message>
    <message>
        <source>Purchase rhythm</source>
        <translation>Kaufrhythmus</translation>
    </message>
    <message>
        <source>The at-risk list</source>
        <translation>Die Liste gefährdeter Kunden</translation>
    </message>
    <message>
        <source>Benchmarks</source>
        <translation>Vergleichswerte</translation>
    </message>
    <message>
        <source>%1 takes a three-letter currency code such as EUR, GBP or CHF, not &quot;%2&quot;.</source>
        <translation>%1 erwartet einen Währungscode aus drei Buchstaben wie EUR, GBP oder CHF, nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 takes %2, not &quot;%3&quot;.</source>
        <translation>%1 erwartet %2, nicht &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1 takes a whole number from %2 to %3%4, not &quot;%5&quot;.</source>
        <translation>%1 erwartet eine ganze Zahl von %2 bis %3%4, nicht &quot;%5&quot;.</translation>
    </message>
    <message>
        <source>%1 takes a number from %2 to %3%4, not &quot;%5&quot;.</source>
        <translation>%1 erwartet eine Zahl von %2 bis %3%4, nicht &quot;%5&quot;.</translation>
    </message>
    <message>
        <source>The risk settings do not fit together: %1.</source>
        <translation>Die Risikoeinstellungen passen nicht zusammen: %1.</translation>
    </message>
    <message>
        <source>%1 is above %2.</source>
        <translation>%1 liegt über %2.</translation>
    </message>
    <message>
        <source>There is no setting &quot;%1&quot;.</source>
        <translation>Es gibt keine Einstellung &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>% down</source>
        <translation>% weniger</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>surveys</source>
        <translation>Umfragen</translation>
    </message>
    <message>
        <source>score</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Your own words for this reason, comma-separated, on top of the built-in ones; compared from the start of a word, upper or lower case and umlauts alike.</source>
        <translation>Ihre eigenen Wörter für diesen Grund, durch Kommas getrennt, zusätzlich zu den eingebauten; verglichen ab Wortanfang, ohne Unterschied zwischen Groß- und Kleinschreibung und Umlauten.</translation>
    </message>
    <message>
        <source>Placeholders: {name}, {reason}, {value}, {last_purchase}, {owner}. Empty: the built-in text, in the window&apos;s language.</source>
        <translation>Platzhalter: {name}, {reason}, {value}, {last_purchase}, {owner}. Leer: der eingebaute Text in der Sprache des Fensters.</translation>
    </message>
    <message>
        <source>Placeholders: {name}, {reason}, {value}, {last_purchase}, {owner}. Empty: the built-in text, in the window&apos;s language. On the command line, \n is a line break.</source>
        <translation>Platzhalter: {name}, {reason}, {value}, {last_purchase}, {owner}. Leer: der eingebaute Text in der Sprache des Fensters. Auf der Kommandozeile ist \n ein Zeilenumbruch.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Product quality</source>
        <translation>Produktqualität</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Wettbewerber</translation>
    </message>
    <message>
        <source>Usability</source>
        <translation>Bedienbarkeit</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>No longer needed</source>
        <translation>Kein Bedarf mehr</translation>
    </message>
    <message>
        <source>Moved or closed</source>
        <translation>Umzug oder Geschäftsaufgabe</translation>
    </message>
    <message>
        <source>Inactive for a while: subject</source>
        <translation>Länger inaktiv: Betreff</translation>
    </message>
    <message>
        <source>Inactive for a while: message</source>
        <translation>Länger inaktiv: Nachricht</translation>
    </message>
    <message>
        <source>Spending down: subject</source>
        <translation>Weniger Umsatz: Betreff</translation>
    </message>
    <message>
        <source>Spending down: message</source>
        <translation>Weniger Umsatz: Nachricht</translation>
    </message>
    <message>
        <source>Open complaint: subject</source>
        <translation>Offene Beschwerde: Betreff</translation>
    </message>
    <message>
        <source>Open complaint: message</source>
        <translation>Offene Beschwerde: Nachricht</translation>
    </message>
    <message>
        <source>Failed payment: subject</source>
        <translation>Fehlgeschlagene Zahlung: Betreff</translation>
    </message>
    <message>
        <source>Failed payment: message</source>
        <translation>Fehlgeschlagene Zahlung: Nachricht</translation>
    </message>
    <message>
        <source>Why customers leave</source>
        <translation>Warum Kunden gehen</translation>
    </message>
    <message>
        <source>Win-back messages</source>
        <translation>Rückgewinnungsnachrichten</translation>
    </message>
    <message>
        <source>%1 takes at most %2 characters.</source>
        <translation>%1 nimmt höchstens %2 Zeichen.</translation>
    </message>
    <message>
        <source>%1 cannot hold control characters or, in a subject, line breaks.</source>
        <translation>%1 darf keine Steuerzeichen und, in einem Betreff, keine Zeilenumbrüche enthalten.</translation>
    </message>
    <message>
        <source>%1 names the placeholder {%2}, which does not exist: use {name}, {reason}, {value}, {last_purchase} or {owner}.</source>
        <translation>%1 nennt den Platzhalter {%2}, den es nicht gibt: Verwenden Sie {name}, {reason}, {value}, {last_purchase} oder {owner}.</translation>
    </message>
    <message>
        <source>Lower-value orders noted at</source>
        <translation>Günstigere Bestellungen vermerkt ab</translation>
    </message>
    <message>
        <source>As many orders as in the 90 days before, each worth this much less on average (a smaller plan, cheaper goods): noted beside the customer, without changing the colour. 100 turns it off.</source>
        <translation>So viele Bestellungen wie in den 90 Tagen davor, jede im Schnitt um so viel weniger wert (ein kleinerer Tarif, günstigere Waren): beim Kunden vermerkt, ohne die Farbe zu ändern. 100 schaltet es ab.</translation>
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
    <message>
        <source>--status takes red, yellow or green, not &quot;%1&quot;.</source>
        <translation>--status erwartet red, yellow oder green, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Rewrites a database file table by table. After a large import its tables are spread over the file; compacted, the first start after a restart of the computer reads it about twice as fast. Needs free disk space of the file&apos;s size; nothing else may use the database meanwhile.</source>
        <translation>Schreibt eine Datenbankdatei Tabelle für Tabelle neu. Nach einem großen Import liegen ihre Tabellen über die Datei verstreut; kompaktiert liest der erste Start nach einem Neustart des Computers sie etwa doppelt so schnell. Braucht freien Speicherplatz in der Größe der Datei; solange darf nichts anderes die Datenbank benutzen.</translation>
    </message>
    <message>
        <source>compact needs --db FILE.</source>
        <translation>compact braucht --db FILE.</translation>
    </message>
    <message>
        <source>Compacted %1: %2 before, %3 now.</source>
        <translation>%1 kompaktiert: vorher %2, jetzt %3.</translation>
    </message>
    <message>
        <source>Lay a database file out table by table (faster cold starts).</source>
        <translation>Eine Datenbankdatei Tabelle für Tabelle anordnen (schnellerer Kaltstart).</translation>
    </message>
    <message>
        <source>Say which with --date-format dd/MM/yyyy or --date-format MM/dd/yyyy.</source>
        <translation>Geben Sie es mit --date-format dd/MM/yyyy oder --date-format MM/dd/yyyy an.</translation>
    </message>
    <message>
        <source>Check the traffic light against what customers did afterwards.</source>
        <translation>Prüft die Ampel an dem, was die Kunden danach taten.</translation>
    </message>
    <message>
        <source>Hindsight check: scores every customer as of a past day with only the data known then, and compares each level with what the customers did in the following days (stopped buying: no purchase, or for contract customers a cancellation). Shows the light beside three naive orderings it must beat: days since the last purchase, number of purchase days and P(alive).</source>
        <translation>Rückschau: bewertet jeden Kunden zu einem vergangenen Stichtag nur mit den damals bekannten Daten und vergleicht jede Stufe mit dem, was die Kunden in den Tagen danach taten (nicht mehr gekauft: kein Kauf, bei Vertragskunden eine Kündigung). Zeigt die Ampel neben drei einfachen Reihenfolgen, die sie schlagen muss: Tage seit dem letzten Kauf, Zahl der Kauftage und P(aktiv).</translation>
    </message>
    <message>
        <source>Score as of this day (yyyy-MM-dd; default: the latest day that leaves a whole horizon).</source>
        <translation>Bewertung zu diesem Tag (yyyy-MM-dd; Standard: der letzte Tag, nach dem noch ein ganzer Zeitraum Daten folgt).</translation>
    </message>
    <message>
        <source>Look this many DAYS ahead (default 180).</source>
        <translation>So viele TAGE vorausschauen (Standard 180).</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>TAGE</translation>
    </message>
    <message>
        <source>Output format: json or csv.</source>
        <translation>Ausgabeformat: json oder csv.</translation>
    </message>
    <message>
        <source>--horizon takes a number of days from 1 to 3650, not &quot;%1&quot;.</source>
        <translation>--horizon erwartet eine Zahl von Tagen von 1 bis 3650, nicht „%1“.</translation>
    </message>
    <message>
        <source>warning: the data ends before the horizon does; customers count as stopped who may still buy.</source>
        <translation>Warnung: Die Daten enden vor dem Ende des Zeitraums; Kunden zählen als abgewandert, die vielleicht noch kaufen.</translation>
    </message>
    <message>
        <source>Tune the traffic light&apos;s thresholds on the business&apos;s own history.</source>
        <translation>Die Schwellen der Ampel an der eigenen Geschichte des Unternehmens einstellen.</translation>
    </message>
    <message>
        <source>AUC %1, red %2 (%3 stopped), yellow %4 (%5), green %6 (%7), lift %8</source>
        <translation>AUC %1, rot %2 (%3 abgewandert), gelb %4 (%5), grün %6 (%7), Faktor %8</translation>
    </message>
    <message>
        <source>Tunes the traffic light on the business&apos;s own history: tries thresholds of the purchase rhythm (rhythm_yellow_score, rhythm_red_score, value_weight) with the hindsight check, keeps the best that hold red and yellow within their share limits, and stores them as the database&apos;s risk.* settings. Tuning uses only the data before the last horizon; the last horizon checks the result.</source>
        <translation>Stellt die Ampel an der eigenen Geschichte des Unternehmens ein: probiert Schwellen des Kaufrhythmus (rhythm_yellow_score, rhythm_red_score, value_weight) mit der Rückschau, behält die besten, die Rot und Gelb innerhalb ihrer Anteilsgrenzen halten, und speichert sie als risk.*-Einstellungen der Datenbank. Zum Einstellen dienen nur die Daten vor dem letzten Zeitraum; der letzte Zeitraum prüft das Ergebnis.</translation>
    </message>
    <message>
        <source>Report only; store nothing.</source>
        <translation>Nur berichten, nichts speichern.</translation>
    </message>
    <message>
        <source>Tuned on the customers as of %1 and what they did in the %2 days after; the data after %3 was not used for tuning. %4 threshold sets tried.</source>
        <translation>Eingestellt an den Kunden zum %1 und dem, was sie in den %2 Tagen danach taten; die Daten nach dem %3 wurden dafür nicht verwendet. %4 Schwellensätze probiert.</translation>
    </message>
    <message>
        <source>Tuning day %1, before: %2</source>
        <translation>Einstelltag %1, vorher: %2</translation>
    </message>
    <message>
        <source>Tuning day %1, after: %2</source>
        <translation>Einstelltag %1, nachher: %2</translation>
    </message>
    <message>
        <source>Check day %1 (outcomes tuning did not see), before: %2</source>
        <translation>Prüftag %1 (Ausgang beim Einstellen unbekannt), vorher: %2</translation>
    </message>
    <message>
        <source>Check day %1 (outcomes tuning did not see), after: %2</source>
        <translation>Prüftag %1 (Ausgang beim Einstellen unbekannt), nachher: %2</translation>
    </message>
    <message>
        <source>Stored as risk.* settings in %1.</source>
        <translation>Als risk.*-Einstellungen in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Nothing stored (--dry-run).</source>
        <translation>Nichts gespeichert (--dry-run).</translation>
    </message>
    <message>
        <source>The current thresholds are the best found; nothing changed.</source>
        <translation>Die jetzigen Schwellen sind die besten gefundenen; nichts geändert.</translation>
    </message>
    <message>
        <source>Export or erase everything held about one customer (GDPR).</source>
        <translation>Alles exportieren oder löschen, was über einen Kunden gespeichert ist (DSGVO).</translation>
    </message>
    <message>
        <source>error: the output could not be written: %1</source>
        <translation>Fehler: Die Ausgabe konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>customer id and name</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>customer %1 needs --db FILE and one customer ID.</source>
        <translation>customer %1 braucht --db DATEI und eine Kundennummer.</translation>
    </message>
    <message>
        <source>Writes everything the database holds about one customer as JSON: the customer record, orders, activity, tickets, survey answers, reviews and notes, and the imports they came from (the right of access, GDPR Art. 15).</source>
        <translation>Schreibt alles, was die Datenbank über einen Kunden enthält, als JSON: Kundendatensatz, Bestellungen, Aktivität, Tickets, Umfrageantworten, Prüfstatus und Notizen sowie die Importe, aus denen sie stammen (Auskunftsrecht, Art. 15 DSGVO).</translation>
    </message>
    <message>
        <source>Write to this FILE (readable by its owner only) instead of standard output.</source>
        <translation>In diese DATEI schreiben (nur für ihren Eigentümer lesbar) statt auf die Standardausgabe.</translation>
    </message>
    <message>
        <source>Wrote the data held about customer %1 to %2.</source>
        <translation>Die Daten zu Kunde %1 wurden nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>  Orders:           %1</source>
        <translation>  Bestellungen:     %1</translation>
    </message>
    <message>
        <source>  Activity records: %1</source>
        <translation>  Aktivitäten:      %1</translation>
    </message>
    <message>
        <source>  Tickets:          %1</source>
        <translation>  Tickets:          %1</translation>
    </message>
    <message>
        <source>  Survey answers:   %1</source>
        <translation>  Umfrageantworten: %1</translation>
    </message>
    <message>
        <source>  Reviews:          %1</source>
        <translation>  Prüfstatus:       %1</translation>
    </message>
    <message>
        <source>  Review notes:     %1</source>
        <translation>  Notizen:          %1</translation>
    </message>
    <message>
        <source>Erases one customer and everything the database holds about them, in one step that cannot be undone, and rewrites the file so that the deleted data does not linger in it (the right to erasure, GDPR Art. 17). Asks for confirmation in a terminal; elsewhere it needs --yes.</source>
        <translation>Löscht einen Kunden und alles, was die Datenbank über ihn enthält, in einem Schritt, der sich nicht rückgängig machen lässt, und schreibt die Datei neu, damit die gelöschten Daten nicht darin zurückbleiben (Recht auf Löschung, Art. 17 DSGVO). Fragt im Terminal nach einer Bestätigung; sonst ist --yes nötig.</translation>
    </message>
    <message>
        <source>Erase without asking.</source>
        <translation>Ohne Rückfrage löschen.</translation>
    </message>
    <message>
        <source>Erasing customer %1 cannot be undone: confirm it with --yes.</source>
        <translation>Das Löschen von Kunde %1 lässt sich nicht rückgängig machen: Bestätigen Sie es mit --yes.</translation>
    </message>
    <message>
        <source>Erase customer %1 and everything the database holds about them? This cannot be undone.</source>
        <translation>Kunde %1 und alles, was die Datenbank über ihn enthält, löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Type &quot;yes&quot; to erase: </source>
        <translation>Zum Löschen „ja“ eingeben: </translation>
    </message>
    <message>
        <source>yes</source>
        <comment>the answer that confirms an erasure</comment>
        <translation>ja</translation>
    </message>
    <message>
        <source>Nothing was erased.</source>
        <translation>Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Erased customer %1 and everything the database held about them:</source>
        <translation>Kunde %1 und alles, was die Datenbank über ihn enthielt, wurde gelöscht:</translation>
    </message>
    <message>
        <source>The customer is gone from the data, but copies of the deleted records may remain in the file until it is compacted (retentiondesk-cli compact --db %1, when no other program uses it). %2</source>
        <translation>Der Kunde ist aus den Daten entfernt, aber Kopien der gelöschten Datensätze können in der Datei bleiben, bis sie kompaktiert wird (retentiondesk-cli compact --db %1, wenn kein anderes Programm sie verwendet). %2</translation>
    </message>
    <message>
        <source>Usage: retentiondesk-cli customer export|erase --db FILE ID

  export  Write everything held about a customer as JSON (GDPR Art. 15).
  erase   Erase a customer and everything held about them (GDPR Art. 17).

Run retentiondesk-cli customer export --help or retentiondesk-cli customer erase --help for the options.
</source>
        <translation>Aufruf: retentiondesk-cli customer export|erase --db DATEI ID

  export  Alles über einen Kunden als JSON schreiben (Art. 15 DSGVO).
  erase   Einen Kunden und alles über ihn löschen (Art. 17 DSGVO).

Die Optionen zeigen retentiondesk-cli customer export --help und retentiondesk-cli customer erase --help.
</translation>
    </message>
    <message>
        <source>Unknown customer command &quot;%1&quot;.</source>
        <translation>Unbekannter customer-Befehl „%1“.</translation>
    </message>
    <message>
        <source>The database as it was before is kept in %1 (see backups, restore).</source>
        <translation>Die Datenbank, wie sie vorher war, liegt in %1 (siehe backups, restore).</translation>
    </message>
    <message>
        <source>List the copies of a database kept before each import.</source>
        <translation>Die vor jedem Import aufbewahrten Kopien einer Datenbank auflisten.</translation>
    </message>
    <message>
        <source>Put a backup in place of a database.</source>
        <translation>Eine Sicherung an die Stelle einer Datenbank setzen.</translation>
    </message>
    <message>
        <source>Lists the copies of a database kept before each import (the newest %1), newest first, numbered for restore.</source>
        <translation>Listet die vor jedem Import aufbewahrten Kopien einer Datenbank auf (die neuesten %1), die neueste zuerst, nummeriert für restore.</translation>
    </message>
    <message>
        <source>backups needs --db FILE.</source>
        <translation>backups braucht --db DATEI.</translation>
    </message>
    <message>
        <source>No backups of %1 yet: one is written before each import into a database that holds data.</source>
        <translation>Noch keine Sicherungen von %1: Vor jedem Import in eine Datenbank, die Daten enthält, wird eine geschrieben.</translation>
    </message>
    <message>
        <source>%1. %2, %3, %4: %5</source>
        <translation>%1. %2, %3, %4: %5</translation>
    </message>
    <message>
        <source>Puts a backup in place of the database: give its number from &quot;backups&quot; or its file. The database as it is now is backed up first, so the restore can be undone the same way. No other program may use the database meanwhile.</source>
        <translation>Setzt eine Sicherung an die Stelle der Datenbank: Geben Sie ihre Nummer aus „backups“ oder ihre Datei an. Die Datenbank, wie sie jetzt ist, wird zuerst gesichert, sodass sich das Wiederherstellen auf dieselbe Weise rückgängig machen lässt. Kein anderes Programm darf die Datenbank währenddessen verwenden.</translation>
    </message>
    <message>
        <source>The backup&apos;s number (1 is the newest) or file.</source>
        <translation>Die Nummer der Sicherung (1 ist die neueste) oder ihre Datei.</translation>
    </message>
    <message>
        <source>restore needs --db FILE and one BACKUP.</source>
        <translation>restore braucht --db DATEI und eine SICHERUNG.</translation>
    </message>
    <message>
        <source>%1 has no backups yet.</source>
        <translation>Von %1 gibt es noch keine Sicherungen.</translation>
    </message>
    <message>
        <source>There is no backup %1: &quot;backups&quot; lists 1 to %2.</source>
        <translation>Es gibt keine Sicherung %1: „backups“ listet 1 bis %2.</translation>
    </message>
    <message>
        <source>Restored %1 from %2; the state before is the newest backup now.</source>
        <translation>%1 wurde aus %2 wiederhergestellt; der Stand davor ist jetzt die neueste Sicherung.</translation>
    </message>
    <message>
        <source>List or change a database&apos;s settings (thresholds, churn model...).</source>
        <translation>Die Einstellungen einer Datenbank anzeigen oder ändern (Schwellen, Abwanderungsmodell ...).</translation>
    </message>
    <message>
        <source> (default %1)</source>
        <translation> (Standard %1)</translation>
    </message>
    <message>
        <source>Lists the settings of a database with their values, defaults and units, or changes them: KEY=VALUE in the units listed (a share as a percentage). Values that do not fit together are refused, and nothing is changed then. The next report, risk list or window uses the new values.</source>
        <translation>Listet die Einstellungen einer Datenbank mit Wert, Standardwert und Einheit auf oder ändert sie: KEY=VALUE in den aufgeführten Einheiten (ein Anteil in Prozent). Werte, die nicht zusammenpassen, werden abgelehnt, und dann wird nichts geändert. Der nächste Bericht, die nächste Risikoliste oder das Fenster verwenden die neuen Werte.</translation>
    </message>
    <message>
        <source>Restore the defaults of the settings named (KEY...), or of all with --all.</source>
        <translation>Die Standardwerte der genannten Einstellungen (KEY ...) wiederherstellen, oder aller mit --all.</translation>
    </message>
    <message>
        <source>With --reset: restore every default.</source>
        <translation>Mit --reset: alle Standardwerte wiederherstellen.</translation>
    </message>
    <message>
        <source>A setting to change (with --reset: a KEY to reset); repeatable.</source>
        <translation>Eine zu ändernde Einstellung (mit --reset: ein zurückzusetzender KEY); mehrfach verwendbar.</translation>
    </message>
    <message>
        <source>--all goes with --reset.</source>
        <translation>--all gehört zu --reset.</translation>
    </message>
    <message>
        <source>--reset needs the KEYs to reset, or --all.</source>
        <translation>--reset braucht die zurückzusetzenden KEYs oder --all.</translation>
    </message>
    <message>
        <source>settings either changes values or resets them, not both at once.</source>
        <translation>settings ändert Werte oder setzt sie zurück, nicht beides zugleich.</translation>
    </message>
    <message>
        <source>A change takes KEY=VALUE, not &quot;%1&quot;.</source>
        <translation>Eine Änderung erwartet KEY=VALUE, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no setting &quot;%1&quot;: settings --db FILE lists them.</source>
        <translation>Es gibt keine Einstellung &quot;%1&quot;: settings --db FILE listet sie auf.</translation>
    </message>
    <message>
        <source>The file names no currency: its amounts are labelled EUR. Give --currency with the first file, or change the label later with settings --db FILE currency=CODE.</source>
        <translation>Die Datei nennt keine Währung: Ihre Beträge werden mit EUR beschriftet. Geben Sie --currency bei der ersten Datei an oder ändern Sie die Beschriftung später mit settings --db DATEI currency=CODE.</translation>
    </message>
    <message>
        <source>Highest score of the CSAT answers in a survey file: 5 or 10 (recognised when not given).</source>
        <translation>Höchste Bewertung der CSAT-Antworten in einer Umfragedatei: 5 oder 10 (erkannt, wenn nicht angegeben).</translation>
    </message>
    <message>
        <source>5|10</source>
        <translation>5|10</translation>
    </message>
    <message>
        <source>--csat-scale takes 5 or 10, not &quot;%1&quot;.</source>
        <translation>--csat-scale nimmt 5 oder 10, nicht „%1“.</translation>
    </message>
    <message>
        <source>CSAT answers on a scale of 1 to %1.</source>
        <translation>CSAT-Antworten auf einer Skala von 1 bis %1.</translation>
    </message>
    <message>
        <source>Write the printed report as a PDF file.</source>
        <translation>Den gedruckten Bericht als PDF-Datei schreiben.</translation>
    </message>
    <message>
        <source>Write the report the window prints (figures of the last complete period against the one before, charts, cohorts, survival, the red and yellow customers with their reasons, definitions) as a PDF file. No display is needed.</source>
        <translation>Schreibt den Bericht, den das Fenster druckt (Kennzahlen des letzten vollständigen Zeitraums gegenüber dem davor, Diagramme, Kohorten, Verbleib, die roten und gelben Kunden mit ihren Gründen, Begriffserklärungen), als PDF-Datei. Ein Bildschirm wird nicht gebraucht.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Die zu schreibende PDF-Datei.</translation>
    </message>
    <message>
        <source>Period length: week, month, quarter or year (default: month).</source>
        <translation>Zeitraumlänge: week, month, quarter oder year (Standard: month).</translation>
    </message>
    <message>
        <source>First day of the charts (yyyy-MM-dd; default: 12 periods before the as-of day).</source>
        <translation>Erster Tag der Diagramme (yyyy-MM-dd; Standard: 12 Zeiträume vor dem Stichtag).</translation>
    </message>
    <message>
        <source>The report&apos;s language: de or en (default: the system&apos;s).</source>
        <translation>Sprache des Berichts: de oder en (Standard: die des Systems).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>export-report needs --db FILE.</source>
        <translation>export-report braucht --db FILE.</translation>
    </message>
    <message>
        <source>export-report needs --out FILE, the PDF to write.</source>
        <translation>export-report braucht --out FILE, die zu schreibende PDF-Datei.</translation>
    </message>
    <message>
        <source>--from must not be after --as-of.</source>
        <translation>--from darf nicht nach --as-of liegen.</translation>
    </message>
    <message>
        <source>--lang takes de or en, not &quot;%1&quot;.</source>
        <translation>--lang erwartet de oder en, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 holds no data yet: import customers or orders first.</source>
        <translation>%1 enthält noch keine Daten: Importieren Sie zuerst Kunden oder Bestellungen.</translation>
    </message>
    <message numerus="yes">
        <source>Report written to %1 (%n page(s)).</source>
        <translation>
            <numerusform>Bericht in %1 geschrieben (%n Seite).</numerusform>
            <numerusform>Bericht in %1 geschrieben (%n Seiten).</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the valid rows even when one column rejects so many rows (more than 5 % and more than 20) that the file was probably misread; without it such an import changes nothing.</source>
        <translation>Die gültigen Zeilen auch dann importieren, wenn eine Spalte so viele Zeilen ablehnt (mehr als 5 % und mehr als 20), dass die Datei vermutlich falsch gelesen wurde; ohne diese Angabe ändert ein solcher Import nichts.</translation>
    </message>
    <message>
        <source>(--date-format or --decimal give the format, --map the field; --accept-rejects imports the valid rows.)</source>
        <translation>(--date-format oder --decimal geben das Format an, --map das Feld; --accept-rejects importiert die gültigen Zeilen.)</translation>
    </message>
    <message>
        <source>Map one with --map COLUMN=%1.</source>
        <translation>Ordnen Sie eine Spalte mit --map COLUMN=%1 zu.</translation>
    </message>
    <message>
        <source>Date format: dd.MM.yyyy, yyyy-MM-dd, iso, MM/dd/yyyy, dd/MM/yyyy, yyyyMMdd, ddMM or &quot;MMM d, yyyy&quot; (the month as a word; detected when not given).</source>
        <translation>Datumsformat: dd.MM.yyyy, yyyy-MM-dd, iso, MM/dd/yyyy, dd/MM/yyyy, yyyyMMdd, ddMM oder &quot;MMM d, yyyy&quot; (der Monat als Wort; erkannt, wenn nicht angegeben).</translation>
    </message>
    <message>
        <source>Customers who turned red or yellow since the last look (exit status 3).</source>
        <translation>Kunden, die seit dem letzten Blick rot oder gelb wurden (Exit-Status 3).</translation>
    </message>
    <message>
        <source>Takes a look at every customer&apos;s traffic light and lists those who turned red or yellow since the last look (or since a day), with the reasons in numbers, and those who are green again. Each look is kept in the database, so a second look at the same data finds nothing new. Exit status 0 when nothing new turned red or yellow, 3 when something did: for a daily job that mails the list.</source>
        <translation>Wirft einen Blick auf die Ampel jedes Kunden und listet, wer seit dem letzten Blick (oder seit einem Tag) rot oder gelb wurde, mit den Gründen in Zahlen, und wer wieder grün ist. Jeder Blick wird in der Datenbank festgehalten, daher findet ein zweiter Blick auf dieselben Daten nichts Neues. Exit-Status 0, wenn nichts neu rot oder gelb wurde, 3, wenn doch: für einen täglichen Auftrag, der die Liste verschickt.</translation>
    </message>
    <message>
        <source>Compare with the colours as of the last look before this day (yyyy-MM-dd).</source>
        <translation>Mit den Farben des letzten Blicks vor diesem Tag vergleichen (yyyy-MM-dd).</translation>
    </message>
    <message>
        <source>Compare with the last look (the default).</source>
        <translation>Mit dem letzten Blick vergleichen (Standard).</translation>
    </message>
    <message>
        <source>Output format: text, csv or json.</source>
        <translation>Ausgabeformat: text, csv oder json.</translation>
    </message>
    <message>
        <source>alerts needs --db FILE.</source>
        <translation>alerts braucht --db DATEI.</translation>
    </message>
    <message>
        <source>Use either --since or --since-last.</source>
        <translation>Verwenden Sie entweder --since oder --since-last.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use text, csv or json.</source>
        <translation>Unbekanntes Format „%1“: Verwenden Sie text, csv oder json.</translation>
    </message>
    <message>
        <source>%1 is opened read-only: a look cannot be kept.</source>
        <translation>%1 ist nur lesbar geöffnet: Ein Blick kann nicht festgehalten werden.</translation>
    </message>
    <message>
        <source>Since the look of %1 (data as of %2):</source>
        <translation>Seit dem Blick vom %1 (Daten bis %2):</translation>
    </message>
    <message>
        <source>First look (nothing to compare with yet):</source>
        <translation>Erster Blick (noch nichts zum Vergleichen):</translation>
    </message>
    <message numerus="yes">
        <source>%n turned red or yellow, </source>
        <translation>
            <numerusform>%n wurde rot oder gelb, </numerusform>
            <numerusform>%n wurden rot oder gelb, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n green again.</source>
        <translation>
            <numerusform>%n wieder grün.</numerusform>
            <numerusform>%n wieder grün.</numerusform>
        </translation>
    </message>
    <message>
        <source>[key account]</source>
        <translation>[Schlüsselkunde]</translation>
    </message>
    <message>
        <source>was: %1</source>
        <translation>war: %1</translation>
    </message>
    <message>
        <source>Why customers leave: lost customers per period and reason.</source>
        <translation>Warum Kunden gehen: verlorene Kunden je Zeitraum und Grund.</translation>
    </message>
    <message>
        <source>Why customers leave: the customers lost in each period by the reason they gave (a cancellation reason, an exit survey), in the categories price, quality, competitor, usability, service, not_needed, closed and other, with unknown for those who said nothing; the revenue they brought in their last 12 months, and their share of the period&apos;s lost customers in percent.</source>
        <translation>Warum Kunden gehen: die in jedem Zeitraum verlorenen Kunden nach dem Grund, den sie nannten (ein Kündigungsgrund, eine Austrittsbefragung), in den Kategorien price, quality, competitor, usability, service, not_needed, closed und other, mit unknown für jene, die nichts sagten; der Umsatz ihrer letzten 12 Monate und ihr Anteil an den verlorenen Kunden des Zeitraums in Prozent.</translation>
    </message>
    <message>
        <source>Period length: week, month, quarter or year, or all for one row per reason over the whole range.</source>
        <translation>Zeitraumlänge: week, month, quarter oder year, oder all für eine Zeile je Grund über den ganzen Bereich.</translation>
    </message>
    <message>
        <source>First day of the range (yyyy-MM-dd; default: the first day of the data).</source>
        <translation>Erster Tag des Bereichs (yyyy-MM-dd; Standard: der erste Tag der Daten).</translation>
    </message>
    <message>
        <source>Write win-back messages for the at-risk customers as a mail-merge file.</source>
        <translation>Rückgewinnungsnachrichten für gefährdete Kunden als Serienbrief-Datei schreiben.</translation>
    </message>
    <message>
        <source>Prepares win-back messages for the at-risk customers: a mail-merge file (CSV for Excel, UTF-8) with name, email, the main reason in plain words, value, last purchase, owner, subject and message, for the user&apos;s own mail tool; nothing is sent. Each prepared message is logged on the customer.</source>
        <translation>Bereitet Rückgewinnungsnachrichten für die gefährdeten Kunden vor: eine Serienbrief-Datei (CSV für Excel, UTF-8) mit Name, E-Mail, dem Hauptgrund in Worten, Wert, letztem Kauf, Betreuer, Betreff und Nachricht für das eigene Mailprogramm; nichts wird verschickt. Jede vorbereitete Nachricht wird beim Kunden vermerkt.</translation>
    </message>
    <message>
        <source>The mail-merge file to write (.csv).</source>
        <translation>Die zu schreibende Serienbrief-Datei (.csv).</translation>
    </message>
    <message>
        <source>Only these levels (default red,yellow).</source>
        <translation>Nur diese Stufen (Standard red,yellow).</translation>
    </message>
    <message>
        <source>auto (by each customer&apos;s main reason), inactive, spending_down, complaint or failed_payment.</source>
        <translation>auto (nach dem Hauptgrund jedes Kunden), inactive, spending_down, complaint oder failed_payment.</translation>
    </message>
    <message>
        <source>The messages&apos; language: de or en (default: the system&apos;s).</source>
        <translation>Die Sprache der Nachrichten: de oder en (Standard: die des Systems).</translation>
    </message>
    <message>
        <source>Write the file without logging the contacts.</source>
        <translation>Die Datei schreiben, ohne die Kontakte zu vermerken.</translation>
    </message>
    <message>
        <source>winback needs --out FILE.</source>
        <translation>winback braucht --out DATEI.</translation>
    </message>
    <message>
        <source>--template takes auto, inactive, spending_down, complaint or failed_payment, not &quot;%1&quot;.</source>
        <translation>--template nimmt auto, inactive, spending_down, complaint oder failed_payment, nicht „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) written to %1</source>
        <translation>
            <numerusform>%n Nachricht nach %1 geschrieben</numerusform>
            <numerusform>%n Nachrichten nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source> (not logged).</source>
        <translation> (nicht vermerkt).</translation>
    </message>
    <message>
        <source>; each logged on its customer.</source>
        <translation>; jede beim Kunden vermerkt.</translation>
    </message>
    <message>
        <source>Customers whose spending or activity clearly rises (upsell).</source>
        <translation>Kunden, deren Umsatz oder Aktivität deutlich steigt (Upselling).</translation>
    </message>
    <message>
        <source>Customers who are growing, for upselling: spending up 50 % or more in the last 90 days against the 90 before, or activity up 50 % or more in the last 30 days against the monthly average of the 90 before; key accounts first, then by the increase in revenue, with the reasons in numbers.</source>
        <translation>Wachsende Kunden, für Upselling: Umsatz der letzten 90 Tage um 50 % oder mehr über den 90 Tagen davor, oder Aktivität der letzten 30 Tage um 50 % oder mehr über dem Monatsdurchschnitt der 90 Tage davor; Schlüsselkunden zuerst, dann nach dem Umsatzzuwachs, mit den Gründen in Zahlen.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>(built-in)</source>
        <translation>(eingebaut)</translation>
    </message>
</context>
<context>
    <name>ContactLog</name>
    <message>
        <source>Could not log the prepared messages; nothing was logged.</source>
        <translation>Die vorbereiteten Nachrichten konnten nicht vermerkt werden; nichts wurde vermerkt.</translation>
    </message>
    <message>
        <source>Win-back message prepared (template %1)</source>
        <translation>Rückgewinnungsnachricht vorbereitet (Vorlage %1)</translation>
    </message>
</context>
<context>
    <name>ContactOutcomeText</name>
    <message>
        <source>—</source>
        <comment>no value</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 customers were contacted less than %2 days before the data&apos;s last day: too early to tell whether they came back.</source>
        <translation>%1 Kunden wurden weniger als %2 Tage vor dem letzten Tag der Daten kontaktiert: zu früh, um zu sagen, ob sie zurückkamen.</translation>
    </message>
    <message>
        <source>No win-back message has been prepared yet: once some are, this says whether the contacted customers came back more often than the others.</source>
        <translation>Noch keine Rückgewinnungsnachricht vorbereitet: Sobald es welche gibt, steht hier, ob die kontaktierten Kunden öfter zurückkamen als die anderen.</translation>
    </message>
    <message>
        <source>Of the %1 customers contacted, %2 bought again within %3 days, against %4 of the %5 the light had at risk on the same days who were not contacted.</source>
        <translation>Von den %1 kontaktierten Kunden kauften %2 innerhalb von %3 Tagen wieder, gegenüber %4 der %5, die die Ampel an denselben Tagen als gefährdet zeigte und die nicht kontaktiert wurden.</translation>
    </message>
    <message>
        <source>%1 more were contacted too recently to tell.</source>
        <translation>Weitere %1 wurden zu kurz zuvor kontaktiert, um es zu sagen.</translation>
    </message>
    <message>
        <source>So few customers make it a hint, not a measure.</source>
        <translation>Bei so wenigen Kunden ist das ein Hinweis, kein Maß.</translation>
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
    <name>DashboardEngine</name>
    <message>
        <source>Active customers</source>
        <translation>Aktive Kunden</translation>
    </message>
    <message>
        <source>customers at the end = %1 at start + %2 new − %3 lost</source>
        <translation>Kunden am Ende = %1 zu Beginn + %2 neu − %3 verloren</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>Abwanderungsrate</translation>
    </message>
    <message>
        <source>Retention rate</source>
        <translation>Bindungsrate</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Neue Kunden</translation>
    </message>
    <message>
        <source>%1 new, of them %2 back after leaving</source>
        <translation>%1 neu, davon %2 zurückgekehrt</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>paid orders in the period, refunds subtracted, from %1 paying customers</source>
        <translation>bezahlte Bestellungen im Zeitraum abzüglich Erstattungen, von %1 zahlenden Kunden</translation>
    </message>
    <message>
        <source>Net revenue retention</source>
        <translation>Netto-Umsatzbindung</translation>
    </message>
    <message>
        <source>no customers at the start</source>
        <translation>keine Kunden zu Beginn</translation>
    </message>
    <message>
        <source>not measurable yet</source>
        <translation>noch nicht messbar</translation>
    </message>
    <message>
        <source>no revenue in the period before</source>
        <translation>kein Umsatz im Zeitraum davor</translation>
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
    <message>
        <source>Could not compact the database %1.</source>
        <translation>Die Datenbank %1 konnte nicht kompaktiert werden.</translation>
    </message>
    <message>
        <source>%1 is not a RetentionDesk database: it is no database file at all. It was not changed.</source>
        <translation>%1 ist keine RetentionDesk-Datenbank, sondern überhaupt keine Datenbankdatei. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is damaged (cut off or overwritten): its records cannot be read. It was not changed; open a backup copy of it instead.</source>
        <translation>%1 ist beschädigt (abgeschnitten oder überschrieben): Ihre Datensätze lassen sich nicht lesen. Sie wurde nicht verändert; öffnen Sie stattdessen eine Sicherungskopie.</translation>
    </message>
    <message>
        <source>%1 is read-only (or lies in a folder you may not write to), and it must be upgraded to this version of RetentionDesk before it can be read. Copy it to a folder of your own and open the copy.</source>
        <translation>%1 ist schreibgeschützt (oder liegt in einem Ordner, in den Sie nicht schreiben dürfen) und muss vor dem Lesen auf diese Version von RetentionDesk aktualisiert werden. Kopieren Sie sie in einen eigenen Ordner und öffnen Sie die Kopie.</translation>
    </message>
    <message>
        <source>Could not create the database %1: %2</source>
        <translation>Die Datenbank %1 konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>before upgrading to data format %1</source>
        <translation>vor der Aktualisierung auf Datenformat %1</translation>
    </message>
    <message>
        <source>Could not write a backup before upgrading the database: %1</source>
        <translation>Vor der Aktualisierung der Datenbank konnte keine Sicherung geschrieben werden: %1</translation>
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
    <name>Field</name>
    <message>
        <source>not imported</source>
        <translation>nicht importiert</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Kunde seit</translation>
    </message>
    <message>
        <source>Cancelled on</source>
        <translation>Gekündigt am</translation>
    </message>
    <message>
        <source>Monthly recurring revenue</source>
        <translation>Monatlich wiederkehrender Umsatz</translation>
    </message>
    <message>
        <source>Billing interval</source>
        <translation>Abrechnungsintervall</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation>Umsatz gesamt</translation>
    </message>
    <message>
        <source>Number of orders</source>
        <translation>Anzahl Bestellungen</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Zuletzt aktiv</translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation>Verlängerungsdatum</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Refunded amount</source>
        <translation>Erstatteter Betrag</translation>
    </message>
    <message>
        <source>Debit/credit</source>
        <translation>Soll/Haben</translation>
    </message>
    <message>
        <source>Contra account</source>
        <translation>Gegenkonto</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation>Ticketnummer</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Eröffnet am</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Geschlossen am</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Reason for leaving</source>
        <translation>Kündigungsgrund</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>FormatDetector</name>
    <message>
        <source>%1 is not a CSV file but a workbook or an archive (an Excel file?). Open it in Excel or LibreOffice and save it as CSV (&quot;CSV UTF-8&quot;), then import that file.</source>
        <translation>%1 ist keine CSV-Datei, sondern eine Arbeitsmappe oder ein Archiv (eine Excel-Datei?). Öffnen Sie sie in Excel oder LibreOffice, speichern Sie sie als CSV („CSV UTF-8“) und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <source>%1 is a PDF document, not a CSV file. Export the data as CSV from the program that made it.</source>
        <translation>%1 ist ein PDF-Dokument, keine CSV-Datei. Exportieren Sie die Daten als CSV aus dem Programm, das sie erstellt hat.</translation>
    </message>
    <message>
        <source>%1 is a compressed archive, not a CSV file. Unpack it and import the CSV file inside.</source>
        <translation>%1 ist ein komprimiertes Archiv, keine CSV-Datei. Entpacken Sie es und importieren Sie die CSV-Datei darin.</translation>
    </message>
    <message>
        <source>%1 holds binary data, not text: it is not a CSV file. Save the data as CSV and import that file.</source>
        <translation>%1 enthält Binärdaten, keinen Text: Es ist keine CSV-Datei. Speichern Sie die Daten als CSV und importieren Sie diese Datei.</translation>
    </message>
</context>
<context>
    <name>GrowthText</name>
    <message>
        <source>spending up %1 % (%2 → %3 per 90 days)</source>
        <translation>Umsatz plus %1 % (%2 → %3 je 90 Tage)</translation>
    </message>
    <message>
        <source>activity up %1 % (%2 events in the last 30 days, %3 a month before)</source>
        <translation>Aktivität plus %1 % (%2 Ereignisse in den letzten 30 Tagen, davor %3 im Monat)</translation>
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
    <name>ImportKind</name>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Orders and payments</source>
        <translation>Bestellungen und Zahlungen</translation>
    </message>
    <message>
        <source>Activity (logins, visits)</source>
        <translation>Aktivität (Anmeldungen, Besuche)</translation>
    </message>
    <message>
        <source>Support tickets</source>
        <translation>Support-Tickets</translation>
    </message>
    <message>
        <source>Survey answers (NPS, CSAT)</source>
        <translation>Umfrageantworten (NPS, CSAT)</translation>
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
        <source>%1 is not a DATEV booking batch: its first line does not start with EXTF.</source>
        <translation>%1 ist kein DATEV-Buchungsstapel: Die erste Zeile beginnt nicht mit EXTF.</translation>
    </message>
    <message>
        <source>%1: the first line of the DATEV file names no period (fields 13 and 15), so the year of its dates is unknown.</source>
        <translation>%1: Die erste Zeile der DATEV-Datei nennt keinen Zeitraum (Felder 13 und 15), daher ist das Jahr der Datumsangaben unbekannt.</translation>
    </message>
    <message>
        <source>%1 does not say which survey its scores answer: add a column kind (nps or csat), or name the score column NPS or CSAT.</source>
        <translation>%1 gibt nicht an, zu welcher Umfrage die Bewertungen gehören: Fügen Sie eine Spalte kind (nps oder csat) hinzu oder benennen Sie die Bewertungsspalte NPS oder CSAT.</translation>
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
        <source>not a whole number</source>
        <translation>keine ganze Zahl</translation>
    </message>
    <message>
        <source>an NPS score is 0 to 10</source>
        <translation>ein NPS-Wert liegt zwischen 0 und 10</translation>
    </message>
    <message>
        <source>not a date in the form %1</source>
        <translation>kein Datum im Format %1</translation>
    </message>
    <message>
        <source>There is no preset &quot;%1&quot;. Presets: %2.</source>
        <translation>Es gibt keine Vorlage „%1“. Vorlagen: %2.</translation>
    </message>
    <message>
        <source>The preset %1 reads %2 files, not %3 files.</source>
        <translation>Die Vorlage %1 liest Dateien der Art %2, nicht %3.</translation>
    </message>
    <message>
        <source>The dates in column &quot;%1&quot; of %2 can be read both as day/month/year and as month/day/year (no day is above 12).</source>
        <translation>Die Datumsangaben in Spalte „%1“ von %2 lassen sich als Tag/Monat/Jahr und als Monat/Tag/Jahr lesen (kein Tag ist größer als 12).</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a CSV file.</source>
        <translation>%1 ist ein Ordner, keine CSV-Datei.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a pipe, socket or device): save the data into a CSV file and import that.</source>
        <translation>%1 ist keine gewöhnliche Datei (eine Pipe, ein Socket oder ein Gerät): Speichern Sie die Daten in einer CSV-Datei und importieren Sie diese.</translation>
    </message>
    <message>
        <source>%1 is read-only (or lies in a folder you may not write to): nothing can be imported into it.</source>
        <translation>%1 ist schreibgeschützt (oder liegt in einem Ordner, in den Sie nicht schreiben dürfen): Es kann nichts hineinimportiert werden.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2 Nothing was imported.</source>
        <translation>%1 konnte nicht gelesen werden: %2 Es wurde nichts importiert.</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weitere</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice (columns %2 and %3): column %4 is read as %5, column %6 is not imported.</source>
        <translation>Die Spalte „%1“ kommt zweimal vor (Spalten %2 und %3): Spalte %4 wird als %5 gelesen, Spalte %6 wird nicht importiert.</translation>
    </message>
    <message>
        <source>The rejects file %1 is the file being imported; choose another name for the rejected rows.</source>
        <translation>Die Datei für abgelehnte Zeilen %1 ist die Datei, die importiert wird; wählen Sie einen anderen Namen für die abgelehnten Zeilen.</translation>
    </message>
    <message>
        <source>The rejects file %1 is the database or one of its own files; choose another name for the rejected rows.</source>
        <translation>Die Datei für abgelehnte Zeilen %1 ist die Datenbank oder eine ihrer eigenen Dateien; wählen Sie einen anderen Namen für die abgelehnten Zeilen.</translation>
    </message>
    <message>
        <source>The rejects file %1 is a folder; give a file name.</source>
        <translation>Die Datei für abgelehnte Zeilen %1 ist ein Ordner; geben Sie einen Dateinamen an.</translation>
    </message>
    <message>
        <source>holds a NUL character, which no text may hold</source>
        <translation>enthält ein NUL-Zeichen, das in keinem Text stehen darf</translation>
    </message>
    <message>
        <source>holds bytes that are not %1 text (shown as �)</source>
        <translation>enthält Bytes, die kein %1-Text sind (als � angezeigt)</translation>
    </message>
    <message>
        <source>longer than %1 characters, which no name, address or text needs</source>
        <translation>länger als %1 Zeichen, was kein Name, keine Adresse und kein Text braucht</translation>
    </message>
    <message>
        <source>a date before %1 or after %2, which cannot be right</source>
        <translation>ein Datum vor dem %1 oder nach dem %2, das nicht stimmen kann</translation>
    </message>
    <message>
        <source>an amount beyond ±%1, which cannot be right</source>
        <translation>ein Betrag jenseits von ±%1, der nicht stimmen kann</translation>
    </message>
    <message>
        <source>the monthly amount (amount × seats × billing interval) is beyond ±%1, which cannot be right</source>
        <translation>der Monatsbetrag (Betrag × Plätze × Abrechnungsintervall) liegt jenseits von ±%1 und kann nicht stimmen</translation>
    </message>
    <message>
        <source>quantity × unit price is beyond ±%1, which cannot be right</source>
        <translation>Menge × Einzelpreis liegt jenseits von ±%1 und kann nicht stimmen</translation>
    </message>
    <message>
        <source>the order&apos;s line items add up to more than ±%1, which cannot be right</source>
        <translation>die Positionen der Bestellung ergeben zusammen mehr als ±%1, was nicht stimmen kann</translation>
    </message>
    <message>
        <source>more than %1 events on one day, which cannot be right</source>
        <translation>mehr als %1 Ereignisse an einem Tag, was nicht stimmen kann</translation>
    </message>
    <message>
        <source>before importing %1</source>
        <translation>vor dem Import von %1</translation>
    </message>
    <message>
        <source>No backup of the database could be written, so nothing was imported: %1</source>
        <translation>Es konnte keine Sicherung der Datenbank geschrieben werden, daher wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>no customer id (guest order)</source>
        <translation>keine Kundennummer (Gastbestellung)</translation>
    </message>
    <message>
        <source>a CSAT score is 1 to %1 in this file</source>
        <translation>eine CSAT-Bewertung ist in dieser Datei 1 bis %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (line %2)</source>
        <translation>&quot;%1&quot; (Zeile %2)</translation>
    </message>
    <message>
        <source>%1: column &quot;%2&quot; could not be read in %3 of %4 rows (%5 %): %6, for example %7. This looks like a format the import did not recognise rather than bad rows, so nothing was imported. Choose the column&apos;s format or field, or import the valid rows anyway.</source>
        <translation>%1: Die Spalte &quot;%2&quot; konnte in %3 von %4 Zeilen (%5 %) nicht gelesen werden: %6, zum Beispiel %7. Das sieht nach einem Format aus, das der Import nicht erkannt hat, nicht nach fehlerhaften Zeilen; deshalb wurde nichts importiert. Wählen Sie das Format oder Feld der Spalte, oder importieren Sie die gültigen Zeilen trotzdem.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>%1 has no column for %2. Its columns are: %3.</source>
        <translation>%1 hat keine Spalte für %2. Die Spalten sind: %3.</translation>
    </message>
    <message>
        <source>unknown survey kind (nps, csat or exit)</source>
        <translation>unbekannte Umfrageart (nps, csat oder exit)</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>As the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
</context>
<context>
    <name>LightHistory</name>
    <message>
        <source>Could not save the look at the customers&apos; colours.</source>
        <translation>Der Blick auf die Farben der Kunden konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>LightTuning</name>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>The current thresholds are the best of %1 tried; nothing changed.</source>
        <translation>Die jetzigen Schwellen sind die besten von %1 probierten; nichts geändert.</translation>
    </message>
    <message>
        <source>Tried %1 sets of thresholds. Red now from a score of %2 (was %3), yellow from %4 (was %5), weight of a customer&apos;s value %6 (was %7).</source>
        <translation>%1 Schwellensätze probiert. Rot jetzt ab %2 Punkten (bisher %3), Gelb ab %4 (bisher %5), Gewicht des Kundenwerts %6 (bisher %7).</translation>
    </message>
    <message>
        <source>Tuning used only the data up to %1; on the %2 days after, which it did not see, the AUC went from %3 to %4 and the lift of red over green from %5 to %6.</source>
        <translation>Zum Einstellen dienten nur die Daten bis %1; in den %2 Tagen danach, die es nicht kannte, ging die AUC von %3 auf %4 und der Faktor Rot zu Grün von %5 auf %6.</translation>
    </message>
    <message>
        <source>The new thresholds are stored with this database.</source>
        <translation>Die neuen Schwellen sind in dieser Datenbank gespeichert.</translation>
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
    <message>
        <source>The risk settings do not fit together: %1.</source>
        <translation>Die Risikoeinstellungen passen nicht zusammen: %1.</translation>
    </message>
    <message>
        <source>There is no risk setting &quot;%1&quot;.</source>
        <translation>Es gibt keine Risiko-Einstellung „%1“.</translation>
    </message>
</context>
<context>
    <name>PeriodText</name>
    <message>
        <source>Week %1/%2</source>
        <comment>ISO week and its year</comment>
        <translation>KW %1/%2</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <comment>quarter and year</comment>
        <translation>%1. Quartal %2</translation>
    </message>
    <message>
        <source>%1 to %2, incomplete</source>
        <comment>first and last day of a period the data ends inside</comment>
        <translation>%1 bis %2, unvollständig</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not make %1 private to its owner: %2</source>
        <translation>%1 konnte nicht auf den Eigentümer allein beschränkt werden: %2</translation>
    </message>
    <message>
        <source>personal-data</source>
        <comment>file name</comment>
        <translation>personenbezogene-daten</translation>
    </message>
    <message>
        <source>customer</source>
        <comment>file name</comment>
        <translation>kunde</translation>
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
    <message>
        <source>Etsy sold orders</source>
        <translation>Etsy: verkaufte Bestellungen</translation>
    </message>
    <message>
        <source>eBay orders (Seller Hub)</source>
        <translation>eBay-Bestellungen (Verkäufer-Cockpit)</translation>
    </message>
    <message>
        <source>Amazon Seller Central order report</source>
        <translation>Amazon Seller Central: Bestellbericht</translation>
    </message>
    <message>
        <source>PayPal activity download</source>
        <translation>PayPal-Aktivitätsdownload</translation>
    </message>
</context>
<context>
    <name>PrivacyRepository</name>
    <message>
        <source>There is no customer with the id &quot;%1&quot;.</source>
        <translation>Es gibt keinen Kunden mit der Nummer „%1“.</translation>
    </message>
    <message>
        <source>Could not erase the customer &quot;%1&quot;; nothing was deleted.</source>
        <translation>Der Kunde „%1“ konnte nicht gelöscht werden; es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Another program is reading the database, so its log could not be folded back.</source>
        <translation>Ein anderes Programm liest die Datenbank, daher konnte ihr Protokoll nicht zurückgeschrieben werden.</translation>
    </message>
</context>
<context>
    <name>ReasonClassifier</name>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Product quality</source>
        <translation>Produktqualität</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Wettbewerber</translation>
    </message>
    <message>
        <source>Usability</source>
        <translation>Bedienbarkeit</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>No longer needed</source>
        <translation>Kein Bedarf mehr</translation>
    </message>
    <message>
        <source>Moved or closed</source>
        <translation>Umzug oder Geschäftsaufgabe</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>No reason known</source>
        <translation>Kein Grund bekannt</translation>
    </message>
</context>
<context>
    <name>Reliability</name>
    <message>
        <source>not measurable</source>
        <translation>nicht messbar</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format of the reliability check</comment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>The history is too short to tell yet: the check needs %1 days of data before the day it looks back to and %2 days after it, %3 days in all; the data covers %4.</source>
        <translation>Die Daten reichen noch nicht für ein Urteil: Die Rückschau braucht %1 Tage Daten vor dem Stichtag und %2 Tage danach, zusammen %3 Tage; die Daten umfassen %4.</translation>
    </message>
    <message>
        <source>On %1 this light marked nobody red; of the green customers %2 stopped buying within %3 days.</source>
        <translation>Am %1 hat die Ampel niemanden rot markiert; von den grünen Kunden haben %2 innerhalb von %3 Tagen nicht mehr gekauft.</translation>
    </message>
    <message>
        <source>Of the customers this light marked red on %1, %2 stopped buying within %3 days; of the green ones %4.</source>
        <translation>Von den Kunden, die diese Ampel am %1 rot markierte, haben %2 innerhalb von %3 Tagen nicht mehr gekauft; von den grünen %4.</translation>
    </message>
    <message>
        <source>Ordered by the light, those who stopped come before those who kept buying with an AUC of %1 (1 is perfect, 0.5 is chance). Ordered by days since the last purchase: %2; by the number of purchase days: %3; by the purchase model&apos;s P(alive): %4.</source>
        <translation>Nach der Ampel geordnet, stehen die Abgewanderten mit einer AUC von %1 vor denen, die weiter kauften (1 ist perfekt, 0,5 ist Zufall). Nach Tagen seit dem letzten Kauf geordnet: %2; nach der Zahl der Kauftage: %3; nach P(aktiv) des Kaufmodells: %4.</translation>
    </message>
    <message>
        <source>Scored with only the data known on %1: %2 customers, of whom %3 stopped buying in the %4 days after (no purchase, or a cancelled contract).</source>
        <translation>Bewertet nur mit den am %1 bekannten Daten: %2 Kunden, von denen %3 in den %4 Tagen danach nicht mehr kauften (kein Kauf oder ein gekündigter Vertrag).</translation>
    </message>
    <message>
        <source>The data ends before those days do: some counted as stopped may still buy.</source>
        <translation>Die Daten enden vor diesen Tagen: Manche, die als abgewandert zählen, kaufen vielleicht noch.</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format: day, month name, year</comment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>Customer retention report</source>
        <translation>Bericht zur Kundenbindung</translation>
    </message>
    <message>
        <source>No period with data yet</source>
        <translation>Noch kein Zeitraum mit Daten</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Zeitraum: %1</translation>
    </message>
    <message>
        <source>Period: %1, compared with %2</source>
        <translation>Zeitraum: %1, verglichen mit %2</translation>
    </message>
    <message>
        <source>Customers: all</source>
        <translation>Kunden: alle</translation>
    </message>
    <message>
        <source>segment %1</source>
        <translation>Segment %1</translation>
    </message>
    <message>
        <source>plan %1</source>
        <translation>Tarif %1</translation>
    </message>
    <message>
        <source>country %1</source>
        <translation>Land %1</translation>
    </message>
    <message>
        <source>Customers: %1</source>
        <translation>Kunden: %1</translation>
    </message>
    <message>
        <source>RetentionDesk · %1 · as of %2</source>
        <translation>RetentionDesk · %1 · Stand %2</translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation>Der Bericht konnte nicht in %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: customer retention report</source>
        <translation>%1: Bericht zur Kundenbindung</translation>
    </message>
    <message>
        <source>The report could not be drawn.</source>
        <translation>Der Bericht konnte nicht gezeichnet werden.</translation>
    </message>
    <message>
        <source>Charts: %1 to %2, per %3</source>
        <translation>Diagramme: %1 bis %2, je %3</translation>
    </message>
    <message>
        <source>As of: %1</source>
        <translation>Stichtag: %1</translation>
    </message>
    <message>
        <source>Written on %1 by RetentionDesk %2, from the data on this computer only.</source>
        <translation>Erstellt am %1 mit RetentionDesk %2, nur aus den Daten auf diesem Computer.</translation>
    </message>
    <message>
        <source>These are made-up demo data.</source>
        <translation>Dies sind erfundene Demodaten.</translation>
    </message>
    <message>
        <source>The figures of %1</source>
        <translation>Die Kennzahlen für %1</translation>
    </message>
    <message>
        <source>The data ends inside this period: it is not over yet.</source>
        <translation>Die Daten enden innerhalb dieses Zeitraums: Er ist noch nicht vorbei.</translation>
    </message>
    <message>
        <source>%1%2 points</source>
        <comment>percentage points</comment>
        <translation>%1%2 Prozentpunkte</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Davor</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Customers at risk now</source>
        <translation>Jetzt gefährdete Kunden</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ampel</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Revenue at stake (12 months)</source>
        <translation>Gefährdeter Umsatz (12 Monate)</translation>
    </message>
    <message>
        <source>Churn, retention and revenue</source>
        <translation>Abwanderung, Kundenbindung und Umsatz</translation>
    </message>
    <message>
        <source>Cohorts and survival</source>
        <translation>Kohorten und Verbleib</translation>
    </message>
    <message>
        <source>Share of each cohort (customers by the period they started) still active n periods later, in %.</source>
        <translation>Anteil jeder Kohorte (Kunden nach dem Zeitraum ihres Beginns), der n Zeiträume später noch aktiv ist, in %.</translation>
    </message>
    <message>
        <source>No cohorts yet.</source>
        <translation>Noch keine Kohorten.</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kohorte</translation>
    </message>
    <message numerus="yes">
        <source>The %n earlier cohort(s) are in the window&apos;s Cohorts page.</source>
        <translation>
            <numerusform>Die %n frühere Kohorte steht auf der Seite Kohorten im Fenster.</numerusform>
            <numerusform>Die %n früheren Kohorten stehen auf der Seite Kohorten im Fenster.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers at risk, and why</source>
        <translation>Gefährdete Kunden, und warum</translation>
    </message>
    <message>
        <source>Most valuable first within each colour. ★ marks a key account: one of the fewest customers who together bring 80 % of the revenue of the last 12 months.</source>
        <translation>Innerhalb jeder Farbe die wertvollsten zuerst. ★ kennzeichnet einen Schlüsselkunden: einen der wenigsten Kunden, die zusammen 80 % des Umsatzes der letzten 12 Monate bringen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>customer name (id)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Red: call today (%Ln customer(s), %1 of revenue at stake)</source>
        <translation>
            <numerusform>Rot: heute anrufen (%Ln Kunde, %1 Umsatz gefährdet)</numerusform>
            <numerusform>Rot: heute anrufen (%Ln Kunden, %1 Umsatz gefährdet)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Yellow: keep an eye on (%Ln customer(s), %1 of revenue at stake)</source>
        <translation>
            <numerusform>Gelb: im Auge behalten (%Ln Kunde, %1 Umsatz gefährdet)</numerusform>
            <numerusform>Gelb: im Auge behalten (%Ln Kunden, %1 Umsatz gefährdet)</numerusform>
        </translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Value (12 months)</source>
        <translation>Wert (12 Monate)</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Gründe</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more: the at-risk list in the window, or retentiondesk-cli risk, lists them all.</source>
        <translation>
            <numerusform>… und %Ln weiterer: Die Liste gefährdeter Kunden im Fenster oder retentiondesk-cli risk führt alle auf.</numerusform>
            <numerusform>… und %Ln weitere: Die Liste gefährdeter Kunden im Fenster oder retentiondesk-cli risk führt alle auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>What the figures mean</source>
        <translation>Was die Kennzahlen bedeuten</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>Aktive Kunden</translation>
    </message>
    <message numerus="yes">
        <source>Customers at the end of the period: with a running contract, or who bought within the churn window (%Ln day(s) without an order or activity count as lost).</source>
        <translation>
            <numerusform>Kunden am Ende des Zeitraums: mit laufendem Vertrag oder mit einem Kauf innerhalb des Abwanderungsfensters (wer %Ln Tag ohne Bestellung oder Aktivität bleibt, gilt als verloren).</numerusform>
            <numerusform>Kunden am Ende des Zeitraums: mit laufendem Vertrag oder mit einem Kauf innerhalb des Abwanderungsfensters (wer %Ln Tage ohne Bestellung oder Aktivität bleibt, gilt als verloren).</numerusform>
        </translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Neue Kunden</translation>
    </message>
    <message>
        <source>Customers who started in the period, for the first time or again (reactivated).</source>
        <translation>Kunden, die im Zeitraum begonnen haben, zum ersten Mal oder erneut (reaktiviert).</translation>
    </message>
    <message>
        <source>Lost customers</source>
        <translation>Verlorene Kunden</translation>
    </message>
    <message>
        <source>Customers who cancelled in the period, or whose last sign of life is a whole churn window old.</source>
        <translation>Kunden, die im Zeitraum gekündigt haben oder deren letztes Lebenszeichen ein ganzes Abwanderungsfenster zurückliegt.</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>Abwanderungsrate</translation>
    </message>
    <message>
        <source>Customers lost in the period / customers at its start × 100.</source>
        <translation>Im Zeitraum verlorene Kunden / Kunden zu seinem Beginn × 100.</translation>
    </message>
    <message>
        <source>Retention rate</source>
        <translation>Bindungsrate</translation>
    </message>
    <message>
        <source>(Customers at the end − new customers) / customers at the start × 100: the share of the customers at the start still there at the end.</source>
        <translation>(Kunden am Ende − neue Kunden) / Kunden zu Beginn × 100: der Anteil der Kunden vom Beginn, die am Ende noch da sind.</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>The net amount of the orders in the period (refunds subtracted), in %1.</source>
        <translation>Der Nettobetrag der Bestellungen im Zeitraum (Erstattungen abgezogen), in %1.</translation>
    </message>
    <message>
        <source>the business&apos;s currency</source>
        <translation>der Währung des Unternehmens</translation>
    </message>
    <message>
        <source>Net revenue retention (NRR)</source>
        <translation>Netto-Umsatzbindung (NRR)</translation>
    </message>
    <message>
        <source>Revenue in the period from the customers who bought in the period before / their revenue then × 100: above 100 % the existing customers spend more than they did.</source>
        <translation>Umsatz im Zeitraum mit den Kunden, die im Zeitraum davor gekauft haben / ihr Umsatz damals × 100: über 100 % geben die bestehenden Kunden mehr aus als zuvor.</translation>
    </message>
    <message>
        <source>The customers who started in the same period; the table shows the share of them still active 0, 1, 2 … periods later.</source>
        <translation>Die Kunden, die im selben Zeitraum begonnen haben; die Tabelle zeigt den Anteil, der 0, 1, 2 … Zeiträume später noch aktiv ist.</translation>
    </message>
    <message>
        <source>Survival</source>
        <translation>Verbleib</translation>
    </message>
    <message>
        <source>The share of customers still with you, by months since they started (Kaplan-Meier).</source>
        <translation>Der Anteil der Kunden, die noch bei Ihnen sind, nach Monaten seit ihrem Beginn (Kaplan-Meier).</translation>
    </message>
    <message>
        <source>A serious unresolved complaint, or strong evidence that a customer is leaving: call today.</source>
        <translation>Eine ernste, ungelöste Beschwerde oder ein starkes Zeichen, dass ein Kunde geht: heute anrufen.</translation>
    </message>
    <message>
        <source>An unresolved problem or fading engagement: keep an eye on the customer.</source>
        <translation>Ein ungelöstes Problem oder nachlassende Bindung: den Kunden im Auge behalten.</translation>
    </message>
    <message>
        <source>No warning signal.</source>
        <translation>Kein Warnsignal.</translation>
    </message>
    <message>
        <source>The customer&apos;s revenue in the 12 months up to the as-of day.</source>
        <translation>Der Umsatz des Kunden in den 12 Monaten bis zum Stichtag.</translation>
    </message>
    <message>
        <source>As-of day</source>
        <translation>Stichtag</translation>
    </message>
    <message>
        <source>The day the figures are computed for; nothing after it is counted.</source>
        <translation>Der Tag, für den die Kennzahlen berechnet werden; nichts danach wird gezählt.</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
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
    <message>
        <source>quick ratio = (%1 new + %2 expansion) / (%3 contraction + %4 churned) = %5; above 1 the recurring revenue grows, 4 is healthy growth</source>
        <translation>Quick Ratio = (%1 neu + %2 Ausweitung) / (%3 Rückgang + %4 abgewandert) = %5; über 1 wächst der wiederkehrende Umsatz, 4 ist gesundes Wachstum</translation>
    </message>
    <message>
        <source>none (nothing lost)</source>
        <translation>keine (nichts verloren)</translation>
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
        <source>inactive_yellow_days is above inactive_red_days</source>
        <translation>inactive_yellow_days ist größer als inactive_red_days</translation>
    </message>
    <message>
        <source>a yellow decline threshold is above its red one</source>
        <translation>ein gelber Schwellenwert für Rückgänge liegt über dem zugehörigen roten</translation>
    </message>
    <message>
        <source>key_account_share must be above 0 and at most 1</source>
        <translation>key_account_share muss größer als 0 und höchstens 1 sein</translation>
    </message>
    <message>
        <source>activity down %1 % (events in the last 30 days: %2, before: %3 a month)</source>
        <translation>Aktivität %1 % gesunken (Ereignisse in den letzten 30 Tagen: %2, zuvor %3 im Monat)</translation>
    </message>
    <message>
        <source>renewal today</source>
        <translation>Verlängerung heute</translation>
    </message>
    <message>
        <source>renewal tomorrow</source>
        <translation>Verlängerung morgen</translation>
    </message>
    <message>
        <source>payment failed today</source>
        <translation>Zahlung heute fehlgeschlagen</translation>
    </message>
    <message>
        <source>payment failed yesterday</source>
        <translation>Zahlung gestern fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 % likely to order nothing in the next 90 days</source>
        <translation>zu %1 % keine Bestellung in den nächsten 90 Tagen</translation>
    </message>
    <message>
        <source>no order for %1 days; usually orders every %2 days; %3</source>
        <translation>seit %1 Tagen keine Bestellung; bestellt sonst alle %2 Tage; %3</translation>
    </message>
    <message>
        <source>one order so far, %1 days ago; %2</source>
        <translation>bisher eine Bestellung, vor %1 Tagen; %2</translation>
    </message>
    <message>
        <source>a red satisfaction threshold is above its yellow one</source>
        <translation>eine rote Zufriedenheitsschwelle liegt über ihrer gelben</translation>
    </message>
    <message>
        <source>rhythm_yellow_score must not be above rhythm_red_score, nor that above 100</source>
        <translation>rhythm_yellow_score darf nicht über rhythm_red_score liegen und dieser nicht über 100</translation>
    </message>
    <message>
        <source>red_share_max and yellow_share_max must be at most 1</source>
        <translation>red_share_max und yellow_share_max dürfen höchstens 1 sein</translation>
    </message>
    <message>
        <source>CSAT %1 of %2</source>
        <translation>CSAT %1 von %2</translation>
    </message>
    <message>
        <source>switches to lower-value options: average order down %1 % (%2 → %3, last 90 days against the 90 before)</source>
        <translation>wechselt zu günstigeren Optionen: Durchschnittsbestellung %1 % niedriger (%2 → %3, letzte 90 Tage gegenüber den 90 davor)</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The database could not carry out a request.</source>
        <translation>Die Datenbank konnte eine Anfrage nicht ausführen.</translation>
    </message>
    <message>
        <source>The disk is full, so the changes to %1 could not be written; nothing was changed. Free some space and try again.</source>
        <translation>Der Datenträger ist voll, daher konnten die Änderungen an %1 nicht geschrieben werden; es wurde nichts verändert. Schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The disk is full, so the changes could not be written; nothing was changed. Free some space and try again.</source>
        <translation>Der Datenträger ist voll, daher konnten die Änderungen nicht geschrieben werden; es wurde nichts verändert. Schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Another program is using %1 (perhaps a second RetentionDesk window or a database tool); nothing was changed. Close it and try again.</source>
        <translation>Ein anderes Programm verwendet %1 (vielleicht ein zweites RetentionDesk-Fenster oder ein Datenbankwerkzeug); es wurde nichts verändert. Schließen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Another program is using the database; nothing was changed. Close it and try again.</source>
        <translation>Ein anderes Programm verwendet die Datenbank; es wurde nichts verändert. Schließen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 cannot be written to (it is read-only, or on a read-only disk); nothing was changed. Check the file&apos;s permissions, or copy it to a folder you may write to.</source>
        <translation>In %1 kann nicht geschrieben werden (sie ist schreibgeschützt oder liegt auf einem schreibgeschützten Datenträger); es wurde nichts verändert. Prüfen Sie die Berechtigungen der Datei oder kopieren Sie sie in einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>The database cannot be written to (it is read-only); nothing was changed.</source>
        <translation>In die Datenbank kann nicht geschrieben werden (sie ist schreibgeschützt); es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be used. Restore it from a backup.</source>
        <translation>%1 ist beschädigt und kann nicht verwendet werden. Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The database is damaged and cannot be used. Restore it from a backup.</source>
        <translation>Die Datenbank ist beschädigt und kann nicht verwendet werden. Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Reading or writing %1 failed (an error of the disk or the network drive); nothing was changed. Check the disk and try again.</source>
        <translation>Lesen oder Schreiben von %1 ist fehlgeschlagen (ein Fehler des Datenträgers oder Netzlaufwerks); es wurde nichts verändert. Prüfen Sie den Datenträger und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Reading or writing the database failed (an error of the disk or the network drive); nothing was changed. Check the disk and try again.</source>
        <translation>Lesen oder Schreiben der Datenbank ist fehlgeschlagen (ein Fehler des Datenträgers oder Netzlaufwerks); es wurde nichts verändert. Prüfen Sie den Datenträger und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 could not be opened. Check that its folder exists and that you may write to it.</source>
        <translation>%1 konnte nicht geöffnet werden. Prüfen Sie, ob ihr Ordner existiert und Sie darin schreiben dürfen.</translation>
    </message>
    <message>
        <source>A file of the database could not be opened. Check that its folder exists and that you may write to it.</source>
        <translation>Eine Datei der Datenbank konnte nicht geöffnet werden. Prüfen Sie, ob ihr Ordner existiert und Sie darin schreiben dürfen.</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>At-risk customers</source>
        <translation>Gefährdete Kunden</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <source>Key account</source>
        <translation>Schlüsselkunde</translation>
    </message>
    <message>
        <source>Still active (%)</source>
        <translation>Noch aktiv (%)</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>Alle Gründe</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Revenue cohorts</source>
        <translation>Umsatzkohorten</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Kohorten</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kohorte</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
</context>
<context>
    <name>Tuning</name>
    <message>
        <source>There is no data to tune the traffic light on.</source>
        <translation>Es gibt keine Daten, an denen sich die Ampel einstellen ließe.</translation>
    </message>
    <message>
        <source>Tuning needs %1 days of history and two horizons of at least %2 days after them; the data covers %3 days.</source>
        <translation>Das Einstellen braucht %1 Tage Vorgeschichte und danach zwei Zeiträume von mindestens %2 Tagen; die Daten umfassen %3 Tage.</translation>
    </message>
</context>
<context>
    <name>WinBack</name>
    <message>
        <source>We miss you, {name}</source>
        <translation>Wir vermissen Sie, {name}</translation>
    </message>
    <message>
        <source>Is everything still right for you, {name}?</source>
        <translation>Passt noch alles für Sie, {name}?</translation>
    </message>
    <message>
        <source>Your concern, {name}: we are on it</source>
        <translation>Ihr Anliegen, {name}: Wir kümmern uns</translation>
    </message>
    <message>
        <source>Your last payment did not go through</source>
        <translation>Ihre letzte Zahlung ist nicht durchgegangen</translation>
    </message>
    <message>
        <source>Hello {name},

we have not heard from you for a while (your last order: {last_purchase}). Is there anything we could do better? Just reply to this message.

Kind regards
{owner}</source>
        <translation>Guten Tag {name},

wir haben eine Weile nichts von Ihnen gehört (Ihre letzte Bestellung: {last_purchase}). Können wir etwas besser machen? Antworten Sie einfach auf diese Nachricht.

Mit freundlichen Grüßen
{owner}</translation>
    </message>
    <message>
        <source>Hello {name},

we noticed that you have been ordering less from us lately. If something no longer fits, we would like to know and find a solution with you.

Kind regards
{owner}</source>
        <translation>Guten Tag {name},

uns ist aufgefallen, dass Sie zuletzt weniger bei uns bestellt haben. Wenn etwas nicht mehr passt, möchten wir das gern wissen und mit Ihnen eine Lösung finden.

Mit freundlichen Grüßen
{owner}</translation>
    </message>
    <message>
        <source>Hello {name},

you told us about a problem, and it is not solved yet. We are sorry for that. We will take care of it personally: when may we call you?

Kind regards
{owner}</source>
        <translation>Guten Tag {name},

Sie haben uns von einem Problem berichtet, das noch nicht gelöst ist. Das tut uns leid. Wir kümmern uns persönlich darum: Wann dürfen wir Sie anrufen?

Mit freundlichen Grüßen
{owner}</translation>
    </message>
    <message>
        <source>Hello {name},

your last payment could not be collected. Please check your payment details so that nothing is interrupted; reply if we can help.

Kind regards
{owner}</source>
        <translation>Guten Tag {name},

Ihre letzte Zahlung konnte nicht eingezogen werden. Bitte prüfen Sie Ihre Zahlungsdaten, damit nichts unterbrochen wird; antworten Sie, wenn wir helfen können.

Mit freundlichen Grüßen
{owner}</translation>
    </message>
    <message>
        <source>Win-back</source>
        <translation>Rückgewinnung</translation>
    </message>
    <message>
        <source>Inactive for a while</source>
        <translation>Länger inaktiv</translation>
    </message>
    <message>
        <source>Spending down</source>
        <translation>Weniger Umsatz</translation>
    </message>
    <message>
        <source>Open complaint</source>
        <translation>Offene Beschwerde</translation>
    </message>
    <message>
        <source>Failed payment</source>
        <translation>Fehlgeschlagene Zahlung</translation>
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
        <translation>Die Datenbank DATEI öffnen.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>User interface language (de or en).</source>
        <translation>Sprache der Benutzeroberfläche (de oder en).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>SPRACHE</translation>
    </message>
    <message>
        <source>Could not open the database</source>
        <translation>Datenbank konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Render every page at 1280x800 into PNG files in DIR, then quit.</source>
        <translation>Jede Seite in 1280x800 als PNG-Datei in ORDNER speichern und dann beenden.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>The database to open (the same as --db; how the desktop opens a file).</source>
        <translation>Die zu öffnende Datenbank (wie --db; so öffnet der Desktop eine Datei).</translation>
    </message>
    <message>
        <source>[FILE]</source>
        <translation>[DATEI]</translation>
    </message>
</context>
<context>
    <name>rd::BacktestTableModel</name>
    <message>
        <source>The chance that a customer who stopped buying comes before one who kept buying in this order: 1 is perfect, 0.5 is chance.</source>
        <translation>Die Wahrscheinlichkeit, dass in dieser Reihenfolge ein abgewanderter Kunde vor einem steht, der weiter kaufte: 1 ist perfekt, 0,5 ist Zufall.</translation>
    </message>
    <message>
        <source>The light (level, then score)</source>
        <translation>Die Ampel (Stufe, dann Punkte)</translation>
    </message>
    <message>
        <source>Days since the last purchase</source>
        <translation>Tage seit dem letzten Kauf</translation>
    </message>
    <message>
        <source>Number of purchase days</source>
        <translation>Zahl der Kauftage</translation>
    </message>
    <message>
        <source>P(alive) of the purchase model</source>
        <translation>P(aktiv) des Kaufmodells</translation>
    </message>
    <message>
        <source>Level or ordering</source>
        <translation>Stufe oder Reihenfolge</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Share of the list</source>
        <translation>Anteil an der Liste</translation>
    </message>
    <message>
        <source>Stopped buying</source>
        <translation>Nicht mehr gekauft</translation>
    </message>
    <message>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <source>Stopped among the first 10 %</source>
        <translation>Abgewandert unter den ersten 10 %</translation>
    </message>
</context>
<context>
    <name>rd::BackupListModel</name>
    <message>
        <source>Choose a backup to restore.</source>
        <translation>Wählen Sie eine Sicherung zum Wiederherstellen.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>rd::ChartPanel</name>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Als &amp;PNG speichern…</translation>
    </message>
    <message>
        <source>Save as &amp;SVG…</source>
        <translation>Als &amp;SVG speichern…</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>In die Zwischenablage &amp;kopieren</translation>
    </message>
    <message>
        <source>Export</source>
        <comment>chart menu button</comment>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Save or copy this chart</source>
        <translation>Dieses Diagramm speichern oder kopieren</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <comment>quarter and year</comment>
        <translation>Q%1 %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>date range</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Chart exported from RetentionDesk</source>
        <translation>Aus RetentionDesk exportiertes Diagramm</translation>
    </message>
    <message>
        <source>chart</source>
        <comment>default file name</comment>
        <translation>diagramm</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Diagramm als PNG speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Could not save the chart</source>
        <translation>Diagramm konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The image could not be written to %1. Choose another folder or file name.</source>
        <translation>Das Bild konnte nicht in %1 geschrieben werden. Wählen Sie einen anderen Ordner oder Dateinamen.</translation>
    </message>
    <message>
        <source>Save chart as SVG</source>
        <translation>Diagramm als SVG speichern</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>Chart exported from RetentionDesk: %1</source>
        <translation>Aus RetentionDesk exportiertes Diagramm: %1</translation>
    </message>
</context>
<context>
    <name>rd::ChurnChart</name>
    <message>
        <source>Churn and retention per week</source>
        <translation>Abwanderung und Kundenbindung je Woche</translation>
    </message>
    <message>
        <source>Churn and retention per month</source>
        <translation>Abwanderung und Kundenbindung je Monat</translation>
    </message>
    <message>
        <source>Churn and retention per quarter</source>
        <translation>Abwanderung und Kundenbindung je Quartal</translation>
    </message>
    <message>
        <source>Churn and retention per year</source>
        <translation>Abwanderung und Kundenbindung je Jahr</translation>
    </message>
    <message>
        <source>No data for this period. Import orders or choose a longer period.</source>
        <translation>Keine Daten für diesen Zeitraum. Importieren Sie Bestellungen oder wählen Sie einen längeren Zeitraum.</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Neue Kunden</translation>
    </message>
    <message>
        <source>Lost customers</source>
        <translation>Verlorene Kunden</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>Abwanderungsrate</translation>
    </message>
    <message>
        <source>Retention rate</source>
        <translation>Bindungsrate</translation>
    </message>
    <message>
        <source>Context: %1</source>
        <comment>background band in a chart</comment>
        <translation>Vergleich: %1</translation>
    </message>
    <message>
        <source>Churn rate (%)</source>
        <comment>axis title</comment>
        <translation>Abwanderungsrate (%)</translation>
    </message>
    <message>
        <source>Retention rate (%)</source>
        <comment>axis title</comment>
        <translation>Bindungsrate (%)</translation>
    </message>
    <message>
        <source>Customers</source>
        <comment>axis title: number of customers</comment>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>%1 (%2)
%3: %4
%5</source>
        <comment>period, dates, figure name, value, how it was computed</comment>
        <translation>%1 (%2)
%3: %4
%5</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) lost</source>
        <translation>
            <numerusform>%Ln Kunde verloren</numerusform>
            <numerusform>%Ln Kunden verloren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new customer(s)</source>
        <translation>
            <numerusform>%Ln neuer Kunde</numerusform>
            <numerusform>%Ln neue Kunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)
%3</source>
        <comment>period, dates, value</comment>
        <translation>%1 (%2)
%3</translation>
    </message>
    <message>
        <source>Retention target: %1</source>
        <translation>Bindungsziel: %1</translation>
    </message>
    <message>
        <source>Retention target: %1 (%2 a year)</source>
        <translation>Bindungsziel: %1 (%2 pro Jahr)</translation>
    </message>
    <message>
        <source>%1 (so far)</source>
        <comment>a period the data ends inside</comment>
        <translation>%1 (bisher)</translation>
    </message>
    <message>
        <source>Churn not measurable yet</source>
        <translation>Abwanderung noch nicht messbar</translation>
    </message>
    <message>
        <source>Churn cannot be measured here yet: a customer without a contract counts as lost only after the churn window without a sign of life, and the data does not reach that far back. The rate would read 0 % for want of history.</source>
        <translation>Die Abwanderung ist hier noch nicht messbar: Ein Kunde ohne Vertrag gilt erst nach dem Abwanderungsfenster ohne Lebenszeichen als verloren, und so weit reichen die Daten nicht zurück. Die Rate zeigte mangels Vorgeschichte 0 %.</translation>
    </message>
</context>
<context>
    <name>rd::CohortPage</name>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Share of each cohort still a customer, by periods since it started</source>
        <translation>Anteil jeder Kohorte, der noch Kunde ist, nach Zeiträumen seit ihrem Beginn</translation>
    </message>
    <message>
        <source>Revenue of each cohort against its first period</source>
        <translation>Umsatz jeder Kohorte im Verhältnis zu ihrem ersten Zeitraum</translation>
    </message>
    <message>
        <source>Returning customers</source>
        <translation>Wiederkehrende Kunden</translation>
    </message>
    <message>
        <source>Share of each cohort that ordered or was active, by periods since it started</source>
        <translation>Anteil jeder Kohorte, der bestellt hat oder aktiv war, nach Zeiträumen seit ihrem Beginn</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Save the heat map as a picture (PNG, SVG) or as a table (Excel, CSV)</source>
        <translation>Die Heatmap als Bild (PNG, SVG) oder als Tabelle (Excel, CSV) speichern</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV für Excel (*.csv)</translation>
    </message>
    <message>
        <source>Export the Cohorts</source>
        <translation>Kohorten exportieren</translation>
    </message>
    <message>
        <source>cohorts</source>
        <translation>kohorten</translation>
    </message>
    <message>
        <source>Could not export the cohorts</source>
        <translation>Die Kohorten konnten nicht exportiert werden</translation>
    </message>
</context>
<context>
    <name>rd::CohortTableModel</name>
    <message>
        <source>%1 %</source>
        <comment>percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 of %2 customers</source>
        <comment>cohort cell: still customers</comment>
        <translation>%1 von %2 Kunden</translation>
    </message>
    <message>
        <source>%1 of %2 customers ordered or were active</source>
        <comment>cohort cell</comment>
        <translation>%1 von %2 Kunden haben bestellt oder waren aktiv</translation>
    </message>
    <message>
        <source>%1 revenue from %2 customers</source>
        <comment>cohort cell</comment>
        <translation>%1 Umsatz von %2 Kunden</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) after the cohort&apos;s first week</source>
        <translation>
            <numerusform>%n Woche nach der ersten Woche der Kohorte</numerusform>
            <numerusform>%n Wochen nach der ersten Woche der Kohorte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) after the cohort&apos;s first month</source>
        <translation>
            <numerusform>%n Monat nach dem ersten Monat der Kohorte</numerusform>
            <numerusform>%n Monate nach dem ersten Monat der Kohorte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarter(s) after the cohort&apos;s first quarter</source>
        <translation>
            <numerusform>%n Quartal nach dem ersten Quartal der Kohorte</numerusform>
            <numerusform>%n Quartale nach dem ersten Quartal der Kohorte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) after the cohort&apos;s first year</source>
        <translation>
            <numerusform>%n Jahr nach dem ersten Jahr der Kohorte</numerusform>
            <numerusform>%n Jahre nach dem ersten Jahr der Kohorte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>cohort label and size</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Cohort %1: %n customer(s)</source>
        <translation>
            <numerusform>Kohorte %1: %n Kunde</numerusform>
            <numerusform>Kohorte %1: %n Kunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::CustomerDetail</name>
    <message>
        <source>low</source>
        <comment>ticket severity</comment>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>normal</source>
        <comment>ticket severity</comment>
        <translation>normal</translation>
    </message>
    <message>
        <source>high</source>
        <comment>ticket severity</comment>
        <translation>hoch</translation>
    </message>
    <message>
        <source>critical</source>
        <comment>ticket severity</comment>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Undo last edit</source>
        <translation>Letzte Änderung rückgängig</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Kontaktiert</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>until</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>Betreuung:</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Betreut von:</translation>
    </message>
    <message>
        <source>A note on this customer</source>
        <translation>Eine Notiz zu diesem Kunden</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>Kein Kunde ausgewählt</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a customer in the list to see why it has its colour.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie einen Kunden in der Liste aus, um zu sehen, warum er diese Farbe hat.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <source>No signal: nothing to worry about.</source>
        <translation>Keine Warnsignale: kein Grund zur Sorge.</translation>
    </message>
    <message>
        <source>Value and lifetime</source>
        <translation>Wert und Kundendauer</translation>
    </message>
    <message>
        <source>Revenue of the last 12 months: %1%2</source>
        <translation>Umsatz der letzten 12 Monate: %1%2</translation>
    </message>
    <message>
        <source> (key account)</source>
        <translation> (Schlüsselkunde)</translation>
    </message>
    <message>
        <source>Customer since %1</source>
        <translation>Kunde seit %1</translation>
    </message>
    <message>
        <source>Last sign of life: %1</source>
        <translation>Letztes Lebenszeichen: %1</translation>
    </message>
    <message>
        <source>Probability still active: %1 %</source>
        <translation>Wahrscheinlichkeit der Aktivität: %1 %</translation>
    </message>
    <message>
        <source>Probability still active: not enough history yet</source>
        <translation>Wahrscheinlichkeit der Aktivität: Kaufhistorie noch zu kurz</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Tarif: %1</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>%1, %2%3, %4</source>
        <translation>%1, %2%3, %4</translation>
    </message>
    <message>
        <source>, complaint</source>
        <translation>, Beschwerde</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>geschlossen am %1</translation>
    </message>
    <message>
        <source>Survey answers</source>
        <translation>Umfrageantworten</translation>
    </message>
    <message>
        <source>%1 %2: not answered</source>
        <translation>%1 %2: nicht beantwortet</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Spend (%1)</source>
        <translation>Umsatz (%1)</translation>
    </message>
    <message>
        <source>Activity events</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemand</translation>
    </message>
    <message>
        <source>Spend and activity per month, last 24 months</source>
        <translation>Umsatz und Aktivität je Monat, letzte 24 Monate</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>Daten exportieren…</translation>
    </message>
    <message>
        <source>Erase customer…</source>
        <translation>Kunden löschen…</translation>
    </message>
    <message>
        <source>Save everything held about this customer as a JSON file</source>
        <translation>Alles, was über diesen Kunden gespeichert ist, als JSON-Datei speichern</translation>
    </message>
    <message>
        <source>Delete this customer and everything held about them from the database</source>
        <translation>Diesen Kunden und alles über ihn aus der Datenbank löschen</translation>
    </message>
    <message>
        <source>Export Customer Data</source>
        <translation>Kundendaten exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Erase Customer</source>
        <translation>Kunden löschen</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>The data held about %1 was saved to %2.</source>
        <translation>Die Daten zu %1 wurden in %2 gespeichert.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>customer name and number</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Erase %1 and everything held about them?</source>
        <translation>%1 und alles über diesen Kunden löschen?</translation>
    </message>
    <message>
        <source>The customer&apos;s record, orders, activity, tickets, survey answers, review and notes are deleted from this database, and the file is rewritten so that they cannot be recovered from it. This cannot be undone.</source>
        <translation>Kundendatensatz, Bestellungen, Aktivität, Tickets, Umfrageantworten, Prüfstatus und Notizen werden aus dieser Datenbank gelöscht, und die Datei wird neu geschrieben, damit sie sich daraus nicht wiederherstellen lassen. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>%1 was erased, but the database file could not be rewritten yet: copies of the deleted data may remain in it. Close other programs that use the file, then compact it (retentiondesk-cli compact).</source>
        <translation>%1 wurde gelöscht, aber die Datenbankdatei konnte noch nicht neu geschrieben werden: Kopien der gelöschten Daten können darin verbleiben. Schließen Sie andere Programme, die die Datei verwenden, und kompaktieren Sie sie dann (retentiondesk-cli compact).</translation>
    </message>
    <message>
        <source>Erasing %1…</source>
        <translation>%1 wird gelöscht…</translation>
    </message>
</context>
<context>
    <name>rd::DashboardToolBar</name>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>First day of the charts and the report (by default the last 12 periods)</source>
        <translation>Erster Tag der Diagramme und des Berichts (Standard: die letzten 12 Zeiträume)</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>Stichtag:</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>Segment:</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no date</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Tarif:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <source>All plans</source>
        <translation>Alle Tarife</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Alle Länder</translation>
    </message>
</context>
<context>
    <name>rd::GrowingPage</name>
    <message>
        <source>Filter by name, number or reason</source>
        <translation>Nach Name, Nummer oder Grund filtern</translation>
    </message>
    <message>
        <source>No customer is clearly growing as of %1: nobody spends half again as much as in the 90 days before, and nobody&apos;s activity rose by half.</source>
        <translation>Kein Kunde wächst deutlich (Stand %1): Niemand gibt die Hälfte mehr aus als in den 90 Tagen davor, und bei niemandem stieg die Aktivität um die Hälfte.</translation>
    </message>
    <message>
        <source>%1 of %2 customers are growing as of %3: spending up by half or more against the 90 days before, or activity up by half. Key accounts first: worth a call to offer more. Double-click a customer for the detail.</source>
        <translation>%1 von %2 Kunden wachsen (Stand %3): Umsatz um die Hälfte oder mehr über den 90 Tagen davor oder Aktivität um die Hälfte gestiegen. Schlüsselkunden zuerst: ein Anruf mit einem Angebot lohnt sich. Doppelklick auf einen Kunden zeigt die Einzelheiten.</translation>
    </message>
</context>
<context>
    <name>rd::GrowingTableModel</name>
    <message>
        <source>Key account</source>
        <translation>Schlüsselkunde</translation>
    </message>
    <message>
        <source>The traffic light&apos;s colour: growing spending does not make an open complaint go away.</source>
        <translation>Die Farbe der Ampel: Steigender Umsatz macht eine offene Beschwerde nicht ungeschehen.</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no value</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Revenue of the last 90 days minus that of the 90 days before</source>
        <translation>Umsatz der letzten 90 Tage minus dem der 90 Tage davor</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>column header</comment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>column header</comment>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>More revenue
(90 days)</source>
        <comment>column header, two lines</comment>
        <translation>Mehrumsatz
(90 Tage)</translation>
    </message>
    <message>
        <source>Value
(12 months)</source>
        <comment>column header, two lines</comment>
        <translation>Wert
(12 Monate)</translation>
    </message>
    <message>
        <source>Why</source>
        <comment>column header: why the customer counts as growing</comment>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Segment</source>
        <comment>column header</comment>
        <translation>Segment</translation>
    </message>
</context>
<context>
    <name>rd::HeatmapLegend</name>
    <message>
        <source>Colour: from %1 % (lightest) to %2 % (darkest)</source>
        <translation>Farbe: von %1 % (am hellsten) bis %2 % (am dunkelsten)</translation>
    </message>
</context>
<context>
    <name>rd::ImportDialog</name>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
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
        <source>vertical bar</source>
        <translation>senkrechten Strich</translation>
    </message>
    <message>
        <source>Save Rejected Rows…</source>
        <translation>Abgelehnte Zeilen speichern …</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Import a File into %1</source>
        <translation>Datei in %1 importieren</translation>
    </message>
    <message>
        <source>A CSV file exported from your shop, billing or accounting tool</source>
        <translation>Eine CSV-Datei aus Ihrem Shop-, Rechnungs- oder Buchhaltungsprogramm</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>It &amp;holds:</source>
        <translation>&amp;Inhalt:</translation>
    </message>
    <message>
        <source>Exported &amp;by:</source>
        <translation>Exportiert &amp;aus:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>First rows as they will be read. Click a column&apos;s header to choose what it holds.</source>
        <translation>Die ersten Zeilen, so wie sie gelesen werden. Klicken Sie auf eine Spaltenüberschrift, um zu wählen, was die Spalte enthält.</translation>
    </message>
    <message>
        <source>Import a File</source>
        <translation>Datei importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Recognised from the column names</source>
        <translation>An den Spaltennamen erkannt</translation>
    </message>
    <message>
        <source>Choose a file.</source>
        <translation>Wählen Sie eine Datei.</translation>
    </message>
    <message>
        <source>Windows-1252 (ANSI)</source>
        <translation>Windows-1252 (ANSI)</translation>
    </message>
    <message>
        <source>separated by %1</source>
        <translation>getrennt durch %1</translation>
    </message>
    <message>
        <source>recognised as %1</source>
        <translation>erkannt als %1</translation>
    </message>
    <message>
        <source>No column holds: %1. Click the header of the column that does and choose it.</source>
        <translation>Keine Spalte enthält: %1. Klicken Sie auf die Überschrift der Spalte, die es enthält, und wählen Sie es aus.</translation>
    </message>
    <message>
        <source>The file has column names but no rows.</source>
        <translation>Die Datei hat Spaltennamen, aber keine Zeilen.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen …</translation>
    </message>
    <message>
        <source>%1 rows read</source>
        <translation>%1 Zeilen gelesen</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Es wurde nichts importiert. %1</translation>
    </message>
    <message>
        <source>Imported %1 of %2 rows (%3 rejected, %4 skipped).</source>
        <translation>%1 von %2 Zeilen importiert (%3 abgelehnt, %4 übersprungen).</translation>
    </message>
    <message>
        <source>New customers: %1.</source>
        <translation>Neue Kunden: %1.</translation>
    </message>
    <message>
        <source>The first %1 rejected rows are listed; Save Rejected Rows writes all of them.</source>
        <translation>Die ersten %1 abgelehnten Zeilen sind aufgeführt; „Abgelehnte Zeilen speichern“ schreibt alle.</translation>
    </message>
    <message>
        <source>-rejected</source>
        <translation>-abgelehnt</translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation>Abgelehnte Zeilen speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Could not save the rejected rows</source>
        <translation>Die abgelehnten Zeilen konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Laying the file out for fast starts…</source>
        <translation>Datei wird für schnelle Starts neu angeordnet …</translation>
    </message>
    <message>
        <source>The file was laid out anew afterwards, so that it opens fast after a restart too.</source>
        <translation>Die Datei wurde danach neu angeordnet, damit sie auch nach einem Neustart schnell öffnet.</translation>
    </message>
    <message>
        <source>Recognised from the values</source>
        <translation>An den Werten erkannt</translation>
    </message>
    <message>
        <source>%1 (for example %2)</source>
        <comment>date format and an example</comment>
        <translation>%1 (zum Beispiel %2)</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>Datums&amp;format:</translation>
    </message>
    <message>
        <source>Choose how the dates are written under Dates and import again.</source>
        <translation>Wählen Sie unter „Datumsformat“, wie die Daten geschrieben sind, und importieren Sie erneut.</translation>
    </message>
    <message>
        <source>The file names no currency. Amounts are stored as they are and labelled with this one; Edit &gt; Settings changes the label later.</source>
        <translation>Die Datei nennt keine Währung. Beträge werden unverändert gespeichert und mit dieser beschriftet; Bearbeiten &gt; Einstellungen ändert die Beschriftung später.</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>CSAT answers on a scale of 1 to %1.</source>
        <translation>CSAT-Antworten auf einer Skala von 1 bis %1.</translation>
    </message>
    <message>
        <source>Import the Valid Rows Anyway</source>
        <translation>Gültige Zeilen trotzdem importieren</translation>
    </message>
</context>
<context>
    <name>rd::ImportPreviewModel</name>
    <message>
        <source>Line %1, column &quot;%2&quot;</source>
        <translation>Zeile %1, Spalte „%2“</translation>
    </message>
    <message>
        <source>%1
(not imported)</source>
        <translation>%1
(nicht importiert)</translation>
    </message>
    <message>
        <source>%1
→ %2</source>
        <comment>column header and the field it fills</comment>
        <translation>%1
→ %2</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is not imported. Click to choose a field for it.</source>
        <translation>Die Spalte „%1“ wird nicht importiert. Klicken Sie, um ein Feld dafür zu wählen.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is read as %2 (%3). Click to choose another field.</source>
        <translation>Die Spalte „%1“ wird als %2 (%3) gelesen. Klicken Sie, um ein anderes Feld zu wählen.</translation>
    </message>
</context>
<context>
    <name>rd::Importer</name>
    <message numerus="yes">
        <source>%Ln row(s) without a customer (guest orders, the first on line %2): %1 of revenue not attributed to any customer. The figures count identified customers only.</source>
        <translation>
            <numerusform>%Ln Zeile ohne Kunde (Gastbestellung, in Zeile %2): %1 Umsatz keinem Kunden zugeordnet. Die Zahlen zählen nur bekannte Kunden.</numerusform>
            <numerusform>%Ln Zeilen ohne Kunde (Gastbestellungen, die erste in Zeile %2): %1 Umsatz keinem Kunden zugeordnet. Die Zahlen zählen nur bekannte Kunden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::LostCustomersModel</name>
    <message>
        <source>(said nothing)</source>
        <translation>(hat nichts gesagt)</translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>column header</comment>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Left on</source>
        <comment>column header</comment>
        <translation>Gegangen am</translation>
    </message>
    <message>
        <source>Reason</source>
        <comment>column header</comment>
        <translation>Grund</translation>
    </message>
    <message>
        <source>What they said</source>
        <comment>column header</comment>
        <translation>Was sie sagten</translation>
    </message>
    <message>
        <source>Lost revenue
(12 months)</source>
        <comment>column header, two lines</comment>
        <translation>Verlorener Umsatz
(12 Monate)</translation>
    </message>
    <message>
        <source>Segment</source>
        <comment>column header</comment>
        <translation>Segment</translation>
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
        <source>%1 – RetentionDesk</source>
        <translation>%1 – RetentionDesk</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Churn &amp; Retention</source>
        <translation>Abwanderung &amp; Bindung</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Kohorten</translation>
    </message>
    <message>
        <source>Survival</source>
        <translation>Verbleib</translation>
    </message>
    <message>
        <source>At-risk customers</source>
        <translation>Gefährdete Kunden</translation>
    </message>
    <message>
        <source>Open a database with File &gt; Open.</source>
        <translation>Öffnen Sie eine Datenbank mit Datei &gt; Öffnen.</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>%1 customers · as of %2</source>
        <translation>%1 Kunden · Stand %2</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>Diagramm &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About RetentionDesk</source>
        <translation>&amp;Über RetentionDesk</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>RetentionDesk databases (*.sqlite)</source>
        <translation>RetentionDesk-Datenbanken (*.sqlite)</translation>
    </message>
    <message>
        <source>Could not create the database</source>
        <translation>Die Datenbank konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>About RetentionDesk</source>
        <translation>Über RetentionDesk</translation>
    </message>
    <message>
        <source>Estimating which customers are still buying…</source>
        <translation>Es wird geschätzt, welche Kunden noch kaufen…</translation>
    </message>
    <message>
        <source>This is demo data, made up to show what RetentionDesk does. To see your own business, create a database of your own (File &gt; New) and import your customers and orders into it (File &gt; Import, Ctrl+I, or drop a CSV file on this window).</source>
        <translation>Dies sind erfundene Demodaten, die zeigen, was RetentionDesk kann. Um Ihr eigenes Unternehmen zu sehen, legen Sie eine eigene Datenbank an (Datei &gt; Neu) und importieren Sie Ihre Kunden und Bestellungen hinein (Datei &gt; Importieren, Strg+I, oder ziehen Sie eine CSV-Datei auf dieses Fenster).</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>This is the demo database. Your own customers belong in a database of their own.</source>
        <translation>Dies ist die Demodatenbank. Ihre eigenen Kunden gehören in eine eigene Datenbank.</translation>
    </message>
    <message>
        <source>No database is open. Your data goes into a database file of its own.</source>
        <translation>Es ist keine Datenbank geöffnet. Ihre Daten kommen in eine eigene Datenbankdatei.</translation>
    </message>
    <message>
        <source>Create a new database and import into it?</source>
        <translation>Eine neue Datenbank anlegen und dorthin importieren?</translation>
    </message>
    <message>
        <source>New Database…</source>
        <translation>Neue Datenbank …</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Noch keine Daten</translation>
    </message>
    <message>
        <source>%1 · %2 to %3 · as of %4</source>
        <translation>%1 · %2 bis %3 · Stand %4</translation>
    </message>
    <message>
        <source> · segment %1</source>
        <translation> · Segment %1</translation>
    </message>
    <message>
        <source>&amp;Find Customer…</source>
        <translation>Kunden &amp;suchen …</translation>
    </message>
    <message>
        <source>Export At-Risk &amp;List…</source>
        <translation>&amp;Liste gefährdeter Kunden exportieren …</translation>
    </message>
    <message>
        <source>Restore &amp;Backup…</source>
        <translation>Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source> · plan %1</source>
        <translation> · Tarif %1</translation>
    </message>
    <message>
        <source> · country %1</source>
        <translation> · Land %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;RetentionDesk %1&lt;/b&gt; shows how many customers you keep and lose, and who is about to leave.&lt;/p&gt;&lt;p&gt;Churn rate = customers lost in the period / customers at its start × 100. Retention rate = (customers at the end − new customers) / customers at the start × 100. Hover over a figure to see how it was computed with its numbers.&lt;/p&gt;&lt;p&gt;Import your data with File &gt; Import (or &lt;tt&gt;retentiondesk-cli import&lt;/tt&gt;); everything stays on this computer.&lt;/p&gt;&lt;p&gt;Keys: Ctrl+O open, Ctrl+I import, Ctrl+1…5 pages, Ctrl+F filter the at-risk list, Ctrl+E export the chart, Ctrl+Shift+E export the at-risk list for Excel.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;RetentionDesk %1&lt;/b&gt; zeigt, wie viele Kunden Sie halten und verlieren und wer kurz davor ist zu gehen.&lt;/p&gt;&lt;p&gt;Abwanderungsrate = im Zeitraum verlorene Kunden / Kunden zu Beginn × 100. Bindungsrate = (Kunden am Ende − neue Kunden) / Kunden zu Beginn × 100. Fahren Sie mit der Maus über eine Zahl, um zu sehen, wie sie mit ihren Werten berechnet wurde.&lt;/p&gt;&lt;p&gt;Importieren Sie Ihre Daten mit Datei &gt; Importieren (oder &lt;tt&gt;retentiondesk-cli import&lt;/tt&gt;); alles bleibt auf diesem Computer.&lt;/p&gt;&lt;p&gt;Tasten: Strg+O öffnen, Strg+I importieren, Strg+1…5 Seiten, Strg+F Liste gefährdeter Kunden filtern, Strg+E Diagramm exportieren, Strg+Umschalt+E Liste gefährdeter Kunden für Excel exportieren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>&amp;Bericht exportieren …</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Open a database with data first.</source>
        <translation>Öffnen Sie zuerst eine Datenbank mit Daten.</translation>
    </message>
    <message>
        <source>%1 retention report.pdf</source>
        <comment>default file name</comment>
        <translation>%1 Kundenbindungsbericht.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Could not export the report</source>
        <translation>Der Bericht konnte nicht exportiert werden</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>%1 retention report</source>
        <translation>%1 Kundenbindungsbericht</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>Bericht drucken</translation>
    </message>
    <message numerus="yes">
        <source>%n new warning(s) since your last look</source>
        <translation>
            <numerusform>%n neue Warnung seit Ihrem letzten Blick</numerusform>
            <numerusform>%n neue Warnungen seit Ihrem letzten Blick</numerusform>
        </translation>
    </message>
    <message>
        <source>RetentionDesk: new warnings</source>
        <translation>RetentionDesk: neue Warnungen</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) turned red</source>
        <translation>
            <numerusform>%n Kunde wurde rot</numerusform>
            <numerusform>%n Kunden wurden rot</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n yellow since your last look.</source>
        <translation>
            <numerusform>%n gelb seit Ihrem letzten Blick.</numerusform>
            <numerusform>%n gelb seit Ihrem letzten Blick.</numerusform>
        </translation>
    </message>
    <message>
        <source>Growing customers</source>
        <translation>Wachsende Kunden</translation>
    </message>
    <message>
        <source>Why customers leave</source>
        <translation>Warum Kunden gehen</translation>
    </message>
</context>
<context>
    <name>rd::OverviewPage</name>
    <message>
        <source>Customers at risk now</source>
        <translation>Aktuell gefährdete Kunden</translation>
    </message>
    <message>
        <source>Red: call today</source>
        <translation>Rot: heute anrufen</translation>
    </message>
    <message>
        <source>Yellow: keep an eye on</source>
        <translation>Gelb: im Auge behalten</translation>
    </message>
    <message>
        <source>Green: fine</source>
        <translation>Grün: alles in Ordnung</translation>
    </message>
    <message>
        <source>%1, as of %2</source>
        <translation>%1, Stand %2</translation>
    </message>
    <message>
        <source>no earlier period to compare</source>
        <translation>kein früherer Zeitraum zum Vergleich</translation>
    </message>
    <message>
        <source>%1 points</source>
        <comment>percentage points</comment>
        <translation>%1 Prozentpunkte</translation>
    </message>
    <message>
        <source>%1 %2 against %3</source>
        <translation>%1 %2 gegenüber %3</translation>
    </message>
    <message>
        <source>%1 of revenue at stake (12 months)</source>
        <translation>%1 Umsatz gefährdet (12 Monate)</translation>
    </message>
    <message>
        <source>no signal</source>
        <translation>keine Warnsignale</translation>
    </message>
    <message>
        <source>No orders or customers yet. Import a file (File &gt; Import, Ctrl+I) or drop a CSV file here to see your figures.</source>
        <translation>Noch keine Bestellungen oder Kunden. Importieren Sie eine Datei (Datei &gt; Importieren, Strg+I) oder ziehen Sie eine CSV-Datei hierher, um Ihre Zahlen zu sehen.</translation>
    </message>
    <message>
        <source>Import a File…</source>
        <translation>Datei importieren …</translation>
    </message>
    <message>
        <source>Show these customers in the at-risk list</source>
        <translation>Diese Kunden in der Liste gefährdeter Kunden zeigen</translation>
    </message>
    <message>
        <source>%1 is not over yet: its figures cover the days up to %2 and are compared with the whole of %3. &lt;a href=&quot;complete&quot;&gt;Show %3, the last complete period&lt;/a&gt;</source>
        <translation>%1 ist noch nicht vorbei: Die Zahlen umfassen die Tage bis %2 und werden mit dem ganzen %3 verglichen. &lt;a href=&quot;complete&quot;&gt;%3 zeigen, den letzten vollständigen Zeitraum&lt;/a&gt;</translation>
    </message>
    <message>
        <source>%1 is not over yet (the data ends on %2), so the figures are those of %3, the last complete period. &lt;a href=&quot;so-far&quot;&gt;Show %1 so far&lt;/a&gt;</source>
        <translation>%1 ist noch nicht vorbei (die Daten enden am %2), daher zeigen die Zahlen %3, den letzten vollständigen Zeitraum. &lt;a href=&quot;so-far&quot;&gt;%1 bisher zeigen&lt;/a&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Revenue and customers count identified customers only: %Ln order row(s) without a customer id (guest orders, %1) were not imported.</source>
        <translation>
            <numerusform>Umsatz und Kunden zählen nur bekannte Kunden: %Ln Bestellzeile ohne Kundennummer (Gastbestellung, %1) wurde nicht importiert.</numerusform>
            <numerusform>Umsatz und Kunden zählen nur bekannte Kunden: %Ln Bestellzeilen ohne Kundennummer (Gastbestellungen, %1) wurden nicht importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>This was the first look at the light: from your next look on, who turned red or yellow since then is shown here.</source>
        <translation>Dies war der erste Blick auf die Ampel: Ab Ihrem nächsten Blick steht hier, wer seitdem rot oder gelb wurde.</translation>
    </message>
    <message>
        <source>Nothing new since your last look (%1).</source>
        <translation>Nichts Neues seit Ihrem letzten Blick (%1).</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n turned red&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n wurde rot&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n wurden rot&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n turned yellow</source>
        <translation>
            <numerusform>%n wurde gelb</numerusform>
            <numerusform>%n wurden gelb</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n green again</source>
        <translation>
            <numerusform>%n wieder grün</numerusform>
            <numerusform>%n wieder grün</numerusform>
        </translation>
    </message>
    <message>
        <source>Since your last look (%1): %2.</source>
        <translation>Seit Ihrem letzten Blick (%1): %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>First: %1, %2.</source>
        <translation>Zuerst: %1, %2.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;new&quot;&gt;Show the new warnings&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;new&quot;&gt;Die neuen Warnungen zeigen&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>rd::ReasonsChart</name>
    <message>
        <source>%1 (so far)</source>
        <comment>a period the data ends inside</comment>
        <translation>%1 (bisher)</translation>
    </message>
    <message>
        <source>All</source>
        <comment>every lost customer of the range</comment>
        <translation>Alle</translation>
    </message>
    <message>
        <source>(no segment)</source>
        <translation>(ohne Segment)</translation>
    </message>
    <message>
        <source>(no plan)</source>
        <translation>(ohne Tarif)</translation>
    </message>
    <message>
        <source>Lost customers by reason</source>
        <translation>Verlorene Kunden nach Grund</translation>
    </message>
    <message>
        <source>Lost revenue by reason</source>
        <translation>Verlorener Umsatz nach Grund</translation>
    </message>
    <message>
        <source>Lost customers by reason and segment</source>
        <translation>Verlorene Kunden nach Grund und Segment</translation>
    </message>
    <message>
        <source>Lost revenue by reason and segment</source>
        <translation>Verlorener Umsatz nach Grund und Segment</translation>
    </message>
    <message>
        <source>Lost customers by reason and plan</source>
        <translation>Verlorene Kunden nach Grund und Tarif</translation>
    </message>
    <message>
        <source>Lost revenue by reason and plan</source>
        <translation>Verlorener Umsatz nach Grund und Tarif</translation>
    </message>
    <message>
        <source>No data for this period. Import orders or choose a longer period.</source>
        <translation>Keine Daten für diesen Zeitraum. Importieren Sie Bestellungen oder wählen Sie einen längeren Zeitraum.</translation>
    </message>
    <message>
        <source>No customer was lost in this range.</source>
        <translation>In diesem Zeitraum ging kein Kunde verloren.</translation>
    </message>
    <message>
        <source>Lost customers</source>
        <comment>axis title</comment>
        <translation>Verlorene Kunden</translation>
    </message>
    <message>
        <source>Lost revenue (%1, 12 months)</source>
        <comment>axis title; %1 is the currency</comment>
        <translation>Verlorener Umsatz (%1, 12 Monate)</translation>
    </message>
    <message>
        <source>%1, %2: %3 of %4 lost customers (%5), who brought %6 in their last 12 months. Click to see them.</source>
        <translation>%1, %2: %3 von %4 verlorenen Kunden (%5), die in ihren letzten 12 Monaten %6 Umsatz brachten. Klicken, um sie zu sehen.</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no value</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Not measurable yet</source>
        <translation>Noch nicht messbar</translation>
    </message>
    <message>
        <source>Nobody can count as lost here yet: a customer without a contract counts as lost only after the churn window without a sign of life, and the data does not reach that far back.</source>
        <translation>Hier kann noch niemand als verloren gelten: Ein Kunde ohne Vertrag gilt erst nach dem Abwanderungsfenster ohne Lebenszeichen als verloren, und so weit reichen die Daten nicht zurück.</translation>
    </message>
</context>
<context>
    <name>rd::ReasonsPage</name>
    <message>
        <source>All lost customers of the range, by reason</source>
        <translation>Alle verlorenen Kunden des Zeitraums, nach Grund</translation>
    </message>
    <message>
        <source>Lost customers, %1, by reason</source>
        <translation>Verlorene Kunden, %1, nach Grund</translation>
    </message>
    <message>
        <source>in the whole range</source>
        <translation>im ganzen Zeitraum</translation>
    </message>
    <message>
        <source>The customers behind it: all %1 lost, %2. Click a bar or a reason to see only those.</source>
        <translation>Die Kunden dahinter: alle %1 verlorenen, %2. Klicken Sie auf einen Balken oder einen Grund, um nur diese zu sehen.</translation>
    </message>
    <message>
        <source>The customers behind it: %1 lost, %2, who said nothing.</source>
        <translation>Die Kunden dahinter: %1 verloren, %2, ohne einen Grund zu nennen.</translation>
    </message>
    <message>
        <source>The customers behind it: %1 lost, %2, for %3.</source>
        <translation>Die Kunden dahinter: %1 verloren, %2, Grund: %3.</translation>
    </message>
    <message>
        <source>No customer was lost in this range.</source>
        <translation>In diesem Zeitraum ging kein Kunde verloren.</translation>
    </message>
    <message>
        <source>%1 customers lost in the range shown, who brought %2 in their last 12 months. %3 of them (%4 %) gave no reason: the silent ones.</source>
        <translation>%1 Kunden im gezeigten Zeitraum verloren, die in ihren letzten 12 Monaten %2 Umsatz brachten. %3 davon (%4 %) nannten keinen Grund: die stillen Abgänge.</translation>
    </message>
    <message>
        <source>Import cancellation reasons (a column such as &quot;Cancellation reason&quot; or &quot;Kündigungsgrund&quot; in a customer file) or exit survey answers to see why customers leave.</source>
        <translation>Importieren Sie Kündigungsgründe (eine Spalte wie „Kündigungsgrund“ oder „Cancellation reason“ in einer Kundendatei) oder Antworten auf Austrittsumfragen, um zu sehen, warum Kunden gehen.</translation>
    </message>
    <message>
        <source>&amp;Split:</source>
        <translation>&amp;Aufteilen:</translation>
    </message>
    <message>
        <source>By period</source>
        <translation>Nach Zeitraum</translation>
    </message>
    <message>
        <source>By segment</source>
        <translation>Nach Segment</translation>
    </message>
    <message>
        <source>By plan</source>
        <translation>Nach Tarif</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Lost revenue</source>
        <translation>Verlorener Umsatz</translation>
    </message>
    <message>
        <source>Those who said &amp;nothing</source>
        <translation>Die &amp;Stillen</translation>
    </message>
    <message>
        <source>Stack the lost customers who gave no reason on top, in grey. Most customers leave without a word; without them the reasons given read larger.</source>
        <translation>Die verlorenen Kunden ohne genannten Grund grau obenauf stapeln. Die meisten Kunden gehen wortlos; ohne sie sind die genannten Gründe größer zu sehen.</translation>
    </message>
</context>
<context>
    <name>rd::ReasonsTableModel</name>
    <message>
        <source>Lost customers who gave no reason: no cancellation reason and no exit survey near the day they left. Most customers who leave say nothing.</source>
        <translation>Verlorene Kunden ohne genannten Grund: kein Kündigungsgrund und keine Austrittsumfrage um den Tag ihres Weggangs. Die meisten Kunden, die gehen, sagen nichts.</translation>
    </message>
    <message>
        <source>Lost customers whose reason matched no keyword. Add words to a category in the settings.</source>
        <translation>Verlorene Kunden, deren Grund zu keinem Stichwort passte. Ergänzen Sie Wörter für eine Kategorie in den Einstellungen.</translation>
    </message>
    <message>
        <source>Keywords: %1</source>
        <translation>Stichwörter: %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no value</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>What the customers lost for this reason brought in the 12 months before they left (12 monthly amounts of a contract where that is more)</source>
        <translation>Was die aus diesem Grund verlorenen Kunden in den 12 Monaten vor ihrem Weggang brachten (12 Monatsbeträge eines Vertrags, wo das mehr ist)</translation>
    </message>
    <message>
        <source>Share of the lost customers</source>
        <translation>Anteil an den verlorenen Kunden</translation>
    </message>
    <message>
        <source>Reason</source>
        <comment>column header</comment>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Customers lost</source>
        <comment>column header</comment>
        <translation>Verlorene Kunden</translation>
    </message>
    <message>
        <source>Share</source>
        <comment>column header</comment>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Lost revenue
(12 months)</source>
        <comment>column header, two lines</comment>
        <translation>Verlorener Umsatz
(12 Monate)</translation>
    </message>
</context>
<context>
    <name>rd::RejectedRowsModel</name>
    <message>
        <source>Line</source>
        <comment>column header</comment>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <comment>column header</comment>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Value</source>
        <comment>column header</comment>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Reason</source>
        <comment>column header</comment>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>rd::ReliabilityDialog</name>
    <message>
        <source>How reliable is the light?</source>
        <translation>Wie verlässlich ist die Ampel?</translation>
    </message>
    <message>
        <source>Checking the light against what your customers did afterwards…</source>
        <translation>Die Ampel wird an dem geprüft, was Ihre Kunden danach taten …</translation>
    </message>
    <message>
        <source>Not enough history to tell yet.</source>
        <translation>Noch zu wenig Geschichte für ein Urteil.</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>Share that stopped buying within %1 days, by the light&apos;s level (%)</source>
        <translation>Anteil, der innerhalb von %1 Tagen nicht mehr kaufte, nach Stufe der Ampel (%)</translation>
    </message>
    <message>
        <source>Tune the light on this history</source>
        <translation>Ampel an dieser Geschichte einstellen</translation>
    </message>
    <message>
        <source>Search the thresholds of the purchase rhythm on your own history, keep the best that hold red and yellow within their limits, and store them with this database</source>
        <translation>Sucht die Schwellen des Kaufrhythmus an Ihrer eigenen Geschichte, behält die besten, die Rot und Gelb in ihren Grenzen halten, und speichert sie in dieser Datenbank</translation>
    </message>
    <message>
        <source>Tuning the thresholds on your history…</source>
        <translation>Die Schwellen werden an Ihrer Geschichte eingestellt …</translation>
    </message>
    <message>
        <source>Could not tune the light: %1</source>
        <translation>Die Ampel ließ sich nicht einstellen: %1</translation>
    </message>
    <message>
        <source>Win-back: %1</source>
        <translation>Rückgewinnung: %1</translation>
    </message>
    <message>
        <source>Win-back: the contact log could not be read: %1</source>
        <translation>Rückgewinnung: Das Kontaktprotokoll konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>rd::RestoreBackupDialog</name>
    <message>
        <source>Restore Backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>There are no backups of %1 yet. One is written before each import into a database that holds data.</source>
        <translation>Von %1 gibt es noch keine Sicherungen. Vor jedem Import in eine Datenbank, die Daten enthält, wird eine geschrieben.</translation>
    </message>
    <message>
        <source>A copy of %1 is kept before each import (the newest five). Restoring one replaces the database as it is now, which is kept as the newest backup, so this can be undone the same way.</source>
        <translation>Vor jedem Import wird eine Kopie von %1 aufbewahrt (die neuesten fünf). Das Wiederherstellen ersetzt die Datenbank, wie sie jetzt ist; sie wird als neueste Sicherung aufbewahrt, sodass sich das auf dieselbe Weise rückgängig machen lässt.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>rd::RevenueChart</name>
    <message>
        <source>%1 (%2)</source>
        <comment>axis title and currency</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Revenue and revenue retention per week</source>
        <translation>Umsatz und Umsatzbindung je Woche</translation>
    </message>
    <message>
        <source>Revenue and revenue retention per month</source>
        <translation>Umsatz und Umsatzbindung je Monat</translation>
    </message>
    <message>
        <source>Revenue and revenue retention per quarter</source>
        <translation>Umsatz und Umsatzbindung je Quartal</translation>
    </message>
    <message>
        <source>Revenue and revenue retention per year</source>
        <translation>Umsatz und Umsatzbindung je Jahr</translation>
    </message>
    <message>
        <source>No data for this period. Import orders or choose a longer period.</source>
        <translation>Keine Daten für diesen Zeitraum. Importieren Sie Bestellungen oder wählen Sie einen längeren Zeitraum.</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Net revenue retention</source>
        <translation>Netto-Umsatzbindung</translation>
    </message>
    <message>
        <source>Gross revenue retention</source>
        <translation>Brutto-Umsatzbindung</translation>
    </message>
    <message>
        <source>Revenue</source>
        <comment>axis title</comment>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Revenue retention (%)</source>
        <comment>axis title</comment>
        <translation>Umsatzbindung (%)</translation>
    </message>
    <message>
        <source>Changes in recurring revenue per week</source>
        <translation>Veränderung des wiederkehrenden Umsatzes je Woche</translation>
    </message>
    <message>
        <source>Changes in recurring revenue per month</source>
        <translation>Veränderung des wiederkehrenden Umsatzes je Monat</translation>
    </message>
    <message>
        <source>Changes in recurring revenue per quarter</source>
        <translation>Veränderung des wiederkehrenden Umsatzes je Quartal</translation>
    </message>
    <message>
        <source>Changes in recurring revenue per year</source>
        <translation>Veränderung des wiederkehrenden Umsatzes je Jahr</translation>
    </message>
    <message>
        <source>New</source>
        <comment>recurring revenue from new customers</comment>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Expansion</source>
        <comment>recurring revenue</comment>
        <translation>Ausweitung</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <comment>recurring revenue</comment>
        <translation>Reaktiviert</translation>
    </message>
    <message>
        <source>Contraction</source>
        <comment>recurring revenue</comment>
        <translation>Rückgang</translation>
    </message>
    <message>
        <source>Churned</source>
        <comment>recurring revenue</comment>
        <translation>Abgewandert</translation>
    </message>
    <message>
        <source>Change</source>
        <comment>axis title: change in recurring revenue</comment>
        <translation>Veränderung</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2)
Revenue: %3
from %Ln paying customer(s)</source>
        <translation>
            <numerusform>%1 (%2)
Umsatz: %3
von %Ln zahlenden Kunden</numerusform>
            <numerusform>%1 (%2)
Umsatz: %3
von %Ln zahlenden Kunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)
%3: %4
%5</source>
        <comment>period, dates, figure name, value, how it was computed</comment>
        <translation>%1 (%2)
%3: %4
%5</translation>
    </message>
    <message>
        <source>New recurring revenue: %1</source>
        <translation>Neuer wiederkehrender Umsatz: %1</translation>
    </message>
    <message>
        <source>Expansion: %1</source>
        <translation>Ausweitung: %1</translation>
    </message>
    <message>
        <source>Reactivated: %1</source>
        <translation>Reaktiviert: %1</translation>
    </message>
    <message>
        <source>Contraction: %1</source>
        <translation>Rückgang: %1</translation>
    </message>
    <message>
        <source>Churned: %1</source>
        <translation>Abgewandert: %1</translation>
    </message>
    <message>
        <source>%1 (%2)
%3
Monthly recurring revenue: %4</source>
        <comment>period, dates, movement, MRR</comment>
        <translation>%1 (%2)
%3
Monatlich wiederkehrender Umsatz: %4</translation>
    </message>
    <message>
        <source>Quick ratio (right axis)</source>
        <translation>Quick Ratio (rechte Achse)</translation>
    </message>
    <message>
        <source>Quick ratio</source>
        <comment>axis title</comment>
        <translation>Quick Ratio</translation>
    </message>
    <message>
        <source>%1 (%2)
%3</source>
        <comment>period, dates, how the quick ratio was computed</comment>
        <translation>%1 (%2)
%3</translation>
    </message>
</context>
<context>
    <name>rd::RiskPage</name>
    <message>
        <source>Any review state</source>
        <translation>Jeder Betreuungsstatus</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Kontaktiert</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Filter by name, number or reason (Ctrl+F)</source>
        <translation>Nach Name, Nummer oder Grund filtern (Strg+F)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>risk level and count</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Alle Verantwortlichen</translation>
    </message>
    <message>
        <source>Nobody</source>
        <comment>owner filter</comment>
        <translation>Ohne Verantwortliche</translation>
    </message>
    <message>
        <source>Key account</source>
        <translation>Schlüsselkunde</translation>
    </message>
    <message>
        <source>Right-click to choose the columns</source>
        <translation>Rechtsklick, um die Spalten auszuwählen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Save the list as it shows, filtered and sorted, for Excel</source>
        <translation>Die Liste so, wie sie gerade gefiltert und sortiert ist, für Excel speichern</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV für Excel (*.csv)</translation>
    </message>
    <message>
        <source>at-risk-customers</source>
        <translation>gefaehrdete-kunden</translation>
    </message>
    <message>
        <source>Export the At-Risk List</source>
        <translation>Liste gefährdeter Kunden exportieren</translation>
    </message>
    <message>
        <source>Could not export the list</source>
        <translation>Die Liste konnte nicht exportiert werden</translation>
    </message>
    <message>
        <source>How reliable is the light?</source>
        <translation>Wie verlässlich ist die Ampel?</translation>
    </message>
    <message>
        <source>See how the light&apos;s colours worked out on your own history</source>
        <translation>Sehen Sie, wie sich die Farben der Ampel an Ihrer eigenen Geschichte bewährt haben</translation>
    </message>
    <message>
        <source>Only the customers who turned red or yellow since your look of %1</source>
        <translation>Nur die Kunden, die seit Ihrem Blick vom %1 rot oder gelb wurden</translation>
    </message>
    <message>
        <source>New (%1)</source>
        <comment>warnings since the last look</comment>
        <translation>Neu (%1)</translation>
    </message>
    <message>
        <source>Prepare a Message…</source>
        <translation>Nachricht vorbereiten…</translation>
    </message>
    <message>
        <source>Win-back messages for your mail tool or mail program, from a template; nothing is sent from here</source>
        <translation>Rückgewinnungsnachrichten für Ihr Serienbrief- oder E-Mail-Programm, aus einer Vorlage; von hier wird nichts gesendet</translation>
    </message>
    <message>
        <source>To the Selected Customers (%1)…</source>
        <translation>An die ausgewählten Kunden (%1)…</translation>
    </message>
    <message>
        <source>To Everyone in the List as Shown (%1)…</source>
        <translation>An alle in der gezeigten Liste (%1)…</translation>
    </message>
    <message numerus="yes">
        <source>the %Ln selected customer(s)</source>
        <translation>
            <numerusform>den %Ln ausgewählten Kunden</numerusform>
            <numerusform>die %Ln ausgewählten Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %Ln customer(s) of the list as shown</source>
        <translation>
            <numerusform>den %Ln Kunden der gezeigten Liste</numerusform>
            <numerusform>die %Ln Kunden der gezeigten Liste</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::RiskTableModel</name>
    <message>
        <source>Key account</source>
        <translation>Schlüsselkunde</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>not enough history</source>
        <translation>zu kurze Historie</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no value</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>review state</comment>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Contacted</source>
        <comment>review state</comment>
        <translation>Kontaktiert</translation>
    </message>
    <message>
        <source>Resolved</source>
        <comment>review state</comment>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <comment>review state</comment>
        <translation>Zurückgestellt bis %1</translation>
    </message>
    <message>
        <source>Estimated from the purchase history. Expected purchases in the next 90 days: %1</source>
        <translation>Aus der Kaufhistorie geschätzt. Erwartete Käufe in den nächsten 90 Tagen: %1</translation>
    </message>
    <message>
        <source>Estimated from the purchase history.</source>
        <translation>Aus der Kaufhistorie geschätzt.</translation>
    </message>
    <message>
        <source>A one-time buyer or too short a history: no estimate yet.</source>
        <translation>Einmalkäufer oder zu kurze Historie: noch keine Schätzung.</translation>
    </message>
    <message>
        <source>No estimate: customers with a contract are judged by their contract and activity.</source>
        <translation>Keine Schätzung: Kunden mit Vertrag werden nach Vertrag und Aktivität beurteilt.</translation>
    </message>
    <message>
        <source>How likely the customer still buys, estimated from the purchase history</source>
        <translation>Wie wahrscheinlich der Kunde noch kauft, geschätzt aus der Kaufhistorie</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>column header</comment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>column header</comment>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Score</source>
        <comment>column header</comment>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Still active</source>
        <comment>column header</comment>
        <translation>Noch aktiv</translation>
    </message>
    <message>
        <source>Main reason</source>
        <comment>column header</comment>
        <translation>Hauptgrund</translation>
    </message>
    <message>
        <source>Review</source>
        <comment>column header</comment>
        <translation>Betreuung</translation>
    </message>
    <message>
        <source>Owner</source>
        <comment>column header</comment>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Key account: one of the fewest customers who together bring 80 % of the revenue of the last 12 months</source>
        <translation>Schlüsselkunde: einer der wenigen Kunden, die zusammen 80 % des Umsatzes der letzten 12 Monate bringen</translation>
    </message>
    <message>
        <source>Value
(12 months)</source>
        <comment>column header, two lines</comment>
        <translation>Wert
(12 Monate)</translation>
    </message>
</context>
<context>
    <name>rd::SettingsDialog</name>
    <message>
        <source>Contract: lost when the contract ends</source>
        <translation>Vertrag: verloren, wenn der Vertrag endet</translation>
    </message>
    <message>
        <source>Activity: lost after the window without an order or activity</source>
        <translation>Aktivität: verloren nach dem Zeitfenster ohne Bestellung oder Aktivität</translation>
    </message>
    <message>
        <source>Automatic: contract where there is one, else activity</source>
        <translation>Automatisch: Vertrag, wo es einen gibt, sonst Aktivität</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>The page shown last</source>
        <translation>Die zuletzt gezeigte Seite</translation>
    </message>
    <message>
        <source>Start page:</source>
        <translation>Startseite:</translation>
    </message>
    <message>
        <source>Forget the Recent Files</source>
        <translation>Zuletzt geöffnete Dateien vergessen</translation>
    </message>
    <message>
        <source>File &gt; Open Recent:</source>
        <translation>Datei &gt; Zuletzt geöffnet:</translation>
    </message>
    <message>
        <source>These settings are yours, on this computer: other users and other computers keep their own.</source>
        <translation>Diese Einstellungen gehören Ihnen, auf diesem Computer: Andere Benutzer und andere Computer behalten ihre eigenen.</translation>
    </message>
    <message>
        <source>The language and the start page are yours, on this computer. The other settings belong to this database: everyone who opens it sees the same figures.</source>
        <translation>Sprache und Startseite gehören Ihnen, auf diesem Computer. Die übrigen Einstellungen gehören zu dieser Datenbank: Alle, die sie öffnen, sehen dieselben Zahlen.</translation>
    </message>
    <message>
        <source>Open a database to change its settings: currency, churn model and the risk light&apos;s limits.</source>
        <translation>Öffnen Sie eine Datenbank, um ihre Einstellungen zu ändern: Währung, Abwanderungsmodell und die Grenzen der Risikoampel.</translation>
    </message>
    <message>
        <source>Check and Tune the Light on Your History…</source>
        <translation>Ampel an Ihrer Geschichte prüfen und einstellen …</translation>
    </message>
    <message>
        <source>Applies the values shown, then shows how well the light&apos;s colours worked out on your own history, where it can be tuned</source>
        <translation>Übernimmt die gezeigten Werte und zeigt dann, wie sich die Farben der Ampel an Ihrer eigenen Geschichte bewährt haben; dort lässt sie sich einstellen</translation>
    </message>
    <message>
        <source>Your own words, comma-separated</source>
        <translation>Ihre eigenen Wörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>only the built-in words (%1)</source>
        <translation>nur die eingebauten Wörter (%1)</translation>
    </message>
    <message>
        <source>the built-in text</source>
        <translation>der eingebaute Text</translation>
    </message>
</context>
<context>
    <name>rd::SurvivalChart</name>
    <message>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>Share of customers still with you, by months since they started</source>
        <translation>Anteil der Kunden, die noch bei Ihnen sind, nach Monaten seit ihrem Beginn</translation>
    </message>
    <message>
        <source>No customers to follow yet. Import orders or contracts to see how long customers stay.</source>
        <translation>Noch keine Kunden zum Verfolgen. Importieren Sie Bestellungen oder Verträge, um zu sehen, wie lange Kunden bleiben.</translation>
    </message>
    <message>
        <source>95 % band (%1)</source>
        <comment>confidence band of a curve</comment>
        <translation>95-%-Band (%1)</translation>
    </message>
    <message>
        <source>95 % band</source>
        <comment>confidence band</comment>
        <translation>95-%-Band</translation>
    </message>
    <message numerus="yes">
        <source>%1 (median %Ln day(s))</source>
        <comment>curve name and median</comment>
        <translation>
            <numerusform>%1 (Median %Ln Tag)</numerusform>
            <numerusform>%1 (Median %Ln Tage)</numerusform>
        </translation>
    </message>
    <message>
        <source>Median (%1): %2 months</source>
        <comment>time until half the customers are gone</comment>
        <translation>Median (%1): %2 Monate</translation>
    </message>
    <message>
        <source>Median: %1 months</source>
        <comment>time until half the customers are gone</comment>
        <translation>Median: %1 Monate</translation>
    </message>
    <message>
        <source>Months since becoming a customer</source>
        <comment>axis title</comment>
        <translation>Monate seit Beginn als Kunde</translation>
    </message>
    <message>
        <source>Still customers (%)</source>
        <comment>axis title</comment>
        <translation>Noch Kunden (%)</translation>
    </message>
    <message>
        <source>Group</source>
        <comment>column header: the customers a curve is about</comment>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>After</source>
        <comment>column header: time since start</comment>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Still customers</source>
        <comment>column header: survival in percent</comment>
        <translation>Noch Kunden</translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln Monat</numerusform>
            <numerusform>%Ln Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>not observed yet</source>
        <comment>survival beyond the longest duration</comment>
        <translation>noch nicht beobachtet</translation>
    </message>
    <message>
        <source>No customer has been with you this long yet.</source>
        <translation>Noch kein Kunde war so lange bei Ihnen.</translation>
    </message>
    <message>
        <source>Customers who have been with you at least this long</source>
        <translation>Kunden, die mindestens so lange bei Ihnen sind oder waren</translation>
    </message>
    <message>
        <source>Still observed</source>
        <comment>column header: customers observed that long</comment>
        <translation>Beobachtet</translation>
    </message>
    <message numerus="yes">
        <source>%1
After %Ln day(s) (%2 months): %3 still customers
%4 customers still observed</source>
        <translation>
            <numerusform>%1
Nach %Ln Tag (%2 Monate): noch %3 Kunden
%4 Kunden so lange beobachtet</numerusform>
            <numerusform>%1
Nach %Ln Tagen (%2 Monate): noch %3 Kunden
%4 Kunden so lange beobachtet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Customers without a contract count as lost only after %n day(s) without a sign of life: no curve can fall sooner, and those who never came back all drop at %n day(s).</source>
        <translation>
            <numerusform>Kunden ohne Vertrag gelten erst nach %n Tag ohne Lebenszeichen als verloren: Keine Kurve kann früher fallen, und alle, die nicht wiederkamen, fallen bei %n Tag heraus.</numerusform>
            <numerusform>Kunden ohne Vertrag gelten erst nach %n Tagen ohne Lebenszeichen als verloren: Keine Kurve kann früher fallen, und alle, die nicht wiederkamen, fallen bei %n Tagen heraus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::WinBackDialog</name>
    <message>
        <source>&amp;Log each prepared message on its customer (shows as contacted)</source>
        <translation>Jede vorbereitete Nachricht beim Kunden &amp;vermerken (zeigt ihn als kontaktiert)</translation>
    </message>
    <message>
        <source>&amp;Save Mail-Merge File…</source>
        <translation>Serienbrief-Datei &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Open in Mail Program</source>
        <translation>Im E-Mail-Programm ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Prepare a Message</source>
        <translation>Nachricht vorbereiten</translation>
    </message>
    <message>
        <source>By each customer&apos;s main reason</source>
        <translation>Nach dem Hauptgrund jedes Kunden</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>Nothing is sent from here: the mail-merge file goes to your mail tool, and the mail program opens each message for you to check and send.</source>
        <translation>Von hier wird nichts gesendet: Die Serienbrief-Datei geht an Ihr Serienbrief-Programm, und das E-Mail-Programm öffnet jede Nachricht, damit Sie sie prüfen und senden.</translation>
    </message>
    <message>
        <source>%1 (no e-mail address)</source>
        <translation>%1 (keine E-Mail-Adresse)</translation>
    </message>
    <message>
        <source>The messages could not be prepared: %1</source>
        <translation>Die Nachrichten konnten nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>%1 of them have no e-mail address: they are in the mail-merge file, but no mail window opens for them.</source>
        <translation>%1 davon haben keine E-Mail-Adresse: Sie stehen in der Serienbrief-Datei, aber für sie öffnet sich kein E-Mail-Fenster.</translation>
    </message>
    <message>
        <source>Open &amp;All (%1)</source>
        <translation>&amp;Alle öffnen (%1)</translation>
    </message>
    <message>
        <source>To: %1
Subject: %2

%3</source>
        <translation>An: %1
Betreff: %2

%3</translation>
    </message>
    <message>
        <source>(no e-mail address)</source>
        <translation>(keine E-Mail-Adresse)</translation>
    </message>
    <message>
        <source>Could not save the file</source>
        <translation>Die Datei konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Could not log the messages</source>
        <translation>Die Nachrichten konnten nicht vermerkt werden</translation>
    </message>
    <message>
        <source>win-back</source>
        <translation>rueckgewinnung</translation>
    </message>
    <message>
        <source>Save the Mail-Merge File</source>
        <translation>Serienbrief-Datei speichern</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV für Excel (*.csv)</translation>
    </message>
    <message>
        <source>No mail program opened the message.</source>
        <translation>Kein E-Mail-Programm hat die Nachricht geöffnet.</translation>
    </message>
    <message>
        <source>This opens %1 messages in your mail program, one window each. Go on?</source>
        <translation>Damit öffnen sich %1 Nachrichten in Ihrem E-Mail-Programm, je ein Fenster. Fortfahren?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) for %1.</source>
        <translation>
            <numerusform>%Ln Nachricht für %1.</numerusform>
            <numerusform>%Ln Nachrichten für %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>More than %1 mail windows at once would be too many to check: save a mail-merge file for your mail tool instead, or choose fewer customers.</source>
        <translation>Mehr als %1 E-Mail-Fenster auf einmal wären zu viele zum Prüfen: Speichern Sie stattdessen eine Serienbrief-Datei für Ihr Serienbrief-Programm, oder wählen Sie weniger Kunden.</translation>
    </message>
    <message>
        <source>Opens a message per customer in your mail program, for you to check and send</source>
        <translation>Öffnet je Kunde eine Nachricht in Ihrem E-Mail-Programm, damit Sie sie prüfen und senden</translation>
    </message>
</context>
</TS>
