<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AdminTarget</name>
    <message>
        <source>no gateway named &apos;%1&apos; (see gatehousectl gateway list)</source>
        <translation>нет шлюза с именем &apos;%1&apos; (см. gatehousectl gateway list)</translation>
    </message>
    <message>
        <source>gateway &apos;%1&apos; has no admin API address; set one with gatehousectl gateway edit &apos;%1&apos; --admin-url URL</source>
        <translation>у шлюза &apos;%1&apos; не задан адрес API администрирования; задайте его: gatehousectl gateway edit &apos;%1&apos; --admin-url URL</translation>
    </message>
    <message>
        <source>cannot read the admin token &apos;%1&apos; of gateway &apos;%2&apos;: %3</source>
        <translation>не удалось прочитать токен администратора &apos;%1&apos; шлюза &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>--url: use the admin API root, e.g. http://127.0.0.1:8080/admin/v1</source>
        <translation>--url: укажите корень API администрирования, например http://127.0.0.1:8080/admin/v1</translation>
    </message>
    <message>
        <source>--token-env: the environment variable %1 is not set</source>
        <translation>--token-env: переменная окружения %1 не задана</translation>
    </message>
    <message>
        <source>no gateway is tagged &apos;%1&apos; (see gatehousectl gateway list)</source>
        <translation>ни у одного шлюза нет тега &apos;%1&apos; (см. gatehousectl gateway list)</translation>
    </message>
</context>
<context>
    <name>CacheCommand</name>
    <message>
        <source>say --pinned or --unpinned, not both</source>
        <translation>укажите --pinned или --unpinned, но не оба сразу</translation>
    </message>
    <message>
        <source>--param needs NAME=JSON</source>
        <translation>для --param требуется NAME=JSON</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>для %1 требуется значение</translation>
    </message>
    <message>
        <source>cache: unknown option &apos;%1&apos;</source>
        <translation>cache: неизвестный параметр &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--older-than: &apos;%1&apos; is not an age such as 90, 30s, 15m, 2h or 7d</source>
        <translation>--older-than: &apos;%1&apos; не является возрастом вида 90, 30s, 15m, 2h или 7d</translation>
    </message>
    <message>
        <source>--newer-than: &apos;%1&apos; is not an age such as 90, 30s, 15m, 2h or 7d</source>
        <translation>--newer-than: &apos;%1&apos; не является возрастом вида 90, 30s, 15m, 2h или 7d</translation>
    </message>
    <message>
        <source>--limit: &apos;%1&apos; is not a positive whole number</source>
        <translation>--limit: &apos;%1&apos; не является положительным целым числом</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 Б</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 КиБ</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 МиБ</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 ГиБ</translation>
    </message>
    <message>
        <source>the gateway&apos;s answer could not be read: %1</source>
        <translation>не удалось разобрать ответ шлюза: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a cache entry id (hexadecimal, as cache ls shows it)</source>
        <translation>&apos;%1&apos; не является ID записи кэша (шестнадцатеричным, как его показывает cache ls)</translation>
    </message>
    <message>
        <source>the id prefix &apos;%1&apos; is too short; give at least 4 digits</source>
        <translation>префикс ID &apos;%1&apos; слишком короткий; укажите не менее 4 цифр</translation>
    </message>
    <message>
        <source>no cache entry has an id starting with &apos;%1&apos;</source>
        <translation>нет записи кэша с ID, начинающимся на &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>%n cache entries have ids starting with &apos;%1&apos;; give more digits</source>
        <translation>
            <numerusform>%n запись кэша имеет ID, начинающийся на &apos;%1&apos;; укажите больше цифр</numerusform>
            <numerusform>%n записи кэша имеют ID, начинающиеся на &apos;%1&apos;; укажите больше цифр</numerusform>
            <numerusform>%n записей кэша имеют ID, начинающиеся на &apos;%1&apos;; укажите больше цифр</numerusform>
        </translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>МОДЕЛЬ</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>HITS</source>
        <translation>ПОП.</translation>
    </message>
    <message>
        <source>AGE</source>
        <translation>ВОЗР</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>ИСТЕЧЁТ</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>РАЗМЕР</translation>
    </message>
    <message>
        <source>FLAGS</source>
        <translation>ФЛАГИ</translation>
    </message>
    <message>
        <source>PROMPT</source>
        <translation>ПРОМПТ</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>model:</source>
        <translation>модель:</translation>
    </message>
    <message>
        <source>kind:</source>
        <translation>тип:</translation>
    </message>
    <message>
        <source>FAQ answer (pinned)</source>
        <translation>ответ FAQ (закреплён)</translation>
    </message>
    <message>
        <source>cached answer, pinned</source>
        <translation>кэшированный ответ, закреплён</translation>
    </message>
    <message>
        <source>cached answer</source>
        <translation>кэшированный ответ</translation>
    </message>
    <message>
        <source>created:</source>
        <translation>создано:</translation>
    </message>
    <message>
        <source>expires:</source>
        <translation>истекает:</translation>
    </message>
    <message>
        <source>hits:</source>
        <translation>попадания:</translation>
    </message>
    <message>
        <source>%1 (last %2)</source>
        <translation>%1 (последнее: %2)</translation>
    </message>
    <message>
        <source>size:</source>
        <translation>размер:</translation>
    </message>
    <message>
        <source>tokens:</source>
        <translation>токены:</translation>
    </message>
    <message>
        <source>%1 prompt, %2 completion</source>
        <translation>промпт: %1, ответ: %2</translation>
    </message>
    <message>
        <source>upstream:</source>
        <translation>апстрим:</translation>
    </message>
    <message>
        <source>%1 s saved per hit</source>
        <translation>экономия %1 с на каждое попадание</translation>
    </message>
    <message>
        <source>request:</source>
        <translation>запрос:</translation>
    </message>
    <message>
        <source>answer:</source>
        <translation>ответ:</translation>
    </message>
    <message>
        <source>%1 (pinned entries kept)</source>
        <extracomment>%1 is &quot;flushed NAME: deleted 3 entries&quot;.</extracomment>
        <translation>%1 (закреплённые записи сохранены)</translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation>запись %1 удалена</translation>
    </message>
    <message>
        <source>pinned %1 (never expires or is evicted)</source>
        <translation>запись %1 закреплена (не истекает и не вытесняется)</translation>
    </message>
    <message>
        <source>unpinned %1</source>
        <translation>запись %1 откреплена</translation>
    </message>
    <message>
        <source>cache ttl: &apos;%1&apos; is not a time to live such as 90, 30s, 15m, 2h, 7d or never</source>
        <translation>cache ttl: &apos;%1&apos; не является временем жизни вида 90, 30s, 15m, 2h, 7d или never</translation>
    </message>
    <message>
        <source>%1 now expires %2</source>
        <translation>запись %1 теперь истекает %2</translation>
    </message>
    <message>
        <source>%1 now expires never</source>
        <translation>запись %1 теперь не истекает</translation>
    </message>
    <message>
        <source>gateway:</source>
        <translation>шлюз:</translation>
    </message>
    <message>
        <source>backend:</source>
        <translation>бэкенд:</translation>
    </message>
    <message>
        <source>entries:</source>
        <translation>записи:</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>lookups:</source>
        <translation>обращения:</translation>
    </message>
    <message>
        <source>%1 hits, %2 misses (%3% hit ratio)</source>
        <translation>попаданий: %1, промахов: %2 (доля попаданий %3%)</translation>
    </message>
    <message>
        <source>saved:</source>
        <translation>сэкономлено:</translation>
    </message>
    <message>
        <source>%1 tokens, %2 s of upstream time</source>
        <translation>токенов: %1, времени апстрима: %2 с</translation>
    </message>
    <message>
        <source>cache flush deletes every entry of %1; add --yes to do it</source>
        <translation>cache flush удалит все записи %1; для подтверждения добавьте --yes</translation>
    </message>
    <message>
        <source>cache flush deletes every unpinned entry of %1; add --yes to do it</source>
        <translation>cache flush удалит все незакреплённые записи %1; для подтверждения добавьте --yes</translation>
    </message>
    <message>
        <source>cache faq add needs --model M and --question TEXT</source>
        <translation>для cache faq add нужны --model M и --question TEXT</translation>
    </message>
    <message>
        <source>cache faq add needs one of --answer TEXT or --answer-file FILE</source>
        <translation>для cache faq add нужен --answer TEXT или --answer-file FILE</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty; an FAQ answer needs text</source>
        <translation>файл %1 пуст; для ответа FAQ нужен текст</translation>
    </message>
    <message>
        <source>--param: &apos;%1&apos; is not NAME=JSON, e.g. temperature=0</source>
        <translation>--param: &apos;%1&apos; не в формате NAME=JSON, например temperature=0</translation>
    </message>
    <message>
        <source>--param %1: the value is not JSON (%2); quote strings as &apos;&quot;text&quot;&apos;</source>
        <translation>--param %1: значение не является JSON (%2); строки заключайте в кавычки: &apos;&quot;text&quot;&apos;</translation>
    </message>
    <message>
        <source>stored FAQ answer %1 on %2 (pinned)</source>
        <translation>ответ FAQ %1 сохранён на %2 (закреплён)</translation>
    </message>
    <message>
        <source>  cache ls|get ID|rm ID...|pin ID|unpin ID|ttl ID AGE|stats|flush|faq add (--target NAME | --url ADMIN_URL
        [--token-env VAR])                a gatehoused&apos;s response cache. ls filters with --search TEXT,
                                          --model M, --pinned/--unpinned, --older-than/--newer-than
                                          AGE (30s, 15m, 2h, 7d) and shows --limit N (100) or --all;
                                          IDs may be shortened to a unique prefix. rm with filters
                                          instead of IDs deletes every match (--dry-run counts them).
                                          flush --yes deletes every unpinned entry (--include-pinned:
                                          all). faq add --model M --question TEXT --answer TEXT|
                                          --answer-file FILE [--system TEXT] [--param NAME=JSON...]
                                          stores a pinned answer. ttl ID 2h|never sets a new time to
                                          live from now
</source>
        <extracomment>Keep the command, sub-command and option names and the placeholders (NAME, ADMIN_URL, VAR, ID, AGE, TEXT, M, N, FILE, JSON) as they are; the descriptions start in column 43.</extracomment>
        <translation>  cache ls|get ID|rm ID...|pin ID|unpin ID|ttl ID AGE|stats|flush|faq add (--target NAME | --url ADMIN_URL
        [--token-env VAR])                кэш ответов gatehoused. ls фильтрует по --search TEXT,
                                          --model M, --pinned/--unpinned, --older-than/--newer-than
                                          AGE (30s, 15m, 2h, 7d); вывод: --limit N (100) или --all.
                                          Достаточно уникального префикса ID. rm с фильтрами
                                          вместо ID удаляет все совпадения (--dry-run их считает).
                                          flush --yes удаляет все незакреплённые (--include-pinned:
                                          все). faq add --model M --question TEXT --answer TEXT|
                                          --answer-file FILE [--system TEXT] [--param NAME=JSON...]
                                          сохраняет закреплённый ответ. ttl ID 2h|never задаёт
                                          новое время жизни от текущего момента
</translation>
    </message>
    <message>
        <source>cache: say ls, get, rm, pin, unpin, ttl, stats, flush or faq add</source>
        <translation>cache: укажите ls, get, rm, pin, unpin, ttl, stats, flush или faq add</translation>
    </message>
    <message>
        <source>cache faq: say faq add</source>
        <translation>cache faq: укажите faq add</translation>
    </message>
    <message>
        <source>cache: unknown sub-command &apos;%1&apos;</source>
        <translation>cache: неизвестная подкоманда &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cache %1 takes one entry id</source>
        <translation>cache %1 принимает один ID записи</translation>
    </message>
    <message>
        <source>cache ttl takes an entry id and a time to live (2h, 7d, never)</source>
        <translation>cache ttl принимает ID записи и время жизни (2h, 7d, never)</translation>
    </message>
    <message>
        <source>cache %1 takes no arguments</source>
        <translation>cache %1 не принимает аргументов</translation>
    </message>
    <message>
        <source>filters (--search, --model, --pinned, …) belong to cache ls and rm</source>
        <translation>фильтры (--search, --model, --pinned, …) относятся к cache ls и rm</translation>
    </message>
    <message>
        <source>cache rm needs entry ids or a filter (--search, --model, --pinned, --unpinned, --older-than, --newer-than); to delete everything use cache flush</source>
        <translation>для cache rm нужны ID записей или фильтр (--search, --model, --pinned, --unpinned, --older-than, --newer-than); чтобы удалить всё, используйте cache flush</translation>
    </message>
    <message>
        <source>--dry-run belongs to cache rm with a filter</source>
        <translation>--dry-run относится к cache rm с фильтром</translation>
    </message>
    <message>
        <source>cache %1: name either --target NAME (a registry entry) or --url ADMIN_URL</source>
        <translation>cache %1: укажите либо --target NAME (запись реестра), либо --url ADMIN_URL</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) shown; more match (--limit N or --all)</source>
        <translation>
            <numerusform>показана %n запись; подходящих больше (--limit N или --all)</numerusform>
            <numerusform>показаны %n записи; подходящих больше (--limit N или --all)</numerusform>
            <numerusform>показано %n записей; подходящих больше (--limit N или --all)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>deleted %n entry(s) from %1</source>
        <translation>
            <numerusform>%1: удалена %n запись</numerusform>
            <numerusform>%1: удалены %n записи</numerusform>
            <numerusform>%1: удалено %n записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>flushed %1: deleted %n entry(s)</source>
        <translation>
            <numerusform>кэш %1 очищен: удалена %n запись</numerusform>
            <numerusform>кэш %1 очищен: удалены %n записи</numerusform>
            <numerusform>кэш %1 очищен: удалено %n записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) match(es) on %1 (nothing deleted)</source>
        <translation>
            <numerusform>%1: подходит %n запись (ничего не удалено)</numerusform>
            <numerusform>%1: подходят %n записи (ничего не удалено)</numerusform>
            <numerusform>%1: подходит %n записей (ничего не удалено)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatCommand</name>
    <message>
        <source>%1 needs a value</source>
        <translation>для %1 требуется значение</translation>
    </message>
    <message>
        <source>--url: use an http:// or https:// API root such as http://127.0.0.1:8080/v1</source>
        <translation>--url: укажите корень API с http:// или https://, например http://127.0.0.1:8080/v1</translation>
    </message>
    <message>
        <source>--header: write it as &apos;Name: value&apos;</source>
        <translation>--header: используйте формат &apos;Name: value&apos;</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a number</source>
        <translation>%1: &apos;%2&apos; не является числом</translation>
    </message>
    <message>
        <source>chat: unknown option &apos;%1&apos;</source>
        <translation>chat: неизвестный параметр &apos;%1&apos;</translation>
    </message>
    <message>
        <source>chat: give the prompt as one argument (quote it), or - to read it from stdin</source>
        <translation>chat: передайте промпт одним аргументом (в кавычках) или -, чтобы прочитать его из stdin</translation>
    </message>
    <message>
        <source>chat: name either --target NAME (a registry entry) or --url URL</source>
        <translation>chat: укажите либо --target NAME (запись реестра), либо --url URL</translation>
    </message>
    <message>
        <source>chat: give the PROMPT (or - to read it from stdin)</source>
        <translation>chat: укажите PROMPT (или -, чтобы прочитать его из stdin)</translation>
    </message>
    <message>
        <source>  chat (--target NAME | --url URL) [--model M] [--system S] [--stream] PROMPT
                                          ask once and print the answer (PROMPT - reads stdin);
                                          the figures go to stderr, or all in one object with
                                          --json. Also: --api-key-env VAR, --header &apos;Name: value&apos;,
                                          --temperature T, --max-tokens N, --seed N
</source>
        <extracomment>Keep the command and option names, the placeholders (NAME, URL, M, S, PROMPT, VAR, T, N) and &apos;Name: value&apos; as they are; the descriptions start in column 43.</extracomment>
        <translation>  chat (--target NAME | --url URL) [--model M] [--system S] [--stream] PROMPT
                                          задать вопрос и вывести ответ (PROMPT - читает stdin);
                                          замеры идут в stderr или, с --json, всё одним объектом.
                                          Также: --api-key-env VAR, --header &apos;Name: value&apos;,
                                          --temperature T, --max-tokens N, --seed N
</translation>
    </message>
    <message>
        <source>cannot read the prompt from standard input</source>
        <translation>не удалось прочитать промпт со стандартного ввода</translation>
    </message>
    <message>
        <source>the prompt on standard input is empty</source>
        <translation>промпт на стандартном вводе пуст</translation>
    </message>
    <message>
        <source>no gateway named &apos;%1&apos; (see gatehousectl gateway list)</source>
        <translation>нет шлюза с именем &apos;%1&apos; (см. gatehousectl gateway list)</translation>
    </message>
    <message>
        <source>gateway &apos;%1&apos; has no chat API address</source>
        <translation>у шлюза &apos;%1&apos; не задан адрес API чата</translation>
    </message>
    <message>
        <source>cannot read the API key &apos;%1&apos;: %2</source>
        <translation>не удалось прочитать API-ключ &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>cannot read the secret &apos;%1&apos; an extra header names: %2</source>
        <translation>не удалось прочитать секрет &apos;%1&apos;, указанный в дополнительном заголовке: %2</translation>
    </message>
    <message>
        <source>--api-key-env: the environment variable %1 is not set</source>
        <translation>--api-key-env: переменная окружения %1 не задана</translation>
    </message>
    <message>
        <source>cannot list the models: %1</source>
        <translation>не удалось получить список моделей: %1</translation>
    </message>
    <message>
        <source>the endpoint offers no models; name one with --model</source>
        <translation>конечная точка не предлагает моделей; укажите модель через --model</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>Nothing to test: the profile has no base URL or metrics URL. Enter one and try again.</source>
        <translation>Нечего проверять: в профиле не указан ни базовый URL, ни URL метрик. Укажите один из них и повторите попытку.</translation>
    </message>
    <message>
        <source>Cannot resolve %1 within %2 s: the DNS server does not answer. Check the network connection and the DNS settings.</source>
        <translation>Не удалось разрешить имя %1 за %2 с: DNS-сервер не отвечает. Проверьте подключение к сети и настройки DNS.</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>хост не найден</translation>
    </message>
    <message>
        <source>Cannot resolve %1: %2. Check the URL&apos;s host name.</source>
        <translation>Не удалось разрешить имя %1: %2. Проверьте имя хоста в URL.</translation>
    </message>
    <message>
        <source>Resolved %1 to %2</source>
        <translation>Имя %1 разрешено в %2</translation>
    </message>
    <message>
        <source>%1 is an address; nothing to resolve</source>
        <translation>%1 — это адрес, разрешать имя не нужно</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 s: a firewall may drop the connection, or the host is down.</source>
        <translation>Нет ответа от %1 за %2 с: возможно, подключение блокирует межсетевой экран или хост выключен.</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Подключено к %1</translation>
    </message>
    <message>
        <source>Connection refused by %1: nothing listens on that port.</source>
        <translation>Подключение к %1 отклонено: этот порт никто не прослушивает.</translation>
    </message>
    <message>
        <source>Cannot reach %1: the network or the host is unreachable. Check the address and the network connection.</source>
        <translation>Не удаётся связаться с %1: сеть или хост недоступны. Проверьте адрес и подключение к сети.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2.</source>
        <translation>Не удалось подключиться к %1: %2.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 did not finish within %2 s. Check that the port serves HTTPS, or use http://.</source>
        <translation>TLS-рукопожатие с %1 не завершилось за %2 с. Проверьте, что порт обслуживает HTTPS, или используйте http://.</translation>
    </message>
    <message>
        <source>%1 with %2: certificate for %3, %4</source>
        <translation>%1 с %2: сертификат для %3, %4</translation>
    </message>
    <message>
        <source>%1 closed the connection during the TLS handshake. Check that the port serves HTTPS, or use http://.</source>
        <translation>Хост %1 закрыл подключение во время TLS-рукопожатия. Проверьте, что порт обслуживает HTTPS, или используйте http://.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2. Check that the port serves HTTPS, or use http://.</source>
        <translation>Не удалось выполнить TLS-рукопожатие с %1: %2. Проверьте, что порт обслуживает HTTPS, или используйте http://.</translation>
    </message>
    <message>
        <source>No HTTP answer from %1 within %2 s: the server accepted the connection but did not respond. Check that the URL points at the API.</source>
        <translation>Нет HTTP-ответа от %1 за %2 с: сервер принял подключение, но не ответил. Проверьте, что URL указывает на API.</translation>
    </message>
    <message>
        <source>The server closed the connection without an HTTP answer to %1. Check that the port serves %2.</source>
        <translation>Сервер закрыл подключение, не отправив HTTP-ответ на запрос к %1. Проверьте, что порт обслуживает %2.</translation>
    </message>
    <message>
        <source>The HTTP request to %1 failed: %2.</source>
        <translation>Не удалось выполнить HTTP-запрос к %1: %2.</translation>
    </message>
    <message>
        <source>The gateway answered %1</source>
        <translation>Шлюз вернул %1</translation>
    </message>
    <message>
        <source>The gateway answered %1: it needs an API key. Store the key in the keychain and name it in the gateway&apos;s profile.</source>
        <translation>Шлюз вернул %1: требуется API-ключ. Сохраните ключ в хранилище ключей и укажите его имя в профиле шлюза.</translation>
    </message>
    <message>
        <source>The gateway answered %1: it needs an API key, and the key stored as &apos;%2&apos; was not sent. Check that the keychain holds it.</source>
        <translation>Шлюз вернул %1: требуется API-ключ, а ключ, сохранённый как &apos;%2&apos;, не был отправлен. Проверьте, что он есть в хранилище ключей.</translation>
    </message>
    <message>
        <source>The gateway answered %1: the API key was rejected. Check the key stored as &apos;%2&apos;.</source>
        <translation>Шлюз вернул %1: API-ключ отклонён. Проверьте ключ, сохранённый как &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The gateway answered %1: the API key is not allowed to use %2. Check the key stored as &apos;%3&apos; and its permissions.</source>
        <translation>Шлюз вернул %1: API-ключу запрещён доступ к %2. Проверьте ключ, сохранённый как &apos;%3&apos;, и его права.</translation>
    </message>
    <message>
        <source>HTTP %1 from %2: the gateway redirects to %3. Use that address in the profile.</source>
        <translation>HTTP %1 от %2: шлюз перенаправляет на %3. Укажите этот адрес в профиле.</translation>
    </message>
    <message>
        <source>nothing is served at that path. Check that the URL is the Prometheus server&apos;s root.</source>
        <translation>по этому пути ничего нет. Проверьте, что URL указывает на корень сервера Prometheus.</translation>
    </message>
    <message>
        <source>nothing is served at that path. Check the URL (OpenAI-compatible APIs usually end in /v1).</source>
        <translation>по этому пути ничего нет. Проверьте URL (адреса API, совместимых с OpenAI, обычно оканчиваются на /v1).</translation>
    </message>
    <message>
        <source>the gateway is limiting requests. Try again later.</source>
        <translation>шлюз ограничивает частоту запросов. Повторите попытку позже.</translation>
    </message>
    <message>
        <source>the gateway or the service behind it is unavailable. Check its logs and upstreams.</source>
        <translation>шлюз или сервис за ним недоступен. Проверьте журналы шлюза и апстримы.</translation>
    </message>
    <message>
        <source>the gateway failed to answer. Check its logs.</source>
        <translation>шлюз не смог ответить. Проверьте его журналы.</translation>
    </message>
    <message>
        <source>the gateway refused the request. Check the URL.</source>
        <translation>шлюз отклонил запрос. Проверьте URL.</translation>
    </message>
    <message>
        <source>HTTP %1 from %2: %3</source>
        <translation>HTTP %1 от %2: %3</translation>
    </message>
    <message>
        <source>HTTP %1 from %2</source>
        <translation>HTTP %1 от %2</translation>
    </message>
    <message>
        <source>The API key stored as &apos;%1&apos; was accepted</source>
        <translation>API-ключ, сохранённый как &apos;%1&apos;, принят</translation>
    </message>
    <message>
        <source>The connection to %1 works: HTTP %2 from %3.</source>
        <translation>Подключение к шлюзу «%1» работает: HTTP %2 от %3.</translation>
    </message>
</context>
<context>
    <name>Ctl</name>
    <message>
        <source>Usage: gatehousectl [--json] COMMAND [ARGS...]
Gatehouse from a terminal or a CI job.

Commands:
</source>
        <extracomment>Keep gatehousectl, --json and the placeholders COMMAND and ARGS as they are.</extracomment>
        <translation>Использование: gatehousectl [--json] COMMAND [ARGS...]
Gatehouse из терминала или задания CI.

Команды:
</translation>
    </message>
    <message>
        <source>
Options:
  --json      machine-readable output for list commands
  --help      show this help
  --version   show the version
</source>
        <extracomment>Keep the option names as they are; the descriptions start in column 15.</extracomment>
        <translation>
Параметры:
  --json      машиночитаемый вывод для команд-списков
  --help      показать эту справку
  --version   показать версию
</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>неизвестный параметр &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>неизвестная команда &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>CtlContext</name>
    <message>
        <source>%1 (see gatehousectl --help)</source>
        <extracomment>%1 is the error message; &quot;gatehousectl --help&quot; is a command, keep it as it is.</extracomment>
        <translation>%1 (см. gatehousectl --help)</translation>
    </message>
</context>
<context>
    <name>DirectProvider</name>
    <message>
        <source>%1 (provider, direct)</source>
        <translation>%1 (провайдер напрямую)</translation>
    </message>
