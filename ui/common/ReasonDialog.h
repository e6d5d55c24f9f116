#pragma once

#include <QDialog>

class QPlainTextEdit;

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
    QString reason() const;
    QPlainTextEdit *editor() const { return m_text; }

private:
    QPlainTextEdit *m_text;
};

} // namespace ow::ui
