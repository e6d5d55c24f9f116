#pragma once

#include "core/CreditCheck.h"
#include "core/Materials.h"
#include "core/OneForm.h"
#include "core/RuleResult.h"

#include <QHash>
#include <QSet>
#include <QWidget>

#include <functional>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QScrollArea;
class QSpinBox;
class QVBoxLayout;

namespace ow::core {
class EntityType;
}

namespace ow::ui {

class DivisionPicker;
class CreditCheckPanel;
class InvestorsEditor;
class MaterialsChecklist;
class PersonnelEditor;

// The one form (一表登记): the sections of the chosen entity type, inline validation next to
// each field, investors against the capital, and the materials checklist. Keyboard-first:
// Tab walks every field in reading order; F8 jumps to the next problem.
class OneFormWidget : public QWidget
{
    Q_OBJECT
public:
    // Why the proposed name cannot be had — a clash, naming the entity or case and why, or a branch
    // not named after its parent — or empty.
    using NameClashFn = std::function<QString(const core::OneForm &form)>;

    // The form's parties checked against the credit lists this counter holds, and how many entries it holds.
    using CreditCheckFn = std::function<core::CreditReport(const core::OneForm &form)>;
    using CreditEntriesFn = std::function<int()>;

    explicit OneFormWidget(QWidget *parent = nullptr);

    core::OneForm form() const;
    QList<core::MaterialItem> materials() const;
    void setContent(const core::OneForm &form, const QList<core::MaterialItem> &materials);
    void clear();
    void setReadOnly(bool readOnly);
    // A case about a registered enterprise keeps its entity type: the type cannot be chosen.
    void lockEntityType(bool locked);
    // The registration authority of this counter: a domicile outside its jurisdiction is warned of.
    void setAuthorityDivision(const QString &code);
    // The entity type chosen on the form (null while none is).
    const core::EntityType *currentType() const;
    bool isReadOnly() const { return m_readOnly; }

    void setNameClashCheck(NameClashFn fn) { m_nameClash = std::move(fn); }
    void setCreditCheck(CreditCheckFn check, CreditEntriesFn entries);
    MaterialsChecklist *materialsChecklist() const { return m_materials; }
    InvestorsEditor *investorsEditor() const { return m_investors; }

    // Current problems of the form (field rules, sections, name clash) and missing materials.
    const core::FieldIssues &issues() const { return m_issues; }
    QList<core::MaterialItem> missingMaterials() const;
    bool isComplete() const { return m_issues.isEmpty() && missingMaterials().isEmpty(); }
    // One line for the action bar: what still stands between the clerk and Accept.
    QString summary() const;

public slots:
    void revealAllIssues();  // show every message, not only those of edited fields
    void focusNextProblem(); // F8
    void focusFirstField();
    void scrollToTop();

signals:
    void contentChanged();
    void completenessChanged(bool complete);

private:
    void buildEnterpriseSection(QVBoxLayout *layout, QWidget *page);
    void buildPeopleSections(QVBoxLayout *layout, QWidget *page);
    QWidget *field(QFormLayout *layout, const QString &label, QWidget *editor, const QString &path);
    QLineEdit *lineEdit(const QString &objectName, const QString &path);
    void applyEntityType();
    void validate();
    // The credit check's blocking findings as problems of their fields, its warnings apart.
    core::FieldIssues checkCredit(const core::OneForm &form);
    QWidget *editorFor(const QString &path) const;

    QComboBox *m_type;
    QLineEdit *m_name;
    DivisionPicker *m_division;
    QLineEdit *m_domicile;
    QLabel *m_capitalLabel;
    QLineEdit *m_capital;
    QSpinBox *m_term;
    QPlainTextEdit *m_scope;
    QLabel *m_scopeLicences;
    QLabel *m_jurisdiction = nullptr;
    QString m_authority;
    QLineEdit *m_phone;
    QLineEdit *m_postal;
    QLineEdit *m_parentCode;
    QWidget *m_parentCodeField;
    QWidget *m_parentCodeLabel = nullptr;
    QGroupBox *m_repGroup;
    QLineEdit *m_repName;
    QComboBox *m_repIdType;
    QLineEdit *m_repId;
    QLineEdit *m_repPhone;
    QLineEdit *m_repPosition;
    // The office the articles choose the legal representative from (companies only, core::CompanyRules).
    QComboBox *m_repOffice;
    QWidget *m_repOfficeField;
    QWidget *m_repOfficeLabel = nullptr;
    QGroupBox *m_investorsGroup;
    InvestorsEditor *m_investors;
    QGroupBox *m_personnelGroup;
    PersonnelEditor *m_personnel;
    QGroupBox *m_liaisonGroup;
    QLineEdit *m_liaisonName;
    QLineEdit *m_liaisonPhone;
    QGroupBox *m_financeGroup;
    QLineEdit *m_financeName;
    QLineEdit *m_financePhone;
    QGroupBox *m_materialsGroup;
    MaterialsChecklist *m_materials;
    QScrollArea *m_scroll;

    QHash<QString, QLabel *> m_errorLabels;
    QHash<QString, QWidget *> m_editors;
    QSet<QString> m_touched;
    bool m_showAll = false;
    bool m_typeLocked = false;
    core::Person m_liaison; // as set, for what the form does not show (ID, position)
    core::Person m_financialOfficer;
    bool m_readOnly = false;
    bool m_loading = false;
    bool m_complete = false;
    core::FieldIssues m_issues;
    NameClashFn m_nameClash;
    CreditCheckFn m_creditCheck;
    CreditEntriesFn m_creditEntries;
    CreditCheckPanel *m_creditPanel = nullptr;
};

} // namespace ow::ui
