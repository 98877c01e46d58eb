<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Cli</name>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows what a database holds: records per table, date range and schema version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info needs --db FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use text or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders:         %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surveys:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date range:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what a database holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retentiondesk-cli COMMAND [OPTIONS]

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Run retentiondesk-cli COMMAND --help for the options of a command.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Could not open the database %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start a transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upgrade the database to version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upgrade the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a RetentionDesk database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the backup %1 before upgrading the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of RetentionDesk (data format %2; this program reads up to %3). Update RetentionDesk to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite file, but not a RetentionDesk database; it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was left as it was%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; a backup is at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The database could not carry out a request.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Customer retention dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the database FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language (de or en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RetentionDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RetentionDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a database with File &gt; Open (Ctrl+O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – RetentionDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database holds no dated records yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::TableCountsModel</name>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders and payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <comment>column header</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <comment>column header</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
