// SPDX-License-Identifier: GPL-3.0-or-later
#include "savedcopymodel.h"

#include "roles.h"

#include <QLocale>
#include <QMimeDatabase>

namespace Frise::Ui {

SavedCopyModel::SavedCopyModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void SavedCopyModel::setCopies(const QList<SavedCopy> &copies)
{
    beginResetModel();
    m_copies = copies;
    endResetModel();
}

const SavedCopy *SavedCopyModel::copyAt(int row) const
{
    return row >= 0 && row < m_copies.size() ? &m_copies.at(row) : nullptr;
}

void SavedCopyModel::setEditable(bool editable)
{
    m_editable = editable;
}

int SavedCopyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_copies.size());
}

int SavedCopyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SavedCopyModel::data(const QModelIndex &index, int role) const
{
    const SavedCopy *copy = index.isValid() ? copyAt(index.row()) : nullptr;
    if (!copy)
        return {};
    if (role == IdRole)
        return copy->id;
    if (role == Qt::ToolTipRole) {
        return tr("%1\n%2, %3 bytes\nSHA-256: %4")
            .arg(copy->fileName, copy->mediaType, QLocale().toString(copy->size), copy->sha256);
    }
    if (role == Qt::EditRole && index.column() == CapturedColumn)
        return copy->captured.toLocalTime();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return copy->fileName;
    case TypeColumn: {
        const QMimeType type = QMimeDatabase().mimeTypeForName(copy->mediaType);
        return type.isValid() && !type.comment().isEmpty() ? type.comment() : copy->mediaType;
    }
    case SizeColumn:
        return QLocale().formattedDataSize(copy->size);
    case CapturedColumn:
        return QLocale().toString(copy->captured.toLocalTime(), QLocale::ShortFormat);
    case HashColumn:
        return copy->sha256;
    default:
        return {};
    }
}

bool SavedCopyModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const SavedCopy *copy = index.isValid() ? copyAt(index.row()) : nullptr;
    if (!copy || role != Qt::EditRole || index.column() != CapturedColumn)
        return false;
    const QDateTime captured = value.toDateTime();
    if (!captured.isValid() || captured.toUTC() == copy->captured)
        return false;
    // The session writes it; the table is refilled from the database afterwards.
    Q_EMIT capturedEdited(*copy, captured.toUTC());
    return true;
}

Qt::ItemFlags SavedCopyModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == CapturedColumn && m_editable)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant SavedCopyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case SizeColumn:
        return tr("Size");
    case CapturedColumn:
        return tr("Captured", "when a saved copy was taken");
    case HashColumn:
        return tr("SHA-256");
    default:
        return {};
    }
}

} // namespace Frise::Ui
