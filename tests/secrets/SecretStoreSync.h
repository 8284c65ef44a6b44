#pragma once

#include "core/secrets/SecretStore.h"

#include <QTest>

#include <optional>

namespace gatehouse::test {

// Waits (running the event loop) for SecretStore's callbacks, longer than the store's own deadline.
constexpr int answerWaitMs = 45000;

inline SecretError failedToAnswer()
{
    return {SecretError::Code::Other, QStringLiteral("test: the store never called back")};
}

inline SecretError writeAndWait(SecretStore& store, const QString& name, const QByteArray& value,
                                SecretKind kind = SecretKind::Other)
{
    std::optional<SecretError> result;
    store.write(name, value, kind, [&](const SecretError& error) { result = error; });
    return QTest::qWaitFor([&] { return result.has_value(); }, answerWaitMs) ? *result : failedToAnswer();
}

inline SecretError readAndWait(SecretStore& store, const QString& name, QByteArray* value = nullptr)
{
    std::optional<SecretError> result;
    store.read(name, [&](const SecretError& error, const QByteArray& read) {
        result = error;
        if (value)
            *value = QByteArray(read.constData(), read.size());
    });
    return QTest::qWaitFor([&] { return result.has_value(); }, answerWaitMs) ? *result : failedToAnswer();
}

inline SecretError removeAndWait(SecretStore& store, const QString& name)
{
    std::optional<SecretError> result;
    store.remove(name, [&](const SecretError& error) { result = error; });
    return QTest::qWaitFor([&] { return result.has_value(); }, answerWaitMs) ? *result : failedToAnswer();
}

} // namespace gatehouse::test
