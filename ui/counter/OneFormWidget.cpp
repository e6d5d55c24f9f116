#include "ui/counter/OneFormWidget.h"

#include "core/Authority.h"
#include "core/CaseWorkflow.h"
#include "core/Divisions.h"
#include "core/EntityType.h"
#include "core/FieldLabels.h"
#include "core/FieldRules.h"
#include "core/Limits.h"
#include "core/OneFormValidator.h"
#include "ui/common/DivisionPicker.h"
#include "ui/common/FieldMessage.h"
#include "ui/counter/CreditCheckPanel.h"
#include "ui/counter/FormRows.h"
#include "ui/counter/InvestorsEditor.h"
#include "ui/counter/MaterialsChecklist.h"
#include "ui/counter/PersonnelEditor.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ow::ui {
namespace {

QGroupBox *section(const QString &title, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    box->setFlat(false);
    return box;
}

QFormLayout *formLayout(QGroupBox *box)
{
    auto *layout = new QFormLayout(box);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return layout;
}

} // namespace

OneFormWidget::OneFormWidget(QWidget *parent) : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(m_scroll);
    auto *page = new QWidget(m_scroll);
    auto *layout = new QVBoxLayout(page);
    m_scroll->setWidget(page);

    buildEnterpriseSection(layout, page);
    buildPeopleSections(layout, page);

    // Materials.
    m_materialsGroup = section(tr("Materials (* required)"), page);
    auto *materialsLayout = new QVBoxLayout(m_materialsGroup);
    m_materials = new MaterialsChecklist(m_materialsGroup);
    materialsLayout->addWidget(m_materials);
    connect(m_materials, &MaterialsChecklist::changed, this, &OneFormWidget::validate);
    layout->addWidget(m_materialsGroup);
    layout->addStretch(1);

    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading) {
            applyEntityType();
            validate();
        }
    });
    connect(m_division, &DivisionPicker::codeChanged, this, [this] {
        if (!m_loading) {
            m_touched.insert(QStringLiteral("entity.domicileDivision"));
        }
        validate();
    });
    for (QComboBox *box : {m_repIdType, m_repOffice}) {
        connect(box, &QComboBox::currentIndexChanged, this, &OneFormWidget::validate);
    }
    connect(m_term, &QSpinBox::valueChanged, this, &OneFormWidget::validate);

    // The capital's label is rewritten per entity type (注册资本, 出资额 …) and so carries no
    // mnemonic of its own: Alt+C reaches the field whatever the label says.
    auto *capitalKey = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_C), this);
    capitalKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(capitalKey, &QShortcut::activated, this, [this] {
        if (m_capital->isVisibleTo(this)) {
            m_capital->setFocus(Qt::ShortcutFocusReason);
            m_scroll->ensureWidgetVisible(m_capital);
        }
    });

    // Whatever moves the focus (Tab, F8, a row just added, a shortcut), the focused field is in view.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now && m_scroll->widget()->isAncestorOf(now)) {
            m_scroll->ensureWidgetVisible(now);
        }
    });

    auto *nextProblem = new QShortcut(QKeySequence(Qt::Key_F8), this);
    nextProblem->setContext(Qt::WidgetWithChildrenShortcut);
    connect(nextProblem, &QShortcut::activated, this, &OneFormWidget::focusNextProblem);

    clear();
}

