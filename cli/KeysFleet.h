#pragma once

#include "cli/CtlContext.h"
#include "core/admin/AccessKey.h"

namespace gatehouse::cli {

// gatehousectl keys create NAME --group TAG: one access key on every registry gateway tagged TAG,
// its secret made here and only its SHA-256 sent, so that the key works on whichever answers. One
// line per gateway; the secret once at the end (or into the keychain as `keychainName`). Exit 1
// when any failed — those hold no key (create it there under another name, or revoke and create
// again: the secret is not kept).
int createKeyOnGroup(CtlContext& context, const QString& group, const AccessKeyChanges& key,
                     const QString& keychainName);
// gatehousectl keys revoke NAME --group TAG [--prefix P]: the key of that name (and prefix, when
// given) revoked on every gateway tagged TAG that holds it. Exit 1 when any failed.
int revokeKeyOnGroup(CtlContext& context, const QString& group, const QString& name, const QString& prefix);

// Prints a new key's secret on its own line, or stores it in the keychain under `keychainName`
// (an access-key secret) and says so. Returns the exit code.
int handOverSecret(CtlContext& context, const QByteArray& secret, const QString& keychainName);

} // namespace gatehouse::cli
