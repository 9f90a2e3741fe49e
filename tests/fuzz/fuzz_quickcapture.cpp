// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: QuickCapture::parse never crashes and what it accepts is
// consistent (a date, a trimmed title free of #/@ tokens, an event).
#include "core/quickcapture.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Frise;

namespace {

void require(bool condition, const char *what, const QString &input)
{
    if (condition)
        return;
    std::fprintf(stderr, "fuzz_quickcapture: %s for input \"%s\"\n", what, input.toUtf8().constData());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size > 4096)
        return 0;
    const QString line = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    for (Language language : {Language::French, Language::English}) {
        QuickCapture capture(language);
        capture.setReferenceDate(QDate(2023, 4, 26));
        const QuickCapture::Result result = capture.parse(line);
        if (!result.isValid()) {
            require(!result.error.isEmpty() && result.errorColumn >= 0 && result.errorColumn <= line.size(),
                "bad error", line);
            continue;
        }
        require(result.date.earliestMinutes() <= result.date.latestMinutes(), "earliest after latest", line);
        require(FuzzyDate::fromIsoText(result.date.toIsoText()).toIsoText() == result.date.toIsoText(),
            "date does not round-trip", line);
        require(!result.title.isEmpty() && result.title == result.title.simplified(), "untidy title", line);
        for (const QString &slug : result.disputeSlugs)
            require(!slug.isEmpty(), "empty dispute", line);
        for (const QString &name : result.actorNames)
            require(!name.isEmpty(), "empty actor", line);
        const Event event = capture.toEvent(result);
        require(event.title.text(language) == result.title, "event title", line);
        require(event.title.status(language) == TranslationStatus::Original, "event title status", line);
        require(event.title.status(otherLanguage(language)) == TranslationStatus::Missing, "other status", line);
    }
    return 0;
}
