// SPDX-License-Identifier: GPL-3.0-or-later
#include "rolevocabularysql_p.h"

#include "core/actorrole.h"

namespace Frise::Storage {

namespace {

QString literal(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\'', QLatin1String("''"));
    return u'\'' + quoted + u'\'';
}

QString lowerLiteral(const QString &text)
{
    return literal(text.toLower());
}

} // namespace

QStringList roleVocabularySeed()
{
    QStringList statements;
    for (const ActorRole &role : builtinActorRoles()) {
        const QString name = literal(role.name);
        statements.append(QStringLiteral("INSERT INTO actor_role (name, label_fr, label_fr_status, label_en, "
                                         "label_en_status) VALUES (%1, %2, 'original', %3, 'original') "
                                         "ON CONFLICT (name) DO NOTHING")
                .arg(name, literal(role.label.fr), literal(role.label.en)));
        QStringList spellings = {lowerLiteral(role.name), lowerLiteral(role.label.en), lowerLiteral(role.label.fr)};
        spellings.removeDuplicates();
        const QString sameRole = QStringLiteral("role <> %1 AND lower(role) IN (%2)").arg(name, spellings.join(u','));
        // Insert then delete, so that an actor given the role under two
        // spellings keeps one link, not a key conflict.
        statements.append(QStringLiteral("INSERT INTO event_actor (event_id, actor_id, role, position) "
                                         "SELECT event_id, actor_id, %1, min(position) FROM event_actor WHERE %2 "
                                         "GROUP BY event_id, actor_id ON CONFLICT DO NOTHING")
                .arg(name, sameRole));
        statements.append(QStringLiteral("DELETE FROM event_actor WHERE %1").arg(sameRole));
    }
    return statements;
}

} // namespace Frise::Storage