</context>
<context>
    <name>GatewayCommand</name>
    <message>
        <source>gateway: unknown option &apos;%1&apos;</source>
        <translation>gateway: неизвестный параметр &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>для %1 требуется значение</translation>
    </message>
    <message>
        <source>%1 does not belong to &apos;gateway %2&apos;</source>
        <translation>%1 не относится к &apos;gateway %2&apos;</translation>
    </message>
    <message>
        <source>--kind: unknown kind &apos;%1&apos;; use one of %2</source>
        <translation>--kind: неизвестный тип &apos;%1&apos;; допустимые: %2</translation>
    </message>
    <message>
        <source>--poll-interval: use a whole number of seconds from %1 to %2, e.g. 15</source>
        <translation>--poll-interval: укажите целое число секунд от %1 до %2, например 15</translation>
    </message>
    <message>
        <source>No gateways yet. Add one with: gatehousectl gateway add NAME --kind KIND --url URL</source>
        <extracomment>Keep the command and its placeholders as they are.</extracomment>
        <translation>Шлюзов пока нет. Добавьте шлюз: gatehousectl gateway add NAME --kind KIND --url URL</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ТИП</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>TAGS</source>
        <translation>ТЕГИ</translation>
    </message>
    <message>
        <source>there is no gateway named &apos;%1&apos;; see gatehousectl gateway list</source>
        <translation>нет шлюза с именем &apos;%1&apos;; см. gatehousectl gateway list</translation>
    </message>
    <message>
        <source>gateway add needs --kind KIND (one of %1)</source>
        <translation>для gateway add нужен --kind KIND (одно из: %1)</translation>
    </message>
    <message>
        <source>gateway add needs --url URL, e.g. https://gw.example.com/v1</source>
        <translation>для gateway add нужен --url URL, например https://gw.example.com/v1</translation>
    </message>
    <message>
        <source>Added gateway &apos;%1&apos; (%2, %3).</source>
        <extracomment>%1 is the gateway&apos;s name, %2 its kind, %3 its URL (and %4 where its metrics are).</extracomment>
        <translation>Шлюз &apos;%1&apos; добавлен (%2, %3).</translation>
    </message>
    <message>
        <source>Added gateway &apos;%1&apos; (%2, %3, metrics at %4).</source>
        <translation>Шлюз &apos;%1&apos; добавлен (%2, %3, метрики: %4).</translation>
    </message>
    <message>
        <source>Saved gateway &apos;%1&apos;.</source>
        <translation>Шлюз &apos;%1&apos; сохранён.</translation>
    </message>
    <message>
        <source>Removed gateway &apos;%1&apos;.</source>
        <translation>Шлюз &apos;%1&apos; удалён.</translation>
    </message>
    <message>
        <source>--timeout: use a whole number of seconds from 1 to 600 (per step)</source>
        <translation>--timeout: укажите целое число секунд от 1 до 600 (на каждый шаг)</translation>
    </message>
    <message>
        <source>cannot read the API key &apos;%1&apos; of gateway &apos;%2&apos;: %3</source>
        <translation>не удалось прочитать API-ключ &apos;%1&apos; шлюза &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>  gateway list [--json]                   the gateways the console manages
  gateway add NAME --kind KIND --url URL [OPTIONS]
                                          add one; KIND: gatehouse, openai, litellm, vllm, llamacpp,
                                          ollama, kong, bifrost, tensorzero, prometheus. OPTIONS:
                                          --metrics-url U (default: the kind&apos;s usual place; &apos;&apos; for
                                          none), --admin-url U, --api-key-secret NAME,
                                          --admin-token-secret NAME (names of secrets stored with
                                          &apos;secret set&apos;), --ca-file F, --pin sha256//BASE64,
                                          --poll-interval SECONDS, --tag T (repeatable)
  gateway edit NAME [--name NEW] [--kind KIND] [--url URL] [OPTIONS]
                                          change the given fields (&apos;&apos; clears one; --tag replaces all)
  gateway remove NAME                     remove one from the registry (its secrets stay)
  gateway test NAME [--timeout SECONDS]   check DNS, TCP, TLS, HTTP and the API key
</source>
        <extracomment>Keep the command and option names, the placeholders (NAME, KIND, URL, OPTIONS, U, F, T, NEW, SECONDS), the kinds and sha256//BASE64 as they are; the descriptions start in column 43.</extracomment>
        <translation>  gateway list [--json]                   шлюзы, которыми управляет консоль
  gateway add NAME --kind KIND --url URL [OPTIONS]
                                          добавить шлюз; KIND: gatehouse, openai, litellm, vllm,
                                          llamacpp, ollama, kong, bifrost, tensorzero, prometheus.
                                          OPTIONS: --metrics-url U (по умолчанию — типовой адрес;
                                          &apos;&apos; — без метрик), --admin-url U, --api-key-secret NAME,
                                          --admin-token-secret NAME (имена из &apos;secret set&apos;),
                                          --ca-file F, --pin sha256//BASE64,
                                          --poll-interval SECONDS, --tag T (повторяемый)
  gateway edit NAME [--name NEW] [--kind KIND] [--url URL] [OPTIONS]
                                          изменить поля (&apos;&apos; очищает поле; --tag заменяет все теги)
  gateway remove NAME                     удалить из реестра (секреты шлюза остаются)
  gateway test NAME [--timeout SECONDS]   проверить DNS, TCP, TLS, HTTP и API-ключ
</translation>
    </message>
    <message>
        <source>gateway needs a sub-command: list, add, edit, remove or test</source>
        <translation>для gateway нужна подкоманда: list, add, edit, remove или test</translation>
    </message>
    <message>
        <source>unknown gateway sub-command &apos;%1&apos;</source>
        <translation>неизвестная подкоманда gateway &apos;%1&apos;</translation>
    </message>
    <message>
        <source>gateway list takes no arguments</source>
        <translation>gateway list не принимает аргументов</translation>
    </message>
    <message>
        <source>gateway %1 needs one NAME (quote names with spaces)</source>
        <translation>для gateway %1 нужен один NAME (имена с пробелами заключайте в кавычки)</translation>
    </message>
    <message>
        <source>gateway %1 needs one NAME</source>
        <translation>для gateway %1 нужен один NAME</translation>
    </message>
</context>
<context>
    <name>GatewayKind</name>
    <message>
        <source>Gatehouse gateway</source>
        <translation>Шлюз Gatehouse</translation>
    </message>
    <message>
        <source>OpenAI-compatible API</source>
        <translation>API, совместимый с OpenAI</translation>
    </message>
    <message>
        <source>LiteLLM proxy</source>
        <translation>Прокси LiteLLM</translation>
    </message>
    <message>
        <source>vLLM server</source>
        <translation>Сервер vLLM</translation>
    </message>
    <message>
        <source>llama.cpp server</source>
        <translation>Сервер llama.cpp</translation>
    </message>
    <message>
        <source>Ollama</source>
        <translation>Ollama</translation>
    </message>
    <message>
        <source>Kong AI Gateway</source>
        <translation>Kong AI Gateway</translation>
    </message>
    <message>
        <source>Bifrost</source>
        <translation>Bifrost</translation>
    </message>
    <message>
        <source>TensorZero gateway</source>
        <translation>Шлюз TensorZero</translation>
    </message>
    <message>
        <source>Prometheus server</source>
        <translation>Сервер Prometheus</translation>
    </message>
</context>
<context>
    <name>GatewayRegistry</name>
    <message>
        <source>a gateway named &quot;%1&quot; already exists; choose another name</source>
        <translation>шлюз с именем «%1» уже существует; выберите другое имя</translation>
    </message>
    <message>
        <source>There is no gateway with id %1 any more: it may have been removed elsewhere. Reload the list.</source>
        <translation>Шлюза с ID %1 больше нет: возможно, он удалён в другом месте. Обновите список.</translation>
    </message>
    <message>
        <source>Cannot %1: the console database reported &quot;%2&quot;. Check the free disk space and the permissions of %3.</source>
        <translation>Не удалось %1: база данных консоли сообщила об ошибке «%2». Проверьте свободное место на диске и права доступа к %3.</translation>
    </message>
    <message>
        <source>add the gateway &quot;%1&quot;</source>
        <translation>добавить шлюз «%1»</translation>
    </message>
    <message>
        <source>save the gateway &quot;%1&quot;</source>
        <translation>сохранить шлюз «%1»</translation>
    </message>
    <message>
        <source>remove the gateway with id %1</source>
        <translation>удалить шлюз с ID %1</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (копия)</translation>
    </message>
    <message>
        <source> (copy %1)</source>
        <translation> (копия %1)</translation>
    </message>
</context>
<context>
    <name>KeysCommand</name>
    <message>
        <source>%1 needs a value</source>
        <translation>для %1 требуется значение</translation>
    </message>
    <message>
        <source>--expires: &apos;%1&apos; is not a time such as 2027-01-31T18:00:00Z</source>
        <translation>--expires: &apos;%1&apos; не является временем вида 2027-01-31T18:00:00Z</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a whole number from 1 (per minute)</source>
        <translation>%1: &apos;%2&apos; не является целым числом от 1 (в минуту)</translation>
    </message>
    <message>
        <source>keys: unknown option &apos;%1&apos;</source>
        <translation>keys: неизвестный параметр &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the gateway&apos;s answer could not be read: %1</source>
        <translation>не удалось разобрать ответ шлюза: %1</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation>ПРЕФИКС</translation>
    </message>
    <message>
        <source>RPM</source>
        <translation>RPM</translation>
    </message>
    <message>
        <source>TPM</source>
        <translation>TPM</translation>
    </message>
    <message>
        <source>ENABLED</source>
        <translation>ВКЛ</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>ИСТЕКАЕТ</translation>
    </message>
    <message>
        <source>MODELS</source>
        <translation>МОДЕЛИ</translation>
    </message>
    <message numerus="yes">
        <source>%n access key(s)</source>
        <translation>
            <numerusform>%n ключ доступа</numerusform>
            <numerusform>%n ключа доступа</numerusform>
            <numerusform>%n ключей доступа</numerusform>
        </translation>
    </message>
    <message>
        <source>it holds no secret</source>
        <translation>в нём нет секрета</translation>
    </message>
    <message>
        <source>Created the access key &apos;%1&apos; (%2, gk-%3…).</source>
        <translation>Создан ключ доступа &apos;%1&apos; (%2, gk-%3…).</translation>
    </message>
    <message>
        <source>no access key is named &apos;%1&apos; there (see gatehousectl keys list)</source>
        <translation>там нет ключа доступа с именем &apos;%1&apos; (см. gatehousectl keys list)</translation>
    </message>
    <message>
        <source>Revoked the access key &apos;%1&apos; (%2).</source>
        <translation>Ключ доступа &apos;%1&apos; (%2) отозван.</translation>
    </message>
    <message>
        <source>  keys list|create NAME|revoke NAME (--target NAME | --url ADMIN_URL [--token-env VAR])
                                          a gatehoused&apos;s client access keys: list them; create one
                                          (--model M, repeatable; --rpm N; --tpm N; --expires TIME;
                                          --disabled) and print its secret once, or store it with
                                          --keychain SECRET instead; revoke one by name or id
  keys create|revoke NAME --group TAG     the same key on every gateway tagged TAG (one secret,
                                          only its SHA-256 sent), or revoked on each (--prefix P:
                                          only the key with that prefix); one line per gateway,
                                          exit 1 when any failed
</source>
        <extracomment>Keep the command, sub-command and option names and the placeholders (NAME, ADMIN_URL, VAR, TAG, M, N, TIME, SECRET, P) as they are; the descriptions start in column 43.</extracomment>
        <translation>  keys list|create NAME|revoke NAME (--target NAME | --url ADMIN_URL [--token-env VAR])
                                          клиентские ключи доступа gatehoused: список; создание
                                          (--model M, можно несколько; --rpm N; --tpm N; --expires TIME;
                                          --disabled) с однократным выводом секрета или, с --keychain
                                          SECRET, с сохранением в хранилище ключей; отзыв по имени или ID
  keys create|revoke NAME --group TAG     один ключ на каждом шлюзе с тегом TAG (один секрет,
                                          отправляется только его SHA-256) или его отзыв на каждом
                                          (--prefix P: только ключ с этим префиксом); по строке на шлюз,
                                          код выхода 1, если хоть один не удался
</translation>
    </message>
    <message>
        <source>keys: say list, create or revoke</source>
        <translation>keys: укажите list, create или revoke</translation>
    </message>
    <message>
        <source>keys: unknown sub-command &apos;%1&apos;</source>
        <translation>keys: неизвестная подкоманда &apos;%1&apos;</translation>
    </message>
    <message>
        <source>keys list takes no arguments</source>
        <translation>keys list не принимает аргументов</translation>
    </message>
    <message>
        <source>keys %1 takes the key&apos;s name</source>
        <translation>keys %1 принимает имя ключа</translation>
    </message>
    <message>
        <source>--model, --rpm, --tpm, --expires, --disabled and --keychain belong to &apos;keys create&apos;</source>
        <translation>--model, --rpm, --tpm, --expires, --disabled и --keychain относятся к &apos;keys create&apos;</translation>
    </message>
    <message>
        <source>--prefix belongs to &apos;keys revoke&apos;</source>
        <translation>--prefix относится к &apos;keys revoke&apos;</translation>
    </message>
    <message>
        <source>keys list shows one gateway: name it with --target</source>
        <translation>keys list показывает один шлюз: укажите его в --target</translation>
    </message>
    <message>
        <source>keys %1 goes to a --group, or to --target or --url, not both</source>
        <translation>keys %1 применяется к --group либо к --target или --url, но не к обоим</translation>
    </message>
    <message>
        <source>keys %1: name either --target NAME (a registry entry), --url ADMIN_URL or --group TAG</source>
        <translation>keys %1: укажите --target NAME (запись реестра), --url ADMIN_URL или --group TAG</translation>
    </message>
</context>
<context>
    <name>KeysFleet</name>
    <message>
        <source>the key was created but its secret could not be stored as &apos;%1&apos;: %2; revoke the key and create it again</source>
        <translation>ключ создан, но его секрет не удалось сохранить как &apos;%1&apos;: %2; отзовите ключ и создайте его заново</translation>
    </message>
    <message>
        <source>Stored the key&apos;s secret in the keychain as &apos;%1&apos;.</source>
        <translation>Секрет ключа сохранён в хранилище ключей как &apos;%1&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>the key reached %1 of %n gateways tagged &apos;%2&apos;; the others hold no key</source>
        <translation>
            <numerusform>ключ создан на %1 из %n шлюза с тегом &apos;%2&apos;; на остальных ключа нет</numerusform>
            <numerusform>ключ создан на %1 из %n шлюзов с тегом &apos;%2&apos;; на остальных ключа нет</numerusform>
            <numerusform>ключ создан на %1 из %n шлюзов с тегом &apos;%2&apos;; на остальных ключа нет</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the key is revoked on %1 of %n gateways tagged &apos;%2&apos;; it still works on the others</source>
        <translation>
            <numerusform>ключ отозван на %1 из %n шлюза с тегом &apos;%2&apos;; на остальных он ещё работает</numerusform>
            <numerusform>ключ отозван на %1 из %n шлюзов с тегом &apos;%2&apos;; на остальных он ещё работает</numerusform>
            <numerusform>ключ отозван на %1 из %n шлюзов с тегом &apos;%2&apos;; на остальных он ещё работает</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetricsCommand</name>
    <message>
        <source>%1 families, %2 samples (%3)</source>
        <extracomment>%1 and %2 are counts, %3 the format&apos;s name (prometheus, openmetrics).</extracomment>
        <translation>семейств: %1, отсчётов: %2 (%3)</translation>
    </message>
    <message>
        <source>  metrics parse FILE [--format auto|prometheus|openmetrics]
                                          list the families and samples of an exposition
  metrics scrape URL [--profile auto|ID] [--window 10s] [--timeout 10s]
                                          scrape a /metrics endpoint twice and print its signals
</source>
        <extracomment>Keep the command and option names, the placeholders (FILE, URL, ID) and the values (auto, prometheus, openmetrics, 10s) as they are; the descriptions start in column 43.</extracomment>
        <translation>  metrics parse FILE [--format auto|prometheus|openmetrics]
                                          вывести семейства и отсчёты экспозиции
  metrics scrape URL [--profile auto|ID] [--window 10s] [--timeout 10s]
                                          дважды опросить конечную точку /metrics и вывести сигналы
</translation>
    </message>
    <message>
        <source>metrics parse: unknown option &apos;%1&apos;</source>
        <translation>metrics parse: неизвестный параметр &apos;%1&apos;</translation>
    </message>
    <message>
        <source>metrics parse: one FILE only</source>
        <translation>metrics parse: допускается только один FILE</translation>
    </message>
    <message>
        <source>metrics parse: name the FILE to read (- for standard input)</source>
        <translation>metrics parse: укажите FILE для чтения (- — стандартный ввод)</translation>
    </message>
    <message>
        <source>--format: use auto, prometheus or openmetrics</source>
        <translation>--format: укажите auto, prometheus или openmetrics</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1:%2:%3: %4 (read as %5)</source>
        <extracomment>FILE:LINE:COLUMN: the parser&apos;s message (read as prometheus|openmetrics).</extracomment>
        <translation>%1:%2:%3: %4 (при разборе как %5)</translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s)</source>
        <translation>
            <numerusform>%n отсчёт</numerusform>
            <numerusform>%n отсчёта</numerusform>
            <numerusform>%n отсчётов</numerusform>
        </translation>
    </message>
    <message>
        <source>metrics: expected &apos;parse FILE&apos;, &apos;scrape URL&apos; or &apos;query --signal SIGNAL&apos;</source>
        <translation>metrics: ожидается &apos;parse FILE&apos;, &apos;scrape URL&apos; или &apos;query --signal SIGNAL&apos;</translation>
    </message>
</context>
<context>
    <name>MetricsQueryCommand</name>
    <message>
        <source>metrics query: unknown option &apos;%1&apos;</source>
        <translation>metrics query: неизвестный параметр &apos;%1&apos;</translation>
    </message>
    <message>
        <source>metrics query: unexpected argument &apos;%1&apos;</source>
        <translation>metrics query: лишний аргумент &apos;%1&apos;</translation>
    </message>
    <message>
        <source>metrics query: %1 needs a value</source>
        <translation>metrics query: для %1 требуется значение</translation>
    </message>
    <message>
        <source>%1: expected a duration such as 90s, 5m, 1h or 30d, not &apos;%2&apos;</source>
        <translation>%1: ожидается длительность вида 90s, 5m, 1h или 30d, а не &apos;%2&apos;</translation>
    </message>
    <message>
        <source>metrics query: name the Prometheus server with --target NAME (a registry entry) or --url URL</source>
        <translation>metrics query: укажите сервер Prometheus через --target NAME (запись реестра) или --url URL</translation>
    </message>
    <message>
        <source>metrics query: name the signal with --signal (one of %1)</source>
        <translation>metrics query: укажите сигнал через --signal (один из: %1)</translation>
    </message>
    <message>
        <source>--signal: no signal &apos;%1&apos; (known: %2)</source>
        <translation>--signal: нет сигнала &apos;%1&apos; (известные: %2)</translation>
    </message>
    <message>
        <source>--token-env goes with --url; a registry entry names its own secret</source>
        <translation>--token-env используется только с --url; в записи реестра указан собственный секрет</translation>
    </message>
    <message>
        <source>no gateway named &apos;%1&apos; (see gatehousectl gateway list)</source>
        <translation>нет шлюза с именем &apos;%1&apos; (см. gatehousectl gateway list)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a %2 entry, not a Prometheus server; query a Prometheus server entry (gatehousectl gateway add NAME --kind prometheus --url URL), or read this gateway with gatehousectl metrics scrape</source>
        <translation>&apos;%1&apos; — запись типа %2, а не сервер Prometheus; запрашивайте запись сервера Prometheus (gatehousectl gateway add NAME --kind prometheus --url URL) или прочитайте метрики этого шлюза командой gatehousectl metrics scrape</translation>
    </message>
    <message>
        <source>the Prometheus server entry &apos;%1&apos; has no usable http(s) address; set one with gatehousectl gateway edit &apos;%1&apos; --url URL</source>
        <translation>у записи сервера Prometheus &apos;%1&apos; нет пригодного адреса http(s); задайте его командой gatehousectl gateway edit &apos;%1&apos; --url URL</translation>
    </message>
    <message>
        <source>--url: use the Prometheus server&apos;s root, e.g. http://127.0.0.1:9090</source>
        <translation>--url: укажите корень сервера Prometheus, например http://127.0.0.1:9090</translation>
    </message>
    <message>
        <source>%1: %2 over the last %3, step %4, rate window %5</source>
        <extracomment>%1 the server, %2 the signal&apos;s id, %3 the range (&quot;1 h&quot;), %4 and %5 durations (&quot;15 s&quot;).</extracomment>
        <translation>%1: %2 за последние %3, шаг %4, окно скорости %5</translation>
    </message>
    <message>
        <source>warning from the server: %1</source>
        <translation>предупреждение сервера: %1</translation>
    </message>
    <message>
        <source>No series: the server has no data for this signal in this range. Does it scrape a gateway whose profile defines it (--profile), under this job (--job)?</source>
        <translation>Нет рядов: у сервера нет данных по этому сигналу за этот период. Опрашивает ли он шлюз, в профиле которого определён этот сигнал (--profile), с этим job (--job)?</translation>
    </message>
    <message>
        <source>instance</source>
        <extracomment>Column headings; keep them short.</extracomment>
        <translation>instance</translation>
    </message>
    <message>
        <source>job</source>
        <translation>job</translation>
    </message>
    <message>
        <source>by</source>
        <translation>разбивка</translation>
    </message>
    <message>
        <source>last</source>
        <translation>последнее</translation>
    </message>
    <message>
        <source>min</source>
        <translation>мин</translation>
    </message>
    <message>
        <source>max</source>
        <translation>макс</translation>
    </message>
    <message>
        <source>  metrics query (--target NAME | --url URL) --signal SIGNAL [--range 1h] [--step 15s]
        [--profile auto|ID] [--job JOB] [--scrape-interval 15s] [--timeout 30s]
        [--token-env VAR]
                                          read a signal per instance from a Prometheus
                                          server (fleet mode); SIGNAL is one of:
%1</source>
        <extracomment>Keep the command and option names, the placeholders (NAME, URL, SIGNAL, ID, JOB, VAR) and the values (auto, 1h, 15s, 30s) as they are; the descriptions start in column 43. %1 is the list of signal names.</extracomment>
        <translation>  metrics query (--target NAME | --url URL) --signal SIGNAL [--range 1h] [--step 15s]
        [--profile auto|ID] [--job JOB] [--scrape-interval 15s] [--timeout 30s]
        [--token-env VAR]
                                          прочитать сигнал каждого экземпляра с сервера
                                          Prometheus (режим парка); SIGNAL — один из:
%1</translation>
    </message>
    <message>
        <source>warning: skipped profile %1</source>
        <translation>предупреждение: профиль %1 пропущен</translation>
    </message>
    <message>
        <source>--profile: no profile &apos;%1&apos; (known: auto, %2)</source>
        <translation>--profile: нет профиля &apos;%1&apos; (известные: auto, %2)</translation>
    </message>
    <message>
        <source>--token-env: the environment variable %1 is not set</source>
        <translation>--token-env: переменная окружения %1 не задана</translation>
    </message>
    <message>
        <source>the profile &apos;%1&apos; defines no signal &apos;%2&apos;; it has: %3</source>
        <translation>в профиле &apos;%1&apos; не определён сигнал &apos;%2&apos;; в нём есть: %3</translation>
    </message>
</context>
<context>
    <name>MetricsScrapeCommand</name>
    <message>
        <source>%1 did not answer within %2 s; check the URL or raise --timeout</source>
        <translation>%1 не ответил за %2 с; проверьте URL или увеличьте --timeout</translation>
    </message>
    <message>
        <source>%1 answered %2 %3; check the URL (usually ends in /metrics)</source>
        <extracomment>%1 is the URL, %2 %3 the HTTP status code and reason phrase.</extracomment>
        <translation>%1 ответил %2 %3; проверьте URL (обычно он оканчивается на /metrics)</translation>
    </message>
    <message>
        <source>cannot scrape %1: %2</source>
        <translation>не удалось опросить %1: %2</translation>
    </message>
    <message>
        <source>profile  raw (no profile fits; %1 families)</source>
        <extracomment>&quot;raw&quot; is the profile&apos;s id (as --profile takes it); keep it.</extracomment>
        <translation>профиль  raw (ни один профиль не подходит; семейств: %1)</translation>
    </message>
    <message>
        <source>profile  %1 (%2), window %3 s</source>
        <extracomment>%1 is the profile&apos;s id, %2 its name, %3 the seconds between the two scrapes.</extracomment>
        <translation>профиль  %1 (%2), окно %3 с</translation>
    </message>
    <message>
        <source>metrics scrape: %1 needs a value</source>
        <translation>metrics scrape: для %1 требуется значение</translation>
    </message>
    <message>
        <source>%1: expected a duration such as 10s, 500ms or 1m, not &apos;%2&apos;</source>
        <translation>%1: ожидается длительность вида 10s, 500ms или 1m, а не &apos;%2&apos;</translation>
    </message>
    <message>
        <source>metrics scrape: unknown option &apos;%1&apos;</source>
        <translation>metrics scrape: неизвестный параметр &apos;%1&apos;</translation>
    </message>
    <message>
        <source>metrics scrape: one URL only</source>
        <translation>metrics scrape: допускается только один URL</translation>
    </message>
    <message>
        <source>metrics scrape: give the http(s) URL of a /metrics endpoint, e.g. http://127.0.0.1:8080/metrics</source>
        <translation>metrics scrape: укажите http(s) URL конечной точки /metrics, например http://127.0.0.1:8080/metrics</translation>
    </message>
    <message>
        <source>warning: skipped profile %1</source>
        <translation>предупреждение: профиль %1 пропущен</translation>
    </message>
    <message>
        <source>--profile: no profile &apos;%1&apos; (known: auto, raw, %2)</source>
        <translation>--profile: нет профиля &apos;%1&apos; (известные: auto, raw, %2)</translation>
    </message>
    <message>
        <source>%1 served an exposition that does not parse as %2: line %3, column %4: %5</source>
        <translation>%1 отдал экспозицию, которая не разбирается как %2: строка %3, столбец %4: %5</translation>
    </message>
