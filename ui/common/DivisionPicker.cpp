#include "ui/common/DivisionPicker.h"

#include "core/Divisions.h"

#include <QComboBox>
#include <QHBoxLayout>

namespace ow::ui {

DivisionPicker::DivisionPicker(const QString &provinceCode, QWidget *parent)
    : QWidget(parent), m_city(new QComboBox(this)), m_county(new QComboBox(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_city, 1);
    layout->addWidget(m_county, 1);
    m_city->setObjectName(QStringLiteral("divisionCity"));
    m_county->setObjectName(QStringLiteral("divisionCounty"));
    m_city->setAccessibleName(tr("City"));
    m_county->setAccessibleName(tr("County or district"));

    m_city->addItem(tr("— city —"), QString());
    for (const core::Division &city : core::Divisions::instance().children(provinceCode)) {
        m_city->addItem(city.name, city.code);
    }
    fillCounties();
    connect(m_city, &QComboBox::currentIndexChanged, this, [this] {
        fillCounties();
        emit codeChanged(code());
    });
    connect(m_county, &QComboBox::currentIndexChanged, this, [this] { emit codeChanged(code()); });
    setFocusProxy(m_city);
}

void DivisionPicker::fillCounties()
{
    const QSignalBlocker block(m_county);
    m_county->clear();
    m_county->addItem(tr("— county or district —"), QString());
    const QString city = m_city->currentData().toString();
    if (city.isEmpty()) {
        return;
    }
    for (const core::Division &county : core::Divisions::instance().children(city)) {
        m_county->addItem(QStringLiteral("%1 (%2)").arg(county.name, county.code), county.code);
    }
}

QString DivisionPicker::code() const
{
    return m_county->currentData().toString();
}

void DivisionPicker::setCode(const QString &code)
{
    const int cityIndex = m_city->findData(code.left(4));
    m_city->setCurrentIndex(cityIndex < 0 ? 0 : cityIndex);
    const int countyIndex = m_county->findData(code);
    m_county->setCurrentIndex(countyIndex < 0 ? 0 : countyIndex);
}

} // namespace ow::ui