void OneFormWidget::buildEnterpriseSection(QVBoxLayout *layout, QWidget *page)
{
    // Enterprise.
    auto *entityBox = section(tr("Enterprise"), page);
    auto *entity = formLayout(entityBox);
    m_type = new QComboBox(entityBox);
    m_type->setObjectName(QStringLiteral("entityType"));
    for (const core::EntityType &type : core::EntityTypeCatalog::instance().types()) {
        m_type->addItem(type.name, type.id);
    }
    m_editors.insert(QStringLiteral("entity.type"), m_type);
    field(entity, tr("Entity &type"), m_type, QStringLiteral("entity.type"));
    m_name = lineEdit(QStringLiteral("entityName"), QStringLiteral("entity.name"));
    m_name->setPlaceholderText(tr("Division + trade name + industry + form, e.g. 太原市鑫源商贸有限公司"));
    field(entity, tr("Proposed &name"), m_name, QStringLiteral("entity.name"));
    // A branch's parent company (shown for branches only, see applyEntityType).
    m_parentCode = lineEdit(QStringLiteral("parentCode"), QStringLiteral("entity.parentCode"));
    m_parentCode->setPlaceholderText(tr("Unified social credit code of the company the branch belongs to"));
    m_parentCodeField =
        field(entity, tr("Parent company's code"), m_parentCode, QStringLiteral("entity.parentCode"));
    m_parentCodeLabel = entity->labelForField(m_parentCodeField);
    m_division = new DivisionPicker(QStringLiteral("14"), entityBox);
    m_editors.insert(QStringLiteral("entity.domicileDivision"), m_division);
    QWidget *divisionField =
        field(entity, tr("Domicile &division"), m_division, QStringLiteral("entity.domicileDivision"));
    m_jurisdiction = new QLabel(entityBox);
    m_jurisdiction->setObjectName(QStringLiteral("jurisdictionWarning"));
    m_jurisdiction->setWordWrap(true);
    m_jurisdiction->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_jurisdiction->hide();
    qobject_cast<QVBoxLayout *>(divisionField->layout())->addWidget(m_jurisdiction);
    m_domicile = lineEdit(QStringLiteral("domicile"), QStringLiteral("entity.domicile"));
    field(entity, tr("D&omicile"), m_domicile, QStringLiteral("entity.domicile"));
    m_capital = lineEdit(QStringLiteral("capital"), QStringLiteral("entity.capital"));
    m_capital->setAlignment(Qt::AlignRight);
    m_capital->setPlaceholderText(tr("in 10k yuan (万元), e.g. 100"));
    QWidget *capitalField =
        field(entity, tr("Registered capital (10k yuan)"), m_capital, QStringLiteral("entity.capital"));
    m_capitalLabel = qobject_cast<QLabel *>(entity->labelForField(capitalField));
    m_term = new QSpinBox(entityBox);
    m_term->setObjectName(QStringLiteral("termYears"));
    m_term->setRange(0, 70);
    m_term->setSpecialValueText(tr("No fixed term"));
    m_term->setSuffix(tr(" years"));
    field(entity, tr("Operating te&rm"), m_term, QStringLiteral("entity.term"));
    m_scope = new QPlainTextEdit(entityBox);
    m_scope->setObjectName(QStringLiteral("businessScope"));
    m_scope->setTabChangesFocus(true);
    m_scope->setPlaceholderText(tr("Standard wording, items separated by ；"));
    m_scope->setFixedHeight(m_scope->fontMetrics().lineSpacing() * 4 + 12);
    m_editors.insert(QStringLiteral("entity.scope"), m_scope);
    connect(m_scope, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading) {
            m_touched.insert(QStringLiteral("entity.scope"));
        }
        validate();
    });
    QWidget *scopeField = field(entity, tr("Business &scope"), m_scope, QStringLiteral("entity.scope"));
    m_scopeLicences = new QLabel(entityBox);
    m_scopeLicences->setWordWrap(true);
    m_scopeLicences->setObjectName(QStringLiteral("scopeLicences"));
    m_scopeLicences->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    qobject_cast<QVBoxLayout *>(scopeField->layout())->addWidget(m_scopeLicences);
    m_phone = lineEdit(QStringLiteral("entityPhone"), QStringLiteral("entity.phone"));
    field(entity, tr("Contact &phone"), m_phone, QStringLiteral("entity.phone"));
    m_postal = lineEdit(QStringLiteral("postalCode"), QStringLiteral("entity.postalCode"));
    field(entity, tr("Postal code"), m_postal, QStringLiteral("entity.postalCode"));
    layout->addWidget(entityBox);
}

