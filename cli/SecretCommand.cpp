#include "cli/SecretCommand.h"

#include "core/database/ConsoleDatabase.h"
#include "core/secrets/SecretStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <cerrno>
#include <csignal>
#include <cstring>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#else
#include <cstdio>
#endif

namespace gatehouse::cli {

namespace {

// Gives the free functions here a translation context that lupdate sees as well.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SecretCommand)
};

#ifdef Q_OS_UNIX
// The terminal's settings while echo is off, to restore them if the user presses Ctrl-C.
termios savedTerminal;
volatile std::sig_atomic_t echoIsOff = 0;

void restoreEchoAndDie(int signal)
{
    if (echoIsOff)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &savedTerminal);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

// One line typed at the terminal, not echoed. Empty on EOF.
QByteArray readHiddenLine(CtlContext& context, const QString& name)
{
    context.err() << Text::tr("Value of secret “%1” (input hidden): ").arg(name) << Qt::flush;
    const bool hide = tcgetattr(STDIN_FILENO, &savedTerminal) == 0;
    if (hide) {
        termios quiet = savedTerminal;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL;
        std::signal(SIGINT, restoreEchoAndDie);
        std::signal(SIGTERM, restoreEchoAndDie);
        echoIsOff = 1;
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QByteArray line;
    char c = 0;
    while (true) {
        const ssize_t n = ::read(STDIN_FILENO, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        line.append(c);
        if (c == '\n')
            break;
    }
    c = 0;
    if (hide) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &savedTerminal);
        echoIsOff = 0;
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
    }
    return line;
}

QByteArray readAllOfStdin()
{
    QByteArray all;
    char buffer[4096];
    while (true) {
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        all.append(buffer, n);
    }
    std::memset(buffer, 0, sizeof buffer);
    return all;
}

bool stdinIsTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}
#else
QByteArray readAllOfStdin()
{
    QByteArray all;
    char buffer[4096];
    size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, stdin)) > 0)
        all.append(buffer, qsizetype(n));
    std::memset(buffer, 0, sizeof buffer);
    return all;
}

bool stdinIsTerminal()
{
    return false; // no hidden prompt here yet: pipe the value in
}

QByteArray readHiddenLine(CtlContext&, const QString&)
{
    return readAllOfStdin();
}
#endif

// The value without exactly one trailing newline ("\n" or "\r\n"), so `echo KEY |` and files work.
void stripOneNewline(QByteArray& value)
{
    if (value.endsWith("\r\n"))
        value.chop(2);
    else if (value.endsWith('\n'))
        value.chop(1);
}

// Runs the event loop until the store answers (it always does, at the latest at its deadline).
SecretError waitFor(const std::function<void(SecretStore::Done)>& call)
{
    QEventLoop loop;
    SecretError result;
    call([&](const SecretError& error) {
        result = error;
        loop.quit();
    });
    loop.exec();
    return result;
}

QString isoUtc(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

int setSecret(CtlContext& context, SecretCatalog& catalog, const QString& name, SecretKind kind)
{
    if (!SecretCatalog::isValidName(name))
        return context.fail(SecretCatalog::invalidNameMessage(name));
    QByteArray value = stdinIsTerminal() ? readHiddenLine(context, name) : readAllOfStdin();
    stripOneNewline(value);
    if (value.isEmpty())
        return context.fail(
            Text::tr("the value on standard input is empty; nothing was stored. Pipe or type the secret's "
                     "value, e.g. printenv OPENAI_API_KEY | gatehousectl secret set %1")
                .arg(name));
    SecretStore store(catalog);
    const SecretError error =
        waitFor([&](SecretStore::Done done) { store.write(name, value, kind, std::move(done)); });
    wipe(value);
    if (error)
        return context.fail(error.message);
    //: %1 is the secret's name, %2 its kind as --kind takes it (provider-key, admin-token, …).
    context.out() << Text::tr("Stored secret “%1” (%2) in the keychain.").arg(name, secretKindId(kind))
                  << Qt::endl;
    return 0;
}

int deleteSecret(CtlContext& context, SecretCatalog& catalog, const QString& name)
{
    if (!SecretCatalog::isValidName(name))
        return context.fail(SecretCatalog::invalidNameMessage(name));
    SecretStore store(catalog);
    const SecretError error = waitFor([&](SecretStore::Done done) { store.remove(name, std::move(done)); });
    if (error)
        return context.fail(error.message);
    context.out() << Text::tr("Deleted secret “%1” from the keychain.").arg(name) << Qt::endl;
    return 0;
}

int listSecrets(CtlContext& context, SecretCatalog& catalog)
{
    const QList<SecretInfo> secrets = catalog.list();
    if (!catalog.errorString().isEmpty())
        return context.fail(Text::tr("cannot read the secret names from the console database: %1")
                                .arg(catalog.errorString()));
    if (context.json()) {
        QJsonArray array;
        for (const SecretInfo& info : secrets)
            array.append(QJsonObject{{QStringLiteral("name"), info.name},
                                     {QStringLiteral("kind"), secretKindId(info.kind)},
                                     {QStringLiteral("created"), isoUtc(info.created)},
                                     {QStringLiteral("updated"), isoUtc(info.updated)}});
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented) << Qt::flush;
        return 0;
    }
    if (secrets.isEmpty()) {
        //: Keep the command and NAME as they are.
        context.out() << Text::tr("No secrets are stored. Add one with: gatehousectl secret set NAME")
                      << Qt::endl;
        return 0;
    }
    const QString nameHeading = Text::tr("NAME");
    const QString kindHeading = Text::tr("KIND");
    qsizetype width = nameHeading.size();
    for (const SecretInfo& info : secrets)
        width = std::max(width, info.name.size());
    // The cells stay as they are: names, kind ids (as --kind takes them) and ISO dates.
    context.out() << nameHeading.leftJustified(width + 2) << kindHeading.leftJustified(12) << "  "
                  << Text::tr("UPDATED") << '\n';
    for (const SecretInfo& info : secrets)
        context.out() << info.name.leftJustified(width + 2) << secretKindId(info.kind).leftJustified(14)
                      << isoUtc(info.updated) << '\n';
    context.out() << Qt::flush;
    return 0;
}

} // namespace

