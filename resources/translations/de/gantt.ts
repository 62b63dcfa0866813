<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_GB">
<context>
    <name>GanttChart</name>
    <message>
        <location filename="../../../cpm_desktop/ui/gantt/background.py" line="128"/>
        <source>Today: {date}</source>
        <translation>Heute: {date}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/gantt/background.py" line="129"/>
        <source>Status date: {date}</source>
        <translation>Stichtag: {date}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/gantt/interactions.py" line="118"/>
        <location filename="../../../cpm_desktop/ui/gantt/tooltip.py" line="30"/>
        <source>Start: {date}</source>
        <translation>Anfang: {date}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/gantt/interactions.py" line="153"/>
        <location filename="../../../cpm_desktop/ui/gantt/tooltip.py" line="35"/>
        <source>Finish: {date}</source>
        <translation>Ende: {date}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/gantt/timescale.py" line="57"/>
        <source>Q{number}</source>
        <translation>Q{number}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/gantt/timescale.py" line="74"/>
        <source>W{number}</source>
        <translation>KW{number}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/gantt/timescale.py" line="83"/>
        <source>{day} {month}</source>
        <translation>{day}. {month}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/gantt/timescale.py" line="88"/>
        <source>{day}–{last_day} {month} {year}</source>
        <translation>{day}.–{last_day}. {month} {year}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/gantt/timescale.py" line="92"/>
        <source>{first} – {last_day} {month} {year}</source>
        <translation>{first} – {last_day}. {month} {year}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/gantt/tooltip.py" line="14"/>
        <source>Summary</source>
        <translation>Sammelvorgang</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/gantt/tooltip.py" line="16"/>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/gantt/tooltip.py" line="18"/>
        <source>Task</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/gantt/tooltip.py" line="20"/>
        <source>{kind} · critical</source>
        <translation>{kind} · kritisch</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/gantt/tooltip.py" line="24"/>
        <source>Date: {date}</source>
        <translation>Datum: {date}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/gantt/tooltip.py" line="40"/>
        <source>Duration: {duration}</source>
        <translation>Dauer: {duration}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/gantt/tooltip.py" line="45"/>
        <source>Complete: {percent} %</source>
        <translation>Fertig: {percent} %</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/gantt/tooltip.py" line="51"/>
        <source>Total slack: {duration}</source>
        <translation>Gesamtpuffer: {duration}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/gantt/tooltip.py" line="58"/>
        <source>Baseline finish: {date} (variance {days} d)</source>
        <translation>Ende laut Basisplan: {date} (Abweichung {days} T)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/gantt/tooltip.py" line="62"/>
        <source>Baseline finish: {date} (on baseline)</source>
        <translation>Ende laut Basisplan: {date} (eingehalten)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/gantt/tooltip.py" line="66"/>
        <source>Baseline finish: {date}</source>
        <translation>Ende laut Basisplan: {date}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/gantt/tooltip.py" line="72"/>
        <source>Driven by: {driver}</source>
        <translation>Bestimmt durch: {driver}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/gantt/frame.py" line="69"/>
        <source>d MMM</source>
        <translation>d. MMM</translation>
    </message>
</context>
</TS>
