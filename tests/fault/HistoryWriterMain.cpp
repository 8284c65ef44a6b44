// fault_historywriter DATABASE SECRET_NAME FIRST: appends chat exchanges FIRST, FIRST + 1, … to
// the console's history (core/history, sealed with the key from the keychain) until it is killed,
// as the console does while a user chats. Prints "acked N ID" once exchange N is stored with ID.

#include "core/database/ConsoleDatabase.h"
#include "core/history/ChatHistory.h"
#include "core/history/HistoryKey.h"
#include "core/secrets/SecretCatalog.h"
#include "core/secrets/SecretStore.h"
#include "tests/fault/NumberedExchange.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

using namespace gatehouse;

namespace {

constexpr int maxExchanges = 100000; // a bound, should nobody kill it

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 4) {
        std::fprintf(stderr, "usage: fault_historywriter DATABASE SECRET_NAME FIRST\n");
        return 2;
    }
    ConsoleDatabase db(arguments.at(1));
    if (!db.open()) {
        std::fprintf(stderr, "fault_historywriter: %s\n", qPrintable(db.errorString()));
        return 1;
    }
    SecretCatalog catalog(db);
    SecretStore secrets(catalog);
    const int first = arguments.at(3).toInt();
    openHistoryKey(
        secrets, &app,
        [&](const std::optional<HistoryCipher>& cipher, const QString& error) {
            if (!cipher) {
                std::fprintf(stderr, "fault_historywriter: %s\n", qPrintable(error));
                return app.exit(1);
            }
            ChatHistory history(db, *cipher);
            for (int n = first; n < first + maxExchanges; ++n) {
                ChatExchange exchange = test::numberedExchange(n);
                const QString failed = history.add(exchange);
                if (!failed.isEmpty()) {
                    std::fprintf(stderr, "fault_historywriter: %s\n", qPrintable(failed));
                    return app.exit(1);
                }
                std::printf("acked %d %lld\n", n, static_cast<long long>(exchange.id));
                std::fflush(stdout);
            }
            app.exit(0);
        },
        arguments.at(2));
    return app.exec();
}
