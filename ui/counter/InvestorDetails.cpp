#include "ui/counter/InvestorDetails.h"

#include "core/EntityType.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>

namespace ow::ui {
namespace {

// The date the deadline editor shows blank: no deadline entered.
const QDate NoDate(2000, 1, 1);

} // namespace

InvestorDetails::InvestorDetails(QWidget *parent)
    : QWidget(parent), m_idType(new QComboBox(this)), m_deadline(new QDateEdit(this)),
      m_partner(new QComboBox(this)), m_farmer(new QCheckBox(tr("Farmer member"), this)),
      m_abroad(new QCheckBox(tr("Domiciled outside China"), this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    addIdTypes(m_idType);
    m_idType->setToolTip(tr("The investor's identity document"));
    m_deadline->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_deadline->setCalendarPopup(true);
    m_deadline->setMinimumDate(NoDate);
    m_deadline->setSpecialValueText(tr("no deadline"));
    m_deadline->setDate(NoDate);
    m_partner->addItem(tr("Not stated"), int(core::PartnerKind::Unspecified));
    m_partner->addItem(tr("General partner"), int(core::PartnerKind::General));
    m_partner->addItem(tr("Limited partner"), int(core::PartnerKind::Limited));
    auto *deadlineLabel = new QLabel(tr("Contribution deadline"), this);
    deadlineLabel->setBuddy(m_deadline);
    auto *partnerLabel = new QLabel(tr("Partner"), this);
    partnerLabel->setBuddy(m_partner);
    m_partnerLabel = partnerLabel;
    layout->addWidget(m_idType);
    layout->addWidget(deadlineLabel);
    layout->addWidget(m_deadline);
    layout->addWidget(partnerLabel);
    layout->addWidget(m_partner);
    layout->addWidget(m_farmer);
    layout->addWidget(m_abroad);
    layout->addStretch(1);
    connect(m_idType, &QComboBox::activated, this, &InvestorDetails::edited);
    connect(m_partner, &QComboBox::activated, this, &InvestorDetails::edited);
    connect(m_deadline, &QDateEdit::userDateChanged, this, &InvestorDetails::edited);
    connect(m_farmer, &QCheckBox::clicked, this, &InvestorDetails::edited);
    connect(m_abroad, &QCheckBox::clicked, this, &InvestorDetails::edited);
    setEntityType(nullptr);
}

void InvestorDetails::addIdTypes(QComboBox *box)
{
    box->addItem(tr("Resident ID card"), int(core::IdType::ResidentId));
    box->addItem(tr("Passport"), int(core::IdType::Passport));
    box->addItem(tr("Other document"), int(core::IdType::Other));
    box->addItem(tr("HK/Macao travel permit"), int(core::IdType::HkMacaoPermit));
    box->addItem(tr("Taiwan travel permit"), int(core::IdType::TaiwanPermit));
    box->addItem(tr("Permanent residence ID"), int(core::IdType::ForeignPermanentResident));
    box->addItem(tr("HK/Macao/Taiwan residence permit"), int(core::IdType::ResidencePermit));
}

void InvestorDetails::setInvestor(const core::Investor &investor)
{
    m_idType->setCurrentIndex(std::max(0, m_idType->findData(int(investor.idType))));
    m_deadline->setDate(investor.deadline.isValid() && investor.deadline > NoDate ? investor.deadline
                                                                                  : NoDate);
    m_partner->setCurrentIndex(std::max(0, m_partner->findData(int(investor.partner))));
    m_farmer->setChecked(investor.farmer);
    m_abroad->setChecked(!investor.domiciledInChina);
    setNatural(investor.kind == core::InvestorKind::Natural);
}

void InvestorDetails::apply(core::Investor &investor) const
{
    if (!m_idType->isHidden())
        investor.idType = core::IdType(m_idType->currentData().toInt());
    investor.deadline = m_deadline->date() == NoDate ? QDate() : m_deadline->date();
    if (!m_partner->isHidden())
        investor.partner = core::PartnerKind(m_partner->currentData().toInt());
    if (!m_farmer->isHidden())
        investor.farmer = m_farmer->isChecked();
    if (!m_abroad->isHidden())
        investor.domiciledInChina = !m_abroad->isChecked();
}

void InvestorDetails::setEntityType(const core::EntityType *type)
{
    const bool partners = type && type->investorRules.partners != core::PartnerRule::None;
    m_partner->setHidden(!partners);
    m_partnerLabel->setHidden(!partners);
    m_farmer->setHidden(!type || type->investorRules.minFarmerPercent <= 0);
    m_abroad->setHidden(!type || type->investorRules.minDomiciledInChinaPercent <= 0);
}

void InvestorDetails::setNatural(bool natural)
{
    m_idType->setHidden(!natural);
}

void InvestorDetails::setReadOnly(bool readOnly)
{
    for (QWidget *editor : editors())
        editor->setEnabled(!readOnly);
}

void InvestorDetails::setRowIndex(int row)
{
    m_idType->setObjectName(QStringLiteral("investorIdType%1").arg(row));
    m_deadline->setObjectName(QStringLiteral("investorDeadline%1").arg(row));
    m_partner->setObjectName(QStringLiteral("investorPartner%1").arg(row));
    m_farmer->setObjectName(QStringLiteral("investorFarmer%1").arg(row));
    m_abroad->setObjectName(QStringLiteral("investorAbroad%1").arg(row));
}

QList<QWidget *> InvestorDetails::editors() const
{
    return {m_idType, m_deadline, m_partner, m_farmer, m_abroad};
}

} // namespace ow::ui
