// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QButtonGroup;
class QLabel;
class QPushButton;

namespace Frise::Ui {

/**
 * Shown when a save failed because someone else changed the record
 * meanwhile: both versions side by side, field by field (only the fields
 * where they differ), and three ways out: keep mine, keep theirs, or merge
 * with a choice per field. Each row's choice starts at the three-way default
 * (the side that changed the field; mine when both did).
 *
 * The dialog only decides; ConflictResolver saves the outcome through the
 * same versioned edit, so a change made while it is open is caught again.
 * Closing it (Escape) keeps theirs: nothing of mine is written unasked.
 *
 * For a delete (Kind::Delete) the rows show the version the user saw beside
 * the one now saved, without choices, and the ways out are theirs (nothing
 * deleted) or "Delete Anyway" (KeepMine: delete the version now saved).
 */
class ConflictDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictDialog)

public:
    enum class Resolution {
        KeepMine, ///< save my version over theirs
        KeepTheirs, ///< drop my edit, show theirs
        Merge, ///< per field, as chosen in the rows
    };

    /// What the refused change was.
    enum class Kind {
        Edit, ///< a save: keep mine, keep theirs or merge
        Delete, ///< a delete: keep theirs or delete anyway
    };

    /// One field where the two versions differ.
    struct Row
    {
        QString label;
        QString mine;
        QString theirs;
        bool preferMine = true; ///< the initial choice
        bool bothChanged = false; ///< both sides changed it since the edit began
    };

    /// @p record names the record ("the event “Summit”"); @p rows are the differing fields.
    ConflictDialog(const QString &record, const QList<Row> &rows, QWidget *parent = nullptr, Kind kind = Kind::Edit);
    ~ConflictDialog() override;

    Kind kind() const { return m_kind; }
    Resolution resolution() const { return m_resolution; }
    /// Per row: true to keep my value (used by Merge).
    QList<bool> takeMine() const;
    int rowCount() const { return int(m_rows.size()); }
    /// Chooses mine (or theirs) for row @p row, as clicking its radio button does.
    void setTakeMine(int row, bool mine);
    /// Closes the dialog with @p resolution, as its buttons do.
    void resolve(Resolution resolution);

    /// "Keep Mine"; for a delete, "Delete Anyway".
    QPushButton *keepMineButton() const { return m_keepMine; }
    QPushButton *keepTheirsButton() const { return m_keepTheirs; }
    /// nullptr for a delete.
    QPushButton *mergeButton() const { return m_merge; }

protected:
    void reject() override;

private:
    QList<Row> m_rows;
    QList<QButtonGroup *> m_groups;
    QPushButton *m_keepMine = nullptr;
    QPushButton *m_keepTheirs = nullptr;
    QPushButton *m_merge = nullptr;
    Resolution m_resolution = Resolution::KeepTheirs;
    Kind m_kind = Kind::Edit;
};

} // namespace Frise::Ui
