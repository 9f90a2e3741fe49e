// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: FuzzyDate::fromIsoText and FuzzyDateParser never crash,
// and whatever they accept is a well-formed date that survives its
// canonical text.
#include "core/fuzzydate.h"
#include "core/fuzzydateparser.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Frise;

namespace {

void require(bool condition, const char *what, const QString &input)
{
    if (condition)
        return;
    std::fprintf(stderr, "fuzz_fuzzydate: %s for input \"%s\"\n", what, input.toUtf8().constData());
    std::abort();
}

// A valid date: ordered extent, canonical text that reads back the same value.
void checkDate(const FuzzyDate &date, const QString &input)
{
    require(date.isValid(), "invalid date accepted", input);
    require(date.earliestMinutes() <= date.latestMinutes(), "earliest after latest", input);
    const QString iso = date.toIsoText();
    require(!iso.isEmpty(), "empty canonical text", input);
    QString error;
    const FuzzyDate again = FuzzyDate::fromIsoText(iso, &error);
    require(again.isValid(), "canonical text does not parse", input);
    require(again.toIsoText() == iso, "canonical text does not round-trip", input);
    require(again.earliestMinutes() == date.earliestMinutes() && again.latestMinutes() == date.latestMinutes(),
        "extent changes through canonical text", input);
    require(!(again < date) && !(date < again), "order changes through canonical text", input);
    require(!date.toDisplayString(Language::French).isEmpty(), "empty French display", input);
    require(!date.toDisplayString(Language::English).isEmpty(), "empty English display", input);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size > 4096)
        return 0;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));

    QString error;
    int column = -1;
    const FuzzyDate iso = FuzzyDate::fromIsoText(text, &error, &column);
    if (iso.isValid())
        checkDate(iso, text);
    else
        require(!error.isEmpty() && column >= 0 && column <= text.size(), "bad canonical error", text);

    // The first byte picks the date order and the reference date, so that one
    // run exercises one parser configuration (several would slow the search).
    using Order = FuzzyDateParser::DateOrder;
    const int choice = size > 0 ? data[0] : 0;
    const Order orders[] = {Order::DayMonthYear, Order::MonthDayYear, Order::YearMonthDay};
    const QDate references[] = {QDate(), QDate(2023, 4, 26), QDate(1, 1, 1), QDate(9999, 12, 31)};
    const QDate reference = references[(choice / 3) % 4];
    const FuzzyDateParser parser(orders[choice % 3], reference);
    const FuzzyDateParser::Result whole = parser.parse(text);
    if (whole.isValid()) {
        checkDate(whole.date, text);
        require(whole.date.wording() == text.trimmed(), "wording is not the text", text);
        require(!whole.date.referenceDate().isValid() || whole.date.referenceDate() == reference,
            "wrong reference date", text);
    } else {
        require(!whole.error.isEmpty() && whole.errorColumn >= 0 && whole.errorColumn <= text.size(),
            "bad parser error", text);
    }
    const FuzzyDateParser::Result leading = parser.parseLeading(text);
    if (leading.isValid()) {
        checkDate(leading.date, text);
        require(leading.length > 0 && leading.length <= text.size(), "bad leading length", text);
        require(leading.date.wording() == text.left(leading.length).trimmed(), "bad leading wording", text);
    } else {
        require(leading.length == 0 && leading.errorColumn >= 0 && leading.errorColumn <= text.size(),
            "bad leading error", text);
    }
    return 0;
}
