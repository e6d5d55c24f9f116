// MainWindow: the form pane — the case's header, the one form and its summary, and what the form
// asks of the counter's caches (the name check, the credit lists, scans kept as they are attached).
#include "core/EnterpriseName.h"
#include "core/NameClash.h"
#include "ui/counter/MainWindow.h"
#include "ui/counter/MaterialsChecklist.h"
#include "ui/counter/OneFormWidget.h"
#include "ui/counter/ScanPreparation.h"

#include <QLabel>
#include <QTemporaryDir>
#include <QVBoxLayout>

namespace ow::ui {

QWidget *MainWindow::buildFormPane(QWidget *parent)
{
    auto *right = new QWidget(parent);
    auto *rightLayout = new QVBoxLayout(right);
    m_header = new QLabel(right);
    m_header->setObjectName(QStringLiteral("caseHeader"));
    m_header->setTextFormat(Qt::RichText);
    rightLayout->addWidget(m_header);
    // A change's items against the registered data, a deregistration's procedure and notice.
    m_entityPanel = new QLabel(right);
    m_entityPanel->setObjectName(QStringLiteral("entityPanel"));
    m_entityPanel->setTextFormat(Qt::RichText);
    m_entityPanel->setWordWrap(true);
    m_entityPanel->setVisible(false);
    rightLayout->addWidget(m_entityPanel);
    m_form = new OneFormWidget(right);
    rightLayout->addWidget(m_form, 1);
    m_summary = new QLabel(right);
    m_summary->setObjectName(QStringLiteral("formSummary"));
    m_summary->setWordWrap(true);
    rightLayout->addWidget(m_summary);
    return right;
}

// The name against what this counter knows (core::NameClash over the enterprise cache and the local
// cases, core::EnterpriseName::checkBranchParent with the parent as cached); the exchange checks again.
QString MainWindow::nameProblem(const core::OneForm &form) const
{
    if (!form.parentCode.isEmpty()) {
        if (const auto parent = m_wb.enterprises.find(form.parentCode)) {
            const core::RuleResult named =
                core::EnterpriseName::checkBranchParent(form.proposedName, parent->name);
            if (!named)
                return named.reason;
        }
    }
    // A change's enterprise does not clash with its own name, nor its former ones.
    QStringList related = core::NameClash::relatedCodes(form);
    if (!m_actions.current().subjectCode.isEmpty())
        related.append(m_actions.current().subjectCode);
    const auto clash = m_wb.enterprises.findNameClash(form.proposedName, m_wb.authorityDivision(), related,
                                                      m_actions.current().id);
    if (!clash)
        return {};
    return clash->reason + QLatin1Char(' ') + tr("Choose another trade name.");
}

void MainWindow::connectForm()
{
    m_form->setNameClashCheck([this](const core::OneForm &form) { return nameProblem(form); });
    m_form->setCreditCheck([this](const core::OneForm &form) { return m_wb.creditReport(form); },
                           [this] { return m_wb.creditLists.count(); });
    m_form->materialsChecklist()->setAttachHandler([this](const QString &path, QString *error) {
        // Kept and sent at reading size (ScanPreparation), the original left where it was.
        const QTemporaryDir work;
        const ow::Result<QString> prepared = ScanPreparation::forReading(path, work.path());
        if (!prepared) {
            *error = prepared.error().message;
            return QString();
        }
        const ow::Result<QString> stored = m_wb.attachments.add(prepared.value(), m_actions.current().id);
        if (!stored) {
            *error = stored.error().message;
            return QString();
        }
        return stored.value();
    });
    connect(m_form, &OneFormWidget::contentChanged, this, [this] {
        if (!m_form->isReadOnly()) {
            m_dirty = true;
        }
        refreshEntityCase();
        m_summary->setText(summaryText());
        updateActions();
    });
}

} // namespace ow::ui
