#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace ow::core {

// Sections of the one form that an entity type may show (DOMAIN §4).
enum class FormSection
{
    Entity,
    LegalRep,
    Investors,
    Personnel,
    Liaison,
    FinancialOfficer,
    Materials
};

struct MaterialSpec
{
    QString id;
    QString title; // simplified Chinese title as printed on notices
    bool required = true;
};

// One entity type, loaded from resources/entity_types.json: data, not if-chains.
class EntityType
{
public:
    QString id;                  // stable key, e.g. "llc_natural_multi"
    QString name;                // as on the licence: 有限责任公司(自然人投资或控股)
    QChar codeCategory;          // USCC position 2: '1' enterprise, '2' individual business, '3' co-operative
    QString representativeTitle; // 法定代表人, 负责人, 执行事务合伙人, 投资人, 经营者
    QString capitalLabel;        // 注册资本, 出资额, 资金数额 or empty when none
    QList<FormSection> sections;
    int minInvestors = 0;
    int maxInvestors = 0; // 0 = no upper bound
    bool investorsMustBeNatural = false;
    bool investorsMustBeLegal = false;
    QStringList nameForms;       // allowed endings (组织形式), e.g. 有限公司, 有限责任公司
    bool nameMayBeEmpty = false; // 个体工商户 may register without a name
    // Words its name may never contain: 个人独资企业 never says 有限 or 公司 (个人独资企业登记管理办法 art.
    // 6).
    QStringList nameForbids;
    QList<MaterialSpec> materials;

    bool has(FormSection section) const { return sections.contains(section); }
};

class EntityTypeCatalog
{
    Q_DECLARE_TR_FUNCTIONS(EntityTypeCatalog)
public:
    // The catalogue embedded in the core library's resources.
    static const EntityTypeCatalog &instance();
    // Parses a catalogue from JSON (used by instance() and by tests with broken data).
    static EntityTypeCatalog fromJson(const QByteArray &json, QString *error = nullptr);

    const QList<EntityType> &types() const { return m_types; }
    const EntityType *find(const QString &id) const;

private:
    QList<EntityType> m_types;
};

} // namespace ow::core