// The legal representative, investors, key personnel, liaison and financial officer.
void OneFormWidget::buildPeopleSections(QVBoxLayout *layout, QWidget *page)
{
    m_creditPanel = new CreditCheckPanel(page);
    m_creditPanel->setVisible(false);
    layout->addWidget(m_creditPanel);
    // Legal representative (or the type's equivalent).
    m_repGroup = section(tr("Legal representative"), page);
    auto *rep = formLayout(m_repGroup);
    m_repName = lineEdit(QStringLiteral("legalRepName"), QStringLiteral("legalRep.name"));
    field(rep, tr("Na&me"), m_repName, QStringLiteral("legalRep.name"));
    m_repIdType = new QComboBox(m_repGroup);
    m_repIdType->setObjectName(QStringLiteral("legalRepIdType"));
    m_repIdType->addItem(tr("Resident ID card"), int(core::IdType::ResidentId));
    m_repIdType->addItem(tr("Passport"), int(core::IdType::Passport));
    m_repIdType->addItem(tr("Other"), int(core::IdType::Other));
    m_repIdType->addItem(tr("Mainland Travel Permit for Hong Kong and Macao Residents"),
                         int(core::IdType::HkMacaoPermit));
    m_repIdType->addItem(tr("Mainland Travel Permit for Taiwan Residents"), int(core::IdType::TaiwanPermit));
    m_repIdType->addItem(tr("Foreign Permanent Resident ID Card"),
                         int(core::IdType::ForeignPermanentResident));
    m_repIdType->addItem(tr("Residence Permit for Hong Kong, Macao and Taiwan Residents"),
                         int(core::IdType::ResidencePermit));
    field(rep, tr("ID type"), m_repIdType, QStringLiteral("legalRep.idType"));
    m_repId = lineEdit(QStringLiteral("legalRepId"), QStringLiteral("legalRep.idNumber"));
    field(rep, tr("&ID number"), m_repId, QStringLiteral("legalRep.idNumber"));
    m_repPhone = lineEdit(QStringLiteral("legalRepPhone"), QStringLiteral("legalRep.phone"));
    field(rep, tr("Phone"), m_repPhone, QStringLiteral("legalRep.phone"));
    m_repPosition = lineEdit(QStringLiteral("legalRepPosition"), QStringLiteral("legalRep.position"));
    m_repPosition->setPlaceholderText(tr("e.g. 执行董事"));
    field(rep, tr("Position"), m_repPosition, QStringLiteral("legalRep.position"));
    // A company's articles make a director or the manager its legal representative (shown for the
    // types that choose so, see applyEntityType).
    m_repOffice = new QComboBox(m_repGroup);
    m_repOffice->setObjectName(QStringLiteral("legalRepOffice"));
    m_repOffice->addItem(tr("Not stated"), int(core::LegalRepOffice::Unspecified));
    m_repOffice->addItem(tr("A director"), int(core::LegalRepOffice::Director));
    m_repOffice->addItem(tr("The manager"), int(core::LegalRepOffice::Manager));
    m_repOfficeField =
        field(rep, tr("Serves as (by the articles)"), m_repOffice, QStringLiteral("legalRep.office"));
    m_repOfficeLabel = rep->labelForField(m_repOfficeField);
    m_editors.insert(QStringLiteral("legalRep.office"), m_repOffice);
    layout->addWidget(m_repGroup);

    // Investors.
    m_investorsGroup = section(tr("Investors"), page);
    auto *investorsLayout = new QVBoxLayout(m_investorsGroup);
    m_investors = new InvestorsEditor(m_investorsGroup);
    investorsLayout->addWidget(m_investors);
    m_editors.insert(QStringLiteral("investors"), m_investors->addButton());
    connect(m_investors, &InvestorsEditor::changed, this, &OneFormWidget::validate);
    layout->addWidget(m_investorsGroup);

    // Key personnel.
    m_personnelGroup = section(tr("Key personnel (directors, supervisors, managers)"), page);
    auto *personnelLayout = new QVBoxLayout(m_personnelGroup);
    m_personnel = new PersonnelEditor(m_personnelGroup);
    personnelLayout->addWidget(m_personnel);
    m_editors.insert(QStringLiteral("personnel"), m_personnel->addButton());
    connect(m_personnel, &PersonnelEditor::changed, this, &OneFormWidget::validate);
    layout->addWidget(m_personnelGroup);

    // Liaison and financial officer.
    m_liaisonGroup = section(tr("Liaison person"), page);
    auto *liaison = formLayout(m_liaisonGroup);
    m_liaisonName = lineEdit(QStringLiteral("liaisonName"), QStringLiteral("liaison.name"));
    field(liaison, tr("Name"), m_liaisonName, QStringLiteral("liaison.name"));
    m_liaisonPhone = lineEdit(QStringLiteral("liaisonPhone"), QStringLiteral("liaison.phone"));
    field(liaison, tr("Phone"), m_liaisonPhone, QStringLiteral("liaison.phone"));
    layout->addWidget(m_liaisonGroup);

    m_financeGroup = section(tr("Financial officer"), page);
    auto *finance = formLayout(m_financeGroup);
    m_financeName = lineEdit(QStringLiteral("financeName"), QStringLiteral("financialOfficer.name"));
    field(finance, tr("Name"), m_financeName, QStringLiteral("financialOfficer.name"));
    m_financePhone = lineEdit(QStringLiteral("financePhone"), QStringLiteral("financialOfficer.phone"));
    field(finance, tr("Phone"), m_financePhone, QStringLiteral("financialOfficer.phone"));
    layout->addWidget(m_financeGroup);
}

