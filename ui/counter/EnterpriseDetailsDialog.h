#pragma once

#include "storage/EnterpriseDirectory.h"

#include <QDialog>

namespace ow::ui {

// A registered enterprise found by the search, as the registry holds it: code, name, type, legal
// representative, registration authority and date. Read-only; Esc or Enter closes it.
class EnterpriseDetailsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit EnterpriseDetailsDialog(const storage::EnterpriseRecord &enterprise, QWidget *parent = nullptr);
};

} // namespace ow::ui