</context>
<context>
    <name>ProfileValidation</name>
    <message>
        <source>enter a name, e.g. &quot;production&quot;</source>
        <translation>введите имя, например &quot;production&quot;</translation>
    </message>
    <message>
        <source>use at most %1 characters (this one has %2)</source>
        <translation>длина не должна превышать %1 (сейчас %2)</translation>
    </message>
    <message>
        <source>remove the line breaks and other control characters</source>
        <translation>удалите переносы строк и другие управляющие символы</translation>
    </message>
    <message>
        <source>remove the spaces at the start or the end</source>
        <translation>удалите пробелы в начале и в конце</translation>
    </message>
    <message>
        <source>enter the Prometheus server&apos;s address, e.g. http://prometheus.example.com:9090</source>
        <translation>введите адрес сервера Prometheus, например http://prometheus.example.com:9090</translation>
    </message>
    <message>
        <source>enter the API root, e.g. http://localhost:11434/v1 (Ollama has no metrics URL)</source>
        <translation>введите корневой адрес API, например http://localhost:11434/v1 (у Ollama нет URL метрик)</translation>
    </message>
    <message>
        <source>enter the API root, e.g. %1, or a metrics URL</source>
        <translation>введите корневой адрес API, например %1, или URL метрик</translation>
    </message>
    <message>
        <source>only a Gatehouse gateway has an admin API; leave it empty for a %1</source>
        <translation>API администрирования есть только у шлюза Gatehouse; для типа «%1» оставьте поле пустым</translation>
    </message>
    <message>
        <source>use the name of a secret in the keychain (letters, digits and . _ - : /, starting with a letter or digit, at most 128), not the secret itself</source>
        <translation>укажите имя секрета в хранилище ключей (буквы, цифры и . _ - : /, начинается с буквы или цифры, не длиннее 128 символов), а не сам секрет</translation>
    </message>
    <message>
        <source>give the full path of the file, e.g. /etc/ssl/gateway-ca.pem</source>
        <translation>укажите полный путь к файлу, например /etc/ssl/gateway-ca.pem</translation>
    </message>
    <message>
        <source>%1 does not exist; check the path</source>
        <translation>%1 не существует; проверьте путь</translation>
    </message>
    <message>
        <source>%1 is not a file; choose the PEM file with the CA certificate</source>
        <translation>%1 не является файлом; выберите PEM-файл с сертификатом CA</translation>
    </message>
    <message>
        <source>cannot read %1; check its permissions</source>
        <translation>не удалось прочитать %1; проверьте права доступа</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate; export the CA certificate as PEM (a text file starting with -----BEGIN CERTIFICATE-----)</source>
        <translation>%1 не содержит сертификата PEM; экспортируйте сертификат CA в формате PEM (текстовый файл, начинающийся с -----BEGIN CERTIFICATE-----)</translation>
    </message>
    <message>
        <source>use the base64 SHA-256 of the certificate&apos;s public key, 44 characters, optionally after &quot;sha256//&quot; (as in curl --pinnedpubkey)</source>
        <translation>укажите SHA-256 открытого ключа сертификата в base64, 44 символа, можно с префиксом &quot;sha256//&quot; (как в curl --pinnedpubkey)</translation>
    </message>
    <message>
        <source>use %1 to %2 seconds (not %3)</source>
        <translation>укажите значение от %1 до %2 с (не %3)</translation>
    </message>
    <message>
        <source>use at most %1 tags (there are %2)</source>
        <translation>уменьшите число тегов до %1 (сейчас %2)</translation>
    </message>
    <message>
        <source>remove the empty tag</source>
        <translation>удалите пустой тег</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tag: use at most %2 characters, no commas, line breaks or spaces at either end</source>
        <translation>&quot;%1&quot; — недопустимый тег: длина не более %2, без запятых, переносов строк и пробелов по краям</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is there twice; remove one</source>
        <translation>&quot;%1&quot; указан дважды; удалите один</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Базовый URL</translation>
    </message>
    <message>
        <source>Metrics URL</source>
        <translation>URL метрик</translation>
    </message>
    <message>
        <source>Admin URL</source>
        <translation>URL администрирования</translation>
    </message>
    <message>
        <source>API key secret</source>
        <translation>Секрет API-ключа</translation>
    </message>
    <message>
        <source>Admin token secret</source>
        <translation>Секрет токена администратора</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>Файл CA</translation>
    </message>
    <message>
        <source>Certificate pin</source>
        <translation>Пин сертификата</translation>
    </message>
    <message>
        <source>Poll interval</source>
        <translation>Интервал опроса</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>Доп. заголовки</translation>
    </message>
    <message>
        <source>Token limit field</source>
        <translation>Поле лимита токенов</translation>
    </message>
    <message>
        <source>not a valid URL; use the form https://host:port/path</source>
        <translation>недопустимый URL; используйте формат https://host:port/path</translation>
    </message>
    <message>
        <source>remove the user name and password from the URL; store credentials in the keychain and name them in the profile</source>
        <translation>удалите имя пользователя и пароль из URL; сохраните учётные данные в хранилище ключей и укажите их имена в профиле</translation>
    </message>
    <message>
        <source>use http:// or https://</source>
        <translation>используйте http:// или https://</translation>
    </message>
    <message>
        <source>add the host name, e.g. https://gateway.example.com/v1</source>
        <translation>добавьте имя хоста, например https://gateway.example.com/v1</translation>
    </message>
    <message>
        <source>remove the #fragment; the server never sees it</source>
        <translation>удалите фрагмент (#…): сервер его никогда не получает</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a header name (letters, digits and - only, no spaces)</source>
        <translation>&quot;%1&quot; — недопустимое имя заголовка (только буквы, цифры и -, без пробелов)</translation>
    </message>
    <message>
        <source>the value of %1 has a line break or control character</source>
        <translation>значение %1 содержит перенос строки или управляющий символ</translation>
    </message>
    <message>
        <source>%1 names the secret &quot;%2&quot;, which is not a valid secret name</source>
        <translation>%1 ссылается на секрет &quot;%2&quot;, но это недопустимое имя секрета</translation>
    </message>
    <message>
        <source>use max_tokens or max_completion_tokens (or leave it empty)</source>
        <translation>используйте max_tokens или max_completion_tokens (или оставьте поле пустым)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Gatehouse cannot start</source>
        <translation>Не удаётся запустить Gatehouse</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Без ограничений</translation>
    </message>
</context>
<context>
    <name>RuleHits</name>
    <message>
        <source>the metrics do not parse (%1)</source>
        <translation>метрики не разбираются (%1)</translation>
    </message>
</context>
<context>
    <name>RuleSetFile</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>стандартный ввод</translation>
    </message>
    <message>
        <source>%1 (rule &quot;%2&quot;)</source>
        <extracomment>%1 is a JSON path in the rule set, %2 a rule&apos;s id.</extracomment>
        <translation>%1 (правило &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1, offset %2</source>
        <extracomment>%1 is where in the rule set (a JSON path and rule), %2 a byte offset in its pattern.</extracomment>
        <translation>%1, смещение %2</translation>
    </message>
</context>
<context>
    <name>RulesCommand</name>
    <message>
        <source>%1 needs a value</source>
        <translation>для %1 требуется значение</translation>
    </message>
    <message>
        <source>rules: unknown option &apos;%1&apos;</source>
        <translation>rules: неизвестный параметр &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--stage: use input or output</source>
        <translation>--stage: укажите input или output</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ТИП</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>МЕРА</translation>
    </message>
    <message>
        <source>STAGES</source>
        <translation>ЭТАПЫ</translation>
    </message>
    <message>
        <source>ENABLED</source>
        <translation>ВКЛ.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>deleted rule &apos;%1&apos; from %2</source>
        <translation>%2: правило &apos;%1&apos; удалено</translation>
    </message>
    <message>
        <source>verdict: %1</source>
        <extracomment>%1 is the verdict&apos;s code as the admin API gives it (allow, block, redact, …).</extracomment>
        <translation>вердикт: %1</translation>
    </message>
    <message>
        <source>bytes %1-%2</source>
        <translation>байты %1-%2</translation>
    </message>
    <message>
        <source>redacted: %1</source>
        <translation>замаскировано: %1</translation>
    </message>
    <message>
        <source>client gets: %1 %2</source>
        <extracomment>%1 is the HTTP status the client would get, %2 the response body (JSON).</extracomment>
        <translation>клиент получит: %1 %2</translation>
    </message>
    <message>
        <source>  rules list|get ID|apply FILE|delete ID|test TEXT (--target NAME | --url ADMIN_URL [--token-env VAR])
                                          a gatehoused&apos;s content filter rules: list them (--json: the
                                          whole set, ready for apply), show one, replace the set from
                                          FILE (- reads stdin; --if-match ETAG refuses a lost update),
                                          delete one, or test TEXT (--stage input|output, --role R,
                                          --rules FILE to test rules that are not stored)
  rules push --group TAG FILE             apply FILE to every gateway tagged TAG; one line per gateway,
                                          exit 1 when any failed (the others keep the new set)
</source>
        <extracomment>Keep the command, sub-command and option names, the placeholders (ID, FILE, TEXT, NAME, ADMIN_URL, VAR, ETAG, R, TAG) and input|output as they are; the descriptions start in column 43.</extracomment>
        <translation>  rules list|get ID|apply FILE|delete ID|test TEXT (--target NAME | --url ADMIN_URL [--token-env VAR])
                                          правила фильтра контента gatehoused: вывести список
                                          (--json: весь набор для apply), показать одно, заменить
                                          набор из FILE (- читает stdin; --if-match ETAG защищает
                                          от потери изменений), удалить одно или проверить TEXT
                                          (--stage input|output, --role R, --rules FILE — черновик)
  rules push --group TAG FILE             применить FILE к шлюзам с тегом TAG; по строке на шлюз,
                                          код выхода 1 при сбое (остальные сохранят новый набор)
</translation>
    </message>
    <message>
        <source>rules: say list, get, apply, delete, test or push</source>
        <translation>rules: укажите list, get, apply, delete, test или push</translation>
    </message>
    <message>
        <source>rules: unknown sub-command &apos;%1&apos;</source>
        <translation>rules: неизвестная подкоманда &apos;%1&apos;</translation>
    </message>
    <message>
        <source>rules list takes no arguments</source>
        <translation>rules list не принимает аргументов</translation>
    </message>
    <message>
        <source>rules %1 takes one argument (quote a text with spaces)</source>
        <translation>rules %1 принимает один аргумент (текст с пробелами заключайте в кавычки)</translation>
    </message>
    <message>
        <source>rules push needs --group TAG</source>
        <translation>для rules push нужен --group TAG</translation>
    </message>
    <message>
        <source>rules push goes to a --group, not to --target or --url</source>
        <translation>rules push работает с --group, а не с --target или --url</translation>
    </message>
    <message>
        <source>--group belongs to &apos;rules push&apos;</source>
        <translation>--group относится к &apos;rules push&apos;</translation>
    </message>
    <message>
        <source>--if-match belongs to &apos;rules apply&apos;</source>
        <translation>--if-match относится к &apos;rules apply&apos;</translation>
    </message>
    <message>
        <source>rules %1: name either --target NAME (a registry entry) or --url ADMIN_URL</source>
        <translation>rules %1: укажите либо --target NAME (запись реестра), либо --url ADMIN_URL</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s), ETag %1</source>
        <translation>
            <numerusform>%n правило, ETag %1</numerusform>
            <numerusform>%n правила, ETag %1</numerusform>
            <numerusform>%n правил, ETag %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>applied %n rule(s) to %1 (ETag %2)</source>
        <translation>
            <numerusform>%1: применено %n правило (ETag %2)</numerusform>
            <numerusform>%1: применены %n правила (ETag %2)</numerusform>
            <numerusform>%1: применено %n правил (ETag %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RulesPush</name>
    <message numerus="yes">
        <source>the rule set reached %1 of %n gateways tagged &apos;%2&apos;; the others keep their previous set</source>
        <translation>
            <numerusform>набор правил доставлен на %1 из %n шлюза с тегом &apos;%2&apos;; остальные сохраняют прежний набор</numerusform>
            <numerusform>набор правил доставлен на %1 из %n шлюзов с тегом &apos;%2&apos;; остальные сохраняют прежний набор</numerusform>
            <numerusform>набор правил доставлен на %1 из %n шлюзов с тегом &apos;%2&apos;; остальные сохраняют прежний набор</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretCommand</name>
    <message>
        <source>Value of secret “%1” (input hidden): </source>
        <translation>Значение секрета «%1» (ввод скрыт): </translation>
    </message>
    <message>
        <source>the value on standard input is empty; nothing was stored. Pipe or type the secret&apos;s value, e.g. printenv OPENAI_API_KEY | gatehousectl secret set %1</source>
        <translation>значение на стандартном вводе пустое; ничего не сохранено. Передайте значение секрета через конвейер или введите его, например printenv OPENAI_API_KEY | gatehousectl secret set %1</translation>
    </message>
    <message>
        <source>Stored secret “%1” (%2) in the keychain.</source>
        <extracomment>%1 is the secret&apos;s name, %2 its kind as --kind takes it (provider-key, admin-token, …).</extracomment>
        <translation>Секрет «%1» (%2) сохранён в хранилище ключей.</translation>
    </message>
    <message>
        <source>Deleted secret “%1” from the keychain.</source>
        <translation>Секрет «%1» удалён из хранилища ключей.</translation>
    </message>
    <message>
        <source>cannot read the secret names from the console database: %1</source>
        <translation>не удалось прочитать имена секретов из базы данных консоли: %1</translation>
    </message>
    <message>
        <source>No secrets are stored. Add one with: gatehousectl secret set NAME</source>
        <extracomment>Keep the command and NAME as they are.</extracomment>
        <translation>Сохранённых секретов нет. Добавьте секрет: gatehousectl secret set NAME</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ТИП</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>ОБНОВЛЁН</translation>
    </message>
    <message>
        <source>  secret set NAME [--kind KIND]           store a secret in the OS keychain; the value is read from
                                          standard input (KIND: provider-key, admin-token,
                                          access-key, other)
  secret delete NAME                      delete a secret from the keychain
  secret list [--json]                    names, kinds and dates of the stored secrets (never values)
</source>
        <extracomment>Keep the command and option names, the placeholders (NAME, KIND) and the kinds (provider-key, admin-token, access-key, other) as they are; the descriptions start in column 43.</extracomment>
        <translation>  secret set NAME [--kind KIND]           сохранить секрет в системном хранилище ключей; значение
                                          читается со стандартного ввода (KIND: provider-key,
                                          admin-token, access-key, other)
  secret delete NAME                      удалить секрет из хранилища ключей
  secret list [--json]                    имена, типы и даты сохранённых секретов (без значений)
</translation>
    </message>
    <message>
        <source>--kind needs a value: provider-key, admin-token, access-key or other</source>
        <translation>для --kind требуется значение: provider-key, admin-token, access-key или other</translation>
    </message>
    <message>
        <source>secret: unknown option &apos;%1&apos;</source>
        <translation>secret: неизвестный параметр &apos;%1&apos;</translation>
    </message>
    <message>
        <source>secret needs a sub-command: set, delete or list</source>
        <translation>для secret нужна подкоманда: set, delete или list</translation>
    </message>
    <message>
        <source>--kind belongs to &apos;secret set&apos;</source>
        <translation>--kind относится к &apos;secret set&apos;</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos;: use provider-key, admin-token, access-key or other</source>
        <translation>неизвестный тип &apos;%1&apos;: укажите provider-key, admin-token, access-key или other</translation>
    </message>
    <message>
        <source>secret set takes only a NAME: the value is read from standard input, never from the command line</source>
        <translation>secret set принимает только NAME: значение читается со стандартного ввода, но никогда из командной строки</translation>
    </message>
    <message>
        <source>secret delete takes one NAME</source>
        <translation>secret delete принимает один NAME</translation>
    </message>
    <message>
        <source>secret list takes no arguments</source>
        <translation>secret list не принимает аргументов</translation>
    </message>
    <message>
        <source>unknown secret sub-command &apos;%1&apos;</source>
        <translation>неизвестная подкоманда secret &apos;%1&apos;</translation>
    </message>
    <message>
        <source>secret %1 needs a NAME</source>
        <translation>для secret %1 нужен NAME</translation>
    </message>
</context>
<context>
    <name>SecretKind</name>
    <message>
        <source>Provider API key</source>
        <translation>API-ключ провайдера</translation>
    </message>
    <message>
        <source>Gateway admin token</source>
        <translation>Токен администратора шлюза</translation>
    </message>
    <message>
        <source>Gateway access key</source>
        <translation>Ключ доступа к шлюзу</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>SuiteCommand</name>
    <message>
        <source>suite: the only subcommand is &apos;run FILE&apos;</source>
        <translation>suite: единственная подкоманда — &apos;run FILE&apos;</translation>
    </message>
    <message>
        <source>--target needs a gateway name</source>
        <translation>для --target нужно имя шлюза</translation>
    </message>
    <message>
        <source>--junit needs an output file</source>
        <translation>для --junit нужен выходной файл</translation>
    </message>
    <message>
        <source>--concurrency takes a number from 1 to 16</source>
        <translation>--concurrency принимает число от 1 до 16</translation>
    </message>
    <message>
        <source>suite run: unknown option &apos;%1&apos;</source>
        <translation>suite run: неизвестный параметр &apos;%1&apos;</translation>
    </message>
    <message>
        <source>suite run: one suite FILE at a time</source>
        <translation>suite run: только один FILE набора за раз</translation>
    </message>
    <message>
        <source>suite run: give the suite FILE</source>
        <translation>suite run: укажите FILE набора</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>ИТОГ</translation>
    </message>
    <message>
        <source>CASE</source>
        <translation>СЛУЧАЙ</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>ЦЕЛЬ</translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>ВСЕГО</translation>
    </message>
    <message>
        <source>FAILED CHECKS</source>
        <translation>НЕ ПРОЙДЕНО</translation>
    </message>
    <message>
        <source>no gateway named &apos;%1&apos; (see gatehousectl gateway list)</source>
        <translation>нет шлюза с именем &apos;%1&apos; (см. gatehousectl gateway list)</translation>
    </message>
    <message>
        <source>cannot write the JUnit report %1: %2</source>
        <translation>не удалось записать отчёт JUnit %1: %2</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed, %3 skipped</source>
        <translation>пройдено: %1, не пройдено: %2, пропущено: %3</translation>
    </message>
    <message>
        <source>  suite run FILE [--target NAME]... [--concurrency N] [--junit OUT.xml] [--json]
                                          run a prompt suite (docs/prompt-suites.md): a table
                                          of cases, JUnit XML for CI; exit code 1 if any fails;
                                          several --target run every case against each
</source>
        <extracomment>Keep the command and option names and the placeholders (FILE, NAME, N, OUT.xml) as they are; the descriptions start in column 43; docs/prompt-suites.md is a file name.</extracomment>
        <translation>  suite run FILE [--target NAME]... [--concurrency N] [--junit OUT.xml] [--json]
                                          запустить набор промптов (docs/prompt-suites.md): таблица
                                          случаев, JUnit XML для CI; код выхода 1 при любом провале;
                                          с несколькими --target каждый случай идёт на каждую цель
</translation>
    </message>
</context>
<context>
    <name>TlsPolicy</name>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>The certificate pin in the gateway&apos;s TLS options is not a base64 SHA-256 of a public key; correct it (44 characters, optionally after &quot;sha256//&quot;).</source>
        <translation>Пин сертификата в параметрах TLS шлюза не является SHA-256 открытого ключа в base64; исправьте его (44 символа, можно с префиксом &quot;sha256//&quot;).</translation>
    </message>
    <message>
        <source>Cannot read the CA file %1 of the gateway&apos;s TLS options: %2. Check the path and its permissions.</source>
        <translation>Не удалось прочитать файл CA %1 из параметров TLS шлюза: %2. Проверьте путь и права доступа к файлу.</translation>
    </message>
    <message>
        <source>The CA file %1 of the gateway&apos;s TLS options holds no PEM certificate; export the CA certificate as PEM.</source>
        <translation>Файл CA %1 из параметров TLS шлюза не содержит сертификата PEM; экспортируйте сертификат CA в формате PEM.</translation>
    </message>
    <message>
        <source>The certificate of host %1 does not match the pinned key (it has %2). If the gateway&apos;s key changed on purpose, update the pin in its TLS options; otherwise someone may be intercepting the connection.</source>
        <translation>Сертификат хоста %1 не совпадает с закреплённым ключом (в нём %2). Если ключ шлюза изменён намеренно, обновите пин в параметрах TLS шлюза; иначе подключение, возможно, перехватывают.</translation>
    </message>
    <message>
        <source>The certificate of host %1 expired on %2. Renew the gateway&apos;s certificate.</source>
        <translation>Срок действия сертификата хоста %1 истёк %2. Обновите сертификат шлюза.</translation>
    </message>
    <message>
        <source>The certificate of host %1 is valid only from %2. Check the clock of this computer and of the gateway.</source>
        <translation>Сертификат хоста %1 действителен только с %2. Проверьте часы на этом компьютере и на шлюзе.</translation>
    </message>
    <message>
        <source>The certificate of host %1 has been revoked. Replace the gateway&apos;s certificate.</source>
        <translation>Сертификат хоста %1 отозван. Замените сертификат шлюза.</translation>
    </message>
    <message>
        <source>The certificate of host %1 is not trusted: self-signed certificate. Add its CA file or pin it in the gateway&apos;s TLS options.</source>
        <translation>Сертификат хоста %1 не является доверенным: он самоподписанный. Добавьте файл CA или закрепите сертификат в параметрах TLS шлюза.</translation>
    </message>
    <message>
        <source>The certificate of host %1 is not trusted: issued by an unknown CA (%2). Add its CA file or pin it in the gateway&apos;s TLS options.</source>
        <translation>Сертификат хоста %1 не является доверенным: он выдан неизвестным CA (%2). Добавьте файл CA или закрепите сертификат в параметрах TLS шлюза.</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>без имени</translation>
    </message>
    <message>
        <source>The certificate of host %1 is for other names (%2). Use one of those names in the URL, or pin the certificate in the gateway&apos;s TLS options.</source>
        <translation>Сертификат хоста %1 выдан для других имён (%2). Укажите одно из этих имён в URL или закрепите сертификат в параметрах TLS шлюза.</translation>
    </message>
    <message>
        <source>The certificate of host %1 was refused: %2. Check the gateway&apos;s certificate.</source>
        <translation>Сертификат хоста %1 отклонён: %2. Проверьте сертификат шлюза.</translation>
    </message>
    <message>
        <source>The TLS connection to %1 was refused. Check the gateway&apos;s certificate.</source>
        <translation>TLS-подключение к %1 отклонено. Проверьте сертификат шлюза.</translation>
    </message>
    <message>
        <source>trusted by its pin</source>
        <translation>подтверждён пином</translation>
    </message>
    <message>
        <source>trusted by the system CAs, pin matches</source>
        <translation>подтверждён системными CA, пин совпадает</translation>
    </message>
    <message>
        <source>trusted by the CA file, pin matches</source>
        <translation>подтверждён файлом CA, пин совпадает</translation>
    </message>
    <message>
        <source>trusted by the system CAs</source>
        <translation>подтверждён системными CA</translation>
    </message>
    <message>
        <source>trusted by the system CAs or the CA file</source>
        <translation>подтверждён системными CA или файлом CA</translation>
    </message>
</context>
<context>
    <name>gatehouse::AccessKey</name>
    <message>
        <source>the access key object has no valid &quot;%1&quot;</source>
        <translation>в объекте ключа доступа нет допустимого поля &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>gatehouse::AccessKeysClient</name>
    <message>
        <source>list the access keys</source>
        <translation>получить список ключей доступа</translation>
    </message>
    <message>
        <source>The gateway&apos;s answer could not be read: %1.</source>
        <translation>Не удалось прочитать ответ шлюза: %1.</translation>
    </message>
    <message>
        <source>create the access key</source>
        <translation>создать ключ доступа</translation>
    </message>
    <message>
        <source>it holds no secret</source>
        <translation>в нём нет секрета</translation>
    </message>
    <message>
        <source>change the access key</source>
        <translation>изменить ключ доступа</translation>
    </message>
    <message>
        <source>revoke the access key</source>
        <translation>отозвать ключ доступа</translation>
    </message>
    <message>
        <source>it holds a secret, though the key was made here</source>
        <translation>в нём есть секрет, хотя ключ создан здесь</translation>
    </message>
</context>
<context>
    <name>gatehouse::AdminClient</name>
    <message>
        <source>this gateway has no admin API address (set it in the gateway&apos;s settings)</source>
        <translation>у этого шлюза не задан адрес API администрирования (укажите его в настройках шлюза)</translation>
    </message>
    <message>
        <source>The admin API answered %1 with a body that is not JSON (%2 at byte %3).</source>
        <translation>API администрирования вернул %1, но тело ответа не является JSON (%2, байт %3).</translation>
    </message>
</context>
<context>
    <name>gatehouse::AdminReply</name>
    <message>
        <source>Check the admin token stored for this gateway.</source>
        <translation>Проверьте токен администратора, сохранённый для этого шлюза.</translation>
    </message>
</context>
<context>
    <name>gatehouse::AnswerFigures</name>
    <message>
        <source>TTFT %1 ms</source>
        <translation>TTFT %1 мс</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 ток/с</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1%2 → %1%3 tokens</source>
        <translation>токены: %1%2 → %1%3</translation>
    </message>
</context>
<context>
    <name>gatehouse::CacheClient</name>
    <message>
        <source>The gateway&apos;s answer could not be read: %1.</source>
        <translation>Не удалось прочитать ответ шлюза: %1.</translation>
    </message>
    <message>
        <source>it has no &quot;entries&quot; list</source>
        <translation>в нём нет списка &quot;entries&quot;</translation>
    </message>
    <message>
        <source>it has no &quot;matched&quot; count</source>
        <translation>в нём нет числа &quot;matched&quot;</translation>
    </message>
    <message>
        <source>it has no &quot;deleted&quot; count</source>
        <translation>в нём нет числа &quot;deleted&quot;</translation>
    </message>
    <message>
        <source>it has no &quot;config.models&quot; list</source>
        <translation>в нём нет списка &quot;config.models&quot;</translation>
    </message>
</context>
<context>
    <name>gatehouse::CacheEntry</name>
    <message>
        <source>the cache entry has no valid &quot;%1&quot;</source>
        <translation>в записи кэша нет допустимого поля &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the cache statistics have no valid &quot;backend&quot; and &quot;entries&quot;</source>
        <translation>в статистике кэша нет допустимых полей &quot;backend&quot; и &quot;entries&quot;</translation>
    </message>
</context>
<context>
    <name>gatehouse::ChatChunk</name>
    <message>
        <source>the gateway sent malformed JSON (%1 at byte %2)</source>
        <translation>шлюз прислал некорректный JSON (%1, байт %2)</translation>
    </message>
    <message>
        <source>the gateway sent JSON that is not an object</source>
        <translation>шлюз прислал JSON, который не является объектом</translation>
    </message>
    <message>
        <source>the gateway&apos;s answer has no choices</source>
        <translation>в ответе шлюза нет вариантов (choices)</translation>
    </message>
</context>
<context>
    <name>gatehouse::ChatClient</name>
    <message>
        <source>the model list is not in OpenAI&apos;s shape ({&quot;data&quot;:[{&quot;id&quot;:…}]})</source>
        <translation>список моделей не в формате OpenAI ({&quot;data&quot;:[{&quot;id&quot;:…}]})</translation>
    </message>
</context>
<context>
    <name>gatehouse::ChatError</name>
    <message>
        <source>Check the API key stored for this gateway.</source>
        <translation>Проверьте API-ключ, сохранённый для этого шлюза.</translation>
    </message>
    <message>
        <source>The key is valid but may not use this model or route.</source>
        <translation>Ключ действителен, но не даёт доступа к этой модели или маршруту.</translation>
    </message>
    <message>
        <source>Check the model name and the gateway&apos;s address.</source>
        <translation>Проверьте имя модели и адрес шлюза.</translation>
    </message>
    <message>
        <source>The quota is used up; retrying will not help until it is raised.</source>
        <translation>Квота исчерпана; повторные попытки не помогут, пока её не увеличат.</translation>
    </message>
    <message>
        <source>Try again in %1.</source>
        <translation>Повторите попытку через %1.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>Wait a moment and try again.</source>
        <translation>Подождите немного и повторите попытку.</translation>
    </message>
    <message>
        <source>The gateway or its upstream failed; try again, and check the gateway&apos;s log if it persists.</source>
        <translation>Сбой шлюза или его апстрима; повторите попытку, а если ошибка не исчезнет, проверьте журнал шлюза.</translation>
    </message>
    <message>
        <source>Could not reach the gateway: %1.</source>
        <translation>Не удалось связаться со шлюзом: %1.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Остановлено.</translation>
    </message>
    <message>
        <source>The gateway answered %1.</source>
        <translation>Шлюз вернул %1.</translation>
    </message>
    <message>
        <source>The gateway answered %1: %2</source>
        <translation>Шлюз вернул %1: %2</translation>
    </message>
    <message>
        <source>The answer broke off with an error.</source>
        <translation>Ответ прервался с ошибкой.</translation>
    </message>
    <message>
        <source>The answer broke off with an error: %1</source>
        <translation>Ответ прервался с ошибкой: %1</translation>
    </message>
    <message>
        <source>The answer broke off with an error (%1).</source>
        <translation>Ответ прервался с ошибкой (%1).</translation>
    </message>
    <message>
        <source>The answer broke off with an error (%1): %2</source>
        <translation>Ответ прервался с ошибкой (%1): %2</translation>
    </message>
    <message>
        <source>Parameter: %1.</source>
        <translation>Параметр: %1.</translation>
    </message>
    <message>
        <source>Request id: %1.</source>
        <translation>ID запроса: %1.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ChatHistory</name>
    <message>
        <source>the history key is not usable</source>
        <translation>ключ истории непригоден для использования</translation>
    </message>
    <message>
        <source>cannot store the chat in the history: %1</source>
        <translation>не удалось сохранить чат в истории: %1</translation>
    </message>
</context>
<context>
    <name>gatehouse::ChatReply</name>
    <message>
        <source>the answer is larger than %1 MiB</source>
        <translation>ответ больше %1 МиБ</translation>
    </message>
    <message>
        <source>the stream sent a line longer than the parser accepts</source>
        <translation>в потоке пришла строка длиннее допустимой для разбора</translation>
    </message>
    <message>
        <source>the connection was lost after part of the answer (%1)</source>
        <translation>подключение потеряно после получения части ответа (%1)</translation>
    </message>
    <message>
        <source>the stream ended before the answer was complete (no finish reason, no [DONE])</source>
        <translation>поток завершился раньше, чем ответ был получен полностью (нет причины завершения и [DONE])</translation>
    </message>
    <message>
        <source>Could not connect to %1 within %2 s.</source>
        <translation>Не удалось подключиться к %1 за %2 с.</translation>
    </message>
    <message>
        <source>%1 accepted the request but sent nothing for %2 s (first-byte timeout).</source>
        <translation>Хост %1 принял запрос, но ничего не прислал за %2 с (тайм-аут первого байта).</translation>
    </message>
    <message>
        <source>%1 went silent for %2 s in the middle of the answer (idle timeout).</source>
        <translation>Хост %1 замолчал на %2 с посреди ответа (тайм-аут простоя).</translation>
    </message>
</context>
<context>
    <name>gatehouse::ConsoleDatabase</name>
    <message>
        <source>Cannot create the data folder %1: check that you may write there.</source>
        <translation>Не удалось создать папку данных %1: проверьте, есть ли права на запись в это место.</translation>
    </message>
    <message>
        <source>Cannot open the console database %1: %2. Check the file&apos;s permissions.</source>
        <translation>Не удалось открыть базу данных консоли %1: %2. Проверьте права доступа к файлу.</translation>
    </message>
    <message>
        <source>Cannot use the console database %1: %2.</source>
        <translation>Не удаётся использовать базу данных консоли %1: %2.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ConversationExport</name>
    <message>
        <source>System</source>
        <translation>Система</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Ассистент</translation>
    </message>
    <message>
        <source>temperature %1</source>
        <translation>temperature %1</translation>
    </message>
    <message>
        <source>top_p %1</source>
        <translation>top_p %1</translation>
    </message>
    <message>
        <source>max tokens %1</source>
        <translation>не более %1 токенов</translation>
    </message>
    <message>
        <source>seed %1</source>
        <translation>seed %1</translation>
    </message>
    <message>
        <source>stop %1</source>
        <translation>стоп-последовательности %1</translation>
    </message>
    <message>
        <source>cache %1</source>
        <translation>кэш %1</translation>
    </message>
    <message>
        <source>filter %1</source>
        <translation>фильтр %1</translation>
    </message>
    <message>
        <source>upstream %1</source>
        <translation>апстрим %1</translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation>id запроса %1</translation>
    </message>
    <message>
        <source>Conversation with %1 via %2</source>
        <translation>Разговор с %1 через %2</translation>
    </message>
    <message>
        <source>Reasoning:</source>
        <translation>Рассуждение:</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Ошибка:</translation>
    </message>
    <message>
        <source>finish reason %1</source>
        <translation>причина завершения %1</translation>
    </message>
</context>
<context>
    <name>gatehouse::EndpointResolution</name>
    <message>
        <source>cannot read the secret &apos;%1&apos; that an extra header of %2 names: %3</source>
        <translation>не удалось прочитать секрет &apos;%1&apos;, на который ссылается дополнительный заголовок шлюза «%2»: %3</translation>
    </message>
    <message>
        <source>cannot read the API key &apos;%1&apos; of %2: %3</source>
        <translation>не удалось прочитать API-ключ &apos;%1&apos; шлюза «%2»: %3</translation>
    </message>
</context>
<context>
    <name>gatehouse::HistoryKey</name>
    <message>
        <source>the keychain entry &apos;%1&apos; is not a history key (%2 bytes); remove it on the Keys page to start a new history</source>
        <translation>запись &apos;%1&apos; в хранилище ключей не является ключом истории (размер в байтах: %2); удалите её на странице «Ключи», чтобы начать новую историю</translation>
    </message>
</context>
<context>
    <name>gatehouse::LocalGateway</name>
    <message>
        <source>The local gateway could not start: %1 (%2).</source>
        <translation>Не удалось запустить локальный шлюз: %1 (%2).</translation>
    </message>
    <message>
        <source>The local gateway is not installed: gatehoused was not found next to Gatehouse or on PATH.</source>
        <translation>Локальный шлюз не установлен: gatehoused не найден ни рядом с Gatehouse, ни в PATH.</translation>
    </message>
    <message>
        <source>The local gateway&apos;s provider &quot;%1&quot; needs its key from the keychain, which is not available.</source>
        <translation>Провайдеру &quot;%1&quot; локального шлюза нужен ключ из хранилища ключей, но хранилище недоступно.</translation>
    </message>
    <message>
        <source>The local gateway did not report its address within %1 s.</source>
        <translation>Локальный шлюз не сообщил свой адрес за %1 с.</translation>
    </message>
    <message>
        <source>The local gateway could not read the key &quot;%1&quot; of provider &quot;%2&quot;: %3</source>
        <translation>Локальному шлюзу не удалось прочитать ключ &quot;%1&quot; провайдера &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>The local gateway cannot create its directory %1.</source>
        <translation>Локальный шлюз не может создать свой каталог %1.</translation>
    </message>
    <message>
        <source>The local gateway cannot write its config %1: %2</source>
        <translation>Локальный шлюз не может записать свою конфигурацию %1: %2</translation>
    </message>
    <message>
        <source>The local gateway crashed. Its last words: %1</source>
        <translation>Локальный шлюз аварийно завершился. Последний вывод: %1</translation>
    </message>
    <message>
        <source>The local gateway stopped (exit code %1): %2</source>
        <translation>Локальный шлюз остановлен (код выхода %1): %2</translation>
    </message>
</context>
<context>
    <name>gatehouse::Migrations</name>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation>не удалось прочитать версию схемы: %1</translation>
    </message>
    <message>
        <source>the database was written by a newer Gatehouse (schema %1, this one knows up to %2); update Gatehouse or open another data directory</source>
        <translation>база данных записана более новой версией Gatehouse (схема %1, эта версия знает схемы до %2); обновите Gatehouse или откройте другой каталог данных</translation>
    </message>
    <message>
        <source>cannot start migration %1: %2</source>
        <translation>не удалось начать миграцию %1: %2</translation>
    </message>
    <message>
        <source>migration %1 (%2) failed: %3</source>
        <translation>миграция %1 (%2) не выполнена: %3</translation>
    </message>
    <message>
        <source>migration %1 could not be committed: %2</source>
        <translation>не удалось зафиксировать миграцию %1: %2</translation>
    </message>
</context>
<context>
    <name>gatehouse::PromptSuite</name>
    <message>
        <source>unknown field (known: %1)</source>
        <translation>неизвестное поле (допустимые: %1)</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>должно быть строкой</translation>
    </message>
    <message>
        <source>must be a string or a list of strings</source>
        <translation>должно быть строкой или списком строк</translation>
    </message>
    <message>
        <source>must list strings only</source>
        <translation>список должен содержать только строки</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation>должно быть числом от %1 до %2</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>должно быть true или false</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>должно быть объектом</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>некорректный JSON в байте %1: %2</translation>
    </message>
    <message>
        <source>a suite is a JSON object with &quot;cases&quot;</source>
        <translation>набор промптов — это объект JSON с полем &quot;cases&quot;</translation>
    </message>
    <message>
        <source>cases: list at least one case</source>
        <translation>cases: укажите хотя бы один случай</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: должно быть объектом</translation>
    </message>
    <message>
        <source>give the prompt to send</source>
        <translation>укажите промпт для отправки</translation>
    </message>
    <message>
        <source>give a model here or for the whole suite</source>
        <translation>укажите модель здесь или для всего набора</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удалось прочитать %1: %2</translation>
    </message>
</context>
<context>
    <name>gatehouse::ProviderUpstream</name>
    <message>
        <source>The provider name &quot;%1&quot; must start with a letter or digit and use only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 64).</source>
        <translation>Имя провайдера &quot;%1&quot; должно начинаться с буквы или цифры и содержать только буквы, цифры, &apos;.&apos;, &apos;_&apos; и &apos;-&apos; (не более 64 символов).</translation>
    </message>
    <message>
        <source>The name &quot;demo&quot; belongs to the built-in demo provider; choose another.</source>
        <translation>Имя &quot;demo&quot; занято встроенным демо-провайдером; выберите другое.</translation>
    </message>
    <message>
        <source>The provider &quot;%1&quot; needs an http:// or https:// address, e.g. https://api.openai.com/v1.</source>
        <translation>Для провайдера &quot;%1&quot; нужен адрес http:// или https://, например https://api.openai.com/v1.</translation>
    </message>
    <message>
        <source>The provider &quot;%1&quot; needs at least one model name.</source>
        <translation>Для провайдера &quot;%1&quot; нужно указать хотя бы одно имя модели.</translation>
    </message>
    <message>
        <source>The provider &quot;%1&quot; has an invalid model name &quot;%2&quot;.</source>
        <translation>У провайдера &quot;%1&quot; недопустимое имя модели &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1: cannot read the local gateway&apos;s providers: %2</source>
        <translation>%1: не удалось прочитать провайдеры локального шлюза: %2</translation>
    </message>
    <message>
        <source>%1: the local gateway&apos;s providers are not valid JSON (%2 at byte %3)</source>
        <translation>%1: провайдеры локального шлюза — некорректный JSON (%2, байт %3)</translation>
    </message>
    <message>
        <source>%1: cannot save the local gateway&apos;s providers: %2</source>
        <translation>%1: не удалось сохранить провайдеры локального шлюза: %2</translation>
    </message>
</context>
<context>
    <name>gatehouse::RuleSetPush</name>
    <message>
        <source>its rules changed since they were read; nothing was replaced. Check again, then push.</source>
        <translation>его правила изменились после чтения; ничего не заменено. Проверьте ещё раз, затем отправьте.</translation>
    </message>
</context>
<context>
    <name>gatehouse::SecretCatalog</name>
    <message>
        <source>“%1” is not a valid secret name: use 1–128 ASCII letters, digits and . _ - : /, starting with a letter or digit.</source>
        <translation>«%1» — недопустимое имя секрета: используйте от 1 до 128 символов ASCII (буквы, цифры и . _ - : /), начиная с буквы или цифры.</translation>
    </message>
    <message>
        <source>The name is not a valid secret name: use 1–128 ASCII letters, digits and . _ - : /, starting with a letter or digit.</source>
        <translation>Это имя недопустимо для секрета: используйте от 1 до 128 символов ASCII (буквы, цифры и . _ - : /), начиная с буквы или цифры.</translation>
    </message>
</context>
<context>
    <name>gatehouse::SecretStore</name>
    <message>
        <source>Access to the keychain was refused. Allow Gatehouse to use the keychain when it asks, then try again.</source>
        <translation>В доступе к хранилищу ключей отказано. Разрешите Gatehouse использовать хранилище ключей, когда появится запрос, и повторите попытку.</translation>
    </message>
    <message>
        <source>The keychain refused access (%1). Unlock it and allow Gatehouse to use it, then try again.</source>
        <translation>Хранилище ключей отказало в доступе (%1). Разблокируйте его, разрешите Gatehouse его использовать и повторите попытку.</translation>
    </message>
    <message>
        <source>No keychain is available (%1). Install and unlock a keychain (gnome-keyring or KWallet on Linux), then try again.</source>
        <translation>Хранилище ключей недоступно (%1). Установите и разблокируйте хранилище ключей (в Linux — gnome-keyring или KWallet) и повторите попытку.</translation>
    </message>
    <message>
        <source>The keychain failed: %1.</source>
        <translation>Сбой хранилища ключей: %1.</translation>
    </message>
    <message>
        <source>No keychain is available: there is no D-Bus session bus, so no Secret Service can answer. Start Gatehouse in a desktop session with gnome-keyring or KWallet running and unlocked, then try again.</source>
        <translation>Хранилище ключей недоступно: нет сеансовой шины D-Bus, поэтому Secret Service не может ответить. Запустите Gatehouse в сеансе рабочего стола, где gnome-keyring или KWallet запущен и разблокирован, и повторите попытку.</translation>
    </message>
    <message>
        <source>No keychain is available: no Secret Service answers on the D-Bus session bus. Install and unlock gnome-keyring or KWallet, then try again.</source>
        <translation>Хранилище ключей недоступно: на сеансовой шине D-Bus не отвечает ни один Secret Service. Установите и разблокируйте gnome-keyring или KWallet и повторите попытку.</translation>
    </message>
    <message>
        <source>No keychain is available: the Secret Service has no default keyring. Create one in your keyring manager (for example Seahorse) and unlock it, then try again.</source>
        <translation>Хранилище ключей недоступно: в Secret Service нет связки ключей по умолчанию. Создайте её в менеджере ключей (например, Seahorse), разблокируйте и повторите попытку.</translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock it in your keyring manager (for example Seahorse) or accept its unlock prompt, then try again.</source>
        <translation>Хранилище ключей заблокировано. Разблокируйте его в менеджере ключей (например, Seahorse) или подтвердите запрос на разблокировку и повторите попытку.</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s; it may be waiting for you to unlock it.</source>
        <translation>Хранилище ключей не ответило за %1 с; возможно, оно ждёт разблокировки.</translation>
    </message>
    <message>
        <source>No secret named “%1” is stored in the keychain.</source>
        <translation>В хранилище ключей нет секрета с именем «%1».</translation>
    </message>
    <message>
        <source>The secret “%1” was not stored: its value is empty.</source>
        <translation>Секрет «%1» не сохранён: его значение пустое.</translation>
    </message>
    <message>
        <source>The secret “%1” was replaced in the keychain, but the console database could not record the change (%2).</source>
        <translation>Секрет «%1» заменён в хранилище ключей, но базе данных консоли не удалось записать изменение (%2).</translation>
    </message>
    <message>
        <source>The secret “%1” was not stored: the console database could not record its name (%2). Check that the data folder is writable, then try again.</source>
        <translation>Секрет «%1» не сохранён: базе данных консоли не удалось записать его имя (%2). Проверьте, что папка данных доступна для записи, и повторите попытку.</translation>
    </message>
    <message>
        <source>The secret “%1” was deleted from the keychain, but the console database still lists it (%2); delete it again once the data folder is writable.</source>
        <translation>Секрет «%1» удалён из хранилища ключей, но база данных консоли всё ещё его содержит (%2); удалите его ещё раз, когда папка данных станет доступна для записи.</translation>
    </message>
</context>
<context>
    <name>gatehouse::SuiteChecks</name>
    <message>
        <source>got %1</source>
        <translation>получено: %1</translation>
    </message>
    <message>
        <source>it answered without error</source>
        <translation>ответ пришёл без ошибки</translation>
    </message>
    <message>
        <source>not in the answer</source>
        <translation>нет в ответе</translation>
    </message>
    <message>
        <source>found in the answer</source>
        <translation>найдено в ответе</translation>
    </message>
    <message>
        <source>no match in the answer</source>
        <translation>в ответе нет совпадений</translation>
    </message>
    <message>
        <source>no token came</source>
        <translation>не пришло ни одного токена</translation>
    </message>
    <message>
        <source>took %1 ms</source>
        <translation>заняло %1 мс</translation>
    </message>
    <message>
        <source>no cache verdict</source>
        <translation>нет вердикта кэша</translation>
    </message>
    <message>
        <source>no filter verdict</source>
        <translation>нет вердикта фильтра</translation>
    </message>
</context>
<context>
    <name>gatehouse::SuiteRunner</name>
    <message>
        <source>no target: give one in the suite, the case or with --target</source>
        <translation>не задана цель: укажите её в наборе, в случае или через --target</translation>
    </message>
    <message>
        <source>no gateway named &apos;%1&apos; in the registry</source>
        <translation>в реестре нет шлюза с именем &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>gatehouse::TransportError</name>
    <message>
        <source>cannot resolve %1 (check the host name in the gateway&apos;s address)</source>
        <translation>не удалось разрешить имя %1 (проверьте имя хоста в адресе шлюза)</translation>
    </message>
    <message>
        <source>%1:%2 refused the connection (is the gateway running?)</source>
        <translation>%1:%2 отклонил подключение (запущен ли шлюз?)</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering</source>
        <translation>хост %1 закрыл подключение, не ответив</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2.</source>
        <translation>Не удалось выполнить TLS-рукопожатие с %1: %2.</translation>
    </message>
    <message>
        <source>%1 stopped answering (network timeout).</source>
        <translation>Хост %1 перестал отвечать (сетевой тайм-аут).</translation>
    </message>
</context>
<context>
    <name>gatehouse::metrics::AlertRules</name>
    <message>
        <source>down: %1</source>
        <translation>недоступен: %1</translation>
    </message>
    <message>
        <source>up again</source>
        <translation>снова доступен</translation>
    </message>
    <message>
        <source>p95 latency %1 above %2 for %3 min</source>
        <translation>задержка p95 %1 выше %2 в течение %3 мин</translation>
    </message>
    <message>
        <source>p95 latency back under the threshold</source>
        <translation>задержка p95 снова ниже порога</translation>
    </message>
    <message>
        <source>error ratio %1 above %2</source>
        <translation>доля ошибок %1 выше %2</translation>
    </message>
    <message>
        <source>error ratio back under the threshold</source>
        <translation>доля ошибок снова ниже порога</translation>
    </message>
</context>
<context>
    <name>gatehouse::metrics::FleetLatest</name>
    <message>
        <source>No metric profile defines the tiles&apos; figures.</source>
        <translation>Ни один профиль метрик не определяет показатели плиток.</translation>
    </message>
</context>
<context>
    <name>gatehouse::metrics::Poller</name>
    <message>
        <source>The key &quot;%1&quot; cannot be read: no keychain is available.</source>
        <translation>Не удалось прочитать ключ &quot;%1&quot;: хранилище ключей недоступно.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; cannot be read: %2</source>
        <translation>Не удалось прочитать ключ &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>%1 gave no complete answer within %2 s.</source>
        <translation>Хост %1 не прислал полного ответа за %2 с.</translation>
    </message>
    <message>
        <source>%1 sent more than %2 MB of metrics; the scrape was stopped.</source>
        <translation>Хост %1 прислал более %2 МБ метрик; опрос прерван.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2.</source>
        <translation>Не удалось выполнить TLS-рукопожатие с %1: %2.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3: it wants a key; set one on the gateway&apos;s entry.</source>
        <translation>%1: ответ HTTP %2 %3 — требуется ключ; укажите его в записи шлюза.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3: check the key &quot;%4&quot;.</source>
        <translation>%1: ответ HTTP %2 %3 — проверьте ключ &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3.</source>
        <translation>%1: ответ HTTP %2 %3.</translation>
    </message>
    <message>
        <source>Cannot resolve %1: check the host name of the metrics URL.</source>
        <translation>Не удалось разрешить имя %1: проверьте имя хоста в URL метрик.</translation>
    </message>
    <message>
        <source>%1:%2 refused the connection: is the gateway running?</source>
        <translation>%1:%2 отклоняет подключение: запущен ли шлюз?</translation>
    </message>
    <message>
        <source>Scraping %1 failed: %2.</source>
        <translation>Не удалось опросить %1: %2.</translation>
    </message>
</context>
<context>
    <name>gatehouse::metrics::PrometheusClient</name>
    <message>
        <source>Prometheus server %1</source>
        <translation>Сервер Prometheus %1</translation>
    </message>
    <message>
        <source>Prometheus server &quot;%1&quot; (%2)</source>
        <translation>Сервер Prometheus &quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <source>The query %1 to %2 failed: %3</source>
        <translation>Не удалось выполнить запрос %1 к %2: %3</translation>
    </message>
    <message>
        <source>the credential &quot;%1&quot; cannot be read: no keychain is available</source>
        <translation>не удалось прочитать учётные данные &quot;%1&quot;: хранилище ключей недоступно</translation>
    </message>
    <message>
        <source>the credential &quot;%1&quot; cannot be read: %2</source>
        <translation>не удалось прочитать учётные данные &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>gatehouse::metrics::PrometheusReply</name>
    <message>
        <source>it was cancelled</source>
        <translation>запрос отменён</translation>
    </message>
    <message>
        <source>no complete answer within %1 s; choose a shorter range or a coarser step, or check that the server is reachable</source>
        <translation>полный ответ не получен за %1 с; выберите более короткий период или более крупный шаг либо проверьте, доступен ли сервер</translation>
    </message>
    <message>
        <source>the answer grew beyond %1 MB and was stopped; narrow the range or the selection</source>
        <translation>ответ превысил %1 МБ и был прерван; сократите период или сузьте выборку</translation>
    </message>
    <message>
        <source>the TLS handshake with %1 failed: %2</source>
        <translation>не удалось выполнить TLS-рукопожатие с %1: %2</translation>
    </message>
    <message>
        <source>HTTP %1: it redirects to %2; use that address for the server</source>
        <translation>HTTP %1: сервер перенаправляет на %2; укажите для сервера этот адрес</translation>
    </message>
    <message>
        <source>HTTP 404: there is no Prometheus HTTP API at this address; give the server&apos;s root (e.g. http://host:9090)</source>
        <translation>HTTP 404: по этому адресу нет HTTP API Prometheus; укажите корень сервера (например, http://host:9090)</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>cannot resolve %1; check the server&apos;s host name</source>
        <translation>не удалось разрешить имя %1; проверьте имя хоста сервера</translation>
    </message>
    <message>
        <source>%1:%2 refused the connection; is Prometheus running there?</source>
        <translation>%1:%2 отклонил подключение; запущен ли там Prometheus?</translation>
    </message>
    <message>
        <source>the connection was aborted</source>
        <translation>подключение прервано</translation>
    </message>
    <message>
        <source>check the query and that the range has at most 11,000 steps</source>
        <translation>проверьте запрос и то, что период содержит не более 11 000 шагов</translation>
    </message>
    <message>
        <source>the server could not evaluate it; narrow the selection (e.g. to one job) or the range</source>
        <translation>сервер не смог вычислить запрос; сузьте выборку (например, до одного job) или период</translation>
    </message>
    <message>
        <source>choose a shorter range or a coarser step, or raise the server&apos;s --query.timeout</source>
        <translation>выберите более короткий период или более крупный шаг либо увеличьте --query.timeout на сервере</translation>
    </message>
    <message>
        <source>check the server&apos;s address</source>
        <translation>проверьте адрес сервера</translation>
    </message>
    <message>
        <source>try again; if it persists, see the server&apos;s log</source>
        <translation>повторите попытку; если ошибка не исчезнет, см. журнал сервера</translation>
    </message>
    <message>
        <source>the server refused it with %1 (HTTP %2): %3; %4</source>
        <translation>сервер отклонил запрос (%1, HTTP %2): %3; %4</translation>
    </message>
    <message>
        <source>the answer is not the Prometheus API&apos;s JSON (%1); check that the address is a Prometheus server</source>
        <translation>ответ не является JSON API Prometheus (%1); проверьте, что адрес указывает на сервер Prometheus</translation>
    </message>
    <message>
        <source>%1: the server wants a credential; name a secret on the entry (user:password for basic auth, anything else is sent as a bearer token)</source>
        <translation>%1: сервер требует учётные данные; укажите секрет в записи (user:password — для basic-аутентификации, любое другое значение отправляется как bearer-токен)</translation>
    </message>
    <message>
        <source>%1: the server does not accept the credential &quot;%2&quot;; check it (user:password for basic auth, anything else is sent as a bearer token)</source>
        <translation>%1: сервер не принимает учётные данные &quot;%2&quot;; проверьте их (user:password — для basic-аутентификации, любое другое значение отправляется как bearer-токен)</translation>
    </message>
</context>
<context>
    <name>gatehouse::metrics::RuleHitsReader</name>
    <message>
        <source>%1 has no metrics URL; add it on the Gateways page to count hits.</source>
        <translation>у шлюза %1 не задан адрес метрик; укажите его на странице «Шлюзы», чтобы считать срабатывания.</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; for %2&apos;s metrics cannot be read: no keychain is available.</source>
        <translation>не удалось прочитать ключ «%1» для метрик %2: связка ключей недоступна.</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; for %2&apos;s metrics cannot be read: %3</source>
        <translation>не удалось прочитать ключ «%1» для метрик %2: %3</translation>
    </message>
    <message>
        <source>%1 gave no answer within %2 s.</source>
        <translation>%1 не ответил за %2 с.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3.</source>
        <translation>%1 ответил HTTP %2 %3.</translation>
    </message>
    <message>
        <source>%1 refused the connection: is %2 running?</source>
        <translation>%1 отклонил соединение: запущен ли %2?</translation>
    </message>
    <message>
        <source>reading %1 failed: %2.</source>
        <translation>не удалось прочитать %1: %2.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::AboutDialog</name>
    <message>
        <source>About Gatehouse</source>
        <translation>О программе Gatehouse</translation>
    </message>
    <message>
        <source>An admin console for LLM chat gateways: keys in your keychain, gateways, test chat, filter rules, cache entries and dashboards in one place.</source>
        <translation>Консоль администратора шлюзов LLM-чатов: ключи в хранилище ключей, шлюзы, тестовый чат, правила фильтрации, записи кэша и мониторинг в одном месте.</translation>
    </message>
    <message>
        <source>system</source>
        <translation>системная</translation>
    </message>
    <message>
        <source>interface, network, SQL</source>
        <translation>интерфейс, сеть, SQL</translation>
    </message>
    <message>
        <source>keys in the OS keychain</source>
        <translation>ключи в хранилище ОС</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>общественное достояние</translation>
    </message>
    <message>
        <source>the console&apos;s database</source>
        <translation>база данных консоли</translation>
    </message>
    <message>
        <source>chat history encryption</source>
        <translation>шифрование истории чатов</translation>
    </message>
    <message>
        <source>rule sets</source>
        <translation>наборы правил</translation>
    </message>
    <message>
        <source>filter rules, suite checks</source>
        <translation>правила фильтрации, проверки наборов</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Библиотеки</translation>
    </message>
    <message>
        <source>gatehoused, the gateway, also uses Boost.Asio and Boost.Beast (BSL-1.0), toml++ (MIT) and hiredis (BSD-3-Clause).</source>
        <translation>Шлюз gatehoused также использует Boost.Asio и Boost.Beast (BSL-1.0), toml++ (MIT) и hiredis (BSD-3-Clause).</translation>
    </message>
    <message>
        <source>Built on:</source>
        <translation>Основано на:</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::AccessKeyDialog</name>
    <message>
        <source> req/min</source>
        <translation> запр./мин</translation>
    </message>
    <message>
        <source> tok/min</source>
        <translation> ток/мин</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Истекает</translation>
    </message>
    <message>
        <source>Log prompt and answer text for this key</source>
        <translation>Записывать в журнал текст промптов и ответов для этого ключа</translation>
    </message>
    <message>
        <source>Edit access key</source>
        <translation>Изменить ключ доступа</translation>
    </message>
    <message>
        <source>New access key</source>
        <translation>Новый ключ доступа</translation>
    </message>
    <message>
        <source>e.g. web-shop-prod</source>
        <translation>например, web-shop-prod</translation>
    </message>
    <message>
        <source>Key name</source>
        <translation>Имя ключа</translation>
    </message>
    <message>
        <source>All models (or a comma-separated list)</source>
        <translation>Все модели (или список через запятую)</translation>
    </message>
    <message>
        <source>Allowed models</source>
        <translation>Разрешённые модели</translation>
    </message>
    <message>
        <source>Requests per minute</source>
        <translation>Запросов в минуту</translation>
    </message>
    <message>
        <source>Tokens per minute</source>
        <translation>Токенов в минуту</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Срок действия</translation>
    </message>
    <message>
        <source>Off by default: the access log then holds timings and sizes, never text.</source>
        <translation>По умолчанию выключено: журнал доступа тогда хранит только время и размеры, но не текст.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Models:</source>
        <translation>&amp;Модели:</translation>
    </message>
    <message>
        <source>&amp;Requests:</source>
        <translation>&amp;Запросы:</translation>
    </message>
    <message>
        <source>&amp;Tokens:</source>
        <translation>&amp;Токены:</translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation>Срок действия:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Create key</source>
        <translation>Создать ключ</translation>
    </message>
    <message>
        <source>Give the key a name, so that the access log and metrics can tell its callers apart.</source>
        <translation>Укажите имя ключа, чтобы в журнале доступа и метриках можно было различать его клиентов.</translation>
    </message>
    <message>
        <source>The expiry is in the past; pick a later date or untick &quot;Expires on&quot;.</source>
        <translation>Срок действия уже прошёл; выберите более позднюю дату или снимите флажок «Истекает».</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::AccessKeyTableModel</name>
    <message>
        <source>Expired</source>
        <translation>Истёк</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Выключен</translation>
    </message>
    <message>
        <source>%1 req/min</source>
        <translation>%1 запр./мин</translation>
    </message>
    <message>
        <source>%1 tok/min</source>
        <translation>%1 ток/мин</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Без ограничений</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>Все модели</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <source>Only the start of the key is known; the whole key was shown once, when it was created.</source>
        <translation>Известно только начало ключа; полностью ключ был показан один раз — при создании.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Модели</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Лимиты</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Истекает</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Использован</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::AccessKeysPanel</name>
    <message>
        <source>Access key problem</source>
        <translation>Проблема с ключом доступа</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;New access key…</source>
        <translation>&amp;Новый ключ доступа…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Выключить</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>О&amp;тозвать…</translation>
    </message>
    <message>
        <source>Gateway:</source>
        <translation>Шлюз:</translation>
    </message>
    <message>
        <source>Access keys</source>
        <translation>Ключи доступа</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>Не удалось %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n access key(s) on %1.</source>
        <translation>
            <numerusform>%n ключ доступа на шлюзе %1.</numerusform>
            <numerusform>%n ключа доступа на шлюзе %1.</numerusform>
            <numerusform>%n ключей доступа на шлюзе %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Created the access key &quot;%1&quot;.</source>
        <translation>Ключ доступа «%1» создан.</translation>
    </message>
    <message>
        <source>Saved the access key &quot;%1&quot;.</source>
        <translation>Ключ доступа «%1» сохранён.</translation>
    </message>
    <message>
        <source>Enabled the access key &quot;%1&quot;.</source>
        <translation>Ключ доступа «%1» включён.</translation>
    </message>
    <message>
        <source>Disabled the access key &quot;%1&quot;: its callers get 401 now.</source>
        <translation>Ключ доступа «%1» выключен: запросы с ним теперь получают 401.</translation>
    </message>
    <message>
        <source>Revoke access key</source>
        <translation>Отозвать ключ доступа</translation>
    </message>
    <message>
        <source>Revoke the access key &quot;%1&quot; on %2? Applications using it are refused at once; this cannot be undone.</source>
        <translation>Отозвать ключ доступа «%1» на шлюзе %2? Приложения, использующие его, сразу получат отказ; это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Revoked the access key &quot;%1&quot;.</source>
        <translation>Ключ доступа «%1» отозван.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Запрос к %1…</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Включить</translation>
    </message>
    <message>
        <source>New key on a &amp;group…</source>
        <translation>Новый ключ для &amp;группы…</translation>
    </message>
    <message>
        <source>New access key on a group</source>
        <translation>Новый ключ доступа для группы</translation>
    </message>
    <message>
        <source>Revoke on a gro&amp;up…</source>
        <translation>Отозвать в гр&amp;уппе…</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::AdminGatewayPicker</name>
    <message>
        <source>Gateway</source>
        <translation>Шлюз</translation>
    </message>
    <message>
        <source>No gateway with an admin API is registered. Add a Gatehouse gateway with its admin address and admin token on the Gateways page — the local gateway is one once it runs.</source>
        <translation>Не зарегистрировано ни одного шлюза с API администрирования. Добавьте шлюз Gatehouse с адресом администрирования и токеном администратора на странице «Шлюзы» — локальный шлюз становится таким после запуска.</translation>
    </message>
    <message>
        <source>Tag &quot;%1&quot; (%2 gateways)</source>
        <translation>Тег &quot;%1&quot; (шлюзов: %2)</translation>
    </message>
    <message>
        <source>The gateway &quot;%1&quot; is no longer registered.</source>
        <translation>Шлюз «%1» больше не зарегистрирован.</translation>
    </message>
    <message>
        <source>The admin token &quot;%1&quot; of %2 could not be read: %3</source>
        <translation>Не удалось прочитать токен администратора &quot;%1&quot; шлюза «%2»: %3</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::AlertCenter</name>
    <message>
        <source>Gatehouse</source>
        <translation>Gatehouse</translation>
    </message>
    <message>
        <source>Gateway %1</source>
        <translation>Шлюз %1</translation>
    </message>
    <message>
        <source>%1: alert</source>
        <translation>%1: оповещение</translation>
    </message>
    <message>
        <source>%1: resolved</source>
        <translation>%1: оповещение снято</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::AlertLogDialog</name>
    <message>
        <source>Alert log</source>
        <translation>Журнал оповещений</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Шлюз</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>alert</source>
        <translation>оповещение</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>устранено</translation>
    </message>
    <message>
        <source>No alerts yet. Set thresholds with Alerts… on a gateway&apos;s dashboard.</source>
        <translation>Оповещений пока нет. Задайте пороги кнопкой «Оповещения…» на странице мониторинга шлюза.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::AlertThresholdsDialog</name>
    <message>
        <source>p95 latency above</source>
        <translation>Задержка p95 выше</translation>
    </message>
    <message>
        <source>Error ratio above</source>
        <translation>Доля ошибок выше</translation>
    </message>
    <message>
        <source>The gateway is down (its metrics cannot be scraped)</source>
        <translation>Шлюз недоступен (не удаётся собрать его метрики)</translation>
    </message>
    <message>
        <source>Alerts for %1</source>
        <translation>Оповещения для %1</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> мс</translation>
    </message>
    <message>
        <source>p95 latency threshold</source>
        <translation>Порог задержки p95</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>p95 latency duration</source>
        <translation>Длительность превышения задержки p95</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Error ratio threshold</source>
        <translation>Порог доли ошибок</translation>
    </message>
    <message>
        <source>Error ratio duration</source>
        <translation>Длительность превышения доли ошибок</translation>
    </message>
    <message>
        <source>for</source>
        <translation>в течение</translation>
    </message>
    <message>
        <source>Raise an alert (tray notification and alert log) when:</source>
        <translation>Создавать оповещение (уведомление в трее и запись в журнале), если:</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::CacheEntryDetail</name>
    <message>
        <source>Request</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Select an entry to see its request and answer.</source>
        <translation>Выберите запись, чтобы увидеть её запрос и ответ.</translation>
    </message>
    <message>
        <source>FAQ answer (pinned)</source>
        <translation>Ответ FAQ (закреплён)</translation>
    </message>
    <message>
        <source>Cached answer, pinned</source>
        <translation>Кэшированный ответ, закреплён</translation>
    </message>
    <message>
        <source>Cached answer</source>
        <translation>Кэшированный ответ</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Created %1 · expires %2</source>
        <translation>Создано %1 · истекает %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s), last %1</source>
        <translation>
            <numerusform>%n попадание, последнее %1</numerusform>
            <numerusform>%n попадания, последнее %1</numerusform>
            <numerusform>%n попаданий, последнее %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 prompt + %3 completion tokens · %4 s upstream saved per hit</source>
        <translation>%1 · токенов: промпт %2 + ответ %3 · каждое попадание экономит %4 с апстрима</translation>
    </message>
    <message>
        <source>ID %1…</source>
        <translation>ID %1…</translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::CacheEntryEdits</name>
    <message>
        <source>Could not %1 the entry: %2</source>
        <translation>Не удалось %1 запись: %2</translation>
    </message>
    <message>
        <source>pin</source>
        <translation>закрепить</translation>
    </message>
    <message>
        <source>unpin</source>
        <translation>открепить</translation>
    </message>
    <message>
        <source>Pinned: the entry never expires and is never evicted.</source>
        <translation>Закреплено: запись не истекает и не вытесняется.</translation>
    </message>
    <message>
        <source>Unpinned: the entry expires and may be evicted again.</source>
        <translation>Откреплено: запись снова может истечь или быть вытеснена.</translation>
    </message>
    <message>
        <source>Change time to live</source>
        <translation>Изменить время жизни</translation>
    </message>
    <message numerus="yes">
        <source>New time to live from now for %n entry(s) — e.g. 30m, 2h, 7d, or &quot;never&quot;:</source>
        <translation>
            <numerusform>Новое время жизни (от текущего момента) для %n записи — например, 30m, 2h, 7d или &quot;never&quot;:</numerusform>
            <numerusform>Новое время жизни (от текущего момента) для %n записей — например, 30m, 2h, 7d или &quot;never&quot;:</numerusform>
            <numerusform>Новое время жизни (от текущего момента) для %n записей — например, 30m, 2h, 7d или &quot;never&quot;:</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time to live; write e.g. 90s, 30m, 2h, 7d or never.</source>
        <translation>&quot;%1&quot; не является временем жизни; введите, например, 90s, 30m, 2h, 7d или never.</translation>
    </message>
    <message>
        <source>Changed the time to live.</source>
        <translation>Время жизни изменено.</translation>
    </message>
    <message numerus="yes">
        <source>Could not change the time to live of %n entry(s): %1</source>
        <translation>
            <numerusform>Не удалось изменить время жизни %n записи: %1</numerusform>
            <numerusform>Не удалось изменить время жизни %n записей: %1</numerusform>
            <numerusform>Не удалось изменить время жизни %n записей: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::CacheEntryTableModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 дн.</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 назад</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>истекла</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>через %1</translation>
    </message>
    <message>
        <source>FAQ answer</source>
        <translation>Ответ FAQ</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Закреплена</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Промпт</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Попад.</translation>
    </message>
    <message>
        <source>Last hit</source>
        <translation>Посл. попад.</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Истекает</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>How many times the cache served this answer</source>
        <translation>Сколько раз кэш выдал этот ответ</translation>
    </message>
    <message>
        <source>When the cache last served this answer</source>
        <translation>Когда кэш последний раз выдал этот ответ</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::CacheGroupConnection</name>
    <message>
        <source>not connected</source>
        <translation>нет подключения</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::CachePage</name>
    <message>
        <source>No gateway to look into</source>
        <translation>Нет шлюза для просмотра</translation>
    </message>
    <message>
        <source>Cache problem</source>
        <translation>Проблема с кэшем</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Add &amp;FAQ answer…</source>
        <translation>&amp;Добавить ответ FAQ…</translation>
    </message>
    <message>
        <source>Make FAQ answer from this…</source>
        <translation>Сделать ответом FAQ…</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>&amp;Закрепить</translation>
    </message>
    <message>
        <source>Change &amp;TTL…</source>
        <translation>&amp;Изменить TTL…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Delete &amp;matching…</source>
        <translation>Удалить &amp;подходящие…</translation>
    </message>
    <message>
        <source>F&amp;lush…</source>
        <translation>О&amp;чистить…</translation>
    </message>
    <message>
        <source>Delete every entry the search and filters keep, after counting them</source>
        <translation>Подсчитать и удалить все записи, отобранные поиском и фильтрами</translation>
    </message>
    <message>
        <source>Delete every unpinned entry of this gateway&apos;s cache</source>
        <translation>Удалить все незакреплённые записи из кэша этого шлюза</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Кэш</translation>
    </message>
    <message>
        <source>Answers your gateways keep for questions asked again.</source>
        <translation>Ответы, которые шлюзы хранят для повторяющихся вопросов.</translation>
    </message>
    <message>
        <source>Search prompts</source>
        <translation>Поиск по промптам</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>Все модели</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Все записи</translation>
    </message>
    <message>
        <source>Pinned and FAQ</source>
        <translation>Закреплённые и FAQ</translation>
    </message>
    <message>
        <source>Not pinned</source>
        <translation>Незакреплённые</translation>
    </message>
    <message>
        <source>Gateway:</source>
        <translation>Шлюз:</translation>
    </message>
    <message>
        <source>Cache entries</source>
        <translation>Записи кэша</translation>
    </message>
    <message>
        <source>Could not list the cache of %1: %2</source>
        <translation>Не удалось получить список записей кэша %1: %2</translation>
    </message>
    <message>
        <source>Open the Gateways page</source>
        <translation>Открыть страницу «Шлюзы»</translation>
    </message>
    <message>
        <source>Select an entry to see its request and answer.</source>
        <translation>Выберите запись, чтобы увидеть её запрос и ответ.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Запрос к %1…</translation>
    </message>
    <message numerus="yes">
        <source>Asking the %n gateway(s) tagged &quot;%1&quot;…</source>
        <translation>
            <numerusform>Запрос к %n шлюзу с тегом &quot;%1&quot;…</numerusform>
            <numerusform>Запрос к %n шлюзам с тегом &quot;%1&quot;…</numerusform>
            <numerusform>Запрос к %n шлюзам с тегом &quot;%1&quot;…</numerusform>
        </translation>
    </message>
    <message>
        <source>Not counted: %1</source>
        <translation>Не учтены: %1</translation>
    </message>
    <message>
        <source>Could not read the cache figures of %1: %2</source>
        <translation>Не удалось прочитать показатели кэша %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entries selected.</source>
        <translation>
            <numerusform>Выбрана %n запись.</numerusform>
            <numerusform>Выбраны %n записи.</numerusform>
            <numerusform>Выбрано %n записей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the entry: %1</source>
        <translation>Не удалось загрузить запись: %1</translation>
    </message>
    <message>
        <source>Delete matching entries</source>
        <translation>Удаление подходящих записей</translation>
    </message>
    <message>
        <source>Search or pick a model or kind first: this deletes what the filter keeps. To delete every entry, use Flush.</source>
        <translation>Сначала задайте поиск или выберите модель или тип: удаляются записи, отобранные фильтром. Чтобы удалить все записи, используйте «Очистить».</translation>
    </message>
    <message>
        <source>The gateway changed; pick it again.</source>
        <translation>Шлюз изменился; выберите его снова.</translation>
    </message>
    <message>
        <source>Stored the FAQ answer %1 — pinned, it never expires.</source>
        <translation>Ответ FAQ %1 сохранён — он закреплён и не истекает.</translation>
    </message>
    <message>
        <source>Reading the cache of %1…</source>
        <translation>Чтение кэша %1…</translation>
    </message>
    <message>
        <source>%1 matching entries shown — scroll for more.</source>
        <translation>Показано подходящих записей: %1 — прокрутите, чтобы увидеть больше.</translation>
    </message>
    <message>
        <source>%1 of %2 entries shown — scroll for more.</source>
        <translation>Показано записей: %1 из %2 — прокрутите, чтобы увидеть больше.</translation>
    </message>
    <message>
        <source>%1 entries shown — scroll for more.</source>
        <translation>Показано записей: %1 — прокрутите, чтобы увидеть больше.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) match.</source>
        <translation>
            <numerusform>Подходит %n запись.</numerusform>
            <numerusform>Подходят %n записи.</numerusform>
            <numerusform>Подходит %n записей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s).</source>
        <translation>
            <numerusform>%n запись.</numerusform>
            <numerusform>%n записи.</numerusform>
            <numerusform>%n записей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Un&amp;pin</source>
        <translation>От&amp;крепить</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::CacheRemoval</name>
    <message>
        <source>prompts containing &quot;%1&quot;</source>
        <translation>промпты, содержащие &quot;%1&quot;</translation>
    </message>
    <message>
        <source>model %1</source>
        <translation>модель %1</translation>
    </message>
    <message>
        <source>pinned or FAQ</source>
        <translation>закреплённые или FAQ</translation>
    </message>
    <message>
        <source>not pinned</source>
        <translation>незакреплённые</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n cache entry(s) from %1? Clients asking these questions get fresh answers from the model again.</source>
        <translation>
            <numerusform>Удалить %n запись кэша из %1? Клиенты, задающие эти вопросы, снова будут получать новые ответы от модели.</numerusform>
            <numerusform>Удалить %n записи кэша из %1? Клиенты, задающие эти вопросы, снова будут получать новые ответы от модели.</numerusform>
            <numerusform>Удалить %n записей кэша из %1? Клиенты, задающие эти вопросы, снова будут получать новые ответы от модели.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them pinned or FAQ answers.</source>
        <translation>
            <numerusform>Среди них %n закреплённая запись или ответ FAQ.</numerusform>
            <numerusform>Среди них %n закреплённые записи или ответы FAQ.</numerusform>
            <numerusform>Среди них %n закреплённых записей или ответов FAQ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete cache entries</source>
        <translation>Удаление записей кэша</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n entry(s) from %1…</source>
        <translation>
            <numerusform>Удаление %n записи из %1…</numerusform>
            <numerusform>Удаление %n записей из %1…</numerusform>
            <numerusform>Удаление %n записей из %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n entry(s).</source>
        <translation>
            <numerusform>Удалена %n запись.</numerusform>
            <numerusform>Удалены %n записи.</numerusform>
            <numerusform>Удалено %n записей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled; %n not tried.</source>
        <translation>
            <numerusform>Отменено; %n запись не обработана.</numerusform>
            <numerusform>Отменено; %n записи не обработаны.</numerusform>
            <numerusform>Отменено; %n записей не обработано.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) could not be deleted: %1</source>
        <translation>
            <numerusform>Не удалось удалить %n запись: %1</numerusform>
            <numerusform>Не удалось удалить %n записи: %1</numerusform>
            <numerusform>Не удалось удалить %n записей: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 entries could not be deleted.

%3</source>
        <translation>Не удалось удалить записи (%1 из %2).

%3</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Counting the entries of %1 that match…</source>
        <translation>Подсчёт подходящих записей в %1…</translation>
    </message>
    <message>
        <source>Could not count the matching entries: %1</source>
        <translation>Не удалось подсчитать подходящие записи: %1</translation>
    </message>
    <message>
        <source>No entry of %1 matches %2.</source>
        <translation>В %1 нет записей по условию: %2.</translation>
    </message>
    <message>
        <source>Delete matching entries</source>
        <translation>Удаление подходящих записей</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n entry(s) of %1 matching %2?</source>
        <translation>
            <numerusform>Удалить %n запись в %1 по условию: %2?</numerusform>
            <numerusform>Удалить %n записи в %1 по условию: %2?</numerusform>
            <numerusform>Удалить %n записей в %1 по условию: %2?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n</source>
        <translation>
            <numerusform>&amp;Удалить %n</numerusform>
            <numerusform>&amp;Удалить %n</numerusform>
            <numerusform>&amp;Удалить %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing deleted.</source>
        <translation>Ничего не удалено.</translation>
    </message>
    <message>
        <source>Could not delete the matching entries: %1</source>
        <translation>Не удалось удалить подходящие записи: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n matching entry(s).</source>
        <translation>
            <numerusform>Удалена %n подходящая запись.</numerusform>
            <numerusform>Удалены %n подходящие записи.</numerusform>
            <numerusform>Удалено %n подходящих записей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Flush cache</source>
        <translation>Очистка кэша</translation>
    </message>
    <message numerus="yes">
        <source>Flush the cache of %1? Every unpinned entry is deleted (the cache holds %n entry(s) now); clients get fresh answers from the model.</source>
        <translation>
            <numerusform>Очистить кэш %1? Все незакреплённые записи будут удалены (сейчас в кэше %n запись); клиенты будут получать новые ответы от модели.</numerusform>
            <numerusform>Очистить кэш %1? Все незакреплённые записи будут удалены (сейчас в кэше %n записи); клиенты будут получать новые ответы от модели.</numerusform>
            <numerusform>Очистить кэш %1? Все незакреплённые записи будут удалены (сейчас в кэше %n записей); клиенты будут получать новые ответы от модели.</numerusform>
        </translation>
    </message>
    <message>
        <source>Flush the cache of %1? Every unpinned entry is deleted; clients get fresh answers from the model.</source>
        <translation>Очистить кэш %1? Все незакреплённые записи будут удалены; клиенты будут получать новые ответы от модели.</translation>
    </message>
    <message>
        <source>Also delete pinned entries and FAQ answers</source>
        <translation>Удалить также закреплённые записи и ответы FAQ</translation>
    </message>
    <message>
        <source>&amp;Flush</source>
        <translation>О&amp;чистить</translation>
    </message>
    <message>
        <source>Could not flush the cache of %1: %2</source>
        <translation>Не удалось очистить кэш %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Flushed %1: deleted %n entry(s).</source>
        <translation>
            <numerusform>Кэш %1 очищен: удалена %n запись.</numerusform>
            <numerusform>Кэш %1 очищен: удалены %n записи.</numerusform>
            <numerusform>Кэш %1 очищен: удалено %n записей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Flushed %1: deleted %n entry(s); pinned entries kept.</source>
        <translation>
            <numerusform>Кэш %1 очищен: удалена %n запись; закреплённые записи сохранены.</numerusform>
            <numerusform>Кэш %1 очищен: удалены %n записи; закреплённые записи сохранены.</numerusform>
            <numerusform>Кэш %1 очищен: удалено %n записей; закреплённые записи сохранены.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::CacheStatsBar</name>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Hit ratio</source>
        <translation>Доля попаданий</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сэкономлено</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Хранилище</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>no lookups yet</source>
        <translation>обращений пока нет</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 hits, %2 misses since the gateway started</source>
        <translation>Попаданий: %1, промахов: %2 с момента запуска шлюза</translation>
    </message>
    <message>
        <source>%1 tokens, %2</source>
        <translation>токенов: %1, %2</translation>
    </message>
    <message>
        <source>Tokens the upstream did not have to generate, and the upstream time hits saved</source>
        <translation>Токены, которые апстриму не пришлось генерировать, и время апстрима, сэкономленное попаданиями</translation>
    </message>
    <message>
        <source>Redis (shared)</source>
        <translation>Redis (общий)</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::CacheStoresTable</name>
    <message>
        <source>Caches of the group</source>
        <translation>Кэши группы</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Кэш</translation>
    </message>
    <message>
        <source>Gateways</source>
        <translation>Шлюзы</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Hit ratio</source>
        <translation>Доля попаданий</translation>
    </message>
    <message>
        <source>Gateways sharing one store (a Redis behind a load balancer) are shown once; pick a cache to browse it</source>
        <translation>Шлюзы с общим хранилищем (Redis за балансировщиком нагрузки) показаны один раз; выберите кэш, чтобы просмотреть его</translation>
    </message>
    <message>
        <source>Redis %1 (shared)</source>
        <translation>Redis %1 (общий)</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>SQLite on %1</source>
        <translation>SQLite на %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ChatHistorySettings</name>
    <message>
        <source>Chat history</source>
        <translation>История чатов</translation>
    </message>
    <message>
        <source>&amp;Keep chat history (encrypted, key in the keychain)</source>
        <translation>&amp;Хранить историю чатов (в зашифрованном виде, ключ в хранилище ключей)</translation>
    </message>
    <message>
        <source>Clear &amp;history…</source>
        <translation>Очистить &amp;историю…</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Delete chat history after</source>
        <translation>Удалять историю чатов через</translation>
    </message>
    <message>
        <source>Clear chat history</source>
        <translation>Очистить историю чатов</translation>
    </message>
    <message>
        <source>Delete every stored question and answer? This cannot be undone.</source>
        <translation>Удалить все сохранённые вопросы и ответы? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>The history could not be deleted.</source>
        <translation>Не удалось удалить историю.</translation>
    </message>
    <message>
        <source>&amp;Delete after:</source>
        <translation>&amp;Удалять через:</translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s) stored</source>
        <translation>
            <numerusform>Сохранён %n обмен</numerusform>
            <numerusform>Сохранено %n обмена</numerusform>
            <numerusform>Сохранено %n обменов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ChatPage</name>
    <message>
        <source>Nothing to chat with yet</source>
        <translation>Пока нет целей для чата</translation>
    </message>
    <message>
        <source>Add a gateway or model server that speaks the OpenAI chat API — Gatehouse, LiteLLM, vLLM, llama.cpp, Ollama, OpenAI — and try prompts against it here.</source>
        <translation>Добавьте шлюз или сервер моделей с чат-API OpenAI — Gatehouse, LiteLLM, vLLM, llama.cpp, Ollama, OpenAI — и проверяйте на нём промпты здесь.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Отправить</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Новый чат</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <source>Try prompts against any gateway or model and read the figures.</source>
        <translation>Проверка промптов на любом шлюзе или модели с показателями.</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Диалог</translation>
    </message>
    <message>
        <source>Message (Ctrl+Enter to send, Esc to stop)</source>
        <translation>Сообщение (Ctrl+Enter — отправить, Esc — остановить)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Stop the answer (Esc)</source>
        <translation>Остановить ответ (Esc)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <source>Suites</source>
        <translation>Наборы</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Go to Gateways</source>
        <translation>Перейти к шлюзам</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Отправить сообщение</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Остановить ответ</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ChatParametersPanel</name>
    <message>
        <source>default</source>
        <translation>по умолчанию</translation>
    </message>
    <message>
        <source>System prompt (optional)</source>
        <translation>Системный промпт (необязательно)</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Системный промпт</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Температура</translation>
    </message>
    <message>
        <source>Top p</source>
        <translation>Top p</translation>
    </message>
    <message>
        <source>Maximum tokens</source>
        <translation>Максимум токенов</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Зерно</translation>
    </message>
    <message>
        <source>Use a fixed seed</source>
        <translation>Использовать фиксированное зерно</translation>
    </message>
    <message>
        <source>Send the same seed with every request, for repeatable answers</source>
        <translation>Отправлять одно и то же зерно (seed) с каждым запросом, чтобы ответы были воспроизводимыми</translation>
    </message>
    <message>
        <source>One stop sequence per line</source>
        <translation>Одна стоп-последовательность на строку</translation>
    </message>
    <message>
        <source>Stop sequences</source>
        <translation>Стоп-последовательности</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>&amp;Температура:</translation>
    </message>
    <message>
        <source>Top &amp;p:</source>
        <translation>Top &amp;p:</translation>
    </message>
    <message>
        <source>Max &amp;tokens:</source>
        <translation>&amp;Лимит токенов:</translation>
    </message>
    <message>
        <source>Fixed seed:</source>
        <translation>Зерно (seed):</translation>
    </message>
    <message>
        <source>&amp;Stop:</source>
        <translation>&amp;Стоп:</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ColumnChoice</name>
    <message>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Столбец %1</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::CompareColumn</name>
    <message>
        <source>Remove this column</source>
        <translation>Удалить этот столбец</translation>
    </message>
    <message>
        <source>Remove column</source>
        <translation>Удалить столбец</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ComparePanel</name>
    <message>
        <source>Send to all</source>
        <translation>Отправить всем</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <source>Add column</source>
        <translation>Добавить столбец</translation>
    </message>
    <message>
        <source>One prompt for every column (Ctrl+Enter to send, Esc to stop)</source>
        <translation>Один промпт для всех столбцов (Ctrl+Enter — отправить, Esc — остановить)</translation>
    </message>
    <message>
        <source>Compare prompt</source>
        <translation>Промпт для сравнения</translation>
    </message>
    <message>
        <source>Stop every answer (Esc)</source>
        <translation>Остановить все ответы (Esc)</translation>
    </message>
    <message>
        <source>Compare one more target or model (up to %1)</source>
        <translation>Добавить к сравнению ещё одну цель или модель (не более %1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Prompt:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Промпт:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Send the prompt to every column</source>
        <translation>Отправить промпт во все столбцы</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ConnectionTestDialog</name>
    <message>
        <source>Name</source>
        <translation>Разрешение имени</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Аутентификация</translation>
    </message>
    <message>
        <source>Test &amp;again</source>
        <translation>&amp;Повторить проверку</translation>
    </message>
    <message>
        <source>Test connection — %1</source>
        <translation>Проверка подключения — %1</translation>
    </message>
    <message>
        <source>Test steps</source>
        <translation>Шаги проверки</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>Проверка %1</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Key &apos;%1&apos; could not be read from the keychain: %2 Testing without it.</source>
        <translation>Не удалось прочитать ключ &apos;%1&apos; из хранилища ключей: %2 Проверка продолжается без него.</translation>
    </message>
    <message>
        <source>%1: %2 (%3 ms)</source>
        <translation>%1: %2 (%3 мс)</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::DashboardCharts</name>
    <message>
        <source>Latency</source>
        <translation>Задержка</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>Время до первого токена</translation>
    </message>
    <message>
        <source>Request rate</source>
        <translation>Частота запросов</translation>
    </message>
    <message>
        <source>requests/s</source>
        <translation>запросов/с</translation>
    </message>
    <message>
        <source>Errors by code</source>
        <translation>Ошибки по кодам</translation>
    </message>
    <message>
        <source>Error ratio</source>
        <translation>Доля ошибок</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>В обработке</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>запросы</translation>
    </message>
    <message>
        <source>Cache hit ratio</source>
        <translation>Доля попаданий в кэш</translation>
    </message>
    <message>
        <source>hits</source>
        <translation>попадания</translation>
    </message>
    <message>
        <source>Tokens per second</source>
        <translation>Токенов в секунду</translation>
    </message>
    <message>
        <source>output tokens/s</source>
        <translation>выходные ток/с</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::DashboardPage</name>
    <message>
        <source>No gateways to watch yet</source>
        <translation>Нет шлюзов для мониторинга</translation>
    </message>
    <message>
        <source>Gateways with a metrics URL are polled and charted here. Add one on the Gateways page, or start the local gateway.</source>
        <translation>Здесь отображаются графики шлюзов, для которых указан URL метрик. Добавьте шлюз на странице «Шлюзы» или запустите локальный шлюз.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Мониторинг</translation>
    </message>
    <message>
        <source>Latency, errors and load of every gateway you run.</source>
        <translation>Задержка, ошибки и нагрузка всех ваших шлюзов.</translation>
    </message>
    <message>
        <source>Sort gateways by</source>
        <translation>Сортировка шлюзов</translation>
    </message>
    <message>
        <source>Sort by name</source>
        <translation>По имени</translation>
    </message>
    <message>
        <source>Down first</source>
        <translation>Сначала недоступные</translation>
    </message>
    <message>
        <source>Busiest first</source>
        <translation>Сначала нагруженные</translation>
    </message>
    <message>
        <source>Slowest first (p95)</source>
        <translation>Сначала медленные (p95)</translation>
    </message>
    <message>
        <source>Most errors first</source>
        <translation>Сначала с ошибками</translation>
    </message>
    <message>
        <source>Show gateways tagged</source>
        <translation>Показывать шлюзы с тегом</translation>
    </message>
    <message>
        <source>Alert log</source>
        <translation>Журнал оповещений</translation>
    </message>
    <message>
        <source>Gateways</source>
        <translation>Шлюзы</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a gateway&apos;s dashboard</source>
        <translation>Дважды щёлкните или нажмите Enter, чтобы открыть мониторинг шлюза</translation>
    </message>
    <message>
        <source>Go to Gateways</source>
        <translation>Перейти к шлюзам</translation>
    </message>
    <message>
        <source>Alerts not saved</source>
        <translation>Оповещения не сохранены</translation>
    </message>
    <message>
        <source>The alert thresholds could not be saved in the console database.</source>
        <translation>Не удалось сохранить пороги оповещений в базе данных консоли.</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Все теги</translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation>Тег: %1</translation>
    </message>
    <message>
        <source>Fleets through Prometheus:</source>
        <translation>Парки через Prometheus:</translation>
    </message>
    <message>
        <source>The gateways %1 scrapes, on the same charts</source>
        <translation>Шлюзы, которые опрашивает %1, на общих графиках</translation>
    </message>
    <message>
        <source>Fleet: %1</source>
        <translation>Парк: %1</translation>
    </message>
    <message>
        <source>%1 (fleet %2)</source>
        <translation>%1 (парк %2)</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::DataSize</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n байт</numerusform>
            <numerusform>%n байта</numerusform>
            <numerusform>%n байт</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::FaqAnswerDialog</name>
    <message>
        <source>System prompt</source>
        <translation>Системный промпт</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>FAQ answer problem</source>
        <translation>Ошибка в ответе FAQ</translation>
    </message>
    <message>
        <source>Add FAQ answer — %1</source>
        <translation>Добавить ответ FAQ — %1</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Optional — only when your application sends one</source>
        <translation>Необязательно — только если приложение его отправляет</translation>
    </message>
    <message>
        <source>Exactly as users ask it</source>
        <translation>Точно так, как его задают пользователи</translation>
    </message>
    <message>
        <source>The answer every client asking this question gets</source>
        <translation>Ответ, который получит каждый клиент, задавший этот вопрос</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>The gateway answers this question from the cache, without calling the model, for as long as the entry exists. FAQ answers are pinned: they never expire and are never evicted.</source>
        <translation>Пока запись существует, шлюз отвечает на этот вопрос из кэша, не обращаясь к модели. Ответы FAQ закреплены: их время жизни не истекает, и они не вытесняются.</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Модель:</translation>
    </message>
    <message>
        <source>&amp;System prompt:</source>
        <translation>&amp;Системный промпт:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Вопрос:</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>&amp;Ответ:</translation>
    </message>
    <message>
        <source>&amp;Parameters:</source>
        <translation>&amp;Параметры:</translation>
    </message>
    <message>
        <source>Request fields that are part of the question, as JSON — the same values your application sends, e.g. its temperature.</source>
        <translation>Поля запроса, входящие в вопрос, в формате JSON — те же значения, что отправляет приложение, например temperature.</translation>
    </message>
    <message>
        <source>&amp;Store answer</source>
        <translation>Со&amp;хранить ответ</translation>
    </message>
    <message>
        <source>Name the model the question is asked of.</source>
        <translation>Укажите модель, которой задаётся вопрос.</translation>
    </message>
    <message>
        <source>Write the question, exactly as users ask it.</source>
        <translation>Введите вопрос точно так, как его задают пользователи.</translation>
    </message>
    <message>
        <source>Write the answer the gateway should give.</source>
        <translation>Введите ответ, который должен давать шлюз.</translation>
    </message>
    <message>
        <source>Parameters: %1 at character %2; write a JSON object such as {&quot;temperature&quot;: 0}.</source>
        <translation>Параметры: %1 в символе %2; введите объект JSON, например {&quot;temperature&quot;: 0}.</translation>
    </message>
    <message>
        <source>Parameters must be a JSON object such as {&quot;temperature&quot;: 0}.</source>
        <translation>Параметры должны быть объектом JSON, например {&quot;temperature&quot;: 0}.</translation>
    </message>
    <message>
        <source>Parameters: &quot;%1&quot; is set by the editor; leave it out.</source>
        <translation>Параметры: поле &quot;%1&quot; заполняет сам редактор; уберите его.</translation>
    </message>
    <message>
        <source>Storing…</source>
        <translation>Сохранение…</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::FleetModel</name>
    <message>
        <source>%1: waiting for the first scrape</source>
        <translation>%1: ожидание первого опроса</translation>
    </message>
    <message>
        <source>%1: down. %2</source>
        <translation>%1: недоступен. %2</translation>
    </message>
    <message>
        <source>%1: up, %2 requests, p95 %3, errors %4, cache hits %5</source>
        <translation>%1: доступен, запросы %2, p95 %3, ошибки %4, попадания в кэш %5</translation>
    </message>
    <message>
        <source>%1 did not answer: %2</source>
        <translation>%1 не ответил: %2</translation>
    </message>
    <message>
        <source>%1&apos;s last scrape of it failed (up = 0).</source>
        <translation>Последний сбор метрик с него сервером %1 не удался (up = 0).</translation>
    </message>
    <message>
        <source>%1, scraped by %2 (%3)</source>
        <translation>%1, метрики собирает %2 (%3)</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::FleetResultList</name>
    <message>
        <source>Gateways</source>
        <translation>Шлюзы</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Шлюз</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>waiting…</source>
        <translation>ожидание…</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::FleetTileFeed</name>
    <message>
        <source>its address is not a Prometheus server&apos;s URL</source>
        <translation>его адрес — не URL сервера Prometheus</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::GatewayDashboard</name>
    <message>
        <source>Last 5 minutes</source>
        <translation>Последние 5 минут</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>Последние 15 минут</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Последний час</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>Последние 6 часов</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Последние 24 часа</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Задать…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>← All gateways</source>
        <translation>← Все шлюзы</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Stop following the clock; zooming or panning a chart also pauses</source>
        <translation>Остановить автообновление по времени; масштабирование или прокрутка графика тоже ставят его на паузу</translation>
    </message>
    <message>
        <source>Alerts…</source>
        <translation>Оповещения…</translation>
    </message>
    <message>
        <source>Thresholds that raise a tray notification and an alert-log entry</source>
        <translation>Пороги, при превышении которых появляется уведомление в трее и запись в журнале оповещений</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Custom time range</source>
        <translation>Произвольный период</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Waiting for the first scrape…</source>
        <translation>Ожидание первого опроса…</translation>
    </message>
    <message>
        <source>Up · profile %1 · last scrape %2%3</source>
        <translation>Доступен · профиль %1 · последний опрос %2%3</translation>
    </message>
    <message>
        <source> (%1 ms, %2 KB)</source>
        <translation> (%1 мс, %2 КБ)</translation>
    </message>
    <message>
        <source>Down since the scrape at %1 (%2): %3</source>
        <translation>Недоступен с опроса в %1 (%2): %3</translation>
    </message>
    <message>
        <source>Asking %1 for the gateways it scrapes…</source>
        <translation>Запрос у %1 списка опрашиваемых шлюзов…</translation>
    </message>
    <message>
        <source>%1 has no samples of a known gateway in this range; check that it scrapes them (its targets page) and that their kind has a profile.</source>
        <translation>У %1 нет отсчётов известных шлюзов за этот период; проверьте, что он их опрашивает (его страница Targets) и что для их типа есть профиль.</translation>
    </message>
    <message numerus="yes">
        <source>Fleet through %1 · %n gateway(s) · step %2 s, rates over %3 s</source>
        <translation>
            <numerusform>Парк по данным %1 · %n шлюз · шаг %2 с, скорости за %3 с</numerusform>
            <numerusform>Парк по данным %1 · %n шлюза · шаг %2 с, скорости за %3 с</numerusform>
            <numerusform>Парк по данным %1 · %n шлюзов · шаг %2 с, скорости за %3 с</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::GatewayDialog</name>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Add gateway</source>
        <translation>Добавить шлюз</translation>
    </message>
    <message>
        <source>Edit gateway</source>
        <translation>Изменить шлюз</translation>
    </message>
    <message>
        <source>e.g. Production EU</source>
        <translation>например, Production EU</translation>
    </message>
    <message>
        <source>sha256//base64 of the public key, optional</source>
        <translation>sha256//base64 открытого ключа, необязательно</translation>
    </message>
    <message>
        <source>comma-separated, e.g. prod, eu</source>
        <translation>через запятую, например: prod, eu</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Choose CA file</source>
        <translation>Выбор файла CA</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Сертификат CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Сертификаты PEM (*.pem *.crt *.cer);;Все файлы (*)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>The OpenAI-compatible API root (ends in /v1 for most gateways and model servers).</source>
        <translation>Корневой адрес OpenAI-совместимого API (у большинства шлюзов и серверов моделей оканчивается на /v1).</translation>
    </message>
    <message>
        <source>&amp;Metrics URL:</source>
        <translation>URL &amp;метрик:</translation>
    </message>
    <message>
        <source>A&amp;dmin API URL:</source>
        <translation>URL API а&amp;дминистратора:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;ключ:</translation>
    </message>
    <message>
        <source>The name of a key stored on the Keys page; the key itself stays in your keychain.</source>
        <translation>Имя ключа со страницы «Ключи»; сам ключ остаётся в хранилище ключей.</translation>
    </message>
    <message>
        <source>Admin &amp;token:</source>
        <translation>Токен адми&amp;нистратора:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;Файл CA:</translation>
    </message>
    <message>
        <source>Certificate &amp;pin:</source>
        <translation>&amp;Пин сертификата:</translation>
    </message>
    <message>
        <source>&amp;Poll every:</source>
        <translation>&amp;Опрос каждые:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Т&amp;еги:</translation>
    </message>
    <message>
        <source>as usual for the kind</source>
        <translation>по умолчанию для типа</translation>
    </message>
    <message>
        <source>ask for it (stream_options)</source>
        <translation>запрашивать (stream_options)</translation>
    </message>
    <message>
        <source>do not ask (the server refuses stream_options)</source>
        <translation>не запрашивать (сервер отклоняет stream_options)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Advanced chat settings&lt;/b&gt;</source>
        <translation>&lt;b&gt;Дополнительные настройки чата&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Extra &amp;headers:</source>
        <translation>Доп. &amp;заголовки:</translation>
    </message>
    <message>
        <source>One &quot;Name: value&quot; per line, sent with every chat request. Write {secret:NAME} to send a key from the Keys page without storing it here.</source>
        <translation>По одной строке &quot;Имя: значение&quot;; отправляются с каждым запросом чата. Укажите {secret:NAME}, чтобы отправить ключ со страницы «Ключи», не сохраняя его здесь.</translation>
    </message>
    <message>
        <source>Token &amp;limit field:</source>
        <translation>Поле &amp;лимита токенов:</translation>
    </message>
    <message>
        <source>&amp;Usage in streams:</source>
        <translation>&amp;Расход токенов в потоке:</translation>
    </message>
    <message>
        <source>%1 (used when left empty)</source>
        <translation>%1 (если оставить пустым)</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::GatewayTableModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n с</numerusform>
            <numerusform>%n с</numerusform>
            <numerusform>%n с</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Метрики</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Poll every</source>
        <translation>Опрос</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::GatewayTileDelegate</name>
    <message>
        <source>up</source>
        <translation>доступен</translation>
    </message>
    <message>
        <source>down</source>
        <translation>недоступен</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ожидание</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>запр./с</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>ошибки</translation>
    </message>
    <message>
        <source>cache hits</source>
        <translation>попадания</translation>
    </message>
    <message>
        <source>fleet through Prometheus</source>
        <translation>парк через Prometheus</translation>
    </message>
    <message>
        <source>through %1</source>
        <translation>через %1</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::GatewaysPage</name>
    <message>
        <source>No gateways yet</source>
        <translation>Шлюзов пока нет</translation>
    </message>
    <message>
        <source>Add the gateways, model servers and Prometheus servers you run. Gatehouse checks their connection, keeps their keys in your keychain and, as it grows, charts their metrics and chats through them.</source>
        <translation>Добавьте свои шлюзы, серверы моделей и серверы Prometheus. Gatehouse проверяет подключение к ним, хранит их ключи в системном хранилище ключей, а по мере развития — строит графики их метрик и позволяет общаться через них в чате.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Ду&amp;блировать</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Проверить подключение</translation>
    </message>
    <message>
        <source>Gateways</source>
        <translation>Шлюзы</translation>
    </message>
    <message>
        <source>Everything this console manages: gateways, model servers, Prometheus servers.</source>
        <translation>Всё, чем управляет консоль: шлюзы, серверы моделей, серверы Prometheus.</translation>
    </message>
    <message>
        <source>Filter by name, kind, address or tag</source>
        <translation>Фильтр по имени, типу, адресу или тегу</translation>
    </message>
    <message>
        <source>Filter gateways</source>
        <translation>Фильтр шлюзов</translation>
    </message>
    <message>
        <source>Add gateway…</source>
        <translation>Добавить шлюз…</translation>
    </message>
    <message>
        <source>Duplicate gateway</source>
        <translation>Дублировать шлюз</translation>
    </message>
    <message>
        <source>Remove gateway</source>
        <translation>Удалить шлюз</translation>
    </message>
    <message>
        <source>Remove “%1” from the list? Its keys stay in your keychain.</source>
        <translation>Удалить «%1» из списка? Ключи шлюза останутся в хранилище ключей.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::HistoryPanel</name>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Reopen in conversation</source>
        <translation>Открыть в диалоге</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Отправить снова</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Search questions, answers, targets and models</source>
        <translation>Поиск по вопросам, ответам, целям и моделям</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>Поиск по истории</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>History is off: Settings → Chat history keeps none.</source>
        <translation>История выключена: в разделе «Настройки → История чатов» сохранение отключено.</translation>
    </message>
    <message>
        <source>Opening the history key in the keychain…</source>
        <translation>Открытие ключа истории в хранилище ключей…</translation>
    </message>
    <message>
        <source>History is off — its key could not be kept in the keychain: %1 Nothing is stored without it.</source>
        <translation>История выключена — не удалось сохранить её ключ в хранилище ключей: %1 Без ключа ничего не сохраняется.</translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s) were sealed with another key and cannot be read.</source>
        <translation>
            <numerusform>%n запись зашифрована другим ключом и не может быть прочитана.</numerusform>
            <numerusform>%n записи зашифрованы другим ключом и не могут быть прочитаны.</numerusform>
            <numerusform>%n записей зашифровано другим ключом и не может быть прочитано.</numerusform>
        </translation>
    </message>
    <message>
        <source>Questions and answers are encrypted in the console database; the key lives in the keychain.</source>
        <translation>Вопросы и ответы хранятся в базе данных консоли в зашифрованном виде; ключ находится в хранилище ключей.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Question&lt;/b&gt; to %1 · %2:&lt;br&gt;%3</source>
        <translation>&lt;b&gt;Вопрос&lt;/b&gt; к %1 · %2:&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>As &amp;Markdown…</source>
        <translation>Как &amp;Markdown…</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>As &amp;JSON…</source>
        <translation>Как &amp;JSON…</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Save this conversation — every message up to this answer, with its figures</source>
        <translation>Сохранить этот разговор — все сообщения до этого ответа, с его показателями</translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation>Экспорт разговора</translation>
    </message>
    <message>
        <source>Exported the conversation to %1. The file is not encrypted.</source>
        <translation>Разговор экспортирован в %1. Файл не зашифрован.</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Не удалось экспортировать в %1: %2</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::KeyFleetDialog</name>
    <message>
        <source>&amp;Create on all</source>
        <translation>&amp;Создать на всех</translation>
    </message>
    <message>
        <source>New access key on a group</source>
        <translation>Новый ключ доступа для группы</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <source>One key, &quot;%1&quot;, on every gateway of the group: the console makes its secret and sends each gateway only its SHA-256, so a client&apos;s key works on whichever gateway answers. Each gateway counts the key&apos;s limits on its own.</source>
        <translation>Один ключ, «%1», на каждом шлюзе группы: консоль создаёт его секрет и отправляет каждому шлюзу только его SHA-256, поэтому ключ клиента работает на любом ответившем шлюзе. Лимиты ключа каждый шлюз считает сам.</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Тег:</translation>
    </message>
    <message>
        <source>&amp;Retry the failed</source>
        <translation>&amp;Повторить для неудачных</translation>
    </message>
    <message>
        <source>not created yet</source>
        <translation>ещё не создан</translation>
    </message>
    <message>
        <source>No gateway carries this tag.</source>
        <translation>Ни у одного шлюза нет этого тега.</translation>
    </message>
    <message numerus="yes">
        <source>%n gateway(s) will hold the key.</source>
        <translation>
            <numerusform>Ключ будет на %n шлюзе.</numerusform>
            <numerusform>Ключ будет на %n шлюзах.</numerusform>
            <numerusform>Ключ будет на %n шлюзах.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trying the failed gateway(s) again…</source>
        <translation>Повторная попытка для неудачных шлюзов…</translation>
    </message>
    <message>
        <source>Reading the admin tokens…</source>
        <translation>Чтение токенов администратора…</translation>
    </message>
    <message numerus="yes">
        <source>Creating the key on %n gateway(s)…</source>
        <translation>
            <numerusform>Создание ключа на %n шлюзе…</numerusform>
            <numerusform>Создание ключа на %n шлюзах…</numerusform>
            <numerusform>Создание ключа на %n шлюзах…</numerusform>
        </translation>
    </message>
    <message>
        <source>Created: %1 (gk-%2…)</source>
        <translation>Создан: %1 (gk-%2…)</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
    <message numerus="yes">
        <source>All %n gateway(s) hold the key now.</source>
        <translation>
            <numerusform>Теперь ключ есть на %n шлюзе.</numerusform>
            <numerusform>Теперь ключ есть на всех %n шлюзах.</numerusform>
            <numerusform>Теперь ключ есть на всех %n шлюзах.</numerusform>
        </translation>
    </message>
    <message>
        <source>No gateway holds the key; nothing was created.</source>
        <translation>Ключ не создан ни на одном шлюзе; ничего не изменилось.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n gateway(s) hold the key. Retry the failed ones while this window is open: the secret is not kept once it closes.</source>
        <translation>
            <numerusform>Ключ есть на %1 из %n шлюза. Повторите для неудачных, пока окно открыто: после закрытия секрет не сохраняется.</numerusform>
            <numerusform>Ключ есть на %1 из %n шлюзов. Повторите для неудачных, пока окно открыто: после закрытия секрет не сохраняется.</numerusform>
            <numerusform>Ключ есть на %1 из %n шлюзов. Повторите для неудачных, пока окно открыто: после закрытия секрет не сохраняется.</numerusform>
        </translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; (gk-%2…) is revoked on every gateway of the group that holds it; applications using it are refused there at once. This cannot be undone.</source>
        <translation>Ключ «%1» (gk-%2…) отзывается на каждом шлюзе группы, где он есть; приложениям с этим ключом там сразу будет отказано. Это нельзя отменить.</translation>
    </message>
    <message>
        <source>Revoke an access key on a group</source>
        <translation>Отзыв ключа доступа в группе</translation>
    </message>
    <message>
        <source>Re&amp;voke on all</source>
        <translation>Отоз&amp;вать на всех</translation>
    </message>
    <message>
        <source>not revoked yet</source>
        <translation>ещё не отозван</translation>
    </message>
    <message numerus="yes">
        <source>%n gateway(s) will revoke the key if they hold it.</source>
        <translation>
            <numerusform>%n шлюз отзовёт ключ, если он там есть.</numerusform>
            <numerusform>%n шлюза отзовут ключ, если он там есть.</numerusform>
            <numerusform>%n шлюзов отзовут ключ, если он там есть.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoking the key on %n gateway(s)…</source>
        <translation>
            <numerusform>Отзыв ключа на %n шлюзе…</numerusform>
            <numerusform>Отзыв ключа на %n шлюзах…</numerusform>
            <numerusform>Отзыв ключа на %n шлюзах…</numerusform>
        </translation>
    </message>
    <message>
        <source>Did not hold it</source>
        <translation>Ключа не было</translation>
    </message>
    <message>
        <source>Revoked: %1</source>
        <translation>Отозван: %1</translation>
    </message>
    <message numerus="yes">
        <source>No gateway of the %n holds the key any more.</source>
        <translation>
            <numerusform>Ключа больше нет ни на одном из %n шлюза.</numerusform>
            <numerusform>Ключа больше нет ни на одном из %n шлюзов.</numerusform>
            <numerusform>Ключа больше нет ни на одном из %n шлюзов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n gateway(s) no longer hold the key; on the others it still works until revoked there.</source>
        <translation>
            <numerusform>Ключа больше нет на %1 из %n шлюза; на остальных он работает, пока его там не отзовут.</numerusform>
            <numerusform>Ключа больше нет на %1 из %n шлюзов; на остальных он работает, пока его там не отзовут.</numerusform>
            <numerusform>Ключа больше нет на %1 из %n шлюзов; на остальных он работает, пока его там не отзовут.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::KeysPage</name>
    <message>
        <source>No keys stored yet</source>
        <translation>Ключей пока нет</translation>
    </message>
    <message>
        <source>Keep provider API keys, gateway admin tokens and access keys in your system keychain, never in files. Gateways and the chat refer to them by name.</source>
        <translation>Храните API-ключи провайдеров, токены администратора шлюзов и ключи доступа в системном хранилище ключей, а не в файлах. Шлюзы и чат ссылаются на них по имени.</translation>
    </message>
    <message>
        <source>Keychain problem</source>
        <translation>Ошибка хранилища ключей</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>Re&amp;place…</source>
        <translation>&amp;Заменить…</translation>
    </message>
    <message>
        <source>Re&amp;veal</source>
        <translation>&amp;Показать</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Ключи</translation>
    </message>
    <message>
        <source>Secrets kept in your system keychain, and the access keys your gateways hand out.</source>
        <translation>Секреты в системном хранилище ключей и ключи доступа, которые выдают ваши шлюзы.</translation>
    </message>
    <message>
        <source>Secrets kept in your system keychain. Gatehouse stores only their names.</source>
        <translation>Секреты в системном хранилище ключей. Gatehouse хранит только их имена.</translation>
    </message>
    <message>
        <source>Stored keys</source>
        <translation>Сохранённые ключи</translation>
    </message>
    <message>
        <source>Add key…</source>
        <translation>Добавить ключ…</translation>
    </message>
    <message>
        <source>The copied key was cleared from the clipboard.</source>
        <translation>Скопированный ключ удалён из буфера обмена.</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Хранилище ключей</translation>
    </message>
    <message>
        <source>Gateway access keys</source>
        <translation>Ключи доступа шлюзов</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Скрыть</translation>
    </message>
    <message>
        <source>Replaced “%1” in the keychain.</source>
        <translation>Ключ «%1» заменён в хранилище ключей.</translation>
    </message>
    <message>
        <source>Stored “%1” in the keychain.</source>
        <translation>Ключ «%1» сохранён в хранилище ключей.</translation>
    </message>
    <message>
        <source>Delete key</source>
        <translation>Удалить ключ</translation>
    </message>
    <message>
        <source>Delete “%1” from your keychain? Gateways that refer to it will no longer authenticate.</source>
        <translation>Удалить «%1» из хранилища ключей? Шлюзы, которые ссылаются на этот ключ, больше не смогут пройти аутентификацию.</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Ключ «%1» удалён.</translation>
    </message>
    <message numerus="yes">
        <source>The value is hidden again after %n seconds.</source>
        <translation>
            <numerusform>Значение снова будет скрыто через %n секунду.</numerusform>
            <numerusform>Значение снова будет скрыто через %n секунды.</numerusform>
            <numerusform>Значение снова будет скрыто через %n секунд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied “%1”. The clipboard is cleared in %n seconds.</source>
        <translation>
            <numerusform>Скопировано: «%1». Буфер обмена будет очищен через %n секунду.</numerusform>
            <numerusform>Скопировано: «%1». Буфер обмена будет очищен через %n секунды.</numerusform>
            <numerusform>Скопировано: «%1». Буфер обмена будет очищен через %n секунд.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::LocalGatewayPanel</name>
    <message>
        <source>Providers…</source>
        <translation>Провайдеры…</translation>
    </message>
    <message>
        <source>Local gateway status</source>
        <translation>Состояние локального шлюза</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>Show the local gateway&apos;s log</source>
        <translation>Показать журнал локального шлюза</translation>
    </message>
    <message>
        <source>Local gateway log</source>
        <translation>Журнал локального шлюза</translation>
    </message>
    <message>
        <source>Providers the local gateway forwards to besides its demo model</source>
        <translation>Провайдеры, которым локальный шлюз перенаправляет запросы помимо демомодели</translation>
    </message>
    <message>
        <source>Local gateway providers</source>
        <translation>Провайдеры локального шлюза</translation>
    </message>
    <message>
        <source>Local gateway: stopped. Start it to chat with the offline demo model.</source>
        <translation>Локальный шлюз остановлен. Запустите его, чтобы общаться в чате с офлайн-демомоделью.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Запустить</translation>
    </message>
    <message>
        <source>Local gateway: starting…</source>
        <translation>Локальный шлюз: запуск…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Local gateway: running at %1 with the offline demo model.</source>
        <translation>Локальный шлюз работает по адресу %1 с офлайн-демомоделью.</translation>
    </message>
    <message>
        <source> the local gateway</source>
        <translation> локальный шлюз</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::LocalProvidersDialog</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Local gateway providers</source>
        <translation>Провайдеры локального шлюза</translation>
    </message>
    <message>
        <source>Besides its offline demo model, the local gateway can forward to these providers. Their keys stay in your keychain; the console hands them to the gateway through a pipe when it starts.</source>
        <translation>Помимо офлайн-демомодели, локальный шлюз может перенаправлять запросы этим провайдерам. Их ключи остаются в хранилище ключей; при запуске шлюза консоль передаёт их ему через канал (pipe).</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Провайдеры</translation>
    </message>
    <message>
        <source>e.g. openai</source>
        <translation>например, openai</translation>
    </message>
    <message>
        <source>Provider name</source>
        <translation>Имя провайдера</translation>
    </message>
    <message>
        <source>Provider address</source>
        <translation>Адрес провайдера</translation>
    </message>
    <message>
        <source>No key (a local model server)</source>
        <translation>Без ключа (локальный сервер моделей)</translation>
    </message>
    <message>
        <source>Provider key in the keychain</source>
        <translation>Ключ провайдера в хранилище ключей</translation>
    </message>
    <message>
        <source>gpt-4o-mini, gpt-4o</source>
        <translation>gpt-4o-mini, gpt-4o</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Модели</translation>
    </message>
    <message>
        <source>Authorization: Bearer (OpenAI, most servers)</source>
        <translation>Authorization: Bearer (OpenAI, большинство серверов)</translation>
    </message>
    <message>
        <source>api-key header (Azure OpenAI)</source>
        <translation>Заголовок api-key (Azure OpenAI)</translation>
    </message>
    <message>
        <source>How the key is sent</source>
        <translation>Способ передачи ключа</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Ключ:</translation>
    </message>
    <message>
        <source>&amp;Models:</source>
        <translation>&amp;Модели:</translation>
    </message>
    <message>
        <source>Key sent as:</source>
        <translation>Передача ключа:</translation>
    </message>
    <message>
        <source>%1 (not in the keychain)</source>
        <translation>%1 (нет в хранилище ключей)</translation>
    </message>
    <message>
        <source>There is already a provider named &quot;%1&quot;.</source>
        <translation>Провайдер с именем &quot;%1&quot; уже существует.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::MainWindow</name>
    <message>
        <source>Gatehouse</source>
        <translation>Gatehouse</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Gateways</source>
        <translation>Шлюзы</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Мониторинг</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Правила</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Кэш</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Ключи</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>&amp;Gatehouse</source>
        <translation>&amp;Gatehouse</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Gatehouse</source>
        <translation>&amp;О программе Gatehouse</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;Welcome…</source>
        <translation>&amp;Приветствие…</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::MessageView</name>
    <message>
        <source>Copy message</source>
        <translation>Копировать сообщение</translation>
    </message>
    <message>
        <source>Edit and resend</source>
        <translation>Изменить и отправить снова</translation>
    </message>
    <message>
        <source>Regenerate answer</source>
        <translation>Сгенерировать ответ заново</translation>
    </message>
    <message>
        <source>Reasoning: %1</source>
        <translation>Рассуждения: %1</translation>
    </message>
    <message>
        <source>cache %1</source>
        <translation>кэш %1</translation>
    </message>
    <message>
        <source>filter %1</source>
        <translation>фильтр %1</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>через %1</translation>
    </message>
    <message>
        <source>finished: %1</source>
        <translation>завершено: %1</translation>
    </message>
    <message>
        <source>request %1</source>
        <translation>запрос %1</translation>
    </message>
    <message>
        <source>Waiting for the first token…</source>
        <translation>Ожидание первого токена…</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::NewAccessKeyDialog</name>
    <message>
        <source>Save to keychain</source>
        <translation>Сохранить в хранилище ключей</translation>
    </message>
    <message>
        <source>Access key &quot;%1&quot; created</source>
        <translation>Ключ доступа &quot;%1&quot; создан</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the only time the key is shown.&lt;/b&gt; Copy it into the application that will call %1, or save it to your keychain now. The gateway keeps only a hash and cannot show it again.</source>
        <translation>&lt;b&gt;Ключ показывается только один раз.&lt;/b&gt; Скопируйте его в приложение, которое будет обращаться к %1, или сейчас сохраните его в хранилище ключей. Шлюз хранит только хеш и не сможет показать ключ снова.</translation>
    </message>
    <message>
        <source>New access key</source>
        <translation>Новый ключ доступа</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Keychain name</source>
        <translation>Имя в хранилище ключей</translation>
    </message>
    <message>
        <source>Keychain name:</source>
        <translation>Имя в хранилище:</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in %1 s.</source>
        <translation>Скопировано. Буфер обмена будет очищен через %1 с.</translation>
    </message>
    <message>
        <source>Saving to the keychain…</source>
        <translation>Сохранение в хранилище ключей…</translation>
    </message>
    <message>
        <source>Saved to the keychain as &quot;%1&quot;.</source>
        <translation>Сохранено в хранилище ключей как &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::RuleDriftDialog</name>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Проверить снова</translation>
    </message>
    <message>
        <source>Rules drift</source>
        <translation>Расхождение правил</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Gateways that differ</source>
        <translation>Шлюзы с другими правилами</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Шлюз</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Ревизия</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Правила</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <source>&amp;Push to these</source>
        <translation>&amp;Отправить им</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Метка:</translation>
    </message>
    <message>
        <source>Compared with %1, revision %2.</source>
        <translation>Сравнение со шлюзом %1, ревизия %2.</translation>
    </message>
    <message numerus="yes">
        <source>Reading the revisions of %n gateway(s)…</source>
        <translation>
            <numerusform>Чтение ревизии %n шлюза…</numerusform>
            <numerusform>Чтение ревизий %n шлюзов…</numerusform>
            <numerusform>Чтение ревизий %n шлюзов…</numerusform>
        </translation>
    </message>
    <message>
        <source>holds other rules</source>
        <translation>другие правила</translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation>неизвестно: %1</translation>
    </message>
    <message>
        <source>No other gateway carries this tag.</source>
        <translation>Других шлюзов с этой меткой нет.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n other gateway(s) hold the same rules as %2.</source>
        <translation>
            <numerusform>Те же правила, что у %2: у %1 из %n другого шлюза.</numerusform>
            <numerusform>Те же правила, что у %2: у %1 из %n других шлюзов.</numerusform>
            <numerusform>Те же правила, что у %2: у %1 из %n других шлюзов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n other gateway(s) hold rules other than %2&apos;s.</source>
        <translation>
            <numerusform>Правила отличаются от %2 у %1 из %n другого шлюза.</numerusform>
            <numerusform>Правила отличаются от %2 у %1 из %n других шлюзов.</numerusform>
            <numerusform>Правила отличаются от %2 у %1 из %n других шлюзов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be asked.</source>
        <translation>
            <numerusform>%n не удалось опросить.</numerusform>
            <numerusform>%n не удалось опросить.</numerusform>
            <numerusform>%n не удалось опросить.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Push %1&apos;s rules to these %n</source>
        <translation>
            <numerusform>&amp;Отправить правила %1 на %n шлюз</numerusform>
            <numerusform>&amp;Отправить правила %1 на %n шлюза</numerusform>
            <numerusform>&amp;Отправить правила %1 на %n шлюзов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::RuleEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Вернуть</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Select a rule to edit it, or make a new one.</source>
        <translation>Выберите правило, чтобы изменить его, или создайте новое.</translation>
    </message>
    <message>
        <source>Valid — not saved yet.</source>
        <translation>Корректно — ещё не сохранено.</translation>
    </message>
    <message>
        <source>Valid.</source>
        <translation>Корректно.</translation>
    </message>
    <message>
        <source>%1 (and %2 more)</source>
        <translation>%1 (и ещё %2)</translation>
    </message>
    <message>
        <source>Rule view</source>
        <translation>Вид правила</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Форма</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>Edit the rule in fields</source>
        <translation>Правка правила по полям</translation>
    </message>
    <message>
        <source>Edit the rule as the admin API&apos;s JSON</source>
        <translation>Правка правила как JSON API администрирования</translation>
    </message>
    <message>
        <source>The form cannot show this rule (%1); edit it here.</source>
        <translation>Форма не может показать это правило (%1); измените его здесь.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::RuleFilterBar</name>
    <message>
        <source>Search rules</source>
        <translation>Поиск правил</translation>
    </message>
    <message>
        <source>Search id, name, tags, pattern… (Ctrl+F)</source>
        <translation>ID, имя, метки, шаблон… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Фильтр по виду</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>Рег. выражения</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Ключевые слова</translation>
    </message>
    <message>
        <source>PII</source>
        <translation>Перс. данные</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Ограничения</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Фильтр по метке</translation>
    </message>
    <message>
        <source>Every tag</source>
        <translation>Все метки</translation>
    </message>
    <message>
        <source>On/off filter</source>
        <translation>Фильтр вкл./выкл.</translation>
    </message>
    <message>
        <source>On and off</source>
        <translation>Вкл. и выкл.</translation>
    </message>
    <message>
        <source>Only on</source>
        <translation>Только вкл.</translation>
    </message>
    <message>
        <source>Only off</source>
        <translation>Только выкл.</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n правило</numerusform>
            <numerusform>%n правила</numerusform>
            <numerusform>%n правил</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n rule(s)</source>
        <translation>
            <numerusform>%1 из %n правила</numerusform>
            <numerusform>%1 из %n правил</numerusform>
            <numerusform>%1 из %n правил</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::RuleForm</name>
    <message>
        <source>Ena&amp;bled</source>
        <translation>Вкл&amp;ючено</translation>
    </message>
    <message>
        <source>Inp&amp;ut</source>
        <translation>В&amp;ход</translation>
    </message>
    <message>
        <source>&amp;Output</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Rule id</source>
        <translation>ID правила</translation>
    </message>
    <message>
        <source>e.g. no-card-numbers</source>
        <translation>напр. no-card-numbers</translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation>Имя правила</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Why the rule exists</source>
        <translation>Зачем нужно правило</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>When rules compete for the same text, the larger priority wins.</source>
        <translation>Когда правила претендуют на один и тот же текст, побеждает больший приоритет.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>e.g. pii, compliance</source>
        <translation>напр. pii, compliance</translation>
    </message>
    <message>
        <source>Comma-separated; the table&apos;s tag filter finds rules by them.</source>
        <translation>Через запятую; по ним правила находит фильтр тегов в таблице.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>Рег. выражение</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Ключевые слова</translation>
    </message>
    <message>
        <source>PII</source>
        <translation>Перс. данные</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Ограничения</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Redaction label</source>
        <translation>Метка маскировки</translation>
    </message>
    <message>
        <source>empty: the kind&apos;s default</source>
        <translation>пусто: по умолчанию</translation>
    </message>
    <message>
        <source>The text put in place of a match, in brackets: [LABEL].</source>
        <translation>Текст, который ставится вместо совпадения, в скобках: [МЕТКА].</translation>
    </message>
    <message>
        <source>Public message</source>
        <translation>Сообщение клиенту</translation>
    </message>
    <message>
        <source>empty: the gateway&apos;s default</source>
        <translation>пусто: сообщение шлюза</translation>
    </message>
    <message>
        <source>What a blocked client is told.</source>
        <translation>Что сообщают заблокированному клиенту.</translation>
    </message>
    <message>
        <source>Check the messages sent to the model.</source>
        <translation>Проверять сообщения, отправленные модели.</translation>
    </message>
    <message>
        <source>Check the model&apos;s answers.</source>
        <translation>Проверять ответы модели.</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <source>empty: every role</source>
        <translation>пусто: все роли</translation>
    </message>
    <message>
        <source>The message roles the rule reads (system, user, assistant, tool), comma-separated.</source>
        <translation>Роли сообщений, которые читает правило (system, user, assistant, tool), через запятую.</translation>
    </message>
    <message>
        <source>Which messages</source>
        <translation>Какие сообщения</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>Id problem</source>
        <translation>Ошибка в ID</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>Priorit&amp;y:</source>
        <translation>П&amp;риоритет:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Т&amp;еги:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>What it matches</source>
        <translation>Что ищет правило</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>&amp;Действие:</translation>
    </message>
    <message>
        <source>Action problem</source>
        <translation>Ошибка в действии</translation>
    </message>
    <message>
        <source>Redaction &amp;label:</source>
        <translation>&amp;Метка маскировки:</translation>
    </message>
    <message>
        <source>Redaction label problem</source>
        <translation>Ошибка в метке маскировки</translation>
    </message>
    <message>
        <source>Public &amp;message:</source>
        <translation>Сообщение &amp;клиенту:</translation>
    </message>
    <message>
        <source>Public message problem</source>
        <translation>Ошибка в сообщении клиенту</translation>
    </message>
    <message>
        <source>Scope problem</source>
        <translation>Ошибка в области</translation>
    </message>
    <message>
        <source>Checks:</source>
        <translation>Проверять:</translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation>Ро&amp;ли:</translation>
    </message>
    <message>
        <source>&amp;Which messages:</source>
        <translation>&amp;Читать:</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>RE2, e.g. (?i)confidential</source>
        <translation>RE2, напр. (?i)конфиденциально</translation>
    </message>
    <message>
        <source>&amp;Pattern:</source>
        <translation>&amp;Шаблон:</translation>
    </message>
    <message>
        <source>Pattern problem</source>
        <translation>Ошибка в шаблоне</translation>
    </message>
    <message>
        <source>top secret