QLineEdit *OneFormWidget::lineEdit(const QString &objectName, const QString &path)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    // Issue 8: the longest text of the field, from the one table of limits (core/Limits.h).
    if (const int max = core::Limits::maxLength(path); max > 0) {
        edit->setMaxLength(max);
    }
    m_editors.insert(path, edit);
    connect(edit, &QLineEdit::textEdited, this, [this, path] { m_touched.insert(path); });
    connect(edit, &QLineEdit::textChanged, this, &OneFormWidget::validate);
    return edit;
}

QWidget *OneFormWidget::field(QFormLayout *layout, const QString &label, QWidget *editor, const QString &path)
{
    auto *container = new QWidget(layout->parentWidget());
    auto *box = new QVBoxLayout(container);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(2);
    editor->setParent(container);
    box->addWidget(editor);
    QLabel *error = newFieldMessage(container);
    error->setObjectName(QStringLiteral("error:") + path);
    box->addWidget(error);
    m_errorLabels.insert(path, error);
    auto *labelWidget = new QLabel(label, layout->parentWidget());
    labelWidget->setBuddy(editor);
    layout->addRow(labelWidget, container);
    container->setFocusProxy(editor);
    return container;
}

const core::EntityType *OneFormWidget::currentType() const
{
    return core::EntityTypeCatalog::instance().find(m_type->currentData().toString());
}

void OneFormWidget::applyEntityType()
{
    const core::EntityType *type = currentType();
    if (!type) {
        return;
    }
    m_repGroup->setTitle(type->representativeTitle);
    m_investorsGroup->setVisible(type->has(core::FormSection::Investors));
    m_personnelGroup->setVisible(type->has(core::FormSection::Personnel));
    m_liaisonGroup->setVisible(type->has(core::FormSection::Liaison));
    m_financeGroup->setVisible(type->has(core::FormSection::FinancialOfficer));
    const bool branch = type->nameForms.contains(QStringLiteral("分公司"));
    m_parentCodeField->setVisible(branch);
    if (m_parentCodeLabel)
        m_parentCodeLabel->setVisible(branch);
    m_investors->setEntityType(type);
    m_repOfficeField->setVisible(type->legalRepFromOfficers);
    if (m_repOfficeLabel)
        m_repOfficeLabel->setVisible(type->legalRepFromOfficers);
    const bool hasCapital = !type->capitalLabel.isEmpty();
    m_capital->parentWidget()->setVisible(hasCapital);
    if (m_capitalLabel) {
        m_capitalLabel->setVisible(hasCapital);
        m_capitalLabel->setText(tr("%1 (10k yuan)").arg(type->capitalLabel));
    }
    // A new checklist for the type; keep what was already marked for items both types share.
    QList<core::MaterialItem> items = core::OneFormValidator::checklistFor(*type);
    core::keepMarks(items, m_materials->items());
    m_materials->setItems(items);
    m_materials->setReadOnly(m_readOnly);
    if (type->has(core::FormSection::Investors) && m_investors->rowCount() == 0 && !m_readOnly) {
        m_investors->addRow();
    }
}

core::OneForm OneFormWidget::form() const
{
    core::OneForm f;
    const core::EntityType *type = currentType();
    f.entityTypeId = m_type->currentData().toString();
    f.proposedName = m_name->text().trimmed();
    f.domicileDivision = m_division->code();
    f.domicile = m_domicile->text().trimmed();
    f.capital = core::FieldRules::parseWanYuan(m_capital->text()).value_or(0);
    f.termYears = m_term->value();
    f.businessScope = m_scope->toPlainText().trimmed();
    f.phone = m_phone->text().trimmed();
    f.postalCode = m_postal->text().trimmed();
    const core::EntityType *chosen = currentType();
    const bool branch = chosen && chosen->nameForms.contains(QStringLiteral("分公司"));
    f.parentCode = branch ? m_parentCode->text().trimmed().toUpper() : QString();
    f.legalRep.name = m_repName->text().trimmed();
    f.legalRep.idType = core::IdType(m_repIdType->currentData().toInt());
    f.legalRep.idNumber = m_repId->text().trimmed().toUpper();
    f.legalRep.phone = m_repPhone->text().trimmed();
    f.legalRep.position = m_repPosition->text().trimmed();
    if (type && type->legalRepFromOfficers)
        f.legalRepOffice = core::LegalRepOffice(m_repOffice->currentData().toInt());
    if (!type || type->has(core::FormSection::Investors)) {
        f.investors = m_investors->investors();
    }
    if (!type || type->has(core::FormSection::Personnel)) {
        f.personnel = m_personnel->people();
    }
    if (!type || type->has(core::FormSection::Liaison)) {
        // The form shows their name and phone; their ID and position stay as they came.
        f.liaison = m_liaison;
        f.liaison.name = m_liaisonName->text().trimmed();
        f.liaison.phone = m_liaisonPhone->text().trimmed();
    }
    if (!type || type->has(core::FormSection::FinancialOfficer)) {
        f.financialOfficer = m_financialOfficer;
        f.financialOfficer.name = m_financeName->text().trimmed();
        f.financialOfficer.phone = m_financePhone->text().trimmed();
    }
    return f;
}

