// SPDX-License-Identifier: GPL-3.0-or-later
// The bundled sample practises what Frise preaches: French typography in
// every French text, and every claim's status no stronger than its sources
// and rebuttals, by the editing rules of core's ClaimRules (and a stricter
// reading of "disputed" for the showcase).
#include "core/claimrules.h"
#include "io/sample.h"

#include <QRegularExpression>
#include <QTest>

#include <algorithm>

using namespace Frise;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Frise::Claim)

namespace {

/// One French text of the sample and where it lives ("event reddit-blackout: text").
struct FrenchText
{
    QString where;
    QString text;
};

QList<FrenchText> frenchTexts(const Dataset &data)
{
    QList<FrenchText> texts;
    auto add = [&texts](const QString &where, const BilingualText &text) {
        if (!text.fr.isEmpty())
            texts.append({where, text.fr});
    };
    add(QStringLiteral("dataset: title"), data.title);
    add(QStringLiteral("dataset: description"), data.description);
    for (const Actor &a : data.actors) {
        add(u"actor "_s + a.uid + u": name"_s, a.name);
        add(u"actor "_s + a.uid + u": description"_s, a.description);
    }
    for (const Tag &t : data.tags)
        add(u"tag "_s + t.name + u": label"_s, t.label);
    for (const Dispute &d : data.disputes) {
        add(u"dispute "_s + d.uid + u": title"_s, d.title);
        add(u"dispute "_s + d.uid + u": description"_s, d.description);
    }
    for (const Event &e : data.events) {
        add(u"event "_s + e.uid + u": title"_s, e.title);
        add(u"event "_s + e.uid + u": text"_s, e.text);
    }
    for (const Claim &c : data.claims) {
        add(u"claim "_s + c.uid + u": text"_s, c.text);
        if (c.quoteLanguage == u"fr"_s)
            texts.append({u"claim "_s + c.uid + u": quote"_s, c.quote});
    }
    for (const Era &e : data.eras)
        add(u"era "_s + e.uid + u": title"_s, e.title);
    for (const Source &s : data.sources) {
        if (s.language != u"fr"_s)
            continue;
        texts.append({u"source "_s + s.uid + u": title"_s, s.title});
        if (!s.excerpt.isEmpty())
            texts.append({u"source "_s + s.uid + u": excerpt"_s, s.excerpt});
    }
    return texts;
}

bool isNoBreakSpace(QChar c)
{
    return c == QChar(0x00A0) || c == QChar(0x202F);
}

/// The first French typography fault in @p text, or an empty string.
QString typographyFault(const QString &text)
{
    if (text.contains(u'\''))
        return QStringLiteral("straight apostrophe (use \u2019)");
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u';' || c == u':' || c == u'?' || c == u'!' || c == u'\u00BB') {
            if (i == 0 || !isNoBreakSpace(text.at(i - 1)))
                return u"no no-break space before \u201C"_s + c + u"\u201D at "_s + QString::number(i);
        }
        if (c == u'\u00AB' && (i + 1 >= text.size() || !isNoBreakSpace(text.at(i + 1))))
            return u"no no-break space after \u201C\u00AB\u201D at "_s + QString::number(i);
    }
    // Thousands: "42 000" with an ordinary space, or "42000" run together.
    static const QRegularExpression ordinarySpaceGroup(QStringLiteral("\\d \\d{3}(?!\\d)"));
    if (const auto m = ordinarySpaceGroup.match(text); m.hasMatch())
        return u"ordinary space as thousands separator in \u201C"_s + m.captured() + u"\u201D"_s;
    // A digit run glued to '-', '/' or '.' is an identifier ("IL-2023-000007"),
    // and a four-digit run from 1000 to 2099 is read as a year.
    static const QRegularExpression digitRun(QStringLiteral("(?<![\\d\\-/.,])\\d{4,}(?![\\d\\-/.])"));
    for (auto it = digitRun.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString run = m.captured();
        if (run.size() == 4 && run.toInt() >= 1000 && run.toInt() <= 2099)
            continue;
        return u"number without a thousands separator: \u201C"_s + run + u"\u201D"_s;
    }
    return {};
}

