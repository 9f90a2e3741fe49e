// SPDX-License-Identifier: GPL-3.0-or-later
// The role vocabulary: reading typed text as a role, and showing a role.
#include "core/actorrole.h"

#include <QSet>
#include <QTest>

using namespace Frise;

class TestActorRole : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every spelling of a built-in role names one role only: typed text can never be ambiguous.
    void builtinSpellingsAreUnique()
    {
        QSet<QString> spellings;
        for (const ActorRole &role : builtinActorRoles()) {
            QVERIFY2(!role.label.fr.isEmpty() && !role.label.en.isEmpty(), qPrintable(role.name));
            QSet<QString> own = {role.name.toLower(), role.label.en.toLower(), role.label.fr.toLower()};
            for (const QString &spelling : std::as_const(own)) {
                QVERIFY2(!spellings.contains(spelling), qPrintable(spelling));
                spellings.insert(spelling);
            }
        }
    }

    void canonicalName_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("name");
        QTest::newRow("name") << QStringLiteral("plaintiff") << QStringLiteral("plaintiff");
        QTest::newRow("case and spaces") << QStringLiteral("  Plaintiff ") << QStringLiteral("plaintiff");
        QTest::newRow("French label") << QStringLiteral("demandeur") << QStringLiteral("plaintiff");
        QTest::newRow("French, accented") << QStringLiteral("Accusé") << QStringLiteral("accused");
        QTest::newRow("vocabulary's own label")
            << QStringLiteral("plateforme abandonnée") << QStringLiteral("dropped platform");
        QTest::newRow("new role, trimmed") << QStringLiteral(" whistle-blower ") << QStringLiteral("whistle-blower");
        QTest::newRow("empty") << QString() << QString();
    }

    void canonicalName()
    {
        QFETCH(QString, typed);
        QFETCH(QString, name);
        ActorRole dropped;
        dropped.name = QStringLiteral("dropped platform");
        dropped.label = BilingualText::both(QStringLiteral("plateforme abandonnée"), QString());
        QCOMPARE(canonicalRoleName(typed, {dropped}), name);
    }

    // A vocabulary entry of the database wins over the built-in one of the same name.
    void displayPrefersTheVocabulary()
    {
        QCOMPARE(roleDisplayName(QStringLiteral("court"), Language::French, {}), QStringLiteral("tribunal"));
        ActorRole court;
        court.name = QStringLiteral("court");
        court.label = BilingualText::both(QStringLiteral("juridiction"), QStringLiteral("court"));
        QCOMPARE(roleDisplayName(QStringLiteral("court"), Language::French, {court}), QStringLiteral("juridiction"));
        // Untranslated: the other language, then the name itself.
        ActorRole typed;
        typed.name = QStringLiteral("UMG artist");
        QCOMPARE(roleDisplayName(typed.name, Language::French, {typed}), QStringLiteral("UMG artist"));
        typed.label = BilingualText::original(Language::English, QStringLiteral("UMG artist"));
        QCOMPARE(typed.display(Language::French), QStringLiteral("UMG artist"));
        QCOMPARE(roleDisplayName(QStringLiteral("unknown"), Language::English, {}), QStringLiteral("unknown"));
    }
};

QTEST_GUILESS_MAIN(TestActorRole)
#include "tst_actorrole.moc"
