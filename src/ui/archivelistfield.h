// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/archivedurl.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QToolButton;
class QTreeWidget;

namespace Frise::Ui {

/**
 * A source's archived URLs: a list (URL, kind, label, capture date) with a
 * remove button, and an entry row to add one. The kind follows the URL's
 * host until the user picks one. edited() after each addition or removal.
 */
class ArchiveListField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArchiveListField)

public:
    explicit ArchiveListField(QWidget *parent = nullptr);
    ~ArchiveListField() override;

    void setArchives(const QList<ArchivedUrl> &archives);
    QList<ArchivedUrl> archives() const { return m_archives; }

    QLineEdit *urlEntry() const { return m_url; }
    QComboBox *kindChoice() const { return m_kind; }
    QLineEdit *labelEntry() const { return m_label; }
    QLineEdit *capturedEntry() const { return m_captured; }
    QToolButton *addButton() const { return m_add; }
    QToolButton *removeButton() const { return m_remove; }
    QTreeWidget *list() const { return m_list; }

    /// The kind's name in the UI language.
    static QString kindLabel(ArchivedUrl::Kind kind);

Q_SIGNALS:
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void addFromEntry();
    void removeCurrent();
    void showArchives();
    void retranslate();

    QList<ArchivedUrl> m_archives;
    QTreeWidget *m_list = nullptr;
    QLineEdit *m_url = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_label = nullptr;
    QLineEdit *m_captured = nullptr;
    QToolButton *m_add = nullptr;
    QToolButton *m_remove = nullptr;
    bool m_kindPicked = false;
};

} // namespace Frise::Ui
