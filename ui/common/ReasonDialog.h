#pragma once

#include "core/ReasonCatalogue.h"

#include <QDialog>

class QListWidget;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace ow::ui {

// Asks for the reason of a refusal, rejection or correction request. The text may be prefilled
// (a correction request starts with every missing item, so the applicant is told all at once).
// Whether one must be given is the workflow's (core::CaseWorkflow::reasonRule), passed as `required`.
class ReasonDialog : public QDialog
{
    Q_OBJECT
public:
    ReasonDialog(const QString &title, const QString &prompt, const QString &prefill,
                 QWidget *parent = nullptr, bool required = true);
    // The office's standard reasons to pick from (arrows and Space), above the free text; the reason
    // is then the picked reasons' texts, one per line, and the clerk's own words.
    void offerStandardReasons(const QList<core::StandardReason> &reasons);
    QString reason() const;
    QStringList reasonCodes() const; // the standard reasons picked, for the event and statistics
    QPlainTextEdit *editor() const { return m_text; }
    QListWidget *standardReasons() const { return m_standard; }

private:
    QList<core::StandardReason> picked() const;
    void check();

    QPlainTextEdit *m_text;
    QListWidget *m_standard = nullptr;
    QList<core::StandardReason> m_offered;
    QLabel *m_tooLong = nullptr;
    QPushButton *m_ok = nullptr;
    bool m_required = true;
};

} // namespace ow::ui
