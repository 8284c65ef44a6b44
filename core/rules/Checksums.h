#pragma once

#include <string_view>

// Check digits that tell a real card or account number from a run of digits. Separators (space,
// '-') are skipped; any other non-digit makes the input invalid.
namespace gatehouse::rules {

// Luhn (ISO/IEC 7812-1) over 13 to 19 digits.
bool luhnValid(std::string_view digits);

// A payment card: Luhn-valid, 13-19 digits, and an issuer prefix that is in use (Visa,
// Mastercard, American Express, Discover, JCB, Diners Club, UnionPay, Maestro, Mir).
bool paymentCardValid(std::string_view number);

// IBAN (ISO 13616): known country, that country's length, mod-97 remainder 1. Spaces allowed,
// letters in either case.
bool ibanValid(std::string_view iban);

} // namespace gatehouse::rules