/// Why @p claim's status is stronger than its evidence and rebuttals allow
/// (the codes of the editing rules it breaks, core's ClaimRules), or an
/// empty string.
QString claimRuleFault(const Claim &claim, const QList<Claim> &all)
{
    const QList<Claim> rebuttals = ClaimRules::rebuttalsOf(claim, all);
    QStringList broken;
    for (ClaimRules::Rule rule : ClaimRules::broken(claim, rebuttals))
        broken.append(ClaimRules::code(rule));
    // Stricter for the showcase: the source a claim was made in does not report who disputed it.
    const bool independentEvidence = std::any_of(claim.evidenceSourceIds.cbegin(), claim.evidenceSourceIds.cend(),
        [&claim](RowId id) { return id != claim.madeInSourceId; });
    if (claim.status == Claim::Status::Disputed && broken.isEmpty() && rebuttals.isEmpty() && !independentEvidence)
        broken.append(QStringLiteral("disputed only by the source it was made in"));
    return broken.join(u", "_s);
}

Claim makeClaim(RowId id, Claim::Status status, QList<RowId> evidence = {}, RowId madeIn = 0, RowId rebuts = 0)
{
    Claim c;
    c.id = id;
    c.uid = u"c"_s + QString::number(id);
    c.status = status;
    c.evidenceSourceIds = evidence;
    c.madeInSourceId = madeIn;
    c.rebutsClaimId = rebuts;
    return c;
}

} // namespace

class TestSampleEditorial : public QObject
{
    Q_OBJECT

    Dataset m_sample;

private Q_SLOTS:
    void initTestCase()
    {
        Io::IoError error;
        QVERIFY2(Io::loadSample(&m_sample, &error), qPrintable(error.toString()));
    }

