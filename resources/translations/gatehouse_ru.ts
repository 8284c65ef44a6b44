<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ConnectionTest</name>
    <message>
        <source>Nothing to test: the profile has no base URL or metrics URL. Enter one and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot resolve %1 within %2 s: the DNS server does not answer. Check the network connection and the DNS settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot resolve %1: %2. Check the URL&apos;s host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an address; nothing to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from %1 within %2 s: a firewall may drop the connection, or the host is down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection refused by %1: nothing listens on that port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1: the network or the host is unreachable. Check the address and the network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake with %1 did not finish within %2 s. Check that the port serves HTTPS, or use http://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with %2: certificate for %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection during the TLS handshake. Check that the port serves HTTPS, or use http://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2. Check that the port serves HTTPS, or use http://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No HTTP answer from %1 within %2 s: the server accepted the connection but did not respond. Check that the URL points at the API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection without an HTTP answer to %1. Check that the port serves %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTTP request to %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway answered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway answered %1: it needs an API key. Store the key in the keychain and name it in the gateway&apos;s profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway answered %1: it needs an API key, and the key stored as &apos;%2&apos; was not sent. Check that the keychain holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway answered %1: the API key was rejected. Check the key stored as &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway answered %1: the API key is not allowed to use %2. Check the key stored as &apos;%3&apos; and its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 from %2: the gateway redirects to %3. Use that address in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing is served at that path. Check that the URL is the Prometheus server&apos;s root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing is served at that path. Check the URL (OpenAI-compatible APIs usually end in /v1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gateway is limiting requests. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gateway or the service behind it is unavailable. Check its logs and upstreams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gateway failed to answer. Check its logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gateway refused the request. Check the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key stored as &apos;%1&apos; was accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 works: HTTP %2 from %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GatewayKind</name>
    <message>
        <source>Gatehouse gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI-compatible API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LiteLLM proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vLLM server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llama.cpp server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ollama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kong AI Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bifrost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TensorZero gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GatewayRegistry</name>
    <message>
        <source>a gateway named &quot;%1&quot; already exists; choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no gateway with id %1 any more: it may have been removed elsewhere. Reload the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot %1: the console database reported &quot;%2&quot;. Check the free disk space and the permissions of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the gateway &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the gateway &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the gateway with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (copy %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileValidation</name>
    <message>
        <source>enter a name, e.g. &quot;production&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use at most %1 characters (this one has %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the line breaks and other control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the spaces at the start or the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the Prometheus server&apos;s address, e.g. http://prometheus.example.com:9090</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the API root, e.g. http://localhost:11434/v1 (Ollama has no metrics URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the API root, e.g. %1, or a metrics URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a Gatehouse gateway has an admin API; leave it empty for a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use the name of a secret in the keychain (letters, digits and . _ - : /, starting with a letter or digit, at most 128), not the secret itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the full path of the file, e.g. /etc/ssl/gateway-ca.pem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist; check the path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file; choose the PEM file with the CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1; check its permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate; export the CA certificate as PEM (a text file starting with -----BEGIN CERTIFICATE-----)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use the base64 SHA-256 of the certificate&apos;s public key, 44 characters, optionally after &quot;sha256//&quot; (as in curl --pinnedpubkey)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use %1 to %2 seconds (not %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use at most %1 tags (there are %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the empty tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tag: use at most %2 characters, no commas, line breaks or spaces at either end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is there twice; remove one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin token secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token limit field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid URL; use the form https://host:port/path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the user name and password from the URL; store credentials in the keychain and name them in the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use http:// or https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the host name, e.g. https://gateway.example.com/v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the #fragment; the server never sees it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a header name (letters, digits and - only, no spaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of %1 has a line break or control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names the secret &quot;%2&quot;, which is not a valid secret name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use max_tokens or max_completion_tokens (or leave it empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Gatehouse cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the secret &apos;%1&apos; that an extra header of %2 names: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the API key &apos;%1&apos; of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain entry &apos;%1&apos; is not a history key (%2 bytes); remove it on the Keys page to start a new history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider name &quot;%1&quot; must start with a letter or digit and use only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name &quot;demo&quot; belongs to the built-in demo provider; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider &quot;%1&quot; needs an http:// or https:// address, e.g. https://api.openai.com/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider &quot;%1&quot; needs at least one model name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider &quot;%1&quot; has an invalid model name &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the local gateway&apos;s providers: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the local gateway&apos;s providers are not valid JSON (%2 at byte %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot save the local gateway&apos;s providers: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretKind</name>
    <message>
        <source>Provider API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway admin token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TlsPolicy</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate pin in the gateway&apos;s TLS options is not a base64 SHA-256 of a public key; correct it (44 characters, optionally after &quot;sha256//&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the CA file %1 of the gateway&apos;s TLS options: %2. Check the path and its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 of the gateway&apos;s TLS options holds no PEM certificate; export the CA certificate as PEM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of host %1 does not match the pinned key (it has %2). If the gateway&apos;s key changed on purpose, update the pin in its TLS options; otherwise someone may be intercepting the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of host %1 expired on %2. Renew the gateway&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of host %1 is valid only from %2. Check the clock of this computer and of the gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of host %1 has been revoked. Replace the gateway&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of host %1 is not trusted: self-signed certificate. Add its CA file or pin it in the gateway&apos;s TLS options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of host %1 is not trusted: issued by an unknown CA (%2). Add its CA file or pin it in the gateway&apos;s TLS options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of host %1 is for other names (%2). Use one of those names in the URL, or pin the certificate in the gateway&apos;s TLS options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of host %1 was refused: %2. Check the gateway&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS connection to %1 was refused. Check the gateway&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted by its pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted by the system CAs, pin matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted by the CA file, pin matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted by the system CAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted by the system CAs or the CA file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::AccessKeysClient</name>
    <message>
        <source>list the access keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway&apos;s answer could not be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create the access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds no secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoke the access key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::CacheClient</name>
    <message>
        <source>The gateway&apos;s answer could not be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::LocalGateway</name>
    <message>
        <source>The local gateway could not start: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local gateway is not installed: gatehoused was not found next to Gatehouse or on PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local gateway&apos;s provider &quot;%1&quot; needs its key from the keychain, which is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local gateway did not report its address within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local gateway could not read the key &quot;%1&quot; of provider &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local gateway cannot create its directory %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local gateway cannot write its config %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local gateway crashed. Its last words: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local gateway stopped (exit code %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::metrics::Poller</name>
    <message>
        <source>The key &quot;%1&quot; cannot be read: no keychain is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gave no complete answer within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent more than %2 MB of metrics; the scrape was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3: it wants a key; set one on the gateway&apos;s entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3: check the key &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot resolve %1: check the host name of the metrics URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2 refused the connection: is the gateway running?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scraping %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::AccessKeyDialog</name>
    <message>
        <source> req/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> tok/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log prompt and answer text for this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. web-shop-prod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All models (or a comma-separated list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off by default: the access log then holds timings and sizes, never text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Models:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Requests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the key a name, so that the access log and metrics can tell its callers apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry is in the past; pick a later date or untick &quot;Expires on&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::AccessKeyTableModel</name>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 req/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tok/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the start of the key is known; the whole key was shown once, when it was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::AccessKeysPanel</name>
    <message>
        <source>Access key problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New access key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n access key(s) on %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Created the access key &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the access key &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled the access key &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled the access key &quot;%1&quot;: its callers get 401 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the access key &quot;%1&quot; on %2? Applications using it are refused at once; this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked the access key &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::AdminGatewayPicker</name>
    <message>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gateway with an admin API is registered. Add a Gatehouse gateway with its admin address and admin token on the Gateways page — the local gateway is one once it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag &quot;%1&quot; (%2 gateways)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway &quot;%1&quot; is no longer registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admin token &quot;%1&quot; of %2 could not be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::AlertCenter</name>
    <message>
        <source>Gatehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: resolved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::AlertLogDialog</name>
    <message>
        <source>Alert log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alerts yet. Set thresholds with Alerts… on a gateway&apos;s dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::AlertThresholdsDialog</name>
    <message>
        <source>p95 latency above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error ratio above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway is down (its metrics cannot be scraped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95 latency threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95 latency duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error ratio threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error ratio duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise an alert (tray notification and alert log) when:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::CacheEntryDetail</name>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entry to see its request and answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAQ answer (pinned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cached answer, pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cached answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 · expires %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s), last %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 prompt + %3 completion tokens · %4 s upstream saved per hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::CacheEntryTableModel</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAQ answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::CachePage</name>
    <message>
        <source>prompts containing &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pinned or FAQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gateway to look into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;FAQ answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make FAQ answer from this…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;TTL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &amp;matching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;lush…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every entry the search and filters keep, after counting them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every unpinned entry of this gateway&apos;s cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers your gateways keep for questions asked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caches of the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hit ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateways sharing one store (a Redis behind a load balancer) are shown once; pick a cache to browse it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned and FAQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the cache of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Gateways page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entry to see its request and answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Asking the %n gateway(s) tagged &quot;%1&quot;…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis %1 (shared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the cache figures of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries selected.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the entry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1 the entry: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned: the entry never expires and is never evicted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpinned: the entry expires and may be evicted again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change time to live</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>New time to live from now for %n entry(s) — e.g. 30m, 2h, 7d, or &quot;never&quot;:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time to live; write e.g. 90s, 30m, 2h, 7d or never.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the time to live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Could not change the time to live of %n entry(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n cache entry(s) from %1? Clients asking these questions get fresh answers from the model again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them pinned or FAQ answers.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete cache entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n entry(s) from %1…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n entry(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled; %n not tried.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) could not be deleted: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 entries could not be deleted.

%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete matching entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search or pick a model or kind first: this deletes what the filter keeps. To delete every entry, use Flush.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the entries of %1 that match…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not count the matching entries: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entry of %1 matches %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n entry(s) of %1 matching %2?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the matching entries: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n matching entry(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Flush cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Flush the cache of %1? Every unpinned entry is deleted (the cache holds %n entry(s) now); clients get fresh answers from the model.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Flush the cache of %1? Every unpinned entry is deleted; clients get fresh answers from the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also delete pinned entries and FAQ answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Flush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not flush the cache of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Flushed %1: deleted %n entry(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Flushed %1: deleted %n entry(s); pinned entries kept.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The gateway changed; pick it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored the FAQ answer %1 — pinned, it never expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the cache of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matching entries shown — scroll for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 entries shown — scroll for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries shown — scroll for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) match.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Un&amp;pin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::CacheStatsBar</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hit ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no lookups yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hits, %2 misses since the gateway started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens the upstream did not have to generate, and the upstream time hits saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis (shared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ChatHistorySettings</name>
    <message>
        <source>Chat history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep chat history (encrypted, key in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete chat history after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear chat history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every stored question and answer? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s) stored</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ChatPage</name>
    <message>
        <source>Nothing to chat with yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a gateway or model server that speaks the OpenAI chat API — Gatehouse, LiteLLM, vLLM, llama.cpp, Ollama, OpenAI — and try prompts against it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try prompts against any gateway or model and read the figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message (Ctrl+Enter to send, Esc to stop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the answer (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Gateways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ChatParametersPanel</name>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System prompt (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a fixed seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the same seed with every request, for repeatable answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One stop sequence per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top &amp;p:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max &amp;tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::CompareColumn</name>
    <message>
        <source>Remove this column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove column</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ComparePanel</name>
    <message>
        <source>Send to all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One prompt for every column (Ctrl+Enter to send, Esc to stop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop every answer (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare one more target or model (up to %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Prompt:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ConnectionTestDialog</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key &apos;%1&apos; could not be read from the keychain: %2 Testing without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3 ms)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::DashboardCharts</name>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors by code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache hit ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::DashboardPage</name>
    <message>
        <source>No gateways to watch yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateways with a metrics URL are polled and charted here. Add one on the Gateways page, or start the local gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency, errors and load of every gateway you run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort gateways by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busiest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slowest first (p95)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most errors first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show gateways tagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a gateway&apos;s dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Gateways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alert thresholds could not be saved in the console database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::FaqAnswerDialog</name>
    <message>
        <source>System prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAQ answer problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add FAQ answer — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional — only when your application sends one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly as users ask it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer every client asking this question gets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway answers this question from the cache, without calling the model, for as long as the entry exists. FAQ answers are pinned: they never expire and are never evicted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System prompt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parameters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request fields that are part of the question, as JSON — the same values your application sends, e.g. its temperature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Store answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the model the question is asked of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the question, exactly as users ask it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the answer the gateway should give.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters: %1 at character %2; write a JSON object such as {&quot;temperature&quot;: 0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters must be a JSON object such as {&quot;temperature&quot;: 0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters: &quot;%1&quot; is set by the editor; leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::FleetModel</name>
    <message>
        <source>%1: waiting for the first scrape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: down. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: up, %2 requests, p95 %3, errors %4, cache hits %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::GatewayDashboard</name>
    <message>
        <source>Last 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← All gateways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop following the clock; zooming or panning a chart also pauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds that raise a tray notification and an alert-log entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the first scrape…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up · profile %1 · last scrape %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 ms, %2 KB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down since the scrape at %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::GatewayDialog</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Production EU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sha256//base64 of the public key, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated, e.g. prod, eu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OpenAI-compatible API root (ends in /v1 for most gateways and model servers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metrics URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dmin API URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of a key stored on the Keys page; the key itself stays in your keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate &amp;pin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Poll every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as usual for the kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ask for it (stream_options)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not ask (the server refuses stream_options)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Advanced chat settings&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra &amp;headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One &quot;Name: value&quot; per line, sent with every chat request. Write {secret:NAME} to send a key from the Keys page without storing it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token &amp;limit field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Usage in streams:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (used when left empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::GatewayTableModel</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll every</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::GatewayTileDelegate</name>
    <message>
        <source>up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>req/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cache hits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::GatewaysPage</name>
    <message>
        <source>No gateways yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the gateways, model servers and Prometheus servers you run. Gatehouse checks their connection, keeps their keys in your keychain and, as it grows, charts their metrics and chats through them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything this console manages: gateways, model servers, Prometheus servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, kind, address or tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter gateways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add gateway…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1” from the list? Its keys stay in your keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::HistoryPanel</name>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen in conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search questions, answers, targets and models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History is off: Settings → Chat history keeps none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the history key in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History is off — its key could not be kept in the keychain: %1 Nothing is stored without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s) were sealed with another key and cannot be read.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Questions and answers are encrypted in the console database; the key lives in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Question&lt;/b&gt; to %1 · %2:&lt;br&gt;%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::KeysPage</name>
    <message>
        <source>No keys stored yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep provider API keys, gateway admin tokens and access keys in your system keychain, never in files. Gateways and the chat refer to them by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;place…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;veal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets kept in your system keychain, and the access keys your gateways hand out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets kept in your system keychain. Gatehouse stores only their names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copied key was cleared from the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway access keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced “%1” in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored “%1” in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” from your keychain? Gateways that refer to it will no longer authenticate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The value is hidden again after %n seconds.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied “%1”. The clipboard is cleared in %n seconds.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::LocalGatewayPanel</name>
    <message>
        <source>Providers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local gateway status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the local gateway&apos;s log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local gateway log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers the local gateway forwards to besides its demo model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local gateway providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local gateway: stopped. Start it to chat with the offline demo model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local gateway: starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local gateway: running at %1 with the offline demo model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> the local gateway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::LocalProvidersDialog</name>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local gateway providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besides its offline demo model, the local gateway can forward to these providers. Their keys stay in your keychain; the console hands them to the gateway through a pipe when it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. openai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key (a local model server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider key in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpt-4o-mini, gpt-4o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization: Bearer (OpenAI, most servers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>api-key header (Azure OpenAI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the key is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Models:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key sent as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a provider named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::MainWindow</name>
    <message>
        <source>Gatehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gatehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Gatehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Gatehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Gatehouse %1&lt;/h3&gt;&lt;p&gt;An admin console for LLM chat gateways: keys in your keychain, gateways, test chat, filter rules, cache entries and dashboards in one place.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::MessageView</name>
    <message>
        <source>Copy message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit and resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasoning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cache %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>via %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the first token…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::NewAccessKeyDialog</name>
    <message>
        <source>Save to keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key &quot;%1&quot; created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the only time the key is shown.&lt;/b&gt; Copy it into the application that will call %1, or save it to your keychain now. The gateway keeps only a hash and cannot show it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving to the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to the keychain as &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::RuleEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a rule to edit it, or make a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid — not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (and %2 more)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::RuleTableModel</name>
    <message>
        <source>last message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::RuleTestPanel</name>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text to test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message or an answer, e.g. &quot;my card is 4111 1111 1111 1111&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as a user message (input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as a model&apos;s answer (output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate the text against the rules in force on this gateway (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redacted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes: no rule matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged: it passes, and the matches are counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redacted: it passes with the matches replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client gets %1: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::RulesPage</name>
    <message>
        <source>No gateway to manage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule sets (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content filter rules enforced by your gateways.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Gateways page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the rules of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) on %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes to &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules of %1 changed since they were read (someone else saved); nothing was overwritten. Refresh, then make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;; it applies to the next request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the rule &quot;%1&quot; from %2? It stops applying at the next request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled &quot;%1&quot;: it no longer applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not test: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2%3 — nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (and %1 more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the %1 rules of %2 with the %3 rules of %4?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 rules from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rule(s) of %1 to %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::SecretDialog</name>
    <message>
        <source>Replace key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. openai-prod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paste the key here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is stored in your system keychain only; Gatehouse keeps just the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: use 1–128 letters, digits and . _ - : / starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: a key named “%1” exists already; select it and choose Replace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value: paste the key; an empty value cannot be stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::SecretTableModel</name>
    <message>
        <source>revealed value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::SettingsPage</name>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time Gatehouse starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear copied keys after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the &amp;local gateway with Gatehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gatehoused on 127.0.0.1 with the offline demo model, listed on the Gateways page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear copied keys after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep raw metric samples for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep 1-minute metric rollups for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep 1-hour metric rollups for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep raw metrics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep 1-minute rollups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep 1-hour rollups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatehouse %1 · Qt %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How Gatehouse looks and where it keeps its data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::SuitesPanel</name>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a prompt suite (JSON, see docs/prompt-suites.md) to run its cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open suite…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run every case against this target instead of the ones the suite names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target · model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suite results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 passed · %2 failed · %3 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run against:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the targets the suite names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open prompt suite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt suites (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open this suite — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; — %n case(s), from %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all %1 passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::TargetPicker</name>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the models this target offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose or type a model first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::TimeChart</name>
    <message>
        <source>%1 chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data in this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export data as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
