// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourceeditor.h"

#include "archivelistfield.h"
#include "datefield.h"
#include "savedcopiesfield.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QUrl>

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace Frise::Ui {

SourceEditor::SourceEditor(DatabaseSession *session, QWidget *parent)
    : RecordEditor(session, parent)
    , m_outlet(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_language(new QLineEdit(this))
    , m_published(new DateField(this))
    , m_accessed(new QLineEdit(this))
    , m_excerpt(new QPlainTextEdit(this))
    , m_copies(new SavedCopiesField(session, this))
    , m_urlDead(new QCheckBox(this))
    , m_archives(new ArchiveListField(this))
    , m_reliability(new QComboBox(this))
    , m_credibility(new QComboBox(this))
    , m_grade(new QLabel(this))
    , m_confidential(new QCheckBox(this))
{
    auto *gradeRow = new QWidget(this);
    auto *gradeLayout = new QHBoxLayout(gradeRow);
    gradeLayout->setContentsMargins(0, 0, 0, 0);
    gradeLayout->addWidget(m_reliability, 1);
    gradeLayout->addWidget(m_credibility, 1);
    gradeLayout->addWidget(m_grade);
    m_grade->setObjectName(QStringLiteral("sourceGrade"));
    m_grade->setMinimumWidth(m_grade->fontMetrics().horizontalAdvance(QStringLiteral("MM")));
    m_reliability->addItem(QString(), QString());
    for (const char16_t letter : u"ABCDEF")
        m_reliability->addItem(QString(QChar(letter)), QString(QChar(letter)));
    m_credibility->addItem(QString(), 0);
    for (int level = 1; level <= 6; ++level)
        m_credibility->addItem(QString::number(level), level);
    m_urlDead->setObjectName(QStringLiteral("urlDead"));
    m_confidential->setObjectName(QStringLiteral("confidential"));
    addRow(QT_TRANSLATE_NOOP("Frise::Ui::RecordEditor", "&Outlet"), m_outlet);
    addRow(QT_TRANSLATE_NOOP("Frise::Ui::RecordEditor", "&Title"), m_title);
    addRow(QT_TRANSLATE_NOOP("Frise::Ui::RecordEditor", "&URL"), m_url);
    addRow(QT_TRANSLATE_NOOP("Frise::Ui::RecordEditor", "&Language"), m_language);
    addRow(QT_TRANSLATE_NOOP("Frise::Ui::RecordEditor", "&Published"), m_published);
    addRow(QT_TRANSLATE_NOOP("Frise::Ui::RecordEditor", "A&ccessed"), m_accessed);
    addRow(QT_TRANSLATE_NOOP("Frise::Ui::RecordEditor", "&Excerpt"), m_excerpt);
    addRow(QT_TRANSLATE_NOOP("Frise::Ui::RecordEditor", "Link"), m_urlDead);
    addRow(QT_TRANSLATE_NOOP("Frise::Ui::RecordEditor", "A&rchived copies"), m_archives);
    addRow(QT_TRANSLATE_NOOP("Frise::Ui::RecordEditor", "&Grade"), gradeRow);
    addRow(QT_TRANSLATE_NOOP("Frise::Ui::RecordEditor", "Protection"), m_confidential);
    addRow(QT_TRANSLATE_NOOP("Frise::Ui::RecordEditor", "Saved &copies"), m_copies);
    setAcceptDrops(true);
    m_outlet->setAccessibleName(tr("Outlet"));
    m_title->setAccessibleName(tr("Title"));
    m_url->setAccessibleName(tr("URL"));
    m_language->setAccessibleName(tr("Language code"));
    m_language->setMaxLength(2);
    m_language->setMaximumWidth(48);
    m_published->setAccessibleFieldName(tr("Published"));
    m_accessed->setAccessibleName(tr("Accessed on (yyyy-mm-dd)"));
    m_accessed->setPlaceholderText(QStringLiteral("2026-11-26"));
    m_excerpt->setAccessibleName(tr("Quoted excerpt"));
    m_excerpt->setTabChangesFocus(true);
    m_excerpt->setMaximumHeight(110);
    commitOnFocusOut(m_excerpt);
    for (QLineEdit *edit : {m_outlet, m_title, m_url, m_language, m_accessed})
        connect(edit, &QLineEdit::editingFinished, this, &SourceEditor::commit);
    connect(m_published, &DateField::edited, this, &SourceEditor::commit);
    connect(m_archives, &ArchiveListField::edited, this, &SourceEditor::commit);
    for (QCheckBox *box : {m_urlDead, m_confidential})
        connect(box, &QCheckBox::toggled, this, &SourceEditor::commit);
    for (QComboBox *box : {m_reliability, m_credibility})
        connect(box, &QComboBox::activated, this, &SourceEditor::commit);
    retranslateChoices();
}

SourceEditor::~SourceEditor() = default;

bool SourceEditor::readRecord()
{
    m_stored = m_session->find<Source>(recordId());
    if (!m_stored) {
        m_copies->setSource(0);
        return false;
    }
    m_outlet->setText(m_stored->outlet);
    m_title->setText(m_stored->title);
    m_url->setText(m_stored->url);
    m_language->setText(m_stored->language);
    m_published->setDate(m_stored->published);
    m_accessed->setText(m_stored->accessed.toString(Qt::ISODate));
    if (m_excerpt->toPlainText() != m_stored->excerpt)
        m_excerpt->setPlainText(m_stored->excerpt);
    m_urlDead->setChecked(m_stored->urlDead);
    m_archives->setArchives(m_stored->archives);
    const SourceGrade &grade = m_stored->grade;
    m_reliability->setCurrentIndex(
        qMax(0, m_reliability->findData(grade.reliability.isNull() ? QString() : QString(grade.reliability))));
    m_credibility->setCurrentIndex(qMax(0, m_credibility->findData(grade.credibility)));
    showGrade(grade);
    m_confidential->setChecked(m_stored->confidential);
    // The reader role of a shared database gets confidential sources without their identity.
    const bool hidden
        = m_stored->confidential && m_stored->outlet.isEmpty() && m_stored->title.isEmpty() && m_stored->url.isEmpty();
    m_outlet->setPlaceholderText(hidden ? tr("Confidential source") : QString());
    m_copies->setSource(m_stored->id);
    return true;
}

namespace {
QStringList localFiles(const QMimeData *data)
{
    QStringList paths;
    if (!data || !data->hasUrls())
        return paths;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    return paths;
}
} // namespace

void SourceEditor::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_stored && !m_session->isReadOnly() && !localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void SourceEditor::dropEvent(QDropEvent *event)
{
    const QStringList paths = localFiles(event->mimeData());
    if (!m_stored || paths.isEmpty())
        return;
    event->acceptProposedAction();
    m_copies->attachFiles(paths);
}

void SourceEditor::showGrade(const SourceGrade &grade)
{
    m_grade->setText(grade.code());
    m_grade->setToolTip(grade.explanation());
    m_reliability->setToolTip(grade.reliability.isNull() ? tr("Reliability of the source (A to F)")
                                                         : SourceGrade::reliabilityText(grade.reliability));
    m_credibility->setToolTip(grade.credibility ? SourceGrade::credibilityText(grade.credibility)
                                                : tr("Credibility of the information (1 to 6)"));
}

void SourceEditor::retranslateChoices()
{
    m_reliability->setItemText(0, tr("Reliability: not graded"));
    m_reliability->setAccessibleName(tr("Reliability of the source"));
    for (int i = 1; i < m_reliability->count(); ++i) {
        const QChar letter = m_reliability->itemData(i).toString().front();
        const QString meaning = SourceGrade::reliabilityText(letter);
        m_reliability->setItemText(i, tr("%1 — %2").arg(letter, meaning));
        m_reliability->setItemData(i, meaning, Qt::ToolTipRole);
    }
    m_credibility->setItemText(0, tr("Credibility: not graded"));
    m_credibility->setAccessibleName(tr("Credibility of the information"));
    for (int i = 1; i < m_credibility->count(); ++i) {
        const QString meaning = SourceGrade::credibilityText(i);
        m_credibility->setItemText(i, tr("%1 — %2").arg(i).arg(meaning));
        m_credibility->setItemData(i, meaning, Qt::ToolTipRole);
    }
    m_urlDead->setText(tr("The live URL is &dead (publications cite the first archived copy)"));
    m_confidential->setText(tr("Con&fidential source (protected informant)"));
    m_confidential->setToolTip(
        tr("Its outlet, title, URLs and excerpt never appear in publications or timeline credits, "
           "and readers of a shared database cannot see them"));
    if (m_stored)
        showGrade(m_stored->grade);
}

void SourceEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateChoices();
    RecordEditor::changeEvent(event);
}

void SourceEditor::updateChoices()
{
    m_published->setLanguage(language());
}

void SourceEditor::commit()
{
    if (isLoading() || !m_stored || !m_published->isAcceptable())
        return;
    Source source = *m_stored;
    source.outlet = m_outlet->text().trimmed();
    source.title = m_title->text().trimmed();
    source.url = m_url->text().trimmed();
    source.language = m_language->text().trimmed().toLower();
    if (m_published->date().toIsoText() != m_stored->published.toIsoText())
        source.published = m_published->date();
    const QDate accessed = QDate::fromString(m_accessed->text().trimmed(), Qt::ISODate);
    if (accessed.isValid() || m_accessed->text().trimmed().isEmpty())
        source.accessed = accessed;
    source.excerpt = m_excerpt->toPlainText().trimmed();
    source.urlDead = m_urlDead->isChecked();
    source.archives = m_archives->archives();
    const QString letter = m_reliability->currentData().toString();
    source.grade.reliability = letter.isEmpty() ? QChar() : letter.front();
    source.grade.credibility = m_credibility->currentData().toInt();
    source.confidential = m_confidential->isChecked();
    pushEdit(*m_stored, source);
}

QString SourceEditor::headingText() const
{
    return m_stored ? m_session->sourceLabel(m_stored->id) : QString();
}

} // namespace Frise::Ui