QList<core::MaterialItem> OneFormWidget::materials() const
{
    return m_materials->items();
}

void OneFormWidget::setContent(const core::OneForm &f, const QList<core::MaterialItem> &materials)
{
    m_loading = true;
    const int typeIndex = m_type->findData(f.entityTypeId);
    m_type->setCurrentIndex(typeIndex < 0 ? 0 : typeIndex);
    m_name->setText(f.proposedName);
    m_division->setCode(f.domicileDivision);
    m_domicile->setText(f.domicile);
    m_capital->setText(f.capital ? core::FieldRules::formatWanYuan(f.capital) : QString());
    m_term->setValue(f.termYears);
    m_scope->setPlainText(f.businessScope);
    m_phone->setText(f.phone);
    m_postal->setText(f.postalCode);
    m_parentCode->setText(f.parentCode);
    m_repName->setText(f.legalRep.name);
    m_repIdType->setCurrentIndex(std::max(0, m_repIdType->findData(int(f.legalRep.idType))));
    m_repId->setText(f.legalRep.idNumber);
    m_repPhone->setText(f.legalRep.phone);
    m_repPosition->setText(f.legalRep.position);
    m_repOffice->setCurrentIndex(std::max(0, m_repOffice->findData(int(f.legalRepOffice))));
    m_investors->setInvestors(f.investors);
    m_personnel->setPeople(f.personnel);
    m_liaison = f.liaison;
    m_financialOfficer = f.financialOfficer;
    m_liaisonName->setText(f.liaison.name);
    m_liaisonPhone->setText(f.liaison.phone);
    m_financeName->setText(f.financialOfficer.name);
    m_financePhone->setText(f.financialOfficer.phone);
    applyEntityType();
    if (!materials.isEmpty()) {
        m_materials->setItems(materials);
        m_materials->setReadOnly(m_readOnly);
    }
    m_touched.clear();
    m_showAll = false;
    m_loading = false;
    validate();
}

void OneFormWidget::clear()
{
    core::OneForm blank;
    const QList<core::EntityType> &types = core::EntityTypeCatalog::instance().types();
    // Most counter cases are limited companies of natural persons: start there.
    blank.entityTypeId = QStringLiteral("llc_natural_multi");
    if (!core::EntityTypeCatalog::instance().find(blank.entityTypeId) && !types.isEmpty()) {
        blank.entityTypeId = types.first().id;
    }
    m_investors->setInvestors({});
    m_personnel->setPeople({});
    m_materials->setItems({});
    setContent(blank, {});
}

void OneFormWidget::setAuthorityDivision(const QString &code)
{
    if (m_authority != code) {
        m_authority = code;
        validate();
    }
}

void OneFormWidget::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QLineEdit *edit : findChildren<QLineEdit *>()) {
        edit->setReadOnly(readOnly);
    }
    m_scope->setReadOnly(readOnly);
    m_type->setEnabled(!readOnly && !m_typeLocked);
    m_repIdType->setEnabled(!readOnly);
    m_repOffice->setEnabled(!readOnly);
    m_division->setEnabled(!readOnly);
    m_term->setReadOnly(readOnly);
    m_investors->setReadOnly(readOnly);
    m_personnel->setReadOnly(readOnly);
    m_materials->setReadOnly(readOnly);
    // Fields that cannot be typed into do not look as if they could: the page's background behind them.
    QWidget *page = m_scroll->widget();
    QPalette look = QApplication::palette(page);
    if (readOnly) {
        look.setColor(QPalette::Base, look.color(QPalette::Window));
    }
    page->setPalette(look);
    validate();
}

void OneFormWidget::lockEntityType(bool locked)
{
    m_typeLocked = locked;
    m_type->setEnabled(!m_readOnly && !locked);
}

void OneFormWidget::scrollToTop()
{
    m_scroll->verticalScrollBar()->setValue(0);
}

void OneFormWidget::focusFirstField()
{
    m_type->setFocus(Qt::OtherFocusReason);
    m_scroll->ensureWidgetVisible(m_type);
}

} // namespace ow::ui
