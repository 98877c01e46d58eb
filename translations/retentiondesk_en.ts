<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BgNbd</name>
    <message numerus="yes">
        <source>The purchase model needs at least %n customer(s) with a repeat purchase.</source>
        <translation>
            <numerusform>The purchase model needs at least %n customer with a repeat purchase.</numerusform>
            <numerusform>The purchase model needs at least %n customers with a repeat purchase.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The fit converged after %n evaluation(s).</source>
        <translation>
            <numerusform>The fit converged after %n evaluation.</numerusform>
            <numerusform>The fit converged after %n evaluations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The fit stopped after %n evaluation(s) without converging; treat its scores with care.</source>
        <translation>
            <numerusform>The fit stopped after %n evaluation without converging; treat its scores with care.</numerusform>
            <numerusform>The fit stopped after %n evaluations without converging; treat its scores with care.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Report written to %1 (%n page(s)).</source>
        <translation>
            <numerusform>Report written to %1 (%n page).</numerusform>
            <numerusform>Report written to %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n turned red or yellow, </source>
        <translation>
            <numerusform>%n turned red or yellow, </numerusform>
            <numerusform>%n turned red or yellow, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n green again.</source>
        <translation>
            <numerusform>%n green again.</numerusform>
            <numerusform>%n green again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) written to %1</source>
        <translation>
            <numerusform>%n message written to %1</numerusform>
            <numerusform>%n messages written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message numerus="yes">
        <source>The %n earlier cohort(s) are in the window&apos;s Cohorts page.</source>
        <translation>
            <numerusform>The %n earlier cohort is in the window&apos;s Cohorts page.</numerusform>
            <numerusform>The %n earlier cohorts are in the window&apos;s Cohorts page.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Red: call today (%Ln customer(s), %1 of revenue at stake)</source>
        <translation>
            <numerusform>Red: call today (%Ln customer, %1 of revenue at stake)</numerusform>
            <numerusform>Red: call today (%Ln customers, %1 of revenue at stake)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Yellow: keep an eye on (%Ln customer(s), %1 of revenue at stake)</source>
        <translation>
            <numerusform>Yellow: keep an eye on (%Ln customer, %1 of revenue at stake)</numerusform>
            <numerusform>Yellow: keep an eye on (%Ln customers, %1 of revenue at stake)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more: the at-risk list in the window, or retentiondesk-cli risk, lists them all.</source>
        <translation>
            <numerusform>… and %Ln more: the at-risk list in the window, or retentiondesk-cli risk, lists them all.</numerusform>
            <numerusform>… and %Ln more: the at-risk list in the window, or retentiondesk-cli risk, lists them all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Customers at the end of the period: with a running contract, or who bought within the churn window (%Ln day(s) without an order or activity count as lost).</source>
        <translation>
            <numerusform>Customers at the end of the period: with a running contract, or who bought within the churn window (%Ln day without an order or activity counts as lost).</numerusform>
            <numerusform>Customers at the end of the period: with a running contract, or who bought within the churn window (%Ln days without an order or activity count as lost).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ChurnChart</name>
    <message numerus="yes">
        <source>%Ln customer(s) lost</source>
        <translation>
            <numerusform>%Ln customer lost</numerusform>
            <numerusform>%Ln customers lost</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new customer(s)</source>
        <translation>
            <numerusform>%Ln new customer</numerusform>
            <numerusform>%Ln new customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::CohortTableModel</name>
    <message numerus="yes">
        <source>%n week(s) after the cohort&apos;s first week</source>
        <translation>
            <numerusform>%n week after the cohort&apos;s first week</numerusform>
            <numerusform>%n weeks after the cohort&apos;s first week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) after the cohort&apos;s first month</source>
        <translation>
            <numerusform>%n month after the cohort&apos;s first month</numerusform>
            <numerusform>%n months after the cohort&apos;s first month</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarter(s) after the cohort&apos;s first quarter</source>
        <translation>
            <numerusform>%n quarter after the cohort&apos;s first quarter</numerusform>
            <numerusform>%n quarters after the cohort&apos;s first quarter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) after the cohort&apos;s first year</source>
        <translation>
            <numerusform>%n year after the cohort&apos;s first year</numerusform>
            <numerusform>%n years after the cohort&apos;s first year</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cohort %1: %n customer(s)</source>
        <translation>
            <numerusform>Cohort %1: %n customer</numerusform>
            <numerusform>Cohort %1: %n customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::Importer</name>
    <message numerus="yes">
        <source>%Ln row(s) without a customer (guest orders, the first on line %2): %1 of revenue not attributed to any customer. The figures count identified customers only.</source>
        <translation>
            <numerusform>%Ln row without a customer (a guest order, on line %2): %1 of revenue not attributed to any customer. The figures count identified customers only.</numerusform>
            <numerusform>%Ln rows without a customer (guest orders, the first on line %2): %1 of revenue not attributed to any customer. The figures count identified customers only.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::MainWindow</name>
    <message numerus="yes">
        <source>%n new warning(s) since your last look</source>
        <translation>
            <numerusform>%n new warning since your last look</numerusform>
            <numerusform>%n new warnings since your last look</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) turned red</source>
        <translation>
            <numerusform>%n customer turned red</numerusform>
            <numerusform>%n customers turned red</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n yellow since your last look.</source>
        <translation>
            <numerusform>%n yellow since your last look.</numerusform>
            <numerusform>%n yellow since your last look.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::OverviewPage</name>
    <message numerus="yes">
        <source>Revenue and customers count identified customers only: %Ln order row(s) without a customer id (guest orders, %1) were not imported.</source>
        <translation>
            <numerusform>Revenue and customers count identified customers only: %Ln order row without a customer id (a guest order, %1) was not imported.</numerusform>
            <numerusform>Revenue and customers count identified customers only: %Ln order rows without a customer id (guest orders, %1) were not imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n turned red&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n turned red&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n turned red&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n turned yellow</source>
        <translation>
            <numerusform>%n turned yellow</numerusform>
            <numerusform>%n turned yellow</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n green again</source>
        <translation>
            <numerusform>%n green again</numerusform>
            <numerusform>%n green again</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::RevenueChart</name>
    <message numerus="yes">
        <source>%1 (%2)