QString secretCommandHelp()
{
    //: Keep the command and option names, the placeholders (NAME, KIND) and the kinds
    //: (provider-key, admin-token, access-key, other) as they are; the descriptions start in column 43.
    return Text::tr(
        "  secret set NAME [--kind KIND]           "
        "store a secret in the OS keychain; the value is read from\n"
        "                                          standard input (KIND: provider-key, admin-token,\n"
        "                                          access-key, other)\n"
        "  secret delete NAME                      delete a secret from the keychain\n"
        "  secret list [--json]                    "
        "names, kinds and dates of the stored secrets (never values)\n");
}

int runSecretCommand(CtlContext& context, const QStringList& arguments)
{
    // QtKeychain prints debug lines to stderr; gatehousectl's stderr holds one line per error only.
    QLoggingCategory::setFilterRules(QStringLiteral("default.debug=false"));

    QStringList args;
    QString kindId;
    bool kindGiven = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments[i];
        if (arg == QLatin1String("--json")) {
            context.setJson(true);
        } else if (arg == QLatin1String("--kind")) {
            if (i + 1 >= arguments.size())
                return context.usageError(
                    Text::tr("--kind needs a value: provider-key, admin-token, access-key or other"));
            kindId = arguments[++i];
            kindGiven = true;
        } else if (arg.startsWith(QLatin1String("--kind="))) {
            kindId = arg.mid(7);
            kindGiven = true;
        } else if (arg.startsWith(QLatin1String("--")) && arg.size() > 2) {
            return context.usageError(Text::tr("secret: unknown option '%1'").arg(arg));
        } else {
            args << arg;
        }
    }
    if (args.isEmpty())
        return context.usageError(Text::tr("secret needs a sub-command: set, delete or list"));
    const QString sub = args.takeFirst();
    if (kindGiven && sub != QLatin1String("set"))
        return context.usageError(Text::tr("--kind belongs to 'secret set'"));
    if (kindGiven && !isSecretKindId(kindId))
        return context.usageError(
            Text::tr("unknown kind '%1': use provider-key, admin-token, access-key or other").arg(kindId));

    if (sub == QLatin1String("set")) {
        if (args.size() > 1)
            return context.usageError(
                Text::tr("secret set takes only a NAME: the value is read from standard "
                         "input, never from the command line"));
    } else if (sub == QLatin1String("delete")) {
        if (args.size() > 1)
            return context.usageError(Text::tr("secret delete takes one NAME"));
    } else if (sub == QLatin1String("list")) {
        if (!args.isEmpty())
            return context.usageError(Text::tr("secret list takes no arguments"));
    } else {
        return context.usageError(Text::tr("unknown secret sub-command '%1'").arg(sub));
    }
    if (sub != QLatin1String("list") && args.isEmpty())
        return context.usageError(Text::tr("secret %1 needs a NAME").arg(sub));

    ConsoleDatabase* db = context.database();
    if (!db)
        return 1;
    SecretCatalog catalog(*db);
    if (sub == QLatin1String("set"))
        return setSecret(context, catalog, args.first(),
                         kindGiven ? secretKindFromId(kindId) : SecretKind::Other);
    if (sub == QLatin1String("delete"))
        return deleteSecret(context, catalog, args.first());
    return listSecrets(context, catalog);
}

} // namespace gatehouse::cli
