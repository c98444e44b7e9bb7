<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Words</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>the first amount of a range: from/between ...</comment>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n week(s)</source>
        <comment>the first amount of a range: from/between ...</comment>
        <translation>
            <numerusform>about %n week</numerusform>
            <numerusform>about %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n month(s)</source>
        <comment>the first amount of a range: from/between ...</comment>
        <translation>
            <numerusform>about %n month</numerusform>
            <numerusform>about %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n year(s)</source>
        <comment>the first amount of a range: from/between ...</comment>
        <translation>
            <numerusform>about %n year</numerusform>
            <numerusform>about %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>the second amount of a range: between ... and ...</comment>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n week(s)</source>
        <comment>the second amount of a range: between ... and ...</comment>
        <translation>
            <numerusform>about %n week</numerusform>
            <numerusform>about %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n month(s)</source>
        <comment>the second amount of a range: between ... and ...</comment>
        <translation>
            <numerusform>about %n month</numerusform>
            <numerusform>about %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n year(s)</source>
        <comment>the second amount of a range: between ... and ...</comment>
        <translation>
            <numerusform>about %n year</numerusform>
            <numerusform>about %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n week(s)</source>
        <translation>
            <numerusform>about %n week</numerusform>
            <numerusform>about %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n month(s)</source>
        <translation>
            <numerusform>about %n month</numerusform>
            <numerusform>about %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n year(s)</source>
        <translation>
            <numerusform>about %n year</numerusform>
            <numerusform>about %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For %n day(s), %1.</source>
        <comment>how long a stretch lasts, then roughly when</comment>
        <translation>
            <numerusform>For %n day, %1.</numerusform>
            <numerusform>For %n days, %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %n minute(s)</source>
        <translation>
            <numerusform>up to %n minute</numerusform>
            <numerusform>up to %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %n hour(s)</source>
        <translation>
            <numerusform>up to %n hour</numerusform>
            <numerusform>up to %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %n day(s)</source>
        <translation>
            <numerusform>up to %n day</numerusform>
            <numerusform>up to %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %n week(s)</source>
        <translation>
            <numerusform>up to %n week</numerusform>
            <numerusform>up to %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %n month(s)</source>
        <translation>
            <numerusform>up to %n month</numerusform>
            <numerusform>up to %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %n year(s)</source>
        <translation>
            <numerusform>up to %n year</numerusform>
            <numerusform>up to %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>about %n minute</numerusform>
            <numerusform>about %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>about %n hour</numerusform>
            <numerusform>about %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n day(s)</source>
        <translation>
            <numerusform>about %n day</numerusform>
            <numerusform>about %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s)</source>
        <translation>
            <numerusform>%n cycle</numerusform>
            <numerusform>%n cycles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s), kept in %1</source>
        <translation>
            <numerusform>%n suggestion, kept in %1</numerusform>
            <numerusform>%n suggestions, kept in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) found: press Enter</source>
        <translation>
            <numerusform>%n step found: press Enter</numerusform>
            <numerusform>%n steps found: press Enter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n step(s))</source>
        <translation>
            <numerusform>%1 (%n step)</numerusform>
            <numerusform>%1 (%n steps)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n days</source>
        <translation>
            <numerusform>every %n day</numerusform>
            <numerusform>every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n weeks</source>
        <translation>
            <numerusform>every %n week</numerusform>
            <numerusform>every %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n months</source>
        <translation>
            <numerusform>every %n month</numerusform>
            <numerusform>every %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n years</source>
        <translation>
            <numerusform>every %n year</numerusform>
            <numerusform>every %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>There are %n visits.</source>
        <translation>
            <numerusform>There are %n visits.</numerusform>
            <numerusform>There are %n visits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>And %n more visit(s) after that, the last on %1.</source>
        <translation>
            <numerusform>And %n more visit after that, the last on %1.</numerusform>
            <numerusform>And %n more visits after that, the last on %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>◀ %n more before</source>
        <translation>
            <numerusform>◀ %n more before</numerusform>
            <numerusform>◀ %n more before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more after ▶</source>
        <translation>
            <numerusform>%n more after ▶</numerusform>
            <numerusform>%n more after ▶</numerusform>
        </translation>
    </message>
</context>
</TS>
