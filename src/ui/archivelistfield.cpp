// SPDX-License-Identifier: GPL-3.0-or-later
#include "archivelistfield.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QToolButton>
#include <QTreeWidget>

namespace Frise::Ui {

namespace {

constexpr ArchivedUrl::Kind kinds[] = {ArchivedUrl::Kind::WebArchive, ArchivedUrl::Kind::ArchiveToday,
    ArchivedUrl::Kind::Newsroom, ArchivedUrl::Kind::Other};

} // namespace

ArchiveListField::ArchiveListField(QWidget *parent)
    : QWidget(parent)
    , m_list(new QTreeWidget(this))
    , m_url(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_label(new QLineEdit(this))
    , m_captured(new QLineEdit(this))
    , m_add(new QToolButton(this))
    , m_remove(new QToolButton(this))
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_list, 0, 0, 1, 4);
    layout->addWidget(m_url, 1, 0, 1, 3);
    layout->addWidget(m_add, 1, 3);
    layout->addWidget(m_kind, 2, 0);
    layout->addWidget(m_label, 2, 1);
    layout->addWidget(m_captured, 2, 2);
    layout->addWidget(m_remove, 2, 3);
    layout->setColumnStretch(1, 1);
    m_list->setColumnCount(4);
    m_list->setRootIsDecorated(false);
    m_list->setMaximumHeight(90);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_captured->setPlaceholderText(QStringLiteral("2026-11-26"));
    m_captured->setMaximumWidth(96);
    for (const ArchivedUrl::Kind kind : kinds)
        m_kind->addItem(QString(), int(kind));
    m_add->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    m_remove->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));
    m_remove->setEnabled(false);
    connect(m_url, &QLineEdit::returnPressed, this, &ArchiveListField::addFromEntry);
    connect(m_add, &QToolButton::clicked, this, &ArchiveListField::addFromEntry);
    connect(m_remove, &QToolButton::clicked, this, &ArchiveListField::removeCurrent);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
        [this](QTreeWidgetItem *current) { m_remove->setEnabled(current != nullptr); });
    connect(m_url, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (!m_kindPicked)
            m_kind->setCurrentIndex(m_kind->findData(int(archiveKindOfUrl(text))));
    });
    connect(m_kind, &QComboBox::activated, this, [this] { m_kindPicked = true; });
    retranslate();
}

ArchiveListField::~ArchiveListField() = default;

void ArchiveListField::setArchives(const QList<ArchivedUrl> &archives)
{
    if (archives == m_archives)
        return;
    m_archives = archives;
    showArchives();
}

QString ArchiveListField::kindLabel(ArchivedUrl::Kind kind)
{
    switch (kind) {
    case ArchivedUrl::Kind::WebArchive:
        return tr("Wayback Machine");
    case ArchivedUrl::Kind::ArchiveToday:
        return tr("archive.today");
    case ArchivedUrl::Kind::Newsroom:
        return tr("Newsroom archive");
    case ArchivedUrl::Kind::Other:
        break;
    }
    return tr("Other archive");
}

void ArchiveListField::addFromEntry()
{
    const QString url = m_url->text().trimmed();
    const QString capturedText = m_captured->text().trimmed();
    const QDate captured = QDate::fromString(capturedText, Qt::ISODate);
    // Nothing half-read: a date that is not one keeps the entry as typed, marked, for correction.
    if (url.isEmpty() || (!capturedText.isEmpty() && !captured.isValid())) {
        m_captured->setToolTip(captured.isValid() || capturedText.isEmpty()
                ? QString()
                : tr("“%1” is not a date: write it yyyy-mm-dd").arg(capturedText));
        (url.isEmpty() ? m_url : m_captured)->setFocus();
        return;
    }
    ArchivedUrl archive;
    archive.url = url;
    archive.kind = static_cast<ArchivedUrl::Kind>(m_kind->currentData().toInt());
    archive.label = m_label->text().trimmed();
    archive.captured = captured;
    m_archives.append(archive);
    m_url->clear();
    m_label->clear();
    m_captured->clear();
    m_captured->setToolTip(QString());
    m_kindPicked = false;
    showArchives();
    Q_EMIT edited();
}

void ArchiveListField::removeCurrent()
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (row < 0 || row >= m_archives.size())
        return;
    m_archives.removeAt(row);
    showArchives();
    Q_EMIT edited();
}

void ArchiveListField::showArchives()
{
    m_list->clear();
    for (const ArchivedUrl &archive : std::as_const(m_archives)) {
        auto *item = new QTreeWidgetItem(
            m_list, {archive.url, kindLabel(archive.kind), archive.label, archive.captured.toString(Qt::ISODate)});
        item->setToolTip(0, archive.url);
    }
    m_remove->setEnabled(m_list->currentItem() != nullptr);
}

void ArchiveListField::retranslate()
{
    m_list->setHeaderLabels({tr("Archived URL"), tr("Archive"), tr("Label"), tr("Captured")});
    m_list->setAccessibleName(tr("Archived URLs"));
    m_url->setPlaceholderText(tr("Archived URL (https://web.archive.org/…)"));
    m_url->setAccessibleName(tr("Archived URL to add"));
    m_kind->setAccessibleName(tr("Archive"));
    for (int i = 0; i < m_kind->count(); ++i)
        m_kind->setItemText(i, kindLabel(static_cast<ArchivedUrl::Kind>(m_kind->itemData(i).toInt())));
    m_label->setPlaceholderText(tr("Label"));
    m_label->setAccessibleName(tr("Label of the archived copy"));
    m_captured->setAccessibleName(tr("Captured on (yyyy-mm-dd)"));
    m_add->setToolTip(tr("Add the archived URL"));
    m_add->setAccessibleName(tr("Add the archived URL"));
    m_remove->setToolTip(tr("Remove the selected archived URL"));
    m_remove->setAccessibleName(tr("Remove the selected archived URL"));
    showArchives();
}

void ArchiveListField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Frise::Ui
