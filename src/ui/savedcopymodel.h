// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/savedcopy.h"

#include <QAbstractTableModel>

namespace Frise::Ui {

/**
 * A source's saved copies as a table: name, media type, size, capture
 * date (editable: setData() asks for the edit through capturedEdited()),
 * SHA-256. The hash column shows the whole hash, to be selected and copied.
 */
class SavedCopyModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SavedCopyModel)

public:
    enum Column {
        NameColumn,
        TypeColumn,
        SizeColumn,
        CapturedColumn,
        HashColumn,
        ColumnCount,
    };

    explicit SavedCopyModel(QObject *parent = nullptr);

    void setCopies(const QList<SavedCopy> &copies);
    const QList<SavedCopy> &copies() const { return m_copies; }
    /// The copy shown in row @p row; nullptr outside the table.
    const SavedCopy *copyAt(int row) const;
    /// Whether the capture date can be edited (the database is writable).
    void setEditable(bool editable);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// The user changed the capture date of @p copy to @p captured; the model itself does not change.
    void capturedEdited(const Frise::SavedCopy &copy, const QDateTime &captured);

private:
    QList<SavedCopy> m_copies;
    bool m_editable = true;
};

} // namespace Frise::Ui
