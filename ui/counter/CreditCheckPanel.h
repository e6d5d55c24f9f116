#pragma once

#include "core/CreditCheck.h"

#include <QLabel>

namespace ow::ui {

// The one form's credit check (DOMAIN §7, 一处违法、处处受限) as the clerk reads it, beside the
// people it concerns: who was checked, and each entry found — blocking in red, a warning in amber —
// or that the record is clean. Updated as each ID number or credit code is typed.
class CreditCheckPanel : public QLabel
{
    Q_OBJECT
public:
    explicit CreditCheckPanel(QWidget *parent = nullptr);

    // `entries`: how many list entries this counter holds (as of its last sync).
    void showReport(const core::CreditReport &report, int entries);
    core::CreditOutcome outcome() const { return m_outcome; }

private:
    core::CreditOutcome m_outcome = core::CreditOutcome::Clear;
};

} // namespace ow::ui