project hedgehog</source>
        <translation>совершенно секретно
проект ёж</translation>
    </message>
    <message>
        <source>Whole words only</source>
        <translation>Только целые слова</translation>
    </message>
    <message>
        <source>Match only at word boundaries, in any script; letters match in either case.</source>
        <translation>Совпадение только по границам слов, в любой письменности; регистр букв не важен.</translation>
    </message>
    <message>
        <source>Keywords, one &amp;per line:</source>
        <translation>Ключевые слова, по од&amp;ному в строке:</translation>
    </message>
    <message>
        <source>Keywords problem</source>
        <translation>Ошибка в ключевых словах</translation>
    </message>
    <message>
        <source>Email addresses</source>
        <translation>Адреса эл. почты</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Номера телефонов</translation>
    </message>
    <message>
        <source>Payment cards</source>
        <translation>Платёжные карты</translation>
    </message>
    <message>
        <source>IBANs</source>
        <translation>Номера IBAN</translation>
    </message>
    <message>
        <source>IPv4 addresses</source>
        <translation>Адреса IPv4</translation>
    </message>
    <message>
        <source>IPv6 addresses</source>
        <translation>Адреса IPv6</translation>
    </message>
    <message>
        <source>OpenAI keys (sk-…)</source>
        <translation>Ключи OpenAI (sk-…)</translation>
    </message>
    <message>
        <source>AWS access keys</source>
        <translation>Ключи доступа AWS</translation>
    </message>
    <message>
        <source>JSON web tokens</source>
        <translation>Токены JWT</translation>
    </message>
    <message>
        <source>Secrets in text (password=…)</source>
        <translation>Секреты в тексте (password=…)</translation>
    </message>
    <message>
        <source>Detector &quot;%1&quot;</source>
        <translation>Детектор «%1»</translation>
    </message>
    <message>
        <source>Detect:</source>
        <translation>Искать:</translation>
    </message>
    <message>
        <source>Detectors problem</source>
        <translation>Ошибка в детекторах</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Без ограничения</translation>
    </message>
    <message>
        <source>Maximum characters</source>
        <translation>Максимум символов</translation>
    </message>
    <message>
        <source>Maximum estimated tokens</source>
        <translation>Максимум токенов (оценка)</translation>
    </message>
    <message>
        <source>Maximum messages</source>
        <translation>Максимум сообщений</translation>
    </message>
    <message>
        <source>Ma&amp;x characters:</source>
        <translation>М&amp;акс. символов:</translation>
    </message>
    <message>
        <source>Max estimated tokens:</source>
        <translation>Макс. токенов (оценка):</translation>
    </message>
    <message>
        <source>Max messages:</source>
        <translation>Макс. сообщений:</translation>
    </message>
    <message>
        <source>Limits problem</source>
        <translation>Ошибка в ограничениях</translation>
    </message>
    <message>
        <source>a tag is empty, has a comma in it or spaces around it</source>
        <translation>тег пустой, содержит запятую или пробелы по краям</translation>
    </message>
    <message>
        <source>a role is empty, has a comma in it or spaces around it</source>
        <translation>роль пустая, содержит запятую или пробелы по краям</translation>
    </message>
    <message>
        <source>a keyword is empty, spans lines or has spaces around it</source>
        <translation>ключевое слово пустое, занимает несколько строк или имеет пробелы по краям</translation>
    </message>
    <message>
        <source>a text field has a line break in it</source>
        <translation>в текстовом поле есть перевод строки</translation>
    </message>
    <message>
        <source>the priority is outside ±%L1</source>
        <translation>приоритет вне диапазона ±%L1</translation>
    </message>
    <message>
        <source>a limit is above %L1</source>
        <translation>ограничение больше %L1</translation>
    </message>
    <message>
        <source>A saved rule keeps its id; make a new rule for another id.</source>
        <translation>У сохранённого правила ID не меняется; для другого ID создайте новое правило.</translation>
    </message>
    <message>
        <source>At offset %1: %2</source>
        <translation>Смещение %1: %2</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Блокировать</translation>
    </message>
    <message>
        <source>Refuse the request, or stop the answer</source>
        <translation>Отклонить запрос или прервать ответ</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>Маскировать</translation>
    </message>
    <message>
        <source>Replace the matched text with a label and let the rest through</source>
        <translation>Заменить найденный текст меткой и пропустить остальное</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Отмечать</translation>
    </message>
    <message>
        <source>Let it through and count it in the gateway&apos;s metrics and log</source>
        <translation>Пропустить и учесть в метриках и журнале шлюза</translation>
    </message>
    <message>
        <source>all of them</source>
        <translation>все</translation>
    </message>
    <message>
        <source>the last one</source>
        <translation>только последнее</translation>
    </message>
    <message>
        <source>Read every input message of the roles above, or only the last one.</source>
        <translation>Читать все входящие сообщения указанных ролей или только последнее.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::RulePushDialog</name>
    <message>
        <source>A file:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Метка:</translation>
    </message>
    <message>
        <source>Push problem</source>
        <translation>Проблема отправки</translation>
    </message>
    <message>
        <source>&amp;Push</source>
        <translation>&amp;Отправить</translation>
    </message>
    <message>
        <source>Push rules to a group</source>
        <translation>Отправка правил группе</translation>
    </message>
    <message>
        <source>Rule set file</source>
        <translation>Файл набора правил</translation>
    </message>
    <message>
        <source>a rule set exported as JSON</source>
        <translation>набор правил, экспортированный в JSON</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <source>Push a rule set</source>
        <translation>Отправить набор правил</translation>
    </message>
    <message>
        <source>Rule sets (*.json)</source>
        <translation>Наборы правил (*.json)</translation>
    </message>
    <message>
        <source>Rule set:</source>
        <translation>Набор правил:</translation>
    </message>
    <message numerus="yes">
        <source>The rules of %1 (%n rule(s))</source>
        <translation>
            <numerusform>Правила шлюза %1 (%n правило)</numerusform>
            <numerusform>Правила шлюза %1 (%n правила)</numerusform>
            <numerusform>Правила шлюза %1 (%n правил)</numerusform>
        </translation>
    </message>
    <message>
        <source>Push rules to the gateways that differ</source>
        <translation>Отправка правил шлюзам с расхождениями</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n rule(s))</source>
        <translation>
            <numerusform>%1 (%n правило)</numerusform>
            <numerusform>%1 (%n правила)</numerusform>
            <numerusform>%1 (%n правил)</numerusform>
        </translation>
    </message>
    <message>
        <source>not pushed yet</source>
        <translation>ещё не отправлено</translation>
    </message>
    <message>
        <source>No gateway carries this tag.</source>
        <translation>Ни у одного шлюза нет этой метки.</translation>
    </message>
    <message numerus="yes">
        <source>%n gateway(s) will get the rule set; each applies it whole or keeps the set it has.</source>
        <translation>
            <numerusform>Набор правил получит %n шлюз; он применит его целиком или оставит прежний.</numerusform>
            <numerusform>Набор правил получат %n шлюза; каждый применит его целиком или оставит прежний.</numerusform>
            <numerusform>Набор правил получат %n шлюзов; каждый применит его целиком или оставит прежний.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the admin tokens…</source>
        <translation>Чтение токенов администратора…</translation>
    </message>
    <message numerus="yes">
        <source>Pushing to %n gateway(s)…</source>
        <translation>
            <numerusform>Отправка на %n шлюз…</numerusform>
            <numerusform>Отправка на %n шлюза…</numerusform>
            <numerusform>Отправка на %n шлюзов…</numerusform>
        </translation>
    </message>
    <message>
        <source>Applied: revision %1</source>
        <translation>Применено: ревизия %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
    <message numerus="yes">
        <source>All %n gateway(s) hold the rule set now.</source>
        <translation>
            <numerusform>Теперь набор правил на %n шлюзе.</numerusform>
            <numerusform>Теперь набор правил на всех %n шлюзах.</numerusform>
            <numerusform>Теперь набор правил на всех %n шлюзах.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The rule set reached %1 of %n gateway(s); the others keep their previous set.</source>
        <translation>
            <numerusform>Набор правил дошёл до %1 из %n шлюза; остальные сохранили прежний.</numerusform>
            <numerusform>Набор правил дошёл до %1 из %n шлюзов; остальные сохранили прежний.</numerusform>
            <numerusform>Набор правил дошёл до %1 из %n шлюзов; остальные сохранили прежний.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::RuleTableModel</name>
    <message>
        <source>last message</source>
        <translation>последнее сообщение</translation>
    </message>
    <message>
        <source>input</source>
        <translation>вход</translation>
    </message>
    <message>
        <source>input (%1)</source>
        <translation>вход (%1)</translation>
    </message>
    <message>
        <source>output</source>
        <translation>выход</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Вкл.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приор.</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Hit counts are not known yet.</source>
        <translation>Число срабатываний пока неизвестно.</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <source>No hits.</source>
        <translation>Срабатываний нет.</translation>
    </message>
    <message>
        <source>Counted by the gateway since it started.</source>
        <translation>Считается шлюзом с момента его запуска.</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Сраб.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::RuleTestPanel</name>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Проверить</translation>
    </message>
    <message>
        <source>Text to test</source>
        <translation>Текст для проверки</translation>
    </message>
    <message>
        <source>A message or an answer, e.g. &quot;my card is 4111 1111 1111 1111&quot;</source>
        <translation>Сообщение или ответ, например &quot;моя карта 4111 1111 1111 1111&quot;</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>as a user message (input)</source>
        <translation>как сообщение пользователя (вход)</translation>
    </message>
    <message>
        <source>as a model&apos;s answer (output)</source>
        <translation>как ответ модели (выход)</translation>
    </message>
    <message>
        <source>Evaluate the text against the rules in force on this gateway (Ctrl+Return)</source>
        <translation>Проверить текст по правилам, действующим на этом шлюзе (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Совпадения</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Байты</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Совпадение</translation>
    </message>
    <message>
        <source>Redacted text</source>
        <translation>Замаскированный текст</translation>
    </message>
    <message>
        <source>Passes: no rule matches.</source>
        <translation>Пропускается: ни одно правило не сработало.</translation>
    </message>
    <message>
        <source>Flagged: it passes, and the matches are counted.</source>
        <translation>Помечено: текст пропускается, совпадения учитываются.</translation>
    </message>
    <message>
        <source>Redacted: it passes with the matches replaced.</source>
        <translation>Замаскировано: текст пропускается, совпадения заменены.</translation>
    </message>
    <message>
        <source>Blocked by %1.</source>
        <translation>Заблокировано правилом %1.</translation>
    </message>
    <message>
        <source>The client gets %1: &quot;%2&quot;</source>
        <translation>Клиент получит ответ %1: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Engine error: %1</source>
        <translation>Ошибка движка правил: %1</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::RulesPage</name>
    <message>
        <source>No gateway to manage</source>
        <translation>Нет шлюза для управления</translation>
    </message>
    <message>
        <source>Rules problem</source>
        <translation>Проблема с правилами</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;New rule</source>
        <translation>&amp;Новое правило</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Import rules</source>
        <translation>Импорт правил</translation>
    </message>
    <message>
        <source>Rule sets (*.json)</source>
        <translation>Наборы правил (*.json)</translation>
    </message>
    <message>
        <source>Export rules</source>
        <translation>Экспорт правил</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Правила</translation>
    </message>
    <message>
        <source>Content filter rules enforced by your gateways.</source>
        <translation>Правила фильтрации содержимого, применяемые шлюзами.</translation>
    </message>
    <message>
        <source>Gateway:</source>
        <translation>Шлюз:</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Try a text</source>
        <translation>Проверка текста</translation>
    </message>
    <message>
        <source>Open the Gateways page</source>
        <translation>Открыть страницу «Шлюзы»</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Обращение к %1…</translation>
    </message>
    <message>
        <source>Could not read the rules of %1: %2</source>
        <translation>Не удалось получить правила шлюза %1: %2</translation>
    </message>
    <message>
        <source>Asking</source>
        <translation>Обращение</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) on %1.</source>
        <translation>
            <numerusform>%n правило на шлюзе %1.</numerusform>
            <numerusform>%n правила на шлюзе %1.</numerusform>
            <numerusform>%n правил на шлюзе %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved rule</source>
        <translation>Несохранённое правило</translation>
    </message>
    <message>
        <source>Discard the changes to &quot;%1&quot;?</source>
        <translation>Отменить изменения правила &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>The rules of %1 changed since they were read (someone else saved); nothing was overwritten. Refresh, then make your change again.</source>
        <translation>Правила шлюза %1 изменились после чтения (их сохранил кто-то другой); ничего не перезаписано. Обновите список и внесите изменение заново.</translation>
    </message>
    <message>
        <source>%1 refused it: %2</source>
        <translation>Шлюз %1 отклонил изменение: %2</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;; it applies to the next request.</source>
        <translation>Правило &quot;%1&quot; сохранено; оно применяется со следующего запроса.</translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation>Удалить правило</translation>
    </message>
    <message>
        <source>Delete the rule &quot;%1&quot; from %2? It stops applying at the next request.</source>
        <translation>Удалить правило &quot;%1&quot; со шлюза %2? Оно перестанет применяться со следующего запроса.</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;.</source>
        <translation>Правило &quot;%1&quot; удалено.</translation>
    </message>
    <message>
        <source>Enabled &quot;%1&quot;.</source>
        <translation>Правило &quot;%1&quot; включено.</translation>
    </message>
    <message>
        <source>Disabled &quot;%1&quot;: it no longer applies.</source>
        <translation>Правило &quot;%1&quot; выключено и больше не применяется.</translation>
    </message>
    <message>
        <source>Could not test: %1</source>
        <translation>Не удалось проверить: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1: %2%3 — nothing was sent.</source>
        <translation>%1: %2%3 — ничего не отправлено.</translation>
    </message>
    <message>
        <source> (and %1 more)</source>
        <translation> (и ещё %1)</translation>
    </message>
    <message>
        <source>Replace the %1 rules of %2 with the %3 rules of %4?</source>
        <translation>Заменить правила шлюза %2 (всего: %1) правилами из %4 (всего: %3)?</translation>
    </message>
    <message>
        <source>Imported %1 rules from %2.</source>
        <translation>Импортировано правил из %2: %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rule(s) of %1 to %2.</source>
        <translation>
            <numerusform>Экспортировано %n правило шлюза %1 в %2.</numerusform>
            <numerusform>Экспортировано %n правила шлюза %1 в %2.</numerusform>
            <numerusform>Экспортировано %n правил шлюза %1 в %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find rules</source>
        <translation>&amp;Найти правила</translation>
    </message>
    <message>
        <source>Hit counts are unknown: %1</source>
        <translation>Число срабатываний неизвестно: %1</translation>
    </message>
    <message>
        <source>&amp;Push to group…</source>
        <translation>&amp;Отправить группе…</translation>
    </message>
    <message>
        <source>&amp;Drift…</source>
        <translation>&amp;Расхождения…</translation>
    </message>
    <message>
        <source>Replace the rules of every gateway of a tag with this gateway&apos;s rules or a file</source>
        <translation>Заменить правила всех шлюзов с меткой правилами этого шлюза или файла</translation>
    </message>
    <message>
        <source>List the gateways of a tag whose rules differ from this gateway&apos;s</source>
        <translation>Показать шлюзы с меткой, правила которых отличаются от правил этого шлюза</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::SecretDialog</name>
    <message>
        <source>Replace key</source>
        <translation>Заменить ключ</translation>
    </message>
    <message>
        <source>Add key</source>
        <translation>Добавить ключ</translation>
    </message>
    <message>
        <source>e.g. openai-prod</source>
        <translation>например, openai-prod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>paste the key here</source>
        <translation>вставьте ключ сюда</translation>
    </message>
    <message>
        <source>Show the value</source>
        <translation>Показать значение</translation>
    </message>
    <message>
        <source>Hide the value</source>
        <translation>Скрыть значение</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Значение:</translation>
    </message>
    <message>
        <source>The value is stored in your system keychain only; Gatehouse keeps just the name.</source>
        <translation>Значение хранится только в системном хранилище ключей; Gatehouse сохраняет лишь имя.</translation>
    </message>
    <message>
        <source>Name: use 1–128 letters, digits and . _ - : / starting with a letter or digit.</source>
        <translation>Имя: от 1 до 128 символов — буквы, цифры и . _ - : /; первый символ — буква или цифра.</translation>
    </message>
    <message>
        <source>Name: a key named “%1” exists already; select it and choose Replace.</source>
        <translation>Имя: ключ «%1» уже существует; выберите его и нажмите «Заменить».</translation>
    </message>
    <message>
        <source>Value: paste the key; an empty value cannot be stored.</source>
        <translation>Значение: вставьте ключ; пустое значение сохранить нельзя.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::SecretTableModel</name>
    <message>
        <source>revealed value</source>
        <translation>значение показано</translation>
    </message>
    <message>
        <source>hidden value</source>
        <translation>значение скрыто</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::SettingsPage</name>
    <message>
        <source>Same as the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>A new language applies the next time Gatehouse starts.</source>
        <translation>Новый язык вступит в силу при следующем запуске Gatehouse.</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Clear copied keys after</source>
        <translation>Очищать скопированные ключи через</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Внешний вид</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>Start the &amp;local gateway with Gatehouse</source>
        <translation>Запускать &amp;локальный шлюз вместе с Gatehouse</translation>
    </message>
    <message>
        <source>A gatehoused on 127.0.0.1 with the offline demo model, listed on the Gateways page</source>
        <translation>Экземпляр gatehoused на 127.0.0.1 с автономной демо-моделью; отображается на странице «Шлюзы»</translation>
    </message>
    <message>
        <source>Local gateway</source>
        <translation>Локальный шлюз</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Безопасность</translation>
    </message>
    <message>
        <source>&amp;Clear copied keys after:</source>
        <translation>Очищать &amp;скопированные ключи через:</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Данные</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Файл базы данных</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Открыть папку</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>База данных:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Размер:</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> ч</translation>
    </message>
    <message>
        <source>Keep raw metric samples for</source>
        <translation>Хранить исходные замеры метрик</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Keep 1-minute metric rollups for</source>
        <translation>Хранить минутные агрегаты метрик</translation>
    </message>
    <message>
        <source>Keep 1-hour metric rollups for</source>
        <translation>Хранить часовые агрегаты метрик</translation>
    </message>
    <message>
        <source>Keep raw metrics:</source>
        <translation>Хранить исходные метрики:</translation>
    </message>
    <message>
        <source>Keep 1-minute rollups:</source>
        <translation>Хранить минутные агрегаты:</translation>
    </message>
    <message>
        <source>Keep 1-hour rollups:</source>
        <translation>Хранить часовые агрегаты:</translation>
    </message>
    <message>
        <source>Gatehouse %1 · Qt %2</source>
        <translation>Gatehouse %1 · Qt %2</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>How Gatehouse looks and where it keeps its data.</source>
        <translation>Внешний вид Gatehouse и место хранения данных.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Перезапустить</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> МиБ</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Без ограничения</translation>
    </message>
    <message>
        <source>Largest metric history before the oldest raw samples go</source>
        <translation>Наибольший размер истории метрик, после которого удаляются самые старые необработанные замеры</translation>
    </message>
    <message>
        <source>When the console database grows past this, the oldest raw metric samples are deleted first; the 1-minute and 1-hour rollups stay, and charts further back use them.</source>
        <translation>Когда база данных консоли превышает этот размер, первыми удаляются самые старые необработанные замеры метрик; минутные и часовые сводки остаются, и графики за более ранний период строятся по ним.</translation>
    </message>
    <message>
        <source>Trim raw metrics above:</source>
        <translation>Сокращать необработанные метрики свыше:</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Filter by action or key</source>
        <translation>Фильтр по действию или клавише</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Фильтр сочетаний клавиш</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Везде</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::SuiteTargetsDialog</name>
    <message>
        <source>Run against several targets</source>
        <translation>Запуск на нескольких целях</translation>
    </message>
    <message>
        <source>Every case runs once against each target you tick; the answers of the others are compared with the first one&apos;s.</source>
        <translation>Каждый случай выполняется по разу на каждой отмеченной цели; ответы остальных сравниваются с ответом первой.</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Цели</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::SuitesPanel</name>
    <message>
        <source>waiting</source>
        <translation>ожидание</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>выполняется…</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>пройден</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>ПРОВАЛЕН</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>пропущен</translation>
    </message>
    <message>
        <source>Open a prompt suite (JSON, see docs/prompt-suites.md) to run its cases.</source>
        <translation>Откройте набор промптов (JSON, см. docs/prompt-suites.md), чтобы выполнить его сценарии.</translation>
    </message>
    <message>
        <source>Open suite…</source>
        <translation>Открыть набор…</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Запустить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Run against</source>
        <translation>Цель запуска</translation>
    </message>
    <message>
        <source>Run every case against this target instead of the ones the suite names</source>
        <translation>Выполнить все сценарии на этой цели вместо указанных в наборе</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <source>Target · model</source>
        <translation>Цель · модель</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Проверки</translation>
    </message>
    <message>
        <source>Suite results</source>
        <translation>Результаты набора</translation>
    </message>
    <message>
        <source>%1 passed · %2 failed · %3 skipped</source>
        <translation>Пройдено: %1 · провалено: %2 · пропущено: %3</translation>
    </message>
    <message>
        <source>Run against:</source>
        <translation>Цель запуска:</translation>
    </message>
    <message>
        <source>the targets the suite names</source>
        <translation>цели из набора</translation>
    </message>
    <message>
        <source>Open prompt suite</source>
        <translation>Открыть набор промптов</translation>
    </message>
    <message>
        <source>Prompt suites (*.json);;All files (*)</source>
        <translation>Наборы промптов (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Cannot open this suite — %1</source>
        <translation>Не удалось открыть набор — %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; — %n case(s), from %2</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %n сценарий, файл %2</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %n сценария, файл %2</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %n сценариев, файл %2</numerusform>
        </translation>
    </message>
    <message>
        <source>not run</source>
        <translation>не запускался</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>all %1 passed</source>
        <translation>все пройдены (%1)</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>не пройдены: %1</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>✗ %1 — %2</source>
        <translation>✗ %1 — %2</translation>
    </message>
    <message>
        <source>Difference from the first target&apos;s answer</source>
        <translation>Отличия от ответа первой цели</translation>
    </message>
    <message>
        <source>Several targets…</source>
        <translation>Несколько целей…</translation>
    </message>
    <message>
        <source>same answer as %1</source>
        <translation>тот же ответ, что у %1</translation>
    </message>
    <message>
        <source>%1% the same as %2</source>
        <translation>совпадает с %2 на %1%</translation>
    </message>
    <message>
        <source>The same answer as %1&apos;s.</source>
        <translation>Тот же ответ, что у %1.</translation>
    </message>
    <message>
        <source>Compared with %1&apos;s answer: %2% the same.</source>
        <translation>По сравнению с ответом %1: совпадает на %2%.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::TargetPicker</name>
    <message>
        <source>Target</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>model name</source>
        <translation>имя модели</translation>
    </message>
    <message>
        <source>Load the models this target offers</source>
        <translation>Загрузить модели, доступные у этой цели</translation>
    </message>
    <message>
        <source>Load models</source>
        <translation>Загрузить модели</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Цель:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Модель:</translation>
    </message>
    <message>
        <source>choose or type a model first</source>
        <translation>сначала выберите или введите модель</translation>
    </message>
    <message>
        <source>%1 — provider, directly</source>
        <translation>%1 — провайдер напрямую</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::TimeChart</name>
    <message>
        <source>%1 chart</source>
        <translation>График «%1»</translation>
    </message>
    <message>
        <source>no data in this range</source>
        <translation>нет данных за этот период</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить масштаб</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>Экспорт в PNG…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Экспорт графика</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <source>Export data as CSV…</source>
        <translation>Экспорт данных в CSV…</translation>
    </message>
    <message>
        <source>Export chart data</source>
        <translation>Экспорт данных графика</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n lines: hover the plot to read the highest</source>
        <translation>
            <numerusform>%n линия: наведите на график, чтобы увидеть наибольшие</numerusform>
            <numerusform>%n линии: наведите на график, чтобы увидеть наибольшие</numerusform>
            <numerusform>%n линий: наведите на график, чтобы увидеть наибольшие</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>ещё %n</numerusform>
            <numerusform>ещё %n</numerusform>
            <numerusform>ещё %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::WelcomeDialog</name>
    <message>
        <source>Welcome to Gatehouse</source>
        <translation>Добро пожаловать в Gatehouse</translation>
    </message>
    <message>
        <source>Gatehouse tests and watches the LLM chat gateways you run: their keys, chat, filter rules, cache and metrics. How would you like to start?</source>
        <translation>Gatehouse проверяет шлюзы LLM-чатов и следит за ними: ключи, чат, правила фильтрации, кэш и метрики. С чего начать?</translation>
    </message>
    <message>
        <source>Start the local gateway</source>
        <translation>Запустить локальный шлюз</translation>
    </message>
    <message>
        <source>A gatehoused on this computer (127.0.0.1) with an offline demo model: chat with it and watch its metrics right away, no keys and no network needed.</source>
        <translation>gatehoused на этом компьютере (127.0.0.1) с офлайн-демомоделью: с ним можно сразу общаться в чате и смотреть его метрики — без ключей и без сети.</translation>
    </message>
    <message>
        <source>Add my gateway…</source>
        <translation>Добавить свой шлюз…</translation>
    </message>
    <message>
        <source>Register a gateway you run — gatehoused, LiteLLM, vLLM, Ollama, any OpenAI-compatible server — or a Prometheus server that watches a fleet.</source>
        <translation>Зарегистрировать свой шлюз — gatehoused, LiteLLM, vLLM, Ollama, любой OpenAI-совместимый сервер — или сервер Prometheus, который следит за парком шлюзов.</translation>
    </message>
    <message>
        <source>Either can be changed later: the local gateway in Settings, gateways on the Gateways page.</source>
        <translation>Выбор можно изменить позже: локальный шлюз — в «Настройках», шлюзы — на странице «Шлюзы».</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Не сейчас</translation>
    </message>
</context>
</TS>
