<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CacheCommand</name>
    <message numerus="yes">
        <source>%n cache entries have ids starting with &apos;%1&apos;; give more digits</source>
        <translation>
            <numerusform>%n cache entry has an id starting with &apos;%1&apos;; give more digits</numerusform>
            <numerusform>%n cache entries have ids starting with &apos;%1&apos;; give more digits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) shown; more match (--limit N or --all)</source>
        <translation>
            <numerusform>%n entry shown; more match (--limit N or --all)</numerusform>
            <numerusform>%n entries shown; more match (--limit N or --all)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>deleted %n entry(s) from %1</source>
        <translation>
            <numerusform>deleted %n entry from %1</numerusform>
            <numerusform>deleted %n entries from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>flushed %1: deleted %n entry(s)</source>
        <translation>
            <numerusform>flushed %1: deleted %n entry</numerusform>
            <numerusform>flushed %1: deleted %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) match(es) on %1 (nothing deleted)</source>
        <translation>
            <numerusform>%n entry matches on %1 (nothing deleted)</numerusform>
            <numerusform>%n entries match on %1 (nothing deleted)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeysCommand</name>
    <message numerus="yes">
        <source>%n access key(s)</source>
        <translation>
            <numerusform>%n access key</numerusform>
            <numerusform>%n access keys</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeysFleet</name>
    <message numerus="yes">
        <source>the key reached %1 of %n gateways tagged &apos;%2&apos;; the others hold no key</source>
        <translation>
            <numerusform>the key reached %1 of %n gateway tagged &apos;%2&apos;; the others hold no key</numerusform>
            <numerusform>the key reached %1 of %n gateways tagged &apos;%2&apos;; the others hold no key</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the key is revoked on %1 of %n gateways tagged &apos;%2&apos;; it still works on the others</source>
        <translation>
            <numerusform>the key is revoked on %1 of %n gateway tagged &apos;%2&apos;; it still works on the others</numerusform>
            <numerusform>the key is revoked on %1 of %n gateways tagged &apos;%2&apos;; it still works on the others</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetricsCommand</name>
    <message numerus="yes">
        <source>%n sample(s)</source>
        <translation>
            <numerusform>%n sample</numerusform>
            <numerusform>%n samples</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RulesCommand</name>
    <message numerus="yes">
        <source>%n rule(s), ETag %1</source>
        <translation>
            <numerusform>%n rule, ETag %1</numerusform>
            <numerusform>%n rules, ETag %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>applied %n rule(s) to %1 (ETag %2)</source>
        <translation>
            <numerusform>applied %n rule to %1 (ETag %2)</numerusform>
            <numerusform>applied %n rules to %1 (ETag %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RulesPush</name>
    <message numerus="yes">
        <source>the rule set reached %1 of %n gateways tagged &apos;%2&apos;; the others keep their previous set</source>
        <translation>
            <numerusform>the rule set reached %1 of %n gateway tagged &apos;%2&apos;; the others keep their previous set</numerusform>
            <numerusform>the rule set reached %1 of %n gateways tagged &apos;%2&apos;; the others keep their previous set</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::AccessKeysPanel</name>
    <message numerus="yes">
        <source>%n access key(s) on %1.</source>
        <translation>
            <numerusform>%n access key on %1.</numerusform>
            <numerusform>%n access keys on %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::CacheEntryDetail</name>
    <message numerus="yes">
        <source>%n hit(s), last %1</source>
        <translation>
            <numerusform>%n hit, last %1</numerusform>
            <numerusform>%n hits, last %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::CacheEntryEdits</name>
    <message numerus="yes">
        <source>New time to live from now for %n entry(s) — e.g. 30m, 2h, 7d, or &quot;never&quot;:</source>
        <translation>
            <numerusform>New time to live from now for %n entry — e.g. 30m, 2h, 7d, or &quot;never&quot;:</numerusform>
            <numerusform>New time to live from now for %n entries — e.g. 30m, 2h, 7d, or &quot;never&quot;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not change the time to live of %n entry(s): %1</source>
        <translation>
            <numerusform>Could not change the time to live of %n entry: %1</numerusform>
            <numerusform>Could not change the time to live of %n entries: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::CachePage</name>
    <message numerus="yes">
        <source>Asking the %n gateway(s) tagged &quot;%1&quot;…</source>
        <translation>
            <numerusform>Asking the %n gateway tagged &quot;%1&quot;…</numerusform>
            <numerusform>Asking the %n gateways tagged &quot;%1&quot;…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries selected.</source>
        <translation>
            <numerusform>%n entry selected.</numerusform>
            <numerusform>%n entries selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) match.</source>
        <translation>
            <numerusform>%n entry matches.</numerusform>
            <numerusform>%n entries match.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s).</source>
        <translation>
            <numerusform>%n entry.</numerusform>
            <numerusform>%n entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::CacheRemoval</name>
    <message numerus="yes">
        <source>Delete %n cache entry(s) from %1? Clients asking these questions get fresh answers from the model again.</source>
        <translation>
            <numerusform>Delete %n cache entry from %1? Clients asking this question get fresh answers from the model again.</numerusform>
            <numerusform>Delete %n cache entries from %1? Clients asking these questions get fresh answers from the model again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them pinned or FAQ answers.</source>
        <translation>
            <numerusform>%n of them is pinned or an FAQ answer.</numerusform>
            <numerusform>%n of them pinned or FAQ answers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n entry(s) from %1…</source>
        <translation>
            <numerusform>Deleting %n entry from %1…</numerusform>
            <numerusform>Deleting %n entries from %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n entry(s).</source>
        <translation>
            <numerusform>Deleted %n entry.</numerusform>
            <numerusform>Deleted %n entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled; %n not tried.</source>
        <translation>
            <numerusform>Cancelled; %n not tried.</numerusform>
            <numerusform>Cancelled; %n not tried.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) could not be deleted: %1</source>
        <translation>
            <numerusform>%n entry could not be deleted: %1</numerusform>
            <numerusform>%n entries could not be deleted: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n entry(s) of %1 matching %2?</source>
        <translation>
            <numerusform>Delete the %n entry of %1 matching %2?</numerusform>
            <numerusform>Delete the %n entries of %1 matching %2?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n</source>
        <translation>
            <numerusform>&amp;Delete %n</numerusform>
            <numerusform>&amp;Delete %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n matching entry(s).</source>
        <translation>
            <numerusform>Deleted %n matching entry.</numerusform>
            <numerusform>Deleted %n matching entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Flush the cache of %1? Every unpinned entry is deleted (the cache holds %n entry(s) now); clients get fresh answers from the model.</source>
        <translation>
            <numerusform>Flush the cache of %1? Every unpinned entry is deleted (the cache holds %n entry now); clients get fresh answers from the model.</numerusform>
            <numerusform>Flush the cache of %1? Every unpinned entry is deleted (the cache holds %n entries now); clients get fresh answers from the model.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Flushed %1: deleted %n entry(s).</source>
        <translation>
            <numerusform>Flushed %1: deleted %n entry.</numerusform>
            <numerusform>Flushed %1: deleted %n entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Flushed %1: deleted %n entry(s); pinned entries kept.</source>
        <translation>
            <numerusform>Flushed %1: deleted %n entry; pinned entries kept.</numerusform>
            <numerusform>Flushed %1: deleted %n entries; pinned entries kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ChatHistorySettings</name>
    <message numerus="yes">
        <source>%n exchange(s) stored</source>
        <translation>
            <numerusform>%n exchange stored</numerusform>
            <numerusform>%n exchanges stored</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::DataSize</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::GatewayDashboard</name>
    <message numerus="yes">
        <source>Fleet through %1 · %n gateway(s) · step %2 s, rates over %3 s</source>
        <translation>
            <numerusform>Fleet through %1 · %n gateway · step %2 s, rates over %3 s</numerusform>
            <numerusform>Fleet through %1 · %n gateways · step %2 s, rates over %3 s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::GatewayTableModel</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::HistoryPanel</name>
    <message numerus="yes">
        <source>%n exchange(s) were sealed with another key and cannot be read.</source>
        <translation>
            <numerusform>%n exchange was sealed with another key and cannot be read.</numerusform>
            <numerusform>%n exchanges were sealed with another key and cannot be read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::KeyFleetDialog</name>
    <message numerus="yes">
        <source>%n gateway(s) will hold the key.</source>
        <translation>
            <numerusform>%n gateway will hold the key.</numerusform>
            <numerusform>%n gateways will hold the key.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Creating the key on %n gateway(s)…</source>
        <translation>
            <numerusform>Creating the key on %n gateway…</numerusform>
            <numerusform>Creating the key on %n gateways…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n gateway(s) hold the key now.</source>
        <translation>
            <numerusform>The %n gateway holds the key now.</numerusform>
            <numerusform>All %n gateways hold the key now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n gateway(s) hold the key. Retry the failed ones while this window is open: the secret is not kept once it closes.</source>
        <translation>
            <numerusform>%1 of %n gateway holds the key. Retry the failed ones while this window is open: the secret is not kept once it closes.</numerusform>
            <numerusform>%1 of %n gateways hold the key. Retry the failed ones while this window is open: the secret is not kept once it closes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gateway(s) will revoke the key if they hold it.</source>
        <translation>
            <numerusform>%n gateway will revoke the key if it holds it.</numerusform>
            <numerusform>%n gateways will revoke the key if they hold it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoking the key on %n gateway(s)…</source>
        <translation>
            <numerusform>Revoking the key on %n gateway…</numerusform>
            <numerusform>Revoking the key on %n gateways…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No gateway of the %n holds the key any more.</source>
        <translation>
            <numerusform>The %n gateway no longer holds the key.</numerusform>
            <numerusform>No gateway of the %n holds the key any more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n gateway(s) no longer hold the key; on the others it still works until revoked there.</source>
        <translation>
            <numerusform>%1 of %n gateway no longer holds the key; on the others it still works until revoked there.</numerusform>
            <numerusform>%1 of %n gateways no longer hold the key; on the others it still works until revoked there.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::KeysPage</name>
    <message numerus="yes">
        <source>The value is hidden again after %n seconds.</source>
        <translation>
            <numerusform>The value is hidden again after %n second.</numerusform>
            <numerusform>The value is hidden again after %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied “%1”. The clipboard is cleared in %n seconds.</source>
        <translation>
            <numerusform>Copied “%1”. The clipboard is cleared in %n second.</numerusform>
            <numerusform>Copied “%1”. The clipboard is cleared in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::RuleDriftDialog</name>
    <message numerus="yes">
        <source>Reading the revisions of %n gateway(s)…</source>
        <translation>
            <numerusform>Reading the revision of %n gateway…</numerusform>
            <numerusform>Reading the revisions of %n gateways…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n other gateway(s) hold the same rules as %2.</source>
        <translation>
            <numerusform>%1 of %n other gateway holds the same rules as %2.</numerusform>
            <numerusform>%1 of %n other gateways hold the same rules as %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n other gateway(s) hold rules other than %2&apos;s.</source>
        <translation>
            <numerusform>%1 of %n other gateway holds rules other than %2&apos;s.</numerusform>
            <numerusform>%1 of %n other gateways hold rules other than %2&apos;s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be asked.</source>
        <translation>
            <numerusform>%n could not be asked.</numerusform>
            <numerusform>%n could not be asked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Push %1&apos;s rules to these %n</source>
        <translation>
            <numerusform>&amp;Push %1&apos;s rules to the %n that differs</numerusform>
            <numerusform>&amp;Push %1&apos;s rules to the %n that differ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::RuleFilterBar</name>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n rule</numerusform>
            <numerusform>%n rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n rule(s)</source>
        <translation>
            <numerusform>%1 of %n rule</numerusform>
            <numerusform>%1 of %n rules</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::RulePushDialog</name>
    <message numerus="yes">
        <source>The rules of %1 (%n rule(s))</source>
        <translation>
            <numerusform>The rules of %1 (%n rule)</numerusform>
            <numerusform>The rules of %1 (%n rules)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n rule(s))</source>
        <translation>
            <numerusform>%1 (%n rule)</numerusform>
            <numerusform>%1 (%n rules)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gateway(s) will get the rule set; each applies it whole or keeps the set it has.</source>
        <translation>
            <numerusform>%n gateway will get the rule set; it applies it whole or keeps the set it has.</numerusform>
            <numerusform>%n gateways will get the rule set; each applies it whole or keeps the set it has.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pushing to %n gateway(s)…</source>
        <translation>
            <numerusform>Pushing to %n gateway…</numerusform>
            <numerusform>Pushing to %n gateways…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n gateway(s) hold the rule set now.</source>
        <translation>
            <numerusform>The %n gateway holds the rule set now.</numerusform>
            <numerusform>All %n gateways hold the rule set now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The rule set reached %1 of %n gateway(s); the others keep their previous set.</source>
        <translation>
            <numerusform>The rule set reached %1 of %n gateway; the others keep their previous set.</numerusform>
            <numerusform>The rule set reached %1 of %n gateways; the others keep their previous set.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::RulesPage</name>
    <message numerus="yes">
        <source>%n rule(s) on %1.</source>
        <translation>
            <numerusform>%n rule on %1.</numerusform>
            <numerusform>%n rules on %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rule(s) of %1 to %2.</source>
        <translation>
            <numerusform>Exported %n rule of %1 to %2.</numerusform>
            <numerusform>Exported %n rules of %1 to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::SuitesPanel</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; — %n case(s), from %2</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %n case, from %2</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %n cases, from %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::TimeChart</name>
    <message numerus="yes">
        <source>%n lines: hover the plot to read the highest</source>
        <translation>
            <numerusform>%n line: hover the plot to read the highest</numerusform>
            <numerusform>%n lines: hover the plot to read the highest</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
</context>
</TS>