    // The checkers themselves, on small hand-made cases.
    void typographyFaultFound_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("fault");
        QTest::newRow("fine") << u"Plateformes contre IA\u00A0: la guerre des donn\u00E9es, l\u2019IA"_s << false;
        QTest::newRow("narrow before semicolon") << u"un\u202F; deux\u202F! trois\u202F?"_s << false;
        QTest::newRow("guillemets") << u"\u00AB\u00A0Heart on My Sleeve\u00A0\u00BB"_s << false;
        QTest::newRow("thousands narrow") << u"42\u202F000 dollars, 7\u202F000 communaut\u00E9s"_s << false;
        QTest::newRow("identifier and years") << u"affaire IL-2023-000007 en 2025"_s << false;
        QTest::newRow("straight apostrophe") << u"l'IA"_s << true;
        QTest::newRow("space before colon") << u"IA : la guerre"_s << true;
        QTest::newRow("no space before semicolon") << u"un; deux"_s << true;
        QTest::newRow("ordinary space in guillemets") << u"\u00AB Heart \u00BB"_s << true;
        QTest::newRow("ordinary thousands space") << u"42 000 dollars"_s << true;
        QTest::newRow("run-together thousands") << u"42000 dollars"_s << true;
    }

    void typographyFaultFound()
    {
        QFETCH(QString, text);
        QFETCH(bool, fault);
        const QString found = typographyFault(text);
        QVERIFY2(found.isEmpty() != fault, qPrintable(found.isEmpty() ? u"no fault found"_s : found));
    }

    void claimRuleFaultFound_data()
    {
        QTest::addColumn<QList<Claim>>("claims");
        QTest::addColumn<bool>("fault");
        using S = Claim::Status;
        QTest::newRow("confirmed, sourced") << QList<Claim> {makeClaim(1, S::Confirmed, {7})} << false;
        QTest::newRow("confirmed, unsourced") << QList<Claim> {makeClaim(1, S::Confirmed)} << true;
        QTest::newRow("refuted, rebutted")
            << QList<Claim> {makeClaim(1, S::Refuted, {8}), makeClaim(2, S::Confirmed, {7}, 0, 1)} << false;
        QTest::newRow("refuted, rebutted, no source")
            << QList<Claim> {makeClaim(1, S::Refuted), makeClaim(2, S::Confirmed, {7}, 0, 1)} << true;
        QTest::newRow("refuted, alone") << QList<Claim> {makeClaim(1, S::Refuted)} << true;
        QTest::newRow("disputed, only where it was made") << QList<Claim> {makeClaim(1, S::Disputed, {7}, 7)} << true;
        QTest::newRow("disputed, reported elsewhere") << QList<Claim> {makeClaim(1, S::Disputed, {7, 8}, 7)} << false;
        QTest::newRow("unverified, unsourced") << QList<Claim> {makeClaim(1, S::Unverified)} << false;
    }

    void claimRuleFaultFound()
    {
        QFETCH(QList<Claim>, claims);
        QFETCH(bool, fault);
        QCOMPARE(!claimRuleFault(claims.first(), claims).isEmpty(), fault);
    }

    // The sample.
    void frenchTypography()
    {
        const QList<FrenchText> texts = frenchTexts(m_sample);
        QVERIFY(texts.size() > 100);
        QStringList faults;
        for (const FrenchText &t : texts) {
            if (const QString fault = typographyFault(t.text); !fault.isEmpty())
                faults.append(t.where + u": "_s + fault);
        }
        QVERIFY2(faults.isEmpty(), qPrintable(faults.join(u'\n')));
    }

    void claimStatusesMatchTheirEvidence()
    {
        QStringList faults;
        for (const Claim &c : std::as_const(m_sample.claims)) {
            if (const QString fault = claimRuleFault(c, m_sample.claims); !fault.isEmpty())
                faults.append(u"claim "_s + c.uid + u": "_s + fault);
        }
        QVERIFY2(faults.isEmpty(), qPrintable(faults.join(u'\n')));
    }

    void statusHistoryMatchesTheSample()
    {
        // Every dispute has a dated, sourced history; each "from" is where
        // the previous change led, dates never go back, and the dispute's
        // status is its latest change's.
        QHash<RowId, Dispute::Status> current;
        QHash<RowId, qint64> lastDate;
        QStringList faults;
        for (const StatusChange &change : std::as_const(m_sample.statusChanges)) {
            auto fault = [&faults, &change](
                             const QString &what) { faults.append(u"status change "_s + change.uid + u": "_s + what); };
            if (!m_sample.dispute(change.disputeId))
                fault(u"unknown dispute"_s);
            const bool first = !current.contains(change.disputeId);
            if (first == change.from.has_value())
                fault(first ? u"a first change has a 'from'"_s : u"'from' missing"_s);
            else if (!first && *change.from != current.value(change.disputeId))
                fault(u"'from' is not the previous status"_s);
            if (!change.date.isValid())
                fault(u"invalid date"_s);
            else if (lastDate.contains(change.disputeId)
                && change.date.earliestMinutes() < lastDate.value(change.disputeId))
                fault(u"earlier than the previous change"_s);
            lastDate.insert(change.disputeId, change.date.earliestMinutes());
            if (change.sourceIds.isEmpty())
                fault(u"no source"_s);
            for (RowId id : change.sourceIds) {
                if (!m_sample.source(id))
                    fault(u"unknown source"_s);
            }
            if (const QString typo = typographyFault(change.note.fr); !typo.isEmpty())
                fault(u"note (fr): "_s + typo);
            current.insert(change.disputeId, change.to);
        }
        for (const Dispute &d : std::as_const(m_sample.disputes)) {
            if (!current.contains(d.id))
                faults.append(u"dispute "_s + d.uid + u": no status change"_s);
            else if (current.value(d.id) != d.status)
                faults.append(u"dispute "_s + d.uid + u": status is not its latest change's"_s);
        }
        QVERIFY2(faults.isEmpty(), qPrintable(faults.join(u'\n')));
    }

    void statusesAsOfStated()
    {
        // The sample says which date its statuses describe, in both languages.
        QVERIFY(m_sample.description.fr.contains(u"31\u00A0d\u00E9cembre 2025"_s)
            || m_sample.description.fr.contains(u"31 d\u00E9cembre 2025"_s));
        QVERIFY(m_sample.description.en.contains(u"as of 31 December 2025"_s));
    }
};

QTEST_GUILESS_MAIN(TestSampleEditorial)
#include "tst_sampleeditorial.moc"