Revenue: %3
from %Ln paying customer(s)</source>
        <translation>
            <numerusform>%1 (%2)
Revenue: %3
from %Ln paying customer</numerusform>
            <numerusform>%1 (%2)
Revenue: %3
from %Ln paying customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::RiskPage</name>
    <message numerus="yes">
        <source>the %Ln selected customer(s)</source>
        <translation>
            <numerusform>the %Ln selected customer</numerusform>
            <numerusform>the %Ln selected customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %Ln customer(s) of the list as shown</source>
        <translation>
            <numerusform>the %Ln customer of the list as shown</numerusform>
            <numerusform>the %Ln customers of the list as shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::SurvivalChart</name>
    <message numerus="yes">
        <source>%1 (median %Ln day(s))</source>
        <comment>curve name and median</comment>
        <translation>
            <numerusform>%1 (median %Ln day)</numerusform>
            <numerusform>%1 (median %Ln days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln month</numerusform>
            <numerusform>%Ln months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
After %Ln day(s) (%2 months): %3 still customers
%4 customers still observed</source>
        <translation>
            <numerusform>%1
After %Ln day (%2 months): %3 still customers
%4 customers still observed</numerusform>
            <numerusform>%1
After %Ln days (%2 months): %3 still customers
%4 customers still observed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Customers without a contract count as lost only after %n day(s) without a sign of life: no curve can fall sooner, and those who never came back all drop at %n day(s).</source>
        <translation>
            <numerusform>Customers without a contract count as lost only after %n day without a sign of life: no curve can fall sooner, and those who never came back all drop at %n day.</numerusform>
            <numerusform>Customers without a contract count as lost only after %n days without a sign of life: no curve can fall sooner, and those who never came back all drop at %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::WinBackDialog</name>
    <message numerus="yes">
        <source>%Ln message(s) for %1.</source>
        <translation>
            <numerusform>%Ln message for %1.</numerusform>
            <numerusform>%Ln messages for %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
