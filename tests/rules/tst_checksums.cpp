#include "core/rules/Checksums.h"

#include <QTest>

using namespace gatehouse::rules;

class TestChecksums : public QObject
{
    Q_OBJECT

private slots:
    void luhn_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<bool>("valid");
        QTest::newRow("visa") << "4111 1111 1111 1111" << true;
        QTest::newRow("visa, no spaces") << "4012888888881881" << true;
        QTest::newRow("mastercard, dashes") << "5555-5555-5555-4444" << true;
        QTest::newRow("amex 15 digits") << "378282246310005" << true;
        QTest::newRow("last digit off") << "4111 1111 1111 1112" << false;
        QTest::newRow("two digits swapped") << "4111 1111 1111 1121" << false;
        QTest::newRow("too short") << "411111111111" << false;
        QTest::newRow("too long") << "41111111111111111111" << false;
        QTest::newRow("letters") << "4111 1111 1111 111a" << false;
    }

    void luhn()
    {
        QFETCH(QString, number);
        QFETCH(bool, valid);
        QCOMPARE(luhnValid(number.toStdString()), valid);
    }

    void paymentCard_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<bool>("valid");
        QTest::newRow("visa") << "4111111111111111" << true;
        QTest::newRow("mastercard 2-series") << "2223003122003222" << true;
        QTest::newRow("amex") << "3714 496353 98431" << true;
        QTest::newRow("discover") << "6011 1111 1111 1117" << true;
        QTest::newRow("jcb") << "3530111333300000" << true;
        QTest::newRow("luhn-valid but no issuer") << "1234567812345670" << false;
        QTest::newRow("amex prefix, visa length") << "3782822463100053" << false;
        QTest::newRow("luhn-valid run of zeros") << "0000000000000000" << false;
    }

    void paymentCard()
    {
        QFETCH(QString, number);
        QFETCH(bool, valid);
        QCOMPARE(paymentCardValid(number.toStdString()), valid);
    }

    void iban_data()
    {
        QTest::addColumn<QString>("iban");
        QTest::addColumn<bool>("valid");
        QTest::newRow("DE grouped") << "DE89 3704 0044 0532 0130 00" << true;
        QTest::newRow("DE compact") << "DE89370400440532013000" << true;
        QTest::newRow("GB letters in BBAN") << "GB82 WEST 1234 5698 7654 32" << true;
        QTest::newRow("FR letter near the end") << "FR14 2004 1010 0505 0001 3M02 606" << true;
        QTest::newRow("NL lower case") << "nl91abna0417164300" << true;
        QTest::newRow("NO shortest") << "NO93 8601 1117 947" << true;
        QTest::newRow("check digits wrong") << "DE88 3704 0044 0532 0130 00" << false;
        QTest::newRow("account digit wrong") << "DE89 3704 0044 0532 0130 01" << false;
        QTest::newRow("too short for DE") << "DE89 3704 0044 0532 0130 0" << false;
        QTest::newRow("unknown country") << "XX89 3704 0044 0532 0130 00" << false;
        QTest::newRow("punctuation") << "DE89-3704-0044-0532-0130-00" << false;
    }

    void iban()
    {
        QFETCH(QString, iban);
        QFETCH(bool, valid);
        QCOMPARE(ibanValid(iban.toStdString()), valid);
    }
};

QTEST_APPLESS_MAIN(TestChecksums)
#include "tst_checksums.moc"
