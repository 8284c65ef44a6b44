#include "ui/common/DataSize.h"

#include <QCoreApplication>
#include <QLocale>

namespace gatehouse::ui {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::ui::DataSize)
};

} // namespace

QString dataSizeText(qint64 bytes)
{
    // QLocale's own "bytes" has no plural forms; Russian needs three (1 байт, 2 байта, 5 байт).
    if (bytes >= 0 && bytes < 1024)
        return Text::tr("%n byte(s)", nullptr, int(bytes));
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace gatehouse::ui
